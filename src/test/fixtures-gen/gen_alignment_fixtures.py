"""Fixtures for alignment, glossary-term and variant-divergence causes of false alarms and misses
found on real posts (docs/real-world.md): each cause gets a defect fixture and a clean twin, built
from gen_fixtures' base triplet with invented text.
Run: python3 gen_alignment_fixtures.py src/test/resources/fixtures"""
import gen_fixtures as g
from gen_fixtures import HANT, HANS, EN, E, sub, write

# structure-mismatch: a note about one variant ("*translated by …*" set off by ---) is carried by
# that variant only; it must neither be reported nor shift the rows after it onto the wrong blocks.
opening = {
    "hant": "親愛的讀者：\n\n這篇文章記錄了我們去年在模型訓練上走過的彎路，以及後來如何一步一步把成本降下來的經過。\n\n",
    "hans": "亲爱的读者：\n\n这篇文章记录了我们去年在模型训练上走过的弯路，以及后来如何一步一步把成本降下来的经过。\n\n",
    "en": "Dear readers:\n\nThis article records the detours we took in model training last year, and how we brought the costs down step by step afterwards.\n\n",
}
note = "*This post was translated by a language model.*\n\n---\n\n"
def opened(text, lang, first_heading, prefix=""):
    return sub(text, first_heading, prefix + opening[lang] + first_heading)
write("structure-mismatch/translator-note-clean",
      hant=opened(HANT, "hant", "## 背景"), hans=opened(HANS, "hans", "## 背景"),
      en=opened(EN, "en", "## Background", note))
write("structure-mismatch/translator-note-and-dropped-paragraph",
      hant=opened(HANT, "hant", "## 背景"),
      hans=sub(HANS, "## 背景", "亲爱的读者：\n\n## 背景" + E("structure-mismatch")),
      en=opened(EN, "en", "## Background", note))

# variant-divergence: each region's own word for a thing (Taiwan 連結 / 軟體 for mainland 链接 /
# 软件, OpenCC's Taiwan phrase table) is the same wording, not an edit of one variant alone.
# The rule needs evidence that the post is a conversion: sentences identical after conversion.
r_hant = ("\n我們花了很長時間整理這份筆記，把每一次失敗的嘗試都寫了下來，希望對後來的人有一點幫助。\n"
          "\n如果你也遇到同樣的問題，不妨先從最簡單的步驟開始檢查，往往能省下不少時間。\n"
          "\n詳細步驟見下方連結，安裝軟體前請先備份資料。\n")
r_hans = ("\n我们花了很长时间整理这份笔记，把每一次失败的尝试都写了下来，希望对后来的人有一点帮助。\n"
          "\n如果你也遇到同样的问题，不妨先从最简单的步骤开始检查，往往能省下不少时间。\n"
          "\n详细步骤见下方链接，安装软件前请先备份资料。\n")
r_en = ("\nWe took a long time putting these notes together, writing down every failed attempt, in the hope that they help those who come after.\n"
        "\nIf you run into the same problem, start checking from the simplest step; it often saves a lot of time.\n"
        "\nSee the link below for the steps; back up your data before installing the software.\n")
write("variant-divergence/regional-wording-clean", hant=HANT + r_hant, hans=HANS + r_hans, en=EN + r_en)
write("variant-divergence/regional-wording-edited", hant=HANT + r_hant,
      hans=HANS + sub(r_hans, "安装软件前", "安装软件后") .replace("备份资料。\n", "备份资料。" + E("variant-divergence") + "\n"),
      en=EN + r_en)

# variant-divergence: Taiwan words OpenCC's phrase table listed until 1.1.6 (透過 for 通过, 文字 for
# 文本) are regional wording too, though no longer a conversion; an edit beside them is still one.
o_hant = r_hant + "\n辦公室只允許透過代理存取外網，這段文字說明了原因。\n"
o_hans = r_hans + "\n办公室只允许通过代理访问外网，这段文本说明了原因。\n"
o_en = r_en + "\nThe office reaches the outside network only through a proxy; this text explains why.\n"
write("variant-divergence/regional-words-before-opencc-1.1.7-clean", hant=HANT + o_hant, hans=HANS + o_hans, en=EN + o_en)
write("variant-divergence/regional-words-before-opencc-1.1.7-edited", hant=HANT + o_hant,
      hans=HANS + sub(o_hans, "只允许通过代理", "禁止通过代理").replace("说明了原因。\n", "说明了原因。" + E("variant-divergence") + "\n"),
      en=EN + o_en)

