package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link EnglishCandidates#key} is written as one pass over the characters (it runs for every
 * sub-run of every sentence); its definition is the plain form below, with a regular expression:
 * words split on runs of spaces (a hyphen is a space), the last one singular unless it is
 * capitalised and no acronym's plural, joined by single spaces, in lower case.
 */
class CandidateKeyProperties {
    static String definition(String surface) {
        String[] words = surface.trim().replace('-', ' ').split(" +");
        String last = words[words.length - 1];
        if (!Character.isUpperCase(last.charAt(0)) || EnglishCandidates.isAcronym(last.substring(0, last.length() - 1))) {
            words[words.length - 1] = EnglishCandidates.singular(last);
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    @Property(tries = 3000)
    void isTheDefinition(@ForAll("surfaces") String surface) {
        assertEquals(definition(surface), EnglishCandidates.key(surface), surface);
    }

    /** Runs of words, spaces and hyphens as candidates are written (never empty, never only separators). */
    @Provide
    Arbitrary<String> surfaces() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("scaling", "laws", "Laws", "LLMs", "VS", "Code", "iOS", "status", "Windows", "open", "source",
                        "s", "A", "x", "Keys", "cookies", "classes", "DevOps", "Yi-34B", "ies"),
                Arbitraries.strings().withChars("abcXYZs").ofMinLength(1).ofMaxLength(6));
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "-", " - ", "--");
        return Arbitraries.integers().between(1, 5).flatMap(n -> word.list().ofSize(n).flatMap(ws -> gap.list().ofSize(n + 1).map(gs -> {
            StringBuilder b = new StringBuilder();
            if (gs.get(0).equals("  ")) b.append(' ');
            for (int i = 0; i < n; i++) {
                if (i > 0) b.append(gs.get(i));
                b.append(ws.get(i));
            }
            if (gs.get(n).equals(" ")) b.append(' ');
            return b.toString();
        })));
    }
}
