#!/usr/bin/env python3
"""Write eval/selectors-fifth/heldout.jsonl: 300 synthetic, hand-labelled ads (held-out only).

    python3 eval/selectors-fifth/write.py            # rewrites heldout.jsonl byte for byte
    python3 eval/selectors-fifth/write.py --stdout   # prints it instead

Every ad is written by this script (no scraped text). Labels: handles, URLs and emails only;
post_type is null (the kind is in the top-level "kind" field); indicators and phones are left empty (README.md).
Python 3.11, standard library only. Deterministic: one seeded RNG, fixed iteration order.
"""

from __future__ import annotations

import json
import os
import random
import sys

SEED = 515015
N_ADS = 300
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

NAMES = {
    "en": ["lola", "mia", "kiki", "jasmine", "amber", "destiny", "bella", "sasha", "nikki", "ruby", "chloe",
           "roxy", "lexi", "jade", "tiana", "brandi", "skye", "aaliyah", "kayla", "paige", "mercedes", "dior"],
    "es": ["valeria", "camila", "lupita", "sofia", "daniela", "ximena", "yuli", "karla", "paola", "mariana"],
    "pt": ["bruna", "larissa", "thais", "gabi", "raissa", "leticia", "jessica", "duda"],
    "fr": ["manon", "lea", "ines", "clara", "oceane", "lina", "yasmine"],
    "de": ["lena", "jana", "nele", "vanessa", "melina", "svenja"],
    "ru": ["natasha", "alina", "katya", "masha", "liza", "yana", "dasha", "vika", "nastya"],
    "ro": ["andreea", "bianca", "ioana", "denisa", "roxana", "alexia"],
    "it": ["giulia", "chiara", "martina", "aurora", "sara"],
    "pl": ["kasia", "ola", "magda", "zuza", "wiktoria"],
    "th": ["ploy", "noon", "fon", "mint", "bee", "nana"],
    "tl": ["jhen", "aira", "kristine", "mae", "shaira"],
}
CITY = {
    "en": ["nyc", "la", "atl", "ldn", "mcr", "syd", "tor", "vegas", "miami", "hou", "chi", "dxb"],
    "es": ["bcn", "mad", "cdmx", "bog", "lima", "gdl", "vlc"],
    "pt": ["rio", "sp", "lisboa", "bh", "poa"],
    "fr": ["paris", "lyon", "mtl", "bxl", "nice"],
    "de": ["berlin", "hh", "muc", "zh", "wien"],
    "ru": ["msk", "spb", "kzn", "nsk", "ekb"],
    "ro": ["buc", "cluj", "iasi", "tm"],
    "it": ["roma", "mi", "napoli", "to"],
    "pl": ["waw", "krk", "wro", "gda"],
    "th": ["bkk", "pattaya", "cnx", "hkt"],
    "tl": ["mnl", "cebu", "qc", "makati"],
}
SUFFIX = ["vip", "xo", "bby", "lux", "kiss", "baby", "doll", "official", "private", "real", "x", "xx", "babe",
          "bunny", "angel", "love", "diva", "queen", "honey"]
COMMON_WORD_HANDLES = ["sunshine", "peaches", "angel", "honey", "cherry", "bubbles", "sugar", "princess", "velvet",
                       "paradise", "heaven", "cupcake", "caramel", "goddess", "kitten"]
BUSINESS_HANDLES = ["dubai_jobs_hr", "eurowork_agency", "casting_models_eu", "job4you_pl", "hostess_work_asia",
                    "rabota_evropa24", "agencia_modelos_int", "trabajo_espana_ya", "vip_hostess_tokyo",
                    "work_uk_visa", "nanny_jobs_global", "promo_girls_ist", "lucru_germania_rapid",
                    "seasonal_work_nl", "model_scout_milan", "hr_kz_alma", "bar_staff_cyprus", "kerja_luar_negeri",
                    "careers_gulfstaff", "recruit_nordic_care"]
EMAIL_DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "proton.me", "icloud.com", "aol.com",
           "yahoo.co.uk", "hotmail.co.uk"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "yahoo.com.mx", "hotmail.es"],
    "pt": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "sapo.pt"],
    "fr": ["gmail.com", "hotmail.fr", "orange.fr", "laposte.net", "free.fr"],
    "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it"],
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "th": ["gmail.com", "hotmail.com"],
    "tl": ["gmail.com", "yahoo.com"],
}
BIZ_WORDS = ["velvet", "lotus", "orchid", "silk", "luna", "jade", "golden", "bliss", "zen", "aqua", "pearl",
             "serenity", "royal", "diamond", "secret", "elite", "angels", "paradise", "oasis", "sakura"]
BIZ_KIND = {"massage": ["spa", "massage", "wellness", "thai", "relax", "bodywork"],
            "sex_ad": ["escorts", "companions", "girls", "models", "dolls", "vip"],
            "job_offer": ["staffing", "recruitment", "jobs", "careers", "agency", "work", "talent"],
            "other": ["shop", "store", "deals", "homes", "rentals", "auto", "market"]}
TLDS = {"en": ["com", "co.uk", "com.au", "ca", "net", "us", "io"], "es": ["es", "com", "com.mx", "co", "com.ar"],
        "pt": ["com.br", "pt", "com"], "fr": ["fr", "be", "ch", "com"], "de": ["de", "at", "ch", "com"],
        "ru": ["ru", "com", "su", "kz"], "ro": ["ro", "com", "eu"], "it": ["it", "com"], "pl": ["pl", "eu", "com"],
        "th": ["com", "co.th", "asia"], "tl": ["com", "ph", "com.ph"]}
# the classified site an ad is posted on (a footer naming it is NOT a contact link: never labelled)
ADULT_SITES = ["skipthegames.com", "megapersonals.eu", "bedpage.com", "listcrawler.eu", "eros.com", "tryst.link",
               "adultwork.com", "vivastreet.co.uk", "locanto.com", "sexguide.ch", "escort-advisor.com", "annunci69.it",
               "doublelist.com", "milanuncios.com"]
GENERAL_SITES = ["vivastreet.co.uk", "locanto.com", "milanuncios.com", "kijiji.ca", "olx.ro", "avito.ru", "gumtree.com",
                 "quoka.de", "leboncoin.fr", "subito.it", "olx.pl", "mundoanuncio.com", "craigslist.org"]

# language weights for a mixed scrape of many countries' sites (English sites dominate)
LANG_W = [("en", 44), ("es", 13), ("pt", 6), ("fr", 6), ("de", 5), ("ru", 8), ("ro", 5), ("it", 4), ("pl", 3),
          ("th", 4), ("tl", 2)]
