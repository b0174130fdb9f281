#!/usr/bin/env python3
"""Write eval/selectors-seventh/{dev,heldout}.jsonl: a blind contact-selector evaluation set.

    python3 eval/selectors-seventh/write.py          # (re)write dev.jsonl and heldout.jsonl
    python3 eval/selectors-seventh/write.py --check  # exit 1 if the committed files differ

Python 3.11, standard library only, deterministic (seeded random.Random). All ad text is
invented here from the banks below; phone numbers come from eval/phones2/number_pool.json.
Every phrase bank is partitioned between the splits (index % 3 == 0 -> dev, else heldout);
persona names, handles, site domains, e-mail addresses and phone numbers are disjoint.
See README.md for the label conventions.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL_PATH = HERE.parent / "phones2" / "number_pool.json"

SPLITS = {  # name: (count, seed, id letter)
    "dev": (150, 70717, "d"),
    "heldout": (350, 93131, "h"),
}
POOL_SEED = 4477


def part(bank, split):
    """The split's share of a phrase bank: index % 3 == 0 goes to dev, the rest to heldout."""
    out = [x for i, x in enumerate(bank) if (i % 3 == 0) == (split == "dev")]
    if not out:
        raise ValueError(f"bank too small to split: {bank!r}")
    return out


# --------------------------------------------------------------------------------------------
# Places, currencies, suffixes
# --------------------------------------------------------------------------------------------

CITIES = {
    "US": ["Sacramento", "Houston", "Phoenix", "Las Vegas", "Atlanta", "Denver", "Orlando", "San Diego", "Charlotte", "Tampa"],
    "CA": ["Toronto", "Vancouver", "Calgary", "Ottawa", "Winnipeg", "Halifax"],
    "GB": ["Manchester", "Leeds", "Birmingham", "Bristol", "Glasgow", "Liverpool"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Gold Coast"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
    "ZA": ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
    "IN": ["Mumbai", "Bengaluru", "Pune", "Hyderabad"],
    "PH": ["Manila", "Cebu City", "Davao City", "Quezon City", "Makati"],
    "SG": ["Singapore"],
    "HK": ["Hong Kong", "Kowloon"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman"],
    "SA": ["Riyadh", "Jeddah", "Dammam"],
    "MA": ["Casablanca", "Marrakech", "Rabat", "Tanger"],
    "LY": ["Tripoli", "Benghazi", "Misrata"],
    "SD": ["Khartoum", "Omdurman", "Port Sudan"],
    "SN": ["Dakar", "Thiès", "Saint-Louis"],
    "ML": ["Bamako", "Sikasso"],
    "NE": ["Niamey", "Zinder", "Maradi"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Tijuana", "Cancún", "Querétaro"],
    "CO": ["Medellín", "Bogotá", "Cali", "Barranquilla", "Cartagena"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Alicante"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Florianópolis", "Salvador"],
    "PT": ["Lisboa", "Porto", "Faro", "Braga"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Lille"],
    "IT": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Düsseldorf"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"],
    "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Antalya", "Bursa"],
    "TH": ["Bangkok", "Pattaya", "Phuket", "Chiang Mai"],
    "JP": ["Tokyo", "Osaka", "Nagoya", "Fukuoka"],
    "KR": ["Seoul", "Busan", "Incheon"],
    "MY": ["Kuala Lumpur", "Johor Bahru", "Penang"],
}

CURRENCY = {
    "US": ("$", ""), "CA": ("$", ""), "AU": ("$", ""), "NZ": ("$", ""), "SG": ("S$", ""), "HK": ("HK$", ""),
    "GB": ("£", ""), "NG": ("₦", ""), "KE": ("KSh ", ""), "ZA": ("R", ""), "IN": ("₹", ""), "PH": ("₱", ""),
    "AE": ("AED ", ""), "SA": ("SAR ", ""), "MA": ("", " DH"), "LY": ("", " LYD"), "SD": ("", " SDG"),
    "SN": ("", " FCFA"), "ML": ("", " FCFA"), "NE": ("", " FCFA"), "MX": ("$", " MXN"), "CO": ("$", " COP"),
    "AR": ("$", ""), "BR": ("R$ ", ""), "ES": ("", "€"), "PT": ("", "€"), "FR": ("", "€"), "IT": ("", "€"),
    "DE": ("", " €"), "NL": ("€", ""), "PL": ("", " zł"), "TR": ("", " TL"), "TH": ("", " บาท"),
    "JP": ("¥", ""), "KR": ("", "원"), "MY": ("RM", ""),
}
PRICE_SCALE = {"NG": 200, "KE": 60, "IN": 30, "PH": 20, "AE": 3, "SA": 3, "MA": 5, "LY": 2, "SD": 300,
               "SN": 300, "ML": 300, "NE": 300, "MX": 15, "CO": 2000, "AR": 300, "BR": 3, "PL": 3, "TR": 20,
               "TH": 20, "JP": 100, "KR": 1000, "MY": 3, "HK": 5, "ZA": 10}

SUFFIX = {
    "US": [".com", ".net", ".us"], "CA": [".ca", ".com"], "GB": [".co.uk", ".uk", ".com"], "AU": [".com.au", ".net.au"],
    "NZ": [".co.nz", ".nz"], "NG": [".com.ng", ".ng"], "KE": [".co.ke"], "ZA": [".co.za"], "IN": [".co.in", ".in"],
    "PH": [".com.ph", ".ph"], "SG": [".com.sg", ".sg"], "HK": [".com.hk", ".hk"], "AE": [".ae", ".com"],
    "SA": [".com.sa", ".sa"], "MA": [".ma", ".co.ma"], "LY": [".ly", ".com"], "SD": [".com", ".sd"],
    "SN": [".sn", ".com"], "ML": [".ml", ".com"], "NE": [".ne", ".com"], "MX": [".com.mx", ".mx"],
    "CO": [".com.co", ".co"], "AR": [".com.ar"], "ES": [".es", ".com"], "BR": [".com.br"], "PT": [".pt", ".com.pt"],
    "FR": [".fr", ".com"], "IT": [".it"], "DE": [".de"], "NL": [".nl"], "PL": [".pl", ".com.pl"],
    "TR": [".com.tr"], "TH": [".co.th", ".in.th"], "JP": [".jp", ".co.jp"], "KR": [".co.kr", ".kr"],
    "MY": [".com.my", ".my"], "RO": [".ro"], "ID": [".co.id", ".id"], "VN": [".vn", ".com.vn"], "RU": [".ru"],
}
GENERIC_SUFFIX = [".com", ".net", ".org", ".info", ".biz", ".club", ".online", ".site", ".io", ".eu", ".live"]

WEBMAIL = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "protonmail.com", "yahoo.co.uk", "aol.com"],
    "es": ["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "yahoo.com.mx"],
    "pt": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "sapo.pt"],
    "fr": ["gmail.com", "orange.fr", "yahoo.fr", "free.fr", "laposte.net", "hotmail.fr"],
    "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it", "hotmail.it"],
    "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "gmx.net"],
    "nl": ["gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl", "outlook.com"],
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "yahoo.it"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "tl": ["gmail.com", "yahoo.com", "yahoo.com.ph"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "th": ["gmail.com", "hotmail.co.th", "outlook.co.th"],
}

# language -> (country weights, diaspora: phones always in international format)
LANGS = {
    "en": (45, {"US": 20, "CA": 7, "GB": 14, "AU": 10, "NZ": 5, "NG": 6, "KE": 5, "ZA": 6, "IN": 5, "PH": 6, "SG": 4, "HK": 3, "AE": 5, "MY": 4}, False),
    "es": (6, {"ES": 3, "MX": 4, "CO": 3, "AR": 2}, False),
    "pt": (5, {"BR": 4, "PT": 2}, False),
    "fr": (5, {"FR": 5, "SN": 1, "MA": 2, "ML": 1, "NE": 1}, False),
    "it": (4, {"IT": 1}, False),
    "de": (4, {"DE": 1}, False),
    "nl": (3, {"NL": 1}, False),
    "pl": (3, {"PL": 1}, False),
    "ro": (3, {"IT": 3, "ES": 2, "GB": 2, "DE": 2}, True),
    "tr": (3, {"TR": 1}, False),
    "id": (3, {"MY": 2, "SG": 1}, True),
    "vi": (3, {"JP": 2, "KR": 2, "US": 1}, True),
    "tl": (4, {"PH": 4, "SA": 1, "AE": 1}, False),
    "ru": (3, {"TR": 2, "AE": 2, "DE": 1}, True),
    "ar": (3, {"AE": 3, "SA": 2, "MA": 1, "LY": 1, "SD": 1}, False),
    "th": (3, {"TH": 1}, False),
}
HOME_SUFFIX = {"ro": "RO", "id": "ID", "vi": "VN", "ru": "RU"}

KIND_WEIGHTS = {"sex_ad": 48, "massage": 18, "job_offer": 20, "other": 14}

# --------------------------------------------------------------------------------------------
# Names and words for selectors (partitioned between splits)
# --------------------------------------------------------------------------------------------

PERSONAS = ["Luna", "Kandi", "Mia", "Jade", "Roxy", "Bella", "Nina", "Sasha", "Valeria", "Camila", "Ariana", "Gigi",
            "Paloma", "Yasmin", "Chloe", "Destiny", "Amber", "Skye", "Lexi", "Dulce", "Fernanda", "Isadora", "Manon",
            "Lea", "Giulia", "Chiara", "Svenja", "Lotte", "Zuzanna", "Ioana", "Bianca", "Elif", "Melis", "Putri",
            "Ayu", "Linh", "Thao", "Ligaya", "Maricel", "Anya", "Milana", "Layla", "Noor", "Ploy", "Fah", "Kiara",
            "Tiana", "Raven", "Ebony", "Honey", "Cinnamon", "Sapphire", "Diamond", "Crystal", "Selena", "Bruna",
            "Larissa", "Vitoria", "Ines", "Margaux", "Alessia", "Marta", "Daria", "Oana", "Ece", "Dewi", "Hoa",
            "Joy", "Kristel", "Vika", "Sara", "Mai", "Nong", "Esme", "Brielle", "Jazmin", "Kiki", "Tasha", "Nova",
            "Zara", "Aaliyah", "Bambi", "Coco", "Dalia", "Eva", "Flor", "Gaby", "Hana", "Ivy", "Jolie", "Karla",
            "Lola", "Mimi", "Nadia", "Olivia", "Pia", "Reina", "Suki", "Tamara", "Uma", "Vera", "Wendy", "Xiomara",
            "Yara", "Zoey", "Alina", "Bea", "Cleo", "Dora", "Emi", "Frida", "Gia", "Hazel", "Iris", "Juno"]
HANDLE_WORDS = ["bby", "xo", "doll", "vip", "kisses", "sweet", "rose", "baee", "angel", "luv", "honey", "bae",
                "cutie", "queen", "official", "real", "private", "mami", "chula", "boo", "peach", "cherry", "bunny",
                "kitty", "glam", "secret", "dreams", "babe", "vibes", "luxe", "diva", "sugar", "dolly", "pink",
                "spice", "silk", "velvet", "star", "moon", "candy", "fox", "latte", "miel", "fleur", "bonita"]
SEX_SITE_WORDS = ["companion", "escort", "vip", "luxe", "elite", "private", "dates", "girlfriend", "muse",
                  "exclusive", "diary", "boudoir", "secrets", "playtime", "charm", "glamour"]
SPA_A = ["golden", "silk", "lotus", "jade", "zen", "harmony", "velvet", "orchid", "bamboo", "serene", "blue",
         "pearl", "sakura", "oasis", "amber", "coral", "lavender", "moonlight", "sunrise", "ivory", "tranquil",
         "royal", "siam", "bali", "cherry", "willow", "crystal", "jasmine", "palm", "dragon"]
SPA_B = ["spa", "massage", "wellness", "bodywork", "retreat", "touch", "therapy", "studio", "lounge", "relax"]
CO_A = ["northbridge", "harborline", "summitpeak", "evergreen", "bluewave", "crestline", "ironwood", "meridian",
        "pioneer", "silverline", "keystone", "brightpath", "oakfield", "redstone", "clearwater", "westgate",
        "lakeside", "highland", "falconridge", "atlasway", "sunfield", "greenvale", "riverton", "stonebridge",
        "maplecrest", "horizonte", "novalink", "primestar", "goldcoast", "blueharbor"]
CO_B = ["logistics", "staffing", "foods", "hospitality", "recruitment", "care", "cleaning", "farms", "builders",
        "solutions", "group", "hotels", "agency", "manpower", "services", "workforce", "talent", "packing"]
OTHER_A = ["quickfix", "handyhelp", "cityrent", "autodeal", "petfinder", "tutorzone", "moveit", "fixmyphone",
           "homesweet", "greenlawn", "bikeshop", "sofaking", "cleanpro", "roomhub", "usedcars", "gadgetdoc",
           "paintpros", "lockmaster", "petsitters", "bakehouse"]

HR_LOCALS = ["hr", "careers", "jobs", "recruitment", "hiring", "apply", "talent", "people", "vacatures",
             "empleo", "vagas", "lavoro", "bewerbung", "rekrutacja", "ik", "karir", "tuyendung", "rh", "cv",
             "staff", "work", "info", "contact", "bookings", "reservas", "contato", "kontakt", "ofertas"]

