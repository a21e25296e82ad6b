package dev.concord.check;

import dev.concord.catalogue.Severity;
import dev.concord.config.Config;
import dev.concord.corpus.Post;
import dev.concord.corpus.SourceReader;
import dev.concord.glossary.Glossary;
import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over posts: read and parse each variant once, align, run every enabled rule,
 * then apply the config's severities and the files' suppression comments. Posts are independent,
 * so they are checked in parallel.
 */
public final class Checker {
    private final Config config;
    private final Glossary glossary;
    private final Terms terms;
    private final List<Rule> rules;
    private final ScriptFixes scriptFixes;

    public Checker(Config config, Glossary glossary, Terms terms, List<Rule> rules) {
        this(config, glossary, terms, rules, null);
    }

    /** @param scriptFixes converter for script-mixed fixes, or null to compute none */
    public Checker(Config config, Glossary glossary, Terms terms, List<Rule> rules, ScriptFixes scriptFixes) {
        this.scriptFixes = scriptFixes;
        this.config = config;
        this.glossary = glossary;
        this.terms = terms;
        List<Rule> on = new ArrayList<>(rules.size());
        for (Rule r : rules) if (severityOf(r) != Severity.OFF) on.add(r);
        this.rules = List.copyOf(on);
    }

    private Severity severityOf(Rule r) {
        return config.rules().getOrDefault(r.id(), r.defaultSeverity());
    }

    private CheckProgress progress = CheckProgress.NONE;

    /** Reports each post checked to {@code p}. */
    public Checker withProgress(CheckProgress p) {
        this.progress = p;
        return this;
    }

    /** Checks the posts and keeps each one as checked, for the views that show the text (HTML, diff). */
    public CheckResult check(List<Post> posts, SourceReader reader) {
        progress.total(posts.size());
        List<Inspection> perPost = Parallel.map(posts, p -> {
            Inspection in = inspect(p, reader);
            progress.postDone();
            return in;
        });
        List<Finding> all = new ArrayList<>();
        perPost.forEach(in -> all.addAll(in.findings()));
        return new CheckResult(acrossPosts(all, posts.size()), posts.size(), files(posts), perPost);
    }

    /**
     * Checks the posts and keeps only their findings: a post's parsed text and alignment are
     * garbage as soon as it is checked, so a run of 10,000 posts needs the memory of a few.
     *
     * @param cache findings of earlier runs: a post whose files are unchanged is taken from it
     *              without being parsed; the others are checked and recorded in it. Null: none.
     */
    public CheckResult findingsOf(List<Post> posts, SourceReader reader, PostCache cache) {
        progress.total(posts.size());
        List<List<Finding>> perPost = Parallel.map(posts, p -> {
            List<Finding> found = cache == null ? findings(context(p, reader)) : findings(p, reader, cache);
            progress.postDone();
            return found;
        });
        List<Finding> all = new ArrayList<>();
        perPost.forEach(all::addAll);
        return new CheckResult(acrossPosts(all, posts.size()), posts.size(), files(posts));
    }

    /**
     * Each rule's findings of the whole run through {@link Rule#acrossPosts}, in the run's order: a
     * finding the rule replaced takes the place of the one at its location.
     */
    private List<Finding> acrossPosts(List<Finding> all, int posts) {
        Map<String, List<Finding>> byRule = new java.util.HashMap<>();
        for (Finding f : all) byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        Map<String, Map<Finding, Boolean>> kept = new java.util.HashMap<>();
        Map<String, Finding> replacements = new java.util.HashMap<>();
        for (Rule r : rules) {
            List<Finding> own = byRule.get(r.id());
            if (own == null) continue;
            List<Finding> after = r.acrossPosts(own, posts);
            if (after == own) continue;
            Map<Finding, Boolean> same = new java.util.IdentityHashMap<>();
            for (Finding f : own) same.put(f, false);
            for (Finding f : after) {
                if (same.containsKey(f)) same.put(f, true);
                else replacements.put(f.rule() + " " + f.file() + ":" + f.line() + ":" + f.column(), f);
            }
            kept.put(r.id(), same);
        }
        if (kept.isEmpty()) return all;
        List<Finding> out = new ArrayList<>(all.size());
        for (Finding f : all) {
            Map<Finding, Boolean> same = kept.get(f.rule());
            if (same == null || same.get(f)) { out.add(f); continue; }
            Finding r = replacements.remove(f.rule() + " " + f.file() + ":" + f.line() + ":" + f.column());
            if (r != null) out.add(r);
        }
        return out;
    }

    private static int files(List<Post> posts) {
        int files = 0;
        for (Post p : posts) files += p.paths().size();
        return files;
    }

    /** Reads the post's files once: their bytes make the cache key, and are parsed only on a miss. */
    private List<Finding> findings(Post post, SourceReader reader, PostCache cache) {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (String path : post.paths().values()) bytes.put(path, read(reader, path));
        String key = cache.key(post, bytes);
        List<Finding> cached = cache.get(post.slug(), key);
        if (cached != null) return cached;
        Map<Lang, Variant> variants = new EnumMap<>(Lang.class);
        post.paths().forEach((lang, path) -> variants.put(lang, new Variant(lang, path, parse(path, bytes.get(path)))));
        List<Finding> found = findings(new PostContext(post.slug(), variants, config, glossary, terms, scriptFixes));
        cache.put(post.slug(), key, found);
        return found;
    }

