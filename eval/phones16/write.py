#!/usr/bin/env python3
"""Write the phones16 blind evaluation set (classifieds moderation queue: adult, massage,
companion and "modelling" ads from 35 country editions and mirror sites).

    python3 eval/phones16/write.py            # writes dev.jsonl and heldout.jsonl next to this file
    python3 eval/phones16/write.py --out DIR  # writes them into DIR
    python3 eval/phones16/write.py --check    # exit 1 when the files here differ from a fresh run
    python3 eval/phones16/write.py --stats    # count tables of the files a fresh run writes

Deterministic (Python 3.11 + phonenumbers 9.0.43). Everything is synthetic: numbers are random
digits kept only when phonenumbers calls them valid for the country and of the intended type;
US/CA numbers are NXX-555-01XX only; names and site names are invented.
"""
import argparse
import json
import os
import random
import sys
import unicodedata
from collections import Counter, defaultdict

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = os.path.dirname(os.path.abspath(__file__))
POOL_SEED = 16016
SPLIT_SEEDS = {"dev": 1616, "heldout": 161699}
SPLIT_POSTS = {"dev": 300, "heldout": 500}
ID_PREFIX = {"dev": "ph16d-", "heldout": "ph16h-"}

COUNTRIES = ("AU NZ IN GB IE JP SG MY PH ID TH VN HK AE SA EG ZA NG KE GH EC CO PE BR AR MX US CA "
             "ES PT FR DE IT NL RU").split()

# ---------------------------------------------------------------------------------------------
# numbers

US_AC = ["201", "202", "212", "213", "305", "310", "312", "404", "415", "512", "617", "702", "713",
         "786", "917", "949", "954", "980"]
CA_AC = ["416", "647", "437", "604", "778", "514", "438", "403", "587", "613", "343", "905", "289",
         "902", "204", "306"]

POOL_PER_COUNTRY = 150
# format-unique extras: national digits that read as a valid number in exactly one of the 35
# (computed below); only these countries have enough of them
FORMAT_EXTRA = {"DE": ("m", 27), "AR": ("m", 24), "BR": ("m", 24), "IT": ("f", 15), "ID": ("m", 12),
                "RU": ("f", 9), "MY": ("f", 9)}
AMBIG_SOURCES = ["AU", "GB", "NZ", "IE", "ZA", "KE", "NG", "IN", "PH", "FR", "NL", "ES", "PT", "JP",
                 "TH", "VN", "AE", "SA", "GH", "EC", "PE", "CO", "EG", "SG"]
AMBIG_POOL = 60

_READ_CACHE = {}


def readings(digits):
    """Strict national readings of a digit string in the 35 countries: {e164: [regions]}."""
    if digits in _READ_CACHE:
        return _READ_CACHE[digits]
    out = {}
    for r in COUNTRIES:
        try:
            n = pn.parse(digits, r)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(n, r):
            out.setdefault(pn.format_number(n, PNF.E164), []).append(r)
    _READ_CACHE[digits] = out
    return out


def only_digits(s):
    return "".join(c for c in s if c.isdigit())


class Number:
    def __init__(self, country, n, typ):
        self.country = country
        self.type = typ
        self.cc = str(n.country_code)
        self.e164 = pn.format_number(n, PNF.E164)
        self.nsn = pn.national_significant_number(n)
        self.nat_fmt = pn.format_number(n, PNF.NATIONAL)
        self.intl_fmt = pn.format_number(n, PNF.INTERNATIONAL)
        self.nat_digits = only_digits(self.nat_fmt)
        self.nat_groups = [g for g in "".join(c if c.isdigit() else " " for c in self.nat_fmt).split()]
        ig = [g for g in "".join(c if c.isdigit() else " " for c in self.intl_fmt).split()]
        assert ig[0] == self.cc
        self.intl_groups = ig[1:]
        assert "".join(self.intl_groups) == self.nsn
        self.trunk0 = self.nat_digits == "0" + self.nsn

    def __repr__(self):
        return "Number(%s %s)" % (self.country, self.e164)


def _type_ok(n, typ):
    t = pn.number_type(n)
    if typ == "mobile":
        return t in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    return t in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)


def _random_number(rng, country, typ, pattern=False):
    md = pn.PhoneMetadata.metadata_for_region(country)
    desc = md.mobile if typ == "mobile" else md.fixed_line
    lens = [x for x in desc.possible_length if x > 0] or [x for x in md.general_desc.possible_length if x > 0]
    while True:
        if country in ("US", "CA"):
            s = rng.choice(US_AC if country == "US" else CA_AC) + "55501" + "%02d" % rng.randrange(100)
        else:
            s = "".join(rng.choice("0123456789") for _ in range(rng.choice(lens)))
        if pattern and country not in ("US", "CA"):
            # round endings ("...7000", "...500") that English ads like to spell with multipliers
            d = str(rng.randint(1, 9))
            s = s[:-4] + d + "000" if rng.random() < 0.5 else s[:-3] + d + "00"
        n = pn.parse("+" + str(md.country_code) + s)
        if pn.is_valid_number_for_region(n, country) and _type_ok(n, typ) and 8 <= len(s) <= 12:
            return Number(country, n, typ)


def build_pools():
    """pools[split][country] = list of Number; fmt[split][country]; ambig[split] = list of Number."""
    rng = random.Random(POOL_SEED)
    seen = set()
    pools = {"dev": defaultdict(list), "heldout": defaultdict(list)}
    fmt = {"dev": defaultdict(list), "heldout": defaultdict(list)}
    ambig = {"dev": [], "heldout": []}
    for c in COUNTRIES:
        i = 0
        while i < POOL_PER_COUNTRY:
            typ = "fixed" if i % 5 == 4 else "mobile"
            num = _random_number(rng, c, typ, pattern=i % 8 == 5)
            if num.e164 in seen:
                continue
            seen.add(num.e164)
            pools["dev" if i % 3 == 0 else "heldout"][c].append(num)
            i += 1
    for c, (t, want) in FORMAT_EXTRA.items():
        typ = "mobile" if t == "m" else "fixed"
        i = 0
        while i < want:
            num = _random_number(rng, c, typ)
            if num.e164 in seen or not 9 <= len(num.nat_digits) <= 13:
                continue
            rd = readings(num.nat_digits)
            if list(rd) != [num.e164]:
                continue
            seen.add(num.e164)
            fmt["dev" if i % 3 == 0 else "heldout"][c].append(num)
            i += 1
    i = 0
    while i < AMBIG_POOL:
        c = AMBIG_SOURCES[i % len(AMBIG_SOURCES)]
        num = _random_number(rng, c, "mobile" if i % 5 != 4 else "fixed")
        if num.e164 in seen:
            continue
        rd = readings(num.nat_digits)
        if len(rd) < 2 or len(rd) > 8:
            continue
        seen.add(num.e164)
        ambig["dev" if i % 3 == 0 else "heldout"].append(num)
        i += 1
    return pools, fmt, ambig


# ---------------------------------------------------------------------------------------------
# places, sites, languages

