#!/usr/bin/env python3
"""Generate eval/selectors-sixteenth/{dev,heldout}.jsonl (Python 3.11, standard library only).

    python3 write.py            # (re)write both files, after a self-check of every post
    python3 write.py --check    # exit 1 if the files on disk differ from what this script writes
    python3 write.py --stats    # print the count tables used in README.md

The set measures how precisely and completely URLs/websites and e-mail addresses are read from
classified, escort, massage, job and rental ads as a trust-and-safety moderation scan sees them:
real websites and mailboxes written every way ads write them (bare domains on multi-part public
suffixes, subdomains, schemes, paths, queries, ports, fragments, capitals, glued to punctuation or
emoji, HTML residue, percent-encoding, IDN and punycode, shorteners, link-in-bio and profile links,
obfuscations such as "dot com", "[.]", "(at)", "arroba ... punto", "arobase", "em ... ponto")
next to text a naive extractor reads as a website or an address and that is none (file names,
versions, abbreviations, prices, measures, times, dates, glued sentences, shouted dotted phrases,
phrases with a dot, hashtags, handles that look like domains, "IG@name.x", a dangling "name@",
"@gmail.com" alone, IP addresses, code tokens, platform home pages named in passing, a domain
spelled letter by letter, and "at"/"em" before a website spelled out in words). Handles and phones
are labelled too. Everything is invented: persona and business names come from per-split pools,
every domain stem, local part and account contains an invented syllable word, domains sit on real
public suffixes, phones are made-up numbers in valid mobile ranges (NANP 555-01XX).
Phrase banks of three or more entries are split by a hash of each entry (about a third held-out);
dev is generated first and held-out second with one registry of used values, so no selector value
is in both splits.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
SIZES = {"dev": 200, "heldout": 300}
SEEDS = {"dev": 161616, "heldout": 169016}
ID_PREFIX = {"dev": "sel16d", "heldout": "sel16h"}
LANGS = ("en", "es", "pt", "fr", "de", "tl")
CATEGORIES = (("escort", 0.30), ("massage", 0.20), ("jobs", 0.25), ("rental", 0.12), ("classifieds", 0.13))
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "jobs": "job_offer", "rental": "other", "classifieds": "other"}
LANG_SHARE = (("en", 0.50), ("es", 0.14), ("pt", 0.11), ("fr", 0.08), ("de", 0.09), ("tl", 0.08))
CAT_LETTER = {"escort": "e", "massage": "m", "jobs": "j", "rental": "r", "classifieds": "c"}

# ================================================================================================
# Public suffixes (every suffix a labelled domain or address uses; all are in the Public Suffix
# List's ICANN section; test_write.py checks them against /usr/share/publicsuffix when present)
# ================================================================================================

SUFFIXES = frozenset("""
com net org info biz us online site xyz club agency jobs
uk co.uk org.uk ie in co.in ng com.ng co.ke co.za org.za ph com.ph es com.es mx com.mx net.mx
co com.co br com.br pt com.pt fr de me ee ai ly gy gd at
""".split())
# hosts of real services (never invented, never a contact on their own)
SERVICE_HOSTS = ("bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "t.ly", "is.gd", "linktr.ee", "beacons.ai",
                 "allmylinks.com", "lnk.bio", "wa.me", "t.me", "instagram.com", "onlyfans.com", "tiktok.com",
                 "facebook.com", "x.com", "twitter.com", "snapchat.com")
# last labels that are delegated top-level domains, for the stats of hard negatives (checked by the tests)
REAL_TLDS = frozenset("""
com net org info biz us online site xyz club agency jobs uk ie in ng ke ph es mx co br pt fr de me ee ai
ly gy gd at io mo moi now call hot mov zip spa house book sale play lt na gmbh london baby love sex vip
""".split())

REGIONS = {
    # code: (cities, own-site suffixes with weights, free-mail providers)
    "US": (["Houston, TX", "Atlanta, GA", "Phoenix, AZ", "Chicago, IL", "Newark, NJ", "Las Vegas, NV", "Miami, FL",
            "Denver, CO"], {"com": 6, "net": 2, "us": 1.5, "org": 0.5},
           ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me"]),
    "GB": (["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"], {"co.uk": 6, "uk": 2, "org.uk": 1},
           ["gmail.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "btinternet.com"]),
    "IE": (["Dublin", "Cork", "Galway", "Limerick"], {"ie": 7},
           ["gmail.com", "hotmail.com", "eircom.net", "outlook.com"]),
    "IN": (["Mumbai", "Bengaluru", "Delhi", "Pune", "Hyderabad", "Chennai"], {"in": 4, "co.in": 4},
           ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"]),
    "NG": (["Lagos", "Abuja", "Port Harcourt", "Ibadan"], {"com.ng": 6, "ng": 2},
           ["gmail.com", "yahoo.com", "outlook.com", "yahoo.co.uk"]),
    "KE": (["Nairobi", "Mombasa", "Kisumu", "Nakuru"], {"co.ke": 7},
           ["gmail.com", "yahoo.com", "outlook.com"]),
    "ZA": (["Johannesburg", "Cape Town", "Durban", "Pretoria"], {"co.za": 6, "org.za": 1},
           ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"]),
    "PH": (["Makati", "Quezon City", "Pasay", "Cebu City", "Davao City", "Manila"], {"com.ph": 5, "ph": 3},
           ["gmail.com", "yahoo.com.ph", "yahoo.com"]),
    "ES": (["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"], {"es": 6, "com.es": 1.5},
           ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"]),
    "MX": (["CDMX", "Guadalajara", "Monterrey", "Cancún", "Puebla", "Tijuana"], {"com.mx": 6, "mx": 2, "net.mx": 0.5},
           ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"]),
    "CO": (["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"], {"com.co": 4, "co": 4},
           ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"]),
    "BR": (["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Salvador", "Recife"], {"com.br": 8},
           ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "yahoo.com.br", "terra.com.br"]),
    "PT": (["Lisboa", "Porto", "Braga", "Faro", "Coimbra"], {"pt": 6, "com.pt": 2},
           ["gmail.com", "sapo.pt", "hotmail.com"]),
    "FR": (["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Lille", "Bordeaux"], {"fr": 7},
           ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "wanadoo.fr"]),
    "DE": (["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Düsseldorf"], {"de": 7},
           ["gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "yahoo.de"]),
}
GENERIC_SUFFIXES = {"com": 5, "net": 2, "org": 0.7, "online": 2.5, "site": 2.5, "xyz": 2, "club": 1.5, "info": 1,
                    "biz": 0.5, "agency": 1.5, "jobs": 3}
GENERIC_FOR = {"agency": "ejm", "jobs": "j", "club": "emrc", "org": "jr"}
LANG_REGIONS = {"en": {"US": 22, "GB": 18, "IE": 8, "IN": 12, "NG": 12, "KE": 10, "ZA": 10, "PH": 8},
                "es": {"ES": 40, "MX": 35, "CO": 25}, "pt": {"BR": 65, "PT": 35}, "fr": {"FR": 1},
                "de": {"DE": 1}, "tl": {"PH": 1}}

# Phones: made-up numbers in valid mobile ranges (checked with libphonenumber by test_write.py when it
# is installed). (country code, national prefixes, digits after the prefix)
PHONES = {
    "GB": ("44", ["7723", "7480", "7562", "7834", "7958", "7412"], 6),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "IN": ("91", ["98", "97", "99", "90", "88", "70"], 8),
    "NG": ("234", ["803", "806", "813", "816", "703", "706", "805", "905"], 7),
    "KE": ("254", ["712", "722", "701", "710", "728", "790"], 6),
    "ZA": ("27", ["82", "83", "84", "72", "71", "73", "60"], 7),
    "PH": ("63", ["917", "918", "927", "939", "998", "995"], 7),
    "ES": ("34", ["61", "62", "64", "65", "66", "67", "68"], 7),
    "MX": ("52", ["55", "33", "81"], 8),
    "CO": ("57", ["300", "301", "310", "311", "315", "320"], 7),
    "BR": ("55", ["119", "219", "319", "419", "719", "819"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "FR": ("33", ["61", "62", "64", "65", "66", "67", "75", "76", "77"], 7),
    "DE": ("49", ["151", "152", "157", "160", "170", "172", "176"], 8),
}
US_AREAS = {"Houston, TX": "713", "Atlanta, GA": "404", "Phoenix, AZ": "602", "Chicago, IL": "312",
            "Newark, NJ": "973", "Las Vegas, NV": "702", "Miami, FL": "305", "Denver, CO": "303"}

# ================================================================================================
# Phrase banks
#
# Every bank of three or more entries is split by a hash of each entry (sides()): about a third goes
# to the held-out side. Banks of one or two entries and the syntaxes that define a form are shared.
# Placeholders: {N} persona name, {NU} the same in capitals, {CITY}, {BIZ} business name.
# ================================================================================================

TITLES = {
    "escort": {
        "en": ["💋 {N} 💋 sweet & discreet", "NEW IN {CITY} 🔥 {NU}", "{N} ✨ upscale companion", "Sexy {N} incall/outcall",
               "❤️ {N} ❤️ come relax with me", "{N} | GFE | {CITY}", "🔥 {NU} AVAILABLE 🔥", "Classy {N} for dinner dates 🍷",
               "{N} 😘 ur favourite girl", "Petite {N} ✨ {CITY} outcall"],
        "es": ["💋 {N} 💋 chica independiente", "NUEVA EN {CITY} 🔥 {NU}", "{N} ✨ trato de novia", "Hola, soy {N} 😘",
               "{N} 🔥 discreta y cariñosa"],
        "pt": ["💋 {N} 💋 acompanhante discreta", "NOVIDADE EM {CITY} 🔥 {NU}", "{N} ✨ namoradinha", "Oi, sou a {N} 😘",
               "{N} 🔥 carinhosa e educada"],
        "fr": ["💋 {N} 💋 douce et discrète", "NOUVELLE À {CITY} 🔥 {NU}", "{N} ✨ moment complice", "Coucou c'est {N} 😘"],
        "de": ["💋 {N} 💋 zärtlich & diskret", "NEU IN {CITY} 🔥 {NU}", "{N} ✨ Girlfriend-Feeling", "Hallo, hier ist {N} 😘"],
        "tl": ["💋 {N} 💋 sweet at discreet", "BAGO SA {CITY} 🔥 {NU}", "{N} ✨ GFE po", "Hi po, si {N} ito 😘"],
    },
    "massage": {
        "en": ["{BIZ} 🌸 Grand Opening", "Relaxing massage at {BIZ}", "🌿 {BIZ} – deep tissue & hot stone",
               "Professional massage in {CITY}", "{BIZ} | walk-ins welcome", "Couples massage {CITY} ✨"],
        "es": ["{BIZ} 🌸 masajes relajantes", "Masaje profesional en {CITY}", "🌿 {BIZ} – nueva apertura"],
        "pt": ["{BIZ} 🌸 massagem relaxante", "Massagem profissional em {CITY}", "🌿 {BIZ} – inauguração"],
        "fr": ["{BIZ} 🌸 massages bien-être", "Massage relaxant à {CITY}", "🌿 {BIZ} – nouvelle équipe"],
        "de": ["{BIZ} 🌸 Wellness-Massagen", "Entspannende Massage in {CITY}", "🌿 {BIZ} – Neueröffnung"],
        "tl": ["{BIZ} 🌸 hilot at massage", "Relaxing massage sa {CITY}", "🌿 {BIZ} – bagong bukas"],
    },
    "jobs": {
        "en": ["HIRING NOW 📢 {BIZ}", "Warehouse & driver jobs in {CITY}", "{BIZ} – vacancies", "Staff wanted, start immediately",
               "Jobs abroad 🌍 apply today", "Hotel staff needed – {CITY}", "Care assistants wanted 💙"],
        "es": ["{BIZ} – vacantes en {CITY}", "SE BUSCA PERSONAL 📢", "Empleo inmediato en {CITY}", "Trabajo en el extranjero ✈️"],
        "pt": ["{BIZ} – vagas em {CITY}", "CONTRATA-SE 📢", "Emprego imediato em {CITY}", "Trabalho no exterior ✈️"],
        "fr": ["{BIZ} recrute – {CITY}", "OFFRE D'EMPLOI 📢", "Postes à pourvoir à {CITY}"],
        "de": ["{BIZ} – Stellenangebote {CITY}", "WIR STELLEN EIN 📢", "Jobs in {CITY} ab sofort"],
        "tl": ["HIRING 📢 {BIZ}", "Job openings sa {CITY}", "Hiring ASAP sa {CITY}"],
    },
    "rental": {
        "en": ["Room to let in {CITY} 🏠", "Double room, bills included", "Flat to rent – {CITY}", "Short let available now",
               "Studio apartment, {CITY} centre"],
        "es": ["Habitación en alquiler – {CITY} 🏠", "Piso compartido, gastos incluidos", "Se renta cuarto en {CITY}"],
        "pt": ["Quarto para alugar – {CITY} 🏠", "Aluga-se apartamento em {CITY}", "Quarto mobilado, contas incluídas"],
        "fr": ["Chambre à louer – {CITY} 🏠", "Colocation charges comprises", "Studio meublé à {CITY}"],
        "de": ["WG-Zimmer in {CITY} 🏠", "Möblierte Wohnung zu vermieten", "Zimmer frei ab sofort"],
        "tl": ["Room for rent sa {CITY} 🏠", "Bedspace for rent", "Condo unit for rent, {CITY}"],
    },
    "classifieds": {
        "en": ["For sale 🚗 must go", "Sofa for sale, {CITY}", "Selling household items", "Car for sale – clean title",
               "Moving sale ‼️ everything must go"],
        "es": ["Se vende 🚗 en {CITY}", "Vendo sofá y mesa", "Artículos del hogar en venta"],
        "pt": ["Vende-se 🚗 em {CITY}", "Vendo sofá e mesa", "Desapego: itens de casa"],
        "fr": ["À vendre 🚗 {CITY}", "Vends canapé et table", "Vide-maison à {CITY}"],
        "de": ["Zu verkaufen 🚗 {CITY}", "Sofa und Tisch abzugeben", "Haushaltsauflösung in {CITY}"],
        "tl": ["For sale 🚗 {CITY}", "Benta: sofa at mesa", "Murang gamit for sale"],
    },
}

PROSE = {
    "escort": {
        "en": ["Hi gentlemen, I'm {N} 😘", "Sweet, classy and discreet, ready to make ur day", "Incall in a clean private apartment, outcall to hotels",
               "No rush, no drama, just good vibes 💯", "Real and recent pictures, what u see is what u get",
               "Serious gentlemen only, be respectful and on time", "Outcall available all over {CITY} 🚗",
               "Travelling soon, book ahead to see me ✈️", "Let's have a drink first and see where it goes 🍷",
               "Screening required for first-time clients", "Deposit secures ur booking, no exceptions",
               "I love conversation, dinner dates and slow evenings", "Rates: 30 min 150, 1 hr 250, overnight ask 💋",
               "Petite, curvy and always smiling ✨", "Discretion guaranteed, I never share details", "Available late, text before u come",
               "pls no blocked numbers, thx", "Upscale and unhurried, u wont regret it 😉", "Dinner &amp; drinks dates, overnights too 🍷",
               "Clean &amp; classy, always on time"],
        "es": ["Hola papi, soy {N} 😘", "Chica independiente, educada y discreta", "Atiendo en departamento privado y hoteles",
               "Sin prisas, trato de novia 💋", "Fotos reales y recientes", "Solo caballeros serios y respetuosos",
               "Tarifa: 1 hora 1500, media hora 900", "Disponible en {CITY} y alrededores", "Me encanta conversar y tomar algo primero 🍷",
               "Números ocultos no contesto"],
        "pt": ["Oi amor, sou a {N} 😘", "Acompanhante independente e discreta", "Local próprio com ar e estacionamento",
               "Sem pressa, namoradinha de verdade 💋", "Fotos reais e atuais", "Só homens educados e pontuais",
               "Cachê: 1h 300, meia hora 200", "Atendo em {CITY} e região", "Adoro um bom papo e um vinho antes 🍷",
               "Não atendo número privado"],
        "fr": ["Coucou, moi c'est {N} 😘", "Jeune femme douce, discrète et souriante", "Je reçois dans un appartement privé et propre",
               "Pas de stress, moment complice 💋", "Photos réelles et récentes", "Hommes respectueux et ponctuels uniquement",
               "Tarifs : 30 min 150, 1h 250", "Disponible sur {CITY} et alentours", "Déplacements à l'hôtel possibles",
               "Numéros masqués refusés"],
        "de": ["Hallo, ich bin {N} 😘", "Zärtlich, diskret und gepflegt", "Privatwohnung, sauber und diskret",
               "Keine Eile, Girlfriend-Feeling 💋", "Echte und aktuelle Fotos", "Nur respektvolle Herren",
               "Preise: 30 Min 120, 1 Std 200", "Besuche auch Hotels in {CITY}", "Termine bitte vorher vereinbaren",
               "Keine unterdrückten Nummern"],
        "tl": ["Hi po, si {N} ito 😘", "Sweet at discreet, sure na mag-eenjoy ka", "May sariling place, malinis at safe",
               "No rush, GFE po 💋", "Real pics po lahat, walang filter", "Sa mga gentleman lang po, walang bastos",
               "Rates: 1 hr 3000, ST 2000", "Available sa {CITY} at nearby", "Message lang po para sa booking",
               "Bawal ang naka-private number"],
    },
    "massage": {
        "en": ["Welcome to {BIZ}, ur place to relax in {CITY} 🌿", "Swedish, deep tissue, hot stone and aromatherapy",
               "Licensed therapists, clean private rooms", "Walk-ins welcome, bookings preferred", "Open daily from 10am to 10pm",
               "Free parking behind the building", "60 min 70, 90 min 100, couples room available",
               "Gift vouchers available for birthdays and holidays 🎁", "Ask about our foot reflexology special",
               "Hot towels and herbal tea after every session ☕", "Shower facilities available",
               "Student and senior discounts on Mondays", "Ground floor, wheelchair accessible", "Strictly professional therapeutic massage",
               "Hot stone &amp; aromatherapy combo", "Tea &amp; towels after every session"],
        "es": ["Bienvenido a {BIZ} en {CITY} 🌿", "Masaje relajante, descontracturante y piedras calientes",
               "Terapeutas con experiencia y cabinas privadas", "Abierto todos los días de 10 a 22", "Estacionamiento gratis",
               "60 min 600, 90 min 850", "Tarjetas de regalo disponibles 🎁", "Duchas y toallas limpias"],
        "pt": ["Bem-vindo à {BIZ} em {CITY} 🌿", "Massagem relaxante, modeladora e pedras quentes",
               "Terapeutas experientes e salas privativas", "Aberto todos os dias das 10 às 22", "Estacionamento no local",
               "60 min 180, 90 min 250", "Vale-presente disponível 🎁", "Chá e toalhas quentes após a sessão"],
        "fr": ["Bienvenue chez {BIZ} à {CITY} 🌿", "Massage suédois, californien et pierres chaudes",
               "Praticiennes diplômées, cabines privées", "Ouvert tous les jours de 10h à 21h", "Parking gratuit devant l'institut",
               "60 min 70 €, 90 min 100 €", "Bons cadeaux disponibles 🎁", "Douche et thé offerts après la séance"],
        "de": ["Willkommen bei {BIZ} in {CITY} 🌿", "Klassische Massage, Hot Stone und Aromaöl",
               "Ausgebildete Masseurinnen, ruhige Räume", "Täglich geöffnet von 10 bis 21 Uhr", "Parkplätze vor dem Haus",
               "60 Min 65 €, 90 Min 90 €", "Gutscheine erhältlich 🎁", "Dusche und Tee nach der Behandlung"],
        "tl": ["Welcome sa {BIZ} dito sa {CITY} 🌿", "Swedish, shiatsu at hilot", "Licensed therapists po, malinis ang rooms",
               "Open araw-araw 10am hanggang 12mn", "Home service available", "1 hr 500 lang po", "May free parking",
               "Tea at towel pagkatapos ng session"],
    },
    "jobs": {
        "en": ["{BIZ} is hiring in {CITY} 📢", "Warehouse operatives needed, day and night shifts",
               "Drivers with a clean licence, full training given", "Hotel housekeeping staff wanted for the summer season",
               "Competitive hourly pay plus overtime", "Full-time and part-time positions available",
               "Applications close end of the month", "Must be eligible to work locally", "Friendly team, paid holidays and pension",
               "Interviews held at our office, bring ID", "Experience in hospitality is an advantage",
               "Care assistants wanted, no night shifts", "Security guards needed for events and retail",
               "Send ur CV with two references", "We never charge fees to applicants", "Overseas placements in hotels and cruise lines",
               "Visa and flight paid, salary in dollars 💵", "Young ladies wanted for hostess work, good pay 💰",
               "Food &amp; beverage staff needed for a new hotel", "Cleaners &amp; kitchen porters, immediate start"],
        "es": ["{BIZ} busca personal en {CITY} 📢", "Se solicitan meseros y cocineros", "Operarios de almacén, turnos rotativos",
               "Sueldo competitivo y prestaciones de ley", "Jornada completa o media jornada",
               "Entrevistas en nuestras oficinas, trae identificación", "No cobramos nada a los candidatos",
               "Trabajo en el extranjero, pasaje pagado ✈️", "Se buscan señoritas para atención al cliente, excelente paga 💰"],
        "pt": ["{BIZ} contrata em {CITY} 📢", "Vagas para auxiliar de limpeza e cozinha", "Motoristas com CNH categoria D",
               "Salário compatível e benefícios", "Contrato CLT, vale-transporte e refeição", "Entrevistas no escritório, traga documento",
               "Não cobramos taxa de candidatos", "Vagas no exterior com passagem paga ✈️", "Procuram-se moças para recepção, ótimo salário 💰"],
        "fr": ["{BIZ} recrute à {CITY} 📢", "Agents d'entretien et plongeurs (H/F)", "Chauffeurs livreurs permis B",
               "Salaire attractif, tickets restaurant", "CDI temps plein ou temps partiel",
               "Entretiens dans nos locaux, pièce d'identité demandée", "Aucun frais demandé aux candidats",
               "Postes à l'étranger, billet d'avion payé ✈️"],
        "de": ["{BIZ} sucht Verstärkung in {CITY} 📢", "Lagerhelfer (m/w/d) in Vollzeit", "Fahrer mit Führerschein Klasse B",
               "Faire Bezahlung und Urlaubsgeld", "Vollzeit oder Teilzeit möglich", "Vorstellungsgespräch in unserem Büro",
               "Wir verlangen keine Gebühren", "Jobs im Ausland, Flug bezahlt ✈️"],
        "tl": ["{BIZ} is hiring sa {CITY} 📢", "Hiring: service crew, cashier at kitchen staff", "Need driver with professional license",
               "Maayos na sahod at benefits", "Walk-in interview po, dalhin ang valid ID", "Walang placement fee",
               "Work abroad, sagot ang ticket at visa ✈️", "Hiring ladies for hostess work, malaki ang kita 💰"],
    },
    "rental": {
        "en": ["Double room to let in a quiet shared house 🏠", "Bills included, fast wifi", "Close to the bus stop and shops",
               "Suits a working professional, no smokers", "Deposit one month, available now", "Fully furnished, new mattress",
               "Viewing by appointment only", "Parking space included", "Two bed flat, modern kitchen, balcony",
               "Couples considered, no pets sorry", "Short lets welcome for contractors", "Garden and laundry room shared",
               "Gas &amp; electric included", "Quiet street, shops &amp; gym nearby"],
        "es": ["Se alquila habitación en piso compartido 🏠", "Gastos incluidos y wifi", "Cerca del metro y supermercados",
               "Ideal para estudiantes o trabajadores", "Fianza de un mes", "Amueblado, listo para entrar", "Visitas con cita previa"],
        "pt": ["Aluga-se quarto em apartamento partilhado 🏠", "Contas incluídas e internet", "Perto do metro e comércio",
               "Ideal para estudantes", "Caução de um mês", "Mobilado e pronto a habitar", "Visitas por marcação"],
        "fr": ["Chambre à louer en colocation 🏠", "Charges comprises, fibre", "Proche métro et commerces",
               "Idéal étudiant ou jeune actif", "Dépôt de garantie un mois", "Meublé, disponible de suite", "Visites sur rendez-vous"],
        "de": ["WG-Zimmer zu vermieten 🏠", "Nebenkosten inklusive, WLAN", "Nähe U-Bahn und Supermarkt",
               "Ideal für Studierende oder Berufstätige", "Kaution zwei Monatsmieten", "Möbliert, sofort frei", "Besichtigung nach Absprache"],
        "tl": ["Room for rent, malapit sa MRT 🏠", "Kasama na ang tubig at kuryente", "Pang-single o couple",
               "1 month advance, 1 month deposit", "May sariling CR at aircon", "Bawal ang pets po", "Viewing by appointment"],
    },
    "classifieds": {
        "en": ["Selling my hatchback, one owner 🚗", "Full service history, new tyres", "Three-seater sofa, good condition, pick up only 🛋️",
               "Phone in great shape, no scratches", "Kids bike, barely used", "Price negotiable for quick sale",
               "Collection from {CITY} only", "No time wasters please", "Washing machine, works perfectly",
               "Dining table with six chairs", "Genuine buyers only, cash on collection", "Can deliver within the city for a small fee",
               "Tables &amp; chairs, all in good nick", "Cash &amp; collection only"],
        "es": ["Vendo carro en buen estado 🚗", "Sofá de tres plazas, poco uso", "Precio negociable", "Entrega en {CITY}",
               "Solo compradores serios", "Bicicleta casi nueva"],
        "pt": ["Vendo carro em ótimo estado 🚗", "Sofá de três lugares, pouco uso", "Aceito proposta", "Retirada em {CITY}",
               "Só interessados de verdade", "Geladeira funcionando perfeitamente"],
        "fr": ["Vends voiture en bon état 🚗", "Canapé trois places, très bon état", "Prix à débattre", "À récupérer sur {CITY}",
               "Pas sérieux s'abstenir", "Vélo enfant peu servi"],
        "de": ["Verkaufe Auto in gutem Zustand 🚗", "Dreisitzer Sofa, kaum benutzt", "Preis verhandelbar", "Abholung in {CITY}",
               "Nur ernst gemeinte Anfragen", "Waschmaschine funktioniert einwandfrei"],
        "tl": ["For sale: sasakyan, maayos ang kondisyon 🚗", "Sofa set, halos bago", "Pwede pa tawad", "Meet up sa {CITY}",
               "Seryosong buyer lang po", "Ref, gumagana pa nang maayos"],
    },
}

PERSONAS = {
    "en": ["Amber", "Jade", "Chloe", "Nia", "Zara", "Tasha", "Kayla", "Ruby", "Mia", "Leah", "Imani", "Priya", "Aisha",
           "Sade", "Wanjiku", "Thandi", "Lerato", "Joy", "Angel", "Roxy", "Skye", "Naomi", "Tiana", "Keisha"],
    "es": ["Valeria", "Camila", "Lucía", "Sofía", "Daniela", "Mariana", "Paola", "Ximena", "Renata", "Abril"],
    "pt": ["Bruna", "Larissa", "Bianca", "Juliana", "Rafaela", "Inês", "Beatriz", "Yasmin", "Letícia"],
    "fr": ["Manon", "Chloé", "Inès", "Léa", "Camille", "Océane", "Yasmine", "Clara", "Anaïs"],
    "de": ["Lena", "Jana", "Sophie", "Nele", "Lara", "Emma", "Mila", "Hanna", "Leonie"],
    "tl": ["Jessa", "Kimberly", "Princess", "Mae", "Joanna", "Rica", "Bea", "Lovely", "Trixie"],
}

# business words: (display word, domain word)
BIZ_WORDS = {
    "massage": {"en": [("Spa", "spa"), ("Day Spa", "dayspa"), ("Wellness", "wellness"), ("Thai Massage", "thaimassage"),
                       ("Massage Studio", "massage"), ("Relax Lounge", "relax"), ("Bodywork", "bodywork"), ("Reflexology", "reflex"),
                       ("Healing Hands", "healinghands")],
                "es": [("Spa", "spa"), ("Masajes", "masajes"), ("Relax", "relax"), ("Bienestar", "bienestar"), ("Centro Zen", "zen")],
                "pt": [("Spa", "spa"), ("Massagem", "massagem"), ("Espaço Zen", "espacozen"), ("Terapias", "terapias"), ("Bem-Estar", "bemestar")],
                "fr": [("Institut", "institut"), ("Spa", "spa"), ("Massage", "massage"), ("Bien-être", "bienetre"), ("Zen", "zen")],
                "de": [("Massagestudio", "massage"), ("Wellness", "wellness"), ("Spa", "spa"), ("Thai-Massage", "thaimassage"),
                       ("Entspannung", "entspannung")],
                "tl": [("Spa", "spa"), ("Hilot", "hilot"), ("Wellness Center", "wellness"), ("Massage", "massage")]},
    "jobs": {"en": [("Staffing", "staffing"), ("Recruitment", "recruit"), ("Logistics", "logistics"), ("Hotels", "hotels"),
                    ("Care Services", "care"), ("Security", "security"), ("Careers", "careers"), ("Manpower", "manpower"), ("Talent", "talent")],
             "es": [("Empleos", "empleos"), ("Grupo", "grupo"), ("Servicios", "servicios"), ("Talento", "talento"), ("Personal", "personal")],
             "pt": [("Recrutamento", "recrutamento"), ("Vagas", "vagas"), ("Serviços", "servicos"), ("Talentos", "talentos"), ("Empregos", "empregos")],
             "fr": [("Intérim", "interim"), ("Recrutement", "recrutement"), ("Emploi", "emploi"), ("Services", "services"), ("Talents", "talents")],
             "de": [("Personal", "personal"), ("Jobs", "jobs"), ("Zeitarbeit", "zeitarbeit"), ("Logistik", "logistik"), ("Karriere", "karriere")],
             "tl": [("Manpower", "manpower"), ("Staffing", "staffing"), ("Agency", "agency"), ("Jobs", "jobs")]},
    "rental": {"en": [("Lettings", "lettings"), ("Homes", "homes"), ("Rooms", "rooms"), ("Property", "property"), ("Rentals", "rentals"),
                      ("Estates", "estates")],
               "es": [("Inmobiliaria", "inmobiliaria"), ("Pisos", "pisos"), ("Habitaciones", "habitaciones"), ("Rentas", "rentas")],
               "pt": [("Imóveis", "imoveis"), ("Imobiliária", "imobiliaria"), ("Quartos", "quartos"), ("Casa", "casa")],
               "fr": [("Immobilier", "immo"), ("Location", "location"), ("Colocs", "colocs"), ("Logements", "logements")],
               "de": [("Immobilien", "immobilien"), ("Wohnen", "wohnen"), ("WG", "wg"), ("Vermietung", "vermietung")],
               "tl": [("Rentals", "rentals"), ("Condo", "condo"), ("Homes", "homes"), ("Bedspace", "bedspace")]},
    "classifieds": {"en": [("Motors", "motors"), ("Furniture", "furniture"), ("Auto Sales", "autos"), ("Deals", "deals"), ("Market", "market")],
                    "es": [("Autos", "autos"), ("Muebles", "muebles"), ("Ventas", "ventas"), ("Mercado", "mercado")],
                    "pt": [("Veículos", "veiculos"), ("Móveis", "moveis"), ("Ofertas", "ofertas"), ("Feira", "feira")],
                    "fr": [("Autos", "autos"), ("Meubles", "meubles"), ("Occasions", "occasions"), ("Brocante", "brocante")],
                    "de": [("Autohaus", "autohaus"), ("Möbel", "moebel"), ("Gebraucht", "gebraucht"), ("Markt", "markt")],
                    "tl": [("Motors", "motors"), ("Furniture", "furniture"), ("Surplus", "surplus"), ("Buy and Sell", "buysell")]},
    "escort": {"en": [("", "vip"), ("", "companion"), ("", "official"), ("", "xo"), ("", "diary"), ("", "muse")],
               "es": [("", "vip"), ("", "oficial"), ("", "besos"), ("", "privada")],
               "pt": [("", "vip"), ("", "oficial"), ("", "acompanhante"), ("", "beijos")],
               "fr": [("", "vip"), ("", "officiel"), ("", "bisous"), ("", "escort")],
               "de": [("", "vip"), ("", "offiziell"), ("", "begleitung"), ("", "escort")],
               "tl": [("", "vip"), ("", "official"), ("", "gfe")]},
}
BIZ_NAME_FMT = {"en": "{S} {W}", "tl": "{S} {W}", "es": "{W} {S}", "pt": "{W} {S}", "fr": "{W} {S}", "de": "{S} {W}"}

PATHS = {
    "escort": {"en": ["gallery", "rates", "book", "about-me", "tour-dates", "photos", "faq"], "es": ["galeria", "tarifas", "citas", "fotos"],
               "pt": ["galeria", "fotos", "agenda", "cache"], "fr": ["galerie", "tarifs", "rdv", "photos"],
               "de": ["galerie", "preise", "termine", "fotos"], "tl": ["gallery", "rates", "booking"]},
    "massage": {"en": ["book", "menu", "prices", "therapists", "gift-vouchers", "services"], "es": ["reservas", "masajes", "precios", "servicios"],
                "pt": ["agendamento", "servicos", "precos", "terapias"], "fr": ["reservation", "soins", "tarifs", "equipe"],
                "de": ["termin", "angebote", "preise", "team"], "tl": ["booking", "services", "rates"]},
    "jobs": {"en": ["jobs", "careers", "apply", "vacancies/driver", "jobs/warehouse", "careers/hotel-staff", "apply-now"],
             "es": ["empleo", "vacantes", "trabaja-con-nosotros", "postulate"], "pt": ["vagas", "trabalhe-conosco", "carreiras", "candidatura"],
             "fr": ["emploi", "recrutement", "postuler", "offres"], "de": ["karriere", "jobs", "bewerbung", "stellenangebote"],
             "tl": ["careers", "apply", "hiring"]},
    "rental": {"en": ["rooms", "to-let", "listings/double-room", "viewings", "properties"], "es": ["alquiler", "pisos", "habitaciones"],
               "pt": ["arrendamento", "quartos", "imoveis"], "fr": ["location", "annonces", "colocation"],
               "de": ["wohnungen", "mieten", "angebote"], "tl": ["units", "for-rent", "rooms"]},
    "classifieds": {"en": ["stock", "for-sale", "used-cars", "shop"], "es": ["venta", "stock", "usados"], "pt": ["estoque", "seminovos", "ofertas"],
                    "fr": ["annonces", "occasions", "stock"], "de": ["angebote", "gebrauchtwagen", "shop"], "tl": ["for-sale", "items", "stock"]},
}
# paths with non-ASCII letters (written as is, or percent-encoded)
SPACED_PATHS = [("our team", "mj"), "price list", ("rates & extras", "em"), ("book a slot", "em"), ("apply now", "j"), "photo gallery",
                ("floor plans", "r"), ("stock list", "c")]
INTL_PATHS = {"en": [("résumé-upload", "j"), ("café-staff", "j"), ("crèche-jobs", "j"), ("sous-chef-rôles", "j"), ("crème-rooms", "r"), ("naïve-art-sale", "c"), ("soirée-rates", "e"),
                     ("massage-à-deux", "m"), ("déjà-vu-vip", "e"), ("spa-détente", "m"), ("château-lets", "r"), ("café-racer-parts", "c")],
              "es": ["reseñas", "promoción", "ubicación", "galería", ("señoritas-vip", "e"), ("cómo-postular", "j"), ("baño-privado", "r")],
              "pt": ["promoção", "serviços", "localização", "avaliações", "preços"],
              "fr": ["équipe", "réservation", "à-propos", ("prestations-détaillées", "m"), ("fiche-de-poste-détaillée", "j")],
              "de": ["über-uns", "öffnungszeiten", "preisübersicht", ("bewerbung-für-fahrer", "j"), ("wohnungsübersicht", "r")],
              "tl": [("señorita-rooms", "re"), ("niño-care", "j"), ("piñata-party", "c"), ("doña-spa", "m"), "galería"]}
QUERIES = ["ref=ad", "utm_source=classifieds&amp;utm_medium=post", "src=cl", "utm_campaign=summer&amp;utm_source=ad",
           "id=4471&amp;view=full", "s=promo", "from=listing", "utm_source=wa&amp;utm_content=bio", "lang=en", "p=2&amp;sort=new"]
FRAGMENTS = ["contact", "prices", "book", "top", "apply", "map", "rates"]
PORTS = ["8080", "8443", "3000", "8000", "8888"]
SUBDOMAINS = {"escort": ["book", "m", "vip", "en"], "massage": ["book", "reservas", "shop", "m"],
              "jobs": ["jobs", "careers", "apply", "portal", "vagas"], "rental": ["rooms", "m", "listings"],
              "classifieds": ["shop", "m", "stock"]}
SCHEMES = ["https://", "http://", "https://www.", "http://www.", "HTTPS://", "Https://www."]
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "rb.gy", "t.ly", "is.gd"]
LINK_IN_BIO = ["linktr.ee", "beacons.ai", "allmylinks.com", "lnk.bio"]
WRAPS = {"en": [("(", ")"), ("[", "]"), ('"', '"'), ("'", "'"), ("<", ">"), ("“", "”"), ("{", "}")],
         "es": [("(", ")"), ("«", "»"), ('"', '"'), ("[", "]")], "pt": [("(", ")"), ('"', '"'), ("“", "”"), ("[", "]")],
         "fr": [("« ", " »"), ("(", ")"), ("«", "»"), ('"', '"')], "de": [("„", "“"), ("(", ")"), ("»", "«"), ('"', '"')],
         "tl": [("(", ")"), ('"', '"'), ("[", "]")]}
SENTENCE_END = [".", "!", "?", ",", "...", "!!", ";", "…"]
SENTENCE_NEXT = {"en": "See u soon", "es": "Gracias", "pt": "Obrigada", "fr": "Merci", "de": "Danke", "tl": "Salamat po"}
GLUE_EMOJI = [("👉", ""), ("", "👈"), ("👉", "👈"), ("🌐", ""), ("", "✨💋"), ("➡️", ""), ("💻", ""), ("", "🔥🔥")]
GLUE_TAIL = {"en": ["Call us", "Text first", "Book early"], "es": ["Llámanos", "Escríbenos"], "pt": ["Liga pra gente", "Chama no zap"],
             "fr": ["Appelez-nous", "Écrivez-nous"], "de": ["Ruf uns an", "Schreib uns"], "tl": ["Text us po", "Call lang"]}
GLUE_BEFORE = ["Web:", "Site:", "WEB:", "Website:", "🌐:"]
ANCHORS = {"en": ["Book online", "Apply here", "Our website", "See photos", "Click here"], "es": ["Ver fotos", "Reserva aquí", "Postúlate"],
           "pt": ["Ver fotos", "Agende aqui", "Candidate-se"], "fr": ["Site officiel", "Réserver", "Postuler"],
           "de": ["Hier bewerben", "Zur Webseite", "Termin buchen"], "tl": ["Click here po", "Apply here", "Tingnan dito"]}
MAIL_ANCHORS = {"en": ["Email us", ("Send CV", "j"), "Contact", "Write to me"], "es": ["Escríbenos", ("Enviar CV", "j"), "Correo"],
                "pt": ["Envie e-mail", ("Mande seu CV", "j"), "Contato"], "fr": ["Écrivez-nous", "Envoyer un mail", ("Candidater", "j")],
                "de": ["E-Mail senden", ("Bewerbung senden", "j"), "Kontakt"], "tl": ["I-email kami", ("Send CV", "j"), "Email dito"]}
DOT_WORD = {"en": "dot", "tl": "dot", "es": "punto", "pt": "ponto", "fr": "point", "de": "punkt"}
AT_WORD = {"es": ["arroba"], "pt": ["arroba", "em"], "fr": ["arobase"], "de": ["ät", "(at)"]}

URL_CUES = {
    "en": ["🌐 Website: {U}", ("More pics at {U}", "emrc"), ("Book online at {U}", "em"), ("Menu &amp; prices on {U}", "m"),
           ("Apply at {U}", "j"), "Details: {U}", ("See {U} for photos and rates", "emr"), "Visit {U}", ("Online booking 👉 {U}", "em"),
           "All info on our site {U}", ("Check {U} before u call", "emrc"), ("Listing and photos: {U}", "rc"), ("Apply online at {U}", "j"),
           "Find us at {U}", "Web: {U}", "Full details on {U}"],
    "es": ["🌐 Web: {U}", ("Más fotos en {U}", "emrc"), ("Reserva en {U}", "em"), "Toda la info en {U}", ("Postúlate en {U}", "j"),
           "Visítanos en {U}", ("Catálogo y precios: {U}", "mc")],
    "pt": ["🌐 Site: {U}", ("Mais fotos em {U}", "emrc"), ("Agende pelo site {U}", "emr"), ("Candidate-se em {U}", "j"), "Tudo no site {U}",
           "Acesse {U}", ("Visite-nos em {U}", "mrcj")],
    "fr": ["🌐 Site : {U}", ("Plus de photos sur {U}", "emrc"), ("Réservez sur {U}", "em"), ("Postulez sur {U}", "j"), "Toutes les infos : {U}",
           "Rendez-vous sur {U}"],
    "de": ["🌐 Webseite: {U}", ("Mehr Fotos auf {U}", "emrc"), ("Termine online: {U}", "emr"), ("Bewerbung über {U}", "j"),
           "Alle Infos unter {U}", "Schau auf {U}"],
    "tl": ["🌐 Website namin: {U}", ("More pics sa {U}", "emrc"), ("Apply na sa {U}", "j"), "Details sa {U}", "Visit {U} po",
           ("Check {U} for rates", "emr")],
}
EMAIL_CUES = {
    "en": ["📧 {E}", "Email: {E}", ("Send ur CV to {E}", "j"), ("Enquiries: {E}", "mjrc"), ("E-mail me {E}", "erc"), "Drop a mail to {E}",
           "Contact {E}", ("✉️ {E} for bookings", "em"), "Write to {E}", ("Mail us: {E}", "mjrc"), ("For viewings email {E}", "r"),
           "Questions? {E}"],
    "es": ["📧 {E}", "Correo: {E}", ("Envía tu CV a {E}", "j"), ("Escríbeme a {E}", "erc"), ("Informes: {E}", "mjrc"), "Contacto: {E}"],
    "pt": ["📧 {E}", "E-mail: {E}", ("Envie currículo para {E}", "j"), ("Manda e-mail pra {E}", "erc"), "Contato: {E}", "Dúvidas: {E}"],
    "fr": ["📧 {E}", "Mail : {E}", ("Envoyez votre CV à {E}", "j"), ("Écrivez-moi : {E}", "erc"), "Contact : {E}", "Courriel : {E}"],
    "de": ["📧 {E}", "E-Mail: {E}", ("Bewerbung an {E}", "j"), ("Schreib mir: {E}", "erc"), "Kontakt: {E}", "Anfragen an {E}"],
    "tl": ["📧 {E}", "Email po: {E}", ("Send CV sa {E}", "j"), "I-email lang sa {E}", "Contact: {E}"],
}
PHONE_CUES = {
    "en": ["📱 {P}", "Call or text {P}", "WhatsApp {P}", "☎️ {P}", "Call {P}", ("Text {P} for appointments", "em"), "Tel: {P}",
           ("Book on {P}", "em"), ("Viewings: {P}", "r")],
    "es": ["📱 {P}", "Llama al {P}", "WhatsApp {P}", "Tel: {P}", ("Citas al {P}", "em"), "Informes {P}"],
    "pt": ["📱 {P}", "Liga {P}", "Zap {P}", "WhatsApp {P}", "Tel: {P}", ("Agende {P}", "emr")],
    "fr": ["📱 {P}", ("Appelle-moi au {P}", "erc"), "Tél : {P}", "WhatsApp {P}", "SMS au {P}", ("RDV au {P}", "emr")],
    "de": ["📱 {P}", "Ruf an: {P}", "Tel: {P}", "WhatsApp {P}", "SMS an {P}", ("Termine unter {P}", "emr")],
    "tl": ["📱 {P}", "Text or call {P}", "Viber {P}", "WhatsApp {P}", "Tawag lang sa {P}"],
}
GLUE_MAIL_CUES = {"en": ["Email:", "Mail:", "E-mail:", "📧", "✉️"], "es": ["Correo:", "Email:", "📧"], "pt": ["E-mail:", "Email:", "📧"],
                  "fr": ["Mail:", "Courriel:", "📧"], "de": ["E-Mail:", "Mail:", "📧"], "tl": ["Email:", "📧", "✉️"]}
GLUE_WORDS = {"en": ["WhatsApp ", "Call ", "Tel "], "es": ["WhatsApp ", "Tel ", "Llama "], "pt": ["Zap ", "WhatsApp ", "Tel "],
              "fr": ["Tél ", "WhatsApp ", "Appel "], "de": ["Tel ", "WhatsApp ", "Handy "], "tl": ["Viber ", "Text ", "WhatsApp "]}
HANDLE_LEADS = {"en": ["Follow me", "Pics on", "Add me", "More content on", "DM me"], "es": ["Sígueme", "Agrégame", "Más en"],
                "pt": ["Me segue", "Me add", "Mais no"], "fr": ["Suis-moi", "Ajoute-moi", "Plus sur"],
                "de": ["Folg mir", "Add mich", "Mehr auf"], "tl": ["Follow niyo ako", "Add mo ko", "More pics sa"]}
# cue spellings per platform (shared: they are the classes)
PLATFORM_CUES = {"instagram": ["IG", "Insta", "Instagram"], "snapchat": ["Snap", "SC", "Snapchat"], "telegram": ["TG", "Telegram"],
                 "tiktok": ["TikTok", "Tiktok"], "twitter": ["X", "Twitter"], "onlyfans": ["OF", "OnlyFans"], "facebook": ["FB", "Facebook"]}
PROFILE_HOSTS = {"instagram": ["instagram.com/{h}", "www.instagram.com/{h}/", "https://www.instagram.com/{h}?igsh=Zm9vYmFy"],
                 "telegram": ["t.me/{h}", "https://t.me/{h}"], "onlyfans": ["onlyfans.com/{h}", "https://onlyfans.com/{h}"],
                 "tiktok": ["tiktok.com/@{h}", "https://www.tiktok.com/@{h}"], "facebook": ["facebook.com/{h}", "m.facebook.com/{h}",
                                                                                          "https://www.facebook.com/{h}/"],
                 "twitter": ["x.com/{h}", "twitter.com/{h}"], "snapchat": ["snapchat.com/add/{h}"]}
ROLE_LOCALS = {"escort": ["bookings", "info", "contact"], "massage": ["info", "bookings", "reservas", "contato", "contact", "termine"],
               "jobs": ["hr", "jobs", "careers", "recruitment", "rh", "empleo", "vagas", "bewerbung", "recrutement"],
               "rental": ["lettings", "info", "alquiler", "contato", "vermietung", "location"],
               "classifieds": ["sales", "info", "ventas", "vendas", "kontakt"]}
ROLE_LANG = {"reservas": "es pt", "contato": "pt", "termine": "de", "rh": "es pt fr", "empleo": "es", "vagas": "pt",
             "bewerbung": "de", "recrutement": "fr", "alquiler": "es", "vermietung": "de", "location": "fr", "ventas": "es",
             "vendas": "pt", "kontakt": "de"}
MAIL_SUBS = {"escort": ["mail", "team"], "massage": ["mail", "team", "staff"], "jobs": ["careers", "hr", "mail", "staff", "recruit"],
             "rental": ["mail", "team", "office"], "classifieds": ["mail", "shop", "office"]}
PLUS_TAGS = ["ads", "cl", "jobs", "spa", "promo", "web", "listing"]

# ------------------------------------------------------------------------------------------------
# Hard negatives: phrases with «raw» marks. An entry is "text" (any category) or ("text", letters)
# with e escort, m massage, j jobs, r rental, c classifieds. {U} is an invented local part.
# ------------------------------------------------------------------------------------------------
DECOYS = {
    "file_name": {
        "en": ["Pics attached: «photo.jpg» and more on request", "send ur «selfie_02.jpg» first lol", ("Full menu in «menu.docx», ask and I'll send", "mrj"),
               ("Send «CV.pdf» and a cover letter", "j"), ("Floor plan «floorplan_A2.pdf» on request", "r"),
               ("Video tour «walkthrough.mp4» available", "r"), ("«IMG_4471.HEIC» is the real me, no filters", "e"),
               ("Price list «pricelist2025.xlsx» on WhatsApp", "mc"), ("Attach «resume_final.docx», no photos needed", "j"),
               ("Manual «owners_manual.pdf» included", "c"), ("vid «clip.mov» for verified clients only", "e"),
               ("Upload all docs as «documents.zip»", "jr"), ("«contract_draft.pdf» sent after viewing", "r"),
               ("Logbook scan «logbook_scan.png» available", "c")],
        "es": [("Manda tu «CV_con_foto.pdf»", "j"), ("fotos reales «foto1.jpg» sin filtro", "e"), ("carta de masajes en «carta_masajes.pdf»", "m"),
               ("envía «curriculum.docx» hoy", "j"), ("plano del piso «plano_piso.pdf»", "r"), ("video «video_real.mp4» por WhatsApp", "em")],
        "pt": [("envie «curriculo.pdf» atualizado", "j"), ("fotos «foto_real.jpeg» sem filtro", "e"), ("tabela «precos.png» no zap", "mc"),
               ("planta do apartamento «planta_ap.pdf»", "r"), ("vídeo «video01.mov» só pra clientes", "e")],
        "fr": [("envoyez «CV_lettre.pdf» complet", "j"), ("photo «moi_recente.jpg» sans retouche", "e"), ("tarifs dans «tarifs.pdf»", "mc"),
               ("plan de l'appart «plan_appart.pdf»", "r"), ("vidéo de visite «visite.mp4»", "r")],
        "de": [("Lebenslauf als «Lebenslauf.pdf» schicken", "j"), ("Fotos «bild_03.jpg» echt", "e"), ("Preisliste «preise.pdf» auf Anfrage", "mc"),
               ("Grundriss «grundriss.pdf» anbei", "r"), ("Exposé «expose_wohnung.pdf» per Mail", "r")],
        "tl": [("send «resume.pdf» po", "j"), ("pics «pic1.jpg» real po", "e"), ("rates sa «rates.png» po", "mc"), ("floor plan «unit_plan.pdf»", "r")],
    },
    "version": {
        "en": [("Unlocked, runs «iOS 17.2» fine", "c"), ("Engine «2.0» TDI, manual", "c"), ("Phone on «iOS 16.5», no cracks", "c"),
               ("Skills: «Python 3.11», SQL, Excel", "j"), ("Clock-in app «v3.4.1» required on ur phone", "j"),
               ("Booking app updated to «v2.0» lol", "em"), ("«Bluetooth 5.3» speaker, barely used", "c"), ("Laptop with «USB 3.0» ports", "c"),
               ("Smart TV, «HDMI 2.1», remote included", "cr")],
        "es": [("Celular con «iOS 17.4», libre", "c"), ("motor «1.8» impecable", "c"), ("usamos la app «v1.2» para fichar", "j")],
        "pt": [("motor «1.0» flex, revisado", "c"), ("celular no «Android 13.1»", "c"), ("sistema de ponto «v4.2»", "j")],
        "fr": [("moteur «1.6» dCi, entretenu", "c"), ("iPhone sous «iOS 17.1»", "c"), ("logiciel «v2.3» fourni", "j")],
        "de": [("Motor «1.4» TSI, scheckheftgepflegt", "c"), ("Handy mit «Android 14.0»", "c"), ("Software «Version 2.3» wird gestellt", "j")],
        "tl": [("Phone naka-«iOS 16.6» pa", "c"), ("engine «1.3» automatic", "c")],
    },
    "abbrev": {
        "en": ["Open 10 «a.m.» to 9 «p.m.» daily", "Mon to Sat, 9 «a.m.» till late", ("«No.1» for GFE in {CITY}", "e"),
               ("Interview with «Mr.Smith» on Monday", "j"), ("Ask for «Mrs.Banda» at reception", "mj"), ("visa to the «U.S.A.» processed fast", "j"),
               ("«Ph.D.» student, quiet and tidy", "r"), ("Any role, «e.g.» waitress, cleaner, driver", "j"), ("Serious only, «i.e.» no drama", "er"),
               ("Near «St.Mary's» hospital", "r"), ("Ask for «Dr.Mensah» about the room", "r"), ("Degree required, «B.Sc.» or «M.Sc.»", "j"),
               ("«Flat.No.4», second floor", "r"), ("«Sec.14» market, opposite the metro", "rc")],
        "es": [("en «Col.Roma», cerca del metro", "erm"), ("ubicados en la «Cra.45» con calle 80", "mrc"), ("pregunta por la «Sra.Luz»", "mj"),
               ("puestos «p.ej.» mesera, cocinero", "j"), ("Grupo Kaveta «S.A. de C.V.»", "j"), ("con el «Lic.Mendoza»", "j")],
        "pt": [("na «Av.Paulista», perto do metrô", "emr"), ("fica na «R.Augusta»", "emr"), ("falar com a «Dra.Helena»", "mj"),
               ("vagas «p.ex.» garçom, cozinheiro", "j"), ("procure o «Sr.Costa»", "jc")],
        "fr": [("demandez «M.Dupont» à l'accueil", "mj"), ("«Mme.Leroy» vous répondra", "jr"), ("bureaux «Av.Foch», 3e étage", "jmr"),
               ("au «Bd.Voltaire», 2e étage", "emr"), ("logement «c.-à-d.» chambre et salon", "r")],
        "de": [("alle Bereiche, «z.B.» Lager, Küche", "j"), ("in der «Hauptstr.12», Hinterhaus", "emrc"), ("Zimmer «Nr.5» im Dachgeschoss", "r"),
               ("Fragen an «Dr.Weber»", "jr"), ("Aufgaben «u.a.» Reinigung und Service", "j"), ("warm, «d.h.» inkl. Heizung", "r")],
        "tl": [("sa «Brgy.Malanday», malapit sa simbahan", "emrc"), ("sa «Sto.Niño» street", "emr"), ("hanapin si «Gen.Luna» branch manager", "j"),
               ("«Bgy.Pio» area po", "rc")],
    },
    "price": {
        "en": [("only «$1.50» a minute for the first call", "e", "US"), ("Hot towel add-on «$1.50»", "m", "US"), ("«£60.00» per hour, no extras", "em", "GB"),
               ("Rent «R4.500» pm, water included", "r", "ZA"), ("«₦150.000» monthly for trainees", "j", "NG"), ("sessions from «Rs.1500» only", "me", "IN"),
               ("«Ksh.2000» per session, home visits extra", "me", "KE"), ("«€1.200» per month, all bills", "r", "IE"), ("«$49.99» each or 2 for 90", "c", "US"),
               ("«₱1.500» only, promo ngayon", "me", "PH")],
        "es": [("«$1.500» MXN la hora", "em", "MX"), ("sueldo «COP 1.800.000» mensuales", "j", "CO"), ("«1.250» euros al mes", "rj", "ES"), ("precio «€60.00» la sesión", "me", "ES")],
        "pt": [("«R$ 150,00» a sessão", "me", "BR"), ("aluguel «R$ 1.700» por mês", "r", "BR"), ("salário «R$1.500,00» mais benefícios", "j", "BR"), ("«€ 1.500» por mês", "rj", "PT")],
        "fr": [("«1.650» € net par mois", "j"), ("loyer «1.150» € charges comprises", "r"), ("massage «49.90» € la séance", "m")],
        "de": [("«1.350» € kalt, Nebenkosten extra", "r"), ("Stundenlohn «14.50» € brutto", "j"), ("Massage «59.00» € pro Stunde", "m")],
        "tl": [("«₱1.800» lang po per session", "me"), ("rent «P8.500» monthly", "r"), ("sahod «₱18.000» kada buwan", "j")],
    },
    "measure": {
        "en": [("«1.65m» tall, slim and toned", "e"), ("Measurements «36.24.36»", "e"), ("«2.5km» from the train station", "mrc"),
               ("«1.5» baths, shared kitchen", "r"), ("«3.5» BHK, semi furnished", "r"), ("Licence for «7.5» tonne lorries needed", "j"),
               ("«5.6ft», curvy and confident", "e"), ("rated «4.9» stars by our clients", "m")],
        "es": [("mido «1.62» y soy delgadita", "e"), ("medidas «90.60.90»", "e"), ("a «1.3km» del metro", "mr"), ("«2.5» baños", "r")],
        "pt": [("«1.70m» de altura", "e"), ("medidas «95.65.100»", "e"), ("a «1.2km» do metrô", "mr")],
        "fr": [("«1.68m» pour 55 kg", "e"), ("mensurations «85.60.90»", "e"), ("à «1.8km» de la gare", "mr")],
        "de": [("«1.72m» groß, schlank", "e"), ("«4.5» Zimmer mit Garten", "r"), ("nur «0.8km» zum Bahnhof", "mr")],
        "tl": [("«5.2ft» lang po, petite", "e"), ("«2.2km» lang from MRT", "mr")],
    },
    "time": {
        "en": ["Open till «10.30pm» every night", "First slot «9.30am»", "Last booking «11.45pm»", ("Viewings after «6.30pm»", "r"),
               ("Interviews start «10.00am» sharp", "j")],
        "es": ["Abierto hasta las «22.30h»", "de «10.15» a «21.45»", "citas desde las «21.30hs»"],
        "pt": ["das «8.30» às «17.30»", "atendo até «23.30»", ("entrevistas às «14.00»", "j")],
        "fr": ["ouvert jusqu'à «20.45»", "de «9.45» à «19.15»", ("visites à «18.15»", "r")],
        "de": ["bis «21.00 Uhr» geöffnet", "ab «7.45» Uhr", ("Besichtigung um «16.30» Uhr", "r")],
        "tl": ["open hanggang «11.15» ng gabi", "start «7.30» ng umaga", "«10.45»PM last call"],
    },
    "date": {
        "en": [("Available from «01.06.2025»", "r"), ("Move in «15.09.2025»", "r"), ("Interviews «12.05.2025»", "j"),
               ("Start date «03.11.2025»", "j"), ("Only here until «28.02.2026»", "e")],
        "es": [("disponible desde el «01.07.2025»", "r"), ("entrevistas el «20.05.2025»", "j"), ("en {CITY} hasta el «14.03.2026»", "e")],
        "pt": [("a partir de «10.06.2025»", "r"), ("início em «02.02.2026»", "j")],
        "fr": [("dispo dès le «02.06.2025»", "r"), ("prise de poste le «05.01.2026»", "j")],
        "de": [("frei ab «01.08.2025»", "r"), ("Einzug zum «15.10.»", "r"), ("Start am «1.9.2025»", "j")],
        "tl": [("start «05.06.2025» po", "j"), ("available simula «10.10.2025»", "r")],
    },
    "glued_sentence": {
        "en": [("New in «town.Call» me anytime", "e"), ("I'm «available.Text» me", "e"), ("No drama «tonight.Book» early", "e"),
               ("Bills «included.Call» to view", "r"), ("Experience «preferred.Apply» today", "j"), ("Quick «sale.Offers» welcome", "c"),
               ("Serious «only.Message» first", "ercm"), ("Second «floor.Ring» the bell", "mr"), ("Free «parking.Walk» ins ok", "m")],
        "es": [("Nueva en la «ciudad.Llámame»", "e"), ("Disponible «hoy.Escríbeme»", "e"), ("Gastos «incluidos.Llamar» para ver", "r"),
               ("Incorporación «urgente.Postúlate»", "j")],
        "pt": [("Disponível «hoje.Chama»", "e"), ("Atendo «agora.Liga» já", "e"), ("Contas «incluídas.Agende» visita", "r"),
               ("Início «imediato.Envie» currículo", "j")],
        "fr": [("Dispo ce «soir.Appelle» moi", "e"), ("Je suis «disponible.Écris» moi", "e"), ("Charges «comprises.Contactez» nous", "r")],
        "de": [("Nur «heute.Ruf» an", "e"), ("Nebenkosten «inklusive.Schreib» uns", "r"), ("Start ab «sofort.Bewirb» dich", "j")],
        "tl": [("Available «ngayon.Text» lang", "e"), ("Seryoso «lang.Message» po", "ercm"), ("Hiring «ASAP.Apply» na", "j")],
    },
    "dotted_caps": {
        "en": [("«CASH.ONLY»", "emrc"), ("«NO.RUSH» 💋", "em"), ("«CALL.ME» 📞", "e"), ("«TEXT.ONLY»", "er"), ("«IN.CALL/OUT.CALL»", "e"),
               ("«NO.DEPOSIT»", "er"), ("«REAL.PICS» 💯", "e"), ("«GFE.ONLY»", "e"), ("«OPEN.LATE»", "m"), ("«HIRING.NOW»", "j"),
               ("«NO.PETS»", "r"), ("«MUST.SEE»", "cr"), ("«NO.TIMEWASTERS»", "ecr"), ("«WALK.INS.OK»", "m"), ("«START.MONDAY»", "j")],
        "es": [("«SOLO.EFECTIVO»", "emrc"), ("«SIN.PRISAS»", "em"), ("«LLAMA.YA»", "ej"), ("«SOLO.WHATSAPP»", "erc")],
        "pt": [("«SÓ.DINHEIRO»", "emrc"), ("«SEM.PRESSA»", "em"), ("«CHAMA.NO.ZAP»", "erc"), ("«VAGAS.ABERTAS»", "j")],
        "fr": [("«APPEL.UNIQUEMENT»", "er"), ("«SANS.STRESS»", "em"), ("«CASH.SEULEMENT»", "emrc"), ("«URGENT.RECRUTE»", "j")],
        "de": [("«NUR.BAR»", "emrc"), ("«KEINE.EILE»", "em"), ("«NUR.SMS»", "er"), ("«SOFORT.FREI»", "r")],
        "tl": [("«CASH.LANG»", "emrc"), ("«WALANG.DEPOSIT»", "er"), ("«TEXT.LANG»", "er"), ("«HIRING.ASAP»", "j")],
    },
    "dotted_phrase": {
        "en": [("«book.now» 💋", "em"), ("«call.us» today", "mjrc"), ("«ask.me» anything 😉", "e"), ("«sweet.girl» here", "e"),
               ("«hot.babe» in {CITY}", "e"), ("«text.me» babe", "e"), ("«chat.now» 💬", "e"), ("«kiss.kiss» 💋", "e"),
               ("«hire.me» for ur event", "j"), ("«move.in» ready", "r"), ("«buy.now» before it goes", "c"), ("«join.us» this summer", "j"),
               ("«apply.now» 📢", "j"), ("«open.house» on Saturday", "r"), ("«just.ask» 😘", "e"), ("«see.you» soon", "em")],
        "es": [("«escríbeme.ya» 💋", "e"), ("«ven.ya» papi", "e"), ("«únete.hoy» 📢", "j"), ("«besos.besos» 😘", "e"), ("«llama.hoy»", "mrc")],
        "pt": [("«me.chama» amor", "e"), ("«vem.cá» 😘", "e"), ("«trabalhe.conosco» 📢", "j"), ("«beijo.grande» 💋", "e"), ("«liga.já»", "mrc")],
        "fr": [("«appelle.moi» 📞", "e"), ("«bisous.bisous» 😘", "e"), ("«rejoins.nous» 📢", "j"), ("«écris.moi» vite", "e")],
        "de": [("«ruf.an» 📞", "emrc"), ("«meld.dich» 😘", "e"), ("«jetzt.bewerben» 📢", "j"), ("«komm.vorbei»", "emr")],
        "tl": [("«text.lang» po", "erc"), ("«chat.na» 💬", "e"), ("«tara.na» 😘", "e"), ("«apply.na» 📢", "j")],
    },
    "hashtag": {
        "en": [("«#SpaDay» «#RelaxTime»", "m"), ("«#hiring» «#jobs»", "j"), ("«#NairobiJobs»", "j", "KE"), ("«#RoomToLet»", "r"), ("«#ForSale»", "c"),
               ("«#GFE» «#newintown»", "e"), ("«#WorkAbroad» 🌍", "j"), ("«#DublinRooms»", "r", "IE"), ("«#LagosMassage»", "m", "NG"), ("«#MovingSale»", "c")],
        "es": [("«#empleo» «#trabajo»", "j"), ("«#masajes»", "m"), ("«#SeRenta»", "r"), ("«#SeVende»", "c")],
        "pt": [("«#vagas» «#emprego»", "j"), ("«#massagem»", "m"), ("«#AlugaSe»", "r"), ("«#desapego»", "c")],
        "fr": [("«#emploi» «#recrutement»", "j"), ("«#massage» «#bienetre»", "m"), ("«#colocation»", "r")],
        "de": [("«#Job» «#Stellenangebot»", "j"), ("«#Wellness»", "m"), ("«#WGZimmer»", "r"), ("«#Flohmarkt»", "c")],
        "tl": [("«#NowHiring» «#ManilaJobs»", "j"), ("«#ForRentManila»", "r"), ("«#hilot»", "m"), ("«#BuyAndSell»", "c")],
    },
    "dangling_at": {
        "en": ["mail «{U}@» and I'll send the rest", ("E-mail: «{U}@» (full address after the first chat)", "ejm"),
               ("my email is «{U}@», txt me for the rest", "e"), ("send pics to «{U}@» ... ask for the rest", "e")],
        "es": ["correo «{U}@» (el resto por WhatsApp)", "escríbeme a «{U}@» y te paso lo demás"],
        "pt": ["e-mail «{U}@» o resto no zap", "manda pra «{U}@» que eu completo no whats"],
        "fr": ["mail «{U}@» la suite par SMS", "écris à «{U}@» je te donne la fin"],
        "de": ["Mail «{U}@» den Rest per SMS", "schreib an «{U}@», Rest gibt es im Chat"],
        "tl": ["email «{U}@» pm nalang for the rest", "send sa «{U}@» tapos text mo ko"],
    },
    "at_domain_only": {
        "en": ["we only reply from «@gmail.com», check ur spam", ("we never email from «@ymail.com» addresses, beware of fakes", "j"),
               "replies come from «@outlook.com»", ("no «@hotmail.com» scammers pls", "er"), ("our recruiters never write from «@aol.com»", "j")],
        "es": ["respondemos desde «@gmail.com»", ("ojo: nunca escribimos desde «@hotmail.es»", "j"), "contestamos desde «@outlook.es»"],
        "pt": ["respondemos pelo «@gmail.com»", ("cuidado com e-mails «@bol.com.br» falsos", "j"), "resposta sempre do «@uol.com.br»"],
        "fr": ["réponse depuis «@gmail.com»", ("jamais de mail «@orange.fr» de notre part", "j"), "on répond depuis «@laposte.net»"],
        "de": ["Antwort kommt von «@gmx.de»", ("wir schreiben nie von «@web.de»", "j"), "Rückmeldung nur über «@t-online.de»"],
        "tl": ["reply galing «@gmail.com» po", ("hindi kami nag-eemail galing «@yahoo.com.ph»", "j")],
    },
    "ip_address": {
        "en": [("Router login «192.168.0.1», password on the fridge", "r"), ("CCTV kit, default IP «192.168.1.108»", "c"),
               ("Recorder set to «10.0.0.20», all cameras work", "c"), ("Printer on «192.168.8.100» for staff", "j")],
        "es": [("router «192.168.1.1», la clave en la nevera", "r"), ("cámara IP «192.168.1.64» incluida", "c")],
        "pt": [("roteador «192.168.0.254», senha na geladeira", "r"), ("câmera IP «192.168.1.10»", "c")],
        "fr": [("box «192.168.1.254», code wifi au dos", "r"), ("caméra réglée sur «192.168.0.50»", "c")],
        "de": [("Fritzbox «192.168.178.1», WLAN inklusive", "r"), ("Kamera unter «192.168.178.30»", "c")],
        "tl": [("wifi admin «192.168.100.1» po", "r"), ("CCTV IP «192.168.1.88»", "c")],
    },
    "code_token": {
        "en": [("Parts for «model.X5» and X3", "c"), ("Skills: «Node.js», «ASP.NET», «Vue.js»", "j"), ("«Socket.io» experience a plus", "j"),
               ("Laravel and «Next.js» devs wanted", "j"), ("Case for «Galaxy.S23», never used", "c"), ("«VB.NET» legacy support role", "j")],
        "es": [("Experiencia en «React.js» y «Angular.js»", "j"), ("repuestos «Aveo.LT» originales", "c")],
        "pt": [("Conhecimento em «Express.js» e «Nuxt.js»", "j"), ("capa para «iPhone.14»", "c")],
        "fr": [("«Three.js» apprécié", "j"), ("pièces pour «Clio.RS»", "c")],
        "de": [("Kenntnisse in «Nest.js» und «ADO.NET»", "j"), ("Teile für «Golf.GTI»", "c")],
        "tl": [("«Ember.js» dev sa Makati", "j"), ("case ng «Redmi.Note»", "c")],
    },
    "platform_mention": {
        "en": [("Seen me on «Facebook.com»? no, that's a fake", "e"), ("Not on «OnlyFans.com», don't ask", "e"),
               ("I don't use «instagram.com», text only", "e"), ("We don't recruit on «TikTok.com», beware", "j"),
               ("Also listed on «Gumtree.com»", "rc"), ("apply here or via «Indeed.com»", "j"), ("also listed on «Daft.ie»", "r"),
               ("we are on «Property24.com» too", "r"), ("posted on «Jiji.ng» as well", "c"), ("no «linktr.ee», no «Snapchat.com», just text", "e"),
               ("no payments through «PayPal.com» links", "jr")],
        "es": [("también en «Idealista.com»", "r"), ("no estoy en «OnlyFans.com»", "e"), ("publicado en «MercadoLibre.com.mx»", "c"),
               ("vacante también en «Computrabajo.com»", "j")],
        "pt": [("anúncio também na «OLX.com.br»", "rc"), ("não tenho «Privacy.com.br»", "e"), ("vaga também no «Catho.com.br»", "j")],
        "fr": [("aussi sur «Leboncoin.fr»", "rc"), ("pas sur «Instagram.com», désolée", "e"), ("offre aussi sur «Indeed.fr»", "j")],
        "de": [("auch auf «Kleinanzeigen.de»", "rc"), ("nicht auf «OnlyFans.com»", "e"), ("Stelle auch bei «StepStone.de»", "j")],
        "tl": [("wala ako sa «OnlyFans.com» po", "e"), ("posted din sa «Carousell.ph»", "rc"), ("nasa «JobStreet.com» din kami", "j")],
    },
}
# generated decoy kinds (no bank): dotted_handle, platform_at, spaced_letters, at_before_site
GEN_DECOYS = ("dotted_handle", "platform_at", "spaced_letters", "at_before_site")
DECOY_KINDS = tuple(DECOYS) + GEN_DECOYS
SPACED_CUES = ["site:", "web", "🌐", "website", "google"]
DOTTED_HANDLE_TAILS = ["co", "me", "ng", "de", "in", "spa", "uk", "ph", "mx", "br", "es", "fr", "ke"]
DECO = ["💋", "🔥", "✨", "😘", "💦", "🌸", "💯", "❤️", "😍", "🌹"]
JOINERS = ["\n", "\n", "\n", "\n\n", " | ", " | ", " • ", "<br>", "<br />", " ✨ ", " ~ ", "&nbsp;| ", " ▪️ "]

# Phrases quoted in the task brief and in eval/ads/README.md (the implementer has read them): bank entries
# that carry one stay on dev, so that held-out instances are unseen.
PUBLIC_PHRASES = ["photo.jpg", "CV.pdf", "menu.docx", "v2.0", "iOS 17.2", "a.m.", "p.m.", "e.g.", "i.e.", "No.1", "Mr.Smith",
                  "U.S.A.", "Ph.D.", "$1.50", "R$ 150,00", "1.65m", "36.24.36", "10.30pm", "22.30h", "12.05.2025", "town.Call",
                  "available.Text", "CASH.ONLY", "NO.RUSH", "CALL.ME", "TEXT.ONLY", "IN.CALL/OUT.CALL", "book.now", "call.us",
                  "ask.me", "sweet.girl", "hot.babe", "model.X5", "Facebook.com", "OnlyFans.com", "instagram.com", "@gmail.com",
                  "text.me", "clip.mov", "hoje.Chama", "St.", "Python 3.1", "BOOK.NOW", "linktr.ee"]


# ================================================================================================
# Bank splitting
# ================================================================================================

def entry_key(e):
    return e if isinstance(e, str) else "\u241f".join(e)


def phrase_hash(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def is_public(key):
    k = key.replace("«", "").replace("»", "").lower()
    return any(p.lower() in k for p in PUBLIC_PHRASES)


_SIDES = {}
# banks that are syntax classes, not phrasing: shared by both splits
SHARED_BANKS = ("scheme", "sentence_end", "glue_emoji", "glue_before", "port", "fragment", "plus_tag",
                "spaced_cue", "dotted_handle_tail")


def sides(name, bank):
    """{entry key: 'dev' | 'heldout' | 'both'}. Banks of fewer than three entries are shared. Otherwise entries
    quoting the brief stay on dev, and of the rest the round(n/3) entries of lowest SHA-256 hash go to held-out
    (at least one), the others to dev."""
    if name not in _SIDES:
        keys = [entry_key(e) for e in bank]
        if len(keys) < 3 or name in SHARED_BANKS or name.startswith(("wrap/", "mail_sub/")):
            _SIDES[name] = {x: "both" for x in keys}
        else:
            private = [x for x in keys if not is_public(x)] or keys
            ranked = sorted(private, key=lambda x: (phrase_hash(x), x))
            n_h = min(max(1, round(len(keys) / 3)), len(private) - (len(private) == len(keys)))
            held = set(ranked[:max(1, n_h)])
            _SIDES[name] = {x: ("heldout" if x in held else "dev") for x in keys}
    return _SIDES[name]


def all_banks():
    """Every split phrase bank (name -> list), for the tests and the README."""
    out = {}
    for name, d in (("title", TITLES), ("prose", PROSE), ("biz", BIZ_WORDS), ("path", PATHS)):
        for cat, by_lang in d.items():
            for lang, b in by_lang.items():
                out[f"{name}/{cat}/{lang}"] = b
    for name, d in (("persona", PERSONAS), ("intl_path", INTL_PATHS), ("url_cue", URL_CUES), ("email_cue", EMAIL_CUES),
                    ("phone_cue", PHONE_CUES), ("handle_lead", HANDLE_LEADS), ("anchor", ANCHORS), ("mail_anchor", MAIL_ANCHORS),
                    ("glue_tail", GLUE_TAIL), ("wrap", WRAPS)):
        for lang, b in d.items():
            out[f"{name}/{lang}"] = b
    for cat, b in SUBDOMAINS.items():
        out[f"subdomain/{cat}"] = b
    for cat, b in ROLE_LOCALS.items():
        out[f"role_local/{cat}"] = b
    for cat, b in MAIL_SUBS.items():
        out[f"mail_sub/{cat}"] = b
    for name, b in (("spaced_path", SPACED_PATHS), ("query", QUERIES), ("fragment", FRAGMENTS), ("port", PORTS), ("scheme", SCHEMES), ("sentence_end", SENTENCE_END),
                    ("glue_emoji", GLUE_EMOJI), ("glue_before", GLUE_BEFORE), ("plus_tag", PLUS_TAGS),
                    ("spaced_cue", SPACED_CUES), ("dotted_handle_tail", DOTTED_HANDLE_TAILS)):
        out[name] = b
    for kind, by_lang in DECOYS.items():
        for lang, b in by_lang.items():
            out[f"decoy/{kind}/{lang}"] = b
    return out


BANK_NAMES = {}


def bank_name(bank):
    if not BANK_NAMES:
        for name, b in all_banks().items():
            BANK_NAMES[id(b)] = name
    return BANK_NAMES[id(bank)]


def side_entries(bank, split):
    name = bank_name(bank)
    s = sides(name, bank)
    return [e for e in bank if s[entry_key(e)] in (split, "both")]


# ================================================================================================
# Context and pieces
# ================================================================================================

class Ctx:
    def __init__(self, rng, used, split):
        self.rng, self.used, self.split = rng, used, split
        self.log = []            # (bank name, entry key) of every phrase drawn (for the split test)
        self.seen = Counter()    # forms and decoy kinds of the accepted posts

    def boost(self, weights, prefix, lang=None):
        """Weights raised for what this split (or this language in it) has not shown yet, so that every form
        and decoy kind appears in both splits."""
        out = {}
        for k, w in weights.items():
            if w and self.seen[(prefix, None, k)] == 0:
                w *= 12
            elif w and self.seen[(prefix, None, k)] < 3:
                w *= 4
            elif w and lang and self.seen[(prefix, lang, k)] == 0:
                w *= 1.6
            out[k] = w
        return out

    def accept(self, ad):
        for s in ad["spans"]:
            for lang in (ad["lang"], None):
                self.seen[(s["kind"], lang, s["form"])] += 1
        for n in ad["hard_negatives"]:
            for lang in (ad["lang"], None):
                self.seen[("decoy", lang, n["kind"])] += 1

    def pick(self, bank, filt=None):
        cands = side_entries(bank, self.split)
        if filt is not None:
            cands = [e for e in cands if filt(e)]
        if not cands:
            return None
        e = self.rng.choice(cands)
        self.log.append((bank_name(bank), entry_key(e)))
        return e

    def wchoice(self, weights):
        keys = [k for k in weights if weights[k] > 0]
        return self.rng.choices(keys, [weights[k] for k in keys])[0]


class Piece:
    """Text plus the spans and hard negatives inside it (raws are substrings of text)."""

    def __init__(self, text, spans=(), negs=(), can_upper=True, title_ok=True):
        self.text, self.spans, self.negs, self.can_upper, self.title_ok = text, list(spans), list(negs), can_upper, title_ok

    def upper(self):
        if not self.can_upper:
            return self
        return Piece(shout(self.text), [dict(s, raw=shout(s["raw"])) for s in self.spans],
                     [dict(n, raw=shout(n["raw"])) for n in self.negs], True, self.title_ok)


def shout(t):
    """Capitals, as a shouted ad writes them; HTML entities left by the scraper stay lower case."""
    return re.sub(r"&(AMP|NBSP|LT|GT|QUOT);", lambda m: "&" + m.group(1).lower() + ";", t.upper())


def span(kind, value, raw, form, platform=None):
    return {"kind": kind, "platform": platform, "value": value, "raw": raw, "form": form}


def neg(kind, raw):
    return {"kind": kind, "raw": raw}


SYL_C = "bdfgklmnprstvz"
SYL_V = "aeiou"


def invent(rng, n=None):
    """An invented lower-case word of two or three syllables (kavimo): no real person's name."""
    return "".join(rng.choice(SYL_C) + rng.choice(SYL_V) for _ in range(n or rng.choice([2, 3, 3])))


