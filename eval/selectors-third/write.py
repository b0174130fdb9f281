#!/usr/bin/env python3
"""Write the third, independent labelled selector set (handles, URLs, emails) for issue 15.

    python3 eval/selectors-third/write.py            # rewrite dev.jsonl and heldout.jsonl
    python3 eval/selectors-third/write.py --check    # exit 1 if the files differ from the generator

Python 3.11, standard library only, deterministic (seeded `random.Random`, no set iteration in
output order). Every label is produced from the value that was inserted into the text, never by
reading the text back. See README.md for the labelling conventions.

Each line: {"id", "title", "body", "labels": {"handles": [{"platform", "value"}], "urls": [...],
"emails": [...], "phones": [], "indicators": [], "post_type": null}, "kind", "inserted": [...],
"negatives": [...]}. `inserted` lists, for each label, the raw text it was inserted as (for tests
and error reading); `negatives` names the hard-negative families the ad contains.
"""

from __future__ import annotations

import json
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": (150, 3_310_151), "heldout": (300, 3_320_373)}

# --------------------------------------------------------------------------------------------
# Banks. Every bank below that names people, places, site words or phrasing is split: the dev
# and held-out splits draw from disjoint lists (test_write.py checks this). Cue syntaxes and the
# big mail providers are shared where a platform has few forms, and each split also has its own.
# --------------------------------------------------------------------------------------------

NAMES = {
    "dev": ["mia", "jade", "lola", "bella", "kira", "nina", "rosa", "tasha", "yuki", "amber",
            "chloe", "daisy", "ella", "gina", "ivy", "maya", "nora", "paola", "sasha", "tina",
            "vera", "zoe", "alina", "bianca", "carla", "dasha", "elena", "fatima", "hana",
            "irina", "jasmin", "kelly", "lexi", "mona", "nadia", "olga", "priya", "rina", "sofia",
            "lucia"],
    "heldout": ["aria", "brooke", "candy", "diana", "eva", "freya", "giselle", "honey", "isla",
                "jenna", "katya", "lara", "mila", "nikki", "opal", "pearl", "quinn", "raven",
                "sienna", "tara", "uma", "valentina", "willow", "xena", "yasmin", "zara", "anya",
                "bonnie", "celine", "dolly", "esme", "flora", "greta", "harley", "ines", "juno",
                "kimi", "leila", "marisol", "noor", "roxy", "selin", "thalia", "vicky", "wanda"],
}
# Words people build account names from (also used after strong cues as plain-word handles).
WORDS = {
    "dev": ["sweet", "kitty", "cherry", "velvet", "sugar", "peach", "angel", "bunny", "lush",
            "silky", "spice", "dreamy", "moon", "blush", "minx", "glow", "vixen", "fawn"],
    "heldout": ["honeybee", "lotus", "satin", "ember", "plum", "sunny", "foxy", "jewel", "coco",
                "petal", "starlet", "mango", "bliss", "ruby", "stormy", "cupcake", "tulip",
                "misty", "siren", "kiwi", "velour", "dove"],
}
CITIES = {
    "dev": ["Houston", "Leeds", "Milan", "Lyon", "Hamburg", "Porto", "Krakow", "Sydney",
            "Toronto", "Dubai", "Bangkok", "Manila", "Atlanta", "Vegas", "Brussels", "Dublin",
            "Reykjavik", "Vienna", "Mumbai", "Auckland"],
    "heldout": ["Dallas", "Bristol", "Rome", "Marseille", "Munich", "Lisbon", "Warsaw",
                "Melbourne", "Vancouver", "Doha", "Pattaya", "Cebu", "Miami", "Phoenix",
                "Antwerp", "Cork", "Oslo", "Graz", "Delhi", "Wellington", "Prague", "Seville",
                "Bucharest", "Calgary"],
}
# First word of an own-site / agency domain. The second comes from SITE_NOUNS (shared).
SITE_WORDS = {
    "dev": ["velvetrope", "silkroad", "luxeline", "eliteangels", "goldenlily", "blueorchid",
            "redcarpet", "nightowl", "citylights", "harbour", "northstar", "opalsky", "crystal",
            "sapphire", "bluewave", "primeline", "urbanleaf", "sunrise"],
    "heldout": ["scarletmoon", "ivorytower", "amberglow", "midnightrose", "royalcrest",
                "emeraldbay", "silverfox", "papaya", "lagoon", "highland", "cloudnine",
                "pinkpanther", "seabreeze", "goldcoast", "redwood", "violetta", "topaz",
                "starlight", "copperleaf", "moonriver"],
}
SITE_NOUNS = ["spa", "models", "escorts", "agency", "staffing", "talent", "jobs", "massage",
              "companions", "girls", "dolls", "angels", "wellness", "recruit", "hostess",
              "events", "vip", "club"]
