#!/usr/bin/env python3
"""Checks for eval/phones15 (no pytest needed):

    python3 eval/phones15/test_write.py

- write.py re-run into a temp dir gives byte-identical dev.jsonl / heldout.jsonl;
- ids unique and well formed, record layout as documented;
- every labelled e164 is valid per phonenumbers for its labelled country, and the label's `digits`
  read back to that number; every `raw` occurs in the title or body at field[start:end];
- spans (phones, ambiguous, negatives) never overlap, never touch another digit, and every digit of
  a title or body (Unicode digits included) lies inside a labelled span;
- `format` mentions read as a valid number in exactly one of the 39 countries; ambiguous mentions
  read as valid numbers in 2+ of them with different E.164 values, and their candidates are real;
- ambiguous share of mentions 2-5 %; rare countries reach their minimum; no number in both splits;
- gold fed back as predictions scores recall 1.0 and precision 1.0 with eval/phones/score.py, and an
  empty prediction scores recall 0.
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

import phonenumbers as pn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCORER = os.path.join(ROOT, "eval", "phones", "score.py")
FILES = ("dev.jsonl", "heldout.jsonl")
COUNTRIES = ("NE ML BF TD SD LY DZ TN IT NP BD LK ET UG KE SA QA KW OM BH AE LB JO MM LA KH TH MY "
             "GT HN SV NI MX US BO PY PE AR CL").split()
RARE = ["TD", "BF", "QA", "KW", "OM", "BH", "MM", "LA", "BO", "PY", "SV", "NI"]
MIN = {"dev.jsonl": 8, "heldout.jsonl": 12}
POSTS = {"dev.jsonl": 300, "heldout.jsonl": 500}
SOURCES = {"text", "url", "calling_code", "format", "region", "location", "international"}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        if len(failures) <= 40:
            print("FAIL: " + msg)


def e164(n):
    return pn.format_number(n, pn.PhoneNumberFormat.E164)


def read_as(d, region):
    """the number national digits d read as in region, or None"""
    try:
        n = pn.parse(d, region)
    except pn.NumberParseException:
        return None
    return e164(n) if pn.is_valid_number_for_region(n, region) else None


def readings(d, strict):
    out = set()
    for r in COUNTRIES:
        try:
            n = pn.parse(d, r, keep_raw_input=True)
        except pn.NumberParseException:
            continue
        if strict and n.country_code_source != pn.CountryCodeSource.FROM_DEFAULT_COUNTRY:
            continue
        if pn.is_valid_number_for_region(n, r):
            out.add((r, e164(n)))
    return out


def is_digit(ch):
    return unicodedata.digit(ch, None) is not None


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def test_identical():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--out", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        for name in FILES:
            a = open(os.path.join(HERE, name), "rb").read()
            b = open(os.path.join(tmp, name), "rb").read()
            check(a == b, "%s differs from a fresh run of write.py" % name)


def test_records(name, recs):
    check(len(recs) == POSTS[name], "%s: %d posts, expected %d" % (name, len(recs), POSTS[name]))
    prefix = "ph15d-" if name == "dev.jsonl" else "ph15h-"
    ids = [r["id"] for r in recs]
    check(len(set(ids)) == len(ids), "%s: duplicate ids" % name)
    n_phone = n_amb = 0
    per_country = Counter()
    for r in recs:
        pid = r["id"]
        check(pid.startswith(prefix), "%s: bad id" % pid)
        for k in ("title", "body", "url", "site", "posted_at", "labels"):
            check(k in r, "%s: missing %s" % (pid, k))
        lab = r["labels"]
        for k in ("group", "phones", "ambiguous", "negatives", "decoys", "category", "language"):
            check(k in lab, "%s: labels.%s missing" % (pid, k))
        fields = {"title": r["title"], "body": r["body"]}
        spans = []
        for p in lab["phones"]:
            n_phone += 1
            per_country[p["country"]] += 1
            check(p["region_source"] in SOURCES, "%s: region_source %s" % (pid, p["region_source"]))
            check(p["country"] in COUNTRIES, "%s: country %s" % (pid, p["country"]))
            n = pn.parse(p["e164"])
            check(pn.is_valid_number_for_region(n, p["country"]),
                  "%s: %s not valid for %s" % (pid, p["e164"], p["country"]))
            check(e164(n) == p["e164"], "%s: %s not E.164" % (pid, p["e164"]))
            check(p["raw"] in r["title"] or p["raw"] in r["body"], "%s: raw %r not in post" % (pid, p["raw"]))
            fam, scope = p["class"].split(".")
            check(scope in ("intl", "national"), "%s: class %s" % (pid, p["class"]))
            d = p["digits"]
            if scope == "intl":
                check(p["region_source"] == "international", "%s: intl mention with source %s" % (pid, p["region_source"]))
                s = d[2:] if d.startswith("00") else d
                check(e164(pn.parse("+" + s)) == p["e164"], "%s: digits %s do not read as %s" % (pid, d, p["e164"]))
            else:
                check(read_as(d, p["country"]) == p["e164"], "%s: digits %s do not read as %s in %s" % (
                    pid, d, p["e164"], p["country"]))
                if p["region_source"] == "format":
                    rd = readings(d, strict=False)
                    check(rd == {(p["country"], p["e164"])}, "%s: format mention %s reads as %s" % (pid, d, sorted(rd)))
            if p["region_source"] == "region":
                check(r.get("region") == p["country"], "%s: region field" % pid)
            if p["region_source"] == "location":
                check("location" in r and "region" not in r, "%s: location field" % pid)
            spans.append((p["field"], p["start"], p["end"], p["raw"]))
        for a in lab["ambiguous"]:
            n_amb += 1
            check(a["raw"] in r["title"] or a["raw"] in r["body"], "%s: ambiguous raw not in post" % pid)
            cc = a["country_candidates"]
            ec = a["e164_candidates"]
            check(len(set(cc)) >= 2 and len(set(ec)) >= 2, "%s: ambiguous with < 2 candidates" % pid)
            rd = readings(a["digits"], strict=True)
            check(sorted({c for c, _ in rd}) == sorted(cc) and sorted({e for _, e in rd}) == sorted(ec),
                  "%s: ambiguous candidates do not match readings of %s" % (pid, a["digits"]))
            check(not r.get("region") and not r.get("location"), "%s: ambiguous post has region/location" % pid)
            spans.append((a["field"], a["start"], a["end"], a["raw"]))
        if lab["group"] == "ambiguous":
            check(not lab["phones"] and lab["ambiguous"], "%s: ambiguous post layout" % pid)
        for ng in lab["negatives"]:
            spans.append((ng["field"], ng["start"], ng["end"], ng["raw"]))
        check(sorted({n["kind"] for n in lab["negatives"]}) == lab["decoys"], "%s: decoys list" % pid)
        # spans exact, disjoint, not touching digits; every digit covered
        covered = {"title": set(), "body": set()}
        for f, s, e, raw in spans:
            text = fields[f]
            check(text[s:e] == raw, "%s: %s[%d:%d] != raw %r" % (pid, f, s, e, raw))
            idx = set(range(s, e))
            check(not (covered[f] & idx), "%s: overlapping spans at %r" % (pid, raw))
            covered[f] |= idx
            if s > 0:
                check(not is_digit(text[s - 1]), "%s: span %r touches a digit before" % (pid, raw))
            if e < len(text):
                check(not is_digit(text[e]), "%s: span %r touches a digit after" % (pid, raw))
        for f, text in fields.items():
            for i, ch in enumerate(text):
                if is_digit(ch) and i not in covered[f]:
                    check(False, "%s: unlabelled digit %r in %s at %d" % (pid, ch, f, i))
                    break
    share = n_amb / float(n_phone + n_amb)
    check(0.02 <= share <= 0.05, "%s: ambiguous share %.3f" % (name, share))
    for c in RARE:
        check(per_country[c] >= MIN[name], "%s: %s has %d mentions (< %d)" % (name, c, per_country[c], MIN[name]))
    for c in COUNTRIES:
        check(per_country[c] > 0, "%s: no mention of %s" % (name, c))
    return {p["e164"] for r in recs for p in r["labels"]["phones"]}


def run_scorer(labels_path, preds):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([sys.executable, SCORER, labels_path, path, "--json"], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return json.loads(out)


def test_scorer(name, recs):
    path = os.path.join(HERE, name)
    perfect = []
    for r in recs:
        lab = r["labels"]
        perfect.append({
            "id": r["id"],
            "selectors": [{"kind": "phone", "value": p["e164"], "region_source": p["region_source"], "raw": p["raw"]}
                          for p in lab["phones"]],
            "ambiguous": [{"raw": a["digits"]} for a in lab["ambiguous"]],
        })
    res = run_scorer(path, perfect)
    o = res["overall"]
    check(o["recall"] == 1.0 and o["precision"] == 1.0, "%s: perfect prediction scores %s/%s" % (
        name, o["recall"], o["precision"]))
    check(o["region_source_agreement"] == 1.0, "%s: perfect region_source agreement %s" % (
        name, o["region_source_agreement"]))
    check(res["ambiguous"]["reported_as_ambiguous"] == res["ambiguous"]["labelled"],
          "%s: ambiguous not all reported in perfect prediction" % name)
    check(o["missing_posts"] == 0 and o["extra_posts"] == 0, "%s: missing/extra posts" % name)
    empty = run_scorer(path, [{"id": r["id"], "selectors": []} for r in recs])
    check(empty["overall"]["recall"] == 0.0 and empty["overall"]["tp"] == 0, "%s: empty prediction recall %s" % (
        name, empty["overall"]["recall"]))
    return o, empty["overall"]


def main():
    test_identical()
    seen = {}
    for name in FILES:
        recs = load(os.path.join(HERE, name))
        seen[name] = test_records(name, recs)
        o, e = test_scorer(name, recs)
        print("%s: %d posts, %d phones; perfect recall %s precision %s; empty recall %s" % (
            name, len(recs), o["gold"], o["recall"], o["precision"], e["recall"]))
    check(not (seen["dev.jsonl"] & seen["heldout.jsonl"]), "a number is in both dev and held-out")
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
