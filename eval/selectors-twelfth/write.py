#!/usr/bin/env python3
"""Write eval/selectors-twelfth: dev.jsonl, heldout.jsonl and README.md.

    python3 write.py            write the three files next to this script
    python3 write.py --check    exit 1 if the files on disk differ from what would be written

Python 3.11, standard library only. Seeded: the output is byte-identical on every run.
Everything in the ads is invented (handles from random syllables, invented second-level
domains, phones only from fictional ranges).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_SEED = 120_012
HELD_SEED = 120_977
N_DEV = 150
N_HELD = 300

# ---------------------------------------------------------------------------------------------
# normalisation, the same as eval/ads/score.py compares with

PLATFORM_ALIASES = {"x": "twitter", "ig": "instagram", "insta": "instagram", "sc": "snapchat", "snap": "snapchat",
                    "tg": "telegram", "of": "onlyfans", "fb": "facebook", "tt": "tiktok"}


def norm_url(u: str) -> str:
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def norm_handle_value(v: str) -> str:
    return v.strip().lower().lstrip("@")


# ---------------------------------------------------------------------------------------------
# regions, languages, fillers

REGIONS = ["US", "GB", "AU", "CA", "PH", "ID", "BR", "ES", "DE", "NG", "KE"]
REGION_LANGS = {
    "US": [("en", 0.85), ("es", 0.15)], "GB": [("en", 1.0)], "AU": [("en", 1.0)],
    "CA": [("en", 0.6), ("fr", 0.4)], "PH": [("en", 0.4), ("tl", 0.6)], "ID": [("id", 0.8), ("en", 0.2)],
    "BR": [("pt", 1.0)], "ES": [("es", 1.0)], "DE": [("de", 0.85), ("en", 0.15)], "NG": [("en", 1.0)],
    "KE": [("en", 0.5), ("sw", 0.5)],
}
CITIES = {
    "US": ["Houston", "Phoenix", "Atlanta", "Las Vegas", "Miami", "Denver"],
    "CA": ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa"],
    "GB": ["Manchester", "Leeds", "London", "Glasgow", "Bristol"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
    "PH": ["Makati", "Cebu", "Quezon City", "Davao", "Pasay"],
    "ID": ["Jakarta", "Surabaya", "Denpasar", "Bandung", "Medan"],
    "BR": ["São Paulo", "Rio de Janeiro", "Curitiba", "Recife", "Belo Horizonte"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Málaga", "Sevilla"],
    "DE": ["Berlin", "Hamburg", "Köln", "Frankfurt", "München"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
}
PRICES = {
    "US": ["$200", "$250", "$300", "$180", "$22"], "CA": ["$220", "$260", "$180", "$25"],
    "GB": ["£150", "£120", "£200", "£12"], "AU": ["$300", "$250", "$350", "$30"],
    "PH": ["₱3,500", "₱5,000", "₱2,000", "₱800"], "ID": ["Rp 800rb", "Rp 1,5jt", "Rp 500rb", "Rp 150rb"],
    "BR": ["R$ 350", "R$ 250", "R$ 500", "R$ 120"], "ES": ["150€", "120€", "200€", "12€"],
    "DE": ["150 €", "120 €", "200 €", "14 €"], "NG": ["₦60,000", "₦40,000", "₦25,000"],
    "KE": ["KSh 6,000", "KSh 8,000", "KSh 3,500"],
}

CATEGORIES = [("escort", 22), ("massage", 14), ("recruit", 14), ("sugar", 12), ("webcam", 12),
              ("room", 7), ("car", 6), ("job", 7), ("service", 6)]
POST_TYPE = {"escort": "sex_ad", "sugar": "sex_ad", "massage": "massage", "recruit": "job_offer",
             "webcam": "job_offer", "job": "job_offer", "room": "other", "car": "other", "service": "other"}
CONTROLS = {"room", "car", "job", "service"}

# (titles, sentences); sentences[0] opens the ad. Placeholders: {name} {age} {city} {price}.
FILL = {
    "en": {
        "escort": (["NEW IN TOWN 💋 Sweet &amp; Discreet", "Elite companion available tonight 🔥",
                    "Independent lady — incall/outcall"],
                   ["Hi gentlemen, I'm {name}, {age} y/o, fresh in {city} for a few days only.",
                    "Incall in a clean private apartment, outcall to hotels.", "Real photos, no rush, discreet and classy.",
                    "Rates: {price} for one hour, overnight on request.", "Gentlemen only, no blocked numbers, no haggling."]),
        "massage": (["Relaxing full body massage 🌸", "Asian massage — new staff ✨", "Deep tissue &amp; relaxation"],
                    ["Professional relaxing massage, oils and hot towels.", "Open daily 10am till late, walk-ins welcome.",
                     "{price} for 60 min, couples room available.", "Private, clean, air-conditioned rooms near {city} centre."]),
        "recruit": (["HIRING hostesses &amp; models 💃", "Promo models wanted — high pay", "Hostess job, start this week"],
                    ["We are looking for friendly girls 18+ for hostess and promo work.",
                     "Pay {price} per shift plus tips, travel covered.", "No experience needed, training given, flexible hours.",
                     "Send 2 photos and your age to apply."]),
        "sugar": (["Generous gentleman seeks sugar baby 💸", "Sugar daddy arrangement — allowance weekly"],
                  ["Successful businessman, discreet, looking for a mutually beneficial arrangement.",
                   "Weekly allowance {price}, dinners and travel.", "No meetups without a video call first.",
                   "Based in {city}, often travelling."]),
        "webcam": (["Webcam models wanted — work from home 💻", "Earn {price}/week streaming"],
                   ["Studio or home, we provide lights and laptop.", "Female 18+ only, no experience needed, daily payouts.",
                    "Private and safe, your face can stay hidden.", "Studio in {city}, or work remotely."]),
        "room": (["Room for rent near station", "Furnished double room, bills incl."],
                 ["Furnished double room in a quiet shared house.", "{price} per week, bills &amp; wifi included.",
                  "Available from next month, no pets, non smoker preferred."]),
        "car": (["2014 hatchback for sale, low km", "Clean sedan, one owner"],
                ["Regularly serviced, new tyres, registration until next year.", "Asking {price}, small negotiation possible.",
                 "Inspection welcome on weekends in {city}."]),
        "job": (["Cleaner needed — part time", "Kitchen hand wanted"],
                ["Part time cleaner needed for offices, evenings only.", "Pay {price} per hour, weekly payments.",
                 "Must have right to work and own transport."]),
        "service": (["Plumber — fast &amp; reliable", "House cleaning service ✨"],
                    ["Licensed and insured, free quotes, same day service.", "Serving {city} and surrounding suburbs.",
                     "Call-out fee {price}, seniors discount."]),
    },
    "es": {
        "escort": (["NOVEDAD 💋 chica independiente", "Acompañante de lujo en {city} 🔥"],
                   ["Hola, soy {name}, {age} años, recién llegada a {city}.", "Piso discreto, también salidas a hotel.",
                    "Tarifa: {price} la hora, sin prisas."]),
        "massage": (["Masajes relajantes 🌸 nuevo centro", "Masaje tántrico profesional"],
                    ["Masaje relajante con aceites, ambiente tranquilo.", "Abierto todos los días de 10 a 22h.",
                     "{price} la sesión de 60 minutos."]),
        "recruit": (["Se buscan azafatas y modelos 💃", "Trabajo de imagen, buen sueldo"],
                    ["Buscamos chicas mayores de 18 para eventos y promociones.", "Pago de {price} por jornada más propinas.",
                     "Sin experiencia, horarios flexibles."]),
        "sugar": (["Caballero generoso busca sugar baby 💸", "Acuerdo discreto con asignación"],
                  ["Empresario discreto busca relación de beneficio mutuo.", "Asignación semanal de {price}, cenas y viajes.",
                   "Primero videollamada, luego cita."]),
        "webcam": (["Modelos webcam desde casa 💻", "Gana {price} a la semana"],
                   ["Estudio propio o desde casa, te damos el equipo.", "Solo mayores de 18, pagos diarios.",
                    "Trabajo privado y seguro."]),
        "room": (["Habitación en piso compartido", "Alquilo habitación amueblada"],
                 ["Habitación exterior en piso tranquilo.", "{price} a la semana, gastos incluidos.",
                  "Disponible desde el día 1, no fumadores."]),
        "car": (["Vendo coche 2015, pocos km", "Utilitario en buen estado"],
                ["Revisiones al día, ITV pasada.", "Precio {price}, negociable.", "Se puede ver el fin de semana."]),
        "job": (["Se busca camarero/a", "Limpieza de oficinas, media jornada"],
                ["Buscamos personal de limpieza por las tardes.", "Sueldo {price} la hora, pago semanal.",
                 "Imprescindible papeles en regla."]),
        "service": (["Fontanero urgente", "Reformas y pintura"],
                    ["Presupuesto sin compromiso, trabajo garantizado.", "Atendemos {city} y alrededores.",
                     "Desplazamiento {price}."]),
    },
    "pt": {
        "escort": (["NOVIDADE 💋 acompanhante independente", "Garota de luxo em {city} 🔥"],
                   ["Oi amor, sou {name}, {age} anos, cheguei agora em {city}.",
                    "Local discreto com estacionamento, atendo em hotéis.", "Cachê {price} a hora, sem pressa."]),
        "massage": (["Massagem relaxante 🌸", "Massagem tântrica profissional"],
                    ["Massagem com óleos e toalhas quentes.", "Atendimento todos os dias das 10h às 22h.",
                     "{price} a sessão de uma hora."]),
        "recruit": (["Contratamos recepcionistas e modelos 💃", "Vagas para promotoras"],
                    ["Procuramos meninas maiores de 18 para eventos.", "Pagamento de {price} por diária mais gorjetas.",
                     "Não precisa experiência."]),
        "sugar": (["Sugar daddy generoso procura sugar baby 💸", "Relacionamento discreto com mesada"],
                  ["Empresário discreto procura relacionamento com benefícios.",
                   "Mesada semanal de {price}, jantares e viagens.", "Primeiro chamada de vídeo."]),
        "webcam": (["Modelos de webcam, trabalhe de casa 💻", "Ganhe {price} por semana"],
                   ["Estúdio próprio ou em casa, fornecemos equipamento.", "Somente maiores de 18, pagamentos diários.",
                    "Trabalho seguro e sigiloso."]),
        "room": (["Quarto para alugar perto do metrô", "Aluga-se quarto mobiliado"],
                 ["Quarto mobiliado em casa tranquila.", "{price} por semana, contas inclusas.",
                  "Disponível já, não aceito pets."]),
        "car": (["Vendo carro 2016, revisado", "Hatch completo, único dono"],
                ["Revisões em dia, pneus novos.", "Valor {price}, aceito proposta.", "Pode ver no fim de semana."]),
        "job": (["Vaga para auxiliar de limpeza", "Contrata-se garçom"],
                ["Vaga de meio período, de segunda a sexta.", "Salário {price} por dia mais vale transporte.",
                 "Enviar currículo."]),
        "service": (["Eletricista residencial", "Diarista de confiança ✨"],
                    ["Orçamento sem compromisso.", "Atendo {city} e região.", "Visita técnica {price}."]),
    },
    "id": {
        "escort": (["BARU 💋 cewek independen", "Teman kencan di {city} 🔥"],
                   ["Halo kak, aku {name}, {age} thn, baru sampai di {city}.",
                    "Bisa di hotel atau apartemen, aman dan rahasia.", "Tarif {price} per jam, no nego."]),
        "massage": (["Pijat relaksasi panggilan 🌸", "Spa dan pijat tradisional"],
                    ["Pijat full body dengan minyak aromaterapi.", "Buka setiap hari jam 10 sampai 22.",
                     "{price} untuk 90 menit."]),
        "recruit": (["Lowongan LC dan model 💃", "Dicari SPG cantik"],
                    ["Dicari wanita usia 18+ untuk kerja event dan karaoke.", "Gaji {price} per hari plus tips.",
                     "Tanpa pengalaman, mess disediakan."]),
        "sugar": (["Sugar daddy cari sugar baby 💸", "Hubungan saling menguntungkan"],
                  ["Pengusaha sibuk cari teman jalan yang manis.", "Uang saku mingguan {price}.",
                   "Video call sebelum ketemu."]),
        "webcam": (["Dicari model webcam 💻", "Kerja dari rumah, gaji harian"],
                   ["Studio atau dari rumah, alat disediakan.", "Khusus wanita 18+, pembayaran harian.",
                    "Aman dan privasi terjaga."]),
        "room": (["Kos putri dekat kampus", "Disewakan kamar kos AC"],
                 ["Kamar bersih, kamar mandi dalam, wifi.", "{price} per minggu sudah termasuk listrik.",
                  "Khusus karyawati, tidak boleh bawa hewan."]),
        "car": (["Dijual mobil 2015 mulus", "Mobil keluarga tangan pertama"],
                ["Servis rutin di bengkel resmi, pajak hidup.", "Harga nego tipis.", "Bisa cek unit akhir pekan."]),
        "job": (["Lowongan kasir toko", "Dicari tukang masak"],
                ["Dibutuhkan kasir shift pagi.", "Gaji {price} per hari.", "Lamaran dikirim segera."]),
        "service": (["Jasa servis AC panggilan", "Jasa bersih rumah ✨"],
                    ["Teknisi berpengalaman, bergaransi.", "Melayani {city} dan sekitarnya.", "Biaya cek {price}."]),
    },
    "tl": {
        "escort": (["BAGO 💋 independent girl", "Available ngayon sa {city} 🔥"],
                   ["Hi po, ako si {name}, {age} y/o, bago dito sa {city}.",
                    "Incall sa condo, pwede rin outcall sa hotel.", "Rate {price} per hour, walang tawad."]),
        "massage": (["Home service massage 🌸", "Relaxing hilot at spa"],
                    ["Full body massage with oil, malinis at private.", "Bukas araw-araw 10am hanggang 10pm.",
                     "{price} per session, 1 hour."]),
        "recruit": (["HIRING: GRO at models 💃", "Need promodizers agad"],
                    ["Naghahanap kami ng babae 18+ para sa events at bar.", "Sahod {price} per gabi plus tips.",
                     "Walang experience, may libreng training."]),
        "sugar": (["Generous sugar daddy naghahanap ng SB 💸", "Discreet arrangement, may allowance"],
                  ["Busy businessman, naghahanap ng kasama sa dinner at travel.", "Weekly allowance {price}.",
                   "Video call muna bago meet."]),
        "webcam": (["Webcam models wanted, work from home 💻", "Kumita ng {price} kada linggo"],
                   ["Sa studio o sa bahay, kami bahala sa gamit.", "Babae 18+ lang, daily payout.", "Safe at private."]),
        "room": (["Room for rent malapit sa MRT", "Bedspace for ladies"],
                 ["Malinis na kwarto, may aircon at wifi.", "{price} kada linggo, kasama na tubig.",
                  "Bawal ang alagang hayop."]),
        "car": (["For sale: 2016 sedan, fresh", "Hatchback, first owner"],
                ["Casa maintained, bagong gulong.", "Presyo negotiable pa.", "Pwede tingnan sa weekend."]),
        "job": (["Hiring: cashier at service crew", "Need kasambahay"],
                ["Kailangan ng cashier, morning shift.", "Sahod {price} kada araw.", "Dalhin ang resume."]),
        "service": (["Aircon cleaning home service", "Plumbing at electrical ✨"],
                    ["Experienced technician, may warranty.", "Serving {city} at karatig lugar.", "Service fee {price}."]),
    },
    "de": {
        "escort": (["NEU 💋 unabhängige Begleitung", "Escort-Dame in {city} 🔥"],
                   ["Hallo, ich bin {name}, {age} Jahre, neu in {city}.", "Diskrete Wohnung, auch Hotelbesuche.",
                    "{price} pro Stunde, ohne Zeitdruck."]),
        "massage": (["Entspannende Massage 🌸", "Tantra-Massage in ruhigem Ambiente"],
                    ["Ganzkörpermassage mit warmem Öl.", "Täglich geöffnet von 10 bis 22 Uhr.", "{price} für 60 Minuten."]),
        "recruit": (["Hostessen und Models gesucht 💃", "Promotion-Jobs, Top-Bezahlung"],
                    ["Wir suchen freundliche Damen ab 18 für Events.", "Bezahlung {price} pro Schicht plus Trinkgeld.",
                     "Keine Erfahrung nötig."]),
        "sugar": (["Großzügiger Herr sucht Sugar Babe 💸", "Diskretes Arrangement mit Taschengeld"],
                  ["Erfolgreicher Geschäftsmann sucht diskrete Begleitung.", "Wöchentliches Taschengeld {price}.",
                   "Erst Videoanruf, dann Treffen."]),
        "webcam": (["Webcam-Models gesucht, von zu Hause 💻", "Verdiene {price} pro Woche"],
                   ["Im Studio oder zu Hause, Technik wird gestellt.", "Nur Frauen ab 18, tägliche Auszahlung.",
                    "Sicher und anonym."]),
        "room": (["WG-Zimmer frei", "Möbliertes Zimmer zu vermieten"],
                 ["Helles Zimmer in ruhiger WG.", "{price} pro Woche, inklusive Internet.", "Frei ab sofort, Nichtraucher."]),
        "car": (["Kleinwagen Baujahr 2015 zu verkaufen", "Kombi, scheckheftgepflegt"],
                ["TÜV neu, Winterreifen dabei.", "Preis auf Anfrage, VB.", "Besichtigung am Wochenende."]),
        "job": (["Reinigungskraft gesucht", "Küchenhilfe in Teilzeit"],
                ["Reinigungskraft für Büros, abends.", "Lohn {price} pro Stunde.", "Arbeitserlaubnis erforderlich."]),
        "service": (["Handwerker-Service schnell", "Umzugshilfe günstig ✨"],
                    ["Kostenloser Kostenvoranschlag.", "Wir sind in {city} und Umgebung unterwegs.", "Anfahrt {price}."]),
    },
    "sw": {
        "escort": (["MPYA 💋 msichana huru", "Mrembo yuko {city} leo 🔥"],
                   ["Habari, mimi ni {name}, miaka {age}, niko {city}.", "Nakuja hoteli au kwako, siri kabisa.",
                    "Bei {price} kwa saa."]),
        "massage": (["Massage ya kupumzika 🌸", "Spa na massage ya mwili mzima"],
                    ["Massage kwa mafuta, chumba safi.", "Tuko wazi kila siku asubuhi hadi usiku.",
                     "{price} kwa dakika 60."]),
        "recruit": (["Tunaajiri wahudumu na models 💃", "Kazi ya promo, malipo mazuri"],
                    ["Tunatafuta wasichana wa miaka 18+ kwa matukio.", "Malipo {price} kwa siku pamoja na tips.",
                     "Hakuna uzoefu unaohitajika."]),
        "sugar": (["Sugar daddy mkarimu anatafuta sugar baby 💸", "Uhusiano wa siri wenye posho"],
                  ["Mfanyabiashara anatafuta mwenzi wa chakula cha jioni na safari.", "Posho ya wiki {price}.",
                   "Video call kwanza."]),
        "webcam": (["Tunatafuta models wa webcam 💻", "Pata {price} kwa wiki"],
                   ["Studio au nyumbani, vifaa tunatoa.", "Wanawake 18+ tu, malipo kila siku.", "Salama na siri."]),
        "room": (["Chumba cha kupangisha", "Bedsitter inapatikana"],
                 ["Chumba safi, maji na umeme.", "{price} kwa wiki.", "Inapatikana mwezi ujao."]),
        "car": (["Gari inauzwa, mwaka 2014", "Sedan safi, mmiliki mmoja"],
                ["Imehudumiwa vizuri, matairi mapya.", "Bei maelewano yapo.", "Unaweza kuiona wikendi."]),
        "job": (["Nafasi ya kazi: msafishaji", "Tunatafuta mpishi"],
                ["Tunahitaji msafishaji wa ofisi jioni.", "Mshahara {price} kwa siku.", "Leta CV yako."]),
        "service": (["Fundi bomba wa haraka", "Huduma ya usafi wa nyumba ✨"],
                    ["Bei nafuu, kazi ya uhakika.", "Tunahudumia {city} na maeneo jirani.", "Gharama ya kufika {price}."]),
    },
    "fr": {
        "escort": (["NOUVELLE 💋 escorte indépendante", "Accompagnatrice à {city} 🔥"],
                   ["Bonjour, je suis {name}, {age} ans, nouvelle à {city}.", "Appartement discret, déplacements à l'hôtel.",
                    "{price} de l'heure, sans pression."]),
        "massage": (["Massage détente 🌸", "Massothérapie et bien-être"],
                    ["Massage complet aux huiles chaudes.", "Ouvert tous les jours de 10h à 22h.", "{price} pour 60 minutes."]),
        "recruit": (["Hôtesses et modèles recherchées 💃", "Emplois promo, bon salaire"],
                    ["Nous cherchons des femmes de 18 ans et plus pour des événements.", "{price} par soir plus pourboires.",
                     "Aucune expérience requise."]),
        "sugar": (["Homme généreux cherche sugar baby 💸", "Arrangement discret avec allocation"],
                  ["Homme d'affaires discret cherche relation bénéfique.", "Allocation hebdomadaire de {price}.",
                   "Appel vidéo d'abord."]),
        "webcam": (["Modèles webcam recherchées 💻", "Gagne {price} par semaine"],
                   ["En studio ou à la maison, équipement fourni.", "Femmes 18+ seulement, paiement quotidien.",
                    "Travail sécuritaire et anonyme."]),
        "room": (["Chambre à louer près du métro", "Chambre meublée disponible"],
                 ["Chambre meublée dans un logement calme.", "{price} par semaine, tout inclus.", "Libre le 1er, non-fumeur."]),
        "car": (["Auto à vendre 2015, bas kilométrage", "Berline propre, un seul propriétaire"],
                ["Entretien à jour, pneus neufs.", "Prix négociable.", "Visite la fin de semaine."]),
        "job": (["Préposé(e) à l'entretien recherché(e)", "Aide-cuisinier demandé"],
                ["Poste à temps partiel le soir.", "Salaire {price} de l'heure.", "Permis de travail requis."]),
        "service": (["Plombier rapide et fiable", "Service de ménage ✨"],
                    ["Estimation gratuite.", "Nous desservons {city} et les environs.", "Frais de déplacement {price}."]),
    },
}

EMOJI = ["💋", "🔥", "✨", "💦", "🌹", "❤️", "😘", "💕", "🥂", "💎", "🌸", "😍", "💯", "⭐", "🍒", "😉"]
SEPS = [" ", " ", " ", " <br> ", "<br>", "<br/>", " &nbsp; ", "\n", " | ", " 💕 ", " ✨ ", "</p><p>"]

# ---------------------------------------------------------------------------------------------
# invented names

CONS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "y", "z", "ch", "sh", "j"]
VOWS = ["a", "e", "i", "o", "u", "a", "i", "o"]
BLOCK = {"me", "bio", "aja", "dulu", "viral", "pics", "ko", "lang", "tu", "yangu", "gerne", "bitte", "echt",
         "aussi", "dispo", "agora", "reais", "reales", "asli", "totoo", "halisi", "vraies", "real", "music",
         "story", "famous", "privado", "live", "tube", "mama", "papa", "baby", "sexy", "nude", "porno", "kaka",
         "lala", "sasa", "saya", "yaya", "dada"}
# words that are (or look like) top-level domains: never a stem, so "name.stem" is never domain-shaped
BLOCK |= {"bike", "date", "game", "guru", "kiwi", "lego", "limo", "moda", "moto", "nico", "nike", "sale", "sony",
          "surf", "tube", "vana", "vote", "voto", "yoga", "zero", "zara", "rio", "fire", "kim", "life", "like",
          "lime", "love", "menu", "navy", "rest", "rodeo", "taxi", "team", "toys", "video", "wine", "zone", "sina",
          "seven", "latino", "lamer", "dabur", "fage", "pohl", "ruhr", "kaufen", "koeln", "sohu", "solar", "tokyo",
          "movie", "money", "pizza", "poker", "luxe", "maison", "ninja", "lotto", "mobi", "sano", "tatar", "casa",
          "care", "city", "name", "page", "meme", "mobile", "yamaha", "toyota", "sener", "nokia", "mini", "sky",
          "nagoya", "osaka", "lidl", "vivo", "tirol", "soy", "voting", "rocher", "kosher", "tube", "lol"}


class Names:
    """Invented stems, unique across both splits (the used set is shared)."""

    def __init__(self, used: set):
        self.used = used

    def stem(self, rng: random.Random, lo=2, hi=3) -> str:
        while True:
            s = "".join(rng.choice(CONS) + rng.choice(VOWS) for _ in range(rng.randint(lo, hi)))
            if rng.random() < 0.3:
                s += rng.choice(["n", "r", "l", "x", "s"])
            if len(s) < 4 or s in BLOCK or s in self.used:
                continue
            self.used.add(s)
            return s

    def display(self, rng: random.Random) -> str:
        s = "".join(rng.choice(CONS) + rng.choice(VOWS) for _ in range(rng.randint(2, 3)))
        return s.capitalize()


def valid_for(h: str, plats) -> bool:
    """Rough per-platform username rules: length, leading underscore, dots."""
    plats = set(plats)
    if plats & {"telegram", "snapchat"} and h.startswith("_"):
        return False
    if plats & NODOT and "." in h:
        return False
    if plats & {"twitter", "snapchat"} and len(h) > 15:
        return False
    if "kik" in plats and len(h) > 20:
        return False
    return len(h) <= 24


def handle_raw(ctx, style=None, dots=True, min_len=5, plats=()):
    """An invented handle as written, valid for every platform in plats."""
    if set(plats) & NODOT:
        dots = False
    while True:
        h = _handle_raw(ctx, style, dots, min_len)
        if valid_for(h, plats):
            return h


def _handle_raw(ctx, style=None, dots=True, min_len=5):
    """style: plain|under|digits|dot|camel; None = any account-looking."""
    rng = ctx.rng
    if style is None:
        style = rng.choice(["under", "digits", "dot", "camel"] if dots else ["under", "digits", "camel"])
    if style == "dot" and not dots:
        style = "under"
    s = ctx.names.stem(rng)
    if style == "plain":
        h = s
    elif style == "under":
        suf = rng.choice(["x", "xo", "vip", "b", "official", "real", "bby", str(rng.randint(2, 99)),
                          ctx.names.stem(rng, 1, 2)])
        h = f"{s}_{suf}" if rng.random() < 0.8 else f"_{s}_{suf}"
    elif style == "digits":
        h = f"{s}{rng.choice([str(rng.randint(2, 99)), str(rng.randint(1990, 2004)), '01', '07', '22'])}"
    elif style == "dot":
        tail = rng.choice([rng.choice("bcdfgkmnrstvz"), f"{ctx.names.stem(rng, 1, 2)}{rng.randint(1, 99)}"])
        h = f"{s}.{tail}"
    else:  # camel
        h = s.capitalize() + ctx.names.stem(rng, 1, 2).capitalize()
        if rng.random() < 0.3:
            h += str(rng.randint(2, 99))
    while len(h) < min_len:
        h += str(rng.randint(0, 9))
    return h


def account_looking(h: str) -> bool:
    """A digit, `_`, `.` or mixed case (an upper-case letter after the first character)."""
    h = h.lstrip("@")
    return any(c.isdigit() for c in h) or "_" in h or "." in h or (h[1:] != h[1:].lower() and h != h.upper())


# ---------------------------------------------------------------------------------------------
# fictional phones

US_AREAS = ["212", "213", "305", "312", "415", "702", "713", "404", "206", "617"]
CA_AREAS = ["416", "604", "514", "403", "613", "902"]


class Phones:
    def __init__(self, used: set):
        self.used = used

    def make(self, ctx, compact=False):
        """Returns (raw, e164, form)."""
        rng, region = ctx.rng, ctx.region
        own = {"US": "us", "CA": "ca", "GB": "uk", "AU": "au"}.get(region)
        if own and rng.random() < 0.75:
            country, national = own, True
        elif own:
            country, national = own, False
        else:
            country, national = rng.choice(["us", "uk", "au", "fr", "uk", "au"]), False
        while True:
            if country in ("us", "ca"):
                a = rng.choice(US_AREAS if country == "us" else CA_AREAS)
                s = f"{rng.randint(100, 199):04d}"
                e164 = f"+1{a}555{s}"
                if compact:
                    raw = f"{a}555{s}" if national else f"+1{a}555{s}"
                elif national:
                    raw = rng.choice([f"({a}) 555-{s}", f"{a}-555-{s}", f"{a}.555.{s}", f"{a} 555 {s}"])
                else:
                    raw = rng.choice([f"+1 {a} 555 {s}", f"+1-{a}-555-{s}", f"+1 ({a}) 555-{s}", f"+1{a}555{s}"])
            elif country == "uk":
                n = f"{rng.randint(0, 999):03d}"
                e164 = f"+447700900{n}"
                if compact:
                    raw = f"07700900{n}" if national else e164
                elif national:
                    raw = rng.choice([f"07700 900{n}", f"07700900{n}", f"07700 900 {n}"])
                else:
                    raw = rng.choice([f"+44 7700 900{n}", f"+447700900{n}", f"+44 7700 900 {n}"])
            elif country == "au":
                n = str(rng.randint(570000, 572999))
                x, y = n[:3], n[3:]
                e164 = f"+61491{n}"
                if compact:
                    raw = f"0491{n}" if national else e164
                elif national:
                    raw = rng.choice([f"0491 {x} {y}", f"0491{n}", f"0491-{x}-{y}"])
                else:
                    raw = rng.choice([f"+61 491 {x} {y}", f"+61491{n}", f"+61 491{n}"])
            else:  # fr, international only
                a, b = f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
                e164 = f"+3363998{a}{b}"
                raw = e164 if compact else rng.choice([f"+33 6 39 98 {a} {b}", e164, f"+33 639 98 {a} {b}"])
            if e164 not in self.used:
                self.used.add(e164)
                return raw, e164, ("national" if national else "international")


# ---------------------------------------------------------------------------------------------
# pieces


class Piece:
    def __init__(self, text, spans=None, negs=None, feature=None):
        self.text = text
        self.spans = spans or []
        self.negs = negs or []
        self.feature = feature


def H(platform, raw, form, value=None):
    return {"kind": "handle", "platform": platform, "value": norm_handle_value(value if value is not None else raw),
            "raw": raw, "form": form}


def U(raw, form):
    return {"kind": "url", "platform": None, "value": norm_url(raw), "raw": raw, "form": form}


def E(raw, value, form):
    return {"kind": "email", "platform": None, "value": value.lower(), "raw": raw, "form": form}


def P(raw, e164, form):
    return {"kind": "phone", "platform": None, "value": e164, "raw": raw, "form": form}


def N(kind, raw):
    return {"kind": kind, "raw": raw}


# --- handles -----------------------------------------------------------------------------------

SLASH_CUES = [("IG/TT/X", ["instagram", "tiktok", "twitter"]), ("IG/TT", ["instagram", "tiktok"]),
              ("IG / X", ["instagram", "twitter"]), ("Insta/TikTok", ["instagram", "tiktok"]),
              ("TT/IG/OF", ["tiktok", "instagram", "onlyfans"]), ("X/IG", ["twitter", "instagram"]),
              ("ig/tt/x", ["instagram", "tiktok", "twitter"]), ("IG | TT | X", ["instagram", "tiktok", "twitter"])]


def f_list_slash(ctx):
    rng = ctx.rng
    cue, plats = rng.choice(SLASH_CUES)
    h = handle_raw(ctx, rng.choice(["plain", "under", "digits", "camel"]), dots=False, plats=plats)
    raw = "@" + h if rng.random() < 0.85 else h
    text = f"{cue}: {raw}" if raw[0] != "@" or rng.random() < 0.7 else f"{cue} {raw}"
    return Piece(text, [H(p, raw, "list_slash") for p in plats])


JOINED = {
    "en": [("snap & insta", ["snapchat", "instagram"]), ("snap &amp; insta", ["snapchat", "instagram"]),
           ("IG + snap", ["instagram", "snapchat"]), ("insta & tiktok", ["instagram", "tiktok"])],
    "es": [("insta y snap", ["instagram", "snapchat"])], "pt": [("insta e snap", ["instagram", "snapchat"])],
    "de": [("Snap und Insta", ["snapchat", "instagram"])], "sw": [("snap na insta", ["snapchat", "instagram"])],
    "tl": [("snap at IG", ["snapchat", "instagram"])], "id": [("snap dan ig", ["snapchat", "instagram"])],
    "fr": [("insta et snap", ["instagram", "snapchat"])],
}


def f_joined(ctx):
    rng = ctx.rng
    opts = JOINED[ctx.lang] + (JOINED["en"] if ctx.lang != "en" else [])
    cue, plats = rng.choice(opts)
    h = handle_raw(ctx, rng.choice(["plain", "under", "digits", "dot", "camel"]), plats=plats)
    raw = h if rng.random() < 0.7 else "@" + h
    return Piece(f"{cue}: {raw}", [H(p, raw, "joined_platforms") for p in plats])


def f_tg_wa(ctx):
    rng = ctx.rng
    h = handle_raw(ctx, rng.choice(["plain", "under", "digits"]), plats=["telegram"])
    praw, e164, _ = ctx.phones.make(ctx)
    tmpl = rng.choice(["📲 tg @{h} | wa {p}", "📲 TG: @{h} | WA: {p}", "📲 telegram @{h} / wa {p}", "📲 tg @{h} · wa {p}"])
    return Piece(tmpl.format(h=h, p=praw), [H("telegram", "@" + h, "tg_pipe_wa"), P(praw, e164, "pipe_wa")])


SOCIAL_LEAD = {"en": ["Socials ⬇️", "My socials ⬇️", "SOCIALS ⬇️"], "es": ["Redes ⬇️"], "pt": ["Redes ⬇️"],
               "id": ["Sosmed ⬇️"], "de": ["Socials ⬇️"], "tl": ["Socials ko ⬇️"], "sw": ["Mitandao ⬇️"],
               "fr": ["Réseaux ⬇️"]}


def f_socials(ctx):
    rng = ctx.rng
    lead = rng.choice(SOCIAL_LEAD[ctx.lang])
    w1, p1 = rng.choice([("insta", "instagram"), ("snap", "snapchat"), ("ig", "instagram")])
    w2, p2 = rng.choice([("twitter", "twitter"), ("tiktok", "tiktok"), ("x", "twitter")])
    h1 = handle_raw(ctx, plats=[p1])
    h2 = handle_raw(ctx, rng.choice(["plain", "under", "digits"]), dots=False, plats=[p2])
    tmpl = rng.choice(["{l} {w1} {h1} {w2} @{h2}", "{l} {w1} {h1} · {w2} @{h2}", "{l} {w1}: {h1} / {w2}: @{h2}"])
    text = tmpl.format(l=lead, w1=w1, h1=h1, w2=w2, h2=h2)
    return Piece(text, [H(p1, h1, "socials_list"), H(p2, "@" + h2, "socials_list")])


COLON_CUES = [("IG", "instagram"), ("Insta", "instagram"), ("Instagram", "instagram"), ("Snapchat", "snapchat"),
              ("Snap", "snapchat"), ("SC", "snapchat"), ("Telegram", "telegram"), ("TG", "telegram"),
              ("Kik", "kik"), ("KIK", "kik"), ("OF", "onlyfans"), ("OnlyFans", "onlyfans"), ("TikTok", "tiktok"),
              ("X", "twitter"), ("Twitter", "twitter"), ("FB", "facebook")]
NODOT = {"telegram", "twitter", "onlyfans"}


def f_cue_colon(ctx):
    rng = ctx.rng
    cue, plat = rng.choice(COLON_CUES)
    h = handle_raw(ctx, rng.choice(["plain", "under", "digits", "dot", "camel"]), plats=[plat])
    raw = "@" + h if rng.random() < 0.5 else h
    sep = rng.choice([": ", " - ", " ➡️ ", ":"]) if raw[0] != "@" else rng.choice([": ", " ", " - "])
    negs = []
    text = f"{cue}{sep}{raw}"
    if rng.random() < 0.25:
        lib = rng.choice(LINK_IN_BIO[ctx.lang])
        text += f" ({lib})"
        negs.append(N("link_in_bio", lib))
    return Piece(text, [H(plat, raw, "cue_colon")], negs)


ADJ_CUES = [("snap", "snapchat"), ("Snap", "snapchat"), ("kik", "kik"), ("insta", "instagram"), ("IG", "instagram"),
            ("tg", "telegram"), ("Telegram", "telegram")]


def f_handle_phone(ctx):
    rng = ctx.rng
    cue, plat = rng.choice(ADJ_CUES)
    tmpl = rng.choice(["{c}: {h} {p}", "{c}: {h}&nbsp;{p}", "{c} {h} {p}", "{c}: {h}, {p}"])
    styles = ["plain", "under", "digits", "digits", "dot"] if ":" in tmpl else ["under", "digits", "dot"]
    h = handle_raw(ctx, rng.choice(styles), plats=[plat])
    praw, e164, pform = ctx.phones.make(ctx)
    return Piece(tmpl.format(c=cue, h=h, p=praw), [H(plat, h, "before_phone"), P(praw, e164, "after_handle")])


def f_handle_glued(ctx):
    rng = ctx.rng
    cue, plat = rng.choice(ADJ_CUES)
    h = handle_raw(ctx, rng.choice(["under", "digits", "dot", "camel"]), plats=[plat])
    praw, e164, _ = ctx.phones.make(ctx, compact=True)
    glue = rng.choice(["/", "|", "/", ","])
    at = "@" + h if (plat == "telegram" and rng.random() < 0.6) else h
    return Piece(f"{cue} {at}{glue}{praw}", [H(plat, at, "glued_phone"), P(praw, e164, "glued_to_handle")])


FREEMAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "proton.me", "gmx.de", "yahoo.co.uk",
            "hotmail.es", "bol.com.br", "yahoo.com.au", "icloud.com"]


def local_part(ctx, style=None):
    rng = ctx.rng
    style = style or rng.choice(["dot", "under", "digits", "plain"])
    s = ctx.names.stem(rng)
    if style == "dot":
        return f"{s}.{rng.choice('bcdfgkmnrstvz')}" if rng.random() < 0.5 else f"{s}.{ctx.names.stem(rng, 1, 2)}"
    if style == "under":
        return f"{s}_{rng.choice(['x', 'vip', 'b', 'bookings', 'models'])}"
    if style == "digits":
        return f"{s}{rng.randint(2, 99)}"
    return s


def f_email_shared(ctx):
    rng = ctx.rng
    cue, plat = rng.choice([("IG", "instagram"), ("snap", "snapchat"), ("insta", "instagram"), ("kik", "kik"),
                            ("TikTok", "tiktok")])
    while True:
        loc = local_part(ctx, rng.choice(["dot", "under", "digits"]))
        if valid_for(loc, [plat]):
            break
    dom = rng.choice(FREEMAIL)
    e = f"{loc}@{dom}"
    tmpl = rng.choice(["{e} / {c} {h}", "{e} | {c}: {h}", "{e} &amp; {c} {h}", "{c}: {h} / {e}"])
    return Piece(tmpl.format(e=e, c=cue, h=loc),
                 [E(e, e, "shares_handle_name"), H(plat, loc, "shares_email_name")])


WEAK_EMOJI = [("👻", "snapchat"), ("📸", "instagram"), ("📷", "instagram"), ("🎵", "tiktok")]


def f_weak_emoji(ctx):
    rng = ctx.rng
    emo, plat = rng.choice(WEAK_EMOJI)
    h = handle_raw(ctx, plats=[plat])
    return Piece(f"{emo} {h}" if rng.random() < 0.8 else f"{emo}{h}", [H(plat, h, "weak_emoji")])


WEAK_PREFIX = {"en": ["find me on", "add", "", "follow"], "es": ["búscame en", "agrégame", ""],
               "pt": ["me segue no", "add", ""], "id": ["follow", "add", ""], "de": ["folgt mir auf", ""],
               "tl": ["i-add niyo", "follow", ""], "sw": ["nifuate", ""], "fr": ["suivez-moi sur", ""]}
WEAK_WORDS = [("snap", "snapchat"), ("insta", "instagram"), ("tiktok", "tiktok"), ("ig", "instagram"),
              ("Snap", "snapchat"), ("INSTA", "instagram"), ("kik", "kik")]


def f_weak_word(ctx):
    rng = ctx.rng
    word, plat = rng.choice(WEAK_WORDS)
    h = handle_raw(ctx, plats=[plat])
    pre = rng.choice(WEAK_PREFIX[ctx.lang])
    text = f"{pre} {word} {h}".strip()
    return Piece(text, [H(plat, h, "weak_word")])


PROFILE_HOSTS = [("t.me/", "telegram", False), ("onlyfans.com/", "onlyfans", True),
                 ("instagram.com/", "instagram", True), ("x.com/", "twitter", False),
                 ("twitter.com/", "twitter", True), ("tiktok.com/@", "tiktok", True),
                 ("snapchat.com/add/", "snapchat", False)]


def f_profile_url(ctx):
    rng = ctx.rng
    host, plat, www_ok = rng.choice(PROFILE_HOSTS)
    h = handle_raw(ctx, rng.choice(["plain", "under", "digits", "dot"]), plats=[plat])
    pre = rng.choice(["", "", "https://"] + (["https://www."] if www_ok else []))
    raw = f"{pre}{host}{h}"
    if host == "instagram.com/" and rng.random() < 0.4:
        raw += "/"
    return Piece(raw, [U(raw, "profile_url"), H(plat, h, "profile_url")])


# --- urls --------------------------------------------------------------------------------------

SITE_SUFFIX = {"AU": ["com.au"], "GB": ["co.uk"], "DE": ["de"], "ES": ["es"], "BR": ["com.br"]}
SITE_SHAPES = ["{s}-escorts.{t}", "{s}massage.{t}", "{s}models.{t}", "{s}.{t}", "{s}-spa.{t}", "{s}-agency.{t}",
               "{s}.{t}"]
URL_LEAD = {"en": ["Site:", "More pics:", "Visit", "🌐", "Book at", "Rates &amp; pics:"],
            "es": ["Web:", "Más fotos:", "🌐"], "pt": ["Site:", "Mais fotos:", "🌐"],
            "id": ["Web:", "Cek", "🌐"], "de": ["Webseite:", "Mehr Bilder:", "🌐"],
            "tl": ["Website:", "Check", "🌐"], "sw": ["Tovuti:", "🌐"], "fr": ["Site :", "Plus de photos :", "🌐"]}


def site_domain(ctx):
    rng = ctx.rng
    suffixes = SITE_SUFFIX.get(ctx.region, []) + ["com", "io", "me", "net"]
    t = suffixes[0] if (ctx.region in SITE_SUFFIX and rng.random() < 0.6) else rng.choice(suffixes)
    return rng.choice(SITE_SHAPES).format(s=ctx.names.stem(rng), t=t)


def f_bare_site(ctx):
    rng = ctx.rng
    d = site_domain(ctx)
    raw = d.capitalize() if rng.random() < 0.25 else d
    lead = rng.choice(URL_LEAD[ctx.lang])
    end = rng.choice(["", "", ".", " 💋", " ✨"])
    return Piece(f"{lead} {raw}{end}", [U(raw, "bare_domain")])


def f_www_caps(ctx):
    rng = ctx.rng
    s = ctx.names.stem(rng).upper()
    t = rng.choice(SITE_SUFFIX.get(ctx.region, ["com"]) + ["com", "net"]).upper()
    raw = rng.choice([f"WWW.{s}.{t}", f"WWW.{s}-MODELS.{t}", f"WWW.{s}ESCORTS.{t}"])
    return Piece(f"{rng.choice(['VISIT', '👉', '🌐', 'ONLINE:'])} {raw}", [U(raw, "www_caps")])


def f_https_path(ctx):
    rng = ctx.rng
    s = ctx.names.stem(rng)
    raw = rng.choice([f"https://{s}.example/booking?id={rng.randint(2, 99)}", f"https://www.{s}.com/rates",
                      f"http://{s}.net/", f"https://{s}-agency.io/apply", f"http://{s}.com.au/gallery/",
                      f"https://{s}.example/girls/{rng.randint(10, 999)}", f"https://{s}-studio.de/bewerbung"])
    return Piece(f"{rng.choice(URL_LEAD[ctx.lang])} {raw}", [U(raw, "scheme_path")])


def short_code(ctx, n):
    rng = ctx.rng
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        c = "".join(rng.choice(alphabet) for _ in range(n))
        if any(ch.isdigit() for ch in c) and c.lower() not in ctx.short_used:
            ctx.short_used.add(c.lower())
            return c


def f_shortener(ctx):
    rng = ctx.rng
    host = rng.choice(["bit.ly/", "bit.ly/", "tinyurl.com/"])
    code = short_code(ctx, rng.randint(6, 7))
    if host == "tinyurl.com/":
        code = code.lower()
    raw = rng.choice(["", "", "https://"]) + host + code
    lead = rng.choice(["Book ➡️", "Pics:", "👉", "Apply:", "Menu:"])
    text = f"{lead} ({raw})" if rng.random() < 0.3 else f"{lead} {raw}"
    return Piece(text, [U(raw, "shortener")])


BOOKING = ["bookvela.io/{s}", "slotnesto.com/book/{s}", "reservo.example/u/{s}", "calmslot.net/{s}"]


def f_booking(ctx):
    rng = ctx.rng
    raw = rng.choice(["", "https://"]) + rng.choice(BOOKING).format(s=ctx.names.stem(rng))
    lead = rng.choice(["Book online:", "Reservas:", "Booking ⬇️", "Termin:", "📅"])
    return Piece(f"{lead} {raw}", [U(raw, "booking_platform")])


def f_aggregator(ctx):
    rng = ctx.rng
    host = rng.choice(["linktr.ee/", "beacons.ai/", "allmylinks.com/"])
    raw = rng.choice(["", "", "https://"]) + host + handle_raw(ctx, rng.choice(["plain", "under", "digits"]), dots=False)
    lead = rng.choice(["all my links ➡️", "Links:", "🔗", "everything here:", "⬇️"])
    return Piece(f"{lead} {raw}", [U(raw, "link_aggregator")])


def f_fansly(ctx):
    rng = ctx.rng
    raw = rng.choice(["", "https://"]) + "fansly.com/" + handle_raw(ctx, rng.choice(["plain", "under", "digits"]),
                                                                   dots=False)
    return Piece(f"{rng.choice(['🔞', 'VIP content:', 'Fans:'])} {raw}", [U(raw, "fansly_url")])


ANCHOR = {"en": ["my website", "rates &amp; photos", "click here"], "es": ["mi web", "tarifas"],
          "pt": ["meu site", "fotos"], "id": ["situs aku", "klik di sini"], "de": ["meine Seite", "hier klicken"],
          "tl": ["website ko", "click dito"], "sw": ["tovuti yangu", "bofya hapa"], "fr": ["mon site", "cliquez ici"]}


def f_href(ctx):
    rng = ctx.rng
    d = site_domain(ctx)
    path = rng.choice(["", "/", "/rates", "/gallery", "/apply"])
    href = f"https://{d}{path}" if rng.random() < 0.7 else f"http://www.{d}{path}"
    if rng.random() < 0.4:
        shown = d + path.rstrip("/")
        return Piece(f'<a href="{href}">{shown}</a>', [U(href, "href_anchor"), U(shown, "href_anchor")])
    return Piece(f'<a href="{href}">{rng.choice(ANCHOR[ctx.lang])}</a>', [U(href, "href_anchor")])


def f_wa_me(ctx):
    rng = ctx.rng
    _, e164, _ = ctx.phones.make(ctx, compact=True)
    raw = rng.choice(["", "https://"]) + "wa.me/" + e164[1:]
    lead = rng.choice(["WhatsApp ➡️", "💬", "Chat:", "📲"])
    return Piece(f"{lead} {raw}", [U(raw, "wa_me"), P(raw[raw.index("wa.me/") + 6:], e164, "wa_me_digits")])


# --- emails ------------------------------------------------------------------------------------

EMAIL_LEAD = {"en": ["Email:", "Email me", "✉️", "Apply:"], "es": ["Correo:", "✉️"], "pt": ["E-mail:", "✉️"],
              "id": ["Email:", "Surel:", "✉️"], "de": ["E-Mail:", "✉️"], "tl": ["Email:", "✉️"],
              "sw": ["Barua pepe:", "✉️"], "fr": ["Courriel :", "✉️"]}


def email_addr(ctx, own_ok=True):
    rng = ctx.rng
    loc = local_part(ctx)
    if own_ok and rng.random() < 0.3:
        dom = site_domain(ctx).lower()
    else:
        dom = rng.choice(FREEMAIL)
    return loc, dom


def _lead(ctx):
    return ctx.rng.choice(EMAIL_LEAD[ctx.lang])


def f_email_plain(ctx):
    loc, dom = email_addr(ctx)
    e = f"{loc}@{dom}"
    return Piece(f"{_lead(ctx)} {e}", [E(e, e, "plain")])


def f_email_caps(ctx):
    loc, dom = email_addr(ctx)
    e = f"{loc}@{dom}".upper()
    return Piece(f"{_lead(ctx).upper()} {e}", [E(e, e, "caps")])


def f_email_mailto(ctx):
    rng = ctx.rng
    loc, dom = email_addr(ctx)
    e = f"{loc}@{dom}"
    if rng.random() < 0.5:
        return Piece(f'<a href="mailto:{e}">{e}</a>', [E(e, e, "mailto"), E(e, e, "mailto")])
    anchor = rng.choice(["Email me", "Contact", "✉️ write", "Kontakt", "Escríbeme"])
    return Piece(f'<a href="mailto:{e}">{anchor}</a>', [E(e, e, "mailto")])


PAREN_DOMS = ["gmail", "yahoo", "hotmail", "outlook", "icloud"]


def f_email_paren(ctx):
    rng = ctx.rng
    loc = local_part(ctx)
    base = rng.choice(PAREN_DOMS + [ctx.names.stem(rng) + "models"])
    at, dot = rng.choice([("(at)", "(dot)"), ("[at]", "[dot]"), ("(AT)", "(DOT)"), ("{at}", "{dot}")])
    raw = f"{loc} {at} {base} {dot} com"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.com", "paren_at_dot")])


def f_email_words(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    if rng.random() < 0.5:
        base, tld, spoken = rng.choice([("yahoo", "co.uk", "co dot uk"), ("gmail", "com", "com"),
                                        ("hotmail", "com", "com")])
    else:
        base, tld, spoken = ctx.names.stem(rng) + "agency", "co.uk", "co dot uk"
    at, dot = rng.choice([("at", "dot"), ("AT", "DOT")])
    spoken = spoken.replace("dot", dot)
    raw = f"{loc} {at} {base} {dot} {spoken}"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.{tld}", "words_at_dot")])


def f_email_bracket(ctx):
    rng = ctx.rng
    loc = local_part(ctx)
    base = rng.choice(PAREN_DOMS + [ctx.names.stem(rng)])
    at = rng.choice(["[@]", "(@)", "[ @ ]"])
    raw = f"{loc}{at}{base}.com"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.com", "bracket_at")])


def f_email_titik(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    base = rng.choice(["gmail", "yahoo"])
    raw = rng.choice([f"{loc} at {base} titik com", f"{loc} @ {base} titik com", f"{loc}@{base} titik com"])
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.com", "id_titik")])


def f_email_arroba_es(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    base, tail, tld = rng.choice([("gmail", "punto com", "com"), ("hotmail", "punto es", "es"),
                                  ("yahoo", "punto com", "com")])
    raw = f"{loc} arroba {base} {tail}" if rng.random() < 0.7 else f"{loc} (arroba) {base} (punto) {tld}"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.{tld}", "es_arroba_punto")])


def f_email_arroba_pt(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    base, tail, dom = rng.choice([("gmail", "ponto com", "gmail.com"), ("bol", "ponto com ponto br", "bol.com.br"),
                                  ("hotmail", "ponto com", "hotmail.com")])
    raw = f"{loc} arroba {base} {tail}"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{dom}", "pt_arroba_ponto")])


def f_email_de(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    base = rng.choice(["gmx", ctx.names.stem(rng) + "-models"])
    raw = rng.choice([f"{loc}[ät]{base}(punkt)de", f"{loc} [ät] {base} (punkt) de", f"{loc}(ät){base}[punkt]de"])
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.de", "de_aet_punkt")])


def f_email_fr(ctx):
    rng = ctx.rng
    loc = local_part(ctx, rng.choice(["under", "digits", "plain"]))
    base = rng.choice(["gmail", "outlook"])
    raw = f"{loc} arobase {base} point com"
    return Piece(f"{_lead(ctx)} {raw}", [E(raw, f"{loc}@{base}.com", "fr_arobase_point")])


# --- phones ------------------------------------------------------------------------------------

PHONE_LEAD = {"en": ["Call/Text", "📞", "Text me", "WhatsApp:", "Call", "Ph:"], "es": ["Llama al", "Tel:", "📞"],
              "pt": ["Tel/WhatsApp:", "Ligue", "📞"], "id": ["Hub", "WA:", "📞"], "tl": ["Text", "Contact #", "📞"],
              "de": ["Tel.", "Anrufen:", "📞"], "sw": ["Piga", "Simu:", "📞"], "fr": ["Appelez", "Texto :", "📞"]}


def f_phone(ctx):
    rng = ctx.rng
    raw, e164, form = ctx.phones.make(ctx)
    return Piece(f"{rng.choice(PHONE_LEAD[ctx.lang])} {raw}", [P(raw, e164, form)])


# --- hard negatives ----------------------------------------------------------------------------

CUE_NEG = {
    "en": [("Add me for more — 👻 me 😘", "👻 me"), ("Free content? check IG bio 💕", "IG bio"),
           ("Send snap pics only after booking", "snap pics"), ("Watch my insta story for availability", "insta story"),
           ("I'm tiktok famous lol", "tiktok famous"), ("📸 real and recent", "📸 real"), ("kik me later", "kik me"),
           ("🎵 music + candles, relaxing room", "🎵 music"), ("📷 verified by the site", "📷 verified")],
    "id": [("Mau lihat foto? snap dulu ya", "snap dulu"), ("DM insta aja kak", "insta aja"),
           ("Video tiktok viral minggu ini", "tiktok viral"), ("📸 asli no edit", "📸 asli"),
           ("Cek IG aja buat testimoni", "IG aja"), ("👻 dulu baru ketemu", "👻 dulu")],
    "tl": [("Follow niyo IG ko 😘", "IG ko"), ("Pics sa snap lang po", "snap lang"), ("📸 totoo po lahat", "📸 totoo"),
           ("Sikat sa tiktok dati", "tiktok dati")],
    "es": [("📸 verificadas y recientes", "📸 verificadas"), ("Fotos en insta también 💋", "insta también"),
           ("Contenido por snap privado", "snap privado"), ("📷 reales 100%", "📷 reales"),
           ("Bailes de tiktok viral en el show", "tiktok viral")],
    "pt": [("📸 verificadas e atuais", "📸 verificadas"), ("Tô no insta também 😘", "insta também"),
           ("Me chama no snap agora", "snap agora"), ("📷 reais, sem filtro", "📷 reais")],
    "de": [("Insta gerne auf Anfrage", "Insta gerne"), ("Snap bitte nur nach Termin", "Snap bitte"),
           ("📸 echt und aktuell", "📸 echt"), ("🎵 Musik und Kerzenlicht", "🎵 Musik")],
    "sw": [("Nitumie snap tu, si simu", "snap tu"), ("Fuata insta yangu 💕", "insta yangu"),
           ("📸 halisi kabisa", "📸 halisi")],
    "fr": [("Je suis sur insta aussi", "insta aussi"), ("Photos par snap dispo ce soir", "snap dispo"),
           ("📸 vraies et récentes", "📸 vraies"), ("🎵 musique douce pendant le massage", "🎵 musique")],
}
LINK_IN_BIO = {"en": ["link in bio", "links in my bio", "Link in bio 👆"], "id": ["link di bio"],
               "tl": ["link sa bio"], "es": ["link en la bio"], "pt": ["link na bio"], "de": ["Link in der Bio"],
               "sw": ["link kwenye bio"], "fr": ["lien dans la bio"]}
DOTTED = {
    "en": [("CALL.NOW 📞", "CALL.NOW"), ("BOOK.ONLINE 💻", "BOOK.ONLINE"), ("NO.DEPOSIT needed", "NO.DEPOSIT"),
           ("Open 24.7", "24.7"), ("OUT.CALL.ONLY 🚗", "OUT.CALL.ONLY"), ("Looking for Mr.Right? 😉", "Mr.Right"),
           ("Ask for Dr.Feelgood 😉", "Dr.Feelgood"), ("TEXT.ONLY", "TEXT.ONLY"), ("CASH.ONLY 💵", "CASH.ONLY"),
           ("NEW.GIRL 🔥", "NEW.GIRL"), ("INCALL.ONLY", "INCALL.ONLY"), ("REAL.PICS 💯", "REAL.PICS"),
           ("VIP.ONLY", "VIP.ONLY"), ("NO.BLOCKED.CALLS", "NO.BLOCKED.CALLS")],
    "es": [("LLAMA.YA 📞", "LLAMA.YA"), ("¿Buscas a tu Mr.Right? 😉", "Mr.Right"), ("Disponible 24.7", "24.7"),
           ("SOLO.CITA.PREVIA", "SOLO.CITA.PREVIA")],
    "pt": [("LIGUE.JÁ 📞", "LIGUE.JÁ"), ("SÓ.HOJE 🔥", "SÓ.HOJE"), ("Atendo 24.7", "24.7")],
    "id": [("BARU.DATANG 🔥", "BARU.DATANG"), ("NO.DP", "NO.DP"), ("Ready 24.7", "24.7")],
    "de": [("NUR.HEUTE 🔥", "NUR.HEUTE"), ("JETZT.ANRUFEN 📞", "JETZT.ANRUFEN"), ("Frag nach Dr.Feelgood 😉", "Dr.Feelgood")],
    "fr": [("APPELEZ.MOI 📞", "APPELEZ.MOI"), ("Disponible 24.7", "24.7")],
    "sw": [("PIGA.SASA 📞", "PIGA.SASA"), ("Tuko 24.7", "24.7")],
    "tl": [("TEXT.LANG 📱", "TEXT.LANG"), ("Available 24.7", "24.7")],
}
PLACEHOLDER = [("Send photos to xxx@xxx.xxx (real address after booking)", "xxx@xxx.xxx"),
               ("EMAIL: XXX@XXX.XXX", "XXX@XXX.XXX"), ("Contact: [email protected]", "[email protected]"),
               ('<a href="/cdn-cgi/l/email-protection">[email protected]</a>', "[email protected]"),
               ("CV format: your.name@domain please", "your.name@domain"), ("email: yourname@domain", "yourname@domain"),
               ("✉️ ***@***.***", "***@***.***")]


# the brief's own examples, drawn into any ad now and then (mixed-language posts)
CORE_NEG = [t for lang in ("en", "id", "es") for t in CUE_NEG[lang]
            if t[1] in ("snap dulu", "insta aja", "IG bio", "snap pics", "👻 me", "📸 verificadas", "tiktok viral")]


def n_cue(ctx):
    rng = ctx.rng
    opts = CUE_NEG[ctx.lang] if rng.random() < 0.65 else CORE_NEG
    text, raw = rng.choice(opts)
    return Piece(text, negs=[N("cue_ordinary_word", raw)])


def n_link_in_bio(ctx):
    rng = ctx.rng
    raw = rng.choice(LINK_IN_BIO[ctx.lang])
    text = rng.choice(["{r} {e}", "Menu &amp; rates: {r}", "{r}", "✨ {r} ✨"]).format(r=raw, e=rng.choice(EMOJI))
    return Piece(text, negs=[N("link_in_bio", raw)])


def n_dotted(ctx):
    rng = ctx.rng
    opts = DOTTED[ctx.lang] if (ctx.lang == "en" or rng.random() < 0.6) else DOTTED["en"]
    text, raw = rng.choice(opts)
    return Piece(text, negs=[N("dotted_phrase", raw)])


def n_placeholder(ctx):
    text, raw = ctx.rng.choice(PLACEHOLDER)
    return Piece(text, negs=[N("placeholder_email", raw)])


HANDLE_FEATS = [f_list_slash, f_joined, f_tg_wa, f_socials, f_cue_colon, f_handle_phone, f_handle_glued,
                f_email_shared, f_weak_emoji, f_weak_word, f_profile_url]
URL_FEATS = [f_bare_site, f_www_caps, f_https_path, f_shortener, f_booking, f_aggregator, f_fansly, f_href, f_wa_me]
EMAIL_GENERIC = [f_email_plain, f_email_caps, f_email_mailto, f_email_paren, f_email_words, f_email_bracket]
EMAIL_LANG = {"id": f_email_titik, "es": f_email_arroba_es, "pt": f_email_arroba_pt, "de": f_email_de,
              "fr": f_email_fr}
NEG_FEATS = [n_cue, n_cue, n_cue, n_link_in_bio, n_dotted, n_dotted, n_dotted, n_placeholder, n_placeholder]


# ---------------------------------------------------------------------------------------------
# ads


class Deck:
    def __init__(self, rng, items):
        self.rng, self.items, self.pile = rng, list(items), []

    def draw(self):
        if not self.pile:
            self.pile = list(self.items)
            self.rng.shuffle(self.pile)
        return self.pile.pop()


class Ctx:
    pass


def pick_weighted(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def shout(s):
    return s.upper().replace("&AMP;", "&amp;")


def fill(rng, s, ctx):
    return s.format(name=ctx.display, age=rng.randint(21, 34), city=ctx.city, price=rng.choice(PRICES[ctx.region]))


def make_ad(rng, ctx, ad_id, decks):
    region = rng.choice(REGIONS)
    lang = pick_weighted(rng, REGION_LANGS[region])
    cat = pick_weighted(rng, CATEGORIES)
    ctx.rng, ctx.region, ctx.lang = rng, region, lang
    ctx.city = rng.choice(CITIES[region])
    if region == "CA" and lang == "fr":
        ctx.city = "Montréal"
    ctx.display = ctx.names.display(rng)
    control = cat in CONTROLS

    n_handle = rng.choice([0, 0, 1] if control else [0, 1, 1, 2, 2, 3])
    n_url = rng.choice([0, 1, 1] if control else [0, 0, 1, 1, 2])
    n_email = rng.choice([0, 1] if control else [0, 0, 1])
    if lang in EMAIL_LANG and n_email == 0 and rng.random() < 0.5:
        n_email = 1
    n_neg = rng.choice([0, 1, 1, 2] if control else [0, 1, 1, 2, 2, 3])
    phone = rng.random() < (0.7 if control else 0.55)

    feats = [decks["handle"].draw() for _ in range(n_handle)] + [decks["url"].draw() for _ in range(n_url)]
    for _ in range(n_email):
        if lang in EMAIL_LANG and rng.random() < 0.7:
            feats.append(EMAIL_LANG[lang])
        elif lang == "en" and region == "ID" and rng.random() < 0.5:
            feats.append(f_email_titik)
        else:
            feats.append(decks["email"].draw())
    if phone:
        feats.append(f_phone)
    feats += [decks["neg"].draw() for _ in range(n_neg)]
    if not feats:
        feats.append(f_phone)
    pieces, seen = [], set()
    for f in feats:
        p = f(ctx)
        for _ in range(8):  # no repeated hard negative within one ad
            if not any(n["raw"] in seen for n in p.negs):
                break
            p = f(ctx)
        if any(n["raw"] in seen for n in p.negs) and not p.spans:
            continue
        seen.update(n["raw"] for n in p.negs)
        p.feature = f.__name__
        pieces.append(p)

    titles, sents = FILL[lang][cat]
    title = fill(rng, rng.choice(titles), ctx)
    if rng.random() < 0.3:
        title = shout(title)
    if rng.random() < 0.4:
        title += " " + rng.choice(EMOJI)

    # maybe move one short piece into the title
    title_piece = None
    if rng.random() < 0.15:
        short = [p for p in pieces if "<" not in p.text and len(p.text) < 40]
        if short:
            title_piece = rng.choice(short)
            pieces.remove(title_piece)
            title = f"{title} {title_piece.text}" if rng.random() < 0.6 else f"{title_piece.text} {title}"

    shouty = rng.random() < (0.2 if control else 0.4)
    rest = list(sents[1:])
    rng.shuffle(rest)
    filler = [fill(rng, s, ctx) for s in [sents[0]] + rest[: rng.randint(1, len(rest))]]
    filler_pieces = []
    for s in filler:
        if shouty and rng.random() < 0.5:
            s = shout(s)
        if rng.random() < 0.35:
            s += " " + rng.choice(EMOJI)
        filler_pieces.append(Piece(s))
    body_pieces = [filler_pieces[0]]
    middle = filler_pieces[1:] + pieces
    rng.shuffle(middle)
    body_pieces += middle

    out = body_pieces[0].text
    for p in body_pieces[1:]:
        out += rng.choice(SEPS) + p.text
    if rng.random() < 0.25:
        out = "<p>" + out + "</p>"
    body = out

    spans, negs = [], []
    for p in pieces + ([title_piece] if title_piece else []):
        field = "title" if p is title_piece else "body"
        for s in p.spans:
            d = dict(s)
            d["field"] = field
            d["feature"] = p.feature
            spans.append(d)
        for n in p.negs:
            d = dict(n)
            d["field"] = field
            negs.append(d)

    handles, urls, emails, phones = [], [], [], []
    for s in spans:
        if s["kind"] == "handle":
            h = {"platform": s["platform"], "value": s["value"]}
            if h not in handles:
                handles.append(h)
        else:
            lst = {"url": urls, "email": emails, "phone": phones}[s["kind"]]
            if s["value"] not in lst:
                lst.append(s["value"])
    day = rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    month = rng.randint(1, 12)
    return {
        "id": ad_id, "title": title, "body": body, "region": region, "location": ctx.city,
        "posted_at": f"2025-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z",
        "lang": lang, "category": cat,
        "labels": {"post_type": POST_TYPE[cat], "indicators": [], "handles": handles, "urls": urls,
                   "emails": emails, "phones": phones},
        "spans": [{k: s[k] for k in ("kind", "platform", "value", "raw", "form", "field")} for s in spans],
        "hard_negatives": negs,
    }


def make_split(seed, prefix, n, used_stems, used_phones, short_used):
    rng = random.Random(seed)
    ctx = Ctx()
    ctx.names, ctx.phones, ctx.short_used = Names(used_stems), Phones(used_phones), short_used
    decks = {"handle": Deck(rng, HANDLE_FEATS), "url": Deck(rng, URL_FEATS), "email": Deck(rng, EMAIL_GENERIC),
             "neg": Deck(rng, NEG_FEATS)}
    return [make_ad(rng, ctx, f"{prefix}-{i:03d}", decks) for i in range(1, n + 1)]


def build():
    used_stems, used_phones, short_used = set(), set(), set()
    dev = make_split(DEV_SEED, "sel12d", N_DEV, used_stems, used_phones, short_used)
    held = make_split(HELD_SEED, "sel12h", N_HELD, used_stems, used_phones, short_used)
    return dev, held


def dumps(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


# ---------------------------------------------------------------------------------------------
# README


def table(counter, head, total=True):
    rows = [f"| {head} | dev | heldout |", "|---|---:|---:|"]
    for k in sorted(set(counter["dev"]) | set(counter["heldout"])):
        rows.append(f"| {k} | {counter['dev'].get(k, 0)} | {counter['heldout'].get(k, 0)} |")
    if total:
        rows.append(f"| **total** | {sum(counter['dev'].values())} | {sum(counter['heldout'].values())} |")
    return "\n".join(rows)


def readme(dev, held):
    splits = {"dev": dev, "heldout": held}
    forms = {k: Counter(f"{s['kind']} / {s['form']}" for a in v for s in a["spans"]) for k, v in splits.items()}
    negs = {k: Counter(n["kind"] for a in v for n in a["hard_negatives"]) for k, v in splits.items()}
    neg_raw = {k: Counter(f"{n['kind']} / `{n['raw']}`" for a in v for n in a["hard_negatives"]) for k, v in splits.items()}
    labels = {k: Counter({kind: sum(len(a["labels"][kind]) for a in v) for kind in ("handles", "urls", "emails", "phones")})
              for k, v in splits.items()}
    plats = {k: Counter(h["platform"] for a in v for h in a["labels"]["handles"]) for k, v in splits.items()}
    cats = {k: Counter(a["category"] for a in v) for k, v in splits.items()}
    langs = {k: Counter(a["lang"] for a in v) for k, v in splits.items()}
    regions = {k: Counter(a["region"] for a in v) for k, v in splits.items()}
    types = {k: Counter(a["labels"]["post_type"] for a in v) for k, v in splits.items()}
    empty = {k: Counter({"ads with no labelled selector": sum(1 for a in v if not any(a["labels"][x] for x in
                                                                                     ("handles", "urls", "emails", "phones"))),
                         "ads with at least one hard negative": sum(1 for a in v if a["hard_negatives"])})
             for k, v in splits.items()}
    used_plats = sorted(set(plats["dev"]) | set(plats["heldout"]))
    return f"""# selectors-twelfth — contact selectors in moderation-queue ads (blind set)

