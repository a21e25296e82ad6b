package dev.concord.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that never leave a half-written file: a reader (or a crash) sees the old content or the
 * new, never a mix. Used for fixes, conversions, glossary exports, reports, hooks and starter files
 * alike. The replacement keeps the mode, owner and group of the file it replaces; a new file gets
 * the user's umask. Temp files of killed runs are removed by the next write into their folder.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Temp file beside the target (mode from the umask, or the target's mode and owner), then an atomic rename over it. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, null);
    }

    /**
     * As {@link #write(Path, byte[])}, but only if the file still holds {@code expected}
     * (null: whatever it holds) just before the rename.
     *
     * @return false, with the file untouched, when its bytes were not {@code expected}
     */
    public static boolean write(Path file, byte[] bytes, byte[] expected) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        removeStaleTemps(dir);
        Path tmp = newTemp(dir, file.getFileName().toString());
        try {
            Files.write(tmp, bytes);
            keepOwnerAndMode(file, tmp);
            if (expected != null && !Arrays.equals(expected, Files.readAllBytes(file))) return false;
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * {@code .NAME.PID-RANDOM.tmp}, created without explicit permissions, so a new file gets the
     * user's umask (Files.createTempFile would make it 0600). The process id tells a later run
     * whether the writer is still alive (see {@link #removeStaleTemps}).
     */
    private static Path newTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + PID + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    private static final long PID = ProcessHandle.current().pid();
    /** An existing target's permissions, owner and group go to its replacement. */
    private static void keepOwnerAndMode(Path file, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) return; // not a POSIX file system
        PosixFileAttributes was;
        try {
            was = view.readAttributes();
        } catch (NoSuchFileException e) {
            return; // a new file: the umask decides
        }
        PosixFileAttributeView next = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = next.readAttributes();
        try {
            if (!now.group().equals(was.group())) next.setGroup(was.group());
            if (!now.owner().equals(was.owner())) next.setOwner(was.owner());
        } catch (IOException e) {
            throw new IOException("cannot keep its owner " + was.owner().getName() + ":" + was.group().getName()
                    + " on a rewritten copy (" + InputException.reason(e) + "); file left unchanged", e);
        }
        next.setPermissions(was.permissions());
    }

    /**
     * Deletes the temp files in {@code dir} whose writer is gone: what a run killed between writing
     * its temp file and renaming it left behind. A temp file of a live process is its write in
     * flight (another fixer, a {@code convert --write}) and is left alone. Once per folder and run.
     */
    static void removeStaleTemps(Path dir) throws IOException {
        if (!swept.add(dir)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                java.util.regex.Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid = Long.parseLong(m.group(1));
                if (pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) Files.deleteIfExists(p);
            }
        }
    }

    private static final java.util.Set<Path> swept = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code .NAME.PID-RANDOM.tmp} of {@link #newTemp}. */
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("\\..+\\.(\\d{1,18})-\\d+\\.tmp");
}
