#!/usr/bin/env python3
"""Independent stress corpus for plainsight's network linking (issue 8).

Written from the scenario spec in docs/stress-corpus.md, without reading the linker or
`plainsight synth`. Standard library only; the same --seed and --posts give the same files,
byte for byte.

Usage:
  python3 scripts/stress_corpus.py --seed 1 --posts 20000 --out posts.jsonl --truth truth.jsonl

Seeds: 1-9 are for tuning; 101, 102, 103 are held out (see the spec).
"""
import argparse
import json
import math
import random
from datetime import datetime, timedelta, timezone

# ---------------------------------------------------------------------------------------------
# Parameters (documented in docs/stress-corpus.md)
# ---------------------------------------------------------------------------------------------

ROLE_SHARES = [
    ("operator", 0.35),
    ("independent", 0.20),
    ("spa", 0.15),
    ("employer", 0.15),
    ("recruiter", 0.10),
    ("misc", 0.05),
]
# role -> (median size at 20,000 posts, log-normal sigma, min, max)
SIZE_PARAMS = {
    "operator": (25, 1.0, 3, 800),
    "spa": (35, 0.7, 4, 160),
    "employer": (25, 0.9, 2, 300),
    "recruiter": (25, 0.8, 2, 200),
}
REFERENCE_POSTS = 20000
START = datetime(2025, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 272  # to 2025-09-30

P_REGION = 0.5            # share of posts with a `region` field
P_LOCATION = 0.95         # share of posts with a `location` (always when a national number needs it)
P_FOOTER = 0.40           # share of a footer site's posts that carry its footer
P_ONEOFF_SHORTLINK = 0.06 # posts with a short link used nowhere else (noise)
MAX_BIT_NOISE = 12        # PDQ bit flips on a network's own photos
MAX_STOCK_NOISE = 6       # PDQ bit flips on a stock photo

# Probability that a phone mention is written in international form (else national), by role.
P_INTL = {
    "operator": 0.72,
    "independent": 0.70,
    "spa": 0.70,
    "employer": 0.80,
    "recruiter": 0.75,
    "misc": 0.65,
}
P_DISGUISE = {"operator": 0.15, "independent": 0.12}  # light disguises on escort posts

# ---------------------------------------------------------------------------------------------
# Countries, cities, phone ranges (mobile ranges checked valid against libphonenumber 9.0)
# ---------------------------------------------------------------------------------------------

US_CITIES = [
    ("Houston", "TX", "Texas", [713, 832, 281]),
    ("Dallas", "TX", "Texas", [214, 469, 972]),
    ("San Antonio", "TX", "Texas", [210]),
    ("Austin", "TX", "Texas", [512, 737]),
    ("Chicago", "IL", "Illinois", [312, 773, 872]),
    ("New York", "NY", "New York", [212, 646, 917, 347]),
    ("Los Angeles", "CA", "California", [213, 323, 310, 424]),
    ("Miami", "FL", "Florida", [305, 786]),
    ("Orlando", "FL", "Florida", [407, 321]),
    ("Atlanta", "GA", "Georgia", [404, 678, 470]),
    ("Las Vegas", "NV", "Nevada", [702, 725]),
    ("Phoenix", "AZ", "Arizona", [602, 480, 623]),
    ("Seattle", "WA", "Washington", [206]),
    ("Denver", "CO", "Colorado", [303, 720]),
    ("Charlotte", "NC", "North Carolina", [704, 980]),
    ("Newark", "NJ", "New Jersey", [973, 862]),
]

COUNTRIES = {
    "US": {"cc": "1", "lang": "en", "name": "USA"},
    "GB": {"cc": "44", "lang": "en", "name": "UK", "trunk": "0",
           "cities": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Liverpool"],
           "prefixes": ["71", "72", "73", "740", "741", "742", "743", "744", "746", "747", "748",
                        "749", "751", "753", "754", "755", "756", "757", "758", "759", "771",
                        "772", "773", "774", "775", "776", "777", "780", "781", "784", "785",
                        "786", "787", "788", "789", "790", "792", "794", "795", "796", "797",
                        "798", "799"], "length": 10},
    "FR": {"cc": "33", "lang": "fr", "name": "France", "trunk": "0",
           "cities": ["Paris", "Lyon", "Marseille", "Nice", "Toulouse", "Bordeaux"],
           "prefixes": ["60", "61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78"],
           "length": 9},
    "ES": {"cc": "34", "lang": "es", "name": "España",
           "cities": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
           "prefixes": ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72"],
           "length": 9},
    "PT": {"cc": "351", "lang": "pt", "name": "Portugal",
           "cities": ["Lisboa", "Porto", "Faro", "Braga"],
           "prefixes": ["91", "92", "93", "96"], "length": 9},
    "BR": {"cc": "55", "lang": "pt", "name": "Brasil",
           "cities": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Fortaleza"],
           "areas": {"São Paulo": "11", "Rio de Janeiro": "21", "Belo Horizonte": "31",
                     "Salvador": "71", "Fortaleza": "85"}, "length": 11},
    "NG": {"cc": "234", "lang": "en", "name": "Nigeria", "trunk": "0",
           "cities": ["Lagos", "Abuja", "Benin City", "Port Harcourt", "Ibadan"],
           "prefixes": ["803", "806", "813", "816", "810", "814", "903", "906", "805", "807",
                        "815", "905", "802", "808", "812", "701", "708", "902", "907"],
           "length": 10},
    "MX": {"cc": "52", "lang": "es", "name": "México",
           "cities": ["Ciudad de México", "Guadalajara", "Monterrey", "Cancún", "Tijuana"],
           "areas": {"Ciudad de México": "55", "Guadalajara": "33", "Monterrey": "81",
                     "Cancún": "998", "Tijuana": "664"}, "length": 10},
    "AE": {"cc": "971", "lang": "ar", "name": "UAE", "trunk": "0",
           "cities": ["Dubai", "Abu Dhabi", "Sharjah"],
           "prefixes": ["50", "52", "54", "55", "56", "58"], "length": 9},
    "EG": {"cc": "20", "lang": "ar", "name": "Egypt", "trunk": "0",
           "cities": ["Cairo", "Alexandria", "Giza"],
           "prefixes": ["10", "11", "12", "15"], "length": 10},
    "MA": {"cc": "212", "lang": "fr", "name": "Maroc", "trunk": "0",
           "cities": ["Casablanca", "Rabat", "Marrakech", "Tanger"],
           "prefixes": ["60", "61", "62", "63", "64", "65", "66", "67", "70", "77"], "length": 9},
}
COUNTRIES["US"]["cities"] = [c[0] for c in US_CITIES]

# Where each role operates (country, weight).
ROLE_COUNTRIES = {
    "operator": [("US", 55), ("GB", 10), ("ES", 8), ("FR", 5), ("BR", 6), ("MX", 6), ("NG", 5),
                 ("AE", 5)],
    "independent": [("US", 55), ("GB", 12), ("ES", 8), ("FR", 7), ("BR", 6), ("MX", 6), ("NG", 3),
                    ("AE", 3)],
    "spa": [("US", 70), ("GB", 10), ("ES", 8), ("MX", 5), ("FR", 4), ("AE", 3)],
    "employer": [("US", 25), ("GB", 10), ("NG", 8), ("ES", 10), ("MX", 8), ("FR", 10), ("MA", 4),
                 ("PT", 6), ("BR", 8), ("AE", 7), ("EG", 4)],
    "recruiter": [("NG", 25), ("GB", 5), ("ES", 8), ("MX", 12), ("FR", 6), ("MA", 8), ("PT", 5),
                  ("BR", 10), ("AE", 8), ("EG", 13)],
    "misc": [("US", 45), ("GB", 10), ("ES", 10), ("FR", 10), ("BR", 8), ("MX", 7), ("NG", 10)],
}
# Languages the escort banks are written in; Arabic-speaking markets advertise in English.
ESCORT_LANG = {"en": "en", "es": "es", "fr": "fr", "pt": "pt", "ar": "en"}

# Toll-free numbers for site footers: (country, national significant number).
FOOTER_TOLLFREE = {"US": ("800", 10), "GB": ("800", 10), "ES": ("900", 9), "FR": ("800", 9)}

# ---------------------------------------------------------------------------------------------
# Sites
# ---------------------------------------------------------------------------------------------

# site -> (kind, language, footer or None). Footer: (template, toll-free country or None)
SITES = {
    "escortsite.example": ("escort", "en", ("Report abuse: call {TOLL} or write to abuse@escortsite.example", "US")),
    "nightlist.example": ("escort", "en", ("Support: support@nightlist.example | Report an ad: {TOLL}", "US")),
    "velvetads.example": ("escort", "en", ("Concerned about an ad? Report abuse: call {TOLL} (free, 24/7)", "GB")),
    "citycompanions.example": ("escort", "en", None),
    "afterdark.example": ("escort", "en", ("All advertisers are 18+. Report abuse: help@afterdark.example", None)),
    "classifiedhub.example": ("classified", "en", ("Report abuse: call {TOLL} | Support: support@classifiedhub.example", "US")),
    "citypages.example": ("classified", "en", None),
    "listcrowd.example": ("classified", "en", ("Safety first: never send money in advance. Help: help@listcrowd.example", None)),
    "anunciosya.example": ("classified", "es", ("Denuncia un anuncio: llama gratis al {TOLL} · soporte@anunciosya.example", "ES")),
    "petitesannonces.example": ("classified", "fr", ("Signaler un abus : {TOLL} (appel gratuit) · aide@petitesannonces.example", "FR")),
    "jobboard.example": ("jobs", "en", ("Report a suspicious job: call {TOLL} | Support: support@jobboard.example", "US")),
    "empleos.example": ("jobs", "es", ("¿Oferta sospechosa? Llama al {TOLL} · ayuda@empleos.example", "ES")),
    "emplois.example": ("jobs", "fr", ("Offre suspecte ? Signalez-la : {TOLL} · support@emplois.example", "FR")),
    "vagas.example": ("jobs", "pt", ("Denuncie vagas falsas: suporte@vagas.example", None)),
    "wazaif.example": ("jobs", "ar", ("للإبلاغ عن إعلان مشبوه: support@wazaif.example", None)),
    "globaljobs.example": ("jobs", "en", ("Report fraud: {TOLL} · Help centre: help@globaljobs.example", "GB")),
}
ESCORT_SITES = ["escortsite.example", "nightlist.example", "velvetads.example",
                "citycompanions.example", "afterdark.example", "classifiedhub.example",
                "listcrowd.example"]
CLASSIFIED_SITES = {"en": ["classifiedhub.example", "citypages.example", "listcrowd.example"],
                    "es": ["anunciosya.example", "citypages.example"],
                    "fr": ["petitesannonces.example", "citypages.example"],
                    "pt": ["citypages.example", "listcrowd.example"],
                    "ar": ["citypages.example"]}
JOB_SITES = {"en": ["jobboard.example", "globaljobs.example"],
             "es": ["empleos.example", "globaljobs.example"],
             "fr": ["emplois.example", "globaljobs.example"],
             "pt": ["vagas.example", "globaljobs.example"],
             "ar": ["wazaif.example", "globaljobs.example"]}

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"]
SHORTENERS = ["bit.ly", "tinyurl.com"]

# ---------------------------------------------------------------------------------------------
# Word banks
# ---------------------------------------------------------------------------------------------

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}

