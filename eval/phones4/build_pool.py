#!/usr/bin/env python3
"""Build eval/phones4/number_pool.json: the numbers write.py may use.

Needs `phonenumbers` (throwaway venv: python3 -m venv /tmp/venv-p4 && /tmp/venv-p4/bin/pip install phonenumbers).
Deterministic (seeded). Run once; the output is committed and write.py reads it with the stdlib only.

Every number is a valid MOBILE (or FIXED_LINE_OR_MOBILE, for NANP and MX) number of its country.
For each number we also record its *home* digit string -- the way people in that country write it
at home (trunk 0 where the country uses one, none where it does not; India both ways) -- and the
set of the 26 scenario countries in which that same digit string is a valid number when read the
way people there write numbers at home (`home_valid_in`, `home_mobile_in`).

  unique_mobile : home string a valid mobile in exactly one country (its own) -> usable with no cue ("format")
  unique_any    : ... and not even a valid landline anywhere else
  ambiguous     : home string a valid mobile in >= 2 countries            -> the "ambiguous" group
Ad contact numbers are mobiles, so landline readings elsewhere do not make a number ambiguous; they
are recorded (unique_any, also_valid_landline_in) so the two cases can be scored apart.
"""
import json
import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberType as T

COUNTRIES = ["AU", "IN", "GB", "JP", "SG", "EC", "US", "CA", "PH", "NG", "KE", "ZA", "AE", "MX", "BR",
             "CO", "ES", "FR", "DE", "IT", "NL", "TH", "MY", "HK", "NZ", "IE", "TR"]
# countries where people write national numbers with the trunk 0 at home
TRUNK0 = {"AU", "GB", "JP", "EC", "PH", "NG", "KE", "ZA", "AE", "FR", "DE", "NL", "TH", "MY", "NZ", "IE", "TR"}
BOTH = {"IN"}  # written both with and without the 0
MOBILE_TYPES = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}

US_AC = ["212", "213", "214", "305", "312", "313", "404", "415", "469", "504", "602", "619", "702", "713", "718",
         "786", "832", "917", "347", "646", "954", "980", "510", "678", "470", "281", "210", "323", "424", "562",
         "909", "773", "872", "901", "615", "317", "614", "216", "412", "267", "215", "301", "240", "703", "571",
         "757", "803", "704", "919", "407", "321", "813", "727", "239", "561", "480", "520", "725", "916", "408",
         "206", "253", "503", "801", "303", "720", "512", "737", "817", "682", "915", "346", "629", "689", "945"]
CA_AC = ["416", "647", "437", "604", "778", "236", "514", "438", "403", "587", "780", "613", "343", "905", "289",
         "519", "226", "306", "204", "902", "825", "672"]
MX_AC = ["55", "33", "81", "222", "664", "998", "442", "477", "999", "614", "656", "662", "744", "322"]
BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "47", "48", "62", "92"]


def rd(n, rng):
    return "".join(rng.choice("0123456789") for _ in range(n))


def candidate(cc, rng):
    r = rng
    if cc == "AU":
        return "4" + rd(8, r)
    if cc == "IN":
        return r.choice("9876") + rd(9, r)
    if cc == "GB":
        return "7" + r.choice("1234579") + rd(8, r)
    if cc == "JP":
        return r.choice(["70", "80", "90"]) + rd(8, r)
    if cc == "SG":
        return r.choice("89") + rd(7, r)
    if cc == "EC":
        return "9" + rd(8, r)
    if cc in ("US", "CA"):
        return r.choice(US_AC if cc == "US" else CA_AC) + r.choice("23456789") + rd(6, r)
    if cc == "PH":
        return "9" + rd(9, r)
    if cc == "NG":
        return r.choice(["70", "80", "81", "90", "91"]) + rd(8, r)
    if cc == "KE":
        return r.choice("71") + rd(8, r)
    if cc == "ZA":
        return r.choice("678") + rd(8, r)
    if cc == "AE":
        return "5" + r.choice("024568") + rd(7, r)
    if cc == "MX":
        ac = r.choice(MX_AC)
        return ac + rd(10 - len(ac), r)
    if cc == "BR":
        return r.choice(BR_DDD) + "9" + r.choice("6789") + rd(7, r)
    if cc == "CO":
        return "3" + r.choice("012345") + rd(8, r)
    if cc == "ES":
        return r.choice("67") + rd(8, r)
    if cc == "FR":
        return r.choice("67") + rd(8, r)
    if cc == "DE":
        p = r.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                      "176", "177", "178", "179"])
        n = 8 if p.startswith("15") or p in ("176", "160", "162") else r.choice([7, 8])
        return p + rd(n, r)
    if cc == "IT":
        return "3" + r.choice(["20", "27", "28", "29", "31", "33", "34", "35", "38", "39", "40", "45", "47", "49", "66", "80", "92", "93"]) + rd(7, r)
    if cc == "NL":
        return "6" + r.choice("12345") + rd(7, r)
    if cc == "TH":
        return r.choice("689") + rd(8, r)
    if cc == "MY":
        p = r.choice(["12", "13", "14", "16", "17", "18", "19", "11"])
        return p + rd(8 if p == "11" else 7, r)
    if cc == "HK":
        return r.choice("569") + rd(7, r)
    if cc == "NZ":
        p = r.choice(["21", "22", "27", "20"])
        return p + rd(r.choice([7, 7, 8]), r)
    if cc == "IE":
        return "8" + r.choice("35679") + rd(7, r)
    if cc == "TR":
        return "5" + r.choice("0345") + rd(8, r)
    raise KeyError(cc)


