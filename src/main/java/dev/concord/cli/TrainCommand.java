package dev.concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Hidden: the workload bin/concord records its class-data archive from (docs/performance.md).
 * Archiving the user's first command instead made the archive only as good as that command: a
 * first `check` of an empty folder left flexmark and the rules out of it for good. This runs the
 * real commands (check in every report format, convert both ways) on a small bundled post.
 */
@Command(name = "__train", hidden = true, description = "Internal: warm-up workload for the class-data archive.")
final class TrainCommand implements Callable<Integer> {
    private static final String BASE = "concord/train/";

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("concord-train");
        try {
            for (String lang : new String[] {"hant", "hans", "en"}) copy(lang + ".md", dir.resolve("posts/" + lang + "/post.md"));
            copy("terms.yaml", dir.resolve("glossary/terms.yaml"));
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            for (String format : new String[] {"text", "json", "sarif", "github", "html"}) {
                Main.run(new String[] {"check", "-C", dir.toString(), "--format", format}, sink, sink);
            }
            // Again: now the findings come from the cache the runs above wrote (the repeat-run path).
            Main.run(new String[] {"check", "-C", dir.toString()}, sink, sink);
            // One post by path, as a pre-commit hook runs it (the compiled glossary now exists).
            Main.run(new String[] {"check", "-C", dir.toString(), dir.resolve("posts/hant/post.md").toString()}, sink, sink);
            Main.run(new String[] {"convert", "-C", dir.toString(), "--to", "hans", dir.resolve("posts/hant/post.md").toString()}, sink, sink);
            Main.run(new String[] {"convert", "-C", dir.toString(), "--to", "hant", dir.resolve("posts/hans/post.md").toString()}, sink, sink);
            Main.run(new String[] {"glossary", "lint", "-C", dir.toString()}, sink, sink);
            Main.run(new String[] {"terms", "-C", dir.toString(), dir.resolve("posts/en/post.md").toString()}, sink, sink);
            // ICU's word iterator, which check loads when a short avoid rendering may straddle two
            // words (內存 in 國內存在): the bundled post has none, so it is called here.
            dev.concord.script.ChineseWords.straddles("國內存在", 1, 3);
            return Main.OK;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = TrainCommand.class.getClassLoader().getResourceAsStream(BASE + resource)) {
            if (in == null) throw new IOException("missing resource " + BASE + resource);
            Files.copy(in, to);
        }
    }
}
