#!/usr/bin/env python3
"""Write the phones15 blind evaluation set (trafficking routes, 39 countries).

    python3 eval/phones15/write.py              # writes dev.jsonl and heldout.jsonl next to this file
    python3 eval/phones15/write.py --out DIR    # writes them into DIR instead
    python3 eval/phones15/write.py --check      # exit 1 when the files differ from what would be written
    python3 eval/phones15/write.py --stats      # print the count tables used in README.md

Python 3.11 + phonenumbers 9.0.43. Everything is synthetic: numbers are random digits inside each
country's ranges, kept only when libphonenumber calls them valid for that region; US numbers use the
fictional 555-01XX lines; names, sites and second-level domains are invented. Deterministic: the
same run twice gives byte-identical files.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PT

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_POOL = 15015
SEED_DEV = 1515
SEED_HELD = 151599

# ---------------------------------------------------------------------------------------------
# countries and routes

ROUTES = {
    "sahel": ["NE", "ML", "BF", "TD", "SD", "LY", "DZ", "TN", "IT"],
    "gulf": ["NP", "BD", "LK", "ET", "UG", "KE", "SA", "QA", "KW", "OM", "BH", "AE", "LB", "JO"],
    "mekong": ["MM", "LA", "KH", "TH", "MY"],
    "central_america": ["GT", "HN", "SV", "NI", "MX", "US"],
    "andes": ["BO", "PY", "PE", "AR", "CL"],
}
COUNTRIES = [c for r in ROUTES.values() for c in r]
ROUTE_OF = {c: r for r, cs in ROUTES.items() for c in cs}
RARE = ["TD", "BF", "QA", "KW", "OM", "BH", "MM", "LA", "BO", "PY", "SV", "NI"]
ORIGIN = ["NE", "ML", "BF", "TD", "SD", "NP", "BD", "LK", "ET", "UG", "KE", "MM", "LA", "KH",
          "GT", "HN", "SV", "NI", "BO", "PY", "PE"]
TRANSIT = ["LY", "DZ", "TN", "MX"]
DESTS = {
    "NE": ["LY", "DZ", "IT"], "ML": ["DZ", "LY", "IT"], "BF": ["LY", "DZ", "IT"], "TD": ["LY", "IT"],
    "SD": ["LY", "IT", "SA"], "LY": ["IT"], "DZ": ["IT"], "TN": ["IT"],
    "NP": ["QA", "KW", "SA", "AE", "OM", "BH", "MY"], "BD": ["SA", "QA", "KW", "OM", "BH", "AE", "JO"],
    "LK": ["KW", "SA", "QA", "OM", "AE", "JO", "LB"], "ET": ["SA", "LB", "KW", "AE", "JO", "QA"],
    "UG": ["SA", "QA", "OM", "AE", "JO"], "KE": ["SA", "QA", "OM", "BH", "AE", "LB"],
    "MM": ["TH", "MY"], "LA": ["TH"], "KH": ["TH", "MY"],
    "GT": ["MX", "US"], "HN": ["MX", "US"], "SV": ["US", "MX"], "NI": ["US", "MX"], "MX": ["US"],
    "BO": ["AR", "CL"], "PY": ["AR"], "PE": ["CL", "AR"],
}

LANGS = {
    "NE": [("fr", 1.0)], "ML": [("fr", 1.0)], "BF": [("fr", 1.0)], "TD": [("fr", .6), ("ar", .4)],
    "SD": [("ar", .7), ("en", .3)], "LY": [("ar", .8), ("en", .2)], "DZ": [("fr", .5), ("ar", .5)],
    "TN": [("fr", .5), ("ar", .5)], "IT": [("it", .6), ("fr", .2), ("en", .2)],
    "NP": [("ne", .75), ("en", .25)], "BD": [("bn", .7), ("en", .3)], "LK": [("en", .6), ("si", .4)],
    "ET": [("am", .7), ("en", .3)], "UG": [("en", 1.0)], "KE": [("en", 1.0)],
    "SA": [("ar", .6), ("en", .4)], "QA": [("ar", .5), ("en", .5)], "KW": [("ar", .5), ("en", .5)],
    "OM": [("ar", .5), ("en", .5)], "BH": [("ar", .5), ("en", .5)], "AE": [("ar", .5), ("en", .5)],
    "LB": [("ar", .5), ("fr", .2), ("en", .3)], "JO": [("ar", .6), ("en", .4)],
    "MM": [("my", .8), ("en", .2)], "LA": [("lo", .8), ("en", .2)], "KH": [("km", .8), ("en", .2)],
    "TH": [("th", .8), ("en", .2)], "MY": [("ms", .5), ("en", .5)],
    "GT": [("es", 1.0)], "HN": [("es", 1.0)], "SV": [("es", 1.0)], "NI": [("es", 1.0)],
    "MX": [("es", 1.0)], "US": [("en", .5), ("es", .5)], "BO": [("es", .9), ("pt", .1)],
    "PY": [("es", .8), ("pt", .2)], "PE": [("es", 1.0)], "AR": [("es", .85), ("pt", .15)], "CL": [("es", 1.0)],
}
SHARED_LANGS = ("en", "fr", "es", "ar")

SCRIPT = {"SD": "arab", "SA": "arab", "QA": "arab", "KW": "arab", "OM": "arab", "BH": "arab", "AE": "arab",
          "JO": "arab", "LB": "arab", "NP": "deva", "BD": "beng", "MM": "mymr", "LA": "laoo", "KH": "khmr",
          "TH": "thai"}
SCRIPT_LANG = {"arab": "ar", "pers": "ar", "deva": "ne", "beng": "bn", "mymr": "my", "laoo": "lo", "khmr": "km",
               "thai": "th"}
ZERO = {"arab": 0x660, "pers": 0x6F0, "deva": 0x966, "beng": 0x9E6, "mymr": 0x1040, "laoo": 0xED0,
        "khmr": 0x17E0, "thai": 0xE50}
PERSIAN_OK = {"SA", "QA", "KW", "OM", "BH", "AE"}


def to_script(s, script):
    z = ZERO[script]
    return "".join(chr(z + int(ch)) if "0" <= ch <= "9" else ch for ch in s)


def local_script(country, lang, rng):
    sc = SCRIPT.get(country)
    if sc is None or SCRIPT_LANG[sc] != lang:
        return None
    if sc == "arab" and country in PERSIAN_OK and rng.random() < 0.2:
        return "pers"
    return sc


# cities: 'en' is the transliteration / Latin spelling, other keys the local-language form
CITIES = {
    "NE": [{"en": "Niamey"}, {"en": "Zinder"}, {"en": "Maradi"}, {"en": "Agadez"}],
    "ML": [{"en": "Bamako"}, {"en": "Sikasso"}, {"en": "Kayes"}, {"en": "Segou", "fr": "Ségou"}],
    "BF": [{"en": "Ouagadougou"}, {"en": "Bobo-Dioulasso"}, {"en": "Koudougou"}, {"en": "Ouaga"}],
    "TD": [{"en": "N'Djamena", "fr": "N'Djaména", "ar": "انجمينا"}, {"en": "Moundou", "ar": "موندو"},
           {"en": "Abeche", "fr": "Abéché", "ar": "أبشة"}],
    "SD": [{"en": "Khartoum", "ar": "الخرطوم"}, {"en": "Omdurman", "ar": "أم درمان"},
           {"en": "Port Sudan", "ar": "بورتسودان"}, {"en": "Kassala", "ar": "كسلا"}],
    "LY": [{"en": "Benghazi", "ar": "بنغازي"}, {"en": "Misrata", "ar": "مصراتة"}, {"en": "Sabha", "ar": "سبها"},
           {"en": "Zuwara", "ar": "زوارة"}],
    "DZ": [{"en": "Algiers", "fr": "Alger", "ar": "الجزائر العاصمة"}, {"en": "Oran", "ar": "وهران"},
           {"en": "Constantine", "ar": "قسنطينة"}, {"en": "Tamanrasset", "ar": "تمنراست"}],
    "TN": [{"en": "Tunis", "ar": "تونس العاصمة"}, {"en": "Sfax", "ar": "صفاقس"}, {"en": "Sousse", "ar": "سوسة"}],
    "IT": [{"en": "Rome", "it": "Roma"}, {"en": "Naples", "it": "Napoli"}, {"en": "Palermo", "fr": "Palerme"},
           {"en": "Catania", "fr": "Catane"}, {"en": "Milan", "it": "Milano"}],
    "NP": [{"en": "Kathmandu", "ne": "काठमाडौं"}, {"en": "Pokhara", "ne": "पोखरा"},
           {"en": "Biratnagar", "ne": "विराटनगर"}, {"en": "Birgunj", "ne": "वीरगंज"}],
    "BD": [{"en": "Dhaka", "bn": "ঢাকা"}, {"en": "Chattogram", "bn": "চট্টগ্রাম"}, {"en": "Sylhet", "bn": "সিলেট"},
           {"en": "Khulna", "bn": "খুলনা"}],
    "LK": [{"en": "Colombo", "si": "කොළඹ"}, {"en": "Kandy", "si": "මහනුවර"}, {"en": "Galle", "si": "ගාල්ල"},
           {"en": "Negombo", "si": "මීගමුව"}],
    "ET": [{"en": "Addis Ababa", "am": "አዲስ አበባ"}, {"en": "Bahir Dar", "am": "ባሕር ዳር"},
           {"en": "Hawassa", "am": "ሀዋሳ"}, {"en": "Dire Dawa", "am": "ድሬዳዋ"}],
    "UG": [{"en": "Kampala"}, {"en": "Jinja"}, {"en": "Gulu"}, {"en": "Mbarara"}],
    "KE": [{"en": "Nairobi"}, {"en": "Mombasa"}, {"en": "Kisumu"}, {"en": "Nakuru"}],
    "SA": [{"en": "Riyadh", "ar": "الرياض"}, {"en": "Jeddah", "ar": "جدة"}, {"en": "Dammam", "ar": "الدمام"}],
    "QA": [{"en": "Doha", "ar": "الدوحة"}, {"en": "Al Wakrah", "ar": "الوكرة"}, {"en": "Al Rayyan", "ar": "الريان"}],
    "KW": [{"en": "Hawalli", "ar": "حولي"}, {"en": "Salmiya", "ar": "السالمية"},
           {"en": "Farwaniya", "ar": "الفروانية"}, {"en": "Jahra", "ar": "الجهراء"}],
    "OM": [{"en": "Muscat", "ar": "مسقط"}, {"en": "Salalah", "ar": "صلالة"}, {"en": "Sohar", "ar": "صحار"},
           {"en": "Nizwa", "ar": "نزوى"}],
    "BH": [{"en": "Manama", "ar": "المنامة"}, {"en": "Muharraq", "ar": "المحرق"}, {"en": "Riffa", "ar": "الرفاع"}],
    "AE": [{"en": "Dubai", "ar": "دبي"}, {"en": "Sharjah", "ar": "الشارقة"}, {"en": "Abu Dhabi", "ar": "أبوظبي"},
           {"en": "Ajman", "ar": "عجمان"}],
    "LB": [{"en": "Beirut", "fr": "Beyrouth", "ar": "بيروت"}, {"en": "Jounieh", "ar": "جونية"},
           {"en": "Saida", "fr": "Saïda", "ar": "صيدا"}, {"en": "Zahle", "fr": "Zahlé", "ar": "زحلة"}],
    "JO": [{"en": "Amman", "ar": "عمّان"}, {"en": "Zarqa", "ar": "الزرقاء"}, {"en": "Irbid", "ar": "إربد"},
           {"en": "Aqaba", "ar": "العقبة"}],
    "MM": [{"en": "Yangon", "my": "ရန်ကုန်"}, {"en": "Mandalay", "my": "မန္တလေး"},
           {"en": "Myawaddy", "my": "မြဝတီ"}, {"en": "Mawlamyine", "my": "မော်လမြိုင်"}],
    "LA": [{"en": "Vientiane", "lo": "ວຽງຈັນ"}, {"en": "Luang Prabang", "lo": "ຫຼວງພະບາງ"},
           {"en": "Savannakhet", "lo": "ສະຫວັນນະເຂດ"}, {"en": "Pakse", "lo": "ປາກເຊ"}],
    "KH": [{"en": "Phnom Penh", "km": "ភ្នំពេញ"}, {"en": "Siem Reap", "km": "សៀមរាប"},
           {"en": "Poipet", "km": "ប៉ោយប៉ែត"}, {"en": "Battambang", "km": "បាត់ដំបង"}],
    "TH": [{"en": "Bangkok", "th": "กรุงเทพฯ"}, {"en": "Pattaya", "th": "พัทยา"},
           {"en": "Chiang Mai", "th": "เชียงใหม่"}, {"en": "Mae Sot", "th": "แม่สอด"}],
    "MY": [{"en": "Kuala Lumpur"}, {"en": "Johor Bahru"}, {"en": "Penang", "ms": "Pulau Pinang"},
           {"en": "Kota Kinabalu"}],
    "GT": [{"en": "Quetzaltenango"}, {"en": "Mixco"}, {"en": "Tecun Uman", "es": "Tecún Umán"}, {"en": "Escuintla"}],
    "HN": [{"en": "Tegucigalpa"}, {"en": "San Pedro Sula"}, {"en": "La Ceiba"}, {"en": "Choloma"}],
    "SV": [{"en": "San Salvador"}, {"en": "Soyapango"}, {"en": "Santa Tecla"}, {"en": "Sonsonate"}],
    "NI": [{"en": "Managua"}, {"en": "Chinandega"}, {"en": "Esteli", "es": "Estelí"}, {"en": "Masaya"}],
    "MX": [{"en": "Tijuana"}, {"en": "Tapachula"}, {"en": "Ciudad Juarez", "es": "Ciudad Juárez"},
           {"en": "Monterrey"}, {"en": "Guadalajara"}],
    "US": [{"en": "Houston"}, {"en": "Phoenix"}, {"en": "Dallas"}, {"en": "Atlanta"}],
    "BO": [{"en": "El Alto"}, {"en": "Cochabamba"}, {"en": "Santa Cruz de la Sierra"}, {"en": "Oruro"}],
    "PY": [{"en": "Asuncion", "es": "Asunción"}, {"en": "Ciudad del Este", "pt": "Cidade do Leste"},
           {"en": "Encarnacion", "es": "Encarnación"}, {"en": "Luque"}],
    "PE": [{"en": "Lima"}, {"en": "Arequipa"}, {"en": "Juliaca"}, {"en": "Tacna"}],
    "AR": [{"en": "Buenos Aires"}, {"en": "Mendoza"}, {"en": "Rosario"}, {"en": "Salta"}],
    "CL": [{"en": "Santiago de Chile"}, {"en": "Valparaiso", "es": "Valparaíso"}, {"en": "Antofagasta"},
           {"en": "Iquique"}],
}


def city_name(city, lang, rng, prefer_local=0.8):
    if lang in city and rng.random() < prefer_local:
        return city[lang]
    return city["en"]


def city_slug(city):
    s = unicodedata.normalize("NFKD", city["en"]).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "-", s).strip("-")


DEST_NAMES = {
    "LY": {"en": "Libya", "fr": "Libye", "ar": "ليبيا", "es": "Libia"},
    "DZ": {"en": "Algeria", "fr": "Algérie", "ar": "الجزائر"},
    "TN": {"en": "Tunisia", "fr": "Tunisie", "ar": "تونس"},
    "IT": {"en": "Italy", "fr": "Italie", "ar": "إيطاليا", "it": "Italia", "es": "Italia"},
    "SA": {"en": ["Saudi Arabia", "Riyadh"], "ar": "السعودية", "ne": "साउदी अरब", "bn": "সৌদি আরব",
           "am": "ሳውዲ አረቢያ", "fr": "Arabie saoudite", "si": "සෞදි අරාබිය"},
    "QA": {"en": ["Qatar", "Doha"], "ar": "قطر", "ne": "कतार", "bn": "কাতার", "am": "ኳታር", "si": "කටාර්"},
    "KW": {"en": "Kuwait", "ar": "الكويت", "ne": "कुवेत", "bn": "কুয়েত", "am": "ኩዌት", "si": "කුවේට්"},
    "OM": {"en": ["Oman", "Muscat"], "ar": "عُمان", "ne": "ओमान", "bn": "ওমান", "am": "ኦማን"},
    "BH": {"en": "Bahrain", "ar": "البحرين", "ne": "बहराइन", "bn": "বাহরাইন", "am": "ባህሬን"},
    "AE": {"en": ["Dubai", "UAE"], "ar": "دبي", "ne": "दुबई", "bn": "দুবাই", "am": "ዱባይ", "si": "ඩුබායි"},
    "LB": {"en": ["Lebanon", "Beirut"], "ar": "لبنان", "am": "ሊባኖስ", "bn": "লেবানন"},
    "JO": {"en": ["Jordan", "Amman"], "ar": "الأردن", "am": "ዮርዳኖስ", "bn": "জর্ডান"},
    "TH": {"en": ["Thailand", "Bangkok"], "my": "ထိုင်း", "lo": "ໄທ", "km": "ថៃ"},
    "MY": {"en": ["Malaysia", "Kuala Lumpur"], "my": "မလေးရှား", "lo": "ມາເລເຊຍ", "km": "ម៉ាឡេស៊ី",
           "ne": "मलेसिया", "bn": "মালয়েশিয়া"},
    "MX": {"es": "México", "en": "Mexico"},
    "US": {"es": ["Estados Unidos", "USA"], "en": "USA"},
    "AR": {"es": ["Argentina", "Buenos Aires"], "pt": "Argentina", "en": "Argentina"},
    "CL": {"es": ["Chile", "Santiago de Chile"], "pt": "Chile", "en": "Chile"},
}


def dest_name(dest, lang, rng):
    names = DEST_NAMES[dest]
    v = names.get(lang)
    if v is None:
        return None
    return rng.choice(v) if isinstance(v, list) else v


# ---------------------------------------------------------------------------------------------
# phrase banks (plain text only: never a digit; every number in a post is a labelled span)

CATS = ["domestic", "construction", "hotel", "farm", "modelling", "visa", "escort", "massage", "rooms", "cars",
        "phones"]
RECRUIT = {"domestic", "construction", "hotel", "farm", "modelling", "visa"}

L = {
    "en": {
        "title": {
            "domestic": ["Housemaids needed", "Domestic workers wanted", "House helper required, live-in",
                         "Cleaners and nannies needed urgently"],
            "construction": ["Construction workers wanted", "Masons and helpers needed",
                             "Steel fixers and carpenters required"],
            "hotel": ["Hotel staff needed", "Waitresses and room attendants wanted", "Restaurant and hotel jobs"],
            "farm": ["Farm workers needed", "Harvest workers wanted", "Plantation jobs, free transport"],
            "modelling": ["Models wanted", "New faces for photo shoots", "Hostess and model casting"],
            "escort": ["Sweet company tonight", "Young lady available", "VIP companion", "New in town"],
            "massage": ["Relaxing massage", "Full body massage", "Spa and massage, home service"],
            "visa": ["We arrange visa and ticket", "Visa and air ticket service", "Work visa processing"],
            "rooms": ["Room for rent", "Shared room available", "Bed space for ladies"],
            "cars": ["Car for sale", "Toyota for sale, good condition", "Pickup for sale"],
            "phones": ["Phone for sale", "Used smartphone for sale", "Mobile for sale, like new"],
        },
        "intro": {
            "domestic": ["Female workers needed for family homes.", "Cooking and cleaning, live-in."],
            "construction": ["Free food and accommodation.", "Overtime available."],
            "hotel": ["Experience not required.", "Training given on arrival."],
            "farm": ["Free transport to the farm.", "Seasonal contract."],
            "modelling": ["No experience needed, young girls preferred.", "Photo shoots and events."],
            "escort": ["Discreet and friendly.", "Incall and outcall."],
            "massage": ["Professional therapists.", "Home and hotel service."],
            "visa": ["Fast processing, no interview.", "Ticket included, leave in two weeks."],
            "rooms": ["Water and electricity included.", "Near the market."],
            "cars": ["Papers complete.", "Price negotiable."],
            "phones": ["No scratches, box included.", "Original charger."],
        },
        "work_in": ["Work in {}", "Jobs in {}", "Urgent demand for {}", "Fly to {} for work"],
        "place": ["Office in {}", "Our agency is in {}", "Based in {}", "Visit our office, {}"],
        "avail": ["Available in {}", "Incall {}", "Location: {}", "I am in {}"],
        "branch": ["Branch in {}: ", "{} office: "],
        "call": ["Call", "Contact", "Tel", "Call or WhatsApp", "Phone"],
        "close": ["Serious people only.", "No hidden numbers.", "Thank you."],
        "no_phone": ["Reply through the site inbox only.", "Message me here, no calls."],
        "neg": {
            "price": ["Price {}", "{} only", "Rate: {}", "{} per hour"],
            "salary": ["Salary {}", "Monthly salary {}", "Pay: {}"],
            "age": ["Age {}", "{} yrs old", "Age limit {}"],
            "height": ["Height {}", "{} tall"],
            "weight": ["Weight {}"],
            "date": ["Posted {}", "Deadline {}", "Interview on {}", "Departure {}"],
            "time": ["Open {}", "Available {}", "Call between {}"],
            "passport": ["Passport N° {}", "Passport no. {}", "Send passport copy (no. {})"],
            "visa": ["Visa no. {}", "Visa ref {}"],
            "ref": ["Ref: {}", "Ref. no. {}"],
            "order": ["Order #{}", "Order no. {}"],
            "job_code": ["Job code {}", "Position {}"],
            "tracking": ["Tracking {}", "Documents sent by courier, tracking {}"],
            "bank_account": ["Deposit to A/C {}", "Account no. {}"],
            "iban": ["IBAN {}", "Bank transfer, IBAN {}"],
            "licence": ["Licence No. {}", "Govt. licence {}", "Lic. {}"],
            "year": ["Model {}", "Year {}"],
            "mileage": ["{} driven", "Mileage {}"],
            "model": ["iPhone {}", "Galaxy {}", "Redmi Note {}"],
            "storage": ["{} storage", "Memory {}"],
            "rooms": ["{} rooms", "{} beds in the room"],
        },
    },
    "fr": {
        "title": {
            "domestic": ["Recherche femmes de ménage", "Bonnes à tout faire recherchées", "Aide ménagère demandée"],
            "construction": ["Recrutement maçons et manœuvres", "Ouvriers du bâtiment recherchés"],
            "hotel": ["Personnel d'hôtel recherché", "Serveuses et femmes de chambre"],
            "farm": ["Ouvriers agricoles recherchés", "Travail dans les champs, récolte"],
            "modelling": ["Casting mannequins", "Jeunes filles pour défilés et photos"],
            "escort": ["Belle compagnie ce soir", "Jeune femme disponible", "Nouvelle en ville"],
            "massage": ["Massage relaxant", "Massage complet à domicile"],
            "visa": ["Nous faisons visa et billet", "Visa et billet d'avion garantis", "Dossier de visa de travail"],
            "rooms": ["Chambre à louer", "Chambre meublée disponible"],
            "cars": ["Voiture à vendre", "Toyota à vendre, bon état"],
            "phones": ["Téléphone à vendre", "Smartphone d'occasion"],
        },
        "intro": {
            "domestic": ["Logée, nourrie.", "Travail sérieux pour familles."],
            "construction": ["Logement assuré.", "Départ rapide."],
            "hotel": ["Pas besoin d'expérience."], "farm": ["Transport assuré."],
            "modelling": ["Débutantes acceptées."], "escort": ["Discrète et douce.", "Reçoit et se déplace."],
            "massage": ["Mains expertes, ambiance calme."], "visa": ["Départ rapide, sans rendez-vous."],
            "rooms": ["Eau et électricité comprises."], "cars": ["Papiers en règle.", "Prix à débattre."],
            "phones": ["Aucune rayure, avec boîte."],
        },
        "work_in": ["Travail en {}", "Emploi en {}", "Partez travailler en {}", "Contrat en {}"],
        "place": ["Bureau à {}", "Agence basée à {}", "Nous sommes à {}"],
        "avail": ["Disponible à {}", "Je suis à {}", "Quartier calme, {}"],
        "branch": ["Bureau en {} : "],
        "call": ["Appelez", "Contact", "Tél", "Appel ou WhatsApp", "Joignable au"],
        "close": ["Sérieux uniquement.", "Pas de numéro masqué.", "Merci."],
        "no_phone": ["Répondez par la messagerie du site.", "Message privé uniquement."],
        "neg": {
            "price": ["Prix {}", "{} seulement", "Tarif : {}"],
            "salary": ["Salaire {}", "Salaire mensuel {}"],
            "age": ["Âge {}", "{} ans"],
            "height": ["Taille {}"], "weight": ["Poids {}"], "tracking": ["Suivi colis {}"],
            "date": ["Publié le {}", "Date limite {}", "Départ le {}"],
            "time": ["Ouvert {}", "Disponible {}"],
            "passport": ["Passeport N° {}", "Copie du passeport (N° {})"],
            "visa": ["Visa N° {}"],
            "ref": ["Réf. {}", "Référence {}"],
            "order": ["Commande N° {}"],
            "job_code": ["Code poste {}"],
            "licence": ["Agrément N° {}", "Licence N° {}"],
            "bank_account": ["Versement au compte {}"],
            "iban": ["IBAN {}"],
            "year": ["Année {}"], "mileage": ["Kilométrage {}"],
            "rooms": ["{} pièces"],
        },
    },
    "es": {
        "title": {
            "domestic": ["Se busca empleada doméstica", "Trabajadoras del hogar", "Niñera y limpieza"],
            "construction": ["Se necesitan albañiles", "Trabajo en construcción"],
            "hotel": ["Personal para hotel", "Meseras y camareras"],
            "farm": ["Trabajo en el campo", "Jornaleros para cosecha"],
            "modelling": ["Casting de modelos", "Chicas para sesiones de fotos"],
            "escort": ["Compañía agradable", "Chica linda disponible", "Nueva en la ciudad"],
            "massage": ["Masajes relajantes", "Masaje completo a domicilio"],
            "visa": ["Tramitamos visa y pasaje", "Te conseguimos visa y boleto"],
            "rooms": ["Cuarto en alquiler", "Se renta habitación"],
            "cars": ["Vendo auto", "Vendo camioneta Toyota"],
            "phones": ["Vendo celular", "Celular usado en buen estado"],
        },
        "intro": {
            "domestic": ["Con cama adentro.", "Buen trato, pago puntual."],
            "construction": ["Hospedaje incluido."], "hotel": ["No se necesita experiencia."],
            "farm": ["Transporte y comida."], "modelling": ["Sin experiencia, jóvenes."],
            "escort": ["Discreta y cariñosa."], "massage": ["Ambiente tranquilo."],
            "visa": ["Salida inmediata."], "rooms": ["Agua y luz incluidos."],
            "cars": ["Papeles al día."], "phones": ["Sin rayones, con caja."],
        },
        "work_in": ["Trabajo en {}", "Empleo en {}", "Viaja a trabajar a {}"],
        "place": ["Oficina en {}", "Estamos en {}", "Agencia en {}"],
        "avail": ["Disponible en {}", "Zona {}", "Atiendo en {}"],
        "branch": ["Oficina en {}: "],
        "call": ["Llama al", "Contacto", "Tel", "Escríbeme al", "Info"],
        "close": ["Solo interesados.", "Gracias.", "No contesto números privados."],
        "no_phone": ["Escríbeme por mensaje en la página.", "Solo por el chat del sitio."],
        "neg": {
            "price": ["Precio {}", "{} la hora", "Tarifa {}"],
            "salary": ["Sueldo {}", "Salario mensual {}"],
            "age": ["Edad {}", "{} años"],
            "height": ["Estatura {}"], "weight": ["Peso {}"], "tracking": ["Guía de envío {}"],
            "date": ["Publicado el {}", "Fecha límite {}", "Salida el {}"],
            "time": ["Horario {}", "Atiendo {}"],
            "passport": ["Pasaporte N° {}", "Pasaporte No. {}"],
            "visa": ["Visa No. {}"],
            "ref": ["Ref. {}", "Referencia {}"],
            "order": ["Pedido N° {}"],
            "job_code": ["Código de puesto {}"],
            "licence": ["Licencia No. {}", "Registro {}"],
            "bank_account": ["Depósito a la cuenta {}"],
            "year": ["Modelo {}", "Año {}"], "mileage": ["Kilometraje {}"],
            "rooms": ["{} cuartos"],
        },
    },
    "ar": {
        "title": {
            "domestic": ["مطلوب عاملات منزليات", "مطلوب خادمة للعمل", "مربية أطفال وتنظيف"],
            "construction": ["مطلوب عمال بناء", "مطلوب بنائين ومساعدين"],
            "hotel": ["مطلوب موظفين للفندق", "نادلات وعاملات غرف"],
            "farm": ["مطلوب عمال مزارع", "عمل في المزرعة"],
            "modelling": ["مطلوب عارضات أزياء", "تصوير وإعلانات للفتيات"],
            "escort": ["رفقة ممتعة الليلة", "فتاة جديدة متاحة", "صديقة لطيفة"],
            "massage": ["مساج استرخاء", "مساج كامل وخدمة منزلية"],
            "visa": ["نوفر الفيزا والتذكرة", "استخراج فيزا عمل وتذاكر"],
            "rooms": ["غرفة للإيجار", "سكن مشترك للبنات"],
            "cars": ["سيارة للبيع", "تويوتا للبيع بحالة ممتازة"],
            "phones": ["جوال للبيع", "هاتف مستعمل للبيع"],
        },
        "intro": {
            "domestic": ["سكن وأكل مجانا."], "construction": ["السكن على الشركة."],
            "hotel": ["لا يشترط الخبرة."], "farm": ["النقل مجاني."], "modelling": ["بدون خبرة."],
            "escort": ["سرية تامة."], "massage": ["أجواء هادئة."], "visa": ["سفر سريع."],
            "rooms": ["شامل الماء والكهرباء."], "cars": ["الأوراق كاملة."], "phones": ["بدون خدوش مع العلبة."],
        },
        "work_in": ["عمل في {}", "مطلوب للعمل في {}", "سفر إلى {}"],
        "place": ["مكتبنا في {}", "المكتب: {}", "مقرنا {}"],
        "avail": ["متواجدة في {}", "في {}", "المنطقة: {}"],
        "branch": ["فرعنا في {}: "],
        "call": ["للتواصل", "اتصل", "واتساب", "هاتف"],
        "close": ["للجادين فقط.", "شكرا."],
        "no_phone": ["التواصل عبر رسائل الموقع فقط."],
        "neg": {
            "price": ["السعر {}", "{} فقط"],
            "salary": ["الراتب {}", "راتب شهري {}"],
            "age": ["العمر {}", "{} سنة"],
            "height": ["الطول {}"], "weight": ["الوزن {}"], "tracking": ["رقم الشحنة {}"],
            "date": ["تاريخ النشر {}", "السفر {}"],
            "time": ["الدوام {}"],
            "passport": ["جواز سفر رقم {}"],
            "visa": ["تأشيرة رقم {}"],
            "ref": ["مرجع {}"],
            "order": ["طلب رقم {}"],
            "licence": ["ترخيص رقم {}"],
            "bank_account": ["حساب رقم {}"],
            "iban": ["آيبان {}"],
            "year": ["موديل {}"],
            "mileage": ["الممشى {}"],
            "rooms": ["{} غرف"],
        },
    },
    "it": {
        "title": {
            "domestic": ["Cercasi colf e badanti", "Collaboratrice domestica cercasi"],
            "construction": ["Cercasi muratori", "Operai edili cercasi"],
            "hotel": ["Personale per hotel", "Camerieri e cameriere ai piani"],
            "farm": ["Braccianti per raccolta", "Lavoro nei campi"],
            "modelling": ["Casting modelle", "Ragazze per servizi fotografici"],
            "escort": ["Dolce compagnia", "Ragazza nuova in città"],
            "massage": ["Massaggi rilassanti", "Massaggio completo"],
            "visa": ["Pratiche visto e biglietto", "Permesso di soggiorno e visti"],
            "rooms": ["Affittasi stanza", "Posto letto disponibile"],
            "cars": ["Vendo auto", "Vendo furgone"],
            "phones": ["Vendo telefono", "Smartphone usato"],
        },
        "intro": {
            "domestic": ["Vitto e alloggio."], "construction": ["Alloggio incluso."],
            "hotel": ["Anche senza esperienza."], "farm": ["Trasporto garantito."],
            "modelling": ["Anche prima esperienza."], "escort": ["Riservata e dolce."],
            "massage": ["Ambiente tranquillo."], "visa": ["Pratiche veloci."], "rooms": ["Spese incluse."],
            "cars": ["Tagliandata."], "phones": ["Perfetto, con scatola."],
        },
        "place": ["Ufficio a {}", "Siamo a {}"],
        "avail": ["Disponibile a {}", "Zona {}"],
        "call": ["Chiama", "Contatto", "Tel", "Scrivi su WhatsApp al"],
        "close": ["No anonimi.", "Grazie."],
        "no_phone": ["Solo messaggi sul sito."],
        "neg": {
            "price": ["Prezzo {}", "{} all'ora"], "salary": ["Stipendio {}"], "age": ["Età {}", "{} anni"],
            "height": ["Altezza {}"], "weight": ["Peso {}"], "date": ["Pubblicato il {}"], "time": ["Orario {}"],
            "passport": ["Passaporto n. {}"], "ref": ["Rif. {}"], "order": ["Ordine n. {}"],
            "licence": ["Autorizzazione n. {}"], "iban": ["IBAN {}"], "year": ["Anno {}"],
            "mileage": ["Chilometri {}"], "rooms": ["{} vani"],
        },
    },
    "pt": {
        "title": {
            "domestic": ["Procura-se empregada doméstica", "Diarista para casa de família"],
            "construction": ["Precisa-se de pedreiros", "Trabalho na construção"],
            "hotel": ["Vagas em hotel", "Garçonetes e camareiras"],
            "farm": ["Trabalho na lavoura", "Colheita, vagas"],
            "modelling": ["Seleção de modelos", "Meninas para fotos"],
            "escort": ["Companhia agradável", "Garota nova na cidade"],
            "massage": ["Massagem relaxante", "Massagem completa"],
            "visa": ["Fazemos visto e passagem", "Visto de trabalho e passagem"],
            "rooms": ["Quarto para alugar", "Vaga em quarto"],
            "cars": ["Vendo carro", "Vendo caminhonete"],
            "phones": ["Vendo celular", "Celular usado"],
        },
        "intro": {
            "domestic": ["Dorme no emprego."], "construction": ["Alojamento incluso."],
            "hotel": ["Sem experiência."], "farm": ["Transporte garantido."], "modelling": ["Iniciantes."],
            "escort": ["Discreta e carinhosa."], "massage": ["Ambiente calmo."], "visa": ["Saída rápida."],
            "rooms": ["Água e luz inclusas."], "cars": ["Documentos em dia."], "phones": ["Sem riscos."],
        },
        "work_in": ["Destino: {}", "Trabalho no exterior: {}"],
        "place": ["Escritório em {}", "Estamos em {}"],
        "avail": ["Atendo em {}", "Disponível em {}"],
        "branch": ["Filial {}: "],
        "call": ["Ligue", "Contato", "Zap", "Tel"],
        "close": ["Só interessados.", "Obrigado."],
        "no_phone": ["Só por mensagem no site."],
        "neg": {
            "price": ["Preço {}"], "salary": ["Salário {}"], "age": ["Idade {}", "{} anos"],
            "height": ["Altura {}"], "weight": ["Peso {}"], "date": ["Publicado em {}"], "time": ["Horário {}"],
            "passport": ["Passaporte nº {}"], "ref": ["Ref. {}"], "year": ["Ano {}"], "rooms": ["{} quartos"],
        },
    },
    "ne": {
        "title": {
            "domestic": ["घरेलु कामदार चाहियो", "महिला कामदार आवश्यक"],
            "construction": ["निर्माण मजदुर चाहियो", "मिस्त्री र हेल्पर चाहियो"],
            "hotel": ["होटल कर्मचारी चाहियो", "वेटर र क्लिनर चाहियो"],
            "farm": ["कृषि मजदुर चाहियो"],
            "modelling": ["मोडल चाहियो", "फोटो सुटका लागि युवती चाहियो"],
            "escort": ["राम्री साथी उपलब्ध"],
            "massage": ["मसाज सेवा", "शरीर मसाज"],
            "visa": ["भिसा र टिकट हामी मिलाउँछौं", "कामको भिसा र टिकट"],
            "rooms": ["कोठा भाडामा", "कोठा भाडामा दिइन्छ"],
            "cars": ["गाडी बिक्रीमा"], "phones": ["मोबाइल बिक्रीमा"],
        },
        "intro": {
            "domestic": ["खाना र बस्न निःशुल्क।"], "construction": ["खाना र बस्ने व्यवस्था।"],
            "hotel": ["अनुभव नभए पनि हुन्छ।"], "visa": ["छिटो प्रक्रिया।"], "rooms": ["पानी र बत्ती सहित।"],
        },
        "work_in": ["{}मा काम", "{}का लागि कामदार चाहियो"],
        "place": ["कार्यालय: {}", "हाम्रो कार्यालय {}मा"],
        "avail": ["{}मा उपलब्ध", "ठाउँ: {}"],
        "branch": ["{} शाखा: "],
        "call": ["सम्पर्क", "फोन गर्नुहोस्", "सम्पर्क नम्बर"],
        "close": ["धन्यवाद।"],
        "neg": {"salary": ["तलब {}"], "age": ["उमेर {}"], "price": ["मूल्य {}"]},
    },
    "bn": {
        "title": {
            "domestic": ["গৃহকর্মী প্রয়োজন", "মহিলা কর্মী আবশ্যক"], "construction": ["নির্মাণ শ্রমিক প্রয়োজন"],
            "hotel": ["হোটেল কর্মী প্রয়োজন"], "farm": ["কৃষি শ্রমিক প্রয়োজন"], "modelling": ["মডেল প্রয়োজন"],
            "escort": ["সুন্দরী বান্ধবী"], "massage": ["ম্যাসাজ সেবা"],
            "visa": ["ভিসা ও টিকিট আমরা করে দিই", "ওয়ার্ক ভিসা ও বিমান টিকিট"],
            "rooms": ["রুম ভাড়া দেওয়া হবে"], "cars": ["গাড়ি বিক্রি হবে"], "phones": ["মোবাইল বিক্রি হবে"],
        },
        "work_in": ["{} চাকরি", "চাকরি: {}", "গন্তব্য: {}"],
        "place": ["অফিস: {}", "আমাদের অফিস {}"],
        "avail": ["এলাকা: {}", "{} এলাকায়"],
        "branch": ["{} শাখা: "],
        "call": ["যোগাযোগ", "কল করুন", "মোবাইল"],
        "close": ["ধন্যবাদ।"],
        "neg": {"salary": ["বেতন {}"], "age": ["বয়স {}"], "price": ["দাম {}"]},
    },
    "am": {
        "title": {
            "domestic": ["የቤት ሰራተኛ ይፈለጋል", "ሴት ሰራተኞች ይፈለጋሉ"], "construction": ["የግንባታ ሰራተኞች ይፈለጋሉ"],
            "hotel": ["የሆቴል ሰራተኞች ይፈለጋሉ"], "farm": ["የእርሻ ሰራተኞች ይፈለጋሉ"], "modelling": ["ሞዴሎች ይፈለጋሉ"],
            "escort": ["ቆንጆ ጓደኛ"], "massage": ["የማሳጅ አገልግሎት"], "visa": ["ቪዛ እና ትኬት እናዘጋጃለን"],
            "rooms": ["ክፍል ለኪራይ"], "cars": ["መኪና ለሽያጭ"], "phones": ["ስልክ ለሽያጭ"],
        },
        "work_in": ["ወደ {} ስራ", "ስራ በ{}"],
        "place": ["ቢሮ: {}", "አድራሻ: {}"],
        "avail": ["አድራሻ: {}", "{} አካባቢ"],
        "branch": ["{} ቅርንጫፍ: "],
        "call": ["ይደውሉ", "ስልክ", "ለበለጠ መረጃ ይደውሉ"],
        "close": ["እናመሰግናለን።"],
        "neg": {"salary": ["ደሞዝ {}"], "age": ["ዕድሜ {}"], "price": ["ዋጋ {}"]},
    },
    "my": {
        "title": {
            "domestic": ["အိမ်အကူ လိုအပ်သည်", "အမျိုးသမီး အလုပ်သမား လိုအပ်"],
            "construction": ["ဆောက်လုပ်ရေး အလုပ်သမား လိုအပ်"], "hotel": ["ဟိုတယ် ဝန်ထမ်း လိုအပ်"],
            "farm": ["စိုက်ခင်း အလုပ်သမား လိုအပ်"], "modelling": ["မော်ဒယ် လိုအပ်"], "escort": ["ချစ်စရာ မိတ်ဆွေ"],
            "massage": ["နှိပ်နယ် ဝန်ဆောင်မှု"], "visa": ["ဗီဇာနှင့် လက်မှတ် စီစဉ်ပေးသည်"],
            "rooms": ["အခန်း ငှားမည်"], "cars": ["ကား ရောင်းမည်"], "phones": ["ဖုန်း ရောင်းမည်"],
        },
        "work_in": ["{}တွင် အလုပ်", "{} အလုပ်"],
        "place": ["ရုံး - {}", "လိပ်စာ - {}"],
        "avail": ["နေရာ - {}"],
        "branch": ["{} ရုံးခွဲ - "],
        "call": ["ဖုန်းဆက်ပါ", "ဆက်သွယ်ရန်"],
        "close": ["ကျေးဇူးတင်ပါသည်။"],
        "neg": {"salary": ["လစာ {}"], "price": ["ဈေး {}"]},
    },
    "lo": {
        "title": {
            "domestic": ["ຮັບສະໝັກແມ່ບ້ານ"], "construction": ["ຮັບສະໝັກຄົນງານກໍ່ສ້າງ"],
            "hotel": ["ຮັບສະໝັກພະນັກງານໂຮງແຮມ"], "farm": ["ຮັບສະໝັກຄົນງານສວນ"], "modelling": ["ຮັບສະໝັກນາງແບບ"],
            "escort": ["ສາວງາມ ພ້ອມໃຫ້ບໍລິການ"], "massage": ["ນວດຜ່ອນຄາຍ"], "visa": ["ຮັບເຮັດວີຊາ ແລະ ປີ້ຍົນ"],
            "rooms": ["ຫ້ອງໃຫ້ເຊົ່າ"], "cars": ["ຂາຍລົດ"], "phones": ["ຂາຍໂທລະສັບ"],
        },
        "work_in": ["ວຽກຢູ່{}", "ໄປເຮັດວຽກ{}"],
        "place": ["ຫ້ອງການ: {}", "ທີ່ຢູ່: {}"],
        "avail": ["ຢູ່ {}", "ທີ່ຢູ່: {}"],
        "branch": ["ສາຂາ{}: "],
        "call": ["ໂທ", "ຕິດຕໍ່"],
        "close": ["ຂອບໃຈ"],
        "neg": {"salary": ["ເງິນເດືອນ {}"], "price": ["ລາຄາ {}"]},
    },
    "km": {
        "title": {
            "domestic": ["ត្រូវការអ្នកបម្រើក្នុងផ្ទះ"], "construction": ["ត្រូវការកម្មករសំណង់"],
            "hotel": ["ត្រូវការបុគ្គលិកសណ្ឋាគារ"], "farm": ["ត្រូវការកម្មករចម្ការ"], "modelling": ["ត្រូវការតារាម៉ូដែល"],
            "escort": ["មិត្តស្រីស្អាត"], "massage": ["សេវាម៉ាស្សា"], "visa": ["រៀបចំទិដ្ឋាការ និងសំបុត្រយន្តហោះ"],
            "rooms": ["បន្ទប់ជួល"], "cars": ["លក់ឡាន"], "phones": ["លក់ទូរស័ព្ទ"],
        },
        "work_in": ["ការងារនៅ{}", "ទៅធ្វើការនៅ{}"],
        "place": ["ការិយាល័យ៖ {}", "អាសយដ្ឋាន៖ {}"],
        "avail": ["នៅ {}", "ទីតាំង៖ {}"],
        "branch": ["សាខា{}៖ "],
        "call": ["ទូរស័ព្ទ", "ទំនាក់ទំនង"],
        "close": ["អរគុណ"],
        "neg": {"salary": ["ប្រាក់ខែ {}"], "price": ["តម្លៃ {}"]},
    },
    "th": {
        "title": {
            "domestic": ["รับสมัครแม่บ้าน", "หาแม่บ้านอยู่ประจำ"], "construction": ["รับสมัครคนงานก่อสร้าง"],
            "hotel": ["รับสมัครพนักงานโรงแรม"], "farm": ["รับสมัครคนงานสวน"], "modelling": ["รับสมัครนางแบบ"],
            "escort": ["สาวสวยรับงาน", "น้องใหม่ น่ารัก"], "massage": ["นวดผ่อนคลาย", "นวดน้ำมัน"],
            "visa": ["รับทำวีซ่าและตั๋วเครื่องบิน"], "rooms": ["ห้องให้เช่า"], "cars": ["ขายรถ"],
            "phones": ["ขายโทรศัพท์มือถือ"],
        },
        "place": ["สำนักงาน: {}", "อยู่ที่ {}"],
        "avail": ["อยู่ {}", "พื้นที่ {}"],
        "call": ["โทร", "ติดต่อ", "ไลน์"],
        "close": ["ขอบคุณค่ะ"],
        "neg": {"salary": ["เงินเดือน {}"], "price": ["ราคา {}"], "age": ["อายุ {}"]},
    },
    "ms": {
        "title": {
            "domestic": ["Pembantu rumah diperlukan"], "construction": ["Pekerja binaan diperlukan"],
            "hotel": ["Kerja hotel, jawatan kosong"], "farm": ["Pekerja ladang diperlukan"],
            "modelling": ["Model diperlukan"], "escort": ["Teman cantik"],
            "massage": ["Urut badan", "Urutan tradisional"], "visa": ["Urusan visa dan tiket"],
            "rooms": ["Bilik untuk disewa"], "cars": ["Kereta untuk dijual"], "phones": ["Telefon untuk dijual"],
        },
        "place": ["Pejabat di {}", "Lokasi: {}"],
        "avail": ["Kawasan {}", "Ada di {}"],
        "call": ["Hubungi", "WhatsApp", "Tel"],
        "close": ["Terima kasih."],
        "neg": {"salary": ["Gaji {}"], "price": ["Harga {}"], "age": ["Umur {}"]},
    },
    "si": {
        "title": {
            "domestic": ["ගෘහ සේවිකාවන් අවශ්‍යයි"], "construction": ["ඉදිකිරීම් සේවකයින් අවශ්‍යයි"],
            "hotel": ["හෝටල් සේවකයින් අවශ්‍යයි"], "visa": ["වීසා සහ ටිකට් අපි සකස් කරමු"],
            "rooms": ["කාමර කුලියට"], "cars": ["වාහනය විකිණීමට"], "phones": ["දුරකථනය විකිණීමට"],
            "massage": ["සම්බාහන සේවය"],
        },
        "work_in": ["විදේශ රැකියා: {}"],
        "place": ["කාර්යාලය: {}"],
        "avail": ["ප්‍රදේශය: {}"],
        "call": ["අමතන්න", "දුරකථන"],
        "close": ["ස්තුතියි"],
    },
}


def bank(lang, key, cat=None):
    d = L.get(lang, {}).get(key)
    if cat is not None:
        d = (d or {}).get(cat)
        if not d:
            d = L["en"][key][cat]
    if not d:
        d = L["en"][key]
    return d


def neg_templates(lang, kind):
    d = L.get(lang, {}).get("neg", {}).get(kind)
    return d or L["en"]["neg"][kind]


APPS = ["WhatsApp", "Viber", "Imo", "Telegram", "Signal", "WA", "Botim"]
APPS_LANG = {"th": ["LINE", "ไลน์"], "lo": ["WhatsApp", "LINE"], "my": ["Viber", "Telegram"],
             "km": ["Telegram", "WhatsApp"], "ar": ["واتساب", "WhatsApp"], "es": ["WhatsApp", "WSP"],
             "pt": ["Zap", "WhatsApp"], "ne": ["Viber", "WhatsApp", "Imo"], "bn": ["Imo", "WhatsApp"]}
CONN = [": ", " ", " - ", " 📞 ", ": ☎ ", " 👉 "]

# ---------------------------------------------------------------------------------------------
# number words

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ne": "शून्य एक दुई तीन चार पाँच छ सात आठ नौ".split(),
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan".split(),
}
LATIN_WORD_LANGS = {"en", "fr", "es", "it", "pt", "ms"}
SPOKEN_PLUS = {
    "en": [("plus", False), ("Plus", False), ("PLUS", False), ("double zero", True), ("zero zero", True)],
    "fr": [("plus", False), ("zéro zéro", True)],
    "es": [("más", False), ("mas", False), ("doble cero", True)],
    "it": [("più", False), ("zero zero", True)],
    "pt": [("mais", False)],
    "ar": [("زائد", False), ("صفر صفر", True)],
    "ne": [("प्लस", False)],
    "ms": [("tambah", False), ("plus", False)],
}
LEET_LANGS = {"en", "fr", "es"}
ESCAPES = ["\\u2022", "&#8226;", "&nbsp;", "%20", "\\xa0", "&bull;", "&middot;", "\\u00a0", "&#160;"]
SEPS = ["@", "!", ";", "•", "·", "~", "|", "/", "-", "*", "_", ":"]


def words_lang(lang):
    return lang if lang in WORDS else "en"


def leetify(w, rng):
    subs = {"o": "0", "e": "3", "i": "1"}
    idx = [i for i, ch in enumerate(w) if ch in subs]
    if not idx:
        return w
    pick = rng.sample(idx, min(len(idx), rng.choice([1, 1, 2])))
    return "".join(subs[ch] if i in pick else ch for i, ch in enumerate(w))


# ---------------------------------------------------------------------------------------------
# number pool

def e164(n):
    return pn.format_number(n, PNF.E164)


def digits_only(s):
    return "".join(ch for ch in s if "0" <= ch <= "9")


def readings(d):
    """All (region, e164) readings of national digits d among the scenario countries.
    Returns (loose, strict): loose also counts parses where libphonenumber took a leading
    country code without a plus; strict only readings as a national number of that region."""
    loose, strict = set(), set()
    for r in COUNTRIES:
        try:
            n = pn.parse(d, r, keep_raw_input=True)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number_for_region(n, r):
            continue
        loose.add((r, e164(n)))
        if n.country_code_source == pn.CountryCodeSource.FROM_DEFAULT_COUNTRY:
            strict.add((r, e164(n)))
    return loose, strict


US_AREAS = ["201", "210", "212", "213", "214", "281", "305", "312", "323", "346", "404", "415", "469", "505",
            "602", "619", "702", "713", "832", "915", "956", "972"]


def gen_numbers(country, rng, count):
    out, seen = [], set()
    if country == "US":
        while len(out) < count:
            s = rng.choice(US_AREAS) + "55501" + "%02d" % rng.randrange(100)
            if s in seen:
                continue
            seen.add(s)
            n = pn.parse("+1" + s)
            if pn.is_valid_number_for_region(n, "US"):
                out.append((n, "mobile" if rng.random() < 0.8 else "fixed"))
        return out
    tries = 0
    while len(out) < count:
        tries += 1
        if tries > 400000:
            raise RuntimeError("cannot generate numbers for %s" % country)
        kind = "mobile" if rng.random() < 0.8 else "fixed"
        ex = pn.example_number_for_type(country, PT.MOBILE if kind == "mobile" else PT.FIXED_LINE)
        if ex is None:
            continue
        nsn = pn.national_significant_number(ex)
        k = rng.choice([0, 1, 1, 2])
        s = nsn[:k] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - k))
        if s[0] == "0" or s in seen:
            continue
        n = pn.parse("+%d%s" % (ex.country_code, s))
        if not pn.is_valid_number_for_region(n, country):
            continue
        t = pn.number_type(n)
        ok = (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE) if kind == "mobile" else (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE)
        if t not in ok:
            continue
        seen.add(s)
        out.append((n, kind))
    return out


def number_info(n, country, kind):
    nat = pn.format_number(n, PNF.NATIONAL)
    natd = digits_only(nat)
    loose, strict = readings(natd)
    e = e164(n)
    intl = pn.format_number(n, PNF.INTERNATIONAL)
    cc = str(n.country_code)
    nsn = pn.national_significant_number(n)
    rest = intl[len("+" + cc):].strip()
    return {
        "e164": e, "country": country, "type": kind, "nat": nat, "natd": natd, "cc": cc, "nsn": nsn,
        "intl_rest": rest,
        "ok": (country, e) in strict,
        "unique": loose == {(country, e)},
        "cands": sorted(strict),
        "amb": len({r for r, _ in strict}) >= 2 and (country, e) in strict,
    }


def build_pool():
    """Per country numbers, split before any post is written: index % 3 == 0 -> dev, else held-out."""
    pool = {"dev": {}, "held": {}}
    for c in COUNTRIES:
        rng = random.Random("%d:%s" % (SEED_POOL, c))
        infos = [number_info(n, c, k) for n, k in gen_numbers(c, rng, 150)]
        infos = [i for i in infos if i["ok"]]
        uniq_extra = []
        if c in FORMAT_COUNTRIES:
            # search further for numbers that read as valid in exactly one of the 39 countries
            extra = [number_info(n, c, k) for n, k in gen_numbers(c, random.Random("%d:%s:u" % (SEED_POOL, c)),
                                                                FORMAT_SEARCH[c])]
            have = {i["e164"] for i in infos}
            uniq_extra = [i for i in extra if i["ok"] and i["unique"] and i["e164"] not in have]
        allinfo = infos + uniq_extra
        pool["dev"][c] = [x for i, x in enumerate(allinfo) if i % 3 == 0]
        pool["held"][c] = [x for i, x in enumerate(allinfo) if i % 3 != 0]
    return pool


FORMAT_COUNTRIES = ["AR", "BD", "US", "MX", "IT", "NP", "MY"]
FORMAT_SEARCH = {"AR": 60, "BD": 200, "US": 200, "MX": 300, "IT": 900, "NP": 1500, "MY": 1500}
FORMAT_WEIGHT = {"AR": 1.0, "BD": 1.5, "US": 1.2, "MX": 1.2, "IT": 0.8, "NP": 0.6, "MY": 0.4}


class Pool:
    def __init__(self, split_pool, rng):
        self.free = {}
        for c, lst in split_pool.items():
            lst = list(lst)
            rng.shuffle(lst)
            self.free[c] = lst

    def take(self, country, want="any", need_zero=False):
        lst = self.free[country]
        for i, x in enumerate(lst):
            if want == "unique" and not x["unique"]:
                continue
            if want == "amb" and not x["amb"]:
                continue
            if need_zero and "0" not in x["natd"]:
                continue
            return lst.pop(i)
        raise RuntimeError("pool for %s exhausted (%s)" % (country, want))

    def has(self, country, want):
        return any((want != "unique" or x["unique"]) and (want != "amb" or x["amb"]) for x in self.free[country])


# ---------------------------------------------------------------------------------------------
# rendering a number mention: returns (raw, digits)

def nat_groups(info):
    return re.findall(r"\d+", info["nat"])


def intl_groups(info):
    return re.findall(r"\d+", info["intl_rest"])


def regroup(d, rng):
    out, i = [], 0
    while i < len(d):
        k = rng.choice([2, 2, 3, 3, 4])
        if len(d) - i - k == 1:
            k += 1
        out.append(d[i:i + k])
        i += k
    return out


def grouped_national(info, rng):
    g = nat_groups(info)
    v = rng.choice(["natfmt", "natfmt", "compact", "dash", "dot", "space", "pairs"])
    if v == "natfmt" or len(g) == 1 and v in ("dash", "dot", "space"):
        return info["nat"]
    if v == "compact":
        return info["natd"]
    if v == "dash":
        return "-".join(g)
    if v == "dot":
        return ".".join(g)
    if v == "space":
        return " ".join(g)
    return " ".join(regroup(info["natd"], rng))


def grouped_intl(info, rng, allow_bare=False):
    """-> (raw, digits, is_bare)"""
    cc, g, nsn = info["cc"], intl_groups(info), info["nsn"]
    forms = ["intl", "intl", "e164", "plus_space", "00", "00_space", "paren_plus", "plus_dash", "plus_dot"]
    if info["natd"].startswith("0") and info["natd"][1:] == nsn:
        forms.append("trunk")
    if allow_bare:
        forms += ["bare", "bare"]
    v = rng.choice(forms)
    if v == "intl":
        return "+" + cc + " " + info["intl_rest"], cc + nsn, False
    if v == "e164":
        return "+" + cc + nsn, cc + nsn, False
    if v == "plus_space":
        return "+" + cc + " " + nsn, cc + nsn, False
    if v == "00":
        return "00" + cc + " " + " ".join(g), "00" + cc + nsn, False
    if v == "00_space":
        return "00 " + cc + " " + nsn, "00" + cc + nsn, False
    if v == "paren_plus":
        return "(+" + cc + ") " + " ".join(g), cc + nsn, False
    if v == "plus_dash":
        return "+" + cc + "-" + "-".join(g), cc + nsn, False
    if v == "plus_dot":
        return "+" + cc + "." + ".".join(g), cc + nsn, False
    if v == "trunk":
        return "+" + cc + " (0)" + " ".join(g), cc + "0" + nsn, False
    return cc + " " + " ".join(g), cc + nsn, True


def sep_join(groups, rng):
    sep = rng.choice(SEPS)
    if rng.random() < 0.2:
        sep = sep * 2
    mode = rng.choice(["digit", "digit", "pair", "group"])
    d = "".join(groups)
    if mode == "digit":
        parts = list(d)
    elif mode == "pair":
        parts = [d[i:i + 2] for i in range(0, len(d), 2)]
    else:
        parts = groups if len(groups) > 1 else regroup(d, rng)
    if rng.random() < 0.15 and len(parts) > 3:
        sep2 = rng.choice([s for s in SEPS if s != sep[0]])
        return "".join(p + (sep if i % 2 == 0 else sep2) for i, p in enumerate(parts[:-1])) + parts[-1]
    return sep.join(parts)


def words_for(d, lang, rng, style=None, leet=False):
    wl = "en" if leet and lang not in LEET_LANGS else words_lang(lang)
    vocab = WORDS[wl]
    latin = wl in LATIN_WORD_LANGS
    style = style or rng.choice(["spaced", "spaced", "hyphen", "glued", "upper", "mixed"] if latin
                                else ["spaced", "spaced", "mixed"])
    if leet and style == "upper":
        style = "spaced"
    groups = regroup(d, rng)
    if style == "mixed":
        flags = [rng.random() < 0.5 for _ in groups]
        if all(flags):
            flags[rng.randrange(len(flags))] = False
        if not any(flags):
            flags[rng.randrange(len(flags))] = True
    else:
        flags = [True] * len(groups)
    joiner = {"spaced": " ", "hyphen": "-", "glued": "", "upper": " ", "mixed": " "}[style]
    out = []
    nleet = 0
    for g, as_words in zip(groups, flags):
        if not as_words:
            out.append(g)
            continue
        ws = []
        for ch in g:
            w = vocab[int(ch)]
            if leet and rng.random() < 0.6:
                w2 = leetify(w, rng)
                nleet += w2 != w
                w = w2
            ws.append(w)
        s = joiner.join(ws)
        if style == "upper":
            s = s.upper()
        out.append(s)
    gj = {"spaced": rng.choice([" ", ", ", " - "]), "hyphen": rng.choice([" ", "-"]),
          "glued": rng.choice(["", " "]), "upper": " ", "mixed": " "}[style]
    raw = gj.join(out)
    if leet and nleet == 0:
        return None
    return raw


def render(info, cls_family, intl, lang, rng, country_script, allow_bare=False):
    """-> (raw, digits, bare) or None when this disguise does not fit the number."""
    cc, nsn, natd = info["cc"], info["nsn"], info["natd"]
    if cls_family == "grouped":
        if intl:
            return grouped_intl(info, rng, allow_bare)
        return grouped_national(info, rng), natd, False
    if cls_family == "local_digits":
        if country_script is None:
            return None
        if intl:
            raw, d, bare = grouped_intl(info, rng, False)
            if "(0)" in raw:
                return None
            return to_script(raw, country_script), d, False
        raw = grouped_national(info, rng)
        parts = raw.split(" ")
        if len(parts) > 1 and rng.random() < 0.1:
            # mixed: only the last group in local digits
            raw = " ".join(parts[:-1] + [to_script(parts[-1], country_script)])
        else:
            raw = to_script(raw, country_script)
        return raw, natd, False
    if cls_family == "digit_sep":
        if intl:
            pre = rng.choice(["+", "+", "00"])
            groups = [cc] + intl_groups(info)
            body = sep_join(groups, rng)
            return pre + body, ("00" if pre == "00" else "") + cc + nsn, False
        return sep_join(nat_groups(info), rng), natd, False
    if cls_family in ("words", "leet"):
        leet = cls_family == "leet"
        if leet and lang not in LEET_LANGS and lang not in ("ms", "it", "pt"):
            return None
        if intl:
            pre = rng.choice(["+", "+", "00"])
            head = pre + cc if rng.random() < 0.6 else None
            if head:
                w = words_for(nsn, lang, rng, leet=leet)
                if w is None:
                    return None
                raw = head + " " + w
            else:
                w = words_for(cc + nsn, lang, rng, leet=leet)
                if w is None:
                    return None
                raw = pre + (" " if rng.random() < 0.5 else "") + w
            return raw, ("00" if pre == "00" else "") + cc + nsn, False
        w = words_for(natd, lang, rng, leet=leet)
        if w is None:
            return None
        return w, natd, False
    if cls_family == "letter_o":
        if intl:
            raw, d, _ = grouped_intl(info, rng, False)
        else:
            raw, d = grouped_national(info, rng), natd
        if "0" not in raw:
            return None
        up = rng.random() < 0.7
        zs = [i for i, ch in enumerate(raw) if ch == "0"]
        pick = set(zs) if rng.random() < 0.6 else set(rng.sample(zs, max(1, len(zs) // 2)))
        raw = "".join(("O" if up else "o") if i in pick else ch for i, ch in enumerate(raw))
        return raw, d, False
    if cls_family == "escape":
        tok = rng.choice(ESCAPES)
        if intl:
            pre = rng.choice(["+", "+", "00"])
            groups = intl_groups(info)
            raw = pre + cc + tok + tok.join(groups)
            return raw, ("00" if pre == "00" else "") + cc + nsn, False
        g = nat_groups(info)
        if len(g) < 2:
            g = regroup(natd, rng)
        return tok.join(g), natd, False
    if cls_family == "spoken_cc":
        assert intl
        wl = lang if lang in SPOKEN_PLUS else "en"
        word, dz = rng.choice(SPOKEN_PLUS[wl])
        vocab = WORDS[words_lang(wl)]
        j = " " if wl not in LATIN_WORD_LANGS else rng.choice([" ", " ", "-"])
        ccw = j.join(vocab[int(ch)] for ch in cc)
        if rng.random() < 0.6:
            rest = " ".join(intl_groups(info)) if rng.random() < 0.7 else nsn
            if country_script and rng.random() < 0.4:
                rest = to_script(rest, country_script)
        else:
            rest = words_for(nsn, wl, rng, style="spaced")
        return word + " " + ccw + " " + rest, ("00" if dz else "") + cc + nsn, False
    raise ValueError(cls_family)


NAT_FAMILIES = [("grouped", 24), ("digit_sep", 14), ("words", 14), ("leet", 7), ("letter_o", 8), ("escape", 12),
                ("local_digits", 21)]
INTL_FAMILIES = [("grouped", 32), ("digit_sep", 11), ("words", 8), ("leet", 4), ("letter_o", 6), ("escape", 10),
                 ("local_digits", 9), ("spoken_cc", 28)]


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def mention(info, intl, lang, rng, script, allow_bare=False, avoid=None, families=None):
    fam_list = families or (INTL_FAMILIES if intl else NAT_FAMILIES)
    if script is None:
        fam_list = [(f, w) for f, w in fam_list if f != "local_digits"]
    else:
        fam_list = [(f, w * 3 if f == "local_digits" else w) for f, w in fam_list]
    for _ in range(60):
        fam = wpick(rng, fam_list)
        if avoid and fam in avoid and rng.random() < 0.8:
            continue
        r = render(info, fam, intl, lang, rng, script, allow_bare)
        if r is None:
            continue
        raw, d, bare = r
        check_reading(info, d, intl)
        return {"raw": raw, "digits": d, "class": "%s.%s" % (fam, "intl" if intl else "national"), "bare": bare}
    raise RuntimeError("no rendering for %s" % info["e164"])


def check_reading(info, d, intl):
    if intl:
        s = d[2:] if d.startswith("00") else d
        n = pn.parse("+" + s)
    else:
        n = pn.parse(d, info["country"])
    if e164(n) != info["e164"] or not pn.is_valid_number_for_region(n, info["country"]):
        raise AssertionError("digits %s do not read as %s" % (d, info["e164"]))


# ---------------------------------------------------------------------------------------------
# negatives (decoys)

CURRENCY = {
    "NE": [("{} FCFA", 2000, 500000, 500), ("{} CFA", 2000, 300000, 500), ("{} F CFA", 5000, 200000, 1000)],
    "ML": [("{} FCFA", 2000, 500000, 500), ("{} CFA", 2000, 300000, 500), ("{} XOF", 10000, 400000, 1000)],
    "BF": [("{} FCFA", 2000, 500000, 500), ("{} CFA", 2000, 300000, 500), ("{} F CFA", 5000, 200000, 1000)],
    "TD": [("{} FCFA", 2000, 500000, 500), ("{} XAF", 10000, 400000, 1000), ("{} CFA", 2000, 300000, 500)],
    "SD": [("{} SDG", 5000, 900000, 1000), ("{} جنيه", 5000, 900000, 1000)],
    "LY": [("{} LYD", 50, 5000, 10), ("{} دينار", 50, 5000, 10), ("{} dinars", 50, 5000, 10)],
    "DZ": [("{} DA", 1000, 200000, 500), ("{} DZD", 1000, 200000, 500), ("{} دج", 1000, 200000, 500)],
    "TN": [("{} DT", 20, 3000, 10), ("{} TND", 20, 3000, 10), ("{} د.ت", 20, 3000, 10)],
    "IT": [("€{}", 20, 2000, 10), ("{} euro", 20, 2000, 10), ("{} €", 20, 2000, 10)],
    "NP": [("रु {}", 500, 150000, 100), ("NPR {}", 500, 150000, 100), ("Rs. {}", 500, 150000, 100)],
    "BD": [("৳{}", 500, 80000, 100), ("{} taka", 500, 80000, 100), ("{} টাকা", 500, 80000, 100),
           ("Tk {}", 500, 80000, 100)],
    "LK": [("LKR {}", 1000, 300000, 500), ("Rs. {}", 1000, 300000, 500)],
    "ET": [("{} birr", 500, 100000, 100), ("{} ብር", 500, 100000, 100), ("ETB {}", 500, 100000, 100)],
    "UG": [("UGX {}", 20000, 3000000, 1000), ("USh {}", 20000, 3000000, 1000)],
    "KE": [("KSh {}", 500, 150000, 100), ("Ksh {}", 500, 150000, 100)],
    "SA": [("{} SAR", 100, 8000, 50), ("{} riyals", 100, 8000, 50), ("{} ريال", 100, 8000, 50)],
    "QA": [("{} QAR", 100, 8000, 50), ("QR {}", 100, 8000, 50), ("{} riyals", 100, 8000, 50),
           ("{} ريال", 100, 8000, 50)],
    "KW": [("{} KWD", 10, 900, 5), ("KD {}", 10, 900, 5), ("{} دينار", 10, 900, 5)],
    "OM": [("{} OMR", 10, 900, 5), ("RO {}", 10, 900, 5), ("{} ريال عماني", 10, 900, 5)],
    "BH": [("{} BHD", 10, 900, 5), ("BD {}", 10, 900, 5), ("{} دينار", 10, 900, 5)],
    "AE": [("{} AED", 100, 9000, 50), ("{} dirhams", 100, 9000, 50), ("{} درهم", 100, 9000, 50)],
    "LB": [("${}", 20, 2000, 10), ("{} ل.ل", 100000, 9000000, 50000), ("LBP {}", 100000, 9000000, 50000)],
    "JO": [("{} JOD", 10, 900, 5), ("{} JD", 10, 900, 5), ("{} دينار", 10, 900, 5)],
    "MM": [("{} Ks", 5000, 900000, 1000), ("{} kyat", 5000, 900000, 1000), ("{} ကျပ်", 5000, 900000, 1000)],
    "LA": [("₭{}", 50000, 9000000, 10000), ("{} kip", 50000, 9000000, 10000), ("{} ກີບ", 50000, 9000000, 10000)],
    "KH": [("៛{}", 10000, 900000, 1000), ("{} riel", 10000, 900000, 1000), ("{} រៀល", 10000, 900000, 1000)],
    "TH": [("฿{}", 300, 50000, 100), ("{} บาท", 300, 50000, 100), ("{} baht", 300, 50000, 100)],
    "MY": [("RM{}", 50, 9000, 10), ("RM {}", 50, 9000, 10)],
    "GT": [("Q{}", 100, 9000, 50), ("{} quetzales", 100, 9000, 50), ("Q {}", 100, 9000, 50)],
    "HN": [("L {}", 200, 30000, 100), ("{} lempiras", 200, 30000, 100)],
    "SV": [("${}", 20, 900, 5), ("US$ {}", 20, 900, 5)],
    "NI": [("C$ {}", 200, 30000, 100), ("{} córdobas", 200, 30000, 100)],
    "MX": [("${} MXN", 200, 30000, 100), ("{} pesos", 200, 30000, 100)],
    "US": [("${}", 20, 3000, 10), ("{} dollars", 20, 3000, 10)],
    "BO": [("Bs {}", 50, 9000, 10), ("{} bolivianos", 50, 9000, 10), ("Bs. {}", 50, 9000, 10)],
    "PY": [("₲ {}", 50000, 9000000, 10000), ("{} guaraníes", 50000, 9000000, 10000), ("Gs. {}", 50000, 9000000, 10000)],
    "PE": [("S/ {}", 50, 5000, 10), ("{} soles", 50, 5000, 10), ("S/. {}", 50, 5000, 10)],
    "AR": [("${} ARS", 5000, 900000, 1000), ("{} pesos", 5000, 900000, 1000)],
    "CL": [("${} CLP", 5000, 900000, 1000), ("{} pesos chilenos", 5000, 900000, 1000)],
}
NEUTRAL_CUR = [("US$ {}", 20, 3000, 10), ("{} USD", 20, 3000, 10), ("${}", 20, 3000, 10), ("€{}", 20, 2000, 10),
               ("{} EUR", 20, 2000, 10)]
GROUP_CUR = {
    "cfa": (["NE", "ML", "BF", "TD"], [("{} FCFA", 2000, 500000, 500), ("{} CFA", 2000, 300000, 500)]),
    "riyal": (["SA", "QA", "OM"], [("{} riyals", 100, 8000, 50)]),
    "dinar": (["LY", "DZ", "TN", "KW", "BH", "JO"], [("{} dinars", 20, 3000, 10)]),
}
IBAN = {"QA": ("QA", 25, 4), "KW": ("KW", 26, 4), "BH": ("BH", 18, 4), "SA": ("SA", 20, 0), "AE": ("AE", 19, 0),
        "JO": ("JO", 26, 4), "LB": ("LB", 24, 0), "TN": ("TN", 20, 0), "IT": ("IT", 23, 1), "LY": ("LY", 21, 0)}
IBAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def fmt_amount(x, rng):
    s = str(x)
    if x < 1000:
        return s
    sep = rng.choice([",", ",", ".", " ", ""])
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def money(cur, rng):
    tpl, lo, hi, step = cur
    x = rng.randrange(lo // step, hi // step + 1) * step
    return tpl.format(fmt_amount(x, rng))


CAT_NEGS = {
    "domestic": ["salary", "age", "passport", "visa", "ref", "date", "licence", "job_code", "bank_account", "iban"],
    "construction": ["salary", "age", "job_code", "licence", "date", "passport", "ref"],
    "hotel": ["salary", "age", "job_code", "date", "height", "ref"],
    "farm": ["salary", "age", "date", "ref", "job_code"],
    "modelling": ["age", "height", "weight", "price", "date", "salary", "bank_account"],
    "escort": ["age", "height", "weight", "price", "time"],
    "massage": ["price", "time", "age", "date"],
    "visa": ["price", "passport", "visa", "order", "tracking", "bank_account", "iban", "licence", "ref", "date"],
    "rooms": ["price", "rooms", "date", "ref", "iban"],
    "cars": ["price", "year", "mileage", "ref", "order", "iban"],
    "phones": ["price", "model", "storage", "order", "tracking"],
}


def neg_raw(kind, ctx, rng):
    c = ctx["country"]
    if kind in ("price", "salary"):
        if kind == "salary" and ctx.get("dest") and rng.random() < 0.7:
            cur = rng.choice(CURRENCY[ctx["dest"]])
        elif ctx["cur_mode"] == "local":
            cur = rng.choice(CURRENCY[c]) if rng.random() < 0.85 else rng.choice(NEUTRAL_CUR)
        elif ctx["cur_mode"] == "group":
            opts = list(NEUTRAL_CUR)
            for cs, curs in GROUP_CUR.values():
                if c in cs:
                    opts += curs * 3
            cur = rng.choice(opts)
        else:
            cur = rng.choice(NEUTRAL_CUR)
        return money(cur, rng)
    if kind == "age":
        r = rng.random()
        if ctx["cat"] not in RECRUIT:
            return str(rng.randint(19, 29)) if r < 0.85 else "%d+" % rng.choice([18, 20, 21])
        if r < 0.5:
            return str(rng.randint(19, 29))
        if r < 0.8:
            a = rng.randint(18, 25)
            return "%d-%d" % (a, a + rng.choice([10, 12, 15, 17]))
        return "%d+" % rng.choice([18, 20, 21])
    if kind == "height":
        cm = rng.randint(152, 178)
        return rng.choice(["1.%02d m" % (cm - 100), "1,%02d m" % (cm - 100), "%d cm" % cm])
    if kind == "weight":
        return "%d kg" % rng.randint(45, 62)
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                           "%d/%d/%d" % (d, m, y % 100)])
    if kind == "time":
        a, b = rng.randint(7, 12), rng.randint(18, 23)
        return rng.choice(["%02d:00-%02d:00" % (a, b), "24/7", "%dam-%dpm" % (a if a < 12 else 11, b - 12),
                           "%dh-%dh" % (a, b)])
    if kind == "passport":
        r = rng.random()
        if r < 0.4:
            return rng.choice("ABENPT") + "".join(rng.choice("0123456789") for _ in range(7))
        if r < 0.7:
            return "".join(rng.choice("0123456789") for _ in range(8))
        return rng.choice(["EP", "PA", "N"]) + "".join(rng.choice("0123456789") for _ in range(7))
    if kind == "visa":
        return rng.choice(["".join(rng.choice("0123456789") for _ in range(10)),
                           "E" + "".join(rng.choice("0123456789") for _ in range(8)),
                           "%d-%06d" % (rng.choice([2024, 2025]), rng.randrange(10 ** 6))])
    if kind == "ref":
        return rng.choice(["%d/%04d" % (rng.choice([2024, 2025]), rng.randrange(10000)),
                           "REF-%05d" % rng.randrange(100000), "%02d-%04d" % (rng.randrange(100), rng.randrange(10000))])
    if kind == "order":
        return "%d" % rng.randrange(10 ** 8, 10 ** 10)
    if kind == "job_code":
        return rng.choice(["JD-%04d" % rng.randrange(10000), "HK/%d/%02d" % (rng.choice([2024, 2025]), rng.randrange(100)),
                           "C-%04d" % rng.randrange(10000)])
    if kind == "tracking":
        cc = c if ctx["cur_mode"] == "local" else "XX"
        if cc == "XX":
            return "1Z%s%s" % ("".join(rng.choice(IBAN_LETTERS) for _ in range(6)),
                               "".join(rng.choice("0123456789") for _ in range(10)))
        return "%s%s%s" % (rng.choice(["RR", "EE", "LP", "CP"]), "".join(rng.choice("0123456789") for _ in range(9)), cc)
    if kind == "bank_account":
        r = rng.random()
        ds = "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 12, 14])))
        if r < 0.4:
            return " ".join(ds[i:i + 4] for i in range(0, len(ds), 4))
        if r < 0.7:
            return ds
        return ds[:3] + "-" + ds[3:-1] + "-" + ds[-1]
    if kind == "iban":
        pre, nlen, nletters = IBAN[c]
        body = "".join(rng.choice(IBAN_LETTERS) for _ in range(nletters)) + \
            "".join(rng.choice("0123456789") for _ in range(nlen - nletters))
        s = pre + "%02d" % rng.randrange(2, 98) + body
        groups = [s[i:i + 4] for i in range(0, len(s), 4)]
        if rng.random() < 0.4:
            return " ".join(groups[:2]) + " **** " + groups[-1]
        return " ".join(groups)
    if kind == "licence":
        return rng.choice(["%d/%d" % (rng.randint(100, 4999), rng.choice([2019, 2021, 2022, 2023, 2024])),
                           "RL-%04d" % rng.randrange(10000),
                           "%d/%02d/%d" % (rng.randint(10, 999), rng.randint(1, 12), rng.choice([2022, 2023]))])
    if kind == "year":
        return str(rng.randint(2008, 2022))
    if kind == "mileage":
        return fmt_amount(rng.randrange(20, 300) * 1000, rng) + " km"
    if kind == "model":
        return rng.choice(["%d Pro" % rng.randint(11, 15), "A%d" % rng.choice([14, 24, 34, 54]), "%d" % rng.randint(9, 13)])
    if kind == "storage":
        return rng.choice(["64GB", "128GB", "256 GB", "128 Go"])
    if kind == "rooms":
        return str(rng.randint(1, 4))
    raise ValueError(kind)


def neg_kinds(cat, ctx, rng):
    opts = list(CAT_NEGS[cat])
    if ctx["country"] not in IBAN or ctx["cur_mode"] != "local":
        opts = ["bank_account" if k == "iban" else k for k in opts]
        opts = sorted(set(opts), key=opts.index)
    k = rng.randint(2, min(5, len(opts)))
    return rng.sample(opts, k)


# ---------------------------------------------------------------------------------------------
# building a post from segments (plain text or labelled spans)

class Seg:
    __slots__ = ("text", "span")

    def __init__(self, text, span=None):
        self.text = text
        self.span = span


def T(text):
    for ch in text:
        if unicodedata.digit(ch, None) is not None:
            raise AssertionError("digit in plain text: %r" % text)
    return [Seg(text)]


def fill(template, span_seg):
    a, b = template.split("{}")
    return T(a) + [span_seg] + T(b)


def fill_text(template, value):
    return T(template.replace("{}", value))


def join_segs(seg_lists, sep):
    out = []
    for i, s in enumerate(seg_lists):
        if i:
            out += T(sep)
        out += s
    return out


def materialize(segs, field):
    text, spans, pos = [], [], 0
    for s in segs:
        if s.span is not None:
            sp = dict(s.span)
            sp["field"], sp["start"], sp["end"] = field, pos, pos + len(s.text)
            spans.append(sp)
        text.append(s.text)
        pos += len(s.text)
    return "".join(text), spans


# ---------------------------------------------------------------------------------------------
# sites

SITE_A = ["ads", "post", "list", "market", "bazar", "deal", "job", "work", "find", "click", "board", "hub", "sell",
          "offer", "quick", "free", "easy", "mega", "open", "top", "daily", "smart", "star", "city"]
SITE_B = ["corner", "point", "spot", "zone", "place", "wall", "box", "net", "world", "mart", "line", "base",
          "link", "desk", "land", "port", "now", "go", "center", "plus", "today", "bay"]
GENERIC_TLD = [".com", ".net", ".org", ".info", ".xyz", ".online"]
CCTLD = {"NE": ".ne", "ML": ".ml", "BF": ".bf", "TD": ".td", "SD": ".sd", "LY": ".ly", "DZ": ".dz", "TN": ".tn",
         "IT": ".it", "NP": ".com.np", "BD": ".com.bd", "LK": ".lk", "ET": ".et", "UG": ".ug", "KE": ".co.ke",
         "SA": ".com.sa", "QA": ".com.qa", "KW": ".com.kw", "OM": ".om", "BH": ".bh", "AE": ".ae", "LB": ".com.lb",
         "JO": ".jo", "MM": ".com.mm", "LA": ".la", "KH": ".com.kh", "TH": ".co.th", "MY": ".com.my",
         "GT": ".com.gt", "HN": ".hn", "SV": ".com.sv", "NI": ".com.ni", "MX": ".com.mx", "BO": ".com.bo",
         "PY": ".com.py", "PE": ".com.pe", "AR": ".com.ar", "CL": ".cl"}
CAT_PATH = {"domestic": "domestic-help", "construction": "jobs", "hotel": "jobs", "farm": "jobs",
            "modelling": "models", "escort": "escorts", "massage": "massage", "visa": "visa-travel",
            "rooms": "rooms", "cars": "cars", "phones": "phones"}


def site_name(rng, split):
    # dev uses first-halves with index % 3 == 0, held-out the others: the name sets are disjoint
    a = [x for i, x in enumerate(SITE_A) if (i % 3 == 0) == (split == "dev")]
    b = [x for i, x in enumerate(SITE_B) if (i % 3 == 0) == (split == "dev")]
    return rng.choice(a) + rng.choice(["", "-", ""]) + rng.choice(b)


def slug(rng):
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(rng.randint(5, 8)))


def generic_url(rng, split, cat):
    if rng.random() < 0.12:
        host = rng.choice(["ads.example.com", "classifieds.example.net", "board.example.org", "www.example.com"])
    else:
        host = "www." + site_name(rng, split) + rng.choice(GENERIC_TLD)
    return host, "https://%s/%s/%s" % (host, CAT_PATH[cat], slug(rng))


def cue_url(rng, split, cat, country):
    forms = ["cctld", "cctld", "cctld", "sub", "path"] if country in CCTLD else ["sub", "path"]
    f = rng.choice(forms)
    if f == "cctld":
        host = "www." + site_name(rng, split) + CCTLD[country]
        return host, "https://%s/%s/%s" % (host, CAT_PATH[cat], slug(rng)), "cctld"
    city = city_slug(rng.choice(CITIES[country]))
    base = site_name(rng, split) + rng.choice([".com", ".net"])
    if f == "sub":
        host = city + "." + base
        return host, "https://%s/%s/%s" % (host, CAT_PATH[cat], slug(rng)), "subdomain"
    host = "www." + base
    return host, "https://%s/%s/%s/%s" % (host, city, CAT_PATH[cat], slug(rng)), "path"


# ---------------------------------------------------------------------------------------------
# posts

GROUP_COUNTS = {
    "dev": {"text": 66, "url": 54, "calling_code": 33, "format": 33, "region": 30, "location": 18,
            "region_location": 9, "international": 33, "ambiguous": 14, "no_phone": 10},
    "held": {"text": 110, "url": 90, "calling_code": 55, "format": 55, "region": 50, "location": 30,
             "region_location": 15, "international": 55, "ambiguous": 22, "no_phone": 18},
}
BASE_QUOTA = {"dev": (7, 5), "held": (11, 7)}   # (rare, other) posts per country among cue posts
MIN_MENTIONS = {"dev": 8, "held": 12}

CAT_W_ORIGIN = [("domestic", 16), ("construction", 10), ("hotel", 8), ("farm", 6), ("modelling", 7), ("visa", 12),
                ("escort", 12), ("massage", 8), ("rooms", 7), ("cars", 7), ("phones", 7)]
CAT_W_DEST = [("domestic", 12), ("construction", 8), ("hotel", 8), ("farm", 5), ("modelling", 7), ("visa", 3),
              ("escort", 20), ("massage", 15), ("rooms", 10), ("cars", 8), ("phones", 7)]
CAT_W_AMB = [("escort", 3), ("massage", 2), ("rooms", 2), ("cars", 2), ("phones", 2), ("domestic", 1)]


def pick_lang(country, group, rng):
    opts = LANGS[country]
    if group in ("format",):
        opts = [(l, w) for l, w in opts if l in SHARED_LANGS + ("pt",)] or [("en", 1.0)]
        if country == "IT":
            opts = [("en", .5), ("fr", .5)]
    return wpick(rng, opts)


def make_post(pid, split, group, country, pool, rng):
    labels_phones, labels_amb = [], []
    amb_info = None
    if group == "ambiguous":
        # a number from some country's pool, readable in 2+ of the 39 countries; the post says nothing else
        src = wpick(rng, [(c, 1.0) for c in COUNTRIES if pool.has(c, "amb")])
        amb_info = pool.take(src, "amb")
        cand_c = sorted({r for r, _ in amb_info["cands"]})
        lang_opts = [l for l in ("fr", "es", "ar") if sum(1 for c in cand_c if any(x == l for x, _ in LANGS[c])) >= 2]
        lang = rng.choice(["en", "en"] + lang_opts)
        country_for_text = None
    else:
        lang = pick_lang(country, group, rng)
        country_for_text = country
    # category and destination
    if group == "ambiguous":
        cat = wpick(rng, CAT_W_AMB)
    elif country in ORIGIN or country in TRANSIT:
        cat = wpick(rng, CAT_W_ORIGIN)
    else:
        cat = wpick(rng, CAT_W_DEST)
    dest = None
    if group != "ambiguous" and cat in RECRUIT and country in DESTS:
        p = 0.8 if country in ORIGIN else 0.5
        if rng.random() < p:
            dest = rng.choice(DESTS[country])
    cue = {"text": "text", "url": "url", "calling_code": "calling_code", "format": "format", "region": "region",
           "location": "location", "region_location": "region", "international": "international",
           "ambiguous": None, "no_phone": None}[group]
    no_phone_cue = None
    if group == "no_phone":
        no_phone_cue = rng.choice(["text", "url", "region"])
    eff_cue = cue or no_phone_cue
    cur_mode = "local" if eff_cue in ("text", "url", "region", "location") else (
        "neutral" if group == "ambiguous" else "group")
    ctx = {"country": country if country else "XX", "dest": dest, "cur_mode": cur_mode, "cat": cat}
    script = local_script(country, lang, rng) if country else None
    if group == "ambiguous" and lang == "ar":
        if sum(1 for c in {r for r, _ in amb_info["cands"]} if SCRIPT.get(c) == "arab") >= 2:
            script = "arab"

    # ---- phone mentions
    mentions = []   # list of (label dict, is_phone)

    def add_phone(info, intl, region_source, allow_bare=True, avoid=None, families=None, scr=script):
        m = mention(info, intl, lang, rng, scr, allow_bare=allow_bare, avoid=avoid, families=families)
        lab = {"e164": info["e164"], "country": info["country"], "class": m["class"],
               "region_source": region_source, "raw": m["raw"], "digits": m["digits"], "type": info["type"]}
        mentions.append((lab, m["bare"]))
        return m["class"].split(".")[0]

    if group in ("text", "url", "region", "location", "region_location", "format"):
        n_m = wpick(rng, [(1, 45), (2, 40), (3, 15)])
        want = "unique" if group == "format" else "any"
        first = pool.take(country, want)
        nums = [first]
        if n_m >= 2 and rng.random() < 0.6:
            nums.append(pool.take(country, want))
        fams = []
        for i in range(n_m):
            info = nums[i] if i < len(nums) else rng.choice(nums)
            scr = script if group != "format" else (script if script == "arab" else None)
            fams.append(add_phone(info, False, cue, avoid=fams, scr=scr))
        if dest and group != "format" and rng.random() < 0.3:
            add_phone(pool.take(dest), True, "international", allow_bare=True,
                      scr=local_script(dest, lang, rng))
            mentions[-1][0]["branch"] = True
    elif group == "calling_code":
        first = pool.take(country)
        add_phone(first, True, "international")
        n_nat = wpick(rng, [(1, 70), (2, 30)])
        fams = []
        for i in range(n_nat):
            info = first if rng.random() < 0.4 else pool.take(country)
            fams.append(add_phone(info, False, "calling_code", avoid=fams))
        if rng.random() < 0.3:   # national mention first sometimes
            mentions.insert(0, mentions.pop())
    elif group == "international":
        first = pool.take(country)
        fams = [add_phone(first, True, "international")]
        if rng.random() < 0.45:
            info = first if rng.random() < 0.4 else pool.take(country)
            add_phone(info, True, "international", avoid=fams)
    elif group == "ambiguous":
        n_m = 1 if rng.random() < 0.75 else 2
        fams = []
        for i in range(n_m):
            m = mention(amb_info, False, lang, rng, script, avoid=fams)
            fams.append(m["class"].split(".")[0])
            lab = {"raw": m["raw"], "digits": m["digits"], "class": m["class"],
                   "country_candidates": sorted({r for r, _ in amb_info["cands"]}),
                   "e164_candidates": sorted({e for _, e in amb_info["cands"]})}
            mentions.append((lab, False))

    # ---- text pieces
    title_segs = T(rng.choice(bank(lang, "title", cat)))
    body_lines = []
    place_line = None
    if eff_cue == "text":
        city = rng.choice(CITIES[country])
        cname = city_name(city, lang, rng)
        tpl = rng.choice(bank(lang, "place" if cat in RECRUIT else "avail"))
        place_line = fill_text(tpl, cname)
    dest_line = None
    if dest:
        dn = dest_name(dest, lang, rng)
        wl = lang
        if dn is None or not L.get(lang, {}).get("work_in"):
            dn, wl = dest_name(dest, "en", rng) or dest_name(dest, "es", rng), "en"
        dest_line = fill_text(rng.choice(bank(wl, "work_in")), dn)
    if dest_line and rng.random() < 0.5:
        title_segs += T(rng.choice([" – ", " | ", " / ", ", "])) + dest_line
        dest_line = None
    if place_line and rng.random() < 0.35:
        title_segs += T(rng.choice([" – ", " | ", ", "])) + place_line
        place_line = None
    intro = bank(lang, "intro", cat) if L.get(lang, {}).get("intro", {}).get(cat) else None
    if intro is None and lang in ("en", "fr", "es", "ar", "it", "pt"):
        intro = L["en"]["intro"][cat]
    if intro and rng.random() < 0.85:
        body_lines.append(T(rng.choice(intro)))
    if dest_line:
        body_lines.append(dest_line)
    if place_line:
        body_lines.append(place_line)

    # negatives
    negs = []
    kinds = neg_kinds(cat, ctx, rng)
    neg_lines = []
    for k in kinds:
        raw = neg_raw(k, ctx, rng)
        if script and script != "pers" and rng.random() < 0.3 and k in ("price", "salary", "age", "date", "rooms"):
            raw = to_script(raw, script)
        seg = Seg(raw, {"kind": k, "raw": raw})
        tpls = neg_templates(lang, k)
        if k == "date" and cat not in RECRUIT:
            tpls = tpls[:1]
        neg_lines.append(fill(rng.choice(tpls), seg))
    split_at = rng.randint(0, len(neg_lines))
    body_lines += neg_lines[:split_at]

    # contact lines
    apps = APPS_LANG.get(lang, []) + APPS
    if group == "ambiguous":   # no region-flavoured app names (Botim, LINE, Imo) where nothing may hint
        apps = ["WhatsApp", "Viber", "Telegram", "Signal", "WA"]
    in_title = None
    if mentions and rng.random() < 0.15 and not mentions[0][1]:
        in_title = 0
    for i, (lab, bare) in enumerate(mentions):
        span = dict(lab)
        seg = Seg(lab["raw"], span)
        if lab.get("branch"):
            dn = dest_name(lab["country"], lang, rng) or dest_name(lab["country"], "en", rng) or \
                dest_name(lab["country"], "es", rng)
            tpl = rng.choice(bank(lang, "branch"))
            line = fill_text(tpl.split("{}")[0], "") + T(dn) + T(tpl.split("{}")[1]) + [seg]
            body_lines.append(line)
            continue
        if i == in_title:
            title_segs += T(rng.choice([" | ", " – ", " ☎ ", " 📞 ", ", "])) + [seg]
            continue
        if bare or rng.random() < 0.35:
            lead = rng.choice(apps)
        else:
            lead = rng.choice(bank(lang, "call"))
        conn = rng.choice(CONN) if not bare else rng.choice([" ", ": ", " 📞 "])
        body_lines.append(T(lead + conn) + [seg])
    if group == "no_phone":
        body_lines.append(T(rng.choice(bank(lang, "no_phone"))))
    body_lines += neg_lines[split_at:]
    if rng.random() < 0.6:
        body_lines.append(T(rng.choice(bank(lang, "close"))))
    sep = rng.choice(["\n", "\n", "\n", " ", " | ", "\n\n"])
    body_segs = join_segs(body_lines, sep)

    title, tspans = materialize(title_segs, "title")
    body, bspans = materialize(body_segs, "body")
    spans = tspans + bspans
    for sp in spans:
        if "kind" in sp:
            negs.append({"kind": sp["kind"], "raw": sp["raw"], "field": sp["field"], "start": sp["start"],
                         "end": sp["end"]})
        elif "e164" in sp:
            sp.pop("branch", None)
            labels_phones.append({k: sp[k] for k in ("e164", "country", "class", "region_source", "raw", "digits",
                                                      "type", "field", "start", "end")})
        else:
            labels_amb.append({k: sp[k] for k in ("raw", "digits", "class", "field", "start", "end",
                                                  "country_candidates", "e164_candidates")})

    # record
    rec = {"id": pid, "title": title, "body": body}
    if eff_cue == "url":
        host, url, url_form = cue_url(rng, split, cat, country)
    else:
        host, url = generic_url(rng, split, cat)
        url_form = None
    rec["url"] = url
    rec["site"] = host
    rec["posted_at"] = "%d-%02d-%02dT%02d:%02d:00Z" % (rng.choice([2024, 2025]), rng.randint(1, 12),
                                                        rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    if group in ("region", "region_location") or (group == "no_phone" and no_phone_cue == "region"):
        rec["region"] = country
    if group in ("location", "region_location"):
        rec["location"] = city_name(rng.choice(CITIES[country]), lang, rng, 0.5)
    rec["labels"] = {
        "group": group,
        "cue": eff_cue,
        "url_form": url_form,
        "category": cat,
        "country": country_for_text,
        "language": lang,
        "destination": dest,
        "phones": labels_phones,
        "ambiguous": labels_amb,
        "negatives": negs,
        "decoys": sorted({n["kind"] for n in negs}),
    }
    return rec


def write_split(split, pool_all):
    seed = SEED_DEV if split == "dev" else SEED_HELD
    rng = random.Random(seed)
    pool = Pool(pool_all[split], random.Random(seed + 7))
    counts = GROUP_COUNTS[split]
    slots = [g for g, n in counts.items() for _ in range(n)]
    rng.shuffle(slots)
    rare_q, other_q = BASE_QUOTA[split]
    n_cue = sum(n for g, n in counts.items() if g not in ("format", "ambiguous", "no_phone"))
    bag = []
    for c in COUNTRIES:
        bag += [c] * (rare_q if c in RARE else other_q)
    while len(bag) < n_cue:
        bag.append(wpick(rng, [(c, 1.5 if c in RARE else 1.0) for c in COUNTRIES]))
    if len(bag) > n_cue:
        raise RuntimeError("quota larger than cue posts")
    rng.shuffle(bag)
    recs = []
    prefix = "ph15d" if split == "dev" else "ph15h"
    for i, g in enumerate(slots, 1):
        if g == "format":
            c = wpick(rng, [(c, FORMAT_WEIGHT[c]) for c in FORMAT_COUNTRIES if pool.has(c, "unique")])
        elif g == "ambiguous":
            c = None
        elif g == "no_phone":
            c = rng.choice(COUNTRIES)
        else:
            c = bag.pop()
        recs.append(make_post("%s-%04d" % (prefix, i), split, g, c, pool, rng))
    return recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def stats(recs):
    s = defaultdict(Counter)
    for r in recs:
        lab = r["labels"]
        s["group"][lab["group"]] += 1
        s["category"][lab["category"]] += 1
        s["language"][lab["language"]] += 1
        s["posts_with_region_or_location"]["yes" if ("region" in r or "location" in r) else "no"] += 1
        if lab["decoys"]:
            s["posts_with_decoys"]["yes"] += 1
        for d in lab["decoys"]:
            s["decoy_posts"][d] += 1
        s["negatives"]["total"] += len(lab["negatives"])
        for p in lab["phones"]:
            s["class"][p["class"]] += 1
            s["family"][p["class"].split(".")[0]] += 1
            s["country"][p["country"]] += 1
            s["region_source"][p["region_source"]] += 1
            s["distinct"][p["e164"]] += 1
        for a in lab["ambiguous"]:
            s["ambiguous_class"][a["class"]] += 1
        s["totals"]["phones"] += len(lab["phones"])
        s["totals"]["ambiguous"] += len(lab["ambiguous"])
        if lab.get("url_form"):
            s["url_form"][lab["url_form"]] += 1
    s["totals"]["distinct_numbers"] = len(s.pop("distinct", {}))
    return s


def generate():
    pool_all = build_pool()
    out = {}
    for split in ("dev", "held"):
        recs = write_split(split, pool_all)
        cnt = Counter(p["country"] for r in recs for p in r["labels"]["phones"])
        for c in RARE:
            if cnt[c] < MIN_MENTIONS[split]:
                raise RuntimeError("%s: only %d mentions of %s" % (split, cnt[c], c))
        out[split] = recs
    d = {e["e164"] for r in out["dev"] for e in r["labels"]["phones"]}
    h = {e["e164"] for r in out["held"] for e in r["labels"]["phones"]}
    assert not d & h, "number in both splits"
    return {"dev.jsonl": dumps(out["dev"]), "heldout.jsonl": dumps(out["held"])}, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    files, recs = generate()
    if a.check:
        bad = 0
        for name, text in files.items():
            p = os.path.join(a.out, name)
            if not os.path.exists(p) or open(p, encoding="utf-8").read() != text:
                print("differs: %s" % p)
                bad = 1
        sys.exit(bad)
    if a.stats:
        for split in ("dev", "held"):
            print("== %s" % split)
            for k, v in sorted(stats(recs[split]).items()):
                print("  %s: %s" % (k, dict(sorted(v.items()))))
        return
    os.makedirs(a.out, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %s" % ", ".join(os.path.join(a.out, n) for n in files))


if __name__ == "__main__":
    main()
