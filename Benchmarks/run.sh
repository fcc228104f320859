#!/usr/bin/env bash
# Guichet versus Hugo: full builds of the same synthetic French help centre, side by side in one run.
#
#   Benchmarks/run.sh                    # N=1,000 and N=10,000, 5 interleaved runs, into /dev/shm and onto the disk
#   BENCH_QUICK=1 Benchmarks/run.sh      # smoke test: N=200, 1 run
#
# What it does: installs hugo (Debian's 0.111) and GNU time when missing, builds guichet in release
# (--scratch-path .build-bench), generates the sites with Benchmarks/generate.py (seeded, deterministic), then for
# each N and each repetition runs, interleaved, `guichet build` and `hugo` into a RAM disk (/dev/shm) and into a
# folder on the ordinary disk, each under `/usr/bin/time -v` (wall time, user+sys CPU time, max RSS). The output
# folder is deleted (and the disk synced) before every full build, outside the measurement; the tool that goes first
# alternates from one repetition to the next. Right after a guichet full build, the same command is run again
# on the unchanged content: the "no-change rebuild" (the full build runs with --clean; the rebuild uses the
# build cache, which finds nothing changed and stops — before the cache existed, it redid
# everything, and also deletes the previous output, which it swaps out), then once more after adding a sentence
# to one article ("one-article change"; the article is restored afterwards). Prints tables of medians and the ratios
# guichet/hugo (Markdown, also saved in the work folder with the raw measurements).
#
# Settings (environment variables):
#   BENCH_SIZES="1000 10000"     article counts                      (BENCH_QUICK=1: 200)
#   BENCH_RUNS=5                 repetitions per N, tool and target  (BENCH_QUICK=1: 1)
#   BENCH_RUNS_LARGE=            repetitions for N >= 10000 when set (default: BENCH_RUNS)
#   BENCH_REBUILD_RUNS=          how many of the repetitions also time a no-change rebuild (default: all)
#   BENCH_REBUILD_RUNS_LARGE=    the same for N >= 10000 (default: BENCH_REBUILD_RUNS)
#   BENCH_TARGETS="shm disk"     where the output goes
#   BENCH_SHM=/dev/shm/guichet-bench     RAM-disk folder
#   BENCH_WORK=<repo>/.build-bench/bench work folder: generated sites, disk outputs, results
#   BENCH_SOURCE=worktree        build guichet from the checkout; `head` builds a snapshot of HEAD (git archive),
#                                useful while the checkout is being edited
#   BENCH_GUICHET=/path/guichet  use this binary (and BENCH_THEMES) instead of building; BENCH_COMMIT labels it
#   BENCH_THEMES=<repo>/Themes   themes folder passed to guichet
#   BENCH_SEED=20261128  BENCH_AS_OF=2026-11-28  BENCH_NO_HUGO=1 (guichet only)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

if [ "${BENCH_QUICK:-0}" = 1 ]; then
  sizes="${BENCH_SIZES:-200}"; runs="${BENCH_RUNS:-1}"
else
  sizes="${BENCH_SIZES:-1000 10000}"; runs="${BENCH_RUNS:-5}"
fi
runs_large="${BENCH_RUNS_LARGE:-$runs}"
rebuild_runs="${BENCH_REBUILD_RUNS:-1000000}"
rebuild_runs_large="${BENCH_REBUILD_RUNS_LARGE:-$rebuild_runs}"
targets="${BENCH_TARGETS:-shm disk}"
shm="${BENCH_SHM:-/dev/shm/guichet-bench}"
work="${BENCH_WORK:-$repo/.build-bench/bench}"
seed="${BENCH_SEED:-20261128}"
as_of="${BENCH_AS_OF:-2026-11-28}"
source_kind="${BENCH_SOURCE:-worktree}"

