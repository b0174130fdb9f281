#!/usr/bin/env python3
"""Write the phones10 blind evaluation set: dev.jsonl, heldout.jsonl and README.md.

    python3 write.py            # (re)write the files
    python3 write.py --check    # exit 1 if the files differ from what this script writes

Python 3.11 standard library only. Reads number_pool.json (random numbers that libphonenumber
accepts, built by build_pool.py) and writes the same bytes on every run: every random choice comes
from random.Random seeded per split, and the pool is split between dev and heldout by a CRC of the
E.164 value, so no number can appear in both splits.

Everything is synthetic: invented ads, example domains, random valid numbers.
"""
import argparse
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = [
    # name, file, id prefix, posts, seed
    ("dev", "dev.jsonl", "ph10d", 200, 610001),
    ("heldout", "heldout.jsonl", "ph10h", 400, 610002),
]

# ----------------------------------------------------------------------------------------------
# number words
# ----------------------------------------------------------------------------------------------
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
HOMOPHONES = {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}
LEET = {"0": ["zer0", "z3r0"], "1": ["0ne", "on3"], "2": ["tw0"], "3": ["thr33", "thr3e"],
        "4": ["f0ur"], "5": ["f1ve", "fiv3"], "6": ["s1x"], "7": ["s3ven", "sev3n"],
        "8": ["e1ght", "eigh7"], "9": ["n1ne", "nin3"]}
PLUS_WORD = {"en": ["plus"], "es": ["más", "mas"], "pt": ["mais"], "fr": ["plus"]}


def fr_number(n):
    """French words for 0..99 (traditional spelling)."""
    u = WORDS["fr"]
    teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
    if n < 10:
        return u[n]
    if n < 20:
        return teens[n - 10]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if n < 70:
        t, d = divmod(n, 10)
        if d == 0:
            return tens[t]
        if d == 1:
            return tens[t] + " et un"
        return tens[t] + "-" + u[d]
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + teens[n - 70]
    if n == 80:
        return "quatre-vingts"
    if n < 90:
        return "quatre-vingt-" + u[n - 80]
    return "quatre-vingt-" + teens[n - 90]


# ----------------------------------------------------------------------------------------------
# countries: places, domains, money, addresses
# ----------------------------------------------------------------------------------------------
# cities: (name, [local abbreviations / nicknames], url slug, slug_is_unambiguous)
C = {}
C["US"] = dict(
    tld="com", langs=[("en", 85), ("es", 15)], rate=1, cur=["${a}", "{a} USD", "${a}"],
    cities=[("Las Vegas", ["Vegas"], "lasvegas", 1), ("New York", ["NYC"], "newyork", 1),
            ("Los Angeles", ["LA"], "losangeles", 1), ("Atlanta", ["ATL"], "atlanta", 1),
            ("Houston", ["H-Town"], "houston", 1), ("Miami", [], "miami", 1),
            ("Chicago", ["Chi-town"], "chicago", 1), ("Philadelphia", ["Philly"], "philadelphia", 1),
            ("New Orleans", ["NOLA"], "neworleans", 1), ("Dallas", ["DFW"], "dallas", 1)],
    districts=["Astoria, Queens", "Flatbush", "Bushwick", "Koreatown LA", "Van Nuys", "Buckhead",
               "Wicker Park", "Hialeah", "Summerlin", "Fishtown", "Deep Ellum", "Henderson, NV",
               "Kendall, FL", "Sugar Land, TX", "Little Haiti"],
    cname={"en": "USA", "es": "Estados Unidos"},
    streets=["{n} W Sahara Ave", "{n} Flatbush Ave", "{n} Westheimer Rd", "{n} N Broadway", "{n} Peachtree St NE"],
    postcode=lambda r: "%d" % r.randint(10001, 99950),
)
C["CA"] = dict(
    tld="ca", langs=[("en", 70), ("fr", 30)], rate=1.35, cur=["${a}", "{a} $", "CAD {a}"],
    cities=[("Toronto", ["the 6ix", "T.O."], "toronto", 1), ("Vancouver", ["Van"], "vancouver", 1),
            ("Montréal", ["Mtl"], "montreal", 1), ("Calgary", ["YYC"], "calgary", 1), ("Ottawa", [], "ottawa", 1),
            ("Edmonton", ["YEG"], "edmonton", 1), ("Winnipeg", [], "winnipeg", 1)],
    districts=["Etobicoke", "Mississauga", "Brampton", "North York", "Plateau-Mont-Royal", "Verdun, Montréal",
               "Kitsilano", "Burnaby", "Surrey, BC", "Beltline, Calgary", "Kanata", "Longueuil"],
    cname={"en": "Canada", "fr": "Canada"},
    streets=["{n} Yonge St", "{n} rue Sainte-Catherine Est", "{n} Kingsway", "{n} 17 Ave SW"],
    postcode=lambda r: "%s%d%s %d%s%d" % (r.choice("KLMNTVH"), r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9), r.choice("ABCEGHJKLMNPR"), r.randint(1, 9)),
)
C["GB"] = dict(
    tld="co.uk", langs=[("en", 100)], rate=0.8, cur=["£{a}", "£{a}", "{a} GBP"],
    cities=[("London", ["Ldn"], "london", 1), ("Manchester", ["Manc"], "manchester", 1),
            ("Birmingham", ["Brum"], "birmingham", 1), ("Leeds", [], "leeds", 1), ("Glasgow", [], "glasgow", 1),
            ("Bristol", [], "bristol", 1), ("Edinburgh", [], "edinburgh", 1), ("Cardiff", [], "cardiff", 1),
            ("Nottingham", ["Notts"], "nottingham", 1), ("Sheffield", [], "sheffield", 1)],
    districts=["Croydon", "Peckham", "Ilford", "Hounslow", "Leyton", "Southall", "Edgbaston", "Moseley, Brum",
               "Salford", "Chorlton", "Headingley", "Leith", "Roath, Cardiff", "Digbeth", "Shoreditch",
               "Walthamstow", "Harrow"],
    cname={"en": "UK"},
    streets=["{n} Rye Lane", "{n} High Street", "Flat {n}, {m} Kingsland Road", "{n} Wilmslow Road"],
    postcode=lambda r: "%s%d %d%s" % (r.choice(["SE", "E", "N", "M", "B", "LS", "G", "CF", "NG"]), r.randint(1, 20), r.randint(1, 9), r.choice(["QF", "JH", "AB", "TR", "NX", "DW"])),
)
C["IE"] = dict(
    tld="ie", langs=[("en", 100)], rate=0.9, cur=["€{a}", "{a} euro", "€{a}"],
    cities=[("Dublin", ["Dub"], "dublin", 1), ("Cork", [], "cork", 1), ("Galway", [], "galway", 1),
            ("Limerick", [], "limerick", 1), ("Waterford", [], "waterford", 1)],
    districts=["Rathmines", "Tallaght", "Blanchardstown", "Drumcondra", "Phibsborough", "Ballymun",
               "Swords, Co. Dublin", "Salthill", "Ballincollig", "Stoneybatter", "Clondalkin", "Smithfield, Dublin"],
    cname={"en": "Ireland"},
    streets=["{n} Rathmines Road Lower", "Apt {n}, {m} Dorset Street", "{n} Main Street"],
    postcode=lambda r: "%s%02d %s%d%s%d" % (r.choice("DTHA"), r.randint(1, 24), r.choice("XKVWY"), r.randint(1, 9), r.choice("FHKN"), r.randint(1, 9)),
)
C["AU"] = dict(
    tld="com.au", langs=[("en", 100)], rate=1.5, cur=["${a}", "${a}", "AUD {a}"],
    cities=[("Sydney", ["Syd"], "sydney", 1), ("Melbourne", ["Melb"], "melbourne", 1),
            ("Brisbane", ["Brissy"], "brisbane", 1), ("Perth", [], "perth", 0), ("Adelaide", [], "adelaide", 1),
            ("Gold Coast", ["GC"], "goldcoast", 1), ("Canberra", [], "canberra", 1), ("Darwin", [], "darwin", 0)],
    districts=["Parramatta", "Chatswood", "Bondi Junction", "Surry Hills", "Fitzroy", "St Kilda", "Footscray",
               "Box Hill", "Fortitude Valley", "Southport QLD", "Subiaco", "Glenelg", "Northbridge WA",
               "Dandenong", "Cabramatta", "Burwood NSW"],
    cname={"en": "Australia"},
    streets=["{n} George St", "Unit {n}/{m} Chapel St", "{n} Sydney Rd", "Shop {n}, {m} Church St"],
    postcode=lambda r: "%d" % r.choice([r.randint(2000, 2234), r.randint(3000, 3207), r.randint(4000, 4179), r.randint(6000, 6199)]),
)
C["NZ"] = dict(
    tld="co.nz", langs=[("en", 100)], rate=1.65, cur=["${a}", "${a}", "NZD {a}"],
    cities=[("Auckland", ["Akl"], "auckland", 1), ("Wellington", ["Welly"], "wellington", 1),
            ("Christchurch", ["Chch"], "christchurch", 1), ("Tauranga", [], "tauranga", 1), ("Dunedin", [], "dunedin", 1)],
    districts=["Ponsonby", "Mt Eden", "Manukau", "Newtown, Wellington", "Riccarton", "Takapuna", "Papatoetoe",
               "Te Aro", "Otahuhu", "Henderson, Auckland"],
    cname={"en": "New Zealand"},
    streets=["{n} Dominion Road", "{n}/{m} Queen Street", "{n} Great South Road"],
    postcode=lambda r: "%04d" % r.choice([r.randint(600, 2699), r.randint(6011, 6140), r.randint(8011, 8083)]),
)
C["IN"] = dict(
    tld="in", langs=[("en", 65), ("hi", 35)], rate=83, cur=["₹{a}", "Rs. {a}", "INR {a}", "₹ {a}/-"],
    cities=[("Mumbai", ["Bombay"], "mumbai", 1), ("Delhi", ["Dilli"], "delhi", 1),
            ("Bangalore", ["Bengaluru", "Blr"], "bangalore", 1), ("Hyderabad", ["Hyd"], "hyderabad", 1),
            ("Chennai", [], "chennai", 1), ("Pune", [], "pune", 1), ("Kolkata", [], "kolkata", 1),
            ("Goa", [], "goa", 1), ("Gurgaon", ["Gurugram"], "gurgaon", 1)],
    districts=["Andheri West", "Bandra", "Powai", "Koramangala", "Whitefield", "Indiranagar", "Gachibowli",
               "Saket", "Lajpat Nagar", "Salt Lake, Kolkata", "T Nagar", "Kothrud", "Baner", "Vashi", "Karol Bagh"],
    native={"hi": ["मुंबई", "दिल्ली", "अंधेरी", "लाजपत नगर", "गुड़गांव", "पुणे", "बेंगलुरु", "नोएडा", "कोलकाता", "करोल बाग"]},
    cname={"en": "India", "hi": "भारत"},
    streets=["Flat {n}, Sector {m}", "Plot No. {n}, {m}th Cross", "Shop {n}, {m} MG Road"],
    postcode=lambda r: "%d" % r.choice([r.randint(400001, 400104), r.randint(110001, 110096), r.randint(560001, 560103)]),
)
C["SG"] = dict(
    tld="com.sg", langs=[("en", 100)], rate=1.35, cur=["S${a}", "${a}", "SGD {a}"],
    cities=[("Singapore", ["S'pore", "SG"], "singapore", 1)],
    districts=["Geylang", "Tampines", "Jurong East", "Yishun", "Bukit Batok", "Toa Payoh", "Hougang", "Ang Mo Kio",
               "Woodlands", "Punggol", "Orchard Road", "Lavender"],
    cname={"en": "Singapore"},
    streets=["Blk {n} Tampines St {m}", "#{m:02d}-{n} Lucky Plaza", "{n} Geylang Road #{m:02d}-{k:02d}"],
    postcode=lambda r: "%06d" % r.randint(18900, 829999),
)
C["MY"] = dict(
    tld="com.my", langs=[("en", 100)], rate=4.7, cur=["RM{a}", "RM {a}", "MYR {a}"],
    cities=[("Kuala Lumpur", ["KL"], "kualalumpur", 1), ("Johor Bahru", ["JB"], "johorbahru", 1),
            ("Penang", [], "penang", 1), ("Ipoh", [], "ipoh", 1), ("Kota Kinabalu", ["KK"], "kotakinabalu", 1),
            ("Melaka", [], "melaka", 1)],
    districts=["Bukit Bintang", "Cheras", "Puchong", "Petaling Jaya", "Subang Jaya", "Kepong", "Ampang", "Bangsar",
               "Setapak", "Sri Petaling", "Mont Kiara"],
    cname={"en": "Malaysia"},
    streets=["No. {n}, Jalan SS{m}/{k}", "Lot {n}, Jalan Alor", "{n}-{m}, Jalan Puchong"],
    postcode=lambda r: "%05d" % r.choice([r.randint(50000, 60000), r.randint(80000, 81900), r.randint(10000, 14400)]),
)
C["PH"] = dict(
    tld="com.ph", langs=[("en", 100)], rate=56, cur=["₱{a}", "P{a}", "{a} php", "PHP {a}"],
    cities=[("Manila", ["Mnl"], "manila", 1), ("Makati", [], "makati", 1), ("Quezon City", ["QC"], "quezoncity", 1),
            ("Cebu", [], "cebu", 1), ("Davao", [], "davao", 1), ("Pasay", [], "pasay", 1), ("Angeles City", [], "angelescity", 1)],
    districts=["Poblacion, Makati", "BGC, Taguig", "Cubao", "Malate", "Ermita", "Mandaluyong", "Ortigas",
               "Sampaloc", "Mabolo, Cebu", "Lahug", "Parañaque", "Las Piñas"],
    cname={"en": "Philippines"},
    streets=["{n} P. Burgos St", "Unit {n}, {m} Kalayaan Ave", "{n} Aurora Blvd"],
    postcode=lambda r: "%d" % r.randint(1000, 1770),
)
C["TH"] = dict(
    tld="co.th", langs=[("en", 45), ("th", 35), ("ru", 20)], rate=36, cur=["฿{a}", "{a} baht", "{a} THB", "{a} บาท"],
    cities=[("Bangkok", ["BKK"], "bangkok", 1), ("Pattaya", [], "pattaya", 1), ("Phuket", [], "phuket", 1),
            ("Chiang Mai", ["CNX"], "chiangmai", 1), ("Hua Hin", [], "huahin", 1)],
    districts=["Sukhumvit", "Asok", "Silom", "Ratchada", "Huai Khwang", "On Nut", "Jomtien", "Pratumnak", "Patong",
               "Nimman", "Lat Phrao", "Bang Na"],
    native={"th": ["กรุงเทพ", "พัทยา", "ภูเก็ต", "เชียงใหม่", "สุขุมวิท", "ห้วยขวาง", "รัชดา", "ลาดพร้าว", "บางนา", "จอมเทียน"],
            "ru": ["Паттайя", "Джомтьен", "Пхукет, Патонг", "Бангкок", "Пратамнак"]},
    cname={"en": "Thailand", "ru": "Таиланд", "th": "ประเทศไทย"},
    streets=["{n}/{m} Soi Sukhumvit {k}", "{n}/{m} Moo {k}, Thappraya Rd", "{n} Soi Bua Khao"],
    native_streets={"th": ["{n}/{m} ซอยสุขุมวิท {k}", "{n} ถนนรัชดาภิเษก"]},
    postcode=lambda r: "%d" % r.choice([10110, 10120, 10310, 10400, 20150, 83150, 50200]),
)
C["JP"] = dict(
    tld="jp", langs=[("ja", 75), ("en", 25)], rate=150, cur=["¥{a}", "{a}円", "{a} yen"],
    cities=[("Tokyo", [], "tokyo", 1), ("Osaka", [], "osaka", 1), ("Sapporo", [], "sapporo", 1),
            ("Fukuoka", [], "fukuoka", 1), ("Nagoya", [], "nagoya", 1)],
    districts=["Kabukicho", "Ikebukuro", "Uguisudani", "Gotanda", "Ueno", "Namba", "Umeda", "Susukino", "Nakasu",
               "Kinshicho", "Shin-Okubo"],
    native={"ja": ["池袋", "新宿歌舞伎町", "鶯谷", "五反田", "上野", "難波", "梅田", "すすきの", "中洲", "錦糸町", "新大久保", "大阪", "東京"]},
    cname={"en": "Japan", "ja": "日本"},
    streets=["{n}-{m}-{k} Nishi-Ikebukuro", "{n}-{m} Namba-naka"],
    native_streets={"ja": ["豊島区西池袋{n}-{m}-{k}", "中央区難波{n}-{m}-{k}"]},
    postcode=lambda r: "〒%03d-%04d" % (r.randint(100, 999), r.randint(1, 9999)),
)
C["NG"] = dict(
    tld="com.ng", langs=[("en", 100)], rate=1500, cur=["₦{a}", "N{a}", "{a} naira"],
    cities=[("Lagos", ["Lasgidi", "Eko"], "lagos", 1), ("Abuja", [], "abuja", 1), ("Port Harcourt", [], "portharcourt", 1),
            ("Ibadan", [], "ibadan", 1), ("Benin City", [], "benincity", 1), ("Enugu", [], "enugu", 1), ("Kano", [], "kano", 1)],
    districts=["Lekki", "Ikeja GRA", "Surulere", "Yaba", "Victoria Island", "Ajah", "Gwarinpa", "Wuse", "Garki",
               "Maitama", "Rumuokoro", "Bodija", "Festac Town", "Magodo"],
    cname={"en": "Nigeria"},
    streets=["{n} Admiralty Way", "Plot {n}, Adeola Odeku Street", "{n} Allen Avenue"],
    postcode=lambda r: "%d" % r.choice([100001, 101233, 900288, 500101, 105102]),
)
C["KE"] = dict(
    tld="co.ke", langs=[("en", 100)], rate=130, cur=["KSh {a}", "Ksh{a}", "{a}/="],
    cities=[("Nairobi", ["Nai", "NRB"], "nairobi", 1), ("Mombasa", ["Msa"], "mombasa", 1), ("Kisumu", [], "kisumu", 1),
            ("Nakuru", [], "nakuru", 1), ("Eldoret", [], "eldoret", 1)],
    districts=["Kilimani", "Westlands", "Kileleshwa", "Roysambu", "Kasarani", "South B, Nairobi", "Rongai", "Nyali",
               "Bamburi", "Ngong Road", "Lavington", "Embakasi", "Ruaka"],
    cname={"en": "Kenya"},
    streets=["Argwings Kodhek Rd, Apt {n}B", "House No. {n}, Ngong Road", "{n} Moi Avenue"],
    postcode=lambda r: "%05d" % r.choice([100, 200, 500, 606, 800, 80100, 40100]),
)
C["ZA"] = dict(
    tld="co.za", langs=[("en", 100)], rate=18, cur=["R{a}", "R {a}", "ZAR {a}"],
    cities=[("Johannesburg", ["Joburg", "Jozi", "JHB"], "johannesburg", 1), ("Cape Town", ["CPT"], "capetown", 1),
            ("Durban", ["DBN"], "durban", 1), ("Pretoria", ["PTA"], "pretoria", 1), ("Gqeberha", [], "gqeberha", 1)],
    districts=["Sandton", "Rosebank", "Randburg", "Soweto", "Sea Point", "Bellville", "Durbanville", "Umhlanga",
               "Hatfield, Pretoria", "Menlo Park, Pretoria", "Bryanston", "Midrand", "Centurion", "Fourways"],
    cname={"en": "South Africa"},
    streets=["{n} Main Road", "Unit {n}, {m} Rivonia Rd", "{n} Jan Smuts Ave"],
    postcode=lambda r: "%04d" % r.choice([2196, 2193, 8005, 7530, 4319, 2191, 157, 2090]),
)
C["AE"] = dict(
    tld="ae", langs=[("en", 50), ("ar", 30), ("ru", 20)], rate=3.67, cur=["AED {a}", "{a} AED", "{a} dhs", "{a} درهم"],
    cities=[("Dubai", ["DXB"], "dubai", 1), ("Abu Dhabi", ["AUH"], "abudhabi", 1), ("Sharjah", ["SHJ"], "sharjah", 1),
            ("Ajman", [], "ajman", 1)],
    districts=["JLT", "Al Barsha", "Deira", "Bur Dubai", "Karama", "JVC", "Dubai Marina", "Al Qusais",
               "Khalidiya, Abu Dhabi", "Al Majaz", "Satwa", "International City", "Business Bay"],
    native={"ar": ["دبي", "البرشاء", "ديرة", "بر دبي", "الكرامة", "أبوظبي", "الشارقة", "عجمان", "القصيص"],
            "ru": ["Дубай", "Дубай Марина", "Шарджа", "Абу-Даби"]},
    cname={"en": "UAE", "ar": "الإمارات", "ru": "ОАЭ"},
    streets=["Office {n}, Saba Tower {m}", "Villa {n}, Street {m}", "Flat {n}, Al Fahidi Building"],
    postcode=lambda r: "P.O. Box %d" % r.randint(10000, 99999),
)
C["EG"] = dict(
    tld="com.eg", langs=[("ar", 70), ("en", 30)], rate=48, cur=["{a} جنيه", "EGP {a}", "{a} LE", "{a} ج.م"],
    cities=[("Cairo", [], "cairo", 1), ("Alexandria", ["Alex"], "alexandria", 1), ("Giza", [], "giza", 1),
            ("Hurghada", [], "hurghada", 1), ("Sharm El Sheikh", ["Sharm"], "sharm", 1)],
    districts=["Nasr City", "Maadi", "Zamalek", "Heliopolis", "Dokki", "Mohandessin", "New Cairo", "Sheikh Zayed", "Smouha, Alex"],
    native={"ar": ["القاهرة", "مدينة نصر", "المعادي", "الإسكندرية", "الشيخ زايد", "التجمع الخامس", "الزمالك", "مصر الجديدة", "الغردقة"]},
    cname={"en": "Egypt", "ar": "مصر"},
    streets=["{n} El Tahrir St", "Building {n}, Abbas El Akkad St"],
    native_streets={"ar": ["{n} شارع التسعين", "عمارة {n} شارع عباس العقاد"]},
    postcode=lambda r: "%d" % r.choice([11371, 11728, 12311, 21599, 11431]),
)
C["MX"] = dict(
    tld="com.mx", langs=[("es", 100)], rate=17, cur=["${a}", "${a} MXN", "{a} pesos"],
    cities=[("Ciudad de México", ["CDMX"], "cdmx", 1), ("Guadalajara", ["GDL"], "guadalajara", 1),
            ("Monterrey", ["MTY"], "monterrey", 1), ("Cancún", [], "cancun", 1), ("Puebla", [], "puebla", 1),
            ("Tijuana", ["TJ"], "tijuana", 1), ("Querétaro", ["Qro"], "queretaro", 1)],
    districts=["Polanco", "Roma Norte", "Condesa", "Coyoacán", "Tlalpan", "Iztapalapa", "Zapopan", "Tlaquepaque",
               "San Pedro Garza García", "Cumbres, Monterrey", "Ciudad Satélite", "Narvarte", "Del Valle, CDMX",
               "Naucalpan", "Ecatepec"],
    cname={"es": "México", "en": "Mexico"},
    streets=["Av. Insurgentes Sur {n}", "Calle Durango #{n}, int. {m}", "Av. Vallarta {n}"],
    postcode=lambda r: "C.P. %05d" % r.choice([11560, 6700, 3100, 44100, 64000, 77500]),
)
C["CO"] = dict(
    tld="com.co", langs=[("es", 100)], rate=4000, cur=["${a}", "{a} COP", "${a} pesos"],
    cities=[("Bogotá", [], "bogota", 1), ("Medellín", ["Medallo"], "medellin", 1), ("Cali", [], "cali", 1),
            ("Barranquilla", ["Curramba"], "barranquilla", 1), ("Bucaramanga", [], "bucaramanga", 1), ("Pereira", [], "pereira", 1)],
    districts=["Chapinero", "Usaquén", "Suba", "El Poblado", "Laureles", "Envigado", "Bello, Antioquia",
               "Ciudad Jardín, Cali", "Teusaquillo", "Kennedy, Bogotá", "Cedritos", "Sabaneta", "Itagüí", "Belén, Medellín"],
    cname={"es": "Colombia"},
    streets=["Calle {n} # {m}-{k}", "Carrera {n} # {m}-{k}", "Cra. {n} #{m}-{k}"],
    postcode=lambda r: "%06d" % r.choice([110221, 110111, 50021, 760001, 80001]),
)
C["EC"] = dict(
    tld="com.ec", langs=[("es", 100)], rate=1, cur=["${a}", "{a} dólares", "USD {a}"],
    cities=[("Quito", [], "quito", 1), ("Guayaquil", ["GYE"], "guayaquil", 1), ("Manta", [], "manta", 1),
            ("Ambato", [], "ambato", 1), ("Machala", [], "machala", 1)],
    districts=["La Mariscal, Quito", "Cumbayá", "Carcelén", "El Batán", "Urdesa", "Samborondón",
               "Alborada, Guayaquil", "Sauces, Guayaquil", "Tumbaco", "Conocoto", "La Carolina, Quito",
               "Kennedy Norte, Guayaquil"],
    cname={"es": "Ecuador"},
    streets=["Av. Amazonas N{n}-{m}", "Calle {n} y Av. Francisco de Orellana", "Av. 9 de Octubre {n}"],
    postcode=lambda r: "%d" % r.choice([170143, 170150, 90112, 90505, 130802]),
)
C["BR"] = dict(
    tld="com.br", langs=[("pt", 100)], rate=5, cur=["R$ {a}", "R${a}", "{a} reais"],
    cities=[("São Paulo", ["Sampa"], "saopaulo", 1), ("Rio de Janeiro", ["Rio"], "riodejaneiro", 1),
            ("Belo Horizonte", ["BH"], "belohorizonte", 1), ("Brasília", [], "brasilia", 1), ("Curitiba", [], "curitiba", 1),
            ("Recife", [], "recife", 1), ("Fortaleza", [], "fortaleza", 1), ("Porto Alegre", ["POA"], "portoalegre", 1)],
    districts=["Moema", "Pinheiros", "Vila Mariana", "Tatuapé", "Copacabana", "Botafogo", "Barra da Tijuca", "Savassi",
               "Boa Viagem, Recife", "Asa Sul", "Batel, Curitiba", "Itaim Bibi", "Jardins, SP"],
    cname={"pt": "Brasil", "en": "Brazil", "es": "Brasil"},
    streets=["Rua Augusta, {n}", "Av. Paulista, {n} - ap. {m}", "Rua Barata Ribeiro, {n}"],
    postcode=lambda r: "%05d-%03d" % (r.randint(1000, 99999), r.randint(0, 999)),
)
C["ES"] = dict(
    tld="es", langs=[("es", 100)], rate=0.9, cur=["{a}€", "{a} €", "{a} euros"],
    cities=[("Madrid", [], "madrid", 1), ("Barcelona", ["BCN", "Barna"], "barcelona", 1), ("Valencia", [], "valencia", 0),
            ("Sevilla", [], "sevilla", 1), ("Málaga", [], "malaga", 1), ("Bilbao", [], "bilbao", 1),
            ("Zaragoza", [], "zaragoza", 1), ("Alicante", [], "alicante", 1)],
    districts=["Lavapiés", "Chamberí", "Vallecas", "Usera", "Gràcia", "Sants", "Poblenou", "Triana, Sevilla", "Ruzafa",
               "Benimaclet", "Getafe", "L'Hospitalet", "Tetuán, Madrid", "Carabanchel", "Torremolinos"],
    cname={"es": "España", "en": "Spain"},
    streets=["C/ Embajadores {n}, {m}º B", "Calle Mayor {n}", "C/ Sant Antoni {n}"],
    postcode=lambda r: "%05d" % r.choice([28012, 28005, 28038, 8012, 8014, 46006, 41010, 29004]),
)
C["FR"] = dict(
    tld="fr", langs=[("fr", 100)], rate=0.9, cur=["{a}€", "{a} €", "{a} euros"],
    cities=[("Paris", ["Paname"], "paris", 1), ("Lyon", [], "lyon", 1), ("Marseille", [], "marseille", 1),
            ("Toulouse", [], "toulouse", 1), ("Lille", [], "lille", 1), ("Bordeaux", [], "bordeaux", 1),
            ("Nantes", [], "nantes", 1), ("Strasbourg", [], "strasbourg", 1), ("Montpellier", [], "montpellier", 1)],
    districts=["Belleville (Paris)", "Pigalle", "Barbès", "Montreuil", "Saint-Denis", "La Défense", "Croix-Rousse",
               "Villeurbanne", "Le Panier", "La Joliette", "Wazemmes", "Mérignac", "Batignolles", "Vincennes",
               "Boulogne-Billancourt"],
    cname={"fr": "France"},
    streets=["{n} rue Myrha", "{n} bis avenue Jean-Jaurès", "{n} boulevard de la Villette"],
    postcode=lambda r: "%05d" % r.choice([75018, 75011, 75020, 69004, 13002, 59000, 33700, 93100]),
)
C["DE"] = dict(
    tld="de", langs=[("de", 80), ("ru", 20)], rate=0.9, cur=["{a} €", "{a}€", "{a},- EUR"],
    cities=[("Berlin", [], "berlin", 1), ("Hamburg", ["HH"], "hamburg", 1), ("München", ["Muc"], "muenchen", 1),
            ("Köln", [], "koeln", 1), ("Frankfurt", ["Ffm"], "frankfurt", 1), ("Stuttgart", [], "stuttgart", 1),
            ("Düsseldorf", [], "duesseldorf", 1), ("Leipzig", [], "leipzig", 1), ("Hannover", [], "hannover", 1)],
    districts=["Kreuzberg", "Neukölln", "Friedrichshain", "St. Pauli", "Altona", "Ehrenfeld", "Bahnhofsviertel",
               "Sachsenhausen", "Schwabing", "Giesing", "Linden-Nord", "Marzahn", "Spandau", "Bilk"],
    native={"ru": ["Берлин", "Марцан", "Гамбург", "Кёльн", "Франкфурт"]},
    cname={"de": "Deutschland", "ru": "Германия", "en": "Germany"},
    streets=["Karl-Marx-Str. {n}", "Hauptstraße {n}", "Reeperbahn {n}"],
    postcode=lambda r: "%05d" % r.choice([10999, 12043, 10245, 20359, 22765, 50823, 60329, 80802]),
)
C["IT"] = dict(
    tld="it", langs=[("it", 100)], rate=0.9, cur=["€{a}", "{a} euro", "{a}€"],
    cities=[("Milano", [], "milano", 1), ("Roma", [], "roma", 1), ("Napoli", [], "napoli", 1), ("Torino", [], "torino", 1),
            ("Bologna", [], "bologna", 1), ("Firenze", [], "firenze", 1), ("Palermo", [], "palermo", 1),
            ("Genova", [], "genova", 1), ("Bari", [], "bari", 1)],
    districts=["Navigli", "Isola, Milano", "Porta Venezia", "Trastevere", "Pigneto", "San Lorenzo, Roma", "Vomero",
               "Fuorigrotta", "San Salvario", "Bolognina", "Mestre", "Cinisello Balsamo", "Sesto San Giovanni", "Centocelle"],
    cname={"it": "Italia"},
    streets=["Via Padova {n}", "Corso Buenos Aires {n}", "Via Tuscolana {n}"],
    postcode=lambda r: "%05d" % r.choice([20124, 20127, 176, 185, 80129, 10125, 40129]),
)
C["RU"] = dict(
    tld="ru", langs=[("ru", 100)], rate=90, cur=["{a} ₽", "{a} руб", "{a} р."],
    cities=[("Moscow", [], "moskva", 1), ("St Petersburg", [], "spb", 1), ("Yekaterinburg", [], "ekb", 1),
            ("Novosibirsk", [], "novosibirsk", 1), ("Kazan", [], "kazan", 1), ("Sochi", [], "sochi", 1)],
    districts=[],
    native={"ru": ["Москва", "Мск", "Питер", "СПб", "Екатеринбург", "Екб", "Казань", "Сочи", "Марьино", "Бутово",
                   "Химки", "Люберцы", "Купчино", "Девяткино", "Академгородок", "Митино", "Выхино", "Кудрово"]},
    cname={"ru": "Россия", "en": "Russia"},
    streets=["ul. Lenina {n}"],
    native_streets={"ru": ["ул. Ленина, д. {n}, кв. {m}", "Ленинский пр-т, д. {n}"]},
    postcode=lambda r: "%06d" % r.choice([115172, 109029, 190000, 196128, 620014, 630090]),
)
C["PT"] = dict(
    tld="pt", langs=[("pt", 100)], rate=0.9, cur=["{a}€", "{a} €", "{a} euros"],
    cities=[("Lisboa", [], "lisboa", 1), ("Porto", [], "porto", 1), ("Braga", [], "braga", 1), ("Coimbra", [], "coimbra", 1),
            ("Faro", [], "faro", 1), ("Setúbal", [], "setubal", 1)],
    districts=["Alfama", "Arroios", "Amadora", "Odivelas", "Cedofeita", "Matosinhos", "Vila Nova de Gaia", "Almada",
               "Cascais", "Sintra", "Benfica, Lisboa", "Areeiro"],
    cname={"pt": "Portugal"},
    streets=["Rua da Prata {n}, {m}º Esq.", "Av. Almirante Reis {n}", "Rua de Cedofeita {n}"],
    postcode=lambda r: "%04d-%03d" % (r.choice([1100, 1150, 1170, 2700, 4050, 4450]), r.randint(1, 999)),
)
COUNTRY_WEIGHT = {"US": 6, "CA": 4, "GB": 6, "IE": 3, "AU": 5, "NZ": 3, "IN": 5, "SG": 3, "MY": 3, "PH": 4, "TH": 5,
                  "JP": 4, "NG": 4, "KE": 4, "ZA": 4, "AE": 5, "MX": 4, "CO": 4, "EC": 3, "BR": 5, "ES": 4, "FR": 4,
                  "DE": 4, "IT": 4, "RU": 3, "PT": 3, "EG": 3}
