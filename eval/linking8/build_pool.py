#!/usr/bin/env python3
"""Build number_pool.json for the linking8 corpus (see SPEC.md §1, §6.1).

Run with an interpreter that has the `phonenumbers` package:

    /tmp/pyenv/bin/python eval/linking8/build_pool.py

Numbers are random digits inside each country's real numbering ranges (mobile prefixes, city
area codes, toll-free prefixes). A candidate is kept only when
`phonenumbers.is_valid_number_for_region` holds for that country and `number_type` is the
intended type. US/Canada numbers are only the fictional NXX-555-01XX lines. The pool is
deterministic (fixed seed) and gen.py only reads it, so gen.py needs no third-party package.
"""
import json
import os
import random
import sys

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

SEED = "linking8-number-pool-v1"

# country: (calling code, trunk prefix used in national format, mobile NSN prefixes, lengths, count)
MOBILE = {
    "DE": ("49", "0", ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                       "174", "175", "176", "177", "178", "179"], [10, 11], 2000),
    "NL": ("31", "0", ["61", "62", "63", "64", "65", "68"], [9], 1200),
    "BE": ("32", "0", ["460", "465", "466", "467", "468", "470", "471", "472", "473", "474", "475",
                       "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491",
                       "492", "493", "494", "495", "496", "497", "498", "499"], [9], 1000),
    "CH": ("41", "0", ["75", "76", "77", "78", "79"], [9], 800),
    "AT": ("43", "0", ["650", "660", "664", "676", "680", "681", "688", "699"], [10, 11], 800),
    "IT": ("39", "", ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338",
                      "339", "340", "342", "345", "346", "347", "348", "349", "350", "351", "366",
                      "368", "370", "371", "377", "380", "388", "389", "391", "392", "393"], [10], 1000),
    "ES": ("34", "", ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72", "73",
                      "74"], [9], 1000),
    "GB": ("44", "0", ["74", "75", "77", "78", "79"], [10], 1200),
    "FR": ("33", "0", ["6", "7"], [9], 300),
    "RO": ("40", "0", ["72", "73", "74", "75", "76", "77", "78"], [9], 2500),
    "BG": ("359", "0", ["87", "88", "89", "98"], [9], 1800),
    "PL": ("48", "", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], [9], 2200),
    "UA": ("380", "0", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], [9], 2200),
    "MD": ("373", "0", ["60", "62", "67", "68", "69", "78", "79"], [8], 900),
}

# city: (country, area-code prefix of the NSN, lengths)
FIXED = {
    "Berlin": ("DE", "30", [10, 11]), "Hamburg": ("DE", "40", [10]), "Köln": ("DE", "221", [10, 11]),
    "Frankfurt am Main": ("DE", "69", [10]), "München": ("DE", "89", [10]),
    "Düsseldorf": ("DE", "211", [10]), "Stuttgart": ("DE", "711", [10]), "Hannover": ("DE", "511", [10]),
    "Amsterdam": ("NL", "20", [9]), "Rotterdam": ("NL", "10", [9]), "Den Haag": ("NL", "70", [9]),
    "Utrecht": ("NL", "30", [9]), "Eindhoven": ("NL", "40", [9]),
    "Antwerpen": ("BE", "3", [8]), "Brussel": ("BE", "2", [8]), "Liège": ("BE", "4", [8]),
    "Gent": ("BE", "9", [8]), "Charleroi": ("BE", "71", [8]),
    "Zürich": ("CH", "44", [9]), "Genève": ("CH", "22", [9]), "Basel": ("CH", "61", [9]),
    "Bern": ("CH", "31", [9]), "Lausanne": ("CH", "21", [9]),
    "Wien": ("AT", "1", [8, 9, 10]), "Graz": ("AT", "316", [9, 10]), "Linz": ("AT", "732", [9, 10]),
    "Salzburg": ("AT", "662", [9, 10]), "Innsbruck": ("AT", "512", [9, 10]),
    "Milano": ("IT", "02", [10]), "Roma": ("IT", "06", [10]), "Bologna": ("IT", "051", [9, 10]),
    "Torino": ("IT", "011", [9, 10]), "Napoli": ("IT", "081", [9, 10]),
    "Madrid": ("ES", "91", [9]), "Barcelona": ("ES", "93", [9]), "Valencia": ("ES", "96", [9]),
    "Sevilla": ("ES", "954", [9]), "Málaga": ("ES", "952", [9]),
    "London": ("GB", "20", [10]), "Manchester": ("GB", "161", [10]), "Birmingham": ("GB", "121", [10]),
    "Leeds": ("GB", "113", [10]), "Glasgow": ("GB", "141", [10]),
    "Bucureşti": ("RO", "21", [9]), "Constanţa": ("RO", "241", [9]), "Iaşi": ("RO", "232", [9]),
    "Timişoara": ("RO", "256", [9]), "Cluj-Napoca": ("RO", "264", [9]),
    "Sofia": ("BG", "2", [8]), "Varna": ("BG", "52", [8]), "Plovdiv": ("BG", "32", [8]),
    "Burgas": ("BG", "56", [8]),
    "Warszawa": ("PL", "22", [9]), "Kraków": ("PL", "12", [9]), "Wrocław": ("PL", "71", [9]),
    "Gdańsk": ("PL", "58", [9]), "Poznań": ("PL", "61", [9]),
    "Kyiv": ("UA", "44", [9]), "Odesa": ("UA", "48", [9]), "Lviv": ("UA", "32", [9]),
    "Kharkiv": ("UA", "57", [9]), "Dnipro": ("UA", "56", [9]),
    "Chişinău": ("MD", "22", [8]), "Bălţi": ("MD", "231", [8]),
    "Paris": ("FR", "1", [9]),
}
FIXED_PER_CITY = 60

