#!/usr/bin/env python3
"""Build number_pool.json for the phones9 evaluation set.

    pip install phonenumbers
    python3 build_pool.py            # writes number_pool.json next to this file

Seeded and deterministic for a given phonenumbers version (recorded in the file). For each of the
24 countries it draws random national significant numbers with that country's mobile (and a few
fixed-line) prefixes, keeps those that phonenumbers says are valid *for that region*, drops the
well-known fiction ranges, and stores every written form the generator may use:

  national  -- the phonenumbers NATIONAL format first, then the local ways people write the same
               number in ads (compact, other groupings, dashes, dots...). Each national form carries
               `valid_in`: the regions among the 24 where phonenumbers parses that exact string as a
               valid number for the region, with the E.164 it would give there. write.py uses this to
               decide "format" (exactly one region) versus "ambiguous" (two or more).
  intl      -- the INTERNATIONAL format first, then E.164 and local international habits.
  intl_disguised -- calling codes written in disguise: "(+91) ...", "0091 ...", "+ 65 ...",
               "00 971 ...", "+44 (0)...", "91 ..." -- kept only where phonenumbers, given the
               number's own region, parses the string to the same E.164.

write.py (stdlib only) never calls phonenumbers; everything it needs is in this file.
"""
import json
import os
import random
import re
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "number_pool.json")

COUNTRIES = ["AU", "IN", "GB", "JP", "SG", "EC", "US", "CA", "NZ", "ZA",
             "NG", "KE", "PH", "MY", "TH", "AE", "MX", "CO", "BR", "ES", "FR", "DE", "IT", "IE"]
N_MOBILE = 140
N_FIXED = 20
SEED = 90210

# Leading digits of the national significant number for mobiles (ads mostly give mobiles),
# each with the total NSN lengths to try.
MOBILE = {
    "AU": [("4", [9])],
    "IN": [("9", [10]), ("8", [10]), ("7", [10]), ("6", [10])],
    "GB": [("71", [10]), ("72", [10]), ("73", [10]), ("74", [10]), ("75", [10]), ("77", [10]), ("78", [10]), ("79", [10])],
    "JP": [("90", [10]), ("80", [10]), ("70", [10])],
    "SG": [("8", [8]), ("9", [8])],
    "EC": [("9", [9])],
    "US": [("", [10])],
    "CA": [("", [10])],
    "NZ": [("21", [9, 10, 8]), ("22", [9]), ("27", [9]), ("20", [9])],
    "ZA": [("6", [9]), ("7", [9]), ("8", [9])],
    "NG": [("70", [10]), ("80", [10]), ("81", [10]), ("90", [10]), ("91", [10])],
    "KE": [("7", [9]), ("11", [9])],
    "PH": [("9", [10])],
    "MY": [("1", [9]), ("11", [10])],
    "TH": [("6", [9]), ("8", [9]), ("9", [9])],
    "AE": [("50", [9]), ("52", [9]), ("54", [9]), ("55", [9]), ("56", [9]), ("58", [9])],
    "MX": [("55", [10]), ("33", [10]), ("81", [10]), ("998", [10]), ("222", [10]), ("664", [10]), ("999", [10]), ("477", [10])],
    "CO": [("30", [10]), ("31", [10]), ("32", [10]), ("35", [10])],
    "BR": [(a + "9", [11]) for a in ["11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19", "27"]],
    "ES": [("6", [9]), ("7", [9])],
    "FR": [("6", [9]), ("7", [9])],
    "DE": [("15", [10, 11]), ("16", [10, 11]), ("17", [10, 11])],
    "IT": [("3", [10])],
    "IE": [("83", [9]), ("85", [9]), ("86", [9]), ("87", [9]), ("89", [9])],
}
FIXED = {
    "AU": ["2", "3", "7", "8"], "IN": ["80", "22", "11", "40"], "GB": ["20", "161", "121", "113"],
    "JP": ["3", "6", "52"], "SG": ["6"], "EC": ["2", "4"], "US": [""], "CA": [""], "NZ": ["9", "4", "3"],
    "ZA": ["11", "21", "31"], "NG": ["201", "209"], "KE": ["20"], "PH": ["2", "32"], "MY": ["3", "4", "7"],
    "TH": ["2", "38"], "AE": ["4", "2", "6"], "MX": ["55", "33", "81"], "CO": ["601", "604"],
    "BR": ["112", "113", "212", "313"], "ES": ["91", "93", "95"], "FR": ["1", "4"], "DE": ["30", "40", "89", "221"],
    "IT": ["02", "06"], "IE": ["1", "21"],
}


