package dev.concord.check.rules;

import dev.concord.script.ScriptChars;
import dev.concord.align.Row;
import dev.concord.check.Consensus;
import dev.concord.check.Finding;
import dev.concord.check.PostContext;
import dev.concord.check.Rule;
import dev.concord.catalogue.RuleInfo;
import dev.concord.catalogue.Severity;
import dev.concord.markdown.Block;
import dev.concord.markdown.Link;
import dev.concord.model.Lang;
import dev.concord.config.Config;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Link and image targets of aligned blocks differ. With three variants the one that differs from
 * the two others is reported (a changed target: "has X instead of Y"); with two, the side that
 * lacks a target.
 */
@RuleInfo(id = "link-mismatch", severity = Severity.ERROR,
        summary = "Link and image targets of aligned blocks differ.",
        details = "Link and image targets of aligned blocks differ (reference links resolved). Targets are matched by value; a changed target is paired with the one it replaced by likeness, not by position. A trailing slash of the path, http for https, the order of query parameters, campaign and share parameters (utm_*, si, share_source, vd_source…) and a video's short link (youtu.be/ID?t=754 = youtube.com/watch?v=ID&t=754s) are no difference, and neither is another site's edition in the reader's language: a locale path segment, replaced or added (learn.microsoft.com/en-us/… = /zh-tw/…, docs.python.org/3/… = /zh-cn/3/…), a locale at the end of a file or post name (README.md = README.zh-CN.md, /posts/setup-en = /posts/setup-zh), a locale parameter (?hl=zh-tw), a store's or vendor's region (apps.apple.com/us/… = /cn/…, ?gl=US, /global/, Hong Kong's /sc/ and /tc/, its government sites' /eng/, /chi/ and /gb_chi/), a wiki title's language suffix (GNOME_(简体中文)) or a language host (en.wikipedia.org/wiki/X = zh.wikipedia.org/wiki/Y, whose titles are its own; english.pku.edu.cn = www.pku.edu.cn; hk.finance.yahoo.com), and an /ENG/ segment. The anchor of another site's page is not compared (each edition names its headings in its language); a link to a heading of the post's own page names that heading, whatever language its anchor is in. A site's mainland domain (.cn, *.google.cn) is the site, and so is one document on two editions under hosts of their own: the same path of two segments or more under a mainland host (go.dev/doc/go1.23 = golang.google.cn/doc/go1.23), or the same page slug of 16 characters or more ending both paths (www.alibabacloud.com/help/en/oss/…/lifecycle-rules-… = help.aliyun.com/zh/oss/…/lifecycle-rules-…); a heading of another of the blog's pages may be named in each variant's language (/zh/post#第三步 = /en/post#step-3); a repository's README in any language is its front page; an edition that translates its page names too (git-scm.com/book/zh/v2/起步-…) is the same page where two variants or more link one folder of it. Targets in HTML (the src of <img>, <video>'s <source>, <audio>, <iframe>; an <a>'s href) and a Liquid tag's src=\"…\" are compared too.",
        examples = {"hant links https://example.com/a where hans and en link https://example.com/b"})
