package dev.concord.lsp;

import dev.concord.check.Checker;
import dev.concord.check.Finding;
import dev.concord.check.Inspection;
import dev.concord.check.PostContext;
import dev.concord.check.Variant;
import dev.concord.corpus.Post;
import dev.concord.markdown.Document;
import dev.concord.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One post checked as the editor shows it: the parsed variants and their alignment (for jumps and
 * lenses), the findings, and which buffer version of each variant was judged (edits computed from
 * this check carry that version, so a client rejects them once the text has moved on).
 */
record PostCheck(Project project, Project.Loaded loaded, String slug, PostContext context, List<Finding> findings,
                 Map<String, Integer> versions, long edits) {

    /** Checks the post {@code slug} of a project: open variants from their buffers, the others from disk. */
    static PostCheck run(Project project, String slug, OpenDocuments docs) {
        Project.Loaded loaded = project.current();
        long edits = docs.edits();
        Map<String, OpenDocuments.Buffer> open = new HashMap<>();
        Map<Lang, String> paths = new EnumMap<>(Lang.class);
        for (Lang lang : loaded.config().langs().keySet()) {
            String rel = loaded.layout().pathOf(slug, lang);
            Path abs = project.root().resolve(rel).normalize();
            OpenDocuments.Buffer b = docs.get(abs);
            if (b != null) {
                open.put(rel, b);
                paths.put(lang, rel);
            } else if (Files.isRegularFile(abs)) {
                paths.put(lang, rel);
            }
        }
        OverlayReader reader = new OverlayReader(project.root(), open);
        Map<String, Document> parsed = new HashMap<>();
        for (String rel : paths.values()) parsed.put(rel, project.parsed(reader, rel));
        Inspection in = loaded.checker().withParsed(parsed).inspect(new Post(slug, paths), reader);
        Map<String, Integer> versions = new HashMap<>();
        open.forEach((rel, b) -> versions.put(rel, b.version()));
        return new PostCheck(project, loaded, slug, in.context(), in.findings(), versions, edits);
    }

    Path file(String rel) {
        return project.root().resolve(rel).normalize();
    }

    /** The variant stored at a file, or null when the file is none of this post's. */
    Variant variantAt(Path file) {
        String rel = project.relative(file);
        for (Variant v : context.variants().values()) if (v.path().equals(rel)) return v;
        return null;
    }

    Variant variant(String rel) {
        for (Variant v : context.variants().values()) if (v.path().equals(rel)) return v;
        return null;
    }

    List<Finding> findingsOf(String rel) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) if (f.file().equals(rel)) out.add(f);
        return out;
    }

    /** The buffer version judged for a file, or null when it was read from disk. */
    Integer version(String rel) {
        return versions.get(rel);
    }
}