Written blind: from the scenario brief, `eval/ads/score.py` and the input-record section of
`CONTRACT.md` only, without looking at the extractor, its docs or any other eval set.
Everything is invented: handles and second-level domains from random syllables (on real public
suffixes or `.example`), freemail hosts only with invented local parts, phones only from fictional
ranges (NANP 555-01xx, UK 07700 900xxx, AU 0491 570xxx-572xxx, FR 06 39 98 xx xx).

## Scenario

Ads as a platform engineer's moderation queue sees them: escort, massage, "model/hostess"
recruitment, sugar-dating and webcam-recruiting posts, with ordinary ads (rooms, cars, jobs,
services) as controls; posted from the US, UK, Australia, Canada, the Philippines, Indonesia, Brazil,
Spain, Germany, Nigeria and Kenya. Bodies are flattened onto one line or a few, with HTML residue
(`<br>`, `&nbsp;`, `&amp;`, `<a href>`, `mailto:`), emoji, ALL CAPS lines and mixed languages
(English about half; Spanish, Portuguese, Indonesian, Tagalog, German, Swahili, French).

The emphasis of this set:

1. handles in lists and bios (`IG/TT/X: @name`, `snap & insta: name`, `📲 tg @name | wa …`,
   `Socials ⬇️ insta name_x twitter @name`, profile URLs, link aggregators);
