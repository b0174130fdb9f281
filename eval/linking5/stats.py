#!/usr/bin/env python3
"""linking5 corpus statistics and scoring (standard library only).

    python3 eval/linking5/stats.py --posts posts.jsonl --truth truth.jsonl [--selectors sel.jsonl] [--pred pred.jsonl]

Prints corpus statistics; with --selectors also oracle baselines; with --pred the pairwise and
B-cubed precision / recall / F1 of the prediction (a post missing from the prediction is a
singleton; prediction lines for unknown ids are ignored).
"""
import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def score(ids, truth, pred):
    """ids: list; truth/pred: dict id -> label (pred may miss ids -> singleton)."""
    n = len(ids)
    cont = Counter()
    tsize = Counter()
    psize = Counter()
    for i in ids:
        t = truth[i]
        p = pred.get(i)
        if p is None:
            p = ("__single__", i)
        cont[(t, p)] += 1
        tsize[t] += 1
        psize[p] += 1

    def c2(x):
        return x * (x - 1) // 2

    tp = sum(c2(v) for v in cont.values())
    pp = sum(c2(v) for v in psize.values())
    tt = sum(c2(v) for v in tsize.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / tt if tt else 1.0
    b_p = sum(v * v / psize[p] for (t, p), v in cont.items()) / n if n else 1.0
    b_r = sum(v * v / tsize[t] for (t, p), v in cont.items()) / n if n else 1.0

    def f(a, b):
        return 2 * a * b / (a + b) if a + b else 0.0

    return {"pairwise": (pw_p, pw_r, f(pw_p, pw_r)), "bcubed": (b_p, b_r, f(b_p, b_r)),
            "clusters": len(psize), "true_networks": len(tsize)}


def union_find_labels(ids, keys_of):
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    for i in ids:
        for k in keys_of(i):
            j = first.get(k)
            if j is None:
                first[k] = i
            else:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
    return {i: find(i) for i in ids}


def fmt_score(name, s):
    p = s["pairwise"]
    b = s["bcubed"]
    return "  %-44s pairwise P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f | clusters %d" % (
        name, p[0], p[1], p[2], b[0], b[1], b[2], s["clusters"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--pred")
    a = ap.parse_args(argv)

    posts = {p["id"]: p for p in load_jsonl(a.posts)}
    truth = {}
    for t in load_jsonl(a.truth):
        truth[t["id"]] = t["network"]
    ids = [i for i in posts]
    missing = [i for i in ids if i not in truth]
    if missing:
        sys.exit("truth misses %d posts" % len(missing))
    n = len(ids)
    out = []
    w = out.append
    w("linking5 corpus: %d posts, %d networks" % (n, len(set(truth[i] for i in ids))))

    cls_posts = Counter(truth[i].split("-")[0] for i in ids)
    nets = defaultdict(list)
    for i in ids:
        nets[truth[i]].append(i)
    cls_nets = Counter(k.split("-")[0] for k in nets)
    w("\nposts per class:")
    for c in ("rec", "agy", "ind", "cpy", "dep", "emp", "sel"):
        sizes = [len(v) for k, v in nets.items() if k.startswith(c + "-")]
        if not sizes:
            continue
        w("  %-4s %6d posts (%5.1f%%) %5d networks, size median %s max %d" % (
            c, cls_posts[c], 100 * cls_posts[c] / n, cls_nets[c], statistics.median(sizes), max(sizes)))
    bins = [(1, 1), (2, 5), (6, 20), (21, 100), (101, 500), (501, 10 ** 9)]
    sizes = [len(v) for v in nets.values()]
    w("\nnetwork size distribution (networks / posts):")
    for lo, hi in bins:
        sel = [s for s in sizes if lo <= s <= hi]
        lab = "%d" % lo if lo == hi else ("%d-%d" % (lo, hi) if hi < 10 ** 9 else ">%d" % (lo - 1))
        w("  %-8s %6d networks %7d posts" % (lab, len(sel), sum(sel)))
    site_c = Counter(p.get("site") for p in posts.values())
    w("\nposts per site: " + ", ".join("%s %d" % (k, v) for k, v in sorted(site_c.items())))
    w("posts with region: %.1f%%, with image_hashes: %.1f%%, with author: %.1f%% (guest %.1f%%)" % (
        100 * sum(1 for p in posts.values() if "region" in p) / n,
        100 * sum(1 for p in posts.values() if p.get("image_hashes")) / n,
        100 * sum(1 for p in posts.values() if p.get("author")) / n,
        100 * sum(1 for p in posts.values() if p.get("author") == "guest") / n))

    if not a.selectors:
        print("\n".join(out))
        if a.pred:
            pred = {x["id"]: x["network"] for x in load_jsonl(a.pred) if x.get("id") in truth}
            print("\nprediction:")
            print(fmt_score(a.pred, score(ids, truth, pred)))
        return

    sels = {s["id"]: s for s in load_jsonl(a.selectors)}

    def hubset(s):
        return set(s.get("hub", []))

    def keys(s, with_hubs):
        hs = hubset(s)
        ks = []
        for ph in s["phones"]:
            if with_hubs or "phone:" + ph not in hs:
                ks.append("phone:" + ph)
        for e in s["emails"]:
            if with_hubs or "email:" + e not in hs:
                ks.append("email:" + e)
        for h in s["handles"]:
            if with_hubs or "handle:" + h not in hs:
                ks.append("handle:" + h)
        for u in s["urls"]:
            if with_hubs or "url:" + u not in hs:
                ks.append("url:" + u)
        for pmt in s["payments"]:
            ks.append("payment:" + pmt)
        return ks

    w("\nshare of posts with each selector kind (own contacts, hubs excluded / any incl. hubs):")
    kinds = [("phone", lambda s, h: [x for x in s["phones"] if h or "phone:" + x not in hubset(s)]),
             ("email", lambda s, h: [x for x in s["emails"] if h or "email:" + x not in hubset(s)]),
             ("telegram", lambda s, h: [x for x in s["handles"] if x.startswith("telegram:") and (h or "handle:" + x not in hubset(s))]),
             ("line", lambda s, h: [x for x in s["handles"] if x.startswith("line:") and (h or "handle:" + x not in hubset(s))]),
             ("wechat", lambda s, h: [x for x in s["handles"] if x.startswith("wechat:") and (h or "handle:" + x not in hubset(s))]),
             ("kakao", lambda s, h: [x for x in s["handles"] if x.startswith("kakao:") and (h or "handle:" + x not in hubset(s))]),
             ("url", lambda s, h: [x for x in s["urls"] if h or "url:" + x not in hubset(s)]),
             ("payment", lambda s, h: s["payments"])]
    for name, fn in kinds:
        own = sum(1 for i in ids if fn(sels[i], False))
        anyc = sum(1 for i in ids if fn(sels[i], True))
        w("  %-9s %5.1f%% / %5.1f%%" % (name, 100 * own / n, 100 * anyc / n))
    none_own = sum(1 for i in ids if not keys(sels[i], False))
    w("  %-9s %5.1f%%" % ("no own contact", 100 * none_own / n))
    for c in ("rec", "agy", "ind", "cpy", "dep", "emp", "sel"):
        cid = [i for i in ids if truth[i].startswith(c + "-")]
        if cid:
            w("    %-4s no own contact %5.1f%%" % (c, 100 * sum(1 for i in cid if not keys(sels[i], False)) / len(cid)))

    hub_nets = defaultdict(set)
    hub_posts = Counter()
    for i in ids:
        for h in sels[i].get("hub", []):
            hub_nets[h].add(truth[i])
            hub_posts[h] += 1
    kinds_h = Counter(h.split(":")[0] if not h.startswith("handle:") else "handle" for h in hub_nets)
    w("\nhubs: %d distinct hub items (%s); posts carrying a hub %.1f%%" % (
        len(hub_nets), ", ".join("%s %d" % kv for kv in sorted(kinds_h.items())),
        100 * sum(1 for i in ids if sels[i].get("hub")) / n))
    nonimg = [h for h in hub_nets if not h.startswith("image:")]
    spans = sorted((len(hub_nets[h]) for h in nonimg), reverse=True)
    if spans:
        w("  networks per contact hub: max %d, median %s, hubs spanning >=5 networks: %d" % (
            spans[0], statistics.median(spans), sum(1 for x in spans if x >= 5)))
    top = sorted(nonimg, key=lambda h: (-len(hub_nets[h]), h))[:8]
    for h in top:
        w("    %-52s %5d networks %6d posts" % (h[:52], len(hub_nets[h]), hub_posts[h]))
    stock = defaultdict(set)
    for i in ids:
        for h in sels[i].get("hub", []):
            if h.startswith("image:"):
                stock[h].add(truth[i])
    w("  stock-photo hashes seen: %d, networks per stock hash: max %d" % (
        len(stock), max((len(v) for v in stock.values()), default=0)))

    # non-hub phones shared by different networks (recycled numbers) and images shared across networks
    ph_nets = defaultdict(set)
    for i in ids:
        s = sels[i]
        for ph in s["phones"]:
            if "phone:" + ph not in hubset(s):
                ph_nets[ph].add(truth[i])
    shared_ph = [ph for ph, v in ph_nets.items() if len(v) > 1]
    w("\nnon-hub phones shared by >1 network (recycled numbers): %d" % len(shared_ph))
    img_nets = defaultdict(set)
    for i in ids:
        hs = hubset(sels[i])
        for h in posts[i].get("image_hashes", []):
            if "image:" + h not in hs:
                img_nets[h].add(truth[i])
    shared_img = [h for h, v in img_nets.items() if len(v) > 1]
    pairs = set()
    for h in shared_img:
        v = sorted(img_nets[h])
        for x in v[1:]:
            pairs.add((v[0], x))
    w("non-stock image hashes (exact) shared by >1 network: %d, network pairs linked by them: %d" % (
        len(shared_img), len(pairs)))

    # oracle baselines
    w("\nbaselines (union of posts sharing the key; oracle-normalised selectors from the sidecar):")
    w(fmt_score("all singletons", score(ids, truth, {})))
    base = [
        ("exact phone, hubs included", lambda i: ["p:" + x for x in sels[i]["phones"]]),
        ("exact phone, hubs removed (oracle)", lambda i: ["p:" + x for x in sels[i]["phones"]
                                                          if "phone:" + x not in hubset(sels[i])]),
        ("any selector incl. hubs", lambda i: keys(sels[i], True)),
        ("any selector, hubs removed (oracle)", lambda i: keys(sels[i], False)),
        ("hub-free selectors + exact non-stock image", lambda i: keys(sels[i], False) + [
            "img:" + h for h in posts[i].get("image_hashes", []) if "image:" + h not in hubset(sels[i])]),
    ]
    for name, fn in base:
        w(fmt_score(name, score(ids, truth, union_find_labels(ids, fn))))
    w(fmt_score("truth (sanity)", score(ids, truth, dict(truth))))
    print("\n".join(out))
    if a.pred:
        pred = {x["id"]: x["network"] for x in load_jsonl(a.pred) if x.get("id") in truth}
        print("\nprediction (%d of %d posts labelled):" % (len(pred), n))
        print(fmt_score(a.pred, score(ids, truth, pred)))


if __name__ == "__main__":
    main()
