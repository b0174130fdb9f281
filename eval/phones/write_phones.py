#!/usr/bin/env python3
"""Write the phone-extraction evaluation set (see README.md in this folder).

Python 3.11 standard library only; deterministic: the same split and seeds give the same bytes.

    python3 write_phones.py                 # writes dev.jsonl and heldout.jsonl beside this file
    python3 write_phones.py --split dev --seed 7 --count 50 -o -   # one seed to stdout

Every post follows the plainsight post schema (../../shared/CONTRACT.md) plus a `labels` object:

    {"phones":   [{"e164", "region_source", "class", "raw"}],   one entry per mention
     "ambiguous": [{"raw", "digits", "regions", "e164_candidates", "class"}],
     "decoys":   ["price", "tracking", ...],                    kinds of non-phone numbers present
     "group":    "region" | "disguise" | "spoken" | "decoy" | "ambiguous"}

The numbers come from number_pool.json (fictional, checked valid by libphonenumber; see
build_pool.py). dev and heldout draw from disjoint halves of the pool and, wherever the class
allows, from disjoint banks of cities, sites, names, separators, scripts and sentence templates.
"""
import argparse
import json
from collections import Counter
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SPLITS = {"dev": {"seeds": [1, 2, 3, 4], "count": 250}, "heldout": {"seeds": [1001, 1002, 1003], "count": 200}}
# Seeds written with the second round of variety (phones in titles, HTML and line breaks, capitals,
# decoys glued to phones, two-country posts, combined disguises, phone-shaped order numbers).
# dev seeds 1-3 predate it and are kept byte-identical.
V2_SEEDS = {4, 1001, 1002, 1003}

# --------------------------------------------------------------------------------------------
# Banks. Each is a dict {"dev": [...], "heldout": [...]}; "both" lists are shared on purpose.

# Place cues named in text: (phrase, region). Ambiguous names carry their qualifier.
CITIES = {
    "AU": {"dev": ["Melbourne", "Sydney", "Brisbane", "Melbourne CBD", "Bondi", "St Kilda"],
           "heldout": ["Adelaide", "Gold Coast", "Canberra", "Perth WA", "Newcastle NSW", "Darwin"]},
    "IN": {"dev": ["Mumbai", "Pune", "Bangalore", "Andheri West"], "heldout": ["Hyderabad", "Chennai", "Kolkata", "Gurgaon"]},
    "GB": {"dev": ["London", "Manchester", "Leeds", "Soho, London"], "heldout": ["Glasgow", "Bristol", "Liverpool", "Perth, Scotland"]},
    "JP": {"dev": ["Tokyo", "Shinjuku", "Osaka"], "heldout": ["Roppongi", "Kyoto", "Yokohama"]},
    "SG": {"dev": ["Singapore", "Orchard Road"], "heldout": ["Geylang, Singapore", "Sentosa"]},
    "EC": {"dev": ["Quito", "Guayaquil"], "heldout": ["Cuenca, Ecuador", "Manta"]},
    "US": {"dev": ["Houston", "Las Vegas", "Miami", "Atlanta", "Paris, TX", "Birmingham, AL"],
           "heldout": ["Phoenix", "Seattle", "Dallas", "Cambridge, MA", "Toledo, Ohio", "Manchester, NH"]},
    "CA": {"dev": ["Toronto", "Vancouver BC", "London, Ontario"], "heldout": ["Montreal", "Calgary", "Victoria, BC", "Kingston, ON"]},
    "NG": {"dev": ["Lagos", "Lekki", "Abuja"], "heldout": ["Port Harcourt", "Ikeja", "Benin City"]},
    "ZA": {"dev": ["Johannesburg", "Sandton", "Cape Town"], "heldout": ["Durban", "Pretoria", "Umhlanga"]},
    "FR": {"dev": ["Paris", "Lyon", "Marseille"], "heldout": ["Nice", "Toulouse", "Bordeaux"]},
    "ES": {"dev": ["Madrid", "Barcelona", "Guadalajara, España"], "heldout": ["Valencia", "Sevilla", "Málaga", "Toledo, España"]},
    "BR": {"dev": ["São Paulo", "Rio de Janeiro", "Belo Horizonte"], "heldout": ["Curitiba", "Porto Alegre", "Recife"]},
    "MX": {"dev": ["CDMX", "Guadalajara, Jalisco", "Monterrey"], "heldout": ["Cancún", "Puebla", "Mérida, Yucatán", "Tijuana"]},
    "PH": {"dev": ["Manila", "Makati"], "heldout": ["Cebu City", "Quezon City"]},
    "AE": {"dev": ["Dubai", "Dubai Marina"], "heldout": ["Abu Dhabi", "Sharjah"]},
    "DE": {"dev": ["Berlin", "Hamburg", "Frankfurt"], "heldout": ["München", "Köln", "Düsseldorf"]},
    "NL": {"dev": ["Amsterdam", "Rotterdam"], "heldout": ["Utrecht", "Den Haag"]},
    "IT": {"dev": ["Milano", "Roma"], "heldout": ["Napoli", "Torino"]},
    "NZ": {"dev": ["Auckland"], "heldout": ["Wellington", "Hamilton, NZ"]},
    "IE": {"dev": ["Dublin"], "heldout": ["Cork", "Galway"]},
    "KE": {"dev": ["Nairobi"], "heldout": ["Mombasa"]},
    "CO": {"dev": ["Medellín", "Bogotá"], "heldout": ["Cali", "Cartagena"]},
    "TH": {"dev": ["Bangkok", "Pattaya"], "heldout": ["Phuket", "Chiang Mai"]},
    "PT": {"dev": ["Lisboa"], "heldout": ["Porto, Portugal"]},
    "MY": {"dev": ["Kuala Lumpur"], "heldout": ["Penang"]},
    "KR": {"dev": ["Seoul", "Gangnam"], "heldout": ["Busan"]},
    "HK": {"dev": ["Hong Kong", "Mong Kok"], "heldout": ["Kowloon", "Tsim Sha Tsui"]},
}
COUNTRY_NAMES = {
    "AU": {"dev": ["Australia"], "heldout": ["Aussie land", "Australia"]},
    "IN": {"dev": ["India"], "heldout": ["India"]},
    "GB": {"dev": ["the UK"], "heldout": ["England", "United Kingdom"]},
    "JP": {"dev": ["Japan"], "heldout": ["Japan"]},
    "SG": {"dev": ["Singapore"], "heldout": ["SG"]},
    "EC": {"dev": ["Ecuador"], "heldout": ["Ecuador"]},
    "US": {"dev": ["the USA"], "heldout": ["the States"]},
    "CA": {"dev": ["Canada"], "heldout": ["Canada"]},
    "NG": {"dev": ["Nigeria"], "heldout": ["Naija"]},
    "ZA": {"dev": ["South Africa"], "heldout": ["Mzansi", "South Africa"]},
    "FR": {"dev": ["France"], "heldout": ["France"]},
    "ES": {"dev": ["España"], "heldout": ["Spain"]},
    "BR": {"dev": ["Brasil"], "heldout": ["Brazil"]},
    "MX": {"dev": ["México"], "heldout": ["Mexico"]},
    "PH": {"dev": ["the Philippines"], "heldout": ["Pinas"]},
    "AE": {"dev": ["UAE"], "heldout": ["the Emirates"]},
    "DE": {"dev": ["Deutschland"], "heldout": ["Germany"]},
}
# Demonyms that name where a person is FROM, not where the ad is: a careful reader ignores them.
DEMONYMS = {"dev": ["Brazilian", "Colombian", "Thai", "Japanese", "Russian", "Filipina", "Venezuelan"],
            "heldout": ["Korean", "Spanish", "Ukrainian", "Nigerian", "Mexican", "Italian", "Indian"]}

# Site/URL cues: (kind, template) -> filled with city slug or used as-is. Per region.
CCTLD = {"AU": ".com.au", "IN": ".co.in", "GB": ".co.uk", "JP": ".jp", "SG": ".sg", "EC": ".ec", "CA": ".ca",
         "NG": ".ng", "ZA": ".co.za", "FR": ".fr", "ES": ".es", "BR": ".com.br", "MX": ".com.mx", "PH": ".ph",
         "AE": ".ae", "DE": ".de", "NL": ".nl", "IT": ".it", "NZ": ".co.nz", "IE": ".ie", "KE": ".co.ke",
         "CO": ".com.co", "TH": ".co.th", "PT": ".pt", "MY": ".com.my", "KR": ".co.kr", "HK": ".com.hk"}
SITE_STEMS = {"dev": ["escortsdirectory", "companionads", "vipgirls", "massagelist", "nightlist"],
              "heldout": ["angelboard", "hotlocals", "relaxzone", "classifiedpink", "datemate"]}
