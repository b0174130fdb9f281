#!/usr/bin/env python3
"""Build number_pool.json: fictional-but-valid phone numbers per country, vetted by libphonenumber.

Not needed to regenerate the evaluation files (write_phones.py is stdlib-only and reads the
committed pool). Rerun only to change the pool:

    python3 -m venv /tmp/phvenv && /tmp/phvenv/bin/pip install phonenumbers
    /tmp/phvenv/bin/python build_pool.py > number_pool.json

Each entry: the national significant number (nsn), how it is written nationally (`national`:
with the trunk prefix where the country customarily writes one), its E.164, its libphonenumber
type, and `candidates`: every plausible region (PLAUSIBLE below) in which the written national
digits are a valid mobile (or fixed-line-or-mobile) number. `candidates == [country]` means the
number's own format places it; two or more means a careful reader cannot tell without a cue.
"""
import json
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberType as T

# Regions whose numbers are customarily written nationally with the trunk prefix 0.
TRUNK = "AU GB FR DE JP NG ZA PH AE EC NL NZ IE KE MY TH KR".split()
# Regions written nationally as the bare national significant number.
NOTRUNK = "US CA IN MX BR ES SG IT PT CO HK".split()
PLAUSIBLE = sorted(TRUNK + NOTRUNK)

# country -> list of (family name, nsn prefix choices, nsn length)
FAMILIES = {
    "AU": [("mobile", ["40", "41", "42", "43"], 9), ("fixed", ["29", "39", "73", "89"], 9)],
    "IN": [("mobile", ["98", "99", "97", "96", "88", "87", "70", "63"], 10), ("fixed", ["2224", "1123", "8026"], 10)],
    "GB": [("mobile", ["74", "75", "77", "78", "79"], 10), ("fixed", ["207", "208", "161", "131"], 10)],
    "JP": [("mobile", ["80", "90", "70"], 10), ("fixed", ["3", "6"], 9)],
    "SG": [("mobile", ["8", "9"], 8), ("fixed", ["6"], 8)],
    "EC": [("mobile", ["96", "97", "98", "99"], 9), ("fixed", ["22", "42"], 8)],
    "US": [("nanp", ["214", "404", "713", "702", "305", "312", "415", "213", "646", "512", "602", "206"], 10),
           ("round", ["214", "404", "713", "702", "305", "312", "415", "602"], 10)],
    "CA": [("nanp", ["416", "604", "514", "647", "403", "613"], 10), ("round", ["416", "604", "514"], 10)],
    "NG": [("mobile", ["803", "806", "813", "703", "706", "903", "905", "810"], 10)],
    "ZA": [("mobile", ["82", "83", "84", "72", "73", "71", "60", "61"], 9), ("fixed", ["11", "21", "31"], 9)],
    "FR": [("mobile", ["6", "7"], 9), ("fixed", ["1", "4", "5"], 9)],
    "ES": [("mobile", ["6", "71", "72"], 9), ("fixed", ["91", "93", "95"], 9)],
    "BR": [("mobile", ["119", "219", "319", "419", "519", "619", "719", "819"], 11), ("fixed", ["113", "213"], 10)],
    "MX": [("mobile", ["55", "33", "81", "22", "99", "66"], 10)],
    "PH": [("mobile", ["917", "918", "927", "905", "995", "961"], 10), ("fixed", ["2"], 9)],
    "AE": [("mobile", ["50", "52", "54", "55", "56", "58"], 9), ("fixed", ["4", "2"], 8)],
    "DE": [("mobile", ["151", "152", "157", "160", "170", "171", "172", "176", "177", "179"], 11), ("mobile10", ["160", "170", "171"], 10), ("fixed", ["30", "40", "89"], 10)],
    "NL": [("mobile", ["6"], 9), ("fixed", ["20", "10"], 9)],
    "IT": [("mobile", ["32", "33", "34", "35", "36", "38", "39"], 10), ("fixed", ["06", "02"], 10)],
    "NZ": [("mobile", ["21", "22", "27"], 9), ("fixed", ["9"], 8)],
    "IE": [("mobile", ["83", "85", "86", "87", "89"], 9), ("fixed", ["1"], 8)],
    "KE": [("mobile", ["70", "71", "72", "74", "79", "11", "10"], 9), ("fixed", ["20"], 9)],
    "CO": [("mobile", ["30", "31", "32"], 10), ("fixed", ["601"], 10)],
    "TH": [("mobile", ["8", "9", "6"], 9), ("fixed", ["2"], 8)],
    "PT": [("mobile", ["91", "92", "93", "96"], 9), ("fixed", ["21", "22"], 9)],
    "MY": [("mobile", ["12", "13", "16", "17", "19"], 9), ("mobile11", ["11"], 10)],
    "KR": [("mobile", ["10"], 10), ("fixed", ["2"], 9)],
    "HK": [("mobile", ["5", "6", "9"], 8)],
}
PER_FAMILY = 60
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)


