#!/usr/bin/env python3
"""Build number_pool.json: invented phone numbers that libphonenumber accepts as valid.

    pip install phonenumbers          # the pool was built with phonenumbers 9.0.43
    python3 build_pool.py             # writes number_pool.json next to this file

Seeded and deterministic for a given phonenumbers version. For every scenario country it draws
random mobile and fixed-line numbers (NANP numbers by area code, so posts can name a matching
city; plus a few NANP toll-free numbers, the only NANP numbers libphonenumber takes as valid in
both the US and Canada). Well-known fictional ranges and libphonenumber's own example numbers are
skipped. For each number and for each way its digits may be written without a country code
(`national`: the digits of libphonenumber's national format, trunk prefix included; `nsn`: the
national significant number; `with1`: NANP with the leading 1), it records every region in
libphonenumber where exactly those digits are a valid number, and for the scenario countries the
E.164 value and national format they would have there. write.py (standard library only) reads
this file and never needs libphonenumber.
"""
import json
import os
import random
import re
import sys

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

SEED = 110611
HERE = os.path.dirname(os.path.abspath(__file__))

# The countries a post in this set can come from (ambiguity is judged among these).
SCENARIO = ["US", "CA", "AU", "IN", "GB", "JP", "SG", "EC", "PH", "TH", "AE", "MX", "CO", "BR",
            "ZA", "KE", "NG", "DE", "ES", "IT", "RU", "KZ"]
# Home countries of touring advertisers, only ever written with their country code.
EXTRA = ["FR"]

NANP_AREA_CODES = {
    "US": ["702", "725", "713", "281", "832", "346", "404", "678", "470", "770", "201", "973",
           "732", "908", "856", "609", "212", "646", "718", "347", "917", "305", "786", "312",
           "773", "872", "213", "310", "323", "424", "818", "214", "469", "972", "602", "480",
           "623", "206", "253", "425", "415", "510", "408", "504", "615", "503", "303", "720",
           "313", "617", "202", "407", "813", "210", "512", "619", "916", "801"],
    "CA": ["416", "647", "437", "905", "289", "514", "438", "604", "778", "236", "403", "587",
           "825", "780", "613", "343", "204", "306", "902", "519", "250"],
}
NANP_PER_AREA = 8
NANP_TOLL_FREE = ["800", "833", "844", "855", "866", "877", "888"]
NANP_TOLL_FREE_N = 40
PER_COUNTRY = {"mobile": 60, "fixed": 30}
EXTRA_PER_COUNTRY = {"mobile": 24}

MOBILE_TYPES = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
FIXED_TYPES = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}

# Fictional / reserved-for-drama ranges, as national significant numbers (regex, full match).
FICTIONAL = {
    "US": [r"\d{3}555\d{4}"],           # every 555 exchange, not only 555-01xx
    "CA": [r"\d{3}555\d{4}"],
    "GB": [r"7700900\d{3}", r"1[1-9]14960\d{3}", r"1214960\d{3}", r"1314960\d{3}",
           r"1414960\d{3}", r"1514960\d{3}", r"1614960\d{3}", r"2079460\d{3}", r"1914980\d{3}",
           r"2896496\d{3}", r"2920180\d{3}", r"1632960\d{3}", r"8081570\d{3}", r"9098790\d{3}",
           r"3069990\d{3}"],
    "AU": [r"49157[0-2]\d{3}", r"[2378]5550\d{4}", r"[2378]7010\d{4}"],
}


def is_fictional(region, nsn):
    return any(re.fullmatch(p, nsn) for p in FICTIONAL.get(region, []))


def example_nsns(region):
    out = set()
    for t in (T.MOBILE, T.FIXED_LINE, T.TOLL_FREE):
        n = pn.example_number_for_type(region, t)
        if n is not None:
            out.add(pn.national_significant_number(n))
    return out


def digits(s):
    return "".join(c for c in s if c.isdigit())


def valid_in(d, regions):
    """{region: number} for every region where the digit string d, dialled there, is valid."""
    out = {}
    for r in regions:
        try:
            n = pn.parse(d, r, keep_raw_input=True)
        except pn.NumberParseException:
            continue
        src = n.country_code_source
        nanp_trunk = src == pn.CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN and n.country_code == 1 and r in NANP_AREA_CODES
        if src != pn.CountryCodeSource.FROM_DEFAULT_COUNTRY and not nanp_trunk:
            continue  # read as an international number (an IDD prefix), not a national one
        if pn.is_valid_number_for_region(n, r):
            out[r] = n
    return out


ALL_REGIONS = sorted(pn.SUPPORTED_REGIONS)


def record(region, n, kind, extra=None):
    nsn = pn.national_significant_number(n)
    nat = pn.format_number(n, F.NATIONAL)
    rec = {
        "region": region,
        "kind": kind,
        "type": str(pn.number_type(n)),
        "e164": pn.format_number(n, F.E164),
        "cc": str(n.country_code),
        "nsn": nsn,
        "national": nat,
        "international": pn.format_number(n, F.INTERNATIONAL),
        "groups": re.split(r"[^0-9]+", pn.format_number(n, F.INTERNATIONAL).split(" ", 1)[1]),
        "writings": {},
    }
    if extra:
        rec.update(extra)
    ways = {"national": digits(nat), "nsn": nsn}
    if n.country_code == 1:
        ways["with1"] = "1" + nsn
    seen = {}
    for way, d in ways.items():
        if d in seen:
            rec["writings"][way] = {"same_as": seen[d]}
            continue
        seen[d] = way
        hits = valid_in(d, ALL_REGIONS)
        scen = {}
        for r in SCENARIO:
            if r in hits:
                m = hits[r]
                mnat = pn.format_number(m, F.NATIONAL)
                scen[r] = {"e164": pn.format_number(m, F.E164), "national": mnat,
                           "as_written": digits(mnat) == d or (way == "with1" and digits(mnat) == d[1:])}
        rec["writings"][way] = {"digits": d, "valid_in": sorted(hits), "scenario": scen}
    return rec