CALLING = {"US": 1, "CA": 1, "GB": 44, "IE": 353, "AU": 61, "NZ": 64, "IN": 91, "SG": 65, "MY": 60, "PH": 63, "TH": 66,
           "JP": 81, "NG": 234, "KE": 254, "ZA": 27, "AE": 971, "MX": 52, "CO": 57, "EC": 593, "BR": 55, "ES": 34,
           "FR": 33, "DE": 49, "IT": 39, "RU": 7, "PT": 351, "EG": 20}

# destinations named in "work abroad" ads: region, names per language
DESTS = [
    ("AE", {"en": "Dubai", "es": "Dubái", "pt": "Dubai", "fr": "Dubaï", "de": "Dubai", "it": "Dubai", "ru": "Дубай", "ar": "دبي", "th": "ดูไบ", "ja": "ドバイ", "hi": "दुबई"}),
    ("SA", {"en": "Saudi Arabia", "es": "Arabia Saudita", "pt": "Arábia Saudita", "fr": "Arabie saoudite", "de": "Saudi-Arabien", "it": "Arabia Saudita", "ru": "Саудовская Аравия", "ar": "السعودية", "th": "ซาอุดีอาระเบีย", "ja": "サウジアラビア", "hi": "सऊदी अरब"}),
    ("QA", {"en": "Qatar", "es": "Catar", "pt": "Catar", "fr": "Qatar", "de": "Katar", "it": "Qatar", "ru": "Катар", "ar": "قطر", "th": "กาตาร์", "ja": "カタール", "hi": "क़तर"}),
    ("KW", {"en": "Kuwait", "es": "Kuwait", "pt": "Kuwait", "fr": "Koweït", "de": "Kuwait", "it": "Kuwait", "ru": "Кувейт", "ar": "الكويت", "th": "คูเวต", "ja": "クウェート", "hi": "कुवैत"}),
    ("CA", {"en": "Canada", "es": "Canadá", "pt": "Canadá", "fr": "Canada", "de": "Kanada", "it": "Canada", "ru": "Канада", "ar": "كندا", "th": "แคนาดา", "ja": "カナダ", "hi": "कनाडा"}),
    ("PL", {"en": "Poland", "es": "Polonia", "pt": "Polónia", "fr": "Pologne", "de": "Polen", "it": "Polonia", "ru": "Польша", "ar": "بولندا", "th": "โปแลนด์", "ja": "ポーランド", "hi": "पोलैंड"}),
    ("MT", {"en": "Malta", "es": "Malta", "pt": "Malta", "fr": "Malte", "de": "Malta", "it": "Malta", "ru": "Мальта", "ar": "مالطا", "th": "มอลตา", "ja": "マルタ", "hi": "माल्टा"}),
    ("JP", {"en": "Japan", "es": "Japón", "pt": "Japão", "fr": "Japon", "de": "Japan", "it": "Giappone", "ru": "Япония", "ar": "اليابان", "th": "ญี่ปุ่น", "ja": "日本", "hi": "जापान"}),
    ("GB", {"en": "the UK", "es": "Reino Unido", "pt": "Reino Unido", "fr": "Royaume-Uni", "de": "Großbritannien", "it": "Regno Unito", "ru": "Великобритания", "ar": "بريطانيا", "th": "อังกฤษ", "ja": "イギリス", "hi": "ब्रिटेन"}),
    ("DE", {"en": "Germany", "es": "Alemania", "pt": "Alemanha", "fr": "Allemagne", "de": "Deutschland", "it": "Germania", "ru": "Германия", "ar": "ألمانيا", "th": "เยอรมนี", "ja": "ドイツ", "hi": "जर्मनी"}),
    ("ES", {"en": "Spain", "es": "España", "pt": "Espanha", "fr": "Espagne", "de": "Spanien", "it": "Spagna", "ru": "Испания", "ar": "إسبانيا", "th": "สเปน", "ja": "スペイン", "hi": "स्पेन"}),
    ("PT", {"en": "Portugal", "es": "Portugal", "pt": "Portugal", "fr": "Portugal", "de": "Portugal", "it": "Portogallo", "ru": "Португалия", "ar": "البرتغال", "th": "โปรตุเกส", "ja": "ポルトガル", "hi": "पुर्तगाल"}),
    ("NZ", {"en": "New Zealand", "es": "Nueva Zelanda", "pt": "Nova Zelândia", "fr": "Nouvelle-Zélande", "de": "Neuseeland", "it": "Nuova Zelanda", "ru": "Новая Зеландия", "ar": "نيوزيلندا", "th": "นิวซีแลนด์", "ja": "ニュージーランド", "hi": "न्यूज़ीलैंड"}),
    ("RO", {"en": "Romania", "es": "Rumanía", "pt": "Roménia", "fr": "Roumanie", "de": "Rumänien", "it": "Romania", "ru": "Румыния", "ar": "رومانيا", "th": "โรมาเนีย", "ja": "ルーマニア", "hi": "रोमानिया"}),
]

