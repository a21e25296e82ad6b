package dev.concord.corpus;

import dev.concord.model.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Finds posts: every post of the layout, or the posts that given files belong to. */
public final class PostDiscovery {
    private final Layout layout;
    private final SourceReader reader;

    public PostDiscovery(Layout layout, SourceReader reader) {
        this.layout = layout;
        this.reader = reader;
    }

    /** Every post of the layout, sorted by slug. */
    public List<Post> all() {
        try {
            List<String> files = new ArrayList<>();
            for (String prefix : layout.walkPrefixes()) files.addAll(reader.list(prefix));
            return group(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The posts of the given root-relative paths (files or folders). A Markdown file that is not a
     * post of the layout (README.md, docs/…) is passed to {@code skipped} rather than failing:
     * pre-commit hands the hook every staged *.md, and a commit touching the README must not fail.
     */
    public List<Post> of(Collection<String> paths) {
        return of(paths, new ArrayList<>());
    }

    public List<Post> of(Collection<String> paths, List<String> skipped) {
        Set<String> slugs = new LinkedHashSet<>();
        Map<String, String> from = new java.util.HashMap<>(); // slug -> the argument that named it
        List<String> files = new ArrayList<>();
        try {
            for (String p : paths) {
                List<String> under = reader.list(p);
                if (!under.isEmpty()) {
                    files.addAll(under);
                    continue;
                }
                Layout.PostFile f = layout.match(p);
                if (f == null) {
                    skipped.add(p);
                    continue;
                }
                slugs.add(f.slug());
                from.putIfAbsent(f.slug(), p);
            }
            for (String f : files) {
                Layout.PostFile pf = layout.match(f);
                if (pf != null && slugs.add(pf.slug())) from.putIfAbsent(pf.slug(), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Post> out = new ArrayList<>();
        for (String slug : slugs) {
            Map<Lang, String> variants = new EnumMap<>(Lang.class);
            for (Lang l : Lang.values()) {
                String path = layout.pathOf(slug, l);
                try {
                    if (reader.read(path) != null) variants.put(l, path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (variants.isEmpty()) {
                skipped.add(from.get(slug)); // a folder named like a post (x.md/): no file to check
                continue;
            }
            out.add(new Post(slug, variants));
        }
        return out;
    }

    private List<Post> group(List<String> files) {
        Map<String, Map<Lang, String>> bySlug = new TreeMap<>();
        for (String f : files) {
            Layout.PostFile pf = layout.match(f);
            if (pf == null) continue;
            bySlug.computeIfAbsent(pf.slug(), s -> new EnumMap<>(Lang.class)).put(pf.lang(), f);
        }
        List<Post> out = new ArrayList<>();
        bySlug.forEach((slug, v) -> out.add(new Post(slug, v)));
        return out;
    }
}