# --------------------------------------------------------------------------------------------
# Platform vocabulary (class definitions: shared by both splits)
# --------------------------------------------------------------------------------------------

PLATFORM_WORDS = {
    "instagram": ["IG", "Ig", "ig", "Insta", "insta", "INSTA", "Instagram", "instagram"],
    "snapchat": ["Snap", "snap", "SC", "sc", "Snapchat", "snapchat", "SNAP"],
    "telegram": ["Telegram", "telegram", "TG", "tg", "TELEGRAM"],
    "onlyfans": ["OF", "OnlyFans", "onlyfans", "Onlyfans"],
    "twitter": ["Twitter", "twitter", "X", "Twitter/X"],
    "tiktok": ["TikTok", "tiktok", "Tiktok"],
    "facebook": ["FB", "Facebook", "fb"],
}
PROFILE_URL = {
    "instagram": ["instagram.com/{h}", "www.instagram.com/{h}/", "https://instagram.com/{h}", "https://www.instagram.com/{h}"],
    "telegram": ["t.me/{h}", "https://t.me/{h}"],
    "onlyfans": ["onlyfans.com/{h}", "https://onlyfans.com/{h}", "www.onlyfans.com/{h}"],
    "twitter": ["twitter.com/{h}", "x.com/{h}", "https://x.com/{h}"],
    "tiktok": ["tiktok.com/@{h}", "www.tiktok.com/@{h}"],
    "facebook": ["facebook.com/{h}", "www.facebook.com/{h}", "https://www.facebook.com/{h}"],
    "snapchat": ["snapchat.com/add/{h}", "https://snapchat.com/add/{h}"],
}

DOT_WORD = {"en": "dot", "es": "punto", "pt": "ponto", "fr": "point", "it": "punto", "de": "Punkt", "nl": "punt",
            "pl": "kropka", "ro": "punct", "tr": "nokta", "id": "titik", "vi": "chấm", "tl": "tuldok",
            "ru": "точка", "ar": "dot", "th": "dot"}
AT_WORD = {"en": ["at"], "es": ["arroba"], "pt": ["arroba"], "fr": ["arobase"], "it": ["chiocciola"],
           "de": ["Klammeraffe", "at"], "nl": ["apenstaartje"], "pl": ["małpa"], "ro": ["at"], "tr": ["et"],
           "id": ["at"], "vi": ["a còng"], "tl": ["at"], "ru": ["собака"], "ar": ["at"], "th": ["at"]}
ON_WORD = {"en": "on", "es": "en", "pt": "no", "fr": "sur", "it": "su", "de": "auf", "nl": "op", "pl": "na",
           "ro": "pe", "tr": "", "id": "di", "vi": "trên", "tl": "sa", "ru": "в", "ar": "على", "th": ""}

SPRINKLE = ["💋", "🔥", "✨", "💦", "🌹", "😘", "💯", "🍑", "🥰", "😈", "💕", "❤️", "🌸", "⭐", "👅", "🍒", "💎", "😍"]
SOFT_SPRINKLE = ["✨", "🌸", "⭐", "✅", "👉", "📍", "🌿", "💆‍♀️", "☎️", "📌"]

# --------------------------------------------------------------------------------------------
# Language banks (free text: partitioned between splits)
# --------------------------------------------------------------------------------------------

EN = {
    "sex_title": [
        "NEW IN TOWN 💋 {name} {age}", "Sweet & Petite {name} — {city} incall", "🔥 Latina Bombshell avail NOW 🔥",
        "Your Favorite Girl Next Door ❤️", "💦 THICK & JUICY {name} 💦", "Exotic Treat in {city} tonight",
        "👅 Upscale Companion {name} 👅", "Ebony Goddess visiting {city}", "LAST NIGHT IN {city} 😘",
        "Blonde Bombshell — Outcall Only", "🍑 Curvy Cutie Ready To Play 🍑", "Sexy Asian Doll ✨ {city}",
        "Tall Slim & Classy {name}", "Real Girl Real Fun 💯", "Busty Brunette Specials til late",
        "Discreet Mature Lady {name}", "Young Fresh & Fun 🌹 {city}", "Party Girl {name} 🎉 available",
    ],
    "sex_line": [
        "Hey loves, I'm {name}, {age} yrs young, visiting {city} for a few days only",
        "Sweet personality, amazing curves & a smile you won't forget",
        "Upscale, discreet and always on time. Gentlemen only please",
        "I love to make you feel relaxed and taken care of",
        "Incall near the airport, outcall to hotels in {city}",
        "No rush, no drama, just good vibes 😘",
        "Girlfriend experience, nice conversation and more",
        "Clean, safe, respectful. Treat me right and I'll treat you better",
        "Just arrived in {city} for the week!! Don't miss out",
        "Petite and playful, I love meeting new friends",
        "Private upscale apartment, very discreet location in {city}",
        "Fetish friendly, ask about my special menu 😈",
        "Come relax with me after a long day at work",
        "My pics are recent and 100% me, what you see is what you get",
        "Available early morning till late night",
        "Hablo español & english 💕",
        "Couples welcome, first timers welcome too",
        "Serious gentlemen only, no lowballers no games",
        "Sexy lingerie, long legs and soft skin",
        "Come see why everyone in {city} is talking about me",
    ],
    "mas_title": [
        "Grand Opening 🌸 {spa} Asian Massage", "Best Body Rub in {city} — New Staff", "{spa}: Relax & Unwind",
        "Deep Tissue • Swedish • Hot Stone", "NEW Massage Girls Every Week {city}", "Thai Massage Special This Week",
        "Table Shower & Full Body Relax", "Sweet Asian Masseuse 💆‍♀️ {city}", "Professional Massage Therapy — Walk ins welcome",
        "Korean Style Spa {city} Open Late",
    ],
    "mas_line": [
        "Young beautiful staff, clean private rooms, hot towels",
        "Walk-ins welcome, appointments preferred",
        "Located at {street}, free parking in the back",
        "Friendly therapists from Thailand, Korea and Vietnam",
        "Open 7 days, last client 30 minutes before closing",
        "Ask about our 4 hands massage and couples room",
        "Gift cards available. Cash & cards accepted",
        "New management, new girls, same great service",
        "We use natural oils & relaxing music for the full experience",
        "Quiet, clean and very relaxing, you will come back",
        "Hiring massage therapists too, housing provided",
        "Reflexology, cupping and hot stone available",
    ],
    "job_title": [
        "Warehouse Packers Needed — {city} — Start Monday", "HIRING: Hotel Housekeeping Staff", "Waitresses Wanted, Great Tips",
        "Caregivers / Nannies needed abroad — visa assistance", "Farm Workers (seasonal), accommodation provided",
        "Models & Hostesses for events, no experience", "Delivery Drivers — weekly pay", "Factory Operators, immediate start",
        "Cleaners needed for offices in {city}", "Restaurant Kitchen Helpers", "Dancers wanted for upscale club",
        "Work in Dubai! Salon & Spa staff needed", "Customer Service Agents (remote)", "Construction Labourers — cash weekly",
        "Cruise Ship Jobs — all positions",
    ],
    "job_line": [
        "{company} is looking for reliable people to join our team in {city}",
        "No experience needed, full training provided",
        "Pay: {wage} per hour plus overtime, paid weekly",
        "Accommodation and meals provided for the right candidates",
        "Must be 18+ and able to work weekends",
        "Visa and flight tickets arranged by the agency, small processing fee",
        "Young women preferred, good appearance a plus",
        "Free transport from the city centre to the site",
        "Shifts from 6 a.m. to 2 p.m. or 2 p.m. to 10 p.m.",
        "We are an equal opportunity employer",
        "Interviews this week, limited positions",
        "Passport required, we keep it safe for you during the contract",
        "Earn up to {wage_big} per month, tips not included",
        "Send your CV with a recent photo",
        "Contract 12 months, renewable",
    ],
    "oth_title": [
        "2014 Honda Civic for sale — low km", "Room for rent near downtown {city}", "Phone & laptop repair — fast & cheap",
        "Moving sale!! Everything must go", "Lost dog — reward", "Math & English tutoring, all ages",
        "Man with van — moving help {city}", "Used iPhone 12, unlocked", "Wedding photographer available",
        "Garage sale Saturday", "House cleaning services", "Looking for a roommate (female)",
    ],
    "oth_line": [
        "Well maintained, one owner, service history available",
        "Everything in good condition, pick up only",
        "Reasonable offers only, no trades please",
        "Call or text for more info, serious buyers only",
        "Located in {city}, can deliver for a small fee",
        "Bills included, quiet neighbourhood, close to bus stop",
        "Answers to the name Buddy, last seen near the park",
        "Experienced and patient, references available",
        "Screen replacement same day, 90 days warranty",
        "Available evenings and weekends",
        "Price negotiable for quick sale",
    ],
    "closer": ["Don't be shy 😘", "See you soon xoxo", "Serious inquiries only", "Thanks for looking!",
               "Book ahead, spots fill fast", "Kisses 💋", "Have a nice day", "Limited time only!!",
               "Text first please, no calls before noon", "Respectful people only"],
    "follow": ["add me on", "follow me on", "hit me up on", "find me on", "message me on", "DM me on"],
    "lead": ["Call or text", "Text me", "Call now", "Contact", "Bookings", "Reach me", "Hit me up", "Serious only:"],
    "mail_lead": ["Email", "Send your CV to", "Email me", "Write to", "E-mail", "Contact by email"],
    "url_lead": ["Visit", "More pics at", "Book online", "Website:", "Apply at", "Check out", "See more"],
    "nohandle": ["snap fun 😜", "add me on insta for more 😉", "my IG is in my bio", "Telegram only, no calls",
                 "facebook page coming soon", "snapchat today only 👻", "no kik no games", "follow my insta 💕",
                 "ask for my snap", "DM on IG first", "I'm on OnlyFans too 😈", "Snap & chill?",
                 "insta baddie IRL", "no snapchat, real meets only", "sc premium available",
                 "message me on WhatsApp", "tiktok famous lol", "find me on twitter too"],
    "decor": ["100% real pics 📷", "STOP 👻 wasting time", "📸 recent pics, no filter", "NO 👻 NO time wasters",
              "Pics are real 📷💯", "👻 ghosters will be blocked", "📷 selfie verified", "new pics 📸 this week",
              "📸 what you see is what you get"],
    "yesno": ["WhatsApp: yes ✅", "Telegram: no", "Snap: ✅", "Kik: no ❌", "Signal: yes"],
    "at_sentence": ["I'm at home dot com? nah lol, real meets only", "text me when you're at the door",
                    "I'm at the hotel. Come see me before 10", "at work til 6 dot dot dot then all yours 😘",
                    "meet me at the mall. Com'on don't be shy", "I'm at home tonight, dot your i's and text properly",
                    "staying at the Marriott all week", "I'm at the Hilton downtown. Com'on over 😉",
                    "text at any time, dot dot dot I'll reply", "I'm at home dot com if u know u know 😂",
                    "meet at 9 on the dot, I hate waiting", "at your hotel in 30 min, on the dot",
                    "I'm at home. Dot your i's when u text lol"],
    "nospace": ["new in town.Available now", "sweet and fun.Text me", "real pics.Call me", "upscale.Discreet",
                "classy lady.Book early", "no games.Serious only"],
    "street": ["2231 W Main St. Suite 4", "118 Broadway Ave.", "45 King St. W", "7 Market Rd., Unit 2",
               "980 Oak Blvd.", "31 High St."],
}

