#!/usr/bin/env python3
"""Write eval/selectors-fourth/heldout.jsonl: 400 synthetic, labelled ads (held-out only).

    python3 eval/selectors-fourth/write.py            # rewrites heldout.jsonl byte for byte
    python3 eval/selectors-fourth/write.py --stdout   # print instead

Every handle, URL and email in an ad is labelled from the value the generator inserts; the
hard negatives (platform words in running text, decorative emoji, shouted dotted words, times,
prices, file names, 'at'/'dot' in sentences, site footers) are inserted with no label.
Written without reading the extractor or the earlier sets. Python 3.11, standard library.
"""

from __future__ import annotations

import json
import os
import random
import sys

SEED = 15_0004
N_ADS = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")

LANG_COUNTS = [("en", 100), ("es", 35), ("fr", 30), ("pt", 30), ("it", 30), ("de", 30), ("ru", 30),
               ("ro", 25), ("th", 20), ("vi", 20), ("id", 25), ("ar", 25)]

# ---------------------------------------------------------------- account names
NAMES = {
    "en": ["bella", "jessie", "amber", "kayla", "brooke", "destiny", "harley", "paige", "skye", "raven", "tiffany", "kimmy"],
    "es": ["valentina", "camila", "lucia", "paola", "ximena", "daniela", "yesenia", "marisol", "luz", "carla"],
    "fr": ["camille", "chloe", "manon", "oceane", "lea", "ines", "margaux", "lola", "elodie", "zoe"],
    "pt": ["larissa", "thaina", "bruna", "jessica", "raissa", "gabi", "fernanda", "vitoria", "duda", "bia"],
    "it": ["giulia", "chiara", "martina", "alessia", "federica", "sara", "noemi", "greta", "ilaria", "vale"],
    "de": ["lena", "anja", "jana", "svenja", "mia", "lara", "nele", "kira", "sina", "jule"],
    "ru": ["katya", "nastya", "masha", "dasha", "olesya", "yulia", "sveta", "alina", "ksenia", "vika"],
    "ro": ["ioana", "andreea", "bianca", "roxana", "denisa", "larisa", "alexia", "daria", "cristina", "iulia"],
    "th": ["ploy", "nong", "fah", "mint", "pim", "noon", "bow", "aom", "kwan", "pang"],
    "vi": ["linh", "trang", "ngoc", "huong", "thao", "mai", "vy", "nhi", "quynh", "thu"],
    "id": ["putri", "siti", "ayu", "dewi", "rina", "intan", "mega", "nabila", "tasya", "salsa"],
    "ar": ["nour", "yasmin", "lina", "rania", "sara", "hala", "dina", "maya", "reem", "jana"],
}
SUFFIX = ["vip", "xo", "official", "real", "baby", "doll", "queen", "sweet", "hot", "angel", "bunny", "kitty",
          "luxe", "love", "girl", "models", "spa", "massage", "escort", "private"]
CITY = {
    "en": ["london", "miami", "vegas", "houston", "dallas", "manchester", "toronto", "sydney", "atl", "nyc"],
    "es": ["madrid", "bcn", "cdmx", "bogota", "lima", "valencia", "sevilla", "gdl"],
    "fr": ["paris", "lyon", "marseille", "nice", "geneve", "bxl", "lille"],
    "pt": ["sp", "rio", "lisboa", "porto", "bh", "floripa", "curitiba"],
    "it": ["milano", "roma", "torino", "napoli", "bologna", "firenze"],
    "de": ["berlin", "hamburg", "muc", "koeln", "ffm", "wien", "zuerich"],
    "ru": ["msk", "spb", "kazan", "ekb", "sochi", "novosib"],
    "ro": ["buc", "cluj", "iasi", "timisoara", "constanta", "brasov"],
    "th": ["bkk", "pattaya", "phuket", "chiangmai", "sukhumvit"],
    "vi": ["saigon", "hanoi", "danang", "hcm", "nhatrang"],
    "id": ["jkt", "bali", "sby", "bandung", "medan", "jogja"],
    "ar": ["dubai", "doha", "riyadh", "beirut", "cairo", "amman"],
}
# Plain common words used as account names after a STRONG cue only (counted in the README).
COMMON_WORD_HANDLES = ["sunshine", "candy", "cherry", "honey", "peaches", "velvet", "bambi", "caramel",
                       "mystique", "butterfly", "roses", "paradise"]


def make_handle(r, lang, platform):
    n = r.choice(NAMES[lang])
    s = r.choice(SUFFIX)
    c = r.choice(CITY[lang])
    d = str(r.choice([r.randint(1, 9), r.randint(10, 99), r.randint(90, 99), r.randint(100, 999), r.randint(2000, 2005)]))
    pats = [
        lambda: f"{n}{d}", lambda: f"{n}_{s}", lambda: f"{n}.{s}", lambda: f"{s}{n}{d}", lambda: f"{n}_{c}",
        lambda: f"the{n}{s}", lambda: f"x{n}x", lambda: f"{n}{n[-1] * 3}", lambda: f"{n.capitalize()}{s.capitalize()}{d}",
        lambda: f"{n}.{c}.{d}", lambda: f"{n}__{d}", lambda: f"{s}_{n}_", lambda: f"{n}{c}{d}", lambda: f"its{n}{d}",
        lambda: f"{n}_{s}{d}", lambda: f"Miss{n.capitalize()}{d}", lambda: f"{n}{s}", lambda: f"{c}_{n}",
    ]
    while True:
        h = r.choice(pats)()
        if platform in ("telegram", "twitter", "wechat") and "." in h:
            h = h.replace(".", "_")
        if platform == "twitter":
            h = h[:15].rstrip("_") or h
        if platform == "telegram" and len(h) < 5:
            h += d
        if platform == "wechat" and not h[0].isalpha():
            h = "w" + h
        if platform == "signal":
            h = h.replace(".", "_").rstrip("_") + "." + str(r.randint(10, 99))
        if platform == "facebook":
            h = f"{n}.{s}.{r.randint(1000, 99999)}"
        h = h.strip(".")
        if len(h) >= 4 and not h.endswith("."):
            return h


