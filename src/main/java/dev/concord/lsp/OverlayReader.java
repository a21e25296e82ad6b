package dev.concord.lsp;

import dev.concord.corpus.SourceReader;
import dev.concord.corpus.WorkTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Posts as the translator sees them: a variant open in the editor is read from its buffer (saved
 * or not), any other from disk. The buffers are a snapshot taken when the check starts, so one
 * check sees one consistent state and knows which version of each buffer it judged.
 */
final class OverlayReader implements SourceReader {
    private final Path root;
    private final WorkTreeReader disk;
    private final Map<String, OpenDocuments.Buffer> buffers;

    /** @param buffers open buffers by root-relative path */
    OverlayReader(Path root, Map<String, OpenDocuments.Buffer> buffers) {
        this.root = root;
        this.disk = new WorkTreeReader(root);
        this.buffers = Map.copyOf(buffers);
    }

    @Override
    public byte[] read(String path) throws IOException {
        OpenDocuments.Buffer b = buffers.get(path);
        return b != null ? b.text().getBytes(StandardCharsets.UTF_8) : disk.read(path);
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        return disk.list(prefix);
    }

    Map<String, OpenDocuments.Buffer> buffers() {
        return buffers;
    }

    Path root() {
        return root;
    }
}
