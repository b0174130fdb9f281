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
  R  keys  name  iso2  0           admin1  -        a province, state or region elsewhere
  P  keys  name  iso2  population  admin1  lat,lon  local   a city
`keys` are the place's names folded the way plainsight-geo folds a query (NFKD, combining marks
dropped, lower-cased, every run of non-alphanumerics one space), `|`-separated. Alternate names
are kept in Latin, Arabic and Cyrillic script, and in the scripts the city's own country writes
(Chinese characters in China, Hangul in Korea, Thai in Thailand, Bengali in Bangladesh...:
`COUNTRY_SCRIPTS`); never when they are airport-style codes ("LOS"), contain digits, or are
lower-case romanizations. `local` lists the keys written in the country's own non-Latin
scripts ("東京", "Москва", "القاهرة"): the names its people write, which plainsight-geo
matches in free text like the main name. Countries also get their names in their own languages
and scripts (`COUNTRY_LOCAL_NAMES`), written here by hand.

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


# Scripts (Unicode character-name prefixes) each country writes its places in, besides Latin.
_ARABIC = ["AE", "SA", "EG", "MA", "DZ", "TN", "LY", "IQ", "SY", "JO", "LB", "KW", "QA", "BH",
           "OM", "YE", "SD", "PS", "MR", "IR", "AF", "PK"]
