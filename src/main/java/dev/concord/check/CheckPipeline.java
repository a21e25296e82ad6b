package dev.concord.check;

import dev.concord.catalogue.RuleCatalogue;
import dev.concord.catalogue.Severity;
import dev.concord.config.Config;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.corpus.GitIndexReader;
import dev.concord.corpus.Layout;
import dev.concord.corpus.LayoutFit;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.SourceReader;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.glossary.Glossary;
import dev.concord.markdown.Document;
import dev.concord.model.InputException;
import dev.concord.model.Lang;
import dev.concord.script.ScriptChars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The check, from a root to a result: discover the posts, read and parse their variants, align
 * them, run the rules, apply suppressions and severities, and with {@code fix} apply the safe
 * fixes and check again until nothing is left to fix. Every command that shows findings (check in
 * any format, diff, the HTML report, the trainer) runs this, so the rules run once per run.
 *
 * <p>The glossary (YAML, lint, three matchers) does not depend on the posts: it loads on another
 * core while this thread finds and parses the posts (a pre-commit run is ~0.1 s shorter), and the
 * hant→hans tables warm up on a third thread when a post has both Chinese variants.
 */
public final class CheckPipeline {
    /**
     * What to check.
     *
     * @param config       the root's configuration (its root is where posts are found)
     * @param paths        posts or folders to check, as given (relative to the working directory or the root); empty = every post
     * @param staged       read the versions staged in git (the index) of the posts a commit touches
     * @param fix          apply safe fixes to the work tree, then report what remains
     * @param computeFixes compute script-mixed fixes for a report that shows them (JSON, SARIF)
     */
    public record Request(Config config, List<Path> paths, boolean staged, boolean fix, boolean computeFixes,
                          boolean keepPosts, PostCache cache) {
        /** A request whose result keeps each post as checked (for views of the text), without a cache. */
        public Request(Config config, List<Path> paths, boolean staged, boolean fix, boolean computeFixes) {
            this(config, paths, staged, fix, computeFixes, true, null);
        }

        /**
         * @param keepPosts keep each post as checked in the result ({@link CheckResult#inspections()});
         *                  false: findings only, a post's parsed text is dropped once it is checked
         * @param cache     findings of earlier runs to reuse and update, or null; only with
         *                  {@code keepPosts} false (a cached post is never parsed). With {@code fix}
         *                  it should start empty: a fix is applied only from a fresh check.
         */
        public Request {
            if (keepPosts && cache != null) throw new IllegalArgumentException("a cached post has no parsed text to keep");
        }
    }

    /** Fix passes at most: each applies the fixes that do not overlap; one inside another waits for the next. */
    static final int FIX_PASSES = 5;

    /**
     * Posts up to this many are all parsed, on both cores, while the glossary loads; larger runs
     * parse on this thread only until it is loaded, and the rest inside the parallel check.
     */
    static final int PARSE_AHEAD_MAX = 8;

    private final java.util.function.Supplier<List<Rule>> ruleSource;
    private final Consumer<String> notes;
    private java.util.function.LongConsumer largestPost;

    /**
     * @param rules the rules to run (those the config turns off are skipped)
     * @param notes receives one line per file skipped because it is not a post of the layout, and
     *              warnings about how the layout fits the files
     */
    public CheckPipeline(List<Rule> rules, Consumer<String> notes) {
        this(() -> rules, notes);
    }

    /**
     * @param rules makes the rules to run, once, after this run has found and parsed its posts: rule
     *              classes and their tables are loaded then, while the glossary may still be loading
     *              on the other core, not before the glossary thread has even started
     */
    public CheckPipeline(java.util.function.Supplier<List<Rule>> rules, Consumer<String> notes) {
        this.ruleSource = rules;
        this.notes = notes;
    }

    private FixLog fixLog;
    private CheckProgress progress = CheckProgress.NONE;

    /** Records what {@code fix} changes into {@code log}; a dry-run log keeps the files unwritten. */
    public CheckPipeline withFixLog(FixLog log) {
        this.fixLog = log;
        return this;
    }

    private java.util.function.Function<Config, Glossary> glossaryLoader;
    private ParseAhead parseAhead = ParseAhead.none();

    /** Takes the documents {@code ahead} parses from the very bytes this run reads (see {@link ParseAhead}). */
    public CheckPipeline withParseAhead(ParseAhead ahead) {
        this.parseAhead = ahead;
        return this;
    }

