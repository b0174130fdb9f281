#!/usr/bin/env python3
"""Generate eval/selectors-fifteenth/{dev,heldout}.jsonl (Python 3.11, standard library only).

    python3 write.py            # (re)write both files, after a self-check of every ad
    python3 write.py --check    # exit 1 if the files on disk differ from what this script writes
    python3 write.py --stats    # print the count tables used in README.md

The set measures how precisely handles (and URLs and e-mails) are read in ads written the way real
escort, massage, recruitment and classified ads are written: real accounts in many forms next to
decoration that looks like a selector cue and is not one (labelled hard negatives). Everything is
invented: persona and business names come from per-split pools, accounts, local parts and domain
stems contain invented syllables, domains sit on real public suffixes, phones are made-up numbers
valid in libphonenumber (NANP 555-01XX, UK 07911 12xxxx, AU 0412 345 xxx, ES 612 34x xxx,
MX 55 1234 xxxx, BR (11) 91234-xxxx, FR 06 12 34 xx xx, PH 0917 123 xxxx, ID 0812-345x-xxxx).
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
from collections import Counter
from datetime import datetime, timedelta, timezone

# ================================================================================================
# Phrase banks
#
# Every bank of three or more entries is split by a hash of each entry (sides()): about a third goes
# to the held-out side. Banks of one or two entries, the platforms' cue spellings, the cue emoji and
# the syntaxes that define a form are shared by both splits.
#
# Markup: «…» marks the raw of a hard negative inside a decoy entry; {N} persona name, {NU} the same
# in capitals, {CITY}, {SPA}, {ABR} (work-abroad destination), {S} invented surname, {P} a phone,
# {D1} {D2} {D4} {D8} digits (D8 a YYYYMMDD date). A decoy entry is "text" (any category) or
# ("text", "emro"): e escort, m massage, r recruitment, o any other classified, or only
# h rooms, c cars, t tutoring, p pets, f furniture.
# ================================================================================================
LANGS = ("en", "es", "pt", "fr", "tl", "id")

# ------------------------------------------------------------------------------------------------
# Titles
# ------------------------------------------------------------------------------------------------

TITLES = {
    "escort": {
        "en": ["💋 {N} 💋 sweet & discreet", "NEW IN {CITY} 🔥 {NU} 🔥", "{N} ✨ upscale companion ✨",
               "HOT {NU} ready now 💦", "Sexy {N} - incall/outcall", "❤️ {N} ❤️ come play",
               "{N} your girl next door 😘", "🔥🔥 {NU} IS BACK 🔥🔥", "Hi daddy its {N} 😈",
               "{N} 💕 GFE 💕 {CITY}", "LAST NIGHT IN {CITY} 💋 {NU}", "{N} 🍑 curvy & fun",
               "Exotic {N} 🌺 available today", "👑 {NU} THE QUEEN 👑"],
        "es": ["💋 {N} 💋 chica independiente", "NUEVA EN {CITY} 🔥 {NU}", "{N} ✨ trato de novia ✨",
               "Hola papi, soy {N} 😘", "{N} 🔥 atención completa", "{NU} 💋 RECIÉN LLEGADA"],
        "pt": ["💋 {N} 💋 acompanhante discreta", "NOVIDADE EM {CITY} 🔥 {NU}", "{N} ✨ namoradinha ✨",
               "Oi amor, sou a {N} 😘", "{N} 🔥 massagem e companhia", "{NU} 💋 LOIRINHA CARINHOSA"],
        "fr": ["💋 {N} 💋 douce et discrète", "NOUVELLE À {CITY} 🔥 {NU}", "{N} ✨ moment complice ✨",
               "Coucou, moi c'est {N} 😘", "{N} 🔥 de passage"],
        "tl": ["💋 {N} 💋 sweet at discreet", "BAGO SA {CITY} 🔥 {NU}", "{N} ✨ GFE po ✨",
               "Hi po, si {N} ito 😘", "{N} 🔥 available ngayon"],
        "id": ["💋 {N} 💋 manis dan ramah", "BARU DI {CITY} 🔥 {NU}", "{N} ✨ GFE ✨", "Hai kak, aku {N} 😘",
               "{N} 🔥 ready hari ini"],
    },
    "massage": {
        "en": ["{SPA} 🌸 Grand Opening", "Relaxing massage at {SPA}", "🌿 {SPA} – new therapists",
               "{SPA}: deep tissue & hot stone", "Asian massage {CITY} ✨ {SPA}"],
        "es": ["{SPA} 🌸 masajes relajantes", "Masaje profesional en {SPA}", "🌿 {SPA} – nueva apertura"],
        "pt": ["{SPA} 🌸 massagem relaxante", "Massagem profissional na {SPA}", "🌿 {SPA} – inauguração"],
        "fr": ["{SPA} 🌸 massages bien-être", "Massage relaxant chez {SPA}", "🌿 {SPA} – nouvelle équipe"],
        "tl": ["{SPA} 🌸 hilot at massage", "Relaxing massage sa {SPA}", "🌿 {SPA} – bagong bukas"],
        "id": ["{SPA} 🌸 pijat relaksasi", "Pijat tradisional di {SPA}", "🌿 {SPA} – baru buka"],
    },
    "recruitment": {
        "en": ["HOSTESS JOBS IN {ABR} ✈️ free flights", "Models wanted for {ABR} 💸", "Hiring girls 💰 $2,000 a week",
               "Work abroad: waitresses for {ABR}", "Dancers needed in {ABR} 🌴", "URGENT hiring hostesses"],
        "es": ["Se solicitan señoritas para {ABR}", "Trabajo en {ABR} ✈️ boleto pagado", "EDECANES Y MODELOS 💸"],
        "pt": ["Procuro meninas para {ABR}", "Vagas para modelos em {ABR} ✈️", "TRABALHO NO EXTERIOR 💸"],
        "fr": ["Recrute hôtesses pour {ABR} ✈️", "Mannequins recherchées 💸", "Travail à l'étranger : {ABR}"],
        "tl": ["HIRING: Hostess sa {ABR} ✈️", "Work abroad {ABR} 💸 libre lahat", "Kailangan ng waitress sa {ABR}"],
        "id": ["Lowongan LC ke {ABR} ✈️", "Dicari model untuk {ABR} 💸", "Kerja di luar negeri {ABR}"],
    },
    "rooms": {
        "en": ["Room for rent near downtown", "Furnished room, bills included", "ROOM AVAILABLE NOW {CITY}"],
        "es": ["Se renta cuarto amueblado", "Habitación en piso compartido", "Cuarto disponible en {CITY}"],
        "pt": ["Alugo quarto mobiliado", "Quarto para moça em {CITY}", "Vaga em república"],
        "fr": ["Chambre à louer meublée", "Colocation à {CITY}", "Studio disponible"],
        "tl": ["Bedspace for rent sa {CITY}", "Room for rent, kasama kuryente", "Paupahan malapit sa terminal"],
        "id": ["Kos putri dekat kampus", "Kamar kos disewakan {CITY}", "Kontrakan murah"],
    },
    "cars": {
        "en": ["2014 Honda Civic for sale", "Toyota Corolla 2012 clean title", "Ford pickup, runs great"],
        "es": ["Vendo Nissan Versa 2015", "Se vende Seat Ibiza", "Vocho clásico en venta"],
        "pt": ["Vendo Gol 2013 completo", "Fiat Uno econômico", "Onix 2018 único dono"],
        "fr": ["Vends Clio 2014", "Peugeot 208 en bon état", "Twingo première main"],
        "tl": ["For sale: Vios 2016", "Montero sport for sale", "Mio scooter for sale"],
        "id": ["Jual Avanza 2015", "Dijual Honda Jazz", "Jual motor Beat"],
    },
    "tutoring": {
        "en": ["Math & English tutoring", "Piano lessons for kids", "Coding tutor, beginners welcome"],
        "es": ["Clases de matemáticas", "Profesora de inglés a domicilio", "Clases de guitarra"],
        "pt": ["Aulas de matemática", "Professora de inglês particular", "Aulas de violão"],
        "fr": ["Cours de maths", "Soutien scolaire anglais", "Cours de piano"],
        "tl": ["Tutor sa Math at English", "Home tutor for kids", "Piano lessons po"],
        "id": ["Les privat matematika", "Guru les bahasa Inggris", "Les piano anak"],
    },
    "pets": {"en": ["Lost cat near the park 🐱", "Found: small brown dog", "Puppies need a home 🐶"]},
    "furniture": {"en": ["Sofa for sale like new", "Moving sale: table & chairs", "Queen bed frame, pickup only"]},
}

# ------------------------------------------------------------------------------------------------
# Prose lines (no selector, no decoy: write.lint_ad checks that none looks like one)
# ------------------------------------------------------------------------------------------------

INTROS = {
    "escort": {
        "en": ["Hey gentlemen, I'm {N} 😘", "hi daddy its {N} ur new fav girl", "Hello boys, {N} here 💋",
               "Im {N}, sweet and playful", "HEY LOVE, ITS {NU}", "{N} here, ready to make your night"],
        "es": ["Hola papi, soy {N} 😘", "Hola amor, me llamo {N}", "Soy {N}, dulce y discreta", "HOLA, SOY {NU} 💋"],
        "pt": ["Oi amor, sou a {N} 😘", "Olá, me chamo {N}", "Sou a {N}, carinhosa e discreta", "OI GATO, SOU A {NU}"],
        "fr": ["Coucou, moi c'est {N} 😘", "Bonsoir messieurs, je suis {N}", "Je m'appelle {N}, douce et coquine"],
        "tl": ["Hi po, si {N} ito 😘", "Hello mga sir, {N} here", "Ako si {N}, sweet at malambing"],
        "id": ["Hai kak, aku {N} 😘", "Halo om, aku {N}", "Namaku {N}, ramah dan manja"],
    },
    "massage": {
        "en": ["Welcome to {SPA}", "{SPA} is now open in {CITY}", "Come relax at {SPA}"],
        "es": ["Bienvenido a {SPA}", "{SPA} ya abrió en {CITY}", "Relájate en {SPA}"],
        "pt": ["Bem-vindo à {SPA}", "{SPA} agora em {CITY}", "Relaxe na {SPA}"],
        "fr": ["Bienvenue chez {SPA}", "{SPA} ouvre à {CITY}", "Détendez-vous chez {SPA}"],
        "tl": ["Welcome sa {SPA}", "Bukas na ang {SPA} sa {CITY}", "Mag-relax sa {SPA}"],
        "id": ["Selamat datang di {SPA}", "{SPA} sudah buka di {CITY}", "Santai di {SPA}"],
    },
}

PROSE = {
    "escort": {
        "en": ["Sweet, discreet & always fresh", "sexy curvy body, pretty face 💋", "GFE, no rush, good vibes only",
               "u wont regret it 😉", "Incall in a clean private place, outcall to hotels",
               "Available late nights and weekends", "Let me spoil you 💦", "Upscale gents only, no lowballers",
               "Outcall only, hotels and homes", "Rates: qv 100 / hh 150 / h 250", "$200 hr, $120 half hour",
               "no pimps, no drama", "Must be 21+ and respectful", "Deposit required for outcall",
               "Im a sweet girl very discreet", "new pics, come see me today", "Petite, 5'2, 34B",
               "come relax with me after work", "serious gentlemen only please", "NO BLOCKED NUMBERS",
               "in and out of town this week", "ask about my specials", "Kisses are free 😘",
               "safe and sane always", "open minded and fun", "text me ur name and age pls"],
        "es": ["Chica independiente y discreta", "Trato de novia, sin prisas", "Cuerpo de infarto 🔥",
               "Atiendo en hotel y domicilio", "Solo caballeros educados", "Tarifas: media hora 80, hora 150",
               "Disponible todo el día", "Lugar limpio y discreto", "Nada de números ocultos",
               "Recién llegada a la ciudad 💋", "Besos y caricias", "No hago rebajas"],
        "pt": ["Acompanhante discreta e carinhosa", "Atendo com local e hotéis", "Corpo lindo e cheirosa",
               "Cachê: 1h 250, 30min 150", "Sem pressa, namoradinha", "Só homens educados", "Disponível hoje",
               "Ambiente limpo e discreto", "Não atendo número privado", "Beijo na boca e carinho"],
        "fr": ["Douce, discrète et toujours fraîche", "Je reçois en appartement privé", "Déplacement hôtel uniquement",
               "Pas de numéros masqués", "Tarifs : 30 min 100, 1h 180", "Disponible ce soir",
               "Gentlemen respectueux seulement", "Moment complice sans chrono", "Câline et souriante"],
        "tl": ["Sweet at discreet po ako", "Available ngayong gabi", "Incall sa condo, outcall sa hotel",
               "Rate: 3k short time, 5k overnight", "Walang pimp, independent po", "Malinis at mabango lagi",
               "Seryoso lang po ang mag-message", "Bago lang po dito sa {CITY}", "Legit po, hindi scam"],
        "id": ["Cewek independen, ramah dan bersih", "Bisa incall di apartemen", "Tarif: ST 800rb, LT 2jt",
               "Ready malam ini", "Serius aja ya kak", "Baru di {CITY}", "Tempat bersih dan aman",
               "Bukan penipu, real meet"],
    },
    "massage": {
        "en": ["Swedish, deep tissue, hot stone", "Walk-ins welcome", "Open daily 10am to 10pm",
               "Our therapists are licensed", "60 min $80, 90 min $110", "Couples room available",
               "Free parking in the back", "Call reception to book", "Gift cards available", "Table shower available"],
        "es": ["Masaje relajante y descontracturante", "Abierto todos los días", "Terapeutas profesionales",
               "60 minutos 600 pesos", "Sin cita previa", "Estacionamiento gratis"],
        "pt": ["Massagem relaxante e terapêutica", "Aberto todos os dias", "Terapeutas profissionais",
               "60 minutos 150 reais", "Sem hora marcada", "Estacionamento no local"],
        "fr": ["Massage suédois et californien", "Ouvert tous les jours", "Masseuses diplômées",
               "1h 70 euros", "Sans rendez-vous", "Parking gratuit"],
        "tl": ["Swedish at shiatsu massage", "Bukas araw-araw", "Lisensyado ang therapists",
               "1 hour 500 pesos lang", "Walk-in welcome po", "May parking"],
        "id": ["Pijat tradisional dan refleksi", "Buka setiap hari", "Terapis berpengalaman",
               "60 menit 150rb", "Tanpa reservasi", "Parkir luas"],
    },
    "recruitment": {
        "en": ["Hiring hostesses for a club in {ABR} ✈️", "Earn $3,000 a month, no experience needed",
               "Free ticket and accommodation", "Young ladies 18-28 welcome", "Models wanted for promo work",
               "Contract 6 months, renewable", "Interview this week", "Legit agency, fast processing",
               "Waitress and dancer positions open", "Salary paid weekly in cash"],
        "es": ["Se solicitan señoritas para trabajar en {ABR}", "Sueldo de 2,500 USD al mes",
               "Boleto y hospedaje pagados", "Sin experiencia", "Edad 18 a 30 años", "Contrato de 6 meses"],
        "pt": ["Procuro meninas para trabalhar em {ABR}", "Salário de 10 mil por mês",
               "Passagem e hospedagem por nossa conta", "Não precisa de experiência",
               "Vagas para recepcionista e modelo", "Contrato de 6 meses"],
        "fr": ["Recrute hôtesses pour un club à {ABR}", "Salaire 3000 euros par mois",
               "Billet d'avion et logement offerts", "Débutantes acceptées", "Contrat de 6 mois"],
        "tl": ["Hiring: hostess at waitress sa {ABR}", "Sahod 80k kada buwan", "Libre pamasahe at tirahan",
               "Walang experience, ok lang", "Edad 18-28, may itsura"],
        "id": ["Lowongan kerja pemandu lagu di {ABR}", "Gaji 15 juta per bulan", "Tiket dan mess gratis",
               "Tanpa pengalaman", "Usia 18-27 tahun, berpenampilan menarik"],
    },
    "rooms": {
        "en": ["Quiet house, shared kitchen", "Bills included, $750 a month", "Close to the subway",
               "No pets, no smoking", "Available from the 1st"],
        "es": ["Cocina compartida", "Servicios incluidos", "Cerca del metro", "No se aceptan mascotas"],
        "pt": ["Cozinha compartilhada", "Contas inclusas", "Perto do metrô", "Não aceita animais"],
        "fr": ["Cuisine partagée", "Charges comprises", "Proche du métro", "Non fumeur"],
        "tl": ["May sariling CR", "Kasama tubig at kuryente", "Malapit sa sakayan", "Bawal ang pets"],
        "id": ["Kamar mandi dalam", "Sudah termasuk listrik", "Dekat halte", "Khusus putri"],
    },
    "cars": {
        "en": ["Runs great, new tires", "Clean title, 98k miles", "Price $6,500 or best offer",
               "Cold AC, no leaks", "Serious buyers only"],
        "es": ["Motor en buen estado", "Papeles al corriente", "Precio a tratar", "Llantas nuevas"],
        "pt": ["Motor em ótimo estado", "Documentação em dia", "Aceito troca", "Pneus novos"],
        "fr": ["Moteur en bon état", "Contrôle technique ok", "Prix à débattre", "Pneus neufs"],
        "tl": ["Fresh, walang sira", "Complete papers", "Negotiable pa", "Bagong gulong"],
        "id": ["Mesin halus", "Surat lengkap", "Harga nego", "Ban baru"],
    },
    "tutoring": {
        "en": ["Grades 1 to 8", "First class free", "Patient and friendly teacher", "Online or in person"],
        "es": ["Primaria y secundaria", "Primera clase gratis", "Maestra con experiencia", "En línea o presencial"],
        "pt": ["Ensino fundamental e médio", "Primeira aula grátis", "Professora com experiência", "Online ou presencial"],
        "fr": ["Collège et lycée", "Premier cours offert", "Professeure patiente", "En ligne ou à domicile"],
        "tl": ["Grade 1 hanggang 6", "Libre ang unang session", "Mabait na teacher", "Online o home service"],
        "id": ["SD sampai SMP", "Kelas pertama gratis", "Guru sabar dan ramah", "Online atau datang ke rumah"],
    },
    "pets": {"en": ["Answers to Mimi", "Reward offered", "Very friendly, microchipped", "Last seen on Sunday"]},
    "furniture": {"en": ["Pickup only", "Smoke free home", "Cash only please", "Must go this weekend"]},
}

# ------------------------------------------------------------------------------------------------
# Selector cues
# ------------------------------------------------------------------------------------------------

PHONE_CUES = {
    "en": ["call or text {p}", "txt {p}", "📱 {p}", "☎️ {p}", "Text me {p}", "Cell: {p}", "TEXT {p}", "call {p}",
           "📞 {p}", "WhatsApp {p}", "hmu {p}", "book: {p}"],
    "es": ["Llámame al {p}", "WhatsApp {p}", "Cel {p}", "📱 {p}", "Tel: {p}", "mándame mensaje {p}"],
    "pt": ["Chama no whats {p}", "Zap: {p}", "Tel: {p}", "Liga {p}", "📱 {p}", "whats {p}"],
    "fr": ["Tél : {p}", "Appelle-moi au {p}", "SMS {p}", "📱 {p}", "Tel {p}"],
    "tl": ["Text lang po {p}", "Viber: {p}", "Cp: {p}", "📱 {p}", "Call/text {p}"],
    "id": ["WA: {p}", "Hubungi {p}", "Telp/WA {p}", "📱 {p}", "WA {p}"],
}
EMAIL_CUES = {
    "en": ["email: {e}", "📧 {e}", "e-mail me {e}", "Email {e}", "mail: {e}", "contact {e}"],
    "es": ["correo: {e}", "📧 {e}", "escríbeme a {e}", "email: {e}"],
    "pt": ["e-mail: {e}", "📧 {e}", "manda no {e}", "email {e}"],
    "fr": ["mail : {e}", "📧 {e}", "écrivez à {e}", "courriel : {e}"],
    "tl": ["email: {e}", "📧 {e}", "i-email mo ako {e}", "mag-email sa {e}"],
    "id": ["email: {e}", "📧 {e}", "kirim ke {e}", "surel: {e}"],
}
SITE_CUES = {
    "en": ["{u}", "website: {u}", "more at {u}", "🌐 {u}", "book online {u}", "visit {u}"],
    "es": ["web: {u}", "{u}", "🌐 {u}", "más info en {u}"],
    "pt": ["site: {u}", "{u}", "🌐 {u}", "veja mais em {u}"],
    "fr": ["site : {u}", "{u}", "🌐 {u}", "infos sur {u}"],
    "tl": ["website: {u}", "{u}", "🌐 {u}", "bisitahin ang {u}"],
    "id": ["web: {u}", "{u}", "🌐 {u}", "info lengkap di {u}"],
}
BIO_CUES = {
    "en": ["all my links 👉 {u}", "links: {u}", "🔗 {u}", "everything here {u}"],
    "es": ["todos mis links: {u}", "🔗 {u}", "links 👉 {u}"],
    "pt": ["meus links: {u}", "🔗 {u}", "tudo aqui 👉 {u}"],
    "fr": ["tous mes liens : {u}", "🔗 {u}", "liens 👉 {u}"],
    "tl": ["lahat ng links: {u}", "🔗 {u}", "links ko 👉 {u}"],
    "id": ["semua link: {u}", "🔗 {u}", "link aku 👉 {u}"],
}
SHORT_CUES = {
    "en": ["more pics: {u}", "verify me {u}", "booking {u}", "details {u}"],
    "es": ["más fotos: {u}", "detalles {u}", "reserva {u}"],
    "pt": ["mais fotos: {u}", "detalhes {u}", "reserva {u}"],
    "fr": ["plus de photos : {u}", "détails {u}", "réserver {u}"],
    "tl": ["more pics: {u}", "details dito {u}", "book dito {u}"],
    "id": ["foto lain: {u}", "detail {u}", "booking {u}"],
}
WA_CUES = ["👉 {u}", "{u}", "WhatsApp: {u}", "💬 {u}"]        # shared (a form's syntax)
SITE_PATHS = {"en": ["rates", "gallery", "book", "contact", "apply", "menu"], "es": ["tarifas", "fotos", "contacto", "empleo"],
              "pt": ["fotos", "contato", "vagas", "precos"], "fr": ["tarifs", "photos", "contact", "emplois"],
              "tl": ["rates", "gallery", "apply"], "id": ["tarif", "galeri", "lowongan"]}

# Phrases said before a handle (never part of its raw).
HANDLE_LEADS = {
    "en": ["follow me", "add me", "dm me", "hmu", "find me", "for pics", "new account", "backup", "for vids",
           "verify on"],
    "es": ["sígueme", "agrégame", "escríbeme", "mi cuenta nueva", "para más fotos"],
    "pt": ["me segue", "me add", "chama", "conta nova", "pra mais fotos"],
    "fr": ["suis-moi", "ajoute-moi", "écris-moi", "nouveau compte", "pour plus de photos"],
    "tl": ["follow mo ko", "add mo ko", "pm mo ko", "bagong account", "para sa pics"],
    "id": ["follow ya", "add aja", "dm aja", "akun baru", "buat foto"],
}

# A platform named in the ad's own language: (template, platform). {h} is the account as written.
FOREIGN_CUES = {
    "es": [("mi insta: {h}", "instagram"), ("sígueme en IG @{h}", "instagram"), ("mi snap 👉 {h}", "snapchat"),
           ("búscame en insta como @{h}", "instagram"), ("agrégame al snap: {h}", "snapchat"),
           ("mi tiktok @{h}", "tiktok"), ("mi telegram: @{h}", "telegram"), ("mi IG es @{h}", "instagram")],
    "pt": [("meu insta: @{h}", "instagram"), ("me segue no insta @{h}", "instagram"), ("meu snap: {h}", "snapchat"),
           ("me adiciona no snap: {h}", "snapchat"), ("chama no telegram @{h}", "telegram"),
           ("meu tiktok @{h}", "tiktok"), ("meu IG é @{h}", "instagram")],
    "fr": [("mon snap : {h}", "snapchat"), ("mon insta @{h}", "instagram"), ("ajoute-moi sur snap : {h}", "snapchat"),
           ("retrouve-moi sur insta @{h}", "instagram"), ("mon télégram : @{h}", "telegram"),
           ("mon tiktok @{h}", "tiktok")],
    "tl": [("IG ko: {h}", "instagram"), ("snap ko @{h}", "snapchat"), ("add mo ko sa snap: {h}", "snapchat"),
           ("follow mo ko sa IG @{h}", "instagram"), ("pm sa telegram @{h}", "telegram"),
           ("tiktok ko @{h}", "tiktok")],
    "id": [("IG aku: @{h}", "instagram"), ("snap aku: {h}", "snapchat"), ("follow IG ku @{h}", "instagram"),
           ("DM telegram @{h}", "telegram"), ("insta saya: {h}", "instagram"), ("tiktok aku @{h}", "tiktok")],
}
NAME_FIRST = {"en": ["@{h} on {c}", "@{h} on my {c}"], "es": ["@{h} en {c}"], "pt": ["@{h} no {c}"],
              "fr": ["@{h} sur {c}"], "tl": ["@{h} sa {c}"], "id": ["@{h} di {c}"]}

# ------------------------------------------------------------------------------------------------
# Decoys: labelled hard negatives, «raw» marked
# ------------------------------------------------------------------------------------------------

DECOYS = {
    "camera_emoji": {
        "en": [("100% «real pics 📷»", "e"), ("«📸 recent photos», no filters", "e"), ("«📷 pics are 100% me»", "e"),
               ("NO FAKES «real pics 📸»", "e"), ("«all pics real 📸📸»", "e"), ("«📷 verified photos»", "e"),
               ("«📸 new pics» this week", "e"), ("«📷 100% REAL»", "e"), ("«📸 more photos» on request", "eo"),
               ("«📷 photos of our actual rooms»", "m"), ("«📸 see our new rooms»", "m"), ("«📷 pics available»", "cf"),
               ("«📸 send recent photos» with your application", "r"), ("«📷 full body photo» required", "r")],
        "es": [("«fotos reales 📷»", "e"), ("«📸 fotos recientes» sin filtro", "e"), ("«📷 100% real»", "e"),
               ("«fotos 100% mías 📸»", "e"), ("«📸 más fotos» por mensaje", "eo"), ("«📷 fotos del local»", "m"),
               ("«📸 envía fotos recientes»", "r")],
        "pt": [("«fotos reais 📸»", "e"), ("«📷 fotos atuais»", "e"), ("«📸 sem filtro»", "e"),
               ("«fotos 100% minhas 📷»", "e"), ("«📸 mais fotos» no privado", "eo"), ("«📷 fotos do espaço»", "m"),
               ("«📸 mande fotos recentes»", "r")],
        "fr": [("«photos réelles 📸»", "e"), ("«📷 photos récentes»", "e"), ("«📸 sans retouche»", "e"),
               ("«vraies photos 📷»", "e"), ("«📸 plus de photos» sur demande", "eo"), ("«📷 photos du salon»", "m"),
               ("«📸 photos récentes exigées»", "r")],
        "tl": [("«real pics po 📷»", "e"), ("«📸 bagong pics»", "e"), ("«totoong pics 📸»", "e"),
               ("«📷 walang filter»", "e"), ("«📸 more pics» sa PM", "eo"), ("«📷 pics ng spa»", "m"),
               ("«📸 magpadala ng recent pics»", "r")],
        "id": [("«foto asli 📸»", "e"), ("«📷 foto terbaru»", "e"), ("«100% real pict 📷»", "e"), ("«📸 no edit»", "e"),
               ("«📸 foto lain» via chat", "eo"), ("«📷 foto ruangan»", "m"), ("«📸 kirim foto terbaru»", "r")],
    },
    "ghost_emoji": {
        "en": [("«STOP 👻 wasting time»", "e"), ("«no 👻 ghosting» pls", "e"), ("«dont 👻 me» after booking", "e"),
               ("«👻 no time wasters»", "e"), ("«👻👻 NO GAMES»", "e"), ("«👻 no flakes»", "e"),
               ("«👻 no shows» will be charged", "m")],
        "es": [("«no me dejes en visto 👻»", "e"), ("«👻 nada de mirones»", "e"), ("«👻 sin juegos»", "e"),
               ("«👻 cero fantasmas»", "e")],
        "pt": [("«👻 sem enrolação»", "e"), ("«não some 👻»", "e"), ("«👻 curiosos não»", "e")],
        "fr": [("«👻 pas de lapins»", "e"), ("«ne disparais pas 👻»", "e"), ("«👻 sérieux uniquement»", "e")],
        "tl": [("«wag mang-ghost 👻»", "e"), ("«👻 seryoso lang»", "e"), ("«👻 bawal ang indian»", "e")],
        "id": [("«👻 jangan ghosting»", "e"), ("«👻 no PHP»", "e"), ("«👻 serius aja»", "e")],
    },
    "music_emoji": {
        "en": [("«🎵 soft music» and candles", "em"), ("«🎶 relaxing music»", "em"), ("«good vibes 🎵»", "e"),
               ("«🎶 music on»", "e"), ("«🎶 piano lessons» too", "t"), ("«🎵 music lessons» available", "t")],
        "es": [("«🎶 música suave»", "em"), ("«🎵 buena vibra»", "e"), ("«ambiente con música 🎶»", "em")],
        "pt": [("«🎵 música ambiente»", "em"), ("«🎶 clima gostoso»", "e"), ("«boa vibe 🎵»", "e")],
        "fr": [("«🎶 musique douce»", "em"), ("«🎵 ambiance zen»", "em"), ("«bonne vibe 🎶»", "e")],
        "tl": [("«🎶 chill music»", "em"), ("«🎵 may music pa»", "e"), ("«good vibes lang 🎶»", "e")],
        "id": [("«🎵 musik santai»", "em"), ("«🎶 suasana nyaman»", "em"), ("«vibes enak 🎵»", "e")],
    },
    "platform_word": {
        "en": [("ask about my «snapchat today»", "e"), ("«I do snap fun» too", "e"),
               ("«add me on insta for more pics»", "e"), ("«no instagram», no socials", "e"), ("«IG in bio»", "e"),
               ("«see my twitter» for reviews", "e"), ("«DM me on insta»", "e"), ("«snap premium» available", "e"),
               ("«kik me» for pics", "e"), ("«snap me» for a preview", "e"), ("«hit my insta» babe", "e"),
               ("«no telegram» please, text only", "e"), ("«snapchat today for location»", "e"),
               ("«on tiktok live» tonight", "e"), ("«follow our facebook page»", "mo"), ("«like us on facebook»", "mo"),
               ("«find us on instagram»", "mo"), ("«message us on facebook»", "mro"), ("«as seen on tiktok»", "mo"),
               ("«check our instagram» for more photos", "mro"), ("«apply via our facebook page»", "r"),
               ("«follow for updates»", "emo")],
        "es": [("«sígueme en insta para más»", "e"), ("«pídeme el snap»", "e"), ("«sin instagram»", "e"),
               ("«síguenos en facebook»", "mro"), ("«escríbeme por telegram»", "er"), ("«IG en la bio»", "e"),
               ("«búscanos en instagram»", "mo"), ("«postúlate por facebook»", "r")],
        "pt": [("«chama no zap»", "e"), ("«me chama no insta»", "e"), ("«segue a gente no facebook»", "mo"),
               ("«tenho snap sim»", "e"), ("«insta na bio»", "e"), ("«curte nossa página no facebook»", "mro"),
               ("«fala comigo no telegram»", "er")],
        "fr": [("«suivez-nous sur facebook»", "mo"), ("«écris-moi sur insta»", "e"), ("«pas de snap»", "e"),
               ("«insta en bio»", "e"), ("«contacte-moi sur telegram»", "er"), ("«retrouvez-nous sur instagram»", "mo")],
        "tl": [("«i-follow mo ako sa IG»", "e"), ("«PM lang sa facebook»", "mro"), ("«may snap ako»", "e"),
               ("«IG nasa bio»", "e"), ("«like and share sa FB page»", "mo"), ("«message sa telegram»", "er")],
        "id": [("«follow IG aku ya»", "e"), ("«DM aja di instagram»", "e"), ("«cek tiktok kami»", "mo"),
               ("«ada snap juga»", "e"), ("«like page facebook kami»", "mro"), ("«chat via telegram»", "er")],
    },
    "platform_colon": {
        "en": [("«instagram: are you ready»", "e"), ("«Snap: ask for it»", "e"), ("«IG: coming soon»", "emo"),
               ("«Kik: not anymore»", "e"), ("«Twitter: no longer active»", "e"), ("«Telegram: ask me first»", "e"),
               ("«OnlyFans - coming soon»", "e"), ("«Snapchat - ask for it»", "e"), ("«IG: private for now»", "e"),
               ("«Facebook: search our name»", "mro")],
        "es": [("«Insta: pregúntame»", "e"), ("«Snap: solo clientes»", "e"), ("«Telegram: muy pronto»", "e"),
               ("«Facebook: muy pronto»", "mro")],
        "pt": [("«Insta: me pede»", "e"), ("«Snap: só pra clientes»", "e"), ("«Telegram: em breve»", "e"),
               ("«Facebook: em breve»", "mro")],
        "fr": [("«Snap : sur demande»", "e"), ("«Insta : bientôt»", "e"), ("«Telegram : me demander»", "e"),
               ("«Facebook : bientôt»", "mro")],
        "tl": [("«IG: sa PM na lang»", "e"), ("«Snap: tanong lang»", "e"), ("«Telegram: soon po»", "e"),
               ("«FB: soon po»", "mro")],
        "id": [("«IG: tanya aja»", "e"), ("«Snap: nanti dikasih»", "e"), ("«Telegram: menyusul»", "e"),
               ("«FB: menyusul»", "mro")],
    },
    "dotted_caps": {
        "en": [("«CALL.ME»", "e"), ("«NO.RUSH»", "e"), ("«TEXT.ONLY»", "e"), ("«ASK.FOR.{NU}»", "e"), ("«BOOK.NOW»", "e"),
               ("«TEXT.ME»", "e"), ("«HAVE.FUN»", "e"), ("«AVAILABLE.NOW»", "e"), ("«FEEL.THE.LOVE»", "e"),
               ("«VIP.ONLY»", "e"), ("«HIT.ME.UP»", "e"), ("«NO.GAMES»", "e"), ("«WALK.INS.WELCOME»", "m"),
               ("«OPEN.NOW»", "mo"), ("«CALL.TODAY»", "mo"), ("«APPLY.NOW»", "r")],
        "es": [("«LLAMA.YA»", "e"), ("«SOLO.MENSAJES»", "e"), ("«SIN.PRISAS»", "e"), ("«PREGUNTA.POR.{NU}»", "e"),
               ("«ABIERTO.HOY»", "mo"), ("«APLICA.YA»", "r")],
        "pt": [("«LIGA.JA»", "e"), ("«SEM.PRESSA»", "e"), ("«SO.MENSAGEM»", "e"), ("«CHAMA.AGORA»", "e"),
               ("«VAGAS.ABERTAS»", "r"), ("«ABERTO.HOJE»", "mo")],
        "fr": [("«APPELLE.MOI»", "e"), ("«SMS.UNIQUEMENT»", "e"), ("«SANS.CHRONO»", "e"), ("«DISPO.MAINTENANT»", "e"),
               ("«OUVERT.AUJOURDHUI»", "mo")],
        "tl": [("«TEXT.LANG»", "e"), ("«TAWAG.NA»", "e"), ("«NO.RUSH.PO»", "e"), ("«AVAILABLE.NGAYON»", "e"),
               ("«APPLY.NA»", "r")],
        "id": [("«CHAT.AJA»", "e"), ("«NO.TIPU»", "e"), ("«LANGSUNG.CHAT»", "e"), ("«READY.MALAM.INI»", "e"),
               ("«BUKA.HARI.INI»", "mo")],
    },
    "dotted_phone": {
        "en": [("«CALL.ME.{P}»", "e"), ("«TEXT.ME.{P}»", "e"), ("«CALL.NOW.{P}»", "emo"), ("«TEXT.ONLY.{P}»", "e"),
               ("«BOOK.NOW.{P}»", "em")],
        "es": [("«LLAMA.YA.{P}»", "e"), ("«SOLO.WHATSAPP.{P}»", "er"), ("«CITAS.{P}»", "em")],
        "pt": [("«LIGA.JA.{P}»", "e"), ("«CHAMA.NO.ZAP.{P}»", "er"), ("«ZAP.{P}»", "emo")],
        "fr": [("«APPELLE.MOI.{P}»", "e"), ("«SMS.{P}»", "e"), ("«TEL.{P}»", "emo")],
        "tl": [("«TEXT.LANG.{P}»", "e"), ("«CALL.NA.{P}»", "e"), ("«VIBER.{P}»", "emr")],
        "id": [("«WA.AJA.{P}»", "e"), ("«CHAT.WA.{P}»", "er"), ("«TELP.{P}»", "emo")],
    },
    "file_name": {
        "en": [("[«IMG_{D4}.JPG»]", "eo"), ("«photo.jpg»", "eo"), ("see «pic{D1}.png»", "e"), ("«selfie_{D2}.jpeg»", "e"),
               ("«clip.mov»", "e"), ("send your «CV.pdf»", "r"), ("«application_form.docx»", "r"), ("«menu.png»", "m"),
               ("«floorplan.pdf»", "h"), ("«car_{D2}.jpg»", "c"), ("«sofa_{D2}.jpg»", "f"), ("«lost_cat.jpg»", "p"), ("«DSC{D4}.JPG»", "emo")],
        "es": [("«foto{D1}.jpg»", "eo"), ("envía tu «CV.pdf»", "r"), ("«IMG-{D8}-WA{D4}.jpg»", "emo"),
               ("«precios.png»", "m")],
        "pt": [("«foto_{D2}.jpeg»", "eo"), ("mande seu «curriculo.pdf»", "r"), ("«IMG-{D8}-WA{D4}.jpg»", "emo"),
               ("«tabela.png»", "m")],
        "fr": [("«photo{D1}.jpg»", "eo"), ("«CV.pdf» avec photo", "r"), ("«IMG_{D4}.HEIC»", "emo"), ("«tarifs.png»", "m")],
        "tl": [("«pic{D1}.jpg»", "eo"), ("send «resume.pdf»", "r"), ("«IMG_{D4}.JPG»", "emo"), ("«rates.png»", "m")],
        "id": [("«foto{D1}.jpg»", "eo"), ("kirim «CV.pdf»", "r"), ("«IMG-{D8}-WA{D4}.jpg»", "emo"), ("«harga.png»", "m")],
    },
    "version": {
        "en": [("updated menu «v2.0»", "m"), ("«2.0 TDI»", "c"), ("«1.6L» engine", "c"), ("«iOS 17.2» lessons", "t"),
               ("«Python 3.12» basics", "t"), ("app «v3.1» required", "r")],
        "es": [("«2.0 TDI»", "c"), ("motor «1.6»", "c"), ("«Python 3.12»", "t")],
        "pt": [("«1.0 flex»", "c"), ("motor «2.0»", "c"), ("«Python 3.12»", "t")],
        "fr": [("«1.5 dCi»", "c"), ("«2.0 HDi»", "c"), ("«Python 3.12»", "t")],
        "tl": [("«1.5 VVT-i»", "c"), ("«2.4 diesel»", "c"), ("«Python 3.12»", "t")],
        "id": [("«1.5 CVT»", "c"), ("«2.0 bensin»", "c"), ("«Python 3.12»", "t")],
    },
    "price": {
        "en": [("«$1.50» per min", "e"), ("«£4.50» parking", "m"), ("«$12.50» an hour plus tips", "r"),
               ("«$2.99» delivery", "f"), ("bus fare «$2.75»", "h"), ("«$9.99» a month for the app", "t")],
        "es": [("«€12.50» la hora", "r"), ("«€4.50» el parking", "m"), ("«€2.50» el envío", "o")],
        "pt": [("«R$ 1.500» por semana", "r"), ("aluguel «R$ 1.800»", "h"), ("valor «R$ 2.500» negociável", "o"), ("cachê «R$ 1.200»", "e")],
        "fr": [("«12.50 €» de l'heure", "r"), ("«4.50 €» le parking", "m"), ("«2.50 €» la livraison", "o")],
        "tl": [("ST «₱1.5k» lang", "e"), ("«₱2.5k» per hour", "e"), ("«₱3.5k» per month bedspace", "h")],
        "id": [("harga «Rp 1.500.000»", "eo"), ("«Rp 2.5jt»", "e"), ("«Rp 750.000»", "m"), ("«Rp 15.000.000» per bulan", "r")],
    },
    "time": {
        "en": ["open till «10.30pm»", "from «9.30am»", "till «11.30pm»", ("from «8.30pm» tonight", "e"),
               ("pickup after «5.30pm»", "fhc")],
        "es": ["hasta las «22.30h»", "«10.30» de la noche", "desde las «9.30»"],
        "pt": ["até as «22.30h»", "até «23.30»", "a partir das «9.30»"],
        "fr": ["de «9.30» à 21h", "jusqu'à «23.30»", "dès «9.30» le matin"],
        "tl": ["hanggang «10.30pm»", "simula «9.30am»", "hanggang «11.30pm»"],
        "id": ["buka sampai «20.00 WIB»", "mulai «10.30» pagi", "sampai «23.30»"],
    },
    "abbrev": {
        "en": [("open 9 «a.m.» to 9 «p.m.»", "mo"), ("«e.g.» hot stone, deep tissue", "m"),
               ("roles «e.g.» hostess, waitress", "r"), "«No.1» in town", ("«Mr.{S}» is the landlord", "h"),
               ("«Dr.{S}», PhD tutor", "t"), ("«i.e.» no rush", "e"), ("«Apt.4B», second floor", "h"),
               ("available from 10 «a.m.»", "e")],
        "es": [("zona «Col.Roma»", "emo"), ("pregunte por la «Sra.{S}»", "o"), "«Nº.1» en la ciudad", ("«p.ej.» piedras calientes", "m"),
               ("de 9 «a.m.» a 9 «p.m.»", "mo")],
        "pt": [("perto da «Av.Paulista»", "emo"), ("falar com o «Sr.{S}»", "o"), "«Nº.1» da cidade", ("«p.ex.» pedras quentes", "m")],
        "fr": [("contact : «M.{S}»", "o"), ("«Mme.{S}», professeure", "t"), "«No.1» à {CITY}", ("«p.ex.» pierres chaudes", "m")],
        "tl": ["malapit sa «Brgy.Sto.Niño»", "taga «Sta.Mesa» lang", "«No.1» sa {CITY}", ("kausapin si «Gng.{S}»", "o")],
        "id": ["dekat «Jl.Melati»", "area «Kec.Kuta»", "«No.1» di kota", ("hubungi «Bpk.{S}»", "o")],
    },
    "glued_sentence": {
        "en": [("im new in «town.Call» me", "e"), ("Always «discreet.Now» booking", "e"), ("clean and «safe.Text» first", "e"),
               ("only 3 «days.Dont» miss me", "e"), ("closed «Sunday.Call» to book", "mo"),
               ("bills «included.Call» today", "h"), ("we sponsor your «visa.Apply» today", "r")],
        "es": [("nueva en la «ciudad.Llámame»", "e"), ("disponible «hoy.Escríbeme»", "e"),
               ("servicios «incluidos.Llame» ya", "h"), ("boleto «pagado.Aplica» hoy", "r")],
        "pt": [("disponível «hoje.Chama»", "e"), ("só esta «semana.Liga» já", "e"), ("contas «inclusas.Ligue»", "h"),
               ("passagem «paga.Chama» agora", "r")],
        "fr": [("dispo ce «soir.Appelle» moi", "e"), ("nouvelle en «ville.Contacte» moi", "e"),
               ("charges «comprises.Appelez»", "h")],
        "tl": [("available «ngayon.Text» lang", "e"), ("nandito ako sa «{CITY}.Call» na", "e"),
               ("kasama ang «kuryente.Tawag» lang", "h")],
        "id": [("ready «malam.Langsung» chat", "e"), ("hai «kak.Chat» aja", "e"), ("sudah «termasuk.Hubungi» kami", "h")],
    },
    "at_not_handle": {
        "en": [("see you «@9pm»", "e"), ("«$150@hr»", "e"), ("«2@150» special", "e"), ("meet «@ the hotel bar»", "e"),
               ("«@10:30» appointments", "m"), ("open «@8am»", "mo"), ("interview «@ 2pm»", "r")],
        "es": ["«@ las 9»", ("«1500@hora»", "e"), ("entrevista «@ 10am»", "r")],
        "pt": ["«@ 22h»", ("«200@hora»", "e"), ("entrevista «@ 14h»", "r")],
        "fr": ["«@ 21h»", ("«150@heure»", "e"), ("«@ ce soir»", "e")],
        "tl": ["«@ 10pm»", ("«3k@ST»", "e"), ("interview «@ 9am»", "r")],
        "id": ["«@ 19:00»", ("«800@ST»", "e"), ("interview «@ 10:00»", "r")],
    },
}

# ------------------------------------------------------------------------------------------------
# Shared small banks (a platform's cue spellings, the cue emoji, the syntaxes that define a form)
# ------------------------------------------------------------------------------------------------

CUES = {
    "instagram": ["IG", "ig", "Insta", "insta", "Instagram", "INSTA", "Ig"],
    "snapchat": ["Snap", "snap", "SC", "sc", "Snapchat", "SNAP", "snapchat"],
    "telegram": ["Telegram", "telegram", "TG", "tg"],
    "twitter": ["Twitter", "twitter", "X", "TWITTER"],
    "onlyfans": ["OF", "OnlyFans", "onlyfans", "Onlyfans"],
    "kik": ["Kik", "kik", "KIK"],
    "tiktok": ["TikTok", "tiktok", "Tiktok", "TT"],
    "facebook": ["FB", "fb", "Facebook", "facebook"],
}
WORD_CUES = {"instagram": ["insta", "IG", "ig", "Insta"], "snapchat": ["snap", "sc", "Snap", "SC", "snapchat"],
             "kik": ["kik", "Kik"], "telegram": ["telegram", "TG"], "tiktok": ["tiktok", "TikTok"]}
EMOJI_CUES = {"instagram": ["📷", "📸"], "snapchat": ["👻"], "tiktok": ["🎵", "🎶"]}
SYNTAX = {
    "cue_at": ["{c} @{h}", "{c}: @{h}", "{c}:@{h}", "{c} 👉 @{h}"],
    "cue_colon": ["{c}: {h}", "{c} : {h}", "{c}:{h}"],
    "cue_dash": ["{c} - {h}", "{c}- {h}", "{c} – {h}"],
    "cue_arrow": ["{c} ➡️ {h}", "{c} 👉 {h}", "{c} -> {h}", "{c} ⤵️ {h}"],
    "emoji_cue": ["{e} {h}", "{e}{h}", "{e}: {h}", "{e} @{h}", "{e} ➡️ {h}"],
    "word_cue": ["{c} {h}"],
    "multi_platform": ["{c1}/{c2}: {h}", "{c1} & {c2} @{h}", "{c1} + {c2}: {h}", "{c1}/{c2} @{h}"],
}
MULTI_PAIRS = [("instagram", "snapchat"), ("instagram", "tiktok"), ("snapchat", "kik"), ("twitter", "instagram"),
               ("instagram", "onlyfans"), ("snapchat", "instagram"), ("telegram", "instagram")]
PROFILE_URLS = {
    "instagram": ["instagram.com/{h}", "https://www.instagram.com/{h}/", "https://instagram.com/{h}", "www.instagram.com/{h}"],
    "snapchat": ["snapchat.com/add/{h}", "https://www.snapchat.com/add/{h}"],
    "telegram": ["t.me/{h}", "https://t.me/{h}"],
    "twitter": ["x.com/{h}", "twitter.com/{h}", "https://x.com/{h}"],
    "onlyfans": ["onlyfans.com/{h}", "https://onlyfans.com/{h}"],
    "tiktok": ["tiktok.com/@{h}", "https://www.tiktok.com/@{h}"],
    "facebook": ["fb.com/{h}", "facebook.com/{h}", "https://www.facebook.com/{h}"],
}
BIO_HOSTS = ["linktr.ee/{h}", "https://linktr.ee/{h}", "allmylinks.com/{h}", "beacons.ai/{h}"]
SHORT_HOSTS = ["bit.ly/{k}", "tinyurl.com/{k}", "cutt.ly/{k}"]
GLUES = ["|", "|", "/", "-", "💋", "📱", "✨", "☎️"]
DECORATION = ["💋", "🔥", "✨", "💦", "😘", "💕", "🌹", "😈", "🍑", "💯", "❤️", "🥰"]


# ================================================================================================
# Generator
# ================================================================================================

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
SEEDS = {"dev": 151515, "heldout": 159001}
SIZES = {"dev": 200, "heldout": 300}
PREFIX = {"dev": "sel15d", "heldout": "sel15h"}

CATEGORIES = [("escort", 50), ("massage", 15), ("recruitment", 15), ("other", 20)]
OTHER_EN = ["rooms", "cars", "tutoring", "pets", "furniture"]
OTHER_XX = ["rooms", "cars", "tutoring"]
LANG_SHARE = [("en", 55), ("es", 13), ("pt", 10), ("fr", 8), ("tl", 7), ("id", 7)]
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "recruitment": "job_offer", "rooms": "other", "cars": "other",
             "tutoring": "other", "pets": "other", "furniture": "other"}
GROUP = {"escort": "e", "massage": "m", "recruitment": "r"}  # everything else "o"

# Per category: shares of ads with (handle and decoy, handle only, decoy only, neither).
FLAG_SHARES = {"escort": (50, 10, 30, 10), "massage": (15, 5, 40, 40), "recruitment": (15, 15, 25, 45),
               "other": (10, 5, 30, 55)}

HANDLE_FORMS = ["cue_at", "cue_colon", "cue_dash", "cue_arrow", "name_first", "profile_url", "emoji_cue", "word_cue",
                "foreign_cue", "multi_platform", "glued"]
WEAK_FORMS = ("emoji_cue", "word_cue")
FORM_W = {"cue_at": 3, "cue_colon": 3, "cue_dash": 1.2, "cue_arrow": 1, "name_first": 1, "profile_url": 2.5,
          "emoji_cue": 4.5, "word_cue": 3.5, "foreign_cue": 3, "multi_platform": 1.3, "glued": 2.6}
PLATFORM_W = {"escort": {"instagram": 30, "snapchat": 30, "onlyfans": 10, "telegram": 8, "twitter": 11, "kik": 5,
                         "tiktok": 6, "facebook": 2},
              "massage": {"instagram": 50, "facebook": 35, "tiktok": 15},
              "recruitment": {"telegram": 50, "facebook": 25, "instagram": 15, "tiktok": 10},
              "other": {"facebook": 50, "instagram": 40, "tiktok": 10}}
PLATFORM_RULES = {  # characters allowed, length range (the platforms' own rules, roughly)
    "instagram": ("a-z0-9._", 3, 30), "snapchat": ("a-z0-9._", 3, 15), "telegram": ("a-z0-9_", 5, 32),
    "twitter": ("a-z0-9_", 4, 15), "onlyfans": ("a-z0-9._", 3, 25), "kik": ("a-z0-9._", 3, 20),
    "tiktok": ("a-z0-9._", 3, 24), "facebook": ("a-z0-9.", 5, 50)}
HYPHEN_FREE = ("instagram", "telegram", "twitter", "tiktok", "facebook", "kik")
SHAPES_WEAK = ["digits", "underscore", "dot", "xo", "camel"]
SHAPES_STRONG = SHAPES_WEAK + ["plain"]

DECOY_KINDS = ["camera_emoji", "ghost_emoji", "music_emoji", "platform_word", "platform_colon", "dotted_caps",
               "dotted_phone", "file_name", "version", "price", "time", "abbrev", "glued_sentence", "at_not_handle"]
DECOY_W = {
    "e": {"camera_emoji": 3, "ghost_emoji": 2, "music_emoji": 0.6, "platform_word": 3, "platform_colon": 1.6,
          "dotted_caps": 2.2, "dotted_phone": 1.3, "file_name": 0.5, "price": 0.4, "time": 0.6, "abbrev": 0.5,
          "glued_sentence": 0.9, "at_not_handle": 0.8},
    "m": {"camera_emoji": 1.5, "ghost_emoji": 0.3, "music_emoji": 1.5, "platform_word": 2, "platform_colon": 0.5,
          "dotted_caps": 0.8, "dotted_phone": 0.5, "file_name": 0.5, "version": 0.3, "price": 1, "time": 1.5,
          "abbrev": 1.5, "glued_sentence": 0.5, "at_not_handle": 0.5},
    "r": {"camera_emoji": 0.8, "platform_word": 2.5, "platform_colon": 1, "dotted_caps": 0.6, "dotted_phone": 0.5,
          "file_name": 1.5, "version": 0.3, "price": 0.7, "time": 0.7, "abbrev": 1.5, "glued_sentence": 0.5,
          "at_not_handle": 0.4},
    "o": {"camera_emoji": 1.2, "music_emoji": 0.4, "platform_word": 2.5, "platform_colon": 0.6, "dotted_caps": 0.4,
          "dotted_phone": 0.5, "file_name": 1.5, "version": 2.2, "price": 1, "time": 0.8, "abbrev": 1.5,
          "glued_sentence": 0.5, "at_not_handle": 0.3},
}

# Made-up numbers valid in libphonenumber: (E.164 prefix, random digits after it).
PHONE_RANGES = {"GB": [("+44791112", 4)], "AU": [("+61412345", 3)], "ES": [("+3461234", 4)], "MX": [("+52551234", 4)],
                "BR": [("+551191234", 4)], "FR": [("+3361234", 4)], "PH": [("+63917123", 4)], "ID": [("+62812345", 4)]}
PLACES = {
    "US": [("Las Vegas, NV", "702"), ("Houston, TX", "713"), ("Miami, FL", "305"), ("Chicago, IL", "312"),
           ("Atlanta, GA", "404"), ("Seattle, WA", "206"), ("Los Angeles, CA", "213"), ("Sacramento, CA", "916"),
           ("Phoenix, AZ", "602")],
    "CA": [("Toronto, ON", "416"), ("Vancouver, BC", "604"), ("Calgary, AB", "403")],
    "CAfr": [("Montréal, QC", "514")],
    "GB": [("London", None), ("Manchester", None), ("Birmingham", None), ("Leeds", None)],
    "AU": [("Sydney NSW", None), ("Melbourne VIC", None), ("Brisbane QLD", None), ("Perth WA", None)],
    "ES": [("Madrid", None), ("Barcelona", None), ("Valencia", None), ("Sevilla", None)],
    "MX": [("Ciudad de México", None), ("Guadalajara", None), ("Monterrey", None), ("Tijuana", None)],
    "BR": [("São Paulo", None), ("Rio de Janeiro", None), ("Belo Horizonte", None), ("Curitiba", None)],
    "FR": [("Paris", None), ("Lyon", None), ("Marseille", None), ("Nice", None)],
    "PH": [("Makati", None), ("Quezon City", None), ("Cebu City", None), ("Pasay", None)],
    "ID": [("Jakarta Selatan", None), ("Surabaya", None), ("Bandung", None), ("Denpasar", None)],
}
REGION_TLDS = {"US": ["com", "net"], "CA": ["ca", "com"], "GB": ["co.uk", "com"], "AU": ["com.au"], "ES": ["es", "com"],
               "MX": ["com.mx", "mx"], "BR": ["com.br"], "FR": ["fr", "com"], "PH": ["ph", "com.ph"],
               "ID": ["co.id", "id"], None: ["com"]}
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me"]
FREEMAIL_W = [6, 2, 2, 2, 1, 1]
COUNTRY_NAMES = {"US": "NANP", "CA": "NANP"}

# Per-split pools (disjoint): persona names, surname syllables, destinations, business words.
PERSONAS = {
    "dev": {"en": ["Luna", "Lexi", "Bella", "Jade", "Roxy", "Kira", "Nova", "Skye"],
            "es": ["Valeria", "Ximena", "Paloma", "Renata"], "pt": ["Larissa", "Bruna", "Thaís", "Yasmin"],
            "fr": ["Manon", "Chloé", "Inès", "Océane"], "tl": ["Kristine", "Althea", "Jessa", "Maricel"],
            "id": ["Putri", "Ayu", "Citra", "Dewi"]},
    "heldout": {"en": ["Daisy", "Amber", "Coco", "Ruby", "Tiana", "Gigi", "Mila", "Zara"],
                "es": ["Fernanda", "Marisol", "Lupita", "Ariadna"], "pt": ["Giovanna", "Rafaela", "Jéssica", "Priscila"],
                "fr": ["Lou", "Clémence", "Élodie", "Maëlys"], "tl": ["Joanne", "Rhea", "Shaira", "Angeline"],
                "id": ["Intan", "Sari", "Melati", "Nadia"]},
}
ABROAD = {"dev": ["Dubai", "Japan", "Cyprus", "Malaysia", "Poland"],
          "heldout": ["Macau", "Qatar", "Turkey", "Singapore", "Lebanon"]}
ABROAD_NAMES = {"Japan": {"es": "Japón", "pt": "Japão", "fr": "Japon", "id": "Jepang"},
                "Cyprus": {"es": "Chipre", "pt": "Chipre", "fr": "Chypre", "id": "Siprus"},
                "Malaysia": {"es": "Malasia", "pt": "Malásia", "fr": "Malaisie"},
                "Poland": {"es": "Polonia", "pt": "Polônia", "fr": "Pologne", "id": "Polandia"},
                "Turkey": {"es": "Turquía", "pt": "Turquia", "fr": "Turquie", "id": "Turki"},
                "Singapore": {"es": "Singapur", "pt": "Singapura", "fr": "Singapour", "id": "Singapura"},
                "Lebanon": {"es": "Líbano", "pt": "Líbano", "fr": "Liban", "id": "Lebanon"},
                "Macau": {"es": "Macao", "fr": "Macao"}}
BIZ_WORDS = {"dev": {"massage": ["spa", "massage", "wellness"], "recruitment": ["jobs", "hiring", "agency"],
                     "rooms": ["rentals"], "cars": ["autos"], "tutoring": ["tutor"], "pets": ["paws"],
                     "furniture": ["deals"]},
             "heldout": {"massage": ["relax", "therapy", "touch"], "recruitment": ["work", "talent", "careers"],
                         "rooms": ["homes"], "cars": ["motors"], "tutoring": ["lessons"], "pets": ["rescue"],
                         "furniture": ["market"]}}
SUB_LETTER = {"rooms": "h", "cars": "c", "tutoring": "t", "pets": "p", "furniture": "f"}
SPA_SUFFIX = {"dev": ["Spa", "Massage"], "heldout": ["Wellness", "Body Care"]}
SYL_C = "bdfgklmnprstvz"
SYL_V = "aeiou"


# ------------------------------------------------------------------------------------------------
# Bank splitting
# ------------------------------------------------------------------------------------------------

def entry_key(e):
    return e if isinstance(e, str) else e[0]


def phrase_hash(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


_SIDES = {}

# Phrases quoted in the issue this set measures (and in eval/ads/README.md): the implementer has read
# them, so a held-out post built on one would not be blind. Bank entries that carry one stay on dev.
PUBLIC_PHRASES = ["real pics 📷", "📸 recent photos", "STOP 👻 wasting time", "snapchat today", "facebook page",
                  "snap fun", "add me on insta for more pics", "no instagram", "IG in bio", "see my twitter",
                  "follow for updates", "instagram: are you ready", "CALL.ME", "NO.RUSH", "TEXT.ONLY", "ASK.FOR.",
                  "TEXT.ME", "BOOK.NOW", "HIT.ME.UP", "AVAILABLE.NOW", "fotos reales 📷", "sígueme en insta para más",
                  "chama no zap", "photos réelles 📸", "photo.jpg", "v2.0", "Mr.", "$1.50", "10.30pm", "a.m.", "e.g.",
                  "No.1", "town.Call", "DM me on insta", "ig in bio", "snap -", "Kik-", "insta lunaaa", "mi insta",
                  "meu insta", "mon snap", "IG ko"]


def is_public(key):
    k = key.replace("«", "").replace("»", "").lower()
    return any(p.lower() in k for p in PUBLIC_PHRASES)


def sides(bank):
    """{entry key: 'dev' | 'heldout' | 'both'}. Banks of fewer than three entries are shared. Otherwise entries
    quoting the issue stay on dev, and of the rest the round(n/3) entries of lowest SHA-256 hash go to
    held-out (at least one), the others to dev."""
    k = id(bank)
    if k not in _SIDES:
        keys = [entry_key(e) for e in bank]
        if len(keys) < 3:
            _SIDES[k] = (bank, {x: "both" for x in keys})
        else:
            private = [x for x in keys if not is_public(x)] or keys
            ranked = sorted(private, key=lambda x: (phrase_hash(x), x))
            n_h = min(max(1, round(len(keys) / 3)), len(private) - (len(private) == len(keys)))
            held = set(ranked[:max(1, n_h)])
            _SIDES[k] = (bank, {x: ("heldout" if x in held else "dev") for x in keys})
    return _SIDES[k][1]


def side_entries(bank, split):
    s = sides(bank)
    return [e for e in bank if s[entry_key(e)] in (split, "both")]


def all_banks():
    """Every phrase bank (name -> list), for the tests and the README."""
    out = {}
    for name, d in (("title", TITLES), ("intro", INTROS), ("prose", PROSE)):
        for cat, by_lang in d.items():
            for lang, b in by_lang.items():
                out[f"{name}/{cat}/{lang}"] = b
    for name, d in (("phone_cue", PHONE_CUES), ("email_cue", EMAIL_CUES), ("site_cue", SITE_CUES),
                    ("bio_cue", BIO_CUES), ("short_cue", SHORT_CUES), ("site_path", SITE_PATHS),
                    ("handle_lead", HANDLE_LEADS), ("foreign_cue", FOREIGN_CUES), ("name_first", NAME_FIRST)):
        for lang, b in d.items():
            out[f"{name}/{lang}"] = b
    for kind, by_lang in DECOYS.items():
        for lang, b in by_lang.items():
            out[f"decoy/{kind}/{lang}"] = b
    return out


# ------------------------------------------------------------------------------------------------
# Context and pieces
# ------------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, used, split):
        self.rng, self.used, self.split = rng, used, split
        self.log = []            # (bank name, entry key) of every phrase drawn (for the split test)
        self.seen = Counter()    # forms and decoy kinds of the accepted ads, per split and per language

    def boost(self, weights, lang, prefix):
        """Weights raised for what this split (or this language in it) has not shown yet, so that every form
        and decoy kind appears in both splits and in every language."""
        out = {}
        for k, w in weights.items():
            if w and self.seen[(prefix, lang, k)] == 0:
                w *= 3
            if w and self.seen[(prefix, None, k)] < 4:
                w *= 2
            out[k] = w
        return out

    def accept(self, ad):
        for s in ad["spans"]:
            for lang in (ad["lang"], None):
                self.seen[(s["kind"], lang, s["form"])] += 1
        for n in ad["hard_negatives"]:
            for lang in (ad["lang"], None):
                self.seen[("decoy", lang, n["kind"])] += 1

    def pick(self, name, bank, filt=None):
        cands = side_entries(bank, self.split)
        if filt is not None:
            cands = [e for e in cands if filt(e)]
        if not cands:
            return None
        e = self.rng.choice(cands)
        self.log.append((name, entry_key(e)))
        return e

    def wchoice(self, weights):
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]


class Piece:
    """Text plus the spans and hard negatives inside it (raws are substrings of text)."""

    def __init__(self, text, spans=(), negs=(), can_upper=True, role="line"):
        self.text, self.spans, self.negs, self.can_upper, self.role = text, list(spans), list(negs), can_upper, role

    def upper(self):
        if not self.can_upper:
            return self
        return Piece(self.text.upper(), [dict(s, raw=s["raw"].upper()) for s in self.spans],
                     [dict(n, raw=n["raw"].upper()) for n in self.negs], True, self.role)

    def escaped(self):
        esc = lambda s: html.escape(s, quote=False)  # noqa: E731
        return Piece(esc(self.text), [dict(s, raw=esc(s["raw"])) for s in self.spans],
                     [dict(n, raw=esc(n["raw"])) for n in self.negs], self.can_upper, self.role)


def span(kind, value, raw, form, platform=None):
    return {"kind": kind, "platform": platform, "value": value, "raw": raw, "form": form}


def invent(rng, n=None):
    """An invented lower-case word of two or three syllables (kavimo): no real person's name."""
    return "".join(rng.choice(SYL_C) + rng.choice(SYL_V) for _ in range(n or rng.choice([2, 2, 3])))