# ---------------------------------------------------------------- handle cues
# (platform, template, strength). {h} is the account name as written.
STRONG = [
    ("instagram", "IG: @{h}"), ("instagram", "Insta @{h}"), ("instagram", "instagram: {h}"), ("instagram", "INSTAGRAM ➡️ @{h}"),
    ("instagram", "ig - {h}"), ("instagram", "[IG @{h}]"), ("instagram", "Insta: {h}"), ("instagram", "instagram.com/{h}"),
    ("snapchat", "Snapchat: {h}"), ("snapchat", "SC- {h}"), ("snapchat", "snap: {h}"), ("snapchat", "SNAP 👻: {h}"),
    ("snapchat", "sc 👉 @{h}"), ("snapchat", "Snap @{h}"),
    ("telegram", "Telegram @{h}"), ("telegram", "TG: @{h}"), ("telegram", "tg - {h}"), ("telegram", "t.me/{h}"),
    ("telegram", "telegram: {h}"), ("telegram", "TELEGRAM➡️@{h}"),
    ("kik", "Kik: {h}"), ("kik", "KIK - {h}"), ("kik", "kik @{h}"),
    ("twitter", "Twitter/X: @{h}"), ("twitter", "X @{h}"), ("twitter", "twitter: {h}"), ("twitter", "x.com/{h}"),
    ("tiktok", "TikTok @{h}"), ("tiktok", "tiktok: {h}"), ("tiktok", "tiktok.com/@{h}"), ("tiktok", "TT @{h}"),
    ("onlyfans", "OF: {h}"), ("onlyfans", "onlyfans.com/{h}"), ("onlyfans", "OnlyFans @{h}"), ("onlyfans", "of - @{h}"),
    ("fansly", "Fansly: {h}"), ("fansly", "fansly.com/{h}"),
    ("line", "Line ID: {h}"), ("line", "LINE: {h}"), ("line", "ไลน์ @{h}"),
    ("wechat", "WeChat: {h}"), ("wechat", "微信: {h}"), ("wechat", "wechat id {h}"),
    ("signal", "Signal: {h}"), ("signal", "signal username {h}"),
    ("vk", "VK: {h}"), ("vk", "vk.com/{h}"), ("vk", "ВК: {h}"),
    ("facebook", "FB: {h}"), ("facebook", "facebook.com/{h}"),
]
# Weak cues: an emoji or a bare platform word; used only with account-looking names (digit/_/./mixed case).
WEAK = [("instagram", "📸 {h}"), ("instagram", "📷 {h}"), ("snapchat", "👻 {h}"), ("snapchat", "👻👻 {h}"),
        ("telegram", "✈️ {h}"), ("instagram", "insta {h}"), ("snapchat", "snap {h}"), ("kik", "kik {h}")]
PROFILE_HOSTS = ("instagram.com/", "t.me/", "x.com/", "tiktok.com/@", "onlyfans.com/", "fansly.com/", "vk.com/", "facebook.com/")


def account_like(h):
    return any(ch.isdigit() or ch in "._" for ch in h) or (h != h.lower() and h != h.capitalize())


# ---------------------------------------------------------------- URLs and emails
TLDS = {"en": ["com", "net", "co.uk", "com.au", "ca", "xyz", "club", "vip"], "es": ["es", "com", "com.mx", "com.co"],
        "fr": ["fr", "com", "be", "ch"], "pt": ["com.br", "pt", "com"], "it": ["it", "com"], "de": ["de", "at", "ch", "com"],
        "ru": ["ru", "com", "online"], "ro": ["ro", "com"], "th": ["com", "co.th", "asia"], "vi": ["vn", "com"],
        "id": ["co.id", "id", "com", "my.id"], "ar": ["com", "ae", "net"]}
SITE_WORDS = {"en": ["escorts", "massage", "spa", "companions", "models", "girls", "bodyrub", "vip"],
              "es": ["masajes", "acompanantes", "chicas", "relax", "spa"], "fr": ["massage", "escort", "detente", "spa"],
              "pt": ["massagem", "acompanhantes", "garotas", "relax"], "it": ["massaggi", "escort", "relax", "benessere"],
              "de": ["massage", "escort", "wellness", "modelle"], "ru": ["massazh", "relax", "spa", "devushki"],
              "ro": ["masaj", "escorte", "relaxare", "spa"], "th": ["massage", "spa", "thai"], "vi": ["massage", "spa", "thugian"],
              "id": ["pijat", "spa", "refleksi"], "ar": ["massage", "spa", "vip"]}
MAIL_DOMAINS = {"en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "protonmail.com", "icloud.com", "proton.me"],
                "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"], "fr": ["gmail.com", "orange.fr", "yahoo.fr", "laposte.net"],
                "pt": ["gmail.com", "hotmail.com", "uol.com.br", "sapo.pt"], "it": ["gmail.com", "libero.it", "hotmail.it", "virgilio.it"],
                "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "gmx.at"], "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"],
                "ro": ["yahoo.com", "gmail.com", "yahoo.ro"], "th": ["gmail.com", "hotmail.com"], "vi": ["gmail.com", "yahoo.com.vn"],
                "id": ["gmail.com", "yahoo.co.id"], "ar": ["gmail.com", "hotmail.com", "outlook.com"]}
AT_DOT = {"en": [("at", "dot")], "es": [("arroba", "punto")], "fr": [("arobase", "point")], "pt": [("arroba", "ponto")],
          "it": [("chiocciola", "punto")], "de": [("ät", "punkt")], "ru": [("собака", "точка")],
          "ro": [("at", "punct")], "th": [("at", "dot")], "vi": [("a còng", "chấm")], "id": [("at", "titik")], "ar": [("at", "dot")]}


def rand_code(r, n):
    a = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(a) for _ in range(n))