# variant-divergence: two independent translations of a post that is mostly a list of names agree
# on most items and on none of their sentences; they are not conversions of each other, so
# regional names (雪梨 / 悉尼, 柏克萊 / 伯克利) are not divergence. A converted post still is checked.
cities = [("雪梨", "悉尼", "Sydney", "sydney"), ("紐約", "纽约", "New York", "newyork"),
          ("墨爾本", "墨尔本", "Melbourne", "melbourne"), ("柏克萊", "伯克利", "Berkeley", "berkeley"),
          ("倫敦", "伦敦", "London", "london"), ("巴黎", "巴黎", "Paris", "paris"),
          ("羅馬", "罗马", "Rome", "rome"), ("東京", "东京", "Tokyo", "tokyo")]
def city_list(col, hant_names=None):
    return "".join("- **%s** - [%s.example](https://%s.example)\n" % (c[col], c[3], c[3]) for c in cities)
def city_post(base, heading, intro, items, outro):
    return base.split("---\n", 2)[0] + "---\n" + base.split("---\n", 2)[1] + "---\n\n" + heading + "\n\n" + intro + "\n\n" + items + "\n" + outro + "\n"
c_en = city_post(EN, "## Cities", "Here are eight cities and their official tourism sites, for reference when you plan a trip.",
                 city_list(2), "Check each site for the latest information before you travel; have a good trip.")
c_hant_indep = city_post(HANT, "## 城市", "以下是我整理的八座城市及其官方旅遊網站，資料來自公開的搜尋結果，僅供參考。",
                         city_list(0), "出發前請再次確認各網站的最新資訊，祝旅途愉快。")
c_hans_indep = city_post(HANS, "## 城市", "下面列出八个城市和它们的旅游官网，方便你规划行程时查阅。",
                         city_list(1), "出行前建议再核对一下各网站上的最新信息，祝你旅途顺利。")
write("variant-divergence/independent-name-list-clean", hant=c_hant_indep, hans=c_hans_indep, en=c_en)
hans_conv_names = "".join("- **%s** - [%s.example](https://%s.example)\n" % (c[1], c[3], c[3]) for c in cities)
hant_conv_names = "".join("- **%s** - [%s.example](https://%s.example)\n" % (
    {"悉尼": "悉尼", "伯克利": "伯克利"}.get(c[1], c[0]), c[3], c[3]) for c in cities)
write("variant-divergence/converted-name-list-edited",
      hant=city_post(HANT, "## 城市", "以下是我整理的八座城市及其官方旅遊網站，資料來自公開的搜尋結果，僅供參考。",
                     hant_conv_names, "出發前請再次確認各網站的最新資訊，祝旅途愉快。"),
      hans=city_post(HANS, "## 城市", "以下是我整理的八座城市及其官方旅游网站，资料来自公开的搜寻结果，仅供参考。",
                     sub(hans_conv_names, "- **东京** - [tokyo.example](https://tokyo.example)",
                         "- **大阪** - [tokyo.example](https://tokyo.example)" + E("variant-divergence")),
                     "出发前请再次确认各网站的最新资讯，祝旅途愉快。"),
      en=c_en)

# frontmatter-mismatch: a key that differs the same way on every post of the blog is how the blog
# works: one finding for the blog, naming the config line; the config line silences it; a
# difference on some posts only is reported on each.
import os
def three_posts(name, en_audio, config=None):
    fm = lambda text, extra: text.replace("layout: post\n", "layout: post\n" + extra, 1)
    first = True
    for slug, audio in zip(["a-first", "b-second", "c-third"], en_audio):
        d = os.path.join(g.BASE, name)
        if first:
            write(name, hant=HANT, hans=HANS, en=fm(EN, audio), config=config, slug=slug)
            first = False
        else:
            for lang, text in (("hant", HANT), ("hans", HANS), ("en", fm(EN, audio))):
                open(os.path.join(d, "posts", lang, slug + ".md"), "w", encoding="utf-8", newline="").write(text)
