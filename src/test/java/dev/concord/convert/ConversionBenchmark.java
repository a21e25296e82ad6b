package dev.concord.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Throughput of {@link ScriptConverter} against opencc4j alone on the same text (conversion
 * should be at least as fast as opencc4j's own converter). Not a unit test: run it with
 * {@code java -cp target/test-classes:target/classes:<deps> dev.concord.convert.ConversionBenchmark [MB]}.
 * Single thread, after a warm-up, best of five alternating rounds; MB = UTF-8 megabytes of input.
 */
public final class ConversionBenchmark {
    private static final String SIMPLIFIED_SAMPLE = "零一万物发布了新的开源模型，在多项基准测试中表现出色。"
            + "为了让模型看着更好，我们在里面用了人工智能和代码，头发干净，发展干部。"
            + "The model (Yi-34B) was trained on 3 trillion tokens; see https://example.com/yi. ";

    public static void main(String[] args) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 8;
        String hans = repeatTo(SIMPLIFIED_SAMPLE, mb);
        String hant = ScriptConverter.toHant(HantStandard.TW).convert(hans);
        // opencc4j (test scope) is the yardstick: the converter concord used before its own chain.
        report("to hant (tw)", hans, ScriptConverter.toHant(HantStandard.TW)::convert, ZhConverterUtil::toTraditional);
        report("to hant (opencc)", hans, ScriptConverter.toHant(HantStandard.OPENCC)::convert, ZhConverterUtil::toTraditional);
        report("to hant (twp)", hans, ScriptConverter.toHant(HantStandard.TWP)::convert, ZhConverterUtil::toTraditional);
        report("to hans (tw)", hant, ScriptConverter.toHans(HantStandard.TW)::convert, ZhConverterUtil::toSimple);
        report("to hans (opencc)", hant, ScriptConverter.toHans(HantStandard.OPENCC)::convert, ZhConverterUtil::toSimple);
    }

    private static String repeatTo(String sample, double mb) {
        int bytes = sample.getBytes(StandardCharsets.UTF_8).length;
        return sample.repeat((int) Math.max(1, Math.ceil(mb * 1_000_000 / bytes)));
    }

    private static void report(String label, String text, UnaryOperator<String> ours, UnaryOperator<String> alone) {
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        String warm = text.substring(0, Math.min(text.length(), 200_000));
        for (int i = 0; i < 3; i++) {
            ours.apply(warm);
            alone.apply(warm);
        }
        // Alternate the two and keep each one's best round: the machine is shared and noisy.
        double oursBest = Double.MAX_VALUE, aloneBest = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            oursBest = Math.min(oursBest, seconds(ours, text));
            aloneBest = Math.min(aloneBest, seconds(alone, text));
        }
        double oursMbps = mb / oursBest;
        double aloneMbps = mb / aloneBest;
        System.out.printf("%-18s %6.1f MB  concord %6.1f MB/s  opencc4j %6.1f MB/s  ratio %.2f%n",
                label, mb, oursMbps, aloneMbps, oursMbps / aloneMbps);
    }

    private static double seconds(UnaryOperator<String> f, String text) {
        long t0 = System.nanoTime();
        String out = f.apply(text);
        if (out.length() < 0) throw new AssertionError(); // keep the result alive
        return (System.nanoTime() - t0) / 1e9;
    }
}
