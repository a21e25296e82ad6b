package dev.concord.catalogue;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, OFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        for (Severity v : values()) if (v.key().equals(s)) return v;
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or off)");
    }
}