def claim(ctx, value):
    if value in ctx.used:
        return False
    ctx.used.add(value)
    return True


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def fill(text, ad):
    return (text.replace("{NU}", ad["_persona"].upper()).replace("{N}", ad["_persona"]).replace("{CITY}", ad["_city"])
            .replace("{BIZ}", ad["_biz"]))


# ------------------------------------------------------------------------------------------------
# Phones
# ------------------------------------------------------------------------------------------------

def new_phone(ctx, ad, region=None):
    """(E.164, national digits) of a new made-up number for the region."""
    region = region or ad["region"]
    rng = ctx.rng
    for _ in range(200):
        if region == "US":
            area = US_AREAS.get(ad["_city"], "713")
            nat = area + "55501" + f"{rng.randint(0, 99):02d}"
            e = "+1" + nat
        else:
            cc, prefs, n = PHONES[region]
            p = rng.choice(prefs)
            rest = "".join(str(rng.randint(0, 9)) for _ in range(n))
            nat = p + rest
            e = "+" + cc + nat
        if claim(ctx, e):
            return e, nat
    raise RuntimeError("no phone")


def fmt_phone(ctx, region, e, nat, style):
    """Text of a phone: style national | intl | dotted | compact."""
    rng = ctx.rng
    cc = e[1:len(e) - len(nat)]
    if region == "US":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return {"national": rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"]),
                "intl": rng.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"]),
                "dotted": f"{a}.{b}.{c}", "compact": f"{a}{b}{c}"}[style]
    if region == "FR":
        pairs = " ".join(nat[i:i + 2] for i in range(1, 9, 2))
        return {"national": f"0{nat[0]} {pairs}", "intl": f"+33 {nat[0]} {pairs}",
                "dotted": "0" + nat[0] + "." + ".".join(nat[i:i + 2] for i in range(1, 9, 2)), "compact": "0" + nat}[style]
    if region == "BR":
        return {"national": rng.choice([f"({nat[:2]}) {nat[2:7]}-{nat[7:]}", f"{nat[:2]} {nat[2:7]}-{nat[7:]}"]),
                "intl": f"+55 {nat[:2]} {nat[2:7]}-{nat[7:]}", "compact": nat, "dotted": f"{nat[:2]}.{nat[2:7]}.{nat[7:]}"}[style]
    if region == "MX":
        return {"national": rng.choice([f"{nat[:2]} {nat[2:6]} {nat[6:]}", f"{nat[:2]}-{nat[2:6]}-{nat[6:]}"]),
                "intl": f"+52 {nat[:2]} {nat[2:6]} {nat[6:]}", "compact": nat, "dotted": f"{nat[:2]}.{nat[2:6]}.{nat[6:]}"}[style]
    if region == "CO":
        return {"national": f"{nat[:3]} {nat[3:6]} {nat[6:]}", "intl": f"+57 {nat[:3]} {nat[3:6]} {nat[6:]}", "compact": nat,
                "dotted": f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"}[style]
    if region == "IN":
        return {"national": rng.choice([f"{nat[:5]} {nat[5:]}", f"0{nat[:5]} {nat[5:]}"]), "intl": f"+91 {nat[:5]} {nat[5:]}",
                "compact": nat, "dotted": f"{nat[:5]}.{nat[5:]}"}[style]
    if region in ("ES", "PT"):
        return {"national": rng.choice([f"{nat[:3]} {nat[3:6]} {nat[6:]}", f"{nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}"]),
                "intl": f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}", "compact": nat, "dotted": f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"}[style]
    if region == "DE":
        return {"national": f"0{nat[:3]} {nat[3:]}", "intl": f"+49 {nat[:3]} {nat[3:]}", "compact": "0" + nat,
                "dotted": f"0{nat[:3]}.{nat[3:]}"}[style]
    if region == "GB":
        return {"national": f"0{nat[:4]} {nat[4:]}", "intl": f"+44 {nat[:4]} {nat[4:]}", "compact": "0" + nat,
                "dotted": f"0{nat[:4]}.{nat[4:]}"}[style]
    # IE NG KE ZA PH: trunk 0, groups of 3-4
    k = {"IE": 2, "NG": 3, "KE": 3, "ZA": 2, "PH": 3}[region]
    a, b = nat[:k], nat[k:]
    mid = b[:3]
    return {"national": f"0{a} {mid} {b[3:]}", "intl": f"+{cc} {a} {mid} {b[3:]}", "compact": "0" + nat,
            "dotted": f"0{a}.{mid}.{b[3:]}"}[style]


