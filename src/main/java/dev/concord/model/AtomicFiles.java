package dev.concord.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes that never leave a half-written file: a reader (or a crash) sees the old content or the
 * new, never a mix. Used for fixes, conversions, glossary exports, hooks and starter files alike.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Temp file beside the target, same permissions, then an atomic rename over it. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
                Files.setPosixFilePermissions(tmp, mode);
            } catch (UnsupportedOperationException | IOException ignored) {
                // non-POSIX file system, or a new file: keep the default mode
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