FIRST_NAMES = ["Mia", "Lily", "Jade", "Bella", "Sofia", "Luna", "Emma", "Chloe", "Nina", "Ruby",
               "Amber", "Candy", "Diamond", "Angel", "Kim", "Lola", "Maya", "Gia", "Eva", "Anna",
               "Valentina", "Camila", "Isabella", "Paola", "Natasha", "Vanessa", "Jasmine",
               "Crystal", "Daisy", "Honey", "Roxy", "Sasha", "Tiffany", "Yuki", "Mei", "Leila",
               "Bianca", "Carla", "Nadia", "Lexi"]

ESCORT_COMMON = {
    "en": ["100% real pics, no games.", "Available now.", "Incall and outcall.",
           "Discreet and clean.", "Satisfaction guaranteed.", "No rush service.",
           "Short notice ok.", "Text only, no blocked calls.", "New in town!",
           "Ask about specials.", "Upscale gentlemen only.", "Available late nights.",
           "Safe and friendly.", "Your satisfaction is my priority.", "Don't miss out!",
           "Serious inquiries only.", "Let me be your escape after a long day.",
           "Come relax with me.", "Sweet and sexy.", "Real and independent."],
    "es": ["Fotos 100% reales.", "Disponible ahora.", "Atiendo en mi depa y a domicilio.",
           "Discreta y limpia.", "Sin prisas.", "Recién llegada a la ciudad.",
           "Solo caballeros educados.", "Disponible 24 horas.", "Ambiente seguro y discreto.",
           "Pregunta por promociones."],
    "fr": ["Photos 100% réelles.", "Disponible maintenant.", "Reçoit et se déplace.",
           "Discrète et propre.", "Sans prise de tête.", "Nouvelle en ville !",
           "Hommes courtois uniquement.", "Disponible tard le soir.", "Cadre sûr et discret.",
           "Demandez les promos."],
    "pt": ["Fotos 100% reais.", "Disponível agora.", "Local próprio e atendo em hotéis.",
           "Discreta e limpinha.", "Sem pressa.", "Novidade na cidade!",
           "Só homens educados.", "Atendo até tarde.", "Ambiente seguro e discreto.",
           "Pergunte pelas promoções."],
}
ESCORT_DESCR = {
    "en": ["{N} is {age}, {adj} and {adj2}.", "Hi gentlemen, I'm {N}, a {adj} {nat} girl.",
           "{N} ({age}) - {adj}, {hair}, {adj2}.", "Meet {N}: {hair}, {adj} and ready to play."],
    "es": ["{N}, {age} años, {adj} y {adj2}.", "Hola caballeros, soy {N}, {nat} y {adj}."],
    "fr": ["{N}, {age} ans, {adj} et {adj2}.", "Bonjour messieurs, je suis {N}, {nat} et {adj}."],
    "pt": ["{N}, {age} anos, {adj} e {adj2}.", "Oi amores, sou a {N}, {nat} e {adj}."],
}
ADJ = {"en": ["sweet", "petite", "curvy", "playful", "sexy", "classy", "bubbly", "exotic", "slim"],
       "es": ["dulce", "cariñosa", "atrevida", "coqueta", "delgada", "elegante"],
       "fr": ["douce", "coquine", "élégante", "pulpeuse", "câline", "mince"],
       "pt": ["safadinha", "carinhosa", "gostosa", "elegante", "magrinha", "meiga"]}
NAT = {"en": ["Latina", "Asian", "Ebony", "European", "Brazilian", "Russian"],
       "es": ["colombiana", "venezolana", "paraguaya", "rusa", "brasileña"],
       "fr": ["latine", "asiatique", "brésilienne", "russe", "ivoirienne"],
       "pt": ["paulista", "morena", "loira", "mineira", "gaúcha"]}
HAIR = ["blonde", "brunette", "redhead", "black hair", "long hair"]
ESCORT_TITLES = {
    "en": ["{N} new in {C}", "{adj} {N} in {C} tonight", "{N} {age} - {adj} and {adj2}",
           "{C}: {N} available now", "New girl {N} just arrived {C}", "{N} & {N2} duo in {C}",
           "Visiting {C} - {N}", "{adj} {nat} {N}"],
    "es": ["{N} recién llegada a {C}", "{N} {age} años {adj}", "{C}: {N} disponible ya",
           "{N} y {N2} en {C}"],
    "fr": ["{N} nouvelle à {C}", "{N} {age} ans {adj}", "{C} : {N} dispo", "{N} et {N2} à {C}"],
    "pt": ["{N} novidade em {C}", "{N} {age} anos {adj}", "{C}: {N} disponível", "{N} e {N2} em {C}"],
}
ESCORT_PLACE = {
    "en": ["Visiting {C} this week only.", "In {C} until Sunday.", "Located near downtown {C}.",
           "Just arrived in {C}.", "Back in {C} for a few days."],
    "es": ["Solo esta semana en {C}.", "En {C} hasta el domingo.", "Recién llegada a {C}."],
    "fr": ["De passage à {C} cette semaine.", "À {C} jusqu'à dimanche.", "Arrivée à {C}."],
    "pt": ["Só essa semana em {C}.", "Em {C} até domingo.", "Acabei de chegar em {C}."],
}
CONTACT_LEAD = {
    "en": ["Call {P}", "Text {P}", "Call or text {P}", "Txt me {P}", "Booking: {P}",
           "{P} - text only", "Ph: {P}"],
    "es": ["Llámame al {P}", "WhatsApp {P}", "Citas: {P}", "Tel. {P}"],
    "fr": ["Appelle-moi au {P}", "Tél : {P}", "SMS uniquement {P}", "Contact : {P}"],
    "pt": ["Liga {P}", "Chama no zap {P}", "WhatsApp {P}", "Contato: {P}"],
}
NO_CONTACT_LINE = {
    "en": ["Contact info in my pics.", "Same number as always.", "Message me here.",
           "You know how to reach me.", "Number in my other ad."],
    "es": ["Contacto en las fotos.", "Escríbeme por aquí.", "El número de siempre."],
    "fr": ["Contact sur les photos.", "Écris-moi ici.", "Même numéro que d'habitude."],
    "pt": ["Contato nas fotos.", "Me chama aqui.", "Mesmo número de sempre."],
}

# Combinatorial signature bank: each escort operator and independent gets its own sentences.
SIG_A = ["Ask for", "Mention", "Tell them", "Say", "Just say", "Remember", "Don't forget",
         "Always ask for", "Whisper", "Quote"]
SIG_B = ["the midnight rose", "velvet special", "the blue door", "code sunshine", "the VIP list",
         "the golden hour", "honey deal", "ocean breeze", "the red lantern", "silk treatment",
         "the starlight package", "cherry kiss", "the lucky seven", "moonlight combo",
         "the pearl menu", "sugar rush", "the private suite", "amber glow", "the night owl deal",
         "peach promise"]
SIG_C = ["for a treat", "and smile", "to get the discount", "when you arrive", "at the door",
         "for extra time", "and you won't regret it", "for my best", "when you text",
         "to skip the line"]
SIG_EMOJI = ["💋", "🌹", "✨", "🔥", "💎", "🍒", "🦋", "🌸", "👑", "💦", "🍑", "⭐", "🥂", "🎀"]
TAG_A = ["your", "the", "a", "one"]
TAG_B = ["sweetest", "naughtiest", "wildest", "softest", "classiest", "cutest", "hottest",
         "realest", "dreamiest", "finest", "kindest", "rarest"]
TAG_C = ["secret", "surprise", "treat", "memory", "escape", "addiction", "fantasy", "weakness",
         "vacation", "reward", "habit", "daydream"]
TAG_D = ["in town", "this side of the river", "you'll ever meet", "on this site", "after dark",
         "since forever", "money can buy", "in the whole city", "of the week", "x", "",
         "guaranteed"]

# Spas: look-alike names.
SPA_STEMS = ["Lotus", "Blue Lotus", "Golden Lotus", "Jade", "Jade Garden", "Orchid", "Pink Orchid",
             "Bamboo", "Happy", "Oriental", "Sakura", "Zen", "Golden Hands", "Magic Touch",
             "Paradise", "Asian", "Tokyo", "Sunshine", "Dragon", "Moonlight", "Bliss", "Serenity",
             "Lucky", "Angel", "Royal Thai", "Star", "Cherry Blossom", "Ocean"]
SPA_SUFFIX = ["Spa", "Massage", "Day Spa", "Wellness", "Massage Therapy", "Spa & Massage",
              "Foot Spa", "Body Work", "Health Spa", "Relax Center"]
