#!/usr/bin/env python3
"""Corpus statistics, oracle baselines and scoring for linking4 (standard library only).

    python3 eval/linking4/stats.py --posts POSTS.jsonl --truth TRUTH.jsonl \
        [--selectors SEL.jsonl | --seed S] [--pred PRED.jsonl ...] [--json]

* Class counts and field coverage come from the posts and truth files.
* Oracle baselines need the planted selectors: pass the `--selectors` sidecar written by
  `gen.py --selectors`, or `--seed S` to regenerate it in memory (N is taken from the
  posts file; the regenerated posts must match the file byte for byte).
  - phone oracle: union posts that share a true (actor) phone number;
  - exact-selector oracle: union posts sharing an exact e-mail, handle or own domain;
  - both together; and, from the posts file alone, posts sharing an `author` account.
* `--pred` scores a prediction file. Each line is either `{"id": ..., "network": ...}`
  (one assignment) or an object with a `posts` array of ids (one network). Posts missing
  from the prediction are singletons. Several `--pred` files may be given.

Metrics: pairwise precision / recall / F1 over co-clustered post pairs, and B-cubed
precision / recall / F1 (per-post averages).
"""
import argparse
import json
import os
import statistics
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


class DSU:
    def __init__(self, items):
        self.p = {x: x for x in items}

    def find(self, x):
        p = self.p
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.p[rb] = ra
            else:
                self.p[ra] = rb


def union_by_keys(ids, keys_of):
    """keys_of: id -> iterable of hashable keys; posts sharing a key are joined."""
    d = DSU(ids)
    first = {}
    for i in ids:
        for k in keys_of(i):
            if k in first:
                d.union(first[k], i)
            else:
                first[k] = i
    return {i: d.find(i) for i in ids}


def score(truth, pred):
    """truth, pred: id -> label (pred must cover every truth id)."""
    n = len(truth)
    cell = Counter((pred[i], truth[i]) for i in truth)
    ps = Counter(pred[i] for i in truth)
    ts = Counter(truth.values())
    c2 = lambda c: c * (c - 1) // 2  # noqa: E731
    tp = sum(c2(c) for c in cell.values())
    pp = sum(c2(c) for c in ps.values())
    tt = sum(c2(c) for c in ts.values())
    P = tp / pp if pp else 1.0
    R = tp / tt if tt else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    bp = sum(c * c / ps[p] for (p, _), c in cell.items()) / n
    br = sum(c * c / ts[t] for (_, t), c in cell.items()) / n
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {"pair_p": P, "pair_r": R, "pair_f1": F, "b3_p": bp, "b3_r": br, "b3_f1": bf,
            "pred_clusters": len(ps), "true_clusters": len(ts)}


def read_pred(path, truth):
    pred = {}
    unknown = 0
    dup = 0
    for k, obj in enumerate(read_jsonl(path)):
        if isinstance(obj, dict) and isinstance(obj.get("posts"), list):
            label = "%s#%s" % (obj.get("network", ""), k)
            members = obj["posts"]
        elif isinstance(obj, dict) and "id" in obj and "network" in obj:
            label = "n:" + str(obj["network"])
            members = [obj["id"]]
        else:
            continue
        for pid in members:
            pid = str(pid)
            if pid not in truth:
                unknown += 1
                continue
            if pid in pred:
                dup += 1
                continue
            pred[pid] = label
    missing = 0
    for pid in truth:
        if pid not in pred:
            pred[pid] = "singleton:" + pid
            missing += 1
    return pred, {"unknown_ids": unknown, "duplicate_ids": dup, "missing_as_singletons": missing}


