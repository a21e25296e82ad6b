package dev.concord.cli;

import dev.concord.check.CheckPipeline;
import dev.concord.corpus.Layout;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A post named on the command line by any variant's file or by its slug (diff, terms). */
final class PostArgument {
    private PostArgument() {}

    /** The slug of {@code post}: the slug of the file it names, else {@code post} itself. */
    static String slug(Path root, Layout layout, String post) {
        Path asFile = Path.of(post);
        if (Files.isRegularFile(asFile)) {
            String rel = CheckPipeline.rootRelative(root, List.of(asFile)).get(0);
            Layout.PostFile pf = layout.match(rel);
            if (pf == null) throw new InputException(rel, 0, "not a post of the layout '" + layout.pattern() + "'");
            return pf.slug();
        }
        return post;
    }

    /** A file of the post: the first variant that exists (hant, hans, en). */
    static Path file(Path root, Layout layout, String post) {
        String slug = slug(root, layout, post);
        for (Lang l : Lang.values()) {
            Path p = root.resolve(layout.pathOf(slug, l));
            if (Files.isRegularFile(p)) return p;
        }
        throw new InputException(slug, 0, "no post with this slug under the layout '" + layout.pattern() + "'");
    }
}
