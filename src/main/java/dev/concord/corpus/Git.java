package dev.concord.corpus;

import dev.concord.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Runs git plumbing; a failure (not a repository, no git) is an input error, never a stack trace. */
public final class Git {
    private Git() {}

    public static String output(Path dir, String... args) {
        return new String(bytes(dir, args), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(Path dir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
            p.getOutputStream().close();
            // stderr is drained concurrently so a chatty git cannot block on a full pipe.
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            byte[] out = drain(p.getInputStream());
            int code = p.waitFor();
            if (code != 0) {
                String msg = new String(err.join(), StandardCharsets.UTF_8).strip();
                throw new InputException(dir.toString(), 0, "git " + args[0] + " failed"
                        + (msg.isEmpty() ? "" : ": " + msg.lines().findFirst().orElse("")));
            }
            return out;
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, "cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(dir.toString(), 0, "interrupted while running git");
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
