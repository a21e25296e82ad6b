package dev.concord.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The dictionary's longest match, first-character index included, against a plain search of its keys. */
class DictionaryIndexProperties {
    /** Characters at the ends of the index (U+0000, U+FFFF), neighbours, Han and surrogates. */
    private static final char[] ALPHABET = {'\u0000', '\u0001', 'a', 'b', '中', '中' + 1, '\ud840', '\udc00', '\ufffe', '\uffff'};

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.of(ALPHABET).array(char[].class).ofMinSize(1).ofMaxSize(4).map(String::new);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> dictionaries() {
        return strings().list().ofMinSize(1).ofMaxSize(25)
                .map(keys -> {
                    Map<String, List<String>> m = new TreeMap<>();
                    for (String k : keys) m.put(k, List.of("v" + m.size()));
                    return m;
                });
    }

    @Property(tries = 2000)
    void longestMatchIsTheLongestKeyThatStartsThere(@ForAll("dictionaries") Map<String, List<String>> entries,
                                                     @ForAll("strings") String prefix, @ForAll("strings") String suffix) {
        Dictionary d = Dictionary.of(entries);
        // The text holds a key somewhere, and other characters around it.
        String text = prefix + entries.keySet().iterator().next() + suffix;
        for (int i = 0; i < text.length(); i++) {
            String expected = null;
            for (String k : entries.keySet()) if (text.startsWith(k, i) && (expected == null || k.length() > expected.length())) expected = k;
            int e = d.longestMatch(text, i, text.length());
            if (expected == null) {
                assertEquals(-1, e, "no key starts at " + i + " of " + text);
            } else {
                StringBuilder value = new StringBuilder();
                d.appendValue(e, value);
                assertEquals(expected.length(), d.keyLength(e), "at " + i + " of " + text);
                assertEquals(entries.get(expected).get(0), value.toString(), "at " + i + " of " + text);
            }
        }
    }
}
