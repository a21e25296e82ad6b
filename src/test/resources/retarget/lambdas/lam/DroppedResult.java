package lam;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

public class DroppedResult {
    static String made(List<String> log) {
        log.add("made");
        return "ignored";
    }

    static double measured(List<String> log) {
        log.add("measured");
        return 1.5;
    }

    public static List<String> run() {
        AtomicInteger counter = new AtomicInteger();
        AtomicLong wide = new AtomicLong();
        List<String> log = new ArrayList<>();
        Runnable increment = counter::incrementAndGet;
        Runnable widen = wide::incrementAndGet;
        Consumer<String> add = log::add;
        Consumer<List<String>> make = DroppedResult::made;
        Consumer<List<String>> measure = DroppedResult::measured;
        Consumer<List<String>> unsupported = List.of()::add;
        return new Trace()
                .add("Runnable from an int method", () -> {
                    increment.run();
                    increment.run();
                    return counter.get();
                })
                .add("Runnable from a long method", () -> {
                    widen.run();
                    return wide.get();
                })
                .add("Consumer from a boolean method", () -> {
                    add.accept("x");
                    return log;
                })
                .add("Consumer from a String method", () -> {
                    make.accept(log);
                    return log;
                })
                .add("Consumer from a double method", () -> {
                    measure.accept(log);
                    return log;
                })
                .add("dropped result throws", () -> {
                    unsupported.accept(log);
                    return "no";
                })
                .lines();
    }
}