SPA_SERVICES = {
    "en": ["Swedish", "deep tissue", "hot stone", "reflexology", "foot massage", "shiatsu",
           "aromatherapy", "body scrub", "couples massage", "Thai massage", "sauna", "table shower",
           "4 hands massage"],
    "es": ["masaje sueco", "tejido profundo", "piedras calientes", "reflexología", "masaje tailandés",
           "aromaterapia", "masaje en pareja", "sauna"],
    "fr": ["massage suédois", "massage profond", "pierres chaudes", "réflexologie", "massage thaï",
           "aromathérapie", "massage en duo", "sauna"],
}
SPA_HOURS = {
    "en": ["Open daily 9am-10pm", "Open 7 days, 10am to 10pm", "Hours: 9:30am - 9:30pm every day",
           "Open 10-10, seven days a week", "Mon-Sun 9am to 11pm"],
    "es": ["Abierto todos los días de 10 a 22 h", "Horario: lunes a domingo 9:00-21:00",
           "Abrimos 7 días de 10am a 10pm"],
    "fr": ["Ouvert tous les jours de 10h à 22h", "Horaires : 7j/7 de 9h30 à 21h30",
           "Ouvert du lundi au dimanche, 10h-21h"],
}
SPA_AREA = {
    "en": ["near downtown", "close to the mall", "by the highway exit", "in the plaza",
           "next to the supermarket", "plenty of free parking"],
    "es": ["en el centro", "cerca del centro comercial", "junto al metro", "con parking gratis"],
    "fr": ["en centre-ville", "près du centre commercial", "à deux pas du métro", "parking gratuit"],
}
SPA_PRICE = {
    "en": ["{cur}{p}/hr", "60 min {cur}{p}", "1 hour special {cur}{p}", "Only {cur}{p} for 60 minutes",
           "{cur}{p} one hour, {cur}{p2} half hour"],
    "es": ["60 min {p} {cur}", "Promoción: 1 hora por {p} {cur}", "Desde {p} {cur} la hora"],
    "fr": ["{p} {cur} l'heure", "1h : {p} {cur}", "À partir de {p} {cur} les 60 min"],
}
# country -> (currency as written, lowest and highest hourly price)
SPA_CURRENCY = {"US": ("$", 40, 90), "GB": ("£", 35, 80), "AE": ("AED ", 150, 350),
                "ES": ("€", 35, 80), "FR": ("€", 40, 90), "MX": ("pesos", 400, 900)}
# Per-city variants of the AREA slot (landmarks every business in that city names).
SPA_LANDMARKS = {
    "Houston": ["near the Galleria", "off I-45 North", "on Bellaire Blvd in Chinatown"],
    "Dallas": ["off I-635", "near the Galleria Dallas", "on Harry Hines Blvd"],
    "Chicago": ["near O'Hare", "in Lincoln Park", "off the Kennedy Expressway"],
    "New York": ["in Flushing", "near Penn Station", "in Midtown"],
    "Los Angeles": ["in Koreatown", "near LAX", "on Wilshire Blvd"],
    "Miami": ["near Brickell", "off I-95", "in Doral"],
    "Atlanta": ["near Buford Hwy", "in Midtown Atlanta", "off I-285"],
    "Las Vegas": ["off the Strip", "on Spring Mountain Rd", "near Chinatown Plaza"],
    "London": ["near Oxford Street", "2 min from Bayswater tube", "in Soho"],
    "Madrid": ["junto a Gran Vía", "cerca de Atocha", "en Chamberí"],
    "Paris": ["près de l'Opéra", "à deux pas de Bastille", "dans le 15e"],
    "Dubai": ["in Al Barsha", "near JLT metro", "in Deira"],
}
# Spa templates shared by all businesses of a language: (title, body).
SPA_TEMPLATES = {
    "en": [
        ("{NAME} - Grand Opening in {CITY}",
         "Welcome to {NAME}! Professional Asian massage in {CITY}, {AREA}. We offer {SERVICES}. "
         "{HOURS}. {PRICE}. Clean private rooms, friendly staff, walk-ins welcome. {CONTACT} {WEB}"),
        ("{NAME} | Best Massage in {CITY}",
         "Stressed? Come relax at {NAME}. Our skilled therapists offer {SERVICES}. {PRICE}. "
         "{HOURS}. Located {AREA}. New staff every week! {CONTACT} {WEB}"),
        ("Relaxing massage {CITY} - {NAME}",
         "{NAME} {CITY}. {SERVICES}. {HOURS}. {PRICE}. Hot towels, shower available, clean and "
         "quiet. {AREA}. Appointments and walk-ins. {CONTACT} {WEB}"),
        ("{NAME} {CITY} - now hiring & open",
         "Best service in {CITY}! {NAME} is {AREA}. Try our {SERVICES}. {PRICE}. {HOURS}. "
         "Young friendly therapists. {CONTACT} {WEB}"),
    ],
    "es": [
        ("{NAME} - Inauguración en {CITY}",
         "¡Bienvenido a {NAME}! Masajes profesionales en {CITY}, {AREA}. Ofrecemos {SERVICES}. "
         "{HOURS}. {PRICE}. Cabinas privadas y limpias, sin cita previa. {CONTACT} {WEB}"),
        ("{NAME} | Los mejores masajes de {CITY}",
         "Relájate en {NAME}. Nuestras masajistas ofrecen {SERVICES}. {PRICE}. {HOURS}. "
         "Estamos {AREA}. {CONTACT} {WEB}"),
    ],
    "fr": [
        ("{NAME} - Ouverture à {CITY}",
         "Bienvenue chez {NAME} ! Massages professionnels à {CITY}, {AREA}. Nous proposons "
         "{SERVICES}. {HOURS}. {PRICE}. Cabines privées et propres. {CONTACT} {WEB}"),
        ("{NAME} | Le meilleur massage de {CITY}",
         "Détendez-vous chez {NAME}. Nos masseuses proposent {SERVICES}. {PRICE}. {HOURS}. "
         "Nous sommes {AREA}. {CONTACT} {WEB}"),
    ],
}
SPA_CONTACT = {"en": ["Call {P}.", "Call {P} for appointment.", "Tel: {P}", "Book now: {P}"],
               "es": ["Llama al {P}.", "Reservas: {P}", "Tel. {P}"],
               "fr": ["Appelez le {P}.", "Réservations : {P}", "Tél. {P}"]}

# Employers.
EMP_STEMS = ["Acme", "Sunrise", "Harbor View", "Northstar", "BrightClean", "Greenfield", "Summit",
             "Bluewave", "Silverline", "Evergreen", "Crescent", "Pioneer", "Atlas", "Meridian",
             "Oakridge", "Riverside", "Keystone", "Horizon", "Lighthouse", "Cedar", "Falcon",
             "Granite", "Maple", "Unity", "Sterling"]
