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
import java.util.ArrayList;
import java.util.EnumMap;
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
        details = "Inline code, code-block lines or a code fence's language differ (aliases of one language are one: bash, sh, shell; no language is text; a keyboard shortcut is the same keys however its + is spaced, its modifiers ordered or its keys named: Ctrl+C, Ctrl + C; ⌘⇧. = Shift+Cmd+.; Down = ↓, Space = 空格 = 空白鍵, Enter = 回车). A placeholder both Chinese variants word in their language is one placeholder (`<your-token>` = `<你的令牌>` / `<你的權杖>`, inside a command too). Code-block lines with Han characters (translated comments and strings) may differ, but a comment after code is left out and the code before it compared (`nn.Dropout(p=0.1)  # 將 10% 歸零`); inline code translated in one variant only is reported; a UI label, placeholder or capitalised folder both Chinese variants localise, each in its own words (`Sign in` = `登录` / `登入`, `Videos\\Screen Recordings` = `视频\\屏幕录制`), is a label. Inline code is compared as a set per block, a UI label through the glossary; a block whose language and lines both differ is one finding.",
        examples = {"hans `pip install alpha` where hant and en have `pip install beta`"})
public final class CodeMismatchRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        Set<String> labels = localisedLabels(post);
        for (Row row : post.rows()) {
            if (row.size() < 2) continue;
            if (allCodeBlocks(row)) {
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
            localisedEachWay(post, row, out);
        }
        return out;
    }

    /**
     * UI labels and placeholders that each Chinese variant localises in its own words (`Sign in` →
     * `登录` / `登入`, `<your-token>` → `<你的令牌>` / `<你的權杖>`, a macOS menu path in Apple's two
     * localisations): in a row where English has as many label-like spans that no Chinese variant
     * has as each Chinese variant has Han spans that English lacks, all of them are labels. A command
     * (`git push`, `~/.m2`) is no label, so a translated command stays reported.
     */
    private static void localisedEachWay(PostContext post, Row row, Set<String> out) {
        Map<Lang, List<String>> odd = new EnumMap<>(Lang.class);
        Set<String> enKeys = new HashSet<>();
        for (InlineCode c : row.blocks().get(Lang.EN).codes()) enKeys.add(c.text().strip());
        Set<String> zhKeys = new HashSet<>();
        for (Lang l : List.of(Lang.HANS, Lang.HANT)) {
            for (InlineCode c : row.blocks().get(l).codes()) {
                zhKeys.add(labelKey(post, l, c.text()));
                zhKeys.add(chord(c.text().strip())); // `⌘'` beside the label: the same shortcut as `Cmd+'`
            }
        }
        List<String> en = new ArrayList<>();
        for (InlineCode c : row.blocks().get(Lang.EN).codes()) {
            String k = c.text().strip();
            if (zhKeys.contains(k) || zhKeys.contains(chord(k)) || en.contains(k)) continue;
            if (!LABEL.matcher(k).matches()) return;
            en.add(k);
        }
        if (en.isEmpty()) return;
        for (Lang l : List.of(Lang.HANS, Lang.HANT)) {
            List<String> han = new ArrayList<>();
            for (InlineCode c : row.blocks().get(l).codes()) {
                String k = labelKey(post, l, c.text());
                if (ScriptChars.hasHan(k) && !enKeys.contains(k) && !han.contains(k)) han.add(k);
            }
            if (han.size() != en.size()) return;
            odd.put(l, han);
        }
        out.addAll(en);
        odd.values().forEach(out::addAll);
    }

    /**
     * A UI label or a placeholder, not a command: `Sign in`, `Backup and Sync Settings...`,
     * `System Settings > Privacy & Security`, `<your-token>`. It starts with a capital or is a
     * placeholder in angle brackets, and holds none of the characters of paths, options and code,
     * but for a folder whose every name is capitalised as a file manager shows it.
     */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "<[\\p{L}\\p{N} _-]+>|\\p{Lu}[^/\\\\=$(){}\\[\\];_`~|\"']*"
            // a folder as the system shows it, each name capitalised (Videos\\Screen Recordings)
            + "|\\p{Lu}[\\p{L}\\p{N} ]*(?:[\\\\/]\\p{Lu}[\\p{L}\\p{N} ]*)+");

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

    /** Keys joined by +, as a keyboard shortcut is written: Ctrl+Shift+P, F5, Cmd+, or Windows 键+V. */
    private static final java.util.regex.Pattern CHORD = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)?(?: *\\+ *(?:[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)?|[^\\s+\\p{L}\\p{N}]))+");

    /**
     * A keyboard shortcut is the same keys however the + is spaced (`Ctrl+C`, `Ctrl + C`: Chinese
     * typesetting often spaces it); any other code keeps its spaces.
     */
    static String chord(String code) {
        String single = code.length() > 1 ? KEY_NAMES.get(code.strip().toLowerCase(java.util.Locale.ROOT)) : null;
        if (single != null) return single; // `Enter` = `回车`: one key, named in either language
        String c = code;
        // Command-Shift-K, Control-C: Apple's documentation joins the keys with hyphens
        if (APPLE_CHORD.matcher(c).matches()) c = c.replace('-', '+');
        java.util.regex.Matcher symbols = MODIFIER_SYMBOLS.matcher(c);
        if (symbols.lookingAt() && symbols.end() < c.length()) {
            // ⌃⌘Space: Apple's symbols for the modifiers are their names
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < symbols.end(); k++) b.append(KEY_NAMES.get(String.valueOf(c.charAt(k)))).append('+');
            c = b.append(c.substring(symbols.end()).strip()).toString();
        }
        if (c.indexOf('+') < 0 || !CHORD.matcher(c).matches()) return code;
        String[] keys = c.split(" *\\+ *");
        for (int k = 0; k < keys.length; k++) keys[k] = KEY_NAMES.getOrDefault(keys[k].toLowerCase(java.util.Locale.ROOT), keys[k]);
        // the modifiers in one order (⌘⇧. = Shift+Cmd+.), the key last
        java.util.Arrays.sort(keys, 0, keys.length - 1, java.util.Comparator.comparingInt(CodeMismatchRule::modifierRank));
        return String.join("+", keys);
    }

    private static final java.util.regex.Pattern APPLE_CHORD = java.util.regex.Pattern.compile(
            "(?i)(?:command|cmd|shift|control|ctrl|option|opt|alt|fn)(?:-(?:command|cmd|shift|control|ctrl|option|opt|alt|fn))*-(?:[\\p{L}\\p{N}]+|\\p{Punct})");

    /** A placeholder in angle brackets, in words or in Han: <your-token>, <你的令牌>, ‹主机›. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "[<‹](?:[^<>‹›\\s]*\\p{IsHan}[^<>‹›]*|[a-z]+(?:[-_ ][a-z]+)+)[>›]");

    /**
     * The code with each placeholder as one mark: `export API_TOKEN=<your-token>` is
     * `…=<你的令牌>` and `…=<你的權杖>`, the placeholder worded in each variant's language. A tag
     * (`<div>`) is no placeholder.
     */
    private static boolean hanPlaceholder(Block b) {
        if (b == null) return false;
        for (InlineCode c : b.codes()) {
            java.util.regex.Matcher m = PLACEHOLDER.matcher(c.text());
            while (m.find()) if (ScriptChars.hasHan(m.group())) return true;
        }
        return false;
    }

    static String placeholdersAlike(String code) {
        if (code.indexOf('<') < 0 && code.indexOf('‹') < 0) return code;
        return PLACEHOLDER.matcher(code).replaceAll("<…>");
    }

    private static final java.util.regex.Pattern MODIFIER_SYMBOLS = java.util.regex.Pattern.compile("[⌘⌃⌥⇧]+");

    /**
     * A key's names and symbols as one (Down = ↓, Space = 空格 = 空白鍵, ⌘ = Cmd = Command): a
     * translation draws the arrow or writes the key's name in its language. Hant code is read in
     * hans script, so the names are in it.
     */
    private static final Map<String, String> KEY_NAMES = Map.ofEntries(
            Map.entry("⌘", "Cmd"), Map.entry("cmd", "Cmd"), Map.entry("command", "Cmd"),
            Map.entry("⌃", "Ctrl"), Map.entry("ctrl", "Ctrl"), Map.entry("control", "Ctrl"),
            Map.entry("⌥", "Alt"), Map.entry("alt", "Alt"), Map.entry("option", "Alt"), Map.entry("opt", "Alt"),
            Map.entry("⇧", "Shift"), Map.entry("shift", "Shift"),
            Map.entry("↑", "Up"), Map.entry("up", "Up"), Map.entry("↓", "Down"), Map.entry("down", "Down"),
            Map.entry("←", "Left"), Map.entry("left", "Left"), Map.entry("→", "Right"), Map.entry("right", "Right"),
            Map.entry("space", "Space"), Map.entry("spacebar", "Space"), Map.entry("空格", "Space"), Map.entry("空格键", "Space"),
            Map.entry("空白键", "Space"), Map.entry("enter", "Enter"), Map.entry("return", "Enter"), Map.entry("↩", "Enter"),
            Map.entry("回车", "Enter"), Map.entry("回车键", "Enter"), Map.entry("esc", "Esc"), Map.entry("escape", "Esc"),
            Map.entry("del", "Delete"), Map.entry("delete", "Delete"));

    private static int modifierRank(String key) {
        return switch (key) {
            case "Ctrl" -> 0;
            case "Alt" -> 1;
            case "Shift" -> 2;
            case "Cmd" -> 3;
            default -> 4;
        };
    }

    private void compareInline(PostContext post, Row row, List<Finding> out, Set<String> labels) {
        // hant code is compared in simplified script, so `Windows 鍵 + V` (hant) and `Windows 键 + V`
        // (hans) are one item: both Chinese variants agree on it.
        Map<Lang, List<Keyed>> items = new EnumMap<>(Lang.class);
        // Chinese punctuation that slipped inside the span (`0x1：`) belongs to the sentence, not the code.
        // Each distinct span counts once: a translation that repeats `Android.mk` where the source says
        // "it" (or the reverse) has not added or dropped code.
        // a placeholder each Chinese variant words in its own language (`<你的令牌>`, `<你的權杖>`) is
        // the same placeholder; one that only one variant translates is still reported
        boolean placeholdersLocalised = hanPlaceholder(row.blocks().get(Lang.HANS)) && hanPlaceholder(row.blocks().get(Lang.HANT));
        row.blocks().forEach((l, b) -> {
            Map<String, Keyed> distinct = new java.util.LinkedHashMap<>();
            for (InlineCode c : b.codes()) {
                String key = chord(TRAILING_CJK_PUNCTUATION.matcher(l.isChinese() && ScriptChars.hasHan(c.text())
                        ? labelKey(post, l, c.text()) : c.text().strip()).replaceFirst(""));
                if (placeholdersLocalised) key = placeholdersAlike(key);
                distinct.putIfAbsent(key, new Keyed(c, key));
            }
            items.put(l, List.copyOf(distinct.values()));
        });
        Consensus.of(items, Keyed::key).forEach((lang, keyed) -> {
            List<Keyed> missing = keyed.missing(), extra = keyed.extra();
            int[] pairOf = Consensus.pairAlike(Consensus.keys(missing, Keyed::key), Consensus.keys(extra, Keyed::key));
            boolean[] extraPaired = new boolean[extra.size()];
            Block block = row.blocks().get(lang);
            for (int i = 0; i < missing.size(); i++) {
                InlineCode want = missing.get(i).code();
                InlineCode at = pairOf[i] >= 0 ? extra.get(pairOf[i]).code() : null;
                if (at != null) extraPaired[pairOf[i]] = true;
                if (at != null && ScriptChars.hasHan(at.text()) && ScriptChars.hasHan(want.text())) continue; // a translated string on both sides
                // Both Chinese variants localise a label the same way (real post: `Windows key + V` vs
                // `Windows 鍵 + V` / `Windows 键 + V`): a UI label, not a command. A Han rendering that only
                // one Chinese variant has (`-p ‹主机端口>:3000`) is never in consensus, so still reported.
                if (!lang.isChinese() && row.size() == 3 && ScriptChars.hasHan(want.text())) continue;
                if (!labels.isEmpty() && (labels.contains(labelKey(post, keyed.missingFrom().get(i), want.text()))
                        || at != null && labels.contains(labelKey(post, lang, at.text())))) continue;
                if (at == null && writtenPlain(post, lang, block, want.text())) continue;
                if (at == null && inMerged(post, lang, keyed.missingFrom().get(i), row.blocks().get(keyed.missingFrom().get(i)), want.text())) continue;
                if (at == null && inNeighbour(post, lang, block, want.text())) continue;
                if (at != null && sameThroughGlossary(post, lang, at.text(), keyed.missingFrom().get(i), want.text())) continue;
                int s = at != null ? at.span().start() : block.span().start();
                int e = at != null ? at.span().end() : block.span().start();
                String who = holders(items, lang, missing.get(i).key());
                out.add(post.at(this, lang, s, e)
                        .message(at != null ? "inline code `" + at.text() + "` differs from `" + want.text() + "` in " + who
                                : "inline code `" + want.text() + "` that " + who + (who.contains(" and ") ? " have" : " has") + " is missing here")
                        .expected(want.text()).found(at != null ? at.text() : null)
                        .related(post.location(keyed.missingFrom().get(i), want.span().start()))
                        .build());
            }
            if (row.size() < 3) return;
            for (int i = 0; i < extra.size(); i++) {
                if (extraPaired[i]) continue;
                InlineCode at = extra.get(i).code();
                if (labels.contains(labelKey(post, lang, at.text()))) continue;
                boolean plainElsewhere = true;
                for (var o : row.blocks().entrySet()) {
                    if (o.getKey() != lang && !writtenPlain(post, o.getKey(), o.getValue(), at.text())) plainElsewhere = false;
                }
                if (plainElsewhere) continue;
                boolean merged = false; // the others have it in a block they kept apart and this one merged
                for (Lang o : row.blocks().keySet()) if (o != lang && inMerged(post, o, lang, block, at.text())) merged = true;
                if (merged) continue;
                boolean moved = true; // the others have it one block over: list items merged or split
                for (var o : row.blocks().entrySet()) if (o.getKey() != lang && !inNeighbour(post, o.getKey(), o.getValue(), at.text())) moved = false;
                if (moved) continue;
                out.add(post.at(this, lang, at.span().start(), at.span().end())
                        .message("inline code `" + at.text() + "` is not in the other variants").found(at.text()).build());
            }
        });
    }

    /**
     * The variant has the span in a block of its own that the holder's block merges with its pair
     * (paragraphs joined in translation): compared as a set over the merged blocks, it is not missing.
     */
    private static boolean inMerged(PostContext post, Lang lang, Lang hostLang, Block host, String text) {
        for (Block b : post.mergedInto(lang, hostLang, host)) {
            for (InlineCode c : b.codes()) if (c.text().strip().equals(text.strip())) return true;
        }
        return false;
    }

    /**
     * The variant has the span in the block just before or after this one in its own document: list
     * items or paragraphs merged or split differently move a span across a block boundary.
     */
    private static boolean inNeighbour(PostContext post, Lang lang, Block b, String text) {
        if (b == null) return false;
        for (Block n : post.neighbours(lang, b)) {
            for (InlineCode c : n.codes()) if (c.text().strip().equals(text.strip())) return true;
        }
        return false;
    }

    /** The first of {@code lines} with this text (the vote's holder has one). Loops, not streams: see Consensus.keys. */
    private static CodeLine lineWith(List<CodeLine> lines, String text) {
        for (CodeLine c : lines) if (c.text().equals(text)) return c;
        throw new IllegalStateException("no code line `" + text + "`");
    }

    private static boolean anyComparable(List<CodeLine> lines) {
        for (CodeLine c : lines) if (c.comparable()) return true;
        return false;
    }

    /** The variants other than v whose spans include the key: "hant", "hant and en". */
    private static String holders(Map<Lang, List<Keyed>> items, Lang v, String key) {
        List<String> who = new ArrayList<>();
        items.forEach((l, list) -> {
            if (l == v) return;
            for (Keyed k : list) {
                if (k.key().equals(key)) {
                    who.add(l.key());
                    return;
                }
            }
        });
        return String.join(" and ", who);
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
     * Line by line, as sequences: the lines of each pair of variants are matched by their longest
     * common subsequence (blank lines and indentation aside), so a translated line that was wrapped
     * in two, or an output that is longer in one variant, does not shift the comparison. A line with
     * Han characters is a translation (a comment, a localised message) and may differ; a line of
     * Latin text that sits where another variant has a Han line is its original. What is left:
     * a line that no other variant has where they have another line (a changed line, reported
     * with the line the others have), and lines the others share that a variant lacks (reported
     * once per gap, with how many).
     */
    private void compareBlocks(PostContext post, Row row, List<Finding> found) {
        List<Finding> languages = new ArrayList<>(), out = new ArrayList<>();
        compareLanguages(post, row, languages);
        compareLines(post, row, out);
        found.addAll(oneFindingPerBlock(languages, out));
    }

    /**
     * A variant whose block has another fence language and other lines is one defect (another block
     * pasted in, as in a real post whose hans carries another log without its `bash`), so its
     * language finding is folded into its first line finding, which keeps its place on the line it
     * quotes: "code block has no language, while hant and en have 'bash', and lacks 45 of the 48
     * lines…". A block that differs by its language alone keeps the language finding.
     */
    private static List<Finding> oneFindingPerBlock(List<Finding> languages, List<Finding> lines) {
        List<Finding> out = new ArrayList<>(lines);
        for (Finding language : languages) {
            int first = -1;
            for (int i = 0; i < out.size() && first < 0; i++) if (out.get(i).variant() == language.variant()) first = i;
            if (first < 0) {
                out.add(0, language);
                continue;
            }
            Finding line = out.get(first);
            String message = line.message().startsWith("code block ")
                    ? language.message() + ", and " + line.message().substring("code block ".length())
                    : language.message() + "; " + line.message();
            List<Finding.Location> related = new ArrayList<>(line.related());
            for (Finding.Location l : language.related()) if (!related.contains(l)) related.add(l);
            out.set(first, new Finding(line.rule(), line.severity(), line.file(), line.line(), line.column(), line.endLine(),
                    line.endColumn(), line.variant(), line.post(), line.term(), line.found(), line.expected(), message,
                    List.copyOf(related), line.fix()));
        }
        return out;
    }

    private void compareLines(PostContext post, Row row, List<Finding> out) {
        List<Lang> langs = new ArrayList<>(row.blocks().keySet());
        Map<Lang, List<CodeLine>> lines = new EnumMap<>(Lang.class);
        row.blocks().forEach((l, b) -> lines.put(l, CodeLine.of(b, post.variant(l).doc().text())));
        Map<Lang, Map<Lang, int[]>> match = new EnumMap<>(Lang.class);
        for (Lang a : langs) match.put(a, new EnumMap<>(Lang.class));
        for (int i = 0; i < langs.size(); i++) {
            for (int j = i + 1; j < langs.size(); j++) {
                Lang a = langs.get(i), b = langs.get(j);
                int[][] m = lcs(lines.get(a), lines.get(b));
                match.get(a).put(b, m[0]);
                match.get(b).put(a, m[1]);
            }
        }
        for (Lang v : langs) {
            List<CodeLine> mine = lines.get(v);
            for (int i = 0; i < mine.size(); i++) {
                CodeLine line = mine.get(i);
                if (!line.comparable()) continue;
                boolean matched = false, translated = false;
                Map<Lang, String> counterpart = new EnumMap<>(Lang.class);
                for (Lang o : langs) {
                    if (o == v) continue;
                    int[] m = match.get(v).get(o);
                    if (m[i] >= 0) { matched = true; break; }
                    List<CodeLine> gap = gap(m, i, lines.get(o));
                    List<CodeLine> run = runOf(m, i, mine);
                    int pos = dev.concord.model.Identity.indexOf(run, line);
                    if (gap.size() == run.size() && pos >= 0) {
                        // as many lines on both sides: the line in the same place is this one's counterpart
                        CodeLine g = gap.get(pos);
                        if (g.han()) translated = true;
                        else counterpart.put(o, g.text());
                    } else {
                        // a translated line, wrapped differently: o has Han lines that v's own Han lines here do not account for
                        if (hanLines(gap) > hanLines(run)) translated = true;
                        for (CodeLine g : gap) {
                            if (g.comparable()) { counterpart.put(o, g.text()); break; }
                        }
                    }
                }
                if (matched || translated) continue;
                // With two variants a changed line is reported once, on the second (hant, then hans, is the reference).
                if (langs.size() == 2 && v == langs.get(0) && !counterpart.isEmpty()) continue;
                var f = post.at(this, v, line.offset(), line.offset() + line.raw().length()).found(line.raw());
                Vote<String> vote = Vote.of(counterpart);
                if (vote != null) {
                    List<String> who = new ArrayList<>();
                    counterpart.forEach((o, t) -> { if (t.equals(vote.value())) who.add(o.key()); });
                    f.expected(vote.value()).message("code line `" + line.text() + "` differs from `" + vote.value() + "` in "
                            + String.join(" and ", who));
                    f.related(post.location(vote.holder(), lineWith(lines.get(vote.holder()), vote.value()).offset()));
                } else {
                    f.message("code line `" + line.text() + "` is not in the code block of " + others(v, langs));
                    for (Lang o : langs) if (o != v) f.related(post.location(o, row.blocks().get(o).span().start()));
                }
                out.add(f.build());
            }
            if (langs.size() >= 3) reportLacks(post, row, v, langs, lines, match, out);
        }
    }

    /**
     * Lines that every other variant has (matched with one another) and v lacks, where v has
     * nothing in their place: one finding per block, at the first gap, with how many.
     */
    private void reportLacks(PostContext post, Row row, Lang v, List<Lang> langs, Map<Lang, List<CodeLine>> lines,
                             Map<Lang, Map<Lang, int[]>> match, List<Finding> out) {
        Lang o = null;
        for (Lang l : langs) if (l != v) { o = l; break; }
        List<CodeLine> theirs = lines.get(o);
        int[] toV = match.get(o).get(v);
        int count = 0, shared = 0;
        CodeLine first = null;
        for (CodeLine x : theirs) {
            if (!x.comparable() || !sharedByOthers(o, v, x.index(), langs, match)) continue;
            shared++;
            if (toV[x.index()] >= 0) continue;
            // v has something in its place: a changed line (reported as such) or its translation
            List<CodeLine> there = gap(toV, x.index(), lines.get(v)), run = runOf(toV, x.index(), theirs);
            if (there.size() == run.size() && !there.isEmpty()) continue;
            if (hanLines(there) > hanLines(run) || anyComparable(there)) continue;
            if (first == null) first = x;
            count++;
        }
        if (count == 0) return;
        List<String> who = new ArrayList<>();
        for (Lang l : langs) if (l != v) who.add(l.key());
        int at = insertionOffset(toV, first.index(), lines.get(v), row.blocks().get(v));
        out.add(post.at(this, v, at, at).expected(first.text())
                .message(count == 1 ? "code block lacks the line `" + first.text() + "` that " + String.join(" and ", who) + " have"
                        : "code block lacks " + count + " of the " + shared + " lines that " + String.join(" and ", who)
                        + " share, from `" + first.text() + "`")
                .related(post.location(o, first.offset())).build());
    }

    /** Line x of o is matched in every variant other than v and o. */
    private static boolean sharedByOthers(Lang o, Lang v, int x, List<Lang> langs, Map<Lang, Map<Lang, int[]>> match) {
        for (Lang u : langs) if (u != v && u != o && match.get(o).get(u)[x] < 0) return false;
        return true;
    }

    /** Where in v a line of o at index j would go: the start of v's next matched line, or the end of the code. */
    private static int insertionOffset(int[] toV, int j, List<CodeLine> vLines, Block b) {
        for (int k = j; k < toV.length; k++) if (toV[k] >= 0) return vLines.get(toV[k]).offset();
        return b.codeSpan() == null ? b.span().start() : b.codeSpan().end(); // after the last line: the closing fence
    }

    private static long hanLines(List<CodeLine> lines) {
        long n = 0;
        for (CodeLine l : lines) if (l.han()) n++;
        return n;
    }

    // Loops rather than streams on the path every row takes: a stream's terminal operations are
    // lambdas inside the JDK, linked at run time in every process (docs/performance.md).
    private static boolean allCodeBlocks(Row row) {
        for (Block b : row.blocks().values()) if (b.kind() != BlockKind.CODE_BLOCK) return false;
        return true;
    }

    /** The non-blank lines of v between the matched neighbours of its line i (i among them). */
    private static List<CodeLine> runOf(int[] m, int i, List<CodeLine> mine) {
        int lo = 0, hi = mine.size();
        for (int p = i - 1; p >= 0; p--) if (m[p] >= 0) { lo = p + 1; break; }
        for (int q = i + 1; q < m.length; q++) if (m[q] >= 0) { hi = q; break; }
        List<CodeLine> out = new ArrayList<>();
        for (int k = lo; k < hi; k++) if (!mine.get(k).text().isEmpty()) out.add(mine.get(k));
        return out;
    }

    /** The other side's lines between the matched neighbours of line i (m: i's side → other's index or −1). */
    private static List<CodeLine> gap(int[] m, int i, List<CodeLine> other) {
        int lo = 0, hi = other.size();
        for (int p = i - 1; p >= 0; p--) if (m[p] >= 0) { lo = m[p] + 1; break; }
        for (int q = i + 1; q < m.length; q++) if (m[q] >= 0) { hi = m[q]; break; }
        List<CodeLine> out = new ArrayList<>();
        for (int k = lo; k < hi; k++) if (!other.get(k).text().isEmpty()) out.add(other.get(k));
        return out;
    }

    /** Longest common subsequence of equal comparable lines: for each side, the index matched on the other or −1. */
    private static int[][] lcs(List<CodeLine> a, List<CodeLine> b) {
        int n = a.size(), m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = same(a.get(i), b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int[] ma = new int[n], mb = new int[m];
        java.util.Arrays.fill(ma, -1);
        java.util.Arrays.fill(mb, -1);
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j)) && len[i][j] == len[i + 1][j + 1] + 1) {
                ma[i] = j;
                mb[j] = i;
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new int[][] {ma, mb};
    }

    private static boolean same(CodeLine a, CodeLine b) {
        return a.comparable() && b.comparable() && a.text().equals(b.text());
    }

    /** "hant has", "hant and en have": the variants whose ballot is {@code value}. */
    private static String holders(Map<Lang, String> ballots, String value) {
        List<String> who = new ArrayList<>();
        ballots.forEach((l, b) -> { if (b.equals(value)) who.add(l.key()); });
        return String.join(" and ", who) + (who.size() == 1 ? " has" : " have");
    }

    private static String others(Lang v, List<Lang> langs) {
        List<String> names = new ArrayList<>();
        for (Lang l : langs) if (l != v) names.add(l.key());
        return String.join(" and ", names);
    }

    /**
     * One line of a code block: its text without indentation or trailing space (what is compared),
     * as written, its offset in the document, and whether it has Han characters.
     */
    private record CodeLine(int index, String text, String raw, int offset, boolean han) {
        boolean comparable() {
            return !han && !text.isEmpty();
        }

        /**
         * The block's lines with their offsets in {@code text}, the document. Offsets are found in
         * the document's own lines: an indented block, or a fence inside a list item, has content
         * lines shorter than the source lines that hold them.
         */
        static List<CodeLine> of(Block b, String text) {
            List<CodeLine> out = new ArrayList<>();
            int lineStart = b.codeSpan() == null ? b.span().start() : b.codeSpan().start();
            lineStart = text.lastIndexOf('\n', lineStart - 1) + 1;
            String[] raw = b.code().split("\n", -1);
            for (int k = 0; k < raw.length; k++) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.length();
                String content = raw[k].stripTrailing();
                int at = content.isEmpty() ? -1 : text.substring(lineStart, lineEnd).indexOf(content);
                int offset = at >= 0 ? lineStart + at : Math.min(lineStart, text.length());
                String code = withoutTrailingComment(raw[k]).strip();
                out.add(new CodeLine(k, code, content, offset, ScriptChars.hasHan(code)));
                lineStart = Math.min(lineEnd + 1, text.length());
            }
            return out;
        }
    }

    /**
     * The line without a comment after its code (`nn.Dropout(p=0.1),  # 將 10% 歸零`): translations
     * translate the comment and keep the code, which is what is compared. A comment starts at
     * {@code #} or {@code //} after a space and before one, outside quotes; a line that is all
     * comment stays as it is.
     */
    static String withoutTrailingComment(String line) {
        boolean inDouble = false, inSingle = false;
        for (int k = 1; k < line.length(); k++) {
            char prev = line.charAt(k - 1);
            if (prev == '"' && !inSingle) inDouble = !inDouble;
            else if (prev == '\'' && !inDouble) inSingle = !inSingle;
            if (inDouble || inSingle || !Character.isWhitespace(prev)) continue;
            boolean hash = line.charAt(k) == '#' && k + 1 < line.length() && line.charAt(k + 1) == ' ';
            if ((hash || line.startsWith("// ", k)) && !line.substring(0, k).isBlank()) return line.substring(0, k).stripTrailing();
        }
        return line;
    }

    /** Names of one highlighting language (linguist's aliases): ```sh and ```bash are one language. */
    private static final Map<String, String> LANGUAGE_ALIASES = Map.ofEntries(
            Map.entry("bash", "sh"), Map.entry("shell", "sh"), Map.entry("zsh", "sh"),
            Map.entry("javascript", "js"), Map.entry("typescript", "ts"), Map.entry("python", "py"),
            Map.entry("python3", "py"), Map.entry("yml", "yaml"), Map.entry("markdown", "md"),
            Map.entry("txt", "text"), Map.entry("plaintext", "text"), Map.entry("plain", "text"),
            Map.entry("c++", "cpp"), Map.entry("ruby", "rb"), Map.entry("kotlin", "kt"), Map.entry("rust", "rs"),
            Map.entry("golang", "go"), Map.entry("powershell", "ps1"), Map.entry("pwsh", "ps1"),
            Map.entry("docker", "dockerfile"), Map.entry("csharp", "cs"), Map.entry("c#", "cs"),
            Map.entry("objective-c", "objc"), Map.entry("objectivec", "objc"));

    /** The language a fence's info string names, by its first word, in lower case and without aliases. */
    static String language(String info) {
        // a fence without a language shows its lines as plain text, as ```text does
        if (info == null || info.isBlank()) return "text";
        String s = info.strip();
        int sp = 0;
        while (sp < s.length() && !Character.isWhitespace(s.charAt(sp)) && s.charAt(sp) != '{') sp++;
        String word = s.substring(0, sp).toLowerCase(java.util.Locale.ROOT);
        return LANGUAGE_ALIASES.getOrDefault(word, word) + s.substring(sp).strip().replaceAll("\\s+", " ").transform(rest -> rest.isEmpty() ? "" : " " + rest);
    }

    /** The fence's language (```python vs ```bash) is code too; the most common one is expected. */
    private void compareLanguages(PostContext post, Row row, List<Finding> out) {
        Map<Lang, String> ballots = new EnumMap<>(Lang.class);
        row.blocks().forEach((l, b) -> ballots.put(l, language(b.info())));
        Vote<String> vote = Vote.of(ballots);
        if (vote.unanimous()) return;
        Lang reference = vote.holder();
        String best = row.blocks().get(reference).info() == null ? "" : row.blocks().get(reference).info().strip();
        for (var e : row.blocks().entrySet()) {
            String info = e.getValue().info() == null ? "" : e.getValue().info().strip();
            if (language(info).equals(vote.value())) continue;
            Block b = e.getValue();
            out.add(post.at(this, e.getKey(), b.span().start(), b.span().start())
                    .found(info.isEmpty() ? null : info).expected(best.isEmpty() ? null : best)
                    .message((info.isEmpty() ? "code block has no language" : "code block language '" + info + "'")
                            + ", while " + holders(ballots, vote.value()) + (best.isEmpty() ? " none" : " '" + best + "'"))
                    .related(post.location(reference, row.blocks().get(reference).span().start())).build());
        }
    }


    /** Inline code with the key it is compared by. */
    private record Keyed(InlineCode code, String key) {}
}
