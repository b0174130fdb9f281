#!/usr/bin/env python3
"""linking6 statistics, oracle baselines and scoring (SPEC 8).

    python3 eval/linking6/stats.py --posts posts.jsonl --truth truth.jsonl \
        [--selectors sidecar.jsonl] [--pred pred.jsonl] [--json]

Without --selectors only the scoring of --pred is available. A prediction is JSONL with
{"id", "network"} per line; a post missing from it counts as a singleton.
Python 3.11, standard library only.
"""
import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict

CLASSES = ["rec", "vis", "sex", "dom", "ind", "emp", "cpy", "rep", "sel"]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def class_of(network):
    return network.split("-", 1)[0]


# ------------------------------------------------------------------------------------------
# Scoring

def c2(n):
    return n * (n - 1) // 2


def score(truth, pred, extra=None):
    """truth, pred: {post id: cluster label}. Returns {"all": {...}, "<class>": {...}, ...}.

    Every slice S is a set of posts. Pairwise: recall = true pairs predicted / true pairs,
    precision = true pairs predicted / predicted pairs, counting only pairs with at least one
    post in S (for a class slice: true pairs inside the class's networks, and predicted pairs
    with at least one post of the class). B-cubed: per post, precision =
    |pred cluster ∩ true cluster| / |pred cluster|, recall = ... / |true cluster|, averaged over
    the posts of S. Slices: all, each class (the network's prefix), and `extra`
    ({name: set of ids}, e.g. reposts and copies from the sidecar)."""
    ids = list(truth)
    pred = {i: pred.get(i, ("__single__", i)) for i in ids}
    t_size = Counter(truth[i] for i in ids)
    p_size = Counter(pred[i] for i in ids)
    cell = Counter((pred[i], truth[i]) for i in ids)
    slices = [("all", None)] + [(c, {i for i in ids if class_of(truth[i]) == c})
                                for c in CLASSES]
    slices += sorted((extra or {}).items())
    res = {}
    for name, members in slices:
        if members is None:
            members = set(ids)
        if not members:
            continue
        # how many posts of the slice each true network, predicted cluster and cell holds
        t_in, p_in, c_in = Counter(), Counter(), Counter()
        for i in members:
            t_in[truth[i]] += 1
            p_in[pred[i]] += 1
            c_in[(pred[i], truth[i])] += 1

        def pairs_touching(sizes, inside):
            return sum(c2(sizes[k]) - c2(sizes[k] - m) for k, m in inside.items())
        tp = pairs_touching(cell, c_in)
        true_pairs = pairs_touching(t_size, t_in)
        pred_pairs = pairs_touching(p_size, p_in)
        pp = tp / pred_pairs if pred_pairs else 1.0
        pr = tp / true_pairs if true_pairs else 1.0
        bp = sum(cell[(pred[i], truth[i])] / p_size[pred[i]] for i in members) / len(members)
        br = sum(cell[(pred[i], truth[i])] / t_size[truth[i]] for i in members) / len(members)
        res[name] = dict(posts=len(members), pair_p=pp, pair_r=pr, pair_f1=f1(pp, pr),
                         b3_p=bp, b3_r=br, b3_f1=f1(bp, br))
    return res


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def print_scores(title, res, out):
    print(f"\n{title}", file=out)
    print(f"  {'slice':<7} {'posts':>6}  {'pairP':>6} {'pairR':>6} {'pairF1':>6}   "
          f"{'b3P':>6} {'b3R':>6} {'b3F1':>6}", file=out)
    for c, r in res.items():
        print(f"  {c:<7} {r['posts']:>6}  {r['pair_p']:6.3f} {r['pair_r']:6.3f} "
              f"{r['pair_f1']:6.3f}   {r['b3_p']:6.3f} {r['b3_r']:6.3f} {r['b3_f1']:6.3f}",
              file=out)


# ------------------------------------------------------------------------------------------
# Oracle baselines: union-find over the sidecar's selectors

class UF:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def selector_keys(s, kinds):
    """The typed selector keys of one sidecar row, for the selector kinds asked."""
    keys = []
    for kind, field in (("phone", "phones"), ("wallet", "wallets"), ("email", "emails"),
                        ("domain", "domains"), ("url", "urls"), ("handle", "handles"),
                        ("account", "accounts"), ("licence", "licences"),
                        ("address", "addresses"), ("name", "names"), ("image", "images")):
        if kind in kinds:
            keys.extend(f"{kind}:{v}" for v in s.get(field, []))
    return keys


BASELINES = [
    ("phones-all", {"phone"}, False),
    ("phones-nonhub", {"phone"}, True),
    ("selectors-nonhub", {"phone", "wallet", "email", "domain", "url", "handle", "account",
                          "licence"}, True),
    ("selectors+images-nonhub", {"phone", "wallet", "email", "domain", "url", "handle",
                                 "account", "licence", "image"}, True),
    ("everything", {"phone", "wallet", "email", "domain", "url", "handle", "account", "licence",
                    "address", "name", "image"}, False),
]


def oracle(side, kinds, drop_hubs):
    uf = UF()
    for s in side:
        hub = set(s["hub"]) if drop_hubs else set()
        uf.find("post:" + s["id"])
        for k in selector_keys(s, kinds):
            if k not in hub:
                uf.union("post:" + s["id"], k)
    return {s["id"]: uf.find("post:" + s["id"]) for s in side}


