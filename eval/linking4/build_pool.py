#!/usr/bin/env python3
"""Build number_pool.json: random phone numbers that `phonenumbers` calls valid.

Run once (needs `pip install phonenumbers`); gen.py only reads the JSON.

    python3 eval/linking4/build_pool.py [--seed 4242] [--mobile 10000] [--fixed 1500]

For each country, numbers are drawn by rejection sampling: a random national
significant number of a length the metadata allows, with a leading prefix chosen
among prefixes that were seen to give valid numbers of the wanted type. A number is
kept only if phonenumbers says it is valid and of the wanted type (US: the library
cannot tell mobile from fixed, FIXED_LINE_OR_MOBILE is accepted for both and the two
lists are kept disjoint). Each entry is [E.164, national, international].
"""
import argparse
import json
import os
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

COUNTRIES = ["US", "GB", "FR", "ES", "BR", "AE", "MA"]


def wanted(kind, region):
    if kind == "mobile":
        ok = {T.MOBILE}
    else:
        ok = {T.FIXED_LINE}
    if region == "US":
        ok.add(T.FIXED_LINE_OR_MOBILE)
    return ok


def nsn_lengths(region, kind):
    ex = phonenumbers.example_number_for_type(
        region, T.MOBILE if kind == "mobile" else T.FIXED_LINE)
    n = len(str(ex.national_number))
    return [n - 1, n, n + 1] if region in ("GB", "AE") and kind == "fixed" else [n]


def sample(region, kind, count, rng, exclude):
    cc = phonenumbers.country_code_for_region(region)
    ok_types = wanted(kind, region)
    lengths = nsn_lengths(region, kind)

    def check(nsn):
        num = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
        if not phonenumbers.is_valid_number_for_region(num, region):
            return None
        if phonenumbers.number_type(num) not in ok_types:
            return None
        return num

    # discover productive 3-digit prefixes per length
    prefixes = []
    for length in lengths:
        for p in range(100, 1000):
            ps = str(p)
            hits = 0
            for _ in range(6):
                tail = "".join(rng.choice("0123456789") for _ in range(length - 3))
                if check(ps + tail):
                    hits += 1
            if hits:
                prefixes.append((length, ps))
    if not prefixes:
        raise SystemExit(f"no prefixes for {region} {kind}")
    out = []
    seen = set(exclude)
    tries = 0
    while len(out) < count:
        tries += 1
        if tries > count * 400:
            raise SystemExit(f"too few numbers for {region} {kind}")
        length, ps = prefixes[rng.randrange(len(prefixes))]
        nsn = ps + "".join(rng.choice("0123456789") for _ in range(length - 3))
        num = check(nsn)
        if num is None:
            continue
        e164 = phonenumbers.format_number(num, F.E164)
        if e164 in seen:
            continue
        seen.add(e164)
        out.append([e164,
                    phonenumbers.format_number(num, F.NATIONAL),
                    phonenumbers.format_number(num, F.INTERNATIONAL)])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--mobile", type=int, default=10000)
    ap.add_argument("--fixed", type=int, default=1500)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "number_pool.json"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = {"_about": ("random numbers valid per phonenumbers " + phonenumbers.__version__
                       + "; entries are [E.164, national, international]; built by build_pool.py"),
            "countries": {}}
    for region in COUNTRIES:
        mob = sample(region, "mobile", a.mobile, rng, [])
        fix = sample(region, "fixed", a.fixed, rng, [m[0] for m in mob])
        pool["countries"][region] = {"mobile": mob, "fixed": fix}
        print(region, len(mob), len(fix), mob[0], fix[0])
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write('"_about": ' + json.dumps(pool["_about"]) + ',\n"countries": {\n')
        regs = list(pool["countries"])
        for i, region in enumerate(regs):
            f.write(json.dumps(region) + ": {\n")
            for k, kind in enumerate(("mobile", "fixed")):
                f.write(json.dumps(kind) + ": [\n")
                rows = pool["countries"][region][kind]
                f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
                f.write("\n]" + ("," if k == 0 else "") + "\n")
            f.write("}" + ("," if i < len(regs) - 1 else "") + "\n")
        f.write("}\n}\n")


if __name__ == "__main__":
    main()
