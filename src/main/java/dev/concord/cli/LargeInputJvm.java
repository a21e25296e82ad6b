package dev.concord.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs a command again in a JVM made for large inputs, when one of its posts is large.
 *
 * <p>{@code bin/concord} starts the JVM for short runs: the first-tier compiler only (C1) and the
 * serial collector with a small first heap. For a post of megabytes that is two to three times
 * slower than needed: one long parse is exactly what the optimising compiler (C2) pays back, and
 * the syntax tree of a 10 MB post (hundreds of MB that stay alive until it is walked) makes a small
 * heap grow by full collections and copy the tree from one survivor space to the other. The
 * launcher says in {@value #OPTIONS_VARIABLE} which JVM options suit large inputs (one a line);
 * a command that finds a post of {@link #LARGE_POST_BYTES} or more before it reads anything runs
 * itself again with them, with the same arguments, standard streams and working directory, and
 * exits with that run's code. The variable is removed for that run, so it never starts a third.
 * Without the variable (tests, {@code java -jar}, the run started here) nothing changes.
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

    /**
     * The exit code of this command run again for large inputs, or -1 when this JVM runs it: the
     * launcher offered no options, this is not a process started by {@link Main#main}, or
     * {@code largestPostBytes} (asked only when a run again is possible) is under the limit.
     */
    static int runAgainIfLarge(LongSupplier largestPostBytes) throws IOException {
        String options = System.getenv(OPTIONS_VARIABLE);
        String[] args = processArgs;
        if (options == null || options.isBlank() || args == null) return -1;
        if (largestPostBytes.getAsLong() < LARGE_POST_BYTES) return -1;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : options.split("\n")) if (!o.isBlank()) command.add(o);
        command.add("-jar");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
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
