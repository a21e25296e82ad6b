package dev.concord.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.glossary.TermMatch.Kind;
import dev.concord.model.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static final Glossary SAMPLE = GlossaryTestSupport.sample();

    /** "id:kind:found@start" for each match: compact and exact. */
    private static List<String> find(Lang lang, String text) {
        return find(SAMPLE, lang, text);
    }

    private static List<String> find(Glossary g, Lang lang, String text) {
        return new TermMatcher(g, lang).find(text).stream()
                .map(m -> {
                    assertEquals(m.found(), text.substring(m.start(), m.end()));
                    return m.term().id() + ":" + m.kind() + ":" + m.found() + "@" + m.start();
                })
                .toList();
    }

    /** The fast answers of fold (ASCII, CJK ideographs) are Character.toLowerCase's, for every char. */
    @Test
    void foldIsLowerCaseForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = Character.isSurrogate((char) c) ? (char) c : Character.toLowerCase((char) c);
            if (TermMatcher.fold((char) c) != expected) assertEquals(expected, TermMatcher.fold((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void latinTermOnWordBoundariesOnly() {
        assertEquals(List.of(), find(Lang.EN, "OpenAI ships an API; MAIL and FAIR"));
        assertEquals(List.of("ai:ACCEPTED:AI@0", "ai:ACCEPTED:AI@12", "ai:ACCEPTED:ai@21"),
                find(Lang.EN, "AI-powered (AI), and ai."));
    }

    @Test
    void aiAfterADotIsNotTheAiTermButLongestMatchFinds01Ai() {
        assertEquals(List.of("01-ai:ACCEPTED:01.AI@9"), find(Lang.EN, "Founding 01.AI in 2023"));
        Glossary onlyAi = GlossaryTestSupport.of("terms:\n  - id: ai\n    en: AI\n");
        assertEquals(List.of(), find(onlyAi, Lang.EN, "Founding 01.AI in 2023"));
        assertEquals(List.of("ai:ACCEPTED:AI@17"), find(onlyAi, Lang.EN, "End of sentence. AI is"));
    }

    @Test
    void aVersionGluedToANameInMixedCaseIsTheName() {
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: qwen\n    en: Qwen\n    hans: [通义千问, Qwen]\n"
                + "  - id: ai\n    en: AI\n  - id: mistral\n    keep: Mistral\n");
        assertEquals(List.of("qwen:ACCEPTED:Qwen@2"), find(g, Lang.HANS, "先用Qwen2.5 7B"));
        assertEquals(List.of("mistral:ACCEPTED:Mistral@4"), find(g, Lang.EN, "Use Mistral7B"));
        // an acronym runs into other names: AI2 is an institute, not AI; letters after the name are another word
        assertEquals(List.of(), find(g, Lang.EN, "AI2 released Qwenology"));
    }

    @Test
    void latinTermsInsideChineseText() {
        assertEquals(List.of("01-ai:ACCEPTED:零一万物@0", "01-ai:ACCEPTED:01.AI@5", "ai:ACCEPTED:AI@14"),
                find(Lang.HANS, "零一万物（01.AI）发布了AI模型"));
    }

    @Test
    void englishInflectionsOfTheLastWord() {
        assertEquals(List.of("scaling-law:ACCEPTED:Scaling laws@0", "scaling-law:ACCEPTED:scaling law@29"),
                find(Lang.EN, "Scaling laws hold; the other scaling law too"));
        assertEquals(List.of("open-source:ACCEPTED:open-sourced@3", "open-source:ACCEPTED:open-sourcing@20",
                        "open-source:ACCEPTED:open-sources@46"),
                find(Lang.EN, "We open-sourced it, open-sourcing is what one open-sources"));
        assertEquals(List.of("ai:ACCEPTED:AIs@5"), find(Lang.EN, "Many AIs. Aiing"));
        assertEquals(List.of(), find(Lang.EN, "open-sourcery"));
    }

    @Test
    void aVerbFormOfAOneWordRenderingIsToldFromItsPluralAndFromAPhrasesForms() {
        assertTrue(TermMatcher.verbFormOfAWord("projected", List.of("project")));
        assertTrue(TermMatcher.verbFormOfAWord("Coding", List.of("code")));
        assertTrue(TermMatcher.verbFormOfAWord("planned", List.of("plan")));
        assertFalse(TermMatcher.verbFormOfAWord("projects", List.of("project")), "a plural");
        assertFalse(TermMatcher.verbFormOfAWord("strategies", List.of("strategy")), "a plural");
        assertFalse(TermMatcher.verbFormOfAWord("embedding", List.of("embedding")), "the word itself");
        assertFalse(TermMatcher.verbFormOfAWord("open-sourced", List.of("open-source")), "a phrase's form");
        assertFalse(TermMatcher.verbFormOfAWord("trained", List.of("train", "trained")), "a rendering of its own");
        assertFalse(TermMatcher.verbFormOfAWord("projector", List.of("project")), "no inflection");
    }

    @Test
    void latinRenderingsAreInflectedInEveryVariant() {
        // A plural in a Chinese variant's English ("LLMs" in a hans title) is the term; Han is never inflected.
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: m\n    en: model\n    hans: [model, 模型]\n");
        assertEquals(List.of("m:ACCEPTED:models@0"), find(g, Lang.EN, "models"));
        assertEquals(List.of("m:ACCEPTED:models@0", "m:ACCEPTED:模型@8"), find(g, Lang.HANS, "models 和模型s"));
        assertEquals(List.of(), find(g, Lang.HANS, "modelers"), "inflections take the ending, not any continuation");
    }

    @Test
    void aHyphenAndASpaceJoinTheWordsOfARenderingAlike() {
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: cl\n    en: command line\n    hans: 命令行\n  - id: os\n    en: open-source\n");
        assertEquals(List.of("cl:ACCEPTED:command-line@4", "cl:ACCEPTED:command lines@33", "cl:ACCEPTED:command-lines@52"),
                find(g, Lang.EN, "The command-line experience; two command lines, two command-lines"));
        assertEquals(List.of("os:ACCEPTED:open source@0", "os:ACCEPTED:open sourced@13"), find(g, Lang.EN, "open source, open sourced"));
        assertEquals(List.of(), find(g, Lang.EN, "command, line"));
        // two lower-case words written closed, as English does over time (livestream, fullscreen)
        assertEquals(List.of("cl:ACCEPTED:commandline@4", "cl:ACCEPTED:commandlines@21"), find(g, Lang.EN, "The commandline; two commandlines"));
    }

    @Test
    void keepTermExactIsAcceptedAlteredIsReported() {
        assertEquals(List.of("yi-lightning:ACCEPTED:Yi-Lightning@0"), find(Lang.EN, "Yi-Lightning wins"));
        assertEquals(List.of("yi-lightning:KEEP_ALTERED:Yi-lightning@0", "yi-lightning:KEEP_ALTERED:Yi Lightning@13",
                        "yi-lightning:KEEP_ALTERED:YiLightning@39", "yi-lightning:KEEP_ALTERED:yi lightning@51"),
                find(Lang.EN, "Yi-lightning Yi Lightning yi-lightning YiLightning yi lightning"));
        // one token all in lower case is the model id, the command or the package, in any language
        assertEquals(List.of(), find(Lang.HANS, "模型 id 是 yi-lightning"));
        // Never ACCEPTED in another case, in any variant.
        assertEquals(List.of("yi-lightning:KEEP_ALTERED:YI-LIGHTNING@2"), find(Lang.HANT, "發布YI-LIGHTNING模型"));
        assertEquals(List.of(), find(Lang.EN, "Yi--Lightning Yi-Lightnings"));
    }

    @Test
    void hyphenContinuationPrefersTheLongerTerm() {
        assertEquals(List.of("yi-34b:ACCEPTED:Yi-34B@0", "yi-34b:KEEP_ALTERED:Yi 34B@11"), find(Lang.EN, "Yi-34B and Yi 34B"));
    }

    @Test
    void caseExactTerm() {
        assertEquals(List.of("gpt:ACCEPTED:GPT@0", "gpt:ACCEPTED:GPTs@8"), find(Lang.EN, "GPT and GPTs, not gpt or Gpt"));
    }

    @Test
    void hanSubstringInsideALongerSentence() {
        assertEquals(List.of("scaling-law:ACCEPTED:規模法則@6", "ai:ACCEPTED:人工智慧@14"),
                find(Lang.HANT, "這篇文章討論規模法則如何影響人工智慧的發展"));
    }

    @Test
    void avoidRenderings() {
        assertEquals(List.of("scaling-law:AVOID:缩放定律@2", "scaling-law:ACCEPTED:规模法则@7"),
                find(Lang.HANS, "所谓缩放定律即规模法则"));
    }

    @Test
    void keepTermTranslationsListedUnderAvoidAreFound() {
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: deepseek\n    keep: DeepSeek\n    avoid:\n      hant: [深言科技]\n");
        assertEquals(List.of("deepseek:AVOID:深言科技@0", "deepseek:ACCEPTED:DeepSeek@6"), find(g, Lang.HANT, "深言科技與 DeepSeek"));
        assertEquals(List.of(), find(g, Lang.HANS, "深言科技"));
    }

    @Test
    void foreignRenderingsInTheOtherChineseVariant() {
        // 规模法则 is the hans rendering; in hant text it is FOREIGN. 人工智能 is accepted in hant too: not foreign.
        assertEquals(List.of("scaling-law:FOREIGN:规模法则@0", "ai:ACCEPTED:人工智能@5", "01-ai:FOREIGN:零一万物@10"),
                find(Lang.HANT, "规模法则與人工智能和零一万物"));
        assertEquals(List.of("scaling-law:FOREIGN:規模法則@0", "ai:FOREIGN:人工智慧@4"), find(Lang.HANS, "規模法則人工智慧"));
        assertEquals(List.of(), find(Lang.EN, "規模法則"));
    }

    @Test
    void longestMatchLeftmostFirst() {
        Glossary g = GlossaryTestSupport.of("terms:\n  - id: a\n    hans: 模型\n  - id: b\n    hans: 大模型\n  - id: c\n    hans: 模型训练\n");
        assertEquals(List.of("b:ACCEPTED:大模型@0", "c:ACCEPTED:模型训练@4"), find(g, Lang.HANS, "大模型和模型训练"));
    }

    @Test
    void rangeFindReportsOffsetsIntoTheWholeText() {
        List<TermMatch> m = new TermMatcher(SAMPLE, Lang.EN).find("xx AI yy AI", 3, 8);
        assertEquals(1, m.size());
        assertEquals(3, m.get(0).start());
        assertEquals(5, m.get(0).end());
    }

    @Test
    void noMatchesInPlainTextAndAstralCharactersPassThrough() {
        assertEquals(List.of(), find(Lang.HANS, "𠀀𠀁 nothing here 普通的句子"));
        assertEquals(List.of(), find(Lang.EN, ""));
    }

    @Test
    void aSpaceBetweenHanAndLatinIsOptionalOnBothSides() {
        Glossary g = GlossaryTestSupport.of("""
                terms:
                  - id: cat-tool
                    en: CAT tool
                    hans: CAT 工具
                    hant: CAT工具
                  - id: claude-code
                    en: Claude Code
                    hans: Claude代码
                    hant: Claude 程式碼
                    case: exact
                """);
        assertEquals(List.of("cat-tool:ACCEPTED:CAT工具@2", "cat-tool:ACCEPTED:CAT 工具@10"), find(g, Lang.HANS, "使用CAT工具，或 CAT 工具。"));
        assertEquals(List.of("cat-tool:ACCEPTED:CAT 工具@0", "cat-tool:ACCEPTED:CAT\u00A0工具@8"), find(g, Lang.HANT, "CAT 工具和 CAT\u00A0工具"));
        assertEquals(List.of("claude-code:ACCEPTED:Claude 代码@0", "claude-code:ACCEPTED:Claude代码@11"),
                find(g, Lang.HANS, "Claude 代码与 Claude代码"), "case: exact still holds with the space");
        assertEquals(List.of(), find(g, Lang.HANS, "claude 代码"), "case: exact still compares the letters");
        assertEquals(List.of(), find(g, Lang.HANS, "CAT  工具，CAT-工具"), "one space, not any gap");
    }
}
