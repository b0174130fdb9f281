#!/usr/bin/env python3
"""Sanity statistics for a stress corpus (scripts/stress_corpus.py), and the "phones alone"
baseline: link every two posts that share an actor phone the generator wrote into the text
(union-find), and score that linking against the truth with pairwise and B-cubed F1.
A linker has to beat this baseline to be worth anything on the corpus.

Usage: python3 scripts/stress_stats.py POSTS.jsonl TRUTH.jsonl [--check-phones] [--pred PRED.jsonl]

--check-phones validates every phone in the truth file with the `phonenumbers` package (not
needed otherwise; the generator itself is standard library only).
--pred scores a linker's output ({"id", "network"} lines) with the same metrics.
Standard library only (apart from --check-phones).
"""
import argparse
import json
from collections import Counter, defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def comb2(n):
    return n * (n - 1) // 2


def scores(truth_of, pred_of):
    """Pairwise and B-cubed precision/recall/F1 of pred against truth (dicts id -> cluster)."""
    ids = sorted(truth_of)
    tsize = Counter(truth_of[i] for i in ids)
    psize = Counter(pred_of[i] for i in ids)
    both = Counter((truth_of[i], pred_of[i]) for i in ids)
    tp = sum(comb2(n) for n in both.values())
    pp = sum(comb2(n) for n in psize.values())
    tt = sum(comb2(n) for n in tsize.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / tt if tt else 1.0
    bp = sum(both[(truth_of[i], pred_of[i])] / psize[pred_of[i]] for i in ids) / len(ids)
    br = sum(both[(truth_of[i], pred_of[i])] / tsize[truth_of[i]] for i in ids) / len(ids)

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0
    return {"pairwise": (pw_p, pw_r, f1(pw_p, pw_r)), "bcubed": (bp, br, f1(bp, br))}


def union_by(truth, keys_of):
    parent = {t["id"]: t["id"] for t in truth}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    first = {}
    for t in truth:
        for k in keys_of(t):
            if k in first:
                a, b = find(first[k]), find(t["id"])
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                first[k] = t["id"]
    return {t["id"]: find(t["id"]) for t in truth}


def show(name, s):
    p, r, f = s["pairwise"]
    bp, br, bf = s["bcubed"]
    print(f"  {name:<38} pairwise P {p:.4f} R {r:.4f} F1 {f:.4f} | B-cubed P {bp:.4f} R {br:.4f} F1 {bf:.4f}")


def quantiles(xs):
    xs = sorted(xs)
    q = lambda f: xs[min(len(xs) - 1, int(f * len(xs)))]
    return f"min {xs[0]} p25 {q(.25)} median {q(.5)} p75 {q(.75)} p90 {q(.9)} max {xs[-1]}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("posts")
    ap.add_argument("truth")
    ap.add_argument("--check-phones", action="store_true")
    ap.add_argument("--pred")
    a = ap.parse_args()
    posts = load(a.posts)
    truth = load(a.truth)
    assert [p["id"] for p in posts] == [t["id"] for t in truth], "posts and truth out of step"
    assert len({p["id"] for p in posts}) == len(posts), "duplicate ids"
    n = len(posts)
    print(f"posts {n}, networks {len({t['network'] for t in truth})}")

    by_role = defaultdict(list)
    for t in truth:
        by_role[t["role"]].append(t)
    print("by role:")
    for role in sorted(by_role):
        ts = by_role[role]
        sizes = list(Counter(t["network"] for t in ts).values())
        noc = sum(not t["contact"] for t in ts)
        nophone = sum(not t["phones"] for t in ts)
        print(f"  {role:<12} posts {len(ts):>6} ({len(ts) / n:5.1%})  networks {len(sizes):>5}  "
              f"singletons {sum(s == 1 for s in sizes):>4}  no-contact {noc / len(ts):5.1%}  "
              f"no-phone {nophone / len(ts):5.1%}")
        print(f"  {'':<12} sizes: {quantiles(sizes)}")

    sizes = list(Counter(t["network"] for t in truth).values())
    print(f"network sizes: {quantiles(sizes)}")
    print(f"posts without any actor contact: {sum(not t['contact'] for t in truth) / n:.1%}")
    print(f"posts without an actor phone: {sum(not t['phones'] for t in truth) / n:.1%}")
    print(f"posts whose phones need location/region context: {sum(t['needs_context'] for t in truth) / n:.1%}")
    print(f"posts with a footer phone: {sum(bool(t['footer_phones']) for t in truth) / n:.1%}")
    print(f"posts with region: {sum('region' in p for p in posts) / n:.1%}, "
          f"with location: {sum('location' in p for p in posts) / n:.1%}, "
          f"with image_hashes: {sum(bool(p.get('image_hashes')) for p in posts) / n:.1%}")
    owners = defaultdict(set)
    for t in truth:
        for ph in t["phones"]:
            owners[ph].add(t["network"])
    shared = sum(len(v) > 1 for v in owners.values())
    print(f"distinct actor phones {len(owners)}, shared by two networks: {shared}")

    truth_of = {t["id"]: t["network"] for t in truth}
    print("baselines:")
    show("phones alone (actor phones)", scores(truth_of, union_by(truth, lambda t: t["phones"])))
    show("phones incl. footer support lines", scores(truth_of, union_by(truth, lambda t: t["phones"] + t["footer_phones"])))
    show("every post alone", scores(truth_of, {i: i for i in truth_of}))
    if a.pred:
        pred = {r["id"]: r["network"] for r in load(a.pred)}
        missing = [i for i in truth_of if i not in pred]
        assert not missing, f"{len(missing)} posts missing from --pred"
        show("prediction", scores(truth_of, pred))

    if a.check_phones:
        import phonenumbers
        bad = 0
        allp = sorted(set(owners) | {ph for t in truth for ph in t["footer_phones"]})
        for ph in allp:
            num = phonenumbers.parse(ph)
            if not phonenumbers.is_valid_number(num):
                bad += 1
                if bad <= 5:
                    print("  invalid phone (first five):", phonenumbers.region_code_for_number(num))
        print(f"phones checked with phonenumbers {phonenumbers.__version__}: {len(allp)}, invalid {bad}")


if __name__ == "__main__":
    main()