# National significant number lengths drawn, per (region, kind): the usual ones for numbers people
# advertise. libphonenumber also accepts rarer lengths (5-digit South African mobiles, 15-digit
# German lines), which an invented ad would not use.
LENGTHS = {
    ("AU", "mobile"): [9], ("AU", "fixed"): [9], ("IN", "mobile"): [10], ("IN", "fixed"): [10],
    ("GB", "mobile"): [10], ("GB", "fixed"): [10], ("JP", "mobile"): [10], ("JP", "fixed"): [9],
    ("SG", "mobile"): [8], ("SG", "fixed"): [8], ("EC", "mobile"): [9], ("EC", "fixed"): [8],
    ("PH", "mobile"): [10], ("PH", "fixed"): [9, 10], ("TH", "mobile"): [9], ("TH", "fixed"): [8],
    ("AE", "mobile"): [9], ("AE", "fixed"): [8], ("MX", "mobile"): [10], ("MX", "fixed"): [10],
    ("CO", "mobile"): [10], ("CO", "fixed"): [10], ("BR", "mobile"): [11], ("BR", "fixed"): [10],
    ("ZA", "mobile"): [9], ("ZA", "fixed"): [9], ("KE", "mobile"): [9], ("KE", "fixed"): [9],
    ("NG", "mobile"): [10], ("NG", "fixed"): [10], ("DE", "mobile"): [10, 11], ("DE", "fixed"): [10, 11],
    ("ES", "mobile"): [9], ("ES", "fixed"): [9], ("IT", "mobile"): [10], ("IT", "fixed"): [9, 10],
    ("RU", "mobile"): [10], ("RU", "fixed"): [10], ("KZ", "mobile"): [10], ("KZ", "fixed"): [10],
    ("FR", "mobile"): [9],
}


def draw(region, rng, want_types, count, taken, prefix=None, kind=None):
    meta = pn.PhoneMetadata.metadata_for_region(region)
    lengths = LENGTHS.get((region, kind)) or sorted(set(meta.general_desc.possible_length))
    out = []
    tries = 0
    examples = example_nsns(region)
    while len(out) < count:
        tries += 1
        if tries > 3_000_000:
            sys.exit("could not draw %d numbers for %s" % (count, region))
        if prefix:
            nsn = prefix + "".join(rng.choice("0123456789") for _ in range(10 - len(prefix)))
        else:
            ln = rng.choice(lengths)
            nsn = rng.choice("0123456789" if region == "IT" else "123456789") + "".join(rng.choice("0123456789") for _ in range(ln - 1))
        if nsn in taken or nsn in examples or is_fictional(region, nsn):
            continue
        try:
            n = pn.parse("+" + str(meta.country_code) + nsn, None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number_for_region(n, region):
            continue
        if pn.number_type(n) not in want_types:
            continue
        if pn.national_significant_number(n) != nsn:
            continue
        if prefix and nsn[3:6] in ("555", "911", "411", "611", "311", "211", "511", "711", "811"):
            continue
        if len(set(nsn)) < 4:
            continue  # no 777-7777 style vanity numbers
        taken.add(nsn)
        out.append(n)
    return out


def main():
    rng = random.Random(SEED)
    pool = []
    for region in SCENARIO + EXTRA:
        taken = set()
        if region in NANP_AREA_CODES:
            for ac in NANP_AREA_CODES[region]:
                for n in draw(region, rng, MOBILE_TYPES | FIXED_TYPES, NANP_PER_AREA, taken, prefix=ac):
                    pool.append(record(region, n, "nanp", {"area_code": ac}))
            if region == "US":
                for i in range(NANP_TOLL_FREE_N):
                    ac = NANP_TOLL_FREE[i % len(NANP_TOLL_FREE)]
                    for n in draw(region, rng, {T.TOLL_FREE}, 1, taken, prefix=ac):
                        pool.append(record(region, n, "toll_free", {"area_code": ac}))
            continue
        counts = EXTRA_PER_COUNTRY if region in EXTRA else PER_COUNTRY
        for kind, cnt in counts.items():
            types = MOBILE_TYPES if kind == "mobile" else FIXED_TYPES
            for n in draw(region, rng, types, cnt, taken, kind=kind):
                pool.append(record(region, n, kind))
    doc = {
        "built_with": "phonenumbers " + pn.__version__,
        "seed": SEED,
        "scenario_countries": SCENARIO,
        "extra_countries": EXTRA,
        "numbers": pool,
    }
    # one number per line: diffable, and small enough to read
    head = {k: v for k, v in doc.items() if k != "numbers"}
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "numbers": [\n')
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in pool))
        f.write("\n]}\n")
    print("wrote %d numbers" % len(pool))


if __name__ == "__main__":
    main()