def phone_value(raw, region):
    digits = re.sub(r"\D", "", raw)
    if "wa.me" in raw.lower():
        return "+" + re.search(r"wa\.me/(\d+)", raw.lower()).group(1)
    if raw.strip().startswith("+"):
        return "+" + digits
    if region == "US":
        return "+1" + digits
    cc = PHONES[region][0]
    if digits.startswith("0"):
        digits = digits[1:]
    return "+" + cc + digits


def phone_piece(ctx, ad, style=None):
    region = ad["region"]
    style = style or ctx.wchoice({"national": 6, "intl": 3, "dotted": 1.5 if region in ("US", "FR") else 0})
    e, nat = new_phone(ctx, ad)
    raw = fmt_phone(ctx, region, e, nat, style)
    cue = pick_cue(ctx, PHONE_CUES[ad["lang"]], ad)
    return Piece(cue.replace("{P}", raw), [span("phone", e, raw, style)])


# ------------------------------------------------------------------------------------------------
# Domains, URLs, e-mails
# ------------------------------------------------------------------------------------------------

def registrable(host):
    labels = host.split(".")
    for i in range(len(labels)):
        if ".".join(labels[i:]) in SUFFIXES and i > 0:
            return ".".join(labels[i - 1:])
    return host


def deobfuscate(s, words=("dot", "punto", "ponto", "point", "punkt")):
    alt = "|".join(words)
    s = re.sub(r"\s*[\(\[\{]\s*(?:\.|" + alt + r")\s*[\)\]\}]\s*", ".", s, flags=re.I)
    s = re.sub(r"\s+(?:" + alt + r")\s+", ".", s, flags=re.I)
    s = re.sub(r"\s+\.\s+", ".", s)
    return s


