#!/usr/bin/env python3
"""Generate the selectors-eleventh blind evaluation set (contact selectors in scraped-style ads).

    python3 write.py           # (re)write dev.jsonl, heldout.jsonl and README.md
    python3 write.py --check   # exit 1 if any of those files differs from what would be written

Python 3.11, standard library only, seeded: the output is byte-identical on every run.

Everything here is synthetic: invented names built from made-up syllables, invented second-level
domains (or `.example`), fictional phone ranges (NANP 555-01xx, UK 07700 900xxx, AU 0491 57x xxx,
FR 06 39 98 xx xx). The set was written from a scenario description, not from the extractor's
rules. See README.md for the labelling policy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = (("dev", 150, 11011, "sel11d"), ("heldout", 300, 11029, "sel11h"))

# ---------------------------------------------------------------------------------------------
# Text banks (no selectors, no '@', no dotted tokens, no platform words, no camera/ghost emoji:
# the lint in `lint()` checks that everything of that sort comes from a labelled span or a
# listed hard negative).
# ---------------------------------------------------------------------------------------------

DESC = {
    "en": {
        "escort": ["Sweet and classy companion, new in town 💋", "Upscale girlfriend experience, discreet and friendly",
                   "Available today for incall and outcall", "Real and recent pictures, no surprises",
                   "Petite blonde, fun and open minded 😘", "Visiting this week only, book early",
                   "Respectful gentlemen only, no games", "Independent and safe, your privacy matters",
                   "Curvy brunette with a warm smile 🔥", "Generous gents please, no time wasters"],
        "massage": ["Relaxing full body massage by a licensed therapist", "Swedish, deep tissue and hot stone",
                    "Clean private studio with shower", "Open late, walk ins welcome",
                    "Ask about our couples session 🌸", "Soothing oils and soft music", "Table shower available"],
        "dating": ["Single lady looking for a kind gentleman", "Let's grab coffee and see where it goes ☕",
                   "Looking for something real, no players", "Young at heart, love travel and cooking",
                   "Lonely nights, need someone to talk to", "Message me if you like long walks"],
        "job": ["Hiring hostesses for a busy lounge, high pay", "Models wanted for a photo project, no experience needed",
                "Travel paid, accommodation included", "Earn up to 3000 weekly, cash daily",
                "Dancers and waitresses wanted now", "Visa assistance for the right candidates",
                "Send your photos and age to apply"],
    },
    "es": {
        "escort": ["Chica dulce y discreta, recién llegada 💋", "Fotos reales, sin sorpresas",
                   "Disponible hoy, hotel o domicilio", "Trato de novia, sin prisas"],
        "massage": ["Masaje relajante de cuerpo completo", "Ambiente limpio y privado", "Abierto hasta tarde"],
        "dating": ["Busco un caballero serio y cariñoso", "Me encanta viajar y bailar", "Hablemos y conozcámonos"],
        "job": ["Se buscan chicas para trabajar en bar, buena paga", "Viaje pagado y alojamiento incluido",
                "No se necesita experiencia"],
    },
    "pt": {
        "escort": ["Garota carinhosa e discreta 💋", "Fotos reais e atuais", "Atendo em local próprio e hotel",
                   "Sem pressa, sem frescura"],
        "massage": ["Massagem relaxante com óleos quentes", "Ambiente climatizado e discreto", "Atendimento até tarde"],
        "dating": ["Procuro um homem gentil e sincero", "Amo praia e música", "Vamos conversar"],
        "job": ["Vagas para recepcionistas, ótimo salário", "Passagem e moradia por nossa conta",
                "Não precisa de experiência"],
    },
    "fr": {
        "escort": ["Jolie brune douce et discrète 💋", "Photos réelles et récentes",
                   "Disponible ce soir, reçoit et se déplace", "Messieurs respectueux uniquement"],
        "massage": ["Massage relaxant aux huiles chaudes", "Salon propre et calme", "Ouvert tard le soir"],
        "dating": ["Femme seule cherche homme sérieux", "J'adore les voyages et la cuisine",
                   "Discutons autour d'un café"],
        "job": ["Recherche hôtesses, très bon salaire", "Voyage et logement payés", "Débutantes acceptées"],
    },
    "de": {
        "escort": ["Süße Blondine, neu in der Stadt 💋", "Echte und aktuelle Bilder", "Haus- und Hotelbesuche möglich",
                   "Diskret und ohne Zeitdruck"],
        "massage": ["Entspannende Ganzkörpermassage", "Saubere private Räume mit Dusche", "Auch spät abends geöffnet"],
        "dating": ["Suche einen ehrlichen Mann für gemeinsame Abende", "Ich liebe Reisen und gutes Essen",
                   "Schreib mir einfach"],
        "job": ["Hostessen gesucht, sehr gute Bezahlung", "Reise und Unterkunft werden bezahlt", "Keine Erfahrung nötig"],
    },
    "it": {
        "escort": ["Ragazza dolce e riservata 💋", "Foto reali e recenti", "Ricevo e mi sposto",
                   "Senza fretta, solo persone educate"],
        "massage": ["Massaggio rilassante total body", "Ambiente pulito e riservato", "Aperto fino a tardi"],
        "dating": ["Cerco un uomo gentile e sincero", "Amo viaggiare e cucinare", "Scrivimi per conoscerci"],
        "job": ["Cercasi hostess, ottima paga", "Viaggio e alloggio pagati", "Nessuna esperienza richiesta"],
    },
    "ru": {
        "escort": ["Милая и нежная девушка, недавно в городе 💋", "Реальные свежие фото", "Апартаменты и выезд",
                   "Только для вежливых мужчин"],
        "massage": ["Расслабляющий массаж всего тела", "Чистый уютный кабинет", "Работаю допоздна"],
        "dating": ["Ищу серьёзного и доброго мужчину", "Люблю путешествия и музыку", "Давай познакомимся"],
        "job": ["Требуются девушки в кафе, высокая оплата", "Дорога и жильё оплачиваются", "Опыт не нужен"],
    },
    "ar": {
        "escort": ["فتاة لطيفة وجديدة في المدينة 💋", "صور حقيقية وحديثة", "متاحة اليوم في الفندق", "خصوصية تامة"],
        "massage": ["مساج استرخائي لكامل الجسم", "مكان نظيف وهادئ", "مفتوح حتى وقت متأخر"],
        "dating": ["أبحث عن رجل محترم وصادق", "أحب السفر والطبخ", "لنتعرف على بعض"],
        "job": ["مطلوب مضيفات براتب عالي", "تذاكر السفر والسكن مجانا", "لا تشترط الخبرة"],
    },
    "id": {
        "escort": ["Cewek manis dan ramah, baru di kota ini 💋", "Foto asli dan terbaru", "Bisa hotel atau apartemen",
                   "Tanpa buru-buru"],
        "massage": ["Pijat relaksasi seluruh badan", "Tempat bersih dan nyaman", "Buka sampai malam"],
        "dating": ["Cari pria baik dan serius", "Suka jalan-jalan dan masak", "Yuk kenalan dulu"],
        "job": ["Dicari pemandu karaoke, gaji besar", "Tiket dan tempat tinggal ditanggung", "Tidak perlu pengalaman"],
    },
    "tl": {
        "escort": ["Mabait at malambing, bago lang dito 💋", "Totoong pictures, walang halong edit",
                   "Available ngayon, hotel o condo", "Walang madalian"],
        "massage": ["Nakaka-relax na full body massage", "Malinis at pribadong lugar", "Bukas hanggang gabi"],
        "dating": ["Naghahanap ng mabait at seryosong lalaki", "Mahilig sa travel at luto", "Usap muna tayo"],
        "job": ["Hiring ng mga GRO, malaki ang sahod", "Libre ang pamasahe at tirahan", "Kahit walang experience"],
    },
    "th": {
        "escort": ["สาวน่ารัก เพิ่งมาถึงเมือง 💋", "รูปจริงล่าสุด", "รับงานโรงแรมและนอกสถานที่", "ไม่รีบ ดูแลดี"],
        "massage": ["นวดผ่อนคลายทั้งตัว", "ร้านสะอาด เป็นส่วนตัว", "เปิดถึงดึก"],
        "dating": ["หาผู้ชายใจดี จริงใจ", "ชอบเที่ยวและทำอาหาร", "คุยกันก่อนนะ"],
        "job": ["รับสมัครพนักงานต้อนรับ รายได้ดี", "มีที่พักและค่าเดินทางให้", "ไม่ต้องมีประสบการณ์"],
    },
    "vi": {
        "escort": ["Em gái dễ thương, mới đến thành phố 💋", "Ảnh thật mới chụp", "Nhận khách sạn và tận nơi",
                   "Không vội vàng, chiều khách"],
        "massage": ["Massage thư giãn toàn thân", "Phòng sạch sẽ, riêng tư", "Mở cửa đến khuya"],
        "dating": ["Tìm người đàn ông tử tế, nghiêm túc", "Thích du lịch và nấu ăn", "Làm quen nhé"],
        "job": ["Tuyển tiếp viên, lương cao", "Bao vé máy bay và chỗ ở", "Không cần kinh nghiệm"],
    },
    "pl": {
        "escort": ["Słodka i dyskretna, nowa w mieście 💋", "Prawdziwe i aktualne zdjęcia",
                   "Przyjmuję u siebie i dojeżdżam", "Bez pośpiechu"],
        "massage": ["Relaksujący masaż całego ciała", "Czysty i prywatny gabinet", "Otwarte do późna"],
        "dating": ["Szukam miłego i poważnego pana", "Kocham podróże i gotowanie", "Poznajmy się"],
        "job": ["Zatrudnimy hostessy, wysokie zarobki", "Przejazd i zakwaterowanie opłacone",
                "Doświadczenie niewymagane"],
    },
    "ro": {
        "escort": ["Dulce și discretă, nouă în oraș 💋", "Poze reale și recente", "Primesc la mine sau la hotel",
                   "Fără grabă"],
        "massage": ["Masaj de relaxare complet", "Spațiu curat și privat", "Deschis până târziu"],
        "dating": ["Caut un domn serios și blând", "Iubesc călătoriile și gătitul", "Hai să ne cunoaștem"],
        "job": ["Angajăm hostese, salariu mare", "Transport și cazare plătite", "Nu necesită experiență"],
    },
}

TITLES = {
    "en": {"escort": ["💋 NEW IN TOWN 💋", "Sweet Latina visiting", "🔥 Sexy blonde available now 🔥", "Upscale companion ✨"],
           "massage": ["Relaxing massage 💆‍♀️", "Best massage in town", "Asian spa now open"],
           "dating": ["Looking for my gentleman", "Lonely and sweet", "Let's meet"],
           "job": ["HIRING NOW 💰", "Hostess wanted", "Models wanted, high pay"]},
    "es": {"escort": ["💋 NUEVA EN LA CIUDAD 💋", "Latina ardiente disponible"], "massage": ["Masajes relajantes 💆‍♀️"],
           "dating": ["Busco amistad y algo más"], "job": ["SE BUSCAN MODELOS 💰"]},
    "pt": {"escort": ["💋 NOVIDADE NA CIDADE 💋", "Morena carinhosa"], "massage": ["Massagem relaxante"],
           "dating": ["Procuro namorado"], "job": ["VAGAS ABERTAS 💰"]},
    "fr": {"escort": ["💋 NOUVELLE EN VILLE 💋"], "massage": ["Massage relaxant"], "dating": ["Cherche homme sérieux"],
           "job": ["RECRUTEMENT HÔTESSES"]},
    "de": {"escort": ["💋 NEU IN DER STADT 💋"], "massage": ["Entspannende Massage"], "dating": ["Suche Ihn"],
           "job": ["HOSTESSEN GESUCHT"]},
    "it": {"escort": ["💋 NUOVA IN CITTÀ 💋"], "massage": ["Massaggio rilassante"], "dating": ["Cerco lui"],
           "job": ["CERCASI HOSTESS"]},
    "ru": {"escort": ["💋 НОВЕНЬКАЯ 💋"], "massage": ["Массаж"], "dating": ["Ищу мужчину"], "job": ["ВАКАНСИЯ"]},
    "ar": {"escort": ["💋 جديدة في المدينة 💋"], "massage": ["مساج"], "dating": ["أبحث عن زوج"], "job": ["وظائف شاغرة"]},
    "id": {"escort": ["💋 BARU DI KOTA 💋"], "massage": ["Pijat enak"], "dating": ["Cari pacar"], "job": ["LOWONGAN KERJA"]},
    "tl": {"escort": ["💋 BAGO DITO 💋"], "massage": ["Massage dito"], "dating": ["Hanap jowa"], "job": ["HIRING AGAD"]},
    "th": {"escort": ["💋 สาวใหม่ 💋"], "massage": ["นวดผ่อนคลาย"], "dating": ["หาแฟน"], "job": ["รับสมัครด่วน"]},
    "vi": {"escort": ["💋 HÀNG MỚI 💋"], "massage": ["Massage thư giãn"], "dating": ["Tìm bạn"], "job": ["TUYỂN GẤP"]},
    "pl": {"escort": ["💋 NOWA W MIEŚCIE 💋"], "massage": ["Masaż relaksacyjny"], "dating": ["Szukam pana"],
           "job": ["PRACA OD ZARAZ"]},
    "ro": {"escort": ["💋 NOUĂ ÎN ORAȘ 💋"], "massage": ["Masaj de relaxare"], "dating": ["Caut domn"],
           "job": ["ANGAJĂRI URGENTE"]},
}

# Words put in front of a selector ("Add me", "Email", "Website", "Call") per language.
INTRO = {
    "en": {"handle": ["Add me", "Follow me", "Find me", "DM me", "Hit me up"], "email": ["Email", "E-mail me", "Write to"],
           "url": ["Website", "Book online", "More pics", "Visit"], "phone": ["Call", "Text", "Call or text", "📞"]},
    "es": {"handle": ["Agrégame", "Sígueme", "Escríbeme"], "email": ["Correo", "Escríbeme al correo"],
           "url": ["Web", "Más fotos en", "Reserva en"], "phone": ["Llámame", "📞"]},
    "pt": {"handle": ["Me add", "Me segue", "Me chama"], "email": ["E-mail", "Escreve pra"], "url": ["Site", "Mais fotos"],
           "phone": ["Liga", "📞"]},
    "fr": {"handle": ["Ajoute-moi", "Suis-moi"], "email": ["Courriel", "Écris-moi"], "url": ["Site", "Réservation"],
           "phone": ["Appelle", "📞"]},
    "de": {"handle": ["Adde mich", "Folge mir"], "email": ["E-Mail", "Schreib an"], "url": ["Webseite", "Mehr Bilder"],
           "phone": ["Ruf an", "📞"]},
    "it": {"handle": ["Aggiungimi", "Seguimi"], "email": ["Email", "Scrivi a"], "url": ["Sito", "Altre foto"],
           "phone": ["Chiama", "📞"]},
    "ru": {"handle": ["Пиши", "Добавляй"], "email": ["Почта"], "url": ["Сайт"], "phone": ["Звони", "📞"]},
    "ar": {"handle": ["للتواصل", "أضفني"], "email": ["البريد"], "url": ["الموقع"], "phone": ["اتصل", "📞"]},
    "id": {"handle": ["Add aku", "Follow"], "email": ["Email"], "url": ["Situs", "Foto lain"], "phone": ["Telp", "📞"]},
    "tl": {"handle": ["I-add niyo ako", "Chat lang"], "email": ["Email"], "url": ["Website"], "phone": ["Tawag", "📞"]},
    "th": {"handle": ["แอดมา", "ติดต่อ"], "email": ["อีเมล"], "url": ["เว็บไซต์"], "phone": ["โทร", "📞"]},
    "vi": {"handle": ["Kết bạn", "Liên hệ"], "email": ["Email"], "url": ["Trang web"], "phone": ["Gọi", "📞"]},
    "pl": {"handle": ["Dodaj mnie", "Pisz"], "email": ["E-mail"], "url": ["Strona", "Więcej zdjęć"], "phone": ["Dzwoń", "📞"]},
    "ro": {"handle": ["Adaugă-mă", "Scrie-mi"], "email": ["E-mail"], "url": ["Site", "Mai multe poze"],
           "phone": ["Sună", "📞"]},
}

LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "ar", "id", "tl", "th", "vi", "pl", "ro"]
REGIONS = {"en": [("US", 50), ("GB", 20), ("AU", 15), ("CA", 10), ("IE", 5)], "es": [("ES", 4), ("MX", 3), ("CO", 2), ("AR", 1)],
           "pt": [("BR", 3), ("PT", 1)], "fr": [("FR", 3), ("BE", 1)], "de": [("DE", 3), ("AT", 1), ("CH", 1)],
           "it": [("IT", 1)], "ru": [("RU", 1)], "ar": [("AE", 2), ("MA", 1)], "id": [("ID", 1)], "tl": [("PH", 1)],
           "th": [("TH", 1)], "vi": [("VN", 1)], "pl": [("PL", 1)], "ro": [("RO", 1)]}
CATEGORIES = [("escort", 35), ("massage", 25), ("dating", 18), ("job", 22)]
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "dating": "other", "job": "job_offer"}
SITES = {"escort": ["nightlist", "velvetboard", "citypassion"], "massage": ["spafinder-board", "relaxlist"],
         "dating": ["lonelyhearts-board", "meetlocal"], "job": ["jobspot-classifieds", "quickhire-board"]}

# ---------------------------------------------------------------------------------------------
# Invented names
# ---------------------------------------------------------------------------------------------

SYL = ["ka", "lo", "mi", "ra", "ve", "zu", "ni", "ta", "sel", "mar", "vin", "dra", "lu", "sa", "ri", "no", "bel",
       "xa", "fe", "ki", "mo", "ya", "zel", "ori", "cas", "lin", "dee", "vo", "pri", "ju", "ne", "sha", "quo", "tor",
       "ell", "amo", "bri", "cy", "dio", "ren", "kio", "vex", "tam", "yul", "pem"]
SUFFIX = ["xo", "bae", "doll", "vip", "babe", "luv", "kiss", "angel", "baby", "girl"]
BRAND = ["spa", "studio", "models", "agency", "angels", "lounge", "touch", "escorts", "massage", "talent", "dates",
         "club", "vip", "care", "bodywork", "hostess", "companions"]
TLD_BASE = [("com", 30), ("net", 6), ("org", 4), ("io", 5), ("example", 18)]
TLD_LANG = {"en": ["co.uk", "com.au", "ca"], "es": ["es", "com.mx"], "pt": ["com.br", "pt"], "fr": ["fr", "be"],
            "de": ["de", "at", "ch"], "it": ["it"], "ru": ["ru"], "ar": ["ae"], "id": ["co.id"], "tl": ["ph", "com.ph"],
            "th": ["co.th"], "vi": ["vn", "com.vn"], "pl": ["pl"], "ro": ["ro"]}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "hotmail.com", "icloud.com"],
            "es": ["hotmail.es", "gmail.com"], "pt": ["uol.com.br", "sapo.pt", "gmail.com"], "fr": ["orange.fr", "hotmail.fr"],
            "de": ["gmx.de", "web.de"], "it": ["libero.it", "gmail.com"], "ru": ["mail.ru", "yandex.ru"],
            "ar": ["gmail.com", "outlook.com"], "id": ["yahoo.co.id", "gmail.com"], "tl": ["yahoo.com", "gmail.com"],
            "th": ["hotmail.com", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"], "pl": ["wp.pl", "onet.pl"],
            "ro": ["yahoo.ro", "gmail.com"]}
PATHS = ["gallery", "rates", "booking", "jobs", "apply", "tarifas", "fotos", "kontakt", "galerie", "prezzi", "en/contact",
         "vip", "about", "careers", "menu", "book-now"]

PLATFORM_OK = {
    "instagram": re.compile(r"[a-z0-9._]{3,30}"), "tiktok": re.compile(r"[a-z0-9._]{3,24}"),
    "snapchat": re.compile(r"[a-z][a-z0-9._-]{1,13}[a-z0-9]"), "kik": re.compile(r"[a-z0-9._]{6,20}"),
    "telegram": re.compile(r"[a-z][a-z0-9_]{3,30}[a-z0-9]"), "twitter": re.compile(r"[a-z0-9_]{4,15}"),
    "facebook": re.compile(r"[a-z0-9.]{5,40}"), "onlyfans": re.compile(r"[a-z0-9_]{4,25}"),
}

# Fictional phone ranges.
US_AREAS = ["916", "305", "702", "213", "404", "312", "713", "206", "617", "415", "512", "602", "303", "214", "718"]
CA_AREAS = ["416", "604", "514", "403"]


def weighted(rng, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights, k=1)[0]


class Seg:
    """A piece of text with the selectors (spans) and hard negatives it contains."""

    def __init__(self, text, spans=(), negs=(), caps_ok=True, kind="desc"):
        self.text, self.spans, self.negs, self.caps_ok, self.kind = text, list(spans), list(negs), caps_ok, kind

    def upper(self):
        self.text = shout(self.text)
        for s in self.spans:
            s["raw"] = shout(s["raw"])
        for n in self.negs:
            n["raw"] = shout(n["raw"])


ENTITY = re.compile(r"&#?[A-Za-z0-9]+;")


def shout(t):
    """Upper-case everything but HTML entities (`&nbsp;` stays valid)."""
    out, last = [], 0
    for m in ENTITY.finditer(t):
        out += [t[last:m.start()].upper(), m.group()]
        last = m.end()
    return "".join(out) + t[last:].upper()


def span(kind, value, raw, form, platform=None):
    d = {"kind": kind}
    if platform:
        d["platform"] = platform
    d.update(value=value, raw=raw, form=form)
    return d


def neg(kind, raw):
    return {"kind": kind, "raw": raw}


class Gen:
    def __init__(self, seed, used):
        self.rng = random.Random(seed)
        self.used = used  # every selector value and every invented base name, across both splits

    def claim(self, v):
        if v in self.used:
            return False
        self.used.add(v)
        return True

    def w(self, n=None):
        n = n or self.rng.choice((2, 2, 3))
        return "".join(self.rng.choice(SYL) for _ in range(n))

    def digits(self):
        r = self.rng.random()
        if r < 0.55:
            return str(self.rng.randint(2, 99))
        if r < 0.8:
            return str(self.rng.randint(1988, 2006))
        return str(self.rng.randint(100, 999))

    # -- handles -----------------------------------------------------------------------------
    def handle_name(self, platform, weak=False):
        """Return (display, value). Weak-cue names always look like accounts."""
        rng = self.rng
        for _ in range(10000):
            a, b, d = self.w(), self.w(), self.digits()
            A, B = a.capitalize(), b.capitalize()
            forms = [f"{a}_{b}", f"{a}_{b}{d}", f"{a}.{b}{d}", f"{A}{B}", f"{A}{B}{d}", f"{a}{d}", f"{a}_{rng.choice(SUFFIX)}",
                     f"{a}.{rng.choice(SUFFIX)}{d}", f"{a}{rng.choice(SUFFIX)}{d}", f"{a}_{b}_", f"its{a}{d}", f"{A}_{B}"]
            if not weak:
                forms += [a, f"{a}{b}", f"{a}{b}", f"{a}{rng.choice(SUFFIX)}"]
            disp = rng.choice(forms)
            v = disp.lower()
            if not PLATFORM_OK[platform].fullmatch(v) or ".." in v or "__" in v or v.endswith("."):
                continue
            if "." in v and not re.search(r"[0-9_]$", v):
                continue  # keep dotted handles from looking like domains
            if platform == "telegram" and v.endswith("_"):
                continue
            if weak and not self.accountish(disp):
                continue
            if not self.claim("h:" + v):
                continue
            return disp, v
        raise RuntimeError("names exhausted")

    @staticmethod
    def accountish(disp):
        return bool(re.search(r"[0-9_.]", disp)) or bool(re.search(r"[a-z][A-Z]", disp))

    # -- domains -----------------------------------------------------------------------------
    def domain(self, lang):
        rng = self.rng
        tlds = TLD_BASE + [(t, 12) for t in TLD_LANG[lang]]
        for _ in range(10000):
            a = self.w(rng.choice((2, 3)))
            s = rng.choice([a, f"{a}-{rng.choice(BRAND)}", f"{a}{rng.choice(BRAND)}", f"{a}{self.w(2)}"])
            if len(s) < 5 or not self.claim("d:" + s):
                continue
            return s, weighted(rng, tlds)
        raise RuntimeError("domains exhausted")

    def local_part(self):
        rng = self.rng
        for _ in range(10000):
            a, b, d = self.w(), self.w(), self.digits()
            lp = rng.choice([f"{a}.{b}{d}", f"{a}_{d}", f"{a}{b}", f"{a}.{b}", f"{a}{d}", f"{a}-{b}"])
            if self.claim("l:" + lp):
                return lp
        raise RuntimeError("local parts exhausted")

    # -- phones ------------------------------------------------------------------------------
    def phone(self, region, compact=False):
        """Return (raw, e164) in an unmistakable form for the ad's region."""
        rng = self.rng
        for _ in range(10000):
            r = region if region in ("US", "CA", "GB", "AU", "FR") else rng.choice(["US-intl", "GB-intl"])
            if r in ("US", "CA", "US-intl"):
                area = rng.choice(CA_AREAS if r == "CA" else US_AREAS)
                sub = f"01{rng.randint(0, 99):02d}"
                e = f"+1{area}555{sub}"
                if r == "US-intl":
                    raw = rng.choice([f"+1 {area} 555 {sub}", f"+1 ({area}) 555-{sub}", f"+1-{area}-555-{sub}"])
                elif compact:
                    raw = rng.choice([f"({area})555-{sub}", f"{area}-555-{sub}", f"{area}555{sub}"])
                else:
                    raw = rng.choice([f"({area}) 555-{sub}", f"{area}-555-{sub}", f"{area}.555.{sub}", f"{area} 555 {sub}",
                                      f"+1 {area} 555 {sub}"])
            elif r in ("GB", "GB-intl"):
                sub = f"{rng.randint(0, 999):03d}"
                e = f"+447700900{sub}"
                if r == "GB-intl":
                    raw = rng.choice([f"+44 7700 900{sub}", f"+44 7700 900 {sub}", f"+447700900{sub}"])
                elif compact:
                    raw = rng.choice([f"07700900{sub}", f"+447700900{sub}"])
                else:
                    raw = rng.choice([f"07700 900{sub}", f"07700 900 {sub}", f"+44 7700 900{sub}"])
            elif r == "AU":
                sub = f"{rng.randint(0, 999):03d}"
                mid = f"57{rng.randint(0, 9)}"
                e = f"+61491{mid}{sub}"
                raw = (f"0491{mid}{sub}" if compact else
                       rng.choice([f"0491 {mid} {sub}", f"+61 491 {mid} {sub}", f"0491{mid}{sub}"]))
            else:  # FR
                x, y = rng.randint(0, 99), rng.randint(0, 99)
                e = f"+33639 98{x:02d}{y:02d}".replace(" ", "")
                raw = (f"063998{x:02d}{y:02d}" if compact else
                       rng.choice([f"06 39 98 {x:02d} {y:02d}", f"+33 6 39 98 {x:02d} {y:02d}", f"06.39.98.{x:02d}.{y:02d}"]))
            if self.claim(e):
                return raw, e
        raise RuntimeError("phones exhausted")