# ------------------------------------------------------------------------------------------
# Corpus statistics

def corpus_stats(posts, truth, side, out):
    tmap = {t["id"]: t["network"] for t in truth}
    n = len(posts)
    print(f"posts {n}, networks {len(set(tmap.values()))}", file=out)
    by_cls = Counter(class_of(v) for v in tmap.values())
    nets = defaultdict(Counter)
    for v in tmap.values():
        nets[class_of(v)][v] += 1
    kinds = Counter((s["class"], s["kind"]) for s in side)
    nocontact = Counter(s["class"] for s in side if s["no_contact"])
    print("\nper class (class of the network):", file=out)
    print(f"  {'class':<5} {'posts':>6} {'share':>6} {'nets':>5} {'single':>6} {'median':>6} "
          f"{'max':>5} {'reposts':>7} {'copies':>6} {'no-contact':>10}", file=out)
    for c in CLASSES:
        if not by_cls[c]:
            continue
        sizes = list(nets[c].values())
        print(f"  {c:<5} {by_cls[c]:>6} {by_cls[c] / n:6.1%} {len(sizes):>5} "
              f"{sum(1 for x in sizes if x == 1):>6} {statistics.median(sizes):>6} "
              f"{max(sizes):>5} {kinds[(c, 'repost')]:>7} {kinds[(c, 'copy')]:>6} "
              f"{nocontact[c] / by_cls[c]:10.1%}", file=out)
    print(f"\nposts without any contact (SPEC 4 definition): "
          f"{sum(nocontact.values()) / n:.1%}", file=out)
    own_sel = sum(1 for s in side if not any(
        k not in set(s["hub"]) for k in selector_keys(
            s, {"phone", "wallet", "email", "domain", "url", "handle", "account", "licence",
                "image"})))
    print(f"posts without any non-hub selector or photo (incl. accounts): {own_sel / n:.1%}",
          file=out)
    wallet_only = sum(1 for s in side if s["class"] == "vis" and s["kind"] == "original"
                      and s["wallets"] and not [p for p in s["phones"]
                                                if "phone:" + p not in set(s["hub"])])
    vis_orig = sum(1 for s in side if s["class"] == "vis" and s["kind"] == "original")
    if vis_orig:
        print(f"vis posts with a wallet and no own phone: {wallet_only / vis_orig:.1%}", file=out)
    print("\nposts per site:", file=out)
    for site, k in sorted(Counter(p["site"] for p in posts).items(), key=lambda x: -x[1]):
        print(f"  {site:<28} {k:>6}", file=out)
    print("\nposts per language: " + ", ".join(
        f"{l} {k}" for l, k in Counter(s["lang"] for s in side).most_common()), file=out)
    forms = Counter()
    for s in side:
        hub = set(s["hub"])
        for f in s["phone_forms"]:
            e164, form = f.rsplit(":", 1)
            if "phone:" + e164 not in hub:
                forms[form] += 1
    tot = sum(forms.values())
    print("contact phone forms: " + ", ".join(f"{f} {k / tot:.1%}" for f, k in
                                              forms.most_common()), file=out)
    print(f"region present: {sum(1 for p in posts if 'region' in p) / n:.1%}; "
          f"title absent: {sum(1 for p in posts if 'title' not in p) / n:.1%}; "
          f"with images: {sum(1 for p in posts if p.get('image_hashes')) / n:.1%}", file=out)
    # hubs: how many networks each spans
    span = defaultdict(set)
    for s in side:
        for h in s["hub"]:
            span[h].add(s["network"])
    kinds_h = defaultdict(list)
    for h, netset in span.items():
        kinds_h[h.split(":", 1)[0]].append(len(netset))
    print("\nhubs (kind: count, networks spanned median / max):", file=out)
    for k in sorted(kinds_h):
        v = kinds_h[k]
        print(f"  {k:<8} {len(v):>5}  {statistics.median(v):>7} / {max(v)}", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="linking6 statistics and scoring")
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--pred")
    ap.add_argument("--json", action="store_true", help="print the --pred scores as JSON only")
    args = ap.parse_args(argv)
    truth_rows = read_jsonl(args.truth)
    truth = {t["id"]: t["network"] for t in truth_rows}
    out = sys.stdout
    side = read_jsonl(args.selectors) if args.selectors else None
    extra = None
    if side:
        extra = {"repost": {s["id"] for s in side if s["kind"] == "repost"},
                 "copy": {s["id"] for s in side if s["kind"] == "copy"}}
    if args.pred:
        pred = {r["id"]: r["network"] for r in read_jsonl(args.pred)}
        res = score(truth, pred, extra)
        if args.json:
            print(json.dumps(res, indent=1))
            return
    posts = read_jsonl(args.posts)
    if side:
        corpus_stats(posts, truth_rows, side, out)
        print("\nORACLE BASELINES (union-find over the sidecar's planted selectors)", file=out)
        for name, kinds, drop in BASELINES:
            print_scores(f"{name}", score(truth, oracle(side, kinds, drop), extra), out)
    if args.pred:
        print_scores(f"PREDICTION {args.pred}", res, out)


if __name__ == "__main__":
    main()