# ad kind weights
KIND_W = [("sex_ad", 45), ("massage", 15), ("job_offer", 22), ("other", 18)]

# --------------------------------------------------------------------------------------------
# Text banks (per kind, per language; English fallback where a language lacks one)
# --------------------------------------------------------------------------------------------

T = {
    ("sex_ad", "en"): {
        "title": ["{N} 💋 NEW IN TOWN 💋 {C}", "SWEET {NU} ❤️ 100% REAL ❤️ INCALL/OUTCALL", "💦 Petite Latina {N} 💦 avail now",
                  "Ur new favorite 😈 {N}", "TS {N} ~ upscale & discreet", "🔥BACK IN {CU}🔥 limited time", "Ebony goddess {N} 🍫",
                  "Mature & classy — {N}", "Asian Sweetie 🌸 {N} 🌸 new pics", "Blonde bombshell {N} • GFE"],
        "open": ["Hey gentlemen 😘 I'm {N}, {age}yo, here for a short stay.", "Hi loves!! {N} here 💕 sweet, sexy & ready to play",
                 "NO RUSH • NO GAMES • NO DRAMA. just good vibes 😉", "Let me be your little secret 🤫", "Incall near the airport, outcall to hotels only.",
                 "Im {N} new to the area, very friendly and open minded", "Available 24/7 for QV, HH, H. Upscale gentlemen only 🥂",
                 "Hello daddy 😈 u want the full GFE? Look no further"],
        "mid": ["100% real pics 📸 what you see is what you get", "STOP 👻 wasting time, serious inquiries only",
                "No law enforcement. No blocked numbers.", "Screening required for first timers", "Donations: QV 80 HH 150 H 250",
                "Clean, safe & discreet 🧼", "Text only, no calls!!", "Deposit required before I confirm 💳",
                "I dont do BBBJ dont ask", "Specials all day today 💝", "Hotel friendly, upscale only"],
        "close": ["Xoxo {N} 💋", "Don't miss out babe 😘", "See u soon 😈", "Thanks for reading 🌹", "Kisses, {N}"],
    },
    ("sex_ad", "es"): {
        "title": ["{N} 💋 colombiana recién llegada", "Chica nueva en {CU} 🔥 {N}", "Masajes y compañía 💋 {N}", "Madurita cariñosa ❤️ {N}"],
        "open": ["Hola cariño, soy {N}, tengo {age} años y soy muy complaciente 😘", "Recién llegada a tu ciudad, fotos 100% reales",
                 "Piso discreto, también salidas a hotel", "Soy {N}, venezolana, cariñosa y sin prisas 💕"],
        "mid": ["Fotos reales 📸 sin engaños", "Solo caballeros educados", "Disponible 24 horas", "No contesto números ocultos",
                "Tarifa: 60€ media hora, 100€ la hora"],
        "close": ["Besitos, {N} 💋", "Te espero 😘", "¡No te arrepentirás!"],
    },
    ("sex_ad", "pt"): {
        "title": ["{N} 💋 novinha no pedaço", "Acompanhante {N} • local próprio", "Loira safada {N} 🔥"],
        "open": ["Oi amor, sou a {N}, {age} aninhos, carinhosa e sem frescura 😘", "Atendo em local próprio e motel",
                 "Fotos 100% reais, sem enganação 📸"],
        "mid": ["Cachê a combinar", "Atendimento só com hora marcada", "Aceito pix e cartão", "Não atendo número privado"],
        "close": ["Beijinhos, {N} 💋", "Vem me ver 😈"],
    },
    ("sex_ad", "fr"): {
        "title": ["{N} 💋 nouvelle à {CU}", "Jolie {N} • massage et plus", "Belle métisse {N} 🔥 dispo"],
        "open": ["Coucou, moi c'est {N}, {age} ans, douce et coquine 😘", "Je reçois en appartement privé, discrétion assurée",
                 "Photos réelles 📸 pas de mauvaises surprises"],
        "mid": ["Pas de numéros masqués", "Uniquement hommes respectueux", "Dispo de 10h à 2h"],
        "close": ["Bisous, {N} 💋", "À très vite 😘"],
    },
    ("sex_ad", "de"): {
        "title": ["{N} 💋 NEU in {CU}", "Sexy {N} – privat & diskret", "Junge Blondine {N} 🔥 Haus- und Hotelbesuche"],
        "open": ["Hallo ihr Lieben, ich bin {N}, {age} Jahre, zärtlich und verspielt 😘", "Besuchbar in privater Wohnung, auch Hotelbesuche",
                 "Echte Bilder 📸 keine Fakes"],
        "mid": ["Keine unterdrückten Nummern", "Termine nur nach Absprache", "Tabulos? Nein. Respekt ist Pflicht."],
        "close": ["Küsschen, {N} 💋", "Bis bald 😘"],
    },
    ("sex_ad", "ru"): {
        "title": ["{N} 💋 новенькая, {CU}", "Досуг 🔥 {N} индивидуалка", "Элитная {N} • апартаменты"],
        "open": ["Привет, я {N}, мне {age}, нежная и ласковая 😘", "Апартаменты в центре, выезд в отели",
                 "Фото реальные 📸 без обмана"],
        "mid": ["Только адекватным мужчинам", "Звонки со скрытых номеров не принимаю", "Работаю круглосуточно"],
        "close": ["Целую, {N} 💋", "Жду тебя 😘"],
    },
    ("sex_ad", "ro"): {
        "title": ["{N} 💋 noua in {CU}", "Escorta {N} • discretie totala", "Bruneta sexy {N} 🔥"],
        "open": ["Buna, sunt {N}, am {age} ani, dulce si pofticioasa 😘", "Primesc la mine in apartament, zona centrala",
                 "Poze reale 📸 fara surprize"],
        "mid": ["Nu raspund la numere private", "Doar domni seriosi", "Program non-stop"],
        "close": ["Pupici, {N} 💋"],
    },
    ("sex_ad", "it"): {
        "title": ["{N} 💋 appena arrivata a {CU}", "Dolce {N} • trans italiana", "Bellissima {N} 🔥 massaggi e relax"],
        "open": ["Ciao amore, sono {N}, {age} anni, dolce e passionale 😘", "Ricevo in ambiente riservato e pulito"],
        "mid": ["Foto reali 📸 al 100%", "No numeri anonimi", "Solo uomini educati"],
        "close": ["Baci, {N} 💋"],
    },
    ("sex_ad", "pl"): {
        "title": ["{N} 💋 nowa w {CU}", "Roksa? nie, prywatnie 🔥 {N}"],
        "open": ["Cześć, jestem {N}, mam {age} lat, czuła i dyskretna 😘", "Przyjmuję w prywatnym mieszkaniu"],
        "mid": ["Zdjęcia prawdziwe 📸", "Nie odbieram zastrzeżonych numerów"],
        "close": ["Buziaki, {N} 💋"],
    },
    ("sex_ad", "th"): {
        "title": ["{N} 💋 น้องใหม่ {CU}", "Thai girl {N} 🌸 outcall hotel"],
        "open": ["สวัสดีค่ะ {N} นะคะ อายุ {age} ปี น่ารัก เป็นกันเอง 😘", "Hello, I am {N} from {CU}, speak little english"],
        "mid": ["รูปจริง 100% 📸", "Outcall hotel only, short time / long time"],
        "close": ["ขอบคุณค่ะ 🙏"],
    },
    ("sex_ad", "tl"): {
        "title": ["{N} 💋 available tonight {CU}", "Pinay {N} 🌸 sexy and sweet"],
        "open": ["Hi po, {N} here {age}yo, mabait at malinis 😘", "Available po ako ngayon, hotel or condo"],
        "mid": ["Real pics po 📸 walang fake", "No to lowballers po"],
        "close": ["Salamat po 🙏"],
    },
    ("massage", "en"): {
        "title": ["🌸 {B} Asian Massage 🌸 Grand Opening", "Deep tissue & relaxing massage • {CU}", "NEW STAFF 💆 {B} Spa",
                  "Body rub by {N} ✨ incall only", "Swedish • Thai • Hot stone — {B}"],
        "open": ["Welcome to {B}! Professional massage therapists, clean private rooms.", "Tired? Stressed? Come relax with {N} 💆",
                 "Open 10am–10pm 7 days, walk-ins welcome", "Table shower available. Friendly young staff."],
        "mid": ["60 min $60 / 90 min $90", "Free parking in the back", "Couples massage available", "We accept cash & all major cards",
                "Tips appreciated 🙏", "No appointment needed"],
        "close": ["See you soon!", "Come relax with us ❤️"],
    },
    ("massage", "es"): {
        "title": ["Masajes relajantes {B} 💆", "Masajista profesional {N} • {CU}"],
        "open": ["Masaje tántrico, relajante y descontracturante", "Ambiente limpio y discreto, cabina privada"],
        "mid": ["30 min 40€ • 60 min 70€", "Horario de 10 a 22h"],
        "close": ["¡Te esperamos!"],
    },
    ("massage", "de"): {
        "title": ["Thai-Massage {B} – Neueröffnung", "Entspannungsmassage bei {N} 💆"],
        "open": ["Traditionelle Thaimassage und Ölmassage in ruhiger Atmosphäre", "Diskrete Räume, Dusche vorhanden"],
        "mid": ["60 Min 60 € • 90 Min 85 €", "Mo–Sa 10–22 Uhr"],
        "close": ["Wir freuen uns auf Sie!"],
    },
    ("massage", "fr"): {
        "title": ["Massage relaxant {B} 💆", "Masseuse diplômée {N} • {CU}"],
        "open": ["Massage californien, suédois et thaï dans un cadre zen", "Sur rendez-vous uniquement"],
        "mid": ["1h 70€", "Du lundi au samedi"],
        "close": ["À bientôt !"],
    },
    ("massage", "th"): {
        "title": ["{B} Thai Massage 💆 {CU}", "นวดแผนไทย {B}"],
        "open": ["นวดแผนไทย นวดน้ำมัน ราคาเป็นกันเอง", "Thai massage, oil massage, foot massage"],
        "mid": ["1 ชม. 300 บาท", "Open 11am-midnight"],
        "close": ["ยินดีต้อนรับค่ะ"],
    },
    ("massage", "ru"): {
        "title": ["Массаж {B} 💆 {CU}", "Релакс массаж от {N}"],
        "open": ["Классический, тайский и расслабляющий массаж", "Уютный кабинет в центре, душ"],
        "mid": ["1 час — 3000 ₽", "Ежедневно с 10 до 23"],
        "close": ["Ждём вас!"],
    },
    ("job_offer", "en"): {
        "title": ["HIRING NOW: hostesses for VIP club in {ABROAD} 💰", "Models wanted 📸 high pay, travel abroad", "Dancers needed — {ABROAD}, visa provided",
                  "Warehouse operatives — immediate start", "Caregivers needed in {ABROAD} 🇪🇺 free accommodation", "Housekeeping staff — hotel chain",
                  "Easy money for pretty girls 18-25 💸", "Delivery drivers wanted — own car", "Waitress / bartender job abroad, $4000/month",
                  "Part time receptionist, evening shifts"],
        "open": ["We are looking for young, attractive girls to work as hostesses in {ABROAD}.", "Immediate start, no experience required!",
                 "Salary from $3000 to $5000 per month, tips extra.", "Flight tickets, visa and accommodation paid by company.",
                 "Full-time positions available for reliable workers.", "We offer training and a friendly team.",
                 "Work permit arranged by our agency. Passport will be kept safe by the employer."],
        "mid": ["Requirements: age 18–28, slim, good appearance", "Only serious candidates", "Send photos (full length) and age",
                "No English required", "Pay weekly in cash", "Must be 18+ and able to travel within 2 weeks",
                "Valid driving licence required", "Minimum 2 years experience in a similar role"],
        "close": ["Don't miss this opportunity!", "Apply today.", "Limited places!!!"],
    },
    ("job_offer", "es"): {
        "title": ["Trabajo en {ABROAD} para chicas 💰", "Se busca camarera • alojamiento incluido", "Oferta de empleo: modelos para eventos"],
        "open": ["Buscamos chicas jóvenes y guapas para trabajar en {ABROAD}.", "Pagamos billete de avión y alojamiento.",
                 "Ganancias de 3000€ a 6000€ al mes."],
        "mid": ["Requisitos: 18 a 30 años, buena presencia", "No se necesita experiencia", "Envía fotos y edad"],
        "close": ["¡Plazas limitadas!"],
    },
    ("job_offer", "ru"): {
        "title": ["Работа за границей 💰 {ABROAD}", "Требуются девушки хостес в {ABROAD}", "Вакансия: модели, высокий доход"],
        "open": ["Приглашаем девушек 18–27 лет на работу в {ABROAD}.", "Билеты, виза и проживание за счёт работодателя.",
                 "Доход от 3000$ в месяц, опыт не нужен."],
        "mid": ["Знание языка не обязательно", "Пришлите фото и возраст", "Оформление быстро"],
        "close": ["Звоните, пишите!"],
    },
    ("job_offer", "ro"): {
        "title": ["Locuri de munca in {ABROAD} 💶", "Angajam dansatoare / hostess in strainatate"],
        "open": ["Cautam fete tinere pentru munca in {ABROAD}.", "Transport si cazare asigurate de firma.", "Salariu 2500€ pe luna + bacsis."],
        "mid": ["Nu este necesara experienta", "Trimiteti poze si varsta"],
        "close": ["Plecare imediata!"],
    },
    ("job_offer", "pt"): {
        "title": ["Vagas para trabalhar em {ABROAD} 💶", "Recepcionista — início imediato"],
        "open": ["Procuramos moças bonitas para trabalhar em {ABROAD}.", "Passagem e moradia pagas pela empresa."],
        "mid": ["Não precisa experiência", "Envie fotos e idade"],
        "close": ["Vagas limitadas!"],
    },
    ("job_offer", "pl"): {
        "title": ["Praca w {ABROAD} od zaraz 💶", "Pracownicy produkcji — zakwaterowanie"],
        "open": ["Szukamy pracowników do pracy w {ABROAD}.", "Zakwaterowanie i dojazd zapewnione."],
        "mid": ["Bez znajomości języka", "Wypłaty co tydzień"],
        "close": ["Zapraszamy!"],
    },
    ("job_offer", "fr"): {
        "title": ["Emploi hôtesse à {ABROAD} 💰", "Recherche aide-soignante — logement fourni"],
        "open": ["Nous recherchons des jeunes femmes pour travailler à {ABROAD}.", "Billet d'avion et visa pris en charge."],
        "mid": ["Aucune expérience requise", "Envoyez photos et âge"],
        "close": ["Places limitées !"],
    },
    ("job_offer", "de"): {
        "title": ["Pflegekräfte gesucht — {ABROAD}", "Minijob: Promoterinnen gesucht"],
        "open": ["Wir suchen zuverlässige Mitarbeiterinnen für {ABROAD}.", "Unterkunft wird gestellt."],
        "mid": ["Keine Erfahrung nötig", "Bezahlung wöchentlich"],
        "close": ["Jetzt bewerben!"],
    },
    ("other", "en"): {
        "title": ["Couch for sale — like new", "iPhone 13 128GB unlocked", "2012 Honda Civic, 98k miles",
                  "Moving sale — everything must go", "Selling concert tickets x2", "Dining table + 4 chairs"],
        "open": ["Selling because we are moving. Pick up only.", "Great condition, smoke free home.", "Price negotiable, serious buyers only."],
        "mid": ["No lowballers please", "Cash or bank transfer", "Photos on request", "Delivery possible for a small fee"],
        "close": ["Thanks for looking!", "First come first served."],
    },
    ("other", "en-room"): {
        "title": ["Room for rent, utilities incl.", "Studio apartment available now", "Roommate wanted 🏠"],
        "open": ["Private room in shared flat, close to the station.", "Quiet building, laundry on site."],
        "mid": ["Available from the 1st of the month", "No pets, no smoking", "Deposit one month"],
        "close": ["Serious enquiries only.", "Thanks!"],
    },
    ("other", "en-lost"): {
        "title": ["Lost dog 🐶 reward!!", "Found: black cat near the school", "Kitten needs a home 🐱"],
        "open": ["Last seen near the park on Tuesday evening.", "Very friendly, answers to Max."],
        "mid": ["Please share!!", "Reward for any information"],
        "close": ["Thank you so much 🙏"],
    },
    ("other", "en-service"): {
        "title": ["Guitar lessons for beginners 🎸", "Apartment cleaning services", "Handyman — no job too small", "Math tutoring, all levels"],
        "open": ["Reliable and affordable, 10 years experience.", "Flexible hours including weekends."],
        "mid": ["Free quote", "References available", "First lesson free"],
        "close": ["Get in touch!", "Thanks for looking!"],
    },
    ("other", "es"): {
        "title": ["Vendo sofá en buen estado", "Alquilo habitación", "Clases particulares de inglés"],
        "open": ["Vendo por mudanza, recoger en domicilio.", "Habitación amplia, gastos incluidos."],
        "mid": ["Precio negociable", "Solo interesados"],
        "close": ["¡Gracias!"],
    },
    ("other", "de"): {
        "title": ["Fahrrad zu verkaufen", "WG-Zimmer frei ab sofort", "Nachhilfe Mathe"],
        "open": ["Verkaufe wegen Umzug, nur Abholung.", "Helles Zimmer, warm 450 €."],
        "mid": ["Preis VB", "Keine Tauschangebote"],
        "close": ["Danke fürs Lesen!"],
    },
    ("other", "fr"): {
        "title": ["Vends canapé d'angle", "Colocation — chambre libre"],
        "open": ["Vendu cause déménagement, à récupérer sur place.", "Chambre meublée, charges comprises."],
        "mid": ["Prix à débattre", "Pas sérieux s'abstenir"],
        "close": ["Merci !"],
    },
    ("other", "ru"): {
        "title": ["Продам диван", "Сдаю комнату", "Репетитор по английскому"],
        "open": ["Продаю в связи с переездом, самовывоз.", "Комната в центре, всё включено."],
        "mid": ["Торг уместен", "Только серьёзным покупателям"],
        "close": ["Спасибо!"],
    },
    ("other", "pt"): {
        "title": ["Vendo sofá seminovo", "Aluga-se quarto"],
        "open": ["Vendo por mudança, retirar no local.", "Quarto mobiliado, contas inclusas."],
        "mid": ["Preço negociável"],
        "close": ["Obrigado!"],
    },
}
ABROAD = ["Dubai", "Istanbul", "Tokyo", "Cyprus", "Germany", "Spain", "London", "Milan", "Seoul", "Doha", "Macau",
          "Israel", "Poland", "Netherlands", "Malaysia", "Bahrain"]
