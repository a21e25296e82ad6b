package dev.concord.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnglishCandidatesTest {
    private static Set<String> keys(String text) {
        return EnglishCandidates.find(text).stream().map(EnglishCandidates.Occurrence::key).collect(Collectors.toSet());
    }

    private static EnglishCandidates.Occurrence first(String text, String key) {
        return EnglishCandidates.find(text).stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no '" + key + "' in " + keys(text)));
    }

    @Test
    void multiWordPhrasesAndTheirParts() {
        Set<String> k = keys("Set the widget cache directory before the build.");
        assertTrue(k.containsAll(List.of("widget cache directory", "widget cache", "cache directory", "widget", "cache",
                "directory", "build")), k.toString());
        assertFalse(k.contains("set"), "everyday verbs are no terms");
        assertFalse(k.contains("the"));
        // nothing spans a function word or punctuation
        assertFalse(k.stream().anyMatch(x -> x.contains("directory build")), k.toString());
    }

    @Test
    void namesProductsAndAcronyms() {
        Set<String> k = keys("Zorblax Labs released Quasar-7B, a new LLM, in 2031.");
        assertTrue(k.containsAll(List.of("zorblax labs", "quasar 7b", "llm")), k.toString());
        assertFalse(k.contains("2031"), "numbers alone are no terms");
        assertTrue(first("We met Zorblax Labs in town.", "zorblax labs").name());
        assertTrue(first("A Quasar-7B run", "quasar 7b").name());
        assertTrue(first("the new LLM", "llm").name());
    }

    @Test
    void aFunctionWordInCapitalsIsAnAcronym() {
        Set<String> k = keys("Open the file in VS Code, then restart.");
        assertTrue(k.contains("vs code"), k.toString());
        assertTrue(first("Open the file in VS Code, then restart.", "vs code").name());
        // the clean twin: "vs" in lower case is still "versus"
        Set<String> twin = keys("Compare tabs vs spaces first.");
        assertFalse(twin.stream().anyMatch(x -> x.contains("vs")), twin.toString());
    }

    @Test
    void aCapitalThatOnlyStartsASentenceIsNoName() {
        assertFalse(first("Widgets are small. Nothing more.", "widget").name());
        assertTrue(first("the tool called Widgets is small", "Widgets".toLowerCase()).name());
        // a title-case heading capitalises every word
        assertFalse(first("How to Install the Widget Cache", "widget cache").name());
    }

    @Test
    void pluralsAndHyphensShareOneKey() {
        assertEquals("scaling law", EnglishCandidates.key("scaling laws"));
        assertEquals("proxy", EnglishCandidates.key("proxies"));
        assertEquals("open source", EnglishCandidates.key("open-source"));
        assertEquals("llm", EnglishCandidates.key("LLMs"));
        assertEquals("process", EnglishCandidates.key("process"), "a word that only ends in s");
        assertEquals("status", EnglishCandidates.key("status"));
        assertEquals("ios", EnglishCandidates.key("iOS"));
        // a capitalised plural is part of a name
        assertEquals("sticky keys", EnglishCandidates.key("Sticky Keys"));
    }

    @Test
    void possessivesEndTheName() {
        Set<String> k = keys("Zorblax's Quasar series grew.");
        assertTrue(k.contains("zorblax"), k.toString());
        assertTrue(k.contains("quasar series"), k.toString());
        assertFalse(k.stream().anyMatch(x -> x.startsWith("zorblax ")), k.toString());
    }

    @Test
    void nounsAndVerbsByTheirNeighbours() {
        assertTrue(first("Open the gadget.", "gadget").noun());
        assertTrue(first("It runs in a terminal.", "terminal").noun());
        assertTrue(first("We sell gadgets.", "gadget").noun(), "a plural noun");
        assertTrue(first("You can frobnicate it.", "frobnicate").verb());
        assertFalse(first("You can frobnicate it.", "frobnicate").noun());
        // a modifier is not the head of its phrase
        assertFalse(first("the gadget cache", "gadget").noun());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Use the widget cache, then the Zorblax Labs tool.";
        for (EnglishCandidates.Occurrence o : EnglishCandidates.find(text)) {
            assertEquals(o.surface(), text.substring(o.start(), o.end()));
        }
    }
}
