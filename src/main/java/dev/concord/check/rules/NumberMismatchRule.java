package dev.concord.check.rules;

import dev.concord.align.Row;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.numbers.NumberComparison;
import dev.concord.check.numbers.Quantity;
import dev.concord.script.ChineseWords;
import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of aligned blocks disagree, after normalising Chinese and English numbers to values
 * (1380 萬美元 = $13.8 million, 2023 年 11 月 = November 2023, 五個月 = five months). Only prose
 * counts, with glossary terms blanked first (零一萬物 is not 10,000; 01.AI is not 1). Weak
 * quantities (small numbers in words: 一 for "a") never count.
 *
 * <p>With three variants, a number that two agree on and the third lacks is reported on the third
 * ("lacks"), and a number only one variant has is reported there ("not in the others"); when a
 * variant has both, they are one finding: a changed number. With two variants a number one side
 * lacks is reported where it stands.
 */
@RuleInfo(id = "number-mismatch", severity = Severity.ERROR,
        summary = "The numbers of aligned blocks disagree (Chinese numbers normalised: 萬/億, ranges, dates, durations, full-width digits).",
        details = "The numbers of aligned blocks disagree after normalisation: 萬/億 scales, 1380 萬美元 = $13.8 million, 8000 萬至 1 億美元 = $80–100 million, 2023 年 11 月 = November 2023, 五個月 = five months, two decades = 二十年, 20 世紀 90 年代 = the 1990s, full-width digits. A magnitude letter after a number standing alone is its scale, on either side (70B = 700 億, 10K = 1 萬), as weak evidence: a model's size is often kept as written. Digits in names (Yi-34B, GPT-4, H800), list markers, versions, glossary terms (零一萬物, 01.AI) and small numbers in words (一 for \"a\") are not numbers, and a number in Latin text the other language's block quotes as written (“March 4, 2025”, “fifteen” in a Chinese sentence) is there. A figure changed inside a name (H800 for H100, a 3B model for 30B, P7 for P8, v1.0.58 for v1.0.85) is reported where the two other variants write, in its place, a name of the same shape that it lacks. The front matter's titles are compared where two titles agree on a figure the third writes differently (\"Three Weeks …\" / 三个星期 / 三個月); a figure in one title only is free translation.",
        examples = {"hans 1380 万美元 beside en \"$13.9 million\""})
