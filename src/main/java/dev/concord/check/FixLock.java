package dev.concord.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * One {@code --fix} at a time per root, across processes: two fixers on the same posts would each
 * compute edits from what they read and write over the other's result. The lock file lives in the
 * temporary folder, named after the root's real path, so the user's tree gets no extra file; the
 * operating system releases it when the process ends, however it ends.
 *
 * <p>The lock serialises concord with concord; an editor saving a file mid-run is caught by
 * {@link Fixer}'s check of each file's bytes before it replaces them.
 */
public final class FixLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FixLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits for the lock of {@code root}, saying so on {@code err} when another run holds it. When no
     * lock file can be made (read-only temporary folder), fixing goes on without it: the byte check
     * alone still keeps every file whole.
     */
    public static FixLock acquire(Path root, PrintWriter err) throws IOException {
        Path file = lockFile(root);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new FixLock(null, null);
        }
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                err.println("concord: waiting for another concord --fix of " + root + " to finish");
                err.flush();
                l = ch.lock();
            }
            return new FixLock(ch, l);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    static Path lockFile(Path root) throws IOException {
        Path real = root.toRealPath();
        CRC32C crc = new CRC32C();
        crc.update(real.toString().getBytes(StandardCharsets.UTF_8));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        String name = "concord-fix-" + user + "-" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".lock";
        return Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
    }

    @Override
    public void close() throws IOException {
        if (lock != null) lock.release();
        if (channel != null) channel.close();
    }
}
