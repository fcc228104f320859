#!/usr/bin/env bash
# Usage: Benchmarks/differential.sh [SEQUENCES]   (default 2000)
#
# The incremental-versus-clean differential test (Tests/GuichetSiteTests/IncrementalDifferentialTests.swift)
# with more random edit sequences than the test suite's 200: each sequence edits the boutique fixture (prose,
# title, description, order, draft, rules list, references, alias, review date, category, a new or deleted
# article, a template, the settings, today's date, a rule) and compares every incremental build with a clean
# build, byte for byte. A failure prints the shrunk sequence and the seed to replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
GUICHET_DIFFERENTIAL_SEQUENCES=${1:-2000} swift test --filter IncrementalDifferentialTests