2. handles next to other selectors: right before a phone, glued to a phone by `/ | ,`, and an
   email and a handle sharing one name;
3. weak cues (📷 📸 👻 🎵, bare platform words) followed by an account-looking token (labelled) or
   by an ordinary word in the ad's language (hard negative);
4. URLs: bare own sites, `WWW.NAME.CO.UK`, scheme+path+query, shorteners, booking platforms,
   `<a href>`, and shouted dotted phrases that are not domains (hard negatives);
5. emails: plain, ALL CAPS, `mailto:`, obfuscated in several languages, and placeholders that are
   not emails (hard negatives);
6. phones are labelled (the scorer scores them) but are not the point.

## Files

- `write.py` — the generator (Python 3.11 standard library, seeds {DEV_SEED} and {HELD_SEED}).
  `python3 write.py` rewrites the files; `python3 write.py --check` exits 1 if they differ.
- `dev.jsonl` — {len(dev)} ads, ids `sel12d-001`…`sel12d-{len(dev):03d}`.
- `heldout.jsonl` — {len(held)} ads, ids `sel12h-001`…`sel12h-{len(held):03d}`. No selector value
  (handle, URL, email or phone) occurs in both splits.
- `test_write.py` — `python3 -m unittest` in this folder: the files equal the generator's output,
  every labelled raw span and hard-negative raw occurs in its field, ids are unique, no value is in
  both splits, labels are already in score.py's normal form, and the gold fed back as a prediction
  scores precision and recall 1.0 for handles, URLs, emails and phones.