# Top-level suffixes for own sites: many countries, including the ones that read as words.
SITE_TLDS = ["com", "net", "org", "co.uk", "com.au", "ca", "de", "fr", "es", "it", "be", "in",
             "is", "at", "me", "to", "nl", "ch", "se", "no", "dk", "pl", "cz", "ie", "co.nz",
             "co.za", "com.br", "com.mx", "ro", "gr", "pt", "hu", "fi", "us", "xyz", "club",
             "online", "vip", "agency", "sexy", "xxx", "love", "eu", "co", "ae", "sg", "ph",
             "co.th", "jp"]
PATHS = {
    "dev": ["gallery", "apply", "booking", "jobs/hostess", "rates", "girls/new", "contact",
            "careers", "join-us", "models"],
    "heldout": ["photos", "apply-now", "book", "vacancies/spa-therapist", "prices", "about-me",
                "recruitment", "menu", "ladies", "tour-dates"],
}
ROLES = ["careers", "hr", "info", "booking", "bookings", "jobs", "recruitment", "contact",
         "office", "apply", "reservations", "casting", "hello", "team"]

BIG_PROVIDERS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                 "protonmail.com"]
PROVIDERS = {
    "dev": ["gmx.de", "web.de", "orange.fr", "libero.it", "yandex.ru", "seznam.cz", "wp.pl",
            "terra.com.br", "sapo.pt", "naver.com", "qq.com", "yahoo.co.jp", "rediffmail.com",
            "bigpond.com", "shaw.ca", "hotmail.co.uk", "aol.com", "proton.me", "abv.bg",
            "inbox.lv", "telefonica.net", "mail.ru"],
    "heldout": ["t-online.de", "gmx.at", "laposte.net", "free.fr", "virgilio.it", "alice.it",
                "rambler.ru", "ukr.net", "o2.pl", "interia.pl", "uol.com.br", "bol.com.br",
                "daum.net", "163.com", "126.com", "sina.com", "optusnet.com.au", "rogers.com",
                "yahoo.co.uk", "hotmail.es", "live.com", "zoho.com", "tutanota.com", "mail.com",
                "freemail.hu", "yahoo.com.br", "gmx.net"],
}
BIO_HOSTS = ["linktr.ee", "beacons.ai", "allmylinks.com", "lnk.bio", "bio.link", "solo.to",
             "hoo.be", "msha.ke"]
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "is.gd", "t.ly", "shorturl.at",
              "ow.ly", "rebrand.ly", "tiny.cc"]