    /**
     * Documents parsed ahead of the check (while the glossary loaded on the other core), each
     * taken once: a re-check after --fix must read the fixed file again.
     */
    private final Map<String, Document> preparsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Hands over documents parsed in advance; see {@link #preparsed}. */
    public Checker withParsed(Map<String, Document> docs) {
        preparsed.putAll(docs);
        return this;
    }

    private Document document(SourceReader reader, String path) {
        Document d = preparsed.remove(path);
        return d != null ? d : load(reader, path);
    }

    /** Reads and parses one file (strict UTF-8; bad bytes are an input error naming the file). */
    public static Document load(SourceReader reader, String path) {
        return parse(path, read(reader, path));
    }

    /** {@link #load(SourceReader, String)}, taking the document {@code ahead} parsed from the same bytes if it did. */
    public static Document load(SourceReader reader, String path, ParseAhead ahead) {
        byte[] bytes = read(reader, path);
        Document d = ahead.take(path, bytes);
        return d != null ? d : parse(path, bytes);
    }

    private static byte[] read(SourceReader reader, String path) {
        try {
            byte[] bytes = reader.read(path);
            if (bytes == null) throw new InputException(path, 0, "file not found");
            return bytes;
        } catch (IOException e) {
            throw new InputException(path, 0, "cannot read: " + InputException.reason(e));
        }
    }

    private static Document parse(String path, byte[] bytes) {
        return MarkdownParser.parse(SourceText.decode(path, bytes));
    }

    public Inspection inspect(Post post, SourceReader reader) {
        PostContext ctx = context(post, reader);
        return new Inspection(ctx, findings(ctx));
    }

    private PostContext context(Post post, SourceReader reader) {
        Map<Lang, Variant> variants = new EnumMap<>(Lang.class);
        post.paths().forEach((lang, path) -> variants.put(lang, new Variant(lang, path, document(reader, path))));
        return new PostContext(post.slug(), variants, config, glossary, terms, scriptFixes);
    }

    private List<Finding> findings(PostContext ctx) {
        Map<Lang, Variant> variants = ctx.variants();
        List<Finding> raw = new ArrayList<>();
        for (Rule r : rules) {
            int before = raw.size();
            try {
                r.check(ctx, raw);
            } catch (RuntimeException bug) {
                // A rule that fails on one post must not cost the run every other finding: this post's
                // findings of that rule are replaced by one error saying so, and the run goes on.
                raw.subList(before, raw.size()).clear();
                if (System.getenv("CONCORD_DEBUG") != null) bug.printStackTrace();
                Lang first = variants.keySet().iterator().next();
                raw.add(ctx.at(r, first, 0, 0).message("concord could not check this post for this rule (an internal error: "
                        + "please report it with the post; CONCORD_DEBUG=1 shows the details)").build());
            }
        }
        Map<String, Suppressions> suppressions = new java.util.HashMap<>();
        variants.values().forEach(v -> suppressions.put(v.path(), new Suppressions(v.doc())));
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            Suppressions s = suppressions.get(f.file());
            if (s != null && s.suppresses(f)) continue;
            Severity sev = config.rules().getOrDefault(f.rule(), f.severity());
            out.add(sev == f.severity() ? f : f.withSeverity(sev));
        }
        out.sort(ORDER);
        return dedupe(out);
    }

    /** Report order: by file, then position, then rule. */
    public static final Comparator<Finding> ORDER = Checker::inOrder;

    // A method, not Comparator.comparing(…).thenComparing…: those combinators are lambdas inside
    // the JDK, linked at run time in every process that sorts (docs/performance.md).
    private static int inOrder(Finding a, Finding b) {
        int c = a.file().compareTo(b.file());
        if (c == 0) c = Integer.compare(a.line(), b.line());
        if (c == 0) c = Integer.compare(a.column(), b.column());
        if (c == 0) c = a.rule().compareTo(b.rule());
        return c;
    }

    /** Related locations kept per finding: enough to navigate, bounded so a pathological file stays linear. */
    static final int MAX_RELATED = 8;

    /**
     * The same rule at the same place is one finding: a block that hans lacks is found by both the
     * hant–hans and the hans–en alignment; the report shows it once with both related locations.
     */
    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            Finding prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.rule().equals(f.rule()) && prev.file().equals(f.file()) && prev.line() == f.line()
                    && prev.column() == f.column() && java.util.Objects.equals(prev.term(), f.term())
                    && java.util.Objects.equals(prev.expected(), f.expected())) {
                if (prev.related().size() >= MAX_RELATED) continue;
                List<Finding.Location> related = new ArrayList<>(prev.related());
                for (Finding.Location l : f.related()) if (related.size() < MAX_RELATED && !related.contains(l)) related.add(l);
                out.set(out.size() - 1, new Finding(prev.rule(), prev.severity(), prev.file(), prev.line(), prev.column(),
                        prev.endLine(), prev.endColumn(), prev.variant(), prev.post(), prev.term(), prev.found(),
                        prev.expected(), prev.message(), List.copyOf(related), prev.fix()));
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
