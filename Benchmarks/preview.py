#!/usr/bin/env python3
"""The preview at scale: what `guichet serve` costs while idle, and how long after a save the edited page
is there to reload (issue 16, item 3).

    Benchmarks/preview.py --guichet .build-bench/release/guichet --site DIR [--runs 7] [--poll]

DIR holds Content/ and guichet.yml (Benchmarks/generate.py makes one). The script starts `guichet serve
--port 0` on it and waits for the first build, then:
  - idle: the server's CPU time (user + system, from /proc) over 10 s with nothing changing;
  - save to reload: it listens on the preview's event stream as an open page does, appends a sentence to
    one article, and measures from the write to (a) the `reload` event and (b) the edited page served
    with the new sentence (what the browser shows after reloading). Medians of --runs saves, each after the
    previous rebuild settled. The article is restored at the end.
Prints one Markdown table row per measure.
"""
import argparse
import http.client
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.request
from pathlib import Path


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--guichet", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--themes", default=str(Path(__file__).resolve().parent.parent / "Themes"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--poll", action="store_true")
    parser.add_argument("--timings", action="store_true", help="also print the median of each build step over the saves")
    args = parser.parse_args()
    site = Path(args.site)
    command = [args.guichet, "serve", "--port", "0", "--content", str(site / "Content"), "--config",
               str(site / "guichet.yml"), "--themes", args.themes, "--as-of", "2026-11-28"] + (["--poll"] if args.poll else []) \
        + (["--timings"] if args.timings else [])
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1)
    lines, ready = [], threading.Event()
    address = {}

    def read_output():
        for line in server.stdout:
            lines.append((time.monotonic(), line.rstrip()))
            found = re.search(r"at (http://[^ ]+)", line)
            if found:
                address["url"] = found.group(1)
            if re.match(r"(re)?built in", line):
                ready.set()

    threading.Thread(target=read_output, daemon=True).start()
    article = sorted(p for p in (site / "Content").rglob("*.md") if p.name != "_index.md")[0]
    original = article.read_bytes()
    try:
        if not ready.wait(600):
            raise SystemExit("the first build did not finish")
        url = address["url"]
        host, port = re.match(r"http://([^:/]+):(\d+)/", url).groups()
        page = url + article.parent.name + "/" + article.stem + "/"
        time.sleep(2)
        before = cpu_seconds(server.pid)
        time.sleep(args.idle)
        idle = (cpu_seconds(server.pid) - before) / args.idle

        events = []
        connection = http.client.HTTPConnection(host, int(port))
        connection.request("GET", "/__guichet/events")
        stream = connection.getresponse()

        def listen():
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.startswith(b"event: reload"):
                    events.append(time.monotonic())

        threading.Thread(target=listen, daemon=True).start()
        time.sleep(0.5)
        to_event, to_page = [], []
        for run in range(args.runs):
            sentence = f"Relu pour la mesure numéro {run} du {time.time_ns()}."
            count = len(events)
            started = time.monotonic()
            article.write_bytes(original + f"\n{sentence}\n".encode())
            while len(events) == count and time.monotonic() - started < 60:
                time.sleep(0.001)
            if len(events) == count:
                raise SystemExit("no reload event within 60 s")
            to_event.append(events[count] - started)
            while True:
                body = urllib.request.urlopen(page).read().decode()
                if sentence in body:
                    break
                if time.monotonic() - started > 60:
                    raise SystemExit("the page never showed the edit")
            to_page.append(time.monotonic() - started)
            time.sleep(1.5)
        watcher = "polling (--poll)" if args.poll else "inotify"
        ms = lambda values: f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
        files = sum(1 for _ in (site / "Content").rglob("*.md"))
        print(f"| {files} files, {watcher} | idle CPU {idle * 100:.2f} % of one core | save → reload event {ms(to_event)} "
              f"| save → edited page served {ms(to_page)} |")
        if args.timings:
            # The step lines `guichet serve --timings` prints after each « rebuilt in » line, from the saves.
            steps, current = {}, None
            for _, line in lines:
                if line.startswith("rebuilt in"):
                    current = True
                elif current and (step := re.match(r"\s*([\d.]+) ms  (.+)", line)):
                    steps.setdefault(step.group(2), []).append(float(step.group(1)))
            for name, values in steps.items():
                print(f"| {name} | {statistics.median(values):.1f} ms |")
    finally:
        article.write_bytes(original)
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
