package dev.concord.corpus;

import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads posts from the file system under the root. A file or folder that exists but cannot be read
 * is an input error naming it, never a missing variant.
 */
public final class WorkTreeReader implements SourceReader {
    /** Version-control data: never posts, skipped wherever they are. */
    private static final Set<String> SKIP_ANYWHERE = Set.of(".git", ".svn", ".hg");
    /** Build output and dependencies, skipped at the root only: deeper, such a name may be a post's folder. */
    private static final Set<String> SKIP_AT_ROOT = Set.of("target", "node_modules", "_site", ".jekyll-cache");

    private final Path root;
    private final Set<Path> excluded = new java.util.HashSet<>();
    /** The size of each regular file a walk listed (the walk has it for free), for {@link #size}. */
    private final java.util.Map<String, Long> listedSizes = new java.util.HashMap<>();

    public WorkTreeReader(Path root) {
        this(root, List.of());
    }

    /** @param exclude root-relative folders not to walk (the config's {@code exclude:}) */
    public WorkTreeReader(Path root, List<String> exclude) {
        this.root = root;
        for (String e : exclude) excluded.add(root.resolve(e).normalize());
    }

    /** The size of a file in bytes: as a walk listed it, else asked of the file system; 0 if it cannot be read. */
    public long size(String path) {
        Long listed = listedSizes.get(path);
        if (listed != null) return listed;
        try {
            return Files.size(root.resolve(path));
        } catch (IOException e) {
            return 0; // reading it reports why
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p = root.resolve(path);
        try {
            if (!Files.readAttributes(p, BasicFileAttributes.class).isRegularFile()) return null; // a folder named x.md
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            if (!Files.isSymbolicLink(p)) return null;
            throw new InputException(path, 0, "cannot read: broken symbolic link");
        } catch (IOException e) {
            throw new InputException(path, 0, "cannot read: " + InputException.reason(e), e);
        }
    }

    /**
     * Whether a root-relative path lies in a folder the walk skips: one the config's exclude: names,
     * or version-control data. A file named on the command line or staged in git is no post when
     * the search for posts would never have found it.
     */
    public boolean excludes(String path) {
        Path p = root.resolve(path).normalize();
        for (Path d = p.getParent(); d != null && d.startsWith(root); d = d.getParent()) {
            if (excluded.contains(d)) return true;
            Path name = d.getFileName();
            if (!d.equals(root) && name != null && SKIP_ANYWHERE.contains(name.toString())) return true;
        }
        return excluded.contains(p);
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Path start = prefix.isEmpty() ? root : root.resolve(prefix);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(start)) return out;
        // The walk starts at the layout's literal folder (posts/en for posts/{lang}/{slug}.md): an
        // exclude: naming it, or a folder around it, leaves nothing to list.
        if (excludes(prefix)) return out;
        // Follows symlinked folders (blogs link shared folders) but Files.walkFileTree detects loops
        // and reports them to visitFileFailed, where we skip them instead of failing the run.
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                if (dir.equals(start) || name == null) return FileVisitResult.CONTINUE;
                if (SKIP_ANYWHERE.contains(name.toString()) || excluded.contains(dir.normalize())
                        || root.equals(dir.getParent()) && SKIP_AT_ROOT.contains(name.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // A link whose target cannot be read (broken, a loop) comes with the link's own
                // attributes: listed, so that reading it reports the fault rather than a missing post.
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    String rel = relative(file);
                    out.add(rel);
                    if (attrs.isRegularFile()) listedSizes.put(rel, attrs.size());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                if (exc instanceof FileSystemLoopException) return FileVisitResult.CONTINUE; // a link back up: walked already
                throw new InputException(relative(file), 0, "cannot read: " + InputException.reason(exc), exc);
            }
        });
        out.sort(null);
        return out;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
