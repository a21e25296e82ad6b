"""Fixtures for number-mismatch and code-mismatch causes found on real posts (docs/real-world.md):
each cause gets a defect fixture and a clean twin, built from gen_fixtures' base triplet with
invented text. Run: python3 gen_number_fixtures.py src/test/resources/fixtures"""
import gen_fixtures as g
from gen_fixtures import HANT, HANS, EN, E, sub, write

# number-mismatch: approximate Chinese quantities are ranges. 幾十秒 holds "30 seconds", 一分鐘 is
# "60 seconds", 上億 is "hundreds of millions", 數千 is "thousands"; 上億 is not "tens of millions".
a_hant = "\n合成一段影片可能要幾十秒到一分鐘，而平台已有上億用戶，數千人每天上傳。\n"
a_hans = "\n合成一段影片可能要几十秒到一分钟，而平台已有上亿用户，数千人每天上传。\n"
a_en = "\nMerging a clip can take 30–60 seconds, and the platform has hundreds of millions of users, thousands of whom upload every day.\n"
write("number-mismatch/approximations-clean", hant=HANT + a_hant, hans=HANS + a_hans, en=EN + a_en)
write("number-mismatch/approximation-out-of-range", hant=HANT + a_hant, hans=HANS + a_hans,
      en=EN + sub(a_en, "hundreds of millions", "tens of millions").replace("every day.\n", "every day." + E("number-mismatch") + "\n"))

# number-mismatch: a two-digit year (13 年 in "13 年那時", 10 屆 for a class) is the year the
# others write in full; another year is still a change.
y_hant = "\n他是 10 屆的學生，13 年那時去了 13 個國家。\n"
y_hans = "\n他是 10 届的学生，13 年那时去了 13 个国家。\n"
y_en = "\nHe is from the class of 2010, and in 2013 he visited 13 countries.\n"
write("number-mismatch/two-digit-years-clean", hant=HANT + y_hant, hans=HANS + y_hans, en=EN + y_en)
write("number-mismatch/two-digit-year-changed", hant=HANT + y_hant, en=EN + y_en,
      hans=HANS + sub(y_hans, "13 年那时", "14 年那时").replace("个国家。\n", "个国家。" + E("number-mismatch,variant-divergence") + "\n"))

# number-mismatch: a variant that repeats a number the others say once (or says once what the
# others repeat) has not changed it; a number that is gone altogether is still missed.
r_hant = "\n以下是全球前 100 名大學，按排名列出各大學的網站。\n"
r_hans = "\n以下是全球前 100 名大学，按排名列出各大学的网站。\n"
r_en = "\nHere are the top 100 universities worldwide, with the websites of the top 100 universities by rank.\n"
write("number-mismatch/repeated-number-clean", hant=HANT + r_hant, hans=HANS + r_hans, en=EN + r_en)
write("number-mismatch/repeated-number-dropped", hant=HANT + r_hant, en=EN + r_en,
      hans=HANS + sub(r_hans, "全球前 100 名大学", "全球顶尖大学").replace("网站。\n", "网站。" + E("number-mismatch") + "\n"))

# number-mismatch: a number glued to a unit (7nm, 40GB, 5ms, 2.5x) is a number in that unit, the
# same as 7 納米 or 40 GB; a number attached to a name is a version on every side (文心4.5 is
# "ERNIE 4.5"). Another amount in the same unit is still a change.
v_hant = "\n文心4.5 在 7 納米晶片上推理，記憶體 40 GB，延遲 5 毫秒，比 Llama 3.1 與 GPT-4o 快 2.5 倍。\n"
v_hans = "\n文心4.5 在 7 纳米晶片上推理，记忆体 40 GB，延迟 5 毫秒，比 Llama 3.1 与 GPT-4o 快 2.5 倍。\n"
v_en = "\nERNIE 4.5 runs inference on 7nm chips with 40GB of memory and 5ms latency, 2.5x faster than Llama 3.1 and GPT-4o.\n"
# A magnitude letter after a number standing alone (70B, 10K) is also the figure it stands for.
m_hant = "\n這個 700 億參數的模型有 80 層，獲得了超過 1 萬個星標。\n"
m_hans = "\n这个 700 亿参数的模型有 80 层，获得了超过 1 万个星标。\n"
m_en = "\nThe 70B model has 80 layers and earned over 10K stars.\n"
write("number-mismatch/versions-and-units-clean", hant=HANT + v_hant + m_hant, hans=HANS + v_hans + m_hans, en=EN + v_en + m_en)
write("number-mismatch/unit-amount-changed", hant=HANT + v_hant + sub(m_hant, "1 萬", "2 萬"),
      hans=HANS + v_hans + sub(m_hans, "1 万", "2 万"),
      en=EN + sub(v_en, "40GB", "80GB").replace("GPT-4o.\n", "GPT-4o." + E("number-mismatch") + "\n")
      + m_en.replace("stars.\n", "stars." + E("number-mismatch") + "\n"))

