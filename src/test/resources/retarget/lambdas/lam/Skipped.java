package lam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Call sites the rewrite leaves as invokedynamic: each of the methods below holds one. */
public class Skipped {
    static Supplier<String> serializable(String captured) {
        return (Supplier<String> & Serializable) () -> "kept " + captured;
    }

    interface Marked { }

    static Supplier<String> marked() {
        return (Supplier<String> & Marked) () -> "marked";
    }

    static long widen(long l) {
        return l + 1;
    }

    /** Integer to long is unboxing and then widening: more than the rewrite adapts. */
    static Function<Integer, Long> widening() {
        return Skipped::widen;
    }

    public static List<String> run() {
        return new Trace()
                .add("serializable lambda", () -> serializable("x").get())
                .add("serializable round trip", () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                        out.writeObject(serializable("y"));
                    }
                    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                        @SuppressWarnings("unchecked")
                        Supplier<String> back = (Supplier<String>) in.readObject();
                        return back.get();
                    }
                })
                .add("marker interface", () -> marked() instanceof Marked)
                .add("widening", () -> widening().apply(41))
                .lines();
    }
}