# ---------------------------------------------------------------------------------------------
# Positive segments
# ---------------------------------------------------------------------------------------------

CUES = {
    "snapchat": ["snapchat", "Snapchat", "SNAPCHAT", "snap", "Snap", "SC"],
    "instagram": ["IG", "Insta", "insta", "Instagram", "INSTA", "ig"],
    "kik": ["kik", "Kik", "KIK"],
    "telegram": ["telegram", "Telegram", "TG", "tg"],
    "twitter": ["twitter", "Twitter", "X"],
    "tiktok": ["tiktok", "TikTok", "Tiktok"],
    "onlyfans": ["OF", "OnlyFans", "onlyfans"],
    "facebook": ["facebook", "Facebook", "FB"],
}
ON_WORD = {"en": "on", "es": "en", "pt": "no", "fr": "sur", "de": "auf", "it": "su", "ru": "в", "ar": "على", "id": "di",
           "tl": "sa", "th": "ที่", "vi": "trên", "pl": "na", "ro": "pe"}
EXPLICIT_PLATFORMS = [("snapchat", 25), ("instagram", 25), ("kik", 10), ("telegram", 15), ("twitter", 8), ("tiktok", 7),
                      ("onlyfans", 6), ("facebook", 4)]
WEAK_CUES = [("📷", "instagram", 14), ("📸", "instagram", 14), ("👻", "snapchat", 20), ("snap", "snapchat", 10),
             ("snapchat", "snapchat", 6), ("insta", "instagram", 10), ("IG", "instagram", 6), ("kik", "kik", 8),
             ("telegram", "telegram", 6), ("tiktok", "tiktok", 6)]