DEST_CC = {"AE": 971, "SA": 966, "QA": 974, "KW": 965, "CA": 1, "PL": 48, "MT": 356, "JP": 81, "GB": 44, "DE": 49, "ES": 34,
           "PT": 351, "NZ": 64, "RO": 40}

# ----------------------------------------------------------------------------------------------
# ad text. Placeholders: {P0} {P1} phone mentions, {place} a place (only in posts whose country
# evidence is the text), {name} {spa} {agency} {item} {dest} {e} (emoji), and decoys {price} {age}
# {height} {time} {date} {street} {postcode} {tracking} {order} {bank} {year} {measure}.
# Template text itself holds no digits: every digit in a post comes from a placeholder.
# ----------------------------------------------------------------------------------------------
T = {}
T["en"] = {
    "escort": dict(
        title=["{name} 💋 {age} NEW in {place}", "❤️ {name} ❤️ sweet & discreet ❤️ {P0}", "NEW GIRL {name} - incall/outcall - {place}",
               "Busty {name} available now {e}", "{name} {P0} {e} real pics {e}", "Upscale companion {name} | {place} | outcall only",
               "Visiting {place} this week only - {name}", "{name} ~ GFE ~ {age}", "Ur new addiction {e} {name}",
               "Sexy latina {name} in {place} {e}{e}", "Text me {P0} {e} {name}", "{e} {name} {e} back in {place} {e}"],
        open=["Hey gentlemen, I'm {name}, {age}, new to {place} and ready to make your day.",
              "Hi loves! {name} here, independent, {height}, {measure}.",
              "Sweet, classy and discreet. Incall in {place}, outcall to hotels.",
              "Real pictures, no games, no deposits.",
              "I'm a petite {age} girl with a big smile and a naughty side {e}", "Touring {place} {date} only!!",
              "just landed in {place} 🛬 come see me before i leave", "Classy independent lady offering the ultimate girlfriend experience.",
              "Sweet {name}, {age}, {height}, all natural {measure}", "ur favorite girl is back {e} {name} in {place}"],
        detail=["Rates: {price}", "{price} half hour, {price} full hour", "Available {time}", "Stats: {height}, {measure}",
                "Age {age}. No rush.", "Screening required for first timers", "Hotel or my place, clean and safe",
                "Open {time} every day", "No blocked numbers, no pimps", "Donations: {price}/hr", "Specials {time}"],
        contact1=["Call or text {P0}", "📱 {P0} (text only, no calls)", "Txt me: {P0}", "Text {name} at {P0}", "WhatsApp me {P0}",
                  "{P0} {e}", "Contact me on {P0}.", "Text ME ---> {P0} <---", "Serious inquiries only: {P0}", "call me babe {P0}",
                  "📞 {P0} 📞", "TXT {P0} NOW"],
        contact2=["WhatsApp {P0} or call {P1}", "Text {P0} | Backup line {P1}", "Calls: {P0} ~ WhatsApp: {P1}"],
        close=["No explicit texts. Serious gentlemen only.", "Xoxo {name}", "I don't answer private numbers", "Kisses 😘",
               "See you soon ✨", "Ask for {name}", ""],
    ),
    "massage": dict(
        title=["Relaxing body massage in {place}", "Asian massage - new girls - {place}", "🌸 Full body massage 🌸 {P0}",
               "Grand opening!! {spa} {place}", "Nuru / body to body / four hands", "Mobile massage therapist - home & hotel visits",
               "{spa} - best massage in {place}", "Deep tissue & hot stone {e}", "TABLE SHOWER - NEW STAFF - {place}"],
        open=["Grand opening of {spa} in {place}!", "Young beautiful Asian therapists, clean private rooms, shower available.",
              "Professional deep tissue, Swedish and hot stone massage.", "Walk-ins welcome, couples room available.",
              "Come relax with our skilled team, new staff every week.", "Tired? Stressed? Let {name} take care of you.",
              "Located in {place}, easy parking."],
        detail=["{price} for an hour, {price} for ninety mins", "Open daily {time}", "Located at {street}, {postcode}",
                "Free parking at rear", "New staff from {date}", "Special: {price} for one hour (weekdays)", "Opening hours {time}",
                "Gift vouchers available", "Serving the area since {year}"],
        contact1=["Call {P0} to book", "Appointments: {P0}", "Booking / WhatsApp {P0}", "☎ {P0}", "Tel {P0} - walk-ins welcome",
                  "Call now {P0}!!", "For booking call or txt {P0}"],
        contact2=["Shop {P0} / mobile {P1}", "Tel: {P0}  WhatsApp: {P1}"],
        close=["No sexual services.", "Thank you!", "Cash and cards accepted.", "We look forward to seeing you.", ""],
    ),
    "rooms": dict(
        title=["Double room to let in {place} - bills incl", "Room for rent near station - {price}", "Studio available {date}",
               "Apartment for rent {place}", "Female only room share", "ROOM AVAILABLE NOW!! {place}", "Spacious room in {place} {price}pcm",
               "Bedspace for rent {e}"],
        open=["Large double room in a quiet three-bed house share in {place}.", "Furnished room available from {date}.",
              "Looking for a clean, working professional.", "Sharing with two others, no pets, no smokers.",
              "Bright room with built-in wardrobe, wifi included.", "Room in a friendly flat share, five minutes walk to the train."],
        detail=["Rent {price} per month, deposit {price}", "Address: {street}, {postcode}", "Room size: {measure}",
                "Built {year}, recently renovated", "Deposit to be paid to {bank}", "Available from {date}", "Viewings {time}",
                "Bills included except electricity", "Min stay six months"],
        contact1=["Call or WhatsApp {P0}", "Please text {P0} with a little about yourself", "Landlord: {P0} (no agents)",
                  "Phone {P0}", "Interested? {P0}", "Contact {name} on {P0}"],
        contact2=["Call {P0} or {P1}", "Mob {P0}, home {P1}"],
        close=["Serious enquiries only.", "First come first served.", "Thanks for looking!", ""],
    ),
    "forsale": dict(
        title=["{item} for sale - {price}", "Selling my {item}, barely used", "FS: {item}", "{item} - must go this week",
               "{item} {price} ONO", "MOVING SALE - {item} and more"],
        open=["Selling my {item}, bought in {year}, excellent condition.", "Moving abroad, everything must go.",
              "Bought {date}, still under warranty.", "Works perfectly, selling because I upgraded.", "Genuine buyers only."],
        detail=["Price {price} ono", "Mileage {km}", "Can ship, tracking provided: {tracking}", "Original receipt, order {order}",
                "Pick up in {place}", "Size {measure}", "Last parcel {tracking} arrived fine", "Payment to {bank} before shipping",
                "Year {year}"],
        contact1=["Call {P0}", "Text only {P0}, no lowballers", "WhatsApp {P0}", "Reach me at {P0}", "{P0} - ask for {name}"],
        contact2=["Call {P0} or WhatsApp {P1}"],
        close=["No swaps.", "Cash on pickup.", "First to come takes it.", ""],
    ),
    "recruit": dict(
        title=["URGENT HIRING: caregivers for {dest}", "Work in {dest} - free visa & ticket", "Hotel staff needed in {dest}",
               "Drivers / cleaners wanted for {dest}", "Overseas jobs {dest} - apply now", "Factory workers for {dest}, no placement fee",
               "{agency}: we are hiring!"],
        open=["{agency} is recruiting for {dest}. Salary {price} plus free accommodation.", "Direct hiring for {dest}, interview this week.",
              "Requirements: age {age}, with valid passport, at least two years experience.",
              "Processing fee only {price}, visa in two weeks!!", "Licensed agency based in {place}, recruiting for {dest}."],
        detail=["Licence No. {order}", "Interview on {date}, {time}", "Walk in at our office: {street}, {place}", "Salary {price} per month",
                "Age {age}", "Deadline: {date}", "Reference {order}", "Visa fee payable to {bank}"],
        contact1=["Apply via WhatsApp {P0}", "Send CV and call {P0}", "For inquiries call {P0}", "Our {place} office: {P0}",
                  "Text APPLY to {P0}", "Hotline {P0}"],
        contact2=["Call {P0} or {P1}", "Office {P0}, WhatsApp {P1}"],
        close=["Beware of fake recruiters.", "Limited slots!", "No placement fee.", "God bless!", ""],
    ),
}
T["es"] = {
    "escort": dict(
        title=["{name} 💋 {age} nueva en {place}", "Chica complaciente {name} {e}", "❤️ {name} ❤️ {P0}", "Nena {name} disponible ya {e}",
               "Colombiana ardiente en {place}", "{name} - Solo WhatsApp {e}"],
        open=["Hola amor, soy {name}, tengo {age}, nueva en {place}.", "Soy una chica cariñosa y discreta, {height}, {measure}.",
              "Atiendo en apartamento privado o a domicilio.", "Fotos reales, sin engaños.", "Recién llegada a {place}, ven a conocerme {e}"],
        detail=["Tarifa: {price} la hora", "Horario {time}", "Medidas {measure}", "Edad {age}", "Discreción total",
                "Media hora {price}, hora completa {price}"],
        contact1=["Escríbeme al WhatsApp {P0}", "Llámame {P0}", "Solo WhatsApp {P0}", "Info y citas: {P0}", "Tel. {P0} {e}", "Whats {P0}"],
        contact2=["WhatsApp {P0} o llamadas {P1}"],
        close=["Besos 😘", "No contesto números privados.", "Te espero, {name}", ""],
    ),
    "massage": dict(
        title=["Masajes relajantes en {place}", "Masajista profesional a domicilio {e}", "Spa {spa} - {place}", "Masaje tántrico y descontracturante"],
        open=["Masajes relajantes, descontracturantes y con piedras calientes.", "Nuevo spa en {place}, ambiente limpio y privado.",
              "Masajista certificada con experiencia."],
        detail=["Precio {price} la sesión", "Horario {time}", "Estamos en {street}", "Abrimos desde el {date}", "Promoción {price} entre semana"],
        contact1=["Citas al {P0}", "Agenda tu cita {P0}", "WhatsApp {P0}", "Llama al {P0}"],
        contact2=["Citas {P0} o WhatsApp {P1}"],
        close=["Te esperamos", "Servicio profesional, abstenerse morbosos", ""],
    ),
    "rooms": dict(
        title=["Se renta cuarto amueblado en {place}", "Se arrienda habitación {place}", "Alquilo habitación en piso compartido",
               "Cuarto para estudiante o profesionista {e}", "Habitación disponible {date}"],
        open=["Habitación amplia con baño propio, servicios incluidos.", "Busco compañera de piso tranquila y responsable.",
              "A dos cuadras del metro, zona segura.", "Cuarto amueblado con internet y cocina compartida."],
        detail=["Renta {price} mensual, depósito {price}", "Dirección: {street}, {postcode}", "Medidas {measure}",
                "Disponible a partir del {date}", "Depósito a la cuenta {bank}", "Edificio de {year}"],
        contact1=["Informes al {P0}", "Cel. {P0}", "Llamar o WhatsApp {P0}", "Interesados escribir al {P0}"],
        contact2=["Cel. {P0} o fijo {P1}"],
        close=["No mascotas.", "Solo personas serias.", ""],
    ),
    "forsale": dict(
        title=["Vendo {item}", "{item} como nuevo - {price}", "Se vende {item} {e}", "OFERTA {item}"],
        open=["Vendo {item}, comprado en {year}, excelente estado.", "Me voy del país, vendo todo.", "Poco uso, con factura."],
        detail=["Precio {price} negociable", "Kilometraje {km}", "Envío con guía {tracking}", "Pedido {order}", "Medidas {measure}",
                "Entrega en {place}"],
        contact1=["Interesados al {P0}", "WhatsApp {P0}", "Llamar al {P0}"],
        contact2=["Llamar al {P0} o WhatsApp {P1}"],
        close=["No cambios.", "Precio fijo.", ""],
    ),
    "recruit": dict(
        title=["Trabajo en {dest}: se buscan temporeros", "Oferta de empleo en {dest} {e}", "Se solicita personal para {dest}",
               "Empleo con visa de trabajo en {dest}"],
        open=["{agency} selecciona personal para {dest}. Sueldo {price} más alojamiento.", "Requisitos: edad {age}, pasaporte vigente.",
              "Agencia en {place} recluta trabajadores para {dest}."],
        detail=["Entrevistas el {date}, {time}", "Salario {price} al mes", "Registro {order}", "Edad {age}", "Oficina: {street}, {place}"],
        contact1=["Informes al WhatsApp {P0}", "Envía tu CV y llama al {P0}", "Inscripciones {P0}"],
        contact2=["Oficina {P0} o WhatsApp {P1}"],
        close=["Cupos limitados.", "No cobramos por adelantado.", ""],
    ),
}
T["pt"] = {
    "escort": dict(
        title=["Acompanhante {name} 💋 {place}", "Gata nova na área {e} {name}", "{name} {age} - atendo hoje", "❤️ {name} ❤️ {P0}",
               "Loira safada em {place} {e}"],
        open=["Oi amor, sou a {name}, {age}, {height}, {measure}.", "Atendo em local próprio e discreto em {place}.",
              "Fotos reais, sem enrolação.", "Carinhosa, educada e sem frescura {e}"],
        detail=["Cachê {price} a hora", "Atendimento {time}", "Idade {age}", "Medidas {measure}", "Meia hora {price}"],
        contact1=["Chama no zap {P0}", "Ligue {P0}", "WhatsApp {P0} {e}", "Só WhatsApp: {P0}", "Contato {P0}"],
        contact2=["Zap {P0} ou ligação {P1}"],
        close=["Beijos 😘", "Não atendo número privado.", ""],
    ),
    "massage": dict(
        title=["Massagem relaxante e tântrica em {place}", "Massoterapeuta a domicílio {e}", "Spa {spa} {place}"],
        open=["Massagem relaxante, tântrica e com pedras quentes.", "Ambiente climatizado e discreto em {place}.", "Profissional com certificado."],
        detail=["Sessão {price}", "Horário {time}", "Endereço: {street}, {postcode}", "Desde {year}"],
        contact1=["Agende pelo WhatsApp {P0}", "Marque já {P0}", "Ligue {P0}"],
        contact2=["Fixo {P0} ou zap {P1}"],
        close=["Ambiente familiar.", ""],
    ),
    "rooms": dict(
        title=["Alugo quarto mobiliado em {place}", "Arrenda-se quarto em {place}", "Quarto para estudante {e}", "Vaga em república {place}"],
        open=["Quarto amplo com casa de banho privativa.", "Procuro pessoa tranquila e responsável.", "Perto do metro, contas incluídas."],
        detail=["Renda {price} por mês, caução {price}", "Morada: {street}, {postcode}", "Área {measure}", "Disponível a partir de {date}",
                "Depósito na conta {bank}"],
        contact1=["Contacto {P0}", "Tratar pelo {P0}", "Chama no WhatsApp {P0}"],
        contact2=["Contacto {P0} ou {P1}"],
        close=["Não aceito animais.", ""],
    ),
    "forsale": dict(
        title=["Vendo {item}", "{item} seminovo {price}", "Vende-se {item}"],
        open=["Vendo {item}, comprado em {year}, em ótimo estado.", "Pouco uso, com nota fiscal."],
        detail=["Preço {price}", "Quilometragem {km}", "Envio com rastreio {tracking}", "Pedido {order}", "Retirar em {place}"],
        contact1=["Interessados {P0}", "Zap {P0}", "Ligar {P0}"],
        contact2=["Ligar {P0} ou zap {P1}"],
        close=["Não aceito troca.", ""],
    ),
    "recruit": dict(
        title=["Vagas para trabalhar em {dest}", "Emprego em {dest} com visto {e}", "Recrutamento para {dest}"],
        open=["{agency} contrata para {dest}. Salário {price} + alojamento.", "Requisitos: idade {age}, passaporte válido.",
              "Agência em {place} recruta para {dest}."],
        detail=["Entrevistas dia {date}, {time}", "Salário {price} mensais", "Registo {order}", "Idade {age}"],
        contact1=["Informações pelo WhatsApp {P0}", "Ligue {P0}", "Envie currículo e ligue {P0}"],
        contact2=["Escritório {P0} ou WhatsApp {P1}"],
        close=["Vagas limitadas.", ""],
    ),
}
T["fr"] = {
    "escort": dict(
        title=["{name}, {age}, nouvelle sur {place}", "Belle {name} dispo {e}", "❤️ {name} ❤️ {P0}", "Jolie métisse à {place}",
               "{name} - GFE - discrétion"],
        open=["Coucou, je suis {name}, {age}, {height}, {measure}.", "Je reçois dans un appartement discret à {place}.",
              "Photos réelles, pas de fake.", "Douce, coquine et souriante {e}"],
        detail=["Tarifs : {price} l'heure", "Dispo {time}", "Âge {age}", "Mensurations {measure}", "Pas de SMS masqués"],
        contact1=["Appelle-moi au {P0}", "SMS ou WhatsApp {P0}", "Tél : {P0}", "Contact {P0} {e}", "Joignable au {P0}"],
        contact2=["Tél {P0} ou WhatsApp {P1}"],
        close=["Bisous 😘", "Numéros masqués refusés.", ""],
    ),
    "massage": dict(
        title=["Massage relaxant à {place}", "Massage naturiste et californien {e}", "Institut {spa} - {place}"],
        open=["Massage californien, suédois et aux pierres chaudes.", "Nouvel institut à {place}, cadre propre et discret.", "Masseuse diplômée."],
        detail=["Tarif {price} la séance", "Ouvert {time}", "Adresse : {street}, {postcode}", "Depuis {year}"],
        contact1=["Sur RDV au {P0}", "Réservations {P0}", "Appelez le {P0}"],
        contact2=["Fixe {P0} ou portable {P1}"],
        close=["Massage non sexuel.", ""],
    ),
    "rooms": dict(
        title=["Chambre à louer à {place}", "Colocation {place} - chambre meublée", "Studio dispo {date}", "Chambre chez l'habitant {e}"],
        open=["Grande chambre meublée dans un appartement calme.", "Je cherche un(e) colocataire sérieux(se).",
              "À deux pas du métro, charges comprises."],
        detail=["Loyer {price} CC, caution {price}", "Adresse : {street}, {postcode}", "Surface {measure}", "Dispo à partir du {date}",
                "Virement sur {bank}"],
        contact1=["Contactez-moi au {P0}", "Tél : {P0}", "Appelez ou SMS {P0}"],
        contact2=["Tél {P0} ou {P1}"],
        close=["Pas d'animaux.", ""],
    ),
    "forsale": dict(
        title=["À vendre {item}", "{item} très bon état {price}", "Vends {item}"],
        open=["Je vends : {item}, acheté en {year}, très bon état.", "Cause déménagement.", "Facture disponible."],
        detail=["Prix {price} à débattre", "Kilométrage {km}", "Envoi possible, suivi {tracking}", "Commande {order}", "À récupérer à {place}"],
        contact1=["Me contacter au {P0}", "Tél. {P0}", "SMS {P0}"],
        contact2=["Tél. {P0} ou WhatsApp {P1}"],
        close=["Pas d'échange.", ""],
    ),
    "recruit": dict(
        title=["Travailler à l'étranger : {dest}", "Offre d'emploi {dest} {e}", "Recrutement urgent pour {dest}"],
        open=["{agency} recrute pour {dest}. Salaire {price} + logement.", "Conditions : âge {age}, passeport valide.",
              "Agence basée à {place}, recrutement pour {dest}."],
        detail=["Entretiens le {date}, {time}", "Salaire {price} par mois", "Licence {order}"],
        contact1=["Infos au {P0}", "Appelez le {P0}", "WhatsApp {P0}"],
        contact2=["Bureau {P0} ou WhatsApp {P1}"],
        close=["Places limitées.", ""],
    ),
}
T["de"] = {
    "escort": dict(
        title=["Neu in {place}: {name} ({age})", "{name} - Haus- und Hotelbesuche {e}", "❤️ {name} ❤️ {P0}", "Süße {name} privat in {place}"],
        open=["Hallo, ich bin {name}, {age}, {height}, {measure}.", "Ich empfange dich diskret in {place}.", "Echte Bilder, kein Fake.",
              "Zärtlich, verspielt und niveauvoll {e}"],
        detail=["Taschengeld: {price} die Stunde", "Erreichbar {time}", "Alter {age}", "Maße {measure}"],
        contact1=["Ruf an: {P0}", "Nur SMS/WhatsApp {P0}", "Tel. {P0}", "Termine unter {P0}"],
        contact2=["Tel. {P0} oder WhatsApp {P1}"],
        close=["Küsschen 😘", "Keine unterdrückten Nummern.", ""],
    ),
    "massage": dict(
        title=["Entspannungsmassage in {place}", "Thai-Massage {spa} {e}", "Ganzkörpermassage - neue Masseurinnen"],
        open=["Traditionelle Thai-Massage, Ölmassage und Fußreflexzonen.", "Neues Studio in {place}, sauber und diskret.", "Erfahrene Masseurinnen."],
        detail=["Preis {price} pro Stunde", "Öffnungszeiten {time}", "Adresse: {street}, {postcode}", "Seit {year}"],
        contact1=["Termine unter {P0}", "Anrufen: {P0}", "Telefon {P0}"],
        contact2=["Studio {P0} oder mobil {P1}"],
        close=["Keine erotischen Dienstleistungen.", ""],
    ),
    "rooms": dict(
        title=["WG-Zimmer in {place} frei ab {date}", "Möbliertes Zimmer zu vermieten", "Zwischenmiete {place} {e}"],
        open=["Helles Zimmer in netter WG, Nichtraucher.", "Suche ruhige Mitbewohnerin.", "Nähe U-Bahn, alles inklusive."],
        detail=["Warmmiete {price}, Kaution {price}", "Adresse: {street}, {postcode}", "Größe {measure}", "Frei ab {date}",
                "Kaution auf {bank}", "Baujahr {year}"],
        contact1=["Meldet euch unter {P0}", "Tel. {P0}", "Anruf oder SMS {P0}"],
        contact2=["Tel. {P0} oder {P1}"],
        close=["Keine Haustiere.", ""],
    ),
    "forsale": dict(
        title=["Verkaufe {item}", "{item} wie neu - {price}", "{item} VB"],
        open=["Verkaufe {item}, gekauft {year}, top Zustand.", "Wegen Umzug abzugeben.", "Rechnung vorhanden."],
        detail=["Preis {price} VB", "Kilometerstand {km}", "Versand möglich, Sendungsnummer {tracking}", "Bestellnummer {order}",
                "Abholung in {place}"],
        contact1=["Bei Interesse {P0}", "Tel. {P0}", "WhatsApp {P0}"],
        contact2=["Tel. {P0} oder WhatsApp {P1}"],
        close=["Privatverkauf, keine Garantie.", ""],
    ),
    "recruit": dict(
        title=["Arbeiten in {dest} - Pflegekräfte gesucht", "Jobs in {dest} mit Unterkunft {e}"],
        open=["{agency} sucht Mitarbeiter für {dest}. Lohn {price} + Unterkunft.", "Voraussetzungen: Alter {age}, gültiger Reisepass.",
              "Agentur in {place}, Vermittlung nach {dest}."],
        detail=["Vorstellungsgespräch am {date}, {time}", "Gehalt {price} im Monat", "Lizenz {order}"],
        contact1=["Infos unter {P0}", "Bewerbung per WhatsApp {P0}"],
        contact2=["Büro {P0} oder WhatsApp {P1}"],
        close=["Begrenzte Plätze.", ""],
    ),
}
T["it"] = {
    "escort": dict(
        title=["{name} novità a {place}", "Bellissima {name} {age} {e}", "❤️ {name} ❤️ {P0}", "{name} dolcissima, riservata"],
        open=["Ciao, sono {name}, {age}, {height}, {measure}.", "Ricevo in ambiente riservato a {place}.", "Foto reali, niente fake.",
              "Dolce e sensuale {e}"],
        detail=["Regalo {price} l'ora", "Disponibile {time}", "Età {age}", "Misure {measure}"],
        contact1=["Chiamami al {P0}", "Solo WhatsApp {P0}", "Tel. {P0}", "Contattami {P0}"],
        contact2=["Tel. {P0} oppure WhatsApp {P1}"],
        close=["Baci 😘", "No anonimi.", ""],
    ),
    "massage": dict(
        title=["Massaggi rilassanti {place}", "Centro massaggi {spa} {e}", "Massaggio thai e ayurvedico"],
        open=["Massaggi rilassanti, decontratturanti e con pietre calde.", "Nuovo centro a {place}, ambiente pulito.", "Massaggiatrice diplomata."],
        detail=["Prezzo {price} a seduta", "Orario {time}", "Indirizzo: {street}, {postcode}", "Dal {year}"],
        contact1=["Per appuntamento {P0}", "Chiama {P0}", "Info {P0}"],
        contact2=["Centro {P0} oppure cellulare {P1}"],
        close=["Solo massaggi professionali.", ""],
    ),
    "rooms": dict(
        title=["Affittasi stanza singola a {place}", "Posto letto per studentesse {e}", "Stanza libera da {date}"],
        open=["Stanza luminosa in appartamento condiviso.", "Cerco ragazza tranquilla e non fumatrice.", "Vicino alla metro, spese incluse."],
        detail=["Affitto {price} al mese, cauzione {price}", "Indirizzo: {street}, {postcode}", "Superficie {measure}", "Libera dal {date}",
                "Bonifico su {bank}"],
        contact1=["Contattare il {P0}", "Tel. {P0}", "Chiamare o WhatsApp {P0}"],
        contact2=["Tel. {P0} oppure {P1}"],
        close=["No animali.", ""],
    ),
    "forsale": dict(
        title=["Vendo {item}", "{item} come nuovo {price}", "{item} usato pochissimo"],
        open=["Vendo {item}, comprato nel {year}, ottime condizioni.", "Causa trasloco.", "Con scontrino."],
        detail=["Prezzo {price} trattabile", "Chilometri {km}", "Spedizione con tracciamento {tracking}", "Ordine {order}", "Ritiro a {place}"],
        contact1=["Per info {P0}", "Tel. {P0}", "WhatsApp {P0}"],
        contact2=["Tel. {P0} oppure WhatsApp {P1}"],
        close=["No perditempo.", ""],
    ),
    "recruit": dict(
        title=["Lavoro in {dest}: cercasi personale", "Offerta di lavoro {dest} {e}"],
        open=["{agency} seleziona personale per {dest}. Stipendio {price} + alloggio.", "Requisiti: età {age}, passaporto valido.",
              "Agenzia di {place}, selezione per {dest}."],
        detail=["Colloqui il {date}, {time}", "Stipendio {price} al mese", "Autorizzazione {order}"],
        contact1=["Info al {P0}", "Chiamare il {P0}"],
        contact2=["Ufficio {P0} oppure WhatsApp {P1}"],
        close=["Posti limitati.", ""],
    ),
}
T["ru"] = {
    "escort": dict(
        title=["Новенькая {name}, {age}, {place}", "{name} ❤️ {P0}", "Индивидуалка {name} {e}", "Досуг {place} - {name}"],
        open=["Привет, я {name}, мне {age}, {height}, {measure}.", "Принимаю в уютной квартире, {place}.", "Фото реальные, без обмана.",
              "Ласковая и нежная {e}"],
        detail=["Час {price}", "Работаю {time}", "Возраст {age}", "Параметры {measure}"],
        contact1=["Звони {P0}", "Пиши в WhatsApp {P0}", "Тел. {P0}", "Телеграм/WhatsApp {P0}"],
        contact2=["Звонки {P0}, WhatsApp {P1}"],
        close=["Целую 😘", "Скрытые номера не принимаю.", ""],
    ),
    "massage": dict(
        title=["Массаж, {place}", "Тайский массаж {e}", "Салон {spa}"],
        open=["Классический, тайский и расслабляющий массаж.", "Новый салон, {place}, чисто и уютно.", "Опытные мастера."],
        detail=["Сеанс {price}", "Работаем {time}", "Адрес: {street}", "Работаем с {year} года"],
        contact1=["Запись по телефону {P0}", "Звоните {P0}", "WhatsApp {P0}"],
        contact2=["Салон {P0}, мастер {P1}"],
        close=["Без интима.", ""],
    ),
    "rooms": dict(
        title=["Сдаю комнату, {place}", "Сдаётся квартира посуточно {e}", "Комната для девушки"],
        open=["Светлая комната в двухкомнатной квартире.", "Ищу аккуратную соседку.", "Рядом метро, всё включено."],
        detail=["Цена {price} в месяц, залог {price}", "Адрес: {street}", "Площадь {measure}", "Свободна с {date}", "Залог на карту {bank}"],
        contact1=["Звоните {P0}", "Тел. {P0}", "Пишите в WhatsApp {P0}"],
        contact2=["Тел. {P0} или {P1}"],
        close=["Без животных.", ""],
    ),
    "forsale": dict(
        title=["Продам {item}", "{item} в отличном состоянии {price}"],
        open=["Продаю {item}, покупал в {year} году, в отличном состоянии.", "Срочно, в связи с переездом."],
        detail=["Цена {price}, торг", "Пробег {km}", "Отправлю, трек {tracking}", "Заказ {order}", "Самовывоз: {place}"],
        contact1=["Тел. {P0}", "Звонить {P0}"],
        contact2=["Тел. {P0}, WhatsApp {P1}"],
        close=["Без обмена.", ""],
    ),
    "recruit": dict(
        title=["Работа за границей: {dest}", "Вакансии, страна: {dest} {e}"],
        open=["{agency} набирает сотрудников, страна: {dest}. Зарплата {price} + жильё.", "Требования: возраст {age}, загранпаспорт.",
              "Агентство в городе {place}, трудоустройство: {dest}."],
        detail=["Собеседование {date}, {time}", "Зарплата {price} в месяц", "Лицензия {order}"],
        contact1=["Звоните {P0}", "Пишите {P0}"],
        contact2=["Офис {P0}, WhatsApp {P1}"],
        close=["Места ограничены.", ""],
    ),
}
T["ar"] = {
    "massage": dict(
        title=["مساج في {place}", "مركز {spa} للمساج {e}", "مساج استرخاء وتدليك"],
        open=["مساج استرخائي ومساج بالحجارة الساخنة.", "مركز جديد في {place}، نظيف وهادئ.", "معالجات محترفات."],
        detail=["السعر {price}", "مواعيد العمل {time}", "العنوان: {street}", "منذ {year}"],
        contact1=["للحجز اتصل {P0}", "واتساب {P0}", "للتواصل {P0}"],
        contact2=["المركز {P0} أو واتساب {P1}"],
        close=["خدمة محترمة فقط.", ""],
    ),
    "rooms": dict(
        title=["غرفة للإيجار في {place}", "سكن مشترك للبنات {e}", "استوديو للإيجار {place}"],
        open=["غرفة مفروشة مع حمام خاص.", "قريب من المترو، شامل الفواتير.", "للعائلات أو الموظفات فقط."],
        detail=["الإيجار {price} شهرياً، تأمين {price}", "المساحة {measure}", "متاح من {date}", "العنوان: {street}"],
        contact1=["للتواصل {P0}", "اتصل على {P0}", "واتساب {P0}"],
        contact2=["اتصل {P0} أو {P1}"],
        close=["يرجى الجدية.", ""],
    ),
    "forsale": dict(
        title=["للبيع {item}", "{item} بحالة ممتازة {price}"],
        open=["للبيع {item}، شراء {year}، بحالة ممتازة.", "بسبب السفر."],
        detail=["السعر {price} قابل للتفاوض", "العداد {km}", "رقم الطلب {order}", "رقم التتبع {tracking}"],
        contact1=["للتواصل {P0}", "اتصل {P0}"],
        contact2=["اتصل {P0} أو واتساب {P1}"],
        close=[""],
    ),
    "recruit": dict(
        title=["مطلوب سائقين للعمل في {dest}", "فرص عمل في {dest} {e}", "مطلوب عمالة للعمل في {dest}"],
        open=["{agency} تعلن عن حاجتها لعمالة في {dest}. الراتب {price} مع السكن.", "الشروط: العمر {age}، جواز سفر ساري.",
              "مكتبنا في {place} للتوظيف في {dest}."],
        detail=["المقابلات يوم {date}، {time}", "الراتب {price} شهرياً", "ترخيص رقم {order}"],
        contact1=["للتقديم واتساب {P0}", "للاستفسار {P0}"],
        contact2=["المكتب {P0} أو واتساب {P1}"],
        close=[""],
    ),
}
T["th"] = {
    "escort": dict(
        title=["น้อง{name} {age} {place}", "น้อง{name} รับงาน {e}"],
        open=["น้อง{name} น่ารัก เป็นกันเอง", "รับงานนอกสถานที่ {place}"],
        detail=["ราคา {price}", "อายุ {age}", "{height}", "เวลา {time}"],
        contact1=["โทร {P0}", "ไลน์/โทร {P0}"],
        contact2=["โทร {P0} หรือ {P1}"],
        close=[""],
    ),
    "massage": dict(
        title=["นวดแผนไทย {place}", "ร้านนวด {spa} {e}", "นวดน้ำมัน นวดเท้า"],
        open=["นวดแผนไทย นวดน้ำมัน นวดเท้า", "ร้านเปิดใหม่ {place} สะอาด", "หมอนวดมีประสบการณ์"],
        detail=["ราคา {price}", "เปิด {time}", "ที่อยู่ {street}", "ตั้งแต่ปี {year}"],
        contact1=["โทร {P0}", "จองคิว {P0}", "ติดต่อ {P0}"],
        contact2=["ร้าน {P0} มือถือ {P1}"],
        close=[""],
    ),
    "rooms": dict(
        title=["ห้องให้เช่า {place}", "คอนโดให้เช่า {e}", "ห้องว่าง ย่าน {place}"],
        open=["ห้องสตูดิโอ เฟอร์นิเจอร์ครบ", "ใกล้รถไฟฟ้า เดินทางสะดวก", "ค่าน้ำค่าไฟตามจริง"],
        detail=["ค่าเช่า {price} ต่อเดือน", "ขนาด {measure}", "ว่าง {date}", "มัดจำ {price}"],
        contact1=["โทร {P0}", "สนใจติดต่อ {P0}"],
        contact2=["โทร {P0} หรือ {P1}"],
        close=[""],
    ),
    "forsale": dict(
        title=["ขาย {item}", "{item} สภาพดี {price}"],
        open=["ขาย {item} ซื้อปี {year} สภาพดีมาก", "ใช้น้อย"],
        detail=["ราคา {price}", "เลขไมล์ {km}", "เลขพัสดุ {tracking}"],
        contact1=["โทร {P0}", "ติดต่อ {P0}"],
        contact2=["โทร {P0} หรือ {P1}"],
        close=[""],
    ),
    "recruit": dict(
        title=["รับสมัครงาน {dest}", "งานต่างประเทศ {dest} {e}"],
        open=["{agency} รับสมัครพนักงานไป {dest} เงินเดือน {price}", "อายุ {age}", "สำนักงาน {place}"],
        detail=["สัมภาษณ์ {date} {time}", "ใบอนุญาตเลขที่ {order}"],
        contact1=["สอบถาม {P0}", "โทร {P0}"],
        contact2=["สำนักงาน {P0} มือถือ {P1}"],
        close=[""],
    ),
}
T["ja"] = {
    "escort": dict(
        title=["{place}デリヘル {name}ちゃん", "新人 {name}ちゃん {age}", "{name} {P0}"],
        open=["{name}です、{age}、{height}。", "{place}エリア ホテル・ご自宅OK", "写真は本人です"],
        detail=["料金 {price}", "営業時間 {time}", "スリーサイズ {measure}"],
        contact1=["ご予約は {P0} まで", "電話 {P0}", "TEL {P0}"],
        contact2=["電話 {P0} または {P1}"],
        close=[""],
    ),
    "massage": dict(
        title=["{place}のメンズエステ {spa}", "リラクゼーション {spa} {e}", "タイ古式マッサージ {place}"],
        open=["完全個室のリラクゼーションサロンです。", "{place}駅から徒歩すぐ。", "新人セラピスト在籍。"],
        detail=["料金 {price}", "営業時間 {time}", "住所 {street}", "{year}年オープン"],
        contact1=["ご予約 {P0}", "電話予約 {P0}", "TEL：{P0}"],
        contact2=["店舗 {P0} 携帯 {P1}"],
        close=[""],
    ),
    "rooms": dict(
        title=["シェアハウス 個室 {place}", "{place} ワンルーム 賃貸", "女性専用シェアハウス {e}"],
        open=["家具家電付きの個室です。", "駅近、インターネット無料。", "敷金礼金なし。"],
        detail=["家賃 {price}", "広さ {measure}", "入居可能日 {date}", "住所 {street}"],
        contact1=["お問い合わせ {P0}", "電話 {P0}"],
        contact2=["電話 {P0} または {P1}"],
        close=[""],
    ),
    "forsale": dict(
        title=["{item}売ります", "{item} 美品 {price}"],
        open=["{item}、{year}年購入、美品です。", "引っ越しのため出品します。"],
        detail=["価格 {price}", "注文番号 {order}", "追跡番号 {tracking}"],
        contact1=["連絡先 {P0}", "電話 {P0}"],
        contact2=["電話 {P0} または {P1}"],
        close=[""],
    ),
    "recruit": dict(
        title=["高収入 求人 {dest}", "海外で働こう {dest} {e}"],
        open=["{agency}が{dest}での仕事を紹介します。月給 {price}。", "年齢 {age}", "{place}に事務所があります。"],
        detail=["面接 {date} {time}", "許可番号 {order}"],
        contact1=["応募は {P0} まで", "電話 {P0}"],
        contact2=["事務所 {P0} 携帯 {P1}"],
        close=[""],
    ),
}
T["hi"] = {
    "massage": dict(
        title=["स्पा {place}", "{spa} - बॉडी मसाज {e}"],
        open=["आरामदायक बॉडी मसाज, साफ़ और सुरक्षित।", "{place} में नया स्पा।"],
        detail=["कीमत {price}", "समय {time}", "पता: {street}"],
        contact1=["कॉल करें {P0}", "बुकिंग {P0}", "व्हाट्सएप {P0}"],
        contact2=["कॉल {P0} या व्हाट्सएप {P1}"],
        close=[""],
    ),
    "rooms": dict(
        title=["कमरा किराए पर {place}", "पीजी उपलब्ध {e}", "लड़कियों के लिए पीजी {place}"],
        open=["फर्निश्ड कमरा, वाई-फाई सहित।", "मेट्रो के पास।"],
        detail=["किराया {price} प्रति माह, जमा {price}", "उपलब्ध {date}", "पता: {street}, {postcode}"],
        contact1=["संपर्क करें {P0}", "कॉल करें {P0}"],
        contact2=["कॉल {P0} या {P1}"],
        close=[""],
    ),
    "forsale": dict(
        title=["बेचना है {item}", "{item} अच्छी हालत में {price}"],
        open=["{item} बेचना है, {year} में खरीदा।", "कम इस्तेमाल हुआ।"],
        detail=["कीमत {price}", "ऑर्डर नंबर {order}"],
        contact1=["संपर्क {P0}", "कॉल करें {P0}"],
        contact2=["कॉल {P0} या व्हाट्सएप {P1}"],
        close=[""],
    ),
    "recruit": dict(
        title=["विदेश में नौकरी {dest}", "{dest} में ड्राइवर की नौकरी {e}", "खाड़ी देशों में नौकरी - {dest}"],
        open=["{agency} {dest} के लिए भर्ती कर रही है। वेतन {price}।", "उम्र {age}, पासपोर्ट ज़रूरी।", "{place} में हमारा कार्यालय।"],
        detail=["इंटरव्यू {date}, {time}", "लाइसेंस नंबर {order}", "वेतन {price} प्रति माह"],
        contact1=["संपर्क करें {P0}", "व्हाट्सएप करें {P0}"],
        contact2=["ऑफिस {P0} या व्हाट्सएप {P1}"],
        close=[""],
    ),
}
LOCATION_LINE = {"en": ["Location: {place}", "📍 {place}", "Area: {place}"], "es": ["Zona: {place}", "📍 {place}"],
                 "pt": ["Local: {place}", "📍 {place}"], "fr": ["Secteur : {place}", "📍 {place}"], "de": ["Ort: {place}", "📍 {place}"],
                 "it": ["Zona: {place}", "📍 {place}"], "ru": ["Район: {place}", "📍 {place}"], "ar": ["المنطقة: {place}", "📍 {place}"],
                 "th": ["ย่าน {place}", "📍 {place}"], "ja": ["エリア：{place}", "📍 {place}"], "hi": ["स्थान: {place}", "📍 {place}"]}
