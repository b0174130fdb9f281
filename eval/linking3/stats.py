#!/usr/bin/env python3
"""Statistics of a linking3 corpus, and oracle baselines.

    python3 stats.py --posts posts.jsonl --truth truth.jsonl [--pred pred.jsonl] [--json]

Prints: network size distribution (overall and per role), role mix, languages, field coverage,
contact coverage, re-posts, recycled numbers, and two oracle baselines scored against the truth
with pairwise and B-cubed precision / recall / F1:

- oracle-phone: link posts that share a true own phone number (truth `phones`);
- oracle-selector: link posts that share any true own phone or own contact (truth `contacts`).

Neither oracle reads post text; both show what the labelled selectors alone can give. With
--pred, a prediction file ({"id", "network"} per line) is scored the same way.
"""
import argparse
import json
import re
from collections import Counter, defaultdict

BUCKETS = [(1, 1), (2, 3), (4, 10), (11, 30), (31, 100), (101, 300), (301, 10 ** 9)]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


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


def link_by(keys_per_post):
    uf = UF(len(keys_per_post))
    first = {}
    for i, keys in enumerate(keys_per_post):
        for k in keys:
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
    return [uf.find(i) for i in range(len(keys_per_post))]


def c2(n):
    return n * (n - 1) // 2


