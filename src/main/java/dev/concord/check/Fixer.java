package dev.concord.check;

import dev.concord.model.InputException;
import dev.concord.model.SourceText;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Applies the deterministic fixes of findings to files. Fixes of one file are applied from the end
 * so earlier offsets stay valid; a fix overlapping one already taken waits for the next pass (the
 * caller re-checks and calls again until nothing is left), which is what makes {@code --fix}
 * idempotent.
 *
 * <p>A fix is applied only to the bytes it was computed from: each carries the checksum of the text
 * its offsets refer to, and a file whose bytes changed since the check (an editor saved it, another
 * process fixed it) is left alone and reported as {@link Outcome#stale()}, for the caller to check
 * again. Writes are atomic (temp file in the same folder, then rename); they keep the BOM, line
 * endings (fixes never add a bare LF to a CRLF file), mode and owner, and go through symbolic links
 * to the file they point to. {@code check --fix} holds the root's
 * {@link FixLock} meanwhile.
 */
public final class Fixer {
    private Fixer() {}

    /**
     * What one pass did.
     *
     * @param applied the number of fixes applied
     * @param changed root-relative files rewritten, in finding order
     * @param stale   root-relative files left alone because their bytes changed since the check
     */
    public record Outcome(int applied, List<String> changed, List<String> stale) {}

    public static Outcome apply(Path root, List<Finding> findings) {
        Map<String, List<Finding.Fix>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.severity() != Severity.OFF) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.fix());
        }
        int applied = 0;
        List<String> changed = new ArrayList<>(), stale = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            int n = applyToFile(inside(root, e.getKey()), e.getKey(), e.getValue());
            if (n < 0) {
                stale.add(e.getKey());
            } else if (n > 0) {
                applied += n;
                changed.add(e.getKey());
            }
        }
        return new Outcome(applied, List.copyOf(changed), List.copyOf(stale));
    }

    /** {@code root/name}, refused unless it stays under the root once normalised. */
    public static Path inside(Path root, String name) {
        Path r = root.toAbsolutePath().normalize();
        Path p = r.resolve(name).normalize();
        if (!p.startsWith(r) || p.equals(r)) throw new InputException(name, 0, "is outside the root " + r + "; not written");
        return p;
    }

    /** @return fixes applied, or -1 when the file no longer has the bytes the fixes were computed from */
    private static int applyToFile(Path file, String name, List<Finding.Fix> fixes) {
        try {
            Path target = file.toRealPath(); // a symlinked post is fixed where it lives; the link stays
            byte[] before = Files.readAllBytes(target);
            long basis = SourceText.checksum(before);
            if (fixes.stream().anyMatch(fx -> fx.basis() != basis)) return -1;
            SourceText src = SourceText.decode(name, before);
            List<Finding.Fix> sorted = new ArrayList<>(fixes);
            sorted.sort(Comparator.comparingInt(Finding.Fix::start).reversed().thenComparing(Comparator.comparingInt(Finding.Fix::end).reversed()));
            StringBuilder text = new StringBuilder(src.text());
            int floor = Integer.MAX_VALUE, n = 0;
            for (Finding.Fix fx : sorted) {
                if (fx.end() > floor) continue; // overlaps a fix taken: next pass
                if (fx.end() == floor && fx.start() == floor && n > 0) continue; // two insertions at one point
                text.replace(fx.start(), fx.end(), fx.replacement());
                floor = fx.start();
                n++;
            }
            if (n > 0 && !writeAtomically(target, SourceText.encode(text.toString(), src.hasBom()), before)) return -1;
            return n;
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot write fix: " + InputException.reason(e));
        }
    }

    /** Temp file beside the target (mode from the umask, or the target's mode and owner), then an atomic rename over it. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        writeAtomically(file, bytes, null);
    }

    /**
     * As {@link #writeAtomically(Path, byte[])}, but only if the file still holds {@code expected}
     * (null: whatever it holds) just before the rename.
     *
     * @return false, with the file untouched, when its bytes were not {@code expected}
     */
    public static boolean writeAtomically(Path file, byte[] bytes, byte[] expected) throws IOException {
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