AGES = list(range(19, 34))

# Hard negatives: text that names platforms, looks dotted or has @ / "at" / "dot", labelled as nothing.
HARD_NEG = {
    "en": ["100% real pics 📸 no catfish", "STOP 👻 wasting my time with fake appointments", "I'm not on instagram or snapchat, don't ask",
           "DM me on IG for more pics", "same pics as my insta", "No snap games, no facetime verification", "CALL.ME.NOW",
           "NO.RUSH.SERVICE", "TEXT.ONLY.PLEASE", "incall @ downtown, outcall @ your hotel", "available @ 10.30pm tonight",
           "Specials @ $120 til midnight", "QV $80.00 / HH $150.00", "pics: IMG_2041.JPG and IMG_2042.JPG attached",
           "I'm at the hotel by the mall, dot on the map below", "Meet at 9, dot on time or I leave", "Located in St.Louis area",
           "Visiting Ft.Lauderdale this weekend", "Mr.Right where are u?", "Telegram only for verified regulars",
           "Ask me about my OnlyFans discount 😉", "Follow me for more 😘", "My Snapchat got deleted so text me",
           "Facebook friends please don't judge lol", "ver 2.0 of your dreams 😈", "Twitter banned me again 🙄",
           "Tiktok famous? maybe 😜", "email through the site only", "📧 message via the app", "Hablo español, also speak a.little english",
           "📱 ☎️ 📲", "Whatsapp available", "Book via the site, I'll answer @ once", "N.S.A fun only", "U.S.A. tour 2026 🇺🇸",
           "open 24/7 @ the same spot", "avail 2.30-11.45", "hotel room 1.5hrs minimum", "rates.pdf available on request",
           "LOOK.AT.MY.PICS", "WELCOME.NEW.CLIENTS"],
    "es": ["Fotos reales 📸 sin engaños", "No tengo instagram, no insistas", "Estoy en el centro @ 5 minutos del metro",
           "Precio 60.00€", "Horario 10.30 a 22.00", "DE.VERDAD.REAL", "snapchat no, llama"],
    "pt": ["Fotos reais 📸", "Não tenho instagram", "Cachê R$ 200,00", "Atendo das 10.00 às 22.00"],
    "fr": ["Photos réelles 📸", "Pas de snapchat, merci", "Dispo de 10.30 à 23.00", "Tarif 150.00€"],
    "de": ["Echte Bilder 📸", "Kein Instagram, kein Snapchat", "Termine ab 10.30 Uhr", "Preis 150.00 €", "z.B. Hotelbesuche"],
    "ru": ["Фото реальные 📸", "Инстаграм не веду", "С 10.00 до 23.00", "Цена 5.000 ₽"],
    "ro": ["Poze reale 📸", "Nu am instagram", "Program 10.00-22.00"],
    "it": ["Foto reali 📸", "Niente instagram", "Dalle 10.00 alle 23.00"],
    "pl": ["Zdjęcia prawdziwe 📸", "Nie mam instagrama", "Od 10.00 do 22.00"],
    "th": ["รูปจริง 📸", "ไม่มีไอจี", "10.00-24.00"],
    "tl": ["Real pics po 📸", "wala akong IG po", "10.00am-11.00pm"],
}
# negatives that say the poster has no account: used only in ads that give no handle
NO_SOCIAL = ["not on", "don't ask", "deleted", "banned", "no tengo", "não tenho", "pas de snap", "kein insta",
             "не веду", "nu am", "niente", "nie mam", "ไม่มี", "wala", "snapchat no"]
