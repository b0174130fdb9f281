#!/usr/bin/env python3
"""Build number_pool.json: seeded random phone numbers that `phonenumbers` calls valid.

    pip install phonenumbers
    python3 build_pool.py [--seed 20240601] [--mobile 4000] [--fixed 800] [--out number_pool.json]

For each country used by the corpus, two lists ("mobile", "fixed") of
[E.164, national format, international format]. Numbers are random digit strings of a
possible length, kept when phonenumbers says they are valid and of the wanted type. To keep
the search fast, a first blind phase collects valid numbers; the second phase draws from the
3-digit prefixes seen valid, plus random digits, still validating every number.
"""
import argparse
import json
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

COUNTRIES = ["US", "GB", "ES", "FR", "DE", "IT", "RO", "BR", "MX", "CO", "TH", "PH"]
WANT = {
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
}


# Everyday shapes of national significant numbers (length, leading digits), so that the
# pool looks like what people write; every number is still validated by phonenumbers.
SHAPES = {
    ("US", "mobile"): ([10], ""), ("US", "fixed"): ([10], ""),
    ("GB", "mobile"): ([10], "7"), ("GB", "fixed"): ([10], "12"),
    ("ES", "mobile"): ([9], "67"), ("ES", "fixed"): ([9], "89"),
    ("FR", "mobile"): ([9], "67"), ("FR", "fixed"): ([9], "12345"),
    ("DE", "mobile"): ([10, 11], "1"), ("DE", "fixed"): ([9, 10, 11], "2345678"),
    ("IT", "mobile"): ([10], "3"), ("IT", "fixed"): ([9, 10], "0"),
    ("RO", "mobile"): ([9], "7"), ("RO", "fixed"): ([9], "23"),
    ("BR", "mobile"): ([11], ""), ("BR", "fixed"): ([10], ""),
    ("MX", "mobile"): ([10], ""), ("MX", "fixed"): ([10], ""),
    ("CO", "mobile"): ([10], "3"), ("CO", "fixed"): ([10], "6"),
    ("TH", "mobile"): ([9], "689"), ("TH", "fixed"): ([8], "23457"),
    ("PH", "mobile"): ([10], "9"), ("PH", "fixed"): ([9, 10], "2345678"),
}


def lengths(cc, kind):
    return SHAPES[(cc, kind)]


def candidate(rng, length, prefix=""):
    return prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))


def check(cc, nsn, kind):
    try:
        num = pn.parse("+%d%s" % (pn.country_code_for_region(cc), nsn))
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != cc:
        return None
    if pn.number_type(num) not in WANT[kind]:
        return None
    return num


def build(cc, kind, count, rng):
    ls, lead = lengths(cc, kind)
    out, seen, prefixes = [], set(), []
    tries = 0
    # phase 1: blind search
    while len(out) < min(200, count) and tries < 3_000_000:
        tries += 1
        length = rng.choice(ls)
        nsn = candidate(rng, length, rng.choice(lead) if lead else "")
        if nsn in seen:
            continue
        num = check(cc, nsn, kind)
        if num is None:
            continue
        seen.add(nsn)
        out.append(num)
        key = (length, nsn[:3])
        if key not in prefixes:
            prefixes.append(key)
    # phase 2: prefix-guided search, still validating
    while len(out) < count and tries < 20_000_000:
        tries += 1
        length, pre = rng.choice(prefixes)
        nsn = candidate(rng, length, pre)
        if nsn in seen:
            continue
        num = check(cc, nsn, kind)
        if num is None:
            continue
        seen.add(nsn)
        out.append(num)
    if len(out) < count:
        raise SystemExit("could not find %d %s numbers for %s" % (count, kind, cc))
    rows = []
    for num in out:
        rows.append([
            pn.format_number(num, pn.PhoneNumberFormat.E164),
            pn.format_number(num, pn.PhoneNumberFormat.NATIONAL),
            pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL),
        ])
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--mobile", type=int, default=4000)
    ap.add_argument("--fixed", type=int, default=800)
    ap.add_argument("--out", default="number_pool.json")
    a = ap.parse_args()
    pool = {
        "_about": "random numbers valid per phonenumbers %s; seed %d; rows are [E.164, national, international]"
        % (pn.__version__, a.seed),
        "countries": {},
    }
    for cc in COUNTRIES:
        rng = random.Random("%d:%s" % (a.seed, cc))
        pool["countries"][cc] = {
            "calling_code": pn.country_code_for_region(cc),
            "mobile": build(cc, "mobile", a.mobile, rng),
            "fixed": build(cc, "fixed", a.fixed, rng),
        }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(pool, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
