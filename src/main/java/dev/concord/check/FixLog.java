package dev.concord.check;

import dev.concord.corpus.SourceReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --fix} changed, in order, and each changed file before and after. In a dry run the
 * fixed files are kept here instead of written, and the check reads them from here, so later
 * passes and the report see the same text a real run would.
 */
public final class FixLog {
    private final boolean dryRun;
    private final Map<String, byte[]> before = new LinkedHashMap<>();
    private final Map<String, byte[]> after = new LinkedHashMap<>();
    private final List<Fixer.Change> changes = new ArrayList<>();

    public FixLog(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** The check's reader: in a dry run, fixed files come from here. */
    SourceReader reader(SourceReader disk) {
        if (!dryRun) return disk;
        return new SourceReader() {
            @Override
            public byte[] read(String path) throws IOException {
                byte[] b = after.get(path);
                return b != null ? b : disk.read(path);
            }

            @Override
            public List<String> list(String prefix) throws IOException {
                return disk.list(prefix);
            }
        };
    }

    /** Records an edit about to be written (or, in a dry run, instead of writing it). */
    void record(Fixer.Edit e, byte[] original) {
        before.putIfAbsent(e.file(), original);
        after.put(e.file(), e.updated());
        changes.addAll(e.changes());
    }

    /** Every change, in the order made (file by file within a pass). */
    public List<Fixer.Change> changes() {
        return changes;
    }

    /** Changed files: root-relative path → bytes before the first fix. */
    public Map<String, byte[]> before() {
        return before;
    }

    /** Changed files: root-relative path → bytes after the last fix. */
    public Map<String, byte[]> after() {
        return after;
    }
}
