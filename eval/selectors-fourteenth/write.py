#!/usr/bin/env python3
"""Generate eval/selectors-fourteenth/{dev,heldout}.jsonl (Python 3.11, standard library only).

    python3 write.py            # (re)write both files
    python3 write.py --check    # exit 1 if the files on disk differ from what this script writes
    python3 write.py --stats    # print the count tables used in README.md

The set measures e-mail extraction: addresses in every disguise real advertisers use, next to
decoys that must yield no e-mail. Everything is invented: names, local parts and brand domains
come from fixed per-split pools (brand domains are invented names on a real public suffix that
fits the post's country: .com/.net/.org/.biz/.info for the US, .co.uk, .ca, .com.au, .es, .com.mx,
.com.br, .fr, .ph/.com.ph), free-mail hosts appear only with invented local parts, and phones come
only from made-up numbers that are valid in libphonenumber (NANP 555-01XX, UK 07911 12xxxx and
07400 1xxxxx, FR 06 12 34 xx xx and 07 81 23 xx xx, AU 0412 345 xxx, ES 612 34x xxx,
MX 55 1234 xxxx, BR (11) 91234-xxxx, PH 0917 123 xxxx).
Generating dev first and held-out second with one shared registry of used values guarantees that
no selector value is in both splits.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
SEEDS = {"dev": 141414, "heldout": 149001}
SIZES = {"dev": 160, "heldout": 200}
PREFIX = {"dev": "sel14d", "heldout": "sel14h"}

CATEGORIES = [("escort", 30), ("massage", 15), ("recruitment", 25), ("rooms", 7.5), ("cars", 7.5),
              ("tutoring", 7.5), ("itjobs", 7.5)]
LANGS = [("en", 60), ("es", 13), ("pt", 9), ("fr", 9), ("tl", 9)]
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "recruitment": "job_offer", "itjobs": "job_offer",
             "rooms": "other", "cars": "other", "tutoring": "other"}
CONTROLS = ("rooms", "cars", "tutoring", "itjobs")

FREEMAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "protonmail.com"]
FREEMAIL_W = [5, 2, 2, 2, 1]

# E-mail forms (spans[].form for kind "email") and decoy kinds (hard_negatives[].kind).
EMAIL_FORMS = ["plain", "caps", "trailing_punct", "glued", "obf_bracket", "obf_paren", "obf_brace",
               "obf_words", "obf_caps_words", "spaced", "lang_word", "html_entity", "mailto",
               "mailto_text", "hr_company", "footer", "url_query"]
DECOY_KINDS = ["placeholder", "at_handle", "at_place", "at_price", "at_time", "asset_name", "localhost",
               "css_at_rule", "no_domain", "cf_protected", "freemail_word", "at_dot_prose", "version_string"]


def half(bank, split):
    """Split a phrase bank by position: even entries for dev, odd for held-out (banks of one are shared)."""
    if len(bank) < 2:
        return list(bank)
    return bank[0::2] if split == "dev" else bank[1::2]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------------------------
# Pools: names, words and domains (dev and held-out disjoint)
# --------------------------------------------------------------------------------------------

PERSONAS = {
    "dev": {"en": ["Lily", "Candy", "Jasmine", "Mia", "Roxy", "Bella", "Destiny", "Sasha"],
            "es": ["Valeria", "Camila", "Ximena", "Paloma", "Daniela"],
            "pt": ["Larissa", "Bruna", "Thaís", "Letícia", "Carol"],
            "fr": ["Manon", "Chloé", "Inès", "Léa", "Jade"],
            "tl": ["Kristine", "Althea", "Jessa", "Mikaela", "Bea"]},
    "heldout": {"en": ["Daisy", "Amber", "Skye", "Coco", "Ruby", "Harmony", "Tiana", "Gigi"],
                "es": ["Fernanda", "Renata", "Marisol", "Lupita", "Ariadna"],
                "pt": ["Giovanna", "Rafaela", "Jéssica", "Yasmin", "Priscila"],
                "fr": ["Océane", "Lou", "Clémence", "Élodie", "Maëlys"],
                "tl": ["Maricel", "Joanne", "Rhea", "Shaira", "Angeline"]},
}
LOCAL_WORDS = {"dev": ["rose", "sweet", "honey", "kiss", "angel", "doll", "vip", "xo", "baby", "bb"],
               "heldout": ["peach", "silk", "sugar", "star", "queen", "pretty", "glam", "cutie", "love", "bunny"]}
FIRST = {"dev": ["john", "maria", "paulo", "julien", "mark", "ana", "pedro", "claire", "jun", "rico"],
         "heldout": ["david", "lucia", "thiago", "camille", "kevin", "rosa", "marco", "sophie", "arvin", "nilo"]}
SURNAME = {"dev": ["miller", "garcia", "santos", "dubois", "reyes", "tan", "novak", "clark"],
           "heldout": ["brooks", "herrera", "oliveira", "lefevre", "cruz", "walsh", "moreau", "lim"]}
HANDLE_WORDS = {"dev": ["xo", "baby", "doll", "vip", "kiss"], "heldout": ["luv", "babe", "muse", "glow", "bae"]}

# Brands: (display name, invented domain stem, gTLD used in the US). The suffix is chosen per ad
# from the post's country (brand_domain), so a brand's domain fits the country it advertises in.
SPAS = {"dev": [("Velvet Orimi Spa", "velvetorimi-spa", "com"), ("Lotus Gavren Garden", "lotusgavren", "net"),
                ("Amber Kelisu Massage", "amberkelisu-massage", "com"), ("Jade Moruvi Spa", "jademoruvi-spa", "biz")],
        "heldout": [("Silk Tovani Spa", "silktovani-spa", "com"), ("Orchid Belumi Bay", "orchidbelumi", "net"),
                    ("Coral Stenivo Massage", "coralstenivo-massage", "info"),
                    ("Willow Darimu Spa", "willowdarimu-spa", "com")]}
AGENCIES = {"dev": [("Brightnovi Au Pair", "brightnoviaupair", "org"), ("Starlokeva Talent", "starlokeva-talent", "net"),
                    ("Globavira Nannies", "globavira-nannies", "com")],
            "heldout": [("Harbozeni Placements", "harbozeni", "com"), ("Aurokema Crew", "aurokema-jobs", "net"),
                        ("Kindravu Nannies", "kindravunannies", "org")]}
COMPANIES = {"dev": [("Nordvalek Data", "nordvalek-data", "com"), ("Bluquavo Systems", "bluquavo", "net"),
                     ("Teselumo Labs", "teselumo", "biz")],
             "heldout": [("Corvatiz Software", "corvatiz", "com"), ("Lumefolvi", "lumefolvi", "info"),
                         ("Kestravo Byte", "kestravobyte", "net")]}
DEALERS = {"dev": {"cars": ("Sunpavi Motors", "sunpavi-motors", "com"), "tutoring": ("Tutoravex", "tutoravex", "net"),
                   "rooms": ("Casa Lumeviro Rentals", "casalumeviro", "com")},
           "heldout": {"cars": ("Redlovi Autos", "redlovi-autos", "com"), "tutoring": ("Brainelu Tutors", "brainelu", "org"),
                       "rooms": ("Nidovarke Rooms", "nidovarke", "net")}}
# Public suffixes per country (the US takes the brand's own gTLD; the Philippines .com.ph for .com brands).
REGION_TLDS = {"US": ("com", "net", "org", "biz", "info"), "GB": ("co.uk",), "CA": ("ca",), "AU": ("com.au",),
               "ES": ("es",), "MX": ("com.mx",), "BR": ("com.br",), "FR": ("fr",), "PH": ("com.ph", "ph")}
GTLDS = ("com", "net", "org", "biz", "info")


def region_tld(region, gtld):
    if region == "US":
        return gtld
    if region == "PH":
        return "com.ph" if gtld == "com" else "ph"
    return REGION_TLDS[region][0]


def brand_domain(brand, region):
    """(display name, domain) of a pooled brand in the ad's country."""
    name, stem, gtld = brand
    return name, f"{stem}.{region_tld(region, gtld)}"


BRAND_LOCALS = {"en": ["info", "sales", "office", "hello", "enquiries"], "es": ["info", "ventas", "hola", "clases"],
                "pt": ["contato", "vendas", "aulas", "ola"], "fr": ["bonjour", "contact", "cours", "location"],
                "tl": ["info", "sales", "inquire", "hello"]}
SYL_C = "bdfgklmnprstvz"
SYL_V = "aeiou"
SITES = {"dev": [("Classilokavi", "classilokavi", "com"), ("AdsNemuri", "adsnemuri", "net"),
                 ("Anunzivamos", "anunzivamos", "com")],
         "heldout": [("Listavobo", "listavobo", "com"), ("Postafazeli", "postafazeli", "net"),
                     ("Annonkivo", "annonkivo", "info")]}
FOOTER_LOCALS = {"dev": ["support", "abuse", "soporte", "moderation"],
                 "heldout": ["help", "safety", "suporte", "contact"]}
SPA_LOCALS = {"dev": ["bookings", "info", "citas", "contato", "rdv"],
              "heldout": ["booking", "hello", "reservas", "atendimento", "accueil"]}
HR_LOCALS = {"dev": ["hr", "careers", "recrutement", "rrhh", "vagas"],
             "heldout": ["jobs", "talent", "people", "empleo", "rh"]}
RECRUITER_SUFFIX = {"dev": ["jobs", "hiring", "abroad"], "heldout": ["work", "careers", "travel"]}
ABROAD = {"dev": ["Dubai", "Japan", "Cyprus", "Poland", "Malaysia"],
          "heldout": ["Macau", "Lebanon", "Qatar", "Turkey", "Singapore"]}

ABROAD_NAMES = {"Japan": ("Japón", "Japão", "Japon"), "Cyprus": ("Chipre", "Chipre", "Chypre"),
                "Poland": ("Polonia", "Polônia", "Pologne"), "Malaysia": ("Malasia", "Malásia", "Malaisie"),
                "Lebanon": ("Líbano", "Líbano", "Liban"), "Turkey": ("Turquía", "Turquia", "Turquie"),
                "Singapore": ("Singapur", "Singapura", "Singapour"), "Macau": ("Macao", "Macau", "Macao")}