say() { printf '== %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- tools -------------------------------------------------------------------------------------------------
missing=()
[ -x /usr/bin/time ] || missing+=(time)
if [ "${BENCH_NO_HUGO:-0}" != 1 ] && ! command -v hugo >/dev/null; then missing+=(hugo); fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi
with_hugo=1
if [ "${BENCH_NO_HUGO:-0}" = 1 ] || ! command -v hugo >/dev/null; then with_hugo=0; say "hugo not available: guichet only"; fi

if [ -n "${BENCH_GUICHET:-}" ]; then
  guichet="$BENCH_GUICHET"; themes="${BENCH_THEMES:-$repo/Themes}"; commit="${BENCH_COMMIT:-(given binary)}"
elif [ "$source_kind" = head ]; then
  commit="$(git rev-parse HEAD)"
  src="$repo/.build-bench/head-src"
  say "building guichet (release) from a snapshot of HEAD $commit"
  rm -rf "$src"; mkdir -p "$src"
  git archive HEAD | tar -x -C "$src"
  swift build -c release --product guichet --package-path "$src" --scratch-path "$repo/.build-bench/head-scratch" >&2
  guichet="$repo/.build-bench/head-scratch/release/guichet"; themes="${BENCH_THEMES:-$src/Themes}"
else
  commit="$(git rev-parse HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' + uncommitted changes')"
  say "building guichet (release) from the checkout"
  swift build -c release --product guichet --scratch-path "$repo/.build-bench" >&2
  guichet="$repo/.build-bench/release/guichet"; themes="${BENCH_THEMES:-$repo/Themes}"
fi

# --- machine -----------------------------------------------------------------------------------------------
mkdir -p "$work" "$shm"
rm -rf "$work/cache"
results="$work/results.tsv"
machine="$work/machine.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "guichet commit: $commit"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel: $(uname -r)"
  echo "swift: $(swift --version 2>&1 | head -1)"
  [ "$with_hugo" = 1 ] && echo "hugo: $(hugo version)"
  echo "disk target: $(df -T "$work" | awk 'NR==2 {print $1, $2}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$machine"
cat "$machine" >&2
printf 'n\ttarget\ttool\tkind\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tstatus\tload1\n' > "$results"

# --- measuring ---------------------------------------------------------------------------------------------
# measure N TARGET TOOL KIND RUN -- command…   appends one line to results.tsv
measure() {
  local n="$1" target="$2" tool="$3" kind="$4" run="$5"; shift 6
  local log="$work/time.txt" status=0
  /usr/bin/time -v -o "$log" "$@" >"$work/last-$tool.out" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    say "$tool failed (status $status):"; tail -20 "$work/last-$tool.out" >&2
  fi
  awk -F': ' -v n="$n" -v target="$target" -v tool="$tool" -v kind="$kind" -v run="$run" -v status="$status" \
      -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /Elapsed \(wall clock\)/ { k = split($NF, p, ":"); wall = (k == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/   { user = $NF }
    /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\n", n, target, tool, kind, run, wall, user, sys, rss, status, load }
  ' "$log" >> "$results"
  tail -1 "$results" | awk -F'\t' '{printf "   N=%-6s %-4s %-7s %-8s run %s: wall %6.2f s  cpu %6.2f s  rss %7.0f MB  (load %s)\n", $1, $2, $3, $4, $5, $6, $7+$8, $9/1024, $11}' >&2
}

out_dir() { if [ "$1" = shm ]; then echo "$shm/out"; else echo "$work/out"; fi; }
# Builds that have a build cache get their own (not the repository's .guichet-cache/): the full build ignores
# it (--clean) and records the outputs, the no-change rebuild uses it. Older builds have neither option.
full_args=(); rebuild_args=()
if "$guichet" build --help 2>/dev/null | grep -q -- '--clean'; then
  full_args=(--clean --cache "$work/cache"); rebuild_args=(--cache "$work/cache")
fi
clean() { rm -rf "$1" "$(dirname "$1")"/.out.building-* ; sync; }

run_guichet() { # N TARGET RUN SITE
  local out; out="$(out_dir "$2")"
  clean "$out"
  measure "$1" "$2" guichet full "$3" -- "$guichet" build --content "$4/guichet/Content" --config "$4/guichet/guichet.yml" \
    --themes "$themes" --output "$out" --as-of "$as_of" --quiet ${full_args[@]+"${full_args[@]}"}
  local rebuilds="$rebuild_runs"; [ "$1" -ge 10000 ] && rebuilds="$rebuild_runs_large"
  if [ "$3" -le "$rebuilds" ]; then
    [ "$2" = disk ] && sync
    measure "$1" "$2" guichet rebuild "$3" -- "$guichet" build --content "$4/guichet/Content" --config "$4/guichet/guichet.yml" \
      --themes "$themes" --output "$out" --as-of "$as_of" --quiet ${rebuild_args[@]+"${rebuild_args[@]}"}
    if [ ${#rebuild_args[@]} -gt 0 ]; then
      # One article changed (a sentence added to its body), then built again with the cache; restored after.
      local article; article="$(find "$4/guichet/Content" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | awk 'NR == 1')"
      cp "$article" "$work/article.bak"
      printf '\nCette page a été relue par l’équipe du service client.\n' >> "$article"
      [ "$2" = disk ] && sync
      measure "$1" "$2" guichet one-change "$3" -- "$guichet" build --content "$4/guichet/Content" \
        --config "$4/guichet/guichet.yml" --themes "$themes" --output "$out" --as-of "$as_of" --quiet "${rebuild_args[@]}"
      cp "$work/article.bak" "$article"
    fi
  fi
  find "$out" -type f | wc -l > "$work/files-guichet-$1.txt"
  clean "$out"
}

run_hugo() { # N TARGET RUN SITE
  local out; out="$(out_dir "$2")"
  clean "$out"
  measure "$1" "$2" hugo full "$3" -- hugo --quiet --source "$4/hugo" --destination "$out"
  find "$out" -type f | wc -l > "$work/files-hugo-$1.txt"
  clean "$out"
}

for n in $sizes; do
  site="$work/site-$n"
  say "generating N=$n into $site"
  python3 "$repo/Benchmarks/generate.py" --articles "$n" --out "$site" --seed "$seed" >&2
  "$guichet" check --content "$site/guichet/Content" --config "$site/guichet/guichet.yml" --as-of "$as_of" | tail -1 >&2
  r="$runs"; [ "$n" -ge 10000 ] && r="$runs_large"
  # Warm the page cache with the sources (not measured).
  find "$site" -type f -exec cat {} + > /dev/null
  for run in $(seq 1 "$r"); do
    for target in $targets; do
      if [ $((run % 2)) -eq 1 ] || [ "$with_hugo" = 0 ]; then
        run_guichet "$n" "$target" "$run" "$site"; [ "$with_hugo" = 1 ] && run_hugo "$n" "$target" "$run" "$site"
      else
        run_hugo "$n" "$target" "$run" "$site"; run_guichet "$n" "$target" "$run" "$site"
      fi
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$machine"
rm -rf "$shm"

python3 "$repo/Benchmarks/summarise.py" "$results" | tee "$work/summary.md"
say "raw measurements: $results; machine: $machine; summary: $work/summary.md"