# The other languages: same keys, smaller banks.
L = {}
L["es"] = {
    "sex_title": ["NUEVA EN {city} 💋 {name} {age} añitos", "Colombiana ardiente 🔥 disponible YA", "Morena cariñosa, trato de novia",
                  "🍑 Culona y complaciente 🍑", "Jovencita recién llegada a {city}", "Madurita discreta, solo caballeros"],
    "sex_line": ["Hola amores, soy {name}, {age} años, muy cariñosa y complaciente", "Atiendo en depa privado y hoteles de {city}",
                 "Sin prisas, trato de novia, besos y mucho más", "Fotos reales 100%, lo que ves es lo que hay",
                 "Disponible 24 horas, también fines de semana", "Solo caballeros educados, nada de groserías",
                 "Piel suave, cuerpo natural, sonrisa bonita"],
    "mas_title": ["Masajes relajantes {spa}", "Masajes con final feliz en {city}", "Spa {spa} — chicas nuevas",
                  "Masaje tailandés y piedras calientes"],
    "mas_line": ["Ambiente limpio y discreto, con ducha", "Masajistas jóvenes y guapas", "Abierto de lunes a domingo",
                 "Pregunta por nuestro masaje a cuatro manos", "Zona centro de {city}, estacionamiento gratis"],
    "job_title": ["Se buscan meseras, buen sueldo", "EMPLEO en {city}: ayudantes de cocina", "Trabajo en España para chicas, pasaje pagado",
                  "Se solicitan edecanes y modelos", "Vacante: personal de limpieza"],
    "job_line": ["{company} busca personal responsable en {city}", "No se requiere experiencia, te capacitamos",
                 "Sueldo {wage} por hora más propinas", "Alojamiento y comida incluidos", "Mayores de 18, buena presencia",
                 "Nosotros tramitamos la visa y el boleto de avión"],
    "oth_title": ["Vendo coche en buen estado", "Se renta cuarto amueblado en {city}", "Reparación de celulares",
                  "Clases particulares de inglés"],
    "oth_line": ["Precio negociable, solo interesados", "Excelentes condiciones, papeles en regla",
                 "Servicio a domicilio en todo {city}", "Cerca del metro, todo incluido"],
    "closer": ["Besitos 😘", "Te espero", "No te arrepentirás", "Gracias por leer"],
    "follow": ["agrégame en", "sígueme en", "búscame en", "escríbeme por"],
    "lead": ["Llámame", "WhatsApp", "Citas al", "Escríbeme al"],
    "mail_lead": ["Correo:", "Envía tu CV a", "Escríbenos a"],
    "url_lead": ["Visita", "Más fotos en", "Postúlate en", "Web:"],
    "nohandle": ["agrégame en snap 😜", "mi insta está en mi perfil", "solo Telegram, no llamadas", "sígueme en insta para más fotos 😉",
                 "página de facebook pronto"],
    "decor": ["fotos 100% reales 📷", "NO 👻 pérdidas de tiempo", "📸 fotos recientes sin filtro"],
    "yesno": ["WhatsApp: sí ✅", "Telegram: no"],
    "at_sentence": ["llega a las 10 en punto, sin retrasos", "te espero a las 9 en punto 😘", "nos vemos a las 8 en punto"],
    "nospace": ["recién llegada.Llámame", "fotos reales.Sin engaños"],
}
L["pt"] = {
    "sex_title": ["NOVIDADE em {city} 💋 {name} {age}a", "Loira safada 🔥 atendo agora", "Morena carinhosa com local",
                  "🍑 Bundão natural 🍑", "Ninfeta recém chegada na cidade", "Acompanhante de luxo {name}"],
    "sex_line": ["Oi amores, sou a {name}, {age} anos, carinhosa e sem frescura", "Atendo com local em {city} e motéis",
                 "Fotos 100% reais, sem photoshop", "Beijo na boca e namoradinha", "Atendimento 24h inclusive feriados",
                 "Só homens educados e higiênicos", "Pele macia, corpo definido"],
    "mas_title": ["Massagem relaxante {spa}", "Massagem tântrica em {city}", "{spa} — novas massagistas", "Massagem com óleos quentes"],
    "mas_line": ["Ambiente climatizado e discreto", "Massagistas lindas e educadas", "Aberto todos os dias",
                 "Perto do metrô, estacionamento no local", "Pergunte pela massagem a quatro mãos"],
    "job_title": ["Vagas para garçonete", "Trabalho em Portugal com alojamento", "Contrata-se auxiliar de limpeza",
                  "Procuramos modelos e recepcionistas", "Vaga para motorista entregador"],
    "job_line": ["{company} contrata para {city}", "Não precisa de experiência", "Salário {wage} por hora + gorjetas",
                 "Alojamento e alimentação por conta da empresa", "Maiores de 18 anos, boa aparência",
                 "Passagem paga pela agência"],
    "oth_title": ["Vendo carro seminovo", "Alugo quarto mobiliado em {city}", "Conserto de celular na hora", "Aulas de violão"],
    "oth_line": ["Aceito propostas, só interessados", "Documentação em dia", "Entrego em toda {city}", "Contas inclusas"],
    "closer": ["Beijinhos 😘", "Te espero amor", "Não perca tempo", "Obrigada!"],
    "follow": ["me add no", "me segue no", "me chama no", "me acha no"],
    "lead": ["Chama no zap", "Ligue", "Marque horário", "WhatsApp"],
    "mail_lead": ["E-mail:", "Mande seu currículo para", "Contato:"],
    "url_lead": ["Acesse", "Mais fotos em", "Candidate-se em", "Site:"],
    "nohandle": ["me add no snap 😜", "meu insta tá na bio", "só Telegram, sem ligação", "me segue no insta 😉", "página do facebook em breve"],
    "decor": ["fotos 100% reais 📷", "NÃO 👻 perca meu tempo", "📸 fotos atuais"],
    "yesno": ["WhatsApp: sim ✅", "Telegram: não"],
    "at_sentence": ["chega às 8 em ponto, por favor", "te espero às 21h em ponto 😘", "atendo até as 22 em ponto"],
    "nospace": ["recém chegada.Liga já", "fotos reais.Sem enganação"],
}
L["fr"] = {
    "sex_title": ["NOUVELLE à {city} 💋 {name} {age} ans", "Jolie métisse 🔥 dispo maintenant", "Charmante brune, vraie GFE",
                  "Belle blonde de passage", "🍑 Pulpeuse et câline 🍑", "Escorte de luxe {name}"],
    "sex_line": ["Coucou, moi c'est {name}, {age} ans, douce et coquine", "Je reçois dans un appart discret à {city}",
                 "Photos 100% réelles", "Pas de SMS masqués, merci", "Disponible jour et nuit", "Messieurs respectueux uniquement",
                 "Hygiène irréprochable exigée"],
    "mas_title": ["Massage relaxant {spa}", "Salon de massage à {city}", "{spa} — nouvelles masseuses", "Massage thaï traditionnel"],
    "mas_line": ["Cadre propre et discret, douche disponible", "Masseuses asiatiques diplômées", "Ouvert 7j/7",
                 "Parking gratuit, à deux pas du centre", "Cartes cadeaux disponibles"],
    "job_title": ["Recrute serveuses, bon salaire", "Travail au Canada, visa offert", "Cherche femmes de ménage",
                  "Hôtesses pour événements", "Emploi chauffeur-livreur"],
    "job_line": ["{company} recrute à {city}", "Débutants acceptés, formation assurée", "Salaire {wage} de l'heure",
                 "Logement et repas fournis", "Majeures uniquement, bonne présentation", "Billet d'avion payé par l'agence"],
    "oth_title": ["Vends voiture bon état", "Chambre à louer à {city}", "Réparation smartphone rapide", "Cours de maths"],
    "oth_line": ["Prix à débattre", "Contrôle technique ok", "Livraison possible sur {city}", "Charges comprises"],
    "closer": ["Bisous 😘", "À très vite", "Pas sérieux s'abstenir", "Merci"],
    "follow": ["ajoute-moi sur", "suis-moi sur", "retrouve-moi sur", "écris-moi sur"],
    "lead": ["Appelle-moi", "Contact", "RDV au", "WhatsApp"],
    "mail_lead": ["Mail :", "Envoyez votre CV à", "Écrivez-nous :"],
    "url_lead": ["Visitez", "Plus de photos sur", "Postulez sur", "Site :"],
    "nohandle": ["ajoute-moi sur snap 😜", "mon insta est dans ma bio", "Telegram uniquement", "suis-moi sur insta 😉", "page facebook bientôt"],
    "decor": ["photos 100% réelles 📷", "STOP 👻 aux rigolos", "📸 photos récentes"],
    "yesno": ["WhatsApp : oui ✅", "Telegram : non"],
    "at_sentence": ["à 20h pile, point final", "rendez-vous à l'heure, point barre", "je suis à l'hôtel ce soir"],
    "nospace": ["nouvelle ici.Appelle", "photos réelles.Pas de fake"],
}
L["it"] = {
    "sex_title": ["NOVITÀ a {city} 💋 {name} {age} anni", "Bellissima mora 🔥 appena arrivata", "Dolce bionda, massima discrezione",
                  "🍑 Formosa e coccolona 🍑", "Escort di lusso {name}"],
    "sex_line": ["Ciao amori, sono {name}, {age} anni, dolce e passionale", "Ricevo in ambiente riservato a {city}",
                 "Foto reali al 100%", "No anonimi, no sms", "Disponibile tutti i giorni", "Solo uomini educati"],
    "mas_title": ["Massaggi rilassanti {spa}", "Centro massaggi a {city}", "{spa} — nuove ragazze", "Massaggio thailandese"],
    "mas_line": ["Ambiente pulito e riservato", "Massaggiatrici orientali", "Aperto tutti i giorni", "Vicino alla stazione"],
    "job_title": ["Cercasi cameriere", "Lavoro in Svizzera con alloggio", "Cercasi badanti", "Hostess per eventi"],
    "job_line": ["{company} cerca personale a {city}", "Anche senza esperienza", "Paga {wage} l'ora",
                 "Vitto e alloggio inclusi", "Maggiorenni, bella presenza"],
    "oth_title": ["Vendo auto usata", "Affittasi stanza a {city}", "Riparazione cellulari", "Lezioni private"],
    "oth_line": ["Prezzo trattabile", "Tagliandata, unico proprietario", "Consegna a {city}", "Spese incluse"],
    "closer": ["Baci 😘", "Ti aspetto", "No perditempo", "Grazie"],
    "follow": ["aggiungimi su", "seguimi su", "scrivimi su"],
    "lead": ["Chiamami", "Contatti", "WhatsApp", "Info al"],
    "mail_lead": ["Email:", "Invia il CV a", "Scrivici a"],
    "url_lead": ["Visita", "Altre foto su", "Candidati su"],
    "nohandle": ["aggiungimi su snap 😜", "il mio insta è in bio", "solo Telegram", "seguimi su insta 😉"],
    "decor": ["foto reali 100% 📷", "NO 👻 perditempo", "📸 foto recenti"],
    "yesno": ["WhatsApp: sì ✅", "Telegram: no"],
    "at_sentence": ["alle 9 in punto, sii puntuale", "ci vediamo alle 21 in punto 😘", "sono in hotel stasera"],
    "nospace": ["appena arrivata.Chiamami", "foto vere.Niente fake"],
}
L["de"] = {
    "sex_title": ["NEU in {city} 💋 {name} {age}", "Heiße Brünette 🔥 jetzt da", "Zärtliche Blondine, diskret",
                  "🍑 Kurvige Maus 🍑", "Top Escort {name} — Haus- und Hotelbesuche"],
    "sex_line": ["Hallo ihr Lieben, ich bin {name}, {age}, zärtlich und verspielt", "Diskrete Wohnung in {city}",
                 "Echte Bilder 100%", "Keine unterdrückten Nummern", "Täglich ab 10 Uhr", "Nur respektvolle Herren"],
    "mas_title": ["Entspannungsmassage {spa}", "Massagestudio in {city}", "{spa} — neue Masseurinnen", "Traditionelle Thai-Massage"],
    "mas_line": ["Saubere, diskrete Räume", "Asiatische Masseurinnen", "Mo–So geöffnet", "Parkplätze vor dem Haus"],
    "job_title": ["Servicekräfte gesucht", "Reinigungskräfte (m/w/d) gesucht", "Lagerhelfer ab sofort", "Hostessen für Messen"],
    "job_line": ["{company} sucht Mitarbeiter in {city}", "Keine Erfahrung nötig", "Lohn {wage} pro Stunde",
                 "Unterkunft wird gestellt", "Ab 18 Jahren, gepflegtes Äußeres"],
    "oth_title": ["Verkaufe Auto, TÜV neu", "Zimmer in WG frei in {city}", "Handy Reparatur schnell", "Nachhilfe Mathe"],
    "oth_line": ["Preis VB", "Scheckheftgepflegt", "Abholung in {city}", "Warmmiete inkl. Nebenkosten"],
    "closer": ["Küsschen 😘", "Bis bald", "Keine Spaßanrufe", "Danke"],
    "follow": ["add mich auf", "folg mir auf", "schreib mir auf"],
    "lead": ["Ruf an", "Kontakt", "Termine unter", "WhatsApp"],
    "mail_lead": ["E-Mail:", "Bewerbung an", "Schreib uns:"],
    "url_lead": ["Besuche", "Mehr Bilder auf", "Bewirb dich auf"],
    "nohandle": ["add mich auf snap 😜", "mein Insta steht in der Bio", "nur Telegram", "folg mir auf insta 😉"],
    "decor": ["100% echte Bilder 📷", "STOP 👻 Zeitverschwender", "📸 aktuelle Fotos"],
    "yesno": ["WhatsApp: ja ✅", "Telegram: nein"],
    "at_sentence": ["Punkt 8 Uhr bin ich da", "bitte Punkt 20 Uhr pünktlich sein", "bin heute im Hotel"],
    "nospace": ["neu hier.Ruf an", "echte Bilder.Kein Fake"],
}
L["nl"] = {
    "sex_title": ["NIEUW in {city} 💋 {name} {age}", "Hete latina 🔥 nu beschikbaar", "Lieve blondine, discreet", "🍑 Rondborstige schoonheid 🍑"],
    "sex_line": ["Hoi schatjes, ik ben {name}, {age} jaar, lief en ondeugend", "Privé ontvangst in {city}", "Echte foto's 100%",
                 "Geen anonieme nummers", "Elke dag beschikbaar"],
    "mas_title": ["Ontspanningsmassage {spa}", "Massagesalon in {city}", "{spa} — nieuwe masseuses", "Thaise massage"],
    "mas_line": ["Schone, rustige kamers", "Aziatische masseuses", "7 dagen per week open", "Gratis parkeren"],
    "job_title": ["Bediening gezocht", "Schoonmakers gezocht", "Orderpickers per direct", "Hostesses voor evenementen"],
    "job_line": ["{company} zoekt personeel in {city}", "Geen ervaring nodig", "Loon {wage} per uur", "Huisvesting geregeld"],
    "oth_title": ["Te koop: auto", "Kamer te huur in {city}", "Telefoon reparatie", "Bijles wiskunde"],
    "oth_line": ["Prijs n.o.t.k.", "Ophalen in {city}", "Inclusief gas en licht", "Netjes onderhouden"],
    "closer": ["Kusjes 😘", "Tot snel", "Geen grapjassen"],
    "follow": ["voeg me toe op", "volg me op", "stuur me een bericht op"],
    "lead": ["Bel me", "Contact", "WhatsApp"],
    "mail_lead": ["E-mail:", "Stuur je cv naar", "Mail ons:"],
    "url_lead": ["Bezoek", "Meer foto's op", "Solliciteer via"],
    "nohandle": ["voeg me toe op snap 😜", "mijn insta staat in mijn bio", "alleen Telegram"],
    "decor": ["100% echte foto's 📷", "STOP 👻 tijdverspillers", "📸 recente foto's"],
    "yesno": ["WhatsApp: ja ✅", "Telegram: nee"],
    "at_sentence": ["om 8 uur punt uit", "ik ben vanavond in het hotel", "kom op tijd, punt"],
    "nospace": ["nieuw hier.Bel me", "echte foto's.Geen fake"],
}
L["pl"] = {
    "sex_title": ["NOWA w {city} 💋 {name} {age}", "Gorąca brunetka 🔥 dostępna teraz", "Słodka blondynka, dyskrecja", "🍑 Zmysłowa puszysta 🍑"],
    "sex_line": ["Cześć kochani, jestem {name}, {age} lat, czuła i namiętna", "Przyjmuję w dyskretnym mieszkaniu, {city}",
                 "Zdjęcia w 100% prawdziwe", "Nie odbieram zastrzeżonych", "Dostępna codziennie"],
    "mas_title": ["Masaż relaksacyjny {spa}", "Salon masażu w {city}", "{spa} — nowe masażystki", "Masaż tajski"],
    "mas_line": ["Czyste, dyskretne pokoje", "Masażystki z Azji", "Otwarte codziennie", "Parking pod budynkiem"],
    "job_title": ["Praca dla kelnerek", "Sprzątanie biur — praca od zaraz", "Praca w Niemczech z zakwaterowaniem", "Hostessy na eventy"],
    "job_line": ["{company} zatrudni w {city}", "Bez doświadczenia", "Stawka {wage} na godzinę", "Zakwaterowanie zapewnione"],
    "oth_title": ["Sprzedam samochód", "Pokój do wynajęcia, {city}", "Naprawa telefonów", "Korepetycje z matematyki"],
    "oth_line": ["Cena do negocjacji", "Odbiór osobisty w {city}", "Media w cenie", "Stan bardzo dobry"],
    "closer": ["Buziaki 😘", "Do zobaczenia", "Bez żartów proszę"],
    "follow": ["dodaj mnie na", "obserwuj mnie na", "napisz na"],
    "lead": ["Zadzwoń", "Kontakt", "WhatsApp"],
    "mail_lead": ["E-mail:", "CV prosimy wysyłać na", "Napisz:"],
    "url_lead": ["Odwiedź", "Więcej zdjęć na", "Aplikuj na"],
    "nohandle": ["dodaj mnie na snapa 😜", "mój insta jest w bio", "tylko Telegram"],
    "decor": ["100% prawdziwe zdjęcia 📷", "STOP 👻 marnowaniu czasu", "📸 aktualne zdjęcia"],
    "yesno": ["WhatsApp: tak ✅", "Telegram: nie"],
    "at_sentence": ["punkt 20:00 jestem gotowa", "jestem dziś w hotelu", "kropka nad i, przyjdź punktualnie"],
    "nospace": ["nowa tutaj.Zadzwoń", "prawdziwe zdjęcia.Bez ściemy"],
}
L["ro"] = {
    "sex_title": ["NOUĂ în {city} 💋 {name} {age}", "Brunetă pasională 🔥 disponibilă", "Blondă dulce, discreție totală", "🍑 Româncă sexy 🍑"],
    "sex_line": ["Bună dragilor, sunt {name}, {age} ani, dulce și pasională", "Primesc într-un apartament discret în {city}",
                 "Poze 100% reale", "Nu răspund la numere ascunse", "Disponibilă zilnic"],
    "mas_title": ["Masaj de relaxare {spa}", "Salon de masaj în {city}", "{spa} — fete noi", "Masaj thailandez"],
    "mas_line": ["Camere curate și discrete", "Maseuze tinere și frumoase", "Deschis non-stop", "Parcare gratuită"],
    "job_title": ["Angajăm ospătărițe", "Muncă în străinătate cu cazare", "Căutăm femei de serviciu", "Hostese pentru evenimente"],
    "job_line": ["{company} angajează în {city}", "Fără experiență", "Salariu {wage} pe oră", "Cazare și masă asigurate",
                 "Transportul plătit de firmă"],
    "oth_title": ["Vând mașină", "Închiriez cameră în {city}", "Reparații telefoane", "Meditații matematică"],
    "oth_line": ["Preț negociabil", "Acte la zi", "Livrare în {city}", "Utilități incluse"],
    "closer": ["Pupici 😘", "Te aștept", "Fără glume"],
    "follow": ["adaugă-mă pe", "urmărește-mă pe", "scrie-mi pe"],
    "lead": ["Sună-mă", "Contact", "WhatsApp"],
    "mail_lead": ["Email:", "Trimite CV-ul la", "Scrie-ne:"],
    "url_lead": ["Vizitează", "Mai multe poze pe", "Aplică pe"],
    "nohandle": ["adaugă-mă pe snap 😜", "insta mea e în bio", "doar Telegram"],
    "decor": ["poze 100% reale 📷", "STOP 👻 pierde-vară", "📸 poze recente"],
    "yesno": ["WhatsApp: da ✅", "Telegram: nu"],
    "at_sentence": ["fix la ora 8, punct", "sunt la hotel diseară", "te aștept la ora 9 fix"],
    "nospace": ["nouă aici.Sună-mă", "poze reale.Fără fake"],
}
L["tr"] = {
    "sex_title": ["YENİ {city} 💋 {name} {age}", "Ateşli esmer 🔥 şimdi müsait", "Tatlı sarışın, gizlilik garantili", "🍑 Balık etli güzel 🍑"],
    "sex_line": ["Merhaba canlarım, ben {name}, {age} yaşındayım", "{city} merkezde kendi evimde görüşüyorum",
                 "Fotoğraflar %100 gerçek", "Gizli numaralara cevap yok", "Her gün müsaitim"],
    "mas_title": ["Rahatlatıcı masaj {spa}", "{city} masaj salonu", "{spa} — yeni terapistler", "Tayland masajı"],
    "mas_line": ["Temiz ve gizli odalar", "Uzak Doğulu terapistler", "Her gün açık", "Ücretsiz otopark"],
    "job_title": ["Garson bayan aranıyor", "Yurt dışında iş, konaklama dahil", "Temizlik personeli alınacak", "Etkinlik hostesi aranıyor"],
    "job_line": ["{company} {city} için eleman arıyor", "Tecrübe şartı yok", "Saatlik {wage}", "Konaklama ve yemek firmadan"],
    "oth_title": ["Satılık araba", "{city} kiralık oda", "Telefon tamiri", "Özel matematik dersi"],
    "oth_line": ["Fiyatta pazarlık payı var", "Temiz, bakımlı", "{city} içi teslimat", "Faturalar dahil"],
    "closer": ["Öpücükler 😘", "Görüşmek üzere", "Ciddi olmayanlar aramasın"],
    "follow": ["ekle beni", "takip et", "yaz bana"],
    "lead": ["Ara", "İletişim", "WhatsApp"],
    "mail_lead": ["E-posta:", "CV gönder:", "Yazın:"],
    "url_lead": ["Ziyaret et", "Daha fazla fotoğraf", "Başvuru:"],
    "nohandle": ["snapten ekle 😜", "insta profilimde", "sadece Telegram"],
    "decor": ["%100 gerçek fotolar 📷", "DUR 👻 vakit kaybı yok", "📸 yeni fotolar"],
    "yesno": ["WhatsApp: var ✅", "Telegram: yok"],
    "at_sentence": ["saat tam 9'da orada ol, nokta", "bu akşam oteldeyim", "nokta atışı hizmet"],
    "nospace": ["yeni geldim.Ara beni", "gerçek fotolar.Sahte yok"],
}
L["id"] = {
    "sex_title": ["BARU di {city} 💋 {name} {age}", "Cewek manis 🔥 ready sekarang", "Open BO {name}, aman & nyaman", "🍑 Montok & seksi 🍑"],
    "sex_line": ["Hai sayang, aku {name}, {age} tahun, ramah dan manja", "Bisa di hotel sekitar {city}", "Foto asli 100%",
                 "Tidak terima nomor privat", "Ready setiap hari"],
    "mas_title": ["Pijat relaksasi {spa}", "Spa pijat di {city}", "{spa} — terapis baru", "Pijat tradisional"],
    "mas_line": ["Ruangan bersih dan privat", "Terapis muda dan ramah", "Buka setiap hari", "Parkir luas"],
    "job_title": ["Lowongan kerja pelayan restoran", "Kerja di Malaysia, mess disediakan", "Dicari ART / pembantu", "Lowongan SPG"],
    "job_line": ["{company} membuka lowongan di {city}", "Tanpa pengalaman", "Gaji {wage} per jam", "Mess dan makan ditanggung",
                 "Paspor diurus agensi"],
    "oth_title": ["Dijual motor bekas", "Kamar kos di {city}", "Servis HP cepat", "Les privat matematika"],
    "oth_line": ["Harga nego", "Surat lengkap", "Antar ke {city}", "Sudah termasuk listrik"],
    "closer": ["Muach 😘", "Ditunggu ya", "Yang serius aja"],
    "follow": ["add aku di", "follow aku di", "chat aku di"],
    "lead": ["Hubungi", "Kontak", "WA"],
    "mail_lead": ["Email:", "Kirim CV ke", "Hubungi via email"],
    "url_lead": ["Kunjungi", "Foto lain di", "Daftar di"],
    "nohandle": ["add snap aku 😜", "ig ada di bio", "Telegram aja"],
    "decor": ["foto asli 100% 📷", "STOP 👻 PHP", "📸 foto terbaru"],
    "yesno": ["WA: ada ✅", "Telegram: tidak"],
    "at_sentence": ["jam 8 tepat, titik", "aku lagi di hotel malam ini", "tepat waktu ya, titik"],
    "nospace": ["baru datang.Hubungi aku", "foto asli.Bukan fake"],
}
L["vi"] = {
    "sex_title": ["MỚI ở {city} 💋 {name} {age}", "Em xinh 🔥 sẵn sàng", "Em gái dễ thương, kín đáo", "🍑 Em mũm mĩm 🍑"],
    "sex_line": ["Chào anh, em là {name}, {age} tuổi, ngoan và chiều khách", "Em ở khu trung tâm {city}", "Ảnh thật 100%",
                 "Không nghe số ẩn", "Em rảnh mỗi ngày"],
    "mas_title": ["Massage thư giãn {spa}", "Tiệm massage ở {city}", "{spa} — nhân viên mới", "Massage Thái"],
    "mas_line": ["Phòng sạch sẽ, riêng tư", "Nhân viên trẻ đẹp", "Mở cửa hàng ngày", "Có chỗ đậu xe"],
    "job_title": ["Tuyển nữ phục vụ nhà hàng", "Việc làm Nhật Bản, bao ăn ở", "Tuyển giúp việc nhà", "Tuyển nhân viên nail"],
    "job_line": ["{company} cần tuyển gấp tại {city}", "Không cần kinh nghiệm", "Lương {wage} mỗi giờ", "Bao ăn ở",
                 "Công ty lo visa và vé máy bay"],
    "oth_title": ["Bán xe máy cũ", "Cho thuê phòng ở {city}", "Sửa điện thoại", "Dạy kèm tiếng Anh"],
    "oth_line": ["Giá thương lượng", "Giấy tờ đầy đủ", "Giao tận nơi ở {city}", "Đã bao điện nước"],
    "closer": ["Hôn anh 😘", "Em chờ anh", "Chỉ nhận khách nghiêm túc"],
    "follow": ["kết bạn với em trên", "theo dõi em trên", "nhắn em qua"],
    "lead": ["Gọi em", "Liên hệ", "Zalo/WhatsApp"],
    "mail_lead": ["Email:", "Gửi CV về", "Liên hệ email"],
    "url_lead": ["Xem thêm tại", "Ảnh khác ở", "Đăng ký tại"],
    "nohandle": ["kết bạn snap với em 😜", "insta em ở bio", "chỉ Telegram thôi"],
    "decor": ["ảnh thật 100% 📷", "STOP 👻 đừng làm mất thời gian", "📸 ảnh mới"],
    "yesno": ["WhatsApp: có ✅", "Telegram: không"],
    "at_sentence": ["đúng 8 giờ chấm hết", "tối nay em ở khách sạn", "đến đúng giờ nha anh"],
    "nospace": ["mới đến.Gọi em", "ảnh thật.Không fake"],
}
L["tl"] = {
    "sex_title": ["BAGO sa {city} 💋 {name} {age}", "Morena at sexy 🔥 available na", "Sweet na Pinay, discreet", "🍑 Chubby pero cute 🍑"],
    "sex_line": ["Hi po, ako si {name}, {age} taong gulang, malambing", "Pwede sa hotel dito sa {city}", "Totoong pics 100%",
                 "Walang private number", "Available araw-araw"],
    "mas_title": ["Relaxing massage {spa}", "Massage spa sa {city}", "{spa} — bagong therapist", "Hilot at Swedish massage"],
    "mas_line": ["Malinis at pribadong kwarto", "Bata at magagandang therapist", "Bukas araw-araw", "May parking"],
    "job_title": ["HIRING: Waitress sa Dubai", "Kasambahay abroad, libreng ticket", "Factory worker hiring agad", "Promodiser wanted"],
    "job_line": ["Ang {company} ay naghahanap ng empleyado sa {city}", "Kahit walang experience", "Sahod {wage} kada oras",
                 "Libre ang tirahan at pagkain", "Agency ang bahala sa visa at passport"],
    "oth_title": ["For sale: motor", "Room for rent sa {city}", "Cellphone repair", "Tutor for kids"],
    "oth_line": ["Presyo negotiable", "Kumpleto ang papeles", "Pwede i-deliver sa {city}", "Kasama na ang kuryente"],
    "closer": ["Ingat po 😘", "Hintayin kita", "Seryoso lang po"],
    "follow": ["i-add mo ako sa", "i-follow mo ako sa", "i-message mo ako sa"],
    "lead": ["Tumawag", "Text lang", "Viber/WhatsApp"],
    "mail_lead": ["Email:", "Ipadala ang resume sa", "Mag-email sa"],
    "url_lead": ["Bisitahin", "Iba pang pics sa", "Mag-apply sa"],
    "nohandle": ["i-add mo ako sa snap 😜", "nasa bio ang IG ko", "Telegram lang po"],
    "decor": ["totoong pics 100% 📷", "STOP 👻 sa mga time waster", "📸 bagong pics"],
    "yesno": ["Viber: yes ✅", "Telegram: wala"],
    "at_sentence": ["nandito ako at home dot com lang joke", "nasa hotel ako ngayong gabi", "alas otso tuldok, on time po"],
    "nospace": ["bagong dating.Text lang", "totoong pics.Walang fake"],
}
L["ru"] = {
    "sex_title": ["НОВЕНЬКАЯ в {city} 💋 {name} {age}", "Жгучая брюнетка 🔥 свободна", "Нежная блондинка, конфиденциально", "🍑 Пышечка 🍑"],
    "sex_line": ["Привет, я {name}, мне {age}, ласковая и нежная", "Апартаменты в центре {city}", "Фото 100% реальные",
                 "Скрытые номера не принимаю", "Доступна каждый день"],
    "mas_title": ["Расслабляющий массаж {spa}", "Массажный салон в {city}", "{spa} — новые мастера", "Тайский массаж"],
    "mas_line": ["Чистые уютные комнаты", "Молодые мастера", "Работаем ежедневно", "Бесплатная парковка"],
    "job_title": ["Требуются официантки", "Работа за границей с жильём", "Ищем горничных", "Хостес на мероприятия"],
    "job_line": ["{company} ищет сотрудников в {city}", "Опыт не нужен", "Оплата {wage} в час", "Жильё предоставляется",
                 "Визу и билеты оформляет агентство"],
    "oth_title": ["Продаю машину", "Сдаю комнату в {city}", "Ремонт телефонов", "Репетитор по математике"],
    "oth_line": ["Торг уместен", "Документы в порядке", "Доставка по {city}", "Коммуналка включена"],
    "closer": ["Целую 😘", "Жду тебя", "Без глупостей"],
    "follow": ["добавляйся в", "подписывайся на", "пиши в"],
    "lead": ["Звони", "Контакт", "WhatsApp"],
    "mail_lead": ["Почта:", "Резюме на", "Пишите:"],
    "url_lead": ["Сайт", "Больше фото на", "Анкета на"],
    "nohandle": ["добавляйся в снап 😜", "инста в профиле", "только Telegram"],
    "decor": ["фото 100% реальные 📷", "STOP 👻 не тратьте время", "📸 свежие фото"],
    "yesno": ["WhatsApp: да ✅", "Telegram: нет"],
    "at_sentence": ["ровно в 9, точка", "сегодня я в отеле", "без опозданий, точка"],
    "nospace": ["только приехала.Звони", "реальные фото.Без обмана"],
}
L["ar"] = {
    "sex_title": ["جديدة في {city} 💋 {name}", "فتاة جميلة 🔥 متاحة الآن", "رفيقة راقية، سرية تامة", "🍑 جميلة وممتلئة 🍑"],
    "sex_line": ["مرحبا، أنا {name}، عمري {age}", "استقبال في شقة خاصة في {city}", "صور حقيقية 100%",
                 "لا أرد على الأرقام المخفية", "متاحة كل يوم"],
    "mas_title": ["مساج استرخاء {spa}", "مركز مساج في {city}", "{spa} — معالجات جدد", "مساج تايلندي"],
    "mas_line": ["غرف نظيفة وخاصة", "معالجات من آسيا", "مفتوح يوميا", "موقف سيارات مجاني"],
    "job_title": ["مطلوب نادلات", "مطلوب عاملات منزليات", "وظائف في فندق", "مطلوب مضيفات للحفلات"],
    "job_line": ["{company} تطلب موظفين في {city}", "لا يشترط الخبرة", "الراتب {wage} في الساعة", "السكن والطعام مجانا",
                 "الشركة تتكفل بالتأشيرة والتذكرة"],
    "oth_title": ["سيارة للبيع", "غرفة للإيجار في {city}", "صيانة جوالات", "دروس خصوصية"],
    "oth_line": ["السعر قابل للتفاوض", "الأوراق كاملة", "توصيل داخل {city}", "شامل الفواتير"],
    "closer": ["قبلاتي 😘", "بانتظارك", "للجادين فقط"],
    "follow": ["أضفني على", "تابعني على", "راسلني على"],
    "lead": ["اتصل", "للتواصل", "واتساب"],
    "mail_lead": ["البريد:", "أرسل سيرتك الذاتية إلى", "راسلنا:"],
    "url_lead": ["زوروا", "صور أكثر على", "قدّم على"],
    "nohandle": ["أضفني على سناب 😜", "انستا في البايو", "تيليجرام فقط"],
    "decor": ["صور حقيقية 100% 📷", "STOP 👻 لا لمضيعي الوقت", "📸 صور جديدة"],
    "yesno": ["واتساب: نعم ✅", "Telegram: لا"],
    "at_sentence": ["الساعة 9 بالضبط، نقطة", "أنا في الفندق الليلة", "الموعد بالضبط، نقطة"],
    "nospace": ["وصلت جديد.اتصل", "real pics.No fake"],
}
L["th"] = {
    "sex_title": ["น้องใหม่ {city} 💋 {name} {age}", "สาวสวย 🔥 พร้อมแล้ว", "น้องน่ารัก งานดี ปลอดภัย", "🍑 สาวอวบ 🍑"],
    "sex_line": ["สวัสดีค่ะ น้อง{name} อายุ {age}", "รับงานโรงแรมในเขต{city}", "รูปจริง 100%", "ไม่รับเบอร์ส่วนตัว", "ว่างทุกวัน"],
    "mas_title": ["นวดผ่อนคลาย {spa}", "ร้านนวดใน{city}", "{spa} — หมอนวดใหม่", "นวดแผนไทย"],
    "mas_line": ["ห้องสะอาด เป็นส่วนตัว", "หมอนวดสาวสวย", "เปิดทุกวัน", "มีที่จอดรถ"],
    "job_title": ["รับสมัครพนักงานเสิร์ฟ", "งานต่างประเทศ มีที่พัก", "รับสมัครแม่บ้าน", "รับสมัครพริตตี้"],
    "job_line": ["{company} รับสมัครพนักงานที่{city}", "ไม่ต้องมีประสบการณ์", "ค่าจ้าง {wage} ต่อชั่วโมง", "มีที่พักและอาหาร"],
    "oth_title": ["ขายรถมือสอง", "ห้องให้เช่าใน{city}", "ซ่อมมือถือ", "สอนพิเศษคณิต"],
    "oth_line": ["ราคาต่อรองได้", "เอกสารครบ", "ส่งใน{city}", "รวมค่าน้ำค่าไฟ"],
    "closer": ["จุ๊บๆ 😘", "รอนะคะ", "เฉพาะคนจริงจัง"],
    "follow": ["แอดมาที่", "ติดตามที่", "ทักมาที่"],
    "lead": ["โทร", "ติดต่อ", "WhatsApp"],
    "mail_lead": ["อีเมล:", "ส่งประวัติมาที่", "ติดต่ออีเมล"],
    "url_lead": ["เว็บไซต์", "รูปเพิ่มเติมที่", "สมัครที่"],
    "nohandle": ["แอด snap มานะ 😜", "ไอจีอยู่ในไบโอ", "Telegram เท่านั้น"],
    "decor": ["รูปจริง 100% 📷", "STOP 👻 ไม่จริงอย่าทัก", "📸 รูปใหม่"],
    "yesno": ["WhatsApp: มี ✅", "Telegram: ไม่มี"],
    "at_sentence": ["9 โมงตรง จุดจบ", "คืนนี้อยู่โรงแรม", "มาตรงเวลานะ"],
    "nospace": ["น้องใหม่.โทรเลย", "real pics.No fake"],
}
L["en"] = EN

