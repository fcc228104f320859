#!/usr/bin/env python3
"""How many (gzipped) bytes a browser downloads to search a built static site: Guichet's search or Pagefind's.

    python3 Benchmarks/search-payload.py --site DIR --engine guichet|pagefind \\
        --queries "délai de rétractation" --queries remboursement ... [--json]

DIR is a site built by `guichet build`. For --engine pagefind it must have been indexed by Pagefind first
(Pagefind is only a yardstick here, never a dependency of Guichet):

    python3 -m pip install --user pagefind-bin      # PyPI; the binary is run as `python3 -m pagefind_bin`
    python3 -m pagefind_bin --site DIR              # writes DIR/pagefind/ (pagefind.js, wasm, index, fragments)

Index a copy of the output if the Guichet figures are to be measured on the same folder afterwards
(Benchmarks/search-payload.sh does that).

How it measures. DIR is served by a threaded http.server on 127.0.0.1 (a free port, no logging, every response
`Cache-Control: no-store`) and opened in headless Chromium through Selenium, with the HTTP cache disabled through
the DevTools protocol (Network.enable, Network.setCacheDisabled). Every query is measured twice, each time from a
fresh navigation to the home page `/`:

  first search   one search for the whole query, as if pasted: what a visitor's first search costs;
  typed          the query typed key by key: a search for q[:1], q[:2], ... q, each awaited before the next.

Guichet: the page script exposes `window.guichet.search(q)`, a Promise that resolves when the results shown (the
top 10 with their snippets) are ready; it is waited for (up to 10 s) after the load event. Counted: everything
loaded after the home page's load event (the search code may load lazily; the entries are not cleared, so what the
script fetches between the load event and the search counts too) plus the site's main script(s), the
`<script src>` under /assets/ read from the DOM, since the search code lives there. Anything else the page script
fetches after the load event counts as well: the JSON list shows each file.

Pagefind: in the page, `const pf = await import('/pagefind/pagefind.js'); await pf.init?.();
const r = await pf.search(q); await Promise.all(r.results.slice(0, 10).map(x => x.data()))` (for typing, the
import and init happen once, then pf.search and the ten data() calls for each prefix, undebounced). Counted:
everything loaded after the performance entries are cleared, just before the search (pagefind.js, its web worker,
the wasm, pagefind-entry.json, the meta file, index chunks, fragments).

Which files were loaded: the page's resource-timing entries (performance.getEntriesByType('resource')), together
with the requests the local server received in the same window. The server's log is needed because Pagefind 1.5
runs its search in a dedicated web worker, whose fetches (wasm, index chunks, fragments) do not appear in the
page's resource timings (nor do fetches answered 404). Requests for /favicon.ico, which the browser makes on its
own, are ignored. For typing, each keystroke is its own execute_async_script, and the server's log is split
between keystrokes there.

Bytes: each URL's path is mapped to the file under DIR (a folder to its index.html) and counted once per
measurement (deduplicated by path): raw bytes on disk, and gzipped bytes, `len(gzip.compress(data, 6))`, or the
raw size when gzip does not make the file smaller (Pagefind's index, fragment, meta and wasm files are stored
gzipped already: a server sends them as they are). kB are 1,000 bytes. For typing, "typed" is the union of the
files loaded over all the keystrokes and "last key" what the last keystroke added to it (files not loaded by an
earlier keystroke). In --json, "requests" is how many requests the server answered for the counted files
(a file fetched twice is counted twice there, once in the bytes), "missing" lists requested paths with no file,
and "results" is Pagefind's number of matches, or for Guichet the length of the list the Promise resolved to
(`resultats`: the results shown).

Output: a plain-text table, one row per query, and the median over the queries; --json prints the same figures,
each file listed, as JSON (--json-out FILE writes it to FILE as well as printing the table); --no-typed skips
the typing. Exits 2 on a usage error (site missing, Pagefind index missing), 1 when the browser side fails
(script error or timeout, window.guichet never appearing).

Needs: Python 3, selenium 4, /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and
chromium-driver; --chromium and --chromedriver choose others).
"""

import argparse
import gzip
import http.server
import json
import os
import socket
import statistics
import sys
import threading
import time
import urllib.parse

EXIT_USAGE = 2
EXIT_FAILURE = 1
IGNORED_PATHS = {"/favicon.ico"}


class BenchError(Exception):
    def __init__(self, message, code=EXIT_FAILURE):
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------------------------------------------------
# Local server: serves DIR, records every request path (no printing), forbids caching.
# ---------------------------------------------------------------------------------------------------------

class RequestLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = []  # (path, status)

    def add(self, path, status):
        with self.lock:
            self.entries.append((path, status))

    def mark(self):
        with self.lock:
            return len(self.entries)

    def since(self, mark, until=None):
        with self.lock:
            return list(self.entries[mark:until])


