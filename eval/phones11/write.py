#!/usr/bin/env python3
"""Write the phones11 evaluation set: dev.jsonl, heldout.jsonl and README.md.

    python3 write.py            # (re)write the three files
    python3 write.py --check    # exit 1 if any file differs from what this script writes

Standard library only, seeded, byte-identical on every run. Numbers come from number_pool.json
(built once by build_pool.py with libphonenumber); this script only renders them into invented
ads and labels them. Every post, name, domain and number is made up.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = [("dev", "ph11d", 200, 110_201), ("heldout", "ph11h", 400, 110_402)]
PARTITION_SEED = 110_003
NA_SHARE = 0.45
NO_PHONE_SHARE = 0.04

with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as _f:
    POOL = json.load(_f)
SCENARIO = POOL["scenario_countries"]

# ---------------------------------------------------------------------------------------------
# pool helpers


def writing(rec, way):
    w = rec["writings"].get(way)
    if w is None:
        return None
    if "same_as" in w:
        w = rec["writings"][w["same_as"]]
    return w


def strict_regions(rec, way="national"):
    """Scenario countries where these digits, written this way, are a valid number as written."""
    w = writing(rec, way)
    return sorted(r for r, v in w["scenario"].items() if v["as_written"])


def unique_format_region(rec, raw, way="national"):
    """The one country (among those valid as written) whose national format is exactly raw."""
    w = writing(rec, way)
    hits = [r for r, v in w["scenario"].items() if v["as_written"] and v["national"] == raw]
    return hits[0] if len(hits) == 1 else None


def format_matches(rec, raw, way="national"):
    w = writing(rec, way)
    return sorted(r for r, v in w["scenario"].items() if v["as_written"] and v["national"] == raw)


def digits_ascii(s):
    return "".join(c for c in s if "0" <= c <= "9")


class Picker:
    def __init__(self, recs, rng):
        self.rng = rng
        self.by_region = defaultdict(list)
        for r in recs:
            self.by_region[r["region"]].append(r)
        self.used = set()

    def take(self, region, pred=None, kinds=None):
        cands = [r for r in self.by_region[region] if r["e164"] not in self.used
                 and (kinds is None or r["kind"] in kinds) and (pred is None or pred(r))]
        if not cands:
            raise RuntimeError("pool exhausted for %s" % region)
        r = self.rng.choice(cands)
        self.used.add(r["e164"])
        return r

    def count(self, region, pred=None, kinds=None):
        return sum(1 for r in self.by_region[region] if r["e164"] not in self.used
                   and (kinds is None or r["kind"] in kinds) and (pred is None or pred(r)))


def partition():
    rng = random.Random(PARTITION_SEED)
    dev, held = [], []
    for rec in POOL["numbers"]:
        (dev if rng.random() < 1 / 3 else held).append(rec)
    return {"dev": dev, "heldout": held}


# ---------------------------------------------------------------------------------------------
# places

NA_CITIES = [
    # (country, names as a poster writes them, url slug, location field, area codes, postcode, highway)
    ("US", ["Las Vegas", "Vegas", "LV", "the 702", "Sin City"], "lasvegas", "Las Vegas, NV", ["702", "725"], "89109", "I-15"),
    ("US", ["Houston", "H-Town", "HTX", "the Galleria area in Houston"], "houston", "Houston, TX", ["713", "281", "832", "346"], "77057", "I-45"),
    ("US", ["Atlanta", "ATL", "in ATL", "Buckhead"], "atlanta", "Atlanta, GA", ["404", "678", "470", "770"], "30305", "I-285"),
    ("US", ["Jersey", "North Jersey", "NJ", "Jersey City"], "newjersey", "Jersey City, NJ", ["201", "973", "732", "908"], "07302", "GSP"),
    ("US", ["South Jersey", "Cherry Hill NJ", "Atlantic City"], "southjersey", "Cherry Hill, NJ", ["856", "609"], "08002", "the Turnpike"),
    ("US", ["NYC", "Manhattan", "Brooklyn", "Midtown NYC"], "newyork", "New York, NY", ["212", "646", "718", "347", "917"], "10019", "FDR"),
    ("US", ["Miami", "South Beach", "MIA"], "miami", "Miami, FL", ["305", "786"], "33139", "I-95"),
    ("US", ["Chicago", "Chi-town"], "chicago", "Chicago, IL", ["312", "773", "872"], "60611", "I-90"),
    ("US", ["LA", "Los Angeles", "Hollywood", "West LA"], "losangeles", "Los Angeles, CA", ["213", "310", "323", "424", "818"], "90028", "the 405"),
    ("US", ["Dallas", "DFW", "Uptown Dallas"], "dallas", "Dallas, TX", ["214", "469", "972"], "75201", "I-635"),
    ("US", ["Phoenix", "Scottsdale", "PHX"], "phoenix", "Phoenix, AZ", ["602", "480", "623"], "85251", "I-17"),
    ("US", ["Seattle", "Bellevue WA"], "seattle", "Seattle, WA", ["206", "253", "425"], "98101", "I-5"),
    ("US", ["SF", "San Francisco", "Oakland", "San Jose"], "sfbay", "San Francisco, CA", ["415", "510", "408"], "94109", "the 101"),
    ("US", ["NOLA", "New Orleans"], "neworleans", "New Orleans, LA", ["504"], "70112", "I-10"),
    ("US", ["Nashville"], "nashville", "Nashville, TN", ["615"], "37203", "I-40"),
    ("US", ["Portland OR", "PDX"], "portland", "Portland, OR", ["503"], "97209", "I-84"),
    ("US", ["Denver"], "denver", "Denver, CO", ["303", "720"], "80202", "I-25"),
    ("US", ["Detroit", "Motor City"], "detroit", "Detroit, MI", ["313"], "48226", "I-94"),
    ("US", ["Boston"], "boston", "Boston, MA", ["617"], "02116", "I-93"),
    ("US", ["DC", "the DMV"], "washingtondc", "Washington, DC", ["202"], "20005", "I-395"),
    ("US", ["Orlando"], "orlando", "Orlando, FL", ["407"], "32819", "I-4"),
    ("US", ["Tampa"], "tampa", "Tampa, FL", ["813"], "33602", "I-275"),
    ("US", ["San Antonio"], "sanantonio", "San Antonio, TX", ["210"], "78205", "I-35"),
    ("US", ["Austin"], "austin", "Austin, TX", ["512"], "78701", "I-35"),
    ("US", ["San Diego"], "sandiego", "San Diego, CA", ["619"], "92101", "I-8"),
    ("US", ["Sacramento"], "sacramento", "Sacramento, CA", ["916"], "95814", "I-80"),
    ("US", ["Salt Lake", "SLC"], "saltlakecity", "Salt Lake City, UT", ["801"], "84101", "I-15"),
    ("CA", ["Toronto", "the 6ix", "downtown Toronto", "Yorkville"], "toronto", "Toronto, ON", ["416", "647", "437"], "M5V 2T6", "the 401"),
    ("CA", ["Mississauga", "Brampton", "the GTA"], "mississauga", "Mississauga, ON", ["905", "289"], "L5B 3C2", "the 403"),
    ("CA", ["Montréal", "MTL", "Laval"], "montreal", "Montréal, QC", ["514", "438"], "H3B 1A7", "the 40"),
    ("CA", ["Vancouver", "YVR", "Burnaby"], "vancouver", "Vancouver, BC", ["604", "778", "236"], "V6B 1A1", "Hwy 1"),
    ("CA", ["Calgary", "YYC"], "calgary", "Calgary, AB", ["403", "587", "825"], "T2P 1J9", "Deerfoot"),
    ("CA", ["Edmonton", "YEG"], "edmonton", "Edmonton, AB", ["780"], "T5J 0N3", "the Henday"),
    ("CA", ["Ottawa"], "ottawa", "Ottawa, ON", ["613", "343"], "K1P 5J2", "the 417"),
    ("CA", ["Winnipeg"], "winnipeg", "Winnipeg, MB", ["204"], "R3C 4T3", "Hwy 1"),
    ("CA", ["Saskatoon", "Regina"], "saskatoon", "Saskatoon, SK", ["306"], "S7K 1J5", "Hwy 11"),
    ("CA", ["Halifax"], "halifax", "Halifax, NS", ["902"], "B3J 1V2", "Hwy 102"),
    ("CA", ["Kitchener-Waterloo", "Kitchener"], "kitchener", "Kitchener, ON", ["519"], "N2G 4G7", "the 401"),
    ("CA", ["Kelowna"], "kelowna", "Kelowna, BC", ["250"], "V1Y 6H2", "Hwy 97"),
]

# World countries: languages a post may be in, places (title/body), url slugs, location field values,
# ccTLD of example-style domains, currency formats, messengers, addresses with a postcode.
W = {
    "AU": dict(amt=["250", "400", "700"], langs=["en"], places=["Sydney", "Bondi", "Parramatta", "Chatswood", "Melbourne CBD", "St Kilda", "Brisbane", "Surfers Paradise", "Gold Coast", "Adelaide", "Canberra"],
               slugs=["sydney", "melbourne", "brisbane", "goldcoast", "adelaide", "canberra"], locs=["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Surfers Paradise QLD", "Adelaide SA"],
               tld="com.au", cur=["${n}", "AUD {n}"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Bondi", "Bondi NSW 2026"), ("St Kilda", "St Kilda VIC 3182"), ("Surfers Paradise", "Surfers Paradise QLD 4217")]),
    "IN": dict(amt=["3000", "5000", "8000"], langs=["hi", "en", "en"], places=["Mumbai", "Andheri", "Bandra", "Delhi", "Connaught Place", "Gurgaon", "Bangalore", "Koramangala", "Pune", "Hyderabad", "Goa"],
               places_hi=["मुंबई", "दिल्ली", "पुणे"], slugs=["mumbai", "delhi", "bangalore", "pune", "goa"], locs=["Mumbai, Maharashtra", "Delhi NCR", "Bangalore", "Pune", "Goa"],
               tld="in", cur=["₹{n}", "Rs {n}", "INR {n}"], msg=["WhatsApp", "WA"], addr=[("Andheri", "Andheri West 400053"), ("Koramangala", "Koramangala 560034"), ("Connaught Place", "Connaught Place 110001")]),
    "GB": dict(amt=["120", "180", "300"], langs=["en"], places=["London", "Soho", "Marylebone", "Canary Wharf", "Manchester", "Leeds", "Croydon", "Glasgow", "Edinburgh", "Bristol"],
               slugs=["london", "manchester", "leeds", "glasgow", "bristol"], locs=["London", "Manchester", "Leeds, West Yorkshire", "Glasgow", "Bristol"],
               tld="co.uk", cur=["£{n}", "{n} GBP"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Soho", "Soho W1D 3QF"), ("Manchester", "Manchester M1 4BT"), ("Leeds", "Leeds LS1 4AP")]),
    "JP": dict(amt=["15000", "25,000", "40,000"], langs=["ja", "ja", "en"], places=["Shinjuku", "Shibuya", "Ikebukuro", "Roppongi", "Osaka", "Namba", "Umeda"],
               places_ja=["新宿", "渋谷", "池袋", "六本木", "大阪", "難波"], slugs=["tokyo", "shinjuku", "osaka"], locs=["Tokyo", "新宿区", "Osaka"],
               tld="jp", cur=["¥{n}", "{n}円"], msg=["LINE", "LINE ID"], addr=[("新宿", "新宿区 〒160-0022"), ("Shibuya", "Shibuya 150-0002")]),
    "SG": dict(amt=["200", "300", "500"], langs=["en"], places=["Orchard", "Geylang", "Tanjong Pagar", "Bugis", "Novena", "Clarke Quay"],
               slugs=["singapore", "orchard"], locs=["Singapore", "Orchard Road", "Geylang"],
               tld="sg", cur=["S${n}", "SGD {n}"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Orchard", "Orchard Rd S238859"), ("Geylang", "Geylang S389450")]),
    "EC": dict(amt=["60", "100", "180"], langs=["es"], places=["Quito", "Guayaquil", "Cuenca", "La Carolina", "Samborondón", "Urdesa"],
               slugs=["quito", "guayaquil", "cuenca"], locs=["Quito", "Guayaquil", "Cuenca, Azuay"],
               tld="com.ec", cur=["${n}", "{n} dólares"], msg=["WhatsApp", "WA"], addr=[("Quito", "Quito 170135"), ("Guayaquil", "Guayaquil 090505")]),
    "PH": dict(amt=["3000", "5,000", "9k"], langs=["en"], places=["Makati", "BGC", "Pasay", "Quezon City", "Cebu", "Malate", "Ortigas"],
               slugs=["manila", "makati", "cebu"], locs=["Makati City", "Metro Manila", "Cebu City"],
               tld="ph", cur=["₱{n}", "P{n}", "PHP {n}"], msg=["Viber", "WhatsApp", "Telegram"], addr=[("Makati", "Makati 1226"), ("Pasay", "Pasay 1300")]),
    "TH": dict(amt=["2000", "3500", "6,000"], langs=["th", "th", "en"], places=["BKK", "Bangkok", "Sukhumvit", "Nana", "Asok", "Pattaya", "Phuket", "Patong", "Chiang Mai"],
               places_th=["กรุงเทพ", "สุขุมวิท", "พัทยา", "ภูเก็ต"], slugs=["bangkok", "pattaya", "phuket"], locs=["Bangkok", "Pattaya, Chonburi", "Phuket"],
               tld="co.th", cur=["฿{n}", "{n} THB", "{n} บาท"], msg=["LINE", "WhatsApp"], addr=[("Sukhumvit", "Sukhumvit Soi 11, 10110"), ("Pattaya", "Pattaya 20150")]),
    "AE": dict(amt=["600", "1000", "1800"], langs=["ar", "en"], places=["Dubai Marina", "JBR", "Deira", "Bur Dubai", "Al Barsha", "JLT", "Abu Dhabi", "Sharjah", "Dubai"],
               places_ar=["دبي", "أبوظبي", "الشارقة"], slugs=["dubai", "abudhabi", "sharjah"], locs=["Dubai", "Dubai Marina", "Abu Dhabi"],
               tld="ae", cur=["AED {n}", "{n} AED", "{n} dhs"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Dubai Marina", "Dubai Marina, P.O. Box 24857"), ("Al Barsha", "Al Barsha, P.O. Box 390667")]),
    "MX": dict(amt=["1500", "2,500", "4,000"], langs=["es"], places=["CDMX", "Polanco", "Condesa", "Zona Rosa", "Guadalajara", "Monterrey", "Cancún", "Tijuana"],
               slugs=["cdmx", "guadalajara", "monterrey", "cancun"], locs=["Ciudad de México", "Guadalajara, Jal.", "Monterrey, N.L.", "Cancún"],
               tld="com.mx", cur=["${n} MXN", "${n}", "{n} pesos"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Polanco", "Polanco C.P. 11560"), ("Condesa", "Condesa C.P. 06140")]),
    "CO": dict(amt=["200.000", "350.000", "600.000"], langs=["es"], places=["Medellín", "El Poblado", "Bogotá", "Chapinero", "Cali", "Barranquilla", "Laureles"],
               slugs=["medellin", "bogota", "cali"], locs=["Medellín, Antioquia", "Bogotá D.C.", "Cali"],
               tld="com.co", cur=["${n} COP", "${n}"], msg=["WhatsApp", "WA"], addr=[("El Poblado", "El Poblado 050021"), ("Chapinero", "Chapinero 110231")]),
    "BR": dict(amt=["300", "500", "900"], langs=["pt"], places=["São Paulo", "Moema", "Jardins", "Copacabana", "Rio", "BH", "Curitiba", "Brasília"],
               slugs=["saopaulo", "riodejaneiro", "curitiba", "brasilia"], locs=["São Paulo, SP", "Rio de Janeiro, RJ", "Curitiba, PR"],
               tld="com.br", cur=["R$ {n}", "R${n}"], msg=["WhatsApp", "zap", "Telegram"], addr=[("Moema", "Moema CEP 04077-000"), ("Copacabana", "Copacabana CEP 22070-011")]),
    "ZA": dict(amt=["800", "1500", "2500"], langs=["en"], places=["Jo'burg", "Sandton", "Randburg", "Pretoria", "Durban", "Umhlanga", "Cape Town", "Sea Point"],
               slugs=["johannesburg", "capetown", "durban", "pretoria"], locs=["Sandton, Gauteng", "Cape Town", "Durban, KZN"],
               tld="co.za", cur=["R{n}", "R {n}"], msg=["WhatsApp", "WA"], addr=[("Sandton", "Sandton 2196"), ("Sea Point", "Sea Point 8005")]),
    "KE": dict(amt=["5000", "8,000", "15k"], langs=["en"], places=["Nairobi", "Westlands", "Kilimani", "Kileleshwa", "Mombasa", "Nyali"],
               slugs=["nairobi", "mombasa"], locs=["Nairobi", "Westlands, Nairobi", "Mombasa"],
               tld="co.ke", cur=["KSh {n}", "Ksh{n}", "{n}/-"], msg=["WhatsApp", "WA"], addr=[("Westlands", "Westlands, P.O. Box 14563-00800"), ("Kilimani", "Kilimani 00100")]),
    "NG": dict(amt=["30k", "50,000", "100k"], langs=["en"], places=["Lagos", "Lekki", "Victoria Island", "Ikeja", "Abuja", "Wuse 2", "Port Harcourt"],
               slugs=["lagos", "abuja", "portharcourt"], locs=["Lagos", "Lekki, Lagos", "Abuja FCT"],
               tld="com.ng", cur=["₦{n}", "N{n}", "{n} naira"], msg=["WhatsApp", "WA", "Telegram"], addr=[("Lekki", "Lekki Phase 1, 105102"), ("Wuse 2", "Wuse 2, 904101")]),
    "DE": dict(amt=["150", "250", "400"], langs=["de", "de", "en"], places=["Berlin", "Kreuzberg", "Charlottenburg", "Hamburg", "St. Pauli", "München", "Frankfurt", "Köln", "Düsseldorf"],
               slugs=["berlin", "hamburg", "muenchen", "frankfurt", "koeln"], locs=["Berlin", "Hamburg", "München", "Frankfurt am Main"],
               tld="de", cur=["{n}€", "{n} Euro", "€{n}"], msg=["WhatsApp", "Telegram", "SMS"], addr=[("Kreuzberg", "Kreuzberg 10997"), ("St. Pauli", "St. Pauli 20359")]),
    "ES": dict(amt=["100", "180", "300"], langs=["es", "es", "en"], places=["Madrid", "Chamberí", "Barcelona", "Eixample", "Marbella", "Valencia", "Sevilla", "Ibiza"],
               slugs=["madrid", "barcelona", "marbella", "sevilla"], locs=["Madrid", "Barcelona", "Marbella, Málaga", "Sevilla"],
               tld="es", cur=["{n}€", "{n} euros"], msg=["WhatsApp", "Telegram"], addr=[("Chamberí", "Chamberí 28010"), ("Eixample", "Eixample 08007")]),
    "IT": dict(amt=["150", "250", "400"], langs=["it"], places=["Milano", "Navigli", "Roma", "Trastevere", "Napoli", "Torino", "Bologna", "Firenze"],
               slugs=["milano", "roma", "napoli", "torino", "bologna"], locs=["Milano", "Roma", "Napoli", "Bologna"],
               tld="it", cur=["{n}€", "{n} euro"], msg=["WhatsApp", "Telegram"], addr=[("Navigli", "Navigli 20143"), ("Trastevere", "Trastevere 00153")]),
    "RU": dict(amt=["5000", "9000", "15 000"], langs=["ru"], places=["Москва", "СПб", "Питер", "Казань", "Екатеринбург", "Новосибирск", "м. Арбатская"],
               slugs=["moskva", "spb", "kazan", "ekaterinburg"], locs=["Москва", "Санкт-Петербург", "Казань"],
               tld="ru", cur=["{n} руб", "{n}₽", "{n} р."], msg=["Telegram", "WhatsApp", "Viber"], addr=[("Москва", "Москва 125009"), ("Казань", "Казань 420111")]),
    "KZ": dict(amt=["20 000", "35 000", "60 000"], langs=["ru"], places=["Алматы", "Астана", "Шымкент", "Караганда", "Almaty", "Astana"],
               slugs=["almaty", "astana", "shymkent"], locs=["Алматы", "Астана", "Шымкент"],
               tld="kz", cur=["{n} тг", "{n}₸", "{n} тенге"], msg=["WhatsApp", "Telegram"], addr=[("Алматы", "Алматы 050000"), ("Астана", "Астана 010000")]),
}
WORLD = sorted(W)

# ---------------------------------------------------------------------------------------------
# number words (renderers; the test decodes with its own tables)

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_HOMO = {"0": ["oh"], "1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"], "9": ["nein"]}
LANG_WORDS = {
    "en": EN,
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
}
PLUS_WORD = {"en": "plus", "es": "más", "pt": "mais", "it": "più", "de": "plus", "ru": "плюс", "fr": "plus"}
KEYCAP = "\ufe0f\u20e3"
NEG_CIRCLED_A = "⓿❶❷❸❹❺❻❼❽❾"
NEG_CIRCLED_B = "⓿➊➋➌➍➎➏➐➑➒"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
SCRIPTS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "hi": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "ja": "０１２３４５６７８９",
}
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_pair(n):
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return FR_TENS[t]
        return FR_TENS[t] + ("-et-un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante-et-onze" if n == 71 else "soixante-" + fr_pair(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + fr_pair(n - 80)


def case_style(rng, w, style=None):
    style = style or rng.choice(["lower", "upper", "title", "mixed", "lower", "title"])
    if style == "lower":
        return w.lower()
    if style == "upper":
        return w.upper()
    if style == "title":
        return w[:1].upper() + w[1:]
    out = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in w)
    if out in (w.lower(), w.upper()):
        out = w[0].upper() + w[1].lower() + w[2:].upper() if len(w) > 2 else w.upper()
    return out


def groups_nanp(d):
    return [d[:3], d[3:6], d[6:]]


# ---------------------------------------------------------------------------------------------
# NA renderers: each takes the 10 NANP digits, returns the raw text (or None when it cannot apply)


def na_plain(rng, d):
    a, b, c = groups_nanp(d)
    return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s", "(%s)%s-%s",
                       "1-%s-%s-%s", "1 (%s) %s-%s"]) % (a, b, c)


def na_plus1(rng, d):
    a, b, c = groups_nanp(d)
    return rng.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1.%s.%s.%s", "+1%s%s%s", "+1 %s %s %s"]) % (a, b, c)


def _tokens_to_raw(rng, toks, seps=None):
    """toks: list of 3 lists (groups) of rendered digit tokens."""
    sep = rng.choice(seps or ["-", ".", " ", "", " - ", "/"])
    return sep.join("".join(g) for g in toks)


def isolate_letter_digits(toks):
    """A letter O/o/I/l standing for a digit is only readable between digits, never glued to a
    word ("sevenO" would not read as 7 0): next to a word it becomes the digit itself."""
    out = list(toks)
    for i, t in enumerate(out):
        if t in ("O", "o", "I", "l"):
            prev = out[i - 1] if i > 0 else ""
            nxt = out[i + 1] if i + 1 < len(out) else ""
            if (prev and prev[-1].isalpha() and prev not in ("O", "o", "I", "l")) or \
                    (nxt and nxt[0].isalpha() and nxt not in ("O", "o", "I", "l")):
                out[i] = "0" if t in ("O", "o") else "1"
    return out


def na_glued_words(rng, d):
    style = rng.choice([None, "mixed", "upper", "lower"])
    toks = [case_style(rng, EN[int(x)], style) if rng.random() < 0.5 else x for x in d]
    nwords = sum(1 for t in toks if not t.isdigit())
    if nwords < 3:
        for i in rng.sample(range(10), 4):
            toks[i] = case_style(rng, EN[int(d[i])], style)
    if all(not t.isdigit() for t in toks):
        i = rng.randrange(10)
        toks[i] = d[i]
    return _tokens_to_raw(rng, [toks[:3], toks[3:6], toks[6:]])


def na_letters(rng, d):
    if not any(x in "01" for x in d):
        return None
    toks = []
    for x in d:
        if x == "0":
            toks.append(rng.choice(["O", "o", "O", "0"]))
        elif x == "1":
            toks.append(rng.choice(["I", "l", "I", "1"]))
        else:
            toks.append(x)
    if all(t in "0123456789" for t in toks):
        i = next(i for i, x in enumerate(d) if x in "01")
        toks[i] = "O" if d[i] == "0" else "l"
    return _tokens_to_raw(rng, [toks[:3], toks[3:6], toks[6:]], ["-", ".", " ", ""])


def na_homophones(rng, d):
    idx = [i for i, x in enumerate(d) if x in EN_HOMO and (x != "9" or rng.random() < 0.3)]
    if not idx:
        return None
    chosen = set(rng.sample(idx, min(len(idx), rng.choice([2, 3, 4]))))
    toks = []
    for i, x in enumerate(d):
        if i in chosen:
            toks.append(case_style(rng, rng.choice(EN_HOMO[x]), rng.choice(["lower", "upper", "title"])))
        elif rng.random() < 0.3:
            toks.append(case_style(rng, EN[int(x)], "lower"))
        else:
            toks.append(x)
    sep = rng.choice([" ", "-", " - ", "."])
    inner = rng.choice(["", " "])
    return sep.join(inner.join(g) for g in (toks[:3], toks[3:6], toks[6:]))


def na_spelled(rng, d):
    pick = set(rng.sample(range(10), rng.choice([2, 3, 4])))
    letter_sep = rng.choice([" ", ".", " ", "-"])
    toks = []
    for i, x in enumerate(d):
        if i in pick:
            w = EN[int(x)]
            if rng.random() < 0.5:
                w = w.upper()
            toks.append(letter_sep.join(w))
        else:
            toks.append(x)
    gsep = rng.choice(["  ", " / ", " - ", " | "])
    return gsep.join(" ".join(g) for g in (toks[:3], toks[3:6], toks[6:]))


def na_emoji(rng, d):
    kind = rng.choice(["keycap", "keycap", "neg_a", "neg_b", "mixed"])
    toks = []
    for x in d:
        k = kind if kind != "mixed" else rng.choice(["keycap", "neg_b", "digit", "circled"])
        if k == "keycap":
            toks.append(x + KEYCAP)
        elif k == "neg_a":
            toks.append(NEG_CIRCLED_A[int(x)])
        elif k == "neg_b":
            toks.append(NEG_CIRCLED_B[int(x)])
        elif k == "circled":
            toks.append(CIRCLED[int(x)])
        else:
            toks.append(x)
    return _tokens_to_raw(rng, [toks[:3], toks[3:6], toks[6:]], [" ", "", "-", " . "])


def na_separators(rng, d):
    sep = rng.choice([".", "-", "*", "~", " | ", " ", "_", "•", "/", "+", " . "])
    if rng.random() < 0.3:
        gsep = rng.choice(["  ", " -- ", " ... "])
        return gsep.join(sep.join(g) for g in groups_nanp(d))
    return sep.join(d)


SPLIT_FORMS = [
    "{a} then {b} then {c}",
    "{a} ... {b}-{c}",
    "{a} and then {b} {c}",
    "{a} 👉 {b} 👉 {c}",
    "{a} ✨ {b} ✨ {c}",
    "{a} (area code) {b} {c}",
    "{a} and the rest is {b}-{c}",
    "{a}, text {b} then {c}",
]


def na_split(rng, d):
    a, b, c = groups_nanp(d)
    if rng.random() < 0.35:
        a = "".join(case_style(rng, EN[int(x)], "lower") if rng.random() < 0.5 else x for x in a)
    return rng.choice(SPLIT_FORMS).format(a=a, b=b, c=c)


def na_paren_words(rng, d):
    a, b, c = groups_nanp(d)
    style = rng.choice(["lower", "upper", "title", "mixed"])
    inner = [case_style(rng, EN[int(x)], style) if rng.random() < 0.6 else x for x in a]
    if all(t.isdigit() for t in inner):
        inner[0] = case_style(rng, EN[int(a[0])], style)
    rest = rng.choice(["%s-%s", "%s %s", "%s.%s", "%s%s"]) % (b, c)
    if rng.random() < 0.4:
        rest = rest.replace("0", "O")
    return "(" + "".join(inner) + ") " + rest


def na_full_words(rng, d, lang="en"):
    words = LANG_WORDS[lang]
    style = rng.choice(["lower", "upper", "title"])
    toks = []
    for x in d:
        w = words[int(x)]
        if lang == "en" and x == "0" and rng.random() < 0.3:
            w = "oh"
        toks.append(case_style(rng, w, style))
    form = rng.choice(["flat", "commas", "dashes"])
    if form == "flat":
        return " ".join(toks)
    sep = ", " if form == "commas" else " - "
    return sep.join(" ".join(g) for g in (toks[:3], toks[3:6], toks[6:]))


def na_glued_name(rng, d):
    a, b, c = groups_nanp(d)
    return rng.choice(["%s-%s-%s", "%s%s%s", "%s.%s.%s"]) % (a, b, c)


def na_html(rng, d):
    a, b, c = groups_nanp(d)
    return rng.choice(["%s&nbsp;%s&nbsp;%s", "(%s)&nbsp;%s-%s", "%s-<b>%s</b>-%s", "%s&nbsp;-&nbsp;%s&nbsp;-&nbsp;%s",
                       "<b>%s</b>&nbsp;%s&nbsp;%s"]) % (a, b, c)


def na_mixed(rng, d):
    kinds = ["digit", "word", "homo", "letter", "keycap", "neg"]
    toks = []
    used = set()
    for x in d:
        opts = ["digit", "word", "keycap", "neg"]
        if x in EN_HOMO and x != "9":
            opts.append("homo")
        if x in "01":
            opts.append("letter")
        k = rng.choice(opts)
        used.add(k)
        if k == "digit":
            toks.append(x)
        elif k == "word":
            toks.append(case_style(rng, EN[int(x)]))
        elif k == "homo":
            toks.append(case_style(rng, rng.choice(EN_HOMO[x]), "lower"))
        elif k == "letter":
            toks.append("O" if x == "0" else rng.choice(["I", "l"]))
        elif k == "keycap":
            toks.append(x + KEYCAP)
        else:
            toks.append(NEG_CIRCLED_B[int(x)])
    toks = isolate_letter_digits(toks)
    if len(used) < 3:
        return None
    return _tokens_to_raw(rng, [toks[:3], toks[3:6], toks[6:]], [" ", "-", " . ", "  "])


NA_RENDER = {
    "na.plain": na_plain, "na.plus1": na_plus1, "na.glued_words": na_glued_words, "na.letters": na_letters,
    "na.homophones": na_homophones, "na.spelled_letters": na_spelled, "na.emoji_digits": na_emoji,
    "na.separators": na_separators, "na.split": na_split, "na.paren_words": na_paren_words,
    "na.full_words": na_full_words, "na.glued_name": na_glued_name, "na.html_residue": na_html, "na.mixed": na_mixed,
}
NA_CLASSES = sorted(NA_RENDER)
NA_EN_ONLY = ("na.split", "na.homophones")   # English wordplay: not used in French (Montréal) posts
# classes whose raw keeps every digit literally (usable for ambiguous numbers: the scorer matches them by digits)
NA_LITERAL = ["na.plain", "na.separators", "na.emoji_digits", "na.html_residue"]

# ---------------------------------------------------------------------------------------------
# world renderers: rec is a pool record


def trunk_of(rec):
    """The national prefix in the national writing (digits of national format minus the NSN)."""
    nat = digits_ascii(rec["national"])
    return nat[: len(nat) - len(rec["nsn"])] if nat.endswith(rec["nsn"]) else ""


def nat_format(rng, rec, lang):
    return rec["national"]


def nat_compact(rng, rec, lang):
    return digits_ascii(rec["national"])


def nat_regrouped(rng, rec, lang):
    """the national digits grouped some other plausible way (3-3-4, 4-3-3, pairs, ...)"""
    d = digits_ascii(rec["national"])
    n = len(d)
    patterns = []
    for head in ([3, 3], [4, 3], [3, 4], [4], [3], [2, 4], [5]):
        rest = n - sum(head)
        if 2 <= rest <= 4:
            patterns.append(head + [rest])
    if n % 2 == 0:
        patterns.append([2] * (n // 2))
    else:
        patterns.append([3] + [2] * ((n - 3) // 2))
    rng.shuffle(patterns)
    for sizes in patterns:
        parts, i = [], 0
        for s in sizes:
            parts.append(d[i:i + s])
            i += s
        raw = rng.choice([" ", "-", ".", " - "]).join(parts)
        if not format_matches(rec, raw) and raw != rec["national"]:
            return raw
    return None


def nat_nsn(rng, rec, lang):
    t = trunk_of(rec)
    if not t:
        return None
    nat = rec["national"]
    # drop the trunk prefix and whatever punctuation came with it
    i = 0
    seen = ""
    while seen != t:
        if nat[i].isdigit():
            seen += nat[i]
        i += 1
    rest = nat[i:].lstrip(" ")
    if rest.startswith("(") and rng.random() < 0.5:
        rest = rest.replace("(", "").replace(")", "")
    return rest


def to_script(s, lang):
    digs = SCRIPTS[lang]
    out = "".join(digs[int(c)] if "0" <= c <= "9" else c for c in s)
    if lang == "ja":
        out = out.replace("-", "－").replace("+", "＋")
    return out


def nat_nonlatin(rng, rec, lang):
    if lang not in SCRIPTS:
        return None
    return to_script(rec["national"] if rng.random() < 0.7 else digits_ascii(rec["national"]), lang)


def nat_words(rng, rec, lang):
    if lang not in LANG_WORDS or lang == "fr":
        return None
    words = LANG_WORDS[lang]
    d = digits_ascii(rec["national"])
    parts = [p for p in rec["national"].replace("(", "").replace(")", "").replace("-", " ").split(" ") if p]
    out = []
    for p in parts:
        toks = []
        for x in p:
            w = words[int(x)]
            if lang == "pt" and x == "6" and rng.random() < 0.5:
                w = "meia"
            toks.append(w)
        out.append(" ".join(toks))
    assert digits_ascii("".join(parts)) == d
    return rng.choice([", ", " - ", " "]).join(out)


def nat_obfuscated(rng, rec, lang, literal=False):
    d = digits_ascii(rec["national"])
    kind = rng.choice(["sep", "keycap", "neg"] + ([] if literal else ["letters", "letters"]))
    if kind == "sep":
        return rng.choice([".", "-", "*", " ", "~"]).join(d)
    if kind == "keycap":
        return "".join(x + KEYCAP for x in d)
    if kind == "neg":
        return "".join(NEG_CIRCLED_B[int(x)] for x in d)
    if not any(x in "01" for x in d):
        return ".".join(d)
    out = []
    for p in rec["national"].split(" "):
        out.append("".join(("O" if x == "0" else "I") if x in "01" and rng.random() < 0.7 else x for x in p))
    raw = " ".join(out)
    if raw == rec["national"]:
        raw = raw.replace("0", "O", 1).replace("1", "I", 1)
    return raw


def intl_groups(rec):
    return rec["groups"]


def intl_plus(rng, rec, lang):
    g = intl_groups(rec)
    form = rng.choice(["pool", "compact", "dash", "space"])
    if form == "pool":
        return rec["international"]
    if form == "compact":
        return "+" + rec["cc"] + "".join(g)
    if form == "dash":
        return "+" + rec["cc"] + "-" + "-".join(g)
    return "+" + rec["cc"] + " " + " ".join(g)


def intl_00(rng, rec, lang):
    g = intl_groups(rec)
    sep = rng.choice([" ", "-", ""])
    return "00" + rec["cc"] + sep + ("" if sep == "" else rng.choice([" ", ""])).join(g)


def intl_paren(rng, rec, lang):
    g = intl_groups(rec)
    return "(+" + rec["cc"] + ")" + rng.choice([" ", ""]) + " ".join(g)


def intl_trunk0(rng, rec, lang):
    if trunk_of(rec) != "0":
        return None
    g = intl_groups(rec)
    return "+" + rec["cc"] + " (0)" + rng.choice(["", " "]) + " ".join(g)


def intl_words(rng, rec, lang):
    g = intl_groups(rec)
    if rec["cc"] == "33":
        # French style, in pairs: plus trente-trois, six, douze, ...
        nsn = rec["nsn"]
        pairs = [nsn[0]] + [nsn[i:i + 2] for i in range(1, len(nsn), 2)]
        out = ["plus trente-trois"]
        for p in pairs:
            if len(p) == 2 and p[0] == "0":
                out.append("zéro " + FR_UNITS[int(p[1])])
            else:
                out.append(fr_pair(int(p)))
        return ", ".join(out)
    wl = lang if lang in LANG_WORDS and lang != "fr" else "en"
    words = LANG_WORDS[wl]
    style = rng.choice(["lower", "upper", "title"]) if wl == "en" else "lower"
    cc_words = " ".join(case_style(rng, words[int(x)], style) for x in rec["cc"])
    body = ", ".join(" ".join(case_style(rng, words[int(x)], style) for x in p) for p in g)
    if wl == "en" and rng.random() < 0.4:
        lead = " ".join(case_style(rng, "zero", style) for _ in range(2))
        return lead + " " + cc_words + ", " + body
    return case_style(rng, PLUS_WORD[wl], style) + " " + cc_words + ", " + body


def intl_nonlatin(rng, rec, lang):
    if lang not in SCRIPTS:
        return None
    return to_script(rec["international"], lang)


def intl_messenger(rng, rec, lang):
    return intl_plus(rng, rec, lang)


def nat_messenger(rng, rec, lang):
    return rng.choice([rec["national"], digits_ascii(rec["national"])])


NO_TRUNK_HABIT = {"IN", "RU", "KZ", "PH", "AE", "NG", "KE", "AU"}
WORLD_NAT = {"nat.format": nat_format, "nat.compact": nat_compact, "nat.regrouped": nat_regrouped,
             "nat.no_trunk": nat_nsn, "nat.nonlatin": nat_nonlatin, "nat.words": nat_words,
             "nat.obfuscated": nat_obfuscated, "nat.messenger": nat_messenger}
WORLD_INTL = {"intl.plus": intl_plus, "intl.00": intl_00, "intl.paren": intl_paren, "intl.trunk0": intl_trunk0,
              "intl.words": intl_words, "intl.nonlatin": intl_nonlatin, "intl.messenger": intl_messenger}

# ---------------------------------------------------------------------------------------------
# text: phrases per language

PH = {
    "en": dict(
        greet=["Hey gentlemen 😘", "Hi guys!!", "HELLO BOYS 💋💋", "Welcome 🌸", "Hiii handsome 😍", "Gentlemen only 🎩",
               "HEY DADDY 😈", "Good morning loves ☀️"],
        desc=["Sweet, classy and discreet 💎", "Real pics, no surprises", "Outcall to hotels &amp; homes", "Incall &amp; outcall available",
              "Private upscale apartment", "GFE and relaxing massage", "Clean, friendly, fun", "NO RUSH service ❤️",
              "Open minded and very sweet", "Ask about my specials 😈", "New girl just arrived ✈️", "Body to body massage &amp; more",
              "LOW RATES TODAY ONLY", "I DON'T DO PAYPAL OR DEPOSITS", "Party friendly 🍾", "Hot stone &amp; nuru massage",
              "Sexy Latina, long hair, big smile", "Petite Asian doll", "Thick and juicy 🍑", "Just visiting, LIMITED TIME"],
        avail=["Available {t}", "Open {t}", "Hours: {t}", "Im up {t}"],
        contact=["📱 {n}", "Call or text {n}", "Text me {n} 💋", "TEXT ONLY {n}", "☎️ {n} ☎️", "my number is {n}",
                 "Contact: {n}", "Booking: {n}", "💋 CALL ME 💋 {n}", "{n} 📲 text first"],
        contact2=["or my second line {n}", "Backup phone: {n}", "if no answer try {n}", "2nd #: {n}"],
        again=["again that's {n}", "Once more: {n}", "(that is {n})", "Number again - {n}"],
        place=["Located in {p}", "Incall in {p}", "I'm in {p} this week", "{p} outcall only", "Visiting {p} 💋", "Staying near {p}"],
        closing=["xoxo 💋", "See you soon 😘", "No blocked numbers", "Serious gentlemen only", "No law enforcement", "Don't be shy 😉",
                 "Screening required"],
        nophone=["Contact me through the site messenger only", "Number in my pics 😉", "DM me here, no calls", "Message me on the app"]),
    "es": dict(
        greet=["Hola caballeros 😘", "Hola amor 💋", "Bienvenidos 🌹", "Hola guapo 😍"],
        desc=["Chica nueva, muy cariñosa", "Fotos reales, sin sorpresas", "Atiendo en departamento privado", "Masajes relajantes y más",
              "Discreta y elegante 💎", "Trato de novia", "Solo hoy PRECIO ESPECIAL", "Hoteles y domicilios"],
        avail=["Disponible {t}", "Horario {t}", "Atiendo {t}"],
        contact=["Llámame al {n}", "WhatsApp: {n}", "Escríbeme {n} 💋", "Citas al {n}", "📱 {n}"],
        contact2=["o a mi otro número {n}", "Otro número: {n}"],
        again=["otra vez: {n}", "(es {n})"],
        place=["Estoy en {p}", "Zona {p}", "Departamento privado en {p}", "De visita en {p}"],
        closing=["Besos 😘", "Solo caballeros", "Te espero 🔥", "No contesto números privados"],
        nophone=["Contáctame por el chat de la página", "Mi número en las fotos 😉"]),
    "pt": dict(
        greet=["Oi amor 😘", "Olá meninos 💋", "Oi gato 😍"],
        desc=["Garota nova na cidade", "Atendo em local próprio", "Massagem relaxante e muito carinho", "Fotos reais",
              "Discreta e carinhosa", "Atendo hotéis e motéis"],
        avail=["Atendo {t}", "Horário {t}"],
        contact=["Me chama no zap {n}", "WhatsApp {n}", "Ligue {n}", "📱 {n}"],
        contact2=["ou no outro número {n}"],
        again=["de novo: {n}"],
        place=["Estou em {p}", "Atendo em {p}", "Local próprio em {p}"],
        closing=["Beijos 💋", "Só homens educados"],
        nophone=["Chama no chat do site", "Número nas fotos 😉"]),
    "fr": dict(
        greet=["Bonjour messieurs 😘", "Coucou 💋", "Salut mon chéri 😍"],
        desc=["Nouvelle en ville", "Douce et discrète", "Massage relaxant et plus", "Photos réelles", "Reçoit en appartement privé"],
        avail=["Disponible {t}", "Ouverte {t}"],
        contact=["Appelez-moi au {n}", "SMS {n}", "Joignable au {n}", "📱 {n}"],
        contact2=["ou au {n}"],
        again=["je répète : {n}"],
        place=["Je suis à {p}", "De passage à {p}", "Reçoit à {p}"],
        closing=["Bisous 💋", "Pas de numéros masqués"],
        nophone=["Contact par la messagerie du site"]),
    "de": dict(
        greet=["Hallo Männer 😘", "Hi ihr Lieben 💋", "Hallo Schatz 😍"],
        desc=["Neu in der Stadt", "Diskret und sauber", "Massage und mehr", "Echte Bilder", "Privatwohnung, Haus- und Hotelbesuche"],
        avail=["Erreichbar {t}", "Termine {t}"],
        contact=["Ruf mich an: {n}", "SMS/WhatsApp {n}", "Termine unter {n}", "📱 {n}"],
        contact2=["oder {n}", "Zweitnummer: {n}"],
        again=["nochmal: {n}"],
        place=["Ich bin in {p}", "Privatwohnung in {p}", "Nur kurz in {p}"],
        closing=["Küsschen 💋", "Keine SMS mit unterdrückter Nummer"],
        nophone=["Kontakt nur über die Plattform"]),
    "it": dict(
        greet=["Ciao amore 😘", "Ciao ragazzi 💋", "Ciao tesoro 😍"],
        desc=["Nuova in città", "Dolce e raffinata", "Massaggi rilassanti", "Foto reali", "Ambiente riservato"],
        avail=["Disponibile {t}", "Orari {t}"],
        contact=["Chiamami al {n}", "WhatsApp {n}", "Solo chiamate {n}", "📱 {n}"],
        contact2=["oppure {n}"],
        again=["ripeto: {n}"],
        place=["Sono a {p}", "Zona {p}", "Di passaggio a {p}"],
        closing=["Baci 💋", "No numeri anonimi"],
        nophone=["Contattami tramite il sito"]),
    "ru": dict(
        greet=["Привет, мальчики 😘", "Добро пожаловать 💋", "Привет, милый 😍"],
        desc=["Новенькая в городе", "Ласковая и нежная", "Массаж и не только", "Фото реальные", "Апартаменты и выезд"],
        avail=["Работаю {t}", "Звонить {t}"],
        contact=["Звони {n}", "Пиши в Телеграм {n}", "WhatsApp {n}", "Тел: {n}", "📱 {n}"],
        contact2=["или {n}", "Второй номер: {n}"],
        again=["ещё раз: {n}"],
        place=["Я в {p}", "Район {p}", "Апартаменты {p}"],
        closing=["Целую 💋", "Скрытые номера не беру"],
        nophone=["Пиши в личку на сайте"]),
    "ar": dict(
        greet=["مرحبا 😘", "أهلاً بكم 💋"],
        desc=["جديدة في المدينة", "مساج مريح وخدمة راقية", "صور حقيقية"],
        avail=["متاحة {t}"],
        contact=["اتصل {n}", "واتساب {n}", "📱 {n}"],
        contact2=["أو {n}"],
        again=["مرة أخرى {n}"],
        place=["في {p}", "متواجدة في {p}"],
        closing=["💋💋", "لا أرد على الأرقام المخفية"],
        nophone=["تواصل عبر الموقع فقط"]),
    "th": dict(
        greet=["สวัสดีค่ะ 😘", "ยินดีต้อนรับ 💋"],
        desc=["นวดผ่อนคลาย", "น้องใหม่ น่ารัก", "รูปจริง"],
        avail=["เปิด {t}"],
        contact=["โทร {n}", "แอดไลน์ {n}", "LINE: {n}", "📱 {n}"],
        contact2=["หรือ {n}"],
        again=["อีกครั้ง {n}"],
        place=["อยู่ {p}", "ย่าน {p}"],
        closing=["💋💋", "ไม่รับสายเบอร์ส่วนตัว"],
        nophone=["ติดต่อผ่านเว็บเท่านั้น"]),
    "ja": dict(
        greet=["こんにちは😘", "はじめまして💋"],
        desc=["新人です", "癒しのマッサージ", "写真は本人です"],
        avail=["営業 {t}"],
        contact=["電話 {n}", "LINE {n}", "お問い合わせ {n}", "📱 {n}"],
        contact2=["または {n}"],
        again=["もう一度 {n}"],
        place=["{p}エリア", "{p}駅近く"],
        closing=["💋💋", "非通知はお断り"],
        nophone=["サイトのメッセージでご連絡ください"]),
    "hi": dict(
        greet=["नमस्ते 😘", "स्वागत है 💋"],
        desc=["नई लड़की", "मसाज और अधिक", "असली फोटो"],
        avail=["उपलब्ध {t}"],
        contact=["कॉल करें {n}", "व्हाट्सएप {n}", "📱 {n}"],
        contact2=["या {n}"],
        again=["फिर से {n}"],
        place=["{p} में", "{p} में उपलब्ध"],
        closing=["💋💋"],
        nophone=["साइट पर संपर्क करें"]),
}

NA_TITLE_ADJ = ["SEXY", "NEW", "SWEET", "EXOTIC", "PETITE", "CURVY", "BUSTY", "YOUNG", "SPOILED", "THICK", "UPSCALE", "HOT", "GORGEOUS"]
NA_TITLE_WHO = ["LATINA", "BLONDE", "EBONY", "ASIAN", "REDHEAD", "BRUNETTE", "SPINNER", "COLLEGE GIRL", "MASSAGE", "MILF", "PUERTO RICAN", "SNOW BUNNY"]
EMOJI = ["🔥", "💋", "❤️", "😍", "💦", "🍑", "🌹", "✨", "💎", "😈", "👅", "🌸", "⭐", "🍒"]
NAMES = ["Candy", "Bella", "Mia", "Jade", "Roxy", "Kitty", "Honey", "Lola", "Nikki", "Amber", "Destiny", "Luna", "Coco", "Sasha",
         "Tiffany", "Cherry", "Angel", "Diamond", "Sky", "Vicky", "Nina", "Kim", "Jasmine", "Bianca"]
WORLD_TITLE = {
    "en": ["{E} NEW GIRL {E}", "{E} SEXY {W} {E}", "BEST MASSAGE {E}", "{E} {W} ESCORT {E}", "{E} REAL PICS {E}", "{E} VIP COMPANION {E}"],
    "es": ["{E} CHICA NUEVA {E}", "{E} MASAJES {E}", "{E} LATINA ARDIENTE {E}", "{E} ESCORT VIP {E}"],
    "pt": ["{E} NOVIDADE {E}", "{E} ACOMPANHANTE {E}", "{E} MASSAGEM {E}"],
    "fr": ["{E} NOUVELLE {E}", "{E} MASSAGE {E}"],
    "de": ["{E} NEU {E}", "{E} HAUSBESUCHE {E}", "{E} MASSAGE {E}"],
    "it": ["{E} NOVITÀ {E}", "{E} MASSAGGI {E}"],
    "ru": ["{E} НОВЕНЬКАЯ {E}", "{E} МАССАЖ {E}", "{E} ИНДИВИДУАЛКА {E}"],
    "ar": ["{E} مساج {E}", "{E} جديدة {E}"],
    "th": ["{E} นวด {E}", "{E} น้องใหม่ {E}"],
    "ja": ["{E} 新人 {E}", "{E} 癒し {E}"],
    "hi": ["{E} नई {E}", "{E} मसाज {E}"],
}
WORLD_WHO = ["BLONDE", "BRUNETTE", "CURVY", "PETITE", "BUSTY", "SPORTY", "TATTOOED", "REDHEAD"]

# ---------------------------------------------------------------------------------------------
# decoys


def money(rng, cur, n):
    return cur.replace("{n}", n)


def dec_rate(rng, ctx):
    cur = ctx.get("cur")
    if not cur:
        return rng.choice(["150hh 250h 400 2hrs", "QV 100 | HH 160 | H 250", "1h 200 / 2h 350 / overnight 1200",
                           "30min 120 - 1hr 200", "Rates: 100 qv, 150 hh, 250 hr", "half hour 150, hour 250"])
    c = rng.choice(cur)
    amounts = ctx.get("amounts", ["150", "250", "400"])
    a = [money(rng, c, x) for x in amounts]
    return rng.choice(["💰 {0} 30min | {1} 1h | {2} 2h", "Rates: {0} hh / {1} hr", "{1}/hr, {2} 2hrs", "RATES 👉 {0} QV • {1} H • {2} 2H"]).format(*a)


def dec_age(rng, ctx):
    a = rng.randint(19, 29)
    lang = ctx["lang"]
    if lang == "es":
        return "%d años" % a
    if lang == "pt":
        return "%d anos" % a
    if lang == "de":
        return "%d Jahre" % a
    if lang == "it":
        return "%d anni" % a
    if lang == "ru":
        return "мне %d" % a
    if lang == "ja":
        return "%d歳" % a
    return rng.choice(["%dyo", "age %d", "%d y/o", "I'm %d", "%d years young"]) % a


def dec_measure(rng, ctx):
    return rng.choice(["34DD", "36-24-36", "32C", "34B-25-36", "90-60-90", "38DDD", "36C", "34D 26 38"])


def dec_height(rng, ctx):
    if ctx["lang"] == "en" and ctx.get("imperial"):
        return rng.choice(["5'4", "5'6\"", "5ft 2", "5'7 tall"])
    return rng.choice(["165cm", "170 cm", "158cm", "1,68 m"])


def dec_weight(rng, ctx):
    if ctx["lang"] == "en" and ctx.get("imperial"):
        return rng.choice(["120lbs", "135 lbs", "115lb"])
    return rng.choice(["52kg", "55 kg", "48kg"])


def dec_time(rng, ctx):
    return rng.choice(["2am-4am", "24/7", "10:30 till late", "10am - 2am", "from 11:00 to 23:00", "24h", "9pm-5am", "12-midnight"])


def dec_date(rng, ctx):
    m = rng.randint(1, 12)
    day = rng.randint(1, 28)
    if ctx.get("imperial"):
        return rng.choice(["here %d/%d - %d/%d only" % (m, day, m, day + 2), "till %d/%d" % (m, day)])
    return rng.choice(["hasta el %d/%02d" % (day, m) if ctx["lang"] == "es" else "until %02d.%02d." % (day, m),
                       "%d-%d %s" % (day, day + 2, rng.choice(["Dec", "Jan", "Mar", "Jun"]))])


def dec_year(rng, ctx):
    return rng.choice(["since 2019", "reviews since 2017", "new pics 2024", "est. 2015"])


def dec_street(rng, ctx):
    if ctx["lang"] != "en" and not (ctx["lang"] == "fr" and ctx.get("imperial")):
        return None   # English-style street addresses: English posts and Montréal
    return rng.choice(["near %d Main St" % rng.randint(100, 9800), "%d Park Ave, suite upstairs" % rng.randint(10, 999),
                       "behind %d Oak Street" % rng.randint(100, 4000)])


def dec_adid(rng, ctx):
    return rng.choice(["Post ID: %d" % rng.randint(100_000_000, 999_999_999), "Ad #%d" % rng.randint(10_000, 99_999),
                       "Ref: %d-%d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)), "ID %d" % rng.randint(10**11, 10**12 - 1)])


def dec_tracking(rng, ctx):
    alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
    return rng.choice(["tracking 1Z" + "".join(rng.choice(alnum) for _ in range(16)),
                       "verif code %d" % rng.randint(10**13, 10**14 - 1),
                       "hash %s" % "".join(rng.choice("0123456789") for _ in range(18))])


def dec_order(rng, ctx):
    return rng.choice(["order #A-%d" % rng.randint(10000, 99999), "booking ref %d" % rng.randint(100000, 999999),
                       "voucher no. %d/%d" % (rng.randint(100, 999), rng.randint(2020, 2025))])


def dec_bank(rng, ctx):
    return rng.choice(["deposit acct %d (bank transfer only)" % rng.randint(10**9, 10**10 - 1),
                       "card ending %04d" % rng.randint(0, 9999), "acct no. %d" % rng.randint(10**8, 10**9 - 1)])


def iban(rng, cc, blen):
    bban = "".join(rng.choice("0123456789") for _ in range(blen))
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dec_iban(rng, ctx):
    cc = {"DE": ("DE", 18), "ES": ("ES", 20), "IT": ("IT", 23)}.get(ctx.get("country"))
    if not cc:
        return None
    if cc[0] == "IT":
        return "IBAN " + iban_it(rng)
    return "IBAN " + iban(rng, cc[0], cc[1])


def iban_it(rng):
    bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(22))
    num = "".join(str(int(ch, 36)) for ch in (bban + "IT00"))
    check = 98 - int(num) % 97
    s = "IT%02d%s" % (check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dec_percent(rng, ctx):
    return rng.choice(["100% real", "100% REAL PICS", "50% off first visit", "💯% discreet"]) if ctx["lang"] == "en" else "100%"


def dec_room(rng, ctx):
    return rng.choice(["Room %d" % rng.randint(101, 2599), "hotel rm %d" % rng.randint(101, 999), "suite %d" % rng.randint(100, 999)])


def dec_highway(rng, ctx):
    if not ctx.get("imperial"):
        return None   # North American posts only
    hw = ctx.get("highway")
    if hw:
        return rng.choice(["right off %s" % hw, "off %s exit %d" % (hw, rng.randint(2, 60))])
    return "exit %d" % rng.randint(2, 60)


def dec_model(rng, ctx):
    return rng.choice(["shot on iPhone 15", "Galaxy S23 pics", "model SM-G991B", "Canon EOS 90D photos", "BMW X5 outcall"])


def dec_postcode(rng, ctx):
    return ctx.get("postcode_line")


DECOYS = {"rate": dec_rate, "age": dec_age, "measurements": dec_measure, "height": dec_height, "weight": dec_weight,
          "time": dec_time, "date": dec_date, "year": dec_year, "street_number": dec_street, "ad_id": dec_adid,
          "tracking": dec_tracking, "order_ref": dec_order, "bank": dec_bank, "iban": dec_iban, "percent": dec_percent,
          "room": dec_room, "highway": dec_highway, "model": dec_model, "postcode": dec_postcode}
ALWAYS_OK = ["rate", "age", "measurements", "height", "weight", "time", "date", "year", "ad_id", "tracking",
             "order_ref", "bank", "percent", "room", "highway", "model", "street_number"]

# ---------------------------------------------------------------------------------------------
# mentions and assembly


class M:
    def __init__(self, raw, label, ambiguous=False):
        self.raw = raw
        self.label = label
        self.ambiguous = ambiguous


def shout(s):
    """ALL CAPS, but HTML entities stay as the site wrote them (&amp;, not &AMP;)"""
    return re.sub(r"&([A-Z]+);", lambda x: "&" + x.group(1).lower() + ";", s.upper())


def split_tpl(tpl, m):
    a, b = tpl.split("{n}")
    out = []
    if a:
        out.append(a)
    out.append(m)
    if b:
        out.append(b)
    return out


def is_digit_char(c):
    return unicodedata.digit(c, None) is not None


def check_boundaries(text, start, raw):
    end = start + len(raw)
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and is_digit_char(before):
        raise ValueError("digit before %r" % raw)
    if after and (is_digit_char(after) or after in "\u20e3\ufe0f"):
        raise ValueError("digit after %r" % raw)
    if raw[0].isalpha() and before.isalpha():
        raise ValueError("letter before %r" % raw)
    if raw[-1].isalpha() and after.isalpha():
        raise ValueError("letter after %r" % raw)


def assemble(title_items, body_items):
    fields = {}
    found = []
    for field, items in (("title", title_items), ("body", body_items)):
        text = ""
        spans = []
        for it in items:
            if isinstance(it, M):
                spans.append((len(text), it))
                text += it.raw
            else:
                text += it
        for start, m in spans:
            check_boundaries(text, start, m.raw)
            found.append((field, start, m))
        fields[field] = text
    phones, amb = [], []
    for field, start, m in found:
        lab = dict(m.label)
        lab["raw"] = m.raw
        lab["field"] = field
        (amb if m.ambiguous else phones).append(lab)
    return fields, phones, amb


# ---------------------------------------------------------------------------------------------
# label builders

PHONE_KEYS = ["e164", "raw", "field", "class", "region_source", "region", "evidence"]
AMB_KEYS = ["raw", "digits", "field", "class", "e164_candidates", "regions"]


def phone_label(rec, cls, source, region, evidence):
    return {"e164": rec["e164"], "class": cls, "region_source": source, "region": region, "evidence": evidence}


def amb_label(rec, raw, cls, way="national"):
    regs = strict_regions(rec, way)
    w = writing(rec, way)
    return {"digits": digits_ascii_any(raw), "class": cls, "e164_candidates": sorted(w["scenario"][r]["e164"] for r in regs),
            "regions": regs}


def digits_ascii_any(s):
    out = []
    for c in s:
        d = unicodedata.digit(c, None)
        if d is not None:
            out.append(str(d))
    return "".join(out)


def order_label(lab, keys):
    return {k: lab[k] for k in keys}


# ---------------------------------------------------------------------------------------------
# post builder


class Gen:
    def __init__(self, split, prefix, n, seed, recs):
        self.split = split
        self.prefix = prefix
        self.n = n
        self.rng = random.Random(seed)
        self.pick = Picker(recs, random.Random(seed + 1))
        self.decks = {}

    def draw_class(self, name, items, ok):
        """Next class from a shuffled deck of `items` that `ok` accepts. Classes it skips stay in
        the deck, so every class keeps coming up as often as the posts allow."""
        d = self.decks.setdefault(name, [])
        for attempt in range(2):
            for i in range(len(d) - 1, -1, -1):
                if ok(d[i]):
                    return d.pop(i)
            fresh = list(items)
            self.rng.shuffle(fresh)
            d[:0] = fresh
        raise RuntimeError("no class fits for %s" % name)

    # -- common text pieces
    def joiner(self):
        return self.rng.choice(["<br>", "<br>\n", "\n", "<br /><br />", "<br><br>", " &nbsp; ", "</p><p>"])

    def title_na(self, city_name=None, name=None):
        r = self.rng
        e = r.choice(EMOJI)
        parts = [e * r.choice([1, 2, 3]), r.choice(NA_TITLE_ADJ), r.choice(NA_TITLE_WHO)]
        if city_name:
            parts.insert(r.randrange(1, 4), city_name.upper() if r.random() < 0.5 else city_name)
        if r.random() < 0.5:
            parts.append(r.choice(["NEW IN TOWN", "INCALL &amp; OUTCALL", "AVAILABLE NOW", "LAST DAY", "SPECIALS"]))
        if name:
            parts.insert(1, name)
        parts.append(e * r.choice([1, 2]))
        return " ".join(parts)

    def title_world(self, lang, place=None):
        r = self.rng
        t = r.choice(WORLD_TITLE[lang]).replace("{E}", r.choice(EMOJI) * r.choice([1, 2])).replace("{W}", r.choice(WORLD_WHO))
        if place:
            t = t + " " + place if r.random() < 0.5 else place.upper() + " " + t
        return t

    def decoys(self, ctx, k, allowed=None):
        r = self.rng
        kinds = list(allowed or ALWAYS_OK)
        r.shuffle(kinds)
        out = []
        for kind in kinds:
            if len(out) >= k:
                break
            s = DECOYS[kind](r, ctx)
            if s:
                out.append((kind, s))
        return out

    def body_lines(self, lang, ctx, decoy_k):
        """filler lines and decoy lines (no numbers to label)"""
        r = self.rng
        ph = PH[lang]
        lines = []
        dec = self.decoys(ctx, decoy_k, ctx.get("decoy_kinds"))
        kinds = [k for k, _ in dec]
        lines.append([r.choice(ph["greet"])])
        for s in r.sample(ph["desc"], min(len(ph["desc"]), r.choice([2, 3, 4]))):
            lines.append([s if r.random() > 0.25 or lang != "en" else shout(s)])
        for _, s in dec:
            if r.random() < 0.5 and lang in ("en",):
                lines.append([r.choice(["✔️ ", "• ", "- ", "💋 ", ""]) + s])
            else:
                lines.append([s])
        if r.random() < 0.6:
            lines.append([r.choice(ph["avail"]).replace("{t}", dec_time(r, ctx))])
            if "time" not in kinds:
                kinds.append("time")
        return lines, kinds

    # -- build one post from a plan
    def make(self, pid, plan):
        half = plan["half"]
        if half == "na":
            return self.make_na(pid, plan)
        return self.make_world(pid, plan)

    # ---------------------------------------------------------------- North America
    def na_render(self, cls, d, lang):
        r = self.rng
        for _ in range(30):
            if cls == "na.full_words":
                raw = na_full_words(r, d, lang)
            else:
                raw = NA_RENDER[cls](r, d)
            if raw:
                return raw
        return None

    def make_na(self, pid, plan):
        r = self.rng
        ev = plan["evidence"]
        country = None
        city = None
        if ev == "none_ambiguous":
            country = None
        elif ev == "none_only_valid":
            country = "US" if r.random() < 0.7 else "CA"
        else:
            want = "US" if r.random() < 0.72 else "CA"
            cands = [c for c in NA_CITIES if c[0] == want
                     and self.pick.count(want, kinds={"nanp"}, pred=lambda x, acs=c[4]: x["area_code"] in acs) >= 2]
            if plan.get("city"):
                want = "CA"
                cands = [c for c in NA_CITIES if c[0] == want
                         and self.pick.count(want, kinds={"nanp"}, pred=lambda x, acs=c[4]: x["area_code"] in acs) >= 2]
            mtl = [c for c in cands if c[2] == "montreal"]
            city = mtl[0] if mtl and (plan.get("city") == "montreal" or r.random() < 0.2) else r.choice(cands)
            country = city[0]
        lang = "fr" if city and city[2] == "montreal" and (plan.get("lang") == "fr" or r.random() < 0.5) else "en"
        ctx = {"lang": lang, "imperial": True, "cur": ["${n}", "{n} roses", "${n}"],
               "amounts": r.choice([["100", "160", "250"], ["120", "200", "350"], ["150", "250", "400"]])}
        if ev in ("none_only_valid", "none_ambiguous"):
            ctx["cur"] = None
        if city and ev == "text":
            ctx["highway"] = city[6]
            ctx["postcode_line"] = "%s %s" % (city[3].split(",")[0], city[5]) if r.random() < 0.5 else None
        name = r.choice(NAMES)
        # numbers
        nnum = 1 if r.random() < 0.8 or ev == "none_ambiguous" else 2
        recs = []
        for i in range(nnum):
            if ev == "none_ambiguous":
                rec = self.pick.take("US", kinds={"toll_free"}, pred=lambda x: len(strict_regions(x)) >= 2 and "CA" in strict_regions(x))
            elif ev == "none_only_valid":
                same = (lambda x, c=country, ac=recs[0]["area_code"]: strict_regions(x) == [c] and x["area_code"] == ac) if recs else None
                if same and self.pick.count(country, kinds={"nanp"}, pred=same):
                    rec = self.pick.take(country, kinds={"nanp"}, pred=same)   # a second line, same area code
                else:
                    rec = self.pick.take(country, kinds={"nanp"}, pred=lambda x, c=country: strict_regions(x) == [c])
            else:
                acs = city[4]
                rec = self.pick.take(country, kinds={"nanp"}, pred=lambda x: x["area_code"] in acs)
            recs.append(rec)
        # hint text
        hint = None
        title_city = None
        body_place = None
        record = {}
        if ev == "text":
            nm = r.choice(city[1])
            hint = {"kind": "text", "value": nm, "region": country}
            if r.random() < 0.45:
                title_city = nm
            else:
                body_place = nm
        elif ev == "url":
            if r.random() < 0.5:
                record["url"] = "https://%s.example.com/escorts/%s" % (city[2], self.slug())
                hint = {"kind": "url", "value": "%s.example.com" % city[2], "region": country}
            else:
                record["url"] = "https://listings.example/%s/%s" % (city[2], self.slug())
                hint = {"kind": "url", "value": "/%s/" % city[2], "region": country}
            record["site"] = "listings.example" if "listings" in record["url"] else "example.com"
        elif ev == "site":
            record["site"] = "%s.example.com" % city[2]
            hint = {"kind": "site", "value": record["site"], "region": country}
        elif ev == "region_field":
            record["region"] = country
            hint = {"kind": "region_field", "value": country, "region": country}
        elif ev == "location_field":
            record["location"] = city[3]
            hint = {"kind": "location_field", "value": city[3], "region": country}
        if "url" not in record and "site" not in record:
            record["url"] = "https://%s/ad/%s" % (r.choice(["listings.example", "www.example.com", "ads.example.net"]), self.slug())
            record["site"] = record["url"].split("/")[2].replace("www.", "")
        if "url" not in record and ev == "site":
            pass
        # mentions
        title_items = []
        body_mentions = []
        title_mention = None
        for i, rec in enumerate(recs):
            d = rec["nsn"]
            twice = ev != "none_ambiguous" and r.random() < 0.25
            if ev == "none_ambiguous":
                cls = self.draw_class("na_lit", NA_LITERAL, lambda c: True)
            else:
                cls = self.draw_class("na", NA_CLASSES, lambda c: lang == "en" or c not in NA_EN_ONLY)
            classes = [cls]
            if twice:
                classes.append(self.draw_class("na", NA_CLASSES, lambda c, c0=cls: c != c0 and (lang == "en" or c not in NA_EN_ONLY)))
            for j, c in enumerate(classes):
                raw = None
                while raw is None:
                    raw = self.na_render(c, d, lang)
                    if raw is None:
                        c = self.draw_class("na", NA_CLASSES, lambda c: c not in ("na.letters",) and (lang == "en" or c not in NA_EN_ONLY))
                        continue
                    with1 = raw.startswith("1-") or raw.startswith("1 (")
                    if ev == "none_ambiguous" and digits_ascii_any(raw) != d:
                        raw = None   # an ambiguous raw keeps exactly the national digits
                    elif ev == "none_only_valid" and with1 and strict_regions(rec, "with1") != [country]:
                        raw = None
                if ev == "none_ambiguous":
                    m = M(raw, amb_label(rec, raw, c), ambiguous=True)
                else:
                    m = M(raw, self.na_phone_label(rec, c, raw, ev, hint, country))
                role = "again" if j else ("main" if i == 0 else "second")
                if i == 0 and j == 0 and r.random() < 0.3 and c not in ("na.split", "na.html_residue", "na.glued_name"):
                    title_mention = m
                else:
                    body_mentions.append((c, m, role))
        title_text = self.title_na(title_city, name if r.random() < 0.3 else None)
        title_items = [title_text]
        if title_mention:
            title_items += [" ", title_mention]
            if r.random() < 0.5:
                title_items.append(" " + r.choice(EMOJI))
        # body
        ph = PH[lang]
        lines, dkinds = self.body_lines(lang, ctx, r.randint(2, 5))
        if ctx.get("postcode_line") and ev == "text":
            dkinds.append("postcode")
        place_line = None
        if body_place:
            place_line = [r.choice(PH[lang]["place"]).replace("{p}", body_place)]
        if ctx.get("postcode_line") and ev == "text":
            lines.append(["Incall: " + dec_street(r, ctx) + ", " + ctx["postcode_line"]])
            if "street_number" not in dkinds:
                dkinds.append("street_number")
        contact_lines = []
        for c, m, role in body_mentions:
            if c == "na.glued_name":
                contact_lines.append([r.choice(["", "💋 ", "Ask for "]) + name, m, r.choice([" 💋", " !!", "", " xo"])])
            elif c == "na.split":
                pre = r.choice(["call ", "Text me at ", "dial ", "Call "]) if role != "again" else "again: "
                contact_lines.append([pre, m, r.choice([" 📱", " !!", " ok?", ""])])
            elif c == "na.full_words" and lang == "en":
                contact_lines.append([r.choice(["my number is ", "My # is ", "number: ", "text "]), m, r.choice([".", " 💋", " babe", ""])])
            else:
                tpl = r.choice({"main": ph["contact"], "again": ph["again"], "second": ph["contact2"]}[role])
                contact_lines.append(split_tpl(tpl, m))
        if place_line:
            lines.insert(r.randint(1, len(lines)), place_line)
        pos = r.randint(1, len(lines))
        for cl in contact_lines:
            lines.insert(pos, cl)
            pos = r.randint(pos + 1, len(lines))
        lines.append([r.choice(ph["closing"])])
        body_items = self.join_lines(lines)
        fields, phones, amb = assemble(title_items, body_items)
        group = "na.unhinted" if ev.startswith("none") else "na.hinted"
        if any(p["region_source"] == "international" for p in phones) and all(p["region_source"] == "international" for p in phones):
            group = "na.hinted" if hint else "na.unhinted"
        return self.record(pid, fields, record, phones, amb, dkinds, country, lang, group, hint)

    def na_phone_label(self, rec, cls, raw, ev, hint, country):
        if cls == "na.plus1":
            return phone_label(rec, cls, "international", rec["region"], "written with +1")
        if ev == "none_only_valid":
            return phone_label(rec, cls, "only_valid_here", rec["region"],
                               "area code %s: valid only in %s among the scenario countries" % (rec["area_code"], rec["region"]))
        src = ev
        what = {"text": "the post names %s", "url": "url %s", "site": "site %s", "region_field": "region field %s",
                "location_field": "location field %s"}[ev] % json.dumps(hint["value"], ensure_ascii=False)
        return phone_label(rec, cls, src, country, what)

    # ---------------------------------------------------------------- rest of the world
    def make_world(self, pid, plan):
        r = self.rng
        ev = plan["evidence"]
        country = plan["country"]
        cfg = W[country]
        unhinted = ev in ("national_format", "only_valid_here", "ambiguous")
        lang = "en" if unhinted else plan.get("lang") or r.choice(cfg["langs"])
        ctx = {"lang": lang, "country": country, "cur": None if unhinted else cfg["cur"],
               "amounts": cfg["amt"]}
        record = {}
        hint = None
        place = None
        if ev == "text":
            if r.random() < 0.5:
                place, ctx["postcode_line"] = r.choice(cfg["addr"])   # the address names the same place
            else:
                place = self.local_place(country, lang)
            hint = {"kind": "text", "value": place, "region": country}
        elif ev == "url":
            form = r.choice(["sub", "tld", "path"])
            if form == "sub":
                slug = r.choice(cfg["slugs"])
                record["url"] = "https://%s.example.com/%s/%s" % (slug, r.choice(["escorts", "massage", "ads"]), self.slug())
                hint = {"kind": "url", "value": "%s.example.com" % slug, "region": country}
                record["site"] = "example.com"
            elif form == "tld":
                record["url"] = "https://www.example.%s/%s/%s" % (cfg["tld"], r.choice(["anuncio", "ad", "listing"]), self.slug())
                hint = {"kind": "url", "value": ".%s" % cfg["tld"], "region": country}
                record["site"] = "classifieds.example"
            else:
                slug = r.choice(cfg["slugs"])
                record["url"] = "https://ads.example/%s/%s" % (slug, self.slug())
                hint = {"kind": "url", "value": "/%s/" % slug, "region": country}
                record["site"] = "ads.example"
        elif ev == "site":
            record["site"] = r.choice(["example.%s" % cfg["tld"], "%s.example.com" % r.choice(cfg["slugs"])])
            hint = {"kind": "site", "value": record["site"], "region": country}
        elif ev == "region_field":
            record["region"] = country
            hint = {"kind": "region_field", "value": country, "region": country}
        elif ev == "location_field":
            record["location"] = r.choice(cfg["locs"])
            hint = {"kind": "location_field", "value": record["location"], "region": country}
        elif ev == "intl_only" and r.random() < 0.5:
            place = self.local_place(country, lang)   # a place is fine here: every number carries its code
            hint = {"kind": "text", "value": place, "region": country}
        if "url" not in record and "site" not in record:
            record["url"] = "https://%s/%s/%s" % (r.choice(["listings.example", "www.example.com", "ads.example.net", "board.example.org"]),
                                                  r.choice(["ad", "p", "post", "view"]), self.slug())
            record["site"] = record["url"].split("/")[2].replace("www.", "")
        # numbers and mentions
        mentions = []   # (class, M, role)
        if ev == "intl_only":
            n = 1 if r.random() < 0.75 else 2
            for i in range(n):
                reg = country
                if i == 0 and (plan.get("touring") or r.random() < 0.08 and lang in ("en", "ar")):
                    reg = "FR"   # a touring French advertiser gives her home number
                rec = self.pick.take(reg)
                cls = self.draw_class("intl", sorted(WORLD_INTL), lambda c, rec=rec: self.intl_ok(c, rec, lang))
                raw = self.render_world(cls, rec, lang)
                mentions.append((cls, M(raw, phone_label(rec, cls, "international", rec["region"], "written with country code +%s" % rec["cc"])), "main"))
        elif ev == "calling_code":
            rec_i = self.pick.take(country)
            rec_n = self.pick.take(country, pred=lambda x: len(strict_regions(x)) >= 2)
            cls_i = self.draw_class("intl", sorted(WORLD_INTL), lambda c: self.intl_ok(c, rec_i, lang) and c != "intl.words")
            raw_i = self.render_world(cls_i, rec_i, lang)
            cls_n = self.draw_class("nat", sorted(WORLD_NAT), lambda c: self.nat_ok(c, rec_n, lang, hinted=True))
            raw_n = self.render_world(cls_n, rec_n, lang)
            if r.random() < 0.7:
                mentions.append((cls_i, M(raw_i, phone_label(rec_i, cls_i, "international", country, "written with country code +%s" % rec_i["cc"])), "main"))
                ev_text = "the post gives +%s with another number" % rec_n["cc"]
                hint = {"kind": "calling_code", "value": "+" + rec_n["cc"], "region": country}
            else:
                ev_text = "the post says to dial +%s" % rec_n["cc"]
                hint = {"kind": "calling_code", "value": "+" + rec_n["cc"], "region": country}
                dial = ["International clients: country code +%s" % rec_n["cc"], "Overseas? add +%s in front" % rec_n["cc"]]
                if trunk_of(rec_n) == "0":
                    dial.append("From abroad dial +%s and drop the first 0" % rec_n["cc"])
                ctx["dial_line"] = r.choice(dial)
            mentions.append((cls_n, M(raw_n, phone_label(rec_n, cls_n, "calling_code", country, ev_text)), "second"))
        elif ev in ("text", "url", "site", "region_field", "location_field"):
            n = 1 if r.random() < 0.8 else 2
            for i in range(n):
                multi = r.random() < 0.7
                rec = self.pick.take(country, pred=(lambda x: len(strict_regions(x)) >= 2) if multi and self.pick.count(country, lambda x: len(strict_regions(x)) >= 2) else None)
                if i == 1 and r.random() < 0.5:
                    cls = self.draw_class("intl", sorted(WORLD_INTL), lambda c, rec=rec: self.intl_ok(c, rec, lang))
                    raw = self.render_world(cls, rec, lang)
                    mentions.append((cls, M(raw, phone_label(rec, cls, "international", country, "written with country code +%s" % rec["cc"])), "second"))
                    continue
                cls = self.draw_class("nat", sorted(WORLD_NAT), lambda c, rec=rec: self.nat_ok(c, rec, lang, hinted=True))
                raw = self.render_world(cls, rec, lang)
                what = {"text": "the post names %s", "url": "url %s", "site": "site %s", "region_field": "region field %s",
                        "location_field": "location field %s"}[ev] % json.dumps(hint["value"], ensure_ascii=False)
                mentions.append((cls, M(raw, phone_label(rec, cls, ev, country, what)), "main" if i == 0 else "second"))
                if i == 0 and r.random() < 0.12:
                    cls2 = self.draw_class("nat", sorted(WORLD_NAT), lambda c, rec=rec, c0=cls: c != c0 and self.nat_ok(c, rec, lang, hinted=True))
                    raw2 = self.render_world(cls2, rec, lang)
                    mentions.append((cls2, M(raw2, phone_label(rec, cls2, ev, country, what)), "again"))
        elif ev == "only_valid_here":
            rec = self.pick.take(country, pred=lambda x: strict_regions(x) == [country])
            cls = self.draw_class("nat_u", sorted(WORLD_NAT), lambda c, rec=rec: self.nat_ok(c, rec, lang, hinted=False))
            raw = self.render_world(cls, rec, lang)
            mentions.append((cls, M(raw, phone_label(rec, cls, "only_valid_here", country,
                                                     "digits %s valid only in %s among the scenario countries" % (digits_ascii(rec["national"]), country))), "main"))
        elif ev == "national_format":
            rec = self.pick.take(country, pred=lambda x: len(strict_regions(x)) >= 2 and unique_format_region(x, x["national"]) == country)
            raw = rec["national"]
            others = [x for x in strict_regions(rec) if x != country]
            mentions.append(("nat.format", M(raw, phone_label(rec, "nat.format", "national_format", country,
                                                              "written exactly as %s's national format; digits also valid in %s" % (country, ", ".join(others)))), "main"))
        elif ev == "ambiguous":
            rec = self.pick.take(country, pred=lambda x: len(strict_regions(x)) >= 2)
            for _ in range(50):
                cls = self.draw_class("nat_amb", ["nat.compact", "nat.regrouped", "nat.format", "nat.obfuscated", "nat.messenger"], lambda c: True)
                if cls == "nat.obfuscated":
                    raw = nat_obfuscated(r, rec, lang, literal=True)
                else:
                    raw = self.render_world(cls, rec, lang)
                if raw and len(format_matches(rec, raw)) != 1:
                    break
            mentions.append((cls, M(raw, amb_label(rec, raw, cls), ambiguous=True), "main"))
            country = None
        # title / body
        title_place = None
        body_place = place
        if place and r.random() < 0.4:
            title_place, body_place = place, None
        title_items = [self.title_world(lang, title_place)]
        if mentions and r.random() < 0.2 and mentions[0][0] not in ("intl.words", "nat.words", "intl.messenger", "nat.messenger"):
            title_items += [" ", mentions[0][1]]
            mentions = mentions[1:]
        lines, dkinds = self.body_lines(lang, ctx, r.randint(2, 5))
        ph = PH[lang]
        if body_place:
            lines.insert(r.randint(1, len(lines)), [r.choice(ph["place"]).replace("{p}", body_place)])
        if ctx.get("postcode_line"):
            lines.append([ctx["postcode_line"]])
            dkinds.append("postcode")
        if ctx.get("dial_line"):
            lines.append([ctx["dial_line"]])
        if country in ("DE", "ES", "IT") and not unhinted and r.random() < 0.4:
            lines.append([{"de": "Vorkasse per ", "es": "Pago por ", "it": "Pagamento con "}.get(lang, "Deposit via ") + dec_iban(r, ctx)])
            dkinds.append("iban")
        pos = r.randint(1, len(lines))
        first = True
        for cls, m, role in mentions:
            lines.insert(pos, self.world_contact(cls, m, lang, first, role, country or plan["country"]))
            first = False
            pos = r.randint(pos + 1, len(lines))
        if ev == "none":
            pass
        lines.append([r.choice(ph["closing"])])
        body_items = self.join_lines(lines)
        fields, phones, amb = assemble(title_items, body_items)
        if ev == "intl_only":
            group = "world.intl"
        elif unhinted:
            group = "world.unhinted"
        else:
            group = "world.hinted"
        return self.record(pid, fields, record, phones, amb, dkinds, country, lang, group, hint)

    def world_contact(self, cls, m, lang, first, role, country):
        r = self.rng
        ph = PH[lang]
        if cls in ("intl.messenger", "nat.messenger"):
            msgs = W[country]["msg"] if lang != "en" or country in ("PH", "TH", "JP") else ["WhatsApp", "WA", "Telegram"]
            if m.ambiguous or m.label.get("region_source") in ("only_valid_here", "national_format"):
                msgs = ["WhatsApp", "WA", "Telegram"]
            lab = r.choice(msgs)
            return [r.choice(["%s: ", "%s ", "📲 %s - ", "%s 👉 "]) % lab, m]
        if cls == "intl.words" and m.raw.startswith("plus trente"):
            return [r.choice(["Mon numéro : ", "Appelez-moi au "]), m, "."]
        if role == "again":
            return split_tpl(r.choice(ph["again"]), m)
        if role == "second" and not first:
            return split_tpl(r.choice(ph["contact2"] + ph["contact"]), m)
        return split_tpl(r.choice(ph["contact"]), m)

    def intl_ok(self, cls, rec, lang):
        if cls == "intl.trunk0":
            return trunk_of(rec) == "0"
        if cls == "intl.nonlatin":
            return lang in SCRIPTS
        if cls == "intl.words":
            return rec["cc"] == "33" or lang in ("en", "es", "pt", "it", "de", "ru")
        return True

    def nat_ok(self, cls, rec, lang, hinted):
        if cls == "nat.no_trunk":
            # written without the trunk prefix only where people commonly do that
            return hinted and trunk_of(rec) != "" and rec["region"] in NO_TRUNK_HABIT and rec["kind"] == "mobile"
        if cls == "nat.nonlatin":
            return lang in SCRIPTS
        if cls == "nat.words":
            return lang in ("en", "es", "pt", "it", "de", "ru")
        if cls == "nat.regrouped":
            return True
        return True

    def render_world(self, cls, rec, lang):
        fn = WORLD_NAT.get(cls) or WORLD_INTL[cls]
        for _ in range(30):
            raw = fn(self.rng, rec, lang)
            if raw:
                return raw
        raise RuntimeError("cannot render %s for %s" % (cls, rec["e164"]))

    def local_place(self, country, lang):
        cfg = W[country]
        key = "places_" + lang
        if key in cfg and self.rng.random() < 0.8:
            return self.rng.choice(cfg[key])
        return self.rng.choice(cfg["places"])

    # ---------------------------------------------------------------- no-phone posts
    def make_nophone(self, pid, plan):
        r = self.rng
        half = plan["half"]
        if half == "na":
            lang = "en"
            ctx = {"lang": lang, "imperial": True, "cur": ["${n}", "{n} roses"], "amounts": ["150", "250", "400"]}
            title = self.title_na()
            country = None
        else:
            country = plan["country"]
            lang = r.choice(W[country]["langs"])
            ctx = {"lang": lang, "country": country, "cur": W[country]["cur"], "amounts": W[country]["amt"]}
            title = self.title_world(lang)
        lines, dkinds = self.body_lines(lang, ctx, r.randint(4, 7))
        lines.insert(r.randint(1, len(lines)), [r.choice(PH[lang]["nophone"])])
        lines.append([r.choice(PH[lang]["closing"])])
        record = {}
        record["url"] = "https://%s/ad/%s" % (r.choice(["listings.example", "www.example.com"]), self.slug())
        record["site"] = record["url"].split("/")[2].replace("www.", "")
        fields, phones, amb = assemble([title], self.join_lines(lines))
        return self.record(pid, fields, record, phones, amb, dkinds, country, lang, "no_phone", None)

    # ---------------------------------------------------------------- helpers
    def slug(self):
        r = self.rng
        return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.choice([6, 7, 8])))

    def join_lines(self, lines):
        r = self.rng
        j = self.joiner()
        items = []
        if j == "</p><p>":
            items.append("<p>")
        for i, ln in enumerate(lines):
            if i:
                items.append(j if r.random() < 0.85 or j == "</p><p>" else r.choice(["<br>", "\n", " &nbsp; "]))
            items.extend(ln)
        if j == "</p><p>":
            items.append("</p>")
        return items

    def posted_at(self):
        r = self.rng
        return "2%03d-%02d-%02dT%02d:%02d:%02dZ" % (r.choice([23, 24, 25]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                     r.randint(0, 59), r.randint(0, 59))

    def record(self, pid, fields, record, phones, amb, dkinds, country, lang, group, hint):
        rec = {"id": pid, "title": fields["title"], "body": fields["body"]}
        for k in ("url", "site", "region", "location"):
            if k in record:
                rec[k] = record[k]
        rec["posted_at"] = self.posted_at()
        rec["labels"] = {
            "phones": [order_label(p, PHONE_KEYS) for p in phones],
            "ambiguous": [order_label(a, AMB_KEYS) for a in amb],
            "decoys": sorted(set(dkinds)),
            "country": country,
            "lang": lang,
            "group": group,
            "hint": hint,
        }
        return rec


def quotas(total, weights):
    """Largest-remainder split of total over weights (dict), in key order."""
    keys = list(weights)
    s = sum(weights.values())
    raw = {k: total * weights[k] / s for k in keys}
    out = {k: int(raw[k]) for k in keys}
    rest = total - sum(out.values())
    for k in sorted(keys, key=lambda k: (-(raw[k] - out[k]), keys.index(k)))[:rest]:
        out[k] += 1
    return out


NA_EVIDENCE = {"text": 36, "url": 14, "site": 6, "region_field": 10, "location_field": 12, "none_only_valid": 17, "none_ambiguous": 5}
WORLD_EVIDENCE = {"intl_only": 22, "text": 18, "url": 10, "site": 5, "calling_code": 8, "region_field": 7, "location_field": 7,
                  "national_format": 7, "only_valid_here": 7, "ambiguous": 9}


def plans(n, rng, pick):
    n_na = round(n * NA_SHARE)
    n_w = n - n_na
    nop_na = round(n_na * NO_PHONE_SHARE)
    nop_w = round(n_w * NO_PHONE_SHARE)
    out = []
    for ev, k in quotas(n_na - nop_na, NA_EVIDENCE).items():
        out += [{"half": "na", "evidence": ev} for _ in range(k)]
    out += [{"half": "na", "evidence": "no_phone"} for _ in range(nop_na)]
    # a few Montréal posts in French, in every split
    fr = [p for p in out if p["evidence"] in ("text", "url", "site", "location_field")]
    rng.shuffle(fr)
    for p in fr[:max(2, n_na // 40)]:
        p["city"], p["lang"] = "montreal", "fr"
    wq = quotas(n_w - nop_w, WORLD_EVIDENCE)
    # countries: spread evenly over the world countries, but unhinted kinds only where the pool has numbers of that kind
    ok = {
        "only_valid_here": lambda c: pick.count(c, lambda x, c=c: strict_regions(x) == [c]) >= 6,
        "national_format": lambda c: pick.count(c, lambda x, c=c: len(strict_regions(x)) >= 2 and unique_format_region(x, x["national"]) == c) >= 6,
        "ambiguous": lambda c: pick.count(c, lambda x: len(strict_regions(x)) >= 2) >= 6,
        "calling_code": lambda c: c not in ("RU", "KZ") and pick.count(c, lambda x: len(strict_regions(x)) >= 2) >= 6,
    }
    wplans = []
    for ev, k in wq.items():
        cs = [c for c in WORLD if ok.get(ev, lambda c: True)(c)]
        rng.shuffle(cs)
        for i in range(k):
            wplans.append({"half": "world", "evidence": ev, "country": cs[i % len(cs)]})
    # every local language in every split: a country's first told post is in its first language
    seen = set()
    for p in wplans:
        c = p["country"]
        if p["evidence"] not in ("national_format", "only_valid_here", "ambiguous") and c not in seen:
            seen.add(c)
            p["lang"] = W[c]["langs"][0]
    # and one touring French advertiser (her +33 number) per split
    for p in wplans:
        if p["evidence"] == "intl_only" and "en" in W[p["country"]]["langs"]:
            p["touring"], p["lang"] = True, "en"
            break
    cs = list(WORLD)
    rng.shuffle(cs)
    for i in range(nop_w):
        wplans.append({"half": "world", "evidence": "no_phone", "country": cs[i % len(cs)]})
    out += wplans
    rng.shuffle(out)
    return out


def build_split(name, prefix, n, seed, recs):
    g = Gen(name, prefix, n, seed, recs)
    ps = plans(n, random.Random(seed + 7), g.pick)
    posts = []
    for i, plan in enumerate(ps, 1):
        pid = "%s-%04d" % (prefix, i)
        if plan["evidence"] == "no_phone":
            posts.append(g.make_nophone(pid, plan))
        else:
            posts.append(g.make(pid, plan))
    return posts


def dumps(posts):
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


# ---------------------------------------------------------------------------------------------
# README


def table(title, counter_by_split, splits):
    keys = sorted(set(k for c in counter_by_split.values() for k in c))
    lines = ["| %s | %s |" % (title, " | ".join(splits)), "|---|" + "---:|" * len(splits)]
    for k in keys:
        lines.append("| %s | %s |" % (k, " | ".join(str(counter_by_split[s].get(k, 0)) for s in splits)))
    lines.append("| **total** | %s |" % " | ".join(str(sum(counter_by_split[s].values())) for s in splits))
    return "\n".join(lines)


def readme(all_posts):
    splits = [s for s, _, _, _ in SPLITS]
    cls, src, ctry, dec, grp, amb_cls, phone_ctry, lang, posts = ({s: Counter() for s in splits} for _ in range(9))
    for s in splits:
        for p in all_posts[s]:
            lab = p["labels"]
            posts[s]["posts"] += 1
            posts[s]["phone mentions"] += len(lab["phones"])
            posts[s]["ambiguous mentions"] += len(lab["ambiguous"])
            posts[s]["distinct numbers"] += len(set(x["e164"] for x in lab["phones"]))
            grp[s][lab["group"]] += 1
            lang[s][lab["lang"]] += 1
            ctry[s][lab["country"] or "(not told)"] += 1
            for k in lab["decoys"]:
                dec[s][k] += 1
            for x in lab["phones"]:
                cls[s][x["class"]] += 1
                src[s][x["region_source"]] += 1
                phone_ctry[s][x["region"]] += 1
            for x in lab["ambiguous"]:
                amb_cls[s][x["class"]] += 1
                src[s]["(ambiguous, not a phone)"] += 1
    first = ["| | %s |" % " | ".join(splits), "|---|" + "---:|" * len(splits)]
    for k in ("posts", "phone mentions", "distinct numbers", "ambiguous mentions"):
        first.append("| %s | %s |" % (k, " | ".join(str(posts[s][k]) for s in splits)))
    return README_HEAD + "\n".join([
        "## Counts per split\n",
        "\n".join(first), "",
        "### Post groups (`labels.group`, the scorer's per-group recall/precision)\n",
        table("group", grp, splits), "",
        "### Phone mentions per class\n",
        table("class", cls, splits), "",
        "### Ambiguous mentions per class\n",
        table("class", amb_cls, splits), "",
        "### region_source of phone mentions\n",
        table("region_source", src, splits), "",
        "### Country of each phone mention (`region`)\n",
        table("region", phone_ctry, splits), "",
        "### Country of each post (`labels.country`; ambiguous posts do not say)\n",
        table("country", ctry, splits), "",
        "### Language of each post\n",
        table("lang", lang, splits), "",
        "### Decoy kinds (posts containing each)\n",
        table("decoy", dec, splits), "",
    ])


README_HEAD = """# phones11 — escort and massage ads: North American obfuscation and the rest of the world