Each line is an input record (`id`, `title`, `body`, `region`, `location`, `posted_at`, plus the
pass-through fields `lang` and `category`) with:

- `labels` — what `eval/ads/score.py` reads: `post_type`, `indicators`, `handles`
  `[{{platform, value}}]`, `urls`, `emails`, `phones`;
- `spans` — for people: `{{kind, platform, value, raw, form, field}}`, one per occurrence;
- `hard_negatives` — for people: `{{kind, raw, field}}`, text that must yield no selector.

## How to score

```
plainsight extract eval/selectors-twelfth/dev.jsonl > /tmp/o.jsonl && python3 eval/ads/score.py eval/selectors-twelfth/dev.jsonl /tmp/o.jsonl
```

Add `--errors 20` to list wrong posts (ids and values only). Only the selector table means anything
here: `indicators` are deliberately left empty (not labelled for this set), so ignore the indicator
rows; `post_type` is a rough label from the ad's category (escort and sugar → `sex_ad`, massage →
`massage`, model/hostess recruitment, webcam recruitment and the control job ads → `job_offer`,
rooms/cars/services → `other`) and is not the point of this set either.

## The held-out rule

`heldout.jsonl` is scored at most once per working session, after the work on the extractor is
done, and the number is reported as it comes out. Nobody tunes on it, reads it, greps it or looks at
its errors; development looks only at `dev.jsonl`. If held-out errors are ever looked at, the split
is spent and must be regenerated with new seeds.

