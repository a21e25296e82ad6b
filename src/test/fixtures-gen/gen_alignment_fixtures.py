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