A blind evaluation set for phone extraction, written without reading the extractor. Everything
is invented: the ads, the names, the domains (example-style only) and the numbers (random numbers
that libphonenumber accepts as valid; see `build_pool.py`).

**Scenario.** A police unit's archive of scraped escort and massage ads as they look after
scraping: long bodies with HTML residue (`<br>`, `&nbsp;`, `&amp;`, `<p>`), emoji, ALL CAPS,
rate menus, and numbers written to get past filters.

* **North America (45 % of posts, US and Canada).** Numbers disguised the way advertisers do it,
  often several ways inside one number: digits and words glued (`seven0two`, `SiX1two`), letters
  O/o and I/l for 0 and 1, homophones (`fore`, `too`, `won`, `ate`, `oh`, rarely `nein`), words
  spelled out letter by letter (`t w o`, `s.e.v.e.n`), keycap and circled emoji digits
  (`7️⃣`, `➐`, `❼`, `⓿`), a separator between every digit, the number split by words (one
  mention whose raw spans the whole split text), the area code in parentheses with words inside,
  the number in full words (English, or French in Montréal posts), glued to a name
  (`Candy702-…`, raw = the number part), broken by HTML (`702&nbsp;426&nbsp;6009`), and the same
  number written twice in two ways (two mentions). Where the post comes from is told by a city
  in the text ("Vegas", "in ATL", "the 702", "Jersey", "the 6ix"), a city in the url or the site,
  the `region` or `location` field, or nothing.
