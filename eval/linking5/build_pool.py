#!/usr/bin/env python3
"""Build number_pool.json for linking5: random numbers that `phonenumbers` calls valid.

Needs the `phonenumbers` package (only this build step does; gen.py is standard library only):

    python3 -m venv /tmp/py5 && /tmp/py5/bin/pip install phonenumbers==9.0.43
    /tmp/py5/bin/python eval/linking5/build_pool.py

The numbers are drawn uniformly at random (digit by digit) and kept when the library says they
are valid and of the wanted type, so none of them was taken from a real advert. Fixed pool seed.
"""
import json
import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

POOL_SEED = 55005
# share of the corpus' numbers expected per country (mobile pool sized from it)
WEIGHTS = {
    "TH": 14, "VN": 10, "PH": 9, "MY": 6, "ID": 7, "KH": 4, "JP": 6, "KR": 5,
    "TW": 5, "HK": 4, "PL": 6, "UA": 7, "RO": 5, "MD": 3, "RU": 6, "GE": 3,
}
MOBILE_TOTAL = 44000
FIXED_TOTAL = 7200


def lengths(region, ntype):
    ex = phonenumbers.example_number_for_type(region, ntype)
    ls = {len(phonenumbers.national_significant_number(ex))}
    return sorted(ls), str(ex.country_code)


def draw(rng, region, ntype, count):
    want = {T.MOBILE, T.FIXED_LINE_OR_MOBILE} if ntype == T.MOBILE else {T.FIXED_LINE}
    ls, cc = lengths(region, ntype)
    ex = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, ntype))
    out, seen = [], set()
    tries = 0
    while len(out) < count:
        tries += 1
        if tries > count * 4000:
            raise SystemExit(f"{region}: too few valid numbers found")
        n = rng.choice(ls)
        # half the time keep the example's first digit so sparse plans (RU 9xx, JP 70/80/90) fill fast
        first = ex[0] if rng.random() < 0.5 else str(rng.randint(1, 9))
        nsn = first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if nsn in seen:
            continue
        try:
            p = phonenumbers.parse("+" + cc + nsn, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != region:
            continue
        if phonenumbers.number_type(p) not in want:
            continue
        seen.add(nsn)
        out.append([
            phonenumbers.format_number(p, F.E164),
            phonenumbers.format_number(p, F.NATIONAL),
            phonenumbers.format_number(p, F.INTERNATIONAL),
        ])
    return out


def main():
    rng = random.Random(POOL_SEED)
    total_w = sum(WEIGHTS.values())
    pool = {"pool_seed": POOL_SEED, "phonenumbers": phonenumbers.__version__, "countries": {}}
    for region in sorted(WEIGHTS):
        m = draw(rng, region, T.MOBILE, round(MOBILE_TOTAL * WEIGHTS[region] / total_w))
        f = draw(rng, region, T.FIXED_LINE, max(200, round(FIXED_TOTAL * WEIGHTS[region] / total_w)))
        pool["countries"][region] = {"mobile": m, "fixed": f}
        print(region, len(m), len(f), m[0], f[0], file=sys.stderr)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(pool, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    print(path, os.path.getsize(path), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
