package dev.concord.corpus;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads posts from the file system under the root. */
public final class WorkTreeReader implements SourceReader {
    /** Directories that never hold posts and can be huge. */
    private static final Set<String> SKIP = Set.of(".git", "target", "node_modules", ".svn", ".hg", "_site", ".jekyll-cache");

    private final Path root;

    public WorkTreeReader(Path root) {
        this.root = root;
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p = root.resolve(path);
        if (!Files.isRegularFile(p)) return null;
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Path start = prefix.isEmpty() ? root : root.resolve(prefix);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(start)) return out;
        // Follows symlinked folders (blogs link shared folders) but Files.walkFileTree detects loops
        // and reports them to visitFileFailed, where we skip them instead of failing the run.
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                if (!dir.equals(start) && name != null && SKIP.contains(name.toString())) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) out.add(relative(file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // symlink loop or unreadable entry: not a post
            }
        });
        out.sort(null);
        return out;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
