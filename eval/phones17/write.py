#!/usr/bin/env python3
"""Write the phones17 blind evaluation set (forced-labour scam-compound recruitment, "agency", escort,
massage, KTV and control classifieds posts from 28 Asian and African countries).

    python3 eval/phones17/write.py            # writes dev.jsonl and heldout.jsonl next to this file
    python3 eval/phones17/write.py --out DIR  # writes them into DIR
    python3 eval/phones17/write.py --check    # exit 1 when the files here differ from a fresh run
    python3 eval/phones17/write.py --stats    # count tables of the files a fresh run writes

Deterministic (Python 3.11 + phonenumbers 9.0.43). Everything is synthetic: numbers are random
digits kept only when phonenumbers calls them valid for the country and of the intended type;
names, handles and site names are invented.
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
POOL_SEED = 17017
SPLIT_SEEDS = {"dev": 1717, "heldout": 171799}
SPLIT_POSTS = {"dev": 300, "heldout": 500}
ID_PREFIX = {"dev": "ph17d-", "heldout": "ph17h-"}

COUNTRIES = ("CN TW HK MO VN ID PH TH MY SG KH MM LA KR JP MN RU KZ KG UZ IN NP BD LK PK KE UG "
             "ET").split()

# ---------------------------------------------------------------------------------------------
# numbers

POOL_PER_COUNTRY = 90
# format-unique extras: national digits (as the country writes them) that read as a valid number in
# exactly one of the 28 countries; only these countries have enough of them (m = mobile, f = fixed)
FORMAT_EXTRA = {"CN": ("m", 15), "ID": ("m", 12), "RU": ("f", 9), "MM": ("f", 9), "PK": ("m", 9),
                "IN": ("m", 9), "BD": ("f", 6), "KR": ("f", 6), "KE": ("f", 9), "MN": ("m", 6),
                "KH": ("m", 3), "MY": ("m", 3)}
AMBIG_SOURCES = ["TW", "HK", "MO", "VN", "TH", "SG", "KH", "LA", "JP", "KG", "UZ", "NP", "LK", "UG",
                 "ET", "MY", "PH", "KZ", "RU", "KE", "MN", "IN", "ID", "KR", "MM", "BD", "PK"]
AMBIG_POOL = 45

_READ_CACHE = {}


def readings(digits):
    """Strict national readings of a digit string in the 28 countries: {e164: [regions]}."""
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


# how each country writes its numbers nationally (X = one national digit; used when the length fits)
NAT_TEMPLATES = {
    "CN": ["XXX-XXXX-XXXX", "XXX XXXX XXXX", "XXXX XXX XXXX", "XXX XXXX-XXXX", "XXXX-XXXXXXX"],
    "TW": ["XXXX-XXX-XXX", "XXXX XXXXXX", "XXXX XXX XXX", "XX-XXXX-XXXX", "(XX) XXXX-XXXX"],
    "HK": ["XXXX XXXX", "XXXX-XXXX"], "MO": ["XXXX XXXX", "XXXX-XXXX"], "SG": ["XXXX XXXX", "XXXX-XXXX"],
    "MN": ["XXXX XXXX", "XXXX-XXXX", "XX-XX-XX-XX"],
    "VN": ["XXXX.XXX.XXX", "XXXX XXX XXX", "XXX XXX XXXX", "XXXX.XXXXXX", "XXX.XXX.XXXX"],
    "ID": ["XXXX-XXXX-XX", "XXXX XXXX XX", "XXXX-XXXX-XXX", "XXXX XXXX XXX", "XXXX-XXXX-XXXX",
           "XXXX XXXX XXXX", "XXXX-XXXX-XXXXX", "(XXX) XXXXXXX", "(XXXX) XXXXXX"],
    "PH": ["XXXX XXX XXXX", "XXXX-XXX-XXXX", "(XX) XXX XXXX"],
    "TH": ["XXX-XXX-XXXX", "XXX XXX XXXX", "XX-XXXX-XXXX", "XX-XXX-XXXX"],
    "MY": ["XXX-XXX XXXX", "XXX-XXXXXXX", "XXX-XXXX XXXX", "XX-XXX XXXX"],
    "KH": ["XXX XXX XXX", "XXX-XXX-XXX", "XXX XXX XXXX", "XXX XXXX XXX"],
    "MM": ["XX XXX XXX XXX", "XX-XXXXXXXXX", "XX XXX XXXX", "XX XXXX XXX"],
    "LA": ["XXX XXXX XXXX", "XXX XX XXX XXX", "XXX XXX XXX"],
    "KR": ["XXX-XXXX-XXXX", "XXX XXXX XXXX", "XX-XXXX-XXXX", "XX-XXX-XXXX", "XXX-XXX-XXXX"],
    "JP": ["XXX-XXXX-XXXX", "XXX XXXX XXXX", "XX-XXXX-XXXX"],
    "RU": ["X (XXX) XXX-XX-XX", "X-XXX-XXX-XX-XX", "X XXX XXX XXXX", "X(XXX)XXX-XX-XX"],
    "KZ": ["X (XXX) XXX-XX-XX", "X-XXX-XXX-XX-XX", "X XXX XXX XXXX", "X(XXX)XXX-XX-XX"],
    "KG": ["XXXX XXX XXX", "X XXX XX XX XX", "XXXX-XX-XX-XX"],
    "UZ": ["XX XXX XX XX", "XX-XXX-XX-XX", "(XX) XXX-XX-XX", "XX XXX XXXX"],
    "IN": ["XXXXX XXXXX", "XXXXX-XXXXX", "XXX-XXX-XXXX"],
    "NP": ["XXX-XXXXXXX", "XXXX-XXXXXX", "XXX XXX XXXX"],
    "BD": ["XXXXX-XXXXXX", "XXXXX XXX XXX", "XXXX-XXXXXXX"],
    "LK": ["XXX XXX XXXX", "XXX-XXXXXXX"],
    "PK": ["XXXX XXXXXXX", "XXXX-XXXXXXX", "XXXX XXX XXXX"],
    "KE": ["XXXX XXXXXX", "XXXX XXX XXX", "XXXX-XXX-XXX"],
    "UG": ["XXXX XXXXXX", "XXXX XXX XXX"],
    "ET": ["XXX XXX XXXX", "XXXX XX XX XX", "XXXX-XXXXXX"],
}


def apply_template(t, digs):
    out, i = [], 0
    for ch in t:
        if ch == "X":
            out.append(digs[i])
            i += 1
        else:
            out.append(ch)
    return "".join(out)


class Number:
    def __init__(self, country, n, typ):
        self.country = country
        self.type = typ
        self.cc = str(n.country_code)
        self.e164 = pn.format_number(n, PNF.E164)
        self.nsn = pn.national_significant_number(n)
        self.nat_fmt = pn.format_number(n, PNF.NATIONAL)
        self.intl_fmt = pn.format_number(n, PNF.INTERNATIONAL)
        ig = [g for g in "".join(c if c.isdigit() else " " for c in self.intl_fmt).split()]
        assert ig[0] == self.cc
        self.intl_groups = ig[1:]
        assert "".join(self.intl_groups) == self.nsn
        if country == "IN" and typ == "mobile":
            # Indian mobiles are written without the trunk 0 ("98765 43210")
            self.nat_fmt = self.nsn[:5] + " " + self.nsn[5:]
        self.nat_digits = only_digits(self.nat_fmt)
        self.nat_groups = [g for g in "".join(c if c.isdigit() else " " for c in self.nat_fmt).split()]
        self.trunk0 = self.nat_digits == "0" + self.nsn
        self.templates = [t for t in NAT_TEMPLATES.get(country, []) if t.count("X") == len(self.nat_digits)]

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
        s = "".join(rng.choice("0123456789") for _ in range(rng.choice(lens)))
        if pattern:
            # round endings ("...7000", "...500") that English ads like to spell with multipliers
            d = str(rng.randint(1, 9))
            s = s[:-4] + d + "000" if rng.random() < 0.5 else s[:-3] + d + "00"
        n = pn.parse("+" + str(md.country_code) + s)
        if pn.is_valid_number_for_region(n, country) and _type_ok(n, typ) and 7 <= len(s) <= 12:
            num = Number(country, n, typ)
            if pn.format_number(pn.parse(num.nat_digits, country), PNF.E164) == num.e164:
                return num


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
    for c in sorted(FORMAT_EXTRA):
        t, want = FORMAT_EXTRA[c]
        typ = "mobile" if t == "m" else "fixed"
        i = 0
        while i < want:
            num = _random_number(rng, c, typ)
            if num.e164 in seen:
                continue
            if list(readings(num.nat_digits)) != [num.e164]:
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
        if len(rd) < 2 or len(rd) > 9:
            continue
        seen.add(num.e164)
        ambig["dev" if i % 3 == 0 else "heldout"].append(num)
        i += 1
    return pools, fmt, ambig


# ---------------------------------------------------------------------------------------------
# places, sites, languages

# country -> {script or language: names used in the text, "slugs": url slugs, "loc": location-field names}
PLACES = {
    "CN": {"Hans": ["深圳", "东莞", "广州天河", "厦门", "福州", "温州", "南宁"],
           "slugs": ["shenzhen", "dongguan", "guangzhou", "xiamen"], "loc": ["Shenzhen", "Guangzhou", "Xiamen"]},
    "TW": {"Hant": ["臺北", "台中", "高雄", "西門町", "板橋", "桃園"],
           "slugs": ["taipei", "taichung", "kaohsiung"], "loc": ["Taipei", "Taichung", "Kaohsiung"]},
    "HK": {"Hant": ["旺角", "尖沙咀", "銅鑼灣", "觀塘", "荃灣", "深水埗"],
           "Latn": ["Mong Kok", "Tsim Sha Tsui", "Causeway Bay", "Kwun Tong", "Tsuen Wan", "Sham Shui Po"],
           "slugs": ["kowloon", "mongkok", "causewaybay"], "loc": ["Kowloon", "Hong Kong Island", "New Territories"]},
    "MO": {"Hant": ["氹仔", "路氹城", "新馬路", "黑沙環", "高士德"],
           "Latn": ["Taipa", "Cotai", "Senado Square", "Areia Preta"],
           "slugs": ["taipa", "cotai"], "loc": ["Taipa", "Cotai", "Macau Peninsula"]},
    "VN": {"Latn": ["Hà Nội", "Bình Thạnh", "Hải Phòng", "Cần Thơ", "Gò Vấp", "Thủ Đức", "Biên Hòa"],
           "slugs": ["hanoi", "haiphong", "cantho", "bienhoa"], "loc": ["Hà Nội", "Hải Phòng", "Cần Thơ"]},
    "ID": {"Latn": ["Surabaya", "Semarang", "Bekasi", "Makassar", "Batam", "Denpasar"],
           "slugs": ["surabaya", "semarang", "makassar"], "loc": ["Surabaya", "Semarang", "Makassar"]},
    "PH": {"Latn": ["Cebu City", "Quezon City", "Davao", "Pasig", "Angeles City", "Iloilo"],
           "slugs": ["cebu", "davao", "quezoncity"], "loc": ["Cebu", "Davao", "Iloilo"]},
    "TH": {"Thai": ["เชียงใหม่", "พัทยา", "หาดใหญ่", "ขอนแก่น", "อุดรธานี", "สุขุมวิท"],
           "Latn": ["Chiang Mai", "Pattaya", "Hat Yai", "Khon Kaen", "Udon Thani", "Sukhumvit"],
           "slugs": ["chiangmai", "pattaya", "hatyai"], "loc": ["Chiang Mai", "Pattaya", "Hat Yai"]},
    "MY": {"Latn": ["Johor Bahru", "Petaling Jaya", "Ipoh", "Kota Kinabalu", "Bukit Bintang", "Klang"],
           "Hans": ["新山", "八打灵再也", "怡保", "亚庇", "武吉免登", "巴生"],
           "slugs": ["johorbahru", "ipoh", "penang", "kotakinabalu"], "loc": ["Johor Bahru", "Ipoh", "Penang"]},
    "SG": {"Latn": ["Geylang", "Jurong East", "Woodlands", "Tampines", "Orchard Road", "Yishun"],
           "Hans": ["芽笼", "裕廊东", "兀兰", "淡滨尼", "乌节路", "义顺"],
           "slugs": ["jurong", "orchard", "tampines"], "loc": ["Singapore"]},
    "KH": {"Latn": ["Phnom Penh", "Toul Kork", "Siem Reap", "Battambang", "Chbar Ampov"],
           "Khmr": ["ភ្នំពេញ", "ទួលគោក", "សៀមរាប", "បាត់ដំបង", "ច្បារអំពៅ"],
           "Hans": ["金边", "堆谷", "暹粒", "马德望"],
           "slugs": ["phnompenh", "siemreap", "battambang"], "loc": ["Phnom Penh", "Siem Reap"]},
    "MM": {"Latn": ["Yangon", "Mandalay", "Hlaing Thar Yar", "Bago", "Naypyitaw"],
           "Mymr": ["ရန်ကုန်", "မန္တလေး", "လှိုင်သာယာ", "ပဲခူး", "နေပြည်တော်"],
           "slugs": ["yangon", "mandalay"], "loc": ["Yangon", "Mandalay"]},
    "LA": {"Latn": ["Vientiane", "Luang Prabang", "Savannakhet", "Pakse"],
           "Laoo": ["ວຽງຈັນ", "ຫຼວງພະບາງ", "ສະຫວັນນະເຂດ", "ປາກເຊ"],
           "slugs": ["vientiane", "luangprabang", "pakse"], "loc": ["Vientiane", "Pakse"]},
    "KR": {"Hang": ["홍대", "강남역", "해운대", "이태원", "수원역", "부평"],
           "slugs": ["seoul", "busan", "incheon"], "loc": ["Seoul", "Busan", "Incheon"]},
    "JP": {"Jpan": ["新宿", "池袋", "歌舞伎町", "すすきの", "難波", "博多", "錦糸町"],
           "slugs": ["tokyo", "osaka", "sapporo", "fukuoka"], "loc": ["Tokyo", "Osaka", "Fukuoka"]},
    "MN": {"Cyrl": ["Улаанбаатар", "Дархан", "Эрдэнэт", "Баянзүрх", "Хан-Уул"],
           "slugs": ["ulaanbaatar", "darkhan"], "loc": ["Ulaanbaatar", "Darkhan"]},
    "RU": {"Cyrl": ["Новосибирск", "Екатеринбург", "Владивосток", "Иркутск", "Хабаровск", "Красноярск"],
           "slugs": ["novosibirsk", "vladivostok", "irkutsk"], "loc": ["Новосибирск", "Владивосток", "Иркутск"]},
    "KZ": {"Cyrl": ["Алматы", "Шымкент", "Караганда", "Актобе", "Атырау"],
           "slugs": ["almaty", "shymkent", "karaganda"], "loc": ["Алматы", "Шымкент"]},
    "KG": {"Cyrl": ["Бишкек", "Каракол", "Токмок", "Жалал-Абад", "Балыкчы"],
           "slugs": ["bishkek", "karakol"], "loc": ["Бишкек", "Каракол"]},
    "UZ": {"Latn": ["Toshkent", "Samarqand", "Chilonzor", "Yunusobod", "Andijon"],
           "uz-Cyrl": ["Тошкент", "Самарқанд", "Чилонзор", "Юнусобод", "Наманган"],
           "ru": ["Ташкент", "Самарканд", "Чиланзар", "Юнусабад", "Андижан"],
           "slugs": ["tashkent", "samarkand"], "loc": ["Tashkent", "Samarkand"]},
    "IN": {"Latn": ["Andheri", "Lucknow", "Jaipur", "Koramangala", "Connaught Place", "Noida"],
           "Deva": ["अंधेरी", "लखनऊ", "जयपुर", "नोएडा", "कनॉट प्लेस"],
           "slugs": ["mumbai", "lucknow", "jaipur", "delhi"], "loc": ["Mumbai", "Delhi", "Jaipur"]},
    "NP": {"Latn": ["Pokhara", "Thamel", "Biratnagar", "Butwal", "Dharan"],
           "Deva": ["पोखरा", "ठमेल", "विराटनगर", "बुटवल", "धरान"],
           "slugs": ["pokhara", "kathmandu", "biratnagar"], "loc": ["Kathmandu", "Pokhara"]},
    "BD": {"Latn": ["Chittagong", "Sylhet", "Gulshan", "Uttara", "Khulna"],
           "Beng": ["চট্টগ্রাম", "সিলেট", "গুলশান", "উত্তরা", "খুলনা"],
           "slugs": ["dhaka", "chittagong", "sylhet"], "loc": ["Dhaka", "Chittagong"]},
    "LK": {"Latn": ["Kandy", "Negombo", "Galle", "Nugegoda", "Kurunegala"],
           "Sinh": ["මහනුවර", "මීගමුව", "ගාල්ල", "නුගේගොඩ", "කුරුණෑගල"],
           "slugs": ["colombo", "kandy", "negombo"], "loc": ["Colombo", "Kandy"]},
    "PK": {"Latn": ["Lahore", "Rawalpindi", "Faisalabad", "Gulberg", "Multan", "Peshawar"],
           "slugs": ["lahore", "karachi", "islamabad"], "loc": ["Karachi", "Lahore", "Islamabad"]},
    "KE": {"Latn": ["Kisumu", "Westlands", "Nakuru", "Eldoret", "Kilimani", "Thika"],
           "slugs": ["nairobi", "mombasa", "kisumu"], "loc": ["Nairobi", "Mombasa"]},
    "UG": {"Latn": ["Gulu", "Ntinda", "Jinja", "Mbarara", "Kabalagala", "Entebbe"],
           "slugs": ["kampala", "gulu", "jinja"], "loc": ["Kampala", "Entebbe"]},
    "ET": {"Latn": ["Bahir Dar", "Bole", "Hawassa", "Adama", "Mekelle", "Dire Dawa"],
           "Ethi": ["ባሕር ዳር", "ቦሌ", "ሐዋሳ", "አዳማ", "መቀሌ", "ድሬዳዋ"],
           "slugs": ["addisababa", "bahirdar", "hawassa"], "loc": ["Addis Ababa", "Bahir Dar"]},
}
PLACE_KEYS = ("Latn", "Hans", "Hant", "Thai", "Khmr", "Mymr", "Laoo", "Hang", "Jpan", "Cyrl", "Deva", "Beng",
              "Sinh", "Ethi", "uz-Cyrl", "ru")


def place_names(country):
    """every place name of a country (all scripts)"""
    p = PLACES[country]
    return [n for k in PLACE_KEYS for n in p.get(k, [])]


LANG_SCRIPT = {"zh": "Hans", "zh-Hant": "Hant", "ja": "Jpan", "ko": "Hang", "th": "Thai", "km": "Khmr", "my": "Mymr",
               "lo": "Laoo", "mn": "Cyrl", "ru": "Cyrl", "kk": "Cyrl", "ky": "Cyrl", "uz-Cyrl": "Cyrl", "hi": "Deva",
               "ne": "Deva", "bn": "Beng", "si": "Sinh", "am": "Ethi"}


def city_list(country, lang):
    p = PLACES[country]
    return p.get(lang) or p.get(LANG_SCRIPT.get(lang, "Latn")) or p["Latn"]


CCTLD = {"CN": ["cn", "com.cn"], "TW": ["com.tw", "tw"], "HK": ["hk", "com.hk"], "MO": ["mo", "com.mo"],
         "VN": ["vn", "com.vn"], "ID": ["co.id", "id"], "PH": ["com.ph", "ph"], "TH": ["co.th", "in.th"],
         "MY": ["com.my", "my"], "SG": ["sg", "com.sg"], "KH": ["com.kh"], "MM": ["com.mm"], "LA": ["la"],
         "KR": ["kr", "co.kr"], "JP": ["jp", "co.jp"], "MN": ["mn"], "RU": ["ru"], "KZ": ["kz"], "KG": ["kg"],
         "UZ": ["uz"], "IN": ["in", "co.in"], "NP": ["com.np"], "BD": ["com.bd"], "LK": ["lk"], "PK": ["pk"],
         "KE": ["co.ke"], "UG": ["co.ug"], "ET": ["et"]}
GENERIC_TLD = ["com", "net", "xyz", "club", "online", "info", "top", "vip", "example"]

SITE_A = ["vorn", "kesp", "lumo", "tirra", "quen", "zamb", "orvi", "pelk", "sundr", "mawi", "kelo", "trinq", "yaro",
          "fenz", "dovi", "rikka", "basso", "nalo", "gimo", "hespa", "corvo", "ulma", "pivo", "zenu", "talo", "wendo",
          "brisq", "mollo", "jaspo", "kirro"]
SITE_B = ["desk", "hub", "post", "board", "feed", "lane", "spot", "zone", "list", "wall", "nest", "box"]

# country -> [(language, weight)]
LANGS = {"CN": [("zh", 1)], "TW": [("zh-Hant", 1)], "HK": [("zh-Hant", 60), ("en", 40)],
         "MO": [("zh-Hant", 65), ("en", 35)], "VN": [("vi", 85), ("en", 15)], "ID": [("id", 85), ("en", 15)],
         "PH": [("tl", 55), ("en", 45)], "TH": [("th", 65), ("en", 35)], "MY": [("ms", 45), ("en", 35), ("zh", 20)],
         "SG": [("en", 65), ("zh", 35)], "KH": [("km", 50), ("en", 30), ("zh", 20)], "MM": [("my", 70), ("en", 30)],
         "LA": [("lo", 70), ("en", 30)], "KR": [("ko", 1)], "JP": [("ja", 1)], "MN": [("mn", 1)], "RU": [("ru", 1)],
         "KZ": [("kk", 45), ("ru", 55)], "KG": [("ky", 45), ("ru", 55)],
         "UZ": [("uz", 55), ("uz-Cyrl", 25), ("ru", 20)], "IN": [("en", 60), ("hi", 40)],
         "NP": [("ne", 55), ("en", 45)], "BD": [("bn", 55), ("en", 45)], "LK": [("si", 45), ("en", 55)],
         "PK": [("en", 1)], "KE": [("sw", 50), ("en", 50)], "UG": [("en", 1)], "ET": [("am", 55), ("en", 45)]}
LATIN_LANGS = ("en", "tl", "vi", "id", "ms", "uz", "sw")
# languages whose posts also write digits in their own script (full-width digits in Chinese and Japanese)
FW = "０１２３４５６７８９"
LOCAL_DIGITS = {"zh": FW, "zh-Hant": FW, "ja": FW, "th": "๐๑๒๓๔๕๖๗๘๙", "km": "០១២៣៤៥៦៧៨៩",
                "my": "၀၁၂၃၄၅၆၇၈၉", "lo": "໐໑໒໓໔໕໖໗໘໙", "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९",
                "ne": "०१२३४५६७८९"}
CJK = ("zh", "zh-Hant", "ja", "ko")
NOSPACE = ("zh", "zh-Hant", "ja", "th", "km", "my", "lo")

NAMES = ["Linda", "Mimi", "Anna", "Lily", "Jessica", "Kevin", "Tony", "David", "Coco", "Nana", "Mai", "Lan", "Putri",
         "Dewi", "Jasmine", "Aiko", "Mina", "Sara", "Priya", "Aisha", "Grace", "Joy", "Faith", "Ruth", "Aziz",
         "Dilnoza", "Aruzhan", "Bolor", "Nora", "Vicky"]
HANDLE_SUFFIX = ["vip", "hr", "job", "spa", "ok", "official", "team", "boss", "work", "ktv"]

EMOJI = ["🔥", "💰", "✈️", "🌏", "📢", "✅", "💯", "🌹", "💋", "⭐", "🎉", "👉", "📞", "📲"]
DECO_EMOJI = ["🔥", "💰", "✈️", "🌏", "✅", "🌹", "💋", "⭐", "🎉"]  # never a phone emoji before a decoy

# number words per language (tl posts use English number words, as Taglish ads do)
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "zh": ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "zh-Hant": ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "ms": ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "km": ["សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"],
    "my": ["သုည", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး"],
    "lo": ["ສູນ", "ໜຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ"],
    "ko": ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"],
    "ja": ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "mn": ["тэг", "нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "kk": ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"],
    "ky": ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"],
    "uz": ["nol", "bir", "ikki", "uch", "to'rt", "besh", "olti", "yetti", "sakkiz", "to'qqiz"],
    "uz-Cyrl": ["нол", "бир", "икки", "уч", "тўрт", "беш", "олти", "етти", "саккиз", "тўққиз"],
    "hi": ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ"],
    "ne": ["शून्य", "एक", "दुई", "तीन", "चार", "पाँच", "छ", "सात", "आठ", "नौ"],
    "bn": ["শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়"],
    "si": ["බිංදුව", "එක", "දෙක", "තුන", "හතර", "පහ", "හය", "හත", "අට", "නවය"],
    "am": ["ዜሮ", "አንድ", "ሁለት", "ሶስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ"],
    "sw": ["sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"],
}
WORDS["tl"] = WORDS["en"]
# spoken variants: 幺/么 for one, 两/兩 for two, 〇 for zero (Chinese); kana readings (Japanese)
ZH_SPOKEN = {"zh": {"1": "幺", "2": "两", "0": "〇"}, "zh-Hant": {"1": "么", "2": "兩", "0": "〇"}}
JA_KANA = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
# leet never puts a digit first in a word ("on3", not "0ne")
LEET_EN = {"0": ["zer0", "z3ro"], "1": ["on3"], "2": ["tw0"], "3": ["thr33", "thre3"], "4": ["f0ur"],
           "5": ["f1ve", "fiv3"], "6": ["s1x"], "7": ["s3ven", "sev3n"], "8": ["e1ght"],
           "9": ["n1ne", "nin3"]}
HOMOPHONES = {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}
PLUS_WORD = {"en": ["plus"], "tl": ["plus"], "zh": ["加"], "zh-Hant": ["加"], "vi": ["cộng"], "id": ["plus", "tambah"],
             "ms": ["tambah", "plus"], "th": ["บวก"], "km": ["បូក"], "my": ["အပေါင်း"], "lo": ["ບວກ"], "ko": ["플러스"],
             "ja": ["プラス"], "mn": ["нэмэх"], "ru": ["плюс"], "kk": ["плюс"], "ky": ["плюс"], "uz": ["plyus"],
             "uz-Cyrl": ["плюс"], "hi": ["प्लस"], "ne": ["प्लस"], "bn": ["প্লাস"], "si": ["ප්ලස්"], "am": ["ፕላስ"],
             "sw": ["plus", "jumlisha"]}
DOUBLE_ZERO = {"en": ["double zero", "zero zero", "double oh"], "tl": ["double zero", "zero zero"],
               "zh": ["零零", "〇〇"], "zh-Hant": ["零零"], "vi": ["không không"], "id": ["nol nol"],
               "ms": ["kosong kosong"], "th": ["ศูนย์ศูนย์"], "km": ["សូន្យសូន្យ"], "my": ["သုညသုည"],
               "lo": ["ສູນສູນ"], "ko": ["공공"], "ja": ["ゼロゼロ"], "mn": ["тэг тэг"], "ru": ["ноль ноль"],
               "kk": ["нөл нөл"], "ky": ["нөл нөл"], "uz": ["nol nol"], "uz-Cyrl": ["нол нол"],
               "hi": ["शून्य शून्य"], "ne": ["शून्य शून्य"], "bn": ["শূন্য শূন্য"], "si": ["බිංදුව බිංදුව"],
               "am": ["ዜሮ ዜሮ"], "sw": ["sifuri sifuri", "double zero"]}

ESCAPES = ["\\u2022", "&#8226;", "&bull;", "&nbsp;", "%20", "\\xa0", "&#160;", "<br>", "\\u00a0", "&middot;",
           "&#12288;", "\\u3000"]
DIGIT_SEPS = ["@", "!", ";", "•", "~", "|", ":", "::", "-", ".", "*", "_", "/", "·", "'", " ", "、"]
SPLIT_BREAKS = ["\n", " \n", "-\n", " /\n", " …\n", "\n… "]

# ---------------------------------------------------------------------------------------------
# phrase banks (no digits anywhere in these; {city} a place of the poster's country, {dest} a
# destination abroad, {h} an invented handle)

CATS = ("scam_recruitment", "agency", "escort", "massage", "ktv", "classifieds")
L = {}
L["zh"] = dict(
    titles={"scam_recruitment": ["高薪招聘 客服专员", "急招打字员 日结", "诚聘网络推广 包吃包住", "招聘翻译 高薪直招",
                                 "招聘游戏测试员", "娱乐场招聘荷官", "海外高薪 网络营销"],
            "agency": ["出国劳务 一条龙服务", "签证机票全包 直飞", "海外工作 免费办理护照"],
            "escort": ["新到学生妹 可上门", "高端商务伴游", "兼职模特 外围"],
            "massage": ["养生会所 新到技师", "正规按摩 推拿足疗", "SPA会所 全套服务"],
            "ktv": ["KTV招聘 佳丽公主", "夜场招聘 日结高薪", "商务KTV 包厢预订"],
            "classifieds": ["二手手机 转让", "出租单间 拎包入住", "出售二手摩托车"]},
    lines={"scam_recruitment": ["无需经验，会打字就行", "公司包吃包住，包机票", "工作轻松，只需要在线聊天",
                                "懂中文、会用电脑即可", "入职即可预支工资", "男女不限，长期稳定"],
           "agency": ["护照、签证、机票我们全包", "落地有人接机", "办理快，三天出发", "无需面试，直接上岗"],
           "escort": ["身材好，服务好，可过夜", "真人照片，不满意可换人", "酒店上门，安全私密"],
           "massage": ["新到技师，手法专业", "环境干净，停车方便", "泰式、精油、足疗都有"],
           "ktv": ["包厢大，酒水便宜", "招聘公主、佳丽，日结", "高端商务接待"],
           "classifieds": ["成色很好，无拆修", "价格可小刀", "房间干净，家具齐全", "个人转让，非诚勿扰"]},
    dest=["工作地点：{dest}", "{dest}直招", "{dest}高薪招聘", "地点在{dest}，包机票"],
    city=["坐标：{city}", "{city}面试", "📍{city}", "地址：{city}", "本人在{city}"],
    rules=["非诚勿扰", "中介勿扰", "名额有限，先到先得", "骗子勿扰"],
    mirror=["（转载）", "【转发】", "来源：网络"],
    lead=["电话：", "手机：", "电话/微信同号：", "联系：", "☎️ ", "📞 ", "飞机/电话：", "咨询热线："],
    lead_word=["微信/电话 ", "飞机 ", "WhatsApp ", "Telegram "],
    dest_lead=["园区直线：", "当地负责人：", "现场电话："],
    handle=["微信号：{h}", "飞机：@{h}", "纸飞机 @{h}"],
    tail=["", "", "（微信同号）", " 🔥", "，随时联系", "（加好友备注来意）"],
    glue=["微信", "电话", "手机", "TG", "vx"], glue_after=["微信同号", "同微"], join="，",
)
L["zh-Hant"] = dict(
    titles={"scam_recruitment": ["高薪誠聘 客服人員", "急徵打字員 日領", "網路行銷 包吃包住", "誠徵翻譯 高薪直聘",
                                 "徵遊戲測試員", "娛樂場招募荷官"],
            "agency": ["出國工作 一條龍服務", "簽證機票全包", "海外打工 免費辦護照"],
            "escort": ["新到學生妹 可外約", "高端商務伴遊", "兼職模特兒"],
            "massage": ["養生會館 新到師傅", "正規按摩 腳底按摩", "SPA會館 全套服務"],
            "ktv": ["KTV誠聘 公主小姐", "夜店徵人 日領高薪", "商務KTV 包廂預訂"],
            "classifieds": ["二手手機 轉讓", "套房出租 拎包入住", "出售二手機車"]},
    lines={"scam_recruitment": ["無需經驗，會打字就可以", "公司包吃包住，包機票", "工作輕鬆，只要線上聊天",
                                "懂中文、會用電腦即可", "入職可預支薪水"],
           "agency": ["護照、簽證、機票我們全包", "落地有人接機", "辦理快速，三天出發"],
           "escort": ["身材好，服務好，可過夜", "真人照片，不滿意可換人", "飯店外約，安全私密"],
           "massage": ["新到師傅，手法專業", "環境乾淨，停車方便", "泰式、精油、腳底都有"],
           "ktv": ["包廂大，酒水便宜", "徵公主、小姐，日領", "高端商務接待"],
           "classifieds": ["成色很好，無拆修", "價格可小議", "房間乾淨，家具齊全"]},
    dest=["工作地點：{dest}", "{dest}直聘", "{dest}高薪招募", "地點在{dest}，包機票"],
    city=["地點：{city}", "{city}面試", "📍{city}", "地址：{city}", "人在{city}"],
    rules=["非誠勿擾", "仲介勿擾", "名額有限", "詐騙勿擾"],
    mirror=["（轉載）", "【轉發】", "來源：網路"],
    lead=["電話：", "手機：", "電話/微信同號：", "聯絡：", "☎️ ", "📞 ", "WhatsApp/電話："],
    lead_word=["WhatsApp ", "Line ", "Telegram ", "微信 "],
    dest_lead=["當地負責人：", "現場電話："],
    handle=["Line ID：{h}", "微信：{h}", "TG：@{h}"],
    tail=["", "", "（Line同號）", " 🔥", "，歡迎來電"],
    glue=["電話", "WhatsApp", "Line", "手機"], glue_after=["Line同號"], join="，",
)
L["en"] = dict(
    titles={"scam_recruitment": ["URGENT HIRING: CUSTOMER SERVICE", "TYPING JOB ABROAD - HIGH SALARY", "ONLINE MARKETING STAFF NEEDED",
                                 "TRANSLATOR WANTED", "CASINO STAFF HIRING", "GAME TESTER JOB", "DATA ENTRY JOB ABROAD"],
            "agency": ["WORK ABROAD - WE ARRANGE EVERYTHING", "VISA + TICKET + JOB PACKAGE", "OVERSEAS JOBS AGENCY"],
            "escort": ["NEW GIRLS IN TOWN", "VIP COMPANION", "HOT ASIAN MODEL AVAILABLE"],
            "massage": ["BODY MASSAGE - NEW THERAPISTS", "THAI & OIL MASSAGE", "SPA OPEN LATE"],
            "ktv": ["KTV HOSTESS WANTED", "KARAOKE LOUNGE - GIRLS WANTED", "VIP KTV ROOMS"],
            "classifieds": ["USED PHONE FOR SALE", "ROOM FOR RENT", "MOTORBIKE FOR SALE"]},
    lines={"scam_recruitment": ["No experience needed, basic typing only", "Free food, accommodation and flight",
                                "Easy work, chatting online with customers", "Basic English and computer skills",
                                "Salary advance available", "Male and female welcome"],
           "agency": ["We arrange passport, visa and air ticket", "Airport pickup on arrival", "Fast processing, fly within days",
                      "No interview, start immediately"],
           "escort": ["Sweet, slim and friendly", "Real photos, hotel visits", "Incall and outcall, discreet"],
           "massage": ["Professional therapists", "Clean rooms, free parking", "Thai, oil and foot massage"],
           "ktv": ["Big private rooms, cheap drinks", "Hiring hostesses, daily pay", "VIP business entertainment"],
           "classifieds": ["Good condition, no repairs", "Price slightly negotiable", "Clean room, fully furnished",
                           "Owner selling, no agents"]},
    dest=["Work location: {dest}", "Job in {dest}, free flight and visa", "Urgent hiring for {dest}",
          "Based in {dest}, accommodation provided"],
    city=["Office in {city}", "📍 {city}", "Interview in {city}", "Located in {city}", "We are in {city}"],
    rules=["Serious applicants only", "No time wasters", "Limited slots", "Apply now"],
    mirror=["(shared post)", "Reposted", "[copied from group]"],
    lead=["Call/WhatsApp: ", "Contact: ", "📞 ", "Ph: ", "Call ", "HR: ", "Mob: ", "Text me 👉 "],
    lead_word=["WhatsApp ", "WA ", "Telegram ", "Signal ", "Viber "],
    dest_lead=["On-site contact: ", "Company line abroad: ", "Manager on site: "],
    handle=["Telegram: @{h}", "TG @{h}", "Line ID: {h}", "Signal: @{h}"],
    tail=["", "", " 🔥", " (WhatsApp only)", " anytime", " ✅"],
    glue=["CALL", "WA", "Tel", "call", "HR"], glue_after=["only", "pls"], join=" • ",
)
L["tl"] = dict(
    titles={"scam_recruitment": ["HIRING CSR ABROAD, MALAKI SAHOD", "TYPING JOB ABROAD PO", "HIRING ONLINE SELLER / CHAT SUPPORT",
                                 "NEED CASINO STAFF"],
            "agency": ["WORK ABROAD, KAMI BAHALA SA LAHAT", "LIBRENG TICKET AT VISA", "DIRECT HIRE ABROAD"],
            "escort": ["READY NA PO AKO", "NEW GIRL PO, AVAILABLE NOW", "SEXY MORENA LF CLIENT"],
            "massage": ["HOME SERVICE MASSAGE", "HILOT + EXTRA", "BAGONG THERAPIST"],
            "ktv": ["HIRING GRO AT KTV GIRLS", "KTV BAR HIRING", "VIP KTV ROOMS"],
            "classifieds": ["FOR SALE CELLPHONE", "ROOM FOR RENT PO", "MOTOR FOR SALE"]},
    lines={"scam_recruitment": ["Walang experience okay lang", "Libre ang pagkain at tirahan", "Chat lang sa customers online",
                                "Marunong mag-type at mag-English"],
           "agency": ["Kami na bahala sa passport at visa", "May sundo sa airport", "Mabilis ang process"],
           "escort": ["Legit po, walang scam", "Hotel or condo lang", "GFE po, walang rush"],
           "massage": ["Home service available", "Malinis na kwarto", "Relaxing hilot po"],
           "ktv": ["Daily pay po", "Malaki ang tip", "Malaking rooms"],
           "classifieds": ["Good as new po", "Pwede pa tawad", "Malinis at furnished"]},
    dest=["Work abroad sa {dest}", "Hiring for {dest}, libre ticket", "Location: {dest}"],
    city=["Nandito po kami sa {city}", "📍 {city}", "Interview sa {city}", "Area: {city}"],
    rules=["Seryoso lang po", "Bawal ang bastos", "Limited slots po"],
    mirror=["(repost lang po)", "Reposted", "[shared post]"],
    lead=["Text/Call: ", "Viber/Text ", "📞 ", "Contact po: ", "PM or text "],
    lead_word=["Viber ", "WhatsApp ", "Telegram "],
    dest_lead=["Contact sa site: ", "Manager abroad: "],
    handle=["Telegram: @{h}", "TG @{h}"],
    tail=["", "", " po", " (text muna)", " 🔥", " salamat po"],
    glue=["txt", "TXT", "Viber", "call"], glue_after=["po", "lang"], join=" • ",
)
L["vi"] = dict(
    titles={"scam_recruitment": ["Tuyển nhân viên CSKH lương cao", "Tuyển nhân viên đánh máy", "Việc nhẹ lương cao, bao ăn ở",
                                 "Tuyển phiên dịch tiếng Trung", "Tuyển nhân viên sòng bài", "Tuyển marketing online"],
            "agency": ["Xuất khẩu lao động trọn gói", "Lo vé máy bay và visa", "Đi làm nước ngoài miễn phí hồ sơ"],
            "escort": ["Em mới về, nhận đi khách", "Gái xinh phục vụ tận tình", "Người mẫu nhận đi tiệc"],
            "massage": ["Massage thư giãn, nhân viên mới", "Spa body, gội đầu", "Massage chân, xông hơi"],
            "ktv": ["Tuyển tiếp viên karaoke", "Karaoke tuyển nữ, lương ngày", "Karaoke phòng VIP"],
            "classifieds": ["Bán điện thoại cũ", "Cho thuê phòng trọ", "Bán xe máy cũ"]},
    lines={"scam_recruitment": ["Không cần kinh nghiệm, biết đánh máy là được", "Bao ăn ở, bao vé máy bay",
                                "Công việc nhẹ nhàng, chỉ cần chat online", "Nhận cả nam và nữ"],
           "agency": ["Lo hộ chiếu, visa, vé máy bay", "Có người đón tại sân bay", "Xuất cảnh nhanh"],
           "escort": ["Em xinh, dễ thương, nhiệt tình", "Hình thật, gặp ở khách sạn"],
           "massage": ["Nhân viên chuyên nghiệp", "Phòng sạch sẽ, có chỗ để xe"],
           "ktv": ["Lương ngày, tiền bo cao", "Phòng rộng, giá rẻ"],
           "classifieds": ["Máy đẹp, chưa sửa", "Giá còn thương lượng", "Phòng sạch, đủ nội thất"]},
    dest=["Làm việc tại {dest}", "Tuyển gấp đi {dest}", "Địa điểm: {dest}, bao vé máy bay"],
    city=["Văn phòng ở {city}", "📍 {city}", "Phỏng vấn tại {city}", "Khu vực {city}"],
    rules=["Ai thật sự cần việc mới liên hệ", "Số lượng có hạn", "Miễn trung gian"],
    mirror=["(chia sẻ lại)", "Bài đăng lại", "[copy từ nhóm]"],
    lead=["SĐT/Zalo: ", "SĐT: ", "Liên hệ: ", "Hotline: ", "📞 ", "Zalo/SĐT "],
    lead_word=["Zalo ", "Zalo/Telegram ", "Viber "],
    dest_lead=["SĐT bên đó: ", "Quản lý tại chỗ: "],
    handle=["Tele: @{h}", "Telegram: @{h}"],
    tail=["", "", " (Zalo)", " 🔥", " gặp chị", " inbox"],
    glue=["Zalo", "SĐT", "sdt"], glue_after=["zalo"], join=" • ",
)
L["id"] = dict(
    titles={"scam_recruitment": ["Lowongan kerja CS gaji besar", "Loker admin ketik", "Dicari staf marketing online",
                                 "Lowongan penerjemah Mandarin", "Loker staf kasino", "Loker game tester"],
            "agency": ["Kerja luar negeri, semua diurus", "Tiket dan visa ditanggung", "Agen kerja luar negeri resmi"],
            "escort": ["Cewek baru ready", "Open BO hari ini", "Teman kencan VIP"],
            "massage": ["Pijat plus terapis baru", "Pijat relaksasi", "Spa dan refleksi"],
            "ktv": ["Loker pemandu lagu", "Karaoke cari LC", "Room karaoke VIP"],
            "classifieds": ["Jual HP bekas", "Kos disewakan", "Jual motor bekas"]},
    lines={"scam_recruitment": ["Tanpa pengalaman, bisa mengetik saja", "Mess dan makan gratis, tiket ditanggung",
                                "Kerja santai, cuma chat online", "Pria dan wanita"],
           "agency": ["Paspor, visa dan tiket kami urus", "Dijemput di bandara", "Proses cepat"],
           "escort": ["Cantik, ramah, bisa ke hotel", "Foto asli, aman"],
           "massage": ["Terapis profesional", "Tempat bersih, parkir luas"],
           "ktv": ["Gaji harian, tips besar", "Room luas, harga murah"],
           "classifieds": ["Mulus, belum pernah servis", "Harga nego tipis", "Kamar bersih, full furnished"]},
    dest=["Lowongan kerja di {dest}", "Penempatan {dest}", "Kerja di {dest}, tiket ditanggung"],
    city=["Kantor di {city}", "📍 {city}", "Interview di {city}", "Area {city}"],
    rules=["Serius saja", "Kuota terbatas", "Tanpa calo"],
    mirror=["(share ulang)", "Repost", "[salinan dari grup]"],
    lead=["HP/WA: ", "Hub: ", "Telp: ", "Info lanjut: ", "📞 ", "CP: "],
    lead_word=["WA ", "WhatsApp ", "Telegram "],
    dest_lead=["Kontak di lokasi: ", "Manajer di sana: "],
    handle=["Telegram: @{h}", "Tele @{h}"],
    tail=["", "", " (chat dulu)", " 🔥", " aja", " ya kak"],
    glue=["WA", "wa", "HP"], glue_after=["aja", "ya"], join=" • ",
)
L["ms"] = dict(
    titles={"scam_recruitment": ["Jawatan kosong CS gaji tinggi", "Kerja menaip", "Staf pemasaran online diperlukan",
                                 "Kerja kasino luar negara"],
            "agency": ["Kerja luar negara, semua diuruskan", "Tiket dan visa ditanggung"],
            "escort": ["Awek baru ready", "Teman sosial VIP"],
            "massage": ["Urut badan, tukang urut baru", "Spa urut relaks"],
            "ktv": ["Cari GRO karaoke", "Karaoke bilik VIP"],
            "classifieds": ["Jual telefon terpakai", "Bilik untuk disewa", "Jual motosikal"]},
    lines={"scam_recruitment": ["Tiada pengalaman diperlukan", "Makan dan tempat tinggal percuma", "Kerja senang, chat online sahaja"],
           "agency": ["Pasport, visa dan tiket kami uruskan", "Dijemput di lapangan terbang"],
           "escort": ["Cantik dan peramah", "Gambar asli, hotel sahaja"],
           "massage": ["Tukang urut profesional", "Tempat bersih"],
           "ktv": ["Gaji harian", "Bilik besar, minuman murah"],
           "classifieds": ["Keadaan baik", "Harga boleh runding", "Bilik bersih, lengkap perabot"]},
    dest=["Kerja di {dest}", "Jawatan kosong di {dest}", "Lokasi kerja: {dest}"],
    city=["Pejabat di {city}", "📍 {city}", "Temuduga di {city}", "Kawasan {city}"],
    rules=["Yang serius sahaja", "Tempat terhad"],
    mirror=["(kongsi semula)", "Disiar semula"],
    lead=["Hubungi: ", "Tel: ", "HP: ", "📞 ", "WhatsApp/Call: "],
    lead_word=["WhatsApp ", "WA ", "Telegram "],
    dest_lead=["Hubungi di sana: ", "Pengurus di lokasi: "],
    handle=["Telegram: @{h}", "TG @{h}"],
    tail=["", "", " (WhatsApp sahaja)", " 🔥", " je"],
    glue=["WA", "wa", "Tel"], glue_after=["je", "ye"], join=" • ",
)
L["th"] = dict(
    titles={"scam_recruitment": ["รับสมัครแอดมิน รายได้ดี", "งานพิมพ์เอกสาร ทำงานต่างประเทศ", "รับสมัครพนักงานการตลาดออนไลน์",
                                 "รับสมัครล่ามภาษาจีน", "รับสมัครพนักงานคาสิโน"],
            "agency": ["ไปทำงานต่างประเทศ ดูแลครบ", "ออกค่าตั๋วและวีซ่าให้"],
            "escort": ["น้องใหม่ พร้อมบริการ", "สาวสวย รับงาน", "ไซด์ไลน์ พิเศษ"],
            "massage": ["นวดผ่อนคลาย", "นวดน้ำมัน สปา", "นวดแผนไทย เปิดใหม่"],
            "ktv": ["รับสมัครน้องเชียร์ คาราโอเกะ", "คาราโอเกะ ห้องวีไอพี"],
            "classifieds": ["ขายมือถือมือสอง", "ห้องให้เช่า", "ขายมอเตอร์ไซค์"]},
    lines={"scam_recruitment": ["ไม่ต้องมีประสบการณ์", "มีที่พักและอาหารฟรี", "งานสบาย แค่แชทออนไลน์"],
           "agency": ["ดูแลพาสปอร์ต วีซ่า ตั๋วเครื่องบิน", "มีคนรับที่สนามบิน"],
           "escort": ["ตรงปก ดูแลดี", "รับนอกสถานที่"],
           "massage": ["หมอนวดมืออาชีพ", "ห้องสะอาด มีที่จอดรถ"],
           "ktv": ["รายได้รายวัน", "ห้องกว้าง เครื่องดื่มถูก"],
           "classifieds": ["สภาพดี ไม่เคยซ่อม", "ราคาต่อรองได้", "ห้องสะอาด เฟอร์ครบ"]},
    dest=["ทำงานที่{dest}", "รับสมัครด่วน ไป{dest}", "สถานที่ทำงาน: {dest}"],
    city=["อยู่ {city}", "📍 {city}", "สัมภาษณ์ที่{city}", "ย่าน{city}"],
    rules=["สนใจจริงเท่านั้น", "รับจำนวนจำกัด"],
    mirror=["(แชร์ต่อ)", "โพสต์ซ้ำ"],
    lead=["โทร ", "ติดต่อ ", "📞 ", "เบอร์ ", "สอบถาม "],
    lead_word=["Line ", "WhatsApp ", "ไลน์ "],
    dest_lead=["ติดต่อหน้างาน: ", "ผู้จัดการที่โน่น: "],
    handle=["ไลน์ไอดี: {h}", "Line ID: {h}"],
    tail=["", "", " ค่ะ", " (ทักไลน์ก่อน)", " 🔥"],
    glue=["โทร", "Line", "เบอร์"], glue_after=["ค่ะ", "ครับ"], join=" • ",
)
L["km"] = dict(
    titles={"scam_recruitment": ["ជ្រើសរើសបុគ្គលិកបម្រើអតិថិជន ប្រាក់ខែខ្ពស់", "ការងារវាយអក្សរ", "ត្រូវការបុគ្គលិកទីផ្សារអនឡាញ"],
            "agency": ["ទៅធ្វើការក្រៅប្រទេស យើងរៀបចំទាំងអស់", "ចេញថ្លៃសំបុត្រ និងទិដ្ឋាការ"],
            "escort": ["ស្រីស្អាតថ្មី", "ដៃគូ VIP"],
            "massage": ["ម៉ាស្សាសម្រាកកាយ", "ស្ប៉ា ម៉ាស្សាប្រេង"],
            "ktv": ["ត្រូវការបុគ្គលិក KTV", "KTV បន្ទប់ VIP"],
            "classifieds": ["លក់ទូរស័ព្ទមួយទឹក", "បន្ទប់ជួល", "លក់ម៉ូតូ"]},
    lines={"scam_recruitment": ["មិនត្រូវការបទពិសោធន៍", "មានកន្លែងស្នាក់នៅ និងអាហារ", "ការងារស្រួល ជជែកអនឡាញ"],
           "agency": ["យើងរៀបចំលិខិតឆ្លងដែន ទិដ្ឋាការ", "មានអ្នកទទួលនៅព្រលាន"],
           "escort": ["ស្អាត រួសរាយ", "រូបពិត"],
           "massage": ["អ្នកម៉ាស្សាជំនាញ", "បន្ទប់ស្អាត"],
           "ktv": ["ប្រាក់ឈ្នួលប្រចាំថ្ងៃ", "បន្ទប់ធំ"],
           "classifieds": ["នៅថ្មី", "តម្លៃចរចាបាន", "បន្ទប់ស្អាត"]},
    dest=["ការងារនៅ{dest}", "ជ្រើសរើសបុគ្គលិកទៅ{dest}", "ទីតាំងការងារ៖ {dest}"],
    city=["ការិយាល័យនៅ{city}", "📍 {city}", "សម្ភាសន៍នៅ{city}"],
    rules=["សម្រាប់អ្នកចាប់អារម្មណ៍ពិតប្រាកដ", "ចំនួនមានកំណត់"],
    mirror=["(ចែករំលែក)", "ប្រកាសឡើងវិញ"],
    lead=["ទូរស័ព្ទ: ", "ទំនាក់ទំនង: ", "📞 ", "លេខ: "],
    lead_word=["Telegram ", "WhatsApp ", "Line "],
    dest_lead=["ទំនាក់ទំនងនៅទីនោះ: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (Telegram)"],
    glue=["Tel", "ទូរស័ព្ទ"], glue_after=[], join=" • ",
)
L["my"] = dict(
    titles={"scam_recruitment": ["ဝန်ဆောင်မှုဝန်ထမ်း ခေါ်ယူနေပါသည် လစာကောင်း", "စာရိုက်အလုပ်", "အွန်လိုင်းမားကတ်တင်း ဝန်ထမ်းလိုအပ်"],
            "agency": ["နိုင်ငံခြားအလုပ် အကုန်စီစဉ်ပေးသည်", "လေယာဉ်လက်မှတ်နှင့် ဗီဇာ အခမဲ့"],
            "escort": ["ကောင်မလေးအသစ်", "VIP အဖော်"],
            "massage": ["အနှိပ်ခန်း ဝန်ထမ်းအသစ်", "ဆီနှိပ် စပါး"],
            "ktv": ["KTV ဝန်ထမ်းခေါ်သည်", "KTV VIP အခန်း"],
            "classifieds": ["ဖုန်းအဟောင်း ရောင်းမည်", "အခန်းငှားမည်", "ဆိုင်ကယ်ရောင်းမည်"]},
    lines={"scam_recruitment": ["အတွေ့အကြုံမလိုပါ", "နေစရာ စားစရာ အခမဲ့", "အွန်လိုင်းချက်တင်ရုံသာ"],
           "agency": ["ပတ်စပို့ ဗီဇာ လက်မှတ် စီစဉ်ပေးသည်", "လေဆိပ်တွင် လာကြိုပေးသည်"],
           "escort": ["လှပပြီး ဖော်ရွေသည်", "ဓာတ်ပုံအစစ်"],
           "massage": ["ကျွမ်းကျင်သော နှိပ်သူများ", "အခန်းသန့်ရှင်း"],
           "ktv": ["နေ့စဉ်လစာ", "အခန်းကျယ်"],
           "classifieds": ["အခြေအနေကောင်း", "ဈေးညှိနိုင်သည်"]},
    dest=["{dest}တွင် အလုပ်", "{dest} အလုပ်ခေါ်နေပါသည်", "အလုပ်နေရာ - {dest}"],
    city=["ရုံးခန်း - {city}", "📍 {city}", "{city}တွင် အင်တာဗျူး"],
    rules=["စိတ်ဝင်စားသူများသာ", "နေရာအကန့်အသတ်ရှိ"],
    mirror=["(မျှဝေသည်)", "ပြန်တင်သည်"],
    lead=["ဖုန်း - ", "ဆက်သွယ်ရန် ", "📞 ", "ဖုန်း: "],
    lead_word=["Viber ", "Telegram ", "WhatsApp "],
    dest_lead=["ဟိုဘက်ဆက်သွယ်ရန်: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (Viber)"],
    glue=["ဖုန်း", "Viber"], glue_after=[], join=" • ",
)
L["lo"] = dict(
    titles={"scam_recruitment": ["ຮັບສະໝັກພະນັກງານບໍລິການລູກຄ້າ ເງິນເດືອນສູງ", "ວຽກພິມເອກະສານ", "ຮັບສະໝັກພະນັກງານການຕະຫຼາດອອນລາຍ"],
            "agency": ["ໄປເຮັດວຽກຕ່າງປະເທດ ຈັດການໃຫ້ໝົດ", "ອອກຄ່າປີ້ຍົນ ແລະ ວີຊາ"],
            "escort": ["ສາວງາມໃໝ່", "ເພື່ອນ VIP"],
            "massage": ["ນວດຜ່ອນຄາຍ", "ນວດນ້ຳມັນ ສະປາ"],
            "ktv": ["ຮັບສະໝັກພະນັກງານ KTV", "KTV ຫ້ອງ VIP"],
            "classifieds": ["ຂາຍໂທລະສັບມືສອງ", "ຫ້ອງໃຫ້ເຊົ່າ", "ຂາຍລົດຈັກ"]},
    lines={"scam_recruitment": ["ບໍ່ຕ້ອງມີປະສົບການ", "ມີບ່ອນພັກ ແລະ ອາຫານຟຣີ", "ວຽກສະບາຍ ແຊັດອອນລາຍ"],
           "agency": ["ຈັດການໜັງສືຜ່ານແດນ ແລະ ວີຊາ", "ມີຄົນຮັບທີ່ສະໜາມບິນ"],
           "escort": ["ງາມ ເປັນກັນເອງ", "ຮູບແທ້"],
           "massage": ["ໝໍນວດມືອາຊີບ", "ຫ້ອງສະອາດ"],
           "ktv": ["ເງິນລາຍວັນ", "ຫ້ອງກວ້າງ"],
           "classifieds": ["ສະພາບດີ", "ລາຄາຕໍ່ລອງໄດ້"]},
    dest=["ວຽກຢູ່{dest}", "ຮັບສະໝັກໄປ{dest}", "ສະຖານທີ່ເຮັດວຽກ: {dest}"],
    city=["ຫ້ອງການຢູ່{city}", "📍 {city}", "ສຳພາດທີ່{city}"],
    rules=["ສົນໃຈແທ້ເທົ່ານັ້ນ", "ຈຳນວນຈຳກັດ"],
    mirror=["(ແບ່ງປັນ)", "ໂພສຄືນ"],
    lead=["ໂທ: ", "ຕິດຕໍ່: ", "📞 ", "ເບີ: "],
    lead_word=["WhatsApp ", "Line ", "Telegram "],
    dest_lead=["ຕິດຕໍ່ທາງນັ້ນ: "],
    handle=["Line ID: {h}", "Telegram: @{h}"],
    tail=["", "", " 🔥", " (WhatsApp)"],
    glue=["ໂທ", "WA"], glue_after=[], join=" • ",
)
L["ko"] = dict(
    titles={"scam_recruitment": ["해외 고수익 상담원 모집", "타자 알바 급구", "온라인 마케팅 직원 모집", "통역 직원 모집",
                                 "카지노 딜러 모집"],
            "agency": ["해외 취업 원스톱 지원", "항공권 비자 전액 지원"],
            "escort": ["신규 언니 출근", "VIP 동행 서비스"],
            "massage": ["힐링 마사지 신규 관리사", "스웨디시 아로마", "타이 마사지"],
            "ktv": ["노래방 도우미 모집", "룸살롱 구인 당일지급", "VIP 노래방 룸"],
            "classifieds": ["중고폰 판매", "원룸 월세", "오토바이 판매"]},
    lines={"scam_recruitment": ["경력 무관, 타자만 가능하면 됨", "숙식 제공, 항공권 지원", "온라인 채팅 업무", "남녀 무관"],
           "agency": ["여권, 비자, 항공권 전부 처리", "공항 픽업 제공"],
           "escort": ["실사 보장", "호텔 출장 가능"],
           "massage": ["전문 관리사", "깨끗한 룸, 주차 가능"],
           "ktv": ["당일 지급", "넓은 룸, 저렴한 주류"],
           "classifieds": ["상태 좋음", "가격 네고 가능", "풀옵션 원룸"]},
    dest=["{dest} 현지 근무", "{dest} 고수익 알바", "근무지: {dest}"],
    city=["사무실: {city}", "📍 {city}", "{city} 면접", "위치 {city}"],
    rules=["진지한 분만 연락주세요", "인원 마감 임박"],
    mirror=["(퍼온 글)", "재업로드"],
    lead=["전화 ", "연락처: ", "📞 ", "문의 ", "상담: "],
    lead_word=["카톡 ", "텔레그램 ", "KakaoTalk "],
    dest_lead=["현지 담당자: ", "현지 연락처: "],
    handle=["카톡 아이디: {h}", "텔레그램 @{h}"],
    tail=["", "", " 🔥", " (문자 주세요)", " 상시 연락"],
    glue=["전화", "카톡"], glue_after=["로"], join=" · ",
)
L["ja"] = dict(
    titles={"scam_recruitment": ["海外高収入 カスタマーサポート募集", "タイピング在宅 急募", "オンラインマーケティング スタッフ募集",
                                 "通訳スタッフ募集", "カジノスタッフ募集"],
            "agency": ["海外就労 すべてお任せ", "航空券・ビザ全額負担"],
            "escort": ["新人入店", "デリヘル 本日出勤", "清楚系 美女"],
            "massage": ["メンズエステ 新規オープン", "アロマ マッサージ", "タイ古式マッサージ"],
            "ktv": ["キャバクラ 体験入店", "ラウンジ スタッフ募集", "カラオケVIPルーム"],
            "classifieds": ["中古スマホ 譲ります", "ワンルーム 賃貸", "バイク 売ります"]},
    lines={"scam_recruitment": ["未経験大歓迎", "寮完備・食事付き・渡航費支給", "チャットするだけの簡単なお仕事"],
           "agency": ["パスポート・ビザ・航空券すべて手配", "空港送迎あり"],
           "escort": ["写真本人", "ホテル派遣OK"],
           "massage": ["技術に自信あり", "清潔な個室"],
           "ktv": ["日払いOK", "広い個室"],
           "classifieds": ["美品", "値下げ交渉可", "家具付き"]},
    dest=["{dest}でのお仕事", "勤務地：{dest}", "{dest}勤務・渡航費支給"],
    city=["{city}エリア", "📍 {city}", "{city}で面接", "{city}駅近く"],
    rules=["冷やかしお断り", "業者お断り"],
    mirror=["（転載）", "再掲載"],
    lead=["電話：", "TEL ", "📞 ", "お問い合わせ：", "ご予約 "],
    lead_word=["LINE ", "WhatsApp ", "Signal "],
    dest_lead=["現地担当：", "現地連絡先："],
    handle=["LINE ID：{h}", "テレグラム @{h}"],
    tail=["", "", "（SMS可）", " 🔥", "まで"],
    glue=["TEL", "電話"], glue_after=["まで"], join="・",
)
L["mn"] = dict(
    titles={"scam_recruitment": ["Гадаадад өндөр цалинтай ажил", "Бичгийн ажилтан авна", "Онлайн маркетингийн ажилтан авна"],
            "agency": ["Гадаадад ажиллах, бүгдийг зохион байгуулна", "Виз, тийз үнэгүй"],
            "escort": ["Шинэ охид", "VIP хамтрагч"],
            "massage": ["Бариа засал, шинэ ажилтан", "Тосон массаж"],
            "ktv": ["Караоке ажилтан авна", "VIP караоке өрөө"],
            "classifieds": ["Хуучин утас зарна", "Өрөө түрээслүүлнэ", "Мотоцикл зарна"]},
    lines={"scam_recruitment": ["Туршлага шаардлагагүй", "Байр, хоол үнэгүй", "Онлайн чатлах хөнгөн ажил"],
           "agency": ["Паспорт, виз, тийз бүгдийг шийднэ", "Онгоцны буудлаас тосно"],
           "escort": ["Жинхэнэ зураг", "Зочид буудал руу очно"],
           "massage": ["Мэргэжлийн массажист", "Цэвэрхэн өрөө"],
           "ktv": ["Өдөр бүр цалин", "Том өрөө"],
           "classifieds": ["Бүрэн бүтэн", "Үнэ тохирно"]},
    dest=["{dest} ажил", "Ажлын байр: {dest}", "{dest} руу ажилчин авна"],
    city=["Оффис: {city}", "📍 {city}", "Ярилцлага {city}"],
    rules=["Зөвхөн нухацтай хүмүүс", "Орон тоо хязгаартай"],
    mirror=["(дахин нийтлэв)", "Хуваалцсан"],
    lead=["Утас: ", "Холбогдох: ", "📞 ", "Мэдээлэл: "],
    lead_word=["Telegram ", "WhatsApp ", "Viber "],
    dest_lead=["Тэнд холбогдох: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (мессеж)"],
    glue=["утас", "Утас"], glue_after=[], join=" • ",
)
L["ru"] = dict(
    titles={"scam_recruitment": ["Работа за границей, высокая зарплата", "Требуются операторы чата", "Вакансия: оператор колл-центра",
                                 "Требуется переводчик", "Работа в казино", "Набор в онлайн-маркетинг"],
            "agency": ["Работа за рубежом под ключ", "Визы и билеты за счёт компании"],
            "escort": ["Новенькая", "VIP эскорт", "Индивидуалка"],
            "massage": ["Массаж, новые мастера", "Тайский и масляный массаж", "СПА салон"],
            "ktv": ["Требуются хостес в караоке", "Караоке с VIP-залами"],
            "classifieds": ["Продам телефон б/у", "Сдаю комнату", "Продам мотоцикл"]},
    lines={"scam_recruitment": ["Опыт не нужен, только набор текста", "Жильё и питание бесплатно", "Лёгкая работа в чате",
                                "Мужчины и женщины"],
           "agency": ["Оформим паспорт, визу и билеты", "Встреча в аэропорту"],
           "escort": ["Фото реальные", "Выезд в отели"],
           "massage": ["Опытные мастера", "Чистые кабинеты, парковка"],
           "ktv": ["Оплата каждый день", "Большие залы, недорогие напитки"],
           "classifieds": ["Состояние отличное", "Торг уместен", "Комната с мебелью"]},
    dest=["Работа {dest}", "Вакансия {dest}, перелёт оплачиваем", "Официальное трудоустройство {dest}"],
    city=["Офис: {city}", "📍 {city}", "Собеседование — {city}", "Мы находимся: {city}"],
    rules=["Только серьёзные кандидаты", "Количество мест ограничено"],
    mirror=["(репост)", "Переслано из канала"],
    lead=["Тел.: ", "Звоните: ", "📞 ", "Тел/Ватсап: ", "Контакт: "],
    lead_word=["Ватсап ", "WhatsApp ", "Телеграм ", "Telegram ", "Viber "],
    dest_lead=["Контакт на месте: ", "Менеджер там: "],
    handle=["Телеграм: @{h}", "ТГ @{h}"],
    tail=["", "", " 🔥", " (лучше писать)", " звоните"],
    glue=["тел", "Тел", "WA"], glue_after=["звоните"], join=" • ",
)
L["kk"] = dict(
    titles={"scam_recruitment": ["Шетелде жоғары жалақылы жұмыс", "Чат операторлары қажет", "Онлайн маркетинг қызметкері қажет"],
            "agency": ["Шетелде жұмыс, бәрін өзіміз реттейміз", "Виза мен билет тегін"],
            "escort": ["Жаңа қыздар", "VIP серік"],
            "massage": ["Массаж салоны", "Тай массажы"],
            "ktv": ["Караокеге хостес қажет", "VIP караоке бөлмесі"],
            "classifieds": ["Телефон сатамын", "Бөлме жалға беремін", "Мотоцикл сатылады"]},
    lines={"scam_recruitment": ["Тәжірибе қажет емес", "Тұрғын үй мен тамақ тегін", "Жеңіл жұмыс, онлайн чат"],
           "agency": ["Паспорт, виза, билет рәсімдейміз", "Әуежайдан қарсы аламыз"],
           "escort": ["Нақты фото", "Қонақүйге барамын"],
           "massage": ["Тәжірибелі шеберлер", "Таза бөлмелер"],
           "ktv": ["Күнделікті төлем", "Үлкен бөлмелер"],
           "classifieds": ["Жағдайы жақсы", "Саудаласуға болады"]},
    dest=["{dest} жұмыс", "{dest} жұмысқа шақырамыз"],
    city=["Кеңсе: {city}", "📍 {city}", "Сұхбат: {city}"],
    rules=["Тек байыпты адамдар", "Орын шектеулі"],
    mirror=["(репост)", "Қайта жарияланды"],
    lead=["Тел.: ", "Байланыс: ", "📞 ", "Хабарласыңыз: "],
    lead_word=["WhatsApp ", "Ватсап ", "Telegram "],
    dest_lead=["Сол жақтағы байланыс: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (жазыңыз)"],
    glue=["тел", "WA"], glue_after=[], join=" • ",
)
L["ky"] = dict(
    titles={"scam_recruitment": ["Чет өлкөдө жогорку айлыктуу жумуш", "Чат операторлору керек", "Онлайн маркетинг кызматкери керек"],
            "agency": ["Чет өлкөдө жумуш, баарын өзүбүз чечебиз", "Виза жана билет акысыз"],
            "escort": ["Жаңы кыздар", "VIP шерик"],
            "massage": ["Массаж салону", "Тай массажы"],
            "ktv": ["Караокеге хостес керек", "VIP караоке бөлмөсү"],
            "classifieds": ["Телефон сатам", "Бөлмө ижарага берем", "Мотоцикл сатылат"]},
    lines={"scam_recruitment": ["Тажрыйба талап кылынбайт", "Турак жай жана тамак акысыз", "Жеңил жумуш, онлайн чат"],
           "agency": ["Паспорт, виза, билет жасап беребиз", "Аэропорттон тосуп алабыз"],
           "escort": ["Чыныгы сүрөт", "Мейманканага барам"],
           "massage": ["Тажрыйбалуу чеберлер", "Таза бөлмөлөр"],
           "ktv": ["Күнүмдүк төлөм", "Чоң бөлмөлөр"],
           "classifieds": ["Абалы жакшы", "Соодалашса болот"]},
    dest=["{dest} иш", "{dest} жумушка чакырабыз"],
    city=["Кеңсе: {city}", "📍 {city}", "Маек: {city}"],
    rules=["Олуттуу адамдар гана", "Орун чектелүү"],
    mirror=["(репост)", "Кайра жарыяланды"],
    lead=["Тел.: ", "Байланыш: ", "📞 ", "Чалыңыз: "],
    lead_word=["WhatsApp ", "Ватсап ", "Telegram "],
    dest_lead=["Ал жактагы байланыш: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (жазыңыз)"],
    glue=["тел", "WA"], glue_after=[], join=" • ",
)
L["uz"] = dict(
    titles={"scam_recruitment": ["Chet elda yuqori maoshli ish", "Chat operatorlari kerak", "Onlayn marketing xodimi kerak",
                                 "Tarjimon kerak"],
            "agency": ["Chet elda ish, hammasini o'zimiz hal qilamiz", "Viza va bilet bepul"],
            "escort": ["Yangi qizlar", "VIP hamroh"],
            "massage": ["Massaj saloni", "Tay massaji"],
            "ktv": ["Karaokega xostes kerak", "VIP karaoke xonasi"],
            "classifieds": ["Telefon sotiladi", "Xona ijaraga beriladi", "Mototsikl sotiladi"]},
    lines={"scam_recruitment": ["Tajriba shart emas", "Yotoqxona va ovqat bepul", "Yengil ish, onlayn chat"],
           "agency": ["Pasport, viza, bilet rasmiylashtiramiz", "Aeroportda kutib olamiz"],
           "escort": ["Haqiqiy rasm", "Mehmonxonaga boraman"],
           "massage": ["Tajribali ustalar", "Toza xonalar"],
           "ktv": ["Kunlik to'lov", "Katta xonalar"],
           "classifieds": ["Holati yaxshi", "Kelishamiz"]},
    dest=["{dest} ish", "{dest} ishga taklif qilamiz"],
    city=["Ofis: {city}", "📍 {city}", "Suhbat: {city}"],
    rules=["Faqat jiddiy nomzodlar", "O'rinlar cheklangan"],
    mirror=["(repost)", "Qayta joylandi"],
    lead=["Tel: ", "Murojaat uchun: ", "📞 ", "Aloqa: "],
    lead_word=["Telegram ", "WhatsApp ", "Imo "],
    dest_lead=["U yerdagi aloqa: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (yozing)"],
    glue=["tel", "Tel"], glue_after=[], join=" • ",
)
L["uz-Cyrl"] = dict(
    titles={"scam_recruitment": ["Чет элда юқори маошли иш", "Чат операторлари керак", "Онлайн маркетинг ходими керак"],
            "agency": ["Чет элда иш, ҳаммасини ўзимиз ҳал қиламиз", "Виза ва билет бепул"],
            "escort": ["Янги қизлар", "VIP ҳамроҳ"],
            "massage": ["Массаж салони", "Тай массажи"],
            "ktv": ["Караокега хостес керак", "VIP караоке хонаси"],
            "classifieds": ["Телефон сотилади", "Хона ижарага берилади", "Мотоцикл сотилади"]},
    lines={"scam_recruitment": ["Тажриба шарт эмас", "Ётоқхона ва овқат бепул", "Енгил иш, онлайн чат"],
           "agency": ["Паспорт, виза, билет расмийлаштирамиз", "Аэропортда кутиб оламиз"],
           "escort": ["Ҳақиқий расм", "Меҳмонхонага бораман"],
           "massage": ["Тажрибали усталар", "Тоза хоналар"],
           "ktv": ["Кунлик тўлов", "Катта хоналар"],
           "classifieds": ["Ҳолати яхши", "Келишамиз"]},
    dest=["{dest} иш", "{dest} ишга таклиф қиламиз"],
    city=["Офис: {city}", "📍 {city}", "Суҳбат: {city}"],
    rules=["Фақат жиддий номзодлар", "Ўринлар чекланган"],
    mirror=["(репост)", "Қайта жойланди"],
    lead=["Тел: ", "Мурожаат учун: ", "📞 ", "Алоқа: "],
    lead_word=["Телеграм ", "WhatsApp "],
    dest_lead=["У ердаги алоқа: "],
    handle=["Телеграм: @{h}"],
    tail=["", "", " 🔥", " (ёзинг)"],
    glue=["тел"], glue_after=[], join=" • ",
)
L["hi"] = dict(
    titles={"scam_recruitment": ["विदेश में कस्टमर सर्विस जॉब, ज़्यादा सैलरी", "टाइपिंग जॉब विदेश में", "ऑनलाइन मार्केटिंग स्टाफ चाहिए",
                                 "डेटा एंट्री जॉब विदेश"],
            "agency": ["विदेश में नौकरी, सब कुछ हम करेंगे", "वीज़ा और टिकट फ्री"],
            "escort": ["नई लड़कियाँ उपलब्ध", "वीआईपी कंपेनियन"],
            "massage": ["बॉडी मसाज, नई थेरेपिस्ट", "स्पा और मसाज"],
            "ktv": ["केटीवी होस्टेस चाहिए", "वीआईपी कराओके रूम"],
            "classifieds": ["पुराना फ़ोन बेचना है", "कमरा किराये पर", "बाइक बिकाऊ"]},
    lines={"scam_recruitment": ["अनुभव की ज़रूरत नहीं", "रहना और खाना फ्री", "आसान काम, सिर्फ ऑनलाइन चैट"],
           "agency": ["पासपोर्ट, वीज़ा, टिकट हम बनवाएँगे", "एयरपोर्ट पिकअप"],
           "escort": ["असली फोटो", "होटल विज़िट"],
           "massage": ["प्रोफेशनल थेरेपिस्ट", "साफ़ कमरे"],
           "ktv": ["रोज़ाना पेमेंट", "बड़े कमरे"],
           "classifieds": ["अच्छी हालत", "कीमत में मोलभाव"]},
    dest=["{dest} में नौकरी", "{dest} के लिए भर्ती", "काम की जगह: {dest}"],
    city=["ऑफिस: {city}", "📍 {city}", "इंटरव्यू {city} में"],
    rules=["सिर्फ़ गंभीर उम्मीदवार", "सीमित सीटें"],
    mirror=["(शेयर की गई पोस्ट)", "दोबारा पोस्ट"],
    lead=["फ़ोन: ", "संपर्क करें: ", "📞 ", "कॉल करें "],
    lead_word=["WhatsApp ", "व्हाट्सएप "],
    dest_lead=["वहाँ संपर्क: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (सिर्फ़ व्हाट्सएप)"],
    glue=["फ़ोन", "WA"], glue_after=[], join=" • ",
)
L["ne"] = dict(
    titles={"scam_recruitment": ["विदेशमा कस्टमर सर्भिस काम, राम्रो तलब", "टाइपिङ काम विदेशमा", "अनलाइन मार्केटिङ कर्मचारी चाहियो"],
            "agency": ["वैदेशिक रोजगार, सबै हामी मिलाउँछौं", "भिसा र टिकट निःशुल्क"],
            "escort": ["नयाँ केटीहरू", "भीआईपी साथी"],
            "massage": ["बडी मसाज, नयाँ थेरापिस्ट", "स्पा र मसाज"],
            "ktv": ["दोहोरी साँझ कर्मचारी चाहियो", "भीआईपी कराओके कोठा"],
            "classifieds": ["पुरानो फोन बिक्रीमा", "कोठा भाडामा", "मोटरसाइकल बिक्रीमा"]},
    lines={"scam_recruitment": ["अनुभव चाहिँदैन", "बस्न र खान निःशुल्क", "सजिलो काम, अनलाइन च्याट मात्र"],
           "agency": ["राहदानी, भिसा, टिकट हामी बनाइदिन्छौं", "एयरपोर्टमा लिन आउँछौं"],
           "escort": ["साँचो फोटो", "होटलमा आउँछु"],
           "massage": ["दक्ष थेरापिस्ट", "सफा कोठा"],
           "ktv": ["दैनिक भुक्तानी", "ठूला कोठा"],
           "classifieds": ["राम्रो अवस्था", "मूल्य मिलाउन सकिन्छ"]},
    dest=["{dest}मा काम", "{dest}का लागि भर्ना", "कामको ठाउँ: {dest}"],
    city=["अफिस: {city}", "📍 {city}", "अन्तर्वार्ता {city}मा"],
    rules=["गम्भीर व्यक्ति मात्र", "सीमित कोटा"],
    mirror=["(सेयर गरिएको)", "फेरि पोस्ट"],
    lead=["फोन: ", "सम्पर्क: ", "📞 ", "कल गर्नुहोस् "],
    lead_word=["WhatsApp ", "Viber ", "Imo "],
    dest_lead=["त्यहाँको सम्पर्क: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (Viber)"],
    glue=["फोन", "Viber"], glue_after=[], join=" • ",
)
L["bn"] = dict(
    titles={"scam_recruitment": ["বিদেশে কাস্টমার সার্ভিস চাকরি, ভালো বেতন", "টাইপিং জব বিদেশে", "অনলাইন মার্কেটিং কর্মী চাই"],
            "agency": ["বিদেশে চাকরি, সব ব্যবস্থা আমরা করব", "ভিসা ও টিকিট ফ্রি"],
            "escort": ["নতুন মেয়েরা", "ভিআইপি সঙ্গী"],
            "massage": ["বডি ম্যাসাজ, নতুন থেরাপিস্ট", "স্পা ও ম্যাসাজ"],
            "ktv": ["কারাওকে হোস্টেস চাই", "ভিআইপি কারাওকে রুম"],
            "classifieds": ["পুরনো ফোন বিক্রি", "রুম ভাড়া", "মোটরসাইকেল বিক্রি"]},
    lines={"scam_recruitment": ["অভিজ্ঞতা লাগবে না", "থাকা খাওয়া ফ্রি", "সহজ কাজ, শুধু অনলাইন চ্যাট"],
           "agency": ["পাসপোর্ট, ভিসা, টিকিট আমরা করে দেব", "এয়ারপোর্টে রিসিভ"],
           "escort": ["আসল ছবি", "হোটেলে যাই"],
           "massage": ["দক্ষ থেরাপিস্ট", "পরিষ্কার রুম"],
           "ktv": ["প্রতিদিন পেমেন্ট", "বড় রুম"],
           "classifieds": ["ভালো অবস্থা", "দাম আলোচনাসাপেক্ষ"]},
    dest=["চাকরির স্থান: {dest}", "{dest} যাওয়ার সুযোগ", "{dest} – ভালো বেতনের চাকরি"],
    city=["অফিস: {city}", "📍 {city}", "ইন্টারভিউ: {city}"],
    rules=["শুধু আগ্রহীরা যোগাযোগ করুন", "সীমিত আসন"],
    mirror=["(শেয়ার করা পোস্ট)", "আবার পোস্ট"],
    lead=["ফোন: ", "যোগাযোগ: ", "📞 ", "কল করুন "],
    lead_word=["WhatsApp ", "Imo ", "হোয়াটসঅ্যাপ "],
    dest_lead=["সেখানে যোগাযোগ: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (Imo)"],
    glue=["ফোন", "WA"], glue_after=[], join=" • ",
)
L["si"] = dict(
    titles={"scam_recruitment": ["විදේශ රැකියා, ඉහළ වැටුප්", "ටයිපින් රැකියා", "ඔන්ලයින් මාකටින් සේවකයින් අවශ්‍යයි"],
            "agency": ["විදේශ රැකියා, සියල්ල අපි සූදානම් කරමු", "වීසා සහ ටිකට් නොමිලේ"],
            "escort": ["අලුත් ගැහැණු ළමයින්", "VIP සහකාරිය"],
            "massage": ["බොඩි මසාජ්", "ස්පා සහ මසාජ්"],
            "ktv": ["කැරෝකේ සේවිකාවන් අවශ්‍යයි", "VIP කැරෝකේ කාමර"],
            "classifieds": ["පාවිච්චි කළ දුරකථනය විකිණීමට", "කාමර කුලියට", "යතුරුපැදිය විකිණීමට"]},
    lines={"scam_recruitment": ["පළපුරුද්ද අවශ්‍ය නැත", "නවාතැන් සහ කෑම නොමිලේ", "පහසු වැඩ, ඔන්ලයින් චැට්"],
           "agency": ["ගමන් බලපත්‍රය, වීසා, ටිකට් අපි කරමු", "ගුවන්තොටුපළෙන් රැගෙන යමු"],
           "escort": ["සැබෑ ඡායාරූප", "හෝටල් සඳහා"],
           "massage": ["පළපුරුදු චිකිත්සකයින්", "පිරිසිදු කාමර"],
           "ktv": ["දිනපතා ගෙවීම්", "විශාල කාමර"],
           "classifieds": ["හොඳ තත්ත්වයේ", "මිල සාකච්ඡා කළ හැක"]},
    dest=["රැකියා ස්ථානය: {dest}", "{dest} රැකියා", "{dest} සඳහා බඳවා ගැනීම"],
    city=["කාර්යාලය: {city}", "📍 {city}", "සම්මුඛ පරීක්ෂණය: {city}"],
    rules=["උනන්දු අය පමණක්", "සීමිත ඇබෑර්තු"],
    mirror=["(බෙදාගත්)", "නැවත පළ කළා"],
    lead=["දුරකථන: ", "අමතන්න: ", "📞 ", "විස්තර සඳහා: "],
    lead_word=["WhatsApp ", "Viber "],
    dest_lead=["එහි සම්බන්ධතා: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (WhatsApp)"],
    glue=["WA", "Tel"], glue_after=[], join=" • ",
)
L["am"] = dict(
    titles={"scam_recruitment": ["በውጭ አገር ከፍተኛ ደመወዝ ያለው ስራ", "የታይፒንግ ስራ", "የኦንላይን ማርኬቲንግ ሰራተኛ ይፈለጋል"],
            "agency": ["የውጭ ስራ፣ ሁሉንም እኛ እናመቻቻለን", "ቪዛ እና ትኬት በነፃ"],
            "escort": ["አዲስ ሴቶች", "VIP አጋር"],
            "massage": ["የሰውነት ማሳጅ", "ስፓ እና ማሳጅ"],
            "ktv": ["የካራኦኬ አስተናጋጅ ይፈለጋል", "VIP ካራኦኬ ክፍል"],
            "classifieds": ["ያገለገለ ስልክ ለሽያጭ", "ክፍል ለኪራይ", "ሞተር ሳይክል ለሽያጭ"]},
    lines={"scam_recruitment": ["ልምድ አያስፈልግም", "መኖሪያ እና ምግብ በነፃ", "ቀላል ስራ፣ ኦንላይን ቻት ብቻ"],
           "agency": ["ፓስፖርት፣ ቪዛ፣ ትኬት እኛ እንጨርሳለን", "ከአየር ማረፊያ እንቀበላለን"],
           "escort": ["እውነተኛ ፎቶ", "ሆቴል እመጣለሁ"],
           "massage": ["ልምድ ያላቸው ባለሙያዎች", "ንጹህ ክፍሎች"],
           "ktv": ["የዕለት ክፍያ", "ትልቅ ክፍሎች"],
           "classifieds": ["ጥሩ ሁኔታ", "ዋጋ ይደራደራል"]},
    dest=["የስራ ቦታ: {dest}", "{dest} ውስጥ ስራ", "ወደ {dest} ስራ"],
    city=["ቢሮ: {city}", "📍 {city}", "ቃለ መጠይቅ: {city}"],
    rules=["ፍላጎት ያላችሁ ብቻ", "ቦታ ውስን ነው"],
    mirror=["(የተጋራ)", "እንደገና የተለጠፈ"],
    lead=["ስልክ: ", "ይደውሉ: ", "📞 ", "ለበለጠ መረጃ: "],
    lead_word=["Telegram ", "WhatsApp ", "ቴሌግራም "],
    dest_lead=["እዚያ ያለ ግንኙነት: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (Telegram)"],
    glue=["ስልክ", "WA"], glue_after=[], join=" • ",
)
L["sw"] = dict(
    titles={"scam_recruitment": ["Kazi nje ya nchi, mshahara mkubwa", "Nafasi za kazi: customer care", "Kazi ya typing nje ya nchi",
                                 "Online marketing staff wanahitajika"],
            "agency": ["Kazi nje ya nchi, tunashughulikia kila kitu", "Visa na tiketi bure"],
            "escort": ["Warembo wapya", "VIP companion"],
            "massage": ["Body massage, therapist mpya", "Spa na massage"],
            "ktv": ["Wahudumu wa karaoke wanahitajika", "VIP karaoke rooms"],
            "classifieds": ["Simu used inauzwa", "Chumba cha kupanga", "Pikipiki inauzwa"]},
    lines={"scam_recruitment": ["Hakuna uzoefu unaohitajika", "Malazi na chakula bure", "Kazi rahisi, chat online tu",
                                "Wanaume na wanawake"],
           "agency": ["Tunashughulikia passport, visa na tiketi", "Tunakupokea airport"],
           "escort": ["Picha halisi", "Hotel visits"],
           "massage": ["Therapists wenye uzoefu", "Vyumba safi"],
           "ktv": ["Malipo kila siku", "Vyumba vikubwa"],
           "classifieds": ["Iko poa sana", "Bei maelewano"]},
    dest=["Kazi {dest}", "Nafasi za kazi {dest}", "Mahali pa kazi: {dest}"],
    city=["Ofisi: {city}", "📍 {city}", "Interview {city}"],
    rules=["Wenye nia tu", "Nafasi chache"],
    mirror=["(imeshirikiwa)", "Repost"],
    lead=["Piga simu: ", "Simu: ", "📞 ", "Wasiliana: ", "Call/WhatsApp: "],
    lead_word=["WhatsApp ", "WA ", "Telegram "],
    dest_lead=["Mawasiliano huko: "],
    handle=["Telegram: @{h}"],
    tail=["", "", " 🔥", " (WhatsApp tu)", " karibu"],
    glue=["Simu", "WA"], glue_after=["tu"], join=" • ",
)

# destination abroad named by recruitment and agency posts, per language (in the form the templates need)
DEST_COUNTRIES = [("KH", 34), ("MM", 26), ("LA", 10), ("TH", 12), ("PH", 8), ("AE", 10)]
DEST = {
    "zh": {"KH": ["柬埔寨西港", "柬埔寨", "西港"], "MM": ["缅甸妙瓦底", "缅北", "妙瓦底KK园区"], "LA": ["老挝金三角", "老挝"],
           "TH": ["泰国"], "PH": ["菲律宾"], "AE": ["迪拜"]},
    "zh-Hant": {"KH": ["柬埔寨西港", "柬埔寨"], "MM": ["緬甸妙瓦底", "緬甸"], "LA": ["寮國金三角", "寮國"], "TH": ["泰國"],
                "PH": ["菲律賓"], "AE": ["杜拜"]},
    "en": {"KH": ["Cambodia", "Sihanoukville, Cambodia"], "MM": ["Myanmar", "Myawaddy, Myanmar"],
           "LA": ["Laos", "the Golden Triangle SEZ, Laos"], "TH": ["Thailand"], "PH": ["the Philippines"], "AE": ["Dubai"]},
    "tl": {"KH": ["Cambodia"], "MM": ["Myanmar"], "LA": ["Laos"], "TH": ["Thailand"], "PH": ["Pilipinas"], "AE": ["Dubai"]},
    "vi": {"KH": ["Campuchia", "Bavet, Campuchia"], "MM": ["Myanmar", "Myawaddy"], "LA": ["Lào", "Tam Giác Vàng, Lào"],
           "TH": ["Thái Lan"], "PH": ["Philippines"], "AE": ["Dubai"]},
    "id": {"KH": ["Kamboja"], "MM": ["Myanmar"], "LA": ["Laos"], "TH": ["Thailand"], "PH": ["Filipina"], "AE": ["Dubai"]},
    "ms": {"KH": ["Kemboja"], "MM": ["Myanmar"], "LA": ["Laos"], "TH": ["Thailand"], "PH": ["Filipina"], "AE": ["Dubai"]},
    "th": {"KH": ["กัมพูชา"], "MM": ["พม่า", "เมียวดี"], "LA": ["ลาว"], "TH": ["ไทย"], "PH": ["ฟิลิปปินส์"], "AE": ["ดูไบ"]},
    "km": {"KH": ["កម្ពុជា"], "MM": ["មីយ៉ាន់ម៉ា"], "LA": ["ឡាវ"], "TH": ["ថៃ"], "PH": ["ហ្វីលីពីន"], "AE": ["ឌូបៃ"]},
    "my": {"KH": ["ကမ္ဘောဒီးယား"], "MM": ["မြန်မာ"], "LA": ["လာအို"], "TH": ["ထိုင်း"], "PH": ["ဖိလစ်ပိုင်"], "AE": ["ဒူဘိုင်း"]},
    "lo": {"KH": ["ກຳປູເຈຍ"], "MM": ["ມຽນມາ"], "LA": ["ລາວ"], "TH": ["ໄທ"], "PH": ["ຟີລິບປິນ"], "AE": ["ດູໄບ"]},
    "ko": {"KH": ["캄보디아"], "MM": ["미얀마"], "LA": ["라오스"], "TH": ["태국"], "PH": ["필리핀"], "AE": ["두바이"]},
    "ja": {"KH": ["カンボジア"], "MM": ["ミャンマー"], "LA": ["ラオス"], "TH": ["タイ"], "PH": ["フィリピン"], "AE": ["ドバイ"]},
    "mn": {"KH": ["Камбож"], "MM": ["Мьянмар"], "LA": ["Лаос"], "TH": ["Тайланд"], "PH": ["Филиппин"], "AE": ["Дубай"]},
    "ru": {"KH": ["в Камбодже"], "MM": ["в Мьянме"], "LA": ["в Лаосе"], "TH": ["в Таиланде"], "PH": ["на Филиппинах"],
           "AE": ["в Дубае"]},
    "kk": {"KH": ["Камбоджада"], "MM": ["Мьянмада"], "LA": ["Лаоста"], "TH": ["Таиландта"], "PH": ["Филиппинде"],
           "AE": ["Дубайда"]},
    "ky": {"KH": ["Камбоджада"], "MM": ["Мьянмада"], "LA": ["Лаосто"], "TH": ["Таиландда"], "PH": ["Филиппинде"],
           "AE": ["Дубайда"]},
    "uz": {"KH": ["Kambodjada"], "MM": ["Myanmada"], "LA": ["Laosda"], "TH": ["Tailandda"], "PH": ["Filippinda"],
           "AE": ["Dubayda"]},
    "uz-Cyrl": {"KH": ["Камбоджада"], "MM": ["Мьянмада"], "LA": ["Лаосда"], "TH": ["Таиландда"], "PH": ["Филиппинда"],
                "AE": ["Дубайда"]},
    "hi": {"KH": ["कंबोडिया"], "MM": ["म्यांमार"], "LA": ["लाओस"], "TH": ["थाईलैंड"], "PH": ["फिलीपींस"], "AE": ["दुबई"]},
    "ne": {"KH": ["कम्बोडिया"], "MM": ["म्यानमार"], "LA": ["लाओस"], "TH": ["थाइल्याण्ड"], "PH": ["फिलिपिन्स"], "AE": ["दुबई"]},
    "bn": {"KH": ["কম্বোডিয়া"], "MM": ["মিয়ানমার"], "LA": ["লাওস"], "TH": ["থাইল্যান্ড"], "PH": ["ফিলিপাইন"], "AE": ["দুবাই"]},
    "si": {"KH": ["කාම්බෝජය"], "MM": ["මියන්මාරය"], "LA": ["ලාඕසය"], "TH": ["තායිලන්තය"], "PH": ["පිලිපීනය"], "AE": ["ඩුබායි"]},
    "am": {"KH": ["ካምቦዲያ"], "MM": ["ምያንማር"], "LA": ["ላኦስ"], "TH": ["ታይላንድ"], "PH": ["ፊሊፒንስ"], "AE": ["ዱባይ"]},
    "sw": {"KH": ["Cambodia"], "MM": ["Myanmar"], "LA": ["Laos"], "TH": ["Thailand"], "PH": ["Ufilipino"], "AE": ["Dubai"]},
}

# ---------------------------------------------------------------------------------------------
# decoys: line templates per language and kind ({x} is the span); kinds missing in a language fall
# back to English (scraped boards keep English site chrome)

DT = {
    "en": {"salary": ["Salary {x}", "Basic salary {x} + commission", "💰 {x}", "Earn {x}"],
           "price_job": ["Passport processing fee {x}", "Deposit {x}", "Visa fee only {x}", "Service fee {x}"],
           "price_adult": ["Rates: {x}", "From {x}", "Full service {x}", "Room charge {x}"],
           "price_sale": ["Price {x}", "Asking {x}", "Rent {x}"],
           "age": ["{x}", "Requirement: {x}"], "height": ["Height {x}", "Min height {x}"],
           "hours": ["Working hours {x}", "Open {x}", "Online {x}"], "percent": ["Commission {x}", "{x} real photos", "{x} legit"],
           "date": ["Departure {x}", "Deadline {x}", "Posted {x}"], "booking_ref": ["Flight {x}", "Ticket booked, flight {x}", "Booking ref {x}"],
           "room": ["Come to {x}", "Meet at {x}", "Address: {x}"], "post_id": ["Post ID: {x}", "Ad #{x}", "Listing {x}"],
           "order": ["Order #{x}", "Boost order {x}"], "tracking": ["Tracking {x}", "Parcel {x}"],
           "measurements": ["Stats {x}"], "weight": ["Weight {x}"]},
    "zh": {"salary": ["月薪 {x}", "底薪{x}+提成", "工资{x}，月结", "待遇：{x}"],
           "price_job": ["办护照 {x}", "押金 {x}", "签证费 {x}", "服务费 {x}"],
           "price_adult": ["价格 {x}", "全套 {x}", "包夜 {x}", "包厢低消 {x}"],
           "price_sale": ["价格 {x}", "转让价 {x}", "月租 {x}"],
           "age": ["年龄{x}", "要求{x}"], "height": ["身高{x}以上", "身高{x}"],
           "hours": ["工作时间 {x}", "营业时间 {x}", "{x}在线"], "percent": ["提成{x}", "{x}真实", "返点{x}"],
           "date": ["{x}出发", "截止{x}", "发布于{x}"], "booking_ref": ["航班 {x}", "机票已订 {x}"],
           "room": ["预订{x}", "地点：{x}"], "post_id": ["帖子编号：{x}", "ID：{x}"], "order": ["订单号 {x}", "单号：{x}"],
           "tracking": ["快递单号 {x}"], "measurements": ["三围{x}"], "weight": ["体重{x}"]},
    "zh-Hant": {"salary": ["月薪 {x}", "底薪{x}+獎金", "薪資{x}，月結", "待遇：{x}"],
                "price_job": ["辦護照 {x}", "押金 {x}", "簽證費 {x}"],
                "price_adult": ["價格 {x}", "全套 {x}", "包廂低消 {x}"], "price_sale": ["價格 {x}", "月租 {x}"],
                "age": ["年齡{x}", "要求{x}"], "height": ["身高{x}以上", "身高{x}"],
                "hours": ["營業時間 {x}", "工作時間 {x}"], "percent": ["抽成{x}", "{x}真實"],
                "date": ["{x}出發", "截止{x}", "發布於{x}"], "booking_ref": ["航班 {x}"], "room": ["預訂{x}"],
                "post_id": ["文章編號：{x}"], "order": ["訂單編號 {x}"], "measurements": ["三圍{x}"], "weight": ["體重{x}"]},
    "vi": {"salary": ["Lương {x}", "Lương cứng {x} + hoa hồng", "Thu nhập {x}"],
           "price_job": ["Phí làm hộ chiếu {x}", "Đặt cọc {x}", "Phí visa {x}"],
           "price_adult": ["Giá {x}", "Qua đêm {x}", "Phòng {x}"], "price_sale": ["Giá {x}", "Giá thuê {x}"],
           "age": ["Độ tuổi: {x}", "Yêu cầu {x}"], "height": ["Cao {x}"], "hours": ["Giờ làm {x}", "Mở cửa {x}"],
           "percent": ["Hoa hồng {x}", "Ảnh thật {x}"], "date": ["Xuất cảnh {x}", "Hạn chót {x}", "Đăng ngày {x}"],
           "booking_ref": ["Chuyến bay {x}"], "room": ["Đến {x}"], "post_id": ["Mã tin: {x}"], "order": ["Mã đơn {x}"],
           "measurements": ["Số đo {x}"], "weight": ["Nặng {x}"]},
    "id": {"salary": ["Gaji {x}", "Gaji pokok {x} + komisi", "Penghasilan {x}"],
           "price_job": ["Biaya paspor {x}", "Deposit {x}", "Biaya visa {x}"],
           "price_adult": ["Tarif {x}", "Short time {x}", "Room {x}"], "price_sale": ["Harga {x}", "Sewa {x}"],
           "age": ["Syarat {x}", "{x}"], "height": ["Tinggi {x}"], "hours": ["Jam kerja {x}", "Buka {x}"],
           "percent": ["Komisi {x}", "Foto asli {x}"], "date": ["Berangkat {x}", "Batas {x}", "Diposting {x}"],
           "booking_ref": ["Penerbangan {x}"], "room": ["Datang ke {x}"], "post_id": ["ID iklan {x}"], "order": ["No. pesanan {x}"],
           "tracking": ["Resi {x}"]},
    "ms": {"salary": ["Gaji {x}", "Gaji asas {x} + komisen"], "price_job": ["Yuran pasport {x}", "Deposit {x}"],
           "price_adult": ["Harga {x}", "Bilik {x}"], "price_sale": ["Harga {x}", "Sewa {x}"],
           "age": ["Syarat {x}", "{x}"], "height": ["Tinggi {x}"], "hours": ["Waktu kerja {x}", "Buka {x}"],
           "percent": ["Komisen {x}"], "date": ["Berlepas {x}", "Tarikh tutup {x}"], "booking_ref": ["Penerbangan {x}"],
           "room": ["Datang ke {x}"], "post_id": ["ID iklan {x}"]},
    "th": {"salary": ["เงินเดือน {x}", "รายได้ {x}", "ฐานเงินเดือน {x} + คอมมิชชั่น"], "price_job": ["ค่าทำพาสปอร์ต {x}", "มัดจำ {x}"],
           "price_adult": ["ราคา {x}", "ค่าห้อง {x}"], "price_sale": ["ราคา {x}", "ค่าเช่า {x}"],
           "age": ["รับสมัคร{x}", "{x}"], "height": ["สูง {x}"], "hours": ["เวลาทำงาน {x}", "เปิด {x}"], "percent": ["คอมมิชชั่น {x}", "ตรงปก {x}"],
           "date": ["เดินทาง {x}", "ปิดรับ {x}", "โพสต์ {x}"], "booking_ref": ["เที่ยวบิน {x}"], "room": ["มาที่{x}"],
           "post_id": ["รหัสประกาศ {x}"], "order": ["เลขออเดอร์ {x}"], "tracking": ["เลขพัสดุ {x}"]},
    "km": {"salary": ["ប្រាក់ខែ {x}", "ប្រាក់ចំណូល {x}"], "price_job": ["ថ្លៃលិខិតឆ្លងដែន {x}"], "price_adult": ["តម្លៃ {x}"],
           "price_sale": ["តម្លៃ {x}", "ថ្លៃជួល {x}"], "age": ["{x}"], "height": ["កម្ពស់ {x}"], "hours": ["ម៉ោងធ្វើការ {x}"],
           "percent": ["កម្រៃជើងសារ {x}"], "date": ["ចេញដំណើរ {x}", "ថ្ងៃផុតកំណត់ {x}"], "room": ["មកកាន់{x}"]},
    "my": {"salary": ["လစာ {x}", "ဝင်ငွေ {x}"], "price_job": ["ပတ်စပို့ကြေး {x}"], "price_adult": ["ဈေးနှုန်း {x}"],
           "price_sale": ["ဈေး {x}", "အခန်းခ {x}"], "age": ["{x}"], "height": ["အရပ် {x}"], "hours": ["အလုပ်ချိန် {x}"],
           "percent": ["ကော်မရှင် {x}"], "date": ["ထွက်ခွာမည် {x}", "နောက်ဆုံးရက် {x}"], "room": ["{x}သို့ လာပါ"]},
    "lo": {"salary": ["ເງິນເດືອນ {x}", "ລາຍໄດ້ {x}"], "price_job": ["ຄ່າເຮັດໜັງສືຜ່ານແດນ {x}"], "price_adult": ["ລາຄາ {x}"],
           "price_sale": ["ລາຄາ {x}", "ຄ່າເຊົ່າ {x}"], "age": ["{x}"], "height": ["ສູງ {x}"], "hours": ["ເວລາເຮັດວຽກ {x}"],
           "percent": ["ຄ່ານາຍໜ້າ {x}"], "date": ["ອອກເດີນທາງ {x}", "ປິດຮັບ {x}"], "room": ["ມາທີ່{x}"]},
    "ko": {"salary": ["월급 {x}", "기본급 {x} + 인센티브", "수입 {x}"], "price_job": ["여권 발급비 {x}", "보증금 {x}"],
           "price_adult": ["가격 {x}", "룸비 {x}"], "price_sale": ["가격 {x}", "월세 {x}"], "age": ["나이 {x}"],
           "height": ["키 {x}"], "hours": ["근무시간 {x}", "영업시간 {x}"], "percent": ["수수료 {x}", "실사 {x}"],
           "date": ["출국 {x}", "마감 {x}", "작성일 {x}"], "booking_ref": ["항공편 {x}"], "room": ["{x}"],
           "post_id": ["게시물 번호 {x}"], "order": ["주문번호 {x}"]},
    "ja": {"salary": ["月給 {x}", "日給 {x}", "月収{x}以上"], "price_job": ["パスポート手数料 {x}", "保証金 {x}"],
           "price_adult": ["料金 {x}", "ルーム代 {x}"], "price_sale": ["価格 {x}", "家賃 {x}"], "age": ["{x}"],
           "height": ["身長{x}"], "hours": ["営業 {x}", "勤務時間 {x}"], "percent": ["バック{x}", "写真{x}本人"],
           "date": ["{x}出発", "{x}締切", "{x}掲載"], "booking_ref": ["便名 {x}"], "room": ["{x}"], "post_id": ["掲載番号 {x}"],
           "order": ["注文番号 {x}"]},
    "mn": {"salary": ["Цалин {x}", "Орлого {x}"], "price_job": ["Паспортын хураамж {x}"], "price_adult": ["Үнэ {x}"],
           "price_sale": ["Үнэ {x}", "Түрээс {x}"], "age": ["{x}"], "height": ["Өндөр {x}"], "hours": ["Ажлын цаг {x}"],
           "percent": ["Шимтгэл {x}"], "date": ["Явах {x}", "Эцсийн хугацаа {x}"], "room": ["{x}"]},
    "ru": {"salary": ["Зарплата {x}", "Оклад {x} + процент", "Доход {x}"], "price_job": ["Оформление паспорта {x}", "Залог {x}"],
           "price_adult": ["Цена {x}", "Час {x}"], "price_sale": ["Цена {x}", "Аренда {x}"], "age": ["Возраст {x}"],
           "height": ["Рост {x}"], "hours": ["График {x}", "Работаем {x}"], "percent": ["Процент {x}", "Фото {x} реальные"],
           "date": ["Вылет {x}", "До {x}", "Опубликовано {x}"], "booking_ref": ["Рейс {x}"], "room": ["{x}"],
           "post_id": ["Объявление № {x}"], "order": ["Заказ № {x}"], "tracking": ["Трек-номер {x}"]},
    "kk": {"salary": ["Жалақы {x}", "Табыс {x}"], "price_job": ["Паспорт рәсімдеу {x}"], "price_adult": ["Бағасы {x}"],
           "price_sale": ["Бағасы {x}"], "age": ["Жасы {x}"], "height": ["Бойы {x}"], "hours": ["Жұмыс уақыты {x}"],
           "percent": ["Пайыз {x}"], "date": ["Ұшу {x}", "Соңғы күн {x}"], "room": ["{x}"]},
    "ky": {"salary": ["Айлык {x}", "Киреше {x}"], "price_job": ["Паспорт жасатуу {x}"], "price_adult": ["Баасы {x}"],
           "price_sale": ["Баасы {x}"], "age": ["Жашы {x}"], "height": ["Бою {x}"], "hours": ["Иш убактысы {x}"],
           "percent": ["Пайыз {x}"], "date": ["Учуу {x}", "Акыркы күн {x}"], "room": ["{x}"]},
    "uz": {"salary": ["Maosh {x}", "Daromad {x}"], "price_job": ["Pasport rasmiylashtirish {x}"], "price_adult": ["Narxi {x}"],
           "price_sale": ["Narxi {x}"], "age": ["Yoshi {x}"], "height": ["Bo'yi {x}"], "hours": ["Ish vaqti {x}"],
           "percent": ["Foiz {x}"], "date": ["Uchish {x}", "Oxirgi muddat {x}"], "room": ["{x}"]},
    "uz-Cyrl": {"salary": ["Маош {x}", "Даромад {x}"], "price_job": ["Паспорт расмийлаштириш {x}"], "price_adult": ["Нархи {x}"],
                "price_sale": ["Нархи {x}"], "age": ["Ёши {x}"], "height": ["Бўйи {x}"], "hours": ["Иш вақти {x}"],
                "percent": ["Фоиз {x}"], "date": ["Учиш {x}", "Охирги муддат {x}"], "room": ["{x}"]},
    "hi": {"salary": ["सैलरी {x}", "वेतन {x}"], "price_job": ["पासपोर्ट फीस {x}", "जमा राशि {x}"], "price_adult": ["रेट {x}"],
           "price_sale": ["कीमत {x}", "किराया {x}"], "age": ["{x}"], "height": ["लंबाई {x}"], "hours": ["काम का समय {x}"],
           "percent": ["कमीशन {x}"], "date": ["रवानगी {x}", "अंतिम तिथि {x}"], "room": ["{x}"]},
    "ne": {"salary": ["तलब {x}", "कमाइ {x}"], "price_job": ["राहदानी शुल्क {x}", "धरौटी {x}"], "price_adult": ["दर {x}"],
           "price_sale": ["मूल्य {x}", "भाडा {x}"], "age": ["{x}"], "height": ["उचाइ {x}"], "hours": ["कामको समय {x}"],
           "percent": ["कमिसन {x}"], "date": ["उडान {x}", "अन्तिम मिति {x}"], "room": ["{x}"]},
    "bn": {"salary": ["বেতন {x}", "আয় {x}"], "price_job": ["পাসপোর্ট ফি {x}", "জামানত {x}"], "price_adult": ["রেট {x}"],
           "price_sale": ["দাম {x}", "ভাড়া {x}"], "age": ["{x}"], "height": ["উচ্চতা {x}"], "hours": ["কাজের সময় {x}"],
           "percent": ["কমিশন {x}"], "date": ["ফ্লাইট তারিখ {x}", "শেষ তারিখ {x}"], "room": ["{x}"]},
    "si": {"salary": ["වැටුප {x}", "ආදායම {x}"], "price_job": ["ගමන් බලපත්‍ර ගාස්තුව {x}"], "price_adult": ["මිල {x}"],
           "price_sale": ["මිල {x}", "කුලිය {x}"], "age": ["{x}"], "height": ["උස {x}"], "hours": ["වැඩ කරන වේලාව {x}"],
           "percent": ["කොමිස් {x}"], "date": ["පිටත්වීම {x}", "අවසන් දිනය {x}"], "room": ["{x}"]},
    "am": {"salary": ["ደመወዝ {x}", "ገቢ {x}"], "price_job": ["የፓስፖርት ክፍያ {x}"], "price_adult": ["ዋጋ {x}"],
           "price_sale": ["ዋጋ {x}", "ኪራይ {x}"], "age": ["{x}"], "height": ["ቁመት {x}"], "hours": ["የስራ ሰዓት {x}"],
           "percent": ["ኮሚሽን {x}"], "date": ["የጉዞ ቀን {x}", "የመጨረሻ ቀን {x}"], "room": ["{x}"]},
    "sw": {"salary": ["Mshahara {x}", "Kipato {x}"], "price_job": ["Ada ya passport {x}", "Amana {x}"], "price_adult": ["Bei {x}"],
           "price_sale": ["Bei {x}", "Kodi {x}"], "age": ["Sifa: {x}", "{x}"], "height": ["Urefu {x}"], "hours": ["Masaa ya kazi {x}"],
           "percent": ["Kamisheni {x}"], "date": ["Safari {x}", "Mwisho {x}"], "room": ["{x}"]},
}
DT["tl"] = DT["en"]
for _t in {id(v): v for v in DT.values()}.values():
    # the first date line of each language is a departure / flight date: job posts only
    _t["date_job"], _t["date"] = _t["date"][:1], _t["date"][1:]

# account numbers (not phones): QQ numbers, Telegram numeric ids, bank card tails
ACCOUNT_TPL = {
    "zh": [("qq", "QQ：{x}"), ("qq", "QQ号 {x}"), ("qq", "企鹅 {x}"), ("tgid", "飞机ID：{x}"), ("card", "卡号尾号{x}")],
    "zh-Hant": [("qq", "QQ：{x}"), ("tgid", "TG ID：{x}"), ("card", "帳號末四碼 {x}")],
    "en": [("tgid", "TG ID: {x}"), ("tgid", "Telegram user id {x}"), ("card", "Bank acc ending {x}"), ("qq", "QQ: {x}")],
    "vi": [("tgid", "ID Tele: {x}"), ("card", "STK đuôi {x}")], "id": [("tgid", "ID Telegram {x}"), ("card", "Rek. akhiran {x}")],
    "th": [("tgid", "ไอดีเทเลแกรม {x}"), ("card", "บัญชีลงท้าย {x}")], "ko": [("tgid", "텔레그램 ID {x}"), ("card", "계좌 끝자리 {x}")],
    "ja": [("tgid", "テレグラムID {x}"), ("card", "口座末尾 {x}")], "ru": [("tgid", "ID в Телеграм: {x}"), ("card", "карта *{x}")],
}
ACCOUNT_DEFAULT = [("tgid", "Telegram ID {x}"), ("card", "Acc ****{x}")]

# money: per country (templates, unit templates, price amounts, salary amounts, thousands separator)
MONEY = {
    "CN": (["¥{a}", "{a}元", "RMB{a}", "{a}-{b}元"], [("{m}万", 10000)], [300, 500, 800, 1200, 2000, 3000], [8000, 10000, 12000, 15000, 20000, 30000], None),
    "TW": (["NT${a}", "{a}元", "台幣{a}"], [("{m}萬", 10000)], [1500, 2000, 3000, 5000, 8000], [35000, 45000, 60000, 80000, 100000], ","),
    "HK": (["HK${a}", "{a}港幣", "HKD {a}"], [], [500, 800, 1200, 1500, 2000], [18000, 25000, 30000, 45000], ","),
    "MO": (["MOP{a}", "{a}澳門元", "MOP$ {a}"], [], [500, 800, 1200, 2000], [15000, 20000, 30000], ","),
    "VN": (["{a}đ", "{a} VND", "{a} đồng"], [("{m} triệu", 1000000), ("{m}k", 1000)], [500000, 1000000, 1500000, 2000000], [8000000, 12000000, 15000000, 20000000], "."),
    "ID": (["Rp {a}", "Rp{a}", "IDR {a}"], [("{m} juta", 1000000), ("{m}rb", 1000)], [300000, 500000, 1000000, 1500000], [5000000, 8000000, 10000000, 15000000], "."),
    "PH": (["₱{a}", "PHP {a}", "P{a}"], [("{m}k", 1000)], [1500, 3000, 5000, 8000], [25000, 35000, 50000, 60000], ","),
    "TH": (["฿{a}", "{a} บาท", "THB {a}"], [("{m}k", 1000)], [1500, 2500, 3000, 4500], [25000, 30000, 40000, 50000], ","),
    "MY": (["RM{a}", "RM {a}", "MYR {a}"], [("RM{m}k", 1000)], [150, 300, 500, 800], [3000, 4500, 6000, 8000], ","),
    "SG": (["S${a}", "SGD {a}", "SGD{a}"], [], [200, 300, 500, 800], [3000, 4500, 6000, 8000], ","),
    "KH": (["{a}៛", "{a} រៀល", "KHR {a}"], [], [40000, 100000, 200000], [2000000, 4000000, 6000000], ","),
    "MM": (["{a} ကျပ်", "Ks {a}", "MMK {a}"], [("{m} သိန်း", 100000)], [300000, 500000, 800000], [1500000, 3000000, 5000000], ","),
    "LA": (["{a} ກີບ", "₭{a}", "LAK {a}"], [], [500000, 1000000, 2000000], [5000000, 8000000, 12000000], ","),
    "KR": (["{a}원", "₩{a}", "KRW {a}"], [("{m}만원", 10000)], [100000, 150000, 200000, 300000], [3000000, 4000000, 5000000, 8000000], ","),
    "JP": (["{a}円", "¥{a}", "￥{a}"], [("{m}万円", 10000)], [15000, 20000, 30000, 50000], [300000, 400000, 500000, 800000], ","),
    "MN": (["{a}₮", "{a} төгрөг", "MNT {a}"], [], [150000, 300000, 500000], [2500000, 3500000, 5000000], ","),
    "RU": (["{a} ₽", "{a} руб.", "от {a} ₽", "{a} рублей"], [("{m} тыс. руб.", 1000)], [3000, 5000, 8000, 10000], [80000, 120000, 150000, 200000], " "),
    "KZ": (["{a} ₸", "{a} тг", "{a} тенге"], [], [15000, 30000, 50000], [400000, 600000, 800000], " "),
    "KG": (["{a} сом", "KGS {a}", "{a} сом."], [], [3000, 5000, 8000], [50000, 80000, 100000], " "),
    "UZ": (["{a} so'm", "{a} сўм", "UZS {a}"], [], [200000, 500000, 800000], [8000000, 10000000, 15000000], " "),
    "IN": (["₹{a}", "Rs {a}", "INR {a}", "Rs. {a}/-"], [], [2000, 5000, 8000, 12000], [25000, 40000, 60000, 80000], ","),
    "NP": (["रु {a}", "Rs {a}", "NPR {a}"], [], [3000, 5000, 10000], [30000, 50000, 80000], ","),
    "BD": (["৳{a}", "{a} টাকা", "BDT {a}", "Tk {a}"], [], [3000, 5000, 8000], [25000, 40000, 60000], ","),
    "LK": (["Rs. {a}", "LKR {a}", "රු. {a}"], [], [5000, 8000, 15000], [60000, 100000, 150000], ","),
    "PK": (["Rs {a}", "PKR {a}", "Rs. {a}"], [], [3000, 5000, 10000], [50000, 80000, 120000], ","),
    "KE": (["KSh {a}", "Ksh{a}", "KES {a}"], [], [3000, 5000, 8000], [25000, 40000, 60000], ","),
    "UG": (["UGX {a}", "USh {a}", "{a}/= UGX"], [], [50000, 100000, 200000], [800000, 1500000, 2500000], ","),
    "ET": (["{a} ብር", "ETB {a}", "{a} Birr"], [], [2000, 5000, 8000], [15000, 30000, 50000], ","),
}
SHARED_MONEY = ["${a}", "US${a}", "USD {a}", "{a} USD", "{a} USDT", "USDT {a}", "${a}-{b}", "{a}-{b} USD"]
SHARED_SALARY_TPL = ["${a}-{b}/month", "${a}/month", "USDT {a}/month"]
SHARED_MONEY_LANG = {"zh": ["{a}U", "{a}美金", "{a}-{b}U", "{a}美元"], "zh-Hant": ["{a}美金", "{a}U"], "vi": ["{a}$", "{a}-{b}$"],
                     "ru": ["{a} $", "{a}-{b} $"]}
SHARED_PRICE = [300, 500, 800, 1000, 1500, 2000]
SHARED_SALARY = [800, 1000, 1200, 1500, 2000, 2500, 3000, 5000]

AGE_FMT = {"zh": (["{n}岁"], ["{a}-{b}岁", "{a}至{b}岁"]), "zh-Hant": (["{n}歲"], ["{a}-{b}歲"]),
           "vi": (["{n} tuổi"], ["{a}–{b} tuổi", "{a}-{b} tuổi"]), "id": (["umur {n}"], ["umur {a}-{b}", "{a}-{b} thn"]),
           "ms": (["umur {n}"], ["{a}-{b} tahun"]), "en": (["{n} yo", "{n} years old"], ["{a}-{b} yrs old", "{a}-{b} years"]),
           "th": (["อายุ {n}"], ["{a}-{b} ปี"]), "km": (["អាយុ {n}"], ["អាយុ {a}-{b} ឆ្នាំ"]), "my": (["အသက် {n} နှစ်"], ["အသက် {a}-{b}"]),
           "lo": (["ອາຍຸ {n}"], ["ອາຍຸ {a}-{b} ປີ"]), "ko": (["{n}세"], ["{a}~{b}세"]), "ja": (["{n}歳"], ["{a}〜{b}歳"]),
           "mn": (["{n} настай"], ["{a}-{b} насны"]), "ru": (["{n} лет"], ["от {a} до {b} лет", "{a}-{b} лет"]),
           "kk": (["{n} жаста"], ["{a}-{b} жас"]), "ky": (["{n} жашта"], ["{a}-{b} жаш"]), "uz": (["{n} yosh"], ["{a}-{b} yosh"]),
           "uz-Cyrl": (["{n} ёш"], ["{a}-{b} ёш"]), "hi": (["{n} साल"], ["उम्र {a}-{b} वर्ष"]), "ne": (["{n} वर्ष"], ["उमेर {a}-{b} वर्ष"]),
           "bn": (["{n} বছর"], ["বয়স {a}-{b}"]), "si": (["වයස {n}"], ["වයස {a}-{b}"]), "am": (["{n} ዓመት"], ["ዕድሜ {a}-{b}"]),
           "sw": (["miaka {n}"], ["umri {a}-{b}"])}
AGE_FMT["tl"] = AGE_FMT["en"]
HOURS = {"zh": ["10:00-22:00", "24小时", "20:00-06:00", "下午2点到凌晨4点", "早9晚9"],
         "zh-Hant": ["10:00-22:00", "24小時", "晚上8點到凌晨4點"], "ja": ["10:00〜翌5:00", "24時間", "18時〜翌3時"],
         "ko": ["24시간", "오후 8시~새벽 5시", "10:00-22:00"], "vi": ["8h-22h", "24/7", "10:00-22:00"],
         "th": ["24 ชม.", "10.00-02.00 น.", "24/7"], "ru": ["24/7", "с 10 до 22", "круглосуточно с 9:00"],
         "en": ["24/7", "10am-10pm", "9:00-18:00", "12 hrs/day", "10:00-22:00"], "id": ["24 jam", "10.00-22.00", "24/7"],
         "ms": ["24 jam", "10pg-10mlm"]}
ROOM = {"zh": ["{n}号包厢", "{n}房", "房间{n}"], "zh-Hant": ["{n}號包廂", "{n}號房"], "vi": ["phòng {n}"], "id": ["kamar {n}"],
        "ms": ["bilik {n}"], "en": ["Room {n}", "rm {n}", "Unit {n}"], "th": ["ห้อง {n}"], "km": ["បន្ទប់ {n}"], "my": ["အခန်း {n}"],
        "lo": ["ຫ້ອງ {n}"], "ko": ["{n}호", "룸 {n}호"], "ja": ["{n}号室"], "mn": ["{n} тоот"], "ru": ["номер {n}", "кабинет {n}"],
        "kk": ["{n} бөлме"], "ky": ["{n}-бөлмө"], "uz": ["{n}-xona"], "uz-Cyrl": ["{n}-хона"], "hi": ["कमरा {n}"],
        "ne": ["कोठा {n}"], "bn": ["রুম {n}"], "si": ["කාමර {n}"], "am": ["ክፍል {n}"], "sw": ["chumba {n}"]}
ROOM["tl"] = ROOM["en"]
AIRLINES = ["MU", "CZ", "VJ", "VN", "FD", "TG", "PR", "QR", "AK", "5J", "8M", "UL", "BG", "PK", "KQ", "ET", "KC", "HY",
            "KE", "SQ", "CX", "OZ", "NH", "SU", "OD", "K6", "QH", "JT"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
             "December"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
             "Desember"]

CATEGORIES = [("scam_recruitment", 36), ("agency", 12), ("escort", 16), ("massage", 13), ("ktv", 11), ("classifieds", 12)]
JOB_CATS = ("scam_recruitment", "agency")
CAT_SLUG = {"scam_recruitment": ["jobs", "vieclam", "lowongan", "career"], "agency": ["overseas", "agency", "visa"],
            "escort": ["escort", "companion", "dating"], "massage": ["massage", "spa"], "ktv": ["ktv", "nightlife", "karaoke"],
            "classifieds": ["classifieds", "market", "rent"]}
DECOY_KINDS = {
    "scam_recruitment": ["salary", "age", "height", "hours", "date", "account", "post_id", "percent", "booking_ref", "price"],
    "agency": ["price", "date", "booking_ref", "account", "post_id", "hours", "age", "percent", "order"],
    "escort": ["price", "age", "height", "measurements", "weight", "hours", "room", "post_id", "percent", "account"],
    "massage": ["price", "hours", "room", "post_id", "percent", "age", "date", "account"],
    "ktv": ["salary", "price", "age", "height", "hours", "room", "date", "account", "post_id"],
    "classifieds": ["price", "date", "post_id", "order", "percent", "tracking", "account", "room"],
}
STATS_KINDS = ("age", "height", "measurements", "weight")

GROUP_COUNTS = {
    "dev": {"no_phone": 24, "ambiguous": 15, "international": 30, "calling_code": 30, "format": 32, "text": 75,
            "url": 45, "region": 24, "location": 16, "region_location": 9},
    "heldout": {"no_phone": 40, "ambiguous": 25, "international": 50, "calling_code": 50, "format": 64, "text": 114,
                "url": 75, "region": 40, "location": 27, "region_location": 15},
}
DEST_NUMBER_GROUPS = ("text", "url", "region", "location", "region_location", "international")
DEST_NUMBER_SHARE = 0.3
FAMILIES = ["grouped", "digit_sep", "words", "leet", "letter_o", "glued", "escape", "spoken_cc", "split",
            "local_digits"]
GROUPED_SHARE = 0.4
GROUPED_SHARE_EARLY = 0.15  # while some applicable family has not been used yet in this country
LOCAL_SHARE = 0.4  # of mentions in posts written in a language with its own digits


def country_families(c):
    """disguise families that make sense for a country's numbers: local_digits where one of its languages
    writes its own digits, leet where one of its languages is written in Latin letters"""
    fams = set(FAMILIES) - {"local_digits", "leet"}
    langs = [l for l, _ in LANGS[c]]
    if any(l in LOCAL_DIGITS for l in langs):
        fams.add("local_digits")
    if any(l in LATIN_LANGS for l in langs):
        fams.add("leet")
    return fams

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


FW_PUNCT = {"+": "＋", "-": "－", "(": "（", ")": "）"}


def to_local(s, lang, rng, partial=False):
    tab = LOCAL_DIGITS[lang]
    fw = tab == FW and rng.random() < 0.5

    def conv(p):
        return "".join(tab[int(c)] if c.isascii() and c.isdigit() else (FW_PUNCT.get(c, c) if fw else c) for c in p)

    if not partial:
        return conv(s)
    # partial: convert whole space-separated groups, keep at least one group ASCII
    parts = s.split(" ")
    idx = [i for i, p in enumerate(parts) if any(ch.isdigit() for ch in p)]
    keep = set(rng.sample(idx, max(1, len(idx) // 2))) if len(idx) > 1 else set()
    return " ".join(p if i in keep else conv(p) for i, p in enumerate(parts))


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


def regroup(rng, s):
    pat = rng.choice([[3, 3, 4], [4, 3, 3], [2, 2, 2, 2, 2], [3, 4, 4], [4, 4, 4], [3, 3, 3, 3], [2, 4, 4], [4, 4]])
    out = chunks(s, pat)
    if len(out[-1]) == 1 and len(out) > 1:
        out[-2] += out[-1]
        out.pop()
    return out


# ---------------------------------------------------------------------------------------------
# rendering of numbers


def nat_group_list(num, rng):
    if rng.random() < 0.6 and len(num.nat_groups) >= 2:
        return list(num.nat_groups)
    if num.templates and rng.random() < 0.6:
        t = rng.choice(num.templates)
        g = [x for x in "".join(c if c == "X" else " " for c in t).split()]
        out, i = [], 0
        for x in g:
            out.append(num.nat_digits[i:i + len(x)])
            i += len(x)
        if len(out) >= 2:
            return out
    return regroup(rng, num.nat_digits)


def intl_group_list(num, rng):
    if rng.random() < 0.6 and len(num.intl_groups) >= 2:
        return list(num.intl_groups)
    return regroup(rng, num.nsn)


def render_grouped_national(num, rng):
    r = rng.random()
    if r < 0.22:
        raw = num.nat_fmt
    elif r < 0.42:
        raw = num.nat_digits
    elif r < 0.75 and num.templates:
        raw = apply_template(rng.choice(num.templates), num.nat_digits)
    elif r < 0.9:
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
    forms = ["std", "std", "e164", "ccnsn", "00", "00sp", "00dash", "paren", "dash", "dot"]
    if num.trunk0:
        forms += ["zero"]
    if allow_bare:
        forms += ["bare", "bare", "bare_compact"]
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
    if f == "00dash":
        return "00" + cc + "-" + "-".join(g), "00" + cc + nsn, False
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
    if f == "bare_compact":
        return cc + nsn, cc + nsn, True
    raise AssertionError(f)


def word_list(lang, rng):
    words = list(WORDS[lang])
    if lang == "ja" and rng.random() < 0.35:
        words = list(JA_KANA)
    if lang in ZH_SPOKEN:
        sp = ZH_SPOKEN[lang]
        if rng.random() < 0.5:
            words[1] = sp["1"]
        if rng.random() < 0.3:
            words[2] = sp["2"]
        if rng.random() < 0.2:
            words[0] = sp["0"]
    return words


def word_tokens(digs, lang, rng, leet=False, words=None):
    """list of (text, digits, kind) tokens spelling digs; English may use homophones and multipliers."""
    words = words or word_list(lang, rng)
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
                t2 = rng.choice(LEET_EN[dd]) if lang in ("en", "tl") else leetify(t, rng)
                nleet += t2 != t
                out.append((t2, dd, k))
            else:
                out.append((t, dd, k))
        if nleet == 0:
            for j, (t, dd, k) in enumerate(out):
                if k == "w" and leetify(t, rng) != t:
                    out[j] = (leetify(t, rng), dd, k)
                    nleet += 1
                    break
        if nleet == 0:
            for j, (t, dd, k) in enumerate(out):
                if k == "w":
                    out[j] = (LEET_EN[dd][0], dd, k)
                    break
        toks = out
    return toks


def leetify(word, rng):
    tab = {"o": "0", "e": "3", "i": "1", "a": "4"}
    pos = [i for i, c in enumerate(word) if c in tab and i > 0]
    if not pos:
        return word
    pick = {rng.choice(pos)}
    return "".join(tab[c] if i in pick else c for i, c in enumerate(word))


def join_tokens(toks, lang, rng, style):
    """style: space, hyphen, glued, upper, mixed"""
    if lang in NOSPACE or lang == "ko":
        sep = rng.choice(["", "", " "])
    elif lang not in LATIN_LANGS:
        sep = rng.choice([" ", " ", "-"])
    else:
        sep = {"space": " ", "hyphen": "-", "glued": "", "upper": rng.choice([" ", ""]), "mixed": rng.choice([" ", ""])}[style]
    texts = [t for t, _, _ in toks]
    if style == "upper" and lang in LATIN_LANGS:
        texts = [t.upper() for t in texts]
    return sep.join(texts)


def render_words(num, intl, lang, rng, leet=False):
    """returns raw, digits"""
    words = word_list(lang, rng)
    if intl:
        zero = rng.random() < 0.3
        body = num.nsn
        toks = word_tokens(body, lang, rng, leet, words)
        style = rng.choice(["space", "space", "hyphen", "glued", "upper"])
        w = join_tokens(toks, lang, rng, style)
        pre = ("00" + num.cc) if zero else ("+" + num.cc)
        digits = ("00" if zero else "") + num.cc + body
        return pre + " " + w, digits
    digs = num.nat_digits
    style = rng.choice(["space", "space", "hyphen", "glued", "upper", "mixed", "mixed", "groups", "groups"])
    if style == "groups":
        groups = nat_group_list(num, rng)
        gsep = rng.choice([", ", " - ", " / ", "  ", " . "]) if lang in LATIN_LANGS else rng.choice([" ", "  ", "，" if lang in CJK else " - "])
        inner = rng.choice([" ", "", "-"]) if lang in LATIN_LANGS else ("" if lang in NOSPACE or lang == "ko" else " ")
        parts = []
        for g in groups:
            toks = word_tokens(g, lang, rng, leet, words)
            parts.append(inner.join(t for t, _, _ in toks))
        raw = gsep.join(parts)
        if rng.random() < .3 and lang in LATIN_LANGS:
            raw = raw.upper()
        return raw, digs
    if style == "mixed":
        toks = word_tokens(digs, lang, rng, leet, words)
        n = len(toks)
        keep = set(rng.sample(range(n), max(1, int(n * rng.uniform(.3, .55)))))
        if not [i for i in range(n) if i not in keep]:
            keep.discard(min(keep))
        glued = rng.random() < .5 and not leet
        up = rng.random() < .4 and lang in LATIN_LANGS
        nospace = lang in NOSPACE or lang == "ko"
        wsep = "" if nospace else (rng.choice(["", " "]) if glued else " ")
        out = ""
        prev = None
        for i, (t, dd, k) in enumerate(toks):
            cur = "d" if i in keep else "w"
            piece = dd if cur == "d" else (t.upper() if up else t)
            if prev is None:
                out = piece
            elif prev == "d" and cur == "d":
                out += piece
            elif glued or nospace:
                out += ("" if (prev == "d" or cur == "d") else wsep) + piece
            else:
                out += " " + piece
            prev = cur
        return out, digs
    toks = word_tokens(digs, lang, rng, leet, words)
    return join_tokens(toks, lang, rng, style), digs


def render_digit_sep(num, intl, rng):
    zero = False
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
        if intl:
            parts = [("00" + num.cc) if zero else num.cc] + intl_group_list(num, rng)
        else:
            parts = nat_group_list(num, rng)
        sep = rng.choice(["'", "•", "|", "~", ":", "*", "/", "·", "、"])
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
    esc2 = rng.choice(ESCAPES) if rng.random() < 0.2 else esc
    if intl:
        zero = rng.random() < 0.25
        parts = [("00" if zero else "+") + num.cc] + intl_group_list(num, rng)
        digits = ("00" if zero else "") + num.cc + num.nsn
    else:
        parts = nat_group_list(num, rng)
        digits = num.nat_digits
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        out += (esc2 if i % 2 else esc) + p
    return out, digits


def render_spoken_cc(num, lang, rng):
    words = word_list(lang, rng)
    zero = rng.random() < 0.35
    ccw = [words[int(d)] for d in num.cc]
    if lang in NOSPACE or lang == "ko":
        ccs = "".join(ccw) if rng.random() < .6 else " ".join(ccw)
    else:
        ccs = " ".join(ccw)
    if zero:
        head = rng.choice(DOUBLE_ZERO[lang]) + (" " if not (lang in NOSPACE and rng.random() < .5) else "") + ccs
        digits = "00" + num.cc + num.nsn
    else:
        plus = rng.choice(PLUS_WORD[lang])
        head = plus + ("" if lang in ("zh", "zh-Hant") else " ") + ccs
        digits = num.cc + num.nsn
    if lang in LATIN_LANGS and rng.random() < 0.25:
        head = head.upper()
    r = rng.random()
    if r < 0.6:
        rest = rng.choice([" ", "-", "."]).join(intl_group_list(num, rng))
    elif r < 0.75:
        rest = num.nsn
    else:
        toks = word_tokens(num.nsn, lang, rng, words=words)
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
        zero = rng.random() < 0.25
        parts = [("00" if zero else "+") + num.cc] + intl_group_list(num, rng)
        digits = ("00" if zero else "") + num.cc + num.nsn
    else:
        parts = nat_group_list(num, rng)
        digits = num.nat_digits
    k = rng.randrange(1, len(parts))
    sep_in = rng.choice([" ", "-", " "])
    breaks = list(SPLIT_BREAKS)
    if lang in ("en", "tl"):
        breaks += [" / rest: ", " (cont.) "]
    if lang in ("zh", "zh-Hant"):
        breaks += ["（接下行）\n", " 转\n"]
    br = rng.choice(breaks)
    raw = sep_in.join(parts[:k]) + br + sep_in.join(parts[k:])
    return raw, digits


def digits_read_back(digits, country, intl):
    try:
        if intl:
            n = pn.parse("+" + (digits[2:] if digits.startswith("00") else digits))
        else:
            n = pn.parse(digits, country)
    except pn.NumberParseException:
        return None
    return pn.format_number(n, PNF.E164)

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


def money(country, shared, lang, kind, rng):
    """a price or a salary: local currency in posts placed by a place, shared (US$ / USDT) elsewhere"""
    if shared:
        tpls = SHARED_MONEY + SHARED_MONEY_LANG.get(lang, []) + (SHARED_SALARY_TPL if kind == "salary" else [])
        amounts = SHARED_SALARY if kind == "salary" else SHARED_PRICE
        sep = "," if rng.random() < .6 else None
        units = []
    else:
        tpls, units, pam, sam, sep = MONEY[country]
        amounts = sam if kind == "salary" else pam
        if rng.random() < .3:
            sep = None
    a = rng.choice(amounts)
    if units and rng.random() < 0.3:
        tpl, div = rng.choice(units)
        if a % div == 0 and a // div >= 1:
            return tpl.replace("{m}", str(a // div))
    tpl = rng.choice(tpls)
    if "{b}" in tpl:
        b = a * rng.choice([2, 3]) if a < 1000 else a + rng.choice([1, 2, 3, 5]) * (10 ** (len(str(a)) - 1))
        return tpl.replace("{a}", fmt_amount(a, sep)).replace("{b}", fmt_amount(b, sep))
    return tpl.replace("{a}", fmt_amount(a, sep))


def date_raw(lang, rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    if lang in ("zh", "zh-Hant", "ja"):
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d/%d" % (m, d), "%d-%02d-%02d" % (y, m, d)])
    if lang == "ko":
        return rng.choice(["%d년 %d월 %d일" % (y, m, d), "%d월 %d일" % (m, d), "%d.%02d.%02d" % (y, m, d)])
    if lang == "th":
        return rng.choice(["%d/%d/%d" % (d, m, y + 543), "%02d/%02d" % (d, m)])
    if lang in ("en", "tl", "sw"):
        return rng.choice(["%02d/%02d" % (d, m), "%d/%d/%d" % (d, m, y), "%s %d" % (MONTHS_EN[m - 1], d),
                           "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y)])
    if lang in ("id", "ms"):
        return rng.choice(["%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_ID[m - 1], y)])
    if lang == "vi":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "ngày %d/%d" % (d, m)])
    if lang in ("ru", "kk", "ky", "mn", "uz", "uz-Cyrl"):
        return rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d.%02d" % (d, m)])
    return rng.choice(["%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)])


def decoy_raw(kind, lang, country, shared, cat, rng):
    if kind in ("price", "salary"):
        return money(country, shared, lang, kind, rng)
    if kind == "age":
        single, rng_f = AGE_FMT[lang]
        if cat in JOB_CATS or cat == "ktv" or rng.random() < .2:
            a = rng.choice([18, 18, 20, 22])
            b = rng.choice([28, 30, 35, 40])
            return rng.choice(rng_f).replace("{a}", str(a)).replace("{b}", str(b))
        return rng.choice(single).replace("{n}", str(rng.randint(19, 32)))
    if kind == "height":
        n = rng.randint(155, 175)
        if lang in ("zh", "zh-Hant") and rng.random() < .5:
            return str(n)
        if lang == "vi" and rng.random() < .5:
            return "1m%d" % (n - 100)
        if lang in ("en", "tl") and rng.random() < .3:
            return "5'%d\"" % rng.randint(1, 8)
        return rng.choice(["%dcm" % n, "%d cm" % n, "1.%02d m" % (n - 100)])
    if kind == "measurements":
        if rng.random() < .5:
            return "%d%s-%d-%d" % (rng.choice([32, 34, 36]), rng.choice(["B", "C", "D"]), rng.choice([23, 24, 25]),
                                   rng.choice([34, 35, 36]))
        return "%d-%d-%d" % (rng.choice([84, 86, 88, 90]), rng.choice([58, 60, 62]), rng.choice([86, 88, 90]))
    if kind == "weight":
        return rng.choice(["%dkg" % rng.randint(42, 58), "%d kg" % rng.randint(42, 58)])
    if kind == "hours":
        return rng.choice(HOURS.get(lang, ["24/7", "10:00-22:00", "9:00-18:00"]))
    if kind == "percent":
        return "%d%%" % rng.choice([3, 5, 8, 10, 15, 20, 30, 100])
    if kind == "date":
        return date_raw(lang, rng)
    if kind == "booking_ref":
        L3 = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if rng.random() < .75:
            return rng.choice(AIRLINES) + rng.choice(["", " "]) + str(rng.randint(10, 9899))
        return rng.choice(["BK-%05d" % rng.randint(10000, 99999), "%s%s-%04d" % (rng.choice(L3), rng.choice(L3), rng.randint(1000, 9999))])
    if kind == "room":
        n = rng.choice([rng.randint(101, 1899), rng.randint(2001, 3899), rng.randint(801, 888)])
        return rng.choice(ROOM.get(lang, ROOM["en"])).replace("{n}", str(n))
    if kind == "post_id":
        return str(rng.randint(10 ** 5, 10 ** 9 - 1))
    if kind == "order":
        return rng.choice([str(rng.randint(10 ** 8, 10 ** 12 - 1)),
                           "%d%02d%02d-%04d" % (rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 9999))])
    if kind == "tracking":
        return rng.choice(["SF%012d" % rng.randint(0, 10 ** 12 - 1), "SPX%010d" % rng.randint(0, 10 ** 10 - 1),
                           "LX%09dCN" % rng.randint(0, 10 ** 9 - 1), "JNE%010d" % rng.randint(0, 10 ** 10 - 1)])
    raise AssertionError(kind)


def account_decoy(lang, rng):
    sub, tpl = rng.choice(ACCOUNT_TPL.get(lang, ACCOUNT_DEFAULT))
    if sub == "qq":
        n = rng.choice([5, 6, 7, 8, 9, 9, 10, 10, 10, 11])
        raw = str(rng.randint(10 ** (n - 1), 10 ** n - 1))
    elif sub == "tgid":
        raw = str(rng.randint(10 ** 8, 8 * 10 ** 9))
    else:
        raw = "%04d" % rng.randint(0, 9999)
    return raw, tpl


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
        assert raw and raw == raw.strip(), repr(raw)
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
    """per-country choice of disguise families: spoken_cc at the first international mention,
    local_digits at the first mention in a post whose language has its own digits, leet at the first
    mention in a Latin-script post, letter_o at the first number with a zero; then, while some applicable family is unused in this country,
    mostly an unused one; after that local_digits at a fixed share where it applies, grouped at a
    fixed share, otherwise the least used one (ties at random)."""

    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()

    def take(self, ok):
        fams = [f for f in FAMILIES if ok(f)]
        rare = [f for f in ("spoken_cc", "local_digits", "leet", "letter_o") if f in fams and self.used[f] == 0]
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
        self.fam = {c: Family(random.Random(SPLIT_SEEDS[split] * 100 + i)) for i, c in enumerate(COUNTRIES)}
        self.amb_fam = Family(random.Random(SPLIT_SEEDS[split] * 7 + 1))
        self.site_i = 0
        self.lang_bag = {}

    def pick_lang(self, country):
        """languages of a country in proportion to their weights (a shuffled bag per country)"""
        bag = self.lang_bag.get(country)
        if not bag:
            bag = [l for l, w in LANGS[country] for _ in range(max(1, w // 5))]
            self.rng.shuffle(bag)
            self.lang_bag[country] = bag
        return bag.pop()

    # --- numbers
    def take_number(self, country, fmt=False):
        src = self.fmt[country] if fmt else self.pool[country]
        if not src:
            raise RuntimeError("%s pool exhausted for %s" % ("format" if fmt else "main", country))
        return src.pop(0)

    def next_site(self):
        s = self.sites[self.site_i % len(self.sites)]
        self.site_i += 1
        return s

    # --- planning
    def plan(self):
        rng = self.rng
        plans = []
        cyc = {}
        # countries with ten applicable families (own digits and Latin-script posts) get a few more posts
        extra = [c for c in COUNTRIES if len(country_families(c)) == len(FAMILIES)]

        def next_country(key, choices):
            if not cyc.get(key):
                lst = list(choices)
                rng.shuffle(lst)
                cyc[key] = lst
            return cyc[key].pop()

        fmt_countries = []
        for c in sorted(self.fmt):
            fmt_countries += [c] * len(self.fmt[c])
        for group, k in GROUP_COUNTS[self.split].items():
            for _ in range(k):
                p = {"group": group}
                if group == "ambiguous":
                    p["country"] = None
                elif group == "format":
                    p["country"] = next_country("fmt", fmt_countries)
                else:
                    p["country"] = next_country("all", COUNTRIES + extra)
                plans.append(p)
        rng.shuffle(plans)
        return plans

    # --- rendering a mention
    def render(self, num, intl, lang, field, amb=False):
        rng = self.rng
        fam_q = self.amb_fam if amb else self.fam[num.country]

        def ok(f):
            if f == "spoken_cc":
                return intl
            if f == "local_digits":
                return lang in LOCAL_DIGITS
            if f == "leet":
                return lang in LATIN_LANGS
            if f == "split":
                return field == "body"
            if f == "letter_o":
                return intl or "0" in num.nat_digits
            return True

        fam = fam_q.take(ok)
        for attempt in range(50):
            r = self._render_family(fam, num, intl, lang, rng)
            if r is None:
                continue
            if digits_read_back(r["digits"], num.country, intl) == num.e164 and (intl or r["digits"] == num.nat_digits):
                r["cls"] = fam + (".intl" if intl else ".national")
                return r
        raise AssertionError("cannot render %r as %s" % (num, fam))

    def _render_family(self, fam, num, intl, lang, rng):
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
                return None
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
            after = L[lang]["glue_after"]
            pre = rng.choice(names + words + words) if rng.random() < 0.85 or not after else ""
            post = rng.choice(after) if (not pre or rng.random() < 0.25) and after else ""
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
        return dict(raw=raw, digits=digits, bare=bare, glue=glue)

    # --- writing a mention into a field
    def put_phone(self, fld, lang, m, lead_ok=True, leads=None):
        rng = self.rng
        r = m["r"]
        b = L[lang]
        if r["bare"]:
            fld.text(rng.choice(b["lead_word"]))
        elif leads:
            fld.text(rng.choice(leads))
        elif r["glue"]:
            if lead_ok:
                fld.text(rng.choice(["👉 ", "📞 ", "📲 ", "☎️ "]))
        elif lead_ok:
            fld.text(rng.choice(b["lead"] + b["lead_word"]))
        if r["glue"]:
            pre, post = r["glue"]
            if pre:
                fld.text(pre)
        fld.span(m["kind"], r["raw"], m["info"])
        if r["glue"] and r["glue"][1]:
            fld.text(r["glue"][1])
        fld.text(rng.choice(b["tail"]))

    def build(self, idx, p):
        rng = self.rng
        group, country = p["group"], p["country"]
        cat = wchoice(rng, CATEGORIES)
        amb_num = self.ambig.pop(0) if group == "ambiguous" else None
        lang = self.pick_lang(amb_num.country if amb_num else country)
        b = L[lang]
        cue = {"no_phone": None, "ambiguous": None, "international": "international", "calling_code": "calling_code",
               "format": "format", "text": "text", "url": "url", "region": "region", "location": "location",
               "region_location": "region"}[group]
        if group == "no_phone":
            cue = wchoice(rng, [("text", 40), ("url", 30), (None, 22), ("region", 8)])
        shared = group in ("international", "calling_code", "format", "ambiguous") or cue is None
        # --- destination abroad (recruitment and agency posts); it never decides the country
        dest = None
        if cat in JOB_CATS:
            if amb_num:
                excl = {r for v in readings(amb_num.nat_digits).values() for r in v}
            else:
                excl = {country}
            dest = wchoice(rng, [(d, w) for d, w in DEST_COUNTRIES if d not in excl])
        # --- mentions
        mentions = []

        def add(num, intl, field, rs, kind="phone"):
            mentions.append(dict(num=num, intl=intl, field=field, kind=kind, rs=rs))

        first_field = "title" if rng.random() < 0.25 else "body"
        if group in ("text", "url", "region", "location", "region_location"):
            n1 = self.take_number(country)
            add(n1, False, first_field, cue)
            if rng.random() < 0.17:
                add(n1 if rng.random() < 0.5 else self.take_number(country), False, "body", cue)
        elif group == "format":
            n1 = self.take_number(country, fmt=True)
            add(n1, False, first_field, cue)
            if rng.random() < 0.17:
                add(n1, False, "body", cue)
        elif group == "calling_code":
            n1 = self.take_number(country)
            n2 = self.take_number(country)
            if rng.random() < 0.5:
                add(n1, True, first_field, "international")
                add(n2, False, "body", cue)
            else:
                add(n2, False, first_field, cue)
                add(n1, True, "body", "international")
            if rng.random() < 0.2:
                add(n2, False, "body", cue)
        elif group == "international":
            n1 = self.take_number(country)
            add(n1, True, first_field, "international")
            if rng.random() < 0.25:
                add(n1 if rng.random() < 0.5 else self.take_number(country), True, "body", "international")
        elif group == "ambiguous":
            add(amb_num, False, first_field, None, kind="ambiguous")
        dest_m = None
        if dest in self.pool and group in DEST_NUMBER_GROUPS and rng.random() < DEST_NUMBER_SHARE:
            dest_m = dict(num=self.take_number(dest), intl=True, field="body", kind="phone", rs="international")
            mentions.append(dest_m)
        # render
        for m in mentions:
            num = m["num"]
            m["r"] = self.render(num, m["intl"], lang, m["field"], amb=m["kind"] == "ambiguous")
            if m["kind"] == "phone":
                m["info"] = {"e164": num.e164, "country": num.country, "class": m["r"]["cls"], "region_source": m["rs"],
                             "raw": None, "digits": m["r"]["digits"], "type": num.type}
            else:
                rd = readings(m["r"]["digits"])
                m["info"] = {"raw": None, "digits": m["r"]["digits"], "class": m["r"]["cls"],
                             "country_candidates": sorted({r for v in rd.values() for r in v}),
                             "e164_candidates": sorted(rd)}
        # --- decoys
        kinds_pool = list(DECOY_KINDS[cat])
        nneg = rng.randint(4, 6) if group == "no_phone" else rng.randint(2, 5)
        kinds = []
        while len(kinds) < nneg:
            k = rng.choice(kinds_pool)
            if k in kinds and k not in ("price", "salary", "date", "post_id", "account"):
                continue
            if kinds.count(k) >= 2:
                continue
            kinds.append(k)
        if group == "no_phone" and not any(k in ("order", "post_id", "account", "booking_ref") for k in kinds):
            kinds[-1] = rng.choice(["order", "post_id", "account"])
        money_country = country if country else amb_num.country
        decoys = []
        for k in kinds:
            tpl = None
            if k == "account":
                raw, tpl = account_decoy(lang, rng)
            else:
                raw = decoy_raw(k, lang, money_country, shared, cat, rng)
            if k not in ("booking_ref", "tracking"):
                raw = localize_decoy(raw, lang, rng)
            decoys.append((k, raw, tpl))
        # --- city / record fields / url
        city = rng.choice(city_list(country, lang)) if cue == "text" else None
        dest_name = rng.choice(DEST[lang][dest]) if dest else None
        rec_region = country if group in ("region", "region_location") or (group == "no_phone" and cue == "region") else None
        rec_location = rng.choice(PLACES[country]["loc"]) if group in ("location", "region_location") else None
        site_name = self.next_site()
        url_form = "generic"
        cslug = rng.choice(CAT_SLUG[cat])
        postnum = rng.randint(10 ** 6, 10 ** 8)
        if cue == "url":
            url_form = rng.choice(["cctld", "cctld", "subdomain", "path"])
            if url_form == "cctld":
                site = site_name + "." + rng.choice(CCTLD[country])
                url = "https://%s/%s/%d" % (site, cslug, postnum)
            elif url_form == "subdomain":
                site = site_name + "." + rng.choice(["com", "net", "xyz", "club"])
                url = "https://%s.%s/%s/%d" % (rng.choice(PLACES[country]["slugs"]), site, cslug, postnum)
            else:
                site = site_name + "." + rng.choice(["com", "net", "xyz", "info"])
                url = "https://%s/%s/%s/%d" % (site, rng.choice(PLACES[country]["slugs"]), cslug, postnum)
        else:
            site = site_name + "." + rng.choice(GENERIC_TLD)
            url = "https://%s/%s/%s" % (site, rng.choice(["p", "post", "topic", "view", "t"]), "%x" % postnum)
        # --- assemble title
        title = Field("title")
        body = Field("body")
        tmention = [m for m in mentions if m["field"] == "title"]
        if rng.random() < 0.6:
            title.text(rng.choice(EMOJI) + " ")
        title.text(rng.choice(b["titles"][cat]))
        city_in_title = city is not None and rng.random() < 0.45
        dest_in_title = dest is not None and not city_in_title and rng.random() < 0.4
        if city_in_title or dest_in_title:
            title.text(rng.choice([" - ", " | ", " 📍 ", " • ", "｜" if lang in CJK else " / "]))
            title.text(city if city_in_title else dest_name)
        tdecoys = []
        if decoys and rng.random() < 0.35:
            k = [i for i, d in enumerate(decoys) if d[0] in ("age", "price", "salary", "hours")]
            if k:
                tdecoys.append(decoys.pop(k[0]))
        for kk, raw, _ in tdecoys:
            title.text(rng.choice([" ", " - ", " | ", " • "]))
            title.span("neg", raw, {"kind": kk})
        for m in tmention:
            title.text(rng.choice([" ", " - ", " | ", " ☎️ ", " 📲 "]))
            self.put_phone(title, lang, m, lead_ok=rng.random() < 0.4 or m["r"]["bare"])
        if rng.random() < 0.5:
            title.text(" " + rng.choice(EMOJI) + (rng.choice(EMOJI) if rng.random() < .4 else ""))
        # --- assemble body: list of line builders
        lines = []
        pool_lines = list(b["lines"][cat])
        rng.shuffle(pool_lines)
        lines.append(("t", pool_lines[0]))
        dest_line = None
        if dest and (not dest_in_title or rng.random() < .3):
            dest_line = ("t", rng.choice(b["dest"]).replace("{dest}", dest_name))
            lines.insert(rng.randrange(0, 2), dest_line)
        if city is not None and not city_in_title:
            lines.insert(rng.randrange(0, 2), ("t", rng.choice(b["city"]).replace("{city}", city)))
        stats = [d for d in decoys if d[0] in STATS_KINDS] if cat == "escort" else []
        others = [d for d in decoys if d not in stats]
        if stats:
            lines.append(("stats", stats))
        if len(pool_lines) > 1 and rng.random() < .7:
            lines.append(("t", pool_lines[1]))
        for d in others:
            lines.append(("dec", d))
        bm = [m for m in mentions if m["field"] == "body" and m is not dest_m]
        low = max(1, len(lines) // 2, lines.index(dest_line) + 1 if dest_line else 0)
        contact_pos = rng.randrange(low, len(lines) + 1)
        for j, m in enumerate(bm):
            lines.insert(contact_pos + j, ("phone", m))
        if dest_m:
            lines.insert(contact_pos + len(bm), ("dphone", dest_m))
        if rng.random() < 0.5:
            h = rng.choice(NAMES).lower() + rng.choice(["_", ".", ""]) + rng.choice(HANDLE_SUFFIX)
            lines.append(("t", rng.choice(b["handle"]).replace("{h}", h)))
        if rng.random() < 0.6:
            lines.append(("t", rng.choice(b["rules"])))
        if rng.random() < 0.25:
            lines.append(("t", rng.choice(b["mirror"])))
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
                body.text(rng.choice(["", "✨ ", "• "]))
                for j, (kk, raw, _) in enumerate(ln[1]):
                    if j:
                        body.text(rng.choice([b["join"], " | ", ", ", " / "]))
                    body.span("neg", raw, {"kind": kk})
            elif kind == "dec":
                kk, raw, tpl = ln[1]
                if tpl is None:
                    key = kk
                    if kk == "price":
                        key = "price_job" if cat in JOB_CATS else ("price_sale" if cat == "classifieds" else "price_adult")
                    if kk == "date" and cat in JOB_CATS and rng.random() < 0.5:
                        key = "date_job"
                    tpl = rng.choice(DT[lang].get(key) or DT["en"][key])
                pre, post = tpl.split("{x}")
                if not pre:
                    pre = rng.choice(DECO_EMOJI) + " "
                body.text(pre)
                body.span("neg", raw, {"kind": kk})
                body.text(post)
            elif kind == "phone":
                self.put_phone(body, lang, ln[1])
            elif kind == "dphone":
                self.put_phone(body, lang, ln[1], leads=b["dest_lead"])
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
        year = 2025 if rng.random() < 0.75 else 2026
        month = rng.randint(1, 12) if year == 2025 else rng.randint(1, 3)
        rec = {"id": ID_PREFIX[self.split] + "%04d" % idx, "title": title.value(), "body": body.value(), "url": url,
               "site": site, "posted_at": "%d-%02d-%02dT%02d:%02d:%02dZ" % (year, month, rng.randint(1, 28), rng.randint(0, 23),
                                                                           rng.randint(0, 59), rng.randint(0, 59))}
        if rec_region:
            rec["region"] = rec_region
        if rec_location:
            rec["location"] = rec_location
        rec["labels"] = {"group": group, "cue": cue, "url_form": url_form, "category": cat, "country": country,
                         "language": lang, "destination": dest, "phones": phones, "ambiguous": ambiguous,
                         "negatives": negatives, "decoys": sorted({n["kind"] for n in negatives})}
        return rec

    def write(self):
        plans = self.plan()
        return [self.build(i + 1, p) for i, p in enumerate(plans)]


def site_names():
    combos = [a + b for a in SITE_A for b in SITE_B]
    rng = random.Random(17)
    rng.shuffle(combos)
    out = {"dev": [], "heldout": []}
    for i, c in enumerate(combos):
        out["dev" if i % 3 == 0 else "heldout"].append(c)
    return out


def check_banks():
    """no digit and no place name of the set in any phrase or destination string"""
    names = [n for c in COUNTRIES for n in place_names(c)]
    strings = []

    def walk(x):
        if isinstance(x, str):
            strings.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(L)
    walk(DEST)
    walk(DT)
    walk(ACCOUNT_TPL)
    walk(NAMES)
    for s in strings:
        assert not has_digit(s), s
        low = s.lower()
        for n in names:
            if n.isascii():
                import re
                assert not re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low), (s, n)
            else:
                assert n.lower() not in low, (s, n)
    for lang in L:
        assert set(L[lang]["titles"]) == set(CATS) and set(L[lang]["lines"]) == set(CATS), lang
        assert lang in DEST and lang in WORDS and lang in PLUS_WORD and lang in DOUBLE_ZERO and lang in AGE_FMT, lang


def generate():
    check_banks()
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
                                                   "lang", "cat", "dest", "decoy", "amb", "misc", "fmt_country")}
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
            if lab["destination"]:
                C["dest"][s][lab["destination"]] += 1
            for k in lab["decoys"]:
                C["decoy"][s][k] += 1
            m = C["misc"][s]
            m["posts"] += 1
            m["phone mentions"] += len(lab["phones"])
            m["ambiguous mentions"] += len(lab["ambiguous"])
            m["hard negatives"] += len(lab["negatives"])
            m["posts with region/location"] += 1 if ("region" in r or "location" in r) else 0
            m["posts without any phone (decoys only)"] += 1 if not lab["phones"] and not lab["ambiguous"] else 0
            m["posts with two or more numbers"] += 1 if len(lab["phones"]) + len(lab["ambiguous"]) >= 2 else 0
            m["posts in English"] += 1 if lab["language"] == "en" else 0
            m["posts naming a destination abroad"] += 1 if lab["destination"] else 0
            m["destination numbers (own calling code)"] += sum(1 for p in lab["phones"] if p["country"] != lab["country"])
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
    table("Posts per destination named (`labels.destination`)", C["dest"])
    table("Posts per decoy kind (`labels.decoys`)", C["decoy"])
    cov = defaultdict(lambda: defaultdict(set))
    for s, recs in data.items():
        for r in recs:
            for p in r["labels"]["phones"]:
                cov[s][p["country"]].add(p["class"].split(".")[0])
    out.append("\nDisguise families missing per country (heldout / dev):\n")
    for c in COUNTRIES:
        want = country_families(c)
        mh = sorted(want - cov["heldout"][c])
        md = sorted(want - cov["dev"][c])
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
