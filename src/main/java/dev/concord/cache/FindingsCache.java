package dev.concord.cache;

import dev.concord.check.Finding;
import dev.concord.check.PostCache;
import dev.concord.corpus.Post;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of each post from an earlier run, so that an unchanged post is not parsed and
 * checked again (like ESLint's {@code --cache}). One file per root, {@code .concord/cache/findings}
 * by default.
 *
 * <p>Never stale: an entry is used only when its post's key (a hash of the post's variant files,
 * see {@link CacheKey#post}) matches, and the whole file only when its context key (concord's
 * build, concord.yaml, the glossary files: {@link CacheKey#context}) matches; anything else is
 * checked afresh. A missing, unreadable or damaged file is an empty cache, never an error.
 *
 * <p>Safe when two runs race: the file is written whole to a temporary file beside it and renamed
 * over it (atomic on one file system), so a reader sees the old file or the new one, never a mix;
 * the last run to finish wins, and both versions are correct.
 */
public final class FindingsCache implements PostCache {
    private static final String MAGIC = "concord findings cache";
    /** Bumped when the file layout changes (the build is in the context key anyway). */
    private static final int FORMAT = 3; // 2: a fix carries the checksum of the text it was computed from; 3: CRC-32, not CRC-32C

    /** The default location, relative to the root. */
    public static final String DEFAULT_LOCATION = ".concord/cache";
    static final String FILE_NAME = "findings";

    private record Entry(String key, List<Finding> findings) {}

    private final Path file;
    private final String context;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private FindingsCache(Path file, String context) {
        this.file = file;
        this.context = context;
    }

    /**
     * Opens the cache in {@code dir} for runs with this context key; entries written under another
     * context (another build, config or glossary) are dropped.
     */
    public static FindingsCache open(Path dir, String context) {
        FindingsCache c = new FindingsCache(dir.resolve(FILE_NAME), context);
        c.load();
        return c;
    }

    /** A cache that starts empty whatever the file holds (for --fix), and replaces it when saved. */
    public static FindingsCache empty(Path dir, String context) {
        return new FindingsCache(dir.resolve(FILE_NAME), context);
    }

    private void load() {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(FindingCodec.string(in)) || in.readInt() != FORMAT) return;
            if (!context.equals(FindingCodec.string(in))) return;
            int n = FindingCodec.count(in);
            for (int i = 0; i < n; i++) {
                String slug = FindingCodec.string(in);
                String key = FindingCodec.string(in);
                entries.put(slug, new Entry(key, FindingCodec.read(in)));
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            entries.clear(); // damaged or from an incompatible writer: start empty
        }
    }

    @Override
    public String key(Post post, Map<String, byte[]> bytes) {
        return CacheKey.post(post.slug(), post.paths(), bytes);
    }

    /** The findings stored for this post under this key, or null when there are none (check it). */
    @Override
    public List<Finding> get(String slug, String key) {
        Entry e = entries.get(slug);
        return e != null && e.key().equals(key) ? e.findings() : null;
    }

    /** Records a post's findings; thread-safe (posts are checked in parallel). */
    @Override
    public void put(String slug, String key, List<Finding> findings) {
        Entry old = entries.put(slug, new Entry(key, List.copyOf(findings)));
        if (old == null || !old.key().equals(key)) changed = true;
    }

    /** Drops the entries of posts that no longer exist (a whole-blog run knows every post). */
    @Override
    public void retainOnly(java.util.Collection<String> slugs) {
        java.util.Set<String> keep = new java.util.HashSet<>(slugs);
        if (entries.keySet().removeIf(s -> !keep.contains(s))) changed = true;
    }

    public int size() {
        return entries.size();
    }

    /**
     * Writes the cache if it changed: whole, to a temporary file in the same folder, then renamed
     * over the old one. Failing to write (read-only folder, full disk) loses only the speed-up, so
     * it is reported as false, not thrown.
     */
    @Override
    public void save() {
        write();
    }

    /** {@link #save()}, telling whether the file is now current. */
    public boolean write() {
        if (!changed) return true;
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            ignoreInGit(dir);
            tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                FindingCodec.string(out, MAGIC);
                out.writeInt(FORMAT);
                FindingCodec.string(out, context);
                Map<String, Entry> snapshot = Map.copyOf(entries);
                out.writeInt(snapshot.size());
                for (var e : snapshot.entrySet()) {
                    FindingCodec.string(out, e.getKey());
                    FindingCodec.string(out, e.getValue().key());
                    FindingCodec.write(out, e.getValue().findings());
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            changed = false;
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: a stray temporary file is harmless
                }
            }
            return false;
        }
    }

    /** The cache is machine state: a .gitignore inside its folder keeps it out of commits. */
    static void ignoreInGit(Path dir) throws IOException {
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) Files.write(ignore, "# concord's cache: machine state, not source\n*\n".getBytes(StandardCharsets.UTF_8));
    }
}
