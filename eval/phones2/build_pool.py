#!/usr/bin/env python3
"""Build number_pool.json: fictional mobile numbers, each vetted with libphonenumber.

    /tmp/pnvenv/bin/python eval/phones2/build_pool.py   # needs `phonenumbers` (throwaway venv)

Build-time only: write.py reads the committed pool with the standard library. For every country
of COUNTRIES it draws random national numbers shaped like libphonenumber's example mobile (same
length, same first digits), keeps those libphonenumber calls valid MOBILE (or
FIXED_LINE_OR_MOBILE) numbers of that country, and records, for each way the number can be
written without a country code (`nat`: the national format's digits, trunk prefix included;
`nsn`: the bare national significant number), every region of the set in which that digit
string is a valid MOBILE (or FIXED_LINE_OR_MOBILE) number when read as a national number of
that region, and how many regions of the whole world read it as a valid number of any type
(`world_regions`). write.py uses
this to label `format` (valid in exactly one region of the world) and `ambiguous` (a valid
mobile in two or more of the set's countries) honestly.
"""
import json
import os
import random

import phonenumbers
from phonenumbers import PhoneNumberType as T

COUNTRIES = ["US", "CA", "MX", "BR", "CO", "AR",
             "GB", "FR", "DE", "ES", "IT", "NL", "PL", "PT",
             "NG", "NE", "ML", "ET", "SO", "SD", "LY", "KE", "ZA", "SN", "MA",
             "AE", "SA", "TR", "IN", "PK",
             "JP", "KR", "TH", "PH", "MY", "SG", "HK", "AU", "NZ"]
PER_COUNTRY = 48
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
TYPE_NAME = {getattr(T, k): k for k in dir(T) if k.isupper()}
WORLD = sorted(phonenumbers.SUPPORTED_REGIONS)


def readings(digits):
    """Every region where `digits`, read as a national number, is valid there."""
    out = []
    for r in WORLD:
        try:
            n = phonenumbers.parse(digits, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == r:
            out.append({"region": r, "e164": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
                        "type": TYPE_NAME.get(phonenumbers.number_type(n), "?")})
    return out


def main():
    rng = random.Random(20261130)
    pool = {}
    for cc in COUNTRIES:
        ex = phonenumbers.example_number_for_type(cc, T.MOBILE)
        nsn0 = phonenumbers.national_significant_number(ex)
        seen, nums = set(), []
        tries = 0
        while len(nums) < PER_COUNTRY and tries < 200000:
            tries += 1
            keep = rng.choice([1, 2, 2, 3])
            nsn = nsn0[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn0) - keep))
            if nsn in seen:
                continue
            n = phonenumbers.parse("+%d%s" % (ex.country_code, nsn))
            if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != cc:
                continue
            if phonenumbers.number_type(n) not in MOBILE:
                continue
            seen.add(nsn)
            nat = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
            intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            nat_digits = "".join(c for c in nat if c.isdigit())
            forms = {}
            for key, digits in (("nat", nat_digits), ("nsn", nsn)):
                if key == "nsn" and nsn == nat_digits:
                    continue
                world = readings(digits)
                # keep the readings in the set's countries; of the rest of the world, how many
                forms[key] = {"digits": digits, "world_regions": len(world),
                              "readings": [{"region": r["region"], "e164": r["e164"]} for r in world
                                           if r["region"] in COUNTRIES
                                           and r["type"] in ("MOBILE", "FIXED_LINE_OR_MOBILE")]}
            nums.append({"e164": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
                         "cc": ex.country_code, "nsn": nsn, "national": nat, "international": intl,
                         "forms": forms})
        assert len(nums) == PER_COUNTRY, cc
        pool[cc] = nums
        print(cc, len(nums), tries)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(out, "w", encoding="utf-8") as f:
        # one number per line: small diffs, small file
        f.write('{"phonenumbers_version": %s,\n "countries": %s,\n "pool": {\n' % (
            json.dumps(phonenumbers.__version__), json.dumps(COUNTRIES)))
        for i, cc in enumerate(COUNTRIES):
            f.write('  %s: [\n' % json.dumps(cc))
            f.write(",\n".join("   " + json.dumps(n, ensure_ascii=False, sort_keys=True) for n in pool[cc]))
            f.write("\n  ]%s\n" % ("," if i + 1 < len(COUNTRIES) else ""))
        f.write(" }\n}\n")


if __name__ == "__main__":
    main()
