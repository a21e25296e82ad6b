package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that quote a post quote what the writer wrote: the checker compares text in which
 * glossary terms are replaced by their ids and quotation marks by neutral ones, and none of that
 * may reach a report. The defect here sits a few characters after a glossary term and after a
 * quotation, so the quoted excerpt crosses both.
 */
class FindingExcerptTest {
    private static final String GLOSSARY = """
            terms:
              - id: scaling-law
                en: [scaling law, scaling laws]
                hans: 规模法则
                hant: 規模法則
              - id: compute
                en: compute
                hans: 算力
                hant: 算力
            """;

    private static Path project(Path dir) throws IOException {
        CliTestSupport.write(dir, "glossary/terms.yaml", GLOSSARY);
        CliTestSupport.write(dir, "posts/en/p.md", """
                ---
                lang: en
                ---

                ## Notes

                With more compute, the "scaling laws" held in every trial we ran.

                The weather was fine, and the team met every morning to go over the results of the night.

                We wrote everything down in a shared notebook that anyone could read and correct.
                """);
        CliTestSupport.write(dir, "posts/hant/p.md", """
                ---
                lang: hant
                ---

                ## 筆記

                隨著算力增加，「規模法則」在我們每次試驗中都成立。

                天氣很好，團隊每天早上開會，一起檢查前一晚的結果，再決定當天要做的事情。

                我們把一切都記在一本共用的筆記本裡，任何人都可以閱讀和更正其中的內容。
                """);
        CliTestSupport.write(dir, "posts/hans/p.md", """
                ---
                lang: hans
                ---

                ## 笔记

                随着算力增加，“规模法则”在大多数试验中都成立。

                天气很好，团队每天早上开会，一起检查前一晚的结果，再决定当天要做的事情。

                我们把一切都记在一本共用的笔记本里，任何人都可以阅读和更正其中的内容。
                """);
        return dir;
    }

    @Test
    void quotedExcerptsAreTheTextAsWrittenInEveryFormat(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        String hans = Files.readString(root.resolve("posts/hans/p.md"), StandardCharsets.UTF_8);
        for (String format : List.of("text", "json", "github", "html")) {
            CliTestSupport.Result r = CliTestSupport.run("check", "--root", root.toString(), "--no-cache", "--format", format);
            assertEquals(0, r.code(), format + ": " + r.err());
            assertTrue(r.out().contains("variant-divergence"), format + ": the edited block is reported\n" + r.out());
            // the post has no brackets at all: any in the quoted part of the message is a term placeholder
            int from = r.out().indexOf("blocks are)");
            int to = r.out().indexOf("converted hant", from);
            assertTrue(from > 0 && to > from, format + ": " + r.out());
            int close = r.out().indexOf('\'', r.out().indexOf('\'', to) + 1);
            if (close < 0) close = r.out().indexOf("&#39;", r.out().indexOf("&#39;", to) + 1); // HTML escapes quotes
            assertTrue(close > to, format + ": " + r.out());
            String quotedPart = r.out().substring(from, close);
            assertFalse(quotedPart.contains("[") || quotedPart.contains("]"), format + ": a term placeholder leaked\n" + quotedPart);
            for (char internal = '\u0001'; internal <= '\u0005'; internal++) {
                assertTrue(r.out().indexOf(internal) < 0, format + ": placeholder character U+000" + (int) internal);
            }
            if (format.equals("html")) continue;
            List<String> quoted = quotes(r.out());
            assertEquals(2, quoted.size(), format + ": " + r.out());
            // The hans excerpt is a piece of the hans file; the converted hant one keeps hant's own quotation marks.
            String hansExcerpt = quoted.get(0), hantExcerpt = quoted.get(1);
            assertTrue(hans.contains(hansExcerpt), format + ": '" + hansExcerpt + "' is not in the hans post");
            assertTrue(hansExcerpt.contains("规模法则”在"), hansExcerpt);
            assertTrue(hantExcerpt.contains("规模法则」在"), hantExcerpt);
        }
    }

    /** The two excerpts of a variant-divergence message, without their '…'. */
    private static List<String> quotes(String out) {
        Matcher m = Pattern.compile("here \\(\\d+ of \\d+ blocks are\\): '([^']*)' vs converted hant '([^']*)'").matcher(out);
        List<String> found = new ArrayList<>();
        if (m.find()) {
            found.add(m.group(1).replace("…", ""));
            found.add(m.group(2).replace("…", ""));
        }
        return found;
    }
}
