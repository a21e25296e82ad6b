package dev.concord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Candidate terms in English prose: runs of up to {@value #MAX_WORDS} content words between
 * function words and punctuation, and every shorter run inside them. That covers multi-word noun
 * phrases ({@code environment variable}), capitalised names ({@code Kai-Fu Lee}), product and
 * model names ({@code Yi-34B}, {@code DeepSeek}) and acronyms ({@code LLM}). No part-of-speech
 * tagging: a run that is not a term ("released stronger models") has no consistent rendering in the
 * Chinese variants, so the association step drops it.
 *
 * <p>The caller gives prose only (the parsed document has already cut out code, URLs and HTML).
 */
public final class EnglishCandidates {
    /** Longest candidate, in words: "large language model" is 3; "Claude 3.5 Sonnet model" is already a sentence part. */
    static final int MAX_WORDS = 4;

    private EnglishCandidates() {}

    /**
     * One candidate occurrence.
     *
     * @param key     the normalised form that groups occurrences: lower case, last word singular
     * @param surface the text as written
     * @param name    written as a name here: a capital letter that does not just start a sentence
     *                ("Sticky Keys", "in Terminal"), a capital after the first letter ("DeepSeek"),
     *                a digit ("Yi-34B") or an acronym ("LLM")
     * @param noun    used as a noun here: right after a determiner or preposition, or one word
     *                after it ("the cursor", "in a new terminal"); a verb ("to open", "Open the
     *                file") never is
     * @param verb    a single word used as a verb here: after "to", a modal or a subject pronoun
     */
    public record Occurrence(String key, String surface, int start, int end, boolean name, boolean noun, boolean verb) {}

    /** A word of the current run, with what the words before it tell about it. */
    private record Word(int start, int end, boolean sentenceStart, boolean afterDeterminer, boolean afterVerbMarker) {}

    /** Every candidate occurrence in {@code text[from, to)}, sub-runs included. */
    public static void find(CharSequence text, int from, int to, List<Occurrence> out) {
        Sentence sentence = new Sentence(text, out);
        boolean sentenceStart = true;
        String previous = null, beforePrevious = null; // lower-case words since the last punctuation
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int end = tokenEnd(text, i, to);
                // A possessive ends the run after the owner: "OpenAI's GPT series" is OpenAI, GPT series.
                int wordEnd = possessiveStart(text, i, end);
                String word = text.subSequence(i, wordEnd).toString();
                String lower = word.toLowerCase(Locale.ROOT);
                boolean determined = DETERMINERS.contains(String.valueOf(previous));
                boolean verb = VERB_MARKERS.contains(String.valueOf(previous));
                if (isContentWord(word)) {
                    sentence.run.add(new Word(i, wordEnd, sentenceStart, determined, verb));
                    if (!Character.isUpperCase(word.charAt(0)) && !nameLike(word)) sentence.lowerCaseContent = true;
                    if (wordEnd < end) sentence.flushRun();
                } else {
                    sentence.flushRun();
                }
                sentenceStart = false;
                beforePrevious = previous;
                previous = lower;
                if (wordEnd < end) beforePrevious = previous = null;
                i = end;
            } else {
                // Any punctuation ends a run; a single space (or a hyphen between words, handled in
                // tokenEnd) does not.
                if (c != ' ') {
                    sentence.flushRun();
                    beforePrevious = previous = null;
                }
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n') {
                    sentence.end();
                    sentenceStart = true;
                }
                i++;
            }
        }
        sentence.end();
    }

    /**
     * The occurrences of one sentence, held until its end: a capital letter marks a name only in a
     * sentence that also has a lower-case content word. In a title-case heading ("Step-by-Step
     * Guide to Installing Java") every word is capitalised and none is a name for that.
     */
    private static final class Sentence {
        final CharSequence text;
        final List<Occurrence> out;
        final List<Word> run = new ArrayList<>();
        final List<Occurrence> held = new ArrayList<>();
        final List<Boolean> capitalised = new ArrayList<>();
        boolean lowerCaseContent;

        Sentence(CharSequence text, List<Occurrence> out) {
            this.text = text;
            this.out = out;
        }

        void flushRun() {
            for (int s = 0; s < run.size(); s++) {
                for (int e = s; e < run.size() && e - s < MAX_WORDS; e++) {
                    int start = run.get(s).start(), end = run.get(e).end();
                    String surface = text.subSequence(start, end).toString();
                    if (surface.indexOf("  ") >= 0) continue;
                    // a capital that only starts the sentence says nothing: "Widgets are" is "widgets"
                    String keyed = run.get(s).sentenceStart() && !nameLike(surface.split(" ")[0])
                            ? Character.toLowerCase(surface.charAt(0)) + surface.substring(1) : surface;
                    boolean intrinsic = false, capital = false;
                    for (int w = s; w <= e; w++) {
                        Word word = run.get(w);
                        String t = text.subSequence(word.start(), word.end()).toString();
                        intrinsic |= nameLike(t);
                        capital |= Character.isUpperCase(t.charAt(0)) && !(w == s && word.sentenceStart());
                    }
                    // a noun phrase: right after a determiner, and the last words of the run (its head)
                    boolean verb = s == e && run.get(s).afterVerbMarker();
                    String k = key(keyed);
                    boolean plural = !k.equals(surface.toLowerCase(Locale.ROOT).replace('-', ' '));
                    // ... or a plural that no pronoun or modal makes a verb ("visas", not "it supports")
                    boolean noun = (run.get(s).afterDeterminer() || plural && !verb) && e == run.size() - 1;
                    held.add(new Occurrence(k, surface, start, end, intrinsic, noun, verb));
                    capitalised.add(capital);
                }
            }
            run.clear();
        }

        void end() {
            flushRun();
            for (int k = 0; k < held.size(); k++) {
                Occurrence o = held.get(k);
                boolean name = o.name() || (capitalised.get(k) && lowerCaseContent);
                out.add(name == o.name() ? o : new Occurrence(o.key(), o.surface(), o.start(), o.end(), name, o.noun(), o.verb()));
            }
            held.clear();
            capitalised.clear();
            lowerCaseContent = false;
        }
    }

    /** Words before a verb: "to", modals, subject pronouns ("to open", "can start", "it fails"). */
    static final Set<String> VERB_MARKERS = Set.of("to", "can", "could", "will", "would", "should", "must", "may", "might",
            "cannot", "i", "you", "we", "they", "it", "he", "she", "also", "then", "not", "please", "automatically");

    /** Words after which a noun phrase starts: determiners, possessives, prepositions (not "to", which starts verbs too). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "your", "my", "our",
            "their", "its", "his", "her", "each", "every", "any", "some", "no", "another",
            "of", "in", "on", "at", "for", "from", "by", "with", "without", "into", "onto", "via", "per", "about",
            "between", "under", "over", "through", "using");

    /** Convenience for whole strings (tests). */
    public static List<Occurrence> find(CharSequence text) {
        List<Occurrence> out = new ArrayList<>();
        find(text, 0, text.length(), out);
        return out;
    }

    /**
     * Lower case, hyphens as spaces, a lower-case last word singular: "scaling laws" and "scaling
     * law" are one candidate, and so are "open-source" and "open source". A capitalised plural is
     * part of a name ("Windows", "Sticky Keys") and stays; an acronym's plural does not ("LLMs").
     */
    public static String key(String surface) {
        // One pass, no regular expression: this runs for every sub-run of every sentence, and a
        // split(" +") was 4 % of a whole-blog suggest's CPU.
        String t = surface.trim();
        StringBuilder words = new StringBuilder(t.length());
        int lastStart = 0;
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i) == '-' ? ' ' : t.charAt(i);
            if (c == ' ') {
                gap = true;
                continue;
            }
            if (gap && words.length() > 0) {
                words.append(' ');
                lastStart = words.length();
            }
            gap = false;
            words.append(c);
        }
        String last = words.substring(lastStart);
        if (!Character.isUpperCase(last.charAt(0)) || isAcronym(last.substring(0, last.length() - 1))) {
            words.setLength(lastStart);
            words.append(singular(last));
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The singular of a regular English plural; acronyms lose a lower-case s ("LLMs"); words that only
     * look plural ("process", "status", "analysis", "iOS") are left alone.
     */
    static String singular(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's') return w;
        String lower = w.toLowerCase(Locale.ROOT);
        if (isAcronym(w.substring(0, n - 1))) return w.substring(0, n - 1);
        if (!w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))) return w; // "iOS", "DevOps"
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || SAME_IN_PLURAL.contains(lower)) return w;
        if (lower.endsWith("ies") && n > 4 && !IE_PLURALS.contains(lower)) return w.substring(0, n - 3) + "y";
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    private static final Set<String> SAME_IN_PLURAL = Set.of("series", "species", "news", "means");
    /** Plurals in -ies of words in -ie, not -y. */
    private static final Set<String> IE_PLURALS = Set.of("cookies", "movies", "zombies", "rookies", "selfies", "calories");

    static boolean isAcronym(String w) {
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return false;
        }
        return Character.isLetter(w.charAt(0));
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A token: letters and digits, joined by single '-', '.', '\'' or '’' between two word characters. */
    static int tokenEnd(CharSequence text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if ((c == '-' || c == '.' || c == '\'' || c == '’') && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Where "'s" / "’s" / "s'" starts at the end of a token, or {@code end} if it has none. */
    private static int possessiveStart(CharSequence text, int start, int end) {
        if (end - start > 2) {
            char a = text.charAt(end - 2), b = text.charAt(end - 1);
            if ((a == '\'' || a == '’') && (b == 's' || b == 'S')) return end - 2;
        }
        return end;
    }

    /**
     * A word that can be part of a term: not a number, not a single letter, not a function word or
     * one of the everyday verbs and adverbs that glue a sentence together, unless written in
     * capitals. Contractions ("don't") are function words too.
     */
    static boolean isContentWord(String w) {
        if (w.length() < 2) return false;
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '’') return false;
            if (Character.isLetter(c)) letter = true;
        }
        if (!letter) return false;
        // in capitals a function word is an acronym ("VS Code", "US", "IT"), as a sentence in capitals is rare in prose
        return isAcronym(w) || !STOP.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * English function words and the most common verbs, adverbs and adjectives, which never start,
     * end or sit inside a term of a glossary. Written for this purpose; a term that needs one of
     * these words ("Hugging Face" needs neither) is found through its other words.
     */
    static final Set<String> STOP = Set.copyOf(List.of(
            // articles, determiners, quantifiers
            "the", "an", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either",
            "neither", "no", "none", "other", "another", "such", "own", "same", "more", "most", "less", "least",
            "much", "many", "few", "fewer", "several", "enough", "lot", "lots", "one", "ones", "two", "three",
            "first", "second", "last", "next", "previous", "whole", "half",
            // pronouns
            "it", "its", "itself", "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
            "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
            "yourself", "me", "my", "mine", "myself", "who", "whom", "whose", "which", "what", "whatever",
            "whichever", "whoever", "something", "anything", "everything", "nothing", "someone", "anyone",
            "everyone", "somebody", "anybody", "everybody", "nobody",
            // prepositions, conjunctions, particles
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "within", "into", "onto", "upon",
            "about", "above", "below", "over", "under", "after", "before", "between", "among", "amid", "amidst",
            "through", "throughout", "during", "against", "across", "along", "around", "behind", "beyond",
            "beside", "besides", "near", "off", "out", "up", "down", "via", "per", "than", "toward", "towards",
            "despite", "except", "including", "like", "unlike", "since", "until", "till", "while", "whereas",
            "although", "though", "because", "if", "unless", "whether", "or", "and", "nor", "but", "yet", "so",
            "as", "then", "else", "also", "too", "either", "vs", "etc", "eg", "ie", "e.g", "i.e", "via",
            "when", "where", "why", "how", "whenever", "wherever", "however", "therefore", "thus", "hence",
            "instead", "rather", "even", "just", "only", "still", "already", "again", "ever", "never", "always",
            "often", "sometimes", "usually", "very", "really", "quite", "almost", "perhaps", "maybe", "not",
            "here", "there", "now", "today", "later", "soon", "once", "twice", "well", "indeed", "yes",
            "further", "furthermore", "moreover", "meanwhile", "otherwise", "anyway", "actually", "simply",
            "especially", "particularly", "mainly", "mostly", "largely", "probably", "likely", "approximately",
            "about", "around", "roughly", "nearly", "additionally", "finally", "overall", "directly",
            "easily", "quickly", "fully", "highly", "currently", "recently", "initially", "eventually",
            // auxiliaries and modals
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "ought", "cannot", "let", "lets",
            // everyday verbs
            "get", "gets", "got", "getting", "make", "makes", "made", "making", "use", "uses", "used", "using",
            "go", "goes", "went", "going", "gone", "come", "comes", "came", "coming", "take", "takes", "took",
            "taking", "taken", "give", "gives", "gave", "given", "giving", "see", "sees", "saw", "seen", "seeing",
            "know", "knows", "knew", "known", "think", "thinks", "thought", "say", "says", "said", "tell", "tells",
            "told", "want", "wants", "wanted", "need", "needs", "needed", "try", "tries", "tried", "keep", "keeps",
            "kept", "put", "puts", "set", "sets", "run", "runs", "ran", "running", "show", "shows", "showed",
            "shown", "find", "finds", "found", "become", "becomes", "became", "seem", "seems", "seemed", "help",
            "helps", "helped", "allow", "allows", "allowed", "provide", "provides", "provided", "include",
            "includes", "included", "add", "adds", "added", "check", "look", "looks", "work", "works", "worked",
            "call", "called", "mean", "means", "meant", "follow", "following", "based", "related", "able",
            // everyday adjectives
            "new", "old", "good", "better", "best", "bad", "worse", "worst", "big", "bigger", "small", "smaller",
            "high", "higher", "low", "lower", "long", "longer", "short", "great", "main", "major", "minor",
            "important", "different", "similar", "certain", "sure", "possible", "available", "specific", "general",
            "common", "simple", "easy", "hard", "real", "true", "false", "early", "late", "recent",
            "current", "various", "significant", "able", "likely", "due", "whole", "entire",
            // general nouns of every text
            "way", "ways", "thing", "things", "time", "times", "part", "parts", "case", "cases", "example",
            "examples", "people", "year", "years", "day", "days", "month", "months", "week", "weeks", "number",
            "kind", "type", "sort", "point", "fact", "place", "note", "notes", "step", "steps", "issue", "issues",
            "problem", "problems", "reason", "reasons", "result", "results", "lot", "bit", "end", "top", "side"));

    /**
     * A word that is a name however it is placed: a capital right after a lower-case letter
     * ("DeepSeek", "iOS"; not "Step-by-Step"), a digit, or an acronym.
     */
    static boolean nameLike(String w) {
        if (isAcronym(singular(w)) || innerCapital(w)) return true;
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }

    /** A capital right after a lower-case letter: a coined name ("DeepSeek", "iOS", "LeanCloud"). */
    static boolean innerCapital(String w) {
        for (int i = 1; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) return true;
        return false;
    }
}