NOHANDLE_BIZ = {'en': ['Like our facebook page for updates', 'follow us on Instagram', 'find us on Facebook', "we're on TikTok too", 'no WhatsApp calls please, messages only', 'Telegram group for updates', 'DM us on IG', 'see our facebook page'],
    'es': ['síguenos en Facebook', 'búscanos en Instagram', 'también estamos en TikTok'],
    'pt': ['siga nossa página no Facebook', 'estamos no Instagram', 'nos acompanhe no TikTok'],
    'fr': ['suivez notre page Facebook', 'retrouvez-nous sur Instagram', 'aussi sur TikTok'],
    'it': ['seguici su Facebook', 'siamo anche su Instagram', 'trovaci su TikTok'],
    'de': ['folgt uns auf Facebook', 'auch auf Instagram', 'wir sind auf TikTok'],
    'nl': ['volg ons op Facebook', 'ook op Instagram', 'check ons op TikTok'],
    'pl': ['polub nas na Facebooku', 'jesteśmy też na Instagramie', 'znajdź nas na TikToku'],
    'ro': ['urmăriți-ne pe Facebook', 'suntem și pe Instagram', 'găsiți-ne pe TikTok'],
    'tr': ['Facebook sayfamızı takip edin', "Instagram'da da varız", "TikTok'ta bizi bulun"],
    'id': ['follow Facebook kami', 'kami juga ada di Instagram', 'cek TikTok kami'],
    'vi': ['theo dõi trang Facebook của chúng tôi', 'có cả Instagram', 'xem TikTok của chúng tôi'],
    'tl': ['i-like ang Facebook page namin', 'nasa Instagram din kami', 'follow kami sa TikTok'],
    'ru': ['подписывайтесь на нашу страницу в Facebook', 'мы есть в Instagram', 'ищите нас в TikTok'],
    'ar': ['تابعونا على فيسبوك', 'نحن على انستغرام', 'تابعونا على تيك توك'],
    'th': ['ติดตามเพจ Facebook ของเรา', 'มี Instagram ด้วย', 'ดู TikTok ของเรา']}
