package dev.concord.check;

import java.util.function.Supplier;

/**
 * A value computed on a thread of its own, started at once; {@link #join} waits for it.
 *
 * <p>A plain {@link Thread} and {@link Thread#join}, not {@code CompletableFuture.supplyAsync}:
 * on a one-post check every class the JVM loads and initialises is paid in the interpreter, and a
 * {@code CompletableFuture} brings the {@code ForkJoinPool} and the {@code VarHandle} machinery
 * with it (~2 ms of CPU per process, docs/performance.md). {@code join} gives the happens-before
 * edge that makes the thread's result visible.
 */
final class Background<T> {
    private final Thread thread;
    private T value;
    private Throwable failure;

    Background(String name, Supplier<T> work) {
        thread = new Thread(() -> {
            try {
                value = work.get();
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.start();
    }

    /** Whether the thread has ended (its value or failure is then ready). */
    boolean isDone() {
        return !thread.isAlive();
    }

    /** The value, once the thread has ended; its exception (unchecked ones as they are) if it threw. */
    T join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error e) throw e;
        if (failure != null) throw new IllegalStateException(failure);
        return value;
    }
}