# number-mismatch: a number in the neighbouring block of the other variants (a signature's date
# that the Chinese variants keep in an HTML block, the English in a paragraph of its own) has
# moved, not changed; another date there is still a change.
d_hant = "\n此致\n\n申請人：王小明\n\n<div align=\"right\">2024年5月6日</div>\n"
d_hans = "\n此致\n\n申请人：王小明\n\n<div align=\"right\">2024年5月6日</div>\n"
d_en = "\nSincerely.\n\nApplicant: Wang Xiaoming, May 6, 2024.\n"
write("number-mismatch/date-in-neighbour-block-clean", hant=HANT + d_hant, hans=HANS + d_hans, en=EN + d_en)
write("number-mismatch/date-in-neighbour-block-changed", hant=HANT + d_hant, hans=HANS + d_hans,
      en=EN + d_en.replace("May 6, 2024.\n", "May 16, 2024." + E("number-mismatch") + "\n"))

# code-mismatch: code blocks are compared as sequences of lines. A translated message that was
# wrapped differently (two English lines, one Chinese line) shifts nothing; a command line a
# variant lacks is one finding, with how many lines are gone.
cb_hant = "\n```text\n==> 完成安裝\n$ concord init\n設定已寫入 concord.yaml，請執行 check。\n$ concord check\n```\n"
cb_hans = "\n```text\n==> 完成安装\n$ concord init\n设定已写入 concord.yaml，请执行 check。\n$ concord check\n```\n"
cb_en = "\n```text\n==> Finished\n$ concord init\nThe settings were written to concord.yaml;\nrun check next.\n$ concord check\n```\n"
write("code-mismatch/wrapped-translation-clean", hant=HANT + cb_hant, hans=HANS + cb_hans, en=EN + cb_en)
write("code-mismatch/code-line-lost", hant=HANT + cb_hant, en=EN + cb_en,
      # reported at the block's last line, after which the line is missing
      hans=HANS + sub(cb_hans, "$ concord check\n```\n", "```\n")
      + "<!-- expect@%d: code-mismatch -->\n" % (HANS.count("\n") + cb_hans.count("\n") - 2))

# code-mismatch: each distinct inline code span counts once. A translation that repeats `build.mk`
# where the source says "it" has not added code; a span gone from the paragraph is still missed.
ic_hant = "\n編寫 `build.mk` 來鏈接庫，生成 `.so` 文件。網上的 `build.mk` 示例未必能用，它告訴 NDK 要編譯什麼。\n"
ic_hans = "\n编写 `build.mk` 来链接库，生成 `.so` 文件。网上的 `build.mk` 示例未必能用，它告诉 NDK 要编译什么。\n"
ic_en = "\nWrite a `build.mk` file to link the libraries and produce a `.so` file. Examples of `build.mk` from the web may fail; the `build.mk` file tells the NDK what to compile.\n"
write("code-mismatch/repeated-span-clean", hant=HANT + ic_hant, hans=HANS + ic_hans, en=EN + ic_en)
write("code-mismatch/repeated-span-dropped", hant=HANT + ic_hant, hans=HANS + ic_hans,
      en=EN + ic_en.replace("a `.so` file", "a shared library").replace("to compile.\n", "to compile." + E("code-mismatch") + "\n"))

# number-mismatch: the cells of a table row are apart. "| March | 6 h |" is not the date March 6;
# a changed figure in a cell is still reported.
tb_hant = "\n| 月份 | 睡眠 |\n| --- | --- |\n| 3月 | 6小時 |\n| 4月 | 7小時 |\n"
tb_hans = "\n| 月份 | 睡眠 |\n| --- | --- |\n| 3月 | 6小时 |\n| 4月 | 7小时 |\n"
tb_en = "\n| Month | Sleep |\n| --- | --- |\n| March | 6 hours |\n| April | 7 hours |\n"
write("number-mismatch/table-cells-clean", hant=HANT + tb_hant, hans=HANS + tb_hans, en=EN + tb_en)
write("number-mismatch/table-cell-changed", hant=HANT + tb_hant, hans=HANS + tb_hans,
      en=EN + sub(tb_en, "| April | 7 hours |", "| April | 8 hours |" + E("number-mismatch")))
