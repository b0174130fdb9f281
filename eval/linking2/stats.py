#!/usr/bin/env python3
"""Describe a linking2 corpus and score the "link by true phones alone" baseline.

    python3 eval/linking2/stats.py posts.jsonl truth.jsonl

Prints the network size distribution, how many posts carry no actor contact, and the pairwise
and B-cubed precision/recall/F1 of two oracle baselines against the truth:
  * phones: union posts that share any actor phone written in them (truth "phones");
  * phones+contacts: the same, also joining on the actor's emails, handles and own URLs.
They read the truth, not the text, so they bound what exact selector matching can reach.
Standard library only.
"""
import collections
import json
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class DSU:
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


def cluster_by(keys_per_post):
    n = len(keys_per_post)
    d = DSU(n)
    first = {}
    for i, keys in enumerate(keys_per_post):
        for k in keys:
            if k in first:
                d.union(first[k], i)
            else:
                first[k] = i
    return [d.find(i) for i in range(n)]


def c2(n):
    return n * (n - 1) // 2


def scores(pred, gold):
    """pairwise and B-cubed P/R/F1 of labels `pred` against `gold` (lists, same order)"""
    n = len(gold)
    both = collections.Counter(zip(pred, gold))
    psize = collections.Counter(pred)
    gsize = collections.Counter(gold)
    tp = sum(c2(v) for v in both.values())
    pp = sum(c2(v) for v in psize.values())
    gp = sum(c2(v) for v in gsize.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / gp if gp else 1.0
    bp = sum(both[(p, g)] / psize[p] for p, g in zip(pred, gold)) / n if n else 1.0
    br = sum(both[(p, g)] / gsize[g] for p, g in zip(pred, gold)) / n if n else 1.0

    def f(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0
    return {"pairwise": (pw_p, pw_r, f(pw_p, pw_r)), "bcubed": (bp, br, f(bp, br))}


BUCKETS = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 25), (26, 50), (51, 100), (101, 250), (251, 10 ** 9)]


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    posts = read_jsonl(argv[1])
    truth = read_jsonl(argv[2])
    if len(posts) != len(truth) or any(p["id"] != t["id"] for p, t in zip(posts, truth)):
        print("posts and truth are not aligned", file=sys.stderr)
        return 1
    n = len(posts)
    gold = [t["network"] for t in truth]
    size = collections.Counter(gold)
    role_of = {}
    for t in truth:
        role_of[t["network"]] = t["role"]
    print(f"posts {n}   networks {len(size)}   largest {max(size.values()) if size else 0}")
    print("\nnetwork size distribution")
    print(f"  {'size':>9} {'networks':>9} {'posts':>7} {'posts%':>7}")
    for lo, hi in BUCKETS:
        nets = [s for s in size.values() if lo <= s <= hi]
        label = str(lo) if lo == hi else (f"{lo}-{hi}" if hi < 10 ** 9 else f"{lo}+")
        print(f"  {label:>9} {len(nets):>9} {sum(nets):>7} {100 * sum(nets) / max(1, n):>6.1f}%")
    print("  top sizes:", ", ".join(f"{s} ({role_of[k]})" for k, s in size.most_common(10)))

    print("\nby role")
    print(f"  {'role':<22} {'networks':>8} {'posts':>6} {'singletons':>10} {'max':>5} {'no phone%':>9}")
    roles = sorted({t["role"] for t in truth})
    for role in roles:
        nets = [s for k, s in size.items() if role_of[k] == role]
        rp = [t for t in truth if t["role"] == role]
        nophone = sum(1 for t in rp if not t["phones"])
        print(f"  {role:<22} {len(nets):>8} {len(rp):>6} {sum(1 for s in nets if s == 1):>10} {max(nets):>5}"
              f" {100 * nophone / len(rp):>8.1f}%")

    nophone = sum(1 for t in truth if not t["phones"])
    nocontact = sum(1 for t in truth if not t["phones"] and not t.get("contacts"))
    authored = sum(1 for p in posts if p.get("author"))
    regioned = sum(1 for p in posts if p.get("region"))
    withimg = sum(1 for p in posts if p.get("image_hashes"))
    print(f"\nposts with no actor phone:                 {nophone:>6} ({100 * nophone / max(1, n):.1f}%)")
    print(f"posts with no actor contact at all:        {nocontact:>6} ({100 * nocontact / max(1, n):.1f}%)"
          "   (no phone, email, handle or own URL)")
    print(f"posts with author / region / images:       {100 * authored / max(1, n):.1f}% / "
          f"{100 * regioned / max(1, n):.1f}% / {100 * withimg / max(1, n):.1f}%")
    langs = collections.Counter(t.get("lang", "?") for t in truth)
    print("languages:", ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    phones_all = collections.Counter(ph for t in truth for ph in t["phones"])
    print(f"distinct actor phones: {len(phones_all)}")

    base = {
        "phones": cluster_by([t["phones"] for t in truth]),
        "phones+contacts": cluster_by([t["phones"] + t.get("contacts", []) for t in truth]),
        "singletons": list(range(n)),
    }
    print("\nbaselines against truth          pairwise P     R      F1  |  B-cubed P     R      F1")
    for name, pred in base.items():
        s = scores(pred, gold)
        pw, bc = s["pairwise"], s["bcubed"]
        print(f"  {name:<30} {pw[0]:.4f} {pw[1]:.4f} {pw[2]:.4f}  |  {bc[0]:.4f} {bc[1]:.4f} {bc[2]:.4f}")
    print("\nphones baseline, B-cubed recall by role")
    pred = base["phones"]
    s_all = collections.Counter(zip(pred, gold))
    gsize = collections.Counter(gold)
    for role in roles:
        idx = [i for i, t in enumerate(truth) if t["role"] == role]
        rec = sum(s_all[(pred[i], gold[i])] / gsize[gold[i]] for i in idx) / len(idx)
        print(f"  {role:<22} {rec:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