def url_value(raw):
    """score.py-normal form of a URL as this set labels it: registrable domain + path, lower case."""
    s = html.unescape(raw.strip())
    s = deobfuscate(s)
    s = s.lower()
    s = re.sub(r"^[a-z]+://", "", s)
    m = re.match(r"([^/?#]+)([^?#]*)", s)
    host, path = m.group(1), m.group(2)
    host = re.sub(r":\d+$", "", host)
    return (registrable(host) + path).rstrip("/")


def email_value(raw):
    s = html.unescape(raw.strip())
    if s.lower().startswith("mailto:"):
        s = s[7:]
    s = re.sub(r"\s*[\(\[\{]\s*(?:at|arroba|arobase|ät|@)\s*[\)\]\}]\s*", "@", s, flags=re.I)
    s = re.sub(r"\s+(?:at|arroba|arobase|em|ät)\s+", "@", s, flags=re.I)
    s = re.sub(r"\s*@\s*", "@", s)
    s = deobfuscate(s)
    return s.lower()


def handle_value(raw, platform):
    s = raw.strip()
    if "/" in s:
        path = url_value(s).split("/", 1)[1]
        return path.split("/")[-1].lstrip("@").lower()
    return re.search(r"([\w.\-]+)$", s).group(1).lstrip("@").lower()


