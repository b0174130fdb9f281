#!/usr/bin/env python3
"""Derives plainsight-geo's embedded gazetteer from the GeoNames extracts in shared/data/gazetteer.

Input (CC-BY-4.0, GeoNames; packaged as JSON by Ramiro Gómez, MIT):
  cities15000.json  cities with population >= 15,000 (names, alternate names, country, admin1,
                    coordinates, population)
  countries.json    ISO 3166-1 countries
  us_states.json    US states and DC

Output: crates/plainsight-geo/data/gazetteer.tsv, one place per line, tab-separated:
  C  keys  name  iso2  population  -     -               a country
  S  keys  name  US    population  code  -               a US state (admin1 = postal code)
  P  keys  name  iso2  population  admin1  lat,lon       a city
`keys` are the place's names folded the way plainsight-geo folds a query (NFKD, combining marks
dropped, lower-cased, every run of non-alphanumerics one space), `|`-separated. Alternate names
are kept only in Latin, Arabic and Cyrillic script (the scripts of the ads we expect), and never
when they are airport-style codes ("LOS"), contain digits, or are lower-case romanizations.

Usage: python3 scripts/gazetteer.py [SHARED_GAZETTEER_DIR] [OUTPUT]
"""
import json
import sys
import unicodedata

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteer"
OUT = sys.argv[2] if len(sys.argv) > 2 else "crates/plainsight-geo/data/gazetteer.tsv"

# Letters NFKD does not decompose; must match `fold` in crates/plainsight-geo/src/fold.rs.
SPECIAL = {"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}

# Everyday names and abbreviations of countries that GeoNames' English name does not cover.
COUNTRY_ALIASES = {
    "US": ["usa", "u s a", "u s", "united states of america", "america", "the united states", "the us"],
    "GB": ["uk", "u k", "great britain", "britain", "england", "scotland", "wales", "northern ireland"],
    "AE": ["uae", "u a e", "emirates", "the emirates"],
    "RU": ["russian federation"],
    "KR": ["korea", "republic of korea"],
    "KP": ["dprk"],
    "CI": ["cote d ivoire", "cote divoire", "ivory coast"],
    "CD": ["drc", "dr congo", "congo kinshasa", "democratic republic of the congo"],
    "CG": ["congo brazzaville", "republic of the congo"],
    "CZ": ["czechia"],
    "NL": ["holland", "the netherlands"],
    "MM": ["burma"],
    "VN": ["viet nam"],
    "LA": ["lao"],
    "SY": ["syrian arab republic"],
    "IR": ["persia"],
    "MK": ["macedonia"],
    "SZ": ["swaziland"],
    "TR": ["turkiye"],
    "PH": ["the philippines"],
    "BS": ["the bahamas"],
    "GM": ["the gambia"],
    "VA": ["vatican", "vatican city"],
    "PS": ["palestine"],
    "TW": ["republic of china"],
    "CN": ["prc", "people s republic of china"],
}


def script_ok(name):
    for ch in name:
        if not ch.isalpha():
            continue
        uname = unicodedata.name(ch, "")
        if not (uname.startswith("LATIN") or uname.startswith("ARABIC") or uname.startswith("CYRILLIC")):
            return False
    return True


def fold(s):
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        for c in ch.lower():
            c = SPECIAL.get(c, c)
            out.append(c)
    text = "".join(out)
    words, cur = [], []
    for c in text:
        if c.isalnum():
            cur.append(c)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return " ".join(words)


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").replace("|", " ")


def main():
    cities = json.load(open(f"{SRC}/cities15000.json", encoding="utf-8"))
    countries = json.load(open(f"{SRC}/countries.json", encoding="utf-8"))
    states = json.load(open(f"{SRC}/us_states.json", encoding="utf-8"))
    lines = []
    for iso, c in sorted(countries.items()):
        keys = [fold(c["name"]), c["iso3"].lower()] + COUNTRY_ALIASES.get(iso, [])
        keys = sorted(set(k for k in keys if k))
        lines.append(f"C\t{'|'.join(keys)}\t{clean(c['name'])}\t{iso}\t{c['population']}\t-\t-")
    for code, s in sorted(states.items()):
        keys = sorted({fold(s["name"])})
        lines.append(f"S\t{'|'.join(keys)}\t{clean(s['name'])}\tUS\t0\t{code}\t-")
    rows = []
    for c in cities.values():
        names = [c["name"]]
        for alt in c["alternatenames"]:
            if any(ch.isdigit() for ch in alt):
                continue
            if alt.isupper() and len(alt) <= 4:
                continue
            if not script_ok(alt):
                continue
            # GeoNames' all-lower-case Latin alternates are machine romanizations of other
            # scripts ("lun dun" for London): noise that would match ordinary words.
            if alt[:1].isascii() and alt[:1].islower():
                continue
            names.append(alt)
        keys = sorted(set(k for k in (fold(n) for n in names) if len(k) >= 2))
        if not keys:
            continue
        admin1 = c["admin1code"] or "-"
        rows.append((-int(c["population"]), c["geonameid"], (
            f"P\t{'|'.join(keys)}\t{clean(c['name'])}\t{c['countrycode']}\t{c['population']}\t"
            f"{admin1}\t{c['latitude']:.4f},{c['longitude']:.4f}")))
    rows.sort()
    lines.extend(r[2] for r in rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived from GeoNames (CC-BY-4.0, https://www.geonames.org) by scripts/gazetteer.py\n")
        f.write("\n".join(lines))
        f.write("\n")


if __name__ == "__main__":
    main()
