#!/usr/bin/env bash
# Builds the cache-store benchmark in release mode and runs it; writes RESULTS.md beside this script.
#
#   Benchmarks/cache-store/run.sh                 build (incrementally), self-test, benchmark
#   Benchmarks/cache-store/run.sh --build-times   first time clean builds with and without GRDB (slow: minutes)
#
# Any other arguments go to `cache-store-bench run` (e.g. --runs 3 --updates 20 --targets shm --stores log,sqlite).
# Everything runs under `nice`; builds use only this folder (scratch path .build, temporary files in .tmp).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
scratch="$here/.build"
mkdir -p .tmp

build_times=false
if [[ "${1:-}" == "--build-times" ]]; then
    build_times=true
    shift
fi

timed() { # timed LABEL COMMAND...: runs the command, appends a table row with its wall/user/sys time
    local label="$1"
    shift
    local log=".tmp/build-$(echo "$label" | tr -c 'a-zA-Z0-9' '-').log"
    /usr/bin/time -f "%e %U %S %M" -o .tmp/time.out "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
    if grep -q "warning:" "$log"; then
        echo "warnings in $label:" >&2
        grep "warning:" "$log" >&2
    fi
    read -r wall user sys rss <.tmp/time.out
    echo "| $label | $wall s | $user s | $sys s | $((rss / 1024)) MiB |" >>.tmp/build-times.md
    echo "$label: ${wall}s wall" >&2
}

if $build_times; then
    {
        echo "| Clean build step (\`nice -n 10\`, default jobs) | wall | user | sys | peak RSS of a compiler process |"
        echo "| --- | ---: | ---: | ---: | ---: |"
    } >.tmp/build-times.md
    # Debug last-but-one, release last, so that the release build below has nothing left to do.
    for config in debug release; do
        rm -rf "$scratch"
        timed "$config: resolve (clone GRDB 7.10.0 from the local mirror)" \
            nice -n 10 swift package resolve --scratch-path "$scratch"
        timed "$config: without GRDB (product cache-store-bench-log, from clean)" \
            nice -n 10 swift build -c "$config" --scratch-path "$scratch" --product cache-store-bench-log
        timed "$config: then add GRDB (product cache-store-bench, incremental)" \
            nice -n 10 swift build -c "$config" --scratch-path "$scratch" --product cache-store-bench
        # Everything but the checked-out dependency goes, for a clean build that does not clone again.
        find "$scratch" -mindepth 1 -maxdepth 1 ! -name checkouts ! -name repositories ! -name artifacts \
            ! -name workspace-state.json ! -name .lock -exec rm -rf {} +
        timed "$config: with GRDB (everything, from clean)" \
            nice -n 10 swift build -c "$config" --scratch-path "$scratch"
    done
fi

nice -n 10 swift build -c release --scratch-path "$scratch" 2>&1 | grep -v '^\[' || true
bench="$scratch/release/cache-store-bench"
nice -n 10 "$bench" selftest

command="Benchmarks/cache-store/run.sh"
if $build_times; then command="$command --build-times"; fi
if [[ $# -gt 0 ]]; then command="$command $*"; fi
nice -n 10 "$bench" run --disk-dir "$here/.tmp" "$@" >.tmp/results-table.md

{
    echo "# Cache store benchmark: results"
    echo
    echo "Command: \`$command\` (from the repository root; it runs \`nice -n 10 .build/release/cache-store-bench run --disk-dir Benchmarks/cache-store/.tmp${*:+ $*}\` after a release build with \`--scratch-path Benchmarks/cache-store/.build\`)."
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- nproc: $(nproc); kernel: $(uname -sr); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "- memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}'); $(swift --version 2>/dev/null | head -1)"
    echo "- disk target: $(df -T "$here/.tmp" | awk 'NR==2 {print $2 " on " $1}'); shm target: $(df -T /dev/shm | awk 'NR==2 {print $2}')"
    echo "- other work was running on the machine (see the load averages below): expect noise of ±20 %"
    echo
    if [[ -f .tmp/build-times.md ]]; then
        echo "## Build times"
        echo
        echo "Measured with \`run.sh --build-times\` on $(date -u -r .tmp/build-times.md '+%Y-%m-%d'); peak RSS is that of the largest single process."
        echo
        cat .tmp/build-times.md
        echo
    fi
    cat .tmp/results-table.md
} >RESULTS.md
cat RESULTS.md
