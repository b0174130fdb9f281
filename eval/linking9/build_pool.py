#!/usr/bin/env python3
"""Build number_pool.json: fictional-looking but VALID phone numbers per country.

Run with an interpreter that has `phonenumbers` (e.g. /tmp/pyenv/bin/python build_pool.py).
Deterministic: fixed seed, sorted output. gen.py only reads the JSON (standard library).
"""
import json
import os
import random
import sys

import phonenumbers as pn

PNF = pn.PhoneNumberFormat
T = pn.PhoneNumberType
TYPE_NAMES = {T.FIXED_LINE: "fixed", T.MOBILE: "mobile", T.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
              T.TOLL_FREE: "toll_free", T.VOIP: "voip"}

# US/CA: NPA-555-0100..0199 is reserved for fiction.
NANP = {
    "US": {"Houston": [713, 832, 281], "Dallas": [214, 469, 972], "Atlanta": [404, 678, 470],
           "Las Vegas": [702, 725], "Miami": [305, 786], "New York": [212, 646, 718, 917],
           "Los Angeles": [213, 323, 310], "Chicago": [312, 773, 872], "Phoenix": [602, 480],
           "Seattle": [206, 253]},
    "CA": {"Toronto": [416, 647, 437], "Vancouver": [604, 778], "Calgary": [403, 587],
           "Montreal": [514, 438]},
}
# GB: Ofcom drama ranges (geographic).
GB_DRAMA = {"London": "207946", "Leeds": "113496", "Sheffield": "114496", "Nottingham": "115496",
            "Leicester": "116496", "Bristol": "117496", "Reading": "118496", "Birmingham": "121496",
            "Edinburgh": "131496", "Glasgow": "141496", "Liverpool": "151496", "Manchester": "161496",
            "Newcastle": "191498"}
# FR: ARCEP ranges reserved for fiction.
FR_FICTION = ["199 00", "261 91", "353 01", "465 71", "536 49"]
# Random-mobile generators: (prefix choices of the NSN, total NSN length, city or None)
MOBILE = {
    "GB": [(["74", "75", "77", "78", "79"], 10, None)],
    "FR": [(["6", "7"], 9, None)],
    "ES": [(["6", "7"], 9, None)],
    "MX": [(["55"], 10, "Ciudad de México"), (["33"], 10, "Guadalajara"), (["81"], 10, "Monterrey"),
           (["998"], 10, "Cancún"), (["664"], 10, "Tijuana")],
    "CO": [(["300", "301", "310", "311", "312", "313", "315", "316", "317", "320", "321"], 10, None)],
    "BR": [(["119"], 11, "São Paulo"), (["219"], 11, "Rio de Janeiro"), (["319"], 11, "Belo Horizonte"),
           (["619"], 11, "Brasília")],
    "PT": [(["91", "92", "93", "96"], 9, None)],
    "AE": [(["50", "52", "54", "55", "56", "58"], 9, None)],
    "SA": [(["50", "53", "54", "55", "56", "58", "59"], 9, None)],
    "MA": [(["6", "7"], 9, None)],
}
TARGET_MOBILE = {"GB": 2500, "FR": 2500, "ES": 2500, "MX": 2500, "CO": 1500, "BR": 2500, "PT": 1500,
                 "AE": 1500, "SA": 1200, "MA": 1500}


def entry(num, city, fiction):
    t = pn.number_type(num)
    return {
        "e164": pn.format_number(num, PNF.E164),
        "cc": str(num.country_code),
        "nsn": pn.national_significant_number(num),
        "national": pn.format_number(num, PNF.NATIONAL),
        "intl": pn.format_number(num, PNF.INTERNATIONAL),
        "type": TYPE_NAMES.get(t, str(t)),
        "city": city,
        "fiction": fiction,
    }


def valid(num, region):
    return pn.is_valid_number(num) and pn.region_code_for_number(num) == region


def main():
    rng = random.Random(20240901)
    pool = {}
    for region, cities in NANP.items():
        out = []
        for city in sorted(cities):
            for npa in cities[city]:
                for x in range(100, 200):
                    num = pn.parse(f"+1{npa}555{x:04d}", None)
                    if valid(num, region):
                        out.append(entry(num, city, True))
        pool[region] = out
    gb = []
    for city in sorted(GB_DRAMA):
        pre = GB_DRAMA[city]
        for x in range(0, 1000, 3):
            num = pn.parse(f"+44{pre}0{x:03d}", None)
            if valid(num, "GB"):
                gb.append(entry(num, city, True))
    pool["GB"] = gb
    fr = []
    for pre in FR_FICTION:
        p = pre.replace(" ", "")
        for x in range(0, 10000, 23):  # a sample keeps the file small
            num = pn.parse(f"+33{p}{x:04d}", None)
            if valid(num, "FR"):
                fr.append(entry(num, None, True))
    pool["FR"] = fr
    for region in sorted(MOBILE):
        out = pool.setdefault(region, [])
        seen = set(e["e164"] for e in out)
        gens = MOBILE[region]
        target = TARGET_MOBILE[region]
        made = 0
        tries = 0
        while made < target and tries < target * 50:
            tries += 1
            prefixes, length, city = gens[made % len(gens)]
            pre = rng.choice(prefixes)
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, None)
            if not valid(num, region):
                continue
            if pn.number_type(num) not in (T.MOBILE, T.FIXED_LINE_OR_MOBILE):
                continue
            e = entry(num, city, False)
            if e["e164"] in seen:
                continue
            seen.add(e["e164"])
            out.append(e)
            made += 1
    for region in pool:
        pool[region].sort(key=lambda e: e["e164"])
    doc = {"version": 1, "phonenumbers": pn.__version__,
           "note": "US/CA 555-01XX and GB/FR drama ranges are fiction; other entries are random valid numbers.",
           "countries": {r: pool[r] for r in sorted(pool)}}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "number_pool.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    for r in sorted(pool):
        kinds = {}
        for e in pool[r]:
            kinds[e["type"]] = kinds.get(e["type"], 0) + 1
        print(r, len(pool[r]), sorted(kinds.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
