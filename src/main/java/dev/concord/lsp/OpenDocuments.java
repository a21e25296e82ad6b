package dev.concord.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The editor's buffers, as the client last sent them: what the translator sees, saved or not.
 * Keyed by absolute file path (clients spell URIs differently: percent-escapes, drive letters);
 * the client's own URI is kept for the messages sent back about the file.
 */
final class OpenDocuments {
    /** One open buffer. */
    record Buffer(String uri, Path path, String text, int version) {}

    private final Map<Path, Buffer> byPath = new ConcurrentHashMap<>();
    /** Bumped by every edit: a result computed before the last bump may be stale. */
    private final AtomicLong edits = new AtomicLong();

    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme())) return null;
            return Path.of(u).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Buffer open(String uri, String text, int version) {
        Path p = pathOf(uri);
        if (p == null) return null;
        Buffer b = new Buffer(uri, p, text, version);
        byPath.put(p, b);
        edits.incrementAndGet();
        return b;
    }

    /** Applies the client's changes in order: a change without a range replaces the whole text. */
    Buffer change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        Path p = pathOf(uri);
        Buffer b = p == null ? null : byPath.get(p);
        if (b == null) return null;
        String text = b.text();
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                text = c.getText();
            } else {
                int s = Positions.offset(text, c.getRange().getStart());
                int e = Math.max(s, Positions.offset(text, c.getRange().getEnd()));
                text = text.substring(0, s) + c.getText() + text.substring(e);
            }
        }
        Buffer changed = new Buffer(b.uri(), p, text, version);
        byPath.put(p, changed);
        edits.incrementAndGet();
        return changed;
    }

    Buffer close(String uri) {
        Path p = pathOf(uri);
        edits.incrementAndGet();
        return p == null ? null : byPath.remove(p);
    }

    Buffer get(Path p) {
        return byPath.get(p);
    }

    Buffer get(String uri) {
        Path p = pathOf(uri);
        return p == null ? null : byPath.get(p);
    }

    List<Buffer> all() {
        return List.copyOf(byPath.values());
    }

    long edits() {
        return edits.get();
    }

    /** The client's URI for a file if it is open, else the file's own URI. */
    String uriOf(Path p) {
        Buffer b = byPath.get(p);
        return b != null ? b.uri() : p.toUri().toString();
    }
}
