#!/usr/bin/env python3
"""Write the selectors-tenth evaluation set: dev.jsonl (150 ads) and heldout.jsonl (300 ads).

    python3 write.py            # (re)write both files
    python3 write.py --check    # exit 1 if the files differ from what this script writes

A blind set: written from a scenario spec (see README.md), not from the extractor's code.
Python 3.11, standard library only. Seeded and deterministic: the output is byte-identical
on every run. Labels follow eval/ads/score.py (handles as {platform, value}, URLs, emails and
phones as value lists). Extra label keys (`raw`, `hard_negatives`) are ignored by the scorer:
`raw` lists the exact text each labelled value was read from, `hard_negatives` names the kinds
of decoy the ad holds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (split name, id prefix, number of ads, seed)
SPLITS = (("dev", "sel10d", 150, 1010_2026), ("heldout", "sel10h", 300, 2020_6202))

POST_TYPE = {"escort": "sex_ad", "massage": "massage", "dating": "other", "job": "job_offer"}
CATEGORIES = (("escort", 35), ("massage", 25), ("dating", 20), ("job", 20))
# Ad modes: clean (real selectors, no decoys), mixed (real selectors next to decoys),
# negative (decoys only; at most a phone is labelled).
MODES = (("clean", 50), ("mixed", 30), ("negative", 20))

LANG_WEIGHTS = (("en", 50),) + tuple((l, 5) for l in ("es", "pt", "fr", "de", "it", "ru", "ar", "id", "tl", "th", "vi"))
REGIONS = {"en": ("US", "GB", "AU"), "es": ("ES", "CO"), "pt": ("BR", "PT"), "fr": ("FR",), "de": ("DE",),
           "it": ("IT",), "ru": ("RU",), "ar": ("AE",), "id": ("ID",), "tl": ("PH",), "th": ("TH",), "vi": ("VN",)}
CCTLD = {"US": "com", "GB": "co.uk", "AU": "com.au", "ES": "es", "CO": "com.co", "BR": "com.br", "PT": "pt",
         "FR": "fr", "DE": "de", "IT": "it", "RU": "ru", "AE": "ae", "ID": "co.id", "PH": "com.ph",
         "TH": "co.th", "VN": "com.vn"}
GTLDS = ("com", "com", "net", "xyz", "online", "club", "vip", "site", "love", "fun", "me")

EMOJI = ("💋", "🔥", "😘", "💦", "✨", "💎", "🌹", "😈", "💕", "❤️", "🍑", "💯", "🥰", "🌸", "⭐", "👑", "🦋", "💖")

FIRST = ("lola", "bianca", "mia", "sofia", "yuki", "anya", "nina", "dasha", "carla", "lucia", "bella", "chloe",
         "amber", "jade", "kira", "luna", "maya", "nadia", "olga", "paula", "rosa", "sara", "tina", "vera",
         "zara", "eva", "ines", "julia", "katya", "lena", "mira", "noor", "priya", "rina", "sakura", "thao",
         "linh", "mai", "nok", "ploy", "dewi", "sari", "ayu", "joy", "cherry", "camille", "manon", "elodie",
         "giulia", "chiara", "hanna", "lea", "alina", "leila", "yasmin", "gabi", "renata", "bruna", "larissa",
         "valentina", "daniela", "ximena", "ivy", "ruby", "skye", "nova", "aria", "celine", "emma", "lily")
WORDS = ("rose", "xo", "vip", "baby", "love", "angel", "sweet", "luxe", "real", "official", "bunny", "kitty",
         "doll", "honey", "star", "secret", "dreams", "bae", "queen", "diamond", "silk", "velvet", "peach",
         "moon", "fox", "glow", "muse", "bliss", "candy", "pearl")
AGENCY_A = ("star", "elite", "golden", "royal", "silk", "diamond", "velvet", "prime", "urban", "glam", "luxe",
            "dream", "asia", "euro", "global", "sunrise", "pearl", "nova", "crown", "orchid")
AGENCY_B = ("models", "talent", "casting", "agency", "hostess", "entertain", "jobs", "staff", "events", "crew")

MAIL_DOMAINS = {
    "en": ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "protonmail.com", "proton.me"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es"),
    "pt": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "sapo.pt"),
    "fr": ("gmail.com", "orange.fr", "hotmail.fr", "laposte.net"),
    "de": ("gmx.de", "web.de", "gmail.com", "t-online.de"),
    "it": ("libero.it", "gmail.com", "virgilio.it"),
    "ru": ("mail.ru", "yandex.ru", "gmail.com", "bk.ru"),
    "ar": ("gmail.com", "hotmail.com", "outlook.com"),
    "id": ("gmail.com", "yahoo.co.id"),
    "tl": ("gmail.com", "yahoo.com.ph"),
    "th": ("gmail.com", "hotmail.co.th"),
    "vi": ("gmail.com", "yahoo.com.vn"),
}

# Classified sites whose chrome (footer, share bar, breadcrumbs) gets copy-pasted into ads.
# Their own domains are never labelled; an advertiser's profile page on them is.
SITES = ("citylocals.net", "adsnearby.com", "lovelist.club", "nightpages.co.uk", "aussieclassifieds.com.au",
         "clasificadosya.com", "anuncioshot.com.br", "annonces-rose.fr", "treffpunkt-anzeigen.de",
         "annunci-notte.it", "doska-vip.ru", "khaleejads.ae", "iklanmalam.co.id", "pinoylistings.ph",
         "thaiboard.co.th", "raovat-dem.vn", "massagefinder.co.uk", "datingwall.online", "jobsabroad.xyz")
SITE_NAME = {s: s[0].upper() + s[1:] for s in SITES}
LOCAL_SITES = {"en": ("citylocals.net", "adsnearby.com", "lovelist.club", "nightpages.co.uk", "aussieclassifieds.com.au",
                      "massagefinder.co.uk", "datingwall.online", "jobsabroad.xyz"),
               "es": ("clasificadosya.com",), "pt": ("anuncioshot.com.br",), "fr": ("annonces-rose.fr",),
               "de": ("treffpunkt-anzeigen.de",), "it": ("annunci-notte.it",), "ru": ("doska-vip.ru",),
               "ar": ("khaleejads.ae",), "id": ("iklanmalam.co.id",), "tl": ("pinoylistings.ph",),
               "th": ("thaiboard.co.th",), "vi": ("raovat-dem.vn",)}
INTERNATIONAL_SITES = ("adsnearby.com", "datingwall.online", "jobsabroad.xyz", "lovelist.club")

# ----------------------------------------------------------------------------------------------
# Text pools. Filler text never holds '@', 'www', a scheme, or a dot between letters/digits
# (the audit in make_ad enforces it), so every selector-like string in an ad is deliberate.

T = {
    "en": {
        "titles": {
            "escort": ("New in town 💋 sweet & discreet", "UPSCALE GFE – available now", "Petite blonde, incalls only",
                       "Curvy Latina visiting this week", "Your secret girlfriend 😘"),
            "massage": ("Relaxing full body massage", "NEW Asian massage studio", "Deep tissue & hot stone",
                        "Mobile massage, hotels welcome", "Grand opening – new therapists"),
            "dating": ("Looking for someone real", "27F, new here, say hi", "Single mum looking for fun",
                       "Tired of apps, let's meet", "Coffee date anyone?"),
            "job": ("HIRING hostesses and dancers", "Models wanted – high pay", "Work abroad, travel paid",
                    "Receptionist needed for spa", "Promo girls wanted this weekend"),
        },
        "lines": {
            "escort": ("NEW IN TOWN, sweet and discreet", "Incalls and outcalls, available 24/7",
                       "Upscale GFE experience, never rushed", "Petite blonde, curvy in all the right places",
                       "Serious gentlemen only, no blocked numbers", "Rates 200/hr, 350 for two hours",
                       "Real pictures, no fakes, what you see is what you get"),
            "massage": ("Relaxing full body massage by Asian therapists", "Deep tissue, Swedish, hot stone",
                        "OPEN 7 DAYS 10AM TO 10PM", "Private room, shower available",
                        "New girls every week!!!", "Walk ins welcome, free parking at the back"),
            "dating": ("Hi there, I am 27 and just moved here", "Not here for hookups, looking for something real",
                       "Love travel, coffee and dogs", "Message me if you are genuine",
                       "Sporty, funny, a bit shy at first"),
            "job": ("HIRING NOW: hostesses, models and dancers", "Earn up to 3000 dollars a week, no experience needed",
                    "Accommodation and travel provided", "Must be 18+, open minded and outgoing",
                    "Apply today, start tomorrow!!", "Cash paid daily, flexible shifts"),
        },
        "cue": {"follow": "Follow me", "site": "Website", "email": "Email", "more": "More pics", "call": "Call or text",
                "posted": "Posted on"},
    },
    "es": {
        "titles": {
            "escort": ("NUEVA EN LA CIUDAD", "Latina cariñosa y discreta", "Chica de compañía en tu hotel"),
            "massage": ("Masajes relajantes", "Centro de masajes nuevo", "Masaje tántrico profesional"),
            "dating": ("Busco amistad y lo que surja", "Chica seria busca pareja", "Hola, soy nueva aquí"),
            "job": ("Se buscan chicas para club", "Trabajo de azafata bien pagado", "Oferta de empleo en el extranjero"),
        },
        "lines": {
            "escort": ("NUEVA EN LA CIUDAD", "Chica latina, cariñosa y discreta", "Atiendo en mi piso o en hoteles",
                       "Fotos reales, sin engaños", "Disponible las 24 horas"),
            "massage": ("Masajes relajantes con final feliz", "Abierto todos los días de 10 a 22h",
                        "Ambiente limpio y discreto", "Chicas nuevas cada semana"),
            "dating": ("Hola, soy nueva aquí y busco amistad", "Me encanta bailar y viajar",
                       "Nada de juegos, busco algo serio", "Escríbeme si eres sincero"),
            "job": ("Se buscan chicas para trabajar en club, alojamiento incluido", "Ganancias altas, pago diario",
                    "No hace falta experiencia", "Viaje pagado, contrato inmediato"),
        },
        "cue": {"follow": "Sígueme en", "site": "Mi web", "email": "Correo", "more": "Más fotos", "call": "Llámame",
                "posted": "Publicado en"},
    },
    "pt": {
        "titles": {
            "escort": ("Acompanhante de luxo", "Loira carinhosa com local", "Novidade na cidade"),
            "massage": ("Massagem tântrica e relaxante", "Massagem com hora marcada", "Espaço novo de massagem"),
            "dating": ("Procuro namorado sério", "Oi gente, nova por aqui", "Amizade e algo mais"),
            "job": ("Vagas para modelos", "Recepcionistas, ganhos altos", "Trabalho no exterior"),
        },
        "lines": {
            "escort": ("Acompanhante de luxo, atendo com local", "Loira, 22 aninhos, carinhosa",
                       "Fotos reais, sem enganação", "Atendo em hotéis e motéis"),
            "massage": ("Massagem tântrica e relaxante", "Atendimento com hora marcada", "Ambiente climatizado e discreto",
                        "Estacionamento no local"),
            "dating": ("Oi gente, procuro um namorado sério", "Adoro praia, música e viajar", "Só pessoas educadas",
                       "Me chama se for de verdade"),
            "job": ("Vagas para modelos e recepcionistas, ganhos altos", "Moradia e passagem pagas",
                    "Não precisa experiência", "Pagamento semanal garantido"),
        },
        "cue": {"follow": "Me segue no", "site": "Meu site", "email": "E-mail", "more": "Mais fotos", "call": "Liga",
                "posted": "Anúncio publicado em"},
    },
    "fr": {
        "titles": {
            "escort": ("Nouvelle sur Paris", "Jolie brune disponible", "Moment complice et discret"),
            "massage": ("Massage naturiste relaxant", "Institut de massage", "Massage tantrique"),
            "dating": ("Cherche relation sérieuse", "Nouvelle ici, écrivez-moi", "Rencontre sans prise de tête"),
            "job": ("Recrute hôtesses", "Poste de danseuse bien payé", "Travail à l'étranger"),
        },
        "lines": {
            "escort": ("Nouvelle sur Paris, douce et coquine", "Reçois en appartement privé, discrétion assurée",
                       "Photos réelles et récentes", "Disponible en soirée"),
            "massage": ("Massage naturiste relaxant", "Sur rendez-vous uniquement", "Douche à disposition",
                        "Cadre propre et chaleureux"),
            "dating": ("Salut, je cherche une relation sérieuse", "J'aime les voyages et la cuisine",
                       "Pas de photos osées merci", "Écrivez-moi si vous êtes sincère"),
            "job": ("Recrute hôtesses pour bar à Lyon, logement fourni", "Salaire attractif payé chaque semaine",
                    "Débutantes acceptées", "Contrat rapide"),
        },
        "cue": {"follow": "Suivez-moi sur", "site": "Mon site", "email": "Email", "more": "Plus de photos",
                "call": "Appelle-moi", "posted": "Annonce publiée sur"},
    },
    "de": {
        "titles": {
            "escort": ("NEU in Berlin", "Zärtlich und diskret", "Haus- und Hotelbesuche"),
            "massage": ("Erotische Massage", "Neues Massagestudio", "Entspannung pur"),
            "dating": ("Suche nette Bekanntschaft", "Neu hier, sag hallo", "Gemeinsame Abende gesucht"),
            "job": ("Hostessen gesucht", "Tänzerinnen gesucht", "Gut bezahlter Job im Ausland"),
        },
        "lines": {
            "escort": ("NEU in Berlin, zärtlich und diskret", "Haus- und Hotelbesuche möglich", "Echte Fotos, keine Fakes",
                       "Termine auch kurzfristig"),
            "massage": ("Erotische Massage in gepflegtem Ambiente", "Termine nach Vereinbarung", "Dusche vorhanden",
                        "Parkplätze vor der Tür"),
            "dating": ("Hi, ich suche jemanden für gemeinsame Abende", "Ich mag Wandern, Kino und gutes Essen",
                       "Bitte nur ernst gemeinte Nachrichten", "Schreib mir einfach"),
            "job": ("Wir suchen Hostessen und Tänzerinnen, Unterkunft vorhanden", "Top Verdienst, tägliche Auszahlung",
                    "Keine Erfahrung nötig", "Sofortiger Start möglich"),
        },
        "cue": {"follow": "Folgt mir auf", "site": "Webseite", "email": "E-Mail", "more": "Mehr Bilder", "call": "Ruf an",
                "posted": "Gepostet auf"},
    },
    "it": {
        "titles": {
            "escort": ("Novità a Milano", "Dolce e passionale", "Bellissima ragazza dell'est"),
            "massage": ("Massaggi rilassanti", "Centro massaggi orientale", "Massaggio tantra"),
            "dating": ("Cerco amicizia", "Ciao a tutti, sono nuova", "Single in cerca di compagnia"),
            "job": ("Cercasi ragazze immagine", "Lavoro come hostess", "Offerta di lavoro all'estero"),
        },
        "lines": {
            "escort": ("Novità a Milano, dolce e passionale", "Ricevo in ambiente riservato", "Foto reali al cento per cento",
                       "Disponibile anche la sera"),
            "massage": ("Massaggi rilassanti e tantra", "Aperto tutti i giorni", "Ambiente pulito e riservato",
                        "Nuove ragazze ogni settimana"),
            "dating": ("Ciao, cerco amicizia e forse qualcosa di più", "Amo il mare e la buona cucina",
                       "Niente perditempo per favore", "Scrivimi se sei serio"),
            "job": ("Cercasi ragazze immagine per locale, ottimi guadagni", "Vitto e alloggio inclusi",
                    "Anche senza esperienza", "Pagamento settimanale"),
        },
        "cue": {"follow": "Seguimi su", "site": "Sito", "email": "Email", "more": "Altre foto", "call": "Chiamami",
                "posted": "Pubblicato su"},
    },
    "ru": {
        "titles": {
            "escort": ("НОВЕНЬКАЯ в центре", "Нежная и страстная", "Досуг для солидных мужчин"),
            "massage": ("Эротический массаж", "Массаж для мужчин", "Новый салон массажа"),
            "dating": ("Ищу серьёзные отношения", "Познакомлюсь с мужчиной", "Привет, я тут новенькая"),
            "job": ("Требуются девушки", "Работа за границей", "Вакансия хостес"),
        },
        "lines": {
            "escort": ("НОВЕНЬКАЯ, Москва, центр", "Апартаменты и выезд, без предоплаты", "Фото реальные, без обмана",
                       "Только для солидных мужчин"),
            "massage": ("Эротический массаж, расслабление гарантировано", "Работаем ежедневно с 10 до 23 часов",
                        "Уютные комнаты и душ", "Новые мастера каждую неделю"),
            "dating": ("Привет, ищу серьёзные отношения", "Люблю путешествия и кино", "Без пошлости, пожалуйста",
                       "Пиши, если настроен серьёзно"),
            "job": ("Требуются девушки в агентство, высокий доход", "Жильё предоставляем", "Опыт не нужен",
                    "Оплата каждый день"),
        },
        "cue": {"follow": "Подписывайтесь", "site": "Сайт", "email": "Почта", "more": "Больше фото", "call": "Звони",
                "posted": "Размещено на"},
    },
    "ar": {
        "titles": {
            "escort": ("فتاة جديدة في دبي", "خدمة فندقية راقية", "جميلة ومتاحة الآن"),
            "massage": ("مساج استرخاء", "مركز مساج جديد", "مساج تايلندي"),
            "dating": ("أبحث عن صديقة للتعارف", "تعارف جاد", "مرحبا، أنا جديدة هنا"),
            "job": ("مطلوب فتيات للعمل", "وظائف مضيفات", "فرصة عمل في الخارج"),
        },
        "lines": {
            "escort": ("فتاة جديدة في دبي", "خدمة فندقية وشقق خاصة", "صور حقيقية", "متاحة ليلا ونهارا"),
            "massage": ("مساج استرخاء على يد معالجات محترفات", "مفتوح يوميا", "مكان نظيف وهادئ", "خصم للزيارة الأولى"),
            "dating": ("مرحبا، أبحث عن صديقة للتعارف", "أحب السفر والقهوة", "للجادين فقط", "راسلني إذا كنت صادقا"),
            "job": ("مطلوب فتيات للعمل في فندق، راتب مغري وسكن مجاني", "تذاكر السفر مدفوعة", "لا تشترط الخبرة",
                    "دفع أسبوعي"),
        },
        "cue": {"follow": "تابعوني على", "site": "الموقع", "email": "البريد", "more": "المزيد من الصور", "call": "اتصل",
                "posted": "نشر على"},
    },
    "id": {
        "titles": {
            "escort": ("Cewek baru di Jakarta", "Ramah dan bersih", "Bisa ke hotel"),
            "massage": ("Pijat relaksasi", "Spa dan pijat tradisional", "Terapis baru"),
            "dating": ("Cari teman ngobrol", "Cari pacar serius", "Halo, aku baru di sini"),
            "job": ("Lowongan kerja pemandu karaoke", "Dicari SPG", "Kerja di luar negeri"),
        },
        "lines": {
            "escort": ("Cewek baru di Jakarta, ramah dan bersih", "Bisa ke hotel atau apartemen", "Foto asli tanpa edit",
                       "Siap kapan saja"),
            "massage": ("Pijat relaksasi, terapis profesional", "Buka setiap hari, jam 10 pagi sampai 10 malam", "Tempat bersih dan nyaman",
                        "Terapis baru setiap minggu"),
            "dating": ("Hai, cari teman ngobrol dan jalan", "Suka kopi dan nonton film", "Yang serius aja ya",
                       "Chat aku kalau tulus"),
            "job": ("Lowongan kerja pemandu karaoke, gaji besar, mess disediakan", "Tanpa pengalaman", "Bonus mingguan",
                    "Langsung kerja"),
        },
        "cue": {"follow": "Follow aku di", "site": "Website", "email": "Email", "more": "Foto lainnya", "call": "Hubungi",
                "posted": "Diposting di"},
    },
    "tl": {
        "titles": {
            "escort": ("Bagong dating sa Makati", "Mabait at malinis", "Pwede sa hotel"),
            "massage": ("Relaxing massage home service", "Hilot at massage", "Bagong therapist"),
            "dating": ("Naghahanap ng seryosong kausap", "Hi po, bago lang dito", "Single at ready"),
            "job": ("Hiring entertainers", "Trabaho abroad, malaking sahod", "Hiring receptionist"),
        },
        "lines": {
            "escort": ("Bagong dating sa Makati, mabait at malinis", "Pwede sa hotel o condo", "Totoong pics, walang edit",
                       "Available gabi gabi"),
            "massage": ("Relaxing massage, home service available", "Bukas araw araw", "Malinis at pribado ang lugar",
                        "May discount sa unang booking"),
            "dating": ("Hi po, naghahanap ng seryosong kausap", "Mahilig sa kape at biyahe", "Walang bastos please",
                       "Message mo lang ako"),
            "job": ("Hiring entertainers sa Japan, malaking sahod", "Libre ang tirahan at pamasahe",
                    "Kahit walang experience", "Weekly ang sahod"),
        },
        "cue": {"follow": "I-follow niyo ako sa", "site": "Website", "email": "Email", "more": "Dagdag pics",
                "call": "Tawag o text", "posted": "Nai-post sa"},
    },
    "th": {
        "titles": {
            "escort": ("น้องใหม่ กรุงเทพ", "น่ารัก เป็นกันเอง", "รับงานโรงแรม"),
            "massage": ("นวดผ่อนคลาย", "นวดน้ำมัน นวดไทย", "ร้านนวดเปิดใหม่"),
            "dating": ("หาเพื่อนคุยจริงจัง", "หาแฟน", "สวัสดีค่ะ มาใหม่"),
            "job": ("รับสมัครพนักงาน", "งานต่างประเทศ รายได้ดี", "รับสมัครพนักงานต้อนรับ"),
        },
        "lines": {
            "escort": ("น้องใหม่ กรุงเทพ น่ารัก เป็นกันเอง", "รับงานโรงแรมและคอนโด", "รูปตรงปก", "ว่างทุกวัน"),
            "massage": ("นวดผ่อนคลาย นวดน้ำมัน นวดไทย", "เปิดทุกวัน สิบโมงถึงสี่ทุ่ม", "ห้องสะอาด มีห้องอาบน้ำ",
                        "พนักงานใหม่ทุกสัปดาห์"),
            "dating": ("สวัสดีค่ะ หาเพื่อนคุยจริงจัง", "ชอบเที่ยวและดูหนัง", "ไม่คุยเรื่องลามก", "ทักมาได้เลย"),
            "job": ("รับสมัครพนักงานนั่งดริ้งค์ รายได้ดี มีที่พักให้", "ไม่ต้องมีประสบการณ์", "จ่ายรายวัน", "เริ่มงานได้ทันที"),
        },
        "cue": {"follow": "ติดตาม", "site": "เว็บไซต์", "email": "อีเมล", "more": "รูปเพิ่มเติม", "call": "โทร",
                "posted": "โพสต์บน"},
    },
    "vi": {
        "titles": {
            "escort": ("Em mới về Sài Gòn", "Xinh, chiều khách", "Nhận đi khách sạn"),
            "massage": ("Massage thư giãn", "Spa body và foot", "Tiệm massage mới mở"),
            "dating": ("Tìm người yêu nghiêm túc", "Kết bạn bốn phương", "Chào mọi người"),
            "job": ("Tuyển nữ tiếp viên", "Việc làm lương cao", "Tuyển lễ tân"),
        },
        "lines": {
            "escort": ("Em mới về Sài Gòn, xinh, chiều khách", "Nhận đi khách sạn", "Hình thật trăm phần trăm",
                       "Rảnh cả ngày"),
            "massage": ("Massage thư giãn, body, foot", "Mở cửa hằng ngày", "Phòng sạch sẽ, kín đáo", "Nhân viên mới mỗi tuần"),
            "dating": ("Chào anh, em tìm người yêu nghiêm túc", "Em thích du lịch và cà phê", "Không nói chuyện bậy",
                       "Nhắn tin cho em nhé"),
            "job": ("Tuyển nữ tiếp viên karaoke, lương cao, bao ăn ở", "Không cần kinh nghiệm", "Trả lương hằng tuần",
                    "Đi làm ngay"),
        },
        "cue": {"follow": "Theo dõi em", "site": "Web", "email": "Email", "more": "Thêm ảnh", "call": "Gọi",
                "posted": "Đăng trên"},
    },
}

# Words written with letters outside ASCII, for IDN domains (labelled as written, lower-cased).
IDN_WORDS = {"de": ("träume", "schön", "küsschen", "mädchen"), "fr": ("câline", "étoile", "douceur-été"),
             "es": ("señorita", "niña-bonita", "pasión"), "pt": ("paixão", "coração", "tentação"),
             "it": ("città-dolce", "perché-no"), "vi": ("thư-giãn", "người-đẹp")}
RU_IDN = ("массаж", "досуг", "релакс", "нежность", "сказка")

# ----------------------------------------------------------------------------------------------
# Phones: mobile numbers in ranges that are valid for their region, written nationally or
# internationally. Labelled in E.164.


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng, region):
    """Return (written, e164)."""
    intl = rng.random() < 0.35
    if region == "US":
        area = rng.choice(("212", "305", "713", "702", "415", "646", "312", "404"))
        ex = rng.choice("2346789") + d(rng, 2)
        while ex[1:] == "11" or ex == "555":
            ex = rng.choice("2346789") + d(rng, 2)
        line = d(rng, 4)
        e = f"+1{area}{ex}{line}"
        w = rng.choice((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area} {ex} {line}",
                        f"+1 {area} {ex} {line}", f"+1 ({area}) {ex}-{line}"))
        return w, e
    if region == "GB":
        n = "7" + rng.choice("123") + d(rng, 8)
        return (f"+44 {n[:4]} {n[4:]}" if intl else f"0{n[:4]} {n[4:]}"), "+44" + n
    if region == "AU":
        n = "4" + rng.choice("0123") + d(rng, 7)
        return (f"+61 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"), "+61" + n
    if region == "ES":
        n = "6" + d(rng, 8)
        return (f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"), "+34" + n
    if region == "CO":
        n = "31" + d(rng, 8)
        return (f"+57 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"), "+57" + n
    if region == "BR":
        n = "119" + d(rng, 8)
        return (f"+55 11 {n[2:7]}-{n[7:]}" if intl else f"(11) {n[2:7]}-{n[7:]}"), "+55" + n
    if region == "PT":
        n = "9" + rng.choice("1236") + d(rng, 7)
        return (f"+351 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"), "+351" + n
    if region == "FR":
        n = "6" + rng.choice("1245678") + d(rng, 7)
        p = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return (f"+33 6 {p}" if intl else f"06 {p}"), "+33" + n
    if region == "DE":
        n = "17" + rng.choice("1256") + d(rng, 8)
        return (f"+49 {n[:3]} {n[3:]}" if intl else f"0{n[:3]} {n[3:]}"), "+49" + n
    if region == "IT":
        n = "3" + rng.choice("34") + d(rng, 8)
        return (f"+39 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"{n[:3]} {n[3:6]} {n[6:]}"), "+39" + n
    if region == "RU":
        n = "9" + rng.choice("1236") + d(rng, 8)
        return (f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}" if intl else f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}"), "+7" + n
    if region == "AE":
        n = "5" + rng.choice("0256") + d(rng, 7)
        return (f"+971 {n[:2]} {n[2:5]} {n[5:]}" if intl else f"0{n[:2]} {n[2:5]} {n[5:]}"), "+971" + n
    if region == "ID":
        n = "81" + rng.choice("23") + d(rng, 8)
        return (f"+62 {n[:3]} {n[3:7]} {n[7:]}" if intl else f"0{n[:3]}-{n[3:7]}-{n[7:]}"), "+62" + n
    if region == "PH":
        n = rng.choice(("917", "918", "919", "927", "928")) + d(rng, 7)
        return (f"+63 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"), "+63" + n
    if region == "TH":
        n = "8" + rng.choice("1256") + d(rng, 7)
        return (f"+66 {n[:2]} {n[2:5]} {n[5:]}" if intl else f"0{n[:2]} {n[2:5]} {n[5:]}"), "+66" + n
    if region == "VN":
        n = "9" + rng.choice("0134") + d(rng, 7)
        return (f"+84 {n[:2]} {n[2:5]} {n[5:]}" if intl else f"0{n[:2]} {n[2:5]} {n[5:]}"), "+84" + n
    raise ValueError(region)


# ----------------------------------------------------------------------------------------------
# Building blocks


class Ad:
    """Collects the lines of one ad and its labels."""

    def __init__(self, rng, lang, region, cat, persona, site):
        self.rng, self.lang, self.region, self.cat, self.p, self.site = rng, lang, region, cat, persona, site
        self.lines: list[str] = []
        self.handles: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.emails: list[str] = []
        self.phones: list[str] = []
        self.raw: list[dict] = []
        self.decoys: list[str] = []      # exact decoy text, masked before the audit
        self.neg_tags: list[str] = []

    # labels
    def handle(self, platform, value, raw):
        assert re.fullmatch(r"[a-z0-9_.\-]+", value), value
        self.handles.append((platform, value))
        self.raw.append({"kind": "handle", "platform": platform, "value": value, "raw": raw})

    def url(self, value, raw):
        self.urls.append(value)
        self.raw.append({"kind": "url", "value": value, "raw": raw})

    def email(self, value, raw):
        self.emails.append(value)
        self.raw.append({"kind": "email", "value": value, "raw": raw})

    def phone(self, value, raw):
        self.phones.append(value)
        self.raw.append({"kind": "phone", "value": value, "raw": raw})

    def decoy(self, tag, text):
        self.neg_tags.append(tag)
        self.decoys.append(text)
        return text


def persona(rng, cat):
    if cat == "job":
        a, b = rng.choice(AGENCY_A), rng.choice(AGENCY_B)
    else:
        a, b = rng.choice(FIRST), rng.choice(WORDS)
    num = rng.choice(("", "", str(rng.randint(1, 99)), str(rng.randint(1, 9)), str(rng.choice((22, 23, 24, 25, 69, 77)))))
    return {"a": a, "b": b, "n": num}


def hname(rng, p, platform):
    """A handle for this persona on this platform (lower case)."""
    a, b, n = p["a"], p["b"], p["n"]
    if platform in ("twitter", "telegram", "onlyfans"):
        seps = ("", "_")
    elif platform == "snapchat":
        seps = ("", "_", "-", ".")
    elif platform == "facebook":
        seps = (".",)
    else:
        seps = ("", "_", ".")
    s = rng.choice(seps)
    v = f"{a}{s}{b}{n}"
    if rng.random() < 0.2:
        v = f"{a}{s}{n or rng.randint(2, 98)}" if rng.random() < 0.5 else f"the{s}{a}{s}{b}"
    if platform == "twitter":
        v = v[:15].rstrip("_")
    if platform == "telegram" and len(v) < 5:
        v = v + "_" + b
    return v


def styled(rng, v):
    """How the handle is written: mostly as is, sometimes capitalised or shouted."""
    r = rng.random()
    if r < 0.12:
        return v.upper()
    if r < 0.25:
        return v[:1].upper() + v[1:]
    return v


def site_domain(rng, ad):
    p = ad.p
    tld = CCTLD[ad.region] if rng.random() < 0.45 else rng.choice(GTLDS)
    if ad.cat == "massage" and rng.random() < 0.5:
        base = rng.choice((f"{p['a']}-massage{p['n']}", f"{p['a']}{p['b']}-spa", f"{p['b']}-massage-{p['a']}"))
    else:
        base = rng.choice((f"{p['a']}{p['b']}{p['n']}", f"{p['a']}-{p['b']}{p['n']}", f"{p['a']}{p['b']}"))
    return f"{base}.{tld}"


def wrap(rng, text, allow_glue=True):
    """Surround a URL or email with what ads put around them. Returns the new text."""
    opts = [lambda t: t, lambda t: t, lambda t: t, lambda t: f"({t})", lambda t: f"[{t}]", lambda t: f"{t}!!!",
            lambda t: f"{t}.", lambda t: f"“{t}”", lambda t: f"{t},", lambda t: f"{t} ...", lambda t: f"«{t}»"]
    if allow_glue:
        opts += [lambda t: f"👉{t}👈", lambda t: f"💋{t}💋", lambda t: f"{t}🔥", lambda t: f"➡️{t}"]
    return rng.choice(opts)(text)


# ---- positive forms ---------------------------------------------------------------------------

HANDLE_CUES = {
    "instagram": ("IG", "Insta", "Instagram", "INSTA", "ig", "📷 IG", "Insta 📸", "INSTAGRAM"),
    "snapchat": ("snap", "Snap", "SNAP", "Snapchat", "SC", "👻", "snap 👻", "Snapchat 👻"),
    "telegram": ("telegram", "Telegram", "TG", "tg", "Telegram ✈️", "✈️ Telegram"),
    "twitter": ("X", "twitter", "Twitter", "on X"),
    "onlyfans": ("OnlyFans", "OF", "my OF", "ONLYFANS", "Onlyfans 💦"),
    "tiktok": ("TikTok", "tiktok", "TT"),
    "kik": ("Kik", "kik", "KIK"),
    "line": ("Line ID", "LINE", "Line"),
    "facebook": ("FB", "Facebook"),
    "wechat": ("WeChat", "WeChat ID"),
}
LOCAL_CUES = {
    ("ru", "telegram"): ("Телеграм", "ТГ", "Пишите в телеграм"),
    ("ru", "instagram"): ("Инстаграм", "инста"),
    ("ar", "snapchat"): ("سناب", "سناب شات"),
    ("ar", "instagram"): ("انستا", "انستقرام"),
    ("th", "line"): ("ไลน์", "แอดไลน์", "Line ID"),
    ("vi", "telegram"): ("Tele",),
}
TITLE_CUE = {"instagram": "IG", "snapchat": "SC", "telegram": "TG", "twitter": "X", "onlyfans": "OF",
             "tiktok": "TikTok", "kik": "Kik", "line": "Line", "facebook": "FB", "wechat": "WeChat"}


def platform_for(rng, ad):
    if ad.lang == "th":
        pool = ("line", "line", "instagram", "telegram", "twitter")
    elif ad.lang == "vi":
        pool = ("telegram", "instagram", "facebook", "wechat", "line")
    elif ad.lang in ("id", "tl"):
        pool = ("instagram", "telegram", "line", "facebook", "twitter")
    elif ad.lang == "ru":
        pool = ("telegram", "telegram", "instagram", "onlyfans")
    elif ad.lang == "ar":
        pool = ("snapchat", "snapchat", "instagram", "telegram", "twitter")
    elif ad.cat == "job":
        pool = ("instagram", "telegram", "facebook", "tiktok")
    else:
        pool = ("instagram", "instagram", "snapchat", "snapchat", "telegram", "twitter", "onlyfans", "kik", "tiktok")
    return rng.choice(pool)


def pos_handle(rng, ad):
    plat = platform_for(rng, ad)
    v = hname(rng, ad.p, plat)
    w = styled(rng, v)
    cues = HANDLE_CUES[plat] + LOCAL_CUES.get((ad.lang, plat), ())
    if (ad.lang, plat) in LOCAL_CUES and rng.random() < 0.6:
        cues = LOCAL_CUES[(ad.lang, plat)]
    cue = rng.choice(cues)
    at = plat in ("telegram", "twitter", "tiktok") and rng.random() < 0.75 or rng.random() < 0.2
    token = ("@" if at else "") + w
    if cue == "👻" or cue.endswith(" 👻") and rng.random() < 0.5:
        sep = " "
    else:
        sep = rng.choice((": ", ": ", " - ", " 👉 ", " ➡️ ", " = ", " — ", ":") + ((" ",) if at else ()))
    r = rng.random()
    if r < 0.15:
        line = f"{T[ad.lang]['cue']['follow']} {cue}{sep}{token}"
    elif r < 0.25 and not w.endswith("."):
        line = f"{cue}{sep}{token}."          # sentence end: the dot is not part of the handle
    elif r < 0.32:
        line = f"({cue}{sep}{token})"
    elif r < 0.38:
        line = f"{cue}:&nbsp;{token}"          # HTML leftover between cue and handle
    else:
        line = f"{cue}{sep}{token}{rng.choice(('', '', ' ' + rng.choice(EMOJI), rng.choice(EMOJI)))}"
    ad.handle(plat, v, token)
    ad.lines.append(line)


def pos_combo_handle(rng, ad):
    """One name for two platforms: 'IG/Snap: name'."""
    a, b = rng.choice((("instagram", "snapchat"), ("snapchat", "instagram"), ("instagram", "telegram"),
                        ("instagram", "tiktok"), ("snapchat", "kik")))
    v = hname(rng, ad.p, "twitter")        # letters, digits and '_' only: valid on both
    w = styled(rng, v)
    ca, cb = TITLE_CUE[a], TITLE_CUE[b]
    if b == "snapchat":
        cb = "Snap"
    token = rng.choice((w, w, "@" + w))
    line = rng.choice((f"{ca}/{cb}: {token}", f"{ca} & {cb}: {token}", f"{ca} + {cb} 👉 {token}",
                       f"{ca} and {cb} - {token}"))
    ad.handle(a, v, token)
    ad.handle(b, v, token)
    ad.lines.append(line)


PROFILE_FORMS = {
    "instagram": ("instagram.com/{}/", "https://www.instagram.com/{}", "https://instagram.com/{}/", "www.instagram.com/{}"),
    "telegram": ("t.me/{}", "https://t.me/{}", "t.me/{}"),
    "onlyfans": ("onlyfans.com/{}", "https://onlyfans.com/{}", "www.onlyfans.com/{}"),
    "twitter": ("x.com/{}", "https://x.com/{}", "twitter.com/{}", "https://twitter.com/{}"),
    "tiktok": ("tiktok.com/@{}", "https://www.tiktok.com/@{}"),
    "facebook": ("facebook.com/{}", "https://www.facebook.com/{}"),
}


def url_value(written):
    u = written.lower()
    for s in ("https://", "http://"):
        if u.startswith(s):
            u = u[len(s):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def pos_profile_url(rng, ad):
    plat = rng.choice(("instagram", "instagram", "telegram", "telegram", "onlyfans", "twitter", "tiktok", "facebook"))
    if ad.lang == "ru":
        plat = rng.choice(("telegram", "instagram", "onlyfans"))
    v = hname(rng, ad.p, plat if plat != "tiktok" else "twitter")
    written = rng.choice(PROFILE_FORMS[plat]).format(v)
    ad.url(url_value(written), written)
    ad.handle(plat, v, v)
    cue = rng.choice(("", "", T[ad.lang]["cue"]["follow"] + " ", T[ad.lang]["cue"]["more"] + ": ", "🔗 "))
    ad.lines.append(cue + wrap(rng, written))


def code(rng, n, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pos_link_url(rng, ad):
    """Links that name no account: shorteners, link pages, invite and post links, WhatsApp links."""
    kind = rng.choice(("bitly", "tinyurl", "cuttly", "linktree", "beacons", "tme_invite", "ig_post", "wame", "wame"))
    more = T[ad.lang]["cue"]["more"]
    if kind == "bitly":
        w = rng.choice(("bit.ly/{}", "https://bit.ly/{}")).format(code(rng, 7))
    elif kind == "tinyurl":
        w = "tinyurl.com/{}-{}".format(ad.p["a"], ad.p["b"] + ad.p["n"])
    elif kind == "cuttly":
        w = "cutt.ly/{}".format(code(rng, 6))
    elif kind == "linktree":
        w = rng.choice(("linktr.ee/{}", "https://linktr.ee/{}")).format(hname(rng, ad.p, "instagram"))
    elif kind == "beacons":
        w = "beacons.ai/{}".format(hname(rng, ad.p, "twitter"))
    elif kind == "tme_invite":
        w = rng.choice(("t.me/+{}", "https://t.me/+{}", "t.me/joinchat/{}")).format(code(rng, 16))
        more = rng.choice(("Canal VIP", "VIP channel", "Private group", "Join my channel"))
    elif kind == "ig_post":
        w = "https://www.instagram.com/p/{}/".format(code(rng, 11))
        more = rng.choice(("Reviews here", "See my post", "Pics"))
    else:
        written_phone, e164 = make_phone(rng, ad.region)
        w = rng.choice(("wa.me/{}", "https://wa.me/{}")).format(e164[1:])
        ad.phone(e164, e164[1:])
        more = rng.choice(("WhatsApp", "WA", "Chat with me", "Whatsapp me"))
    ad.url(url_value(w), w)
    ad.lines.append(f"{more}: {wrap(rng, w)}" if rng.random() < 0.7 else f"{more} {wrap(rng, w)}")


def pos_own_site(rng, ad):
    dom = site_domain(rng, ad)
    path = rng.choice(("", "", "", "/", "/booking", "/gallery", "/rates", "/contact", "/apply" if ad.cat == "job" else "/about"))
    style = rng.random()
    if style < 0.3:
        w = f"https://{dom}{path}"
    elif style < 0.45:
        w = f"https://www.{dom}{path}"
    elif style < 0.55:
        w = f"http://{dom}{path}"
    elif style < 0.8:
        w = f"www.{dom}{path}"
    else:
        w = f"{dom}{path}"                     # bare: always after a cue, never shouted
    if w.startswith("www.") and rng.random() < 0.2:
        w = w.upper()
    value = url_value(w)
    cue = T[ad.lang]["cue"]["site"]
    r = rng.random()
    if r < 0.12 and not w.isupper():
        href = w if w.startswith("http") else "https://" + w.removeprefix("www.")
        shown = rng.choice((w, cue, "Book now", "Click here"))
        line = f'<a href="{href}" rel="nofollow">{shown}</a>'
        ad.url(value, href)
        if shown == w:
            ad.raw.append({"kind": "url", "value": value, "raw": w})
    else:
        line = f"{cue}: {wrap(rng, w)}" if (r < 0.7 or not w.startswith(("http", "www", "WWW"))) else wrap(rng, w)
        ad.url(value, w)
    ad.lines.append(line)
    return dom


def pos_idn_site(rng, ad):
    """Internationalised domains, written in Unicode or as punycode."""
    n = ad.p["n"] or str(rng.randint(2, 99))
    if ad.lang == "ru" or (ad.lang not in IDN_WORDS and rng.random() < 0.5):
        uni = f"{rng.choice(RU_IDN)}-{rng.randint(10, 999)}{n}.рф"
    else:
        if ad.lang in IDN_WORDS:
            words, tld = IDN_WORDS[ad.lang], rng.choice(("com", "net", CCTLD[ad.region]))
        else:
            words, tld = IDN_WORDS[rng.choice(("de", "fr", "es", "pt"))], rng.choice(("com", "net"))
        uni = f"{rng.choice(words)}-{ad.p['a']}{n}.{tld}"
    if rng.random() < 0.4:
        puny = ".".join(part.encode("idna").decode("ascii") for part in uni.split("."))
        w = rng.choice(("https://{}/", "https://{}", "http://www.{}")).format(puny)
    else:
        w = rng.choice(("www.{}", "https://{}", "{}")).format(uni)
    ad.url(url_value(w), w)
    ad.lines.append(f"{T[ad.lang]['cue']['site']}: {wrap(rng, w, allow_glue=False)}")


def pos_site_profile(rng, ad):
    """The advertiser's own profile page on the classified site."""
    v = hname(rng, ad.p, "twitter")
    w = rng.choice(("{}/profile/{}", "https://{}/u/{}", "www.{}/ads/{}-{}", "https://www.{}/escort/{}")).format(
        ad.site, v, str(rng.randint(10000, 99999)))
    ad.url(url_value(w), w)
    ad.lines.append(f"{T[ad.lang]['cue']['more']}: {wrap(rng, w, allow_glue=False)}")


