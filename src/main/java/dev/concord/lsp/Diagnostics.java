package dev.concord.lsp;

import dev.concord.check.Finding;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.model.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings as LSP diagnostics: rule id as the code, the other variants' places as related information. */
final class Diagnostics {
    static final String SOURCE = "concord";

    private Diagnostics() {}

    static List<Diagnostic> of(PostCheck pc, String rel, OpenDocuments docs) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : pc.findingsOf(rel)) out.add(of(pc, f, docs));
        return out;
    }

    static Diagnostic of(PostCheck pc, Finding f, OpenDocuments docs) {
        Diagnostic d = new Diagnostic(range(pc, f), f.message(), severity(f.severity()), SOURCE, f.rule());
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Finding.Location l : f.related()) {
            Variant v = pc.variant(l.file());
            Position at = v != null ? Positions.ofColumn(v.doc().source(), l.line(), l.column()) : new Position(Math.max(0, l.line() - 1), 0);
            Path file = pc.file(l.file());
            String what = v != null ? "the " + v.lang().key() + " variant here" : l.file();
            related.add(new DiagnosticRelatedInformation(new Location(docs.uriOf(file), new Range(at, at)), what));
        }
        if (!related.isEmpty()) d.setRelatedInformation(related);
        return d;
    }

    static Range range(PostCheck pc, Finding f) {
        Variant v = pc.variant(f.file());
        if (v == null) return new Range(new Position(0, 0), new Position(0, 0));
        SourceText src = v.doc().source();
        return new Range(Positions.ofColumn(src, f.line(), f.column()), Positions.ofColumn(src, f.endLine(), f.endColumn()));
    }

    static DiagnosticSeverity severity(Severity s) {
        return s == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
    }

    /** Unusable input (a broken glossary, invalid UTF-8 in a sibling) shown on the file being edited. */
    static Diagnostic inputError(String message, int line) {
        Position p = new Position(Math.max(0, line - 1), 0);
        return new Diagnostic(new Range(p, p), message, DiagnosticSeverity.Error, SOURCE, "input");
    }
}
