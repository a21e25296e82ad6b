package dev.concord.check;

import dev.concord.corpus.Post;
import java.util.List;
import java.util.Map;

/**
 * Findings remembered from an earlier run, by post and by a key of the post's inputs; the
 * {@link Checker} uses an entry instead of parsing and checking the post when the keys match.
 * Implemented by {@code dev.concord.cache.FindingsCache} (files under the root); an interface here
 * so that the check stage does not depend on where the findings are kept.
 */
public interface PostCache {
    /** The key of this post's inputs, from the bytes of its variant files (path → bytes). */
    String key(Post post, Map<String, byte[]> bytes);

    /** The findings recorded for this post under this key, or null. */
    List<Finding> get(String slug, String key);

    /** Records a post's findings (called from several threads at once). */
    void put(String slug, String key, List<Finding> findings);

    /** Forgets every post but these (after a run over every post: the others were deleted). */
    void retainOnly(java.util.Collection<String> slugs);

    /** Keeps the entries for the next run; failing to is not an error (only the speed-up is lost). */
    void save();
}