JOB_NEG = ["Send CV.pdf and cover_letter.docx", "Interviews @ our office, 2nd floor", "Shifts 06.00-14.00 / 14.00-22.00",
           "Salary 2.500,00 € net", "Follow us on social media for updates", "Apply via the website form",
           "Check our facebook page for reviews", "NO.FEES.FOR.CANDIDATES", "Contract v1.3 attached after interview"]
OTHER_NEG = ["Pics: sofa1.jpg sofa2.jpg", "Price $250.00 firm", "Pick up @ the north entrance", "Size 2.10m x 0.95m",
             "See more of my listings on this site", "Model A2633, iOS 17.4", "Viewing at 6.30pm weekdays",
             "Not interested in trades or paypal scams", "FIRST.COME.FIRST.SERVED"]

# phones are written realistically but NOT labelled (see README.md)
PHONE_FMT = {
    "en": ["({a}) {b}-{c}", "{a}.{b}.{c}", "{a}-{b}-{c}", "+1 {a} {b} {c}", "07{a} {b}{c3}"],
    "es": ["+34 6{a2} {b} {c3}", "6{a2}{b}{c3}", "+52 55 {c} {c3}"], "pt": ["+55 11 9{c}-{c}", "(21) 9{c}-{c}"],
    "fr": ["06 {a2} {b2} {c2} {a2}", "+33 6 {a2} {b2} {c2} {a2}"], "de": ["0176 {b}{c}", "+49 152 {b} {c}"],
    "ru": ["+7 9{a2} {b}-{c2}-{a2}", "8 9{a2} {b} {c2} {a2}"], "ro": ["07{a2} {b} {c3}", "+40 7{a2} {b} {c3}"],
    "it": ["3{a2} {b} {c}", "+39 3{a2} {b}{c}"], "pl": ["+48 5{a2} {b} {c3}", "6{a2} {b} {c3}"],
    "th": ["08{d1}-{b}-{c}", "+66 8{d1} {b} {c}"], "tl": ["09{a2} {b} {c}", "+63 9{a2} {b} {c}"],
}

