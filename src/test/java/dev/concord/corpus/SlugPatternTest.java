package dev.concord.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SlugPatternTest {
    /** The regular expression the matcher stands for: {@code (?<slug>[^/]+?)}, {@code \k<slug>} for repeats, the rest quoted. */
    static String byRegex(String pattern, String path) {
        StringBuilder re = new StringBuilder();
        String[] parts = pattern.split("\\{slug}", -1);
        for (int i = 0; i < parts.length; i++) {
            re.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) re.append(i == 0 ? "(?<slug>[^/]+?)" : "\\k<slug>");
        }
        Matcher m = Pattern.compile(re.toString()).matcher(path);
        return m.matches() ? m.group("slug") : null;
    }

    @Test
    void layoutsOfRealBlogs() {
        assertEquals("hello-world", new SlugPattern("posts/hant/{slug}.md").slug("posts/hant/hello-world.md"));
        assertEquals("2024-01-01-a", new SlugPattern("_posts/zh/{slug}-zh.md").slug("_posts/zh/2024-01-01-a-zh.md"));
        assertEquals("a", new SlugPattern("content/{slug}/{slug}.zh.md").slug("content/a/a.zh.md"));
        assertNull(new SlugPattern("content/{slug}/{slug}.zh.md").slug("content/a/b.zh.md"));
        assertNull(new SlugPattern("posts/hant/{slug}.md").slug("posts/hant/sub/x.md"), "a slug never holds '/'");
        assertNull(new SlugPattern("posts/hant/{slug}.md").slug("posts/hant/.md"), "a slug is never empty");
        assertNull(new SlugPattern("posts/hant/{slug}.md").slug("posts/hans/x.md"));
        assertEquals("x.md", new SlugPattern("{slug}").slug("x.md"));
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> literal = Arbitraries.of("", "a", "/", ".", "-", "ab", "a/", "/a", ".md", "{", "}", "\\E", "$").list().ofMaxSize(3)
                .map(l -> String.join("", l));
        return Combinators.combine(literal, literal, literal, literal, Arbitraries.integers().between(1, 3))
                .as((a, b, c, d, slugs) -> slugs == 1 ? a + "{slug}" + b : slugs == 2 ? a + "{slug}" + b + "{slug}" + c : a + "{slug}" + b + "{slug}" + c + "{slug}" + d);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("a", "b", "/", ".", "-", "ab", "md", ".md", "{", "}", "\\E", "$").list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void sameSlugAsTheRegularExpression(@ForAll("patterns") String pattern, @ForAll("paths") String path) {
        assertEquals(byRegex(pattern, path), new SlugPattern(pattern).slug(path), pattern + " on " + path);
    }

    @Property(tries = 2000)
    void aPathMadeFromThePatternGivesItsSlug(@ForAll("patterns") String pattern, @ForAll("paths") String slug) {
        String path = pattern.replace("{slug}", slug);
        assertEquals(byRegex(pattern, path), new SlugPattern(pattern).slug(path), pattern + " on " + path);
    }
}
