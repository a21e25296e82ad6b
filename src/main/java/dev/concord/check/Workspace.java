package dev.concord.check;

import dev.concord.config.Config;
import dev.concord.config.ConfigLoader;
import dev.concord.convert.HantStandard;
import dev.concord.convert.ScriptConverter;
import dev.concord.convert.TermSource;
import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLinter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.TermMatch;
import dev.concord.glossary.TermMatcher;
import dev.concord.model.Lang;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The root's config and glossary, loaded once per command; a broken glossary stops the run (exit 2). */
public record Workspace(Config config, Glossary glossary) {
    /** True when {@code root} has a concord.yaml or the default glossary: the commands then require a glossary. */
    public static boolean isProject(Path root) {
        return java.nio.file.Files.isRegularFile(root.resolve(Config.FILE))
                || Config.defaults(root).glossary().stream().anyMatch(g -> java.nio.file.Files.exists(root.resolve(g)));
    }

    public static Workspace load(Path root) {
        return load(root, ConfigLoader.load(root));
    }

    public static Workspace load(Path root, Config config) {
        Glossary glossary = GlossaryLoader.load(root, config.glossary());
        GlossaryLinter.requireClean(glossary);
        return new Workspace(config, glossary);
    }

    /** Converts a run into a variant's script, with the configured hant standard (script-mixed fixes). */
    public ScriptFixes scriptFixes() {
        var standard = HantStandard.parse(config.hant());
        return (run, to) -> ScriptConverter.get(to, standard).convert(run);
    }

    /** Term occurrences for the converter, from the same matchers. */
    public TermSource termSource() {
        Map<Lang, TermMatcher> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) m.put(l, glossary.matcher(l));
        return (text, lang) -> m.get(lang).find(text);
    }

    /** One matcher per variant, built once and shared by every thread (matching is read-only). */
    public Terms terms() {
        Map<Lang, Function<CharSequence, List<TermMatch>>> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            TermMatcher matcher = glossary.matcher(l);
            m.put(l, matcher::find);
        }
        return new Terms(m);
    }
}
