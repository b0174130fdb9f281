#!/usr/bin/env python3
"""Build number_pool.json for eval/phones7.

Run once (it is seeded, so a rerun gives the same file):

    pip install phonenumbers==9.0.43
    python3 build_pool.py

For every country used by the set it draws random digit strings with a
realistic leading prefix and keeps those that libphonenumber calls valid and
of type MOBILE (or FIXED_LINE_OR_MOBILE where the plan does not tell them
apart), assigned to that very region.  Each entry stores:

  e164      "+61412345678"
  national  national format, e.g. "0412 345 678"
  intl      international format, e.g. "+61 412 345 678"
  amb       other listed regions in which the national digit string, dialled
            as a national number there, is also a valid number of any type
            (with a different E.164).  Empty list: the national form alone
            places it.  The digit string is that of `national`, except for
            IN, where ads write the ten digits without the trunk 0.
  amb_mob   the subset of amb where that reading is a mobile number.

The generator (write.py) reads this file and never imports phonenumbers.
"""
import json
import random
import re
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

VERSION_WANTED = "9.0.43"
SEED = 7707
PER_COUNTRY = 100

LISTED = ("AU IN GB JP SG EC US CA MX CO PE CL AR BR ES FR DE IT PL RO UA RU "
          "TR AE SA EG MA NG KE GH ZA TH VN ID MY PH KR CN TW BD PK").split()

