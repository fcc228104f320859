#!/bin/bash
# score.sh SITE
cd /work/wt-search4
for f in search-queries.tsv search-queries-dev.tsv search-queries-dev-2.tsv search-queries-dev-3.tsv; do node Benchmarks/search-quality-node.js $1 Tests/browser/$f | grep -E "answerable|no-answer" | tr '\n' ' '; echo; done
