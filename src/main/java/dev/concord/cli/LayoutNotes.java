package dev.concord.cli;

import dev.concord.config.Config;
import dev.concord.corpus.Layout;
import dev.concord.corpus.LayoutDetector;
import dev.concord.corpus.LayoutFit;
import dev.concord.corpus.Post;
import dev.concord.corpus.SourceReader;
import dev.concord.model.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a whole-repository check says about the layout itself, so that a layout that fits the
 * files badly is never a silent "0 posts": no post at all is an input error (exit 2), and Markdown
 * files that name a language but fit no post are listed once on stderr.
 */
final class LayoutNotes {
    /** At most this many misfit files are named; the rest are counted. */
    static final int MAX_LISTED = 20;

    private LayoutNotes() {}

    static void report(Path root, Layout layout, SourceReader reader, List<Post> posts, PrintWriter err) throws IOException {
        List<String> files = reader.list(layout.commonRoot());
        if (posts.isEmpty()) {
            String where = Files.isRegularFile(root.resolve(Config.FILE)) ? Config.FILE : "the default configuration";
            LayoutDetector.Proposal p = LayoutDetector.propose(reader.list(""));
            String hint = p == null ? "; `concord init` writes a configuration for the posts it finds"
                    : "; the files fit " + LayoutFit.describe(p) + " (`concord init` writes it)";
            throw new InputException(null, 0, where + ": the layout '" + layout.pattern() + "' with langs {"
                    + LayoutFit.describeLangs(layout.codes()) + "} matches no file under " + root + hint);
        }
        List<String> misfits = LayoutFit.misfits(layout, files);
        for (int i = 0; i < Math.min(MAX_LISTED, misfits.size()); i++) err.println("concord: warning: " + misfits.get(i));
        if (misfits.size() > MAX_LISTED) {
            err.println("concord: warning: and " + (misfits.size() - MAX_LISTED) + " more Markdown files that fit no post");
        }
        String better = LayoutFit.betterLayout(layout, posts, files);
        if (better != null) err.println("concord: warning: " + better);
    }
}
