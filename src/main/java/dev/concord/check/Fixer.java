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

    /**
     * One fix as it changes a file: where (1-based line and column of the original text), the text
     * it replaces and the text it puts there (empty for an insertion or a deletion), and the rule.
     */
    public record Change(String file, int line, int column, String before, String after, String rule) {}

    /** A file's fixed content and the changes that make it, not yet written. */
    public record Edit(String file, byte[] updated, List<Change> changes) {}

    /** @return the number of fixes applied */
    public static int apply(Path root, List<Finding> findings) {
        int applied = 0;
        for (Edit e : plan(path -> read(root, path), findings)) {
            write(root, e);
            applied += e.changes().size();
        }
        return applied;
    }

    /** Writes an edit atomically (BOM, line endings and mode kept: the text was edited in place). */
    public static void write(Path root, Edit e) {
        try {
            AtomicFiles.write(root.resolve(e.file()), e.updated());
        } catch (IOException ex) {
            throw new InputException(e.file(), 0, "cannot write fix: " + ex.getMessage());
        }
    }

    /** The bytes of a root-relative file, as fixes see it (the work tree, or a dry run's edited copy). */
    @FunctionalInterface
    public interface Source {
        byte[] read(String path) throws IOException;
    }

    private static byte[] read(Path root, String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    /** The edits one pass of fixes makes, file by file, without writing anything. */
    public static List<Edit> plan(Source source, List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.severity() != Severity.OFF) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        List<Edit> out = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            Edit edit = planFile(source, e.getKey(), e.getValue());
            if (edit != null) out.add(edit);
        }
        return out;
    }

    private static Edit planFile(Source source, String name, List<Finding> findings) {
        try {
            SourceText src = SourceText.decode(name, source.read(name));
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparingInt((Finding f) -> f.fix().start()).reversed()
                    .thenComparing(Comparator.comparingInt((Finding f) -> f.fix().end()).reversed()));
            StringBuilder text = new StringBuilder(src.text());
            List<Change> changes = new ArrayList<>();
            int floor = Integer.MAX_VALUE;
            for (Finding f : sorted) {
                Finding.Fix fx = f.fix();
                if (fx.end() > floor) continue; // overlaps a fix taken: next pass
                if (fx.end() == floor && fx.start() == floor && !changes.isEmpty()) continue; // two insertions at one point
                String before = src.text().substring(fx.start(), fx.end());
                if (before.equals(fx.replacement())) continue;
                text.replace(fx.start(), fx.end(), fx.replacement());
                changes.add(0, new Change(name, src.line(fx.start()), src.column(fx.start()), before, fx.replacement(), f.rule()));
                floor = fx.start();
            }
            if (changes.isEmpty()) return null;
            return new Edit(name, SourceText.encode(text.toString(), src.hasBom()), changes);
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read for a fix: " + e.getMessage());
        }
    }
}