PROFILE_PLATFORMS = [("instagram", 30), ("twitter", 15), ("tiktok", 12), ("facebook", 10), ("onlyfans", 15),
                     ("telegram", 15), ("snapchat", 3)]


def intro(g, lang, what):
    if g.rng.random() < 0.55:
        return ""
    return g.rng.choice(INTRO[lang][what]) + g.rng.choice([": ", " ", " 👉 ", " ➡️ ", " - "])


def tail(g):
    return g.rng.choice(["", "", "", " 💋", " 😘", " ✨", "!", ".", " 🔥", " 💕"])


def seg_handle_explicit(g, lang, region):
    rng = g.rng
    plat = weighted(rng, EXPLICIT_PLATFORMS)
    disp, v = g.handle_name(plat)
    cues = list(CUES[plat]) + (["Телеграм"] if plat == "telegram" and lang == "ru" else [])
    cue = rng.choice(cues)
    form = rng.choice(["colon", "colon", "at", "colon_at", "after"])
    if form == "colon":
        raw = cue + rng.choice([": ", ":", " : ", " - ", " – ", ":&nbsp;"]) + disp
    elif form == "at":
        raw = f"{cue} @{disp}"
    elif form == "colon_at":
        raw = f"{cue}: @{disp}"
    else:
        raw = rng.choice([f"@{disp} {ON_WORD[lang]} {cue}", f"@{disp} ({cue})"])
    pre = intro(g, lang, "handle")
    if form == "after" and not pre:  # a word before it, so no neighbouring platform word can claim it
        pre = rng.choice(INTRO[lang]["handle"]) + " "
    text = pre + raw + tail(g)
    return Seg(text, [span("handle", v, raw, "explicit", plat)], kind="handle_explicit")


