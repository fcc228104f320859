#!/usr/bin/env bash
# Two guichet binaries, full builds of the same generated site, interleaved: for a change whose effect is
# smaller than the noise between separate runs of Benchmarks/run.sh.
#
#   Benchmarks/compare.sh OLD_BINARY OLD_THEMES NEW_BINARY NEW_THEMES [ARTICLES] [RUNS]
#
# Generates the site with Benchmarks/generate.py (seeded) unless it is there, then runs each binary in turn,
# RUNS times (default 5), each a --clean build into /dev/shm under `/usr/bin/time`. Prints one line a build:
# label, wall seconds, user and system CPU seconds, maximum resident set size; then the medians.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
old="$1"; old_themes="$2"; new="$3"; new_themes="$4"; n="${5:-10000}"; runs="${6:-5}"
work="${BENCH_WORK:-$repo/.build-bench/compare}"
site="$work/site-$n/guichet"
[ -d "$site/Content" ] || python3 "$repo/Benchmarks/generate.py" --articles "$n" --out "$work/site-$n" --seed 20261128 >&2
results="$work/results-$n.txt"; : > "$results"
for i in $(seq "$runs"); do
  for label in old new; do
    if [ "$label" = old ]; then bin="$old"; themes="$old_themes"; else bin="$new"; themes="$new_themes"; fi
    out="/dev/shm/guichet-compare-$label"; rm -rf "$out"; sync
    /usr/bin/time -f "$label %e %U %S %M" "$bin" build --content "$site/Content" --config "$site/guichet.yml" \
      --themes "$themes" --output "$out" --as-of 2026-11-28 --quiet --clean 2>&1 >/dev/null | tail -1 | tee -a "$results"
  done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
for label in ("old", "new"):
    r = [row for row in rows if row[0] == label]
    wall = statistics.median(float(x[1]) for x in r)
    cpu = statistics.median(float(x[2]) + float(x[3]) for x in r)
    rss = statistics.median(int(x[4]) for x in r) / 1024
    print(f"{label}: median wall {wall:.2f} s, CPU {cpu:.2f} s, max RSS {rss:.0f} MB ({len(r)} runs)")
PY