AT_SENTENCE_BIZ_EN = ["Interviews at 9 a.m. on the dot", "be at the gate at 6 on the dot", "walk-ins welcome at our office, bring ID",
                      "we are at the Galleria, 2nd floor", "message us at any time", "pay is at the end of each week, on the dot"]
for _lng, _b in NOHANDLE_BIZ.items():
    L[_lng]["nohandle_biz"] = _b
EN["at_sentence_biz"] = AT_SENTENCE_BIZ_EN
EN["lead_biz"] = ["Call", "Call us", "Tel", "Phone", "Info", "Enquiries", "Bookings", "Call/text", "Questions? Call"]
EN["closer_biz"] = ["Apply today!", "Limited spots", "Thanks for looking!", "Serious inquiries only", "No time wasters please",
                    "Have a nice day", "Don't miss this chance"]

DOTTED_SHOUT = ["NO.RUSH", "TEXT.ONLY", "100%.REAL", "NEW.IN.TOWN", "REAL.PICS", "SWEET.SEXY", "HOT.DATE",
                "NO.GAMES", "BOOK.NOW", "INCALL.ONLY", "COME.PARTY", "BEST.LOVE", "LIVE.SHOW", "OUTCALL.ONLY",
                "NO.BLOCKED.CALLS", "CLEAN.SAFE", "PLAY.TIME", "VIP.ONLY"]
HASHTAGS = {
    "sex_ad": ["#newgirl", "#latina", "#gfe", "#ebony", "#asian", "#petite", "#curvy", "#incall", "#blonde",
               "#thick", "#outcall", "#vip", "#redhead", "#milf", "#brunette"],
    "massage": ["#massage", "#relax", "#spa", "#bodyrub", "#thaimassage", "#selfcare", "#deeptissue", "#wellness",
                "#hotstone"],
    "job_offer": ["#hiring", "#jobs", "#nowhiring", "#workabroad", "#vacancy", "#urgenthiring", "#jobsearch",
                  "#staffing", "#careers"],
    "other": ["#forsale", "#roomforrent", "#fyp", "#marketplace", "#deal", "#cheap", "#lostdog", "#tutor", "#moving"],
}
FILES = ["photo.jpg", "IMG_4471.JPG", "CV.pdf", "menu.png", "pic2.jpeg", "resume.docx", "price_list.pdf",
         "IMG-20240611-WA0003.jpg", "flyer_final.png", "Screenshot_2024.png", "application_form.docx", "DSC_0192.JPG"]
