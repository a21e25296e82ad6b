package dev.concord.cli;

import dev.concord.config.Config;
import dev.concord.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR} / {@code -C DIR}, shared by every command. */
public final class RootOption {
    @Option(names = {"--root", "-C"}, paramLabel = "DIR",
            description = "Directory holding concord.yaml, glossary/ and the posts (default: nearest ancestor with a concord.yaml, else the working directory).")
    Path root;

    /**
     * The root: --root if given, else the nearest ancestor of the working directory with a
     * concord.yaml. A --root that is no folder is bad input (exit 2), named as given: the commands
     * would otherwise report what they miss inside it ("glossary not found").
     */
    public Path resolve() {
        Path p = resolveOrNew();
        if (root != null && !Files.isDirectory(p)) {
            throw new InputException(root.toString(), 0, Files.exists(p) ? "not a folder (--root)" : "no such folder (--root)");
        }
        return p;
    }

    /** As {@link #resolve}, where the folder may not exist yet ({@code init} makes it). */
    public Path resolveOrNew() {
        if (root != null) return root.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(Config.FILE))) return p;
        }
        return cwd;
    }
}