PLACES = {
    "US": [("Las Vegas, NV", "702"), ("Houston, TX", "713"), ("Miami, FL", "305"), ("Chicago, IL", "312"),
           ("Atlanta, GA", "404"), ("Seattle, WA", "206"), ("Los Angeles, CA", "213")],
    "CA": [("Toronto, ON", "416"), ("Vancouver, BC", "604"), ("Calgary, AB", "403")],
    "CAfr": [("Montréal, QC", "514")],
    "GB": [("London", None), ("Manchester", None), ("Birmingham", None), ("Leeds", None)],
    "AU": [("Sydney NSW", None), ("Melbourne VIC", None), ("Brisbane QLD", None), ("Perth WA", None)],
    "PH": [("Makati", None), ("Quezon City", None), ("Cebu City", None)],
    "ES": [("Madrid", None), ("Barcelona", None), ("Valencia", None), ("Sevilla", None)],
    "MX": [("Ciudad de México", None), ("Guadalajara", None), ("Monterrey", None), ("Tijuana", None)],
    "BR": [("São Paulo", None), ("Rio de Janeiro", None), ("Belo Horizonte", None), ("Curitiba", None)],
    "FR": [("Paris", None), ("Lyon", None), ("Marseille", None), ("Nice", None)],
}
NANP_SPARE = ["702", "713", "305", "312", "416", "604"]

# --------------------------------------------------------------------------------------------
# Phrase banks (split by position with half())
# --------------------------------------------------------------------------------------------

TITLES = {
    "escort": {
        "en": ["💋 {N} 💋 sweet & discreet", "NEW IN {CITY} 🔥 {NU} 🔥", "{N} ✨ upscale companion ✨",
               "HOT {NU} ready now 💦", "Sexy {N} - incall/outcall", "❤️ {N} ❤️ real pics ❤️",
               "{N} your girl next door 😘", "🔥🔥 {NU} IS BACK 🔥🔥"],
        "es": ["💋 {N} 💋 chica independiente", "NUEVA EN {CITY} 🔥 {NU}", "{N} ✨ trato de novia ✨",
               "Hola papi, soy {N} 😘"],
        "pt": ["💋 {N} 💋 acompanhante discreta", "NOVIDADE EM {CITY} 🔥 {NU}", "{N} ✨ namoradinha ✨",
               "Oi amor, sou a {N} 😘"],
        "fr": ["💋 {N} 💋 douce et discrète", "NOUVELLE À {CITY} 🔥 {NU}", "{N} ✨ moment complice ✨",
               "Coucou, moi c'est {N} 😘"],
        "tl": ["💋 {N} 💋 sweet at discreet", "BAGO SA {CITY} 🔥 {NU}", "{N} ✨ GFE po ✨", "Hi po, si {N} ito 😘"],
    },
    "massage": {
        "en": ["{SPA} 🌸 Grand Opening", "Relaxing massage at {SPA}", "🌿 {SPA} – new therapists",
               "{SPA}: deep tissue & hot stone"],
        "es": ["{SPA} 🌸 masajes relajantes", "Masaje profesional en {SPA}", "🌿 {SPA} – nueva apertura",
               "{SPA}: piedras calientes"],
        "pt": ["{SPA} 🌸 massagem relaxante", "Massagem profissional na {SPA}", "🌿 {SPA} – inauguração",
               "{SPA}: pedras quentes"],
        "fr": ["{SPA} 🌸 massages bien-être", "Massage relaxant chez {SPA}", "🌿 {SPA} – nouvelle équipe",
               "{SPA} : pierres chaudes"],
        "tl": ["{SPA} 🌸 hilot at massage", "Relaxing massage sa {SPA}", "🌿 {SPA} – bagong bukas",
               "{SPA}: home service din"],
    },
    "recruitment": {
        "en": ["AU PAIR NEEDED IN {ABR} ✈️ free flights", "Hostess job in {ABR} 💸 $3,000/month",
               "Nanny wanted – live-in – {ABR}", "WORK ABROAD! Hostesses & dancers for {ABR}",
               "Caregivers for {ABR}, visa sponsored", "Models / promo girls – {ABR} – all paid"],
        "es": ["SE BUSCAN CHICAS para trabajar en {ABR} ✈️", "Niñera interna en {ABR} - viaje pagado",
               "Azafatas de imagen para {ABR} 💸", "Trabajo en el extranjero: {ABR}"],
        "pt": ["PROCURAMOS MOÇAS para trabalhar em {ABR} ✈️", "Babá para família em {ABR} - passagem paga",
               "Recepcionistas para casa noturna em {ABR}", "Trabalho no exterior: {ABR}"],
        "fr": ["Hôtesses recherchées pour {ABR} ✈️ billet offert", "Jeune fille au pair pour famille à {ABR}",
               "Recrutement urgent danseuses {ABR}", "Travail à l'étranger : {ABR}"],
        "tl": ["HIRING: Nanny / Caregiver sa {ABR} ✈️ libre pamasahe", "Hostess / GRO sa {ABR} 💸 malaki sahod",
               "Au pair sa {ABR} - walang placement fee", "Direct hire sa {ABR}, alis agad"],
    },
    "rooms": {
        "en": ["Room for rent in {CITY} - $850/mo", "Bright double room, bills included",
               "Sublet: furnished room near campus", "Private room in quiet house"],
        "es": ["Habitación en piso compartido - 400€/mes", "Alquilo cuarto amueblado",
               "Habitación exterior con balcón", "Cuarto para estudiante"],
        "pt": ["Quarto para alugar - R$900/mês", "Alugo quarto mobiliado", "Quarto com suíte perto do metrô",
               "Vaga em república"],
        "fr": ["Chambre à louer - 550 €/mois", "Colocation : chambre meublée", "Studio étudiant proche métro",
               "Chambre chez l'habitant"],
        "tl": ["Room for rent sa {CITY} - 6,500/mo", "Bedspace for female, malapit sa MRT",
               "Studio type unit for rent", "Room share, all in na"],
    },
    "cars": {
        "en": ["2012 Honda Civic LX - clean title - $6,900", "2016 Toyota Corolla, one owner",
               "For sale: 2009 Ford F-150 4x4", "2018 Mazda 3 hatchback, low miles"],
        "es": ["Vendo Seat Ibiza de 2014, 5.900€", "Nissan Versa 2017 único dueño", "Vendo VW Jetta 2013",
               "Chevrolet Aveo 2015 impecable"],
        "pt": ["Vendo Gol 2015 completo - R$32.000", "Fiat Uno 2012 único dono", "Onix 2018 baixa km",
               "Vendo HB20 2016"],
        "fr": ["Vends Peugeot 208 de 2015, 7 900 €", "Renault Clio 4 première main", "Vends Citroën C3 2017",
               "Dacia Sandero 2019 très propre"],
        "tl": ["For sale: 2014 Toyota Vios, first owner", "Mitsubishi Mirage 2017, complete papers",
               "Honda City 2013 for sale", "Suzuki Ertiga 2019, ready to use"],
    },
    "tutoring": {
        "en": ["Math & physics tutor - all levels", "SAT / ACT prep with experienced teacher",
               "Piano lessons for kids and adults", "Spanish lessons online"],
        "es": ["Clases particulares de matemáticas", "Profesora nativa de inglés", "Clases de guitarra",
               "Repaso escolar primaria y ESO"],
        "pt": ["Aulas particulares de matemática", "Professora de inglês nativa", "Aulas de violão",
               "Reforço escolar fundamental"],
        "fr": ["Cours particuliers de maths", "Professeur d'anglais natif", "Cours de guitare",
               "Soutien scolaire primaire et collège"],
        "tl": ["Tutor for Grade school, Math at English", "Home tutor sa {CITY}", "Piano lessons for kids",
               "Review for entrance exams"],
    },
    "itjobs": {
        "en": ["Senior Backend Engineer (Go/Rust) - {CO}", "Junior Frontend Developer - hybrid - {CO}",
               "DevOps Engineer, remote - {CO}", "QA Automation Engineer - {CO}"],
        "es": ["Desarrollador/a Backend - {CO}", "Programador Java Junior - {CO}", "Ingeniero DevOps - {CO}",
               "Analista QA - {CO}"],
        "pt": ["Desenvolvedor(a) Full Stack - {CO}", "Analista de Suporte Jr - {CO}", "Engenheiro DevOps - {CO}",
               "Analista de Testes - {CO}"],
        "fr": ["Développeur·se Backend - {CO}", "Administrateur systèmes - {CO}", "Ingénieur DevOps - {CO}",
               "Testeur QA - {CO}"],
        "tl": ["Junior Web Developer - {CO} (Makati)", "IT Support - {CO}", "Backend Developer - {CO}",
               "QA Tester, fresh grads ok - {CO}"],
    },
}

