#!/usr/bin/env python3
"""Write eval/selectors-twentieth: contact selectors in ads along four trafficking routes.

    write.py                 write dev.jsonl (200 posts) and heldout.jsonl (350 posts) next to this file
    write.py --out DIR       write them into DIR instead
    write.py --check         exit 1 if the files next to this file differ from a fresh run
    write.py --stats         print counts per split (forms, platforms, apps, hard-negative kinds)

Python 3.11, standard library only. Deterministic: fixed seeds, no iteration over hashed sets,
so two runs (under any PYTHONHASHSEED) give byte-identical files. Everything is invented.
See README.md for the scenario, the label format and the conventions.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import math
import os
import re
import sys
import unicodedata
from collections import Counter
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))

# name, seed, posts, id prefix. Dev is generated first; the registry of used values spans both.
SPLITS = [("dev", 20200001, 200, "sel20d"), ("heldout", 20207707, 350, "sel20h")]
HELDOUT_FACTOR = 1.75          # held-out quota = ceil(dev quota * 1.75)
CONTROL_SHARE = 0.15           # posts with no selector at all

POST_TYPE = {"jobs": "job_offer", "visa": "other", "escort": "sex_ad", "massage": "massage",
             "rental": "other", "classifieds": "other"}

# --------------------------------------------------------------------------------------------
# Regions, routes, languages
# --------------------------------------------------------------------------------------------

ROUTES = {
    "sahel": ["NE", "ML", "BF", "TD", "SD", "LY", "TN", "DZ", "IT"],
    "gulf": ["NP", "BD", "LK", "ET", "UG", "KE", "SA", "QA", "KW", "OM", "BH", "AE", "LB", "JO"],
    "mekong": ["MM", "LA", "KH", "TH", "MY"],
    "central": ["GT", "HN", "SV", "NI", "MX", "US"],
}
ROUTE_OF = {r: k for k, v in ROUTES.items() for r in v}

# share of posts per region (sums to 100)
REGION_WEIGHT = {
    "NE": 3, "ML": 3, "BF": 2, "TD": 2, "SD": 3, "LY": 5, "TN": 2, "DZ": 2, "IT": 5,
    "NP": 4, "BD": 4, "LK": 2, "ET": 3, "UG": 2, "KE": 3, "SA": 3, "QA": 3, "KW": 2, "OM": 2,
    "BH": 1, "AE": 4, "LB": 1, "JO": 1,
    "MM": 4, "LA": 3, "KH": 4, "TH": 4, "MY": 3,
    "GT": 3, "HN": 3, "SV": 2, "NI": 2, "MX": 5, "US": 5,
}

REGION_LANGS = {
    "NE": {"fr": 1}, "ML": {"fr": 1}, "BF": {"fr": 1}, "TD": {"fr": 3, "ar": 2},
    "SD": {"ar": 3, "en": 1}, "LY": {"ar": 3, "fr": 1, "en": 1}, "TN": {"fr": 1, "ar": 1},
    "DZ": {"fr": 1, "ar": 1}, "IT": {"it": 5, "en": 1, "fr": 1, "pt": 1},
    "NP": {"en": 1}, "BD": {"en": 1}, "LK": {"en": 1}, "ET": {"en": 1}, "UG": {"en": 1}, "KE": {"en": 1},
    "SA": {"en": 1, "ar": 1}, "QA": {"en": 2, "ar": 1}, "KW": {"en": 1, "ar": 1}, "OM": {"en": 1, "ar": 1},
    "BH": {"en": 1, "ar": 1}, "AE": {"en": 2, "ar": 1}, "LB": {"ar": 1, "en": 1, "fr": 1},
    "JO": {"ar": 1, "en": 1},
    "MM": {"en": 1}, "LA": {"en": 1}, "KH": {"en": 1}, "TH": {"en": 1}, "MY": {"en": 1},
    "GT": {"es": 1}, "HN": {"es": 1}, "SV": {"es": 1}, "NI": {"es": 1}, "MX": {"es": 8, "pt": 1},
    "US": {"en": 3, "es": 2, "pt": 1},
}

ORIGINS = {"NE", "ML", "BF", "TD", "SD", "NP", "BD", "LK", "ET", "UG", "KE", "MM", "LA", "KH",
           "GT", "HN", "SV", "NI"}
CAT_WEIGHTS_ORIGIN = {"jobs": 5, "visa": 3, "escort": 0.6, "massage": 0.3, "rental": 1, "classifieds": 1.5}
CAT_WEIGHTS_DEST = {"jobs": 3, "visa": 1, "escort": 2.5, "massage": 2, "rental": 2, "classifieds": 1.5}

DESTS = {
    "NE": ["LY", "DZ", "IT"], "ML": ["DZ", "LY", "IT"], "BF": ["LY", "IT", "DZ"], "TD": ["LY", "IT"],
    "SD": ["LY", "IT", "SA"], "LY": ["IT", "LY"], "TN": ["IT", "TN"], "DZ": ["IT", "DZ"], "IT": ["IT"],
    "NP": ["QA", "SA", "KW", "AE", "OM", "BH", "JO", "LB"], "BD": ["SA", "QA", "KW", "OM", "AE", "BH", "JO"],
    "LK": ["KW", "QA", "AE", "SA", "LB", "JO", "OM"], "ET": ["SA", "LB", "KW", "AE", "JO", "QA"],
    "UG": ["SA", "OM", "QA", "AE", "JO"], "KE": ["SA", "QA", "AE", "OM", "BH", "LB"],
    "SA": ["SA"], "QA": ["QA"], "KW": ["KW"], "OM": ["OM"], "BH": ["BH"], "AE": ["AE"], "LB": ["LB"], "JO": ["JO"],
    "MM": ["TH", "MY"], "LA": ["TH", "MY"], "KH": ["TH", "MY"], "TH": ["TH", "MY"], "MY": ["MY"],
    "GT": ["MX", "US"], "HN": ["US", "MX"], "SV": ["US", "MX"], "NI": ["US", "MX"], "MX": ["US", "MX"], "US": ["US"],
}

COUNTRY = {
    "LY": {"en": "Libya", "fr": "Libye", "ar": "ليبيا", "es": "Libia", "it": "Libia", "pt": "Líbia"},
    "IT": {"en": "Italy", "fr": "Italie", "ar": "إيطاليا", "es": "Italia", "it": "Italia", "pt": "Itália"},
    "DZ": {"en": "Algeria", "fr": "Algérie", "ar": "الجزائر", "es": "Argelia", "it": "Algeria", "pt": "Argélia"},
    "TN": {"en": "Tunisia", "fr": "Tunisie", "ar": "تونس", "es": "Túnez", "it": "Tunisia", "pt": "Tunísia"},
    "SA": {"en": "Saudi Arabia", "fr": "Arabie saoudite", "ar": "السعودية", "es": "Arabia Saudita",
           "it": "Arabia Saudita", "pt": "Arábia Saudita"},
    "QA": {"en": "Qatar", "fr": "Qatar", "ar": "قطر", "es": "Catar", "it": "Qatar", "pt": "Catar"},
    "KW": {"en": "Kuwait", "fr": "Koweït", "ar": "الكويت", "es": "Kuwait", "it": "Kuwait", "pt": "Kuwait"},
    "OM": {"en": "Oman", "fr": "Oman", "ar": "سلطنة عمان", "es": "Omán", "it": "Oman", "pt": "Omã"},
    "BH": {"en": "Bahrain", "fr": "Bahreïn", "ar": "البحرين", "es": "Baréin", "it": "Bahrein", "pt": "Bahrein"},
    "AE": {"en": "UAE", "fr": "Dubaï", "ar": "الإمارات", "es": "Dubái", "it": "Dubai", "pt": "Dubai"},
    "LB": {"en": "Lebanon", "fr": "Liban", "ar": "لبنان", "es": "Líbano", "it": "Libano", "pt": "Líbano"},
    "JO": {"en": "Jordan", "fr": "Jordanie", "ar": "الأردن", "es": "Jordania", "it": "Giordania", "pt": "Jordânia"},
    "TH": {"en": "Thailand", "fr": "Thaïlande", "ar": "تايلاند", "es": "Tailandia", "it": "Thailandia", "pt": "Tailândia"},
    "MY": {"en": "Malaysia", "fr": "Malaisie", "ar": "ماليزيا", "es": "Malasia", "it": "Malesia", "pt": "Malásia"},
    "MX": {"en": "Mexico", "fr": "Mexique", "ar": "المكسيك", "es": "México", "it": "Messico", "pt": "México"},
    "US": {"en": "USA", "fr": "États-Unis", "ar": "أمريكا", "es": "Estados Unidos", "it": "Stati Uniti",
           "pt": "Estados Unidos"},
}
FLAG = {"LY": "🇱🇾", "IT": "🇮🇹", "DZ": "🇩🇿", "TN": "🇹🇳", "SA": "🇸🇦", "QA": "🇶🇦", "KW": "🇰🇼", "OM": "🇴🇲",
        "BH": "🇧🇭", "AE": "🇦🇪", "LB": "🇱🇧", "JO": "🇯🇴", "TH": "🇹🇭", "MY": "🇲🇾", "MX": "🇲🇽", "US": "🇺🇸"}

# (latin name, arabic name or None)
CITIES = {
    "NE": [("Niamey", "نيامي"), ("Agadez", "أغاديس"), ("Zinder", "زندر"), ("Maradi", None)],
    "ML": [("Bamako", "باماكو"), ("Gao", "غاو"), ("Kayes", None), ("Sikasso", None)],
    "BF": [("Ouagadougou", "واغادوغو"), ("Bobo-Dioulasso", None), ("Koudougou", None)],
    "TD": [("N'Djamena", "انجمينا"), ("Abéché", "أبشة"), ("Moundou", None)],
    "SD": [("Khartoum", "الخرطوم"), ("Omdurman", "أم درمان"), ("Port Sudan", "بورتسودان"), ("Kassala", "كسلا")],
    "LY": [("Tripoli", "طرابلس"), ("Sabha", "سبها"), ("Benghazi", "بنغازي"), ("Zuwara", "زوارة"), ("Misrata", "مصراتة")],
    "TN": [("Tunis", "تونس"), ("Sfax", "صفاقس"), ("Sousse", "سوسة")],
    "DZ": [("Alger", "الجزائر العاصمة"), ("Oran", "وهران"), ("Tamanrasset", "تمنراست"), ("Ouargla", "ورقلة")],
    "IT": [("Palermo", "باليرمو"), ("Roma", "روما"), ("Milano", "ميلانو"), ("Napoli", "نابولي"), ("Catania", "كاتانيا"),
           ("Foggia", None), ("Latina", None)],
    "NP": [("Kathmandu", None), ("Pokhara", None), ("Biratnagar", None), ("Birgunj", None)],
    "BD": [("Dhaka", None), ("Chattogram", None), ("Sylhet", None), ("Cumilla", None)],
    "LK": [("Colombo", None), ("Kandy", None), ("Kurunegala", None)],
    "ET": [("Addis Ababa", None), ("Bahir Dar", None), ("Dessie", None)],
    "UG": [("Kampala", None), ("Entebbe", None), ("Jinja", None)],
    "KE": [("Nairobi", None), ("Mombasa", None), ("Eldoret", None)],
    "SA": [("Riyadh", "الرياض"), ("Jeddah", "جدة"), ("Dammam", "الدمام")],
    "QA": [("Doha", "الدوحة"), ("Al Wakrah", "الوكرة"), ("Al Khor", "الخور")],
    "KW": [("Kuwait City", "مدينة الكويت"), ("Salmiya", "السالمية"), ("Hawally", "حولي")],
    "OM": [("Muscat", "مسقط"), ("Salalah", "صلالة"), ("Sohar", "صحار")],
    "BH": [("Manama", "المنامة"), ("Riffa", "الرفاع"), ("Muharraq", "المحرق")],
    "AE": [("Dubai", "دبي"), ("Abu Dhabi", "أبوظبي"), ("Sharjah", "الشارقة"), ("Ajman", "عجمان")],
    "LB": [("Beirut", "بيروت"), ("Jounieh", "جونية"), ("Tripoli", "طرابلس")],
    "JO": [("Amman", "عمّان"), ("Irbid", "إربد"), ("Aqaba", "العقبة")],
    "MM": [("Yangon", None), ("Mandalay", None), ("Myawaddy", None)],
    "LA": [("Vientiane", None), ("Savannakhet", None), ("Pakse", None)],
    "KH": [("Phnom Penh", None), ("Poipet", None), ("Sihanoukville", None)],
    "TH": [("Bangkok", None), ("Mae Sot", None), ("Pattaya", None), ("Chiang Mai", None)],
    "MY": [("Kuala Lumpur", None), ("Johor Bahru", None), ("Penang", None)],
    "GT": [("Ciudad de Guatemala", None), ("Quetzaltenango", None), ("Escuintla", None)],
    "HN": [("Tegucigalpa", None), ("San Pedro Sula", None), ("La Ceiba", None)],
    "SV": [("San Salvador", None), ("Santa Ana", None), ("San Miguel", None)],
    "NI": [("Managua", None), ("León", None), ("Chinandega", None)],
    "MX": [("Tapachula", None), ("Ciudad de México", None), ("Monterrey", None), ("Tijuana", None)],
    "US": [("Houston", None), ("Los Angeles", None), ("Miami", None), ("Phoenix", None), ("Charlotte", None)],
}

CCTLD = {
    "NE": ["ne"], "ML": ["ml"], "BF": ["bf"], "TD": ["td"], "SD": ["sd"], "LY": ["ly"], "TN": ["tn"],
    "DZ": ["dz"], "IT": ["it"], "NP": ["com.np"], "BD": ["com.bd"], "LK": ["lk"], "ET": ["et"],
    "UG": ["co.ug"], "KE": ["co.ke"], "SA": ["com.sa"], "QA": ["qa"], "KW": ["com.kw"], "OM": ["om"],
    "BH": ["bh"], "AE": ["ae"], "LB": ["com.lb"], "JO": ["jo"], "MM": ["com.mm"], "LA": ["la"],
    "KH": ["com.kh"], "TH": ["co.th"], "MY": ["com.my"], "GT": ["com.gt"], "HN": ["hn"], "SV": ["com.sv"],
    "NI": ["com.ni"], "MX": ["com.mx"], "US": ["us"],
}
GENERIC_TLDS = ["com", "net", "org", "info", "online", "agency"]
TWO_LABEL_SUFFIXES = sorted({s for v in CCTLD.values() for s in v if "." in s})

# --------------------------------------------------------------------------------------------
# Phones: country code, mobile prefixes (checked against libphonenumber while writing),
# national significant number length, trunk prefix, national and international grouping.
# --------------------------------------------------------------------------------------------

PHONE = {
    "NE": ("227", ["90", "91", "92", "93", "94", "96", "97", "98", "99", "88", "89"], 8, "", [2, 2, 2, 2], [2, 2, 2, 2]),
    "ML": ("223", ["65", "66", "67", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"], 8, "", [2, 2, 2, 2], [2, 2, 2, 2]),
    "BF": ("226", ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "74", "75", "76", "77", "78", "79"], 8, "", [2, 2, 2, 2], [2, 2, 2, 2]),
    "TD": ("235", ["60", "63", "65", "66", "67", "68", "69", "90", "91", "92", "93", "95", "98", "99"], 8, "", [2, 2, 2, 2], [2, 2, 2, 2]),
    "SD": ("249", ["90", "91", "92", "96", "99"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "LY": ("218", ["91", "92", "94", "95"], 9, "0", [3, 7], [2, 7]),
    "TN": ("216", ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "50", "52", "53", "54", "55", "56", "58", "90", "92", "93", "94", "95", "96", "97", "98", "99"], 8, "", [2, 3, 3], [2, 3, 3]),
    "DZ": ("213", ["55", "66", "67", "69", "77", "79", "65"], 9, "0", [4, 2, 2, 2], [3, 2, 2, 2]),
    "IT": ("39", ["320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "351", "366", "370", "371", "377", "380", "388", "389", "391", "392", "393"], 10, "", [3, 3, 4], [3, 3, 4]),
    "NP": ("977", ["980", "981", "982", "984", "985", "986", "974", "976"], 10, "", [3, 7], [3, 7]),
    "BD": ("880", ["13", "14", "15", "16", "17", "18", "19"], 10, "0", [5, 6], [4, 6]),
    "LK": ("94", ["70", "71", "72", "75", "76", "77", "78"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "ET": ("251", ["91", "92", "93", "94", "70"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "UG": ("256", ["70", "71", "74", "75", "76", "77", "78"], 9, "0", [4, 6], [3, 6]),
    "KE": ("254", ["70", "71", "72", "74", "79", "11"], 9, "0", [4, 6], [3, 6]),
    "SA": ("966", ["50", "53", "54", "55", "56", "58", "59"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "QA": ("974", ["33", "55", "66", "70", "77", "30", "31", "50", "52"], 8, "", [4, 4], [4, 4]),
    "KW": ("965", ["50", "55", "66", "90", "94", "97", "99"], 8, "", [4, 4], [4, 4]),
    "OM": ("968", ["91", "92", "93", "94", "95", "96", "97", "98", "99", "71", "72"], 8, "", [4, 4], [4, 4]),
    "BH": ("973", ["32", "33", "34", "35", "36", "37", "39"], 8, "", [4, 4], [4, 4]),
    "AE": ("971", ["50", "52", "54", "55", "56", "58"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "LB": ("961", ["70", "71", "81"], 8, "", [2, 3, 3], [2, 3, 3]),
    "JO": ("962", ["79"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "MM": ("95", ["96", "976", "977", "978", "979", "925", "926"], 10, "0", [2, 3, 3, 3], [1, 3, 3, 3]),
    "LA": ("856", ["202", "205", "207", "209"], 10, "0", [3, 2, 3, 3], [2, 2, 3, 3]),
    "KH": ("855", ["12", "17", "77", "92", "97", "10", "15", "16", "69", "70", "93", "98", "11", "61", "85", "89"], 8, "0", [3, 3, 3], [2, 3, 3]),
    "TH": ("66", ["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "MY": ("60", ["12", "16", "19"], 9, "0", [3, 3, 4], [2, 3, 4]),
    "GT": ("502", ["30", "31", "32", "33", "40", "41", "42", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59"], 8, "", [4, 4], [4, 4]),
    "HN": ("504", ["31", "32", "33", "88", "89", "94", "95", "96", "97", "98", "99"], 8, "", [4, 4], [4, 4]),
    "SV": ("503", ["60", "61", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"], 8, "", [4, 4], [4, 4]),
    "NI": ("505", ["57", "58", "76", "77", "78", "81", "82", "83", "84", "85", "86", "87", "88", "89"], 8, "", [4, 4], [4, 4]),
    "MX": ("52", ["55", "33", "81", "962", "664", "656"], 10, "", None, None),
    "US": ("1", ["713", "213", "305", "602", "704", "832"], 10, "", None, None),
}
CC_REGION = {v[0]: k for k, v in PHONE.items()}
NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "bn": "০১২৩৪৫৬৭৮৯", "ne": "०१२३४५६७८९", "my": "၀၁၂၃၄၅၆၇၈၉"}
ARAB_REGIONS = {"SD", "LY", "SA", "QA", "KW", "OM", "BH", "AE", "LB", "JO", "TD", "TN", "DZ"}

# --------------------------------------------------------------------------------------------
# Phrase banks. None of these texts may hold a trigger (a dot between word characters, an @,
# www, http, a spelled dot or at, a platform word, seven digits in a row): the self-check
# refuses any trigger outside a labelled span, a listed hard negative or a contact cue.
# --------------------------------------------------------------------------------------------

JOBS = {
    "en": {"domestic": ["housemaid", "nanny", "house driver", "cleaner", "caregiver"],
           "construction": ["mason", "steel fixer", "construction helper", "electrician", "scaffolder"],
           "hotel": ["waitress", "room attendant", "receptionist", "kitchen helper", "barista"],
           "farm": ["farm worker", "date farm worker", "fruit picker", "greenhouse worker", "camel farm helper"],
           "modelling": ["model", "promo model", "brand ambassador"],
           "hostess": ["hostess", "lounge hostess", "guest relations girl", "club dancer"]},
    "fr": {"domestic": ["ménagère", "aide à domicile", "nounou", "chauffeur"],
           "construction": ["maçon", "manœuvre", "électricien", "ferrailleur"],
           "hotel": ["serveuse", "femme de chambre", "réceptionniste", "aide cuisinier"],
           "farm": ["ouvrier agricole", "cueilleur", "berger"],
           "modelling": ["mannequin"], "hostess": ["hôtesse", "danseuse"]},
    "es": {"domestic": ["trabajadora doméstica", "niñera", "chofer", "cuidadora"],
           "construction": ["albañil", "ayudante de construcción", "electricista", "soldador"],
           "hotel": ["mesera", "recamarista", "recepcionista", "ayudante de cocina"],
           "farm": ["jornalero", "pizcador de fresa", "trabajador de campo"],
           "modelling": ["modelo", "edecán"], "hostess": ["hostess", "bailarina", "mesera de bar"]},
    "ar": {"domestic": ["عاملة منزلية", "مربية أطفال", "سائق خاص"],
           "construction": ["عامل بناء", "كهربائي", "حداد"],
           "hotel": ["نادلة", "عاملة نظافة", "موظف استقبال"],
           "farm": ["عامل مزرعة", "راعي غنم"], "modelling": ["عارضة أزياء"], "hostess": ["مضيفة", "راقصة"]},
    "it": {"domestic": ["badante", "colf", "baby sitter"], "construction": ["muratore", "manovale", "elettricista"],
           "hotel": ["cameriera", "lavapiatti", "aiuto cuoco"],
           "farm": ["bracciante", "raccoglitore di pomodori", "operaio agricolo"],
           "modelling": ["modella"], "hostess": ["hostess", "ragazza immagine"]},
    "pt": {"domestic": ["faxineira", "babá", "cuidadora"], "construction": ["pedreiro", "ajudante de obra"],
           "hotel": ["garçonete", "camareira", "recepcionista"], "farm": ["trabalhador rural"],
           "modelling": ["modelo"], "hostess": ["recepcionista de boate", "dançarina"]},
}

ITEMS = {
    "en": ["iPhone 13", "Samsung phone", "sofa set", "baby stroller", "rice cooker", "motorbike", "laptop",
           "washing machine", "gas cylinder", "study table", "gold bangle", "water cooler"],
    "fr": ["téléphone Samsung", "moto Jakarta", "canapé", "frigo", "ordinateur portable", "groupe électrogène"],
    "es": ["celular Samsung", "moto", "sala de tres piezas", "refrigerador", "laptop", "bicicleta"],
    "ar": ["جوال سامسونج", "ثلاجة", "كنب", "سيارة مستعملة", "لابتوب", "مكيف"],
    "it": ["bici", "divano", "telefono Samsung", "scooter", "frigorifero"],
    "pt": ["celular", "sofá", "bicicleta", "geladeira"],
}

NATS = {
    "gulf": {"en": ["Ethiopian", "Kenyan", "Ugandan", "Nepali", "Sri Lankan"],
             "ar": ["إثيوبية", "كينية", "أوغندية", "نيبالية"], "fr": ["éthiopienne", "kényane"]},
    "mekong": {"en": ["Lao", "Burmese", "Khmer", "Thai"]},
    "central": {"es": ["hondureña", "salvadoreña", "guatemalteca", "nicaragüense"], "en": ["Latina"],
                "pt": ["latina"]},
    "sahel": {"fr": ["africaine", "malienne", "burkinabè"], "it": ["africana"], "ar": ["إفريقية"],
              "en": ["African"], "pt": ["africana"]},
}

SPA_NAMES = ["Orchid", "Lotus", "Jasmine", "Golden Hands", "Bamboo", "Silk Touch", "Blue Lagoon", "Frangipani",
             "Sakura", "Moonlight", "Coral", "Zen Garden"]

AGES = ["18-35", "20-40", "21-30", "18-28", "25-45", "22-38"]

# (category, lang) -> titles / lines / closes
BANK = {
    ("jobs", "en"): {
        "title": ["URGENT {job} needed for {dest} {flag}", "{job} wanted in {dcity}, {dest}",
                  "Work in {dest} as {job} 🔥", "{dest} {flag} jobs: {job}, free visa and ticket",
                  "Golden chance: {job} in {dcity}", "Female {job} required for {dest}",
                  "{agency} hiring {job} for {dest}", "{n} positions: {job} in {dcity} {flag}"],
        "line": ["Salary {money} monthly plus overtime", "Salary {money}, food and accommodation free",
                 "Age {age}, no experience needed", "Free visa, free ticket, free medical",
                 "Interview in {city} this week, limited seats", "Contract 2 years, renewable",
                 "Passport must be valid for two years", "Duty 10 hours, one day off per week",
                 "Agent fee can be paid after you start work", "We arrange everything, you only bring your passport",
                 "Departure within 15 days of selection", "Transport to {dcity} arranged by the company",
                 "Only female candidates, unmarried preferred", "Employer keeps the passport for safety",
                 "Training given before departure"],
        "close": ["Apply fast, seats are filling", "Share with friends who need work 🙏", "God bless 🙏",
                  "Don't miss this chance", "Serious people only", "Thank you"],
    },
    ("jobs", "fr"): {
        "title": ["Recrutement urgent : {job} pour {dest} {flag}", "Offre d'emploi en {dest} : {job}",
                  "Travail à {dcity} : {job} recherché", "{agency} recrute {job}",
                  "Départ rapide pour {dest}, {job} {flag}"],
        "line": ["Salaire {money} par mois, logé et nourri", "Visa et billet pris en charge",
                 "Pas besoin d'expérience", "Âge {age} ans", "Entretien à {city} cette semaine",
                 "Passeport obligatoire", "Transport jusqu'à {dcity} assuré",
                 "Frais de dossier payés après l'arrivée", "Contrat de deux ans",
                 "Femmes seulement, célibataires de préférence", "Le patron garde le passeport"],
        "close": ["Dépêchez-vous, places limitées", "Partagez autour de vous 🙏", "Sérieux uniquement", "Merci"],
    },
    ("jobs", "es"): {
        "title": ["Se busca {job} para {dest} {flag}", "Trabajo en {dcity}: {job}", "Empleo seguro en {dest}",
                  "Contratación inmediata de {job}", "{agency} contrata {job}"],
        "line": ["Sueldo {money} a la semana", "Pagamos el viaje y los papeles", "No se necesita experiencia",
                 "Edad de {age} años", "Entrevista en {city} este sábado", "Hospedaje y comida incluidos",
                 "Salida inmediata, cupos limitados", "Te ayudamos a cruzar sin problema",
                 "Visa de trabajo temporal H-2A", "El patrón guarda tus documentos"],
        "close": ["No pierdas esta oportunidad", "Comparte 🙏", "Solo personas serias", "Gracias"],
    },
    ("jobs", "ar"): {
        "title": ["مطلوب {job} للعمل في {dest} {flag}", "فرصة عمل في {dcity}", "وظائف {dest}: {job}",
                  "{agency} تطلب {job}"],
        "line": ["الراتب {money} شهريا مع السكن والأكل", "التأشيرة والتذكرة مجانا", "لا يشترط الخبرة",
                 "العمر من {age}", "المقابلة في {city} هذا الأسبوع", "السفر خلال أسبوعين",
                 "عقد سنتين قابل للتجديد", "للنساء فقط"],
        "close": ["سارع بالتقديم", "بالتوفيق للجميع", "شكرا"],
    },
    ("jobs", "it"): {
        "title": ["Cerchiamo {job} a {dcity}", "Lavoro stagionale: {job} a {city}",
                  "Offerta di lavoro in Italia: {job}", "{agency} assume {job}"],
        "line": ["Paga {money} al mese", "Alloggio e trasporto garantiti", "Contratto con decreto flussi",
                 "Non serve esperienza", "Inizio immediato", "Documenti anche da regolarizzare",
                 "Lavoro nei campi vicino a {city}", "Età {age} anni"],
        "close": ["Posti limitati", "Condividete 🙏", "Grazie"],
    },
    ("jobs", "pt"): {
        "title": ["Vagas para {job} em {dest} {flag}", "Trabalho em {dcity}: {job}", "Emprego garantido em {dest}"],
        "line": ["Salário {money} por mês", "Passagem e moradia pagas", "Não precisa experiência",
                 "Entrevista em {city}", "Idade {age} anos"],
        "close": ["Vagas limitadas", "Compartilhe 🙏"],
    },
    ("visa", "en"): {
        "title": ["{dest} work visa available {flag}", "Visit visa {dest}: 7 days processing",
                  "Visa and ticket package to {dest}", "Fast visa service from {city}",
                  "Gulf and Europe visas, 100% guarantee"],
        "line": ["Visit visa can be changed to work visa", "Package {money} all inclusive",
                 "No interview, no language test", "Documents: passport, two photos, CV",
                 "Pay after the visa is stamped", "Job guaranteed on arrival", "Processing in 10 working days",
                 "Air ticket included, airport pickup"],
        "close": ["Limited quota, book now", "Trusted since 2009", "Walk in to our office in {city}"],
    },
    ("visa", "fr"): {
        "title": ["Visa pour {dest} disponible {flag}", "Voyage rapide vers {dest}", "Dossier visa travail {dest}",
                  "Passage sûr jusqu'à {dcity}"],
        "line": ["Départ de {city} chaque semaine", "Visa et transport pris en charge", "Paiement après l'arrivée",
                 "Pas besoin de diplôme", "Documents : passeport et deux photos",
                 "Hébergement à {dcity} en attendant le travail", "Prix {money} tout compris"],
        "close": ["Places limitées", "Sérieux uniquement", "Que Dieu nous garde 🙏"],
    },
    ("visa", "ar"): {
        "title": ["تأشيرات {dest} متوفرة {flag}", "تأشيرة زيارة إلى {dest} خلال أسبوع", "سفر إلى {dest} بأسعار مناسبة"],
        "line": ["تحويل الزيارة إلى إقامة عمل", "الدفع بعد صدور التأشيرة", "السعر {money} شامل التذكرة",
                 "المطلوب جواز سفر وصورتين", "استقبال في المطار", "ضمان العمل بعد الوصول"],
        "close": ["العدد محدود", "بالتوفيق للجميع"],
    },
    ("visa", "es"): {
        "title": ["Trámite de visa para {dest} {flag}", "Viaje seguro a {dest}", "Permisos de trabajo en {dest}",
                  "Te llevamos a {dcity}"],
        "line": ["Salidas desde {city} cada semana", "Pagas cuando llegas", "Sin entrevista, sin inglés",
                 "Papeles: pasaporte y dos fotos", "Trabajo asegurado al llegar", "Costo {money} todo incluido",
                 "Cruce seguro, guía con experiencia"],
        "close": ["Cupo limitado", "Dios te bendiga 🙏"],
    },
    ("visa", "it"): {
        "title": ["Pratiche decreto flussi per lavorare in Italia", "Nulla osta lavoro stagionale a {city}",
                  "Permesso di soggiorno: ti aiutiamo"],
        "line": ["Pratica completa {money}", "Contratto di lavoro garantito", "Assistenza in questura",
                 "Documenti: passaporto e foto", "Posti limitati per quest'anno"],
        "close": ["Chiamaci senza impegno", "Serietà garantita"],
    },
    ("visa", "pt"): {
        "title": ["Visto de trabalho para {dest} {flag}", "Viagem segura para {dest}"],
        "line": ["Pagamento depois do visto", "Documentos: passaporte e fotos", "Trabalho garantido na chegada"],
        "close": ["Vagas limitadas", "Deus abençoe 🙏"],
    },
    ("escort", "en"): {
        "title": ["New girl in {city} 💋", "{name}, VIP companion in {city}", "Sweet {nat} girl available now",
                  "Young {nat} model, {city} ✨", "Hot and discreet in {city} 🔥"],
        "line": ["Incall and outcall", "Real photos, no fake", "Available day and night", "Hotel visits only",
                 "New in town, very friendly", "1 hour {lmoney}, overnight negotiable",
                 "Private and discreet apartment", "No rush, good service"],
        "close": ["Kisses 😘", "See you soon 💋", "Serious men only"],
    },
    ("escort", "es"): {
        "title": ["Chica nueva en {city} 💋", "{name}, escort independiente", "Linda {nat} recién llegada",
                  "Nena sexy en {city} 🔥"],
        "line": ["Servicio a hotel y domicilio", "Fotos reales", "Disponible 24 horas", "La hora {lmoney}",
                 "Lugar discreto y limpio", "Recién llegada, muy cariñosa"],
        "close": ["Besos 😘", "Te espero 💋"],
    },
    ("escort", "ar"): {
        "title": ["بنات جدد في {city}", "{name} متاحة الآن 💋", "جميلة {nat} في {city}"],
        "line": ["استقبال وخدمة فنادق", "صور حقيقية", "متوفرة ليل نهار", "الساعة {lmoney}",
                 "شقة خاصة وهادئة", "جديدة في المدينة"],
        "close": ["نراك قريبا 💋", "للجادين فقط"],
    },
    ("escort", "it"): {
        "title": ["Nuova ragazza a {city} 💋", "{name}, accompagnatrice a {city}", "Bellissima {nat} appena arrivata"],
        "line": ["Ricevo in ambiente riservato", "Foto reali", "Disponibile anche la notte", "Un'ora {lmoney}",
                 "Massima discrezione"],
        "close": ["Baci 😘", "Ti aspetto"],
    },
    ("escort", "fr"): {
        "title": ["Nouvelle fille à {city} 💋", "{name}, jolie {nat} disponible", "Belle et discrète à {city}"],
        "line": ["Reçoit et se déplace", "Photos réelles", "Disponible jour et nuit", "Une heure {lmoney}",
                 "Appartement privé et propre"],
        "close": ["Bisous 😘", "À bientôt"],
    },
    ("escort", "pt"): {
        "title": ["Garota nova em {city} 💋", "{name}, acompanhante em {city}"],
        "line": ["Atendo em hotel e motel", "Fotos reais", "Disponível 24 horas", "Uma hora {lmoney}"],
        "close": ["Beijos 😘", "Te espero"],
    },
    ("massage", "en"): {
        "title": ["{spa} Thai massage in {city}", "Relaxing body massage in {city}",
                  "Asian therapists, full body massage", "New spa open in {city} 🌸"],
        "line": ["Full body oil massage", "Open daily 10am to 2am", "New therapists every week",
                 "Home and hotel service", "1 hour {lmoney}, 90 minutes special price",
                 "Private rooms with shower", "Young {nat} therapists"],
        "close": ["Walk-ins welcome", "Relax and enjoy 🌸"],
    },
    ("massage", "es"): {
        "title": ["Masajes relajantes en {city}", "Spa {spa}, masajes para caballeros"],
        "line": ["Masaje completo con aceite", "Abierto todos los días", "Servicio a domicilio y hotel",
                 "La hora {lmoney}", "Chicas jóvenes y amables"],
        "close": ["Te esperamos 🌸", "Gracias"],
    },
    ("massage", "it"): {
        "title": ["Massaggi orientali a {city}", "Centro {spa}, massaggi rilassanti"],
        "line": ["Massaggio completo con olio", "Aperto tutti i giorni", "Ragazze nuove ogni settimana",
                 "Un'ora {lmoney}"],
        "close": ["Vi aspettiamo 🌸", "Grazie"],
    },
    ("massage", "ar"): {
        "title": ["مساج في {city}", "مركز {spa} للمساج"],
        "line": ["مساج كامل بالزيت", "مفتوح يوميا", "خدمة فنادق ومنازل", "الساعة {lmoney}"],
        "close": ["نرحب بكم", "شكرا"],
    },
    ("massage", "fr"): {
        "title": ["Massage relaxant à {city}", "Salon {spa}, massage bien-être"],
        "line": ["Massage complet à l'huile", "Ouvert tous les jours", "Déplacement à l'hôtel", "Une heure {lmoney}"],
        "close": ["Bienvenue 🌸", "Merci"],
    },
    ("massage", "pt"): {
        "title": ["Massagem relaxante em {city}", "Spa {spa}, massagem completa"],
        "line": ["Massagem completa com óleo", "Aberto todos os dias", "Uma hora {lmoney}"],
        "close": ["Te esperamos 🌸"],
    },
    ("rental", "en"): {
        "title": ["Room for rent in {city}", "Bedspace available, ladies only", "Partition room in {city}, move in now",
                  "Shared room for workers, {city}"],
        "line": ["Rent {lmoney} per month, bills included", "Near bus stop and supermarket",
                 "Ladies only, working women preferred", "Available from next week", "One month deposit",
                 "Kitchen and washing machine shared", "Wifi included"],
        "close": ["Serious tenants only", "Thank you"],
    },
    ("rental", "fr"): {
        "title": ["Chambre à louer à {city}", "Studio meublé à {city}"],
        "line": ["Loyer {lmoney} par mois", "Près du marché", "Disponible tout de suite", "Caution un mois"],
        "close": ["Merci", "Sérieux uniquement"],
    },
    ("rental", "es"): {
        "title": ["Se renta cuarto en {city}", "Cuarto amueblado para señorita"],
        "line": ["Renta {lmoney} al mes", "Cerca de la parada del bus", "Con baño propio", "Disponible ya",
                 "Depósito un mes"],
        "close": ["Gracias", "Solo personas serias"],
    },
    ("rental", "ar"): {
        "title": ["غرفة للإيجار في {city}", "سكن بنات في {city}"],
        "line": ["الإيجار {lmoney} شهريا", "قريب من المواصلات", "متوفر فورا", "تأمين شهر واحد"],
        "close": ["شكرا", "للجادين فقط"],
    },
    ("rental", "it"): {
        "title": ["Affittasi stanza a {city}", "Posto letto per lavoratori a {city}"],
        "line": ["Affitto {lmoney} al mese", "Vicino alla stazione", "Disponibile subito", "Cauzione un mese"],
        "close": ["Grazie", "No perditempo"],
    },
    ("rental", "pt"): {
        "title": ["Aluga-se quarto em {city}", "Quarto mobiliado em {city}"],
        "line": ["Aluguel {lmoney} por mês", "Perto do metrô", "Disponível já"],
        "close": ["Obrigado"],
    },
    ("classifieds", "en"): {
        "title": ["{item} for sale", "Selling {item}, good condition", "Used {item} in {city}"],
        "line": ["Price {lmoney}, negotiable", "Good condition, lightly used", "Pickup from {city}",
                 "Urgent sale, leaving the country", "Cash only"],
        "close": ["Thanks for looking", "No time wasters"],
    },
    ("classifieds", "fr"): {
        "title": ["{item} à vendre", "Je vends {item}"],
        "line": ["Prix {lmoney} à débattre", "Très bon état", "À récupérer à {city}", "Paiement cash"],
        "close": ["Merci"],
    },
    ("classifieds", "es"): {
        "title": ["Vendo {item}", "{item} en venta"],
        "line": ["Precio {lmoney}, a tratar", "En buen estado", "Entrega en {city}", "Solo efectivo"],
        "close": ["Gracias"],
    },
    ("classifieds", "ar"): {
        "title": ["للبيع {item}", "{item} مستعمل للبيع"],
        "line": ["السعر {lmoney} قابل للتفاوض", "بحالة ممتازة", "الاستلام في {city}"],
        "close": ["شكرا"],
    },
    ("classifieds", "it"): {
        "title": ["Vendo {item}", "{item} usato"],
        "line": ["Prezzo {lmoney} trattabile", "Ottime condizioni", "Ritiro a {city}"],
        "close": ["Grazie"],
    },
    ("classifieds", "pt"): {
        "title": ["Vendo {item}", "{item} usado"],
        "line": ["Preço {lmoney}", "Bom estado", "Retirar em {city}"],
        "close": ["Obrigado"],
    },
}

# extra lines for hostess and modelling offers
SUB_LINES = {"en": ["Tips every night, good looking girls preferred", "Send full body photos first",
                    "Must be slim and friendly", "Work in VIP lounges and private parties"],
             "fr": ["Envoyez des photos en pied", "Pourboires chaque soir"],
             "es": ["Manda fotos de cuerpo completo", "Propinas todas las noches"],
             "ar": ["أرسلي صور كاملة", "بقشيش كل ليلة"], "it": ["Mance ogni sera", "Inviare foto a figura intera"],
             "pt": ["Mande fotos de corpo inteiro", "Gorjetas toda noite"]}

# Phrases in the region's own language, mixed into English posts.
LOCAL_LINES = {
    "NP": ["नेपाली दिदीबहिनीहरूका लागि सुनौलो अवसर", "निःशुल्क भिसा र टिकट", "तुरुन्त सम्पर्क गर्नुहोस्", "विदेशमा राम्रो तलब"],
    "BD": ["বিদেশে চাকরির সুযোগ", "ফ্রি ভিসা ও টিকিট", "এখনই যোগাযোগ করুন", "মহিলা কর্মী আবশ্যক"],
    "ET": ["ለሴቶች የስራ እድል", "ነፃ ቪዛ እና ትኬት", "አሁኑኑ ይደውሉ", "ወደ አረብ አገር ስራ"],
    "MM": ["အလုပ်အကိုင် အခွင့်အလမ်း", "ထိုင်းမှာ အလုပ်ရှိသည်", "အမြန်ဆက်သွယ်ပါ", "လစာကောင်း"],
    "LA": ["ຮັບສະໝັກພະນັກງານ ດ່ວນ", "ເຮັດວຽກຢູ່ໄທ", "ເງິນເດືອນດີ", "ຕິດຕໍ່ດ່ວນ"],
    "KH": ["ជ្រើសរើសបុគ្គលិក", "ការងារនៅថៃ", "ប្រាក់ខែល្អ", "ទាក់ទងភ្លាមៗ"],
    "TH": ["รับสมัครพนักงานด่วน", "ไม่ต้องมีประสบการณ์", "รายได้ดี", "ติดต่อด่วน"],
    "LK": ["රැකියා අවස්ථා", "வேலை வாய்ப்பு", "නොමිලේ වීසා"],
    "UG": ["Nafasi za kazi", "Mshahara mzuri", "Piga simu sasa"],
    "KE": ["Nafasi za kazi", "Mshahara mzuri", "Piga simu sasa"],
    "MY": ["Jawatan kosong", "Gaji lumayan", "Hubungi segera"],
    "SA": ["مطلوب فورا", "رواتب ممتازة"], "QA": ["مطلوب فورا", "رواتب ممتازة"], "KW": ["مطلوب فورا"],
    "OM": ["مطلوب فورا"], "BH": ["رواتب ممتازة"], "AE": ["مطلوب فورا", "رواتب ممتازة"], "JO": ["مطلوب فورا"],
    "US": ["Se habla español"],
}
# local "to contact" words placed before a contact cue
LOCAL_CONTACT = {"MM": "ဆက်သွယ်ရန် ", "LA": "ຕິດຕໍ່ ", "KH": "ទំនាក់ទំនង ", "TH": "ติดต่อ ", "BD": "যোগাযোগ ",
                 "NP": "सम्पर्क ", "ET": "ይደውሉ ", "LK": "අමතන්න "}

# name pools (split by hash between dev and held-out)
FIRST_F = {
    "sahel": ["Aicha", "Fatoumata", "Mariam", "Awa", "Hadiza", "Zeinabou", "Safiatou", "Kadidia", "Halima",
              "Ramatou", "Nafissa", "Salamatou"],
    "gulf": ["Sita", "Gita", "Anjali", "Sabina", "Rina", "Nasrin", "Shirin", "Fatema", "Dilani", "Nadeesha",
             "Hiwot", "Meron", "Selam", "Tigist", "Aisha", "Grace", "Faith", "Mercy", "Amina", "Layla", "Noor",
             "Hala", "Rania"],
    "mekong": ["Thida", "Susu", "Noy", "Malee", "Sokha", "Srey", "Nok", "Ploy", "Aye", "Mya", "Khin", "Vanna",
               "Kanya", "Siti"],
    "central": ["Maria", "Ana", "Karla", "Yesenia", "Gabriela", "Daniela", "Lupita", "Wendy", "Kenia", "Dayana",
                "Brenda", "Fernanda"],
}
FIRST_M = {
    "sahel": ["Ousmane", "Moussa", "Ibrahim", "Abdoulaye", "Salif", "Hamidou"],
    "gulf": ["Bishnu", "Kamal", "Rahim", "Dawit", "Brian", "Nuwan"],
    "mekong": ["Dara", "Bounmy", "Kyaw", "Somchai"],
    "central": ["Jose", "Carlos", "Luis", "Marvin", "Santos", "Edwin"],
}
FIRST = {r: FIRST_F[r] + FIRST_M[r] for r in FIRST_F}


def first_pool(s):
    return ("first_f:" + s["route"], FIRST_F[s["route"]]) if s["category"] in ("escort", "massage") else \
        ("first:" + s["route"], FIRST[s["route"]])
SURNAMES = {
    "sahel": ["traore", "diallo", "maiga", "ouedraogo", "issoufou", "mahamat", "abakar", "idriss", "bensalah",
              "haddad", "keita", "sawadogo", "mansour", "hamdi"],
    "gulf": ["shrestha", "gurung", "tamang", "rai", "begum", "akter", "hossain", "perera", "fernando", "tesfaye",
             "bekele", "nakato", "achieng", "otieno", "wanjiru", "haddad", "khoury"],
    "mekong": ["aung", "htun", "phommachanh", "souvanna", "sok", "chea", "srisuk", "wongsa", "rahman", "tan"],
    "central": ["lopez", "hernandez", "perez", "ramirez", "cruz", "mejia", "castillo", "morales", "reyes", "flores"],
}
SITE_W1 = {
    "sahel": ["tenere", "sahel", "djoliba", "kanem", "ouaddai", "fezzan", "tassili", "hoggar", "carthage", "zitouna",
              "baraka", "amana", "salam", "sirocco", "trinacria", "etna", "oasis", "caravane", "dunes", "liptako"],
    "gulf": ["himal", "everest", "sagarmatha", "annapurna", "lumbini", "janaki", "sunrise", "bluestar", "goldenpath",
             "crescent", "alnoor", "alsafwa", "albaraka", "pearl", "falcon", "ceylon", "padma", "meghna", "sonar",
             "abyssinia", "entoto", "rift", "kilima", "cedar", "petra", "wadi", "najma", "zahra"],
    "mekong": ["mekong", "irrawaddy", "shwe", "goldenland", "lanna", "siam", "angkor", "tonle", "champa", "lanxang",
               "orchid", "naga", "malacca", "borneo", "chaophraya", "salween"],
    "central": ["quetzal", "maya", "tikal", "atitlan", "lempira", "copan", "izalco", "cuscatlan", "momotombo",
                "xolotlan", "azteca", "sierra", "frontera", "soconusco", "aguila", "jaguar", "colibri", "ceiba"],
}
SITE_W2 = {
    "jobs": ["manpower", "overseas", "recruit", "placement", "hr", "staffing", "careers", "jobs", "employment",
             "workforce", "talent"],
    "visa": ["travels", "tours", "visa", "transit", "travel", "migration", "consult"],
    "escort": ["vip", "angels", "dolls", "companions", "models", "elite", "girls"],
    "massage": ["spa", "massage", "wellness", "relax", "touch", "thai"],
    "rental": ["rooms", "homes", "stay", "housing", "rent"],
    "classifieds": ["market", "deals", "shop", "bazaar", "souk", "store"],
}
SITE_W2_LANG = {
    "fr": {"jobs": ["emploi", "travail", "interim"], "visa": ["voyages", "transit-services"]},
    "es": {"jobs": ["empleos", "trabajo", "reclutamiento"], "visa": ["viajes", "tramites"]},
    "it": {"jobs": ["lavoro", "agenzia"], "visa": ["viaggi", "pratiche"], "massage": ["massaggi", "benessere"]},
    "pt": {"jobs": ["empregos", "vagas"], "visa": ["viagens"]},
}
HANDLE_W = {
    "jobs": ["jobs", "recruit", "careers", "hr", "manpower", "work", "agency", "overseas", "staffing", "vacancy"],
    "visa": ["visa", "travel", "tours", "trip", "abroad", "ticket"],
    "escort": ["vip", "angel", "sweet", "love", "honey", "baby", "doll", "queen"],
    "massage": ["spa", "massage", "relax", "touch", "thai"],
    "rental": ["rooms", "home", "rent", "stay"],
    "classifieds": ["shop", "deals", "store", "market"],
}
FREEMAIL = {
    "sahel": ["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.fr", "yahoo.com"],
    "sahel-it": ["libero.it", "gmail.com", "hotmail.it", "virgilio.it"],
    "gulf": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ymail.com"],
    "mekong": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "central": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es", "yahoo.com"],
}
ROLES = {"en": ["hr", "jobs", "info", "cv", "recruit", "visa", "booking", "contact", "apply", "admin"],
         "fr": ["rh", "contact", "info", "recrutement", "dossier"], "es": ["empleos", "contacto", "info", "rh"],
         "ar": ["hr", "info", "jobs", "contact"], "it": ["lavoro", "info", "contatti"], "pt": ["vagas", "contato"]}

# --------------------------------------------------------------------------------------------
# Contact cues (shared by both splits: the cue syntax is part of the scenario)
# --------------------------------------------------------------------------------------------

URL_CUES = {
    "work": {
        "en": ["Apply online: ", "Visit ", "More info ", "Website: ", "Register here 👉 ", "Details at ", "🌐 ", "Link: "],
        "fr": ["Postulez sur ", "Site : ", "Plus d'infos : ", "Inscription 👉 ", "Voir "],
        "es": ["Regístrate en ", "Página: ", "Más info: ", "Visita ", "Checa "],
        "ar": ["سجل عبر الرابط: ", "الموقع: ", "للتقديم: ", "التفاصيل: "],
        "it": ["Candidati su ", "Sito: ", "Info: ", "Guarda "],
        "pt": ["Inscreva-se: ", "Site: ", "Mais info: "],
    },
    "other": {
        "en": ["Visit ", "More info ", "Website: ", "Details at ", "🌐 ", "Photos: ", "Book: ", "Link: ", "More pics "],
        "fr": ["Site : ", "Plus d'infos : ", "Photos : ", "Voir "],
        "es": ["Página: ", "Más info: ", "Fotos: ", "Visita ", "Checa "],
        "ar": ["الموقع: ", "التفاصيل: ", "الصور: "],
        "it": ["Sito: ", "Info: ", "Foto: ", "Guarda "],
        "pt": ["Site: ", "Mais info: ", "Fotos: "],
    },
}
FORM_CUES = {
    "en": ["Fill the form: ", "Application form 👉 ", "Register your name: ", "Send documents here: "],
    "fr": ["Remplissez le formulaire : ", "Formulaire 👉 ", "Envoyez vos papiers ici : "],
    "es": ["Llena el formulario: ", "Formulario 👉 ", "Sube tus papeles aquí: "],
    "ar": ["املأ الاستمارة: ", "رابط التسجيل 👈 "],
    "it": ["Compila il modulo: ", "Modulo 👉 "],
    "pt": ["Preencha o formulário: ", "Formulário 👉 "],
}
PROFILE_CUES = {
    "en": ["Follow us: ", "Our page: ", "Find us here ", "Page 👉 ", "Join: "],
    "fr": ["Notre page : ", "Suivez-nous : ", "Rejoignez : "],
    "es": ["Nuestra página: ", "Síguenos: ", "Únete: "],
    "ar": ["صفحتنا: ", "تابعونا: ", "انضم: "],
    "it": ["La nostra pagina: ", "Seguici: "],
    "pt": ["Nossa página: ", "Segue: "],
}
EMAIL_CUES = {
    "work": {
        "en": ["Send CV to ", "Email: ", "Mail ", "📧 ", "Send your documents to ", "Write to "],
        "fr": ["Envoyez votre CV à ", "E-mail : ", "Écrivez à ", "📧 "],
        "es": ["Manda tu CV a ", "Correo: ", "Escríbenos a ", "📧 "],
        "ar": ["أرسل السيرة الذاتية إلى ", "البريد: ", "📧 "],
        "it": ["Invia il CV a ", "Email: ", "Scrivi a "],
        "pt": ["Mande currículo para ", "E-mail: "],
    },
    "other": {
        "en": ["Email: ", "Mail ", "📧 ", "Write to "],
        "fr": ["E-mail : ", "Écrivez à ", "📧 "],
        "es": ["Correo: ", "Escríbeme a ", "📧 "],
        "ar": ["البريد: ", "📧 "],
        "it": ["Email: ", "Scrivi a "],
        "pt": ["E-mail: ", "Escreva para "],
    },
}
LINK_TEXT = {
    "work": {"en": ["Apply here", "Click here"], "fr": ["Cliquez ici", "Postuler"], "es": ["Clic aquí", "Aplica aquí"],
             "ar": ["اضغط هنا", "قدم الآن"], "it": ["Clicca qui", "Candidati"], "pt": ["Clique aqui"]},
    "other": {"en": ["Click here", "Book now", "See photos"], "fr": ["Cliquez ici", "Voir les photos"],
              "es": ["Clic aquí", "Ver fotos"], "ar": ["اضغط هنا"], "it": ["Clicca qui"], "pt": ["Clique aqui"]},
}

PHONE_CUES = {
    "en": {"whatsapp": ["WhatsApp: ", "WhatsApp ", "WhatsApp 📲 ", "Call/WhatsApp: ", "WA: "],
           "viber": ["Viber: ", "Viber "], "imo": ["Imo: ", "IMO "], "signal": ["Signal: "],
           "zalo": ["Zalo: "], "telegram": ["Telegram: "], "line": ["Line: "],
           None: ["Call ", "Tel: ", "📞 ", "Contact: ", "Mobile: "]},
    "fr": {"whatsapp": ["WhatsApp : ", "Whatsapp au ", "Contact WhatsApp "], "imo": ["Imo : "],
           "viber": ["Viber : "], "telegram": ["Telegram : "], None: ["Appelez le ", "Tél : ", "Contact : ", "📞 "]},
    "es": {"whatsapp": ["WhatsApp: ", "Whats ", "Mándanos WhatsApp al "], "signal": ["Signal: "],
           "telegram": ["Telegram: "], None: ["Llama al ", "Cel: ", "Informes al ", "📞 "]},
    "ar": {"whatsapp": ["واتساب: ", "للتواصل واتس ", "واتس اب "], "imo": ["ايمو: "], "viber": ["فايبر: "],
           "telegram": ["تيليجرام: "], None: ["اتصل على ", "جوال: ", "📞 "]},
    "it": {"whatsapp": ["WhatsApp: ", "Scrivi su WhatsApp al "], "telegram": ["Telegram: "],
           None: ["Chiama il ", "Cell: ", "Tel "]},
    "pt": {"whatsapp": ["WhatsApp: ", "Zap: ", "Chama no zap "], None: ["Liga ", "Cel: "]},
}
APPS_BY_ROUTE = {
    "sahel": {"whatsapp": 8, "imo": 2, "viber": 1, "telegram": 1, None: 3},
    "gulf": {"whatsapp": 8, "imo": 2, "viber": 2, "signal": 1, "telegram": 1, None: 3},
    "mekong": {"whatsapp": 4, "viber": 3, "zalo": 3, "line": 3, "telegram": 2, "signal": 1, None: 2},
    "central": {"whatsapp": 9, "signal": 1, "telegram": 1, None: 3},
}

# apps used only where they are common
APP_REGIONS = {"zalo": ("LA", "KH"), "line": ("TH", "LA")}

# handle cues: platform -> style -> lang ("*" for any) -> cue texts
H_CUES = {
    "telegram": {
        "colon": {"*": ["Telegram: ", "TG: ", "Telegram - "], "fr": ["Telegram : "]},
        "at": {"*": ["Telegram ", "TG ", "telegram "]},
        "arrow": {"*": ["Telegram 👉 ", "TG ➡️ ", "Telegram -> "]},
        "local": {"fr": ["Télégramme : ", "Contact Télégramme "], "ar": ["تيليجرام: ", "تلجرام ", "للتواصل تلغرام: "],
                  "es": ["Búscanos en Telegram como ", "Telegrama: "], "it": ["Scrivici su Telegram: "],
                  "pt": ["Chama no Telegram: "]},
    },
    "instagram": {
        "colon": {"*": ["IG: ", "Insta: ", "Instagram: "]},
        "arrow": {"*": ["IG 👉 ", "Insta ➡️ ", "📸 Instagram -> "]},
        "local": {"ar": ["انستغرام: ", "انستا: "], "es": ["Síguenos en Instagram: "], "fr": ["Suivez-nous sur Insta : "],
                  "it": ["Seguici su Instagram: "], "pt": ["Segue no insta: "]},
    },
    "tiktok": {
        "colon": {"*": ["TikTok: "]},
        "at": {"*": ["TikTok ", "tiktok "]},
        "local": {"ar": ["تيك توك: "], "es": ["Síguenos en TikTok "], "fr": ["Sur TikTok : "],
                  "it": ["Su TikTok: "], "pt": ["No TikTok: "]},
    },
    "snapchat": {
        "colon": {"*": ["Snap: ", "Snapchat: ", "SC: "]},
        "emoji": {"*": ["👻 ", "👻: "]},
        "local": {"ar": ["سناب: ", "سناب شات: "]},
    },
    "twitter": {"colon": {"*": ["X: ", "Twitter: "]}},
    "facebook": {"colon": {"*": ["FB: ", "Facebook: "]}, "local": {"ar": ["فيسبوك: "]}},
    "wechat": {"colon": {"*": ["WeChat ID: ", "WeChat: ", "wechat id "]}, "local": {"*": ["微信: ", "微信号: "]}},
    "line": {"colon": {"*": ["Line ID: ", "LINE: ", "Line id "]}, "local": {"*": ["ไลน์: ", "ไอดีไลน์ "]}},
    "kakaotalk": {"colon": {"*": ["KakaoTalk ID: ", "Kakao: "]}, "local": {"*": ["카톡: ", "카톡 ID "]}},
    "signal": {"colon": {"*": ["Signal: ", "Signal username: "]}},
}
DECORATIONS = [("✨", "✨"), ("【", "】"), ("(", ")"), ("«", "»"), ("👉 ", " 👈")]

# --------------------------------------------------------------------------------------------
# Hard negatives: (kind, langs, cats, routes, template). ⟦…⟧ marks the decoy text. "*" = any.
# --------------------------------------------------------------------------------------------

NEG_TEMPLATES = [
    # @ used as "at" before a price, place or time, or glued into a rate: no e-mail, no handle
    ("at_price", "en", "jobs", "*", "Salary ⟦@ {money}⟧ per month, paid on time"),
    ("at_price", "en", "jobs", "*", "Starting pay ⟦@ {money}⟧ plus overtime"),
    ("at_price", "en", "rental", "*", "Room ⟦@ {lmoney}⟧ monthly, all bills included"),
    ("at_price", "en", "massage escort", "*", "Special offer ⟦@ {lmoney}⟧ only today"),
    ("at_price", "fr", "jobs visa", "*", "Salaire ⟦@ {money}⟧ par mois"),
    ("at_price", "fr", "rental", "*", "Chambre ⟦@ {lmoney}⟧ le mois"),
    ("at_price", "es", "jobs visa", "*", "Sueldo ⟦@ {money}⟧ por semana"),
    ("at_price", "es", "rental", "*", "Cuarto ⟦@ {lmoney}⟧ al mes"),
    ("at_price", "ar", "jobs", "*", "الراتب ⟦@ {money}⟧ شهريا"),
    ("at_price", "ar", "rental", "*", "الغرفة ⟦@ {lmoney}⟧ شهريا"),
    ("at_price", "it", "jobs", "*", "Paga ⟦@ {money}⟧ al mese"),
    ("at_price", "it", "rental", "*", "Stanza ⟦@ {lmoney}⟧ al mese"),
    ("at_price", "pt", "jobs", "*", "Salário ⟦@ {money}⟧ por mês"),
    ("at_place", "en", "massage escort", "*", "Massage ⟦@home⟧ or hotel"),
    ("at_place", "en", "escort", "*", "Outcall ⟦@ your hotel⟧ only"),
    ("at_place", "en", "jobs visa", "*", "Interview ⟦@ {city}⟧ office on Sunday"),
    ("at_place", "en", "jobs", "*", "Work ⟦@ {dcity}⟧ hotels and malls"),
    ("at_place", "en", "classifieds rental", "*", "Meet ⟦@ {city}⟧ city centre"),
    ("at_place", "fr", "jobs visa", "*", "Entretien ⟦@ {city}⟧ samedi"),
    ("at_place", "fr", "massage escort", "*", "Massage ⟦@domicile⟧ ou hôtel"),
    ("at_place", "es", "jobs visa", "*", "Entrevistas ⟦@ {city}⟧ este domingo"),
    ("at_place", "es", "massage escort", "*", "Masaje ⟦@casa⟧ o hotel"),
    ("at_place", "ar", "jobs visa", "*", "المقابلة ⟦@ {city}⟧ يوم الأحد"),
    ("at_place", "it", "jobs visa", "*", "Colloqui ⟦@ {city}⟧ sabato"),
    ("at_place", "it", "massage escort", "*", "Massaggi ⟦@casa⟧ o in hotel"),
    ("at_place", "pt", "escort massage", "*", "Atendo ⟦@casa⟧ ou hotel"),
    ("at_rate", "en", "jobs classifieds", "*", "Cleaning ⟦{rate}@hour⟧, weekends too"),
    ("at_rate", "en", "escort massage", "*", "Only ⟦{rate}@hour⟧ incall"),
    ("at_rate", "en", "jobs", "*", "Pay ⟦{rate}@hr⟧ cash daily"),
    ("at_rate", "es", "jobs classifieds escort massage", "*", "Limpieza ⟦{rate}@hora⟧"),
    ("at_rate", "es", "escort massage", "*", "Solo ⟦{rate}@hora⟧ en mi lugar"),
    ("at_rate", "fr", "jobs classifieds rental", "*", "Ménage ⟦{rate}@heure⟧"),
    ("at_rate", "fr", "escort massage", "*", "Seulement ⟦{rate}@heure⟧"),
    ("at_rate", "it", "jobs classifieds rental", "*", "Pulizie ⟦{rate}@ora⟧"),
    ("at_rate", "it", "escort massage", "*", "Solo ⟦{rate}@ora⟧"),
    ("at_rate", "pt", "jobs classifieds rental", "*", "Diária ⟦{rate}@dia⟧"),
    ("at_rate", "pt", "escort massage", "*", "Só ⟦{rate}@hora⟧"),
    ("at_time", "en", "jobs", "*", "Shift ⟦9@5⟧, Friday off"),
    ("at_time", "en", "massage", "*", "Open ⟦10@10⟧ daily"),
    ("at_time", "en", "jobs rental classifieds", "*", "Call between ⟦8@6⟧ only"),
    ("at_time", "es", "*", "*", "Horario ⟦8@5⟧ lunes a sábado"),
    ("at_time", "fr", "*", "*", "Horaires ⟦8@17⟧"),
    ("at_time", "it", "*", "*", "Orario ⟦9@18⟧"),
    ("at_time", "ar", "*", "*", "الدوام ⟦8@6⟧"),
    ("rating", "en", "*", "*", "Clients rate us ⟦5/5⟧"),
    ("rating", "en", "*", "*", "Service ⟦10/10⟧ guaranteed"),
    ("rating", "en", "escort massage", "*", "Rated ⟦4.9/5⟧ by happy customers"),
    ("rating", "es", "*", "*", "Calificación ⟦5/5⟧"),
    ("rating", "fr", "*", "*", "Avis clients ⟦5/5⟧"),
    ("rating", "it", "*", "*", "Recensioni ⟦5/5⟧"),
    ("rating", "ar", "*", "*", "تقييم ⟦5/5⟧"),
    ("rating", "pt", "*", "*", "Nota ⟦10/10⟧"),
    ("hashtag", "en", "jobs", "*", "⟦#jobs⟧ ⟦#{dtag}⟧ ⟦#hiring⟧"),
    ("hashtag", "en", "jobs visa", "*", "⟦#{dtag}Jobs⟧ ⟦#{job_tag}⟧"),
    ("hashtag", "en", "massage escort", "*", "⟦#massage⟧ ⟦#{ctag}⟧"),
    ("hashtag", "en", "rental classifieds", "*", "⟦#forrent⟧ ⟦#{ctag}⟧"),
    ("hashtag", "en", "visa", "*", "⟦#visa⟧ ⟦#travel⟧"),
    ("hashtag", "fr", "jobs visa", "*", "⟦#emploi⟧ ⟦#recrutement⟧ ⟦#{ctag}⟧"),
    ("hashtag", "fr", "escort massage rental classifieds", "*", "⟦#{ctag}⟧ ⟦#annonce⟧"),
    ("hashtag", "es", "jobs visa", "*", "⟦#empleo⟧ ⟦#trabajo⟧ ⟦#{ctag}⟧"),
    ("hashtag", "es", "escort massage", "*", "⟦#masajes⟧ ⟦#{ctag}⟧"),
    ("hashtag", "es", "rental classifieds", "*", "⟦#venta⟧ ⟦#{ctag}⟧"),
    ("hashtag", "ar", "jobs visa", "*", "⟦#وظائف⟧ ⟦#{ctag}⟧"),
    ("hashtag", "ar", "escort massage", "*", "⟦#مساج⟧ ⟦#{ctag}⟧"),
    ("hashtag", "ar", "rental classifieds", "*", "⟦#للبيع⟧ ⟦#{ctag}⟧"),
    ("hashtag", "it", "jobs visa", "*", "⟦#lavoro⟧ ⟦#{ctag}⟧"),
    ("hashtag", "it", "escort massage rental classifieds", "*", "⟦#{ctag}⟧ ⟦#annunci⟧"),
    ("hashtag", "pt", "jobs visa", "*", "⟦#vagas⟧ ⟦#emprego⟧"),
    ("hashtag", "pt", "escort massage rental classifieds", "*", "⟦#{ctag}⟧ ⟦#anuncio⟧"),
    ("file_name", "en", "jobs visa", "*", "Send ⟦cv.pdf⟧ and passport copy"),
    ("file_name", "en", "jobs visa", "*", "Attach ⟦CV.docx⟧ with one photo"),
    ("file_name", "en", "jobs visa", "*", "Fill ⟦application_form.pdf⟧ at the office"),
    ("file_name", "en", "escort massage", "*", "More photos in ⟦album.zip⟧ on request"),
    ("file_name", "en", "massage classifieds", "*", "See ⟦menu.jpg⟧ for prices"),
    ("file_name", "en", "rental", "*", "Floor plan ⟦plan.pdf⟧ available"),
    ("file_name", "fr", "jobs visa", "*", "Envoyez ⟦CV.pdf⟧ et une photo"),
    ("file_name", "fr", "escort massage", "*", "Plus de photos dans ⟦album.zip⟧"),
    ("file_name", "fr", "jobs visa", "*", "Fiche ⟦formulaire.docx⟧ à remplir"),
    ("file_name", "es", "jobs visa", "*", "Manda tu ⟦curriculum.pdf⟧"),
    ("file_name", "es", "escort massage", "*", "Más fotos en ⟦fotos.zip⟧"),
    ("file_name", "es", "jobs visa", "*", "Llena el ⟦solicitud.docx⟧"),
    ("file_name", "ar", "jobs visa", "*", "أرسل ⟦cv.pdf⟧ مع صورة الجواز"),
    ("file_name", "it", "jobs visa", "*", "Invia ⟦curriculum.pdf⟧ e foto"),
    ("file_name", "it", "escort massage", "*", "Altre foto in ⟦foto.zip⟧"),
    ("file_name", "pt", "jobs visa", "*", "Mande ⟦curriculo.pdf⟧"),
    ("version", "en", "classifieds", "*", "Runs ⟦Android 13.0⟧, like new"),
    ("version", "en", "classifieds", "*", "Software ⟦v2.0⟧ updated"),
    ("version", "en", "classifieds", "*", "⟦iOS 17.4⟧, battery 90%"),
    ("version", "en", "jobs visa", "*", "Track your visa in our app ⟦v3.1⟧"),
    ("version", "fr", "classifieds", "*", "Sous ⟦Android 12.0⟧, très bon état"),
    ("version", "es", "classifieds", "*", "Con ⟦iOS 16.5⟧, como nuevo"),
    ("version", "it", "classifieds", "*", "Aggiornato a ⟦v2.1⟧"),
    ("version", "ar", "classifieds", "*", "الإصدار ⟦v2.0⟧"),
    ("glued_sentence", "en", "jobs", "*", "Good jobs in ⟦Doha.Apply⟧ today"),
    ("glued_sentence", "en", "jobs", "*", "Free food and high ⟦salary.Contact⟧ our office"),
    ("glued_sentence", "en", "*", "*", "Documents ⟦ok.Thanks⟧ for reading"),
    ("glued_sentence", "en", "jobs visa", "*", "Start ⟦today.Work⟧ permit provided"),
    ("glued_sentence", "en", "jobs", "*", "Hurry up ⟦now.Jobs⟧ are limited"),
    ("glued_sentence", "en", "rental massage escort classifieds", "*", "Clean and ⟦quiet.Call⟧ anytime"),
    ("glued_sentence", "en", "visa", "*", "Fast ⟦processing.Online⟧ payment accepted"),
    ("glued_sentence", "fr", "jobs visa", "*", "Départ ⟦rapide.Contactez⟧ nous"),
    ("glued_sentence", "fr", "escort massage rental classifieds", "*", "Discrétion ⟦assurée.Merci⟧ de lire"),
    ("glued_sentence", "fr", "jobs", "*", "Logé ⟦nourri.Merci⟧ de partager"),
    ("glued_sentence", "es", "jobs", "*", "Buen ⟦sueldo.Informes⟧ por mensaje"),
    ("glued_sentence", "es", "*", "*", "Lugar ⟦limpio.Gracias⟧ por leer"),
    ("glued_sentence", "es", "jobs visa", "*", "Salida ⟦inmediata.Gracias⟧ por compartir"),
    ("glued_sentence", "it", "jobs visa", "*", "Lavoro ⟦sicuro.Chiama⟧ subito"),
    ("glued_sentence", "it", "escort massage", "*", "Ambiente ⟦riservato.Chiama⟧ ora"),
    ("glued_sentence", "it", "rental classifieds", "*", "Stanza ⟦luminosa.Grazie⟧ a tutti"),
    ("glued_sentence", "pt", "jobs visa", "*", "Vaga ⟦garantida.Chama⟧ já"),
    ("glued_sentence", "pt", "*", "*", "Ambiente ⟦discreto.Chama⟧ no privado"),
    ("abbrev", "en", "jobs visa", "gulf", "Jobs in ⟦U.A.E.⟧ and ⟦K.S.A.⟧"),
    ("abbrev", "en", "jobs visa", "gulf", "Work in ⟦K.S.A.⟧ for 2 years"),
    ("abbrev", "en", "jobs", "*", "Many trades, ⟦e.g.⟧ cleaner, driver, cook"),
    ("abbrev", "en", "jobs visa", "*", "Interview at 9 ⟦a.m.⟧ sharp"),
    ("abbrev", "en", "jobs visa", "central mekong", "Legal travel to ⟦U.S.A.⟧ and Canada"),
    ("abbrev", "en", "jobs visa rental", "*", "All included, ⟦i.e.⟧ food and room"),
    ("abbrev", "en", "escort", "*", "VIP service, ⟦i.e.⟧ dinner date and overnight"),
    ("abbrev", "en", "massage escort", "*", "Open till 2 ⟦a.m.⟧ daily"),
    ("abbrev", "en", "classifieds", "*", "Comes with extras, ⟦e.g.⟧ charger and case"),
    ("abbrev", "fr", "jobs", "*", "Plusieurs postes, ⟦p.ex.⟧ ménage et cuisine"),
    ("abbrev", "fr", "jobs visa", "*", "Travail aux ⟦É.A.U.⟧ et au Qatar"),
    ("abbrev", "es", "jobs visa", "*", "Viaja a ⟦EE.UU.⟧ con papeles"),
    ("abbrev", "es", "jobs", "*", "Varios puestos, ⟦p.ej.⟧ cocina y limpieza"),
    ("abbrev", "ar", "jobs visa", "*", "وظائف في ⟦K.S.A.⟧ و ⟦U.A.E.⟧"),
    ("abbrev", "it", "jobs", "*", "Diversi lavori, ⟦p.es.⟧ raccolta e serre"),
    ("abbrev", "pt", "jobs classifieds", "*", "Vários serviços, ⟦p.ex.⟧ limpeza"),
    ("company_form", "*", "jobs visa massage", "*", "{agencyname} ⟦{cform}⟧ is hiring"),
    ("company_form", "*", "jobs visa massage classifieds", "*", "Managed by {agencyname} ⟦{cform}⟧"),
    ("company_form", "fr", "jobs visa massage classifieds rental", "*", "Société {agencyname} ⟦{cform}⟧"),
    ("company_form", "es", "jobs visa massage classifieds rental", "*", "Empresa {agencyname} ⟦{cform}⟧"),
    ("company_form", "it", "jobs visa massage classifieds rental", "*", "Azienda {agencyname} ⟦{cform}⟧"),
    ("company_form", "ar", "jobs visa massage classifieds rental", "*", "شركة {agencyname} ⟦{cform}⟧"),
    ("price", "en", "classifieds rental", "*", "Price ⟦{pdot}⟧ only"),
    ("price", "en", "jobs visa", "*", "Salary ⟦{pdot}⟧ guaranteed"),
    ("price", "en", "escort massage", "*", "Full night ⟦{pdot}⟧"),
    ("price", "fr", "*", "*", "Prix ⟦{pdot}⟧"),
    ("price", "es", "*", "*", "Precio ⟦{pdot}⟧"),
    ("price", "it", "*", "*", "Prezzo ⟦{pdot}⟧"),
    ("price", "ar", "*", "*", "السعر ⟦{pdot}⟧"),
    ("price", "pt", "*", "*", "Preço ⟦{pdot}⟧"),
    ("date", "en", "jobs visa", "*", "Interview on ⟦{date}⟧ at our office"),
    ("date", "en", "*", "*", "Deadline ⟦{date}⟧"),
    ("date", "en", "rental", "*", "Available from ⟦{date}⟧"),
    ("date", "fr", "jobs visa", "*", "Départ le ⟦{date}⟧"),
    ("date", "fr", "*", "*", "Disponible dès le ⟦{date}⟧"),
    ("date", "es", "jobs visa", "*", "Salida el ⟦{date}⟧"),
    ("date", "es", "*", "*", "Disponible desde el ⟦{date}⟧"),
    ("date", "ar", "jobs visa", "*", "آخر موعد ⟦{date}⟧"),
    ("date", "ar", "*", "*", "متوفر من ⟦{date}⟧"),
    ("date", "it", "jobs visa", "*", "Partenza il ⟦{date}⟧"),
    ("date", "it", "*", "*", "Disponibile dal ⟦{date}⟧"),
    ("date", "pt", "*", "*", "Até ⟦{date}⟧"),
    ("date", "pt", "*", "*", "Disponível a partir de ⟦{date}⟧"),
    ("time", "en", "jobs visa", "*", "Office open ⟦{t1}⟧ to ⟦{t2}⟧"),
    ("time", "en", "escort massage rental classifieds", "*", "Open from ⟦{t1}⟧ till ⟦{t2}⟧"),
    ("time", "fr", "jobs visa", "*", "Bureau ouvert de ⟦{t1}⟧ à ⟦{t2}⟧"),
    ("time", "fr", "*", "*", "Ouvert de ⟦{t1}⟧ à ⟦{t2}⟧"),
    ("time", "es", "*", "*", "Atendemos de ⟦{t1}⟧ a ⟦{t2}⟧"),
    ("time", "it", "*", "*", "Aperto dalle ⟦{t1}⟧ alle ⟦{t2}⟧"),
    ("time", "ar", "*", "*", "من الساعة ⟦{t1}⟧ إلى ⟦{t2}⟧"),
    ("visa_number", "en", "jobs visa", "*", "Original visa ready, Visa No. ⟦{visano}⟧"),
    ("visa_number", "en", "jobs visa", "*", "Block visa number ⟦{visano}⟧ already issued"),
    ("visa_number", "fr", "jobs visa", "*", "Visa n° ⟦{visano}⟧ déjà sorti"),
    ("visa_number", "es", "jobs visa", "*", "Visa número ⟦{visano}⟧ aprobada"),
    ("visa_number", "ar", "jobs visa", "*", "رقم التأشيرة ⟦{visano}⟧"),
    ("visa_number", "it", "jobs visa", "*", "Nulla osta n. ⟦{visano}⟧ rilasciato"),
    ("passport_number", "en", "jobs visa", "*", "Sample: Passport No. ⟦{passno}⟧, name and date of birth"),
    ("passport_number", "en", "jobs visa", "*", "Your file ⟦{passno}⟧ is approved"),
    ("passport_number", "fr", "jobs visa", "*", "Exemple : passeport n° ⟦{passno}⟧"),
    ("passport_number", "es", "jobs visa", "*", "Ejemplo: pasaporte ⟦{passno}⟧"),
    ("passport_number", "ar", "jobs visa", "*", "مثال: جواز رقم ⟦{passno}⟧"),
    ("passport_number", "it", "jobs visa", "*", "Esempio: passaporto ⟦{passno}⟧"),
    ("licence_number", "en", "jobs visa", "gulf", "Govt approved agency, Lic. No. ⟦{lic}⟧"),
    ("licence_number", "en", "jobs visa", "gulf", "⟦{licglued}⟧ licensed recruiter"),
    ("licence_number", "en", "jobs visa", "mekong central", "Licensed agency, Reg. No. ⟦{lic}⟧"),
    ("licence_number", "fr", "jobs visa", "*", "Agrément n° ⟦{lic}⟧"),
    ("licence_number", "es", "jobs visa", "*", "Registro ⟦{lic}⟧"),
    ("licence_number", "ar", "jobs visa", "*", "ترخيص رقم ⟦{lic}⟧"),
    ("licence_number", "it", "jobs visa", "*", "Aut. Min. ⟦{lic}⟧"),
    ("iban", "en", "jobs visa rental", "sahel gulf", "Deposit to IBAN ⟦{iban}⟧"),
    ("iban", "fr", "jobs visa rental", "sahel gulf", "Virement IBAN ⟦{iban}⟧"),
    ("iban", "ar", "jobs visa rental classifieds", "sahel gulf", "الآيبان ⟦{iban}⟧"),
    ("iban", "it", "jobs visa rental", "*", "Bonifico su IBAN ⟦{iban}⟧"),
    ("bank_account", "es", "*", "central", "Depósito a la cuenta CLABE ⟦{clabe}⟧"),
    ("bank_account", "en", "jobs visa", "gulf mekong central", "Pay to A/C ⟦{acct}⟧"),
    ("cue_without_account", "en", "*", "*", "⟦Contact us on WhatsApp⟧ for more details"),
    ("cue_without_account", "en", "jobs visa", "*", "⟦We are on Facebook⟧, search our name"),
    ("cue_without_account", "en", "jobs visa", "*", "⟦Join our Telegram channel⟧ for daily jobs"),
    ("cue_without_account", "en", "escort massage", "*", "⟦DM on Insta⟧ for pics"),
    ("cue_without_account", "en", "*", "*", "⟦Message us on Viber or Imo⟧ anytime"),
    ("cue_without_account", "en", "*", "*", "⟦Follow us on TikTok⟧ for videos"),
    ("cue_without_account", "en", "*", "*", "⟦WhatsApp only⟧, no calls please"),
    ("cue_without_account", "en", "escort", "*", "⟦IG in bio⟧"),
    ("cue_without_account", "en", "escort massage", "gulf central", "⟦Add me on Snapchat⟧ for more"),
    ("cue_without_account", "en", "*", "mekong", "⟦Line and WeChat available⟧"),
    ("cue_without_account", "en", "*", "mekong", "⟦ทักไลน์ได้เลย⟧"),
    ("cue_without_account", "en", "*", "mekong", "⟦Signal preferred⟧ for privacy"),
    ("cue_without_account", "fr", "*", "*", "⟦Contactez-nous sur WhatsApp⟧"),
    ("cue_without_account", "fr", "*", "*", "⟦Nous sommes sur Facebook⟧"),
    ("cue_without_account", "fr", "*", "*", "⟦Rejoignez notre groupe Télégramme⟧"),
    ("cue_without_account", "fr", "*", "*", "⟦Écrivez sur Imo⟧ si pas de réseau"),
    ("cue_without_account", "es", "*", "*", "⟦Escríbenos por WhatsApp⟧"),
    ("cue_without_account", "es", "*", "*", "⟦Búscanos en Facebook⟧"),
    ("cue_without_account", "es", "*", "*", "⟦Síguenos en TikTok⟧"),
    ("cue_without_account", "es", "*", "*", "⟦Mándanos mensaje por Messenger⟧"),
    ("cue_without_account", "ar", "*", "*", "⟦تواصل معنا على الواتساب⟧"),
    ("cue_without_account", "ar", "*", "*", "⟦تابعونا على فيسبوك⟧"),
    ("cue_without_account", "ar", "*", "*", "⟦راسلونا على تيليجرام⟧"),
    ("cue_without_account", "ar", "*", "*", "⟦متوفرين على الايمو⟧"),
    ("cue_without_account", "it", "*", "*", "⟦Scrivici su WhatsApp⟧"),
    ("cue_without_account", "it", "*", "*", "⟦Siamo su Facebook⟧"),
    ("cue_without_account", "it", "*", "*", "⟦Seguici su Instagram⟧"),
    ("cue_without_account", "pt", "*", "*", "⟦Chama no Zap⟧"),
    ("cue_without_account", "pt", "*", "*", "⟦Estamos no Facebook⟧"),
    ("cue_without_account", "pt", "*", "*", "⟦Segue no Insta⟧"),
    ("spelled_word_prose", "en", "jobs visa", "*", "Be at the meeting ⟦point⟧ on time"),
    ("spelled_word_prose", "en", "*", "*", "Pickup ⟦on the dot⟧ at six"),
    ("spelled_word_prose", "en", "classifieds", "*", "Blue dress with white ⟦polka dot⟧ pattern"),
    ("spelled_word_prose", "fr", "jobs visa", "*", "Départ du ⟦point⟧ de rendez-vous"),
    ("spelled_word_prose", "fr", "*", "*", "Rendez-vous au ⟦point⟧ habituel"),
    ("spelled_word_prose", "fr", "jobs visa", "*", "Un ⟦point⟧ important : passeport valide"),
    ("spelled_word_prose", "es", "jobs visa", "*", "⟦Punto⟧ de encuentro en la terminal"),
    ("spelled_word_prose", "es", "escort massage", "*", "Te recibo a la hora en ⟦punto⟧"),
    ("spelled_word_prose", "es", "rental classifieds", "*", "Entrega en el ⟦punto⟧ de siempre"),
    ("spelled_word_prose", "es", "jobs visa", "*", "Salida a las seis en ⟦punto⟧"),
    ("spelled_word_prose", "it", "*", "*", "⟦Punto⟧ d'incontro alla stazione"),
    ("spelled_word_prose", "it", "*", "*", "Alle sette in ⟦punto⟧"),
    ("spelled_word_prose", "pt", "*", "*", "⟦Ponto⟧ de encontro na rodoviária"),
    ("spelled_word_prose", "ar", "jobs visa", "*", "⟦نقطة⟧ التجمع أمام المحطة"),
    ("spelled_word_prose", "ar", "*", "*", "التسليم في ⟦نقطة⟧ قريبة"),
    ("platform_home", "en", "classifieds rental", "gulf", "Also listed on ⟦Dubizzle.com⟧"),
    ("platform_home", "en", "rental escort massage", "*", "Cheaper than ⟦Booking.com⟧"),
    ("platform_home", "en", "*", "*", "Also on ⟦Facebook.com⟧ marketplace"),
    ("platform_home", "en", "jobs visa", "*", "Send fee by ⟦WesternUnion.com⟧"),
    ("platform_home", "es", "*", "central", "También en ⟦MercadoLibre.com.mx⟧"),
    ("platform_home", "it", "*", "sahel", "Annuncio anche su ⟦Subito.it⟧"),
    ("platform_home", "fr", "*", "*", "Aussi sur ⟦Facebook.com⟧"),
    ("platform_home", "ar", "*", "*", "موجود أيضا على ⟦OpenSooq.com⟧"),
    ("measurement", "en", "escort", "*", "Height ⟦{height}⟧, slim"),
    ("measurement", "en", "jobs", "*", "Minimum height ⟦{height}⟧ for hostess and model"),
    ("measurement", "en", "rental", "*", "Room size ⟦{area}⟧"),
    ("measurement", "fr", "jobs escort", "*", "Taille ⟦{height}⟧ minimum"),
    ("measurement", "es", "jobs escort", "*", "Estatura ⟦{height}⟧ mínimo"),
    ("measurement", "it", "jobs escort", "*", "Altezza ⟦{height}⟧"),
    ("measurement", "ar", "jobs escort", "*", "الطول ⟦{height}⟧"),
    ("abbrev_glued", "en", "*", "*", "Office at ⟦No.12⟧ Main Road"),
    ("abbrev_glued", "en", "*", "*", "Near ⟦St.Mary⟧ church"),
    ("abbrev_glued", "en", "jobs visa", "*", "Ask for ⟦Mr.Karim⟧ at reception"),
    ("abbrev_glued", "en", "massage", "*", "Next to ⟦Dr.Amal⟧ clinic"),
    ("abbrev_glued", "es", "*", "*", "Oficina en ⟦Av.Juárez⟧ 45"),
    ("abbrev_glued", "fr", "*", "*", "Bureau ⟦Av.Kennedy⟧ en face de la pharmacie"),
    ("abbrev_glued", "it", "*", "*", "Ufficio in ⟦V.le⟧ Roma 8"),
]

# decoys that ride on selectors (not placed by the negative quota)
GLUED_AFTER = {"en": [".Apply", ".Call", ".Jobs", ".Work", ".Today", ".Send"],
               "fr": [".Appelez", ".Merci", ".Travail"], "es": [".Llama", ".Gracias", ".Trabajo"],
               "ar": [".Apply", ".Call"], "it": [".Chiama", ".Grazie"], "pt": [".Liga", ".Obrigado"]}
GLUED_AFTER_TAIL = {".Apply": " now", ".Call": " us", ".Jobs": " are waiting", ".Work": " starts soon",
                    ".Today": " only", ".Send": " your CV", ".Appelez": " vite", ".Merci": " à tous",
                    ".Travail": " garanti", ".Llama": " ya", ".Gracias": " a todos", ".Trabajo": " seguro",
                    ".Chiama": " ora", ".Grazie": " a tutti", ".Liga": " já", ".Obrigado": " a todos"}
GLUED_CAPITAL = {"en": ["Apply", "Thanks", "Call"], "fr": ["Merci", "Appelez"], "es": ["Gracias", "Llama"],
                 "ar": ["Thanks"], "it": ["Grazie"], "pt": ["Obrigado"]}

COMPANY_FORMS = {
    "NP": ["Pvt.Ltd", "Pvt. Ltd.", "P.Ltd."], "BD": ["Pvt.Ltd.", "Ltd."], "LK": ["(Pvt).Ltd", "(Pvt) Ltd."],
    "ET": ["P.L.C.", "PLC."], "UG": ["Co.Ltd", "Ltd."], "KE": ["Co.Ltd", "Ltd."],
    "gulf-dest": ["W.L.L.", "L.L.C.", "Est.", "Co.W.L.L"], "mekong": ["Co.,Ltd.", "Sdn.Bhd.", "Sdn. Bhd.", "Co.Ltd"],
    "central": ["S.A. de C.V.", "S.A.", "Cía.Ltda.", "L.L.C."], "sahel": ["S.A.R.L.", "S.A.", "SARL."],
    "IT": ["S.r.l.", "S.p.A.", "s.n.c."],
}

# --------------------------------------------------------------------------------------------
# Quotas (dev; held-out gets ceil(1.75 x)). Each entry is (kind, form, extra).
# --------------------------------------------------------------------------------------------

URL_QUOTA = {
    "https": 10, "http": 4, "www": 10, "bare_cctld": 14, "path": 12, "query_own": 4, "query_tracking": 5,
    "capitals": 5, "spelled_dot": 10, "bracket_dot": 5, "spaced_dot": 4, "sentence_punct": 8,
    "glued_next_sentence": 6, "glued_emoji": 5, "shortener": 10, "google_form": 8, "google_drive": 4,
    "example_host": 6, "html_href": 4, "link_in_bio": 3,
    "profile_facebook": 8, "profile_fb_short": 4, "profile_facebook_id": 5, "facebook_group": 3,
    "profile_instagram": 6, "profile_tiktok": 5, "profile_telegram": 8, "telegram_invite": 4,
    "profile_x": 3, "profile_snapchat": 2, "wa_me": 10, "api_whatsapp": 3,
}
EMAIL_QUOTA = {
    "freemail": 14, "own_domain": 8, "example_domain": 2, "at_bracket": 7, "at_word_en": 3, "at_word_fr": 4,
    "at_word_es": 4, "at_word_it": 2, "at_word_pt": 1, "at_word_ar": 4, "spaced_symbols": 3, "capitals": 3,
    "mailto": 3, "sentence_end": 5, "wrapped": 3, "glued_capital_word": 3,
}
HANDLE_QUOTA = {
    ("telegram", "colon"): 5, ("telegram", "at"): 4, ("telegram", "arrow"): 3, ("telegram", "local"): 5,
    ("telegram", "decorated"): 3, ("telegram", "sentence_end"): 2,
    ("instagram", "colon"): 4, ("instagram", "arrow"): 2, ("instagram", "local"): 2, ("instagram", "decorated"): 2,
    ("tiktok", "colon"): 3, ("tiktok", "at"): 2, ("tiktok", "local"): 1,
    ("snapchat", "colon"): 3, ("snapchat", "emoji"): 2, ("snapchat", "local"): 1,
    ("twitter", "colon"): 3, ("facebook", "colon"): 3, ("facebook", "local"): 1,
    ("wechat", "colon"): 3, ("wechat", "local"): 3, ("line", "colon"): 3, ("line", "local"): 2,
    ("kakaotalk", "colon"): 2, ("kakaotalk", "local"): 1, ("signal", "colon"): 3,
}
# phones whose cue names a messaging app other than WhatsApp (the rest: WhatsApp or a plain call cue)
APP_QUOTA = {"viber": 6, "imo": 5, "telegram": 5, "signal": 3, "zalo": 3, "line": 3}
PHONE_QUOTA = {"international": 42, "national": 34, "international_00": 6, "compact": 6, "native_digits": 6}
NEG_QUOTA = {
    "at_price": 10, "at_place": 12, "at_rate": 8, "at_time": 6, "rating": 8, "hashtag": 14, "file_name": 10,
    "version": 6, "glued_sentence": 14, "abbrev": 16, "company_form": 12, "price": 14, "date": 12, "time": 6,
    "visa_number": 8, "passport_number": 6, "licence_number": 10, "iban": 6, "bank_account": 4,
    "cue_without_account": 24, "spelled_word_prose": 8, "platform_home": 6, "measurement": 6, "abbrev_glued": 6,
}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def h256(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def side(bank: str, items, split: str):
    """The part of a bank that a split may use: ranked by SHA-256, first 40 % to dev, the rest to held-out."""
    items = list(items)
    if len(items) < 2:
        return items
    ranked = sorted(items, key=lambda s: h256(f"{bank}\x00{s}"))
    k = max(1, min(len(items) - 1, round(0.4 * len(items))))
    return ranked[:k] if split == "dev" else ranked[k:]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("œ", "oe")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def city_slug(name: str) -> str:
    full = slug(name)
    return full if len(full) <= 10 else slug(name.split()[0])


def quota(q: int, split: str) -> int:
    return q if split == "dev" else math.ceil(q * HELDOUT_FACTOR)


def largest_remainder(weights: dict, total: int) -> dict:
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def rand_alnum(rng: Random, n: int, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s) -> str:
    return "work" if s["category"] in ("jobs", "visa") else "other"


def rand_digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------------------------
# Parts of a post
# --------------------------------------------------------------------------------------------


class Sel:
    """One selector occurrence. labels: [(kind, platform, value)], more than one where a profile
    link is a URL and a handle, or a wa.me link a URL and a phone."""

    def __init__(self, raw, labels, form, app=None):
        self.raw, self.labels, self.form, self.app = raw, labels, form, app


class Neg:
    def __init__(self, raw, kind):
        self.raw, self.kind = raw, kind


class Cue:
    def __init__(self, text):
        self.text = text


def parse_marked(text: str, kind: str):
    """'a ⟦b⟧ c' -> ['a ', Neg('b'), ' c']"""
    parts = []
    for i, chunk in enumerate(re.split(r"[⟦⟧]", text)):
        if not chunk:
            continue
        parts.append(Neg(chunk, kind) if i % 2 else chunk)
    return parts


# --------------------------------------------------------------------------------------------
# Readers: the labelling conventions as code (used by the self-checks and by test_write.py)
# --------------------------------------------------------------------------------------------

TRACKERS = ("utm_", "fbclid", "gclid", "igshid", "igsh", "ttclid", "yclid")
SPELLED_DOTS = [r"\s*\[dot\]\s*", r"\s*\(dot\)\s*", r"\s*\{dot\}\s*", r"\s*\[\.\]\s*", r"\s*\(\.\)\s*",
                r"\s+dot\s+", r"\s+point\s+", r"\s+punto\s+", r"\s+ponto\s+", r"\s+دوت\s+", r"\s+\.\s+"]
SPELLED_ATS = [r"\s*\[at\]\s*", r"\s*\(at\)\s*", r"\s*\{at\}\s*", r"\s+at\s+", r"\s+arobase\s+", r"\s+arroba\s+",
               r"\s+chiocciola\s+", r"\s+آت\s+", r"\s*@\s*"]


def registrable(host: str) -> str:
    labels = host.split(".")
    for suf in TWO_LABEL_SUFFIXES:
        if host.endswith("." + suf):
            return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def read_url(raw: str) -> str:
    s = html.unescape(raw.strip())
    for pat in SPELLED_DOTS:
        s = re.sub(pat, ".", s, flags=re.I)
    s = s.lower()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^w\.?w\.?w\.", "www.", s)
    host, sep, rest = s.partition("/")
    host = host.split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    host = registrable(host)
    rest = rest.split("#")[0]
    path, q, query = rest.partition("?")
    keep = [p for p in query.split("&") if p and not p.startswith(TRACKERS)] if q else []
    out = host + ("/" + path if path else "")
    out = out.rstrip("/")
    if keep:
        out += "?" + "&".join(keep)
    return out


def read_email(raw: str) -> str:
    s = html.unescape(raw.strip())
    if s.lower().startswith("mailto:"):
        s = s[7:]
    for pat in SPELLED_ATS:
        s = re.sub(pat, "@", s, count=1, flags=re.I)
        if "@" in s:
            break
    for pat in SPELLED_DOTS:
        s = re.sub(pat, ".", s, flags=re.I)
    return s.replace(" ", "").lower()


def to_ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def read_phone(raw: str, region: str) -> str:
    s = to_ascii_digits(raw.strip())
    digits = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    cc, _, _, trunk, _, _ = PHONE[region]
    if trunk and digits.startswith(trunk):
        digits = digits[len(trunk):]
    return "+" + cc + digits


def read_handle(raw: str) -> str:
    return raw.strip().lstrip("@").lower()


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------


class Registry:
    def __init__(self):
        self.used = set()

    def take(self, key: str) -> bool:
        if key in self.used:
            return False
        self.used.add(key)
        return True


class Ctx(dict):
    """Template slots, filled on first use."""

    def __init__(self, gen, post):
        super().__init__()
        self.gen, self.post = gen, post

    def __missing__(self, key):
        v = self.gen.slot(self.post, key)
        self[key] = v
        return v


class Generator:
    def __init__(self, split, seed, n, prefix, registry):
        self.split, self.n, self.prefix, self.reg = split, n, prefix, registry
        self.rng = Random(seed)
        self.app_need = {a: quota(q, split) for a, q in APP_QUOTA.items()}

    # ---- banks on this split's side
    def pick(self, bank, items):
        return self.rng.choice(side(bank, items, self.split))

    # ---- skeletons
    def skeletons(self):
        rng = self.rng
        counts = largest_remainder(REGION_WEIGHT, self.n)
        sk = []
        for region in sorted(counts):
            k = counts[region]
            langs = largest_remainder(REGION_LANGS[region], k)
            lang_list = [l for l in sorted(langs) for _ in range(langs[l])]
            rng.shuffle(lang_list)
            for lang in lang_list:
                w = CAT_WEIGHTS_ORIGIN if region in ORIGINS else CAT_WEIGHTS_DEST
                cats = sorted(w)
                cat = rng.choices(cats, [w[c] for c in cats])[0]
                sk.append({"region": region, "lang": lang, "category": cat, "route": ROUTE_OF[region]})
        rng.shuffle(sk)
        # controls: rentals and classifieds three times as likely
        n_ctrl = round(self.n * CONTROL_SHARE)
        keyed = sorted(range(len(sk)), key=lambda i: rng.random() / (3 if sk[i]["category"] in ("rental", "classifieds") else 1))
        ctrl = set(keyed[:n_ctrl])
        for i, s in enumerate(sk):
            s["control"] = i in ctrl
            s["tasks"], s["negs"] = [], []
            s["dest"] = rng.choice(DESTS[s["region"]])
            # contacts abroad only in recruitment and visa posts
            s["contact_dest"] = s["dest"] if group(s) == "work" else s["region"]
        return sk

    # ---- task compatibility
    def compatible(self, s, task):
        kind, form = task[0], task[1]
        lang, cat, route, region = s["lang"], s["category"], s["route"], s["region"]
        if kind == "url":
            if form in ("google_form", "google_drive", "facebook_group"):
                return cat in ("jobs", "visa")
            if form == "link_in_bio":
                return cat in ("escort", "massage", "jobs")
            if form == "profile_snapchat":
                return route in ("gulf", "central") and cat in ("escort", "massage", "classifieds", "jobs")
            return True
        if kind == "email":
            if form.startswith("at_word_"):
                return lang == form[len("at_word_"):]
            return True
        if kind == "handle":
            platform, style = form
            if platform in ("wechat", "line", "kakaotalk"):
                return route == "mekong"
            if platform == "snapchat" and route not in ("gulf", "central"):
                return False
            if style == "local":
                cues = H_CUES[platform]["local"]
                return lang in cues or ("*" in cues)
            return True
        if kind == "phone":
            if form == "native_digits":
                return (region in ARAB_REGIONS and lang == "ar") or region in ("BD", "NP", "MM")
            if form == "national":
                return True
            return True
        raise ValueError(task)

    def neg_templates(self, kind, s):
        """Templates of this kind usable in post s, on this split's side."""
        def ok(t, lang_ok):
            _, langs, cats, routes, _ = t
            return (lang_ok(langs) and (cats == "*" or s["category"] in cats.split())
                    and (routes == "*" or s["route"] in routes.split()))
        allk = [t for t in NEG_TEMPLATES if t[0] == kind]
        for lang_ok in (lambda l: s["lang"] in l.split(), lambda l: l == "*", lambda l: l == "en"):
            cands = [t for t in allk if ok(t, lang_ok)]
            cands = [t for t in cands if t in side(f"neg:{kind}:{t[1]}", [x for x in allk if x[1] == t[1]], self.split)]
            if cands:
                return cands
        return []

    def assign(self, sk):
        rng = self.rng
        tasks = []
        for form, q in URL_QUOTA.items():
            tasks += [("url", form)] * quota(q, self.split)
        for form, q in EMAIL_QUOTA.items():
            tasks += [("email", form)] * quota(q, self.split)
        for form, q in HANDLE_QUOTA.items():
            tasks += [("handle", form)] * quota(q, self.split)
        for form, q in PHONE_QUOTA.items():
            tasks += [("phone", form)] * quota(q, self.split)
        rng.shuffle(tasks)
        posts = [s for s in sk if not s["control"]]
        # most constrained tasks first
        def n_ok(t):
            return sum(1 for s in posts if self.compatible(s, t))
        cache = {}
        for t in tasks:
            if t not in cache:
                cache[t] = n_ok(t)
        tasks.sort(key=lambda t: cache[t])
        for t in tasks:
            cands = [s for s in posts if self.compatible(s, t) and len(s["tasks"]) < 6]
            if not cands:
                raise SystemExit(f"{self.split}: no post takes {t}")
            low = min(len(s["tasks"]) for s in cands)
            best = [s for s in cands if len(s["tasks"]) == low]
            rng.choice(best)["tasks"].append(t)
        for s in posts:
            rng.shuffle(s["tasks"])
        negs = []
        for kind, q in NEG_QUOTA.items():
            negs += [kind] * quota(q, self.split)
        rng.shuffle(negs)
        ncache = {}
        for kind in negs:
            if kind not in ncache:
                ncache[kind] = sum(1 for s in sk if self.neg_templates(kind, s))
        negs.sort(key=lambda k: ncache[k])
        # about one post in ten carries no decoy at all
        free = set(rng.sample(range(len(sk)), len(sk) // 10))
        for kind in negs:
            cands = [s for i, s in enumerate(sk) if i not in free and kind not in s["negs"]
                     and self.neg_templates(kind, s) and len(s["negs"]) < 4]
            if not cands:
                raise SystemExit(f"{self.split}: no post takes negative {kind}")
            low = min(len(s["negs"]) for s in cands)
            rng.choice([s for s in cands if len(s["negs"]) == low])["negs"].append(kind)

    # ---- slot values
    def city(self, region, lang):
        latin, arabic = self.rng.choice(CITIES[region])
        return arabic if (lang == "ar" and arabic) else latin

    def money(self, code, lang, scale=(1, 1)):
        rng = self.rng
        table = {  # code: (low, high, step, {lang: currency word}, default)
            "QA": (1000, 2500, 100, {"ar": "ريال"}, "QAR"), "SA": (1200, 3000, 100, {"ar": "ريال"}, "SAR"),
            "KW": (90, 200, 10, {"ar": "دينار"}, "KWD"), "OM": (120, 300, 10, {"ar": "ريال"}, "OMR"),
            "BH": (120, 300, 10, {"ar": "دينار"}, "BHD"), "AE": (1200, 4000, 100, {"ar": "درهم"}, "AED"),
            "LB": (200, 500, 50, {}, "USD"), "JO": (250, 450, 10, {"ar": "دينار"}, "JOD"),
            "LY": (800, 2000, 100, {"ar": "دينار"}, "LYD"), "IT": (800, 1500, 50, {}, "€"),
            "DZ": (30000, 60000, 1000, {"ar": "دينار"}, "DA"), "TN": (600, 1500, 50, {"ar": "دينار"}, "TND"),
            "TH": (9000, 25000, 500, {}, "THB"), "MY": (1500, 3000, 100, {}, "RM"),
            "MX": (2000, 5000, 100, {}, "pesos"), "US": (500, 900, 50, {}, "USD"),
            "NE": (25000, 200000, 5000, {}, "FCFA"), "ML": (25000, 200000, 5000, {}, "FCFA"),
            "BF": (25000, 200000, 5000, {}, "FCFA"), "TD": (25000, 200000, 5000, {}, "FCFA"),
            "SD": (20000, 90000, 1000, {"ar": "جنيه"}, "SDG"), "NP": (5000, 40000, 500, {}, "NRs"),
            "BD": (4000, 30000, 500, {}, "Tk"), "LK": (15000, 80000, 1000, {}, "LKR"),
            "ET": (3000, 20000, 500, {}, "birr"), "UG": (200000, 900000, 50000, {}, "UGX"),
            "KE": (5000, 40000, 500, {}, "KSh"), "MM": (100000, 600000, 10000, {}, "kyat"),
            "LA": (1000000, 4000000, 100000, {}, "kip"), "KH": (100, 600, 10, {}, "USD"),
            "GT": (1000, 5000, 100, {}, "quetzales"), "HN": (3000, 12000, 500, {}, "lempiras"),
            "SV": (200, 800, 10, {}, "USD"), "NI": (3000, 15000, 500, {}, "córdobas"),
        }
        lo, hi, step, words, default = table[code]
        lo, hi = max(step, round(lo * scale[0] / step) * step), max(step, round(hi * scale[1] / step) * step)
        amt = rng.randrange(lo, hi + 1, step)
        cur = words.get(lang, default)
        if amt >= 1000:
            if lang == "fr" or cur == "FCFA":
                a = f"{amt:,}".replace(",", " ")
            elif amt >= 1000000:
                a = f"{amt:,}"
            else:
                a = rng.choice([str(amt), f"{amt:,}"])
        else:
            a = str(amt)
        if lang == "ar" and cur in words.values():
            return f"{a} {cur}"
        return rng.choice([f"{a} {cur}", f"{cur} {a}"]) if cur.isupper() else f"{a} {cur}"

    def slot(self, s, key):
        rng, lang, region = self.rng, s["lang"], s["region"]
        dest = s["dest"]
        c = s["ctx"]
        if key == "city":
            return self.city(region, lang)
        if key == "dcity":
            return self.city(dest, lang) if dest != region else c["city"]
        if key == "dest":
            return COUNTRY[dest][lang]
        if key == "flag":
            return FLAG[dest]
        if key == "money":
            return self.money(dest, lang)
        if key == "lmoney":
            scale = {"escort": (0.1, 0.25), "massage": (0.06, 0.15), "rental": (0.25, 0.6),
                     "classifieds": (0.1, 1.0)}.get(s["category"], (1, 1))
            return self.money(region, lang, scale)
        if key == "job":
            sub = s["jobsub"]
            return rng.choice(JOBS[lang][sub])
        if key == "job_tag":
            return slug(rng.choice(JOBS["en"][s["jobsub"]]))
        if key == "name":
            return self.pick(f"first_f:{s['route']}", FIRST_F[s["route"]])
        if key == "agency" or key == "agencyname":
            return s["agency"]
        if key == "age":
            return rng.choice(AGES)
        if key == "n":
            return str(rng.choice([10, 15, 20, 25, 30, 40, 50, 100]))
        if key == "nat":
            table = NATS[s["route"]]
            return rng.choice(table.get(lang) or table.get("en") or next(iter(table.values())))
        if key == "spa":
            return self.pick("spa", SPA_NAMES)
        if key == "item":
            return self.pick(f"item:{lang}", ITEMS[lang])
        if key == "ctag":
            return re.sub(r"[^\w]", "", CITIES[region][0][0])
        if key == "dtag":
            return re.sub(r"[^\w]", "", COUNTRY[dest]["en"].replace("the ", ""))
        if key == "rate":
            return {"US": "$20", "AE": "150AED", "QA": "100QR", "SA": "100SAR", "TH": "500THB", "MY": "RM80",
                    "IT": "10€", "MX": "$150", "LB": "10$", "KW": "8KD"}.get(region, rng.choice(["20$", "15$"]))
        if key == "pdot":
            return self.price_dotted(s["contact_dest"] if s["category"] in ("jobs", "visa") else region)
        if key == "date":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            return rng.choice([f"{d:02d}.{m:02d}.2025", f"{d:02d}.{m:02d}.", f"{d}.{m}.2025", f"{d:02d}.{m:02d}.25"])
        if key in ("t1", "t2"):
            h = rng.randint(7, 10) if key == "t1" else rng.randint(16, 22)
            return f"{h}.{rng.choice(['00', '30'])}"
        if key == "visano":
            return rng.choice(["60", "13", "40", "19"]) + rand_digits(rng, 8)
        if key == "passno":
            pre = {"NP": "PA", "BD": "A0", "LK": "N", "ET": "EP", "UG": "B0", "KE": "AK", "SD": "P0", "MM": "MH",
                   "LA": "P", "KH": "N0", "GT": "", "HN": "E", "SV": "A", "NI": "C"}.get(region, rng.choice(["A", "B", "AA"]))
            return pre + rand_digits(rng, 9 - len(pre) if pre else 9)
        if key == "lic":
            y = rng.randint(2010, 2023)
            fy = rng.randint(66, 79)
            return {"NP": f"{rng.randint(100, 1999)}/0{fy}/0{fy + 1}",
                    "BD": f"RL-{rng.randint(100, 2999)}", "LK": f"SLBFE/{rng.randint(1000, 3999)}",
                    "ET": f"MoLS/{rng.randint(100, 999)}/{y}", "UG": f"E-{rng.randint(100, 999)}/{y}",
                    "KE": f"NEA/{rng.randint(1000, 4999)}/{y}", "IT": f"{rng.randint(1000, 9999)}/SG",
                    }.get(region, f"{rng.randint(100, 9999)}/{rng.choice(['MT', 'DGT', 'STPS', 'RL', 'MEFP'])}/{y}")
        if key == "licglued":
            return rng.choice(["Govt.Lic.No.", "Lic.No.", "Govt.Lic.No:"]) + f"{rng.randint(100, 1999)}/0{rng.randint(66, 79)}"
        if key == "iban":
            return self.iban(region, s["contact_dest"])
        if key == "clabe":
            return self.clabe()
        if key == "acct":
            return rand_digits(rng, rng.choice([12, 13, 14]))
        if key == "height":
            cm = rng.randint(150, 178)
            return rng.choice([f"{cm // 100}.{cm % 100:02d}m", f"{cm // 100}.{cm % 100:02d} m", f"{cm // 100}.{cm % 100:02d}"])
        if key == "area":
            return f"{rng.randint(9, 20)}.5 sqm"
        if key == "cform":
            r = region
            if r in COMPANY_FORMS:
                pool = COMPANY_FORMS[r]
            elif s["route"] == "gulf":
                pool = COMPANY_FORMS["gulf-dest"]
            else:
                pool = COMPANY_FORMS[s["route"]]
            return self.pick(f"cform:{r}", pool)
        raise KeyError(key)

    def price_dotted(self, region):
        rng = self.rng
        thousands = lambda lo, hi: f"{rng.randint(lo, hi)}.{rng.choice(['000', '500', '200', '800'])}"
        opts = {
            "IT": [f"{thousands(1, 2)} €", f"€ {thousands(1, 2)},00"], "MX": [f"${thousands(2, 9)} MXN", f"{thousands(2, 9)} pesos"],
            "GT": [f"Q {thousands(2, 6)}"], "HN": [f"L {thousands(8, 15)}"], "NI": [f"C$ {thousands(5, 12)}"],
            "SV": [f"${rng.randint(300, 900)}.00"], "US": [f"${rng.randint(15, 40)}.00", f"${rng.randint(500, 900)}.00"],
            "NE": [f"{rng.randint(50, 300)}.000 FCFA"], "ML": [f"{rng.randint(50, 300)}.000 FCFA"],
            "BF": [f"{rng.randint(50, 300)}.000 F CFA"], "TD": [f"{rng.randint(50, 300)}.000 FCFA"],
            "DZ": [f"{rng.randint(20, 60)}.000 DA"], "TN": [f"{thousands(1, 2)} DT"], "LY": [f"{thousands(1, 2)} LYD"],
            "SD": [f"{rng.randint(20, 90)}.000 SDG"],
            "QA": [f"QAR {thousands(1, 2)}", f"QAR {rng.randint(1, 2)},{rng.randint(100, 999)}.00"],
            "SA": [f"SAR {thousands(1, 3)}", f"{rng.randint(1, 3)},{rng.randint(100, 999)}.00 SAR"],
            "AE": [f"AED {thousands(1, 4)}"], "KW": [f"KWD {rng.randint(90, 200)}.500"], "OM": [f"OMR {rng.randint(120, 300)}.000"],
            "BH": [f"BHD {rng.randint(120, 300)}.000"], "JO": [f"JOD {rng.randint(250, 450)}.00"], "LB": [f"${rng.randint(200, 600)}.00"],
            "NP": [f"NRs {rng.randint(1, 4)}.{rng.randint(1, 9)} lakh"], "BD": [f"Tk {rng.randint(1, 5)}.{rng.randint(1, 9)} lakh"],
            "LK": [f"Rs {rng.randint(1, 3)}.{rng.randint(1, 9)} lakh"], "ET": [f"ETB {rng.randint(10, 60)}.000"],
            "UG": [f"UGX {rng.randint(1, 3)}.{rng.randint(1, 9)}M"], "KE": [f"KSh {rng.randint(20, 90)}.000"],
            "MM": [f"Ks {rng.randint(3, 9)}.{rng.randint(1, 9)} lakh"], "LA": [f"{rng.randint(2, 5)}.{rng.choice(['000', '500'])}.000 kip"],
            "KH": [f"${rng.randint(200, 600)}.00"], "TH": [f"฿{thousands(9, 25)}"], "MY": [f"RM {rng.randint(1, 3)},{rng.randint(100, 999)}.00"],
        }
        return rng.choice(opts[region])

    def iban(self, region, dest):
        rng = self.rng
        fmt = {"SA": "nnnnnnnnnnnnnnnnnnnn", "QA": "aaaannnnnnnnnnnnnnnnnnnnn", "AE": "nnnnnnnnnnnnnnnnnnn",
               "KW": "aaaannnnnnnnnnnnnnnnnnnnnn", "BH": "aaaannnnnnnnnnnnnn", "JO": "aaaannnnnnnnnnnnnnnnnnnnnn",
               "LB": "nnnnnnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnnnnnnnnnnnnnn", "TN": "nnnnnnnnnnnnnnnnnnnn",
               "LY": "nnnnnnnnnnnnnnnnnnnnn"}
        cc = region if region in fmt else (dest if dest in fmt else "SA")
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "a" else rng.choice("0123456789") for ch in fmt[cc])
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(num) % 97
        iban = f"{cc}{check:02d}{bban}"
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def clabe(self):
        rng = self.rng
        body = rng.choice(["002", "012", "014", "021", "072"]) + rand_digits(rng, 14)
        w = [3, 7, 1] * 6
        tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
        return body + str((10 - tot % 10) % 10)

    # ---- selector values
    def new_site(self, s, suffix=None, words2=None):
        rng = self.rng
        route, cat = s["route"], s["category"]
        for _ in range(200):
            w1 = self.pick(f"site1:{route}", SITE_W1[route])
            w2 = self.pick(f"site2:{cat}:{s['lang']}", words2 or (SITE_W2[cat] + SITE_W2_LANG.get(s["lang"], {}).get(cat, [])))
            city = city_slug(rng.choice(CITIES[s["region"]])[0])
            name = rng.choice([f"{w1}-{w2}", f"{w1}{w2}", f"{w1}-{w2}-{city}", f"{w1}-{w2}{rng.randint(2, 99)}",
                               f"{city}-{w1}-{w2}"])
            if suffix is None:
                r = rng.random()
                if r < 0.65:
                    suf = CCTLD[s["region"]][0]
                elif r < 0.8 and s["contact_dest"] != s["region"]:
                    suf = CCTLD[s["contact_dest"]][0]
                else:
                    suf = rng.choice(GENERIC_TLDS)
            else:
                suf = suffix
            dom = f"{name}.{suf}"
            if self.reg.take("site:" + dom):
                return dom
        raise RuntimeError("site names exhausted")

    def new_handle(self, s, platform):
        rng = self.rng
        route, cat = s["route"], s["category"]
        dots = platform in ("instagram", "tiktok", "snapchat", "line", "kakaotalk", "facebook")
        for _ in range(500):
            first = slug(self.pick(*first_pool(s)))
            word = self.pick(f"hword:{cat}", HANDLE_W[cat])
            sur = self.pick(f"sur:{route}", SURNAMES[route])
            city = city_slug(rng.choice(CITIES[s["region"]])[0])
            num = str(rng.randint(1, 99))
            if platform == "signal":
                h = f"{first}{rng.choice(['', '_' + word])}.{rng.randint(10, 99)}"
            else:
                seps = ["_", ".", ""] if dots else ["_", ""]
                sp = rng.choice(seps)
                h = rng.choice([f"{first}{sp}{word}{num}", f"{word}{sp}{first}", f"{first}{sp}{sur}",
                                f"{city}{sp}{word}{sp}{first}", f"{word}{sp}{city}{num}", f"{first}{sp}{word}{sp}{city}"])
            if platform == "twitter" and len(h) > 15:
                continue
            if platform in ("telegram", "wechat") and (len(h) < 6 or not h[0].isalpha()):
                continue
            if self.reg.take("handle:" + h):
                return h
        raise RuntimeError("handles exhausted")

    def new_email(self, s, own_site=None, freemail=True):
        rng = self.rng
        route = s["route"]
        for _ in range(500):
            first = slug(self.pick(*first_pool(s)))
            sur = self.pick(f"sur:{route}", SURNAMES[route])
            if own_site:
                local = rng.choice(ROLES[s["lang"]] + [first, f"{first}.{sur}"])
                dom = own_site
            else:
                local = rng.choice([f"{first}{rng.randint(1, 99)}", f"{first}.{sur}", f"{first}_{sur}{rng.randint(1, 9)}",
                                    f"{sur}.{slug(self.pick('hword:' + s['category'], HANDLE_W[s['category']]))}"])
                key = "sahel-it" if s["region"] == "IT" else route
                dom = rng.choice(FREEMAIL[key])
            addr = f"{local}@{dom}"
            if self.reg.take("email:" + addr):
                return local, dom
        raise RuntimeError("mailboxes exhausted")

    def new_phone(self, s, region=None):
        rng = self.rng
        region = region or s["region"]
        cc, prefs, L, trunk, ng, ig = PHONE[region]
        for _ in range(200):
            p = rng.choice(prefs)
            if region == "US":
                nsn = p + "55501" + rand_digits(rng, 2)
            else:
                nsn = p + rand_digits(rng, L - len(p))
            if self.reg.take("phone:" + cc + nsn):
                return region, nsn
        raise RuntimeError("phones exhausted")

    # ---- phone layouts
    @staticmethod
    def group(digits, sizes, sep):
        out, i = [], 0
        for n in sizes:
            out.append(digits[i:i + n])
            i += n
        assert i == len(digits), (digits, sizes)
        return sep.join(out)

    def phone_raw(self, region, nsn, form, lang):
        rng = self.rng
        cc, prefs, L, trunk, ng, ig = PHONE[region]
        sep = rng.choice([" ", " ", "-"])
        if region == "US":
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            nat = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"])
            intl = rng.choice([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}"])
        elif region == "MX":
            sizes = [2, 4, 4] if nsn[:2] in ("55", "33", "81") else [3, 3, 4]
            nat = self.group(nsn, sizes, sep)
            intl = "+52 " + self.group(nsn, sizes, sep)
        else:
            full = trunk + nsn
            nat = self.group(full, ng, sep)
            intl = f"+{cc} " + self.group(nsn, ig, sep)
        if form == "national":
            return nat
        if form == "international":
            return intl
        if form == "international_00":
            return "00" + intl[1:]
        if form == "compact":
            return f"+{cc}{nsn}"
        if form == "native_digits":
            script = "ar" if region in ARAB_REGIONS else {"BD": "bn", "NP": "ne", "MM": "my"}[region]
            base = rng.choice([nat, intl]) if region != "MM" else nat
            tbl = NATIVE_DIGITS[script]
            return "".join(tbl[int(ch)] if ch.isdigit() else ch for ch in base)
        raise ValueError(form)

    # ---- contact lines
    def cue(self, table, lang):
        return self.rng.choice(table.get(lang) or table["en"])

    def url_parts(self, s, form):
        rng, lang = self.rng, s["lang"]
        site_path = {"jobs": ["/jobs", "/apply", "/vacancies", "/register", "/careers/qatar-2025", "/recruitment/form"],
                     "visa": ["/visa", "/services", "/packages", "/apply-now"],
                     "escort": ["/gallery", "/rates", "/booking", "/photos"], "massage": ["/menu", "/prices", "/booking"],
                     "rental": ["/rooms", "/listing", "/photos"], "classifieds": ["/item", "/shop", "/ads"]}[s["category"]]
        site_path = site_path + {("jobs", "fr"): ["/emploi", "/offres/chauffeur"], ("jobs", "es"): ["/empleos", "/vacantes"],
                                 ("jobs", "it"): ["/lavoro", "/candidatura"], ("jobs", "pt"): ["/vagas"],
                                 ("visa", "fr"): ["/tarifs"], ("visa", "es"): ["/tramites"], ("visa", "it"): ["/pratiche"],
                                 ("jobs", "ar"): ["/ar/jobs"]}.get((s["category"], lang), [])
        own_q = {"jobs": ["job=driver", "job=housemaid", "id=245", "country=np", "lang=fr", "pays=ml", "puesto=albanil"],
                 "visa": ["type=work", "id=88", "dest=qa"], "escort": ["id=12", "girl=3"], "massage": ["id=7"],
                 "rental": ["room=2", "id=31"], "classifieds": ["id=4512", "item=77"]}[s["category"]]
        lead = [Cue(self.cue(URL_CUES[group(s)], lang))]
        L = []  # parts after the lead
        if form in ("https", "http", "www", "bare_cctld", "path", "query_own", "query_tracking", "capitals",
                    "sentence_punct", "glued_next_sentence", "glued_emoji", "html_href"):
            dom = self.new_site(s)
            path = rng.choice(site_path) if form in ("path", "query_own", "query_tracking") or rng.random() < 0.2 else ""
            if form in ("bare_cctld", "capitals"):
                path = "" if form == "bare_cctld" else path
            q = ""
            if form == "query_own":
                q = "?" + rng.choice(own_q)
            value = (dom + path + q).lower()
            if form == "https":
                raw = "https://" + rng.choice(["www.", ""]) + dom + path + rng.choice(["", "/"] if not path else [""])
            elif form == "http":
                raw = "http://" + rng.choice(["www.", ""]) + dom + path
            elif form == "www":
                raw = "www." + dom + path
            elif form == "bare_cctld":
                raw = dom
            elif form == "path":
                raw = rng.choice(["", "www.", "https://"]) + dom + path + rng.choice(["", "/"])
            elif form == "query_own":
                raw = rng.choice(["", "www.", "https://"]) + dom + path + q
            elif form == "query_tracking":
                trk = rng.choice([f"?utm_source=facebook&utm_medium=post", f"?fbclid=IwAR{rand_alnum(rng, 22)}",
                                  f"?utm_campaign={slug(s['ctx']['city'])}&utm_source=tiktok"])
                raw = rng.choice(["", "https://", "www."]) + dom + path + trk
            elif form == "capitals":
                raw = rng.choice([("WWW." + dom + path).upper(),
                                  ".".join(p.capitalize() for p in dom.split(".")) + path,
                                  "https://" + (dom + path).upper()])
            elif form == "html_href":
                raw = rng.choice(["https://", "http://", "https://www."]) + dom + path
            elif form in ("sentence_punct", "glued_next_sentence", "glued_emoji"):
                raw = rng.choice(["", "www.", "https://"]) + dom + path
            sel = Sel(raw, [("url", None, value)], form)
            if form == "sentence_punct":
                w = rng.choice([("", "."), ("", ","), ("", "!"), ("(", ")"), ("«", "»"), ('"', '"'), ("[", "]")])
                tail = {"en": " Apply today", "fr": " Merci", "es": " Gracias", "ar": " شكرا", "it": " Grazie",
                        "pt": " Obrigado"}[lang] if w[1] in ".,!" else ""
                L = [w[0], sel, w[1] + tail]
            elif form == "glued_next_sentence":
                g = self.pick(f"glued_after:{lang}", GLUED_AFTER[lang])
                L = [sel, Neg(g, "glued_after_selector"), GLUED_AFTER_TAIL[g]]
            elif form == "glued_emoji":
                a, b = rng.choice([("👉", "👈"), ("🌐", "✅"), ("➡️", "⬅️"), ("🔗", "🔥")])
                lead = [Cue(self.cue(URL_CUES[group(s)], lang).rstrip() + " ")]
                L = [a, sel, b]
            elif form == "html_href":
                text = rng.choice(LINK_TEXT[group(s)][lang])
                L = ['<a href="', sel, f'">{text}</a>']
            else:
                L = [sel]
            return lead + L
        if form in ("spelled_dot", "bracket_dot", "spaced_dot"):
            dom = self.new_site(s)
            www = rng.random() < 0.3
            labels = (["www"] if www else []) + dom.split(".")
            if form == "spelled_dot":
                word = {"fr": [" point "], "es": [" punto "], "it": [" punto "], "pt": [" ponto "],
                        "ar": [" دوت ", " dot "], "en": [" dot ", "(dot)", " [dot] ", " DOT "]}[lang]
                joiner = rng.choice(word)
            elif form == "bracket_dot":
                joiner = rng.choice(["[.]", "(.)", " [.] "])
            else:
                joiner = " . "
            raw = joiner.join(labels)
            return lead + [Sel(raw, [("url", None, dom)], form)]
        if form == "shortener":
            host = rng.choice(["bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "t.ly", "shorturl.at"])
            n = {"tinyurl.com": 8, "shorturl.at": 5}.get(host, 7)
            while True:
                code = rand_alnum(rng, n)
                if self.reg.take("code:" + host + code):
                    break
            raw = rng.choice(["", "https://"]) + f"{host}/{code}"
            return lead + [Sel(raw, [("url", None, f"{host}/{code}".lower())], form)]
        if form == "google_form":
            lead = [Cue(self.cue(FORM_CUES, lang))]
            if rng.random() < 0.5:
                code = rand_alnum(rng, 17)
                raw = rng.choice(["", "https://"]) + f"forms.gle/{code}"
                value = f"forms.gle/{code}".lower()
            else:
                fid = "1FAIpQLS" + rand_alnum(rng, 48, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                raw = f"https://docs.google.com/forms/d/e/{fid}/viewform"
                value = f"google.com/forms/d/e/{fid}/viewform".lower()
            self.reg.take("code:" + value)
            return lead + [Sel(raw, [("url", None, value)], form)]
        if form == "google_drive":
            lead = [Cue(self.cue(FORM_CUES, lang))]
            fid = "1" + rand_alnum(rng, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
            path = rng.choice([f"/file/d/{fid}/view", f"/drive/folders/{fid}"])
            raw = rng.choice(["https://", ""]) + "drive.google.com" + path
            self.reg.take("code:" + fid)
            return lead + [Sel(raw, [("url", None, ("google.com" + path).lower())], form)]
        if form == "example_host":
            dom = self.new_site(s, suffix="example")
            path = rng.choice(["", "/apply", "/form", "/jobs/latest"])
            raw = rng.choice(["", "https://", "www."]) + dom + path
            return lead + [Sel(raw, [("url", None, dom + path)], form)]
        if form == "link_in_bio":
            h = self.new_handle(s, "instagram")
            raw = rng.choice(["", "https://"]) + f"linktr.ee/{h}"
            return lead + [Sel(raw, [("url", None, f"linktr.ee/{h}")], form)]
        # profile links
        lead = [Cue(self.cue(PROFILE_CUES, lang))]
        if form == "profile_facebook":
            h = self.new_handle(s, "facebook")
            host = rng.choice(["https://www.facebook.com/", "facebook.com/", "https://m.facebook.com/", "www.facebook.com/"])
            raw = host + h + rng.choice(["", "/"])
            return lead + [Sel(raw, [("url", None, f"facebook.com/{h}"), ("handle", "facebook", h)], form)]
        if form == "profile_fb_short":
            h = self.new_handle(s, "facebook")
            raw = rng.choice(["fb.com/", "https://fb.com/"]) + h
            return lead + [Sel(raw, [("url", None, f"fb.com/{h}"), ("handle", "facebook", h)], form)]
        if form == "profile_facebook_id":
            while True:
                fid = "1000" + rand_digits(rng, 11)
                if self.reg.take("fbid:" + fid):
                    break
            raw = rng.choice(["https://m.facebook.com/", "m.facebook.com/", "https://www.facebook.com/"]) + f"profile.php?id={fid}"
            return lead + [Sel(raw, [("url", None, f"facebook.com/profile.php?id={fid}"), ("handle", "facebook", fid)], form)]
        if form == "facebook_group":
            g = self.new_handle(s, "facebook")
            raw = rng.choice(["https://www.facebook.com/groups/", "facebook.com/groups/", "https://m.facebook.com/groups/"]) + g
            return lead + [Sel(raw, [("url", None, f"facebook.com/groups/{g}")], form)]
        if form == "profile_instagram":
            h = self.new_handle(s, "instagram")
            trk = rng.choice(["", "", "/", f"?igshid={rand_alnum(rng, 12)}"])
            raw = rng.choice(["https://www.instagram.com/", "instagram.com/", "https://instagram.com/"]) + h + trk
            return lead + [Sel(raw, [("url", None, f"instagram.com/{h}"), ("handle", "instagram", h)], form)]
        if form == "profile_tiktok":
            h = self.new_handle(s, "tiktok")
            raw = rng.choice(["https://www.tiktok.com/@", "tiktok.com/@"]) + h
            return lead + [Sel(raw, [("url", None, f"tiktok.com/@{h}"), ("handle", "tiktok", h)], form)]
        if form == "profile_telegram":
            h = self.new_handle(s, "telegram")
            raw = rng.choice(["https://t.me/", "t.me/", "http://t.me/"]) + h
            return lead + [Sel(raw, [("url", None, f"t.me/{h}"), ("handle", "telegram", h)], form)]
        if form == "telegram_invite":
            code = rand_alnum(rng, 16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
            path = rng.choice([f"+{code}", f"joinchat/{code}"])
            self.reg.take("code:" + code)
            raw = rng.choice(["https://t.me/", "t.me/"]) + path
            return lead + [Sel(raw, [("url", None, f"t.me/{path}".lower())], form)]
        if form == "profile_x":
            h = self.new_handle(s, "twitter")
            host = rng.choice(["https://x.com/", "x.com/", "https://twitter.com/", "twitter.com/"])
            value = ("x.com/" if "x.com" in host else "twitter.com/") + h
            return lead + [Sel(host + h, [("url", None, value), ("handle", "twitter", h)], form)]
        if form == "profile_snapchat":
            h = self.new_handle(s, "snapchat")
            raw = rng.choice(["https://www.snapchat.com/add/", "snapchat.com/add/"]) + h
            return lead + [Sel(raw, [("url", None, f"snapchat.com/add/{h}"), ("handle", "snapchat", h)], form)]
        if form in ("wa_me", "api_whatsapp"):
            region = s["region"] if rng.random() < 0.6 else s["contact_dest"]
            region, nsn = self.new_phone(s, region)
            cc = PHONE[region][0]
            lead = [Cue(self.rng.choice(PHONE_CUES[lang]["whatsapp"]))]
            if form == "wa_me":
                raw = rng.choice(["https://wa.me/", "wa.me/", "http://wa.me/"]) + cc + nsn
                value = f"wa.me/{cc}{nsn}"
            else:
                raw = f"https://api.whatsapp.com/send?phone={cc}{nsn}"
                value = f"whatsapp.com/send?phone={cc}{nsn}"
            return lead + [Sel(raw, [("url", None, value), ("phone", None, f"+{cc}{nsn}")], form, app="whatsapp")]
        raise ValueError(form)

    def email_parts(self, s, form):
        rng, lang = self.rng, s["lang"]
        lead = [Cue(self.cue(EMAIL_CUES[group(s)], lang))]
        if form == "own_domain":
            local, dom = self.new_email(s, own_site=self.new_site(s))
        elif form == "example_domain":
            local, dom = self.new_email(s, own_site=self.new_site(s, suffix="example"))
        else:
            if rng.random() < 0.25 and form not in ("freemail",):
                local, dom = self.new_email(s, own_site=self.new_site(s))
            else:
                local, dom = self.new_email(s)
        value = f"{local}@{dom}".lower()
        addr = f"{local}@{dom}"
        if form in ("freemail", "own_domain", "example_domain"):
            return lead + [Sel(addr, [("email", None, value)], form)]
        if form == "at_bracket":
            at = rng.choice([" [at] ", "(at)", " (at) ", "[at]", "{at}", " [AT] "])
            dot = rng.choice([".", ".", " [dot] ", "(dot)"])
            raw = local + at + dom.replace(".", dot)
            return lead + [Sel(raw, [("email", None, value)], form)]
        if form.startswith("at_word_"):
            at = {"en": " at ", "fr": " arobase ", "es": " arroba ", "it": " chiocciola ", "pt": " arroba ",
                  "ar": " آت "}[lang]
            dot = {"en": " dot ", "fr": " point ", "es": " punto ", "it": " punto ", "pt": " ponto ",
                   "ar": rng.choice([" دوت ", "."])}[lang]
            if rng.random() < 0.35 and lang != "en":
                dot = "."
            raw = local + at + dom.replace(".", dot)
            return lead + [Sel(raw, [("email", None, value)], form)]
        if form == "spaced_symbols":
            raw = local + " @ " + rng.choice([dom, dom.replace(".", " . ")])
            return lead + [Sel(raw, [("email", None, value)], form)]
        if form == "capitals":
            raw = rng.choice([addr.upper(), local.capitalize() + "@" + dom.upper()])
            return lead + [Sel(raw, [("email", None, value)], form)]
        if form == "mailto":
            return [lead[0], '<a href="mailto:', Sel(addr, [("email", None, value)], "mailto"), '">',
                    Sel(addr, [("email", None, value)], "mailto_text"), "</a>"]
        if form == "sentence_end":
            tail = {"en": " We reply fast", "fr": " Réponse rapide", "es": " Respondemos rápido", "ar": " نرد بسرعة",
                    "it": " Rispondiamo subito", "pt": " Respondemos rápido"}[lang]
            return lead + [Sel(addr, [("email", None, value)], form), "." + tail]
        if form == "wrapped":
            a, b = rng.choice([("(", ")"), ("<", ">"), ("«", "»"), ("[", "]"), ('"', '"')])
            return lead + [a, Sel(addr, [("email", None, value)], form), b]
        if form == "glued_capital_word":
            w = rng.choice(GLUED_CAPITAL[lang])
            return lead + [Sel(addr, [("email", None, value)], form), w + " " + {"Apply": "today", "Thanks": "a lot",
                           "Call": "us", "Merci": "beaucoup", "Appelez": "nous", "Gracias": "de antemano",
                           "Llama": "ya", "Grazie": "mille", "Obrigado": "a todos"}[w]]
        raise ValueError(form)

    def handle_parts(self, s, platform, style):
        rng, lang = self.rng, s["lang"]
        h = self.new_handle(s, platform)
        cues = H_CUES[platform]
        st = "colon" if style in ("decorated", "sentence_end") else style
        table = cues[st]
        cue = rng.choice(table.get(lang) or table.get("*") or [])
        if platform == "twitter":
            with_at = True
        elif style == "at":
            with_at = True
        elif platform in ("wechat", "line", "kakaotalk", "signal", "facebook"):
            with_at = False
        elif platform == "snapchat":
            with_at = False
        else:
            with_at = rng.random() < 0.5
        raw = ("@" if with_at else "") + h
        sel = Sel(raw, [("handle", platform, h)], style)
        if style == "decorated":
            a, b = rng.choice(DECORATIONS)
            return [Cue(cue), a, sel, b]
        if style == "sentence_end":
            return [Cue(cue), sel, "."]
        return [Cue(cue), sel]

    def phone_parts(self, s, form):
        rng, lang = self.rng, s["lang"]
        apps = APPS_BY_ROUTE[s["route"]]
        keys = [k for k in apps if (k is None or PHONE_CUES[lang].get(k))
                and (k not in APP_REGIONS or s["region"] in APP_REGIONS[k])]
        need = sorted((k for k in keys if k and self.app_need.get(k, 0) > 0), key=lambda k: (-self.app_need[k], k))
        if need and rng.random() < 0.6:
            app = need[0]
            self.app_need[app] -= 1
        else:
            app = rng.choices(keys, [apps[k] for k in keys])[0]
        if form in ("national", "native_digits"):
            region = s["region"]
        else:
            region = s["region"] if rng.random() < 0.55 else s["contact_dest"]
        region, nsn = self.new_phone(s, region)
        raw = self.phone_raw(region, nsn, form, lang)
        cue = rng.choice(PHONE_CUES[lang].get(app) or PHONE_CUES["en"][app])
        pre = ""
        if s["region"] in LOCAL_CONTACT and lang == "en" and rng.random() < 0.35:
            pre = LOCAL_CONTACT[s["region"]]
        return [Cue(pre + cue), Sel(raw, [("phone", None, "+" + PHONE[region][0] + nsn)], form, app=app)]

    # ---- one post
    def build(self, s, idx):
        rng = self.rng
        lang, cat = s["lang"], s["category"]
        s["ctx"] = Ctx(self, s)
        s["jobsub"] = rng.choice(sorted(JOBS["en"]))
        w1 = self.pick(f"site1:{s['route']}", SITE_W1[s["route"]])
        w2 = self.pick(f"site2:{cat}:{lang}", SITE_W2[cat] + SITE_W2_LANG.get(lang, {}).get(cat, []))
        s["agency"] = f"{w1.capitalize()} {w2.capitalize()}"
        bank = BANK.get((cat, lang)) or BANK[(cat, "en")]
        blang = lang if (cat, lang) in BANK else "en"
        fmt = lambda t: t.format_map(s["ctx"])
        title = [fmt(self.pick(f"title:{cat}:{blang}", bank["title"]))]
        lines_pool = side(f"line:{cat}:{blang}", bank["line"], self.split)
        k = min(len(lines_pool), rng.randint(2, 4))
        content = [[fmt(t)] for t in rng.sample(lines_pool, k)]
        if cat == "jobs" and s["jobsub"] in ("hostess", "modelling") and lang in SUB_LINES:
            content.append([self.pick(f"subline:{lang}", SUB_LINES[lang])])
        if lang == "en" and s["region"] in LOCAL_LINES and group(s) == "work" and rng.random() < 0.6:
            content.insert(rng.randint(0, len(content)), [rng.choice(LOCAL_LINES[s["region"]])])
        neg_lines = []
        nctx = Ctx(self, s)
        nctx.update({k: v for k, v in s["ctx"].items() if k not in ("money", "lmoney")})
        for kind in s["negs"]:
            t = rng.choice(self.neg_templates(kind, s))
            neg_lines.append(parse_marked(t[4].format_map(nctx), kind))
        contacts = []
        for task in s["tasks"]:
            kind, form = task
            if kind == "url":
                contacts.append(self.url_parts(s, form))
            elif kind == "email":
                contacts.append(self.email_parts(s, form))
            elif kind == "handle":
                contacts.append(self.handle_parts(s, *form))
            else:
                contacts.append(self.phone_parts(s, form))
        # a phone or handle in the title now and then
        movable = [i for i, (k, f) in enumerate(s["tasks"]) if k in ("phone", "handle")]
        if movable and rng.random() < 0.15:
            i = rng.choice(movable)
            title += [rng.choice([" 📞 ", " | ", " – "])] + contacts.pop(i)
        # two short contacts on one line now and then
        if len(contacts) >= 2 and rng.random() < 0.3:
            a = contacts.pop()
            b = contacts.pop()
            contacts.append(a + [rng.choice([" / ", " | ", "  "])] + b)
        body_lines = content + neg_lines
        rng.shuffle(body_lines)
        pos = rng.randint(max(0, len(body_lines) - 2), len(body_lines))
        body_lines = body_lines[:pos] + contacts + body_lines[pos:]
        if rng.random() < 0.7:
            body_lines.append([fmt(self.pick(f"close:{cat}:{blang}", bank["close"]))])
        sep = rng.choice(["\n", "\n", "\n", " | ", " • ", "<br>", "<br />", " ✅ ", "\n\n", "  "])
        body = []
        for i, ln in enumerate(body_lines):
            if i:
                body.append(sep)
            body += ln
        return self.render(s, idx, title, body)

    def render(self, s, idx, title_parts, body_parts):
        spans, negs, cues = [], [], []
        fields = {}
        for fname, parts in (("title", title_parts), ("body", body_parts)):
            text = ""
            for p in parts:
                if isinstance(p, str):
                    text += p
                elif isinstance(p, Cue):
                    cues.append((fname, len(text), len(text) + len(p.text)))
                    text += p.text
                elif isinstance(p, Neg):
                    negs.append({"kind": p.kind, "raw": p.raw, "field": fname, "start": len(text)})
                    text += p.raw
                elif isinstance(p, Sel):
                    for kind, platform, value in p.labels:
                        platform_out = platform if kind == "handle" else (p.app if kind == "phone" else None)
                        spans.append({"kind": kind, "platform": platform_out, "value": value, "raw": p.raw,
                                      "form": p.form, "field": fname, "start": len(text)})
                    text += p.raw
                else:
                    raise TypeError(p)
            fields[fname] = text
        labels = {"post_type": POST_TYPE[s["category"]], "indicators": [], "handles": [], "urls": [], "emails": [],
                  "phones": []}
        seen = set()
        for sp in spans:
            key = (sp["kind"], sp["platform"] if sp["kind"] == "handle" else None, sp["value"])
            if key in seen:
                continue
            seen.add(key)
            if sp["kind"] == "handle":
                labels["handles"].append({"platform": sp["platform"], "value": sp["value"]})
            else:
                labels[sp["kind"] + "s"].append(sp["value"])
        rng = self.rng
        month = rng.choice([(2024, m) for m in range(9, 13)] + [(2025, m) for m in range(1, 9)])
        posted = f"{month[0]}-{month[1]:02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        rec = {"id": f"{self.prefix}-{idx:03d}", "title": fields["title"], "body": fields["body"], "region": s["region"]}
        if rng.random() < 0.88:
            rec["location"] = s["ctx"]["city"] if "city" in s["ctx"] else self.city(s["region"], s["lang"])
        rec.update({"posted_at": posted, "lang": s["lang"], "category": s["category"], "route": s["route"],
                    "labels": labels, "spans": spans, "hard_negatives": negs})
        self_check(rec, cues)
        return rec

    def run(self):
        sk = self.skeletons()
        self.assign(sk)
        return [self.build(s, i + 1) for i, s in enumerate(sk)]


# --------------------------------------------------------------------------------------------
# Self-checks
# --------------------------------------------------------------------------------------------

PLATFORM_WORDS = re.compile(
    r"(?i)\b(whats\s?app|whats|watsap|telegram|télégramme|telegrama|viber|imo|signal|line\s?id|zalo|kakao\w*|"
    r"wechat|facebook|fb|instagram|insta|ig|tiktok|snapchat|snap|twitter|messenger|zap|sc|tg|wa)\b"
    r"|واتس|وتساب|تيليجرام|تلجرام|تلغرام|فايبر|ايمو|فيسبوك|انستغرام|انستا|تيك توك|سناب|微信|ไลน์|카톡|\bLINE\b")
TRIGGERS = [
    re.compile(r"(?<=\w)\.(?=\w)"), re.compile(r"@"), re.compile(r"(?i)www|https?:"),
    re.compile(r"(?i)\b(dot|point|punto|ponto|arobase|arroba|chiocciola)\b"), re.compile(r"آت|دوت|نقطة"),
    re.compile(r"(?i)[\(\[\{]\s*(at|dot|\.)\s*[\)\]\}]"), re.compile(r"(?<=\w) \. (?=\w)"),
]
DIGIT_RUN = re.compile(r"\+?\d[\d \-\.\(\)]*\d")


def covered(intervals, a, b):
    return any(s < b and a < e for s, e in intervals)


def self_check(rec, cues=None):
    """Raise AssertionError when a post breaks a convention (see README, 'Self-checks')."""
    rid = rec["id"]
    region = rec["region"]
    iv = {"title": [], "body": []}
    for sp in rec["spans"]:
        text = rec[sp["field"]]
        a = sp["start"]
        assert text[a:a + len(sp["raw"])] == sp["raw"], (rid, sp)
        iv[sp["field"]].append((a, a + len(sp["raw"])))
        k, v, raw = sp["kind"], sp["value"], sp["raw"]
        if k == "url":
            assert read_url(raw) == v, (rid, raw, read_url(raw), v)
        elif k == "email":
            assert read_email(raw) == v, (rid, raw, read_email(raw), v)
        elif k == "phone":
            if sp["form"] in ("wa_me", "api_whatsapp"):
                assert "+" + re.sub(r"\D", "", raw.split("/")[-1]) == v, (rid, raw, v)
            else:
                assert read_phone(raw, region) == v, (rid, raw, read_phone(raw, region), v)
        elif k == "handle":
            if sp["form"].startswith("profile") or sp["form"] in ("link_in_bio",):
                assert read_url(raw).split("/")[-1].lstrip("@").split("=")[-1] == v, (rid, raw, v)
            else:
                assert read_handle(raw) == v, (rid, raw, v)
    nv = {"title": [], "body": []}
    for n in rec["hard_negatives"]:
        text = rec[n["field"]]
        a = n["start"]
        assert text[a:a + len(n["raw"])] == n["raw"], (rid, n)
        assert not covered(iv[n["field"]], a, a + len(n["raw"])), (rid, n)
        nv[n["field"]].append((a, a + len(n["raw"])))
    # labels are exactly the spans' values, in order of first occurrence
    L = rec["labels"]
    exp = {"handles": [], "urls": [], "emails": [], "phones": []}
    for sp in rec["spans"]:
        if sp["kind"] == "handle":
            h = {"platform": sp["platform"], "value": sp["value"]}
            if h not in exp["handles"]:
                exp["handles"].append(h)
        elif sp["value"] not in exp[sp["kind"] + "s"]:
            exp[sp["kind"] + "s"].append(sp["value"])
    for k in exp:
        assert L[k] == exp[k], (rid, k)
    # every trigger lies in a span, a decoy or (for platform words) a cue
    cv = {"title": [], "body": []}
    for f, a, b in cues or []:
        cv[f].append((a, b))
    for f in ("title", "body"):
        text = rec[f]
        for pat in TRIGGERS:
            for m in pat.finditer(text):
                assert covered(iv[f] + nv[f], m.start(), m.end()), (rid, f, "uncovered trigger", m.group(), text[max(0, m.start() - 20):m.end() + 20])
        for m in DIGIT_RUN.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 7:
                assert covered(iv[f] + nv[f], m.start(), m.end()), (rid, f, "uncovered number", m.group())
        if cues is not None:
            for m in PLATFORM_WORDS.finditer(text):
                assert covered(iv[f] + nv[f] + cv[f], m.start(), m.end()), (rid, f, "platform word", m.group(), text[max(0, m.start() - 20):m.end() + 20])


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def generate():
    reg = Registry()
    out = {}
    for split, seed, n, prefix in SPLITS:
        out[split] = Generator(split, seed, n, prefix, reg).run()
    # across splits: no selector value and no body in both
    vals = {}
    for split, recs in out.items():
        vals[split] = {(sp["kind"], sp["value"]) for r in recs for sp in r["spans"]}
    shared = vals["dev"] & vals["heldout"]
    assert not shared, sorted(shared)[:5]
    bodies = [r["body"] for recs in out.values() for r in recs]
    assert len(bodies) == len(set(bodies)), "duplicate body"
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(out):
    res = {}
    for split, recs in out.items():
        c = Counter()
        for r in recs:
            c["posts"] += 1
            if not r["spans"]:
                c["controls"] += 1
            c["cat:" + r["category"]] += 1
            c["lang:" + r["lang"]] += 1
            c["route:" + r["route"]] += 1
            for k in ("handles", "urls", "emails", "phones"):
                c["labels:" + k] += len(r["labels"][k])
                c["posts_with:" + k] += bool(r["labels"][k])
            for h in r["labels"]["handles"]:
                c["platform:" + h["platform"]] += 1
            for sp in r["spans"]:
                c[f"form:{sp['kind']}:{sp['form']}"] += 1
                if sp["kind"] == "phone":
                    c[f"app:{sp['platform']}"] += 1
                if sp["field"] == "title":
                    c["spans_in_title"] += 1
            for n in r["hard_negatives"]:
                c["neg:" + n["kind"]] += 1
                c["negatives"] += 1
            c["posts_with_negative"] += bool(r["hard_negatives"])
        res[split] = c
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    out = generate()
    if args.stats:
        st = stats(out)
        keys = sorted(set(st["dev"]) | set(st["heldout"]))
        for k in keys:
            print(f"{k:40} {st['dev'].get(k, 0):5} {st['heldout'].get(k, 0):5}")
        return 0
    if args.check:
        bad = 0
        for split in out:
            path = os.path.join(HERE, f"{split}.jsonl")
            with open(path, encoding="utf-8") as f:
                if f.read() != dumps(out[split]):
                    print(f"{path} differs from the generator's output")
                    bad = 1
        return bad
    os.makedirs(args.out, exist_ok=True)
    for split in out:
        with open(os.path.join(args.out, f"{split}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(out[split]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
