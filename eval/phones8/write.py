"""Deterministic generator for the phones8 eval set (stdlib only).

python3 write.py          -> (re)writes dev.jsonl and heldout.jsonl
python3 write.py --check  -> exits 1 if the files differ from what this script generates
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["separators", "words", "leftovers", "spoken_intl", "decoys"]
SPLITS = {"dev": ("ph8d", 200, 0, 80801), "heldout": ("ph8h", 400, 1, 80802)}

# ---------------------------------------------------------------- vocab
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
PLUS = {"en": ["plus", "Plus", "PLUS"], "es": ["más", "mas", "Más"], "fr": ["plus", "Plus"],
        "pt": ["mais", "Mais"], "ru": ["плюс", "Плюс"]}
HOMO = {"0": ["oh", "o", "O"], "1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"]}
LEET = {"zero": "zer0", "two": "tw0", "four": "f0ur", "five": "f1ve", "six": "s1x",
        "eight": "e1ght", "nine": "n1ne", "thousand": "th0usand"}

CITIES = {
    "US": ["Houston", "Miami", "Atlanta", "Las Vegas", "Chicago", "Dallas", "Phoenix", "Los Angeles",
           "Brooklyn", "Orlando", "Nashville", "Denver", "Seattle", "San Diego", "Newark", "Charlotte"],
    "CA": ["Toronto", "Vancouver", "Calgary", "Ottawa", "Mississauga"],
    "CAfr": ["Montréal", "Laval", "Gatineau"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Lille"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Curitiba", "Recife"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Cancún", "Tijuana", "Puebla"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
    "CO": ["Bogotá", "Medellín", "Cali", "Cartagena", "Barranquilla"],
    "RU": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"],
    "AE": ["دبي", "أبوظبي", "الشارقة"],
    "SA": ["الرياض", "جدة", "الدمام"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan"],
    "KE": ["Nairobi", "Mombasa", "Kisumu"],
    "GH": ["Accra", "Kumasi", "Tema"],
    "PH": ["Manila", "Cebu City", "Davao", "Quezon City"],
    "IN": ["Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Pune"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
}
DEST = {"AE": ["Dubai", "Abu Dhabi"], "SA": ["Riyadh", "Jeddah"], "GB": ["London", "Birmingham"],
        "DE": ["Berlin", "Munich", "Hamburg"], "IT": ["Milan", "Rome", "Naples"], "CA": ["Toronto", "Vancouver"],
        "ES": ["Madrid", "Barcelona"], "FR": ["Paris", "Lyon"], "RU": ["Moscow"], "BR": ["São Paulo"],
        "MX": ["Cancún"], "AU": ["Sydney"], "PH": ["Manila"], "NG": ["Lagos"], "IN": ["Mumbai"],
        "CO": ["Medellín"], "AR": ["Buenos Aires"], "KE": ["Nairobi"], "GH": ["Accra"], "US": ["New York"]}
LANG_OF = {"US": "en", "CA": "en", "GB": "en", "AU": "en", "NG": "en", "KE": "en", "GH": "en", "PH": "en",
           "IN": "en", "FR": "fr", "ES": "es", "MX": "es", "AR": "es", "CO": "es", "BR": "pt", "RU": "ru",
           "AE": "ar", "SA": "ar"}

NAMES = ["Lexi", "Candy", "Jasmine", "Mia", "Bella", "Roxy", "Destiny", "Kitty", "Honey", "Sasha", "Nikki",
         "Paola", "Valentina", "Camila", "Chloe", "Manon", "Ines", "Juliana", "Bruna", "Larissa", "Natasha",
         "Alina", "Yasmin", "Layla", "Amira", "Tiffany", "Star", "Angel", "Sugar", "Cherry", "Peaches",
         "Diamond", "Ebony", "Luna", "Aaliyah", "Brandi", "Coco", "Daisy", "Gigi", "Jade", "Kiki", "Lola",
         "Misty", "Nova", "Raven", "Skye", "Trinity", "Vivi", "Zara", "Mercedes", "Barbie", "Bambi",
         "Scarlett", "Ruby", "Sienna", "Paris", "Krystal", "Mandy", "Lulu", "Fernanda"]
PET = ["babe", "baby", "daddy", "papi", "honey", "sweetie", "gentlemen", "fellas", "boo", "love", "hun"]
RECRUITERS = ["Mr. Daniel", "Agent Grace", "Mrs. Fatima", "HR Kevin", "Madam Joy", "Mr. Okafor",
              "Ms. Linda", "Coach Ray", "Agent Sam", "Mr. Peter", "Sister Mary", "Mr. Hassan"]
EMO_HOT = ["💋", "🔥", "💦", "🌹", "😘", "🍑", "🍒", "✨", "💕", "💯", "👅", "😍", "🥰", "💎", "👑", "🌸",
           "💃🏻", "😈", "🍭", "🦋", "💗", "🎀"]
EMO_GEN = ["📲", "📞", "☎️", "📱", "💬", "✈️", "💼", "💰", "🏠", "🔑", "✅", "⭐", "👉", "📦", "🚗", "🛋️"]

# ---------------------------------------------------------------- text banks
TITLES = {
    ("en", "escort"): ["{name} {emo} NEW IN TOWN {emo}", "{emo}{emo} {adj} {name} available now {emo}",
                       "Sweet {name} ~ {city} incall/outcall", "{name} is BACK {emo} ask for specials",
                       "{adj} latina {name} {emo}", "{emo} Your new favorite: {name} {emo}",
                       "{city} visiting only 3 days {emo} {name}", "Upscale {adj} companion {name}"],
    ("en", "massage"): ["{adj} body rub by {name} {emo}", "Relaxing massage {city} {emo}",
                        "{name}'s table shower & massage", "Asian spa grand opening {emo}",
                        "{emo} Deep tissue + more with {name}", "Stress relief {emo} new staff"],
    ("en", "job"): ["Hiring now: hotel staff in {dest} {emo}", "{emo} Work abroad - {dest} - visa paid",
                    "URGENT: waitresses/dancers needed in {dest}", "Nanny jobs {dest}, free ticket",
                    "Models wanted for {dest} tour {emo}", "Factory & cleaning jobs in {dest}, accommodation included",
                    "Earn big in {dest}! Flight + housing covered"],
    ("en", "room"): ["Room for rent {city} - utilities incl.", "Cozy room near downtown {city} {emo}",
                     "Female only room to let", "{emo} Private room, move in today",
                     "Shared flat, 1 room free in {city}"],
    ("en", "sale"): ["iPhone for sale, like new {emo}", "Sofa + armchair, must go", "PS5 bundle {emo} {city}",
                     "Mountain bike, barely used", "Designer bag authentic {emo}", "Baby stroller, great shape",
                     "Set of 4 car rims"],
    ("es", "escort"): ["{name} {emo} recién llegada a {city}", "{emo} {name} caliente, 100% real {emo}",
                       "Chica {adj} {name} en {city}", "{name} te espera papi {emo}"],
    ("es", "massage"): ["Masajes relajantes {city} {emo}", "Masaje con final feliz - {name}",
                        "{emo} Masajista {adj} a domicilio"],
    ("es", "job"): ["Trabajo en {dest}: meseras y bailarinas {emo}", "Empleo en el extranjero, viaje pagado",
                    "Se buscan niñeras para {dest}", "{emo} Oportunidad única en {dest}, alojamiento incluido"],
    ("es", "room"): ["Se alquila habitación en {city}", "Cuarto amueblado {emo} cerca del metro",
                     "Habitación para chica, {city}"],
    ("es", "sale"): ["Vendo celular casi nuevo {emo}", "Se vende sillón en buen estado", "Bicicleta en venta {city}",
                     "Vendo consola con 2 mandos"],
    ("fr", "escort"): ["{name} {emo} nouvelle à {city}", "{emo} Belle {name}, disponible ce soir",
                       "{name} coquine {emo} {city}"],
    ("fr", "massage"): ["Massage relaxant à {city} {emo}", "Massage naturiste par {name}", "{emo} Salon de massage, nouvelles hôtesses"],
    ("fr", "job"): ["Emploi à {dest} : hôtesses {emo}", "Travail à l'étranger, billet payé", "Recrutement urgent pour {dest}"],
    ("fr", "room"): ["Chambre à louer {city}", "Colocation {city} {emo}", "Studio meublé, libre de suite"],
    ("fr", "sale"): ["Vends téléphone comme neuf {emo}", "Canapé à vendre", "Vélo de ville, bon état", "Console + jeux à vendre"],
    ("pt", "escort"): ["{name} {emo} novidade em {city}", "{emo} {name} safadinha, fotos reais", "Acompanhante {name} {city}"],
    ("pt", "massage"): ["Massagem relaxante {city} {emo}", "Massagem tântrica com {name}", "{emo} Spa novo, massagistas lindas"],
    ("pt", "job"): ["Emprego em {dest}, passagem paga {emo}", "Vagas para garçonetes em {dest}", "Trabalhe no exterior {emo}"],
    ("pt", "room"): ["Aluga-se quarto em {city}", "Quarto mobiliado {emo}", "Vaga em república, {city}"],
    ("pt", "sale"): ["Vendo celular seminovo {emo}", "Sofá em ótimo estado", "Bicicleta aro 29 à venda"],
    ("ru", "escort"): ["{name} {emo} новенькая в городе {city}", "{emo} {name}, реальные фото", "Досуг {city} {emo}"],
    ("ru", "job"): ["Работа в {dest} {emo} билеты за счёт фирмы", "Требуются официантки в {dest}", "Работа за границей, жильё бесплатно"],
    ("ru", "room"): ["Сдаётся комната {city}", "Комната для девушки {emo}"],
    ("ar", "job"): ["وظائف في {dest} {emo}", "مطلوب عاملات فندق في {dest}", "فرصة عمل بالخارج، التذكرة مجانية"],
    ("ar", "room"): ["غرفة للإيجار في {city}", "سكن مشترك {emo}"],
    ("ar", "sale"): ["للبيع جوال بحالة ممتازة {emo}", "كنبة للبيع", "دراجة للبيع"],
}
ADJ = {"en": ["sexy", "petite", "curvy", "exotic", "ebony", "blonde", "thick", "young", "VIP", "busty", "sweet"],
       "es": ["linda", "rica", "morena", "rubia", "exótica", "jovencita"],
       "fr": ["douce", "jolie", "sensuelle", "exotique"], "pt": ["linda", "gostosa", "morena", "loira"],
       "ru": ["милая"], "ar": ["جميلة"]}
FILL = {
    ("en", "escort"): ["Hey {pet} {emo} I'm {name}, your {adj} girl next door.", "Incall & outcall, clean & discreet {emo}",
                       "Real pics, no games, no law enforcement.", "Come play with me {emo}{emo}", "Ask about my 2 girl special!",
                       "NO RUSH SERVICE {emo} GENTLEMEN ONLY", "Text first, I'm shy {emo}", "Upscale, classy, unforgettable.",
                       "Cars dates ok, hotel ok.", "Don't miss out {pet}, leaving soon!!"],
    ("en", "massage"): ["Full body massage, hot stone, table shower.", "New young staff {emo} walk-ins welcome.",
                        "Clean private rooms, parking in back.", "Relax and forget your stress {emo}", "Couples welcome."],
    ("en", "job"): ["We are hiring girls and boys for hotels, restaurants and clubs.", "No experience needed, free training.",
                    "Passport processing done by agency.", "Salary paid weekly in cash.", "Limited slots, apply fast!",
                    "Our agent will pick you at the airport.", "Send your photo and age to apply.",
                    "Numbers written in words because the site hides phone numbers."],
    ("en", "room"): ["Quiet house, wifi and laundry included.", "No smokers, no pets.", "Close to bus line and shops.",
                     "Deposit required, month to month.", "Shared bathroom and kitchen."],
    ("en", "sale"): ["Works perfectly, no scratches.", "Pickup only, cash or app payment.", "Moving, need gone this week.",
                     "Price firm, no lowballers.", "Comes with original box and charger."],
    ("es", "escort"): ["Hola {pet} {emo} soy {name}, cariñosa y discreta.", "Atiendo en hotel y domicilio.",
                       "Fotos 100% reales, sin engaños {emo}", "Ven a conocerme, no te arrepentirás."],
    ("es", "massage"): ["Masaje relajante con aceites calientes.", "Ambiente limpio y discreto {emo}", "Chicas nuevas cada semana."],
    ("es", "job"): ["Buscamos chicas para hoteles y restaurantes.", "No se necesita experiencia.",
                    "El pasaje y la visa los paga la agencia.", "Pago semanal en efectivo.",
                    "Escribo el número en letras porque la página lo bloquea."],
    ("es", "room"): ["Casa tranquila, wifi incluido.", "No fumadores.", "Cerca del metro y supermercados."],
    ("es", "sale"): ["Funciona perfecto.", "Solo entrega en mano.", "Precio poco negociable."],
    ("fr", "escort"): ["Coucou {pet} {emo} je suis {name}, douce et discrète.", "Reçois et me déplace.", "Photos réelles {emo}"],
    ("fr", "massage"): ["Massage californien, huiles chaudes.", "Cadre propre et discret {emo}", "Nouvelles masseuses."],
    ("fr", "job"): ["Nous recrutons des jeunes femmes pour hôtels et restaurants.", "Aucune expérience requise.",
                    "Billet d'avion et visa payés par l'agence.", "Numéro écrit en lettres car le site le masque."],
    ("fr", "room"): ["Appartement calme, internet inclus.", "Non fumeur.", "Proche métro et commerces."],
    ("fr", "sale"): ["Fonctionne parfaitement.", "À récupérer sur place.", "Prix ferme."],
    ("pt", "escort"): ["Oi {pet} {emo} sou a {name}, carinhosa e discreta.", "Atendo em motel e hotel.", "Fotos reais {emo}"],
    ("pt", "massage"): ["Massagem relaxante com óleos quentes.", "Ambiente limpo e discreto {emo}", "Novas massagistas."],
    ("pt", "job"): ["Contratamos moças para hotéis e restaurantes.", "Não precisa experiência.",
                    "Passagem e visto pagos pela agência.", "Número escrito por extenso porque o site bloqueia."],
    ("pt", "room"): ["Casa tranquila, internet inclusa.", "Não fumantes.", "Perto do metrô."],
    ("pt", "sale"): ["Funcionando perfeitamente.", "Retirada no local.", "Aceito Pix."],
    ("ru", "escort"): ["Привет {emo} я {name}, ласковая и нежная.", "Апартаменты и выезд.", "Фото реальные {emo}"],
    ("ru", "job"): ["Приглашаем девушек на работу в отели и рестораны.", "Опыт не нужен, обучение бесплатно.",
                    "Визу и билет оплачивает агентство."],
    ("ru", "room"): ["Тихая квартира, интернет включён.", "Без вредных привычек.", "Рядом метро."],
    ("ar", "job"): ["نبحث عن فتيات للعمل في الفنادق والمطاعم.", "لا يشترط الخبرة.", "التأشيرة والتذكرة على حساب الشركة."],
    ("ar", "room"): ["شقة هادئة، الإنترنت مشمول.", "لغير المدخنين.", "قريبة من المترو."],
    ("ar", "sale"): ["يعمل بشكل ممتاز.", "الاستلام من الموقع.", "السعر نهائي."],
}
CONTACT = {
    ("en", "hot"): ["Call or text {p} {emo}", "📲 {p} (text only!)", "HMU {p}", "My # {p} no blocked calls",
                    "Text {name} at {p}", "{p} <- new number {emo}", "Txt {p} for more pics", "☎️ {p} ☎️",
                    "Reach me: {p}", "{emo} {p} {emo}", "Booking line {p}, screening required"],
    ("en", "job"): ["WhatsApp our agent {rec}: {p}", "Call {rec} on {p}", "Send CV to WhatsApp {p}",
                    "Apply now: {p} (call/WhatsApp)", "Contact the recruiter {p} today", "Info line: {p}"],
    ("en", "plain"): ["Call {p}", "Text {p} if interested", "Contact {p} after 6pm", "Phone/text: {p}",
                      "{p} - ask for {name}", "Reply by text {p}"],
    ("es", "hot"): ["Llámame o escríbeme {p} {emo}", "WhatsApp {p}", "Mi número {p}", "Solo mensajes {p} {emo}"],
    ("es", "job"): ["WhatsApp del agente {rec}: {p}", "Llama al {p}", "Envía tu CV al {p}", "Informes: {p}"],
    ("es", "plain"): ["Llamar al {p}", "Whats {p}", "Tel. {p}", "Interesados al {p}"],
    ("fr", "hot"): ["Appelle-moi {p} {emo}", "SMS uniquement {p}", "Mon numéro {p}", "WhatsApp {p} {emo}"],
    ("fr", "job"): ["WhatsApp de l'agent {rec} : {p}", "Appelez le {p}", "Envoyez votre CV au {p}"],
    ("fr", "plain"): ["Tél : {p}", "Appeler le {p}", "Contact {p}", "SMS au {p}"],
    ("pt", "hot"): ["Me chama no zap {p} {emo}", "WhatsApp {p}", "Ligue {p}", "Só mensagem {p} {emo}"],
    ("pt", "job"): ["WhatsApp do agente {rec}: {p}", "Ligue {p}", "Mande currículo para {p}"],
    ("pt", "plain"): ["Contato {p}", "Tratar no {p}", "Zap {p}", "Fone {p}"],
    ("ru", "hot"): ["Звони {p} {emo}", "Пиши в WhatsApp {p}", "Мой номер {p}"],
    ("ru", "job"): ["Звоните менеджеру {p}", "WhatsApp агента: {p}", "Резюме на {p}"],
    ("ru", "plain"): ["Тел. {p}", "Звонить {p}", "Контакт {p}"],
    ("ar", "job"): ["للتواصل واتساب {p}", "اتصل بالوكيل {p}", "أرسل سيرتك إلى {p}"],
    ("ar", "plain"): ["للتواصل {p}", "جوال {p}", "اتصل {p}"],
}
CLOSE = {"en": ["Serious inquiries only.", "No time wasters!!", "Thanks for looking {emo}", "God bless.", "First come first served."],
         "es": ["Solo personas serias.", "Gracias {emo}", "No pierdas tu oportunidad."],
         "fr": ["Sérieux uniquement.", "Merci {emo}", "Pas de numéro masqué."],
         "pt": ["Só pessoas sérias.", "Obrigada {emo}", "Não atendo número privado."],
         "ru": ["Только серьёзные предложения.", "Спасибо {emo}"],
         "ar": ["للجادين فقط.", "شكراً {emo}"]}
CITY_LINE = {"en": ["Located in {city}.", "{city} area only", "Based in {city} {emo}", "📍 {city}"],
             "es": ["Estoy en {city}.", "Zona {city}", "📍 {city}"], "fr": ["Je suis sur {city}.", "Secteur {city}", "📍 {city}"],
             "pt": ["Estou em {city}.", "Região de {city}", "📍 {city}"], "ru": ["Город {city}.", "📍 {city}"],
             "ar": ["الموقع: {city}", "📍 {city}"]}

# ---------------------------------------------------------------- decoys
def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


DECOY_CC = {"US": ("US", "$"), "GB": ("GB", "£")}


def decoy(rng, kind, lang, country, cat):
    cat = {"escort": "hot", "massage": "hot"}.get(cat, cat)
    r = rng.randint
    if kind == "price":
        en = {"hot": ["${}/hr".format(r(8, 40) * 10), "{} roses".format(r(10, 40) * 10), "${} hh".format(r(8, 20) * 10),
                      "{} donation".format(r(10, 50) * 10), "${} qv".format(r(6, 15) * 10)],
              "job": ["salary ${:,} monthly".format(r(15, 60) * 100), "${}/day".format(r(8, 30) * 10),
                      "earn {} USD per week".format(r(5, 20) * 100)],
              "room": ["${:,}/mo".format(r(6, 25) * 100), "£{} per week".format(r(9, 30) * 10), "${} deposit".format(r(3, 9) * 100)],
              "sale": ["only ${}".format(r(2, 90) * 10), "${} OBO".format(r(5, 90) * 10), "£{}".format(r(2, 60) * 10)]}[cat]
        opts = {"en": en,
                "es": ["{}€ la hora".format(r(5, 30) * 10), "${:,} MXN".format(r(10, 90) * 100), "{} rosas".format(r(10, 40) * 10),
                       "sueldo {} USD al mes".format(r(10, 40) * 100)],
                "fr": ["{}€/h".format(r(8, 30) * 10), "{} € par mois".format(r(30, 90) * 10), "salaire {} € net".format(r(15, 40) * 100)],
                "pt": ["R$ {}".format(r(10, 80) * 10), "R$ {}.{}00/mês".format(r(1, 5), r(0, 9)), "salário de R$ {}".format(r(20, 90) * 100)],
                "ru": ["{} руб/час".format(r(3, 15) * 1000), "зарплата {} $".format(r(10, 50) * 100)],
                "ar": ["{} درهم".format(r(20, 90) * 100), "الراتب {} ريال".format(r(15, 60) * 100)]}
        return rng.choice(opts[lang])
    if kind == "age":
        n = r(19, 29)
        return rng.choice({"en": ["{} yo", "{}yrs", "age {}", "{} y/o"], "es": ["{} años"], "fr": ["{} ans"],
                           "pt": ["{} anos"], "ru": ["{} лет"], "ar": ["العمر {} سنة"]}[lang]).format(n)
    if kind == "height":
        return rng.choice(["5'{}".format(r(0, 11)), "5ft {}in".format(r(0, 11)), "{}cm".format(r(150, 180)),
                           "1,{} m".format(r(50, 80)), "1.{}m".format(r(50, 80)), "{} cm tall".format(r(155, 178))])
    if kind == "measurements":
        return rng.choice(["{}-{}-{}".format(r(32, 38), r(22, 28), r(34, 40)),
                           "{}{}-{}-{}".format(r(32, 38), rng.choice(["C", "D", "DD"]), r(23, 27), r(35, 39)),
                           "{}-{}-{}".format(r(85, 95), r(58, 66), r(88, 98))])
    if kind == "time":
        return rng.choice(["{}am-{}am".format(r(9, 11), r(1, 4)), "24/7", "{}:00-{}:00".format(r(8, 11), r(19, 23)),
                           "{}h-{}h".format(r(18, 23), r(2, 6)), "from {}pm".format(r(5, 9)), "{}:30pm".format(r(8, 11)),
                           "{}pm till late".format(r(6, 10))])
    if kind == "date":
        y = rng.choice([2024, 2025])
        return rng.choice(["{:02d}/{:02d}/{}".format(r(1, 12), r(1, 28), y), "{:02d}.{:02d}.{}".format(r(1, 28), r(1, 12), y),
                           "{}-{:02d}-{:02d}".format(y, r(1, 12), r(1, 28)), "{}/{}".format(r(1, 12), r(1, 28))])
    if kind == "tracking":
        cc = {"FR": "FR", "ES": "ES", "BR": "BR", "GB": "GB", "US": "US"}.get(country, "CN")
        return rng.choice(["1Z {} {}{} {} {} {}".format(_d(rng, 3), _L(rng, 2), _d(rng, 1), _d(rng, 2), _d(rng, 4), _d(rng, 4)),
                           "{}{}{}".format(rng.choice(["LX", "RR", "CP", "RA", "LZ", "EE", "OA", "UA"]), _d(rng, 9), cc),
                           "9400 1{} {} {} {} {}".format(_d(rng, 3), _d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 2)),
                           "6A{}".format(_d(rng, 11)), "JJD{}".format(_d(rng, 18)),
                           "{} {} {} {}".format(_d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 4))])
    if kind == "order_ref":
        return rng.choice(["Order #{}-{}-{}".format(_d(rng, 4), _d(rng, 4), _d(rng, 4)), "Ref. {}-{}".format(_d(rng, 5), _d(rng, 4)),
                           "INV-{}-{}".format(rng.choice([2024, 2025]), _d(rng, 5)), "booking ref {} {} {}".format(_d(rng, 4), _d(rng, 4), _d(rng, 2)),
                           "nº {}".format(_d(rng, 8)), "ticket {} {}".format(_d(rng, 4), _d(rng, 4)), "case #{}".format(_d(rng, 7))])
    if kind == "postal_code":
        return {"US": "zip {}".format(_d(rng, 5)), "GB": "{}{} {}{}".format(_L(rng, 2), r(1, 20), r(1, 9), _L(rng, 2)),
                "FR": "{}0{:02d}".format(rng.choice(["75", "69", "13", "31"]), r(1, 20)),
                "ES": "C.P. 28{}".format(_d(rng, 3)), "BR": "CEP {}-{}".format(_d(rng, 5), _d(rng, 3)),
                "MX": "C.P. {}".format(_d(rng, 5)), "CA": "{}{}{} {}{}{}".format(_L(rng, 1), r(1, 9), _L(rng, 1), r(1, 9), _L(rng, 1), r(1, 9)),
                "RU": "индекс {}".format(_d(rng, 6))}.get(country, "postcode {}".format(_d(rng, 5)))
    if kind == "iban":
        return rng.choice(["GB{} NWBK {} {} {}".format(_d(rng, 2), _d(rng, 4), _d(rng, 4), _d(rng, 6)),
                           "FR76 {} {} {} {} {} {}".format(*[_d(rng, 4) for _ in range(5)], _d(rng, 3)),
                           "ES{} {} {} {} {} {}".format(_d(rng, 2), *[_d(rng, 4) for _ in range(5)]),
                           "DE{} {} {} {} {} {}".format(_d(rng, 2), *[_d(rng, 4) for _ in range(4)], _d(rng, 2)),
                           "AE{} {} {} {} {} {}".format(_d(rng, 2), *[_d(rng, 4) for _ in range(4)], _d(rng, 3))])
    if kind == "year":
        y = r(2008, 2024)
        return rng.choice({"en": ["since {}", "est. {}", "model {}", "class of {}"], "es": ["desde {}", "modelo {}"],
                           "fr": ["depuis {}", "modèle {}"], "pt": ["desde {}", "ano {}"], "ru": ["с {} года"],
                           "ar": ["منذ {}"]}[lang]).format(y)
    if kind == "count":
        return rng.choice({"en": ["100% real", "{} followers".format(r(2, 99) * 100), "{} bedrooms".format(r(2, 4)),
                                  "{}+ reviews".format(r(1, 9) * 100), "{} units left".format(r(2, 15)), "{} pics".format(r(5, 30))],
                           "es": ["100% real", "{} seguidores".format(r(2, 99) * 100), "{} fotos".format(r(5, 30))],
                           "fr": ["100% réel", "{} abonnés".format(r(2, 99) * 100), "{} photos".format(r(5, 30))],
                           "pt": ["100% real", "{} seguidores".format(r(2, 99) * 100), "{} fotos".format(r(5, 30))],
                           "ru": ["100% реал", "{} подписчиков".format(r(2, 99) * 100)],
                           "ar": ["١٠٠٪ حقيقي", "{} متابع".format(r(2, 99) * 100)]}[lang])
    raise ValueError(kind)


DECOY_WRAP = {
    "price": {"en": ["Price: {v}", "{v}", "Asking {v}", "{v}, no negotiation"], "es": ["Tarifa {v}", "{v}"],
              "fr": ["Tarif {v}", "{v}"], "pt": ["Valor {v}", "{v}"], "ru": ["Цена {v}"], "ar": ["السعر {v}"]},
    "tracking": {"en": ["Shipped tracking {v}", "Tracking no. {v}", "I can ship, last one went out as {v}"],
                 "es": ["Envío con seguimiento {v}", "Nº de seguimiento {v}"], "fr": ["Envoi suivi {v}", "Numéro de suivi : {v}"],
                 "pt": ["Código de rastreio {v}", "Rastreio {v}"], "ru": ["Трек-номер {v}"], "ar": ["رقم التتبع {v}"]},
    "iban": {"en": ["Deposit to IBAN {v}", "Bank: {v}"], "es": ["Fianza al IBAN {v}"], "fr": ["Caution par virement IBAN {v}"],
             "pt": ["Depósito IBAN {v}"], "ru": ["IBAN {v}"], "ar": ["الحساب {v}"]},
    "order_ref": {"en": ["{v}", "quote {v} when you call", "Receipt {v} available"], "es": ["Pedido {v}"],
                  "fr": ["Commande {v}"], "pt": ["Pedido {v}"], "ru": ["Заказ {v}"], "ar": ["رقم الطلب {v}"]},
    "postal_code": {"en": ["{v}", "near {v}"], "es": ["{v}"], "fr": ["{v}"], "pt": ["{v}"], "ru": ["{v}"], "ar": ["{v}"]},
    "date": {"en": ["Available from {v}", "posted {v}", "until {v}"], "es": ["Disponible desde {v}"],
             "fr": ["Libre le {v}"], "pt": ["Disponível a partir de {v}"], "ru": ["С {v}"], "ar": ["متاح من {v}"]},
    "time": {"en": ["Hours {v}", "open {v}", "{v}"], "es": ["Horario {v}"], "fr": ["Horaires {v}"], "pt": ["Horário {v}"],
             "ru": ["Время {v}"], "ar": ["الدوام {v}"]},
}
KINDS_BY_CAT = {"escort": ["price", "age", "height", "measurements", "time", "count", "date"],
                "massage": ["price", "time", "count", "age", "date", "postal_code"],
                "job": ["price", "date", "order_ref", "count", "year", "age", "iban"],
                "room": ["price", "postal_code", "date", "iban", "count", "year", "time"],
                "sale": ["price", "tracking", "order_ref", "year", "postal_code", "count", "date"]}


def decoy_phrase(rng, kind, lang, country, cat):
    v = decoy(rng, kind, lang, country, cat)
    wraps = DECOY_WRAP.get(kind, {}).get(lang, ["{v}"])
    if kind == "price" and lang == "en" and cat in ("escort", "massage"):
        wraps = ["Rates: {v}", "{v} incall", "{v}", "Specials {v}"]
    if kind not in DECOY_WRAP:
        wraps = ["{v}"]
    return rng.choice(wraps).format(v=v)


# ---------------------------------------------------------------- renderers
def groups_nat(e):
    return re.findall(r"\d+", e["national"])


def groups_intl(e):
    return re.findall(r"\d+", e["intl"])


def word(rng, lang, d, caps=False):
    w = WORDS[lang][int(d)]
    if lang == "en" and d == "0" and rng.random() < 0.3:
        w = rng.choice(["oh", "o"])
    return w.upper() if caps else w


def case_style(rng, s):
    k = rng.random()
    if k < 0.6:
        return s
    if k < 0.85:
        return s.upper()
    return s[:1].upper() + s[1:]


def r_sep_every(rng, dial, e, intl):
    digits = "".join(groups_intl(e) if intl else groups_nat(e))
    sep = rng.choice(["@", "!", ";", "'", "•", "*", "~", "|", "_", "#", "^", " . ", "/", ",", " - ", "°", "♡", "💋"])
    s = sep.join(digits)
    return ("+" + s if intl else s), "sep_every_digit"


def r_sep_pairs(rng, dial, e, intl):
    digits = "".join(groups_intl(e) if intl else groups_nat(e))
    chunks, i = [], 0
    size = rng.choice([2, 2, 3, 0])
    while i < len(digits):
        n = size or rng.randint(1, 3)
        chunks.append(digits[i:i + n])
        i += n
    sep = rng.choice([";", "!", ":", "::", "'", " • ", "/", "..", "=", " ~ ", "@", "*"])
    s = sep.join(chunks)
    return ("+" + s if intl else s), "sep_pairs"


def r_sep_mixed(rng, dial, e, intl):
    digits = "".join(groups_intl(e) if intl else groups_nat(e))
    out = [digits[0]]
    for ch in digits[1:]:
        out.append(rng.choice([".", "/", "./", " / ", "-", ".", "/", "", "\\", ". "]))
        out.append(ch)
    if not any(x for x in out[1::2]):
        out[1] = "."
    s = "".join(out)
    return ("+" + s if intl else s), "sep_mixed"


def r_sep_words(rng, dial, e, intl, lang="en"):
    gs = groups_intl(e) if intl else groups_nat(e)
    wl = lang if lang in WORDS else "en"
    parts = []
    for g in gs:
        chars = [word(rng, wl, c) if rng.random() < 0.3 else c for c in g]
        if all(c.isdigit() for c in chars) and len(g) > 1:
            j = rng.randrange(len(g))
            chars[j] = word(rng, wl, g[j])
        parts.append("".join(chars))
    sep = rng.choice([":", "::", ";", "!", "*", "|"])
    s = sep.join(parts)
    if rng.random() < 0.3:
        s = s.replace(sep, sep + sep, 1)
    return ("+" + s if intl else s), "sep_with_words"


def r_homophone(rng, dial, e, intl):
    gs = groups_nat(e)
    out = []
    for g in gs:
        toks = []
        for c in g:
            if c in HOMO and rng.random() < 0.8:
                toks.append(rng.choice(HOMO[c]))
            elif rng.random() < 0.55:
                toks.append(WORDS["en"][int(c)])
            else:
                toks.append(c)
        out.append(rng.choice([" ", "-", " "]).join(toks))
    return rng.choice([", ", " - ", " | ", " "]).join(out), "homophone"


def r_glued(rng, dial, e, intl):
    gs = groups_nat(e)
    out = ["".join(WORDS["en"][int(c)] for c in g) for g in gs]
    s = rng.choice([" ", "-", " ", ".", " / "]).join(out)
    return case_style(rng, s), "number_words_glued"


def r_words_digits(rng, dial, e, intl):
    digits = "".join(groups_nat(e))
    caps = rng.random() < 0.5
    toks = [c for c in digits]
    idx = list(range(len(digits)))
    rng.shuffle(idx)
    for j in idx[: rng.randint(3, max(3, len(digits) // 2))]:
        toks[j] = word(rng, "en", digits[j], caps)
    return "".join(toks), "words_glued_to_digits"


def r_leet(rng, dial, e, intl):
    gs = groups_nat(e)
    out, n = [], 0
    for g in gs:
        toks = []
        for c in g:
            w = WORDS["en"][int(c)]
            if w in LEET and rng.random() < 0.6:
                w, n = LEET[w], n + 1
            toks.append(w)
        out.append(" ".join(toks))
    if n == 0:
        for i, g in enumerate(gs):
            for c in g:
                w = WORDS["en"][int(c)]
                if w in LEET:
                    out[i] = out[i].replace(w, LEET[w], 1)
                    n = 1
                    break
            if n:
                break
    s = rng.choice([", ", " ", " - "]).join(out)
    return (s.upper() if rng.random() < 0.2 else s), "leet_number_words"


def r_multiplier(rng, dial, e, intl):
    gs = groups_nat(e)          # US: [area, exch, line]
    area, exch, line = gs
    def dig_or_words(g):
        return g if rng.random() < 0.5 else " ".join(WORDS["en"][int(c)] for c in g)
    thou = rng.choice(["thousand", "thousand", "th0usand", "THOUSAND"])
    if line.endswith("000"):
        d = line[0]
        last = rng.choice([d, WORDS["en"][int(d)]]) + " " + thou
        return "{} {} {}".format(dig_or_words(area), dig_or_words(exch), last), "multiplier"
    d = exch[0]
    mid = rng.choice([d, WORDS["en"][int(d)]]) + " " + rng.choice(["hundred", "hundred", "HUNDRED"])
    return rng.choice(["{} {} {}", "{}, {}, {}", "{} - {} - {}"]).format(dig_or_words(area), mid, dig_or_words(line)), "multiplier"


def r_letter_o(rng, dial, e, intl):
    gs = groups_nat(e)
    o = rng.choice(["o", "O"])
    s = rng.choice([" ", "-", ".", ""]).join(gs).replace("0", o)
    if rng.random() < 0.3 and len(gs) == 3:
        s = "({}) {}-{}".format(*gs).replace("0", o)
    return s, "letter_o_as_zero"


def r_name_glued(rng, dial, e, intl):
    name = rng.choice(NAMES)
    digits = "".join(groups_nat(e))
    return rng.choice([name, name.upper(), name.lower()]) + digits, "name_glued"


def r_double(rng, dial, e, intl):
    digits = "".join(groups_nat(e))
    toks, i = [], 0
    while i < len(digits):
        c = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == c and run < 3:
            run += 1
        w = WORDS["en"][int(c)] if not (c == "0" and rng.random() < 0.5) else "oh"
        if run == 3:
            toks.append("triple " + w)
        elif run == 2:
            toks.append("double " + w)
        else:
            toks.append(w)
        i += run
    return " ".join(toks), "double_triple"


def r_foreign_words(rng, dial, e, intl, lang):
    gs = groups_nat(e)
    out = [" ".join(WORDS[lang][int(c)] for c in g) for g in gs]
    s = rng.choice([", ", " - ", " / ", "  "]).join(out)
    return case_style(rng, s), "foreign_number_words"


LEFT = {"leftover_unicode_escape": ["\\u2022", " \\u2022 ", "\\u00a0", "\\u200b"],
        "leftover_html_entity": ["&#8226;", "&bull;", "&nbsp;", " &bull; ", "&#183;", "&middot;", "&nbsp;&nbsp;", "&#x2022;"],
        "leftover_html_tag": ["<br>", "<br/>", "<br />", "</span><span>", "<wbr>"]}


def r_leftover(rng, dial, e, intl, kind=None):
    gs = groups_intl(e) if intl else groups_nat(e)
    kind = kind or rng.choice(["leftover_unicode_escape", "leftover_html_entity", "leftover_html_tag", "leftover_mixed"])
    if kind == "leftover_mixed":
        bank = LEFT["leftover_unicode_escape"][:2] + LEFT["leftover_html_entity"][:3] + ["<br>", "<br/>"]
    else:
        bank = LEFT[kind]
    per_digit = rng.random() < 0.35
    units = list("".join(gs)) if per_digit else gs
    if kind == "leftover_mixed":
        seps = [rng.choice(bank) for _ in units[1:]]
    else:
        one = rng.choice(bank)
        seps = [one for _ in units[1:]]
    s = units[0] + "".join(sp + u for sp, u in zip(seps, units[1:]))
    if intl:
        s = rng.choice(["+", "+", "00"]) + s
    return s, kind


def r_spoken(rng, e, wl, mode):
    code = e["code"]
    gs = groups_intl(e)[1:]

    def w(c):
        return word(rng, wl, c)
    if mode == "spoken_double_zero":
        head = " ".join([WORDS[wl][0], WORDS[wl][0]] + [w(c) for c in code])
    elif mode == "spoken_mixed":
        head = rng.choice(PLUS[wl]) + " " + (code if rng.random() < 0.6 else " ".join(w(c) for c in code))
    else:
        head = rng.choice(PLUS[wl]) + " " + " ".join(w(c) for c in code)
    body = []
    for g in gs:
        if mode == "spoken_mixed":
            body.append(" ".join(w(c) if rng.random() < 0.5 else c for c in g))
        else:
            body.append(" ".join(w(c) for c in g))
    if mode == "spoken_mixed":
        if not any(ch.isdigit() for ch in head + "".join(body)):
            body[-1] = gs[-1]
        if all(re.fullmatch(r"[\d ]+", b) for b in body):
            body[0] = " ".join(w(c) for c in gs[0])
    s = head + rng.choice([", ", " ", " - ", "  "]) + rng.choice([", ", " ", " - ", " / "]).join(body)
    return s, mode


def r_plain_nat(rng, e):
    gs = groups_nat(e)
    if e["cc"] in ("US", "CA") and len(gs) == 3:
        a, b, c = gs
        return rng.choice(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}", "{} {} {}", "1-{}-{}-{}", "{}{}{}"]).format(a, b, c), "plain_national"
    return rng.choice([e["national"], " ".join(gs), "".join(gs), "-".join(gs)]), "plain_national"


def r_plain_intl(rng, e):
    gs = groups_intl(e)
    return rng.choice([e["intl"], "+" + "".join(gs), "+" + " ".join(gs), "00" + gs[0] + " " + " ".join(gs[1:]),
                       "+{} ({}) {}".format(gs[0], gs[1], " ".join(gs[2:])) if len(gs) > 2 else e["intl"]]), "plain_intl"


# ---------------------------------------------------------------- post builder
class Pool:
    def __init__(self, pool, parity):
        self.p = {cc: lst[parity::2] for cc, lst in pool.items()}

    def pick(self, rng, cc, pred=None):
        lst = [e for e in self.p[cc] if pred is None or pred(e)]
        return rng.choice(lst) if lst else None


def rfc3339(rng):
    y = rng.choice([2024, 2025])
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    tz = rng.choice(["Z", "Z", "-05:00", "-04:00", "-07:00", "+00:00", "+01:00", "+02:00", "-03:00", "+03:00", "+04:00"])
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}".format(y, mo, d, h, mi, s, tz)


SITES = {"en": ["nightboard.example", "locallistings.example", "cityads.example", "swapmeet.example"],
         "es": ["clasificados-x.example", "anunciosya.example"], "fr": ["petites-annonces.example", "annoncesdu.example"],
         "pt": ["classificados.example", "anuncie.example"], "ru": ["doska.example"], "ar": ["souq-ads.example"]}


def choose_setting(rng, group):
    """Return (region or None, country, lang, category, city-key)."""
    if group == "decoys" and rng.random() < 0.25:
        country = rng.choice(["FR", "ES", "BR", "GB"])
        return country, country, LANG_OF[country], "sale", country, True
    us = rng.random() < (0.56 if group == "spoken_intl" else 0.66)
    if us:
        lang = "es" if rng.random() < 0.12 else "en"
        cat = rng.choice(["job", "job", "escort"]) if group == "spoken_intl" else rng.choice(["escort", "escort", "massage", "job", "room", "sale"])
        return "US", "US", lang, cat, "US", True
    if group == "spoken_intl":
        country = rng.choice(["ES", "MX", "CO", "AR", "FR", "BR", "RU", "GB", "NG", "PH", "KE", "GH", "IN", "AE", "CA"])
    else:
        country = rng.choice(["GB", "FR", "ES", "BR", "MX", "CA", "AR", "CO", "RU", "AE", "SA", "NG", "KE", "GH",
                              "PH", "IN", "AU", "GB", "FR", "ES", "BR"])
    lang = LANG_OF[country]
    ckey = country
    if country == "CA" and rng.random() < 0.35:
        lang, ckey = "fr", "CAfr"
    cats = [c for c in ["escort", "massage", "job", "room", "sale"] if (lang, c) in TITLES]
    if group == "spoken_intl":
        cat = "job" if (lang, "job") in TITLES and rng.random() < 0.8 else rng.choice(cats)
    else:
        cat = rng.choice(cats)
    has_region = rng.random() < 0.5
    return (country if has_region else None), country, lang, cat, ckey, has_region


FOREIGN = ["AE", "SA", "GB", "DE", "IT", "CA", "ES", "FR", "RU", "BR", "MX", "AU", "PH", "NG", "IN", "CO", "AR", "KE", "GH"]


def make_post(rng, pool, group, pid):
    region, country, lang, cat, ckey, has_region = choose_setting(rng, group)
    city = rng.choice(CITIES[ckey])
    name = rng.choice(NAMES)
    hot = cat in ("escort", "massage")
    emos = EMO_HOT if hot else EMO_GEN
    dest_cc = rng.choice(["AE", "SA", "GB", "DE", "IT", "CA", "ES", "FR", "RU"]) if cat == "job" else None
    if dest_cc == country:
        dest_cc = "AE"
    dest = rng.choice(DEST[dest_cc]) if dest_cc else city
    fmt = dict(name=name, city=city, dest=dest, pet=rng.choice(PET), adj=rng.choice(ADJ[lang]),
               rec=rng.choice(RECRUITERS))

    def fill(t):
        d = dict(fmt)
        return re.sub(r"\{emo\}", lambda m: rng.choice(emos), t).format(**d)

    phones = []   # (raw, cls, entry, source)
    natsrc = "record" if has_region else "text"

    def nat_entry(pred=None):
        return pool.pick(rng, country, pred)

    def add(render):
        phones.append(render)

    # ---- primary mentions by group
    if group == "separators":
        for _ in range(rng.choice([1, 1, 1, 2])):
            intl = rng.random() < 0.25
            e = pool.pick(rng, rng.choice(FOREIGN)) if intl and rng.random() < 0.5 else nat_entry()
            fn = rng.choice([r_sep_every, r_sep_pairs, r_sep_mixed, r_sep_words])
            if fn is r_sep_words:
                raw, cls = fn(rng, None, e, intl, lang if lang in WORDS else "en")
            else:
                raw, cls = fn(rng, None, e, intl)
            add((raw, cls, e, "calling_code" if intl else natsrc))
    elif group == "words":
        for _ in range(rng.choice([1, 1, 2])):
            if lang in ("es", "fr", "pt", "ru") and rng.random() < 0.75:
                e = nat_entry()
                raw, cls = r_foreign_words(rng, None, e, False, lang)
            elif lang == "ar":
                e = nat_entry()
                raw, cls = rng.choice([r_letter_o, r_name_glued, r_words_digits, r_glued])(rng, None, e, False)
                if cls == "letter_o_as_zero" and "0" not in e["nat_digits"]:
                    raw, cls = r_name_glued(rng, None, e, False)
            else:
                kind = rng.choice(["homophone", "glued", "words_digits", "leet", "multiplier", "letter_o", "name", "double"])
                if kind == "multiplier" and country != "US":
                    kind = "homophone"
                if kind == "multiplier":
                    e = nat_entry(lambda x: groups_nat(x)[2].endswith("000") or groups_nat(x)[1].endswith("00"))
                    raw, cls = r_multiplier(rng, None, e, False)
                elif kind == "letter_o":
                    e = nat_entry(lambda x: "0" in x["nsn"])
                    raw, cls = r_letter_o(rng, None, e, False)
                elif kind == "double":
                    e = nat_entry(lambda x: re.search(r"(\d)\1", x["nat_digits"]) is not None)
                    raw, cls = r_double(rng, None, e, False)
                else:
                    e = nat_entry()
                    fn = {"homophone": r_homophone, "glued": r_glued, "words_digits": r_words_digits,
                          "leet": r_leet, "name": r_name_glued}[kind]
                    raw, cls = fn(rng, None, e, False)
            add((raw, cls, e, natsrc))
    elif group == "leftovers":
        for _ in range(rng.choice([1, 1, 2])):
            intl = rng.random() < 0.25
            e = pool.pick(rng, rng.choice(FOREIGN)) if intl and rng.random() < 0.5 else nat_entry()
            raw, cls = r_leftover(rng, None, e, intl)
            add((raw, cls, e, "calling_code" if intl else natsrc))
    elif group == "spoken_intl":
        for _ in range(rng.choice([1, 1, 1, 2])):
            if cat == "job" and dest_cc and rng.random() < 0.7:
                fcc = dest_cc
            elif rng.random() < 0.4 and country != "US":
                fcc = country
            else:
                fcc = rng.choice(FOREIGN)
            e = pool.pick(rng, fcc)
            mode = rng.choice(["spoken_plus_words", "spoken_plus_words", "spoken_double_zero", "spoken_mixed"])
            wl = lang if lang in WORDS else "en"
            if lang == "es" and country == "US" and rng.random() < 0.5:
                wl = "en"
            raw, cls = r_spoken(rng, e, wl, mode)
            add((raw, cls, e, "spoken_plus"))
    # ---- controls
    n_ctrl = 0
    if group == "decoys":
        n_ctrl = 0 if rng.random() < 0.45 else rng.choice([1, 1, 2])
    elif rng.random() < 0.35:
        n_ctrl = 1
    for _ in range(n_ctrl):
        if rng.random() < 0.65:
            e = nat_entry()
            raw, cls = r_plain_nat(rng, e)
            add((raw, cls, e, natsrc))
        else:
            e = pool.pick(rng, rng.choice(FOREIGN))
            raw, cls = r_plain_intl(rng, e)
            add((raw, cls, e, "calling_code"))
    # a number written twice
    if phones and rng.random() < 0.12:
        raw, cls, e, src = phones[0]
        if cls.startswith("plain") or rng.random() < 0.5:
            add((raw, cls, e, src))
        else:
            r2, c2 = r_plain_nat(rng, e) if src in ("record", "text") else r_plain_intl(rng, e)
            add((r2, c2, e, "calling_code" if src == "spoken_plus" else src))

    # ---- decoys
    kinds = list(KINDS_BY_CAT[cat])
    if group == "decoys":
        nd = rng.randint(3, 5)
    else:
        nd = rng.choice([0, 1, 1, 2, 2, 3])
    rng.shuffle(kinds)
    dk = kinds[:nd]
    if group == "decoys" and country in ("FR", "ES", "BR", "GB") and cat == "sale" and "tracking" not in dk:
        dk[0] = "tracking"
    dphr = [(k, decoy_phrase(rng, k, lang, country, cat)) for k in dk]

    # ---- assemble
    title = fill(rng.choice(TITLES[(lang, cat)]))
    fills = FILL[(lang, cat)]
    body_parts = [fill(t) for t in rng.sample(fills, min(len(fills), rng.randint(1, 3)))]
    if not has_region or rng.random() < 0.5:
        body_parts.insert(rng.randint(0, len(body_parts)), fill(rng.choice(CITY_LINE[lang])))
        place_cue = city
    else:
        place_cue = city if city in title else None
    for k, ph in dphr:
        body_parts.insert(rng.randint(0, len(body_parts)), ph)
    ckey2 = "job" if cat == "job" else ("hot" if hot else "plain")
    if (lang, ckey2) not in CONTACT:
        ckey2 = "plain"
    title_phone = None
    if phones and rng.random() < 0.15:
        title_phone = 0
    slots = []
    for i in range(len(phones)):
        if i == title_phone:
            continue
        tpl = rng.choice(CONTACT[(lang, ckey2)])
        line = fill(tpl.replace("{p}", "\x00P%d\x00" % i))
        pos = rng.randint(max(0, len(body_parts) - 2), len(body_parts))
        body_parts.insert(pos, line)
    body_parts.append(fill(rng.choice(CLOSE[lang])))
    joiner = rng.choice(["\n", " ~ ", "\n\n", " | ", " 💕 "]) if hot else rng.choice(["\n", " | ", "\n", "\n\n"])
    body = joiner.join(body_parts)
    if title_phone is not None:
        title = title + rng.choice([" ", " | ", " - ", " 📞 "]) + "\x00P0\x00"
    caps = hot and lang in ("en", "es") and rng.random() < 0.3
    if caps:
        body = body.upper()
        title = title.upper()
        if place_cue:
            place_cue = place_cue.upper()
    # ---- substitute and label
    labels = []
    for i, (raw, cls, e, src) in enumerate(phones):
        if caps and not cls.startswith("leftover") and rng.random() < 0.7:
            raw = raw.upper()
        tok = "\x00P%d\x00" % i
        field = "title" if tok in title else "body"
        if field == "title":
            pos = title.index(tok)
            title = title.replace(tok, raw)
        else:
            pos = body.index(tok)
            body = body.replace(tok, raw)
        labels.append((0 if field == "title" else 1, pos, {
            "e164": e["e164"], "raw": raw, "field": field, "class": cls, "region_source": src, "region": e["cc"]}))
    # positions shift after substitution; recompute ordering by final offsets
    final = []
    cursor = {"title": 0, "body": 0}
    for f, _, lab in sorted(labels, key=lambda x: (x[0], x[1])):
        txt = title if lab["field"] == "title" else body
        p = txt.find(lab["raw"], cursor[lab["field"]])
        cursor[lab["field"]] = p + len(lab["raw"]) if p >= 0 else cursor[lab["field"]]
        final.append(lab)
    rec = {"id": pid, "title": title, "body": body, "posted_at": rfc3339(rng)}
    if region:
        rec["region"] = region
    if rng.random() < 0.4:
        rec["location"] = city if country != "US" else "{}, USA".format(city)
        if place_cue is None and not region:
            place_cue = city
    if rng.random() < 0.5:
        site = rng.choice(SITES[lang])
        rec["site"] = site
        rec["url"] = "https://{}/{}/{}".format(site, cat, "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(10)))
    seen_k = []
    for k, _ in dphr:
        if k not in seen_k:
            seen_k.append(k)
    rec["labels"] = {"group": group, "country": country, "lang": lang, "phones": final, "ambiguous": [],
                     "decoys": seen_k, "place_cue": place_cue}
    return rec


def generate():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as fh:
        raw_pool = json.load(fh)
    out = {}
    for split, (prefix, n, parity, seed) in SPLITS.items():
        rng = random.Random(seed)
        pool = Pool(raw_pool, parity)
        groups = [GROUPS[i % 5] for i in range(n)]
        rng.shuffle(groups)
        lines = []
        for i, g in enumerate(groups):
            rec = make_post(rng, pool, g, "%s-%04d" % (prefix, i + 1))
            lines.append(json.dumps(rec, ensure_ascii=False))
        out[split + ".jsonl"] = "\n".join(lines) + "\n"
    return out


def main(argv):
    files = generate()
    if "--check" in argv:
        bad = 0
        for name, text in files.items():
            path = os.path.join(HERE, name)
            cur = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if cur != text:
                print("DIFFERS:", name)
                bad = 1
        if not bad:
            print("OK: files match generator output")
        return bad
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", name, text.count("\n"), "lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