NO_PHONE = {"en": ["Message me through the site.", "DM for details.", "Reply via the contact form only."],
            "es": ["Escríbeme por mensaje privado."], "pt": ["Chama no privado."], "fr": ["Contact par message privé."],
            "de": ["Kontakt nur über die Plattform."], "it": ["Contattami in privato."], "ru": ["Пишите в личку."],
            "ar": ["راسلني على الخاص."], "th": ["ทักแชทได้เลย"], "ja": ["お問い合わせはサイトのメッセージから"], "hi": ["मैसेज करें।"]}
CODE_LINE = {
    "en": [("Intl callers: {code}, drop the first zero", "0"), ("Country code {code}", ""), ("(calling from overseas dial {code})", ""),
           ("🌍 Code: {code}", ""), ("From abroad use {code} and leave out the leading zero", "0")],
    "es": [("Código de país {code}", ""), ("Desde el exterior marca {code}", ""), ("Indicativo {code}", "")],
    "pt": [("DDI {code}", ""), ("Do exterior: {code}", "")],
    "fr": [("Indicatif : {code}", ""), ("Depuis l'étranger composez le {code} (sans le zéro)", "0")],
    "de": [("Aus dem Ausland: {code} (ohne die Null)", "0"), ("Ländervorwahl {code}", "")],
    "it": [("Prefisso internazionale {code}", ""), ("Dall'estero: {code}", "")],
    "ru": [("Код страны {code}", ""), ("Из-за границы: {code}", "")],
    "ar": [("مفتاح الدولة {code}", ""), ("من خارج الدولة: {code}", "")],
    "th": [("รหัสประเทศ {code}", ""), ("โทรจากต่างประเทศ {code} ตัดเลขศูนย์ตัวแรกออก", "0")],
    "ja": [("国番号 {code}", ""), ("海外からは {code}（先頭のゼロを除く）", "0")],
    "hi": [("देश कोड {code}", ""), ("विदेश से: {code}", "")],
}
NAMES = {"en": ["Lexi", "Candy", "Jasmine", "Amber", "Destiny", "Mia", "Kayla", "Bella", "Roxy", "Tiffany", "Chloe", "Nikki", "Sasha",
                "Jade", "Skye", "Ruby", "Grace", "Joy", "Angel", "Mandy"],
         "es": ["Valentina", "Camila", "Daniela", "Sofía", "Luciana", "Paola", "Mariana", "Karen", "Yuli"],
         "pt": ["Bruna", "Larissa", "Thaís", "Gabi", "Jéssica", "Paty", "Rafa"],
         "fr": ["Chloé", "Manon", "Léa", "Inès", "Sarah", "Julie"], "de": ["Lena", "Jana", "Nicole", "Lara", "Vanessa", "Kim"],
         "it": ["Giulia", "Chiara", "Martina", "Sara", "Alessia"], "ru": ["Алина", "Вика", "Настя", "Кристина", "Катя", "Милана"],
         "ar": ["ريم", "نور", "ياسمين", "سارة"], "th": ["มิ้นท์", "ฝน", "แพรว", "เบียร์"], "ja": ["ゆい", "あいり", "みく", "さくら"],
         "hi": ["प्रिया", "नेहा", "राहुल", "सुनील"]}
