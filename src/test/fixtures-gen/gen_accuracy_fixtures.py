"""Fixtures for the causes of false alarms and misses found on real posts (docs/real-world.md):
each cause gets a defect fixture and a clean twin, built from gen_fixtures' base triplet with
invented text. Run: python3 gen_accuracy_fixtures.py src/test/resources/fixtures"""
import sys
import gen_fixtures as g
from gen_fixtures import HANT, HANS, EN, E, sub, write, line_of

def add(text, extra):
    return text + extra

# punctuation-style: a quotation with no Han character in it is an English title or UI label,
# kept in the quotation marks of the language it quotes; a Chinese quotation in “” is still one.
q_hant = "\n在命令面板中選擇“Reload Window”，再打開“Open Settings (JSON)”。\n"
q_hans = "\n在命令面板中选择“Reload Window”，再打开“Open Settings (JSON)”。\n"
q_en = "\nIn the command palette choose \"Reload Window\", then \"Open Settings (JSON)\".\n"
write("punctuation-style/latin-quotation-clean", hant=HANT + q_hant, hans=HANS + q_hans, en=EN + q_en)
write("punctuation-style/latin-quotation-beside-chinese",
      hant=HANT + sub(q_hant, "再打開“Open Settings (JSON)”。", "再打開“設定檔”。" + E("punctuation-style")),
      hans=HANS + sub(q_hans, "再打开“Open Settings (JSON)”。", "再打开“设定档”。"),
      en=EN + sub(q_en, "then \"Open Settings (JSON)\".", "then \"the settings file\"."))

# keep-altered: an altered keep term inside a cited title (《…》) or an English quotation is
# cited as written; inside a Chinese quotation it is the writer's own slip.
k_hant = "\n後來讀到一篇名為《yi-lightning 入門》的教程，和一篇 \"deepseek tips for beginners\" 的文章。\n"
k_hans = "\n后来读到一篇名为《yi-lightning 入门》的教程，和一篇 \"deepseek tips for beginners\" 的文章。\n"
k_en = "\nLater I read a tutorial titled \"yi-lightning for starters\" and an article \"deepseek tips for beginners\".\n"
write("keep-altered/quoted-titles-clean", hant=HANT + k_hant, hans=HANS + k_hans, en=EN + k_en)
write("keep-altered/in-chinese-quotation",
      hant=HANT + sub(k_hant, "和一篇", "他說要「讓 Deepseek 人人可用」，和一篇") .replace("的文章。\n", "的文章。" + E("keep-altered") + "\n"),
      hans=HANS + sub(k_hans, "和一篇", "他说要“让 DeepSeek 人人可用”，和一篇"),
      en=EN + sub(k_en, "and an article", "He wants \"DeepSeek for everyone\", and an article"))

# frontmatter-mismatch: keys that say how a file was made (generated, translator) differ by
# nature; a key the blog declares per-variant is not compared; a missing key agrees with false;
# the message names what the other variants have.
fm = lambda text, extra: text.replace("layout: post\n", "layout: post\n" + extra, 1)
write("frontmatter-mismatch/per-variant-keys-clean",
      hant=fm(HANT, "generated: true\ntranslator: model\nimage: false\nreviewed: 2024-05-01\n"),
      hans=fm(HANS, "generated: true\ntranslator: model\nimage: false\nreviewed: 2024-05-02\n"),
      en=fm(EN, "generated: false\nreviewed: 2024-04-30\n"),
      config="frontmatter:\n  per-variant: [reviewed]\n")
write("frontmatter-mismatch/must-agree-keys",
      hant=fm(HANT, "generated: true\nimage: true\n"),
      hans=fm(HANS, "generated: true\nimage: true\n"),
      # en lacks image: (reported at the front matter's first line) and says generated: false
      en=fm(EN, "generated: false # expect: frontmatter-mismatch\n") + "\n<!-- expect@1: frontmatter-mismatch -->\n",
      config="frontmatter:\n  must-agree: [generated]\n")