write_expect = "audio: true # expect: frontmatter-mismatch\n"
three_posts("frontmatter-mismatch/same-on-every-post", [write_expect, "audio: true\n", "audio: true\n"])
three_posts("frontmatter-mismatch/same-on-every-post-declared-clean", ["audio: true\n"] * 3,
            config="frontmatter:\n  per-variant: [audio]\n")
three_posts("frontmatter-mismatch/on-some-posts", [write_expect, write_expect, ""])

# code-mismatch: a placeholder localised in both Chinese variants through the glossary (port is
# 端口 in hans, 連接埠 in hant) is one label; en's English placeholder is not to blame either.
PORT = g.GLOSSARY + """  - id: port
    en: port
    hans: 端口
    hant: 連接埠
  - id: settings
    en: Settings
    hans: 设置
    hant: 設定
"""
p_hant = "\n用 `docker run -p <主機連接埠>:3000 app` 啟動，再到 `設定` 裡打開日誌。\n"
p_hans = "\n用 `docker run -p <主机端口>:3000 app` 启动，再到 `设置` 里打开日志。\n"
p_en = "\nStart it with `docker run -p <host_port>:3000 app`, then turn on logging in `Settings`.\n"
write("code-mismatch/localised-placeholder-clean", hant=HANT + p_hant, hans=HANS + p_hans, en=EN + p_en, glossary=PORT)
# The defect: hans changes what the placeholder names, where hant keeps en's English one.
write("code-mismatch/localised-placeholder-changed",
      hant=HANT + sub(p_hant, "<主機連接埠>", "<host_port>"),
      hans=HANS + sub(p_hans, "<主机端口>:3000", "<容器端口>:3000") .replace("日志。\n", "日志。" + E("code-mismatch") + "\n"),
      en=EN + p_en, glossary=PORT)

# term-missing: English forms of a term are the term in every variant: a hyphenated compound
# ("command-line tools" is "command line") and a plural in a Chinese variant's English ("LLMs").
TERMS = g.GLOSSARY + """  - id: command-line
    en: command line
    hans: 命令行
    hant: 命令列
  - id: llm
    en: [LLM, large language model]
    hans: [大语言模型, LLM]
    hant: [大語言模型, LLM]
"""
f_hant = "\n這些命令列工具都支持流式輸出。\n"
f_hans = "\n这些命令行工具都支持流式输出。\n"
f_en = "\nThese command-line tools all support streaming output.\n"
write("term-missing/hyphenated-compound-clean", hant=HANT + f_hant, hans=HANS + f_hans, en=EN + f_en, glossary=TERMS)
write("term-missing/hyphenated-compound-dropped", hant=HANT + f_hant,
      hans=HANS + sub(f_hans, "这些命令行工具", "这些工具") .replace("输出。\n", "输出。" + E("term-missing,variant-divergence") + "\n"),
      en=EN + f_en, glossary=TERMS)
# en is the source (the translations say translated: true), so a term only en has is reported on
# both translations unless their English plural counts.
translated = lambda text: text.replace("layout: post\n", "layout: post\ntranslated: true\n", 1)
l_hant = "\n幾乎所有 LLMs 都能做到這一點。\n"
l_hans = "\n几乎所有 LLMs 都能做到这一点。\n"
l_en = "\nAlmost every LLM can do this.\n"
write("term-missing/plural-in-chinese-clean", hant=translated(HANT) + l_hant, hans=translated(HANS) + l_hans,
      en=EN + l_en, glossary=TERMS)
write("term-missing/plural-in-chinese-dropped", hant=translated(HANT) + l_hant,
      hans=translated(HANS) + sub(l_hans, "几乎所有 LLMs 都", "几乎所有模型都") .replace("一点。\n", "一点。" + E("term-missing,variant-divergence") + "\n"),
      en=EN + l_en, glossary=TERMS)