    /**
     * Where the glossary comes from: {@code loader} returns the config's glossary, linted clean (a
     * compiled glossary cache). By default it is read from its YAML and linted on every run.
     */
    public CheckPipeline withGlossaryLoader(java.util.function.Function<Config, Glossary> loader) {
        this.glossaryLoader = loader;
        return this;
    }

    /**
     * Tells {@code largestPost} the size in bytes of the largest post file of the work tree this run
     * will check, once the posts are found and before any is read or any note is written; it may
     * end the run by throwing (the command then runs itself again in another JVM).
     */
    public CheckPipeline withLargestPost(java.util.function.LongConsumer largestPost) {
        this.largestPost = largestPost;
        return this;
    }

    /** Tells {@code p} how many posts are checked and as each is done (a progress line). */
    public CheckPipeline withProgress(CheckProgress p) {
        this.progress = p;
        return this;
    }

    public CheckResult run(Request request) {
        Config config = request.config();
        Path root = config.root();
        Background<Map.Entry<Workspace, Terms>> loading = new Background<>("concord-glossary", () -> {
            Workspace w = glossaryLoader == null ? Workspace.load(root, config) : new Workspace(config, glossaryLoader.apply(config));
            Terms terms = w.terms();
            // The script tables (script-mixed, term rules) load here too, off the thread that
            // parses: the glossary lint loaded them here before a compiled glossary skipped it.
            ScriptChars.isSimplifiedOnly('a');
            // And the rule catalogue, which the rules made after the parse need: reading its index
            // asks every class loader (~2–3 ms), and this thread is done long before the parse.
            RuleCatalogue.entries();
            return Map.entry(w, terms);
        });
        try {
            return run(request, loading);
        } catch (RuntimeException | Error e) {
            // A run ends only once the glossary thread has stopped: it may be writing the compiled
            // glossary under the root, which must not outlive the command (or a test's folder).
            try {
                loading.join();
            } catch (RuntimeException | Error ignored) {
                // the run's own failure is the one to report
            }
            throw e;
        }
    }