def claim(ctx, value):
    if value in ctx.used:
        return False
    ctx.used.add(value)
    return True


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def fill(text, v):
    for k in ("NU", "N", "CITY", "SPA", "ABR", "S", "P"):
        if "{" + k + "}" in text and k in v:
            text = text.replace("{" + k + "}", v[k])
    return text


# ------------------------------------------------------------------------------------------------
# Phones
# ------------------------------------------------------------------------------------------------

def new_phone(ctx, country, area=None):
    for _ in range(2000):
        if country == "NANP":
            a = area or ctx.rng.choice(["702", "713", "305", "312", "416", "604"])
            e = f"+1{a}55501{ctx.rng.randint(0, 99):02d}"
        else:
            pre, k = ctx.rng.choice(PHONE_RANGES[country])
            e = f"{pre}{ctx.rng.randint(0, 10 ** k - 1):0{k}d}"
        if claim(ctx, e):
            return e
    raise RuntimeError("phone space exhausted")


def fmt_phone(ctx, e, intl):
    r = ctx.rng
    if e.startswith("+1"):
        a, x, y = e[2:5], e[5:8], e[8:]
        nat = [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"{a}{x}{y}", f"{a} {x} {y}"]
        inter = [f"+1 {a} {x} {y}", f"+1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}", f"+1{a}{x}{y}"]
    elif e.startswith("+62"):
        n = e[3:]
        nat = [f"0{n[:3]}-{n[3:7]}-{n[7:]}", f"0{n}", f"0{n[:3]} {n[3:7]} {n[7:]}"]
        inter = [f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", f"+62{n}", f"+62 {n[:3]} {n[3:7]} {n[7:]}"]
    else:
        n = e[3:]
        if e.startswith("+44"):
            nat = [f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]}-{n[4:]}"]
            inter = [f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"+44 (0){n[:4]} {n[4:]}"]
        elif e.startswith("+61"):
            nat = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}"]
            inter = [f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"]
        elif e.startswith("+33"):
            p = [n[1:3], n[3:5], n[5:7], n[7:9]]
            nat = [f"0{n[0]} {' '.join(p)}", f"0{n[0]}.{'.'.join(p)}", f"0{n}"]
            inter = [f"+33 {n[0]} {' '.join(p)}", f"+33{n}"]
        elif e.startswith("+34"):
            nat = [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n]
            inter = [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34{n}"]
        elif e.startswith("+52"):
            nat = [f"{n[:2]} {n[2:6]} {n[6:]}", f"({n[:2]}) {n[2:6]}-{n[6:]}", f"{n[:2]}-{n[2:6]}-{n[6:]}"]
            inter = [f"+52 {n[:2]} {n[2:6]} {n[6:]}", f"+52{n}"]
        elif e.startswith("+55"):
            nat = [f"({n[:2]}) {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2:7]}-{n[7:]}", f"({n[:2]}) {n[2:7]} {n[7:]}"]
            inter = [f"+55 {n[:2]} {n[2:7]}-{n[7:]}", f"+55{n}"]
        else:  # +63
            nat = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
            inter = [f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"+63{n}"]
    return r.choice(inter if intl else nat)


def ad_phone(ctx, ad, intl=None):
    """(e164, written): national writing only where the post's region gives the country."""
    e = new_phone(ctx, ad["_pcountry"], ad["_area"])
    if intl is None:
        intl = ad["region"] is None or ctx.rng.random() < 0.2
    return e, fmt_phone(ctx, e, intl)


def phone_piece(ctx, ad):
    e, w = ad_phone(ctx, ad)
    t = ctx.pick(f"phone_cue/{ad['lang']}", PHONE_CUES[ad["lang"]]).replace("{p}", w)
    return Piece(t, [span("phone", e, w, "intl" if w.startswith("+") else "national")], role="contact")


def wa_piece(ctx, ad):
    e, _ = ad_phone(ctx, ad, intl=True)
    digits = e[1:]
    raw = ctx.rng.choice([f"wa.me/{digits}", f"https://wa.me/{digits}", f"http://wa.me/{digits}"])
    t = ctx.rng.choice(WA_CUES).replace("{u}", raw)
    return Piece(t, [span("url", f"wa.me/{digits}", raw, "wa_me"), span("phone", e, raw, "wa_me")], role="contact")


# ------------------------------------------------------------------------------------------------
# Handles
# ------------------------------------------------------------------------------------------------

def valid_for(value, platform):
    chars, lo, hi = PLATFORM_RULES[platform]
    return lo <= len(value) <= hi and re.fullmatch(f"[{chars}]+", value) is not None and value[0] not in "._" \
        and value[-1] not in "._" and ".." not in value


def account_looking(tok):
    """What makes a token after a weak cue read as an account: digits, an underscore, an inner dot, mixed case."""
    t = tok.lstrip("@")
    return bool(re.search(r"\d", t) or "_" in t or re.search(r"\w\.\w", t) or re.search(r"[a-z][A-Z]", t))


def new_handle(ctx, ad, platforms, shape):
    """(value, display) valid on every platform in `platforms`, or None."""
    r = ctx.rng
    base = ad["_hbase"]
    for _ in range(60):
        syl = invent(r, 2)
        dd = str(r.randint(1, 99)) if r.random() < 0.7 else str(r.randint(100, 2005))
        if shape == "digits":
            leet = base.translate(str.maketrans({"e": "3", "a": "4", "o": "0", "i": "1"}))
            v = r.choice([f"{base}{syl}{dd}", f"{syl}{base}{dd}"] + ([f"{leet}{syl}", f"{leet}.{syl}"] if leet != base else []))
            d = v
        elif shape == "underscore":
            v = r.choice([f"{base}_{syl}", f"{base}_{syl}{dd}", f"{syl}_{base}", f"{base}__{syl}",
                          f"{base}{base[-1] * 2}_{syl}"])
            d = v
        elif shape == "dot":
            v = r.choice([f"{base}.{syl}", f"{base}.{syl}{dd[:1]}", f"{syl}.{base}"])
            d = v
        elif shape == "xo":
            v = r.choice([f"{base}{syl}.xo", f"{base}{syl}_xo", f"xo_{base}{syl}", f"{base}.{syl}.x"])
            d = v
        elif shape == "camel":
            v = f"{base}{syl}"
            d = base.capitalize() + syl.capitalize()
        else:  # plain
            v = r.choice([f"{base}{syl}", invent(r, 3)])
            d = v
        if r.random() < 0.12 and shape not in ("camel",):
            d = d[0].upper() + d[1:]
        if all(valid_for(v, p) for p in platforms) and claim(ctx, v):
            return v, d
    return None


def pick_shape(ctx, weak, caps):
    shapes = SHAPES_WEAK if weak else SHAPES_STRONG
    if caps:
        shapes = [s for s in shapes if s not in ("camel",) + (("plain",) if weak else ())]
    w = {"digits": 3, "underscore": 3, "dot": 2, "xo": 1.2, "camel": 1.2, "plain": 1.5}
    return ctx.wchoice({s: w[s] for s in shapes})


def cue_spelling(ctx, platform, form):
    cands = CUES[platform]
    if form in ("cue_colon", "cue_dash", "cue_arrow", "name_first", "multi_platform") and platform == "twitter":
        cands = [c for c in cands if c != "X"]
    return ctx.rng.choice(cands)


def handle_core(ctx, ad, form, platform, caps):
    """(text, spans) of a handle written in `form` (not glued, not profile URL, not foreign)."""
    r = ctx.rng
    weak = form in WEAK_FORMS
    shape = pick_shape(ctx, weak, caps)
    got = new_handle(ctx, ad, [platform], shape)
    if got is None:
        return None
    v, d = got
    if form == "emoji_cue":
        t = r.choice(SYNTAX[form]).replace("{e}", r.choice(EMOJI_CUES[platform])).replace("{h}", d)
    elif form == "word_cue":
        t = r.choice(SYNTAX[form]).replace("{c}", r.choice(WORD_CUES[platform])).replace("{h}", d)
    elif form == "name_first":
        t = r.choice(NAME_FIRST[ad["lang"]]).replace("{c}", cue_spelling(ctx, platform, form)).replace("{h}", d)
    else:
        t = r.choice(SYNTAX[form]).replace("{c}", cue_spelling(ctx, platform, form)).replace("{h}", d)
    return t, [span("handle", v, t, form, platform)], shape


def handle_piece(ctx, ad, form, platform, caps, reuse=None):
    """A Piece carrying one handle form (and, for glued, its phone or e-mail); None if the form does not fit."""
    r = ctx.rng
    lang = ad["lang"]
    lead = ""
    if form in ("cue_at", "cue_colon", "cue_dash", "cue_arrow", "emoji_cue", "word_cue", "multi_platform",
                "profile_url") and r.random() < 0.35:
        lead = ctx.pick(f"handle_lead/{lang}", HANDLE_LEADS[lang]) + " "
    can_upper = True
    if form == "profile_url":
        if platform not in PROFILE_URLS:
            return None
        got = new_handle(ctx, ad, [platform], pick_shape(ctx, False, caps))
        if got is None:
            return None
        v, d = got
        raw = r.choice(PROFILE_URLS[platform]).replace("{h}", d)
        url = norm_url(raw)
        return Piece(lead + raw, [span("url", url, raw, "profile_url"), span("handle", v, raw, "profile_url", platform)],
                     role="contact")
    if form == "foreign_cue":
        if lang == "en":
            return None
        # the phrase decides the platform (a split's side of a language's bank is small)
        e = ctx.pick(f"foreign_cue/{lang}", FOREIGN_CUES[lang])
        if e is None:
            return None
        platform = e[1]
        got = new_handle(ctx, ad, [platform], pick_shape(ctx, False, caps))
        if got is None:
            return None
        v, d = got
        t = e[0].replace("{h}", d)
        return Piece(t, [span("handle", v, t, form, platform)], role="contact")
    if form == "multi_platform":
        pairs = [p for p in MULTI_PAIRS if platform in p]
        if not pairs:
            return None
        p1, p2 = r.choice(pairs)
        got = new_handle(ctx, ad, [p1, p2], pick_shape(ctx, False, caps))
        if got is None:
            return None
        v, d = got
        t = r.choice(SYNTAX[form]).replace("{c1}", cue_spelling(ctx, p1, form)).replace(
            "{c2}", cue_spelling(ctx, p2, form)).replace("{h}", d)
        return Piece(lead + t, [span("handle", v, t, form, p1), span("handle", v, t, form, p2)], role="contact")
    if form == "emoji_cue" and platform not in EMOJI_CUES:
        return None
    if form == "word_cue" and platform not in WORD_CUES:
        return None
    if form == "glued":
        inner = r.choice(["cue_at", "cue_colon", "emoji_cue"] if platform in EMOJI_CUES else ["cue_at", "cue_colon"])
        core = handle_core(ctx, ad, inner, platform, caps)
        if core is None:
            return None
        t, spans, shape = core
        spans = [dict(s, form="glued") for s in spans]
        partner = "email" if r.random() < (0.5 if ctx.seen[("email", None, "glued")] < 4 else 0.25) else "phone"
        first = r.random() < 0.6
        if partner == "email":            # "x@y.com/IG" would read as a URL path, "-" as part of the address
            glue = r.choice([g for g in GLUES if g not in "/-"])
        elif first and platform in HYPHEN_FREE and r.random() < 0.3:
            glue = "-"                      # "IG @x-702-555-0143": the platform allows no "-" in an account
        else:
            glue = r.choice([g for g in GLUES if g != "-"])
        if partner == "phone":
            e, w = ad_phone(ctx, ad)
            pspan = span("phone", e, w, "glued")
        else:
            addr = new_email(ctx, ad)
            w = addr if r.random() < 0.8 else addr.upper()
            pspan = span("email", addr, w, "glued")
        text = (t + glue + w) if first else (w + glue + t)
        return Piece(text, spans + [pspan], can_upper=(shape != "camel"), role="contact")
    core = handle_core(ctx, ad, form, platform, caps)
    if core is None:
        return None
    t, spans, shape = core
    if weak_no_upper(form, shape):
        can_upper = False
    return Piece(lead + t, spans, can_upper=can_upper, role="contact")


def weak_no_upper(form, shape):
    return shape == "camel"


def pick_handle_piece(ctx, ad, caps, avoid=()):
    """A handle piece; a post's further accounts prefer platforms it does not show yet."""
    r = ctx.rng
    for i in range(40):
        pw = PLATFORM_W[ad["_group_name"]]
        if i < 20:
            pw = {k: v for k, v in pw.items() if k not in avoid} or pw
        p = ctx.wchoice(pw)
        w = dict(FORM_W)
        if ad["lang"] == "en":
            w.pop("foreign_cue")
        else:
            w["foreign_cue"] = 8
        if ad["category"] != "escort":
            w["multi_platform"] = 0.3
        form = ctx.wchoice(ctx.boost(w, ad["lang"], "handle"))
        if i == 0 and ad["lang"] != "en" and ctx.seen[("handle", ad["lang"], "foreign_cue")] == 0:
            form = "foreign_cue"  # each language of a split shows its own platform phrasing at least once
        pc = handle_piece(ctx, ad, form, p, caps)
        if pc is not None:
            return pc
    raise RuntimeError("no handle piece")


def same_account_piece(ctx, ad, value, display, platform, caps):
    """The same account on another platform, written with a strong cue."""
    r = ctx.rng
    form = r.choice(["cue_at", "cue_colon", "cue_dash"])
    t = r.choice(SYNTAX[form]).replace("{c}", cue_spelling(ctx, platform, form)).replace("{h}", display)
    return Piece(t, [span("handle", value, t, form, platform)], role="contact")


# ------------------------------------------------------------------------------------------------
# E-mails and URLs
# ------------------------------------------------------------------------------------------------

def norm_url(u):
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def own_domain(ctx, ad):
    r = ctx.rng
    for _ in range(50):
        base = ad["_hbase"]
        stem = r.choice([f"{base}{invent(r, 2)}", f"{base}-{invent(r, 2)}", f"{invent(r, 2)}-{base}"])
        if ad["category"] == "escort":
            stem = r.choice([stem, stem + "-vip", stem + "-companion"])
        dom = f"{stem}.{r.choice(REGION_TLDS[ad['region']])}"
        if claim(ctx, dom):
            return dom
    raise RuntimeError("domain space exhausted")


def new_email(ctx, ad, own=False):
    r = ctx.rng
    for _ in range(50):
        base = ad["_hbase"]
        syl = invent(r, 2)
        local = r.choice([f"{base}.{syl}{r.randint(1, 99)}", f"{base}{syl}", f"{syl}.{base}", f"{base}_{syl}"])
        if own:
            dom = ad.get("_domain") or own_domain(ctx, ad)
            ad["_domain"] = dom
            local = r.choice(["info", "bookings", "hello", "contact", "jobs", local])
        else:
            dom = r.choices(FREEMAIL, FREEMAIL_W)[0]
        addr = f"{local}@{dom}"
        if claim(ctx, addr):
            return addr
    raise RuntimeError("address space exhausted")


def disguise_email(ctx, addr, lang):
    """(written, form)."""
    r = ctx.rng
    local, dom = addr.split("@")
    forms = {"plain": 6, "obf_words": 1.5, "obf_paren": 1.2, "obf_bracket": 1, "obf_caps_words": 1}
    if lang in ("es", "pt", "fr"):
        forms["lang_word"] = 3
    form = ctx.wchoice(ctx.boost(forms, lang, "email"))
    dparts = dom.split(".")
    if form == "plain":
        return addr, form
    if form == "obf_words":
        return f"{local} at {' dot '.join(dparts)}", form
    if form == "obf_caps_words":
        return f"{local.upper()} AT {' DOT '.join(p.upper() for p in dparts)}", form
    if form == "obf_paren":
        return r.choice([f"{local}(at){dom}", f"{local} (at) {' (dot) '.join(dparts)}"]), form
    if form == "obf_bracket":
        return r.choice([f"{local}[at]{dom}", f"{local} [at] {' [dot] '.join(dparts)}"]), form
    at, dot = {"es": ("arroba", "punto"), "pt": ("arroba", "ponto"), "fr": ("arobase", "point")}[lang]
    return f"{local} {at} {f' {dot} '.join(dparts)}", form


def email_piece(ctx, ad):
    own = ad["category"] != "escort" and ctx.rng.random() < 0.5
    addr = new_email(ctx, ad, own=own)
    w, form = disguise_email(ctx, addr, ad["lang"])
    t = ctx.pick(f"email_cue/{ad['lang']}", EMAIL_CUES[ad["lang"]]).replace("{e}", w)
    return Piece(t, [span("email", addr, w, form)], role="contact")


def url_piece(ctx, ad, kind):
    r = ctx.rng
    lang = ad["lang"]
    if kind == "site":
        dom = ad.get("_domain") or own_domain(ctx, ad)
        ad["_domain"] = dom
        path = ""
        if r.random() < 0.45:
            path = "/" + ctx.pick(f"site_path/{lang}", SITE_PATHS[lang])
        raw = r.choice(["", "www.", "https://", "https://www.", "http://www."]) + dom + path
        if r.random() < 0.15:
            raw += "/"
        t = ctx.pick(f"site_cue/{lang}", SITE_CUES[lang]).replace("{u}", raw)
        return Piece(t, [span("url", norm_url(raw), raw, "site")], role="contact")
    if kind == "link_in_bio":
        got = new_handle(ctx, ad, ["instagram"], r.choice(["digits", "underscore", "dot", "plain"]))
        if got is None:
            return None
        v, d = got
        raw = r.choice(BIO_HOSTS).replace("{h}", d)
        t = ctx.pick(f"bio_cue/{lang}", BIO_CUES[lang]).replace("{u}", raw)
        return Piece(t, [span("url", norm_url(raw), raw, "link_in_bio")], role="contact")
    # shortener: case-sensitive code, so the piece is never shouted
    for _ in range(50):
        k = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([6, 7])))
        if claim(ctx, k.lower()):
            break
    raw = r.choice(["", "https://"]) + r.choice(SHORT_HOSTS).replace("{k}", k)
    t = ctx.pick(f"short_cue/{lang}", SHORT_CUES[lang]).replace("{u}", raw)
    return Piece(t, [span("url", norm_url(raw), raw, "shortener")], can_upper=False, role="contact")