LATIN_NICK = {"ru": ["Alina", "Vika", "Nastya"], "ar": ["Reem", "Noor"], "th": ["Mint", "Fon"], "ja": ["Yui", "Airi"], "hi": ["Priya", "Neha"]}
SPAS = ["Lotus Spa", "Golden Hands", "Jade Wellness", "Orchid Retreat", "Bamboo Relax", "Sakura Spa", "Blue Lagoon Wellness", "Zen Garden"]
AGENCIES = {"en": ["Bright Horizons Manpower", "Global Link Staffing", "Pacific Crest Recruitment", "Sunrise Overseas Placement", "Northstar Workforce"],
            "es": ["Talento Global Empleos", "Agencia Horizonte Laboral"], "pt": ["Rumo Certo Recrutamento", "Horizonte Empregos"],
            "fr": ["Horizon Emploi International"], "de": ["Brückenschlag Personal"], "it": ["Ponte Lavoro"],
            "ru": ["Агентство «Горизонт»", "Кадровый центр «Мост»"], "ar": ["شركة الأفق للتوظيف", "مكتب النور للاستقدام"],
            "th": ["บริษัท ฟ้าใหม่ จัดหางาน"], "ja": ["グローバルワーク"], "hi": ["सनराइज़ ओवरसीज़"]}
# items with model numbers carry the decoy kind "model_number"
ITEMS = {"en": [("iPhone {n} Pro", 1), ("PS{n} console", 1), ("Samsung {n} inch TV", 1), ("sofa bed", 0), ("mountain bike", 0),
                ("baby stroller", 0), ("Honda CR-V", 0), ("gaming PC", 0), ("washing machine", 0), ("Nikon D{n}", 1), ("Toyota Corolla", 0)],
         "es": [("iPhone {n}", 1), ("sofá cama", 0), ("bicicleta de montaña", 0), ("carriola", 0), ("lavadora", 0), ("Nissan Versa", 0)],
         "pt": [("iPhone {n}", 1), ("sofá-cama", 0), ("bicicleta", 0), ("carrinho de bebê", 0), ("Fiat Uno", 0), ("geladeira", 0)],
         "fr": [("iPhone {n}", 1), ("canapé-lit", 0), ("vélo électrique", 0), ("poussette", 0), ("Clio", 0)],
         "de": [("iPhone {n}", 1), ("Schlafsofa", 0), ("E-Bike", 0), ("Kinderwagen", 0), ("VW Golf", 0)],
         "it": [("iPhone {n}", 1), ("divano letto", 0), ("bici da corsa", 0), ("passeggino", 0), ("Fiat Panda", 0)],
         "ru": [("iPhone {n}", 1), ("диван", 0), ("велосипед", 0), ("коляску", 0)], "ar": [("آيفون {n}", 1), ("كنبة", 0), ("تويوتا كامري", 0)],
         "th": [("iPhone {n}", 1), ("มอเตอร์ไซค์", 0), ("ตู้เย็น", 0)], "ja": [("iPhone {n}", 1), ("自転車", 0), ("ソファ", 0)],
         "hi": [("iPhone {n}", 1), ("मोटरसाइकिल", 0), ("फ्रिज", 0)]}
EMOJI = ["💋", "🔥", "✨", "💦", "🌹", "👑", "😘", "💕", "⭐", "🍑", "🥂", "💎", "🌸", "😍", "🎀"]
LATIN = ("en", "es", "pt", "fr", "de", "it")
CATS = [("escort", 28), ("massage", 20), ("recruit", 16), ("rooms", 20), ("forsale", 16)]

# ----------------------------------------------------------------------------------------------
# decoys: numbers a careful reader would not dial
# ----------------------------------------------------------------------------------------------
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
DEVANAGARI = "०१२३४५६७८९"
FULLWIDTH = "０１２３４５６７８９"
THAI = "๐๑๒๓๔๕๖๗๘๙"


def to_script(s, digits):
    return "".join(digits[int(c)] if "0" <= c <= "9" else c for c in s)


def rdigits(rng, n, first_nonzero=False):
    out = [rng.choice("123456789" if (i == 0 and first_nonzero) else "0123456789") for i in range(n)]
    return "".join(out)


def group_thousands(n, lang, country):
    s = "%d" % n
    if country == "IN" and lang in ("en", "hi") and n >= 100000:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return ",".join(parts) + "," + tail
    if n < 1000:
        return s
    parts = []
    while s:
        parts.insert(0, s[-3:])
        s = s[:-3]
    sep = {"en": ",", "ja": ",", "th": ",", "hi": ",", "ar": ",", "es": ".", "pt": ".", "de": ".", "it": ".", "fr": "\u202f", "ru": " "}[lang]
    if lang == "es" and country in ("MX",):
        sep = ","
    return sep.join(parts)


PRICE_USD = {"escort": (120, 450), "massage": (30, 120), "rooms": (250, 1300), "forsale": (20, 1500), "recruit": (400, 2600)}


def nice(x):
    if x < 100:
        return int(round(x / 5.0) * 5) or 5
    mag = 10 ** (len("%d" % int(x)) - 2)
    return int(round(x / mag) * mag)


def d_price(rng, c, lang, cat, textual):
    lo, hi = PRICE_USD[cat]
    amt = nice(rng.uniform(lo, hi) * (C[c]["rate"] if c else 1))
    a = group_thousands(amt, lang, c)
    if textual and c:
        fmt = rng.choice(C[c]["cur"])
        if lang != "ar" and "درهم" in fmt or lang not in ("th",) and "บาท" in fmt:
            fmt = C[c]["cur"][0]
        return fmt.replace("{a}", a)
    # no currency: a bare amount, so the price itself says nothing about the country
    return rng.choice(["{a}", "{a}", "{a}.00"] if lang == "en" else ["{a}", "{a}", "{a},-"]).replace("{a}", a)


def d_age(rng, lang, cat):
    if cat == "recruit":
        a, b = rng.choice([(21, 40), (20, 35), (18, 45), (23, 38), (25, 50)])
        return {"en": "%d-%d years old", "es": "%d a %d años", "pt": "%d a %d anos", "fr": "%d-%d ans", "de": "%d-%d Jahre",
                "it": "%d-%d anni", "ru": "%d–%d лет", "ar": "%d-%d سنة", "th": "%d-%d ปี", "ja": "%d〜%d歳", "hi": "%d-%d वर्ष"}[lang] % (a, b)
    n = rng.randint(19, 34)
    if lang == "ru":
        return "%d %s" % (n, "год" if n % 10 == 1 and n != 11 else ("года" if n % 10 in (2, 3, 4) and n not in (12, 13, 14) else "лет"))
    f = {"en": rng.choice(["%d y/o", "%d yo", "%dyo", "%d years old"]), "es": "%d años", "pt": "%d anos", "fr": "%d ans",
         "de": "%d Jahre", "it": "%d anni", "ar": "%d سنة", "th": "%d ปี", "ja": "%d歳", "hi": "%d वर्ष"}[lang]
    return f % n


def d_height(rng, lang):
    if lang == "en":
        i = rng.randint(0, 10)
        return rng.choice(["5'%d\"" % i, "5’%d”" % i, "5ft%d" % i, "5'%d" % i])
    cm = rng.randint(150, 178)
    if lang == "ja":
        return "T%d" % cm
    if lang == "ru":
        return "рост %d" % cm
    if lang == "th":
        return "สูง %d ซม." % cm
    return rng.choice(["1,%02d m" % (cm - 100), "1.%02dm" % (cm - 100), "%d cm" % cm])


def d_time(rng, lang):
    h = rng.randint(8, 12)
    h2 = rng.randint(8, 11)
    if lang == "en":
        return rng.choice(["%dam-%dam" % (rng.randint(9, 11), rng.randint(1, 4)), "%dpm till late" % rng.randint(5, 9),
                           "%d:%02d to %d:%02d" % (h, rng.choice([0, 30]), h2 + 12, rng.choice([0, 30])), "24/7"])
    return {"es": "de %d:00 a %d:00 hrs" % (h, h2 + 12), "pt": "das %dh às %dh" % (h, h2 + 12), "fr": "de %dh à %dh" % (h, h2 + 12),
            "de": "%d-%d Uhr" % (h, h2 + 12), "it": "dalle %d alle %d" % (h, h2 + 12), "ru": "с %d:00 до %d:00" % (h, h2 + 12),
            "ar": "من %d صباحاً إلى %d مساءً" % (h, h2), "th": "%d.00-%d.00 น." % (h, h2 + 12), "ja": "%d:00〜翌%d:00" % (h, rng.randint(1, 5)),
            "hi": "सुबह %d बजे से रात %d बजे तक" % (h, h2)}[lang]


MONTHS = {"en": ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
          "hi": ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]}


def d_date(rng, lang):
    y = rng.choice([2024, 2025, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if lang == "en":
        return rng.choice(["%d/%d/%d" % (d, m, y), "%d/%d" % (m, d), "%s %dth" % (MONTHS["en"][m - 1], d), "%d-%02d-%02d" % (y, m, d)])
    if lang == "es":
        return rng.choice(["%d/%d/%d" % (d, m, y), "%d de %s" % (d, MONTHS["es"][m - 1])])
    if lang == "pt":
        return rng.choice(["%02d/%02d" % (d, m), "%02d/%02d/%d" % (d, m, y)])
    if lang == "fr":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS["fr"][m - 1])])
    if lang == "de":
        return rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d.%02d." % (d, m)])
    if lang == "it":
        return "%02d/%02d/%d" % (d, m, y)
    if lang == "ru":
        return "%02d.%02d.%d" % (d, m, y)
    if lang == "ar":
        return "%d/%d/%d" % (d, m, y)
    if lang == "th":
        return "%d %s %d" % (d, MONTHS["th"][m - 1], y + 543)
    if lang == "ja":
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%d/%d" % (m, d)])
    return "%d %s %d" % (d, MONTHS["hi"][m - 1], y)


def d_street(rng, c, lang):
    pool = C[c].get("native_streets", {}).get(lang) or C[c]["streets"]
    f = rng.choice(pool)
    return f.format(n=rng.randint(2, 2400), m=rng.randint(2, 45), k=rng.randint(2, 30))


def d_tracking(rng, textual):
    opts = ["ups", "usps", "fedex", "dhl"] + (["postal"] if textual else [])
    k = rng.choice(opts)
    if k == "ups":
        mid = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6))
        tail = rdigits(rng, 10)
        return rng.choice(["1Z%s%s" % (mid, tail), "1Z %s %s %s %s %s" % (mid[:3], mid[3:], tail[:2], tail[2:6], tail[6:])])
    if k == "usps":
        d = "9400" + rdigits(rng, 18)
        return rng.choice([d, " ".join(d[i:i + 4] for i in range(0, 22, 4))])
    if k == "fedex":
        d = rdigits(rng, 12, True)
        return rng.choice([d, "%s %s %s" % (d[:4], d[4:8], d[8:])])
    if k == "dhl":
        return "JJD" + rdigits(rng, 18)
    return "%s%s%s" % (rng.choice(["LX", "RR", "CP", "LB"]), rdigits(rng, 9), rng.choice(["CN", "HK", "SG"]))


def d_order(rng, cat):
    if cat == "recruit":
        return rng.choice(["%s-LB-%s-%s" % (rdigits(rng, 3), rdigits(rng, 6), rdigits(rng, 2)), "RA/%s/%s" % (rdigits(rng, 4), rng.randint(2015, 2024)),
                           "B-%s/%s" % (rdigits(rng, 4, True), rdigits(rng, 5))])
    return rng.choice(["#%s" % rdigits(rng, 8, True), "%s" % rdigits(rng, 9, True), "%d-%s" % (rng.randint(2023, 2025), rdigits(rng, 5)),
                       "AB-%s" % rdigits(rng, 6), "#%s-%s" % (rdigits(rng, 3, True), rdigits(rng, 7))])


