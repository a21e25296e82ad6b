package dev.concord.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Where the bytes of posts come from: the work tree, or the git index for {@code --staged}.
 * Paths are root-relative with '/'.
 */
public interface SourceReader {
    /** The file's bytes, or null when it does not exist in this source. */
    byte[] read(String path) throws IOException;

    /** Every file path of this source that lies under {@code prefix} (a root-relative directory or ""). */
    List<String> list(String prefix) throws IOException;
}