EMP_SECTORS = {
    "cleaning": (["Cleaning Services", "Facility Services", "Cleaning Co."],
                 {"en": ["Cleaner", "Housekeeper", "Cleaning Supervisor"],
                  "es": ["Limpiador/a", "Camarero/a de pisos", "Supervisor/a de limpieza"],
                  "fr": ["Agent d'entretien", "Femme de chambre", "Chef d'équipe propreté"],
                  "pt": ["Auxiliar de limpeza", "Camareira", "Encarregado de limpeza"],
                  "ar": ["عامل نظافة", "مشرف نظافة", "عاملة تدبير منزلي"]}),
    "logistics": (["Logistics", "Freight", "Transport"],
                  {"en": ["Warehouse Operative", "Delivery Driver", "Forklift Operator"],
                   "es": ["Mozo/a de almacén", "Repartidor/a", "Carretillero/a"],
                   "fr": ["Préparateur de commandes", "Chauffeur livreur", "Cariste"],
                   "pt": ["Operador de armazém", "Motorista entregador", "Operador de empilhadeira"],
                   "ar": ["عامل مستودع", "سائق توصيل", "مشغل رافعة شوكية"]}),
    "hotel": (["Hotel", "Hotels & Resorts", "Suites"],
              {"en": ["Front Desk Agent", "Room Attendant", "Line Cook"],
               "es": ["Recepcionista", "Camarero/a de pisos", "Ayudante de cocina"],
               "fr": ["Réceptionniste", "Valet de chambre", "Commis de cuisine"],
               "pt": ["Recepcionista", "Camareira", "Ajudante de cozinha"],
               "ar": ["موظف استقبال", "عامل غرف", "مساعد طباخ"]}),
    "care": (["Care Homes", "Home Care", "Senior Living"],
             {"en": ["Care Assistant", "Support Worker", "Night Carer"],
              "es": ["Auxiliar de geriatría", "Cuidador/a", "Gerocultor/a"],
              "fr": ["Aide-soignant", "Auxiliaire de vie", "Veilleur de nuit"],
              "pt": ["Cuidador de idosos", "Auxiliar de enfermagem", "Técnico de apoio"],
              "ar": ["مساعد رعاية", "مقدم رعاية", "ممرض مساعد"]}),
    "retail": (["Stores", "Retail Group", "Market"],
               {"en": ["Sales Associate", "Cashier", "Stock Clerk"],
                "es": ["Dependiente/a", "Cajero/a", "Reponedor/a"],
                "fr": ["Vendeur", "Hôte de caisse", "Employé de rayon"],
                "pt": ["Vendedor", "Operador de caixa", "Repositor"],
                "ar": ["مندوب مبيعات", "أمين صندوق", "عامل رفوف"]}),
    "security": (["Security", "Protection Services", "Guarding"],
                 {"en": ["Security Officer", "Door Supervisor", "CCTV Operator"],
                  "es": ["Vigilante de seguridad", "Controlador/a de acceso", "Operador/a CCTV"],
                  "fr": ["Agent de sécurité", "Agent de surveillance", "Opérateur vidéo"],
                  "pt": ["Vigilante", "Porteiro", "Operador de CFTV"],
                  "ar": ["حارس أمن", "مشرف أمن", "مشغل كاميرات"]}),
    "construction": (["Construction", "Builders", "Engineering"],
                     {"en": ["General Labourer", "Site Carpenter", "Electrician"],
                      "es": ["Peón de obra", "Encofrador/a", "Electricista"],
                      "fr": ["Manœuvre", "Coffreur", "Électricien"],
                      "pt": ["Servente de obras", "Carpinteiro", "Eletricista"],
                      "ar": ["عامل بناء", "نجار", "كهربائي"]}),
}
EMP_ABOUT = {
    "en": ["{NAME} has served {CITY} since {Y} with {K} employees.",
           "Founded in {Y}, {NAME} is a family-owned company with {K} staff across {COUNTRY}.",
           "At {NAME} we have been growing steadily since {Y}; today we are {K} people."],
    "es": ["{NAME} trabaja en {CITY} desde {Y} y cuenta con {K} empleados.",
           "Fundada en {Y}, {NAME} es una empresa familiar con {K} trabajadores en {COUNTRY}."],
    "fr": ["{NAME} est implantée à {CITY} depuis {Y} et compte {K} salariés.",
           "Fondée en {Y}, {NAME} est une entreprise familiale de {K} collaborateurs."],
    "pt": ["A {NAME} atua em {CITY} desde {Y} e conta com {K} colaboradores.",
           "Fundada em {Y}, a {NAME} é uma empresa familiar com {K} funcionários."],
    "ar": ["تعمل شركة {NAME} في {CITY} منذ عام {Y} ولديها {K} موظفًا.",
           "تأسست {NAME} عام {Y} وهي شركة عائلية تضم {K} موظفًا."],
}
EMP_BENEFITS = {
    "en": ["competitive pay", "paid holidays", "health insurance", "pension scheme",
           "free uniform", "weekly pay", "training provided", "overtime available",
           "staff discount", "flexible shifts"],
    "es": ["salario competitivo", "vacaciones pagadas", "seguro médico", "contrato indefinido",
           "uniforme gratuito", "formación a cargo de la empresa", "horario flexible"],
    "fr": ["salaire attractif", "congés payés", "mutuelle", "CDI", "tenue fournie",
           "formation assurée", "horaires flexibles"],
    "pt": ["salário competitivo", "férias pagas", "plano de saúde", "vale-transporte",
           "vale-refeição", "treinamento", "horário flexível"],
    "ar": ["راتب تنافسي", "إجازات مدفوعة", "تأمين صحي", "تدريب", "ساعات عمل مرنة",
           "بدل مواصلات"],
}
EMP_DUTIES = {
    "en": ["You will work as part of a friendly team.", "Previous experience is an advantage but not essential.",
           "You must have the right to work in {COUNTRY}.", "Full-time and part-time positions available.",
           "Shifts include some weekends."],
    "es": ["Trabajarás en un equipo dinámico.", "Se valorará experiencia previa.",
           "Imprescindible permiso de trabajo.", "Jornada completa o parcial."],
    "fr": ["Vous intégrerez une équipe dynamique.", "Une première expérience est un plus.",
           "Poste à temps plein ou partiel.", "Travail certains week-ends."],
    "pt": ["Você fará parte de uma equipe unida.", "Experiência anterior é um diferencial.",
           "Vagas para período integral e meio período.", "Escala inclui alguns fins de semana."],
    "ar": ["ستعمل ضمن فريق متعاون.", "الخبرة السابقة ميزة إضافية.",
           "دوام كامل أو جزئي.", "يشمل العمل بعض عطلات نهاية الأسبوع."],
}
# The standard job-ad boilerplate, shared by every employer of a language.
JOB_BOILERPLATE = {
    "en": ["We are an equal opportunity employer and welcome applications from all qualified candidates.",
           "Apply now!", "Apply today - we review applications on a rolling basis.",
           "Only shortlisted candidates will be contacted.", "No agencies please.",
           "All applicants must pass a background check."],
    "es": ["Empresa que garantiza la igualdad de oportunidades.", "¡Inscríbete ahora!",
           "Solo se contactará a los candidatos preseleccionados.", "Abstenerse agencias.",
           "Envía tu CV hoy mismo."],
    "fr": ["Entreprise engagée pour l'égalité des chances.", "Candidatez dès maintenant !",
           "Seuls les candidats retenus seront contactés.", "Agences s'abstenir.",
           "Envoyez votre CV dès aujourd'hui."],
    "pt": ["Somos uma empresa que promove a igualdade de oportunidades.", "Candidate-se já!",
           "Apenas os candidatos selecionados serão contatados.", "Não aceitamos agências.",
           "Envie seu currículo hoje mesmo."],
    "ar": ["نحن جهة عمل توفر فرصًا متكافئة لجميع المتقدمين.", "قدّم الآن!",
           "سيتم التواصل مع المرشحين المؤهلين فقط.", "لا نتعامل مع مكاتب التوظيف.",
           "أرسل سيرتك الذاتية اليوم."],
}
EMP_TITLES = {
    "en": ["{JOB} - {CITY} | {NAME}", "Now hiring: {JOB} ({CITY})", "{NAME} is hiring {JOB}s",
           "{JOB} wanted in {CITY}"],
    "es": ["{JOB} - {CITY} | {NAME}", "Se busca {JOB} en {CITY}", "{NAME} contrata {JOB}"],
    "fr": ["{JOB} - {CITY} | {NAME}", "Recrutement : {JOB} à {CITY}", "{NAME} recrute {JOB}"],
    "pt": ["{JOB} - {CITY} | {NAME}", "Vaga: {JOB} em {CITY}", "{NAME} contrata {JOB}"],
    "ar": ["مطلوب {JOB} - {CITY} | {NAME}", "{NAME} توظف {JOB}", "وظيفة {JOB} في {CITY}"],
}
EMP_CONTACT = {
    "en": {"url": ["Apply at {U}", "More details and applications: {U}", "Apply online: {U}"],
           "phone": ["Call HR on {P}.", "Questions? Call {P}.", "Recruitment line: {P}."],
           "email": ["Send your CV to {E}.", "Email {E}."]},
    "es": {"url": ["Inscríbete en {U}", "Más información: {U}"],
           "phone": ["Llama a RR. HH. al {P}.", "Teléfono de contacto: {P}."],
           "email": ["Envía tu CV a {E}."]},
    "fr": {"url": ["Postulez sur {U}", "Plus d'infos : {U}"],
           "phone": ["Contactez les RH au {P}.", "Tél. recrutement : {P}."],
           "email": ["Envoyez votre CV à {E}."]},
    "pt": {"url": ["Candidate-se em {U}", "Mais informações: {U}"],
           "phone": ["Ligue para o RH: {P}.", "Telefone: {P}."],
           "email": ["Envie seu currículo para {E}."]},
    "ar": {"url": ["للتقديم: {U}", "التفاصيل على {U}"],
           "phone": ["للاستفسار اتصل على {P}.", "هاتف الموارد البشرية: {P}."],
           "email": ["أرسل سيرتك الذاتية إلى {E}."]},
}

# Recruiters: deceptive job offers abroad.
DESTINATIONS = {"en": ["Dubai", "Qatar", "Saudi Arabia", "Canada", "Poland", "Italy", "Oman", "Kuwait",
                       "Malaysia", "Lebanon"],
                "es": ["Estados Unidos", "España", "Italia", "Dubái", "Japón", "Canadá"],
                "fr": ["Dubaï", "Canada", "Belgique", "Arabie saoudite", "Qatar", "Liban"],
                "pt": ["Portugal", "Espanha", "Suíça", "Dubai", "Angola", "Japão"],
                "ar": ["الخليج", "السعودية", "قطر", "الكويت", "عُمان", "لبنان"]}
RECRUIT_JOBS = {"en": ["housemaids", "nannies", "hotel staff", "waitresses", "models", "dancers",
                       "farm workers", "cleaners", "caregivers"],
                "es": ["empleadas domésticas", "niñeras", "meseras", "modelos", "bailarinas",
                       "recolectores", "camareras de hotel"],
                "fr": ["femmes de ménage", "nounous", "serveuses", "hôtesses", "danseuses",
                       "ouvriers agricoles"],
                "pt": ["empregadas domésticas", "babás", "garçonetes", "modelos", "dançarinas",
                       "trabalhadores rurais"],
                "ar": ["عاملات منزليات", "مربيات أطفال", "نادلات", "عارضات", "عمال مزارع",
                       "عاملات فنادق"]}
RECRUIT_COMMON = {
    "en": ["URGENT! {JOB} needed in {DEST}.", "Salary ${PAY} per month.", "No experience needed.",
           "Visa and flight ticket paid by the company.", "Free accommodation and food.",
           "Travel within 2 weeks.", "Age 18-30 only.", "Your passport will be kept safe by the agency.",
           "Processing fee deducted from first salary.", "Limited slots, apply fast!",
           "Genuine offer, not a scam.", "Good English is an advantage.",
           "Send your picture and age.", "God bless."],
    "es": ["¡URGENTE! Se buscan {JOB} para {DEST}.", "Sueldo de {PAY} dólares al mes.",
           "No se requiere experiencia.", "Pasaje y visa pagados.", "Alojamiento y comida gratis.",
           "Viaje inmediato.", "Edad 18 a 28 años.", "La agencia guarda tu pasaporte.",
           "Los gastos se descuentan del primer sueldo.", "Cupos limitados.",
           "Oferta seria, no es estafa.", "Manda foto y edad."],
    "fr": ["URGENT ! Recherche {JOB} pour {DEST}.", "Salaire de {PAY} dollars par mois.",
           "Aucune expérience exigée.", "Visa et billet d'avion pris en charge.",
           "Logement et nourriture gratuits.", "Départ rapide.", "Âge 18-30 ans.",
           "L'agence garde votre passeport en sécurité.", "Frais retenus sur le premier salaire.",
           "Places limitées.", "Offre sérieuse.", "Envoyez photo et âge."],
    "pt": ["URGENTE! Precisamos de {JOB} para {DEST}.", "Salário de {PAY} dólares por mês.",
           "Não precisa de experiência.", "Passagem e visto pagos.", "Moradia e comida grátis.",
           "Viagem imediata.", "Idade 18 a 30 anos.", "A agência guarda seu passaporte.",
           "Taxas descontadas do primeiro salário.", "Vagas limitadas.", "Oferta séria.",
           "Mande foto e idade."],
    "ar": ["عاجل! مطلوب {JOB} للعمل في {DEST}.", "راتب {PAY} دولار شهريًا.", "لا تشترط الخبرة.",
           "التأشيرة وتذكرة السفر مدفوعة.", "السكن والطعام مجانًا.", "السفر خلال أسبوعين.",
           "العمر من 18 إلى 30 سنة.", "يحتفظ المكتب بجواز السفر.", "الرسوم تخصم من الراتب الأول.",
           "الأماكن محدودة.", "عرض حقيقي وليس احتيال.", "أرسلي صورتك وعمرك."],
}
RECRUIT_AGENCY_A = ["Global", "Royal", "Star", "Golden", "Prime", "Elite", "Bright Future",
                    "New Hope", "Blessed", "Crown", "Diamond", "Unity", "Grace", "Victory"]
