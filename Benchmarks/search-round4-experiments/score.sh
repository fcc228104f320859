#!/bin/bash
# score.sh SITE JS: top 3, MRR and « Aucun résultat » of the golden set and the development sets 1 to 4
# (Node harness), for a site.js variant (a patched copy of Themes/default/assets/site.js).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
for f in search-queries search-queries-dev search-queries-dev-2 search-queries-dev-3 search-queries-dev-4; do
  node "$ROOT/Benchmarks/search-quality-node.js" "$1" --js "$2" "$ROOT/Tests/browser/$f.tsv" |
    awk -v f=$f '/answerable/{t=$6; m=$8} /no-answer/{print f, t, m, $4"/"$1}'
done
