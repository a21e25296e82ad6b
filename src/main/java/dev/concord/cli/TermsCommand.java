package dev.concord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "terms", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class TermsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
