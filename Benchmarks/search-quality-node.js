#!/usr/bin/env node
// The site's own search (Themes/default/assets/site.js, its `rechercher`), run in Node on a built site's
// files, to score golden query sets in a second rather than a browser's minute while the search is tuned.
// Tests/browser/checks.py (headless Chromium) stays the check that counts; this prints the same figures.
//
//   node Benchmarks/search-quality-node.js SITE_FOLDER [--js path/to/site.js] [--verbose] FILE.tsv…
//
// SITE_FOLDER is a `guichet build` output; the script of the theme given by --js (default: the repository's
// Themes/default/assets/site.js) is the one run, so a change to site.js needs no new build of the site.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const site = args.shift();
let js = path.join(__dirname, '..', 'Themes', 'default', 'assets', 'site.js');
let verbose = false;
const sets = [];
while (args.length) {
  const a = args.shift();
  if (a === '--js') js = args.shift();
  else if (a === '--verbose') verbose = true;
  else sets.push(a);
}

// The browser's fetch, on the site's folder.
global.fetch = (url) => {
  const file = path.join(site, url.replace(/^https?:\/\/[^/]+/, ''));
  return Promise.resolve(fs.existsSync(file)
    ? { ok: true, json: () => Promise.resolve(JSON.parse(fs.readFileSync(file, 'utf8'))) }
    : { ok: false, status: 404 });
};
global.document = { readyState: 'complete', querySelectorAll: () => [] };
global.location = { search: '', href: 'http://localhost/', pathname: '/' };
global.window = global;
// The script keeps its search to itself: expose `rechercher` to this harness only.
const source = fs.readFileSync(js, 'utf8').replace(/\}\)\(\);\s*$/, 'global.__rechercher = rechercher; global.__ouvrir = ouvrir; global.__chercher = chercher; })();');
eval(source);
const rechercher = global.__rechercher;

function queries(file) {
  return fs.readFileSync(file, 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => { const [kind, q, expected] = l.split('\t'); return { kind, q, expected: (expected || '').split(' ').filter(Boolean) }; });
}

(async () => {
  const manifest = '/recherche/index.json';
  if (process.env.EXPLAIN) {
    // EXPLAIN='a query' prints the words, the candidate terms and the ranked documents with their score.
    const ix = await global.__ouvrir(manifest);
    const r = await global.__chercher(ix, process.env.EXPLAIN);
    console.log(JSON.stringify({ mots: r.mots, perdus: r.perdus, trouves: Object.keys(r.trouves) }));
    const docs = await Promise.all(r.docs.map((d) => ix.json(ix.m.fragments[Math.floor(d / ix.m.perFragment)]).then((p) => p[d % ix.m.perFragment])));
    docs.forEach((d, i) => console.log(r.scores ? r.scores[i].toFixed(4) : '', d.u));
    return;
  }
  for (const file of sets) {
    const byKind = {}, misses = [], rr = [], noAnswer = [];
    for (const { kind, q, expected } of queries(file)) {
      const r = await rechercher(manifest, q);
      const urls = r ? r.resultats.map((x) => x.url.replace(/^https?:\/\/[^/]+/, '')) : [];
      if (!expected.length) { noAnswer.push({ q, urls, suggestion: r && r.suggestion }); continue; }
      const i = urls.findIndex((u) => expected.includes(u));
      const rank = i < 0 ? null : i + 1;
      rr.push(rank ? 1 / rank : 0);
      const s = byKind[kind] || (byKind[kind] = [0, 0]);
      s[0]++;
      if (rank && rank <= 3) s[1]++;
      if (!rank || rank > 3 || verbose && rank > 1) misses.push(`[${kind}] « ${q} »: rank ${rank}, first ${urls.slice(0, 3).join(' ')}, expected ${expected.join(' ')}`);
    }
    const total = rr.length, top3 = Object.values(byKind).reduce((a, [, k]) => a + k, 0) / total;
    const mrr = rr.reduce((a, b) => a + b, 0) / total;
    console.log(`${path.basename(file)}: ${total} answerable, top 3 ${top3.toFixed(3)}, MRR ${mrr.toFixed(3)}`);
    for (const k of Object.keys(byKind).sort()) console.log(`    ${k.padEnd(9)} ${byKind[k][1]}/${byKind[k][0]}`);
    const empty = noAnswer.filter((n) => !n.urls.length).length;
    console.log(`  ${noAnswer.length} no-answer queries: ${empty} say « Aucun résultat »`);
    for (const n of noAnswer) {
      if (n.urls.length) console.log(`  shows « ${n.q} » → ${n.urls[0]}`);
      else if (verbose) console.log(`  empty « ${n.q} », suggestion ${n.suggestion}`);
    }
    for (const m of misses) console.log(`  miss ${m}`);
  }
})();