# Handle cues. "{h}" is the account; "{H}" the account with "@". side: "both", "dev", "heldout".
# strength: "strong" (explicit syntax, a plain word after it is still an account) or "weak"
# (an emoji alone: only an account-looking token follows it in this set).
CUES = {
    "instagram": [
        ("both", "strong", "IG: {h}"), ("both", "strong", "IG @{h}"),
        ("dev", "strong", "insta: @{h}"), ("dev", "strong", "@{h} on insta"),
        ("dev", "strong", "Instagram ➡️ @{h}"), ("dev", "strong", "📸 IG: {h}"),
        ("heldout", "strong", "follow me on instagram @{h}"), ("heldout", "strong", "insta - {h}"),
        ("heldout", "strong", "ig👉 @{h}"), ("heldout", "strong", "INSTAGRAM: @{h}"),
        ("dev", "weak", "📸 {h}"), ("heldout", "weak", "📷 {h}"),
    ],
    "snapchat": [
        ("both", "strong", "snap: {h}"), ("both", "strong", "Snapchat: {h}"),
        ("dev", "strong", "snap 👻 {h}"), ("dev", "strong", "sc: {h}"),
        ("dev", "strong", "add me on snapchat - {h}"),
        ("heldout", "strong", "SNAP- {h}"), ("heldout", "strong", "👻 snap @{h}"),
        ("heldout", "strong", "my sc is {h}"), ("heldout", "strong", "snapchat ➜ {h}"),
        ("dev", "weak", "👻 {h}"), ("heldout", "weak", "👻👻 {h}"),
    ],
    "telegram": [
        ("both", "strong", "Telegram: @{h}"), ("both", "strong", "tg - @{h}"),
        ("dev", "strong", "TG @{h}"), ("dev", "strong", "telegram ✈️ @{h}"),
        ("dev", "strong", "message me on telegram @{h}"),
        ("heldout", "strong", "TELEGRAM ➡ @{h}"), ("heldout", "strong", "tg: {h}"),
        ("heldout", "strong", "write on Telegram (@{h})"), ("heldout", "strong", "Телеграм: @{h}"),
    ],
    "kik": [
        ("both", "strong", "Kik: {h}"),
        ("dev", "strong", "kik me - {h}"), ("dev", "strong", "KIK 👉 {h}"),
        ("heldout", "strong", "kik = {h}"), ("heldout", "strong", "add my kik {h}"),
    ],
    "twitter": [
        ("both", "strong", "twitter @{h}"),
        ("dev", "strong", "find me on X @{h}"), ("dev", "strong", "tw: {h}"),
        ("heldout", "strong", "X: @{h}"), ("heldout", "strong", "follow on twitter/X @{h}"),
        ("heldout", "strong", "🐦 twitter: {h}"),
    ],
    "tiktok": [
        ("both", "strong", "TikTok: @{h}"),
        ("dev", "strong", "tt: @{h}"), ("dev", "strong", "my tiktok @{h}"),
        ("heldout", "strong", "TIKTOK 🎵 @{h}"), ("heldout", "strong", "tik tok - @{h}"),
    ],
    "onlyfans": [
        ("both", "strong", "OF 👉 {h}"), ("both", "strong", "OnlyFans: {h}"),
        ("dev", "strong", "OF: {h}"), ("dev", "strong", "my OF is {h}"),
        ("heldout", "strong", "ONLYFANS ➡️ {h}"), ("heldout", "strong", "of - @{h}"),
    ],
    "line": [
        ("both", "strong", "Line ID: {h}"),
        ("dev", "strong", "LINE: {h}"), ("heldout", "strong", "line id - {h}"),
        ("heldout", "strong", "add LINE {h}"),
    ],
    "wechat": [
        ("both", "strong", "WeChat: {h}"),
        ("dev", "strong", "微信: {h}"), ("dev", "strong", "wechat id {h}"),
        ("heldout", "strong", "WeChat ID - {h}"), ("heldout", "strong", "VX: {h}"),
    ],
    "signal": [
        ("both", "strong", "Signal: {h}"),
        ("dev", "strong", "signal username {h}"),
        ("heldout", "strong", "on Signal @{h}"), ("heldout", "strong", "SIGNAL ➜ {h}"),
    ],
}
# Profile links: (platform, url template with {h}, display prefixes). Labelled as URL and handle.
PROFILES = [
    ("instagram", "instagram.com/{h}"), ("telegram", "t.me/{h}"), ("twitter", "x.com/{h}"),
    ("twitter", "twitter.com/{h}"), ("onlyfans", "onlyfans.com/{h}"),
    ("tiktok", "tiktok.com/@{h}"), ("snapchat", "snapchat.com/add/{h}"),
    ("facebook", "facebook.com/{h}"),
]
URL_PREFIXES = ["", "", "www.", "https://", "https://www.", "http://"]

# Templates that carry a selector ({s}). Split disjoint.
# Templates that carry a selector ({s}), by ad kind ("any" fits every kind). Split disjoint.
EMAIL_CTX = {
    "dev": [("any", "Email: {s}"), ("any", "📧 {s}"), ("job", "send your CV to {s}"),
            ("any", "contact {s}"), ("escort", "mail me {s}"), ("any", "Bookings: {s}"),
            ("any", "E-mail ➜ {s}"), ("any", "questions? {s}"), ("job", "reply to {s} with photo"),
            ("massage", "appointments by email {s}"), ("job", "Interested? Email {s} today"),
            ("escort", "💌 {s} (no spam!!)")],
    "heldout": [("any", "write to {s} for details"), ("job", "Apply: {s}"),
                ("any", "serious inquiries only: {s}"), ("any", "✉️ {s}"),
                ("job", "CV + photo -> {s}"), ("escort", "email ONLY {s}"),
                ("any", "drop a line: {s}"), ("job", "Kontakt: {s}"), ("any", "Correo: {s}"),
                ("escort", "for rates email {s}"), ("massage", "gift cards: {s}"),
                ("job", "Send passport copy and photos to {s}")],
}
URL_CTX = {
    "dev": [("any", "more pics {s}"), ("any", "🌐 {s}"), ("any", "visit {s}"),
            ("any", "website: {s}"), ("job", "apply online {s}"), ("massage", "full menu at {s}"),
            ("escort", "all my links 👉 {s}"), ("any", "book here {s}"),
            ("job", "Job details and form: {s}"), ("escort", "verify me 👉 {s}")],
    "heldout": [("any", "see {s}"), ("any", "site ➡️ {s}"), ("escort", "photos & rates: {s}"),
                ("job", "register at {s}"), ("any", "link: {s}"), ("any", "check out {s} for more"),
                ("escort", "everything here: {s}"), ("any", "info 👇\n{s}"), ("any", "click {s}"),
                ("job", "Fill the form {s} and wait for call"), ("massage", "Prices on {s}")],
}
HANDLE_CTX = {
    "dev": ["{s}", "{s}", "{s} 💋", "📲 {s}", "({s})", "{s} for pics"],
    "heldout": ["{s}", "{s}", "{s} 😘", "➡️ {s}", "[{s}]", "{s} for more"],
}

