package dev.concord.corpus;

/**
 * A path pattern whose only placeholder is {@code {slug}} (a layout's pattern with its {@code {lang}}
 * filled in), matched against root-relative paths: the slug is one or more characters other than
 * '/', and a second {@code {slug}} repeats the first ({@code posts/{slug}/{slug}.md}). This is the regular expression {@code (?<slug>[^/]+?)} with
 * {@code \k<slug>} for each repeat and the rest quoted, matched in full, written out by hand: the
 * first regular expression a run compiles costs the JDK's regex classes and ~5 ms of interpreted
 * code, and layout matching sits on the path of every check before any post is read
 * ({@code SlugPatternTest} compares the two on generated patterns and paths).
 */
final class SlugPattern {
    /** The literal text around and between the {@code {slug}} placeholders (one more than there are placeholders). */
    private final String[] parts;
    private final int literalLength;

    SlugPattern(String pattern) {
        this.parts = pattern.split("\\{slug}", -1);
        int n = 0;
        for (String p : parts) n += p.length();
        this.literalLength = n;
    }

    /** The slug of {@code path}, or null when the path does not match the whole pattern. */
    String slug(String path) {
        int slugs = parts.length - 1;
        if (slugs == 0) throw new IllegalStateException("a layout pattern without {slug}: " + String.join("", parts));
        int room = path.length() - literalLength;
        // Every repeat has the slug's length, so the path's length fixes it.
        if (room < slugs || room % slugs != 0) return null;
        int at = parts[0].length();
        if (!path.startsWith(parts[0])) return null;
        String slug = path.substring(at, at + room / slugs);
        return slug.indexOf('/') < 0 && repeats(path, slug) ? slug : null;
    }

    private boolean repeats(String path, String slug) {
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (!path.startsWith(parts[i], at)) return false;
            at += parts[i].length();
            if (i < parts.length - 1) {
                if (!path.startsWith(slug, at)) return false;
                at += slug.length();
            }
        }
        return at == path.length();
    }
}
