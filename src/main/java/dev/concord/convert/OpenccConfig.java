package dev.concord.convert;

import java.util.List;
import java.util.Locale;

/**
 * OpenCC's six Chinese-script configs, as its {@code data/config/*.json} define them (a copy of
 * those files ships in {@code src/main/opencc/config/}): every config first normalises CJK
 * compatibility ideographs, segments the text by longest match over a phrase dictionary, then
 * runs each step of the chain on each segment. Each step is a group of dictionaries tried in
 * order; the first that matches at a position gives its longest match there.
 *
 * <p>Dictionary names are those of {@link DictionaryCompiler}'s output: {@code STPhrases} is
 * OpenCC's union of STPhrases and STPhrases_GeneratedFromRegionalPhrases, and {@code TWVariantsRev}
 * is TWVariants reversed, {@code TSCharactersExt} the rare simplified forms of TSCharacters'
 * {@code @tofu-risk} lines, all derived at package time as OpenCC's build derives them.
 */
enum OpenccConfig {
    S2T("STPhrases", List.of(List.of("STPhrases", "STCharacters"))),
    S2TW("STPhrases", List.of(List.of("STPhrases", "STCharacters"), List.of("TWVariantsPhrases", "TWVariants"))),
    S2TWP("STPhrases", List.of(List.of("STPhrases", "STCharacters"), List.of("TWPhrases", "TWVariantsPhrases", "TWVariants"))),
    T2S("TSPhrases", List.of(List.of("TSPhrases", "TSCharactersExt", "TSCharacters"))),
    TW2S("TSPhrases", List.of(List.of("TWVariantsRevPhrases", "TWVariantsRev"), List.of("TSPhrases", "TSCharactersExt", "TSCharacters"))),
    TW2SP("TSPhrases", List.of(List.of("TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"), List.of("TSPhrases", "TSCharactersExt", "TSCharacters")));

    static final String NORMALIZATION = "CJK_Compatibility_Ideographs";

    final String segmentation;
    final List<List<String>> steps;

    OpenccConfig(String segmentation, List<List<String>> steps) {
        this.segmentation = segmentation;
        this.steps = steps;
    }

    /** OpenCC's name: {@code s2t}, {@code tw2sp} … */
    String openccName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The config that produces {@code standard} (to hant) or reads it (to hans). */
    static OpenccConfig of(boolean toHant, HantStandard standard) {
        return switch (standard) {
            case OPENCC -> toHant ? S2T : T2S;
            case TW -> toHant ? S2TW : TW2S;
            case TWP -> toHant ? S2TWP : TW2SP;
        };
    }
}
