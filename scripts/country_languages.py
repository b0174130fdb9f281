#!/usr/bin/env python3
"""Derives plainsight-geo's table of the languages each country speaks from GeoNames.

Input (CC-BY-4.0, GeoNames' countryInfo; packaged as JSON by Ramiro Gómez, MIT):
  countries.json    ISO 3166-1 countries, each with `languages` ("es-CO", "it-IT,de-IT,fr-IT,sc")

Output: crates/plainsight-geo/data/languages.tsv, one country per line, tab-separated:
  iso2  languages
`languages` are ISO 639-1 codes (the part before "-"), comma-separated, in GeoNames' order
(most spoken first), each once; three-letter codes (languages without a two-letter code) are
left out. Countries without languages are left out.

Usage: python3 scripts/country_languages.py [SHARED_GAZETTEER_DIR] [OUTPUT]
"""
import json
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteer"
    out = sys.argv[2] if len(sys.argv) > 2 else "crates/plainsight-geo/data/languages.tsv"
    with open(f"{src}/countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    rows = []
    for iso2 in sorted(countries):
        langs = []
        for tag in (countries[iso2].get("languages") or "").split(","):
            code = tag.strip().split("-")[0].lower()
            if len(code) == 2 and code.isascii() and code.isalpha() and code not in langs:
                langs.append(code)
        if langs:
            rows.append(f"{iso2}\t{','.join(langs)}\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Derived from GeoNames (CC-BY-4.0, https://www.geonames.org) by scripts/country_languages.py\n")
        f.writelines(rows)


if __name__ == "__main__":
    main()
