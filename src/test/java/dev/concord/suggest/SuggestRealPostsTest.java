package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.check.Checker;
import dev.concord.check.PostContext;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.corpus.Layout;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.RealSample;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.markdown.Block;
import dev.concord.markdown.Document;
import dev.concord.model.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossary suggest} on the real blog sample (the project's shared folder, read in place and
 * laid out as a blog in a temporary folder) with an empty glossary, scored against the glossary a
 * writer of that blog keeps (docs/real-world/glossary): of its terms used in at least two posts,
 * how many are among the first {@value #TOP} suggestions (recall), and how many of those come with
 * renderings that glossary accepts in both Chinese variants (precision). Skipped without the sample.
 */
class SuggestRealPostsTest {
    static final int TOP = 60;
    /** What the ranking reaches (32 of 45), below the 100 % the issue asks for: see docs/glossary.md. */
    static final double MIN_RECALL = 0.71;
    /**
     * What it reaches (30 of 32: hant 視頻 for "video" and 命令行 for "command line", the blog's
     * words where the reference takes Taiwan's); the goal is 80 %.
     */
    static final double MIN_PRECISION = 0.93;
    /** The mean log rank of all 45 on the whole sample (3.629): moves that recall does not see. */
    static final double MAX_MEAN_LOG_RANK = 3.635;
    /** 20 of 26 on the held-out half, 19 of 23 on the tuning half. */
    static final double MIN_HELD_OUT_RECALL = 0.76;
    static final double MIN_TUNING_RECALL = 0.82;

    @TempDir
    Path blog;

    static Path sample() {
        Path real = RealSample.find().orElse(null);
        Assumptions.assumeTrue(real != null, "the real blog sample (shared/corpus/real beside the checkout) is absent");
        return real;
    }

    /** en/, hant/ and zh/ (the blog's name for hans) under the temp folder, with docs/real-world's config. */
    private List<Post> layOut(Path real) throws IOException {
        for (String[] d : new String[][] {{"en", "en"}, {"hant", "hant"}, {"hans", "zh"}}) {
            Path to = Files.createDirectories(blog.resolve(d[1]));
            try (Stream<Path> s = Files.list(real.resolve(d[0]))) {
                for (Path f : s.filter(f -> f.toString().endsWith(".md")).toList()) Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        Layout layout = new Layout("{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "zh", Lang.EN, "en"));
        return new PostDiscovery(layout, new WorkTreeReader(blog)).all();
    }

    /** Recall and precision of one run, with the line per reference term. */
    record Score(int wanted, int proposed, int right, double meanLogRank, String report) {
        double recall() {
            return wanted == 0 ? 1 : (double) proposed / wanted;
        }

        double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }
    }

    @Test
    void findsTheBlogsGlossaryTermsWithTheirRenderings() throws IOException {
        List<Post> posts = layOut(sample());
        WorkTreeReader reader = new WorkTreeReader(blog);
        Path referenceFile = Path.of(System.getProperty("concord.suggest.reference", "docs/real-world/glossary/terms.yaml"));
        Glossary reference = new Glossary(GlossaryLoader.loadFile(referenceFile, referenceFile.toString()));
        Score all = score(posts, reader, reference);
        // The ranking's weights were chosen on the even-numbered posts; the odd-numbered ones are
        // the check on posts it was not tuned on (each half is a blog of its own here).
        List<Post> tuning = new ArrayList<>(), heldOut = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) (i % 2 == 0 ? tuning : heldOut).add(posts.get(i));
        Score tuned = score(tuning, reader, reference);
        Score held = score(heldOut, reader, reference);
        System.out.printf("glossary suggest on %d real posts: %d reference terms in >= 2 posts, %d in the top %d "
                        + "(recall %.0f %%), %d with the right renderings (precision %.0f %%), mean log rank %.3f%n%s",
                posts.size(), all.wanted(), all.proposed(), TOP, 100 * all.recall(), all.right(), 100 * all.precision(),
                all.meanLogRank(), all.report());
        for (Object[] h : new Object[][] {{"tuning half (even posts)", tuned, tuning.size()}, {"held-out half (odd posts)", held, heldOut.size()}}) {
            Score sc = (Score) h[1];
            System.out.printf("%s, %d posts: %d reference terms in >= 2 posts, %d in the top %d (recall %.0f %%), %d right (precision %.0f %%), "
                            + "mean log rank %.3f%n%s",
                    h[0], h[2], sc.wanted(), sc.proposed(), TOP, 100 * sc.recall(), sc.right(), 100 * sc.precision(), sc.meanLogRank(), sc.report());
        }
        assertTrue(all.recall() >= MIN_RECALL, String.format("recall %.2f < %.2f", all.recall(), MIN_RECALL));
        assertTrue(all.meanLogRank() <= MAX_MEAN_LOG_RANK, String.format("mean log rank %.3f > %.3f", all.meanLogRank(), MAX_MEAN_LOG_RANK));
        assertTrue(all.precision() >= MIN_PRECISION, String.format("precision %.2f < %.2f", all.precision(), MIN_PRECISION));
        assertTrue(held.recall() >= MIN_HELD_OUT_RECALL, String.format("held-out recall %.2f < %.2f", held.recall(), MIN_HELD_OUT_RECALL));
        assertTrue(tuned.recall() >= MIN_TUNING_RECALL, String.format("tuning recall %.2f < %.2f", tuned.recall(), MIN_TUNING_RECALL));
    }

    private Score score(List<Post> posts, WorkTreeReader reader, Glossary reference) {
        Map<Term, Integer> postsOf = postsUsing(reference, posts, reader);
        List<Term> wanted = reference.terms().stream().filter(t -> postsOf.getOrDefault(t, 0) >= 2).toList();

        Suggester suggester = new Suggester(Glossary.empty(), ScriptConverter.toHans(HantStandard.TW), Suggester.DEFAULT_MIN_POSTS);
        List<Suggestion> all = suggester.suggest(posts, reader);
        List<Suggestion> top = all.subList(0, Math.min(TOP, all.size()));

        TermMatcher matcher = new TermMatcher(reference, Lang.EN);
        Map<Term, Suggestion> proposed = new LinkedHashMap<>();
        for (Suggestion s : top) {
            Term t = whole(matcher, s.en());
            if (t != null && postsOf.getOrDefault(t, 0) >= 2) proposed.putIfAbsent(t, s);
        }
        Map<Term, Suggestion> anywhere = new LinkedHashMap<>();
        for (Suggestion s : all) {
            Term t = whole(matcher, s.en());
            if (t != null) anywhere.putIfAbsent(t, s);
        }
        // How high the wanted terms rank, all of them, on a log scale: a change that moves terms
        // within or below the first 60 shows here when recall cannot (a term the run does not
        // suggest counts as one rank below the last).
        double logRanks = 0;
        for (Term t : wanted) logRanks += Math.log(anywhere.containsKey(t) ? all.indexOf(anywhere.get(t)) + 1 : all.size() + 1);
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (Term t : wanted) {
            Suggestion s = proposed.get(t);
            boolean ok = s != null && rightRenderings(t, s);
            if (ok) right++;
            report.append(String.format("  %-24s %2d posts  %s%n", t.id(), postsOf.get(t),
                    s == null ? "not in the top " + TOP + (anywhere.containsKey(t) ? " (#" + (all.indexOf(anywhere.get(t)) + 1) + " "
                            + anywhere.get(t).preferred(Lang.HANS) + " / " + anywhere.get(t).preferred(Lang.HANT) + ")" : "")
                            : (ok ? "ok   " : "WRONG") + "  #" + (top.indexOf(s) + 1) + " "
                            + s.en() + " → " + s.preferred(Lang.HANS) + " / " + s.preferred(Lang.HANT)));
        }
        return new Score(wanted.size(), proposed.size(), right, wanted.isEmpty() ? 0 : logRanks / wanted.size(), report.toString());
    }

    /**
     * "scaling laws" is 規模法則 in one Chinese variant of the sample and 规模定律 in the other: one
     * post, quoted in all three. Through the converter that is two renderings in one script. The
     * default (two posts) still shows it: a quoted inconsistency needs no second post.
     */
    @Test
    void flagsScalingLawsRenderedTwoWays() throws IOException {
        List<Post> posts = layOut(sample());
        WorkTreeReader reader = new WorkTreeReader(blog);
        Set<String> pair = Set.of("規模法則", "縮放定律", "規模定律", "规模法则", "规模定律", "缩放定律");
        boolean present = false;
        for (Post p : posts) {
            if (!p.paths().containsKey(Lang.EN) || !read(reader, p, Lang.EN).toLowerCase(Locale.ROOT).contains("scaling law")) continue;
            Set<String> used = new HashSet<>();
            for (Lang l : List.of(Lang.HANS, Lang.HANT)) {
                if (!p.paths().containsKey(l)) continue;
                String zh = read(reader, p, l);
                for (String r : pair) if (zh.contains(r)) used.add(ScriptConverter.toHans(HantStandard.TW).convert(r));
            }
            present |= used.size() >= 2;
        }
        Assumptions.assumeTrue(present, "the sample does not render scaling laws two ways");
        List<Suggestion> all = new Suggester(Glossary.empty(), ScriptConverter.toHans(HantStandard.TW), Suggester.DEFAULT_MIN_POSTS)
                .suggest(posts, reader);
        Suggestion s = all.stream().filter(x -> x.key().equals("scaling law")).findFirst().orElse(null);
        assertTrue(s != null, "scaling law not suggested");
        System.out.println("scaling law: inconsistent=" + s.inconsistent() + " " + s.renderings());
        assertTrue(s.inconsistent(), "scaling law not flagged inconsistent: " + s.renderings());
    }

    private static String read(WorkTreeReader reader, Post p, Lang l) throws IOException {
        return new String(reader.read(p.paths().get(l)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The glossary term that the whole of {@code en} is, or null. */
    private static Term whole(TermMatcher matcher, String en) {
        for (TermMatch m : matcher.find(en)) {
            if (m.start() == 0 && m.end() == en.length() && m.kind() != TermMatch.Kind.AVOID && m.kind() != TermMatch.Kind.FOREIGN) {
                return m.term();
            }
        }
        return null;
    }

    /**
     * In both Chinese variants, the suggestion's most used rendering is one the reference term
     * accepts; for a suggestion flagged inconsistent, one of its renderings is (the blog uses several
     * and the reviewer picks: "環境變量 ×12, 環境變數 ×7" is right when the glossary says 環境變數).
     */
    private static boolean rightRenderings(Term t, Suggestion s) {
        for (Lang l : List.of(Lang.HANS, Lang.HANT)) {
            List<Suggestion.Rendering> rs = s.renderings(l);
            if (rs.isEmpty()) return false;
            List<String> accepted = t.isKeep() ? List.of(t.keep()) : t.accepted(l);
            boolean ok = false;
            for (Suggestion.Rendering r : s.inconsistent() ? rs : rs.subList(0, 1)) {
                for (String a : accepted) ok |= a.equals(r.text()) || (!t.caseExact() && a.equalsIgnoreCase(r.text()));
            }
            if (!ok) return false;
        }
        return true;
    }

    /** In how many posts' English prose (titles and blocks) each reference term occurs. */
    private static Map<Term, Integer> postsUsing(Glossary g, List<Post> posts, WorkTreeReader reader) {
        TermMatcher matcher = new TermMatcher(g, Lang.EN);
        Map<Term, Integer> out = new HashMap<>();
        for (Post p : posts) {
            String path = p.paths().get(Lang.EN);
            if (path == null) continue;
            Document d = Checker.load(reader, path);
            Set<Term> here = new HashSet<>();
            List<String> texts = new ArrayList<>();
            if (d.frontMatter().get("title") != null) texts.add(d.frontMatter().get("title"));
            for (Block b : d.blocks()) texts.add(PostContext.proseText(d.source(), b));
            for (String text : texts) {
                for (TermMatch m : matcher.find(text)) if (m.kind() == TermMatch.Kind.ACCEPTED) here.add(m.term());
            }
            for (Term t : here) out.merge(t, 1, Integer::sum);
        }
        return out;
    }
}