def seg_handle_weak(g, lang, region):
    rng = g.rng
    cue, plat, _ = rng.choices(WEAK_CUES, weights=[w for *_, w in WEAK_CUES], k=1)[0]
    disp, v = g.handle_name(plat, weak=True)
    sep = rng.choice([" ", " ", ""]) if cue in ("📷", "📸", "👻") else " "
    raw = cue + sep + disp
    caps_ok = bool(re.search(r"[0-9_.]", disp))
    text = intro(g, lang, "handle") + raw + tail(g)
    return Seg(text, [span("handle", v, raw, "weak", plat)], caps_ok=caps_ok, kind="handle_weak")


def profile_url(g, plat, disp, v):
    rng = g.rng
    host = {"instagram": "instagram.com/", "twitter": rng.choice(["twitter.com/", "x.com/"]), "tiktok": "tiktok.com/@",
            "facebook": "facebook.com/", "onlyfans": "onlyfans.com/", "telegram": "t.me/", "snapchat": "snapchat.com/add/"}[plat]
    pre = rng.choice(["", "", "https://", "https://www.", "http://", "www."])
    if plat in ("telegram", "onlyfans") and pre.endswith("www."):
        pre = pre[:-4]
    raw = pre + host + disp + rng.choice(["", "", "/"])
    return raw, host + v


def seg_profile(g, lang, region):
    rng = g.rng
    plat = weighted(rng, PROFILE_PLATFORMS)
    disp, v = g.handle_name(plat)
    raw, uval = profile_url(g, plat, disp, v)
    spans = [span("handle", v, raw, "profile_url", plat), span("url", uval, raw, "profile_url")]
    if rng.random() < 0.25:
        label = rng.choice(["my profile", "follow", "👉 here", "link"])
        if not raw.lower().startswith("http"):
            raw = "https://" + raw
            for sp in spans:
                sp["raw"] = raw
        return Seg(f'<a href="{raw}">{label}</a>', spans, caps_ok=False, kind="profile_url")
    text = intro(g, lang, "handle") + raw + tail(g)
    return Seg(text, spans, kind="profile_url")


def seg_url_own(g, lang, region):
    rng = g.rng
    sld, tld = g.domain(lang)
    d = f"{sld}.{tld}"
    path = rng.choice(PATHS) if rng.random() < 0.35 else ""
    value = d + ("/" + path if path else "")
    form = rng.choice(["bare", "www", "https", "http_www", "caps", "anchor", "anchor_text"])
    p = "/" + path if path else rng.choice(["", "/"])
    if form == "bare":
        raw = d + ("/" + path if path else "")
    elif form == "www":
        raw = "www." + d + p
    elif form == "https":
        raw = "https://" + d + p
    elif form == "http_www":
        raw = "http://www." + d + p
    elif form == "caps":
        raw = ("WWW." + d + ("/" + path if path else "")).upper()
    else:
        raw = "https://" + rng.choice(["", "www."]) + d + p
    if form == "anchor":
        text = f'<a href="{raw}">{d}</a>'
        # the visible text is the bare domain: a second mention (a second value when the href has a path)
        spans = [span("url", value, raw, "own_site"), span("url", d, d, "own_site")]
        return Seg(text, spans, caps_ok=False, kind="url_own")
    if form == "anchor_text":
        text = f'<a href="{raw}" target="_blank">{rng.choice(["book here", "my site", "more pics", "apply now"])}</a>'
        return Seg(text, [span("url", value, raw, "own_site")], caps_ok=False, kind="url_own")
    end = rng.choice(["", "", " ", ".", ",", "!", " 💋"])
    wrap = rng.random() < 0.12
    text = intro(g, lang, "url") + ("(" + raw + ")" if wrap else raw) + end
    return Seg(text, [span("url", value, raw, "own_site")], kind="url_own")


