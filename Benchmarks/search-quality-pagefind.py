#!/usr/bin/env python3
"""Pagefind's answers to the golden search queries, scored as Tests/browser/checks.py scores Guichet's own search.

    python3 Benchmarks/search-quality-pagefind.py --site DIR [--index] [--queries FILE ...] [--json-out FILE]

DIR is a site built by `guichet build` (for a comparison with the browser check, the real Content/ built as
scripts/browser-tests builds it: `guichet build --as-of 2026-11-28 --output DIR --base-url ...`). Pagefind is a
yardstick here, never a dependency of Guichet. Either index DIR first:

    python3 -m pip install pagefind-bin        # PyPI; Pagefind 1.5.2 was used for the figures in BENCHMARKS.md
    python3 -m pagefind_bin --site DIR         # writes DIR/pagefind/

or pass --index, which indexes a temporary copy of DIR (DIR itself is left as guichet built it) with
`python3 -m pagefind_bin` (--pagefind CMD runs another command).

--queries defaults to the three golden sets of Tests/browser/ (search-queries.tsv, search-queries-heldout.tsv,
search-queries-heldout-2.tsv); their format is described at the top of each file.

How it measures (the approach of Benchmarks/search-payload.py). DIR is served by a threaded http.server on a free
127.0.0.1 port and its home page opened in headless Chromium through Selenium; in the page,
`const pf = await import('/pagefind/pagefind.js'); await pf.init()` once, then for each query
`const r = await pf.search(q)` and the `data()` of its first 10 results, whose `url` is kept (a trailing
`index.html` dropped, so that the paths compare with the sets' `/category/article/`). Pagefind runs with its
defaults (it reads the language, fr, from the pages' `<html lang>`).

Figures, as checks.py's score_golden_set computes them for Guichet: for each query with an answer, the rank of
the first of its expected URLs among the 10 (none: not found); top 3 = share of those queries found at rank 1 to 3,
also counted by kind; MRR = mean of 1/rank over them (0 when not found in the 10). For each query without an
answer: whether Pagefind returns no result at all (the equivalent of « Aucun résultat »), else its first result.
Every query ranked below 3 or not found is listed as a miss.

Needs: Python 3, selenium 4, /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver;
--chromium and --chromedriver choose others). Exits 2 on a usage error, 1 when the browser side fails.
"""

import argparse
import http.server
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path

EXIT_USAGE, EXIT_FAILURE = 2, 1
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [ROOT / "Tests" / "browser" / name for name in
                ("search-queries.tsv", "search-queries-heldout.tsv", "search-queries-heldout-2.tsv")]
TOP = 10  # results read per query, as many as Guichet's search box shows


class BenchError(Exception):
    def __init__(self, message, code=EXIT_FAILURE):
        super().__init__(message)
        self.code = code


def golden_queries(path):
    """(kind, query, expected paths) from a queries file, as Tests/browser/checks.py reads it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise BenchError(f"{path}:{number}: expected 3 tab-separated fields, found {len(fields)}", EXIT_USAGE)
        kind, query, expected = fields
        rows.append((kind, query, expected.split()))
    return rows


def start_server(root):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, format, *args):  # quiet
            pass

    Handler.extensions_map = dict(Handler.extensions_map)
    Handler.extensions_map.update({".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
                                   ".json": "application/json"})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="site-server", daemon=True).start()
    return server


def start_browser(chromium, chromedriver):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise BenchError("selenium is not installed (python3 -m pip install selenium)", EXIT_USAGE)
    for path, what in ((chromium, "chromium"), (chromedriver, "chromedriver")):
        if not os.path.exists(path):
            raise BenchError(f"{what} not found at {path} (apt-get install chromium chromium-driver)", EXIT_USAGE)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=fr-FR",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--window-size=1280,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver


# One query: Pagefind's module is imported and initialised once and kept on window.
SEARCH_JS = r"""
const q = arguments[0], top = arguments[1], done = arguments[arguments.length - 1];
(async () => {
  if (!window.__goldenPagefind) {
    window.__goldenPagefind = (async () => {
      const pf = await import('/pagefind/pagefind.js');
      if (pf.init) await pf.init();
      return pf;
    })();
  }
  const pf = await window.__goldenPagefind;
  const r = await pf.search(q);
  const results = r && r.results ? r.results : [];
  const data = await Promise.all(results.slice(0, top).map(x => x.data()));
  done({ ok: true, count: results.length, urls: data.map(d => d.url) });
})().catch(e => done({ ok: false, error: String((e && e.stack) || e) }));
"""


def page_path(url):
    """Pagefind's result URL as a site path: /a/b/index.html → /a/b/."""
    path = urllib.parse.urlsplit(url).path or "/"
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return path