def fmt_score(name, s):
    return ("%-34s pair P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f | clusters %d"
            % (name, s["pair_p"], s["pair_r"], s["pair_f1"], s["b3_p"], s["b3_r"], s["b3_f1"],
               s["pred_clusters"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--pred", action="append", default=[])
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    a = ap.parse_args(argv)

    posts = list(read_jsonl(a.posts))
    truth_rows = list(read_jsonl(a.truth))
    truth = {str(r["id"]): r["network"] for r in truth_rows}
    ids = [str(p["id"]) for p in posts]
    out = {"posts": len(posts)}
    lines = []
    if set(ids) != set(truth):
        print("warning: posts and truth ids differ", file=sys.stderr)

    # ---- classes
    cls_of = lambda net: net.rsplit("-", 1)[0]  # noqa: E731
    sizes = Counter(truth.values())
    by_cls = {}
    for net, sz in sizes.items():
        by_cls.setdefault(cls_of(net), []).append(sz)
    out["classes"] = {}
    lines.append("posts %d, networks %d" % (len(posts), len(sizes)))
    lines.append("%-12s %7s %6s %9s %5s %7s %6s %5s" % ("class", "posts", "share", "networks", "min",
                                                        "median", "mean", "max"))
    for c in sorted(by_cls):
        v = by_cls[c]
        tot = sum(v)
        row = {"posts": tot, "share": tot / len(posts), "networks": len(v), "min": min(v),
               "median": statistics.median(v), "mean": tot / len(v), "max": max(v)}
        out["classes"][c] = row
        lines.append("%-12s %7d %5.1f%% %9d %5d %7.1f %6.1f %5d" % (c, tot, 100 * row["share"], len(v), min(v),
                                                                  row["median"], row["mean"], max(v)))
    # ---- field coverage
    def share(pred):
        return sum(1 for p in posts if pred(p)) / len(posts)
    cov = {
        "region": share(lambda p: "region" in p),
        "location": share(lambda p: "location" in p),
        "author": share(lambda p: "author" in p),
        "images": share(lambda p: bool(p.get("image_hashes"))),
        "html": share(lambda p: "<br>" in p.get("body", "") or "<b>" in p.get("body", "")),
        "arabic_indic_digits": share(lambda p: any("\u0660" <= ch <= "\u0669" for ch in p.get("body", ""))),
    }
    out["coverage"] = cov
    lines.append("coverage: " + ", ".join("%s %.1f%%" % (k, 100 * v) for k, v in cov.items()))
    sites = Counter(p.get("site") for p in posts)
    out["sites"] = dict(sorted(sites.items()))
    t_sorted = sorted(p["posted_at"] for p in posts)
    lines.append("posted_at %s .. %s; sites %d" % (t_sorted[0], t_sorted[-1], len(sites)))

    # ---- selectors
    sel = None
    if a.selectors:
        sel = {str(r["id"]): r for r in read_jsonl(a.selectors)}
    elif a.seed is not None:
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        gp, gt, gs, _ = gen.generate(a.seed, len(posts))
        with open(a.posts, encoding="utf-8") as f:
            same = f.read() == "\n".join(gp) + "\n"
        if not same:
            print("warning: regenerated posts differ from the posts file; oracle skipped", file=sys.stderr)
        else:
            sel = {str(json.loads(s)["id"]): json.loads(s) for s in gs}
    if sel:
        langs = Counter(s["lang"] for s in sel.values())
        ctry = Counter(s["country"] for s in sel.values())
        out["langs"] = dict(sorted(langs.items()))
        out["countries"] = dict(sorted(ctry.items()))
        lines.append("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
        lines.append("countries: " + ", ".join("%s %d" % kv for kv in sorted(ctry.items())))
        rep = Counter(cls_of(s["network"]) for s in sel.values() if s["repost"])
        noc = Counter(cls_of(s["network"]) for s in sel.values() if s["no_contact"])
        cnt = Counter(cls_of(s["network"]) for s in sel.values())
        out["repost_share"] = {c: rep[c] / cnt[c] for c in sorted(cnt)}
        out["no_contact_share"] = {c: noc[c] / cnt[c] for c in sorted(cnt)}
        lines.append("reposts: " + ", ".join("%s %.0f%%" % (c, 100 * v) for c, v in out["repost_share"].items()))
        lines.append("no contact: " + ", ".join("%s %.0f%%" % (c, 100 * v) for c, v in out["no_contact_share"].items()))
        owners = {}
        for s in sel.values():
            for ph in s["phones"]:
                owners.setdefault(ph, set()).add(s["network"])
        shared = sum(1 for v in owners.values() if len(v) > 1)
        out["phones"] = {"distinct": len(owners), "shared_by_two_actors": shared,
                         "posts_with_phone": sum(1 for s in sel.values() if s["phones"]) / len(sel)}
        lines.append("actor phones: %d distinct, %d shared by two actors (recycled); posts with a phone %.1f%%"
                     % (len(owners), shared, 100 * out["phones"]["posts_with_phone"]))
        # name collisions (exact title persona names are not planted; count by bio is out of scope)
        base = {}
        base["oracle: shared true phone"] = union_by_keys(ids, lambda i: [("ph", x) for x in sel[i]["phones"]])
        base["oracle: exact email/handle/domain"] = union_by_keys(
            ids, lambda i: [("em", x) for x in sel[i]["emails"]] + [("h", x) for x in sel[i]["handles"]]
            + [("d", x) for x in sel[i]["domains"]])
        base["oracle: phone + email/handle/domain"] = union_by_keys(
            ids, lambda i: [("ph", x) for x in sel[i]["phones"]] + [("em", x) for x in sel[i]["emails"]]
            + [("h", x) for x in sel[i]["handles"]] + [("d", x) for x in sel[i]["domains"]])
    else:
        base = {}
    auth = {str(p["id"]): p.get("author") for p in posts}
    base["baseline: shared author account"] = union_by_keys(ids, lambda i: [auth[i]] if auth[i] else [])
    if sel:
        base["oracle: phone+sel+author"] = union_by_keys(
            ids, lambda i: [("ph", x) for x in sel[i]["phones"]] + [("em", x) for x in sel[i]["emails"]]
            + [("h", x) for x in sel[i]["handles"]] + [("d", x) for x in sel[i]["domains"]]
            + ([("a", auth[i])] if auth[i] else []))
    base["baseline: all singletons"] = {i: i for i in ids}
    out["baselines"] = {}
    for name, labels in base.items():
        s = score(truth, labels)
        out["baselines"][name] = s
        lines.append(fmt_score(name, s))

    out["pred"] = {}
    for path in a.pred:
        labels, info = read_pred(path, truth)
        s = score(truth, labels)
        s.update(info)
        out["pred"][path] = s
        lines.append(fmt_score("pred: " + os.path.basename(path), s))
        lines.append("   (%s)" % ", ".join("%s %d" % kv for kv in info.items()))
    if a.json:
        print(json.dumps(out, indent=1, sort_keys=True))
    else:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