# term-missing: a name that is also an English word (Outlook) in a Title Case heading is the word;
# in a sentence it is the name, and a translation without it dropped it.
OUTLOOK = g.GLOSSARY + """  - id: outlook
    keep: Outlook
"""
o_hant = "\n## 現狀與展望\n\n我們每天用 Outlook 收發郵件。\n"
o_hans = "\n## 现状与展望\n\n我们每天用 Outlook 收发邮件。\n"
o_en = "\n## Current Status and Outlook\n\nWe send and receive mail in Outlook every day.\n"
write("term-missing/common-word-in-title-case-clean", hant=HANT + o_hant, hans=HANS + o_hans, en=EN + o_en, glossary=OUTLOOK)
write("term-missing/name-dropped-from-sentence", hant=HANT + o_hant,
      hans=HANS + sub(o_hans, "我们每天用 Outlook 收发邮件。", "我们每天用它收发邮件。" + E("term-missing,variant-divergence")),
      en=EN + o_en, glossary=OUTLOOK)

# link-mismatch: a paragraph of one variant that merges two list items of the others pairs with one
# of them; a link it has from the neighbouring item is not extra there, nor missing in that item,
# and the item is not missing either (its length and links are in the merged one). A link the
# merged paragraph lacks is still missing (and then nothing shows that the item is in it).
m_hant = "\n參考資料：\n\n- 協議規範：[RFC](https://example.com/rfc)\n- 客戶端庫：[庫](https://example.com/lib)\n"
m_hans = "\n参考资料：\n\n- 协议规范：[RFC](https://example.com/rfc)\n- 客户端库：[库](https://example.com/lib)\n"
m_en = "\nReferences:\n\n- See [the RFC](https://example.com/rfc) and the client [library](https://example.com/lib) for details.\n"
write("link-mismatch/merged-items-clean", hant=HANT + m_hant, hans=HANS + m_hans, en=EN + m_en)
write("link-mismatch/merged-items-link-changed", hant=HANT + m_hant, hans=HANS + m_hans,
      en=EN + sub(m_en, "(https://example.com/lib) for details.", "(https://example.com/other) for details." + E("structure-mismatch,link-mismatch")))

# structure-mismatch, term-missing: a translation that merges paragraphs the others keep apart
# (a machine translation joining a letter's short paragraphs) pairs its paragraph with one of them;
# the others are in it, so they are not missing, and a term the merged paragraph has from them is
# not missing from the one it pairs with. A paragraph it really drops is still reported.
j_hant = ("\n去年我們在一家小公司工作，每天加班到很晚，也學到了很多東西，團隊裡的每個人都很照顧新人。\n"
          "\n後來公司開始使用 DeepSeek 的接口，我負責把舊系統遷移過去。\n"
          "\n遷移花了整整 2 個月，比原來的計劃多了一倍的時間，中間還因為數據格式不一致返工了好幾次。\n"
          "\n最後，感謝所有幫助過我的同事。\n")
j_hans = ("\n去年我们在一家小公司工作，每天加班到很晚，也学到了很多东西，团队里的每个人都很照顾新人。\n"
          "\n后来公司开始使用 DeepSeek 的接口，我负责把旧系统迁移过去。\n"
          "\n迁移花了整整 2 个月，比原来的计划多了一倍的时间，中间还因为数据格式不一致返工了好几次。\n"
          "\n最后，感谢所有帮助过我的同事。\n")
j_en = ("\nLast year we worked at a small company, staying late every day and learning a great deal; everyone on the team looked after newcomers. "
        "Then the company started using the DeepSeek API, and I was in charge of moving the old system over. "
        "The migration took 2 full months, twice as long as planned, and we had to redo parts of it several times because the data formats did not match.\n"
        "\nFinally, thanks to all the colleagues who helped me.\n")
write("structure-mismatch/merged-paragraphs-clean", hant=HANT + j_hant, hans=HANS + j_hans, en=EN + j_en)
write("structure-mismatch/merged-paragraphs-one-dropped", hant=HANT + j_hant, hans=HANS + j_hans,
      en=EN + sub(j_en, " The migration took 2 full months, twice as long as planned, and we had to redo parts of it several times because the data formats did not match.\n", "\n")
      .replace("who helped me.\n", "who helped me." + E("structure-mismatch") + "\n"))