VERSIONS = {
    "job_offer": ["Office 2019 skills a plus", "scheduling app v2.1 required", "Python 3.11 / Excel basics",
                  "SAP S/4HANA 2022 experience", "forklift licence cat. B", "Windows 10/11 basics"],
    "other": ["runs Android 14, unlocked", "updated to iOS 17.4.1", "laptop with Windows 11 Pro", "firmware 1.8.3 installed",
              "MIUI 14.0.5, dual sim", "iOS 16.6.1, battery 89%", "PS5 with v9.00 firmware", "macOS 13.6, 256GB"],
}
ABBREVS = {
    "sex_ad": ["open 10 a.m. to 11 p.m.", "visiting from the U.S.A. this week", "dinner dates e.g. steak & wine",
               "N.Y.C. girl on tour", "approx. 10 min from the airport", "no rush i.e. full hour is full hour",
               "a.k.a. your new favourite", "avail. til 4 a.m.", "hotel near St. Pancras"],
    "massage": ["open 10 a.m. to 11 p.m.", "a.k.a. the best hands in town", "approx. 5 min from the mall",
                "appt. only after 6 p.m.", "near St. Mary's hospital", "ask for Mrs. Kim at reception"],
    "job_offer": ["U.K. passport holders preferred", "ask for Mr. Lee at reception", "shift starts 6 a.m. sharp",
                  "valid U.S. work permit required", "benefits incl. meals, transport etc.", "approx. 48 hrs/week"],
    "other": ["Ph.D. student, tutoring on weekends", "pick up from St. George's church", "approx. 120,000 km",
              "incl. charger, case etc.", "avail. from Sept. 1", "viewings Sat. 10 a.m. only"],
}
MEASURES = {
    "sex_ad": ["34D-26-36", "5'4\" 120lbs", "1.68m 55kg", "age 24, size 8", "36.DD", "1,72 m / 58 kg",
               "height 5.6ft", "90-60-90", "size 10-12", "32B, 5'2", "1.60 m, 50 kg"],
    "massage": ["60/90/120 min", "4-hand massage 90min"],
    "job_offer": ["min. height 1.65m", "age 18-30, height 5'5\"+", "uniform size S-M", "age 18–35 only",
                  "lifting up to 25kg"],
    "other": ["2.5m x 1.8m", "120 x 60 cm", "27.5\" wheels", "screen 6.1\"", "room 3.2 x 4 m", "size 10.5 US"],
}
ADIDS = ["Ad ID 6620391", "Ref. MSG-2291", "Post #448120", "ID: 88231", "Listing 55-2093", "Ref: WH/2024/117",
         "ad no. 730215", "Post ID 9911-A", "ref #44190", "Ad 318842"]


def localized(lang, split):
    bank = L[lang]
    return {k: part(v, split) for k, v in bank.items()}


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------

class Registry:
    """Values used anywhere in either split (handles, domains, e-mail addresses)."""

    def __init__(self):
        self.handles, self.domains, self.emails = set(), set(), set()


class Ad:
    def __init__(self, lang, kind, country, city, diaspora):
        self.lang, self.kind, self.country, self.city, self.diaspora = lang, kind, country, city, diaspora
        self.handles, self.urls, self.emails, self.phones = [], [], [], []
        self.tags = set()
        self.slots = []  # protected text segments (not case-transformed)
        self.persona = None

    def slot(self, text):
        self.slots.append(text)
        return f"\x00{len(self.slots) - 1}\x00"

    def add_handle(self, platform, value):
        key = (platform, value.lower())
        if key not in [(p, v.lower()) for p, v in ((h["platform"], h["value"]) for h in self.handles)]:
            self.handles.append({"platform": platform, "value": value})

    def add_url(self, u):
        if u not in self.urls:
            self.urls.append(u)

    def add_email(self, e):
        if e not in self.emails:
            self.emails.append(e)

    def add_phone(self, p):
        if p not in self.phones:
            self.phones.append(p)


def norm_url(u):
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