TITLES = {
    "escort": {
        "dev": ["💋 {Name} NEW IN {CITY} 💋", "Sexy {Name} ❤️ available now", "{Name} 🔥 GFE {City}",
                "✨ Petite {Name} outcall only ✨", "HOT {NAME} 💦 real pics"],
        "heldout": ["🌹 {Name} visiting {City} 🌹", "{NAME} ❤️ LAST DAYS", "Exotic {Name} 😍 incall",
                    "👑 Independent {Name} 👑", "{Name} sweet & discreet ✨"],
    },
    "massage": {
        "dev": ["Relaxing Asian massage {City}", "🌸 NEW spa grand opening 🌸", "Body rub by {Name}",
                "Best massage in {City} - new staff"],
        "heldout": ["Thai massage 🌺 {City} center", "Deep tissue + hot stone", "✨ Tantric {Name} ✨",
                    "Spa special this week ({City})"],
    },
    "job": {
        "dev": ["Hostess wanted - {City}", "MODELS WANTED 💰 high pay", "Hiring girls 18+ for club work",
                "Work abroad: waitress jobs", "Nanny / housekeeper needed"],
        "heldout": ["Dancers needed {City} ✈️ visa provided", "Easy money 💵 promo models",
                    "Cleaning staff urgent - accommodation", "Spa therapist vacancy {City}",
                    "Chat operators from home"],
    },
    "classified": {
        "dev": ["Selling iPhone 13 - good condition", "Room for rent {City}", "Lost cat near park",
                "Nail tech taking clients"],
        "heldout": ["Bike for sale {City}", "Photographer for events", "Flat share available",
                    "Tutoring maths & English"],
    },
}
OPENERS = {
    "escort": {
        "dev": ["Hi gentlemen 😘 I'm {Name}, {age}, new in {City}.", "Hey daddy 💋 come see me",
                "Sweet, classy and discreet. Incall near downtown {City}.",
                "Real pics 100% or free visit!", "HELLO BABY I AM {NAME} 😈",
                "Available for outcall to hotels only.", "Ciao amore 💋 sono {Name}, italiana vera",
                "🔥🔥 NEW NEW NEW 🔥🔥 first week in {City}", "Oi amor, {Name} aqui 😘 completinha",
                "Hallo Schatz, {Name} wartet auf dich 💋"],
        "heldout": ["Hola papi 🔥 soy {Name}, {age} años.", "Upscale companion visiting {City} this week.",
                    "No games, no fakes 🙅‍♀️", "Coucou mon chéri 💕 {Name} ici",
                    "Busty & fun 🍒 young {Name} here", "Incall in private apartment, clean & safe.",
                    "Привет 😘 я {Name}, новенькая", "💎 TOP QUALITY 💎 {NAME} 💎 only few days",
                    "Bonsoir messieurs, {Name} à {City} pour 3 jours", "Tu novia latina 💃 {Name}"],
    },
    "massage": {
        "dev": ["Professional therapists, clean rooms, free parking.", "New girls every week 🌸",
                "Open late. Walk-ins welcome.", "Hot towel + shower included."],
        "heldout": ["Relax your body and mind 🙏", "Beautiful young staff, private rooms.",
                    "Table shower available ✨", "Couples welcome, 2 therapists."],
    },
    "job": {
        "dev": ["We are hiring girls 18-28, no experience needed.", "Earn 3000-5000 per week 💰💰",
                "Flights and housing paid by the company.", "Looking for friendly hostesses for VIP lounge.",
                "Live-in position, food included.",
                "🔥 VACANCY 🔥 girls 18+ for work in Europe, salary from 2000€",
                "Работа для девушек за границей, жильё бесплатно."],
        "heldout": ["Young women wanted for promo work abroad ✈️", "Cash paid daily, no papers needed.",
                    "Visa + ticket arranged, you pay back later.", "Modelling contracts in {City}, send 3 photos.",
                    "Easy job, only chatting with clients online.",
                    "‼️ URGENT ‼️ 5 girls needed for hotel work, start tomorrow",
                    "Trabajo para chicas en España 💶 alojamiento incluido."],
    },
    "classified": {
        "dev": ["Price negotiable, pick up only.", "Message for details.", "Serious buyers only please."],
        "heldout": ["Cash on collection.", "Ask me anything 🙂", "Available from next month."],
    },
}
CLOSERS = {
    "dev": ["No pimps, no drama.", "Thank you 💋", "Serious only.", "xoxo", "Text first pls.",
            "Be respectful 🙏", "Kisses ❤️", "Don't be shy 😉"],
    "heldout": ["Screening required.", "Muah 😘", "No time wasters.", "Bye bye 👋", "See you soon.",
                "Discretion guaranteed 🔒", "Have a nice day ☀️", "Hurry!! 🔥"],
}