# number-mismatch: ordinals are numbers (第 1 步 = Step 1, 第 80 列 = the 80th column, 第二 =
# second); a changed ordinal is still reported where the other side has a plain number.
o_hant = "\n### 第 1 步：安裝\n\n錯誤在第 472 行第 80 列，見第二條至第七條。\n"
o_hans = "\n### 第 1 步：安装\n\n错误在第 472 行第 80 列，见第二条至第七条。\n"
o_en = "\n### Step 1: Install\n\nThe error is at line 472, the 80th column; see the second to the seventh article.\n"
write("number-mismatch/ordinals-clean", hant=HANT + o_hant, hans=HANS + o_hans, en=EN + o_en)
write("number-mismatch/ordinal-changed",
      hant=HANT + sub(o_hant, "錯誤在第 472 行", "錯誤在第 427 行") .replace("見第二條至第七條。\n", "見第二條至第七條。" + E("number-mismatch,variant-divergence") + "\n"),
      hans=HANS + o_hans, en=EN + o_en)

# code-mismatch: a translation that writes a code word as plain text ("a dedicated Service") has
# not dropped it; Chinese punctuation slipped inside a span (`0x1：`) is the sentence's. A code
# span that is gone from the paragraph altogether is still reported.
c_hant = "\n把合成放進一個單獨的 `Service`，完成後關閉它；操作碼 `0x1：` 表示文本幀。\n"
c_hans = "\n把合成放进一个单独的 `Service`，完成后关闭它；操作码 `0x1：` 表示文本帧。\n"
c_en = "\nPut the merging into a dedicated Service and stop it when done; opcode `0x1` marks a text frame.\n"
write("code-mismatch/code-word-as-text-clean", hant=HANT + c_hant, hans=HANS + c_hans, en=EN + c_en)
write("code-mismatch/code-span-dropped", hant=HANT + c_hant, hans=HANS + c_hans,
      en=EN + c_en.replace("opcode `0x1` marks a text frame.", "an opcode marks a text frame." + E("code-mismatch")))

# term-missing: the variant a post was written in (the one not marked translated: true) is never
# outvoted. Both translations dropping a term the source has are both reported; both adding a
# term the source lacks is a translators' choice, not a loss.
src = lambda text, translated: text.replace("layout: post\n", "layout: post\ntranslated: %s\n" % translated, 1)
t_hant = "\n研究者也指出，這條規模法則解釋了成本。\n"
t_hans = "\n研究者也指出，这条规模法则解释了成本。\n"
t_en = "\nResearchers also note that this scaling law explains the cost.\n"
write("term-missing/source-outvoted-clean",
      hant=src(HANT + t_hant, "true"), hans=src(HANS + t_hans, "true"),
      en=src(EN + t_en.replace("this scaling law", "this trend"), "false"))
write("term-missing/dropped-by-both-translations",
      hant=src(HANT + t_hant.replace("這條規模法則", "這個趨勢").replace("成本。", "成本。" + E("term-missing")), "true"),
      hans=src(HANS + t_hans.replace("这条规模法则", "这个趋势").replace("成本。", "成本。" + E("term-missing")), "true"),
      en=src(EN + t_en, "false"))

# script-mixed: a character of the variant's own standard repertoire is not foreign even when a
# conversion table maps it (昇 → 升: 昇 is in the 通用规范汉字表); a traditional character outside
# it still is.
s_hant = "\n模型在華為昇騰芯片上訓練。\n"
s_hans = "\n模型在华为昇腾芯片上训练。\n"
s_en = "\nThe model was trained on Huawei Ascend chips.\n"
write("script-mixed/repertoire-clean", hant=HANT + s_hant, hans=HANS + s_hans, en=EN + s_en)
write("script-mixed/outside-repertoire", hant=HANT + s_hant,
      hans=HANS + s_hans.replace("昇腾芯片", "昇騰芯片").replace("训练。", "训练。" + E("script-mixed")), en=EN + s_en)

# variant-divergence: the same characters in another order within a few places (不久前 / 前不久,
# 相互 / 互相), with or without a comma, are the same words in a converted post; another word of
# the same size (很久前, "long ago") is an edit.
r_hant = "\n不久前，我們在社區裡相互交流了安裝的經驗，大家都覺得很有收穫。\n"
r_hans = "\n前不久我们在社区里互相交流了安装的经验，大家都觉得很有收获。\n"
r_en = "\nNot long ago we swapped installation tips in the community, and everyone found it worthwhile.\n"
write("variant-divergence/reordered-compound-clean", hant=HANT + r_hant, hans=HANS + r_hans, en=EN + r_en)
write("variant-divergence/reordered-compound-edited", hant=HANT + r_hant,
      hans=HANS + sub(r_hans, "前不久我们", "很久前我们").replace("很有收获。\n", "很有收获。" + E("variant-divergence") + "\n"),
      en=EN + r_en)

