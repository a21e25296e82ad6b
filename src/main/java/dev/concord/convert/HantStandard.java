package dev.concord.convert;

import java.util.Locale;

/**
 * The standard of Traditional text (config key {@code hant}): which OpenCC config produces it
 * from hans ({@link OpenccConfig#of}) and which one reads it back.
 */
public enum HantStandard {
    /** Taiwan glyphs (為, 裡, 著, 麵, 啟, 峰), mainland vocabulary kept: OpenCC's {@code s2tw} / {@code tw2s}. */
    TW,
    /** OpenCC's own Traditional standard (爲, 裏, 着, 麪, 啓, 峯): OpenCC's {@code s2t} / {@code t2s}. */
    OPENCC,
    /** Taiwan glyphs and Taiwan vocabulary (软件 → 軟體, 算法 → 演算法): OpenCC's {@code s2twp} / {@code tw2sp}. */
    TWP;

    /** The config value: {@code tw}, {@code opencc} or {@code twp}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value; {@link IllegalArgumentException} names the accepted values. */
    public static HantStandard parse(String key) {
        for (HantStandard s : values()) {
            if (s.key().equals(key)) return s;
        }
        throw new IllegalArgumentException("unknown hant standard '" + key + "' (expected tw, opencc or twp)");
    }
}