def pick_suffix(ctx, ad):
    reg = dict(REGIONS[ad["region"]][1])
    if ctx.rng.random() < 0.35:
        letter = CAT_LETTER[ad["category"]]
        reg = {k: w for k, w in GENERIC_SUFFIXES.items() if letter in GENERIC_FOR.get(k, "emjrc")}
    return ctx.wchoice(reg)


def own_stem(ctx, ad):
    """A new invented second-level label for the post's own site (registered in the registry)."""
    rng = ctx.rng
    cat = ad["category"]
    for _ in range(200):
        s = ad["_stem"] if rng.random() < 0.6 and "_stem_used" not in ad else invent(rng, 3)
        w = ad["_bizword"]
        if cat == "escort":
            n = ascii_fold(ad["_persona"])
            stem = rng.choice([f"{n}{s}", f"{n}-{s}", f"{s}{n}", f"{n}-{s}-{w}", f"{s}-{w}"])
        else:
            stem = rng.choice([f"{s}{w}", f"{s}-{w}", f"{w}{s}", f"{w}-{s}", f"{s}"])
        if claim(ctx, "stem:" + stem):
            ad["_stem_used"] = True
            return stem
    raise RuntimeError("no stem")


def new_domain(ctx, ad):
    stem = own_stem(ctx, ad)
    sfx = pick_suffix(ctx, ad)
    d = f"{stem}.{sfx}"
    claim(ctx, d)
    return d


