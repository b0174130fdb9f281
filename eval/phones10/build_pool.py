#!/usr/bin/env python3
"""Build number_pool.json: random phone numbers that Google's libphonenumber metadata accepts.

    pip install phonenumbers          # the pool in this directory was built with the version in
    python3 build_pool.py             # number_pool.json["phonenumbers_version"]

Needs the `phonenumbers` package (only this script does; write.py reads the JSON with the standard
library). Seeded, so a rerun with the same phonenumbers version writes the same file.

For every region below it draws random national significant numbers, keeps those that
`phonenumbers.is_valid_number` accepts with the wanted type (mobile / fixed line), skips the
well-known fictional or drama ranges and runs like 0000000 or 1234567, and records for each number:

  e164, region, cc, type, nsn, national (libphonenumber NATIONAL format), international,
  trunk (the national prefix written before the NSN in national format, '' if none),
  written: for each way the generator may write the number without its country code
      ("national": the digits of the NATIONAL format; "nsn": the bare NSN where it differs)
      -> e164s:  {E.164: [regions]} for every region in which those digits alone are a valid number
         fmt_unique: true when the NATIONAL format string is what only this E.164 prints as
                     (every other region where the digits are valid formats them differently)
         in_scenario: the scenario regions (REGIONS) in which the digits are valid
  round: 'x000' / 'x00' for numbers built to end in d000 / d00 (used by the multiplier-word class).
"""
import json
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

SEED = 20251110
REGIONS = ["US", "CA", "GB", "IE", "AU", "NZ", "IN", "SG", "MY", "PH", "TH", "JP", "NG", "KE", "ZA",
           "AE", "MX", "CO", "EC", "BR", "ES", "FR", "DE", "IT", "RU", "PT", "EG"]
N_MOBILE = 96
N_FIXED = 28
N_ROUND = 12
ANY_LENGTH = {"DE"}  # mobiles of 10 and 11 digits are both common
FIXED_LENGTHS = {"DE": [10], "IE": [9]}  # a common length rather than the example's
ALL_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)

# fictional / drama / reserved ranges (prefixes of the NSN)
FICTION = {
    "GB": ["7700900", "2079460", "1134960", "1144960", "1154960", "1164960", "1174960", "1184960",
           "1214960", "1314960", "1414960", "1514960", "1614960", "1914980", "2896496", "2920180",
           "1632960", "3069990", "8081570", "9098790"],
    "AU": ["491570", "25550", "35550", "75550", "85550", "27010", "37010", "77010", "87010"],
    "FR": ["199", "63998"],
    "IE": ["2091", "8512340"],
    "NZ": ["99"],
}


def fictional(region, nsn):
    if region in ("US", "CA"):
        if nsn[3:6] == "555" or nsn[1:3] == "11" or nsn[4:6] == "11":
            return True
    for p in FICTION.get(region, []):
        if nsn.startswith(p):
            return True
    if any(d * 5 in nsn for d in "0123456789"):
        return True
    for run in ("12345", "23456", "34567", "45678", "56789", "98765", "87654", "76543", "65432"):
        if run in nsn:
            return True
    return False


def type_ok(num, want):
    t = phonenumbers.number_type(num)
    if want == "mobile":
        return t in (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
    return t in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)


def lengths(region, want):
    md = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = md.mobile if want == "mobile" else md.fixed_line
    ls = [x for x in desc.possible_length if x > 0] or [x for x in md.general_desc.possible_length if x > 0]
    if want == "fixed" and region in FIXED_LENGTHS:
        return FIXED_LENGTHS[region]
    if region not in ANY_LENGTH:
        # the length of libphonenumber's example number of that type: the common length, not a
        # legacy or short one (Italian 6-digit fixed lines and the like are valid but look odd)
        ex = phonenumbers.example_number_for_type(region, T.MOBILE if want == "mobile" else T.FIXED_LINE)
        ls = [len(phonenumbers.national_significant_number(ex))]
    return ls


