#!/usr/bin/env bash
# What a visitor's browser downloads to search: Guichet's own search against Pagefind (a yardstick only, never a
# dependency), on the same generated help centre, measured by Benchmarks/search-payload.py.
#
#   Benchmarks/search-payload.sh              # N=1,000 and N=10,000 articles
#   Benchmarks/search-payload.sh 1000         # the sizes given
#
# For each N: generates the corpus with Benchmarks/generate.py (seeded) under $WORK/N unless it is there already,
# builds it with the guichet binary $GUICHET into $WORK/N/out, indexes a copy of that output ($WORK/N/out-pagefind)
# with Pagefind, then runs search-payload.py on both folders with the same queries and prints both tables.
# The Guichet output is left as guichet built it: Pagefind's files are only in the copy.
#
# Settings (environment variables):
#   GUICHET=<repo>/.build/release/guichet    binary used to build (else .build/debug/guichet); built by nobody here
#   THEMES=<repo>/Themes                     themes folder passed to guichet
#   WORK=/tmp/guichet-search-bench           generated corpora and outputs
#   SEED=20261128  AS_OF=2026-11-28          as Benchmarks/run.sh
#   PAGEFIND="python3 -m pagefind_bin"       how to run Pagefind (default: `pagefind` if on PATH, else the PyPI
#                                            package pagefind-bin, installed with pip --user when missing)
#   JSON=1                                   also save each engine's JSON report as $WORK/N/<engine>.json
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work="${WORK:-/tmp/guichet-search-bench}"
seed="${SEED:-20261128}"
as_of="${AS_OF:-2026-11-28}"
themes="${THEMES:-$repo/Themes}"
if [ -n "${GUICHET:-}" ]; then guichet="$GUICHET"
elif [ -x "$repo/.build/release/guichet" ]; then guichet="$repo/.build/release/guichet"
else guichet="$repo/.build/debug/guichet"; fi

queries=(
  "délai de rétractation"
  "remboursement"
  "colis en retard"
  "contacter le vendeur"
  "annuler commande"
  "mot de passe oublié"
  "frais de retour"
  "carte bancaire"
)

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'search-payload.sh: error: %s\n' "$*" >&2; exit 2; }

[ -x "$guichet" ] || die "no guichet binary at $guichet (set GUICHET, or build it: swift build -c release)"
[ -d "$themes" ] || die "no themes folder at $themes (set THEMES)"

# Pagefind: the yardstick, from PyPI.
if [ -n "${PAGEFIND:-}" ]; then read -r -a pagefind <<< "$PAGEFIND"
elif command -v pagefind >/dev/null 2>&1; then pagefind=(pagefind)
else
  if ! python3 -c 'import pagefind_bin' 2>/dev/null; then
    say "installing Pagefind (PyPI pagefind-bin)"
    python3 -m pip install --user --quiet pagefind-bin >&2 || die "could not install pagefind-bin (python3 -m pip install --user pagefind-bin)"
  fi
  pagefind=(python3 -m pagefind_bin)
fi
say "guichet: $guichet"
say "pagefind: $("${pagefind[@]}" --version 2>&1 | head -1)"

status=0
for n in "${sizes[@]}"; do
  dir="$work/$n"
  if [ -d "$dir/guichet/Content" ] && [ -f "$dir/guichet/guichet.yml" ]; then
    say "N=$n: reusing the corpus in $dir"
  else
    say "N=$n: generating the corpus into $dir"
    python3 "$repo/Benchmarks/generate.py" --articles "$n" --out "$dir" --seed "$seed" >&2
  fi
  say "N=$n: building with guichet"
  rm -rf "$dir/out" "$dir/out-pagefind"
  "$guichet" build --content "$dir/guichet/Content" --config "$dir/guichet/guichet.yml" --themes "$themes" \
    --output "$dir/out" --as-of "$as_of" --quiet >&2
  say "N=$n: indexing a copy with Pagefind"
  cp -a "$dir/out" "$dir/out-pagefind"
  "${pagefind[@]}" --site "$dir/out-pagefind" > "$dir/pagefind.log" 2>&1 || { cat "$dir/pagefind.log" >&2; die "pagefind failed"; }
  grep -E 'Indexed [0-9]+ (pages|words)' "$dir/pagefind.log" | sed 's/^ */   /' >&2 || true

  qargs=(); for q in "${queries[@]}"; do qargs+=(--queries "$q"); done
  for engine in guichet pagefind; do
    site="$dir/out"; [ "$engine" = pagefind ] && site="$dir/out-pagefind"
    echo
    echo "## N=$n articles, $engine"
    jargs=(); [ "${JSON:-0}" = 1 ] && jargs=(--json-out "$dir/$engine.json")
    if ! python3 "$repo/Benchmarks/search-payload.py" --site "$site" --engine "$engine" "${qargs[@]}" ${jargs[@]+"${jargs[@]}"}; then
      echo "($engine: measurement failed, see the message above)"; status=1
    fi
  done
done
exit "$status"