def obfuscate_email(rng, local, domain, lang):
    forms = ["{l} (at) {d}", "{l}[at]{D}", "{l} [at] {d2}", "{l} at {d3}", "{l} AT {d4}", "{l} @ {d5}", "{l}(at){D}"]
    if lang == "es":
        forms.append("{l} arroba {dp}")
    f = rng.choice(forms)
    return f.format(l=local, D=domain, d=domain.replace(".", " (dot) "), d2=domain.replace(".", " [dot] "),
                    d3=domain.replace(".", " dot "), d4=domain.replace(".", " DOT ").upper(),
                    d5=domain.replace(".", " . "), dp=domain.replace(".", " punto "))


def pos_email(rng, ad, own_domain=None):
    p = ad.p
    if own_domain and rng.random() < 0.7:
        local = rng.choice(("info", "booking", "bookings", "contact", "hello", p["a"])) if ad.cat != "job" else \
            rng.choice(("jobs", "casting", "hr", "apply", "recruit"))
        domain = own_domain
    else:
        local = rng.choice((f"{p['a']}.{p['b']}{p['n']}", f"{p['a']}{p['b']}{p['n']}", f"{p['a']}_{p['b']}{p['n']}",
                            f"{p['b']}.{p['a']}{p['n']}"))
        domain = rng.choice(MAIL_DOMAINS[ad.lang])
    value = f"{local}@{domain}"
    r = rng.random()
    cue = T[ad.lang]["cue"]["email"]
    if r < 0.45:
        w = value.upper() if rng.random() < 0.12 else value
        text = wrap(rng, w)
        raw = w
    elif r < 0.55:
        raw = value
        text = f'<a href="mailto:{value}">{rng.choice((value, cue, "Email me", "Send CV"))}</a>'
    else:
        raw = obfuscate_email(rng, local, domain, ad.lang)
        text = raw + rng.choice(("", "", " 📧", "."))
    ad.email(value, raw)
    ad.lines.append(rng.choice((f"{cue}: {text}", f"📧 {text}", f"{cue} {text}", text)))


