package dev.concord.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads posts as staged in git's index (what {@code git commit} will record), not the work
 * tree: {@code git ls-files -s} for the staged blob ids, {@code git cat-file blob} for contents.
 * Paths are root-relative even when the root is a subfolder of the repository.
 */
public final class GitIndexReader implements SourceReader {
    private final Path root;
    private final String prefix; // root relative to the repository top, with a trailing '/' or ""
    private final Map<String, String> blobs = new LinkedHashMap<>(); // root-relative path → blob id

    public GitIndexReader(Path root) {
        this.root = root;
        String top = git(root, "rev-parse", "--show-toplevel").strip();
        Path rel = Path.of(top).toAbsolutePath().normalize().relativize(root.toAbsolutePath().normalize());
        String p = rel.toString().replace('\\', '/');
        this.prefix = p.isEmpty() ? "" : p + "/";
        // -z: paths verbatim (no quoting of non-ASCII names such as 文章.md).
        for (String entry : git(root, "ls-files", "-s", "-z", "--", ".").split("\0")) {
            if (entry.isEmpty()) continue;
            int tab = entry.indexOf('\t');
            String[] meta = entry.substring(0, tab).split(" ");
            if (!meta[2].equals("0")) continue; // unmerged stages: not committable anyway
            String path = entry.substring(tab + 1);
            blobs.put(path, meta[1]);
        }
    }

    /** Root-relative paths of the files the next commit adds, copies, modifies or renames. */
    public List<String> stagedChanges() {
        List<String> out = new ArrayList<>();
        for (String p : git(root, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative", "--", ".").split("\0")) {
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    @Override
    public byte[] read(String path) {
        String blob = blobs.get(path);
        if (blob == null) return null;
        return Git.bytes(root, "cat-file", "blob", blob);
    }

    @Override
    public List<String> list(String dir) {
        String p = dir.isEmpty() ? "" : dir.endsWith("/") ? dir : dir + "/";
        List<String> out = new ArrayList<>();
        for (String path : blobs.keySet()) if (path.startsWith(p)) out.add(path);
        return out;
    }

    public String prefix() {
        return prefix;
    }

    private static String git(Path dir, String... args) {
        return Git.output(dir, args);
    }
}
