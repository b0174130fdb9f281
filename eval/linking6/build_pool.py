#!/usr/bin/env python3
"""Build number_pool.json for the linking6 corpus.

Every number is a string of RANDOM digits behind a common operator prefix, kept only when the
`phonenumbers` library (version 9.0.43) says it is valid for its country and of the wanted type.
No number is copied from an advert or any other source.

Run with the throwaway venv that has phonenumbers installed (gen.py itself needs only the
standard library):

    /tmp/pn/bin/python eval/linking6/build_pool.py

The pool has its own fixed seed (66006) so rebuilding gives the same file. gen.py shuffles each
list with the run seed and hands the numbers out without replacement.

Output layout: {"<CC>": {"mobile": [[e164, national, international], ...],
                         "fixed":  [...], "tollfree": [...]}, ...}
"""
import json
import os
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

POOL_SEED = 66006

# country: (mobile operator prefixes of the national significant number, NSN length, how many).
# The counts leave about 30% headroom over what gen.py uses at --posts 200000.
MOBILE = {
    "NG": (["803", "806", "813", "816", "810", "814", "903", "906", "703", "706", "805", "807",
            "815", "811", "905", "802", "808", "812", "701", "708", "902", "901", "809", "817",
            "818", "909", "908"], 10, 11500),
    "GH": (["24", "54", "55", "59", "20", "50", "26", "27", "56", "57", "23"], 9, 5200),
    "SN": (["77", "78", "76", "70", "75"], 9, 3000),
    "ML": (["76", "66", "65", "79", "70", "75", "90", "91"], 8, 1700),
    "CI": (["07", "05", "01"], 10, 2800),
    "LY": (["91", "92", "94", "95"], 9, 2400),
    "IT": (["320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340",
            "342", "345", "346", "347", "348", "349", "351", "366", "370", "371", "380", "388",
            "389", "391", "392", "393"], 10, 11000),
    "ES": (["6", "71", "72", "73", "74"], 9, 10500),
    "IN": (["98", "99", "97", "96", "94", "93", "91", "90", "88", "87", "81", "80", "78", "77",
            "76", "75", "70", "63", "62"], 10, 4300),
    "NP": (["984", "985", "986", "974", "975", "980", "981", "982", "961", "988"], 10, 2800),
    "BD": (["13", "14", "15", "16", "17", "18", "19"], 10, 3100),
    "AE": (["50", "52", "54", "55", "56", "58"], 9, 4000),
    "QA": (["33", "55", "66", "70", "77", "50", "31"], 8, 1500),
    "SA": (["50", "53", "54", "55", "56", "57", "58", "59"], 9, 2500),
    "LB": (["3", "70", "71", "76", "78", "79", "81"], None, 2500),   # 3 -> 7 digits, others 8
    "CO": (["300", "301", "302", "304", "310", "311", "312", "313", "314", "315", "316", "317",
            "318", "319", "320", "321", "322", "323", "350", "351"], 10, 2500),
    "PE": (["9"], 9, 1200),
    "VE": (["412", "414", "416", "424", "426"], 10, 2000),
    "KE": (["70", "71", "72", "74", "79", "11"], 9, 2200),
}
FIXED_COUNT = 200     # site support lines, employer switchboards, agency landlines
FIXED_MORE = {cc: 1000 for cc in ["AE", "QA", "SA", "IT", "ES", "LB"]}   # employer countries
TOLLFREE_COUNT = 12   # NGO hotlines (where the country has a toll-free range)


def entry(num):
    return [pn.format_number(num, F.E164), pn.format_number(num, F.NATIONAL),
            pn.format_number(num, F.INTERNATIONAL)]


def draw(rng, cc, prefixes, length, want, count):
    """Random digits behind the prefixes until `count` distinct valid numbers of type `want`."""
    out, seen, tries = [], set(), 0
    while len(out) < count:
        tries += 1
        if tries > count * 400:
            break
        pre = rng.choice(prefixes)
        n = length if length else (7 if pre == "3" and cc == "LB" else 8)
        digits = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if digits in seen:
            continue
        num = pn.parse(digits, cc) if cc != "CI" else pn.parse("+225" + digits)
        if not pn.is_valid_number(num) or pn.number_type(num) not in want:
            continue
        seen.add(digits)
        out.append(entry(num))
    return out


# Fixed-line ranges where the library's example number sits in a shared fixed/mobile range.
FIXED_PREFIX = {"IN": (["11", "22", "33", "44", "80"], 10)}


def from_example(rng, cc, typ, count):
    """Fixed lines and toll-free numbers: keep the example number's leading digits, randomise the rest."""
    if typ == T.FIXED_LINE and cc in FIXED_PREFIX:
        prefixes, length = FIXED_PREFIX[cc]
        return draw(rng, cc, prefixes, length, (T.FIXED_LINE,), count)
    ex = pn.example_number_for_type(cc, typ)
    if ex is None:
        return []
    nsn = pn.national_significant_number(ex)
    out = []
    for keep in (3, 2):
        out = draw(rng, cc, [nsn[:keep]], len(nsn), (typ,), count)
        if len(out) >= count // 2:
            break
    return out


def main():
    rng = random.Random(POOL_SEED)
    pool = {}
    for cc, (prefixes, length, count) in MOBILE.items():
        mobile = draw(rng, cc, prefixes, length, (T.MOBILE, T.FIXED_LINE_OR_MOBILE), count)
        fixed = from_example(rng, cc, T.FIXED_LINE, FIXED_MORE.get(cc, FIXED_COUNT))
        toll = from_example(rng, cc, T.TOLL_FREE, TOLLFREE_COUNT)
        pool[cc] = {"mobile": mobile, "fixed": fixed, "tollfree": toll}
        print(f"{cc}: mobile {len(mobile)} fixed {len(fixed)} tollfree {len(toll)}")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"_about": "random digits valid per phonenumbers 9.0.43; seed %d" % POOL_SEED,
                   "pool": pool}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
