#!/usr/bin/env python3
"""Score licence extraction against the selectors-licences gold set.

    python3 score.py GOLD.jsonl PRED.jsonl [--errors N] [--json]

GOLD is dev.jsonl or heldout.jsonl of this folder.  PRED is the output of
`plainsight extract`: one JSON object per line, {"id", "selectors": [{"kind", "value",
"field", "start", "end", "raw", ...}]}, with start/end UTF-8 byte offsets into the
record's `title` or `body`.  Only selectors with kind == "licence" are scored.

Matching: per record and field, a predicted licence and a gold licence span match when
their byte ranges overlap.  Matching is one to one (largest overlap first), so a gold
code split into two predictions gives one true positive and one false positive, and a
prediction covering two gold codes matches one of them.  Unmatched predictions are false
positives, unmatched gold spans false negatives.

Consistency: each matched gold mention takes the `value` of its prediction.  Over all
pairs of matched mentions with the same `licence_id` (one agency's one licence written
in different ways or places), the share of pairs with equal values; and over all pairs
of matched mentions with different `licence_id`s in the whole file, the number with
equal values (collisions: two licences that would be merged).

Standard library only.
"""

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations


def load_jsonl(path):
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


def family(lid):
    parts = lid.split("-")
    return "-".join(parts[:2]) if len(parts) > 1 else lid


def context(text, start, end, width=45):
    """The field around [start, end) (byte offsets) with the span in ⟦ ⟧."""
    b = text.encode("utf-8")
    start = max(0, min(start, len(b)))
    end = max(start, min(end, len(b)))
    lo = max(0, start - width)
    hi = min(len(b), end + width)
    while lo > 0 and (b[lo] & 0xC0) == 0x80:
        lo -= 1
    while hi < len(b) and (b[hi] & 0xC0) == 0x80:
        hi += 1

    def dec(x):
        return x.decode("utf-8", errors="replace")

    s = (("…" if lo > 0 else "") + dec(b[lo:start]) + "⟦" + dec(b[start:end]) + "⟧"
         + dec(b[end:hi]) + ("…" if hi < len(b) else ""))
    return s.replace("\n", "⏎").replace("\r", "␍")


