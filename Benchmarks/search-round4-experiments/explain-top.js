// explain-top.js SITE INSTRUMENTED_SITE_JS FILE.tsv…: for each query, the words the search lost and, for its first
// document, the share of the query's rarity it matches (any weight, then weighted), its score, and each word as
// term:rarity/weight. INSTRUMENTED_SITE_JS is site.js with site.js.instrument.patch applied; RAW=1 shows the
// ranking the « Aucun résultat » rules would have emptied.
'use strict';
const fs = require('fs'), path = require('path');
const site = process.argv[2]; const js = process.argv[3]; const sets = process.argv.slice(4);
global.fetch = (url) => { const file = path.join(site, url.replace(/^https?:\/\/[^/]+/, ''));
  return Promise.resolve(fs.existsSync(file) ? { ok: true, json: () => Promise.resolve(JSON.parse(fs.readFileSync(file, 'utf8'))) } : { ok: false, status: 404 }); };
global.document = { readyState: 'complete', querySelectorAll: () => [] };
global.location = { search: '', href: 'http://localhost/', pathname: '/' }; global.window = global;
global.RAW = !!process.env.RAW;
const source = fs.readFileSync(js, 'utf8').replace(/\}\)\(\);\s*$/, 'global.__ouvrir = ouvrir; global.__chercher = chercher; })();');
eval(source);
(async () => {
  const ix = await global.__ouvrir('/recherche/index.json');
  for (const file of sets) for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!l.trim() || l.startsWith('#')) continue;
    const [kind, q, exp] = l.split('\t'); const ans = !!(exp || '').trim();
    const r = await global.__chercher(ix, q); if (!r) { console.log([ans?'A':'N', 'null', q].join('\t')); continue; }
    const d0 = r.docs[0]; let tot = 0, cov = 0, sal = 0, parts=[];
    for (const w of r.DET) { if (!w.compte) continue; const rar = Math.log(1 + r.n / Math.max(1, w.combien)); const v = d0 === undefined ? 0 : (w.meilleur[d0] || 0);
      tot += rar; if (v > 0) cov += rar; sal += rar * v; parts.push(`${w.mot}:${rar.toFixed(1)}/${v.toFixed(2)}`); }
    const lost = r.DET.filter(w => w.compte && !w.combien).map(w => w.mot); console.log([ans?"A":"N", lost.join(","), (cov/tot).toFixed(2), (sal/tot).toFixed(2), (r.scores[0]||0).toFixed(2), r.VIDE1||r.VIDE2 ? 'E':'-', path.basename(file).replace('search-queries','').replace('.tsv',''), q, parts.join(' ')].join('\t'));
  }
})();
