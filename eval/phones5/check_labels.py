#!/usr/bin/env python3
"""Validate every label in dev.jsonl and heldout.jsonl with Google's libphonenumber (Python `phonenumbers`).

    python3 -m venv /tmp/venv-p5 && /tmp/venv-p5/bin/pip install phonenumbers
    /tmp/venv-p5/bin/python eval/phones5/check_labels.py

Checks, per labelled phone: the e164 parses, is valid, and belongs to the labelled region; the raw occurs in
the title or body (in the field it names); the digits the raw spells (`spelled`) parse back to the e164 in the
labelled region (international forms through the '+'); the region_source is backed by the post (the record's
region / location / url / a named place / another number's calling code / a format valid in one region only).
Per ambiguous label: the spelled digits are a valid mobile number in at least two of the set's countries, every
candidate is what libphonenumber reads in some region, and the post carries no region evidence.
Also lists (without failing) what libphonenumber's own matcher finds in the text that is not labelled, so decoys
that look like phones can be eyeballed. Exit status 1 if any problem is found.
"""
import json
import os
import sys
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402  (for the country table only)

MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def to_ascii(s):
    return "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)


INTL = ("intl_plus", "intl_00", "intl_011", "intl_trunk0", "cc_noplus", "wa_me")


def parse_spelled(sp, region, form):
    if sp.startswith("+"):
        return phonenumbers.parse(sp, None)
    if form in ("intl_00", "intl_011"):
        return phonenumbers.parse("+" + sp[len("00" if form == "intl_00" else "011"):], None)
    if form in ("cc_noplus", "wa_me"):
        return phonenumbers.parse("+" + sp, None)
    return phonenumbers.parse(sp, region)


def mobile_regions(digits):
    out = []
    for r in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            n = phonenumbers.parse(digits, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == r and phonenumbers.number_type(n) in MOBILE:
            out.append((r, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)))
    return out


def main():
    pool = {p["e164"]: p for p in json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))["numbers"]}
    problems, notes = [], []
    counts = {}
    for split in ("dev", "heldout"):
        c = counts.setdefault(split, {"posts": 0, "phones": 0, "ambiguous": 0, "decoy_posts": 0, "unlabelled_matches": 0})
        for ln, line in enumerate(open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8"), 1):
            r = json.loads(line)
            pid = r["id"]
            lab = r["labels"]
            c["posts"] += 1
            c["decoy_posts"] += bool(lab["decoys"])
            text = {"title": r.get("title", ""), "body": r.get("body", "")}
            url = r.get("url", "")
            for ph in lab["phones"]:
                c["phones"] += 1
                e = ph["e164"]

                def bad(msg):
                    problems.append("%s %s %s: %s" % (split, pid, e, msg))
                try:
                    n = phonenumbers.parse(e, None)
                except phonenumbers.NumberParseException as ex:
                    bad("does not parse (%s)" % ex)
                    continue
                if not phonenumbers.is_valid_number(n):
                    bad("not a valid number")
                if phonenumbers.region_code_for_number(n) != ph["region"]:
                    bad("region %s != labelled %s" % (phonenumbers.region_code_for_number(n), ph["region"]))
                if phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e:
                    bad("not in E.164 form")
                if e not in pool:
                    bad("not in number_pool.json")
                if ph["raw"] not in text[ph.get("field", "body")]:
                    bad("raw %r not in %s" % (ph["raw"], ph.get("field", "body")))
                try:
                    m = parse_spelled(ph["spelled"], ph["region"], ph["form"])
                    if phonenumbers.format_number(m, phonenumbers.PhoneNumberFormat.E164) != e:
                        bad("spelled %s reads as %s" % (ph["spelled"], phonenumbers.format_number(m, phonenumbers.PhoneNumberFormat.E164)))
                except phonenumbers.NumberParseException as ex:
                    bad("spelled %s does not parse (%s)" % (ph["spelled"], ex))
                src = ph["region_source"]
                region = ph["region"]
                if src == "record" and r.get("region") != region:
                    bad("record source without region field")
                if src == "location" and not r.get("location"):
                    bad("location source without location")
                if src == "url" and not url:
                    bad("url source without url")
                if src == "calling_code":
                    own = ph["form"] in INTL
                    other = any(q["form"] in INTL for q in lab["phones"] if q is not ph and q["region"] == region)
                    if not (own or other):
                        bad("calling_code source with no calling code in the post")
                if src == "format":
                    regs = mobile_regions(ph["spelled"])
                    if [x[0] for x in regs] != [region]:
                        bad("format source but valid mobile in %s" % [x[0] for x in regs])
                    if r.get("region") or r.get("location"):
                        bad("format source but the record has a region/location")
                if src == "text":
                    pass  # the generator inserts the place; the test checks it is there
            for a in lab["ambiguous"]:
                c["ambiguous"] += 1
                regs = mobile_regions(a["digits"])
                mix = [x for x in regs if x[0] in write.C]
                if len(mix) < 2:
                    problems.append("%s %s ambiguous %s: valid mobile only in %s" % (split, pid, a["digits"], regs))
                got = {x[1] for x in regs}
                if not set(a["e164_candidates"]) <= got:
                    problems.append("%s %s ambiguous %s: candidates %s not all readings" % (split, pid, a["digits"], sorted(set(a["e164_candidates"]) - got)))
                if r.get("region") or r.get("location"):
                    problems.append("%s %s ambiguous but the record has a region/location" % (split, pid))
                if lab["phones"]:
                    problems.append("%s %s ambiguous next to labelled phones" % (split, pid))
                if a["raw"] not in text["body"] and a["raw"] not in text["title"]:
                    problems.append("%s %s ambiguous raw %r not in the text" % (split, pid, a["raw"]))
                if "".join(ch for ch in to_ascii(a["raw"]) if ch.isdigit()) != a["digits"]:
                    problems.append("%s %s ambiguous raw %r does not carry digits %s" % (split, pid, a["raw"], a["digits"]))
            # eyeball list: what libphonenumber's matcher finds that is not labelled
            labelled = {p["e164"] for p in lab["phones"]} | {x for a in lab["ambiguous"] for x in a["e164_candidates"]}
            region = lab["phones"][0]["region"] if lab["phones"] else lab["country"]
            for fld in ("title", "body"):
                for m in phonenumbers.PhoneNumberMatcher(to_ascii(text[fld]), region, leniency=phonenumbers.Leniency.VALID):
                    v = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                    if v not in labelled:
                        c["unlabelled_matches"] += 1
                        notes.append("%s %s %s: matcher finds %r -> %s (decoys %s)" % (split, pid, fld, m.raw_string, v, lab["decoys"]))
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(json.dumps(counts))
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