## Labelling rules

- Values are stored already in the form score.py compares: handles lowercase without a leading
  `@`; URLs lowercase without `http(s)://`, without a leading `www.` and without a trailing `/`
  (path and query kept, e.g. `name.example/booking?id=3`); emails lowercase; phones in E.164
  (`+447700900123`). Platform names are canonical (`instagram`, not `IG`): {", ".join(f"`{p}`" for p in used_plats)}.
- A handle is labelled when a platform cue (a platform name or abbreviation, `IG/TT/X`-style lists,
  `snap & insta:` joins, 📷 📸 → instagram, 👻 → snapchat, 🎵 → tiktok) is followed by an
  account-looking token. After a separator (`:`, ` - `, `➡️`) or with `@`, any token counts; after
  a bare word or emoji cue (no separator, no `@`), only a token with a digit, `_`, `.` or mixed
  case counts. Lists label one
  handle per platform (`IG/TT/X: @name` → three handles with the same value).
- A cue followed by an ordinary word of the ad's language (`snap dulu`, `insta aja`, `IG bio`,
  `👻 me`, `📸 verificadas`, `tiktok viral`, `IG ko`, `snap tu`, …) is a hard negative
  (`cue_ordinary_word`); so is "link in bio" in any language (`link_in_bio`).
- A handle right before a phone or glued to it by `/`, `|` or `,` is labelled as the handle and the
  phone separately. An email and a handle sharing a name are labelled as both.