def make_handler(root, log):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_request(self, code="-", size="-"):
            try:
                status = int(code)
            except (TypeError, ValueError):
                status = 0
            path = urllib.parse.urlsplit(self.path).path
            log.add(path, status)

        def log_message(self, format, *args):  # quiet
            pass

    Handler.extensions_map = dict(Handler.extensions_map)
    Handler.extensions_map.update({".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
                                   ".json": "application/json"})
    return Handler


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(root):
    log = RequestLog()
    handler = make_handler(root, log)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    return server, log


# ---------------------------------------------------------------------------------------------------------
# Files and bytes
# ---------------------------------------------------------------------------------------------------------

class Sizes:
    """Raw and gzipped size of each file under the site, computed once."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.cache = {}

    def file_for(self, url_path):
        rel = urllib.parse.unquote(url_path).lstrip("/")
        full = os.path.realpath(os.path.join(self.root, rel))
        if full != self.root and not full.startswith(self.root + os.sep):
            return None
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        return full if os.path.isfile(full) else None

    def sizes(self, url_path):
        """(raw, gzip) for the file behind url_path, or None when there is no such file."""
        if url_path in self.cache:
            return self.cache[url_path]
        full = self.file_for(url_path)
        result = None
        if full:
            with open(full, "rb") as f:
                data = f.read()
            raw = len(data)
            result = (raw, min(raw, len(gzip.compress(data, 6))))
        self.cache[url_path] = result
        return result


def url_path(url, origin):
    parts = urllib.parse.urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != origin:
        return None  # another origin (there should be none): not a file of the site
    return parts.path or "/"


def summarise(paths, sizes):
    """Counts a set of URL paths: files found under the site and paths that were not."""
    files, missing = [], []
    for p in sorted(set(paths)):
        s = sizes.sizes(p)
        if s is None:
            missing.append(p)
        else:
            files.append({"path": p, "raw": s[0], "gzip": s[1]})
    return {
        "files": len(files),
        "raw": sum(f["raw"] for f in files),
        "gzip": sum(f["gzip"] for f in files),
        "list": files,
        "missing": missing,
    }


# ---------------------------------------------------------------------------------------------------------
# Browser
# ---------------------------------------------------------------------------------------------------------

def start_browser(chromium, chromedriver, timeout):
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
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--window-size=1280,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    # Room for every resource-timing entry (the default buffer holds 250).
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                           {"source": "try { performance.setResourceTimingBufferSize(1000000); } catch (e) {}"})
    driver.set_script_timeout(timeout)
    driver.set_page_load_timeout(timeout)
    return driver


RESOURCES_JS = r"""
return performance.getEntriesByType('resource').map(e => ({ url: e.name, start: e.startTime, end: e.responseEnd }));
"""

LOAD_JS = r"""
const nav = performance.getEntriesByType('navigation')[0];
const scripts = Array.from(document.querySelectorAll('script[src]'))
  .map(s => new URL(s.getAttribute('src'), location.href))
  .filter(u => u.origin === location.origin && u.pathname.startsWith('/assets/'))
  .map(u => u.href);
return { loadStart: nav ? nav.loadEventStart : 0, loadEnd: nav ? nav.loadEventEnd : 0,
         document: nav ? nav.name : location.href, scripts };