def email_addr(g, lang, own=None):
    rng = g.rng
    if own or rng.random() < 0.45:
        sld, tld = g.domain(lang)
        dom = f"{sld}.{tld}"
        lp = rng.choice(["info", "bookings", "jobs", "hello", "contact", "hr", "casting", g.local_part()])
    else:
        dom = rng.choice(FREEMAIL[lang])
        lp = g.local_part()
    e = f"{lp}@{dom}"
    assert g.claim("e:" + e)
    return lp, dom, e


def seg_email(g, lang, region):
    rng = g.rng
    lp, dom, e = email_addr(g, lang)
    form = rng.choice(["plain", "plain", "caps", "mailto", "mailto_text"])
    if form == "plain":
        text = intro(g, lang, "email") + e + rng.choice(["", "", ".", " 💌", ","])
        return Seg(text, [span("email", e, e, "plain")], kind="email_plain")
    if form == "caps":
        raw = e.upper()
        text = intro(g, lang, "email").upper() + raw
        return Seg(text, [span("email", e, raw, "plain")], caps_ok=False, kind="email_plain")
    if form == "mailto":
        text = f'<a href="mailto:{e}">{e}</a>'
        return Seg(text, [span("email", e, "mailto:" + e, "mailto"), span("email", e, e, "mailto")],
                   caps_ok=False, kind="email_mailto")
    text = f'<a href="mailto:{e}">{rng.choice(["email me", "write me", "apply", "✉️"])}</a>'
    return Seg(text, [span("email", e, "mailto:" + e, "mailto")], caps_ok=False, kind="email_mailto")


def seg_email_obf(g, lang, region):
    rng = g.rng
    lp, dom, e = email_addr(g, lang)
    first, *rest = dom.split(".")
    forms = ["at_dot", "at_dot", "paren", "paren", "bracket_space", "bracket", "caps_words", "brace", "half"]
    if lang in ("es", "pt"):
        forms.append("arroba")
    form = rng.choice(forms)
    if form == "at_dot":
        raw = f"{lp} at {first} dot " + " dot ".join(rest)
    elif form == "paren":
        raw = f"{lp}(at){first}(dot)" + "(dot)".join(rest)
    elif form == "bracket_space":
        raw = f"{lp} [at] {first} . " + " . ".join(rest)
    elif form == "bracket":
        raw = f"{lp} [at] {first} [dot] " + " [dot] ".join(rest)
    elif form == "caps_words":
        raw = f"{lp} AT {first} DOT " + " DOT ".join(rest)
    elif form == "brace":
        raw = f"{lp} {{at}} {first} {{dot}} " + " {dot} ".join(rest)
    elif form == "half":
        raw = f"{lp}@{first} dot " + " dot ".join(rest)
    else:
        pnt = "punto" if lang == "es" else "ponto"
        raw = f"{lp} arroba {first} {pnt} " + f" {pnt} ".join(rest)
    text = intro(g, lang, "email") + raw + rng.choice(["", "", " 💌", " (no spam)"])
    return Seg(text, [span("email", e, raw, "obfuscated:" + form)], caps_ok=form != "caps_words", kind="email_obfuscated")


def seg_email_disclaimer(g, lang, region):
    """A real address inside a 'do not send ... to' disclaimer: it is a real address, so it is labelled."""
    rng = g.rng
    lp, dom, e = email_addr(g, lang, own=True)
    text = rng.choice([f"Please do not send spam or links to {e}, real clients only",
                       f"Do NOT use {e} for offers, it is for bookings only",
                       f"Recruiters: no mass mail to {e} please",
                       f"Abuse reports only to {e}, not for bookings"])
    return Seg(text, [span("email", e, e, "disclaimer")], kind="email_disclaimer")


def seg_wa(g, lang, region):
    rng = g.rng
    _, e164 = g.phone(rng.choice(["US-intl", "GB-intl", "AU"]))
    num = e164[1:]
    anchor = rng.random() < 0.3
    pre = rng.choice(["https://", "http://"] if anchor else ["", "https://", "http://"])
    raw = f"{pre}wa.me/{num}"
    spans = [span("url", f"wa.me/{num}", raw, "wa_me"), span("phone", e164, num, "wa_me")]
    if anchor:
        return Seg(f'<a href="{raw}">{rng.choice(["chat", "💬", "message me"])}</a>', spans, caps_ok=False, kind="wa_me")
    text = rng.choice(["", "💬 ", "Chat: "]) + raw + tail(g)
    return Seg(text, spans, kind="wa_me")


def seg_phone(g, lang, region):
    raw, e = g.phone(region)
    text = intro(g, lang, "phone") + raw + tail(g)
    return Seg(text, [span("phone", e, raw, "plain")], kind="phone")


POS = {"handle_explicit": seg_handle_explicit, "handle_weak": seg_handle_weak, "profile_url": seg_profile,
       "url_own": seg_url_own, "email_plain": seg_email, "email_obfuscated": seg_email_obf,
       "email_disclaimer": seg_email_disclaimer, "wa_me": seg_wa, "phone": seg_phone}
POS_WEIGHTS = {
    "escort": {"handle_explicit": 32, "handle_weak": 18, "profile_url": 18, "url_own": 10, "email_plain": 7,
               "email_obfuscated": 8, "email_disclaimer": 1, "wa_me": 4, "phone": 5},
    "massage": {"handle_explicit": 20, "handle_weak": 12, "profile_url": 12, "url_own": 22, "email_plain": 12,
                "email_obfuscated": 8, "email_disclaimer": 2, "wa_me": 5, "phone": 8},
    "dating": {"handle_explicit": 30, "handle_weak": 20, "profile_url": 20, "url_own": 5, "email_plain": 9,
               "email_obfuscated": 10, "email_disclaimer": 1, "wa_me": 3, "phone": 3},
    "job": {"handle_explicit": 12, "handle_weak": 6, "profile_url": 8, "url_own": 28, "email_plain": 20,
            "email_obfuscated": 10, "email_disclaimer": 4, "wa_me": 6, "phone": 8},
}

# ---------------------------------------------------------------------------------------------
# Hard negatives: (text, raw) pairs; raw is the trap inside text. None of them is labelled.
# ---------------------------------------------------------------------------------------------

EMOJI_DECOR = {
    "en": ["100% real pics 📷", "STOP 👻 wasting time", "📸 new photos", "📷 fresh photos every week",
           "no 👻 ghosting please", "📸 pics updated today", "real me 📷 no filters", "👻 time wasters get blocked 👻",
           "📸📸 new pics 📸📸", "📷 verified photos"],
    "es": ["📷 fotos reales", "📸 nuevas fotos", "no 👻 fantasmas por favor"],
    "pt": ["📸 fotos novas", "fotos reais 📷"], "fr": ["📷 photos réelles", "📸 nouvelles photos"],
    "de": ["📸 echte Fotos", "📷 neue Bilder"], "it": ["📷 foto vere", "📸 foto nuove"], "ru": ["📷 реальные фото"],
    "ar": ["📷 صور حقيقية"], "id": ["📸 foto asli"], "tl": ["📷 totoong pics"], "th": ["📷 รูปจริง"], "vi": ["📸 ảnh thật"],
    "pl": ["📷 prawdziwe zdjęcia"], "ro": ["📸 poze reale"],
}
PLATFORM_COMMON = {
    "en": ["snap fun", "like our facebook page", "add me on snapchat today", "more instagram pictures soon",
           "follow me on insta for more", "my IG is in bio", "no snapchat, no games", "add me on kik later",
           "ask for my snap", "telegram only", "not on tiktok anymore", "DM on insta first", "snapchat premium soon",
           "no facebook messages"],
    "es": ["sígueme en insta para más fotos", "mi IG está en la bio", "no tengo snapchat"],
    "pt": ["me segue no insta pra mais", "sem snapchat", "meu insta tá na bio"],
    "fr": ["pas de snapchat", "suivez-moi sur insta pour plus"], "de": ["kein snapchat", "folgt mir auf insta für mehr"],
    "it": ["niente snapchat", "seguimi su insta per altre foto"], "ru": ["snapchat нет", "инсты нет"],
    "ar": ["لا يوجد snapchat"], "id": ["follow insta aku ya", "tidak ada snapchat"],
    "tl": ["add niyo ako sa facebook mamaya"], "th": ["ไม่มี snapchat"], "vi": ["theo dõi insta để xem thêm"],
    "pl": ["brak snapchata"], "ro": ["fără snapchat"],
}
AT_NOT_HANDLE = [("@ 200 roses", "@ 200 roses"), ("meet @ 7pm", "@ 7pm"), ("incall @home only", "@home"),
                 ("full hour @$150", "@$150"), ("incall @ 150/hr", "@ 150/hr"), ("outcall @hotel", "@hotel"),
                 ("outcall @ your place", "@ your place"), ("special @ 100 roses", "@ 100 roses"),
                 ("dispo @ 22h", "@ 22h"), ("relax @ my place", "@ my place"), ("half hour @$90", "@$90")]