LINES = {
    "escort": {
        "en": ["Hi gentlemen 💋 sweet, classy and discreet", "NEW PICS 🔥 100% REAL", "incall near the airport, outcall to hotels",
               "hh 150 / h 250 / overnight ask", "No rush, GFE, always fresh & showered 🛁", "ready now!!! 😘 upscale gentlemen only",
               "petite brunette, long legs, sweet smile ✨", "No law enforcement. No blocked numbers.", "AVAILABLE LATE TONIGHT",
               "Let me be your little secret 💦", "screening required, be respectful", "only here for a short time 💕"],
        "es": ["Hola amor 😘 soy muy cariñosa y discreta", "FOTOS 100% REALES", "lugar propio, limpio y seguro",
               "media hora 800 / hora 1500", "sin prisas, trato de novia", "disponible ahora mismo!!!",
               "morena, delgadita, muy simpática", "no contesto números privados"],
        "pt": ["Oi amor 😘 sou carinhosa e discreta", "FOTOS REAIS 100%", "local próprio com ar condicionado",
               "meia hora 150 / hora 250", "sem pressa, beijo na boca", "disponível agora!!!",
               "morena, magrinha, sorriso lindo", "não atendo número privado"],
        "fr": ["Coucou mon chéri 😘 douce et discrète", "PHOTOS 100% RÉELLES", "je reçois dans un appartement propre et discret",
               "30 min 150 / 1h 250", "pas pressée, moment complice", "DISPONIBLE MAINTENANT",
               "brune, fine, très souriante", "pas de numéros masqués"],
        "tl": ["Hi po 😘 mabait at discreet ako", "REAL PICS PO 100%", "may sariling place, malinis at safe",
               "1hr 3k / overnight ask po", "walang rush, GFE", "available na ngayon!!!",
               "morena, petite, sweet smile", "no to private numbers po"],
    },
    "massage": {
        "en": ["Swedish, deep tissue, hot stone", "walk-ins welcome, open 10am-10pm 7 days", "table shower available",
               "licensed therapists, clean private rooms", "60 min $60 / 90 min $90", "gift cards available",
               "free parking in the back", "ask about our weekday specials"],
        "es": ["masaje relajante, descontracturante y piedras calientes", "sin cita previa, abierto de 10 a 22h",
               "terapeutas profesionales, cabinas privadas", "60 min 40€ / 90 min 60€", "tarjetas regalo disponibles",
               "aparcamiento gratuito"],
        "pt": ["massagem relaxante, tântrica e pedras quentes", "atendimento sem hora marcada, das 10h às 22h",
               "terapeutas profissionais, salas privativas", "60 min R$150 / 90 min R$220", "vale-presente disponível",
               "estacionamento grátis"],
        "fr": ["massage relaxant, suédois, pierres chaudes", "sans rendez-vous, ouvert 7j/7 de 10h à 22h",
               "praticiennes diplômées, cabines privées", "1h 70€ / 1h30 95€", "cartes cadeaux disponibles",
               "parking gratuit"],
        "tl": ["Swedish at hilot massage, hot stone", "walk-in welcome, bukas 10am-10pm araw-araw",
               "licensed therapists, malinis na rooms", "1hr 500 / 90 min 700", "may gift certificates",
               "libreng parking sa likod"],
    },
    "recruitment": {
        "en": ["Free visa and flight, accommodation included", "Girls 18-28, no experience needed",
               "Send 3 photos and a copy of your passport", "Salary paid in cash every week",
               "Start next week, limited places!!!", "Host family with 2 kids, own room, weekends free",
               "Agency fee deducted from first salary", "English not required",
               "Interviews this Saturday, bring your documents", "Contract 2 years, renewable"],
        "es": ["viaje y visa pagados, alojamiento incluido", "chicas de 18 a 28 años, sin experiencia",
               "enviar 3 fotos y copia del pasaporte", "sueldo de 3.000 USD al mes",
               "urgente, salida la próxima semana!!!", "familia con dos niños, habitación propia"],
        "pt": ["passagem e visto pagos, moradia inclusa", "moças de 18 a 28 anos, sem experiência",
               "mandar 3 fotos e cópia do passaporte", "salário de 3 mil dólares por mês",
               "urgente, embarque na próxima semana!!!", "família com duas crianças, quarto próprio"],
        "fr": ["billet et visa payés, logement fourni", "filles de 18 à 28 ans, débutantes acceptées",
               "envoyer 3 photos et copie du passeport", "salaire 3000 € par mois, payé en espèces",
               "départ la semaine prochaine, places limitées !!!", "famille avec deux enfants, chambre individuelle"],
        "tl": ["libre visa at ticket, may tirahan", "babae 18-30, kahit walang experience",
               "mag-send ng 3 photos at kopya ng passport", "sahod $2,500 kada buwan",
               "URGENT po, alis next week!!!", "mabait na amo, may sariling kwarto"],
    },
    "rooms": {
        "en": ["shared kitchen and bath, laundry on site", "quiet professional preferred, no smoking",
               "available from the 1st, deposit one month", "5 min walk to the subway",
               "utilities and wifi included", "no pets, sorry"],
        "es": ["cocina y baño compartidos", "gastos incluidos, wifi", "se busca persona tranquila, no fumadora",
               "disponible desde el día 1", "a 5 minutos del metro", "fianza de un mes"],
        "pt": ["cozinha e banheiro compartilhados", "contas e wifi inclusos", "procuro pessoa tranquila, não fumante",
               "disponível a partir do dia 1", "5 minutos do metrô", "caução de um mês"],
        "fr": ["cuisine et salle de bain partagées", "charges et wifi comprises", "personne calme, non-fumeur",
               "libre au 1er du mois", "à 5 minutes du métro", "dépôt de garantie un mois"],
        "tl": ["shared CR at kusina", "kasama na tubig, kuryente at wifi", "bawal ang pets at bisita sa gabi",
               "available na sa 1st", "5 minutes lakad sa MRT", "1 month advance, 1 month deposit"],
    },
    "cars": {
        "en": ["runs great, new tires and brakes", "128k miles, cold AC", "no lowballers, serious buyers only",
               "title in hand, cash only", "test drives on weekends", "service records available"],
        "es": ["funciona perfecto, ruedas nuevas", "110 mil km, aire acondicionado", "papeles al día",
               "no cambios, solo efectivo", "se puede probar el fin de semana", "libro de mantenimiento"],
        "pt": ["motor perfeito, pneus novos", "98 mil km, ar gelando", "documento em dia", "não aceito troca",
               "test drive no fim de semana", "revisões em concessionária"],
        "fr": ["très bon état, pneus neufs", "112 mille km, clim OK", "contrôle technique OK",
               "pas d'échange, paiement comptant", "essai possible le week-end", "carnet d'entretien à jour"],
        "tl": ["walang sira, bagong gulong", "65k mileage, malamig ang aircon", "complete papers, casa maintained",
               "cash basis lang po", "pwede test drive sa weekend", "no to joyriders"],
    },
    "tutoring": {
        "en": ["first lesson free", "online or at your home", "$35/hour, discounts for packages",
               "10 years teaching experience", "references available on request", "flexible evenings and weekends"],
        "es": ["primera clase gratis", "online o a domicilio", "15€ la hora", "10 años de experiencia",
               "referencias disponibles", "horario flexible tardes y fines de semana"],
        "pt": ["primeira aula grátis", "online ou em domicílio", "R$60 a hora", "10 anos de experiência",
               "referências disponíveis", "horário flexível à noite e fins de semana"],
        "fr": ["premier cours offert", "en ligne ou à domicile", "25 € de l'heure", "10 ans d'expérience",
               "références sur demande", "horaires flexibles soirs et week-ends"],
        "tl": ["libre ang unang session", "online o home service", "350 per hour", "licensed teacher, 5 years experience",
               "may references", "available gabi at weekends"],
    },
    "itjobs": {
        "en": ["3+ years of experience with TypeScript", "competitive salary, 25 days holiday, pension",
               "hybrid: 2 days a week in the office", "we sponsor certifications", "CI/CD, Kubernetes, Terraform",
               "no recruiters please"],
        "es": ["3 años de experiencia con Java o Kotlin", "salario competitivo y teletrabajo parcial",
               "horario flexible, 23 días de vacaciones", "formación continua pagada", "Docker, Kubernetes y AWS",
               "abstenerse empresas de selección"],
        "pt": ["3 anos de experiência com React e Node", "salário compatível + VR + plano de saúde",
               "modelo híbrido, 2 dias no escritório", "auxílio para certificações", "Docker, Kubernetes e AWS",
               "não aceitamos currículos de agências"],
        "fr": ["3 ans d'expérience en Python ou Go", "salaire selon profil, tickets restaurant",
               "télétravail 3 jours par semaine", "formations prises en charge", "Docker, Kubernetes et Terraform",
               "pas de cabinets de recrutement svp"],
        "tl": ["at least 1 year experience sa PHP o JavaScript", "HMO from day 1, 13th month pay", "hybrid, 3 days onsite",
               "fresh grads welcome", "Docker at Git basics", "no agencies po"],
    },
}

EMAIL_CUES = {
    "en": ["email:", "Email me:", "E-mail -", "mail:", "✉️", "📧", "contact:", "write to", "send pics to",
           "Bookings:", "EMAIL ➡️", "inquiries:"],
    "es": ["correo:", "email:", "escríbeme a", "mi correo es", "📧", "contacto:", "mándame un mail a", "e-mail:"],
    "pt": ["e-mail:", "email:", "me manda email:", "meu email é", "📧", "contato:", "escreve pra", "mail:"],
    "fr": ["email :", "mail :", "écris-moi à", "mon mail :", "📧", "contact :", "courriel :", "e-mail:"],
    "tl": ["email:", "mag-email sa", "email ko:", "📧", "pm or email:", "contact:", "i-email lang sa", "e-mail po:"],
}
# Trailing punctuation: the address is followed (and sometimes preceded) by punctuation.
TRAIL = {
    "en": ["reach me at {a}.", "({c} {a})", "{c} {a}!!", "{c} {a}, or text", "{c} &lt;{a}&gt;", "write me: {a}; no spam",
           "details at {a}...", "[{a}]"],
    "es": ["escríbeme a {a}.", "({c} {a})", "{c} {a}!!", "{c} {a}, o WhatsApp", "{c} &lt;{a}&gt;", "info en {a}..."],
    "pt": ["me escreve em {a}.", "({c} {a})", "{c} {a}!!", "{c} {a}, ou zap", "{c} &lt;{a}&gt;", "info no {a}..."],
    "fr": ["écris-moi sur {a}.", "({c} {a})", "{c} {a} !!", "{c} {a}, ou SMS", "{c} &lt;{a}&gt;", "infos sur {a}..."],
    "tl": ["email lang sa {a}.", "({c} {a})", "{c} {a}!!", "{c} {a}, or text po", "{c} &lt;{a}&gt;", "pm sa {a}..."],
}
GLUE = {  # {C} a glued cue, {a} the address, {p} a phone
    "phone": ["email:{a}|text {p}", "EMAIL:{a}📞{p}", "✉️{a}|☎️{p}", "mail:{a};WA {p}", "📧{a}|📱{p}",
              "E-MAIL➡️{a}|CALL➡️{p}"],
    "none": ["✉️{a}💋", "📧{a}✨", "EMAIL➡️{a}⬅️", "💌{a}💌", "mail:{a}|", "✉️:{a}🔥"],
}
OBF = {
    "obf_bracket": ["{l} [at] {d} [dot] {t}", "{l}[at]{d}[dot]{t}", "{l} [at] {d}.{t}", "{l}[at]{d}.{t}"],
    "obf_paren": ["{l}(at){d}(dot){t}", "{l} (at) {d} (dot) {t}", "{l}(at){d}.{t}", "{l} (at) {d}.{t}"],
    "obf_brace": ["{l} {{at}} {d} {{dot}} {t}", "{l}{{at}}{d}{{dot}}{t}"],
    "obf_words": ["{l} at {d} dot {t}", "{l} at {d} dot {t}"],
    "obf_caps_words": ["{l} AT {d} DOT {t}", "{l} AT {D} DOT {T}"],
    "spaced": ["{l} @ {d} . {t}", "{l} @ {d}.{t}", "{l}@ {d}.{t}", "{l} @{d}.{t}"],
    "html_entity": ["{l}&#64;{d}.{t}", "{l}&#x40;{d}.{t}", "{l}&#64;{d}&#46;{t}", "{l}&#X40;{d}.{t}"],
}
LANG_OBF = {
    "es": ["{l} arroba {d} punto {t}", "{l}(arroba){d}.{t}", "{l} [arroba] {d} [punto] {t}", "{l} ARROBA {d} PUNTO {t}"],
    "pt": ["{l} arroba {d} ponto {t}", "{l} (arroba) {d} (ponto) {t}", "{l}[arroba]{d}.{t}", "{l} ARROBA {d} PONTO {t}"],
    "fr": ["{l} arobase {d} point {t}", "{l}(arobase){d}.{t}", "{l} [arobase] {d} [point] {t}", "{l} AROBASE {d} POINT {t}"],
}
MAILTO = ['<a href="mailto:{a}">{a}</a>', '<a href="mailto:{a}">Email me</a>', "mailto:{a}",
          "[mailto:{a}]", "&lt;a href=&quot;mailto:{a}&quot;&gt;email&lt;/a&gt;",
          '<a class="mail" href="mailto:{a}">{a}</a>']
