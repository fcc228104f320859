/* Guichet — amélioration progressive : avis sur l’article, recherche locale, horaires et calculateurs. Aucun appel externe. */
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

  /* (b) Recherche (index version 2) : un manifeste, puis seulement les tranches de termes et les pages
     de documents dont la requête a besoin. Mêmes étapes que le générateur (SearchNormaliser). */
  function normaliser(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ł/g, 'l');
  }
  function raciner(t) {
    var n = t.length;
    if (n > 4 && t.slice(-3) === 'aux' && t[n - 4] !== 'e') t = t.slice(0, -3) + 'al';
    else if (n > 3 && (t[n - 1] === 's' || t[n - 1] === 'x')) t = t.slice(0, -1);
    for (var k = 0; k < 2 && t.length > 4 && t[t.length - 1] === 'e'; k++) t = t.slice(0, -1);
    if (t.length > 5 && (t.slice(-2) === 'er' || t.slice(-2) === 'ez')) t = t.slice(0, -2);
    return t;
  }
  function jetons(q) {
    return normaliser(q).split(/[^a-z0-9]+/).filter(function (t) { return t.length >= 2; });
  }
  var own = Object.prototype.hasOwnProperty;

  /* Distance d’édition (avec transposition), abandonnée au-delà de max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var avant = null, prec = [], cour = [];
    for (var j = 0; j <= b.length; j++) prec[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cour = [i];
      var mini = i;
      for (j = 1; j <= b.length; j++) {
        var c = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prec[j] + 1, cour[j - 1] + 1, prec[j - 1] + c);
        if (avant && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, avant[j - 2] + 1);
        cour[j] = v;
        if (v < mini) mini = v;
      }
      if (mini > max) return max + 1;
      avant = prec; prec = cour;
    }
    return prec[b.length];
  }

  /* La clé phonétique d’un terme : ce qu’il donne à l’oreille, pour qu’une faute d’orthographe qui se
     prononce pareil soit reconnue même au-delà d’une lettre (« telefone » → « téléphone », « rembourcement »,
     « confirmasion », « suivit ») : ph → f, qu et c dur → k, c doux et ç → s, g doux → j, -tion → -sion,
     eau et au → o, ai et ei → e, y → i, z → s, h muet retiré, lettres doublées simples, t ou d final muet. */
  var PHONETIQUE = [[/ph/g, 'f'], [/qu?/g, 'k'], [/c(?=[eiy])/g, 's'], [/c(?!h)/g, 'k'], [/g(?=[eiy])/g, 'j'],
    [/tion/g, 'sion'], [/eau|au/g, 'o'], [/[ae]i/g, 'e'], [/y/g, 'i'], [/z/g, 's'], [/([^cs])h/g, '$1'], [/^h/, ''],
    [/(.)\1+/g, '$1'], [/(.)[td]$/, '$1']];
  function phonetique(t) {
    for (var i = 0; i < PHONETIQUE.length; i++) t = t.replace(PHONETIQUE[i][0], PHONETIQUE[i][1]);
    return t;
  }

  function Index(url) {
    this.base = url.slice(0, url.lastIndexOf('/') + 1);
    this.fichiers = Object.create(null);
    this.termes = Object.create(null);
    this.listes = Object.create(null);
    var self = this;
    this.pret = this.json(url.slice(this.base.length)).then(function (m) {
      if (!m || m.version !== 2 || !m.shards || !m.fragments) throw new Error('index');
      self.m = m;
      self.stop = Object.create(null);
      m.stop.forEach(function (t) { self.stop[t] = 1; });
      function groupes(liste) {
        var par = Object.create(null);
        (liste || []).forEach(function (g) {
          g.forEach(function (t) {
            (par[t] = par[t] || []).push.apply(par[t], g.filter(function (u) { return u !== t; }));
          });
        });
        return par;
      }
      self.syn = groupes(m.synonyms);
      self.formes = groupes(m.forms);
      return self;
    });
  }
  Index.prototype.json = function (nom) {
    var f = this.fichiers;
    if (!f[nom]) {
      f[nom] = fetch(this.base + nom, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
      f[nom].catch(function () { delete f[nom]; });
    }
    return f[nom];
  };
  /* Les tranches dont les termes peuvent tomber dans [bas, haut[ : chacune va de son premier terme au premier de la suivante. */
  Index.prototype.charger = function (bas, haut) {
    var s = this.m.shards, self = this, attentes = [];
    for (var i = 0; i < s.length; i++) {
      if (s[i][0] < haut && (i + 1 === s.length || s[i + 1][0] > bas)) {
        attentes.push(this.json(s[i][1]).then(function (t) {
          for (var terme in t.t) if (!own.call(self.termes, terme)) self.termes[terme] = t.t[terme];
        }));
      }
    }
    return Promise.all(attentes);
  };
  /* Document → poids, les écarts décodés une fois. */
  Index.prototype.liste = function (terme) {
    var l = this.listes[terme];
    if (!l) {
      var p = this.termes[terme], d = 0;
      l = this.listes[terme] = [];
      for (var i = 0; i < p.length; i += 2) { d += p[i]; l.push(d, p[i + 1]); }
    }
    return l;
  };

  /* Ce qu’un mot tapé peut trouver, et à quel prix : lui-même, ses synonymes, les mots qu’il commence
     (« rembour » en cours de frappe ; « rembours », de « rembourser », trouve « remboursement »), les mots
     qui le commencent (« recevoir » trouve « recev », de « recevez »), puis une faute de frappe (deux pour un
     mot long) parmi les termes qui commencent comme lui. Un mot court déjà suivi d’un autre est complet :
     « deux » ne cherche pas « deuxième ». Les termes examinés ne dépendent que du mot et de `debut`, jamais de
     ce que d’autres recherches ont chargé. */
  /* Les mots que le lexique met à la place d’un mot tapé, et leur prix : les autres formes de son lemme
     (« reçu », « reçoit » pour « recevoir »), ses synonymes (ceux du site et du lexique) et ceux de ses
     formes, toujours en dessous du mot lui-même. Pas les formes des synonymes : « livraison » irait jusqu’à
     « reçu » par « recevoir », et chaque pas de plus éloigne du sens. */
  function equivalents(ix, mot) {
    var res = Object.create(null);
    function mettre(t, q) { if (t !== mot && !(res[t] >= q)) res[t] = q; }
    var formes = [mot].concat(ix.formes[mot] || []);
    formes.forEach(function (f, i) {
      if (i) mettre(f, 0.9);
      (ix.syn[f] || []).forEach(function (s) { mettre(s, i ? 0.75 : 0.8); });
    });
    return res;
  }
  function candidats(ix, mot, enCours, debut) {
    var res = Object.create(null), max = mot.length >= 8 ? 2 : mot.length >= 4 ? 1 : 0, cle = null;
    if (own.call(ix.termes, mot)) res[mot] = 1;
    /* Un équivalent compte après la saturation du poids (SATURE) : un synonyme dans un titre reste
       en dessous du mot lui-même dans un titre (0,53 contre 0,67 pour un titre court), et ne compte qu’environ
       deux fois le mot lui-même dans le texte (0,33 pour trois mentions). */
    var eq = equivalents(ix, mot);
    for (var e in eq) if (own.call(ix.termes, e) && !(res[e] >= eq[e])) res[e] = -eq[e];
    /* Un petit mot gardé pour ses synonymes (« quand », « pas ») n’est jamais corrigé ni complété en un mot
       du site : « pas » n’est pas « passe ». */
    if (mot.length >= 3 && !ix.stop[mot]) {
      for (var t in ix.termes) {
        if (t === mot || t.lastIndexOf(debut, 0) !== 0 || t[t.length - 1] === '^') continue;
        var q = 0;
        if (t.lastIndexOf(mot, 0) === 0) { if (enCours || mot.length >= 5) q = 0.7; }
        else if (t.length >= 5 && mot.lastIndexOf(t, 0) === 0) q = 0.6;
        else if (max) {
          var d = distance(mot, t, max);
          if (d <= max) q = d === 1 ? 0.6 : 0.4;
          /* Au-delà, un mot qui se prononce comme le terme compte comme une faute. */
          else if (t.length >= 4 && phonetique(t) === (cle || (cle = phonetique(mot)))) q = 0.6;
        }
        if (q > Math.abs(res[t] || 0)) res[t] = q;
      }
    }
    return res;
  }
  /* Les candidats d’un mot, en élargissant : les termes de ses trois premières lettres ; s’il n’y trouve
     rien, ceux de ses deux premières (« anuler » → « annul »), puis de sa première (« satut » → « statut ») :
     une faute sur la deuxième ou la troisième lettre se corrige aussi, et seul un mot inconnu coûte ces
     tranches de plus. */
  function elargir(ix, mot, enCours) {
    var n = mot.length >= 3 ? 3 : mot.length;
    function essai() {
      var c = candidats(ix, mot, enCours, mot.slice(0, n));
      for (var t in c) return c;
      if (mot.length < 4 || n === 1) return c;
      n--;
      return ix.charger(mot.slice(0, n), mot.slice(0, n) + '\uffff').then(essai);
    }
    return Promise.resolve(essai());
  }

  /* Ce que demande la tournure d’une question, quels que soient ses mots : la marche à suivre, un délai, un
     droit, un moyen de joindre quelqu’un. Les articles qui y répondent portent un terme d’intention, lu à la
     construction dans leurs étapes et les règles qu’ils citent (SearchIntent) ; il départage les articles
     que les mots de la requête ont trouvés, sans en ajouter. */
  var INTENTIONS = [
    ['_comment', /\b(comment|etapes?|procedure|marche a suivre|que faire|quoi faire)\b/],
    ['_delai', /\b(combien de (temps|jours|semaines)|quand|delais?|duree|jusqu a quand|a partir de quand|avant quelle date)\b/],
    ['_droit', /\b((je|on) (peux|peut|puis|a le droit)|puis je|peut on|ai je le droit|ai je droit|a t on le droit|suis je oblige|possible de|autorise|exclus?|exceptions?)\b/],
    ['_contact', /\b(joindre|appeler|telephoner|horaires?|ouvert|parler a)\b/]
  ];
  function intentions(q) {
    var texte = ' ' + normaliser(q).replace(/[^a-z0-9]+/g, ' ') + ' ';
    return INTENTIONS.filter(function (i) { return i[1].test(texte); }).map(function (i) { return i[0]; });
  }

  /* La moitié du chemin à 6 : un mot du texte (1 à 3) compte pour 0,14 à 0,33, d’un titre (10 et plus) pour 0,63 et
     plus. À 4, une page qui mentionne chaque mot en passant passait trop souvent devant celle dont le titre le porte. */
  function sature(poids) { return poids / (poids + 6); }

  /* Les expressions d’un client dont les mots disent ensemble ce qu’aucun ne dit seul (« rupture de stock »,
     « faire machine arrière ») : cherchées pour leur sens (« indisponible », « annuler »), leurs mots hors
     petits mots, dans l’ordre. La place du premier prend les termes du sens, les autres s’en vont ; une
     expression ne chevauche jamais une autre déjà remplacée (SearchVocabulary.rewritingIdioms). */
  function idiomes(ix, termes) {
    var places = termes.map(function (t) { return [t]; });
    var pos = [];
    termes.forEach(function (t, i) { if (!ix.stop[t]) pos.push(i); });
    (ix.m.idioms || []).forEach(function (id) {
      var mots = id[0];
      for (var i = 0; i + mots.length <= pos.length; i++) {
        var ok = mots.every(function (w, k) { var p = places[pos[i + k]]; return p.length === 1 && p[0] === w; });
        if (!ok) continue;
        places[pos[i]] = id[1];
        for (var k = 1; k < mots.length; k++) places[pos[i + k]] = [];
        pos.splice(i, mots.length);
        return;
      }
    });
    return [].concat.apply([], places);
  }

  function chercher(ix, q) {
    var mots = [], racines = idiomes(ix, jetons(q).map(raciner));
    racines.forEach(function (m) {
      if ((!ix.stop[m] || ix.syn[m]) && mots.indexOf(m) < 0) mots.push(m);
    });
    if (!mots.length) return Promise.resolve(null);
    var plages = [];
    mots.forEach(function (m) {
      if (m.length >= 3) plages.push([m.slice(0, 3), m.slice(0, 3) + '\uffff']); else plages.push([m, m + '\u0000']);
      for (var e in equivalents(ix, m)) plages.push([e, e + '\u0000']);
    });
    var voulu = intentions(q);
    voulu.forEach(function (i) { plages.push([i, i + '\u0000']); });
    /* Les locutions de la requête (« mot de passe », « point relais ») : ses mots hors petits mots, dans
       l’ordre, qui forment une locution du lexique. L’index en porte le terme « _mot_pass » pour les pages
       qui l’écrivent. */
    var suite = racines.filter(function (m) { return !ix.stop[m]; }), locutions = [];
    (ix.m.phrases || []).forEach(function (p) {
      for (var i = 0; i + p.length <= suite.length; i++) {
        if (p.every(function (w, k) { return suite[i + k] === w; })) {
          locutions.push({ t: '_' + p.join('_'), mots: p });
          plages.push(['_' + p.join('_'), '_' + p.join('_') + '\u0000']);
          return;
        }
      }
    });
    var dernier = /[a-z0-9]$/.test(normaliser(q)) ? mots[mots.length - 1] : null;
    return Promise.all(plages.map(function (p) { return ix.charger(p[0], p[1]); })).then(function () {
      return Promise.all(mots.map(function (mot) { return elargir(ix, mot, mot === dernier); }));
    }).then(function (parMot) {
      /* Les pages dont le titre commence par un mot de la requête (« annul^ » : « Annuler une commande… »),
         tel que tapé, une de ses formes, une faute ou un début : pas un synonyme. Le terme suit celui du mot
         dans l’ordre des termes : sa tranche est presque toujours déjà là. */
      var tetes = [];
      parMot.forEach(function (c) {
        for (var t in c) if ((c[t] >= 0.6 || c[t] <= -0.9) && tetes.indexOf(t + '^') < 0) tetes.push(t + '^');
      });
      return Promise.all(tetes.map(function (t) { return ix.charger(t, t + '\u0000'); })).then(function () {
        return [parMot, tetes];
      });
    }).then(function (suite2) {
      var parMot = suite2[0], tetes = suite2[1];
      /* Chaque mot compte selon sa rareté (un mot présent partout ne départage rien) et selon la place du
         terme dans la page, saturée (un titre compte plus qu’un mot du texte, sans que la longueur l’emporte) ;
         le total est pondéré par la part de rareté des mots trouvés : un document auquel manque un mot rare
         recule, un mot présent nulle part (« DVD ») ne pénalise personne. */
      var n = ix.m.count, docs = Object.create(null), trouves = Object.create(null), perdus = [], masse = 0;
      var comptes = mots.filter(function (m) { return !ix.stop[m] && !(m === dernier && m.length < 3); });
      mots.forEach(function (mot, k) {
        var c = parMot[k], meilleur = Object.create(null), combien = 0;
        for (var t in c) {
          trouves[t] = 1;
          var l = ix.liste(t);
          for (var i = 0; i < l.length; i += 2) {
            /* Un prix négatif (SATURE, un équivalent) s’applique au poids saturé, un positif (une faute, un
               préfixe) au poids lui-même. */
            var v = c[t] < 0 ? -c[t] * sature(l[i + 1]) : sature(c[t] * l[i + 1]);
            if (!(l[i] in meilleur)) combien++;
            if (!(meilleur[l[i]] >= v)) meilleur[l[i]] = v;
          }
        }
        if (!combien) { perdus.push(mot); return; }
        var rarete = Math.log(1 + n / combien), compte = comptes.indexOf(mot) >= 0;
        masse += rarete;
        for (var d in meilleur) {
          var e = docs[d] || (docs[d] = { r: 0, s: 0, n: 0 });
          e.r += rarete;
          if (compte) e.n++;
          e.s += rarete * meilleur[d];
        }
      });
      for (var d in docs) docs[d].s *= docs[d].r / masse;
      /* La page d’une rubrique liste les articles d’un sujet sans en expliquer aucun : elle passe après
         l’article qui répond (« réclamation » : « Ouvrir une réclamation… »), sauf quand la requête est son
         nom (« livraison », « espace vendeurs »), chaque mot trouvé dans son titre. */
      voulu.forEach(function (i) {
        if (!own.call(ix.termes, i)) return;
        var l = ix.liste(i);
        for (var k = 0; k < l.length; k += 2) if (docs[l[k]]) docs[l[k]].s *= 1.15;
      });
      /* Une page dont le titre commence par un mot de la requête explique ce qu’elle demande : l’action
         (« Annuler une commande… », « Expédier… ») ou le sujet (« Délai de rétractation ») ; une fois par page. */
      var tete = Object.create(null);
      tetes.forEach(function (t) {
        if (!own.call(ix.termes, t)) return;
        var l = ix.liste(t);
        for (var k = 0; k < l.length; k += 2) tete[l[k]] = 1;
      });
      for (var d3 in tete) if (docs[d3]) docs[d3].s *= 1.15;
      /* Une page qui écrit la locution de la requête passe devant celles qui n’en ont que les mots épars,
         d’autant plus que la locution est une grande part de la requête. */
      var pleins = mots.filter(function (m) { return !ix.stop[m]; }).length;
      locutions.forEach(function (l) {
        if (!own.call(ix.termes, l.t)) return;
        var li = ix.liste(l.t), part = 0.5 * l.mots.length / Math.max(pleins, l.mots.length);
        for (var k = 0; k < li.length; k += 2) if (docs[li[k]]) docs[li[k]].s *= 1 + part * sature(li[k + 1]);
      });
      (ix.m.categories || []).forEach(function (cat) {
        var e = docs[cat.d];
        if (!e) return;
        var nom = mots.every(function (mot, k) {
          if (ix.stop[mot]) return true;
          for (var t in parMot[k]) if (Math.abs(parMot[k][t]) >= 0.6 && cat.t.indexOf(t) >= 0) return true;
          return false;
        });
        if (!nom) e.s *= 0.7;
      });
      /* Une requête dont la moitié des mots ne se trouve nulle part parle d’autre chose que ce centre d’aide
         (« carte cadeau » : « carte » seul ne répond pas) : aucun résultat, plutôt que des pages sans rapport.
         Ne comptent ni un petit mot gardé pour ses synonymes (« quand »), ni un dernier mot de moins de trois
         lettres encore en cours de frappe (« remboursement li »). Les mots d’une locution qu’aucune page n’écrit
         sont absents, même trouvés épars : « carte cadeau » n’est pas « carte » et « cadeau ». */
      var horsSite = [];
      locutions.forEach(function (l) { if (!own.call(ix.termes, l.t)) horsSite.push.apply(horsSite, l.mots); });
      var absents = comptes.filter(function (m) { return perdus.indexOf(m) >= 0 || horsSite.indexOf(m) >= 0; }).length;
      if (comptes.length > 1 && 2 * (comptes.length - absents) <= comptes.length) docs = Object.create(null);
      /* Des mots que le site a tous, mais jamais ensemble (« guide des tailles » : « guide » sur une page,
         « tailles » sur une autre) ne parlent pas d’un sujet du site : aucune page ne répond à la fois à deux
         d’entre eux. */
      var ensemble = 0;
      for (var d2 in docs) if (docs[d2].n > ensemble) ensemble = docs[d2].n;
      if (comptes.length > 1 && ensemble < 2) docs = Object.create(null);
      /* Une requête qui nomme un sujet dont aucune page ne traite (« code promo », « facture », « offre
         d’emploi » : ni titre, ni description, ni rubrique, ni intertitre n’en parle, SearchVocabulary.offTopic)
         demande ce que ce centre d’aide n’explique pas : les pages qui en disent un mot en passant n’y répondent
         pas. Aucun résultat, avec le bloc de contact. */
      var horsSujet = ix.m.offTopic || [];
      if (comptes.some(function (m) { return horsSujet.indexOf(m) >= 0; })) docs = Object.create(null);
      var classes = Object.keys(docs).map(Number).sort(function (a, b) {
        return docs[b].s - docs[a].s || a - b;
      }).slice(0, 10);
      return { mots: mots, perdus: perdus, horsSite: horsSite, trouves: trouves, docs: classes, scores: classes.map(function (d) { return docs[d].s; }) };
    });
  }

  /* Les documents à montrer, lus dans leurs pages de l’index. */
  function documents(ix, numeros) {
    var par = ix.m.perFragment;
    return Promise.all(numeros.map(function (d) {
      return ix.json(ix.m.fragments[Math.floor(d / par)]).then(function (page) { return page[d % par]; });
    }));
  }

  /* La phrase qui contient le plus de mots trouvés : la description, ou une phrase du début de l’article. */
  function extrait(doc, trouves) {
    var phrases = [doc.d].concat((doc.x || '').split(/(?<=[.!?…])\s+/)), meilleure = doc.d, score = 0;
    phrases.forEach(function (p) {
      var vus = Object.create(null), n = 0;
      jetons(p).forEach(function (t) { t = raciner(t); if (trouves[t] && !vus[t]) { vus[t] = 1; n++; } });
      if (n > score) { score = n; meilleure = p; }
    });
    return meilleure;
  }
  function surligner(texte, trouves) {
    var p = document.createElement('p'), morceaux = texte.split(/([\p{L}\p{N}]+)/u);
    morceaux.forEach(function (m, i) {
      if (i % 2 === 1 && m.length >= 2 && trouves[raciner(jetons(m)[0] || '')]) p.appendChild(el('mark', null, m));
      else if (m) p.appendChild(document.createTextNode(m));
    });
    return p;
  }

  /* Le mot connu le plus proche de chaque mot perdu, pour « Vouliez-vous dire … ? », écrit comme un mot :
     l’index ne garde que des racines (« premi »), alors le mot est pris tel qu’il s’écrit dans le titre, la
     description ou le début d’une page qui le contient ; sans mot réel, pas de suggestion. Une faute de plus
     d’une lettre n’est proposée que pour un mot long : « promo » n’est pas « premier ». */
  function surface(ix, terme) {
    var l = own.call(ix.termes, terme) ? ix.liste(terme) : [], numeros = [];
    for (var i = 0; i < l.length && numeros.length < 4; i += 2) numeros.push(l[i]);
    return documents(ix, numeros).then(function (docs) {
      for (var k = 0; k < docs.length; k++) {
        var doc = docs[k], mots = doc ? [doc.t, doc.d, doc.x].join(' ').split(/[^\p{L}\p{N}]+/u) : [];
        for (var j = 0; j < mots.length; j++) {
          var t = jetons(mots[j]);
          if (t.length === 1 && raciner(t[0]) === terme) return mots[j].toLowerCase();
        }
      }
      return null;
    });
  }
  function suggestion(ix, q, perdus) {
    return Promise.all(perdus.map(function (m) { return ix.charger(m.slice(0, 2), m.slice(0, 2) + '\uffff'); })).then(function () {
      var proches = perdus.map(function (m) {
        var max = m.length >= 8 ? 2 : 1, mieux = null, dmin = max + 1;
        for (var t in ix.termes) {
          if (t === m || t.lastIndexOf(m.slice(0, 2), 0) !== 0 || ix.stop[t] || t[t.length - 1] === '^') continue;
          var d = distance(m, t, max);
          if (d < dmin || (d === dmin && mieux !== null && t < mieux)) { dmin = d; mieux = t; }
        }
        return mieux;
      });
      return Promise.all(proches.map(function (t) { return t ? surface(ix, t) : null; }));
    }).then(function (mots) {
      var remplace = Object.create(null), change = false;
      perdus.forEach(function (m, i) { if (mots[i]) { remplace[m] = mots[i]; change = true; } });
      if (!change) return null;
      return q.split(/([^\p{L}\p{N}]+)/u).map(function (m) {
        var r = raciner(jetons(m)[0] || '');
        return own.call(remplace, r) ? remplace[r] : m;
      }).join('').trim();
    });
  }

  var index = {};
  function ouvrir(url) {
    if (!index[url]) {
      index[url] = new Index(url).pret;
      index[url].catch(function () { delete index[url]; });
    }
    return index[url];
  }

  /* Une recherche complète : résultats classés, avec leur extrait (ou la suggestion s’il n’y en a aucun). */
  function rechercher(url, q) {
    return ouvrir(url).then(function (ix) {
      return chercher(ix, q).then(function (r) {
        if (!r) return null;
        return documents(ix, r.docs).then(function (docs) {
          var res = docs.map(function (doc, i) {
            return { url: doc.u, title: doc.t, category: doc.c, snippet: extrait(doc, r.trouves), doc: r.docs[i] };
          });
          if (res.length) return { q: q, resultats: res, trouves: r.trouves };
          /* Des mots que le site a tous, mais pas leur locution (« carte cadeau ») : rien à corriger. */
          return suggestion(ix, q, r.perdus.length ? r.perdus : r.horsSite.length ? [] : r.mots).then(function (s) {
            return { q: q, resultats: [], trouves: r.trouves, suggestion: s };
          });
        });
      });
    });
  }

  function recherche(form) {
    var input = form.querySelector('input[type="search"]');
    var zone = form.querySelector('.recherche-resultats');
    var url = form.getAttribute('data-index');
    if (!input || !zone || !url) return;
    var statut = zone.querySelector('.recherche-statut') || zone.appendChild(el('p', 'recherche-statut'));
    var aide = zone.querySelector('.recherche-aide');
    var liste = el('ul', 'recherche-liste');
    liste.hidden = true;
    zone.insertBefore(liste, aide || null);
    var minuteur, tour = 0;
    var ici = new URL(form.getAttribute('action') || '/', location.href).pathname === location.pathname;

    function vider() {
      statut.textContent = '';
      liste.textContent = '';
      liste.hidden = true;
      if (aide) aide.hidden = true;
    }
    function afficher(r) {
      liste.textContent = '';
      if (aide) aide.hidden = true;
      if (!r.resultats.length) {
        liste.hidden = true;
        statut.textContent = 'Aucun résultat pour «' + NB + r.q + NB + '».';
        if (r.suggestion) {
          var b = el('button', 'recherche-suggestion', r.suggestion);
          b.type = 'button';
          b.addEventListener('click', function () { input.value = r.suggestion; lancer(premier); });
          statut.append(' Vouliez-vous dire ', b, NB + '?');
        }
        if (aide) aide.hidden = false;
        return;
      }
      r.resultats.forEach(function (res) {
        var li = el('li'), a = el('a', null, res.title);
        a.href = res.url;
        li.appendChild(a);
        if (res.category) li.appendChild(el('span', 'recherche-rubrique', res.category));
        if (res.snippet) li.appendChild(surligner(res.snippet, r.trouves));
        liste.appendChild(li);
      });
      liste.hidden = false;
      statut.textContent = r.resultats.length + (r.resultats.length > 1 ? ' résultats' : ' résultat');
    }
    function lancer(puis) {
      var q = input.value.trim(), n = ++tour;
      if (ici && history.replaceState) {
        history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
      }
      if (!jetons(q).length) { vider(); return; }
      rechercher(url, q).then(function (r) {
        if (n !== tour) return;
        if (!r) { vider(); return; }
        afficher(r);
        if (puis) puis();
      }, function () {
        if (n !== tour) return;
        vider();
        statut.textContent = 'La recherche est momentanément indisponible. Parcourez les rubriques ou contactez-nous.';
      });
    }
    function liens() { return liste.hidden ? [] : Array.prototype.slice.call(liste.querySelectorAll('li > a')); }
    function premier() {
      var a = liens()[0];
      if (a) a.focus();
    }

    input.addEventListener('focus', function () { ouvrir(url).catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(minuteur);
      minuteur = setTimeout(lancer, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); premier(); }
    });
    liste.addEventListener('keydown', function (e) {
      var l = liens(), i = l.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && i + 1 < l.length) { e.preventDefault(); l[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? l[i - 1] : input).focus(); }
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
    return { input: input, lancer: lancer, url: url };
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
    /* Pour les tests et les mesures : la recherche de la page, sans l’interface. */
    if (f) window.guichet = { search: function (requete) { return rechercher(f.url, requete); } };
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', demarrer);
  else demarrer();
})();
