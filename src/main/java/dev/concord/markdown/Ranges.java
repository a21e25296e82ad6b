package dev.concord.markdown;

import java.util.Arrays;

/**
 * A growable list of half-open [start, end) char ranges kept as two int arrays: the prose walk
 * builds a few of these per block on every file of a pre-commit run, so no object per range.
 */
final class Ranges {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    void add(int start, int end) {
        if (end <= start) return;
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    void clear() {
        size = 0;
    }

    /** Sorts by start and merges overlapping or touching ranges. */
    void normalize() {
        if (size < 2) return;
        // Ranges arrive in document order, except those added by a later pass over the block; a
        // hostile block can hold hundreds of thousands, so an unsorted list is sorted in n log n
        // (start in the high half of a long, end in the low half: both are non-negative offsets).
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) sorted = starts[i - 1] <= starts[i];
        if (!sorted) {
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) packed[i] = ((long) starts[i] << 32) | (ends[i] & 0xffffffffL);
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) {
                starts[i] = (int) (packed[i] >>> 32);
                ends[i] = (int) packed[i];
            }
        }
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (starts[i] <= ends[w]) {
                if (ends[i] > ends[w]) ends[w] = ends[i];
            } else {
                w++;
                starts[w] = starts[i];
                ends[w] = ends[i];
            }
        }
        size = w + 1;
    }

    /** Index of the first normalized range that ends after offset, or size() if none (binary search). */
    int firstEndingAfter(int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the normalized range containing offset, or -1 (binary search). */
    int indexContaining(int offset) {
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else if (starts[mid] > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