- Profile URLs on the hosts score.py lists as profile hosts (`t.me/`, `instagram.com/`,
  `x.com/`, `twitter.com/`, `onlyfans.com/`, `tiktok.com/@`, `snapchat.com/add/`) are labelled as the
  URL **and** as the handle on that platform. `wa.me/<digits>` is labelled as the URL **and** as the
  phone (E.164 of the digits). Link aggregators (`linktr.ee/`, `beacons.ai/`, `allmylinks.com/`)
  and `fansly.com/` are labelled as URLs only (no handle).
- Own sites are labelled as URLs bare (`name-escorts.com.au`), shouted (`WWW.NAME.CO.UK` →
  `name.co.uk`) or with scheme and path; shorteners (`bit.ly/…`, `tinyurl.com/…`) and booking
  platforms are URLs. A trailing sentence period or closing parenthesis is not part of a URL.
  `<a href="URL">` labels URL; when the anchor text shows the same address it is the same label.
- Shouted dotted phrases (`CALL.NOW`, `BOOK.ONLINE`, `NO.DEPOSIT`, `24.7`, `OUT.CALL.ONLY`,
  `Mr.Right`, `Dr.Feelgood`, `REAL.PICS`, `NUR.HEUTE`, …) are hard negatives (`dotted_phrase`), even
  where the last part happens to be a real TLD (`.now`, `.online`, `.pics`).