RECRUIT_AGENCY_B = {"en": ["Travel & Tours", "Manpower Agency", "Recruitment Ltd", "Placement Services",
                           "Consult"],
                    "es": ["Agencia de Empleo", "Viajes y Trabajo", "Reclutamiento"],
                    "fr": ["Voyages & Emploi", "Agence de Placement", "Recrutement"],
                    "pt": ["Agência de Empregos", "Viagens e Trabalho", "Recrutamento"],
                    "ar": ["لاستقدام العمالة", "للسفر والتوظيف", "للتوظيف"]}
RECRUIT_PERSONA = {"en": ["Mrs Grace", "Mr Johnson", "Madam Joy", "Mr Emeka", "Aunty Blessing",
                          "Mr David", "Mrs Esther", "Mr Samuel"],
                   "es": ["Sr. Ramírez", "Sra. Lupita", "Lic. Torres", "Don Carlos", "Sra. Mayra"],
                   "fr": ["M. Diallo", "Mme Fatou", "M. Karim", "Mme Awa"],
                   "pt": ["Sr. Silva", "Dona Rosa", "Sr. Almeida", "Sra. Kátia"],
                   "ar": ["الأستاذ أحمد", "أم سارة", "الحاج محمود", "السيدة منى"]}
RECRUIT_CONTACT = {"en": ["WhatsApp {P}", "Call/WhatsApp {P}", "Contact {PERSON} on {P}",
                          "Interested? WhatsApp {PERSON}: {P}"],
                   "es": ["WhatsApp {P}", "Escribe a {PERSON} al {P}", "Informes: {P}"],
                   "fr": ["WhatsApp {P}", "Contactez {PERSON} au {P}", "Infos : {P}"],
                   "pt": ["WhatsApp {P}", "Fale com {PERSON}: {P}", "Chama no zap {P}"],
                   "ar": ["واتساب {P}", "للتواصل مع {PERSON}: {P}", "اتصل على {P}"]}
RECRUIT_NOCONTACT = {"en": ["Comment 'interested' and I will DM you.", "DM for details."],
                     "es": ["Comenta 'info' y te escribo.", "Mándame mensaje privado."],
                     "fr": ["Commentez 'intéressée' et je vous écris.", "Écrivez en privé."],
                     "pt": ["Comente 'eu quero' que te chamo.", "Chama no privado."],
                     "ar": ["اكتبي 'مهتمة' في التعليقات.", "راسلونا على الخاص."]}
SPELLED_CC = {"en": "plus {W}", "es": "más {W}", "fr": "plus {W}", "pt": "mais {W}", "ar": "plus {W}"}

# Misc private sellers.
MISC_ITEMS = {
    "en": ["2012 Honda Civic, 98k miles, runs great, ${PAY}.", "Room for rent, $650/month, utilities included.",
           "iPhone 13 128GB unlocked, $380 firm.", "Sofa and coffee table, must go this weekend, $120.",
           "Mountain bike, barely used, $200.", "Babysitting available evenings and weekends."],
    "es": ["Vendo coche Seat Ibiza 2014, 120.000 km, {PAY} €.", "Alquilo habitación, 350 €/mes.",
           "Vendo iPhone 12 libre, 300 €.", "Sofá cama en buen estado, 80 €."],
    "fr": ["Vends Clio 2015, 110 000 km, {PAY} €.", "Chambre à louer, 450 €/mois charges comprises.",
           "iPhone 12 débloqué, 290 €.", "Canapé convertible, 100 €."],
    "pt": ["Vendo Gol 2013 completo, R$ {PAY}.", "Alugo quarto mobiliado, R$ 900/mês.",
           "iPhone 11 desbloqueado, R$ 1.800.", "Sofá retrátil seminovo, R$ 600."],
}
MISC_CONTACT = {"en": ["Call {P}", "Text {P}", "{P}"], "es": ["Tel. {P}", "Llamar al {P}"],
                "fr": ["Tél. {P}", "Appeler le {P}"], "pt": ["Tel. {P}", "Zap {P}"]}

# Stock photo counts (shared across unrelated networks).
STOCK_COUNTS = {"spa": 6, "escort": 8, "job": 6}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