def draw(rng, region, want, seen):
    ex = phonenumbers.example_number_for_type(region, T.MOBILE if want == "mobile" else T.FIXED_LINE)
    exn = phonenumbers.national_significant_number(ex)
    ls = lengths(region, want)
    for _ in range(200000):
        L = rng.choice(ls)
        r = rng.random()
        if r < 0.35:
            pre = exn[:2]
        elif r < 0.75:
            pre = exn[:1]
        else:
            pre = ""
        if len(pre) >= L:
            pre = pre[:1]
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(L - len(pre)))
        if nsn[0] == "0" and not exn.startswith("0"):
            continue
        try:
            num = phonenumbers.parse("+%d%s" % (ex.country_code, nsn), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        if not type_ok(num, want):
            continue
        nsn = phonenumbers.national_significant_number(num)
        if fictional(region, nsn):
            continue
        e = phonenumbers.format_number(num, F.E164)
        if e in seen:
            continue
        return num
    raise SystemExit("could not draw %s %s" % (region, want))


def written_info(digits, national_str):
    e164s = {}
    fmts = {}
    for r in ALL_REGIONS:
        try:
            p = phonenumbers.parse(digits, r)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(p):
            continue
        if phonenumbers.region_code_for_number(p) != r:
            continue
        e = phonenumbers.format_number(p, F.E164)
        e164s.setdefault(e, []).append(r)
        fmts.setdefault(e, set()).add(phonenumbers.format_number(p, F.NATIONAL))
    return e164s, fmts


def record(num, want, rnd=None):
    region = phonenumbers.region_code_for_number(num)
    nsn = phonenumbers.national_significant_number(num)
    e = phonenumbers.format_number(num, F.E164)
    nat = phonenumbers.format_number(num, F.NATIONAL)
    intl = phonenumbers.format_number(num, F.INTERNATIONAL)
    nd = "".join(c for c in nat if c.isdigit())
    trunk = nd[: len(nd) - len(nsn)] if nd.endswith(nsn) else None
    if trunk is None:
        raise SystemExit("national digits do not end with the NSN: %s %s" % (e, nat))
    written = {}
    forms = [("national", nd, nat)]
    if nd != nsn:
        forms.append(("nsn", nsn, None))
    for name, digits, nstr in forms:
        e164s, fmts = written_info(digits, nstr)
        if name == "national" and e not in e164s:
            raise SystemExit("national digits do not parse back: %s %s" % (e, nat))
        fmt_unique = None
        if nstr is not None:
            fmt_unique = all(nstr not in fmts[o] for o in e164s if o != e)
        written[name] = {
            "digits": digits,
            "e164s": {k: sorted(v) for k, v in sorted(e164s.items())},
            "fmt_unique": fmt_unique,
            "in_scenario": sorted({r for v in e164s.values() for r in v if r in REGIONS}),
        }
    return {"e164": e, "region": region, "cc": num.country_code, "type": want, "nsn": nsn,
            "national": nat, "international": intl, "trunk": trunk, "written": written, "round": rnd}


def main():
    rng = random.Random(SEED)
    seen = set()
    out = []
    for region in REGIONS:
        for want, n in (("mobile", N_MOBILE), ("fixed", N_FIXED)):
            for _ in range(n):
                num = draw(rng, region, want, seen)
                rec = record(num, want)
                seen.add(rec["e164"])
                out.append(rec)
        got = 0
        tries = 0
        while got < N_ROUND:
            tries += 1
            if tries > 5000:
                raise SystemExit("no round numbers for %s" % region)
            base = draw(rng, region, "mobile", seen)
            nsn = phonenumbers.national_significant_number(base)
            kind = "x000" if got % 2 == 0 else "x00"
            tail = rng.choice("123456789") + ("000" if kind == "x000" else "00")
            cand = nsn[: len(nsn) - len(tail)] + tail
            num = phonenumbers.parse("+%d%s" % (base.country_code, cand), None)
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                continue
            if not type_ok(num, "mobile"):
                continue
            e = phonenumbers.format_number(num, F.E164)
            if e in seen or fictional(region, cand):
                continue
            # the other digits stay random: the tail is the only round part
            if "00" in cand[: len(cand) - len(tail)]:
                continue
            rec = record(num, "mobile", kind)
            seen.add(e)
            out.append(rec)
            got += 1
        print(region, file=sys.stderr)
    doc = {"phonenumbers_version": phonenumbers.__version__, "seed": SEED, "regions": REGIONS,
           "numbers": out}
    # one number a line, so that diffs stay readable
    with open("number_pool.json", "w", encoding="utf-8", newline="\n") as f:
        f.write("{\"phonenumbers_version\": %s, \"seed\": %d,\n" % (json.dumps(doc["phonenumbers_version"]), SEED))
        f.write("\"regions\": %s,\n\"numbers\": [\n" % json.dumps(REGIONS))
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in out))
        f.write("\n]}\n")
    print("%d numbers" % len(out), file=sys.stderr)


if __name__ == "__main__":
    main()
