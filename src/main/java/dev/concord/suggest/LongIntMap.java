package dev.concord.suggest;

import java.util.Arrays;

/**
 * Open-addressing map from a 64-bit gram hash to a count. Counting the n-grams of a whole blog
 * makes millions of increments: a {@code HashMap<String, Integer>} would allocate a string and a
 * box for each, this allocates nothing per increment.
 */
final class LongIntMap {
    private static final long EMPTY = 0; // hashes are never 0 (see ChineseGrams.finish)
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int size() {
        return size;
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
            if (keys[i] == EMPTY) return 0;
        }
    }

    /** Adds {@code delta} and returns the new value. */
    int add(long key, int delta) {
        if ((size + 1) * 4 > keys.length * 3) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i] += delta;
            if (keys[i] == EMPTY) {
                keys[i] = key;
                size++;
                return values[i] = delta;
            }
        }
    }

    /** Adds the key with value 1 if absent; true when it was absent. */
    boolean addIfAbsent(long key) {
        if ((size + 1) * 4 > keys.length * 3) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return false;
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = 1;
                size++;
                return true;
            }
        }
    }

    void clear() {
        if (size == 0) return;
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    interface Entry {
        void accept(long key, int value);
    }

    void forEach(Entry e) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) e.accept(keys[i], values[i]);
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        size = 0;
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (k[j] == EMPTY) continue;
            int i = slot(k[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = k[j];
            values[i] = v[j];
            size++;
        }
    }
}
