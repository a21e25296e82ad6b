package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants MarkdownConverter relies on, for the six configs: the trace gives every output
 * character an origin in the input, in order (so converted runs split back into their spans), the
 * trace converts exactly as {@code convert} does, ASCII is never touched (every ASCII character of
 * the input comes out once, in order, from itself), and no surrogate pair is ever split.
 */
class ScriptConverterProperties {
    // Trap characters (several conversions each), common Han, full-width punctuation, ASCII and astral.
    private static final String[] ALPHABET = ("头 发 干 后 里 面 着 为 乾 著 裡 為 髮 幹 麵 么 台 系 周 于 复 "
            + "的 是 了 人 工 智 能 算 法 代 码 模 型 規 模 則 零 一 万 物 萬 "
            + "， 。 “ ” 「 」 ！ ？ （ ） … — ＡＢ １ "
            + "a b Z 0 9 - _ * ` [ ] ( ) / : . < > \" ' \\ # | ~ 𠀀 😀 𫫇").split(" ");

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> piece = Arbitraries.of(ALPHABET);
        Arbitrary<String> whitespace = Arbitraries.of(" ", "\n", "\r\n", "\t");
        return Arbitraries.oneOf(piece, piece, piece, whitespace).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void originsInOrderAsciiKept(@ForAll("mixedText") String text) {
        for (HantStandard standard : HantStandard.values()) {
            for (ScriptConverter c : new ScriptConverter[] {ScriptConverter.toHant(standard), ScriptConverter.toHans(standard)}) {
                String out = c.convert(text);
                ConversionChain.Traced traced = c.trace(text);
                String where = c.openccConfig() + ": " + text + " → " + out;
                assertEquals(out, traced.text(), where);
                int[] origin = traced.origin();
                assertEquals(out.length(), origin.length, where);
                StringBuilder asciiIn = new StringBuilder(), asciiOut = new StringBuilder();
                text.chars().filter(ch -> ch < 0x80).forEach(ch -> asciiIn.append((char) ch));
                for (int j = 0; j < out.length(); j++) {
                    assertTrue(origin[j] >= 0 && origin[j] < text.length() && (j == 0 || origin[j] >= origin[j - 1]), where);
                    char ch = out.charAt(j);
                    if (ch < 0x80) {
                        asciiOut.append(ch);
                        assertEquals(ch, text.charAt(origin[j]), where);
                    }
                    if (Character.isHighSurrogate(ch)) assertTrue(j + 1 < out.length() && Character.isLowSurrogate(out.charAt(j + 1)), where);
                }
                assertEquals(asciiIn.toString(), asciiOut.toString(), where);
            }
        }
    }
}