def pos_phone(rng, ad):
    w, e = make_phone(rng, ad.region)
    ad.phone(e, w)
    ad.lines.append(rng.choice((f"{T[ad.lang]['cue']['call']}: {w}", f"📞 {w}", f"{w} {rng.choice(EMOJI)}",
                                f"WhatsApp {w}", f"Tel. {w}")))


# ---- decoys (hard negatives) ------------------------------------------------------------------

PLATFORM_WORDS = ("snap me today 😉", "IG pics on request", "insta: ask", "telegram only ✈️", "👻 no time wasters",
                  "📸 real pics", "kik me later", "OF link in bio 🔗", "DM me on insta for more", "add my snap for videos",
                  "Snapchat: ask for it", "IG: coming soon", "twitter: private", "No snap, no IG, sorry",
                  "insta verified ✅", "OnlyFans: DM for link", "telegram preferred, no calls", "snap: later babe",
                  "Insta: pregúntame", "telegram solamente", "ig: по запросу", "snap: só chamar", "IG - soon",
                  "OF: sold out this month", "TG: message first", "kik: no", "tiktok: secret")
DOTTED = ("CALL.ME.NOW 📞", "NO.RUSH ⏳", "TEXT.ONLY", "100%.REAL", "available from 10.30pm", "only 1.500€ per week",
          "app v2.3.1", "OPEN.LATE", "REAL.PICS.ONLY", "DINNER.DATES.TRAVEL", "A.S.A.P", "No.1 in town",
          "11.45am till 2.30pm", "1.200€ al mes", "R$ 1.500,00 por semana", "rated 4.8/5", "IMG_2034.JPG",
          "photo1.jpeg", "e.g. dinner dates", "ver. 3.0.2", "LUXURY.VIP", "SEXY.BABE", "NEW.GIRL.IN.TOWN",
          "from 9.00 to 21.00", "¥1.200.000", "NO.BLOCKED.NUMBERS")
