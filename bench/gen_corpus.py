#!/usr/bin/env python3
"""Benchmark corpus: N post triplets made from the project's own posts, with variation.

usage: gen_corpus.py REPO OUT N [SEED] [--kb K]

Writes OUT/posts/{hant,hans,en}/<slug>.md, OUT/glossary/ (a copy of REPO/glossary), OUT/prh.yml
(the glossary's avoid lists as a prh dictionary, for textlint-rule-prh), OUT/all.md (every post
file concatenated: the same bytes for opencc) and OUT/planted.tsv (the defects planted on purpose).

Variation, applied identically to the three variants of a triplet so that a clean source stays
clean: a new slug; the paragraphs inside each section shuffled (same permutation in every variant,
only when the variants have the same block count there); the years shifted; with --kb K, files of
about K KB (the paragraphs kept are the same in every variant: see trim_sections). About 5 % of the
triplets get one planted defect: an avoided term rendering, a paragraph dropped from en, or a
year changed in one Chinese variant.
"""
import os
import random
import re
import shutil
import sys

try:
    import yaml
except ImportError:  # PyYAML is only needed for the prh dictionary
    yaml = None

VARIANTS = ("hant", "hans", "en")
YEAR = re.compile(r"(?<![\d./])(20[12]\d)(?!\d|\.\d)")