public final class LinkMismatchRule implements Rule {
    @Override
    public void check(PostContext post, List<Finding> out) {
        List<Row> rows = post.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.size() < 2) continue;
            Map<Lang, List<Link>> items = new EnumMap<>(Lang.class);
            // Each link's key knows its variant, so a language part of the URL can count as the same.
            Map<Link, String> keys = new IdentityHashMap<>();
            row.blocks().forEach((l, b) -> {
                items.put(l, b.links());
                for (Link link : b.links()) {
                    String d = link.destination().strip();
                    String heading = d.startsWith("#") ? headingOf(post, l, d.substring(1)) : null;
                    keys.put(link, heading != null ? heading : normalise(d, post.config().code(l), post.config().links()));
                }
            });
            translatedSlugs(row, keys);
            editionsAlike(row, keys);
            var diffs = Consensus.of(items, keys::get);
            int at = r;
            diffs.forEach((lang, d) -> report(post, lang, row, besideMerged(post, rows, at, lang, d, keys), keys, out));
        }
    }

    private void report(PostContext post, Lang lang, Row row, Consensus.Diff<Link> d, Map<Link, String> keys,
                        List<Finding> out) {
        Block block = row.blocks().get(lang);
        // Targets both sides have were matched by value (Consensus); of what is left, a target
        // changed in place pairs with the one it replaced, a dropped one stands alone.
        int[] pairOf = Consensus.pairAlike(Consensus.keys(d.missing(), keys::get), Consensus.keys(d.extra(), keys::get));
        boolean[] extraPaired = new boolean[d.extra().size()];
        for (int i = 0; i < d.missing().size(); i++) {
            Link want = d.missing().get(i);
            // With language-aware links the other variant's target is shown as it reads in this one.
            String ours = keys.get(want).replace("{lang}", post.config().code(lang));
            String hint = !keys.get(want).contains("{lang}") || ours.equals(normalise(want.destination())) ? "" : " (here: " + ours + ")";
            Link at = pairOf[i] >= 0 ? d.extra().get(pairOf[i]) : null;
            if (at != null) extraPaired[pairOf[i]] = true;
            int s = at != null ? at.span().start() : block.span().start();
            int e = at != null ? at.span().end() : block.span().start();
            String who = holders(row, lang, keys.get(want), keys);
            out.add(post.at(this, lang, s, e)
                    .message(at != null
                            ? kind(want) + " target " + at.destination() + " differs from " + want.destination() + " in " + who + hint
                            : kind(want) + " target " + want.destination() + " that " + who + (who.contains(" and ") ? " have" : " has")
                              + " is missing here" + hint)
                    .expected(hint.isEmpty() ? want.destination() : ours).found(at != null ? at.destination() : null)
                    .related(post.location(d.missingFrom().get(i), want.span().start()))
                    .build());
        }
        if (row.size() < 3) return; // with two variants an extra on one side is the other's missing: reported there
        for (int i = 0; i < d.extra().size(); i++) {
            if (extraPaired[i]) continue;
            Link at = d.extra().get(i);
            out.add(post.at(this, lang, at.span().start(), at.span().end())
                    .message(kind(at) + " target " + at.destination() + " is not in the other variants")
                    .found(at.destination()).build());
        }
    }

    /**
     * Another language's edition that translates its page names as well as its locale segment
     * (git-scm.com/book/en/v2/Git-Tools-Rewriting-History = /book/zh/v2/Git-工具-重写历史): where every
     * two variants or more link a page of one locale-segmented site in one folder, and one of the
     * page names is in Chinese (or percent-encoded), they are one target. Rewrites their keys.
     */
    private static void translatedSlugs(Row row, Map<Link, String> keys) {
        Map<String, Map<Lang, List<Link>>> byFolder = new java.util.HashMap<>();
        Map<String, Boolean> chineseName = new java.util.HashMap<>();
        row.blocks().forEach((l, b) -> {
            for (Link link : b.links()) {
                String d = normalise(link.destination());
                if (!d.startsWith("http") || !LOCALE_SEGMENT.matcher(d).find()) continue;
                String key = keys.get(link);
                int slash = key.lastIndexOf('/');
                if (slash <= key.indexOf("//") + 1) continue;
                String folder = key.substring(0, slash), name = key.substring(slash + 1);
                byFolder.computeIfAbsent(folder, x -> new EnumMap<>(Lang.class)).computeIfAbsent(l, x -> new java.util.ArrayList<>()).add(link);
                if (name.indexOf('%') >= 0 || ScriptChars.hanCount(name) > 0) chineseName.put(folder, true);
            }
        });
        byFolder.forEach((folder, links) -> {
            if (links.size() < 2 || !chineseName.getOrDefault(folder, false)) return;
            for (List<Link> ls : links.values()) for (Link link : ls) keys.put(link, folder + "/*");
        });
    }

    /**
     * One document on two editions of its site under hosts of their own, as two variants link it:
     * the same path of two segments or more where one host is a mainland domain (go.dev/doc/go1.23 =
     * golang.google.cn/doc/go1.23), or the same page name, a slug of 16 characters or more, at the end
     * of both paths (www.alibabacloud.com/help/en/oss/…/lifecycle-rules-… = help.aliyun.com/zh/oss/…/
     * lifecycle-rules-…, www.nytimes.com/2023/12/27/…/some-story.html = cn.nytimes.com/…/some-story/
     * zh-hant/). Gives the second the first one's key.
     */
    private static void editionsAlike(Row row, Map<Link, String> keys) {
        List<Link> all = new java.util.ArrayList<>();
        Map<Link, Lang> langOf = new IdentityHashMap<>();
        row.blocks().forEach((l, b) -> {
            for (Link link : b.links()) {
                all.add(link);
                langOf.put(link, l);
            }
        });
        if (all.size() < 2) return;
        // only a link whose target some other variant lacks can be another edition of one
        Map<Lang, java.util.Set<String>> held = new java.util.EnumMap<>(Lang.class);
        for (Link l : all) held.computeIfAbsent(langOf.get(l), k -> new java.util.HashSet<>()).add(keys.get(l));
        List<Link> lone = new java.util.ArrayList<>();
        for (Link l : all) {
            for (java.util.Set<String> h : held.values()) {
                if (!h.contains(keys.get(l))) {
                    lone.add(l);
                    break;
                }
            }
        }
        for (int i = 0; i < lone.size(); i++) {
            for (int j = i + 1; j < lone.size(); j++) {
                Link x = lone.get(i), y = lone.get(j);
                if (langOf.get(x) == langOf.get(y) || keys.get(x).equals(keys.get(y))) continue;
                if (sameDocumentElsewhere(x.destination(), y.destination(), keys.get(x), keys.get(y))
                        || sameHeadingInItsLanguage(keys.get(x), keys.get(y))) keys.put(y, keys.get(x));
            }
        }
    }

    /**
     * A heading of another of the blog's pages, named in each variant's language: the same page
     * (/{lang}/post#step-3 = /{lang}/post#第三步), where one anchor is Chinese or percent-encoded
     * (the blog's own /guide#install and /guide#usage are two headings).
     */
    static boolean sameHeadingInItsLanguage(String keyA, String keyB) {
        int ha = keyA.indexOf('#'), hb = keyB.indexOf('#');
        if (ha <= 0 || hb <= 0 || !keyA.substring(0, ha).equals(keyB.substring(0, hb))) return false;
        String fa = keyA.substring(ha + 1), fb = keyB.substring(hb + 1);
        return fa.indexOf('%') >= 0 || fb.indexOf('%') >= 0 || ScriptChars.hanCount(fa) > 0 || ScriptChars.hanCount(fb) > 0;
    }

    static boolean sameDocumentElsewhere(String rawA, String rawB, String keyA, String keyB) {
        String a = normalise(rawA), b = normalise(rawB);
        Matcher ha = HOST.matcher(a), hb = HOST.matcher(b);
        if (!ha.lookingAt() || !hb.lookingAt()) return false;
        String hostA = ha.group(2).toLowerCase(java.util.Locale.ROOT), hostB = hb.group(2).toLowerCase(java.util.Locale.ROOT);
        if (hostA.equals(hostB)) return false;
        String pathA = pathOf(a.substring(ha.end())), pathB = pathOf(b.substring(hb.end()));
        if ((hostA.endsWith(".cn") || hostB.endsWith(".cn")) && pathA.equals(pathB) && pathA.indexOf('/', 1) > 0) return true;
        String nameA = lastName(pathOf(keyA.substring(Math.min(keyA.length(), keyA.indexOf("//") + 2)))), nameB = lastName(pathOf(keyB.substring(Math.min(keyB.length(), keyB.indexOf("//") + 2))));
        return nameA.length() >= 16 && nameA.indexOf('-') > 0 && nameA.equals(nameB);
    }

    /** The path of a target after its host, without its query and fragment. */
    private static String pathOf(String rest) {
        int slash = rest.indexOf('/');
        String p = slash < 0 ? "" : rest.substring(slash);
        for (int i = 0; i < p.length(); i++) if (p.charAt(i) == '?' || p.charAt(i) == '#') return p.substring(0, i);
        return p;
    }

    /** The last segment of a path without a file extension (some-story.html = some-story). */
    private static String lastName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 5 ? name.substring(0, dot) : name;
    }

    /** The variants other than v whose block in the row has a target with this key: "hant", "hant and en". */
    private static String holders(Row row, Lang v, String key, Map<Link, String> keys) {
        List<String> who = new java.util.ArrayList<>();
        row.blocks().forEach((l, b) -> {
            if (l == v) return;
            for (Link k : b.links()) {
                if (key.equals(keys.get(k))) {
                    who.add(l.key());
                    return;
                }
            }
        });
        return String.join(" and ", who);
    }

    /**
     * One variant's paragraph that merges what another splits into several blocks (real post: one
     * English sentence citing the RFC and a library, two list items in Chinese) pairs with one of
     * them only; a link it lacks or has over its row is not missing or extra when the variant has it
     * in a neighbouring row (the lacking variant's own block next door, or the other variants').
     */
    private static Consensus.Diff<Link> besideMerged(PostContext post, List<Row> rows, int r, Lang lang,
                                                     Consensus.Diff<Link> d, Map<Link, String> keys) {
        List<Link> missing = new java.util.ArrayList<>(), extra = new java.util.ArrayList<>();
        List<Lang> from = new java.util.ArrayList<>();
        for (int i = 0; i < d.missing().size(); i++) {
            if (inNeighbour(post, rows, r, lang, keys.get(d.missing().get(i)))) continue;
            missing.add(d.missing().get(i));
            from.add(d.missingFrom().get(i));
        }
        for (Link x : d.extra()) {
            boolean elsewhere = false;
            for (Lang o : rows.get(r).blocks().keySet()) {
                if (o != lang && inNeighbour(post, rows, r, o, normalise(x.destination(), post.config().code(lang), post.config().links()))) elsewhere = true;
            }
            if (!elsewhere) extra.add(x);
        }
        return new Consensus.Diff<>(missing, from, extra);
    }

    private static boolean inNeighbour(PostContext post, List<Row> rows, int r, Lang lang, String key) {
        for (int k = r - 1; k <= r + 1; k += 2) {
            if (k < 0 || k >= rows.size()) continue;
            Block b = rows.get(k).blocks().get(lang);
            if (b == null) continue;
            for (Link l : b.links()) {
                if (normalise(l.destination(), post.config().code(lang), post.config().links()).equals(key)) return true;
            }
        }
        return false;
    }

    /**
     * A link to a heading of its own page (#step-2-install, #第二步安装) names that heading, whose
     * anchor each variant spells in its own language: "#heading N" for the N-th heading whose anchor
     * (GitHub's and kramdown's: lower case, punctuation dropped, spaces as hyphens) it is; null
     * when no heading has it (a broken anchor stays a target of its own).
     */
    private static String headingOf(PostContext post, Lang lang, String fragment) {
        String want;
        try {
            want = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        want = want.toLowerCase(java.util.Locale.ROOT);
        int n = 0;
        var doc = post.variant(lang).doc();
        for (Block b : doc.blocks()) {
            if (b.kind() != dev.concord.markdown.BlockKind.HEADING) continue;
            n++;
            if (anchor(PostContext.proseText(doc.source(), b)).equals(want)) return "#heading " + n;
        }
        return null;
    }

    /** A heading's anchor: lower case, spaces as hyphens, punctuation other than - and _ dropped. */
    static String anchor(String heading) {
        StringBuilder out = new StringBuilder(heading.length());
        for (int i = 0; i < heading.length(); ) {
            int c = heading.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') out.appendCodePoint(Character.toLowerCase(c));
            else if (Character.isWhitespace(c)) out.append('-');
        }
        return out.toString();
    }

    private static String kind(Link l) {
        return l.image() ? "image" : "link";
    }

    /**
     * The target as compared: a path segment that is the variant's code ({@code links: {lang-segment:
     * true}}) and text of a {@code links.patterns} entry with the variant's code become {@code {lang}}.
     */
    static String normalise(String d, String code, Config.LinkRules rules) {
        String s = normalise(d);
        for (String p : rules.patterns()) {
            String literal = p.replace("{lang}", code);
            int at = s.indexOf(literal);
            if (at >= 0) s = s.substring(0, at) + p + s.substring(at + literal.length());
        }
        if (rules.langSegment()) {
            s = s.replaceAll("(?<=^|/)" + Pattern.quote(code) + "(?=$|[/?#])", "{lang}");
        }
        return localised(s);
    }

    /**
     * Another site's edition in another language is the same target: a locale path segment
     * (learn.microsoft.com/en-us/… = /zh-tw/…, developer.mozilla.org/en-US/… = /zh-CN/…), and a
     * language host whose pages have titles of their own (en.wikipedia.org/wiki/Transformer =
     * zh.wikipedia.org/wiki/變換器): a translation links the edition its readers read.
     */
    static String localised(String s) {
        Matcher host = LANGUAGE_HOST.matcher(s);
        if (host.lookingAt()) {
            // A wiki's page titles are its language's own (en.wikipedia.org/wiki/Transformer =
            // zh.wikipedia.org/wiki/變換器): the site is the target. Elsewhere the edition keeps the
            // paths of the site it translates (cn.vuejs.org/guide/… = vuejs.org/guide/…).
            String rest = s.substring(host.end());
            if (rest.startsWith("/wiki/") || rest.startsWith("/zh-") || rest.startsWith("/zh/")) return host.group(1) + host.group(2);
            s = host.group(1) + host.group(2) + rest;
        }
        if (s.indexOf('=') >= 0) s = withoutLocaleParameter(s);
        s = regionalHost(s);
        // The segment goes with its slash: a site may add it (docs.python.org/3/… = /zh-cn/3/…).
        s = LOCALE_SEGMENT.matcher(s).replaceAll("");
        if (s.indexOf('(') >= 0) s = WIKI_LANGUAGE.matcher(s).replaceAll("");
        String unsuffixed = LOCALE_SUFFIX.matcher(s).replaceAll("");
        // A repository's README, in any language, is its front page (github.com/o/r =
        // github.com/o/r/blob/main/README.zh-CN.md, or …/i18n/README_zh-hant.md)
        Matcher readme = README.matcher(unsuffixed);
        if (readme.matches() && (readme.group(2) == null || !unsuffixed.equals(s))) unsuffixed = readme.group(1);
        s = unsuffixed;
        // Another site's page in another language names its headings in that language (README.md#install
        // = README.zh-CN.md#安装, a Wikipedia section): the fragment of an outside target says nothing.
        int hash = s.indexOf('#');
        if (hash >= 0 && (s.startsWith("http://") || s.startsWith("https://"))) s = s.substring(0, hash);
        return s.isEmpty() ? "/" : s;
    }

    /**
     * A site's mainland edition under another top-level domain is the same site (platform.moonshot.ai
     * = platform.moonshot.cn, example.com = example.com.cn), and so is Google's mainland mirror
     * (developer.android.google.cn = developer.android.com, developers.google.cn =
     * developers.google.com): the usual top-level domains all read as .com in the key.
     */
    static String regionalHost(String s) {
        Matcher h = HOST.matcher(s);
        if (!h.lookingAt()) return s;
        String host = h.group(2).toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4); // www.pku.edu.cn = english.pku.edu.cn's site
        if (host.equals("twitter.com")) host = "x.com"; // the site renamed: twitter.com/a = x.com/a
        if (host.equals("apps.apple.com")) {
            // the store names the app in the URL in its own language (/cn/app/%E5%BE%AE%E4%BF%A1/id414478124
            // = /us/app/wechat/id414478124): the id is the app
            return h.group(1) + host + APP_NAME.matcher(s.substring(h.end())).replaceFirst("/app/");
        }
        if (host.endsWith(".google.cn")) {
            String name = host.substring(0, host.length() - ".google.cn".length());
            host = name.indexOf('.') >= 0 ? name + ".com" : name + ".google.com";
        }
        Matcher tld = GENERIC_TLD.matcher(host);
        if (tld.find() && tld.start() > 0) host = host.substring(0, tld.start()) + ".com"; // one for all
        return h.group(1) + host + s.substring(h.end());
    }

    private static final Pattern APP_NAME = Pattern.compile("/app/[^/?#]+/(?=id\\d)");
    private static final Pattern HOST = Pattern.compile("(?i)(https?://)([a-z0-9.-]+)(?=$|[/?#:])");
    /** Top-level domains a site swaps for its mainland edition (.ai, .io, .com → .cn); .org or .net stays another site. */
    private static final Pattern GENERIC_TLD = Pattern.compile("\\.(?:com\\.cn|cn|com|ai|io)$");
    /** A repository's README at its root ({@code group(2)} null) or in a folder, on GitHub, GitLab and the like. */
    private static final Pattern README = Pattern.compile("(?i)(https?://[^/]+/[^/]+/[^/]+)/(?:-/)?(?:blob|tree)/[^/]+/((?:[^/]+/)+)?README(?:\\.[a-z]+)?");

    /** The target without a query parameter that names the page's language (?hl=zh-cn, &lang=en). */
    private static String withoutLocaleParameter(String s) {
        String t = LOCALE_PARAMETER.matcher(s).replaceAll("");
        if (t.equals(s)) return s;
        t = t.replace("?#", "#").replace("&#", "#");
        if (t.endsWith("?") || t.endsWith("&")) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** English or Chinese, with a region or script: en, zh, en-us, zh-Hant, zh_CN, zh-tw; the Chinese variants' own codes; cn and tw (README_CN.md); eng and the words english and chinese (/ENG/…, /english/…). */
    private static final String LOCALE = "(?:(?:en|zh)(?:[-_][a-z]{2,4}){0,2}|hans|hant|cn|tw|eng|english|chinese|schinese|tchinese)";
    /**
     * A locale, or a region a site names its editions by in a path or a parameter: a store's
     * country (apps.apple.com/us/… = /cn/… = /tw/…, ?gl=US), Hong Kong's sc and tc, a vendor's
     * /global/ edition. Not at the end of a name, where -us is a word (about-us.html).
     */
    private static final String REGION = "(?:" + LOCALE + "|sc|tc|us|hk|global|chi|gb_chi|sc_chi|tc_chi)";
    /** A wiki page's title suffix naming its language (Arch Wiki's GNOME_(简体中文)). */
    private static final Pattern WIKI_LANGUAGE = Pattern.compile("_\\((?:简体中文|正體中文|繁體中文|繁体中文|中文)\\)(?=$|[?#])");
    /** A host whose first label is an English or Chinese language code (or Hong Kong's, hk.finance.yahoo.com), in front of two labels or more. */
    private static final Pattern LANGUAGE_HOST = Pattern.compile("(?i)(https?://)(?:(?:en|zh)(?:-[a-z]{2,4})?|cn|tw|hk|english|chinese)\\.([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?=$|[/?#:])");
    /** A path segment that is a locale, with the slash before it (/en-us, /zh, /zh-Hans-CN, Google's /intl/zh-TW, the kernel docs' /translations/zh_CN), not the host's first label. */
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("(?i)(?<!/)/(?:intl/|translations/)?" + REGION + "(?=$|[/?#])");
    /**
     * A locale at the end of the last segment's name: another language's edition of a post or a file
     * (/posts/setup-en = /posts/setup-zh, README.zh-CN.md = README.md).
     */
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("(?i)(?<=[a-z0-9])[-_.]" + LOCALE + "(?=(?:\\.[a-z]{2,5})?(?:$|[?#]))");
    /** A query parameter naming the page's language: hl (Google), l (Steam: l=schinese), and any whose name says lang or locale (lang, language, sc_lang). */
    private static final Pattern LOCALE_PARAMETER = Pattern.compile("(?i)(?<=[?&])(?:hl|gl|l|[a-z_]*lang[a-z_]*|[a-z_]*locale[a-z_]*)=" + REGION + "(?:&|(?=#)|$)");
    /** Campaign and share parameters (utm_*, si, share_source, vd_source…): where a link was shared, not what it shows. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?<=[?&])(?:utm_[A-Za-z]+|si|share_source|share_medium|share_plat|share_session_id|share_from|vd_source|spm_id_from|from_spmid)=[^&#]*(?:&|(?=#)|$)");

    /**
     * Angle brackets and surrounding spaces are syntax, not part of the target; neither is a
     * trailing slash of the path (/guide/ is /guide) nor a utm_ campaign parameter.
     */
    static String normalise(String d) {
        String s = d.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        if (s.startsWith("http://")) s = "https://" + s.substring(7); // the same page over TLS
        if (s.indexOf('=') >= 0) {
            s = TRACKING.matcher(s).replaceAll("");
            s = s.replace("?#", "#").replace("&#", "#");
            if (s.endsWith("?") || s.endsWith("&")) s = s.substring(0, s.length() - 1);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '?' || s.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        if (end > 1 && s.charAt(end - 1) == '/' && s.charAt(end - 2) != '/') s = s.substring(0, end - 1) + s.substring(end);
        return s.indexOf('?') >= 0 || s.startsWith("https://youtu.be/") ? sameQuery(s) : s;
    }

    private static final Pattern SHORT_YOUTUBE = Pattern.compile("https://youtu\\.be/([A-Za-z0-9_-]+)\\??");
    private static final Pattern SECONDS = Pattern.compile("(?<=[?&]t=)(\\d+)s(?=&|#|$)");

    /**
     * The query as compared: a video's short link as its long one (youtu.be/ID?t=754 =
     * youtube.com/watch?v=ID&t=754s), a start time in seconds with or without its s, and the
     * parameters in one order (?t=60&p=2 = ?p=2&t=60).
     */
    private static String sameQuery(String s) {
        Matcher y = SHORT_YOUTUBE.matcher(s);
        if (y.lookingAt()) {
            String rest = s.substring(y.end());
            s = "https://www.youtube.com/watch?v=" + y.group(1) + (rest.isEmpty() || rest.startsWith("#") ? "" : "&") + rest;
        }
        s = SECONDS.matcher(s).replaceAll("$1");
        int q = s.indexOf('?');
        if (q < 0) return s;
        int hash = s.indexOf('#', q);
        String query = s.substring(q + 1, hash < 0 ? s.length() : hash);
        String[] params = query.split("&");
        java.util.Arrays.sort(params);
        return s.substring(0, q + 1) + String.join("&", params) + (hash < 0 ? "" : s.substring(hash));
    }
}
