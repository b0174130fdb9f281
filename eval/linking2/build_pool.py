#!/usr/bin/env python3
"""Build number_pool.json: random phone numbers that are valid for their country.

This is the only script in eval/linking2 that needs a third-party package
(`phonenumbers`, Google's libphonenumber metadata).  Its output is committed so
that gen.py stays standard-library only.  Run it again only to change the pool:

    python3 -m venv /tmp/venv-l2 && /tmp/venv-l2/bin/pip install phonenumbers
    /tmp/venv-l2/bin/python eval/linking2/build_pool.py

Each number is drawn at random (digits, then kept only if libphonenumber says
it is valid, of the wanted type, and belongs to the wanted region), so the pool
holds numbers that look like anybody's.  Per country and kind the pool stores
[international format, national format]; E.164 is "+" and the digits of the
international format.
"""
import json
import os
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

SEED = 20240611
# country -> (mobile, fixed, tollfree) counts
COUNTS = {
    "US": (5000, 500, 8), "CA": (600, 120, 4), "GB": (1300, 200, 6),
    "NG": (800, 60, 4), "PH": (600, 60, 4), "ES": (1700, 300, 6),
    "MX": (1300, 200, 6), "CO": (600, 100, 4), "AR": (500, 100, 4),
    "FR": (1700, 300, 6), "BE": (400, 100, 4), "MA": (600, 80, 4),
    "PT": (800, 150, 4), "BR": (1700, 300, 6), "AE": (700, 150, 4),
    "SA": (400, 100, 4), "EG": (600, 80, 4), "DE": (1000, 250, 6),
    "IT": (1000, 200, 6), "RO": (600, 100, 4), "TR": (700, 150, 4),
}
KINDS = {
    "mobile": (T.MOBILE, {T.MOBILE, T.FIXED_LINE_OR_MOBILE}),
    "fixed": (T.FIXED_LINE, {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}),
    "tollfree": (T.TOLL_FREE, {T.TOLL_FREE}),
}


def draw(rng, region, kind, n, taken):
    want_type, ok_types = KINDS[kind]
    meta = pn.PhoneMetadata.metadata_for_region(region)
    desc = {"mobile": meta.mobile, "fixed": meta.fixed_line, "tollfree": meta.toll_free}[kind]
    lengths = [l for l in desc.possible_length if l > 0] or list(meta.general_desc.possible_length)
    if kind == "tollfree":  # a support line people can recognise, not a short code
        lengths = [l for l in lengths if l >= 7] or lengths
    ex = pn.example_number_for_type(region, want_type)
    ex_nsn = pn.national_significant_number(ex) if ex else ""
    cc = meta.country_code
    out = []
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 4_000_000:
            raise SystemExit(f"cannot draw {n} {kind} numbers for {region} (got {len(out)})")
        length = rng.choice(lengths)
        keep = rng.choice([0, 0, 0, 1]) if ex_nsn else 0
        head = ex_nsn[:keep] if len(ex_nsn) >= keep else ""
        digits = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
        try:
            num = pn.parse(f"+{cc}{digits}", None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num):
            continue
        # NANP toll-free numbers belong to no one country; accept them for CA too
        if pn.region_code_for_number(num) != region and not (kind == "tollfree" and cc == 1):
            continue
        if pn.number_type(num) not in ok_types:
            continue
        e164 = pn.format_number(num, F.E164)
        if len(e164) - 1 > 13:  # valid but unusual (long German and Nigerian ranges): keep numbers ordinary
            continue
        if e164 in taken:
            continue
        intl = pn.format_number(num, F.INTERNATIONAL)
        nat = pn.format_number(num, F.NATIONAL)
        assert "+" + "".join(c for c in intl if c.isdigit()) == e164, (intl, e164)
        taken.add(e164)
        out.append([intl, nat])
    return out


def main():
    rng = random.Random(SEED)
    taken = set()
    countries = {}
    for region in sorted(COUNTS):
        counts = COUNTS[region]
        entry = {"cc": str(pn.country_code_for_region(region))}
        for kind, n in zip(("mobile", "fixed", "tollfree"), counts):
            entry[kind] = draw(rng, region, kind, n, taken)
        countries[region] = entry
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "number_pool.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"about": "random numbers valid for their country (libphonenumber %s); [international, national]; built by build_pool.py",\n'
                % pn.__version__)
        f.write(' "countries": {\n')
        for i, region in enumerate(sorted(countries)):
            sep = "," if i + 1 < len(countries) else ""
            f.write(f"  {json.dumps(region)}: {json.dumps(countries[region], ensure_ascii=False, separators=(',', ':'))}{sep}\n")
        f.write(" }}\n")
    print(path, sum(len(c[k]) for c in countries.values() for k in ("mobile", "fixed", "tollfree")), "numbers")


if __name__ == "__main__":
    main()
