#!/usr/bin/env python3
"""Write eval/phones4/heldout.jsonl (700 labelled posts) from number_pool.json.

Python 3.11 standard library only; deterministic (fixed seed). Usage:
    python3 eval/phones4/write.py [OUT]        # default: eval/phones4/heldout.jsonl
"""
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240404
POOL = json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))

FOCUS = ["AU", "IN", "GB", "JP", "SG", "EC", "US"]
OTHER = ["CA", "PH", "NG", "KE", "ZA", "AE", "MX", "BR", "CO", "ES", "FR", "DE", "IT", "NL", "TH", "MY", "HK",
         "NZ", "IE", "TR"]

# ---------------------------------------------------------------------------------------------
# places, sites, currencies
C = {
    "AU": dict(lang="en", cities=["Sydney", "Melbourne", "Brisbane", "Adelaide", "Gold Coast", "Canberra", "Hobart", "Darwin", "Wollongong", "Geelong"],
               subs=["Parramatta", "Bondi Junction", "Chatswood", "Fortitude Valley", "Surfers Paradise", "Glenelg", "Cabramatta", "Hurstville"],
               slugs=["sydney", "melbourne", "brisbane", "adelaide", "goldcoast", "canberra"], tld=["com.au"], cur=["AUD ", "A$"],
               post=["NSW 2150", "VIC 3182", "QLD 4006"], street=["Shop 4/112 Church St", "Level 2, 45 Argyle St", "Unit 7, 30 Smith St"]),
    "IN": dict(lang="en", cities=["Mumbai", "Delhi", "Bangalore", "Hyderabad", "Chennai", "Pune", "Kolkata", "Goa", "Gurgaon", "Noida", "Jaipur"],
               subs=["Andheri West", "Bandra", "Juhu", "Connaught Place", "Koramangala", "Whitefield", "Banjara Hills", "Powai", "Vashi", "Saket"],
               slugs=["mumbai", "delhi", "bangalore", "hyderabad", "chennai", "pune"], tld=["in", "co.in"], cur=["₹", "Rs.", "INR "],
               post=["400053", "110017", "560034"], street=["Flat 302, Sai Darshan CHS", "Plot 14, Sector 29", "2nd floor, 7 MG Road"]),
    "GB": dict(lang="en", cities=["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Liverpool", "Bristol", "Nottingham", "Sheffield", "Cardiff"],
               subs=["Shoreditch", "Canary Wharf", "Deansgate", "Digbeth", "Headingley", "Marylebone"],
               slugs=["london", "manchester", "birmingham", "leeds", "glasgow"], tld=["co.uk"], cur=["£", "GBP "],
               post=["W2 1HB", "M1 4BT", "B5 6DY"], street=["Flat 3, 19 Praed St", "Unit 12 Canal Wharf", "27b Oxford Rd"]),
    "JP": dict(lang="ja", cities=["Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo", "Kyoto", "Kobe", "東京", "大阪"],
               subs=["Shinjuku", "Shibuya", "Roppongi", "Ikebukuro", "Ueno", "Namba", "Umeda", "Susukino", "Kabukicho", "新宿", "渋谷"],
               slugs=["tokyo", "osaka", "nagoya", "fukuoka", "yokohama"], tld=["jp", "co.jp"], cur=["¥", "JPY "],
               post=["〒160-0021", "〒542-0076", "〒150-0043"], street=["3-14-7 Kabukicho", "2-8-1 Namba", "1-12-5 Dogenzaka"]),
    "SG": dict(lang="en", cities=["Singapore"],
               subs=["Orchard Road", "Geylang", "Jurong East", "Tampines", "Bugis", "Toa Payoh", "Ang Mo Kio", "Clarke Quay", "Novena"],
               slugs=["singapore"], tld=["sg", "com.sg"], cur=["S$", "SGD "],
               post=["S(389447)", "Singapore 238859", "S 560123"], street=["Blk 123 Lorong 18", "#03-21 Peninsula Plaza", "Blk 456 Jurong West St 42"]),
    "EC": dict(lang="es", cities=["Guayaquil", "Quito", "Machala", "Ambato", "Portoviejo", "Esmeraldas", "Riobamba"],
               subs=["Samborondón", "Urdesa", "La Carolina", "Cumbayá", "La Mariscal", "Kennedy Norte", "Alborada"],
               slugs=["guayaquil", "quito", "portoviejo"], tld=["ec", "com.ec"], cur=[],
               post=["EC090112", "170135"], street=["Av. 9 de Octubre y Boyacá", "Cdla. Kennedy Norte Mz 104", "Av. Amazonas N34"]),
    "US": dict(lang="en", cities=["Houston", "Dallas", "Atlanta", "Miami", "Las Vegas", "Phoenix", "Chicago", "Los Angeles", "Brooklyn", "Denver", "Orlando", "Nashville", "San Antonio", "Fort Lauderdale"],
               subs=["Buckhead", "Brickell", "Koreatown LA", "Uptown Dallas", "Midtown Houston", "North Hollywood", "Wicker Park", "Downtown Phoenix", "the Vegas Strip"],
               slugs=["houston", "dallas", "atlanta", "miami", "lasvegas", "phoenix", "chicago", "losangeles", "denver", "orlando"], tld=[], cur=[],
               post=["TX 77002", "GA 30305", "FL 33131"], street=["1800 Westheimer Rd", "3400 Peachtree Rd NE", "Suite 210, 901 Brickell Ave"]),
    "CA": dict(lang="en", cities=["Toronto", "Vancouver", "Montreal", "Calgary", "Edmonton", "Ottawa", "Winnipeg", "Mississauga"],
               subs=["North York", "Burnaby", "Yorkville", "Etobicoke"], slugs=["toronto", "vancouver", "montreal", "calgary", "ottawa"],
               tld=["ca"], cur=["CAD ", "C$"], post=["M5V 2T6", "V6B 1A1"], street=["Unit 1204, 88 Harbour St", "2210 Yonge St"]),
    "PH": dict(lang="en", cities=["Manila", "Makati", "Cebu City", "Quezon City", "Davao", "Pasay", "Taguig", "Angeles City"],
               subs=["BGC", "Malate", "Ortigas", "Mandaue"], slugs=["manila", "cebu", "makati", "davao"], tld=["ph", "com.ph"], cur=["₱", "PHP "],
               post=["1630", "6000"], street=["Unit 5B, 88 Jupiter St", "Tower 2, Salcedo Village"]),
    "NG": dict(lang="en", cities=["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Kano", "Benin City", "Enugu"],
               subs=["Lekki Phase 1", "Victoria Island", "Ikeja GRA", "Surulere", "Wuse 2", "Maitama"], slugs=["lagos", "abuja", "portharcourt"],
               tld=["ng", "com.ng"], cur=["₦", "NGN "], post=["101233", "900288"], street=["Plot 7, Admiralty Way", "14 Aminu Kano Crescent"]),
    "KE": dict(lang="en", cities=["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Malindi"],
               subs=["Westlands", "Kilimani", "Kileleshwa", "Nyali", "Roysambu"], slugs=["nairobi", "mombasa"], tld=["co.ke"], cur=["KSh ", "Ksh", "KES "],
               post=["00100", "80100"], street=["Apt 4C, Ngong Rd", "Moi Avenue, 2nd floor"]),
    "ZA": dict(lang="en", cities=["Johannesburg", "Cape Town", "Durban", "Pretoria", "Sandton", "Gqeberha", "Bloemfontein"],
               subs=["Rosebank", "Sea Point", "Umhlanga", "Fourways", "Randburg"], slugs=["johannesburg", "capetown", "durban", "pretoria"],
               tld=["co.za"], cur=["R", "ZAR "], post=["2196", "8005"], street=["12 Rivonia Rd", "Unit 9, Main Rd"]),
    "AE": dict(lang="en", cities=["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain"],
               subs=["JBR", "Dubai Marina", "Deira", "Bur Dubai", "Al Barsha", "JLT", "Business Bay"], slugs=["dubai", "abudhabi", "sharjah"],
               tld=["ae"], cur=["AED ", "Dhs "], post=["PO Box 41822"], street=["Marina Pinnacle, apt 2304", "Al Rigga Rd, bldg 12"]),
    "MX": dict(lang="es", cities=["Ciudad de México", "CDMX", "Monterrey", "Cancún", "Tijuana", "Puebla", "Querétaro", "Playa del Carmen"],
               subs=["Polanco", "Condesa", "Roma Norte", "Zapopan", "San Pedro Garza García"], slugs=["cdmx", "monterrey", "cancun", "tijuana"],
               tld=["com.mx", "mx"], cur=["MXN ", "MX$"], post=["C.P. 06700", "C.P. 44100"], street=["Calle Génova 33", "Av. Insurgentes Sur 1602"]),
    "BR": dict(lang="pt", cities=["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Brasília", "Salvador", "Recife", "Fortaleza", "Florianópolis"],
               subs=["Copacabana", "Moema", "Pinheiros", "Barra da Tijuca", "Savassi", "Boa Viagem"], slugs=["saopaulo", "rio", "curitiba", "recife"],
               tld=["com.br"], cur=["R$", "R$ "], post=["CEP 04077-000", "CEP 22070-011"], street=["Rua Augusta, 1420", "Av. Atlântica 3200"]),
    "CO": dict(lang="es", cities=["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira"],
               subs=["Chapinero", "El Poblado", "Laureles", "Usaquén", "Envigado", "Bocagrande"], slugs=["bogota", "medellin", "cali", "barranquilla"],
               tld=["com.co"], cur=["COP "], post=["110231"], street=["Cra 7 # 45-12", "Calle 10 # 38-55"]),
    "ES": dict(lang="es", cities=["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Marbella", "Alicante", "Zaragoza"],
               subs=["Chamberí", "Eixample", "Gràcia", "Triana", "Malasaña", "Lavapiés"], slugs=["madrid", "barcelona", "valencia", "sevilla", "malaga"],
               tld=["es"], cur=[], post=["28004", "08010"], street=["C/ Fuencarral 112, 3ºB", "Carrer d'Aribau 58"]),
    "FR": dict(lang="fr", cities=["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Montpellier"],
               subs=["Pigalle", "Montparnasse", "La Défense", "Le Marais", "Vieux-Port", "Bastille"], slugs=["paris", "lyon", "marseille", "toulouse", "bordeaux"],
               tld=["fr"], cur=[], post=["75018", "69002"], street=["12 rue Custine", "45 bd de Clichy"]),
    "DE": dict(lang="de", cities=["Berlin", "Hamburg", "München", "Frankfurt", "Köln", "Düsseldorf", "Stuttgart", "Dortmund", "Leipzig", "Hannover"],
               subs=["Kreuzberg", "St. Pauli", "Schwabing", "Sachsenhausen", "Friedrichshain", "Ehrenfeld"], slugs=["berlin", "hamburg", "muenchen", "frankfurt", "koeln"],
               tld=["de"], cur=[], post=["10997", "20359"], street=["Oranienstr. 45", "Reeperbahn 112"]),
    "IT": dict(lang="it", cities=["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze", "Verona", "Genova", "Padova", "Bari"],
               subs=["Navigli", "Trastevere", "Porta Venezia", "Vomero", "San Salvario"], slugs=["milano", "roma", "napoli", "torino", "bologna"],
               tld=["it"], cur=[], post=["20124", "00153"], street=["Via Padova 88", "Viale Monza 140"]),
    "NL": dict(lang="en", cities=["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Breda"],
               subs=["De Pijp", "Jordaan", "Scheveningen", "Kralingen"], slugs=["amsterdam", "rotterdam", "denhaag", "utrecht"],
               tld=["nl"], cur=[], post=["1072 AB", "3011 EA"], street=["Ferdinand Bolstraat 100", "Oudezijds Achterburgwal 12"]),
    "TH": dict(lang="en", cities=["Bangkok", "Pattaya", "Phuket", "Chiang Mai", "Hua Hin", "Koh Samui"],
               subs=["Sukhumvit", "Nana Plaza", "Silom", "Patong", "Asok", "Thonglor", "Jomtien"], slugs=["bangkok", "pattaya", "phuket", "chiangmai"],
               tld=["co.th"], cur=["฿", "THB "], post=["10110"], street=["Sukhumvit Soi 11", "Soi Buakhao 23/5"]),
    "MY": dict(lang="en", cities=["Kuala Lumpur", "Johor Bahru", "Penang", "Petaling Jaya", "Shah Alam", "Ipoh", "Kota Kinabalu", "Melaka"],
               subs=["Bukit Bintang", "Cheras", "Puchong", "Subang Jaya", "Mont Kiara", "Bangsar"], slugs=["kualalumpur", "penang", "johorbahru"],
               tld=["com.my", "my"], cur=["RM", "RM "], post=["55100"], street=["Jalan Alor 27", "Lot 3-12, Jalan Imbi"]),
    "HK": dict(lang="en", cities=["Hong Kong", "Kowloon", "香港"],
               subs=["Mong Kok", "Tsim Sha Tsui", "Causeway Bay", "Wan Chai", "Yau Ma Tei", "Sham Shui Po"], slugs=["hongkong", "kowloon"],
               tld=["hk", "com.hk"], cur=["HK$", "HKD "], post=[], street=["Flat C, 12/F, 88 Portland St", "Rm 1203, Chungking Mansions"]),
    "NZ": dict(lang="en", cities=["Auckland", "Wellington", "Christchurch", "Tauranga", "Dunedin", "Rotorua"],
               subs=["Ponsonby", "Takapuna", "Manukau", "Te Aro", "Riccarton"], slugs=["auckland", "wellington", "christchurch"],
               tld=["co.nz"], cur=["NZ$", "NZD "], post=["1011", "6011"], street=["12 Karangahape Rd", "Unit 3, 40 Cuba St"]),
    "IE": dict(lang="en", cities=["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Athlone", "Kilkenny"],
               subs=["Rathmines", "Ballsbridge", "Tallaght", "Blanchardstown"], slugs=["dublin", "cork", "galway", "limerick"],
               tld=["ie"], cur=[], post=["D02 X285", "T12 K8AF"], street=["Apt 6, 22 Capel St", "14 Parnell Sq"]),
    "TR": dict(lang="en", cities=["İstanbul", "Istanbul", "Ankara", "İzmir", "Antalya", "Bursa", "Bodrum", "Alanya"],
               subs=["Kadıköy", "Beşiktaş", "Şişli", "Taksim", "Beyoğlu", "Ataşehir"], slugs=["istanbul", "ankara", "izmir", "antalya"],
               tld=["com.tr"], cur=["₺", "TL "], post=["34365"], street=["Halaskargazi Cd. No:112", "İstiklal Cd. 45/3"]),
}

