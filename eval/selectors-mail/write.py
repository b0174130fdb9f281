#!/usr/bin/env python3
"""Write the email-heavy selector evaluation set: dev.jsonl and heldout.jsonl.

    python3 write.py          # rewrites both files, byte for byte the same every run

Every ad is assembled from parts; each selector part (email, handle, URL) carries the label
it inserts, so labels come from the inserted values and never from reading the text back.
Negative parts (hard negatives) carry no labels. The two splits use different seeds and
disjoint banks: names, local parts, domains, cities, filler phrases, titles, disguise spellings
and cue spellings, so that tuning on dev cannot fit the held-out wording.

Python 3.11, standard library only. Written from the brief of issue 15, not from the extractor.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_ADS = 250
SEEDS = {"dev": 1501, "heldout": 90215}
PREFIX = {"dev": "MD", "heldout": "MH"}

# ---------------------------------------------------------------------------------------------
# Banks. DEV and HELD share no names, local-part words, domains, cities, fillers or titles.
# ---------------------------------------------------------------------------------------------

DEV = {
    "names": ["nina", "bella", "lola", "sofia", "jade", "amber", "kira", "ruby", "mia", "tessa",
              "valeria", "camila", "chloe", "luna", "daisy", "gigi", "alina", "paola", "renata", "yuki"],
    "surnames": ["rose", "martinez", "silva", "dubois", "kane", "moreau", "santos", "reyes", "blake", "ford"],
    "words": ["glow", "kiss", "angel", "luxe", "honey", "velvet", "sugar", "bunny", "doll", "candy"],
    "free_domains": ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "hotmail.co.uk",
                     "yahoo.com.au", "bol.com.br", "orange.fr", "gmx.de", "yahoo.es", "outlook.com.br"],
    "agency_domains": ["eurostaff-recruit.co.uk", "gulfhospitality-jobs.com", "sunrise-models.com.au",
                       "capetalent.co.za", "brasilmodels.com.br", "novacare-staffing.ca", "hotelwork-abroad.net",
                       "primeagency.ie"],
    "job_locals": ["jobs", "hr", "careers", "recruitment", "apply", "info.jobs"],
    "sites": ["velvettouch-spa.com.au", "ninarose-vip.com", "lunacompanions.co.uk", "jadespa.de",
              "bellamassage.fr", "sugarlounge.co.za", "camilavip.com.br", "tokyo-relax.jp", "amberescort.nl",
              "ruby-rooms.ca", "dolcevita-escorts.it", "moreau-massages.be"],
    "paths": ["book", "rates", "gallery", "tour", "contact"],
    "job_paths": ["apply", "vacancies", "jobs-abroad", "register"],
    "shorteners": ["bit.ly", "tinyurl.com"],
    "linkpages": ["linktr.ee"],
    "cities": ["Houston", "Miami", "Leeds", "Melbourne", "Toronto", "Madrid", "Lyon", "São Paulo",
               "Johannesburg", "Dublin", "Phoenix", "Porto"],
}

HELD = {
    "names": ["marisol", "vanessa", "ingrid", "priya", "noemi", "tatiana", "zara", "leila", "carla", "mei",
              "fernanda", "ophelie", "bianca", "svetlana", "imani", "giulia", "hana", "roxana", "esme", "dalia"],
    "surnames": ["costa", "lopez", "petrov", "nguyen", "laurent", "oliveira", "moreno", "khan", "ward", "ricci"],
    "words": ["peach", "silk", "star", "cherry", "lace", "bliss", "pearl", "vixen", "babe", "muse"],
    "free_domains": ["hotmail.com", "protonmail.com", "aol.com", "live.com", "ymail.com", "yandex.ru",
                     "web.de", "laposte.net", "uol.com.br", "mweb.co.za", "bigpond.com", "tutanota.com",
                     "hotmail.fr", "terra.com.br"],
    "agency_domains": ["globalcrew-hiring.com", "dubai-elite-staffing.ae", "northstar-recruiting.co.uk",
                       "eurohost-careers.eu", "pacific-talent.com.au", "joburg-placements.co.za",
                       "rio-talentos.com.br", "maplejobs.ca"],
    "job_locals": ["openings", "staffing", "hiring", "cv", "talent", "contact.hr"],
    "sites": ["silkandpearl.co.uk", "marisol-escort.es", "peachbliss-massage.com", "vanessavip.com.au",
              "ingrid-companion.se", "cherryspa.co.nz", "lace-lounge.com.br", "oriental-bliss.sg",
              "leila-models.fr", "muse-gfe.net", "starlight-rooms.ie", "vixenvip.co.za"],
    "paths": ["booking", "prices", "photos", "schedule", "about"],
    "job_paths": ["work-with-us", "open-positions", "cv-upload", "join"],
    "shorteners": ["cutt.ly", "rb.gy"],
    "linkpages": ["allmylinks.com", "beacons.ai"],
    "cities": ["Atlanta", "Las Vegas", "Manchester", "Sydney", "Vancouver", "Barcelona", "Marseille",
               "Rio de Janeiro", "Cape Town", "Auckland", "Denver", "Lisbon"],
}

# Filler phrases by category (en/es/fr/pt). No filler contains an @, a dotted token or a URL.
DEV_FILL = {
    "escort": ["sweet and discreet 💋", "GFE 💕 no rush", "incall & outcall 🏨", "new in town 🆕",
               "100% independent", "busty blonde 😘", "open late tonight 🌙", "clean, classy, fun 💯",
               "recién llegada a tu ciudad 🔥", "muy cariñosa y complaciente", "nouvelle en ville 😍",
               "disponible ce soir", "novinha chegando na cidade", "atendo em local próprio",
               "donations only 🌹", "serious gentlemen only", "upscale and verified ✅", "petite & playful 🍒"],
    "massage": ["deep tissue + relaxing 💆", "asian staff, new girls weekly", "table shower 🚿",
                "open 7 days 10am - 10pm", "masaje relajante con final feliz", "massage naturiste 🌿",
                "massagem tântrica", "walk-ins welcome", "free parking in back", "hot stone 🔥 special",
                "body to body 🌸", "private rooms, soft music"],
    "job": ["no experience needed", "flight and apartment paid ✈️", "earn up to 4000 EUR a month",
            "girls 18-25 preferred", "visa arranged by us", "must be presentable", "start immediately",
            "trabajo en el extranjero, todo pagado", "travail à l'étranger, logée nourrie",
            "trabalho no exterior com tudo pago", "hostess work in clubs abroad", "send 3 full body photos",
            "passport will be kept safe by manager", "warehouse packers, day and night shifts",
            "forklift licence an advantage", "competitive pay + weekly bonus"],
    "classified": ["barely used, like new", "pick up only 📦", "price negotiable", "moving sale everything must go",
                   "vendo bicicleta casi nueva", "à vendre canapé 3 places", "vendo geladeira em ótimo estado",
                   "room for rent near the station", "lost dog, reward 🙏", "mountain bike 21 speeds",
                   "tutoring in maths and physics", "no lowballers please"],
}

HELD_FILL = {
    "escort": ["your secret pleasure 😈", "sensual curvy latina 💃", "overnights available ⭐",
               "just visiting 3 days only", "real and verified ✔️", "hot ebony goddess 🖤", "no rush, no stress 🍑",
               "chica universitaria muy discreta", "apartamento privado y limpio", "femme douce et coquine 💋",
               "je reçois en appartement privé", "morena safada e carinhosa", "atendimento de luxo",
               "roses required 🌹🌹", "mature gentlemen preferred", "tall slim brunette 👠", "playmate vibes only 🎀"],
    "massage": ["swedish and thai 🌺", "four hands special today", "new therapist from abroad",
                "late hours until midnight", "masaje tailandés tradicional", "massage californien 🌴",
                "massagem relaxante completa", "appointment only", "clean shower rooms", "aromatherapy oils 🌸",
                "nuru experience 💦", "quiet and comfortable"],
    "job": ["models and dancers wanted abroad", "high salary, tips paid daily", "ticket and housing included 🛫",
            "ladies 18-28 only", "we handle all travel documents", "no need to speak the language",
            "contract 6 months renewable", "se buscan chicas para trabajar en bar", "recherche hôtesses pour bar",
            "procuramos moças para trabalho em casa noturna", "earn 5000 USD monthly guaranteed",
            "send photos in bikini", "documents kept by the agency for safety", "cleaners needed for hotels",
            "night shift drivers, own car", "packing staff, immediate start"],
    "classified": ["good condition, minor scratches", "collection only 🚚", "offers welcome",
                   "house clearance sale", "vendo sofá en buen estado", "vends vélo de ville",
                   "vendo celular seminovo", "flat share available now", "found a set of keys 🔑",
                   "gaming chair like new", "piano lessons for kids", "serious buyers only"],
}

DEV_TITLES = {
    "escort": ["💋 {Name} 💋 new in {city}", "{NAME} - SEXY & SWEET 🔥", "VIP {Name} available now",
               "🌹 {Name} independiente en {city}", "{Name} nouvelle à {city} 😍", "Linda {Name} em {city} 💕",
               "❤️ {Name} ❤️ incall {city}"],
    "massage": ["Relaxing massage in {city} 💆", "NEW GIRLS at {Name} Spa 🌸", "Masaje profesional {city}",
                "Massage détente à {city}", "Massagem em {city} 🌿", "{Name}'s Wellness Studio"],
    "job": ["Hostess jobs abroad - high pay ✈️", "HIRING NOW in {city}", "Trabajo para chicas en el extranjero",
            "Offre d'emploi : serveuses à l'étranger", "Vagas para moças no exterior",
            "Warehouse staff wanted - {city}", "Models wanted for international agency"],
    "classified": ["For sale in {city}", "Vendo en {city}", "À vendre - {city}", "Vendo em {city}",
                   "Room to rent - {city}", "Lost & found {city}"],
}

HELD_TITLES = {
    "escort": ["😈 {Name} visiting {city}", "{NAME} *** PURE PLEASURE ***", "Exclusive {Name} 👑",
               "{Name} caliente y discreta - {city}", "{Name} douce et sexy sur {city}", "{Name} gostosa em {city} 🔥",
               "⭐ {Name} ⭐ outcall {city}"],
    "massage": ["Thai massage {city} 🌺", "{Name} Health Spa - open late", "Masajes tailandeses en {city}",
                "Massages relaxants {city}", "Massagem relaxante {city}", "Oriental Touch {city}"],
    "job": ["Dancers & models wanted overseas 💃", "URGENT HIRING {city}", "Se buscan chicas - trabajo en Europa",
            "Recrutement hôtesses - {city}", "Trabalho bem pago no exterior", "Hotel cleaners needed - {city}",
            "International talent casting"],
    "classified": ["Selling in {city}", "Se vende en {city}", "Vends - {city}", "Vende-se em {city}",
                   "Flat share - {city}", "Found near {city} station"],
}

# ---------------------------------------------------------------------------------------------
# Email disguises. Each takes (local, domain) and returns the surface written into the ad.
# ---------------------------------------------------------------------------------------------


def _words(domain: str, sep: str) -> str:
    return sep.join(domain.split("."))


DEV_EMAIL_FORMS = {
    "plain": lambda l, d: f"{l}@{d}",
    "at_dot_words": lambda l, d: f"{l} at {_words(d, ' dot ')}",
    "paren_at_dot": lambda l, d: f"{l}(at){_words(d, '(dot)')}",
    "bracket_at_dot": lambda l, d: f"{l} [at] {_words(d, ' [dot] ')}",
    "spaced_symbols": lambda l, d: f"{l} @ {_words(d, ' . ')}",
    "spaced_letters": lambda l, d: " ".join(f"{l}@{d}"),
    "fullwidth_at": lambda l, d: f"{l}＠{d}",
    "es_arroba_punto": lambda l, d: f"{l} arroba {_words(d, ' punto ')}",
    "fr_chez_point": lambda l, d: f"{l} chez {_words(d, ' point ')}",
    "split_after_at": lambda l, d: f"{l}@\n{d}",
    "glued_emoji": lambda l, d: f"💌{l}@{d}💌",
    "glued_paren": lambda l, d: f"({l}@{d})",
    "glued_bang": lambda l, d: f"{l}@{d}!!!",
    "glued_colon": lambda l, d: f"email:{l}@{d}.",
    "upper": lambda l, d: f"{l}@{d}".upper(),
    "at_word_dotted_domain": lambda l, d: f"{l} at {d}",
}

HELD_EMAIL_FORMS = {
    "plain": lambda l, d: f"{l}@{d}",
    "caps_at_dot_words": lambda l, d: f"{l} AT {_words(d, ' DOT ')}",
    "brace_at_dot": lambda l, d: f"{l}{{at}}{_words(d, '{dot}')}",
    "bracket_symbols": lambda l, d: f"{l} [@] {_words(d, ' [.] ')}",
    "dash_at_dot": lambda l, d: f"{l} -at- {_words(d, ' -dot- ')}",
    "spaced_letters_upper": lambda l, d: " ".join(f"{l}@{d}".upper()),
    "fullwidth_at_and_dot": lambda l, d: f"{l}＠{_words(d, '．')}",
    "pt_arroba_ponto": lambda l, d: f"{l} arroba {_words(d, ' ponto ')}",
    "es_paren_arroba": lambda l, d: f"{l} (arroba) {_words(d, ' (punto) ')}",
    "fr_arobase_point": lambda l, d: f"{l} arobase {_words(d, ' point ')}",
    "split_before_at": lambda l, d: f"{l}\n@{d}",
    "glued_envelope": lambda l, d: f"✉️{l}@{d}✉️",
    "glued_brackets": lambda l, d: f"[{l}@{d}]",
    "glued_quotes": lambda l, d: f"“{l}@{d}”",
    "glued_ellipsis": lambda l, d: f"{l}@{d}…",
    "at_symbol_dot_word": lambda l, d: f"{l}@{_words(d, ' dot ')}",
    "upper_words": lambda l, d: f"{l.upper()} AT {_words(d.upper(), ' DOT ')}",
}

DEV_EMAIL_INTROS = {"other": ["email me", "mail:", "contact:", "📧", "correo:", "écris-moi :", "e-mail:", "",
                              "reach me on"],
                    "job": ["send CV to", "write to", "apply:", "envía tu CV a", "candidatures :", "", "contact:"]}
HELD_EMAIL_INTROS = {"other": ["drop me a line", "e:", "✉", "mi correo", "mon mail", "meu email", "",
                               "contact me via", "inbox me"],
                     "job": ["apply by email", "CVs to", "enviar currículo para", "manda tu CV a", "postulez :", "",
                             "questions ->"]}

# ---------------------------------------------------------------------------------------------
# Handle cues. Each entry: (platform, template, strength, url_template or None).
# A profile URL is labelled both as a handle and as a URL.
# ---------------------------------------------------------------------------------------------

DEV_HANDLE_FORMS = [
    ("instagram", "IG @{v}", "strong", None),
    ("instagram", "insta: {v}", "strong", None),
    ("instagram", "instagram.com/{v}", "strong", "instagram.com/{v}"),
    ("instagram", "@{v} on IG", "strong", None),
    ("snapchat", "snap: {v}", "strong", None),
    ("snapchat", "snapchat @{v}", "strong", None),
    ("snapchat", "SC: {v}", "strong", None),
    ("telegram", "telegram @{v}", "strong", None),
    ("telegram", "t.me/{v}", "strong", "t.me/{v}"),
    ("kik", "kik: {v}", "strong", None),
    ("twitter", "twitter @{v}", "strong", None),
    ("twitter", "x.com/{v}", "strong", "x.com/{v}"),
    ("tiktok", "tiktok @{v}", "strong", None),
    ("onlyfans", "onlyfans.com/{v}", "strong", "onlyfans.com/{v}"),
    ("onlyfans", "OF: {v}", "strong", None),
    ("line", "LINE ID: {v}", "strong", None),
    ("facebook", "facebook.com/{v}", "strong", "facebook.com/{v}"),
    ("snapchat", "👻 {v}", "weak", None),
    ("instagram", "📸 {v}", "weak", None),
    ("snapchat", "snapchat {v}", "weak", None),
    ("instagram", "insta {v}", "weak", None),
]

HELD_HANDLE_FORMS = [
    ("instagram", "Instagram ➜ @{v}", "strong", None),
    ("instagram", "ig - {v}", "strong", None),
    ("instagram", "follow @{v} on insta", "strong", None),
    ("instagram", "https://www.instagram.com/{v}/", "strong", "instagram.com/{v}"),
    ("snapchat", "add my snap → {v}", "strong", None),
    ("snapchat", "snap @{v}", "strong", None),
    ("snapchat", "Sc ➡️ {v}", "strong", None),
    ("telegram", "tg: @{v}", "strong", None),
    ("telegram", "https://t.me/{v}", "strong", "t.me/{v}"),
    ("kik", "kik me @{v}", "strong", None),
    ("twitter", "twitter/x: @{v}", "strong", None),
    ("twitter", "https://twitter.com/{v}", "strong", "twitter.com/{v}"),
    ("tiktok", "tiktok.com/@{v}", "strong", "tiktok.com/@{v}"),
    ("tiktok", "TikTok: {v}", "strong", None),
    ("onlyfans", "https://onlyfans.com/{v}", "strong", "onlyfans.com/{v}"),
    ("onlyfans", "onlyfans: @{v}", "strong", None),
    ("line", "line id - {v}", "strong", None),
    ("facebook", "https://www.facebook.com/{v}", "strong", "facebook.com/{v}"),
    ("snapchat", "👻{v}", "weak", None),
    ("instagram", "📷 {v}", "weak", None),
    ("snapchat", "SNAPCHAT {v}", "weak", None),
    ("instagram", "instagram {v}", "weak", None),
]

# URL forms (non-profile): (kind, template). Label = host + path, scheme and www stripped.
DEV_URL_FORMS = ["www.{site}", "https://{site}/{path}", "{site}", "http://www.{site}/{path}", "({site})",
                 "{site}!!", "short", "linkpage"]
HELD_URL_FORMS = ["WWW.{SITE}", "https://www.{site}/{path}/", "{site}/{path}", "https://{site}", "➡️{site}⬅️",
                  "{site} ✨", "short", "linkpage"]
DEV_URL_INTROS = {"other": ["see", "more pics:", "book online", "website", "info en", ""],
                  "job": ["apply at", "details:", "más info en", "", "register online"]}
HELD_URL_INTROS = {"other": ["visit", "full gallery ->", "reserve at", "site", "plus d'infos", ""],
                   "job": ["apply online", "all positions ->", "inscrições em", "", "formulaire sur"]}

# ---------------------------------------------------------------------------------------------
# Hard negatives: text that looks a little like a selector but is none. {phone} is filled in.
# ---------------------------------------------------------------------------------------------

DEV_NEG = [
    "available from 9 dot 30 pm", "waiting at the hotel lobby, dot on time please", "reach me at gmail, no calls",
    "email me at my yahoo for pics", "CALL.ME.NOW.{phone}", "NO.RUSH.{phone}", "TEXT.ONLY {phone}",
    "price 1.500 pesos", "$2.50/min", "9.30pm - 2.00am", "rated 4.9 by clients", "IMG_2041.jpg",
    "promo_video.mp4", "app v2.3.1", "from 10 a.m. to 8 p.m.", "e.g. dinner dates", "born in the U.S.A.",
    "📷 100% real pics", "👻 no ghosting", "snapchat today only", "facebook page coming soon",
    "instagram famous 😂", "lola@home.lan", "banner@2x.png", "admin@localhost", "I'm at home dot com lol",
    "polka dot dress 👗", "at 5 dot sharp", "snap pics on request", "insta vibes ✨", "telegram me later",
    "whatsapp only", "tiktok dancer 💃", "kik back and relax", "1.75m tall, 55kg", "📷 open 24/7",
    "specials @ $150/hr", "incall @ my place",
]

HELD_NEG = [
    "doors open 10 dot 15", "I'm at the mall dot dot dot 😅", "text me at hotmail, I check it daily",
    "message me at my aol if you want pics", "TEXT.ME.NOW {phone}", "HIT.ME.UP.{phone}", "CASH.ONLY.{phone}",
    "NO.BS", "total 2.300 reais", "€3.50 per minute", "open 11.00 to 23.00", "4.7 stars on reviews",
    "CV_template.docx", "selfie_final.jpeg", "build 1.2.10", "i.e. no time wasters", "etc. etc.",
    "studied in the U.K.", "📸 real photos only", "STOP 👻 wasting my time", "no snap, no games",
    "instagram model vibes", "telegram channel coming soon", "sara@router.local", "logo@3x.jpg",
    "rates@150.00", "meet at station dot 8", "dotty and fun", "whatsapp first please", "tiktok famous lol",
    "facebook friends welcome", "snapchat later", "height 1.68 m", "Ph.D. student", "approx. 20 min from centre",
    "📸 open24 everyday", "qv @ 100 roses", "available @ 10pm tonight",
]

DEV_PHONE = ["713-555-{n:04d}", "(305) 555-{n:04d}", "07700 9{n:05d}", "+61 4 1234 {n:04d}", "+1 416 555 {n:04d}",
             "WhatsApp +34 612 {n:03d} 455", "+33 6 12 34 {a:02d} {b:02d}"]
HELD_PHONE = ["404.555.{n:04d}", "702 555 {n:04d}", "+44 7700 9{n:05d}", "0412 555 {n:03d}", "+27 82 555 {n:04d}",
              "whatsapp +351 912 {n:03d} 888", "+55 21 99876-{n:04d}"]

SEPARATORS = [" ", " | ", " ✨ ", "\n", " 💋 ", " - ", " ~ ", " 🌸 ", " • ", "\n\n", " *** "]

BANKS = {
    "dev": dict(bank=DEV, fill=DEV_FILL, titles=DEV_TITLES, email_forms=DEV_EMAIL_FORMS,
                email_intros=DEV_EMAIL_INTROS, handle_forms=DEV_HANDLE_FORMS, url_forms=DEV_URL_FORMS,
                url_intros=DEV_URL_INTROS, neg=DEV_NEG, phones=DEV_PHONE),
    "heldout": dict(bank=HELD, fill=HELD_FILL, titles=HELD_TITLES, email_forms=HELD_EMAIL_FORMS,
                    email_intros=HELD_EMAIL_INTROS, handle_forms=HELD_HANDLE_FORMS, url_forms=HELD_URL_FORMS,
                    url_intros=HELD_URL_INTROS, neg=HELD_NEG, phones=HELD_PHONE),
}

CATEGORIES = [("escort", 0.36), ("massage", 0.18), ("job", 0.26), ("classified", 0.20)]
NO_DOT_PLATFORMS = {"twitter", "telegram"}


# ---------------------------------------------------------------------------------------------
# Value makers
# ---------------------------------------------------------------------------------------------


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def local_part(rng, bank, category):
    if category == "job" and rng.random() < 0.6:
        return pick(rng, bank["job_locals"]), pick(rng, bank["agency_domains"])
    n, s, w = pick(rng, bank["names"]), pick(rng, bank["surnames"]), pick(rng, bank["words"])
    d2 = rng.randrange(10, 99)
    forms = [f"{n}.{s}", f"{n}_{w}", f"{n}{w}{d2}", f"{n}.{s}{d2}", f"{n}+ads", f"{n[0]}.{s}",
             f"{w}.{n}", f"{n}{19 * 100 + rng.randrange(80, 99)}", f"{n}_{s}_{d2}", f"{n}-{w}"]
    local = pick(rng, forms)
    if category == "job":
        domain = pick(rng, bank["agency_domains"] + bank["free_domains"])
    elif category in ("escort", "massage") and rng.random() < 0.15:
        domain = pick(rng, bank["sites"])
    else:
        domain = pick(rng, bank["free_domains"])
    return local, domain


def handle_value(rng, bank, platform, weak):
    n, w = pick(rng, bank["names"]), pick(rng, bank["words"])
    d = rng.randrange(2, 99)
    dot = platform not in NO_DOT_PLATFORMS
    account_like = [f"{n}_{w}{d}", f"{n}{w}{d}", f"{w}_{n}", f"{n}.{w}" if dot else f"{n}_{w}_vip",
                    f"{n}{d}x", f"x{n}_{w}x", f"{n}_{2000 + d}", f"{n.capitalize()}{w.capitalize()}{d}",
                    f"its{n}{d}", f"{n}.{w}.{d}" if dot else f"{n}_{w}_{d}"]
    plain = [f"{n}{w}", f"the{n}{w}", f"{w}{n}", f"real{n}{w}"]
    v = pick(rng, account_like if weak or rng.random() < 0.7 else plain)
    if platform in ("twitter", "snapchat"):
        v = v[:15].rstrip("._")
    if platform == "telegram" and len(v) < 5:
        v = v + "_vip"
    return v


def url_value(rng, bank, form, category):
    """Return (surface, label) for a non-profile URL."""
    if category == "job":
        site, path = pick(rng, bank["agency_domains"]), pick(rng, bank["job_paths"])
    else:
        site, path = pick(rng, bank["sites"]), pick(rng, bank["paths"])
    if form == "short":
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(pick(rng, alphabet) for _ in range(rng.randrange(6, 9)))
        host = pick(rng, bank["shorteners"])
        surface = f"{host}/{code}" if rng.random() < 0.6 else f"https://{host}/{code}"
        return surface, f"{host}/{code}"
    if form == "linkpage":
        host = pick(rng, bank["linkpages"])
        v = f"{pick(rng, bank['names'])}{pick(rng, bank['words'])}"
        return f"{host}/{v}", f"{host}/{v}"
    surface = form.replace("{SITE}", site.upper()).replace("{site}", site).replace("{path}", path)
    label = f"{site}/{path}" if "{path}" in form else site
    return surface, label


def phone(rng, templates):
    t = pick(rng, templates)
    return t.format(n=rng.randrange(100, 999), a=rng.randrange(10, 99), b=rng.randrange(10, 99))


# ---------------------------------------------------------------------------------------------
# Ad assembly
# ---------------------------------------------------------------------------------------------


def choose_category(rng):
    r, acc = rng.random(), 0.0
    for c, p in CATEGORIES:
        acc += p
        if r < acc:
            return c
    return CATEGORIES[-1][0]


def make_ad(rng, split, i):
    B = BANKS[split]
    bank = B["bank"]
    cat = choose_category(rng)
    name = pick(rng, bank["names"])
    title = pick(rng, B["titles"][cat]).format(Name=name.capitalize(), NAME=name.upper(),
                                               city=pick(rng, bank["cities"]))
    parts = []  # (text, labels) ; labels: list of (kind, value, surface)
    for text in rng.sample(B["fill"][cat], rng.randrange(2, 5)):
        parts.append((text, []))

    # emails: ~70% of ads have one, some two
    n_email = 0
    if rng.random() < 0.70:
        n_email = 2 if rng.random() < 0.18 else 1
    form_names = sorted(f for f in B["email_forms"] if f != "plain")
    for _ in range(n_email):
        local, domain = local_part(rng, bank, cat)
        form = "plain" if rng.random() < 0.3 else pick(rng, form_names)
        if form == "at_word_dotted_domain" and local in bank["job_locals"]:
            # "jobs at agency.com" reads as a website, not an address: spell the dots out instead
            form = "at_dot_words"
        surface = B["email_forms"][form](local, domain)
        intro = pick(rng, B["email_intros"]["job" if cat == "job" else "other"])
        if form == "glued_colon":
            intro = ""  # the form carries its own "email:"
        text = f"{intro} {surface}".strip() if intro else surface
        parts.append((text, [("email", f"{local}@{domain}".lower(), surface, form)]))

    # handles
    n_handle = 0
    if rng.random() < (0.55 if cat in ("escort", "massage") else 0.2):
        n_handle = 2 if rng.random() < 0.25 else 1
    handle_in_title = False
    for _ in range(n_handle):
        platform, tmpl, strength, url_t = pick(rng, B["handle_forms"])
        v = handle_value(rng, bank, platform, strength == "weak")
        surface = tmpl.format(v=v)
        labels = [("handle", (platform, v.lower()), surface, f"{strength}:{tmpl}")]
        if url_t:
            labels.append(("url", url_t.format(v=v).lower(), surface, "profile"))
        if not handle_in_title and rng.random() < 0.08:
            title = f"{title} {surface}"
            handle_in_title = True
            parts.append(("", labels))  # labels only; text is in the title
        else:
            parts.append((surface, labels))

    # URLs
    if rng.random() < (0.35 if cat != "classified" else 0.12):
        form = pick(rng, B["url_forms"])
        surface, label = url_value(rng, bank, form, cat)
        intro = pick(rng, B["url_intros"]["job" if cat == "job" else "other"])
        parts.append((f"{intro} {surface}".strip(), [("url", label.lower(), surface, form)]))

    # WhatsApp click-to-chat link (a URL; the account itself is the phone number)
    if rng.random() < 0.04:
        digits = f"{rng.choice(['44', '1', '34', '55', '27'])}{rng.randrange(10**8, 10**9)}"
        surface = f"wa.me/{digits}" if split == "dev" else f"https://wa.me/{digits}"
        parts.append((f"whatsapp {surface}", [("url", f"wa.me/{digits}", surface, "wa.me")]))

    # phones (unlabelled here: this set scores handles, URLs and emails only)
    if rng.random() < 0.55:
        parts.append((phone(rng, B["phones"]), []))

    # hard negatives
    negatives = []
    for neg in rng.sample(B["neg"], rng.choice([0, 1, 1, 2, 2, 3])):
        glued = phone(rng, B["phones"]).split(" ", 1)
        glued = glued[1] if glued[0].lower() == "whatsapp" else " ".join(glued)
        negatives.append(neg)
        parts.append((neg.replace("{phone}", glued), []))

    rng.shuffle(parts)
    sep = pick(rng, SEPARATORS)
    body = sep.join(t for t, _ in parts if t)
    caps = rng.random() < 0.12
    if caps:
        body = body.upper()
        title = title.upper()

    handles, urls, emails, surfaces = [], [], [], []
    for _, labels in parts:
        for kind, value, surf, form in labels:
            surfaces.append((kind, value, surf.upper() if caps else surf, form))
            if kind == "email" and value not in emails:
                emails.append(value)
            elif kind == "url" and value not in urls:
                urls.append(value)
            elif kind == "handle":
                h = {"platform": value[0], "value": value[1]}
                if h not in handles:
                    handles.append(h)
    ad = {
        "id": f"{PREFIX[split]}{i:04d}",
        "title": title,
        "body": body,
        "labels": {"handles": handles, "urls": urls, "emails": emails, "post_type": None,
                   "indicators": [], "phones": []},
    }
    return ad, {"category": cat, "caps": caps, "surfaces": surfaces, "negatives": negatives}


def generate(split):
    """Return [(ad, meta)] for a split; meta is for tests only and is not written."""
    rng = random.Random(SEEDS[split])
    return [make_ad(rng, split, i) for i in range(1, N_ADS + 1)]


def render(split) -> str:
    return "".join(json.dumps(ad, ensure_ascii=False) + "\n" for ad, _ in generate(split))


FILES = {"dev": "dev.jsonl", "heldout": "heldout.jsonl"}


def stats(split):
    """Counts per class for the README and the report (no ad text)."""
    from collections import Counter

    c = Counter()
    for ad, meta in generate(split):
        L = ad["labels"]
        c["ads"] += 1
        c["category:" + meta["category"]] += 1
        c["ads_all_caps"] += meta["caps"]
        c["ads_with_email"] += bool(L["emails"])
        c["ads_with_handle"] += bool(L["handles"])
        c["ads_with_url"] += bool(L["urls"])
        c["ads_with_no_label"] += not (L["emails"] or L["handles"] or L["urls"])
        c["ads_with_hard_negative"] += bool(meta["negatives"])
        c["labels:emails"] += len(L["emails"])
        c["labels:handles"] += len(L["handles"])
        c["labels:urls"] += len(L["urls"])
        c["hard_negatives"] += len(meta["negatives"])
        for kind, value, _, form in meta["surfaces"]:
            if kind == "email":
                c["email_form:" + form] += 1
            elif kind == "handle":
                c["handle_cue:" + form.split(":", 1)[0]] += 1
                c["handle_platform:" + value[0]] += 1
            else:
                c["url_form:" + form] += 1
    return dict(sorted(c.items()))


def main():
    import sys

    if sys.argv[1:] == ["--stats"]:
        for split in FILES:
            print(split, json.dumps(stats(split), ensure_ascii=False, indent=1))
        return
    for split, name in FILES.items():
        (HERE / name).write_text(render(split), encoding="utf-8")


if __name__ == "__main__":
    main()