# code-mismatch: one block, one defect, one finding. hans carries another log, without the fence
# language and without the shared command lines: one finding (at the block's last line, after which the
# lines are missing) that names both, not a second one at the opening fence for the language.
# Blocks that all lack a language agree.
lg_hant = "\n```\n$ concord init\n$ concord check --fix\n$ concord check\n```\n"
lg_hans = "\n```\n$ concord init\n$ concord check --fix\n$ concord check\n```\n"
lg_en = "\n```\n$ concord init\n$ concord check --fix\n$ concord check\n```\n"
write("code-mismatch/fence-without-language-clean", hant=HANT + lg_hant, hans=HANS + lg_hans, en=EN + lg_en)
write("code-mismatch/other-block-pasted",
      hant=HANT + lg_hant.replace("```\n$", "```bash\n$"), en=EN + lg_en.replace("```\n$", "```bash\n$"),
      hans=HANS + "\n```\n$ concord init\n```\n" + "<!-- expect@%d: code-mismatch -->\n" % (HANS.count("\n") + 3))

# code-mismatch: a menu path in inline code is one label in every variant when the glossary
# renders each of its words (`文件 > 首选项 > 设置` = `File > Preferences > Settings`, whether one or
# both Chinese variants localise it), or when the two Chinese variants localise it alike. A path
# that loses a level, or one that only hans localises with words the glossary does not have, is
# still reported.
MENU_TERMS = g.GLOSSARY + """  - id: file-menu
    en: File
    hans: 文件
    hant: 檔案
  - id: preferences
    en: Preferences
    hans: 首选项
    hant: 偏好設定
  - id: settings
    en: Settings
    hans: 设置
    hant: 設定
"""
m_hant = ("\n打開 `File > Preferences > Settings` 修改字型。\n\n從 `檔案 > 偏好設定 > 設定` 也能進入。\n\n"
          "在 `編輯 > 查找` 中搜尋。\n")
m_hans = ("\n打开 `文件 > 首选项 > 设置` 修改字体。\n\n从 `文件 > 首选项 > 设置` 也能进入。\n\n"
          "在 `编辑 > 查找` 中搜索。\n")
m_en = ("\nOpen `File > Preferences > Settings` to change the font.\n\nYou can also get there from `File > Preferences > Settings`.\n\n"
        "Search in `Edit > Find`.\n")
write("code-mismatch/localised-menu-path-clean", hant=HANT + m_hant, hans=HANS + m_hans, en=EN + m_en, glossary=MENU_TERMS)
write("code-mismatch/localised-menu-path-changed",
      hant=HANT + m_hant.replace("在 `編輯 > 查找`", "在 `Edit > Find`"),
      hans=HANS + m_hans.replace("打开 `文件 > 首选项 > 设置` 修改字体。", "打开 `文件 > 设置` 修改字体。" + E("code-mismatch"))
      .replace("中搜索。", "中搜索。" + E("code-mismatch")),
      en=EN + m_en, glossary=MENU_TERMS)

# code-mismatch: inline code of aligned blocks is compared as a set, not a sequence: a translation
# that names the spans in another order has lost none (code-span-dropped is its defect twin).
write("code-mismatch/span-order-clean",
      hant=HANT + "\n先執行 `concord init`，再用 `concord check` 檢查。\n",
      hans=HANS + "\n先执行 `concord init`，再用 `concord check` 检查。\n",
      en=EN + "\nCheck with `concord check` once you have run `concord init`.\n")

# link-mismatch: targets are matched by value first, so naming them in another order changes
# nothing; of what is left, a target changed in place pairs with the one it replaced (not by
# position), and a dropped one is reported as missing, naming every variant that has it.
l_hant = "\n參考[指南](https://docs.example/guide)和[接口說明](https://docs.example/api)。\n"
l_hans = "\n参考[指南](https://docs.example/guide)和[接口说明](https://docs.example/api)。\n"
l_en = "\nSee the [guide](https://docs.example/guide) and the [API reference](https://docs.example/api).\n"
write("link-mismatch/targets-reordered-clean", hant=HANT + l_hant, hans=HANS + l_hans,
      en=EN + "\nSee the [API reference](https://docs.example/api) and the [guide](https://docs.example/guide).\n")
write("link-mismatch/target-dropped-and-changed", hant=HANT + l_hant, hans=HANS + l_hans,
      en=EN + "\nSee the [API reference](https://docs.example/api-v2)." + E("link-mismatch") + "\n")