def score(truth_labels, pred_labels):
    """pairwise and B-cubed P/R/F1 of pred against truth (lists aligned by post)."""
    n = len(truth_labels)
    tsize = Counter(truth_labels)
    psize = Counter(pred_labels)
    cell = Counter(zip(truth_labels, pred_labels))
    tp = sum(c2(v) for v in cell.values())
    pp = sum(c2(v) for v in psize.values())
    tt = sum(c2(v) for v in tsize.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / tt if tt else 1.0
    bp = sum(cell[(t, p)] / psize[p] for t, p in zip(truth_labels, pred_labels)) / n
    br = sum(cell[(t, p)] / tsize[t] for t, p in zip(truth_labels, pred_labels)) / n

    def f(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0
    return {"pairwise": {"p": pw_p, "r": pw_r, "f1": f(pw_p, pw_r)},
            "bcubed": {"p": bp, "r": br, "f1": f(bp, br)},
            "clusters": len(psize)}


def bucket(n):
    for lo, hi in BUCKETS:
        if lo <= n <= hi:
            return "%d" % lo if lo == hi else ("%d+" % lo if hi > 10 ** 8 else "%d-%d" % (lo, hi))


def stats(posts, truth, pred=None):
    assert [p["id"] for p in posts] == [t["id"] for t in truth], "posts and truth not aligned"
    out = {"posts": len(posts)}
    net = [t["network"] for t in truth]
    role_of_net = {t["network"]: t["role"] for t in truth}
    size = Counter(net)
    out["networks"] = len(size)
    out["largest"] = max(size.values())
    sizes = sorted(size.values())
    out["median_size"] = sizes[len(sizes) // 2]
    dist = Counter(bucket(s) for s in size.values())
    posts_in = Counter()
    for s in size.values():
        posts_in[bucket(s)] += s
    out["size_distribution"] = [{"size": bucket(lo), "networks": dist.get(bucket(lo), 0),
                                 "posts": posts_in.get(bucket(lo), 0)} for lo, _ in BUCKETS]
    roles = {}
    for role in sorted(set(role_of_net.values())):
        rs = sorted(size[n] for n in size if role_of_net[n] == role)
        roles[role] = {"networks": len(rs), "posts": sum(rs), "share": sum(rs) / len(posts),
                       "median": rs[len(rs) // 2], "max": rs[-1]}
    out["roles"] = roles
    out["langs"] = dict(Counter(t["lang"] for t in truth).most_common())
    out["fields"] = {
        "region": sum(1 for p in posts if "region" in p) / len(posts),
        "location": sum(1 for p in posts if "location" in p) / len(posts),
        "image_hashes": sum(1 for p in posts if p.get("image_hashes")) / len(posts),
        "author": sum(1 for p in posts if "author" in p) / len(posts),
    }
    cov = defaultdict(Counter)
    for p, t in zip(posts, truth):
        for key in ("all", t["role"]):
            c = cov[key]
            c["posts"] += 1
            if t["phones"]:
                c["phone"] += 1
            if t["contacts"]:
                c["contact"] += 1
            if not t["phones"] and not t["contacts"]:
                c["no_selector"] += 1
                if "author" in p:
                    c["no_selector_but_author"] += 1
            if len(t["phones"]) >= 2:
                c["two_phones"] += 1
            if any(not re.sub(r"[\s.()+\-]", "", m["raw"]).isdigit()
                   and not m["raw"].startswith("wa.me/") for m in t["mentions"]):
                c["written_other"] += 1
    out["coverage"] = {k: {kk: (v[kk] / v["posts"] if kk != "posts" else v[kk])
                           for kk in ("posts", "phone", "contact", "no_selector",
                                      "no_selector_but_author", "two_phones", "written_other")}
                       for k, v in sorted(cov.items())}
    # re-posts: same network, same body
    seen = set()
    rep = 0
    for p, t in zip(posts, truth):
        k = (t["network"], p["body"])
        if k in seen:
            rep += 1
        seen.add(k)
    out["same_body_repeats_within_network"] = rep / len(posts)
    # bodies shared across networks (copycats and stock templates)
    body_nets = defaultdict(set)
    for p, t in zip(posts, truth):
        body_nets[p["body"]].add(t["network"])
    out["posts_whose_body_is_in_another_network"] = sum(
        1 for p in posts if len(body_nets[p["body"]]) > 1) / len(posts)
    # long lines (>= 40 chars) shared with another network: templates, footers, copied ads
    line_nets = defaultdict(set)
    post_lines = []
    for p, t in zip(posts, truth):
        ls = {x.strip() for x in re.split(r"\n|<br>|</?p>", p["body"]) if len(x.strip()) >= 40}
        post_lines.append(ls)
        for x in ls:
            line_nets[x].add(t["network"])
    out["posts_sharing_a_long_line_with_another_network"] = sum(
        1 for ls in post_lines if any(len(line_nets[x]) > 1 for x in ls)) / len(posts)
    selfdesc = re.compile(r"^[^,.]{2,30}(?:, \d\d(?: (?:años|ans|Jahre|anni|ani|anos))?\. | อายุ \d\d ปี )")
    out["posts_sharing_a_self_description_with_another_network"] = sum(
        1 for ls in post_lines if any(len(line_nets[x]) > 1 and selfdesc.match(x) for x in ls)) / len(posts)
    # recycled numbers
    phone_nets = defaultdict(set)
    for t in truth:
        for ph in t["phones"]:
            phone_nets[ph].add(t["network"])
    out["own_numbers"] = len(phone_nets)
    out["numbers_in_two_or_more_networks"] = sum(1 for v in phone_nets.values() if len(v) > 1)
    # baselines
    base = {}
    base["oracle-phone"] = score(net, link_by([t["phones"] for t in truth]))
    base["oracle-selector"] = score(net, link_by([t["phones"] + t["contacts"] for t in truth]))
    base["singletons"] = score(net, list(range(len(truth))))
    if pred is not None:
        pm = {x["id"]: x["network"] for x in pred}
        missing = sum(1 for t in truth if t["id"] not in pm)
        base["pred"] = score(net, [pm.get(t["id"], "missing:" + t["id"]) for t in truth])
        base["pred"]["missing"] = missing
    out["baselines"] = base
    return out


def fmt(s):
    L = []
    L.append("posts %d, networks %d, largest %d, median size %d"
             % (s["posts"], s["networks"], s["largest"], s["median_size"]))
    L.append("")
    L.append("network size distribution:")
    L.append("  %-8s %9s %9s" % ("size", "networks", "posts"))
    for row in s["size_distribution"]:
        L.append("  %-8s %9d %9d" % (row["size"], row["networks"], row["posts"]))
    L.append("")
    L.append("roles:")
    L.append("  %-12s %9s %7s %7s %7s %6s" % ("role", "networks", "posts", "share", "median", "max"))
    for role, v in sorted(s["roles"].items(), key=lambda kv: -kv[1]["posts"]):
        L.append("  %-12s %9d %7d %6.1f%% %7d %6d" % (role, v["networks"], v["posts"], 100 * v["share"],
                                                    v["median"], v["max"]))
    L.append("")
    L.append("languages: " + ", ".join("%s %d" % kv for kv in s["langs"].items()))
    L.append("fields present: " + ", ".join("%s %.1f%%" % (k, 100 * v) for k, v in s["fields"].items()))
    L.append("")
    L.append("contact coverage (share of posts):")
    L.append("  %-12s %7s %7s %8s %8s %12s %8s %9s" % ("role", "posts", "phone", "contact",
                                                   "neither", "neither+auth", "2 phones", "disguised"))
    for role, v in s["coverage"].items():
        L.append("  %-12s %7d %6.1f%% %7.1f%% %7.1f%% %11.1f%% %7.1f%% %8.1f%%"
                 % (role, v["posts"], 100 * v["phone"], 100 * v["contact"], 100 * v["no_selector"],
                    100 * v["no_selector_but_author"], 100 * v["two_phones"], 100 * v["written_other"]))
    L.append("")
    L.append("repeated bodies within a network: %.1f%% of posts" % (100 * s["same_body_repeats_within_network"]))
    L.append("posts whose exact body also appears in another network: %.1f%%"
             % (100 * s["posts_whose_body_is_in_another_network"]))
    L.append("posts sharing a line of 40+ chars with another network: %.1f%%"
             % (100 * s["posts_sharing_a_long_line_with_another_network"]))
    L.append("posts sharing a persona self-description with another network (copycats): %.1f%%"
             % (100 * s["posts_sharing_a_self_description_with_another_network"]))
    L.append("own numbers %d, of which in two or more networks (recycled): %d"
             % (s["own_numbers"], s["numbers_in_two_or_more_networks"]))
    L.append("")
    L.append("baselines:")
    L.append("  %-16s %8s %7s %7s %7s   %7s %7s %7s" % ("", "clusters", "pw P", "pw R", "pw F1",
                                                      "B3 P", "B3 R", "B3 F1"))
    for k, v in s["baselines"].items():
        L.append("  %-16s %8d %7.4f %7.4f %7.4f   %7.4f %7.4f %7.4f"
                 % (k, v["clusters"], v["pairwise"]["p"], v["pairwise"]["r"], v["pairwise"]["f1"],
                    v["bcubed"]["p"], v["bcubed"]["r"], v["bcubed"]["f1"]))
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pred")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    s = stats(read_jsonl(a.posts), read_jsonl(a.truth), read_jsonl(a.pred) if a.pred else None)
    print(json.dumps(s, indent=1, ensure_ascii=False) if a.json else fmt(s))


if __name__ == "__main__":
    main()
