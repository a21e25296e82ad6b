package dev.concord.check;

import dev.concord.catalogue.Severity;
import dev.concord.model.AtomicFiles;
import dev.concord.model.InputException;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the deterministic fixes of findings to files. Fixes of one file are applied from the end
 * so earlier offsets stay valid; a fix overlapping one already taken waits for the next pass (the
 * caller re-checks and calls again until nothing is left), which is what makes {@code --fix}
 * idempotent.
 *
 * <p>A fix is applied only to the bytes it was computed from: each carries the checksum of the text
 * its offsets refer to, and a file whose bytes changed since the check (an editor saved it, another
 * process fixed it) is left alone and reported as {@link Outcome#stale()}, for the caller to check
 * again. Writes keep the BOM, line
 * endings (fixes never add a bare LF to a CRLF file), mode and owner ({@link AtomicFiles}), and go
 * through symbolic links to the file they point to. {@code check --fix} holds the root's
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
            if (n > 0 && !AtomicFiles.write(target, SourceText.encode(text.toString(), src.hasBom()), before)) return -1;
            return n;
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot write fix: " + InputException.reason(e));
        }
    }
}
