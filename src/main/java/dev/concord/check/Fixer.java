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
 * Applies the deterministic fixes of findings to files ({@code check --fix}). Fixes of one file are applied
 * from the end so earlier offsets stay valid; a fix overlapping one already taken waits for the
 * next pass (the caller re-checks and calls again until nothing is left), which is what makes
 * {@code --fix} idempotent. Writes are atomic (temp file in the same folder, then rename) and keep
 * the BOM, line endings (fixes never add a bare LF to a CRLF file) and the file mode.
 */
public final class Fixer {
    private Fixer() {}

    /** @return the number of fixes applied */
    public static int apply(Path root, List<Finding> findings) {
        Map<String, List<Finding.Fix>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.severity() != Severity.OFF) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.fix());
        }
        int applied = 0;
        for (var e : byFile.entrySet()) applied += applyToFile(root.resolve(e.getKey()), e.getKey(), e.getValue());
        return applied;
    }

    private static int applyToFile(Path file, String name, List<Finding.Fix> fixes) {
        try {
            SourceText src = SourceText.decode(name, Files.readAllBytes(file));
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
            if (n > 0) AtomicFiles.write(file, SourceText.encode(text.toString(), src.hasBom()));
            return n;
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot write fix: " + e.getMessage());
        }
    }
}