class Gen:
    def __init__(self, split, seed, registry, pool):
        self.split = split
        self.rng = random.Random(seed)
        self.reg = registry
        self.names = part(PERSONAS, split)
        self.hwords = part(HANDLE_WORDS, split)
        self.sitewords = part(SEX_SITE_WORDS, split)
        self.spa_a, self.spa_b = part(SPA_A, split), SPA_B
        self.co_a, self.co_b = part(CO_A, split), CO_B
        self.oth_a = part(OTHER_A, split)
        self.hr_locals = HR_LOCALS
        self.banks = {lang: localized(lang, split) for lang in L}
        self.shout = part(DOTTED_SHOUT, split)
        self.hashtags = {k: part(v, split) for k, v in HASHTAGS.items()}
        self.files = part(FILES, split)
        self.versions = {k: part(v, split) for k, v in VERSIONS.items()}
        self.abbrevs = {k: part(v, split) for k, v in ABBREVS.items()}
        self.measures = {k: part(v, split) for k, v in MEASURES.items()}
        self.adids = part(ADIDS, split)
        self.streets = part(EN["street"], split)
        self.pool = pool
        self.pool_pos = {c: 0 for c in pool}

    # ---- helpers -------------------------------------------------------------------------
    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob

    def phone_entry(self, country):
        lst = self.pool[country]
        i = self.pool_pos[country]
        self.pool_pos[country] = i + 1
        return lst[i % len(lst)]

    def price(self, country, base):
        pre, post = CURRENCY[country]
        v = base * PRICE_SCALE.get(country, 1)
        if v >= 1000:
            s = f"{v:,}".replace(",", "." if country in ("BR", "AR", "CO", "ES", "IT", "DE", "TR", "PT") else ",")
        else:
            s = str(v)
        return f"{pre}{s}{post}"

    # ---- selector values -------------------------------------------------------------------
    def handle_value(self, platform, accountlike, persona=None, nodot=False):
        for t in range(200):
            n = persona if persona and t < 40 and self.p(0.6) else self.c(self.names)
            w = self.c(self.hwords)
            d = str(self.rng.randint(1, 99))
            if accountlike:
                pats = [f"{n.lower()}_{w}", f"{n.lower()}{w}{d}", f"{n.lower()}.{w}", f"{n}{w.capitalize()}",
                        f"{w}_{n.lower()}{d[-1]}", f"{n.lower()}__{d}", f"the{n.lower()}{w}_", f"{n.lower()}.{w}{d}",
                        f"x{n.lower()}_{w}x", f"{n}_{w.capitalize()}{d}", f"real.{n.lower()}{d}"]
            else:
                pats = [f"{n.lower()}{w}", f"its{n.lower()}{w}", f"{n.lower()}{w}x", f"{w}{n.lower()}",
                        f"{n.lower()}{w}{d}", f"{n.lower()}_{w}"]
            v = self.c(pats)
            if platform in ("telegram", "twitter", "onlyfans") or nodot:
                v = v.replace(".", "_")
            if platform == "facebook":
                v = v.replace("_", ".").replace("..", ".").strip(".")
            if platform == "twitter" and len(v) > 15:
                continue
            if platform == "telegram" and len(v) < 5:
                continue
            if platform == "snapchat" and len(v) > 15:
                continue
            if accountlike and not (any(ch.isdigit() for ch in v) or "_" in v or "." in v
                                    or (v != v.lower() and v != v.upper() and v[1:] != v[1:].lower())):
                continue
            if v.lower() in self.reg.handles:
                continue
            self.reg.handles.add(v.lower())
            return v
        raise RuntimeError("no handle")

    def domain(self, kind, country, lang, personal_name=None):
        for _ in range(500):
            if kind == "massage":
                base = self.c(self.spa_a) + self.c(["", "", "-"]) + self.c(self.spa_b)
            elif kind == "job_offer":
                base = self.c(self.co_a) + self.c(["", "-", ""]) + self.c(self.co_b)
            elif kind == "sex_ad":
                n = (personal_name or self.c(self.names)).lower()
                base = self.c([f"{n}{self.c(self.sitewords)}", f"{self.c(self.sitewords)}{n}", f"{n}-{self.c(self.sitewords)}"])
            else:
                base = self.c(self.oth_a) + self.c(["", "-" + self.c(CITIES[country]).lower().split()[0].replace("ü", "u").replace("ö", "o"), ""])
            base = base.replace("í", "i").replace("é", "e").replace("á", "a").replace("ã", "a").replace("ó", "o").replace("ç", "c").replace("è", "e").replace("ñ", "n").replace("ń", "n").replace("ł", "l").replace("ś", "s").replace("ò", "o").replace("ı", "i").replace("i̇", "i")
            if not base.isascii():
                continue
            r = self.rng.random()
            if r < 0.55:
                suf = self.c(SUFFIX.get(country, [".com"]))
            elif r < 0.7 and lang in HOME_SUFFIX:
                suf = self.c(SUFFIX[HOME_SUFFIX[lang]])
            else:
                suf = self.c(GENERIC_SUFFIX)
            d = base + suf
            if d in self.reg.domains:
                continue
            self.reg.domains.add(d)
            return d
        raise RuntimeError("no domain")

    def email_address(self, lang, kind, company_domain=None, name=None):
        for _ in range(300):
            if company_domain:
                local = self.c(self.hr_locals)
                if self.p(0.3):
                    local = local + self.c([".", "-", "_"]) + self.c(CITIES_ALL_LOCAL)
                e = f"{local}@{company_domain}"
            else:
                n = (name or self.c(self.names)).lower()
                w = self.c(self.hwords)
                local = self.c([f"{n}.{w}", f"{n}{self.rng.randint(80, 2005)}", f"{n}_{w}{self.rng.randint(1, 99)}",
                                f"{w}.{n}", f"{n}.{w}{self.rng.randint(1, 9)}", f"miss{n}{self.rng.randint(1, 99)}"])
                e = f"{local}@{self.c(WEBMAIL[lang])}"
            if e in self.reg.emails or local.lower() in self.reg.handles:
                continue
            self.reg.emails.add(e)
            return e
        raise RuntimeError("no email")

    # ---- contact renderers: each returns text (already slotted) ----------------------------
    def r_phone(self, ad, lead=True, whatsapp=None):
        country = ad.country
        e = self.phone_entry(country)
        ad.add_phone(e["e164"])
        forms = [("intl", e["international"]), ("e164", e["e164"])]
        if not ad.diaspora:
            forms += [("nat", e["national"])] * 3
            if country in ("US", "CA"):
                a, b, c = e["nsn"][:3], e["nsn"][3:6], e["nsn"][6:]
                forms += [("nat", f"{a}.{b}.{c}"), ("nat", f"{a}-{b}-{c}"), ("nat", f"({a}){b}-{c}")]
        if country not in ("US", "CA"):
            forms.append(("intl00", "00" + e["international"][1:]))
        kindf, text = self.c(forms)
        ad.tags.add("phone_national" if kindf == "nat" else "phone_international")
        bank = self.banks[ad.lang]
        if whatsapp is None:
            whatsapp = self.p(0.3)
        if whatsapp:
            ad.tags.add("phone_whatsapp")
            if self.p(0.15) and kindf != "nat":
                url = f"wa.me/{e['e164'][1:]}"
                ad.add_url(url)
                ad.tags.add("url_profile")
                return ad.slot(self.c(["https://", ""]) + url)
            w = self.c(["WhatsApp", "WA", "Whatsapp", "whatsapp", "📱 WhatsApp", "WhatsApp/Telegram", "Signal/WhatsApp"])
            return self.c([f"{w}: ", f"{w} ", f"{w} ➡️ "]) + ad.slot(text)
        if lead:
            leads = bank["lead_biz"] if ad.kind != "sex_ad" and "lead_biz" in bank else bank["lead"]
            return self.c(leads) + self.c([" ", ": ", " 📞 ", " ☎️ "]) + ad.slot(text)
        return self.c(["📞 ", "☎️ ", "📱", ""]) + ad.slot(text)

    def r_shout_phone(self, ad):
        """CALL.ME.(231)356.4198 — shouting dotted phrase glued to a US/CA number."""
        e = self.phone_entry(ad.country)
        ad.add_phone(e["e164"])
        ad.tags.update({"dotted_shouting", "phone_national"})
        a, b, c = e["nsn"][:3], e["nsn"][3:6], e["nsn"][6:]
        num = self.c([f"({a}){b}.{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}"])
        return self.c(["CALL.ME.", "TEXT.ME.", "CALL.OR.TEXT.", "HMU."]) + ad.slot(num)

    def r_handle(self, ad, platform, mode):
        lang = ad.lang
        persona = ad.persona
        bank = self.banks[lang]
        pw = self.c(PLATFORM_WORDS[platform])
        if mode == "strong_at":
            h = self.handle_value(platform, self.p(0.6), persona)
            ad.add_handle(platform, h)
            ad.tags.add("handle_strong_at")
            on = ON_WORD[lang]
            forms = [f"{pw} @{{h}}", f"{pw}: @{{h}}", f"{pw} - @{{h}}", f"{pw} (@{{h}})", f"{pw}➡️@{{h}}"]
            if on:
                forms.append(f"@{{h}} {on} {pw}")
            if platform == "snapchat":
                forms.append("👻 @{h}")
            if platform == "instagram":
                forms.append("📸 @{h}")
            f = self.c(forms)
            return ad.slot(f.format(h=h))
        if mode == "strong_colon":
            h = self.handle_value(platform, self.p(0.5), persona)
            ad.add_handle(platform, h)
            ad.tags.add("handle_strong_colon")
            forms = [f"{pw}: {{h}}", f"{pw}- {{h}}", f"{pw} - {{h}}", f"{pw} ➡️ {{h}}", f"{pw} = {{h}}", f"{pw}:{{h}}"]
            if platform == "snapchat":
                forms += ["sc- {h}", "👻: {h}", "Snapchat ID: {h}"]
            if platform == "instagram":
                forms += ["IG: {h}", "Insta ➡️ {h}"]
            if platform == "telegram":
                forms += ["Telegram ID: {h}"]
            return ad.slot(self.c(forms).format(h=h))
        if mode == "weak_emoji":
            platform = "snapchat"
            h = self.handle_value(platform, True, persona)
            ad.add_handle(platform, h)
            ad.tags.add("handle_weak_emoji")
            return ad.slot(self.c(["👻 {h}", "👻{h}", "👻 {h} 👻", "👻👻 {h}"]).format(h=h))
        if mode == "weak_word":
            h = self.handle_value(platform, True, persona)
            ad.add_handle(platform, h)
            ad.tags.add("handle_weak_word")
            forms = [f"{pw} {{h}}", f"{pw} {{h}}"]
            if platform == "instagram":
                forms.append(f"{pw}📸 {{h}}")
            if platform == "snapchat":
                forms.append(f"{pw}👻 {{h}}")
            if self.p(0.45):
                fol = self.c(bank["follow"])
                if lang in ("tr",):
                    return ad.slot(f"{pw} {h}") + " " + fol
                return fol + " " + ad.slot(self.c(forms).format(h=h))
            return ad.slot(self.c(forms).format(h=h))
        if mode == "sentence":
            h = self.handle_value(platform, self.p(0.5), persona, nodot=True)
            ad.add_handle(platform, h)
            ad.tags.add("handle_sentence_punct")
            my = {"en": "my {pw} is", "es": "mi {pw} es", "pt": "meu {pw} é", "fr": "mon {pw} c'est", "it": "il mio {pw} è",
                  "de": "mein {pw} ist", "nl": "mijn {pw} is", "tl": "ang {pw} ko ay"}.get(lang, "{pw}:")
            lead = my.format(pw=pw)
            pre, post = self.c([("", "."), ("", "!"), ("", "!!"), ("", " :)"), ("(", ")"), ("“", "”"), ("", "."), ("", ",")])
            if pre == "(":
                return "(" + lead + " " + ad.slot(h) + post
            return lead + " " + pre + ad.slot(h) + post
        if mode == "profile_url":
            h = self.handle_value(platform, self.p(0.6), persona)
            ad.add_handle(platform, h)
            tmpl = self.c(PROFILE_URL[platform])
            u = tmpl.format(h=h)
            ad.add_url(norm_url(u))
            ad.tags.add("handle_profile_url")
            ad.tags.add("url_profile")
            return ad.slot(u)
        if mode == "multi":
            plats = self.c([("instagram", "snapchat"), ("snapchat", "instagram"), ("instagram", "tiktok"),
                            ("snapchat", "telegram"), ("twitter", "onlyfans")])
            h = self.handle_value("twitter", True, persona)
            for pl in plats:
                ad.add_handle(pl, h)
            ad.tags.add("handle_multi_platform")
            w1, w2 = self.c(PLATFORM_WORDS[plats[0]]), self.c(PLATFORM_WORDS[plats[1]])
            return ad.slot(self.c([f"{w1}/{w2}: {h}", f"{w1} + {w2} @{h}", f"{w1} & {w2}: @{h}", f"{w1}/{w2} {h}"]))
        raise ValueError(mode)

    def r_url(self, ad, domain, path=""):
        lang = ad.lang
        u = domain + path
        ad.add_url(norm_url(u))
        r = self.rng.random()
        if r < 0.35 and not path:
            ad.tags.add("url_disguised")
            dw = self.c([DOT_WORD[lang], "dot", "DOT"]) if lang != "en" else self.c(["dot", "DOT", "Dot"])
            parts = domain.split(".")
            style = self.c(["word", "bracket", "paren", "word"])
            if style == "word":
                shown = f" {dw} ".join(parts)
            elif style == "bracket":
                shown = "[.]".join(parts)
            else:
                shown = f" ({dw}) ".join(parts)
            if self.p(0.3):
                shown = f"www {dw} " + f" {dw} ".join(parts) if style == "word" else "www[.]" + shown if style == "bracket" else shown
            return ad.slot(shown)
        forms = [u, "www." + u, "https://" + u, "https://www." + u, "http://" + u]
        if path:
            forms += ["https://" + u + "/"]
        shown = self.c(forms)
        if self.p(0.07) and shown.startswith(("www.", "https://")):
            shown = shown.upper()
            ad.tags.add("url_caps")
        ad.tags.add("url_plain")
        if domain.count(".") >= 2 and domain.split(".")[-2] in ("com", "co", "net", "org", "in"):
            ad.tags.add("url_cc_second_level")
        if self.p(0.2):
            ad.tags.add("url_trailing_punct")
            pre, post = self.c([("", "."), ("", "!"), ("(", ")"), ("", ","), ("<", ">"), ("", " !!"), ("“", "”")])
            return pre + ad.slot(shown) + post
        return ad.slot(shown)

    def r_url_then_phone(self, ad, domain):
        """A website followed directly by a phone number: the URL must not swallow it."""
        url_text = self.r_url_plain_only(ad, domain)
        e = self.phone_entry(ad.country)
        ad.add_phone(e["e164"])
        num = e["international"] if ad.diaspora or self.p(0.4) else e["national"]
        ad.tags.add("phone_national" if num == e["national"] else "phone_international")
        ad.tags.add("url_then_phone")
        sep = self.c([" ", " | ", " - ", " 📞", ", ", "/ ", " • ", "  "])
        return url_text + sep + ad.slot(num)

    def r_url_plain_only(self, ad, domain):
        ad.add_url(norm_url(domain))
        ad.tags.add("url_plain")
        if domain.count(".") >= 2 and domain.split(".")[-2] in ("com", "co", "net", "org", "in"):
            ad.tags.add("url_cc_second_level")
        return ad.slot(self.c([domain, "www." + domain, "https://" + domain, "https://www." + domain]))

    def r_email(self, ad, addr):
        lang = ad.lang
        ad.add_email(addr)
        if self.p(0.4):
            ad.tags.add("email_disguised")
            local, dom = addr.split("@")
            parts = dom.split(".")
            atw = self.c(AT_WORD[lang] + ["at"])
            dw = DOT_WORD[lang] if self.p(0.6) else "dot"
            style = self.c(["words", "paren_at", "brackets", "braces", "spaced", "caps", "words"])
            if style == "words":
                shown = f"{local} {atw} " + f" {dw} ".join(parts)
            elif style == "paren_at":
                shown = f"{local}(at){dom}" if self.p(0.5) else f"{local} (at) " + " (dot) ".join(parts)
            elif style == "brackets":
                shown = f"{local} [at] " + " [dot] ".join(parts)
            elif style == "braces":
                shown = f"{local}{{at}}" + "{dot}".join(parts)
            elif style == "spaced":
                shown = f"{local} @ " + " . ".join(parts)
            else:
                shown = f"{local} AT " + " DOT ".join(parts)
            return ad.slot(shown)
        ad.tags.add("email_plain")
        return ad.slot(addr.upper() if self.p(0.05) else addr)

    # ---- decoys -----------------------------------------------------------------------------
    def decoy(self, ad, kind_of):
        lang, country = ad.lang, ad.country
        bank = self.banks[lang]
        if kind_of == "price":
            ad.tags.add("decoy_price")
            if ad.kind in ("sex_ad", "massage"):
                a, b = self.c([(80, 150), (100, 180), (120, 200), (60, 100), (150, 250)])
                return self.c([f"30min {self.price(country, a)} | 1hr {self.price(country, b)}",
                               f"QV {self.price(country, a)}, HH {self.price(country, a + 20)}, 1H {self.price(country, b)}",
                               f"💰 {self.price(country, b)}/h", f"60' {self.price(country, a)} • 90' {self.price(country, b)}",
                               f"Special {self.price(country, a)} til midnight"])
            if ad.kind == "job_offer":
                return self.c([f"{self.price(country, self.c([15, 18, 22, 25]))}/h", f"{self.price(country, self.c([400, 520, 650]))} per week",
                               f"salary {self.price(country, self.c([1800, 2400, 3100]))}/month"])
            return f"{self.price(country, self.c([250, 480, 1200, 3500]))} {self.c(['OBO', 'ono', 'firm', 'neg.'])}"
        if kind_of == "price_at":
            ad.tags.add("decoy_price_at")
            return self.c([f"2 @ {self.price(country, 100)}", f"2 girls @ {self.price(country, 300)}",
                           f"specials @ {self.price(country, 80)} before 6", f"QV @ {self.price(country, 70)}",
                           f"1hr @ {self.price(country, 160)} all inclusive", f"@ {self.price(country, 90)} only today"])
        if kind_of == "time":
            ad.tags.add("decoy_time")
            return self.c(["open 10am-2am", "avail 11.30pm till late", "22.00 - 06.00", "24/7", "9:30am–10pm daily",
                           "from 8.15 to 17.45", "Mon-Sat 10.00-21.00", "after 7.30pm only"])
        if kind_of == "date":
            ad.tags.add("decoy_date")
            return self.c(["here 05/12 - 09/12 only", "until 15.06.2025", "arriving 12.05", "start date 01.09.2025",
                           "posted 2024-11-03", "back on 3.4."])
        if kind_of == "measure":
            ad.tags.add("decoy_measure")
            return self.c(self.measures[ad.kind])
        if kind_of == "adid":
            ad.tags.add("decoy_adid")
            return self.c(self.adids)
        if kind_of == "filename":
            ad.tags.add("decoy_filename")
            f = self.c(self.files)
            return self.c([f"see {f}", f"({f})", f"pics: {f}", f"attach {f}", f])
        if kind_of == "version":
            ad.tags.add("decoy_version")
            return self.c(self.versions[ad.kind])
        if kind_of == "abbrev":
            ad.tags.add("decoy_abbrev")
            return self.c(self.abbrevs[ad.kind])
        if kind_of == "hashtag":
            ad.tags.add("decoy_hashtag")
            tags = self.hashtags[ad.kind]
            return " ".join(self.rng.sample(tags, k=min(self.rng.randint(1, 3), len(tags))))
        if kind_of == "at_sentence":
            ad.tags.add("decoy_at_dot_sentence")
            if ad.kind in ("job_offer", "other") and "at_sentence_biz" in bank:
                return self.c(bank["at_sentence_biz"])
            return self.c(bank["at_sentence"])
        if kind_of == "nospace":
            ad.tags.add("decoy_nospace_period")
            return self.c(bank["nospace"])
        if kind_of == "yesno":
            ad.tags.add("decoy_platform_yesno")
            return self.c(bank["yesno"])
        if kind_of == "decor":
            ad.tags.add("decoration_emoji")
            return self.c(bank["decor"])
        if kind_of == "nohandle":
            ad.tags.add("platform_word_nohandle")
            if ad.kind != "sex_ad":
                return self.c(bank["nohandle_biz"])
            return self.c(bank["nohandle"])
        if kind_of == "shout":
            ad.tags.add("dotted_shouting")
            k = self.rng.randint(1, 3)
            return " ".join(self.rng.sample(self.shout, k=k))
        raise ValueError(kind_of)

    # ---- ads ---------------------------------------------------------------------------------
    def pick_weighted(self, d):
        keys = list(d)
        return self.rng.choices(keys, weights=[d[k] for k in keys])[0]

    def fill(self, s, ctx):
        return s.format(**ctx)

    def make(self, lang, kind):
        _, countries, diaspora = LANGS[lang]
        country = self.pick_weighted(countries)
        city = self.c(CITIES[country])
        ad = Ad(lang, kind, country, city, diaspora)
        bank = self.banks[lang]
        name = self.c(self.names)
        ad.persona = name if kind == "sex_ad" else None
        spa_name = self.c(self.spa_a).capitalize() + " " + self.c(["Spa", "Massage", "Wellness", "Relax"])
        company = self.c(self.co_a).capitalize() + " " + self.c(["Staffing", "Group", "Services", "Hospitality", "Recruitment"])
        ctx = {"name": name, "city": city, "age": self.rng.randint(19, 38), "spa": spa_name, "company": company,
               "wage": self.price(country, self.c([12, 15, 18, 20])), "wage_big": self.price(country, self.c([2500, 3000, 4200])),
               "street": self.c(self.streets)}
        key = {"sex_ad": "sex", "massage": "mas", "job_offer": "job", "other": "oth"}[kind]
        title = self.fill(self.c(bank[f"{key}_title"]), ctx)
        lines = [self.fill(x, ctx) for x in self.rng.sample(bank[f"{key}_line"], k=min(len(bank[f"{key}_line"]), self.rng.randint(1, 3)))]
        if city not in title and not any(city in x for x in lines):
            lines.insert(0, self.c([f"📍 {city}", f"{city}", f"Location: {city}", f"📍{city} area"]))
        contacts = []  # list of text chunks
        title_contact = None

        no_contact = self.p(0.05)
        if not no_contact:
            if kind == "sex_ad":
                if self.p(0.75):
                    if ad.country in ("US", "CA") and not diaspora and self.p(0.15):
                        contacts.append(self.r_shout_phone(ad))
                    else:
                        contacts.append(self.r_phone(ad))
                nh = self.rng.choices([0, 1, 2, 3], weights=[15, 45, 30, 10])[0]
                for _ in range(nh):
                    mode = self.c(["strong_at", "strong_at", "strong_colon", "strong_colon", "weak_emoji", "weak_emoji", "weak_word",
                                   "weak_word", "profile_url", "multi", "sentence"])
                    plat = self.c(["instagram", "snapchat", "snapchat", "telegram", "onlyfans", "twitter", "tiktok", "instagram"])
                    if mode == "profile_url" and plat == "snapchat" and self.p(0.5):
                        plat = "onlyfans"
                    contacts.append(self.r_handle(ad, plat, mode))
                if self.p(0.12):
                    d = self.domain("sex_ad", country, lang, personal_name=name)
                    contacts.append(self.c(bank["url_lead"]) + " " + (self.r_url_then_phone(ad, d) if self.p(0.3) else self.r_url(ad, d)))
                if self.p(0.12):
                    contacts.append(self.c(bank["mail_lead"]) + " " + self.r_email(ad, self.email_address(lang, kind, name=name)))
            elif kind == "massage":
                if self.p(0.85):
                    contacts.append(self.r_phone(ad))
                if self.p(0.6):
                    d = self.domain("massage", country, lang)
                    if self.p(0.3):
                        contacts.append(self.c(bank["url_lead"]) + " " + self.r_url_then_phone(ad, d))
                    else:
                        contacts.append(self.c(bank["url_lead"]) + " " + self.r_url(ad, d, self.c(["", "", "", "/booking", "/prices"])))
                    if self.p(0.35):
                        contacts.append(self.c(bank["mail_lead"]) + " " + self.r_email(ad, self.email_address(lang, kind, company_domain=d)))
                elif self.p(0.3):
                    contacts.append(self.c(bank["mail_lead"]) + " " + self.r_email(ad, self.email_address(lang, kind)))
                if self.p(0.3):
                    contacts.append(self.r_handle(ad, self.c(["instagram", "instagram", "facebook", "tiktok"]),
                                                  self.c(["strong_at", "strong_colon", "profile_url", "weak_word"])))
            elif kind == "job_offer":
                d = None
                if self.p(0.65):
                    d = self.domain("job_offer", country, lang)
                    path = self.c(["", "", "", "/careers", "/jobs", "/apply", "/en/careers", "/vacancies/2291", "/join-us"])
                    lead = self.c(bank["url_lead"])
                    if lang == "en" and self.p(0.4):
                        lead = self.c(["Apply online at", "Apply at", "Apply online at", "More info at"])
                        ad.tags.add("decoy_at_before_url")
                    contacts.append(lead + " " + self.r_url(ad, d, path))
                if self.p(0.65):
                    addr = self.email_address(lang, kind, company_domain=d if d and self.p(0.7) else None)
                    contacts.append(self.c(bank["mail_lead"]) + " " + self.r_email(ad, addr))
                if self.p(0.5):
                    contacts.append(self.r_phone(ad, whatsapp=self.p(0.5)))
                if self.p(0.15):
                    contacts.append(self.r_handle(ad, "telegram", self.c(["strong_at", "strong_colon", "profile_url"])))
                if self.p(0.1):
                    contacts.append(self.r_handle(ad, "facebook", "profile_url"))
            else:
                if self.p(0.7):
                    contacts.append(self.r_phone(ad, whatsapp=self.p(0.2)))
                if self.p(0.4):
                    contacts.append(self.c(bank["mail_lead"]) + " " + self.r_email(ad, self.email_address(lang, kind)))
                if self.p(0.3):
                    d = self.domain("other", country, lang)
                    contacts.append(self.c(bank["url_lead"]) + " " + (self.r_url_then_phone(ad, d) if self.p(0.3) else self.r_url(ad, d)))
                if self.p(0.15):
                    contacts.append(self.r_handle(ad, self.c(["facebook", "instagram"]), self.c(["profile_url", "strong_at"])))
        else:
            ad.tags.add("no_selector")

        # decoys and negatives
        if kind == "sex_ad":
            pool_ = ["price", "price", "price_at", "time", "date", "measure", "measure", "adid", "filename", "hashtag",

                     "abbrev", "decor", "decor", "nohandle", "nohandle", "shout", "at_sentence", "nospace", "yesno"]
            ndec = self.rng.randint(2, 5)
        elif kind == "massage":
            pool_ = ["price", "price", "price_at", "time", "time", "abbrev", "hashtag", "adid", "decor", "nohandle",
                     "shout", "at_sentence", "filename"]
            ndec = self.rng.randint(1, 3)
        elif kind == "job_offer":
            pool_ = ["price", "time", "date", "adid", "filename", "abbrev", "version", "hashtag", "at_sentence", "nohandle", "measure"]
            ndec = self.rng.randint(1, 3)
        else:
            pool_ = ["price", "version", "version", "measure", "filename", "date", "abbrev", "adid", "hashtag", "nohandle", "time"]
            ndec = self.rng.randint(1, 3)
        decoys = [self.decoy(ad, k) for k in dict.fromkeys(self.rng.sample(pool_, k=ndec))]

        # a contact in the title
        if contacts and self.p(0.15):
            title_contact = contacts.pop(self.rng.randrange(len(contacts)))
            title = title + self.c([" — ", " | ", " 💋 ", " ✨ ", " "]) + title_contact
            ad.tags.add("contact_in_title")

        body_mid = lines + decoys
        self.rng.shuffle(body_mid)
        if kind in ("sex_ad", "massage"):
            closer = [self.c(bank["closer"])] if self.p(0.6) else []
        elif "closer_biz" in bank:
            closer = [self.c(bank["closer_biz"])] if self.p(0.5) else []
        else:
            closer = []
        if self.p(0.5):
            body = body_mid + contacts + closer
        else:
            k = self.rng.randint(0, len(body_mid))
            body = body_mid[:k] + contacts + body_mid[k:] + closer
        if kind in ("sex_ad",) and self.p(0.35):
            ad.tags.add("contacts_one_line")
            # several contacts on one line
            body = [x for x in body if x not in contacts] + [self.c([" ", " | ", " / ", " 💋 ", " • "]).join(contacts)] if contacts else body
        # sprinkle emojis
        spr = SPRINKLE if kind == "sex_ad" else SOFT_SPRINKLE
        out = []
        for ln in body:
            if self.p(0.35 if kind == "sex_ad" else 0.15):
                ln = ln + " " + self.c(spr) * self.rng.randint(1, 2)
            if self.p(0.15 if kind == "sex_ad" else 0.05):
                ln = self.c(spr) + " " + ln
            out.append(ln)
        sep = self.c(["\n", "\n", "\n\n", " ", "\n"])
        text = sep.join(out)
        if not (ad.handles or ad.urls or ad.emails or ad.phones):
            ad.tags.add("no_selector")
        if len(ad.handles) + len(ad.urls) + len(ad.emails) + len(ad.phones) >= 3:
            ad.tags.add("multi_contact")
        if lang in ("en", "es", "pt") and kind in ("sex_ad", "massage") and self.p(0.14):
            title, text = title.upper(), text.upper()
            ad.tags.add("caps_ad")
        if lang != "en" and self.p(0.1) and kind in ("sex_ad", "job_offer"):
            text = text + "\n" + self.c(["English ok 👍", "Speak English", "Real pics, no fake"])
            ad.tags.add("mixed_lang")
        # resolve slots
        for i, s in enumerate(ad.slots):
            title = title.replace(f"\x00{i}\x00", s)
            text = text.replace(f"\x00{i}\x00", s)
        assert "\x00" not in title + text
        if "phone_national" in ad.tags:
            assert city.upper() in (title + text).upper(), (city, title, text)
        return ad, title, text