- Obfuscated emails are labelled with the address they spell (`name (at) gmail (dot) com`,
  `name at yahoo dot co dot uk`, `name[@]domain.com`, `name at gmail titik com`,
  `name arroba gmail punto com`, `name arroba bol ponto com ponto br`, `name[ät]gmx(punkt)de`,
  `name arobase gmail point com`). `mailto:` addresses are emails only (no URL). The domain part of
  an email is not a URL label.
- Placeholders (`xxx@xxx.xxx`, `[email protected]`, `your.name@domain`, `yourname@domain`,
  `***@***.***`) are hard negatives (`placeholder_email`); so is the relative `/cdn-cgi/…` href around
  `[email protected]`.
- Cashtags and `cash.app/$name` are left out of the set entirely: score.py has no `cashapp`
  platform, so no ad contains one.
- Every phone is from a fictional range, written in the post region's national format (US/CA,
  GB, AU) or in `+international` form (all regions; the only form in PH, ID, BR, ES, DE, NG, KE).

## Counts

### Ads

{table(cats, "category")}

{table(types, "post_type")}

{table(langs, "language")}

{table(regions, "region")}

{table(empty, "ads", total=False)}

### Labels (after de-duplication per ad, as scored)

{table(labels, "kind")}

{table(plats, "handle platform")}

### Spans per form (one per occurrence)

{table(forms, "kind / form")}

### Hard negatives per kind

{table(negs, "kind")}

### Hard negatives per text

{table(neg_raw, "kind / raw")}
"""


def outputs():
    dev, held = build()
    return {"dev.jsonl": dumps(dev), "heldout.jsonl": dumps(held), "README.md": readme(dev, held)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files on disk differ")
    args = ap.parse_args()
    outs = outputs()
    if args.check:
        bad = []
        for name, text in outs.items():
            path = os.path.join(HERE, name)
            try:
                with open(path, "rb") as f:
                    same = f.read() == text.encode("utf-8")
            except FileNotFoundError:
                same = False
            if not same:
                bad.append(name)
        if bad:
            print("differ: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: files match the generator")
        return 0
    for name, text in outs.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(text.encode("utf-8"))
    print(f"wrote {', '.join(outs)} in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
