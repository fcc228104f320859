#!/usr/bin/env bash
# Counts where guichet's instructions go with valgrind's callgrind (reproducible, unlike timings).
#
#   Benchmarks/profile.sh                 # N=1000 synthetic site, release build, writes .build-bench/profile/
#   BENCH_PROFILE_N=200 Benchmarks/profile.sh
#
# Settings: BENCH_PROFILE_N (1000), BENCH_GUICHET / BENCH_THEMES (a binary and its themes instead of building
# the checkout), BENCH_WORK (<repo>/.build-bench/profile), BENCH_SEED, BENCH_AS_OF.
# Valgrind 3.19 (Debian 12) cannot read the DWARF 5 debug information that Swift 6 emits ("unhandled dwarf2
# abbrev form code 0x25", then it gives up), so the profile runs a copy of the binary with its debug
# information stripped: the symbol table stays, so functions keep their names; lines are lost.
# Valgrind 3.19 also crashes ("Valgrind received a signal 11") on builds whose `guichet` has an async main
# (AsyncParsableCommand, since the `serve` command): then use BENCH_PROFILER=perf, which samples with
# `perf record -g` (times, not instruction counts) and writes perf-children.txt and perf-self.txt.
# Outputs: callgrind.out, inclusive.txt and self.txt (callgrind_annotate, Swift names demangled), phases.txt.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
n="${BENCH_PROFILE_N:-1000}"
work="${BENCH_WORK:-$repo/.build-bench/profile}"
seed="${BENCH_SEED:-20261128}"
as_of="${BENCH_AS_OF:-2026-11-28}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v valgrind >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq valgrind; }

if [ -n "${BENCH_GUICHET:-}" ]; then
  guichet="$BENCH_GUICHET"; themes="${BENCH_THEMES:-$repo/Themes}"
else
  swift build -c release --product guichet --scratch-path "$repo/.build-bench" >&2
  guichet="$repo/.build-bench/release/guichet"; themes="${BENCH_THEMES:-$repo/Themes}"
fi
mkdir -p "$work"
objcopy --strip-debug "$guichet" "$work/guichet-nodebug"
python3 "$repo/Benchmarks/generate.py" --articles "$n" --out "$work/site-$n" --seed "$seed" >&2
out="$(mktemp -d /dev/shm/guichet-profile.XXXXXX)"
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
if [ "${BENCH_PROFILER:-callgrind}" = perf ]; then
  command -v perf >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq linux-perf; }
  perf record -F 499 -g -o "$work/perf.data" "$guichet" build --content "$work/site-$n/guichet/Content" \
    --config "$work/site-$n/guichet/guichet.yml" --themes "$themes" --output "$out/site" --as-of "$as_of" --quiet \
    $("$guichet" build --help | grep -q -- --clean && echo "--clean --cache $out/cache")
  rm -rf "$out"
  perf report -i "$work/perf.data" --children --sort symbol --stdio -g none 2>/dev/null | grep '%' | demangle \
    | sed -E 's/ +$//' > "$work/perf-children.txt"
  perf report -i "$work/perf.data" --no-children --sort symbol --stdio -g caller,0.5,callee 2>/dev/null | demangle \
    > "$work/perf-self.txt"
  grep -E 'SiteBuilder|SitePreparer|ContentLoader|FigureCheck|FigureScanner|MarkdownTransformer|MarkdownParser|HTMLRenderer|PageRenderer|MustacheLibrary|htmlEscape|SearchIndex|SearchNormaliser|SiteFiles|SafeJSON|OutputWriter|FrontMatterSplitter|SourceText|BuildCache' \
    "$work/perf-children.txt" | head -40
  echo "files in $work" >&2
  exit 0
fi
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/guichet-nodebug" build \
  --content "$work/site-$n/guichet/Content" --config "$work/site-$n/guichet/guichet.yml" --themes "$themes" \
  --output "$out/site" --as-of "$as_of" --quiet 2> "$work/valgrind.log"
rm -rf "$out"
shorten() { sed -E 's/\?\?\?://; s/ \[\/[^]]*\/([^/]+)\]$/ [\1]/'; }
callgrind_annotate --inclusive=yes --threshold=100 "$work/callgrind.out" 2>/dev/null | demangle | shorten > "$work/inclusive.txt"
callgrind_annotate --threshold=100 "$work/callgrind.out" 2>/dev/null | demangle | shorten > "$work/self.txt"

# The build's phases, from the inclusive counts of guichet's own functions (work done on dispatch's
# worker threads is not under SiteBuilder.build, hence these entry points).
total=$(grep -m1 "PROGRAM TOTALS" "$work/inclusive.txt" | awk '{gsub(",", "", $1); print $1}')
{
  printf '%-72s%18s%8s\n' "function (inclusive)" "instructions" "share"
  for f in "SiteBuilder.build()" "ContentLoader.parse(_:)" "static FrontMatterSplitter.split(_:)" \
           "static SourceText.decode(_:limit:)" "static ArticleFrontMatter.parse(_:file:firstLine:)" \
           "MarkdownParser.parse(_:)" "static MarkdownParser.parseWithCmark(_:)" "closure #2 in SitePreparer.prepare(_:)" \
           "MarkdownTransformer.transform(_:source:)" "FigureCheck.visit(_:block:blockText:source:into:)" \
           "static FigureScanner.scan(_:)" "FigureCheck.segments(_:)" "static ReferenceParser.parse(_:)" \
           "HTMLRenderer.render(_:)" "closure #5 in SiteBuilder.write(_:theme:)" "PageRenderer.articleData(_:category:)" \
           "PageRenderer.common(title:description:path:kind:breadcrumbs:extraGraph:)" "MustacheLibrary.render(_:withTemplate:)" \
           "String.htmlEscape()" "OutputWriter.write(_:_:)" "static SiteFiles.searchIndex(_:root:)" \
           "static SearchNormaliser.tokens(_:)" "static SafeJSON.encode<A>(_:)" "SearchIndex.encode(to:)"; do
    line=$(grep -F -- "$f [" "$work/inclusive.txt" | grep -v "'2 \[" | grep -v "partial apply" | head -1 || true)
    [ -z "$line" ] && continue
    count=$(echo "$line" | awk '{gsub(",", "", $1); print $1}')
    python3 -c 'import sys; f, c, t = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]); print(f"{f[:70]:<72}{c:>18,}{100 * c / t:7.1f}%")' "$f" "$count" "$total"
  done
} > "$work/phases.txt"
cat "$work/phases.txt"
echo "total: $total instructions; files in $work" >&2