def idn_stem(ctx, ad):
    """An invented label with a non-ASCII letter of the post's language."""
    rng = ctx.rng
    acc = {"es": {"a": "á", "e": "é", "o": "ó", "n": "ñ"}, "pt": {"a": "ã", "o": "õ", "e": "é"}, "fr": {"e": "é", "a": "à"},
           "de": {"a": "ä", "o": "ö", "u": "ü"}, "en": {"e": "é"}, "tl": {"n": "ñ", "o": "ó"}}[ad["lang"]]
    for _ in range(200):
        s = invent(rng, 3)
        idx = [i for i, c in enumerate(s) if c in acc]
        if not idx:
            continue
        i = rng.choice(idx)
        u = s[:i] + acc[s[i]] + s[i + 1:]
        w = ad["_bizword"]
        u = rng.choice([u, f"{u}{w}", f"{u}-{w}"])
        if claim(ctx, "stem:" + u):
            return u
    raise RuntimeError("no idn stem")


def obf_suffix(sfx, sep):
    return sep.join(sfx.split("."))


URL_FORMS = {"bare": 6, "www": 5, "scheme": 5, "subdomain": 4, "path": 4, "query": 3, "fragment": 2, "port": 1.2, "caps": 3,
             "wrapped": 4, "sentence_end": 4, "glued_emoji": 3, "glued_word": 2.5, "html_href": 3, "encoded": 2, "intl_path": 2,
             "idn": 1.5, "punycode": 1.5, "obf_dot_word": 4, "obf_bracket": 3, "obf_paren_word": 3, "obf_spaced": 2}
URL_TARGETS = {"escort": {"site": 6, "link_in_bio": 1.5, "profile_url": 2, "shortener": 1, "wa_me": 0.6},
               "other": {"site": 10, "shortener": 1, "wa_me": 0.8, "profile_url": 1, "link_in_bio": 0.3}}
EMAIL_FORMS = {"plain": 6, "caps": 3, "plus_tag": 3, "subdomain": 3, "obf_words": 4, "obf_paren": 3, "obf_bracket": 3,
               "obf_spaced": 3, "lang_word": 4, "glued": 3, "mailto": 3, "sentence_end": 3, "wrapped": 3}
OBF_URL = ("obf_dot_word", "obf_bracket", "obf_paren_word", "obf_spaced")


def site_url(ctx, ad, form):
    """(raw, label, extra) of the post's own website written in `form`. extra: dict(prefix, suffix, negs, can_upper)."""
    rng = ctx.rng
    lang, cat = ad["lang"], ad["category"]
    extra = {"before": "", "after": "", "can_upper": True}
    if form in ("idn", "punycode"):
        u = idn_stem(ctx, ad)
        host = f"{u}.{pick_suffix(ctx, ad)}"
        if form == "punycode":
            host = host.encode("idna").decode("ascii")
        claim(ctx, host)
        lead = rng.choice(["", "www.", "https://", "http://www."])
        raw = lead + host + (("/" + ctx.pick(PATHS[cat][lang])) if rng.random() < 0.3 else "")
        if form == "idn":
            extra["can_upper"] = False
        return raw, url_value(raw), extra
    dom = new_domain(ctx, ad)
    ad["_domains"].append(dom)
    p = ctx.pick(PATHS[cat][lang])
    if form == "bare":
        raw = dom + (f"/{p}" if rng.random() < 0.35 else "")
    elif form == "www":
        raw = "www." + dom + (f"/{p}" if rng.random() < 0.3 else "") + ("/" if rng.random() < 0.2 else "")
    elif form == "scheme":
        raw = ctx.pick(SCHEMES) + dom + rng.choice(["", "/", f"/{p}", f"/{p}/"])
    elif form == "subdomain":
        sub = ctx.pick(SUBDOMAINS[cat])
        raw = rng.choice(["", "", "https://", "http://"]) + f"{sub}.{dom}" + rng.choice(["", f"/{p}", "/"])
    elif form == "path":
        raw = rng.choice(["", "www.", "https://"]) + dom + f"/{p}" + rng.choice(["", "/", "/index.html", ".html"] if "/" not in p else ["", "/"])
    elif form == "query":
        q = ctx.pick(QUERIES)
        if q == "lang=en":
            q = f"lang={lang}"
        raw = rng.choice(["https://", "http://www.", "www.", ""]) + dom + rng.choice(["/", f"/{p}", f"/{p}/"]) + "?" + q
    elif form == "fragment":
        raw = rng.choice(["", "www.", "https://"]) + dom + rng.choice(["/", f"/{p}"]) + "#" + ctx.pick(FRAGMENTS)
    elif form == "port":
        raw = rng.choice(["http://", "https://", "http://www."]) + dom + ":" + ctx.pick(PORTS) + rng.choice(["", "/", f"/{p}"])
    elif form == "caps":
        lead = rng.choice(["", "WWW.", "HTTP://", "HTTPS://WWW."])
        raw = (lead + dom + (f"/{p}" if rng.random() < 0.3 else "")).upper()
        if not lead and rng.random() < 0.35:
            raw = ".".join(x.capitalize() for x in raw.lower().split("."))
    elif form == "html_href":
        raw = rng.choice(["https://", "http://", "https://www."]) + dom + rng.choice(["", "/", f"/{p}"])
        if rng.random() < 0.4:
            raw += "?" + ctx.pick(QUERIES).replace("lang=en", "lang=" + lang)
        extra["can_upper"] = False
    elif form in ("encoded", "intl_path"):
        if form == "encoded" and (lang in ("en", "tl") or rng.random() < 0.3):
            ip = text_of(pick_entry_for(ctx, SPACED_PATHS, ad))
        else:
            ip = text_of(pick_entry_for(ctx, INTL_PATHS[lang], ad) or ctx.pick(INTL_PATHS[lang]))
        seg = urllib.parse.quote(ip) if form == "encoded" else ip.replace(" ", "-")
        raw = rng.choice(["", "www.", "https://", "https://www."]) + dom + "/" + seg
        if form == "encoded" and rng.random() < 0.3:
            raw += "?q=" + urllib.parse.quote(ad["_city"])
        extra["can_upper"] = False
    elif form in OBF_URL:
        labels = dom.split(".")
        www = rng.random() < 0.2
        dw = DOT_WORD[lang] if rng.random() < 0.8 else "dot"
        if form == "obf_dot_word":
            sep = f" {dw} "
            raw = (f"www{sep}" if www else "") + sep.join(labels)
            if rng.random() < 0.35:
                raw = raw.upper()
        elif form == "obf_bracket":
            sep = rng.choice(["[.]", "(.)", "{.}", " [.] "])
            raw = ("www" + sep if www else "") + sep.join(labels)
        elif form == "obf_paren_word":
            b = rng.choice(["({})", "[{}]", "{{{}}}"]).format(dw)
            sep = rng.choice([f" {b} ", b])
            raw = ("www" + sep if www else "") + sep.join(labels)
            if rng.random() < 0.25:
                raw = raw.upper()
        else:  # obf_spaced
            raw = ("www . " if www else "") + " . ".join(labels)
        extra["can_upper"] = form != "obf_spaced"
    else:  # wrapped, sentence_end, glued_emoji, glued_word: an ordinary URL in special surroundings
        raw = rng.choice(["", "www.", "https://", "https://www.", "http://"]) + dom + (f"/{p}" if rng.random() < 0.4 else "")
        if form == "wrapped":
            o, c = ctx.pick(WRAPS[lang])
            extra["before"], extra["after"] = o, c
        elif form == "sentence_end":
            extra["after"] = ctx.pick(SENTENCE_END)
        elif form == "glued_emoji":
            extra["before"], extra["after"] = ctx.pick(GLUE_EMOJI)
        elif form == "glued_word":
            extra["can_upper"] = False
            if rng.random() < 0.5:
                extra["after"] = "." + ctx.pick(GLUE_TAIL[lang])
            else:
                extra["before"] = ctx.pick(GLUE_BEFORE)
                extra["glued_before"] = True
    return raw, url_value(raw), extra


def shortener_url(ctx, ad):
    rng = ctx.rng
    for _ in range(100):
        code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([6, 7])))
        host = rng.choice(SHORTENERS)
        raw = rng.choice(["", "", "https://"]) + f"{host}/{code}"
        if claim(ctx, url_value(raw)):
            return raw
    raise RuntimeError("no short")


def new_account(ctx, ad, platform, dotted=False):
    rng = ctx.rng
    n = ascii_fold(ad["_persona"]) if ad["category"] == "escort" else ascii_fold(ad["_bizword"])
    n = re.sub(r"[^a-z]", "", n) or "kavi"
    for _ in range(200):
        s = invent(rng)
        dd = str(rng.randint(1, 99))
        if dotted:
            cc = {"US": "us", "GB": "uk", "IE": "ie", "IN": "in", "NG": "ng", "KE": "ke", "PH": "ph", "ES": "es", "MX": "mx",
                  "CO": "co", "BR": "br", "PT": "pt", "FR": "fr", "DE": "de"}.get(ad["region"])
            tail = cc if cc and rng.random() < 0.5 else ctx.pick(DOTTED_HANDLE_TAILS)
            v = rng.choice([f"{n}.{s}", f"{s}.{n}", f"{n}{s}"]) + "." + tail
        elif platform in ("telegram", "twitter", "onlyfans"):
            v = rng.choice([f"{n}_{s}{dd}", f"{s}_{n}", f"{n}{s}{dd}", f"the{n}{s}"])
        elif platform == "facebook":
            v = rng.choice([f"{n}.{s}", f"{s}{n}{dd}", f"{n}.{s}.{dd}"])
        else:
            v = rng.choice([f"{n}_{s}{dd}", f"{s}.{n}", f"{n}.{s}{dd}", f"{n}{s}", f"{s}_{n}_{dd}"])
        if claim(ctx, f"handle:{v}"):
            return v
    raise RuntimeError("no account")


def url_piece(ctx, ad, target, form=None, cue_filter=None):
    """A line with a URL: own site (form), shortener, link in bio, profile URL or wa.me."""
    rng = ctx.rng
    lang = ad["lang"]
    spans, negs = [], []
    extra = {"before": "", "after": "", "can_upper": True}
    if target == "site":
        raw, label, extra = site_url(ctx, ad, form)
        sp = span("url", label, raw, form)
        spans.append(sp)
    elif target == "shortener":
        raw = shortener_url(ctx, ad)
        spans.append(span("url", url_value(raw), raw, "shortener"))
    elif target == "link_in_bio":
        host = rng.choice(LINK_IN_BIO)
        acct = new_account(ctx, ad, "instagram")
        raw = rng.choice(["", "https://"]) + f"{host}/{acct}"
        spans.append(span("url", url_value(raw), raw, "link_in_bio"))
    elif target == "profile_url":
        plat = ctx.wchoice({"instagram": 4, "telegram": 2, "onlyfans": 2 if ad["category"] == "escort" else 0, "tiktok": 1.5,
                            "facebook": 2 if ad["category"] != "escort" else 0.5, "twitter": 1, "snapchat": 1})
        acct = new_account(ctx, ad, plat)
        raw = rng.choice(PROFILE_HOSTS[plat]).format(h=acct if rng.random() < 0.8 else acct.capitalize())
        spans.append(span("url", url_value(raw), raw, "profile_url"))
        spans.append(span("handle", acct.lower(), raw, "profile_url", plat))
    elif target == "wa_me":
        e, nat = new_phone(ctx, ad)
        raw = rng.choice(["wa.me/", "https://wa.me/", "http://wa.me/"]) + e[1:]
        if rng.random() < 0.3:
            raw += "?text=Hi%20" + urllib.parse.quote(ad["_persona"])
        spans.append(span("url", url_value(raw), raw, "wa_me"))
        spans.append(span("phone", e, raw, "wa_me"))
    if form == "html_href" and target == "site":
        anchor = ctx.pick(ANCHORS[lang]) if rng.random() < 0.6 else raw.split("?")[0]
        text = f'<a href="{raw}">{anchor}</a>'
        if anchor == raw.split("?")[0]:
            spans.append(span("url", url_value(anchor), anchor, form))
        lead = rng.choice(["", "👉 "])
        return Piece(lead + text, spans, negs, can_upper=False, title_ok=False)
    filt = cue_filter
    if filt is None and form in ("sentence_end", "glued_word"):
        filt = lambda c: c.endswith("{U}")  # noqa: E731
    if form in OBF_URL:
        # "Apply at x dot com" could be read as the mailbox apply@x.com: such cues never precede a spelled-out site
        base = filt
        filt = lambda c: not re.search(r"(?i)\bapply at \{U\}$", c) and (base is None or base(c))  # noqa: E731
    cue = pick_cue(ctx, URL_CUES[lang], ad, filt)
    body = extra["before"] + raw + extra["after"]
    if extra.get("glued_before"):
        cue = "{U}"
    text = cue.replace("{U}", body)
    if form in OBF_URL:
        m = re.search(r"(\S+ (?:at|AT|em))\s*$", cue.replace("{U}", "").rstrip())
        if m:
            negs.append(neg("at_before_site", m.group(1)))
    if form == "sentence_end" and extra["after"] in (".", "!", "?", "...", "…", "!!") and rng.random() < 0.5:
        text += " " + SENTENCE_NEXT[lang]
    return Piece(text, spans, negs, can_upper=extra["can_upper"], title_ok=form not in ("html_href",))


