package dev.concord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "diff", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