# --------------------------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------------------------


class Ad:
    def __init__(self, kind, lang):
        self.kind, self.lang = kind, lang
        self.handles, self.urls, self.emails, self.tags = [], [], [], set()

    def handle(self, platform, value):
        if (platform, value.lower()) not in {(p, v.lower()) for p, v in self.handles}:
            self.handles.append((platform, value))


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def wpick(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.randrange(total)
    for v, w in pairs:
        if x < w:
            return v
        x -= w
    raise AssertionError


def phone(r, lang):
    f = pick(r, PHONE_FMT.get(lang, PHONE_FMT["en"]))
    a, b, c = r.randrange(200, 990), r.randrange(200, 990), r.randrange(1000, 9999)
    a2, b2, c2 = r.randrange(10, 99), r.randrange(10, 99), r.randrange(10, 99)
    return f.format(a=a, b=b, c=c, a2=a2, b2=b2, c2=c2, c3=f"{c % 1000:03d}", d1=a2 % 10)


def account(r, lang, platform, name=None):
    """A realistic account name for a person (often built on the name the ad uses)."""
    n = name if name and r.random() < 0.6 else pick(r, NAMES[lang] if r.random() < 0.85 else NAMES["en"])
    c = pick(r, CITY[lang])
    s = pick(r, SUFFIX)
    d = str(r.choice([r.randrange(1, 10), r.randrange(10, 100), r.randrange(1990, 2006), r.randrange(100, 1000)]))
    pats = ["{n}_{s}", "{n}.{c}", "{n}{d}", "{N}{S}{d}", "xx{n}xx", "{n}_{s}{d}", "real{N}{d}", "{n}{c}_{s}",
            "the.{n}.{s}", "{n}__{d}", "{n}.{s}.{c}", "its{n}{d}", "{n}_{c}{d}", "{N}_{C}", "miss{n}_{c}",
            "{n}x{d}", "{n}{s}", "lil.{n}{d}", "{n}_b{d}"]
    v = pick(r, pats).format(n=n, N=n.capitalize(), c=c, C=c.upper(), s=s, S=s.capitalize(), d=d)
    if platform in ("telegram", "twitter", "tiktok_no_dot", "kik_no_dot"):
        v = v.replace(".", "_")
    if platform == "telegram":
        v = v.strip("_")
        if len(v) < 5:
            v += "_" + d
    if platform == "twitter":
        v = v[:15].rstrip("_")
    return v


def biz_domain(r, lang, kind, own=None):
    w = pick(r, BIZ_WORDS)
    k = pick(r, BIZ_KIND[kind])
    pat = pick(r, ["{w}{k}", "{w}-{k}", "{w}{k}{c}", "{w}-{k}-{c}", "{k}{w}"])
    host = pat.format(w=w, k=k, c=pick(r, CITY[lang]))
    return host + "." + pick(r, TLDS[lang]), w.capitalize() + " " + k.capitalize()


# cue renderers: each returns (text, [(platform, handle)], [urls]); tags added to ad
def account_like(r, h):
    """After a weak cue (a bare emoji) real ads use a token with digits, underscores or dots."""
    if any(c.isdigit() or c in "._" for c in h):
        return h
    return h + str(r.randrange(10, 100))


def cue_instagram(r, ad, h):
    s = pick(r, ["IG: @{h}", "Insta: {h}", "Instagram 👉 @{h}", "📸 IG @{h}", "instagram.com/{h}", "follow me on insta @{h}",
                 "I.G: {h}", "1nsta - {h}", "𝗜𝗚: {h}", "IG ➡️ {h}", "https://www.instagram.com/{h}/", "insta 📸 {h}",
                 "ig @{h}", "📷 {h}", "My IG is {h}", "instagram: @{h}"])
    if s == "📷 {h}":
        h = account_like(r, h)
        ad.tags.add("weak-cue")
    t = s.format(h=h)
    urls = []
    if "instagram.com/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    if s.startswith(("📷", "insta 📸")):
        ad.tags.add("emoji-cue")
    if "𝗜𝗚" in s or "1nsta" in s or "I.G" in s:
        ad.tags.add("disguised-cue")
    return t, [("instagram", h)], urls


def cue_snapchat(r, ad, h):
    s = pick(r, ["SC: {h}", "Snap: {h}", "👻: {h}", "👻 {h}", "sn@p 👉 {h}", "s.n.a.p - {h}", "add my snapchat {h}",
                 "snapchat.com/add/{h}", "Snapchat 👻 @{h}", "my sc is {h}", "SNAP ➡ {h}", "$nap: {h}", "snap👻 {h}",
                 "S c: {h}"])
    if s in ("👻 {h}", "snap👻 {h}"):
        h = account_like(r, h)
    t = s.format(h=h)
    urls = []
    if "snapchat.com/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    if s.startswith("👻"):
        ad.tags.add("emoji-cue")
        if s == "👻 {h}":
            ad.tags.add("weak-cue")
    if s.startswith(("sn@p", "s.n.a.p", "$nap", "S c")):
        ad.tags.add("disguised-cue")
    return t, [("snapchat", h)], urls


def cue_telegram(r, ad, h):
    s = pick(r, ["Telegram: @{h}", "TG @{h}", "t.me/{h}", "https://t.me/{h}", "teIegram: {h}", "Telegram ✈️ @{h}",
                 "✈️ @{h}", "write me on telegram @{h}", "TELEGRAM 👉 {h}", "tg: {h}", "Tg @{h}"])
    if ad.lang == "ru":
        s = pick(r, [s, "телеграм @{h}", "Телеграм: {h}", "тг @{h}", "пиши в телеграм @{h}"])
    t = s.format(h=h)
    urls = []
    if "t.me/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    if s.startswith("✈️"):
        ad.tags.add("emoji-cue")
    if "teIegram" in s:
        ad.tags.add("disguised-cue")
    return t, [("telegram", h)], urls


def cue_twitter(r, ad, h):
    s = pick(r, ["Twitter: @{h}", "X: @{h}", "twitter.com/{h}", "x.com/{h}", "follow me on twitter @{h}", "🐦 @{h}"])
    t = s.format(h=h)
    urls = []
    if "twitter.com/" in s or "x.com/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    return t, [("twitter", h)], urls


def cue_onlyfans(r, ad, h):
    s = pick(r, ["OF: {h}", "onlyfans.com/{h}", "my 0nlyfans - {h}", "OnlyFans @{h}", "🔞 OF ➡️ {h}", "https://onlyfans.com/{h}",
                 "0F: {h}", "free OF 👉 onlyfans.com/{h}"])
    t = s.format(h=h)
    urls = []
    if "onlyfans.com/" in s:
        i = t.index("onlyfans.com/")
        if "https://" in t:
            i = t.index("https://")
        urls.append(t[i:])
        ad.tags.add("profile-url")
    if "0nlyfans" in s or "0F" in s:
        ad.tags.add("disguised-cue")
    return t, [("onlyfans", h)], urls


def cue_kik(r, ad, h):
    s = pick(r, ["Kik: {h}", "KIK me {h}", "kik ➡️ {h}", "k1k: {h}"])
    return s.format(h=h), [("kik", h)], []


def cue_wechat(r, ad, h):
    s = pick(r, ["WeChat: {h}", "微信: {h}", "wechat id {h}", "WeChat ID: {h}"])
    return s.format(h=h), [("wechat", h)], []


def cue_line(r, ad, h):
    s = pick(r, ["Line ID: {h}", "LINE: {h}", "ไลน์: {h}", "line id {h}"])
    return s.format(h=h), [("line", h)], []


def cue_tiktok(r, ad, h):
    s = pick(r, ["TikTok @{h}", "tiktok.com/@{h}", "tik tok: {h}"])
    t = s.format(h=h)
    urls = []
    if "tiktok.com/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    return t, [("tiktok", h)], urls


def cue_facebook(r, ad, h):
    s = pick(r, ["facebook.com/{h}", "https://www.facebook.com/{h}", "fb.com/{h}", "FB: {h}"])
    t = s.format(h=h)
    urls = []
    if ".com/" in s:
        urls.append(t)
        ad.tags.add("profile-url")
    return t, [("facebook", h)], urls


CUES = {"instagram": cue_instagram, "snapchat": cue_snapchat, "telegram": cue_telegram, "twitter": cue_twitter,
        "onlyfans": cue_onlyfans, "kik": cue_kik, "wechat": cue_wechat, "line": cue_line, "tiktok": cue_tiktok,
        "facebook": cue_facebook}

# platform weights per ad kind (sex ads: snap/IG/telegram/OF dominate; jobs: telegram)
PLAT_W = {
    "sex_ad": [("snapchat", 28), ("instagram", 22), ("telegram", 18), ("onlyfans", 14), ("twitter", 8), ("kik", 5),
               ("wechat", 2), ("line", 3)],
    "massage": [("instagram", 35), ("wechat", 20), ("line", 15), ("telegram", 15), ("facebook", 15)],
    "job_offer": [("telegram", 50), ("instagram", 15), ("facebook", 15), ("tiktok", 10), ("twitter", 10)],
    "other": [("instagram", 35), ("facebook", 35), ("tiktok", 15), ("twitter", 15)],
}


def email_render(r, ad, local, domain):
    """Render an email, possibly disguised; returns text. The label is always local@domain."""
    base, _, tld = domain.partition(".")
    style = r.random()
    if style < 0.55:
        return f"{local}@{domain}"
    ad.tags.add("disguised-email")
    forms = [f"{local} at {base} dot {tld.replace('.', ' dot ')}", f"{local}(at){base}(dot){tld.replace('.', '(dot)')}",
             f"{local} [at] {base} [dot] {tld.replace('.', ' [dot] ')}", f"{local} @ {domain}", f"{local.upper()}@{domain.upper()}",
             f"{local}＠{domain}", f"{local} AT {base}.{tld}", f"{local}@ {domain}"]
    return pick(r, forms)


def url_render(r, ad, host, path=""):
    """Render a URL, possibly disguised; returns (text, label)."""
    label = host + path
    style = r.random()
    if style < 0.3:
        return "https://www." + host + path, "https://www." + host + path
    if style < 0.55:
        return "www." + host + path, "www." + host + path
    if style < 0.75:
        return host + path, host + path
    if style < 0.85:
        return "http://" + host + path, "http://" + host + path
    ad.tags.add("disguised-url")
    base, _, tld = host.partition(".")
    t = pick(r, [f"{base} dot {tld}", f"{base}[.]{tld}", f"www . {base} . {tld}", f"{base} (dot) {tld}"])
    return t, host  # path dropped in disguised forms


def gen_ad(r, idx):
    kind = wpick(r, KIND_W)
    lang = wpick(r, LANG_W)
    if (kind, lang) not in T:
        lang = "en" if r.random() < 0.7 or kind == "sex_ad" else lang
        if (kind, lang) not in T:
            lang = "en"
    bank = T[(kind, lang)]
    if (kind, lang) == ("other", "en"):
        bank = T[pick(r, [("other", "en"), ("other", "en-room"), ("other", "en-lost"), ("other", "en-service")])]
    ad = Ad(kind, lang)
    n = pick(r, NAMES[lang])
    city = pick(r, CITY[lang])
    bizhost, bizname = biz_domain(r, lang, kind)
    fill = dict(N=n.capitalize(), NU=n.upper(), C=city, CU=city.upper(), age=pick(r, AGES), B=bizname, ABROAD=pick(r, ABROAD))
    title = pick(r, bank["title"]).format(**fill)
    lines = [pick(r, bank["open"]).format(**fill)]
    for _ in range(r.choice([1, 1, 2, 3])):
        ln = pick(r, bank["mid"]).format(**fill)
        if ln not in lines:
            lines.append(ln)


    # contacts ---------------------------------------------------------------------------------
    contacts = []
    if r.random() < {"sex_ad": 0.75, "massage": 0.8, "job_offer": 0.6, "other": 0.6}[kind]:
        contacts.append(pick(r, ["📞 ", "Call/Text ", "Tel: ", "☎ ", "", "WhatsApp ", "📲 "]) + phone(r, lang))
    n_handles = wpick(r, {"sex_ad": [(0, 25), (1, 45), (2, 25), (3, 5)], "massage": [(0, 55), (1, 40), (2, 5)],
                          "job_offer": [(0, 45), (1, 45), (2, 10)], "other": [(0, 75), (1, 25)]}[kind])
    used = set()
    for _ in range(n_handles):
        plat = wpick(r, PLAT_W[kind])
        if lang == "th" and r.random() < 0.5:
            plat = "line"  # LINE is the Thai default
        elif lang == "ru" and r.random() < 0.4:
            plat = "telegram"
        if plat in used:
            continue
        used.add(plat)
        if kind == "job_offer" and r.random() < 0.6:
            h = pick(r, BUSINESS_HANDLES)
            if plat in ("telegram", "twitter", "tiktok"):
                h = h.replace(".", "_")
        elif kind in ("massage", "other") and plat in ("facebook", "instagram") and r.random() < 0.5:
            h = bizhost.split(".")[0].replace("-", "")
            if plat == "facebook" and r.random() < 0.5:
                h = bizname.replace(" ", "")
        else:
            h = account(r, lang, plat, n)
        if r.random() < 0.08 and kind in ("sex_ad", "massage") and plat in ("instagram", "snapchat", "telegram", "kik", "onlyfans"):
            # a common word after a STRONG cue is still the account
            h = pick(r, COMMON_WORD_HANDLES)
            ad.tags.add("common-word-handle")
            form = {"instagram": "IG: @{h}", "snapchat": "Snapchat: {h}", "telegram": "Telegram: @{h}", "kik": "Kik: {h}",
                    "onlyfans": "OnlyFans: @{h}"}[plat]
            t, hs, us = form.format(h=h), [(plat, h)], []
        else:
            t, hs, us = CUES[plat](r, ad, h)
        contacts.append(t)
        for p, v in hs:
            ad.handle(p, v)
        ad.urls.extend(us)
    n_email = wpick(r, {"sex_ad": [(0, 80), (1, 20)], "massage": [(0, 70), (1, 30)], "job_offer": [(0, 40), (1, 55), (2, 5)],
                        "other": [(0, 55), (1, 45)]}[kind])
    for i in range(n_email):
        if kind in ("job_offer", "massage") and r.random() < 0.5:
            dom = bizhost
            local = pick(r, ["hr", "jobs", "recruitment", "apply", "cv", f"{n}.hr", "info"] if kind == "job_offer"
                         else ["info", "booking", "contact", "reservations", n])
        else:
            dom = pick(r, EMAIL_DOMAINS[lang])
            local = account(r, lang, "email", n).lower()
            if r.random() < 0.3:
                local = local.replace("_", ".")
        em = f"{local}@{dom}".lower()
        if em in ad.emails:
            continue
        cue = pick(r, ["Email: ", "📧 ", "E-mail ", "mail: ", "✉️ ", "contact: ", "", "CV to "] if kind == "job_offer"
                   else ["Email: ", "📧 ", "email me ", "✉️ ", "", "e-mail: "])
        contacts.append(cue + email_render(r, ad, local, dom))
        ad.emails.append(em)
    if r.random() < {"sex_ad": 0.18, "massage": 0.45, "job_offer": 0.4, "other": 0.15}[kind]:
        path = ""
        if r.random() < 0.35:
            path = pick(r, {"sex_ad": ["/girls/" + n, "/gallery", "/" + n, "/models/" + n + ".html"],
                            "massage": ["/booking", "/contact", "/prices", "/staff"],
                            "job_offer": ["/apply", "/vacancies", "/contact", "/index.php?id=" + str(r.randrange(10, 999))],
                            "other": ["/listing/" + str(r.randrange(1000, 99999)), "/contact", "/shop"]}[kind])
        t, lab = url_render(r, ad, bizhost, path)
        cue = pick(r, {"sex_ad": ["More pics: ", "🌐 ", "verify me: ", "", "👉 ", "my site "],
                       "massage": ["Book online: ", "Website: ", "🌐 ", "Info: ", ""],
                       "job_offer": ["Apply at ", "Website: ", "🌐 ", "Details: ", "Apply online ", ""],
                       "other": ["More pics: ", "Website: ", "🌐 ", "Info: ", ""]}[kind])
        contacts.append(cue + t)
        ad.urls.append(lab)
    if r.random() < 0.1 and kind == "sex_ad":
        lk = pick(r, ["linktr.ee/", "allmylinks.com/", "beacons.ai/"]) + account(r, lang, "link", n).lower().replace("__", "_")
        contacts.append(pick(r, ["all my links 👉 ", "links: ", "🔗 "]) + lk)
        ad.urls.append(lk)
        ad.tags.add("link-aggregator")
    if r.random() < 0.04:
        code = "".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(7))
        u = pick(r, ["bit.ly/", "tinyurl.com/", "cutt.ly/"]) + code
        contacts.append(pick(r, {"job_offer": ["apply here ", "details "]}.get(kind, ["pics ", "more 👉 ", "details "])) + u)
        ad.urls.append(u)
        ad.tags.add("short-url")
    if r.random() < 0.05 and kind in ("sex_ad", "job_offer"):
        num = "".join(str(r.randrange(10)) for _ in range(10))
        cc = pick(r, ["1", "44", "34", "7", "40", "971", "48"])
        u = pick(r, ["wa.me/", "https://wa.me/"]) + cc + num
        contacts.append(pick(r, ["WhatsApp: ", "chat 👉 ", ""]) + u)
        ad.urls.append(u)
        ad.tags.add("wa-link")

    # hard negatives ---------------------------------------------------------------------------
    negs = []
    pool = {"job_offer": JOB_NEG, "other": OTHER_NEG}.get(kind, HARD_NEG.get(lang, HARD_NEG["en"]))
    if r.random() < 0.55:
        for _ in range(r.choice([1, 1, 2])):
            x = pick(r, pool)
            if ad.handles and any(w in x.lower() for w in NO_SOCIAL):
                continue  # "I'm not on instagram" would contradict the handle the ad gives
            if x not in negs:
                negs.append(x)
        ad.tags.add("hard-negative")
    if kind == "sex_ad" and lang != "en" and r.random() < 0.2:
        x = pick(r, HARD_NEG["en"])
        if not (ad.handles and any(w in x.lower() for w in NO_SOCIAL)):
            negs.append(x)
            ad.tags.add("hard-negative")

    r.shuffle(contacts)
    body_parts = lines[:]
    # contacts go in the middle or at the end, sometimes all on one line
    if contacts:
        if r.random() < 0.4:
            sep = pick(r, [" | ", " • ", "  ", " / ", " ~ "])
            block = [sep.join(contacts)]
        else:
            block = contacts
        at = r.choice([len(body_parts), len(body_parts), 1])
        body_parts[at:at] = block
    for x in negs:
        body_parts.insert(r.randrange(len(body_parts) + 1), x)
    body_parts.append(pick(r, bank["close"]).format(**fill))
    if r.random() < 0.12:
        site = pick(r, ADULT_SITES if kind in ("sex_ad", "massage") else GENERAL_SITES)
        body_parts.append(pick(r, ["Posted on {s}", "Mention {s} when you call 😉", "— {s} —", "Report this ad | {s}",
                                   "© 2026 {s} · all rights reserved", "Say you saw me on {s}", "Ad ID 88{d} · {s}"])
                          .format(s=site, d=r.randrange(1000, 9999)))
        ad.tags.add("site-footer")
    joiner = pick(r, ["\n", "\n", "\n\n", " ", " 💋 " if kind == "sex_ad" else " - "])
    body = joiner.join(body_parts)
    if kind == "sex_ad" and r.random() < 0.12:
        body = body.upper()  # all-caps ads; labels are compared lower-cased
        ad.tags.add("all-caps")
    if kind == "job_offer" and fill["ABROAD"] in title + body:
        ad.tags.add("abroad-offer")
    if not (ad.handles or ad.urls or ad.emails):
        ad.tags.add("no-selectors")
    return {
        "id": f"sel5-{idx:04d}",
        "title": title,
        "body": body,
        "lang": lang,
        "kind": kind,
        "labels": {
            "handles": [{"platform": p, "value": v} for p, v in ad.handles],
            "urls": ad.urls,
            "emails": ad.emails,
            "post_type": None,
            "indicators": [],
            "phones": [],
        },
        "tags": sorted(ad.tags),
    }


def generate():
    r = random.Random(SEED)
    return [gen_ad(r, i + 1) for i in range(N_ADS)]


def render(ads):
    return "".join(json.dumps(a, ensure_ascii=False, sort_keys=False) + "\n" for a in ads)


def main():
    text = render(generate())
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