class Ctx:
    """The corpus under construction: one RNG, global uniqueness sets, stock photos."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_phones = set()
        self.used_strings = set()
        self.stock = {k: [rand_hash(self.rng) for _ in range(n)] for k, n in STOCK_COUNTS.items()}
        self.footer_phones = {}
        for site in sorted(SITES):
            footer = SITES[site][2]
            if footer and footer[1]:
                cc = footer[1]
                pre, length = FOOTER_TOLLFREE[cc]
                self.footer_phones[site] = self.unique_phone(cc, None, prefix=pre, length=length)
        self.posts = []  # (posted_at, post dict, truth dict)
        self.networks = []  # network keys in creation order

    def unique(self, make):
        """Calls make() until it returns a string not used before (names, handles, domains)."""
        for _ in range(1000):
            s = make()
            if s not in self.used_strings:
                self.used_strings.add(s)
                return s
        raise RuntimeError("word bank exhausted")

    def unique_phone(self, country, city, prefix=None, length=None):
        rng = self.rng
        spec = COUNTRIES[country]
        for _ in range(1000):
            if prefix is not None:
                nsn = prefix + digits(rng, length - len(prefix))
                if country == "US":
                    nsn = prefix + str(rng.randrange(2, 10)) + digits(rng, length - len(prefix) - 1)
            elif country == "US":
                npa = rng.choice(next(c[3] for c in US_CITIES if c[0] == city))
                while True:
                    nxx = rng.randrange(200, 1000)
                    if nxx % 100 != 11 and nxx not in (555, 950, 958, 959, 976):
                        break
                nsn = f"{npa}{nxx}{rng.randrange(10000):04d}"
            elif country == "BR":
                nsn = spec["areas"][city] + "9" + rng.choice("6789") + digits(rng, 7)
            elif country == "MX":
                area = spec["areas"][city]
                nsn = area + digits(rng, 10 - len(area))
                if nsn[len(area)] == "0":
                    continue
            else:
                pre = rng.choice(spec["prefixes"])
                nsn = pre + digits(rng, spec["length"] - len(pre))
            e164 = "+" + spec["cc"] + nsn
            if e164 not in self.used_phones:
                self.used_phones.add(e164)
                return (country, nsn)
        raise RuntimeError("phone space exhausted")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rand_hash(rng):
    return f"{rng.getrandbits(256):064x}"


def noisy(rng, h, max_bits):
    """Flips 0..max_bits distinct random bits of a 256-bit PDQ hash."""
    v = int(h, 16)
    for b in rng.sample(range(256), rng.randint(0, max_bits)):
        v ^= 1 << b
    return f"{v:064x}"


def lognormal_size(rng, role, scale):
    median, sigma, lo, hi = SIZE_PARAMS[role]
    m = max(lo, median * scale)
    return max(lo, min(hi, int(round(rng.lognormvariate(math.log(m), sigma)))))


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def e164(phone):
    country, nsn = phone
    return "+" + COUNTRIES[country]["cc"] + nsn


def group_national(country, nsn):
    """Digit groups of the national number (without trunk prefix) as commonly written."""
    if country == "US":
        return [nsn[:3], nsn[3:6], nsn[6:]]
    if country == "GB":
        return [nsn[:4], nsn[4:]]
    if country in ("FR", "MA"):
        return [nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)]
    if country in ("ES", "PT"):
        return [nsn[:3], nsn[3:6], nsn[6:]]
    if country == "BR":
        return [nsn[:2], nsn[2:7], nsn[7:]]
    if country == "NG":
        return [nsn[:3], nsn[3:6], nsn[6:]]
    if country == "MX":
        if nsn[:2] in ("55", "33", "81"):
            return [nsn[:2], nsn[2:6], nsn[6:]]
        return [nsn[:3], nsn[3:6], nsn[6:]]
    if country == "AE":
        return [nsn[:2], nsn[2:5], nsn[5:]]
    if country == "EG":
        return [nsn[:2], nsn[2:6], nsn[6:]]
    return [nsn]


def fmt_national(rng, country, nsn):
    g = group_national(country, nsn)
    trunk = COUNTRIES[country].get("trunk", "")
    if country == "US":
        return rng.choice([f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}-{g[2]}", f"{g[0]}.{g[1]}.{g[2]}",
                           nsn, f"{g[0]} {g[1]} {g[2]}", f"({g[0]}){g[1]}-{g[2]}"])
    if country == "BR":
        return rng.choice([f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]} {g[1]}-{g[2]}", nsn,
                           f"({g[0]}) {g[1][0]} {g[1][1:]}-{g[2]}"])
    if country == "MX":
        return rng.choice([" ".join(g), f"({g[0]}) {g[1]}-{g[2]}", nsn])
    if country in ("FR", "MA"):
        first = trunk + g[0]
        rest = g[1:]
        return rng.choice([" ".join([first] + rest), ".".join([first] + rest), first + "".join(rest),
                           "-".join([first] + rest)])
    if country in ("ES", "PT"):
        alt = [nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]]
        return rng.choice([" ".join(g), nsn, " ".join(alt)])
    first = trunk + g[0]
    return rng.choice([" ".join([first] + g[1:]), trunk + nsn, "-".join([first] + g[1:])])


def fmt_intl(rng, country, nsn):
    cc = COUNTRIES[country]["cc"]
    g = group_national(country, nsn)
    if country == "US":
        return rng.choice([f"+1 {g[0]}-{g[1]}-{g[2]}", f"+1 ({g[0]}) {g[1]}-{g[2]}", f"1-{g[0]}-{g[1]}-{g[2]}",
                           f"+1{nsn}", f"+1 {g[0]} {g[1]} {g[2]}", f"+1.{g[0]}.{g[1]}.{g[2]}"])
    styles = [f"+{cc} " + " ".join(g), f"+{cc}{nsn}", f"00{cc} " + " ".join(g), f"+{cc}-" + "-".join(g)]
    if COUNTRIES[country].get("trunk"):
        styles.append(f"+{cc} (0){g[0]} " + " ".join(g[1:]))
    return rng.choice(styles)


def fmt_spelled_cc(rng, country, nsn, lang):
    cc = COUNTRIES[country]["cc"]
    words = " ".join(DIGIT_WORDS.get(lang, DIGIT_WORDS["en"])[int(c)] for c in cc)
    return SPELLED_CC[lang].format(W=words) + " " + " ".join(group_national(country, nsn))


def disguise(rng, s, lang):
    """Light disguises seen on escort ads: digits as words, o for 0, spaced digits, odd separators."""
    words = DIGIT_WORDS.get(lang, DIGIT_WORDS["en"])
    kind = rng.randrange(4)
    if kind == 0:
        out = []
        for ch in s:
            if ch.isdigit() and rng.random() < 0.5:
                out.append(" " + words[int(ch)] + " ")
            else:
                out.append(ch)
        return " ".join("".join(out).split())
    if kind == 1:
        return s.replace("0", "o")
    if kind == 2:
        return " ".join(ch for ch in s if ch != " ")
    sep = rng.choice(["•", "_", " / ", "*"])
    return sep.join(s.replace("-", " ").replace(".", " ").split())


class Network:
    def __init__(self, ctx, role, country):
        self.ctx = ctx
        self.role = role
        self.country = country
        self.key = len(ctx.networks)
        ctx.networks.append(self)


def location_string(rng, country, city):
    if country == "US":
        c = next(c for c in US_CITIES if c[0] == city)
        return rng.choice([f"{city}, {c[1]}", f"{city}, {c[1]}", f"{city}, {c[2]}",
                           f"{city.lower()} {c[1].lower()}", f"{city} {c[1]}"])
    name = COUNTRIES[country]["name"]
    return rng.choice([city, city, f"{city}, {name}", f"{city} ({country})"])


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def escort_site(rng, lang):
    if lang == "en":
        return rng.choice(ESCORT_SITES)
    return rng.choice(CLASSIFIED_SITES[lang] + ["citycompanions.example", "afterdark.example"])


def platform_url(rng, site, city, kind):
    n = rng.randrange(10000, 99999999)
    city_slug = slug(city)
    if kind == "jobs":
        return rng.choice([f"https://{site}/job/{n}", f"https://www.{site}/jobs/{city_slug}/{n}",
                           f"https://{site}/offer?id={n}"])
    return rng.choice([f"https://{site}/ad/{n}", f"https://{site}/{city_slug}/ads/{n}.html",
                       f"https://www.{site}/listing?id={n}", f"https://{site}/post/{n}"])


def shortlink(rng):
    dom = rng.choice(SHORTENERS)
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(rng.choice(alphabet) for _ in range(7 if dom == "bit.ly" else 8))
    return rng.choice([f"{dom}/{code}", f"https://{dom}/{code}"])


class PostBuilder:
    """Accumulates one post; keeps track of what the truth file records about it."""

    def __init__(self, ctx, net, when, country, city, site):
        self.ctx = ctx
        self.net = net
        self.when = when
        self.country = country
        self.city = city
        self.site = site
        self.phones = []
        self.national_only = True   # every phone mention needs location/region context
        self.any_phone = False
        self.contact = False
        self.force_location = False

    def phone_text(self, phone, role, lang, escort=False, spelled=False):
        rng = self.ctx.rng
        country, nsn = phone
        self.phones.append(e164(phone))
        self.any_phone = True
        self.contact = True
        if spelled:
            self.national_only = False
            return fmt_spelled_cc(rng, country, nsn, lang)
        if country != self.country or rng.random() < P_INTL[role]:
            s = fmt_intl(rng, country, nsn)
            self.national_only = False
        else:
            s = fmt_national(rng, country, nsn)
            self.force_location = True
        if escort and rng.random() < P_DISGUISE.get(role, 0):
            s = disguise(rng, s, lang)
        return s

    def finish(self, title, body, images):
        rng = self.ctx.rng
        site_kind, _site_lang, footer = SITES[self.site]
        footer_phones = []
        if footer and rng.random() < P_FOOTER:
            text, toll_cc = footer
            if toll_cc:
                country, nsn = self.ctx.footer_phones[self.site]
                # Footers are read on posts from every country: always with the country code.
                cc = COUNTRIES[country]["cc"]
                tf = rng.choice([f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+{cc} {nsn}"]) if country != "US" else rng.choice(
                    [f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                     f"1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"])
                text = text.format(TOLL=tf)
                footer_phones.append(e164((country, nsn)))
            body = body + rng.choice(["\n\n", " -- ", "<br><br>", " | "]) + text
        if rng.random() < P_ONEOFF_SHORTLINK:
            body = body + " " + shortlink(rng)
        post = {"id": None, "title": title, "body": body,
                "url": platform_url(rng, self.site, self.city, site_kind), "site": self.site,
                "posted_at": iso(self.when)}
        if self.force_location or rng.random() < P_LOCATION:
            post["location"] = location_string(rng, self.country, self.city)
        if rng.random() < P_REGION:
            post["region"] = self.country
        if images:
            post["image_hashes"] = images
        truth = {"id": None, "network": None, "role": self.net.role, "phones": self.phones,
                 "footer_phones": footer_phones, "contact": self.contact,
                 "needs_context": self.any_phone and self.national_only}
        self.ctx.posts.append((post["posted_at"], len(self.ctx.posts), post, truth, self.net))


def rand_time(rng, t0, t1):
    return t0 + timedelta(seconds=rng.uniform(0, (t1 - t0).total_seconds()))


def active_span(rng, n_posts, per_day):
    """A network's time span: longer for bigger networks, inside the corpus window."""
    days = min(SPAN_DAYS, max(3.0, n_posts / per_day * rng.uniform(0.7, 1.5)))
    start = rng.uniform(0, SPAN_DAYS - days)
    return START + timedelta(days=start), START + timedelta(days=start + days)


def pick_city(rng, country):
    return rng.choice(COUNTRIES[country]["cities"])


def make_email(ctx, base):
    rng = ctx.rng
    return ctx.unique(lambda: f"{base.lower()}{rng.choice(['', '.', '_'])}{rng.randrange(1, 999)}@{rng.choice(FREEMAIL)}")


def email_text(rng, email):
    user, dom = email.split("@")
    return rng.choice([email, email, f"{user} at {dom.replace('.', ' dot ')}", f"{user}(at){dom}",
                       f"{user} @ {dom}"])


def make_handle(ctx, base):
    rng = ctx.rng
    return ctx.unique(lambda: f"{base.lower()}{rng.choice(['_', '', '.', 'x'])}{rng.choice(['xo', 'vip', 'baby', 'real', 'official', ''])}{rng.randrange(1, 99)}")


def handle_text(rng, platform, h):
    return rng.choice({
        "instagram": [f"IG: @{h}", f"insta @{h}", f"instagram.com/{h}"],
        "snapchat": [f"snap: {h}", f"SC {h}", f"snapchat @{h}"],
        "telegram": [f"tg @{h}", f"t.me/{h}", f"Telegram: @{h}"],
    }[platform])


def signature(ctx):
    """A sentence unique to one escort operator or independent."""
    rng = ctx.rng

    def make():
        if rng.random() < 0.5:
            return f"{rng.choice(SIG_A)} \"{rng.choice(SIG_B)}\" {rng.choice(SIG_C)}."
        tag = f"{rng.choice(TAG_A)} {rng.choice(TAG_B)} {rng.choice(TAG_C)} {rng.choice(TAG_D)}".strip()
        emo = "".join(rng.sample(SIG_EMOJI, 3))
        return f"{emo} {tag[0].upper()}{tag[1:]} {emo}"
    return ctx.unique(make)


def photos_for(rng, bases, k_max, stock=None, p_stock=0.0):
    out = []
    k = rng.randint(0, k_max)
    for b in rng.sample(bases, min(k, len(bases))):
        out.append(noisy(rng, b, MAX_BIT_NOISE))
    if stock and rng.random() < p_stock:
        out.insert(rng.randrange(len(out) + 1), noisy(rng, rng.choice(stock), MAX_STOCK_NOISE))
    return out


def slug(s):
    keep = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            keep.append(ch)
        elif ch in " -&":
            keep.append("-")
    return "-".join(p for p in "".join(keep).split("-") if p)


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------