# Hard negatives: text that looks like a selector to a naive rule but names no account, site or
# mailbox. Each entry: (family, text). Split disjoint.
NEGATIVES = {
    "dev": [
        ("emoji", "100% real pics 📷"), ("emoji", "STOP 👻 wasting my time"),
        ("emoji", "📸 new pics every day"), ("emoji", "✈️ just landed"),
        ("platform-word", "I don't do snap, sorry"), ("platform-word", "check my facebook page"),
        ("platform-word", "ask about my telegram group"), ("platform-word", "not on kik anymore"),
        ("cue-word", "I do snap fun too"), ("cue-word", "IG pictures are old"),
        ("cue-word", "snapchat today only"), ("cue-word", "OF course I'm real"),
        ("abbrev", "Services e.g. GFE, dinner date"), ("abbrev", "open 10 a.m. till late"),
        ("time", "open 24/7"), ("time", "10am-2am"), ("time", "meet @ 9pm"),
        ("price", "$150/hr, $250 2hrs"), ("price", "150 roses 💐"), ("price", "1hr@200"),
        ("shout-dots", "CALL.ME.NOW"), ("shout-dots", "NO.RUSH"), ("shout-dots", "TEXT.ME"),
        ("shout-dots", "NEW.IN.TOWN"), ("glued", "Come see me.Top service guaranteed"),
        ("file", "send pic1.jpg and cv.pdf"), ("version", "update to app v2.0.1 first"),
        ("at-dot", "I'm staying at the Hilton"), ("at-dot", "red polka dot dress tonight"),
        ("hashtag", "#newintown #vip"), ("at-word", "incall @ the Marriott"),
        ("site-name", "Posted on Skokka"), ("site-footer", "Saw me on vivastreet.co.uk? mention it"),
        ("handle-word", "insta ready body"), ("dots-price", "$2,500.00/month"),
        ("file", "video.mov on request"), ("abbrev", "No.1 in town"),
    ],
    "heldout": [
        ("emoji", "real photos 📸 guaranteed"), ("emoji", "👻 no ghosting pls"),
        ("emoji", "📷 verified"), ("emoji", "💋💋💋"),
        ("platform-word", "no instagram models pls"), ("platform-word", "my tiktok got banned lol"),
        ("platform-word", "OnlyFans girls welcome to apply"), ("platform-word", "twitter verified provider"),
        ("cue-word", "snap pics not allowed"), ("cue-word", "IG famous"),
        ("cue-word", "kik back and relax"), ("cue-word", "Line up your appointment"),
        ("cue-word", "Signal me when you arrive"), ("cue-word", "X marks the spot"),
        ("abbrev", "i.e. discreet"), ("abbrev", "Mon-Sat approx. 6 p.m."),
        ("time", "24 hrs 7 days"), ("time", "11:30pm-5am"), ("time", "see u @ 10"),
        ("price", "€80 30min / €140 1h"), ("price", "1.5k per week"), ("price", "2hrs@350"),
        ("shout-dots", "BOOK.NOW"), ("shout-dots", "HIT.ME.UP"), ("shout-dots", "TEXT.ONLY"),
        ("shout-dots", "SEXY.AND.FUN"), ("glued", "No games.Best girl in town"),
        ("file", "IMG_2231.png attached"), ("version", "iOS 17.2 or newer"),
        ("at-dot", "pay at the door"), ("at-dot", "on time, to the dot"),
        ("hashtag", "#gfe #latina"), ("at-word", "outcall @ your hotel"),
        ("site-name", "found me on Locanto"), ("site-footer", "Ad seen on skokka.com - ref 40212"),
        ("handle-word", "snap happy girl"), ("file", "portfolio.zip ok"), ("abbrev", "U.S. dollars only"),
    ],
}
PHONE_FORMATS = ["(713) 555-01{a}", "702.555.01{a}", "+44 7700 900{c}", "07700900{c}", "+61 491 570 {c}",
                 "+33 6 {e}", "+49 15{c} {d}"]


