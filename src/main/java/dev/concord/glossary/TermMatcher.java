package dev.concord.glossary;

import dev.concord.model.Lang;
import dev.concord.script.ScriptChars;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds glossary terms in the text of one variant (docs/glossary.md, matching). Built once per
 * (glossary, variant), then {@link #find} is called on every prose span of every file, so the
 * search is a character trie walked from each position: no regex, no allocation per character.
 *
 * <p>Semantics:
 * <ul>
 *   <li>Matches never overlap; at each position the longest valid match wins, leftmost first
 *       ({@code 01.AI} is the 01-ai term, not {@code AI} after a dot).</li>
 *   <li>Han renderings match as substrings (Chinese has no spaces between words). A rendering that
 *       starts (ends) with a Latin letter or digit only matches where the character before (after)
 *       is not one: {@code AI} is not found in {@code OpenAI} or {@code API}, but is in
 *       {@code AI-powered} and {@code 使用AI模型}. A dot between alphanumerics joins too: {@code AI}
 *       is not found in {@code 01.AI}, {@code Node} not in {@code Node.js}.</li>
 *   <li>Latin renderings match case-insensitively unless the term says {@code case: exact}.</li>
 *   <li>One space between a Han and a Latin character is optional on both sides: the rendering
 *       {@code CAT 工具} is found in {@code CAT工具} and {@code CAT工具} in {@code CAT 工具} (writers
 *       and style guides differ on that space; the term is the same).</li>
 *   <li>Latin renderings also match regular inflections of their last word
 *       ({@code scaling laws}, {@code open-sourced}, {@code open-sourcing}, {@code strategies}), in
 *       every variant ({@code LLMs} in a Chinese title), and with a hyphen for a space or a space for
 *       a hyphen ({@code command-line tools} is {@code command line}).</li>
 *   <li>Keep strings are found case-insensitively with {@code -}, space or nothing interchangeable
 *       where the keep string has a separator or changes between lower and upper case or between
 *       letters and digits; the match is {@code ACCEPTED} when it is exactly the keep string,
 *       {@code KEEP_ALTERED} otherwise ({@code Yi-lightning}, {@code Yi Lightning}, {@code YiLightning}).</li>
 *   <li>{@code AVOID}: an avoid rendering of this variant. {@code FOREIGN} (hant and hans only): a
 *       Han rendering accepted in the other Chinese variant but by no term in this one
 *       (规模法则 in hant text).</li>
 *   <li>When one string is several things at once (an unlinted glossary), ACCEPTED beats AVOID
 *       beats FOREIGN, an exact rendering beats an inflected one, and the earlier term wins.</li>
 * </ul>
 */
public final class TermMatcher {
    /** Characters that may stand between the parts of a keep string, or be left out there. */
    private static final String KEEP_SEPARATORS = "- \u00A0\u2010\u2011";

    private final Lang lang;
    private final Trie renderings;
    private final Trie keeps;

    public TermMatcher(Glossary glossary, Lang lang) {
        this.lang = lang;
        this.renderings = new Trie();
        this.keeps = new Trie();
        Set<String> acceptedHere = new HashSet<>();
        Set<String> avoidedHere = new HashSet<>();
        for (Term t : glossary.terms()) {
            acceptedHere.addAll(t.accepted(lang));
            avoidedHere.addAll(t.avoid(lang));
        }
        int order = 0;
        for (Term t : glossary.terms()) {
            if (t.isKeep()) {
                keeps.addKeep(t.keep(), new Entry(t, TermMatch.Kind.ACCEPTED, t.keep(), false, RANK_ACCEPTED, order++));
                // A keep term's avoid list holds its known translations (DeepSeek → 深言科技).
                for (String r : t.avoid(lang)) renderings.add(r, new Entry(t, TermMatch.Kind.AVOID, r, false, RANK_AVOID, order++));
                continue;
            }
            for (String r : t.accepted(lang)) renderings.add(r, new Entry(t, TermMatch.Kind.ACCEPTED, r, t.caseExact(), RANK_ACCEPTED, order++));
            for (String r : t.avoid(lang)) renderings.add(r, new Entry(t, TermMatch.Kind.AVOID, r, t.caseExact(), RANK_AVOID, order++));
        }
        for (Term t : glossary.terms()) {
            if (t.isKeep()) continue;
            if (lang.isChinese()) {
                Lang other = lang == Lang.HANT ? Lang.HANS : Lang.HANT;
                for (String r : t.accepted(other)) {
                    if (ScriptChars.hasHan(r) && !acceptedHere.contains(r) && !avoidedHere.contains(r)) {
                        renderings.add(r, new Entry(t, TermMatch.Kind.FOREIGN, r, t.caseExact(), RANK_FOREIGN, order++));
                    }
                }
            }
            // English words are inflected and hyphenated wherever they are written: "command-line
            // tools" is the term "command line", and "LLMs" in a Chinese title is "LLM". In a Chinese
            // variant only renderings with no Han character take English forms.
            for (String r : t.accepted(lang)) {
                if (lang.isChinese() && ScriptChars.hasHan(r)) continue;
                for (String f : englishForms(r)) {
                    renderings.add(f, new Entry(t, TermMatch.Kind.ACCEPTED, f, t.caseExact(), RANK_INFLECTED_ACCEPTED, order++));
                }
            }
            for (String r : t.avoid(lang)) {
                if (lang.isChinese() && ScriptChars.hasHan(r)) continue;
                for (String f : englishForms(r)) {
                    renderings.add(f, new Entry(t, TermMatch.Kind.AVOID, f, t.caseExact(), RANK_INFLECTED_AVOID, order++));
                }
            }
        }
        renderings.freeze();
        keeps.freeze();
    }

    private TermMatcher(Lang lang, Trie renderings, Trie keeps) {
        this.lang = lang;
        this.renderings = renderings;
        this.keeps = keeps;
    }

    public Lang lang() {
        return lang;
    }

    // ---- compiled form (the glossary cache keeps the matchers between runs) ----

    /**
     * Writes the two tries, their entries naming terms by their index in {@code glossary}, the
     * glossary this matcher was built from. {@link #read} gives back a matcher that finds exactly
     * what this one finds: the glossary cache stores it so that a run whose glossary has not
     * changed does not build the tries again (~7 ms of a one-post check's CPU, in the interpreter).
     */
    public void write(DataOutputStream out, Glossary glossary) throws IOException {
        Map<Term, Integer> index = new IdentityHashMap<>();
        List<Term> terms = glossary.terms();
        for (int i = 0; i < terms.size(); i++) index.put(terms.get(i), i);
        out.writeInt(lang.ordinal());
        renderings.write(out, index);
        keeps.write(out, index);
    }

    /** A matcher written by {@link #write} for the same glossary; an IOException when the bytes do not fit it. */
    public static TermMatcher read(DataInputStream in, Glossary glossary) throws IOException {
        int l = in.readInt();
        if (l < 0 || l >= Lang.values().length) throw new IOException("damaged term matcher");
        Trie renderings = Trie.read(in, glossary.terms());
        Trie keeps = Trie.read(in, glossary.terms());
        return new TermMatcher(Lang.values()[l], renderings, keeps);
    }

    /**
     * The inflections of a Latin rendering's last word, and the same words joined by a hyphen
     * instead of a space (a compound used as a modifier: "command-line experience") or by a space
     * instead of a hyphen, or, for two lower-case words, closed ("livestream"), each with its inflections.
     */
    static Set<String> englishForms(String rendering) {
        Set<String> out = new LinkedHashSet<>(Inflections.of(rendering));
        if (rendering.indexOf(' ') >= 0 || rendering.indexOf('-') >= 0) {
            List<String> joins = new ArrayList<>(List.of(rendering.replace(' ', '-'), rendering.replace('-', ' ')));
            // two lower-case words are also written closed: live stream = livestream, full screen = fullscreen
            String[] words = rendering.split("[ -]");
            if (words.length == 2 && words[0].length() >= 3 && words[1].length() >= 3 && rendering.equals(rendering.toLowerCase(java.util.Locale.ROOT))) {
                joins.add(words[0] + words[1]);
            }
            for (String joined : joins) {
                if (joined.equals(rendering)) continue;
                out.add(joined);
                out.addAll(Inflections.of(joined));
            }
        }
        return out;
    }

    /** All term occurrences in {@code text}, in order, non-overlapping. */
    public List<TermMatch> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * Term occurrences inside [from, to) of {@code text}; offsets are indexes into {@code text}.
     * The range edges count as word boundaries (characters outside are not looked at).
     */
    public List<TermMatch> find(CharSequence text, int from, int to) {
        List<TermMatch> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char first = fold(text.charAt(i));
            boolean maybePlain = renderings.startsPattern(first);
            boolean maybeKeep = keeps.startsPattern(first);
            if (!maybePlain && !maybeKeep) {
                i++;
                continue;
            }
            long plain = maybePlain ? renderings.longest(text, i, from, to) : NONE;
            long keep = maybeKeep ? keeps.longestKeep(text, i, from, to) : NONE;
            TermMatch m = null;
            if (plain != NONE && (keep == NONE || end(plain) >= end(keep))) {
                Entry e = renderings.entry(plain);
                m = new TermMatch(e.term, e.kind, text.subSequence(i, end(plain)).toString(), i, end(plain));
            } else if (keep != NONE) {
                Entry e = keeps.entry(keep);
                String found = text.subSequence(i, end(keep)).toString();
                TermMatch.Kind kind = found.equals(e.term.keep()) ? TermMatch.Kind.ACCEPTED : TermMatch.Kind.KEEP_ALTERED;
                if (kind == TermMatch.Kind.ACCEPTED || !ordinaryWord(found, e.term.keep())) m = new TermMatch(e.term, kind, found, i, end(keep));
            }
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /**
     * A name written all in lower case as one token is another thing of that name, not the name
     * altered: in English prose, an ordinary word ("a meta discussion" for Meta); in any prose, the
     * command, package or tag the product is called by (the ffmpeg command, the openai package, a
     * meta tag, yi-lightning as a model id). Capitals or spacing changed otherwise (Deepseek, META,
     * Yi-lightning, Yi Lightning) are still the name altered.
     */
    private boolean ordinaryWord(String found, String keep) {
        if (keep.length() < 2 || found.indexOf(' ') >= 0) return false;
        return found.equals(keep.toLowerCase(java.util.Locale.ROOT)) && !found.equals(keep);
    }

    // ---- matching details ----

    private static final long NONE = -1;
    private static final int RANK_ACCEPTED = 0;
    private static final int RANK_AVOID = 1;
    private static final int RANK_FOREIGN = 2;
    private static final int RANK_INFLECTED_ACCEPTED = 3;
    private static final int RANK_INFLECTED_AVOID = 4;

    /** A result packs (entry index, end offset) in one long so the hot loop allocates nothing. */
    private static long pack(int entryIndex, int end) {
        return ((long) entryIndex << 32) | (end & 0xffffffffL);
    }

    private static int end(long packed) {
        return (int) packed;
    }

    private record Entry(Term term, TermMatch.Kind kind, String pattern, boolean caseExact, int rank, int order) {
        boolean wordStart() {
            return isWordChar(pattern.charAt(0));
        }

        boolean wordEnd() {
            return isWordChar(pattern.charAt(pattern.length() - 1));
        }
    }

    /** Case folding used on both patterns and text: one char to one char, so offsets line up. */
    static char fold(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        // CJK ideographs have no case: most characters of a Chinese block, answered without a lookup
        if (c >= 0x3400 && c <= 0x9FFF) return c;
        return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
    }

    /** Letters and digits that join into one Latin word (Han characters do not: 用AI做 has a word AI). */
    static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        // Han first: every Han character of every pattern and text asks, and the script table's
        // answer is an array read where Character.UnicodeScript.of is a binary search over ~2,000
        // ranges (and its class's initialisation, ~1 ms in the interpreter, on every check).
        if (!Character.isLetterOrDigit(c) || isHan(c)) return false;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && isWordChar(c);
    }

    static boolean boundaryBefore(CharSequence text, int from, int i) {
        if (i <= from) return true;
        char p = text.charAt(i - 1);
        if (isWordChar(p)) return false;
        // "01.AI": the dot between alphanumerics joins one name, so AI there is not the AI term.
        return !(p == '.' && i - 2 >= from && isAsciiAlnum(text.charAt(i - 2)));
    }

    static boolean boundaryAfter(CharSequence text, int end, int to) {
        if (end >= to) return true;
        char n = text.charAt(end);
        if (isWordChar(n)) return false;
        return !(n == '.' && end + 1 < to && isAsciiAlnum(text.charAt(end + 1)));
    }


    /**
     * A version number glued to a name (Qwen2.5, Llama3, Python3), as the makers write it: the name
     * is there. Only after a name in mixed case ending in a letter: an acronym runs into other names
     * (AI2 is not AI).
     */
    static boolean versionAfter(Entry e, CharSequence text, int end, int to) {
        if (end >= to || !Character.isDigit(text.charAt(end))) return false;
        String p = e.pattern();
        char last = p.charAt(p.length() - 1);
        if (!(last < 128 && Character.isLetter(last))) return false;
        boolean upper = false, lower = false;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }

    /** The spaces writers put between Han and Latin: ASCII, no-break, thin and narrow no-break. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    static boolean isHan(char c) {
        return dev.concord.script.ScriptChars.isHan(c);
    }

    /** A Latin letter or digit next to a Han character, in either order. */
    static boolean hanLatinBoundary(char a, char b) {
        return (isWordChar(a) && isHan(b)) || (isHan(a) && isWordChar(b));
    }

    /** The character at {@code k} is one space between a Han and a Latin character. */
    static boolean isHanLatinSpace(CharSequence s, int k) {
        return k > 0 && k + 1 < s.length() && isSpace(s.charAt(k)) && hanLatinBoundary(s.charAt(k - 1), s.charAt(k + 1));
    }

    private static boolean isKeepSeparator(char c) {
        return KEEP_SEPARATORS.indexOf(c) >= 0;
    }

    /** Where a keep string may be written with or without a separator: Yi|Lightning, Deep|Seek, GPT|4. */
    private static boolean keepSlotBetween(char a, char b) {
        boolean lowerUpper = Character.isLowerCase(a) && Character.isUpperCase(b);
        boolean letterDigit = Character.isLetter(a) && Character.isDigit(b);
        boolean digitLetter = Character.isDigit(a) && Character.isLetter(b);
        return isWordChar(a) && isWordChar(b) && (lowerUpper || letterDigit || digitLetter);
    }

    /** A trie over folded characters; children in sorted arrays (binary search) once frozen. */
    private static final class Trie {
        /** A bit per character that starts a pattern: asked at every character of every block. */
        private final long[] firstChars = new long[0x10000 / 64];
        private final Node root;
        private final List<Entry> entries;

        Trie() {
            this(new Node(), new ArrayList<>());
        }

        boolean startsPattern(char c) {
            return (firstChars[c >>> 6] & (1L << c)) != 0;
        }

        private void markFirst(char c) {
            firstChars[c >>> 6] |= 1L << c;
        }

        private Trie(Node root, List<Entry> entries) {
            this.root = root;
            this.entries = entries;
        }

        /**
         * The entries and the nodes (depth first) as flat arrays in one block of bytes, so that
         * reading is a few bulk copies and one pass, not a call per field: the glossary thread
         * reads this in the interpreter on every run.
         */
        void write(DataOutputStream out, Map<Term, Integer> termIndex) throws IOException {
            List<Node> nodes = new ArrayList<>();
            StringBuilder keyOf = new StringBuilder();
            depthFirst(root, '\0', nodes, keyOf);
            int e = entries.size(), nodeCount = nodes.size(), ids = 0, patternChars = 0;
            for (Node n : nodes) ids += n.entryIds == null ? 0 : n.entryIds.length;
            for (Entry x : entries) patternChars += x.pattern.length();
            ByteBuffer b = ByteBuffer.allocate(16 + 15 * e + 2 * patternChars + 11 * nodeCount + 4 * ids);
            b.putInt(e).putInt(patternChars).putInt(nodeCount).putInt(ids);
            for (Entry x : entries) {
                Integer t = termIndex.get(x.term);
                if (t == null) throw new IOException("a term matcher written with another glossary");
                b.putInt(t);
            }
            for (Entry x : entries) b.putInt(x.order);
            for (Entry x : entries) b.putInt(x.pattern.length());
            for (Entry x : entries) b.put((byte) x.kind.ordinal()).put((byte) x.rank).put((byte) (x.caseExact ? 1 : 0));
            for (Entry x : entries) for (int k = 0; k < x.pattern.length(); k++) b.putChar(x.pattern.charAt(k));
            for (Node n : nodes) b.put((byte) ((n.slot ? 1 : 0) | (n.spaceSlot ? 2 : 0)));
            for (Node n : nodes) b.putInt(n.size);
            for (int k = 0; k < keyOf.length(); k++) b.putChar(keyOf.charAt(k));
            for (Node n : nodes) b.putInt(n.entryIds == null ? -1 : n.entryIds.length);
            for (Node n : nodes) if (n.entryIds != null) for (int id : n.entryIds) b.putInt(id);
            out.writeInt(b.position());
            out.write(b.array(), 0, b.position());
        }

        /** The nodes in depth-first order, each with the character that leads to it. */
        private static void depthFirst(Node n, char key, List<Node> nodes, StringBuilder keyOf) {
            nodes.add(n);
            keyOf.append(key);
            for (int k = 0; k < n.size; k++) depthFirst(n.kids[k], n.keys[k], nodes, keyOf);
        }

        static Trie read(DataInputStream in, List<Term> terms) throws IOException {
            int length = in.readInt();
            if (length < 16 || length > (1 << 28)) throw damaged();
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) throw damaged();
            try {
                return read(ByteBuffer.wrap(bytes), terms);
            } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException x) {
                throw damaged();
            }
        }

        private static Trie read(ByteBuffer b, List<Term> terms) throws IOException {
            int e = b.getInt(), patternChars = b.getInt(), nodeCount = b.getInt(), idCount = b.getInt();
            if (e < 0 || patternChars < 0 || nodeCount < 1 || idCount < 0) throw damaged();
            // The counts must account for every byte before anything is allocated from them.
            long expected = 16L + 15L * e + 2L * patternChars + 11L * nodeCount + 4L * idCount;
            if (expected != b.capacity()) throw damaged();
            int[] term = ints(b, e), order = ints(b, e), patternLength = ints(b, e);
            byte[] small = new byte[3 * e];
            b.get(small);
            char[] patterns = chars(b, patternChars);
            byte[] flags = new byte[nodeCount];
            b.get(flags);
            int[] childCount = ints(b, nodeCount);
            char[] keyOf = chars(b, nodeCount);
            int[] entryCount = ints(b, nodeCount);
            int[] ids = ints(b, idCount);
            if (b.hasRemaining()) throw damaged();

            TermMatch.Kind[] kinds = TermMatch.Kind.values();
            List<Entry> entries = new ArrayList<>(e);
            for (int i = 0, at = 0; i < e; i++) {
                int kind = small[3 * i], len = patternLength[i];
                if (term[i] < 0 || term[i] >= terms.size() || kind < 0 || kind >= kinds.length || len <= 0 || at + len > patternChars) {
                    throw damaged();
                }
                entries.add(new Entry(terms.get(term[i]), kinds[kind], new String(patterns, at, len), small[3 * i + 2] != 0,
                        small[3 * i + 1], order[i]));
                at += len;
            }
            // Depth first: each node is the next child of the nearest open node above it.
            Node[] nodes = new Node[nodeCount];
            Node[] open = new Node[nodeCount];
            int[] left = new int[nodeCount];
            int depth = 0, idAt = 0;
            for (int i = 0; i < nodeCount; i++) {
                Node n = nodes[i] = new Node();
                n.slot = (flags[i] & 1) != 0;
                n.spaceSlot = (flags[i] & 2) != 0;
                if (entryCount[i] >= 0) {
                    if (idAt + entryCount[i] > idCount) throw damaged();
                    n.entryIds = java.util.Arrays.copyOfRange(ids, idAt, idAt + entryCount[i]);
                    for (int id : n.entryIds) if (id < 0 || id >= e) throw damaged();
                    idAt += entryCount[i];
                } else if (entryCount[i] != -1) {
                    throw damaged();
                }
                if (childCount[i] < 0) throw damaged();
                n.keys = new char[childCount[i]];
                n.kids = new Node[childCount[i]];
                if (i > 0) {
                    if (depth == 0) throw damaged();
                    Node parent = open[depth - 1];
                    int k = parent.size;
                    if (k > 0 && parent.keys[k - 1] >= keyOf[i]) throw damaged();
                    parent.keys[k] = keyOf[i];
                    parent.kids[k] = n;
                    parent.size++;
                    if (--left[depth - 1] == 0) depth--;
                }
                if (childCount[i] > 0) {
                    open[depth] = n;
                    left[depth++] = childCount[i];
                }
            }
            if (depth != 0 || idAt != idCount) throw damaged();
            Trie trie = new Trie(nodes[0], entries);
            // Every pattern's first (folded) character is a child of the root, and only those are.
            for (int k = 0; k < trie.root.size; k++) trie.markFirst(trie.root.keys[k]);
            return trie;
        }

        private static int[] ints(ByteBuffer b, int n) {
            int[] out = new int[n];
            b.asIntBuffer().get(out);
            b.position(b.position() + 4 * n);
            return out;
        }

        private static char[] chars(ByteBuffer b, int n) {
            char[] out = new char[n];
            b.asCharBuffer().get(out);
            b.position(b.position() + 2 * n);
            return out;
        }

        private static IOException damaged() {
            return new IOException("damaged term matcher");
        }

        /**
         * A space between Han and Latin ({@code CAT 工具}) is style, not spelling: the pattern is
         * stored without it and the node before each Han–Latin boundary is a slot where the text
         * may have one space or none ({@code CAT工具} = {@code CAT 工具}).
         */
        void add(String pattern, Entry e) {
            if (pattern.isEmpty()) return;
            Node n = root;
            char prev = 0;
            for (int k = 0; k < pattern.length(); k++) {
                char c = pattern.charAt(k);
                if (isHanLatinSpace(pattern, k)) continue;
                if (prev != 0 && hanLatinBoundary(prev, c)) n.spaceSlot = true;
                n = n.childOrNew(fold(c));
                prev = c;
            }
            n.addEntry(register(e));
            markFirst(fold(pattern.charAt(0)));
        }

        /** Keep strings are stored without separators; the node before a separator is marked as a slot. */
        void addKeep(String keep, Entry e) {
            Node n = root;
            char prev = 0;
            boolean any = false;
            for (int k = 0; k < keep.length(); k++) {
                char c = keep.charAt(k);
                if (isKeepSeparator(c)) {
                    if (any) n.slot = true;
                    continue;
                }
                if (any && keepSlotBetween(prev, c)) n.slot = true;
                if (!any) markFirst(fold(c));
                n = n.childOrNew(fold(c));
                prev = c;
                any = true;
            }
            if (any) n.addEntry(register(e));
        }

        private int register(Entry e) {
            entries.add(e);
            return entries.size() - 1;
        }

        Entry entry(long packed) {
            return entries.get((int) (packed >>> 32));
        }

        void freeze() {
            root.freeze(entries);
        }

        long longest(CharSequence text, int start, int from, int to) {
            long best = NONE;
            boolean before = boundaryBefore(text, from, start);
            Node n = root;
            for (int j = start; j < to; j++) {
                Node next = n.child(fold(text.charAt(j)));
                if (next == null && n.spaceSlot && j + 1 < to && isSpace(text.charAt(j))) {
                    next = n.child(fold(text.charAt(j + 1)));
                    if (next != null) j++;
                }
                n = next;
                if (n == null) break;
                if (n.entryIds == null) continue;
                for (int id : n.entryIds) {
                    Entry e = entries.get(id);
                    if (e.wordStart() && !before) continue;
                    if (e.wordEnd() && !boundaryAfter(text, j + 1, to) && !versionAfter(e, text, j + 1, to)) continue;
                    if (e.caseExact && !sameCase(text, start, j + 1, e.pattern)) continue;
                    best = pack(id, j + 1);
                    break;
                }
            }
            return best;
        }

        long longestKeep(CharSequence text, int start, int from, int to) {
            long best = NONE;
            boolean before = boundaryBefore(text, from, start);
            Node n = root;
            int j = start;
            while (j < to) {
                Node next = n.child(fold(text.charAt(j)));
                if (next == null && n.slot && j + 1 < to && isKeepSeparator(text.charAt(j))) {
                    next = n.child(fold(text.charAt(j + 1)));
                    if (next != null) j++;
                }
                if (next == null) break;
                n = next;
                j++;
                if (n.entryIds == null) continue;
                for (int id : n.entryIds) {
                    Entry e = entries.get(id);
                    if (e.wordStart() && !before) continue;
                    if (e.wordEnd() && !boundaryAfter(text, j, to) && !versionAfter(e, text, j, to)) continue;
                    best = pack(id, j);
                    break;
                }
            }
            return best;
        }

        /** Text [start, end) spells the pattern in its case, Han–Latin spaces aside. */
        private static boolean sameCase(CharSequence text, int start, int end, String pattern) {
            int k = 0;
            for (int j = start; j < end; j++) {
                if (isHanLatinSpace(text, j)) continue;
                while (k < pattern.length() && isHanLatinSpace(pattern, k)) k++;
                if (k >= pattern.length() || text.charAt(j) != pattern.charAt(k)) return false;
                k++;
            }
            while (k < pattern.length() && isHanLatinSpace(pattern, k)) k++;
            return k == pattern.length();
        }
    }

    private static final class Node {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_KIDS = new Node[0];

        /** The children's characters, sorted, in [0, size); kids[i] is the child for keys[i]. */
        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        int size;
        int[] entryIds;
        boolean slot;
        /** A Han–Latin boundary follows: the text may have a space here (see {@link Trie#add}). */
        boolean spaceSlot;
        private int[] buildingEntries;
        private int entryCount;

        /**
         * The child for {@code c}, made if missing. Sorted arrays from the start, not a TreeMap of
         * boxed characters frozen into arrays later: the tries are built in every process, in the
         * interpreter, and most nodes have one child.
         */
        Node childOrNew(char c) {
            int i = java.util.Arrays.binarySearch(keys, 0, size, c);
            if (i >= 0) return kids[i];
            int at = -i - 1;
            if (size == keys.length) {
                int grown = Math.max(2, size * 2);
                keys = java.util.Arrays.copyOf(keys, grown);
                kids = java.util.Arrays.copyOf(kids, grown);
            }
            System.arraycopy(keys, at, keys, at + 1, size - at);
            System.arraycopy(kids, at, kids, at + 1, size - at);
            Node n = new Node();
            keys[at] = c;
            kids[at] = n;
            size++;
            return n;
        }

        void addEntry(int id) {
            if (buildingEntries == null) buildingEntries = new int[2];
            else if (entryCount == buildingEntries.length) buildingEntries = java.util.Arrays.copyOf(buildingEntries, entryCount * 2);
            buildingEntries[entryCount++] = id;
        }

        void freeze(List<Entry> all) {
            for (int k = 0; k < size; k++) kids[k].freeze(all);
            if (buildingEntries != null) {
                // By rank, then glossary order. A plain insertion sort, not a stream: this runs for
                // every pattern of the glossary, once per process, in the interpreter (a one-post
                // check loads the glossary on the other core while it parses), and a node holds a
                // handful of entries.
                int[] ids = new int[entryCount];
                for (int i = 0; i < ids.length; i++) {
                    int id = buildingEntries[i], j = i;
                    while (j > 0 && before(all.get(id), all.get(ids[j - 1]))) {
                        ids[j] = ids[j - 1];
                        j--;
                    }
                    ids[j] = id;
                }
                entryIds = ids;
                buildingEntries = null;
            }
        }

        private static boolean before(Entry x, Entry y) {
            return x.rank != y.rank ? x.rank < y.rank : x.order < y.order;
        }

        Node child(char c) {
            int i = java.util.Arrays.binarySearch(keys, 0, size, c);
            return i >= 0 ? kids[i] : null;
        }
    }

    /**
     * Whether {@code found} is a verb form (-ed, -ing) of a one-word rendering among
     * {@code renderings}, not the word itself or its plural: "projected" for the rendering
     * "project", "coding" for "code". A noun's verb form is often another word (预计, 编程), where
     * a phrase's is the phrase (open-sourced, fine-tuned).
     */
    public static boolean verbFormOfAWord(String found, List<String> renderings) {
        String f = found.toLowerCase(java.util.Locale.ROOT);
        boolean verbForm = false;
        for (String r : renderings) {
            String w = r.toLowerCase(java.util.Locale.ROOT);
            if (w.equals(f)) return false;
            boolean oneWord = !w.isEmpty();
            for (int i = 0; i < w.length() && oneWord; i++) oneWord = w.charAt(i) >= 'a' && w.charAt(i) <= 'z';
            boolean form = false;
            for (String x : Inflections.of(r)) form |= x.toLowerCase(java.util.Locale.ROOT).equals(f);
            if (!form) continue;
            // every inflection but the plural (-s, -es, -ies) ends in -d or -ing
            if (!oneWord || f.endsWith("s")) return false;
            verbForm = true;
        }
        return verbForm;
    }

    /** Regular English inflections of a rendering's last word (scaling law → scaling laws; open-source → open-sourced). */
    static final class Inflections {
        private Inflections() {}

        static Set<String> of(String rendering) {
            Set<String> out = new LinkedHashSet<>();
            int n = rendering.length();
            int k = n;
            while (k > 0 && isAsciiLetter(rendering.charAt(k - 1))) k--;
            String word = rendering.substring(k);
            if (word.length() < 2) return out;
            String head = rendering.substring(0, k);
            char last = Character.toLowerCase(word.charAt(word.length() - 1));
            char beforeLast = Character.toLowerCase(word.charAt(word.length() - 2));
            String stem = word.substring(0, word.length() - 1);
            out.add(word + "s");
            // Acronyms and two-letter words only take a plural (AIs, LLMs): "Yi" + "ng" must not be a form.
            if (word.length() <= 2 || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                return Set.of(head + word + "s");
            }
            if (last == 's' || last == 'x' || last == 'z' || word.endsWith("ch") || word.endsWith("sh")) out.add(word + "es");
            if (last == 'y' && !isVowel(beforeLast)) {
                out.add(stem + "ies");
                out.add(stem + "ied");
            }
            if (last == 'e') {
                out.add(word + "d");
                if (beforeLast != 'e') out.add(stem + "ing");
                else out.add(word + "ing");
            } else {
                out.add(word + "ed");
                out.add(word + "ing");
            }
            // plan → planned, planning: consonant-vowel-consonant, final consonant not w/x/y.
            if (word.length() >= 3 && !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(beforeLast)
                    && !isVowel(Character.toLowerCase(word.charAt(word.length() - 3)))) {
                out.add(word + word.charAt(word.length() - 1) + "ed");
                out.add(word + word.charAt(word.length() - 1) + "ing");
            }
            Set<String> full = new LinkedHashSet<>();
            for (String w : out) full.add(head + w);
            full.remove(rendering);
            return full;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isVowel(char c) {
            return "aeiou".indexOf(c) >= 0;
        }
    }
}
