#!/usr/bin/env python3
"""Generate eval/selectors-thirteenth/{dev,heldout}.jsonl (Python 3.11, standard library only).

    python3 write.py            # (re)write both files
    python3 write.py --check    # exit 1 if the files on disk differ from what this script writes
    python3 write.py --stats    # print the count tables used in README.md

Everything is invented: handles, domain labels and e-mail local parts are built from random
syllables with fixed seeds; phones come only from fictional ranges (NANP 555-01XX, UK 07700 900xxx,
AU 0491 570xxx, FR 06 39 98 xx xx). Generating dev first and held-out second with one shared
registry of used values guarantees that no selector value is in both splits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
SEEDS = {"dev": 131313, "heldout": 139001}
SIZES = {"dev": 200, "heldout": 300}
PREFIX = {"dev": "sel13d", "heldout": "sel13h"}

# --------------------------------------------------------------------------------------------
# Invented names
# --------------------------------------------------------------------------------------------

SYL = ["la", "li", "lu", "ma", "mi", "mo", "na", "ni", "no", "ra", "ri", "ro", "sa", "se", "si",
       "ka", "ki", "ko", "va", "vi", "ve", "ze", "za", "da", "de", "ya", "te", "ta", "ne", "le",
       "be", "bi", "ja", "jo", "fe", "fi", "ce", "ci", "ly", "ny", "ry", "sha", "kai", "bel", "lin",
       "mar", "ren", "sol", "tal", "vel", "kay", "dar", "nix", "zel", "qui", "ora", "ena", "isa",
       "ava", "elo", "umi", "tho", "pia", "rua", "xan", "yse", "gio", "bry", "cal", "dri"]
HWORDS = ["xo", "baby", "doll", "honey", "kitty", "sweet", "babe", "vip", "rose", "lux", "angel",
          "bunny", "peach", "candy", "queen", "bae", "girl", "muse", "diva", "star", "kiss", "love",
          "dream", "silk", "velvet", "sugar", "spice", "bella", "cutie", "lips"]
BIZWORDS = {"massage": ["spa", "wellness", "relax", "bodywork", "massage", "official"],
            "rooms": ["homes", "rentals", "living", "rooms"], "cars": ["autos", "motors", "cars", "garage"],
            "furniture": ["decor", "home", "shop", "furniture"], "jobs": ["team", "hq", "jobs", "official"],
            "services": ["clean", "fix", "movers", "photo", "studio", "pro"]}
DOT_TAILS = ["xo", "bby", "x", "xoxo"]          # never a top-level domain
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "protonmail.com"]
FREEMAIL_LANG = {"de": ["gmx.de"], "pt": ["bol.com.br"]}
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "is.gd"]
AGGREGATORS = ["linktr.ee", "beacons.ai", "allmylinks.com"]

# --------------------------------------------------------------------------------------------
# Places and phones
# --------------------------------------------------------------------------------------------

US_LOCS = [("Las Vegas, NV", [702]), ("Los Angeles, CA", [213, 310]), ("Chicago, IL", [312, 773]),
           ("Miami, FL", [305, 786]), ("Atlanta, GA", [404, 678]), ("Houston, TX", [713, 832]),
           ("Dallas, TX", [214, 469]), ("Phoenix, AZ", [602, 480]), ("Brooklyn, NY", [718, 347]),
           ("Seattle, WA", [206]), ("Denver, CO", [303, 720]), ("Orlando, FL", [407]),
           ("San Diego, CA", [619, 858]), ("Newark, NJ", [973, 862]), ("Boston, MA", [617, 857]),
           ("New Orleans, LA", [504]), ("Sacramento, CA", [916])]
CA_LOCS = [("Toronto, ON", [416, 647]), ("Vancouver, BC", [604, 778]), ("Montréal, QC", [514, 438]),
           ("Calgary, AB", [403, 587]), ("Ottawa, ON", [613]), ("Edmonton, AB", [780])]
LOCS = {
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"],
    "AU": ["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Perth WA", "Gold Coast QLD"],
    "FR": ["Paris", "Lyon", "Marseille", "Nice", "Toulouse"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Málaga"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Tijuana"],
    "BR": ["São Paulo, SP", "Rio de Janeiro, RJ", "Belo Horizonte, MG", "Curitiba, PR"],
    "PT": ["Lisboa", "Porto"],
    "IT": ["Milano", "Roma", "Torino", "Bologna"],
    "DE": ["Berlin", "München", "Hamburg", "Frankfurt am Main"],
    "PH": ["Makati", "Quezon City", "Cebu City", "Angeles City"],
}
# (region, weight, restrict-to-these-locations or None)
LANG_REGIONS = {
    "en": [("US", 55, None), ("CA", 15, ["Toronto, ON", "Vancouver, BC", "Calgary, AB", "Ottawa, ON", "Edmonton, AB"]),
           ("GB", 18, None), ("AU", 12, None)],
    "es": [("US", 40, ["Miami, FL", "Houston, TX", "Los Angeles, CA", "Dallas, TX", "Phoenix, AZ", "Newark, NJ"]),
           ("MX", 30, None), ("ES", 30, None)],
    "pt": [("BR", 70, None), ("US", 30, ["Newark, NJ", "Boston, MA", "Miami, FL"])],
    "fr": [("FR", 70, None), ("CA", 30, ["Montréal, QC"])],
    "it": [("IT", 80, None), ("GB", 20, ["London"])],
    "de": [("DE", 100, None)],
    "tl": [("PH", 40, None), ("US", 25, ["Los Angeles, CA", "San Diego, CA", "Las Vegas, NV"]),
           ("CA", 20, ["Toronto, ON", "Vancouver, BC", "Calgary, AB"]), ("AU", 15, ["Sydney NSW", "Melbourne VIC"])],
}
TLDS = {"US": ["com", "com", "net", "example"], "CA": ["ca", "com"], "GB": ["co.uk", "com"],
        "AU": ["com.au"], "FR": ["fr", "com"], "ES": ["es", "com"], "MX": ["com", "example"],
        "BR": ["com.br"], "PT": ["com", "example"], "IT": ["it"], "DE": ["de"], "PH": ["ph", "com"]}

# --------------------------------------------------------------------------------------------
# Platforms
# --------------------------------------------------------------------------------------------

PLATFORMS = ("instagram", "snapchat", "kik", "telegram", "twitter", "tiktok", "onlyfans", "facebook")
STRONG_LABELS = {
    "snapchat": ["snap", "Snap", "SNAP", "SC", "sc", "Snapchat", "SNAPCHAT"],
    "instagram": ["IG", "ig", "Insta", "INSTA", "Instagram", "insta"],
    "kik": ["kik", "Kik", "KIK"],
    "telegram": ["TG", "Telegram", "telegram", "tg", "TELEGRAM"],
    "twitter": ["Twitter", "twitter", "X"],
    "tiktok": ["TikTok", "tiktok", "TT", "Tiktok"],
    "onlyfans": ["OF", "OnlyFans", "onlyfans", "ONLYFANS"],
    "facebook": ["FB", "Facebook", "fb"],
}
WEAK_LABELS = {
    "snapchat": ["snap", "Snap", "SC", "snapchat"], "instagram": ["ig", "IG", "insta", "Insta"],
    "kik": ["kik", "Kik"], "telegram": ["tg", "TG", "telegram"], "twitter": ["twitter", "Twitter"],
    "tiktok": ["tiktok", "TT"], "onlyfans": ["OF", "onlyfans"], "facebook": ["fb", "FB"],
}
LIST_SHORT = {"snapchat": ["SC", "snap", "Snap"], "instagram": ["IG", "insta", "Insta"], "kik": ["KIK", "kik"],
              "telegram": ["TG", "tg"], "twitter": ["X", "twitter"], "tiktok": ["TT", "tiktok"],
              "onlyfans": ["OF"], "facebook": ["FB"]}
EMOJI_OF = {"snapchat": ["👻"], "instagram": ["📷", "📸"]}

# --------------------------------------------------------------------------------------------
# Language banks.  {N} persona name, {T} tagline, {A} area, {S} business name.
# --------------------------------------------------------------------------------------------

LANG = {}

LANG["en"] = dict(
    greet=["Hiiii gentlemen 😘", "hey babyyy", "Hey daddy 😈", "hi loves 💕", "Hellooo boys", "HEY HANDSOME",
           "heyyy it's {N}", "Hi guys, {N} here", "hiiii its ur girl {N}", "Good evening gentlemen",
           "Hey there sexy", "Hiii I'm {N} 💋", "What's up babe", "hey hey hey 😘"],
    self=["sweet petite brunette, 5'2 and 105 lbs", "curvy in all the right places", "36DD all natural",
          "slim body, pretty smile, soft skin", "thick thighs and a pretty face", "sexy latina with an accent 😉",
          "tattooed baddie with a sweet side", "southern girl with good manners", "classy, discreet and always clean",
          "exotic mixed beauty", "petite blonde spinner", "upscale companion for the discerning gentleman",
          "Ebony goddess with curves for days", "fit and flirty yoga girl", "bubbly redhead with freckles"],
    serv=["GFE", "no rush, never clock watching", "incall &amp; outcall", "upscale incall in a safe area",
          "outcall to hotels only", "dinner dates and overnights", "couples friendly", "fetish friendly, ask",
          "bachelor parties", "sensual massage included", "quick visits welcome", "fun, friendly, open minded"],
    rates=["QV 100 / HH 150 / H 250", "$160hh / $260h", "hh 150 | h 250 | 2h 450",
           "Rates: 15min $80, 30min $120, 1hr $200", "donations: hh 140, h 220", "🌹 150 hh 🌹 250 h",
           "specials before noon", "car date 80", "overnight 1200, ask", "HH 200 H 300 no negotiating"],
    avail=["Available now til late", "out all day, every day", "available 24/7", "here till Sunday only",
           "visiting this week only", "mornings and late nights", "appointments only", "same day ok",
           "open late for u", "in town through Friday"],
    rules=["No pimps", "no law enforcement", "no blocked calls", "Text only, no calls", "Serious only",
           "No games, no drama", "must be 21+", "screening required for new friends",
           "deposit required for outcall", "no explicit texts", "no haggling"],
    close=["xoxo", "Kisses 😘", "See you soon babyyy", "Don't be shy", "Mwah 💋", "can't wait to meet u",
           "hit me up", "your new fav 💕", "come play"],
    esc_title=["💋 {N} 💋 {T}", "{N} ✨ {T} ✨", "HIII IM {N} 😘", "{T} 🔥", "NEW 🔥 {N} 🔥 {A}", "{T} - {N}",
               "😈 {N} 😈 {T}", "{T} in {A} 💕"],
    tag=["SWEET &amp; SEXY", "Ur new favorite", "Available now", "Sexy latina", "Curvy cutie", "Ebony goddess",
         "Petite blonde", "Busty brunette", "Classy companion", "Upscale GFE", "Thick &amp; juicy", "Sweet treat",
         "Top rated", "Exotic beauty", "Party girl", "Your dream girl", "Last night in town", "Busty &amp; bubbly"],
    mas_title=["{S} ✨ Grand opening", "Relaxing massage at {S}", "New staff ✨ {S}", "Best massage in {A}",
               "Body rub &amp; table shower 💆", "{S} – Asian massage", "Deep tissue special at {S}"],
    mas_body=["Swedish, deep tissue, hot stone", "table shower available", "60 min $80 · 90 min $110",
              "open 10am-10pm 7 days", "walk-ins welcome", "private rooms, soft music", "friendly new staff",
              "clean and professional", "free parking in back", "call for appointment", "couples room available",
              "gift cards available"],
    rec_title=["Hiring hostesses ASAP 💰", "Models wanted for photoshoots 📍{A}", "Dancers needed – top pay",
               "Promo models / brand ambassadors wanted", "Hostess job abroad 💸 all paid", "Now hiring VIP hostesses",
               "Girls wanted for club promo", "Webcam models wanted – work from home"],
    rec_body=["No experience needed", "Earn $1500-$3000 a week", "Travel and housing covered",
              "Must be 18-25, slim and confident", "Send 3 pics and your age", "flexible hours, cash paid daily",
              "serious girls only", "We train you, start this week", "Apply now, spots fill fast",
              "Visa and flights arranged by the agency", "Free apartment for the first month", "No papers needed"],
    rooms=(["Room for rent in {A}", "Furnished room available June 1", "Private room, shared bath – {A}",
            "Studio sublet, all bills in"],
           ["$750/month utilities included", "quiet house, no smoking", "close to the bus line",
            "wifi and laundry included", "looking for a clean, working roommate", "available immediately",
            "first month + deposit", "no pets sorry", "parking on the street"]),
    cars=(["2012 Honda Civic – runs great", "2016 Ford F-150 XLT", "2009 Toyota Corolla 120k", "Clean title Nissan Altima"],
          ["clean title, runs great", "new tires and brakes", "$6,500 OBO", "no lowballers", "serious buyers only",
           "cold AC", "oil changed every 5k", "one owner, garage kept"]),
    furniture=(["Sectional sofa, grey, like new", "Dining table + 4 chairs", "Queen bed frame with headboard",
                "Solid wood dresser"],
               ["$200 OBO", "pick up only", "smoke-free, pet-free home", "must go this weekend",
                "minor scratches, see pics", "can help load"]),
    jobs=(["Line cook wanted", "Warehouse associates $18/hr", "Hiring delivery drivers", "Front desk receptionist – {A}"],
          ["Apply in person Mon-Fri 9-4", "benefits after 90 days", "weekend shifts available",
           "valid license required", "experience preferred", "competitive pay, weekly checks"]),
    services=(["House cleaning – reliable &amp; affordable", "Handyman, no job too small", "Mobile car detailing",
               "Math &amp; English tutoring", "Moving help with truck", "Event photographer for hire"],
              ["free estimates", "licensed and insured", "10 years experience", "weekends ok",
               "references available", "same week booking"]),
    phone_lead=["Text me", "Call or text", "📱", "TXT", "call me", "Cell:", "Text", "hit me up", "☎️", "Call/Text", "Contact"],
    mail_lead=["Email", "Email me", "Mail:", "Contact:", "Reply to"],
    web_lead=["More pics", "Website", "Book online", "Gallery", "See my site", "Visit"],
    filler=["Thanks", "xoxo", "Kisses", "Serious inquiries only", "Enjoy", "Cheers"],
    verb=["my {p} is {h}", "my {p} is @{h}", "My {p} is {h}", "my {p} name is {h}"],
    add=["add me on {p} {h}", "follow me on {p} {h}", "hmu on {p} {h}", "find me on {p} {h}"],
    before=["{h} on {p}", "{h} on {p} 💕", "@{h} on {p}"],
    list_join=[" &amp; ", " & ", " + ", " and ", "/"],
    mailto_text=["email me", "click to email", "send me a message"],
)

LANG["es"] = dict(
    greet=["Holaaa amor 😘", "hola papi", "Hola mi rey 👑", "Holiii guapo", "HOLA CARIÑO", "hola soy {N} 💋",
           "Buenas noches caballeros", "holaa bebé"],
    self=["latina cariñosa y complaciente", "colombiana de curvas naturales", "delgadita, piel suave",
          "morena ardiente 🔥", "rubia natural de ojos claros", "muy discreta y limpia", "venezolana recién llegada",
          "chica fitness, nalgona y simpática"],
    serv=["trato de novia", "sin prisa", "servicio a hoteles y domicilio", "lugar propio, discreto",
          "masaje relajante incluido", "parejas bienvenidas"],
    rates=["media hora $120 / hora $200", "1h 150€ · 30min 100€", "tarifas: 20min $80, 1h $180",
           "precios especiales de día", "rosas: 150 / 250"],
    avail=["disponible ahora", "todo el día hasta tarde", "24 horas", "solo esta semana", "de lunes a sábado",
           "con cita previa"],
    rules=["sin números privados", "solo caballeros educados", "no contesto llamadas ocultas",
           "solo mensajes de texto", "nada de regateos", "mayores de 21"],
    close=["besitos 😘", "te espero papi", "no te arrepentirás", "muaaa 💋", "escríbeme"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "{N} 🔥 {T}", "NUEVA EN {A} 🔥 {N}"],
    tag=["latina ardiente", "colombiana sexy", "novedad en la ciudad", "muy cariñosa", "trato de novia",
         "recién llegada"],
    mas_title=["Masajes relajantes en {S}", "{S} – masajes ✨", "Spa {S}: nuevo personal", "Masaje descontracturante"],
    mas_body=["masaje sueco y de piedras calientes", "60 min $70", "abierto de 10 a 22 h", "cabinas privadas",
              "personal profesional", "estacionamiento gratis", "se aceptan tarjetas"],
    rec_title=["Se solicitan señoritas 💰", "Buscamos edecanes y modelos", "Trabajo de anfitriona en el extranjero",
               "Se buscan bailarinas – excelente paga"],
    rec_body=["sin experiencia", "ganancias de $2000 semanales", "viaje y hospedaje pagados",
              "de 18 a 25 años, buena presencia", "mandar 3 fotos y edad", "pago diario en efectivo",
              "empiezas esta semana", "no se necesitan papeles"],
    rooms=(["Se renta cuarto en {A}", "Cuarto amueblado disponible"],
           ["$4,500 al mes con servicios", "zona tranquila", "cerca del metro", "solo personas trabajadoras",
            "internet incluido", "depósito de un mes"]),
    cars=(["Vendo Nissan Versa 2015", "Se vende Jetta 2012"],
          ["papeles en regla", "llantas nuevas", "precio negociable", "solo interesados", "motor impecable"]),
    furniture=(["Vendo sala de 3 piezas", "Comedor de madera 6 sillas"],
               ["como nuevo", "entrega a domicilio con costo", "precio a tratar", "urge vender"]),
    jobs=(["Se solicita cocinero", "Vacante: ayudante general", "Se busca chofer con licencia"],
          ["sueldo semanal", "prestaciones de ley", "presentarse con solicitud elaborada", "horario de lunes a viernes"]),
    services=(["Limpieza de casas y oficinas", "Fotógrafo para eventos", "Clases de inglés a domicilio", "Mudanzas económicas"],
              ["presupuesto sin compromiso", "precios accesibles", "servicio garantizado", "fines de semana también"]),
    phone_lead=["Llámame", "Escríbeme al", "WhatsApp", "Cel:", "Tel.", "📱", "Informes al"],
    mail_lead=["Correo:", "Escríbeme a", "Email:"],
    web_lead=["Más fotos en", "Visita", "Página:", "Reserva en"],
    filler=["Gracias", "Besitos", "Saludos", "Escríbeme"],
    verb=["mi {p} es {h}", "mi {p} es @{h}", "Mi {p} es {h}"],
    add=["agrégame en {p} {h}", "búscame en {p} {h}", "sígueme en {p} {h}"],
    before=["{h} en {p}", "@{h} en {p}"],
    list_join=[" y ", " / ", " &amp; "],
    mailto_text=["escríbeme", "correo"],
)

LANG["pt"] = dict(
    greet=["Oiii amor 😘", "oi gato", "Olá querido", "OIE BB", "oi, sou a {N} 💋", "Boa noite cavalheiros"],
    self=["morena carinhosa e safadinha", "loira natural, corpo violão", "baixinha e gostosa",
          "mulata de parar o trânsito", "muito discreta e cheirosa", "brasileira recém chegada"],
    serv=["namoradinha", "sem pressa", "atendo em local próprio e motel", "massagem relaxante inclusa",
          "casais bem-vindos"],
    rates=["1h R$250 · 30min R$150", "valores: 30min $120, 1h $200", "promoção de manhã", "pernoite a combinar"],
    avail=["disponível agora", "todos os dias até tarde", "24 horas", "só esta semana", "com hora marcada"],
    rules=["não atendo número privado", "só homens educados", "sem pechincha", "só mensagem", "maiores de 21"],
    close=["beijinhos 😘", "te espero amor", "vem me conhecer", "bjs 💋"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "NOVIDADE EM {A} 🔥 {N}"],
    tag=["morena gostosa", "loira safadinha", "carioca carinhosa", "novidade na cidade", "namoradinha perfeita"],
    mas_title=["Massagem relaxante no {S}", "{S} – massagem tântrica ✨", "Espaço {S}: novas massagistas"],
    mas_body=["massagem sueca e pedras quentes", "1h R$180", "aberto das 10h às 22h", "salas privativas",
              "estacionamento no local", "ambiente climatizado"],
    rec_title=["Procuro meninas para agência 💰", "Vagas para modelos e recepcionistas", "Trabalho de hostess no exterior",
               "Dançarinas – ótimo cachê"],
    rec_body=["sem experiência", "ganhos de até R$10.000 por mês", "passagem e moradia pagas",
              "de 18 a 25 anos, boa aparência", "mande 3 fotos e sua idade", "pagamento diário", "começa esta semana"],
    rooms=(["Alugo quarto em {A}", "Quarto mobiliado disponível"],
           ["R$900 com contas inclusas", "perto do metrô", "wi-fi incluso", "só para pessoas que trabalham", "sem animais"]),
    cars=(["Vendo Gol 2014 completo", "Onix 2018 único dono"],
          ["documentação em dia", "pneus novos", "aceito troca", "só interessados"]),
    furniture=(["Vendo sofá retrátil", "Mesa de jantar com 6 cadeiras"],
               ["seminovo", "retirar no local", "preço a combinar", "urgente"]),
    jobs=(["Vaga para auxiliar de cozinha", "Contrata-se motorista", "Vaga de recepcionista"],
          ["salário + benefícios", "carteira assinada", "segunda a sexta", "enviar currículo"]),
    services=(["Diarista de confiança", "Fotógrafo para eventos", "Aulas de inglês", "Frete e mudança"],
              ["orçamento grátis", "preço justo", "atendo fins de semana"]),
    phone_lead=["Chama no zap", "WhatsApp", "Tel:", "📱", "Liga pra mim", "Contato:"],
    mail_lead=["E-mail:", "Manda e-mail pra", "Contato:"],
    web_lead=["Mais fotos em", "Site:", "Agende em"],
    filler=["Obrigada", "Beijos", "Bjs", "Abraços"],
    verb=["meu {p} é {h}", "meu {p} é @{h}", "Meu {p} é {h}"],
    add=["me add no {p} {h}", "me segue no {p} {h}", "chama no {p} {h}"],
    before=["{h} no {p}", "@{h} no {p}"],
    list_join=[" e ", " / ", " &amp; "],
    mailto_text=["me manda e-mail", "e-mail"],
)

LANG["fr"] = dict(
    greet=["Coucou mon chéri 😘", "Bonsoir messieurs", "Salut beau gosse", "COUCOU", "coucou c'est {N} 💋",
           "Bonjour à tous"],
    self=["jolie brune pulpeuse", "blonde naturelle, douce et coquine", "métisse sensuelle", "petite et fine",
          "très discrète et soignée", "étudiante sympa et souriante"],
    serv=["plan copine", "sans prise de tête", "reçois en appartement privé", "déplacements à l'hôtel",
          "massage relaxant inclus", "couples bienvenus"],
    rates=["30min 100€ · 1h 180€", "tarifs: 20min 80€, 1h 160€", "petits prix le matin", "nuit complète sur demande"],
    avail=["disponible maintenant", "tous les jours jusqu'à tard", "24h/24", "cette semaine seulement", "sur rendez-vous"],
    rules=["pas de numéros masqués", "hommes respectueux uniquement", "SMS uniquement", "pas de négociation",
           "majeurs uniquement"],
    close=["bisous 😘", "à très vite", "je t'attends mon chéri", "bises 💋"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "NOUVELLE À {A} 🔥 {N}"],
    tag=["jolie brune", "douceur et sensualité", "nouvelle en ville", "coquine et câline", "charmante métisse"],
    mas_title=["Massage relaxant – {S}", "{S} : massages bien-être ✨", "Institut {S} – nouvelle équipe"],
    mas_body=["massage suédois et pierres chaudes", "1h 70€", "ouvert de 10h à 22h", "cabines privées",
              "parking gratuit", "cartes acceptées"],
    rec_title=["Recherche hôtesses 💰", "Casting modèles photo", "Job d'hôtesse à l'étranger",
               "Danseuses recherchées – très bien payé"],
    rec_body=["sans expérience", "jusqu'à 3000€ par semaine", "voyage et logement payés",
              "18-25 ans, bonne présentation", "envoyer 3 photos et ton âge", "paiement chaque jour", "début immédiat"],
    rooms=(["Chambre à louer à {A}", "Colocation meublée disponible"],
           ["550€ charges comprises", "proche métro", "wifi inclus", "non fumeur", "dispo de suite"]),
    cars=(["Vends Clio 4 2015", "Peugeot 208 première main"],
          ["contrôle technique ok", "pneus neufs", "prix à débattre", "pas sérieux s'abstenir"]),
    furniture=(["Canapé d'angle gris", "Table + 4 chaises"], ["très bon état", "à récupérer sur place", "prix ferme"]),
    jobs=(["Recherche commis de cuisine", "Poste de chauffeur-livreur", "Réceptionniste h/f"],
          ["CDI temps plein", "salaire selon profil", "envoyer CV", "du lundi au vendredi"]),
    services=(["Ménage et repassage", "Photographe pour événements", "Cours de maths à domicile", "Déménagement pas cher"],
              ["devis gratuit", "tarifs raisonnables", "week-ends possibles"]),
    phone_lead=["Appelle-moi", "SMS au", "Tél :", "📱", "Contact :"],
    mail_lead=["Mail :", "Écris-moi à", "Contact :"],
    web_lead=["Plus de photos sur", "Site :", "Réserve sur"],
    filler=["Merci", "Bisous", "Bises", "Merci beaucoup"],
    verb=["mon {p} c'est {h}", "mon {p} est {h}", "Mon {p} c'est @{h}"],
    add=["ajoute-moi sur {p} {h}", "suis-moi sur {p} {h}", "écris-moi sur {p} {h}"],
    before=["{h} sur {p}", "@{h} sur {p}"],
    list_join=[" et ", " / ", " &amp; "],
    mailto_text=["écris-moi", "mail"],
)

LANG["it"] = dict(
    greet=["Ciao amore 😘", "Ciao tesoro", "Buonasera signori", "CIAOOO", "ciao sono {N} 💋"],
    self=["mora dolce e sensuale", "bionda naturale, fisico curato", "italiana raffinata", "molto discreta e pulita",
          "latina calda 🔥"],
    serv=["trattamento da fidanzata", "senza fretta", "ricevo in ambiente riservato", "anche in hotel",
          "massaggio rilassante incluso"],
    rates=["30min 100€ · 1h 180€", "tariffe: 20min 70€, 1h 150€", "prezzi speciali di mattina"],
    avail=["disponibile ora", "tutti i giorni fino a tardi", "24 ore su 24", "solo questa settimana", "su appuntamento"],
    rules=["no numeri privati", "solo uomini educati", "solo messaggi", "no trattative"],
    close=["baci 😘", "ti aspetto", "a presto amore", "bacioni 💋"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "NOVITÀ A {A} 🔥 {N}"],
    tag=["mora sensuale", "bionda dolcissima", "novità in città", "italiana raffinata"],
    mas_title=["Massaggi rilassanti – {S}", "{S}: centro benessere ✨"],
    mas_body=["massaggio svedese e pietre calde", "1h 60€", "aperto dalle 10 alle 22", "cabine private",
              "parcheggio gratuito"],
    rec_title=["Cercasi hostess 💰", "Casting modelle fotografiche", "Lavoro come ragazza immagine all'estero",
               "Cercasi ballerine – ottima paga"],
    rec_body=["senza esperienza", "fino a 3000€ a settimana", "viaggio e alloggio pagati", "18-25 anni, bella presenza",
              "inviare 3 foto ed età", "pagamento giornaliero"],
    rooms=(["Affittasi stanza a {A}", "Camera singola arredata"],
           ["450€ spese incluse", "vicino alla metro", "wifi incluso", "no fumatori"]),
    cars=(["Vendo Fiat Panda 2016", "Golf 7 unico proprietario"], ["tagliandi regolari", "gomme nuove", "prezzo trattabile"]),
    furniture=(["Divano angolare grigio", "Tavolo con 4 sedie"], ["ottime condizioni", "ritiro a mano", "prezzo fisso"]),
    jobs=(["Cercasi aiuto cuoco", "Autista con patente C", "Receptionist part-time"],
          ["contratto regolare", "inviare CV", "dal lunedì al venerdì"]),
    services=(["Pulizie case e uffici", "Fotografo per eventi", "Ripetizioni di matematica", "Traslochi economici"],
              ["preventivo gratuito", "prezzi onesti", "anche nel weekend"]),
    phone_lead=["Chiamami", "WhatsApp", "Tel:", "📱", "Scrivimi al"],
    mail_lead=["Email:", "Scrivimi a"],
    web_lead=["Altre foto su", "Sito:", "Prenota su"],
    filler=["Grazie", "Baci", "Ciao"],
    verb=["il mio {p} è {h}", "mio {p} è @{h}"],
    add=["aggiungimi su {p} {h}", "seguimi su {p} {h}", "scrivimi su {p} {h}"],
    before=["{h} su {p}"],
    list_join=[" e ", " / "],
    mailto_text=["scrivimi", "email"],
)

LANG["de"] = dict(
    greet=["Hallo ihr Lieben 😘", "Hey Süßer", "Guten Abend die Herren", "HALLOOO", "hey ich bin {N} 💋"],
    self=["zierliche Brünette mit Kurven", "natürliche Blondine, sehr zärtlich", "heiße Latina 🔥",
          "sehr diskret und gepflegt", "sportliche Figur, schöne Augen"],
    serv=["Freundin-Feeling", "ohne Zeitdruck", "Hausbesuche und Hotel", "private Wohnung, diskret",
          "entspannende Massage inklusive"],
    rates=["30min 100€ · 1h 180€", "Preise: 20min 80€, 1h 160€", "Frühbucher Rabatt"],
    avail=["jetzt verfügbar", "täglich bis spät", "rund um die Uhr", "nur diese Woche", "nach Termin"],
    rules=["keine unterdrückten Nummern", "nur respektvolle Herren", "nur SMS", "kein Handeln"],
    close=["Küsschen 😘", "bis bald", "ich freu mich auf dich", "Bussi 💋"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "NEU IN {A} 🔥 {N}"],
    tag=["zärtliche Brünette", "süße Blondine", "neu in der Stadt", "heiße Latina"],
    mas_title=["Entspannungsmassage im {S}", "{S} – Wellness &amp; Massage ✨"],
    mas_body=["klassische und Hot-Stone-Massage", "60 Min 70€", "geöffnet 10-22 Uhr", "private Räume",
              "Parkplätze vorhanden"],
    rec_title=["Hostessen gesucht 💰", "Models für Fotoshooting gesucht", "Tänzerinnen gesucht – Top Verdienst",
               "Job als Hostess im Ausland"],
    rec_body=["keine Erfahrung nötig", "bis zu 3000€ pro Woche", "Reise und Unterkunft bezahlt",
              "18-25 Jahre, gepflegtes Äußeres", "3 Fotos und Alter schicken", "tägliche Auszahlung"],
    rooms=(["Zimmer frei in {A}", "Möbliertes WG-Zimmer"], ["450€ warm", "nahe U-Bahn", "WLAN inklusive", "Nichtraucher"]),
    cars=(["VW Golf 6 zu verkaufen", "Opel Corsa TÜV neu"], ["scheckheftgepflegt", "neue Reifen", "VB", "nur ernsthafte Anfragen"]),
    furniture=(["Ecksofa grau", "Esstisch mit 4 Stühlen"], ["sehr guter Zustand", "nur Abholung", "Festpreis"]),
    jobs=(["Küchenhilfe gesucht", "Fahrer mit Führerschein C", "Empfangskraft in Teilzeit"],
          ["unbefristeter Vertrag", "Bewerbung mit Lebenslauf", "Montag bis Freitag"]),
    services=(["Haushaltshilfe zuverlässig", "Fotograf für Events", "Nachhilfe Mathe", "Umzugshilfe günstig"],
              ["kostenloses Angebot", "faire Preise", "auch am Wochenende"]),
    phone_lead=["Ruf mich an", "WhatsApp", "Tel.:", "📱", "SMS an"],
    mail_lead=["E-Mail:", "Schreib mir an"],
    web_lead=["Mehr Fotos auf", "Webseite:", "Buchen auf"],
    filler=["Danke", "Küsschen", "Grüße"],
    verb=["mein {p} ist {h}", "mein {p} heißt {h}"],
    add=["add mich auf {p} {h}", "folg mir auf {p} {h}", "schreib mir auf {p} {h}"],
    before=["{h} auf {p}"],
    list_join=[" und ", " / "],
    mailto_text=["schreib mir", "E-Mail"],
)

LANG["tl"] = dict(
    greet=["Hiii po 😘", "Hello mga sir", "Musta babe", "HELLO PO", "hi ako si {N} 💋", "Good evening po"],
    self=["morena, sexy at mabait", "chinita, maputi at slim", "Pinay na sweet at malambing", "discreet at malinis",
          "petite pero curvy"],
    serv=["GF experience", "walang rush", "incall sa condo ko", "outcall sa hotel ok", "may kasamang massage"],
    rates=["1hr 3k · 2hrs 5k", "rates: ST 2500, LT 6000", "$150 hh / $250 h", "may promo sa umaga"],
    avail=["available ngayon", "buong araw hanggang gabi", "24/7 po", "ngayong linggo lang", "by appointment lang"],
    rules=["no private numbers", "seryoso lang po", "text lang, walang tawag", "walang tawad"],
    close=["ingat po 😘", "see you babe", "kita kits", "muah 💋"],
    esc_title=["💋 {N} 💋 {T}", "{T} ✨ {N}", "BAGO SA {A} 🔥 {N}"],
    tag=["sweet na morena", "chinita cutie", "Pinay GF", "bagong dating"],
    mas_title=["Relaxing massage sa {S}", "{S} – home service massage ✨"],
    mas_body=["Swedish at shiatsu", "1hr 800 pesos", "bukas 10am-10pm", "may private rooms", "home service available"],
    rec_title=["Hiring GRO and entertainers 💰", "Hiring models para sa photoshoot", "Work abroad – hostess sa Japan",
               "Dancers wanted, malaking sahod"],
    rec_body=["no experience needed po", "sahod 50k per month", "libre ang ticket at tirahan", "18-25, maganda at slim",
              "send 3 pics at edad", "daily ang bayad"],
    rooms=(["Room for rent sa {A}", "Bedspace for ladies"], ["3500 per month kasama na tubig", "malapit sa MRT", "may wifi", "bawal ang pets"]),
    cars=(["For sale Vios 2015", "Mirage G4 2018 first owner"], ["complete papers", "bagong gulong", "negotiable pa", "serious buyers lang"]),
    furniture=(["Sofa set for sale", "Dining set 4 seater"], ["parang bago", "pick up lang", "fixed price na"]),
    jobs=(["Hiring kitchen staff", "Driver wanted with license", "Hiring cashier"], ["with benefits", "send resume", "Monday to Saturday"]),
    services=(["Aircon cleaning service", "Photographer for events", "Home tutor for kids", "Lipat bahay service"],
              ["free quotation", "affordable rates", "pwede weekends"]),
    phone_lead=["Text me po", "Call or text", "Viber", "📱", "Contact:"],
    mail_lead=["Email:", "Email niyo ko sa"],
    web_lead=["More pics sa", "Website:", "Book sa"],
    filler=["Salamat po", "Ingat", "Thanks po"],
    verb=["{p} ko ay {h}", "ang {p} ko ay {h}", "{p} ko is {h}"],
    add=["add mo ko sa {p} {h}", "follow niyo ko sa {p} {h}", "chat mo ko sa {p} {h}"],
    before=["{h} sa {p}"],
    list_join=[" at ", " / ", " &amp; "],
    mailto_text=["email me po", "email"],
)

# --------------------------------------------------------------------------------------------
# Decoys.  Each entry: (text, tag) with tag a = any ad, x = adult ads (escort, massage,
# recruitment), c = controls.  Text may mark the hard-negative raw with [[...]]; otherwise the
# whole text is the raw.  kinds: emoji_decoration, platform_word, dotted_phrase, at_word,
# placeholder_email.
# --------------------------------------------------------------------------------------------

DECOYS = {}
DECOYS["en"] = dict(
    emoji_decoration=[
        ("100% real pics 📷", "x"), ("REAL PICS📸NO GAMES", "x"), ("STOP 👻 wasting time", "a"),
        ("👻 ghosters not welcome", "x"), ("new pics 📸 every week", "x"), ("🎵 music on, lights low", "x"),
        ("✈️ touring next week", "x"), ("no catfish, pics are me 📷", "x"), ("📸 taken this week", "x"),
        ("no fake pics 📷 what u see is what u get", "x"), ("don't 👻 me after you book", "x"),
        ("if u 👻 me u get blocked", "x"), ("no 📷 or videos during session", "x"), ("🎶 soft music &amp; candles", "x"),
        ("✈️ just landed", "x"), ("FLY ME TO YOU ✈️ worldwide", "x"), ("pics verified 📸 by the site", "x"),
        ("camera shy 📷 but real", "x"), ("BOO 👻 halloween specials", "a"), ("don't be a ghost 👻 show up on time", "x"),
        ("real pics 📷 recent", "x"), ("VERIFIED📸REAL", "x"), ("no 👻 no games no drama", "x"),
        ("🎵 playlist ready for u", "x"), ("traveling ✈️ soon so book now", "x"), ("🎶 good vibes only", "a"),
        ("📷 more pics on request", "a"), ("ghosting 👻 is rude, just say no", "a"), ("👻👻 don't disappear on me", "x"),
        ("selfie 📸 on request", "x"), ("pics 📸 face and body", "x"), ("✈️✈️ fly me out anywhere", "x"),
        ("🎵 slow jams and wine", "x"), ("📸 no filter", "x"), ("PICS ARE ME📷", "x"),
        ("✈️ moving abroad, must sell", "c"), ("🎵 DJ and sound for parties", "c"),
        ("📷 graduation &amp; family portraits", "c"), ("📸 see all photos", "c"), ("serious buyers only, no 👻 please", "c"),
        ("📸 pics are current", "c"), ("no lowballers no 👻", "c"), ("📷 photos taken today", "c"),
        ("🎶 live music friday nights", "c"), ("✈️ close to the airport", "c"),
    ],
    platform_word=[
        ("snap fun", "x"), ("snap fun is extra", "x"), ("ask about my snapchat today", "x"), ("insta worthy body", "x"),
        ("ig pics are old", "x"), ("instagram famous booty", "x"), ("line up your date early", "x"),
        ("signal strong in my room", "x"), ("kik back and relax with me", "x"), ("tiktok dances in lingerie", "x"),
        ("no twitter rants please", "x"), ("IG in bio", "x"), ("link in bio", "x"), ("ask for my snap", "x"),
        ("snap me for more", "x"), ("no snap no kik", "x"), ("instagram model looking for fun", "x"),
        ("DM me on insta", "x"), ("not on tiktok", "x"), ("snapchat verified pics", "x"),
        ("my insta got deleted", "x"), ("no facebook friends please", "x"), ("snap pics on request", "x"),
        ("OF content on request", "x"), ("ig baddie next door", "x"), ("tiktok famous smile", "x"),
        ("snap streaks for regulars", "x"), ("telegram only after screening", "x"), ("facebook page got banned", "x"),
        ("snap back later", "x"), ("insta story tonight", "x"), ("twitter famous booty", "x"),
        ("no insta no snap just real life", "x"), ("kik me later", "x"), ("tiktok vibes", "a"),
        ("follow our facebook page", "c"), ("insta worthy kitchen", "c"), ("line up your move date", "c"),
        ("signal strong everywhere in the house", "c"), ("kik back on the patio", "c"), ("tiktok famous tacos", "c"),
        ("instagram famous dog not included", "c"), ("snap fun photos of your event", "c"),
        ("see our facebook page for reviews", "c"), ("twitter updates weekly", "c"),
        ("ig pics of our work available", "c"), ("facebook marketplace pickup ok", "c"),
        ("snapchat today for location", "a"),
    ],
    dotted_phrase=[
        ("CALL.ME", "a"), ("NO.RUSH", "x"), ("TEXT.ONLY", "x"), ("IN.CALL", "x"), ("REAL.PICS", "x"),
        ("NEW.IN.TOWN", "x"), ("open [[24.7]]", "x"), ("HIT.ME.UP", "x"), ("BOOK.NOW", "x"), ("OUT.CALL", "x"),
        ("NO.GAMES", "x"), ("AVAILABLE.NOW", "a"), ("NO.DRAMA", "x"), ("CLEAN.AND.SAFE", "x"), ("VIP.ONLY", "x"),
        ("READY.NOW", "x"), ("LATE.NIGHT", "x"), ("GFE.ONLY", "x"), ("NO.BLOCKED.CALLS", "x"), ("SERIOUS.ONLY", "a"),
        ("TEXT.FIRST", "x"), ("here all [[week.Book]] early", "x"), ("so much [[fun.Call]] now", "x"),
        ("PICK.UP.ONLY", "c"), ("CASH.ONLY", "c"), ("NO.LOWBALLERS", "c"), ("MUST.GO", "c"), ("FIRM.PRICE", "c"),
        ("like [[new.Call]] anytime", "c"),
    ],
    at_word=[
        ("incall [[@ the hotel]] by the airport", "x"), ("available [[@ 9pm]] tonight", "x"),
        ("incall [[@home]], clean and private", "x"), ("[[$200 @ hour]], no less", "x"),
        ("come see me [[@ my place]]", "x"), ("specials [[@ night]] only", "x"), ("outcall [[@ your hotel]]", "x"),
        ("free [[@ 11pm]]", "x"), ("meet [[@ the bar]] first", "x"), ("[[150 @ half hour]]", "x"),
        ("[[@hotel]] near downtown", "x"), ("in [[@ 10]] out by noon", "x"),
        ("open house [[@ 2pm]] Saturday", "c"), ("pick up [[@ my garage]]", "c"), ("[[$25 @ hour]] for moving help", "c"),
        ("viewing [[@ 6pm]] weekdays", "c"), ("meet [[@ the gas station]]", "c"),
    ],
    placeholder_email=[
        ("use a real email, not [[your@email.com]]", "a"), ("emails like [[name@email.com]] get deleted", "a"),
        ("(format: [[yourname@example.com]])", "a"), ("no fake addresses like [[xxx@xxx.com]]", "a"),
        ("replies from [[email@domain.com]] are ignored", "a"),
    ],
)
DECOYS["es"] = dict(
    emoji_decoration=[
        ("fotos reales 📸 sin filtro", "x"), ("📷 recientes", "x"), ("fotos 100% reales 📷", "x"),
        ("no me dejes en visto 👻", "x"), ("👻 fantasmas no", "x"), ("✈️ de paso por la ciudad", "x"),
        ("🎵 música y velitas", "x"), ("fotos verificadas 📸", "x"), ("sin fotos falsas 📷", "x"),
        ("📸 tomadas esta semana", "x"), ("✈️ me voy el domingo", "x"), ("📷 más fotos por privado", "a"),
        ("👻 no desaparezcas", "a"), ("🎶 buena vibra", "a"), ("📸 ver todas las fotos", "c"),
    ],
    platform_word=[
        ("mi insta está en el perfil", "x"), ("snap solo a clientes", "x"), ("pronto abro mi insta", "x"),
        ("no uso facebook", "x"), ("tiktok bailando en lencería", "x"), ("el insta no lo doy", "x"),
        ("pregunta por mi snap", "x"), ("snap para los consentidos", "x"), ("fotos de insta viejas", "x"),
        ("sígueme en insta pronto", "x"), ("síguenos en nuestra página de facebook", "c"),
        ("cocina digna de insta", "c"), ("señal fuerte en todo el depa", "c"),
    ],
    dotted_phrase=[
        ("LLAMA.YA", "a"), ("SOLO.TEXTO", "x"), ("FOTOS.REALES", "x"), ("SIN.PRISA", "x"), ("RECIEN.LLEGADA", "x"),
        ("abierto [[24.7]]", "a"), ("SIN.GROSERIAS", "x"), ("SOLO.CABALLEROS", "x"), ("DISPONIBLE.YA", "a"),
        ("PRECIO.FIJO", "c"),
    ],
    at_word=[
        ("te espero [[@ las 9]]", "x"), ("incall [[@ mi depa]]", "x"), ("[[$100 @ media hora]]", "x"),
        ("disponible [[@ la noche]]", "x"), ("visitas [[@ las 6pm]]", "c"),
    ],
    placeholder_email=[("(ejemplo: [[tucorreo@ejemplo.com]])", "a"), ("nada de correos falsos tipo [[correo@dominio.com]]", "a")],
)
DECOYS["pt"] = dict(
    emoji_decoration=[
        ("👻 não responde", "x"), ("fotos reais 📸 sem filtro", "x"), ("📷 atualizadas", "x"),
        ("✈️ chegando semana que vem", "x"), ("🎵 musiquinha e vinho", "x"), ("sem fake 📸 sou eu mesma", "x"),
        ("📸 recentes", "x"), ("quem some 👻 é bloqueado", "x"), ("📷 mais fotos no privado", "a"),
        ("🎶 clima gostoso", "a"), ("📸 veja todas as fotos", "c"),
    ],
    platform_word=[
        ("snap pra quem pedir", "x"), ("insta no perfil", "x"), ("tiktok dançando de lingerie", "x"),
        ("não tenho facebook", "x"), ("peça meu snap", "x"), ("insta fechado", "x"), ("snap só pra clientes", "x"),
        ("fotos do insta antigas", "x"), ("curte nossa página no facebook", "c"), ("sinal forte na casa toda", "c"),
        ("cozinha digna de insta", "c"),
    ],
    dotted_phrase=[
        ("FOTOS.REAIS", "x"), ("SEM.PRESSA", "x"), ("SO.MENSAGEM", "x"), ("LIGA.JA", "a"), ("NOVIDADE.NA.CIDADE", "x"),
        ("aberto [[24.7]]", "a"), ("SEM.FRESCURA", "x"), ("PRECO.FIXO", "c"),
    ],
    at_word=[("te espero [[@ 22h]]", "x"), ("atendo [[@ meu ap]]", "x"), ("[[R$200 @ hora]]", "x"), ("retirada [[@ 18h]]", "c")],
    placeholder_email=[("(ex.: [[seuemail@exemplo.com]])", "a"), ("não responda de [[email@dominio.com.br]]", "a")],
)
DECOYS["fr"] = dict(
    emoji_decoration=[
        ("📸 photos récentes", "x"), ("photos réelles 📷 sans retouche", "x"), ("✈️ de passage cette semaine", "x"),
        ("👻 les fantômes s'abstenir", "x"), ("🎶 musique douce", "x"), ("photos vérifiées 📸", "x"),
        ("📷 plus de photos en privé", "a"), ("pas de lapin 👻 merci", "a"), ("📸 voir toutes les photos", "c"),
    ],
    platform_word=[
        ("snap sur demande", "x"), ("insta en bio", "x"), ("pas de facebook", "x"), ("tiktok interdit ici", "x"),
        ("demande mon snap", "x"), ("insta privé", "x"), ("snap pour les habitués", "x"),
        ("suivez notre page facebook", "c"), ("cuisine digne d'insta", "c"),
    ],
    dotted_phrase=[
        ("PHOTOS.REELLES", "x"), ("SANS.PRISE.DE.TETE", "x"), ("APPELLE.MOI", "a"), ("NOUVELLE.EN.VILLE", "x"),
        ("SMS.UNIQUEMENT", "x"), ("ouvert [[24.7]]", "a"), ("PRIX.FERME", "c"),
    ],
    at_word=[("dispo [[@ 21h]]", "x"), ("je reçois [[@ l'hôtel]]", "x"), ("[[150€ @ l'heure]]", "x"), ("visite [[@ 18h]]", "c")],
    placeholder_email=[("(exemple : [[votre@email.fr]])", "a"), ("pas d'adresse bidon type [[nom@exemple.fr]]", "a")],
)
DECOYS["it"] = dict(
    emoji_decoration=[
        ("foto reali 📸 senza filtri", "x"), ("📷 recenti", "x"), ("✈️ in tour la prossima settimana", "x"),
        ("👻 perditempo no", "x"), ("🎵 musica soft", "x"), ("📸 vedi tutte le foto", "c"),
    ],
    platform_word=[
        ("snap su richiesta", "x"), ("insta nel profilo", "x"), ("niente facebook", "x"), ("tiktok vietato", "x"),
        ("chiedi il mio snap", "x"), ("insta privato", "x"), ("seguite la nostra pagina facebook", "c"),
    ],
    dotted_phrase=[("FOTO.REALI", "x"), ("SENZA.FRETTA", "x"), ("CHIAMAMI.ORA", "a"), ("NOVITA.IN.CITTA", "x"),
                   ("SOLO.SMS", "x"), ("PREZZO.FISSO", "c")],
    at_word=[("ti aspetto [[@ 21]]", "x"), ("ricevo [[@casa]] mia", "x"), ("ritiro [[@ 18]]", "c")],
    placeholder_email=[("(esempio: [[nome@esempio.it]])", "a")],
)
DECOYS["de"] = dict(
    emoji_decoration=[
        ("echte Fotos 📸 ohne Filter", "x"), ("📷 aktuelle Bilder", "x"), ("✈️ nur diese Woche hier", "x"),
        ("👻 Geister unerwünscht", "x"), ("🎵 Musik und Kerzen", "x"), ("📸 alle Fotos ansehen", "c"),
    ],
    platform_word=[
        ("snap auf Anfrage", "x"), ("insta im Profil", "x"), ("kein facebook", "x"), ("tiktok Tänze", "x"),
        ("frag nach meinem snap", "x"), ("insta privat", "x"), ("folgt unserer facebook Seite", "c"),
    ],
    dotted_phrase=[("ECHTE.FOTOS", "x"), ("OHNE.STRESS", "x"), ("RUF.AN", "a"), ("NEU.IN.DER.STADT", "x"),
                   ("NUR.SMS", "x"), ("FESTPREIS.NUR.ABHOLUNG", "c")],
    at_word=[("ab 20 Uhr [[@ Hotel]]", "x"), ("Treffen [[@ 21 Uhr]]", "x"), ("Abholung [[@ 18 Uhr]]", "c")],
    placeholder_email=[("(Beispiel: [[ihre@beispiel.de]])", "a"), ("keine Fake-Adressen wie [[name@domain.de]]", "a")],
)
DECOYS["tl"] = dict(
    emoji_decoration=[
        ("real pics 📸 walang filter", "x"), ("👻 wag mang-ghost", "x"), ("📷 bago lang", "x"),
        ("✈️ byahe next week", "x"), ("🎶 chill music lang", "x"), ("📸 tingnan lahat ng pics", "c"),
    ],
    platform_word=[
        ("snap lang sa seryoso", "x"), ("ig sa bio", "x"), ("walang facebook", "x"), ("tiktok lang dati", "x"),
        ("hingi ka ng snap ko kung seryoso ka", "x"), ("follow niyo FB page namin", "c"),
    ],
    dotted_phrase=[("TEXT.LANG", "x"), ("WALANG.ARTE", "x"), ("BAGO.LANG", "x"), ("SERYOSO.LANG", "a"),
                   ("open [[24.7]]", "a"), ("FIXED.PRICE.NA", "c")],
    at_word=[("incall [[@ condo ko]]", "x"), ("available [[@ 9pm]]", "x"), ("viewing [[@ 3pm]]", "c")],
    placeholder_email=[("(sample: [[pangalan@email.com]])", "a")],
)
# Dotted words glued to a phone number ("CALL.ME.(702)555-0143"): the words are a hard negative,
# the number a phone.
DOT_PHONE = {"en": ["CALL.ME", "TEXT.ME", "HIT.ME.UP", "CALL.NOW", "TXT.ME"], "es": ["LLAMA.YA", "ESCRIBE.YA"],
             "pt": ["LIGA.JA", "CHAMA.NO.ZAP"], "fr": ["APPELLE.MOI", "ENVOIE.SMS"], "it": ["CHIAMAMI.ORA", "SCRIVIMI.ORA"],
             "de": ["RUF.AN", "RUF.MICH.AN"], "tl": ["TEXT.LANG", "TAWAG.NA"]}

CATEGORIES = [("escort", 40), ("massage", 14), ("recruitment", 14), ("rooms", 7), ("cars", 6), ("furniture", 6),
              ("jobs", 7), ("services", 6)]
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "recruitment": "job_offer", "jobs": "job_offer",
             "rooms": "other", "cars": "other", "furniture": "other", "services": "other"}
LANGS = [("en", 70), ("es", 9), ("pt", 6), ("fr", 6), ("it", 3), ("de", 3), ("tl", 3)]
ADULT = {"escort", "massage", "recruitment"}


def side(text: str) -> str:
    """Phrasing split of the decoy banks: a quarter of the phrases only in dev, a quarter only in held-out."""
    b = hashlib.sha256(text.encode("utf-8")).digest()[0] % 4
    return {0: "dev", 1: "heldout"}.get(b, "both")


# --------------------------------------------------------------------------------------------
# Normal forms (the same as eval/ads/score.py)
# --------------------------------------------------------------------------------------------

def norm_url(u: str) -> str:
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


# --------------------------------------------------------------------------------------------
# Token tests shared by the generator (where pieces may meet) and the lint (what a reader sees)
# --------------------------------------------------------------------------------------------

CUE_WORDS = {"snap", "snapchat", "sc", "ig", "insta", "instagram", "kik", "tg", "telegram", "twitter", "tiktok",
             "tt", "onlyfans", "fb", "facebook"}
JOIN_CUE_WORDS = CUE_WORDS | {"line", "signal", "whatsapp", "viber"}
CUE_EMOJI = ("👻", "📷", "📸", "✈", "🎵", "🎶")
CUE_WORD_RE = re.compile(r"(?<![\w@./#-])(" + "|".join(sorted(CUE_WORDS, key=len, reverse=True)) + r")(?![\w])", re.I)
CUE_WORD_CS_RE = re.compile(r"(?<![\w@./#-])(OF|X)(?![\w])")
MASK_RE = re.compile(r"&nbsp;|&amp;|<br\s*/?>|</?p>|</?b>")
TRAIL = ".,!?;:)…'\"*~"
PREPS = {"on", "en", "no", "sur", "su", "auf", "sa", "in"}


def looks_account(tok: str) -> bool:
    """A token that reads as an account after a bare cue: a digit, '_', '.', or internal capitals."""
    return bool(re.search(r"[0-9_.]", tok) or re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", tok))


def mask(text: str) -> str:
    """HTML residue replaced by spaces of the same length (offsets are kept)."""
    return MASK_RE.sub(lambda m: " " * len(m.group(0)) if m.group(0) != "&amp;" else "&    ", text)


def is_cue_token(tok: str) -> bool:
    t = tok.rstrip(TRAIL)
    if t.lower() in JOIN_CUE_WORDS or t in ("OF", "X"):
        return True
    return any(t.startswith(e) or t.endswith(e) or t.endswith(e + "\ufe0f") for e in CUE_EMOJI)


def plain_token(tok: str) -> bool:
    t = tok.rstrip(TRAIL)
    return t.isalpha() and not looks_account(t) and t.lower() not in JOIN_CUE_WORDS and t not in ("OF", "X")


def ends_cue(text):
    toks = mask(text).split()
    if not toks:
        return False
    last = toks[-1].rstrip(TRAIL)
    return last.lower() in JOIN_CUE_WORDS or last in ("OF", "X") or any(
        last.endswith(e) or last.endswith(e + "\ufe0f") for e in CUE_EMOJI)


def starts_bare_cue(text):
    """The text opens with a cue word or emoji that is NOT followed by explicit syntax (: - = ➡ @)."""
    t = mask(text).lstrip()
    m = CUE_WORD_RE.match(t) or CUE_WORD_CS_RE.match(t)
    if m:
        rest = t[m.end():].lstrip()
    else:
        for e in CUE_EMOJI:
            if t.startswith(e):
                rest = t[len(e):].lstrip("\ufe0f").lstrip()
                break
        else:
            return False
    return not (rest[:1] in (":", "-", "=", "@", "➡") or rest.startswith("&"))


def starts_plain(text):
    toks = mask(text).split()
    return bool(toks) and plain_token(toks[0])


def ends_plain(text):
    """The text ends with a word or a decoration emoji: nothing that reads as an account or a cue."""
    toks = mask(text).split()
    if not toks:
        return False
    t = toks[-1].rstrip(TRAIL)
    return bool(t) and not looks_account(t) and not is_cue_token(t) and not t.startswith(("@", "$", "+", "("))


def starts_account(text):
    toks = mask(text).split()
    if not toks:
        return False
    t = toks[0].rstrip(TRAIL).lstrip("@")
    if CUE_WORD_RE.match(t) or CUE_WORD_CS_RE.match(t) or "/" in t or "@" in t or t.lower().startswith("www."):
        return False
    return bool(re.match(r"[A-Za-z]", t)) and looks_account(t)


def compat(a: str, b: str) -> bool:
    """May piece b follow piece a without a cue reading across the boundary?"""
    if ends_cue(a) and not starts_plain(b):
        return False
    if (starts_bare_cue(b) or starts_account(b)) and not ends_plain(a):
        return False
    return True


# --------------------------------------------------------------------------------------------
# Generation context
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, used, split):
        self.rng = rng
        self.used = used
        self.split = split

    def wpick(self, pairs):
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights=weights)[0]


class Piece:
    __slots__ = ("text", "spans", "negs", "kind")

    def __init__(self, text, spans=(), negs=(), kind="text"):
        self.text = text
        self.spans = list(spans)
        self.negs = list(negs)
        self.kind = kind


def invent(rng, lo=4, hi=9):
    while True:
        s = "".join(rng.choice(SYL) for _ in range(rng.choice([2, 2, 3])))
        if lo <= len(s) <= hi:
            return s


def claim(ctx, value):
    if value in ctx.used:
        return False
    ctx.used.add(value)
    return True


def rand_digits(rng):
    return rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1, 9)) * 2,
                       str(rng.randint(1990, 2004))])


def gen_handle(ctx, plats, look, words=HWORDS):
    rng = ctx.rng
    nodot = any(p in ("telegram", "twitter", "onlyfans") for p in plats)
    maxlen = 15 if "twitter" in plats else 28
    styles = ["digits", "digits", "under", "under_digits", "dot", "mixed", "mixed_digits"]
    if not look:
        styles += ["plain", "plain", "plain", "plain_name"]
    for _ in range(1000):
        a, a2 = invent(rng), invent(rng, 3, 6)
        w = rng.choice(words)
        d = rand_digits(rng)
        st = rng.choice(styles)
        if st == "dot" and nodot:
            st = "under"
        if st == "digits":
            h = rng.choice([f"{a}{d}", f"{w}{a}{d}", f"{a}{w}{d}"])
        elif st == "under":
            h = rng.choice([f"{a}_{w}", f"{w}_{a}", f"{a}_x", f"{a}_{a2}"])
        elif st == "under_digits":
            h = rng.choice([f"{a}_{d}", f"{a}_{w}{d}", f"{w}_{a}{d}"])
        elif st == "dot":
            h = rng.choice([f"{a}.{w}{d}", f"{a}.{rng.choice(DOT_TAILS)}", f"{w}.{a}{d}", f"{a}.{a2}_"])
        elif st == "mixed":
            h = rng.choice([a.capitalize() + w.capitalize(), w.capitalize() + a.capitalize(),
                            a.capitalize() + a2.capitalize()])
        elif st == "mixed_digits":
            h = a.capitalize() + w.capitalize() + d
        elif st == "plain":
            h = rng.choice([f"{a}{w}", f"{w}{a}"])
        else:
            h = a if len(a) >= 5 else a + w
            if rng.random() < 0.3:
                h = h.capitalize()
        if not (5 <= len(h) <= maxlen) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.]*", h):
            continue
        if look and not looks_account(h):
            continue
        if claim(ctx, h.lower()):
            return h
    raise RuntimeError("no handle")


LABEL_SUFFIX = {
    "escort": ["", "", "vip", "xo", "lux", "-companion"], "massage": ["spa", "-spa", "wellness", "-massage", "bodywork"],
    "recruitment": ["models", "-agency", "talent", "hostess", "-casting", "-events"],
    "rooms": ["homes", "-rentals", "living"], "cars": ["autos", "-motors", "cars"],
    "furniture": ["-furniture", "home", "decor"], "jobs": ["-staffing", "jobs", "careers", "-logistics"],
    "services": ["cleaning", "-photo", "services", "-movers", "fix"],
}
PATHS = {
    "escort": ["gallery", "rates", "booking", "about-me", "tour"], "massage": ["services", "book", "prices"],
    "recruitment": ["apply", "casting", "jobs", "careers/hostess"], "rooms": ["listing/4821", "rooms", "contact"],
    "cars": ["inventory", "listing/2231"], "furniture": ["shop", "sale"], "jobs": ["careers", "apply"],
    "services": ["quote", "gallery", "contact"],
}


def gen_label(ctx, cat):
    for _ in range(1000):
        lab = invent(ctx.rng, 4, 10) + ctx.rng.choice(LABEL_SUFFIX[cat])
        if claim(ctx, "domain:" + lab):
            return lab
    raise RuntimeError("no label")


def gen_code(ctx):
    for _ in range(1000):
        c = "".join(ctx.rng.choice(B62) for _ in range(ctx.rng.choice([6, 7])))
        if re.search(r"[0-9]", c) and claim(ctx, "code:" + c.lower()):
            return c
    raise RuntimeError("no code")


# --------------------------------------------------------------------------------------------
# Phones (fictional ranges only)
# --------------------------------------------------------------------------------------------

US_AREAS = sorted({a for _, codes in US_LOCS for a in codes})
CA_AREAS = sorted({a for _, codes in CA_LOCS for a in codes})


def new_phone(ad):
    """Returns (e164, display text, form)."""
    ctx, rng = ad.ctx, ad.ctx.rng
    reg = ad.true_region
    if reg in ("US", "CA"):
        country, intl = "NANP", rng.random() < 0.15
    elif reg in ("GB", "AU", "FR"):
        country, intl = reg, rng.random() < 0.25
    else:
        country, intl = rng.choice(["NANP", "GB", "FR"]), True
    if ad.region is None and ad.location is None:
        intl = True
    for _ in range(1000):
        if country == "NANP":
            area = rng.choice(ad.area_codes or (CA_AREAS if reg == "CA" else US_AREAS))
            xx = rng.randint(0, 99)
            e164 = f"+1{area}55501{xx:02d}"
        elif country == "GB":
            x = rng.randint(0, 999)
            e164 = f"+447700900{x:03d}"
        elif country == "AU":
            x = rng.randint(0, 999)
            e164 = f"+61491570{x:03d}"
        else:
            x = rng.randint(0, 9999)
            e164 = f"+3363998{x:04d}"
        if claim(ctx, e164):
            break
    else:
        raise RuntimeError("no phone")
    return e164, fmt_phone(rng, e164, country, intl), ("international" if intl else "national")


def fmt_phone(rng, e164, country, intl, compact=False):
    if country == "NANP":
        a, n = e164[2:5], e164[8:]
        if compact:
            return rng.choice([f"{a}555{n}", f"{a}-555-{n}", f"+1{a}555{n}", f"({a})555-{n}"])
        if intl:
            return rng.choice([f"+1 {a} 555 {n}", f"+1-{a}-555-{n}", f"+1 ({a}) 555-{n}", f"+1{a}555{n}"])
        return rng.choice([f"({a}) 555-{n}", f"{a}-555-{n}", f"{a}.555.{n}", f"{a}555{n}", f"({a})555-{n}",
                           f"{a} 555 {n}", f"1-{a}-555-{n}"])
    if country == "GB":
        x = e164[-3:]
        if compact:
            return rng.choice([f"07700900{x}", f"+447700900{x}"])
        if intl:
            return rng.choice([f"+44 7700 900{x}", f"+447700900{x}", f"+44 (0)7700 900{x}", f"+44 7700 900 {x}"])
        return rng.choice([f"07700 900{x}", f"07700900{x}", f"07700 900 {x}"])
    if country == "AU":
        x = e164[-3:]
        if compact:
            return rng.choice([f"0491570{x}", f"+61491570{x}"])
        if intl:
            return rng.choice([f"+61 491 570 {x}", f"+61491570{x}", f"+61 491570{x}"])
        return rng.choice([f"0491 570 {x}", f"0491570{x}", f"0491 570{x}"])
    ab, cd = e164[-4:-2], e164[-2:]
    if compact:
        return rng.choice([f"063998{ab}{cd}", f"+3363998{ab}{cd}"])
    if intl:
        return rng.choice([f"+33 6 39 98 {ab} {cd}", f"+3363998{ab}{cd}", f"+33 (0)6 39 98 {ab} {cd}"])
    return rng.choice([f"06 39 98 {ab} {cd}", f"06.39.98.{ab}.{cd}", f"063998{ab}{cd}", f"06 39 98 {ab}{cd}"])


def phone_country(e164):
    if e164.startswith("+1"):
        return "NANP"
    return {"+44": "GB", "+61": "AU", "+33": "FR"}[e164[:3]]


def pspan(e164, raw, form):
    return dict(kind="phone", platform=None, value=e164, raw=raw, form=form)


def hspan(platform, h, raw, form):
    return dict(kind="handle", platform=platform, value=h.lower(), raw=raw, form=form)


def uspan(value, raw, form):
    return dict(kind="url", platform=None, value=value, raw=raw, form=form)


def espan(value, raw, form):
    return dict(kind="email", platform=None, value=value, raw=raw, form=form)


# --------------------------------------------------------------------------------------------
# Selector pieces
# --------------------------------------------------------------------------------------------

URLFMT = {
    "instagram": ["instagram.com/{h}", "www.instagram.com/{h}", "https://instagram.com/{h}",
                  "https://www.instagram.com/{h}/", "instagram.com/{h}/"],
    "onlyfans": ["onlyfans.com/{h}", "https://onlyfans.com/{h}", "OnlyFans.com/{h}", "www.onlyfans.com/{h}"],
    "telegram": ["t.me/{h}", "https://t.me/{h}", "T.me/{h}"],
    "twitter": ["x.com/{h}", "https://x.com/{h}", "twitter.com/{h}", "https://twitter.com/{h}", "www.twitter.com/{h}"],
    "tiktok": ["tiktok.com/@{h}", "https://www.tiktok.com/@{h}", "www.tiktok.com/@{h}"],
    "snapchat": ["snapchat.com/add/{h}", "https://www.snapchat.com/add/{h}", "snapchat.com/add/{h}/"],
}
ADULT_FORMS = [("strong", 24), ("at", 9), ("verb", 9), ("weak_emoji", 18), ("weak_word", 12), ("name_before", 10),
               ("glued_phone", 7), ("list", 7), ("profile_url", 11)]
BIZ_FORMS = [("strong", 38), ("at", 15), ("verb", 7), ("weak_emoji", 4), ("weak_word", 5), ("name_before", 5),
             ("glued_phone", 3), ("list", 5), ("profile_url", 18)]
PLAT_W = {
    "escort": [("snapchat", 30), ("instagram", 24), ("kik", 9), ("telegram", 9), ("onlyfans", 14), ("twitter", 6),
               ("tiktok", 6), ("facebook", 2)],
    "massage": [("instagram", 50), ("facebook", 25), ("snapchat", 8), ("tiktok", 10), ("telegram", 4), ("twitter", 3)],
    "recruitment": [("telegram", 35), ("instagram", 30), ("snapchat", 12), ("kik", 5), ("tiktok", 8), ("facebook", 5),
                    ("twitter", 5)],
    "control": [("instagram", 45), ("facebook", 30), ("tiktok", 15), ("twitter", 10)],
}
NEEDS_LOOK = {"weak_emoji", "weak_word", "name_before"}


def form_ok(form, plat):
    if form == "weak_emoji":
        return plat in EMOJI_OF
    if form == "profile_url":
        return plat in URLFMT
    return True


def up(text):
    """Upper case that leaves HTML residue (&amp; &nbsp; <br>) as scraped."""
    return "".join(part if MASK_RE.fullmatch(part) else part.upper() for part in _split_keep(text))


def _split_keep(text):
    out, last = [], 0
    for m in MASK_RE.finditer(text):
        out += [text[last:m.start()], m.group(0)]
        last = m.end()
    return out + [text[last:]]


def maybe_upper(rng, text, p):
    return up(text) if rng.random() < p else text


def mk_handle(ad, plat, form, h=None):
    ctx, rng, L = ad.ctx, ad.ctx.rng, ad.L
    if h is None:
        h = gen_handle(ctx, [plat], look=form in NEEDS_LOOK or rng.random() < 0.55, words=ad.hwords)
    if form == "strong":
        lab = rng.choice(STRONG_LABELS[plat])
        seps = [(": ", "strong_colon")] * 5 + [(":", "strong_colon"), (" - ", "strong_dash"), ("- ", "strong_dash"),
                                               (" ➡️ ", "strong_arrow"), ("➡️", "strong_arrow"), (" = ", "strong_eq"),
                                               (":&nbsp;", "strong_nbsp")]
        if ad.lang == "fr":
            seps += [(" : ", "strong_colon")] * 4
        if plat in EMOJI_OF and rng.random() < 0.15:
            lab = rng.choice(EMOJI_OF[plat])
            seps = [(": ", "strong_emoji"), (":", "strong_emoji"), (" ➡️ ", "strong_emoji")]
        sep, f = rng.choice(seps)
        at = "@" if rng.random() < 0.35 else ""
        text = f"{lab}{sep}{at}"
        if looks_account(h) or rng.random() < 0.1:
            text = maybe_upper(rng, text, 0.15)
        text += h
        return Piece(text, [hspan(plat, h, text, f)], kind="pos")
    if form == "at":
        if plat in EMOJI_OF and rng.random() < 0.3:
            text, f = rng.choice(EMOJI_OF[plat]) + rng.choice([" @", "@"]) + h, "emoji_at"
        else:
            text, f = rng.choice(STRONG_LABELS[plat]) + " @" + h, "cue_at"
        return Piece(text, [hspan(plat, h, text, f)], kind="pos")
    if form == "verb":
        text = rng.choice(L["verb"]).format(p=rng.choice(WEAK_LABELS[plat]), h=h)
        return Piece(text, [hspan(plat, h, text, "verb")], kind="pos")
    if form == "weak_emoji":
        text = rng.choice(EMOJI_OF[plat]) + rng.choice([" ", " ", " ", ""]) + h
        return Piece(text, [hspan(plat, h, text, "weak_emoji")], kind="pos")
    if form == "weak_word":
        if rng.random() < 0.5:
            text = rng.choice(WEAK_LABELS[plat]) + " " + h
        else:
            text = rng.choice(L["add"]).format(p=rng.choice(WEAK_LABELS[plat]), h=h)
        return Piece(text, [hspan(plat, h, text, "weak_word")], kind="pos")
    if form == "name_before":
        if plat in EMOJI_OF and rng.random() < 0.35:
            text = h + rng.choice([" ", " ", ""]) + rng.choice(EMOJI_OF[plat])
        else:
            text = rng.choice(L["before"]).format(p=rng.choice(WEAK_LABELS[plat]), h=h)
        return Piece(text, [hspan(plat, h, text, "name_before")], kind="pos")
    if form == "glued_phone":
        e164, _, _ = new_phone(ad)
        intl = ad.true_region not in ("US", "CA", "GB", "AU", "FR") or rng.random() < 0.3
        ph = fmt_phone(rng, e164, phone_country(e164), intl, compact=True)
        lab = rng.choice(STRONG_LABELS[plat])
        head = rng.choice([f"{lab}: {h}", f"{lab}: {h}", f"{lab} @{h}", f"{lab}:{h}"])
        glue = rng.choice(["/", "/", "|", "|", ",", " / ", " | "])
        text = head + glue + ph
        return Piece(text, [hspan(plat, h, head, "glued_phone"), pspan(e164, ph, "glued_handle")], kind="pos")
    if form == "list":
        pool = [p for p in PLAT_W[ad.plat_key] if p[0] != plat and p[0] not in ad.plats_used]
        extra = []
        for _ in range(rng.choice([1, 1, 2])):
            if pool:
                q = ad.ctx.wpick(pool)
                extra.append(q)
                pool = [p for p in pool if p[0] != q]
        plats = [plat] + extra
        ad.plats_used.update(plats)
        h = gen_handle(ctx, plats, look=rng.random() < 0.6, words=ad.hwords) if len(plats) > 1 else h
        style = rng.random()
        if style < 0.45:
            labs = [rng.choice(LIST_SHORT[p]) for p in plats]
            text = rng.choice(["/", "/", "|"]).join(labs) + rng.choice([": @", ": ", " @", ":"]) + h
        else:
            labs = [rng.choice(WEAK_LABELS[p]) for p in plats]
            j = rng.choice(L["list_join"])
            head = labs[0] if len(labs) == 2 else ", ".join(labs[:-1])
            text = head + j + labs[-1] + rng.choice([": ", ": @", " @"]) + h
        text = maybe_upper(rng, text, 0.1 if looks_account(h) else 0.0)
        return Piece(text, [hspan(p, h, text, "list") for p in plats], kind="pos")
    if form == "profile_url":
        raw = rng.choice(URLFMT[plat]).format(h=h)
        if plat == "instagram" and rng.random() < 0.12:
            raw = raw.rstrip("/") + "?igshid=" + gen_code(ctx)
        if rng.random() < 0.06:
            raw = up(raw)
        lead = rng.choice(["", "", "", "👉 ", "follow ", "⬇️ ", "🔗 "])
        return Piece(lead + raw, [uspan(norm_url(raw), raw, "profile_url"), hspan(plat, h, raw, "profile_url")],
                     kind="pos")
    raise ValueError(form)


def handle_piece(ad, plat):
    forms = ADULT_FORMS if ad.cat in ("escort", "recruitment") else BIZ_FORMS
    form = ad.ctx.wpick([(f, w) for f, w in forms if form_ok(f, plat)])
    ad.plats_used.add(plat)
    return mk_handle(ad, plat, form)


def phone_piece(ad):
    rng = ad.ctx.rng
    e164, disp, form = new_phone(ad)
    text = disp if rng.random() < 0.2 else rng.choice(ad.L["phone_lead"]) + " " + disp
    return Piece(text, [pspan(e164, disp, form)], kind="pos")


def url_piece(ad):
    ctx, rng, L = ad.ctx, ad.ctx.rng, ad.L
    r = rng.random()
    lead = rng.choice(L["web_lead"]) + " " if rng.random() < 0.55 else ""
    if r < 0.64 or (r >= 0.84 and ad.cat not in ("escort", "recruitment")):
        host = gen_label(ctx, ad.cat) + "." + rng.choice(TLDS[ad.true_region])
        tail = ""
        if rng.random() < 0.4:
            tail = "/" + rng.choice(PATHS[ad.cat])
            if rng.random() < 0.15:
                tail += rng.choice(["?ref=ad", "?src=cl", "?lang=" + ad.lang])
        style = ctx.wpick([("bare", 30), ("www", 20), ("shouted", 15), ("scheme_path", 25), ("slash", 10)])
        if style == "bare":
            raw = host + tail
        elif style == "www":
            raw = "www." + host + tail
        elif style == "shouted":
            raw = up(rng.choice(["WWW.", "WWW.", ""]) + host + tail)
        elif style == "scheme_path":
            raw = rng.choice(["https://", "http://", "https://www.", "http://www."]) + host + (tail or "/")
        else:
            raw = rng.choice(["https://www.", "www.", "http://"]) + host + tail.split("?")[0] + "/"
        return Piece(lead + raw, [uspan(norm_url(raw), raw, style)], kind="pos")
    if r < 0.84:
        raw = rng.choice(["", "", "https://"]) + rng.choice(SHORTENERS) + "/" + gen_code(ctx)
        return Piece(lead + raw, [uspan(norm_url(raw), raw, "shortener")], kind="pos")
    name = gen_handle(ctx, ["onlyfans"], look=rng.random() < 0.5)
    raw = rng.choice(["", "", "https://"]) + rng.choice(AGGREGATORS) + "/" + name
    return Piece(rng.choice(["", "🔗 ", "all my links ", "links: "]) + raw,
                 [uspan(norm_url(raw), raw, "aggregator")], kind="pos")


OWN_LOCALS = {"en": ["booking", "info", "contact", "jobs", "hello", "sales", "hr", "office", "careers"],
              "es": ["citas", "info", "contacto", "reservas", "empleo"], "pt": ["contato", "info", "agenda", "vagas"],
              "fr": ["contact", "info", "rdv", "recrutement"], "it": ["info", "contatti", "prenotazioni"],
              "de": ["info", "kontakt", "termine"], "tl": ["info", "booking", "hr"]}


def email_piece(ad):
    ctx, rng, L, lang = ad.ctx, ad.ctx.rng, ad.L, ad.lang
    own = rng.random() < (0.15 if ad.cat == "escort" else 0.45)
    if own:
        local = rng.choice(OWN_LOCALS[lang])
        domain = gen_label(ctx, ad.cat) + "." + rng.choice(TLDS[ad.true_region])
    else:
        for _ in range(1000):
            a, w, d = invent(rng), rng.choice(HWORDS), rand_digits(rng)
            local = rng.choice([f"{a}{d}", f"{a}.{w}", f"{w}_{a}", f"{a}{w}{d}", f"{a}.{a[:2]}{d}"])
            if claim(ctx, "local:" + local):
                break
        domain = rng.choice(FREEMAIL + FREEMAIL_LANG.get(lang, []) * 3)
    value = f"{local}@{domain}"
    parts = domain.split(".")
    forms = [("plain", 34), ("caps", 10), ("obf_paren", 12), ("obf_bracket", 10), ("mailto", 7)]
    if lang in ("en", "tl", "de"):
        forms.append(("obf_words", 10))
    if lang in ("es", "pt"):
        forms.append(("arroba", 35))
    if lang == "fr":
        forms.append(("arobase", 35))
    if lang == "it":
        forms.append(("chiocciola", 25))
    form = ctx.wpick(forms)
    dot = {"es": " punto ", "pt": " ponto ", "fr": " point ", "it": " punto "}.get(lang, " dot ")
    if form == "plain":
        raw = value
    elif form == "caps":
        raw = up(value)
    elif form == "obf_paren":
        raw = rng.choice([f"{local} (at) " + " (dot) ".join(parts), f"{local}(at){domain}", f"{local} (@) {domain}"])
    elif form == "obf_bracket":
        raw = rng.choice([f"{local}[at]{domain}", f"{local} [at] " + " [dot] ".join(parts)])
    elif form == "obf_words":
        raw = f"{local} at " + " dot ".join(parts)
        if rng.random() < 0.4:
            raw = up(raw)
    elif form == "arroba":
        raw = rng.choice([f"{local} arroba " + dot.join(parts), f"{local} arroba {domain}"])
    elif form == "arobase":
        raw = rng.choice([f"{local} arobase " + dot.join(parts), f"{local} arobase {domain}"])
    elif form == "chiocciola":
        raw = rng.choice([f"{local} chiocciola " + dot.join(parts), f"{local} chiocciola {domain}"])
    else:
        raw = "mailto:" + value
        return Piece(f'<a href="{raw}">{rng.choice(L["mailto_text"])}</a>', [espan(value, raw, "mailto")], kind="pos")
    lead = rng.choice(L["mail_lead"]) + " " if rng.random() < 0.7 else ""
    return Piece(lead + raw, [espan(value, raw, form)], kind="pos")


# --------------------------------------------------------------------------------------------
# Decoys
# --------------------------------------------------------------------------------------------

DECOY_KINDS = [("emoji_decoration", 32), ("platform_word", 36), ("dotted_phrase", 17), ("at_word", 11),
               ("placeholder_email", 4)]


def decoy_piece(ad, kind, taken):
    ctx, rng = ad.ctx, ad.ctx.rng
    if kind == "dotted_phrase" and rng.random() < 0.3 and ad.phone_ok:
        opts = [x for x in DOT_PHONE[ad.lang] if x not in taken]
        if not opts:
            return None
        d = rng.choice(opts)
        taken.add(d)
        e164, _, _ = new_phone(ad)
        ph = fmt_phone(rng, e164, phone_country(e164), ad.true_region not in ("US", "CA", "GB", "AU", "FR"),
                       compact=True)
        return Piece(f"{d}.{ph}", [pspan(e164, ph, "dotted_glued")], [dict(kind=kind, raw=d)], kind="decoy")
    tags = ("a", "x") if ad.cat in ADULT else ("a", "c")
    bank = [t for t, tag in DECOYS[ad.lang][kind] if tag in tags and side(t) in (ctx.split, "both") and t not in taken]
    if not bank:
        bank = [t for t, tag in DECOYS["en"][kind] if tag in tags and side(t) in (ctx.split, "both") and t not in taken] \
            if ad.lang in ("tl",) else []
    if not bank:
        return None
    s = rng.choice(bank)
    taken.add(s)
    m = re.search(r"\[\[(.+?)\]\]", s)
    text = s.replace("[[", "").replace("]]", "")
    raw = m.group(1) if m else text
    if kind == "emoji_decoration" and not m and rng.random() < 0.2:
        # scraped without spaces around the emoji: "STOP👻wasting time"
        text = re.sub(r" ?(👻|📷|📸|🎵|🎶|✈️) ?", r"\1", text)
        raw = text
    if kind in ("dotted_phrase",) and not m and rng.random() < 0.3:
        text = rng.choice(["✨{}✨", "**{}**", "~{}~", "{}!!"]).format(text)
    if rng.random() < 0.15:
        text, raw = up(text), up(raw)
    return Piece(text, [], [dict(kind=kind, raw=raw)], kind="decoy")


# --------------------------------------------------------------------------------------------
# Ads
# --------------------------------------------------------------------------------------------

class Ad:
    pass


def choose_place(ctx, lang):
    rng = ctx.rng
    reg, restrict = ctx.wpick([((r, res), w) for r, w, res in LANG_REGIONS[lang]])
    codes = None
    if reg in ("US", "CA"):
        pool = [x for x in (US_LOCS if reg == "US" else CA_LOCS) if restrict is None or x[0] in restrict]
        loc, codes = rng.choice(pool)
    else:
        loc = rng.choice(restrict or LOCS[reg])
    area = re.sub(r" (NSW|VIC|QLD|WA)$", "", loc.split(",")[0])
    return reg, loc, codes, area


SEPS = {
    "flat": [" "] * 7 + [" | ", "<br>", "<br/>", " 💋 ", " ✨ ", "&nbsp;", " ~ ", "!! ", " 💕 ", " . ", " 🔥 "],
    "flat_plain": [" "] * 6 + [". ", " | ", "<br>", " · ", "&nbsp;"],
    "lines": ["\n"] * 5 + ["<br>\n", "\n\n"],
    "html": ["<br>"] * 4 + ["<br/>", "</p><p>", "<br><br>"],
}


def join(ctx, pieces, style):
    """Concatenate pieces with separators of the ad's style; returns (text, pieces)."""
    rng = ctx.rng
    out, where = "", []
    for i, p in enumerate(pieces):
        if i:
            out += rng.choice(SEPS[style])
        t = p.text
        if rng.random() < 0.04:
            t = f"<b>{t}</b>"
        where.append(p)
        out += t
    if style == "html":
        out = "<p>" + out + "</p>"
    return out, where