def fiction(cc, nsn):
    """Well-known reserved/fiction ranges we keep out of the pool."""
    if cc == "GB" and nsn.startswith("7700900"):
        return True
    if cc == "AU" and nsn.startswith("4915"):
        return True
    if cc in ("US", "CA") and nsn[3:6] == "555":
        return True
    if cc == "FR" and nsn.startswith("6399"):
        return True
    if cc == "GB" and re.match(r"^(20|161|121|113)\d*$", nsn) and nsn[len(nsn) - 7:len(nsn) - 4] == "496":
        return True  # 0xx 496 0xxx drama ranges
    if cc == "AU" and nsn[1:5] in ("5550", "7010"):
        return True
    return False


# Local national ways of writing a mobile: templates over the national string (trunk prefix
# included). X = one digit. A template is used only where its X count fits the string.
NAT_TEMPLATES = {
    "AU": ["XXXX XXX XXX", "XX XXXX XXXX", "XXXXXXXXXX", "XXXX-XXX-XXX"],
    "IN": ["XXXXX XXXXX", "XXXXXXXXXX", "XXXXX-XXXXX", "0XXXXX XXXXX"],
    "GB": ["XXXXX XXXXXX", "XXXXXXXXXXX", "XXXXX XXX XXX"],
    "JP": ["XXX-XXXX-XXXX", "XXXXXXXXXXX", "XXX XXXX XXXX"],
    "SG": ["XXXX XXXX", "XXXXXXXX", "XXXX-XXXX"],
    "EC": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX-XXX-XXXX", "XXXX XXX XXX"],
    "US": ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "XXX XXX XXXX", "XXXXXXXXXX", "1-XXX-XXX-XXXX"],
    "CA": ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "XXX XXX XXXX", "XXXXXXXXXX", "1-XXX-XXX-XXXX"],
    "NZ": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX-XXX-XXXX", "XXX XXX XXX", "XXXXXXXXX", "XXX XXXX XXXX"],
    "ZA": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX-XXX-XXXX", "XXX XXX XX XX"],
    "NG": ["XXXX XXX XXXX", "XXXXXXXXXXX", "XXXX-XXX-XXXX"],
    "KE": ["XXXX XXXXXX", "XXXXXXXXXX", "XXXX XXX XXX", "XXXX-XXX-XXX"],
    "PH": ["XXXX XXX XXXX", "XXXXXXXXXXX", "XXXX-XXX-XXXX"],
    "MY": ["XXX-XXX XXXX", "XXX-XXXXXXX", "XXXXXXXXXX", "XXX XXX XXXX", "XXX-XXXX XXXX", "XXX-XXXXXXXX", "XXXXXXXXXXX"],
    "TH": ["XXX XXX XXXX", "XXX-XXX-XXXX", "XXXXXXXXXX", "XX-XXXX-XXXX"],
    "AE": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX-XXX-XXXX", "XXX XXXXXXX"],
    "MX": ["XXXXXXXXXX"],
    "CO": ["XXX XXXXXXX", "XXXXXXXXXX", "XXX XXX XXXX", "XXX-XXX-XXXX"],
    "BR": ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX", "(XX) X XXXX-XXXX", "XXXXXXXXXXX", "XX XXXXXXXXX"],
    "ES": ["XXX XX XX XX", "XXXXXXXXX", "XXX XXX XXX", "XXX-XX-XX-XX"],
    "FR": ["XX XX XX XX XX", "XXXXXXXXXX", "XX.XX.XX.XX.XX", "XX-XX-XX-XX-XX"],
    "DE": ["XXXX XXXXXXX", "XXXX XXXXXXXX", "XXXX/XXXXXXX", "XXXX/XXXXXXXX", "XXXX-XXXXXXX", "XXXX-XXXXXXXX", "XXXXXXXXXXX", "XXXXXXXXXXXX"],
    "IT": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX XXXXXXX", "XXX.XXXXXXX", "XXX-XXXXXXX"],
    "IE": ["XXX XXX XXXX", "XXXXXXXXXX", "XXX-XXX-XXXX", "XXX XXXXXXX"],
}
# MX: the pn grouping follows the 2- or 3-digit area code; add the dashed/spaced twin of it.
# International habits: templates over the NSN, prefixed by "+CC" as written.
INTL_TEMPLATES = {
    "AU": ["+61 X XXXX XXXX", "+61-XXX-XXX-XXX"],
    "IN": ["+91-XXXXX-XXXXX", "+91 XXXXXXXXXX"],
    "GB": ["+44 XXXX XXX XXX", "+44-XXXX-XXXXXX"],
    "JP": ["+81 XX XXXX XXXX"],
    "SG": ["+65-XXXX-XXXX", "+65 XXXXXXXX"],
    "EC": ["+593 XXXXXXXXX", "+593 XX XXX XXXX"],
    "US": ["+1 (XXX) XXX-XXXX", "+1 XXX XXX XXXX"],
    "CA": ["+1 (XXX) XXX-XXXX", "+1 XXX XXX XXXX"],
    "NZ": ["+64 XX XXX XXXX", "+64 XXXXXXXXX"],
    "ZA": ["+27 XXXXXXXXX", "+27-XX-XXX-XXXX"],
    "NG": ["+234 XXXXXXXXXX", "+234-XXX-XXX-XXXX"],
    "KE": ["+254 XXX XXX XXX", "+254XXXXXXXXX"],
    "PH": ["+63 XXXXXXXXXX", "+63-XXX-XXX-XXXX"],
    "MY": ["+60 XX XXX XXXX", "+60 XX-XXXXXXX"],
    "TH": ["+66 X XXXX XXXX", "+66-XX-XXX-XXXX"],
    "AE": ["+971 XX XXXXXXX", "+971-XX-XXX-XXXX"],
    "MX": ["+52 XXXXXXXXXX"],
    "CO": ["+57 XXX XXX XXXX", "+57 XXXXXXXXXX"],
    "BR": ["+55 (XX) XXXXX-XXXX", "+55 XX XXXXXXXXX"],
    "ES": ["+34 XXX XXX XXX", "+34 XXXXXXXXX"],
    "FR": ["+33 X.XX.XX.XX.XX", "+33 XXXXXXXXX"],
    "DE": ["+49 XXX XXXXXXX", "+49 XXX XXXXXXXX", "+49 (0)XXX XXXXXXX", "+49 (0)XXX XXXXXXXX"],
    "IT": ["+39 XXX XXXXXXX", "+39 XXXXXXXXXX"],
    "IE": ["+353 XX XXXXXXX", "+353 XXXXXXXXX"],
}
NOPLUS = {"IN", "AE", "PH"}  # "91 98450 12345" habits
TRUNKLESS = {"IN"}  # national templates may also run over the bare NSN ("98450 12345")