def make_site(r, lang):
    n = r.choice(NAMES[lang])
    w = r.choice(SITE_WORDS[lang])
    c = r.choice(CITY[lang])
    host = r.choice([f"{n}-{w}", f"{w}{c}", f"{n}{w}", f"{w}-{c}", f"{c}{w}", f"{n}-{c}", f"{w}-{n}"]) + "." + r.choice(TLDS[lang])
    path = r.choice(["", "", "", "/", "/contact", "/booking", f"/{n}", "/gallery", "/index.php?id=" + str(r.randint(10, 999))])
    return host + path


def render_url(r, bare):
    """Return (text as written, label)."""
    style = r.randint(0, 5)
    if style == 0:
        return "https://" + bare, bare
    if style == 1:
        return "http://www." + bare, "www." + bare
    if style == 2:
        return "www." + bare, "www." + bare
    if style == 3:
        return "https://www." + bare, "www." + bare
    if style == 4:
        up = bare.upper() if r.random() < 0.5 else bare.capitalize()
        return "www." + up, "www." + up
    return bare, bare


def link_url(r, lang, h):
    kind = r.choice(["linktree", "beacons", "allmylinks", "bitly", "tinyurl", "cuttly", "wame", "tme_plus",
                     "chatwa", "linkin", "carrd"])
    if kind == "linktree":
        return f"linktr.ee/{h}"
    if kind == "beacons":
        return f"beacons.ai/{h}"
    if kind == "allmylinks":
        return f"allmylinks.com/{h}"
    if kind == "bitly":
        return f"bit.ly/{rand_code(r, 7)}"
    if kind == "tinyurl":
        return f"tinyurl.com/{rand_code(r, 8).lower()}"
    if kind == "cuttly":
        return f"cutt.ly/{rand_code(r, 6)}"
    if kind == "wame":
        cc = {"en": "44", "es": "34", "fr": "33", "pt": "55", "it": "39", "de": "49", "ru": "7", "ro": "40",
              "th": "66", "vi": "84", "id": "62", "ar": "971"}[lang]
        return f"wa.me/{cc}{r.randint(10**8, 10**9 - 1)}"
    if kind == "tme_plus":
        return f"t.me/+{rand_code(r, 16)}"
    if kind == "chatwa":
        return f"chat.whatsapp.com/{rand_code(r, 22)}"
    if kind == "linkin":
        return f"linkin.bio/{h}"
    return f"{h.replace('_', '').replace('.', '')}.carrd.co"


def make_email(r, lang):
    n = r.choice(NAMES[lang])
    local = r.choice([f"{n}{r.randint(1, 99)}", f"{n}.{r.choice(SUFFIX)}", f"{n}_{r.choice(CITY[lang])}", f"{r.choice(SUFFIX)}{n}",
                      f"booking.{n}", f"info", f"{n}{r.randint(1990, 2004)}", f"jobs.{r.choice(CITY[lang])}"])
    if local == "info" or r.random() < 0.12:
        dom = make_site(r, lang).split("/")[0]
    else:
        dom = r.choice(MAIL_DOMAINS[lang])
    return local, dom


def render_email(r, lang, local, dom):
    """Return (text, disguised?)."""
    name, _, tld = dom.rpartition(".")
    if r.random() < 0.55:
        e = f"{local}@{dom}"
        return (e.upper() if r.random() < 0.08 else e), False
    at, dot = r.choice(AT_DOT[lang] + [("at", "dot")])
    styles = [f"{local} {at} {name} {dot} {tld}", f"{local}[at]{name}[dot]{tld}", f"{local} (at) {dom}",
              f"{local}(@){dom}", f"{local} @ {name} . {tld}", f"{local}＠{dom}", f"{local} [{at}] {name} [{dot}] {tld}",
              f"{local} {at.upper()} {name} {dot.upper()} {tld}", f"{local}@{name}(.){tld}", f"{local} @ {dom}"]
    if "." in name:  # multi-label domains: only safe styles
        styles = [f"{local} (at) {dom}", f"{local}(@){dom}", f"{local}＠{dom}", f"{local} @ {dom}"]
    return r.choice(styles), True


