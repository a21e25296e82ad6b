package dev.concord.convert;

import java.util.Locale;

/**
 * The character standard of Traditional text (config key {@code hant}, spec §4).
 * Both keep mainland vocabulary (人工智能, 算法): only glyphs differ.
 */
public enum HantStandard {
    /** Taiwan glyphs (為, 裡, 著, 麵, 啟, 峰): the glyphs of OpenCC's {@code s2tw} without its vocabulary. */
    TW,
    /** OpenCC's own Traditional standard (爲, 裏, 着, 麪, 啓, 峯): OpenCC's {@code s2t}. */
    OPENCC;

    /** The config value: {@code tw} or {@code opencc}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value; {@link IllegalArgumentException} names the accepted values. */
    public static HantStandard parse(String key) {
        for (HantStandard s : values()) {
            if (s.key().equals(key)) return s;
        }
        throw new IllegalArgumentException("unknown hant standard '" + key + "' (expected tw or opencc)");
    }
}