TOLLFREE = {
    "DE": ("800", [10]), "NL": ("800", [7]), "BE": ("800", [8]), "CH": ("800", [9]),
    "AT": ("800", [9]), "IT": ("800", [9]), "ES": ("900", [9]), "GB": ("800", [10]),
    "FR": ("805", [9]), "RO": ("800", [9]), "BG": ("800", [8]), "PL": ("800", [9]),
    "UA": ("800", [9]), "MD": ("800", [8]),
}
TOLLFREE_PER_COUNTRY = 8

NANP = {"US": ["201", "212", "305", "312", "415", "617", "702", "713", "917"],
        "CA": ["416", "514", "604"]}


def fmt(num):
    return pn.format_number(num, F.NATIONAL), pn.format_number(num, F.INTERNATIONAL)


def draw(rng, region, cc, prefix, lengths, want_types, count, seen, max_tries=200000):
    out = []
    tries = 0
    while len(out) < count and tries < max_tries:
        tries += 1
        length = rng.choice(lengths)
        rest = length - len(prefix)
        if rest < 4:
            continue
        first = str(rng.randint(2, 9))
        nsn = prefix + first + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        if nsn in seen:
            continue
        try:
            num = pn.parse("+" + cc + nsn, None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number_for_region(num, region):
            continue
        if pn.number_type(num) not in want_types:
            continue
        national, intl = fmt(num)
        e164 = pn.format_number(num, F.E164)
        if e164 != "+" + cc + nsn:
            continue
        seen.add(nsn)
        out.append([nsn, national, intl])
    if len(out) < count:
        sys.exit(f"could not fill {region} {prefix}: {len(out)}/{count}")
    return out


def main():
    rng = random.Random(SEED)
    pool = {"phonenumbers_version": pn.__version__, "seed": SEED, "countries": {}, "nanp": []}
    for region in sorted(MOBILE):
        cc, trunk, prefixes, lengths, count = MOBILE[region]
        seen = set()
        mobiles = []
        per = count // len(prefixes) + 1
        for p in prefixes:
            mobiles.extend(draw(rng, region, cc, p, lengths, (T.MOBILE,), per, seen))
        rng.shuffle(mobiles)
        mobiles = mobiles[:count]
        fixed = {}
        for city in sorted(FIXED):
            c, prefix, lens = FIXED[city]
            if c != region:
                continue
            fixed[city] = draw(rng, region, cc, prefix, lens, (T.FIXED_LINE,), FIXED_PER_CITY, seen)
        tprefix, tlens = TOLLFREE[region]
        toll = draw(rng, region, cc, tprefix, tlens, (T.TOLL_FREE,), TOLLFREE_PER_COUNTRY, seen)
        pool["countries"][region] = {"cc": cc, "trunk": trunk, "mobile": mobiles,
                                     "fixed": fixed, "tollfree": toll}
    for region in sorted(NANP):
        for area in NANP[region]:
            for line in range(100, 200):
                nsn = area + "555" + "0" + str(line)  # NXX-555-0100 … 0199
                num = pn.parse("+1" + nsn, None)
                if not pn.is_valid_number_for_region(num, region):
                    continue
                if pn.number_type(num) not in (T.FIXED_LINE_OR_MOBILE, T.MOBILE, T.FIXED_LINE):
                    continue
                national, intl = fmt(num)
                pool["nanp"].append([region, nsn, national, intl])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(pool, fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        fh.write("\n")
    n_m = sum(len(v["mobile"]) for v in pool["countries"].values())
    n_f = sum(len(x) for v in pool["countries"].values() for x in v["fixed"].values())
    n_t = sum(len(v["tollfree"]) for v in pool["countries"].values())
    print(f"wrote {out}: {n_m} mobile, {n_f} fixed, {n_t} toll-free, {len(pool['nanp'])} NANP 555-01XX")


if __name__ == "__main__":
    main()