def split_post(text):
    """(front matter, list of sections); a section is a list of blocks (blank-line separated,
    code fences kept whole); a heading starts a new section."""
    fm = ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        fm, text = text[:end], text[end:]
    blocks, cur, fence = [], [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fence = not fence
        if not fence and line.strip() == "" and cur:
            blocks.append("\n".join(cur))
            cur = []
        elif fence or line.strip() != "":
            cur.append(line)
    if cur:
        blocks.append("\n".join(cur))
    sections, sec = [], []
    for b in blocks:
        if b.startswith("#") and sec:
            sections.append(sec)
            sec = []
        sec.append(b)
    if sec:
        sections.append(sec)
    return fm, sections


def join_post(fm, sections):
    return fm + "\n" + "\n\n".join(b for sec in sections for b in sec) + "\n"


def shuffle_sections(parsed, rnd):
    """Same permutation of the non-heading blocks of each section in every variant."""
    shapes = [[len(s) for s in secs] for _, secs in parsed.values()]
    if any(s != shapes[0] for s in shapes):
        return
    for i, n in enumerate(shapes[0]):
        body = list(range(1, n)) if n > 1 else []
        if len(body) < 2:
            continue
        perm = body[:]
        rnd.shuffle(perm)
        for v, (fm, secs) in parsed.items():
            sec = secs[i]
            secs[i] = [sec[0]] + [sec[j] for j in perm]


def trim_sections(parsed, target, rnd):
    """Keeps the headings and a random subset of the other blocks (the same ones in every variant),
    so that the hant file is about `target` bytes: real posts are ~1-8 KB per file, the project's
    seed post ~7 KB. The size drawn varies by +-50 % around the target, like a blog's posts do."""
    shapes = [[len(s) for s in secs] for _, secs in parsed.values()]
    if any(s != shapes[0] for s in shapes):
        return
    want = target * rnd.uniform(0.5, 1.5)
    fm, secs = parsed["hant"]
    body = [(i, j) for i, n in enumerate(shapes[0]) for j in range(1, n)]
    rnd.shuffle(body)
    size = len(fm.encode("utf-8")) + sum(len(s[0].encode("utf-8")) for s in secs)
    keep = set()
    for i, j in body:
        if size >= want and len(keep) >= 2:
            break
        keep.add((i, j))
        size += len(secs[i][j].encode("utf-8")) + 2
    for v, (vfm, vsecs) in parsed.items():
        parsed[v] = (vfm, [[s[0]] + [s[j] for j in range(1, len(s)) if (i, j) in keep] for i, s in enumerate(vsecs)])


def load_glossary(repo):
    if yaml is None:
        return []
    terms = []
    gdir = os.path.join(repo, "glossary")
    for name in sorted(os.listdir(gdir)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(gdir, name), encoding="utf-8") as f:
                terms += (yaml.safe_load(f) or {}).get("terms", [])
    return terms


def as_list(v):
    return [] if v is None else v if isinstance(v, list) else [v]


def avoid_pairs(terms):
    """(lang, avoided, preferred) for every avoid entry of the glossary."""
    out = []
    for t in terms:
        for lang, avoided in (t.get("avoid") or {}).items():
            preferred = as_list(t.get(lang)) or as_list(t.get("keep"))
            if not preferred:
                continue
            for a in as_list(avoided):
                out.append((lang, str(a), str(preferred[0])))
    return out


def write_prh(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# made by bench/gen_corpus.py from the glossary's avoid lists\nversion: 1\nrules:\n")
        for lang, avoided, preferred in pairs:
            f.write("  - expected: %s\n    patterns:\n      - %s\n" % (yaml_str(preferred), yaml_str(avoided)))


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def plant(kind, texts, pairs, rnd):
    """Mutates texts (variant -> text); returns a description or None if not applicable."""
    if kind == "avoid":
        usable = [(l, a, p) for l, a, p in pairs if l in ("hant", "hans") and p in texts[l].split("\n---\n", 1)[-1]]
        if not usable:
            return None
        lang, avoided, preferred = rnd.choice(usable)
        head, body = texts[lang].split("\n---\n", 1)
        texts[lang] = head + "\n---\n" + body.replace(preferred, avoided, 1)
        return "term-forbidden\t%s\t%s -> %s" % (lang, preferred, avoided)
    if kind == "drop":
        fm, secs = split_post(texts["en"])
        paras = [(i, j) for i, s in enumerate(secs) for j in range(1, len(s))]
        if not paras:
            return None
        i, j = rnd.choice(paras)
        del secs[i][j]
        texts["en"] = join_post(fm, secs)
        return "structure-mismatch\ten\tparagraph dropped"
    if kind == "year":
        lang = rnd.choice(("hant", "hans"))
        head, body = texts[lang].split("\n---\n", 1)
        m = YEAR.search(body)
        if not m:
            return None
        body = body[: m.start()] + str(int(m.group(1)) + 1) + body[m.end():]
        texts[lang] = head + "\n---\n" + body
        return "number-mismatch\t%s\tyear %s changed" % (lang, m.group(1))
    raise ValueError(kind)


def main():
    args = sys.argv[1:]
    kb = None
    if "--kb" in args:
        k = args.index("--kb")
        kb = float(args[k + 1])
        del args[k:k + 2]
    repo, out, n = args[0], args[1], int(args[2])
    rnd = random.Random(int(args[3]) if len(args) > 3 else 42)
    src = os.path.join(repo, "posts")
    slugs = sorted(
        f[:-3] for f in os.listdir(os.path.join(src, "hant"))
        if f.endswith(".md") and all(os.path.exists(os.path.join(src, v, f)) for v in VARIANTS))
    if not slugs:
        sys.exit("gen_corpus: no complete triplet under %s" % src)
    sources = {}
    for s in slugs:
        sources[s] = {v: open(os.path.join(src, v, s + ".md"), encoding="utf-8").read() for v in VARIANTS}
    if os.path.exists(out):
        shutil.rmtree(out)
    for v in VARIANTS:
        os.makedirs(os.path.join(out, "posts", v))
    shutil.copytree(os.path.join(repo, "glossary"), os.path.join(out, "glossary"))
    pairs = avoid_pairs(load_glossary(repo))
    if yaml is not None:
        write_prh(os.path.join(out, "prh.yml"), pairs)
    planted = []
    with open(os.path.join(out, "all.md"), "w", encoding="utf-8") as everything:
        for i in range(n):
            base = slugs[i % len(slugs)]
            slug = "%s-%05d" % (base, i)
            parsed = {v: split_post(sources[base][v]) for v in VARIANTS}
            if kb:
                trim_sections(parsed, kb * 1024, rnd)
            shuffle_sections(parsed, rnd)
            delta = rnd.randint(-3, 3)
            texts = {}
            for v, (fm, secs) in parsed.items():
                text = join_post(fm, secs)
                head, body = text.split("\n---\n", 1)
                body = YEAR.sub(lambda m: str(int(m.group(1)) + delta), body)
                texts[v] = head + "\n---\n" + body
            if rnd.random() < 0.05:
                kinds = ["avoid", "drop", "year"]
                rnd.shuffle(kinds)
                for kind in kinds:
                    what = plant(kind, texts, pairs, rnd)
                    if what:
                        planted.append(slug + "\t" + what)
                        break
            for v in VARIANTS:
                with open(os.path.join(out, "posts", v, slug + ".md"), "w", encoding="utf-8") as f:
                    f.write(texts[v])
                everything.write(texts[v])
    with open(os.path.join(out, "planted.tsv"), "w", encoding="utf-8") as f:
        f.write("slug\trule\tvariant\twhat\n")
        f.writelines(p + "\n" for p in planted)
    print("gen_corpus: %d triplets from %d source post(s) in %s, %d planted defects" % (n, len(slugs), out, len(planted)))


if __name__ == "__main__":
    main()