def fill(template, digits):
    if template.count("X") != len(digits):
        return None
    it = iter(digits)
    return "".join(next(it) if c == "X" else c for c in template)


def parse_ok(s, region, e164):
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(n, F.E164) == e164 and phonenumbers.is_valid_number_for_region(n, region)


def valid_in(s):
    out = {}
    for r in COUNTRIES:
        try:
            n = phonenumbers.parse(s, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(n, r):
            out[r] = phonenumbers.format_number(n, F.E164)
    return out


def national_string(cc, n):
    """The national digits as dialled at home: trunk prefix + NSN (no trunk for SG/MX/IT/ES/US/CA)."""
    nsn = phonenumbers.national_significant_number(n)
    md = phonenumbers.PhoneMetadata.metadata_for_region(cc)
    if md.national_prefix == "0":
        return "0" + nsn
    return nsn  # US/CA: trunk "1" is an optional template


def forms(cc, n, kind):
    e164 = phonenumbers.format_number(n, F.E164)
    nsn = phonenumbers.national_significant_number(n)
    natdigits = national_string(cc, n)
    nat = [phonenumbers.format_number(n, F.NATIONAL)]
    compact = re.sub(r"[^0-9]", "", nat[0])
    if kind == "mobile":
        for t in NAT_TEMPLATES[cc]:
            s = fill(t, natdigits) or (fill(t, nsn) if cc in TRUNKLESS else None)
            if s:
                nat.append(s)
        if cc == "MX":
            nat.append(nat[0].replace(" ", "-"))
    else:
        nat.append(compact)
        if " " in nat[0] and "(" not in nat[0]:
            nat.append(nat[0].replace(" ", "-"))
    seen, national = set(), []
    for s in nat:
        if s in seen or not parse_ok(s, cc, e164):
            continue
        seen.add(s)
        national.append({"s": s, "valid_in": valid_in(s)})
    intl_raw = [phonenumbers.format_number(n, F.INTERNATIONAL), e164]
    if kind == "mobile":
        for t in INTL_TEMPLATES[cc]:
            s = fill(t, nsn)
            if s:
                intl_raw.append(s)
    seen, intl = set(), []
    for s in intl_raw:
        if s in seen or not parse_ok(s, cc, e164):
            continue
        seen.add(s)
        intl.append(s)
    base = intl[0]  # "+CC rest"
    code = "+" + str(n.country_code)
    rest = base[len(code):].lstrip()
    dis = {
        "paren": "(%s) %s" % (code, rest),
        "idd00": "00%s %s" % (code[1:], rest),
        "idd00_space": "00 %s %s" % (code[1:], rest),
        "plus_space": "+ %s %s" % (code[1:], rest),
    }
    md = phonenumbers.PhoneMetadata.metadata_for_region(cc)
    if md.national_prefix == "0":
        dis["trunk0"] = "%s (0)%s" % (code, rest)
    if cc in NOPLUS:
        dis["noplus"] = "%s %s" % (code[1:], rest)
    disguised = {k: v for k, v in dis.items() if parse_ok(v, cc, e164)}
    return {"e164": e164, "nsn": nsn, "type": kind, "national": national, "intl": intl, "intl_disguised": disguised}


def draw(rng, cc, kind, want, taken):
    out = []
    tries = 0
    md = phonenumbers.PhoneMetadata.metadata_for_region(cc)
    while len(out) < want:
        tries += 1
        if tries > 400000:
            sys.exit("cannot draw enough %s numbers for %s" % (kind, cc))
        if kind == "mobile":
            lead, lengths = rng.choice(MOBILE[cc])
            length = rng.choice(lengths)
        else:
            lead = rng.choice(FIXED[cc])
            ex = len(phonenumbers.national_significant_number(phonenumbers.example_number_for_type(cc, T.FIXED_LINE)))
            length = rng.choice([x for x in md.fixed_line.possible_length if ex - 1 <= x <= ex + 1] or [ex])
        if cc in ("US", "CA"):
            nsn = str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99) + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        else:
            if length <= len(lead):
                continue
            first = str(rng.randint(2, 9)) if kind == "fixed" else str(rng.randint(0, 9))
            nsn = lead + first + "".join(str(rng.randint(0, 9)) for _ in range(length - len(lead) - 1))
        if nsn in taken or fiction(cc, nsn):
            continue
        try:
            n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(cc), nsn), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(n, cc):
            continue
        t = phonenumbers.number_type(n)
        if kind == "mobile" and t not in (T.MOBILE, T.FIXED_LINE_OR_MOBILE):
            continue
        if kind == "fixed" and t not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
            continue
        if phonenumbers.national_significant_number(n) != nsn:
            continue
        f = forms(cc, n, kind)
        if not f["national"] or not f["intl"]:
            continue
        taken.add(nsn)
        out.append(f)
    return out


