package dev.concord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every value written by YamlText reads back as the same string, in block and in flow context, by a real YAML loader. */
class YamlTextTest {
    static final List<String> VALUES = List.of("plain", "規模法則之後", "01.AI", "Yi-34B", "C#", "a, b", "[x]", "{y}", "key: value",
            "ends:", "# not a comment", "a #b", " padded ", "", "null", "NO", "y", "n", "true", "1", "1.5", "1.2.3", "1_000", "0x1F",
            ".inf", "~", "-", "- item", "? q", "'single'", "\"double\"", "back\\slash", "line\nbreak", "tab\there", "@at", "`tick`",
            "%pct", "!tag", "&anchor", "*alias", "|pipe", ">fold", "title：全形冒號", "“引號”與「引號」", "del\u007f");

    @Test
    void blockScalarsReadBack() {
        for (String v : VALUES) {
            Object back = new Load(LoadSettings.builder().build()).loadFromString("key: " + YamlText.scalar(v) + "\n");
            assertEquals(v, ((Map<?, ?>) back).get("key"), "written as " + YamlText.scalar(v));
        }
    }

    @Test
    void flowScalarsReadBack() {
        for (String v : VALUES) {
            String yaml = "key: [" + YamlText.flowScalar(v) + ", " + YamlText.flowScalar(v) + "]\n";
            Object back = new Load(LoadSettings.builder().build()).loadFromString(yaml);
            assertEquals(List.of(v, v), ((Map<?, ?>) back).get("key"), "written as " + yaml);
        }
    }

    @Test
    void singleQuotedReadsBack() {
        for (String v : List.of("it's", "'", "a''b", "規模")) {
            Object back = new Load(LoadSettings.builder().build()).loadFromString("key: " + YamlText.singleQuoted(v) + "\n");
            assertEquals(v, ((Map<?, ?>) back).get("key"));
        }
    }

    @Test
    void plainWhenPlainIsSafe() {
        assertEquals("規模法則之後", YamlText.scalar("規模法則之後"));
        assertEquals("Yi-34B", YamlText.scalar("Yi-34B"));
        assertEquals("a, b", YamlText.scalar("a, b"));
        assertEquals("\"a, b\"", YamlText.flowScalar("a, b"));
        assertEquals("\"y\"", YamlText.scalar("y"), "YAML 1.1 reads y as true");
    }
}