GENERIC_HOSTS = {"dev": ["ads.example.net", "www.example.org", "listings.example.com"],
                 "heldout": ["board.example.io", "www.example.info", "post.example.app"]}
# City slugs for subdomains/paths; these never occur in the text of url-cue posts.
URL_CITIES = {
    "AU": {"dev": ["melbourne", "sydney"], "heldout": ["adelaide", "goldcoast"]},
    "GB": {"dev": ["london", "manchester"], "heldout": ["glasgow", "bristol"]},
    "US": {"dev": ["houston", "lasvegas", "miami"], "heldout": ["phoenix", "seattle", "dallas"]},
    "CA": {"dev": ["toronto", "vancouver"], "heldout": ["montreal", "calgary"]},
    "IN": {"dev": ["mumbai", "pune"], "heldout": ["chennai", "kolkata"]},
    "FR": {"dev": ["paris", "lyon"], "heldout": ["nice", "toulouse"]},
    "ES": {"dev": ["madrid", "barcelona"], "heldout": ["sevilla", "malaga"]},
    "DE": {"dev": ["berlin", "hamburg"], "heldout": ["muenchen", "koeln"]},
    "JP": {"dev": ["tokyo", "osaka"], "heldout": ["kyoto", "yokohama"]},
    "NG": {"dev": ["lagos", "abuja"], "heldout": ["portharcourt", "ikeja"]},
    "ZA": {"dev": ["johannesburg", "capetown"], "heldout": ["durban", "pretoria"]},
    "BR": {"dev": ["saopaulo", "rio"], "heldout": ["curitiba", "recife"]},
    "MX": {"dev": ["cdmx", "monterrey"], "heldout": ["cancun", "tijuana"]},
    "AE": {"dev": ["dubai"], "heldout": ["abudhabi"]},
    "PH": {"dev": ["manila"], "heldout": ["cebu"]},
    "SG": {"dev": ["singapore"], "heldout": ["singapore"]},
}

# Names glued to numbers.
NAMES = {"dev": ["Lexi", "Candy", "Mia", "Jasmine", "Bella", "Nina", "Roxy", "Sasha"],
         "heldout": ["Kiki", "Amber", "Luna", "Destiny", "Coco", "Ivy", "Tasha", "Gigi"]}

SEPARATORS = {"dev": ["@", "!", ";", "'", "\u2022", "*", "|", "~", "/"],
              "heldout": ["#", "^", '"', "=", "\u00b7", "\u2665", "_", ",", "\u273f"]}
ESCAPES = {"dev": ["\\u2022", "&#8226;", "&bull;"], "heldout": ["&#x2022;", "\\u00b7", "&middot;", "&#183;", "&nbsp;"]}

HOMOPHONES = {"dev": {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]},
              "heldout": {"4": ["for", "FOR"], "2": ["too", "to"], "1": ["won", "Won"], "8": ["ate", "ATE"]}}

SCRIPTS = {  # name -> code point of digit zero
    "arabic_indic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966, "fullwidth": 0xFF10,
    "thai": 0x0E50, "bengali": 0x09E6,
}
SCRIPT_FOR = {"dev": {"AE": ["arabic_indic"], "IN": ["devanagari"], "JP": ["fullwidth"]},
              "heldout": {"AE": ["persian", "arabic_indic"], "IN": ["bengali", "devanagari"], "JP": ["fullwidth"], "TH": ["thai"]}}
STYLED = {  # name -> (zero code point or None, one code point) ; circled zero is separate
    "math_bold": 0x1D7CE, "math_double": 0x1D7D8, "math_sans_bold": 0x1D7EC, "math_mono": 0x1D7F6,
}
STYLED_FOR = {"dev": ["math_bold", "circled", "keycap"], "heldout": ["math_double", "math_mono", "math_sans_bold", "keycap", "dingbat"]}

# --------------------------------------------------------------------------------------------
# Number words.

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
PT = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DIGIT_WORDS = {"en": EN, "es": ES, "fr": FR, "pt": PT, "de": DE}
PLUS_WORD = {"en": ["plus"], "es": ["más", "mas"], "fr": ["plus"], "pt": ["mais"], "de": ["plus"]}

EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_0_29 = ES + ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
                "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
                "veintiocho", "veintinueve"]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
FR_0_16 = FR + ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
PT_0_19 = PT + ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]


