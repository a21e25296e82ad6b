package dev.concord.convert;

import dev.concord.model.Lang;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Plain-text script conversion hans ⇄ hant over opencc4j, as a chain of stages in OpenCC's manner:
 * <pre>
 *   to hant, tw      opencc4j S→T, then TWVariants (爲→為, 裏→裡, 着→著 …)      = OpenCC s2tw
 *   to hant, opencc  opencc4j S→T                                             = OpenCC s2t
 *   to hans, tw      TWVariants reversed (著→着 except 著作, 顯著 …), then T→S   = OpenCC tw2s
 *   to hans, opencc  opencc4j T→S                                             = OpenCC t2s
 * </pre>
 * Vocabulary is never changed (人工智能 and 算法 stay): {@code ZhTwConverterUtil} is not used
 * because it always rewrites words like OpenCC {@code s2twp} (算法→演算法) and has reverse bugs
 * (什么→什幺), see research.md.
 *
 * <p>Properties every caller may rely on (tested): the output has the same UTF-16 length as the
 * input and character i of the output comes from character i of the input; ASCII and characters
 * outside the BMP are never changed. Instances are immutable and thread-safe; {@link #get} builds
 * each one once, on one thread, before returning it (opencc4j's cold-start race).
 */
public final class ScriptConverter {
    private static final Object LOCK = new Object();
    private static final Map<Lang, Map<HantStandard, ScriptConverter>> INSTANCES = new EnumMap<>(Lang.class);

    private final Lang target;
    private final HantStandard standard;
    private final Opencc opencc;
    private final VariantTable before;
    private final VariantTable after;

    private ScriptConverter(Lang target, HantStandard standard, Opencc opencc, VariantTable before, VariantTable after) {
        this.target = target;
        this.standard = standard;
        this.opencc = opencc;
        this.before = before;
        this.after = after;
    }

    /**
     * The converter into {@code to} (HANS or HANT). {@code standard} is the hant standard: the one
     * to produce when converting to hant, the one the input is written in when converting to hans.
     */
    public static ScriptConverter get(Lang to, HantStandard standard) {
        if (to == Lang.EN) throw new IllegalArgumentException("no script conversion into en");
        synchronized (LOCK) {
            return INSTANCES.computeIfAbsent(to, k -> new EnumMap<>(HantStandard.class))
                    .computeIfAbsent(standard, s -> build(to, s));
        }
    }

    public static ScriptConverter toHant(HantStandard standard) {
        return get(Lang.HANT, standard);
    }

    /** @param sourceStandard the standard the Traditional input is written in */
    public static ScriptConverter toHans(HantStandard sourceStandard) {
        return get(Lang.HANS, sourceStandard);
    }

    private static ScriptConverter build(Lang to, HantStandard standard) {
        if (to == Lang.HANT) {
            VariantTable after = standard == HantStandard.TW ? Glyphs.TW : null;
            return new ScriptConverter(to, standard, Opencc.s2t(), null, after);
        }
        VariantTable before = standard == HantStandard.TW ? Glyphs.TW_REVERSED : null;
        return new ScriptConverter(to, standard, Opencc.t2s(), before, null);
    }

    public Lang target() {
        return target;
    }

    public HantStandard standard() {
        return standard;
    }

    /** Converts plain text: every character is a candidate, there is no notion of code or URLs here. */
    public String convert(String text) {
        if (text.isEmpty()) return text;
        String s = before == null ? text : before.apply(text);
        s = opencc.convert(s);
        return after == null ? s : after.apply(s);
    }

    /** The Taiwan glyph tables, loaded with the class (small: ~40 and ~60 entries). */
    private static final class Glyphs {
        /**
         * OpenCC standard → Taiwan glyphs. From OpenCC data/dictionary/TWVariants.txt (Apache-2.0),
         * see the resource's header for the exact commit.
         */
        static final VariantTable TW = VariantTable.of(VariantTable.readResource("TWVariants.txt"));
        /**
         * Taiwan → OpenCC glyphs, with OpenCC's TWVariantsRevPhrases exceptions (著作 stays 著作).
         * 么 is not reverted to 幺: in Traditional blog text 么 is far more often a simplified
         * leftover (什么, 怎么) than Taiwan's 么 for 幺, and 幺 would turn 什么 into 什幺
         * (OpenCC's tw2s test case 什么 怎么 … 老么 shows the trap).
         */
        static final VariantTable TW_REVERSED = VariantTable.reverseOf(
                VariantTable.readResource("TWVariants.txt"), VariantTable.readResource("TWVariantsRevPhrases.txt"),
                Set.of("么"));
    }
}
