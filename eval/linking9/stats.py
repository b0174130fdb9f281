#!/usr/bin/env python3
"""linking9 statistics, oracle baselines and scorer.

python3 stats.py --posts P --truth T [--selectors SEL] [--pred PRED ...] [--json]

Scores (pairwise and B-cubed) are computed against the truth file. A prediction file has lines
{"id": ..., "network": ...}; ids missing from it are singletons, ids not in the truth are ignored.
Per-class scores are over the posts whose TRUE network is of that class:
  pairwise  P = same-true-network pairs inside the class / predicted pairs with at least one post of
            the class;  R = those pairs / true pairs of the class;
  B-cubed   the usual per-post precision/recall averaged over the posts of the class (a post's
            predicted cluster counts in full, so cross-class merges cost precision).
Standard library only.
"""
import argparse
import json
import sys
from collections import Counter, defaultdict

CLASSES = ["independent", "operator", "massage", "recruiter", "employer", "copycat", "seller"]


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: bad JSON: {e}")
    return out


def c2(n):
    return n * (n - 1) // 2


def prf(tp, pp, tt):
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(truth, cls_of_net, pred):
    """truth: id -> true network; pred: id -> predicted label (every truth id present)."""
    ids = list(truth)
    cls_post = {i: cls_of_net[truth[i]] for i in ids}
    joint = Counter((pred[i], truth[i]) for i in ids)
    psize = Counter(pred[i] for i in ids)
    tsize = Counter(truth[i] for i in ids)
    res = {}
    # pairwise, overall
    tp = sum(c2(n) for n in joint.values())
    pp = sum(c2(n) for n in psize.values())
    tt = sum(c2(n) for n in tsize.values())
    res["all"] = {"pair": prf(tp, pp, tt)}
    # pairwise, per class
    pc = defaultdict(Counter)  # pred label -> class -> count
    for i in ids:
        pc[pred[i]][cls_post[i]] += 1
    for c in CLASSES:
        tpc = sum(c2(n) for (pl, tn), n in joint.items() if cls_of_net[tn] == c)
        ppc = 0
        for pl, cnt in pc.items():
            a = cnt.get(c, 0)
            if a:
                b = psize[pl] - a
                ppc += c2(a) + a * b
        ttc = sum(c2(n) for tn, n in tsize.items() if cls_of_net[tn] == c)
        res[c] = {"pair": prf(tpc, ppc, ttc)}
    # B-cubed
    sums = defaultdict(lambda: [0.0, 0.0, 0])
    for i in ids:
        inter = joint[(pred[i], truth[i])]
        bp = inter / psize[pred[i]]
        br = inter / tsize[truth[i]]
        for key in ("all", cls_post[i]):
            s = sums[key]
            s[0] += bp
            s[1] += br
            s[2] += 1
    for key in ["all"] + CLASSES:
        s = sums.get(key)
        if not s or not s[2]:
            res.setdefault(key, {})["b3"] = (1.0, 1.0, 1.0)
            res[key].setdefault("pair", (1.0, 1.0, 1.0))
            res[key]["n"] = 0
            continue
        p, r = s[0] / s[2], s[1] / s[2]
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[key]["b3"] = (p, r, f)
        res[key]["n"] = s[2]
    return res


class UF:
    def __init__(self, items):
        self.p = {i: i for i in items}

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.p[rb] = ra
            else:
                self.p[ra] = rb


def oracle(sel, keys):
    uf = UF([s["id"] for s in sel])
    first = {}
    for s in sel:
        for k in keys:
            for v in s.get(k, []):
                key = (k, v)
                if key in first:
                    uf.union(first[key], s["id"])
                else:
                    first[key] = s["id"]
    return {s["id"]: uf.find(s["id"]) for s in sel}


