package dev.concord.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.concord.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layouts proposed from the files of the usual blog engines; the proposal matches the files it counted. */
class LayoutDetectorTest {
    private static List<String> files(String pattern, Map<String, List<String>> slugsByCode) {
        List<String> out = new ArrayList<>();
        slugsByCode.forEach((code, slugs) -> {
            for (String s : slugs) out.add(pattern.replace("{lang}", code).replace("{slug}", s));
        });
        out.add("README.md");
        out.add("docs/guide.md");
        return out;
    }

    private static LayoutDetector.Proposal assertProposal(List<String> files, String pattern, Map<Lang, String> langs, int posts, int complete) {
        LayoutDetector.Proposal p = LayoutDetector.propose(files);
        assertEquals(pattern, p.pattern());
        assertEquals(langs, p.langs());
        assertEquals(posts, p.posts());
        assertEquals(complete, p.complete());
        Layout layout = p.layout();
        long matched = files.stream().filter(f -> layout.match(f) != null).count();
        assertEquals(p.files(), matched, "the proposed layout matches the files counted");
        return p;
    }

    @Test
    void jekyllFoldersAndSuffixes() {
        List<String> f = files("_posts/{lang}/{slug}-{lang}.md", Map.of("en", List.of("2024-01-01-a", "2024-02-01-b"),
                "zh", List.of("2024-01-01-a", "2024-02-01-b"), "hant", List.of("2024-01-01-a")));
        assertProposal(f, "_posts/{lang}/{slug}-{lang}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "zh", Lang.EN, "en"), 2, 1);
    }

    @Test
    void twoTokenCodesInNames() {
        List<String> f = files("_posts/{slug}-{lang}.md", Map.of("en", List.of("a-post"), "zh-cn", List.of("a-post"), "zh-tw", List.of("a-post")));
        assertProposal(f, "_posts/{slug}-{lang}.md", Map.of(Lang.HANT, "zh-tw", Lang.HANS, "zh-cn", Lang.EN, "en"), 1, 1);
    }

    @Test
    void hugoLanguageFolders() {
        List<String> f = files("content/{lang}/posts/{slug}.md", Map.of("en", List.of("a", "b"), "zh-cn", List.of("a", "b"), "zh-tw", List.of("a", "b")));
        assertProposal(f, "content/{lang}/posts/{slug}.md", Map.of(Lang.HANT, "zh-tw", Lang.HANS, "zh-cn", Lang.EN, "en"), 2, 2);
    }

    @Test
    void hugoBundlesWithIndexPerLanguage() {
        List<String> f = files("content/posts/{slug}/index.{lang}.md", Map.of("en", List.of("a", "b"), "zh-hans", List.of("a", "b"), "zh-hant", List.of("a")));
        assertProposal(f, "content/posts/{slug}/index.{lang}.md", Map.of(Lang.HANT, "zh-hant", Lang.HANS, "zh-hans", Lang.EN, "en"), 2, 1);
    }

    @Test
    void hugoDefaultLanguageWithoutSuffix() {
        List<String> f = files("content/posts/{slug}.{lang}.md", Map.of("zh", List.of("a", "b"), "zh-tw", List.of("a", "b")));
        f.add("content/posts/a.md");
        f.add("content/posts/b.md");
        LayoutDetector.Proposal p = assertProposal(f, "content/posts/{slug}.md", Map.of(Lang.HANT, "zh-tw", Lang.HANS, "zh", Lang.EN, "en"), 2, 2);
        assertEquals(Map.of(Lang.EN, "content/posts/{slug}.md", Lang.HANS, "content/posts/{slug}.{lang}.md", Lang.HANT, "content/posts/{slug}.{lang}.md"), p.perLang());
        assertEquals(Lang.HANS, p.layout().match("content/posts/a.zh.md").lang(), "the more specific pattern wins");
    }

    @Test
    void docusaurusTranslationsUnderI18nAndTheDefaultLocaleInBlog() {
        List<String> f = files("i18n/{lang}/docusaurus-plugin-content-blog/{slug}.md", Map.of("zh-Hans", List.of("2024-01-01-a", "2024-02-01-b"),
                "zh-Hant", List.of("2024-01-01-a", "2024-02-01-b")));
        f.add("blog/2024-01-01-a.md");
        f.add("blog/2024-02-01-b.md");
        LayoutDetector.Proposal p = assertProposal(f, "blog/{slug}.md", Map.of(Lang.HANT, "zh-Hant", Lang.HANS, "zh-Hans", Lang.EN, "en"), 2, 2);
        assertEquals("i18n/{lang}/docusaurus-plugin-content-blog/{slug}.md", p.perLang().get(Lang.HANS));
    }

    @Test
    void plainPostsFolders() {
        List<String> f = files("posts/{lang}/{slug}.md", Map.of("en", List.of("a"), "hans", List.of("a"), "hant", List.of("a")));
        assertProposal(f, "posts/{lang}/{slug}.md", Map.of(Lang.HANT, "hant", Lang.HANS, "hans", Lang.EN, "en"), 1, 1);
    }

    @Test
    void nothingWithALanguageProposesNothing() {
        assertNull(LayoutDetector.propose(List.of("README.md", "docs/a.md", "blog/x.md")));
    }
}
