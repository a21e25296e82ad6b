package dev.concord.check.rules;

import dev.concord.check.Vote;
import dev.concord.script.ScriptChars;
import dev.concord.align.Row;
import dev.concord.check.Consensus;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.markdown.InlineCode;
import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Code must be identical in every variant: inline code of aligned blocks, and the lines of
 * aligned code blocks. A code-block line with Han characters (a translated comment or string) may
 * differ. Inline code with Han characters where the others have none is the defect seen in real
 * posts: `-p <host_port>:3000` translated to `-p ‹主机端口>:3000`.
 */
@RuleInfo(id = "code-mismatch", severity = Severity.ERROR,
        summary = "Code blocks or inline code differ between variants (lines with Han characters may differ).",
        details = "Inline code, code-block lines or a code fence's language differ. Code-block lines with Han characters (translated comments and strings) may differ; inline code translated in one variant only is reported.",
        examples = {"hans `pip install alpha` where hant and en have `pip install beta`"})
public final class CodeMismatchRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        Set<String> labels = localisedLabels(post);
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            if (row.blocks().values().stream().allMatch(b -> b.kind() == BlockKind.CODE_BLOCK)) {
                compareBlocks(post, row, out);
            } else {
                compareInline(post, row, out, labels);
            }
        }
    }

    /**
     * Inline code that both Chinese variants write the same way (modulo script) with Han in it,
     * where en has other code: a localised UI label (`Windows 鍵 + V`). Learnt from the rows that
     * have all three variants, then also accepted in rows where one variant's block is missing, so a
     * dropped paragraph elsewhere does not turn the label into a finding. Keys are in hans script.
     */
    private static Set<String> localisedLabels(PostContext post) {
        Set<String> out = new HashSet<>();
        if (post.variant(Lang.HANT) == null || post.variant(Lang.HANS) == null || post.variant(Lang.EN) == null) return out;
        for (Row row : post.rows()) {
            if (row.size() < 3) continue;
            Set<String> hans = new HashSet<>(), en = new HashSet<>();
            for (InlineCode c : row.blocks().get(Lang.HANS).codes()) if (ScriptChars.hasHan(c.text())) hans.add(labelKey(post, Lang.HANS, c.text()));
            for (InlineCode c : row.blocks().get(Lang.EN).codes()) en.add(c.text().strip());
            for (InlineCode c : row.blocks().get(Lang.HANT).codes()) {
                String k = labelKey(post, Lang.HANT, c.text());
                if (ScriptChars.hasHan(k) && hans.contains(k) && !en.contains(k)) out.add(k);
            }
        }
        return out;
    }

    /**
     * Han text in inline code (a localised placeholder or UI label) as the two Chinese variants can
     * agree on it: glossary terms by their id, the rest in hans script. `<主机端口>` and `<主機連接埠>`
     * are one label when the glossary says 端口 and 連接埠 are both "port"; code without Han is itself.
     */
    private static String labelKey(PostContext post, Lang lang, String code) {
        String text = code.strip();
        if (!lang.isChinese() || !ScriptChars.hasHan(text)) return text;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (var m : post.terms().in(lang, text)) {
            if (m.start() < i) continue;
            String between = text.substring(i, m.start());
            sb.append(lang == Lang.HANT ? post.toHans(between) : between).append('\u0001').append(m.term().id()).append('\u0001');
            i = m.end();
        }
        String rest = text.substring(i);
        return sb.append(lang == Lang.HANT ? post.toHans(rest) : rest).toString();
    }

    /**
     * A UI label localised in one variant and kept in English in another (`文件 > 首选项 > 设置` and
     * `File > Preferences > Settings`) is the same label when the glossary renders each part: both
     * read as term ids, English text through the English renderings.
     */
    private static boolean sameThroughGlossary(PostContext post, Lang a, String codeA, Lang b, String codeB) {
        if (ScriptChars.hasHan(codeA) == ScriptChars.hasHan(codeB)) return false;
        return glossaryKey(post, a, codeA).equals(glossaryKey(post, b, codeB));
    }

    private static String glossaryKey(PostContext post, Lang lang, String code) {
        if (ScriptChars.hasHan(code)) return labelKey(post, lang, code);
        String text = code.strip();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (var m : post.terms().in(Lang.EN, text)) {
            if (m.start() < i) continue;
            sb.append(text, i, m.start()).append('\u0001').append(m.term().id()).append('\u0001');
            i = m.end();
        }
        return sb.append(text.substring(i)).toString();
    }

    private static final java.util.regex.Pattern TRAILING_CJK_PUNCTUATION = java.util.regex.Pattern.compile("[：，。；、！？]+$");

    private void compareInline(PostContext post, Row row, List<Finding> out, Set<String> labels) {
        // hant code is compared in simplified script, so `Windows 鍵 + V` (hant) and `Windows 键 + V`
        // (hans) are one item: both Chinese variants agree on it.
        Map<Lang, List<Keyed>> items = new EnumMap<>(Lang.class);
        // Chinese punctuation that slipped inside the span (`0x1：`) belongs to the sentence, not the code.
        row.blocks().forEach((l, b) -> items.put(l, b.codes().stream().map(c -> new Keyed(c, TRAILING_CJK_PUNCTUATION.matcher(
                l.isChinese() && ScriptChars.hasHan(c.text()) ? labelKey(post, l, c.text()) : c.text().strip()).replaceFirst(""))).toList()));
        Consensus.of(items, Keyed::key).forEach((lang, keyed) -> {
            var d = new Consensus.Diff<InlineCode>(keyed.missing().stream().map(Keyed::code).toList(), keyed.missingFrom(),
                    keyed.extra().stream().map(Keyed::code).toList());
            Block block = row.blocks().get(lang);
            for (int i = 0; i < d.missing().size(); i++) {
                InlineCode want = d.missing().get(i);
                InlineCode at = i < d.extra().size() ? d.extra().get(i) : null;
                if (at != null && ScriptChars.hasHan(at.text()) && ScriptChars.hasHan(want.text())) continue; // a translated string on both sides
                // Both Chinese variants localise a label the same way (real post: `Windows key + V` vs
                // `Windows 鍵 + V` / `Windows 键 + V`): a UI label, not a command. A Han rendering that only
                // one Chinese variant has (`-p ‹主机端口>:3000`) is never in consensus, so still reported.
                if (!lang.isChinese() && row.size() == 3 && ScriptChars.hasHan(want.text())) continue;
                if (!labels.isEmpty() && (labels.contains(labelKey(post, d.missingFrom().get(i), want.text()))
                        || at != null && labels.contains(labelKey(post, lang, at.text())))) continue;
                if (at == null && writtenPlain(post, lang, block, want.text())) continue;
                if (at != null && sameThroughGlossary(post, lang, at.text(), d.missingFrom().get(i), want.text())) continue;
                int s = at != null ? at.span().start() : block.span().start();
                int e = at != null ? at.span().end() : block.span().start();
                out.add(post.at(this, lang, s, e)
                        .message(at != null ? "inline code `" + at.text() + "` differs from " + d.missingFrom().get(i).key() + "'s `" + want.text() + "`"
                                : "inline code `" + want.text() + "` is missing here")
                        .expected(want.text()).found(at != null ? at.text() : null)
                        .related(post.location(d.missingFrom().get(i), want.span().start()))
                        .build());
            }
            if (row.size() < 3) return;
            for (int i = d.missing().size(); i < d.extra().size(); i++) {
                InlineCode at = d.extra().get(i);
                if (labels.contains(labelKey(post, lang, at.text()))) continue;
                boolean plainElsewhere = true;
                for (var o : row.blocks().entrySet()) {
                    if (o.getKey() != lang && !writtenPlain(post, o.getKey(), o.getValue(), at.text())) plainElsewhere = false;
                }
                if (plainElsewhere) continue;
                out.add(post.at(this, lang, at.span().start(), at.span().end())
                        .message("inline code `" + at.text() + "` is not in the other variants").found(at.text()).build());
            }
        });
    }

    /**
     * The block writes the code word as plain text ("a dedicated Service" for `Service`, "(a)" for
     * `a`, "include it" for `#include`): a formatting choice of a paraphrase, not a dropped code span.
     * The word is the code text without its outer punctuation, matched as a whole word.
     */
    static boolean writtenPlain(PostContext post, Lang lang, Block block, String code) {
        String word = code.strip().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (word.isEmpty()) return false;
        String text = post.variant(lang).doc().text().substring(block.span().start(), block.span().end());
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean before = i > 0 && isWordChar(text.charAt(i - 1)), after = i + word.length() < text.length()
                    && isWordChar(text.charAt(i + word.length()));
            boolean inCode = i > 0 && text.charAt(i - 1) == '`' || i + word.length() < text.length() && text.charAt(i + word.length()) == '`';
            if (!before && !after && !inCode) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Line by line. The expected line is the most common non-Han line among the variants (ties go
     * to the first variant: hant, then hans); a variant with another line, or another line count,
     * is reported.
     */
    private void compareBlocks(PostContext post, Row row, List<Finding> out) {
        compareLanguages(post, row, out);
        Map<Lang, String[]> lines = new EnumMap<>(Lang.class);
        row.blocks().forEach((l, b) -> lines.put(l, b.code().split("\n", -1)));
        Map<Integer, Integer> countVotes = new HashMap<>();
        lines.values().forEach(ls -> countVotes.merge(ls.length, 1, Integer::sum));
        int majorityCount = majority(countVotes, lines.values().iterator().next().length);
        Lang reference = null;
        for (var e : lines.entrySet()) if (e.getValue().length == majorityCount) { reference = e.getKey(); break; }
        for (var e : lines.entrySet()) {
            if (e.getValue().length == majorityCount) continue;
            Block b = row.blocks().get(e.getKey());
            out.add(post.at(this, e.getKey(), b.span().start(), b.span().start())
                    .message("code block has " + e.getValue().length + " lines; " + reference.key() + " has " + majorityCount)
                    .related(post.location(reference, row.blocks().get(reference).span().start())).build());
        }
        for (int i = 0; i < majorityCount; i++) {
            Map<Lang, String> ballots = new EnumMap<>(Lang.class);
            for (var e : lines.entrySet()) {
                if (e.getValue().length != majorityCount) continue;
                String line = e.getValue()[i].stripTrailing();
                if (ScriptChars.hasHan(line)) continue;
                ballots.put(e.getKey(), line);
            }
            Vote<String> vote = Vote.of(ballots);
            if (vote == null || vote.unanimous()) continue;
            String best = vote.value();
            for (var e : lines.entrySet()) {
                if (e.getValue().length != majorityCount) continue;
                String line = e.getValue()[i].stripTrailing();
                if (ScriptChars.hasHan(line) || line.equals(best)) continue;
                Block b = row.blocks().get(e.getKey());
                int offset = (b.codeSpan() == null ? b.span().start() : b.codeSpan().start());
                for (int k = 0; k < i; k++) offset += e.getValue()[k].length() + 1;
                Lang other = vote.holder();
                out.add(post.at(this, e.getKey(), offset, offset + e.getValue()[i].length())
                        .message("code line `" + line.strip() + "` differs from " + other.key() + "'s `" + best.strip() + "`")
                        .found(line).expected(best)
                        .related(post.location(other, row.blocks().get(other).span().start())).build());
            }
        }
    }

    /** The fence's language (```python vs ```bash) is code too; the most common one is expected. */
    private void compareLanguages(PostContext post, Row row, List<Finding> out) {
        Map<Lang, String> ballots = new EnumMap<>(Lang.class);
        row.blocks().forEach((l, b) -> ballots.put(l, b.info() == null ? "" : b.info().strip()));
        Vote<String> vote = Vote.of(ballots);
        if (vote.unanimous()) return;
        String best = vote.value();
        Lang reference = vote.holder();
        for (var e : row.blocks().entrySet()) {
            String info = e.getValue().info() == null ? "" : e.getValue().info().strip();
            if (info.equals(best)) continue;
            Block b = e.getValue();
            out.add(post.at(this, e.getKey(), b.span().start(), b.span().start())
                    .found(info.isEmpty() ? null : info).expected(best.isEmpty() ? null : best)
                    .message((info.isEmpty() ? "code block has no language" : "code block language '" + info + "'")
                            + ", while " + reference.key() + (best.isEmpty() ? " has none" : " has '" + best + "'"))
                    .related(post.location(reference, row.blocks().get(reference).span().start())).build());
        }
    }

    private static int majority(Map<Integer, Integer> votes, int fallback) {
        int best = fallback, n = -1;
        for (var v : votes.entrySet()) if (v.getValue() > n) { best = v.getKey(); n = v.getValue(); }
        return best;
    }

    /** Inline code with the key it is compared by. */
    private record Keyed(InlineCode code, String key) {}
}
