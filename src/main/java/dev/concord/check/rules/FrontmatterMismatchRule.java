package dev.concord.check.rules;

import dev.concord.check.Vote;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.check.Variant;
import dev.concord.markdown.FrontMatter;
import dev.concord.model.Lang;
import dev.concord.script.ScriptChars;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Front matter: malformed; {@code lang:} not naming the file's variant (fixable); keys that must
 * agree across variants (layout, type, image, audio…) differing. Keys that are translated text
 * (title, description, author…) or say how each file was made (translated, generated…) may differ; the
 * list is configurable ({@code frontmatter:} in concord.yaml). A key one variant lacks agrees with
 * {@code false} or an empty value in another: Jekyll reads a missing key as nil.
 */
@RuleInfo(id = "frontmatter-mismatch", severity = Severity.ERROR,
        summary = "Front matter is malformed, lang: does not name the file's variant, or keys that must agree differ.",
        details = "Malformed front matter; `lang:` not naming the file's variant; keys that must agree (layout, type, image, audio…) differ. Text keys (title, description, author…) and keys that say how a file was made (translated, generated, original, translator, canonical_url) may differ; `frontmatter: {per-variant: […], must-agree: […]}` in concord.yaml changes the list. A missing key agrees with false; hant values are compared in hans script (開源 = 开源). A key that differs the same way on every post of a run (three or more) is one finding, naming the config line that silences it.",
        fix = "`lang:` set to the file's variant",
        examples = {"lang: hans in posts/hant/x.md", "layout: page in one variant, layout: post in the others"})
public final class FrontmatterMismatchRule implements Rule {

    @Override
    public void check(PostContext post, List<Finding> out) {
        boolean anyHas = false;
        for (Variant v : post.variants().values()) anyHas |= v.doc().frontMatter().present();
        for (Variant v : post.variants().values()) {
            FrontMatter fm = v.doc().frontMatter();
            if (fm.error() != null) {
                int off = v.doc().source().lineStart(Math.max(1, Math.min(fm.errorLine(), v.doc().source().lineCount())));
                out.add(post.at(this, v.lang(), off, off).message("malformed front matter: " + fm.error()).build());
                continue;
            }
            if (!fm.present()) {
                if (anyHas) out.add(post.at(this, v.lang(), 0, 0).message("no front matter, while other variants have one").build());
                continue;
            }
            checkLang(post, v, fm, out);
        }
        checkAgreement(post, out);
    }

    /** A blog-wide difference is folded only over a run of at least this many posts. */
    static final int BLOG_WIDE = 3;

