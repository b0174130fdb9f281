#!/usr/bin/env python3
"""Build number_pool.json: random phone numbers that libphonenumber (Python `phonenumbers`)
says are valid in their country, with how each is written nationally and in which of the
20 plausible countries its national written form would also be valid.

    python3 -m venv /tmp/pnv && /tmp/pnv/bin/pip install phonenumbers
    /tmp/pnv/bin/python build_pool.py          # rewrites number_pool.json (seed 120012)

write.py needs only number_pool.json and the standard library.
"""
import json
import os
import random

import phonenumbers
from phonenumbers import PhoneNumberType as T

SEED = 120012
HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["US", "CA", "GB", "AU", "IN", "TH", "MY", "SG", "PH", "CO",
             "EC", "PE", "MX", "BR", "ES", "DE", "RU", "KE", "ZA", "AE"]
# how each country customarily writes a national number: with its trunk prefix, or bare
TRUNK = {"GB": "0", "AU": "0", "TH": "0", "MY": "0", "PH": "0", "EC": "0", "DE": "0",
         "KE": "0", "ZA": "0", "AE": "0", "RU": "8"}
US_AREAS = ["713", "832", "281", "303", "720", "512", "737", "305", "786", "917", "646", "347",
            "718", "213", "323", "818", "312", "773", "404", "678", "702", "843", "903", "206", "602"]
CA_AREAS = ["416", "647", "604", "778", "514", "438", "403", "587", "250", "306", "613", "902"]
MX_AREAS = ["55", "33", "81", "998", "664"]
BR_DDD = ["11", "21", "31", "61", "51", "71"]
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nanp(rng, areas):
    a = rng.choice(areas)
    ex = rng.choice("23456789") + d(rng, 2)
    while ex == "555" or ex[1:] == "11":
        ex = rng.choice("23456789") + d(rng, 2)
    return a + ex + d(rng, 4)


def gen_mobile(cc, rng):
    if cc == "US":
        return nanp(rng, US_AREAS)
    if cc == "CA":
        return nanp(rng, CA_AREAS)
    if cc == "GB":
        return "7" + rng.choice("456789") + d(rng, 8)
    if cc == "AU":
        return "4" + d(rng, 8)
    if cc == "IN":
        return rng.choice("6789") + d(rng, 9)
    if cc == "TH":
        return rng.choice("689") + d(rng, 8)
    if cc == "MY":
        p = "1" + rng.choice("0234678")
        return p + d(rng, 7) if rng.random() < 0.8 else "11" + d(rng, 8)
    if cc == "SG":
        return rng.choice("89") + d(rng, 7)
    if cc == "PH":
        return "9" + d(rng, 9)
    if cc == "CO":
        return "3" + rng.choice("0123") + d(rng, 8)
    if cc == "EC":
        return "9" + d(rng, 8)
    if cc == "PE":
        return "9" + d(rng, 8)
    if cc == "MX":
        a = rng.choice(MX_AREAS)
        return a + rng.choice("123456789") + d(rng, 9 - len(a))
    if cc == "BR":
        return rng.choice(BR_DDD) + "9" + rng.choice("6789") + d(rng, 7)
    if cc == "ES":
        return rng.choice("67") + d(rng, 8)
    if cc == "DE":
        r = rng.random()
        if r < 0.5:
            return "15" + rng.choice("12579") + d(rng, 8)
        return "1" + rng.choice("67") + rng.choice("0123456789") + d(rng, 7 + (rng.random() < 0.5))
    if cc == "RU":
        return "9" + rng.choice("0123456789") + d(rng, 8)
    if cc == "KE":
        return ("7" + d(rng, 8)) if rng.random() < 0.8 else ("1" + rng.choice("01") + d(rng, 7))
    if cc == "ZA":
        return rng.choice("678") + rng.choice("0123456789") + d(rng, 7)
    if cc == "AE":
        return "5" + rng.choice("024568") + d(rng, 7)
    raise KeyError(cc)


def gen_fixed(cc, rng):
    if cc == "GB":
        return "20" + rng.choice("378") + d(rng, 7)
    if cc == "AU":
        return rng.choice(["29", "38", "39", "73"]) + d(rng, 7)
    if cc == "TH":
        return "2" + rng.choice("2345679") + d(rng, 6)
    if cc == "SG":
        return "6" + rng.choice("2345689") + d(rng, 6)
    if cc == "ES":
        return rng.choice(["91", "93", "95", "96"]) + rng.choice("2345") + d(rng, 6)
    if cc == "DE":
        return rng.choice(["30", "40", "89", "221", "69"]) + d(rng, 7)
    if cc == "ZA":
        return rng.choice(["11", "21", "31", "12"]) + rng.choice("2345678") + d(rng, 6)
    if cc == "AE":
        return rng.choice(["4", "2", "6"]) + rng.choice("2345") + d(rng, 6)
    return None


def written_national(cc, nsn):
    return TRUNK.get(cc, "") + nsn


def candidates(s):
    """Countries (of the 20) where the written national digit string s is a valid number
    (any type), read with that country's writing habit (trunk prefix written or not)."""
    out = []
    for r in COUNTRIES:
        t = TRUNK.get(r)
        if t:
            if not s.startswith(t):
                continue
            rest = s[len(t):]
        else:
            if s.startswith("0"):
                continue
            rest = s
        try:
            n = phonenumbers.parse(s, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.national_significant_number(n) != rest:
            continue
        if not phonenumbers.is_valid_number_for_region(n, r):
            continue
        # any valid type counts: a reader cannot tell a mobile from a landline by its digits
        out.append(r)
    return out


def record(cc, nsn, kind):
    n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + nsn)
    assert phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc
    e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    wn = written_national(cc, nsn)
    return {
        "country": cc,
        "e164": e164,
        "cc": str(n.country_code),
        "nsn": nsn,
        "type": kind,
        "national": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL),
        "international": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        "written_national": wn,
        "candidates": candidates(wn),
    }


def main():
    rng = random.Random(SEED)
    pool = []
    seen = set()
    for cc in COUNTRIES:
        want_mobile = 190 if cc in ("US", "CA") else 150
        want_fixed = 16 if gen_fixed(cc, random.Random(0)) else 0
        got_m = got_f = 0
        tries = 0
        while got_m < want_mobile or got_f < want_fixed:
            tries += 1
            assert tries < 200000, cc
            fixed = got_f < want_fixed and (got_m >= want_mobile or rng.random() < 0.1)
            nsn = gen_fixed(cc, rng) if fixed else gen_mobile(cc, rng)
            try:
                n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + nsn)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != cc:
                continue
            if phonenumbers.national_significant_number(n) != nsn:
                continue
            t = phonenumbers.number_type(n)
            if fixed:
                if t != T.FIXED_LINE:
                    continue
            elif t not in MOBILE_TYPES:
                continue
            e = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
            if e in seen:
                continue
            seen.add(e)
            pool.append(record(cc, nsn, "fixed" if fixed else "mobile"))
            if fixed:
                got_f += 1
            else:
                got_m += 1
    meta = {"seed": SEED, "phonenumbers": phonenumbers.__version__, "countries": COUNTRIES,
            "trunk": TRUNK,
            "candidates_rule": "a written national digit string is a candidate for country R when "
                               "phonenumbers says it is a valid number of R (any type), "
                               "read with R's habit: trunk countries (trunk map) must start with the trunk, "
                               "the others must not start with 0; R ranges over the 20 countries"}
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "numbers": pool}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print(len(pool), "numbers")


if __name__ == "__main__":
    main()