DOTTED_SHOUT = [("CALL.ME", "CALL.ME"), ("✨ NO.RUSH ✨", "NO.RUSH"), ("TEXT.ONLY no calls", "TEXT.ONLY"),
                ("IN.CALL/OUT.CALL", "IN.CALL/OUT.CALL"), ("100%.REAL", "100%.REAL"), ("born in the U.S.A", "U.S.A"),
                ("available A.M./P.M.", "A.M./P.M."), ("therapist with a Ph.D in physiology", "Ph.D"),
                ("NO.DRAMA", "NO.DRAMA"), ("NEW.IN.TOWN", "NEW.IN.TOWN"), ("CASH.ONLY", "CASH.ONLY"),
                ("VIP.SERVICE", "VIP.SERVICE")]
DOTTED_NUMBER = [("open 10.30 till late", "10.30"), ("only 1.500 per week", "1.500"), ("salary 1.200 € per month", "1.200"),
                 ("R$ 250.00 the hour", "250.00"), ("booking app v2.0", "v2.0"), ("site version 3.1.4", "3.1.4"),
                 ("rated 4.9 stars", "4.9"), ("1.5 hour session", "1.5"), ("last booking 22.30", "22.30"),
                 ("price 80.00 EUR", "80.00")]
PLACEHOLDER_EMAIL = [("please don't email [email protected], use the form", "[email protected]"),
                     ("emails to xxx@xxx are ignored", "xxx@xxx"), ("no ****@**** spam", "****@****"),
                     ("do not write to your@email", "your@email"), ("E-mail: [email&#160;protected]", "[email&#160;protected]"),
                     ("never send to name@domain", "name@domain")]
HASHTAGS_FIXED = ["#newinTown", "#NewInTown", "#realpics", "#massage", "#hiring", "#NuevaEnLaCiudad", "#vip", "#spa",
                  "#modeling", "#jobs"]
NEG_KINDS = ["emoji_decoration", "platform_word_common", "dotted_shout", "dotted_number", "dotted_cue_phone",
             "at_not_handle", "file_name", "hashtag", "placeholder_email"]


def neg_seg(g, lang, region, kind):
    rng = g.rng
    L = lang if rng.random() < 0.6 else "en"
    if kind == "emoji_decoration":
        t = rng.choice(EMOJI_DECOR[L])
        return Seg(t, negs=[neg(kind, t)], kind=kind)
    if kind == "platform_word_common":
        t = rng.choice(PLATFORM_COMMON[L])
        return Seg(t, negs=[neg(kind, t)], kind=kind)
    if kind == "at_not_handle":
        t, r = rng.choice(AT_NOT_HANDLE)
        return Seg(t, negs=[neg(kind, r)], kind=kind)
    if kind == "dotted_shout":
        t, r = rng.choice(DOTTED_SHOUT)
        return Seg(t, negs=[neg(kind, r)], kind=kind)
    if kind == "dotted_number":
        t, r = rng.choice(DOTTED_NUMBER)
        return Seg(t, negs=[neg(kind, r)], kind=kind)
    if kind == "placeholder_email":
        t, r = rng.choice(PLACEHOLDER_EMAIL)
        return Seg(t, negs=[neg(kind, r)], kind=kind)
    if kind == "file_name":
        r = rng.choice(["photo.jpg", f"IMG_{rng.randint(1000, 9999)}.JPG", f"pic_{rng.randint(1, 9):02d}.png",
                        f"video{rng.randint(1, 9)}.mp4", "selfie.jpeg", "cv.pdf", "resume.docx", "verify.png"])
        t = rng.choice([f"[{r}]", f"see {r}", f"attached {r}", r, f"(image: {r})"])
        return Seg(t, negs=[neg(kind, r)], kind=kind)
    if kind == "hashtag":
        tags = rng.sample(HASHTAGS_FIXED, rng.randint(1, 2))
        if rng.random() < 0.5:
            a, b, d = g.w(), g.w(), g.digits()
            tags.append(rng.choice([f"#{a}_{b}{d}", f"#{a.capitalize()}{b.capitalize()}{d}", f"#{a}{d}"]))
        rng.shuffle(tags)
        return Seg(" ".join(tags), negs=[neg(kind, t) for t in tags], caps_ok=False, kind=kind)
    if kind == "dotted_cue_phone":
        cue = rng.choice(["CALL.ME.", "TEXT.ME.", "CALL.NOW.", "TXT.ME."])
        raw, e = g.phone(region, compact=True)
        return Seg(cue + raw, [span("phone", e, raw, "dotted_cue")], [neg(kind, cue.rstrip("."))], kind=kind)
    raise ValueError(kind)


NEG_WEIGHTS = {"emoji_decoration": 16, "platform_word_common": 18, "dotted_shout": 14, "dotted_number": 8,
               "dotted_cue_phone": 6, "at_not_handle": 12, "file_name": 8, "hashtag": 10, "placeholder_email": 6}

# ---------------------------------------------------------------------------------------------
# Ads
# ---------------------------------------------------------------------------------------------

SEPS = [(" <br> ", 14), ("<br>", 10), ("<br/>", 6), (" &nbsp; ", 6), ("&nbsp;", 4), (" ", 14), (" | ", 6), (" • ", 5),
        (" ✨ ", 4), (" 💋 ", 3), (". ", 6), (" — ", 3)]
STRONG_SEPS = [(" <br> ", 3), ("<br>", 3), ("<br/>", 1), (" | ", 1), (". ", 1)]
ENTITY_SWAPS = [("'", "&#39;"), (" and ", " &amp; ")]


def desc_seg(g, lang, cat, caps_p, seen):
    rng = g.rng
    L = lang if (lang == "en" or rng.random() < 0.75) else "en"
    left = [t for t in DESC[L][cat] if t not in seen] or DESC[L][cat]
    t = rng.choice(left)
    seen.add(t)
    if rng.random() < 0.15:
        a, b = rng.choice(ENTITY_SWAPS)
        t = t.replace(a, b)
    s = Seg(t)
    if rng.random() < caps_p:
        s.upper()
    return s