def gen_operator(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["operator"])
    net = Network(ctx, "operator", country)
    lang = ESCORT_LANG[COUNTRIES[country]["lang"]]
    cities = rng.sample(COUNTRIES[country]["cities"], min(len(COUNTRIES[country]["cities"]), rng.randint(3, 8)))
    personas = rng.sample(FIRST_NAMES, rng.randint(2, 6))
    persona_photos = {p: [rand_hash(rng) for _ in range(rng.randint(2, 5))] for p in personas}
    persona_age = {p: rng.randint(19, 29) for p in personas}
    sigs = [signature(ctx) for _ in range(rng.randint(2, 4))]
    p_nocontact = rng.uniform(0.15, 0.45)
    uses_stock = rng.random() < 0.10
    t0, t1 = active_span(rng, n_posts, rng.uniform(1.0, 4.0))
    # Circuit: consecutive stops of 3-10 days, cycling through the cities.
    stops, t, i = [], t0, 0
    while t < t1:
        d = timedelta(days=rng.uniform(3, 10))
        stops.append((t, t + d, cities[i % len(cities)]))
        t += d
        i += 1
    # Rotating phones: overlapping activity intervals covering the span.
    k = rng.randint(2, 4)
    phone_city = cities[0]
    phones = []
    span = (t1 - t0).total_seconds()
    for j in range(k):
        a = t0 + timedelta(seconds=span * max(0.0, j / k - 0.15))
        b = t0 + timedelta(seconds=span * min(1.0, (j + 1) / k + 0.15))
        phones.append((a, b, ctx.unique_phone(country, phone_city)))
    extras = {}
    if rng.random() < 0.25:
        extras["handle"] = (rng.choice(["telegram", "snapchat", "instagram"]), make_handle(ctx, rng.choice(personas)))
    if rng.random() < 0.15:
        extras["email"] = make_email(ctx, rng.choice(personas))
    if rng.random() < 0.15:
        extras["short"] = shortlink(rng)
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        city = next((s[2] for s in stops if s[0] <= when < s[1]), stops[-1][2])
        site = escort_site(rng, lang)
        pb = PostBuilder(ctx, net, when, country, city, site)
        who = rng.sample(personas, 2 if len(personas) > 1 and rng.random() < 0.2 else 1)
        n = who[0]
        adj = rng.sample(ADJ[lang], 2)
        fill = {"N": n, "N2": who[-1], "C": city, "age": persona_age[n], "adj": adj[0],
                "adj2": adj[1], "nat": rng.choice(NAT[lang]), "hair": rng.choice(HAIR)}
        title = rng.choice([t for t in ESCORT_TITLES[lang] if "{N2}" not in t or len(who) > 1]).format(**fill)
        parts = [rng.choice(ESCORT_DESCR[lang]).format(**fill)]
        parts += rng.sample(ESCORT_COMMON[lang], rng.randint(2, 4))
        parts += rng.sample(sigs, rng.randint(1, min(2, len(sigs))))
        parts.append(rng.choice(ESCORT_PLACE[lang]).format(C=city))
        rng.shuffle(parts)
        if rng.random() < p_nocontact:
            if rng.random() < 0.5:
                parts.append(rng.choice(NO_CONTACT_LINE[lang]))
        else:
            active = [p for a, b, p in phones if a <= when <= b] or [phones[-1][2]]
            chosen = rng.sample(active, 2 if len(active) > 1 and rng.random() < 0.2 else 1)
            for ph in chosen:
                parts.append(rng.choice(CONTACT_LEAD[lang]).format(P=pb.phone_text(ph, "operator", lang, escort=True)))
            if "handle" in extras and rng.random() < 0.4:
                parts.append(handle_text(rng, *extras["handle"]))
            if "email" in extras and rng.random() < 0.4:
                parts.append(email_text(rng, extras["email"]))
            if "short" in extras and rng.random() < 0.4:
                parts.append(extras["short"])
        images = []
        for p in who:
            images += photos_for(rng, persona_photos[p], 3)
        if uses_stock and rng.random() < 0.3:
            images.append(noisy(rng, rng.choice(ctx.stock["escort"]), MAX_STOCK_NOISE))
        pb.finish(title, " ".join(parts), images[:4])


def gen_independent(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["independent"])
    net = Network(ctx, "independent", country)
    lang = ESCORT_LANG[COUNTRIES[country]["lang"]]
    name = rng.choice(FIRST_NAMES)
    home = pick_city(rng, country)
    cities = [home] + ([pick_city(rng, country)] if rng.random() < 0.2 else [])
    phone = ctx.unique_phone(country, home)
    only_common = rng.random() < 0.10
    sig = None if only_common else signature(ctx)
    age = rng.randint(20, 38)
    photos = [rand_hash(rng) for _ in range(rng.randint(1, 3))] if rng.random() < 0.5 else []
    uses_stock = rng.random() < 0.08
    email = make_email(ctx, name) if rng.random() < 0.2 else None
    handle = (rng.choice(["instagram", "snapchat", "telegram"]), make_handle(ctx, name)) if rng.random() < 0.15 else None
    t0, t1 = active_span(rng, n_posts, rng.uniform(0.3, 2.0))
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        city = rng.choice(cities)
        pb = PostBuilder(ctx, net, when, country, city, escort_site(rng, lang))
        adj = rng.sample(ADJ[lang], 2)
        fill = {"N": name, "N2": name, "C": city, "age": age, "adj": adj[0], "adj2": adj[1],
                "nat": rng.choice(NAT[lang]), "hair": rng.choice(HAIR)}
        title = rng.choice([t for t in ESCORT_TITLES[lang] if "{N2}" not in t]).format(**fill)
        parts = [rng.choice(ESCORT_DESCR[lang]).format(**fill)]
        parts += rng.sample(ESCORT_COMMON[lang], rng.randint(2, 5))
        if sig and rng.random() < 0.7:
            parts.append(sig)
        if rng.random() < 0.5:
            parts.append(rng.choice(ESCORT_PLACE[lang]).format(C=city))
        rng.shuffle(parts)
        if rng.random() < 0.95:
            parts.append(rng.choice(CONTACT_LEAD[lang]).format(P=pb.phone_text(phone, "independent", lang, escort=True)))
        if email and rng.random() < 0.5:
            parts.append(email_text(rng, email))
            pb.contact = True
        if handle and rng.random() < 0.5:
            parts.append(handle_text(rng, *handle))
            pb.contact = True
        images = photos_for(rng, photos, 3) if photos else []
        if uses_stock and rng.random() < 0.5:
            images.append(noisy(rng, rng.choice(ctx.stock["escort"]), MAX_STOCK_NOISE))
        pb.finish(title, " ".join(parts), images)


