package dev.concord.convert;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;

/**
 * Run in a fresh JVM by {@link ColdStartTest} (a shared test JVM may already be warm).
 * {@code race}: threads released together make the very first conversions; prints every distinct
 * result, one per line. {@code hans}: converts to hans once and prints the time it took.
 */
public final class ColdStartProbe {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("hans")) {
            long t0 = System.nanoTime();
            String out = ScriptConverter.toHans(HantStandard.TW).convert(args[1]);
            System.out.println(out);
            System.out.println("ms " + (System.nanoTime() - t0) / 1_000_000);
            System.out.println("tables " + new TreeSet<>(ConversionChain.loadedDictionaries()));
            return;
        }
        int threads = Integer.parseInt(args[1]);
        Set<String> results = ConcurrentHashMap.newKeySet();
        CyclicBarrier start = new CyclicBarrier(threads);
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            boolean toHans = i % 2 == 1;
            ts[i] = new Thread(() -> {
                try {
                    start.await();
                    for (int k = 0; k < 20; k++) {
                        results.add(toHans
                                ? "hans " + ScriptConverter.toHans(HantStandard.TW).convert(args[3])
                                : "hant " + ScriptConverter.toHant(HantStandard.TW).convert(args[2]));
                    }
                } catch (Exception e) {
                    results.add("error " + e);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        for (String r : new TreeSet<>(results)) System.out.println(r);
    }
}