class Ad:
    def __init__(self):
        self.handles, self.urls, self.emails = [], [], []
        self.inserted, self.negatives = [], []

    def handle(self, platform, value, raw):
        key = {"platform": platform, "value": value.lower()}
        if key not in self.handles:
            self.handles.append(key)
        self.inserted.append({"kind": "handle", "platform": platform, "value": value.lower(), "raw": raw})

    def url(self, value, raw):
        v = value.lower()
        if v not in self.urls:
            self.urls.append(v)
        self.inserted.append({"kind": "url", "value": v, "raw": raw})

    def email(self, value, raw):
        v = value.lower()
        if v not in self.emails:
            self.emails.append(v)
        self.inserted.append({"kind": "email", "value": v, "raw": raw})


class Gen:
    def __init__(self, split, seed):
        self.split, self.r = split, random.Random(seed)
        self.names, self.words, self.cities = NAMES[split], WORDS[split], CITIES[split]
        self.used = set()

    # ---------- values ----------
    def digits(self, lo=1, hi=4):
        return "".join(self.r.choice(string.digits) for _ in range(self.r.randint(lo, hi)))

    def account(self, platform, plain_ok):
        """An account name valid for the platform. plain_ok: may be a plain word."""
        r = self.r
        for _ in range(100):
            n, w = r.choice(self.names), r.choice(self.words)
            if plain_ok and r.random() < 0.25:
                h = r.choice([w, n + w])
            else:
                style = r.randrange(8)
                h = [f"{n}{self.digits(2, 4)}", f"{n}_{w}", f"{n}.{w}{self.digits(1, 2)}",
                     f"{w}_{n}{self.digits(1, 3)}", f"the{w}{n}", f"{n}x{w}", f"{w}.{n}",
                     f"{n}_{self.digits(2, 3)}_{w}"][style]
                if r.random() < 0.2:  # mixed case as written
                    h = h[0].upper() + h[1:]
            if platform in ("telegram", "twitter", "tiktok", "wechat") and "." in h:
                h = h.replace(".", "_")
            if platform == "telegram" and len(h) < 5:
                continue
            if platform == "twitter" and len(h) > 15:
                continue
            if platform == "snapchat" and len(h) > 15:
                continue
            if platform == "signal":  # Signal usernames end in a dot and two or more digits
                h = h.split(".")[0].replace("_", "") + "." + self.digits(2, 2)
            if platform == "wechat" and not h[0].isalpha():
                continue
            if h.lower() in self.used:
                continue
            self.used.add(h.lower())
            return h
        raise RuntimeError("account bank exhausted")

    def site_domain(self):
        r = self.r
        for _ in range(100):
            w = r.choice(SITE_WORDS[self.split])
            noun = r.choice(SITE_NOUNS)
            sep = r.choice(["-", "-", "", "-"])
            city = r.choice(self.cities).lower()
            base = r.choice([f"{w}{sep}{noun}", f"{w}{sep}{noun}", f"{city}-{w}", f"{w}-{noun}-{city}"])
            d = f"{base}.{r.choice(SITE_TLDS)}"
            if d not in self.used:
                self.used.add(d)
                return d
        raise RuntimeError("domain bank exhausted")

    def code(self, lo=5, hi=8):
        a = string.ascii_letters + string.digits
        return "".join(self.r.choice(a) for _ in range(self.r.randint(lo, hi)))

    def ctx(self, bank, kind):
        return self.r.choice([t for k, t in bank[self.split] if k in ("any", kind)])

    # ---------- selectors ----------
    def email_text(self, local, domain):
        r = self.r
        d_words = lambda sep: domain.replace(".", sep)
        styles = [
            ("plain", f"{local}@{domain}"),
            ("plain", f"{local}@{domain}"),
            ("caps", f"{local}@{domain}".upper()),
            ("at-dot", f"{local} at {d_words(' dot ')}"),
            ("paren", f"{local}(at){d_words('(dot)')}"),
            ("paren-sp", f"{local} (at) {d_words(' (dot) ')}"),
            ("bracket", f"{local}[at]{domain}"),
            ("bracket-sp", f"{local} [ at ] {d_words(' [ dot ] ')}"),
            ("curly", f"{local}{{at}}{d_words('{dot}')}"),
            ("AT-DOT", f"{local.upper()} AT {d_words(' DOT ').upper()}"),
            ("at-only", f"{local} at {domain}"),
            ("es", f"{local} arroba {d_words(' punto ')}"),
            ("pt", f"{local} arroba {d_words(' ponto ')}"),
            ("fr", f"{local} arobase {d_words(' point ')}"),
            ("it", f"{local} chiocciola {d_words(' punto ')}"),
            ("de", f"{local} (ät) {d_words(' punkt ')}"),
            ("pl", f"{local} małpa {d_words(' kropka ')}"),
            ("ru", f"{local} собака {domain}"),
            ("nordic", f"{local}(a){domain}"),
            ("spaced", f"{local} @ {d_words(' . ')}"),
            ("wrap-before", f"{local}\n@{domain}"),
            ("wrap-after", f"{local}@\n{domain}"),
            ("fullwidth", f"{local}＠{domain}"),
            ("small-at", f"{local}﹫{domain}"),
            ("fullwidth-dots", f"{local}＠{d_words('．')}"),
            ("letters", " ".join(f"{local}@{domain}")),
        ]
        name, text = r.choice(styles)
        if name == "letters" and len(local) + len(domain) > 22:
            name, text = styles[0]
        return name, text

    def add_email(self, ad, kind):
        r = self.r
        site = None
        if kind == "job" and r.random() < 0.55 or kind == "massage" and r.random() < 0.3:
            domain = self.site_domain()
            local = r.choice(ROLES)
            if r.random() < 0.5:  # the agency site itself is named too, after the address
                site = r.choice(URL_PREFIXES) + domain
                ad.url(domain, site)
        else:
            providers = BIG_PROVIDERS + PROVIDERS[self.split] * 2
            domain = r.choice(providers)
            n, w = r.choice(self.names), r.choice(self.words)
            local = r.choice([f"{n}{self.digits(2, 4)}", f"{n}.{w}", f"{n}_{w}{self.digits(1, 2)}",
                              f"{w}{n}", f"{n}-{r.choice(self.cities).lower()}",
                              f"{n}.{self.digits(2, 2)}.{w}"])
            if local in self.used:
                local += self.digits(1, 1)
            self.used.add(local)
        style, text = self.email_text(local, domain)
        ad.email(f"{local}@{domain}", text)
        out = self.ctx(EMAIL_CTX, kind).format(s=text)
        if site:
            out += r.choice([" | ", " / ", "\n", " - web: ", " (", " • "]) + site
            out += ")" if out.endswith(" (" + site) else ""
        return out

    def add_url(self, ad, kind):
        r = self.r
        pick = r.random()
        if pick < 0.45:  # own site
            d = self.site_domain()
            path = r.choice(PATHS[self.split]) if r.random() < 0.35 else ""
            value = d + ("/" + path if path else "")
            pre = r.choice(URL_PREFIXES)
            raw = pre + value + ("/" if path and r.random() < 0.3 else "")
            if r.random() < 0.15:
                raw = raw.upper()
        elif pick < 0.62:  # link in bio
            host = r.choice(BIO_HOSTS)
            value = f"{host}/{self.account('instagram', False).replace('.', '_')}"
            raw = r.choice(["", "https://"]) + value
        elif pick < 0.80:  # shortener
            value = f"{r.choice(SHORTENERS)}/{self.code()}"
            raw = r.choice(["", "https://"]) + value
        elif pick < 0.90:  # WhatsApp click-to-chat
            value = "wa.me/" + self.fictional_number()
            raw = r.choice(["", "https://"]) + value
        else:  # Telegram invite link: a URL, not an account
            value = r.choice([f"t.me/+{self.code(12, 16)}", f"t.me/joinchat/{self.code(12, 16)}"])
            raw = "https://" + value
        ad.url(value, raw)
        out = self.ctx(URL_CTX, kind).format(s=raw)
        return out + ("." if r.random() < 0.1 else "")

    def add_handle(self, ad):
        r = self.r
        if r.random() < 0.2:  # profile link: URL and handle
            platform, tmpl = r.choice(PROFILES)
            h = self.account(platform if platform != "facebook" else "instagram", False)
            if platform == "facebook":
                h = h.replace("_", ".")
            value = tmpl.format(h=h)
            raw = r.choice(URL_PREFIXES) + value + ("/" if r.random() < 0.2 else "")
            ad.url(value, raw)
            ad.handle(platform, h, raw)
            text = raw
        else:
            platform = r.choices(list(CUES), weights=[22, 18, 16, 6, 7, 6, 9, 5, 5, 5])[0]
            cues = [c for c in CUES[platform] if c[0] in ("both", self.split)]
            _, strength, tmpl = r.choice(cues)
            h = self.account(platform, strength == "strong")
            if strength == "weak" and not any(ch.isdigit() or ch in "._" for ch in h):
                h = h + self.digits(2, 2)  # an emoji alone cues only an account-looking token
            text = tmpl.replace("{H}", "@" + h).replace("{h}", h)
            ad.handle(platform, h, text)
        out = r.choice(HANDLE_CTX[self.split]).format(s=text)
        if r.random() < 0.15:
            out += r.choice([".", "!", ",", " !!"])
        return out

    def fictional_number(self):
        """Digits of a number in a range set aside for fiction (or random for other countries)."""
        r = self.r
        return r.choice([f"1{r.choice(['713', '416', '702', '404'])}55501{r.randint(10, 99)}",
                         f"447700900{r.randint(100, 999)}", f"61491570{r.randint(100, 999)}",
                         f"336{r.randint(10000000, 99999999)}", f"4915{r.randint(100000000, 999999999)}"])

    def phone(self):
        r = self.r
        f = r.choice(PHONE_FORMATS)
        return f.format(a=r.randint(10, 99), b=r.randint(1000, 9999), c=r.randint(100, 999),
                        d=r.randint(100000, 999999), e=" ".join(str(r.randint(10, 99)) for _ in range(4)))

    # ---------- ads ----------
    def ad(self, n):
        r = self.r
        kind = r.choices(["escort", "massage", "job", "classified"], weights=[45, 20, 25, 10])[0]
        name, city = r.choice(self.names), r.choice(self.cities)
        fill = dict(Name=name.capitalize(), NAME=name.upper(), City=city, CITY=city.upper(),
                    age=r.randint(21, 29))
        title = r.choice(TITLES[kind][self.split]).format(**fill)
        ad = Ad()
        # parts are (tag, text); tags: "open", "sel-handle", "sel-url", "sel-email", "neg", "phone", "close"
        n_open = 2 if r.random() < 0.3 else 1
        parts = [("open", o.format(**fill)) for o in r.sample(OPENERS[kind][self.split], n_open)]
        # how many selectors: some ads have none (a negatives-only ad)
        n_sel = r.choices([0, 1, 2, 3, 4], weights=[12, 30, 30, 18, 10])[0]
        for _ in range(n_sel):
            k = r.choices(["handle", "url", "email"], weights=[45, 28, 27])[0]
            if k == "handle":
                parts.append(("sel-handle", self.add_handle(ad)))
            elif k == "url":
                parts.append(("sel-url", self.add_url(ad, kind)))
            else:
                parts.append(("sel-email", self.add_email(ad, kind)))
        n_neg = r.choices([0, 1, 2, 3], weights=[20, 40, 28, 12])[0]
        for fam, text in r.sample(NEGATIVES[self.split], n_neg):
            ad.negatives.append(fam)
            parts.insert(r.randint(0, len(parts)), ("neg", text))
        if r.random() < 0.07:  # a shouted dotted cue glued to the phone: neither a URL nor a handle
            glue = "CALL.ME." if self.split == "dev" else "TXT.ME.NOW."
            ad.negatives.append("shout-dots-phone")
            parts.insert(r.randint(1, len(parts)), ("neg", glue + self.phone()))
        elif r.random() < 0.4:
            parts.insert(r.randint(1, len(parts)),
                         ("phone", r.choice(["call ", "txt ", "📞 ", "WhatsApp "]) + self.phone()))
        parts.append(("close", r.choice(CLOSERS[self.split])))
        # a handle sometimes sits in the title, as posters do
        hs = [i for i, (t, _) in enumerate(parts) if t == "sel-handle"]
        if hs and r.random() < 0.15:
            title = f"{title} | {parts.pop(hs[0])[1]}"
        if r.random() < 0.12:  # shout the opener, as many posters do
            parts = [(t, x.upper() if t == "open" else x) for t, x in parts]
        sep = r.choice(["\n", "\n", " ", "\n\n", " ✨ "])
        body = sep.join(x for _, x in parts)
        prefix = "t3d" if self.split == "dev" else "t3h"
        return {
            "id": f"{prefix}-{n:04d}",
            "title": title,
            "body": body,
            "labels": {"handles": ad.handles, "urls": ad.urls, "emails": ad.emails, "phones": [],
                       "indicators": [], "post_type": None},
            "kind": kind,
            "inserted": ad.inserted,
            "negatives": ad.negatives,
        }


def generate(split):
    count, seed = SPLITS[split]
    g = Gen(split, seed)
    return [g.ad(i + 1) for i in range(count)]


def render(rows):
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)


def main(argv):
    check = "--check" in argv
    bad = False
    for split in SPLITS:
        path = HERE / f"{split}.jsonl"
        text = render(generate(split))
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path.name}: differs from the generator", file=sys.stderr)
                bad = True
        else:
            path.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
