#!/usr/bin/env python3
"""Medians of bench/run's hyperfine runs and the ratios the benchmark issue sets as targets."""
import json
import os
import sys

res = sys.argv[1]


def results(step):
    path = os.path.join(res, step + ".json")
    if not os.path.exists(path):
        return []
    return json.load(open(path))["results"]


def medians(step):
    r = results(step)
    return {x["command"]: x["median"] for x in r} if r else None


def find(m, prefix):
    for k, v in (m or {}).items():
        if k.startswith(prefix):
            return v
    return None


# user/real: how many cores a command kept busy (hyperfine's mean user CPU time over its
# mean wall time).
out = ["| step | command | median (s) | user/real |", "|---|---|---:|---:|"]
for step in ("a", "b", "b20", "c", "g"):
    for x in results(step):
        out.append("| %s | %s | %.3f | %.2f |" % (step, x["command"], x["median"], x["user"] / x["mean"]))
out += ["", "| target | ratio | limit | holds |", "|---|---:|---:|---|"]


def target(label, num, den, limit):
    if num is None or den is None:
        return
    r = num / den
    out.append("| %s | %.2f | %s | %s |" % (label, r, limit, "yes" if r <= limit else "no"))


a, b, b20, c, g = medians("a"), medians("b"), medians("b20"), medians("c"), medians("g")
target("a: one post, concord / autocorrect", find(a, "concord check (CDS"), find(a, "autocorrect"), 2)
target("b: 1,000 real-size, concord cold / autocorrect --lint", find(b, "concord check (cold"), find(b, "autocorrect"), 2)
target("b: 1,000 real-size, concord repeat (cache) / autocorrect --lint", find(b, "concord check (repeat"), find(b, "autocorrect"), 0.5)
target("b: 1,000 real-size, concord cold / textlint + prh", find(b, "concord check (cold"), find(b, "textlint"), 0.5)
target("b20: 1,000 x 20 KB, concord cold / autocorrect --lint", find(b20, "concord check (cold"), find(b20, "autocorrect"), 2)
target("g: 1,000 real-size, glossary suggest / check cold", find(g, "concord glossary suggest"), find(g, "concord check (cold"), 2)
target("c: concord cold 10,000 / 1,000", find(c, "concord check (cold"), find(b, "concord check (cold"), 10)
for x in results("c"):
    if x["command"].startswith("concord check (cold"):
        r = x["user"] / x["mean"]
        out.append("| c: user/real of the cold 10,000 run | %.2f | >= 1.7 | %s |" % (r, "yes" if r >= 1.7 else "no"))
print("\n".join(out))