HR = {
    "en": ["Apply with your CV to {a}", "Questions: {a}", "Send your CV and cover letter to {a}",
           "Applications to {a} by Friday", "Recruiting team: {a}", "CVs only to {a} please"],
    "es": ["Envía tu CV a {a}", "Candidaturas: {a}", "Dudas: {a}", "Manda tu currículum a {a}"],
    "pt": ["Envie seu currículo para {a}", "Dúvidas: {a}", "Candidaturas: {a}", "Mande o CV para {a}"],
    "fr": ["Envoyez votre CV à {a}", "Candidatures : {a}", "Questions : {a}", "CV et lettre à {a}"],
    "tl": ["Ipadala ang resume sa {a}", "Email your CV: {a}", "Para sa tanong: {a}", "Send CV po sa {a}"],
}
FOOTER = {
    "en": ["— {S} · Report abuse: {a} · Terms · Privacy", "Posted via {S} | Help: {a} | © 2021",
           "{S} © 2019 — questions? {a}", "Flag this ad | {S} support {a}"],
    "es": ["— {S} · Denunciar anuncio: {a} · Aviso legal", "Publicado en {S} | Ayuda: {a}"],
    "pt": ["— {S} · Denunciar: {a} · Termos", "Publicado no {S} | Ajuda: {a}"],
    "fr": ["— {S} · Signaler un abus : {a} · CGU", "Publié sur {S} | Aide : {a}"],
    "tl": ["— {S} · Report: {a} · Terms", "Posted sa {S} | Help: {a}"],
}

PHONE_CUES = {
    "en": ["text {p}", "call/text {p}", "📱 {p}", "WhatsApp {p}", "TXT ONLY {p}", "Tel: {p}", "☎️ {p}", "Call me {p}"],
    "es": ["WhatsApp {p}", "llámame al {p}", "tel. {p}", "📱 {p}"],
    "pt": ["zap {p}", "WhatsApp: {p}", "liga {p}", "📱 {p}"],
    "fr": ["tél : {p}", "appelle-moi au {p}", "SMS {p}", "📱 {p}"],
    "tl": ["text lang {p}", "viber/whatsapp {p}", "cp: {p}", "📱 {p}"],
}

# Handles: (template, platform). {h} is the account as written.
HANDLE_AT = {
    "en": [("IG: @{h}", "instagram"), ("@{h} on IG", "instagram"), ("@{h} on Telegram", "telegram"),
           ("Telegram: @{h}", "telegram"), ("follow @{h} on insta", "instagram"), ("snap @{h}", "snapchat")],
    "es": [("IG: @{h}", "instagram"), ("@{h} en insta", "instagram"), ("@{h} en Telegram", "telegram"),
           ("Telegram: @{h}", "telegram")],
    "pt": [("insta: @{h}", "instagram"), ("@{h} no insta", "instagram"), ("@{h} no Telegram", "telegram"),
           ("TG: @{h}", "telegram")],
    "fr": [("insta : @{h}", "instagram"), ("@{h} sur insta", "instagram"), ("@{h} sur Telegram", "telegram"),
           ("Telegram : @{h}", "telegram")],
    "tl": [("IG ko: @{h}", "instagram"), ("@{h} sa IG", "instagram"), ("@{h} sa Telegram", "telegram"),
           ("TG: @{h}", "telegram")],
}
HANDLE_PLAIN = [("snap: {h}", "snapchat", None), ("https://instagram.com/{h}", "instagram", "instagram.com/{h}"),
                ("SC - {h}", "snapchat", None), ("t.me/{h}", "telegram", "t.me/{h}")]

# Own websites (URL label is the normal form; {dom} a brand domain).
URL_FORMS = ["www.{dom}/{path}", "https://{dom}/{path}", "WWW.{DOM}", "https://www.{dom}/{path}/", "http://{dom}"]
URL_PATHS = {"dev": ["gallery", "rates", "apply", "photos", "booking"], "heldout": ["pics", "menu", "jobs", "about", "book"]}

DECOYS = {
    "placeholder": {
        "en": ["Enter your e-mail (e.g. {P}) below", "don't write to {P} lol, use the real one", "Subscribe: [{P}] [OK]",
               "Form: name / phone / {P}", "Example: {P}", "Email field: {P} (fill in)"],
        "es": ["Escribe tu correo (ej. {P})", "Formato: {P}", "Boletín: [{P}] [Suscribir]", "Ejemplo: {P}"],
        "pt": ["Digite seu e-mail (ex: {P})", "Formato: {P}", "Newsletter: [{P}] [Assinar]", "Exemplo: {P}"],
        "fr": ["Votre e-mail (ex : {P})", "Format : {P}", "Newsletter : [{P}] [OK]", "Exemple : {P}"],
        "tl": ["Ilagay ang email (hal. {P})", "Format: {P}", "Subscribe: [{P}] [OK]", "Halimbawa: {P}"],
    },
    "at_place": {
        "en": ["meet me @ the hotel bar", "@ the Hilton lobby 🍸", "see u @home tonight", "dinner @ the marina first?",
               "parking @ the back entrance", "I'm staying @ the airport inn"],
        "es": ["nos vemos @ el hotel", "estoy @ la zona centro", "te espero @ mi depa", "cena @ la terraza"],
        "pt": ["te espero @ o flat", "estou @ zona sul", "encontro @ o hotel", "jantar @ a orla"],
        "fr": ["rdv @ l'hôtel", "je suis @ la gare", "on se voit @ chez moi", "dîner @ le port"],
        "tl": ["kita tayo @ the mall", "nasa @ condo ako", "meet @ the lobby po", "sunduin kita @ terminal"],
    },
    "at_price": {
        "en": ["$200@hr", "2@150 specials", "150@30min", "3@$100 Tuesdays", "$80@half", "donation 250@1hr"],
        "es": ["2@1500 promo", "800@media hora", "1500@hora", "3@2000"],
        "pt": ["2@300 promoção", "150@meia hora", "250@hora", "3@500"],
        "fr": ["2@300 promo", "150@30min", "250@1h", "3@400"],
        "tl": ["2@5k promo", "3k@1hr", "1.5k@30min", "3@7k"],
    },
    "at_time": {
        "en": ["@9pm", "open @ 10am", "last call @11:30pm", "@ midnight", "from @8 tonight", "@ noon"],
        "es": ["@ las 9", "desde @21h", "@medianoche", "abierto @ 10h"],
        "pt": ["@ 20h", "a partir @ 19h", "@meia-noite", "abre @ 10h"],
        "fr": ["@ 21h", "dès @20h", "@ minuit", "ouvert @ 10h"],
        "tl": ["@ 7pm po", "open @ 9am", "@ midnight", "mga @10pm"],
    },
    "asset_name": {"*": ['<img src="/img/logo@2x.png">', "[banner@3x.jpg]", '<img src="/static/icons/phone@2x.webp" alt="">',
                         "photo_01@2x.jpeg", '<img src="/assets/verified@2x.png">', "[thumb@1.5x.jpg]"]},
    "localhost": {"*": ["Mail delivery failed: root@localhost", "(sent by www-data@localhost)", "admin@localhost",
                        "postmaster@localhost: no such user", "From: nobody@localhost", "cron@localhost"]},
    "css_at_rule": {"*": ["@media (max-width:600px){.post-body{font-size:14px}}", "@import url(/css/site.css);",
                          "@font-face{font-family:Lato}", "@keyframes pulse{from{opacity:1}to{opacity:.5}}",
                          "@media screen{.ad-title{color:#c00}}", "@charset \"utf-8\";"]},
    "no_domain": {
        "en": ["my email is {l}@ (ask for the rest)", "mail: {l}@", "email {l}@ ... pm me", "{l}@ — full address after screening"],
        "es": ["mi correo es {l}@ (pídeme el resto)", "correo: {l}@"],
        "pt": ["meu email é {l}@ (peça o resto)", "email: {l}@"],
        "fr": ["mon mail c'est {l}@ (demande la suite)", "mail : {l}@"],
        "tl": ["email ko {l}@ (pm for the rest)", "email: {l}@"],
    },
    "cf_protected": {"*": ["Email: [email&#160;protected]", "[email protected]", "contact [email&#160;protected]",
                           "✉️ [email protected]"]},
    "freemail_word": {
        "en": ["email me on gmail", "ask for my gmail", "hit me up on gmail or hotmail", "no yahoo, gmail only",
               "outlook invites ok", "protonmail users welcome"],
        "es": ["mándame un gmail", "pide mi hotmail", "tengo gmail y outlook", "por yahoo no"],
        "pt": ["me chama no gmail", "peça meu hotmail", "tenho gmail e outlook", "yahoo não"],
        "fr": ["écris-moi sur gmail", "demande mon hotmail", "j'ai gmail et outlook", "pas de yahoo"],
        "tl": ["pm for gmail", "sa gmail na lang po", "may hotmail din ako", "yahoo hindi na gamit"],
    },
    "at_dot_prose": {
        "en": ["look at the pics, dot your i's", "be here at 9 on the dot", "at my place, polka dot lingerie",
               "pick up at noon, on the dot", "at the door at ten, on the dot", "see you at 8, dot the i's"],
        "es": ["llega a las 9 en punto", "a las 10 en punto, ni un minuto tarde", "cita a las 8 en punto"],
        "pt": ["chega às 20h em ponto", "às 9 em ponto, sem atraso", "horário em ponto"],
        "fr": ["à 21h pile, point barre", "rdv à 20h, point", "à l'heure, point final"],
        "tl": ["at 7pm on the dot po", "dumating at exactly 9, on the dot", "sharp at 8, on the dot"],
    },
    "version_string": {"*": ["node@20.11.1", "react@18.2.0", "python@3.12", "typescript@5.4.2", "spring-boot@3.2.1",
                             "pnpm@8.15.4", "vue@3.4.21", "eslint@8.57.0"]},
}
PLACEHOLDERS = {
    "en": ["your@email.com", "yourname@example.com", "name@email.com", "email@domain.com", "you@yourmail.com",
           "xxx@xxx.com"],
    "es": ["tucorreo@correo.com", "tunombre@ejemplo.com", "tu@email.com", "correo@dominio.com"],
    "pt": ["seuemail@exemplo.com", "seunome@email.com", "voce@email.com", "email@dominio.com.br"],
    "fr": ["votre@email.fr", "prenom.nom@exemple.fr", "vous@email.com", "nom@domaine.fr"],
    "tl": ["yourname@example.com", "pangalan@email.com", "ikaw@email.com", "your@email.com"],
}
PLACEHOLDER_LOCALS = {"your", "yourname", "name", "email", "you", "xxx", "tucorreo", "tunombre", "tu", "correo",
                      "seuemail", "seunome", "voce", "votre", "prenom.nom", "vous", "nom", "pangalan", "ikaw"}
