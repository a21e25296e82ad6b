package dev.concord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * decode accepts exactly the bytes a strict UTF-8 decoder accepts, and gives its text: its fast
 * path (the JDK's lenient decoding, kept when no U+FFFD comes out) must not let a malformed byte
 * through, nor refuse a file that holds a U+FFFD of its own.
 */
class SourceTextDecodeProperties {
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
        Arbitrary<byte[]> text = Arbitraries.strings().withChars("aé中文\uFFFD\n 𠀀").ofMaxLength(12)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = Arbitraries.strings().withChars("a中\uFFFD").ofMinLength(1).ofMaxLength(8)
                .flatMap(s -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    return Arbitraries.integers().between(0, b.length - 1).flatMap(i -> Arbitraries.bytes().map(x -> {
                        byte[] c = b.clone();
                        c[i] = x;
                        return c;
                    }));
                });
        return Arbitraries.oneOf(random, text, damaged);
    }

    @Property(tries = 2000)
    void acceptsWhatAStrictDecoderAccepts(@ForAll("bytes") byte[] bytes) {
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            assertThrows(InputException.class, () -> SourceText.decode("p.md", bytes));
            return;
        }
        if (strict.indexOf('\0') >= 0) {
            assertThrows(InputException.class, () -> SourceText.decode("p.md", bytes));
            return;
        }
        boolean bom = strict.startsWith("\uFEFF");
        assertEquals(bom ? strict.substring(1) : strict, SourceText.decode("p.md", bytes).text());
    }
}