SITES = ["rosepages.net", "midnightlist.com", "velvetboard.com", "nightboard.net", "spicyadz.com", "listnest.com",
         "candyclassifieds.com", "hotlistings.net", "babeboard.com", "lovelyads.org", "adswap.net", "meetlocalz.com",
         "oneclickads.com", "postfree.net", "sugarlisting.com", "massagefinder.net", "quickjobsboard.com", "classyads.org"]
SITES_CC = ["citygirls", "escortpages", "massagelist", "adlist", "localads", "nightads", "clasificados", "anuncios"]

# ---------------------------------------------------------------------------------------------
# number formatting


def grp(s, groups, sep):
    out, i = [], 0
    for g in groups[:-1]:
        if i >= len(s):
            break
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


NAT = {  # (groups over home string, separator)
    "AU": [([4, 3, 3], " "), ([10], ""), ([2, 4, 4], " "), ([4, 3, 3], "-")],
    "IN": [([5, 5], " "), ([10], ""), ([5, 5], "-"), ([3, 3, 4], " ")],
    "GB": [([5, 6], " "), ([11], ""), ([5, 3, 3], " ")],
    "JP": [([3, 4, 4], "-"), ([11], ""), ([3, 4, 4], " ")],
    "SG": [([4, 4], " "), ([8], ""), ([4, 4], "-")],
    "EC": [([3, 3, 4], " "), ([10], ""), ([3, 3, 4], "-"), ([2, 4, 4], " ")],
    "US": [([3, 3, 4], "-"), ([3, 3, 4], "."), ([10], ""), ([3, 3, 4], " ")],
    "CA": [([3, 3, 4], "-"), ([3, 3, 4], "."), ([10], ""), ([3, 3, 4], " ")],
    "PH": [([4, 3, 4], " "), ([11], ""), ([4, 3, 4], "-")],
    "NG": [([4, 3, 4], " "), ([11], ""), ([4, 7], " ")],
    "KE": [([4, 3, 3], " "), ([10], ""), ([4, 6], " ")],
    "ZA": [([3, 3, 4], " "), ([10], ""), ([3, 3, 4], "-")],
    "AE": [([3, 3, 4], " "), ([10], ""), ([3, 7], "-")],
    "MX": [([3, 3, 4], " "), ([10], ""), ([3, 3, 4], "-")],
    "BR": [([2, 5, 4], " "), ([11], "")],
    "CO": [([3, 3, 4], " "), ([10], ""), ([3, 7], " ")],
    "ES": [([3, 3, 3], " "), ([3, 2, 2, 2], " "), ([9], "")],
    "FR": [([2, 2, 2, 2, 2], " "), ([10], ""), ([2, 2, 2, 2, 2], ".")],
    "DE": [([4, 99], " "), ([5, 99], " "), ([4, 99], "/"), ([99], "")],
    "IT": [([3, 3, 4], " "), ([3, 99], " "), ([10], "")],
    "NL": [([2, 8], "-"), ([2, 4, 4], " "), ([10], "")],
    "TH": [([3, 3, 4], "-"), ([3, 3, 4], " "), ([10], "")],
    "MY": [([3, 3, 99], "-"), ([99], ""), ([3, 99], " ")],
    "HK": [([4, 4], " "), ([8], "")],
    "NZ": [([3, 3, 99], " "), ([99], "")],
    "IE": [([3, 3, 4], " "), ([10], ""), ([3, 7], " ")],
    "TR": [([4, 3, 2, 2], " "), ([11], ""), ([4, 3, 4], " ")],
}
INTL = {
    "AU": [3, 3, 3], "IN": [5, 5], "GB": [4, 6], "JP": [2, 4, 4], "SG": [4, 4], "EC": [2, 3, 4], "US": [3, 3, 4], "CA": [3, 3, 4],
    "PH": [3, 3, 4], "NG": [3, 3, 4], "KE": [3, 6], "ZA": [2, 3, 4], "AE": [2, 3, 4], "MX": [2, 4, 4], "BR": [2, 5, 4],
    "CO": [3, 7], "ES": [3, 2, 2, 2], "FR": [1, 2, 2, 2, 2], "DE": [3, 99], "IT": [3, 3, 99], "NL": [1, 8], "TH": [2, 3, 4],
    "MY": [2, 3, 99], "HK": [4, 4], "NZ": [2, 3, 99], "IE": [2, 3, 4], "TR": [3, 3, 2, 2],
}


def national(rng, n, style=None):
    cc = n["cc"]
    home = n["home"][0] if cc != "IN" else rng.choice(n["home"])
    if cc in ("US", "CA") and rng.random() < 0.3:
        s = n["nsn"]
        return "(%s) %s-%s" % (s[:3], s[3:6], s[6:])
    if cc == "BR" and rng.random() < 0.5:
        s = n["nsn"]
        return "(%s) %s-%s" % (s[:2], s[2:7], s[7:])
    if cc == "IN" and home.startswith("0"):
        return rng.choice([grp(home, [6, 5], " "), home])
    g, sep = NAT[cc][style if style is not None else rng.randrange(len(NAT[cc]))]
    return grp(home, g, sep)


