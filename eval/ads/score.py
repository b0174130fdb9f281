#!/usr/bin/env python3
"""Score plainsight output against a labelled ad file (eval/ads/*.jsonl).

    score.py LABELS.jsonl SCAN.jsonl [--json] [--only-type T] [--no-profile-urls] [--errors N]
    score.py LABELS.jsonl --stats [--json]

SCAN.jsonl is `plainsight scan` output (or `extract` output: then only selectors are scored):
one object per post with `id`, `selectors` [{kind, platform?, value}], `indicators` [{code}],
and optionally `post_type` (a string, or an object with a `type`/`label`/`name` field).

Indicators are counted once per post. Handles are compared per post as sets of
(platform, value); URLs, emails and phones as sets of values. Python 3.11, standard library.
Never prints post text: --errors lists ids and the differing values only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict

# Weights from docs/indicators.md (issue 14 asks precision >= 0.85 for weight >= 1).
WEIGHTS = {
    "S001": 1.2, "S002": 3, "S003": 0.8, "S004": 0.6, "S005": 0.3, "S006": 0.6, "S007": 1.5, "S008": 1,
    "S009": 0.4, "S010": 0.4, "S011": 0.5, "S012": 0.5, "S013": 0.8,
    "J001": 1.2, "J002": 0.6, "J003": 1.5, "J004": 2, "J005": 0.4, "J006": 0.8, "J007": 0.6, "J008": 0.4,
    "J009": 0.5, "J010": 0.5, "J011": 0.3, "J012": 0.8, "J013": 0.2,
}
INDICATOR_PRECISION_TARGET = 0.85
SELECTOR_TARGETS = {"handles": (0.97, 0.95), "urls": (0.97, 0.95), "emails": (0.97, 0.95)}
KINDS = ("handles", "urls", "emails", "phones")
KIND_OF = {"handle": "handles", "url": "urls", "email": "emails", "phone": "phones"}
POST_TYPES = ("sex_ad", "massage", "job_offer", "other")
PLATFORM_ALIASES = {"x": "twitter", "ig": "instagram", "insta": "instagram", "sc": "snapchat", "snap": "snapchat",
                    "tg": "telegram", "of": "onlyfans", "fb": "facebook", "tt": "tiktok",
                    "kakao": "kakaotalk"}
PROFILE_HOSTS = ("instagram.com/", "t.me/", "twitter.com/", "x.com/", "onlyfans.com/", "tiktok.com/",
                 "facebook.com/", "fb.com/", "snapchat.com/", "wa.me/")


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
                raise SystemExit(f"{path}:{n}: not JSON ({e})")
    return out


def norm_url(u: str) -> str:
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def norm_handle(platform, value):
    p = (platform or "").strip().lower()
    p = PLATFORM_ALIASES.get(p, p)
    return (p, (value or "").strip().lower().lstrip("@"))


def gold_sets(post, no_profile_urls):
    L = post["labels"]
    urls = {norm_url(u) for u in L["urls"]}
    if no_profile_urls:
        urls = {u for u in urls if not u.startswith(PROFILE_HOSTS)}
    return {
        "handles": {norm_handle(h["platform"], h["value"]) for h in L["handles"]},
        "urls": urls,
        "emails": {e.lower() for e in L["emails"]},
        "phones": set(L["phones"]),
    }


def pred_sets(out, no_profile_urls):
    sets = {k: set() for k in KINDS}
    for s in out.get("selectors") or []:
        kind = KIND_OF.get(s.get("kind"))
        if kind is None:
            continue
        v = s.get("value") or ""
        if kind == "handles":
            h = norm_handle(s.get("platform"), v)
            if h[1].startswith("+") and h[1][1:].isdigit():
                # An account given as its phone number (WhatsApp, Telegram, Viber, Signal) is
                # scored as the phone, not as a handle.
                continue
            sets[kind].add(h)
        elif kind == "urls":
            u = norm_url(v)
            if not (no_profile_urls and u.startswith(PROFILE_HOSTS)):
                sets[kind].add(u)
        elif kind == "emails":
            sets[kind].add(v.strip().lower())
        else:
            sets[kind].add(v.strip())
    return sets


def pred_type(out):
    t = out.get("post_type")
    if isinstance(t, dict):
        t = t.get("type") or t.get("label") or t.get("name")
    return t if isinstance(t, str) else None


def ratio(a, b):
    return a / b if b else None


def f1(p, r):
    if p is None or r is None or p + r == 0:
        return None
    return 2 * p * r / (p + r)


def score(gold, preds, args):
    by_id = {}
    for o in preds:
        if "id" in o:
            by_id[o["id"]] = o
    missing = [g["id"] for g in gold if g["id"] not in by_id]
    ind = defaultdict(lambda: {"support": 0, "predicted": 0, "tp": 0, "fired_sex_ad": 0})
    n_sex = 0
    sel = {k: {"tp": 0, "fp": 0, "fn": 0, "posts_wrong": 0, "errors": []} for k in KINDS}
    types = Counter()
    any_type = False
    for g in gold:
        o = by_id.get(g["id"], {})
        gt = g["labels"]["post_type"]
        if gt == "sex_ad":
            n_sex += 1
        gi = set(g["labels"]["indicators"])
        pi = {i.get("code") for i in (o.get("indicators") or []) if isinstance(i, dict)}
        pi = {c for c in pi if c and c[0] in "SJ"}
        for c in gi:
            ind[c]["support"] += 1
        for c in pi:
            ind[c]["predicted"] += 1
            if gt == "sex_ad":
                ind[c]["fired_sex_ad"] += 1
            if c in gi:
                ind[c]["tp"] += 1
        pt = pred_type(o)
        if pt is not None:
            any_type = True
        types[(gt, pt)] += 1
        gs, ps = gold_sets(g, args.no_profile_urls), pred_sets(o, args.no_profile_urls)
        for k in KINDS:
            tp = len(gs[k] & ps[k])
            fp, fn = sorted(map(str, ps[k] - gs[k])), sorted(map(str, gs[k] - ps[k]))
            sel[k]["tp"] += tp
            sel[k]["fp"] += len(fp)
            sel[k]["fn"] += len(fn)
            if fp or fn:
                sel[k]["posts_wrong"] += 1
                sel[k]["errors"].append({"id": g["id"], "false_pos": fp, "missed": fn})
    result = {"posts": len(gold), "missing_in_output": len(missing), "indicators": {}, "selectors": {}}
    for c in sorted(set(ind) | set(WEIGHTS), key=lambda c: (c[0] != "S", c)):
        d = ind[c]
        p, r = ratio(d["tp"], d["predicted"]), ratio(d["tp"], d["support"])
        w = WEIGHTS.get(c)
        result["indicators"][c] = {
            "weight": w, "support": d["support"], "predicted": d["predicted"], "tp": d["tp"],
            "precision": p, "recall": r,
            "fires_on_sex_ads": ratio(d["fired_sex_ad"], n_sex),
            "meets_precision_target": (None if w is None or w < 1 or p is None else p >= INDICATOR_PRECISION_TARGET),
        }
    for k in KINDS:
        d = sel[k]
        p, r = ratio(d["tp"], d["tp"] + d["fp"]), ratio(d["tp"], d["tp"] + d["fn"])
        tgt = SELECTOR_TARGETS.get(k)
        result["selectors"][k] = {
            "tp": d["tp"], "fp": d["fp"], "fn": d["fn"], "precision": p, "recall": r, "f1": f1(p, r),
            "posts_wrong": d["posts_wrong"],
            "meets_target": None if tgt is None or p is None or r is None else (p >= tgt[0] and r >= tgt[1]),
        }
        if args.errors:
            result["selectors"][k]["errors"] = d["errors"][: args.errors]
    if any_type:
        correct = sum(n for (g, p), n in types.items() if g == p)
        result["post_type"] = {
            "accuracy": correct / len(gold) if gold else None,
            "confusion": {g: {str(p): n for (gg, p), n in types.items() if gg == g} for g in POST_TYPES},
        }
    if missing:
        result["missing_ids"] = missing[:20]
    return result


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def print_table(res):
    print(f"posts: {res['posts']}   missing in output: {res['missing_in_output']}")
    print()
    print(f"{'indicator':9} {'weight':>6} {'support':>7} {'pred':>5} {'tp':>4} {'prec':>6} {'recall':>6} {'%sex_ads':>8}  target(P>=0.85,w>=1)")
    for c, d in res["indicators"].items():
        if d["support"] == 0 and d["predicted"] == 0:
            continue
        t = {None: "", True: "ok", False: "FAIL"}[d["meets_precision_target"]]
        fs = "  -  " if d["fires_on_sex_ads"] is None else f"{100 * d['fires_on_sex_ads']:6.1f}%"
        w = "?" if d["weight"] is None else f"{d['weight']:g}"
        print(f"{c:9} {w:>6} {d['support']:7} {d['predicted']:5} {d['tp']:4} {fmt(d['precision']):>6} "
              f"{fmt(d['recall']):>6} {fs:>8}  {t}")
    print()
    print(f"{'selector':9} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'recall':>6} {'f1':>6} {'posts_wrong':>11}  target(P>=0.97,R>=0.95)")
    for k, d in res["selectors"].items():
        t = {None: "", True: "ok", False: "FAIL"}[d["meets_target"]]
        print(f"{k:9} {d['tp']:5} {d['fp']:5} {d['fn']:5} {fmt(d['precision']):>6} {fmt(d['recall']):>6} "
              f"{fmt(d['f1']):>6} {d['posts_wrong']:11}  {t}")
    if "post_type" in res:
        pt = res["post_type"]
        print()
        print(f"post_type accuracy: {fmt(pt['accuracy'])}")
        for g, row in pt["confusion"].items():
            print(f"  {g:10} -> " + ", ".join(f"{p}: {n}" for p, n in sorted(row.items())))
    for k, d in res["selectors"].items():
        for e in d.get("errors", []):
            print(f"{k} {e['id']}: false_pos={e['false_pos']} missed={e['missed']}")


def stats(gold):
    types = Counter(g["labels"]["post_type"] for g in gold)
    ind = defaultdict(Counter)
    for g in gold:
        for c in g["labels"]["indicators"]:
            ind[c][g["labels"]["post_type"]] += 1
    sel = {k: sum(len(g["labels"][k]) for g in gold) for k in KINDS}
    posts_with = {k: sum(1 for g in gold if g["labels"][k]) for k in KINDS}
    plats = Counter(h["platform"] for g in gold for h in g["labels"]["handles"])
    # A post without a region (null or absent) counts as "-".
    regions = Counter(g.get("region") or "-" for g in gold)
    return {"posts": len(gold), "post_types": dict(types),
            "indicators": {c: dict(ind[c]) for c in sorted(ind, key=lambda c: (c[0] != "S", c))},
            "selectors": sel, "posts_with_selector": posts_with, "handle_platforms": dict(plats.most_common()),
            "regions": dict(regions.most_common()),
            "posts_without_indicators": {t: sum(1 for g in gold if g["labels"]["post_type"] == t and not g["labels"]["indicators"])
                                         for t in POST_TYPES}}


def main():
    ap = argparse.ArgumentParser(description="Score plainsight scan output against eval/ads labels.")
    ap.add_argument("labels")
    ap.add_argument("predictions", nargs="?")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--only-type", choices=POST_TYPES, help="score only posts of this labelled type")
    ap.add_argument("--no-profile-urls", action="store_true",
                    help="ignore platform profile URLs (instagram.com/x, t.me/x, wa.me/...) in labels and output")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N wrong posts per selector kind")
    ap.add_argument("--stats", action="store_true", help="describe the labelled file only")
    args = ap.parse_args()
    gold = read_jsonl(args.labels)
    if args.only_type:
        gold = [g for g in gold if g["labels"]["post_type"] == args.only_type]
    if args.stats:
        res = stats(gold)
        if args.json:
            print(json.dumps(res, sort_keys=True))
        else:
            print(json.dumps(res, indent=1, ensure_ascii=False))
        return
    if not args.predictions:
        ap.error("PREDICTIONS is required unless --stats")
    res = score(gold, read_jsonl(args.predictions), args)
    if args.json:
        print(json.dumps(res, sort_keys=True))
    else:
        print_table(res)


if __name__ == "__main__":
    sys.exit(main())
