package dev.concord.cli;

import dev.concord.model.AtomicFiles;
import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter concord.yaml and glossary/terms.yaml (never overwrites).")
public final class InitCommand implements Callable<Integer> {
    static final String CONFIG = """
            # concord configuration (these are the defaults; delete what you do not change)
            glossary: [glossary]                      # files or folders
            layout: "posts/{lang}/{slug}.md"          # e.g. "_posts/{lang}/{slug}-{lang}.md" for Jekyll
            langs: {hant: hant, hans: hans, en: en}   # code used in paths and front matter lang:
            hant: tw                                  # tw (為 裡 著) or opencc (爲 裏 着)
            quotes: {hant: 「」, hans: “”}
            rules: {}                                 # e.g. {punctuation-style: off, missing-variant: error}
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
        Path root = rootOption.resolve();
        write(root.resolve("concord.yaml"), CONFIG);
        write(root.resolve("glossary/terms.yaml"), TERMS);
        return Main.OK;
    }

    private void write(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            spec.commandLine().getOut().println("kept " + file + " (exists)");
            return;
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + file);
    }
}