def intl(rng, n, plus="+"):
    cc = n["cc"]
    code = str(n["code"])
    body = grp(n["nsn"], INTL[cc], rng.choice([" ", " ", "-"]) if cc not in ("FR", "ES") else " ")
    r = rng.random()
    if cc == "GB" and r < 0.15:
        return "%s44 (0)%s" % (plus, grp(n["nsn"], [4, 6], " "))
    if r < 0.12:
        return "%s%s%s" % (plus, code, n["nsn"])
    if r < 0.22:
        return "(%s%s) %s" % (plus, code, body)
    if r < 0.30:
        return "%s%s-%s" % (plus, code, body)
    return "%s%s %s" % (plus, code, body)


# ---------------------------------------------------------------------------------------------
# disguises of a US/CA 10-digit number

WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"]}
EMO = ["💋", "🌹", "🍒", "🔥", "💦", "✨", "❤️", "👅", "🍑", "⭐", "💕", "😘"]
KEYCAP = "\ufe0f\u20e3"


SPELL_WORDS = {"zero": "0", "oh": "0", "one": "1", "won": "1", "two": "2", "too": "2", "to": "2", "three": "3", "four": "4",
               "fore": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9",
               "o": "0", "l": "1", "i": "1"}
SPELL_ORDER = ["zero", "oh", "one", "won", "two", "too", "to", "three", "four", "fore", "for", "five", "six", "seven", "eight",
               "ate", "nine", "o", "l", "i"]


def spell(raw):
    """Digits a disguised number spells, read left to right (longest listed word first); used to reject
    disguises that read two ways (e.g. "to" + "O" glued as "toO")."""
    s = raw.lower()
    out, i = [], 0
    while i < len(s):
        d = unicodedata.digit(s[i], None)
        if d is not None:
            out.append(str(d))
            i += 1
            continue
        for w in SPELL_ORDER:
            if s.startswith(w, i):
                out.append(SPELL_WORDS[w])
                i += len(w)
                break
        else:
            i += 1
    return "".join(out)


def case(rng, w):
    return rng.choice([w, w, w.upper(), w.capitalize()])


def us_groups(d):
    return [d[:3], d[3:6], d[6:]]


def dz_separators(rng, d):
    sep = rng.choice([".", "-", " ", "*", "_", " . ", "~", "/", "•", " - "])
    return sep.join(d)


def dz_pairs(rng, d):
    sep = rng.choice([" ", ".", "-", " - ", ".."])
    if rng.random() < 0.5:
        parts = [d[i:i + 2] for i in range(0, 10, 2)]
    else:
        parts = [d[0], d[1:3], d[3:5], d[5:7], d[7:9], d[9]]
    return sep.join(parts)


def dz_words_mixed(rng, d):
    while True:
        toks = []
        for ch in d:
            toks.append(case(rng, WORD[int(ch)]) if rng.random() < 0.4 else ch)
        if any(not t.isdigit() for t in toks) and any(t.isdigit() for t in toks):
            break
    glue = rng.choice(["", " ", "space"])
    if glue == "space":
        g = us_groups("".join("x" for _ in d))
        out, i = [], 0
        for part in (3, 3, 4):
            out.append("".join(toks[i:i + part]) if rng.random() < 0.5 else " ".join(toks[i:i + part]))
            i += part
        return rng.choice([" ", "-", " - "]).join(out)
    return glue.join(toks)


def dz_homophones(rng, d):
    while True:
        toks, used = _homophone_tokens(rng, d)
        if used:
            break
    if rng.random() < 0.5:
        return " ".join(toks)
    out, i = [], 0
    for part in (3, 3, 4):
        out.append("".join(toks[i:i + part]))
        i += part
    return rng.choice([" ", "-", " "]).join(out)


def _homophone_tokens(rng, d):
    toks = []
    used = False
    for ch in d:
        if ch in HOMO and rng.random() < 0.75:
            toks.append(case(rng, rng.choice(HOMO[ch])))
            used = True
        elif rng.random() < 0.2:
            toks.append(case(rng, WORD[int(ch)]))
        else:
            toks.append(ch)
    return toks, used


def dz_letters(rng, d):
    m = {"0": ["O", "o"], "1": ["l", "I"]}
    while True:
        s = "".join(rng.choice(m[ch]) if ch in m and rng.random() < 0.8 else ch for ch in d)
        if s != d:
            break
    g = us_groups(s)
    f = rng.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"])
    return f % tuple(g)


def dz_glued_words(rng, d):
    words = [WORD[int(c)] for c in d]
    if rng.random() < 0.3:
        words = ["oh" if w == "zero" else w for w in words]
    style = rng.random()
    if style < 0.4:
        return "".join(words)
    if style < 0.7:
        return "".join(w.capitalize() for w in words)
    g = [words[:3], words[3:6], words[6:]]
    return rng.choice([" ", "-", " "]).join("".join(x) for x in g).upper() if rng.random() < 0.5 else " ".join("".join(x) for x in g)


def dz_emoji(rng, d):
    e = rng.choice(EMO)
    if rng.random() < 0.6:
        sep = rng.choice([e, " %s " % e, e + e])
        return sep.join(us_groups(d))
    return e.join(d) if rng.random() < 0.5 else "".join(ch + rng.choice(EMO) for ch in d[:-1]) + d[-1]


def dz_keycap(rng, d):
    cap = KEYCAP if rng.random() < 0.8 else "\u20e3"
    ks = [ch + cap for ch in d]
    r = rng.random()
    if r < 0.4:
        return "".join(ks)
    if r < 0.7:
        return " ".join(["".join(ks[:3]), "".join(ks[3:6]), "".join(ks[6:])])
    # keycaps mixed with plain digits
    return "".join(k if i % 2 == 0 else d[i] for i, k in enumerate(ks))


def dz_linebreaks(rng, d):
    r = rng.random()
    if r < 0.4:
        return "\n".join(" ".join(g) for g in us_groups(d))
    if r < 0.7:
        return "\n".join(d)
    return "\n".join(us_groups(d))


FULL = {str(i): chr(0xFF10 + i) for i in range(10)}
BOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
SANS = {str(i): chr(0x1D7EC + i) for i in range(10)}


def dz_unicode(rng, d):
    m = rng.choice([FULL, BOLD, SANS])
    g = ["".join(m[c] for c in x) for x in us_groups(d)]
    return rng.choice(["-", " ", "."]).join(g)


