#!/usr/bin/env python3
"""Build number_pool.json for eval/phones3 (run from a venv that has `phonenumbers`).

    python3 -m venv /tmp/venv-p3 && /tmp/venv-p3/bin/pip install phonenumbers
    /tmp/venv-p3/bin/python eval/phones3/build_pool.py

Every number is a randomly drawn, phonenumbers-valid mobile number (type MOBILE or
FIXED_LINE_OR_MOBILE) of its region. For each number the pool records, for the written
national form (with trunk prefix, as phonenumbers formats it) and for the bare national
significant number, in which regions of COUNTRIES the digits parse as a valid mobile number
(`*_cands`: candidate E.164 -> regions). `*_unique_all` tells whether, over ALL regions
phonenumbers knows, only one distinct E.164 is a valid mobile reading of those digits.
The dev and heldout halves never share a number (neither E.164 nor national digits).
"""
import json
import os
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

COUNTRIES = ("AU IN GB JP SG EC US NG KE ZA BR MX CO AR DE FR ES IT NL PL RO TR AE SA EG MA "
             "PH TH VN ID MY CN KR CA NZ IE PT HK ET GH CL PE").split()
WEIGHTED = set("AU IN GB JP SG EC US".split())
PER_SPLIT = {r: (100 if r in WEIGHTED else 40) for r in COUNTRIES}
MULT_REGIONS = "AU GB US IN SG NG ZA KE PH CA NZ IE MY".split()
MULT_PER_SPLIT = 8
ALL = sorted(pn.SUPPORTED_REGIONS)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def digits(s):
    return "".join(c for c in s if c.isdigit())


def mobile_reading(written, region):
    try:
        n = pn.parse(written, region)
    except pn.NumberParseException:
        return None
    if pn.is_valid_number_for_region(n, region) and pn.number_type(n) in MOBILE:
        return pn.format_number(n, F.E164)
    return None


def cands(written, regions):
    out = {}
    for r in regions:
        e = mobile_reading(written, r)
        if e:
            out.setdefault(e, []).append(r)
    return out


def unique_all(written):
    es = set()
    for r in ALL:
        e = mobile_reading(written, r)
        if e:
            es.add(e)
            if len(es) > 1:
                return False
    return len(es) == 1


def record(n, region, tag):
    e164 = pn.format_number(n, F.E164)
    nat = pn.format_number(n, F.NATIONAL)
    nsn = pn.national_significant_number(n)
    rec = {"region": region, "e164": e164, "cc": str(n.country_code), "nsn": nsn,
           "national": nat, "nat_digits": digits(nat),
           "international": pn.format_number(n, F.INTERNATIONAL), "tag": tag}
    for key, written in (("nat", digits(nat)), ("nsn", nsn)):
        c = cands(written, COUNTRIES)
        rec[key + "_cands"] = {k: v for k, v in sorted(c.items())}
        own = mobile_reading(written, region)
        rec[key + "_own"] = own == e164
        rec[key + "_unique_all"] = (len(c) == 1 and own == e164 and unique_all(written))
    return rec


def draw(rng, region, forced_tail=None):
    ex = pn.example_number_for_type(region, T.MOBILE)
    nsn = pn.national_significant_number(ex)
    for attempt in range(20000):
        k = rng.choice((1, 2, 3)) if attempt < 10000 else 3
        cand = nsn[:k] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - k))
        if forced_tail:
            tail = forced_tail(rng)
            cand = cand[:len(cand) - len(tail)] + tail
        n = pn.parse("+%d%s" % (ex.country_code, cand))
        if pn.is_valid_number_for_region(n, region) and pn.number_type(n) in MOBILE:
            return n
    raise SystemExit("cannot draw " + region)


def mult_tail(rng):
    kind = rng.choice(("d000", "dd00", "d00x"))
    if kind == "d000":
        return rng.choice("123456789") + "000"
    if kind == "dd00":
        return rng.choice(("11", "12", "13", "14", "15", "16", "17", "18", "19", "25", "35", "45")) + "00"
    return rng.choice("123456789") + "00" + rng.choice("123456789")


def main():
    rng = random.Random(20240613)
    seen_e, seen_d = set(), set()
    pool = {"countries": COUNTRIES, "dev": [], "heldout": []}
    for region in COUNTRIES:
        for split in ("dev", "heldout"):
            for tag, count, tail in (("plain", PER_SPLIT[region], None),
                                     ("mult", MULT_PER_SPLIT if region in MULT_REGIONS else 0, mult_tail)):
                got = 0
                while got < count:
                    n = draw(rng, region, tail)
                    e = pn.format_number(n, F.E164)
                    d = digits(pn.format_number(n, F.NATIONAL))
                    if e in seen_e or d in seen_d:
                        continue
                    rec = record(n, region, tag)
                    if not rec["nat_own"]:
                        continue
                    seen_e.add(e)
                    seen_d.add(d)
                    pool[split].append(rec)
                    got += 1
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(path, "w", encoding="utf-8") as f:  # one number per line, so diffs stay readable
        f.write('{"countries": %s,\n' % json.dumps(COUNTRIES))
        for i, split in enumerate(("dev", "heldout")):
            f.write('"%s": [\n' % split)
            f.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in pool[split]))
            f.write("\n]%s\n" % ("," if i == 0 else "}"))
    print("wrote", path, len(pool["dev"]), len(pool["heldout"]), "phonenumbers", pn.__version__)


if __name__ == "__main__":
    main()