CITIES_ALL_LOCAL = ["nyc", "la", "uk", "lagos", "dubai", "mnl", "sp", "bcn", "mx", "berlin", "milano", "paris"]


CUE_WORDS = ({w.lower() for ws in PLATFORM_WORDS.values() for w in ws} - {"of", "x", "twitter/x"}) | {
    "kik", "snapchat", "instagram", "insta", "ig", "snap", "sc", "telegram", "tg", "tiktok", "twitter", "fb",
    "facebook", "onlyfans", "snapa", "snapten", "tele"}
CUE_EMOJI = ("👻", "📷", "📸")
PUNCT = ":-=➡️()[]{}!.,;“”\"'<>|/•"


NOT_ACCOUNTS = {"whatsapp", "wa", "signal", "viber", "zalo", "wechat", "line", "onlyfans", "tiktok", "kik"}


def accountlike(tok):
    return (any(ch.isdigit() for ch in tok) or "_" in tok or "." in tok
            or (any(ch.islower() for ch in tok[1:]) and any(ch.isupper() for ch in tok[1:])))


def clean(tok):
    while tok and not (tok[0].isalnum() or tok[0] in "_@"):
        tok = tok[1:]
    while tok and not (tok[-1].isalnum() or tok[-1] == "_"):
        tok = tok[:-1]
    return tok


def platformish(tok):
    parts = [p for p in tok.lower().replace("&", "/").replace("+", "/").split("/") if p]
    return bool(parts) and all(p in CUE_WORDS or p in NOT_ACCOUNTS for p in parts)


def ambiguous(ad, text):
    """True when the text holds an unlabelled account-like token right after a handle cue, or an
    unlabelled @name: such an ad would be unfair either way, so the generator draws it again."""
    hv = {h["value"].lower() for h in ad.handles}
    other = [u.lower() for u in ad.urls] + [e.lower() for e in ad.emails]
    for e in CUE_EMOJI:
        text = text.replace(e, f" {e} ")
    toks = text.split()
    for i, tok in enumerate(toks):
        core = clean(tok)
        is_cue = core.lower() in CUE_WORDS or core == "OF" or tok in CUE_EMOJI
        if is_cue:
            j = i + 1
            while j < len(toks) and not clean(toks[j]) and toks[j] not in CUE_EMOJI:
                j += 1
            if j < len(toks):
                nxt = clean(toks[j]).lstrip("@")
                low = nxt.lower()
                if (nxt and not nxt[0].isdigit() and accountlike(nxt) and low not in hv and not platformish(nxt)
                        and not any(o in low or low in o for o in other)):
                    return True
        if "@" in tok:
            core = clean(tok)
            if core in ("", "@"):
                continue
            if any(e in core.lower() for e in ad.emails):
                continue
            name = clean(core.split("@", 1)[1])
            if name.lower() not in hv and not any(o in core.lower() for o in other):
                return True
    return False


def load_pool():
    data = json.loads(POOL_PATH.read_text(encoding="utf-8"))
    pool = data["pool"]
    rng = random.Random(POOL_SEED)
    out = {"dev": {}, "heldout": {}}
    for c in sorted(pool):
        lst = list(pool[c])
        rng.shuffle(lst)
        k = len(lst) * 3 // 10
        out["dev"][c] = lst[:k]
        out["heldout"][c] = lst[k:]
    return out


def plan(rng, n):
    """Exactly round(0.45 n) English ads; the rest spread over the other languages by weight (>= 2 each)."""
    others = [lng for lng in LANGS if lng != "en"]
    n_en = round(0.45 * n)
    rest = n - n_en - 2 * len(others)
    tot = sum(LANGS[lng][0] for lng in others)
    quota = {lng: 2 + rest * LANGS[lng][0] // tot for lng in others}
    left = n - n_en - sum(quota.values())
    for lng in sorted(others, key=lambda x: (-(rest * LANGS[x][0] % tot), x))[:left]:
        quota[lng] += 1
    order = ["en"] * n_en + [lng for lng in others for _ in range(quota[lng])]
    assert len(order) == n
    rng.shuffle(order)
    kinds = list(KIND_WEIGHTS)
    return [(lng, rng.choices(kinds, weights=[KIND_WEIGHTS[k] for k in kinds])[0]) for lng in order]


def build():
    reg = Registry()
    pools = load_pool()
    out = {}
    for split, (n, seed, letter) in SPLITS.items():
        g = Gen(split, seed, reg, pools[split])
        rows = []
        for i, (lang, kind) in enumerate(plan(g.rng, n), 1):
            for _attempt in range(100):
                ad, title, body = g.make(lang, kind)
                if not ambiguous(ad, title + "\n" + body):
                    break
            else:
                raise RuntimeError("could not draw an unambiguous ad")
            rows.append({
                "id": f"sel7-{letter}-{i:04d}", "title": title, "body": body, "lang": lang, "kind": kind,
                "labels": {"handles": ad.handles, "urls": ad.urls, "emails": ad.emails, "phones": ad.phones,
                           "post_type": None, "indicators": []},
                "tags": sorted(ad.tags),
            })
        out[split] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return out


def main(argv):
    files = build()
    if "--check" in argv:
        bad = [s for s, t in files.items() if (HERE / f"{s}.jsonl").read_text(encoding="utf-8") != t]
        if bad:
            print("differs:", ", ".join(bad))
            return 1
        return 0
    for split, text in files.items():
        (HERE / f"{split}.jsonl").write_text(text, encoding="utf-8")
        print(f"{split}.jsonl: {text.count(chr(10))} ads")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
