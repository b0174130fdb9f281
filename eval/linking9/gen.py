#!/usr/bin/env python3
"""linking9 generator: a synthetic archive of online ads with actor ground truth.

python3 gen.py --seed S --posts N --out POSTS.jsonl --truth TRUTH.jsonl [--selectors SEL.jsonl]

Standard library only. Output is a pure function of (seed, N); see SPEC.md.
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.datetime(2023, 2, 1, tzinfo=dt.timezone.utc)
DAY = 86400

SHARES = [("independent", 0.30), ("operator", 0.20), ("massage", 0.12), ("recruiter", 0.07),
          ("employer", 0.09), ("copycat", 0.04), ("seller", 0.18)]

# --------------------------------------------------------------------------- geography

CITIES = {
    "US": [("Houston", "TX"), ("Dallas", "TX"), ("Atlanta", "GA"), ("Las Vegas", "NV"), ("Miami", "FL"),
           ("New York", "NY"), ("Los Angeles", "CA"), ("Chicago", "IL"), ("Phoenix", "AZ"), ("Seattle", "WA")],
    "CA": [("Toronto", "ON"), ("Vancouver", "BC"), ("Calgary", "AB"), ("Montreal", "QC")],
    "GB": [("London", "UK"), ("Manchester", "UK"), ("Birmingham", "UK"), ("Leeds", "UK"), ("Glasgow", "Scotland"),
           ("Liverpool", "UK"), ("Bristol", "UK")],
    "ES": [("Madrid", "España"), ("Barcelona", "España"), ("Valencia", "España"), ("Sevilla", "España"),
           ("Málaga", "España")],
    "MX": [("Ciudad de México", "CDMX"), ("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Cancún", "Q.R."),
           ("Tijuana", "B.C.")],
    "CO": [("Bogotá", "Colombia"), ("Medellín", "Colombia"), ("Cali", "Colombia")],
    "FR": [("Paris", "France"), ("Lyon", "France"), ("Marseille", "France"), ("Nice", "France"),
           ("Toulouse", "France")],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Brasília", "DF")],
    "PT": [("Lisboa", "Portugal"), ("Porto", "Portugal"), ("Faro", "Portugal")],
    "AE": [("Dubai", "UAE"), ("Abu Dhabi", "UAE"), ("Sharjah", "UAE")],
    "SA": [("Riyadh", "KSA"), ("Jeddah", "KSA")],
    "MA": [("Casablanca", "Maroc"), ("Marrakech", "Maroc"), ("Rabat", "Maroc")],
}
AR_CITY = {"Dubai": "دبي", "Abu Dhabi": "أبوظبي", "Sharjah": "الشارقة", "Riyadh": "الرياض", "Jeddah": "جدة",
           "Casablanca": "الدار البيضاء", "Marrakech": "مراكش", "Rabat": "الرباط"}
COUNTRY_WEIGHTS = [("US", 24), ("CA", 6), ("GB", 12), ("ES", 9), ("MX", 9), ("CO", 5), ("FR", 9), ("BR", 9),
                   ("PT", 4), ("AE", 5), ("SA", 3), ("MA", 5)]
COUNTRIES = [c for c, _ in COUNTRY_WEIGHTS]
NEIGHBOUR = {"US": "CA", "CA": "US", "ES": "MX", "MX": "ES", "FR": "MA", "MA": "FR", "BR": "PT", "PT": "BR",
             "AE": "SA", "SA": "AE", "GB": "US", "CO": "MX"}
CURRENCY = {"US": ("$", 1.0), "CA": ("$", 1.3), "GB": ("£", 0.8), "ES": ("€", 0.9), "MX": ("$", 18.0),
            "CO": ("$", 4000.0), "FR": ("€", 0.9), "BR": ("R$", 5.0), "PT": ("€", 0.9), "AE": ("AED", 3.7),
            "SA": ("SAR", 3.75), "MA": ("MAD", 10.0)}
COUNTRY_NAME = {
    "en": {"US": "the United States", "CA": "Canada", "GB": "the UK", "ES": "Spain", "MX": "Mexico",
           "CO": "Colombia", "FR": "France", "BR": "Brazil", "PT": "Portugal", "AE": "the UAE",
           "SA": "Saudi Arabia", "MA": "Morocco"},
    "es": {"US": "Estados Unidos", "CA": "Canadá", "GB": "Reino Unido", "ES": "España", "MX": "México",
           "CO": "Colombia", "FR": "Francia", "BR": "Brasil", "PT": "Portugal", "AE": "Emiratos",
           "SA": "Arabia Saudita", "MA": "Marruecos"},
    "fr": {"US": "aux États-Unis", "CA": "au Canada", "GB": "au Royaume-Uni", "ES": "en Espagne",
           "MX": "au Mexique", "CO": "en Colombie", "FR": "en France", "BR": "au Brésil", "PT": "au Portugal",
           "AE": "aux Émirats", "SA": "en Arabie saoudite", "MA": "au Maroc"},
    "pt": {"US": "Estados Unidos", "CA": "Canadá", "GB": "Reino Unido", "ES": "Espanha", "MX": "México",
           "CO": "Colômbia", "FR": "França", "BR": "Brasil", "PT": "Portugal", "AE": "Emirados",
           "SA": "Arábia Saudita", "MA": "Marrocos"},
    "ar": {"US": "الولايات المتحدة", "CA": "كندا", "GB": "بريطانيا", "ES": "إسبانيا", "MX": "المكسيك",
           "CO": "كولومبيا", "FR": "فرنسا", "BR": "البرازيل", "PT": "البرتغال", "AE": "الإمارات",
           "SA": "السعودية", "MA": "المغرب"},
}

# --------------------------------------------------------------------------- sites

EN3 = {"US": "en", "CA": "en", "GB": "en"}
ES3 = {"ES": "es", "MX": "es", "CO": "es"}
SITES = [
    dict(key="nightlist", name="NightList", domain="nightlist.example", sections=["escort"],
         countries={"US": "en", "CA": "en"}, author=True, html=True, hotline=True, share=True),
    dict(key="velvetbook", name="VelvetBook", domain="velvetbook.test", sections=["escort"],
         countries={"GB": "en"}, author=False, html=True, hotline=True, share=False),
    dict(key="citaschic", name="CitasChic", domain="citaschic.example", sections=["escort"],
         countries=dict(ES3), author=True, html=False, hotline=True, share=True),
    dict(key="rdvprive", name="Rendez-vous Privé", domain="rendezvous-prive.example", sections=["escort"],
         countries={"FR": "fr", "MA": "fr"}, author=False, html=False, hotline=False, share=False),
    dict(key="acompvip", name="Acompanhantes VIP", domain="acompanhantes-vip.test", sections=["escort"],
         countries={"BR": "pt", "PT": "pt"}, author=False, html=False, hotline=True, share=False),
    dict(key="layali", name="Layali Nights", domain="layali-nights.example", sections=["escort", "massage"],
         countries={"AE": "ar", "SA": "ar", "MA": "ar"}, author=False, html=False, hotline=False, share=False),
    dict(key="relaxfinder", name="RelaxFinder", domain="relaxfinder.example", sections=["massage"],
         countries=dict(EN3), author=False, html=True, hotline=True, share=False),
    dict(key="masajes", name="Masajes Guía", domain="masajes-guia.test", sections=["massage"],
         countries=dict(ES3), author=False, html=False, hotline=False, share=False),
    dict(key="bienetre", name="Annuaire Bien-être", domain="annuaire-bienetre.example", sections=["massage"],
         countries={"FR": "fr", "MA": "fr"}, author=False, html=False, hotline=False, share=False),
    dict(key="massagem", name="Massagem Brasil", domain="massagem-brasil.test", sections=["massage"],
         countries={"BR": "pt", "PT": "pt"}, author=False, html=False, hotline=False, share=False),
    dict(key="swapboard", name="SwapBoard", domain="swapboard.example", sections=["services", "jobs", "items"],
         countries=dict(EN3), author=True, html=False, hotline=False, share=True),
    dict(key="anunciosya", name="AnunciosYa", domain="anunciosya.test", sections=["services", "jobs", "items"],
         countries=dict(ES3), author=False, html=False, hotline=False, share=False),
    dict(key="petitesannonces", name="Petites Annonces", domain="petites-annonces.example",
         sections=["services", "jobs", "items"], countries={"FR": "fr", "MA": "fr"}, author=False, html=False,
         hotline=False, share=False),
    dict(key="classificados", name="Classificados Já", domain="classificados-ja.test",
         sections=["services", "jobs", "items"], countries={"BR": "pt", "PT": "pt"}, author=False, html=False,
         hotline=False, share=False),
    dict(key="souq", name="Souq Ads", domain="souq-ads.example", sections=["services", "jobs", "items"],
         countries={"AE": "ar", "SA": "ar", "MA": "ar"}, author=True, html=False, hotline=False, share=True),
    dict(key="hirewide", name="HireWide", domain="hirewide.example", sections=["jobs"],
         countries={"US": "en", "CA": "en", "GB": "en", "ES": "es", "MX": "es", "CO": "es", "FR": "fr",
                    "BR": "pt", "PT": "pt", "AE": "ar", "SA": "ar", "MA": "fr"},
         author=True, html=False, hotline=False, share=False),
]
SITE = {s["key"]: s for s in SITES}
SECTION_SLUG = {"escort": "escorts", "massage": "massage", "services": "services", "jobs": "jobs",
                "items": "for-sale"}
HOTLINE_COUNTRIES = ["US", "CA", "GB", "ES", "MX", "CO", "BR", "PT"]
AGGREGATORS = {"US": "DateDesk Bookings", "GB": "LondonLine Bookings", "ES": "CitaDirecta",
               "BR": "AgendaVIP"}


def sites_for(section, country):
    return [s for s in SITES if section in s["sections"] and country in s["countries"]]


# --------------------------------------------------------------------------- language banks

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "ar": ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
KEYCAP = {d: d + "\ufe0f\u20e3" for d in "0123456789"}
EMOJI = ["💋", "🌹", "✨", "💕", "🔥", "😘", "💎", "🍒", "🌸", "👑", "💖", "🦋"]

NAMES = {
    "en": ["Lily", "Roxy", "Jade", "Amber", "Skye", "Mia", "Chloe", "Bella", "Ruby", "Nina", "Tasha", "Candy",
           "Scarlett", "Aria", "Luna", "Daisy", "Ivy", "Kira", "Layla", "Jasmine", "Stella", "Vicky", "Paige",
           "Brooke", "Destiny", "Summer", "Crystal", "Violet", "Hazel", "Gigi"],
    "es": ["Valeria", "Camila", "Daniela", "Sofía", "Lucía", "Paola", "Ximena", "Mariana", "Andrea", "Carla",
           "Alejandra", "Natalia", "Gabriela", "Yesenia", "Lorena", "Marisol", "Karla", "Renata", "Julieta",
           "Abril", "Luna", "Mia"],
    "fr": ["Chloé", "Manon", "Léa", "Inès", "Camille", "Océane", "Zoé", "Jade", "Emma", "Sarah", "Lina",
           "Maëlys", "Anaïs", "Clara", "Nadia", "Yasmine", "Lola", "Eva", "Margaux", "Elsa"],
    "pt": ["Bianca", "Larissa", "Gabi", "Júlia", "Fernanda", "Camila", "Bruna", "Letícia", "Amanda", "Rafaela",
           "Thaís", "Vitória", "Isabela", "Carol", "Pâmela", "Jéssica", "Beatriz", "Luana", "Mel", "Raquel"],
    "intl": ["Natasha", "Alina", "Katya", "Olga", "Angel", "Cherry", "Mimi", "Sasha", "Vika", "Diana"],
}
AR_NAMES = [("Layla", "ليلى"), ("Yasmin", "ياسمين"), ("Nour", "نور"), ("Salma", "سلمى"), ("Rania", "رانيا"),
            ("Maya", "مايا"), ("Lina", "لينا"), ("Dina", "دينا"), ("Hala", "هالة"), ("Reem", "ريم"),
            ("Farah", "فرح"), ("Jana", "جنى"), ("Sara", "سارة"), ("Amira", "أميرة"), ("Malak", "ملاك")]

ESC = {
    "en": dict(
        generic=["Sweet, discreet and always on time.", "New in town for a few days only.",
                 "Incall and outcall available.", "Real photos, no surprises.", "Upscale gentlemen only.",
                 "Let me make your day better.", "Available late nights and weekends.",
                 "Clean, safe and private location.", "No rush, friendly vibes.", "Text first, no blocked numbers.",
                 "Short notice OK.", "Ask about my specials.", "Serious inquiries only.",
                 "Visiting this week only!", "Genuine and down to earth.", "Available for dinner dates.",
                 "Classy, fun and easy going.", "Respectful clients only."],
        open=["I'm a", "Meet a", "Hi, I am a", "Just a", "Your new favourite", "A truly"],
        adj=["petite", "curvy", "bubbly", "elegant", "sporty", "tall", "playful", "stunning", "natural", "exotic",
             "sweet", "classy"],
        noun=["brunette", "blonde", "redhead", "girl next door", "companion", "beauty", "latina", "model",
              "student", "lady"],
        close=["who loves good conversation.", "with a warm smile.", "ready to spoil you.", "who aims to please.",
               "visiting from out of town.", "with a sweet personality.", "with a wild side.",
               "who enjoys fine dining."],
        compose="{open} {adj} {noun} {close}",
        hooks=["new in town", "available now", "sweet & discreet", "last days in {city}", "VIP companion",
               "real pics", "tonight only", "back in {city}"],
        titles=["{name} {age} – {hook}", "{hook} {emo} {name}", "{name} in {city} {emo}",
                "{hook} | {city} | {name}", "{name}, {age}, {city}"],
        rate=["Rates: {m}/hr", "{m} per hour", "Donation {m} (1h)"],
        place=["📍 {city}", "Now in {city}", "Visiting {city} this week", "Located in {city}"],
        nocontact=["Message me through the site 💌", "Text me here only", "DM me on this site",
                   "Contact via site messages"],
        call=["Call/Text:", "Text me:", "Call", "📞", "Phone:", "Tel:", "☎", "Text only:"],
        wa=["WhatsApp:", "WA:", "Whatsapp me", "WhatsApp only"],
        email=["Email:", "Mail:", "✉"],
        site=["More photos at", "Website:", "See my site"],
        agg="Bookings also via {agg}: {num}",
        short="More pics: {url}",
        sigA=["NEW GIRLS EVERY WEEK", "100% real pics", "Top service guaranteed", "Best girls in town",
              "VIP experience", "Private apartment", "Young & fresh", "Open 24/7", "Party friendly",
              "Different girls daily", "Hotel visits OK", "Exotic beauties"],
    ),
    "es": dict(
        generic=["Dulce, discreta y puntual.", "Nueva en la ciudad por pocos días.",
                 "Atiendo en mi depa y a domicilio.", "Fotos 100% reales, sin sorpresas.",
                 "Solo caballeros educados.", "Déjame alegrarte el día.", "Disponible noches y fines de semana.",
                 "Lugar limpio, seguro y privado.", "Sin prisas, trato amable.", "Escribe primero, no números ocultos.",
                 "Disponible con poco aviso.", "Pregunta por mis promociones.", "Solo personas serias.",
                 "¡Solo esta semana!", "Sencilla y auténtica.", "Disponible para cenas.",
                 "Elegante, divertida y tranquila.", "Solo clientes respetuosos."],
        open=["Soy una", "Hola, soy una", "Conoce a una", "Tu nueva"],
        adj=["dulce", "elegante", "cariñosa", "divertida", "natural", "espectacular", "coqueta", "alta", "delgada",
             "curvilínea"],
        noun=["chica", "morena", "rubia", "latina", "modelo", "universitaria", "compañera", "pelirroja"],
        close=["con una sonrisa encantadora.", "que ama la buena conversación.", "lista para consentirte.",
               "de visita por pocos días.", "muy educada y discreta.", "que disfruta una buena cena."],
        compose="{open} {noun} {adj} {close}",
        hooks=["nueva en la ciudad", "disponible ahora", "dulce y discreta", "últimos días en {city}",
               "acompañante VIP", "fotos reales", "solo hoy", "de regreso en {city}"],
        titles=["{name} {age} – {hook}", "{hook} {emo} {name}", "{name} en {city} {emo}",
                "{hook} | {city} | {name}", "{name}, {age} años, {city}"],
        rate=["Tarifa: {m} la hora", "{m} x hora", "Desde {m}"],
        place=["📍 {city}", "Ahora en {city}", "De visita en {city} esta semana", "Ubicada en {city}"],
        nocontact=["Escríbeme por aquí 💌", "Solo mensajes por la página", "Mándame mensaje en este sitio",
                   "Contacto por mensajes del sitio"],
        call=["Llámame:", "Llama o escribe:", "Tel:", "📞", "Cel:", "☎", "Whats o llamada:"],
        wa=["WhatsApp:", "Whats:", "Escríbeme al WhatsApp", "Solo WhatsApp"],
        email=["Correo:", "Email:", "✉"],
        site=["Más fotos en", "Mi página:", "Visita mi web"],
        agg="Reservas también en {agg}: {num}",
        short="Más fotos: {url}",
        sigA=["CHICAS NUEVAS CADA SEMANA", "Fotos 100% reales", "Servicio garantizado", "Las mejores de la ciudad",
              "Experiencia VIP", "Departamento privado", "Jóvenes y lindas", "Abierto 24/7", "Ambiente de fiesta",
              "Chicas diferentes cada día", "Vamos a hoteles", "Bellezas exóticas"],
    ),
    "fr": dict(
        generic=["Douce, discrète et toujours à l'heure.", "Nouvelle en ville pour quelques jours.",
                 "Je reçois et je me déplace.", "Photos réelles, pas de surprise.", "Hommes courtois uniquement.",
                 "Laisse-moi illuminer ta journée.", "Disponible tard le soir et le week-end.",
                 "Appartement propre, sûr et discret.", "Sans chrono, ambiance détendue.",
                 "SMS d'abord, pas de numéros masqués.", "Dispo rapidement.", "Demande mes offres du moment.",
                 "Personnes sérieuses uniquement.", "Cette semaine seulement !", "Simple et authentique.",
                 "Disponible pour des dîners.", "Chic, drôle et facile à vivre.", "Clients respectueux uniquement."],
        open=["Je suis une", "Bonjour, je suis une", "Découvre une", "Ta nouvelle"],
        adj=["douce", "élégante", "pétillante", "sportive", "naturelle", "raffinée", "coquine", "grande",
             "souriante", "câline"],
        noun=["brune", "blonde", "jeune femme", "étudiante", "compagne", "rousse", "métisse", "femme"],
        close=["qui aime les bonnes conversations.", "au sourire chaleureux.", "prête à te chouchouter.",
               "de passage pour quelques jours.", "très discrète et respectueuse.", "qui adore les bons restaurants."],
        compose="{open} {noun} {adj} {close}",
        hooks=["nouvelle en ville", "dispo maintenant", "douce et discrète", "derniers jours à {city}",
               "accompagnatrice VIP", "photos réelles", "ce soir seulement", "de retour à {city}"],
        titles=["{name} {age} ans – {hook}", "{hook} {emo} {name}", "{name} à {city} {emo}",
                "{hook} | {city} | {name}", "{name}, {age} ans, {city}"],
        rate=["Tarif : {m} l'heure", "{m} / heure", "À partir de {m}"],
        place=["📍 {city}", "Actuellement à {city}", "De passage à {city} cette semaine", "Située à {city}"],
        nocontact=["Écris-moi ici 💌", "Messages via le site uniquement", "Contacte-moi par la messagerie du site",
                   "Uniquement par message privé"],
        call=["Appelle-moi :", "Tél :", "📞", "SMS :", "☎", "Appel ou SMS :"],
        wa=["WhatsApp :", "WA :", "Écris-moi sur WhatsApp", "WhatsApp uniquement"],
        email=["Email :", "Mail :", "✉"],
        site=["Plus de photos sur", "Mon site :", "Voir mon site"],
        agg="Réservations aussi via {agg} : {num}",
        short="Plus de photos : {url}",
        sigA=["NOUVELLES FILLES CHAQUE SEMAINE", "Photos 100% réelles", "Service garanti", "Les plus belles de la ville",
              "Expérience VIP", "Appartement privé", "Jeunes et fraîches", "Ouvert 24h/24", "Ambiance festive",
              "Filles différentes chaque jour", "Déplacement hôtel OK", "Beautés exotiques"],
    ),
    "pt": dict(
        generic=["Carinhosa, discreta e pontual.", "Novidade na cidade por poucos dias.",
                 "Atendo em local próprio e hotéis.", "Fotos 100% reais, sem surpresas.",
                 "Somente cavalheiros educados.", "Deixa eu alegrar o seu dia.", "Disponível à noite e fins de semana.",
                 "Local limpo, seguro e discreto.", "Sem pressa, clima leve.", "Mande mensagem antes, sem número privado.",
                 "Atendo de última hora.", "Pergunte pelas promoções.", "Somente pessoas sérias.",
                 "Só esta semana!", "Simples e autêntica.", "Disponível para jantares.",
                 "Elegante, divertida e tranquila.", "Somente clientes respeitosos."],
        open=["Sou uma", "Oi, sou uma", "Conheça uma", "Sua nova"],
        adj=["carinhosa", "elegante", "divertida", "natural", "educada", "linda", "simpática", "charmosa", "alta",
             "meiga"],
        noun=["morena", "loira", "ruiva", "universitária", "companhia", "mulher", "gata", "modelo"],
        close=["que adora uma boa conversa.", "com um sorriso lindo.", "pronta para te mimar.",
               "de passagem por poucos dias.", "muito discreta e educada.", "que ama um bom jantar."],
        compose="{open} {noun} {adj} {close}",
        hooks=["novidade na cidade", "disponível agora", "carinhosa e discreta", "últimos dias em {city}",
               "acompanhante VIP", "fotos reais", "só hoje", "de volta a {city}"],
        titles=["{name} {age} – {hook}", "{hook} {emo} {name}", "{name} em {city} {emo}",
                "{hook} | {city} | {name}", "{name}, {age} anos, {city}"],
        rate=["Cachê: {m} a hora", "{m} / hora", "A partir de {m}"],
        place=["📍 {city}", "Agora em {city}", "Visitando {city} esta semana", "Localizada em {city}"],
        nocontact=["Me chama aqui no site 💌", "Só mensagens pelo site", "Manda mensagem por aqui",
                   "Contato pelo chat do site"],
        call=["Liga:", "Tel:", "📞", "Chama:", "☎", "Ligação ou SMS:"],
        wa=["WhatsApp:", "Zap:", "Chama no zap", "Só WhatsApp"],
        email=["E-mail:", "Email:", "✉"],
        site=["Mais fotos em", "Meu site:", "Veja meu site"],
        agg="Agende também pela {agg}: {num}",
        short="Mais fotos: {url}",
        sigA=["MENINAS NOVAS TODA SEMANA", "Fotos 100% reais", "Atendimento garantido", "As mais lindas da cidade",
              "Experiência VIP", "Apartamento privativo", "Jovens e lindas", "Aberto 24h", "Clima de festa",
              "Meninas diferentes todo dia", "Atendo em hotéis", "Belezas exóticas"],
    ),
    "ar": dict(
        generic=["لطيفة وسرية ودائماً في الموعد.", "جديدة في المدينة لأيام قليلة فقط.", "استقبال وزيارات.",
                 "صور حقيقية بدون مفاجآت.", "للمحترمين فقط.", "دعني أجعل يومك أجمل.",
                 "متوفرة في الليل وعطلة نهاية الأسبوع.", "مكان نظيف وآمن وخاص.", "بدون استعجال، أجواء مريحة.",
                 "أرسل رسالة أولاً، لا أرقام مخفية.", "متوفرة بإشعار قصير.", "اسأل عن العروض.",
                 "للجادين فقط.", "هذا الأسبوع فقط!", "بسيطة وصادقة.", "متوفرة لعشاء راقٍ.",
                 "أنيقة ومرحة وهادئة.", "للعملاء المحترمين فقط."],
        open=["أنا", "مرحباً، أنا", "تعرف على", "رفيقتك الجديدة"],
        adj=["لطيفة", "أنيقة", "مرحة", "طبيعية", "راقية", "جميلة", "هادئة", "رياضية"],
        noun=["فتاة", "سمراء", "شقراء", "طالبة", "رفيقة", "عارضة"],
        close=["أحب الحديث الجميل.", "بابتسامة دافئة.", "جاهزة لتدليلك.", "في زيارة لأيام قليلة.",
               "هادئة وسرية جداً.", "أحب العشاء الراقي."],
        compose="{open} {noun} {adj} {close}",
        hooks=["جديدة في المدينة", "متوفرة الآن", "لطيفة وسرية", "آخر أيام في {city}", "رفيقة VIP",
               "صور حقيقية", "الليلة فقط", "عدت إلى {city}"],
        titles=["{name} {age} – {hook}", "{hook} {emo} {name}", "{name} في {city} {emo}",
                "{hook} | {city} | {name}", "{name}، {age} سنة، {city}"],
        rate=["السعر: {m} للساعة", "{m} / ساعة", "ابتداءً من {m}"],
        place=["📍 {city}", "الآن في {city}", "في زيارة إلى {city} هذا الأسبوع", "مقيمة في {city}"],
        nocontact=["راسلني هنا 💌", "الرسائل عبر الموقع فقط", "تواصل معي عبر رسائل الموقع", "رسائل خاصة فقط"],
        call=["اتصل:", "هاتف:", "📞", "للتواصل:", "☎", "اتصال أو رسالة:"],
        wa=["واتساب:", "WhatsApp:", "راسلني واتساب", "واتساب فقط"],
        email=["البريد:", "Email:", "✉"],
        site=["صور أكثر على", "موقعي:", "زوروا موقعي"],
        agg="للحجز أيضاً عبر {agg}: {num}",
        short="صور أكثر: {url}",
        sigA=["بنات جدد كل أسبوع", "صور حقيقية 100%", "خدمة مضمونة", "أجمل البنات في المدينة", "تجربة VIP",
              "شقة خاصة", "شابات وجميلات", "مفتوح 24/7", "أجواء حفلات", "بنات مختلفات كل يوم",
              "زيارات فنادق", "جمال استثنائي"],
    ),
}
SIG_SEPS = ["—", "!!", "✔", "|", "•", "★"]

MASSAGE = {
    "en": dict(
        templates=[("{NAME} now open in {CITY}!",
                    "{NAME} now open in {CITY}! Relaxing massage by professional staff. {SERVICES}. Open {HOURS}. "
                    "{PRICES}. Visit us at {ADDRESS}."),
                   ("Grand opening {NAME} ({CITY})",
                    "Grand opening {NAME} ({CITY}): new staff, hot stone, {SERVICES}. {PRICES}. Walk-ins welcome. "
                    "{ADDRESS} · {HOURS}"),
                   ("{NAME} – best massage in {CITY}",
                    "Stressed? Come to {NAME}. Professional massage, clean private rooms, free parking. {SERVICES}. "
                    "{HOURS}. {ADDRESS}.")],
        services=["Swedish", "deep tissue", "hot stone", "foot reflexology", "shiatsu", "aromatherapy",
                  "couples massage", "Thai massage"],
        hours=["10am–10pm daily", "Mon–Sun 9:30–22:00", "open 7 days 10am–11pm", "9am–9pm every day"],
        prices="60 min {a} / 90 min {b}",
        street=["{n} Maple Ave", "{n} Harbor St", "{n} Lakeview Blvd", "{n} Cedar Rd", "{n} Willow Ln",
                "{n} Sunset Blvd", "{n} Park Ave", "{n} Ridge Rd", "{n} Mill St", "{n} Elm St"],
        suffix=["Spa", "Massage", "Wellness", "Therapy", "Relax", "Day Spa", "Massage Center"],
        call=["Call", "Tel:", "📞", "Phone:", "Book now:"],
        site=["Website:", "Book online:", "More at"],
        email=["Email:", "✉"],
        extra=["New staff this week!", "Gift cards available.", "Credit cards accepted.", "Free parking.",
               "Ask about our couples room."],
    ),
    "es": dict(
        templates=[("¡{NAME} ya abrió en {CITY}!",
                    "¡{NAME} ya abrió en {CITY}! Masajes relajantes con personal profesional. {SERVICES}. "
                    "Horario: {HOURS}. {PRICES}. Visítanos en {ADDRESS}."),
                   ("Gran apertura {NAME} ({CITY})",
                    "Gran apertura {NAME} ({CITY}): personal nuevo, piedras calientes, {SERVICES}. {PRICES}. "
                    "Sin cita previa. {ADDRESS} · {HOURS}"),
                   ("{NAME} – el mejor masaje de {CITY}",
                    "¿Estrés? Ven a {NAME}. Masaje profesional, cabinas privadas y limpias, estacionamiento gratis. "
                    "{SERVICES}. {HOURS}. {ADDRESS}.")],
        services=["masaje sueco", "descontracturante", "piedras calientes", "reflexología podal", "shiatsu",
                  "aromaterapia", "masaje en pareja", "masaje tailandés"],
        hours=["lunes a domingo 10:00–22:00", "todos los días de 9 a 21 h", "abierto 7 días 10–23 h"],
        prices="60 min {a} / 90 min {b}",
        street=["Calle de las Flores {n}", "Av. del Sol {n}", "Calle Luna {n}", "Av. Mirador {n}",
                "Calle del Olivo {n}", "Calle Robles {n}", "Paseo del Cedro {n}"],
        suffix=["Spa", "Masajes", "Centro de Masajes", "Relax", "Spa & Masajes"],
        call=["Llama al", "Tel:", "📞", "Reservas:", "Cel:"],
        site=["Web:", "Reserva en línea:", "Más info en"],
        email=["Correo:", "✉"],
        extra=["¡Personal nuevo esta semana!", "Tarjetas de regalo.", "Aceptamos tarjetas.", "Estacionamiento gratis.",
               "Pregunta por la sala para parejas."],
    ),
    "fr": dict(
        templates=[("{NAME} vient d'ouvrir à {CITY} !",
                    "{NAME} vient d'ouvrir à {CITY} ! Massages relaxants par une équipe professionnelle. {SERVICES}. "
                    "Ouvert {HOURS}. {PRICES}. Adresse : {ADDRESS}."),
                   ("Grande ouverture {NAME} ({CITY})",
                    "Grande ouverture {NAME} ({CITY}) : nouvelle équipe, pierres chaudes, {SERVICES}. {PRICES}. "
                    "Sans rendez-vous. {ADDRESS} · {HOURS}"),
                   ("{NAME} – le meilleur massage de {CITY}",
                    "Stressé ? Venez chez {NAME}. Massage professionnel, cabines privées et propres, parking gratuit. "
                    "{SERVICES}. {HOURS}. {ADDRESS}.")],
        services=["massage suédois", "massage profond", "pierres chaudes", "réflexologie plantaire", "shiatsu",
                  "aromathérapie", "massage en duo", "massage thaï"],
        hours=["tous les jours 10h–21h", "du lundi au dimanche 9h30–22h", "7j/7 de 10h à 23h"],
        prices="60 min {a} / 90 min {b}",
        street=["{n} rue des Lilas", "{n} rue des Tilleuls", "{n} avenue du Parc", "{n} boulevard des Acacias",
                "{n} rue du Moulin", "{n} rue des Peupliers", "{n} allée des Cerisiers"],
        suffix=["Spa", "Massage", "Institut", "Bien-être", "Détente"],
        call=["Appelez le", "Tél :", "📞", "Réservation :"],
        site=["Site :", "Réservez en ligne :", "Plus d'infos sur"],
        email=["Email :", "✉"],
        extra=["Nouvelle équipe cette semaine !", "Cartes cadeaux disponibles.", "CB acceptée.", "Parking gratuit.",
               "Demandez notre cabine duo."],
    ),
    "pt": dict(
        templates=[("{NAME} inaugurou em {CITY}!",
                    "{NAME} inaugurou em {CITY}! Massagem relaxante com equipe profissional. {SERVICES}. "
                    "Aberto {HOURS}. {PRICES}. Venha nos visitar: {ADDRESS}."),
                   ("Inauguração {NAME} ({CITY})",
                    "Inauguração {NAME} ({CITY}): equipe nova, pedras quentes, {SERVICES}. {PRICES}. "
                    "Sem hora marcada. {ADDRESS} · {HOURS}"),
                   ("{NAME} – a melhor massagem de {CITY}",
                    "Estressado? Venha para {NAME}. Massagem profissional, salas privativas e limpas, estacionamento "
                    "grátis. {SERVICES}. {HOURS}. {ADDRESS}.")],
        services=["massagem sueca", "massagem relaxante", "pedras quentes", "reflexologia", "shiatsu",
                  "aromaterapia", "massagem a dois", "massagem tailandesa"],
        hours=["todos os dias das 10h às 22h", "seg a dom 9h–21h", "aberto 7 dias, 10h–23h"],
        prices="60 min {a} / 90 min {b}",
        street=["Rua das Flores, {n}", "Av. das Palmeiras, {n}", "Rua das Acácias, {n}", "Rua do Sol, {n}",
                "Av. Beira Mar, {n}", "Rua dos Ipês, {n}"],
        suffix=["Spa", "Massagem", "Relax", "Centro de Massagem", "Terapias"],
        call=["Ligue", "Tel:", "📞", "Agendamento:", "WhatsApp/Tel:"],
        site=["Site:", "Agende online:", "Mais em"],
        email=["E-mail:", "✉"],
        extra=["Equipe nova esta semana!", "Vale-presente disponível.", "Aceitamos cartão.", "Estacionamento grátis.",
               "Pergunte pela sala para casais."],
    ),
    "ar": dict(
        templates=[("افتتاح {NAME} في {CITY}!",
                    "{NAME} الآن في {CITY}! مساج استرخاء على يد فريق محترف. {SERVICES}. {HOURS}. {PRICES}. "
                    "العنوان: {ADDRESS}."),
                   ("الافتتاح الكبير {NAME} ({CITY})",
                    "الافتتاح الكبير {NAME} ({CITY}): فريق جديد، حجر ساخن، {SERVICES}. {PRICES}. بدون موعد مسبق. "
                    "{ADDRESS} · {HOURS}"),
                   ("{NAME} – أفضل مساج في {CITY}",
                    "تعبان؟ تعال إلى {NAME}. مساج احترافي، غرف خاصة ونظيفة، موقف مجاني. {SERVICES}. {HOURS}. "
                    "{ADDRESS}.")],
        services=["مساج سويدي", "مساج عميق", "الحجر الساخن", "مساج القدم", "شياتسو", "علاج بالروائح",
                  "مساج تايلندي", "مساج مغربي"],
        hours=["يومياً من 10 صباحاً حتى 11 مساءً", "من السبت إلى الخميس 10 ص – 10 م", "مفتوح 7 أيام"],
        prices="60 دقيقة {a} / 90 دقيقة {b}",
        street=["شارع الورد رقم {n}", "شارع النخيل رقم {n}", "شارع الياسمين رقم {n}", "شارع الزيتون رقم {n}",
                "برج السلام، مكتب {n}"],
        suffix=["Spa", "Massage", "سبا", "مركز مساج"],
        call=["اتصل:", "هاتف:", "📞", "للحجز:"],
        site=["الموقع:", "احجز أونلاين:"],
        email=["البريد:", "✉"],
        extra=["فريق جديد هذا الأسبوع!", "بطاقات هدايا متوفرة.", "نقبل البطاقات.", "موقف مجاني."],
    ),
}
MASSAGE_CORES = ["Golden Lotus", "Jade Garden", "Blue Orchid", "Bamboo", "Lotus Flower", "Zen", "Oriental Touch",
                 "Asian Touch", "Pearl", "Happy Feet", "Cherry Blossom", "Silk Road", "Tranquil", "Serenity",
                 "Royal Thai", "Green Tea", "Moonlight", "Sakura", "Orchid", "Paradise"]

RECRUIT = {
    "en": dict(
        phrases=["No experience needed.", "Visa and flight tickets paid.", "Free accommodation and meals.",
                 "Earn up to {SAL} per month.", "Start immediately!", "Girls 18-30 years old wanted.",
                 "We arrange all the documents.", "Limited places, apply today.", "Work in 5-star hotels and clubs.",
                 "Cash advance before travel.", "Only passport needed.", "No language required.",
                 "Send photo, age and height.", "Contract 6 to 12 months, tips extra."],
        titles=["{JOB} needed in {DEST} – {SAL}/month", "Work abroad: {JOB} in {DEST}!", "URGENT: {JOB} for {DEST}",
                "Hiring {JOB} – {DEST} – travel paid"],
        jobs=["hostess", "model", "nanny", "hotel housekeeper", "waitress", "dancer", "receptionist",
              "massage therapist", "caregiver"],
        dest=["Dubai", "Doha", "Istanbul", "Tokyo", "Milan", "Madrid", "Miami", "Cancún", "Beirut", "Kuala Lumpur",
              "Seoul", "Athens"],
        nocontact=["Apply by private message.", "Interested? Send a message through the site."],
        call=["Call", "Info:", "📞", "Contact:"],
        wa=["WhatsApp", "WhatsApp only:", "WA:", "Send CV by WhatsApp"],
        agency="Agency: {A}",
        short="Apply here: {url}",
    ),
    "es": dict(
        phrases=["No se requiere experiencia.", "Visa y boletos de avión pagados.", "Alojamiento y comida gratis.",
                 "Gana hasta {SAL} al mes.", "¡Inicio inmediato!", "Se buscan chicas de 18 a 30 años.",
                 "Nosotros tramitamos todos los documentos.", "Plazas limitadas, aplica hoy.",
                 "Trabajo en hoteles y clubes de 5 estrellas.", "Adelanto en efectivo antes del viaje.",
                 "Solo necesitas pasaporte.", "No necesitas hablar el idioma.", "Envía foto, edad y estatura.",
                 "Contrato de 6 a 12 meses, propinas aparte."],
        titles=["Se busca {JOB} en {DEST} – {SAL}/mes", "Trabaja en el extranjero: {JOB} en {DEST}",
                "URGENTE: {JOB} para {DEST}", "Contratamos {JOB} – {DEST} – viaje pagado"],
        jobs=["azafata", "modelo", "niñera", "camarista de hotel", "mesera", "bailarina", "recepcionista",
              "masajista", "cuidadora"],
        dest=["Dubái", "Doha", "Estambul", "Tokio", "Milán", "Madrid", "Miami", "Cancún", "Beirut", "Kuala Lumpur",
              "Seúl", "Atenas"],
        nocontact=["Interesadas enviar mensaje privado.", "Escríbenos por mensaje en la página."],
        call=["Llama al", "Informes:", "📞", "Contacto:"],
        wa=["WhatsApp", "Solo WhatsApp:", "Whats:", "Envía tu CV por WhatsApp"],
        agency="Agencia: {A}",
        short="Aplica aquí: {url}",
    ),
    "fr": dict(
        phrases=["Aucune expérience requise.", "Visa et billets d'avion payés.", "Logement et repas gratuits.",
                 "Gagnez jusqu'à {SAL} par mois.", "Début immédiat !", "Recherchons filles de 18 à 30 ans.",
                 "Nous nous occupons de tous les papiers.", "Places limitées, postulez aujourd'hui.",
                 "Travail dans des hôtels et clubs 5 étoiles.", "Avance en espèces avant le départ.",
                 "Seul le passeport est nécessaire.", "Pas besoin de parler la langue.",
                 "Envoyez photo, âge et taille.", "Contrat de 6 à 12 mois, pourboires en plus."],
        titles=["Recherche {JOB} à {DEST} – {SAL}/mois", "Travail à l'étranger : {JOB} à {DEST} !",
                "URGENT : {JOB} pour {DEST}", "Recrutement {JOB} – {DEST} – voyage payé"],
        jobs=["hôtesse", "mannequin", "nounou", "femme de chambre", "serveuse", "danseuse", "réceptionniste",
              "masseuse", "aide-soignante"],
        dest=["Dubaï", "Doha", "Istanbul", "Tokyo", "Milan", "Madrid", "Miami", "Cancún", "Beyrouth",
              "Kuala Lumpur", "Séoul", "Athènes"],
        nocontact=["Postulez par message privé.", "Intéressée ? Envoyez un message via le site."],
        call=["Appelez le", "Infos :", "📞", "Contact :"],
        wa=["WhatsApp", "WhatsApp uniquement :", "WA :", "CV par WhatsApp"],
        agency="Agence : {A}",
        short="Postulez ici : {url}",
    ),
    "pt": dict(
        phrases=["Não precisa de experiência.", "Visto e passagens aéreas pagos.", "Moradia e alimentação grátis.",
                 "Ganhe até {SAL} por mês.", "Início imediato!", "Procuramos meninas de 18 a 30 anos.",
                 "Nós cuidamos de toda a documentação.", "Vagas limitadas, candidate-se hoje.",
                 "Trabalho em hotéis e clubes 5 estrelas.", "Adiantamento em dinheiro antes da viagem.",
                 "Só precisa de passaporte.", "Não precisa falar o idioma.", "Envie foto, idade e altura.",
                 "Contrato de 6 a 12 meses, gorjetas à parte."],
        titles=["Precisa-se de {JOB} em {DEST} – {SAL}/mês", "Trabalhe no exterior: {JOB} em {DEST}!",
                "URGENTE: {JOB} para {DEST}", "Contratamos {JOB} – {DEST} – viagem paga"],
        jobs=["recepcionista de eventos", "modelo", "babá", "camareira de hotel", "garçonete", "dançarina",
              "recepcionista", "massagista", "cuidadora"],
        dest=["Dubai", "Doha", "Istambul", "Tóquio", "Milão", "Madri", "Miami", "Cancún", "Beirute",
              "Kuala Lumpur", "Seul", "Atenas"],
        nocontact=["Interessadas chamar no privado.", "Mande mensagem pelo site."],
        call=["Ligue", "Informações:", "📞", "Contato:"],
        wa=["WhatsApp", "Só WhatsApp:", "Zap:", "Mande currículo no WhatsApp"],
        agency="Agência: {A}",
        short="Candidate-se aqui: {url}",
    ),
    "ar": dict(
        phrases=["لا تشترط الخبرة.", "التأشيرة وتذاكر الطيران مدفوعة.", "سكن وطعام مجاناً.",
                 "راتب يصل إلى {SAL} شهرياً.", "البدء فوراً!", "مطلوب بنات من 18 إلى 30 سنة.",
                 "نحن نجهز جميع الأوراق.", "الأماكن محدودة، قدمي اليوم.", "العمل في فنادق ونوادٍ 5 نجوم.",
                 "سلفة نقدية قبل السفر.", "فقط جواز السفر مطلوب.", "لا يشترط اللغة.",
                 "أرسلي صورة والعمر والطول.", "عقد من 6 إلى 12 شهراً، والبقشيش إضافي."],
        titles=["مطلوب {JOB} في {DEST} – {SAL} شهرياً", "عمل في الخارج: {JOB} في {DEST}!",
                "عاجل: {JOB} إلى {DEST}", "توظيف {JOB} – {DEST} – السفر مدفوع"],
        jobs=["مضيفة", "عارضة أزياء", "مربية أطفال", "عاملة فندق", "نادلة", "راقصة", "موظفة استقبال",
              "معالجة مساج", "مرافقة مسنين"],
        dest=["دبي", "الدوحة", "إسطنبول", "طوكيو", "ميلانو", "مدريد", "ميامي", "كانكون", "بيروت", "كوالالمبور",
              "سيول", "أثينا"],
        nocontact=["للتقديم راسلينا على الخاص.", "المهتمات ترسل رسالة عبر الموقع."],
        call=["اتصل:", "للاستفسار:", "📞", "للتواصل:"],
        wa=["واتساب", "واتساب فقط:", "WhatsApp:", "أرسلي السيرة على الواتساب"],
        agency="الوكالة: {A}",
        short="قدمي هنا: {url}",
    ),
}
AGENCY_A = ["Global", "Star", "Elite", "Prime", "Royal", "Golden", "Blue Sky", "Sunrise", "Diamond", "Horizon",
            "Atlas", "Velvet"]
AGENCY_B = ["Talent", "Staffing", "Recruitment", "Career", "Jobs", "Models", "Hospitality", "Workforce"]
AGENCY_C = ["Agency", "International", "Group", "Services", "Partners", "Worldwide"]

EMPLOY = {
    "en": dict(
        about=["{NAME} is a {IND} company with {K} locations in {COUNTRY}. Since {YEAR} we have been growing "
               "with our people.",
               "About us: {NAME} has been a leading {IND} employer since {YEAR}, with {K} sites and {E} employees."],
        hr=["Competitive salary.", "Equal opportunity employer.", "Full-time, permanent contract.",
            "Benefits include health insurance and paid leave.", "Training and career development.",
            "Friendly and diverse team.", "Immediate start available.", "Flexible working hours.", "Pension plan.",
            "Apply online or send us your CV."],
        titles=["{JOB} – {CITY}", "We are hiring: {JOB} ({CITY})", "{JOB} wanted at {NAME}",
                "Job opening: {JOB}, {CITY}"],
        jobs=["accountant", "warehouse operative", "registered nurse", "front desk agent", "software developer",
              "line cook", "delivery driver", "sales assistant", "cleaner", "customer service agent", "electrician",
              "care assistant"],
        ind=["hospitality", "logistics", "healthcare", "retail", "construction", "technology", "food service",
             "facility services"],
        apply="Apply: {URL}", cv="Send your CV to {EMAIL}", phone="HR: {PHONE}", where="Location: {CITY}",
        follow="Follow us: {URL}",
        local=["hr", "jobs", "careers", "recruiting"],
    ),
    "es": dict(
        about=["{NAME} es una empresa de {IND} con {K} centros en {COUNTRY}. Desde {YEAR} crecemos con nuestra gente.",
               "Quiénes somos: {NAME} es líder en {IND} desde {YEAR}, con {K} sedes y {E} empleados."],
        hr=["Salario competitivo.", "Empresa con igualdad de oportunidades.", "Contrato indefinido a tiempo completo.",
            "Prestaciones: seguro médico y vacaciones pagadas.", "Formación y desarrollo profesional.",
            "Equipo amable y diverso.", "Incorporación inmediata.", "Horario flexible.", "Plan de pensiones.",
            "Aplica en línea o envíanos tu CV."],
        titles=["{JOB} – {CITY}", "Estamos contratando: {JOB} ({CITY})", "Se busca {JOB} en {NAME}",
                "Vacante: {JOB}, {CITY}"],
        jobs=["contador", "operario de almacén", "enfermero/a", "recepcionista", "desarrollador de software",
              "cocinero", "repartidor", "dependiente", "personal de limpieza", "agente de atención al cliente",
              "electricista", "auxiliar de cuidados"],
        ind=["hostelería", "logística", "salud", "comercio", "construcción", "tecnología", "alimentación",
             "servicios"],
        apply="Postúlate: {URL}", cv="Envía tu CV a {EMAIL}", phone="RR. HH.: {PHONE}", where="Ubicación: {CITY}",
        follow="Síguenos: {URL}",
        local=["rrhh", "empleo", "seleccion"],
    ),
    "fr": dict(
        about=["{NAME} est une entreprise de {IND} avec {K} sites {COUNTRY}. Depuis {YEAR}, nous grandissons avec "
               "nos équipes.",
               "Qui sommes-nous : {NAME}, acteur de référence de {IND} depuis {YEAR}, {K} sites et {E} salariés."],
        hr=["Salaire compétitif.", "Employeur garantissant l'égalité des chances.", "CDI à temps plein.",
            "Avantages : mutuelle et congés payés.", "Formation et évolution de carrière.",
            "Équipe conviviale et diverse.", "Prise de poste immédiate.", "Horaires flexibles.",
            "Plan d'épargne retraite.", "Postulez en ligne ou envoyez-nous votre CV."],
        titles=["{JOB} – {CITY}", "Nous recrutons : {JOB} ({CITY})", "{NAME} recherche un(e) {JOB}",
                "Offre d'emploi : {JOB}, {CITY}"],
        jobs=["comptable", "préparateur de commandes", "infirmier/ère", "réceptionniste", "développeur",
              "cuisinier", "livreur", "vendeur", "agent d'entretien", "conseiller clientèle", "électricien",
              "aide à domicile"],
        ind=["l'hôtellerie", "la logistique", "la santé", "la distribution", "la construction", "la tech",
             "la restauration", "la propreté"],
        apply="Postuler : {URL}", cv="Envoyez votre CV à {EMAIL}", phone="RH : {PHONE}", where="Lieu : {CITY}",
        follow="Suivez-nous : {URL}",
        local=["rh", "recrutement", "emploi"],
    ),
    "pt": dict(
        about=["A {NAME} é uma empresa de {IND} com {K} unidades em {COUNTRY}. Desde {YEAR} crescemos com nossas "
               "pessoas.",
               "Quem somos: a {NAME} é referência em {IND} desde {YEAR}, com {K} unidades e {E} colaboradores."],
        hr=["Salário competitivo.", "Empresa com igualdade de oportunidades.", "Contrato efetivo em tempo integral.",
            "Benefícios: plano de saúde e férias remuneradas.", "Treinamento e desenvolvimento de carreira.",
            "Equipe amigável e diversa.", "Início imediato.", "Horário flexível.", "Plano de previdência.",
            "Candidate-se online ou envie seu currículo."],
        titles=["{JOB} – {CITY}", "Estamos contratando: {JOB} ({CITY})", "Vaga de {JOB} na {NAME}",
                "Oportunidade: {JOB}, {CITY}"],
        jobs=["contador", "auxiliar de armazém", "enfermeiro(a)", "recepcionista", "desenvolvedor", "cozinheiro",
              "motorista de entregas", "vendedor", "auxiliar de limpeza", "atendente", "eletricista", "cuidador"],
        ind=["hotelaria", "logística", "saúde", "varejo", "construção", "tecnologia", "alimentação", "facilities"],
        apply="Candidate-se: {URL}", cv="Envie seu currículo para {EMAIL}", phone="RH: {PHONE}",
        where="Local: {CITY}", follow="Siga-nos: {URL}",
        local=["rh", "vagas", "recrutamento"],
    ),
    "ar": dict(
        about=["{NAME} شركة في مجال {IND} لديها {K} فروع في {COUNTRY}. منذ عام {YEAR} ونحن ننمو مع موظفينا.",
               "من نحن: {NAME} رائدة في مجال {IND} منذ {YEAR}، مع {K} مواقع و{E} موظف."],
        hr=["راتب تنافسي.", "نوفر فرصاً متكافئة للجميع.", "عقد دائم بدوام كامل.",
            "المزايا: تأمين صحي وإجازة مدفوعة.", "تدريب وتطوير مهني.", "فريق ودود ومتنوع.",
            "إمكانية البدء فوراً.", "ساعات عمل مرنة.", "خطة تقاعد.", "قدّم عبر الموقع أو أرسل سيرتك الذاتية."],
        titles=["{JOB} – {CITY}", "نحن نوظف: {JOB} ({CITY})", "مطلوب {JOB} لدى {NAME}", "وظيفة شاغرة: {JOB}، {CITY}"],
        jobs=["محاسب", "عامل مستودع", "ممرض/ة", "موظف استقبال", "مطور برمجيات", "طباخ", "سائق توصيل",
              "مساعد مبيعات", "عامل نظافة", "خدمة عملاء", "كهربائي", "مساعد رعاية"],
        ind=["الضيافة", "اللوجستيات", "الرعاية الصحية", "التجزئة", "البناء", "التكنولوجيا", "الأغذية",
             "خدمات المرافق"],
        apply="للتقديم: {URL}", cv="أرسل سيرتك الذاتية إلى {EMAIL}", phone="الموارد البشرية: {PHONE}",
        where="الموقع: {CITY}", follow="تابعونا: {URL}",
        local=["hr", "jobs", "careers"],
    ),
}
EMP_A = ["Bright", "North", "Silver", "Oak", "River", "Stone", "Clear", "Maple", "Harbor", "Summit", "Blue", "Green",
         "Iron", "Cedar", "Sun", "Lake"]
EMP_B = ["harbor", "wind", "pine", "field", "gate", "bridge", "view", "line", "point", "crest", "brook", "ridge"]
EMP_C = [["Hotels", "Hospitality Group", "Resorts"], ["Logistics", "Freight"], ["Care", "Health", "Clinics"],
         ["Retail", "Stores"], ["Construction", "Builders"], ["Tech", "Software"], ["Foods", "Kitchens"],
         ["Cleaning Services", "Facilities"]]

SELL = {
    "en": dict(items=[("sofa", 50, 400), ("mountain bike", 80, 600), ("iPhone 12", 200, 450),
                      ("washing machine", 100, 350), ("kids' bunk bed", 60, 250), ("PS5 console", 250, 450),
                      ("dining table with 4 chairs", 80, 300), ("set of winter tires", 100, 400),
                      ("baby stroller", 40, 200), ("used laptop", 150, 700), ("microwave", 20, 80),
                      ("gaming chair", 50, 200), ("electric guitar", 120, 600)],
               tmpl=["Selling my {ITEM}, {COND}. {PRICE}.", "{ITEM} for sale – {COND} – {PRICE} obo",
                     "FS: {ITEM}. {COND}. Asking {PRICE}. Pickup in {CITY}."],
               titles=["{ITEM} – {PRICE}", "For sale: {ITEM}", "{ITEM} ({CITY})"],
               room=("Room for rent in {CITY}", "Room for rent in {CITY}, {PRICE}/month, bills included. "
                                                "Quiet, non-smoker preferred."),
               cond=["like new", "good condition", "barely used", "some scratches", "works perfectly"],
               contact=["Call or text", "Contact:", "Phone", "Reach me at"], email=["Email", "Mail me:"],
               social="Also listed on {URL}"),
    "es": dict(items=[("sofá", 50, 400), ("bicicleta de montaña", 80, 600), ("iPhone 12", 200, 450),
                      ("lavadora", 100, 350), ("litera infantil", 60, 250), ("consola PS5", 250, 450),
                      ("mesa con 4 sillas", 80, 300), ("juego de llantas", 100, 400), ("carriola", 40, 200),
                      ("laptop usada", 150, 700), ("microondas", 20, 80), ("silla gamer", 50, 200),
                      ("guitarra eléctrica", 120, 600)],
               tmpl=["Vendo mi {ITEM}, {COND}. {PRICE}.", "Se vende {ITEM} – {COND} – {PRICE} negociable",
                     "{ITEM} en venta. {COND}. Precio {PRICE}. Entrega en {CITY}."],
               titles=["{ITEM} – {PRICE}", "Vendo {ITEM}", "{ITEM} ({CITY})"],
               room=("Se renta cuarto en {CITY}", "Se renta cuarto en {CITY}, {PRICE}/mes, servicios incluidos. "
                                                  "Zona tranquila."),
               cond=["como nuevo", "en buen estado", "poco uso", "detalles mínimos", "funciona perfecto"],
               contact=["Llamar o WhatsApp", "Contacto:", "Tel", "Informes al"], email=["Correo", "Escribir a"],
               social="También en {URL}"),
    "fr": dict(items=[("canapé", 50, 400), ("VTT", 80, 600), ("iPhone 12", 200, 450), ("lave-linge", 100, 350),
                      ("lit superposé", 60, 250), ("console PS5", 250, 450), ("table et 4 chaises", 80, 300),
                      ("pneus hiver", 100, 400), ("poussette", 40, 200), ("ordinateur portable", 150, 700),
                      ("micro-ondes", 20, 80), ("chaise gaming", 50, 200), ("guitare électrique", 120, 600)],
               tmpl=["Vends mon {ITEM}, {COND}. {PRICE}.", "{ITEM} à vendre – {COND} – {PRICE} à débattre",
                     "Je vends {ITEM}. {COND}. Prix {PRICE}. À récupérer à {CITY}."],
               titles=["{ITEM} – {PRICE}", "Vends {ITEM}", "{ITEM} ({CITY})"],
               room=("Chambre à louer à {CITY}", "Chambre à louer à {CITY}, {PRICE}/mois charges comprises. "
                                                 "Calme, non-fumeur."),
               cond=["comme neuf", "bon état", "très peu servi", "quelques rayures", "fonctionne parfaitement"],
               contact=["Appel ou SMS", "Contact :", "Tél", "Joignable au"], email=["Email", "Écrire à"],
               social="Aussi sur {URL}"),
    "pt": dict(items=[("sofá", 50, 400), ("bicicleta aro 29", 80, 600), ("iPhone 12", 200, 450),
                      ("máquina de lavar", 100, 350), ("beliche infantil", 60, 250), ("PS5", 250, 450),
                      ("mesa com 4 cadeiras", 80, 300), ("jogo de pneus", 100, 400), ("carrinho de bebê", 40, 200),
                      ("notebook usado", 150, 700), ("micro-ondas", 20, 80), ("cadeira gamer", 50, 200),
                      ("guitarra", 120, 600)],
               tmpl=["Vendo meu {ITEM}, {COND}. {PRICE}.", "{ITEM} à venda – {COND} – {PRICE} aceito oferta",
                     "Vende-se {ITEM}. {COND}. Valor {PRICE}. Retirar em {CITY}."],
               titles=["{ITEM} – {PRICE}", "Vendo {ITEM}", "{ITEM} ({CITY})"],
               room=("Alugo quarto em {CITY}", "Alugo quarto em {CITY}, {PRICE}/mês com contas inclusas. "
                                               "Lugar tranquilo."),
               cond=["como novo", "bom estado", "pouco uso", "alguns riscos", "funcionando perfeitamente"],
               contact=["Ligar ou zap", "Contato:", "Tel", "Falar no"], email=["E-mail", "Escreva para"],
               social="Também no {URL}"),
    "ar": dict(items=[("كنبة", 50, 400), ("دراجة جبلية", 80, 600), ("آيفون 12", 200, 450), ("غسالة", 100, 350),
                      ("سرير أطفال طابقين", 60, 250), ("بلايستيشن 5", 250, 450), ("طاولة مع 4 كراسي", 80, 300),
                      ("إطارات سيارة", 100, 400), ("عربة أطفال", 40, 200), ("لابتوب مستعمل", 150, 700),
                      ("مايكروويف", 20, 80), ("كرسي ألعاب", 50, 200), ("غيتار كهربائي", 120, 600)],
               tmpl=["للبيع {ITEM}، {COND}. {PRICE}.", "{ITEM} للبيع – {COND} – {PRICE} قابل للتفاوض",
                     "أبيع {ITEM}. {COND}. السعر {PRICE}. الاستلام في {CITY}."],
               titles=["{ITEM} – {PRICE}", "للبيع: {ITEM}", "{ITEM} ({CITY})"],
               room=("غرفة للإيجار في {CITY}", "غرفة للإيجار في {CITY}، {PRICE} شهرياً شامل الفواتير. مكان هادئ."),
               cond=["مثل الجديد", "بحالة جيدة", "استعمال خفيف", "بعض الخدوش", "يعمل بشكل ممتاز"],
               contact=["اتصل أو واتساب", "للتواصل:", "هاتف", "على الرقم"], email=["البريد", "راسلني على"],
               social="أيضاً على {URL}"),
}
FOOTER = {"en": "{SITE} · Support: {PHONE} · {EMAIL} · Terms · Privacy",
          "es": "{SITE} · Soporte: {PHONE} · {EMAIL} · Términos · Privacidad",
          "fr": "{SITE} · Assistance : {PHONE} · {EMAIL} · CGU · Confidentialité",
          "pt": "{SITE} · Suporte: {PHONE} · {EMAIL} · Termos · Privacidade",
          "ar": "{SITE} · الدعم: {PHONE} · {EMAIL} · الشروط · الخصوصية"}
SHARE = "Share: twitter.com/intent/tweet · facebook.com/sharer/sharer.php"
HOTLINE = {"en": "If you or someone you know is being forced to work or sell sex, call the national hotline {NUM} "
                 "(free, confidential, 24/7).",
           "es": "¿Tú o alguien que conoces es víctima de trata? Llama gratis a la línea nacional {NUM}, 24 horas.",
           "fr": "Victime ou témoin de traite ? Appelez gratuitement la ligne nationale {NUM}, 24h/24.",
           "pt": "Você ou alguém que você conhece é vítima de tráfico? Ligue grátis para a linha nacional {NUM}, 24h.",
           "ar": "إذا كنت أو شخص تعرفه ضحية للاتجار بالبشر، اتصل بالخط الوطني {NUM} مجاناً وعلى مدار الساعة."}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"],
            "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"],
            "fr": ["gmail.com", "hotmail.fr", "yahoo.fr", "outlook.fr"],
            "pt": ["gmail.com", "hotmail.com", "bol.com.br", "outlook.com"],
            "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]}
EMAIL_AT = {"en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", ".")],
            "es": [(" arroba ", " punto "), (" [at] ", " [dot] "), ("(at)", ".")],
            "fr": [(" arobase ", " point "), (" [at] ", " [dot] "), ("(at)", ".")],
            "pt": [(" arroba ", " ponto "), (" [at] ", " [dot] "), ("(at)", ".")],
            "ar": [(" at ", " dot "), (" [at] ", " [dot] ")]}

PHONE_STYLE = {
    "plain": [("e164", 8), ("intl", 15), ("national", 45), ("nat_sep", 20), ("00", 5), ("spaced", 3),
              ("split", 2), ("letter_o", 2)],
    "heavy": [("e164", 6), ("intl", 6), ("national", 16), ("nat_sep", 12), ("intl_sep", 4), ("00", 5),
              ("words", 10), ("spaced", 9), ("digit_sep", 9), ("letter_o", 8), ("emoji", 7), ("split", 8)],
}
CC_FORMS = {"e164", "intl", "intl_sep", "00", "words", "spaced", "digit_sep", "letter_o", "emoji", "split"}
PLAIN_CC_FORMS = {"e164", "intl", "intl_sep", "00"}


# --------------------------------------------------------------------------- helpers

def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def slug(s):
    s = s.lower()
    for a, b in (("á", "a"), ("à", "a"), ("â", "a"), ("ã", "a"), ("é", "e"), ("ê", "e"), ("è", "e"), ("ë", "e"),
                 ("í", "i"), ("ó", "o"), ("ô", "o"), ("õ", "o"), ("ú", "u"), ("ç", "c"), ("ñ", "n"), ("ï", "i"),
                 ("'", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def money(amount, country, lang):
    cur = CURRENCY[country][0]
    if cur in ("$", "£", "R$") and lang in ("en", "pt", "es"):
        return f"{cur}{amount}" if lang != "pt" else f"{cur} {amount}"
    if cur in ("€",) or lang in ("fr",):
        return f"{amount} {cur}" if lang == "fr" else f"{amount}{cur}"
    return f"{amount} {cur}"


def rng_for(seed, stream):
    return random.Random(f"linking9:{seed}:{stream}")


def fmt_time(t):
    return (START + dt.timedelta(seconds=int(t))).strftime("%Y-%m-%dT%H:%M:%SZ")


def rotation(rng, ws, we, k):
    """k consecutive slices of [ws, we], each widened by 3-10 days (overlap at handovers)."""
    bounds = [ws + (we - ws) * i / k for i in range(k + 1)]
    for i in range(1, k):
        bounds[i] += rng.uniform(-0.1, 0.1) * (we - ws) / k
    out = []
    for i in range(k):
        a = bounds[i] - (rng.uniform(3, 10) * DAY if i > 0 else 0)
        b = bounds[i + 1] + (rng.uniform(3, 10) * DAY if i < k - 1 else 0)
        out.append((a, b))
    return out


def active_index(rng, slices, t):
    cands = [i for i, (a, b) in enumerate(slices) if a <= t <= b]
    if not cands:
        return min(range(len(slices)), key=lambda i: min(abs(t - slices[i][0]), abs(t - slices[i][1])))
    return rng.choice(cands)


def times_in(rng, ws, we, n):
    return sorted(rng.uniform(ws, we) for _ in range(n))


# --------------------------------------------------------------------------- objects

class Phone:
    __slots__ = ("uid", "entry", "country", "recycled")

    def __init__(self, uid, entry, country):
        self.uid = uid
        self.entry = entry
        self.country = country
        self.recycled = False


class Actor:
    def __init__(self, uid, cls, country):
        self.uid = uid
        self.cls = cls
        self.country = country
        self.nid = None
        self.phones = []
        self.personas = []
        self.data = {}


class Persona:
    def __init__(self, uid, actor, name, name_ar, age, photos, country):
        self.uid = uid
        self.actor = actor
        self.name = name
        self.name_ar = name_ar
        self.age = age
        self.photos = photos
        self.country = country
        self.bios = {}
        self.handle = None      # (platform, value)
        self.email = None
        self.domain = None
        self.price = 0
        self.titles = []
        self.sig = None         # operator signature (list per lang built lazily)
        self.copy = None        # copycat: victim persona
        self.copy_edit = 0
        self.n_posts = 0
        self.first_t = None
        self.sites = []


class Gen:
    def __init__(self, seed, n):
        self.seed = seed
        self.n = n
        self.scale = n / 20000.0
        self.r = lambda stream: rng_for(seed, stream)
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)["countries"]
        rp = self.r("pool")
        self.buckets = {}
        for c in sorted(pool):
            entries = list(pool[c])
            rp.shuffle(entries)
            for e in entries:
                key = (c, e["city"] or "", "fixed" if e["type"] == "fixed" else "mobile")
                self.buckets.setdefault(key, []).append(e)
        self.bucket_keys = sorted(self.buckets)
        self.span = self.r("span").randint(365, 540) * DAY
        self.actors = []
        self.plans = []
        self.uid = 0
        self.used_strings = set()
        rs = self.r("stock")
        self.stock = [rs.getrandbits(256) for _ in range(40)]
        self.hubs()

    # ---- allocation
    def next_uid(self):
        self.uid += 1
        return self.uid

    def alloc(self, country, city=None, want="mobile"):
        order = []
        other = "fixed" if want == "mobile" else "mobile"
        if city:
            order += [(country, city, want), (country, city, other)]
        order += [(country, "", want), (country, "", other)]
        order += [k for k in self.bucket_keys if k[0] == country and k[2] == want]
        order += [k for k in self.bucket_keys if k[0] == country and k[2] == other]
        for k in order:
            b = self.buckets.get(k)
            if b:
                e = b.pop()
                return Phone(self.next_uid(), e, country)
        raise SystemExit(f"number pool for {country} exhausted; use fewer posts")

    def unique(self, rng, make):
        for i in range(1000):
            s = make(i)
            if s not in self.used_strings:
                self.used_strings.add(s)
                return s
        raise RuntimeError("could not make a unique string")

    def photo(self, rng):
        return rng.getrandbits(256)

    @staticmethod
    def noisy(rng, h):
        k = rng.randint(0, 6)
        for b in rng.sample(range(256), k):
            h ^= 1 << b
        return "%064x" % h

    def new_actor(self, cls, country):
        a = Actor(self.next_uid(), cls, country)
        self.actors.append(a)
        return a

    def pick_country(self, rng, allowed=None):
        pairs = [(c, w) for c, w in COUNTRY_WEIGHTS if allowed is None or c in allowed]
        return wchoice(rng, pairs)

    # ---- hubs
    def hubs(self):
        self.site_hub = {}
        for s in SITES:
            c0 = sorted(s["countries"])[0] if "US" not in s["countries"] else "US"
            if s["key"] == "hirewide":
                c0 = "US"
            ph = self.alloc(c0, None, "fixed")
            disp = ph.entry["intl"] if len(s["countries"]) > 1 else ph.entry["national"]
            self.site_hub[s["key"]] = dict(phone=ph.entry["e164"], disp=disp, email="support@" + s["domain"])
        self.hotline = {}
        for c in HOTLINE_COUNTRIES:
            ph = self.alloc(c, None, "fixed")
            self.hotline[c] = dict(phone=ph.entry["e164"], disp=ph.entry["national"])
        self.aggregator = {}
        for c in sorted(AGGREGATORS):
            ph = self.alloc(c, None, "mobile")
            self.aggregator[c] = dict(name=AGGREGATORS[c], phone=ph)
        self.hub_phone_set = sorted([h["phone"] for h in self.site_hub.values()] +
                                    [h["phone"] for h in self.hotline.values()] +
                                    [a["phone"].entry["e164"] for a in self.aggregator.values()])

    # ---- plan helpers
    def plan(self, actor, persona, t, country, city, site, section, **kw):
        lang = site["countries"][country]
        p = dict(actor=actor, persona=persona, t=t, country=country, city=city, site=site, section=section,
                 lang=lang, contacts=[], images=[], stock=0, repost=False, extra={})
        p.update(kw)
        self.plans.append(p)
        if persona is not None:
            if persona.first_t is None or t < persona.first_t:
                persona.first_t = t
            persona.n_posts += 1
            persona.sites.append(site["key"])
        return p

    def add_images(self, rng, p, photos, lo, hi, stock_prob):
        imgs = []
        if photos:
            k = min(len(photos), rng.randint(lo, hi))
            for h in rng.sample(photos, k):
                imgs.append(self.noisy(rng, h))
        if rng.random() < stock_prob:
            imgs.insert(rng.randint(0, len(imgs)), self.noisy(rng, rng.choice(self.stock)))
            p["stock"] += 1
        p["images"] = imgs

    def make_persona(self, rng, actor, country, lang_hint=None):
        ar = None
        if country in ("AE", "SA", "MA") and rng.random() < 0.6:
            name, ar = rng.choice(AR_NAMES)
        elif country in ("AE", "SA") or rng.random() < 0.06:
            name = rng.choice(NAMES["intl"])
        else:
            lang = {"US": "en", "CA": "en", "GB": "en", "ES": "es", "MX": "es", "CO": "es", "FR": "fr",
                    "MA": "fr", "BR": "pt", "PT": "pt"}[country]
            name = rng.choice(NAMES[lang])
        p = Persona(self.next_uid(), actor, name, ar, rng.randint(21, 38),
                    [self.photo(rng) for _ in range(rng.randint(3, 8))], country)
        p.price = int(rng.choice([120, 150, 180, 200, 250, 300, 350]) * CURRENCY[country][1])
        p.titles = rng.sample(range(5), 2)
        actor.personas.append(p)
        return p

    def persona_handle(self, rng, persona, platform):
        base = slug(persona.name).replace("-", "") or "angel"
        extra = ["", "_", ".", "x"]

        def mk(i):
            return f"{base}{rng.choice(extra)}{rng.choice(['vip', 'xo', 'luv', 'real', 'bby', str(rng.randint(1, 99))])}" + (
                str(rng.randint(10, 999)) if i > 3 else "")
        return (platform, self.unique(rng, lambda i: platform + ":" + mk(i)).split(":", 1)[1])

    def freemail(self, rng, base, lang):
        dom = rng.choice(FREEMAIL[lang])
        base = slug(base).replace("-", rng.choice([".", "_", ""])) or "contact"
        return self.unique(rng, lambda i: f"{base}{rng.randint(1, 99) if i or rng.random() < 0.7 else ''}@{dom}")

    def site_for(self, rng, section, country, prefer=None):
        cands = sites_for(section, country)
        if prefer is not None and prefer in cands and rng.random() < 0.8:
            return prefer
        return rng.choice(cands)

    def escort_site(self, rng, country):
        return self.site_for(rng, "escort", country)

    # ---------------------------------------------------------------- classes
    def gen_independents(self, budget):
        rng = self.r("independent")
        left = budget
        while left > 0:
            n = min(left, min(80, 1 + int(rng.lognormvariate(2.0, 0.9))))
            left -= n
            c = self.pick_country(rng)
            a = self.new_actor("independent", c)
            per = self.make_persona(rng, a, c)
            cities = [x[0] for x in CITIES[c]]
            home = rng.choice(cities)
            ntour = wchoice(rng, [(0, 50), (1, 35), (2, 15)])
            tours = rng.sample([x for x in cities if x != home], min(ntour, len(cities) - 1))
            length = min(self.span, rng.randint(14, 400) * DAY)
            ws = rng.uniform(0, self.span - length)
            ts = times_in(rng, ws, ws + length, n)
            a.phones.append(self.alloc(c, home, "mobile"))
            mode = None
            if rng.random() < 0.30:
                a.phones.append(self.alloc(c, home, "mobile"))
                mode = "switch" if rng.random() < 0.6 else "parallel"
                switch_t = rng.uniform(ws, ws + length)
            if rng.random() < 0.35:
                per.handle = self.persona_handle(rng, per, rng.choice(["telegram", "snapchat", "instagram"]))
            if rng.random() < 0.20:
                per.email = self.freemail(rng, per.name, self.lang_of(c))
            if rng.random() < 0.06:
                per.domain = self.unique(rng, lambda i: f"{slug(per.name)}-{rng.choice(['vip', 'rose', 'angel', 'luxe', 'dolce', 'bella'])}{'' if i == 0 else i}.{rng.choice(['example', 'test'])}")
            agg = c in self.aggregator and rng.random() < 0.15
            city_of = [home] * n
            for tc in tours:
                if n < 3:
                    break
                blen = max(1, int(n * rng.uniform(0.1, 0.25)))
                st = rng.randint(0, n - blen)
                for i in range(st, st + blen):
                    city_of[i] = tc
            main_site = self.escort_site(rng, c)
            acct = {}
            for i, t in enumerate(ts):
                sec = "escort" if rng.random() < 0.85 else "services"
                site = self.site_for(rng, sec, c, main_site if sec == "escort" else None)
                p = self.plan(a, per, t, c, city_of[i], site, sec, repost=i > 0)
                if site["author"]:
                    if site["key"] not in acct or rng.random() < 0.15:
                        acct[site["key"]] = self.account(rng)
                    p["author"] = acct[site["key"]]
                if rng.random() >= 0.04:
                    ph = a.phones[0]
                    if mode == "switch" and t >= switch_t:
                        ph = a.phones[1]
                    elif mode == "parallel" and rng.random() < 0.3:
                        ph = a.phones[1]
                    p["contacts"].append(("phone", ph, "wa" if rng.random() < 0.15 else "call"))
                    if per.handle and rng.random() < 0.5:
                        p["contacts"].append(("handle",) + per.handle)
                    if per.email and rng.random() < 0.4:
                        p["contacts"].append(("email", per.email))
                    if per.domain and rng.random() < 0.6:
                        p["contacts"].append(("site", per.domain))
                    if agg and rng.random() < 0.5:
                        p["extra"]["agg"] = c
                if rng.random() < 0.85:
                    self.add_images(rng, p, per.photos, 1, 5, 0.12)

    def account(self, rng):
        return self.unique(rng, lambda i: "u%07d" % rng.randint(0, 9999999))

    def lang_of(self, c):
        return {"US": "en", "CA": "en", "GB": "en", "ES": "es", "MX": "es", "CO": "es", "FR": "fr", "MA": "fr",
                "BR": "pt", "PT": "pt", "AE": "ar", "SA": "ar"}[c]

    def gen_operators(self, budget):
        rng = self.r("operator")
        left = budget
        while left > 0:
            c = self.pick_country(rng)
            a = self.new_actor("operator", c)
            k = rng.randint(3, 10)
            sizes = []
            for s in [rng.randint(5, 40) for _ in range(k)]:
                s = min(s, left - sum(sizes))
                if s <= 0:
                    break
                sizes.append(s)
            left -= sum(sizes)
            length = rng.uniform(120 * DAY, self.span)
            ws = rng.uniform(0, self.span - length)
            we = ws + length
            cities = [x[0] for x in CITIES[c]]
            circuit = rng.sample(cities, min(len(cities), rng.randint(3, 6)))
            m = rng.randint(2, 5)
            a.phones = [self.alloc(c, circuit[0], "mobile") for _ in range(m)]
            slices = rotation(rng, ws, we, m)
            wa = self.alloc(c, None, "mobile") if rng.random() < 0.2 else None
            tg = None
            if rng.random() < 0.25:
                tg = ("telegram", self.unique(rng, lambda i: "telegram:" + rng.choice(
                    ["vip", "elite", "luxury", "top", "best", "angels", "dolls", "queens"]) + rng.choice(
                    ["_", "", "."]) + rng.choice(["girls", "models", "angels", "club", "agency", "ladies"]) + rng.choice(
                    ["", "_", ""]) + str(rng.randint(1, 999))).split(":", 1)[1])
            a.data.update(sig_idx=[rng.sample(range(12), 3) for _ in range(3)],
                          sig_sep=[rng.choice(SIG_SEPS) for _ in range(3)],
                          motif="".join(rng.choice(EMOJI) for _ in range(rng.randint(2, 3))),
                          caps=rng.random() < 0.3)
            silent = rng.randrange(len(sizes)) if rng.random() < 0.3 else -1
            shared_acct = rng.random() < 0.4
            accounts = {}
            main_site = self.escort_site(rng, c)
            for j, n in enumerate(sizes):
                per = self.make_persona(rng, a, c)
                per.sig = rng.sample(range(3), 2)
                plen = rng.uniform(min(30 * DAY, length), length)
                ps = rng.uniform(ws, we - plen)
                ts = times_in(rng, ps, ps + plen, n)
                off = rng.randrange(len(circuit))
                step = rng.randint(7, 21) * DAY
                for i, t in enumerate(ts):
                    city = circuit[(off + int((t - ps) // step)) % len(circuit)]
                    sec = "escort" if rng.random() < 0.9 else "services"
                    site = self.site_for(rng, sec, c, main_site if sec == "escort" else None)
                    p = self.plan(a, per, t, c, city, site, sec, repost=i > 0)
                    if site["author"]:
                        key = (site["key"], -1 if shared_acct else j)
                        if key not in accounts:
                            accounts[key] = self.account(rng)
                        p["author"] = accounts[key]
                    quiet = (j == silent and rng.random() < 0.7) or rng.random() < 0.03
                    if not quiet:
                        ix = active_index(rng, slices, t)
                        p["contacts"].append(("phone", a.phones[ix], "call"))
                        both = [x for x, (lo, hi) in enumerate(slices) if lo <= t <= hi and x != ix]
                        if both and rng.random() < 0.15:  # handover: "new number" posts carry both
                            p["contacts"].append(("phone", a.phones[both[0]], "call"))
                        if tg and rng.random() < 0.5:
                            p["contacts"].append(("handle",) + tg)
                        if wa and rng.random() < 0.4:
                            p["contacts"].append(("phone", wa, "wa"))
                    if rng.random() < 0.88:
                        self.add_images(rng, p, per.photos, 1, 5, 0.12)
            if wa:
                a.phones.append(wa)

    def gen_massage(self, budget):
        rng = self.r("massage")
        if budget <= 0:
            return
        nb = max(1, min(budget, round(rng.uniform(60, 80) * self.scale)))
        w = [rng.lognormvariate(0, 0.8) for _ in range(nb)]
        extra = budget - nb
        raw = [extra * x / sum(w) for x in w]
        sizes = [1 + int(x) for x in raw]
        rem = budget - sum(sizes)
        order = sorted(range(nb), key=lambda i: (-(raw[i] - int(raw[i])), i))
        for i in order[:rem]:
            sizes[i] += 1
        names_used = []
        for n in sizes:
            c = self.pick_country(rng)
            lang = self.lang_of(c)
            if c == "MA" and rng.random() < 0.4:
                lang = "ar"
            a = self.new_actor("massage", c)
            city = rng.choice([x[0] for x in CITIES[c]])
            bank = MASSAGE[lang]
            prev = [x for x in names_used if x[1] != city]
            if prev and rng.random() < 0.10:
                name = rng.choice(prev)[0]
            else:
                for _ in range(50):
                    name = rng.choice(MASSAGE_CORES) + " " + rng.choice(bank["suffix"])
                    if (name, city) not in names_used:
                        break
            names_used.append((name, city))
            a.phones.append(self.alloc(c, city, "fixed"))
            if rng.random() < 0.3:
                a.phones.append(self.alloc(c, city, "mobile"))
            dom = None
            if rng.random() < 0.6:
                dom = self.unique(rng, lambda i: f"{slug(name)}-{slug(city)}{'' if i == 0 else i}.{rng.choice(['example', 'test'])}")
            email = None
            if rng.random() < 0.3:
                email = (rng.choice(["info", "contact", "booking", "reservas", "hello"]) + "@" + dom) if dom else \
                    self.freemail(rng, slug(name), lang)
            mult = CURRENCY[c][1]
            a.data.update(name=name, city=city, lang=lang, domain=dom, email=email,
                          address=rng.choice(bank["street"]).format(n=rng.randint(2, 2999)),
                          hours=rng.choice(bank["hours"]), pa=int(rng.choice([50, 60, 70, 80]) * mult),
                          photos=[self.photo(rng) for _ in range(rng.randint(1, 4))])
            ws = rng.uniform(0, 0.4 * self.span)
            we = rng.uniform(0.6 * self.span, self.span)
            ts = times_in(rng, ws, we, n)
            for i, t in enumerate(ts):
                sec = "massage" if rng.random() < 0.7 else "services"
                cands = [s for s in sites_for(sec, c) if s["countries"][c] == lang] or sites_for(sec, c)
                site = rng.choice(cands)
                p = self.plan(a, None, t, c, city, site, sec, repost=i > 0)
                if rng.random() < 0.95:
                    ph = a.phones[1] if len(a.phones) > 1 and rng.random() < 0.3 else a.phones[0]
                    p["contacts"].append(("phone", ph, "call"))
                if dom and rng.random() < 0.5:
                    p["contacts"].append(("site", dom))
                if email and rng.random() < 0.4:
                    p["contacts"].append(("email", email))
                if rng.random() < 0.7:
                    self.add_images(rng, p, a.data["photos"], 0, 2, 0.6)

    def gen_recruiters(self, budget):
        rng = self.r("recruiter")
        left = budget
        while left > 0:
            n = min(left, rng.randint(20, 100))
            left -= n
            c = wchoice(rng, [("AE", 3), ("ES", 2), ("MX", 2), ("CO", 2), ("BR", 1), ("US", 1), ("GB", 1),
                              ("FR", 1), ("MA", 1)])
            a = self.new_actor("recruiter", c)
            others = [x for x in COUNTRIES if x != c]
            targets = [c] + rng.sample(others, rng.randint(1, 3))
            length = rng.randint(60, 300) * DAY
            ws = rng.uniform(0, self.span - length)
            we = ws + length
            k = rng.randint(2, 3)
            a.phones = [self.alloc(c, None, "mobile") for _ in range(k)]
            slices = rotation(rng, ws, we, k)
            wac = c if rng.random() < 0.5 else rng.choice(["AE", "GB", "ES", "MX", "CO", "US", "BR"])
            wa = self.alloc(wac, None, "mobile")
            a.phones.append(wa)
            a.data.update(phr=rng.sample(range(14), 6), jobs=rng.sample(range(9), 3),
                          dest=rng.sample(range(12), rng.randint(1, 3)), sal=rng.choice([1500, 2000, 2500, 3000,
                                                                                         3500, 4000, 5000]),
                          agency=rng.choice(AGENCY_A) + " " + rng.choice(AGENCY_B) + " " + rng.choice(AGENCY_C),
                          emo=rng.choice(["", "✈️", "🌍", "💰", "⭐", "🔥"]))
            for i, t in enumerate(times_in(rng, ws, we, n)):
                pc = c if rng.random() < 0.4 else rng.choice(targets)
                sec = "jobs"
                site = rng.choice(sites_for("jobs", pc))
                p = self.plan(a, None, t, pc, rng.choice([x[0] for x in CITIES[pc]]), site, sec, repost=i > 0)
                if rng.random() >= 0.12:
                    use_p = rng.random() < 0.7
                    use_w = rng.random() < 0.6 or not use_p
                    if use_p:
                        p["contacts"].append(("phone", a.phones[active_index(rng, slices, t)], "call"))
                    if use_w:
                        p["contacts"].append(("phone", wa, "wa"))
                if rng.random() < 0.2:
                    self.add_images(rng, p, [], 0, 0, 1.0)

    def gen_employers(self, budget):
        rng = self.r("employer")
        left = budget
        while left > 0:
            n = min(left, rng.randint(20, 90))
            left -= n
            c = self.pick_country(rng)
            a = self.new_actor("employer", c)
            ind = rng.randrange(8)
            name = self.unique(rng, lambda i: rng.choice(EMP_A) + rng.choice(EMP_B) + " " + rng.choice(EMP_C[ind]))
            dom = slug(name) + "." + rng.choice(["example", "test"])
            ncty = wchoice(rng, [(1, 70), (2, 20), (3, 10)])
            ctys = [c] + rng.sample([x for x in COUNTRIES if x != c], ncty - 1)
            length = rng.uniform(0.5, 1.0) * self.span
            ws = rng.uniform(0, self.span - length)
            we = ws + length
            phones = {}
            for cc in ctys:
                k = rng.randint(2, 4) if cc == c else rng.randint(1, 2)
                phones[cc] = ([self.alloc(cc, None, "fixed") for _ in range(k)], rotation(rng, ws, we, k))
                a.phones += phones[cc][0]
            lang0 = self.lang_of(c)
            locs = rng.sample(EMPLOY[lang0]["local"], min(2, len(EMPLOY[lang0]["local"])))
            a.data.update(name=name, domain=dom, emails=[l + "@" + dom for l in locs],
                          careers=rng.choice(["careers", "www"]), jobs=rng.sample(range(12), rng.randint(4, 8)),
                          ind=ind, about=rng.randrange(2), hr=rng.sample(range(10), 5),
                          k=rng.randint(3, 120), year=rng.randint(1962, 2015), e=rng.choice([80, 250, 600, 1200, 4000]),
                          logo=self.photo(rng), linkedin=rng.random() < 0.3, title=rng.randrange(4))
            for i, t in enumerate(times_in(rng, ws, we, n)):
                pc = c if rng.random() < 0.6 else rng.choice(ctys)
                sec = "jobs"
                site = rng.choice(sites_for("jobs", pc))
                p = self.plan(a, None, t, pc, rng.choice([x[0] for x in CITIES[pc]]), site, sec, repost=i > 0)
                p["extra"]["job"] = rng.choice(a.data["jobs"])
                p["extra"]["req"] = rng.randint(1000, 99999)
                if rng.random() < 0.85:
                    p["contacts"].append(("careers", dom))
                if rng.random() < 0.75:
                    p["contacts"].append(("email", rng.choice(a.data["emails"])))
                if rng.random() < 0.5:
                    lst, sl = phones[pc]
                    p["contacts"].append(("phone", lst[active_index(rng, sl, t)], "call"))
                if a.data["linkedin"] and rng.random() < 0.4:
                    p["contacts"].append(("handle", "linkedin", slug(name)))
                if site["author"]:
                    p["author"] = a.data.setdefault("acct", self.account(rng))
                if rng.random() < 0.1:
                    self.add_images(rng, p, [a.data["logo"]], 1, 1, 0.0)

    def gen_copycats(self, budget):
        rng = self.r("copycat")
        vi = [per for a in self.actors if a.cls == "independent" for per in a.personas if per.n_posts >= 3]
        vo = [per for a in self.actors if a.cls == "operator" for per in a.personas if per.n_posts >= 3]
        if not vi and not vo:
            vi = [per for a in self.actors for per in a.personas]
        left = budget
        while left > 0:
            if not vi and not vo:
                self.gen_independents(left)
                return
            n = min(left, rng.randint(2, 15))
            left -= n
            victim = rng.choice(vi) if (vi and (rng.random() < 0.7 or not vo)) else rng.choice(vo)
            c = victim.country
            a = self.new_actor("copycat", c)
            keep = rng.random() < 0.7
            per = Persona(self.next_uid(), a, victim.name if keep else self.make_name(rng, c),
                          victim.name_ar if keep else None, victim.age + rng.choice([-1, 0, 0, 1]), [], c)
            per.copy = victim
            per.copy_edit = 0 if rng.random() < 0.6 else rng.randint(1, 2)
            per.price = victim.price
            per.titles = list(victim.titles)
            a.personas.append(per)
            a.data["victim"] = victim
            own = [self.photo(rng) for _ in range(rng.randint(1, 3))] if rng.random() < 0.3 else []
            stolen = rng.sample(victim.photos, min(len(victim.photos), rng.randint(2, 4)))
            city = rng.choice([x[0] for x in CITIES[c]])
            a.phones.append(self.alloc(c, city, "mobile"))
            if rng.random() < 0.3:
                per.handle = self.persona_handle(rng, per, "telegram")
            v0 = victim.first_t or 0
            ws = rng.uniform(v0, max(v0, self.span - 10 * DAY))
            we = min(self.span, ws + rng.randint(5, 200) * DAY)
            # post where the victim posts (same language, so the bio really is a copy)
            vs = Counter(k for k in victim.sites if "escort" in SITE[k]["sections"] and c in SITE[k]["countries"])
            vsites = sorted(vs, key=lambda k: (-vs[k], k)) or [self.escort_site(rng, c)["key"]]
            for i, t in enumerate(times_in(rng, ws, we, n)):
                site = SITE[vsites[0] if rng.random() < 0.8 else rng.choice(vsites)]
                p = self.plan(a, per, t, c, city, site, "escort", repost=i > 0)
                if site["author"]:
                    p["author"] = a.data.setdefault("acct_" + site["key"], self.account(rng))
                if rng.random() >= 0.03:
                    p["contacts"].append(("phone", a.phones[0], "call"))
                    if per.handle and rng.random() < 0.5:
                        p["contacts"].append(("handle",) + per.handle)
                self.add_images(rng, p, stolen + own, 1, 4, 0.05)

    def make_name(self, rng, c):
        lang = self.lang_of(c)
        if lang == "ar":
            return rng.choice(NAMES["intl"])
        return rng.choice(NAMES[lang])

    def gen_sellers(self, budget):
        rng = self.r("seller")
        left = budget
        while left > 0:
            n = min(left, wchoice(rng, [(1, 45), (2, 25), (3, 15), (4, 10), (5, 5)]))
            left -= n
            c = self.pick_country(rng)
            a = self.new_actor("seller", c)
            city = rng.choice([x[0] for x in CITIES[c]])
            mode = wchoice(rng, [("phone", 55), ("email", 25), ("both", 20)])
            if mode != "email":
                a.phones.append(self.alloc(c, city, "mobile"))
            lang = self.lang_of(c)
            email = None
            if mode != "phone":
                email = self.freemail(rng, rng.choice(NAMES.get(lang, NAMES["intl"]) if lang != "ar" else
                                                      [x[0] for x in AR_NAMES]) + rng.choice(["", "m", "k", "j"]),
                                      lang)
            items = [rng.randrange(14)]
            ws = rng.uniform(0, self.span - 5 * DAY)
            we = min(self.span, ws + rng.randint(1, 60) * DAY)
            photos = {}
            for i, t in enumerate(times_in(rng, ws, we, n)):
                if i > 0 and rng.random() >= 0.6:
                    items.append(rng.randrange(14))
                it = items[-1]
                site = rng.choice(sites_for("items", c))
                p = self.plan(a, None, t, c, city, site, "items", repost=i > 0 and it in items[:-1])
                p["extra"]["item"] = it
                p["extra"]["price"] = rng.random()
                if site["author"]:
                    p["author"] = a.data.setdefault("acct_" + site["key"], self.account(rng))
                if a.phones:
                    p["contacts"].append(("phone", a.phones[0], "call"))
                if email:
                    p["contacts"].append(("email", email))
                if rng.random() < 0.4:
                    if it not in photos:
                        photos[it] = [self.photo(rng) for _ in range(rng.randint(1, 3))]
                    self.add_images(rng, p, photos[it], 1, 3, 0.0)

    # ---------------------------------------------------------------- recycling
    def recycle(self):
        rng = self.r("recycle")
        k = max(1, round(12 * self.scale))
        last_use = {}
        first_post = {}
        for p in self.plans:
            a = p["actor"]
            first_post[a.uid] = min(first_post.get(a.uid, p["t"]), p["t"])
            for ct in p["contacts"]:
                if ct[0] == "phone":
                    last_use[ct[1].uid] = max(last_use.get(ct[1].uid, 0), p["t"])
        pool = [a for a in self.actors if a.cls in ("independent", "seller") and a.phones
                and a.phones[0].uid in last_use]
        pool.sort(key=lambda a: a.uid)
        used = set()
        made = 0
        donors = list(pool)
        rng.shuffle(donors)
        self.recycled = []
        for d in donors:
            if made >= k:
                break
            if d.uid in used:
                continue
            dp = d.phones[0]
            lu = last_use[dp.uid]
            cands = [r for r in pool if r.uid not in used and r.uid != d.uid and r.country == d.country
                     and first_post[r.uid] >= lu + 30 * DAY and len(r.phones) == 1]
            if not cands:
                continue
            r = rng.choice(cands)
            used.add(d.uid)
            used.add(r.uid)
            r.phones[0].entry = dp.entry
            r.phones[0].recycled = True
            dp.recycled = True
            self.recycled.append(dp.entry["e164"])
            made += 1

    # ---------------------------------------------------------------- rendering
    def render_phone(self, rng, ph, lang, style, post_country, html):
        e = ph.entry
        needs_cc = ph.country != post_country
        forms = PHONE_STYLE[style]
        if needs_cc:
            allowed = PLAIN_CC_FORMS if style == "plain" else CC_FORMS
            forms = [(f, w) for f, w in forms if f in allowed]
        form = wchoice(rng, forms)
        nat_groups = re.findall(r"\d+", e["national"])
        int_groups = re.findall(r"\d+", e["intl"])
        use_intl = needs_cc or rng.random() < 0.2
        groups = int_groups if use_intl else nat_groups
        plus = "+" if use_intl else ""
        if form == "e164":
            raw = e["e164"]
        elif form == "intl":
            raw = e["intl"]
        elif form == "national":
            raw = e["national"]
        elif form == "nat_sep":
            raw = rng.choice(["-", ".", " ", ""]).join(nat_groups)
        elif form == "intl_sep":
            sep = rng.choice(["-", ".", " "])
            raw = "+" + int_groups[0] + rng.choice([" ", sep]) + sep.join(int_groups[1:])
        elif form == "00":
            raw = "00" + e["cc"] + rng.choice([" ", ""]) + rng.choice([" ", ""]).join(int_groups[1:])
        elif form == "words":
            words = DIGIT_WORDS[lang]
            toks = []
            for g in groups:
                gt = []
                for d in g:
                    gt.append(words[int(d)] if rng.random() < 0.5 else d)
                s = ""
                for j, tok in enumerate(gt):
                    if j and (not tok.isdigit() or not gt[j - 1].isdigit()):
                        s += " " if lang == "ar" or rng.random() < 0.6 else ""
                    s += tok
                toks.append(s)
            raw = plus + " ".join(toks)
        elif form == "spaced":
            raw = plus + " ".join("".join(groups))
        elif form == "digit_sep":
            sep = rng.choice(["•", "-", "*", "_", ".", "|", "/", " • "])
            d = "".join(groups)
            unit = rng.choice([1, 2])
            raw = plus + sep.join(d[i:i + unit] for i in range(0, len(d), unit))
        elif form == "letter_o":
            base = e["intl"] if use_intl else e["national"]
            if "0" not in base:
                base = rng.choice(["-", " "]).join(groups)
                base = plus + base
            raw = base.replace("0", rng.choice(["O", "o"]))
        elif form == "emoji":
            raw = plus + " ".join("".join(KEYCAP[d] for d in g) for g in groups)
        else:  # split
            br = "<br>" if html else "\n"
            if len(groups) >= 2:
                cut = max(1, len(groups) // 2)
                raw = plus + " ".join(groups[:cut]) + br + " ".join(groups[cut:])
            else:
                d = groups[0]
                raw = plus + d[:len(d) // 2] + br + d[len(d) // 2:]
        if lang == "ar" and form not in ("emoji", "words") and rng.random() < 0.4:
            raw = raw.translate(ARABIC_INDIC)
            form += "+arabic"
        return raw, form

    def render_email(self, rng, addr, lang, style):
        if rng.random() < (0.9 if style == "plain" else 0.7):
            return addr
        at, dot = rng.choice(EMAIL_AT[lang])
        local, dom = addr.split("@", 1)
        return local + at + dom.replace(".", dot)

    def city_disp(self, city, lang):
        if lang == "ar" and city in AR_CITY:
            return AR_CITY[city]
        return city

    def escort_text(self, rng, p):
        per = p["persona"]
        lang = p["lang"]
        bank = ESC[lang]
        src = per.copy if per.copy is not None else per
        bio = list(self.bio(src, lang))
        if per.copy is not None and per.copy_edit:
            er = random.Random(f"linking9:{self.seed}:copyedit:{per.uid}:{lang}")
            bio = self.edit(er, bio, bank, per.copy_edit)
        if p["repost"]:
            bio = self.edit(rng, bio, bank, rng.choice([0, 0, 1, 1, 2]))
        name = per.name_ar if (lang == "ar" and per.name_ar) else per.name
        city = self.city_disp(p["city"], lang)
        emo = rng.choice(EMOJI)
        hook = rng.choice(bank["hooks"]).format(city=city)
        ti = rng.choice(per.titles) if rng.random() < 0.85 else rng.randrange(5)
        title = bank["titles"][ti].format(name=name, age=per.age, hook=hook, city=city, emo=emo)
        a = p["actor"]
        if a.cls == "operator" and a.data.get("caps"):
            title = title.upper()
        lines = []
        html = p["site"]["html"]
        if html and rng.random() < 0.5:
            lines.append("<b>" + name + "</b>")
        lines.extend(bio)
        if rng.random() < 0.7:
            price = int(per.price * rng.choice([1, 1, 1, 0.9, 1.1]))
            lines.append(rng.choice(bank["rate"]).format(m=money(price, p["country"], lang)))
        if rng.random() < 0.5:
            lines.append(rng.choice(bank["place"]).format(city=city))
        return title, lines

    def bio(self, per, lang):
        if lang in per.bios:
            return per.bios[lang]
        rng = random.Random(f"linking9:{self.seed}:bio:{per.uid}:{lang}")
        bank = ESC[lang]

        def comp():
            return bank["compose"].format(open=rng.choice(bank["open"]), adj=rng.choice(bank["adj"]),
                                          noun=rng.choice(bank["noun"]), close=rng.choice(bank["close"]))
        sents = [comp()]
        if rng.random() < 0.5:
            sents.append(comp())
        sents += rng.sample(bank["generic"], rng.randint(2, 3))
        rng.shuffle(sents)
        a = per.actor
        if a.cls == "operator":
            d = a.data
            sigs = []
            for j in per.sig:
                A = [bank["sigA"][x] for x in d["sig_idx"][j]]
                sep = d["sig_sep"][j]
                sigs.append(f"{A[0]} {sep} {A[1]} {sep} {A[2]}")
            sents = sents[:2] + [sigs[0]] + sents[2:3] + [sigs[1] + " " + d["motif"]]
        per.bios[lang] = sents
        return sents

    def edit(self, rng, sents, bank, k):
        s = list(sents)
        for _ in range(k):
            op = rng.randrange(5)
            if op == 0 and s:
                s[rng.randrange(len(s))] = rng.choice(bank["generic"])
            elif op == 1 and len(s) > 2:
                del s[rng.randrange(len(s))]
            elif op == 2 and s:
                i = rng.randrange(len(s))
                s[i] = s[i] + " " + rng.choice(EMOJI)
            elif op == 3 and s:
                i = rng.randrange(len(s))
                s[i] = s[i].upper()
            else:
                s.insert(rng.randrange(len(s) + 1), rng.choice(bank["generic"]))
        return s

    def massage_text(self, rng, p):
        a = p["actor"]
        d = a.data
        lang = p["lang"]
        bank = MASSAGE[lang]
        ti, tb = rng.choice(bank["templates"])
        pa = int(d["pa"] * rng.choice([1, 1, 1, 0.9, 1.2]))
        prices = bank["prices"].format(a=money(pa, p["country"], lang), b=money(int(pa * 1.45), p["country"], lang))
        services = ", ".join(rng.sample(bank["services"], rng.randint(2, 4)))
        services = services[0].upper() + services[1:]
        city = self.city_disp(d["city"], lang)
        slots = dict(NAME=d["name"], CITY=city, ADDRESS=d["address"], HOURS=d["hours"], PRICES=prices,
                     SERVICES=services)
        title = ti.format(**slots)
        lines = [tb.format(**slots)]
        if rng.random() < 0.3:
            lines.append(rng.choice(bank["extra"]))
        return title, lines

    def recruiter_text(self, rng, p):
        d = p["actor"].data
        lang = p["lang"]
        bank = RECRUIT[lang]
        job = bank["jobs"][rng.choice(d["jobs"])]
        dest = bank["dest"][rng.choice(d["dest"])]
        sal = f"{d['sal']} {'USD' if rng.random() < 0.6 else '€'}" if lang != "en" else f"${d['sal']}"
        title = rng.choice(bank["titles"]).format(JOB=job[0].upper() + job[1:], DEST=dest, SAL=sal)
        if d["emo"]:
            title = d["emo"] + " " + title
        own = [bank["phrases"][i] for i in d["phr"]]
        k = rng.randint(3, 5)
        picks = []
        for _ in range(k):
            src = own if rng.random() < 0.75 else bank["phrases"]
            x = rng.choice(src)
            if x not in picks:
                picks.append(x)
        lines = [" ".join(x.format(SAL=sal) for x in picks)]
        if rng.random() < 0.4:
            lines.append(bank["agency"].format(A=d["agency"]))
        if rng.random() < 0.15:
            lines.append(bank["short"].format(url="https://tinyurl.com/" + self.code(rng)))
        if not p["contacts"]:
            lines.append(rng.choice(bank["nocontact"]))
        return title, lines

    def code(self, rng):
        return "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                       for _ in range(rng.randint(6, 8)))

    def employer_text(self, rng, p):
        d = p["actor"].data
        lang = p["lang"]
        bank = EMPLOY[lang]
        job = bank["jobs"][p["extra"]["job"]]
        job = job[0].upper() + job[1:]
        city = self.city_disp(p["city"], lang)
        ti = d["title"] if rng.random() < 0.8 else rng.randrange(4)
        title = bank["titles"][ti].format(JOB=job, CITY=city, NAME=d["name"])
        about = bank["about"][d["about"]].format(NAME=d["name"], IND=bank["ind"][d["ind"]], K=d["k"],
                                                 COUNTRY=COUNTRY_NAME[lang][p["actor"].country], YEAR=d["year"],
                                                 E=d["e"])
        hr = [bank["hr"][i] for i in d["hr"]]
        if rng.random() < 0.3:
            hr[rng.randrange(len(hr))] = rng.choice(bank["hr"])
        lines = [about, job + " · " + bank["where"].format(CITY=city), " ".join(hr)]
        return title, lines

    def seller_text(self, rng, p):
        lang = p["lang"]
        bank = SELL[lang]
        it = p["extra"]["item"]
        mult = CURRENCY[p["country"]][1]
        city = self.city_disp(p["city"], lang)
        if it >= len(bank["items"]):
            lo, hi = 300, 1200
            price = int((lo + (hi - lo) * p["extra"]["price"]) * mult)
            pr = money(price, p["country"], lang)
            title = bank["room"][0].format(CITY=city)
            lines = [bank["room"][1].format(CITY=city, PRICE=pr)]
        else:
            item, lo, hi = bank["items"][it]
            price = int((lo + (hi - lo) * p["extra"]["price"]) * mult)
            pr = money(price, p["country"], lang)
            title = rng.choice(bank["titles"]).format(ITEM=item[0].upper() + item[1:], PRICE=pr, CITY=city)
            lines = [rng.choice(bank["tmpl"]).format(ITEM=item, COND=rng.choice(bank["cond"]), PRICE=pr, CITY=city)]
        if rng.random() < 0.05:
            lines.append(bank["social"].format(URL="https://www.facebook.com/marketplace/" + slug(p["city"])))
        return title, lines

    def render(self):
        rng = self.r("render")
        out = []
        for p in self.plans:
            a = p["actor"]
            lang = p["lang"]
            site = p["site"]
            html = site["html"]
            cls = a.cls
            style = "plain" if cls in ("employer", "seller", "massage") else "heavy"
            if cls in ("independent", "operator", "copycat"):
                title, lines = self.escort_text(rng, p)
            elif cls == "massage":
                title, lines = self.massage_text(rng, p)
            elif cls == "recruiter":
                title, lines = self.recruiter_text(rng, p)
            elif cls == "employer":
                title, lines = self.employer_text(rng, p)
            else:
                title, lines = self.seller_text(rng, p)
            sel = dict(phones=[], emails=[], handles=[], domains=[], hub_phones=[], hub_emails=[], mentions=[])
            recycled = []

            def add(lst, v):
                if v not in lst:
                    lst.append(v)
            clines = []
            title_phone = None
            for ct in p["contacts"]:
                kind = ct[0]
                if kind == "phone":
                    ph, role = ct[1], ct[2]
                    raw, form = self.render_phone(rng, ph, lang, style, p["country"], html)
                    e164 = ph.entry["e164"]
                    add(sel["phones"], e164)
                    if ph.recycled:
                        add(recycled, e164)
                    sel["mentions"].append(dict(kind="phone", value=e164, form=form, raw=raw))
                    if cls in ("independent", "operator", "copycat") and title_phone is None and role == "call" \
                            and rng.random() < 0.15 and "\n" not in raw and "<br>" not in raw:
                        title_phone = raw
                        continue
                    labels = self.labels(cls, lang, role)
                    clines.append(rng.choice(labels) + " " + raw)
                elif kind == "handle":
                    plat, h = ct[1], ct[2]
                    add(sel["handles"], plat + ":" + h)
                    if plat == "linkedin":
                        clines.append(EMPLOY[lang]["follow"].format(URL="https://www.linkedin.com/company/" + h))
                    else:
                        clines.append(self.handle_text(rng, plat, h))
                elif kind == "email":
                    addr = ct[1]
                    add(sel["emails"], addr)
                    dom = addr.split("@", 1)[1]
                    if cls in ("employer", "massage") and dom == (a.data.get("domain") or ""):
                        add(sel["domains"], dom)
                    raw = self.render_email(rng, addr, lang, style)
                    if cls == "employer":
                        clines.append(EMPLOY[lang]["cv"].format(EMAIL=raw))
                    else:
                        lab = (MASSAGE[lang]["email"] if cls == "massage" else
                               SELL[lang]["email"] if cls == "seller" else ESC[lang]["email"])
                        clines.append(rng.choice(lab) + " " + raw)
                elif kind == "site":
                    dom = ct[1]
                    add(sel["domains"], dom)
                    url = rng.choice(["https://", "http://", "", "www."]) + dom + rng.choice(["", "/", "/gallery",
                                                                                               "/book"])
                    lab = MASSAGE[lang]["site"] if cls == "massage" else ESC[lang]["site"]
                    clines.append(rng.choice(lab) + " " + url)
                elif kind == "careers":
                    dom = ct[1]
                    add(sel["domains"], dom)
                    if a.data["careers"] == "careers":
                        url = f"https://careers.{dom}/jobs/{p['extra']['req']}"
                    else:
                        url = f"https://www.{dom}/careers/{slug(EMPLOY['en']['jobs'][p['extra']['job']])}-{p['extra']['req']}"
                    clines.append(EMPLOY[lang]["apply"].format(URL=url))
            if title_phone:
                title = title + " " + rng.choice(["☎", "📞", "-", "|", "call"]) + " " + title_phone
            if cls in ("independent", "operator", "copycat"):
                if not p["contacts"]:
                    clines.append(rng.choice(ESC[lang]["nocontact"]))
                agg = p["extra"].get("agg")
                if agg:
                    ag = self.aggregator[agg]
                    raw, _ = self.render_phone(rng, ag["phone"], lang, "heavy", p["country"], html)
                    clines.append(ESC[lang]["agg"].format(agg=ag["name"], num=raw))
                    add(sel["hub_phones"], ag["phone"].entry["e164"])
                if rng.random() < 0.06:
                    clines.append(ESC[lang]["short"].format(url="https://bit.ly/" + self.code(rng)))
            body_lines = lines + clines
            if site["hotline"] and rng.random() < 0.5 and p["country"] in self.hotline:
                h = self.hotline[p["country"]]
                body_lines.append(HOTLINE[lang].format(NUM=h["disp"]))
                add(sel["hub_phones"], h["phone"])
            hub = self.site_hub[site["key"]]
            foot = FOOTER[lang].format(SITE=site["name"], PHONE=hub["disp"], EMAIL=hub["email"])
            if site["share"]:
                foot += " · " + SHARE
            body_lines.append(foot)
            add(sel["hub_phones"], hub["phone"])
            add(sel["hub_emails"], hub["email"])
            sep = "<br>" if html else "\n"
            if html:
                body = "<p>" + sep.join(body_lines) + "</p>"
            else:
                body = sep.join(body_lines)
            post = dict(title=title, body=body)
            sub = (p["country"].lower() + ".") if len(site["countries"]) > 1 and rng.random() < 0.2 else ""
            post["url"] = f"https://{sub}{site['domain']}/{SECTION_SLUG[p['section']]}/{slug(p['city'])}/" \
                          f"{rng.randint(1000000, 9999999)}"
            post["site"] = site["domain"]
            post["posted_at"] = fmt_time(p["t"])
            if rng.random() < 0.65:
                post["location"] = self.location(rng, p["city"], p["country"], lang)
            if rng.random() < 0.35:
                reg = p["country"]
                if rng.random() < 0.10:
                    others = [c for c in sorted(site["countries"]) if c != reg]
                    reg = rng.choice(others) if others and rng.random() < 0.5 else NEIGHBOUR[reg]
                post["region"] = reg
            if p.get("author"):
                post["author"] = p["author"]
            if p["images"]:
                post["image_hashes"] = p["images"]
            own = sel["phones"] or sel["emails"] or sel["handles"] or sel["domains"]
            flags = dict(repost=bool(p["repost"]), no_contact=not own, recycled_phones=recycled,
                         copy_of=None, stock_photos=p["stock"])
            out.append((p["t"], rng.random(), a, post, sel, flags))
        return out

    def labels(self, cls, lang, role):
        if cls == "massage":
            return MASSAGE[lang]["call"]
        if cls == "seller":
            return SELL[lang]["contact"]
        if cls == "employer":
            return [EMPLOY[lang]["phone"].split("{")[0].strip()]
        if cls == "recruiter":
            return RECRUIT[lang]["wa"] if role == "wa" else RECRUIT[lang]["call"]
        return ESC[lang]["wa"] if role == "wa" else ESC[lang]["call"]

    def handle_text(self, rng, plat, h):
        if plat == "telegram":
            return rng.choice([f"Telegram: @{h}", f"TG: {h}", f"t.me/{h}", f"telegram @{h}", f"https://t.me/{h}"])
        if plat == "snapchat":
            return rng.choice([f"Snap: {h}", f"SC: {h}", f"snapchat @{h}", f"👻 {h}"])
        if plat == "instagram":
            return rng.choice([f"IG: @{h}", f"instagram.com/{h}", f"insta {h}", f"https://www.instagram.com/{h}"])
        raise ValueError(plat)

    def location(self, rng, city, country, lang):
        region = dict(CITIES[country])[city]
        if lang == "ar" and city in AR_CITY and rng.random() < 0.5:
            return rng.choice([AR_CITY[city], AR_CITY[city] + "، " + COUNTRY_NAME["ar"][country]])
        v = [city, f"{city}, {region}", city.lower()]
        down = {"en": f"downtown {city}", "es": f"{city} centro", "fr": f"{city} centre", "pt": f"centro de {city}",
                "ar": "وسط " + AR_CITY.get(city, city)}[lang]
        v.append(down)
        return rng.choice(v)

    # ---------------------------------------------------------------- driver
    def run(self):
        budgets = []
        acc = 0
        for i, (cls, share) in enumerate(SHARES):
            b = self.n - acc if i == len(SHARES) - 1 else round(share * self.n)
            b = max(0, b)
            acc += b
            budgets.append((cls, b))
        B = dict(budgets)
        self.gen_independents(B["independent"])
        self.gen_operators(B["operator"])
        self.gen_massage(B["massage"])
        self.gen_recruiters(B["recruiter"])
        self.gen_employers(B["employer"])
        self.gen_copycats(B["copycat"])
        self.gen_sellers(B["seller"])
        self.recycle()
        rn = self.r("nid")
        order = list(self.actors)
        rn.shuffle(order)
        width = max(5, len(str(len(order))))
        for i, a in enumerate(order):
            a.nid = "N%0*d" % (width, i + 1)
        rows = self.render()
        rows.sort(key=lambda r: (r[0], r[1]))
        width = max(6, len(str(len(rows))))
        result = []
        for i, (t, _, a, post, sel, flags) in enumerate(rows):
            pid = "p%0*d" % (width, i + 1)
            if a.cls == "copycat":
                flags["copy_of"] = a.data["victim"].actor.nid
            rec = dict(id=pid)
            rec.update(post)
            truth = dict(id=pid, network=a.nid, **{"class": a.cls})
            s = dict(id=pid, network=a.nid, **{"class": a.cls})
            s.update(sel)
            s["flags"] = flags
            result.append((rec, truth, s))
        return result


def write_jsonl(path, objs):
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")))
            f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    args = ap.parse_args(argv)
    if args.posts < 1:
        ap.error("--posts must be >= 1")
    g = Gen(args.seed, args.posts)
    result = g.run()
    write_jsonl(args.out, [r[0] for r in result])
    write_jsonl(args.truth, [r[1] for r in result])
    if args.selectors:
        write_jsonl(args.selectors, [r[2] for r in result])
    print(f"wrote {len(result)} posts, {len(g.actors)} networks (seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
