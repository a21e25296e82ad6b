#!/usr/bin/env python3
"""Medians of bench/run's hyperfine runs and the ratios the benchmark issue sets as targets."""
import json
import os
import sys

res = sys.argv[1]


def medians(step):
    path = os.path.join(res, step + ".json")
    if not os.path.exists(path):
        return None
    return {r["command"]: r["median"] for r in json.load(open(path))["results"]}


def find(m, prefix):
    for k, v in (m or {}).items():
        if k.startswith(prefix):
            return v
    return None


out = ["| step | command | median (s) |", "|---|---|---:|"]
for step in "abc":
    for cmd, med in (medians(step) or {}).items():
        out.append("| %s | %s | %.3f |" % (step, cmd, med))
out += ["", "| target | ratio | limit | holds |", "|---|---:|---:|---|"]


def target(label, num, den, limit):
    if num is None or den is None:
        return
    r = num / den
    out.append("| %s | %.2f | %s | %s |" % (label, r, limit, "yes" if r <= limit else "no"))


a, b, c = medians("a"), medians("b"), medians("c")
target("a: one post, concord / autocorrect", find(a, "concord check (CDS"), find(a, "autocorrect"), 2)
target("b: 1,000, concord / autocorrect --lint", find(b, "concord"), find(b, "autocorrect"), 2)
target("b: 1,000, concord / textlint + prh", find(b, "concord"), find(b, "textlint"), 0.5)
target("c: concord 10,000 / 1,000", find(c, "concord"), find(b, "concord"), 10)
print("\n".join(out))