* **Rest of the world (55 %).** AU, IN, GB, JP, SG, EC, PH, TH, AE, MX, CO, BR, ZA, KE, NG, DE,
  ES, IT, RU, KZ, in English or the local language (es, pt, de, it, ru, ar, th, ja, hi; fr for a
  touring French advertiser's +33 number read out in pairs). Numbers with a country code (`+CC`,
  `00CC`, `(+CC)`, `+CC (0)…`, spoken: "plus six one…", "zero zero nine one…", "más cinco
  dos…", "mais cinco cinco…", "plus trente-trois, six, douze…"), national numbers in the
  national format, compact, regrouped, without the trunk prefix, in words, in Arabic-Indic,
  Devanagari, Thai or full-width digits, after WhatsApp/Viber/LINE/Telegram labels.

Decoys in every post, never phones: rates, ages, measurements, heights, weights, times, dates,
years, street numbers, postcodes, ad ids, tracking and verification codes, order refs, bank
accounts, IBANs (valid check digits), "100% real", room numbers, highways and exits, model numbers.
No number touches other digits.

## Files

| file | what |
|---|---|
| `dev.jsonl` | 200 posts, ids `ph11d-0001`… — look at it, tune on it |
| `heldout.jsonl` | 400 posts, ids `ph11h-0001`… — score once, never tune on it |
| `build_pool.py` | builds `number_pool.json` with Python `phonenumbers` (seeded; needs the package) |
| `number_pool.json` | the numbers (2.4 MB, one per line), and for each way of writing them nationally every region where those digits are valid |
| `write.py` | writes both splits and this README from the pool (standard library only, seeded, byte-identical); `--check` exits 1 on any difference |
| `test_write.py` | `python3 -m unittest` here: files equal the generator's output, raws occur in their field, an independent decoder reads each raw to its label, ids unique, no number in both splits, gold-as-prediction scores 1.0 |

## Scoring

```
plainsight extract eval/phones11/dev.jsonl > /tmp/o.jsonl && python3 eval/phones/score.py eval/phones11/dev.jsonl /tmp/o.jsonl
```

Held-out rule: `heldout.jsonl` is scored once, for the record, after the work it measures is
done. Do not read its misses, do not tune on it, do not rerun it after changes made because of it.

## Records

Input fields as the contract describes them: `id`, `title`, `body` (HTML residue kept),
`url` and `site` (example-style domains), `posted_at`, and `region` / `location` only in posts
whose region is told by that field. `labels` is for the scorer.

## Labels

* `phones` — one entry per mention, in reading order (title, then body): `e164` (the number a
  careful reader would dial), `raw` (the exact substring of `field` that writes it; a split
  number's raw spans the words between its parts; a name glued to a number is not part of the
  raw), `field`, `class`, `region_source`, `region` (the country the number is read in),
  `evidence` (a note for humans).
* `ambiguous` — national numbers in posts that do not say where they are, whose digits are valid
  as written in two or more scenario countries: `raw`, `digits` (the digits of the raw, which
  are the digits as written; ambiguous raws always keep every digit literally, so a reported
  raw can be matched by its digits), `field`, `class`, `e164_candidates`, `regions`. They are not
  phones: emitting one counts as a false positive.
* `decoys` — the kinds of decoy in the post. `country` (where the post is; `null` when the post
  does not say, i.e. ambiguous posts, and for no-phone North American posts), `lang`, `group`,
  `hint` (`{kind, value, region}` of what tells the region, or `null`).

### region_source (this set's own vocabulary)

| value | meaning |
|---|---|
| `international` | the number carries its country code (`+CC`, `00CC`, `(+CC)`, `+CC (0)`, spoken "plus …"/"zero zero …", non-Latin digits) |
| `text` | a city, district, suburb or local abbreviation in the title or body names the country |
| `url` | the url: city subdomain, ccTLD, or `/city/` path |
| `site` | the `site` field (ccTLD or city subdomain); the post has no url |
| `calling_code` | the post gives the country code elsewhere: another number written with it, or "from abroad dial +61" |
| `region_field` | the record's `region` |
| `location_field` | the record's `location` |
| `national_format` | nothing else in the post; the digits are valid as written in 2+ scenario countries, but the raw is exactly libphonenumber's national format of one of them and of no other |
| `only_valid_here` | nothing else in the post; the digits as written are valid in exactly one scenario country |

These are not the contract's `region_source` values (`record`, `location`, `text`, `url`,
`calling_code`, `format`, `default`), so the scorer's agreement column reads them through this
mapping only if the extractor uses the same words. Roughly: `region_field` ~ `record`,
`location_field` ~ `location`, `url` and `site` ~ `url`, `international` and `calling_code` ~
`calling_code`, `national_format` and `only_valid_here` ~ `format`; the confusion line shows how
each was read.

