package dev.concord.lsp;

import dev.concord.align.BlockPair;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Variant;
import dev.concord.markdown.Block;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The paragraph that translates this one in each other variant, from the checker's alignment: what
 * "go to definition" opens, and the code lenses over the blocks whose row differs (concord diff's
 * rows, in the editor).
 */
final class Counterparts {
    static final String OPEN_COMMAND = "concord.openCounterpart";
    static final String ROW_COMMAND = "concord.showRow";

    private Counterparts() {}

    /** The block at an offset: the innermost one holding it, else the first one after it (a blank line). */
    static Block blockAt(Variant v, int offset) {
        Block best = null;
        for (Block b : v.doc().blocks()) {
            if (b.span().start() <= offset && offset < b.span().end()) {
                if (best == null || b.span().end() - b.span().start() < best.span().end() - best.span().start()) best = b;
            }
        }
        if (best != null) return best;
        for (Block b : v.doc().blocks()) if (b.span().start() >= offset) return b;
        return null;
    }

    /** The blocks aligned with {@code b} in each other variant (a variant without a match is absent). */
    static Map<Lang, Block> of(PostContext ctx, Variant v, Block b) {
        Map<Lang, Block> out = new EnumMap<>(Lang.class);
        for (Lang other : ctx.variants().keySet()) {
            if (other == v.lang()) continue;
            boolean left = v.lang().ordinal() < other.ordinal();
            List<BlockPair> pairs = left ? ctx.alignment(v.lang(), other) : ctx.alignment(other, v.lang());
            for (BlockPair p : pairs) {
                Block mine = left ? p.left() : p.right();
                if (mine == b && p.matched()) {
                    out.put(other, left ? p.right() : p.left());
                    break;
                }
            }
        }
        return out;
    }

    static List<Location> definition(PostCheck pc, Variant v, Position p, OpenDocuments docs) {
        List<Location> out = new ArrayList<>();
        Block b = blockAt(v, Positions.offset(v.doc().text(), p));
        if (b == null) return out;
        of(pc.context(), v, b).forEach((lang, other) -> out.add(location(pc, pc.context().variant(lang), other, docs)));
        return out;
    }

    static Location location(PostCheck pc, Variant v, Block b, OpenDocuments docs) {
        return new Location(docs.uriOf(pc.file(v.path())), range(v, b));
    }

    /** A block's range without its trailing line break. */
    static Range range(Variant v, Block b) {
        String text = v.doc().text();
        int end = b.span().end();
        while (end > b.span().start() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return Positions.range(text, b.span().start(), end);
    }

    /**
     * Lenses over each block whose row differs (a finding in it or in its counterparts, or a variant
     * without a counterpart): one per other variant, opening its block, and one listing the rules.
     */
    static List<CodeLens> lenses(PostCheck pc, Variant v, OpenDocuments docs) {
        List<CodeLens> out = new ArrayList<>();
        PostContext ctx = pc.context();
        for (Block b : v.doc().blocks()) {
            Map<Lang, Block> others = of(ctx, v, b);
            Set<String> rules = new LinkedHashSet<>();
            for (Finding f : findingsIn(pc, v, b)) rules.add(f.rule());
            others.forEach((lang, ob) -> findingsIn(pc, ctx.variant(lang), ob).forEach(f -> rules.add(f.rule())));
            boolean incomplete = others.size() < ctx.variants().size() - 1;
            if (rules.isEmpty() && !incomplete) continue;
            Range at = new Range(Positions.position(v.doc().text(), b.span().start()), Positions.position(v.doc().text(), b.span().start()));
            for (Lang lang : ctx.variants().keySet()) {
                if (lang == v.lang()) continue;
                Block ob = others.get(lang);
                if (ob == null) {
                    out.add(new CodeLens(at, new Command(lang.key() + ": no matching block", ROW_COMMAND,
                            List.of(docs.uriOf(pc.file(v.path())), at.getStart().getLine())), null));
                    continue;
                }
                Variant ov = ctx.variant(lang);
                Location target = location(pc, ov, ob, docs);
                out.add(new CodeLens(at, new Command(lang.key() + " " + (target.getRange().getStart().getLine() + 1), OPEN_COMMAND,
                        List.of(target.getUri(), target.getRange().getStart().getLine(), target.getRange().getStart().getCharacter())), null));
            }
            if (!rules.isEmpty()) {
                out.add(new CodeLens(at, new Command("≠ " + String.join(", ", rules), ROW_COMMAND,
                        List.of(docs.uriOf(pc.file(v.path())), at.getStart().getLine())), null));
            }
        }
        return out;
    }

    /** The findings located in a block's lines. */
    static List<Finding> findingsIn(PostCheck pc, Variant v, Block b) {
        SourceText src = v.doc().source();
        int first = src.line(b.span().start()), last = src.line(Math.max(b.span().start(), b.span().end() - 1));
        List<Finding> out = new ArrayList<>();
        for (Finding f : pc.findingsOf(v.path())) if (f.line() >= first && f.line() <= last) out.add(f);
        return out;
    }

    /** The row of a block as text, variant by variant, then its findings: concord diff's view of one row. */
    static String row(PostCheck pc, Variant v, Block b) {
        PostContext ctx = pc.context();
        Map<Lang, Block> blocks = of(ctx, v, b);
        blocks.put(v.lang(), b);
        StringBuilder sb = new StringBuilder();
        List<Finding> findings = new ArrayList<>();
        for (Lang lang : ctx.variants().keySet()) {
            Block x = blocks.get(lang);
            Variant xv = ctx.variant(lang);
            if (x == null) {
                sb.append(lang.key()).append("      ∅ (no block here)\n");
                continue;
            }
            String text = xv.doc().text().substring(x.span().start(), x.span().end()).strip().replaceAll("\\s*\\R\\s*", " ");
            sb.append(String.format("%-4s %4d │ %s%n", lang.key(), xv.doc().source().line(x.span().start()), text));
            findings.addAll(findingsIn(pc, xv, x));
        }
        for (Finding f : findings) sb.append("  ! ").append(f.variant().key()).append(':').append(f.line()).append(' ')
                .append(f.message()).append(" [").append(f.rule()).append("]\n");
        return sb.toString();
    }
}
