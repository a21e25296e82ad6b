package dev.concord.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on every core, one item at a time: each thread takes the next unstarted item, so
 * all threads stay busy until the last item. A parallel stream splits a list of n items into
 * about four chunks per thread up front; on this project's 2-core machine a chunk was 750 posts
 * of a 3,000-post run, and the thread that finished its chunks first sat idle while the other
 * finished its last one (seen in a profile as one busy thread at the end of the run).
 */
public final class Parallel {
    private Parallel() {}

    /** Threads for a run: one per core, the calling thread included. */
    static int threads(int items) {
        return Math.max(1, Math.min(items, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@code f} applied to every item, results in the items' order. The first exception thrown by
     * {@code f} is rethrown here once every thread has stopped (the others stop taking items).
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        int n = items.size();
        int threads = threads(n);
        if (threads <= 1) {
            List<R> out = new ArrayList<>(n);
            for (T t : items) out.add(f.apply(t));
            return out;
        }
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable work = () -> {
            for (int i; (i = next.getAndIncrement()) < n; ) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (Throwable t) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = t;
                    }
                    next.set(n);
                    return;
                }
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(work, "concord-check-" + (i + 1));
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
        work.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking", e);
            }
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException r) throw r;
            if (failure[0] instanceof Error e) throw e;
            if (failure[0] != null) throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }
}
