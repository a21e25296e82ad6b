package dev.concord.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScriptCharsTableTest {
    private static final Path RESOURCE = Path.of("src/main/resources", ScriptChars.RESOURCE);

    @Test
    void resourceIsUpToDateWithOpencc4jTables() throws IOException {
        String generated = ScriptCharsGenerator.generate();
        if (Boolean.getBoolean("concord.regenerate")) {
            Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(RESOURCE, StandardCharsets.UTF_8),
                "script-chars.txt is stale: rerun with -Dconcord.regenerate=true");
    }

    @Test
    void binaryHoldsExactlyWhatTheTextHolds() throws IOException {
        Path binary = Path.of("src/main/resources", ScriptChars.BINARY);
        byte[] fromText = ScriptChars.encode(ScriptChars.parse(Files.readString(RESOURCE, StandardCharsets.UTF_8)));
        if (Boolean.getBoolean("concord.regenerate")) Files.write(binary, fromText);
        assertArrayEquals(fromText, Files.readAllBytes(binary), ScriptChars.BINARY + " is stale: rerun with -Dconcord.regenerate=true");
        // And what the checker reads from it is the text's table.
        ScriptChars.CharSet[] text = ScriptChars.parse(Files.readString(RESOURCE, StandardCharsets.UTF_8));
        ScriptChars.CharSet[] read = ScriptChars.decode(Files.readAllBytes(binary));
        for (int s = 0; s < 2; s++) assertArrayEquals(text[s].toArray(), read[s].toArray());
        assertArrayEquals(text[0].toArray(), ScriptChars.simplifiedOnly());
        assertArrayEquals(text[1].toArray(), ScriptChars.traditionalOnly());
        assertTrue(ScriptChars.simplifiedOnly().length > 3000 && ScriptChars.traditionalOnly().length > 3000);
    }

    @Test
    void simplifiedOnlyExamples() {
        assertTrue(ScriptChars.isSimplifiedOnly('发'));
        assertTrue(ScriptChars.isSimplifiedOnly('规'));
        assertTrue(ScriptChars.isSimplifiedOnly('为'));
        assertFalse(ScriptChars.isSimplifiedOnly('發'));
    }

    @Test
    void traditionalOnlyExamples() {
        assertTrue(ScriptChars.isTraditionalOnly('發'));
        assertTrue(ScriptChars.isTraditionalOnly('髮'));
        assertTrue(ScriptChars.isTraditionalOnly('規'));
        assertTrue(ScriptChars.isTraditionalOnly('萬'));
        assertTrue(ScriptChars.isTraditionalOnly('裡'), "Taiwan form is traditional");
        assertFalse(ScriptChars.isTraditionalOnly('发'));
    }

    @Test
    void charactersOfBothScriptsAreNeither() {
        // 万 too: OpenCC maps 万→萬 万 (万 survives in traditional text, e.g. the surname 万俟), so by the
        // data it is common; 零一万物 in hant text is caught as a FOREIGN term match instead.
        for (char c : "干里著着台后面于余才表系只制一人的是模型峰万旗即".toCharArray()) {
            assertFalse(ScriptChars.isSimplifiedOnly(c), c + " is not simplified-only");
            assertFalse(ScriptChars.isTraditionalOnly(c), c + " is not traditional-only");
        }
        assertFalse(ScriptChars.isSimplifiedOnly('A'));
    }

    @Test
    void setsAreDisjointAndNonTrivial() {
        int[] s = ScriptChars.simplifiedOnly();
        int[] t = ScriptChars.traditionalOnly();
        assertTrue(s.length > 2000, "simplified-only count " + s.length);
        assertTrue(t.length > 2000, "traditional-only count " + t.length);
        for (int cp : s) assertTrue(Arrays.binarySearch(t, cp) < 0, Character.toString(cp));
    }

    @Test
    void indexOfFindsFirstOffendingCharIncludingAstral() {
        assertEquals(4, ScriptChars.indexOfSimplifiedOnly("規模法則规", 0, 5));
        assertEquals(-1, ScriptChars.indexOfSimplifiedOnly("規模法則", 0, 4));
        assertEquals(2, ScriptChars.indexOfTraditionalOnly("规模發", 0, 3));
        int[] s = ScriptChars.simplifiedOnly();
        int astral = Arrays.stream(s).filter(cp -> cp > 0xFFFF).findFirst().orElseThrow();
        String text = "a" + Character.toString(astral);
        assertEquals(1, ScriptChars.indexOfSimplifiedOnly(text, 0, text.length()));
    }
}
