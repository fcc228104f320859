#!/usr/bin/env bash
# Two guichet binaries on the same one-article change, interleaved: the A/B figure behind a change to the
# incremental build (issue 29). Benchmarks/run.sh times the one-article build against Hugo's full build; this
# one compares two commits with each other, step by step (`--timings`), on a machine whose load varies.
#
#   Benchmarks/one-article-ab.sh BINARY_A BINARY_B [RUNS]     (RUNS: 5)
#
# SITE (default .build-bench/compare/site-10000/guichet, made by Benchmarks/generate.py --articles 10000
# --seed 20261128 when missing) is built once by each binary into its own output and cache folder under
# /dev/shm; then, RUNS times, a sentence with a new word is appended to one article and each binary builds
# it (A then B).
# Prints each build's wall time, the means, each step's mean over the runs side by side, and whether the
# two outputs are byte-identical. The article is restored at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
a="$(realpath "$1")"; b="$(realpath "$2")"; runs="${3:-5}"
site="${SITE:-$repo/.build-bench/compare/site-10000/guichet}"
if [ ! -d "$site/Content" ]; then
  python3 "$repo/Benchmarks/generate.py" --articles 10000 --out "$(dirname "$site")" --seed 20261128
fi
cd "$site"
article="$(find Content -name '*.md' ! -name '_index.md' | sort | sed -n 500p)"
saved="$(mktemp)"; cp "$article" "$saved"
trap 'cp "$saved" "$article"; rm -f "$saved"' EXIT
work=/dev/shm/guichet-one-article-ab
rm -rf "$work"; mkdir -p "$work"
for side in a b; do
  binary=$a; [ "$side" = b ] && binary=$b
  "$binary" build --output "$work/out-$side" --cache "$work/cache-$side" > /dev/null 2>&1 || true
done
for run in $(seq "$runs"); do
  # A new word each time, so that every run redoes the article's search terms as an edit does.
  words=(un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize)
  echo "Une phrase de plus, essai ${words[$(( (run - 1) % 16 ))]}." >> "$article"
  for side in a b; do
    binary=$a; [ "$side" = b ] && binary=$b
    start=$(date +%s.%N)
    "$binary" build --output "$work/out-$side" --cache "$work/cache-$side" --timings > "$work/timings-$side.txt" 2>&1 || true
    grep " ms " "$work/timings-$side.txt" >> "$work/steps-$side.txt" || true
    end=$(date +%s.%N)
    echo "$side $(echo "$end - $start" | bc)"
  done
done | awk '{ printf "%s %.3f s\n", $1, $2; sum[$1] += $2; n[$1]++ } END { printf "mean: A %.3f s, B %.3f s\n", sum["a"]/n["a"], sum["b"]/n["b"] }'
echo "each step's mean over the runs, A | B:"
mean_steps() { awk '{ ms = $1; $1 = ""; $2 = ""; sub(/^ +/, ""); if (!($0 in sum)) order[++n] = $0; sum[$0] += ms; count[$0]++ }
                    END { for (i = 1; i <= n; i++) printf "%8.1f ms  %s\n", sum[order[i]] / count[order[i]], order[i] }' "$1"; }
paste <(mean_steps "$work/steps-a.txt") <(mean_steps "$work/steps-b.txt") | awk -F'\t' '{ printf "  %-42s %s\n", $1, $2 }'
if diff -r "$work/out-a" "$work/out-b" > /dev/null; then echo "outputs byte-identical"; else echo "OUTPUTS DIFFER"; fi
