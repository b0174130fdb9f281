#!/usr/bin/env python3
"""Generate the sixth selector evaluation set (eval/selectors-sixth/).

    python3 write.py            # writes dev.jsonl (200 ads, seed A) and heldout.jsonl (300 ads, seed B)

Python 3.11 standard library only; deterministic (byte-for-byte reproducible).
Phone numbers come only from ../phones2/number_pool.json (vetted fictional-but-valid numbers).
Every text is invented from the phrase banks below.
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_DEV = 60601
SEED_HELD = 60602
N_DEV = 200
N_HELD = 300


def pool_path() -> Path:
    for p in (HERE.parent / "phones2" / "number_pool.json",
              Path(os.environ.get("PHONES2_POOL", "/nonexistent")),
              Path("/work/main/eval/phones2/number_pool.json")):
        if p.is_file():
            return p
    raise SystemExit("cannot find phones2/number_pool.json (set PHONES2_POOL)")


# ---------------------------------------------------------------- banks

def half(lst, split):
    """dev gets even positions, heldout odd positions: disjoint banks wherever a bank has >= 2 items."""
    if len(lst) < 2:
        return list(lst)
    return list(lst[split::2])


LANG_COUNTRIES = {
    "en": ["US", "GB", "AU", "CA", "NZ", "SG", "PH", "NG", "KE", "ZA"],
    "es": ["ES", "MX", "CO", "AR"], "pt": ["BR", "PT"], "fr": ["FR", "MA", "SN"], "it": ["IT"], "de": ["DE"],
    "nl": ["NL"], "pl": ["PL"], "ro": ["IT", "ES", "DE", "GB"], "ru": ["AE", "AE", "TR"], "uk": ["PL", "DE"],
    "tr": ["TR"], "id": ["MY", "SG"], "vi": ["JP", "KR", "MY"], "th": ["TH"], "tl": ["PH"], "ar": ["AE", "SA", "MA"],
}

CITIES = {
    "US": ["Houston", "Phoenix", "Atlanta", "Las Vegas", "Miami", "Dallas", "Denver", "Orlando"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth"],
    "CA": ["Toronto", "Vancouver", "Calgary", "Ottawa"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton"],
    "SG": ["Singapore Geylang", "Singapore Orchard", "Singapore Tampines", "Singapore Jurong"],
    "PH": ["Manila", "Cebu City", "Makati", "Davao"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
    "ZA": ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
    "MX": ["CDMX", "Guadalajara", "Monterrey", "Cancún"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"],
    "PT": ["Lisboa", "Porto", "Faro", "Braga"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Lille"],
    "MA": ["Casablanca", "Marrakech", "Rabat", "Tanger"],
    "SN": ["Dakar", "Thiès", "Saint-Louis", "Mbour"],
    "IT": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen"],
    "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
    "TR": ["İstanbul", "Antalya", "Ankara", "İzmir"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman"],
    "SA": ["Riyadh", "Jeddah", "Dammam", "Khobar"],
    "MY": ["Kuala Lumpur", "Johor Bahru", "Penang", "Ipoh"],
    "JP": ["Tokyo", "Osaka", "Nagoya", "Fukuoka"],
    "KR": ["Seoul", "Busan", "Incheon", "Daegu"],
    "TH": ["Bangkok", "Pattaya", "Phuket", "Chiang Mai"],
}

CURRENCY = {"US": "$", "CA": "$", "AU": "$", "NZ": "$", "SG": "S$", "GB": "£", "PH": "₱", "NG": "₦", "KE": "KSh ",
            "ZA": "R", "ES": "€", "PT": "€", "FR": "€", "IT": "€", "DE": "€", "NL": "€", "MX": "$", "CO": "$",
            "AR": "$", "BR": "R$", "MA": "DH ", "SN": "FCFA ", "PL": "zł ", "TR": "₺", "AE": "AED ", "SA": "SAR ",
            "MY": "RM", "JP": "¥", "KR": "₩", "TH": "฿"}

NAMES = ["Lola", "Kira", "Bella", "Nadia", "Sofia", "Mia", "Jade", "Luna", "Alina", "Vika", "Roxy", "Daria",
         "Angel", "Carla", "Nina", "Tasha", "Eva", "Lana", "Mara", "Ruby", "Zoe", "Lily", "Yasmin", "Bianca",
         "Cleo", "Dina", "Elsa", "Gina", "Ivy", "Juno", "Kaya", "Leah", "Maya", "Nora", "Olga", "Pia",
         "Rita", "Sasha", "Tina", "Vera", "Wendy", "Xena", "Yuki", "Zara", "Amira", "Brenda", "Celia", "Dora"]

HANDLE_WORDS = ["kitty", "doll", "angel", "baby", "queen", "sugar", "cherry", "honey", "velvet", "rose",
                "peach", "star", "candy", "lux", "vip", "sweet", "muse", "bunny", "fox", "silk"]

COMMON_WORD_HANDLES = ["honeybunny", "sugarplum", "babydoll", "sweetpea", "cupcake", "lovebug", "sunshine",
                       "butterfly"]

SITE_WORDS = {
    "adult": ["velvetrose", "luxcompanions", "nightorchid", "sweetlounge", "goldenlotus", "silkroom", "moonlight-vip",
              "redcarpet", "diamondclub", "rubylounge", "cocoavip", "venusangels", "cityescape", "jadegarden"],
    "spa": ["azurespa", "pearlmassage", "orchidbody", "lotuswellness", "palmspa", "happyhands", "bluelagoon-spa",
            "zenhands"],
    "job": ["modelcast", "eurostaffing", "starhostess", "primejobs", "topmodels-intl", "sunrise-work", "globalcrew",
            "elitecasting", "nordicstaff", "skyrecruit", "crystalagency", "bluewave-careers"],
    "other": ["autovendo", "casaaluguel", "roomfinder", "carmarket-hub", "kleinmarkt", "petcorner", "homeswap",
              "dealcorner"],
}
SITE_GROUP = {"sex_ad": "adult", "massage": "spa", "job_offer": "job", "other": "other"}

URL_SUFFIX = {
    "en": [".com", ".co.uk", ".com.au", ".net", ".io", ".co.nz", ".co.za", ".com.sg"],
    "es": [".es", ".com.mx", ".com.co", ".com.ar"], "pt": [".com.br", ".pt"], "fr": [".fr", ".ma"],
    "it": [".it", ".eu"], "de": [".de", ".at"], "nl": [".nl", ".be"], "pl": [".pl", ".com.pl"],
    "ro": [".ro", ".eu"], "ru": [".ru", ".com.tr"], "uk": [".com.ua", ".ua"], "tr": [".com.tr", ".net.tr"],
    "id": [".co.id", ".id"], "vi": [".vn", ".com.vn"], "th": [".co.th", ".in.th"], "tl": [".ph", ".com.ph"],
    "ar": [".ae", ".sa"],
}
URL_PATHS = ["/profile/{n}", "/{name}", "/jobs/{n}", "/ad/{n}", "/girls/{name}", "/apply", "/gallery",
             "/anuncio/{n}", "/p/{n}", "/book"]

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "mail.ru", "yandex.ru", "wp.pl", "o2.pl",
                 "libero.it", "virgilio.it", "gmx.de", "web.de", "hotmail.fr", "orange.fr", "uol.com.br",
                 "bol.com.br", "ukr.net", "i.ua", "yahoo.co.id", "icloud.com", "hotmail.es", "terra.com.mx"]
EMAIL_DOMAIN_BY_LANG = {"ru": ["mail.ru", "yandex.ru"], "pl": ["wp.pl", "o2.pl"], "it": ["libero.it", "virgilio.it"],
                        "de": ["gmx.de", "web.de"], "fr": ["hotmail.fr", "orange.fr"], "pt": ["uol.com.br", "bol.com.br"],
                        "uk": ["ukr.net", "i.ua"], "es": ["hotmail.es", "terra.com.mx"], "id": ["yahoo.co.id", "icloud.com"]}
EMAIL_DOMAIN_DEFAULT = ["gmail.com", "outlook.com", "yahoo.com", "proton.me"]

DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "uk": "нуль один два три чотири пʼять шість сім вісім девʼять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
}
DIGIT_WORDS = {k: v.split() for k, v in DIGIT_WORDS.items()}

# email obfuscation words: (at, dot)
OBF = {"en": ("at", "dot"), "es": ("arroba", "punto"), "pt": ("arroba", "ponto"), "fr": ("arobase", "point"),
       "it": ("chiocciola", "punto"), "de": ("(at)", "punkt"), "nl": ("apenstaartje", "punt"),
       "pl": ("małpa", "kropka"), "ro": ("(at)", "punct"), "ru": ("собака", "точка"), "uk": ("собака", "крапка"),
       "tr": ("et", "nokta"), "id": ("at", "titik"), "vi": ("a còng", "chấm"), "th": ("แอท", "ดอท"),
       "tl": ("at", "dot"), "ar": ("at", "dot")}

KEYCAP = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

# --- per-language phrase banks: titles/bodies per kind, contact cues, platform words without a handle.
# Placeholders: {name} {city} {age} {price} {salary}
T = {}
B = {}
CUE = {}
NOHANDLE = {}

T["en"] = {
    "sex_ad": ["NEW IN {city} 🔥 {name} {age}", "💋 Sweet {name} – incall/outcall {city}", "❤️ TOP GFE ❤️ {name} just arrived",
               "🔥🔥 HOT LATINA IN TOWN 🔥🔥 {city}", "Sexy {name} available NOW ✨", "🌹 Classy companion {name} 🌹 {city}",
               "YOUNG & FRESH 💦 {name} {age}", "Last days in {city}!! 💋💋"],
    "massage": ["🌸 Asian massage {city} – new girls 🌸", "Relaxing body massage by {name}", "✨ GRAND OPENING ✨ Spa {city}",
                "Full body rub – table shower – {city}", "Thai massage 💆 open late", "NEW STAFF 🌺 best massage in {city}"],
    "job_offer": ["WAITRESS WANTED ABROAD 🌍 visa and ticket paid", "Models wanted – fast money 💰 {city}",
                  "Hostess job in Dubai – no experience needed", "Hiring girls 18-25 for hotel work",
                  "Nanny / housekeeper – UK family – free accommodation", "Dancers needed for club – HIGH PAY 💵",
                  "Promo girls wanted in {city} – cash daily", "Work in Europe 🇪🇺 free flight + housing"],
    "other": ["2014 Toyota Corolla for sale – {city}", "Room for rent near the station – {city}", "Selling iPhone 13, like new",
              "Sofa + dining table, must go this weekend", "Puppies for sale 🐶 {city}", "Honda Civic 2011, one owner",
              "Studio flat to let – {city} centre", "Kids bike and stroller, cheap"],
}
B["en"] = {
    "sex_ad": ["Hi gentlemen, I'm {name}, {age} years old, new in {city} 💋", "Sweet and open minded girl, real pics 📷 100% me",
               "I'm {name} ❤️ discreet & clean, incall near downtown {city}", "Visiting {city} for a few days only 🔥 don't miss me",
               "STOP 👻 wasting time, serious gentlemen only", "No games, no deposit scams. What you see is what you get 😘",
               "Petite, curvy, always smiling 😊 let me be your girlfriend tonight", "Outcall to hotels only, upscale clients 🥂"],
    "massage": ["Beautiful therapists, clean private rooms, parking in back 🚗", "Walk-ins welcome 🙏 {city} near the mall",
                "Deep tissue / Swedish / 4 hands 💆‍♀️", "New staff every week 🌺 come relax", "Hot stone and oil massage, shower available",
                "Young Asian girls, very friendly, best service in town"],
    "job_offer": ["We are looking for young ladies for work abroad. Salary {salary} per month, accommodation provided.",
                  "Visa and flight ticket paid by the company ✈️ you pay back from first salary.",
                  "No experience needed, we train you. Must be 18-27, slim, good looking.",
                  "Send photo and age. Passport arranged by our agency.", "Start immediately. LIMITED PLACES!!!",
                  "Easy work, serving drinks to VIP guests, tips {salary} a month easy 💰"],
    "other": ["Good condition, selling because I'm moving. Price {price} ono.", "Viewing any day after 5pm, {city}.",
              "Pick up only, cash on collection.", "Serious buyers only please, no timewasters.",
              "Can send more photos on request.", "First to see will take it 👍"],
}
CUE["en"] = ["Call me", "CALL.ME", "Text", "TEXT.ONLY", "WhatsApp", "Call or text", "Book now 📲", "Contact", "📞"]
NOHANDLE["en"] = ["add me on snap 😉", "check my instagram page for more pics", "telegram only, no calls",
                  "we also have a facebook page", "find us on tiktok", "my OF is in my bio", "snap me 😘",
                  "DM me on insta", "follow our instagram for daily specials"]

T["es"] = {"sex_ad": ["NUEVA en {city} 🔥 {name} {age} añitos", "💋 {name} colombiana caliente – {city}", "Chica cariñosa sin prisas ❤️ {city}"],
           "massage": ["Masajes relajantes en {city} 💆", "Masajista nueva 🌸 {name} – centro de {city}", "Masaje tántrico 24h"],
           "job_offer": ["SE BUSCAN CHICAS para trabajar en Europa ✈️", "Trabajo de camarera en el extranjero – pasaje pagado", "Buscamos modelos – pago diario 💰"],
           "other": ["Vendo Seat Ibiza 2012 – {city}", "Alquilo habitación cerca del metro", "Vendo sofá cama, casi nuevo"]}
B["es"] = {"sex_ad": ["Hola amor, soy {name}, tengo {age} años, recién llegada a {city} 😘", "Fotos 100% reales 📷, sin engaños",
                      "Completita, cariñosa y muy discreta 💋", "Atiendo en mi depa o en tu hotel"],
           "massage": ["Ambiente limpio y discreto, ducha incluida", "Masaje con aceites y final feliz 😉", "Abierto de lunes a domingo"],
           "job_offer": ["Sueldo de {salary} al mes, alojamiento y comida incluidos", "No necesitas experiencia ni papeles, nosotros arreglamos todo",
                         "Pasaje y visa pagados por la empresa ✈️", "Solo chicas de 18 a 28 años, buena presencia"],
           "other": ["Precio {price}, negociable. Papeles al día.", "Habitación amueblada, gastos incluidos.", "Solo interesados, no curiosos."]}
CUE["es"] = ["Llámame", "Whatsapp", "Escríbeme", "Tel", "Info al", "📲"]
NOHANDLE["es"] = ["agrégame en snap 😉", "búscame en instagram", "solo telegram", "tenemos página de facebook"]

T["pt"] = {"sex_ad": ["Novinha em {city} 🔥 {name} {age}", "💋 {name} – loira safada – {city}", "Acompanhante de luxo ❤️ {city}"],
           "massage": ["Massagem relaxante em {city} 💆", "Massagista {name} – atendo em local próprio", "Massagem tântrica 🌸"],
           "job_offer": ["Vagas para garçonete no exterior ✈️", "Procuramos modelos – ganhos altos 💰", "Trabalho em Portugal – passagem paga"],
           "other": ["Vendo Gol 2010 – {city}", "Alugo quarto mobiliado", "Vendo geladeira em bom estado"]}
B["pt"] = {"sex_ad": ["Oi amor, sou a {name}, {age} aninhos, fotos reais 📷", "Carinhosa, educada e sem pressa 💋", "Atendo em hotel e motel"],
           "massage": ["Ambiente climatizado e discreto, com estacionamento", "Atendimento com hora marcada", "Massagem com óleos e banho incluso"],
           "job_offer": ["Salário de {salary} por mês + moradia", "Passagem e documentos por nossa conta ✈️", "Não precisa experiência, só boa aparência"],
           "other": ["Preço {price}, aceito proposta.", "Quarto com banheiro, contas incluídas.", "Só retirada no local."]}
CUE["pt"] = ["Chama no zap", "WhatsApp", "Ligue", "Contato", "📲"]
NOHANDLE["pt"] = ["me chama no insta", "só telegram", "segue nossa página no facebook", "tenho snap tb"]

T["fr"] = {"sex_ad": ["Nouvelle à {city} 🔥 {name} {age} ans", "💋 {name} douce et coquine – {city}", "Belle métisse de passage ❤️"],
           "massage": ["Massage relaxant {city} 💆", "Salon de massage – nouvelles hôtesses 🌸", "Massage naturiste par {name}"],
           "job_offer": ["Recherche serveuses pour l'étranger ✈️ billet payé", "Casting mannequins – argent rapide 💰", "Hôtesses pour club privé – logement offert"],
           "other": ["Vends Clio 4 – {city}", "Chambre à louer meublée", "Vends canapé d'angle"]}
B["fr"] = {"sex_ad": ["Coucou, moi c'est {name}, {age} ans, photos réelles 📷", "Douce, discrète et sans tabou 💋", "Reçois dans appartement privé, propre"],
           "massage": ["Cadre propre et discret, douche disponible", "Sur rendez-vous uniquement", "Ouvert 7j/7 de 10h à 22h"],
           "job_offer": ["Salaire {salary} par mois, logé nourri", "Visa et billet d'avion pris en charge ✈️", "Pas besoin d'expérience, 18-26 ans"],
           "other": ["Prix {price}, à débattre.", "Charges comprises, libre de suite.", "À récupérer sur place."]}
CUE["fr"] = ["Appelle-moi", "WhatsApp", "Tél", "Contact", "SMS uniquement", "📞"]
NOHANDLE["fr"] = ["ajoute-moi sur snap", "voir ma page instagram", "telegram uniquement", "notre page facebook"]

T["it"] = {"sex_ad": ["NOVITÀ a {city} 🔥 {name} {age} anni", "💋 {name} dolcissima – {city}", "Bellissima trans appena arrivata ❤️"],
           "massage": ["Massaggi rilassanti {city} 💆", "Centro massaggi orientale – nuove ragazze 🌸", "Massaggio tantra da {name}"],
           "job_offer": ["Cercasi cameriere all'estero ✈️ viaggio pagato", "Cerchiamo modelle – guadagni alti 💰", "Lavoro come hostess – alloggio incluso"],
           "other": ["Vendo Fiat Panda 2013 – {city}", "Affittasi stanza singola", "Vendo divano letto"]}
B["it"] = {"sex_ad": ["Ciao amore, sono {name}, {age} anni, foto reali 📷", "Dolce, educata e senza fretta 💋", "Ricevo in ambiente riservato"],
           "massage": ["Ambiente pulito e riservato, doccia disponibile", "Aperto tutti i giorni", "Massaggio con oli caldi"],
           "job_offer": ["Stipendio {salary} al mese, vitto e alloggio", "Biglietto e visto pagati dall'agenzia ✈️", "Nessuna esperienza richiesta"],
           "other": ["Prezzo {price} trattabile.", "Spese incluse, libera subito.", "Ritiro a mano."]}
CUE["it"] = ["Chiamami", "WhatsApp", "Tel", "Contattami", "📞"]
NOHANDLE["it"] = ["seguimi su instagram", "solo telegram", "aggiungimi su snap", "abbiamo una pagina facebook"]

T["de"] = {"sex_ad": ["NEU in {city} 🔥 {name} {age}", "💋 {name} – zärtlich & diskret – {city}", "Heiße Blondine nur kurz da ❤️"],
           "massage": ["Entspannungsmassage {city} 💆", "Asia Massage – neue Damen 🌸", "Tantra Massage von {name}"],
           "job_offer": ["Kellnerinnen im Ausland gesucht ✈️ Flug bezahlt", "Models gesucht – schnelles Geld 💰", "Hostessen für Club gesucht – Unterkunft frei"],
           "other": ["VW Golf 6 zu verkaufen – {city}", "WG-Zimmer zu vermieten", "Verkaufe Sofa, wie neu"]}
B["de"] = {"sex_ad": ["Hallo, ich bin {name}, {age} Jahre, echte Fotos 📷", "Zärtlich, sauber und ohne Zeitdruck 💋", "Besuchbar in privater Wohnung"],
           "massage": ["Saubere Räume, Dusche vorhanden, Parkplatz", "Termine nach Vereinbarung", "Täglich geöffnet"],
           "job_offer": ["Gehalt {salary} pro Monat, Unterkunft gestellt", "Visum und Flugticket zahlt die Agentur ✈️", "Keine Erfahrung nötig, 18-25 Jahre"],
           "other": ["Preis {price} VB.", "Warmmiete, Nebenkosten inklusive.", "Nur Abholung."]}
CUE["de"] = ["Ruf mich an", "WhatsApp", "Tel.", "Nur SMS", "Kontakt", "📞"]
NOHANDLE["de"] = ["adde mich auf snap", "schau auf meine instagram seite", "nur telegram", "wir haben auch eine facebook seite"]

T["nl"] = {"sex_ad": ["NIEUW in {city} 🔥 {name} {age}", "💋 {name} – lief en discreet", "Sexy dame op bezoek ❤️ {city}"],
           "massage": ["Ontspanningsmassage {city} 💆", "Thaise massage – nieuwe dames 🌸", "Erotische massage door {name}"],
           "job_offer": ["Serveersters gezocht in het buitenland ✈️", "Modellen gezocht – snel geld 💰", "Hostess werk – woonruimte geregeld"],
           "other": ["Opel Corsa te koop – {city}", "Kamer te huur", "Bank te koop, z.g.a.n."]}
B["nl"] = {"sex_ad": ["Hoi, ik ben {name}, {age} jaar, echte foto's 📷", "Lief, schoon en zonder haast 💋", "Privé ontvangst"],
           "massage": ["Schone kamers, douche aanwezig", "Alleen op afspraak", "Elke dag geopend"],
           "job_offer": ["Salaris {salary} per maand, woning inbegrepen", "Visum en ticket betaald ✈️", "Geen ervaring nodig"],
           "other": ["Prijs {price}, bieden mag.", "Inclusief gas/water/licht.", "Alleen ophalen."]}
CUE["nl"] = ["Bel me", "WhatsApp", "Tel", "Alleen sms", "📞"]
NOHANDLE["nl"] = ["voeg me toe op snap", "check mijn instagram pagina", "alleen telegram"]

T["pl"] = {"sex_ad": ["NOWA w {city} 🔥 {name} {age}", "💋 {name} – czuła i dyskretna", "Gorąca blondynka tylko kilka dni ❤️"],
           "massage": ["Masaż relaksacyjny {city} 💆", "Salon masażu – nowe masażystki 🌸", "Masaż tantryczny – {name}"],
           "job_offer": ["Praca za granicą dla kelnerek ✈️ bilet opłacony", "Szukamy modelek – szybka kasa 💰", "Hostessy do klubu – mieszkanie zapewnione"],
           "other": ["Sprzedam Opla Astrę – {city}", "Pokój do wynajęcia", "Sprzedam kanapę"]}
B["pl"] = {"sex_ad": ["Cześć, jestem {name}, mam {age} lat, zdjęcia prawdziwe 📷", "Czuła, zadbana, bez pośpiechu 💋", "Przyjmuję w dyskretnym mieszkaniu"],
           "massage": ["Czyste pokoje, prysznic", "Tylko po umówieniu", "Otwarte codziennie"],
           "job_offer": ["Wynagrodzenie {salary} miesięcznie, zakwaterowanie", "Wiza i bilet opłacone przez agencję ✈️", "Bez doświadczenia, 18-26 lat"],
           "other": ["Cena {price} do negocjacji.", "Media wliczone.", "Odbiór osobisty."]}
CUE["pl"] = ["Zadzwoń", "WhatsApp", "Tel.", "Tylko SMS", "📞"]
NOHANDLE["pl"] = ["dodaj mnie na snapie", "zobacz mój instagram", "tylko telegram"]

T["ro"] = {"sex_ad": ["NOUĂ în {city} 🔥 {name} {age}", "💋 {name} româncă dulce – {city}", "Brunetă sexy, doar câteva zile ❤️"],
           "massage": ["Masaj de relaxare {city} 💆", "Salon masaj – fete noi 🌸", "Masaj erotic cu {name}"],
           "job_offer": ["Căutăm ospătărițe pentru străinătate ✈️ bilet plătit", "Angajăm modele – bani rapizi 💰", "Hostess în club – cazare asigurată"],
           "other": ["Vând Dacia Logan 2012 – {city}", "Închiriez cameră", "Vând canapea extensibilă"]}
B["ro"] = {"sex_ad": ["Bună, sunt {name}, am {age} ani, poze reale 📷", "Dulce, curată și fără grabă 💋", "Primesc în apartament discret"],
           "massage": ["Camere curate, duș disponibil", "Doar cu programare", "Deschis zilnic"],
           "job_offer": ["Salariu {salary} pe lună, cazare și masă", "Viza și biletul de avion plătite de firmă ✈️", "Nu e nevoie de experiență, 18-26 ani"],
           "other": ["Preț {price}, negociabil.", "Utilități incluse.", "Ridicare personală."]}
CUE["ro"] = ["Sună-mă", "WhatsApp", "Tel", "Doar SMS", "📞"]
NOHANDLE["ro"] = ["adaugă-mă pe snap", "vezi pagina mea de instagram", "doar telegram"]

T["ru"] = {"sex_ad": ["НОВЕНЬКАЯ в {city} 🔥 {name} {age}", "💋 {name} – нежная и страстная", "Горячая блондинка, только несколько дней ❤️"],
           "massage": ["Расслабляющий массаж {city} 💆", "Эротический массаж от {name}", "Салон массажа – новые девушки 🌸"],
           "job_offer": ["Работа официанткой за границей ✈️ билет оплачен", "Ищем моделей – быстрые деньги 💰", "Хостес в клуб – жильё предоставляется"],
           "other": ["Продаю Hyundai Solaris – {city}", "Сдаю комнату", "Продам диван"]}
B["ru"] = {"sex_ad": ["Привет, я {name}, мне {age}, фото реальные 📷", "Нежная, ухоженная, без спешки 💋", "Апартаменты, полная конфиденциальность"],
           "massage": ["Чистые комнаты, душ", "Только по записи", "Работаем ежедневно"],
           "job_offer": ["Зарплата {salary} в месяц, проживание", "Виза и билеты за счёт агентства ✈️", "Опыт не нужен, 18-25 лет"],
           "other": ["Цена {price}, торг.", "Коммуналка включена.", "Самовывоз."]}
CUE["ru"] = ["Звони", "WhatsApp", "Тел.", "Пиши", "📞"]
NOHANDLE["ru"] = ["пиши в телеграм", "добавляйся в инстаграм", "только telegram"]

T["uk"] = {"sex_ad": ["НОВЕНЬКА у {city} 🔥 {name} {age}", "💋 {name} – ніжна та пристрасна", "Гаряча брюнетка, лише кілька днів ❤️"],
           "massage": ["Розслаблюючий масаж {city} 💆", "Масаж від {name}", "Салон масажу – нові дівчата 🌸"],
           "job_offer": ["Робота офіціанткою за кордоном ✈️ квиток оплачено", "Шукаємо моделей – швидкі гроші 💰", "Хостес у клуб – житло надаємо"],
           "other": ["Продам Skoda Octavia – {city}", "Здаю кімнату", "Продам диван"]}
B["uk"] = {"sex_ad": ["Привіт, я {name}, мені {age}, фото реальні 📷", "Ніжна, доглянута, без поспіху 💋", "Приватні апартаменти"],
           "massage": ["Чисті кімнати, душ", "Тільки за записом", "Працюємо щодня"],
           "job_offer": ["Зарплата {salary} на місяць, проживання", "Віза та квитки за рахунок агенції ✈️", "Досвід не потрібен, 18-25 років"],
           "other": ["Ціна {price}, торг.", "Комуналка включена.", "Самовивіз."]}
CUE["uk"] = ["Дзвони", "WhatsApp", "Тел.", "Пиши", "📞"]
NOHANDLE["uk"] = ["пиши в телеграм", "додавайся в інстаграм", "тільки telegram"]

T["tr"] = {"sex_ad": ["{city}'da YENİ 🔥 {name} {age}", "💋 {name} – sıcak ve samimi", "Rus sarışın kısa süreliğine burada ❤️"],
           "massage": ["Rahatlatıcı masaj {city} 💆", "Masaj salonu – yeni terapistler 🌸", "{name} ile Thai masaj"],
           "job_offer": ["Yurt dışında garson kız aranıyor ✈️ bilet ücretsiz", "Model aranıyor – hızlı para 💰", "Kulüp için hostes – konaklama dahil"],
           "other": ["Satılık Fiat Egea – {city}", "Kiralık oda", "Satılık koltuk takımı"]}
B["tr"] = {"sex_ad": ["Merhaba, ben {name}, {age} yaşındayım, fotolar gerçek 📷", "Sıcak, temiz ve acelesiz 💋", "Kendi evimde görüşüyorum"],
           "massage": ["Temiz odalar, duş mevcut", "Sadece randevu ile", "Her gün açık"],
           "job_offer": ["Maaş aylık {salary}, konaklama dahil", "Vize ve uçak bileti ajanstan ✈️", "Tecrübe gerekmez, 18-25 yaş"],
           "other": ["Fiyat {price}, pazarlık olur.", "Faturalar dahil.", "Elden teslim."]}
CUE["tr"] = ["Ara", "WhatsApp", "Tel", "Sadece mesaj", "📞"]
NOHANDLE["tr"] = ["snap'ten ekle", "instagram sayfama bak", "sadece telegram"]

T["id"] = {"sex_ad": ["BARU di {city} 🔥 {name} {age}", "💋 {name} – manis dan ramah", "Cewek cantik open BO ❤️ {city}"],
           "massage": ["Pijat relaksasi {city} 💆", "Spa & pijat – terapis baru 🌸", "Pijat tradisional oleh {name}"],
           "job_offer": ["Lowongan pelayan restoran di luar negeri ✈️ tiket gratis", "Dicari model – gaji besar 💰", "Kerja di Malaysia – mess disediakan"],
           "other": ["Dijual Honda Jazz 2012 – {city}", "Kamar kos disewakan", "Dijual sofa bekas"]}
B["id"] = {"sex_ad": ["Hai, aku {name}, umur {age}, foto asli 📷", "Manis, bersih, tidak buru-buru 💋", "Bisa ke hotel"],
           "massage": ["Kamar bersih, ada shower", "Harus janji dulu", "Buka setiap hari"],
           "job_offer": ["Gaji {salary} per bulan, mess dan makan", "Visa dan tiket pesawat ditanggung agen ✈️", "Tanpa pengalaman, usia 18-25"],
           "other": ["Harga {price}, nego.", "Sudah termasuk listrik.", "Ambil sendiri."]}
CUE["id"] = ["Hubungi", "WA", "Telp", "SMS saja", "📞"]
NOHANDLE["id"] = ["follow instagram kami", "add snap aku", "telegram saja"]

T["vi"] = {"sex_ad": ["MỚI ở {city} 🔥 {name} {age}", "💋 {name} – dễ thương, chiều khách", "Em gái xinh mới sang ❤️"],
           "massage": ["Massage thư giãn {city} 💆", "Tiệm massage – nhân viên mới 🌸", "Massage body với {name}"],
           "job_offer": ["Tuyển nữ phục vụ nhà hàng ở nước ngoài ✈️ bao vé", "Tuyển người mẫu – thu nhập cao 💰", "Việc làm ở {city} – bao ăn ở"],
           "other": ["Bán xe Honda Vision – {city}", "Cho thuê phòng", "Bán ghế sofa cũ"]}
B["vi"] = {"sex_ad": ["Chào anh, em là {name}, {age} tuổi, ảnh thật 📷", "Ngọt ngào, sạch sẽ, không vội 💋", "Có phòng riêng"],
           "massage": ["Phòng sạch, có tắm", "Chỉ nhận hẹn trước", "Mở cửa hàng ngày"],
           "job_offer": ["Lương {salary} mỗi tháng, bao ăn ở", "Visa và vé máy bay công ty lo ✈️", "Không cần kinh nghiệm, 18-25 tuổi"],
           "other": ["Giá {price}, có thương lượng.", "Đã bao điện nước.", "Tự đến lấy."]}
CUE["vi"] = ["Gọi em", "Zalo/WhatsApp", "ĐT", "Nhắn tin", "📞"]
NOHANDLE["vi"] = ["kết bạn facebook của em", "xem trang instagram", "chỉ telegram"]

T["th"] = {"sex_ad": ["น้องใหม่ {city} 🔥 {name} {age}", "💋 {name} น่ารัก เอาใจเก่ง", "สาวสวยรับงาน ❤️ {city}"],
           "massage": ["นวดผ่อนคลาย {city} 💆", "ร้านนวด พนักงานใหม่ 🌸", "นวดน้ำมันโดย {name}"],
           "job_offer": ["รับสมัครพนักงานเสิร์ฟต่างประเทศ ✈️ ออกค่าตั๋วให้", "รับสมัครนางแบบ รายได้ดี 💰", "งานโฮสเตส มีที่พัก"],
           "other": ["ขายรถ Toyota Vios – {city}", "ห้องให้เช่า", "ขายโซฟามือสอง"]}
B["th"] = {"sex_ad": ["สวัสดีค่ะ {name} อายุ {age} รูปจริง 📷", "น่ารัก สะอาด ไม่รีบ 💋", "มีห้องส่วนตัว"],
           "massage": ["ห้องสะอาด มีห้องอาบน้ำ", "นัดล่วงหน้าเท่านั้น", "เปิดทุกวัน"],
           "job_offer": ["เงินเดือน {salary} มีที่พักและอาหาร", "บริษัทออกค่าวีซ่าและตั๋วเครื่องบิน ✈️", "ไม่ต้องมีประสบการณ์ อายุ 18-25"],
           "other": ["ราคา {price} ต่อรองได้", "รวมค่าน้ำค่าไฟ", "รับเองเท่านั้น"]}
CUE["th"] = ["โทร", "ไลน์/WhatsApp", "ติดต่อ", "📞"]
NOHANDLE["th"] = ["แอดเฟสบุ๊คได้", "ดูรูปในไอจี instagram", "telegram เท่านั้น"]

T["tl"] = {"sex_ad": ["BAGO sa {city} 🔥 {name} {age}", "💋 {name} – sweet at malambing", "Pinay available ngayon ❤️"],
           "massage": ["Home service massage {city} 💆", "Spa – bagong therapist 🌸", "Hilot at massage ni {name}"],
           "job_offer": ["HIRING: waitress sa abroad ✈️ libre ticket", "Naghahanap ng models – malaking kita 💰", "Trabaho sa Dubai – may libreng tirahan"],
           "other": ["For sale Toyota Vios – {city}", "Room for rent, bedspace", "Binebenta ang sofa"]}
B["tl"] = {"sex_ad": ["Hi po, ako si {name}, {age} years old, real pics 📷", "Malambing, malinis, walang madalian 💋", "May sariling place"],
           "massage": ["Malinis ang kwarto, may shower", "By appointment lang", "Bukas araw-araw"],
           "job_offer": ["Sahod {salary} kada buwan, libre tirahan", "Sagot ng agency ang visa at ticket ✈️", "Walang experience ok lang, 18-25"],
           "other": ["Presyo {price}, negotiable.", "Kasama na kuryente at tubig.", "Pick up lang."]}
CUE["tl"] = ["Tawag", "Text lang", "WhatsApp", "Contact", "📞"]
NOHANDLE["tl"] = ["pm sa facebook page namin", "add mo ako sa snap", "telegram lang"]

T["ar"] = {"sex_ad": ["جديدة في {city} 🔥 {name} {age}", "💋 {name} ناعمة ورومانسية", "فتاة جميلة متوفرة الآن ❤️"],
           "massage": ["مساج استرخاء {city} 💆", "مركز مساج – معالجات جدد 🌸", "مساج مع {name}"],
           "job_offer": ["مطلوب نادلات للعمل في الخارج ✈️ التذكرة مدفوعة", "مطلوب عارضات – دخل عالي 💰", "مطلوب مضيفات – السكن مجاني"],
           "other": ["للبيع تويوتا كامري – {city}", "غرفة للإيجار", "للبيع كنبة مستعملة"]}
B["ar"] = {"sex_ad": ["مرحبا، أنا {name}، عمري {age}، صور حقيقية 📷", "ناعمة ونظيفة وبدون استعجال 💋", "شقة خاصة وهادئة"],
           "massage": ["غرف نظيفة مع دش", "بموعد مسبق فقط", "مفتوح يومياً"],
           "job_offer": ["راتب {salary} شهرياً مع السكن", "الفيزا وتذكرة الطيران على الوكالة ✈️", "لا يشترط الخبرة، العمر 18-25"],
           "other": ["السعر {price} قابل للتفاوض.", "شامل الكهرباء والماء.", "الاستلام من الموقع."]}
CUE["ar"] = ["اتصل", "واتساب", "للتواصل", "📞"]
NOHANDLE["ar"] = ["تابعونا على انستقرام", "سناب شات فقط للمتابعة", "تيليجرام فقط"]

# a platform cue followed by ordinary words: never a handle
CUE_COMMONWORD = ["Snap: ask me 😉", "Insta: private, ask for it", "Telegram: same number", "WhatsApp: same number ☝️",
                  "IG: coming soon", "Snapchat - on request", "OF: link in bio", "TG: yes 👍", "Snap? yes babe",
                  "Telegram @ same as phone", "Insta: no", "Kik / snap: ask"]

DOTTED_SHOUT = ["CALL.ME", "NO.RUSH", "TEXT.ONLY", "100%.REAL", "INCALL.OUTCALL", "NEW.GIRL", "REAL.PICS", "NO.GAMES",
                "SERIOUS.ONLY", "VIP.SERVICE", "OPEN.MINDED", "24.7", "NO.BLOCKED.NUMBERS"]
DECOR = ["🔥", "💋", "❤️", "✨", "🌹", "😘", "💦", "🥂", "💎", "🍑", "😈", "💯", "🌸", "⭐"]

WEAK_EMOJI = {"snapchat": ["👻", "👻:"], "telegram": ["✈️", "✈"], "instagram": ["📸"]}
PLAT_WORDS = {"instagram": ["IG", "Insta", "Instagram", "ig"], "snapchat": ["Snap", "SC", "snapchat", "Snapchat"],
              "telegram": ["Telegram", "TG", "telegram"], "onlyfans": ["OF", "OnlyFans", "onlyfans"],
              "twitter": ["Twitter", "X"], "tiktok": ["TikTok", "tiktok"], "facebook": ["FB", "Facebook"]}
PROFILE_FMT = {"instagram": "instagram.com/{v}", "telegram": "t.me/{v}", "onlyfans": "onlyfans.com/{v}",
               "twitter": "x.com/{v}", "tiktok": "tiktok.com/@{v}", "facebook": "facebook.com/{v}"}


# ---------------------------------------------------------------- numbers

def load_pool(split):
    d = json.loads(pool_path().read_text(encoding="utf-8"))
    out = {}
    for cc, nums in d["pool"].items():
        # dev: positions 0,1 mod 5 (40%), heldout: 2,3,4 mod 5 (60%) -- the splits are 200 and 300 ads
        out[cc] = [n for i, n in enumerate(nums) if (i % 5 >= 2) == bool(split)]
    return out


def nat_digits(n):
    return re.sub(r"\D", "", n["national"])


def regroup(digits, rng, sep):
    sizes = rng.choice([(3, 3, 4), (4, 3, 3), (2, 2, 2, 2, 2), (3, 4), (4, 4), (3, 3, 3)])
    parts, i = [], 0
    for s in sizes:
        if i >= len(digits):
            break
        parts.append(digits[i:i + s])
        i += s
    if i < len(digits):
        parts[-1] += digits[i:]
    return sep.join(p for p in parts if p)


def render_phone(n, lang, country, rng, style):
    """Return (surface, style, tag) for pool entry n."""
    nd = nat_digits(n)
    e = n["e164"]
    if style == "national":
        return n["national"]
    if style == "intl":
        return n["international"]
    if style == "e164":
        return e
    if style == "intl00":
        return "00" + n["international"][1:]
    if style in ("spaced", "dotted", "dashed"):
        return regroup(nd, rng, {"spaced": " ", "dotted": ".", "dashed": "-"}[style])
    if style == "split_lines":
        parts = re.split(r"(?<=\d)[ \-](?=\d)", n["national"])
        if len(parts) < 2:
            cut = len(nd) // 2
            return nd[:cut] + "\n" + nd[cut:]
        cut = max(1, len(parts) // 2)
        return " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
    if style == "words":
        return " ".join(DIGIT_WORDS[lang][int(c)] for c in nd)
    if style == "mixed_words":
        out = []
        for i, c in enumerate(nd):
            out.append(DIGIT_WORDS[lang][int(c)] if i % 3 == 1 else c)
        return " ".join(out)
    if style == "lookalike":
        src = n["national"]
        return src.replace("0", "O").replace("1", "l")
    if style == "keycap":
        return "".join(KEYCAP[c] for c in nd)
    if style == "native_digits":
        table = ARABIC_INDIC if lang == "ar" else THAI_DIGITS
        return "".join(table[int(c)] if c.isdigit() else c for c in n["national"])
    if style == "wa_link":
        return rng.choice(["wa.me/", "https://wa.me/"]) + e[1:]
    raise ValueError(style)


def pick_phone_style(rng, lang, n):
    opts = [("national", 30), ("intl", 18), ("e164", 5), ("intl00", 4), ("spaced", 7), ("dotted", 6), ("dashed", 5),
            ("split_lines", 4), ("words", 5), ("mixed_words", 4), ("lookalike", 5), ("keycap", 4), ("wa_link", 6)]
    if lang in ("ar", "th"):
        opts.append(("native_digits", 70))
    if lang in ("ro", "ru", "uk", "id", "vi"):  # foreign numbers: mostly international
        opts = [(s, w * 3 if s in ("intl", "e164", "intl00", "wa_link") else w) for s, w in opts]
    if n["e164"].startswith("+54"):  # Argentine mobile: keep to the written forms
        opts = [(s, w) for s, w in opts if s in ("national", "intl", "e164", "wa_link")]
    nd = nat_digits(n)
    if not any(c in n["national"] for c in "01"):
        opts = [(s, w) for s, w in opts if s != "lookalike"]
    styles = [s for s, _ in opts]
    weights = [w for _, w in opts]
    return rng.choices(styles, weights)[0]


# ---------------------------------------------------------------- decoys

PRICE_MULT = {"NG": 400, "KE": 60, "PH": 25, "TH": 15, "JP": 90, "KR": 900, "TR": 20, "MA": 6, "SN": 400, "AE": 3,
              "SA": 3, "MY": 3, "PL": 4, "BR": 4, "MX": 12, "CO": 2500, "AR": 700, "ZA": 12, "SG": 1.3}
CAR_WORDS = ("Toyota", "Honda", "Seat", "Gol", "Clio", "Fiat", "VW", "Opel", "Dacia", "Hyundai", "Skoda", "Vios",
             "Camry", "تويوتا", "xe")


def money(cur, country, amount):
    v = amount * PRICE_MULT.get(country, 1)
    v = int(round(v, -2)) if v >= 1000 else int(round(v, -1))
    return f"{cur}{v:,}" if v >= 10000 else f"{cur}{v}"


def decoys(rng, kind, country, age, title, salary):
    cur = CURRENCY[country]
    out = []
    pool = {"sex_ad": ["post", "date", "time", "time", "ref"], "massage": ["post", "time", "time", "zip", "date"],
            "job_offer": ["post", "date", "ref", "bank", "order"], "other": ["post", "date", "zip", "ref", "order"]}[kind]
    for k in sorted(set(rng.sample(pool, rng.randint(1, 2))), key=pool.index):
        if k == "post":
            out.append((rng.choice(["Post ID: ", "ID: ", "Ad #", "Anzeige-Nr. " if country == "DE" else "Ad no. "])
                        + str(rng.randint(10000000, 99999999)), "decoy_post_id"))
        elif k == "date":
            out.append((rng.choice(["📅 ", "Posted ", "", "Available from "]) +
                        rng.choice([f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                    f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026"]), "decoy_date"))
        elif k == "time":
            out.append((rng.choice(["⏰ ", "Open ", "", "🕙 "]) + f"{rng.randint(8, 12)}:00 - {rng.randint(20, 23)}:"
                        f"{rng.choice(['00', '30'])}", "decoy_time"))
        elif k == "zip":
            out.append((f"{rng.choice(['ZIP', 'CP', 'PLZ', 'Postcode', 'CEP'])} {rng.randint(10000, 99899)}", "decoy_zip"))
        elif k == "order":
            out.append((f"Order No. {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", "decoy_order"))
        elif k == "bank":
            out.append((f"Registration fee {money(cur, country, 150)} to IBAN XX{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                        "decoy_bank"))
        else:
            out.append((f"Ref #{rng.randint(100000, 999999)}", "decoy_ref"))
    if kind == "sex_ad":
        h = rng.randint(152, 181)
        meas = rng.choice([f"{rng.choice([85, 88, 90, 95])}-{rng.choice([58, 60, 62])}-{rng.choice([88, 90, 92])}",
                           f"{rng.choice([32, 34, 36])}{rng.choice('BCD')}-{rng.choice([24, 25, 26])}-{rng.choice([34, 36, 38])}"])
        out.append((rng.choice([f"{age} y.o. | {h}cm | {rng.randint(45, 62)}kg | {meas}", f"{age}yo {h}cm {meas}",
                                f"Age {age} • {h} cm • {meas}"]), "decoy_age_height_measurements"))
        p = rng.choice([80, 100, 120, 150, 200])
        out.append((f"💰 30min {money(cur, country, p)} / 1h {money(cur, country, p * 2 - 20)} / overnight "
                    f"{money(cur, country, p * 8)}", "price_list"))
    elif kind == "massage":
        p = rng.choice([50, 60, 70, 80])
        out.append((f"60 min {money(cur, country, p)} | 90 min {money(cur, country, p + 30)} | 4 hands "
                    f"{money(cur, country, p * 2)}", "price_list"))
    elif kind == "job_offer":
        out.append((f"💵 {salary} / month, "
                    f"{rng.choice([6, 12, 24])} month contract, age 18-{rng.choice([25, 27, 30])}", "decoy_salary"))
    elif any(w in title for w in CAR_WORDS):
        out.append((f"{money(cur, country, rng.choice([3500, 4900, 6900, 8200]))} · {rng.choice([2009, 2011, 2013, 2015])}"
                    f" · {rng.randint(40, 210)},{rng.randint(100, 999)} km", "decoy_price_year_km"))
    else:
        out.append((f"{money(cur, country, rng.choice([150, 300, 450, 650]))} · {rng.randint(9, 40)} m² · "
                    f"available {rng.randint(1, 28)}/{rng.randint(1, 12)}", "decoy_price_area_date"))
    return out


# ---------------------------------------------------------------- generator

class Gen:
    def __init__(self, seed, split):
        self.rng = random.Random(seed)
        self.split = split
        self.pool = load_pool(split)
        for cc in self.pool:
            self.rng.shuffle(self.pool[cc])
        self.names = half(NAMES, split)
        self.hwords = half(HANDLE_WORDS, split)
        self.cwords = half(COMMON_WORD_HANDLES, split)
        self.sites_by = {k: half(v, split) for k, v in SITE_WORDS.items()}
        self.sites = [w for v in self.sites_by.values() for w in v]
        self.email_dom = {k: half(v, split) for k, v in EMAIL_DOMAIN_BY_LANG.items()}
        self.email_default = half(EMAIL_DOMAIN_DEFAULT, split)
        self.used_handles = set()
        self.used_sites = set()
        self.used_emails = set()
        self.used_phones = set()

    # --- selectors
    def phone(self, country):
        lst = self.pool[country]
        n = lst.pop()
        self.used_phones.add(n["e164"])
        return n

    def handle_value(self, platform):
        rng = self.rng
        for _ in range(100):
            root = rng.choice(self.names).lower()
            w = rng.choice(self.hwords)
            pat = rng.randint(0, 5)
            y = rng.randint(90, 99) if rng.random() < 0.5 else rng.randint(1, 99)
            if pat == 0:
                v = f"{root}_{w}{y}"
            elif pat == 1:
                v = f"{root}.{w}" if platform not in ("telegram", "twitter") else f"{root}_{w}"
            elif pat == 2:
                v = f"x{root}x{y}"
            elif pat == 3:
                v = f"{w}_{root}_{y}"
            elif pat == 4:
                v = f"the.{root}.{w}" if platform not in ("telegram", "twitter") else f"the_{root}{y}"
            else:
                v = f"{root}{w}{y}"
            if platform == "twitter":
                v = v[:15]
            if v not in self.used_handles:
                self.used_handles.add(v)
                return v
        raise RuntimeError("handle bank exhausted")

    def site(self, lang, kind):
        rng = self.rng
        for _ in range(200):
            w = rng.choice(self.sites_by[SITE_GROUP[kind]])
            suf = rng.choice(half(URL_SUFFIX[lang], self.split) if len(URL_SUFFIX[lang]) >= 4 else URL_SUFFIX[lang])
            d = w + suf
            if d not in self.used_sites:
                self.used_sites.add(d)
                return d
        w = rng.choice(self.sites) + str(rng.randint(2, 99))
        d = w + URL_SUFFIX[lang][0]
        self.used_sites.add(d)
        return d

    def email(self, lang, name):
        rng = self.rng
        doms = self.email_dom.get(lang, self.email_default)
        for _ in range(100):
            local = rng.choice([f"{name.lower()}.{rng.choice(self.hwords)}{rng.randint(1, 99)}",
                                f"{name.lower()}{rng.randint(1990, 2006)}",
                                f"{rng.choice(self.hwords)}_{name.lower()}",
                                f"info.{rng.choice(self.sites).replace('-', '')}"])
            dom = rng.choice(doms + self.email_default[:1])
            e = f"{local}@{dom}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        raise RuntimeError

    # --- ad
    def ad(self, idx, kind, lang):
        rng = self.rng
        tags = set()
        ev = []  # evidence: (label_kind, label, surface, rule, extra)
        # countries whose share of the pool is not used up (each split holds 24 numbers per country)
        cands = [c for c in LANG_COUNTRIES[lang] if len(self.pool[c]) >= 3]
        country = rng.choice(cands or [c for c in LANG_COUNTRIES["en"] if len(self.pool[c]) >= 3])
        city = rng.choice(half(CITIES[country], self.split))
        name = rng.choice(self.names)
        cur = CURRENCY[country]
        fill = dict(name=name, city=city, age=rng.randint(19, 29),
                    price=money(cur, country, rng.choice([450, 900, 2800, 5200, 7400])),
                    salary=money(cur, country, rng.choice([2000, 2800, 3500, 4200, 6000])))
        title = rng.choice(half(T[lang][kind], self.split)).format(**fill)
        bodies = half(B[lang][kind], self.split)
        k = min(len(bodies), rng.randint(1, 3))
        lines = [b.format(**fill) for b in rng.sample(bodies, k)]
        if city not in title and not any(city in l for l in lines):
            lines.append(rng.choice(["📍 ", "Location: ", "", "📌 "]) + city)
        for text, tag in decoys(rng, kind, country, fill["age"], title, fill["salary"]):
            lines.append(text)
            tags.add(tag)
        if kind in ("sex_ad", "massage") and rng.random() < 0.5:
            lines.append(" ".join(rng.sample(DOTTED_SHOUT, rng.randint(1, 3))))
            tags.add("dotted_shouting")
        if rng.random() < 0.35:
            i = rng.randrange(len(lines))
            lines[i] = lines[i].upper()
            tags.add("all_caps")
        if rng.random() < 0.25:
            lines.append(rng.choice(NOHANDLE[lang] + NOHANDLE["en"][:3]))
            tags.add("platform_word_nohandle")
        if kind in ("sex_ad", "massage") and rng.random() < 0.12:
            lines.append(rng.choice(half(CUE_COMMONWORD, self.split)))
            tags.add("platform_cue_commonword")
        if rng.random() < 0.5:
            lines.insert(rng.randrange(len(lines) + 1), "".join(rng.choice(DECOR) for _ in range(rng.randint(2, 5))))
            tags.add("emoji_heavy")
        if "📷" in " ".join(lines) or "👻 wasting" in " ".join(lines):
            tags.add("decoy_decoration_emoji")

        # selectors
        contact = []
        r = rng.random()
        no_sel = r < 0.06
        phones, handles, urls, emails = [], [], [], []
        if not no_sel:
            nph = 0 if rng.random() < 0.07 else (2 if rng.random() < 0.1 else 1)
            for j in range(nph):
                c2 = country
                if j == 1 and lang in ("ro", "ru", "uk", "vi", "ar") and rng.random() < 0.5:
                    c2 = rng.choice([c for c in LANG_COUNTRIES[lang] if self.pool[c]])  # migrant ads: home-country or second-country line
                n = self.phone(c2)
                if c2 != country and lang not in ("ro", "ru", "uk", "id", "vi"):
                    st = rng.choice(["intl", "e164", "wa_link"])
                else:
                    st = pick_phone_style(rng, lang, n)
                if st in ("national", "spaced", "dotted", "dashed", "split_lines", "words", "mixed_words",
                          "lookalike", "keycap", "native_digits") and c2 != country:
                    st = "intl"
                surf = render_phone(n, lang, c2, rng, st)
                tags.add("phone_" + st)
                phones.append(n["e164"])
                ev.append(("phones", n["e164"], surf, st, n))
                if st == "wa_link":
                    u = surf
                    urls.append(u)
                    ev.append(("urls", u, surf, "plain", None))
                    tags.add("url_profile")
                    contact.append(rng.choice(["WhatsApp 👉 ", "💬 ", "", "Chat: "]) + surf)
                else:
                    cue = rng.choice(CUE[lang])
                    contact.append(f"{cue} {surf}" if rng.random() < 0.85 else surf)
                if rng.random() < 0.08 and st not in ("wa_link",):
                    st2 = "intl" if st != "intl" else "national"
                    if c2 == country:
                        s2 = render_phone(n, lang, c2, rng, st2)
                        contact.append(rng.choice(CUE[lang]) + " " + s2)
                        ev.append(("phones", n["e164"], s2, st2, n))
                        tags.add("phone_repeated")
            if nph == 2:
                tags.add("multi_phone")
            if nph == 0:
                tags.add("no_phone")
            # handles
            if rng.random() < 0.38:
                for _ in range(1 if rng.random() < 0.8 else 2):
                    self._handle(lang, contact, handles, urls, ev, tags)
            # urls
            if rng.random() < (0.18 if kind != "other" else 0.1):
                d = self.site(lang, kind)
                path = rng.choice(URL_PATHS).format(n=rng.randint(100, 99999), name=name.lower())
                if rng.random() < 0.3:
                    path = ""
                style = rng.choice(["bare", "bare", "www", "https", "https_www", "http", "dot_word", "bracket_dot",
                                    "paren_dot"])
                plain = d + path
                if style == "bare":
                    surf, lab = plain, plain
                elif style == "www":
                    surf = lab = "www." + plain
                elif style == "https":
                    surf = lab = "https://" + plain
                elif style == "https_www":
                    surf = lab = "https://www." + plain
                elif style == "http":
                    surf = lab = "http://" + plain
                else:
                    lab = plain
                    host, _, rest = plain.partition("/")
                    rep = {"dot_word": " dot ", "bracket_dot": "[.]", "paren_dot": "(.)"}[style]
                    surf = host.replace(".", rep) + ("/" + rest if rest else "")
                    if style == "dot_word":
                        surf = host.replace(".", rep)  # people who write "dot" drop the path
                        lab = host
                urls.append(lab)
                ev.append(("urls", lab, surf, style, None))
                tags.add("url_" + style)
                contact.append(rng.choice({"job_offer": ["Apply: ", "🌐 ", "Details: ", ""], "other": ["More photos: ", "🌐 ", ""]}
                                          .get(kind, ["🌐 ", "More pics: ", "Site: ", "👉 ", ""])) + surf)
            # emails
            if rng.random() < (0.09 if kind in ("sex_ad", "massage") else 0.22):
                e = self.email(lang, name)
                style = rng.choice(["plain", "plain", "at_word", "paren_at", "bracket_at", "spaced_at", "spelled"])
                loc, dom = e.split("@")
                atw, dotw = OBF[lang]
                if style == "plain":
                    surf = e
                elif style == "at_word":
                    surf = f"{loc} {atw} {dom}"
                elif style == "paren_at":
                    surf = f"{loc}(at){dom}"
                elif style == "bracket_at":
                    surf = f"{loc} [at] {dom}"
                elif style == "spaced_at":
                    surf = f"{loc} @ {dom}"
                else:
                    surf = f"{loc} {atw} {dom.replace('.', ' ' + dotw + ' ')}"
                emails.append(e)
                ev.append(("emails", e, surf, style, lang))
                tags.add("email_" + style)
                contact.append(rng.choice(["✉️ ", "Email: ", "E-mail: ", "📧 ", "CV: ", ""]) + surf)
        if not (phones or handles or urls or emails):
            tags.add("no_selector")
        if handles == [] and "platform_word_nohandle" in tags:
            tags.add("platform_word_only")
        rng.shuffle(contact)
        if contact and rng.random() < 0.1:
            title = title + " " + contact.pop(0).replace("\n", " ")
            # a split_lines phone in a title is no longer split; fix evidence surfaces
            for i, (k_, lab, s, st, x) in enumerate(ev):
                if "\n" in s and s.replace("\n", " ") in title:
                    ev[i] = (k_, lab, s.replace("\n", " "), st, x)
            tags.add("selector_in_title")
        body_lines = lines + contact
        body = "\n".join(body_lines)
        labels = {"handles": handles, "urls": sorted(set(urls)), "emails": sorted(set(emails)),
                  "phones": sorted(set(phones)), "post_type": None, "indicators": []}
        ad = {"id": f"sel6-{'dh'[self.split]}-{idx:04d}", "title": title, "body": body, "lang": lang, "kind": kind,
              "labels": labels, "tags": sorted(tags)}
        return ad, ev

    def _handle(self, lang, contact, handles, urls, ev, tags):
        rng = self.rng
        cue_type = rng.choices(["at_platform", "colon", "dash", "profile_url", "weak_emoji", "weak_word",
                                "commonword_strong"], [20, 20, 8, 18, 14, 12, 6])[0]
        if cue_type == "weak_emoji":
            plat = rng.choice(list(WEAK_EMOJI))
        elif cue_type == "profile_url":
            plat = rng.choice(list(PROFILE_FMT))
        else:
            plat = rng.choice(["instagram", "instagram", "snapchat", "snapchat", "telegram", "onlyfans", "twitter",
                               "tiktok"])
        if cue_type == "commonword_strong":
            v = rng.choice(self.cwords)
            if any(h["value"] == v for h in handles):
                return
        else:
            v = self.handle_value(plat)
        pw = rng.choice(PLAT_WORDS[plat])
        if cue_type == "at_platform" or cue_type == "commonword_strong":
            surf = f"{pw} @{v}" if rng.random() < 0.7 else f"{pw}: @{v}"
        elif cue_type == "colon":
            surf = f"{pw}: {v}"
        if cue_type in ("at_platform", "colon") and rng.random() < 0.12:
            surf = surf.upper()
            tags.add("handle_shouted")
        elif cue_type == "dash":
            surf = f"{pw} - {v}"
        elif cue_type == "profile_url":
            u = PROFILE_FMT[plat].format(v=v)
            u = rng.choice(["", "", "https://", "https://www."]) + u
            surf = u
            urls.append(u)
            ev.append(("urls", u, surf, "plain", None))
            tags.add("url_profile")
        elif cue_type == "weak_emoji":
            surf = f"{rng.choice(WEAK_EMOJI[plat])} {v}"
            if not re.search(r"[\d_.]", v):
                v2 = v + "_" + str(rng.randint(10, 99))
                self.used_handles.add(v2)
                surf = surf.replace(v, v2)
                v = v2
        else:  # weak_word: bare platform word + account-looking token
            pw = rng.choice([w for w in PLAT_WORDS[plat] if len(w) > 2] or ["snap"])
            surf = f"{pw.lower()} {v}"
            if not re.search(r"[\d_.]", v):
                v2 = v + "_" + str(rng.randint(10, 99))
                self.used_handles.add(v2)
                surf = surf.replace(v, v2)
                v = v2
        handles.append({"platform": plat, "value": v})
        ev.append(("handles", {"platform": plat, "value": v}, surf, cue_type, None))
        tags.add("handle_" + cue_type)
        contact.append(surf)


def plan(rng, n):
    kinds = rng.choices(["sex_ad", "massage", "job_offer", "other"], [40, 20, 22, 18], k=n)
    others = [l for l in LANG_COUNTRIES if l != "en"]
    n_en = round(n * 0.45)
    langs = ["en"] * n_en + [others[i % len(others)] for i in range(n - n_en)]
    rng.shuffle(langs)
    return list(zip(kinds, langs))


def build(seed, split, n):
    g = Gen(seed, split)
    ads, evs = [], []
    for i, (kind, lang) in enumerate(plan(g.rng, n), 1):
        ad, ev = g.ad(i, kind, lang)
        ads.append(ad)
        evs.append(ev)
    return ads, evs


def dump(ads):
    return "".join(json.dumps(a, ensure_ascii=False, sort_keys=False) + "\n" for a in ads)


def main():
    for name, seed, split, n in (("dev.jsonl", SEED_DEV, 0, N_DEV), ("heldout.jsonl", SEED_HELD, 1, N_HELD)):
        ads, _ = build(seed, split, n)
        (HERE / name).write_text(dump(ads), encoding="utf-8")
        print(f"wrote {name}: {len(ads)} ads")




def summary(ads):
    """Counts per kind, language and tag (printed by `python3 write.py --stats`)."""
    from collections import Counter
    c = {"kind": Counter(a["kind"] for a in ads), "lang": Counter(a["lang"] for a in ads),
         "tags": Counter(t for a in ads for t in a["tags"]),
         "labels": {k: sum(len(a["labels"][k]) for a in ads) for k in ("phones", "handles", "urls", "emails")},
         "ads_with": {k: sum(1 for a in ads if a["labels"][k]) for k in ("phones", "handles", "urls", "emails")}}
    return c


if __name__ == "__main__":
    import sys
    if "--stats" in sys.argv:
        for name, seed, split, n in (("dev", SEED_DEV, 0, N_DEV), ("heldout", SEED_HELD, 1, N_HELD)):
            s = summary(build(seed, split, n)[0])
            print(f"== {name}")
            for k in ("kind", "lang", "tags"):
                print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(s[k].items(), key=lambda x: (-x[1], x[0]))))
            print("labels: " + json.dumps(s["labels"]) + "  ads_with: " + json.dumps(s["ads_with"]))
    else:
        main()