def fmt(name, res, per_class=True):
    lines = []

    def row(label, r):
        p = r["pair"]
        b = r["b3"]
        return (f"{label:<24} n={r['n']:>6}  pairP {p[0]:.3f} pairR {p[1]:.3f} pairF1 {p[2]:.3f} | "
                f"b3P {b[0]:.3f} b3R {b[1]:.3f} b3F1 {b[2]:.3f}")
    lines.append(row(name, res["all"]))
    if per_class:
        for c in CLASSES:
            if res.get(c, {}).get("n"):
                lines.append(row("  " + c, res[c]))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--pred", nargs="*", default=[])
    ap.add_argument("--json", action="store_true", help="also print one JSON object per scoring")
    ap.add_argument("--no-per-class", action="store_true")
    args = ap.parse_args(argv)

    posts = read_jsonl(args.posts)
    truth_rows = read_jsonl(args.truth)
    truth = {r["id"]: r["network"] for r in truth_rows}
    cls_of_net = {}
    for r in truth_rows:
        cls_of_net[r["network"]] = r["class"]
    post_ids = [p["id"] for p in posts]
    if set(post_ids) != set(truth):
        print(f"warning: posts ({len(post_ids)}) and truth ({len(truth)}) ids differ", file=sys.stderr)

    # ---- corpus statistics
    print(f"posts {len(posts)}  networks {len(cls_of_net)}")
    npost = Counter(cls_of_net[truth[i]] for i in truth)
    nnet = Counter(cls_of_net.values())
    sizes = defaultdict(list)
    for net, n in Counter(truth.values()).items():
        sizes[cls_of_net[net]].append(n)
    print(f"{'class':<12} {'posts':>6} {'share':>6} {'networks':>8} {'mean':>6} {'max':>5} {'single':>6}")
    for c in CLASSES:
        s = sizes.get(c, [])
        if not s:
            continue
        print(f"{c:<12} {npost[c]:>6} {npost[c] / len(truth):>6.1%} {nnet[c]:>8} {sum(s) / len(s):>6.1f} "
              f"{max(s):>5} {sum(1 for x in s if x == 1):>6}")
    cov = Counter()
    for p in posts:
        for k in ("location", "region", "author", "image_hashes"):
            if p.get(k):
                cov[k] += 1
    print("field coverage: " + "  ".join(f"{k} {cov[k] / len(posts):.1%}" for k in
                                          ("location", "region", "author", "image_hashes")))
    sites = Counter(p.get("site") for p in posts)
    print("sites: " + ", ".join(f"{k} {v}" for k, v in sorted(sites.items())))

    results = []
    if args.selectors:
        sel = read_jsonl(args.selectors)
        forms = Counter()
        flags = Counter()
        for s in sel:
            for m in s.get("mentions", []):
                forms[m["form"]] += 1
            f = s.get("flags", {})
            flags["no_contact"] += bool(f.get("no_contact"))
            flags["repost"] += bool(f.get("repost"))
            flags["recycled_phone_posts"] += bool(f.get("recycled_phones"))
            flags["stock_photo_posts"] += bool(f.get("stock_photos"))
            flags["copycat_posts"] += f.get("copy_of") is not None
        print("flags: " + "  ".join(f"{k} {v}" for k, v in sorted(flags.items())))
        print("phone forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items(), key=lambda x: (-x[1], x[0]))))
        rec = sorted({p for s in sel for p in s["flags"].get("recycled_phones", [])})
        print(f"recycled numbers planted: {len(rec)}")
        for name, keys in (("oracle phone", ["phones"]),
                           ("oracle email/handle/dom", ["emails", "handles", "domains"]),
                           ("oracle both", ["phones", "emails", "handles", "domains"])):
            pred = oracle(sel, keys)
            pred = {i: pred.get(i, "single:" + i) for i in truth}
            res = score(truth, cls_of_net, pred)
            results.append((name, res))
    for path in args.pred:
        rows = read_jsonl(path)
        pred = {}
        for r in rows:
            if r.get("id") in truth:
                pred[r["id"]] = "p:" + str(r["network"])
        missing = sum(1 for i in truth if i not in pred)
        if missing:
            print(f"{path}: {missing} ids missing, scored as singletons", file=sys.stderr)
        pred = {i: pred.get(i, "single:" + i) for i in truth}
        results.append((path, score(truth, cls_of_net, pred)))
    for name, res in results:
        print(fmt(name, res, not args.no_per_class))
        if args.json:
            print(json.dumps({"name": name, "scores": {k: {"n": v.get("n", 0), "pair": v["pair"], "b3": v["b3"]}
                                                       for k, v in res.items()}}))


if __name__ == "__main__":
    main()
