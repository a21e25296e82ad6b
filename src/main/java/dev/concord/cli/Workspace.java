package dev.concord.cli;

import dev.concord.check.Terms;
import dev.concord.config.Config;
import dev.concord.glossary.Glossary;
import java.nio.file.Path;

/** The root's config and glossary, loaded once per command. */
record Workspace(Config config, Glossary glossary) {
    Terms terms() {
        return Terms.none();
    }

    static Workspace load(Path root) {
        // TEMPORARY until the glossary branch lands.
        return new Workspace(Config.defaults(root), Glossary.empty());
    }
}
