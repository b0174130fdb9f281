#!/usr/bin/env python3
"""Check every label in eval/phones6 against libphonenumber.

    python3 -m venv /tmp/venv-p6 && /tmp/venv-p6/bin/pip install phonenumbers
    /tmp/venv-p6/bin/python eval/phones6/check_labels.py [--show N]

For each labelled phone: the e164 is valid and in E.164 form; it belongs to the labelled country;
its raw occurs in the named field; the digits the raw spells (read by test_write.py's decoder, not
the generator) parse back to the same number; its region_source is backed by the post. For each
ambiguous number: its digits are a valid mobile in two or more of the set's countries, the regions
and candidates are what libphonenumber says, and the post carries no region evidence at all.
It then lists, without failing, what libphonenumber's own matcher finds in the text that is not
labelled (mostly the hard decoys). The last line reports the number of problems.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import test_write  # noqa: E402  (the independent decoder)
import write  # noqa: E402  (only for the place tables)

MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
SET = sorted(write.POOL["countries"])
INTL = {"intl_plus", "intl_plus_trunk", "intl_00", "intl_bare", "wa_me"}
GENERIC = tuple("." + t for t in write.GENERIC_TLDS)
CCTLD = {c: ["." + t for t in v["cctld"]] for c, v in write.C.items()}


def places():
    out = {}
    for c, v in write.C.items():
        for p in v["latin"] + v["native"] + v["qualified"] + v["name"]:
            out.setdefault(p, set()).add(c)
    return out


PLACES = places()
PLACE_RX = {p: re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)") for p in PLACES}


def readings(digits, regions, types=None):
    out = {}
    for r in regions:
        try:
            n = pn.parse(digits, r)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(n, r) and (types is None or pn.number_type(n) in types):
            out.setdefault(pn.format_number(n, F.E164), []).append(r)
    return out


def parse_spelled(spelled, form, region):
    if form in ("intl_plus", "intl_plus_trunk"):
        return pn.parse(spelled, None)
    if form == "intl_00":
        return pn.parse("+" + spelled[2:], None)
    if form in ("intl_bare", "wa_me"):
        return pn.parse("+" + spelled, None)
    return pn.parse(spelled, region)


def places_in(text):
    """Places named in text, longest first, so that "London, Ontario" is not also "London"."""
    found = []
    for p in sorted(PLACE_RX, key=len, reverse=True):
        rx = PLACE_RX[p]
        if rx.search(text):
            found.append(p)
            text = rx.sub(" ", text)
    return sorted(found)


def host(url):
    return re.sub(r"^https?://", "", url).split("/")[0]


def check(rec, problems):
    lab = rec["labels"]
    text = rec["title"] + "\n" + rec["body"]
    ev = lab["evidence"]
    pid = rec["id"]

    def bad(msg):
        problems.append("%s: %s" % (pid, msg))
    for p in lab["phones"]:
        try:
            n = pn.parse(p["e164"], None)
        except pn.NumberParseException:
            bad("unparseable e164 %s" % p["e164"])
            continue
        if not pn.is_valid_number(n) or pn.format_number(n, F.E164) != p["e164"]:
            bad("invalid or non-E.164 %s" % p["e164"])
        if pn.region_code_for_number(n) != p["region"]:
            bad("%s is %s, labelled %s" % (p["e164"], pn.region_code_for_number(n), p["region"]))
        if p["raw"] not in rec.get(p["field"], ""):
            bad("raw %r not in %s" % (p["raw"], p["field"]))
        spelled = test_write.decode(p["raw"])
        if spelled != p["spelled"]:
            bad("raw %r spells %s, label says %s" % (p["raw"], spelled, p["spelled"]))
        try:
            m = parse_spelled(spelled, p["form"], p["region"])
            if pn.format_number(m, F.E164) != p["e164"]:
                bad("%s (%s) reads as %s, labelled %s" % (spelled, p["form"], pn.format_number(m, F.E164), p["e164"]))
        except pn.NumberParseException as e:
            bad("%s does not parse: %s" % (spelled, e))
        src = p["region_source"]
        if p["form"] in INTL:
            if src != "calling_code":
                bad("number written with its code has source %s" % src)
            continue
        if src != ev["kind"] or ev.get("region") != p["region"]:
            bad("source %s/%s but post evidence %s" % (src, p["region"], ev))
            continue
        if src == "record" and rec.get("region") != p["region"]:
            bad("record source without region field")
        elif src == "location":
            loc = rec.get("location", "")
            if PLACES.get(loc) != {p["region"]} and not loc.endswith((", TX", ", FL", ", GA", ", NV", ", IL")):
                bad("location %r does not name %s alone" % (loc, p["region"]))
        elif src == "text":
            if ev["value"] not in rec[ev["field"]]:
                bad("evidence %r not in %s" % (ev["value"], ev["field"]))
            own = {k for k, v in PLACES.items() if k.upper() == ev["value"].upper()}
            regs = set().union(*(PLACES[k] for k in own)) if own else set()
            if regs != {p["region"]}:
                bad("place %r points to %s" % (ev["value"], sorted(regs)))
        elif src == "url":
            h = host(rec.get("url", ""))
            ok = (ev["how"] == "cctld" and any(h.endswith(t) for t in CCTLD[p["region"]])) or \
                 (ev["how"] == "subdomain" and h.split(".")[0] in write.C[p["region"]]["sub"]) or \
                 (ev["how"] == "path" and ev["value"].strip("/") in write.C[p["region"]]["sub"] and ev["value"] in rec.get("url", ""))
            if not ok:
                bad("url %r does not back %s" % (rec.get("url"), p["region"]))
        elif src == "calling_code":
            cc = pn.country_code_for_region(p["region"])
            others = [q for q in lab["phones"] if q["form"] in INTL and pn.parse(q["e164"]).country_code == cc]
            if not others and ("+%d" % cc) not in text:
                bad("no calling code +%d in the post" % cc)
        elif src == "format":
            r = readings(p["spelled"], SET, MOBILE)
            if list(r) != [p["e164"]]:
                bad("format number %s has mobile readings %s" % (p["spelled"], r))
    # evidence must be the only kind, and must not be contradicted. Words inside a labelled raw
    # ("lima" is five in Malay and Indonesian) and the destination of a job abroad are not places
    # the ad comes from.
    bare = text
    for p in lab["phones"]:
        bare = bare.replace(p["raw"], " ")
    found = [f for f in places_in(bare) if f != ev.get("destination")]
    if ev.get("destination") and any(p["form"] not in INTL for p in lab["phones"]):
        bad("job abroad with a national-form number")
    if ev["kind"] in ("none", "format", "calling_code", "url", "location", "record"):
        if found:
            bad("post with %s evidence names places %s" % (ev["kind"], found))
    elif ev["kind"] == "text":
        regs = set().union(*(PLACES[f] for f in found)) if found else set()
        if regs - {ev["region"]}:
            bad("post names places of %s" % sorted(regs))
    url = rec.get("url", "")
    if ev["kind"] != "url" and url and not host(url).endswith(GENERIC):
        bad("non-generic url %s without url evidence" % url)
    if ev["kind"] not in ("location",) and "location" in rec:
        bad("location field without location evidence")
    if ev["kind"] not in ("record",) and "region" in rec:
        bad("region field without record evidence")
    if ev["kind"] == "format":
        nat = [p for p in lab["phones"] if p["form"] not in INTL]
        if any(p["region_source"] != "format" for p in nat):
            bad("format post with other sources")
    for a in lab["ambiguous"]:
        d = a["digits"]
        if test_write.digits_of(a["raw"]) != d:
            bad("ambiguous raw %r is not %s" % (a["raw"], d))
        mob = readings(d, SET, MOBILE)
        regions = sorted({x for v in mob.values() for x in v})
        if len(mob) < 2 or regions != a["regions"]:
            bad("ambiguous %s: mobile readings %s, labelled %s" % (d, regions, a["regions"]))
        cands = sorted(readings(d, sorted(pn.SUPPORTED_REGIONS)))
        if cands != a["e164_candidates"]:
            bad("ambiguous %s: candidates differ" % d)
        lang_regions = write.SPEAKERS.get(lab["lang"], set()) & set(regions)
        if len(lang_regions) == 1 or (lab["lang"] != "en" and len(lang_regions) < 2):
            bad("ambiguous %s: the post's language (%s) fits %s of its readings" % (d, lab["lang"], sorted(lang_regions)))
    if lab["ambiguous"]:
        if lab["phones"] or "+" in text or ev["kind"] != "none":
            bad("ambiguous post carries a phone, a plus or evidence")


def unlabelled(rec):
    lab = rec["labels"]
    known = {p["e164"] for p in lab["phones"]} | {e for a in lab["ambiguous"] for e in a["e164_candidates"]}
    out = []
    for fld in ("title", "body"):
        for m in pn.PhoneNumberMatcher(rec[fld], lab["country"], leniency=pn.Leniency.VALID):
            e = pn.format_number(m.number, F.E164)
            if e not in known:
                out.append((rec["id"], fld, m.raw_string, e, lab["decoys"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=12)
    a = ap.parse_args()
    problems, extra, n = [], [], Counter()
    for fname in ("dev.jsonl", "heldout.jsonl"):
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                check(rec, problems)
                extra += unlabelled(rec)
                n["posts"] += 1
                n["phones"] += len(rec["labels"]["phones"])
                n["ambiguous"] += len(rec["labels"]["ambiguous"])
    print("checked %d posts, %d phone labels, %d ambiguous labels (phonenumbers %s)" % (n["posts"], n["phones"], n["ambiguous"], pn.__version__))
    kinds = Counter(k for x in extra for k in x[4])
    print("libphonenumber's matcher finds %d unlabelled numbers (decoys meant to be hard); posts' decoy kinds: %s" % (len(extra), dict(kinds.most_common())))
    for x in extra[:a.show]:
        print("  %s %s %r -> %s" % x[:4])
    for p in problems:
        print("PROBLEM " + p)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
