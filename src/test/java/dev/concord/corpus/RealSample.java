package dev.concord.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real blog sample is: a folder of {@code en/}, {@code hans/}, {@code hant/} triplets of a
 * public blog, kept outside the repository (docs/real-world.md calls it {@code $SAMPLE}). Tests that
 * read it skip when it is absent, as it is in a newcomer's clone.
 *
 * <p>{@code CONCORD_SAMPLE} names it explicitly; otherwise it is {@code shared/corpus/real} in the
 * checkout's parent folder or any folder above (a worktree sits deeper than the main checkout).
 */
public final class RealSample {
    private RealSample() {}

    public static Optional<Path> find() {
        String named = System.getenv("CONCORD_SAMPLE");
        if (named != null && !named.isEmpty()) {
            Path p = Path.of(named);
            return Files.isDirectory(p.resolve("en")) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Path real = p.resolve("shared").resolve("corpus").resolve("real");
            if (Files.isDirectory(real.resolve("en"))) return Optional.of(real);
        }
        return Optional.empty();
    }
}