public final class NumberMismatchRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        List<Row> rows = post.rows();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            if (row.size() < 2) continue;
            Map<Lang, List<Quantity>> q = new EnumMap<>(Lang.class);
            row.blocks().forEach((lang, b) -> q.put(lang, post.quantities(lang, b)));
            boolean none = true;
            for (List<Quantity> l : q.values()) none &= l.isEmpty();
            if (none) continue;
            List<Lang> langs = new ArrayList<>(q.keySet());
            // unmatched.get(A).get(B): quantities of A with no counterpart in B
            Map<Lang, Map<Lang, Set<Quantity>>> unmatched = compare(q, langs);
            if (weakenSetPhrases(post, row, q, langs, unmatched)) unmatched = compare(q, langs);
            if (weakenCopiedLatin(post, row, q, langs, unmatched)) unmatched = compare(q, langs);
            Map<Lang, List<Quantity>> near = neighbours(post, row);
            for (Lang v : langs) report(post, row, v, langs, q, near, unmatched, out);
        }
        for (Row row : rows) if (row.size() == 3) checkNamedFigures(post, row, out);
        checkTitles(post, out);
    }

    /**
     * The front matter's titles are compared too, where titles are translated freely (a year or a
     * price in one title only is no finding): a figure of one title is reported where the two other
     * titles agree on a figure of the same kind that this one lacks ("Three Weeks with Claude Code",
     * 用了三个星期 … against 用了三個月 …).
     */
    private void checkTitles(PostContext post, List<Finding> out) {
        Map<Lang, Map.Entry<Integer, List<Quantity>>> titles = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            var t = post.variant(l) == null ? null : post.titleQuantities(l);
            if (t != null) titles.put(l, t);
        }
        if (titles.size() < 3) return;
        for (Lang v : titles.keySet()) {
            List<Lang> others = new ArrayList<>(titles.keySet());
            others.remove(v);
            List<Quantity> mine = titles.get(v).getValue(), a = titles.get(others.get(0)).getValue(), b = titles.get(others.get(1)).getValue();
            // what the two others agree on and this title lacks
            List<Quantity> agreed = new ArrayList<>(a);
            agreed.removeAll(NumberComparison.compare(a, b).onlyInFirst());
            List<Quantity> lacked = NumberComparison.compare(agreed, mine).strong().onlyInFirst();
            for (Quantity x : NumberComparison.compare(mine, a).strong().onlyInFirst()) {
                if (!NumberComparison.compare(List.of(x), b).strong().onlyInFirst().contains(x)) continue;
                Quantity want = null;
                for (Quantity y : lacked) if (sameKind(x, y)) want = y;
                if (want == null) continue;
                int base = titles.get(v).getKey();
                out.add(post.at(this, v, base + x.start(), base + x.end()).found(x.text()).expected(want.text())
                        .message("number '" + x.text() + "' of the title differs from '" + want.text() + "' in the titles of "
                                + others.get(0).key() + " and " + others.get(1).key()).build());
            }
        }
    }

    private static Map<Lang, Map<Lang, Set<Quantity>>> compare(Map<Lang, List<Quantity>> q, List<Lang> langs) {
        Map<Lang, Map<Lang, Set<Quantity>>> unmatched = new EnumMap<>(Lang.class);
        for (Lang a : langs) unmatched.put(a, new EnumMap<>(Lang.class));
        for (int i = 0; i < langs.size(); i++) {
            for (int j = i + 1; j < langs.size(); j++) {
                Lang a = langs.get(i), b = langs.get(j);
                // weak quantities stay in: they are never reported, but decide which variant reports a lack
                NumberComparison.Result r = NumberComparison.compare(q.get(a), q.get(b));
                unmatched.get(a).put(b, identitySet(r.onlyInFirst()));
                unmatched.get(b).put(a, identitySet(r.onlyInSecond()));
            }
        }
        return unmatched;
    }

    /**
     * Makes weak the numbers in Chinese numerals that the English lacks and that stand inside a
     * set phrase (三天打魚兩天曬網, 三十而立, 一石二鳥): an idiom's numbers are no figures a translation
     * keeps. Asked only of such numbers, so the word segmenter loads only when one is left over.
     * Returns whether any was weakened.
     */
    private static boolean weakenSetPhrases(PostContext post, Row row, Map<Lang, List<Quantity>> q, List<Lang> langs,
                                            Map<Lang, Map<Lang, Set<Quantity>>> unmatched) {
        if (!langs.contains(Lang.EN)) return false;
        return weaken(q, langs, (a, x) -> {
            if (a == Lang.EN || !x.words() || !unmatched.get(a).get(Lang.EN).contains(x)) return false;
            int base = row.blocks().get(a).span().start();
            String text = post.variant(a).doc().text();
            // the phrase around the number: an idiom is short
            int from = Math.max(0, base + x.start() - 8), to = Math.min(text.length(), base + x.end() + 8);
            String around = text.substring(from, to);
            if (a == Lang.HANT) {
                // the segmenter's dictionary knows idioms better in simplified characters (兩天曬網)
                String hans = post.toHans(around);
                if (hans.length() == around.length()) around = hans;
            }
            return ChineseWords.insideSetPhrase(around, base + x.start() - from, base + x.end() - from);
        });
    }

    /**
     * Makes weak, in each variant, the strong quantities the test picks; returns whether any was.
     * The lists are replaced, never changed in place: the context keeps the scanners' lists.
     */
    private static boolean weaken(Map<Lang, List<Quantity>> q, List<Lang> langs, java.util.function.BiPredicate<Lang, Quantity> weak) {
        boolean any = false;
        for (Lang a : langs) {
            List<Quantity> list = q.get(a);
            List<Quantity> changed = null;
            for (int k = 0; k < list.size(); k++) {
                Quantity x = list.get(k);
                if (x.weak() || !weak.test(a, x)) continue;
                if (changed == null) changed = new ArrayList<>(list);
                changed.set(k, x.weakened());
            }
            if (changed != null) {
                q.put(a, changed);
                any = true;
            }
        }
        return any;
    }

    /** A name with a figure in it, letters and digits written together: H800, 3B, P7, M3, Qwen2.5. */
    private static final java.util.regex.Pattern NAMED_FIGURE = java.util.regex.Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?");

    private static boolean asciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean tokenChar(char c) {
        return asciiAlnum(c) || c == '.' || c == '-';
    }

    /**
     * A figure changed inside a name (H800 for H100, a 3B model for 30B, P7 for P8), which the
     * number scanners leave to names: reported where one variant's name is in neither other, and
     * both others write, in its place, a name of the same shape (its digits aside) that it lacks.
     */
    private void checkNamedFigures(PostContext post, Row row, List<Finding> out) {
        Map<Lang, Map<String, Integer>> names = new EnumMap<>(Lang.class);
        row.blocks().forEach((l, b) -> {
            Map<String, Integer> found = new java.util.LinkedHashMap<>();
            String text = post.variant(l).doc().text();
            for (dev.concord.model.Span p : b.prose()) {
                // tokens of letters, digits, dots and hyphens, read by hand: a regular expression with
                // look-aheads at every word cost a tenth of a whole run
                int d = p.start();
                while (d < p.end()) {
                    // from each digit to the token around it: most words hold none
                    char at = text.charAt(d);
                    if (at < '0' || at > '9') {
                        d++;
                        continue;
                    }
                    int i = d;
                    while (i > p.start() && tokenChar(text.charAt(i - 1))) i--;
                    while (i < d && !asciiAlnum(text.charAt(i))) i++;
                    int j = i;
                    boolean letter = false, digit = false;
                    while (j < p.end() && tokenChar(text.charAt(j))) {
                        char c = text.charAt(j);
                        letter |= Character.isLetter(c);
                        digit |= Character.isDigit(c);
                        j++;
                    }
                    int end = j;
                    while (end > i && !asciiAlnum(text.charAt(end - 1))) end--;
                    if (letter && digit) {
                        String t = text.substring(i, end);
                        // 5ms, 40GB: a quantity the scanners read
                        if (!(Character.isDigit(t.charAt(0)) && unitSuffix(t))) found.putIfAbsent(sameName(t), i);
                    }
                    d = Math.max(j, d + 1);
                }
            }
            names.put(l, found);
        });
        for (Lang v : names.keySet()) {
            List<Lang> others = new ArrayList<>(names.keySet());
            others.remove(v);
            Map<String, Integer> a = names.get(others.get(0)), b = names.get(others.get(1));
            for (var e : names.get(v).entrySet()) {
                String t = e.getKey();
                if (a.containsKey(t) || b.containsKey(t)) continue;
                String written = post.variant(v).doc().text().substring(e.getValue());
                String want = null;
                for (String u : a.keySet()) {
                    if (b.containsKey(u) && !names.get(v).containsKey(u) && shape(u).equals(shape(t))) want = u;
                }
                if (want == null) continue;
                java.util.regex.Matcher at = NAMED_FIGURE.matcher(written);
                String shown = at.lookingAt() ? at.group() : t;
                out.add(post.at(this, v, e.getValue(), e.getValue() + shown.length()).found(shown).expected(want)
                        .message("number '" + t + "' differs from '" + want + "' in " + others.get(0).key() + " and " + others.get(1).key())
                        .related(post.location(others.get(0), a.get(want))).build());
            }
        }
    }

    /**
     * The name as compared: an English plural's s dropped (H20s are H20) and leading zeros of each
     * figure (0700.HK and 00700.HK are one ticker).
     */
    static String sameName(String t) {
        String n = t.length() > 2 && t.endsWith("s") && Character.isDigit(t.charAt(t.length() - 2)) ? t.substring(0, t.length() - 1) : t;
        return n.indexOf('0') < 0 ? n : LEADING_ZEROS.matcher(n).replaceAll("");
    }

    private static final java.util.regex.Pattern LEADING_ZEROS = java.util.regex.Pattern.compile("(?<![0-9.])0+(?=[0-9])");
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[0-9]+(?:\\.[0-9]+)*");

    /** A name with each run of digits (and the dots between them) as #: H800 and H100 are H#. */
    static String shape(String name) {
        return FIGURES.matcher(name).replaceAll("#");
    }

    private static boolean unitSuffix(String t) {
        int k = 0;
        while (k < t.length() && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.')) k++;
        return k < t.length() && dev.concord.check.numbers.EnglishNumbers.unitAt(t, k);
    }

    /**
     * Makes weak the numbers left over that stand in Latin text the aligned block of another
     * language has as written: an English word or date a Chinese block quotes (“fifteen”,
     * “March 4, 2025”, “1.4 billion” beside 14 亿), where the scanners read the quote their own way.
     * Returns whether any was weakened.
     */
    private static boolean weakenCopiedLatin(PostContext post, Row row, Map<Lang, List<Quantity>> q, List<Lang> langs,
                                             Map<Lang, Map<Lang, Set<Quantity>>> unmatched) {
        if (!langs.contains(Lang.EN)) return false;
        return weaken(q, langs, (a, x) -> {
            boolean left = false;
            for (Lang b : langs) if (b != a && (a == Lang.EN) != (b == Lang.EN) && unmatched.get(a).get(b).contains(x)) left = true;
            if (!left) return false;
            String run = latinRun(post.variant(a).doc().text(), row.blocks().get(a).span().start() + x.start(),
                    row.blocks().get(a).span().start() + x.end());
            if (run == null) return false;
            for (Lang b : langs) {
                if (b == a || (a == Lang.EN) == (b == Lang.EN)) continue;
                var blk = row.blocks().get(b);
                String other = post.variant(b).doc().text().substring(blk.span().start(), blk.span().end());
                if (other.toLowerCase(java.util.Locale.ROOT).contains(run.toLowerCase(java.util.Locale.ROOT))) return true;
            }
            return false;
        });
    }

    /**
     * The Latin text around [start, end): letters, digits, spaces and the punctuation of numbers and
     * dates, with a letter in it ("March 4, 2025", "fifteen"); null where there is none.
     */
    static String latinRun(String text, int start, int end) {
        int from = start, to = end;
        while (from > 0 && latinPart(text.charAt(from - 1))) from--;
        while (to < text.length() && latinPart(text.charAt(to))) to++;
        String run = text.substring(from, to).strip();
        while (!run.isEmpty() && ",.:-".indexOf(run.charAt(run.length() - 1)) >= 0) run = run.substring(0, run.length() - 1).strip();
        boolean letter = false;
        for (int i = 0; i < run.length(); i++) letter |= run.charAt(i) < 128 && Character.isLetter(run.charAt(i));
        return letter ? run : null;
    }

    private static boolean latinPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == ':' || c == '$' || c == '%');
    }

    /**
     * The quantities of the blocks just before and after each variant's block in its own document:
     * a paragraph one variant split or merged (a signature's date in its own HTML block) moves a
     * number across a block boundary without changing it.
     */
    private static Map<Lang, List<Quantity>> neighbours(PostContext post, Row row) {
        Map<Lang, List<Quantity>> near = new EnumMap<>(Lang.class);
        row.blocks().forEach((lang, b) -> {
            List<Quantity> qs = new ArrayList<>();
            for (dev.concord.markdown.Block n : post.neighbours(lang, b)) qs.addAll(post.quantities(lang, n));
            near.put(lang, qs);
        });
        return near;
    }

    private void report(PostContext post, Row row, Lang v, List<Lang> langs, Map<Lang, List<Quantity>> q,
                        Map<Lang, List<Quantity>> near, Map<Lang, Map<Lang, Set<Quantity>>> unmatched, List<Finding> out) {
        int base = row.blocks().get(v).span().start();
        List<Quantity> odd = new ArrayList<>();
        // An approximation no other variant meets (幾十 where the others say "many"), and a number v
        // says twice where the others say it once, are reported only when they take the place of
        // another number: 十幾年 where the others have "ten years".
        List<Quantity> vagueOdd = new ArrayList<>();
        for (Quantity x : q.get(v)) {
            boolean everywhere = true;
            for (Lang o : langs) if (o != v && !unmatched.get(v).get(o).contains(x)) everywhere = false;
            // a number v repeats where the others say it once is the same kind of paraphrase: another
            // copy of it in v met its counterpart
            boolean repeated = false;
            if (everywhere) {
                List<Quantity> others = new ArrayList<>();
                for (Quantity y : q.get(v)) if (y != x && !unmatchedEverywhere(unmatched.get(v), langs, v, y)) others.add(y);
                repeated = hasValue(others, x);
            }
            // ...and so is a number every other variant has in the paragraph before or after
            boolean moved = everywhere && !repeated;
            for (Lang o : langs) if (o != v && moved) moved = hasValue(near.getOrDefault(o, List.of()), x);
            repeated |= moved;
            if (everywhere && !x.weak() && !repeated && !contains(odd, x)) odd.add(x);
            else if (everywhere && (x.approximate() || repeated && !x.weak()) && !contains(vagueOdd, x)) vagueOdd.add(x);
        }
        odd.addAll(vagueOdd);
        List<Quantity> lacks = new ArrayList<>();
        List<Lang> lacksFrom = new ArrayList<>();
        List<String> lacksWho = new ArrayList<>(); // every variant that has it: "en and hans"
        // Lacks that are no finding alone, only the partner of a changed number: an approximation, and
        // a number v has already (a translation says "the top 100" once where the source repeats it).
        List<Boolean> pairOnly = new ArrayList<>();
        if (langs.size() >= 3) {
            for (Lang w : langs) {
                if (w == v) continue;
                for (Quantity x : q.get(w)) { // in text order: the identity set's order varies from run to run
                    if ((x.weak() && !x.approximate()) || !unmatched.get(w).get(v).contains(x)) continue;
                    boolean supported = false, counted = false;
                    List<String> who = new ArrayList<>(List.of(w.key()));
                    for (Lang u : langs) {
                        if (u == v || u == w) continue;
                        if (!unmatched.get(w).get(u).contains(x)) {
                            supported = true;
                            who.add(u.key());
                            // its counterpart in u was taken already (unless u's is weak: 第 3 vs Step 3)
                            if (u.ordinal() < w.ordinal() && strongLack(q.get(u), unmatched.get(u).get(v), x)) counted = true;
                        }
                    }
                    if (supported && !counted && !contains(lacks, x)) {
                        lacks.add(x);
                        lacksFrom.add(w);
                        lacksWho.add(String.join(" and ", who));
                        pairOnly.add(x.weak() || hasValue(q.get(v), x) || hasValue(near.getOrDefault(v, List.of()), x));
                    }
                }
            }
        }
        // A number of v that no other variant has, and a number the others have that v lacks, are
        // one changed number only when they are the same kind of quantity (a sum for a sum, a date
        // for a date): a reordered sentence must not pair '3,200' with '2019年'.
        boolean[] lackPaired = new boolean[lacks.size()];
        for (Quantity x : odd) {
            var f = post.at(this, v, base + x.start(), base + x.end()).found(x.text());
            int pair = -1;
            for (int i = 0; i < lacks.size() && pair < 0; i++) { // a reportable lack first
                if (!lackPaired[i] && !pairOnly.get(i) && sameKind(x, lacks.get(i))) pair = i;
            }
            for (int i = 0; i < lacks.size() && pair < 0; i++) {
                if (!lackPaired[i] && sameKind(x, lacks.get(i))) pair = i;
            }
            if (pair < 0 && contains(vagueOdd, x)) continue;
            if (pair >= 0) {
                lackPaired[pair] = true;
                Quantity want = lacks.get(pair);
                Lang w = lacksFrom.get(pair);
                f.expected(want.text()).message("number '" + x.text() + "' differs from '" + want.text() + "' in "
                                + lacksWho.get(pair))
                        .related(post.location(w, row.blocks().get(w).span().start() + want.start()));
            } else {
                f.message("number '" + x.text() + "' is not in the aligned " + others(v, langs) + " text");
                for (Lang o : langs) if (o != v) f.related(post.location(o, row.blocks().get(o).span().start()));
            }
            out.add(f.build());
        }
        for (int i = 0; i < lacks.size(); i++) {
            if (lackPaired[i] || pairOnly.get(i)) continue;
            Quantity want = lacks.get(i);
            Lang w = lacksFrom.get(i);
            String who = lacksWho.get(i);
            out.add(post.at(this, v, base, base).expected(want.text())
                    .message("lacks the number '" + want.text() + "' that " + who + (who.contains(" and ") ? " have" : " has"))
                    .related(post.location(w, row.blocks().get(w).span().start() + want.start())).build());
        }
    }

    private static boolean sameKind(Quantity a, Quantity b) {
        if (a.kind() != b.kind()) return false;
        return a.kind() != dev.concord.check.numbers.Kind.MONEY || java.util.Objects.equals(a.currency(), b.currency());
    }

    private static boolean unmatchedEverywhere(Map<Lang, Set<Quantity>> unmatchedOfV, List<Lang> langs, Lang v, Quantity y) {
        for (Lang o : langs) if (o != v && !unmatchedOfV.get(o).contains(y)) return false;
        return true;
    }

    /** Whether one of {@code ofV} is the same number as x, matched elsewhere or not. */
    private static boolean hasValue(List<Quantity> ofV, Quantity x) {
        for (Quantity y : ofV) {
            if (!Collections.disjoint(y.keys(), x.keys()) || !Collections.disjoint(y.looseKeys(), x.looseKeys())
                    || y.within(x)) return true;
        }
        return false;
    }

    /** u has a strong quantity with x's value that v lacks, so u reports the lack. */
    private static boolean strongLack(List<Quantity> ofU, Set<Quantity> unmatchedInV, Quantity x) {
        for (Quantity y : ofU) {
            if (!y.weak() && unmatchedInV.contains(y) && (!Collections.disjoint(y.keys(), x.keys())
                    || !Collections.disjoint(y.looseKeys(), x.looseKeys()))) return true;
        }
        return false;
    }

    private static String others(Lang v, List<Lang> langs) {
        List<String> names = new ArrayList<>();
        for (Lang l : langs) if (l != v) names.add(l.key());
        return String.join("/", names);
    }

    private static boolean contains(List<Quantity> list, Quantity x) {
        for (Quantity y : list) if (y == x) return true;
        return false;
    }

    private static Set<Quantity> identitySet(List<Quantity> list) {
        Set<Quantity> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(list);
        return s;
    }
}
