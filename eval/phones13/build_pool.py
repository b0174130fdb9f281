#!/usr/bin/env python3
"""Build number_pool.json for the phones13 evaluation set.

    /tmp/p13/bin/python build_pool.py      (needs the `phonenumbers` package; write.py does not)

Every number is made up with a seeded RNG inside a mobile range of its country (US/CA: any
valid NANP number, libphonenumber types them FIXED_LINE_OR_MOBILE) and kept only when
libphonenumber calls it valid. For each number the pool keeps the E.164, national and
international forms, and where the national digits (as written in the national format, trunk
prefix included) would also be valid: `national_valid_in` (the 22 countries of this set, with
the E.164 each reading gives), `national_mobile_e164` (the same, only readings that
libphonenumber types as mobile, which is what a reader of an ad expects) and `national_e164_world` (the distinct E.164 values the national
digits give over every region libphonenumber knows).
"""
import json
import os
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["US", "CA", "GB", "IE", "AU", "NZ", "IN", "PK", "NG", "GH", "KE", "ZA",
             "PH", "ID", "VN", "TR", "IT", "NL", "PL", "AR", "CL", "DO"]
PER_COUNTRY = 48
SEED = 131313


def digits(s):
    return "".join(c for c in s if c.isdigit())


def make(region, rng, seen):
    ex = pn.example_number_for_type(region, T.MOBILE)
    nsn = pn.national_significant_number(ex)
    ok_types = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
    while True:
        if region in ("US", "CA"):
            cand = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        else:
            keep = rng.choice([1, 1, 2])
            cand = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        if cand == nsn or cand in seen:
            continue
        try:
            num = pn.parse(cand, region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in ok_types:
            continue
        seen.add(cand)
        return num


def main():
    rng = random.Random(SEED)
    pool, seen = [], set()
    world = sorted(pn.SUPPORTED_REGIONS)
    for region in COUNTRIES:
        for _ in range(PER_COUNTRY):
            num = make(region, rng, seen)
            e164 = pn.format_number(num, F.E164)
            nat = pn.format_number(num, F.NATIONAL)
            intl = pn.format_number(num, F.INTERNATIONAL)
            nd = digits(nat)
            valid_in = {}
            mobile_in = {}
            world_e164 = set()
            ok_types = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
            for r in world:
                try:
                    p = pn.parse(nd, r)
                except pn.NumberParseException:
                    continue
                if pn.is_valid_number(p):
                    e = pn.format_number(p, F.E164)
                    world_e164.add(e)
                    if r in COUNTRIES:
                        valid_in[r] = e
                        if pn.number_type(p) in ok_types:
                            mobile_in[r] = e
            assert valid_in.get(region) == e164, (region, nat)
            pool.append({
                "e164": e164, "country": region, "cc": str(num.country_code),
                "nsn": pn.national_significant_number(num),
                "national": nat, "international": intl,
                "type": "mobile" if pn.number_type(num) == T.MOBILE else "fixed_line_or_mobile",
                "national_valid_in": sorted(valid_in),
                "national_valid_e164": dict(sorted(valid_in.items())),
                "national_mobile_e164": dict(sorted(mobile_in.items())),
                "national_e164_world": sorted(world_e164),
            })
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "phonenumbers_version": pn.__version__, "numbers": pool}, f,
                  ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
