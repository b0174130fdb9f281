#!/usr/bin/env python3
"""Write the phones13 evaluation files from number_pool.json (standard library only).

    python3 write.py            # writes dev.jsonl and heldout.jsonl
    python3 write.py --check    # exits 1 when the files differ from what this script writes

Everything is synthetic: numbers come from number_pool.json (made up by build_pool.py with a
seeded RNG, valid per libphonenumber), names, sites and texts are invented here.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_SEED, HELD_SEED, SPLIT_SEED = 1313, 131399, 13013
N_DEV, N_HELD = 160, 320

# --------------------------------------------------------------------------- countries
# cities: unambiguous city names; tlds: real public suffixes; cur: (symbol_before, code) of a
# currency that names the country (None for the euro countries); lang: usual ad languages.
C = {
    "US": dict(cities=["Las Vegas", "Atlanta", "Houston", "Seattle", "Miami", "Chicago"], country="the USA", demonym="American", tlds=[".us"], cur=("US$", "USD"), amt=(80, 400), lang=["en"]),
    "CA": dict(cities=["Toronto", "Calgary", "Winnipeg", "Mississauga", "Edmonton"], country="Canada", demonym="Canadian", tlds=[".ca"], cur=("C$", "CAD"), amt=(100, 450), lang=["en"]),
    "GB": dict(cities=["Manchester", "Leeds", "Birmingham", "Glasgow", "Nottingham"], country="the UK", demonym="British", tlds=[".co.uk", ".uk"], cur=("£", "GBP"), amt=(60, 300), lang=["en"]),
    "IE": dict(cities=["Dublin", "Cork", "Galway", "Limerick"], country="Ireland", demonym="Irish", tlds=[".ie"], cur=None, amt=(80, 300), lang=["en"]),
    "AU": dict(cities=["Melbourne", "Brisbane", "Adelaide", "Sydney", "Gold Coast"], country="Australia", demonym="Aussie", tlds=[".com.au", ".net.au"], cur=("A$", "AUD"), amt=(150, 500), lang=["en"]),
    "NZ": dict(cities=["Auckland", "Wellington", "Christchurch", "Tauranga"], country="New Zealand", demonym="Kiwi", tlds=[".co.nz", ".nz"], cur=("NZ$", "NZD"), amt=(150, 450), lang=["en"]),
    "IN": dict(cities=["Mumbai", "Bengaluru", "Pune", "Hyderabad", "Chennai"], country="India", demonym="Indian", tlds=[".in", ".co.in"], cur=("₹", "INR"), amt=(2000, 15000), lang=["en"]),
    "PK": dict(cities=["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad"], country="Pakistan", demonym="Pakistani", tlds=[".pk", ".com.pk"], cur=("PKR ", "PKR"), amt=(5000, 40000), lang=["en"]),
    "NG": dict(cities=["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Lekki"], country="Nigeria", demonym="Nigerian", tlds=[".ng", ".com.ng"], cur=("₦", "NGN"), amt=(20000, 150000), lang=["en"]),
    "GH": dict(cities=["Accra", "Kumasi", "Takoradi", "Tema"], country="Ghana", demonym="Ghanaian", tlds=[".com.gh"], cur=("GH₵", "GHS"), amt=(300, 2500), lang=["en"]),
    "KE": dict(cities=["Nairobi", "Mombasa", "Kisumu", "Nakuru"], country="Kenya", demonym="Kenyan", tlds=[".co.ke"], cur=("KSh ", "KES"), amt=(3000, 20000), lang=["en"]),
    "ZA": dict(cities=["Johannesburg", "Cape Town", "Durban", "Pretoria", "Sandton"], country="South Africa", demonym="South African", tlds=[".co.za"], cur=("R", "ZAR"), amt=(500, 3000), lang=["en"]),
    "PH": dict(cities=["Makati", "Quezon City", "Cebu City", "Davao", "Pasay"], country="the Philippines", demonym="Filipina", tlds=[".ph", ".com.ph"], cur=("₱", "PHP"), amt=(1500, 9000), lang=["en", "tl", "tl"]),
    "ID": dict(cities=["Jakarta", "Surabaya", "Denpasar", "Bandung", "Medan"], country="Indonesia", demonym="Indonesian", tlds=[".co.id"], cur=("Rp ", "IDR"), amt=(500, 3000), lang=["en"]),
    "VN": dict(cities=["Hanoi", "Ho Chi Minh City", "Da Nang", "Nha Trang"], country="Vietnam", demonym="Vietnamese", tlds=[".vn", ".com.vn"], cur=("₫", "VND"), amt=(8, 40), lang=["en"]),
    "TR": dict(cities=["Istanbul", "Ankara", "Izmir", "Antalya", "Bodrum"], country="Turkey", demonym="Turkish", tlds=[".com.tr"], cur=("₺", "TRY"), amt=(1500, 9000), lang=["en", "tr", "tr"]),
    "IT": dict(cities=["Milano", "Roma", "Napoli", "Torino", "Bologna"], country="Italy", demonym="Italian", tlds=[".it"], cur=None, amt=(80, 300), lang=["en", "it", "it"]),
    "NL": dict(cities=["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag"], country="the Netherlands", demonym="Dutch", tlds=[".nl"], cur=None, amt=(100, 350), lang=["en"]),
    "PL": dict(cities=["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań"], country="Poland", demonym="Polish", tlds=[".pl", ".com.pl"], cur=("zł", "PLN"), amt=(300, 1500), lang=["en"]),
    "AR": dict(cities=["Buenos Aires", "Rosario", "Mendoza", "La Plata", "Mar del Plata"], country="Argentina", demonym="Argentinian", tlds=[".com.ar"], cur=("ARS ", "ARS"), amt=(40, 300), lang=["es", "es", "en"]),
    "CL": dict(cities=["Valparaíso", "Viña del Mar", "Antofagasta", "Temuco"], country="Chile", demonym="Chilean", tlds=[".cl"], cur=("CLP ", "CLP"), amt=(40, 250), lang=["es", "es", "en"]),
    "DO": dict(cities=["Santo Domingo", "Punta Cana", "Puerto Plata", "Sosúa"], country="the Dominican Republic", demonym="Dominican", tlds=[".com.do"], cur=("RD$", "DOP"), amt=(2000, 12000), lang=["es", "es", "en"]),
}
DOLLAR = {"US", "CA", "AU", "NZ", "AR", "CL", "DO"}
EURO = {"IE", "IT", "NL"}
WORK_DEST = {"IT", "NL", "PL", "GB", "IE", "TR", "CA", "AU"}   # pt/fr "work abroad" posts
AMBIG_FROM = {"IT", "PL", "ZA", "KE", "NL", "IE", "CL", "GH"}
CATEGORIES = ["escort", "massage", "work_abroad", "domestic", "modelling", "classifieds"]
CAT_W = [30, 18, 16, 12, 10, 14]
DISGUISES = ["grouped", "digit_sep", "words", "escape", "spoken_cc", "script"]

NAMES = ["Lexi", "Jade", "Mia", "Aaliyah", "Chioma", "Ama", "Wanjiru", "Thandi", "Priya", "Ayesha",
         "Nadia", "Bea", "Joy", "Sari", "Linh", "Elif", "Giulia", "Sanne", "Kasia", "Valentina",
         "Camila", "Yokasta", "Roxy", "Kiara", "Tayla", "Zara", "Nimmi", "Hira", "Esi", "Amara",
         "Mei", "Dilan", "Chiara", "Noor", "Luz", "Daniela", "Ruby", "Skye", "Imani", "Lola"]
NEUTRAL_NAMES = ["Lexi", "Jade", "Mia", "Roxy", "Kiara", "Tayla", "Zara", "Ruby", "Skye", "Lola"]
BRANDS = ["nightlist", "velvetads", "quickposts", "adzhub", "jobbridge", "maidconnect", "glamcast",
          "cityclassy", "pinkboard", "relaxzone", "workwave", "staffnest", "castingloop", "tradeyard",
          "postaroo", "lunaclasificados", "avisosya", "kontakbaru", "ilanpazari", "annunciotop",
          "sellfast", "modelhive", "spa-finder", "helperhub", "overseasjobsnet", "dreamgigs"]

# --------------------------------------------------------------------------- number words
UNITS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
}
UNITS["tl"] = UNITS["en"]
PLUS = {"en": ["plus"], "tl": ["plus"], "es": ["más", "mas"], "pt": ["mais"], "fr": ["plus"], "it": ["più"], "tr": ["artı"]}
CC_WORDS = {
    "en": {"27": "twenty seven", "31": "thirty one", "39": "thirty nine", "44": "forty four", "48": "forty eight",
           "54": "fifty four", "56": "fifty six", "61": "sixty one", "62": "sixty two", "63": "sixty three",
           "64": "sixty four", "84": "eighty four", "91": "ninety one", "92": "ninety two"},
    "es": {"27": "veintisiete", "31": "treinta y uno", "39": "treinta y nueve", "44": "cuarenta y cuatro",
           "48": "cuarenta y ocho", "54": "cincuenta y cuatro", "56": "cincuenta y seis", "61": "sesenta y uno",
           "62": "sesenta y dos", "63": "sesenta y tres", "64": "sesenta y cuatro", "84": "ochenta y cuatro",
           "90": "noventa", "91": "noventa y uno", "92": "noventa y dos"},
    "pt": {"27": "vinte e sete", "31": "trinta e um", "39": "trinta e nove", "44": "quarenta e quatro",
           "48": "quarenta e oito", "54": "cinquenta e quatro", "56": "cinquenta e seis", "61": "sessenta e um",
           "62": "sessenta e dois", "63": "sessenta e três", "64": "sessenta e quatro", "84": "oitenta e quatro",
           "90": "noventa", "91": "noventa e um", "92": "noventa e dois"},
    "fr": {"27": "vingt-sept", "31": "trente et un", "39": "trente-neuf", "44": "quarante-quatre",
           "48": "quarante-huit", "54": "cinquante-quatre", "56": "cinquante-six", "61": "soixante et un",
           "62": "soixante-deux", "63": "soixante-trois", "64": "soixante-quatre"},
    "it": {"27": "ventisette", "31": "trentuno", "39": "trentanove", "44": "quarantaquattro", "48": "quarantotto",
           "54": "cinquantaquattro", "56": "cinquantasei", "61": "sessantuno", "62": "sessantadue",
           "63": "sessantatré", "64": "sessantaquattro", "84": "ottantaquattro", "90": "novanta",
           "91": "novantuno", "92": "novantadue"},
    "tr": {"27": "yirmi yedi", "31": "otuz bir", "39": "otuz dokuz", "44": "kırk dört", "48": "kırk sekiz",
           "54": "elli dört", "56": "elli altı", "61": "altmış bir", "62": "altmış iki", "63": "altmış üç",
           "64": "altmış dört", "84": "seksen dört", "90": "doksan", "91": "doksan bir", "92": "doksan iki"},
}
CC_WORDS["tl"] = CC_WORDS["en"]
HOMOPHONES = {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}
LEET = {"0": ["zer0"], "4": ["f0ur"], "1": ["0ne"], "2": ["tw0"], "9": ["n1ne"]}
SCRIPTS = {"devanagari": "०१२३४५६७८९", "urdu": "۰۱۲۳۴۵۶۷۸۹", "fullwidth": "０１２３４５６７８９"}
SEPS = ["@", "!", ";", "'", '"', "•", "*", "~", "_", "|", ":", "^", "’", "·", "#", "=", "/"]
ESCAPES = ["\\u2022", "&#8226;", "&bull;", "&nbsp;", "\\u00a0", "&#160;", "&middot;", "\\xa0", "&#x2022;"]


def dig(s):
    return "".join(ch for ch in s if ch.isdigit())


def groups_nat(n):
    out, cur = [], ""
    for ch in n["national"]:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def groups_intl(n):
    g = groups_nat({"national": n["international"]})
    assert g[0] == n["cc"]
    return g


def casing(words, rng, lang):
    mode = rng.choice(["lower", "lower", "upper", "title"]) if lang != "tr" else rng.choice(["lower", "title"])
    f = {"lower": str.lower, "upper": str.upper, "title": str.capitalize}[mode]
    return [f(w) for w in words]


# --------------------------------------------------------------------------- disguises
def r_grouped(n, intl, lang, rng):
    if not intl:
        g = groups_nat(n)
        k = rng.random()
        if k < 0.5:
            raw = n["national"]
        elif k < 0.8:
            raw = rng.choice(["-", ".", " ", " - "]).join(g)
        else:
            raw = "".join(g)
        return raw, "".join(g)
    g = groups_intl(n)
    k = rng.random()
    if k < 0.4:
        return n["international"], "".join(g)
    if k < 0.6:
        return "+" + "".join(g), "".join(g)
    if k < 0.8:
        return "00" + g[0] + " " + " ".join(g[1:]), "00" + "".join(g)
    return "(+" + g[0] + ") " + rng.choice(["-", " ", "."]).join(g[1:]), "".join(g)


def r_digit_sep(n, intl, lang, rng):
    g = groups_intl(n) if intl else groups_nat(n)
    d = "".join(g)
    mode = rng.choice(["each", "each", "pairs", "chunks", "mixed"])
    seps = rng.sample(SEPS, 3)
    if mode == "each":
        chunks = list(d)
    elif mode == "pairs":
        chunks = [d[i:i + 2] for i in range(0, len(d), 2)]
    else:
        chunks, i = [], 0
        while i < len(d):
            k = rng.choice([1, 1, 2, 2, 3])
            chunks.append(d[i:i + k])
            i += k
    if mode == "mixed" and len(chunks) > 4:
        # one chunk gets a number word, one separator is doubled ("312:555::0one99")
        j = rng.randrange(1, len(chunks) - 1)
        c = chunks[j]
        p = rng.randrange(len(c))
        chunks[j] = c[:p] + UNITS["en"][int(c[p])] + c[p + 1:]
    out = chunks[0]
    for c in chunks[1:]:
        s = seps[0] if mode != "mixed" else rng.choice(seps)
        if mode == "mixed" and rng.random() < 0.25:
            s = s + s
        out += s + c
    if intl:
        out = "+" + out if rng.random() < 0.7 else "+" + seps[0] + out
    return out, d


def r_words(n, intl, lang, rng):
    g = groups_intl(n) if intl else groups_nat(n)
    d = "".join(g)
    units = UNITS[lang]
    english = lang in ("en", "tl")
    while True:
        toks = []   # per group: list of (kind, text)
        for grp in g:
            row = []
            for ch in grp:
                k = rng.random()
                if english and ch in HOMOPHONES and k < 0.3:
                    row.append(("w", rng.choice(HOMOPHONES[ch])))
                elif english and ch in LEET and k < 0.4:
                    row.append(("w", rng.choice(LEET[ch])))
                elif k < 0.72:
                    row.append(("w", units[int(ch)]))
                elif ch == "0" and rng.random() < 0.8:
                    row.append(("o", "0"))
                else:
                    row.append(("d", ch))
            toks.append(row)
        flat = [t for row in toks for t in row]
        # letter O for zero only between two Latin digits
        for i, t in enumerate(flat):
            if t[0] == "o":
                ok = 0 < i < len(flat) - 1 and flat[i - 1][0] == "d" and flat[i + 1][0] in ("d", "o")
                ok = ok and (flat[i + 1][0] == "d" or (i + 2 < len(flat) and flat[i + 2][0] == "d"))
                flat[i] = ("O", rng.choice("oO")) if ok else ("d", "0")
        nw = sum(1 for t in flat if t[0] == "w")
        nd = sum(1 for t in flat if t[0] == "d")
        if nw >= 3 and nd >= 1 or nw >= 4:
            break
    wcase = rng.choice(["lower", "lower", "upper", "title"]) if lang != "tr" else rng.choice(["lower", "title"])
    fcase = {"lower": str.lower, "upper": str.upper, "title": str.capitalize}[wcase]
    glue = english and rng.random() < 0.6          # words glued to each other ("sixsixtwo")
    gsep = rng.choice([" ", " ", "-", ".", " "]) if not glue else rng.choice([" ", "-", ""])
    out, i = [], 0
    for row in toks:
        part = ""
        prev = None
        for _ in row:
            kind, txt = flat[i]
            i += 1
            if kind == "w":
                txt = fcase(txt)
            if prev is not None:
                if kind == "w" and prev == "w" and not glue:
                    part += " "
                elif (kind == "w") != (prev == "w") and not english and rng.random() < 0.5:
                    part += " "
            part += txt
            prev = kind
        out.append(part)
    raw = gsep.join(out)
    if intl:
        raw = "+" + raw
    return raw, d


def r_escape(n, intl, lang, rng):
    g = groups_intl(n) if intl else groups_nat(n)
    d = "".join(g)
    if rng.random() < 0.25 and len(g) < 5:
        # split long groups once more
        g2 = []
        for x in g:
            if len(x) >= 4:
                g2 += [x[:2], x[2:]]
            else:
                g2.append(x)
        g = g2
    toks = rng.sample(ESCAPES, 2)
    mixed = rng.random() < 0.3
    out = g[0]
    for x in g[1:]:
        e = rng.choice(toks) if mixed else toks[0]
        if rng.random() < 0.15:
            e = " " + e + " "
        out += e + x
    if intl:
        out = rng.choice(["+", "+", "00"]) + out
        if out.startswith("00"):
            d = "00" + d
    return out, d


def r_spoken_cc(n, intl, lang, rng):
    assert intl
    cc, nsn = n["cc"], n["nsn"]
    units = UNITS[lang]
    parts = []
    dprefix = ""
    ccw = CC_WORDS[lang].get(cc)
    k = rng.random()
    if k < 0.2 and lang in ("en", "tl", "es", "it", "tr"):
        zz = units[0]
        parts.append(zz + " " + zz)
        dprefix = "00"
        parts.append(" ".join(units[int(c)] for c in cc))
    else:
        parts.append(rng.choice(PLUS[lang]))
        if ccw and rng.random() < 0.7:
            parts.append(ccw)
        else:
            parts.append(" ".join(units[int(c)] for c in cc))
    tens_only = parts[-1] in ("noventa", "novanta", "doksan")
    rest_words = not tens_only and rng.random() < 0.65
    g = groups_intl(n)[1:]
    if rest_words:
        sep = rng.choice([" ", " ", ", ", " - "])
        parts.append(sep.join(" ".join(units[int(c)] for c in x) for x in g))
    else:
        parts.append(rng.choice([" ", "-"]).join(g) if rng.random() < 0.6 else nsn)
    words = " ".join(parts)
    if lang != "tr" and rng.random() < 0.25:
        words = words[0].upper() + words[1:]
    return words, dprefix + cc + nsn


def r_script(n, intl, lang, rng):
    g = groups_intl(n) if intl else groups_nat(n)
    d = "".join(g)
    if n["country"] == "IN" and rng.random() < 0.65:
        sc = SCRIPTS["devanagari"]
    elif n["country"] == "PK" and rng.random() < 0.65:
        sc = SCRIPTS["urdu"]
    else:
        sc = SCRIPTS["fullwidth"]
    conv = lambda x: "".join(sc[int(c)] for c in x)
    mix = rng.random() < 0.3 and len(g) >= 3
    latin_at = rng.randrange(len(g)) if mix else -1
    conv_g = [x if i == latin_at else conv(x) for i, x in enumerate(g)]
    sep = rng.choice([" ", " ", "-", ""]) if sc != SCRIPTS["fullwidth"] else rng.choice([" ", "－", "", "-"])
    out = sep.join(conv_g)
    if intl:
        out = (rng.choice(["+", "＋"]) if sc == SCRIPTS["fullwidth"] else "+") + out
    return out, d


RENDER = {"grouped": r_grouped, "digit_sep": r_digit_sep, "words": r_words, "escape": r_escape,
          "spoken_cc": r_spoken_cc, "script": r_script}


# --------------------------------------------------------------------------- texts
# No template contains a digit: every digit of a post belongs to a labelled span.
TITLES = {
    "en": {
        "escort": ["New girl {name} 💋 GFE", "✨ {name} ✨ sweet & discreet", "Hot {name} - incall/outcall", "{name} just arrived 🔥", "Sexy {name} available now", "VIP companion {name} 💎"],
        "massage": ["Relaxing body massage by {name}", "Asian massage ~ {name} ~ full service", "Nuru & tantric massage 🌸 {name}", "Deep tissue & hot stones - {name}", "Sensual massage, new therapist {name}"],
        "work_abroad": ["URGENT hiring: hotel staff abroad ✈️", "Work abroad - waitresses & hostesses needed", "Factory & farm jobs overseas, visa sponsored", "Caregivers wanted for elderly care abroad", "Club dancers wanted, high pay 💰"],
        "domestic": ["Live-in housemaid needed", "Nanny / housekeeper wanted ASAP", "Domestic helper required for family", "Cleaner & cook, live-in, good family"],
        "modelling": ["Casting: new faces for fashion shoot 📸", "Models wanted - promo & hostess work", "Girls wanted for music video", "Photo models needed, no experience"],
        "classifieds": ["Selling iPhone, like new", "Sofa bed for sale, pick up only", "Used car for sale, one owner", "Room for rent, all bills included", "Kids bicycle, good condition", "Gym equipment moving sale"],
    },
    "tl": {
        "escort": ["New dito sa area 💋 {name}", "{name} ✨ sweet and discreet, GFE", "Available ngayon - {name} 🔥"],
        "massage": ["Home service massage by {name}", "Relaxing hilot & massage ~ {name}", "Full body massage, home service 🌸"],
        "work_abroad": ["Hiring! Work abroad, walang placement fee ✈️", "Urgent: waitress and entertainer abroad", "Caregiver abroad, direct hire"],
        "domestic": ["Kasambahay needed, stay-in", "Yaya wanted for baby, stay-in", "Helper needed, mabait na amo"],
        "modelling": ["Casting call: models for TVC 📸", "Looking for promo girls, sexy and confident"],
        "classifieds": ["For sale: rice cooker, halos bago", "Motor for sale, complete papers", "Bedspace for rent, female only"],
    },
    "es": {
        "escort": ["{name} 💋 nueva en la ciudad", "Hermosa {name}, atención completa", "{name} ✨ chica fiestera y discreta", "Escort VIP {name} 🔥"],
        "massage": ["Masajes relajantes con {name}", "Masaje tántrico 🌸 {name}", "Masajista profesional a domicilio"],
        "work_abroad": ["Trabajo en el exterior ✈️ pasaje pagado", "Se buscan camareras para Europa", "Empleo en el extranjero, visa incluida"],
        "domestic": ["Se busca empleada doméstica puertas adentro", "Niñera con experiencia, urgente", "Busco señora para limpieza"],
        "modelling": ["Casting para modelos 📸", "Se buscan chicas para promociones", "Modelos para sesión de fotos"],
        "classifieds": ["Vendo heladera como nueva", "Vendo auto, único dueño", "Alquilo habitación amueblada", "Vendo bicicleta rodado grande"],
    },
    "pt": {
        "work_abroad": ["Trabalho no exterior ✈️ passagem paga", "Vagas na Europa para empregadas de mesa", "Emprego lá fora com visto e alojamento"],
        "domestic": ["Precisa-se de empregada doméstica interna", "Babá para família no exterior"],
        "modelling": ["Casting para modelos 📸 agência internacional", "Procuramos meninas para eventos"],
    },
    "fr": {
        "work_abroad": ["Travail à l'étranger ✈️ billet payé", "Recrutement serveuses et hôtesses en Europe", "Emploi à l'étranger, visa et logement"],
        "domestic": ["Cherche femme de ménage logée", "Nounou pour famille à l'étranger"],
        "modelling": ["Casting mannequins 📸", "Recherche hôtesses pour événements"],
    },
    "it": {
        "escort": ["{name} 💋 novità assoluta", "Bellissima {name}, dolce e discreta", "{name} ✨ appena arrivata"],
        "massage": ["Massaggi rilassanti con {name}", "Massaggio tantrico 🌸 {name}", "Centro massaggi orientali"],
        "work_abroad": ["Cercasi cameriere e hostess", "Lavoro stagionale con alloggio"],
        "domestic": ["Cercasi badante convivente", "Colf e babysitter, urgente"],
        "modelling": ["Casting modelle 📸", "Cerchiamo ragazze per eventi e promo"],
        "classifieds": ["Vendo divano letto", "Vendo scooter, ottimo stato", "Affittasi stanza singola"],
    },
    "tr": {
        "escort": ["{name} 💋 yeni geldim", "Güzel {name}, elit ve gizli", "{name} ✨ VIP eskort"],
        "massage": ["Rahatlatıcı masaj - {name}", "Tantra masajı 🌸 {name}", "Evde masaj hizmeti"],
        "work_abroad": ["Yurt dışında iş ✈️ bilet bizden", "Otel personeli aranıyor"],
        "domestic": ["Yatılı bayan yardımcı aranıyor", "Çocuk bakıcısı aranıyor"],
        "modelling": ["Manken ve model aranıyor 📸", "Tanıtım için hostes aranıyor"],
        "classifieds": ["Satılık buzdolabı, temiz", "Sahibinden satılık araba", "Kiralık oda, eşyalı"],
    },
}
BODY = {
    "en": {
        "escort": ["Hi gents, I'm {name}, sweet, naughty and very discreet.", "Real photos, no rush, no games.", "Incall in a clean private apartment, outcall to hotels.", "GFE, dinner dates and overnights available.", "Gentlemen only, be respectful please.", "No texts from private numbers."],
        "massage": ["Professional therapist, clean room with shower.", "Body to body, nuru and tantric available.", "Relax after a long day, hot towels and oils.", "Walk-ins welcome but booking preferred.", "Friendly Asian staff, happy ending on request."],
        "work_abroad": ["No experience needed, free accommodation and meals.", "Passport processing assisted by our agency.", "Flight ticket paid, salary sent monthly.", "Young ladies preferred, must be single.", "Contract renewable, fast deployment.", "Limited slots, apply now before they run out."],
        "domestic": ["Must be honest, hardworking and good with kids.", "Day off once a month, sleep-in.", "Cooking and laundry required.", "Employer will keep passport for safety.", "Good salary for the right person."],
        "modelling": ["No experience needed, we train you.", "Send full body photos via WhatsApp.", "Paid shoots, travel expenses covered.", "Open-minded girls only.", "Portfolio shoot included for free."],
        "classifieds": ["Barely used, selling because moving abroad.", "Cash only, no trades please.", "Pick up only, no delivery.", "Serious buyers only, no time wasters.", "Price slightly negotiable."],
    },
    "tl": {
        "escort": ["Hi po, I'm {name}, mabait at malinis.", "Real pics po, no scam.", "Pwede outcall sa hotel or condo.", "Walang rush, GFE experience."],
        "massage": ["Home service available, malinis at professional.", "Hilot, Swedish at Shiatsu.", "Pwede rin sa hotel, text lang po."],
        "work_abroad": ["Walang experience needed, libre ang tirahan at pagkain.", "Processing ng passport, kami na bahala.", "Libre ang ticket, monthly ang sahod.", "Dalaga lang po, single."],
        "domestic": ["Dapat honest at masipag.", "Stay-in, isang day off kada buwan.", "Marunong magluto at maglaba."],
        "modelling": ["Walang experience okay lang.", "Send full body pics sa WhatsApp.", "Bayad ang shoot, libre ang pamasahe."],
        "classifieds": ["Gamit pero maayos pa.", "Cash lang, walang palit.", "Pick up lang po."],
    },
    "es": {
        "escort": ["Hola amor, soy {name}, dulce y cariñosa.", "Fotos reales, sin apuro.", "Atiendo en departamento privado y a hoteles.", "Solo caballeros educados."],
        "massage": ["Masajista profesional, ambiente limpio y climatizado.", "Masaje descontracturante, relajante y tántrico.", "Atención con turno previo."],
        "work_abroad": ["No se necesita experiencia, alojamiento y comida gratis.", "Te ayudamos con el pasaporte.", "Pasaje pagado, sueldo mensual en dólares.", "Chicas jóvenes y solteras."],
        "domestic": ["Con referencias comprobables.", "Cama adentro, franco cada quince días.", "Cocinar y planchar."],
        "modelling": ["Sin experiencia, te capacitamos.", "Mandá fotos de cuerpo entero por WhatsApp.", "Trabajo pago, viáticos incluidos."],
        "classifieds": ["Poco uso, impecable.", "Solo efectivo.", "Retiro en domicilio."],
    },
    "pt": {
        "work_abroad": ["Não precisa de experiência, alojamento e comida grátis.", "Ajudamos com o passaporte e o visto.", "Passagem paga, salário mensal em euros.", "Meninas jovens e solteiras de preferência."],
        "domestic": ["Tem de ser honesta e trabalhadora.", "Folga uma vez por mês.", "Cozinhar e passar a ferro."],
        "modelling": ["Sem experiência, nós ensinamos.", "Mande fotos de corpo inteiro pelo WhatsApp.", "Trabalho pago, viagens incluídas."],
    },
    "fr": {
        "work_abroad": ["Pas d'expérience nécessaire, logée et nourrie.", "Nous aidons pour le passeport et le visa.", "Billet payé, salaire mensuel en euros.", "Jeunes filles célibataires de préférence."],
        "domestic": ["Sérieuse et travailleuse.", "Un jour de repos par mois.", "Cuisine et repassage."],
        "modelling": ["Débutantes acceptées, formation assurée.", "Envoyez des photos en pied sur WhatsApp.", "Shootings payés, frais de voyage inclus."],
    },
    "it": {
        "escort": ["Ciao amore, sono {name}, dolce e solare.", "Foto reali, senza fretta.", "Ricevo in ambiente riservato, anche hotel."],
        "massage": ["Massaggiatrice professionale, ambiente pulito.", "Massaggi rilassanti, tantra e body.", "Solo su appuntamento."],
        "work_abroad": ["Nessuna esperienza richiesta, vitto e alloggio.", "Contratto regolare, stipendio mensile."],
        "domestic": ["Seria, referenziata e paziente.", "Convivente, un giorno libero a settimana."],
        "modelling": ["Anche senza esperienza.", "Inviare foto figura intera su WhatsApp."],
        "classifieds": ["Poco usato, come nuovo.", "Solo ritiro a mano.", "Prezzo trattabile."],
    },
    "tr": {
        "escort": ["Merhaba, ben {name}, güler yüzlü ve gizli.", "Fotoğraflar gerçektir.", "Otel ve ev görüşmesi var."],
        "massage": ["Profesyonel masöz, temiz ortam.", "Rahatlatıcı ve tantra masajı.", "Randevu ile çalışıyoruz."],
        "work_abroad": ["Tecrübe gerekmez, konaklama ve yemek ücretsiz.", "Pasaport işlemlerine yardım ediyoruz."],
        "domestic": ["Dürüst ve çalışkan olmalı.", "Yatılı, ayda bir gün izin."],
        "modelling": ["Tecrübe şart değil.", "Boy fotoğrafınızı WhatsApp'tan gönderin."],
        "classifieds": ["Az kullanılmış, temiz.", "Sadece nakit.", "Elden teslim."],
    },
}
PHONE = {
    "en": ["Call {P}", "Text me {P} 💋", "WhatsApp: {P}", "Bookings: {P}", "Call or text {P} anytime", "Contact {P} (no withheld numbers)",
           "Apply via WhatsApp {P}", "Ring {P}", "📞 {P}", "Msg {P} for details", "Viber / WhatsApp {P} ✅", "Reach me on {P}"],
    "tl": ["Text lang po {P}", "Call or text {P}", "WhatsApp/Viber: {P}", "PM or text {P} 📱", "Contact po {P}"],
    "es": ["Llamame al {P}", "WhatsApp: {P}", "Escribime al {P} 💋", "Contacto {P}", "Info al {P}", "Turnos {P}"],
    "pt": ["Ligue para {P}", "WhatsApp: {P}", "Contacto {P}", "Mande mensagem para {P}"],
    "fr": ["Appelez le {P}", "WhatsApp : {P}", "Contact {P}", "Écrivez au {P}"],
    "it": ["Chiamami al {P}", "WhatsApp: {P}", "Info {P}", "Solo chiamate {P}"],
    "tr": ["Ara: {P}", "WhatsApp: {P}", "İletişim {P}", "Bilgi için {P}"],
}
GLUE_PHONE = {"en": "Text {name}{P}", "tl": "Text {name}{P}", "es": "WhatsApp {name}{P}", "pt": "WhatsApp {name}{P}",
              "fr": "WhatsApp {name}{P}", "it": "WhatsApp {name}{P}", "tr": "WhatsApp {name}{P}"}
SECOND_PHONE = {"en": ["Backup line {P}", "Or WhatsApp {P}", "Office: {P}"], "tl": ["Or text {P}", "Globe/Smart {P}"],
                "es": ["Otro número {P}", "O al {P}"], "pt": ["Ou {P}", "Escritório {P}"], "fr": ["Ou {P}", "Bureau {P}"],
                "it": ["Oppure {P}", "Ufficio {P}"], "tr": ["Veya {P}", "Ofis {P}"]}
PLACE = {
    "en": ["Based in {city}.", "📍 {city}", "New in {city} this week!", "Located near {city} centre.", "Serving all of {city}.", "Work location: {city}."],
    "en_country": ["{demonym} girl, sweet and real.", "Jobs in {country}, fast processing.", "Genuine {demonym} lady.", "Now living in {country}."],
    "tl": ["Dito ako sa {city}.", "📍 {city} area lang", "Location: {city}"],
    "es": ["Estoy en {city}.", "📍 {city}", "Zona {city} centro.", "Trabajo en {city}."],
    "pt": ["Trabalho em {city}.", "📍 {city}", "Local: {city}."],
    "fr": ["Poste à {city}.", "📍 {city}", "Lieu : {city}."],
    "it": ["Zona {city}.", "📍 {city}", "Ricevo a {city}."],
    "tr": ["{city} bölgesindeyim.", "📍 {city}", "Yer: {city}."],
}
CLOSE = {"en": ["Thank you 🙏", "xoxo", "Don't miss out!", "Serious inquiries only.", "❤️❤️❤️", "God bless."],
         "tl": ["Salamat po 🙏", "Message lang po!", "Ingat 💕"], "es": ["Besos 💋", "Gracias.", "No pierdas la oportunidad!"],
         "pt": ["Obrigado!", "Vagas limitadas!"], "fr": ["Merci !", "Places limitées !"], "it": ["Baci 💋", "Grazie."],
         "tr": ["Teşekkürler.", "Kaçırmayın!"]}


# --------------------------------------------------------------------------- hard negatives
def thousands(x, lang, country):
    s = "{:,}".format(x)
    if lang in ("es", "it", "tr", "pt", "fr") or country in ("ID", "VN", "TR", "AR", "CL", "IT", "NL", "PL"):
        s = s.replace(",", ".")
    return s


def price_raw(c, lang, rng, unique):
    info = C[c]
    lo, hi = info["amt"]
    amt = rng.randint(lo, hi)
    amt = amt // 10 * 10 if amt > 100 else amt
    if c in ("ID",):
        amt *= 1000
    if c == "VN":
        amt *= 100000
    if c in ("AR", "CL"):
        amt *= 1000
    a = thousands(amt, lang, c)
    if unique:
        sym, code = info["cur"]
        k = rng.random()
        if c == "VN":
            return a + "₫" if k < 0.5 else a + " VND"
        if c == "PL":
            return a + " zł" if k < 0.6 else a + " PLN"
        if sym and k < 0.6:
            return sym + a
        return a + " " + code
    if c in EURO:
        return rng.choice(["€" + a, a + "€", a + " EUR", "€ " + a])
    if c in DOLLAR:
        return "$" + a
    return rng.choice(["$", "USD "]) + str(rng.randint(5, 40) * 10)


def iban(c, rng):
    lens = {"GB": (4, 14), "IE": (4, 14), "NL": (4, 10), "IT": (1, 22), "PL": (0, 24), "TR": (0, 22), "PK": (4, 16), "DO": (4, 20)}
    nl, nd = lens[c]
    bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(nl)) + "".join(str(rng.randint(0, 9)) for _ in range(nd))
    conv = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    check = 98 - int(conv) % 97
    s = c + "%02d" % check + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def postcode(c, rng):
    R = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(k))
    f = {"US": lambda: R(5), "CA": lambda: L(1) + R(1) + L(1) + " " + R(1) + L(1) + R(1), "GB": lambda: L(2) + R(1) + " " + R(1) + L(2),
         "IE": lambda: "D" + R(2) + " " + L(1) + R(3), "AU": lambda: str(rng.randint(2000, 7999)), "NZ": lambda: str(rng.randint(1000, 9999)),
         "IN": lambda: str(rng.randint(110001, 600099)), "PK": lambda: str(rng.randint(10000, 75999)), "NG": lambda: "1" + R(5),
         "GH": lambda: "GA-" + R(3) + "-" + R(4), "KE": lambda: "00" + R(3), "ZA": lambda: str(rng.randint(1000, 8999)),
         "PH": lambda: str(rng.randint(1000, 9999)), "ID": lambda: str(rng.randint(10000, 99999)), "VN": lambda: str(rng.randint(100000, 999999)),
         "TR": lambda: str(rng.randint(10000, 81999)), "IT": lambda: str(rng.randint(10000, 98999)), "NL": lambda: str(rng.randint(1000, 9999)) + " " + L(2),
         "PL": lambda: R(2) + "-" + R(3), "AR": lambda: L(1) + str(rng.randint(1000, 9999)) + L(3), "CL": lambda: R(7), "DO": lambda: R(5)}
    return f[c]()


def neg(kind, c, lang, rng, unique_price, cat):
    R = lambda a, b: str(rng.randint(a, b))
    if kind == "price":
        raw = price_raw(c, lang, rng, unique_price)
        t = {"en": {"escort": ["Rates from {X} per hour.", "Only {X}!", "{X} for one hour."], "massage": ["Rates from {X} per hour.", "Only {X}!"],
                    "classifieds": ["Asking {X}.", "Only {X}!", "Yours for {X}."]}.get(cat, ["Salary {X} monthly.", "Fee: {X}.", "Pay {X} per month."]),
             "tl": ["Rate {X} lang po.", "Sahod {X} per month."], "es": ["Tarifa {X} la hora.", "Sueldo {X} por mes.", "Precio {X}."],
             "pt": ["Salário {X} por mês.", "Taxa de {X}."], "fr": ["Salaire {X} par mois.", "Frais {X}."],
             "it": ["Prezzo {X}.", "Stipendio {X} al mese."], "tr": ["Ücret {X}.", "Maaş {X}."]}[lang]
        return rng.choice(t), raw
    if kind == "age":
        raw = R(19, 34) if rng.random() < 0.8 else R(18, 21) + "-" + R(28, 40)
        t = {"en": ["Age {X}.", "I'm {X} yo.", "Age limit {X}.", "{X} years old."], "tl": ["{X} years old po.", "Edad {X}."],
             "es": ["Tengo {X} años.", "Edad {X}."], "pt": ["Idade {X}."], "fr": ["Âge {X}."], "it": ["Ho {X} anni.", "Età {X}."],
             "tr": ["{X} yaşındayım.", "Yaş {X}."]}[lang]
        return rng.choice(t), raw
    if kind == "height":
        raw = rng.choice([R(4, 5) + "'" + R(1, 9), R(4, 5) + "'" + R(1, 9) + '"', R(152, 180) + " cm", "1." + R(52, 80) + "m"])
        return rng.choice(["Height {X}.", "{X} tall.", "Min height {X}."]), raw
    if kind == "weight":
        raw = rng.choice([R(45, 68) + " kg", R(98, 150) + " lbs", R(45, 68) + "kg"])
        return rng.choice(["Weight {X}.", "{X}, slim.", "Max {X}."]), raw
    if kind == "measurements":
        raw = rng.choice([R(32, 38) + rng.choice("ABCD") + rng.choice(["", "D"]) + "-" + R(23, 28) + "-" + R(34, 40), "9" + R(0, 4) + "-6" + R(0, 4) + "-9" + R(0, 4)])
        return rng.choice(["Stats {X}.", "Measurements {X}.", "{X} curves 😍"]), raw
    if kind == "time":
        raw = rng.choice([R(1, 12) + rng.choice(["pm", "am", " pm"]), R(10, 23) + ":" + rng.choice(["00", "15", "30", "45"]), R(1, 11) + ":30am"])
        return rng.choice(["Available from {X}.", "Last booking {X}.", "Interview at {X}."]), raw
    if kind == "hours":
        raw = rng.choice([R(8, 11) + ":00-" + R(18, 23) + ":00", R(8, 11) + "am-" + R(8, 11) + "pm", R(9, 11) + "am to " + R(1, 3) + "am"])
        return rng.choice(["Open {X}.", "Hours {X}.", "Daily {X}."]), raw
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2025)
        raw = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y)])
        return rng.choice(["Deadline {X}.", "Available until {X}.", "Departure {X}.", "Posted {X}."]), raw
    if kind == "year":
        raw = R(2008, 2023)
        return rng.choice(["In business since {X}.", "Model year {X}.", "Agency est. {X}."]), raw
    if kind == "postcode":
        return rng.choice(["Postcode {X}.", "Zip {X}.", "Post code: {X}"]), postcode(c, rng)
    if kind == "street_number":
        return rng.choice(["{X} Palm Avenue, ground floor.", "Office at {X} Kingfisher Road.", "Pickup at {X} Acacia Street."]), R(3, 2400)
    if kind == "ad_id":
        raw = R(1000000, 99999999) if rng.random() < 0.6 else R(100000000, 9999999999)
        return rng.choice(["Ad ID: {X}", "Ref. {X}", "Listing #{X}"]), raw
    if kind == "tracking":
        A = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(k))
        raw = rng.choice(["1Z " + R(100, 999) + " " + A(3) + " " + R(10, 99) + " " + R(1000, 9999) + " " + R(1000, 9999),
                          rng.choice(["RR", "LX", "EE"]) + R(100000000, 999999999) + rng.choice(["CN", "SG", "HK"])])
        return rng.choice(["Shipped, tracking {X}.", "Tracking {X}"]), raw
    if kind == "order_ref":
        raw = rng.choice(["ORD-" + R(100000, 999999) + "-" + R(10, 99), "A-" + R(10000, 99999) + "-" + R(10, 99), "#" + R(100000, 9999999)])
        return rng.choice(["Order {X}.", "Invoice ref {X}."]), raw
    if kind == "booking_ref":
        raw = rng.choice(["BK-" + R(10000, 99999) + "-" + rng.choice(["XQ", "TL", "MN"]), "HTL" + R(100000, 999999), "CST-" + R(1000, 9999)])
        return rng.choice(["Booking ref {X}.", "Quote code {X} when you apply.", "Casting no. {X}"]), raw
    if kind == "iban":
        return rng.choice(["Processing fee to IBAN {X}.", "Deposit: {X}"]), iban(c, rng)
    if kind == "percent":
        return rng.choice(["{X} real photos.", "{X} genuine.", "{X} discreet."]), rng.choice(["100%", "100 %"])
    if kind == "room":
        return rng.choice(["Hotel, {X}.", "Come to {X}."]), "Room " + R(101, 2412)
    if kind == "highway_exit":
        return rng.choice(["Right off {X}.", "Near {X}, easy parking."]), "Exit " + R(3, 160)
    raise ValueError(kind)


NEG_KINDS = {
    "escort": ["price", "age", "height", "weight", "measurements", "time", "hours", "percent", "room", "highway_exit", "street_number", "ad_id", "date"],
    "massage": ["price", "hours", "street_number", "postcode", "room", "time", "ad_id", "percent", "highway_exit", "date"],
    "work_abroad": ["price", "age", "date", "year", "booking_ref", "iban", "ad_id", "order_ref", "percent", "height"],
    "domestic": ["price", "age", "hours", "date", "year", "street_number", "postcode", "iban"],
    "modelling": ["age", "height", "measurements", "weight", "date", "booking_ref", "price", "time"],
    "classifieds": ["price", "year", "ad_id", "tracking", "order_ref", "postcode", "street_number", "date", "highway_exit", "percent"],
}
IBAN_C = {"GB", "IE", "NL", "IT", "PL", "TR", "PK", "DO"}


# --------------------------------------------------------------------------- posts
GROUP_W = [("region_field", 9), ("location_field", 9), ("region_location", 7), ("international", 13),
           ("text_place", 16), ("url", 15), ("calling_code", 10), ("currency", 8), ("format", 7), ("ambiguous", 6)]
SOURCE_OF = {"region_field": "region_field", "location_field": "location_field", "region_location": "region_field",
             "text_place": "text_place", "url": "url", "currency": "currency", "format": "format", "calling_code": "calling_code"}


def slug(s):
    t = s.lower().replace(" ", "-")
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ń", "n"), ("ó", "o"), ("ś", "s")):
        t = t.replace(a, b)
    return t


def unique_format(n):
    return len(set(n["national_mobile_e164"].values())) == 1


def ambiguous_num(n):
    return len(set(n["national_mobile_e164"].values())) >= 2 and n["country"] in AMBIG_FROM


def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        return json.load(f)["numbers"]


def split_pool(pool):
    rng = random.Random(SPLIT_SEED)
    dev, held = {}, {}
    for c in C:
        nums = [n for n in pool if n["country"] == c]
        rng.shuffle(nums)
        k = len(nums) // 3
        dev[c], held[c] = nums[:k], nums[k:]
    return dev, held


class Nums:
    def __init__(self, by_c, rng):
        self.by_c = {c: list(v) for c, v in by_c.items()}
        self.rng = rng

    def take(self, c, pred=None):
        lst = self.by_c[c]
        cand = [i for i, n in enumerate(lst) if pred is None or pred(n)]
        if not cand:
            raise RuntimeError("number pool exhausted for %s" % c)
        # plain picks keep the numbers that suit `format` / `ambiguous` posts for those posts
        if pred is None:
            plain = [i for i in cand if not unique_format(lst[i]) and not ambiguous_num(lst[i])]
            cand = plain or cand
        return lst.pop(self.rng.choice(cand))

    def has(self, c, pred):
        return any(pred(n) for n in self.by_c[c])


class Sched:
    """Keeps the six disguises at roughly equal shares (spoken_cc only fits international)."""
    def __init__(self, rng):
        self.cnt = Counter()
        self.rng = rng

    def pick(self, intl, exclude=()):
        others = [d for d in DISGUISES if d != "spoken_cc" and d not in exclude]
        noise = lambda: self.rng.random() * 1.5
        if intl and "spoken_cc" not in exclude and self.cnt["spoken_cc"] <= min(self.cnt[d] for d in others):
            d = "spoken_cc"
        elif intl:
            d = min(others, key=lambda x: 3 * self.cnt[x + ".intl"] + self.cnt[x] + noise())
        else:
            d = min(others, key=lambda x: self.cnt[x] + noise())
        self.cnt[d] += 1
        self.cnt[d + (".intl" if intl else ".national")] += 1
        return d


def sentence(template, slot, span, **kw):
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    pre, post = template.split(slot)
    return [p for p in (pre, span, post) if p != ""]


def plain(template, **kw):
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    return [template]


def assemble(sentences, joiner):
    text, spans = "", []
    for si, parts in enumerate(sentences):
        if si:
            text += joiner
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                spans.append((p, len(text), len(text) + len(p["raw"])))
                text += p["raw"]
    return text, spans


def choose_lang(c, cat, group, rng):
    if group in ("format", "ambiguous"):
        return "en"
    if cat in ("work_abroad", "domestic", "modelling") and c in WORK_DEST and rng.random() < 0.4:
        return rng.choice(["pt", "fr"])
    lang = rng.choice(C[c]["lang"])
    return lang if cat in TITLES[lang] else "en"


def make_post(pid, group, c, nums, sched, rng):
    cat = rng.choices(CATEGORIES, CAT_W)[0]
    lang = choose_lang(c, cat, group, rng)
    if cat not in TITLES[lang]:
        cat = rng.choice(list(TITLES[lang]))
    name = rng.choice(NEUTRAL_NAMES if group == "ambiguous" else NAMES)
    info = C[c]
    city = rng.choice(info["cities"])
    # ---- mentions: dicts with num, intl, disguise, source, slot ("title"/"body"), second
    mentions = []
    if group == "ambiguous":
        n = nums.take(c, ambiguous_num)
        mentions.append(dict(num=n, intl=False, source=None))
    elif group == "international":
        n = nums.take(c)
        mentions.append(dict(num=n, intl=True, source="international"))
        k = rng.random()
        if k < 0.35:
            mentions.append(dict(num=n, intl=True, source="international"))
        elif k < 0.45:
            c2 = rng.choice([x for x in C if x != c])
            mentions.append(dict(num=nums.take(c2), intl=True, source="international"))
    elif group == "calling_code":
        a, b = nums.take(c), nums.take(c)
        m = [dict(num=a, intl=True, source="international"), dict(num=b, intl=False, source="calling_code")]
        if rng.random() < 0.4:
            m.reverse()
        mentions += m
    else:
        src = SOURCE_OF[group]
        pred = unique_format if group == "format" else None
        n = nums.take(c, pred)
        intl = group in ("region_field", "location_field", "region_location") and rng.random() < 0.2
        mentions.append(dict(num=n, intl=intl, source="international" if intl else src))
        k = rng.random()
        if k < 0.2:
            mentions.append(dict(num=n, intl=True, source="international"))
        elif k < 0.35:
            mentions.append(dict(num=n, intl=False, source=src))
    for i, m in enumerate(mentions):
        ex = [mentions[0]["disguise"]] if i and mentions[0]["num"] is m["num"] and mentions[0]["intl"] == m["intl"] else []
        m["disguise"] = sched.pick(m["intl"], ex)
        m["raw"], m["digits"] = RENDER[m["disguise"]](m["num"], m["intl"], lang if lang != "tl" else "en", rng)
    # ---- negatives
    no_cue = group in ("currency", "format", "ambiguous")
    kinds = [k for k in NEG_KINDS[cat]
             if not (no_cue and k in ("postcode", "iban")) and not (k == "iban" and c not in IBAN_C)
             and not (group in ("format", "ambiguous") and k == "price")]
    picked = rng.sample(kinds, min(len(kinds), rng.randint(3, 5)))
    if group == "currency" and "price" not in picked:
        picked[0] = "price"
    negs = []
    for k in picked:
        t, raw = neg(k, c, lang, rng, unique_price=(group == "currency"), cat=cat)
        negs.append(dict(kind=k, raw=raw, template=t))
    # ---- title
    title_tpl = rng.choice(TITLES[lang][cat]).replace("{name}", name)
    title = [title_tpl]
    place_in_title = group == "text_place" and rng.random() < 0.35
    if place_in_title:
        cityt = city.upper() if rng.random() < 0.5 else city
        title = [cityt + rng.choice([" ", " • ", ": ", " 💋 "]) + title_tpl]
    title_sent = [title]
    phone_in_title = len(mentions) == 1 and rng.random() < 0.2 or len(mentions) == 2 and rng.random() < 0.35
    # ---- body
    body = []
    if group == "text_place" and not place_in_title:
        if lang == "en" and rng.random() < 0.3:
            body.append(plain(rng.choice(PLACE["en_country"]), country=info["country"], demonym=info["demonym"]))
        else:
            body.append(plain(rng.choice(PLACE[lang]), city=city))
    pool = BODY[lang][cat]
    for s in rng.sample(pool, min(len(pool), rng.randint(2, 3))):
        body.append(plain(s, name=name))
    for ng in negs:
        body.insert(rng.randint(1 if body else 0, len(body)), sentence(ng["template"], "{X}", ng))
    for i, m in enumerate(mentions):
        if i == len(mentions) - 1 and phone_in_title:
            title_sent[0] = title_sent[0] + [rng.choice([" ", " - ", " | ", " 📞 "]), m]
            continue
        if i == 0:
            if m["raw"][0].isdigit() and rng.random() < 0.15:
                tpl = GLUE_PHONE[lang]
            else:
                tpl = rng.choice(PHONE[lang])
        else:
            tpl = rng.choice(SECOND_PHONE[lang])
        s = sentence(tpl, "{P}", m, name=name)
        body.insert(rng.randint(len(body) // 2, len(body)), s)
    body.append(plain(rng.choice(CLOSE[lang])))
    joiner = rng.choice([" ", " ", " ", "\n", " | ", " ✨ "])
    title_text, title_spans = assemble(title_sent, "")
    body_text, body_spans = assemble(body, joiner)
    # ---- site / url
    brand = rng.choice(BRANDS)
    adno = str(rng.randint(100000, 9999999))
    catpath = {"escort": "escorts", "massage": "massage", "work_abroad": "jobs", "domestic": "domestic-help",
               "modelling": "casting", "classifieds": "for-sale"}[cat]
    if group == "url":
        k = rng.random()
        if k < 0.5:
            site = brand + rng.choice(info["tlds"])
            url = "https://www.%s/%s/%s" % (site, catpath, adno)
        elif k < 0.75:
            site = slug(city) + "." + brand + ".com"
            url = "https://%s/%s/%s" % (site, catpath, adno)
        else:
            site = brand + ".com"
            url = "https://%s/%s/%s/%s" % (site, slug(city), catpath, adno)
    else:
        site = brand + rng.choice([".com", ".com", ".net", ".org"])
        url = "https://%s/%s/%s" % (site, catpath, adno)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    posted = "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.choice([2024, 2025]), month, day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    rec = {"id": pid, "title": title_text, "body": body_text, "url": url, "site": site, "posted_at": posted}
    if group in ("region_field", "region_location"):
        rec["region"] = c
    if group in ("location_field", "region_location"):
        rec["location"] = city
    # ---- labels
    phones, amb, negatives = [], [], []
    for field, spans in (("title", title_spans), ("body", body_spans)):
        for sp, a, b in spans:
            if "kind" in sp:
                negatives.append({"kind": sp["kind"], "raw": sp["raw"], "field": field, "start": a, "end": b})
                continue
            n = sp["num"]
            cls = "%s.%s" % (sp["disguise"], "intl" if sp["intl"] else "national")
            if sp["source"] is None:
                amb.append({"raw": sp["raw"], "digits": sp["digits"], "class": cls, "field": field, "start": a, "end": b,
                            "country_candidates": sorted(n["national_mobile_e164"]),
                            "e164_candidates": sorted(set(n["national_mobile_e164"].values()))})
            else:
                phones.append({"e164": n["e164"], "country": n["country"], "class": cls, "region_source": sp["source"],
                               "raw": sp["raw"], "digits": sp["digits"], "field": field, "start": a, "end": b})
    rec["labels"] = {"group": group, "category": cat, "country": None if group == "ambiguous" else c, "language": lang,
                     "phones": phones, "ambiguous": amb, "negatives": negatives,
                     "decoys": sorted({x["kind"] for x in negatives})}
    check_post(rec)
    return rec


def check_post(rec):
    lab = rec["labels"]
    spans = [(x["field"], x["start"], x["end"]) for x in lab["phones"] + lab["ambiguous"] + lab["negatives"]]
    for f in ("title", "body"):
        s = rec[f]
        covered = set()
        for g, a, b in spans:
            if g == f:
                assert not covered & set(range(a, b)), rec["id"]
                covered |= set(range(a, b))
                for k in (a - 1, b):
                    if 0 <= k < len(s):
                        assert not s[k].isdigit() and not s[k].isnumeric(), (rec["id"], s[a:b])
        for i, ch in enumerate(s):
            if ch.isnumeric():
                assert i in covered, (rec["id"], f, s)


def build_split(prefix, n_posts, seed, nums_by_c):
    rng = random.Random(seed)
    nums = Nums(nums_by_c, rng)
    sched = Sched(rng)
    groups = []
    for g, w in GROUP_W:
        groups += [g] * round(w * n_posts / 100)
    while len(groups) < n_posts:
        groups.append("text_place")
    groups = groups[:n_posts]
    rng.shuffle(groups)
    countries = list(C)
    rr = []
    out = []
    for i, g in enumerate(groups):
        if g == "currency":
            cands = [c for c in C if C[c]["cur"]]
        elif g == "format":
            cands = [c for c in C if nums.has(c, unique_format)]
        elif g == "ambiguous":
            cands = [c for c in C if nums.has(c, ambiguous_num)]
        else:
            cands = countries
        if not rr:
            rr = list(countries)
            rng.shuffle(rr)
        pick = next((c for c in rr if c in cands), None) or rng.choice(cands)
        if pick in rr:
            rr.remove(pick)
        out.append(make_post("%s-%04d" % (prefix, i + 1), g, pick, nums, sched, rng))
    return out


def dumps(posts):
    return "".join(json.dumps(p, ensure_ascii=False, sort_keys=False) + "\n" for p in posts)


def build():
    dev_nums, held_nums = split_pool(load_pool())
    return {"dev": dumps(build_split("ph13d", N_DEV, DEV_SEED, dev_nums)),
            "heldout": dumps(build_split("ph13h", N_HELD, HELD_SEED, held_nums))}


def main(argv):
    out = build()
    check = "--check" in argv
    bad = False
    for split, text in out.items():
        path = os.path.join(HERE, split + ".jsonl")
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except FileNotFoundError:
                same = False
            if not same:
                print("%s differs from write.py output" % path)
                bad = True
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