# An address written inside a URL query (raw `@` or `%40`): labelled as an e-mail AND the URL is labelled.
URL_QUERY_RATE = {"escort": 0.05, "massage": 0.05, "recruitment": 0.2, "control": 0.25}
EMAIL_IN_URL = ["https://www.{site}/reply?ad={n}&to={a}", "https://{site}/contact?email={A}",
                "http://{site}/apply?ref=ad{n}&mail={a}", "https://www.{site}/share?to={A}&src=ad"]

WEIGHTS = {
    "escort": {"forms": {"plain": 3, "caps": 2, "trailing_punct": 2, "glued": 2, "obf_bracket": 2, "obf_paren": 2,
                         "obf_brace": 1, "obf_words": 2, "obf_caps_words": 1.5, "spaced": 1.5, "lang_word": 7,
                         "html_entity": 1, "mailto": 1},
               "decoys": {"placeholder": 0.5, "at_handle": 3, "at_place": 3, "at_price": 3, "at_time": 3,
                          "asset_name": 1, "localhost": 0.5, "css_at_rule": 1, "no_domain": 2, "cf_protected": 1.5,
                          "freemail_word": 2, "at_dot_prose": 2}},
    "massage": {"forms": {"plain": 3, "caps": 2, "trailing_punct": 2, "glued": 1, "obf_bracket": 1, "obf_paren": 1,
                          "obf_brace": 0.5, "obf_words": 1, "obf_caps_words": 0.5, "spaced": 1, "lang_word": 5,
                          "html_entity": 1.5, "mailto": 2},
                "decoys": {"placeholder": 1, "at_handle": 1, "at_place": 1, "at_price": 2, "at_time": 3,
                           "asset_name": 2, "localhost": 0.5, "css_at_rule": 2, "no_domain": 1, "cf_protected": 1,
                           "freemail_word": 1, "at_dot_prose": 1}},
    "recruitment": {"forms": {"plain": 3, "caps": 1, "trailing_punct": 2, "glued": 2, "obf_bracket": 1, "obf_paren": 1,
                              "obf_brace": 0.5, "obf_words": 1, "obf_caps_words": 0.5, "spaced": 1, "lang_word": 5,
                              "html_entity": 1, "mailto": 1, "hr_company": 3},
                    "decoys": {"placeholder": 3, "at_handle": 1, "at_place": 0.5, "at_time": 1, "asset_name": 1,
                               "localhost": 1, "css_at_rule": 1, "no_domain": 1, "cf_protected": 2,
                               "freemail_word": 2, "at_dot_prose": 1}},
    "control": {"forms": {"plain": 4, "caps": 1, "trailing_punct": 3, "glued": 0.5, "obf_bracket": 1, "obf_paren": 0.5,
                          "obf_words": 1, "spaced": 0.5, "lang_word": 3, "html_entity": 1, "mailto": 2},
                "decoys": {"placeholder": 3, "at_place": 1, "at_time": 1, "asset_name": 2,
                           "localhost": 1.5, "css_at_rule": 2, "no_domain": 1, "cf_protected": 1, "freemail_word": 1,
                           "at_dot_prose": 1}},
}

JOIN_STYLES = ["\n", " ", "<br>", " | ", "<br/>\n", " ✨ ", "&nbsp;&nbsp;", " • ", "\n\n", " 💋 "]
EMOJI_TAIL = ["😘", "💋", "🔥", "✨", "💕", "😍", "🌹", "💦", "👅", "⭐"]


# --------------------------------------------------------------------------------------------
# Context and pieces
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, used, split):
        self.rng, self.used, self.split = rng, used, split

    def pick(self, bank):
        return self.rng.choice(half(bank, self.split))

    def wpick(self, weights):
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]


class Piece:
    """Text plus the spans and hard negatives inside it (raw substrings of text)."""

    def __init__(self, text, spans=(), negs=(), can_upper=True, tag="line"):
        self.text, self.spans, self.negs, self.can_upper, self.tag = text, list(spans), list(negs), can_upper, tag

    def upper(self):
        if not self.can_upper or "&" in self.text or "<" in self.text:
            return self
        return Piece(self.text.upper(), [dict(s, raw=s["raw"].upper()) for s in self.spans],
                     [dict(n, raw=n["raw"].upper()) for n in self.negs], True, self.tag)


def span(kind, value, raw, form, platform=None):
    return {"kind": kind, "platform": platform, "value": value, "raw": raw, "form": form}


def invent(rng):
    """An invented lower-case word of two or three syllables (zorvi, kamelu): no real person's name."""
    return "".join(rng.choice(SYL_C) + rng.choice(SYL_V) for _ in range(rng.choice([2, 3]))) + \
        rng.choice(["", "", "x", "n", "q"])


def claim(ctx, value):
    if value in ctx.used:
        return False
    ctx.used.add(value)
    return True


# --------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------

# Made-up numbers that are valid in libphonenumber's metadata: (E.164 prefix, random digits after it).
PHONE_RANGES = {"GB": [("+44791112", 4), ("+4474001", 5)], "FR": [("+3361234", 4), ("+3378123", 4)],
                "AU": [("+61412345", 3)], "ES": [("+3461234", 4)], "MX": [("+52551234", 4)],
                "BR": [("+551191234", 4)], "PH": [("+63917123", 4)]}


def new_phone(ctx, country, area=None):
    for _ in range(1000):
        if country == "NANP":
            a = area or ctx.rng.choice(NANP_SPARE)
            e = f"+1{a}55501{ctx.rng.randint(0, 99):02d}"
        else:
            pre, k = ctx.rng.choice(PHONE_RANGES[country])
            e = f"{pre}{ctx.rng.randint(0, 10 ** k - 1):0{k}d}"
        if claim(ctx, e):
            return e
    raise RuntimeError("phone space exhausted")