# ---------------------------------------------------------------- language pools
T = {}
T["en"] = dict(
    title=["NEW IN TOWN 💋 {n} 💋 UPSCALE", "Sweet & Petite Latina ready now", "💦 100% REAL 💦 Incall Only", "Relaxing Asian Massage - Grand Opening",
           "Hiring girls $$$ 3000/week", "Fun open minded ebony {n}", "VIP COMPANION AVAILABLE TONIGHT", "Body rub specials!! new staff",
           "Promo girls needed - travel paid", "{n} is back 🔥 last days in town", "Link in bio babes 💕", "Upscale GFE – discreet"],
    open=["Hey gentlemen!! I'm {n}, your {adj} girl next door 😘", "NEW STAFF!!! Best massage in town, come relax with us 💆‍♀️",
          "Hi guys, just visiting for a few days so dont miss out 💋💋", "WE ARE HIRING 💼 young ladies 18-25 for hostess work abroad",
          "hey loves 🥰 new content every day, subscribe for my spicy side", "Upscale, classy and discreet companion for the discerning gentleman.",
          "hiiii its {n} 🍑 sweet petite and ready to play", "Grand opening!!! Table shower, body scrub, 4 hands",
          "LOOKING FOR MODELS 📸 no experience needed, earn $$$ from home", "Good vibes only ✨ i'm {n}, 23, curvy and fun"],
    mid=["Incall & outcall available", "no rush, clean & safe environment", "Serious gentlemen only, no games",
         "Available 24/7 😈", "Upscale hotel incall, discreet parking", "Flights & visa provided, housing included",
         "ALL NEW GIRLS ~ young & pretty", "Text first for rates", "Donations: 150 qv / 250 hh / 400 h",
         "no law enforcement, no black men sorry", "Cash app accepted", "New content dropped today 🔥🔥"],
    cue=["Contact me ", "Hit me up on ", "add me ", "find me ", "DM on ", "message me on ", "follow 👉 ", "reach me on ", "", "", "", ""],
    site_cue=["Website: ", "check out my site ", "Book online ", "More pics ", "Visit ", "ALL PICS HERE ➡️ ", "info & photos: "],
    link_cue=["Link in bio 👉 ", "All my links: ", "click here ", "join my channel ", "Apply here: ", "VIP group ", "chat me ", "free preview "],
    mail_cue=["Email: ", "email me ", "Mail ", "send pics + age to ", "Booking: ", "📧 ", "e-mail: ", "Screening via email "],
    neg=["100% real pics 📷", "STOP 👻 wasting time", "CALL.ME.(916) 555-0142", "NO.RUSH", "TEXT.ONLY no calls",
         "I'm on Snapchat and Instagram too, ask for it", "no snapchat, no instagram, no kik", "Snap me today 😘",
         "follow me on insta for more pics", "my facebook page got deleted lol", "Telegram only", "WhatsApp only pls",
         "meet me at the hotel near the airport", "open 10.30 - 22.00 every day", "special $99.99 for 30 min",
         "new pics.zip available for members", "photo1.jpg is me 100%", "IG: ask me", "snapchat: later", "available @ 10pm",
         "50% off @ weekends", "dot dot dot 😅", "I'm at the mall, text me", "v2.0 of me 😂 new hair", "OUTCALL.INCALL.CARDATE",
         "DM me on insta", "check my twitter page", "TikTok famous lol 🎵", "🍒 cherry on top 🍒", "👻👻 no ghosting 👻👻",
         "Kik? no sorry", "Signal or Telegram preferred", "Viber / WhatsApp / Line ok", "NO.BLOCKED.CALLS", "rate 1.5 for 1h"],
    close=["xoxo", "kisses 💋", "See you soon 😘", "Serious inquiries only!!", "Thank you 🙏", "", "", "~ {n} ~"],
    footer=["Posted on skipthegames.com", "Tell me you saw me on Tryst.link", "Ad #{num} - listcrawler.com", "Mention eros.com when calling",
            "© {year} adultsearch.com all rights reserved", "Found on megapersonals.eu"],
    adj=["sexy", "sweet", "naughty", "classy", "bubbly"],
)
T["es"] = dict(
    title=["CHICA NUEVA 💋 {n} 💋 24H", "Masajes relajantes con final feliz", "Se buscan señoritas para trabajar en España", "{n} latina ardiente 🔥",
           "Acompañante VIP en {c}", "Masajista profesional a domicilio"],
    open=["Hola amor soy {n}, una chica {adj} y cariñosa 😘", "NOVEDAD!!! chica recién llegada, muy complaciente",
          "Buscamos chicas de 18 a 28 años, alojamiento incluido, ganancias altas 💶", "Hola cariño, soy {n} 💕 masajes tantricos y mucho mas",
          "se necesitan modelos webcam, trabajo desde casa", "Holaa soy {n}, colombiana, nueva en la ciudad"],
    mid=["Salidas a hotel y domicilio", "Sin prisas, ambiente discreto", "Pago en efectivo o bizum", "Disponible 24 horas",
         "Te pagamos el billete de avión", "Fotos 100% reales", "Trato de novia, besos con lengua"],
    cue=["Escríbeme al ", "Agrégame ", "Sígueme ", "contacto por ", "mándame mensaje por ", "", "", ""],
    site_cue=["Mi web: ", "Más fotos en ", "Visita ", "Reservas: "],
    link_cue=["Todos mis links 👉 ", "Postúlate aquí ", "Únete al grupo ", "Canal VIP "],
    mail_cue=["Correo: ", "Escríbeme a ", "Envía tu CV y fotos a ", "Email: ", "📧 "],
    neg=["fotos 100% reales 📷", "no contesto números ocultos", "NO.SMS", "estoy en el hotel, escríbeme", "horario 10.00 - 23.00",
         "no tengo instagram ni snapchat", "también en Telegram y WhatsApp", "precio 60,00€ media hora", "Instagram: pregunta",
         "promo @ fin de semana", "punto y aparte 😂", "sígueme en insta para más fotos", "SOLO.WHATSAPP", "👻 sin fantasmas 👻"],
    close=["Besitos 💋", "Te espero 😘", "Un beso", "", "~{n}~"],
    footer=["Anuncio publicado en milanuncios.com", "Dime que me viste en skokka.com", "Ref. {num} - pasion.com"],
    adj=["dulce", "caliente", "simpática", "elegante"],
)
T["fr"] = dict(
    title=["NOUVELLE 💋 {n} 💋 {c}", "Massage naturiste relaxant", "Recrutement hôtesses - logée nourrie", "Belle métisse {n} dispo",
           "Escort de luxe discrète", "Massage tantrique à domicile"],
    open=["Coucou messieurs, moi c'est {n}, {adj} et coquine 😘", "Nouvelle sur {c}!! pour quelques jours seulement",
          "Agence recrute jeunes femmes pour hôtesses à l'étranger, billets payés ✈️", "Bonjour, je propose des massages relaxants et sensuels",
          "salut les chéris 🥰 nouveau contenu tous les jours", "Je suis {n}, 24 ans, étudiante"],
    mid=["Reçoit et se déplace", "Pas de numéro masqué", "Hygiène irréprochable exigée", "Disponible 7j/7", "Logement fourni",
         "Photos 100% réelles", "Pas pressée, dans la bonne humeur"],
    cue=["Écris-moi sur ", "Ajoute-moi ", "Contact ", "suivez-moi ", "", "", ""],
    site_cue=["Mon site : ", "Plus de photos sur ", "Réservation : "],
    link_cue=["Tous mes liens 👉 ", "Postuler ici : ", "Rejoins ma chaîne "],
    mail_cue=["Mail : ", "Écrivez-moi à ", "Envoyez CV + photos à ", "📧 "],
    neg=["photos réelles à 100% 📷", "PAS.DE.SMS", "je suis à l'hôtel près de la gare", "de 10h30 à 22h00", "tarif 150,00€ l'heure",
         "pas de snap ni insta", "dispo sur Telegram aussi", "insta: demande-moi", "point final.", "suivez moi sur insta pour plus de photos",
         "👻 pas de lapin 👻"],
    close=["Bisous 💋", "À bientôt 😘", "", "{n}"],
    footer=["Annonce vue sur wannonce.com", "Dites que vous venez de vivastreet.com", "Réf {num} - sexemodel.com"],
    adj=["douce", "sexy", "câline", "pétillante"],
)
T["pt"] = dict(
    title=["GAROTA NOVA 💋 {n} 💋", "Massagem tântrica relaxante", "Vagas para modelos - alto faturamento", "{n} morena safada 🔥",
           "Acompanhante de luxo em {c}", "Massagem com final feliz"],
    open=["Oi amor, sou a {n}, {adj} e carinhosa 😘", "Novidade na cidade!! só por poucos dias", "Agência contrata meninas 18+ para trabalhar na Europa, passagem paga ✈️",
          "Olá querido, ofereço massagem relaxante e sensual", "oii gente 🥰 conteúdo novo todo dia", "Sou a {n}, universitária, 22 aninhos"],
    mid=["Local próprio e discreto", "Atendo em motel e hotel", "Sem pressa", "Aceito pix e cartão", "Fotos 100% reais",
         "Moradia inclusa", "Atendimento 24h"],
    cue=["Me chama no ", "Me segue ", "Add ", "contato ", "", "", ""],
    site_cue=["Meu site: ", "Mais fotos em ", "Agende: "],
    link_cue=["Todos os links 👉 ", "Inscreva-se aqui ", "Entre no grupo "],
    mail_cue=["Email: ", "Mande foto e idade para ", "📧 ", "E-mail pra contato: "],
    neg=["fotos reais 100% 📷", "NAO.ATENDO.PRIVADO", "estou no hotel do centro", "das 10:30 às 22:00", "valor R$ 200,00 a hora",
         "não tenho insta nem snap", "também no Telegram", "insta: me pergunta", "ponto final", "me segue no insta pra mais fotos",
         "👻 sem fantasmas 👻"],
    close=["Beijos 💋", "Te espero 😘", "", "{n}"],
    footer=["Anúncio do fatalmodel.com", "Diga que me viu no skokka.com.br", "Ref. {num} - photoacompanhantes.com"],
    adj=["doce", "safada", "meiga", "elegante"],
)
T["it"] = dict(
    title=["NOVITÀ 💋 {n} 💋 {c}", "Massaggi rilassanti orientali", "Cercasi ragazze immagine - ottimi guadagni", "{n} bellissima trans 🔥",
           "Escort di lusso riservata", "Massaggio tantrico completo"],
    open=["Ciao tesoro, sono {n}, {adj} e passionale 😘", "Appena arrivata a {c}!! solo pochi giorni", "Agenzia cerca ragazze per lavoro all'estero, viaggio pagato ✈️",
          "Buongiorno, offro massaggi rilassanti in ambiente riservato", "ciaoo 🥰 nuovi contenuti ogni giorno", "Sono {n}, 25 anni, studentessa"],
    mid=["Ricevo in ambiente pulito e discreto", "Niente anonimi", "Senza fretta", "Disponibile tutti i giorni", "Alloggio incluso",
         "Foto reali al 100%", "Anche coppie"],
    cue=["Scrivimi su ", "Aggiungimi ", "Seguimi ", "contatto ", "", "", ""],
    site_cue=["Il mio sito: ", "Altre foto su ", "Prenota: "],
    link_cue=["Tutti i miei link 👉 ", "Candidati qui ", "Entra nel canale "],
    mail_cue=["Email: ", "Scrivimi a ", "Invia CV e foto a ", "📧 "],
    neg=["foto reali 100% 📷", "NO.ANONIMI", "sono in hotel vicino alla stazione", "orario 10.00 - 22.30", "prezzo 100,00€",
         "non ho instagram", "anche su Telegram", "insta: chiedimi", "punto e basta", "seguimi su insta per altre foto", "👻 no perditempo 👻"],
    close=["Baci 💋", "Ti aspetto 😘", "", "{n}"],
    footer=["Annuncio su bakecaincontrii.com", "Dimmi che mi hai visto su escortforum.net", "Rif. {num} - moscarossa.biz"],
    adj=["dolce", "sexy", "solare", "raffinata"],
)
T["de"] = dict(
    title=["NEU IN {C} 💋 {n}", "Entspannende Massage - Eröffnung", "Hostessen gesucht - Top Verdienst", "{n} heiße Blondine 🔥",
           "Diskrete Begleitung", "Tantra Massage Hausbesuch"],
    open=["Hallo ihr Lieben, ich bin {n}, {adj} und verspielt 😘", "Nur für kurze Zeit in {c}!!", "Wir suchen junge Damen für Jobs im Ausland, Flug wird bezahlt ✈️",
          "Guten Tag, ich biete entspannende Massagen in diskretem Ambiente", "hey ihr 🥰 jeden Tag neuer Content", "Ich bin {n}, 23, Studentin"],
    mid=["Haus- und Hotelbesuche", "Keine unterdrückten Nummern", "Ohne Zeitdruck", "Täglich erreichbar", "Unterkunft gestellt",
         "100% echte Fotos", "Auch Paare willkommen"],
    cue=["Schreib mir auf ", "Adde mich ", "Folge mir ", "Kontakt ", "", "", ""],
    site_cue=["Meine Seite: ", "Mehr Bilder auf ", "Termin buchen: "],
    link_cue=["Alle Links 👉 ", "Hier bewerben: ", "Kanal beitreten "],
    mail_cue=["E-Mail: ", "Schreib an ", "Bewerbung mit Fotos an ", "📧 "],
    neg=["100% echte Bilder 📷", "KEINE.SMS", "ich bin im Hotel am Bahnhof", "von 10.30 bis 22.00 Uhr", "Preis 150,00 € die Stunde",
         "kein Insta, kein Snap", "auch auf Telegram", "insta: frag mich", "Punkt.", "folgt mir auf insta für mehr Bilder", "👻 keine Fakes 👻",
         "Version 2.1 der Preisliste"],
    close=["Küsschen 💋", "Bis bald 😘", "", "{n}"],
    footer=["Inserat auf kaufmich.com", "Sag, dass du mich auf markt.de gesehen hast", "ID {num} - ladies.de"],
    adj=["süß", "sexy", "zärtlich", "frech"],
)
T["ru"] = dict(
    title=["НОВЕНЬКАЯ 💋 {n} 💋", "Расслабляющий массаж", "Работа для девушек за границей 💰", "{n} горячая брюнетка 🔥",
           "Элитный досуг", "Тайский массаж на дому"],
    open=["Привет, я {n}, {adj} и ласковая 😘", "Только приехала в город!!", "Требуются девушки 18-25 для работы в Дубае, билеты оплачиваем ✈️",
          "Добрый день, предлагаю расслабляющий массаж", "всем привет 🥰 новый контент каждый день", "Меня зовут {n}, мне 22"],
    mid=["Апартаменты и выезд", "Без спешки", "Скрытые номера не беру", "Круглосуточно", "Жильё предоставляем",
         "Фото 100% мои", "Оплата наличными или переводом"],
    cue=["Пиши в ", "Добавляй ", "Подписывайся ", "Контакт ", "", "", ""],
    site_cue=["Мой сайт: ", "Больше фото на ", "Запись: "],
    link_cue=["Все ссылки 👉 ", "Анкета тут ", "Наш канал "],
    mail_cue=["Почта: ", "Пиши на ", "Резюме и фото на ", "📧 "],
    neg=["фото 100% реальные 📷", "БЕЗ.СМС", "я в отеле у вокзала", "с 10.00 до 22.00", "цена 5000 руб. час", "нет инсты и снэпа",
         "есть в Телеграм и WhatsApp", "инста: спроси", "точка.", "подпишись на инсту ради фото", "👻 без фейков 👻"],
    close=["Целую 💋", "Жду 😘", "", "{n}"],
    footer=["Объявление с сайта intimcity.com", "Скажи, что нашёл меня на prostitutki.net", "Анкета {num} - dosug.cz"],
    adj=["нежная", "страстная", "милая", "стройная"],
)
T["ro"] = dict(
    title=["NOUA IN ORAS 💋 {n}", "Masaj de relaxare", "Angajam fete pentru strainatate 💶", "{n} bruneta sexy 🔥",
           "Companie de lux discreta", "Masaj tantric la domiciliu"],
    open=["Buna, sunt {n}, {adj} si jucausa 😘", "Nou venita in {c}!! doar cateva zile", "Angajam fete 18+ pentru munca in Germania, transport asigurat ✈️",
          "Ofer masaj de relaxare intr-un cadru discret", "salutare 🥰 continut nou zilnic", "Sunt {n}, 21 ani, studenta"],
    mid=["Locatie proprie, discreta", "Fara numere ascunse", "Fara graba", "Disponibila non-stop", "Cazare asigurata",
         "Poze 100% reale", "Plata cash"],
    cue=["Scrie-mi pe ", "Adauga-ma ", "Urmareste-ma ", "Contact ", "", "", ""],
    site_cue=["Site-ul meu: ", "Mai multe poze pe ", "Programari: "],
    link_cue=["Toate linkurile 👉 ", "Aplica aici ", "Intra pe grup "],
    mail_cue=["Email: ", "Trimite CV si poze la ", "📧 ", "Mail: "],
    neg=["poze 100% reale 📷", "FARA.SMS", "sunt la hotel langa gara", "program 10.00 - 22.00", "pret 300,00 lei ora",
         "nu am insta sau snap", "si pe Telegram", "insta: intreaba-ma", "punct.", "urmareste-ma pe insta pentru poze", "👻 fara fake 👻"],
    close=["Pupici 💋", "Te astept 😘", "", "{n}"],
    footer=["Anunt de pe publi24.ro", "Spune ca m-ai vazut pe sexyro.com", "ID {num} - escortebucuresti.ro"],
    adj=["dulce", "sexy", "cuminte", "fierbinte"],
)
T["th"] = dict(
    title=["NEW GIRL 💋 Nong {n} 💋", "Thai massage sabai sabai", "Rap samak ngan - job in Japan 💴", "Nong {n} narak mak 🔥",
           "Sexy Thai girl {c}", "Oil massage full body"],
    open=["Sawasdee ka, chan chue {n} ka 😘 narak, jai dee", "Mai dai pai, new girl at {c} na ka", "Rap samak phu ying 18+ tam ngan tang prathet, free ticket ✈️",
          "Nuad thai boran + oil massage, sabai mak mak", "sawasdee ka 🥰 content mai tuk wan", "Nong {n} ayu 22 pee"],
    mid=["Incall hong suay suay", "Mai reeb", "Open tuk wan", "Mee tee pak hai", "Photo jing 100%", "Jai yen yen"],
    cue=["Add ", "Tak ma ", "Contact ", "", "", ""],
    site_cue=["Website: ", "Photo more: "],
    link_cue=["All links 👉 ", "Sa-mak tee nee ", "Join group "],
    mail_cue=["Email: ", "Song CV ma tee ", "📧 "],
    neg=["photo jing 100% 📷", "MAI.RUB.BER.SON", "yoo tee hotel klai BTS", "perd 10.00 - 24.00", "rakha 1500.00 baht",
         "mai mee IG", "Line only ka", "Line: tam ma ka", "👻 mai tong glua 👻"],
    close=["Khob khun ka 🙏", "Ror yoo na ka 😘", "", "{n}"],
    footer=["Post on thaifriendly.com", "Bok wa hen chan tee bangkokescort.com"],
    adj=["narak", "suay", "sexy"],
)
T["vi"] = dict(
    title=["EM MỚI 💋 {n} 💋", "Massage thư giãn body", "Tuyển gấp nữ làm việc tại Nhật 💴", "Em {n} xinh xắn 🔥",
           "Gai goi cao cap {c}", "Massage Nhat Ban"],
    open=["Chào anh, em là {n}, {adj} và dễ thương 😘", "em moi len {c} nha anh, chi vai ngay thoi", "Tuyển nữ 18-28 tuổi đi làm nước ngoài, bao vé máy bay ✈️",
          "Massage thu gian, phong rieng sach se", "hi mọi người 🥰 content mới mỗi ngày", "Em {n} 21 tuoi sinh vien"],
    mid=["Có phòng riêng", "Không vội vàng", "Phục vụ 24/24", "Bao ăn ở", "Ảnh thật 100%", "lam viec nhe nhang luong cao"],
    cue=["Liên hệ ", "Nhắn em qua ", "Add em ", "kb ", "", "", ""],
    site_cue=["Website: ", "Xem thêm ảnh: "],
    link_cue=["Tất cả link 👉 ", "Đăng ký tại ", "Vào nhóm "],
    mail_cue=["Email: ", "Gửi CV về ", "📧 "],
    neg=["ảnh thật 100% 📷", "KHONG.TIN.NHAN", "em ở khách sạn gần chợ", "từ 10.00 đến 22.00", "giá 500.000đ",
         "em không có insta", "có Zalo và Telegram", "zalo: hỏi em", "chấm hết.", "👻 không ảo 👻"],
    close=["Yêu anh 💋", "Em đợi anh 😘", "", "{n}"],
    footer=["Tin đăng trên chotot.com", "Nói là thấy em trên gaigoi.net"],
    adj=["xinh", "ngọt ngào", "dễ thương"],
)
T["id"] = dict(
    title=["CEWEK BARU 💋 {n} 💋", "Pijat refleksi & spa", "Lowongan kerja ke luar negeri 💴", "{n} cantik manja 🔥",
           "Open BO {c}", "Pijat plus plus panggilan"],
    open=["Hai kak, aku {n}, {adj} dan manja 😘", "aku baru di {c} kak, cuma beberapa hari", "Dicari wanita 18-27 kerja di Malaysia, tiket gratis ✈️",
          "Menerima pijat panggilan hotel dan apartemen", "halo semua 🥰 konten baru setiap hari", "Aku {n} 22 thn mahasiswi"],
    mid=["Bisa ke hotel", "No buru-buru", "Ready 24 jam", "Mess disediakan", "Foto asli 100%", "Gaji besar, tanpa pengalaman",
         "Transfer atau cash"],
    cue=["Hubungi ", "Chat aku di ", "Follow ", "DM ", "", "", ""],
    site_cue=["Website: ", "Foto lain di ", "Booking: "],
    link_cue=["Semua link 👉 ", "Daftar di ", "Gabung grup "],
    mail_cue=["Email: ", "Kirim CV ke ", "📧 "],
    neg=["foto asli 100% 📷", "NO.TIPU", "aku di hotel dekat stasiun", "jam 10.00 - 22.00", "harga 500.000 rb", "gak punya IG",
         "ada Telegram dan WA", "ig: tanya aja", "titik.", "follow insta aku buat foto lain", "👻 no PHP 👻"],
    close=["Muach 💋", "Ditunggu kak 😘", "", "{n}"],
    footer=["Iklan dari olx.co.id", "Bilang liat aku di kaskus.co.id"],
    adj=["cantik", "manja", "seksi"],
)
T["ar"] = dict(
    title=["جديدة في {c} 💋 {n}", "مساج استرخاء", "مطلوب فتيات للعمل في الخارج 💵", "{n} مغربية 🔥", "مرافقة VIP", "مساج تايلندي"],
    open=["مرحبا، أنا {n} 😘 لطيفة وجديدة في المدينة", "ahlan habibi, ana {n}, jadida fi {c} 😘", "مطلوب بنات 18-25 للعمل كمضيفات، تذكرة وسكن مجاناً ✈️",
          "مساج استرخاء في مكان هادئ ونظيف", "hala shabab 🥰 mas7 ta2i3 3al ta2m", "ana {n} 23 sana"],
    mid=["زيارات فنادق", "بدون استعجال", "متاحة 24 ساعة", "السكن مؤمن", "صور حقيقية 100%", "الدفع كاش"],
    cue=["راسلني ", "تواصل ", "Add ", "ضيفني ", "", "", ""],
    site_cue=["موقعي: ", "صور أكثر: ", "Website: "],
    link_cue=["كل الروابط 👉 ", "قدمي هنا ", "انضم للقناة "],
    mail_cue=["ايميل: ", "أرسلي السيرة الذاتية إلى ", "📧 ", "Email: "],
    neg=["صور حقيقية 100% 📷", "NO.MSG", "ana fi el fondo2 janb el mall", "من 10.00 إلى 22.00", "السعر 500.00 درهم",
         "ما عندي انستا", "كمان عالتلغرام", "insta: ask me", "👻 no fake 👻", "نقطة."],
    close=["بوسات 💋", "بانتظارك 😘", "", "{n}"],
    footer=["إعلان من موقع opensooq.com", "Tell me you saw me on dubizzle.com"],
    adj=["حلوة"],
)

