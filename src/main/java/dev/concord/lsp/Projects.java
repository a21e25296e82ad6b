package dev.concord.lsp;

import dev.concord.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which project a file belongs to: the nearest folder above it holding a concord.yaml (as the CLI
 * finds its root), else the innermost workspace folder containing it (defaults apply there). One
 * editor can hold several projects: each root gets its own config, glossary and checker.
 */
final class Projects {
    private final Map<Path, Project> byRoot = new ConcurrentHashMap<>();
    private final List<Path> workspaceFolders = new CopyOnWriteArrayList<>();

    void addFolder(Path p) {
        if (p != null && !workspaceFolders.contains(p)) workspaceFolders.add(p);
    }

    void removeFolder(Path p) {
        workspaceFolders.remove(p);
    }

    /** The project of a file, or null when it lies in no project (no concord.yaml, no workspace folder). */
    Project of(Path file) {
        Path root = rootOf(file);
        return root == null ? null : byRoot.computeIfAbsent(root, Project::new);
    }

    /** The project whose root is {@code root} (a root this server handed out, in a command). */
    Project atRoot(Path root) {
        return byRoot.computeIfAbsent(root, Project::new);
    }

    Path rootOf(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(Config.FILE))) return p;
        }
        Path best = null;
        for (Path w : workspaceFolders) {
            if (file.startsWith(w) && (best == null || w.getNameCount() > best.getNameCount())) best = w;
        }
        return best;
    }

    List<Project> all() {
        return new ArrayList<>(byRoot.values());
    }
}
