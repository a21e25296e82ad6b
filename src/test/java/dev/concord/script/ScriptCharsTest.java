package dev.concord.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptCharsTest {
    /** The fast answers of isHan (below U+2E80, the unified ideographs, CJK symbols, full-width forms) agree with the JDK's script data. */
    @Test
    void isHanAgreesWithTheUnicodeScriptOfEveryCodePoint() {
        int han = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (ScriptChars.isHan(cp) != expected) assertEquals(expected, ScriptChars.isHan(cp), "U+" + Integer.toHexString(cp));
            if (expected) han++;
        }
        assertEquals(true, han > 90_000, "Han code points seen: " + han);
    }
}
