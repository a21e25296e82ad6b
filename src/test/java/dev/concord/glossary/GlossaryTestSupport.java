package dev.concord.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fixtures for the glossary tests. */
final class GlossaryTestSupport {
    private GlossaryTestSupport() {}

    static Path sampleRoot() {
        try {
            return Path.of(GlossaryTestSupport.class.getResource("/glossary/sample").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Glossary sample() {
        return GlossaryLoader.load(sampleRoot(), List.of("glossary"));
    }

    /** A glossary from YAML text, as if it were glossary/test.yaml. */
    static Glossary of(String yaml) {
        return new Glossary(GlossaryLoader.parse(yaml, "glossary/test.yaml"));
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
