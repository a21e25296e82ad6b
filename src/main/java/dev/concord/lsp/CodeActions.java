package dev.concord.lsp;

import dev.concord.check.Finding;
import dev.concord.check.Variant;
import dev.concord.glossary.Term;
import dev.concord.markdown.Block;
import dev.concord.model.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What the translator can do about a finding from the editor: apply the fix {@code check --fix}
 * would make, silence the rule on that line, or teach the glossary (accept the rendering, or put it
 * on the avoid list) when the finding is about a term.
 */
final class CodeActions {
    /** Code action kind of "apply every fix in this file". */
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".concord";
    static final String GLOSSARY_COMMAND = "concord.glossary.addRendering";

    /** A list item's marker: a comment line put before it must be indented to stay in the list. */
    private static final Pattern LIST_MARKER = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+");

    private CodeActions() {}

    /**
     * @param rel       the file's root-relative path, @param uri the client's URI for it
     * @param selection the range the client asks about (a non-empty one on one line is a rendering
     *                  the translator selected, for term-missing)
     */
    static List<Either<Command, CodeAction>> of(PostCheck pc, String rel, String uri, Range selection, OpenDocuments docs,
                                                 boolean documentChanges) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        Variant v = pc.variant(rel);
        if (v == null) return out;
        SourceText src = v.doc().source();
        String text = src.text();
        String selected = selectedText(text, selection);
        for (Finding f : pc.findingsOf(rel)) {
            Range r = Diagnostics.range(pc, f);
            boolean here = Positions.touches(r, selection) || (selected != null && sameBlock(v, f, text, selection));
            if (!here) continue;
            Diagnostic d = Diagnostics.of(pc, f, docs);
            if (f.fix() != null) {
                String title = f.expected() != null && f.found() != null ? "Replace '" + f.found() + "' with '" + f.expected() + "'"
                        : f.expected() != null ? "Write '" + f.expected().strip() + "'" : "Apply concord's fix";
                CodeAction a = action(title, CodeActionKind.QuickFix, d);
                a.setIsPreferred(true);
                a.setEdit(edit(pc, rel, uri, List.of(new TextEdit(Positions.range(text, f.fix().start(), f.fix().end()), f.fix().replacement())), documentChanges));
                out.add(Either.forRight(a));
            }
            glossaryActions(pc, v, f, selected, d, out);
            TextEdit suppress = suppression(v, f);
            if (suppress != null) {
                CodeAction a = action("Suppress " + f.rule() + " on this line", CodeActionKind.QuickFix, d);
                a.setEdit(edit(pc, rel, uri, List.of(suppress), documentChanges));
                out.add(Either.forRight(a));
            }
        }
        List<TextEdit> all = fixAll(pc, rel, text);
        if (all.size() > 1) {
            CodeAction a = new CodeAction("Apply all " + all.size() + " concord fixes in this file");
            a.setKind(FIX_ALL);
            a.setEdit(edit(pc, rel, uri, all, documentChanges));
            out.add(Either.forRight(a));
        }
        return out;
    }

    private static void glossaryActions(PostCheck pc, Variant v, Finding f, String selected, Diagnostic d,
                                        List<Either<Command, CodeAction>> out) {
        Term t = f.term() == null ? null : pc.loaded().glossary().get(f.term());
        if (t == null) return;
        String lang = v.lang().key();
        String rendering = switch (f.rule()) {
            case "term-forbidden" -> f.found();
            case "term-missing" -> selected; // what the translator wrote instead is theirs to point at
            default -> null;
        };
        if (rendering == null || rendering.isBlank()) return;
        rendering = rendering.strip();
        String root = pc.project().root().toString();
        if (!t.isKeep() && !t.accepted(v.lang()).contains(rendering)) {
            CodeAction a = action("Glossary: accept '" + rendering + "' as a " + lang + " rendering of " + t.id(), CodeActionKind.QuickFix, d);
            a.setCommand(new Command(a.getTitle(), GLOSSARY_COMMAND, List.of(root, t.id(), lang, "accepted", rendering)));
            out.add(Either.forRight(a));
        }
        if (!t.avoid(v.lang()).contains(rendering)) {
            CodeAction a = action("Glossary: add '" + rendering + "' to the " + lang + " avoid list of " + t.id(), CodeActionKind.QuickFix, d);
            a.setCommand(new Command(a.getTitle(), GLOSSARY_COMMAND, List.of(root, t.id(), lang, "avoid", rendering)));
            out.add(Either.forRight(a));
        }
    }

    /**
     * {@code <!-- concord-disable-next-line RULE -->} on a line of its own before the finding's line,
     * indented like it (a list item's marker counts, so the comment stays inside the list instead
     * of splitting it). None inside front matter, where HTML comments are not read.
     */
    static TextEdit suppression(Variant v, Finding f) {
        SourceText src = v.doc().source();
        if (f.line() < 1 || f.line() > src.lineCount()) return null;
        int start = src.lineStart(f.line());
        var fm = v.doc().frontMatter();
        if (fm.present() && start < fm.span().end()) return null;
        String text = src.text();
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        Matcher m = LIST_MARKER.matcher(line);
        if (m.find() && f.line() > 1 && !previousLineBlank(src, f.line())) indent = " ".repeat(m.end());
        Position at = new Position(f.line() - 1, 0);
        return new TextEdit(new Range(at, at), indent + "<!-- concord-disable-next-line " + f.rule() + " -->" + src.lineEnding());
    }

    private static boolean previousLineBlank(SourceText src, int line) {
        int s = src.lineStart(line - 1), e = src.lineStart(line);
        return src.text().substring(s, e).isBlank();
    }

    /** Every fix of the file that overlaps no other, as {@code --fix}'s first pass takes them. */
    static List<TextEdit> fixAll(PostCheck pc, String rel, String text) {
        List<Finding.Fix> fixes = new ArrayList<>();
        for (Finding f : pc.findingsOf(rel)) if (f.fix() != null) fixes.add(f.fix());
        fixes.sort(Comparator.comparingInt(Finding.Fix::start).thenComparingInt(Finding.Fix::end));
        List<TextEdit> out = new ArrayList<>();
        int floor = -1;
        for (Finding.Fix fx : fixes) {
            if (fx.start() < floor || (fx.start() == floor && fx.end() == fx.start() && !out.isEmpty())) continue;
            out.add(new TextEdit(Positions.range(text, fx.start(), fx.end()), fx.replacement()));
            floor = fx.end();
        }
        return out;
    }

    private static CodeAction action(String title, String kind, Diagnostic d) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setDiagnostics(List.of(d));
        return a;
    }

    /** Edits of the checked version of a buffer: a client whose text has moved on rejects them. */
    private static WorkspaceEdit edit(PostCheck pc, String rel, String uri, List<TextEdit> edits, boolean documentChanges) {
        if (!documentChanges) return new WorkspaceEdit(Map.of(uri, edits));
        VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(uri, pc.version(rel));
        return new WorkspaceEdit(List.of(Either.forLeft(new TextDocumentEdit(id, edits))));
    }

    private static String selectedText(String text, Range r) {
        if (r == null || r.getStart().equals(r.getEnd()) || r.getStart().getLine() != r.getEnd().getLine()) return null;
        int s = Positions.offset(text, r.getStart()), e = Positions.offset(text, r.getEnd());
        String sel = e > s ? text.substring(s, e).strip() : "";
        return sel.isEmpty() ? null : sel;
    }

    /** Whether a selection lies in the block where the finding is (term-missing points at the block, not the word). */
    private static boolean sameBlock(Variant v, Finding f, String text, Range selection) {
        int at = Positions.offset(text, selection.getStart());
        SourceText src = v.doc().source();
        for (Block b : v.doc().blocks()) {
            if (b.span().start() <= at && at < b.span().end()) {
                return f.line() >= src.line(b.span().start()) && f.line() <= src.line(Math.max(b.span().start(), b.span().end() - 1));
            }
        }
        return false;
    }
}
