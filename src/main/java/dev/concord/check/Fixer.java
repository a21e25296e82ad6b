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
 * {@code --fix} idempotent.
 *
 * <p>A fix is applied only to the bytes it was computed from: each carries the checksum of the text
 * its offsets refer to, and a file whose bytes changed since the check (an editor saved it, another
 * process fixed it) is left alone and reported stale, for the caller to check again; the bytes are
 * compared once more just before the rename. Writes go through {@link AtomicFiles} (atomic; mode and
 * owner kept), keep the BOM and line endings (fixes never add a bare LF to a CRLF file), stay under
 * the root, and go through symbolic links to the file they point to. {@code check --fix} holds the
 * root's {@link FixLock} meanwhile.
 */
public final class Fixer {
    private Fixer() {}

    /**
     * One fix as it changes a file: where (1-based line and column of the original text), the text
     * it replaces and the text it puts there (empty for an insertion or a deletion), and the rule.
     */
    public record Change(String file, int line, int column, String before, String after, String rule) {}

    /** A file's fixed content and the changes that make it, not yet written; {@code original} is what it was planned from. */
    public record Edit(String file, byte[] updated, List<Change> changes, byte[] original) {}

    /**
     * What one pass did.
     *
     * @param applied the number of fixes applied
     * @param changed root-relative files rewritten, in finding order
     * @param stale   root-relative files left alone because their bytes changed since the check
     */
    public record Outcome(int applied, List<String> changed, List<String> stale) {}

    /** @return the number of fixes applied */
    public static int apply(Path root, List<Finding> findings) {
        return fix(root, findings).applied();
    }

    /** One pass: plans and writes the edits of the findings' fixes. */
    public static Outcome fix(Path root, List<Finding> findings) {
        int applied = 0;
        List<String> changed = new ArrayList<>(), stale = new ArrayList<>();
        for (Edit e : plan(path -> read(root, path), findings, stale)) {
            if (!write(root, e)) {
                stale.add(e.file());
                continue;
            }
            applied += e.changes().size();
            changed.add(e.file());
        }
        return new Outcome(applied, List.copyOf(changed), List.copyOf(stale));
    }

    /**
     * Writes an edit atomically (BOM, line endings, mode and owner kept: the text was edited in
     * place), through a symbolic link to the file it points to.
     *
     * @return false, writing nothing, when the file no longer holds the bytes the edit was planned from
     */
    public static boolean write(Path root, Edit e) {
        try {
            Path target = inside(root, e.file()).toRealPath(); // a symlinked post is fixed where it lives; the link stays
            return AtomicFiles.write(target, e.updated(), e.original());
        } catch (IOException ex) {
            throw new InputException(e.file(), 0, "cannot write fix: " + InputException.reason(ex));
        }
    }

    /** {@code root/name}, refused unless it stays under the root once normalised. */
    public static Path inside(Path root, String name) {
        Path r = root.toAbsolutePath().normalize();
        Path p = r.resolve(name).normalize();
        if (!p.startsWith(r) || p.equals(r)) throw new InputException(name, 0, "is outside the root " + r + "; not written");
        return p;
    }

    /** The bytes of a root-relative file, as fixes see it (the work tree, or a dry run's edited copy). */
    @FunctionalInterface
    public interface Source {
        byte[] read(String path) throws IOException;
    }

    private static byte[] read(Path root, String path) throws IOException {
        return Files.readAllBytes(inside(root, path));
    }

    /** The edits one pass of fixes makes, file by file, without writing anything. */
    public static List<Edit> plan(Source source, List<Finding> findings) {
        return plan(source, findings, new ArrayList<>());
    }

    /**
     * As {@link #plan(Source, List)}; a file whose bytes are not those its fixes were computed from
     * gets no edit and is added to {@code stale}.
     */
    public static List<Edit> plan(Source source, List<Finding> findings, List<String> stale) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.severity() != Severity.OFF) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        List<Edit> out = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            Edit edit = planFile(source, e.getKey(), e.getValue(), stale);
            if (edit != null) out.add(edit);
        }
        return out;
    }

    private static Edit planFile(Source source, String name, List<Finding> findings, List<String> stale) {
        try {
            byte[] original = source.read(name);
            long basis = SourceText.checksum(original);
            if (findings.stream().anyMatch(f -> f.fix().basis() != Finding.Fix.ANY_BASIS && f.fix().basis() != basis)) {
                stale.add(name);
                return null;
            }
            SourceText src = SourceText.decode(name, original);
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
            return new Edit(name, SourceText.encode(text.toString(), src.hasBom()), changes, original);
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read for a fix: " + InputException.reason(e));
        }
    }
}
