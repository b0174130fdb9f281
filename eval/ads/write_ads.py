#!/usr/bin/env python3
"""Write the labelled ad evaluation set (eval/ads/dev.jsonl, eval/ads/heldout.jsonl).

Python 3.11, standard library only, deterministic: the same seed writes the same bytes.

The ads are assembled from phrase banks written from descriptions of real ads (see README.md),
never from plainsight's rules. Every phrase carries the indicator codes that a careful reader
says it shows; every selector is written by a function that also returns its normalized label,
so the labels are exhaustive by construction.

Split policy: every bank is divided by a hash of the phrase text (about one phrase in three goes
to the held-out side). The held-out split is generated only from its own side of every bank of
three or more phrases, with its own names, handles, domains and seed, so a rule tuned on dev
cannot have seen the held-out wording.

    python3 eval/ads/write_ads.py            # writes dev.jsonl and heldout.jsonl beside this file
    python3 eval/ads/write_ads.py --check    # also verifies labels against the text
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from banks import (  # noqa: E402
    CONTACT_NEG,
    EMAIL_PROVIDERS,
    FICTION_WORDS,
    HANDLE_WORDS,
    JOB,
    MASSAGE,
    NAMES,
    OTHER,
    PLAIN_HANDLES,
    SEX,
    SHOUTED,
    DECOR,
    CODE_DECOR,
    DEST_CC,
    DESTS,
    EMPLOYERS,
    SKILLED,
    SPA_NAMES,
    UNSKILLED,
    STREETS,
    JOB_DECOR,
    RECRUIT_TITLES,
)

SPLITS = ("dev", "heldout")
HERE = Path(__file__).resolve().parent


def side(text: str) -> str:
    """Which split a phrase belongs to (stable across runs and machines)."""
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
    return "heldout" if h % 3 == 0 else "dev"


def norm_items(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append((it, ()))
        else:
            text, codes = it
            if isinstance(codes, str):
                codes = (codes,)
            out.append((text, tuple(codes)))
    return out


class Bank:
    def __init__(self, items):
        self.items = norm_items(items)
        self.by = {s: [x for x in self.items if side(x[0]) == s] for s in SPLITS}

    def pool(self, split):
        if len(self.items) >= 3 and self.by[split]:
            return self.by[split]
        return self.items

    def pick(self, rng, split):
        return rng.choice(self.pool(split))


_bank_cache: dict[str, Bank] = {}


def bank(items) -> Bank:
    key = repr(items)
    if key not in _bank_cache:
        _bank_cache[key] = Bank(items)
    return _bank_cache[key]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# Places and phones
# ---------------------------------------------------------------------------------------------

# (location as a site shows it, region, city name as written in text, area/neighbourhood words,
#  phone generator key)
PLACES = {
    "en": [
        ("Houston, TX", "US", "Houston", ["Galleria", "Westheimer", "Hobby airport", "Medical Center"], ("US", ["713", "832", "281"])),
        ("Dallas, TX", "US", "Dallas", ["Love Field", "Uptown", "Deep Ellum", "I-635"], ("US", ["214", "469", "972"])),
        ("Miami, FL", "US", "Miami", ["Brickell", "Doral", "South Beach", "MIA airport"], ("US", ["305", "786"])),
        ("Atlanta, GA", "US", "Atlanta", ["Buckhead", "Midtown", "airport", "Perimeter"], ("US", ["404", "678", "470"])),
        ("Las Vegas, NV", "US", "Vegas", ["the Strip", "Henderson", "Summerlin", "Fremont"], ("US", ["702", "725"])),
        ("Chicago, IL", "US", "Chicago", ["O'Hare", "River North", "Loop", "Schaumburg"], ("US", ["312", "773", "872"])),
        ("Sacramento, CA", "US", "Sacramento", ["Arden", "Natomas", "Roseville", "Midtown"], ("US", ["916", "279"])),
        ("Los Angeles, CA", "US", "LA", ["Hollywood", "LAX", "Koreatown", "Burbank"], ("US", ["213", "323", "310"])),
        ("Phoenix, AZ", "US", "Phoenix", ["Scottsdale", "Tempe", "Sky Harbor", "Mesa"], ("US", ["602", "480"])),
        ("Seattle, WA", "US", "Seattle", ["Bellevue", "SeaTac", "Capitol Hill", "Lynnwood"], ("US", ["206", "425"])),
        ("Orlando, FL", "US", "Orlando", ["I-Drive", "Kissimmee", "MCO", "Winter Park"], ("US", ["407", "321"])),
        ("New York, NY", "US", "NYC", ["Midtown", "Queens", "Brooklyn", "JFK"], ("US", ["212", "646", "718"])),
        ("Toronto, ON", "CA", "Toronto", ["Yorkville", "Mississauga", "Pearson", "Scarborough"], ("CA", ["416", "647"])),
        ("Vancouver, BC", "CA", "Vancouver", ["Downtown", "Richmond", "Burnaby", "YVR"], ("CA", ["604", "778"])),
        ("London", "GB", "London", ["Kensington", "Heathrow", "Canary Wharf", "Paddington"], ("GB", [])),
        ("Manchester", "GB", "Manchester", ["Piccadilly", "Salford", "the airport", "Deansgate"], ("GB", [])),
    ],
    "es": [
        ("Madrid", "ES", "Madrid", ["Chamartín", "Barajas", "Salamanca", "Atocha"], ("ES", [])),
        ("Barcelona", "ES", "Barcelona", ["Eixample", "Sants", "Gràcia", "el Prat"], ("ES", [])),
        ("Valencia", "ES", "Valencia", ["Ruzafa", "El Carmen", "Campanar", "la playa"], ("ES", [])),
        ("Sevilla", "ES", "Sevilla", ["Nervión", "Triana", "Los Remedios", "Santa Justa"], ("ES", [])),
        ("Ciudad de México", "MX", "CDMX", ["Polanco", "Condesa", "Roma Norte", "Insurgentes"], ("MX", ["55"])),
        ("Guadalajara, Jal.", "MX", "Guadalajara", ["Providencia", "Zapopan", "Chapultepec", "Minerva"], ("MX", ["33"])),
        ("Monterrey, N.L.", "MX", "Monterrey", ["San Pedro", "Cumbres", "Valle", "Centro"], ("MX", ["81"])),
        ("Bogotá", "CO", "Bogotá", ["Chapinero", "Usaquén", "zona T", "Salitre"], ("CO", [])),
        ("Medellín", "CO", "Medellín", ["El Poblado", "Laureles", "Envigado", "Belén"], ("CO", [])),
        ("Miami, FL", "US", "Miami", ["Doral", "Hialeah", "Kendall", "Brickell"], ("US", ["305", "786"])),
        ("Houston, TX", "US", "Houston", ["Bellaire", "Gulfton", "Pasadena", "la Galleria"], ("US", ["713", "832"])),
    ],
    "fr": [
        ("Paris", "FR", "Paris", ["Paris 8e", "Montparnasse", "La Défense", "gare du Nord"], ("FR", [])),
        ("Lyon", "FR", "Lyon", ["Part-Dieu", "Perrache", "Villeurbanne", "Bellecour"], ("FR", [])),
        ("Marseille", "FR", "Marseille", ["Vieux-Port", "Prado", "Saint-Charles", "Castellane"], ("FR", [])),
        ("Nice", "FR", "Nice", ["Promenade", "Cimiez", "gare Thiers", "l'aéroport"], ("FR", [])),
        ("Bruxelles", "BE", "Bruxelles", ["Louise", "Ixelles", "gare du Midi", "Schuman"], ("BE", [])),
        ("Liège", "BE", "Liège", ["Guillemins", "centre", "Outremeuse", "Sart-Tilman"], ("BE", [])),
        ("Montréal, QC", "CA", "Montréal", ["Plateau", "centre-ville", "Laval", "Dorval"], ("CA", ["514", "438"])),
    ],
    "pt": [
        ("São Paulo, SP", "BR", "São Paulo", ["Moema", "Pinheiros", "Jardins", "Vila Olímpia"], ("BR", ["11"])),
        ("Rio de Janeiro, RJ", "BR", "Rio", ["Copacabana", "Barra", "Botafogo", "Tijuca"], ("BR", ["21"])),
        ("Belo Horizonte, MG", "BR", "BH", ["Savassi", "Pampulha", "Funcionários", "Centro"], ("BR", ["31"])),
        ("Curitiba, PR", "BR", "Curitiba", ["Batel", "Água Verde", "Centro", "Bigorrilho"], ("BR", ["41"])),
        ("Lisboa", "PT", "Lisboa", ["Saldanha", "Alvalade", "Parque das Nações", "Cais do Sodré"], ("PT", [])),
        ("Porto", "PT", "Porto", ["Boavista", "Foz", "Campanhã", "Aliados"], ("PT", [])),
    ],
}

# Job-market places (origin side of recruitment, and destinations)
JOB_PLACES = {
    "en": [
        ("Lagos", "NG", "Lagos", ["Ikeja", "Lekki", "Yaba", "Surulere"], ("NG", [])),
        ("Abuja", "NG", "Abuja", ["Wuse", "Garki", "Maitama", "Kubwa"], ("NG", [])),
        ("Accra", "GH", "Accra", ["Osu", "Madina", "Kaneshie", "East Legon"], ("GH", [])),
        ("Nairobi", "KE", "Nairobi", ["Westlands", "CBD", "Kilimani", "Eastleigh"], ("KE", [])),
        ("Manila", "PH", "Manila", ["Makati", "Quezon City", "Pasay", "Ermita"], ("PH", [])),
        ("Houston, TX", "US", "Houston", ["Galleria", "Westchase", "Katy", "Pasadena"], ("US", ["713", "832"])),
        ("Chicago, IL", "US", "Chicago", ["Loop", "Cicero", "Elk Grove", "Pilsen"], ("US", ["312", "773"])),
        ("Orlando, FL", "US", "Orlando", ["Lake Buena Vista", "Kissimmee", "Sanford", "Downtown"], ("US", ["407"])),
        ("London", "GB", "London", ["Croydon", "Stratford", "Heathrow", "Wembley"], ("GB", [])),
        ("Toronto, ON", "CA", "Toronto", ["Etobicoke", "Scarborough", "Brampton", "North York"], ("CA", ["416", "647"])),
    ],
    "es": [
        ("Ciudad de México", "MX", "CDMX", ["Iztapalapa", "Tlalpan", "Coyoacán", "Centro"], ("MX", ["55"])),
        ("Bogotá", "CO", "Bogotá", ["Kennedy", "Suba", "Bosa", "Chapinero"], ("CO", [])),
        ("Madrid", "ES", "Madrid", ["Vallecas", "Getafe", "Usera", "Alcalá"], ("ES", [])),
        ("Medellín", "CO", "Medellín", ["Bello", "Itagüí", "Centro", "Robledo"], ("CO", [])),
        ("Guadalajara, Jal.", "MX", "Guadalajara", ["Tlaquepaque", "Tonalá", "Zapopan", "Centro"], ("MX", ["33"])),
    ],
    "fr": [
        ("Paris", "FR", "Paris", ["Saint-Denis", "Créteil", "Bobigny", "Nanterre"], ("FR", [])),
        ("Bruxelles", "BE", "Bruxelles", ["Anderlecht", "Schaerbeek", "Molenbeek", "Etterbeek"], ("BE", [])),
        ("Lyon", "FR", "Lyon", ["Vénissieux", "Vaulx-en-Velin", "Part-Dieu", "Gerland"], ("FR", [])),
        ("Montréal, QC", "CA", "Montréal", ["Saint-Laurent", "Laval", "Longueuil", "Anjou"], ("CA", ["514", "438"])),
    ],
    "pt": [
        ("São Paulo, SP", "BR", "São Paulo", ["Guarulhos", "Santo Amaro", "Brás", "Osasco"], ("BR", ["11"])),
        ("Rio de Janeiro, RJ", "BR", "Rio", ["Niterói", "Duque de Caxias", "Centro", "Méier"], ("BR", ["21"])),
        ("Lisboa", "PT", "Lisboa", ["Amadora", "Sintra", "Loures", "Almada"], ("PT", [])),
        ("Recife, PE", "BR", "Recife", ["Boa Viagem", "Olinda", "Jaboatão", "Casa Amarela"], ("BR", ["81"])),
    ],
}

CALLING = {"US": "1", "CA": "1", "GB": "44", "ES": "34", "MX": "52", "CO": "57", "FR": "33", "BE": "32",
           "BR": "55", "PT": "351", "NG": "234", "GH": "233", "KE": "254", "PH": "63", "AE": "971",
           "QA": "974", "PL": "48", "TR": "90", "DE": "49"}


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng, country, areas):
    """Return (country, national significant number). Ranges are fictional where a country
    reserves one (US/CA 555-01xx) and otherwise valid mobile ranges (checked with
    libphonenumber by check_phones.py)."""
    if country in ("US", "CA"):
        nsn = rng.choice(areas or ["713"]) + "55501" + f"{rng.randint(0, 99):02d}"
    elif country == "GB":
        nsn = "7" + rng.choice(["400", "412", "956", "723", "877", "539", "848"]) + digits(rng, 6)
    elif country == "ES":
        nsn = "6" + rng.choice(["12", "25", "31", "44", "50", "66", "78", "91"]) + digits(rng, 6)
    elif country == "MX":
        nsn = rng.choice(areas or ["55"]) + digits(rng, 8)
        if nsn[2] == "0":
            nsn = nsn[:2] + "1" + nsn[3:]
    elif country == "CO":
        nsn = "3" + rng.choice(["00", "01", "10", "12", "15", "20", "22", "50"]) + digits(rng, 7)
    elif country == "FR":
        nsn = rng.choice(["6", "7"]) + rng.choice(["12", "25", "33", "48", "61", "70", "81"]) + digits(rng, 6)
        if nsn[0] == "7":
            nsn = "6" + nsn[1:]
    elif country == "BE":
        nsn = "4" + rng.choice(["70", "75", "77", "78", "85", "86", "95", "97"]) + digits(rng, 6)
    elif country == "BR":
        nsn = rng.choice(areas or ["11"]) + "9" + rng.choice("6789") + digits(rng, 7)
    elif country == "PT":
        nsn = "9" + rng.choice(["12", "13", "16", "21", "26", "31", "36", "62", "66"]) + digits(rng, 6)
    elif country == "NG":
        nsn = rng.choice(["803", "806", "813", "816", "703", "706", "810", "903"]) + digits(rng, 7)
    elif country == "GH":
        nsn = rng.choice(["24", "54", "55", "20", "50"]) + digits(rng, 7)
    elif country == "KE":
        nsn = rng.choice(["712", "722", "733", "701", "790"]) + digits(rng, 6)
    elif country == "PH":
        nsn = rng.choice(["917", "918", "927", "905", "935", "947"]) + digits(rng, 7)
    elif country == "AE":
        nsn = rng.choice(["50", "52", "55", "56"]) + digits(rng, 7)
    elif country == "QA":
        nsn = rng.choice(["33", "55", "66", "77"]) + digits(rng, 6)
    elif country == "PL":
        nsn = rng.choice(["501", "512", "601", "660", "691", "790"]) + digits(rng, 6)
    elif country == "TR":
        nsn = rng.choice(["532", "533", "542", "505", "555"]) + digits(rng, 7)
    elif country == "DE":
        pre = rng.choice(["151", "160", "170", "176"])
        nsn = pre + digits(rng, 8 if pre.startswith("15") else 7)
    else:
        raise ValueError(country)
    return country, nsn


NUM_WORDS = {"en": "zero one two three four five six seven eight nine".split(),
             "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
             "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
             "pt": "zero um dois três quatro cinco seis sete oito nove".split()}
EMOJI_DIGITS = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def obfuscate_digits(rng, s, lang):
    """Replace some digits with words/letters the way ads do ("7one3", "o" for zero)."""
    out = []
    words = NUM_WORDS.get(lang, NUM_WORDS["en"])
    for ch in s:
        if ch.isdigit() and rng.random() < 0.25:
            r = rng.random()
            if ch == "0" and r < 0.5:
                out.append(rng.choice(["o", "O"]))
            elif ch == "1" and r < 0.3:
                out.append("l")
            else:
                out.append(words[int(ch)] if lang == "en" or r < 0.7 else words[int(ch)].upper())
        else:
            out.append(ch)
    return "".join(out)


def write_phone(rng, country, nsn, *, international, lang, obfuscate=0.0):
    """A written form of the number, as ads write it."""
    cc = CALLING[country]
    n = nsn
    if country in ("US", "CA"):
        a, b, c = n[:3], n[3:6], n[6:]
        forms = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}",
                 f"{a}-{b}{c}", f"({a}){b}-{c}", f"{a} {b}-{c}", f"{a}*{b}*{c}", f"{a}/{b}/{c}"]
        intl = [f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"+1{a}{b}{c}", f"1 {a}.{b}.{c}"]
    elif country == "GB":
        forms = [f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"]
        intl = [f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"+44 (0){n[:4]} {n[4:]}", f"0044 {n[:4]} {n[4:]}"]
    elif country == "ES":
        forms = [f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34{n}", f"0034 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
    elif country == "MX":
        forms = [f"{n[:2]} {n[2:6]} {n[6:]}", f"({n[:2]}) {n[2:6]}-{n[6:]}", n, f"{n[:2]}-{n[2:6]}-{n[6:]}"]
        intl = [f"+52 {n[:2]} {n[2:6]} {n[6:]}", f"+52 1 {n[:2]} {n[2:6]} {n[6:]}", f"+52{n}"]
    elif country == "CO":
        forms = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"+57{n}", f"(+57) {n[:3]} {n[3:]}"]
    elif country == "FR":
        p = "0" + n
        forms = [" ".join(p[i:i + 2] for i in range(0, 10, 2)), p, ".".join(p[i:i + 2] for i in range(0, 10, 2)),
                 "-".join(p[i:i + 2] for i in range(0, 10, 2))]
        intl = [f"+33 {n[0]} " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), f"+33{n}", f"+33 (0){n[0]} {n[1:5]} {n[5:]}"]
    elif country == "BE":
        forms = [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"]
        intl = [f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n[:3]} {n[3:]}"]
    elif country == "BR":
        forms = [f"({n[:2]}) {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]} {n[7:]}", f"({n[:2]}){n[2:]}"]
        intl = [f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"+55 ({n[:2]}) {n[2:7]}-{n[7:]}", f"+55{n}"]
    elif country == "PT":
        forms = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351{n}", f"00351 {n}"]
    elif country == "NG":
        forms = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"+234{n}", f"+234 (0){n[:3]} {n[3:]}"]
    elif country == "GH":
        forms = [f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}"]
        intl = [f"+233 {n[:2]} {n[2:5]} {n[5:]}", f"+233{n}"]
    elif country == "KE":
        forms = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}"]
        intl = [f"+254 {n[:3]} {n[3:6]} {n[6:]}", f"+254{n}", f"+254-{n[:3]}-{n[3:]}"]
    elif country == "PH":
        forms = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"+63{n}", f"+63 {n[:3]}-{n[3:]}"]
    elif country == "AE":
        forms = [f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}"]
        intl = [f"+971 {n[:2]} {n[2:5]} {n[5:]}", f"+971{n}", f"00971 {n[:2]} {n[2:]}", f"+971-{n[:2]}-{n[2:]}"]
    elif country == "QA":
        forms = [f"{n[:4]} {n[4:]}"]
        intl = [f"+974 {n[:4]} {n[4:]}", f"+974{n}", f"00974 {n}"]
    elif country == "PL":
        forms = [f"{n[:3]} {n[3:6]} {n[6:]}"]
        intl = [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}", f"0048 {n[:3]}-{n[3:6]}-{n[6:]}"]
    elif country == "TR":
        forms = [f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"]
        intl = [f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90{n}", f"0090 {n[:3]} {n[3:]}"]
    elif country == "DE":
        forms = [f"0{n[:3]} {n[3:]}"]
        intl = [f"+49 {n[:3]} {n[3:]}", f"+49{n}", f"0049 {n[:3]} {n[3:]}"]
    else:
        raise ValueError(country)
    text = rng.choice(intl if international else forms)
    if obfuscate and rng.random() < obfuscate:
        if rng.random() < 0.12:  # keycap emoji digits: 7️⃣1️⃣3️⃣…
            text = "".join(EMOJI_DIGITS[int(c)] if c.isdigit() else c for c in text)
        else:
            text = obfuscate_digits(rng, text, lang)
    return text, f"+{cc}{nsn}"


# ---------------------------------------------------------------------------------------------
# The ad under construction
# ---------------------------------------------------------------------------------------------


class Ad:
    def __init__(self, rng, split, lang, post_type, place):
        self.rng = rng
        self.split = split
        self.lang = lang
        self.post_type = post_type
        self.place = place
        self.ind: set[str] = set()
        self.handles: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.emails: list[str] = []
        self.phones: list[str] = []
        loc, region, city, areas, phonegen = place
        self.meta = {"region_ctx": region}
        self.phone_countries: list[str] = []
        self.used: set[str] = set()
        self.vars = {
            "city": city,
            "CITY": city.upper(),
            "area": rng.choice(areas),
            "area2": rng.choice(areas),
        }

    def say(self, items, *, default=(), avoid=()):
        """Pick a phrase (not one this ad already used, nor one containing an `avoid` word),
        record its indicator codes (`default` for banks keyed by a code), return it filled."""
        b = bank(items)
        for _ in range(12):
            text, codes = b.pick(self.rng, self.split)
            low = text.lower()
            if text not in self.used and not any(a in low for a in avoid):
                break
        else:
            return ""
        self.used.add(text)
        self.ind.update(codes or default)
        return self.fill(text)

    def fill(self, text):
        try:
            return text.format_map(self.vars)
        except (KeyError, IndexError, ValueError) as e:  # a bank typo must fail loudly
            raise SystemExit(f"bad template {text!r}: {e}")

    def labels(self):
        def uniq(xs):
            seen, out = set(), []
            for x in xs:
                if x not in seen:
                    seen.add(x)
                    out.append(x)
            return out

        return {
            "post_type": self.post_type,
            "indicators": sorted(self.ind),
            "handles": [{"platform": p, "value": v} for p, v in uniq(self.handles)],
            "urls": uniq(self.urls),
            "emails": uniq(self.emails),
            "phones": uniq(self.phones),
        }


# ---------------------------------------------------------------------------------------------
# Selectors: each writer returns text and records the normalized label on the ad
# ---------------------------------------------------------------------------------------------


def handle_for(rng, name, split):
    n = ascii_fold(name).lower().replace(" ", "").replace("'", "")
    w = ascii_fold(rng.choice(bank(HANDLE_WORDS).pool(split))[0])  # accounts and mailboxes are ASCII
    d2 = f"{rng.randint(0, 99):02d}"
    d1 = str(rng.randint(1, 9))
    d3 = str(rng.randint(100, 999))
    y = str(rng.choice([88, 90, 91, 93, 94, 95, 96, 97, 98, 99, 2000, 2001]))
    pats = [
        f"{n}_xo{d2}", f"{n}.{w}", f"its{n}{w}", f"{n}{w}_{d2}", f"x{n}x{d2}", f"{n}_{w}{d1}",
        f"the.real.{n}", f"{n}luv{d3}", f"{w}_{n}{d2}", f"{n}{y}", f"{n}.official", f"{n}__{w}",
        f"{w}.{n}", f"{n}_{d3}", f"{n}.{w}{d1}", f"{n}{w}{y}", f"_{n}{w}_", f"{n}x{w}",
        f"ms.{n}{d2}", f"{n}_bby", f"{n}{d1}{w}", f"{w}{n}.{d2}",
    ]
    h = rng.choice(pats)
    return h[:30]


def mixed_case(rng, h):
    r = rng.random()
    if r < 0.65:
        return h
    if r < 0.8:
        return h.capitalize()
    if r < 0.9:
        return "".join(c.upper() if i % 3 == 0 else c for i, c in enumerate(h))
    return h.upper()


REGION_TLDS = {"US": ["com", "us", "org"], "CA": ["ca", "com"], "GB": ["co.uk", "uk", "org.uk"], "NG": ["com.ng", "ng"],
               "GH": ["com.gh"], "KE": ["co.ke"], "PH": ["com.ph", "ph"], "ES": ["es", "com.es"], "MX": ["com.mx", "mx"],
               "CO": ["com.co", "co"], "FR": ["fr"], "BE": ["be"], "BR": ["com.br", "net.br"], "PT": ["pt", "com.pt"]}


def domain_for(rng, split, kind, lang="en", region="US"):
    w1 = rng.choice(bank(FICTION_WORDS).pool(split))[0]
    w2 = rng.choice(bank(FICTION_WORDS).pool(split))[0]
    while w2 == w1:
        w2 = rng.choice(bank(FICTION_WORDS).pool(split))[0]
    sep = rng.choice(["", "-", ""])
    suffix = {"spa": ["spa", "massage", "wellness", "bodywork", "relax"],
              "escort": ["companions", "girls", "models", "vip", "elite", "angels"],
              "job": ["staffing", "recruit", "jobs", "careers", "hr", "manpower", "agency"],
              "shop": ["shop", "store", "home", "co", "studio", "services"]}[kind]
    mid = rng.choice(suffix)
    base = rng.choice([f"{w1}{sep}{mid}", f"{w1}{sep}{w2}", f"{w1}{w2}{sep}{mid}"])
    tld = rng.choice(["com", "net"] + REGION_TLDS.get(region, ["com"]) * 2)
    return f"{base}.{tld}"


def write_url(ad, host, path="", *, subdomain=None, www=True):
    """Write a URL as ads do and label it as registrable domain + path."""
    rng = ad.rng
    shown_host = host
    if subdomain:
        shown_host = f"{subdomain}.{host}"
    else:
        r = rng.random()
        if www and r < 0.45:
            shown_host = "www." + host
    scheme = rng.choice(["", "", "https://", "http://", "https://"])
    trail = "/" if (path and rng.random() < 0.2) or (not path and rng.random() < 0.15) else ""
    text = f"{scheme}{shown_host}{path}{trail}"
    ad.urls.append(f"{host}{path}".lower())
    return text


def write_email(ad, local, domain):
    rng = ad.rng
    forms = [
        "{l}@{d}", "{l}@{d}", "{l}@{d}", "{l} at {d1} dot {d2}", "{l} (at) {d1} (dot) {d2}",
        "{l}[at]{d}", "{l} @ {d}", "{l} AT {d1} DOT {d2}", "{l}(at){d}", "{l} [at] {d1} [dot] {d2}",
        "{l} at {d}",
    ]
    d1, _, d2 = domain.partition(".")
    form = rng.choice(forms)
    for tok in ("[dot]", "(dot)", "DOT", "dot"):
        if tok in form:
            d2 = d2.replace(".", f" {tok} ")
            break
    text = form.format(l=local, d=domain, d1=d1, d2=d2)
    if rng.random() < 0.12:
        text = text.upper()
    ad.emails.append(f"{local}@{domain}".lower())
    return text


PLATFORM_CUES = {
    # platform: list of (template, strong?) ; {h} is the written handle
    "instagram": ["IG: {h}", "IG @{h}", "Insta: @{h}", "instagram - {h}", "follow me on IG @{h}", "📷 IG: {h}",
                  "ig➡️ {h}", "Instagram: {h}", "insta @{h}", "IG- {h}", "my ig is {h}", "INSTAGRAM @{h}",
                  "📸 insta: {h}", "IG:@{h}", "ig • {h}", "IG 👉 @{h}", "my insta: {h}", "Insta- {h}",
                  "follow @{h} on IG", "Instagram ➡️ @{h}"],
    "snapchat": ["snap: {h}", "SC: {h}", "snap - {h}", "snapchat @{h}", "add my snap {h}", "👻: {h}",
                 "Snapchat: {h}", "sc @{h}", "SNAP ➡️ {h}", "snap me @{h}", "👻 snap: {h}", "snapchat= {h}",
                 "my snap is {h}", "Sc- {h}", "add me on snap: {h}", "Snap 👉 {h}", "SNAPCHAT:{h}"],
    "telegram": ["TG: @{h}", "telegram @{h}", "Telegram: {h}", "tg @{h}", "✈️ telegram: @{h}", "Telegram 👉 @{h}",
                 "text me on telegram @{h}"],
    "twitter": ["twitter @{h}", "Twitter: {h}", "tw: @{h}", "X: @{h}", "follow me on twitter @{h}"],
    "onlyfans": ["OF: {h}", "onlyfans: {h}", "my OF @{h}", "OnlyFans - {h}", "OF ➡️ {h}"],
    "kik": ["kik: {h}", "KIK me {h}", "kik @{h}", "Kik- {h}"],
    "tiktok": ["tiktok @{h}", "TikTok: {h}", "tt: @{h}"],
    "facebook": ["fb: {h}", "Facebook: {h}", "FB @{h}"],
}
PROFILE_URLS = {
    "instagram": ["instagram.com/{h}"],
    "telegram": ["t.me/{h}"],
    "twitter": ["twitter.com/{h}", "x.com/{h}"],
    "onlyfans": ["onlyfans.com/{h}"],
    "tiktok": ["tiktok.com/@{h}"],
    "facebook": ["facebook.com/{h}"],
    "snapchat": ["snapchat.com/add/{h}"],
}
WEAK_CUES = {"snapchat": ["👻 {h}", "👻{h}", "{h} 👻"], "instagram": ["📷 {h}", "📸 {h}", "{h} 📸"]}


def account_looking(h):
    return bool(re.search(r"[0-9_.]", h))


def write_handle(ad, platform, value, *, allow_profile=True, allow_weak=True):
    rng = ad.rng
    shown = mixed_case(rng, value)
    r = rng.random()
    if allow_profile and platform in PROFILE_URLS and r < 0.22:
        tmpl = rng.choice(PROFILE_URLS[platform])
        host, _, path = tmpl.partition("/")
        path = "/" + path.format(h=shown)
        lead = rng.choice(["", "", f"{platform_word(rng, platform)} ", "➡️ ", "link: "])
        text = lead + write_url(ad, host, path, www=host not in ("t.me", "x.com"))
        ad.handles.append((platform, value.lower()))
        return text
    if allow_weak and platform in WEAK_CUES and account_looking(value) and r < 0.32:
        text = rng.choice(WEAK_CUES[platform]).format(h=shown)
        ad.handles.append((platform, value.lower()))
        return text
    text = rng.choice(bank(PLATFORM_CUES[platform]).pool(ad.split))[0].format(h=shown)
    ad.handles.append((platform, value.lower()))
    return text


def platform_word(rng, platform):
    return {"instagram": rng.choice(["IG", "Insta", "Instagram"]), "telegram": rng.choice(["Telegram", "TG"]),
            "twitter": rng.choice(["Twitter", "X"]), "onlyfans": rng.choice(["OF", "OnlyFans"]),
            "tiktok": "TikTok", "facebook": rng.choice(["Facebook", "FB"]), "snapchat": "Snapchat"}[platform]


def phone_lead(ad, kind="sex"):
    lang = ad.lang
    leads = {
        "en": ["Call/Text {p}", "📲 {p}", "Text me {p}", "☎️ {p}", "{p} 📞", "TXT {p}", "call me {p}",
               "hmu {p}", "Call or text: {p}", "📱{p}", "Text {p} 😘", "CALL {p} NOW", "txt me @ {p}",
               "{p} text first", "Book: {p}", "☎ {p} ☎", "my number {p}", "Reach me at {p}"],
        "es": ["Llámame {p}", "WhatsApp {p}", "📲 {p}", "Escríbeme al {p}", "Cel. {p}", "Tel: {p}",
               "mándame mensaje {p}", "Whats {p} 💋", "Citas al {p}", "Informes {p}"],
        "fr": ["Appelle-moi {p}", "📞 {p}", "Tél : {p}", "SMS {p}", "Contact {p}", "Appels et SMS au {p}",
               "Mon numéro {p}", "📲 {p} 😘"],
        "pt": ["Me chama no zap {p}", "📲 {p}", "WhatsApp {p}", "Ligue {p}", "Tel: {p}", "Zap {p} 💋",
               "Contato {p}", "Chama no whats {p}"],
    }[lang]
    return ad.rng.choice(bank(leads).pool(ad.split))[0]


def add_phone(ad, *, country=None, areas=None, international=None, obfuscate=0.0, lead=True, kind="sex"):
    rng = ad.rng
    loc, region, city, _areas, (pc, pareas) = ad.place
    if country is None:
        country, areas = pc, pareas
    c, nsn = make_phone(rng, country, areas or [])
    if international is None:
        international = rng.random() < 0.2
    if country != ad.meta.get("region_ctx"):
        international = True  # a foreign number is readable only with its country code
    text, e164 = write_phone(rng, c, nsn, international=international, lang=ad.lang, obfuscate=obfuscate)
    ad.phones.append(e164)
    ad.phone_countries.append(c)
    if lead:
        text = phone_lead(ad, kind).format(p=text)
    return text


def dotted_call(ad):
    """Shouted dotted words glued to a phone: "CALL.ME.(916) 555-0143"."""
    rng = ad.rng
    loc, region, city, _areas, (pc, pareas) = ad.place
    c, nsn = make_phone(rng, pc, pareas)
    text, e164 = write_phone(rng, c, nsn, international=False, lang=ad.lang)
    ad.phones.append(e164)
    ad.phone_countries.append(c)
    lead = rng.choice(["CALL.ME.", "TEXT.ME.", "CALL.NOW.", "HIT.ME.UP.", "call.me.", "TXT.ME.", "BOOK.NOW."])
    return lead + text


def add_email(ad, persona):
    rng = ad.rng
    local = rng.choice([persona, persona.replace("_", "").replace(".", ""), persona + str(rng.randint(1, 99))])
    local = local.strip("._")
    domain = rng.choice(bank(EMAIL_PROVIDERS).pool(ad.split))[0]
    return write_email(ad, local, domain)


def maybe_caps(rng, text, p):
    return text.upper() if rng.random() < p else text


def decorate(rng, split, n=1, codes_allowed=True):
    pool = bank(DECOR).pool(split)
    out = [rng.choice(pool)[0] for _ in range(n)]
    if codes_allowed and rng.random() < 0.3:
        out[rng.randrange(len(out))] = rng.choice(CODE_DECOR)
    return "".join(out)


def broken_en(rng, text):
    if rng.random() < 0.5:
        return text
    reps = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bplease\b", "pls"), (r"\bI'm\b", "im"),
            (r"\bdon't\b", "dont"), (r"\bare\b", "r"), (r"\bfor\b", "4"), (r"\bto\b", "2"), (r"\bI\b", "i")]
    for pat, rep in reps:
        if rng.random() < 0.5:
            text = re.sub(pat, rep, text)
    return text


# ---------------------------------------------------------------------------------------------
# Per-ad variables
# ---------------------------------------------------------------------------------------------

ADJ = {"en": ["sweet", "sexy", "classy", "playful", "gorgeous", "naughty", "exotic", "stunning", "bubbly", "sensual", "flirty"],
       "es": ["cariñosa", "ardiente", "complaciente", "hermosa", "traviesa", "elegante"],
       "fr": ["douce", "coquine", "sensuelle", "charmante", "pétillante"],
       "pt": ["carinhosa", "safada", "linda", "gostosa", "meiga"]}
HAIR = {"en": ["blonde", "brunette", "redhead", "black", "honey blonde", "raven"], "es": ["morena"], "fr": ["brune"], "pt": ["morena"]}
EYES = {"en": ["green", "brown", "blue", "hazel"], "es": ["verdes", "cafés", "azules", "miel"],
        "fr": ["verts", "marron", "bleus", "noisette"], "pt": ["verdes", "castanhos", "azuis", "cor de mel"]}
DAYS = {"en": ["Sunday", "Monday", "Tuesday", "Friday", "Saturday", "Thursday"],
        "es": ["domingo", "lunes", "martes", "viernes", "sábado"],
        "fr": ["dimanche", "lundi", "mardi", "vendredi", "samedi"],
        "pt": ["domingo", "segunda", "terça", "sexta", "sábado"]}
OPENS = ["10am", "11am", "noon", "9am", "2pm", "10:00", "11:00"]
LATES = ["2am", "3am", "midnight", "1am", "late", "4am", "23:00", "02:00"]


def set_vars(ad, name=None):
    rng, lang = ad.rng, ad.lang
    v = ad.vars
    if name is None:
        name = rng.choice(bank(NAMES[lang]).pool(ad.split))[0]
    v["name"] = name
    v["NAME"] = name.upper()
    v["adj"] = rng.choice(ADJ[lang])
    v["hair"] = rng.choice(HAIR["en"])
    v["eyes"] = rng.choice(EYES["en"])
    v["eyes_es"], v["eyes_fr"], v["eyes_pt"] = rng.choice(EYES["es"]), rng.choice(EYES["fr"]), rng.choice(EYES["pt"])
    v["inch"] = rng.randint(0, 9)
    v["age"] = rng.randint(21, 38)
    v["age2"] = rng.randint(39, 52)
    v["p0"] = rng.choice([60, 70, 80, 100, 50])
    v["p1"] = rng.choice([120, 140, 150, 160, 180, 200])
    v["p2"] = rng.choice([200, 220, 250, 260, 300, 350])
    v["p3"] = rng.choice([400, 450, 500, 550, 600])
    region = ad.place[1]
    v["cs"] = {"GB": "£", "ES": "€", "FR": "€", "BE": "€", "PT": "€", "BR": "R$"}.get(region, "$")
    v["ce"] = {"US": " $", "CA": " $", "MX": " pesos", "CO": " mil", "BR": " reais", "GB": "£"}.get(region, "€")
    v["day"] = rng.choice(DAYS[lang])
    v["open"] = rng.choice(OPENS)
    v["late"] = rng.choice(LATES)
    return name


# ---------------------------------------------------------------------------------------------
# Assembly helpers
# ---------------------------------------------------------------------------------------------

SEPS = [". ", "! ", " ", "\n", " 💋 ", " ✨ ", " • ", " ~ ", "... ", " | ", "!! ", ". ", "\n", ", "]


JOB_SEPS = [". ", "\n", " ", ". ", " | ", " - ", "!! ", " • ", "\n\n"]


def join_parts(rng, parts, split, plain=(), decor=None, p_decor=0.22):
    """Join lines as ads do; `plain` lines get no code-emoji decoration after them (so that a
    decorative 🍒 never sits next to a youth or control phrase, where it would read as a code)."""
    sep = rng.choice(JOB_SEPS if decor else SEPS)
    glue = rng.random() < 0.08  # "in town.Call me": no space after a full stop
    out = []
    for i, p in enumerate(parts):
        if not p:
            continue
        if out:
            if glue and rng.random() < 0.5 and out[-1][-1:].isalpha() and p[:1].isalpha():
                out.append(".")
            else:
                out.append(sep)
        out.append(p)
        if rng.random() < p_decor:
            if decor:
                out.append(" " + rng.choice(decor))
            else:
                out.append(" " + decorate(rng, split, rng.randint(1, 3), codes_allowed=p.lower() not in plain))
    return "".join(out)


def contact_join(rng, items):
    sep = rng.choice(["\n", " | ", "  ", " 📲 ", "\n", " — ", " / ", "\n\n"])
    return sep.join(i for i in items if i)


def pick_platform(rng, weights):
    plats, ws = zip(*weights)
    return rng.choices(plats, ws)[0]


SEX_PLATFORMS = [("instagram", 30), ("snapchat", 30), ("telegram", 9), ("twitter", 7), ("onlyfans", 14),
                 ("kik", 5), ("tiktok", 5)]


def contact_block_person(ad, name, *, p_phone=0.85, p_email=0.12, p_site=0.10, site_kind="escort"):
    rng, split, lang = ad.rng, ad.split, ad.lang
    items = []
    if rng.random() < p_phone:
        if rng.random() < 0.07:
            items.append(dotted_call(ad))
        else:
            items.append(add_phone(ad, obfuscate=0.18 if lang == "en" else 0.05))
        if rng.random() < 0.07:
            items.append(rng.choice({"en": ["or ", "alt: ", "2nd line ", "or text "], "es": ["o al ", "otro: "],
                                     "fr": ["ou ", "ou le "], "pt": ["ou ", "outro: "]}[lang]) + add_phone(ad, lead=False))
    if rng.random() < 0.05:
        c, nsn = make_phone(rng, ad.place[4][0], ad.place[4][1])
        e164 = f"+{CALLING[c]}{nsn}"
        ad.phones.append(e164)
        ad.phone_countries.append(c)
        items.append(rng.choice(["WhatsApp ", "whats: ", "", "📲 "]) + write_url(ad, "wa.me", "/" + e164[1:], www=False))
    n_handles = rng.choices([0, 1, 2, 3], [55, 30, 12, 3])[0]
    if not items and n_handles == 0:
        n_handles = 1
    used = set()
    for _ in range(n_handles):
        plat = pick_platform(rng, SEX_PLATFORMS)
        if plat in used:
            continue
        used.add(plat)
        if rng.random() < 0.12:
            value = rng.choice(bank(PLAIN_HANDLES).pool(split))[0]
            tmpl = rng.choice([t for t in PLATFORM_CUES[plat] if "@" in t or ":" in t])
            ad.handles.append((plat, value))
            items.append(tmpl.format(h=mixed_case(rng, value) if rng.random() < 0.3 else value))
        else:
            value = handle_for(rng, name, split)
            items.append(write_handle(ad, plat, value))
    if rng.random() < p_email:
        items.append(rng.choice(["", "email: ", "📧 ", "E-mail ", "mail me "]) + add_email(ad, handle_for(rng, name, split)))
    if rng.random() < p_site:
        host = domain_for(rng, split, site_kind, lang, ad.place[1])
        path = rng.choice(["", "", "/" + ascii_fold(name).lower(), "/gallery", "/booking", "/rates", "/about-me",
                           "/models/" + ascii_fold(name).lower(), "/tour"])
        items.append(rng.choice(["", "website: ", "🌐 ", "more pics ", "verify me at ", "reviews: "]) +
                     write_url(ad, host, path))
    if rng.random() < 0.45:
        for _ in range(rng.randint(1, 2)):
            items.insert(rng.randrange(len(items) + 1), rng.choice(bank(CONTACT_NEG[lang]).pool(split))[0])
    if rng.random() < 0.15:
        items.insert(rng.randrange(len(items) + 1), rng.choice(bank(SHOUTED).pool(split))[0])
    rng.shuffle(items) if rng.random() < 0.3 else None
    return contact_join(rng, items)


# Hard-negative phrases that would contradict an indicator phrase already in the ad
CONFLICTS = {
    "S006": ("new in town", "native", "local girl", "traveller", "born and raised", "nueva en la ciudad", "vivo aquí",
             "de toda la vida", "pas nouvelle", "vis ici", "nova na cidade", "moro aqui"),
    "S007": ("independent", "manager", "agency", "alone", "just me", "sola", "seule", "sozinha", "agencia", "agence",
             "independiente", "indépendante"),
    "S008": ("alone", "just me", "sola", "seule", "sozinha"),
    "S010": ("hotel", "outcall", "i come to you", "incall in", "incall &", "salidas", "domicilio", "je me déplace",
             "motel"),
    "S011": ("until", "mon–sat", "after 6pm", "appointment", "de lunes", "du lundi", "de segunda"),
    "S012": ("discount", "specials", "descuento", "marchandage", "desconto"),
    "S003": ("rookie", "mature", "madur", "mûre", "coroa", "age2", "mom of"),
    "S001": ("{age}", "age2", "mature", "madur", "mûre", "coroa", "mom of", "años", "ans,", "anos"),
    "S002": ("{age}", "age2", "mature", "madur", "mûre", "coroa", "mom of", "años", "anos", "18+", "21", "25+"),
    "S009": ("answer",),
}

PROB_SEX = {"S001": 0.09, "S002": 0.012, "S003": 0.10, "S004": 0.07, "S005": 0.10, "S006": 0.16, "S007": 0.06,
            "S008": 0.07, "S009": 0.14, "S010": 0.08, "S011": 0.12, "S012": 0.09, "S013": 0.06}


def build_sex(rng, split, lang):
    place = rng.choice(PLACES[lang])
    ad = Ad(rng, split, lang, "sex_ad", place)
    name = set_vars(ad)
    B = SEX[lang]
    title = ad.say(B["title"])
    # indicator phrases first, so that the neutral and hard-negative lines never contradict them
    codes = [c for c, p in PROB_SEX.items() if c in B["codes"] and rng.random() < p * (1.4 if lang != "en" else 1.0)]
    coded = [ad.say(B["codes"][c], default=(c,)) for c in codes[:4]]
    if lang == "en":
        coded = [broken_en(rng, c) for c in coded]
    avoid = [w for c in ad.ind for w in CONFLICTS.get(c, ())]
    body = []
    if rng.random() < 0.7:
        body.append(ad.say(B["open"], avoid=avoid))
    for _ in range(rng.choice([1, 1, 2])):
        body.append(ad.say(B["self"], avoid=avoid))
    for slot, p in (("serv", 0.7), ("rate", 0.6), ("avail", 0.55), ("loc", 0.6)):
        if slot == "avail" and "S011" in ad.ind:
            continue
        if slot == "rate" and ("S005" in ad.ind or "S012" in ad.ind) and rng.random() < 0.6:
            continue
        if rng.random() < p:
            src = B
            if lang != "en" and rng.random() < 0.12:  # Spanglish / franglais: an English line
                src = SEX["en"]
            body.append(ad.say(src[slot], avoid=avoid))
    if lang == "en" and rng.random() < 0.07:
        body.append(ad.say(SEX["es"]["open"]))
    for phrase in coded:
        body.insert(rng.randrange(len(body) + 1), phrase)
    for _ in range(rng.choices([0, 1, 2, 3], [15, 40, 30, 15])[0]):
        body.insert(rng.randrange(len(body) + 1) if rng.random() < 0.5 else len(body), ad.say(B["neg"], avoid=avoid))
    if rng.random() < 0.6:
        body.append(ad.say(B["close"]))
    if lang == "en":
        body = [b if b in coded else broken_en(rng, b) for b in body]
    if rng.random() < 0.15:
        body = [b.upper() if rng.random() < 0.4 else b for b in body]
    plain = {c.lower() for c in coded}
    text = join_parts(rng, body, split, plain)
    if rng.random() < 0.08:
        text = text.upper()
    contact = contact_block_person(ad, name)
    where = rng.random()
    if where < 0.75:
        text = text + rng.choice(["\n", " ", "\n\n", " 💋 "]) + contact
    elif where < 0.9:
        text = contact + "\n" + text
    else:
        mid = len(body) // 2
        text = join_parts(rng, body[:mid], split, plain) + "\n" + contact + "\n" + join_parts(rng, body[mid:], split, plain)
    if rng.random() < 0.3:
        title = title.upper()
    if rng.random() < 0.35:
        young = bool(ad.ind & {"S001", "S002", "S003", "S007"})
        title = (decorate(rng, split, rng.randint(1, 2), codes_allowed=not young) + " " + title + " "
                 + decorate(rng, split, rng.randint(1, 2), codes_allowed=not young))
    return ad, title, text


PROB_MASSAGE = {"S003": 0.05, "S006": 0.04, "S007": 0.03, "S008": 0.08, "S009": 0.06, "S010": 0.02, "S011": 0.12,
                "S012": 0.12, "S013": 0.04}


def spa_handle(rng, spa, city):
    base = re.sub(r"[^a-z0-9]", "", ascii_fold(spa).lower())
    c = re.sub(r"[^a-z0-9]", "", ascii_fold(city).lower())
    return rng.choice([base, f"{base}_{c}", f"{base}.{c}", f"{base}{rng.randint(1, 99)}", base.replace("spa", "_spa")])[:30].strip("_")


def build_massage(rng, split, lang):
    place = rng.choice(PLACES[lang])
    ad = Ad(rng, split, lang, "massage", place)
    set_vars(ad)
    spa = rng.choice(bank(SPA_NAMES).pool(split))[0]
    ad.vars["spa"], ad.vars["SPA"] = spa, spa.upper()
    B = MASSAGE[lang]
    title = ad.say(B["title"])
    body = []
    if rng.random() < 0.7:
        body.append(ad.say(B["open"]))
    for _ in range(rng.randint(2, 4)):
        body.append(ad.say(B["serv"]))
    codes = [c for c, p in PROB_MASSAGE.items() if c in B["codes"] and rng.random() < p * (1.5 if lang != "en" else 1.0)]
    if "S011" not in codes and "S011" not in ad.ind:
        body.append(ad.say(B["hours"]))
    for c in codes[:3]:
        body.insert(rng.randrange(len(body) + 1), ad.say(B["codes"][c], default=(c,)))
    if rng.random() < 0.45:
        avoid = [w for c in ad.ind for w in CONFLICTS.get(c, ())]
        body.append(ad.say(B["neg"], avoid=avoid + (["licensed", "certified", "two therapists", "diplômées"] if "S008" in ad.ind or "S003" in ad.ind else [])))
    if rng.random() < 0.5:
        body.append(f"{rng.randint(100, 9999)} {rng.choice(STREETS[ad.place[1]])}, {ad.vars['area']}")
    text = join_parts(rng, body, split)
    if rng.random() < 0.1:
        text = text.upper()
    items = []
    if rng.random() < 0.92:
        items.append(add_phone(ad, obfuscate=0.03, lead=False))
        items[-1] = rng.choice({"en": ["Call ", "Tel: ", "📞 ", "Appointments: ", "Call us ", "Book now ", "", "Call or text "],
                                "es": ["Tel. ", "Reservas ", "📞 ", "Llámanos "], "fr": ["Tél. ", "Réservation ", "📞 "],
                                "pt": ["Tel. ", "Agende ", "📞 ", "WhatsApp "]}[lang]) + items[-1]
    if rng.random() < 0.45:
        host = domain_for(rng, split, "spa", lang, ad.place[1])
        items.append(rng.choice(["", "Book online: ", "🌐 ", "www: " if False else "Web: "]) +
                     write_url(ad, host, rng.choice(["", "", "/booking", "/services", "/prices", "/book-now"])))
    if rng.random() < 0.2:
        local = rng.choice(["info", "booking", "reservas", "contact", "hello", "frontdesk"])
        if ad.urls and rng.random() < 0.6:
            dom = ad.urls[-1].split("/")[0]
        else:
            dom = rng.choice(bank(EMAIL_PROVIDERS).pool(split))[0]
            local = spa_handle(rng, spa, ad.vars["city"]).replace(".", "")
        items.append(rng.choice(["", "Email: ", "📧 "]) + write_email(ad, local, dom))
    if rng.random() < 0.22:
        plat = rng.choice(["instagram", "instagram", "facebook", "tiktok"])
        items.append(write_handle(ad, plat, spa_handle(rng, spa, ad.vars["city"]), allow_weak=False))
    if rng.random() < 0.15:
        items.append(rng.choice(["Follow us on our facebook page", "find us on instagram", "100% real pics 📷",
                                 "Walk-ins welcome, no appointment needed", "snap fun? no, massage only 😂"]))
    if not items:
        items.append("Tel. " + add_phone(ad, lead=False))
    text = text + "\n" + contact_join(rng, items)
    if rng.random() < 0.3:
        title = title.upper()
    if rng.random() < 0.25:
        title = title + " " + decorate(rng, split, 2, codes_allowed=True)
    return ad, title, text


def build_other(rng, split, lang):
    pool = OTHER[lang]
    place = rng.choice(PLACES[lang])
    ad = Ad(rng, split, lang, "other", place)
    set_vars(ad)
    choices = [x for x in pool if side(x[0]) == split] or pool
    t, b = rng.choice(choices)
    title, text = ad.fill(t), ad.fill(b)
    items = []
    if rng.random() < 0.8:
        items.append(add_phone(ad, lead=False))
        items[-1] = rng.choice(["Call ", "Text ", "Tel ", "", "📞 "]) + items[-1]
    if rng.random() < 0.3:
        items.append(add_email(ad, handle_for(rng, rng.choice(["sam", "mike", "ana", "joe", "pat", "luis", "marie", "joao"]), split)))
    if rng.random() < 0.25:
        items.append(write_url(ad, domain_for(rng, split, "shop", lang, ad.place[1]), rng.choice(["", "/shop", "/contact", "/listing"])))
    if rng.random() < 0.2:
        plat = rng.choice(["instagram", "facebook", "tiktok"])
        items.append(write_handle(ad, plat, handle_for(rng, rng.choice(["shop", "deals", "home", "studio"]), split), allow_weak=False))
    if not items:
        items.append(add_phone(ad))
    text = text + rng.choice([" ", "\n"]) + contact_join(rng, items)
    return ad, title, text


# ---------------------------------------------------------------------------------------------
# Job offers
# ---------------------------------------------------------------------------------------------

EU = {"ES", "FR", "BE", "PT", "GB"}


def money(rng, lang, lo, hi):
    amt = rng.randrange(lo, hi + 1, 100)
    s = f"{amt:,}"
    if lang in ("es", "pt"):
        s = s.replace(",", ".")
    elif lang == "fr":
        s = s.replace(",", " ")
    return s


def job_vars(ad, role, employer=None):
    rng, lang = ad.rng, ad.lang
    v = ad.vars
    v["role"] = role
    v["role_cap"] = role[:1].upper() + role[1:]
    v["employer"] = employer or ""
    v["addr"] = f"{rng.randint(2, 980)} {rng.choice(STREETS[ad.place[1]])}"
    v["year"] = rng.randint(1978, 2016)
    v["years"] = rng.randint(5, 40)
    v["lic"] = f"{rng.choice(['RA', 'POEA', 'LIC'])}-{rng.randint(1000, 99999)}"
    v["hourly"] = rng.randint(14, 19)
    v["hourly2"] = v["hourly"] + rng.randint(1, 4)
    v["gbp_hour"] = f"{rng.randint(11, 13)}.{rng.choice(['00', '44', '50', '75'])}"
    v["annual"] = rng.randint(38, 52)
    v["annual2"] = v["annual"] + rng.randint(4, 10)
    v["naira"] = rng.choice([80, 120, 150, 200, 250])
    v["ksh"] = rng.choice([25, 30, 35, 45, 60])
    v["php"] = rng.choice([16, 18, 20, 22, 25])
    v["ghs"] = rng.choice(["1,800", "2,500", "3,200", "2,900"])
    v["low"] = rng.randint(100, 800)
    v["eur"] = 1
    v["low_eur"] = rng.randint(200, 600)
    v["mxn"] = rng.choice([9, 10, 12, 14, 16])
    v["brl"] = rng.choice([1, 2])
    v["low_brl"] = rng.randint(500, 900)
    # a bare "$" in Mexico or Colombia means pesos: Spanish and Portuguese ads name the dollar
    cur = rng.choice({"en": ["$", "$", "USD ", "€", "£", "AED "], "es": ["US$ ", "USD ", "€", "€"],
                      "fr": ["€", "€", "USD "], "pt": ["US$ ", "€", "USD "]}[lang])
    v["cur"] = cur
    v["amt"] = money(rng, lang, 2500, 6500)


def build_job(rng, split, lang, kind):
    place = rng.choice(JOB_PLACES[lang])
    ad = Ad(rng, split, lang, "job_offer", place)
    set_vars(ad)
    region = place[1]
    B = JOB[lang]
    body = []
    if kind == "lawful":
        skilled = rng.random() < 0.45
        role = rng.choice(SKILLED[lang] if skilled else UNSKILLED[lang])
        ekey = {"NG": "en-africa", "GH": "en-africa", "KE": "en-africa", "PH": "en-PH"}.get(region, lang)
        employer = rng.choice(EMPLOYERS[ekey])
        job_vars(ad, role, employer)
        title = ad.say(B["lawful_title"])
        body.append(ad.say(B["lawful_intro"]))
        no_exp = not skilled and rng.random() < 0.25
        for _ in range(rng.randint(1, 3)):
            body.append(ad.say(B["lawful_req"], avoid=("experien", "expérience") if no_exp else ()))
        pay_pool = [p for p in B["lawful_pay"] if skilled or "annual" not in (p if isinstance(p, str) else p[0])]
        pay_pool = [p for p in pay_pool if skilled or "per month (annual" not in p]
        pay_pool = [p for p in pay_pool if not (("MXN" in p) != (region == "MX")) and not ("€" in p and region not in EU)]
        pay_pool = [p for p in pay_pool if not ("R$" in p and region != "BR")] or ["Salary according to experience."]
        if lang == "en":
            cc_pay = {"NG": ["Monthly salary ₦{naira},000."], "KE": ["KSh {ksh},000 per month."],
                      "GB": ["£{gbp_hour} per hour plus tips."], "PH": ["Salary ₱{php},000 a month plus 13th month pay."],
                      "GH": ["GH₵ {ghs} per month, paid on time."]}.get(region)
            if cc_pay and (rng.random() < 0.7 or region in ("PH", "GH")):
                pay_pool = cc_pay
        body.append(ad.fill(rng.choice(pay_pool)))
        if no_exp:
            body.append(ad.say(B["codes"]["J013"], default=("J013",)))
        if lang == "en" and role in ("caregiver", "nanny") and rng.random() < 0.5:
            body.append("Female carer required for a female client (personal care).")  # gender, no looks/age: not J006
        if rng.random() < 0.12:
            body.append(ad.say(B["codes"]["J011"], default=("J011",)))
        if lang == "en" and rng.random() < 0.08:
            dest = rng.choice([d for d in ("Canada", "Germany", "the UK") if DEST_CC[d] != region])
            ad.vars["dest"] = dest
            body.append(f"Licensed agency placing {role}s with {employer}; work in {dest}, contract reviewed by the embassy.")
            ad.ind.add("J008")
        # apply lines with selectors
        n = rng.randint(1, 2)
        applies = []
        pool = [x[0] for x in bank(B["lawful_apply"]).pool(split)]
        for t in rng.sample(pool, min(n, len(pool))):
            applies.append(ad.fill_partial(t))
        for a in applies:
            body.append(fill_selectors(ad, a, employer))
        text = join_parts(rng, body, split, decor=JOB_DECOR, p_decor=0.03).replace("..", ".")
        if rng.random() < 0.15 and (ad.phones or ad.emails or ad.urls):
            text += rng.choice(["\n", " "]) + rng.choice(["Equal opportunity employer.", "EOE.", "Apply online or in person.", ""])
        ad.ind.update(j010(ad, region))
        return ad, title, text
    # deceptive or recruitment into sex work
    role = rng.choice(UNSKILLED[lang])
    job_vars(ad, role)
    dests = [d for d in DESTS if DEST_CC[d] != region and not (d == "Europe" and region in EU)]
    dest = rng.choice(dests)
    ad.vars["dest"], ad.vars["DEST"] = dest, dest.upper()
    dest_cc = DEST_CC[dest]
    if kind == "recruit_sex":
        title = ad.say(B["decep_title"]) if rng.random() < 0.4 else ad.say(RECRUIT_TITLES[lang])
        body.append(ad.say(B["recruit_sex"]))
        pool = ["J006", "J007", "J009", "J011", "J002", "J013", "J003"]
        abroad = rng.random() < 0.25
    else:
        title = ad.say(B["decep_title"])
        pool = ["J005", "J001", "J002", "J003", "J004", "J006", "J007", "J008", "J009", "J011", "J012", "J013"]
        abroad = True
    k = rng.randint(2, 6)
    chosen = rng.sample(pool, min(k, len(pool)))
    if kind != "recruit_sex" and "J008" not in chosen and "J008" not in ad.ind and "J005" not in chosen:
        chosen.append("J008")
    for c in chosen:
        if c in B["codes"]:
            body.append(ad.say(B["codes"][c], default=(c,)))
    if "J001" in ad.ind and "J013" not in ad.ind and role.lower() not in (title + " ".join(body)).lower():
        body.append(ad.say(B["codes"]["J013"], default=("J013",)))
    if rng.random() < 0.3:
        body.insert(rng.randrange(len(body) + 1), ad.fill(rng.choice({
            "en": ["Serious people only.", "God bless.", "Don't miss this chance!!", "Life changing opportunity 🙏",
                   "Call now, don't dull yourself", "Interview this week."],
            "es": ["Solo personas serias.", "¡No pierdas esta oportunidad!"],
            "fr": ["Personnes sérieuses uniquement.", "Ne ratez pas cette chance !"],
            "pt": ["Só pessoas sérias.", "Não perca essa chance!"]}[lang])))
    items = []
    if abroad and rng.random() < 0.55:
        items.append(add_phone(ad, country=dest_cc, areas=["416", "647"] if dest_cc == "CA" else [], international=True,
                               lead=False))
        items[-1] = rng.choice(["WhatsApp ", "WhatsApp: ", "Whatsapp ", "📲 ", "Call/WhatsApp ", "Zap "]) + items[-1]
    if rng.random() < 0.55 or not items:
        items.append(add_phone(ad, lead=False))
        items[-1] = rng.choice(["Call ", "Tel: ", "Contact ", "📞 ", "call/text ", "Info: "]) + items[-1]
    if rng.random() < 0.25:
        items.append(write_handle(ad, "telegram", handle_for(rng, rng.choice(["jobs", "recruit", "hr", "work", "agency", "vacancy"]), split)))
    if rng.random() < 0.3:
        items.append(rng.choice(["Email ", "CV to ", "Send CV: ", ""]) + add_email(ad, handle_for(rng, rng.choice(["jobs", "hr", "recruit", "career", "agency"]), split)))
    if rng.random() < 0.15:
        items.append(write_url(ad, domain_for(rng, split, "job", lang, ad.place[1]), rng.choice(["", "/apply", "/jobs", "/register", "/vacancies"])))
    text = (join_parts(rng, body, split, decor=JOB_DECOR, p_decor=0.2).replace("..", ".")
            + rng.choice(["\n", " "]) + contact_join(rng, items))
    if rng.random() < 0.15:
        text = text.upper()
    if rng.random() < 0.3:
        title = title.upper()
    ad.ind.update(j010(ad, region))
    # a deceptive offer or a recruitment into sex work never names its employer: no identifiable
    # employer (J005) is what the ad shows, whether or not it says "a reputable company"
    ad.ind.add("J005")
    return ad, title, text


def j010(ad, region):
    return {"J010"} if any(CALLING[c] != CALLING[region] for c in ad.phone_countries) else set()


def _fill_partial(self, text):
    keep = {"{email}": "\x00E", "{site}": "\x00S", "{phone}": "\x00P"}
    for k, v in keep.items():
        text = text.replace(k, v)
    text = self.fill(text)
    for k, v in keep.items():
        text = text.replace(v, k)
    return text


Ad.fill_partial = _fill_partial


def fill_selectors(ad, text, employer):
    rng = ad.rng
    base = re.sub(r"[^a-z0-9]", "", ascii_fold(employer).lower())[:26]
    host = ad.vars.get("_host")
    if host is None and ("{site}" in text or "{email}" in text):
        host = f"{base}.{rng.choice(['com'] + REGION_TLDS.get(ad.place[1], ['com']) * 2)}"
        ad.vars["_host"] = host
    if "{site}" in text:
        path = rng.choice({"en": ["/careers", "/jobs", "/jobs/apply", ""], "es": ["/empleo", "/trabaja-con-nosotros", ""],
                           "fr": ["/recrutement", "/carrieres", ""], "pt": ["/vagas", "/trabalhe-conosco", ""]}[ad.lang])
        sub = rng.random() < 0.2
        text = text.replace("{site}", write_url(ad, host, path, subdomain=rng.choice(["careers", "jobs"]) if sub else None))
    if "{email}" in text:
        local = rng.choice(["hr", "jobs", "careers", "recruitment", "rrhh", "emploi", "rh", "vagas"])
        dom = host if rng.random() < 0.8 else rng.choice(["gmail.com", "outlook.com"])
        if dom in ("gmail.com", "outlook.com"):
            local = base[:12] + ".jobs"
        text = text.replace("{email}", write_email(ad, local, dom))
    if "{phone}" in text:
        text = text.replace("{phone}", add_phone(ad, lead=False))
    return text


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

SITES = {"sex_ad": ["nightlist.example", "adpost.example", "citypersonals.example", "anuncios.example", "petites-annonces.example",
                    "classificados.example"],
         "massage": ["adpost.example", "spafinder.example", "citylist.example"],
         "job_offer": ["jobsboard.example", "empleos.example", "emploi.example", "vagas.example", "adpost.example"],
         "other": ["citylist.example", "adpost.example", "mercado.example"]}


def pick_lang(rng, weights):
    return rng.choices(["en", "es", "fr", "pt"], weights)[0]


def generate(split, n, seed):
    rng = random.Random(f"{seed}:{split}")
    posts = []
    for i in range(n):
        r = rng.random()
        if r < 0.46:
            ad, title, body = build_sex(rng, split, pick_lang(rng, [60, 17, 10, 13]))
        elif r < 0.62:
            ad, title, body = build_massage(rng, split, pick_lang(rng, [70, 12, 9, 9]))
        elif r < 0.88:
            kind = rng.choices(["lawful", "deceptive", "recruit_sex"], [50, 33, 17])[0]
            ad, title, body = build_job(rng, split, pick_lang(rng, [55, 20, 12, 13]), kind)
        else:
            ad, title, body = build_other(rng, split, pick_lang(rng, [60, 14, 13, 13]))
        loc, region, *_ = ad.place
        post = {"id": f"ads-{'dev' if split == 'dev' else 'ho'}-{i + 1:04d}"}
        if rng.random() < 0.06 and ad.post_type != "job_offer":
            post["body"] = title + "\n" + body  # some sites show no title
        else:
            post["title"] = title
            post["body"] = body
        has_region = ad.post_type == "job_offer" or rng.random() < 0.85
        if has_region:
            post["region"] = region
        if not has_region or rng.random() < 0.85:
            post["location"] = loc
        site = rng.choice(SITES[ad.post_type])
        post["site"] = site
        post["url"] = f"https://{site}/ad/{rng.randint(1_000_000, 9_999_999)}"
        post["labels"] = ad.labels()
        posts.append(post)
    return posts


def check(posts):
    """Every labelled selector must be visible in the text (cheap consistency check)."""
    bad = 0
    for p in posts:
        text = (p.get("title", "") + "\n" + p["body"]).lower()
        L = p["labels"]
        for h in L["handles"]:
            if h["value"] not in text:
                print(f"{p['id']}: handle {h} not in text", file=sys.stderr)
                bad += 1
        for u in L["urls"]:
            host = u.split("/")[0]
            if host not in text:
                print(f"{p['id']}: url {u} not in text", file=sys.stderr)
                bad += 1
        for e in L["emails"]:
            if e.split("@")[0] not in text:
                print(f"{p['id']}: email {e} not in text", file=sys.stderr)
                bad += 1
        if "{" in text or "}" in text:
            print(f"{p['id']}: unfilled template", file=sys.stderr)
            bad += 1
        if p["labels"]["post_type"] != "job_offer" and any(c.startswith("J") for c in L["indicators"]):
            bad += 1
        if p["labels"]["post_type"] in ("job_offer", "other") and any(c.startswith("S") for c in L["indicators"]):
            bad += 1
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="plainsight-ads-2026")
    ap.add_argument("--dev", type=int, default=420)
    ap.add_argument("--heldout", type=int, default=320)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--only", choices=SPLITS)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    for split, n in (("dev", args.dev), ("heldout", args.heldout)):
        if args.only and split != args.only:
            continue
        posts = generate(split, n, args.seed)
        if args.check:
            bad = check(posts)
            if bad:
                raise SystemExit(f"{split}: {bad} label problems")
        with open(args.out / f"{split}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for p in posts:
                f.write(json.dumps(p, ensure_ascii=False, sort_keys=False) + "\n")
        print(f"wrote {len(posts)} posts to {args.out / (split + '.jsonl')}", file=sys.stderr)


if __name__ == "__main__":
    main()
