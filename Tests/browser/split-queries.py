#!/usr/bin/env python3
"""Split a pool of issue 30's queries into held-out set N and development set N - 1 (N: 5, 6, 7).

Usage: split-queries.py N POOL.tsv [MORE.tsv ...]
Reads `kind TAB query TAB urls` lines (comments and blank lines skipped); giving the two output files
themselves as input rebuilds them identically. Within each kind (in KINDS order) the queries are sorted
by their text, shuffled with one random.Random(N), then dealt in a repeating pattern of 11: positions
0, 2, 4, 6, 8, 10 go to the held-out set, positions 1, 3, 5, 7, 9 to the development set.
"""
import pathlib, random, sys

KINDS = ["plain", "noaccent", "verb", "sentence", "synonym", "typo", "noanswer"]
HERE = pathlib.Path(__file__).parent
HEADER = """\
# Golden search queries for the example help centre in Content/: {this}, written from the articles alone (Content/**/*.md, front-matter included) by someone who had read neither the other query sets nor the search code, and committed before any change to the ranking (issue 30, {ordinal} held-out set). {rule}
#
# Format
#   - Lines starting with `#` are comments; blank lines are ignored.
#   - Every other line has exactly three tab-separated fields:
#         <kind> TAB <query> TAB <expected URLs, separated by single spaces>
#     The third field is empty (the tab is kept) when no article of the help centre answers the query.
#   - An expected URL is an article's page path, /<category folder>/<file name without .md>/, or a
#     category page, /<category folder>/, when the category as a whole is the answer. The URLs of a line
#     are all right answers, the most useful first; their order is not a strict ranking.
#   - <kind> says how the query is typed: plain, noaccent, verb, sentence, synonym, typo, noanswer.
#   - For `synonym` lines, the customer's key word was checked (grep, case- and accent-insensitive, word prefixes) to be absent from every expected article's Markdown source.
#   - Split: one pool of {total} queries, written at the same time, was split at random into held-out set {n} (search-queries-heldout-{n}.tsv) and development set {d} (search-queries-dev-{d}.tsv) with the same mix of kinds, by split-queries.py {n}: the queries of each kind, taken in the order {kinds} and sorted by their text, are shuffled with one random.Random({n}), then dealt in a repeating pattern of 11, positions 0, 2, 4, 6, 8 and 10 going to held-out set {n} and positions 1, 3, 5, 7 and 9 to development set {d}. No query is in both sets.
"""
RULES = {
    "heldout": "The search must never be tuned on it; development set {d} (search-queries-dev-{d}.tsv), written at the same time and split from the same pool, may be.",
    "dev": "The search may be tuned on it; held-out set {n} (search-queries-heldout-{n}.tsv), written at the same time and split from the same pool, must never be.",
}

pool = {kind: [] for kind in KINDS}
n = int(sys.argv[1])
d = n - 1
ORDINALS = {5: "fifth", 6: "sixth", 7: "seventh"}
for path in sys.argv[2:]:
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, query, urls = line.split("\t")
            pool[kind].append((query, urls))

rng = random.Random(n)
sets = {"heldout": {k: [] for k in KINDS}, "dev": {k: [] for k in KINDS}}
for kind in KINDS:
    lines = sorted(set(pool[kind]))
    rng.shuffle(lines)
    for i, line in enumerate(lines):
        sets["heldout" if i % 11 % 2 == 0 else "dev"][kind].append(line)

total = sum(len(v) for v in pool.values())
for name, this, out in [("heldout", f"held-out set {n}", f"search-queries-heldout-{n}.tsv"),
                        ("dev", f"development set {d}", f"search-queries-dev-{d}.tsv")]:
    text = HEADER.format(this=this, rule=RULES[name].format(n=n, d=d), total=total, kinds=", ".join(KINDS),
                         n=n, d=d, ordinal=ORDINALS[n])
    for kind in KINDS:
        text += f"\n# {kind}\n" + "".join(f"{kind}\t{q}\t{u}\n" for q, u in sets[name][kind])
    (HERE / out).write_text(text, encoding="utf-8")
    print(out, {k: len(v) for k, v in sets[name].items()}, sum(len(v) for v in sets[name].values()))