def match(golds, preds):
    """One-to-one matching of overlapping spans, largest overlap first.

    golds, preds: lists of (start, end, payload).  Returns list of (gi, pi).
    """
    cands = []
    for gi, (gs, ge, _) in enumerate(golds):
        for pi, (ps, pe, _) in enumerate(preds):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N examples of each error kind")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args(argv)

    gold = load_jsonl(args.gold)
    gold_by_id = {r["id"]: r for r in gold}
    preds_by_id = defaultdict(list)
    unknown_ids = set()
    seen_ids = set()
    n_pred_records = 0
    for rec in load_jsonl(args.pred):
        n_pred_records += 1
        rid = rec.get("id")
        seen_ids.add(rid)
        if rid not in gold_by_id:
            unknown_ids.add(rid)
            continue
        for s in rec.get("selectors") or []:
            if s.get("kind") == "licence":
                preds_by_id[rid].append(s)

    tp = fp = fn = 0
    fps, fns, matched = [], [], []  # matched: (lid, rid, field, gold raw, pred value, pred raw)
    fam = defaultdict(lambda: [0, 0, 0])  # family -> [gold, found, ...]
    reg = defaultdict(lambda: [0, 0, 0])  # region -> [gold, found, fp]
    bad_spans = 0
    for r in gold:
        rid = r["id"]
        region = r.get("region") or "-"
        for field in ("title", "body"):
            text = r.get(field) or ""
            nbytes = len(text.encode("utf-8"))
            g = [(l["start"], l["end"], l) for l in r["labels"]["licences"] if l["field"] == field]
            p = []
            for s in preds_by_id.get(rid, []):
                if s.get("field") != field:
                    continue
                st, en = s.get("start"), s.get("end")
                if not isinstance(st, int) or not isinstance(en, int) or not 0 <= st < en <= nbytes:
                    bad_spans += 1
                    st, en = -1, -1  # cannot match; still a false positive
                p.append((st, en, s))
            pairs = match(g, p)
            mg = {gi for gi, _ in pairs}
            mp = {pi for _, pi in pairs}
            for gi, pi in pairs:
                l, s = g[gi][2], p[pi][2]
                matched.append((l["licence_id"], rid, field, l["raw"], s.get("value"), s.get("raw"),
                                text, l["start"], l["end"]))
            for gi, (gs, ge, l) in enumerate(g):
                f = fam[family(l["licence_id"])]
                f[0] += 1
                reg[region][0] += 1
                if gi in mg:
                    tp += 1
                    f[1] += 1
                    reg[region][1] += 1
                else:
                    fn += 1
                    fns.append((rid, field, l["raw"], l["licence_id"], context(text, gs, ge)))
            for pi, (ps, pe, s) in enumerate(p):
                if pi not in mp:
                    fp += 1
                    reg[region][2] += 1
                    ctx = context(text, ps, pe) if ps >= 0 else "(span out of range)"
                    fps.append((rid, field, s.get("raw"), s.get("value"), ctx))

    p, rc, f1 = prf(tp, fp, fn)

    # consistency
    by_lid = defaultdict(list)
    for m in matched:
        by_lid[m[0]].append(m)
    same_pairs = same_equal = 0
    inconsistent = []
    ids_multi = ids_consistent = 0
    for lid, ms in sorted(by_lid.items()):
        if len(ms) >= 2:
            ids_multi += 1
            vals = {m[4] for m in ms}
            if len(vals) == 1 and None not in vals:
                ids_consistent += 1
        for a, b in combinations(ms, 2):
            same_pairs += 1
            if a[4] is not None and a[4] == b[4]:
                same_equal += 1
            else:
                inconsistent.append((lid, a, b))
    by_val = defaultdict(list)
    for m in matched:
        if m[4] is not None:
            by_val[m[4]].append(m)
    n = len(matched)
    diff_pairs_total = n * (n - 1) // 2 - sum(len(v) * (len(v) - 1) // 2 for v in by_lid.values())
    collisions = []
    for val, ms in sorted(by_val.items()):
        for a, b in combinations(ms, 2):
            if a[0] != b[0]:
                collisions.append((val, a, b))
    diff_pairs = diff_pairs_total
    cons = same_equal / same_pairs if same_pairs else 0.0

    print(f"gold file        {args.gold}: {len(gold)} ads, {tp + fn} gold licence spans, "
          f"{len({l['licence_id'] for r in gold for l in r['labels']['licences']})} licence ids")
    print(f"prediction file  {args.pred}: {n_pred_records} records, "
          f"{sum(len(v) for v in preds_by_id.values())} licence selectors")
    if unknown_ids:
        print(f"  warning: {len(unknown_ids)} prediction ids not in gold (ignored)")
    missing = [r["id"] for r in gold if r["id"] not in seen_ids]
    if missing:
        print(f"  warning: {len(missing)} gold ads have no prediction record (scored as empty)")
    if bad_spans:
        print(f"  warning: {bad_spans} predicted spans out of range for their field (counted as FP)")
    print()
    print(f"precision  {p:.3f}   ({tp} / {tp + fp})")
    print(f"recall     {rc:.3f}   ({tp} / {tp + fn})")
    print(f"F1         {f1:.3f}")
    print(f"TP {tp}   FP {fp}   FN {fn}")
    print()
    print(f"consistency (same licence_id, equal values)  {cons:.3f}   "
          f"({same_equal} / {same_pairs} pairs; {ids_consistent} / {ids_multi} ids with 2+ "
          f"matched mentions fully consistent)")
    print(f"collisions  (different licence_id, equal values)  {len(collisions)} pairs "
          f"of {diff_pairs}   ({len({c[0] for c in collisions})} distinct values)")
    print()
    print("by family (gold spans found / gold spans)")
    for k in sorted(fam):
        g_, f_, _ = fam[k]
        print(f"  {k:<12} {f_:>3} / {g_:<3}")
    print("by region (found / gold, false positives)")
    for k in sorted(reg):
        g_, f_, x_ = reg[k]
        print(f"  {k:<4} {f_:>3} / {g_:<3}  FP {x_}")

    if args.errors:
        N = args.errors
        print()
        print(f"== false positives ({len(fps)}) ==")
        for rid, field, raw, val, ctx in fps[:N]:
            print(f"  {rid} {field}: raw={raw!r} value={val!r}\n      {ctx}")
        print(f"== missed gold ({len(fns)}) ==")
        for rid, field, raw, lid, ctx in fns[:N]:
            print(f"  {rid} {field}: {raw!r} [{lid}]\n      {ctx}")
        print(f"== inconsistent pairs ({len(inconsistent)}) ==")
        for lid, a, b in inconsistent[:N]:
            print(f"  {lid}: {a[1]} {a[3]!r} -> {a[4]!r}  |  {b[1]} {b[3]!r} -> {b[4]!r}")
        print(f"== collisions ({len(collisions)}) ==")
        for val, a, b in collisions[:N]:
            print(f"  value {val!r}: {a[1]} {a[3]!r} [{a[0]}]  |  {b[1]} {b[3]!r} [{b[0]}]")

    if args.json:
        print(json.dumps(dict(tp=tp, fp=fp, fn=fn, precision=p, recall=rc, f1=f1,
                              consistency=cons, consistent_pairs=same_equal,
                              same_id_pairs=same_pairs, collisions=len(collisions),
                              different_id_pairs=diff_pairs), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