def fmt_phone(ctx, e, intl):
    r = ctx.rng
    n = e[3:]
    if e.startswith("+1"):
        a, x, y = e[2:5], e[5:8], e[8:]
        nat = [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"{a}{x}{y}", f"1-{a}-{x}-{y}"]
        inter = [f"+1 {a} {x} {y}", f"+1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}"]
    elif e.startswith("+44"):
        nat = [f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]}-{n[4:]}"]
        inter = [f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"+44 (0){n[:4]} {n[4:]}"]
    elif e.startswith("+61"):
        nat = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}"]
        inter = [f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"]
    elif e.startswith("+33"):
        p = [n[1:3], n[3:5], n[5:7], n[7:9]]
        nat = [f"0{n[0]} {' '.join(p)}", f"0{n[0]}.{'.'.join(p)}", f"0{n}"]
        inter = [f"+33 {n[0]} {' '.join(p)}", f"+33{n}", f"+33 (0){n[0]} {' '.join(p)}"]
    elif e.startswith("+34"):
        nat = [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n]
        inter = [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34{n}"]
    elif e.startswith("+52"):
        nat = [f"{n[:2]} {n[2:6]} {n[6:]}", f"({n[:2]}) {n[2:6]}-{n[6:]}", f"{n[:2]}-{n[2:6]}-{n[6:]}"]
        inter = [f"+52 {n[:2]} {n[2:6]} {n[6:]}", f"+52{n}", f"+52 ({n[:2]}) {n[2:6]}-{n[6:]}"]
    elif e.startswith("+55"):
        nat = [f"({n[:2]}) {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]}-{n[7:]}", f"({n[:2]}) {n[2:7]} {n[7:]}"]
        inter = [f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"+55 ({n[:2]}) {n[2:7]}-{n[7:]}", f"+55{n}"]
    else:  # +63
        nat = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
        inter = [f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"+63{n}", f"+63 {n[:3]}-{n[3:6]}-{n[6:]}"]
    return r.choice(inter if intl else nat)


def ad_phone(ctx, ad):
    """(e164, written) for the ad's country; international writing where the region gives no national reading."""
    c = ad["_pcountry"]
    e = new_phone(ctx, c, ad.get("_area"))
    intl = ad["_intl_only"] or ctx.rng.random() < 0.25
    return e, fmt_phone(ctx, e, intl)


def phone_piece(ctx, ad):
    e, w = ad_phone(ctx, ad)
    t = ctx.pick(PHONE_CUES[ad["lang"]]).format(p=w)
    return Piece(t, [span("phone", e, w, "intl" if w.startswith("+") else "national")])


# --------------------------------------------------------------------------------------------
# E-mail addresses
# --------------------------------------------------------------------------------------------

def rand_case(ctx, local):
    """Display casing of an invented local part: as is, Capitalised segments, or ALL CAPS."""
    r = ctx.rng.random()
    if r < 0.6:
        return local
    if r < 0.9:
        return re.sub(r"[a-z]+", lambda m: m.group(0).capitalize(), local)
    return local.upper()


def new_address(ctx, ad, kind):
    """An unused address (lower-case value) for the ad. kind: persona|person|spa|recruiter|hr|footer|brand."""
    r, sp = ctx.rng, ctx.split
    for _ in range(500):
        d2 = f"{r.randint(1, 99):02d}"
        iv = invent(r)
        if kind == "persona":
            n = ascii_fold(ad["_persona"]).lower()
            w = r.choice(LOCAL_WORDS[sp])
            local = r.choice([f"{n}.{iv}{d2}", f"{n}_{iv}", f"{w}{n}.{iv}", f"{n}{iv}{d2}", f"{n}.{w}.{iv}",
                              f"{iv}{n}{r.randint(1, 9)}", f"{n}_{w}{iv}"])
            dom = r.choices(FREEMAIL, FREEMAIL_W)[0] if r.random() < 0.85 or ad["category"] != "escort" else \
                f"{n}-{w}{iv}.{region_tld(ad['_region'], r.choice(GTLDS))}"
        elif kind == "person":
            f, s = r.choice(FIRST[sp]), r.choice(SURNAME[sp])
            local = r.choice([f"{f}.{iv}{d2}", f"{f}{iv}", f"{f}_{iv}", f"{iv}.{f}{d2}", f"{f}.{s}.{iv}"])
            dom = r.choices(FREEMAIL, FREEMAIL_W)[0]
        elif kind == "spa":
            name, dom0 = ad["_spa"]
            if r.random() < 0.6:
                local, dom = r.choice(SPA_LOCALS[sp]), dom0
            else:
                local, dom = dom0.split(".")[0].replace("-", "") + "." + iv, r.choices(FREEMAIL, FREEMAIL_W)[0]
        elif kind == "recruiter":
            name, dom0 = ad["_agency"]
            if r.random() < 0.7:
                base = dom0.split(".")[0].split("-")[0]
                local = r.choice([f"{iv}.{r.choice(RECRUITER_SUFFIX[sp])}", f"{r.choice(FIRST[sp])}.{iv}{d2}",
                                  f"{base}{r.choice(RECRUITER_SUFFIX[sp])}.{iv}"])
                dom = r.choices(FREEMAIL, FREEMAIL_W)[0]
            else:
                local, dom = r.choice(FIRST[sp]) + "." + r.choice(SURNAME[sp]), dom0
        elif kind == "hr":
            local, dom = r.choice(HR_LOCALS[sp]), ad["_company"][1]
        elif kind == "footer":
            local, dom = r.choice(FOOTER_LOCALS[sp]), ad["_site"][1]
        else:  # brand: a dealer / tutor / landlord business
            local, dom = r.choice(BRAND_LOCALS[ad["lang"]]), ad["_dealer"][1]
        value = f"{local}@{dom}"
        if dom not in FREEMAIL:
            # a shared mailbox may recur in its own split (same company), never in the other split
            owner = ctx.used_mailboxes.get(value)
            if owner is None:
                if value in ctx.used:
                    continue
                ctx.used.add(value)
                ctx.used_mailboxes[value] = sp
                return value
            if owner == sp:
                return value
            continue
        if claim(ctx, value):
            return value
    raise RuntimeError("address space exhausted")


def fill_obf(tpl, shown, d, t):
    """Fill a disguise template; the dots inside a multi-label domain (x.co.uk) get the same disguise as the last."""
    sep = re.search(r"\{[dD]\}(.*?)\{[tT]\}", tpl).group(1).replace("{{", "{").replace("}}", "}")
    d = d.replace(".", sep)
    return tpl.format(l=shown, d=d, t=t, D=d.upper(), T=t.upper())


def render_address(ctx, value, form, lang):
    """The address as written in `form` (without any cue)."""
    local, dom = value.split("@")
    d, t = dom.rsplit(".", 1)
    shown = rand_case(ctx, local)
    if form == "caps":
        return value.upper()
    if form in OBF:
        return fill_obf(ctx.pick(OBF[form]), shown, d, t)
    if form == "lang_word":
        return fill_obf(ctx.pick(LANG_OBF[lang]), shown, d, t)
    return f"{shown}@{dom.capitalize()}" if ctx.rng.random() < 0.1 else f"{shown}@{dom}"


def email_piece(ctx, ad, form, value, phone=None):
    lang = ad["lang"]
    cue = ctx.pick(EMAIL_CUES[lang])
    spans = []
    if form in ("plain", "caps") or form in OBF or form == "lang_word":
        a = render_address(ctx, value, form, lang)
        if form in ("obf_words", "obf_caps_words", "lang_word", "spaced") and cue.rstrip().lower().endswith(
                (" a", " à", " sa", " pra", " to")):
            cue = "📧"
        text = f"{cue} {a}" if ctx.rng.random() < 0.85 else a
        spans.append(span("email", value, a, form))
        return Piece(text, spans, can_upper=form in ("plain", "caps"), tag="email")
    if form == "trailing_punct":
        a = render_address(ctx, value, "plain", lang)
        tpl = ctx.pick(TRAIL[lang])
        text = tpl.format(c=cue, a=a)
        i = text.index(a)
        raw = text[i:i + len(a) + 1] if i + len(a) < len(text) else a
        return Piece(text, [span("email", value, raw, form)], can_upper=False, tag="email")
    if form == "glued":
        a = render_address(ctx, value, "plain", lang)
        if phone:
            e, w = phone
            text = ctx.pick(GLUE["phone"]).format(a=a, p=w)
            return Piece(text, [span("email", value, text, form),
                                span("phone", e, w, "glued_email")], can_upper=False, tag="email")
        text = ctx.pick(GLUE["none"]).format(a=a)
        return Piece(text, [span("email", value, text, form)], can_upper=False, tag="email")
    if form == "mailto":
        a = render_address(ctx, value, "plain", lang)
        text = ctx.pick(MAILTO).format(a=a)
        i = text.index("mailto:")
        raw = text[i:i + len("mailto:") + len(a)]
        spans = [span("email", value, raw, form)]
        if text.count(a) > 1:  # the link text repeats the address: one more span (same value)
            spans.append(span("email", value, ">" + a + "<", "mailto_text"))
        return Piece(text, spans, can_upper=False, tag="email")
    if form == "hr_company":
        a = render_address(ctx, value, "plain", lang)
        text = ctx.pick(HR[lang]).format(a=a)
        return Piece(text, [span("email", value, a, form)], can_upper=False, tag="email")
    raise ValueError(form)


def footer_piece(ctx, ad, value):
    name, dom = ad["_site"]
    text = ctx.pick(FOOTER[ad["lang"]]).format(S=name, a=value)
    return Piece(text, [span("email", value, value, "footer")], can_upper=False, tag="footer")


# --------------------------------------------------------------------------------------------
# Handles, URLs, decoys
# --------------------------------------------------------------------------------------------

def new_handle(ctx, ad):
    r = ctx.rng
    for _ in range(500):
        base = ascii_fold(ad.get("_persona") or r.choice(FIRST[ctx.split])).lower()
        w = r.choice(HANDLE_WORDS[ctx.split])
        iv = invent(r)
        h = r.choice([f"{base}_{iv}", f"{base}.{w}{iv}", f"{iv}_{base}{r.randint(1, 9)}",
                      f"{base}{iv}{r.randint(10, 99)}", f"{w}.{iv}"])
        if claim(ctx, ("handle", h)):
            return h
    raise RuntimeError("handle space exhausted")


def handle_piece(ctx, ad, with_at):
    h = new_handle(ctx, ad)
    shown = h if ctx.rng.random() < 0.7 else re.sub(r"[a-z]+", lambda m: m.group(0).capitalize(), h, count=1)
    if with_at:
        tpl, plat = ctx.pick(HANDLE_AT[ad["lang"]])
        text = tpl.format(h=shown)
        return Piece(text, [span("handle", h, text, "name_first" if text.startswith("@") else "cue_at", plat)],
                     [{"kind": "at_handle", "raw": text}], tag="handle")
    tpl, plat, url = ctx.rng.choice(HANDLE_PLAIN)
    text = tpl.format(h=shown)
    spans = [span("handle", h, text, "profile_url" if url else "cue_colon", plat)]
    if url:
        spans.append(span("url", url.format(h=h), text, "profile_url"))
    return Piece(text, spans, tag="handle")


def url_piece(ctx, ad, dom):
    path = ctx.rng.choice(URL_PATHS[ctx.split])
    tpl = ctx.rng.choice(URL_FORMS)
    text = tpl.format(dom=dom, DOM=dom.upper(), path=path)
    value = dom if "{path}" not in tpl else f"{dom}/{path}"
    return Piece(text, [span("url", value, text, "website")], can_upper=False, tag="url")


def decoy_piece(ctx, ad, kind):
    lang, r = ad["lang"], ctx.rng
    if kind == "at_handle":
        return handle_piece(ctx, ad, True)
    if kind == "placeholder":
        p = ctx.pick(PLACEHOLDERS[lang])
        text = ctx.pick(DECOYS[kind][lang]).format(P=p)
        return Piece(text, negs=[{"kind": kind, "raw": p}], tag="decoy")
    if kind == "no_domain":
        for _ in range(100):
            base = ascii_fold(ad.get("_persona") or r.choice(FIRST[ctx.split])).lower()
            l = f"{base}.{invent(r)}{r.randint(1, 99)}"
            if claim(ctx, ("nodomain", l)):
                break
        text = ctx.pick(DECOYS[kind][lang]).format(l=l)
        return Piece(text, negs=[{"kind": kind, "raw": f"{l}@"}], can_upper=False, tag="decoy")
    bank = DECOYS[kind]
    text = ctx.pick(bank["*"] if "*" in bank else bank[lang])
    up = kind in ("at_place", "at_time", "at_price", "freemail_word", "at_dot_prose")
    return Piece(text, negs=[{"kind": kind, "raw": text}], can_upper=up, tag="decoy")


def url_query_piece(ctx, ad):
    """A URL whose query carries an address: the URL (normal form, query kept) and the address written
    in it (decoded from `%40`, lower case) are both labelled."""
    r, lang = ctx.rng, ad["lang"]
    name, site = ad["_site"]
    a = new_address(ctx, ad, "person")
    tpl = ctx.pick(EMAIL_IN_URL)
    n = r.randint(1000, 9999)
    written = tpl.format(site=site, a=a, A=a.replace("@", "%40"), n=n)
    value = written.lower()
    for s in ("https://", "http://"):
        if value.startswith(s):
            value = value[len(s):]
    if value.startswith("www."):
        value = value[4:]
    raw = a if "{a}" in tpl else a.replace("@", "%40")
    cue = ctx.pick({"en": ["reply here:", "apply:", "link:"], "es": ["responder:", "postula aquí:"],
                    "pt": ["responder:", "inscrição:"], "fr": ["répondre :", "postuler :"],
                    "tl": ["reply dito:", "apply dito:"]}[lang])
    return Piece(f"{cue} {written}", [span("url", value, written, "email_query"), span("email", a, raw, "url_query")],
                 can_upper=False, tag="email")


# --------------------------------------------------------------------------------------------
# Ads
# --------------------------------------------------------------------------------------------

def quota(pairs, n):
    total = sum(w for _, w in pairs)
    counts = [int(n * w / total) for _, w in pairs]
    i = 0
    while sum(counts) < n:
        counts[i % len(counts)] += 1
        i += 1
    return [k for (k, _), c in zip(pairs, counts) for _ in range(c)]


def choose_place(ctx, lang, cat):
    r = ctx.rng
    if lang == "en":
        region = r.choices(["US", "GB", "CA", "AU", "PH"], [40, 20, 15, 15, 10])[0]
    elif lang == "es":
        region = r.choice(["ES", "MX"])
    elif lang == "pt":
        region = "BR"
    elif lang == "fr":
        region = "CA" if r.random() < 0.2 else "FR"
    else:
        region = "PH"
    key = "CAfr" if (region == "CA" and lang == "fr") else region
    loc, area = r.choice(PLACES[key])
    return region, loc, area


def build_ad(ctx, split, idx, cat, lang):
    r = ctx.rng
    region, loc, area = choose_place(ctx, lang, cat)
    pc = {"US": "NANP", "CA": "NANP"}.get(region, region)
    ad = {"category": cat, "lang": lang, "_pcountry": pc, "_area": area if pc == "NANP" else None,
          "_intl_only": False, "_region": region}
    show_region, show_loc = region, loc
    u = r.random()
    if u < 0.08:
        show_region = None
        # US, CA, GB, AU, FR: national writing only where `region` gives the country. ES, MX, BR, PH:
        # the post's `location` (always shown when `region` is not) is in the country, so national
        # writing stays allowed there.
        ad["_intl_only"] = region not in ("ES", "MX", "BR", "PH")
    elif u < 0.16:
        show_loc = None
    ad["_persona"] = r.choice(PERSONAS[ctx.split][lang])
    ad["_spa"] = brand_domain(r.choice(SPAS[ctx.split]), region)
    ad["_agency"] = brand_domain(r.choice(AGENCIES[ctx.split]), region)
    ad["_company"] = brand_domain(r.choice(COMPANIES[ctx.split]), region)
    ad["_dealer"] = brand_domain(DEALERS[ctx.split][cat], region) if cat in DEALERS[ctx.split] else ("", "")
    ad["_site"] = brand_domain(r.choice(SITES[ctx.split]), region)
    abroad = r.choice(ABROAD[ctx.split])
    if lang in ("es", "pt", "fr") and abroad in ABROAD_NAMES:
        abroad = ABROAD_NAMES[abroad][("es", "pt", "fr").index(lang)]
    city = (loc or "").split(",")[0].replace(" NSW", "").replace(" VIC", "").replace(" QLD", "").replace(" WA", "")

    wkey = cat if cat in ("escort", "massage", "recruitment") else "control"
    W = WEIGHTS[wkey]
    pieces = []
    # filler
    lines = half(LINES[cat][lang], ctx.split)
    for t in r.sample(lines, min(len(lines), r.randint(2, 4))):
        pieces.append(Piece(t))
    # e-mails
    n_e = r.choice([0, 1, 1, 1, 2, 2, 2, 3, 3])
    has_footer = r.random() < 0.16
    if has_footer and n_e > 0:
        n_e -= 1
    addr_kind = {"escort": "persona", "massage": "spa", "recruitment": "recruiter", "rooms": "person", "cars": "person",
                 "tutoring": "person", "itjobs": "person"}[cat]
    title_extra = None
    values = []
    for k in range(n_e):
        forms = dict(W["forms"])
        if lang not in LANG_OBF:
            forms.pop("lang_word", None)
        if cat == "itjobs":
            forms["hr_company"] = 4
        form = ctx.wpick(forms)
        if form == "hr_company":
            value = new_address(ctx, ad, "hr" if cat == "itjobs" else "recruiter")
            if cat == "recruitment" and not value.endswith(ad["_agency"][1]):
                value = new_address(ctx, dict(ad, _company=ad["_agency"]), "hr")
        elif cat in ("cars", "tutoring", "rooms") and r.random() < 0.25:
            value = new_address(ctx, ad, "brand")
        else:
            value = new_address(ctx, ad, addr_kind)
        values.append(value)
        phone = None
        if form == "glued" and r.random() < 0.75:
            phone = ad_phone(ctx, ad)
        p = email_piece(ctx, ad, form, value, phone)
        if k == 0 and r.random() < 0.1 and form in ("plain", "caps", "glued"):
            title_extra = p
        else:
            pieces.append(p)
    # a repeat of an address in another form (same value, second span)
    if values and r.random() < 0.12:
        v = values[0]
        form = r.choice(["caps", "obf_bracket", "obf_words", "plain"])
        pieces.append(email_piece(ctx, ad, form, v))
    if has_footer:
        fv = new_address(ctx, ad, "footer")
        footer = footer_piece(ctx, ad, fv)
    else:
        footer = None
    # decoys
    n_d = r.choice([0, 1, 1, 2, 2, 2, 3])
    dk = dict(W["decoys"])
    if cat == "itjobs":
        dk["version_string"] = 8
    taken = set()
    for _ in range(n_d):
        kind = ctx.wpick(dk)
        if kind in taken and kind != "at_handle":
            kind = ctx.wpick(dk)
        taken.add(kind)
        pieces.append(decoy_piece(ctx, ad, kind))
    # an address inside a URL query (both the URL and the address are labelled)
    if r.random() < URL_QUERY_RATE[wkey]:
        pieces.append(url_query_piece(ctx, ad))
    # phones, handles, urls
    n_p = r.choice([0, 1, 1, 1, 2]) if cat in ("escort", "massage", "recruitment") else r.choice([0, 0, 1, 1])
    for _ in range(n_p):
        pieces.append(phone_piece(ctx, ad))
    if r.random() < 0.12:
        pieces.append(handle_piece(ctx, ad, False))
    if r.random() < 0.18:
        dom = {"escort": None, "massage": ad["_spa"][1], "recruitment": ad["_agency"][1], "itjobs": ad["_company"][1]}.get(
            cat, ad["_dealer"][1])
        if dom is None:
            n = ascii_fold(ad["_persona"]).lower()
            dom = f"{n}{r.choice(LOCAL_WORDS[ctx.split])}{invent(r)}.{region_tld(region, r.choice(GTLDS))}"
        pieces.append(url_piece(ctx, ad, dom))
    if footer is not None and r.random() < 0.3:
        # a site URL in the footer, next to its support address
        footer = Piece(footer.text + f" · www.{ad['_site'][1]}", footer.spans +
                       [span("url", ad["_site"][1], f"www.{ad['_site'][1]}", "site")], can_upper=False, tag="footer")

    r.shuffle(pieces)
    if footer is not None:
        pieces.append(footer)
    shout = cat == "escort" and r.random() < 0.1
    out = []
    for p in pieces:
        if shout or (p.tag == "line" and r.random() < 0.12):
            p = p.upper()
        if cat in ("escort", "massage") and p.tag == "line" and r.random() < 0.3:
            p = Piece(p.text + " " + r.choice(EMOJI_TAIL) * r.randint(1, 3), p.spans, p.negs, p.can_upper, p.tag)
        if p.tag == "line" and r.random() < 0.1:  # odd spacing inside prose
            p = Piece(p.text.replace(" ", "  ", 1), p.spans, p.negs, p.can_upper, p.tag)
        out.append(p)
    style = r.choice(JOIN_STYLES if cat in ("escort", "massage") else ["\n", " ", "<br>", " | ", "<br/>\n", "\n\n", ". "])
    body_parts, spans, negs = [], [], []
    for p in out:
        body_parts.append(p.text)
        spans += [dict(s, field="body") for s in p.spans]
        negs += [dict(n, field="body") for n in p.negs]
    body = style.join(body_parts)
    # title
    tpl = ctx.pick(TITLES[cat][lang])
    before = tpl.split("{CITY}")[0]
    title = tpl.format(N=ad["_persona"], NU=ad["_persona"].upper(),
                       CITY=city.upper() if before.strip() and before.isupper() else city,
                       SPA=ad["_spa"][0], ABR=abroad, CO=ad["_company"][0])
    if title_extra is not None:
        title = f"{title} - {title_extra.text}"
        spans = [dict(s, field="title") for s in title_extra.spans] + spans
    # labels from spans (first appearance order)
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
    # span key order
    spans = [{"kind": s["kind"], "platform": s["platform"], "value": s["value"], "raw": s["raw"], "form": s["form"],
              "field": s["field"]} for s in spans]
    negs = [{"kind": n["kind"], "raw": n["raw"], "field": n["field"]} for n in negs]
    start = datetime(2015, 1, 1, tzinfo=timezone.utc)
    posted = start + timedelta(seconds=r.randint(0, 10 * 365 * 86400))
    return {"id": f"{PREFIX[split]}-{idx:03d}", "title": title, "body": body, "region": show_region,
            "location": show_loc, "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%SZ"), "lang": lang, "category": cat,
            "labels": labels, "spans": spans, "hard_negatives": negs}


# --------------------------------------------------------------------------------------------
# Lint: every e-mail-, URL- or phone-looking stretch is a labelled span or a hard negative
# --------------------------------------------------------------------------------------------

TRIGGERS = [
    r"@", r"&#[xX]?0*(?:64|40);", r"(?i)mailto", r"(?i)\b(?:arroba|arobase)\b",
    r"(?i)[\[({](?:at|dot|arroba|arobase)[\])}]",
    r"(?i)\bat\b[^\n]{0,40}?\b(?:dot|punto|ponto|point)\b",
    r"(?i)gmail|hotmail|yahoo|outlook|protonmail", r"(?i)\[email",
    r"(?i)https?://|\bwww\.", r"(?i)[a-z0-9-]\.(?:com|net|org|info|biz|example|test|me|ee|ly|io|co|uk|br|fr|es|mx|ph|ca|au)\b",
    r"\+?\d[\d .()-]{7,}\d",
]


def _ranges(text, raws):
    out = []
    for raw in raws:
        i = text.find(raw)
        while i >= 0:
            out.append((i, i + len(raw)))
            i = text.find(raw, i + 1)
    return out


def decode_email(raw):
    """Undo the disguises used here (for the self-check only)."""
    s = html.unescape(html.unescape(raw)).lower().replace("%40", "@")
    s = re.sub(r"\s*[\[({]\s*(?:at|arroba|arobase)\s*[\])}]\s*", "@", s)
    s = re.sub(r"\s*[\[({]\s*(?:dot|punto|ponto|point)\s*[\])}]\s*", ".", s)
    s = re.sub(r"\s+(?:at|arroba|arobase)\s+", "@", s)
    s = re.sub(r"\s+(?:dot|punto|ponto|point)\s+", ".", s)
    s = re.sub(r"\s*@\s*", "@", s)
    s = re.sub(r"\s*\.\s+", ".", s)
    s = re.sub(r"\s+\.\s*", ".", s)
    return s


def lint_ad(ad):
    errs = []
    for f in ("title", "body"):
        text = ad[f]
        pos = [s["raw"] for s in ad["spans"] if s["field"] == f]
        neg = [n["raw"] for n in ad["hard_negatives"] if n["field"] == f]
        for raw in pos + neg:
            if raw not in text:
                errs.append(f"{f}: raw not in text: {raw!r}")
        cover = _ranges(text, pos + neg)
        for pat in TRIGGERS:
            for m in re.finditer(pat, text):
                if not any(a <= m.start() < b for a, b in cover):
                    errs.append(f"{f}: uncovered {m.group(0)!r} at {m.start()}")
        # a cut-off address ("name@") is never followed by something a reader could take for its domain
        for n in ad["hard_negatives"]:
            if n["field"] == f and n["kind"] == "no_domain":
                for a, b in _ranges(text, [n["raw"]]):
                    if re.match(r"\s?[A-Za-z0-9]", text[b:]):
                        errs.append(f"{f}: cut-off address runs into a word: {n['raw']!r}")
        # a hard negative (other than an @handle or an address in a URL) never overlaps a labelled span
        prng = _ranges(text, pos)
        for n in ad["hard_negatives"]:
            if n["field"] != f or n["kind"] == "at_handle":
                continue
            for a, b in _ranges(text, [n["raw"]]):
                if any(a < d and c < b for c, d in prng):
                    errs.append(f"{f}: negative overlaps a span: {n['raw']!r}")
    for s in ad["spans"]:
        if s["kind"] == "email" and s["value"] not in decode_email(s["raw"]):
            errs.append(f"email not recoverable from raw: {s['raw']!r}")
        if s["kind"] == "phone":
            digits = re.sub(r"\D", "", s["raw"])
            nsn = s["value"][2:] if s["value"].startswith("+1") else s["value"][3:]
            if not digits.endswith(nsn):
                errs.append(f"phone digits differ: {s['raw']!r}")
    return errs


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------

RETRIES = Counter()


def generate_all():
    """Both splits, dev first, with one registry of used values. Returns {split: [ad, ...]}."""
    used = set()
    mailboxes = {}
    out = {}
    for split in SPLITS:
        ctx = Ctx(random.Random(SEEDS[split]), used, split)
        ctx.used_mailboxes = mailboxes
        cats, langs = quota(CATEGORIES, SIZES[split]), quota(LANGS, SIZES[split])
        ctx.rng.shuffle(cats)
        ctx.rng.shuffle(langs)
        ads = []
        for i in range(1, SIZES[split] + 1):
            for attempt in range(200):
                ad = build_ad(ctx, split, i, cats[i - 1], langs[i - 1])
                errs = lint_ad(ad)
                if not errs:
                    break
                RETRIES[errs[0].split(":")[0] + ":" + errs[0].split(":")[1][:30]] += 1
            else:
                raise RuntimeError(f"{split} {i}: could not build a clean ad: {errs}")
            ads.append(ad)
        out[split] = ads
    return out


def render(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


def rendered():
    return {split: render(ads) for split, ads in generate_all().items()}


# --------------------------------------------------------------------------------------------
# Count tables (for README.md)
# --------------------------------------------------------------------------------------------

def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def stats_md(all_ads):
    parts = []
    cats = [c for c, _ in CATEGORIES]
    langs = [l for l, _ in LANGS]
    for split in SPLITS:
        ads = all_ads[split]
        c = Counter((a["category"], a["lang"]) for a in ads)
        rows = [[cat, POST_TYPE[cat]] + [c[(cat, l)] for l in langs] + [sum(c[(cat, l)] for l in langs)] for cat in cats]
        rows.append(["all", ""] + [sum(c[(cat, l)] for cat in cats) for l in langs] + [len(ads)])
        parts.append(f"**{split}** — ads per category and language\n\n" +
                     md_table(["category", "post_type"] + langs + ["all"], rows))
    lab = {s: Counter() for s in SPLITS}
    for split in SPLITS:
        for a in all_ads[split]:
            L = a["labels"]
            for k in ("handles", "urls", "emails", "phones"):
                lab[split][k] += len(L[k])
                lab[split][f"ads with {k}"] += bool(L[k])
            lab[split]["ads without e-mail"] += not L["emails"]
            lab[split]["hard negatives"] += len(a["hard_negatives"])
            lab[split]["ads with a hard negative"] += bool(a["hard_negatives"])
            lab[split]["ads with neither e-mail nor hard negative"] += not L["emails"] and not a["hard_negatives"]
    keys = ["emails", "ads with emails", "ads without e-mail", "hard negatives", "ads with a hard negative",
            "ads with neither e-mail nor hard negative", "phones", "ads with phones", "urls", "ads with urls",
            "handles", "ads with handles"]
    rows = [[k, lab["dev"][k], lab["heldout"][k]] for k in keys]
    rows.insert(1, ["emails per ad", f"{lab['dev']['emails'] / SIZES['dev']:.2f}",
                    f"{lab['heldout']['emails'] / SIZES['heldout']:.2f}"])
    rows.insert(5, ["hard negatives per ad", f"{lab['dev']['hard negatives'] / SIZES['dev']:.2f}",
                    f"{lab['heldout']['hard negatives'] / SIZES['heldout']:.2f}"])
    parts.append("**labels** (distinct values per ad, summed)\n\n" + md_table(["", "dev", "heldout"], rows))
    forms = {s: Counter() for s in SPLITS}
    negs = {s: Counter() for s in SPLITS}
    other = {s: Counter() for s in SPLITS}
    for split in SPLITS:
        for a in all_ads[split]:
            for s in a["spans"]:
                if s["kind"] == "email":
                    forms[split][s["form"]] += 1
                else:
                    other[split][(s["kind"], s["form"])] += 1
            for n in a["hard_negatives"]:
                negs[split][n["kind"]] += 1
    parts.append("**e-mail spans** (one per occurrence) by form\n\n" + md_table(
        ["form", "dev", "heldout"], [[f, forms["dev"][f], forms["heldout"][f]] for f in EMAIL_FORMS]))
    parts.append("**hard negatives** by kind\n\n" + md_table(
        ["kind", "dev", "heldout"], [[k, negs["dev"][k], negs["heldout"][k]] for k in DECOY_KINDS]))
    keys = sorted(set(other["dev"]) | set(other["heldout"]))
    parts.append("**other spans** by kind and form\n\n" + md_table(
        ["kind", "form", "dev", "heldout"], [[k, f, other["dev"][(k, f)], other["heldout"][(k, f)]] for k, f in keys]))
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files differ from the generator output")
    ap.add_argument("--stats", action="store_true", help="print the README count tables")
    args = ap.parse_args()
    if args.stats:
        print(stats_md(generate_all()), end="")
        return 0
    texts = rendered()
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
    print("wrote " + ", ".join(f"{s}.jsonl ({SIZES[s]} ads)" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
