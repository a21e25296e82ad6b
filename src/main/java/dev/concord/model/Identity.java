package dev.concord.model;

import java.util.List;

/** Lookups by identity, for lists whose elements are each one object (a document's blocks, a code block's lines). */
public final class Identity {
    private Identity() {}

    /**
     * Where this very object is in {@code list}, or -1. Not {@code List.indexOf}: the elements are
     * records, whose generated {@code equals} compares every component (lists deeply) and, on its
     * first call in a run, links a method-handle tree (tens of classes spun at run time, which a
     * class-data archive does not keep): a cost every one-post check would pay.
     */
    public static int indexOf(List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == item) return i;
        return -1;
    }
}
