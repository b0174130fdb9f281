#!/usr/bin/env python3
"""Build number_pool.json for eval/phones6.

    python3 -m venv /tmp/venv-p6 && /tmp/venv-p6/bin/pip install phonenumbers
    /tmp/venv-p6/bin/python eval/phones6/build_pool.py

Every number is a random digit string that libphonenumber calls valid; nothing is copied from
anywhere. Per country the pool holds mobile numbers (most) and fixed-line numbers, each with the
facts the generator and the checks need:

- e164, region, type, cc, nsn;
- national / national_digits: libphonenumber's national format, and the digits it spells;
- intl: libphonenumber's international format;
- set_mobile_readings: the distinct E.164 numbers that the national digits give when read as a
  national number in each of the set's countries and valid there as a mobile (libphonenumber types
  MOBILE or FIXED_LINE_OR_MOBILE), each with the regions that read it so;
- unique_format: true for a mobile whose national digits have exactly one such reading, its own.
  Only these numbers may appear in national form in a post without region evidence;
- unique_all_regions: true where the digits are also a valid mobile in no other of the 245
  regions libphonenumber knows (information only).

`ambiguous` holds national-form mobile numbers whose digits are a valid mobile in two or more of
the set's countries (distinct E.164 readings), with every region's reading.

Dev draws the even-indexed entries of each list and heldout the odd-indexed ones.
"""
import json
import os
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T

COUNTRIES = ["AU", "IN", "GB", "JP", "SG", "EC", "PH", "NG", "KE", "GH", "ZA", "BR", "MX", "CO", "AR",
             "PE", "CL", "DE", "FR", "IT", "ES", "NL", "PL", "RO", "UA", "RU", "TR", "AE", "SA", "EG",
             "MA", "TH", "VN", "ID", "MY", "PK", "BD", "CN", "KR", "CA", "US"]
N_MOBILE = 110
N_FIXED = 16
N_AMBIG_PER_BASE = 40
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FIXED_TYPES = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
ALL_REGIONS = sorted(pn.SUPPORTED_REGIONS)
HERE = os.path.dirname(os.path.abspath(__file__))


def readings(digits, regions, types=None):
    """Distinct E.164 readings of national digits, one per region where they are valid."""
    out = {}
    for r in regions:
        try:
            n = pn.parse(digits, r)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number_for_region(n, r):
            continue
        if types is not None and pn.number_type(n) not in types:
            continue
        out.setdefault(pn.format_number(n, F.E164), []).append(r)
    return out


def nanp_555(n):
    return n.country_code == 1 and str(n.national_number)[3:6] == "555"


def draw(rng, region, want_types, seen):
    """A random valid number of the wanted types: uniform random digits of an allowed length, kept
    when libphonenumber says they are valid in the region. Only if that keeps failing does it fall
    back to reusing the first digits of libphonenumber's example number."""
    md = pn.PhoneMetadata.metadata_for_region(region)
    desc = md.mobile if want_types is MOBILE_TYPES else md.fixed_line
    lengths = [l for l in desc.possible_length if l > 0] or list(md.general_desc.possible_length)
    ex = pn.example_number_for_type(region, T.MOBILE if want_types is MOBILE_TYPES else T.FIXED_LINE)
    exs = str(ex.national_number) if ex else ""
    if exs:
        # lengths people actually see: from the example number's length to two digits more
        # (libphonenumber also accepts short legacy numbers, e.g. 5-digit South African mobiles)
        lengths = [l for l in lengths if len(exs) <= l <= len(exs) + 2] or lengths
    for k, tries in ((0, 50000), (1, 50000), (2, 50000), (3, 50000)):
        for _ in range(tries):
            L = rng.choice(lengths)
            head = exs[:k]
            first = "0123456789" if region == "IT" else "123456789"
            s = head + ("" if head else rng.choice(first))
            s += "".join(rng.choice("0123456789") for _ in range(L - len(s)))
            try:
                n = pn.parse("+%d%s" % (md.country_code, s))
            except pn.NumberParseException:
                continue
            if not pn.is_valid_number(n) or pn.region_code_for_number(n) != region:
                continue
            if pn.number_type(n) not in want_types or nanp_555(n):
                continue
            e = pn.format_number(n, F.E164)
            if e in seen:
                continue
            seen.add(e)
            return n
    raise SystemExit("could not draw for %s" % region)


