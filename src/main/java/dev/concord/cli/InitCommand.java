package dev.concord.cli;

import dev.concord.model.AtomicFiles;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.corpus.LayoutDetector;
import dev.concord.corpus.LayoutFit;
import dev.concord.corpus.WorkTreeReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Look at the repository's Markdown files, propose the layout and language codes they use, "
                + "and write concord.yaml and a starter glossary/terms.yaml (never overwrites).",
                "In a Jekyll site, also adds concord's files to _config.yml's exclude: so they are not published."})
public final class InitCommand implements Callable<Integer> {
    static final String DEFAULT_LAYOUT = "posts/{lang}/{slug}.md";

    static final String CONFIG = """
            # concord configuration (docs/config.md describes every key)
            glossary: [glossary]                      # files or folders
            layout: %s
            langs: %s   # code used in paths and front matter lang:
            hant: tw                                  # tw (為 裡 著) or opencc (爲 裏 着)
            quotes: {hant: 「」, hans: “”}
            rules: {}                                 # e.g. {punctuation-style: off, missing-variant: error}
            # links: {lang-segment: true}             # /en/x/ and /zh/x/ are the same link
            """;
    static final String TERMS = """
            # The glossary: one entry per fixed term (docs/glossary.md).
            terms:
              - id: scaling-law
                en: [scaling law, scaling laws]
                hans: 规模法则
                hant: 規模法則
                avoid:
                  hans: [缩放定律, 规模定律]
                  hant: [縮放定律, 規模定律]
              - id: yi-lightning
                keep: Yi-Lightning
            """;

    @Spec CommandSpec spec;
    @Mixin RootOption rootOption;

    @Override
    public Integer call() throws IOException {
        Path root = rootOption.resolveOrNew();
        PrintWriter out = spec.commandLine().getOut();
        LayoutDetector.Proposal p = LayoutDetector.propose(new WorkTreeReader(root).list(""));
        String layout, langs;
        if (p == null) {
            out.println("found no Markdown file with a language in its path; using the layout \"" + DEFAULT_LAYOUT
                    + "\" (posts/hant/x.md, posts/hans/x.md, posts/en/x.md): put the posts there or edit layout: (docs/config.md)");
            layout = "\"" + DEFAULT_LAYOUT + "\"";
            langs = "{hant: hant, hans: hans, en: en}";
        } else {
            out.println("found " + p.files() + " Markdown files in " + p.posts() + " posts, " + p.complete()
                    + " with all three variants (hant, hans, en), under " + LayoutFit.describe(p).replaceFirst(" \\(.*", ""));
            if (p.complete() < p.posts()) {
                out.println("  " + (p.posts() - p.complete()) + " posts lack a variant: `concord check` lists them as missing-variant");
            }
            layout = p.perLang().isEmpty() ? "\"" + p.pattern() + "\""
                    : "{" + String.join(", ", p.perLang().entrySet().stream()
                            .map(e -> e.getKey().key() + ": \"" + e.getValue() + "\"").toList()) + "}";
            langs = "{" + LayoutFit.describeLangs(p.langs()) + "}";
        }
        write(root, Config.FILE, CONFIG.formatted(layout, langs));
        write(root, "glossary/terms.yaml", TERMS);
        if (Files.isRegularFile(root.resolve(ConfigLoader.JEKYLL_CONFIG))) {
            out.println(JekyllExclude.add(root, java.util.List.of(Config.FILE, "glossary/")));
        }
        return Main.OK;
    }

    private void write(Path root, String rel, String content) throws IOException {
        Path file = root.resolve(rel);
        if (Files.exists(file)) {
            spec.commandLine().getOut().println("kept " + rel + " (exists)");
            return;
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + rel);
    }
}
