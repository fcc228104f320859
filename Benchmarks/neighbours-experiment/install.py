import json, sys, os, shutil, collections
src, nb, dst = sys.argv[1], sys.argv[2], sys.argv[3]
weight=float(sys.argv[4]); absent=sys.argv[5]=='1'; k=int(sys.argv[6]) if len(sys.argv)>6 else 9
if os.path.exists(dst): shutil.rmtree(dst)
shutil.copytree(src, dst)
d=json.load(open(nb))
by=collections.defaultdict(dict)
thr=float(sys.argv[7])
for t,l in d.items():
    l=[x for x in l if x[1]>=thr][:k]
    if l: by[t[:2]][t]=l
m=json.load(open(os.path.join(dst,'recherche/index.json')))
m['neighbours']=[]
for p in sorted(by):
    f=f'termes/v-{p}.json'
    json.dump(by[p], open(os.path.join(dst,'recherche',f),'w'), ensure_ascii=False, separators=(',',':'))
    m['neighbours'].append([p,f])
m['neighbourWeight']=weight; m['neighbourAbsent']=absent
json.dump(m, open(os.path.join(dst,'recherche/index.json'),'w'), ensure_ascii=False, separators=(',',':'))
