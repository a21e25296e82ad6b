import os, sys, shutil
BASE = sys.argv[1]
GLOSSARY = """terms:
  - id: 01-ai
    en: 01.AI
    hans: [零一万物, 01.AI]
    hant: [零一萬物, 01.AI]
  - id: scaling-law
    en: [scaling law, scaling laws]
    hans: 规模法则
    hant: 規模法則
    avoid:
      hans: [缩放定律, 规模定律]
      hant: [縮放定律, 規模定律]
  - id: open-source
    en: [open-source, open source]
    hans: 开源
    hant: 開源
  - id: ai
    en: AI
    hans: [人工智能, AI]
    hant: [人工智能, AI]
  - id: yi-lightning
    keep: Yi-Lightning
  - id: deepseek
    keep: DeepSeek
    avoid:
      hans: [深言科技]
      hant: [深言科技]
  - id: claude-code
    keep: Claude Code
    avoid:
      hans: [克劳德代码, Claude代码, Claude 代码]
      hant: [克勞德代碼, Claude代碼, Claude 代碼]
  - id: kai-fu-lee
    en: Kai-Fu Lee
    hans: 李开复
    hant: 李開復
  - id: shortcut
    en: shortcut
    hans: 快捷键
    hant: 快捷鍵
  - id: cursor
    en: cursor
    hans: 光标
    hant: 游標
"""
HANT = """---
lang: hant
layout: post
title: 規模法則之後
---

## 背景

零一萬物於 2023 年 3 月創立，並在 2023 年 11 月開源了 Yi-Lightning 模型。

研究者認為「規模法則」仍然有效，估值達 10 億美元，詳見[論文](https://example.com/paper)。

- 使用 `pip install concord` 安裝
- 訓練成本約為 300 萬美元，落後約五個月

```bash
# 安裝依賴
pip install concord
```

DeepSeek 與 OpenAI 的 API 都支持 AI 應用。
"""
HANS = """---
lang: hans
layout: post
title: 规模法则之后
---

## 背景

零一万物于 2023 年 3 月创立，并在 2023 年 11 月开源了 Yi-Lightning 模型。

研究者认为“规模法则”仍然有效，估值达 10 亿美元，详见[论文](https://example.com/paper)。

- 使用 `pip install concord` 安装
- 训练成本约为 300 万美元，落后约五个月

```bash
# 安装依赖
pip install concord
```

DeepSeek 与 OpenAI 的 API 都支持 AI 应用。
"""
EN = """---
lang: en
layout: post
title: After the Scaling Laws
---

## Background

01.AI was founded in March 2023 and open-sourced the Yi-Lightning model in November 2023.

Researchers argue that the "scaling laws" still hold, at a valuation of $1 billion; see [the paper](https://example.com/paper).

- Install with `pip install concord`
- Training cost about $3 million, about five months behind

```bash
# install dependencies
pip install concord
```

The APIs of DeepSeek and OpenAI both support AI applications.
"""
def write(name, hant=HANT, hans=HANS, en=EN, glossary=GLOSSARY, config=None, slug="post"):
    d = os.path.join(BASE, name)
    shutil.rmtree(d, ignore_errors=True)
    for lang, text in (("hant", hant), ("hans", hans), ("en", en)):
        if text is None: continue
        os.makedirs(os.path.join(d, "posts", lang), exist_ok=True)
        open(os.path.join(d, "posts", lang, slug + ".md"), "w", encoding="utf-8", newline="").write(text)
    os.makedirs(os.path.join(d, "glossary"), exist_ok=True)
    open(os.path.join(d, "glossary", "terms.yaml"), "w", encoding="utf-8").write(glossary)
    if config: open(os.path.join(d, "concord.yaml"), "w", encoding="utf-8").write(config)
E = lambda r: " <!-- expect: %s -->" % r
def line_of(text, needle):
    return text[:text.index(needle)].count("\n") + 1
def sub(text, old, new, count=1):
    assert old in text, old
    return text.replace(old, new, count)

