package dev.concord.cli;

import dev.concord.check.Workspace;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.corpus.Layout;
import dev.concord.corpus.Post;
import dev.concord.corpus.PostDiscovery;
import dev.concord.corpus.WorkTreeReader;
import dev.concord.model.Lang;
import dev.concord.suggest.Suggester;
import dev.concord.suggest.Suggestion;
import dev.concord.suggest.SuggestionWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord glossary suggest}: terms the blog uses, with their renderings, for a glossary to start from. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Mine the posts for glossary terms: English terms with the Chinese renderings that go with them in "
                + "aligned blocks; the most term-like first, terms rendered more than one way weighted up.")
final class GlossarySuggestCommand implements Callable<Integer> {
    enum Format { text, yaml, json }

    @Mixin
    RootOption root;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--min-posts", paramLabel = "N", defaultValue = "" + Suggester.DEFAULT_MIN_POSTS,
            description = "Only terms used in at least N posts, and terms quoted two ways in one post "
                    + "(default: ${DEFAULT-VALUE}).")
    int minPosts;
    @Option(names = "--format", paramLabel = "text|yaml|json", defaultValue = "text",
            description = "text (default), yaml (glossary entries to review and paste) or json.")
    Format format;
    @Option(names = "--limit", paramLabel = "N", description = "Only the first N suggestions.")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        if (minPosts < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--min-posts must be at least 1");
        if (limit != null && limit < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        java.nio.file.Path dir = root.resolve();
        Config config = ConfigLoader.load(dir);
        Workspace ws = Workspace.load(dir, config);
        // the posts check would check: the config's exclude: folders are no part of the blog
        WorkTreeReader reader = new WorkTreeReader(dir, config.exclude());
        List<Post> posts = new PostDiscovery(new Layout(config.layout(), config.langs()), reader).all();
        if (LargeInputJvm.possible()) {
            // a post of megabytes is parsed faster by a JVM made for it, as check does (LargeInputJvm)
            long largest = 0;
            for (Post p : posts) for (String path : p.paths().values()) largest = Math.max(largest, reader.size(path));
            try {
                LargeInputJvm.stopIfLarge(largest);
            } catch (LargeInputJvm.Large large) {
                return LargeInputJvm.runAgain();
            }
        }
        if (posts.stream().noneMatch(p -> p.paths().containsKey(Lang.EN) && (p.paths().containsKey(Lang.HANS) || p.paths().containsKey(Lang.HANT)))) {
            // Terms are found in the English posts and paired with their translations: say why the list is empty.
            spec.commandLine().getErr().println("concord: note: no post has an English and a Chinese variant"
                    + " (layout: \"" + config.layout() + "\"); suggest finds terms in English posts and their translations");
        }
        Suggester suggester = new Suggester(ws.glossary(), ScriptConverter.toHans(HantStandard.parse(config.hant())), minPosts);
        List<Suggestion> found = suggester.suggest(posts, reader);
        if (limit != null && found.size() > limit) found = found.subList(0, limit);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> SuggestionWriter.text(found, out);
            case json -> SuggestionWriter.json(found, out);
            case yaml -> SuggestionWriter.yaml(found, out);
        }
        return Main.OK;
    }
}
