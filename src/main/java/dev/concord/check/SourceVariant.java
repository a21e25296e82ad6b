package dev.concord.check;

import dev.concord.markdown.FrontMatter;
import dev.concord.model.Lang;

/**
 * The variant a post was written in. Blogs that translate mark their translations in front matter
 * ({@code translated: true}); the one variant that is not so marked, while every other is, is the
 * source. A post without such marks has no known source.
 */
public final class SourceVariant {
    private SourceVariant() {}

    /** The source variant of the post, or null when its front matter does not say. */
    public static Lang of(PostContext post) {
        if (post.variants().size() < 2) return null;
        Lang source = null;
        for (Variant v : post.variants().values()) {
            FrontMatter fm = v.doc().frontMatter();
            Object translated = fm.present() && fm.error() == null ? fm.get("translated") : null;
            if ("true".equals(String.valueOf(translated))) continue;
            if (source != null) return null; // two variants not marked as translations
            source = v.lang();
        }
        return source;
    }
}
