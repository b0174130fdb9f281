#!/usr/bin/env python3
"""linking8 statistics, oracles and scoring (SPEC.md §10). Python 3 standard library only.

    python3 eval/linking8/stats.py --truth truth.jsonl --selectors sel.jsonl [--posts posts.jsonl]
        [--pred pred.jsonl] [--oracle-out oracle.jsonl] [--json]

- corpus statistics (needs --selectors; --posts adds record-field figures)
- ORACLE: union-find over every `own` selector (phone, email, handle, url + owned domain,
  licence) and `own` photo of each post; PHONES-ONLY oracle: own phones only;
  ORACLE+AUTHOR: the oracle plus own accounts (`author` where `author_role` is own)
- --pred: scores a prediction file ({"id", "network"} per line; a missing post is a singleton)
Scores: pairwise and B-cubed precision / recall / F1, overall and per class.
"""
import argparse
import json
import sys
from collections import Counter, defaultdict


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ----------------------------------------------------------------------------------------------
# scoring

def c2(n):
    return n * (n - 1) // 2


def prf(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(truth, pred):
    """truth: list of {"id","network","class"}; pred: dict id -> network (missing = singleton)."""
    ids = [t["id"] for t in truth]
    tnet = {t["id"]: t["network"] for t in truth}
    cls = {t["id"]: t["class"] for t in truth}
    pnet = {i: ("pred", pred[i]) if i in pred else ("single", i) for i in ids}
    classes = sorted(set(cls.values()))
    cell = Counter((pnet[i], tnet[i]) for i in ids)
    psize = Counter(pnet[i] for i in ids)
    tsize = Counter(tnet[i] for i in ids)
    cell_c = defaultdict(Counter)
    p_c = defaultdict(Counter)
    t_c = defaultdict(Counter)
    for i in ids:
        c = cls[i]
        cell_c[c][(pnet[i], tnet[i])] += 1
        p_c[c][pnet[i]] += 1
        t_c[c][tnet[i]] += 1

    def pair_scores(tp, pp, tt):
        p = tp / pp if pp else 1.0
        r = tp / tt if tt else 1.0
        return {"precision": p, "recall": r, "f1": prf(p, r), "tp_pairs": tp, "pred_pairs": pp, "true_pairs": tt}

    out = {}
    tp = sum(c2(n) for n in cell.values())
    pp = sum(c2(n) for n in psize.values())
    tt = sum(c2(n) for n in tsize.values())
    bp = sum(cell[(pnet[i], tnet[i])] / psize[pnet[i]] for i in ids) / len(ids)
    br = sum(cell[(pnet[i], tnet[i])] / tsize[tnet[i]] for i in ids) / len(ids)
    out["all"] = {"posts": len(ids), "pairwise": pair_scores(tp, pp, tt),
                  "bcubed": {"precision": bp, "recall": br, "f1": prf(bp, br)}}
    for c in classes:
        mine = [i for i in ids if cls[i] == c]
        tpc = sum(c2(n) - c2(n - cell_c[c][k]) for k, n in cell.items() if cell_c[c][k])
        ppc = sum(c2(n) - c2(n - p_c[c][k]) for k, n in psize.items() if p_c[c][k])
        ttc = sum(c2(n) - c2(n - t_c[c][k]) for k, n in tsize.items() if t_c[c][k])
        bpc = sum(cell[(pnet[i], tnet[i])] / psize[pnet[i]] for i in mine) / len(mine)
        brc = sum(cell[(pnet[i], tnet[i])] / tsize[tnet[i]] for i in mine) / len(mine)
        out[c] = {"posts": len(mine), "pairwise": pair_scores(tpc, ppc, ttc),
                  "bcubed": {"precision": bpc, "recall": brc, "f1": prf(bpc, brc)}}
    return out


# ----------------------------------------------------------------------------------------------
# oracles

class UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def oracle_keys(side, phones_only=False, with_author=False):
    keys = []
    for s in side["selectors"]:
        if s["role"] != "own":
            continue
        if s["kind"] == "phone":
            keys.append(("phone", s["value"]))
        elif phones_only:
            continue
        elif s["kind"] == "url":
            keys.append(("url", s["value"]))
            if s.get("domain_role") == "own":
                keys.append(("domain", s["domain"]))
        else:
            keys.append((s["kind"], s["value"]))
    if not phones_only:
        for ph in side["photos"]:
            if ph["role"] == "own":
                keys.append(("photo", ph["photo"]))
        if with_author and side.get("author_role") == "own" and side.get("author"):
            keys.append(("author", side["site"], side["author"]))
    return keys


def oracle(sidecar, phones_only=False, with_author=False):
    uf = UF(len(sidecar))
    first = {}
    for i, side in enumerate(sidecar):
        for k in oracle_keys(side, phones_only, with_author):
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
    return {side["id"]: "O%06d" % uf.find(i) for i, side in enumerate(sidecar)}


# ----------------------------------------------------------------------------------------------
# corpus statistics

def pct(a, b):
    return round(100.0 * a / b, 2) if b else 0.0


def corpus_stats(truth, sidecar, posts=None):
    n = len(truth)
    st = {"posts": n}
    cls = Counter(t["class"] for t in truth)
    st["class_share_pct"] = {c: pct(cls[c], n) for c in sorted(cls)}
    nets = Counter(t["network"] for t in truth)
    sizes = sorted(nets.values())
    st["networks"] = len(nets)
    st["network_singletons"] = sum(1 for s in sizes if s == 1)
    st["network_size_max"] = sizes[-1]
    st["network_size_median"] = sizes[len(sizes) // 2]
    st["actors_per_class"] = {c: len({t["actor"] for t in truth if t["class"] == c}) for c in sorted(cls)}
    lovers = {t["actor"]: t["network"] for t in truth if t["class"] == "lover"}
    st["lovers_in_ring_pct"] = pct(sum(1 for a, nw in lovers.items() if nw.startswith("ring-")), len(lovers))
    st["board_posts"] = dict(sorted(Counter(s["board"] for s in sidecar).items()))
    st["language_posts"] = dict(sorted(Counter(s["language"] for s in sidecar).items()))
    st["style_posts"] = dict(sorted(Counter(s["style"] for s in sidecar).items()))
    ring = [s for s in sidecar if s["class"] == "ring"]
    st["ring_no_contact_pct"] = pct(sum(1 for s in ring if s["no_contact"]), len(ring))
    st["region_wrong_pct_of_posts"] = pct(sum(1 for s in sidecar if s["region_wrong"]), n)
    kinds = Counter((s["kind"], s["role"]) for side in sidecar for s in side["selectors"])
    st["selectors_by_kind_role"] = {f"{k}/{r}": v for (k, r), v in sorted(kinds.items())}
    forms = Counter(s.get("form") for side in sidecar for s in side["selectors"] if s["kind"] == "phone" and s["role"] == "own")
    tot = sum(forms.values())
    st["own_phone_forms_pct"] = {str(k): pct(v, tot) for k, v in sorted(forms.items(), key=lambda x: -x[1])}
    st["posts_with_own_phone_pct"] = pct(sum(1 for side in sidecar if any(
        s["kind"] == "phone" and s["role"] == "own" for s in side["selectors"])), n)
    st["posts_with_no_own_selector_pct"] = pct(sum(1 for side in sidecar if not any(
        s["role"] == "own" for s in side["selectors"])), n)
    st["posts_with_photos_pct"] = pct(sum(1 for side in sidecar if side["photos"]), n)
    ph = Counter(p["role"] for side in sidecar for p in side["photos"])
    st["photos_by_role"] = dict(sorted(ph.items()))
    rec = {s["value"] for side in sidecar for s in side["selectors"] if s.get("recycled")}
    st["recycled_numbers"] = len(rec)
    # hubs: each hub value and how many distinct networks it touches
    hub_nets = defaultdict(set)
    val_nets = defaultdict(set)
    for side in sidecar:
        for s in side["selectors"]:
            if s["role"] == "hub":
                hub_nets[(s["kind"], s["value"])].add(side["network"])
            elif s["role"] == "own":
                val_nets[(s["kind"], s["value"])].add(side["network"])
    hn = sorted(len(v) for v in hub_nets.values())
    st["hub_values"] = len(hn)
    st["hub_networks_min_median_max"] = [hn[0], hn[len(hn) // 2], hn[-1]] if hn else []
    st["own_values_shared_by_networks"] = sum(1 for v in val_nets.values() if len(v) > 1)
    tmpl = defaultdict(set)
    for side in sidecar:
        for t in side["templates"]:
            if t.startswith("stock-") or t.startswith("footer:") or t.startswith("ngo:"):
                tmpl[t].add(side["network"])
    st["stock_templates_networks"] = {t: len(v) for t, v in sorted(tmpl.items()) if t.startswith("stock-")}
    if posts:
        st["location_pct"] = pct(sum(1 for p in posts if p.get("location")), n)
        st["region_pct"] = pct(sum(1 for p in posts if p.get("region")), n)
        st["author_pct"] = pct(sum(1 for p in posts if p.get("author")), n)
    return st


def fmt_scores(name, sc, classes=True):
    lines = []
    a = sc["all"]
    lines.append(f"{name}: pairwise P={a['pairwise']['precision']:.4f} R={a['pairwise']['recall']:.4f} "
                 f"F1={a['pairwise']['f1']:.4f} | B-cubed P={a['bcubed']['precision']:.4f} "
                 f"R={a['bcubed']['recall']:.4f} F1={a['bcubed']['f1']:.4f}")
    if classes:
        for c in sorted(k for k in sc if k != "all"):
            x = sc[c]
            lines.append(f"    {c:9s} n={x['posts']:6d} pairwise F1={x['pairwise']['f1']:.4f} "
                         f"(P={x['pairwise']['precision']:.3f} R={x['pairwise']['recall']:.3f}) "
                         f"B-cubed F1={x['bcubed']['f1']:.4f} (P={x['bcubed']['precision']:.3f} R={x['bcubed']['recall']:.3f})")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description="linking8 statistics, oracles and scoring")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--posts")
    ap.add_argument("--pred")
    ap.add_argument("--oracle-out")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    a = ap.parse_args(argv)
    truth = read_jsonl(a.truth)
    res = {}
    if a.selectors:
        sidecar = read_jsonl(a.selectors)
        if [s["id"] for s in sidecar] != [t["id"] for t in truth]:
            sys.exit("truth and selectors files do not list the same posts in the same order")
        posts = read_jsonl(a.posts) if a.posts else None
        res["stats"] = corpus_stats(truth, sidecar, posts)
        orc = oracle(sidecar)
        res["oracle"] = score(truth, orc)
        res["oracle_phones_only"] = score(truth, oracle(sidecar, phones_only=True))
        res["oracle_plus_author"] = score(truth, oracle(sidecar, with_author=True))
        if a.oracle_out:
            with open(a.oracle_out, "w", encoding="utf-8") as fh:
                for s in sidecar:
                    fh.write(json.dumps({"id": s["id"], "network": orc[s["id"]]}) + "\n")
    if a.pred:
        pred = {}
        for r in read_jsonl(a.pred):
            pred[r["id"]] = r["network"]
        res["pred"] = score(truth, pred)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    if "stats" in res:
        for k, v in res["stats"].items():
            print(f"{k}: {json.dumps(v, ensure_ascii=False)}")
        print()
        print(fmt_scores("ORACLE (own selectors + own photos)", res["oracle"]))
        print(fmt_scores("PHONES-ONLY ORACLE", res["oracle_phones_only"]))
        print(fmt_scores("ORACLE + own author accounts", res["oracle_plus_author"], classes=False))
    if "pred" in res:
        print(fmt_scores("PREDICTION", res["pred"]))


if __name__ == "__main__":
    main()
