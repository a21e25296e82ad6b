package dev.concord.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What two link targets must share to be one target ({@link LinkMismatchRule#normalise}). */
class LinkTargetTest {
    private static String key(String target) {
        return LinkMismatchRule.localised(LinkMismatchRule.normalise(target));
    }

    @Test
    void aTrailingSlashOfThePathIsNoDifference() {
        assertEquals(key("https://example.com/guide"), key("https://example.com/guide/"));
        assertEquals(key("https://example.com/a?q=1#top"), key("https://example.com/a/?q=1#top"));
        assertEquals(key("https://example.com"), key("https://example.com/"));
        assertEquals("/", key("/"), "the root of the site stays");
        assertNotEquals(key("https://example.com/guide"), key("https://example.com/guides"));
    }

    @Test
    void campaignParametersAreNoDifference() {
        assertEquals("https://example.com/a", key("https://example.com/a?utm_source=x&utm_medium=y"));
        assertEquals("https://example.com/a?id=7", key("https://example.com/a?utm_source=x&id=7#f"));
        assertEquals("https://example.com/a?id=7", key("https://example.com/a?id=7&utm_campaign=z"));
        assertNotEquals(key("https://example.com/a?id=7"), key("https://example.com/a?id=8"));
    }

    @Test
    void anotherLanguageEditionOfASiteIsTheSameTarget() {
        assertEquals(key("https://en.wikipedia.org/wiki/Transformer"), key("https://zh.wikipedia.org/zh-tw/變換器"));
        assertEquals(key("https://learn.microsoft.com/en-us/windows/a"), key("https://learn.microsoft.com/zh-CN/windows/a"));
        assertNotEquals(key("https://learn.microsoft.com/en-us/windows/a"), key("https://learn.microsoft.com/zh-cn/windows/b"));
        assertNotEquals(key("https://en.wikipedia.org/wiki/X"), key("https://zh.wikibooks.org/wiki/X"), "another site");
        assertEquals("https://zh.com/a", key("https://zh.com/a"), "a domain of its own, not a language edition");
        assertEquals(key("https://investor.example.com/english/monthly-revenue"), key("https://investor.example.com/chinese/monthly-revenue"));
        assertEquals("https://example.com/englishman/a", key("https://example.com/englishman/a"));
    }

    @Test
    void aLocaleSegmentMayBeAddedOrBare() {
        assertEquals(key("https://docs.python.org/3/library/os.html"), key("https://docs.python.org/zh-cn/3/library/os.html"));
        assertEquals(key("https://git-scm.com/book/en/v2"), key("https://git-scm.com/book/zh/v2"));
        assertEquals(key("https://openai.com/index/chatgpt/"), key("https://openai.com/zh-Hans-CN/index/chatgpt/"));
        assertEquals(key("https://about.google/our-story/"), key("https://about.google/intl/zh-TW/our-story/"));
        assertEquals(key("https://git-scm.com/book/en/v2"), key("https://git-scm.com/book/zh-tw/v2"));
        assertEquals(key("https://api-docs.example.com/"), key("https://api-docs.example.com/zh-cn/"));
        assertEquals(key("/en/setup"), key("/hant/setup"), "the blog's own language folders");
        assertNotEquals(key("https://git-scm.com/book/en/v2"), key("https://git-scm.com/book/zh/v1"));
        assertEquals("https://example.com/entry/zhang", key("https://example.com/entry/zhang"), "words that start like a locale stay");
    }

    @Test
    void aRegionalEditionOfAStoreOrVendorIsTheSameTarget() {
        assertEquals(key("https://apps.apple.com/us/app/x/id1"), key("https://apps.apple.com/cn/app/x/id1"));
        assertEquals(key("https://apps.apple.com/us/app/x/id1"), key("https://apps.apple.com/tw/app/x/id1"));
        assertEquals(key("https://apps.microsoft.com/detail/9n0?hl=en-us&gl=US"), key("https://apps.microsoft.com/detail/9n0?hl=zh-tw&gl=TW"));
        assertEquals(key("https://www.edb.gov.hk/en/edu/index.html"), key("https://www.edb.gov.hk/sc/edu/index.html"));
        assertEquals(key("https://www.edb.gov.hk/en/edu/index.html"), key("https://www.edb.gov.hk/tc/edu/index.html"));
        assertEquals(key("https://www.mi.com/global/support/"), key("https://www.mi.com/tw/support/"));
        assertEquals(key("https://english.pku.edu.cn/"), key("https://www.pku.edu.cn/"));
        assertEquals(key("https://en.miui.com/unlock/download_en.html"), key("https://www.miui.com/unlock/download.html"));
        assertEquals(key("https://wiki.archlinux.org/title/GNOME"), key("https://wiki.archlinux.org/title/GNOME_(简体中文)"));
        assertNotEquals(key("https://apps.apple.com/us/app/x/id1"), key("https://apps.apple.com/us/app/x/id2"));
        assertEquals("https://example.com/about-us.html", key("https://example.com/about-us.html"), "-us ending a name is a word");
        assertNotEquals(key("https://www.mi.com/global/support/"), key("https://www.mi.com/global/shop/"));
        assertEquals(key("https://twitter.com/deepseek_ai"), key("https://x.com/deepseek_ai"), "the site renamed");
        assertNotEquals(key("https://twitter.com/deepseek_ai"), key("https://x.com/openai"));
    }

    @Test
    void aLanguageHostKeepsThePathsOfTheSiteItTranslates() {
        assertEquals(key("https://vuejs.org/guide/introduction.html"), key("https://cn.vuejs.org/guide/introduction.html"));
        assertEquals(key("https://react.dev/learn"), key("https://zh-hans.react.dev/learn"));
        assertNotEquals(key("https://react.dev/learn"), key("https://zh-hans.react.dev/reference"));
    }

    @Test
    void aLocaleAtTheEndOfANameIsTheSameFile() {
        assertEquals(key("https://github.com/a/b/blob/main/README.md"), key("https://github.com/a/b/blob/main/README.zh-CN.md"));
        assertEquals(key("/posts/nginx-redirect-en"), key("/posts/nginx-redirect-hant"));
        assertEquals(key("/docs/build_en.html"), key("/docs/build_zh.html"));
        assertEquals(key("https://github.com/a/b/blob/main/README.md"), key("https://github.com/a/b/blob/main/README_CN.md"));
        assertNotEquals(key("/posts/nginx-redirect-en"), key("/posts/nginx-rewrite-zh"));
        assertEquals("/posts/golden", key("/posts/golden"));
        assertEquals(key("https://github.com/a/b/blob/main/README.md#install-on-ubuntu"),
                key("https://github.com/a/b/blob/main/README.zh-CN.md#在-ubuntu-上安装"), "a localised page's anchors are its own");
        assertNotEquals(key("/guide#install"), key("/guide#usage"), "a page of the blog itself: its anchors are compared");
    }

    @Test
    void aLocaleParameterIsNoDifference() {
        assertEquals(key("https://developer.android.com/studio/intro?hl=en"), key("https://developer.android.com/studio/intro?hl=zh-cn"));
        assertEquals("https://example.com/a?id=7", key("https://example.com/a?lang=zh-TW&id=7#f"));
        assertNotEquals(key("https://example.com/a?id=7&hl=en"), key("https://example.com/a?id=8&hl=zh-tw"));
        assertEquals(key("https://example.com/Overview?sc_lang=en"), key("https://example.com/Overview?sc_lang=zh-HK"));
    }

    @Test
    void aSitesMainlandEditionUnderAnotherDomainIsTheSameTarget() {
        assertEquals(key("https://platform.example.ai/docs/start"), key("https://platform.example.cn/docs/start"));
        assertEquals(key("https://shop.example.com/a"), key("https://shop.example.com.cn/a"));
        assertEquals(key("https://developer.android.com/about/x"), key("https://developer.android.google.cn/about/x?hl=zh-cn"));
        assertEquals(key("https://developers.google.com/maps"), key("https://developers.google.cn/maps"));
        assertNotEquals(key("https://platform.example.ai/docs/start"), key("https://platform.example.cn/docs/stop"), "another page");
        assertNotEquals(key("https://example.ai/a"), key("https://sample.cn/a"), "another site");
        assertNotEquals(key("https://www.example.cn/"), key("https://www.example.org/"), "an .org is another site");
    }

    @Test
    void aRepositorysReadmeInAnyLanguageIsItsFrontPage() {
        assertEquals(key("https://github.com/o/r"), key("https://github.com/o/r/blob/master/README.chinese.md"));
        assertEquals(key("https://github.com/o/r"), key("https://github.com/o/r/blob/main/i18n/README_zh-hant.md"));
        assertEquals(key("https://github.com/o/r"), key("https://github.com/o/r/blob/main/README.md"));
        assertNotEquals(key("https://github.com/o/r"), key("https://github.com/o/r/blob/main/docs/README.md"), "a folder's own README");
        assertNotEquals(key("https://github.com/o/r"), key("https://github.com/o/r/blob/main/CONTRIBUTING.md"));
    }

    @Test
    void oneDocumentOnTwoEditionsUnderHostsOfTheirOwn() {
        assertTrue(LinkMismatchRule.sameDocumentElsewhere("https://go.dev/doc/go1.23", "https://golang.google.cn/doc/go1.23",
                key("https://go.dev/doc/go1.23"), key("https://golang.google.cn/doc/go1.23")));
        String intl = "https://www.alibabacloud.com/help/en/oss/user-guide/lifecycle-rules-based-on-the-last-modified-time";
        String cn = "https://help.aliyun.com/zh/oss/user-guide/lifecycle-rules-based-on-the-last-modified-time";
        assertTrue(LinkMismatchRule.sameDocumentElsewhere(intl, cn, key(intl), key(cn)));
        String en = "https://www.example-news.com/2023/12/27/business/a-long-story-about-a-lawsuit.html";
        String zh = "https://cn.example-news.com/business/20231228/a-long-story-about-a-lawsuit/zh-hant/";
        assertTrue(LinkMismatchRule.sameDocumentElsewhere(en, zh, key(en), key(zh)));
        assertFalse(LinkMismatchRule.sameDocumentElsewhere("https://go.dev/dl/", "https://golang.google.cn/dl/", key("https://go.dev/dl/"), key("https://golang.google.cn/dl/")),
                "a one-segment path says too little");
        assertFalse(LinkMismatchRule.sameDocumentElsewhere("https://example.ai/docs/start", "https://sample.org/docs/start",
                key("https://example.ai/docs/start"), key("https://sample.org/docs/start")), "no mainland host: another site");
        assertFalse(LinkMismatchRule.sameDocumentElsewhere("https://example.com/a/getting-started-guide", "https://example.com/a/getting-started-guide-v2",
                key("https://example.com/a/getting-started-guide"), key("https://example.com/a/getting-started-guide-v2")));
    }

    @Test
    void hongKongHostsAndEngSegmentsAreEditions() {
        assertEquals(key("https://finance.yahoo.com/quote/NVDA/"), key("https://hk.finance.yahoo.com/quote/NVDA/"));
        assertEquals(key("https://law.example.gov.tw/LawClass/LawAll.aspx?pcode=N1"), key("https://law.example.gov.tw/ENG/LawClass/LawAll.aspx?pcode=N1"));
        assertTrue(LinkMismatchRule.sameHeadingInItsLanguage("/{lang}/other-post#step-3-the-workflow", "/{lang}/other-post#第三步编写工作流"),
                "another page's heading is named in its language");
        assertFalse(LinkMismatchRule.sameHeadingInItsLanguage("/guide#install", "/guide#usage"));
    }

    @Test
    void shareParametersSchemesShortLinksAndParameterOrderAreNoDifference() {
        assertEquals(key("https://open.spotify.com/episode/4rOo"), key("https://open.spotify.com/episode/4rOo?si=a1b2c3"));
        assertEquals(key("https://www.bilibili.com/video/BV1Zt/?p=2&t=60"),
                key("https://www.bilibili.com/video/BV1Zt/?t=60&p=2&share_source=copy_web&vd_source=4f1e"));
        assertEquals(key("https://www.youtube.com/watch?v=Xq9vR&t=754s"), key("https://youtu.be/Xq9vR?t=754"));
        assertEquals(key("https://www.example.gov.cn/a/index.html"), key("http://www.example.gov.cn/a/index.html"));
        assertEquals(key("https://www.example.gov.hk/eng/a/"), key("https://www.example.gov.hk/gb_chi/a/"));
        assertNotEquals(key("https://www.youtube.com/watch?v=Xq9vR&t=754s"), key("https://youtu.be/Xq9vR?t=755"), "another second");
        assertNotEquals(key("https://www.bilibili.com/video/BV1Zt/?p=2"), key("https://www.bilibili.com/video/BV1Zt/?p=3"), "another part");
        assertEquals(key("https://store.steampowered.com/app/1245620/"), key("https://store.steampowered.com/app/1245620/?l=tchinese"));
        assertEquals(key("https://apps.apple.com/us/app/wechat/id414478124"), key("https://apps.apple.com/cn/app/%E5%BE%AE%E4%BF%A1/id414478124"));
        assertNotEquals(key("https://apps.apple.com/us/app/wechat/id414478124"), key("https://apps.apple.com/us/app/wechat/id414478125"));
        assertEquals(key("https://docs.kernel.org/core-api/wrappers/memory-barriers.html"),
                key("https://docs.kernel.org/translations/zh_CN/core-api/wrappers/memory-barriers.html"));
    }
}