def iban(rng, cc, length):
    bban = rdigits(rng, length - 4)
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    chk = 98 - num % 97
    s = "%s%02d%s" % (cc, chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def d_bank(rng, c, textual, lang):
    if not textual or not c:
        card = "%s %s %s %s" % tuple(rdigits(rng, 4, True) for _ in range(4))
        if lang != "en":
            return card
        return rng.choice(["acc %s" % rdigits(rng, 10), "account %s" % rdigits(rng, 12, True), card])
    f = {
        "GB": lambda: "sort code %s-%s-%s acc %s" % (rdigits(rng, 2), rdigits(rng, 2), rdigits(rng, 2), rdigits(rng, 8)),
        "IE": lambda: "IBAN " + iban(rng, "IE", 22),
        "ES": lambda: "IBAN " + iban(rng, "ES", 24), "FR": lambda: "IBAN " + iban(rng, "FR", 27),
        "DE": lambda: "IBAN " + iban(rng, "DE", 22), "IT": lambda: "IBAN " + iban(rng, "IT", 27),
        "PT": lambda: "IBAN " + iban(rng, "PT", 25), "AE": lambda: "IBAN " + iban(rng, "AE", 23),
        "EG": lambda: "IBAN " + iban(rng, "EG", 29),
        "AU": lambda: "BSB %s-%s acc %s" % (rdigits(rng, 3), rdigits(rng, 3), rdigits(rng, 8)),
        "NZ": lambda: "%s-%s-%s-%s" % (rdigits(rng, 2), rdigits(rng, 4), rdigits(rng, 7), rdigits(rng, 2)),
        "IN": lambda: "A/c %s IFSC SBIN0%s" % (rdigits(rng, 12, True), rdigits(rng, 6)),
        "NG": lambda: "%s (GTBank)" % rdigits(rng, 10),
        "KE": lambda: "Paybill %s acc %s" % (rdigits(rng, 6, True), rdigits(rng, 6)),
        "ZA": lambda: "FNB %s branch %s" % (rdigits(rng, 11, True), rdigits(rng, 6, True)),
        "MX": lambda: "CLABE %s" % rdigits(rng, 18),
        "BR": lambda: "Pix CPF %s.%s.%s-%s" % (rdigits(rng, 3), rdigits(rng, 3), rdigits(rng, 3), rdigits(rng, 2)),
        "CO": lambda: "Bancolombia ahorros %s-%s-%s" % (rdigits(rng, 3), rdigits(rng, 6), rdigits(rng, 2)),
        "EC": lambda: "Pichincha %s" % rdigits(rng, 10, True),
        "US": lambda: "routing %s acct %s" % (rdigits(rng, 9, True), rdigits(rng, 10)),
        "CA": lambda: "transit %s inst %s acct %s" % (rdigits(rng, 5), rdigits(rng, 3), rdigits(rng, 7)),
        "RU": lambda: "%s %s %s %s" % ("2202", rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 4)),
        "JP": lambda: "普通 %s" % rdigits(rng, 7, True),
        "TH": lambda: "%s-%s-%s-%s" % (rdigits(rng, 3), rdigits(rng, 1), rdigits(rng, 5), rdigits(rng, 1)),
        "MY": lambda: "Maybank %s" % rdigits(rng, 12, True),
        "PH": lambda: "BDO %s" % rdigits(rng, 10, True),
        "SG": lambda: "DBS %s-%s-%s" % (rdigits(rng, 3), rdigits(rng, 6), rdigits(rng, 1)),
    }
    return f[c]()


def d_measure(rng, lang, cat):
    if cat in ("escort",):
        b, w, h = rng.choice([32, 34, 36, 38]), rng.choice([23, 24, 25, 26, 28]), rng.choice([34, 35, 36, 38, 40])
        if lang == "ja":
            return "B%d W%d H%d" % (b + 50, w + 33, h + 50)
        if lang in ("en",):
            return rng.choice(["%d-%d-%d" % (b, w, h), "%d%s" % (b, rng.choice("ABCDD")), "size %d" % rng.choice([4, 6, 8, 10])])
        return rng.choice(["%d-%d-%d" % (b + 54, w + 36, h + 55), "%d%s" % (b + 51, rng.choice("ABCD"))])
    if cat == "rooms":
        if lang == "en":
            return rng.choice(["%d sq ft" % rng.randint(90, 450), "%d m²" % rng.randint(9, 40), "%dm2" % rng.randint(9, 40)])
        if lang == "ja":
            return "%d㎡" % rng.randint(9, 30)
        return rng.choice(["%d m²" % rng.randint(9, 60), "%dm2" % rng.randint(9, 60)])
    if cat == "forsale":
        return rng.choice(["%d inch" % rng.choice([43, 50, 55, 65]), "%dGB" % rng.choice([64, 128, 256]),
                           "%dx%d cm" % (rng.choice([90, 140, 160]), rng.choice([190, 200])), "%s kg" % rng.choice(["2.5", "12", "7.8"])])
    return "%d cm" % rng.randint(150, 190)


def d_item(rng, lang):
    name, has_n = rng.choice(ITEMS[lang])
    if not has_n:
        return name, False
    if "iPhone" in name or "آيفون" in name:
        n = rng.randint(11, 15)
    elif name.startswith("PS"):
        n = rng.choice([4, 5])
    elif "inch" in name:
        n = rng.choice([43, 50, 55, 65])
    else:
        n = rng.choice([3500, 5600, 750])
    return name.format(n=n), True


NATIVE_DECOY_DIGITS = {"ar": (ARABIC_INDIC, 0.5), "hi": (DEVANAGARI, 0.3), "ja": (FULLWIDTH, 0.3), "th": (THAI, 0.2)}

# ----------------------------------------------------------------------------------------------
# phone mentions
# ----------------------------------------------------------------------------------------------
NATIVE_DIGIT_CLASS = {"ar": "digits.arabic_indic", "hi": "digits.devanagari", "ja": "digits.fullwidth", "th": "digits.thai"}
W_NATIONAL = [("plain.national", 26), ("sep.symbol_digit", 4), ("sep.symbol_group", 4), ("sep.punct", 4), ("sep.spaced", 3),
              ("sep.mixed", 3), ("words.spelled", 5), ("words.glued", 4), ("words.digit_mix", 4), ("words.homophone", 5),
              ("words.leet", 4), ("words.multiplier", 4), ("words.letter_o", 4), ("glued.name", 4), ("escape.unicode", 3),
              ("escape.html", 3), ("digits.keycap", 1), ("native", 20)]
W_INTL = [("plain.intl_plus", 24), ("plain.intl_00", 8), ("plain.intl_paren", 6), ("plain.intl_trunk0", 5), ("words.intl", 14),
          ("sep.symbol_digit", 2), ("sep.symbol_group", 2), ("sep.punct", 2), ("sep.spaced", 2), ("sep.mixed", 2),
          ("words.digit_mix", 2), ("words.letter_o", 2), ("glued.name", 3), ("escape.unicode", 2), ("escape.html", 2),
          ("digits.keycap", 1), ("native", 16)]
WORD_CLASSES = ("words.spelled", "words.glued", "words.digit_mix", "words.homophone", "words.leet", "words.multiplier", "words.intl_en",
                "words.intl_es", "words.intl_pt", "words.intl_fr")


def class_ok(cls, lang, form, cat):
    if cls == "native":
        return lang in NATIVE_DIGIT_CLASS
    if cls == "words.intl":
        return lang in PLUS_WORD
    if cls == "words.spelled":
        return lang in WORDS
    if cls in ("words.glued", "words.homophone", "words.leet", "words.multiplier"):
        return lang == "en" and form != "intl"
    if cls == "words.digit_mix":
        return lang in ("en", "es", "pt")
    if cls == "words.letter_o":
        return lang in LATIN or lang == "ru"
    if cls == "glued.name":
        return cat in ("escort", "massage", "rooms", "forsale")
    if cls == "plain.national":
        return form != "intl"
    return True


def entry_ok(cls, entry, form):
    """can this number be written in this class?"""
    d = digits_of_form(entry, form)
    if cls == "words.multiplier":
        return entry["round"] is not None and form != "intl"
    if cls == "words.letter_o":
        return "0" in d
    if cls == "plain.intl_trunk0":
        return entry["trunk"] == "0"
    if cls == "words.homophone":
        return sum(1 for ch in d if ch in HOMOPHONES) >= 3
    return True


def pick_class(rng, lang, form, cat, national_format=False):
    if national_format:
        return "plain.national"
    table = W_INTL if form == "intl" else W_NATIONAL
    items = [(c, w) for c, w in table if class_ok(c, lang, form, cat)]
    cls = wchoice(rng, items)
    if cls == "native":
        return NATIVE_DIGIT_CLASS[lang]
    if cls == "words.intl":
        return "words.intl_" + lang
    return cls


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


def groups_of(entry, form):
    if form == "nat":
        return re.findall(r"\d+", entry["national"])
    g = re.findall(r"\d+", entry["international"])
    if form == "intl":
        return g
    return g[1:]  # nsn


def digits_of_form(entry, form):
    if form == "intl":
        return "%d%s" % (entry["cc"], entry["nsn"])
    if form == "nat":
        return entry["written"]["national"]["digits"]
    return entry["nsn"]


def chunks(rng, d, sizes=(1, 2, 2, 2, 3)):
    out = []
    i = 0
    while i < len(d):
        k = rng.choice(sizes)
        out.append(d[i:i + k])
        i += k
    return out


def case_style(rng, words, style=None):
    style = style or rng.choice(["lower", "lower", "lower", "title", "upper"])
    if style == "upper":
        return [w.upper() for w in words]
    if style == "title":
        return [w[:1].upper() + w[1:] for w in words]
    return words


def spell(d, lang, rng, entry=None, fr_pairs=False):
    """words for a digit string, as a list of per-group word lists"""
    if fr_pairs:
        out = []
        i = 0
        if len(d) % 2 == 1:
            out.append(fr_number(int(d[0])))
            i = 1
        while i < len(d):
            p = d[i:i + 2]
            out.append(("zéro " + WORDS["fr"][int(p[1])]) if p[0] == "0" else fr_number(int(p)))
            i += 2
        return out
    oh = lang == "en" and rng.random() < 0.4
    meia = lang == "pt" and entry is not None and entry["region"] == "BR" and rng.random() < 0.5
    zwo = lang == "de" and rng.random() < 0.4
    res = []
    for ch in d:
        w = WORDS[lang][int(ch)]
        if ch == "0" and oh:
            w = "oh"
        if ch == "6" and meia:
            w = "meia"
        if ch == "2" and zwo:
            w = "zwo"
        res.append(w)
    return res


def render(cls, entry, form, lang, rng, name):
    """-> (text put in the post, raw label). They differ only for glued.name (name + number)."""
    g = groups_of(entry, form)
    d = digits_of_form(entry, form)
    plus = "+" if form == "intl" else ""
    cc = "%d" % entry["cc"]
    nsn_g = groups_of(entry, "nsn")
    core = d[len(cc):] if form == "intl" else d
    if cls == "plain.national":
        opts = [" ".join(g), "".join(g), "-".join(g), ".".join(g)]
        if form == "nat":
            opts = [entry["national"]] * 3 + opts
            if entry["cc"] == 1:
                opts += ["1-" + "-".join(g), "1 " + entry["national"]]
        raw = rng.choice(opts)
    elif cls == "plain.intl_plus":
        raw = rng.choice([entry["international"], entry["international"], "+" + d, "+%s %s" % (cc, " ".join(nsn_g)),
                          "+%s-%s" % (cc, "-".join(nsn_g))])
    elif cls == "plain.intl_00":
        raw = rng.choice(["00%s %s" % (cc, " ".join(nsn_g)), "00" + d, "00 %s %s" % (cc, " ".join(nsn_g))])
    elif cls == "plain.intl_paren":
        raw = rng.choice(["(+%s) %s" % (cc, " ".join(nsn_g)), "(+%s)%s" % (cc, entry["nsn"])] +
                         (["(00%s) %s" % (cc, " ".join(nsn_g))] if entry["cc"] != 1 else []))
    elif cls == "plain.intl_trunk0":
        raw = rng.choice(["+%s (0)%s" % (cc, " ".join(nsn_g)), "+%s (0) %s" % (cc, " ".join(nsn_g)), "+%s 0%s" % (cc, " ".join(nsn_g)),
                          "+%s-0%s" % (cc, "-".join(nsn_g))])
    elif cls == "sep.symbol_digit":
        sym = rng.choice("@!*~#_=^")
        raw = plus + sym.join(d)
    elif cls == "sep.symbol_group":
        sym = rng.choice([";", "!", "*", "@", "~", "#", "::"])
        raw = plus + sym.join(chunks(rng, d))
    elif cls == "sep.punct":
        sym = rng.choice(["'", '"', "•", "·", "/", ".", "::", "::", "’"])
        if rng.random() < 0.3:
            sym = " %s " % sym
        parts = list(d) if rng.random() < 0.6 else chunks(rng, d, (2,))
        raw = plus + sym.join(parts)
    elif cls == "sep.spaced":
        raw = plus + rng.choice([" ", " ", "  "]).join(d)
    elif cls == "sep.mixed":
        parts = list(d) if rng.random() < 0.6 else chunks(rng, d)
        seps = ["-", ".", " ", "/", "*", "~", "•", "_", ",", "'"]
        while True:
            gaps = [rng.choice(seps) for _ in parts[1:]]
            if len(set(gaps)) >= min(3, len(gaps)):
                break
        raw = plus + parts[0] + "".join(s + p for s, p in zip(gaps, parts[1:]))
    elif cls == "words.spelled":
        frp = lang == "fr" and entry["region"] == "FR"
        if frp:
            ws = spell(d, "fr", rng, entry, fr_pairs=True)
            ws = case_style(rng, ws, rng.choice(["lower", "lower", "upper"]))
            raw = rng.choice([", ", " ", " - "]).join(ws)
        else:
            style = rng.choice(["lower", "lower", "title", "upper"])
            pieces = []
            for grp in g:
                pieces.append(" ".join(case_style(rng, spell(grp, lang, rng, entry), style)))
            raw = rng.choice([" ", ", ", " - ", "  "]).join(pieces)
    elif cls == "words.glued":
        style = rng.choice(["lower", "title", "upper"])
        pieces = ["".join(case_style(rng, spell(grp, "en", rng), style)) for grp in g]
        raw = rng.choice(["", " ", "-", "-"]).join(pieces)
    elif cls == "words.digit_mix":
        wl = lang if lang in ("en", "es", "pt") else "en"
        up = rng.random() < 0.5
        while True:
            toks = []
            for ch in d:
                if rng.random() < 0.45:
                    w = WORDS[wl][int(ch)]
                    toks.append(w.upper() if up else w)
                else:
                    toks.append(ch)
            nw = sum(1 for t in toks if not t.isdigit())
            if 2 <= nw <= len(toks) - 2:
                break
        raw = plus + "".join(toks)
    elif cls == "words.homophone":
        up = rng.random() < 0.25
        while True:
            toks = []
            for ch in d:
                if ch in HOMOPHONES and rng.random() < 0.6:
                    toks.append(("W", rng.choice(HOMOPHONES[ch])))
                else:
                    toks.append(("D", ch))
            if sum(1 for k, _ in toks if k == "W") >= 2:
                break
        out = []
        for k, v in toks:
            if k == "D" and out and out[-1][0] == "D":
                out[-1] = ("D", out[-1][1] + v)
            else:
                out.append((k, v))
        raw = " ".join(v.upper() if up else v for _, v in out)
    elif cls == "words.leet":
        while True:
            ws = []
            n_leet = 0
            for ch in d:
                if rng.random() < 0.6:
                    ws.append(rng.choice(LEET[ch]))
                    n_leet += 1
                else:
                    ws.append(WORDS["en"][int(ch)])
            if n_leet >= 2:
                break
        raw = rng.choice([" ", " ", "-", ""]).join(ws)
    elif cls == "words.multiplier":
        tail = "000" if entry["round"] == "x000" else "00"
        x = d[-len(tail) - 1]
        prefix = d[: -len(tail) - 1]
        pg = chunks(rng, prefix, (3, 4))
        # a repeated digit inside the prefix may be said "double"
        toks = []
        for p in pg:
            m = re.search(r"(\d)\1", p)
            if m and rng.random() < 0.6:
                dd = m.group(1)
                p = p[: m.start()] + " double %s " % (dd if rng.random() < 0.5 else WORDS["en"][int(dd)]) + p[m.end():]
                p = " ".join(p.split())
            toks.append(p)
        xw = x if rng.random() < 0.5 else WORDS["en"][int(x)]
        mul = "thousand" if tail == "000" else "hundred"
        if rng.random() < 0.3:
            mul = mul.upper()
        raw = " ".join(toks) + " " + xw + " " + mul
    elif cls == "words.letter_o":
        fmt = entry["national"] if form == "nat" else (entry["international"] if form == "intl" else " ".join(g))
        base = rng.choice([fmt, fmt, plus + d, plus + " ".join(g)])
        o = ("о", "О") if lang == "ru" else ("o", "O")  # Cyrillic o in Russian posts
        mode = rng.choice([0, 1, 2])
        raw = "".join((o[0] if mode == 0 else o[1] if mode == 1 else rng.choice(o)) if ch == "0" else ch for ch in base)
    elif cls.startswith("words.intl_"):
        wl = cls[len("words.intl_"):]
        if wl == "en":
            pre = rng.choice(["plus", "plus", "zero zero", "double zero"])
        else:
            pre = rng.choice(PLUS_WORD[wl])
        style = rng.choice(["lower", "lower", "upper", "title"])
        if wl == "fr" and entry["region"] == "FR":
            ws = [fr_number(int(cc))] + spell(entry["nsn"], "fr", rng, entry, fr_pairs=True)
            ws = case_style(rng, ws, style)
            raw = case_style(rng, [pre], style)[0] + " " + rng.choice([", ", " "]).join(ws)
        else:
            pieces = [" ".join(case_style(rng, spell(grp, wl, rng, entry), style)) for grp in [cc] + nsn_g]
            raw = case_style(rng, [pre], style)[0] + " " + rng.choice([" ", ", ", "  "]).join(pieces)
    elif cls == "glued.name":
        raw = rng.choice([entry["national"] if form == "nat" else entry["international"], plus + d, plus + d])
        if form == "nsn":
            raw = rng.choice([d, " ".join(g)])
        return name + raw, raw
    elif cls in ("escape.unicode", "escape.html"):
        esc = rng.choice(["\\u2022", "\\u00b7", "\\u25cf", "\\u2013"] if cls == "escape.unicode" else ["&#8226;", "&bull;", "&middot;", "&#183;", "&#x2022;", "&nbsp;"])
        parts = list(d) if rng.random() < 0.4 else (chunks(rng, d, (2, 3)) if rng.random() < 0.5 else g)
        raw = plus + esc.join(parts)
    elif cls.startswith("digits.") and cls != "digits.keycap":
        base = rng.choice([entry["national"] if form == "nat" else entry["international"], plus + " ".join(g), plus + d])
        if form == "nsn":
            base = rng.choice([" ".join(g), d])
        if cls == "digits.arabic_indic":
            raw = to_script(base, PERSIAN if rng.random() < 0.2 else ARABIC_INDIC)
        elif cls == "digits.devanagari":
            raw = to_script(base, DEVANAGARI)
        elif cls == "digits.thai":
            raw = to_script(base, THAI)
        else:
            dash = rng.choice(["－", "ー", "-"])
            raw = to_script(base, FULLWIDTH).replace("-", dash).replace("+", "＋").replace("(", "（").replace(")", "）")
    elif cls == "digits.keycap":
        raw = plus + " ".join("".join(ch + "\ufe0f\u20e3" for ch in grp) for grp in g)
    else:
        raise ValueError(cls)
    return raw, raw


# ----------------------------------------------------------------------------------------------
# posts
# ----------------------------------------------------------------------------------------------
HINTS = [("intl", 16), ("text", 28), ("url", 9), ("site", 7), ("calling_code", 7), ("national_format", 10),
         ("region_field", 4), ("location_field", 5), ("ambiguous", 8), ("nophone", 4)]
REGION_SOURCE = {"intl": "international", "text": "text", "url": "url", "site": "site", "calling_code": "calling_code",
                 "national_format": "national_format", "region_field": "region_field", "location_field": "location_field"}