"""


class Bench:
    def __init__(self, args):
        self.args = args
        self.site = os.path.realpath(args.site)
        self.sizes = Sizes(self.site)
        self.server, self.log = start_server(self.site)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.driver = None

    def close(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:
                pass
        self.server.shutdown()
        self.server.server_close()

    def open_home(self):
        """A fresh navigation to / (load event included); returns the load timing and the page's main scripts."""
        from selenium.common.exceptions import TimeoutException, WebDriverException
        if self.driver is None:
            self.driver = start_browser(self.args.chromium, self.args.chromedriver, self.args.timeout)
        self.driver.get("about:blank")
        mark = self.log.mark()
        try:
            self.driver.get(self.origin + "/")
            # get() returns at the load event; wait for its handlers to have run too.
            deadline = time.monotonic() + self.args.timeout
            while True:
                info = self.driver.execute_script(LOAD_JS)
                if info["loadEnd"] > 0 or time.monotonic() > deadline:
                    break
                time.sleep(0.02)
        except TimeoutException:
            raise BenchError(f"the home page {self.origin}/ did not load within {self.args.timeout:g} s")
        except WebDriverException as e:
            raise BenchError(f"the browser failed to open {self.origin}/: {e.msg or e}")
        info["mark"] = mark
        info["load_mark"] = self.log.mark()
        return info

    def wait_for_guichet(self):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.driver.execute_script(
                    "return !!(window.guichet && typeof window.guichet.search === 'function');"):
                return
            time.sleep(0.05)
        raise BenchError("window.guichet.search did not appear within 10 s of the home page's load event: "
                         "this site's script has no Guichet search API (built with an older guichet?)")

    def measure(self, queries):
        """Runs the searches in turn (one execute_async_script each, so that the server's log can be split
        between them) from a fresh home page. Returns, for each search, its report: the URL paths it loaded."""
        info = self.open_home()
        guichet = self.args.engine == "guichet"
        page_paths = set()
        if guichet:
            self.wait_for_guichet()
            # Counted from the load event on, without clearing: anything the page script fetched lazily after
            # the load event counts (resource timings that start after it; the server's log from the moment
            # the load event was seen, less what the page load itself requested: the document, its style sheet
            # and script, and any fetch started before the load event).
            start_mark = info["load_mark"]
            page_entries = self.driver.execute_script(RESOURCES_JS)
            page_paths = {url_path(e["url"], self.origin) for e in page_entries if e["start"] < info["loadStart"]}
            page_paths |= {url_path(info["document"], self.origin), "/"}
        else:
            self.driver.execute_script("performance.clearResourceTimings();")
            start_mark = self.log.mark()
        steps, marks = [], [start_mark]
        for q in queries:
            steps.append(self.run_step(q))
            marks.append(self.log.mark())
        entries = self.driver.execute_script(RESOURCES_JS)
        if guichet:
            entries = [e for e in entries if e["start"] >= info["loadStart"]]
        reports = []
        for i, (q, step) in enumerate(zip(queries, steps)):
            lo = step["t0"] if i > 0 else float("-inf")
            hi = steps[i + 1]["t0"] if i + 1 < len(steps) else float("inf")
            paths = {url_path(e["url"], self.origin) for e in entries if lo <= e["start"] < hi}
            requests = [p for p, _ in self.log.since(marks[i], marks[i + 1])
                        if p not in IGNORED_PATHS and p not in page_paths]
            paths |= set(requests)
            paths -= IGNORED_PATHS | {None}
            reports.append({"query": q, "results": step["count"], "paths": paths, "requests": len(requests)})
        if guichet:
            # The search code lives in the site's main script: the first search pays for it.
            reports[0]["paths"] |= {url_path(u, self.origin) for u in info["scripts"]} - {None}
        return reports

    def first_search(self, query):
        step = self.measure([query])[0]
        out = summarise(step["paths"], self.sizes)
        out["results"] = step["results"]
        out["requests"] = step["requests"]
        return out

    def typed(self, query):
        """The query typed key by key from a fresh page: a search for q[:1], q[:2], ... q, each awaited."""
        queries = [query[:i] for i in range(1, len(query) + 1)]
        loaded, step_reports = set(), []
        for step in self.measure(queries):
            added = summarise(step["paths"] - loaded, self.sizes)
            step_reports.append({"query": step["query"], "results": step["results"], "requests": step["requests"],
                                 "files_added": added["files"], "gzip_added": added["gzip"],
                                 "added": [f["path"] for f in added["list"]]})
            loaded |= step["paths"]
        out = summarise(loaded, self.sizes)
        out["steps"] = step_reports
        out["last_keystroke_gzip"] = step_reports[-1]["gzip_added"]
        out["last_keystroke_files"] = step_reports[-1]["files_added"]
        return out

    def run_step(self, q):
        from selenium.common.exceptions import TimeoutException, JavascriptException
        js = STEP_JS
        try:
            result = self.driver.execute_async_script(js, self.args.engine, q)
        except TimeoutException:
            raise BenchError(f"the search for {q!r} ({self.args.engine}) did not finish within "
                             f"{self.args.timeout:g} s (--timeout)")
        except JavascriptException as e:
            raise BenchError(f"the search for {q!r} ({self.args.engine}) failed in the page: {e.msg}")
        if not result or not result.get("ok"):
            raise BenchError(f"the search for {q!r} ({self.args.engine}) failed in the page: "
                             f"{(result or {}).get('error')}")
        return result


# One keystroke: a search for one prefix; Pagefind's module is kept on window between calls.
STEP_JS = r"""
const engine = arguments[0], q = arguments[1], done = arguments[arguments.length - 1];
(async () => {
  const t0 = performance.now();
  let count = null;
  if (engine === 'pagefind') {
    if (!window.__benchPagefind) {
      window.__benchPagefind = (async () => {
        const pf = await import('/pagefind/pagefind.js');
        if (pf.init) await pf.init();
        return pf;
      })();
    }
    const pf = await window.__benchPagefind;
    const r = await pf.search(q);
    const top = r && r.results ? r.results.slice(0, 10) : [];
    await Promise.all(top.map(x => x.data()));
    count = r && r.results ? r.results.length : null;
  } else {
    const r = await window.guichet.search(q);
    if (Array.isArray(r)) count = r.length;
    else if (r && Array.isArray(r.resultats)) count = r.resultats.length;
    else if (r && Array.isArray(r.results)) count = r.results.length;
    else if (r && typeof r.count === 'number') count = r.count;
  }
  done({ ok: true, t0, t1: performance.now(), count });
})().catch(e => done({ ok: false, error: String((e && e.stack) || e) }));
"""