def new_email(ctx, ad, own):
    rng = ctx.rng
    lang, cat = ad["lang"], ad["category"]
    n = re.sub(r"[^a-z]", "", ascii_fold(ad["_persona"]))
    for _ in range(200):
        if own:
            dom = ad["_domains"][0] if ad["_domains"] and rng.random() < 0.6 else new_domain(ctx, ad)
            role = ctx.pick(ROLE_LOCALS[cat], filt=lambda r: lang in ROLE_LANG.get(r, lang)) if rng.random() < 0.7 else None
            local = role or rng.choice([f"{n}.{invent(rng, 2)}", f"{invent(rng)}"])
        else:
            dom = rng.choice(REGIONS[ad["region"]][2])
            s = invent(rng)
            dd = str(rng.randint(1, 99))
            local = rng.choice([f"{n}{s}{dd}", f"{n}.{s}", f"{n}_{s}{dd}", f"{s}.{n}{dd}", f"{n}-{s}", f"{s}{dd}"])
        addr = f"{local}@{dom}"
        if claim(ctx, addr):
            return local, dom
    raise RuntimeError("no email")


def email_piece(ctx, ad, form):
    rng = ctx.rng
    lang, cat = ad["lang"], ad["category"]
    own = rng.random() < {"escort": 0.15, "massage": 0.5, "jobs": 0.6, "rental": 0.45, "classifieds": 0.35}[cat]
    if form == "subdomain":
        own = True
    for _ in range(50):
        local, dom = new_email(ctx, ad, own)
        # "contact at x dot com" could be read as a cue before a website: never a spelled-out mailbox
        if not (form in ("obf_words", "lang_word", "obf_spaced") and local in ("contact", "contato", "contacto", "kontakt")):
            break
    if form == "plus_tag":
        local = f"{local}+{ctx.pick(PLUS_TAGS)}"
    if form == "subdomain":
        dom = f"{ctx.pick(MAIL_SUBS[cat])}.{dom}"
    addr = f"{local}@{dom}"
    value = addr.lower()
    ctx.used.add(value)
    spans = []
    before = after = ""
    can_upper = True
    labels = dom.split(".")
    if form == "caps":
        raw = addr.upper() if rng.random() < 0.7 else local.capitalize() + "@" + dom.capitalize()
    elif form == "obf_words":
        raw = f"{local} at " + " dot ".join(labels)
        if rng.random() < 0.35:
            raw = raw.upper()
    elif form == "obf_paren":
        sep = rng.choice([" (dot) ", "(dot)", " (.) "])
        raw = local + rng.choice([" (at) ", "(at)", " (@) "]) + sep.join(labels)
        if rng.random() < 0.2:
            raw = local + rng.choice([" (at) ", "(at)"]) + dom
    elif form == "obf_bracket":
        raw = local + rng.choice(["[at]", " [at] ", "[@]", "{at}"]) + rng.choice(["[.]", " [dot] ", "[dot]", "."]).join(labels)
    elif form == "obf_spaced":
        raw = rng.choice([f"{local}@ {' . '.join(labels)}", f"{local} @ {dom}", f"{local} @ {' . '.join(labels)}",
                          f"{local}@ {dom}"])
        can_upper = False
    elif form == "lang_word":
        unseen = [w for w in AT_WORD[lang] if ctx.seen[("at_word", None, w)] == 0]
        aw = rng.choice(unseen or AT_WORD[lang])
        ctx.seen[("at_word", None, aw)] += 1
        dw = DOT_WORD[lang]
        if aw == "(at)":
            raw = f"{local} (at) " + f" ({dw}) ".join(labels)
        else:
            raw = f"{local} {aw} " + f" {dw} ".join(labels)
        if rng.random() < 0.3:
            raw = raw.upper()
    elif form == "mailto":
        raw = "mailto:" + addr
        if rng.random() < 0.6:
            anchor = pick_cue(ctx, MAIL_ANCHORS[lang], ad) if rng.random() < 0.5 else addr
            q = "?subject=CV" if cat == "jobs" and rng.random() < 0.5 else ""
            text = f'<a href="{raw}{q}">{anchor}</a>'
            spans.append(span("email", value, raw, form))
            if anchor == addr:
                spans.append(span("email", value, anchor, "plain"))
            return Piece(text, spans, [], can_upper=False, title_ok=False)
        can_upper = False
    else:
        raw = addr
        if form == "wrapped":
            before, after = rng.choice([("<", ">"), ("(", ")"), ('"', '"'), ("[", "]"), ("«", "»")])
        elif form == "sentence_end":
            after = rng.choice([".", "!", ",", ";", "..."])
    spans.append(span("email", value, raw, form))
    if form == "glued":
        variant = rng.choice(["cue", "phone_after", "phone_before", "word_after", "digits_after"])
        if variant == "cue":
            cue = rng.choice(GLUE_MAIL_CUES[lang]) + raw
            return Piece(cue, spans, [], can_upper)
        can_upper = False
        e, nat = new_phone(ctx, ad)
        if variant == "digits_after":
            pr = fmt_phone(ctx, ad["region"], e, nat, "compact")
            text = raw + pr
        else:
            pr = fmt_phone(ctx, ad["region"], e, nat, rng.choice(["national", "intl"]))
            sep = rng.choice(["/", "|", "📱", " / ", "☎️"])
            if variant == "phone_before":
                text = pr + sep + raw
            elif variant == "phone_after":
                text = raw + sep + pr
            else:
                text = raw + rng.choice(GLUE_WORDS[lang]) + pr
        spans.append(span("phone", e, pr, "glued"))
        return Piece(text, spans, [], can_upper)
    cue = pick_cue(ctx, EMAIL_CUES[lang], ad, (lambda c: c.endswith("{E}")) if form == "sentence_end" else None)
    return Piece(cue.replace("{E}", before + raw + after), spans, [], can_upper)


def handle_piece(ctx, ad, form=None):
    rng = ctx.rng
    lang = ad["lang"]
    form = form or ctx.wchoice({"cue_at": 5, "cue_colon": 3})
    if ad["category"] == "escort":
        plat = ctx.wchoice({"instagram": 4, "snapchat": 3, "telegram": 2, "onlyfans": 2, "tiktok": 1, "twitter": 1.5})
    else:
        plat = ctx.wchoice({"instagram": 4, "facebook": 3, "telegram": 1, "tiktok": 1.5})
    if form in ("dotted_handle", "platform_at"):
        plat = rng.choice(["instagram", "tiktok"])
    acct = new_account(ctx, ad, plat, dotted=form in ("dotted_handle", "platform_at"))
    disp = acct if rng.random() < 0.8 else acct.capitalize()
    cue = rng.choice(PLATFORM_CUES[plat])
    negs = []
    if form == "cue_at":
        raw = rng.choice([f"{cue} @{disp}", f"{cue}: @{disp}", f"{cue} - @{disp}", f"{cue}:@{disp}"])
    elif form == "cue_colon":
        raw = rng.choice([f"{cue}: {disp}", f"{cue} : {disp}", f"{cue} ➡️ {disp}", f"{cue} - {disp}"])
    elif form == "dotted_handle":
        raw = rng.choice([f"{cue} @{disp}", f"{cue}: @{disp}", f"{cue}: {disp}"])
        negs.append(neg("dotted_handle", raw[raw.index(disp) - (1 if "@" + disp in raw else 0):]))
    else:  # platform_at
        raw = f"{rng.choice(['IG', 'Insta', 'ig', 'TikTok', 'insta'] if plat == 'instagram' else ['TikTok', 'tiktok', 'TT'])}@{disp}"
        negs.append(neg("platform_at", raw))
        # The cue names the platform: 'TikTok@x' drawn for an Instagram account is a TikTok
        # handle (fixed after the first scoring; the texts are unchanged).
        if raw.lower().startswith(("tiktok@", "tt@")):
            plat = "tiktok"
    lead = ctx.pick(HANDLE_LEADS[lang]) if rng.random() < 0.5 else ""
    text = (lead + " " + raw).strip() if lead else raw
    if rng.random() < 0.3:
        text += " " + rng.choice(DECO)
    return Piece(text, [span("handle", acct.lower(), raw, form, plat)], negs)


def fits(e, ad):
    """Whether a bank entry suits the post: ("text", category letters[, regions]) or a plain string."""
    if isinstance(e, str):
        return True
    return CAT_LETTER[ad["category"]] in e[1] and (len(e) < 3 or ad["region"] in e[2].split())


def text_of(e):
    return e if isinstance(e, str) else e[0]


def pick_cue(ctx, bank, ad, extra=None):
    """A cue that suits the post and was not used in it yet (else one used already)."""
    for avoid in (True, False):
        e = ctx.pick(bank, filt=lambda c: fits(c, ad) and (extra is None or extra(text_of(c)))
                     and not (avoid and text_of(c) in ad["_cues"]))
        if e is not None:
            ad["_cues"].append(text_of(e))
            return text_of(e)
    return None


def pick_entry_for(ctx, bank, ad):
    return ctx.pick(bank, filt=lambda e: fits(e, ad))


def decoy_piece(ctx, ad, kind):
    rng = ctx.rng
    lang = ad["lang"]
    if kind == "spaced_letters":
        stem = invent(rng, 3)
        ctx.used.add("stem:" + stem)
        sfx = pick_suffix(ctx, ad)
        raw = " ".join(stem) + "." + sfx
        cue = ctx.pick(SPACED_CUES)
        return Piece(f"{cue} {raw}", [], [neg(kind, raw)], can_upper=True)
    if kind in ("dotted_handle", "platform_at"):
        return handle_piece(ctx, ad, kind)
    if kind == "at_before_site":
        # an obfuscated own-site URL after a cue ending in "at" / "em": a website, not the mailbox "online@…"
        cue_ok = lambda c: re.search(r"\S+ (?:at|em) \{U\}$", c) is not None and not c.lower().startswith("apply at")  # noqa: E731
        if not [c for c in side_entries(URL_CUES[lang], ctx.split) if cue_ok(text_of(c)) and fits(c, ad)]:
            return None
        return url_piece(ctx, ad, "site", rng.choice(OBF_URL[:3]), cue_filter=cue_ok)
    bank = DECOYS[kind].get(lang)
    e = pick_entry_for(ctx, bank, ad) if bank else None
    if e is None and kind in ("ip_address", "code_token"):
        e = pick_entry_for(ctx, DECOYS[kind]["en"], ad)
    if e is None:
        return None
    text = text_of(e)
    if "{U}" in text:
        u = invent(rng) + str(rng.randint(1, 99))
        ctx.used.add("local:" + u)
        text = text.replace("{U}", u)
    text = fill(text, ad)
    raws = re.findall(r"«(.*?)»", text)
    plain = text.replace("«", "").replace("»", "")
    return Piece(plain, [], [neg(kind, r) for r in raws])


# ================================================================================================
# Posts
# ================================================================================================

def quota(pairs, n):
    """A list of n keys in proportion to the weights (largest remainders)."""
    tot = sum(w for _, w in pairs)
    raw = [(k, n * w / tot) for k, w in pairs]
    out = {k: int(x) for k, x in raw}
    rest = n - sum(out.values())
    for k, x in sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))[:rest]:
        out[k] += 1
    return [k for k, _ in pairs for _ in range(out[k])]


CONTACT_N = {"escort": [(0, 40), (1, 30), (2, 20), (3, 10)], "massage": [(0, 30), (1, 35), (2, 25), (3, 10)],
             "jobs": [(0, 25), (1, 35), (2, 28), (3, 12)], "rental": [(0, 40), (1, 35), (2, 20), (3, 5)],
             "classifieds": [(0, 50), (1, 30), (2, 15), (3, 5)]}
NEG_N = [(0, 28), (1, 36), (2, 26), (3, 10)]
HANDLE_P = {"escort": 0.45, "massage": 0.2, "jobs": 0.12, "rental": 0.08, "classifieds": 0.08}
URL_SHARE = {"escort": 0.62, "massage": 0.55, "jobs": 0.45, "rental": 0.5, "classifieds": 0.55}
DECOY_W = {"file_name": 3, "version": 2, "abbrev": 3, "price": 2.5, "measure": 2, "time": 1.8, "date": 2, "glued_sentence": 3,
           "dotted_caps": 3, "dotted_phrase": 3, "hashtag": 1.5, "dangling_at": 1.2, "at_domain_only": 1.5, "ip_address": 1,
           "code_token": 1.5, "platform_mention": 3.5, "dotted_handle": 1.5, "platform_at": 1.2, "spaced_letters": 1.2,
           "at_before_site": 1.3}


def plan(ctx, n):
    cats = quota(list(CATEGORIES), n)
    langs = quota(list(LANG_SHARE), n)
    ctx.rng.shuffle(langs)
    rows = []
    for cat, _ in CATEGORIES:
        k = cats.count(cat)
        cn = quota(CONTACT_N[cat], k)
        nn = quota(NEG_N, k)
        ctx.rng.shuffle(cn)
        ctx.rng.shuffle(nn)
        hh = quota([(True, HANDLE_P[cat]), (False, 1 - HANDLE_P[cat])], k)
        ctx.rng.shuffle(hh)
        rows.extend((cat, c, m, h) for c, m, h in zip(cn, nn, hh))
    ctx.rng.shuffle(rows)
    return [(cat, lang, c, m, h) for (cat, c, m, h), lang in zip(rows, langs)]


