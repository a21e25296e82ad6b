package dev.concord.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small OpenCC-style dictionary (TWVariants and friends) applied by forward maximum matching,
 * the way OpenCC applies every dictionary of a conversion chain: at each position the longest key
 * wins, else the character is kept. One more stage after (or before) opencc4j, never inside it,
 * so opencc4j's shared static trie is never touched (research.md: "the first one used wins").
 *
 * <p>Every value must have the same UTF-16 length as its key: conversion maps each character of
 * the input to one character of the output, which lets callers split a converted run back into
 * the Markdown spans it came from.
 */
final class VariantTable {
    private final Map<String, String> entries;
    private final int maxKeyLength;
    /** First characters of keys: most characters start no key, and this test avoids a substring. */
    private final BitSet keyStarts = new BitSet(1 << 16);

    private VariantTable(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
        int max = 0;
        for (var e : this.entries.entrySet()) {
            if (e.getKey().length() != e.getValue().length()) {
                throw new IllegalStateException("variant entry changes length: " + e.getKey() + " → " + e.getValue());
            }
            max = Math.max(max, e.getKey().length());
            keyStarts.set(e.getKey().charAt(0));
        }
        this.maxKeyLength = max;
    }

    /** Reads a bundled resource in OpenCC's text format: {@code key TAB value[ value…]}, '#' comments. */
    static Map<String, String> readResource(String name) {
        try (InputStream in = VariantTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing bundled dictionary " + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses OpenCC's text format; the first value of a key is the one used (as OpenCC does). */
    static Map<String, String> parse(String text) {
        Map<String, String> map = new HashMap<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab <= 0) throw new IllegalStateException("bad dictionary line: " + line);
            String key = line.substring(0, tab);
            String value = line.substring(tab + 1).strip().split(" ")[0];
            map.putIfAbsent(key, value);
        }
        return map;
    }

    static VariantTable of(Map<String, String> entries) {
        return new VariantTable(entries);
    }

    /**
     * The table that undoes {@code forward} (value → key), with {@code exceptions} (phrases that
     * must keep the Taiwan glyph, like 著作 or 顯著) taking precedence by being longer keys.
     * This is how OpenCC builds tw2s: TWVariantsRevPhrases, then TWVariants reversed.
     */
    static VariantTable reverseOf(Map<String, String> forward, Map<String, String> exceptions, Set<String> notReversed) {
        Map<String, String> rev = new HashMap<>();
        forward.forEach((k, v) -> {
            if (!notReversed.contains(v)) rev.putIfAbsent(v, k);
        });
        rev.putAll(exceptions);
        return new VariantTable(rev);
    }

    int size() {
        return entries.size();
    }

    String apply(String text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            String value = null;
            int len = keyStarts.get(text.charAt(i)) ? Math.min(maxKeyLength, n - i) : 0;
            for (; len >= 1; len--) {
                value = entries.get(text.substring(i, i + len));
                if (value != null) break;
            }
            if (value == null) {
                if (out != null) out.append(text.charAt(i));
                i++;
            } else {
                if (out == null) out = new StringBuilder(n).append(text, 0, i);
                out.append(value);
                i += len;
            }
        }
        return out == null ? text : out.toString();
    }
}
