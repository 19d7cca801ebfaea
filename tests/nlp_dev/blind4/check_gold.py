import json, glob, collections, os
bad = 0
stats = collections.Counter(); etypes = collections.Counter(); rtypes = collections.Counter()
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev3*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    t = d["text"]; did = d["id"]
    assert did == p.split("/")[-1][:-5], p
    assert set(d) == {"id","source_url","title","text","entities","relations"}, d.keys()
    names = {}
    for e in d["entities"]:
        etypes[e["type"]] += 1
        if e["name"] in names: print(did, "dup entity", e["name"]); bad += 1
        names[e["name"]] = e
        if e["name"] not in t: print(did, "entity not in text", e["name"]); bad += 1
        assert e["type"] in {"Zone","Enterprise","University","ResearchInstitute","Association","Government","Industry"}
    for e in d["entities"]:
        a = e.get("alias_of")
        if a and (a not in names or names[a].get("alias_of")): print(did, "bad alias", e); bad += 1
        if a and names.get(a, {}).get("type") != e["type"]: print(did, "alias type mismatch", e); bad += 1
    seen = set()
    for r in d["relations"]:
        rtypes[r["type"]] += 1
        assert r["type"] in {"MEMBER_OF","PARTNERS_WITH","LOCATED_IN","FOCUSES_ON","IN_INDUSTRY","INVESTS_IN","CHAIN_LEADER"}, r
        if r["evidence"] not in t: print(did, "evidence not verbatim", r); bad += 1
        h, tl = r["head"], r["tail"]
        if h not in names: print(did, "head not entity", r); bad += 1
        elif names[h].get("alias_of"): print(did, "head is alias", r); bad += 1
        if r["type"] == "INVESTS_IN":
            if tl not in t: print(did, "project not in text", r); bad += 1
            if tl in names and names[tl]["type"] != "Zone": print(did, "invest tail entity non-zone", r); bad += 1
            if "amount" in r and r["amount"] not in r["evidence"]: print(did, "amount not in evidence", r); bad += 1
        else:
            if tl not in names: print(did, "tail not entity", r); bad += 1
            elif names[tl].get("alias_of"): print(did, "tail is alias", r); bad += 1
            if "amount" in r: print(did, "amount on non-invest", r); bad += 1
        if r["type"] in ("FOCUSES_ON","IN_INDUSTRY","CHAIN_LEADER") and names.get(tl,{}).get("type") != "Industry": print(did,"tail not industry",r); bad+=1
        if r["type"] == "FOCUSES_ON" and names.get(h,{}).get("type") != "Zone": print(did,"focus head not zone",r); bad+=1
        if r["type"] == "MEMBER_OF" and names.get(tl,{}).get("type") != "Association": print(did,"member tail",r); bad+=1
        key = (h, r["type"], tl) if r["type"] != "PARTNERS_WITH" else (frozenset((h, tl)), r["type"])
        if key in seen: print(did, "dup relation", r); bad += 1
        seen.add(key)
    for n, e in names.items():
        if e["type"] == "Industry" and any(n.endswith(s) for s in ("产业","产业链","产业集群")): print(did, "industry suffix", n); bad += 1
    stats["docs"] += 1; stats["chars"] += len(t); stats["ents"] += len(d["entities"]); stats["rels"] += len(d["relations"])
    stats["amounts"] += sum(1 for r in d["relations"] if "amount" in r)
    print(did, len(t), "chars", len(d["entities"]), "ents", len(d["relations"]), "rels")
    if not (200 <= len(t) <= 500): print(did, "LENGTH out of range", len(t))
print(stats); print(etypes); print(rtypes); print("problems:", bad)