def build_ad(ctx, split, idx, cat, lang, n_contact, n_neg, has_handle):
    rng = ctx.rng
    region = ctx.wchoice(LANG_REGIONS[lang])
    cities = REGIONS[region][0]
    city = rng.choice(cities)
    persona = ctx.pick(PERSONAS[lang])
    bw = ctx.pick(BIZ_WORDS[cat][lang])
    stem = invent(rng, 3)
    S = stem.capitalize()
    biz = BIZ_NAME_FMT[lang].format(S=S, W=bw[0]) if bw[0] else S
    ad = {"_persona": persona, "_city": city.split(",")[0], "_biz": biz, "_bizword": bw[1], "_stem": stem, "_domains": [], "_cues": [],
          "region": region, "lang": lang, "category": cat}
    pieces = []   # contact & decoy pieces
    # contacts
    for _ in range(n_contact):
        if rng.random() < URL_SHARE[cat]:
            tw = URL_TARGETS["escort" if cat == "escort" else "other"]
            tw = {k: w * (4 if k != "site" and ctx.seen[("url", None, k)] < 4 else 1) for k, w in tw.items()}
            target = ctx.wchoice(tw)
            form = None
            if target == "site":
                fw = dict(URL_FORMS)
                if lang == "en":
                    fw["intl_path"] = 0.4
                form = ctx.wchoice(ctx.boost(fw, "url", lang))
            p = url_piece(ctx, ad, target, form)
        else:
            fw = dict(EMAIL_FORMS)
            if lang in ("en", "tl"):
                fw["lang_word"] = 0
            fw = ctx.boost(fw, "email", lang)
            if lang not in ("en", "tl") and ctx.seen[("email", lang, "lang_word")] < 2:
                fw["lang_word"] *= 6
            p = email_piece(ctx, ad, ctx.wchoice(fw))
        pieces.append(("contact", p))
    if has_handle:
        pieces.append(("contact", handle_piece(ctx, ad)))
    # decoys
    kinds_done = []
    for _ in range(n_neg):
        for _try in range(10):
            w = {k: v for k, v in DECOY_W.items() if k not in kinds_done}
            kind = ctx.wchoice(ctx.boost(w, "decoy", lang))
            p = decoy_piece(ctx, ad, kind)
            if p is not None:
                kinds_done.append(kind)
                pieces.append(("decoy", p))
                break
    has_phone = rng.random() < (0.92 if n_contact == 0 and not has_handle else 0.62)
    if has_phone:
        pieces.append(("contact", phone_piece(ctx, ad)))
    # prose
    pb = side_entries(PROSE[cat][lang], split)
    k = min(len(pb), rng.choice([2, 3, 3, 4, 5]))
    prose = []
    for _ in range(k):
        e = ctx.pick(PROSE[cat][lang], filt=lambda x: fill(x, ad) not in prose)
        if e is None:
            break
        prose.append(fill(e, ad))
    title = Piece(fill(ctx.pick(TITLES[cat][lang]), ad))
    title_pieces = [title]
    rng.shuffle(pieces)
    # sometimes a selector or a decoy goes into the title
    if pieces and rng.random() < 0.18 and pieces[0][1].title_ok and len(pieces[0][1].text) < 70:
        title_pieces.append(pieces.pop(0)[1])
    body_pieces = [Piece(t) for t in prose[:1]]
    rest = [Piece(t) for t in prose[1:]]
    decoys = [p for kind, p in pieces if kind == "decoy"]
    contacts = [p for kind, p in pieces if kind == "contact"]
    # decoys mostly mingle with the prose; contacts mostly at the end
    mid = rest + decoys
    rng.shuffle(mid)
    body_pieces += mid
    if rng.random() < 0.25:
        body_pieces.insert(rng.randint(0, len(body_pieces)), Piece(rng.choice(DECO) * rng.choice([1, 2, 3])))
    if rng.random() < 0.8:
        body_pieces += contacts
    else:
        for c in contacts:
            body_pieces.insert(rng.randint(1, len(body_pieces)), c)
    caps = rng.random() < 0.08
    if caps:
        title_pieces = [p.upper() for p in title_pieces]
        body_pieces = [p.upper() for p in body_pieces]
    tj = rng.choice([" | ", " – ", " ✨ ", " 💋 ", " - "])
    bj = rng.choice(JOINERS)
    title_text = tj.join(p.text for p in title_pieces)
    body_text = bj.join(p.text for p in body_pieces)
    if rng.random() < 0.15:
        body_text = body_text.replace(" ", "  ", 1)
    spans, negs = [], []
    for field, ps in (("title", title_pieces), ("body", body_pieces)):
        for p in ps:
            spans += [dict(s, field=field) for s in p.spans]
            negs += [dict(n, field=field) for n in p.negs]
    labels = {"post_type": POST_TYPE[cat], "indicators": [], "handles": [], "urls": [], "emails": [], "phones": []}
    for s in spans:
        if s["kind"] == "handle":
            h = {"platform": s["platform"], "value": s["value"]}
            if h not in labels["handles"]:
                labels["handles"].append(h)
        else:
            key = s["kind"] + "s"
            if s["value"] not in labels[key]:
                labels[key].append(s["value"])
    posted = datetime(2023, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
    return {"id": f"{ID_PREFIX[split]}-{idx:03d}", "title": title_text, "body": body_text, "region": region,
            "location": city, "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%SZ"), "lang": lang, "category": cat,
            "labels": labels, "spans": [{k: s[k] for k in ("kind", "platform", "value", "raw", "form", "field")} for s in spans],
            "hard_negatives": [{k: n[k] for k in ("kind", "raw", "field")} for n in negs]}


# ================================================================================================
# Self-check of every post
# ================================================================================================

LAST_LABELS = sorted({s.split(".")[-1] for s in SUFFIXES} | {"www"}, key=len, reverse=True)
LINT_PATTERNS = [
    ("dot", re.compile(r"\w\.(?=\w)")),
    ("at", re.compile(r"@")),
    ("www", re.compile(r"(?i)\bwww\b")),
    ("scheme", re.compile(r"(?i)\bhttps?:")),
    ("obf_dot", re.compile(r"(?i)[\[\(\{]\s*(?:\.|dot|punto|ponto|point|punkt)\s*[\]\)\}]")),
    ("obf_dot_word", re.compile(r"(?i)\b(?:dot|punto|ponto|point|punkt)\s+(?:" + "|".join(LAST_LABELS) + r")\b")),
    ("obf_at", re.compile(r"(?i)[\[\(\{]\s*(?:at|arroba|arobase|ät)\s*[\]\)\}]|\b(?:arroba|arobase|ät)\b")),
    ("at_word", re.compile(r"(?i)\b(?:at|em)\s+[\w\-]+\s*[\[\(\{]?\s*(?:dot|punto|ponto|point|punkt)\b")),
    ("spaced_dot", re.compile(r"\w\s+\.\s*\w")),
    ("digits", re.compile(r"\+?\d(?:[\s\-\.\(\)/]?\d){6,}")),
]
NEG_WITH_SELECTOR = ("dotted_handle", "platform_at")
GLUED_FORMS = ("glued", "glued_word")


def occurrences(text, raw):
    out, i = [], text.find(raw)
    while raw and i >= 0:
        out.append((i, i + len(raw)))
        i = text.find(raw, i + 1)
    return out


def boundary_ok(text, a, b, form):
    c0 = text[a - 1] if a > 0 else " "
    c1 = text[b] if b < len(text) else " "
    c2 = text[b + 1] if b + 1 < len(text) else " "
    if c0.isalnum() or c0 == "_" or c0 in "@.-+%":
        return False
    if c0 in "/|" and form not in ("glued",):
        return False
    if c1.isalnum() or c1 == "_":
        return form == "glued" and (c1.isdigit() or c1.isupper())
    if c1 in "@-/%+_":
        return False
    if c1 == "." and (c2.isalnum() or c2 == "_"):
        return form in GLUED_FORMS and c2.isupper()
    return True


def lint_ad(ad):
    """Problems with one post (empty when fine)."""
    errs = []
    for field in ("title", "body"):
        text = ad[field]
        spans = [s for s in ad["spans"] if s["field"] == field]
        negs = [n for n in ad["hard_negatives"] if n["field"] == field]
        cov = []
        span_occ = []
        for s in spans:
            occ = occurrences(text, s["raw"])
            if not occ:
                errs.append(f"{field}: span raw not found: {s['raw']!r}")
                continue
            cov += occ
            span_occ += [(a, b, s) for a, b in occ]
            if s["kind"] in ("url", "email") and not any(boundary_ok(text, a, b, s["form"]) for a, b in occ):
                errs.append(f"{field}: {s['kind']} runs into its neighbours: {s['raw']!r}")
        for n in negs:
            occ = occurrences(text, n["raw"])
            if not occ:
                errs.append(f"{field}: hard negative raw not found: {n['raw']!r}")
                continue
            cov += occ
            if n["kind"] not in NEG_WITH_SELECTOR:
                for a, b in occ:
                    for sa, sb, s in span_occ:
                        if a < sb and sa < b:
                            errs.append(f"{field}: hard negative {n['raw']!r} overlaps {s['raw']!r}")
        for name, pat in LINT_PATTERNS:
            for m in pat.finditer(text):
                a, b = m.start(), m.end()
                if not any(a < cb and ca < b for ca, cb in cov):
                    errs.append(f"{field}: uncovered {name}: {text[max(0, a - 15):b + 15]!r}")
    # labels read back from the raws, and exactly the spans' values
    region = ad["region"]
    for s in ad["spans"]:
        raw, v = s["raw"], s["value"]
        got = {"url": lambda: url_value(raw), "email": lambda: email_value(raw),
               "handle": lambda: handle_value(raw, s["platform"]), "phone": lambda: phone_value(raw, region)}[s["kind"]]()
        if got != v:
            errs.append(f"{s['kind']} {raw!r} reads back as {got!r}, labelled {v!r}")
    L = ad["labels"]
    for kind in ("url", "email", "phone"):
        want = []
        for s in ad["spans"]:
            if s["kind"] == kind and s["value"] not in want:
                want.append(s["value"])
        if L[kind + "s"] != want:
            errs.append(f"{kind} labels differ from spans")
    for u in L["urls"]:
        host = u.split("/")[0]
        if u != u.lower() or u.startswith(("http", "www.")) or u.endswith("/") or registrable(host) != host:
            errs.append(f"url label not in normal form: {u!r}")
    for e in L["emails"]:
        if e.count("@") != 1 or e != e.lower():
            errs.append(f"bad email label {e!r}")
        dom = e.split("@")[1]
        if not any(dom.endswith("." + sfx) for sfx in SUFFIXES):
            errs.append(f"email domain not on a known suffix: {e!r}")
    return errs


# ================================================================================================
# Generation
# ================================================================================================

RETRIES = Counter()


def generate_all(with_logs=False):
    """Both splits, dev first, with one registry of used values (no selector value in both splits)."""
    used = set()
    out, logs = {}, {}
    _SIDES.clear()
    RETRIES.clear()
    for split in SPLITS:
        ctx = Ctx(random.Random(SEEDS[split]), used, split)
        ads = []
        for i, (cat, lang, nc, nn, hh) in enumerate(plan(ctx, SIZES[split]), 1):
            for _attempt in range(300):
                ad = build_ad(ctx, split, i, cat, lang, nc, nn, hh)
                errs = lint_ad(ad)
                if not errs:
                    break
                RETRIES[errs[0][:70]] += 1
            else:
                raise RuntimeError(f"{split} {i}: could not build a clean post: {errs}")
            ctx.accept(ad)
            ads.append(ad)
        out[split] = ads
        logs[split] = ctx.log
    return (out, logs) if with_logs else out


def render(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


def rendered():
    return {split: render(ads) for split, ads in generate_all().items()}


def invented_domains(ad):
    """Registrable domains of the post's labelled URLs and e-mails that are not real services or free-mail hosts."""
    free = {d for r in REGIONS.values() for d in r[2]}
    out = []
    for u in ad["labels"]["urls"]:
        h = u.split("/")[0]
        if h not in SERVICE_HOSTS:
            out.append(h)
    for e in ad["labels"]["emails"]:
        d = registrable(e.split("@")[1])
        if d not in free:
            out.append(d)
    return out


def check(all_ads):
    """Problems with the generated sets (empty when fine)."""
    probs = []
    vals, doms = {}, {}
    for split, ads in all_ads.items():
        if len(ads) != SIZES[split]:
            probs.append(f"{split}: {len(ads)} posts")
        vs, ds = set(), set()
        for a in ads:
            probs.extend(f"{a['id']}: {e}" for e in lint_ad(a))
            L = a["labels"]
            vs |= {h["value"] for h in L["handles"]} | set(L["urls"]) | set(L["emails"]) | set(L["phones"])
            ds |= set(invented_domains(a))
        vals[split], doms[split] = vs, ds
    both = vals["dev"] & vals["heldout"]
    if both:
        probs.append(f"values in both splits: {sorted(both)[:5]}")
    both = doms["dev"] & doms["heldout"]
    if both:
        probs.append(f"domains in both splits: {sorted(both)[:5]}")
    return probs


# ================================================================================================
# Count tables
# ================================================================================================

def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def last_label(raw):
    return re.split(r"[.\s]", raw.strip().rstrip(".").lower())[-1].lstrip("#@")


def is_shouted(text):
    """At least 90 % of the letters are capitals (HTML tags and entities left by the scraper aside)."""
    letters = [ch for ch in re.sub(r"<[^>]*>|&\w+;", " ", text) if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def stats(all_ads):
    st = {}
    for split, ads in all_ads.items():
        c = Counter()
        forms = Counter()
        negk = Counter()
        neg_tld = Counter()
        cats, langs, regions, sfx = Counter(), Counter(), Counter(), Counter()
        for a in ads:
            L = a["labels"]
            ue = len(L["urls"]) + len(L["emails"])
            c["posts"] += 1
            c["posts with a URL or e-mail"] += ue > 0
            c["posts with two or more URLs/e-mails"] += ue >= 2
            c["posts with three or more URLs/e-mails"] += ue >= 3
            c["posts with a URL"] += bool(L["urls"])
            c["posts with an e-mail"] += bool(L["emails"])
            c["posts with a hard negative"] += bool(a["hard_negatives"])
            c["posts with both"] += ue > 0 and bool(a["hard_negatives"])
            c["posts with no URL, e-mail, handle or phone"] += not (ue or L["handles"] or L["phones"])
            c["ALL-CAPS posts"] += is_shouted(a["body"])
            c["urls"] += len(L["urls"])
            c["emails"] += len(L["emails"])
            c["handles"] += len(L["handles"])
            c["phones"] += len(L["phones"])
            c["hard negatives"] += len(a["hard_negatives"])
            c["url/e-mail spans in the title"] += sum(1 for s in a["spans"] if s["field"] == "title" and s["kind"] in ("url", "email"))
            cats[a["category"]] += 1
            langs[a["lang"]] += 1
            regions[a["region"]] += 1
            for s in a["spans"]:
                forms[(s["kind"], s["form"])] += 1
            for n in a["hard_negatives"]:
                negk[n["kind"]] += 1
                if "." in n["raw"] and last_label(n["raw"]) in REAL_TLDS:
                    neg_tld[n["kind"]] += 1
            for u in L["urls"]:
                h = u.split("/")[0]
                if h in SERVICE_HOSTS:
                    sfx["(service host)"] += 1
                else:
                    sfx["." + h.split(".", 1)[1]] += 1
            for e in L["emails"]:
                d = e.split("@")[1]
                sfx["@" + ("(free-mail)" if d in {x for r in REGIONS.values() for x in r[2]} else "." + registrable(d).split(".", 1)[1])] += 1
        st[split] = {"counts": c, "forms": forms, "negs": negk, "neg_tld": neg_tld, "cats": cats, "langs": langs,
                     "regions": regions, "suffixes": sfx}
    return st


def stats_md(all_ads):
    st = stats(all_ads)
    d, h = st["dev"], st["heldout"]
    out = []
    keys = list(d["counts"])
    out.append(md_table(["", "dev", "heldout"], [(k, d["counts"][k], h["counts"][k]) for k in keys]))
    for title, key, order in (("category", "cats", [c for c, _ in CATEGORIES]), ("lang", "langs", list(LANGS)),
                              ("region", "regions", list(REGIONS))):
        out.append(md_table([title, "dev", "heldout"], [(k, d[key][k], h[key][k]) for k in order]))
    fkeys = sorted(set(d["forms"]) | set(h["forms"]))
    out.append(md_table(["kind", "form", "dev", "heldout"], [(k, f, d["forms"][(k, f)], h["forms"][(k, f)]) for k, f in fkeys]))
    out.append(md_table(["hard negative kind", "dev", "heldout", "dev: last label a real TLD", "heldout: last label a real TLD"],
                        [(k, d["negs"][k], h["negs"][k], d["neg_tld"][k], h["neg_tld"][k]) for k in DECOY_KINDS]))
    sk = sorted(set(d["suffixes"]) | set(h["suffixes"]), key=lambda k: (-(d["suffixes"][k] + h["suffixes"][k]), k))
    out.append(md_table(["labelled URL host / e-mail domain suffix", "dev", "heldout"], [(k, d["suffixes"][k], h["suffixes"][k]) for k in sk]))
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files differ from the generator output")
    ap.add_argument("--stats", action="store_true", help="print the README count tables")
    args = ap.parse_args()
    all_ads = generate_all()
    if args.stats:
        print(stats_md(all_ads), end="")
        return 0
    probs = check(all_ads)
    if probs:
        print("self-check failed:\n  " + "\n  ".join(probs[:30]), file=sys.stderr)
        return 1
    texts = {split: render(ads) for split, ads in all_ads.items()}
    if args.check:
        bad = []
        for split, text in texts.items():
            path = os.path.join(HERE, f"{split}.jsonl")
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    if f.read() != text:
                        bad.append(split)
            except FileNotFoundError:
                bad.append(split)
        if bad:
            print("differs from the generator output: " + ", ".join(f"{b}.jsonl" for b in bad), file=sys.stderr)
            return 1
        print("dev.jsonl and heldout.jsonl match the generator output")
        return 0
    for split, text in texts.items():
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    st = stats(all_ads)
    print("wrote " + ", ".join(f"{s}.jsonl ({SIZES[s]} posts)" for s in SPLITS) + "; self-check ok; " + "; ".join(
        f"{s}: {st[s]['counts']['urls']} urls, {st[s]['counts']['emails']} emails, {st[s]['counts']['hard negatives']} hard negatives"
        for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
