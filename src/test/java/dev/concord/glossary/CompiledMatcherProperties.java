package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.concord.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A matcher written in its compiled form and read back (what the glossary cache keeps between
 * runs) finds exactly what the matcher built from the glossary finds, in every variant, on text
 * made of the glossary's own renderings, their inflections and spacing variants, and filler.
 */
class CompiledMatcherProperties {
    private static final List<String> LATIN = List.of("scaling", "law", "AI", "01.AI", "open-source", "model", "CAT",
            "Node", "LLM", "command line", "DeepSeek", "GPT-4", "Yi-Lightning", "reasoning", "api");
    private static final List<String> HAN = List.of("规模法则", "規模法則", "缩放定律", "零一万物", "零一萬物", "模型", "工具",
            "开源", "開源", "深言科技", "人工智能", "推理", "CAT 工具", "AI模型");
    private static final List<String> FILLER = List.of(" ", "，", "。", "-", ".", "s", "ed", "ing", " the ", "（", "）", "x",
            "使用", "AI", "\n");

    private record Case(Glossary glossary, String text) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> latin = Arbitraries.of(LATIN);
        Arbitrary<String> han = Arbitraries.of(HAN);
        Arbitrary<String> term = Combinators.combine(latin, han, han, Arbitraries.integers().between(0, 5))
                .as((en, hans, hant, kind) -> switch (kind) {
                    case 0 -> "    keep: " + en + "\n";
                    case 1 -> "    en: " + en + "\n    hans: " + hans + "\n    hant: " + hant + "\n    case: exact\n";
                    case 2 -> "    en: " + en + "\n    hans: [" + hans + ", " + en + "]\n    hant: " + hant
                            + "\n    avoid:\n      hans: [" + hant + "]\n";
                    default -> "    en: " + en + "\n    hans: " + hans + "\n    hant: " + hant + "\n";
                });
        Arbitrary<String> yaml = term.list().ofMinSize(1).ofMaxSize(8).map(terms -> {
            StringBuilder sb = new StringBuilder("terms:\n");
            for (int i = 0; i < terms.size(); i++) sb.append("  - id: t").append(i).append('\n').append(terms.get(i));
            return sb.toString();
        });
        Arbitrary<String> piece = Arbitraries.oneOf(latin, han, Arbitraries.of(FILLER),
                latin.map(s -> s.toUpperCase(java.util.Locale.ROOT)), latin.map(s -> s.replace(' ', '-')), han.map(s -> s.replace(" ", "")));
        Arbitrary<String> text = piece.list().ofMaxSize(30).map(l -> String.join("", l));
        return Combinators.combine(yaml, text).as((y, t) -> new Case(GlossaryTestSupport.of(y), t));
    }

    @Property(tries = 300)
    void readBackFindsWhatTheBuiltMatcherFinds(@ForAll("cases") Case c) throws IOException {
        for (Lang lang : Lang.values()) {
            TermMatcher built = new TermMatcher(c.glossary(), lang);
            TermMatcher read = TermMatcher.read(new DataInputStream(new ByteArrayInputStream(compiled(built, c.glossary()))),
                    c.glossary());
            assertEquals(lang, read.lang());
            assertEquals(built.find(c.text()), read.find(c.text()), lang + " in «" + c.text() + "»");
        }
    }

    /** Cut short anywhere, or with a term index the glossary lacks, the bytes are refused, never half read. */
    @Property(tries = 100)
    void damagedBytesAreRefused(@ForAll("cases") Case c) throws IOException {
        byte[] bytes = compiled(new TermMatcher(c.glossary(), Lang.EN), c.glossary());
        for (int cut : new int[] {1, bytes.length / 2, bytes.length - 1}) {
            byte[] shortened = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class,
                    () -> TermMatcher.read(new DataInputStream(new ByteArrayInputStream(shortened)), c.glossary()));
        }
        // Every generated term has an English rendering or a keep string, so the en matcher has
        // entries, and a glossary without those terms cannot take them.
        Glossary none = Glossary.empty();
        assertThrows(IOException.class, () -> TermMatcher.read(new DataInputStream(new ByteArrayInputStream(bytes)), none));
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= (byte) 0xff;
        try {
            TermMatcher m = TermMatcher.read(new DataInputStream(new ByteArrayInputStream(flipped)), c.glossary());
            m.find(c.text()); // a flip the format cannot see (a key, an order) may read; it must not break matching
        } catch (IOException expected) {
            // refused: the cache compiles again
        }
    }

    private static byte[] compiled(TermMatcher m, Glossary g) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        m.write(out, g);
        out.flush();
        return buffer.toByteArray();
    }
}
