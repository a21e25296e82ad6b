package dev.concord.lsp;

import dev.concord.check.Checker;
import dev.concord.check.Terms;
import dev.concord.check.Workspace;
import dev.concord.check.rules.Rules;
import dev.concord.config.Config;
import dev.concord.corpus.Layout;
import dev.concord.corpus.SourceReader;
import dev.concord.markdown.Document;
import dev.concord.glossary.Glossary;
import dev.concord.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * One project root (the folder of a concord.yaml) as the server keeps it warm: config, glossary,
 * term matchers and checker, loaded once and reloaded only when concord.yaml or a glossary file
 * changes on disk (checked by modification time and size before each check, which costs a few
 * stat calls and works with editors that send no file-change events).
 */
final class Project {
    /** What a check needs; replaced as a whole on reload, so a running check keeps a consistent one. */
    record Loaded(Config config, Glossary glossary, Terms terms, Layout layout, Checker checker) {}

    private final Path root;
    private Loaded loaded;
    private InputException error;
    private String stamp;

    Project(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * The current config and glossary, reloaded if their files changed.
     *
     * @throws InputException when concord.yaml or the glossary is unusable (the message names file:line)
     */
    synchronized Loaded current() {
        String now = stamp();
        if (!now.equals(stamp)) {
            stamp = now;
            try {
                loaded = load();
                error = null;
            } catch (InputException e) {
                loaded = null;
                error = e;
            } catch (java.io.UncheckedIOException e) {
                loaded = null;
                error = new InputException(null, 0, e.getMessage());
            }
        }
        if (error != null) throw error;
        return loaded;
    }

    /** Forces a reload at the next use (after the server itself wrote the glossary). */
    synchronized void invalidate() {
        stamp = null;
    }

    /** The same workspace (config, linted glossary, matchers, script fixes) the check pipeline builds, kept. */
    private Loaded load() {
        Workspace ws = Workspace.load(root);
        Terms terms = ws.terms();
        Checker checker = new Checker(ws.config(), ws.glossary(), terms, Rules.all(), ws.scriptFixes());
        return new Loaded(ws.config(), ws.glossary(), terms, Layout.of(ws.config()), checker);
    }

    /** Modification times and sizes of concord.yaml and every glossary file: a change means reload. */
    private String stamp() {
        StringBuilder sb = new StringBuilder();
        Path configFile = root.resolve(Config.FILE);
        stampOf(configFile, sb);
        List<String> entries = loaded != null ? loaded.config().glossary() : List.of("glossary");
        for (String entry : entries) {
            Path p = root.resolve(entry).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                            .forEach(f -> stampOf(f, sb));
                } catch (IOException | java.io.UncheckedIOException e) {
                    sb.append("unlistable ").append(p);
                }
            } else {
                stampOf(p, sb);
            }
        }
        return sb.toString();
    }

    private static void stampOf(Path p, StringBuilder sb) {
        sb.append(p).append(' ');
        try {
            sb.append(Files.getLastModifiedTime(p).toMillis()).append(' ').append(Files.size(p));
        } catch (IOException e) {
            sb.append('-');
        }
        sb.append('\n');
    }

    /** A parsed file and the bytes it was parsed from. */
    private record Parsed(byte[] bytes, Document doc) {}

    /**
     * Parsed files by root-relative path. Typing changes one variant; the other two (and the
     * unchanged parts of the session) are parsed once, not at every keystroke. Documents are
     * immutable, so a check may share one with the previous check.
     */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** The document of a file as {@code reader} has it now, parsed again only if its bytes changed. */
    Document parsed(SourceReader reader, String rel) {
        byte[] bytes;
        try {
            bytes = reader.read(rel);
        } catch (IOException e) {
            throw new InputException(rel, 0, "cannot read: " + e.getMessage());
        }
        Parsed p = parsed.get(rel);
        if (p != null && bytes != null && Arrays.equals(p.bytes(), bytes)) return p.doc();
        Document doc = Checker.load(reader, rel);
        if (bytes != null) parsed.put(rel, new Parsed(bytes, doc));
        return doc;
    }

    /** A file's path relative to the root with '/', or null when it lies outside. */
    String relative(Path file) {
        if (!file.startsWith(root)) return null;
        return root.relativize(file).toString().replace('\\', '/');
    }
}
