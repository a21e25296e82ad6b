package lam;

import java.util.ArrayList;
import java.util.List;

/** Records what each call returned or threw, so that two runs can be compared line by line. */
public final class Trace {
    public interface Call {
        Object call() throws Exception;
    }

    private final List<String> lines = new ArrayList<>();

    public Trace add(String what, Call call) {
        String result;
        try {
            result = String.valueOf(call.call());
        } catch (Throwable e) {
            result = "threw " + e.getClass().getName() + ": " + e.getMessage();
        }
        lines.add(what + " -> " + result);
        return this;
    }

    public List<String> lines() {
        return lines;
    }
}
