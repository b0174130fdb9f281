#!/usr/bin/env python3
"""Score `plainsight extract` output against a labelled phone evaluation file.

    plainsight extract eval/phones/dev.jsonl > /tmp/dev.out.jsonl
    python3 eval/phones/score.py eval/phones/dev.jsonl /tmp/dev.out.jsonl [--json] [--show N]

Python 3.11 standard library only. Phones are compared per post as multisets of E.164 values
(one label per mention, one selector per mention). Reported: recall and precision overall, recall
per label class, recall and precision per post group, region_source agreement on matched phones,
labelled-ambiguous numbers that were emitted as phones (each also counts as a false positive) or
reported under `ambiguous`, and false positives by the decoy kinds present in the post.
"""
import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit("%s:%d: not JSON (%s)" % (path, ln, e))
    return out


def digits_of(s):
    out = []
    for c in s or "":
        d = unicodedata.digit(c, None)
        if d is not None:
            out.append(str(d))
    return "".join(out)


def ratio(a, b):
    return round(a / b, 4) if b else None


def score(gold_recs, pred_recs, show=0):
    preds = {}
    for r in pred_recs:
        if "id" in r:
            preds[r["id"]] = r
    gold_ids = set()
    tot = Counter()
    by_class = defaultdict(Counter)
    by_group = defaultdict(Counter)
    by_source = defaultdict(Counter)
    source_confusion = Counter()
    by_decoy = defaultdict(Counter)
    misses, false_pos = [], []
    for g in gold_recs:
        pid = g["id"]
        gold_ids.add(pid)
        lab = g["labels"]
        group = lab.get("group", "?")
        p = preds.get(pid)
        if p is None:
            tot["missing_posts"] += 1
            p = {}
        sels = [s for s in (p.get("selectors") or []) if isinstance(s, dict) and s.get("kind") == "phone"]
        used = [False] * len(sels)
        tp = 0
        for gp in lab["phones"]:
            cls = gp.get("class", "?")
            src = gp.get("region_source", "?")
            by_class[cls]["gold"] += 1
            by_source[src]["gold"] += 1
            hit = None
            for i, s in enumerate(sels):
                if not used[i] and s.get("value") == gp["e164"]:
                    hit = i
                    break
            if hit is None:
                misses.append({"id": pid, "class": cls, "e164": gp["e164"], "raw": gp.get("raw"), "region_source": src})
                continue
            used[hit] = True
            tp += 1
            by_class[cls]["tp"] += 1
            by_source[src]["tp"] += 1
            ps = sels[hit].get("region_source")
            if ps is not None:
                by_source[src]["with_source"] += 1
                if ps == src:
                    by_source[src]["source_agrees"] += 1
                else:
                    source_confusion["%s->%s" % (src, ps)] += 1
        fps = [sels[i] for i in range(len(sels)) if not used[i]]
        # labelled-ambiguous numbers
        amb_cands = {}
        for a in lab.get("ambiguous", []):
            tot["ambiguous_gold"] += 1
            for e in a.get("e164_candidates", []):
                amb_cands[e] = a
        amb_emitted = sum(1 for s in fps if s.get("value") in amb_cands)
        tot["ambiguous_emitted_as_phone"] += amb_emitted
        pred_amb_digits = Counter(digits_of(a.get("raw")) for a in p.get("ambiguous", []) or [])
        for a in lab.get("ambiguous", []):
            d = a.get("digits") or digits_of(a.get("raw"))
            if pred_amb_digits[d] > 0:
                pred_amb_digits[d] -= 1
                tot["ambiguous_reported"] += 1
        tot["gold"] += len(lab["phones"])
        tot["pred"] += len(sels)
        tot["tp"] += tp
        bg = by_group[group]
        bg["posts"] += 1
        bg["gold"] += len(lab["phones"])
        bg["pred"] += len(sels)
        bg["tp"] += tp
        for kind in set(lab.get("decoys", [])):
            by_decoy[kind]["posts"] += 1
            by_decoy[kind]["fp"] += len(fps)
            by_decoy[kind]["posts_with_fp"] += 1 if fps else 0
        for s in fps:
            false_pos.append({"id": pid, "group": group, "value": s.get("value"), "raw": s.get("raw"),
                              "region_source": s.get("region_source"), "ambiguous_label": s.get("value") in amb_cands,
                              "decoys": lab.get("decoys", [])})
    tot["extra_posts"] = len(set(preds) - gold_ids)
    fp = tot["pred"] - tot["tp"]
    res = {
        "overall": {"posts": len(gold_recs), "gold": tot["gold"], "pred": tot["pred"], "tp": tot["tp"], "fp": fp,
                    "fn": tot["gold"] - tot["tp"], "recall": ratio(tot["tp"], tot["gold"]), "precision": ratio(tot["tp"], tot["pred"]),
                    "missing_posts": tot["missing_posts"], "extra_posts": tot["extra_posts"]},
        "by_class": {k: {"gold": v["gold"], "tp": v["tp"], "recall": ratio(v["tp"], v["gold"])} for k, v in sorted(by_class.items())},
        "by_class_family": {},
        "by_group": {k: {"posts": v["posts"], "gold": v["gold"], "pred": v["pred"], "tp": v["tp"],
                         "recall": ratio(v["tp"], v["gold"]), "precision": ratio(v["tp"], v["pred"])} for k, v in sorted(by_group.items())},
        "region_source": {k: {"gold": v["gold"], "tp": v["tp"], "recall": ratio(v["tp"], v["gold"]),
                              "matched_with_source": v["with_source"], "agrees": v["source_agrees"],
                              "agreement": ratio(v["source_agrees"], v["with_source"])} for k, v in sorted(by_source.items())},
        "region_source_confusion": dict(sorted(source_confusion.items())),
        "ambiguous": {"labelled": tot["ambiguous_gold"], "reported_as_ambiguous": tot["ambiguous_reported"],
                      "emitted_as_phone": tot["ambiguous_emitted_as_phone"]},
        "decoys": {k: {"posts": v["posts"], "posts_with_fp": v["posts_with_fp"], "fp_in_those_posts": v["fp"]} for k, v in sorted(by_decoy.items())},
    }
    fam = defaultdict(Counter)
    for k, v in by_class.items():
        f = k.split(".")[0]
        fam[f]["gold"] += v["gold"]
        fam[f]["tp"] += v["tp"]
    res["by_class_family"] = {k: {"gold": v["gold"], "tp": v["tp"], "recall": ratio(v["tp"], v["gold"])} for k, v in sorted(fam.items())}
    agree = sum(v["source_agrees"] for v in by_source.values())
    withs = sum(v["with_source"] for v in by_source.values())
    res["overall"]["region_source_agreement"] = ratio(agree, withs)
    if show:
        res["misses"] = misses[:show]
        res["false_positives"] = false_pos[:show]
    return res


