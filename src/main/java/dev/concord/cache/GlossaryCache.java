package dev.concord.cache;

import dev.concord.glossary.Glossary;
import dev.concord.glossary.GlossaryLinter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.glossary.LangText;
import dev.concord.glossary.Term;
import dev.concord.glossary.TermDetails;
import dev.concord.glossary.TermMatcher;
import dev.concord.model.AtomicFiles;
import dev.concord.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary as loaded and linted, with its term matchers, kept between runs
 * ({@code .concord/cache/glossary}), so that a run whose glossary has not changed neither reads
 * the YAML, lints it nor builds the matchers again: in a one-post check
 * (a pre-commit hook) the YAML library's first run, the lint and the tables it reads were a third of
 * the CPU time (docs/performance.md).
 *
 * <p>Never stale: the file holds the exact bytes of every glossary file it was compiled from, and
 * is used only when the running build ({@link CacheKey#build()}: version, jar size and time), the
 * root, the config's glossary entries, the list of glossary files they name and each file's bytes
 * are all the same, byte for byte (stronger than a hash, and cheaper than computing one in a JVM
 * that has just started). Anything else loads the YAML and writes the cache again. A glossary that
 * fails to load or lint is never written, so its error is reported on every run. A missing,
 * damaged or unwritable cache is only slower, never an error; the file is replaced atomically.
 */
public final class GlossaryCache {
    private static final String MAGIC = "concord glossary cache";
    /** Bumped when the file layout changes (the build is in the key anyway). */
    private static final int FORMAT = 3; // 2: term details (definition, part of speech, subject, source id, notes per variant); 3: the matchers
    static final String FILE_NAME = "glossary";

    private GlossaryCache() {}

    /** A glossary and whether it came from the cache (tests). */
    record Loaded(Glossary glossary, boolean fromCache) {}

    /**
     * The root's glossary, linted clean (an {@link dev.concord.model.InputException} otherwise).
     *
     * @param root    the project root
     * @param entries the config's glossary entries (files or folders relative to the root)
     * @param dir     the cache folder ({@code .concord/cache} under the root, or --cache-location)
     */
    public static Glossary load(Path root, List<String> entries, Path dir) {
        return load(root, entries, dir, CacheKey.build()).glossary();
    }

    static Loaded load(Path root, List<String> entries, Path dir, String build) {
        Path file = dir.resolve(FILE_NAME);
        Glossary cached = read(file, root, entries, build);
        if (cached != null) return new Loaded(cached, true);
        Map<Path, byte[]> sources = new LinkedHashMap<>();
        Glossary glossary = GlossaryLoader.load(root, entries, sources::put);
        GlossaryLinter.requireClean(glossary);
        write(file, root, entries, build, sources, glossary);
        return new Loaded(glossary, false);
    }

    /** The cached glossary if everything it was compiled from is unchanged, else null. */
    private static Glossary read(Path file, Path root, List<String> entries, String build) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // first run, or unreadable: compile
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(FindingCodec.string(in)) || in.readInt() != FORMAT) return null;
            if (!build.equals(FindingCodec.string(in)) || !root.toString().equals(FindingCodec.string(in))) return null;
            if (!entries.equals(strings(in))) return null;
            List<Path> files = new ArrayList<>();
            for (String entry : entries) files.addAll(GlossaryLoader.files(root, entry));
            if (FindingCodec.count(in) != files.size()) return null;
            for (Path f : files) {
                if (!f.toString().equals(FindingCodec.string(in))) return null;
                byte[] stored = in.readNBytes(FindingCodec.count(in));
                if (!Arrays.equals(stored, Files.readAllBytes(f))) return null;
            }
            int n = FindingCodec.count(in);
            List<Term> terms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) terms.add(term(in));
            Glossary glossary = new Glossary(terms);
            for (Lang l : Lang.values()) {
                TermMatcher m = TermMatcher.read(in, glossary);
                if (m.lang() != l) return null;
                glossary.useMatcher(m);
            }
            if (in.read() != -1) return null;
            return glossary;
        } catch (IOException | RuntimeException e) {
            // Damaged, from another writer, or a glossary folder that can no longer be listed:
            // compile from the YAML, which reports a real problem with the files as such.
            return null;
        }
    }

    private static void write(Path file, Path root, List<String> entries, String build, Map<Path, byte[]> sources,
                              Glossary glossary) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            FindingCodec.string(out, MAGIC);
            out.writeInt(FORMAT);
            FindingCodec.string(out, build);
            FindingCodec.string(out, root.toString());
            strings(out, entries);
            out.writeInt(sources.size());
            for (var e : sources.entrySet()) {
                FindingCodec.string(out, e.getKey().toString());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            out.writeInt(glossary.size());
            for (Term t : glossary.terms()) term(out, t);
            // The matchers too: the check needs them next, and building them is most of what a
            // run whose glossary has not changed would still do with the glossary.
            for (Lang l : Lang.values()) glossary.matcher(l).write(out, glossary);
            out.flush();
            Files.createDirectories(file.getParent());
            FindingsCache.ignoreInGit(file.getParent());
            AtomicFiles.write(file, buffer.toByteArray());
        } catch (IOException | RuntimeException e) {
            // read-only folder, full disk: the next run compiles again
        }
    }

    private static void term(DataOutputStream out, Term t) throws IOException {
        FindingCodec.string(out, t.id());
        renderings(out, t.accepted());
        renderings(out, t.avoid());
        FindingCodec.string(out, t.keep());
        out.writeBoolean(t.caseExact());
        FindingCodec.string(out, t.note());
        FindingCodec.string(out, t.file());
        out.writeInt(t.line());
        TermDetails d = t.details();
        FindingCodec.string(out, d.sourceId());
        FindingCodec.string(out, d.subject());
        langText(out, d.definition());
        langText(out, d.partOfSpeech());
        langText(out, LangText.of(null, d.notes()));
    }

    private static void langText(DataOutputStream out, LangText text) throws IOException {
        FindingCodec.string(out, text.all());
        out.writeInt(text.byLang().size());
        for (var e : text.byLang().entrySet()) {
            out.writeInt(e.getKey().ordinal());
            FindingCodec.string(out, e.getValue());
        }
    }

    private static LangText langText(DataInputStream in) throws IOException {
        String all = FindingCodec.string(in);
        Map<Lang, String> byLang = new EnumMap<>(Lang.class);
        int n = FindingCodec.count(in);
        for (int i = 0; i < n; i++) {
            int lang = in.readInt();
            String v = FindingCodec.string(in);
            if (lang < 0 || lang >= Lang.values().length || v == null) throw new IOException("damaged glossary cache");
            byLang.put(Lang.values()[lang], v);
        }
        return LangText.of(all, byLang);
    }

    private static Term term(DataInputStream in) throws IOException {
        String id = FindingCodec.string(in);
        Map<Lang, List<String>> accepted = renderings(in);
        Map<Lang, List<String>> avoid = renderings(in);
        String keep = FindingCodec.string(in);
        boolean caseExact = in.readBoolean();
        String note = FindingCodec.string(in);
        String file = FindingCodec.string(in);
        int line = in.readInt();
        String sourceId = FindingCodec.string(in), subject = FindingCodec.string(in);
        LangText definition = langText(in), partOfSpeech = langText(in), notes = langText(in);
        return new Term(id, accepted, avoid, keep, caseExact, note, file, line,
                new TermDetails(sourceId, subject, definition, partOfSpeech, notes.byLang()));
    }

    /** Per variant, in the loader's order (an EnumMap), as the loader makes them. */
    private static void renderings(DataOutputStream out, Map<Lang, List<String>> m) throws IOException {
        out.writeInt(m.size());
        for (var e : m.entrySet()) {
            out.writeInt(e.getKey().ordinal());
            strings(out, e.getValue());
        }
    }

    private static Map<Lang, List<String>> renderings(DataInputStream in) throws IOException {
        Map<Lang, List<String>> m = new EnumMap<>(Lang.class);
        int n = FindingCodec.count(in);
        for (int i = 0; i < n; i++) {
            int lang = in.readInt();
            if (lang < 0 || lang >= Lang.values().length) throw new IOException("damaged glossary cache");
            m.put(Lang.values()[lang], strings(in));
        }
        return Collections.unmodifiableMap(m);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) FindingCodec.string(out, s);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = FindingCodec.count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String s = FindingCodec.string(in);
            if (s == null) throw new IOException("damaged glossary cache");
            out.add(s);
        }
        return List.copyOf(out);
    }
}
