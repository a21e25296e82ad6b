package dev.concord.cli;

import dev.concord.check.Terms;
import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLinter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.TermMatcher;
import dev.concord.model.Lang;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The root's config and glossary, loaded once per command; a broken glossary stops the run (exit 2). */
record Workspace(Config config, Glossary glossary) {
    /** True when {@code root} has a concord.yaml or the default glossary: the commands then require a glossary. */
    static boolean isProject(Path root) {
        return java.nio.file.Files.isRegularFile(root.resolve(Config.FILE))
                || Config.defaults(root).glossary().stream().anyMatch(g -> java.nio.file.Files.exists(root.resolve(g)));
    }

    static Workspace load(Path root) {
        return load(root, ConfigLoader.load(root));
    }

    static Workspace load(Path root, Config config) {
        Glossary glossary = GlossaryLoader.load(root, config.glossary());
        GlossaryLinter.requireClean(glossary);
        return new Workspace(config, glossary);
    }

    /** Converts a run into a variant's script, with the configured hant standard (script-mixed fixes). */
    dev.concord.check.ScriptFixes scriptFixes() {
        var standard = dev.concord.convert.HantStandard.parse(config.hant());
        return (run, to) -> dev.concord.convert.ScriptConverter.get(to, standard).convert(run);
    }

    /** Term occurrences for the converter, from the same matchers. */
    dev.concord.convert.TermSource termSource() {
        Map<Lang, TermMatcher> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) m.put(l, new TermMatcher(glossary, l));
        return (text, lang) -> m.get(lang).find(text);
    }

    /** One matcher per variant, built once and shared by every thread (matching is read-only). */
    Terms terms() {
        Map<Lang, Function<CharSequence, java.util.List<dev.concord.glossary.TermMatch>>> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            TermMatcher matcher = new TermMatcher(glossary, l);
            m.put(l, matcher::find);
        }
        return new Terms(m);
    }
}
