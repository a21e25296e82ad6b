package dev.concord.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What code-mismatch takes as the same code: a fence's language by its aliases, a shortcut however spaced. */
class CodeKeysTest {
    @Test
    void aliasesOfOneLanguageAreOneLanguage() {
        assertEquals(CodeMismatchRule.language("bash"), CodeMismatchRule.language("sh"));
        assertEquals(CodeMismatchRule.language("Shell"), CodeMismatchRule.language("zsh"));
        assertEquals(CodeMismatchRule.language("yml"), CodeMismatchRule.language("yaml"));
        assertEquals(CodeMismatchRule.language("objective-c"), CodeMismatchRule.language("objc"));
        assertEquals(CodeMismatchRule.language("python"), CodeMismatchRule.language(" py "));
        assertNotEquals(CodeMismatchRule.language("sh"), CodeMismatchRule.language("console"), "a shell session is another language");
        assertNotEquals(CodeMismatchRule.language("java"), CodeMismatchRule.language("js"));
        assertEquals(CodeMismatchRule.language(""), CodeMismatchRule.language("text"), "no language shows as plain text");
        assertNotEquals(CodeMismatchRule.language(""), CodeMismatchRule.language("bash"));
        assertEquals("py title=\"a.py\"", CodeMismatchRule.language("python   title=\"a.py\""), "attributes are kept");
    }

    @Test
    void aShortcutIsTheSameKeysHoweverThePlusIsSpaced() {
        assertEquals("Ctrl+Shift+P", CodeMismatchRule.chord("Ctrl + Shift + P"));
        assertEquals("Windows key+V", CodeMismatchRule.chord("Windows key + V"));
        assertEquals("Windows 键+V", CodeMismatchRule.chord("Windows 键 + V"));
        assertEquals("Cmd+,", CodeMismatchRule.chord("Cmd + ,"));
        assertEquals("x = a + b", CodeMismatchRule.chord("x = a + b"), "code, not a shortcut");
        assertEquals("npm install", CodeMismatchRule.chord("npm install"));
        assertEquals("g++ -o app", CodeMismatchRule.chord("g++ -o app"));
        assertEquals(CodeMismatchRule.chord("⌘⇧K"), CodeMismatchRule.chord("Command-Shift-K"), "Apple's documentation joins keys with hyphens");
        assertEquals(CodeMismatchRule.chord("Ctrl+C"), CodeMismatchRule.chord("Control-C"));
        assertEquals(CodeMismatchRule.chord("⌥⌘["), CodeMismatchRule.chord("Option-Command-["));
        assertEquals("dry-run", CodeMismatchRule.chord("dry-run"), "a hyphenated word is no shortcut");
    }

    @Test
    void aCommentAfterCodeIsNotTheCode() {
        assertEquals("    nn.Dropout(p=0.1),", CodeMismatchRule.withoutTrailingComment("    nn.Dropout(p=0.1),  # 将 10% 的激活置零"));
        assertEquals("int n = 3;", CodeMismatchRule.withoutTrailingComment("int n = 3; // 三次"));
        assertEquals("# install dependencies", CodeMismatchRule.withoutTrailingComment("# install dependencies"), "a line that is all comment");
        assertEquals("echo \"a # b\"", CodeMismatchRule.withoutTrailingComment("echo \"a # b\""), "inside quotes");
        assertEquals("curl https://example.com/#top", CodeMismatchRule.withoutTrailingComment("curl https://example.com/#top"));
        assertEquals("color: #fff;", CodeMismatchRule.withoutTrailingComment("color: #fff;"), "no space after the mark");
    }

    @Test
    void aKeyIsTheSameByItsNameItsSymbolOrItsChineseName() {
        assertEquals(CodeMismatchRule.chord("Ctrl+Alt+Down"), CodeMismatchRule.chord("Ctrl+Alt+↓"));
        assertEquals(CodeMismatchRule.chord("⌃⌘Space"), CodeMismatchRule.chord("⌃⌘空格"));
        assertEquals(CodeMismatchRule.chord("⌃⌘Space"), CodeMismatchRule.chord("Control+Command+Space"));
        assertEquals(CodeMismatchRule.chord("⌘⇧."), CodeMismatchRule.chord("Shift+Cmd+."), "the modifiers in any order");
        assertNotEquals(CodeMismatchRule.chord("Win+Left"), CodeMismatchRule.chord("Win+→"));
        assertNotEquals(CodeMismatchRule.chord("Ctrl+Alt+Down"), CodeMismatchRule.chord("Ctrl+Alt+Up"));
        assertEquals("⌘", CodeMismatchRule.chord("⌘"), "a symbol alone is itself");
        assertEquals(CodeMismatchRule.chord("Enter"), CodeMismatchRule.chord("回车"), "one key by its name");
        assertEquals(CodeMismatchRule.chord("Ctrl+Alt+Del"), CodeMismatchRule.chord("Ctrl+Alt+Delete"));
    }

    @Test
    void aPlaceholderIsWordedInEachLanguage() {
        assertEquals(CodeMismatchRule.placeholdersAlike("export API_TOKEN=<your-token>"), CodeMismatchRule.placeholdersAlike("export API_TOKEN=<你的令牌>"));
        assertEquals(CodeMismatchRule.placeholdersAlike("export API_TOKEN=<your-token>"), CodeMismatchRule.placeholdersAlike("export API_TOKEN=‹你的权杖>"));
        assertNotEquals(CodeMismatchRule.placeholdersAlike("export API_TOKEN=<your-token>"), CodeMismatchRule.placeholdersAlike("export API_KEY=<你的令牌>"));
        assertNotEquals(CodeMismatchRule.placeholdersAlike("<div>"), CodeMismatchRule.placeholdersAlike("<span>"), "a tag is no placeholder");
    }
}