AT_WORDS = ("available @ 9pm", "incall @home or your hotel", "meet me @ the hotel lobby", "outcall @ 300/hr",
            "from 10am @ my place", "@ Marriott area", "best rates @ night", "me @ the hotel bar", "@home only",
            "see u @ 8")


def neg_platform_word(rng, ad):
    ad.lines.append(ad.decoy("platform_word", rng.choice(PLATFORM_WORDS)))


def neg_dotted(rng, ad):
    ad.lines.append(ad.decoy("dotted_phrase", rng.choice(DOTTED)))


def neg_at(rng, ad):
    ad.lines.append(ad.decoy("at_word", rng.choice(AT_WORDS)))


def neg_email_lookalike(rng, ad):
    name = f"{ad.p['a']}{ad.p['b']}{ad.p['n']}"
    t = rng.choice((f"email: {name} at gmail", f"find me at gmail, same name", f"{name} @ hotmail", f"{name}@gmail",
                    f"contact at yahoo (ask for it)", f"{name} at outlook", f"mail: {name} [at] gmail"))
    ad.lines.append(ad.decoy("email_without_tld", t))


def neg_url_phone(rng, ad):
    w, e = make_phone(rng, ad.region)
    pre = rng.choice(("www.call.me", "WWW.CALL.ME", "www.textme", "www.call.me →", "web: call me", "www. ring me"))
    line = f"{pre} {w}"
    ad.decoy("url_cue_phone", pre)
    ad.phone(e, w)
    ad.lines.append(rng.choice((line, f"📞 {line} 📞")))


