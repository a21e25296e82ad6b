package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants MarkdownConverter relies on: each character maps to one character (so the output has
 * the input's UTF-16 length and converted runs split back into their spans), ASCII is never
 * touched, and characters outside the BMP pass through.
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
    void keepsLengthAsciiAndAstral(@ForAll("mixedText") String text) {
        for (ScriptConverter c : new ScriptConverter[] {
                ScriptConverter.toHant(HantStandard.TW), ScriptConverter.toHant(HantStandard.OPENCC),
                ScriptConverter.toHans(HantStandard.TW), ScriptConverter.toHans(HantStandard.OPENCC)}) {
            String out = c.convert(text);
            assertEquals(text.length(), out.length(), () -> c.target() + "/" + c.standard() + ": " + text + " → " + out);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch < 0x80 || Character.isSurrogate(ch)) {
                    assertEquals(ch, out.charAt(i), "char " + i + " of " + text + " → " + out);
                }
            }
        }
    }
}