def gen_spa(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["spa"])
    net = Network(ctx, "spa", country)
    lang = {"US": "en", "GB": "en", "AE": "en", "ES": "es", "MX": "es", "FR": "fr"}[country]
    name = ctx.unique(lambda: f"{rng.choice(SPA_STEMS)} {rng.choice(SPA_SUFFIX)}")
    cities = rng.sample(COUNTRIES[country]["cities"], rng.choice([1, 1, 1, 2, 2, 3]))
    # One main phone everywhere; 40% of multi-city businesses also run a local line per
    # extra city, used on half of that city's posts.
    main = ctx.unique_phone(country, cities[0])
    local = {c: ctx.unique_phone(country, c) for c in cities[1:]} if rng.random() < 0.4 else {}
    reception = ctx.unique_phone(country, cities[0]) if rng.random() < 0.33 else None
    web = None
    if rng.random() < 0.45:
        dom = ctx.unique(lambda: f"{slug(name)}{rng.choice(['', '-' + slug(cities[0]), 'online', '-spa'])}.example")
        web = dom
    templates = rng.sample(range(len(SPA_TEMPLATES[lang])), min(2, len(SPA_TEMPLATES[lang])))
    photos = [rand_hash(rng) for _ in range(rng.randint(2, 4))]
    cur, lo, hi = SPA_CURRENCY[country]
    price = rng.randrange(lo, hi, 5 if hi < 200 else 50)
    t0, t1 = active_span(rng, n_posts, rng.uniform(0.3, 1.5))
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        city = rng.choice(cities)
        site = rng.choice(CLASSIFIED_SITES[lang] + (["escortsite.example"] if lang == "en" else []))
        pb = PostBuilder(ctx, net, when, country, city, site)
        # Mostly the business's preferred templates, sometimes any of the shared ones.
        ti = rng.choice(templates) if rng.random() < 0.8 else rng.randrange(len(SPA_TEMPLATES[lang]))
        ttitle, tbody = SPA_TEMPLATES[lang][ti]
        services = rng.sample(SPA_SERVICES[lang], rng.randint(3, 5))
        services_s = ", ".join(services[:-1]) + (" and " if lang == "en" else " y " if lang == "es" else " et ") + services[-1]
        p = price + rng.choice([0, 0, 0, -1, 1, 2]) * (5 if price < 200 else 50)
        contact = ""
        r = rng.random()
        if r < 0.90:
            ph = main
            if city in local and rng.random() < 0.5:
                ph = local[city]
            elif reception and rng.random() < 0.3:
                ph = reception
            contact = rng.choice(SPA_CONTACT[lang]).format(P=pb.phone_text(ph, "spa", lang))
        web_s = ""
        if web and rng.random() < 0.7:
            path = rng.choice(["", "/", "/book", "/menu", "/?ref=ad", "/specials", f"/{slug(city)}"])
            host = rng.choice([web, "www." + web, "https://" + web, "https://www." + web, "book." + web])
            web_s = host + path
            pb.contact = True
        area = rng.choice(SPA_LANDMARKS[city]) if city in SPA_LANDMARKS and rng.random() < 0.5 else rng.choice(SPA_AREA[lang])
        body = tbody.format(NAME=name, CITY=city, AREA=area, SERVICES=services_s,
                            HOURS=rng.choice(SPA_HOURS[lang]), PRICE=rng.choice(SPA_PRICE[lang]).format(cur=cur, p=p, p2=p // 2 + 10),
                            CONTACT=contact, WEB=web_s)
        body = " ".join(body.split())
        title = ttitle.format(NAME=name, CITY=city)
        images = photos_for(rng, photos, 3, ctx.stock["spa"], 0.35)
        pb.finish(title, body, images)


def gen_employer(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["employer"])
    net = Network(ctx, "employer", country)
    lang = COUNTRIES[country]["lang"]
    if country == "MA" and rng.random() < 0.3:
        lang = "ar"
    sector = rng.choice(sorted(EMP_SECTORS))
    suffixes, jobs = EMP_SECTORS[sector]
    name = ctx.unique(lambda: f"{rng.choice(EMP_STEMS)} {rng.choice(suffixes)}")
    domain = ctx.unique(lambda: f"{slug(name)}{rng.choice(['', '', '-group', '-' + country.lower()])}.example")
    city_home = pick_city(rng, country)
    cities = [city_home] + rng.sample(COUNTRIES[country]["cities"], rng.randint(0, 2))
    phones = [ctx.unique_phone(country, city_home) for _ in range(rng.randint(2, 4))]
    hr_email = rng.choice(["jobs", "careers", "hr", "rh", "recrutement", "empleo"]) + "@" + domain
    about = rng.choice(EMP_ABOUT[lang]).format(NAME=name, CITY=city_home, Y=rng.randint(1975, 2018),
                                               K=rng.randrange(40, 2500, 10), COUNTRY=COUNTRIES[country]["name"])
    benefits = rng.sample(EMP_BENEFITS[lang], 4)
    my_jobs = jobs[lang]
    boiler = rng.sample(JOB_BOILERPLATE[lang], 3)
    photos = [rand_hash(rng)] if rng.random() < 0.5 else []
    t0, t1 = active_span(rng, n_posts, rng.uniform(0.2, 1.0))
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        city = rng.choice(cities)
        pb = PostBuilder(ctx, net, when, country, city, rng.choice(JOB_SITES[lang]))
        job = rng.choice(my_jobs)
        title = rng.choice(EMP_TITLES[lang]).format(JOB=job, CITY=city, NAME=name)
        parts = [about]
        parts += rng.sample(EMP_DUTIES[lang], 2)
        parts = [p.format(COUNTRY=COUNTRIES[country]["name"]) for p in parts]
        parts.append(", ".join(rng.sample(benefits, rng.randint(2, 4))).capitalize() + ".")
        parts += [b for b in boiler if rng.random() < 0.8]
        contacts = []
        if rng.random() >= 0.08:
            if rng.random() < 0.7:
                host = rng.choice(["careers.", "jobs.", "www.", "", "apply."]) + domain
                path = rng.choice([f"/jobs/{rng.randrange(100, 9999)}", f"/careers/{slug(job)}-{slug(city)}",
                                   f"/apply?id={rng.randrange(10, 999)}", f"/{lang}/vacancies", "/careers", "/"])
                u = rng.choice(["https://", "https://", "http://", ""]) + host + path
                contacts.append(rng.choice(EMP_CONTACT[lang]["url"]).format(U=u))
                pb.contact = True
            for ph in rng.sample(phones, rng.choice([0, 1, 1, 1, 2])):
                contacts.append(rng.choice(EMP_CONTACT[lang]["phone"]).format(P=pb.phone_text(ph, "employer", lang)))
            if rng.random() < 0.3:
                contacts.append(rng.choice(EMP_CONTACT[lang]["email"]).format(E=hr_email))
                pb.contact = True
            if not contacts:
                ph = rng.choice(phones)
                contacts.append(rng.choice(EMP_CONTACT[lang]["phone"]).format(P=pb.phone_text(ph, "employer", lang)))
        parts += contacts
        if rng.random() < 0.25:
            body = "".join(f"<p>{p}</p>" for p in parts)
        else:
            body = " ".join(parts)
        images = photos_for(rng, photos, 1, ctx.stock["job"], 0.3) if photos else (
            [noisy(rng, rng.choice(ctx.stock["job"]), MAX_STOCK_NOISE)] if rng.random() < 0.3 else [])
        pb.finish(title, body, images)


def gen_recruiter(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["recruiter"])
    net = Network(ctx, "recruiter", country)
    lang = COUNTRIES[country]["lang"]
    if country == "MA" and rng.random() < 0.5:
        lang = "ar"
    agency = ctx.unique(lambda: f"{rng.choice(RECRUIT_AGENCY_A)} {rng.choice(RECRUIT_AGENCY_B[lang])}")
    person = rng.choice(RECRUIT_PERSONA[lang])
    home = pick_city(rng, country)
    cities = [home] + rng.sample(COUNTRIES[country]["cities"], rng.randint(0, 2))
    # Two numbers: a local one and, for a third of them, one in a destination country (AE).
    phones = [ctx.unique_phone(country, home)]
    if rng.random() < 0.33 and country != "AE":
        phones.append(ctx.unique_phone("AE", "Dubai"))
    else:
        phones.append(ctx.unique_phone(country, home))
    p_spelled = 0.10
    sig = ctx.unique(lambda: f"{agency}: {rng.choice(['trusted since', 'serving since', 'est.', 'licensed'])} {rng.randint(2005, 2023)}"
                     f"{rng.choice(['', ' ✈️', ' 🙏', ' 💯', ' ✅'])}")
    telegram = make_handle(ctx, slug(agency).replace("-", "")[:10]) if rng.random() < 0.2 else None
    email = make_email(ctx, slug(agency).replace("-", "")[:12]) if rng.random() < 0.25 else None
    dests = rng.sample(DESTINATIONS[lang], 3)
    my_jobs = rng.sample(RECRUIT_JOBS[lang], 3)
    photos = [rand_hash(rng)] if rng.random() < 0.3 else []
    t0, t1 = active_span(rng, n_posts, rng.uniform(0.3, 1.5))
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        city = rng.choice(cities)
        site = rng.choice(JOB_SITES[lang] + CLASSIFIED_SITES[lang])
        pb = PostBuilder(ctx, net, when, country, city, site)
        fill = {"JOB": rng.choice(my_jobs), "DEST": rng.choice(dests), "PAY": rng.randrange(1200, 4000, 100)}
        common = RECRUIT_COMMON[lang]
        parts = [common[0].format(**fill)] + [c.format(**fill) for c in rng.sample(common[1:], rng.randint(4, 7))]
        title = common[0].format(**fill).rstrip(".!")
        if rng.random() < 0.5:
            parts.append(agency if rng.random() < 0.5 else sig)
        if rng.random() < 0.12:
            parts.append(rng.choice(RECRUIT_NOCONTACT[lang]))
        else:
            # One of the two numbers, or (a quarter of posts) both.
            both = rng.random() < 0.25
            chosen = phones if both else [phones[0] if rng.random() < 0.5 else phones[1]]
            for ph in chosen:
                spelled = rng.random() < P_INTL["recruiter"] * p_spelled
                parts.append(rng.choice(RECRUIT_CONTACT[lang]).format(
                    P=pb.phone_text(ph, "recruiter", lang, spelled=spelled), PERSON=person))
            if telegram and rng.random() < 0.4:
                parts.append(handle_text(rng, "telegram", telegram))
            if email and rng.random() < 0.4:
                parts.append(email_text(rng, email))
        images = photos_for(rng, photos, 1) if photos else []
        pb.finish(title, " ".join(parts), images)


def gen_misc(ctx, n_posts):
    rng = ctx.rng
    country = weighted(rng, ROLE_COUNTRIES["misc"])
    net = Network(ctx, "misc", country)
    lang = COUNTRIES[country]["lang"]
    city = pick_city(rng, country)
    phone = ctx.unique_phone(country, city)
    t0, t1 = active_span(rng, n_posts, 0.2)
    for _ in range(n_posts):
        when = rand_time(rng, t0, t1)
        pb = PostBuilder(ctx, net, when, country, city, rng.choice(CLASSIFIED_SITES[lang]))
        item = rng.choice(MISC_ITEMS[lang]).format(PAY=rng.randrange(2000, 9000, 100))
        title = item.split(",")[0]
        body = item + " " + rng.choice(MISC_CONTACT[lang]).format(P=pb.phone_text(phone, "misc", lang))
        pb.finish(title, body, [])


GENERATORS = {"operator": gen_operator, "independent": gen_independent, "spa": gen_spa,
              "employer": gen_employer, "recruiter": gen_recruiter, "misc": gen_misc}


def network_sizes(rng, role, budget, scale):
    sizes = []
    while sum(sizes) < budget:
        if role == "independent":
            s = 1 if rng.random() < 0.33 else min(25, 2 + int(rng.expovariate(1 / 3.0)))
        elif role == "misc":
            s = rng.randint(1, 6) if rng.random() < 0.5 else 1
        else:
            s = lognormal_size(rng, role, scale)
        sizes.append(s)
    overflow = sum(sizes) - budget
    if overflow:
        sizes[-1] -= overflow
        if sizes[-1] <= 0:
            sizes.pop()
    return sizes


def generate(seed, n_posts):
    ctx = Ctx(seed)
    rng = ctx.rng
    scale = math.sqrt(n_posts / REFERENCE_POSTS)
    budgets = [(role, int(round(share * n_posts))) for role, share in ROLE_SHARES]
    budgets[-1] = (budgets[-1][0], n_posts - sum(b for _, b in budgets[:-1]))
    plan = []
    for role, budget in budgets:
        plan += [(role, s) for s in network_sizes(rng, role, budget, scale)]
    rng.shuffle(plan)
    for role, size in plan:
        GENERATORS[role](ctx, size)
    # Network ids in a shuffled order so that they say nothing about role or size.
    order = list(range(len(ctx.networks)))
    rng.shuffle(order)
    net_id = {ctx.networks[k].key: f"S{i + 1:06d}" for i, k in enumerate(order)}
    ctx.posts.sort(key=lambda p: (p[0], p[1]))
    posts, truths = [], []
    for i, (_when, _n, post, truth, net) in enumerate(ctx.posts):
        pid = f"X{i + 1:07d}"
        post["id"] = pid
        truth["id"] = pid
        truth["network"] = net_id[net.key]
        posts.append(post)
        truths.append(truth)
    return posts, truths


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True, help="posts JSONL")
    ap.add_argument("--truth", required=True, help="truth JSONL")
    a = ap.parse_args()
    if a.posts < 100:
        ap.error("--posts must be at least 100")
    posts, truths = generate(a.seed, a.posts)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(a.truth, "w", encoding="utf-8", newline="\n") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