def fix_adjacency(ad, seq):
    out = []
    for p in seq:
        if out and not compat(out[-1].text, p.text):
            out.append(Piece(ad.ctx.rng.choice(ad.L["filler"]), kind="filler"))
        out.append(p)
    return out


def insert_compat(rng, seq, piece):
    pos = list(range(len(seq) + 1))
    rng.shuffle(pos)
    for i in pos:
        left = seq[i - 1] if i > 0 else None
        right = seq[i] if i < len(seq) else None
        if (left is None or compat(left.text, piece.text)) and (right is None or compat(piece.text, right.text)):
            seq.insert(i, piece)
            return
    seq.insert(pos[0], piece)


def text_piece(ad, s, p_upper=0.12):
    s = s.format(N=ad.persona, T=ad.tagline, A=ad.area, S=ad.biz)
    return Piece(maybe_upper(ad.ctx.rng, s, p_upper))


def build_ad(ctx, idx, cat, lang):
    rng = ctx.rng
    ad = Ad()
    ad.ctx, ad.cat, ad.lang, ad.L = ctx, cat, lang, LANG[lang]
    ad.true_region, loc, ad.area_codes, ad.area = choose_place(ctx, lang)
    r = rng.random()
    ad.region = None if r < 0.07 else ad.true_region
    ad.location = None if (ad.region is not None and rng.random() < 0.08) else loc
    ad.plat_key = cat if cat in PLAT_W else "control"
    ad.plats_used = set()
    ad.hwords = BIZWORDS.get(cat, HWORDS)
    ad.persona = invent(rng).capitalize()
    ad.biz = invent(rng).capitalize() + rng.choice([" Spa", " Wellness", " Massage", " Day Spa"])
    ad.tagline = rng.choice(ad.L.get("tag", ["new"]))
    ad.phone_ok = True
    L = ad.L
    lines_style = ctx.wpick([("flat", 60), ("lines", 20), ("html", 20)])
    if cat not in ADULT and lines_style == "flat":
        lines_style = "flat_plain"
    pu = 0.25 if lines_style == "lines" else 0.1

    # --- core text
    if cat == "escort":
        title = [text_piece(ad, rng.choice(L["esc_title"]), 0.2)]
        core = []
        for key, p in (("greet", 0.85), ("self", 0.9), ("serv", 0.7), ("rates", 0.8), ("avail", 0.7), ("rules", 0.6)):
            if rng.random() < p:
                core.append(text_piece(ad, rng.choice(L[key]), pu))
        if rng.random() < 0.3:
            core.append(text_piece(ad, rng.choice(L["rules"]), pu))
        if rng.random() < 0.7:
            core.append(text_piece(ad, rng.choice(L["close"]), pu))
        n_ph, k_w, p_url, p_mail = 0.8, [20, 42, 28, 10], 0.22, 0.12
    elif cat == "massage":
        title = [text_piece(ad, rng.choice(L["mas_title"]), 0.15)]
        core = [text_piece(ad, s, pu) for s in rng.sample(L["mas_body"], rng.randint(3, min(5, len(L["mas_body"]))))]
        n_ph, k_w, p_url, p_mail = 0.9, [50, 38, 12], 0.45, 0.2
    elif cat == "recruitment":
        title = [text_piece(ad, rng.choice(L["rec_title"]), 0.15)]
        core = [text_piece(ad, s, pu) for s in rng.sample(L["rec_body"], rng.randint(3, min(5, len(L["rec_body"]))))]
        n_ph, k_w, p_url, p_mail = 0.55, [22, 45, 27, 6], 0.35, 0.45
    else:
        titles, bodies = L[cat]
        title = [text_piece(ad, rng.choice(titles), 0.1)]
        core = [text_piece(ad, s, pu) for s in rng.sample(bodies, rng.randint(2, min(4, len(bodies))))]
        n_ph, k_w, p_url, p_mail = 0.75, [70, 27, 3], 0.3, 0.35
    if ad.true_region not in ("US", "CA", "GB", "AU", "FR"):
        n_ph *= 0.6
    if lang != "en":
        p_mail = min(0.6, p_mail * 1.8)

    # --- contacts
    contacts = []
    if rng.random() < n_ph:
        contacts.append(phone_piece(ad))
    k = rng.choices(range(len(k_w)), weights=k_w)[0]
    for _ in range(k):
        pool = [p for p in PLAT_W[ad.plat_key] if p[0] not in ad.plats_used]
        if pool:
            contacts.append(handle_piece(ad, ctx.wpick(pool)))
    if rng.random() < p_url:
        contacts.append(url_piece(ad))
    if rng.random() < p_mail:
        contacts.append(email_piece(ad))

    # a contact in the title, or a second mention of a handle there
    if contacts and rng.random() < 0.12:
        c = contacts[rng.randrange(len(contacts))]
        if not any(s["kind"] == "email" for s in c.spans) and "<a " not in c.text:
            contacts.remove(c)
            title.append(c)
    hs = [s for c in contacts for s in c.spans if s["kind"] == "handle" and s["form"] != "profile_url"
          and s["form"] != "list"]
    if hs and rng.random() < 0.1:
        s0 = rng.choice(hs)
        val = s0["value"]
        # recover the handle as written from the raw
        m = re.search(re.escape(val), s0["raw"], re.I)
        h = s0["raw"][m.start():m.end()] if m else val
        plat = s0["platform"]
        form = "weak_emoji" if plat in EMOJI_OF and looks_account(h) and rng.random() < 0.5 else "strong"
        title.append(mk_handle(ad, plat, form, h=h))

    # --- arrange the body
    seq = None
    for _ in range(40):
        cs = contacts[:]
        rng.shuffle(cs)
        cut = rng.randint(max(0, len(core) // 2), len(core))
        seq = core[:cut] + cs + core[cut:]
        if all(compat(seq[i].text, seq[i + 1].text) for i in range(len(seq) - 1)):
            break

    # --- decoys
    p_dec = 0.8 if cat in ADULT else 0.6
    taken = set()
    if rng.random() < p_dec:
        n = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        kinds = DECOY_KINDS if cat not in ("recruitment", "jobs") else \
            [(k_, w + (8 if k_ == "placeholder_email" else 0)) for k_, w in DECOY_KINDS]
        for j in range(n):
            d = decoy_piece(ad, ctx.wpick(kinds), taken)
            if d is None:
                continue
            if j == 0 and rng.random() < 0.18 and d.negs[0]["kind"] != "placeholder_email":
                insert_compat(rng, title, d)
            else:
                insert_compat(rng, seq, d)
    title = fix_adjacency(ad, title)
    seq = fix_adjacency(ad, seq)

    title_text, tpieces = join(ctx, title, "flat_title")
    body_text, bpieces = join(ctx, seq, lines_style)

    spans, negs = [], []
    for field, pieces in (("title", tpieces), ("body", bpieces)):
        for p in pieces:
            for s in p.spans:
                spans.append(dict(kind=s["kind"], platform=s["platform"], value=s["value"], raw=s["raw"],
                                  form=s["form"], field=field))
            for n_ in p.negs:
                negs.append(dict(kind=n_["kind"], raw=n_["raw"], field=field))

    labels = dict(post_type=POST_TYPE[cat], indicators=[], handles=[], urls=[], emails=[], phones=[])
    seen = set()
    for s in spans:
        key = (s["kind"], s["platform"], s["value"])
        if key in seen:
            continue
        seen.add(key)
        if s["kind"] == "handle":
            labels["handles"].append(dict(platform=s["platform"], value=s["value"]))
        else:
            labels[s["kind"] + "s"].append(s["value"])

    start = datetime(2014, 1, 1, tzinfo=timezone.utc)
    secs = int((datetime(2025, 1, 1, tzinfo=timezone.utc) - start).total_seconds())
    posted = (start + timedelta(seconds=rng.randrange(secs))).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"id": f"{PREFIX[ctx.split]}-{idx:03d}", "title": title_text, "body": body_text, "region": ad.region,
            "location": ad.location, "posted_at": posted, "lang": lang, "category": cat, "labels": labels,
            "spans": spans, "hard_negatives": negs}


SEPS["flat_title"] = [" ", " ", " ", " | ", " ~ ", " 💋 "]


# --------------------------------------------------------------------------------------------
# Lint: what a careful reader sees must be exactly what is labelled
# --------------------------------------------------------------------------------------------

def _ranges(text, raws):
    out = []
    for r in raws:
        i = text.find(r)
        while i >= 0:
            out.append((i, i + len(r)))
            i = text.find(r, i + 1)
    return out


def _inside(i, rs):
    return any(a <= i < b for a, b in rs)


def lint_field(text, pos_raws, neg_raws):
    """Problems in one field: an unlabelled cue + account, '@', domain or long digit run."""
    t = mask(text)
    P, N = _ranges(text, pos_raws), _ranges(text, neg_raws)
    probs = []
    cues = [(m.start(), m.end(), False) for m in CUE_WORD_RE.finditer(t)]
    cues += [(m.start(), m.end(), False) for m in CUE_WORD_CS_RE.finditer(t)]
    for e in CUE_EMOJI:
        i = t.find(e)
        while i >= 0:
            end = i + len(e) + (1 if t[i + len(e):i + len(e) + 1] == "\ufe0f" else 0)
            cues.append((i, end, True))
            i = t.find(e, i + 1)
    for s, e, emoji in cues:
        if _inside(s, P):
            continue
        rest = t[e:].lstrip()
        if rest[:1] in (":", "=", "@", "➡") or (rest[:1] == "-" and t[e:e + 1].isspace()):
            probs.append(f"explicit syntax after uncovered cue {t[s:e]!r}")
            continue
        toks = rest.split()
        if toks and looks_account(toks[0].rstrip(TRAIL)):
            probs.append(f"account-looking token after uncovered cue {t[s:e]!r}: {toks[0]!r}")
        before = t[:s].split()
        if emoji:
            if before and looks_account(before[-1].rstrip(TRAIL)) and not before[-1].endswith(CUE_EMOJI):
                probs.append(f"account-looking token before uncovered cue {t[s:e]!r}: {before[-1]!r}")
        elif len(before) >= 2 and before[-1].lower() in PREPS and looks_account(before[-2].rstrip(TRAIL)):
            probs.append(f"account-looking token before '{before[-1]} {t[s:e]}'")
    for i, ch in enumerate(text):
        if ch == "@" and not _inside(i, P) and not _inside(i, N):
            probs.append(f"uncovered @ at {i}")
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+", t):
        last = m.group(0).split(".")[-1]
        if len(last) >= 2 and last.isalpha() and not (_inside(m.start(), P) or _inside(m.start(), N)):
            probs.append(f"uncovered dotted name {m.group(0)!r}")
    for m in re.finditer(r"\+?\d[\d ().-]{7,}\d", t):
        if sum(c.isdigit() for c in m.group(0)) >= 9 and not _inside(m.start(), P):
            probs.append(f"uncovered digit run {m.group(0)!r}")
    return probs


def lint_ad(ad):
    probs = []
    for field in ("title", "body"):
        pos = [s["raw"] for s in ad["spans"] if s["field"] == field]
        neg = [n["raw"] for n in ad["hard_negatives"] if n["field"] == field]
        for r in pos + neg:
            if r not in ad[field]:
                probs.append(f"{field}: raw {r!r} not in field")
        probs += [f"{field}: {p}" for p in lint_field(ad[field], pos, neg)]
    return probs


# --------------------------------------------------------------------------------------------
# Splits
# --------------------------------------------------------------------------------------------

def quota(pairs, n):
    """Exactly proportional counts (largest remainder), as a list of n items."""
    total = sum(w for _, w in pairs)
    raw = [(x, n * w / total) for x, w in pairs]
    counts = {x: int(q) for x, q in raw}
    rest = n - sum(counts.values())
    for x, q in sorted(raw, key=lambda t: -(t[1] - int(t[1])))[:rest]:
        counts[x] += 1
    return [x for x, _ in pairs for _ in range(counts[x])]


def generate_all():
    """Both splits, dev first, with one registry of used values. Returns {split: [ad, ...]}."""
    used = set()
    out = {}
    for split in SPLITS:
        ctx = Ctx(random.Random(SEEDS[split]), used, split)
        cats, langs = quota(CATEGORIES, SIZES[split]), quota(LANGS, SIZES[split])
        ctx.rng.shuffle(cats)
        ctx.rng.shuffle(langs)
        ads = []
        for i in range(1, SIZES[split] + 1):
            cat, lang = cats[i - 1], langs[i - 1]
            for attempt in range(50):
                ad = build_ad(ctx, i, cat, lang)
                if not lint_ad(ad):
                    break
            else:
                raise RuntimeError(f"{split} {i}: could not build a clean ad: {lint_ad(ad)}")
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
            for h in L["handles"]:
                lab[split]["handle " + h["platform"]] += 1
            lab[split]["handles (all)"] += len(L["handles"])
            lab[split]["urls"] += len(L["urls"])
            lab[split]["urls: platform profiles"] += sum(1 for s in a["spans"] if s["kind"] == "url"
                                                        and s["form"] == "profile_url")
            lab[split]["emails"] += len(L["emails"])
            lab[split]["phones"] += len(L["phones"])
            lab[split]["ads with a hard negative"] += bool(a["hard_negatives"])
            lab[split]["ads with a handle"] += bool(L["handles"])
            for n in a["hard_negatives"]:
                lab[split]["hard negative " + n["kind"]] += 1
            lab[split]["hard negatives (all)"] += len(a["hard_negatives"])
    keys = ["handles (all)"] + [f"handle {p}" for p in PLATFORMS] + ["ads with a handle", "urls",
            "urls: platform profiles", "emails", "phones", "hard negatives (all)"] + \
        [f"hard negative {k}" for k, _ in DECOY_KINDS] + ["ads with a hard negative"]
    parts.append("**labels** (distinct per ad, summed)\n\n" +
                 md_table(["", "dev", "heldout"], [[k, lab["dev"][k], lab["heldout"][k]] for k in keys]))
    spans = {s: Counter() for s in SPLITS}
    for split in SPLITS:
        for a in all_ads[split]:
            for s in a["spans"]:
                spans[split][(s["kind"], s["form"])] += 1
    keys = sorted(set(spans["dev"]) | set(spans["heldout"]))
    parts.append("**spans** (one per occurrence) by kind and form\n\n" +
                 md_table(["kind", "form", "dev", "heldout"],
                          [[k, f, spans["dev"][(k, f)], spans["heldout"][(k, f)]] for k, f in keys]))
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