# ---------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------

def kb(n):
    return f"{n / 1000:.1f}"


def table(report):
    rows = [("query", "files", "raw kB", "gzip kB", "typed gzip kB", "last key kB")]
    for r in report["queries"]:
        f, t = r["first"], r["typed"]
        rows.append((r["query"], str(f["files"]), kb(f["raw"]), kb(f["gzip"]), kb(t["gzip"]),
                     kb(t["last_keystroke_gzip"])))
    m = report["median"]
    rows.append(("median", f"{m['files']:g}", kb(m["raw"]), kb(m["gzip"]), kb(m["typed_gzip"]),
                 kb(m["last_keystroke_gzip"])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [f"engine: {report['engine']}   site: {report['site']}   "
             f"(first search = one search for the whole query; typed = a search per keystroke; kB = 1000 bytes)"]
    for k, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
        if k == 0 or k == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    for r in report["queries"]:
        if r["first"]["missing"] or r["typed"]["missing"]:
            lines.append(f"note: {r['query']!r} requested paths with no file under the site: "
                         f"{sorted(set(r['first']['missing']) | set(r['typed']['missing']))}")
    return "\n".join(lines)


def median_of(values):
    return statistics.median(values) if values else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="the built site's folder")
    parser.add_argument("--engine", required=True, choices=("guichet", "pagefind"))
    parser.add_argument("--queries", action="append", required=True, metavar="QUERY",
                        help="a query (repeat the option for more)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--json-out", metavar="FILE", help="also write the JSON report to FILE")
    parser.add_argument("--no-typed", action="store_true", help="measure the first search only")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed for a page load or a search")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    args = parser.parse_args()

    site = args.site
    if not os.path.isdir(site):
        raise BenchError(f"site folder not found: {site}", EXIT_USAGE)
    if not os.path.isfile(os.path.join(site, "index.html")):
        raise BenchError(f"{site} has no index.html: not a built site (guichet build --output {site})", EXIT_USAGE)
    if args.engine == "pagefind" and not os.path.isfile(os.path.join(site, "pagefind", "pagefind.js")):
        raise BenchError(f"{os.path.join(site, 'pagefind', 'pagefind.js')} is missing: index the site with Pagefind "
                         f"first (python3 -m pip install --user pagefind-bin; python3 -m pagefind_bin --site {site})",
                         EXIT_USAGE)
    queries = [q for q in (q.strip() for q in args.queries) if q]
    if not queries:
        raise BenchError("no query given (--queries TEXT, repeatable)", EXIT_USAGE)

    bench = Bench(args)
    try:
        results = []
        for q in queries:
            first = bench.first_search(q)
            typed = bench.typed(q) if not args.no_typed else summarise([], bench.sizes) | {
                "steps": [], "last_keystroke_gzip": 0, "last_keystroke_files": 0}
            results.append({"query": q, "first": first, "typed": typed})
            if not args.json:
                print(f"  measured {q!r}: {first['files']} files, {kb(first['gzip'])} kB gzip "
                      f"({first['results']} results)", file=sys.stderr)
    finally:
        bench.close()

    report = {
        "engine": args.engine,
        "site": os.path.realpath(site),
        "kB": 1000,
        "queries": results,
        "median": {
            "files": median_of([r["first"]["files"] for r in results]),
            "raw": median_of([r["first"]["raw"] for r in results]),
            "gzip": median_of([r["first"]["gzip"] for r in results]),
            "typed_gzip": median_of([r["typed"]["gzip"] for r in results]),
            "last_keystroke_gzip": median_of([r["typed"]["last_keystroke_gzip"] for r in results]),
        },
    }
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(table(report))


if __name__ == "__main__":
    try:
        main()
    except BenchError as e:
        print(f"search-payload: error: {e}", file=sys.stderr)
        sys.exit(e.code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:  # the browser or its driver failing in a way not foreseen above
        name = type(e).__name__
        msg = getattr(e, "msg", None) or str(e)
        print(f"search-payload: error: {name}: {msg.strip().splitlines()[0] if msg.strip() else ''}", file=sys.stderr)
        sys.exit(EXIT_FAILURE)
