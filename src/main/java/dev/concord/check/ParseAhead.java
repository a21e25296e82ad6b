package dev.concord.check;

import dev.concord.markdown.Document;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a check names, parsed on another core while the calling thread reads the config and
 * finds the posts. A one-post check (a hook's, an editor's) spends its first ~20 ms on that
 * set-up with one core idle; the parser's first, interpreted run over a real post then overlaps
 * it, instead of a made-up warm-up document's, and the check later has one file fewer to parse.
 *
 * <p>Nothing is trusted: the check reads every file itself, as it always does, and takes a
 * document parsed here only for the same root-relative path and the very same bytes ({@link
 * #take}); anything else (a file changed in between, a path the layout names otherwise, a file
 * this thread could not read) is parsed as if this class did not exist. A file not yet started
 * here when the check wants it is parsed by the check, so three named files are still parsed on
 * both cores. With no file to parse (a folder, --staged), the thread parses {@link #WARM_UP}
 * instead, so that flexmark's class initialisation and first run still happen on the idle core.
 */
public final class ParseAhead {
    /** Files of this size or more are left to the check: a large post makes it run again in another JVM. */
    static final long MAX_BYTES = 1L << 18;
    /** At most this many named files are parsed ahead (a pre-commit run may name hundreds). */
    static final int MAX_FILES = 3;

    /** A little of each kind of block and inline the posts have, so their code runs once before them. */
    static final String WARM_UP = "---\ntitle: t\n---\n\n# Heading\n\nA paragraph with *emphasis*, `code`, a [link](https://example.com) and a footnote[^1].\n\n"
            + "- item\n- item\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\ncode\n```\n\n[^1]: note\n";

    private static final ParseAhead NONE = new ParseAhead(Map.of());

    /**
     * One named file: parsed by whichever comes first, this class's thread or the check. A plain
     * monitor rather than atomics and a {@code CompletableFuture}: those load the {@code VarHandle}
     * and {@code ForkJoinPool} machinery, paid in the interpreter by every one-post check.
     */
    private static final class Pending {
        final Path file;
        /** Set by the first to start it; the check that sets it completes the file with null. */
        private boolean claimed;
        private boolean done;
        /** Set when the check takes the document: it is handed over once. */
        private boolean taken;
        private Parsed parsed;

        Pending(Path file) {
            this.file = file;
        }

        /** True for the first caller only. */
        synchronized boolean claim() {
            if (claimed) return false;
            claimed = true;
            return true;
        }

        synchronized boolean claimed() {
            return claimed;
        }

        synchronized void complete(Parsed p) {
            parsed = p;
            done = true;
            notifyAll();
        }

        /** Waits for the file's parse; its result for the first caller, null for any later one. */
        synchronized Parsed takeWhenDone() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (parsed == null || taken) return null;
            taken = true;
            return parsed;
        }
    }

    private record Parsed(byte[] bytes, Document document) {}

    private final Map<String, Pending> byPath;

    private ParseAhead(Map<String, Pending> byPath) {
        this.byPath = byPath;
    }

    /** Parses nothing; {@link #take} always answers null. */
    public static ParseAhead none() {
        return NONE;
    }

    /**
     * Starts parsing the regular files among {@code paths} (as given on the command line: relative
     * to the working directory or the root) on a daemon thread, or the warm-up document if there
     * are none. Never fails: a path it cannot place is simply not parsed ahead.
     */
    public static ParseAhead start(Path root, List<Path> paths) {
        Map<String, Pending> byPath = new LinkedHashMap<>();
        for (Path p : paths) {
            if (byPath.size() == MAX_FILES) break;
            try {
                String rel = CheckPipeline.rootRelative(root, List.of(p)).get(0);
                Path file = root.resolve(rel);
                if (Files.isRegularFile(file) && Files.size(file) < MAX_BYTES) byPath.putIfAbsent(rel, new Pending(file));
            } catch (RuntimeException | java.io.IOException e) {
                // not parsed ahead: the check reports whatever is wrong with it
            }
        }
        ParseAhead ahead = new ParseAhead(byPath);
        Thread t = new Thread(ahead::parseAll, "concord-parse-ahead");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    private void parseAll() {
        if (byPath.isEmpty()) {
            MarkdownParser.parse(SourceText.of("warm-up.md", WARM_UP));
            return;
        }
        for (Map.Entry<String, Pending> e : byPath.entrySet()) {
            Pending p = e.getValue();
            if (!p.claim()) continue;
            Parsed parsed = null;
            try {
                byte[] bytes = Files.readAllBytes(p.file);
                parsed = new Parsed(bytes, MarkdownParser.parse(SourceText.decode(e.getKey(), bytes)));
            } catch (Throwable t) {
                // Undecodable bytes, a file gone: the check reads and reports it itself.
            }
            p.complete(parsed);
        }
    }

    /** Whether {@code path} is one of the named files (the check parses those last, so this thread has time for them). */
    public boolean covers(String path) {
        return byPath.containsKey(path);
    }

    /**
     * The document parsed here from exactly {@code bytes} at {@code path}, waiting for it if its
     * parse is under way; null when the path was not parsed here (or not yet started, and now
     * never will be), or its bytes were others.
     */
    public Document take(String path, byte[] bytes) {
        Pending p = byPath.get(path);
        if (p == null) return null;
        if (p.claim()) {
            // Not started here: the check parses it, and any later take answers at once.
            p.complete(null);
            return null;
        }
        Parsed parsed = p.takeWhenDone();
        if (parsed == null) return null;
        return Arrays.equals(parsed.bytes(), bytes) ? parsed.document() : null;
    }

    /** Whether {@code path} has been taken, by this class's thread or by the check (tests). */
    boolean started(String path) {
        Pending p = byPath.get(path);
        return p != null && p.claimed();
    }

    /** {@code files} with the ones parsed here moved to the end, each group in its order. */
    public List<String> lastCovered(List<String> files) {
        List<String> out = new ArrayList<>(files.size());
        for (String f : files) if (!covers(f)) out.add(f);
        for (String f : files) if (covers(f)) out.add(f);
        return out;
    }
}