CAT_SLUG = {"escort": "escorts", "massage": "massage", "recruit": "jobs", "rooms": "rooms-to-let", "forsale": "for-sale"}
JOINERS = ["\n", "\n", "\n", "\n\n", " | ", "<br>", "<br />", "</p><p>", " 🌹 ", " ✨ ", " — ", ". ", " ", "... "]
DECOY_KIND = {"price": "price", "age": "age", "height": "height", "time": "time", "date": "date", "street": "street_number",
              "postcode": "postcode", "tracking": "tracking", "order": "order_ref", "bank": "bank", "year": "year",
              "measure": "measurement", "km": "measurement"}
TEXT_ONLY = ("{place}", "{street}", "{postcode}")
# words next to a number spelled in words must not be number words themselves
NUMBER_WORDS = set(w for ws in WORDS.values() for w in ws) | {"oh", "o", "to", "too", "for", "fore", "won", "ate", "double",
                                                              "triple", "hundred", "thousand", "plus", "más", "mas", "mais", "meia", "zwo"}


def split_of(e164):
    return "dev" if zlib.crc32(e164.encode("ascii")) % 3 == 0 else "heldout"


def distinct_scenario_e164s(entry, form_key="national"):
    w = entry["written"][form_key]
    return sorted(e for e, regs in w["e164s"].items() if any(r in C for r in regs))


class Pool:
    def __init__(self, doc, split):
        self.by_region = {}
        for n in doc["numbers"]:
            if split_of(n["e164"]) == split:
                self.by_region.setdefault(n["region"], []).append(n)
        self.used = set()
        self.pending = []

    def take(self, rng, region, pred):
        cands = [n for n in self.by_region.get(region, []) if n["e164"] not in self.used and pred(n)]
        if not cands:
            return None
        n = rng.choice(cands)
        self.used.add(n["e164"])
        self.pending.append(n["e164"])
        return n

    def commit(self):
        self.pending = []

    def rollback(self):
        for e in self.pending:
            self.used.discard(e)
        self.pending = []


def pick_place(rng, c, lang):
    native = C[c].get("native", {}).get(lang)
    if native and (lang not in LATIN or rng.random() < 0.8):
        return rng.choice(native)
    if lang not in LATIN:
        # a Latin place name in a non-Latin post (common in ads) — always the city
        return rng.choice(C[c]["cities"])[0]
    city, alts, _, _ = rng.choice(C[c]["cities"])
    cname = C[c]["cname"].get(lang) or C[c]["cname"].get("en") or list(C[c]["cname"].values())[0]
    opts = [city, city]
    if alts:
        opts += alts
    if C[c]["districts"]:
        opts += [rng.choice(C[c]["districts"])] * 3
    opts += ["%s, %s" % (city, cname)]
    if lang in ("en", "es", "de"):
        opts.append(cname)  # "à Canada", "em Brasil", "a Italia" would be wrong: no bare country there
    return rng.choice(opts)