def build():
    rng = random.Random(SEED)
    pool = {}
    for cc in COUNTRIES:
        taken = set()
        nums = draw(rng, cc, "mobile", N_MOBILE, taken) + draw(rng, cc, "fixed", N_FIXED, taken)
        rng.shuffle(nums)
        pool[cc] = nums
    return {"phonenumbers_version": phonenumbers.__version__, "seed": SEED, "countries": COUNTRIES, "numbers": pool}


def main():
    data = build()
    # one number per line: compact, yet diffs stay readable
    lines = ["{", ' "countries": %s,' % json.dumps(data["countries"]),
             ' "phonenumbers_version": %s,' % json.dumps(data["phonenumbers_version"]),
             ' "seed": %d,' % data["seed"], ' "numbers": {']
    ccs = list(data["numbers"])
    for i, cc in enumerate(ccs):
        lines.append('  "%s": [' % cc)
        nums = data["numbers"][cc]
        for j, e in enumerate(nums):
            lines.append("   " + json.dumps(e, ensure_ascii=False, sort_keys=True) + ("," if j < len(nums) - 1 else ""))
        lines.append("  ]" + ("," if i < len(ccs) - 1 else ""))
    lines.append(" }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    n = sum(len(v) for v in data["numbers"].values())
    print("wrote %s: %d numbers, phonenumbers %s" % (OUT, n, phonenumbers.__version__))


if __name__ == "__main__":
    main()