def home_forms(cc, nsn):
    if cc in TRUNK0:
        return ["0" + nsn]
    if cc in BOTH:
        return [nsn, "0" + nsn]
    return [nsn]


def read_home(digits, cc):
    """The number `digits` means when written at home in cc, or None if it is not valid there."""
    forms = []
    if cc in TRUNK0:
        if digits.startswith("0"):
            forms.append(digits[1:])
    elif cc in BOTH:
        forms.append(digits[1:] if digits.startswith("0") else digits)
    else:
        if cc != "IT" and digits.startswith("0"):
            return None
        forms.append(digits)
    for nsn in forms:
        try:
            p = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(cc), nsn))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(p, cc) and phonenumbers.national_significant_number(p) == nsn:
            return p
    return None


def profile(digits):
    valid, mobile, e164 = [], [], {}
    for c in COUNTRIES:
        p = read_home(digits, c)
        if p is None:
            continue
        valid.append(c)
        e164[c] = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.number_type(p) in MOBILE_TYPES:
            mobile.append(c)
    return valid, mobile, e164


def main():
    rng = random.Random(440044)
    out = {"countries": COUNTRIES, "trunk0": sorted(TRUNK0), "both": sorted(BOTH),
           "phonenumbers_version": phonenumbers.__version__, "numbers": [], "ambiguous": []}
    seen = set()
    want_um, want_other = 40, 30
    for cc in COUNTRIES:
        n_um = n_other = 0
        tries = 0
        code = phonenumbers.country_code_for_region(cc)
        while (n_um < want_um or n_other < want_other) and tries < 60000:
            tries += 1
            nsn = candidate(cc, rng)
            p = phonenumbers.parse("+%d%s" % (code, nsn))
            if not phonenumbers.is_valid_number_for_region(p, cc) or phonenumbers.number_type(p) not in MOBILE_TYPES:
                continue
            if nsn in seen:
                continue
            home = home_forms(cc, nsn)
            profs = [profile(h) for h in home]
            unique_mobile = all(m == [cc] for _, m, _ in profs)
            unique_any = all(v == [cc] for v, _, _ in profs)
            if unique_mobile:
                if n_um >= want_um:
                    continue
                n_um += 1
            else:
                if n_other >= want_other:
                    continue
                n_other += 1
            seen.add(nsn)
            out["numbers"].append({
                "cc": cc, "code": code, "nsn": nsn,
                "e164": phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164),
                "home": home, "unique_mobile": unique_mobile, "unique_any": unique_any,
                "home_valid_in": sorted(set(c for v, _, _ in profs for c in v)),
                "home_mobile_in": sorted(set(c for _, m, _ in profs for c in m)),
            })
        print(cc, "unique_mobile", n_um, "other", n_other, file=sys.stderr)
    # ambiguous: home digit strings that are valid mobiles in two or more countries
    amb = {}
    pair_count = {}
    tries = 0
    while len(amb) < 140 and tries < 400000:
        tries += 1
        cc = rng.choice(COUNTRIES)
        nsn = candidate(cc, rng)
        for h in home_forms(cc, nsn):
            if h in amb:
                continue
            valid, mobile, e164 = profile(h)
            if len(mobile) < 2:
                continue
            key = "+".join(sorted(mobile))
            if pair_count.get(key, 0) >= 8:
                continue
            pair_count[key] = pair_count.get(key, 0) + 1
            amb[h] = {"digits": h, "regions": mobile, "also_valid_landline_in": [c for c in valid if c not in mobile],
                      "e164_candidates": [e164[c] for c in mobile]}
    out["ambiguous"] = sorted(amb.values(), key=lambda a: a["digits"])
    out["ambiguous_region_sets"] = dict(sorted(pair_count.items()))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print("numbers %d (unique_mobile %d, unique_any %d), ambiguous %d" % (len(out["numbers"]), sum(n["unique_mobile"] for n in out["numbers"]), sum(n["unique_any"] for n in out["numbers"]), len(amb)))
    print(json.dumps(pair_count))


if __name__ == "__main__":
    main()