def dz_name_glued(rng, d, name):
    plain = rng.choice(["%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % tuple(us_groups(d))
    return plain  # the name is glued by the caller


def dz_mixed(rng, d):
    # several styles in one number: letters + words + emoji separators
    out = []
    for i, ch in enumerate(d):
        r = rng.random()
        if ch == "0" and r < 0.5:
            out.append("O")
        elif ch == "1" and r < 0.5:
            out.append("l")
        elif ch in HOMO and r < 0.7:
            out.append(rng.choice(HOMO[ch]))
        elif r < 0.35:
            out.append(WORD[int(ch)])
        else:
            out.append(ch)
    e = rng.choice(EMO)
    return "%s %s %s %s %s" % ("".join(out[:3]), e, "".join(out[3:6]), e, "".join(out[6:]))


DISGUISES = [("disguise.separators", dz_separators), ("disguise.pairs", dz_pairs), ("disguise.words_mixed", dz_words_mixed),
             ("disguise.homophones", dz_homophones), ("disguise.letters", dz_letters), ("disguise.glued_words", dz_glued_words),
             ("disguise.emoji", dz_emoji), ("disguise.keycap", dz_keycap), ("disguise.linebreaks", dz_linebreaks),
             ("disguise.unicode_digits", dz_unicode), ("disguise.name_glued", None), ("disguise.mixed", dz_mixed)]

# ---------------------------------------------------------------------------------------------
# text pieces

NAMES = ["Bella", "Jasmine", "Mia", "Lola", "Candy", "Kiki", "Priya", "Anjali", "Yuki", "Aiko", "Mei", "Sofia", "Valentina",
         "Camila", "Isabela", "Chloe", "Amara", "Zara", "Nadia", "Leila", "Ruby", "Jade", "Tina", "Rose", "Grace", "Ama",
         "Wanjiru", "Thandi", "Fatima", "Elif", "Ploy", "Siti", "Lucía", "Mariana", "Giulia", "Emma", "Lotte", "Manon",
         "Sinead", "Aroha", "Destiny", "Brandy", "Honey", "Skye", "Nikki", "Roxy", "Luna", "Daisy"]

NEUTRAL_NAMES = ["Bella", "Mia", "Lola", "Candy", "Kiki", "Chloe", "Ruby", "Jade", "Rose", "Grace", "Luna", "Daisy", "Nikki",
                 "Roxy", "Skye", "Honey", "Destiny", "Brandy"]

EMOJI_BAG = ["💋", "🔥", "🌹", "💦", "😘", "✨", "💯", "❤️", "🥰", "👑", "🍑", "😈", "🌸", "💎", "📲", "☎️", "📞", "💕"]

T = {}  # per language: titles (neutral / with place), openers, details, contact lines, closers, place lines
T["en"] = dict(
    title=["NEW GIRL just arrived {e}", "{name} - sweet & playful {e}", "Relaxing full body massage {e}", "Busty {name} 💦 ready now",
           "100% real pics, no rush", "Asian massage - new therapists", "{name} VIP companion", "TS {name} in & out",
           "Hiring: female staff wanted", "Part-time hostess job, good pay", "Room for rent - female only", "Selling iPhone 13 128GB",
           "** {name} ** last days in town!!", "Young mature lady, discreet {e}", "SPECIAL TODAY!!! {e}{e}", "Genuine girlfriend experience",
           "Nuru / B2B / 4 hands", "Petite {name} available 24/7", "come see me daddy {e}", "Outcall only - {name}"],
    title_place=["{place} - NEW GIRL {e}", "{name} in {place} {e}", "Massage {place} - open late", "{place} incall, {name} {e}",
                 "Hot {name} visiting {place}!!", "{place} 💋 {name} 💋 new pics", "Hostess job {place} - earn fast", "Room to let in {place}",
                 "{place}'s sweetest secret {e}", "VIP escort {place}", "{place}: Thai massage just opened", "Genuine GFE - {place}"],
    open=["Hi gentlemen, I'm {name} {e}", "Hey babe! {name} here, new in town {e}", "Welcome to our relaxing massage house.",
          "Sweet, clean, discreet and always smiling {e}", "HELLO BOYS!!! {e}{e}", "I am {name}, a friendly girl who loves to have fun.",
          "Professional massage by young therapists.", "We are hiring girls for easy work, no experience needed.",
          "Clean quiet room, bills included, close to shops.", "New faces every week!!", "Hiii it's ur girl {name} {e}",
          "Fresh and new, first time here {e}", "Looking for a generous gentleman."],
    place=["Incall in {place} {e}", "Based in {place}, outcalls too", "📍{place}", "Located near {place} station", "Now visiting {place} for a few days only",
           "Private apartment in {place}", "{place} area, easy parking", "Servicing all of {place}"],
    detail=["No rush, no drama 🙅‍♀️", "Shower available, towels provided", "Bbbj, cim, gfe, massage", "NO blocked calls, NO texts asking for pics",
            "Real pics guaranteed or don't pay", "Couples welcome", "Deep tissue, Swedish, hot stone", "Ask about my specials {e}",
            "Visa assistance and accommodation provided", "Must be 18+. Serious inquiries only.", "Quiet building, discreet entry",
            "Polite gentlemen only!!", "I do not do bareback, don't ask", "Free parking at the back"],
    contact=["Call or text {ph}", "TXT ONLY {ph}", "WhatsApp {ph}", "📱 {ph}", "call me: {ph}", "Book now ☎️ {ph}", "text {ph} for appt",
             "Whatsapp/Viber: {ph}", "Contact {ph} (sms preferred)", "Ph. {ph}", "{ph} call me babe", "Tel {ph}", "☎ {ph} ☎",
             "Mob: {ph}", "Reach me on {ph} {e}"],
    contact2=["or {ph}", "2nd line {ph}", "if no answer try {ph}", "backup: {ph}", "Whatsapp only: {ph}", "same # on WA: {ph}"],
    close=["Kisses {e}", "See you soon xoxo", "Don't miss out!", "No police, no time wasters", "Serious only.", "Thank you 🙏", "",
           "xx", "{e}{e}{e}", "Available now!"],
)
T["es"] = dict(
    title=["Chica nueva recién llegada {e}", "{name} - cariñosa y complaciente {e}", "Masajes relajantes a domicilio", "Se busca personal femenino",
           "Trabajo para señoritas, buena paga", "Alquilo habitación para chica sola", "Vendo celular Samsung A54 {e}", "{name} 💋 fotos 100% reales",
           "Promoción de hoy!!! {e}", "Masajista profesional, trato de novia"],
    title_place=["{place}: chica nueva {e}", "{name} en {place} {e}", "Masajes en {place}, atendemos hasta tarde", "Trabajo en {place} para chicas",
                 "{place} - {name} ardiente {e}", "Habitación en {place}"],
    open=["Hola caballeros, soy {name} {e}", "Hola amor, soy {name}, nueva por aquí", "Bienvenidos a nuestro centro de masajes.",
          "Buscamos chicas para trabajo fácil, sin experiencia.", "Discreta, limpia y muy cariñosa {e}", "HOLA PAPI {e}{e}"],
    place=["Atiendo en {place} {e}", "Depto privado en {place}", "Zona {place}, también salidas a hotel", "📍{place}", "Estoy por {place} solo unos días"],
    detail=["Sin prisas, trato de novia", "Fotos reales o no pagas", "Solo caballeros educados", "Ducha y toallas limpias",
            "Se ofrece hospedaje y comida", "Mayores de 18 años", "Besos, masaje, oral natural", "No contesto números ocultos"],
    contact=["Llámame al {ph}", "WhatsApp {ph}", "📱 {ph}", "Cel. {ph}", "Escríbeme al {ph} {e}", "Informes: {ph}", "Tel/WA {ph}", "Citas al {ph}"],
    contact2=["o al {ph}", "WhatsApp {ph}", "si no contesto: {ph}"],
    close=["Besitos {e}", "Te espero", "Solo gente seria.", "", "Gracias!", "No pierdas tiempo"],
)
T["pt"] = dict(
    title=["Garota nova na cidade {e}", "{name} - carinhosa e safadinha {e}", "Massagem relaxante com final feliz", "Vagas para moças, ótimo ganho",
           "Alugo quarto para moça", "{name} 💋 fotos reais", "Promoção hoje {e}"],
    title_place=["{place}: novidade {e}", "{name} em {place} {e}", "Massagem em {place} até tarde", "{place} - {name} acompanhante"],
    open=["Oi amores, sou a {name} {e}", "Olá, sou {name}, nova por aqui", "Bem-vindo ao nosso espaço de massagem.", "Contratamos moças, sem experiência."],
    place=["Atendo em {place} {e}", "Local próprio em {place}", "📍{place}", "Perto do metrô em {place}"],
    detail=["Sem pressa, namoradinha", "Fotos 100% reais", "Só homens educados", "Ambiente climatizado e discreto", "Oferecemos moradia e passagem"],
    contact=["Me chama no zap {ph}", "WhatsApp {ph}", "Ligue {ph}", "📱 {ph}", "Contato: {ph}", "Zap/ligação {ph}"],
    contact2=["ou {ph}", "zap {ph}"],
    close=["Beijos {e}", "Te espero", "", "Só gente séria"],
)
T["fr"] = dict(
    title=["Nouvelle fille {e}", "{name} - douce et coquine {e}", "Massage relaxant, salon privé", "Recrute hôtesses, bon salaire",
           "Chambre à louer pour femme", "{name} 💋 photos réelles"],
    title_place=["{place} : nouvelle {e}", "{name} sur {place} {e}", "Massage {place} ouvert tard", "{place} - {name} escort"],
    open=["Bonjour messieurs, je suis {name} {e}", "Coucou, moi c'est {name}, nouvelle ici", "Bienvenue dans notre salon de massage.",
          "Nous recrutons des jeunes femmes, débutantes acceptées."],
    place=["Je reçois à {place} {e}", "Appartement discret à {place}", "📍{place}", "De passage à {place} quelques jours"],
    detail=["Pas de précipitation", "Photos 100% réelles", "Hommes respectueux uniquement", "Douche et serviettes propres", "Logement fourni"],
    contact=["Appelez-moi au {ph}", "WhatsApp {ph}", "📱 {ph}", "Tél : {ph}", "SMS au {ph}", "Contact {ph}"],
    contact2=["ou {ph}", "WhatsApp : {ph}"],
    close=["Bisous {e}", "À bientôt", "", "Sérieux uniquement"],
)
T["de"] = dict(
    title=["Neu in der Stadt {e}", "{name} - zärtlich und verspielt {e}", "Entspannende Massage, privat", "Hostessen gesucht, top Verdienst",
           "Zimmer zu vermieten, nur Frauen", "{name} 💋 echte Fotos"],
    title_place=["{place}: NEU {e}", "{name} in {place} {e}", "Massage {place} bis spät", "{place} - {name} privat"],
    open=["Hallo Männer, ich bin {name} {e}", "Hi, ich bin {name}, neu hier", "Willkommen in unserem Massagestudio.", "Wir suchen junge Frauen, keine Erfahrung nötig."],
    place=["Privat in {place} {e}", "Diskrete Wohnung in {place}", "📍{place}", "Nur kurz in {place}"],
    detail=["Ohne Zeitdruck", "100% echte Bilder", "Nur höfliche Herren", "Dusche vorhanden", "Unterkunft wird gestellt"],
    contact=["Ruf mich an {ph}", "WhatsApp {ph}", "📱 {ph}", "Tel.: {ph}", "SMS an {ph}", "Handy {ph}"],
    contact2=["oder {ph}", "WhatsApp: {ph}"],
    close=["Küsschen {e}", "Bis bald", "", "Keine SMS ohne Text"],
)
T["it"] = dict(
    title=["Nuova in città {e}", "{name} - dolce e coccolona {e}", "Massaggio rilassante, ambiente riservato", "Cercasi ragazze, ottimo guadagno",
           "Affittasi camera a ragazza", "{name} 💋 foto reali"],
    title_place=["{place}: novità {e}", "{name} a {place} {e}", "Massaggi {place} fino a tardi", "{place} - {name} accompagnatrice"],
    open=["Ciao ragazzi, sono {name} {e}", "Ciao amore, sono {name}, nuova qui", "Benvenuti nel nostro centro massaggi.", "Cerchiamo ragazze, anche senza esperienza."],
    place=["Ricevo a {place} {e}", "Appartamento riservato a {place}", "📍{place}", "Solo pochi giorni a {place}"],
    detail=["Senza fretta", "Foto 100% reali", "Solo uomini educati", "Doccia e asciugamani puliti", "Alloggio garantito"],
    contact=["Chiamami al {ph}", "WhatsApp {ph}", "📱 {ph}", "Tel. {ph}", "Cell {ph}", "Scrivimi su WhatsApp {ph}"],
    contact2=["oppure {ph}", "WhatsApp: {ph}"],
    close=["Baci {e}", "A presto", "", "No anonimi"],
)
T["ja"] = dict(T["en"])
T["ja"]["contact"] = T["en"]["contact"] + ["お電話ください {ph}", "TEL {ph}", "LINE/電話 {ph}", "ご予約 ☎ {ph}"]
T["ja"]["title_place"] = T["en"]["title_place"] + ["{place}デリヘル 新人入店 {e}", "{place} メンズエステ 本日空きあり"]


def fill(rng, s, **kw):
    kw.setdefault("e", rng.choice(EMOJI_BAG))
    kw.setdefault("name", rng.choice(NAMES))
    return s.format(**kw)


# ---------------------------------------------------------------------------------------------
# decoys: (kind, text). `cur` is a currency token that is a place cue, or None (neutral prices only)

def decoy(rng, kind, lang, cc=None, cur=None):
    # neutral currency: "$" / "€" (each used by many countries) or none; a one-country currency only when cur is given
    if cur is not None:
        neutral = cur
    elif cc in ("ES", "FR", "DE", "IT", "NL", "IE"):
        neutral = rng.choice(["€", ""])
    elif cc in ("US", "CA", "AU", "NZ", "SG", "HK", "EC"):
        neutral = rng.choice(["$", ""])
    else:
        neutral = ""

    def money(v):
        if neutral in ("€",):
            return "%d€" % v if rng.random() < 0.5 else "€%d" % v
        if neutral.strip() in ("Dhs", "AED", "INR", "GBP", "JPY", "SGD", "CAD", "PHP", "NGN", "KES", "ZAR", "MXN", "COP", "THB", "HKD", "NZD", "TL", "KSh"):
            return "%s%s" % (neutral if neutral.endswith(" ") else neutral + " ", "{:,}".format(v))
        return "%s%d" % (neutral, v)

    big = cc in ("IN", "JP", "PH", "NG", "KE", "TH", "CO", "MX", "TR") and cur is not None
    if kind == "price":
        v = rng.choice([80, 100, 120, 150, 160, 180, 200, 250, 300, 350]) * (rng.choice([10, 20, 50]) if big else 1)
        return rng.choice(["Rates from {m}", "{m}/hr", "Donation {m} hh", "Only {m} today!!", "{m} full service", "special {m} 30 min"]).format(m=money(v))
    if kind == "price_list":
        base = [rng.choice([60, 80, 100]), rng.choice([120, 150, 160]), rng.choice([200, 250, 300]), rng.choice([400, 500, 800, 1000])]
        if big:
            mul = rng.choice([10, 20, 50])
            base = [b * mul for b in base]
        fmt = rng.choice(["15min {a} | 30min {b} | 1hr {c} | overnight {d}", "30 MIN - {a}\n1 HR - {b}\n2 HRS - {c}\nNIGHT - {d}",
                          "QV {a} / HH {b} / H {c} / 2H {d}", "½h {a} ✦ 1h {b} ✦ 90min {c} ✦ dinner date {d}"])
        return fmt.format(a=money(base[0]), b=money(base[1]), c=money(base[2]), d=money(base[3]))
    if kind == "age":
        a = rng.randint(19, 34)
        return rng.choice(["Age {a}", "{a} yo", "I'm {a} years young", "{a} y/o", "edad {a}", "age: {a}", "{a}yrs"]).format(a=a)
    if kind == "height":
        f, i = rng.choice([(5, 1), (5, 2), (5, 3), (5, 4), (5, 5), (5, 6), (5, 7), (5, 8), (5, 10)])
        return rng.choice(["{f}'{i}\"", "{f}'{i}", "height {f}ft {i}in", "{cm}cm tall", "{f}’{i}”"]).format(f=f, i=i, cm=150 + 2 * i + (f - 5) * 30)
    if kind == "measurements":
        b = rng.choice(["34", "36", "38", "32", "34C", "36DD", "32B", "38D"])
        return rng.choice(["{b}-{w}-{h}", "stats {b}-{w}-{h}", "{b} {w} {h}", "measurements: {b}/{w}/{h}"]).format(b=b, w=rng.choice([23, 24, 25, 26, 28]), h=rng.choice([34, 35, 36, 38, 40]))
    if kind == "time":
        return rng.choice(["open 10am-2am", "10:00 - 22:00", "available 9pm till late", "Mon-Sat 11:30-23:30", "24/7", "22:00-06:00", "from 7pm", "11am to 11pm daily"])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(["Posted {d:02d}/{m:02d}/2024", "updated 2024-{m:02d}-{d:02d}", "only until {d}.{m:02d}.2024", "here {d}/{m} to {d2}/{m}",
                           "from {d} to {d2} {mon}", "{d:02d}-{m:02d}-2024"]).format(d=d, m=m, d2=min(d + 4, 30), mon=rng.choice(["March", "June", "Oct", "Dec"]))
    if kind == "year":
        return rng.choice(["Established 2016", "since 2019", "Serving clients since 2012!", "2023 model, barely used", "Best of 2024 🏆"])
    if kind == "post_id":
        return rng.choice(["Ad ID: {n9}", "Post #{n8}", "ref {n10}", "Listing no. {n7}", "ID {n10}", "post id: {n11}"]).format(
            n7=rng.randint(10 ** 6, 10 ** 7 - 1), n8=rng.randint(10 ** 7, 10 ** 8 - 1), n9=rng.randint(10 ** 8, 10 ** 9 - 1),
            n10=rng.randint(10 ** 9, 10 ** 10 - 1), n11=rng.randint(10 ** 10, 10 ** 11 - 1))
    if kind == "order":
        return rng.choice(["Order #{a}-{b}-{c}", "order no. {n}", "Invoice {n}", "Receipt no {n}"]).format(
            a=rng.randint(100, 999), b=rng.randint(10 ** 6, 10 ** 7 - 1), c=rng.randint(10 ** 6, 10 ** 7 - 1), n=rng.randint(10 ** 9, 10 ** 12))
    if kind == "tracking":
        r = rng.random()
        if r < 0.3:
            return "tracking 1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)), rng.randint(10 ** 9, 10 ** 10 - 1))
        if r < 0.6:
            return "track no. %s" % " ".join(str(rng.randint(1000, 9999)) for _ in range(5)) + " %02d" % rng.randint(0, 99)
        if r < 0.8:
            return "parcel no. %d" % rng.randint(10 ** 11, 10 ** 12 - 1)
        return "AWB %d %d %d" % (rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(1000, 9999))
    if kind == "postcode":
        return C[cc]["post"][rng.randrange(len(C[cc]["post"]))]
    if kind == "address":
        return C[cc]["street"][rng.randrange(len(C[cc]["street"]))]
    if kind == "percentage":
        return rng.choice(["20% off first visit", "100% real", "50% deposit", "discount 15%", "99.9% satisfied clients"])
    if kind == "stats":
        return rng.choice(["👁 {v} views", "{v} views · {l} likes", "viewed {v} times", "❤ {l}", "{l} likes, {c} comments"]).format(
            v="{:,}".format(rng.randint(200, 40000)) if rng.random() < 0.5 else rng.randint(200, 40000), l=rng.randint(3, 900), c=rng.randint(1, 60))
    raise KeyError(kind)


DECOY_ANY = ["price", "price_list", "age", "height", "measurements", "time", "date", "year", "post_id", "order", "tracking", "percentage", "stats"]
DECOY_PLACE = ["postcode", "address"]

# ---------------------------------------------------------------------------------------------
# number pools


class Pools:
    def __init__(self, rng):
        self.rng = rng
        self.by = {}
        for n in POOL["numbers"]:
            self.by.setdefault((n["cc"], "all"), []).append(n)
            if n["unique_mobile"]:
                self.by.setdefault((n["cc"], "unique"), []).append(n)
        self.cur = {}
        self.amb = list(POOL["ambiguous"])
        rng.shuffle(self.amb)
        self.ai = 0

    def take(self, cc, kind="all", pred=None):
        key = (cc, kind)
        lst = self.by[key]
        if key not in self.cur or not self.cur[key]:
            self.cur[key] = lst[:]
            self.rng.shuffle(self.cur[key])
        for i, n in enumerate(self.cur[key]):
            if pred is None or pred(n):
                return self.cur[key].pop(i)
        cands = [n for n in lst if pred is None or pred(n)]
        return self.rng.choice(cands)

    def take_amb(self, pred=None):
        for _ in range(len(self.amb)):
            a = self.amb[self.ai % len(self.amb)]
            self.ai += 1
            if pred is None or pred(a):
                return a
        raise RuntimeError("no ambiguous number")


# ---------------------------------------------------------------------------------------------
# post builder


class Post:
    def __init__(self, pid, group):
        self.id = pid
        self.group = group
        self.title = ""
        self.lines = []
        self.phones = []
        self.amb = []
        self.decoys = []
        self.meta = {}

    def record(self):
        body = "\n".join(l for l in self.lines if l is not None)
        r = {"id": self.id}
        if self.title:
            r["title"] = self.title
        r["body"] = body
        for k in ("url", "site", "region", "location", "posted_at"):
            if k in self.meta:
                r[k] = self.meta[k]
        r["labels"] = {"group": self.group, "phones": self.phones, "ambiguous": self.amb, "decoys": sorted(set(self.decoys))}
        return r


def posted_at(rng):
    return "2024-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))


def generic_site(rng):
    return rng.choice(SITES)


def slug_path(rng, pid):
    return rng.choice(["/ad/%d" % rng.randint(10 ** 6, 10 ** 8), "/escorts/%d.html" % rng.randint(10 ** 5, 10 ** 7),
                       "/post/%s" % pid.replace("ph4-", "x"), "/massage/view/%d" % rng.randint(1000, 99999), "/listing?id=%d" % rng.randint(10 ** 5, 10 ** 8)])


def add_decoys(rng, p, lang, cc, cur, n, place_ok):
    kinds = list(DECOY_ANY)
    if place_ok and cc and C[cc]["post"]:
        kinds += DECOY_PLACE
    elif place_ok and cc:
        kinds += ["address"]
    out = []
    for kind in rng.sample(kinds, n):
        out.append(decoy(rng, kind, lang, cc, cur))
        p.decoys.append(kind)
    return out


def assemble(rng, p, lang, title_place, place, contact_lines, decoy_lines, place_line=True, extra_top=None, names=NAMES):
    L = T[lang]
    name = rng.choice(names)
    if title_place and place:
        p.title = fill(rng, rng.choice(L["title_place"]), place=place, name=name)
    else:
        p.title = fill(rng, rng.choice(L["title"]), name=name)
    if rng.random() < 0.15:
        p.title = p.title.upper()
    lines = [fill(rng, rng.choice(L["open"]), name=name)]
    if extra_top:
        lines += extra_top
    if place and place_line:
        lines.append(fill(rng, rng.choice(L["place"]), place=place))
    for d in rng.sample(L["detail"], rng.randint(1, 2)):
        lines.append(fill(rng, d))
    mid = decoy_lines[:]
    rng.shuffle(mid)
    # decoys go before or after details; contact near the end (sometimes top)
    lines += mid
    if rng.random() < 0.2 and contact_lines:
        lines.insert(1, contact_lines[0])
        lines += contact_lines[1:]
    else:
        lines += contact_lines
    c = fill(rng, rng.choice(L["close"]))
    if c:
        lines.append(c)
    p.lines = lines


def phone(p, e164, src, cls, raw):
    p.phones.append({"e164": e164, "region_source": src, "class": cls, "raw": raw})


# ---------------------------------------------------------------------------------------------
# groups

REGION_CLASSES = [  # (class, region_source, weight)
    ("region.city_in_body", "text", 16), ("region.city_in_title", "text", 8), ("region.suburb_in_text", "text", 9),
    ("region.currency", "text", 6), ("region.calling_code_elsewhere", "text", 6),
    ("region.url_subdomain", "url", 9), ("region.url_cctld", "url", 9), ("region.url_path", "url", 6),
    ("region.location", "location", 5), ("region.record", "record", 3),
    ("region.format", "format", 8), ("region.intl", "calling_code", 8),
]


def pick_country(rng, focus_share):
    if rng.random() < focus_share:
        return rng.choice(FOCUS)
    return rng.choice(OTHER)


def lang_of(cc):
    return C[cc]["lang"]


def region_post(rng, pools, p, cc, cls, src):
    info = C[cc]
    lang = lang_of(cc)
    tlang = lang
    contact_lines = []
    decoy_n = rng.choice([0, 1, 1, 2, 2, 3])
    cur = None
    place = None
    title_place = False
    place_line = True
    # pick numbers
    if cls == "region.format":
        n1 = pools.take(cc, "unique")
        cls = "region.format" if n1["unique_any"] else "region.format_mobile_only"
    else:
        n1 = pools.take(cc)
    site = generic_site(rng) if rng.random() < 0.7 else None
    if site:
        p.meta["site"] = site
        if rng.random() < 0.8:
            p.meta["url"] = "https://%s%s" % (rng.choice(["", "www."]) + site, slug_path(rng, p.id))
    if cls in ("region.city_in_body", "region.currency", "region.calling_code_elsewhere"):
        place = rng.choice(info["cities"]) if cls == "region.city_in_body" else None
    if cls == "region.city_in_title":
        place = rng.choice(info["cities"])
        title_place = True
        place_line = False
    if cls == "region.suburb_in_text":
        place = rng.choice(info["subs"])
        title_place = rng.random() < 0.3
    if cls == "region.currency":
        cur = rng.choice(info["cur"])
    if cls in ("region.url_subdomain", "region.url_cctld", "region.url_path"):
        base = rng.choice(SITES_CC) + rng.choice(["", "24", "hub", "x"])
        slug = rng.choice(info["slugs"])
        if cls == "region.url_subdomain":
            dom = base + rng.choice([".com", ".net", ".org"])
            p.meta["site"] = dom
            p.meta["url"] = "https://%s.%s%s" % (slug, dom, slug_path(rng, p.id))
        elif cls == "region.url_cctld":
            dom = base + "." + rng.choice(info["tld"])
            p.meta["site"] = dom
            p.meta["url"] = "https://%s%s" % (rng.choice(["", "www."]) + dom, slug_path(rng, p.id))
        else:
            dom = base + rng.choice([".com", ".net"])
            p.meta["site"] = dom
            seg = rng.choice(["/%s/" % slug, "/%s/%s/" % (cc.lower(), slug), "/en-%s/%s/" % (cc.lower(), slug), "/%s/escorts/" % slug])
            p.meta["url"] = "https://%s%s%d" % (dom, seg, rng.randint(10 ** 5, 10 ** 8))
            if rng.random() < 0.3:
                del p.meta["site"]
    if cls == "region.location":
        p.meta["location"] = rng.choice([rng.choice(info["cities"]), "%s, %s" % (rng.choice(info["cities"]), cc)])
    if cls == "region.record":
        p.meta["region"] = cc
    if rng.random() < 0.6:
        p.meta["posted_at"] = posted_at(rng)
    # place-free posts in neutral English where the native language would itself narrow things down is fine
    raws = []
    if cls == "region.intl":
        r1 = intl(rng, n1)
        phone(p, n1["e164"], "calling_code", cls, r1)
        raws.append(r1)
    elif cls == "region.calling_code_elsewhere":
        n2 = pools.take(cc)
        r2 = intl(rng, n2)
        r1 = national(rng, n1)
        if rng.random() < 0.5:
            phone(p, n2["e164"], "calling_code", "region.intl", r2)
            phone(p, n1["e164"], src, cls, r1)
            raws = [r2, r1]
        else:
            phone(p, n1["e164"], src, cls, r1)
            phone(p, n2["e164"], "calling_code", "region.intl", r2)
            raws = [r1, r2]
    else:
        r1 = national(rng, n1)
        phone(p, n1["e164"], src, cls, r1)
        raws.append(r1)
        x = rng.random()
        if x < 0.15:  # same number again, same writing
            phone(p, n1["e164"], src, cls, r1)
            raws.append(r1)
        elif x < 0.25:  # same number again in international form
            r3 = intl(rng, n1)
            phone(p, n1["e164"], "calling_code", "region.intl", r3)
            raws.append(r3)
        elif x < 0.40:  # a second national number
            n3 = pools.take(cc, "unique" if src == "format" else "all")
            r3 = national(rng, n3)
            phone(p, n3["e164"], src, cls, r3)
            raws.append(r3)
    L = T[lang]
    contact_lines.append(fill(rng, rng.choice(L["contact"]), ph=raws[0]))
    for r in raws[1:]:
        contact_lines.append(fill(rng, rng.choice(L["contact2"]), ph=r))
    place_ok = cls in ("region.city_in_body", "region.city_in_title", "region.suburb_in_text")
    dl = add_decoys(rng, p, lang, cc, cur if cur else (rng.choice(info["cur"]) if place_ok and info["cur"] and rng.random() < 0.4 else None), decoy_n, place_ok)
    if cls == "region.currency":
        # make sure a currency amount is present
        if not any(k in ("price", "price_list") for k in p.decoys):
            dl.append(decoy(rng, rng.choice(["price", "price_list"]), lang, cc, cur))
            p.decoys.append("price")
        else:
            # replace neutral prices: rebuild decoys with the currency
            pass
    assemble(rng, p, tlang, title_place, place, contact_lines, dl, place_line=place_line,
             names=NEUTRAL_NAMES if src == "format" else NAMES)
    if cls == "region.city_in_title" and place.lower() not in p.title.lower():
        p.title = "%s - %s" % (place, p.title)
    p.meta["_cc"] = cc


def disguise_post(rng, pools, p, cls, fn, cue):
    cc = "US"
    info = C[cc]
    need = None
    if cls == "disguise.letters":
        need = lambda n: ("0" in n["nsn"] or "1" in n["nsn"])
    if cls in ("disguise.homophones",):
        need = lambda n: sum(ch in HOMO for ch in n["nsn"]) >= 2
    n = pools.take(cc, "unique" if cue == "format" else "all", need)
    d = n["nsn"]
    name = rng.choice(NAMES)
    if cls == "disguise.name_glued":
        core = dz_name_glued(rng, d, name)
        glued = rng.choice(["%s%s" % (name, core), "%s%s" % (core, name), "%s%s" % (name.upper(), core), "call%s%s" % (name, core)])
        raw = core
        text_num = glued
    else:
        for _ in range(100):
            raw = fn(rng, d)
            if spell(raw) == d:
                break
        else:
            raise RuntimeError("no unambiguous disguise for %s" % d)
        text_num = raw
    src = {"text": "text", "url": "url", "format": "format"}[cue]
    place = None
    if cue == "text":
        place = rng.choice(info["cities"] + info["subs"])
    else:
        site = generic_site(rng)
        if cue == "url":
            slug = rng.choice(info["slugs"])
            dom = rng.choice(SITES_CC) + rng.choice([".com", ".net"])
            p.meta["site"] = dom
            if rng.random() < 0.6:
                p.meta["url"] = "https://%s.%s%s" % (slug, dom, slug_path(rng, p.id))
            else:
                p.meta["url"] = "https://%s/%s/%s/%d" % (dom, rng.choice(["tx", "ga", "fl", "nv", "az", "usa"]), slug, rng.randint(10 ** 5, 10 ** 8))
        elif rng.random() < 0.6:
            p.meta["site"] = site
            p.meta["url"] = "https://%s%s" % (site, slug_path(rng, p.id))
    if rng.random() < 0.6:
        p.meta["posted_at"] = posted_at(rng)
    contact = []
    if rng.random() < 0.3:  # a plain repeat first
        plain = national(rng, n)
        phone(p, n["e164"], src, "disguise.repeat_plain", plain)
        contact.append(fill(rng, rng.choice(T["en"]["contact"]), ph=plain))
    phone(p, n["e164"], src, cls, raw)
    lead = rng.choice(["", "", "txt ", "call ", "☎ ", "NUMBER: ", "my # ", "hmu ", "📲 ", "c@ll ", "t3xt "])
    if "\n" in text_num:
        contact.append(lead + "\n" + text_num + "\n")
    else:
        contact.append(lead + text_num + rng.choice(["", "", " 💋", " !!", " (no blocked #s)", " ty"]))
    if rng.random() < 0.12:  # disguised twice, same style
        raw2 = raw
        if fn:
            for _ in range(100):
                raw2 = fn(rng, d)
                if spell(raw2) == d:
                    break
            else:
                raw2 = raw
        phone(p, n["e164"], src, cls, raw2)
        contact.append(rng.choice(["again: ", "once more ", "", "repeat "]) + raw2)
    dl = add_decoys(rng, p, "en", cc, None, rng.choice([1, 2, 2, 3]), cue == "text")
    assemble(rng, p, "en", cue == "text" and rng.random() < 0.5, place, contact, dl, names=NEUTRAL_NAMES if cue == "format" else NAMES)
    p.meta["_cc"] = cc


SPOKEN_PLUS = {"en": ["plus ", "PLUS ", "Plus "], "es": ["más ", "mas ", "MAS "], "pt": ["mais ", "MAIS "], "fr": ["plus ", "PLUS "]}
CODE_WORDS = {
    "en": {1: "one", 27: "twenty seven", 31: "thirty one", 33: "thirty three", 34: "thirty four", 39: "thirty nine", 44: "forty four",
           49: "forty nine", 52: "fifty two", 55: "fifty five", 57: "fifty seven", 60: "sixty", 61: "sixty one", 63: "sixty three",
           64: "sixty four", 65: "sixty five", 66: "sixty six", 81: "eighty one", 90: "ninety", 91: "ninety one",
           971: "nine seven one", 852: "eight five two", 234: "two three four", 254: "two five four", 593: "five nine three", 353: "three five three"},
    "es": {1: "uno", 34: "treinta y cuatro", 52: "cincuenta y dos", 57: "cincuenta y siete", 39: "treinta y nueve", 44: "cuarenta y cuatro",
           49: "cuarenta y nueve", 81: "ochenta y uno", 65: "sesenta y cinco", 55: "cincuenta y cinco", 33: "treinta y tres", 61: "sesenta y uno",
           593: "cinco nueve tres", 971: "nueve siete uno"},
    "pt": {55: "cinquenta e cinco", 34: "trinta e quatro", 39: "trinta e nove", 44: "quarenta e quatro", 1: "um", 33: "trinta e três",
           49: "quarenta e nove", 81: "oitenta e um", 971: "nove sete um", 351: "três cinco um"},
    "fr": {33: "trente-trois", 34: "trente-quatre", 44: "quarante-quatre", 1: "un", 49: "quarante-neuf", 39: "trente-neuf", 66: "soixante-six",
           971: "neuf sept un", 65: "soixante-cinq", 61: "soixante et un"},
}
CODE_LABEL = {"en": ["country code {c}", "code {c}", "(dial {c} first)"], "es": ["código {c}", "indicativo {c}", "código de país {c}"],
              "pt": ["código {c}", "DDI {c}"], "fr": ["indicatif {c}", "code pays {c}"]}

JOBS = {
    "en": dict(title=["Hiring girls for work in {dest} 🌍", "Hostess/waitress jobs in {dest} – free visa & ticket", "Nanny & housekeeper needed in {dest}",
                      "Models wanted for {dest} agency", "URGENT: spa therapists for {dest}", "Work abroad in {dest}, salary paid weekly"],
               open=["Young ladies 18-28 wanted, no experience needed.", "Good looking girls wanted for a hotel lounge.", "Agency recruiting for a family abroad.",
                     "We sponsor your flight and accommodation.", "Earn more in one month than one year at home!"],
               contact=["Apply on WhatsApp {ph}", "Call our manager {ph}", "Send photo to {ph}", "Contact agent {ph} (WhatsApp/Telegram)", "Interested? {ph}"]),
    "es": dict(title=["Trabajo en {dest} para señoritas ✈️", "Se buscan chicas para {dest}, pasaje pagado", "Empleo de niñera en {dest}",
                      "Modelos para agencia en {dest}", "Oferta: camareras en {dest} con alojamiento"],
               open=["Buscamos chicas de 18 a 30 años, buena presencia.", "Nosotros pagamos pasaje y hospedaje.", "Sueldo en dólares, pago semanal.",
                     "No necesitas experiencia ni papeles."],
               contact=["Escríbenos al WhatsApp {ph}", "Llama al {ph}", "Informes {ph}", "Manda tu foto al {ph}", "Contacto: {ph}"]),
    "pt": dict(title=["Trabalho em {dest} para moças ✈️", "Vagas em {dest} com passagem paga", "Babá para família em {dest}", "Modelos para agência em {dest}"],
               open=["Procuramos moças de 18 a 28 anos.", "Passagem e moradia por nossa conta.", "Ganhos em euro, pagamento semanal."],
               contact=["Chama no zap {ph}", "Ligue {ph}", "Mande foto para {ph}", "Contato {ph}"]),
    "fr": dict(title=["Travail à {dest} pour jeunes femmes ✈️", "Recrutement hôtesses pour {dest}, billet offert", "Nounou pour famille à {dest}"],
               open=["Nous recrutons des jeunes femmes de 18 à 30 ans.", "Billet d'avion et logement pris en charge.", "Salaire attractif payé chaque semaine."],
               contact=["WhatsApp {ph}", "Appelez le {ph}", "Envoyez une photo au {ph}", "Contact : {ph}"]),
}
DEST_NAME = {"AE": "Dubai", "SG": "Singapore", "JP": "Japan", "GB": "London", "ES": "Spain", "US": "Miami", "AU": "Sydney", "MY": "Kuala Lumpur",
             "TH": "Bangkok", "HK": "Hong Kong", "TR": "Istanbul", "DE": "Germany", "IT": "Milan", "FR": "Paris", "MX": "Cancún", "CA": "Toronto",
             "NL": "Amsterdam", "BR": "São Paulo", "CO": "Medellín", "EC": "Guayaquil", "IN": "Mumbai", "PH": "Manila", "NG": "Lagos",
             "KE": "Nairobi", "ZA": "Johannesburg", "NZ": "Auckland", "IE": "Dublin"}


def spoken_raw(rng, n, style, lang):
    code = n["code"]
    nsn_fmt = grp(n["nsn"], INTL[n["cc"]], " ")
    if style == "spoken.plus_word":
        return rng.choice(SPOKEN_PLUS[lang]) + "%d %s" % (code, nsn_fmt)
    if style == "spoken.double_zero":
        r = rng.random()
        if r < 0.4:
            return "00%d %s" % (code, nsn_fmt)
        if r < 0.6:
            return "00 %d %s" % (code, nsn_fmt)
        if r < 0.8:
            return "00%d%s" % (code, n["nsn"])
        return "00%d-%s" % (code, grp(n["nsn"], INTL[n["cc"]], "-"))
    if style == "spoken.code_in_words":
        w = CODE_WORDS[lang][code]
        return rng.choice(SPOKEN_PLUS[lang] + ["+"]).rstrip() + " " + w + " " + nsn_fmt
    if style == "spoken.code_label":
        lab = rng.choice(CODE_LABEL[lang]).format(c=code)
        return "%s %s" % (lab, nsn_fmt) if rng.random() < 0.6 else "%s, %s" % (lab, nsn_fmt)
    raise KeyError(style)


def spoken_post(rng, pools, p, style, lang, dest):
    codes_ok = CODE_WORDS[lang] if style == "spoken.code_in_words" else None
    n = pools.take(dest)
    raw = spoken_raw(rng, n, style, lang)
    cls = style + "_" + lang if style == "spoken.plus_word" else style
    J = JOBS[lang]
    destname = DEST_NAME[dest]
    p.title = rng.choice(J["title"]).format(dest=destname)
    lines = rng.sample(J["open"], 2)
    contact = [rng.choice(J["contact"]).format(ph=raw)]
    if rng.random() < 0.25:  # same number again with a plain + (labelled first: greedy matching credits it first)
        r2 = "+%d %s" % (n["code"], grp(n["nsn"], INTL[n["cc"]], " "))
        phone(p, n["e164"], "calling_code", "spoken.plain_plus_repeat", r2)
        phone(p, n["e164"], "calling_code", cls, raw)
        contact.append(rng.choice(["(%s)", "WhatsApp: %s", "/ %s"]) % r2)
    else:
        phone(p, n["e164"], "calling_code", cls, raw)
    if len(p.phones) == 1 and rng.random() < 0.2:  # a second contact, with its code
        other = rng.choice([c for c in CODE_WORDS[lang] if c in {x["code"] for x in POOL["numbers"]}])
        occ = [x for x in POOL["numbers"] if x["code"] == other][0]["cc"]
        n2 = pools.take(occ)
        st2 = rng.choice(["spoken.plus_word", "spoken.double_zero"])
        r2 = spoken_raw(rng, n2, st2, lang)
        phone(p, n2["e164"], "calling_code", st2 + "_" + lang if st2 == "spoken.plus_word" else st2, r2)
        contact.append({"en": "office: %s", "es": "oficina: %s", "pt": "escritório: %s", "fr": "bureau : %s"}[lang] % r2)
    dkinds = rng.sample(["age", "price", "date", "percentage", "year", "post_id", "height"], rng.randint(1, 3))
    dl = []
    for k in dkinds:
        if k == "age":
            dl.append({"en": "Age {a}-{b} only", "es": "Edad de {a} a {b} años", "pt": "Idade {a} a {b} anos", "fr": "Âge {a} à {b} ans"}[lang].format(a=rng.choice([18, 19, 20]), b=rng.choice([25, 28, 30, 35])))
        elif k == "price":
            dl.append({"en": "Salary USD {s} per month + tips", "es": "Sueldo {s} dólares mensuales", "pt": "Salário de {s} euros por mês", "fr": "Salaire {s} euros par mois"}[lang].format(s=rng.choice([1500, 2000, 2500, 3000, 4500])))
        elif k == "date":
            dl.append({"en": "Interviews {d}/{m}/2024", "es": "Viaje el {d}/{m}/2024", "pt": "Embarque {d}/{m}/2024", "fr": "Départ le {d}/{m}/2024"}[lang].format(d=rng.randint(1, 28), m=rng.randint(1, 12)))
        elif k == "height":
            dl.append({"en": "Min height 5'4\"", "es": "Estatura mínima 1,60 m", "pt": "Altura mínima 1,65m", "fr": "Taille min. 1m65"}[lang])
        else:
            dl.append(decoy(rng, k, "en", None, None))
        p.decoys.append(k)
    allL = lines + dl
    rng.shuffle(allL)
    p.lines = allL + contact
    if rng.random() < 0.5:
        p.meta["site"] = generic_site(rng)
        p.meta["url"] = "https://%s%s" % (p.meta["site"], slug_path(rng, p.id))
    if rng.random() < 0.6:
        p.meta["posted_at"] = posted_at(rng)
    p.meta["_cc"] = dest


NEUTRAL_T = dict(
    title=["NEW GIRL {e}", "{name} 💋 available now", "Relaxing massage by {name}", "Sweet young lady {e}", "Real pics, call me {e}",
           "Outcall only {e}", "{name} VIP companion", "SPECIAL TODAY {e}{e}", "Girlfriend experience 💕", "Private massage, open late",
           "Hiring female staff", "Part-time work for girls", "Selling designer bag, like new"],
    open=["Hi, I'm {name} {e}", "Hello gentlemen!", "Hey babe {e}", "Sweet, clean and discreet.", "Young therapists, relaxing atmosphere.",
          "Looking for girls for easy work.", "Fresh and new {e}"],
)


def ambiguous_post(rng, pools, p, pred=None):
    nm = rng.choice(NEUTRAL_NAMES)
    lines = [fill(rng, rng.choice(NEUTRAL_T["open"]), name=nm)]
    p.title = fill(rng, rng.choice(NEUTRAL_T["title"]), name=nm)
    for d in rng.sample(T["en"]["detail"][:8], rng.randint(1, 2)):
        lines.append(fill(rng, d))
    nums = [pools.take_amb(pred)]
    if rng.random() < 0.15:
        nums.append(pools.take_amb(lambda a: a["digits"] != nums[0]["digits"]))
    contact = []
    for i, a in enumerate(nums):
        d = a["digits"]
        r = rng.random()
        if r < 0.5:
            raw = d
        elif r < 0.7:
            raw = grp(d, [3, 3, 99] if len(d) >= 10 else [4, 4], rng.choice([" ", "-"]))
        elif r < 0.85:
            raw = grp(d, [4, 3, 99] if len(d) >= 10 else [4, 4], " ")
        else:
            raw = grp(d, [len(d) // 2, 99], " ")
        p.amb.append({"raw": raw, "digits": d, "regions": a["regions"], "e164_candidates": a["e164_candidates"], "class": "ambiguous.no_cue"})
        contact.append(fill(rng, rng.choice(T["en"]["contact"] if i == 0 else T["en"]["contact2"]), ph=raw))
        if rng.random() < 0.12:  # same number twice
            p.amb.append({"raw": raw, "digits": d, "regions": a["regions"], "e164_candidates": a["e164_candidates"], "class": "ambiguous.no_cue"})
            contact.append(fill(rng, rng.choice(T["en"]["contact2"]), ph=raw))
    dk = rng.sample(["price", "age", "height", "measurements", "time", "percentage", "stats", "post_id"], rng.randint(0, 3))
    for k in dk:
        v = decoy(rng, k, "en", None, "" if k == "price" else None)
        lines.append(v)
        p.decoys.append(k)
    rng.shuffle(lines)
    p.lines = lines + contact + [fill(rng, rng.choice(["Kisses {e}", "", "xx", "Serious only"]))]
    if rng.random() < 0.4:
        p.meta["site"] = generic_site(rng)
        p.meta["url"] = "https://%s%s" % (p.meta["site"], slug_path(rng, p.id))
    if rng.random() < 0.5:
        p.meta["posted_at"] = posted_at(rng)


def decoy_post(rng, pools, p, cc, with_phone):
    info = C[cc]
    lang = lang_of(cc)
    place = rng.choice(info["cities"] + info["subs"])
    cur = rng.choice(info["cur"]) if info["cur"] and rng.random() < 0.6 else None
    kinds = rng.sample(DECOY_ANY + (DECOY_PLACE if info["post"] else ["address"]), rng.randint(3, 6))
    dl = []
    for k in kinds:
        dl.append(decoy(rng, k, lang, cc, cur))
        p.decoys.append(k)
    contact = []
    if with_phone:
        n = pools.take(cc)
        if rng.random() < 0.8:
            raw = national(rng, n)
            phone(p, n["e164"], "text", "region.city_in_body", raw)
        else:
            raw = intl(rng, n)
            phone(p, n["e164"], "calling_code", "region.intl", raw)
        contact.append(fill(rng, rng.choice(T[lang]["contact"]), ph=raw))
    else:
        contact.append(rng.choice(["DM me here only, no calls", "Message through the site", "Contact via the app, no numbers",
                                   "Book through the website", "Reply to this ad"]))
    assemble(rng, p, lang, rng.random() < 0.4, place, contact, dl)
    if rng.random() < 0.5:
        p.meta["site"] = generic_site(rng)
        p.meta["url"] = "https://%s%s" % (p.meta["site"], slug_path(rng, p.id))
    if rng.random() < 0.6:
        p.meta["posted_at"] = posted_at(rng)
    p.meta["_cc"] = cc


# ---------------------------------------------------------------------------------------------


def weighted(rng, items):
    tot = sum(w for _, _, w in items)
    x = rng.uniform(0, tot)
    for c, s, w in items:
        x -= w
        if x <= 0:
            return c, s
    return items[-1][0], items[-1][1]


def usable(cc, cls):
    info = C[cc]
    if cls == "region.currency" and not info["cur"]:
        return False
    if cls == "region.url_cctld" and not info["tld"]:
        return False
    if cls == "region.format" and not any(n["cc"] == cc and n["unique_mobile"] for n in POOL["numbers"]):
        return False
    return True


def build():
    rng = random.Random(SEED)
    pools = Pools(rng)
    plan = ["region"] * 300 + ["disguise"] * 150 + ["spoken"] * 90 + ["decoy"] * 100 + ["ambiguous"] * 60
    rng.shuffle(plan)
    posts = []
    dz_cycle = []
    spoken_cycle = []
    for i, group in enumerate(plan, 1):
        p = Post("ph4-%04d" % i, group)
        if group == "region":
            while True:
                cc = pick_country(rng, 0.62)
                cls, src = weighted(rng, REGION_CLASSES)
                if usable(cc, cls):
                    break
            region_post(rng, pools, p, cc, cls, src)
        elif group == "disguise":
            if not dz_cycle:
                dz_cycle = DISGUISES[:]
                rng.shuffle(dz_cycle)
            cls, fn = dz_cycle.pop()
            cue = rng.choice(["text", "text", "url", "format"])
            disguise_post(rng, pools, p, cls, fn, cue)
        elif group == "spoken":
            if not spoken_cycle:
                spoken_cycle = [(s, l) for s in ("spoken.plus_word", "spoken.double_zero", "spoken.code_in_words", "spoken.code_label")
                                for l in ("en", "en", "es", "pt", "fr")]
                rng.shuffle(spoken_cycle)
            style, lang = spoken_cycle.pop()
            codes = CODE_WORDS[lang]
            dests = [c for c in (FOCUS + OTHER) if any(n["cc"] == c and n["code"] in codes for n in POOL["numbers"])]
            if lang == "en":
                pref = ["AE", "SG", "JP", "GB", "AU", "US", "MY", "TH", "HK", "TR", "IN", "EC"]
            elif lang == "es":
                pref = ["ES", "US", "MX", "CO", "EC", "JP", "AE", "GB", "IT"]
            elif lang == "pt":
                pref = ["ES", "GB", "IT", "JP", "US", "AE", "BR"]
            else:
                pref = ["FR", "AE", "GB", "ES", "IT", "SG"]
            dest = rng.choice([d for d in pref if d in dests])
            spoken_post(rng, pools, p, style, lang, dest)
        elif group == "decoy":
            cc = pick_country(rng, 0.6)
            decoy_post(rng, pools, p, cc, rng.random() < 0.7)
        else:
            ambiguous_post(rng, pools, p)
        posts.append(p)
    recs = []
    for p in posts:
        p.meta.pop("_cc", None)
        r = p.record()
        for ph in r["labels"]["phones"]:
            assert ph["raw"] in r.get("title", "") or ph["raw"] in r["body"], (r["id"], ph["raw"])
        for a in r["labels"]["ambiguous"]:
            assert a["raw"] in r.get("title", "") or a["raw"] in r["body"], (r["id"], a["raw"])
        recs.append(r)
    return recs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout.jsonl")
    recs = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d posts to %s" % (len(recs), out), file=sys.stderr)


if __name__ == "__main__":
    main()
