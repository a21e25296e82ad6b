package dev.concord.cli;

import java.nio.file.Path;
import java.util.Map;

/** What the terminal conventions decide: colours, and paths a user can open from where they stand. */
final class Terminal {
    /** {@code --color}: {@code auto} follows the environment and whether output is a terminal. */
    enum ColorMode { auto, always, never }

    private Terminal() {}

    /**
     * Colours on or off. {@code always}/{@code never} win; under {@code auto}, a non-empty
     * {@code NO_COLOR} turns them off (an empty one is "not set", as no-color.org says), a
     * {@code FORCE_COLOR} or {@code CLICOLOR_FORCE} other than empty or {@code 0} turns them on
     * when output is not a terminal (CI logs that render ANSI), else colours follow the terminal.
     */
    static boolean color(ColorMode mode, Map<String, String> env, boolean terminal) {
        if (mode == ColorMode.always) return true;
        if (mode == ColorMode.never) return false;
        if (set(env.get("NO_COLOR"))) return false;
        if (forced(env.get("FORCE_COLOR")) || forced(env.get("CLICOLOR_FORCE"))) return true;
        return terminal;
    }

    private static boolean set(String v) {
        return v != null && !v.isEmpty();
    }

    private static boolean forced(String v) {
        return set(v) && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /** Whether this process talks to a terminal (Java sees one when stdin and stdout are both terminals). */
    static boolean interactive() {
        return System.console() != null;
    }

    /**
     * A root-relative path as the user should see it: from a folder inside the root, relative to
     * that folder, so it opens from there ({@code ../en/x.md} from {@code posts/hans}). From the
     * root, or from outside it ({@code -C ../blog}), the root-relative path, as in JSON and SARIF.
     */
    static String display(Path root, String rootRelative) {
        return display(Path.of("").toAbsolutePath().normalize(), root, rootRelative);
    }

    static String display(Path cwd, Path root, String rootRelative) {
        if (cwd.equals(root) || !cwd.startsWith(root)) return rootRelative;
        return cwd.relativize(root.resolve(rootRelative).normalize()).toString().replace('\\', '/');
    }
}