def score(driver, path):
    """Prints one set's figures in the form checks.py prints Guichet's; returns them as a dict."""
    by_kind, misses, reciprocal, no_answer, rows = {}, [], [], [], []
    for kind, query, expected in golden_queries(path):
        out = driver.execute_async_script(SEARCH_JS, query, TOP)
        if not out or not out.get("ok"):
            raise BenchError(f"Pagefind's search for « {query} » failed in the page: {(out or {}).get('error')}")
        urls = [page_path(u) for u in out["urls"]]
        rows.append({"kind": kind, "query": query, "expected": expected, "count": out["count"], "urls": urls})
        if not expected:
            no_answer.append((query, urls[:1]))
            continue
        rank = next((i + 1 for i, u in enumerate(urls) if u in expected), None)
        reciprocal.append(1 / rank if rank else 0)
        stats = by_kind.setdefault(kind, [0, 0])
        stats[0] += 1
        stats[1] += 1 if rank and rank <= 3 else 0
        if not rank or rank > 3:
            misses.append(f"[{kind}] « {query} »: rank {rank}, first {urls[:3]}, expected {expected}")
    total = sum(n for n, _ in by_kind.values())
    top3 = sum(k for _, k in by_kind.values()) / total if total else 0
    mrr = sum(reciprocal) / len(reciprocal) if reciprocal else 0
    empty = sum(1 for _, urls in no_answer if not urls)
    print(f"  {path.name}")
    print(f"  {total} answerable queries: top 3 {top3:.3f} ({sum(k for _, k in by_kind.values())} of {total}), "
          f"MRR {mrr:.3f}")
    for kind, (n, k) in sorted(by_kind.items()):
        print(f"    {kind:<9} {k}/{n} in the top 3")
    print(f"  {len(no_answer)} queries with no answer: {empty} return no result; the others show "
          + "; ".join(f"« {q} » → {urls[0]}" for q, urls in no_answer if urls))
    for m in misses:
        print(f"  miss {m}")
    return {"set": path.name, "answerable": total, "top3": top3, "mrr": mrr,
            "by_kind": {k: {"queries": n, "top3": t} for k, (n, t) in sorted(by_kind.items())},
            "no_answer": len(no_answer), "no_answer_empty": empty, "misses": misses, "queries": rows}


def pagefind_version(command):
    try:
        out = subprocess.run(command + ["--version"], capture_output=True, text=True, timeout=60)
    except OSError as e:
        raise BenchError(f"could not run {shlex.join(command)}: {e}", EXIT_USAGE)
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="the built site's folder")
    parser.add_argument("--index", action="store_true", help="index a temporary copy of --site with Pagefind first")
    parser.add_argument("--pagefind", default=f"{shlex.quote(sys.executable)} -m pagefind_bin",
                        help="how to run Pagefind for --index (default: python3 -m pagefind_bin)")
    parser.add_argument("--queries", action="append", type=Path, metavar="FILE",
                        help="a golden queries file (repeatable; default: the three sets of Tests/browser/)")
    parser.add_argument("--json-out", metavar="FILE", help="also write every query's results and the figures as JSON")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    args = parser.parse_args()

    site = os.path.realpath(args.site)
    if not os.path.isfile(os.path.join(site, "index.html")):
        raise BenchError(f"{site} has no index.html: not a built site (guichet build --output {args.site})", EXIT_USAGE)
    sets = args.queries or DEFAULT_SETS
    for path in sets:
        if not path.is_file():
            raise BenchError(f"queries file not found: {path}", EXIT_USAGE)

    scratch = None
    try:
        if args.index:
            command = shlex.split(args.pagefind)
            scratch = tempfile.mkdtemp(prefix="search-quality-pagefind-")
            copy = os.path.join(scratch, "site")
            shutil.copytree(site, copy)
            if os.path.isdir(os.path.join(copy, "pagefind")):
                shutil.rmtree(os.path.join(copy, "pagefind"))
            out = subprocess.run(command + ["--site", copy], capture_output=True, text=True)
            if out.returncode != 0:
                raise BenchError(f"{shlex.join(command)} --site {copy} exited {out.returncode}:\n{out.stdout}{out.stderr}")
            indexed = [line.strip() for line in out.stdout.splitlines() if line.strip().startswith("Indexed")]
            print(f"{pagefind_version(command)}: {'; '.join(indexed)}")
            site = copy
        elif not os.path.isfile(os.path.join(site, "pagefind", "pagefind.js")):
            raise BenchError(f"{os.path.join(site, 'pagefind', 'pagefind.js')} is missing: index the site first "
                             f"(python3 -m pagefind_bin --site {args.site}) or pass --index", EXIT_USAGE)

        server = start_server(site)
        driver = None
        try:
            driver = start_browser(args.chromium, args.chromedriver)
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/")
            reports = [score(driver, path) for path in sets]
        finally:
            if driver is not None:
                driver.quit()
            server.shutdown()
            server.server_close()
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)

    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"engine": "pagefind", "top": TOP, "sets": reports}, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    try:
        main()
    except BenchError as e:
        print(f"search-quality-pagefind: error: {e}", file=sys.stderr)
        sys.exit(e.code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:  # the browser or its driver failing in a way not foreseen above
        msg = getattr(e, "msg", None) or str(e)
        print(f"search-quality-pagefind: error: {type(e).__name__}: "
              f"{msg.strip().splitlines()[0] if msg.strip() else ''}", file=sys.stderr)
        sys.exit(EXIT_FAILURE)
