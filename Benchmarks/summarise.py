#!/usr/bin/env python3
"""Summarises Benchmarks/run.sh's results.tsv as Markdown: medians per (N, target, tool, kind), ratios
guichet/hugo, the no-change rebuild against the full build, and the growth from the smallest to the largest N.

    python3 Benchmarks/summarise.py .build-bench/bench/results.tsv
"""
import csv
import statistics
import sys
from collections import defaultdict


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    groups = defaultdict(list)
    failed = [r for r in rows if r["status"] != "0"]
    for r in rows:
        if r["status"] == "0":
            groups[(int(r["n"]), r["target"], r["tool"], r["kind"])].append(r)

    def med(key, field):
        if field == "cpu":
            values = [float(r["user_s"]) + float(r["sys_s"]) for r in groups.get(key, [])]
        else:
            values = [float(r[field]) for r in groups.get(key, [])]
        return statistics.median(values) if values else None

    def spread(key, field):
        values = [float(r[field]) for r in groups.get(key, [])]
        return (min(values), max(values)) if values else (None, None)

    def fmt(value, digits=2):
        return "—" if value is None else f"{value:.{digits}f}"

    def ratio(a, b):
        return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}×"

    sizes = sorted({k[0] for k in groups})
    targets = [t for t in ("shm", "disk") if any(k[1] == t for k in groups)]
    label = {"shm": "/dev/shm", "disk": "disk"}
    out = []
    out.append("| N | output | tool | runs | wall (s), median [min–max] | CPU user+sys (s) | user / sys (s) | max RSS (MB) |")
    out.append("|---:|---|---|---:|---:|---:|---:|---:|")
    for n in sizes:
        for t in targets:
            for tool, kind in (("guichet", "full"), ("guichet", "rebuild"), ("guichet", "one-change"), ("hugo", "full")):
                key = (n, t, tool, kind)
                if key not in groups:
                    continue
                lo, hi = spread(key, "wall_s")
                name = {"full": tool, "rebuild": "guichet (no-change rebuild)", "one-change": "guichet (one-article change)"}[kind]
                rss = med(key, "maxrss_kb")
                out.append(f"| {n:,} | {label[t]} | {name} | {len(groups[key])} | {fmt(med(key, 'wall_s'))} [{fmt(lo)}–{fmt(hi)}] "
                           f"| {fmt(med(key, 'cpu'))} | {fmt(med(key, 'user_s'))} / {fmt(med(key, 'sys_s'))} "
                           f"| {fmt(rss / 1024 if rss else None, 0)} |")
    out.append("")
    out.append("Ratios guichet / hugo (medians; below 1 means guichet is better):")
    out.append("")
    out.append("| N | output | wall | CPU | max RSS | no-change rebuild / full build (guichet) | one-article change / full build |")
    out.append("|---:|---|---:|---:|---:|---:|---:|")
    for n in sizes:
        for t in targets:
            g, h, rb, one = (n, t, "guichet", "full"), (n, t, "hugo", "full"), (n, t, "guichet", "rebuild"), (n, t, "guichet", "one-change")
            out.append(f"| {n:,} | {label[t]} | {ratio(med(g, 'wall_s'), med(h, 'wall_s'))} | {ratio(med(g, 'cpu'), med(h, 'cpu'))} "
                       f"| {ratio(med(g, 'maxrss_kb'), med(h, 'maxrss_kb'))} | {ratio(med(rb, 'wall_s'), med(g, 'wall_s'))} "
                       f"| {ratio(med(one, 'wall_s'), med(g, 'wall_s'))} |")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        factor = large / small
        out.append("")
        out.append(f"Growth from N={small:,} to N={large:,} (×{factor:g} articles; linear growth is ×{factor:g}):")
        out.append("")
        out.append("| tool | output | wall | CPU | max RSS |")
        out.append("|---|---|---:|---:|---:|")
        for tool in ("guichet", "hugo"):
            for t in targets:
                a, b = (small, t, tool, "full"), (large, t, tool, "full")
                if a in groups and b in groups:
                    out.append(f"| {tool} | {label[t]} | {ratio(med(b, 'wall_s'), med(a, 'wall_s'))} "
                               f"| {ratio(med(b, 'cpu'), med(a, 'cpu'))} | {ratio(med(b, 'maxrss_kb'), med(a, 'maxrss_kb'))} |")
    loads = [float(r["load1"]) for r in rows if r.get("load1")]
    if loads:
        out.append("")
        out.append(f"1-minute load average when each measurement ended: median {statistics.median(loads):.1f}, "
                   f"min {min(loads):.1f}, max {max(loads):.1f}.")
    if failed:
        out.append("")
        out.append(f"{len(failed)} measurement(s) failed and are left out: " +
                   ", ".join(f"{r['tool']} {r['kind']} N={r['n']} {r['target']} run {r['run']} (status {r['status']})" for r in failed))
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build-bench/bench/results.tsv")