Each post's national numbers have exactly one kind of evidence; a post's international numbers
are always `international`. Posts with `text`/`url`/`site`/field evidence mostly use numbers
whose digits alone would be ambiguous, so the evidence matters; in North America every
geographic number is valid in only one of US/CA, and the label still names the post's explicit
evidence. Unhinted posts (`national_format`, `only_valid_here`, ambiguous) are in English with
no currency symbols, postcodes, local messengers or non-Latin digits, so nothing but the digits
can tell where they are. North American unhinted posts use numbers valid (as written) in exactly
one of US/CA, or toll-free numbers (valid in both, and as written often in Mexico or Brazil too) —
those are the North American ambiguous numbers. In posts that do tell their region, language,
currency and any address agree with it; they are not labelled as evidence.

**"Valid in a country" is judged as written**: libphonenumber (9.0.43) parses the digits as a
valid number of that country *and* that country's national format of the result has exactly
those digits (so a trunk prefix the country uses is present, and none it lacks is added).
Looser parsing (for instance reading the US digits 702 426 6009 as German 07024 266009 without
the 0) would make almost every number ambiguous; `number_pool.json` records both (`valid_in`:
every region where libphonenumber parses the digits as valid; `scenario.*.as_written`: the
judgement used for labels).

"""


def main():
    check = "--check" in sys.argv[1:]
    parts = partition()
    outputs = {}
    all_posts = {}
    for name, prefix, n, seed in SPLITS:
        posts = build_split(name, prefix, n, seed, parts[name])
        all_posts[name] = posts
        outputs[name + ".jsonl"] = dumps(posts)
    outputs["README.md"] = readme(all_posts)
    bad = []
    for fn, text in outputs.items():
        path = os.path.join(HERE, fn)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        bad.append(fn)
            except FileNotFoundError:
                bad.append(fn)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    if check:
        if bad:
            print("differs from write.py output: " + ", ".join(bad))
            sys.exit(1)
        print("ok: files match write.py output")
    else:
        print("wrote " + ", ".join(sorted(outputs)))


if __name__ == "__main__":
    main()