def fmt(x):
    return "  -  " if x is None else "%.4f" % x


def print_text(res):
    o = res["overall"]
    print("posts %d   gold phones %d   predicted %d   tp %d   fp %d   fn %d" % (o["posts"], o["gold"], o["pred"], o["tp"], o["fp"], o["fn"]))
    print("RECALL %s   PRECISION %s   region_source agreement %s" % (fmt(o["recall"]), fmt(o["precision"]), fmt(o["region_source_agreement"])))
    if o["missing_posts"] or o["extra_posts"]:
        print("warning: %d labelled posts have no output line, %d output ids are not labelled" % (o["missing_posts"], o["extra_posts"]))
    print("\nby class family       gold    tp   recall")
    for k, v in res["by_class_family"].items():
        print("  %-18s %6d %5d   %s" % (k, v["gold"], v["tp"], fmt(v["recall"])))
    print("\nby class                             gold    tp   recall")
    for k, v in res["by_class"].items():
        print("  %-33s %6d %5d   %s" % (k, v["gold"], v["tp"], fmt(v["recall"])))
    print("\nby post group   posts  gold  pred    tp   recall  precision")
    for k, v in res["by_group"].items():
        print("  %-12s %6d %5d %5d %5d   %s   %s" % (k, v["posts"], v["gold"], v["pred"], v["tp"], fmt(v["recall"]), fmt(v["precision"])))
    print("\nregion_source (gold)  gold    tp   recall  agreement (of matched with a source)")
    for k, v in res["region_source"].items():
        print("  %-18s %6d %5d   %s   %s (%d/%d)" % (k, v["gold"], v["tp"], fmt(v["recall"]), fmt(v["agreement"]), v["agrees"], v["matched_with_source"]))
    if res["region_source_confusion"]:
        print("  confusion gold->emitted: " + ", ".join("%s %d" % kv for kv in res["region_source_confusion"].items()))
    a = res["ambiguous"]
    print("\nambiguous numbers: %d labelled, %d reported as ambiguous, %d wrongly emitted as phones" % (
        a["labelled"], a["reported_as_ambiguous"], a["emitted_as_phone"]))
    print("\ndecoy kind       posts  posts_with_fp  fp_in_those_posts")
    for k, v in res["decoys"].items():
        print("  %-14s %6d %14d %18d" % (k, v["posts"], v["posts_with_fp"], v["fp_in_those_posts"]))
    for key in ("misses", "false_positives"):
        if key in res:
            print("\n%s (first %d):" % (key, len(res[key])))
            for m in res[key]:
                print("  " + json.dumps(m, ensure_ascii=False))


def main():
    ap = argparse.ArgumentParser(description="score plainsight extract output against labelled phones")
    ap.add_argument("labels", help="labelled JSONL (dev.jsonl / heldout.jsonl)")
    ap.add_argument("predictions", help="plainsight extract output (JSONL), '-' for stdin")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="also list the first N misses and false positives")
    a = ap.parse_args()
    gold = read_jsonl(a.labels)
    if a.predictions == "-":
        pred = [json.loads(l) for l in sys.stdin if l.strip()]
    else:
        pred = read_jsonl(a.predictions)
    res = score(gold, pred, a.show)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, sort_keys=True))
    else:
        print_text(res)


if __name__ == "__main__":
    main()
