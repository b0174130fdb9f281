#!/usr/bin/env python3
"""Build number_pool.json: random numbers that Google's libphonenumber (Python `phonenumbers`)
accepts as valid, per country, with the facts the generator needs to label them.

Run once (not needed to regenerate the posts):
    python3 -m venv /tmp/venv-p5 && /tmp/venv-p5/bin/pip install phonenumbers
    /tmp/venv-p5/bin/python eval/phones5/build_pool.py

Numbers are random digit strings drawn with a fixed seed and kept only when libphonenumber calls
them valid for the country (mobile, or fixed line for a few per country). No number is copied
from anywhere. For every number, the national and no-trunk spellings are parsed in every region
libphonenumber knows, so the generator can tell a number whose national form is valid in exactly
one region ("format") from one that is valid in several ("ambiguous").
"""
import json
import os
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ("NG GH KE TZ UG ZA SN CI CM ET IN PK BD LK NP PH ID MY TH VN KH EG MA DZ TN JO LB SA AE IQ "
             "MX CO PE VE AR CL BR DO GT HN UA RU KZ UZ RO MD PL RS TR US GB DE FR IT ES").split()
N_MOBILE, N_FIXED = 40, 6
ALL = sorted(phonenumbers.SUPPORTED_REGIONS)


def digits(s):
    return "".join(c for c in s if c.isdigit())


MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def valid_in(s, mobile_only=False):
    """regions where the digit string s, dialled nationally, is a valid number of that region
    (with mobile_only: a valid mobile, or fixed-line-or-mobile, number of that region)"""
    out = {}
    for r in ALL:
        try:
            n = phonenumbers.parse(s, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == r:
            if mobile_only and phonenumbers.number_type(n) not in MOBILE_TYPES:
                continue
            out[r] = phonenumbers.format_number(n, F.E164)
    return out


def draw(rng, region, ntype, want, seen):
    ex = phonenumbers.example_number_for_type(region, ntype)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 2 if region in ("AR", "US") else 1
    got, tries = [], 0
    ok_types = {ntype, T.FIXED_LINE_OR_MOBILE}
    while len(got) < want and tries < 200000:
        tries += 1
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        if region == "US":
            cand = rng.choice("23456789") + cand[1:]
        n = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
            continue
        if phonenumbers.number_type(n) not in ok_types:
            continue
        e = phonenumbers.format_number(n, F.E164)
        if e in seen or "555" in cand[-7:-4]:
            continue
        seen.add(e)
        got.append(n)
    return got


def main():
    rng = random.Random(20261130)
    seen = set()
    pool = []
    for region in COUNTRIES:
        for ntype, want in ((T.MOBILE, N_MOBILE), (T.FIXED_LINE, N_FIXED)):
            for n in draw(rng, region, ntype, want, seen):
                nat_fmt = phonenumbers.format_number(n, F.NATIONAL)
                nsn = phonenumbers.national_significant_number(n)
                national = digits(nat_fmt)
                cc = str(n.country_code)
                rec = {
                    "e164": phonenumbers.format_number(n, F.E164),
                    "region": region,
                    "cc": cc,
                    "nsn": nsn,
                    "national": national,
                    "national_fmt": nat_fmt,
                    "intl_fmt": phonenumbers.format_number(n, F.INTERNATIONAL),
                    "type": "mobile" if ntype == T.MOBILE else "fixed",
                    "national_valid_in": sorted(valid_in(national)),
                    "nsn_valid_in": sorted(valid_in(nsn)) if nsn != national else None,
                    "ccnsn_valid_in": sorted(valid_in(cc + nsn)),
                }
                # the e164 each region would read the national form as, where it is a mobile there
                rec["national_mobile_in"] = valid_in(national, True)
                rec["nsn_mobile_in"] = valid_in(nsn, True) if nsn != national else None
                rec["ccnsn_mobile_in"] = sorted(valid_in(cc + nsn, True))
                pool.append(rec)
        print(region, sum(1 for p in pool if p["region"] == region))
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        json.dump({"libphonenumber": phonenumbers.__version__, "numbers": pool}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