# ------------------------------------------------------------------------------------------------
# Decoys
# ------------------------------------------------------------------------------------------------

def decoy_piece(ctx, ad, kind):
    lang, g = ad["lang"], ad["_group"]
    bank = DECOYS[kind].get(lang)
    if not bank:
        return None
    sub = ad["_sub"]
    e = ctx.pick(f"decoy/{kind}/{lang}", bank, lambda e: isinstance(e, str) or g in e[1] or (sub and sub in e[1]))
    if e is None:
        return None
    text = fill(entry_key(e), ad["_vars"])
    r = ctx.rng
    text = text.replace("{D1}", str(r.randint(1, 9))).replace("{D2}", f"{r.randint(1, 99):02d}").replace(
        "{D4}", f"{r.randint(1000, 9999)}").replace(
        "{D8}", f"20{r.randint(15, 24)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
    if "{S}" in text:
        text = text.replace("{S}", invent(r, 3).capitalize())
    spans = []
    if "{P}" in text:
        e164, w = ad_phone(ctx, ad)
        text = text.replace("{P}", w)
        spans.append(span("phone", e164, w, "dotted_glued"))
    negs = [{"kind": kind, "raw": m} for m in re.findall("«(.*?)»", text)]
    text = text.replace("«", "").replace("»", "")
    return Piece(text, spans, negs, role="decoy")


# ------------------------------------------------------------------------------------------------
# Ads
# ------------------------------------------------------------------------------------------------

def quota(pairs, n):
    total = sum(w for _, w in pairs)
    counts = [int(n * w / total) for _, w in pairs]
    rema = sorted(range(len(pairs)), key=lambda i: -(n * pairs[i][1] / total - counts[i]))
    i = 0
    while sum(counts) < n:
        counts[rema[i % len(rema)]] += 1
        i += 1
    return [k for (k, _), c in zip(pairs, counts) for _ in range(c)]


def choose_place(ctx, lang):
    r = ctx.rng
    if lang == "en":
        region = r.choices(["US", "GB", "CA", "AU", "PH"], [45, 20, 12, 15, 8])[0]
    elif lang == "es":
        region = r.choice(["ES", "MX"])
    elif lang == "pt":
        region = "BR"
    elif lang == "fr":
        region = "CA" if r.random() < 0.2 else "FR"
    elif lang == "tl":
        region = "PH"
    else:
        region = "ID"
    key = "CAfr" if (region == "CA" and lang == "fr") else region
    loc, area = r.choice(PLACES[key])
    return region, loc, area


def decorate(ctx, text):
    r = ctx.rng
    if r.random() < 0.25:
        e = r.choice(DECORATION)
        text = text + " " + e * r.choice([1, 1, 2, 3])
    return text


def build_ad(ctx, split, idx, cat, lang, flags):
    r = ctx.rng
    sub = cat
    if cat == "other":
        sub = r.choice(OTHER_EN if lang == "en" else OTHER_XX)
    region, loc, area = choose_place(ctx, lang)
    country = region
    pcountry = "NANP" if region in ("US", "CA") else region
    ad = {"id": f"{PREFIX[split]}-{idx:03d}", "title": "", "body": "", "region": region, "location": loc,
          "posted_at": None, "lang": lang, "category": sub}
    ad["_pcountry"], ad["_area"], ad["_group"], ad["_group_name"] = pcountry, area, GROUP.get(cat, "o"), cat
    ad["_sub"] = SUB_LETTER.get(sub, "")
    if r.random() < 0.07:
        ad["region"] = None
    elif r.random() < 0.05:
        ad["location"] = None
    persona = r.choice(PERSONAS[split][lang])
    spa = f"{invent(r).capitalize()} {r.choice(SPA_SUFFIX[split])}"
    abr = r.choice(ABROAD[split])
    abr = ABROAD_NAMES.get(abr, {}).get(lang, abr)
    city = loc.split(",")[0].replace(" NSW", "").replace(" VIC", "").replace(" QLD", "").replace(" WA", "")
    ad["_vars"] = {"N": persona, "NU": persona.upper(), "CITY": city, "SPA": spa, "ABR": abr}
    if cat == "escort":
        ad["_hbase"] = ascii_fold(persona).lower()
    else:
        ad["_hbase"] = invent(r, 2) + r.choice(BIZ_WORDS[split][sub])
    has_handle, has_decoy = flags
    caps = r.random() < (0.13 if cat == "escort" else 0.04)
    htmlish = r.random() < 0.2
    shout = 0.0 if caps else (0.15 if cat == "escort" else 0.05)

    # --- prose
    lines = []
    if cat in INTROS:
        lines.append(Piece(decorate(ctx, fill(ctx.pick(f"intro/{cat}/{lang}", INTROS[cat][lang]), ad["_vars"])), role="intro"))
    pb = PROSE[sub][lang]
    n_prose = r.randint(2, 5) if cat == "escort" else r.randint(2, 4)
    seen = set()
    for _ in range(n_prose):
        t = ctx.pick(f"prose/{sub}/{lang}", pb)
        if t in seen:
            continue
        seen.add(t)
        lines.append(Piece(decorate(ctx, fill(t, ad["_vars"])), role="prose"))

    # --- decoys
    decoys = []
    title_decoy = None
    if has_decoy:
        n = r.choices([1, 2, 3], ([50, 35, 15] if lang == "en" else [35, 40, 25]) if cat == "escort" else [70, 25, 5])[0]
        kinds_used = []
        tries = 0
        while len(decoys) < n and tries < 40:
            tries += 1
            kind = ctx.wchoice(ctx.boost(DECOY_W[ad["_group"]], lang, "decoy"))
            if kind in kinds_used and r.random() < 0.7:
                continue
            pc = decoy_piece(ctx, ad, kind)
            if pc is None:
                continue
            kinds_used.append(kind)
            decoys.append(pc)
        if cat == "escort" and decoys and r.random() < 0.12:
            title_decoy = decoys.pop()

    # --- contacts
    contacts = []
    title_handle = None
    if has_handle:
        n_h = r.choices([1, 2, 3], [45, 37, 18] if cat == "escort" else [82, 18, 0])[0]
        first = pick_handle_piece(ctx, ad, caps)
        contacts.append(first)
        for _ in range(n_h - 1):
            hs = [s for s in first.spans if s["kind"] == "handle"]
            if r.random() < 0.35 and len(hs) == 1 and hs[0]["form"] not in ("profile_url",):
                taken = {s["platform"] for pc in contacts for s in pc.spans if s["kind"] == "handle"}
                p2 = ctx.wchoice({k: v for k, v in PLATFORM_W[cat].items() if k not in taken} or {"kik": 1})
                v = hs[0]["value"]
                if valid_for(v, p2):
                    d = v if caps or r.random() < 0.7 else v[0].upper() + v[1:]
                    contacts.append(same_account_piece(ctx, ad, v, d, p2, caps))
                else:
                    contacts.append(pick_handle_piece(ctx, ad, caps, taken))
            else:
                taken = {s["platform"] for pc in contacts for s in pc.spans if s["kind"] == "handle"}
                contacts.append(pick_handle_piece(ctx, ad, caps, taken))
        if cat == "escort" and r.random() < 0.12:
            title_handle = contacts.pop(0)
    has_phone = any(s["kind"] == "phone" for pc in contacts + decoys for s in pc.spans)
    p_phone = {"escort": 0.85, "massage": 0.8, "recruitment": 0.65, "other": 0.7}[cat]
    if not has_handle and not has_decoy and r.random() < 0.2:
        p_phone = 0.0      # some posts carry no selector at all
    if r.random() < p_phone and not (has_phone and r.random() < 0.7):
        contacts.append(phone_piece(ctx, ad))
    if r.random() < {"escort": 0.04, "massage": 0.04, "recruitment": 0.15, "other": 0.03}[cat]:
        contacts.append(wa_piece(ctx, ad))
    if p_phone and r.random() < {"escort": 0.15, "massage": 0.25, "recruitment": 0.35, "other": 0.2}[cat]:
        contacts.append(email_piece(ctx, ad))
    if p_phone and r.random() < {"escort": 0.2, "massage": 0.4, "recruitment": 0.3, "other": 0.15}[cat]:
        kind = ctx.wchoice({"escort": {"site": 1, "link_in_bio": 2, "shortener": 1.2},
                            "massage": {"site": 4, "shortener": 0.5, "link_in_bio": 0.5},
                            "recruitment": {"site": 2, "shortener": 1.5, "link_in_bio": 0.3},
                            "other": {"site": 2, "shortener": 0.8}}[cat])
        pc = url_piece(ctx, ad, kind)
        if pc is not None:
            contacts.append(pc)

    # --- order: intro first, prose and decoys shuffled, contacts mostly at the end
    intro = [p for p in lines if p.role == "intro"]
    middle = [p for p in lines if p.role != "intro"] + decoys
    r.shuffle(middle)
    tail = []
    for pc in contacts:
        if r.random() < 0.7:
            tail.append(pc)
        else:
            middle.insert(r.randint(0, len(middle)), pc)
    r.shuffle(tail)
    pieces = intro + middle + tail

    if caps:
        pieces = [p.upper() for p in pieces]
    else:
        pieces = [p.upper() if r.random() < shout else p for p in pieces]
    if htmlish:
        pieces = [p.escaped() for p in pieces]

    # --- join
    style = r.choices(["lines", "pipe", "bullet", "emoji", "space", "br", "nbsp"],
                      [30, 14, 8, 10, 18, 60 if htmlish else 0, 30 if htmlish else 0])[0]
    body, spans, negs = join_pieces(ctx, pieces, style)

    # --- title
    tbank = TITLES[sub][lang]
    ttext = fill(ctx.pick(f"title/{sub}/{lang}", tbank), ad["_vars"])
    tpieces = [Piece(ttext, role="title")]
    if title_decoy is not None:
        tpieces.append(title_decoy)
    if title_handle is not None:
        tpieces.append(title_handle)
    if caps:
        tpieces = [p.upper() for p in tpieces]
    if htmlish:
        tpieces = [p.escaped() for p in tpieces]
    title, tspans, tnegs = join_pieces(ctx, tpieces, r.choice(["space", "pipe", "emoji"]))

    ad["title"], ad["body"] = title, body
    all_spans = [dict(s, field="title") for s in tspans] + [dict(s, field="body") for s in spans]
    all_negs = [dict(n, field="title") for n in tnegs] + [dict(n, field="body") for n in negs]
    labels = {"post_type": POST_TYPE[sub], "indicators": [], "handles": [], "urls": [], "emails": [], "phones": []}
    for s in all_spans:
        if s["kind"] == "handle":
            h = {"platform": s["platform"], "value": s["value"]}
            if h not in labels["handles"]:
                labels["handles"].append(h)
        else:
            key = s["kind"] + "s"
            if s["value"] not in labels[key]:
                labels[key].append(s["value"])
    day = datetime(2015, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=r.randint(0, 10 * 365 * 86400))
    out = {"id": ad["id"], "title": title, "body": body, "region": ad["region"], "location": ad["location"],
           "posted_at": day.strftime("%Y-%m-%dT%H:%M:%SZ"), "lang": lang, "category": sub, "labels": labels,
           "spans": all_spans, "hard_negatives": all_negs}
    return out


def join_pieces(ctx, pieces, style):
    r = ctx.rng
    parts, spans, negs = [], [], []
    for i, p in enumerate(pieces):
        if i:
            if style == "lines":
                j = r.choice(["\n", "\n", "\n", "\n\n"])
            elif style == "pipe":
                j = r.choice([" | ", " | ", " |  ", "|"])
            elif style == "bullet":
                j = r.choice([" • ", " • ", " ·  "])
            elif style == "emoji":
                j = " " + r.choice(DECORATION) + " "
            elif style == "space":
                j = r.choice([" ", " ", "  "])
            elif style == "br":
                j = r.choice(["<br>", "<br>", "<br />", "<br/>\n"])
            else:
                j = r.choice(["&nbsp;&nbsp;", "&nbsp;|&nbsp;", " &nbsp; "])
            parts.append(j)
        parts.append(p.text)
        spans.extend(p.spans)
        negs.extend(p.negs)
    return "".join(parts).strip(), spans, negs


# ------------------------------------------------------------------------------------------------
# Lint (every selector-looking stretch is labelled or a hard negative)
# ------------------------------------------------------------------------------------------------

PLATFORM_WORD_RE = re.compile(r"(?<![\w])(instagram|insta|ig|snapchat|snap|sc|telegram|tg|twitter|kik|tiktok|onlyfans"
                              r"|facebook|fb|télégram)(?![\w])", re.I)
TRIGGERS = [PLATFORM_WORD_RE, re.compile("📷|📸|👻|🎵|🎶"), re.compile("@"), re.compile(r"[^\W_]\.[^\W_]"),
            re.compile(r"(?<![\w])(dot|punto|ponto|point|arroba|arobase)(?![\w])", re.I),
            re.compile(r"[\[({]at[\])}]", re.I), re.compile(r"(?i)www|https?:|\.com|\.ee|\.me/")]
CUE_DECOYS = ("camera_emoji", "ghost_emoji", "music_emoji", "platform_word", "platform_colon", "at_not_handle")
SKIP_RE = re.compile(r"(\s|<br\s*/?>|&nbsp;|&gt;|&lt;|&amp;|[|•·,;:!?\-–—>]|[^\w\s@])+")


def ranges(text, raws):
    out = []
    for raw in raws:
        i = text.find(raw)
        while i >= 0:
            out.append((i, i + len(raw)))
            i = text.find(raw, i + 1)
    return out


def next_token(text, pos):
    m = SKIP_RE.match(text, pos)
    if m:
        pos = m.end()
    m = re.match(r"[@\w.]+", text[pos:])
    return m.group(0).rstrip(".") if m else ""


def lint_ad(ad):
    errs = []
    for f in ("title", "body"):
        text = ad[f]
        sp = [s for s in ad["spans"] if s["field"] == f]
        ng = [n for n in ad["hard_negatives"] if n["field"] == f]
        for x in sp + ng:
            if x["raw"] not in text:
                errs.append(f"{f}: raw not in text: {x['raw']!r}")
        cover = ranges(text, [x["raw"] for x in sp + ng])
        for pat in TRIGGERS:
            for m in pat.finditer(text):
                if not any(a <= m.start() and m.end() <= b for a, b in cover):
                    errs.append(f"{f}: uncovered {m.group(0)!r}")
        digits = re.finditer(r"\d[\d .()\-]{5,}\d", text)
        for m in digits:
            if len(re.sub(r"\D", "", m.group(0))) >= 7 and not any(a <= m.start() and m.end() <= b for a, b in cover):
                errs.append(f"{f}: uncovered digits {m.group(0)!r}")
        # after a decoy, no account-looking token follows (it could be read as the decoy's account)
        for n in ng:
            if n["kind"] not in CUE_DECOYS:
                continue
            for a, b in ranges(text, [n["raw"]]):
                tok = next_token(text, b)
                if tok and (tok.startswith("@") or account_looking(tok)):
                    errs.append(f"{f}: account-looking token after decoy {n['raw']!r}: {tok!r}")
        # a selector does not run into neighbouring word characters
        for s in sp:
            for a, b in ranges(text, [s["raw"]]):
                if a > 0 and re.match(r"[\w@.]", text[a - 1]) and s["form"] != "dotted_glued":
                    errs.append(f"{f}: span glued on the left: {s['raw']!r}")
                if b < len(text) and (re.match(r"[\w@]", text[b]) or (s["kind"] == "url" and text[b] == "/")):
                    errs.append(f"{f}: span glued on the right: {s['raw']!r}")
                if b < len(text) - 1 and text[b] == "." and re.match(r"\w", text[b + 1]):
                    errs.append(f"{f}: span glued on the right: {s['raw']!r}")
                if s["kind"] == "handle" and s["form"] not in ("name_first", "profile_url") \
                        and not account_looking(s["value"]):
                    # a plain-word account after a strong cue ends where the line ends
                    rest = text[b:]
                    if re.match(r"[ \t]*[^\W_]", rest) or re.match(r"[ \t]+&", rest):
                        errs.append(f"{f}: plain account runs into prose: {s['raw']!r}")
        # a hard negative overlaps no labelled span, except the phone inside a dotted_phone decoy
        prng = ranges(text, [s["raw"] for s in sp])
        for n in ng:
            if n["kind"] == "dotted_phone":
                continue
            for a, b in ranges(text, [n["raw"]]):
                if any(a < d and c < b for c, d in prng):
                    errs.append(f"{f}: negative overlaps a span: {n['raw']!r}")
    for s in ad["spans"]:
        if s["kind"] == "phone":
            digits = re.sub(r"\D", "", s["raw"])
            nsn = s["value"][2:] if s["value"].startswith("+1") else s["value"][3:]
            if not digits.endswith(nsn):
                errs.append(f"phone digits differ: {s['raw']!r}")
        if s["kind"] == "handle":
            if s["value"] != s["value"].lower() or s["value"].startswith("@"):
                errs.append(f"handle not normalised: {s['value']!r}")
            if s["value"] not in html.unescape(s["raw"]).lower():
                errs.append(f"handle not in raw: {s['raw']!r}")
        if s["kind"] == "email" and s["value"] != decode_email(s["raw"]):
            errs.append(f"email not recoverable: {s['raw']!r} {decode_email(s['raw'])!r}")
        if s["kind"] == "url" and s["value"] != norm_url(html.unescape(s["raw"])):
            errs.append(f"url not normalised: {s['raw']!r}")
    return errs


def decode_email(raw):
    s = html.unescape(raw).lower()
    s = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", s)
    s = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", s)
    s = re.sub(r"\s+(?:at|arroba|arobase)\s+", "@", s)
    s = re.sub(r"\s+(?:dot|punto|ponto|point)\s+", ".", s)
    return s


# ------------------------------------------------------------------------------------------------
# Generation
# ------------------------------------------------------------------------------------------------

RETRIES = Counter()


def plan(ctx, n):
    """[(category, lang, (has_handle, has_decoy))] for one split, from the quotas."""
    cats = quota(CATEGORIES, n)
    langs = quota(LANG_SHARE, n)
    ctx.rng.shuffle(langs)
    rows = []
    for cat in [c for c, _ in CATEGORIES]:
        k = cats.count(cat)
        b, h, d, z = FLAG_SHARES[cat]
        flags = quota([((True, True), b), ((True, False), h), ((False, True), d), ((False, False), z)], k)
        ctx.rng.shuffle(flags)
        rows.extend((cat, f) for f in flags)
    ctx.rng.shuffle(rows)
    return [(cat, lang, f) for (cat, f), lang in zip(rows, langs)]


def generate_all(with_logs=False):
    """Both splits, dev first, with one registry of used values (no selector value in both splits)."""
    used = set()
    out, logs = {}, {}
    _SIDES.clear()
    for split in SPLITS:
        ctx = Ctx(random.Random(SEEDS[split]), used, split)
        ads = []
        for i, (cat, lang, flags) in enumerate(plan(ctx, SIZES[split]), 1):
            for attempt in range(300):
                ad = build_ad(ctx, split, i, cat, lang, flags)
                errs = lint_ad(ad)
                if not errs:
                    break
                RETRIES[errs[0][:60]] += 1
            else:
                raise RuntimeError(f"{split} {i}: could not build a clean ad: {errs}")
            ctx.accept(ad)
            ads.append(ad)
        out[split] = ads
        logs[split] = ctx.log
    return (out, logs) if with_logs else out


def render(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


def rendered():
    return {split: render(ads) for split, ads in generate_all().items()}


# ------------------------------------------------------------------------------------------------
# Self-check of the written files and count tables
# ------------------------------------------------------------------------------------------------

def check(all_ads):
    """Problems with the generated sets (empty when fine)."""
    probs = []
    vals = {}
    for split, ads in all_ads.items():
        if len(ads) != SIZES[split]:
            probs.append(f"{split}: {len(ads)} ads")
        vs = set()
        for a in ads:
            probs.extend(f"{a['id']}: {e}" for e in lint_ad(a))
            L = a["labels"]
            vs |= {h["value"] for h in L["handles"]} | set(L["urls"]) | set(L["emails"]) | set(L["phones"])
        vals[split] = vs
    both = vals["dev"] & vals["heldout"]
    if both:
        probs.append(f"values in both splits: {sorted(both)[:5]}")
    return probs


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def shape_of(display):
    t = display.lstrip("@")
    if re.search(r"[a-z][A-Z]", t):
        return "mixed case"
    if "_" in t:
        return "underscore"
    if "." in t:
        return "dot"
    if re.search(r"\d", t):
        return "digits"
    return "plain word"


def stats(all_ads):
    res = {}
    for split, ads in all_ads.items():
        c = Counter()
        forms, negk, platforms, shapes, weak_shapes = Counter(), Counter(), Counter(), Counter(), Counter()
        cats, langs = Counter(), Counter()
        for a in ads:
            L = a["labels"]
            cats[a["category"]] += 1
            langs[a["lang"]] += 1
            hh, nn = bool(L["handles"]), bool(a["hard_negatives"])
            c["ads"] += 1
            c["ads with a handle"] += hh
            c["ads with a hard negative"] += nn
            c["ads with both"] += hh and nn
            c["ads with two or more accounts"] += len({h["value"] for h in L["handles"]}) >= 2
            c["ads with one account on two platforms"] += len(L["handles"]) > len({h["value"] for h in L["handles"]})
            c["ads with no selector"] += not any(L[k] for k in ("handles", "urls", "emails", "phones"))
            c["ads with only phones"] += bool(L["phones"]) and not any(L[k] for k in ("handles", "urls", "emails"))
            c["ALL-CAPS ads"] += a["body"] == a["body"].upper() and any(ch.isalpha() for ch in a["body"])
            for k in ("handles", "urls", "emails", "phones"):
                c[k] += len(L[k])
            c["hard negatives"] += len(a["hard_negatives"])
            for h in L["handles"]:
                platforms[h["platform"]] += 1
            for s in a["spans"]:
                forms[(s["kind"], s["form"])] += 1
                if s["kind"] == "handle" and s["form"] != "profile_url":
                    tok = re.findall(r"@?[\w.]+", html.unescape(s["raw"]))
                    tok = [t for t in tok if t.lstrip("@").lower() == s["value"]]
                    if tok:
                        shapes[shape_of(tok[-1])] += 1
                        if s["form"] in WEAK_FORMS:
                            weak_shapes[shape_of(tok[-1])] += 1
                    c["handle spans in capitals"] += s["raw"] == s["raw"].upper() and s["value"] != s["value"].upper()
            for n in a["hard_negatives"]:
                negk[n["kind"]] += 1
        res[split] = {"counts": c, "forms": forms, "negs": negk, "platforms": platforms, "shapes": shapes,
                      "weak_shapes": weak_shapes, "cats": cats, "langs": langs}
    return res


def stats_md(all_ads):
    st = stats(all_ads)
    parts = []
    keys = ["ads", "ads with a handle", "ads with a hard negative", "ads with both", "ads with two or more accounts",
            "ads with one account on two platforms", "ads with only phones", "ads with no selector", "ALL-CAPS ads",
            "handles", "handle spans in capitals", "urls", "emails", "phones", "hard negatives"]
    parts.append(md_table(["", "dev", "heldout"], [[k, st["dev"]["counts"][k], st["heldout"]["counts"][k]] for k in keys]))
    cats = sorted(set(st["dev"]["cats"]) | set(st["heldout"]["cats"]))
    parts.append(md_table(["category", "dev", "heldout"], [[k, st["dev"]["cats"][k], st["heldout"]["cats"][k]] for k in cats]))
    langs = [l for l, _ in LANG_SHARE]
    parts.append(md_table(["lang", "dev", "heldout"], [[k, st["dev"]["langs"][k], st["heldout"]["langs"][k]] for k in langs]))
    fk = sorted(set(st["dev"]["forms"]) | set(st["heldout"]["forms"]))
    parts.append(md_table(["kind", "form", "dev", "heldout"],
                          [[k, f, st["dev"]["forms"][(k, f)], st["heldout"]["forms"][(k, f)]] for k, f in fk]))
    parts.append(md_table(["platform", "dev", "heldout"],
                          [[p, st["dev"]["platforms"][p], st["heldout"]["platforms"][p]] for p in PLATFORM_RULES]))
    sh = ["digits", "underscore", "dot", "mixed case", "plain word"]
    parts.append(md_table(["account shape (handle spans, no URLs)", "dev", "heldout", "dev after a weak cue",
                           "heldout after a weak cue"],
                          [[s, st["dev"]["shapes"][s], st["heldout"]["shapes"][s], st["dev"]["weak_shapes"][s],
                            st["heldout"]["weak_shapes"][s]] for s in sh]))
    parts.append(md_table(["hard negative kind", "dev", "heldout"],
                          [[k, st["dev"]["negs"][k], st["heldout"]["negs"][k]] for k in DECOY_KINDS]))
    return "\n\n".join(parts) + "\n"


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
    print("wrote " + ", ".join(f"{s}.jsonl ({SIZES[s]} ads)" for s in SPLITS) + "; self-check ok; " + "; ".join(
        f"{s}: {st[s]['counts']['handles']} handles, {st[s]['counts']['hard negatives']} hard negatives" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