    /**
     * A key that differs in the same way on every post (en says {@code generated: false} where the
     * translations say {@code true}) is how the blog works, not a slip in one post: one finding, on
     * the first post, saying so and naming the config line that silences it, instead of one per post.
     */
    @Override
    public List<Finding> acrossPosts(List<Finding> own, int posts) {
        if (posts < BLOG_WIDE) return own;
        Map<String, List<Finding>> sameWay = new LinkedHashMap<>();
        for (Finding f : own) {
            if (keyOf(f) != null) sameWay.computeIfAbsent(f.variant() + " " + f.message(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>(own.size());
        Set<Finding> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Finding, Finding> summaryOf = new java.util.IdentityHashMap<>();
        for (List<Finding> group : sameWay.values()) {
            Set<String> inPosts = new java.util.HashSet<>();
            for (Finding f : group) inPosts.add(f.post());
            if (inPosts.size() < posts) continue;
            Finding first = group.get(0);
            String key = keyOf(first);
            folded.addAll(group);
            summaryOf.put(first, new Finding(first.rule(), first.severity(), first.file(), first.line(), first.column(),
                    first.endLine(), first.endColumn(), first.variant(), first.post(), first.term(), first.found(), first.expected(),
                    first.message() + ", the same on all " + posts + " posts (one finding for the blog); if " + key
                            + ": differs by variant here, add to concord.yaml: frontmatter: {per-variant: [" + key + "]}",
                    first.related(), first.fix()));
        }
        if (folded.isEmpty()) return own;
        for (Finding f : own) {
            if (!folded.contains(f)) out.add(f);
            else if (summaryOf.containsKey(f)) out.add(summaryOf.get(f));
        }
        return out;
    }

    /** The key a key-agreement finding is about: its messages start "front matter K: v" or "front matter has no K:". */
    private static String keyOf(Finding f) {
        var m = AGREEMENT_MESSAGE.matcher(f.message());
        return m.lookingAt() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern AGREEMENT_MESSAGE =
            java.util.regex.Pattern.compile("front matter (?:has no )?([^\\s:]+):.*, while ");

    private void checkLang(PostContext post, Variant v, FrontMatter fm, List<Finding> out) {
        String want = post.config().code(v.lang());
        FrontMatter.Field f = fm.fields().get("lang");
        if (f == null) {
            // A site generator may give the lang by folder (Jekyll's _config.yml defaults:).
            var given = post.config().langDefault(v.path());
            if (given != null && given.lang().equals(want)) return;
            if (given != null) {
                out.add(post.at(this, v.lang(), 0, 0)
                        .message("lang: " + given.lang() + " (from " + given.source() + " defaults) does not name this file's variant (expected lang: " + want + ")")
                        .found(given.lang()).expected(want).build());
                return;
            }
            int at = fm.span().start() + 3 + v.doc().source().lineEnding().length(); // after the opening ---
            out.add(post.at(this, v.lang(), at, at).message("front matter has no lang: (expected lang: " + want + ")")
                    .expected(want).fix("lang: " + want + v.doc().source().lineEnding()).build());
        } else if (!want.equals(f.value())) {
            out.add(post.at(this, v.lang(), f.valueSpan().start(), f.valueSpan().end())
                    .message("lang: " + f.value() + " does not name this file's variant (expected lang: " + want + ")")
                    .found(f.value()).expected(want).fix(want).build());
        }
    }

    private void checkAgreement(PostContext post, List<Finding> out) {
        Set<String> keys = new LinkedHashSet<>();
        for (Variant v : post.variants().values()) {
            FrontMatter fm = v.doc().frontMatter();
            if (fm.present() && fm.error() == null) keys.addAll(fm.fields().keySet());
        }
        keys.removeIf(k -> post.config().frontMatter().mayDiffer(k));
        for (String key : keys) {
            Map<Lang, String> ballots = new EnumMap<>(Lang.class), shown = new EnumMap<>(Lang.class);
            for (Variant v : post.variants().values()) {
                FrontMatter fm = v.doc().frontMatter();
                if (!fm.present() || fm.error() != null) continue;
                String value = valueOf(fm, key);
                // hant text is compared in hans script: series: 開源 is series: 开源
                ballots.put(v.lang(), v.lang() == Lang.HANT && ScriptChars.hasHan(value) ? post.toHans(value) : value);
                FrontMatter.Field f = fm.fields().get(key);
                shown.put(v.lang(), f == null ? ABSENT : f.value());
            }
            // On a tie (two variants, two values), the first variant (hant, then hans) is the reference.
            Vote<String> vote = Vote.of(ballots);
            if (vote == null || vote.unanimous()) continue;
            String expected = vote.value();
            for (Lang l : ballots.keySet()) {
                Variant v = post.variant(l);
                String value = ballots.get(l);
                if (value.equals(expected)) continue;
                FrontMatter.Field f = v.doc().frontMatter().fields().get(key);
                int s = f != null ? f.valueSpan().start() : v.doc().frontMatter().span().start();
                int end = f != null ? f.valueSpan().end() : s;
                out.add(post.at(this, v.lang(), s, end)
                        .message((f == null ? "front matter has no " + key + ":" : "front matter " + key + ": " + f.value())
                                + ", while " + others(ballots, shown, l, key))
                        .found(f == null ? null : f.value()).expected(expected.equals(ABSENT) ? null : expected).build());
            }
        }
    }

    /** Marks a key a variant does not have; Jekyll reads it as nil, so it agrees with {@code false}. */
    private static final String ABSENT = "\u0000absent";

    private static String valueOf(FrontMatter fm, String key) {
        FrontMatter.Field f = fm.fields().get(key);
        if (f == null) return ABSENT;
        String v = String.valueOf(fm.get(key));
        return v.equals("false") || v.equals("null") || v.isEmpty() ? ABSENT : v;
    }

    /** "hans and hant have type: note", "hans has no type: and hant has type: post". */
    private static String others(Map<Lang, String> values, Map<Lang, String> shown, Lang self, String key) {
        // grouped by the value compared, each group shown as its first variant wrote it (draft: false, not "no draft:")
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        Map<String, String> asWritten = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            if (e.getKey() == self) continue;
            byValue.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey().key());
            asWritten.putIfAbsent(e.getValue(), shown.get(e.getKey()));
        }
        List<String> parts = new ArrayList<>();
        for (var e : byValue.entrySet()) {
            String who = String.join(" and ", e.getValue());
            String has = e.getValue().size() > 1 ? " have " : " has ";
            String written = asWritten.get(e.getKey());
            parts.add(written.equals(ABSENT)
                    ? who + (e.getValue().size() > 1 ? " have" : " has") + " no " + key + ":"
                    : who + has + key + ": " + written);
        }
        return String.join(" and ", parts);
    }
}
