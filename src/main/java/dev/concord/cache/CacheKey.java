package dev.concord.cache;

import dev.concord.config.Config;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The content hashes a cached finding is valid for. A post's findings depend on its variant files
 * (their bytes and paths: findings name the file), on the config (severities, layout, quote
 * style, hant standard), on the glossary and on the code of the rules; nothing else (a rule sees
 * one post at a time). So the context key covers the build, concord.yaml and every glossary file,
 * and each post's key covers its slug and its variants' paths and bytes.
 */
public final class CacheKey {
    private CacheKey() {}

    /**
     * The key of everything outside the posts.
     *
     * @param build the running concord's identity ({@link #build()}; tests pass their own)
     */
    public static String context(Config config, String build) {
        MessageDigest d = sha256();
        field(d, "build", build.getBytes(StandardCharsets.UTF_8));
        Path root = config.root();
        field(d, Config.FILE, readOrEmpty(root.resolve(Config.FILE)));
        for (String entry : config.glossary()) {
            for (Path f : GlossaryLoader.files(root, entry)) {
                field(d, f.toString(), readOrEmpty(f));
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The key of one post's inputs: its slug, and each variant's path and bytes. */
    public static String post(String slug, Map<Lang, String> paths, Map<String, byte[]> bytes) {
        MessageDigest d = sha256();
        field(d, "slug", slug.getBytes(StandardCharsets.UTF_8));
        for (Lang l : Lang.values()) {
            String path = paths.get(l);
            if (path == null) continue;
            field(d, l.key() + ":" + path, bytes.get(path));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The running build: its version, and the size and modification time of the jar it runs from,
     * so that a rebuilt jar (whose version string may not change during development) never reads
     * findings made by other code.
     */
    public static String build() {
        String version = String.valueOf(CacheKey.class.getPackage().getImplementationVersion());
        try {
            var source = CacheKey.class.getProtectionDomain().getCodeSource();
            if (source == null) return version;
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return version + " " + p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            }
            return version + " " + p;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version;
        }
    }

    /** Length-prefixed name and content, so that no two different inputs hash the same bytes. */
    private static void field(MessageDigest d, String name, byte[] content) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        d.update(len(n.length));
        d.update(n);
        if (content == null) {
            d.update(len(-1));
            return;
        }
        d.update(len(content.length));
        d.update(content);
    }

    private static byte[] len(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static byte[] readOrEmpty(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