# (latin city/suburb names, native-script names or None, url slugs, location-field names)
PLACES = {
    "AU": (["Melbourne CBD", "Surry Hills", "Bondi Junction", "Fortitude Valley", "Parramatta", "Chatswood",
            "Surfers Paradise", "Glenelg"], None, ["sydney", "melbourne", "brisbane", "adelaide", "goldcoast"],
           ["Melbourne", "Sydney", "Brisbane", "Adelaide"]),
    "NZ": (["Ponsonby", "Auckland CBD", "Te Aro", "Riccarton", "Takapuna", "Rotorua", "Tauranga"], None,
           ["auckland", "wellington", "queenstown", "tauranga"], ["Auckland", "Wellington", "Queenstown"]),
    "IN": (["Andheri West", "Bandra", "Koramangala", "Connaught Place", "Banjara Hills", "Hinjewadi", "Gurugram",
            "Indiranagar", "Juhu"], None, ["pune", "mumbai", "bangalore", "chennai", "goa", "kolkata"],
           ["Mumbai", "Pune", "Bengaluru", "Chennai"]),
    "GB": (["Shoreditch", "Canary Wharf", "Deansgate", "Digbeth", "Mayfair", "Leith", "Clapham Junction",
            "Headingley"], None, ["glasgow", "edinburgh", "leeds", "nottingham", "cardiff"],
           ["Glasgow", "Edinburgh", "Leeds", "Nottingham"]),
    "IE": (["Temple Bar", "Ranelagh", "Ballsbridge", "Rathmines", "Salthill", "Dún Laoghaire"], None,
           ["cork", "galway", "limerick", "kilkenny"], ["Cork", "Galway", "Limerick"]),
    "JP": (["Shinjuku", "Kabukicho", "Roppongi", "Ikebukuro", "Susukino", "Namba", "Umeda", "Nakasu"],
           ["新宿", "歌舞伎町", "六本木", "池袋", "すすきの", "難波", "梅田", "中洲"],
           ["tokyo", "osaka", "sapporo", "fukuoka", "yokohama"], ["Tokyo", "Osaka", "Sapporo", "Fukuoka"]),
    "SG": (["Orchard Rd", "Geylang", "Bugis", "Tanjong Pagar", "Clarke Quay", "Jurong East", "Tampines"], None,
           ["singapore", "orchard", "geylang"], ["Singapore"]),
    "MY": (["Bukit Bintang", "Mont Kiara", "Petaling Jaya", "Johor Bahru", "Bangsar", "Cheras", "Subang Jaya"],
           None, ["kualalumpur", "kl", "penang", "johorbahru"], ["Kuala Lumpur", "Penang", "Johor Bahru"]),
    "PH": (["Makati", "BGC Taguig", "Malate", "Ortigas", "Cebu IT Park", "Quezon City", "Pasay"], None,
           ["manila", "cebu", "davao", "makati"], ["Manila", "Cebu", "Davao"]),
    "ID": (["Kemang", "Senopati", "Seminyak", "Kuta Bali", "Menteng", "PIK Jakarta", "Surabaya"], None,
           ["jakarta", "bali", "surabaya", "bandung"], ["Jakarta", "Bali", "Surabaya"]),
    "TH": (["Sukhumvit", "Nana Plaza", "Silom", "Pattaya", "Patong", "Nimman Chiang Mai", "Thonglor"],
           ["สุขุมวิท", "สีลม", "พัทยา", "ป่าตอง", "ทองหล่อ", "เชียงใหม่"],
           ["bangkok", "pattaya", "phuket", "chiangmai"], ["Bangkok", "Pattaya", "Phuket"]),
    "VN": (["Bùi Viện", "Thảo Điền", "Hoàn Kiếm", "Tây Hồ", "Đà Nẵng", "Nha Trang", "Bến Thành"], None,
           ["saigon", "hanoi", "danang"], ["Ho Chi Minh City", "Hanoi", "Da Nang"]),
    "HK": (["Tsim Sha Tsui", "Mong Kok", "Wan Chai", "Causeway Bay", "Lan Kwai Fong", "Yau Ma Tei",
            "Sham Shui Po"], None, ["hongkong", "kowloon"], ["Hong Kong", "Kowloon"]),
    "AE": (["Dubai Marina", "JLT", "Al Barsha", "Deira", "Bur Dubai", "Abu Dhabi", "Sharjah"],
           ["دبي مارينا", "البرشاء", "ديرة", "بر دبي", "أبوظبي", "الشارقة"],
           ["dubai", "abudhabi", "sharjah"], ["Dubai", "Abu Dhabi", "Sharjah"]),
    "SA": (["Riyadh", "Olaya", "Tahlia Street Jeddah", "Al Khobar", "Dammam", "Al Malqa"],
           ["الرياض", "العليا", "جدة", "الخبر", "الدمام"],
           ["riyadh", "jeddah", "dammam"], ["Riyadh", "Jeddah", "Dammam"]),
    "EG": (["Zamalek", "Maadi", "Heliopolis", "Nasr City", "Dokki", "Mohandessin", "Hurghada", "Sharm El Sheikh"],
           ["الزمالك", "المعادي", "مصر الجديدة", "مدينة نصر", "الدقي", "الغردقة"],
           ["giza", "hurghada", "sharmelsheikh"], ["Giza", "Hurghada", "Sharm El Sheikh"]),
    "ZA": (["Sandton", "Umhlanga", "Sea Point", "Menlyn", "Camps Bay", "Fourways", "Durban North"], None,
           ["johannesburg", "capetown", "durban", "pretoria"], ["Johannesburg", "Cape Town", "Durban", "Pretoria"]),
    "NG": (["Lekki", "Ikeja GRA", "Maitama", "Ikoyi", "Yaba", "Garki", "Port Harcourt"], None,
           ["abuja", "ibadan", "portharcourt"], ["Abuja", "Ibadan", "Port Harcourt"]),
    "KE": (["Westlands", "Kilimani", "Kileleshwa", "Nyali", "Ruaka", "Kasarani", "Thika Road"], None,
           ["nairobi", "mombasa", "kisumu"], ["Nairobi", "Mombasa", "Kisumu"]),
    "GH": (["East Legon", "Osu", "Airport Residential", "Cantonments", "Labone", "Spintex Road", "Takoradi"], None,
           ["accra", "kumasi", "takoradi"], ["Accra", "Kumasi"]),
    "EC": (["Guayaquil", "Samborondón", "Cumbayá", "Urdesa", "La Mariscal", "Machala", "Quito"], None,
           ["guayaquil", "quito", "manta"], ["Guayaquil", "Quito"]),
    "CO": (["Chapinero", "El Poblado", "Usaquén", "Laureles", "Bocagrande", "Barranquilla", "Bogotá"], None,
           ["bogota", "medellin", "barranquilla"], ["Bogotá", "Medellín", "Barranquilla"]),
    "PE": (["Miraflores", "Barranco", "Surco", "Lince", "Arequipa", "Cusco", "Chiclayo"], None,
           ["arequipa", "cusco", "piura"], ["Arequipa", "Cusco", "Piura"]),
    "BR": (["Zona Sul", "Ipanema", "Moema", "Vila Madalena", "Savassi", "Boa Viagem", "Barra da Tijuca",
            "Itaim Bibi"], None, ["saopaulo", "riodejaneiro", "belohorizonte", "recife"],
           ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife"]),
    "AR": (["Palermo Soho", "Recoleta", "Puerto Madero", "Belgrano", "Nueva Córdoba", "Microcentro", "Caballito",
            "Mar del Plata"], None, ["buenosaires", "mendoza", "bariloche"], ["Buenos Aires", "Mendoza", "Bariloche"]),
    "MX": (["Polanco", "Condesa", "Roma Norte", "Cancún", "Playa del Carmen", "Tijuana", "Zapopan", "Coyoacán"],
           None, ["cdmx", "monterrey", "cancun", "tijuana"], ["Ciudad de México", "Monterrey", "Cancún", "Tijuana"]),
    "US": (["Las Vegas Strip", "Midtown Manhattan", "South Beach", "Buckhead", "Scottsdale", "Wicker Park",
            "Houston Galleria"], None, ["lasvegas", "miami", "newyork", "houston", "atlanta"],
           ["Las Vegas", "Miami", "New York", "Houston"]),
    "CA": (["Yaletown", "Gastown", "Plateau Mont-Royal", "Yorkville", "Kitsilano", "Mississauga", "Beltline Calgary"],
           None, ["toronto", "vancouver", "montreal", "calgary", "ottawa"], ["Toronto", "Vancouver", "Montréal", "Calgary"]),
    "ES": (["Malasaña", "Chueca", "Eixample", "Gràcia", "Marbella", "Lavapiés", "Benidorm", "Torremolinos"], None,
           ["madrid", "barcelona", "marbella", "ibiza", "sevilla"], ["Madrid", "Barcelona", "Sevilla", "Marbella"]),
    "PT": (["Bairro Alto", "Cais do Sodré", "Alfama", "Ribeira do Porto", "Cascais", "Albufeira", "Parque das Nações"],
           None, ["lisboa", "porto", "faro", "braga"], ["Lisboa", "Porto", "Faro"]),
    "FR": (["Pigalle", "le Marais", "Montparnasse", "Vieux-Port", "la Part-Dieu", "Saint-Germain-des-Prés",
            "les Chartrons"], None, ["lyon", "marseille", "nice", "bordeaux", "toulouse"],
           ["Lyon", "Marseille", "Nice", "Bordeaux"]),
    "DE": (["Kreuzberg", "St. Pauli", "Reeperbahn", "Schwabing", "Sachsenhausen", "Friedrichshain", "Prenzlauer Berg",
            "Ehrenfeld"], None, ["berlin", "muenchen", "koeln", "duesseldorf"], ["Berlin", "München", "Köln", "Düsseldorf"]),
    "IT": (["Navigli", "Trastevere", "Brera", "Porta Venezia", "Vomero", "Rimini", "Testaccio"], None,
           ["milano", "roma", "napoli", "torino", "firenze"], ["Milano", "Roma", "Napoli", "Torino"]),
    "NL": (["De Pijp", "Jordaan", "Amsterdam Zuid", "Scheveningen", "Rotterdam Centrum", "Utrecht", "Eindhoven"], None,
           ["amsterdam", "rotterdam", "denhaag", "utrecht"], ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht"]),
    "RU": (["Arbat", "Tverskaya", "Nevsky Prospekt", "Patriarch Ponds", "Moscow City", "Kazan"],
           ["Арбат", "Тверская", "Невский проспект", "Патриаршие пруды", "Москва-Сити", "Казань"],
           ["moskva", "spb", "kazan", "sochi"], ["Москва", "Санкт-Петербург", "Казань", "Sochi"]),
}

CCTLD = {"AU": ["com.au"], "NZ": ["co.nz"], "IN": ["co.in", "in"], "GB": ["co.uk"], "IE": ["ie"],
         "JP": ["jp", "co.jp"], "SG": ["com.sg"], "MY": ["com.my"], "PH": ["com.ph", "ph"], "ID": ["co.id", "id"],
         "TH": ["co.th"], "VN": ["vn", "com.vn"], "HK": ["com.hk", "hk"], "AE": ["ae"], "SA": ["com.sa", "sa"],
         "EG": ["com.eg"], "ZA": ["co.za"], "NG": ["com.ng", "ng"], "KE": ["co.ke"], "GH": ["com.gh"],
         "EC": ["com.ec", "ec"], "CO": ["com.co"], "PE": ["com.pe", "pe"], "BR": ["com.br"], "AR": ["com.ar"],
         "MX": ["com.mx", "mx"], "US": [], "CA": ["ca"], "ES": ["es"], "PT": ["pt"], "FR": ["fr"], "DE": ["de"],
         "IT": ["it"], "NL": ["nl"], "RU": ["ru"]}
GENERIC_TLD = ["com", "net", "xyz", "club", "online", "info", "example"]

SITE_A = ["velv", "lush", "noct", "amor", "kissu", "silko", "rosaq", "luxo", "flirto", "sable", "onyxa", "embro",
          "mirago", "crimz", "plusho", "glowi", "vixo", "satino", "opali", "duski", "scarlo", "honeyq", "lotuzz",
          "cherri", "ivoro", "jadey", "ambro", "aurix", "blissa", "cupido"]
SITE_B = ["ly", "board", "lane", "listo", "adz", "hubb", "deckr", "nesta", "spotz", "boxa", "ville", "zonia"]

# country -> [(language, weight)]
LANGS = {"AU": [("en", 1)], "NZ": [("en", 1)], "IN": [("en", 1)], "GB": [("en", 1)], "IE": [("en", 1)],
         "JP": [("ja", 55), ("en", 45)], "SG": [("en", 1)], "MY": [("ms", 30), ("en", 70)],
         "PH": [("tl", 50), ("en", 50)], "ID": [("id", 45), ("en", 55)], "TH": [("th", 50), ("en", 50)],
         "VN": [("en", 1)], "HK": [("en", 1)], "AE": [("ar", 35), ("en", 65)], "SA": [("ar", 60), ("en", 40)],
         "EG": [("ar", 55), ("en", 45)], "ZA": [("en", 1)], "NG": [("en", 1)], "KE": [("en", 1)], "GH": [("en", 1)],
         "EC": [("es", 70), ("en", 30)], "CO": [("es", 70), ("en", 30)], "PE": [("es", 70), ("en", 30)],
         "BR": [("pt", 70), ("en", 30)], "AR": [("es", 70), ("en", 30)], "MX": [("es", 70), ("en", 30)],
         "US": [("en", 85), ("es", 15)], "CA": [("en", 80), ("fr", 20)], "ES": [("es", 60), ("en", 40)],
         "PT": [("pt", 60), ("en", 40)], "FR": [("fr", 60), ("en", 40)], "DE": [("de", 60), ("en", 40)],
         "IT": [("it", 60), ("en", 40)], "NL": [("en", 1)], "RU": [("ru", 60), ("en", 40)]}
# languages for format posts (shared by several of the 35)
FORMAT_LANGS = {"AR": [("es", 60), ("en", 40)], "BR": [("pt", 50), ("en", 50)]}
NATIVE_SCRIPT = {"ja": "JP", "th": "TH", "ar": ("AE", "SA", "EG"), "ru": "RU"}
LOCAL_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ja": "０１２３４５６７８９", "th": "๐๑๒๓๔๕๖๗๘๙"}
LOCAL_DIGIT_COUNTRIES = {"ar": ("AE", "SA", "EG"), "ja": ("JP",), "th": ("TH",)}

NAMES = ["Lexi", "Mia", "Jade", "Bella", "Kira", "Nina", "Roxy", "Luna", "Coco", "Sasha", "Amber", "Tia", "Yuki",
         "Ploy", "Dewi", "Sofia", "Camila", "Giulia", "Chloe", "Lena", "Anya", "Layla", "Nour", "Bianca", "Rina",
         "Maya", "Zoe", "Ivy", "Candy", "Honey"]

EMOJI = ["💋", "🔥", "📞", "📲", "☎️", "👉", "💦", "🌹", "✨", "😘", "💕", "🍑", "👑", "💎"]
DECO_EMOJI = ["💋", "🔥", "💦", "🌹", "✨", "😘", "💕", "🍑", "👑", "💎"]  # never a phone emoji before a decoy

# number words per language (tl posts use English number words, as Taglish ads do)
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "ja": ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "ms": ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "ar": ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
}
WORDS["tl"] = WORDS["en"]
JA_KANA = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
LATIN_LANGS = ("en", "es", "pt", "fr", "de", "it", "id", "ms", "tl")
GLUE_WORDS_OK = ("en", "es", "pt", "fr", "de", "it", "id", "ms", "tl", "ja", "th")
# leet never puts a digit first in a word ("on3", not "0ne")
LEET_EN = {"0": ["zer0", "z3ro"], "1": ["on3"], "2": ["tw0"], "3": ["thr33", "thre3"], "4": ["f0ur"],
           "5": ["f1ve", "fiv3"], "6": ["s1x"], "7": ["s3ven", "sev3n"], "8": ["e1ght"],
           "9": ["n1ne", "nin3"]}
HOMOPHONES = {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}
PLUS_WORD = {"en": ["plus"], "tl": ["plus"], "es": ["más", "mas"], "pt": ["mais"], "fr": ["plus"], "de": ["plus"],
             "it": ["più"], "ja": ["プラス"], "th": ["บวก"], "id": ["plus"], "ms": ["plus", "tambah"],
             "ru": ["плюс"], "ar": ["زائد"]}
DOUBLE_ZERO = {"en": ["double zero", "zero zero", "double oh"], "tl": ["double zero", "zero zero"],
               "es": ["cero cero", "doble cero"], "pt": ["zero zero"], "fr": ["zéro zéro", "double zéro"],
               "de": ["null null"], "it": ["zero zero", "doppio zero"], "ja": ["ゼロゼロ"], "th": ["ศูนย์ศูนย์"],
               "id": ["nol nol"], "ms": ["kosong kosong"], "ru": ["ноль ноль"], "ar": ["صفر صفر"]}
DOUBLE_ZERO_DIGITS = "00"

ESCAPES = ["\\u2022", "&#8226;", "&bull;", "&nbsp;", "%20", "\\xa0", "&#160;", "<br>", "\\u00a0", "&middot;"]
DIGIT_SEPS = ["@", "!", ";", "•", "~", "|", ":", "::", "-", ".", "*", "_", "/", "·", "'", " "]
SPLIT_BREAKS = ["\n", " \n", "-\n", " /\n", " …\n", "\n… "]

# ---------------------------------------------------------------------------------------------
# phrase banks (no digits anywhere in these)

L = {}
L["en"] = dict(
    titles={"escort": ["NEW IN TOWN", "HOT BLONDE AVAILABLE NOW", "SEXY PETITE LATINA", "VIP COMPANION",
                       "PLAYFUL BRUNETTE", "INCALL & OUTCALL", "UNRUSHED GFE", "CURVY QUEEN", "SWEET ASIAN GIRL",
                       "LAST DAYS IN TOWN", "TALL SLIM MODEL TYPE"],
            "massage": ["RELAXING BODY RUB", "NURU & TANTRA MASSAGE", "ASIAN MASSAGE - NEW GIRLS", "FULL BODY MASSAGE",
                        "HOT STONE & BODY SLIDE", "SPA GRAND OPENING", "DEEP TISSUE + EXTRAS"],
            "dating": ["LONELY? LET'S MEET", "SUGAR BABY SEEKS SPOILING", "COMPANION FOR DINNER DATES",
                       "DISCREET FUN TONIGHT", "SWEET GIRL SEEKS GENEROUS GENT"],
            "modelling": ["MODELS WANTED - HIGH PAY", "HIRING HOSTESSES", "PHOTO MODELS NEEDED", "NEW GIRLS WANTED",
                          "PROMO MODELS & DANCERS"]},
    intro=["Hi gentlemen, I'm {name} 💋", "Hey babe, sweet and naughty {name} here 🔥", "Welcome to our spa 🌹",
           "Ready to make your night special 😘", "Classy, discreet and fun, ask for {name} ✨",
           "Looking for pretty girls to join our team 💦", "Genuine lady, no games, just good vibes 💕"],
    service=["INCALL/OUTCALL", "INCALL ONLY", "OUTCALL to hotels only", "GFE • PSE • couples welcome",
             "Full service, no rush", "Private apartment, clean & safe", "Hotel visits & dinner dates",
             "Free photoshoot, travel paid, no experience needed"],
    rules=["No blocked calls", "Text only, no calls", "No law enforcement", "Serious gents only",
           "Screening required", "No explicit texts please", "Deposit required for outcall", "No pushy guys"],
    city=["Located in {city}", "Now in {city} 📍", "📍 {city}", "Near {city}", "Visiting {city} this week",
          "Private incall in {city}"],
    mirror=["(copied from the original listing)", "Reposted ad", "Mirror of the original post", "[scraped listing]",
            "Report this ad | Share"],
    lead=["📞 ", "Call/Text ", "Call me: ", "☎️ ", "📲 ", "Text me 👉 ", "Bookings: ", "Ph: ", "Contact ", "👉 ",
          "Mob: ", "Hotline: "],
    lead_word=["WhatsApp ", "WA ", "Whatsapp only ", "Telegram ", "Viber ", "Signal "],
    tail=["", "", " 💋", " (text first)", " — no blocked calls", " ✨", " 😘", " anytime", " 🔥🔥"],
    glue=["CALLME", "TEXTME", "wa", "WA", "Tel", "call", "txt", "LINE"],
    glue_after=["xoxo", "babe", "ONLY", "pls"],
    join=" • ",
)
L["tl"] = dict(
    titles={"escort": ["NEW GIRL PO, AVAILABLE NOW", "READY NA PO AKO", "SEXY MORENA LF CLIENT", "FRESH AND CLEAN PO"],
            "massage": ["HOME SERVICE MASSAGE", "MASSAGE PARLOR, BAGONG THERAPIST", "RELAXING HILOT + EXTRA"],
            "dating": ["LF SUGAR DADDY", "LF KA-CHAT TONIGHT", "LF GENEROUS KUYA"],
            "modelling": ["HIRING MODELS, MALAKI SAHOD", "NEED PROMO GIRLS", "HIRING GRO AT MODELS"]},
    intro=["Hi po, I'm {name} 😘", "Available po ako ngayon 🔥", "Bagong salta lang po, {name} here 💋",
           "Legit po, walang scam 🌹", "Hiring po kami ng magagandang girls 💦"],
    service=["Incall at outcall po", "Hotel or condo lang", "GFE po, walang rush", "Home service available",
             "May sariling place po", "Libre ang training"],
    rules=["No blocked calls po", "Text muna bago tawag", "Walang pulis please", "Seryoso lang po",
           "Bawal ang bastos"],
    city=["Nandito po ako sa {city}", "📍 {city}", "Area: {city}", "Malapit sa {city}"],
    mirror=["(repost lang po)", "Reposted ad", "[scraped listing]"],
    lead=["📞 ", "Text lang po ", "Call/Text ", "Pm or text ", "📲 ", "Contact ", "Globe/Smart "],
    lead_word=["Viber ", "WhatsApp ", "Telegram "],
    tail=["", "", " 💋", " (text muna)", " 🔥", " salamat po"],
    glue=["txt", "TXT", "Viber", "call"],
    glue_after=["po", "lang"],
    join=" • ",
)
L["es"] = dict(
    titles={"escort": ["CHICA NUEVA EN TU CIUDAD", "SCORT INDEPENDIENTE", "RUBIA ARDIENTE", "ACOMPAÑANTE VIP",
                       "MORENA COMPLACIENTE", "MADURITA DISCRETA"],
            "massage": ["MASAJES RELAJANTES", "MASAJE TÁNTRICO", "SPA PRIVADO - CHICAS NUEVAS", "MASAJE CUERPO A CUERPO"],
            "dating": ["BUSCO AMIGO GENEROSO", "CITAS DISCRETAS", "COMPAÑÍA PARA CENAR", "SUGAR BABY BUSCA DADDY"],
            "modelling": ["SE BUSCAN MODELOS", "EDECANES Y MODELOS - BUENA PAGA", "CASTING MODELOS WEBCAM"]},
    intro=["Hola caballero, soy {name} 💋", "Hola amor, {name} para ti 🔥", "Bienvenido a nuestro spa 🌹",
           "Buscamos chicas guapas para nuestro equipo 💦", "Discreta, educada y cariñosa 😘"],
    service=["Salidas a hotel y domicilio", "Solo en mi departamento", "Trato de novia, sin prisas",
             "Lugar privado, limpio y seguro", "Sin experiencia, te capacitamos"],
    rules=["No contesto números privados", "Solo mensajes, no llamadas", "Solo caballeros serios",
           "Pide fotos por WhatsApp", "Se pide anticipo para salidas"],
    city=["Estoy en {city}", "📍 {city}", "Zona {city}", "Cerca de {city}", "Atiendo en {city}"],
    mirror=["(anuncio copiado)", "Anuncio reenviado", "[copia del anuncio original]"],
    lead=["📞 ", "Llámame ", "Cel: ", "Tel. ", "Escríbeme 👉 ", "Citas: ", "Informes ", "📲 "],
    lead_word=["WhatsApp ", "Whats ", "Telegram "],
    tail=["", "", " 💋", " (solo WhatsApp)", " — sin números privados", " 🔥"],
    glue=["Cel", "whats", "LLAMA", "Tel"],
    glue_after=["besos", "amor"],
    join=" • ",
)
L["pt"] = dict(
    titles={"escort": ["GAROTA NOVA NA CIDADE", "ACOMPANHANTE DE LUXO", "LOIRA SAFADINHA", "MORENA INDEPENDENTE"],
            "massage": ["MASSAGEM TÂNTRICA", "MASSAGEM NURU", "SPA RELAX - GAROTAS NOVAS"],
            "dating": ["PROCURO AMIGO GENEROSO", "ENCONTROS DISCRETOS", "SUGAR BABY PROCURA PADRINHO"],
            "modelling": ["PROCURAM-SE MODELOS", "VAGAS PARA MODELOS - ALTO CACHÊ", "RECRUTAMOS HOSTESSES"]},
    intro=["Oi amor, sou a {name} 💋", "Olá cavalheiro, {name} aqui 🔥", "Bem-vindo ao nosso spa 🌹",
           "Procuramos meninas bonitas para a equipe 💦", "Educada, discreta e carinhosa 😘"],
    service=["Atendo em local próprio", "Só motel e hotel", "Namoradinha sem pressa", "Local discreto e limpo",
             "Sem experiência, pagamos a viagem"],
    rules=["Não atendo número privado", "Só mensagem, sem ligação", "Só homens educados", "Peço sinal para sair"],
    city=["Estou em {city}", "📍 {city}", "Região de {city}", "Perto de {city}", "Atendo em {city}"],
    mirror=["(anúncio copiado)", "Anúncio republicado", "[cópia do anúncio original]"],
    lead=["📞 ", "Liga ", "Zap: ", "Cel ", "Contato: ", "📲 ", "Chama no zap "],
    lead_word=["WhatsApp ", "Zap ", "Telegram "],
    tail=["", "", " 💋", " (só zap)", " 🔥", " — chama"],
    glue=["zap", "ZAP", "Cel", "liga"],
    glue_after=["bjs", "amor"],
    join=" • ",
)
L["fr"] = dict(
    titles={"escort": ["NOUVELLE EN VILLE", "ESCORT INDÉPENDANTE", "BELLE BLONDE DISPONIBLE", "COMPAGNE VIP"],
            "massage": ["MASSAGE NATURISTE", "MASSAGE TANTRIQUE", "INSTITUT DE MASSAGE - NOUVELLES HÔTESSES"],
            "dating": ["RENCONTRE DISCRÈTE", "CHERCHE HOMME GÉNÉREUX", "SUGAR BABY CHERCHE PARRAIN"],
            "modelling": ["RECHERCHE MODÈLES", "CASTING HÔTESSES - BIEN PAYÉ", "MODÈLES PHOTO RECHERCHÉES"]},
    intro=["Bonjour messieurs, je suis {name} 💋", "Coucou, c'est {name} 🔥", "Bienvenue dans notre institut 🌹",
           "Nous recrutons de jolies filles 💦", "Douce, discrète et souriante 😘"],
    service=["Reçoit et se déplace", "Hôtels uniquement", "Plan copine, sans chrono", "Appartement privé et propre",
             "Débutantes acceptées, voyage payé"],
    rules=["Pas de numéros masqués", "SMS seulement, pas d'appels", "Hommes respectueux uniquement",
           "Acompte demandé pour les déplacements"],
    city=["Je suis à {city}", "📍 {city}", "Quartier {city}", "Près de {city}", "Je reçois à {city}"],
    mirror=["(annonce copiée)", "Annonce republiée", "[copie de l'annonce originale]"],
    lead=["📞 ", "Appelle-moi au ", "Tél : ", "Contact : ", "📲 ", "SMS "],
    lead_word=["WhatsApp ", "Telegram "],
    tail=["", "", " 💋", " (SMS d'abord)", " — pas de masqués", " 🔥"],
    glue=["Tel", "tél", "WA", "sms"],
    glue_after=["bisous", "merci"],
    join=" • ",
)
L["de"] = dict(
    titles={"escort": ["NEU IN DER STADT", "PRIVATES MODELL", "HEISSE BLONDINE", "VIP BEGLEITUNG"],
            "massage": ["EROTISCHE MASSAGE", "TANTRA MASSAGE", "WELLNESS STUDIO - NEUE DAMEN"],
            "dating": ["SUCHE GROSSZÜGIGEN HERRN", "DISKRETE TREFFEN", "SUGAR BABE SUCHT DADDY"],
            "modelling": ["MODELS GESUCHT", "HOSTESSEN GESUCHT - TOP VERDIENST", "FOTOMODELLE GESUCHT"]},
    intro=["Hallo Gentlemen, ich bin {name} 💋", "Hey, hier ist {name} 🔥", "Willkommen in unserem Studio 🌹",
           "Wir suchen hübsche Damen für unser Team 💦", "Zärtlich, diskret und verspielt 😘"],
    service=["Haus- und Hotelbesuche", "Nur privat bei mir", "Freundin-Feeling ohne Zeitdruck",
             "Diskrete, saubere Wohnung", "Keine Erfahrung nötig, Anreise bezahlt"],
    rules=["Keine unterdrückten Nummern", "Nur SMS, keine Anrufe", "Nur seriöse Herren",
           "Anzahlung bei Hausbesuchen"],
    city=["Ich bin in {city}", "📍 {city}", "Nähe {city}", "Privat in {city}"],
    mirror=["(Anzeige kopiert)", "Erneut eingestellt", "[Kopie der Originalanzeige]"],
    lead=["📞 ", "Ruf an: ", "Tel.: ", "Handy: ", "Termine: ", "📲 ", "SMS/WA "],
    lead_word=["WhatsApp ", "Telegram "],
    tail=["", "", " 💋", " (nur SMS)", " — keine unterdrückten Nummern", " 🔥"],
    glue=["Tel", "Handy", "WA", "sms"],
    glue_after=["bussi", "danke"],
    join=" • ",
)
L["it"] = dict(
    titles={"escort": ["NOVITÀ IN CITTÀ", "ESCORT INDIPENDENTE", "BIONDA SEXY", "ACCOMPAGNATRICE VIP"],
            "massage": ["MASSAGGI RILASSANTI", "MASSAGGIO TANTRA", "CENTRO MASSAGGI - NUOVE RAGAZZE"],
            "dating": ["INCONTRI DISCRETI", "CERCO UOMO GENEROSO", "SUGAR BABY CERCA DADDY"],
            "modelling": ["CERCASI MODELLE", "HOSTESS E MODELLE - OTTIMA PAGA", "CASTING FOTOMODELLE"]},
    intro=["Ciao signori, sono {name} 💋", "Ciao amore, {name} per te 🔥", "Benvenuto nel nostro centro 🌹",
           "Cerchiamo ragazze carine per il nostro team 💦", "Dolce, discreta e solare 😘"],
    service=["Ricevo e mi sposto", "Solo hotel", "Esperienza fidanzatina senza fretta",
             "Ambiente riservato e pulito", "Senza esperienza, viaggio pagato"],
    rules=["No numeri anonimi", "Solo messaggi, niente chiamate", "Solo uomini educati",
           "Anticipo richiesto per le uscite"],
    city=["Sono a {city}", "📍 {city}", "Zona {city}", "Vicino a {city}", "Ricevo a {city}"],
    mirror=["(annuncio copiato)", "Annuncio ripubblicato", "[copia dell'annuncio originale]"],
    lead=["📞 ", "Chiamami al ", "Tel: ", "Cell. ", "Info e appuntamenti: ", "📲 "],
    lead_word=["WhatsApp ", "Telegram "],
    tail=["", "", " 💋", " (solo sms)", " — no anonimi", " 🔥"],
    glue=["Tel", "cell", "WA", "sms"],
    glue_after=["baci", "grazie"],
    join=" • ",
)
L["ja"] = dict(
    titles={"escort": ["新人入店", "デリヘル 本日出勤", "人妻 即日OK", "清楚系 美女"],
            "massage": ["メンズエステ 新規オープン", "アロマ 性感マッサージ", "回春エステ"],
            "dating": ["パパ活 募集", "割り切り 出会い", "大人の関係 募集"],
            "modelling": ["モデル募集 高収入", "グラビアモデル 急募", "コンパニオン募集"]},
    intro=["はじめまして、{name}です💋", "癒し系の{name}です🔥", "当店へようこそ🌹", "未経験大歓迎💦",
           "清潔なお部屋でお待ちしています😘"],
    service=["ホテル派遣・自宅OK", "完全個室", "恋人気分でゆっくり", "日払いOK・寮完備"],
    rules=["非通知お断り", "ショートメールのみ", "業者お断り", "前金制です"],
    city=["{city}エリア", "📍 {city}", "{city}駅から徒歩", "{city}近く"],
    mirror=["（転載）", "再掲載", "［元の広告のコピー］"],
    lead=["📞 ", "電話：", "TEL ", "ご予約 ", "📲 ", "お問い合わせ："],
    lead_word=["LINE ", "WhatsApp "],
    tail=["", "", " 💋", "（SMS可）", " 🔥"],
    glue=["TEL", "電話", "LINE"],
    glue_after=["まで"],
    join="・",
)
L["th"] = dict(
    titles={"escort": ["น้องใหม่ พร้อมบริการ", "สาวสวย รับงาน", "ไซด์ไลน์ พิเศษ"],
            "massage": ["นวดผ่อนคลาย", "นวดน้ำมัน สปา", "อาบอบนวด เปิดใหม่"],
            "dating": ["หาเพื่อนคุย", "หาป๋า เลี้ยงดู"],
            "modelling": ["รับสมัครนางแบบ", "รับสมัครพริตตี้ รายได้ดี"]},
    intro=["สวัสดีค่ะ {name} ค่ะ 💋", "น้อง{name} พร้อมดูแลค่ะ 🔥", "ยินดีต้อนรับสู่สปาของเรา 🌹",
           "รับสมัครน้องๆ หน้าตาดี 💦"],
    service=["รับนอกสถานที่", "มีห้องส่วนตัว", "ดูแลแบบแฟน ไม่รีบ", "ไม่ต้องมีประสบการณ์"],
    rules=["ไม่รับเบอร์ส่วนตัว", "ทักแชทเท่านั้น", "มัดจำก่อนนัด", "สุภาพบุรุษเท่านั้น"],
    city=["อยู่ {city}", "📍 {city}", "ย่าน{city}", "ใกล้{city}"],
    mirror=["(คัดลอกประกาศ)", "โพสต์ซ้ำ", "[สำเนาประกาศต้นฉบับ]"],
    lead=["📞 ", "โทร ", "ติดต่อ ", "จองคิว ", "📲 "],
    lead_word=["LINE ", "WhatsApp "],
    tail=["", "", " 💋", " (ทักไลน์ก่อน)", " 🔥"],
    glue=["โทร", "Tel", "LINE"],
    glue_after=["ค่ะ"],
    join=" • ",
)
L["id"] = dict(
    titles={"escort": ["CEWEK BARU READY", "OPEN BO HARI INI", "TEMAN KENCAN VIP"],
            "massage": ["PIJAT PLUS", "PIJAT RELAKSASI", "SPA TERAPIS BARU"],
            "dating": ["CARI SUGAR DADDY", "TEMAN CURHAT MALAM"],
            "modelling": ["LOKER MODEL GAJI TINGGI", "DICARI SPG & MODEL"]},
    intro=["Hai om, aku {name} 💋", "Halo kak, {name} siap temani 🔥", "Selamat datang di spa kami 🌹",
           "Dicari cewek cantik untuk tim kami 💦"],
    service=["Bisa ke hotel atau apartemen", "Tempat pribadi, bersih dan aman", "Santai, tidak buru-buru",
             "Tanpa pengalaman, dilatih"],
    rules=["Tidak terima nomor privat", "Chat dulu, jangan telepon", "Hanya yang serius", "DP dulu untuk keluar"],
    city=["Aku di {city}", "📍 {city}", "Area {city}", "Dekat {city}"],
    mirror=["(iklan disalin)", "Iklan diposting ulang", "[salinan iklan asli]"],
    lead=["📞 ", "Hub ", "Telp: ", "Booking: ", "📲 ", "Kontak "],
    lead_word=["WA ", "WhatsApp ", "Telegram "],
    tail=["", "", " 💋", " (chat dulu)", " 🔥"],
    glue=["wa", "WA", "Telp"],
    glue_after=["aja", "ya"],
    join=" • ",
)
L["ms"] = dict(
    titles={"escort": ["AWEK BARU READY", "TEMAN SOSIAL VIP", "GADIS MANJA AVAILABLE"],
            "massage": ["URUT BADAN", "SPA URUT RELAKS", "URUT TRADISIONAL + EXTRA"],
            "dating": ["CARI KAWAN", "CARI SUGAR DADDY"],
            "modelling": ["JAWATAN KOSONG MODEL", "CARI MODEL SAMBILAN"]},
    intro=["Hai abang, saya {name} 💋", "Hello, {name} sedia layan 🔥", "Selamat datang ke spa kami 🌹",
           "Kami cari gadis cantik untuk pasukan 💦"],
    service=["Boleh datang hotel", "Tempat sendiri, bersih", "Layanan santai, tak kelam-kabut",
             "Tiada pengalaman, akan dilatih"],
    rules=["Tiada nombor tersembunyi", "Mesej sahaja, jangan call", "Yang serius sahaja", "Deposit dulu"],
    city=["Saya di {city}", "📍 {city}", "Kawasan {city}", "Dekat {city}"],
    mirror=["(iklan disalin)", "Iklan disiar semula", "[salinan iklan asal]"],
    lead=["📞 ", "Hubungi ", "Tel: ", "Tempahan: ", "📲 "],
    lead_word=["WhatsApp ", "WA ", "Telegram "],
    tail=["", "", " 💋", " (WhatsApp sahaja)", " 🔥"],
    glue=["wa", "WA", "Tel"],
    glue_after=["je", "ye"],
    join=" • ",
)
L["ru"] = dict(
    titles={"escort": ["НОВЕНЬКАЯ", "ИНДИВИДУАЛКА", "VIP ЭСКОРТ", "СТРОЙНАЯ БЛОНДИНКА"],
            "massage": ["ЭРОТИЧЕСКИЙ МАССАЖ", "ТАНТРА МАССАЖ", "САЛОН МАССАЖА - НОВЫЕ ДЕВУШКИ"],
            "dating": ["ИЩУ СПОНСОРА", "ЗНАКОМСТВА БЕЗ ОБЯЗАТЕЛЬСТВ"],
            "modelling": ["ТРЕБУЮТСЯ МОДЕЛИ", "РАБОТА МОДЕЛЬЮ - ВЫСОКИЙ ДОХОД"]},
    intro=["Привет, я {name} 💋", "Нежная {name} ждёт тебя 🔥", "Добро пожаловать в наш салон 🌹",
           "Ищем красивых девушек в команду 💦"],
    service=["Апартаменты и выезд", "Только у себя", "Без спешки, как с любимой", "Опыт не нужен, обучение"],
    rules=["Скрытые номера не беру", "Только смс, без звонков", "Только адекватным мужчинам",
           "Предоплата за выезд"],
    city=["Я на {city}", "📍 {city}", "Район {city}", "Рядом {city}"],
    mirror=["(копия объявления)", "Повторная публикация", "[скопировано с оригинала]"],
    lead=["📞 ", "Звони ", "Тел.: ", "Запись: ", "📲 "],
    lead_word=["WhatsApp ", "Телеграм ", "Telegram "],
    tail=["", "", " 💋", " (только смс)", " 🔥"],
    glue=["тел", "Тел", "WA"],
    glue_after=["жду"],
    join=" • ",
)
L["ar"] = dict(
    titles={"escort": ["بنات جدد", "مرافقة VIP", "سهرات خاصة"],
            "massage": ["مساج استرخاء", "مساج تايلندي", "سبا جديد - مدلكات جدد"],
            "dating": ["تعارف جاد", "ابحث عن صديق كريم"],
            "modelling": ["مطلوب موديلز", "مطلوب عارضات براتب عالي"]},
    intro=["مرحبا، أنا {name} 💋", "{name} في خدمتك 🔥", "أهلا بكم في السبا 🌹", "مطلوب بنات جميلات للعمل 💦"],
    service=["استقبال وخروج للفنادق", "شقة خاصة ونظيفة", "بدون استعجال", "لا يشترط خبرة"],
    rules=["لا أرد على الأرقام المخفية", "رسائل فقط بدون اتصال", "للجادين فقط", "عربون قبل الموعد"],
    city=["موجودة في {city}", "📍 {city}", "منطقة {city}", "قريب من {city}"],
    mirror=["(إعلان منسوخ)", "إعادة نشر", "[نسخة من الإعلان الأصلي]"],
    lead=["📞 ", "اتصل ", "للحجز: ", "تواصل ", "📲 ", "هاتف: "],
    lead_word=["واتساب ", "WhatsApp ", "واتس "],
    tail=["", "", " 💋", " (واتساب فقط)", " 🔥"],
    glue=["WA", "Tel"],
    glue_after=[],
    join=" • ",
)

# which intro / service lines fit which category: (spa intro indices, job intro indices, job service indices);
# every other intro line is a personal one ("I'm {name}")
LINE_KINDS = {"en": ([2], [5], [7]), "tl": ([], [4], [5]), "es": ([2], [3], [4]), "pt": ([2], [3], [4]),
              "fr": ([2], [3], [4]), "de": ([2], [3], [4]), "it": ([2], [3], [4]), "ja": ([2, 4], [3], [3]),
              "th": ([2], [3], [3]), "id": ([2], [3], [3]), "ms": ([2], [3], [3]), "ru": ([2], [3], [3]),
              "ar": ([2], [3], [3])}


def pick_line(rng, lang, what, cat):
    spa, job, sjob = LINE_KINDS[lang]
    lines = L[lang][what]
    if what == "intro":
        personal = [i for i in range(len(lines)) if i not in spa and i not in job]
        idx = {"modelling": job, "massage": spa + personal if spa else personal}.get(cat, personal)
    else:
        idx = sjob if cat == "modelling" else [i for i in range(len(lines)) if i not in sjob]
    return lines[rng.choice(idx)]


# decoy line templates per language and kind ({x} is the span)
DT = {
    "en": {"price": ["Rates: {x}", "💰 {x}", "Donation {x}", "Incall {x}, outcall extra", "From {x}"],
           "pay": ["Pay up to {x} per shoot", "Earn {x} weekly", "Daily pay {x}"],
           "hours": ["Open {x}", "Available {x}", "⏰ {x}"], "percent": ["{x} real pics", "{x} discreet", "Pics are {x} me"],
           "date": ["Only until {x}", "Back in town {x}", "Posted {x}"],
           "booking_ref": ["Booking ref: {x}", "Quote ref {x} when you text"], "room": ["Hotel incall, {x}", "Come up to {x}"],
           "post_id": ["Post ID: {x}", "Ad #{x}", "Listing {x}"], "order": ["Premium boost order #{x}", "Ad upgrade order {x}"],
           "tracking": ["Gift parcel tracking {x}", "Lingerie delivery tracking: {x}"]},
    "es": {"price": ["Tarifa: {x}", "💰 {x}", "Desde {x}"], "pay": ["Pago de {x} por sesión", "Ganancias de {x} semanales"],
           "hours": ["Horario {x}", "Disponible {x}"], "percent": ["Fotos {x} reales", "{x} discreta"],
           "date": ["Solo hasta el {x}", "Publicado {x}"], "booking_ref": ["Código de cita {x}"],
           "room": ["Hotel, {x}"], "post_id": ["Anuncio #{x}", "ID {x}"], "order": ["Pedido destacado #{x}"],
           "tracking": ["Envío de regalo, guía {x}"]},
    "pt": {"price": ["Cachê: {x}", "💰 {x}", "A partir de {x}"], "pay": ["Cachê de {x} por ensaio", "Ganhos de {x} por semana"],
           "hours": ["Atendo {x}", "Horário {x}"], "percent": ["Fotos {x} reais", "{x} discreta"],
           "date": ["Só até {x}", "Publicado em {x}"], "booking_ref": ["Código da reserva {x}"],
           "room": ["Hotel, {x}"], "post_id": ["Anúncio #{x}", "ID {x}"], "order": ["Pedido de destaque #{x}"],
           "tracking": ["Rastreio do presente {x}"]},
    "fr": {"price": ["Tarif : {x}", "💰 {x}", "À partir de {x}"], "pay": ["Rémunération {x} par séance", "Jusqu'à {x} par semaine"],
           "hours": ["Disponible {x}", "Horaires {x}"], "percent": ["Photos {x} réelles", "{x} discrète"],
           "date": ["Seulement jusqu'au {x}", "Publié le {x}"], "booking_ref": ["Référence {x}"],
           "room": ["Hôtel, {x}"], "post_id": ["Annonce n° {x}", "ID {x}"], "order": ["Commande remontée n° {x}"],
           "tracking": ["Colis cadeau, suivi {x}"]},
    "de": {"price": ["Preis: {x}", "💰 {x}", "Ab {x}"], "pay": ["Gage {x} pro Shooting", "Bis zu {x} pro Woche"],
           "hours": ["Erreichbar {x}", "Zeiten {x}"], "percent": ["{x} echte Fotos", "{x} diskret"],
           "date": ["Nur bis {x}", "Eingestellt am {x}"], "booking_ref": ["Buchungsnr. {x}"],
           "room": ["Hotel, {x}"], "post_id": ["Anzeigen-ID {x}", "Inserat #{x}"], "order": ["Push-Bestellung {x}"],
           "tracking": ["Geschenkpaket, Sendung {x}"]},
    "it": {"price": ["Tariffa: {x}", "💰 {x}", "Da {x}"], "pay": ["Compenso {x} a servizio", "Fino a {x} a settimana"],
           "hours": ["Disponibile {x}", "Orari {x}"], "percent": ["Foto reali al {x}", "{x} discreta"],
           "date": ["Solo fino al {x}", "Pubblicato il {x}"], "booking_ref": ["Codice prenotazione {x}"],
           "room": ["Hotel, {x}"], "post_id": ["Annuncio n. {x}", "ID {x}"], "order": ["Ordine in evidenza n. {x}"],
           "tracking": ["Pacco regalo, tracking {x}"]},
    "ja": {"price": ["料金 {x}", "💰 {x}"], "pay": ["日給 {x}", "時給 {x}"], "hours": ["営業 {x}", "受付 {x}"],
           "percent": ["写真{x}本人", "{x}素人"], "date": ["{x}まで", "{x}掲載"], "booking_ref": ["予約番号 {x}"],
           "room": ["ホテル {x}"], "post_id": ["広告ID {x}", "掲載番号 {x}"], "order": ["注文番号 {x}"],
           "tracking": ["追跡番号 {x}"]},
    "th": {"price": ["ราคา {x}", "💰 {x}"], "pay": ["รายได้ {x}", "ค่าจ้าง {x}"], "hours": ["เวลา {x}", "พร้อม {x}"],
           "percent": ["รูปจริง {x}", "ตรงปก {x}"], "date": ["ถึง {x} เท่านั้น", "โพสต์ {x}"],
           "booking_ref": ["รหัสจอง {x}"], "room": ["โรงแรม {x}"], "post_id": ["รหัสประกาศ {x}"],
           "order": ["เลขออเดอร์ {x}"], "tracking": ["เลขพัสดุ {x}"]},
    "id": {"price": ["Tarif {x}", "💰 {x}", "Mulai {x}"], "pay": ["Gaji {x} per minggu", "Fee {x} per sesi"],
           "hours": ["Ready {x}", "Jam {x}"], "percent": ["Foto asli {x}", "{x} aman"],
           "date": ["Sampai {x} saja", "Diposting {x}"], "booking_ref": ["Kode booking {x}"], "room": ["Hotel, {x}"],
           "post_id": ["ID iklan {x}"], "order": ["Pesanan iklan #{x}"], "tracking": ["Resi paket {x}"]},
    "ms": {"price": ["Harga {x}", "💰 {x}"], "pay": ["Gaji {x} seminggu", "Bayaran {x} sehari"],
           "hours": ["Buka {x}", "Masa {x}"], "percent": ["Gambar asli {x}", "{x} selamat"],
           "date": ["Sehingga {x} sahaja", "Disiar {x}"], "booking_ref": ["Kod tempahan {x}"], "room": ["Hotel, {x}"],
           "post_id": ["ID iklan {x}"], "order": ["Pesanan iklan #{x}"], "tracking": ["Nombor penjejakan {x}"]},
    "ru": {"price": ["Цена {x}", "💰 {x}"], "pay": ["Оплата {x} за съёмку", "Доход {x} в неделю"],
           "hours": ["Работаю {x}", "Время {x}"], "percent": ["Фото {x} мои", "{x} конфиденциально"],
           "date": ["Только до {x}", "Опубликовано {x}"], "booking_ref": ["Номер брони {x}"], "room": ["Отель, {x}"],
           "post_id": ["Объявление № {x}"], "order": ["Заказ продвижения № {x}"], "tracking": ["Трек-номер {x}"]},
    "ar": {"price": ["السعر {x}", "💰 {x}"], "pay": ["راتب {x}", "دخل {x} أسبوعيا"], "hours": ["متاحة {x}", "الدوام {x}"],
           "percent": ["صور حقيقية {x}", "سرية {x}"], "date": ["حتى {x} فقط", "نشر {x}"], "booking_ref": ["رقم الحجز {x}"],
           "room": ["فندق، {x}"], "post_id": ["رقم الإعلان {x}"], "order": ["رقم الطلب {x}"], "tracking": ["رقم الشحنة {x}"]},
}
DT["tl"] = DT["en"]

# money: per country (templates, amounts, thousands separator)
MONEY = {
    "AU": (["AUD {a}", "${a}/hr", "A${a}", "${a} per hour"], [150, 200, 250, 300, 350, 450, 600, 1200], ","),
    "NZ": (["NZ${a}", "${a}/hr", "NZD {a}"], [150, 200, 250, 300, 400, 1000], ","),
    "IN": (["₹{a}", "Rs {a}", "INR {a}", "Rs.{a}/-"], [2000, 3500, 5000, 8000, 12000, 25000], ","),
    "GB": (["£{a}", "£{a}/hr", "£{a} ph"], [100, 120, 150, 200, 250, 1200], ","),
    "IE": (["€{a}", "€{a}/hr", "{a} euro"], [150, 180, 200, 250, 300], ","),
    "JP": (["¥{a}", "{a}円", "￥{a}"], [12000, 15000, 20000, 25000, 30000, 60000], ","),
    "SG": (["S${a}", "SGD {a}", "${a} SGD"], [150, 200, 250, 300, 500], ","),
    "MY": (["RM{a}", "RM {a}"], [150, 250, 300, 350, 500, 1200], ","),
    "PH": (["₱{a}", "PHP {a}", "P{a}"], [1500, 2500, 3000, 5000, 8000], ","),
    "ID": (["Rp {a}", "IDR {a}"], [500000, 800000, 1000000, 1500000, 3000000], "."),
    "TH": (["฿{a}", "{a} บาท", "THB {a}"], [1500, 2000, 2500, 3000, 4500, 8000], ","),
    "VN": (["{a}đ", "{a} VND", "VND {a}"], [1000000, 1500000, 2000000, 3000000], "."),
    "HK": (["HK${a}", "HKD {a}"], [800, 1200, 1500, 2000, 3000], ","),
    "AE": (["AED {a}", "{a} dirhams", "{a} درهم"], [500, 700, 800, 1000, 1500], ","),
    "SA": (["SAR {a}", "{a} ريال", "{a} SR"], [400, 500, 700, 1000, 1500], ","),
    "EG": (["EGP {a}", "{a} جنيه", "LE {a}"], [1000, 1500, 2000, 3000, 5000], ","),
    "ZA": (["R{a}", "R {a}", "ZAR {a}"], [800, 1000, 1500, 2000, 3500], " "),
    "NG": (["₦{a}", "NGN {a}"], [30000, 40000, 50000, 80000, 150000], ","),
    "KE": (["KSh {a}", "Ksh{a}", "KES {a}"], [3000, 3500, 5000, 8000, 15000], ","),
    "GH": (["GH₵{a}", "GHS {a}", "₵{a}"], [500, 800, 1000, 1200, 2000], ","),
    "EC": (["USD {a}", "{a} dólares"], [60, 80, 100, 150, 200], ","),
    "CO": (["COP {a}", "${a} COP", "{a} pesos"], [150000, 200000, 250000, 400000, 600000], "."),
    "PE": (["S/ {a}", "S/.{a}", "PEN {a}", "{a} soles"], [200, 250, 300, 400, 600], ","),
    "BR": (["R$ {a}", "R${a}", "{a} reais"], [200, 300, 400, 600, 1000, 1500], "."),
    "AR": (["ARS {a}", "${a} ARS", "{a} pesos"], [30000, 50000, 60000, 80000, 150000], "."),
    "MX": (["MXN {a}", "${a} MXN", "{a} pesos"], [1500, 2000, 2500, 3000, 5000], ","),
    "US": (["${a}", "${a}/hr", "USD {a}", "{a} roses"], [150, 200, 250, 300, 400, 1000], ","),
    "CA": (["CAD {a}", "C${a}", "${a}/hr CAD"], [200, 250, 280, 300, 400], ","),
    "ES": (["{a}€", "{a} €", "{a} euros", "€{a}"], [80, 100, 150, 200, 300, 1000], "."),
    "PT": (["{a}€", "{a} €", "{a} euros"], [80, 100, 150, 200, 1000], "."),
    "FR": (["{a} €", "{a}€", "{a} euros"], [150, 200, 250, 300, 1000], " "),
    "DE": (["{a} €", "{a}€", "{a} Euro", "€{a}/Std"], [150, 200, 250, 300, 1000], "."),
    "IT": (["€{a}", "{a} €", "{a} euro"], [100, 150, 200, 300, 1000], "."),
    "NL": (["€{a}", "€ {a}", "{a} euro"], [150, 200, 250, 300, 1000], "."),
    "RU": (["{a} ₽", "{a} руб", "RUB {a}"], [3000, 5000, 8000, 10000, 25000], " "),
    "SHARED": (["${a}", "${a}/hr", "US${a}", "€{a}", "{a} roses", "{a} roses/hr", "USD {a}"],
               [100, 150, 200, 250, 300, 500, 1000, 1500], ","),
}

CATEGORIES = [("escort", 40), ("massage", 25), ("dating", 20), ("modelling", 15)]
CAT_SLUG = {"escort": ["escorts", "companions", "adult"], "massage": ["massage", "bodyrub", "spa"],
            "dating": ["dating", "personals", "companionship"], "modelling": ["jobs", "modelling", "casting"]}
DECOY_KINDS = {
    "escort": ["price", "age", "height", "measurements", "weight", "hours", "percent", "date", "room", "booking_ref",
               "post_id"],
    "dating": ["price", "age", "height", "measurements", "hours", "percent", "date", "room", "post_id", "order"],
    "massage": ["price", "hours", "percent", "date", "room", "booking_ref", "post_id", "order", "age"],
    "modelling": ["pay", "age", "height", "measurements", "date", "post_id", "order", "tracking", "booking_ref"],
}
STATS_KINDS = ("age", "height", "measurements", "weight")

GROUP_COUNTS = {
    "dev": {"no_phone": 24, "ambiguous": 12, "international": 30, "calling_code": 30, "format": 30, "text": 78,
            "url": 51, "region": 21, "location": 15, "region_location": 9},
    "heldout": {"no_phone": 40, "ambiguous": 20, "international": 50, "calling_code": 50, "format": 50, "text": 130,
                "url": 85, "region": 35, "location": 25, "region_location": 15},
}
FAMILIES = ["grouped", "digit_sep", "words", "leet", "letter_o", "glued", "escape", "spoken_cc", "split",
            "local_digits"]
GROUPED_SHARE = 0.4
GROUPED_SHARE_EARLY = 0.15  # while some applicable family has not been used yet in this country
LOCAL_SHARE = 0.5  # of mentions in posts written in Arabic, Japanese or Thai from AE/SA/EG, JP, TH

# ---------------------------------------------------------------------------------------------
# helpers


def has_digit(s):
    return any(unicodedata.digit(c, None) is not None for c in s)


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def to_local(s, lang, rng=None, partial=False):
    tab = LOCAL_DIGITS[lang]
    if not partial:
        return "".join(tab[int(c)] if c.isascii() and c.isdigit() else ("＋" if c == "+" and lang == "ja" and rng and rng.random() < .5 else c) for c in s)
    # partial: convert whole space-separated groups, keep at least one group local
    parts = s.split(" ")
    idx = [i for i, p in enumerate(parts) if any(ch.isdigit() for ch in p)]
    keep = set(rng.sample(idx, max(1, len(idx) // 2))) if len(idx) > 1 else set()
    return " ".join(p if i in keep else "".join(tab[int(c)] if c.isdigit() else c for c in p)
                    for i, p in enumerate(parts))


def chunks(s, sizes):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out[-1] += s[i:]
    return out


def regroup(rng, s, nanp=False):
    if nanp:
        return chunks(s, [3, 3, 4])
    pat = rng.choice([[3, 3, 4], [4, 3, 3], [2, 2, 2, 2, 2], [3, 4, 4], [4, 4, 4], [3, 3, 3, 3], [2, 4, 4]])
    out = chunks(s, pat)
    if len(out[-1]) == 1 and len(out) > 1:
        out[-2] += out[-1]
        out.pop()
    return out


# ---------------------------------------------------------------------------------------------
# rendering of numbers


def nat_group_list(num, rng):
    if rng.random() < 0.6 or len(num.nat_groups) < 2:
        g = list(num.nat_groups)
        if len(g) < 2:
            g = regroup(rng, num.nat_digits, num.cc == "1")
        return g
    return regroup(rng, num.nat_digits, num.cc == "1")


def intl_group_list(num, rng):
    if rng.random() < 0.6 and len(num.intl_groups) >= 2:
        return list(num.intl_groups)
    return regroup(rng, num.nsn, num.cc == "1")


def render_grouped_national(num, rng):
    r = rng.random()
    if r < 0.3:
        raw = num.nat_fmt
    elif r < 0.5:
        raw = num.nat_digits
    elif r < 0.8:
        raw = rng.choice([" ", "-", ".", " - ", "  "]).join(nat_group_list(num, rng))
    else:
        g = num.nat_groups
        if len(g) >= 3 and g[0].startswith("0") and "(" not in num.nat_fmt:
            raw = "(" + g[0] + ") " + rng.choice([" ", "-"]).join(g[1:])
        else:
            raw = rng.choice([" ", "-"]).join(nat_group_list(num, rng))
    return raw, num.nat_digits


def render_grouped_intl(num, rng, allow_bare=True):
    """returns raw, digits, bare(bool)"""
    cc, nsn = num.cc, num.nsn
    g = intl_group_list(num, rng)
    forms = ["std", "std", "e164", "ccnsn", "00", "00sp", "paren", "dash", "dot"]
    if num.trunk0:
        forms += ["zero", "zero"]
    if allow_bare:
        forms += ["bare", "bare"]
    f = rng.choice(forms)
    sp = rng.choice([" ", " ", "-", "."])
    if f == "std":
        return ("+" + cc + " " + sp.join(g)) if rng.random() < .6 else num.intl_fmt, cc + nsn, False
    if f == "e164":
        return "+" + cc + nsn, cc + nsn, False
    if f == "ccnsn":
        return "+" + cc + " " + nsn, cc + nsn, False
    if f == "00":
        return "00" + cc + " " + sp.join(g), "00" + cc + nsn, False
    if f == "00sp":
        return "00 " + cc + " " + sp.join(g), "00" + cc + nsn, False
    if f == "paren":
        return "(+" + cc + ") " + sp.join(g), cc + nsn, False
    if f == "dash":
        return "+" + cc + "-" + "-".join(g), cc + nsn, False
    if f == "dot":
        return "+" + cc + "." + ".".join(g), cc + nsn, False
    if f == "zero":
        return "+" + cc + " (0)" + sp.join(g), cc + "0" + nsn, False
    if f == "bare":
        return cc + " " + sp.join(g), cc + nsn, True
    raise AssertionError(f)


def word_tokens(digs, lang, rng, leet=False):
    """list of (text, digits) tokens spelling digs; English may use homophones and multipliers."""
    words = WORDS[lang]
    if lang == "ja" and rng.random() < 0.35:
        words = JA_KANA
    eng = lang in ("en", "tl")
    use_mult = eng and rng.random() < 0.45
    use_homo = eng and not leet and rng.random() < 0.3
    use_oh = eng and rng.random() < 0.25
    toks = []
    i = 0
    while i < len(digs):
        d = digs[i]
        if use_mult:
            if digs[i:i + 3] == d * 3 and rng.random() < .8:
                toks.append(("triple " + words[int(d)], d * 3, "mult"))
                i += 3
                continue
            if digs[i:i + 2] == d * 2 and rng.random() < .7:
                w = words[int(d)] if rng.random() < .6 else d
                toks.append(("double " + w, d * 2, "mult"))
                i += 2
                continue
            if d != "0" and digs[i + 1:] == "000" and rng.random() < .9:
                w = words[int(d)] if rng.random() < .5 else d
                toks.append((w + " thousand", d + "000", "mult"))
                i += 4
                continue
            if d != "0" and digs[i + 1:] == "00" and rng.random() < .9:
                w = words[int(d)] if rng.random() < .5 else d
                toks.append((w + " hundred", d + "00", "mult"))
                i += 3
                continue
        w = words[int(d)]
        if use_oh and d == "0" and rng.random() < .5:
            w = "oh"
        if use_homo and d in HOMOPHONES and rng.random() < .5:
            w = rng.choice(HOMOPHONES[d])
        toks.append((w, d, "w"))
        i += 1
    if leet:
        out, nleet = [], 0
        for t, dd, k in toks:
            if k == "mult":
                t2 = t.replace("thousand", "th0usand").replace("hundred", "hundr3d").replace("double", "d0uble").replace("triple", "tr1ple")
                t2 = t2 if rng.random() < .6 else t
                nleet += t2 != t
                out.append((t2, dd, k))
                continue
            if rng.random() < 0.65:
                if lang in ("en", "tl") or lang not in LATIN_LANGS:
                    t2 = rng.choice(LEET_EN[dd])
                else:
                    t2 = leetify(t, rng)
                nleet += t2 != t
                out.append((t2, dd, k))
            else:
                if lang not in LATIN_LANGS:
                    t = WORDS["en"][int(dd)]
                out.append((t, dd, k))
        if nleet == 0:
            for j, (t, dd, k) in enumerate(out):
                if k == "w":
                    out[j] = (LEET_EN[dd][0], dd, k)
                    break
        toks = out
    return toks


def leetify(word, rng):
    tab = {"o": "0", "e": "3", "i": "1"}
    pos = [i for i, c in enumerate(word) if c in tab and i > 0]
    if not pos:
        return word
    pick = {rng.choice(pos)}
    return "".join(tab[c] if i in pick else c for i, c in enumerate(word))


def join_tokens(toks, lang, rng, style):
    """style: space, hyphen, glued, upper, mixed"""
    if lang in ("ja", "th"):
        sep = rng.choice(["", "", " "])
    elif lang in ("ar", "ru"):
        sep = rng.choice([" ", " ", "-"]) if lang == "ru" else " "
    else:
        sep = {"space": " ", "hyphen": "-", "glued": "", "upper": rng.choice([" ", ""]), "mixed": rng.choice([" ", ""])}[style]
    texts = [t for t, _, _ in toks]
    if style == "upper" and lang in LATIN_LANGS:
        texts = [t.upper() for t in texts]
    if sep == "":
        # multi-word tokens (double seven) keep their inner space; glue the rest
        return "".join(texts)
    return sep.join(texts)


def render_words(num, intl, lang, rng, leet=False):
    """returns raw, digits"""
    if intl:
        zero = rng.random() < 0.3
        body = num.nsn
        toks = word_tokens(body, lang, rng, leet)
        style = rng.choice(["space", "space", "hyphen", "glued", "upper"])
        words = join_tokens(toks, lang, rng, style)
        pre = ("00" + num.cc) if zero else ("+" + num.cc)
        digits = ("00" if zero else "") + num.cc + body
        return pre + " " + words, digits
    digs = num.nat_digits
    style = rng.choice(["space", "space", "hyphen", "glued", "upper", "mixed", "mixed", "groups"])
    if style == "groups":
        groups = nat_group_list(num, rng)
        gsep = rng.choice([", ", " - ", " / ", "  ", " . "])
        inner = rng.choice([" ", "", "-"]) if lang in LATIN_LANGS else ("" if lang in ("ja", "th") else " ")
        parts = []
        for g in groups:
            toks = word_tokens(g, lang, rng, leet)
            parts.append(inner.join(t for t, _, _ in toks))
        raw = gsep.join(parts)
        if rng.random() < .3 and lang in LATIN_LANGS:
            raw = raw.upper()
        return raw, digs
    if style == "mixed":
        toks = word_tokens(digs, lang, rng, leet)
        n = len(toks)
        keep = set(rng.sample(range(n), max(1, int(n * rng.uniform(.3, .55)))))
        if leet:
            # leave at least one leet token as a word
            wordi = [i for i in range(n) if i not in keep]
            if not wordi:
                keep.discard(next(iter(sorted(keep))))
        glued = rng.random() < .5 and not leet
        up = rng.random() < .4 and lang in LATIN_LANGS
        wsep = "" if lang in ("ja", "th") else (rng.choice(["", " "]) if glued else " ")
        out = ""
        prev = None
        for i, (t, dd, k) in enumerate(toks):
            cur = "d" if i in keep else "w"
            piece = dd if cur == "d" else (t.upper() if up else t)
            if prev is None:
                out = piece
            elif prev == "d" and cur == "d":
                out += piece
            elif glued:
                out += ("" if (prev == "d" or cur == "d") else wsep) + piece
            else:
                out += " " + piece
            prev = cur
        if not any(i not in keep for i in range(n)):
            raise AssertionError("mixed without words")
        return out, digs
    toks = word_tokens(digs, lang, rng, leet)
    return join_tokens(toks, lang, rng, style), digs


def render_digit_sep(num, intl, rng):
    if intl:
        zero = rng.random() < 0.3
        prefix, body = ("00", num.cc + num.nsn) if zero else ("+", num.cc + num.nsn)
        digits = ("00" if zero else "") + num.cc + num.nsn
        if zero:
            body = "00" + body
            prefix = ""
    else:
        prefix, body, digits = "", num.nat_digits, num.nat_digits
    mode = rng.choice(["each", "each", "pair", "groups"])
    sep = rng.choice(DIGIT_SEPS)
    if mode != "groups" and sep == " ":
        sep = rng.choice(["@", "!", "•"])
    if rng.random() < 0.15 and sep not in ("::", " "):
        sep = sep * 2
    alt = rng.choice(["-", ".", "~", "*"]) if rng.random() < 0.15 else None
    if mode == "each":
        parts = list(body)
    elif mode == "pair":
        parts = chunks(body, [2] * 20)
    else:
        parts = regroup(rng, body, num.cc == "1") if not intl else ([num.cc] + intl_group_list(num, rng) if not zero else ["00" + num.cc] + intl_group_list(num, rng))
        sep = rng.choice(["'", "•", "|", "~", ":", "*", "/", "·"])
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        out += (alt if alt and i % 2 else sep) + p
    return prefix + out, digits


def render_letter_o(num, intl, rng):
    if intl:
        raw, digits, _ = render_grouped_intl(num, rng, allow_bare=False)
        if "0" not in raw or rng.random() < 0.3:
            raw = "00" + num.cc + " " + " ".join(intl_group_list(num, rng))
            digits = "00" + num.cc + num.nsn
    else:
        raw, digits = render_grouped_national(num, rng)
    zeros = [i for i, c in enumerate(raw) if c == "0"]
    if not zeros:
        return None
    up = rng.random() < 0.65
    if rng.random() < 0.5:
        pick = set(zeros)
    else:
        pick = set(rng.sample(zeros, max(1, len(zeros) // 2)))
    raw = "".join(("O" if up else "o") if i in pick else c for i, c in enumerate(raw))
    return raw, digits


def render_escape(num, intl, rng):
    esc = rng.choice(ESCAPES)
    if rng.random() < 0.2:
        esc2 = rng.choice(ESCAPES)
    else:
        esc2 = esc
    if intl:
        zero = rng.random() < 0.25
        g = intl_group_list(num, rng)
        head = ("00" if zero else "+") + num.cc
        parts = [head] + g
        digits = ("00" if zero else "") + num.cc + num.nsn
    else:
        parts = nat_group_list(num, rng)
        if len(parts) < 2:
            parts = regroup(rng, num.nat_digits, num.cc == "1")
        digits = num.nat_digits
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        out += (esc2 if i % 2 else esc) + p
    return out, digits


def render_spoken_cc(num, lang, rng):
    words = WORDS[lang] if lang != "ja" else JA_KANA
    zero = rng.random() < 0.35
    ccw = [words[int(d)] for d in num.cc]
    if lang in ("ja", "th"):
        ccs = "".join(ccw) if rng.random() < .5 else " ".join(ccw)
    else:
        ccs = " ".join(ccw)
    if zero:
        head = rng.choice(DOUBLE_ZERO[lang]) + " " + ccs
        digits = "00" + num.cc + num.nsn
    else:
        head = rng.choice(PLUS_WORD[lang]) + " " + ccs
        digits = num.cc + num.nsn
    if lang in LATIN_LANGS and rng.random() < 0.25:
        head = head.upper()
    r = rng.random()
    if r < 0.6:
        rest = rng.choice([" ", "-", "."]).join(intl_group_list(num, rng))
    elif r < 0.75:
        rest = num.nsn
    else:
        toks = word_tokens(num.nsn, lang, rng)
        rest = join_tokens(toks, lang, rng, rng.choice(["space", "hyphen"]))
    return head + rng.choice([" ", " ", ", ", " - "]) + rest, digits


def render_local(num, intl, lang, rng):
    if intl:
        raw, digits, _ = render_grouped_intl(num, rng, allow_bare=False)
    else:
        raw, digits = render_grouped_national(num, rng)
    if rng.random() < 0.2 and " " in raw:
        raw = to_local(raw, lang, rng, partial=True)
    else:
        raw = to_local(raw, lang, rng)
    if not any(c in LOCAL_DIGITS[lang] for c in raw):
        raw = to_local(raw, lang, rng)
    return raw, digits


def render_split(num, intl, lang, rng):
    if intl:
        g = intl_group_list(num, rng)
        zero = rng.random() < 0.25
        head = ("00" if zero else "+") + num.cc
        parts = [head] + g
        digits = ("00" if zero else "") + num.cc + num.nsn
    else:
        parts = nat_group_list(num, rng)
        if len(parts) < 2:
            parts = regroup(rng, num.nat_digits, num.cc == "1")
        digits = num.nat_digits
    k = rng.randrange(1, len(parts))
    sep_in = rng.choice([" ", "-", " "])
    breaks = list(SPLIT_BREAKS)
    if lang in ("en", "tl"):
        breaks += [" / rest: ", " (cont.) "]
    br = rng.choice(breaks)
    raw = sep_in.join(parts[:k]) + br + sep_in.join(parts[k:])
    return raw, digits


# ---------------------------------------------------------------------------------------------
# decoys


def fmt_amount(a, sep):
    s = str(a)
    if a < 1000 or sep is None:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(country, shared, rng):
    tpls, amounts, sep = MONEY["SHARED" if shared else country]
    a = rng.choice(amounts)
    use_sep = sep if rng.random() < 0.7 else None
    return rng.choice(tpls).replace("{a}", fmt_amount(a, use_sep))


def date_raw(lang, rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2024, 2025])
    mon_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"][m - 1]
    if lang == "ja":
        return rng.choice(["%d月%d日" % (m, d), "%d/%d" % (m, d), "%d年%d月%d日" % (y, m, d)])
    if lang == "th":
        return rng.choice(["%d/%d/%d" % (d, m, y + 543), "%02d/%02d" % (d, m)])
    if lang in ("en", "tl"):
        return rng.choice(["%02d/%02d" % (d, m), "%d/%d/%d" % (d, m, y), "%s %d" % (mon_en, d), "%d-%02d-%02d" % (y, m, d),
                           "%s %dth" % (mon_en[:3], d) if d not in (1, 2, 3, 21, 22, 23) else "%s %d" % (mon_en, d)])
    if lang == "de":
        return rng.choice(["%02d.%02d." % (d, m), "%d.%d.%d" % (d, m, y)])
    if lang == "ru":
        return rng.choice(["%02d.%02d" % (d, m), "%02d.%02d.%d" % (d, m, y)])
    return rng.choice(["%02d/%02d" % (d, m), "%d/%d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])


def hours_raw(lang, rng):
    if lang in ("en", "tl"):
        return rng.choice(["10am-2am", "24/7", "11am till 3am", "9pm - 5am", "10:00-02:00", "12pm to 4am", "24hrs"])
    if lang == "ja":
        return rng.choice(["10:00〜翌5:00", "24時間", "18時〜翌3時"])
    if lang == "th":
        return rng.choice(["24 ชม.", "10.00-02.00 น.", "24/7"])
    if lang == "ru":
        return rng.choice(["24/7", "с 10 до 22", "круглосуточно с 9:00"])
    if lang == "ar":
        return rng.choice(["24/7", "من 10 مساء", "24 ساعة"])
    if lang == "de":
        return rng.choice(["24/7", "10-22 Uhr", "ab 18 Uhr"])
    if lang == "fr":
        return rng.choice(["24h/24", "de 10h à 22h", "7j/7"])
    return rng.choice(["24/7", "10:00-22:00", "de 10 a 22 hs", "10h às 22h" if lang == "pt" else "24 horas"])


def decoy_raw(kind, lang, country, shared, cat, rng):
    if kind in ("price", "pay"):
        return money(country, shared, rng)
    if kind == "age":
        n = rng.randint(19, 34)
        if cat == "modelling" and rng.random() < .6:
            return "%d-%d" % (18, rng.choice([25, 28, 30, 35]))
        f = {"en": ["{n} yo", "{n}y/o", "{n} years old", "age {n}", "{n}yrs"], "tl": ["{n} y/o", "{n} yrs old"],
             "es": ["{n} años"], "pt": ["{n} anos", "{n}a"], "fr": ["{n} ans"], "de": ["{n} Jahre", "{n} J."],
             "it": ["{n} anni"], "ja": ["{n}歳"], "th": ["อายุ {n}", "{n} ปี"], "id": ["umur {n}", "{n} thn"],
             "ms": ["umur {n}", "{n} tahun"], "ru": ["{n} лет", "{n} года"], "ar": ["{n} سنة", "العمر {n}"]}[lang]
        return rng.choice(f).replace("{n}", str(n))
    if kind == "height":
        if lang in ("en", "tl") and rng.random() < .5:
            return rng.choice(["5'%d\"" % rng.randint(1, 9), "5ft %din" % rng.randint(1, 9), "5'%d" % rng.randint(2, 8)])
        return rng.choice(["%dcm" % rng.randint(152, 178), "%d cm" % rng.randint(152, 178), "1.%02d m" % rng.randint(52, 78),
                           "T%d" % rng.randint(155, 175)])
    if kind == "measurements":
        if lang in ("en", "tl", "ja") and rng.random() < .6:
            return rng.choice(["%d%s-%d-%d" % (rng.choice([32, 34, 36]), rng.choice(["B", "C", "D", "DD"]),
                                                rng.choice([23, 24, 25, 26]), rng.choice([34, 35, 36, 38])),
                               "%d%s" % (rng.choice([32, 34, 36]), rng.choice(["C", "D", "DD"]))])
        return "%d-%d-%d" % (rng.choice([86, 88, 90, 92]), rng.choice([58, 60, 62]), rng.choice([88, 90, 92, 95]))
    if kind == "weight":
        return rng.choice(["%dkg" % rng.randint(45, 60), "%d kg" % rng.randint(45, 60), "%d lbs" % rng.randint(100, 130)])
    if kind == "hours":
        return hours_raw(lang, rng)
    if kind == "percent":
        return rng.choice(["100%", "100 %", "100%"])
    if kind == "date":
        return date_raw(lang, rng)
    if kind == "booking_ref":
        L3 = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return rng.choice(["BK-%05d" % rng.randint(10000, 99999), "%s%s-%04d" % (rng.choice(L3), rng.choice(L3), rng.randint(1000, 9999)),
                           "#BK%d%02d%02d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)),
                           "REF %04d-%s%s" % (rng.randint(1000, 9999), rng.choice(L3), rng.choice(L3))])
    if kind == "room":
        n = rng.choice([rng.randint(101, 1899), rng.randint(2001, 3899)])
        f = {"en": ["Room {n}", "rm {n}", "room #{n}"], "tl": ["Room {n}", "unit {n}"], "es": ["habitación {n}", "hab. {n}"],
             "pt": ["quarto {n}", "apto {n}"], "fr": ["chambre {n}"], "de": ["Zimmer {n}"], "it": ["camera {n}", "stanza {n}"],
             "ja": ["{n}号室"], "th": ["ห้อง {n}"], "id": ["kamar {n}"], "ms": ["bilik {n}"], "ru": ["номер {n}"],
             "ar": ["غرفة {n}"]}[lang]
        return rng.choice(f).replace("{n}", str(n))
    if kind == "post_id":
        return str(rng.randint(10 ** 6, 10 ** 9 - 1))
    if kind == "order":
        return rng.choice([str(rng.randint(10 ** 8, 10 ** 12 - 1)), "%d%02d%02d-%04d" % (rng.choice([2024, 2025]), rng.randint(1, 12),
                                                                                          rng.randint(1, 28), rng.randint(0, 9999))])
    if kind == "tracking":
        return rng.choice(["SPX%010d" % rng.randint(0, 10 ** 10 - 1),
                           "1Z%s%s%s%08d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                              rng.choice("0123456789"), rng.randint(0, 10 ** 8 - 1)),
                           "LX%09dCN" % rng.randint(0, 10 ** 9 - 1), "JNE%010d" % rng.randint(0, 10 ** 10 - 1)])
    raise AssertionError(kind)


def localize_decoy(raw, lang, rng):
    if lang in LOCAL_DIGITS and rng.random() < 0.3:
        return "".join(LOCAL_DIGITS[lang][int(c)] if c.isascii() and c.isdigit() else c for c in raw)
    return raw


# ---------------------------------------------------------------------------------------------
# fields and posts


class Field:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.n = 0
        self.spans = []  # (kind, info)

    def text(self, s):
        assert not has_digit(s), repr(s)
        self.parts.append(s)
        self.n += len(s)

    def span(self, kind, raw, info):
        assert raw and raw == raw.strip(" "), repr(raw)
        if self.spans and self.spans[-1][1]["end"] == self.n:
            raise AssertionError("touching spans")
        info = dict(info)
        info.update(field=self.name, start=self.n, end=self.n + len(raw), raw=raw)
        self.parts.append(raw)
        self.n += len(raw)
        self.spans.append((kind, info))

    def value(self):
        return "".join(self.parts)


class Family:
    """per-country choice of disguise families: spoken_cc at the first international mention and
    local_digits at the first mention in a local-script post; then, while some applicable family is
    unused in this country, mostly an unused one; after that local_digits at a fixed share in
    local-script posts, grouped at a fixed share, otherwise the least used one (ties at random). So
    every family turns up in every country where it makes sense, and grouped stays the most common."""

    def __init__(self, rng, local):
        self.rng = rng
        self.local = local
        self.used = Counter()

    def take(self, ok):
        fams = [f for f in FAMILIES if ok(f)]
        rare = [f for f in ("spoken_cc", "local_digits") if f in fams and self.used[f] == 0]
        unused = [f for f in fams if self.used[f] == 0]
        if rare:
            f = rare[0]
        elif unused and self.rng.random() >= GROUPED_SHARE_EARLY:
            f = self.rng.choice(unused)
        elif "local_digits" in fams and self.rng.random() < LOCAL_SHARE:
            f = "local_digits"
        elif self.rng.random() < GROUPED_SHARE:
            f = "grouped"
        else:
            low = min(self.used[f] for f in fams)
            f = self.rng.choice([f for f in fams if self.used[f] == low])
        self.used[f] += 1
        return f


class Writer:
    def __init__(self, split, pools, fmt, ambig, sites):
        self.split = split
        self.rng = random.Random(SPLIT_SEEDS[split])
        self.pool = {c: list(v) for c, v in pools[split].items()}
        self.fmt = {c: list(v) for c, v in fmt[split].items()}
        self.ambig = list(ambig[split])
        self.sites = sites
        self.fam = {c: Family(random.Random(SPLIT_SEEDS[split] * 100 + i), c in ("JP", "TH", "AE", "SA", "EG"))
                    for i, c in enumerate(COUNTRIES)}
        self.amb_fam = Family(random.Random(SPLIT_SEEDS[split] * 7 + 1), False)
        self.site_i = 0

    # --- numbers
    def take_number(self, country, pred=lambda n: True, fmt=False):
        src = self.fmt[country] if fmt else self.pool[country]
        for i, n in enumerate(src):
            if pred(n):
                return src.pop(i)
        if fmt:
            raise RuntimeError("format pool exhausted for %s" % country)
        raise RuntimeError("pool exhausted for %s" % country)

    def next_site(self):
        s = self.sites[self.site_i % len(self.sites)]
        self.site_i += 1
        return s

    # --- planning
    def plan(self):
        rng = self.rng
        counts = GROUP_COUNTS[self.split]
        plans = []
        cyc = {}

        def next_country(group, choices):
            key = "fmt" if group == "format" else "all"
            if not cyc.get(key):
                lst = list(choices)
                rng.shuffle(lst)
                cyc[key] = lst
            return cyc[key].pop()

        fmt_countries = []
        for c in sorted(self.fmt):
            fmt_countries += [c] * len(self.fmt[c])
        for group, k in counts.items():
            for _ in range(k):
                p = {"group": group}
                if group == "ambiguous":
                    p["country"] = None
                elif group == "format":
                    p["country"] = next_country("format", fmt_countries)
                else:
                    # the five local-digit countries get a few more posts (ten families to cover)
                    p["country"] = next_country(group, COUNTRIES + ["JP", "TH", "AE", "SA", "EG"])
                plans.append(p)
        rng.shuffle(plans)
        return plans

    def choose_lang(self, p):
        c, g = p["country"], p["group"]
        if g == "ambiguous":
            return "en"
        if g == "format":
            return wchoice(self.rng, FORMAT_LANGS.get(c, [("en", 1)]))
        return wchoice(self.rng, LANGS[c])

    # --- rendering a mention
    def render(self, num, intl, lang, field, country, amb=False):
        rng = self.rng
        fam_q = self.amb_fam if amb else self.fam[country]

        def ok(f):
            if f == "spoken_cc":
                return intl
            if f == "local_digits":
                return (not amb) and lang in LOCAL_DIGIT_COUNTRIES and country in LOCAL_DIGIT_COUNTRIES[lang]
            if f == "split":
                return field == "body"
            if f == "letter_o":
                return intl or "0" in num.nat_digits
            return True

        fam = fam_q.take(ok)
        bare = False
        glue = None
        if fam == "grouped":
            if intl:
                raw, digits, bare = render_grouped_intl(num, rng)
            else:
                raw, digits = render_grouped_national(num, rng)
        elif fam == "digit_sep":
            raw, digits = render_digit_sep(num, intl, rng)
        elif fam == "words":
            raw, digits = render_words(num, intl, lang, rng)
        elif fam == "leet":
            raw, digits = render_words(num, intl, lang, rng, leet=True)
        elif fam == "letter_o":
            r = render_letter_o(num, intl, rng)
            if r is None:
                fam = "grouped"
                raw, digits = render_grouped_national(num, rng)
            else:
                raw, digits = r
        elif fam == "glued":
            if intl:
                raw, digits, _ = render_grouped_intl(num, rng, allow_bare=False)
                if rng.random() < .5:
                    raw, digits = "+" + num.cc + num.nsn, num.cc + num.nsn
            else:
                if rng.random() < .5:
                    raw, digits = num.nat_digits, num.nat_digits
                else:
                    raw, digits = render_grouped_national(num, rng)
            names = NAMES if lang in LATIN_LANGS else []
            words = L[lang]["glue"]
            pre = rng.choice(names + words + words) if rng.random() < 0.85 or not L[lang]["glue_after"] else ""
            post = rng.choice(L[lang]["glue_after"]) if (not pre or rng.random() < 0.25) and L[lang]["glue_after"] else ""
            if not pre and not post:
                pre = rng.choice(words)
            glue = (pre, post)
        elif fam == "escape":
            raw, digits = render_escape(num, intl, rng)
        elif fam == "spoken_cc":
            raw, digits = render_spoken_cc(num, lang, rng)
        elif fam == "local_digits":
            raw, digits = render_local(num, intl, lang, rng)
        elif fam == "split":
            raw, digits = render_split(num, intl, lang, rng)
        else:
            raise AssertionError(fam)
        cls = fam + (".intl" if intl else ".national")
        return dict(raw=raw, digits=digits, cls=cls, bare=bare, glue=glue)

    # --- writing a mention into a field
    def put_phone(self, fld, lang, m, lead_ok=True):
        rng = self.rng
        r = m["r"]
        b = L[lang]
        if r["bare"]:
            fld.text(rng.choice(b["lead_word"]))
        elif r["glue"]:
            if lead_ok:
                fld.text(rng.choice(["👉 ", "📞 ", "💋 ", "📲 ", "☎️ "]))
        elif lead_ok:
            fld.text(rng.choice(b["lead"] + b["lead_word"]))
        if r["glue"]:
            pre, post = r["glue"]
            if pre:
                fld.text(pre)
        info = m["info"]
        fld.span(m["kind"], r["raw"], info)
        if r["glue"] and r["glue"][1]:
            fld.text(r["glue"][1])
        fld.text(rng.choice(b["tail"]))

    def build(self, idx, p):
        rng = self.rng
        group, country = p["group"], p["country"]
        lang = self.choose_lang(p)
        b = L[lang]
        cat = wchoice(rng, CATEGORIES)
        cue = {"no_phone": None, "ambiguous": None, "international": "international", "calling_code": "calling_code",
               "format": "format", "text": "text", "url": "url", "region": "region", "location": "location",
               "region_location": "region"}[group]
        if group == "no_phone":
            cue = wchoice(rng, [("text", 40), ("url", 30), (None, 22), ("region", 8)])
        shared = group in ("international", "calling_code", "format", "ambiguous") or cue is None
        # --- mentions
        mentions = []
        rs = cue if group != "international" else "international"

        def add_nat(num, field):
            mentions.append(dict(num=num, intl=False, field=field, kind="phone", rs=cue))

        def add_intl(num, field):
            mentions.append(dict(num=num, intl=True, field=field, kind="phone", rs="international"))

        first_field = "title" if rng.random() < 0.25 else "body"
        if group in ("text", "url", "region", "location", "region_location"):
            n1 = self.take_number(country)
            add_nat(n1, first_field)
            if rng.random() < 0.17:
                if rng.random() < 0.5:
                    add_nat(n1, "body")
                else:
                    add_nat(self.take_number(country), "body")
        elif group == "format":
            n1 = self.take_number(country, fmt=True)
            add_nat(n1, first_field)
            if rng.random() < 0.17:
                add_nat(n1, "body")
        elif group == "calling_code":
            n1 = self.take_number(country)
            n2 = self.take_number(country)
            order = rng.random() < 0.5
            if order:
                add_intl(n1, first_field)
                add_nat(n2, "body")
            else:
                add_nat(n2, first_field)
                add_intl(n1, "body")
            if rng.random() < 0.2:
                add_nat(n2, "body")
        elif group == "international":
            n1 = self.take_number(country)
            add_intl(n1, first_field)
            if rng.random() < 0.25:
                add_intl(n1 if rng.random() < 0.5 else self.take_number(country), "body")
        elif group == "ambiguous":
            n1 = self.ambig.pop(0)
            mentions.append(dict(num=n1, intl=False, field=first_field, kind="ambiguous", rs=None))
        # render
        for m in mentions:
            m["r"] = self.render(m["num"], m["intl"], lang, m["field"], country if country else m["num"].country,
                                 amb=m["kind"] == "ambiguous")
            num = m["num"]
            if m["kind"] == "phone":
                m["info"] = {"e164": num.e164, "country": num.country, "class": m["r"]["cls"], "region_source": m["rs"],
                             "raw": None, "digits": m["r"]["digits"], "type": num.type}
            else:
                rd = readings(num.nat_digits)
                cands = sorted(rd)
                m["info"] = {"raw": None, "digits": m["r"]["digits"], "class": m["r"]["cls"],
                             "country_candidates": sorted({r for v in rd.values() for r in v}),
                             "e164_candidates": cands}
        # --- decoys
        kinds_pool = list(DECOY_KINDS[cat])
        nneg = rng.randint(4, 6) if group == "no_phone" else rng.randint(2, 5)
        kinds = []
        while len(kinds) < nneg:
            k = rng.choice(kinds_pool)
            if k in kinds and k not in ("price", "date", "post_id"):
                continue
            if kinds.count(k) >= 2:
                continue
            kinds.append(k)
        if group == "no_phone" and not any(k in ("order", "post_id", "tracking", "booking_ref") for k in kinds):
            kinds[-1] = rng.choice(["order", "post_id"])
        decoys = [(k, localize_decoy(decoy_raw(k, lang, country, shared, cat, rng), lang, rng)
                   if k not in ("booking_ref", "tracking") else decoy_raw(k, lang, country, shared, cat, rng)) for k in kinds]
        # --- city / record fields / url
        city = None
        native = PLACES[country][1] if country else None
        if cue == "text":
            use_native = native and lang in NATIVE_SCRIPT and (
                NATIVE_SCRIPT[lang] == country or (isinstance(NATIVE_SCRIPT[lang], tuple) and country in NATIVE_SCRIPT[lang]))
            city = rng.choice(native if use_native else PLACES[country][0])
        rec_region = country if group in ("region", "region_location") or (group == "no_phone" and cue == "region") else None
        rec_location = rng.choice(PLACES[country][3]) if group in ("location", "region_location") else None
        site_name = self.next_site()
        url_form = "generic"
        cslug = rng.choice(CAT_SLUG[cat])
        postnum = rng.randint(10 ** 6, 10 ** 8)
        if cue == "url":
            forms = ["cctld", "cctld", "subdomain", "path"] if CCTLD[country] else ["subdomain", "path"]
            url_form = rng.choice(forms)
            if url_form == "cctld":
                site = site_name + "." + rng.choice(CCTLD[country])
                url = "https://%s/%s/%d" % (site, cslug, postnum)
            elif url_form == "subdomain":
                site = site_name + "." + rng.choice(["com", "net", "xyz", "club"])
                url = "https://%s.%s/%s/%d" % (rng.choice(PLACES[country][2]), site, cslug, postnum)
            else:
                site = site_name + "." + rng.choice(["com", "net", "xyz", "info"])
                url = "https://%s/%s/%s/%d" % (site, rng.choice(PLACES[country][2]), cslug, postnum)
        else:
            site = site_name + "." + rng.choice(GENERIC_TLD)
            url = "https://%s/%s/%s" % (site, rng.choice(["ad", "post", "listing", "view"]), "%x" % postnum)
        # --- assemble title
        title = Field("title")
        body = Field("body")
        tmention = [m for m in mentions if m["field"] == "title"]
        em = rng.choice(EMOJI)
        if rng.random() < 0.6:
            title.text(em + " ")
        t = rng.choice(b["titles"][cat])
        title.text(t)
        city_in_title = city is not None and rng.random() < 0.45
        if city_in_title:
            title.text(rng.choice([" - ", " | ", " in ", " 📍 ", " • "]) if lang == "en" else rng.choice([" - ", " | ", " 📍 ", " • "]))
            title.text(city.upper() if lang in LATIN_LANGS and rng.random() < .6 else city)
        tdecoys = []
        if decoys and rng.random() < 0.35:
            k = [i for i, (kk, _) in enumerate(decoys) if kk in ("age", "price", "hours", "pay")]
            if k:
                tdecoys.append(decoys.pop(k[0]))
        for kk, raw in tdecoys:
            title.text(rng.choice([" ", " - ", " | ", " • "]))
            title.span("neg", raw, {"kind": kk})
        for m in tmention:
            title.text(rng.choice([" ", " - ", " | ", " ☎️ ", " 📲 "]))
            self.put_phone(title, lang, m, lead_ok=rng.random() < 0.4 or m["r"]["bare"])
        if rng.random() < 0.5:
            title.text(" " + rng.choice(EMOJI) + (rng.choice(EMOJI) if rng.random() < .4 else ""))
        # --- assemble body: list of line builders
        lines = []
        name = rng.choice(NAMES)
        lines.append(("t", pick_line(rng, lang, "intro", cat).replace("{name}", name)))
        if city is not None and not city_in_title:
            lines.insert(rng.randrange(0, 2), ("t", rng.choice(b["city"]).replace("{city}", city)))
        stats = [d for d in decoys if d[0] in STATS_KINDS]
        others = [d for d in decoys if d[0] not in STATS_KINDS]
        if stats:
            lines.append(("stats", stats))
        lines.append(("t", pick_line(rng, lang, "service", cat)))
        for d in others:
            lines.append(("dec", d))
        bm = [m for m in mentions if m["field"] == "body"]
        # contact lines go in the second half
        contact_pos = rng.randrange(max(1, len(lines) // 2), len(lines) + 1)
        for j, m in enumerate(bm):
            lines.insert(contact_pos + j, ("phone", m))
        if rng.random() < 0.6:
            lines.append(("t", rng.choice(b["rules"])))
        if rng.random() < 0.25:
            lines.append(("t", rng.choice(b["mirror"])))
        # shuffle the middle decoy lines a little
        joiner = "\n"
        r = rng.random()
        if r < 0.1:
            joiner = " <br> "
        elif r < 0.2:
            joiner = "\n\n"
        elif r < 0.27:
            joiner = " | "
        for i, ln in enumerate(lines):
            if i:
                body.text(joiner)
            kind = ln[0]
            if kind == "t":
                body.text(ln[1])
            elif kind == "stats":
                body.text(rng.choice(["", "✨ ", "• "]) or (rng.choice(DECO_EMOJI) + " "))
                for j, (kk, raw) in enumerate(ln[1]):
                    if j:
                        body.text(rng.choice([b["join"], " | ", ", ", " / "]))
                    if kk == "height" and lang in ("en", "tl") and rng.random() < .3:
                        body.text("height ")
                    body.span("neg", raw, {"kind": kk})
            elif kind == "dec":
                kk, raw = ln[1]
                tpl = rng.choice(DT[lang][kk])
                pre, post = tpl.split("{x}")
                if not pre:
                    pre = rng.choice(DECO_EMOJI) + " "
                body.text(pre)
                body.span("neg", raw, {"kind": kk})
                body.text(post)
            elif kind == "phone":
                self.put_phone(body, lang, ln[1])
        # --- labels
        phones, ambiguous, negatives = [], [], []
        for fld in (title, body):
            for kind, info in fld.spans:
                if kind == "phone":
                    phones.append({k: info[k] for k in ("e164", "country", "class", "region_source", "raw", "digits", "type",
                                                        "field", "start", "end")})
                elif kind == "ambiguous":
                    ambiguous.append({k: info[k] for k in ("raw", "digits", "class", "field", "start", "end",
                                                           "country_candidates", "e164_candidates")})
                else:
                    negatives.append({"kind": info["kind"], "raw": info["raw"], "field": info["field"],
                                      "start": info["start"], "end": info["end"]})
        month = rng.randint(1, 12)
        rec = {"id": ID_PREFIX[self.split] + "%04d" % idx, "title": title.value(), "body": body.value(), "url": url,
               "site": site, "posted_at": "2025-%02d-%02dT%02d:%02d:%02dZ" % (month, rng.randint(1, 28), rng.randint(0, 23),
                                                                             rng.randint(0, 59), rng.randint(0, 59))}
        if rec_region:
            rec["region"] = rec_region
        if rec_location:
            rec["location"] = rec_location
        rec["labels"] = {"group": group, "cue": cue, "url_form": url_form, "category": cat, "country": country,
                         "language": lang, "phones": phones, "ambiguous": ambiguous, "negatives": negatives,
                         "decoys": sorted({n["kind"] for n in negatives})}
        return rec

    def write(self):
        plans = self.plan()
        return [self.build(i + 1, p) for i, p in enumerate(plans)]


def site_names():
    combos = [a + b for a in SITE_A for b in SITE_B]
    rng = random.Random(16)
    rng.shuffle(combos)
    out = {"dev": [], "heldout": []}
    for i, c in enumerate(combos):
        out["dev" if i % 3 == 0 else "heldout"].append(c)
    return out


def generate():
    pools, fmt, ambig = build_pools()
    sites = site_names()
    return {s: Writer(s, pools, fmt, ambig, sites[s]).write() for s in ("dev", "heldout")}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------------------------------------
# stats


def stats(data):
    out = []

    def table(title, counters):
        keys = sorted(set().union(*[set(c) for c in counters.values()]), key=str)
        out.append("\n%s\n\n| | dev | heldout |\n|---|---:|---:|" % title)
        for k in keys:
            out.append("| %s | %d | %d |" % (k, counters["dev"].get(k, 0), counters["heldout"].get(k, 0)))

    C = {k: {s: Counter() for s in data} for k in ("country", "family", "class", "source", "group", "cue", "url_form",
                                                   "lang", "cat", "decoy", "amb", "misc", "fmt_country")}
    for s, recs in data.items():
        distinct = set()
        for r in recs:
            lab = r["labels"]
            C["group"][s][lab["group"]] += 1
            C["cue"][s][str(lab["cue"])] += 1
            if lab["cue"] == "url":
                C["url_form"][s][lab["url_form"]] += 1
            C["lang"][s][lab["language"]] += 1
            C["cat"][s][lab["category"]] += 1
            for k in lab["decoys"]:
                C["decoy"][s][k] += 1
            C["misc"][s]["posts"] += 1
            C["misc"][s]["phone mentions"] += len(lab["phones"])
            C["misc"][s]["ambiguous mentions"] += len(lab["ambiguous"])
            C["misc"][s]["hard negatives"] += len(lab["negatives"])
            C["misc"][s]["posts with region/location"] += 1 if ("region" in r or "location" in r) else 0
            C["misc"][s]["posts without any phone (decoys only)"] += 1 if not lab["phones"] and not lab["ambiguous"] else 0
            C["misc"][s]["posts with two or more numbers"] += 1 if len(lab["phones"]) + len(lab["ambiguous"]) >= 2 else 0
            C["misc"][s]["posts in English"] += 1 if lab["language"] == "en" else 0
            for p in lab["phones"]:
                distinct.add(p["e164"])
                C["country"][s][p["country"]] += 1
                if p["region_source"] == "format":
                    C["fmt_country"][s][p["country"]] += 1
                C["class"][s][p["class"]] += 1
                C["family"][s][p["class"].split(".")[0]] += 1
                C["source"][s][p["region_source"]] += 1
            for a in lab["ambiguous"]:
                C["amb"][s][a["class"]] += 1
        C["misc"][s]["distinct labelled numbers"] = len(distinct)
    table("Counts", C["misc"])
    table("Phone mentions per country", C["country"])
    table("`format` mentions per country", C["fmt_country"])
    table("Phone mentions per disguise (class family)", C["family"])
    table("Phone mentions per class", C["class"])
    table("Ambiguous mentions per class", C["amb"])
    table("Phone mentions per region_source", C["source"])
    table("Posts per group", C["group"])
    table("Posts per cue (`labels.cue`)", C["cue"])
    table("`url` posts per URL form", C["url_form"])
    table("Posts per language", C["lang"])
    table("Posts per category", C["cat"])
    table("Posts per decoy kind (`labels.decoys`)", C["decoy"])
    # coverage: families per country
    cov = defaultdict(lambda: defaultdict(set))
    for s, recs in data.items():
        for r in recs:
            for p in r["labels"]["phones"]:
                cov[s][p["country"]].add(p["class"].split(".")[0])
    out.append("\nDisguise families missing per country (heldout / dev):\n")
    fams = set(FAMILIES) - {"local_digits"}
    for c in COUNTRIES:
        local = {"local_digits"} if c in ("JP", "TH", "AE", "SA", "EG") else set()
        mh = sorted((fams | local) - cov["heldout"][c])
        md = sorted((fams | local) - cov["dev"][c])
        if mh or md:
            out.append("- %s: %s / %s" % (c, ", ".join(mh) or "-", ", ".join(md) or "-"))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    data = generate()
    if a.stats:
        print(stats(data))
        return 0
    if a.check:
        bad = 0
        for s in data:
            path = os.path.join(HERE, s + ".jsonl")
            cur = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if cur != dumps(data[s]):
                print("differs: %s" % path)
                bad = 1
        return bad
    os.makedirs(a.out, exist_ok=True)
    for s in data:
        with open(os.path.join(a.out, s + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(dumps(data[s]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
