package dev.concord.model;

import java.util.Locale;

/** The three variants of a post. The config maps each to the code used in paths and `lang:`. */
public enum Lang {
    HANT, HANS, EN;

    /** The name used in the glossary and the config: {@code hant}, {@code hans}, {@code en}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isChinese() {
        return this != EN;
    }

    /** BCP 47 tag, for TBX/CSV/SARIF where {@code hant} is not a valid tag. */
    public String bcp47() {
        return switch (this) {
            case HANT -> "zh-Hant";
            case HANS -> "zh-Hans";
            case EN -> "en";
        };
    }

    public static Lang parse(String key) {
        for (Lang l : values()) {
            if (l.key().equals(key)) return l;
        }
        throw new IllegalArgumentException("unknown variant '" + key + "' (expected hant, hans or en)");
    }
}