    private CheckResult run(Request request, Background<Map.Entry<Workspace, Terms>> loading) {
        Config config = request.config();
        Path root = config.root();
        Layout layout = Layout.of(config);
        if (request.staged() && request.fix()) {
            throw new InputException(null, 0, "--fix cannot be combined with --staged (fixes apply to the work tree)");
        }
        SourceReader reader;
        List<Post> posts;
        if (request.staged()) {
            GitIndexReader index = new GitIndexReader(root);
            reader = index;
            PostDiscovery discovery = new PostDiscovery(layout, reader);
            // a staged draft in an excluded folder is no post, as a whole-blog run would not find it
            WorkTreeReader tree = new WorkTreeReader(root, config.exclude());
            List<String> touched = new ArrayList<>();
            for (String p : index.stagedChanges()) if (layout.match(p) != null && !tree.excludes(p)) touched.add(p);
            if (!request.paths().isEmpty()) touched.retainAll(rootRelative(root, request.paths()));
            posts = discovery.of(touched);
        } else {
            WorkTreeReader tree = new WorkTreeReader(root, config.exclude());
            reader = tree;
            PostDiscovery discovery = new PostDiscovery(layout, reader);
            List<String> skipped = new ArrayList<>();
            List<String> named = new ArrayList<>();
            for (String p : rootRelative(root, request.paths())) {
                // as ESLint and Prettier do with an ignored file named on the command line
                if (tree.excludes(p)) notes.accept("skipped " + p + ": in a folder that exclude: in " + Config.FILE + " names");
                else named.add(p);
            }
            posts = request.paths().isEmpty() ? discovery.all() : discovery.of(named, skipped);
            if (largestPost != null) {
                long largest = 0;
                for (Post p : posts) for (String path : p.paths().values()) largest = Math.max(largest, tree.size(path));
                largestPost.accept(largest);
            }
            for (String f : skipped) notes.accept("skipped " + f + ": not a post of the layout '" + layout.pattern() + "'");
            if (request.paths().isEmpty()) LayoutFit.review(config, layout, reader, posts, notes);
        }
        warmUpConverter(config, posts);
        PostCache cache = request.cache();
        Map<String, Document> parsed = new HashMap<>();
        if (cache == null && posts.size() <= PARSE_AHEAD_MAX) {
            List<String> all = new ArrayList<>();
            for (Post p : posts) all.addAll(p.paths().values());
            // The files parsed ahead go last: by then their parse is done or nearly.
            List<String> files = parseAhead.lastCovered(all);
            List<Document> docs = Parallel.map(files, path -> Checker.load(reader, path, parseAhead));
            for (int i = 0; i < files.size(); i++) parsed.put(files.get(i), docs.get(i));
        } else if (cache == null) {
            // A larger run parses posts on this thread for as long as the glossary loads on the
            // other core (~0.1 s of YAML, lint and matchers without the compiled glossary), instead
            // of waiting for it; the parallel check takes the rest.
            for (Post p : posts) {
                if (loading.isDone()) break;
                for (String path : p.paths().values()) parsed.put(path, Checker.load(reader, path, parseAhead));
            }
        }
        List<Rule> rules = List.copyOf(ruleSource.get());
        Map.Entry<Workspace, Terms> loaded = loading.join();
        Workspace ws = loaded.getKey();
        // Script fixes need the converter's dictionaries: computed only when a fix can be applied or shown. A
        // cache entry serves every report format, so a cached run computes them too.
        boolean wantFixes = request.fix() || request.computeFixes() || cache != null;
        Checker checker = new Checker(ws.config(), ws.glossary(), loaded.getValue(), rules, wantFixes ? ws.scriptFixes() : null)
                .withParsed(parsed).withProgress(progress);
        // A dry run's fixed files stay in the log; later passes and the report read them from there.
        FixLog log = fixLog != null ? fixLog : new FixLog(false);
        SourceReader fixed = log.reader(reader);
        java.util.function.Supplier<CheckResult> check = request.keepPosts()
                ? () -> checker.check(posts, fixed)
                : () -> checker.findingsOf(posts, fixed, cache);
        CheckResult result = check.get();
        // A file changed since it was checked is left alone and checked again (Fixer: fixes carry the checksum).
        List<String> stale = List.of();
        for (int pass = 0; request.fix() && pass < FIX_PASSES; pass++) {
            List<String> changed = new ArrayList<>();
            List<Fixer.Edit> edits = Fixer.plan(fixed::read, result.findings(), changed);
            if (edits.isEmpty() && changed.isEmpty()) break;
            for (Fixer.Edit e : edits) {
                if (!log.dryRun() && !Fixer.write(root, e)) {
                    changed.add(e.file());
                    continue;
                }
                log.record(e, e.original());
            }
            stale = changed;
            result = check.get();
        }
        for (String f : stale) notes.accept(f + ": changed while being fixed; left as it is (run --fix again)");
        if (cache != null) {
            // A run over every post knows which posts exist: entries of deleted posts go.
            if (request.paths().isEmpty() && !request.staged()) cache.retainOnly(posts.stream().map(Post::slug).toList());
            cache.save();
        }
        return result;
    }

    /** Arguments as root-relative '/' paths; a path outside the root is an input error. */
    public static List<String> rootRelative(Path root, List<Path> paths) {
        List<String> out = new ArrayList<>();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p : paths) {
            Path abs = (p.isAbsolute() ? p : cwd.resolve(p)).normalize();
            if (!abs.startsWith(root)) {
                // Relative to the root given with --root, as users of -C expect.
                Path alt = root.resolve(p).normalize();
                if (!p.isAbsolute() && alt.startsWith(root) && Files.exists(alt)) abs = alt;
                else throw new InputException(p.toString(), 0, "is outside the root " + root);
            }
            if (!Files.exists(abs)) throw new InputException(p.toString(), 0, "no such file or directory");
            out.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return out;
    }

    /**
     * variant-divergence converts hant to hans; its tables take ~0.05 s to load, so a post with both
     * variants starts that on a third thread now rather than when the rule first needs it.
     */
    private static void warmUpConverter(Config config, List<Post> posts) {
        if (config.rules().get("variant-divergence") == Severity.OFF) return;
        boolean both = false;
        for (Post p : posts) both |= p.paths().containsKey(Lang.HANT) && p.paths().containsKey(Lang.HANS);
        if (!both) return;
        HantStandard standard = HantStandard.parse(config.hant());
        Thread t = new Thread(() -> ScriptConverter.toHans(standard), "concord-converter-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
