#!/usr/bin/env python3
"""Idea (1) of issue 30's fourth round, measured before being built: « Aucun résultat » when the query's most
informative content word (the rarest in general French: wordfreq 3.1.1's Zipf frequency, `pip install
wordfreq==3.1.1`) is one the search found nowhere (not as typed, nor through the lexicon, a typo or a prefix).

    RAW=1 node explain-top.js SITE site-instrumented.js Tests/browser/search-queries{,-dev,-dev-2,-dev-3}.tsv > top.tsv
    python3 informative-word.py top.tsv

Prints each query the rule would change (those the current rules already empty are left out) and the count of
no-answer queries gained and answerable ones lost."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "lexicon"))
from generate import fold, stem  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

gained = lost = 0
for line in open(sys.argv[1], encoding="utf-8"):
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 9:
        continue
    label, absent, _, _, _, emptied, name, query, parts = fields
    stems = {p.split(":")[0] for p in parts.split()}
    words = {}
    for token in fold(query):
        if stem(token) in stems:
            words[stem(token)] = min(words.get(stem(token), 99), zipf_frequency(token, "fr"))
    if not words or emptied == "E":
        continue
    rarest = min(words, key=words.get)
    if rarest in set(filter(None, absent.split(","))):
        gained += label == "N"
        lost += label == "A"
        print(label, name, query, {k: round(v, 1) for k, v in words.items()})
print(f"no-answer gained {gained}, answerable lost {lost}")