HTML_BITS = ["<br>", "<br/>", "&amp;", "&nbsp;", "<b>", "</b>", "</div>", "&#10084;", "<p>", "</p>", "&quot;"]
DECOR = ["💋", "🔥", "😘", "💦", "✨", "🌹", "❤️", "💕", "🍑", "😈", "👅", "💎", "⭐", "🥰", "👑", "💆‍♀️", "🌸"]


def typo(r, s):
    if len(s) < 6 or r.random() > 0.15:
        return s
    i = r.randint(1, len(s) - 2)
    if not s[i].isalpha() or not s[i + 1].isalpha():
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def fill(r, s, lang, n):
    return s.format(n=n.capitalize(), c=r.choice(CITY[lang]).capitalize(), C=r.choice(CITY[lang]).upper(),
                    adj=r.choice(T[lang]["adj"]), num=r.randint(10000, 999999), year=r.randint(2019, 2026))


def make_ad(r, idx, lang):
    P = T[lang]
    n = r.choice(NAMES[lang])
    labels = {"handles": [], "urls": [], "emails": [], "post_type": None, "indicators": [], "phones": []}
    tags = []
    lines = [fill(r, r.choice(P["open"]), lang, n)]
    lines += [fill(r, m, lang, n) for m in r.sample(P["mid"], r.choice([1, 1, 2]))]
    contact = []

    n_sel = r.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4])
    kinds = [r.choice(["h", "h", "h", "h", "u", "u", "e", "e", "l"]) for _ in range(n_sel)]
    used_plat = set()
    for k in kinds:
        if k == "h":
            weak = r.random() < 0.18
            pool = WEAK if weak else STRONG
            plat, tpl = r.choice(pool)
            script = {"微信": "zh", "ВК": "ru", "ไลน์": "th"}
            if plat in used_plat or any(w in tpl and lang != sl for w, sl in script.items()):
                continue
            common = ((not weak) and r.random() < 0.07 and "/" not in tpl
                      and plat in ("instagram", "snapchat", "kik", "tiktok", "twitter", "onlyfans", "fansly"))
            h = r.choice(COMMON_WORD_HANDLES) if common else make_handle(r, lang, plat)
            if weak and not account_like(h):
                h = h + str(r.randint(1, 99))
            used_plat.add(plat)
            text = tpl.format(h=h)
            if r.random() < 0.1:
                text += "."
            contact.append(r.choice(P["cue"]) + text)
            labels["handles"].append({"platform": plat, "value": h})
            if weak:
                tags.append("weak-cue")
            if common:
                tags.append("common-word-handle")
            for host in PROFILE_HOSTS:
                if host in tpl:
                    labels["urls"].append(host + h)
                    tags.append("profile-url")
        elif k == "u":
            bare = make_site(r, lang)
            text, lab = render_url(r, bare)
            contact.append(r.choice(P["site_cue"]) + text)
            labels["urls"].append(lab)
        elif k == "l":
            h = make_handle(r, lang, "instagram").replace(".", "_")
            u = link_url(r, lang, h)
            text = r.choice(["https://" + u, u, u, "http://" + u]) if not u.endswith(".carrd.co") else r.choice(["https://" + u, u])
            contact.append(r.choice(P["link_cue"]) + text)
            labels["urls"].append(u)
            tags.append("link-service")
        else:
            local, dom = make_email(r, lang)
            text, disg = render_email(r, lang, local, dom)
            contact.append(r.choice(P["mail_cue"]) + text)
            labels["emails"].append(f"{local}@{dom}".lower())
            if disg:
                tags.append("disguised-email")

    # hard negatives: 0-3 per ad
    n_neg = r.choice([0, 1, 1, 2, 2, 3]) if contact else r.choice([1, 2, 3])
    negs = r.sample(P["neg"], min(n_neg, len(P["neg"])))
    if lang not in ("en",) and r.random() < 0.25:
        negs.append(r.choice(T["en"]["neg"]))
    if negs:
        tags.append("hard-negative")
    body_parts = lines + negs
    r.shuffle(body_parts)
    body_parts = [typo(r, p) if r.random() < 0.5 else p for p in body_parts]
    # contacts go last or mixed in
    if r.random() < 0.7:
        body_parts += contact
    else:
        for c in contact:
            body_parts.insert(r.randint(0, len(body_parts)), c)
    cl = fill(r, r.choice(P["close"]), lang, n)
    if cl:
        body_parts.append(cl)
    if r.random() < 0.18:
        body_parts.append(fill(r, r.choice(P["footer"]), lang, n))
        tags.append("site-footer")

    # author habits
    habit = r.random()
    if habit < 0.15:
        sep = " " + r.choice(HTML_BITS[:2]) + " "
    elif habit < 0.35:
        sep = " " + r.choice(DECOR) + " "
    elif habit < 0.45:
        sep = " "
    elif habit < 0.55:
        sep = "\n\n"
    else:
        sep = "\n"
    body = sep.join(body_parts)
    if r.random() < 0.12:
        body = r.choice(["<p>", "<div>", "&nbsp;"]) + body + r.choice(["</p>", "</div>", " &amp; more"])
    if r.random() < 0.08 and lang in ("en", "es", "fr", "de", "it", "pt", "ro", "id", "th"):
        # shouting author: caps the prose, never the contact lines (values keep their case below)
        body = sep.join(p.upper() if p not in contact else p for p in body_parts)
    for k in ("urls", "emails"):
        labels[k] = list(dict.fromkeys(labels[k]))
    title = fill(r, r.choice(P["title"]), lang, n)
    if r.random() < 0.3:
        title = r.choice(DECOR) + " " + title + " " + r.choice(DECOR)
    ad = {"id": f"sf4-{idx:04d}", "lang": lang, "title": title, "body": body, "labels": labels,
          "tags": sorted(set(tags))}
    return ad


def build():
    r = random.Random(SEED)
    order = [lang for lang, k in LANG_COUNTS for _ in range(k)]
    assert len(order) == N_ADS
    r.shuffle(order)
    return [make_ad(r, i + 1, lang) for i, lang in enumerate(order)]


def render(ads):
    return "".join(json.dumps(a, ensure_ascii=False, sort_keys=False) + "\n" for a in ads)


def main():
    text = render(build())
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUT} ({text.count(chr(10))} ads)")


if __name__ == "__main__":
    main()
