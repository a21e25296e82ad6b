package dev.concord.cli;

import dev.concord.check.CheckProgress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "checking 1,234/3,000 posts" on stderr, redrawn in place, for terminal runs longer than
 * {@link #DELAY_MS}: a short run (a commit hook, one post) prints nothing, and a run whose stderr
 * is a pipe or a log never gets the carriage returns.
 */
final class Progress implements CheckProgress, AutoCloseable {
    static final long DELAY_MS = 1000;
    static final long EVERY_MS = 200;

    private final PrintWriter err;
    private final AtomicInteger total = new AtomicInteger(), done = new AtomicInteger();
    private final Thread ticker;
    private volatile boolean closed;
    private boolean shown;

    private Progress(PrintWriter err, boolean active) {
        this.err = err;
        if (!active) {
            ticker = null;
            return;
        }
        ticker = new Thread(this::tick, "concord-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    static Progress start(PrintWriter err, boolean terminal) {
        return new Progress(err, terminal);
    }

    private void tick() {
        try {
            Thread.sleep(DELAY_MS);
            while (!closed) {
                draw();
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        if (closed || total.get() == 0) return;
        err.print("\rconcord: checking " + done.get() + "/" + total.get() + " posts\u001b[K");
        err.flush();
        shown = true;
    }

    /** Erases the line, so the next message starts clean. */
    synchronized void clear() {
        if (!shown) return;
        err.print("\r\u001b[K");
        err.flush();
        shown = false;
    }

    @Override
    public void total(int posts) {
        done.set(0);
        total.set(posts);
    }

    @Override
    public void postDone() {
        done.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        if (ticker != null) ticker.interrupt();
        clear();
    }
}