def hint_url(rng, c, cat):
    city, _, slug, unamb = rng.choice(C[c]["cities"])
    tld = C[c]["tld"]
    pid = rng.choice(["%x" % rng.getrandbits(28), "ad-%s" % "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6))])
    opts = []
    if tld != "com":
        opts += ["https://%s.example.%s/%s/%s" % (slug, tld, CAT_SLUG[cat], pid), "https://www.example.%s/%s/%s" % (tld, CAT_SLUG[cat], pid)]
    if unamb:
        opts += ["https://%s.example.com/%s/%s" % (slug, CAT_SLUG[cat], pid), "https://example.com/%s/%s/%s" % (slug, CAT_SLUG[cat], pid),
                 "https://www.example.net/ads/%s/%s" % (slug, pid)]
    return rng.choice(opts)


def hint_site(rng, c):
    city, _, slug, unamb = rng.choice(C[c]["cities"])
    tld = C[c]["tld"]
    opts = []
    if tld != "com":
        opts += ["example.%s" % tld, "classifieds.example.%s" % tld]
    if unamb:
        opts += ["%s.example.com" % slug]
    return rng.choice(opts)


def neutral_url(rng, cat):
    pid = "%x" % rng.getrandbits(32)
    return rng.choice(["https://example.com/ad/%s" % pid, "https://classifieds.example/p/%s" % pid,
                       "https://www.example.org/listing?id=%s" % pid, "https://adboard.example/%s/%s" % (CAT_SLUG[cat], pid)])


def neutral_site(rng):
    return rng.choice(["example.com", "classifieds.example", "adboard.example", "example.org"])


def posted_at(rng):
    day = rng.randint(0, 669)  # 2024-01-01 .. 2025-10-31
    y, doy = (2024, day) if day < 366 else (2025, day - 366)
    mlen = [31, 29 if y == 2024 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while doy >= mlen[m]:
        doy -= mlen[m]
        m += 1
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m + 1, doy + 1, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


VEHICLES = ("Toyota", "Honda", "Nissan", "Fiat", "Clio", "VW", "تويوتا", "มอเตอร์ไซค์", "मोटरसाइकिल")


def choose_templates(rng, lang, cat, textual, n_phones, allow_title_phone, item=""):
    t = T[lang][cat]

    def ok(s):
        if not textual and any(x in s for x in TEXT_ONLY):
            return False
        if "{km}" in s and not any(v in item for v in VEHICLES):
            return False
        return True

    titles = [x for x in t["title"] if ok(x) and ("{P0}" not in x or (allow_title_phone and n_phones > 0))]
    title = rng.choice(titles)
    opens = [x for x in t["open"] if ok(x)]
    details = [x for x in t["detail"] if ok(x)]
    body = [rng.choice(opens)]
    body += rng.sample(details, min(len(details), rng.choice([1, 2, 2, 3])))
    if n_phones == 0:
        contact = rng.choice(NO_PHONE[lang])
    elif n_phones == 1:
        contact = rng.choice([x for x in t["contact1"] if ok(x)])
    else:
        contact = rng.choice([x for x in t["contact2"] if ok(x)])
    pos = rng.choice([len(body)] * 6 + [1] * 2 + [0])
    body.insert(pos, contact)
    close = rng.choice(t["close"])
    if close:
        body.append(close)
    return title, body


class Mention:
    def __init__(self, num, field):
        self.num = num  # index into the post's number list
        self.field = field
        self.cls = None
        self.slot = None
        self.raw = None


CLASS_LANGS = {"words.glued": ("en",), "words.homophone": ("en",), "words.leet": ("en",), "words.multiplier": ("en",),
               "words.intl_en": ("en",), "words.intl_es": ("es",), "words.intl_pt": ("pt",), "words.intl_fr": ("fr",),
               "digits.arabic_indic": ("ar",), "digits.devanagari": ("hi",), "digits.fullwidth": ("ja",), "digits.thai": ("th",),
               "words.spelled": tuple(WORDS), "words.digit_mix": ("en", "es", "pt"), "words.letter_o": LATIN + ("ru",)}
INTL_ONLY = ("plain.intl_plus", "plain.intl_00", "plain.intl_paren", "plain.intl_trunk0", "words.intl_en", "words.intl_es",
             "words.intl_pt", "words.intl_fr")
NAT_ONLY = ("plain.national", "words.spelled", "words.glued", "words.homophone", "words.leet", "words.multiplier")
NATIONAL_HINTS = [(h, w) for h, w in HINTS if h not in ("intl", "ambiguous", "nophone", "national_format")]


def build_post(rng, pool, pid, spec=None):
    spec = spec or {}
    want_cls = spec.get("cls")
    hint = spec.get("hint") or wchoice(rng, HINTS)
    if want_cls in INTL_ONLY:
        hint = "intl"
    elif want_cls in NAT_ONLY:
        hint = wchoice(rng, NATIONAL_HINTS)
    elif want_cls:
        hint = wchoice(rng, NATIONAL_HINTS + [("intl", 24)])
    if hint == "ambiguous":
        c = None
        lang = "en"
        cat = wchoice(rng, [(k, w) for k, w in CATS if k != "recruit"])
    else:
        langs_ok = CLASS_LANGS.get(want_cls) or ((spec["lang"],) if spec.get("lang") else None)
        # countries used less so far in this split are more likely: every country gets its share
        used = spec.get("used", {})
        ctry = [(k, w / (1.0 + used.get(k, 0))) for k, w in COUNTRY_WEIGHT.items()
                if not langs_ok or any(l in langs_ok for l, _ in C[k]["langs"])]
        c = wchoice(rng, ctry)
        lang = wchoice(rng, [(l, w) for l, w in C[c]["langs"] if not langs_ok or l in langs_ok])
        cats = [(k, w) for k, w in CATS if k in T[lang]]
        if want_cls == "glued.name":
            cats = [(k, w) for k, w in cats if k != "recruit"]
        cat = wchoice(rng, cats)
    textual = hint == "text" or (hint in ("intl", "nophone") and rng.random() < 0.5)
    place = pick_place(rng, c, lang) if textual else None
    dest = None
    if cat == "recruit":
        dest = rng.choice([d for d in DESTS if DEST_CC[d[0]] != CALLING[c]])
    # ---- numbers: (form, region)
    plan = []
    code_via_number = False
    if hint == "nophone":
        plan = []
    elif hint == "ambiguous":
        plan = [("nat", None)]
    elif hint == "intl":
        k = 1 if rng.random() < 0.8 else 2
        for i in range(k):
            r = c
            if i == 0 and rng.random() < 0.12:
                r = rng.choice([x for x in C if CALLING[x] != CALLING[c]])
            plan.append(("intl", r))
    elif hint == "calling_code" and rng.random() < 0.35 and want_cls not in NAT_ONLY:
        code_via_number = True
        plan = [("intl", c), ("nat", c)]
    elif hint == "national_format":
        plan = [("nat", c)]
    else:
        plan = [("nat", c)] * (1 if rng.random() < 0.78 else 2)
        if hint != "calling_code" and rng.random() < 0.15 and len(plan) == 1:
            plan.append(("intl", rng.choice([x for x in C if CALLING[x] != CALLING[c]])))
    plan = [("nsn" if (f == "nat" and r == "IN" and rng.random() < 0.4) else f, r) for f, r in plan]
    if hint == "national_format":
        plan = [("nat", c)]

    nf = hint == "national_format"
    names = NAMES[lang]
    name = rng.choice(names)
    glue_name = rng.choice(LATIN_NICK.get(lang, [name]) + [name])
    numbers = []  # (entry, form)
    body_classes = []
    for form, r in plan:
        entry = None
        for _ in range(30):
            cls = "plain.national" if hint == "ambiguous" else pick_class(rng, lang, form, cat, nf)
            if want_cls and not numbers:
                cls = want_cls
            want = "fixed" if (len(plan) > 1 and not numbers and cat in ("massage", "recruit", "rooms") and rng.random() < 0.5) else "mobile"
            if cls == "words.multiplier":
                want = "mobile"

            def pred(n, cls=cls, form=form, want=want):
                if n["type"] != want:
                    return False
                if (n["round"] is not None) != (cls == "words.multiplier"):
                    return False
                if not entry_ok(cls, n, form):
                    return False
                if nf and not n["written"]["national"]["fmt_unique"]:
                    return False
                if hint == "ambiguous" and len(distinct_scenario_e164s(n)) < 2:
                    return False
                if dest and form != "intl" and any(e.startswith("+%d" % DEST_CC[dest[0]])
                                                   for e in n["written"]["national" if form == "nat" else "nsn"]["e164s"]):
                    return False  # the digits must not be a number of the destination's calling code
                return True

            region = r if r else rng.choice(sorted(C))
            entry = pool.take(rng, region, pred)
            if entry:
                break
        if entry is None:
            return None
        numbers.append((entry, form))
        body_classes.append(cls)

    # ---- text
    title_phone_ok = hint not in ("ambiguous",)
    item, has_n_item = d_item(rng, lang)
    title_t, body_t = choose_templates(rng, lang, cat, textual, len(numbers), title_phone_ok, item)
    frags_all = [title_t] + body_t
    if textual and not any("{place}" in f for f in frags_all):
        loc = rng.choice(LOCATION_LINE[lang])
        body_t.insert(rng.choice([0, len(body_t)]), loc)
    code_text = None
    code_frag = None
    if hint == "calling_code" and not code_via_number:
        trunks = set(e["trunk"] for e, f in numbers if f != "intl")
        lines = [l for l, need in CODE_LINE[lang] if not need or trunks == {need}]
        cc = CALLING[c]
        code_text = rng.choice(["+%d" % cc] * 4 + ["00%d" % cc] + (["%d" % cc] if lang == "pt" else []))
        code_frag = rng.choice(lines).replace("{code}", code_text)
        if rng.random() < 0.5:
            body_t.insert(0, code_frag)
        else:
            body_t.append(code_frag)
    caps = lang in ("en", "es") and rng.random() < 0.12
    decoys = []
    mentions = []
    spa = rng.choice(SPAS)
    agency = rng.choice(AGENCIES[lang])

    def fill(s, field):
        def sub(m):
            k = m.group(1)
            if k in ("P0", "P1"):
                mt = Mention(int(k[1]), field)
                mentions.append(mt)
                return "\x00%d\x00" % (len(mentions) - 1)
            if k == "place":
                return place
            if k == "name":
                return name
            if k == "spa":
                return spa
            if k == "agency":
                return agency
            if k == "dest":
                return dest[1][lang]
            if k == "e":
                return rng.choice(EMOJI)
            if k == "item":
                if has_n_item:
                    decoys.append("model_number")
                return item
            v = {"price": lambda: d_price(rng, c, lang, cat, textual), "age": lambda: d_age(rng, lang, cat),
                 "height": lambda: d_height(rng, lang), "time": lambda: d_time(rng, lang), "date": lambda: d_date(rng, lang),
                 "street": lambda: d_street(rng, c, lang), "postcode": lambda: C[c]["postcode"](rng),
                 "tracking": lambda: d_tracking(rng, textual), "order": lambda: d_order(rng, cat),
                 "bank": lambda: d_bank(rng, c, textual, lang), "year": lambda: "%d" % rng.randint(1998, 2024),
                 "measure": lambda: d_measure(rng, lang, cat),
                 "km": lambda: "%s km" % group_thousands(rng.randint(8, 190) * 1000 + rng.choice([0, 0, rng.randint(1, 999)]), lang, None)}[k]()
            decoys.append(DECOY_KIND[k])
            if lang in NATIVE_DECOY_DIGITS and k not in ("street", "postcode", "tracking", "bank"):
                digs, p = NATIVE_DECOY_DIGITS[lang]
                if rng.random() < p:
                    v = to_script(v, digs)
            return v
        out = re.sub(r"\{(\w+)\}", sub, s)
        return out.upper() if caps else out

    title = fill(title_t, "title")
    body_frags = [fill(f, "body") for f in body_t]
    joiner = rng.choice(JOINERS)
    body = ""
    for i, f in enumerate(body_frags):
        if i:
            j = joiner
            if j in (". ", "... ") and body and body[-1] in ".!?":
                j = " "
            body += j
        body += f
    if rng.random() < 0.1:
        body = "<p>" + body.replace(" & ", " &amp; ") + "</p>"

    # ---- render mentions: the first body mention of a number gets the class its number was drawn
    # for; other mentions (title, repeats) draw a class the number allows
    done = set()
    for mt in mentions:
        entry, form = numbers[mt.num]
        if mt.field == "body" and mt.num not in done:
            cls = body_classes[mt.num]
            done.add(mt.num)
        else:
            cls = None
            for _ in range(200):
                cand = "plain.national" if hint == "ambiguous" else pick_class(rng, lang, form, cat, nf)
                if not entry_ok(cand, entry, form):
                    continue
                cls = cand
                break
            if cls is None:
                return None
        mt.cls = cls
        if nf:
            mt.slot = mt.raw = entry["national"]
        elif hint == "ambiguous":
            mt.slot = mt.raw = rng.choice([entry["written"]["national"]["digits"]] * 3 +
                                          ([entry["national"]] * 2 if not entry["written"]["national"]["fmt_unique"] else []))
        else:
            mt.slot, mt.raw = render(cls, entry, form, lang, rng, glue_name)

    def assemble(s, field):
        parts = re.split(r"\x00(\d+)\x00", s)
        out = parts[0]
        for i in range(1, len(parts), 2):
            mt = mentions[int(parts[i])]
            start = len(out) + (len(mt.slot) - len(mt.raw))
            mt.start = start
            out += mt.slot + parts[i + 1]
        return out

    title = assemble(title, "title")
    body = assemble(body, "body")
    texts = {"title": title, "body": body}

    # ---- context checks: a careful reader must be able to tell where each number starts and ends
    for mt in mentions:
        t = texts[mt.field]
        s, e = mt.start, mt.start + len(mt.raw)
        assert t[s:e] == mt.raw
        before, after = t[max(0, s - 4):s], t[e:e + 4]
        if mt.cls == "glued.name":
            before = ""
        if any(ch.isdigit() or ch == "+" for ch in before + after):
            return None
        if "\ufe0f" in after[:1] or "\u20e3" in after[:1]:
            return None
        if mt.cls in WORD_CLASSES or hint == "ambiguous":
            pw = re.findall(r"[^\W\d_]+", t[:s])
            nw = re.findall(r"[^\W\d_]+", t[e:])
            if (pw and pw[-1].lower() in NUMBER_WORDS) or (nw and nw[0].lower() in NUMBER_WORDS):
                return None
    # numbers in the post other than the labelled ones must not touch them: checked above; also no
    # labelled raw may occur inside a decoy by accident
    # ---- labels
    phones, amb = [], []
    for mt in sorted(mentions, key=lambda m: (0 if m.field == "title" else 1, m.start)):
        entry, form = numbers[mt.num]
        if hint == "ambiguous":
            e164s = entry["written"]["national"]["e164s"]
            amb.append({"raw": mt.raw, "digits": entry["written"]["national"]["digits"], "field": mt.field, "class": mt.cls,
                        "e164_candidates": sorted(e164s), "regions": sorted(set(r for v in e164s.values() for r in v)),
                        "pool_e164": entry["e164"]})
            continue
        if form == "intl":
            src, ev = "international", None
        elif code_via_number:
            src, ev = "calling_code", [m.raw for m in mentions if m.num == 0 and m.field == "body"][0]
        else:
            src = REGION_SOURCE[hint]
            ev = {"text": place, "calling_code": code_text, "national_format": None}.get(hint)
        phones.append({"e164": entry["e164"], "raw": mt.raw, "field": mt.field, "class": mt.cls, "region_source": src,
                       "region": entry["region"], "evidence": ev})
    rec = {"id": pid, "title": title, "body": body}
    if hint == "region_field":
        rec["region"] = c
        for p in phones:
            if p["region_source"] == "region_field":
                p["evidence"] = c
    if hint == "location_field":
        loc = pick_place(rng, c, lang)
        if loc == C[c]["cname"].get(lang) and rng.random() < 0.5:
            loc = rng.choice(C[c]["cities"])[0]
        rec["location"] = loc
        for p in phones:
            if p["region_source"] == "location_field":
                p["evidence"] = loc
    if hint == "url":
        rec["url"] = hint_url(rng, c, cat)
        for p in phones:
            if p["region_source"] == "url":
                p["evidence"] = rec["url"]
    elif hint != "site" and rng.random() < 0.6:
        rec["url"] = neutral_url(rng, cat)
    if hint == "site":
        rec["site"] = hint_site(rng, c)
        for p in phones:
            if p["region_source"] == "site":
                p["evidence"] = rec["site"]
    elif hint != "url" and rng.random() < 0.5:
        rec["site"] = neutral_site(rng)
    rec["posted_at"] = posted_at(rng)
    if rng.random() < 0.35:
        rec["language"] = lang
    if caps:
        for p in phones:
            if p["region_source"] == "text":
                p["evidence"] = p["evidence"].upper()
    if hint == "ambiguous" or not (numbers or textual):
        country = None
    elif hint == "intl" and not textual:
        country = numbers[0][0]["region"]  # nothing but the number says where the ad is
    else:
        country = c
    rec["labels"] = {"phones": phones, "ambiguous": amb, "decoys": sorted(set(decoys)), "country": country, "lang": lang,
                     "group": cat, "hint": hint}
    return rec


# (class, posts per 100 posts) forced so that every class has enough mentions to score
FORCED_CLASSES = [("words.intl_fr", 3), ("words.intl_pt", 3), ("words.intl_es", 3), ("words.intl_en", 2), ("digits.devanagari", 3),
                  ("digits.thai", 3), ("digits.arabic_indic", 3), ("digits.fullwidth", 3), ("words.multiplier", 3), ("words.leet", 2),
                  ("words.glued", 2), ("words.homophone", 2), ("plain.intl_trunk0", 2), ("escape.html", 2), ("escape.unicode", 2),
                  ("digits.keycap", 3), ("words.digit_mix", 2), ("words.spelled", 2), ("words.letter_o", 2), ("glued.name", 2),
                  ("sep.spaced", 2), ("sep.punct", 2), ("sep.mixed", 2), ("sep.symbol_digit", 2), ("sep.symbol_group", 2),
                  ("plain.intl_00", 2), ("plain.intl_paren", 2)]


def generate_split(doc, split, prefix, n, seed):
    rng = random.Random(seed)
    pool = Pool(doc, split)
    out = []
    used = {}
    # a few posts of each kind of evidence and of each class, the rest drawn by weight
    k = n // 100
    forced = [{"hint": h} for h, _ in HINTS for _ in range((4 if h in ("ambiguous", "national_format") else 2) * k)]
    forced += [{"cls": c} for c, m in FORCED_CLASSES for _ in range(m * k)]
    forced += [{"lang": l} for l in ("de", "it", "ru") for _ in range(3 * k)]
    for i in range(n):
        pid = "%s-%04d" % (prefix, i + 1)
        fh = dict(forced[i]) if i < len(forced) else {}
        fh["used"] = used
        for attempt in range(500):
            rec = build_post(rng, pool, pid, fh)
            if rec is not None:
                pool.commit()
                break
            pool.rollback()
        else:
            raise SystemExit("could not build %s" % pid)
        if rec["labels"]["country"]:
            used[rec["labels"]["country"]] = used.get(rec["labels"]["country"], 0) + 1
        out.append(rec)
    # shuffle so forced posts are not all at the start, then renumber
    order = list(range(n))
    rng.shuffle(order)
    res = []
    for i, k in enumerate(order):
        r = dict(out[k])
        r["id"] = "%s-%04d" % (prefix, i + 1)
        res.append(r)
    return res


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        return json.load(f)


def check_templates():
    for lang, cats in T.items():
        for cat, parts in cats.items():
            for k, lst in parts.items():
                for s in lst:
                    if any(ch.isdigit() for ch in re.sub(r"\{\w+\}", "", s)):
                        raise SystemExit("digit in template %s/%s/%s: %r" % (lang, cat, k, s))
                    if k == "contact2" and "{P1}" not in s:
                        raise SystemExit("contact2 without {P1}: %r" % s)


def generate():
    check_templates()
    doc = load_pool()
    files = {}
    splits = {}
    for name, fn, prefix, n, seed in SPLITS:
        recs = generate_split(doc, name, prefix, n, seed)
        splits[name] = recs
        files[fn] = dumps(recs)
    files["README.md"] = readme(splits, doc)
    return files


# ----------------------------------------------------------------------------------------------
# README (written by this script so its counts always match the files)
# ----------------------------------------------------------------------------------------------
CLASS_DOC = {
    "plain.national": "national format as locals write it (trunk 0 / 8 where the country has one), grouped or run together",
    "plain.intl_plus": "+CC and the national number (+44 7911 123456, +447911123456)",
    "plain.intl_00": "00CC instead of + (0044 7911 123456)",
    "plain.intl_paren": "country code in brackets: (+61) 412 345 678, (0061) 412 345 678",
    "plain.intl_trunk0": "country code with the trunk 0 kept: +44 (0)7911 123456, +61 0412 345 678 (dial without the 0)",
    "sep.symbol_digit": "one symbol between every digit (2@0@6@5…)",
    "sep.symbol_group": "one symbol between pairs or uneven chunks (8!15!55!5, 31;20;55)",
    "sep.punct": "quotes, bullets, slashes, dots or :: between digits or pairs",
    "sep.spaced": "spaces between every digit",
    "sep.mixed": "a different separator at each gap",
    "words.spelled": "every digit a word in the post's language (oh/zero, meia for 6 in Brazil, zwo, French pairs)",
    "words.glued": "number words glued together (sixsixtwo-fourfiveone)",
    "words.digit_mix": "digits and number words glued (7ZERO3, 55one8)",
    "words.homophone": "for/fore = 4, to/too = 2, won = 1, ate = 8 among digits",
    "words.leet": "number words with digits inside (zer0, f1ve, thr33)",
    "words.multiplier": "'5 thousand', 'six hundred', 'double 7' inside the number",
    "words.letter_o": "letter O/o (Cyrillic о in Russian posts) used as zero in a digit run",
    "words.intl_en": "international number in English words: plus / zero zero / double zero …",
    "words.intl_es": "international number in Spanish words: más …",
    "words.intl_pt": "international number in Portuguese words: mais …",
    "words.intl_fr": "international number in French words: plus … (French numbers said in pairs)",
    "glued.name": "a name glued to the number (Lexi7023456789); raw is the number part",
    "escape.unicode": "literal \\u2022-style escapes left by a scraper between digits or groups",
    "escape.html": "literal &#8226; / &bull; / &middot; / &nbsp; entities between digits or groups",
    "digits.arabic_indic": "Arabic-Indic (or Persian) digits",
    "digits.devanagari": "Devanagari digits",
    "digits.fullwidth": "full-width digits (and full-width or katakana dashes)",
    "digits.thai": "Thai digits",
    "digits.keycap": "keycap emoji digits (0️⃣7️⃣…)",
}
SOURCE_DOC = [
    ("international", "the number carries its own country code (+CC, 00CC, '(+CC)', or in words: plus / zero zero / más / mais)"),
    ("text", "a city, district, local abbreviation or country name in the title or body"),
    ("url", "the url: a ccTLD (example.com.au), a city subdomain (melbourne.example.com) or a city path segment (/london/)"),
    ("site", "the site field (example.co.za, lagos.example.com)"),
    ("calling_code", "a calling code written elsewhere in the post ('Country code +61', 'DDI 55'), or the same country's number written with +CC elsewhere in the post"),
    ("national_format", "nothing but the number's national format, which only that country prints that way ('8 (916) 123-45-67', '(11) 91234-5678', '090-1234-5678')"),
    ("region_field", "the record's region field"),
    ("location_field", "the record's location field"),
]


def counts(recs):
    cls, src, dec, lang, ctry, grp, hints = {}, {}, {}, {}, {}, {}, {}
    amb = 0
    for r in recs:
        lab = r["labels"]
        for p in lab["phones"]:
            cls[p["class"]] = cls.get(p["class"], 0) + 1
            src[p["region_source"]] = src.get(p["region_source"], 0) + 1
            ctry[p["region"]] = ctry.get(p["region"], 0) + 1
        amb += len(lab["ambiguous"])
        for d in lab["decoys"]:
            dec[d] = dec.get(d, 0) + 1
        lang[lab["lang"]] = lang.get(lab["lang"], 0) + 1
        grp[lab["group"]] = grp.get(lab["group"], 0) + 1
        hints[lab["hint"]] = hints.get(lab["hint"], 0) + 1
    return dict(cls=cls, src=src, dec=dec, lang=lang, ctry=ctry, grp=grp, amb=amb, hints=hints,
                phones=sum(cls.values()), posts=len(recs), nophone=sum(1 for r in recs if not r["labels"]["phones"]))


def table(title, keys, cd, ch, doc=None):
    lines = ["| %s | dev | heldout |%s" % (title, " what |" if doc else ""), "|---|---:|---:|%s" % ("---|" if doc else "")]
    for k in keys:
        lines.append("| `%s` | %d | %d |%s" % (k, cd.get(k, 0), ch.get(k, 0), (" %s |" % doc[k]) if doc else ""))
    return "\n".join(lines)


def readme(splits, doc):
    d, h = counts(splits["dev"]), counts(splits["heldout"])
    cls_keys = list(CLASS_DOC)
    extra = sorted((set(d["cls"]) | set(h["cls"])) - set(cls_keys))
    cls_keys += extra
    fam = lambda c: {k.split(".")[0]: 0 for k in c}
    fd, fh = fam(cls_keys), fam(cls_keys)
    for k, v in d["cls"].items():
        fd[k.split(".")[0]] += v
    for k, v in h["cls"].items():
        fh[k.split(".")[0]] += v
    src_doc = dict(SOURCE_DOC)
    dec_keys = sorted(set(d["dec"]) | set(h["dec"]))
    ctry_keys = sorted(set(d["ctry"]) | set(h["ctry"]))
    lang_keys = sorted(set(d["lang"]) | set(h["lang"]))
    out = []
    w = out.append
    w("# phones10: blind phone-number evaluation set (multi-country, no default region)\n")
    w("Written from a scenario description only, without reading the extractor's code, docs or other eval sets.\n")
    w("## Scenario\n")
    w("An NGO analyst has a dump of scraped ads from many countries (escort and massage ads, \"work abroad\" recruitment, "
      "rooms to let, things for sale) and runs `plainsight extract` with **no flags and no default region**. Most posts carry "
      "no `region` and no `location`: the country of a number has to come from the post itself — city, district or country "
      "names and local abbreviations in the title or body, the url or site (ccTLD, city subdomain, `/london/` path segment), a "
      "calling code written elsewhere in the post, or the number's own national format. Posts are in English, Spanish, "
      "Portuguese, French, German, Italian, Russian, Arabic, Thai, Japanese and Hindi, from %d countries. Numbers are disguised "
      "the ways advertisers disguise them (separators, number words, homophones, leet, letter O for zero, escapes left by "
      "scrapers, non-ASCII digits, names glued to the number) and surrounded by numbers nobody would dial (prices, ages, "
      "heights, times, dates, street numbers, postcodes, tracking, order and bank numbers, years, measurements, model numbers).\n"
      % len(set(d["ctry"]) | set(h["ctry"])))
    w("**Everything here is synthetic**: invented ads, example domains only (`example.com`, `*.example`, `example.com.au`, …), "
      "and random numbers that Google's libphonenumber metadata accepts as valid (Python `phonenumbers` %s), with "
      "well-known fictional ranges skipped. No real ad, person or business is behind any post; a number may still happen to "
      "be assigned to someone, so do not call them.\n" % doc["phonenumbers_version"])
    w("## Files\n")
    w("| file | what |\n|---|---|")
    w("| `dev.jsonl` | %d posts, ids `ph10d-0001`… — tune and debug on this |" % d["posts"])
    w("| `heldout.jsonl` | %d posts, ids `ph10h-0001`… — score once, see below |" % h["posts"])
    w("| `number_pool.json` | the random valid numbers (with, for each way of writing one without its country code, every region "
      "where those digits are valid) |")
    w("| `build_pool.py` | builds the pool with `phonenumbers` (only this script needs it; seeded) |")
    w("| `write.py` | writes `dev.jsonl`, `heldout.jsonl` and this README from the pool; standard library only, seeded, "
      "byte-identical on every run; `python3 write.py --check` exits 1 if the files differ from its output |")
    w("| `test_write.py` | `python3 -m unittest` in this directory: files equal the generator's output, every raw occurs in its "
      "field and decodes to its number, ids unique, no number in both splits, the scorer reads the labels (gold as prediction "
      "scores 1.0 / 1.0) |\n")
    w("## How to score\n")
    w("```\nplainsight extract eval/phones10/dev.jsonl > /tmp/o.jsonl && python3 eval/phones/score.py eval/phones10/dev.jsonl /tmp/o.jsonl\n```\n")
    w("Add `--show 20` to list misses and false positives. The extractor is run with no flags: posts say where they are (or don't).\n")
    w("**Held-out rule**: `heldout.jsonl` is scored once, for the record, after the work on dev is done. Never tune on it, never "
      "read its misses to fix them; if it is looked at, it stops being held out. Dev and heldout are drawn from the same "
      "generator with different seeds and disjoint numbers (no number appears in both).\n")
    w("## Labels\n")
    w("Each post has `labels`:\n")
    w("- `phones`: one entry per mention (a number written twice is labelled twice), in reading order (title, then body): "
      "`e164` (what a careful reader would dial), `raw` (the exact text of the mention, a substring of `field`), `field` "
      "(`title` or `body`), `class` (below), `region_source` (below), `region` (ISO country of the number), `evidence` (the text "
      "that tells the country: the place name, url, site, calling code, field value; null for `international` and "
      "`national_format`).")
    w("- `ambiguous`: numbers written without country code in a post that says nothing about where it is, whose digits are a "
      "valid number in two or more of the scenario countries: `raw`, `digits`, `field`, `class`, `e164_candidates` (every E.164 "
      "the digits are valid as, over all regions libphonenumber knows), `regions`, `pool_e164` (the pool entry the digits came "
      "from — not an answer, just bookkeeping). These are not phones: emitting one counts as a false positive; reporting it "
      "under `ambiguous` is what the scorer counts as right.")
    w("- `decoys`: the kinds of non-phone numbers in the post.")
    w("- `country`: where the ad is (null when the post does not say), `lang`, `group` (ad category: %s), `hint` (the kind "
      "of country evidence the post was built around; `intl`, `ambiguous` and `nophone` are post kinds, the rest match "
      "`region_source`).\n" % ", ".join("`%s`" % k for k, _ in CATS))
    w("A glued name is not part of `raw`; a trunk 0 kept inside an international number is part of `raw` but not of `e164`. "
      "`evidence` and `hint` are extra keys for people reading the set; the scorer ignores them.\n")
    w("### region_source\n")
    w("Each post's national-format numbers have exactly one kind of evidence (posts are built that way); numbers written with "
      "a country code are `international` whatever else the post says. A post may also hold a number of another country "
      "written with its own code (a touring advertiser's home number): that never changes the country of the post's national "
      "numbers.\n")
    w("These `region_source` names are this set's own vocabulary, written without looking at the extractor. The scorer's "
      "agreement column compares the strings, so it is only meaningful once the extractor's names are mapped onto these.\n")
    w(table("region_source", [k for k, _ in SOURCE_DOC], d["src"], h["src"], src_doc))
    w("\n### Classes (phones per split)\n")
    w(table("class", cls_keys, d["cls"], h["cls"], {**CLASS_DOC, **{k: "" for k in extra}}))
    w("\nBy family: " + ", ".join("`%s` %d / %d" % (k, fd[k], fh[k]) for k in fd) + " (dev / heldout).\n")
    w("### Totals\n")
    w("| | dev | heldout |\n|---|---:|---:|")
    w("| posts | %d | %d |" % (d["posts"], h["posts"]))
    w("| labelled phone mentions | %d | %d |" % (d["phones"], h["phones"]))
    w("| posts without a labelled phone | %d | %d |" % (d["nophone"], h["nophone"]))
    w("| labelled ambiguous numbers | %d | %d |" % (d["amb"], h["amb"]))
    w("")
    w("### Post kinds, groups, languages\n")
    w(table("hint", sorted(set(d["hints"]) | set(h["hints"])), d["hints"], h["hints"]))
    w("")
    w(table("group", [k for k, _ in CATS], d["grp"], h["grp"]))
    w("")
    w(table("lang", lang_keys, d["lang"], h["lang"]))
    w("\n### Countries of labelled phones\n")
    w(table("region", ctry_keys, d["ctry"], h["ctry"]))
    w("\n### Decoy kinds (posts containing each)\n")
    w(table("decoy", dec_keys, d["dec"], h["dec"]))
    w("\n## Labelling rules\n")
    w("- The label is the number a careful human reader would dial: words, homophones, leet, letter O, multipliers and "
      "escapes are read as the digits they stand for; `+44 (0)7911…` is dialled without the 0.")
    w("- A national number is labelled only when the post tells its country (one of the `region_source` kinds). When it does "
      "not, the number goes to `ambiguous` with every E.164 it could be.")
    w("- `national_format` is used only when libphonenumber formats those digits that way for one country alone (for every "
      "other region where the digits are valid, the national format differs) and the number is written exactly in that "
      "format.")
    w("- Recruitment ads name a destination country (\"work in Dubai\"); the agency's national numbers are never valid numbers "
      "under the destination's calling code, so the destination cannot be mistaken for the number's country by a careful "
      "reader.")
    w("- Numbers that touch other digits, or number words that touch a spelled-out number, are never generated: where each "
      "number starts and ends is always clear to a reader.")
    w("- Decoys (prices, ages, heights like 5'6\", times, dates, street numbers, postcodes, parcel tracking such as `1Z…` and "
      "22-digit USPS-like runs, order/licence references, bank/IBAN/CLABE/Pix numbers, years, measurements, model numbers) "
      "are never phones, even when their digits would parse as one.\n")
    w("## Judgement calls\n")
    w("- `national_format` is decided by libphonenumber's formats, not by what a local would guess: e.g. a UK mobile written "
      "`07xxx xxxxxx` only counts when no other country formats the same digits the same way; otherwise such a post is built "
      "with another kind of evidence.")
    w("- `ambiguous` candidates are every E.164 the digits are valid as in any region, including regions outside the "
      "scenario, so that any guess an extractor makes is caught. Post language and imperial units (5'6\") are not treated as "
      "evidence of a country.")
    w("- Local abbreviations are taken at their local meaning when the number agrees (`QC` in a post with a Philippine mobile "
      "is Quezon City); a bare country name is evidence (`Location: Australia`).")
    w("- `double zero` / `zero zero` before a country code is read as the 00 international prefix; `+1` numbers are labelled "
      "US or CA by area code (the E.164 is the same either way).")
    w("- A calling code given only through another number of the same country in the post (`WhatsApp +61 4…, home 04…`) is "
      "`calling_code` evidence for the national number.")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files differ from what this script writes")
    a = ap.parse_args()
    files = generate()
    bad = []
    for fn, content in files.items():
        path = os.path.join(HERE, fn)
        data = content.encode("utf-8")
        if a.check:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        bad.append(fn)
            except FileNotFoundError:
                bad.append(fn)
        else:
            with open(path, "wb") as f:
                f.write(data)
    if a.check:
        if bad:
            print("differ from write.py output: " + ", ".join(bad), file=sys.stderr)
            sys.exit(1)
        print("ok: " + ", ".join(files))
    else:
        print("wrote " + ", ".join(files))


if __name__ == "__main__":
    main()
