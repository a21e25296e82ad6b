package dev.concord.cli;

import dev.concord.check.Workspace;
import dev.concord.config.Config;
import dev.concord.convert.MarkdownConverter;
import dev.concord.glossary.GlossaryLoader;
import dev.concord.markdown.MarkdownParser;
import dev.concord.model.Lang;
import dev.concord.model.SourceText;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Conversion never touches a character outside prose, whatever Markdown surrounds it (parser + glossary + converter). */
class ConversionProperties {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Workspace WS = new Workspace(Config.defaults(PROJECT),
            GlossaryLoader.load(PROJECT, List.of("glossary")));
    private static final MarkdownConverter CONVERTER = MarkdownConverter.of(WS.config(), WS.termSource());

    /** Fragments mixing prose with every protected construct, in simplified characters. */
    private static final List<String> FRAGMENTS = List.of(
            "头发与发展的干部在里面吃面条。", "`里面的头发`", "[发展报告](https://x.cn/发展/里面)", "![头发](img/头发.png)",
            "https://example.com/头发（里面）", "{% include 发展.html %}", "{{ page.头发 }}", "$头发^2$", "{: .头发 }",
            "<span title=\"头发\">里面</span>", "<!-- 头发 -->", "**干净**的", "零一万物与规模法则", "Yi-Lightning", "01.AI",
            "[干净][标签]", "[^1]", "“引号”", " ", "\n", "\n\n", "\n\n```\n# 头发注释\n里面\n```\n\n", "\n\n    缩进 头发\n\n",
            "\n\n- 列表 头发\n", "\n\n> 引用 头发\n", "\n\n| 头发 | 里面 |\n|---|---|\n| 发展 | 面条 |\n\n", "\n\n[标签]: https://x.cn/干净\n");

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void onlyProseChanges(@ForAll("markdown") String body, @ForAll boolean frontMatter, @ForAll boolean crlf) {
        String text = (frontMatter ? "---\nlang: hans\ntitle: 头发\n---\n\n" : "") + body;
        if (crlf) text = text.replace("\n", "\r\n");
        String out = CONVERTER.convert(MarkdownParser.parse(SourceText.of("p.md", text)), Lang.HANT);
        ConvertEndToEndTest.assertOutsideProseUnchanged(text, out, "lang", "title");
    }
}
