package dev.concord.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command again in a JVM made for large inputs, when one of its posts is large.
 *
 * <p>{@code bin/concord} starts the JVM for short runs: the first-tier compiler only (C1) and the
 * serial collector with a small first heap. For a post of megabytes that is two to three times
 * slower than needed: one long parse is exactly what the optimising compiler (C2) pays back, and
 * the syntax tree of a 10 MB post (hundreds of MB that stay alive until it is walked) makes a small
 * heap grow by full collections and copy the tree from one survivor space to the other. The
 * launcher says in {@value #OPTIONS_VARIABLE} which JVM options suit large inputs (one a line).
 * {@code check} learns the size of its posts from the walk that finds them (no extra file-system
 * call); when one is {@link #LARGE_POST_BYTES} or more, it stops before reading any or writing
 * anything, leaves the root's fix lock, and runs itself again with those options, the same
 * arguments, standard streams and working directory, exiting with that run's code. The variable
 * is removed for that run, so it never starts a third. Without the variable (tests,
 * {@code java -jar}, the run started here) nothing changes.
 */
final class LargeInputJvm {
    static final String OPTIONS_VARIABLE = "CONCORD_LARGE_INPUT_JVM";
    /** 1 MiB: a real post is a few KB to a few hundred; a 1 MB one already parses for a second. */
    static final long LARGE_POST_BYTES = 1L << 20;

    /** The command line of this process, set by {@link Main#main} only: an in-process run (a test) is never run again. */
    private static volatile String[] processArgs;

    private LargeInputJvm() {}

    static void processArguments(String[] args) {
        processArgs = args.clone();
    }

    /** Whether this process may run its command again: the launcher offered options, and {@link Main#main} started it. */
    static boolean possible() {
        String options = System.getenv(OPTIONS_VARIABLE);
        return options != null && !options.isBlank() && processArgs != null;
    }

    /** Thrown (without a stack trace) to end this JVM's run of the command: another JVM runs it. */
    static final class Large extends RuntimeException {
        Large() {
            super("a post of 1 MiB or more: run again for large inputs", null, false, false);
        }
    }

    /** Ends the run with {@link Large} when the largest post is {@link #LARGE_POST_BYTES} or more. */
    static void stopIfLarge(long largestPostBytes) {
        if (largestPostBytes >= LARGE_POST_BYTES && possible()) throw new Large();
    }

    /** Runs this process's command again with the launcher's options for large inputs; its exit code. */
    static int runAgain() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : System.getenv(OPTIONS_VARIABLE).split("\n")) if (!o.isBlank()) command.add(o);
        command.add("-jar");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(processArgs));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = pb.environment();
        env.remove(OPTIONS_VARIABLE);
        Process p = pb.start();
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // the child has the terminal too: it gets the same signals and ends on its own
            }
        }
    }
}