if __name__ == "__main__":
    # Clean twins: the base triplet must be silent for every rule.
    for r in ["structure-mismatch","link-mismatch","code-mismatch","frontmatter-mismatch","missing-variant",
              "punctuation-style","term-missing","term-forbidden","keep-altered","script-mixed","number-mismatch","variant-divergence"]:
        write(r + "/clean")
    # structure-mismatch: hans drops a paragraph; the gap is reported where it is (next block).
    hans = sub(HANS, "研究者认为“规模法则”仍然有效，估值达 10 亿美元，详见[论文](https://example.com/paper)。\n\n", "")
    hans = sub(hans, "- 使用 `pip install concord` 安装", "- 使用 `pip install concord` 安装" + E("structure-mismatch"))
    write("structure-mismatch/dropped-paragraph", hans=hans)
    # link-mismatch: hans points elsewhere; hant and en agree, so only hans is reported.
    write("link-mismatch/changed-target", hans=sub(HANS, "(https://example.com/paper)。", "(https://example.com/papers)。" + E("link-mismatch")))
    # code-mismatch: inline code translated in hans; a code line changed in en; a translated comment is fine.
    hans = sub(HANS, "- 使用 `pip install concord` 安装", "- 使用 `pip 安装 concord` 安装" + E("code-mismatch"))
    en = sub(EN, "pip install concord\n```", "pip install concord==2\n```")
    en += "\n<!-- expect@%d: code-mismatch (a line inside the code block) -->\n" % line_of(en, "concord==2")
    write("code-mismatch/translated", hans=hans, en=en)
    # frontmatter-mismatch: wrong lang, and a layout that differs.
    hans = sub(HANS, "lang: hans", "lang: zh # expect: frontmatter-mismatch")
    en = sub(EN, "layout: post", "layout: page # expect: frontmatter-mismatch")
    write("frontmatter-mismatch/lang-and-layout", hans=hans, en=en)
    # missing-variant: no en file; reported on the first variant at line 1.
    write("missing-variant/no-en", hant=HANT + "\n<!-- expect@1: missing-variant -->\n", hans=HANS + "\n<!-- note -->\n", en=None)
    # punctuation-style: “” in hant, 「」 in hans.
    hant = sub(HANT, "研究者認為「規模法則」仍然有效", "研究者認為“規模法則”仍然有效")
    hant = sub(hant, "詳見[論文](https://example.com/paper)。", "詳見[論文](https://example.com/paper)。" + E("punctuation-style"))
    hans = sub(HANS, "研究者认为“规模法则”仍然有效", "研究者认为「规模法则」仍然有效")
    hans = sub(hans, "详见[论文](https://example.com/paper)。", "详见[论文](https://example.com/paper)。" + E("punctuation-style"))
    write("punctuation-style/swapped", hant=hant, hans=hans)
    # term-forbidden: an avoid rendering in hans, a translated brand in hant.
    hans = sub(HANS, "研究者认为“规模法则”仍然有效", "研究者认为“缩放定律”仍然有效")
    hans = sub(hans, "详见[论文](https://example.com/paper)。", "详见[论文](https://example.com/paper)。" + E("term-forbidden"))
    hant = sub(HANT, "DeepSeek 與 OpenAI 的 API 都支持 AI 應用。", "深言科技 與 OpenAI 的 API 都支持 AI 應用。" + E("term-forbidden"))
    write("term-forbidden/avoided-renderings", hant=hant, hans=hans)
    # term-missing: en drops "scaling laws"; hans drops 零一万物 (the term is reported on the block's first line).
    en = sub(EN, 'Researchers argue that the "scaling laws" still hold', 'Researchers argue that the "trend" still holds')
    en = sub(en, "see [the paper](https://example.com/paper).", "see [the paper](https://example.com/paper)." + E("term-missing"))
    hans = sub(HANS, "零一万物于 2023 年 3 月创立", "该公司于 2023 年 3 月创立")
    hans = sub(hans, "开源了 Yi-Lightning 模型。", "开源了 Yi-Lightning 模型。" + E("term-missing,variant-divergence"))
    write("term-missing/dropped-terms", en=en, hans=hans)
    # keep-altered: case and spacing; lowercase inside code is a model id, not prose.
    en = sub(EN, "open-sourced the Yi-Lightning model in November 2023.", "open-sourced the Yi-lightning model in November 2023." + E("keep-altered"))
    hans = sub(HANS, "开源了 Yi-Lightning 模型。", "开源了 Yi Lightning 模型。" + E("keep-altered"))
    write("keep-altered/case-and-spacing", en=en, hans=hans)
    code = "- 使用 `pip install concord` 安装"
    write("keep-altered/inside-code-clean",
          hant=sub(HANT, "- 使用 `pip install concord` 安裝", "- 使用 `pip install concord` 安裝，模型 id 為 `yi-lightning`"),
          hans=sub(HANS, code, code + "，模型 id 为 `yi-lightning`"),
          en=sub(EN, "- Install with `pip install concord`", "- Install with `pip install concord`, model id `yi-lightning`"))
    # script-mixed: simplified characters in hant, traditional in hans; shared characters (干 里 后) never count.
    hant = sub(HANT, "研究者認為「規模法則」仍然有效", "研究者认为「規模法則」仍然有效")
    hant = sub(hant, "詳見[論文](https://example.com/paper)。", "詳見[論文](https://example.com/paper)。" + E("script-mixed"))
    hans = sub(HANS, "- 训练成本约为 300 万美元", "- 訓練成本约为 300 万美元")
    hans = sub(hans, "落后约五个月", "落后约五个月" + E("script-mixed"))
    write("script-mixed/both-ways", hant=hant, hans=hans)
    # suppression: the same defects, silenced by comments (a clean twin of the forbidden-term fixture).
    hans = sub(HANS, "研究者认为“规模法则”仍然有效", "<!-- concord-disable-next-line term-forbidden -->\n研究者认为“缩放定律”仍然有效")
    hant = sub(HANT, "DeepSeek 與 OpenAI 的 API 都支持 AI 應用。", "<!-- concord-disable term-forbidden -->\n深言科技 與 OpenAI 的 API 都支持 AI 應用。\n<!-- concord-enable -->")
    write("suppression/comments-clean", hant=hant, hans=hans)
    # number-mismatch: hans changes a valuation, en changes a founding year.
    hans = sub(HANS, "估值达 10 亿美元", "估值达 1 亿美元")
    hans = sub(hans, "详见[论文](https://example.com/paper)。", "详见[论文](https://example.com/paper)。" + E("number-mismatch,variant-divergence"))
    en = sub(EN, "01.AI was founded in March 2023 and open-sourced the Yi-Lightning model in November 2023.",
             "01.AI was founded in March 2024 and open-sourced the Yi-Lightning model in November 2023." + E("number-mismatch"))
    write("number-mismatch/changed", hans=hans, en=en)
    # Clean traps: names with digits, list markers, Chinese scales, ranges, durations, words that are not numbers.
    extra_hant = "\n1. 一些觀察家指出 Yi-34B、GPT-4 與 H800 之一。\n2. 預計收入約為 1380 萬美元，遠低於 8000 萬至 1 億美元，唯一落後五個月。\n"
    extra_hans = "\n1. 一些观察家指出 Yi-34B、GPT-4 与 H800 之一。\n2. 预计收入约为 1380 万美元，远低于 8000 万至 1 亿美元，唯一落后五个月。\n"
    extra_en = "\n1. Some observers point to Yi-34B, GPT-4 and the H800.\n2. Revenue of about $13.8 million, far below $80–100 million, the only one five months behind.\n"
    write("number-mismatch/traps-clean", hant=HANT + extra_hant, hans=HANS + extra_hans, en=EN + extra_en)
    # variant-divergence: hant and hans are conversions of each other, but one hans sentence was edited alone.
    hans = sub(HANS, "研究者认为“规模法则”仍然有效", "学者们认为“规模法则”依然有效")
    hans = sub(hans, "详见[论文](https://example.com/paper)。", "详见[论文](https://example.com/paper)。" + E("variant-divergence"))
    write("variant-divergence/edited", hans=hans)

    # ---- Traps from the issue and from the real posts (docs/real-world.md) ----
    # term-missing: AI must not be satisfied by OpenAI, API or 01.AI; "open-sourced" is an inflection.
    ai_hant = "\n零一萬物的人工智能平台提供 OpenAI 兼容的 API。\n"
    ai_hans = "\n零一万物的人工智能平台提供 OpenAI 兼容的 API。\n"
    ai_en = "\n01.AI offers an AI platform with an OpenAI-compatible API.\n"
    write("term-missing/ai-and-inflections-clean", hant=HANT + ai_hant, hans=HANS + ai_hans, en=EN + ai_en)
    en = sub(EN + ai_en, "01.AI offers an AI platform with an OpenAI-compatible API.",
             "01.AI offers a platform with an OpenAI-compatible API." + E("term-missing"))
    en = sub(en, "open-sourced the Yi-Lightning model in November 2023.", "released the Yi-Lightning model in November 2023." + E("term-missing"))
    hant = sub(HANT + ai_hant, "DeepSeek 與 OpenAI 的 API 都支持 AI 應用。", "DeepSeek 與 OpenAI 的 API 都支持這類應用。" + E("term-missing,variant-divergence"))
    write("term-missing/ai-inside-names", hant=hant, hans=HANS + ai_hans, en=en)
    # term-missing, real-post shapes that are not defects: a term only one variant of three adds
    # (en says "keyboard shortcut" where hant and hans say 按鍵綁定), an English UI label kept in Chinese, a surname after the full name.
    rw_hant = "\n李開復曾是谷歌高管。\n\n李開復表示，這是默認的按鍵綁定。\n\n在 **Editor: Cursor Style** 中選擇 **Line**。\n"
    rw_hans = "\n李开复曾是谷歌高管。\n\n李开复表示，这是默认的按键绑定。\n\n在 **Editor: Cursor Style** 中选择 **Line**。\n"
    rw_en = "\nKai-Fu Lee was a Google executive.\n\nLee said this is the default keyboard shortcut.\n\nIn **Editor: Cursor Style**, select **Line**.\n"
    write("term-missing/real-world-clean", hant=HANT + rw_hant, hans=HANS + rw_hans, en=EN + rw_en)
    # ...and the same shapes when they are defects: en never names Lee in full; hans drops the
    # cursor that en and hant both translate.
    rw2_hant = "\n李開復表示，可以移動游標。\n"
    rw2_hans = "\n李开复表示，可以移动它。\n"
    rw2_en = "\nLee said you can move the cursor.\n"
    hans = HANS + sub(rw2_hans, "可以移动它。", "可以移动它。" + E("term-missing,variant-divergence"))
    en = EN + sub(rw2_en, "move the cursor.", "move the cursor." + E("term-missing"))
    write("term-missing/short-names", hant=HANT + rw2_hant, hans=hans, en=en)
    # term-forbidden in the front matter title (real post: Claude 代碼登入方式).
    t = lambda text, title: sub(text, text.split("title: ")[1].split("\n")[0], title)
    write("term-forbidden/in-title-clean", hant=t(HANT, "Claude Code 登入方式"), hans=t(HANS, "Claude Code 登录方式"),
          en=t(EN, "Claude Code Login Methods"))
    write("term-forbidden/in-title", hant=t(HANT, "Claude 代碼登入方式 # expect: term-forbidden"),
          hans=t(HANS, "Claude Code 登录方式"), en=t(EN, "Claude Code Login Methods"))
    # keep-altered: a lowercase keep term in a file name, and an altered form in a cited title that
    # another variant repeats verbatim, are not defects; in a translated link text it is one.
    cite = "\n[deepseek-notes.md](https://example.com/deepseek-notes.md)\n\n[Interview with Deepseek Founder](https://example.com/interview)\n"
    write("keep-altered/file-names-and-titles-clean", hant=HANT + cite, hans=HANS + cite, en=EN + cite)
    cite_hans = "\n[deepseek-notes.md](https://example.com/deepseek-notes.md)\n\n[Deepseek 创始人访谈](https://example.com/interview)" + E("keep-altered,variant-divergence") + "\n"
    write("keep-altered/translated-title", hant=HANT + cite, hans=HANS + cite_hans, en=EN + cite)
    # code-mismatch: a UI label both Chinese variants localise the same way is not code drift; a
    # placeholder that only one variant translated is (real post: -p ‹主机端口>:3000).
    keys_hant = "\n按 `Windows 鍵 + V` 打開剪貼板，再執行 `docker run -p <host_port>:3000 app`。\n"
    keys_hans = "\n按 `Windows 键 + V` 打开剪贴板，再执行 `docker run -p <host_port>:3000 app`。\n"
    keys_en = "\nPress `Windows key + V` to open the clipboard, then run `docker run -p <host_port>:3000 app`.\n"
    write("code-mismatch/localised-labels-clean", hant=HANT + keys_hant, hans=HANS + keys_hans, en=EN + keys_en)
    hans = HANS + sub(keys_hans, "`docker run -p <host_port>:3000 app`。", "`docker run -p ‹主机端口>:3000 app`。" + E("code-mismatch"))
    write("code-mismatch/translated-placeholder", hant=HANT + keys_hant, hans=hans, en=EN + keys_en)
    # code-mismatch: translated comments and strings inside a code block are fine.
    block = lambda comment, s: "\n```python\n# %s\nprint(\"%s\")\nrun(model=\"yi-lightning\")\n```\n" % (comment, s)
    write("code-mismatch/translated-comments-clean", hant=HANT + block("載入模型", "完成"), hans=HANS + block("加载模型", "完成"),
          en=EN + block("load the model", "done"))
    en = EN + block("load the model", "done").replace('run(model="yi-lightning")', 'run(model="yi-large")')
    en += "\n<!-- expect@%d: code-mismatch -->\n" % line_of(en, 'yi-large')
    write("code-mismatch/changed-line-among-comments", hant=HANT + block("載入模型", "完成"), hans=HANS + block("加载模型", "完成"), en=en)
    # punctuation-style: quotes inside code are code, not prose.
    q = "\n執行 `say “hi”` 與 `echo 「ok」`。\n"
    qs = "\n执行 `say “hi”` 与 `echo 「ok」`。\n"
    qe = "\nRun `say “hi”` and `echo 「ok」`.\n"
    write("punctuation-style/quotes-in-code-clean", hant=HANT + q, hans=HANS + qs, en=EN + qe)
    # number-mismatch: the traps, changed: a scale (1380 萬 → 138 萬), a range end, a duration, a month.
    hant = HANT + sub(extra_hant, "唯一落後五個月。", "唯一落後六個月。" + E("number-mismatch"))
    hans = sub(HANS, "并在 2023 年 11 月开源了", "并在 2023 年 12 月开源了")
    hans = sub(hans, "开源了 Yi-Lightning 模型。", "开源了 Yi-Lightning 模型。" + E("number-mismatch,variant-divergence"))
    hans += sub(extra_hans, "预计收入约为 1380 万美元", "预计收入约为 138 万美元")
    hans = sub(hans, "唯一落后五个月。", "唯一落后五个月。" + E("number-mismatch,variant-divergence"))
    en = EN + sub(extra_en, "far below $80–100 million, the only one five months behind.",
                  "far below $80–120 million, the only one five months behind." + E("number-mismatch"))
    write("number-mismatch/traps-changed", hant=hant, hans=hans, en=en)
    # structure-mismatch: the first item of a numbered list dropped in one variant; the gap is at the
    # next item (its number anchors it to the others' item 2), not one item later.
    ol_hant = "\n1. **複製**：在 Windows 中複製內容。\n\n2. **粘貼**（Windows）：\n   - 用方向鍵選擇項目。\n   - 按 **Enter** 粘貼。\n"
    ol_hans = "\n1. **复制**：在 Windows 中复制内容。\n\n2. **粘贴**（Windows）：\n   - 用方向键选择项目。\n   - 按 **Enter** 粘贴。\n"
    ol_en = "\n1. **Copy**: copy content in Windows.\n\n2. **Paste** (Windows):\n   - Select an item with the arrow keys.\n   - Press **Enter** to paste it.\n"
    write("structure-mismatch/first-item-clean", hant=HANT + ol_hant, hans=HANS + ol_hans, en=EN + ol_en)
    en = EN + sub(ol_en, "1. **Copy**: copy content in Windows.\n\n2. **Paste** (Windows):", "2. **Paste** (Windows):" + E("structure-mismatch"))
    write("structure-mismatch/first-item-dropped", hant=HANT + ol_hant, hans=HANS + ol_hans, en=en)
    # structure-mismatch: paired blocks of another shape: a heading one level deeper in en, a list item nested in hans.
    en = sub(EN, "## Background", "### Background" + E("structure-mismatch"))
    hans = sub(HANS, "- 训练成本约为 300 万美元，落后约五个月", "  - 训练成本约为 300 万美元，落后约五个月" + E("structure-mismatch"))
    write("structure-mismatch/heading-level", en=en, hans=hans)
    # code-mismatch: the fence's language changed in one variant.
    write("code-mismatch/fence-language", hans=sub(HANS, "```bash\n# 安装依赖", "```console\n# 安装依赖") + "\n<!-- expect@%d: code-mismatch -->\n" % line_of(HANS, "```bash"))
