package dev.concord.cli;

import dev.concord.config.Config;
import dev.concord.corpus.Layout;
import dev.concord.model.AtomicFiles;
import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file a report goes to with {@code -o}. It must not be one of the project's inputs (a post,
 * the glossary, concord.yaml): {@code -o posts/en/x.md} would replace a post with a report. The
 * report is written whole or not at all, and a write error is an input error naming the path and
 * the operating system's reason (a full disk, {@code /dev/full}).
 */
final class ReportFile {
    private ReportFile() {}

    /** Refuses {@code output} when it is, or links to, an input of the project at {@code root}. */
    static void refuseInput(Path root, Config config, Path output) {
        Path r = root.toAbsolutePath().normalize();
        for (Path p : candidates(output)) {
            if (!p.startsWith(r) || p.equals(r)) continue;
            String rel = r.relativize(p).toString().replace('\\', '/');
            String what = null;
            if (Layout.of(config).match(rel) != null) what = "a post of the layout '" + config.layout() + "'";
            else if (rel.equals(Config.FILE)) what = "the configuration";
            else for (String g : config.glossary()) if (g.equals(".") || rel.equals(g) || rel.startsWith(g + "/")) what = "part of the glossary";
            if (what != null) throw new InputException(output.toString(), 0, "is " + what + "; the report would overwrite it (choose another -o)");
        }
    }

    /** The path as given (absolute, normalised) and, when it exists, where it really is. */
    private static java.util.List<Path> candidates(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) return java.util.List.of(abs, abs.toRealPath());
        } catch (IOException ignored) {
            // unreadable: judged by its name only
        }
        return java.util.List.of(abs);
    }

    /** Writes the report: atomically for a regular file, straight through for a device or pipe. */
    static void write(Path output, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.write(output, bytes); // /dev/stdout, /dev/full, a named pipe: no temp file beside them
            } else {
                AtomicFiles.write(output, bytes);
            }
        } catch (IOException e) {
            throw new InputException(output.toString(), 0, "cannot write the report: " + InputException.reason(e), e);
        }
    }
}