def written_national(region, nsn):
    return ("0" + nsn) if region in TRUNK else nsn


def candidates(written):
    """Regions of PLAUSIBLE in which the written national digits are a valid mobile number."""
    out = []
    for r in PLAUSIBLE:
        cc = phonenumbers.country_code_for_region(r)
        if r in TRUNK:
            if not written.startswith("0"):
                continue
            nsn = written[1:]
        else:
            if written.startswith("0") and r != "IT":
                continue
            nsn = written
        if not nsn or nsn.startswith("0") and r != "IT":
            continue
        try:
            n = phonenumbers.parse("+%d%s" % (cc, nsn))
        except phonenumbers.NumberParseException:
            continue
        if str(n.national_number) != (nsn.lstrip("0") if r == "IT" else nsn):
            continue
        if phonenumbers.is_valid_number_for_region(n, r) and phonenumbers.number_type(n) in MOBILE_TYPES:
            out.append(r)
    return out


def boring(nsn):
    # avoid runs that look like famous or placeholder numbers
    return any(ch * 5 in nsn for ch in "0123456789") or "12345" in nsn or "555" in nsn[-7:-4]


def main():
    rng = random.Random(20261130)
    pool = {}
    for region, fams in FAMILIES.items():
        cc = phonenumbers.country_code_for_region(region)
        entries = []
        for fam, prefixes, length in fams:
            got, tries = 0, 0
            seen = set()
            while got < PER_FAMILY and tries < 20000:
                tries += 1
                pre = rng.choice(prefixes)
                if fam == "round":
                    # NANP numbers whose exchange or line is a round figure, for multiplier words
                    exch = rng.choice("23456789") + rng.choice(["00", "00", str(rng.randint(10, 99))])
                    line = rng.choice([rng.choice("123456789") + "000", "%02d00" % rng.randint(10, 99)])
                    nsn = pre + exch + line
                else:
                    nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
                if nsn in seen or (fam != "round" and boring(nsn)):
                    continue
                e164 = "+%d%s" % (cc, nsn)
                try:
                    n = phonenumbers.parse(e164)
                except phonenumbers.NumberParseException:
                    continue
                if not phonenumbers.is_valid_number_for_region(n, region):
                    continue
                if phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e164:
                    continue
                typ = phonenumbers.number_type(n)
                if fam.startswith("mobile") and typ not in MOBILE_TYPES:
                    continue
                seen.add(nsn)
                wn = written_national(region, nsn)
                entries.append({
                    "family": fam,
                    "nsn": nsn,
                    "national": wn,
                    "e164": e164,
                    "type": {T.MOBILE: "mobile", T.FIXED_LINE: "fixed", T.FIXED_LINE_OR_MOBILE: "fixed_or_mobile"}.get(typ, str(typ)),
                    "candidates": candidates(wn),
                })
                got += 1
            if got < PER_FAMILY:
                print("warning: %s %s only %d" % (region, fam, got), file=sys.stderr)
        pool[region] = {"calling_code": cc, "trunk": region in TRUNK, "numbers": entries}
    json.dump({"plausible": PLAUSIBLE, "trunk_regions": sorted(TRUNK), "regions": pool}, sys.stdout, indent=0, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