def words_0_99(lang, n):
    if lang == "en":
        if n < 10:
            return EN[n]
        if n < 20:
            return EN_TEENS[n - 10]
        return EN_TENS[n // 10] + ("-" + EN[n % 10] if n % 10 else "")
    if lang == "es":
        if n < 30:
            return ES_0_29[n]
        return ES_TENS[n // 10] + (" y " + ES[n % 10] if n % 10 else "")
    if lang == "pt":
        if n < 20:
            return PT_0_19[n]
        return PT_TENS[n // 10] + (" e " + PT[n % 10] if n % 10 else "")
    if lang == "fr":
        if n <= 16:
            return FR_0_16[n]
        if n < 20:
            return "dix-" + FR[n - 10]
        if n < 70:
            t, u = divmod(n, 10)
            if u == 0:
                return FR_TENS[t]
            return FR_TENS[t] + (" et un" if u == 1 else "-" + FR[u])
        if n < 80:
            r = n - 60
            return "soixante" + (" et onze" if r == 11 else "-" + words_0_99("fr", r))
        r = n - 80
        if r == 0:
            return "quatre-vingts"
        return "quatre-vingt-" + words_0_99("fr", r)
    raise ValueError(lang)


def pair_words(lang, digits):
    """Read a digit string in pairs, as French and Spanish speakers do ("06 12" -> "zéro six douze")."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1:
            out.append(DIGIT_WORDS[lang][int(p)])
        elif p[0] == "0":
            out.append(DIGIT_WORDS[lang][0] + " " + DIGIT_WORDS[lang][int(p[1])])
        else:
            out.append(words_0_99(lang, int(p)))
    return out


# --------------------------------------------------------------------------------------------
# National and international layouts. Group sizes for the written national digits.

LAYOUT = {
    ("AU", "mobile"): [[4, 3, 3]], ("AU", "fixed"): [[2, 4, 4]],
    ("IN", "mobile"): [[5, 5], [3, 3, 4]], ("IN", "fixed"): [[3, 4, 4]],
    ("GB", "mobile"): [[5, 6], [5, 3, 3]], ("GB", "fixed"): [[3, 4, 4]],
    ("JP", "mobile"): [[3, 4, 4]], ("JP", "fixed"): [[2, 4, 4]],
    ("SG", "mobile"): [[4, 4]], ("SG", "fixed"): [[4, 4]],
    ("EC", "mobile"): [[3, 3, 4]], ("EC", "fixed"): [[2, 3, 4]],
    ("US", "nanp"): [[3, 3, 4]], ("US", "round"): [[3, 3, 4]], ("CA", "nanp"): [[3, 3, 4]], ("CA", "round"): [[3, 3, 4]],
    ("NG", "mobile"): [[4, 3, 4]],
    ("ZA", "mobile"): [[3, 3, 4]], ("ZA", "fixed"): [[3, 3, 4]],
    ("FR", "mobile"): [[2, 2, 2, 2, 2]], ("FR", "fixed"): [[2, 2, 2, 2, 2]],
    ("ES", "mobile"): [[3, 3, 3], [3, 2, 2, 2]], ("ES", "fixed"): [[3, 2, 2, 2]],
    ("BR", "mobile"): [[2, 5, 4]], ("BR", "fixed"): [[2, 4, 4]],
    ("MX", "mobile"): [[2, 4, 4], [3, 3, 4]],
    ("PH", "mobile"): [[4, 3, 4]], ("PH", "fixed"): [[2, 4, 4]],
    ("AE", "mobile"): [[3, 3, 4]], ("AE", "fixed"): [[2, 3, 4]],
    ("DE", "mobile"): [[4, 8], [4, 3, 5]], ("DE", "mobile10"): [[4, 7]], ("DE", "fixed"): [[3, 8], [3, 4, 4]],
    ("NL", "mobile"): [[2, 8]], ("NL", "fixed"): [[3, 3, 4]],
    ("IT", "mobile"): [[3, 3, 4]], ("IT", "fixed"): [[2, 4, 4]],
    ("NZ", "mobile"): [[3, 3, 4]], ("NZ", "fixed"): [[2, 3, 4]],
    ("IE", "mobile"): [[3, 3, 4]], ("IE", "fixed"): [[2, 3, 4]],
    ("KE", "mobile"): [[4, 3, 3]], ("KE", "fixed"): [[3, 3, 4]],
    ("CO", "mobile"): [[3, 3, 4]], ("CO", "fixed"): [[3, 3, 4]],
    ("TH", "mobile"): [[3, 3, 4]], ("TH", "fixed"): [[2, 3, 4]],
    ("PT", "mobile"): [[3, 3, 3]], ("PT", "fixed"): [[3, 3, 3]],
    ("MY", "mobile"): [[3, 3, 4], [3, 7]], ("MY", "mobile11"): [[3, 4, 4]],
    ("KR", "mobile"): [[3, 4, 4]], ("KR", "fixed"): [[2, 4, 4]],
    ("HK", "mobile"): [[4, 4]],
}


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        if out:
            out[-1] += s[i:]
        else:
            out.append(s[i:])
    return [c for c in out if c]


class Num:
    """One pool entry: a valid number of `region`."""

    def __init__(self, region, info, entry):
        self.region = region
        self.cc = str(info["calling_code"])
        self.trunk = info["trunk"]
        self.family = entry["family"]
        self.nsn = entry["nsn"]
        self.national = entry["national"]
        self.e164 = entry["e164"]
        self.candidates = entry["candidates"]

    def layouts(self):
        # area codes of different lengths inside one family
        if self.region == "GB" and self.family == "fixed" and not self.nsn.startswith("20"):
            return [[4, 3, 4]]
        if self.region == "IN" and self.family == "fixed" and self.nsn.startswith(("11", "22")):
            return [[3, 4, 4]]
        if self.region == "IN" and self.family == "fixed":
            return [[4, 3, 4]]
        if self.region == "DE" and self.family == "fixed" and self.nsn.startswith("89"):
            return [[3, 8], [3, 4, 4]]
        return LAYOUT.get((self.region, self.family), [[3, 3, 4]])

    def groups(self, rng):
        sizes = rng.choice(self.layouts())
        s = self.national
        # IN and other non-trunk fixed lines are written with a trunk 0 in practice.
        if self.region == "IN" and self.family == "fixed":
            s = "0" + self.nsn
        return chunks(s, sizes)

    def intl_groups(self, rng):
        sizes = list(rng.choice(self.layouts()))
        if self.trunk and sizes:
            sizes[0] -= 1
            if sizes[0] == 0:
                sizes = sizes[1:]
        return chunks(self.nsn, sizes)


def national_text(num, rng, style=None):
    """The number as people of its country write it nationally."""
    g = num.groups(rng)
    style = style or rng.choice(["space", "space", "dash", "dot", "paren"])
    if style == "none":
        return "".join(g)
    if num.region in ("US", "CA"):
        if style == "paren":
            return "(%s) %s-%s" % tuple(g)
        return {"dot": ".", "dash": "-"}.get(style, " ").join(g)
    if style == "paren" and (num.region in ("BR", "MX") or (num.region in ("AU", "PH") and num.family == "fixed")):
        return "(%s) %s" % (g[0], ("-" if num.region == "BR" else " ").join(g[1:]))
    if style == "dot" and num.region in ("FR", "ES", "IT", "DE", "BR"):
        return ".".join(g)
    if style in ("dash", "dot") or num.region in ("JP", "KR", "TH"):
        return "-".join(g)
    return " ".join(g)


def intl_text(num, rng, style=None):
    g = num.intl_groups(rng)
    style = style or rng.choice(["plus", "plus", "plus", "plus_dash", "double_zero", "plus_trunk"])
    if style == "plus_dash":
        return "+%s-%s" % (num.cc, "-".join(g))
    if style == "double_zero":
        return "00%s %s" % (num.cc, " ".join(g))
    if style == "plus_trunk" and num.trunk:
        return "+%s (0)%s" % (num.cc, " ".join(g))
    return "+%s %s" % (num.cc, " ".join(g))


# --------------------------------------------------------------------------------------------
# Disguises. Each takes (num, rng, bank) and returns the written text; `digits` is what is
# disguised (the national digits, or cc + nsn for spoken international numbers).


def script_digits(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def styled_digits(s, style):
    out = []
    for c in s:
        if not c.isdigit():
            out.append(c)
            continue
        d = int(c)
        if style == "circled":
            out.append("\u24EA" if d == 0 else chr(0x2460 + d - 1))
        elif style == "dingbat":
            out.append("\u24FF" if d == 0 else chr(0x278A + d - 1))
        elif style == "keycap":
            out.append(c + "\uFE0F\u20E3")
        else:
            out.append(chr(STYLED[style] + d))
    return "".join(out)


def d_sep_each(num, rng, bank):
    sep = rng.choice(SEPARATORS[bank])
    g = num.groups(rng)
    if rng.random() < 0.5:
        return sep.join("".join(g))
    return (sep + sep).join(sep.join(x) for x in g)


def d_sep_pairs(num, rng, bank):
    sep = rng.choice(SEPARATORS[bank])
    s = num.national if num.region != "IN" or num.family != "fixed" else "0" + num.nsn
    parts = chunks(s, [rng.choice([2, 2, 3]) for _ in range(8)])
    return sep.join(parts)


def d_homophone(num, rng, bank):
    hom = HOMOPHONES[bank]
    g = num.groups(rng)
    cands = [i for i, c in enumerate("".join(g)) if c in hom]
    pick = set(rng.sample(cands, k=min(len(cands), rng.randint(1, 3)))) if cands else set()
    out, k = [], 0
    for grp in g:
        toks = []
        for c in grp:
            toks.append(rng.choice(hom[c]) if k in pick else c)
            k += 1
        joiner = rng.choice(["", " ", "-"])
        out.append(joiner.join(toks))
    return rng.choice([" ", " - ", ". "]).join(out)


def d_glued_words(num, rng, bank):
    lang = num_lang(num)
    words = DIGIT_WORDS[lang] if lang in ("en", "es", "pt") else EN
    g = num.groups(rng)
    case = rng.choice(["lower", "title", "upper"])

    def w(c):
        x = words[int(c)]
        return x.upper() if case == "upper" else x.capitalize() if case == "title" else x
    return rng.choice([" ", "-", " "]).join("".join(w(c) for c in grp) for grp in g)


def d_words_glued_digits(num, rng, bank):
    g = num.groups(rng)
    out = []
    for grp in g:
        t = []
        for c in grp:
            if rng.random() < 0.35:
                x = EN[int(c)]
                t.append(x.upper() if rng.random() < 0.5 else x)
            else:
                t.append(c)
        out.append("".join(t))
    if all(x.isdigit() for x in out):
        out[-1] = EN[int(out[-1][0])] + out[-1][1:]
    return rng.choice([" ", "-", ""]).join(out) if rng.random() < 0.7 else " ".join(out)


LEET = {"o": "0", "i": "1", "e": "3"}


def leet(word, rng):
    idx = [i for i, c in enumerate(word) if c in LEET]
    if not idx:
        return word
    pick = set(rng.sample(idx, k=rng.randint(1, len(idx))))
    return "".join(LEET[c] if i in pick else c for i, c in enumerate(word))


def d_leet_words(num, rng, bank):
    g = num.groups(rng)
    return ", ".join(" ".join(leet(EN[int(c)], rng) for c in grp) for grp in g)


def d_o_as_zero(num, rng, bank):
    o = rng.choice(["o", "O"])
    return national_text(num, rng).replace("0", o)


def d_name_glued(num, rng, bank):
    name = rng.choice(NAMES[bank])
    body = national_text(num, rng, style=rng.choice(["dash", "space", "none"])) if rng.random() < 0.5 else "".join(num.groups(rng))
    body = body if rng.random() < 0.8 else body.replace(" ", "")
    tail = rng.choice(["", "", "xoxo", "xx", "baby"])
    return name + body + tail


def d_escape(num, rng, bank):
    esc = rng.choice(ESCAPES[bank])
    g = num.groups(rng)
    return esc.join(g) if rng.random() < 0.6 else esc.join(g[0]) + esc + esc.join(g[1:])


def d_words_lang(num, rng, bank):
    lang = num_lang(num)
    g = num.groups(rng)
    if lang == "fr" and rng.random() < 0.7:
        return " ".join(pair_words("fr", num.national))
    if lang == "es" and rng.random() < 0.3:
        head = " ".join(DIGIT_WORDS["es"][int(c)] for c in g[0])
        return ", ".join([head] + [" ".join(pair_words("es", x)) for x in g[1:]])
    words = DIGIT_WORDS[lang]
    if lang == "pt":
        words = list(words)
        if rng.random() < 0.6:
            words[6] = "meia"
    if lang == "en" and rng.random() < 0.5:
        words = ["oh"] + EN[1:]
    return rng.choice([", ", " - ", "  "]).join(" ".join(words[int(c)] for c in grp) for grp in g)


def d_double_triple(num, rng, bank):
    return double_words(num.groups(rng))


def double_words(g):
    """English digit words with runs read as 'double five', 'triple seven'."""
    out = []
    for grp in g:
        toks, i = [], 0
        while i < len(grp):
            c = grp[i]
            j = i
            while j < len(grp) and grp[j] == c:
                j += 1
            run = j - i
            if run == 3:
                toks.append("triple " + EN[int(c)])
            elif run == 2:
                toks.append("double " + EN[int(c)])
            else:
                toks.extend(EN[int(c)] for _ in range(run))
            i = j
        out.append(" ".join(toks))
    return ", ".join(out)


def d_script(num, rng, bank):
    scripts = SCRIPT_FOR[bank].get(num.region)
    sc = rng.choice(scripts)
    return script_digits(national_text(num, rng, style="space"), SCRIPTS[sc])


def d_styled(num, rng, bank):
    st = rng.choice(STYLED_FOR[bank])
    g = num.groups(rng)
    sep = rng.choice([" ", "", "-"]) if st != "keycap" else rng.choice(["", " "])
    return sep.join(styled_digits(x, st) for x in g)


def d_multiplier(num, rng, bank):
    area, exch, line = num.nsn[:3], num.nsn[3:6], num.nsn[6:]
    th = "th0usand" if rng.random() < 0.25 else "thousand"
    parts = [area if rng.random() < 0.6 else " ".join(EN[int(c)] for c in area)]
    if exch.endswith("00"):
        parts.append(rng.choice([exch[0], EN[int(exch[0])]]) + " hundred")
    else:
        parts.append(exch)
    if line.endswith("000"):
        parts.append(rng.choice([line[0], EN[int(line[0])]]) + " " + th)
    else:
        parts.append(line[:2] + " hundred")
    return rng.choice([" ", ", ", " - "]).join(parts)


def d_mixed(num, rng, bank):
    seps = SEPARATORS[bank] + [":", "::", ".."]
    s = num.national
    parts = chunks(s, [rng.choice([1, 2, 3, 3]) for _ in range(12)])
    out = []
    for p in parts:
        if rng.random() < 0.3 and len(p) == 1:
            out.append(EN[int(p)] if rng.random() < 0.5 else EN[int(p)].upper())
        elif rng.random() < 0.3:
            i = rng.randrange(len(p))
            out.append(p[:i] + EN[int(p[i])] + p[i + 1:])
        else:
            out.append(p)
    text = out[0]
    for p in out[1:]:
        text += rng.choice(seps) + p
    return text


def d_combo(num, rng, bank):
    """A homophone or digit word inside a run that also has a separator between every digit."""
    sep = rng.choice(SEPARATORS[bank])
    hom = HOMOPHONES[bank]
    s = "".join(num.groups(rng))
    toks = []
    for c in s:
        if c in hom and rng.random() < 0.5:
            toks.append(rng.choice(hom[c]))
        elif rng.random() < 0.15:
            toks.append(EN[int(c)])
        else:
            toks.append(c)
    if all(t.isdigit() for t in toks):
        toks[-1] = EN[int(toks[-1])]
    return sep.join(toks)


V2_DISGUISES = {"combo": d_combo}
DISGUISES = {
    "sep_each_digit": d_sep_each, "sep_pairs": d_sep_pairs, "homophone": d_homophone, "glued_words": d_glued_words,
    "words_glued_digits": d_words_glued_digits, "leet_words": d_leet_words, "o_as_zero": d_o_as_zero,
    "name_glued": d_name_glued, "escape_literal": d_escape, "number_words": d_words_lang, "double_triple": d_double_triple,
    "non_latin_digits": d_script, "styled_digits": d_styled, "multiplier": d_multiplier, "mixed": d_mixed,
}
LANG_OF = {"ES": "es", "MX": "es", "EC": "es", "CO": "es", "FR": "fr", "BR": "pt", "PT": "pt", "DE": "de"}


def num_lang(num):
    return LANG_OF.get(num.region, "en")


# --------------------------------------------------------------------------------------------
# Decoys: numbers that are not phones. Each returns (kind, text).

def rd(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def ralnum(rng, k):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(k))


def decoy_price(rng, region, bank):
    cur = {"US": "$", "CA": "$", "AU": "$", "GB": "£", "FR": "€", "ES": "€", "DE": "€", "IT": "€", "NL": "€", "IE": "€",
           "PT": "€", "IN": "₹", "ZA": "R", "BR": "R$", "MX": "$", "NG": "₦", "AE": "AED ", "PH": "₱", "JP": "¥",
           "SG": "S$", "TH": "฿", "KE": "KSh ", "CO": "$", "EC": "$", "MY": "RM", "KR": "₩", "HK": "HK$", "NZ": "$"}.get(region, "$")
    amt = rng.choice([100, 120, 150, 180, 200, 250, 300, 350, 400, 500, 800, 1000, 1500, 2000, 2500, 5000])
    if bank == "dev":
        forms = ["%s%d/hr" % (cur, amt), "%s%d per hour" % (cur, amt), "%d%s 1h" % (amt, cur.strip()),
                 "%d a week" % (amt * 2), "salary %s%d monthly" % (cur, amt * 3), "%d roses" % amt, "donation %s%d" % (cur, amt)]
    else:
        forms = ["%s %d for 60 min" % (cur.strip(), amt), "only %d%s/night" % (amt * 4, cur.strip()), "%d/hh %d/h" % (amt // 2, amt),
                 "pay %s%d,000 monthly" % (cur, amt // 100 + 1), "%d gifts" % amt, "rate: %d" % amt, "earn %d-%d weekly" % (amt, amt * 3)]
    return "price", rng.choice(forms)


def decoy_age(rng, region, bank):
    a = rng.randint(19, 34)
    forms = {"dev": ["age %d" % a, "%d y/o" % a, "%dyo" % a, "I am %d years old" % a],
             "heldout": ["%d years young" % a, "(%d)" % a, "aged %d" % a, "%d yrs" % a]}[bank]
    lang = LANG_OF.get(region)
    if lang == "es":
        forms = forms + ["edad %d" % a, "tengo %d años" % a]
    elif lang == "fr":
        forms = forms + ["%d ans" % a]
    elif lang == "pt":
        forms = forms + ["idade %d" % a, "%d anos" % a]
    return "age", rng.choice(forms)


def decoy_height(rng, region, bank):
    f, i = rng.choice([4, 5, 5, 5]), rng.randint(0, 11)
    cm = rng.randint(150, 182)
    forms = {"dev": ["%d'%d" % (f, i), "%d\u2019%d\"" % (f, i), "%d cm" % cm, "height %d'%d\"" % (f, i)],
             "heldout": ["%d ft %d" % (f, i), "%d\u2032%d\u2033" % (f, i), "1,%02d m" % (cm - 100), "%dcm tall" % cm]}[bank]
    return "height", rng.choice(forms)


def decoy_weight(rng, region, bank):
    forms = {"dev": ["%d lbs" % rng.randint(100, 150), "%d kg" % rng.randint(45, 65)],
             "heldout": ["%dlb" % rng.randint(100, 150), "weight %dkg" % rng.randint(45, 65)]}[bank]
    return "weight", rng.choice(forms)


def decoy_measure(rng, region, bank):
    forms = {"dev": ["34-24-36", "36DD-25-36", "32B-24-34", "90-60-90"], "heldout": ["34C-26-38", "36-26-38", "86-62-92", "38D 27 39"]}[bank]
    return "measurements", rng.choice(forms)


def decoy_time(rng, region, bank):
    h1, h2 = rng.randint(8, 12), rng.randint(8, 11)
    forms = {"dev": ["%dam-%dpm" % (h1, h2), "%d:30" % rng.randint(18, 23), "from %02d:00 to 02:00" % h1, "24/7"],
             "heldout": ["open %d:00\u2013%d:00" % (h1, h2 + 12), "till %dam" % rng.randint(1, 5), "%d.30pm" % h2, "%dh-%dh" % (h1, h2 + 12)]}[bank]
    return "time", rng.choice(forms)


def decoy_date(rng, region, bank):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    forms = {"dev": ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y)],
             "heldout": ["%d/%d - %d/%d" % (m, d, m, min(28, d + 3)), "%02d-%02d-%d" % (m, d, y), "%d %s %d" % (d, rng.choice(["Jan", "Mar", "Jul", "Oct"]), y)]}[bank]
    return "date", rng.choice(forms)


def decoy_tracking(rng, region, bank):
    ups = "1Z %s %s %s %s %s" % (ralnum(rng, 3), ralnum(rng, 3), rd(rng, 2), rd(rng, 4), rd(rng, 4))
    usps = "9400 1%s %s %s %s %s %s" % (rd(rng, 3), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 2))
    rm = "%s %s %s %sGB" % (rng.choice(["AB", "JD", "RM", "LX"]), rd(rng, 4), rd(rng, 4), rd(rng, 1))
    fedex = "%s %s %s" % (rd(rng, 4), rd(rng, 4), rd(rng, 4))
    dhl = "%s %s %s" % (rd(rng, 2), rd(rng, 4), rd(rng, 4))
    colis = "%s%s %s %s" % (rd(rng, 1), rng.choice("ALRV"), rd(rng, 5), rd(rng, 6))
    if bank == "dev":
        forms = ["Tracking %s" % ups, "USPS %s" % usps, "Royal Mail tracking %s" % rm, "FedEx tracking no. %s" % fedex,
                 "DHL waybill %s" % dhl]
    else:
        forms = ["parcel ref %s (UPS)" % ups, "tracking#: %s" % usps.replace(" ", ""), "RM tracked %s" % rm.replace(" ", ""),
                 "suivi Colissimo %s" % colis, "FedEx %s" % fedex.replace(" ", ""), "DHL Express %s" % dhl.replace(" ", "")]
    return "tracking", rng.choice(forms)


def decoy_order(rng, region, bank):
    forms = {"dev": ["Order #%s %s %s" % (rd(rng, 4), rd(rng, 4), rd(rng, 4)), "Ref: %d-%s-%s" % (rng.choice([2024, 2025]), rd(rng, 4), rd(rng, 4)),
                     "Ad ID: %s" % rd(rng, 8), "Invoice no. 00%s" % rd(rng, 6)],
             "heldout": ["booking ref %s %s %s" % (rd(rng, 2), rd(rng, 4), rd(rng, 4)), "Txn %s-%s" % (rd(rng, 5), rd(rng, 5)),
                         "post id %s" % rd(rng, 9), "confirmation code %s%s" % (ralnum(rng, 2), rd(rng, 7))]}[bank]
    return "order", rng.choice(forms)


def decoy_postcode(rng, region, bank):
    pc = {"GB": ["SW1A 1AA", "M1 4BT", "EC2A 3AY", "LS1 5DL"], "FR": ["75011 Paris", "69002 Lyon", "13001 Marseille"],
          "AU": ["Sydney NSW 2000", "Melbourne VIC 3000", "QLD 4000"], "US": ["TX 77002", "NV 89109", "FL 33139-1234"],
          "BR": ["CEP 01310-100", "CEP 22071-000"], "MX": ["C.P. 06600", "CP 44100"], "ES": ["28013 Madrid", "08002 Barcelona"],
          "DE": ["10115 Berlin", "20095 Hamburg"], "IN": ["PIN 400053", "411001"], "CA": ["M5V 2T6", "V6B 1A1"],
          "NL": ["1012 AB Amsterdam"], "ZA": ["2196 Sandton"], "JP": ["〒160-0022"], "SG": ["Singapore 238859"],
          "PH": ["1226 Makati"], "IT": ["20121 Milano"], "PT": ["1200-195 Lisboa"]}.get(region, ["postcode %s" % rd(rng, 5)])
    return "postcode", rng.choice(pc)


def decoy_iban(rng, region, bank):
    ib = {"FR": "FR76 %s %s %s %s %s %s" % (rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 3)),
          "GB": "GB%s NWBK %s %s %s %s" % (rd(rng, 2), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 2)),
          "DE": "DE%s %s %s %s %s %s" % (rd(rng, 2), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 2)),
          "ES": "ES%s %s %s %s %s %s" % (rd(rng, 2), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4), rd(rng, 4))}
    key = region if region in ib else rng.choice(sorted(ib))
    pre = {"dev": ["IBAN %s", "transfer to %s"], "heldout": ["bank: %s", "IBAN: %s (deposit)"]}[bank]
    return "iban", rng.choice(pre) % ib[key]


def decoy_address(rng, region, bank):
    forms = {"dev": ["Room %d" % rng.randint(100, 2400), "%d Main St" % rng.randint(100, 9999), "Suite %d" % rng.randint(100, 900)],
             "heldout": ["apt %d%s" % (rng.randint(1, 40), rng.choice("ABC")), "%d Westheimer Rd" % rng.randint(1000, 9999), "hotel room %d" % rng.randint(100, 1900)]}[bank]
    return "address", rng.choice(forms)


def decoy_misc(rng, region, bank):
    forms = {"dev": ["100% real", "1000+ reviews", "5 stars", "since 2019"], "heldout": ["100 percent genuine", "rated 4.9/5", "2 girls", "est. 2021"]}[bank]
    return "other", rng.choice(forms)


DECOYS = [decoy_price, decoy_age, decoy_height, decoy_weight, decoy_measure, decoy_time, decoy_date, decoy_tracking,
          decoy_order, decoy_postcode, decoy_iban, decoy_address, decoy_misc]
def decoy_phone_shaped(rng, region, bank):
    """Order, booking and tracking references laid out like a phone number, with their label."""
    shapes = {"US": "%s-%s-%s" % (rng.choice(["214", "713", "305", "702"]), rd(rng, 3), rd(rng, 4)),
              "FR": "0%s %s %s %s %s" % (rng.choice("67"), rd(rng, 2), rd(rng, 2), rd(rng, 2), rd(rng, 2)),
              "GB": "07%s %s" % (rd(rng, 3), rd(rng, 6)), "AU": "04%s %s %s" % (rd(rng, 2), rd(rng, 3), rd(rng, 3)),
              "DE": "0151 %s" % rd(rng, 8), "ES": "6%s %s %s" % (rd(rng, 2), rd(rng, 3), rd(rng, 3))}
    shape = shapes.get(region) or shapes["US"]
    ctx = {"dev": ["Order no. %s", "Booking ref: %s", "Tracking number %s"],
           "heldout": ["Réf. commande %s", "parcel no. %s", "invoice %s", "Reservation # %s"]}[bank]
    return "order_phone_shaped", rng.choice(ctx) % shape


NEUTRAL_DECOYS = [decoy_age, decoy_height, decoy_weight, decoy_measure, decoy_time, decoy_date, decoy_order, decoy_misc]
STRONG_DECOYS = [decoy_tracking, decoy_order, decoy_iban, decoy_date, decoy_price, decoy_postcode]

# --------------------------------------------------------------------------------------------
# Sentence templates. {P} is a phone mention; {PLACE} a place phrase. Templates never contain
# digits or place names of their own.

TITLES = {
    "dev": ["New girl in town", "Sweet and discreet companion", "Relaxing massage, incall only", "Hot new pics, real photos",
            "Hiring hostesses, visa provided", "Upscale GFE, no rush", "VIP companion available tonight", "Sensual body rub"],
    "heldout": ["Just arrived, first week", "Elegant lady for gentlemen", "Spa specials today", "Genuine photos, book now",
                "Jobs abroad for young women", "Cheeky blonde, outcall ok", "Late night fun, discreet", "Deep tissue and more"],
}
TITLES_PLACE = {
    "dev": ["{PLACE} escorts - new girl", "Visiting {PLACE} this week", "{PLACE} massage, incall", "Back in {PLACE}!"],
    "heldout": ["{PLACE} companions tonight", "Touring {PLACE}, limited days", "Best spa in {PLACE}", "Now serving {PLACE}"],
}
BODY_PHONE = {
    "dev": ["Call me at {P}", "Text {P} for appointments", "WhatsApp: {P}", "txt only {P}", "Reach me on {P}, no private numbers",
            "My number is {P}", "Book now: {P}", "call or text {P} anytime"],
    "heldout": ["Ring {P} for bookings", "Msg {P} (text first)", "Contact: {P}", "Hit me up {P}", "Serious clients only - {P}",
                "Phone/WA {P}", "Bookings via {P} only", "Reach out at {P} xx"],
}
BODY_PLACE = {
    "dev": ["Now in {PLACE} for a few days.", "Based in {PLACE}, incall and outcall.", "I'm new in {PLACE} tonight.",
            "Located near downtown {PLACE}."],
    "heldout": ["Staying in {PLACE} until Sunday.", "Serving {PLACE} and nearby areas.", "Just landed in {PLACE}.",
                "Private apartment in {PLACE}."],
}
BODY_FILLER = {
    "dev": ["Clean, discreet and friendly.", "No rush, real photos.", "Gentlemen only please.", "Ask about specials.",
            "Classy and fun, always on time.", "Upscale private place, easy parking."],
    "heldout": ["Satisfaction guaranteed.", "Respectful men only.", "Pictures are recent.", "Shower available.",
                "Quiet building, safe and private.", "New here, be nice."],
}
LANG_TEMPLATES = {  # per language: (phone sentences, place sentences, filler)
    "es": {"dev": (["Llámame al {P}", "WhatsApp {P}", "Escríbeme: {P}"], ["Estoy en {PLACE} esta semana.", "Nueva en {PLACE}."],
                   ["Discreta y cariñosa.", "Fotos reales."]),
           "heldout": (["Mi número es {P}", "Contacto {P}, solo mensajes", "Citas al {P}"], ["Recién llegada a {PLACE}.", "Atiendo en {PLACE}."],
                       ["Trato de novia.", "Lugar privado y limpio."])},
    "fr": {"dev": (["Appelez-moi au {P}", "Mon numéro: {P}", "SMS au {P}"], ["Je suis à {PLACE} cette semaine.", "Nouvelle sur {PLACE}."],
                   ["Discrète et souriante.", "Photos réelles."]),
           "heldout": (["Contactez-moi {P}", "Joignable au {P}", "Rdv au {P}"], ["De passage à {PLACE}.", "Je reçois à {PLACE}."],
                       ["Ambiance détendue.", "Hygiène irréprochable."])},
    "pt": {"dev": (["Me liga no {P}", "Zap {P}", "Chama no WhatsApp {P}"], ["Estou em {PLACE} esta semana.", "Novinha em {PLACE}."],
                   ["Carinhosa e discreta.", "Fotos reais."]),
           "heldout": (["Meu número é {P}", "Contato {P}", "Agende pelo {P}"], ["Atendo em {PLACE}.", "Cheguei em {PLACE}."],
                       ["Local discreto.", "Atendimento de namoradinha."])},
    "de": {"dev": (["Ruf mich an: {P}", "Handy {P}"], ["Neu in {PLACE}."], ["Diskret und sauber."]),
           "heldout": (["Termine unter {P}", "Meine Nummer: {P}"], ["Nur kurz in {PLACE}."], ["Privat und gepflegt."])},
}
# Extra templates for the v2 seeds only (appended to the banks above when v2 is on).
V2_TITLES = {"dev": ["Petite brunette, your place or mine", "Mature and classy", "Two friends together", "Massage therapist, certified"],
             "heldout": ["Curvy and sweet, short notice ok", "Student, part time", "Duo available this weekend", "Spa therapist, hot stones"]}
V2_BODY_PHONE = {"dev": ["for bookings {P} thanks", "Call/Text/WhatsApp: {P}", "{P} - no blocked calls", "Appointments: {P}"],
                 "heldout": ["{P} (calls after noon)", "You can reach me at {P} any time", "number: {P}", "Let's chat: {P}"]}
V2_FILLER = {"dev": ["Well reviewed, ask around.", "Open minded and easy going.", "Available for dinner dates too."],
             "heldout": ["Friendly, no attitude.", "I speak English and a little Spanish.", "Outcalls to hotels only."]}

RECRUIT = {
    "dev": ["Work abroad: waitresses and dancers needed, visa and flight paid. Call {P}.",
            "Agency hiring girls for hotel jobs overseas, good salary. Contact {P}."],
    "heldout": ["Modelling jobs abroad, travel covered, apply today on {P}.",
                "Babysitter wanted overseas, accommodation free, send your photo to {P}."],
}


class Post:
    def __init__(self, pid, split, group):
        self.rec = {"id": pid}
        self.phones = []
        self.ambiguous = []
        self.decoys = []
        self.group = group
        self.title = ""
        self.body_parts = []

    def phone(self, num, raw, source, cls):
        self.phones.append({"e164": num.e164, "region_source": source, "class": cls, "raw": raw})
        return raw

    def done(self):
        self.rec["title"] = self.title
        parts = [p if p[-1] in ".!?;)," else p + "." for p in self.body_parts if p]
        self.rec["body"] = " ".join(parts)
        self.rec["_parts"] = parts  # sentences, for Gen.vary; removed before writing
        labels = {"group": self.group, "phones": self.phones, "ambiguous": self.ambiguous, "decoys": sorted(set(self.decoys))}
        self.rec["labels"] = labels
        return self.rec


class Gen:
    def __init__(self, split, seed, pool):
        self.split = split
        self.bank = split
        self.rng = random.Random("%s:%d" % (split, seed))
        self.seed = seed
        self.pool = pool
        self.by = {}
        # dev takes even pool positions, heldout odd: the two splits never share a number
        parity = 0 if split == "dev" else 1
        for region, info in pool["regions"].items():
            for i, e in enumerate(info["numbers"]):
                if i % 2 == parity:
                    self.by.setdefault(region, []).append(Num(region, info, e))
        self.regions = sorted(self.by)
        self.v2 = seed in V2_SEEDS
        self.titles = TITLES[split] + (V2_TITLES[split] if self.v2 else [])
        self.body_phone = BODY_PHONE[split] + (V2_BODY_PHONE[split] if self.v2 else [])
        self.body_filler = BODY_FILLER[split] + (V2_FILLER[split] if self.v2 else [])

    # --- helpers
    def post(self, pid, group):
        self.used_fillers = set()
        return Post(pid, self.split, group)

    def pick(self, xs):
        return self.rng.choice(xs)

    def num(self, region, fam=None, pred=None):
        xs = [n for n in self.by[region] if (fam is None or n.family == fam or (fam == "mobile" and n.family.startswith("mobile")))]
        if pred:
            xs = [n for n in xs if pred(n)]
        return self.rng.choice(xs) if xs else None

    def filler(self, lang="en", k=1):
        if lang in LANG_TEMPLATES:
            return " ".join(self.rng.sample(LANG_TEMPLATES[lang][self.bank][2], k=min(k, len(LANG_TEMPLATES[lang][self.bank][2]))))
        bank = [x for x in self.body_filler if x not in self.used_fillers] or self.body_filler
        out = self.rng.sample(bank, k=k)
        self.used_fillers.update(out)
        return " ".join(out)

    def phone_sentence(self, lang="en"):
        if lang in LANG_TEMPLATES:
            return self.pick(LANG_TEMPLATES[lang][self.bank][0])
        return self.pick(self.body_phone)

    def place_sentence(self, lang="en"):
        if lang in LANG_TEMPLATES:
            return self.pick(LANG_TEMPLATES[lang][self.bank][1])
        return self.pick(BODY_PLACE[self.bank])

    def add_decoys(self, post, region, k, strong=False):
        """Decoys for a post of `region`; region None: only kinds that name no country."""
        fns = STRONG_DECOYS if strong else DECOYS
        if region is None:
            fns = NEUTRAL_DECOYS
        out = []
        for f in self.rng.sample(fns, k=min(k, len(fns))):
            kind, text = f(self.rng, region, self.bank)
            post.decoys.append(kind)
            out.append(text)
        return out

    def decoy_sentence(self, texts):
        if not texts:
            return ""
        return self.pick(["Details: %s.", "%s.", "Info - %s.", "(%s)"]) % ", ".join(texts)

    def place_phrase(self, region):
        r = self.rng.random()
        if r < 0.75 or region not in COUNTRY_NAMES:
            return self.pick(CITIES[region][self.bank])
        return self.pick(COUNTRY_NAMES[region][self.bank])

    # --- classes
    def region_text(self, pid):
        """A place named in title or body; the number is national and needs the cue."""
        p = self.post(pid, "region")
        region = self.pick(self.regions)
        need_cue = self.rng.random() < 0.7
        n = self.num(region, pred=(lambda x: x.candidates != [region]) if need_cue else None) or self.num(region)
        lang = LANG_OF.get(region, "en") if self.rng.random() < 0.6 else "en"
        place = self.place_phrase(region)
        raw = national_text(n, self.rng)
        where = self.rng.random()
        sub = "text"
        if where < 0.35:
            p.title = self.pick(TITLES_PLACE[self.bank]).replace("{PLACE}", place)
            p.body_parts = [self.filler(lang), self.phone_sentence(lang).replace("{P}", raw)]
        else:
            p.title = self.pick(self.titles)
            sent = self.place_sentence(lang).replace("{PLACE}", place)
            if lang == "en" and self.rng.random() < 0.3:
                demo = self.pick(DEMONYMS[self.bank])
                sent = "%s girl, %s" % (demo, sent[0].lower() + sent[1:])
                sub = "text_demonym"
            p.body_parts = [sent, self.phone_sentence(lang).replace("{P}", raw), self.filler(lang)]
        p.phone(n, raw, "text", "region." + sub)
        if self.rng.random() < 0.4:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, region, self.rng.randint(1, 2))))
        return p.done()

    def region_url(self, pid):
        p = self.post(pid, "region")
        region = self.pick([r for r in self.regions if r in CCTLD])
        n = self.num(region, pred=lambda x: x.candidates != [region]) or self.num(region)
        raw = national_text(n, self.rng)
        kind = self.rng.random()
        stem = self.pick(SITE_STEMS[self.bank])
        tld = CCTLD.get(region)
        slug = self.pick(URL_CITIES[region][self.bank]) if region in URL_CITIES else None
        ident = self.rng.randint(10000, 99999)
        if slug and kind < 0.3:
            p.rec["url"] = "https://%s.%s.com/ads/%d" % (slug, stem, ident)
            cls = "region.url_subdomain"
        elif slug and kind < 0.55:
            host = self.pick(GENERIC_HOSTS[self.bank])
            p.rec["url"] = "https://%s/%s/%s/%d" % (host, slug, self.pick(["escorts", "massage", "personals", "ads"]), ident)
            cls = "region.url_path"
        elif kind < 0.8 or not slug:
            p.rec["url"] = "https://www.%s%s/listing/%d" % (stem, tld, ident)
            cls = "region.url_cctld"
        else:
            p.rec["site"] = "%s%s%s" % (slug, self.pick(["escorts", "girls", "massage"]), tld)
            cls = "region.site"
        p.title = self.pick(self.titles)
        p.body_parts = [self.filler(), self.phone_sentence().replace("{P}", raw)]
        if self.rng.random() < 0.3:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, region, 1)))
        p.phone(n, raw, "url", cls)
        return p.done()

    def region_calling_code(self, pid):
        """One number written with its country code (or the code named alone); a second, national
        number in the same post takes its region from that code."""
        p = self.post(pid, "region")
        region = self.pick(self.regions)
        n1 = self.num(region)
        n2 = self.num(region, pred=lambda x: x.nsn != n1.nsn and x.candidates != [region]) or self.num(region, pred=lambda x: x.nsn != n1.nsn)
        p.title = self.pick(self.titles)
        raw2 = national_text(n2, self.rng)
        if self.rng.random() < 0.6:
            raw1 = intl_text(n1, self.rng)
            a = self.pick(["WhatsApp %s" % raw1, "Intl: %s" % raw1, "WA %s" % raw1])
            b = self.pick(["local calls %s", "or call %s", "landline %s"]) % raw2
            p.body_parts = [self.filler(), a + ",", b + ".", self.filler()]
            p.phone(n1, raw1, "calling_code", "region.calling_code_written")
            p.phone(n2, raw2, "calling_code", "region.calling_code_elsewhere")
        else:
            code = "+" + n1.cc
            a = self.pick(["Country code %s." % code, "(%s numbers only)" % code, "I use a %s number." % code,
                           "International clients dial %s first." % code])
            p.body_parts = [self.filler(), a, self.phone_sentence().replace("{P}", raw2) + "."]
            p.phone(n2, raw2, "calling_code", "region.calling_code_elsewhere")
        return p.done()

    def region_format(self, pid):
        p = self.post(pid, "region")
        regions = [r for r in self.regions if any(x.candidates == [r] for x in self.by[r])]
        region = self.pick(regions)
        n = self.num(region, pred=lambda x: x.candidates == [region])
        raw = national_text(n, self.rng)
        p.title = self.pick(self.titles)
        p.body_parts = [self.filler(), self.phone_sentence().replace("{P}", raw), self.filler()]
        if self.rng.random() < 0.25:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, None, 1)))
        p.phone(n, raw, "format", "region.format")
        return p.done()

    def region_record(self, pid):
        p = self.post(pid, "region")
        region = self.pick(self.regions)
        n = self.num(region)
        raw = national_text(n, self.rng)
        if self.rng.random() < 0.5:
            p.rec["region"] = region
            src, cls = "record", "region.record"
        else:
            p.rec["location"] = self.pick(CITIES[region][self.bank])
            src, cls = "location", "region.location"
        p.title = self.pick(self.titles)
        p.body_parts = [self.filler(), self.phone_sentence().replace("{P}", raw)]
        p.body_parts.append(self.decoy_sentence(self.add_decoys(p, region, self.rng.randint(1, 3))))
        p.phone(n, raw, src, cls)
        return p.done()

    def ambiguous(self, pid):
        p = self.post(pid, "ambiguous")
        regions = [r for r in self.regions if any(len(x.candidates) >= 2 and r in x.candidates for x in self.by[r])]
        region = self.pick(regions)
        n = self.num(region, pred=lambda x: len(x.candidates) >= 2 and region in x.candidates)
        raw = n.national  # an unbroken run: no grouping habit hints at a country
        p.title = self.pick(self.titles)
        p.body_parts = [self.filler(), self.phone_sentence().replace("{P}", raw), self.filler()]
        cands = []
        for r in n.candidates:
            info = self.pool["regions"][r]
            nsn = raw[1:] if info["trunk"] else raw
            cands.append("+%d%s" % (info["calling_code"], nsn))
        p.ambiguous.append({"raw": raw, "digits": raw, "regions": n.candidates, "e164_candidates": cands, "class": "ambiguous.no_cue"})
        if self.rng.random() < 0.3:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, None, 1)))
        return p.done()

    def disguise(self, pid, kind=None):
        p = self.post(pid, "disguise")
        kind = kind or self.pick(sorted(DISGUISES))
        fn = DISGUISES.get(kind) or V2_DISGUISES[kind]
        if kind == "multiplier":
            region = self.pick(["US", "US", "CA"])
            n = self.num(region, "round")
        elif kind == "non_latin_digits":
            region = self.pick(sorted(SCRIPT_FOR[self.bank]))
            n = self.num(region, "mobile")
        elif kind == "o_as_zero":
            region = self.pick(["US", "US", "GB", "AU", "CA", "ZA", "NG", "IN"])
            n = self.num(region, pred=lambda x: "0" in x.national[1:] if x.trunk else "0" in x.national)
        elif kind == "number_words":
            region = self.pick(["US", "GB", "AU", "ES", "MX", "FR", "BR", "PT", "CO", "DE", "IN"])
            n = self.num(region, "mobile") or self.num(region)
        elif kind == "glued_words":
            region = self.pick(["US", "US", "CA", "GB", "AU", "MX", "ES", "BR"])
            n = self.num(region)
        elif kind == "double_triple":
            region = self.pick(["IN", "GB", "US", "AU", "NG", "ZA", "PH"])
            n = self.num(region, pred=lambda x: sum(a == b for a, b in zip(x.national, x.national[1:])) >= 2) or self.num(region)
        else:
            region = self.pick(["US", "US", "US", "CA", "GB", "AU", "IN", "NG", "ZA", "FR", "ES", "MX", "BR", "PH"])
            n = self.num(region)
        lang = num_lang(n) if kind in ("number_words", "glued_words") else ("en" if self.rng.random() < 0.7 else LANG_OF.get(region, "en"))
        raw = fn(n, self.rng, self.bank)
        p.title = self.pick(self.titles)
        cue = self.rng.random()
        if cue < 0.45:
            p.rec["region"] = region
            src = "record"
            p.body_parts = [self.filler(lang), self.phone_sentence(lang).replace("{P}", raw)]
        elif cue < 0.85:
            src = "text"
            place = self.pick(CITIES[region][self.bank])
            p.body_parts = [self.place_sentence(lang).replace("{PLACE}", place), self.phone_sentence(lang).replace("{P}", raw)]
        else:
            src = "location"
            p.rec["location"] = self.pick(CITIES[region][self.bank])
            p.body_parts = [self.filler(lang), self.phone_sentence(lang).replace("{P}", raw)]
        p.phone(n, raw, src, "disguise." + kind)
        if self.rng.random() < 0.5:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, region, self.rng.randint(1, 2))))
        if self.rng.random() < 0.12:
            # the same number again, written plainly: one label per mention
            raw2 = national_text(n, self.rng)
            p.body_parts.append(self.pick(["Again: %s", "(%s)", "Backup: %s"]) % raw2)
            p.phone(n, raw2, src, "region.repeat")
        return p.done()

    def spoken(self, pid):
        """International numbers spelled out: 'plus', 'más', 'mais', or a spoken double zero."""
        p = self.post(pid, "spoken")
        region = self.pick(self.regions)
        n = self.num(region)
        lang = self.pick(["en", "en", LANG_OF.get(region, "en"), self.pick(["es", "fr", "pt"])])
        words = DIGIT_WORDS[lang]
        style = self.rng.random()
        cc_words = " ".join(words[int(c)] for c in n.cc)
        g = n.intl_groups(self.rng)
        if lang in ("fr", "es", "pt") and self.rng.random() < 0.4 and len(n.cc) == 2:
            cc_words = words_0_99(lang, int(n.cc))
            if n.cc.endswith("0"):  # "sessenta, um um" - without the comma "sessenta um" reads as 61
                cc_words += ","
        joiner = self.pick([" ", ", ", " - "])
        if self.v2 and lang == "en" and self.rng.random() < 0.35:
            rest = double_words(g)
        elif lang == "fr" and self.rng.random() < 0.5:
            rest = " ".join(pair_words("fr", n.nsn))
        else:
            rest = joiner.join(" ".join(words[int(c)] for c in grp) for grp in g)
        if style < 0.45:
            lead = self.pick(PLUS_WORD[lang])
            raw = "%s %s %s" % (lead, cc_words, rest)
            cls = "spoken.plus_word"
        elif style < 0.7:
            raw = "%s %s %s %s" % (words[0], words[0], cc_words, rest)
            cls = "spoken.double_zero"
        elif style < 0.85:
            raw = "+ %s %s" % (cc_words, rest)
            cls = "spoken.plus_sign_words"
        else:
            # code in digits, the rest in words
            raw = "+%s %s" % (n.cc, rest)
            cls = "spoken.code_digits_rest_words"
        if self.rng.random() < 0.15:
            raw = raw.upper() if self.rng.random() < 0.5 else raw.title()
        if self.rng.random() < 0.35:
            # a recruiter abroad: the text names another country, the number carries its own code
            other = self.pick([r for r in self.regions if r != region and r in COUNTRY_NAMES])
            p.title = self.pick(self.titles)
            p.body_parts = [self.pick(RECRUIT[self.bank]).replace("{P}", raw),
                            "Interviews in %s." % self.pick(CITIES[other][self.bank])]
        else:
            p.title = self.pick(self.titles)
            p.body_parts = [self.filler(lang if lang in LANG_TEMPLATES else "en"),
                            self.phone_sentence(lang if lang in LANG_TEMPLATES else "en").replace("{P}", raw)]
        p.phone(n, raw, "calling_code", cls)
        if self.rng.random() < 0.3:
            p.body_parts.append(self.decoy_sentence(self.add_decoys(p, region, 1)))
        return p.done()

    def decoy(self, pid):
        """Decoy-heavy posts: several not-phone numbers, with zero or one real phone."""
        p = self.post(pid, "decoy")
        region = self.pick(["FR", "FR", "GB", "GB", "US", "US", "DE", "ES", "AU", "BR", "IN", "MX"])
        texts = self.add_decoys(p, region, self.rng.randint(2, 4), strong=True)
        if self.v2 and self.rng.random() < 0.4:
            kind, text = decoy_phone_shaped(self.rng, region, self.bank)
            p.decoys.append(kind)
            texts.append(text)
        texts += self.add_decoys(p, region, 1)
        self.rng.shuffle(texts)
        p.title = self.pick(self.titles)
        cue = self.rng.random()
        if cue < 0.6:
            p.rec["region"] = region
            src = "record"
            p.body_parts = [self.filler()]
        else:
            src = "text"
            p.body_parts = [self.place_sentence().replace("{PLACE}", self.pick(CITIES[region][self.bank]))]
        for t in texts:
            p.body_parts.append(self.pick(["%s.", "%s;", "- %s", "%s!"]) % t)
        if self.rng.random() < 0.6:
            n = self.num(region)
            raw = national_text(n, self.rng)
            p.body_parts.insert(self.rng.randint(1, len(p.body_parts)), self.phone_sentence().replace("{P}", raw) + ".")
            p.phone(n, raw, src, "decoy_context.phone")
        return p.done()

    # --- second-round variety, applied to a finished record (v2 seeds only)
    def vary(self, rec):
        lab = rec["labels"]
        phones = lab["phones"]
        raws = [p["raw"] for p in phones] + [a["raw"] for a in lab["ambiguous"]]

        def all_present():
            t = rec["title"] + "\n" + rec["body"]
            return all(t.count(r) >= k for r, k in Counter(raws).items())
        # a decoy glued in front of a phone ("23yo 713 555 0123")
        parts = rec["_parts"]
        if phones and self.rng.random() < 0.15:
            raw = phones[0]["raw"]
            if rec["body"].count(raw) == 1:
                f = self.pick([decoy_age, decoy_height, decoy_measure, decoy_price])
                kind, text = f(self.rng, None, self.bank)
                if text.startswith("("):  # "(25) 713..." would read as an area code
                    text = text.strip("()") + " y/o"
                glue = self.pick([" ", " / ", ", "])
                new = [x.replace(raw, text + glue + raw, 1) if raw in x else x for x in parts]
                if " ".join(new).count(raw) == 1:
                    parts[:] = new
                    rec["body"] = " ".join(parts)
                    lab["decoys"] = sorted(set(lab["decoys"]) | {kind})
        # the phone repeated in the title
        if phones and self.rng.random() < 0.18:
            ph = phones[0]
            rec["title"] = self.pick(["%s - %s", "%s | call %s", "%s \u260e %s", "%s (%s)"]) % (rec["title"], ph["raw"])
            phones.append(dict(ph))
            raws.append(ph["raw"])
        # capitals, HTML, line breaks
        r = self.rng.random()
        if r < 0.06 and not any("\\" in x or "&" in x for x in raws):
            old = (rec["title"], rec["body"], [p["raw"] for p in phones], [a["raw"] for a in lab["ambiguous"]], list(raws))
            rec["title"], rec["body"] = rec["title"].upper(), rec["body"].upper()
            for p in phones:
                p["raw"] = p["raw"].upper()
            for a in lab["ambiguous"]:
                a["raw"] = a["raw"].upper()
            raws[:] = [x.upper() for x in raws]
            if not all_present():
                rec["title"], rec["body"] = old[0], old[1]
                for p, x in zip(phones, old[2]):
                    p["raw"] = x
                for a, x in zip(lab["ambiguous"], old[3]):
                    a["raw"] = x
                raws[:] = old[4]
        elif r < 0.22:
            old = rec["body"]
            rec["body"] = "<p>" + "</p><p>".join(parts) + "</p>"
            if not all_present():
                rec["body"] = old
        elif r < 0.36:
            old = rec["body"]
            rec["body"] = self.pick(["\n", "\n\n", "<br>"]).join(parts)
            if not all_present():
                rec["body"] = old

    def region_text_over_url(self, pid):
        """The site is in one country, the text names a place in another, and the national number is
        valid in both: the text wins (the issue's order of evidence)."""
        p = self.post(pid, "region")
        opts = [n for r in self.regions for n in self.by[r]
                if len(n.candidates) >= 2 and n.region in n.candidates and n.region in COUNTRY_NAMES
                and any(c != n.region and c in CCTLD for c in n.candidates)]
        n = self.pick(opts)
        other = self.pick([c for c in n.candidates if c != n.region and c in CCTLD])
        raw = national_text(n, self.rng)
        p.rec["url"] = "https://www.%s%s/listing/%d" % (self.pick(SITE_STEMS[self.bank]), CCTLD[other], self.rng.randint(10000, 99999))
        p.title = self.pick(TITLES_PLACE[self.bank]).replace("{PLACE}", self.pick(CITIES[n.region][self.bank]))
        p.body_parts = [self.filler(), self.phone_sentence().replace("{P}", raw)]
        p.phone(n, raw, "text", "region.text_over_url")
        return p.done()

    def region_two_countries(self, pid):
        """Two numbers of two countries: one placed by a place named next to it, one by its code."""
        p = self.post(pid, "region")
        a, b = self.rng.sample([r for r in self.regions if r in COUNTRY_NAMES], 2)
        na = self.num(a, pred=lambda x: x.candidates != [a]) or self.num(a)
        nb = self.num(b)
        ra, rb = national_text(na, self.rng), intl_text(nb, self.rng)
        pa, pb = self.pick(CITIES[a][self.bank]), self.pick(CITIES[b][self.bank])
        p.title = self.pick(TITLES_PLACE[self.bank]).replace("{PLACE}", pa)
        p.body_parts = [self.filler(), "In %s: %s," % (pa, ra), "from next week in %s: %s" % (pb, rb)]
        p.phone(na, ra, "text", "region.text_two_countries")
        p.phone(nb, rb, "calling_code", "region.calling_code_written")
        return p.done()

    def generate(self, count):
        plan = ([self.region_text] * 18 + [self.region_url] * 9 + [self.region_calling_code] * 7 + [self.region_format] * 8 +
                [self.region_record] * 4 + [self.ambiguous] * 7 + [self.disguise] * 30 + [self.spoken] * 8 + [self.decoy] * 9)
        out = []
        kinds = sorted(DISGUISES) + (sorted(V2_DISGUISES) if self.v2 else [])
        if self.v2:
            plan += [self.region_two_countries] * 4 + [self.region_text_over_url] * 3
        dis_i = self.rng.randrange(len(kinds))
        for i in range(count):
            f = plan[i % len(plan)] if i < (count // len(plan)) * len(plan) else self.pick(plan)
            pid = "ph-%s-s%d-%04d" % ("d" if self.split == "dev" else "h", self.seed, i + 1)
            if f == self.disguise:
                rec = f(pid, kinds[dis_i % len(kinds)])
                dis_i += 1
            else:
                rec = f(pid)
            if self.v2:
                self.vary(rec)
            del rec["_parts"]
            out.append(rec)
        self.rng.shuffle(out)
        return out


def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        return json.load(f)


def write(path, recs):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if path == "-":
        sys.stdout.write(data)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS))
    ap.add_argument("--seed", type=int, action="append")
    ap.add_argument("--count", type=int)
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    pool = load_pool()
    splits = [a.split] if a.split else sorted(SPLITS)
    for split in splits:
        seeds = a.seed or SPLITS[split]["seeds"]
        count = a.count or SPLITS[split]["count"]
        recs = []
        for s in seeds:
            recs += Gen(split, s, pool).generate(count)
        write(a.output or os.path.join(HERE, split + ".jsonl"), recs)


if __name__ == "__main__":
    main()