def neg_chrome(rng, ad):
    s, name = ad.site, SITE_NAME[ad.site]
    opts = ["Follow us on Facebook | Instagram | X", "Share: WhatsApp · Telegram · Email", f"Posted on {s}",
            f"© 2026 {name} – all rights reserved", "Report this ad", "Download our app on Google Play",
            f"{name} is not responsible for the content of ads", "Terms | Privacy | Contact us",
            f"Say you saw it on {name}!", f"{T[ad.lang]['cue']['posted']} {s}", f"Copyright 2026 {s}",
            f"Home › {ad.cat.title()} › Ad details", "Get it on the App Store", f"Found on {name.upper()}"]
    k = rng.randint(1, 3)
    for t in rng.sample(opts, k):
        ad.lines.append(ad.decoy("site_chrome", t))


POSITIVES = ((pos_handle, 40), (pos_combo_handle, 5), (pos_profile_url, 14), (pos_link_url, 10), (pos_own_site, 16),
             (pos_idn_site, 3), (pos_site_profile, 4), (pos_email, 14))
NEGATIVES = ((neg_platform_word, 25), (neg_dotted, 25), (neg_at, 12), (neg_email_lookalike, 12), (neg_url_phone, 8),
             (neg_chrome, 25))


def wpick(rng, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


# ---- audit -------------------------------------------------------------------------------------

SUSPICIOUS = re.compile(r"@|www|https?:|[A-Za-z0-9][.][A-Za-z]{2}|\[at\]|\(at\)|\bat\b \w+ (dot|\.)", re.I)


def audit(text, ad):
    """Fail if anything selector-like in the text is neither labelled nor a deliberate decoy."""
    masked = text
    pieces = [r["raw"] for r in ad.raw] + ad.decoys
    # longest first, so a raw that contains another is masked whole
    for piece in sorted(set(pieces), key=len, reverse=True):
        masked = masked.replace(piece, " ")
    masked = re.sub(r"<a href=\"[^\"]*\"[^>]*>|</a>|<br ?/?>|</?p>|</?b>|</?strong>|&nbsp;|&amp;", " ", masked)
    m = SUSPICIOUS.search(masked)
    if m:
        raise AssertionError(f"unlabelled selector-like text {m.group(0)!r} in {masked!r}")


# ---- one ad ------------------------------------------------------------------------------------


def decorate(rng, line):
    if rng.random() < 0.12:
        line = line.upper()
    r = rng.random()
    if r < 0.25:
        line = f"{rng.choice(EMOJI)} {line}"
    elif r < 0.4:
        e = rng.choice(EMOJI)
        line = f"{line} {e}{e}{rng.choice(EMOJI)}"
    return line


def glue(rng, lines):
    """Run the lines together on one line, as some sites flatten them; never digits against digits."""
    sep = rng.choice((" ", " ", " • ", " ~ "))
    out = lines[0]
    for line in lines[1:]:
        s = sep
        if out[-1:].isdigit() and line[:1] in "0123456789+(":
            s = " | "
        out += s + line
    return out


def make_ad(rng, ad_id, mode):
    lang = wpick(rng, LANG_WEIGHTS)
    cat = wpick(rng, CATEGORIES)
    region = rng.choice(REGIONS[lang])
    p = persona(rng, cat)
    site = rng.choice(LOCAL_SITES[lang]) if rng.random() < 0.75 else rng.choice(INTERNATIONAL_SITES)
    ad = Ad(rng, lang, region, cat, p, site)
    pool = T[lang]

    filler = [decorate(rng, l) for l in rng.sample(pool["lines"][cat], rng.randint(2, min(4, len(pool["lines"][cat]))))]
    if "&" not in "".join(filler) and rng.random() < 0.1:
        filler.append("Clean &amp; discreet")

    # real selectors
    if mode != "negative":
        n = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
        own = None
        for _ in range(n):
            f = wpick(rng, POSITIVES)
            if f is pos_email:
                pos_email(rng, ad, own)
            elif f is pos_own_site:
                own = pos_own_site(rng, ad)
            else:
                f(rng, ad)
        if rng.random() < 0.3:
            pos_phone(rng, ad)
    elif rng.random() < 0.4:
        pos_phone(rng, ad)
    real_lines = ad.lines
    ad.lines = []

    # decoys
    if mode != "clean":
        n = rng.choices((1, 2, 3), weights=(45, 35, 20))[0]
        chosen = []
        for _ in range(n):
            f = wpick(rng, NEGATIVES)
            if f not in chosen:
                chosen.append(f)
        for f in chosen:
            f(rng, ad)
    decoy_lines = ad.lines
    chrome = [l for l in decoy_lines if l in ad.decoys and ad.neg_tags[ad.decoys.index(l)] == "site_chrome"]
    other_decoys = [l for l in decoy_lines if l not in chrome]

    body_lines = filler[:1]
    middle = filler[1:] + real_lines + other_decoys
    rng.shuffle(middle)
    body_lines += middle
    if chrome:
        body_lines.append(" | ".join(chrome) if rng.random() < 0.4 else "\n".join(chrome))

    j = rng.random()
    if j < 0.55:
        body = "\n".join(body_lines)
    elif j < 0.7:
        body = glue(rng, body_lines)
    elif j < 0.85:
        body = "<br>".join(body_lines)
    else:
        body = "<p>" + "<br />\n".join(body_lines) + "</p>"
    if rng.random() < 0.1:
        body = "<b>" + body_lines[0] + "</b>" + body[len(body_lines[0]):] if body.startswith(body_lines[0]) else body

    title = decorate(rng, rng.choice(pool["titles"][cat]))
    if ad.handles and rng.random() < 0.2:
        plat, v = ad.handles[0]
        title = f"{title} | {TITLE_CUE[plat]} {v}"
        ad.raw.append({"kind": "handle", "platform": plat, "value": v, "raw": v})
    elif mode != "clean" and rng.random() < 0.12:
        t = rng.choice(("CALL.ME.NOW", "NO.RUSH", "100%.REAL", "TEXT.ONLY"))
        title = f"{t} {title}"
        ad.decoy("dotted_phrase", t)

    audit(title + "\n" + body, ad)
    rec = {"id": ad_id, "title": title, "body": body, "language": lang, "region": region}
    if rng.random() < 0.6:
        rec["site"] = site
    rec["labels"] = {
        "post_type": POST_TYPE[cat],
        "indicators": [],
        "handles": [{"platform": pl, "value": v} for pl, v in sorted(set(ad.handles))],
        "urls": sorted(set(ad.urls)),
        "emails": sorted(set(ad.emails)),
        "phones": sorted(set(ad.phones)),
        "hard_negatives": sorted(set(ad.neg_tags)),
        "raw": ad.raw,
    }
    return rec, (p["a"], p["b"], p["n"])


def label_keys(rec):
    """Labelled value strings of one record, normalised the way score.py compares them; the
    platform and kind are left out, so a name used on one platform is not reused on another."""
    L = rec["labels"]
    out = {h["value"] for h in L["handles"]}
    out |= {url_value(u) for u in L["urls"]}
    out |= {e.lower() for e in L["emails"]}
    out |= set(L["phones"])
    return out


def build():
    """Return {split: [records]}; the held-out split never reuses a value of dev."""
    used: set = set()
    used_personas: set = set()
    out = {}
    for split, prefix, count, seed in SPLITS:
        rng = random.Random(seed)
        modes = [m for m, w in MODES for _ in range(w * count // 100)]
        while len(modes) < count:
            modes.append("clean")
        rng.shuffle(modes)
        recs = []
        for i in range(count):
            ad_id = f"{prefix}-{i + 1:03d}"
            while True:
                rec, who = make_ad(rng, ad_id, modes[i])
                keys = label_keys(rec)
                if not keys & used and who not in used_personas:
                    break
            used |= keys
            used_personas.add(who)
            recs.append(rec)
        out[split] = recs
    return out


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the files with what would be written")
    args = ap.parse_args(argv)
    data = build()
    bad = 0
    for split, recs in data.items():
        path = HERE / f"{split}.jsonl"
        blob = render(recs)
        if args.check:
            if not path.exists() or path.read_bytes() != blob:
                print(f"{path.name}: differs from write.py output", file=sys.stderr)
                bad = 1
        else:
            path.write_bytes(blob)
            print(f"wrote {path.name}: {len(recs)} ads")
    return bad


if __name__ == "__main__":
    sys.exit(main())