def make_ad(g, ad_id):
    rng = g.rng
    cat = weighted(rng, CATEGORIES)
    lang = "en" if rng.random() < 0.5 else rng.choice(LANGS[1:])
    region = weighted(rng, REGIONS[lang])
    caps_p = rng.choice([0.0, 0.15, 0.4, 0.9])
    # positives
    n_pos = weighted(rng, [(0, 7), (1, 28), (2, 32), (3, 20), (4, 13)])
    pw = POS_WEIGHTS[cat]
    pos_kinds = rng.choices(list(pw), weights=list(pw.values()), k=n_pos)
    pos = [POS[k](g, lang, region) for k in pos_kinds]
    # hard negatives
    negs = []
    if rng.random() < 0.68:
        n_neg = weighted(rng, [(1, 50), (2, 35), (3, 15)])
        for k in rng.choices(list(NEG_WEIGHTS), weights=list(NEG_WEIGHTS.values()), k=n_neg):
            negs.append(neg_seg(g, lang, region, k))
    for s in pos + negs:
        if s.caps_ok and rng.random() < caps_p * 0.5:
            s.upper()
    # title: sometimes carries a selector or a trap
    title_segs = [Seg(rng.choice(TITLES[lang][cat]))]
    if caps_p > 0.3 and rng.random() < 0.5:
        title_segs[0].upper()
    r = rng.random()
    if r < 0.12 and pos:
        moved = pos.pop(rng.randrange(len(pos)))
        if moved.kind in ("handle_explicit", "handle_weak", "url_own", "phone", "profile_url"):
            title_segs.append(moved)
        else:
            pos.append(moved)
    elif r < 0.27 and negs:
        moved = negs.pop(rng.randrange(len(negs)))
        if moved.kind in ("emoji_decoration", "dotted_shout", "hashtag", "at_not_handle"):
            title_segs.append(moved)
        else:
            negs.append(moved)
    if len(title_segs) > 1 and rng.random() < 0.5:
        title_segs.reverse()
    # body: one or two description lines first, the rest shuffled
    n_desc = rng.randint(1, 4)
    seen = set()
    descs = [desc_seg(g, lang, cat, caps_p, seen) for _ in range(n_desc)]
    k = rng.randint(1, min(2, n_desc))
    head, rest = descs[:k], descs[k:] + pos + negs
    rng.shuffle(rest)
    body_segs = head + rest
    for s in body_segs:
        if s.kind != "desc" and rng.random() < 0.08:
            tag = rng.choice(["b", "strong", "span", "i"])
            s.text = f"<{tag}>{s.text}</{tag}>"
    parts = [body_segs[0].text]
    for prev, s in zip(body_segs, body_segs[1:]):
        # after a trap that ends in a platform word or a camera/ghost emoji, a hard break, so the trap
        # cannot be read as the cue of whatever follows
        parts.append(weighted(rng, STRONG_SEPS if prev.kind in ("platform_word_common", "emoji_decoration") else SEPS))
        parts.append(s.text)
    body = "".join(parts)
    if rng.random() < 0.2:
        body = rng.choice(["<p>{}</p>", "<div>{}</div>", "{}<br>", "&nbsp;{}"]).format(body)
    title = rng.choice([" ", " - ", " | ", " "]).join(s.text for s in title_segs)
    spans, hard = [], []
    for field, segs in (("title", title_segs), ("body", body_segs)):
        for s in segs:
            for sp in s.spans:
                spans.append(dict(sp, field=field))
            for n in s.negs:
                hard.append(dict(n, field=field))
    labels = {"post_type": POST_TYPE[cat], "indicators": [], "handles": [], "urls": [], "emails": [], "phones": []}
    for sp in spans:
        if sp["kind"] == "handle":
            h = {"platform": sp["platform"], "value": sp["value"]}
            if h not in labels["handles"]:
                labels["handles"].append(h)
        else:
            key = sp["kind"] + "s"
            if sp["value"] not in labels[key]:
                labels[key].append(sp["value"])
    labels["spans"] = spans
    labels["hard_negatives"] = hard
    site = rng.choice(SITES[cat])
    slug = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(8))
    day = rng.randint(0, 364)
    month_days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while day >= month_days[m]:
        day -= month_days[m]
        m += 1
    posted = f"2024-{m + 1:02d}-{day + 1:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    ad = {"id": ad_id, "title": title, "body": body, "region": region, "site": site, "language": lang,
          "url": f"https://{site}.example/ad/{slug}", "posted_at": posted, "labels": labels}
    lint(ad)
    return ad


# ---------------------------------------------------------------------------------------------
# Lint: after removing every labelled raw span and every listed hard negative, nothing that looks
# like a selector or a trap may remain (so nothing in the text is unlabelled by accident).
# ---------------------------------------------------------------------------------------------

LINT = [
    ("at-sign", re.compile(r"@")),
    ("dotted token", re.compile(r"[A-Za-z0-9%]\.[A-Za-z0-9]")),
    ("camera/ghost emoji", re.compile("[\U0001F4F7\U0001F4F8\U0001F47B]")),
    ("platform word", re.compile(r"(?i)snap|insta|kik|telegram|twitter|tiktok|facebook|onlyfans|whatsapp|\bIG\b|\bTG\b"
                                 r"|\bFB\b|телеграм|инст")),
    ("digit run", re.compile(r"\d[\d\s().-]{5,}\d")),
    ("hash", re.compile(r"#")),
    ("web", re.compile(r"(?i)www|https?:|mailto")),
]


def residual(ad):
    text = ad["title"] + "\n" + ad["body"]
    raws = {s["raw"] for s in ad["labels"]["spans"]} | {n["raw"] for n in ad["labels"]["hard_negatives"]}
    for r in sorted(raws, key=len, reverse=True):
        text = text.replace(r, " ")
    for ent in ("&nbsp;", "&amp;", "&#39;"):
        text = text.replace(ent, " ")
    return text


def lint(ad):
    res = residual(ad)
    for name, rx in LINT:
        m = rx.search(res)
        if m:
            raise AssertionError(f"{ad['id']}: unlabelled {name} near {res[max(0, m.start() - 30): m.end() + 30]!r}")
    for s in ad["labels"]["spans"]:
        if s["raw"] not in ad[s["field"]]:
            raise AssertionError(f"{ad['id']}: raw {s['raw']!r} not in {s['field']}")
    for n in ad["labels"]["hard_negatives"]:
        if n["raw"] not in ad[n["field"]]:
            raise AssertionError(f"{ad['id']}: negative {n['raw']!r} not in {n['field']}")


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def build():
    used = set()
    out = {}
    for name, n, seed, prefix in SPLITS:
        g = Gen(seed, used)
        out[name] = [make_ad(g, f"{prefix}-{i:03d}") for i in range(1, n + 1)]
    return out


