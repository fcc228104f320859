#!/usr/bin/env bash
# The 10,000-article incremental-versus-clean comparison issue 29 asks for, in one command:
#
#   Benchmarks/incremental-10000.sh [GUICHET]     (GUICHET: a release binary; default .build-bench/release/guichet)
#
# SITE (default .build-bench/compare/site-10000/guichet, made by Benchmarks/generate.py --articles 10000
# --seed 20261128 when missing) is built with a cache into /dev/shm; then a sentence with a new word is added to
# one article and the site built incrementally; then that article's title is changed (every page's outline with
# it) and the site built incrementally again; then the same content is built with --clean into another folder.
# Prints each build's summary line and whether the incremental output is byte-identical to the clean one
# (`diff -r`), and exits 1 when it is not. The article is restored at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
guichet="$(realpath "${1:-$repo/.build-bench/release/guichet}")"
site="${SITE:-$repo/.build-bench/compare/site-10000/guichet}"
if [ ! -d "$site/Content" ]; then
  python3 "$repo/Benchmarks/generate.py" --articles 10000 --out "$(dirname "$site")" --seed 20261128
fi
cd "$site"
article="$(find Content -name '*.md' ! -name '_index.md' | sort | sed -n 777p)"
saved="$(mktemp)"; cp "$article" "$saved"
work=/dev/shm/guichet-incremental-10000
trap 'cp "$saved" "$article"; rm -f "$saved"; rm -rf "$work"' EXIT
rm -rf "$work"; mkdir -p "$work"
"$guichet" build --output "$work/incremental" --cache "$work/cache" | tail -n 1
echo "Une phrase de plus, avec le mot zanzibar." >> "$article"
"$guichet" build --output "$work/incremental" --cache "$work/cache" | tail -n 1
python3 - "$article" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
changed = re.sub(r'^title: "(.*)"$', r'title: "\1 (revu)"', text, count=1, flags=re.M)
if changed == text:
    changed = re.sub(r'^title: (.*)$', r'title: \1 (revu)', text, count=1, flags=re.M)
open(path, "w", encoding="utf-8").write(changed)
PY
"$guichet" build --output "$work/incremental" --cache "$work/cache" | tail -n 1
"$guichet" build --clean --output "$work/clean" | tail -n 1
files=$(find "$work/clean" -type f | wc -l)
if diff -r "$work/incremental" "$work/clean" > /dev/null; then
  echo "incremental output byte-identical to the clean build ($files files)"
else
  echo "INCREMENTAL OUTPUT DIFFERS from the clean build"; diff -rq "$work/incremental" "$work/clean" | head -20
  exit 1
fi