# realistic leading digits of mobile national significant numbers, and the
# lengths of NSN to draw
PLAN = {
    "AU": (["4"], [9]),
    "IN": (["6", "7", "8", "9", "9", "9"], [10]),
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "JP": (["70", "80", "90", "90"], [10]),
    "SG": (["8", "9"], [8]),
    "EC": (["9"], [9]),
    "US": (["2", "3", "4", "5", "6", "7", "8", "9"], [10]),
    "CA": (["2", "4", "5", "6", "7", "8", "9"], [10]),
    "MX": (["55", "33", "81", "2", "4", "6", "9"], [10]),
    "CO": (["30", "31", "32", "35"], [10]),
    "PE": (["9"], [9]),
    "CL": (["9"], [9]),
    "AR": (["911", "9351", "9341", "9261", "9221", "9381", "9223"], [11]),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819", "859", "929"], [11]),
    "ES": (["6", "6", "7"], [9]),
    "FR": (["6", "7"], [9]),
    "DE": (["15", "16", "17"], [10, 11]),
    "IT": (["3"], [10]),
    "PL": (["5", "6", "7", "8"], [9]),
    "RO": (["7"], [9]),
    "UA": (["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], [9]),
    "RU": (["9"], [10]),
    "TR": (["5"], [10]),
    "AE": (["50", "52", "54", "55", "56", "58"], [9]),
    "SA": (["50", "53", "54", "55", "56", "58", "59"], [9]),
    "EG": (["10", "11", "12", "15"], [10]),
    "MA": (["6", "7"], [9]),
    "NG": (["70", "80", "81", "90", "91"], [10]),
    "KE": (["7", "7", "11"], [9]),
    "GH": (["2", "5"], [9]),
    "ZA": (["6", "7", "8"], [9]),
    "TH": (["6", "8", "9"], [9]),
    "VN": (["3", "5", "7", "8", "9"], [9]),
    "ID": (["81", "82", "85", "87", "89"], [10, 11]),
    "MY": (["1"], [9, 10]),
    "PH": (["9"], [10]),
    "KR": (["10"], [10]),
    "CN": (["13", "15", "17", "18", "19"], [11]),
    "TW": (["9"], [9]),
    "BD": (["13", "14", "15", "16", "17", "18", "19"], [10]),
    "PK": (["30", "31", "32", "33", "34"], [10]),
}

GOOD_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def digits(s):
    return re.sub(r"\D", "", s)


# the digit string an ad writes for a national number: the national format,
# except India where the trunk 0 is left out ("98765 43210")
BARE_REGIONS = ("IN",)


def also_valid(d, own_region, own_e164, mobile_only=False):
    """Listed regions other than own where digit string d dialled nationally
    is a valid number of that region with another E.164."""
    out = []
    for r in LISTED:
        if r == own_region:
            continue
        try:
            x = phonenumbers.parse(d, r)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(x):
            continue
        if phonenumbers.region_code_for_number(x) != r:
            continue
        if mobile_only and phonenumbers.number_type(x) not in GOOD_TYPES:
            continue
        e = phonenumbers.format_number(x, F.E164)
        if e != own_e164:
            out.append(r)
    return out


def draw(rng, region):
    prefixes, lengths = PLAN[region]
    cc = phonenumbers.country_code_for_region(region)
    seen = set()
    out = []
    tries = 0
    while len(out) < PER_COUNTRY:
        tries += 1
        if tries > 400000:
            raise SystemExit(f"{region}: only {len(out)} numbers after {tries} tries")
        length = rng.choice(lengths)
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(length - len(p)))
        # avoid the reserved fictional 555 exchange in NANP and boring runs
        if region in ("US", "CA") and nsn[3:6] == "555":
            continue
        if re.search(r"(\d)\1\1\1\1", nsn):
            continue
        try:
            x = phonenumbers.parse("+%d%s" % (cc, nsn), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(x):
            continue
        if phonenumbers.region_code_for_number(x) != region:
            continue
        if phonenumbers.number_type(x) not in GOOD_TYPES:
            continue
        e164 = phonenumbers.format_number(x, F.E164)
        if e164 in seen:
            continue
        seen.add(e164)
        national = phonenumbers.format_number(x, F.NATIONAL)
        intl = phonenumbers.format_number(x, F.INTERNATIONAL)
        form = (phonenumbers.national_significant_number(x)
                if region in BARE_REGIONS else digits(national))
        entry = {"e164": e164, "national": national, "intl": intl,
                 "amb": also_valid(form, region, e164),
                 "amb_mob": also_valid(form, region, e164, mobile_only=True)}
        out.append(entry)
    return out


def main():
    if phonenumbers.__version__ != VERSION_WANTED:
        print(f"warning: phonenumbers {phonenumbers.__version__}, pool was built with {VERSION_WANTED}",
              file=sys.stderr)
    rng = random.Random(SEED)
    pool = {}
    for region in LISTED:
        pool[region] = draw(rng, region)
    lines = ["{",
             '"about": "eval/phones7 number pool: random valid mobile numbers per country, built by build_pool.py",',
             '"phonenumbers": %s,' % json.dumps(phonenumbers.__version__),
             '"seed": %d,' % SEED,
             '"countries": {']
    regions = list(pool)
    for i, region in enumerate(regions):
        lines.append("%s: [" % json.dumps(region))
        entries = pool[region]
        for j, e in enumerate(entries):
            lines.append(json.dumps(e, ensure_ascii=False, separators=(",", ":")) +
                         ("," if j < len(entries) - 1 else ""))
        lines.append("]" + ("," if i < len(regions) - 1 else ""))
    lines.append("}}")
    with open("number_pool.json", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    json.load(open("number_pool.json", encoding="utf-8"))
    n = sum(len(v) for v in pool.values())
    amb = sum(1 for v in pool.values() for e in v if e["amb"])
    print(f"wrote number_pool.json: {n} numbers, {len(pool)} countries, {amb} with an ambiguous national form")
    for region in regions:
        a = sum(1 for e in pool[region] if e["amb"])
        ab = sum(1 for e in pool[region] if e["amb_mob"])
        print(f"  {region}: amb {a}/{len(pool[region])} amb_mob {ab}", end="")
        others = sorted({r for e in pool[region] for r in e["amb_mob"]})
        print("  ", " ".join(others))


if __name__ == "__main__":
    main()