def entry(n, region, kind):
    national = pn.format_number(n, F.NATIONAL)
    nd = "".join(c for c in national if c.isdigit())
    e = pn.format_number(n, F.E164)
    sr = readings(nd, COUNTRIES, MOBILE_TYPES)
    d = {
        "e164": e, "region": region, "type": kind, "cc": str(n.country_code), "nsn": pn.national_significant_number(n),
        "national": national, "national_digits": nd, "intl": pn.format_number(n, F.INTERNATIONAL),
        "set_mobile_readings": {k: sorted(v) for k, v in sorted(sr.items())},
        "unique_format": kind == "mobile" and list(sr) == [e], "unique_all_regions": False,
    }
    if d["unique_format"]:
        d["unique_all_regions"] = list(readings(nd, ALL_REGIONS, MOBILE_TYPES)) == [e]
    return d


def main():
    rng = random.Random(20260606)
    seen = set()
    pool = {"phonenumbers_version": pn.__version__, "countries": {}, "ambiguous": []}
    for r in COUNTRIES:
        md = pn.PhoneMetadata.metadata_for_region(r)
        c = {"cc": str(md.country_code), "national_prefix": md.national_prefix or "", "mobile": [], "fixed": []}
        for _ in range(N_MOBILE):
            c["mobile"].append(entry(draw(rng, r, MOBILE_TYPES, seen), r, "mobile"))
        for _ in range(N_FIXED):
            c["fixed"].append(entry(draw(rng, r, FIXED_TYPES, seen), r, "fixed"))
        pool["countries"][r] = c
        print(r, "unique_format mobiles:", sum(x["unique_format"] for x in c["mobile"]), flush=True)
    # ambiguous national numbers, drawn per base country
    for r in COUNTRIES:
        got, tries = 0, 0
        while got < N_AMBIG_PER_BASE and tries < 1500:
            tries += 1
            n = draw(rng, r, MOBILE_TYPES, seen)
            national = pn.format_number(n, F.NATIONAL)
            nd = "".join(c for c in national if c.isdigit())
            mob = readings(nd, COUNTRIES, MOBILE_TYPES)
            if len(mob) < 2:
                continue
            regions = sorted({x for rs in mob.values() for x in rs})
            cands = readings(nd, ALL_REGIONS)
            pool["ambiguous"].append({
                "base": r, "e164_in_base": pn.format_number(n, F.E164), "national": national, "digits": nd,
                "regions": regions, "e164_candidates": sorted(cands),
            })
            got += 1
        print(r, "ambiguous:", got, "of", tries, flush=True)
    write_pool(pool)


def write_pool(pool):
    """One number per line, so that a diff of the pool is readable."""
    d = lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True)
    out = ['{"phonenumbers_version": %s,' % d(pool["phonenumbers_version"]), '"countries": {']
    regions = sorted(pool["countries"])
    for i, r in enumerate(regions):
        c = pool["countries"][r]
        out.append('%s: {"cc": %s, "national_prefix": %s,' % (d(r), d(c["cc"]), d(c["national_prefix"])))
        for k in ("mobile", "fixed"):
            out.append('%s: [' % d(k))
            out += [d(x) + ("," if j < len(c[k]) - 1 else "") for j, x in enumerate(c[k])]
            out.append("]," if k == "mobile" else "]}" + ("," if i < len(regions) - 1 else ""))
    out.append('},')
    out.append('"ambiguous": [')
    out += [d(x) + ("," if j < len(pool["ambiguous"]) - 1 else "") for j, x in enumerate(pool["ambiguous"])]
    out.append("]}")
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