# structure-mismatch: a signature the Chinese variants keep in an HTML block (<div align="right">)
# and the English writes as paragraphs is aligned on its text; the English lines are not missing
# from the Chinese. The block's text is compared: a date changed in the English is reported.
s_hant = "\n此致\n敬禮\n\n<div align=\"right\">\n申請人：DeepSeek 用戶<br>\n2020年3月1日\n</div>\n"
s_hans = "\n此致\n敬礼\n\n<div align=\"right\">\n申请人：DeepSeek 用户<br>\n2020年3月1日\n</div>\n"
s_en = "\nSincerely, with respect.\n\nApplicant: a DeepSeek user\n\nMarch 1, 2020.\n"
write("structure-mismatch/html-signature-clean", hant=HANT + s_hant, hans=HANS + s_hans, en=EN + s_en)
write("structure-mismatch/html-signature-date-changed", hant=HANT + s_hant, hans=HANS + s_hans,
      en=EN + sub(s_en, "a DeepSeek user\n", "a DeepSeek user" + E("number-mismatch") + "\n").replace("March 1, 2020.", "March 2, 2020."))

# code-mismatch: inline code is compared as a set over the blocks a translation merged: a span the
# merged paragraph has from the neighbouring paragraph is neither extra there nor missing; a span
# it changed is still reported.
k_hant = ("\n先用 `pip install alpha` 安裝。\n"
          "\n再執行 `alpha run` 啟動服務，然後打開瀏覽器查看結果，整個過程大約需要幾分鐘時間。\n"
          "\n祝使用愉快。\n")
k_hans = ("\n先用 `pip install alpha` 安装。\n"
          "\n再执行 `alpha run` 启动服务，然后打开浏览器查看结果，整个过程大约需要几分钟时间。\n"
          "\n祝使用愉快。\n")
k_en = ("\nFirst install with `pip install alpha`, then start the service with `alpha run` and open a browser to see the result; the whole process takes a few minutes.\n"
        "\nEnjoy.\n")
write("code-mismatch/merged-paragraphs-span-clean", hant=HANT + k_hant, hans=HANS + k_hans, en=EN + k_en)
write("code-mismatch/merged-paragraphs-span-changed", hant=HANT + k_hant, hans=HANS + k_hans,
      en=EN + sub(k_en, "`alpha run` and open a browser to see the result; the whole process takes a few minutes.",
                  "`alpha serve` and open a browser to see the result; the whole process takes a few minutes." + E("code-mismatch")))

# term-missing: a term the merged paragraph has from the neighbouring paragraph it merged is not
# missing from the paragraph it pairs with (here both Chinese translations join two English
# paragraphs). A name the English then drops is still reported, with the gap it leaves.
t_hant = ("\n2023 年我們在[論壇](https://example.com/forum)上發布了第一版，當時只有 12 個用戶，大家每天都在討論下一步該做什麼功能。"
          "後來我們改用 DeepSeek。\n\n謝謝閱讀。\n")
t_hans = ("\n2023 年我们在[论坛](https://example.com/forum)上发布了第一版，当时只有 12 个用户，大家每天都在讨论下一步该做什么功能。"
          "后来我们改用 DeepSeek。\n\n谢谢阅读。\n")
t_en = ("\nIn 2023 we released the first version on [the forum](https://example.com/forum), with only 12 users, and everyone discussed "
        "every day which feature to build next.\n\nLater we switched to DeepSeek.\n\nThanks for reading.\n")
write("term-missing/merged-paragraph-term-clean", hant=HANT + t_hant, hans=HANS + t_hans, en=EN + t_en)
# (Without the name nothing shows that the English second paragraph is in the Chinese one, so the
# Chinese variants are also reported lacking it.)
write("term-missing/merged-paragraph-term-dropped",
      hant=HANT + t_hant.replace("謝謝閱讀。\n", "謝謝閱讀。" + E("structure-mismatch") + "\n"),
      hans=HANS + t_hans.replace("谢谢阅读。\n", "谢谢阅读。" + E("structure-mismatch") + "\n"),
      en=EN + sub(t_en, "Later we switched to DeepSeek.", "Later we switched to another model.")
      .replace("build next.\n", "build next." + E("term-missing") + "\n"))
