package dev.concord.convert;

import dev.concord.model.Lang;

/**
 * Plain-text script conversion hans ⇄ hant: OpenCC's config for the target and the hant standard
 * ({@link OpenccConfig#of}) run by {@link ConversionChain} over OpenCC's current dictionaries.
 * <pre>
 *   to hant, tw      s2tw     to hans, tw      tw2s
 *   to hant, opencc  s2t      to hans, opencc  t2s
 *   to hant, twp     s2twp    to hans, twp     tw2sp
 * </pre>
 *
 * <p>The output may differ in length from the input (算法 → 演算法 in twp; a compatibility
 * ideograph outside the BMP normalised into the BMP); {@link #trace} says where each output
 * character came from. ASCII is never changed. Instances are immutable and thread-safe;
 * the dictionaries load on first use, once.
 */
public final class ScriptConverter {
    private static final ScriptConverter[] INSTANCES = new ScriptConverter[2 * HantStandard.values().length];

    private final Lang target;
    private final HantStandard standard;
    private final ConversionChain chain;

    private ScriptConverter(Lang target, HantStandard standard, ConversionChain chain) {
        this.target = target;
        this.standard = standard;
        this.chain = chain;
    }

    /**
     * The converter into {@code to} (HANS or HANT). {@code standard} is the hant standard: the one
     * to produce when converting to hant, the one the input is written in when converting to hans.
     */
    public static ScriptConverter get(Lang to, HantStandard standard) {
        if (to == Lang.EN) throw new IllegalArgumentException("no script conversion into en");
        int i = (to == Lang.HANT ? 0 : 1) * HantStandard.values().length + standard.ordinal();
        ScriptConverter c = INSTANCES[i];
        if (c == null) { // a race only builds two equal wrappers around the one chain
            c = new ScriptConverter(to, standard, ConversionChain.of(OpenccConfig.of(to == Lang.HANT, standard)));
            INSTANCES[i] = c;
        }
        return c;
    }

    public static ScriptConverter toHant(HantStandard standard) {
        return get(Lang.HANT, standard);
    }

    /** @param sourceStandard the standard the Traditional input is written in */
    public static ScriptConverter toHans(HantStandard sourceStandard) {
        return get(Lang.HANS, sourceStandard);
    }

    public Lang target() {
        return target;
    }

    public HantStandard standard() {
        return standard;
    }

    /** OpenCC's name of the config this converter runs ({@code s2tw} …). */
    public String openccConfig() {
        return chain.config().openccName();
    }

    /** Converts plain text: every character is a candidate, there is no notion of code or URLs here. */
    public String convert(String text) {
        return chain.convert(text);
    }

    /** {@link #convert} with each output character's origin and the ambiguous characters. */
    ConversionChain.Traced trace(String text) {
        return chain.trace(text);
    }

    ConversionChain.Traced trace(String text, boolean ambiguities) {
        return chain.trace(text, ambiguities);
    }
}