_CYRILLIC = ["RU", "UA", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN", "ME", "BA"]
COUNTRY_SCRIPTS = {c: ["ARABIC"] for c in _ARABIC}
COUNTRY_SCRIPTS.update({c: ["CYRILLIC"] for c in _CYRILLIC})
COUNTRY_SCRIPTS.update({
    "CN": ["CJK"], "TW": ["CJK"], "HK": ["CJK"], "MO": ["CJK"], "SG": ["CJK", "TAMIL"], "MY": ["CJK", "TAMIL"],
    "JP": ["CJK", "HIRAGANA", "KATAKANA"], "KR": ["HANGUL"], "KP": ["HANGUL"],
    "TH": ["THAI"], "LA": ["LAO"], "KH": ["KHMER"], "MM": ["MYANMAR"],
    "IN": ["DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA",
           "MALAYALAM", "ORIYA"],
    "NP": ["DEVANAGARI"], "BD": ["BENGALI"], "LK": ["SINHALA", "TAMIL"],
    "GR": ["GREEK"], "CY": ["GREEK"], "IL": ["HEBREW"], "GE": ["GEORGIAN"], "AM": ["ARMENIAN"],
    "ET": ["ETHIOPIC"], "ER": ["ETHIOPIC"],
})

# Country names in the languages and scripts of the country itself and of its neighbours' ads,
# where GeoNames' English name and the aliases above do not cover them (written by hand).
COUNTRY_LOCAL_NAMES = {
    "CN": ["中国", "中國", "中华人民共和国"], "TW": ["台湾", "臺灣", "台灣"],
    "HK": ["香港"], "MO": ["澳门", "澳門"], "SG": ["新加坡"],
    "JP": ["日本", "にほん", "ニッポン"], "KR": ["한국", "대한민국", "南韓", "韩国", "韓国"],
    "TH": ["ประเทศไทย", "เมืองไทย", "泰国", "泰國"], "VN": ["Việt Nam", "越南"],
    "MY": ["马来西亚", "馬來西亞"], "PH": ["菲律宾", "菲律賓", "Pilipinas"],
    "ID": ["印尼", "印度尼西亚"], "IN": ["भारत", "印度"], "BD": ["বাংলাদেশ"],
    "PK": ["پاکستان", "باكستان"], "NP": ["नेपाल"], "LK": ["ශ්‍රී ලංකාව", "இலங்கை"],
    "RU": ["Россия", "Российская Федерация", "РФ", "俄罗斯"], "UA": ["Україна", "Украина"],
    "BY": ["Беларусь", "Белоруссия"], "KZ": ["Казахстан"], "BG": ["България"],
    "RS": ["Србија", "Srbija"], "GR": ["Ελλάδα", "Ελλάς"], "IL": ["ישראל"],
    "GE": ["საქართველო"], "AM": ["Հայաստան"], "ET": ["ኢትዮጵያ"],
    "EG": ["مصر"], "SA": ["السعودية", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "الامارات", "الإمارات العربية المتحدة"], "MA": ["المغرب"],
    "DZ": ["الجزائر"], "TN": ["تونس"], "LY": ["ليبيا"], "IQ": ["العراق"], "SY": ["سوريا"],
    "JO": ["الأردن", "الاردن"], "LB": ["لبنان"], "KW": ["الكويت"], "QA": ["قطر"],
    "BH": ["البحرين"], "OM": ["سلطنة عمان"], "YE": ["اليمن"], "SD": ["السودان"],
    "IR": ["ایران", "إيران"], "TR": ["Türkiye"], "PL": ["Polska"], "RO": ["România"],
    "CZ": ["Česko", "Česká republika"], "HU": ["Magyarország"], "HR": ["Hrvatska"],
    "SE": ["Sverige"], "NO": ["Norge"], "DK": ["Danmark"], "FI": ["Suomi"],
    "AT": ["Österreich"]
}


# Provinces, states and regions of countries other than the US, Canada and Australia (whose
# are in the crate), by name, each with a city that lies in it: the city's GeoNames admin1 code
# is the region's. They qualify a city as a US state does ("Córdoba (Andalucía)" is in Spain,
# "Hyderabad, Sindh" in Pakistan). Names that are also big cities' names are left out.
REGIONS = {
    "ES": [(["Andalucía", "Andalusia", "Andalucia"], "Sevilla"), (["Cataluña", "Catalunya", "Catalonia"], "Barcelona"),
           (["Galicia"], "Vigo"), (["Asturias"], "Oviedo"), (["Cantabria"], "Santander"),
           (["Aragón"], "Zaragoza"), (["Navarra"], "Pamplona"), (["Extremadura"], "Badajoz"),
           (["Castilla-La Mancha"], "Toledo"), (["Castilla y León"], "Valladolid"),
           (["Canarias", "Islas Canarias", "Canary Islands"], "Las Palmas de Gran Canaria"),
           (["Baleares", "Illes Balears", "Islas Baleares"], "Palma"),
           (["País Vasco", "Euskadi"], "Bilbao"), (["Comunidad Valenciana", "Comunitat Valenciana"], "Alicante"),
           (["Comunidad de Madrid"], "Madrid")],
    "AR": [(["CABA", "Capital Federal", "Ciudad Autónoma de Buenos Aires"], "Buenos Aires"),
           (["Provincia de Buenos Aires"], "La Plata"), (["Santa Fe"], "Rosario"),
           (["Tucumán"], "San Miguel de Tucumán"), (["Misiones"], "Posadas"),
           (["Corrientes"], "Corrientes"), (["Chaco"], "Resistencia"), (["Entre Ríos"], "Paraná"),
           (["Neuquén"], "Neuquén"), (["Chubut"], "Comodoro Rivadavia"), (["Jujuy"], "San Salvador de Jujuy"),
           (["Santiago del Estero"], "Santiago del Estero")],
    "PK": [(["Sindh"], "Karachi"), (["Punjab"], "Lahore"), (["Khyber Pakhtunkhwa", "KPK"], "Peshawar"),
           (["Balochistan", "Baluchistan"], "Quetta")],
    "IN": [(["Maharashtra"], "Mumbai"), (["Karnataka"], "Bengaluru"), (["Tamil Nadu"], "Chennai"),
           (["Telangana"], "Hyderabad"), (["Kerala"], "Kochi"), (["Gujarat"], "Ahmedabad"),
           (["Rajasthan"], "Jaipur"), (["Uttar Pradesh"], "Lucknow"), (["West Bengal"], "Kolkata"),
           (["Bihar"], "Patna"), (["Punjab"], "Ludhiana"), (["Haryana"], "Faridabad"),
           (["Andhra Pradesh"], "Visakhapatnam"), (["Madhya Pradesh"], "Indore"), (["Odisha"], "Bhubaneswar"),
           (["Assam"], "Guwahati")],
    "MX": [(["Jalisco"], "Guadalajara"), (["Nuevo León"], "Monterrey"), (["Yucatán"], "Mérida"),
           (["Quintana Roo"], "Cancún"), (["Sonora"], "Hermosillo"), (["Sinaloa"], "Culiacán"),
           (["Guanajuato"], "León de los Aldama"), (["Baja California"], "Tijuana"),
           (["Chiapas"], "Tuxtla"), (["Michoacán"], "Morelia"), (["Tamaulipas"], "Reynosa"),
           (["Coahuila"], "Saltillo")],
    "IT": [(["Lombardia", "Lombardy"], "Milan"), (["Lazio"], "Rome"), (["Campania"], "Naples"),
           (["Sicilia", "Sicily"], "Palermo"), (["Piemonte", "Piedmont"], "Turin"), (["Veneto"], "Venice"),
           (["Toscana", "Tuscany"], "Florence"), (["Puglia", "Apulia"], "Bari"),
           (["Emilia-Romagna"], "Bologna"), (["Liguria"], "Genoa"), (["Sardegna", "Sardinia"], "Cagliari")],
    "DE": [(["Bayern", "Bavaria"], "Munich"), (["Hessen"], "Frankfurt am Main"), (["Sachsen"], "Dresden"),
           (["Niedersachsen"], "Hanover"), (["Nordrhein-Westfalen", "NRW"], "Cologne"),
           (["Baden-Württemberg"], "Stuttgart"), (["Thüringen"], "Erfurt"),
           (["Schleswig-Holstein"], "Kiel")],
    "BR": [(["Minas Gerais"], "Belo Horizonte"), (["Bahia"], "Salvador"), (["Paraná"], "Curitiba"),
           (["Rio Grande do Sul"], "Porto Alegre"), (["Santa Catarina"], "Florianópolis"),
           (["Pernambuco"], "Recife"), (["Ceará"], "Fortaleza"), (["Goiás"], "Goiânia"),
           (["Amazonas"], "Manaus")],
    "CO": [(["Antioquia"], "Medellín"), (["Valle del Cauca"], "Cali"), (["Atlántico"], "Barranquilla"),
           (["Cundinamarca"], "Soacha")],
    "ZA": [(["Gauteng"], "Johannesburg"), (["KwaZulu-Natal", "KZN"], "Durban"),
           (["Western Cape"], "Cape Town"), (["Eastern Cape"], "Gqeberha")],
}


def own_script(name, country):
    """Whether every letter of `name` is in a script `country` writes its places in (besides
    Latin)."""
    scripts = COUNTRY_SCRIPTS.get(country)
    if not scripts:
        return False
    letters = [ch for ch in name if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")]
    if not letters:
        return False
    for ch in letters:
        uname = unicodedata.name(ch, "")
        if unicodedata.category(ch) in ("Mn", "Mc"):
            continue
        if not any(uname.startswith(s) for s in scripts):
            return False
    return True


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
        # Marks left after dropping those with a combining class (Indic vowel signs, Thai's
        # thanthakhat) belong to their word, as in the crate's fold.
        if c.isalnum() or unicodedata.category(c) in ("Mn", "Mc", "Me"):
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
        keys += [fold(n) for n in COUNTRY_LOCAL_NAMES.get(iso, [])]
        keys = sorted(set(k for k in keys if k))
        lines.append(f"C\t{'|'.join(keys)}\t{clean(c['name'])}\t{iso}\t{c['population']}\t-\t-")
    for code, s in sorted(states.items()):
        keys = sorted({fold(s["name"])})
        lines.append(f"S\t{'|'.join(keys)}\t{clean(s['name'])}\tUS\t0\t{code}\t-")
    by_name = {}
    for c in cities.values():
        by_name.setdefault((fold(c["name"]), c["countrycode"]), []).append(c)
    for iso, regions in sorted(REGIONS.items()):
        for names, city in regions:
            found = sorted(by_name.get((fold(city), iso), []), key=lambda c: -int(c["population"]))
            if not found:
                # also by alternate names ("Milan" is "Milano" in GeoNames' main name)
                found = sorted((c for c in cities.values() if c["countrycode"] == iso
                                and city in c["alternatenames"]), key=lambda c: -int(c["population"]))
            if not found or not found[0]["admin1code"]:
                raise SystemExit(f"region {names[0]} ({iso}): no city {city}")
            keys = sorted(set(fold(n) for n in names))
            lines.append(f"R\t{'|'.join(keys)}\t{clean(names[0])}\t{iso}\t0\t{found[0]['admin1code']}\t-")
    rows = []
    for c in cities.values():
        names = [c["name"]]
        local = []
        for alt in c["alternatenames"]:
            if any(ch.isdigit() for ch in alt):
                continue
            if alt.isupper() and len(alt) <= 4:
                continue
            own = own_script(alt, c["countrycode"])
            if own:
                local.append(alt)
            elif not script_ok(alt):
                continue
            # GeoNames' all-lower-case Latin alternates are machine romanizations of other
            # scripts ("lun dun" for London): noise that would match ordinary words.
            if alt[:1].isascii() and alt[:1].islower():
                continue
            names.append(alt)
        keys = sorted(set(k for k in (fold(n) for n in names) if len(k) >= 2))
        if not keys:
            continue
        local_keys = sorted(set(k for k in (fold(n) for n in local) if len(k) >= 2 and k in keys))
        admin1 = c["admin1code"] or "-"
        rows.append((-int(c["population"]), c["geonameid"], (
            f"P\t{'|'.join(keys)}\t{clean(c['name'])}\t{c['countrycode']}\t{c['population']}\t"
            f"{admin1}\t{c['latitude']:.4f},{c['longitude']:.4f}\t{'|'.join(local_keys) or '-'}")))
    rows.sort()
    lines.extend(r[2] for r in rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived from GeoNames (CC-BY-4.0, https://www.geonames.org) by scripts/gazetteer.py\n")
        f.write("\n".join(lines))
        f.write("\n")


if __name__ == "__main__":
    main()
