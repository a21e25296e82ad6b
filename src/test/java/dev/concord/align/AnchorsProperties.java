package dev.concord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.markdown.Block;
import dev.concord.markdown.BlockKind;
import dev.concord.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The anchors of a block's prose are the tokens the straightforward reading finds. */
class AnchorsProperties {

    @Property(tries = 500)
    void proseTokensAreTheNamesAndNumbersOfTheText(@ForAll("prose") String text) {
        Block b = new Block(BlockKind.PARAGRAPH, 0, new Span(0, text.length()), List.of(new Span(0, text.length())),
                List.of(), List.of(), null, null, null, false);
        assertEquals(reference(text), Anchors.of(text, b), text);
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("aZb9.-, 中V1x-.AI").ofMaxLength(40);
    }

    /** Token by token with strings, as written first: a maximal run of ASCII letters, digits, dots and hyphens from a letter or digit, trailing dots and hyphens dropped, kept when it holds a digit or is a capitalised word of two or more letters. */
    private static Set<String> reference(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < text.length() && text.charAt(j) < 128
                        && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '-')) j++;
                String tok = text.substring(i, j);
                while (tok.endsWith(".") || tok.endsWith("-")) tok = tok.substring(0, tok.length() - 1);
                boolean digit = tok.chars().anyMatch(Character::isDigit);
                boolean upper = !tok.isEmpty() && Character.isUpperCase(tok.charAt(0));
                if (digit || (upper && tok.length() > 1)) out.add(tok.toLowerCase(Locale.ROOT));
                i = Math.max(j, i + 1);
            } else {
                i++;
            }
        }
        return out;
    }
}