def dump(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


def split_stats(ads):
    c = Counter()
    forms = Counter()
    negs = Counter()
    neg_ads = Counter()
    for a in ads:
        L = a["labels"]
        for k in ("handles", "urls", "emails", "phones"):
            c[k] += len(L[k])
        for s in L["spans"]:
            forms[(s["kind"], s["form"].split(":")[0])] += 1
        kinds = {n["kind"] for n in L["hard_negatives"]}
        for n in L["hard_negatives"]:
            negs[n["kind"]] += 1
        for k in kinds:
            neg_ads[k] += 1
        c["ads_with_hard_negatives"] += bool(kinds)
        c["ads_without_selectors"] += not any(L[k] for k in ("handles", "urls", "emails", "phones"))
    return c, forms, negs, neg_ads


def readme(data):
    st = {k: split_stats(v) for k, v in data.items()}
    langs = {k: Counter(a["language"] for a in v) for k, v in data.items()}
    types = {k: Counter(a["labels"]["post_type"] for a in v) for k, v in data.items()}
    plats = {k: Counter(h["platform"] for a in v for h in a["labels"]["handles"]) for k, v in data.items()}
    L = []
    w = L.append
    w("# selectors-eleventh: contact selectors in emoji-heavy, multilingual, HTML-flattened ads")
    w("")
    w("A **blind** evaluation set for `plainsight extract`: handles, URLs and emails (and the phones that")
    w("happen to appear) in ads imitating escort, massage, dating and job ads scraped from classified and")
    w("social sites. It was written from a scenario description only, without reading the extractor's")
    w("code, its docs, or any other eval set, and the extractor was never run while writing it.")
    w("")
    w("**Everything is synthetic.** No real ads, no real people: names are built from invented syllables,")
    w("second-level domains are invented (on real public suffixes such as `.com`, `.co.uk`, `.com.au`,")
    w("`.de`, `.io`, or on `.example`), and phones come from fictional ranges (NANP 555-01xx, UK")
    w("07700 900xxx, AU 0491 57x xxx, FR 06 39 98 xx xx). Freemail hosts (gmail.com and the like) appear")
    w("only with invented local parts.")
    w("")
    w("## Scenario")
    w("")
    w("Emoji-heavy text, ALL CAPS lines, mixed languages (English about half; Spanish, Portuguese, French,")
    w("German, Italian, Russian, Arabic, Indonesian, Tagalog, Thai, Vietnamese, Polish, Romanian), HTML")
    w("left-overs (`<br>`, `&nbsp;`, `&amp;`, `<a href>`, `mailto:`, `<b>`), each body flattened onto one line.")
    w("")
    w("Labelled (every one, nothing else):")
    w("")
    w("- handles with explicit syntax: `@name` next to a platform word (`IG @name`, `telegram @name`,")
    w("  `@name on insta`, `@name (TikTok)`), `snapchat: name`, `insta - name`, `kik:name`, `OF: name`;")
    w("- profile URLs (`instagram.com/name`, `twitter.com/name`, `x.com/name`, `tiktok.com/@name`,")
    w("  `facebook.com/name`, `onlyfans.com/name`, `t.me/name`, `snapchat.com/add/name`), each labelled")
    w("  **both** as a handle and as a URL;")
    w("- handles after a weak cue (📷 📸 → instagram, 👻 → snapchat, or a bare `snap`/`insta`/`IG`/`kik`/")
    w("  `telegram`/`tiktok`) only where the token looks like an account: digits, `_`, `.` or mixed case")
    w("  (`👻 KiraMoon`, `snap lo_mira94`);")
    w("- own-website URLs (bare, `www.`, `http(s)://`, ALL CAPS, inside `<a href>`, with trailing punctuation);")
    w("- emails: plain, ALL CAPS, `mailto:`, obfuscated (`name at gmail dot com`, `name(at)domain(dot)com`,")
    w("  `name [at] domain . com`, `name [at] domain [dot] com`, `name AT domain DOT com`, `name {at} domain {dot} com`,")
    w("  `name@domain dot com`, and in Spanish/Portuguese ads `name arroba domain punto/ponto com`), and real")
    w("  addresses inside \"do not send spam to ...\" disclaimers;")
    w("- `wa.me/<digits>`: labelled as a URL (`wa.me/<digits>`) and as the phone in E.164; no handle;")
    w("- phones: every phone in the text is labelled in E.164 (the scorer scores phones). Phones are")
    w("  either in the national format of the ad's `region` (US, CA, GB, AU, FR) or international with `+`.")
    w("")
    w("Hard negatives (never labelled; listed per ad in `labels.hard_negatives` with `kind`, `raw`, `field`):")
    w("")
    w("| kind | examples |")
    w("|---|---|")
    w("| `emoji_decoration` | `100% real pics 📷`, `STOP 👻 wasting time`, `📸 new photos` |")
    w("| `platform_word_common` | `snap fun`, `like our facebook page`, `follow me on insta for more`, `my IG is in bio`, `no snapchat`, `add me on kik later`, `follow insta aku ya` |")
    w("| `dotted_shout` | `CALL.ME`, `NO.RUSH`, `TEXT.ONLY`, `IN.CALL/OUT.CALL`, `100%.REAL`, `U.S.A`, `A.M./P.M.`, `Ph.D`, `NEW.IN.TOWN` |")
    w("| `dotted_number` | `v2.0`, `3.1.4`, `1.500`, `250.00`, `10.30`, `22.30` |")
    w("| `dotted_cue_phone` | `CALL.ME.(916)555-0142`: the phone is labelled, the 'domain' is not |")
    w("| `at_not_handle` | `@ 200 roses`, `meet @ 7pm`, `@home`, `@hotel`, `@$150` |")
    w("| `file_name` | `photo.jpg`, `IMG_2041.JPG`, `cv.pdf`, `resume.docx` |")
    w("| `hashtag` | `#newinTown`, `#NuevaEnLaCiudad`, `#lo_mira94` (handle-shaped hashtags too) |")
    w("| `placeholder_email` | `[email protected]` (Cloudflare left-over), `xxx@xxx`, `****@****`, `your@email`, `name@domain` |")
    w("")
    w("## Files")
    w("")
    w("- `dev.jsonl`: 150 ads, ids `sel11d-001`...; `heldout.jsonl`: 300 ads, ids `sel11h-001`..., another seed.")
    w("  No selector value (handle, URL, email or phone) occurs in both splits.")
    w("- Each line is an input record (`id`, `title`, `body`, `region`, `site`, `language`, `url`, `posted_at`)")
    w("  plus `labels`: `handles` [{platform, value}], `urls`, `emails`, `phones` (the scored sets),")
    w("  `post_type` (from the template category: escort → `sex_ad`, massage → `massage`, job → `job_offer`,")
    w("  dating → `other`; not reviewed), `indicators` (always empty: not labelled here), `spans` (every")
    w("  labelled mention with its `raw` text, `field` and `form`) and `hard_negatives`.")
    w("  The record's `url` is the listing address on an invented `.example` site, not a selector.")
    w("- `write.py`: the seeded generator (standard library). `python3 write.py --check` exits 1 if any file differs.")
    w("- `test_write.py`: `python3 -m unittest` from this directory: files equal the generator's output; every")
    w("  raw span occurs in its ad; ids unique; no value in both splits; a prediction file built from the")
    w("  labels scores 1.0 precision and recall with `eval/ads/score.py`.")
    w("")
    w("Values follow the contract's normalisation (and `score.py`'s): handles lower-cased without `@`, platform")
    w("names `instagram snapchat kik telegram twitter tiktok onlyfans facebook` (`x.com` → `twitter`); URLs")
    w("lower-cased, without scheme, `www.` or trailing slash, registrable domain plus path (no other")
    w("sub-domains are used); emails lower-cased; phones E.164.")
    w("")
    w("## How to score")
    w("")
    w("```sh")
    w("plainsight extract eval/selectors-eleventh/dev.jsonl > /tmp/o.jsonl && python3 eval/ads/score.py eval/selectors-eleventh/dev.jsonl /tmp/o.jsonl")
    w("```")
    w("")
    w("Add `--errors 20` to list wrong posts. Profile URLs (and `wa.me/`) are in `labels.urls`; if the")
    w("extractor reports profiles only as handles, also look at `--no-profile-urls`, which drops them on both sides.")
    w("")
    w("**Held-out rule:** tune only on `dev.jsonl`. Score `heldout.jsonl` once, for the final report, and never")
    w("change the extractor because of what it shows.")
    w("")
    w("## Counts")
    w("")
    names = list(data)
    w("| | " + " | ".join(names) + " |")
    w("|---|" + "---:|" * len(names))
    w("| ads | " + " | ".join(str(len(data[k])) for k in names) + " |")
    for key in ("handles", "urls", "emails", "phones"):
        w(f"| {key} (labelled values) | " + " | ".join(str(st[k][0][key]) for k in names) + " |")
    w("| ads with a hard negative | " + " | ".join(str(st[k][0]["ads_with_hard_negatives"]) for k in names) + " |")
    w("| ads without any selector | " + " | ".join(str(st[k][0]["ads_without_selectors"]) for k in names) + " |")
    w("")
    w("Labelled mentions by kind and form (a mention may repeat a value, e.g. `<a href=\"mailto:x\">x</a>`):")
    w("")
    w("| kind / form | " + " | ".join(names) + " |")
    w("|---|" + "---:|" * len(names))
    allf = sorted(set().union(*(st[k][1] for k in names)))
    for f in allf:
        w(f"| {f[0]} / {f[1]} | " + " | ".join(str(st[k][1][f]) for k in names) + " |")
    w("")
    w("Handle platforms (labelled values): " + "; ".join(
        f"{k}: " + ", ".join(f"{p} {n}" for p, n in sorted(plats[k].items())) for k in names) + ".")
    w("")
    w("Hard negatives by kind (mentions / ads):")
    w("")
    w("| kind | " + " | ".join(names) + " |")
    w("|---|" + "---:|" * len(names))
    for kind in NEG_KINDS:
        w(f"| `{kind}` | " + " | ".join(f"{st[k][2][kind]} / {st[k][3][kind]}" for k in names) + " |")
    w("")
    w("Languages: " + "; ".join(f"{k}: " + ", ".join(f"{l} {n}" for l, n in sorted(langs[k].items(), key=lambda x: (-x[1], x[0])))
                                for k in names) + ".")
    w("")
    w("Post types: " + "; ".join(f"{k}: " + ", ".join(f"{t} {n}" for t, n in sorted(types[k].items())) for k in names) + ".")
    w("")
    w("## Judgement calls")
    w("")
    w("- Profile URLs count twice (a handle and a URL); `wa.me/<digits>` counts as a URL and a phone, never a handle.")
    w("- A bare `@name` is always written next to a platform word, so every handle has a platform.")
    w("- Weak cues are followed either by an account-shaped token (labelled) or by ordinary words (not labelled);")
    w("  no weak cue is followed by a plain lower-case name, which would be a coin toss.")
    w("- Dotted handles always end in a digit or `_`, so none of them is also a plausible domain.")
    w("- Shouted dotted words are negatives even where the last part happens to be a real TLD (`CALL.ME`, `NEW.IN.TOWN`).")
    w("- A real address inside a \"do not send ... to\" disclaimer is labelled; placeholders are not.")
    w("- Obfuscated emails in other scripts' words are limited to Spanish/Portuguese `arroba ... punto/ponto`.")
    w("")
    return "\n".join(L)


def outputs():
    data = build()
    files = {f"{k}.jsonl": dump(v) for k, v in data.items()}
    files["README.md"] = readme(data)
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files on disk differ from the generator's output")
    args = ap.parse_args(argv)
    files = outputs()
    if args.check:
        bad = [n for n, t in files.items() if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != t]
        if bad:
            print("differs: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok")
        return 0
    for n, t in files.items():
        (HERE / n).write_text(t, encoding="utf-8")
        print(f"wrote {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
