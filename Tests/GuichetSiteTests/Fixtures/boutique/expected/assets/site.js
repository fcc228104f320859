/* Guichet — amélioration progressive : avis sur l’article et recherche locale. Aucun appel externe. */
(function () {
  'use strict';
  var NB = '\u00a0';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /* (a) « Cet article vous a-t-il été utile ? » : Oui / Non, rien n’est envoyé. */
  function avis(box) {
    var action = box.querySelector('.avis-action');
    if (!action) return;
    var lien = action.querySelector('a');
    var boutons = el('div', 'avis-boutons');
    var merci = el('p', 'avis-merci');
    merci.setAttribute('role', 'status');
    merci.tabIndex = -1;
    ['Oui', 'Non'].forEach(function (choix) {
      var b = el('button', null, choix);
      b.type = 'button';
      b.addEventListener('click', function () {
        merci.textContent = 'Merci' + NB + '!';
        if (choix === 'Non' && lien) {
          var a = lien.cloneNode(false);
          a.textContent = 'Dites-nous ce qui vous a manqué';
          merci.append(' ', a);
        }
        boutons.hidden = true;
        merci.focus();
      });
      boutons.append(b);
    });
    action.replaceWith(boutons, merci);
  }

  /* (b) Recherche : même normalisation que le générateur (index version 1). */
  function normaliser(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  }
  function raciner(t) {
    var n = t.length;
    if (n > 4 && t.slice(-3) === 'aux') t = t.slice(0, -3) + 'al';
    else if (n > 3 && (t[n - 1] === 's' || t[n - 1] === 'x')) t = t.slice(0, -1);
    if (t.length > 4 && t[t.length - 1] === 'e') t = t.slice(0, -1);
    return t;
  }
  function racines(q) {
    return normaliser(q).split(/[^a-z0-9]+/).filter(function (t) { return t.length >= 2; }).map(raciner);
  }
  var own = Object.prototype.hasOwnProperty;

  function chercher(ix, q) {
    var rs = racines(q), total = null;
    if (!rs.length) return null;
    rs.forEach(function (s, i) {
      var score = Object.create(null), vus = Object.create(null);
      function ajouter(terme) {
        if (vus[terme] || !own.call(ix.terms, terme)) return;
        vus[terme] = 1;
        ix.terms[terme].forEach(function (p) { score[p[0]] = (score[p[0]] || 0) + p[1]; });
      }
      ajouter(s);
      if (i === rs.length - 1 && s.length >= 3) {
        for (var t in ix.terms) if (t.lastIndexOf(s, 0) === 0) ajouter(t);
      }
      if (total === null) { total = score; return; }
      for (var d in total) {
        if (d in score) total[d] += score[d]; else delete total[d];
      }
    });
    return Object.keys(total).filter(function (d) { return ix.docs[d]; }).map(function (d) {
      return { doc: ix.docs[d], score: total[d] };
    }).sort(function (a, b) {
      return b.score - a.score || String(a.doc.title).localeCompare(String(b.doc.title), 'fr');
    }).slice(0, 10);
  }

  var index = {};
  function charger(url) {
    if (!index[url]) {
      index[url] = fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (ix) {
        if (!ix || ix.version !== 1 || !ix.docs || !ix.terms) throw new Error('index');
        return ix;
      });
      index[url].catch(function () { delete index[url]; });
    }
    return index[url];
  }

  function recherche(form) {
    var input = form.querySelector('input[type="search"]');
    var zone = form.querySelector('.recherche-resultats');
    var url = form.getAttribute('data-index');
    if (!input || !zone || !url) return;
    var statut = zone.querySelector('.recherche-statut') || zone.appendChild(el('p', 'recherche-statut'));
    var liste = el('ul', 'recherche-liste');
    liste.hidden = true;
    zone.appendChild(liste);
    var minuteur, tour = 0;

    function vider() {
      statut.textContent = '';
      liste.textContent = '';
      liste.hidden = true;
    }
    function afficher(q, res) {
      liste.textContent = '';
      if (!res.length) {
        liste.hidden = true;
        statut.textContent = 'Aucun résultat pour «' + NB + q + NB + '»';
        return;
      }
      res.forEach(function (r) {
        var li = el('li'), a = el('a', null, r.doc.title);
        a.href = r.doc.url;
        li.appendChild(a);
        if (r.doc.category) li.appendChild(el('span', 'recherche-rubrique', r.doc.category));
        if (r.doc.description) li.appendChild(el('p', null, r.doc.description));
        liste.appendChild(li);
      });
      liste.hidden = false;
      statut.textContent = res.length + (res.length > 1 ? ' résultats' : ' résultat');
    }
    function lancer(puis) {
      var q = input.value.trim(), n = ++tour;
      if (!racines(q).length) { vider(); return; }
      charger(url).then(function (ix) {
        if (n !== tour) return;
        afficher(q, chercher(ix, q));
        if (puis) puis();
      }, function () {
        if (n !== tour) return;
        vider();
        statut.textContent = 'La recherche est momentanément indisponible. Parcourez les rubriques ou contactez-nous.';
      });
    }
    function premier() {
      var a = liste.querySelector('a');
      if (a && !liste.hidden) a.focus();
    }

    input.addEventListener('focus', function () { charger(url).catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(minuteur);
      minuteur = setTimeout(lancer, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); premier(); }
    });
    form.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.preventDefault();
        clearTimeout(minuteur);
        tour++;
        input.value = '';
        vider();
        input.focus();
      }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(minuteur);
      lancer(premier);
    });
    return { input: input, lancer: lancer };
  }

  /* Données calculées à la construction par le module de règles : le script ne fait que les lire. */
  function donnees(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
  }

  /* L’heure de référence : maintenant, ou ?horloge=2026-06-05T16:59:59%2B02:00 pour les tests. */
  function maintenant() {
    var h = new URLSearchParams(location.search).get('horloge');
    var t = h ? Date.parse(h) : NaN;
    return isNaN(t) ? Date.now() : t;
  }

  function ouvertMaintenant(p) {
    donnees(p.getAttribute('data-horaires')).then(function (d) {
      var t = maintenant();
      for (var i = 0; i < d.intervals.length; i++) {
        var iv = d.intervals[i];
        if (t < iv[0]) { p.textContent = 'Fermé en ce moment' + NB + ': rouvre ' + iv[2] + '.'; break; }
        if (t < iv[1]) { p.textContent = 'Ouvert maintenant, jusqu’à ' + iv[3] + '.'; p.classList.add('ouvert'); break; }
      }
      if (p.textContent) p.hidden = false;
    }).catch(function () {});
  }

  function calculateur(section) {
    var form = section.querySelector('form');
    var input = section.querySelector('input');
    var sortie = section.querySelector('.calculateur-reponse');
    section.hidden = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      donnees(section.getAttribute('data-donnees')).then(function (d) {
        var v = input.value;
        if (!v) { sortie.textContent = 'Indiquez une date.'; return; }
        if (v < d.from || v > d.until) {
          sortie.textContent = 'Ce calculateur répond pour les dates du ' + d.from.split('-').reverse().join('/') +
            ' au ' + d.until.split('-').reverse().join('/') + '.';
          return;
        }
        sortie.textContent = d.answers[v] || 'Pas de réponse pour cette date.';
      }, function () {
        sortie.textContent = 'Le calcul n’a pas pu être chargé. Réessayez plus tard.';
      });
    });
  }

  function demarrer() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-avis]'), avis);
    Array.prototype.forEach.call(document.querySelectorAll('[data-horaires]'), ouvertMaintenant);
    Array.prototype.forEach.call(document.querySelectorAll('.calculateur[data-donnees]'), calculateur);
    var formulaires = Array.prototype.map.call(document.querySelectorAll('form.recherche[data-index]'), recherche);
    /* Formulaire envoyé avant le chargement du script : ?q= dans l’adresse. */
    var q = new URLSearchParams(location.search).get('q');
    var f = formulaires.filter(Boolean)[0];
    if (q && f) { f.input.value = q; f.lancer(); }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', demarrer);
  else demarrer();
})();
