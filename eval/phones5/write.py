#!/usr/bin/env python3
"""Generate eval/phones5/{dev,heldout}.jsonl: invented ad posts with labelled contact phones.

    python3 eval/phones5/write.py            # rewrites dev.jsonl and heldout.jsonl
    python3 eval/phones5/write.py --check    # exit 1 if the committed files differ from the output

Python 3.11 standard library only; deterministic (fixed seeds, no clock, no hash ordering).
Numbers come from number_pool.json (random numbers libphonenumber calls valid, see build_pool.py);
dev uses the pool's even-indexed numbers of each country and type, heldout the odd-indexed ones,
so the two splits share no phone number. All ad text is invented.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = (("dev", "ph5d", 400, 5101), ("heldout", "ph5h", 600, 7919))

# ---------------------------------------------------------------- countries
# code: area, languages, cities, country names, url suffix, currency formats
C = {
    "NG": ("africa", "en", "Lagos|Abuja|Port Harcourt|Ibadan|Enugu|Lekki|Ikeja", "Nigeria", ".com.ng", "₦{p}|N{k}k|NGN {p}"),
    "GH": ("africa", "en", "Accra|Kumasi|Takoradi|Tema|East Legon", "Ghana", ".com.gh", "GH₵ {p}|GHS {p}|{p} cedis"),
    "KE": ("africa", "en en sw", "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Westlands", "Kenya", ".co.ke", "KSh {p}|Ksh. {p}|{p}/="),
    "TZ": ("africa", "sw sw en", "Dar es Salaam|Arusha|Dodoma|Mwanza|Zanzibar", "Tanzania", ".co.tz", "TSh {p}|Tsh {p}|{p}/="),
    "UG": ("africa", "en", "Kampala|Entebbe|Gulu|Jinja|Mbarara|Ntinda", "Uganda", ".co.ug", "UGX {p}|USh {p}|{k}k"),
    "ZA": ("africa", "en", "Johannesburg|Cape Town|Durban|Pretoria|Sandton|Soweto", "South Africa", ".co.za", "R{p}|R {p}|ZAR {p}"),
    "SN": ("africa", "fr", "Dakar|Thiès|Mbour|Touba|Ziguinchor|Saly", "Sénégal", ".sn", "{p} FCFA|{p} F CFA|{k}.000 F"),
    "CI": ("africa", "fr", "Abidjan|Yamoussoukro|Bouaké|Cocody|Yopougon|San-Pédro", "Côte d'Ivoire", ".ci", "{p} FCFA|{p} F|{k} mille"),
    "CM": ("africa", "fr fr en", "Douala|Yaoundé|Bafoussam|Buea|Bamenda|Kribi", "Cameroun", ".cm", "{p} FCFA|{p} XAF|{k}k FCFA"),
    "ET": ("africa", "en", "Addis Ababa|Bahir Dar|Hawassa|Adama|Dire Dawa|Bole", "Ethiopia", ".et", "{p} Birr|ETB {p}|{p} br"),
    "IN": ("s_asia", "en en hi", "Mumbai|Delhi|Bangalore|Pune|Chennai|Kolkata|Gurgaon|Noida", "India", ".co.in", "Rs. {p}|₹{p}|INR {p}"),
    "PK": ("s_asia", "en ur ur", "Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Peshawar", "Pakistan", ".com.pk", "Rs {p}|PKR {p}|{p}/-"),
    "BD": ("s_asia", "en bn bn", "Dhaka|Chittagong|Sylhet|Gazipur|Khulna|Uttara", "Bangladesh", ".com.bd", "৳{p}|Tk {p}|{p} taka"),
    "LK": ("s_asia", "en", "Colombo|Kandy|Galle|Negombo|Jaffna|Nugegoda", "Sri Lanka", ".lk", "Rs. {p}|LKR {p}|{p}/="),
    "NP": ("s_asia", "en ne", "Kathmandu|Pokhara|Lalitpur|Bhaktapur|Biratnagar|Thamel", "Nepal", ".com.np", "Rs {p}|NPR {p}|रु {p}"),
    "PH": ("se_asia", "tl tl en", "Manila|Quezon City|Makati|Cebu City|Davao|Pasay", "Philippines", ".com.ph", "₱{p}|PHP {p}|{p} pesos"),
    "ID": ("se_asia", "id", "Jakarta|Surabaya|Bandung|Medan|Denpasar|Yogyakarta", "Indonesia", ".co.id", "Rp {p}|Rp{k}rb|IDR {p}"),
    "MY": ("se_asia", "ms en", "Kuala Lumpur|Johor Bahru|Penang|Petaling Jaya|Kota Kinabalu|Shah Alam", "Malaysia", ".com.my", "RM{p}|RM {p}|MYR {p}"),
    "TH": ("se_asia", "th en", "Bangkok|Pattaya|Chiang Mai|Phuket|Hat Yai|กรุงเทพ", "Thailand", ".co.th", "฿{p}|{p} บาท|{p} THB"),
    "VN": ("se_asia", "vi", "Hà Nội|TP.HCM|Đà Nẵng|Hải Phòng|Cần Thơ|Sài Gòn", "Việt Nam", ".com.vn", "{p}đ|{k}k|{p} VND"),
    "KH": ("se_asia", "km en", "Phnom Penh|Siem Reap|Sihanoukville|Battambang|ភ្នំពេញ", "Cambodia", ".com.kh", "${k}|{p}៛|{p} riel"),
    "EG": ("mena", "ar ar en", "Cairo|Giza|Nasr City|Hurghada|Sharm El Sheikh|القاهرة|الجيزة", "Egypt", ".com.eg", "{p} جنيه|EGP {p}|{p} LE"),
    "MA": ("mena", "fr fr ar", "Casablanca|Rabat|Marrakech|Tanger|Agadir|Fès", "Maroc", ".ma", "{p} DH|{p} dhs|{p} MAD"),
    "DZ": ("mena", "fr ar", "Alger|Oran|Constantine|Annaba|Blida|Sétif", "Algérie", ".dz", "{p} DA|{p} DZD|{k} mille DA"),
    "TN": ("mena", "fr ar", "Tunis|Sfax|Sousse|Monastir|Bizerte|La Marsa", "Tunisie", ".tn", "{p} DT|{p} TND|{p} dinars"),
    "JO": ("mena", "ar en", "Amman|Irbid|Zarqa|Aqaba|عمّان", "Jordan", ".jo", "{p} JD|{p} دينار|JOD {p}"),
    "LB": ("mena", "ar fr en", "Beirut|Beyrouth|Jounieh|Byblos|Zahle|بيروت", "Lebanon", ".com.lb", "${p}|{p} USD|{p} ل.ل"),
    "SA": ("mena", "ar en", "Riyadh|Jeddah|Dammam|Khobar|الرياض|جدة", "Saudi Arabia", ".com.sa", "{p} ريال|SAR {p}|{p} SR"),
    "AE": ("mena", "en ar", "Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|JLT Dubai|دبي", "UAE", ".ae", "AED {p}|{p} AED|{p} dhs"),
    "IQ": ("mena", "ar", "Baghdad|Erbil|Basra|Sulaymaniyah|Najaf|بغداد|أربيل", "Iraq", ".iq", "{p} دينار|IQD {p}|${k}"),
    "MX": ("latam", "es", "Ciudad de México|CDMX|Guadalajara|Monterrey|Puebla|Tijuana|Cancún", "México", ".com.mx", "${p} MXN|${p}|{p} pesos"),
    "CO": ("latam", "es", "Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga", "Colombia", ".com.co", "${p}|{p} COP|{k} mil"),
    "PE": ("latam", "es", "Lima|Arequipa|Trujillo|Cusco|Chiclayo|Miraflores", "Perú", ".com.pe", "S/ {p}|S/.{p}|{p} soles"),
    "VE": ("latam", "es", "Caracas|Maracaibo|Barquisimeto|Maracay|Puerto La Cruz", "Venezuela", ".com.ve", "{p}$|Bs. {p}|{p} USD"),
    "AR": ("latam", "es", "Buenos Aires|Rosario|Mendoza|La Plata|Mar del Plata|Palermo CABA", "Argentina", ".com.ar", "${p}|ARS {p}|{k} lucas"),
    "CL": ("latam", "es", "Santiago de Chile|Valparaíso|Viña del Mar|Antofagasta|Temuco", "Chile", ".cl", "${p}|{p} CLP|{k} lucas"),
    "BR": ("latam", "pt", "São Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Recife|Fortaleza|Brasília", "Brasil", ".com.br", "R$ {p}|R${p},00|{k} reais"),
    "DO": ("latam", "es", "Santo Domingo|Punta Cana|Santiago de los Caballeros|La Romana|Puerto Plata", "República Dominicana", ".com.do", "RD${p}|{p} pesos|US${k}"),
    "GT": ("latam", "es", "Ciudad de Guatemala|Quetzaltenango|Antigua Guatemala|Mixco|Escuintla", "Guatemala", ".com.gt", "Q{p}|Q {p}|{p} quetzales"),
    "HN": ("latam", "es", "Tegucigalpa|San Pedro Sula|La Ceiba|Choluteca|Comayagua", "Honduras", ".hn", "L {p}|Lps. {p}|{p} lempiras"),
    "UA": ("eeca", "ru ru uk", "Київ|Харків|Одеса|Львів|Дніпро|Kyiv|Odesa", "Україна", ".com.ua", "{p} грн|₴{p}|{p} uah"),
    "RU": ("eeca", "ru", "Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Moscow", "Россия", ".ru", "{p} руб|{p} ₽|{p}р"),
    "KZ": ("eeca", "ru", "Алматы|Астана|Шымкент|Караганда|Almaty|Astana", "Казахстан", ".kz", "{p} тг|{p} ₸|{p} тенге"),
    "UZ": ("eeca", "ru uz", "Ташкент|Tashkent|Toshkent|Самарканд|Samarqand|Bukhara", "Uzbekistan", ".uz", "{p} сум|{p} so'm|{p} UZS"),
    "RO": ("eeca", "ro", "București|Cluj-Napoca|Timișoara|Iași|Constanța|Brașov", "România", ".ro", "{p} lei|{p} RON|{p} euro"),
    "MD": ("eeca", "ro ru", "Chișinău|Bălți|Кишинёв|Cahul|Orhei", "Moldova", ".md", "{p} lei|{p} MDL|{p} лей"),
    "PL": ("eeca", "pl", "Warszawa|Kraków|Wrocław|Gdańsk|Poznań|Łódź", "Polska", ".pl", "{p} zł|{p} PLN|{p} zl"),
    "RS": ("eeca", "sr", "Beograd|Novi Sad|Niš|Kragujevac|Subotica|Zemun", "Srbija", ".rs", "{p} din|{p} RSD|{p} evra"),
    "TR": ("eeca", "tr", "İstanbul|Ankara|İzmir|Antalya|Bursa|Kadıköy", "Türkiye", ".com.tr", "{p} TL|₺{p}|{p} lira"),
    "US": ("west", "en", "Houston|Atlanta|Phoenix|Las Vegas|Chicago|Miami", "USA", "", "${p}|{p}$|${k}"),
    "GB": ("west", "en", "London|Manchester|Leeds|Glasgow|Liverpool|Croydon", "UK", ".co.uk", "£{p}|£ {p}|{p} GBP"),
    "DE": ("west", "de", "Berlin|Hamburg|München|Köln|Frankfurt am Main|Düsseldorf", "Deutschland", ".de", "{p} €|{p},- €|{p} Euro"),
    "FR": ("west", "fr", "Paris|Lyon|Marseille|Toulouse|Nice|Bordeaux", "France", ".fr", "{p} €|{p}€|{p} euros"),
    "IT": ("west", "it", "Roma|Milano|Napoli|Torino|Bologna|Firenze", "Italia", ".it", "{p} €|€ {p}|{p} euro"),
    "ES": ("west", "es", "Madrid|Barcelona|Sevilla|Málaga|Bilbao|Zaragoza", "España", ".es", "{p} €|{p}€|{p} euros"),
}
COUNTRIES = sorted(C)
AREA_WEIGHT = {"africa": 3, "s_asia": 3, "se_asia": 3, "mena": 3, "latam": 3, "eeca": 3, "west": 2}
# native digit scripts that are natural in the country's ads
SCRIPT_OF = {"EG": "arabic_indic", "SA": "arabic_indic", "JO": "arabic_indic", "IQ": "arabic_indic", "LB": "arabic_indic",
             "AE": "arabic_indic", "PK": "persian", "IN": "devanagari", "NP": "devanagari", "BD": "bengali",
             "TH": "thai", "KH": "khmer"}
SCRIPT_ZERO = {"arabic_indic": 0x660, "persian": 0x6F0, "devanagari": 0x966, "bengali": 0x9E6, "thai": 0xE50, "khmer": 0x17E0}
# which number-word language a country's posters spell in
WORDLANG = {"NG": "en", "GH": "en", "KE": "en sw", "TZ": "sw en", "UG": "en", "ZA": "en", "SN": "fr", "CI": "fr", "CM": "fr en",
            "ET": "en", "IN": "en", "PK": "en", "BD": "en", "LK": "en", "NP": "en", "PH": "en", "ID": "id", "MY": "ms en",
            "TH": "en", "VN": "en", "KH": "en", "EG": "en", "MA": "fr", "DZ": "fr", "TN": "fr", "JO": "en", "LB": "fr en",
            "SA": "en", "AE": "en", "IQ": "en", "MX": "es", "CO": "es", "PE": "es", "VE": "es", "AR": "es", "CL": "es",
            "BR": "pt", "DO": "es", "GT": "es", "HN": "es", "UA": "ru", "RU": "ru", "KZ": "ru", "UZ": "ru", "RO": "en",
            "MD": "ru", "PL": "en", "RS": "en", "TR": "tr", "US": "en", "GB": "en", "DE": "de", "FR": "fr", "IT": "it", "ES": "es"}

WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
}
WORDS = {k: v.split() for k, v in WORDS.items()}
PLUS_WORD = {"en": "plus", "es": "más", "pt": "mais", "fr": "plus", "id": "plus", "ms": "plus", "sw": "plus",
             "ru": "плюс", "tr": "artı", "de": "plus", "it": "più"}
FR_TEENS = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
ES_PAIRS_10_29 = ("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós "
                  "veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve").split()
ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def fr_pair(n):
    w = WORDS["fr"]
    if n < 10:
        return "zéro " + w[n]
    if n < 20:
        return FR_TEENS[n - 10]
    t, u = divmod(n, 10)
    if t in FR_TENS:
        return FR_TENS[t] + ("" if u == 0 else "-et-un" if u == 1 else "-" + w[u])
    if t == 7:
        return "soixante-et-onze" if u == 1 else "soixante-" + FR_TEENS[u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + w[u]
    return "quatre-vingt-" + FR_TEENS[u]


def es_pair(n):
    w = WORDS["es"]
    if n < 10:
        return "cero " + w[n]
    if n < 30:
        return ES_PAIRS_10_29[n - 10]
    t, u = divmod(n, 10)
    return ES_TENS[t] + ("" if u == 0 else " y " + w[u])


# ---------------------------------------------------------------- language banks
# per language: titles/bodies per category, contact cues ({n} = the number), second-number cues, place phrases
BANK = {
    "en": {
        "escort": (["Sweet {name} available now", "New in town: {name}, {age}", "VIP companion {name}", "Relaxing massage by {name}",
                    "Hot and classy {name} 💋", "{name} - outcall & incall"],
                   ["Neat, discreet and friendly. No rush.", "Outcall to hotels and homes.", "Available day and night, serious clients only.",
                    "Full body massage, clean private place.", "Short time and overnight available.", "No blocked calls, no time wasters."]),
        "job": (["URGENT HIRING!!!", "Drivers and cleaners needed", "Vacancy: sales reps", "Jobs abroad - free visa",
                 "Housemaids wanted for Gulf countries", "Security guards needed urgently"],
                ["Attractive salary plus accommodation.", "Minimum qualification: secondary school.", "Apply now, limited slots.",
                 "Agency fee payable after visa.", "Both male and female can apply.", "Training provided, start immediately."]),
        "sale": (["iPhone 12 Pro Max for sale", "Toyota Corolla, very clean", "Samsung A52 - neat, used", "Sofa set going cheap",
                  "Laptop HP EliteBook for sale", "Generator 3.5kva for sale"],
                 ["Still very clean, no fault.", "Serious buyers only, price slightly negotiable.", "Comes with charger and box.",
                  "First body, accident free.", "Inspection allowed, pay on delivery.", "Reason for selling: relocation."]),
        "rent": (["Self-contained room to let", "2 bedroom flat for rent", "Bedsitter available", "Shop space for rent"],
                 ["Water and light available, tiled floor.", "Serene and secure compound.", "Agent fee applies.",
                  "Close to main road and market.", "Prepaid meter, 24hr security.", "One year rent upfront."]),
        "cue": ["Call {n}", "Call/WhatsApp: {n}", "WhatsApp {n}", "Tel: {n}", "Contact: {n}", "Mob: {n}", "Call or text {n}",
                "WhatsApp me on {n}", "Reach me @ {n}", "📞 {n}", "Phone {n}", "Cell: {n}", "Viber/WhatsApp {n}", "WA: {n}"],
        "cue2": ["or {n}", "Alt: {n}", "Other line {n}", "WhatsApp only: {n}", "2nd no. {n}"],
        "place": ["Located in {p}.", "Now in {p}!", "{p} area.", "Based in {p}, can travel.", "In {p} this week."],
        "tplace": ["{p}: ", "{p} - ", "[{p}] "],
    },
    "sw": {
        "escort": (["{name} mrembo anapatikana", "Massage safi na {name}", "Msichana mpya {name}, miaka {age}"],
                   ["Napatikana usiku na mchana.", "Huduma nzuri, usiri mkubwa.", "Karibu sana, si wa kupoteza muda."]),
        "job": (["NAFASI ZA KAZI", "Kazi Uarabuni - visa bure", "Tunatafuta madereva"],
                ["Mshahara mzuri na malazi.", "Tuma maombi sasa, nafasi chache.", "Elimu ya kidato cha nne inatosha."]),
        "sale": (["Simu inauzwa", "Gari safi linauzwa", "Kochi zinauzwa bei nafuu"],
                 ["Bado iko safi sana.", "Bei ya maongezi kidogo.", "Mnunuzi wa kweli tu."]),
        "rent": (["Chumba kinapangishwa", "Nyumba ya vyumba viwili", "Frem ya biashara"],
                 ["Maji na umeme vipo.", "Eneo salama, karibu na barabara.", "Kodi ya miezi sita."]),
        "cue": ["Piga {n}", "Piga/WhatsApp {n}", "Simu: {n}", "Wasiliana nasi {n}", "Tupigie {n}", "WhatsApp {n}"],
        "cue2": ["au {n}", "Namba nyingine {n}"],
        "place": ["Tuko {p}.", "Napatikana {p}.", "Eneo la {p}."],
        "tplace": ["{p}: ", "{p} - "],
    },
    "fr": {
        "escort": (["Belle {name} disponible", "{name}, {age} ans, nouvelle", "Massage relaxant avec {name}", "Charmante {name} 💋"],
                   ["Discrète et souriante, pas sérieux s'abstenir.", "Je reçois et je me déplace.", "Disponible 7j/7, sur rendez-vous.",
                    "Cadre propre et climatisé.", "Appels masqués ignorés."]),
        "job": (["Recrutement urgent", "Offre d'emploi : chauffeurs", "Travail à l'étranger - visa", "On recrute des serveuses"],
                ["Salaire motivant + logement.", "Niveau BEPC minimum.", "Déposez vos CV rapidement.", "Frais de dossier après le visa.",
                 "Hommes et femmes acceptés."]),
        "sale": (["iPhone 13 à vendre", "Vends Toyota Yaris propre", "Canapé en bon état", "Ordinateur portable à saisir"],
                 ["Très propre, aucune panne.", "Prix légèrement discutable.", "Acheteurs sérieux uniquement.", "Venu récemment, sous garantie."]),
        "rent": (["Studio meublé à louer", "Appartement F3 à louer", "Chambre à louer", "Magasin à louer"],
                 ["Eau et électricité, compteur personnel.", "Quartier calme et sécurisé.", "Caution de trois mois.",
                  "Proche goudron et marché."]),
        "cue": ["Appelez le {n}", "Tél : {n}", "Contact : {n}", "WhatsApp {n}", "Joignable au {n}", "Tel/WhatsApp: {n}",
                "📞 {n}", "Infos au {n}", "Appel ou SMS : {n}"],
        "cue2": ["ou {n}", "Autre numéro : {n}", "WhatsApp uniquement : {n}"],
        "place": ["Situé à {p}.", "Sur {p}.", "Je suis à {p}.", "Quartier {p}."],
        "tplace": ["{p} : ", "{p} - "],
    },
    "es": {
        "escort": (["Hermosa {name} disponible", "{name}, {age} años, nueva", "Masajes relajantes con {name}", "Linda {name} 💋",
                    "Acompañante {name} VIP"],
                   ["Discreta y cariñosa, solo caballeros.", "Atiendo en hotel y a domicilio.", "Disponible todos los días.",
                    "Lugar limpio y privado.", "No contesto números privados."]),
        "job": (["Se busca personal", "Empleo urgente: choferes", "Trabajo en el extranjero", "Se solicitan meseras"],
                ["Sueldo atractivo más prestaciones.", "No se requiere experiencia.", "Entrevistas esta semana.",
                 "Hombres y mujeres mayores de edad."]),
        "sale": (["Vendo iPhone 13", "Se vende auto en buen estado", "Sala de 3 piezas", "Laptop Lenovo en venta"],
                 ["Todo al día, precio conversable.", "Como nuevo, poco uso.", "Solo interesados.", "Entrega inmediata."]),
        "rent": (["Se renta cuarto amueblado", "Departamento en alquiler", "Arriendo pieza", "Local comercial en renta"],
                 ["Servicios incluidos.", "Zona tranquila y segura.", "Depósito de un mes.", "Cerca del metro."]),
        "cue": ["Llama al {n}", "WhatsApp {n}", "Tel: {n}", "Cel: {n}", "Contacto {n}", "Escríbeme al wasap {n}",
                "Info al {n}", "📲 {n}", "Llamadas y WhatsApp: {n}"],
        "cue2": ["o al {n}", "Otro número: {n}", "Solo WhatsApp: {n}"],
        "place": ["Ubicada en {p}.", "Estoy en {p}.", "Zona {p}.", "Atiendo en {p}."],
        "tplace": ["{p}: ", "{p} - "],
    },
    "pt": {
        "escort": (["Linda {name} disponível", "{name}, {age} anos, novidade", "Massagem relaxante com {name}", "Gata {name} 💋"],
                   ["Discreta e carinhosa.", "Atendo em motel e hotel.", "Local próprio com ar-condicionado.", "Não atendo número privado."]),
        "job": (["Contrata-se urgente", "Vagas para motoristas", "Trabalho no exterior", "Precisa-se de atendente"],
                ["Salário compatível + benefícios.", "Não precisa experiência.", "Envie currículo hoje."]),
        "sale": (["Vendo iPhone 13", "Vendo carro conservado", "Sofá retrátil seminovo", "Notebook Dell à venda"],
                 ["Tudo em dia, aceito proposta.", "Pouco uso, sem detalhes.", "Somente interessados."]),
        "rent": (["Aluga-se quitinete", "Apartamento para alugar", "Quarto mobiliado", "Sala comercial"],
                 ["Água e luz inclusas.", "Bairro tranquilo.", "Sem fiador, caução de um mês."]),
        "cue": ["Chama no zap {n}", "WhatsApp {n}", "Tel: {n}", "Ligue {n}", "Contato: {n}", "Zap: {n}", "📱 {n}", "Cel/Whats {n}"],
        "cue2": ["ou {n}", "Outro número: {n}", "Só WhatsApp: {n}"],
        "place": ["Estou em {p}.", "Região de {p}.", "Atendo em {p}."],
        "tplace": ["{p}: ", "{p} - "],
    },
    "ar": {
        "escort": (["مساج استرخاء مع {name}", "{name} متاحة الآن", "جلسات مساج خاصة"],
                   ["خدمة راقية وسرية تامة.", "متاحة ليلا ونهارا.", "للجادين فقط."]),
        "job": (["مطلوب سائقين فورا", "فرصة عمل بالخارج", "مطلوب عاملات منزليات"],
                ["راتب مغري مع سكن.", "الخبرة غير مطلوبة.", "سارع بالتقديم."]),
        "sale": (["للبيع ايفون 13 برو", "سيارة للبيع بحالة ممتازة", "كنب مستعمل للبيع"],
                 ["نظيف جدا بدون مشاكل.", "السعر قابل للتفاوض.", "للجادين فقط."]),
        "rent": (["شقة للايجار", "غرفة مفروشة للايجار", "محل للايجار"],
                 ["قريبة من الخدمات.", "عداد كهرباء مستقل.", "تأمين شهر."]),
        "cue": ["للتواصل {n}", "واتساب {n}", "اتصل على {n}", "هاتف: {n}", "واتس {n}", "📞 {n}", "للاستفسار: {n}"],
        "cue2": ["أو {n}", "رقم آخر {n}"],
        "place": ["في {p}.", "المكان: {p}.", "منطقة {p}."],
        "tplace": ["{p} - "],
    },
    "hi": {
        "escort": (["{name} - body massage", "Nayi ladki {name}, {age} saal", "VIP service {name}"],
                   ["Safe aur secure, koi tension nahi.", "Hotel aur ghar dono.", "24 ghante available."]),
        "job": (["नौकरी के लिए संपर्क करें", "Ghar baithe kaam", "Driver ki zarurat hai"],
                ["Salary achhi milegi.", "Turant joining.", "Anubhav zaroori nahi."]),
        "sale": (["Bike bechni hai", "Mobile bikau hai", "Sofa set sasta"],
                 ["Ekdum new condition.", "Price thoda kam ho jayega.", "Sirf serious log call karein."]),
        "rent": (["1BHK kiraye par", "PG for boys", "कमरा किराये पर"],
                 ["Bijli pani ki suvidha.", "Family ko priority.", "Deposit do mahine."]),
        "cue": ["Call karein {n}", "फ़ोन {n}", "संपर्क करें {n}", "WhatsApp {n}", "Mob. {n}", "Sampark: {n}"],
        "cue2": ["ya {n}", "दूसरा नंबर {n}"],
        "place": ["{p} mein.", "{p} me available.", "Location {p}."],
        "tplace": ["{p}: "],
    },
    "ur": {
        "escort": (["{name} - massage service", "Nayi larki {name}", "VIP {name} available"],
                   ["Mehfooz aur private jagah.", "Sirf serious log.", "Din raat available."]),
        "job": (["ملازمت کے مواقع", "Driver ki zaroorat hai", "Bahar mulk naukri"],
                ["Tankhwah achi hai.", "Visa company ki taraf se.", "Foran rabta karein."]),
        "sale": (["Mobile baraye farokht", "گاڑی برائے فروخت", "Sofa set for sale"],
                 ["Bilkul saaf condition.", "Qeemat thori kam ho sakti hai.", "Sirf sanjeeda kharidar."]),
        "rent": (["مکان کرائے کے لیے", "Room for rent", "Portion kiraye par"],
                 ["Bijli pani gas mojood.", "Family ke liye.", "Advance do mahine."]),
        "cue": ["رابطہ: {n}", "Rabta karein {n}", "Call {n}", "WhatsApp {n}", "فون {n}", "Cell # {n}", "Contact # {n}"],
        "cue2": ["ya {n}", "دوسرا نمبر {n}"],
        "place": ["{p} mein.", "Location: {p}.", "{p} ke ilaqay mein."],
        "tplace": ["{p}: "],
    },
    "bn": {
        "escort": (["{name} - বডি ম্যাসাজ", "VIP সার্ভিস {name}", "নতুন {name}"],
                   ["নিরাপদ ও গোপনীয়।", "দিন রাত সার্ভিস।", "শুধু সিরিয়াস কাস্টমার।"]),
        "job": (["চাকরির সুযোগ", "ড্রাইভার আবশ্যক", "বিদেশে চাকরি"],
                ["বেতন আলোচনা সাপেক্ষে।", "অভিজ্ঞতা লাগবে না।", "দ্রুত যোগাযোগ করুন।"]),
        "sale": (["মোবাইল বিক্রি হবে", "বাইক বিক্রয়", "সোফা সেট বিক্রি"],
                 ["একদম নতুনের মতো।", "দাম আলোচনা সাপেক্ষে।", "শুধু আগ্রহীরা যোগাযোগ করুন।"]),
        "rent": (["বাসা ভাড়া হবে", "রুম ভাড়া", "দোকান ভাড়া"],
                 ["গ্যাস পানি বিদ্যুৎ আছে।", "ছোট পরিবারের জন্য।", "অগ্রিম দুই মাস।"]),
        "cue": ["যোগাযোগ: {n}", "ফোন {n}", "মোবাইল: {n}", "WhatsApp {n}", "IMO/WhatsApp {n}", "কল করুন {n}"],
        "cue2": ["অথবা {n}", "বিকল্প নম্বর {n}"],
        "place": ["{p} এলাকায়।", "ঠিকানা: {p}।"],
        "tplace": ["{p}: "],
    },
    "ne": {
        "escort": (["{name} - massage service", "नयाँ {name}"],
                   ["सुरक्षित र गोप्य।", "Din raat available."]),
        "job": (["रोजगारको अवसर", "Driver chahiyo", "विदेशमा काम"],
                ["तलब राम्रो।", "छिटो सम्पर्क गर्नुहोस्।"]),
        "sale": (["मोबाइल बिक्रीमा", "Scooter bikri ma", "सोफा बिक्रीमा"],
                 ["एकदम राम्रो अवस्था।", "मूल्य मिलाउन सकिन्छ।"]),
        "rent": (["कोठा भाडामा", "Flat bhada ma", "पसल भाडामा"],
                 ["पानी र बत्ती सुविधा।", "सानो परिवारलाई।"]),
        "cue": ["सम्पर्क: {n}", "फोन {n}", "Call {n}", "Viber/WhatsApp {n}", "मोबाइल {n}"],
        "cue2": ["वा {n}"],
        "place": ["{p} मा।", "Location {p}."],
        "tplace": ["{p}: "],
    },
    "tl": {
        "escort": (["{name} available ngayon", "Bagong {name}, {age}", "Massage ni {name}"],
                   ["Malinis at discreet.", "Pwede sa hotel o condo.", "Seryoso lang po."]),
        "job": (["HIRING! Agad-agad", "Kailangan ng kasambahay", "Trabaho abroad - walang placement fee"],
                ["Magandang sahod at libreng tirahan.", "Pasok agad.", "Kahit walang experience."]),
        "sale": (["For sale: iPhone 12", "Benta ko na motor ko", "Sofa for sale murang mura"],
                 ["Walang sira, maayos pa.", "Medyo negotiable pa.", "Meet up lang po."]),
        "rent": (["Room for rent", "Bedspace available", "Apartment for rent"],
                 ["May sariling metro ng kuryente.", "Malapit sa sakayan.", "1 month advance, 1 month deposit."]),
        "cue": ["Text or call {n}", "Tawag/Text {n}", "Viber {n}", "CP#: {n}", "Globe: {n}", "Smart: {n}", "PM or text {n}"],
        "cue2": ["o kaya {n}", "Viber: {n}"],
        "place": ["Sa {p}.", "Taga {p}.", "Location: {p}."],
        "tplace": ["{p}: "],
    },
    "id": {
        "escort": (["{name} ready open BO", "Pijat relaksasi {name}", "Cewek baru {name}, {age} th"],
                   ["Ramah dan bersih.", "Bisa ke hotel atau apartemen.", "Serius saja ya."]),
        "job": (["Lowongan kerja", "Dicari supir pribadi", "Kerja di luar negeri"],
                ["Gaji menarik plus mess.", "Tanpa pengalaman.", "Segera hubungi kami."]),
        "sale": (["Dijual HP Samsung", "Dijual motor mulus", "Jual sofa murah"],
                 ["Mulus, no minus.", "Harga nego tipis.", "COD area kota."]),
        "rent": (["Kos putri disewakan", "Rumah dikontrakkan", "Ruko disewakan"],
                 ["Listrik token, air PAM.", "Lingkungan aman.", "Bayar per tahun."]),
        "cue": ["Hub {n}", "WA {n}", "Hp/WA: {n}", "Telp {n}", "Minat hubungi {n}", "Chat WA {n}", "Call/WA {n}"],
        "cue2": ["atau {n}", "No lain {n}"],
        "place": ["Lokasi {p}.", "Area {p}.", "Di {p}."],
        "tplace": ["{p}: "],
    },
    "ms": {
        "escort": (["{name} urut tradisional", "Spa relaks dengan {name}"],
                   ["Bersih dan selesa.", "Boleh datang hotel.", "Yang serius sahaja."]),
        "job": (["Jawatan kosong", "Kerja kilang segera", "Pemandu diperlukan"],
                ["Gaji lumayan + elaun.", "Tiada pengalaman diperlukan."]),
        "sale": (["Untuk dijual: iPhone 12", "Kereta untuk dijual", "Sofa murah"],
                 ["Keadaan baik.", "Harga boleh runding."]),
        "rent": (["Bilik untuk disewa", "Rumah sewa", "Kedai untuk disewa"],
                 ["Dekat LRT.", "Deposit 2+1."]),
        "cue": ["Hubungi {n}", "WhatsApp {n}", "Tel: {n}", "Whatsapp sahaja {n}", "H/P: {n}"],
        "cue2": ["atau {n}"],
        "place": ["Lokasi {p}.", "Kawasan {p}."],
        "tplace": ["{p}: "],
    },
    "th": {
        "escort": (["นวดผ่อนคลาย {name}", "{name} น่ารัก พร้อมบริการ"],
                   ["สะอาด ปลอดภัย", "รับงานทุกวัน", "ลูกค้าจริงเท่านั้น"]),
        "job": (["รับสมัครพนักงานด่วน", "หางานต่างประเทศ"],
                ["เงินเดือนดี มีที่พัก", "ไม่ต้องมีประสบการณ์"]),
        "sale": (["ขายไอโฟน 13", "ขายรถมือสอง", "ขายโซฟา"],
                 ["สภาพดีมาก", "ราคาต่อรองได้"]),
        "rent": (["ห้องให้เช่า", "คอนโดให้เช่า"],
                 ["ใกล้ BTS", "มัดจำ 2 เดือน"]),
        "cue": ["โทร {n}", "ติดต่อ {n}", "LINE/โทร {n}", "สนใจโทร {n}", "Tel {n}"],
        "cue2": ["หรือ {n}"],
        "place": ["ย่าน {p}", "อยู่ {p}"],
        "tplace": ["{p} "],
    },
    "vi": {
        "escort": (["Massage thư giãn {name}", "{name} xinh xắn", "Em {name} {age} tuổi"],
                   ["Sạch sẽ, kín đáo.", "Phục vụ tận nơi.", "Khách thiện chí."]),
        "job": (["Tuyển nhân viên gấp", "Việc làm nước ngoài", "Tuyển tài xế"],
                ["Lương cao, bao ăn ở.", "Không cần kinh nghiệm."]),
        "sale": (["Bán iPhone 13 cũ", "Bán xe máy", "Thanh lý sofa"],
                 ["Máy đẹp, zin.", "Giá thương lượng."]),
        "rent": (["Cho thuê phòng trọ", "Cho thuê căn hộ"],
                 ["Gần chợ, an ninh.", "Cọc 1 tháng."]),
        "cue": ["LH {n}", "ĐT: {n}", "Zalo {n}", "Liên hệ {n}", "Zalo/ĐT {n}", "Hotline {n}"],
        "cue2": ["hoặc {n}"],
        "place": ["Khu vực {p}.", "Tại {p}."],
        "tplace": ["{p}: "],
    },
    "km": {
        "escort": (["ម៉ាស្សា {name}", "{name} massage"],
                   ["ស្អាត និងសុវត្ថិភាព", "Open every day."]),
        "job": (["ត្រូវការបុគ្គលិក", "Job vacancy"],
                ["ប្រាក់ខែល្អ", "Apply now."]),
        "sale": (["លក់ទូរស័ព្ទ", "លក់ម៉ូតូ"],
                 ["ស្អាតដូចថ្មី", "តម្លៃចរចា"]),
        "rent": (["បន្ទប់ជួល", "ផ្ទះជួល"],
                 ["មានទឹកភ្លើង", "Near market."]),
        "cue": ["ទូរស័ព្ទ {n}", "Tel {n}", "Telegram {n}", "ទំនាក់ទំនង {n}"],
        "cue2": ["ឬ {n}"],
        "place": ["នៅ {p}", "Location {p}."],
        "tplace": ["{p} "],
    },
    "ru": {
        "escort": (["{name}, {age} лет, новенькая", "Массаж от {name}", "Красивая {name} ждёт"],
                   ["Уютные апартаменты, выезд.", "Только для серьёзных.", "Круглосуточно."]),
        "job": (["Требуются водители", "Работа за границей", "Срочно нужны официантки"],
                ["Зарплата высокая, жильё.", "Опыт не обязателен.", "Оплата еженедельно."]),
        "sale": (["Продам iPhone 13", "Продаю авто", "Диван недорого"],
                 ["Состояние отличное.", "Торг уместен.", "Звонить в рабочее время."]),
        "rent": (["Сдам квартиру", "Сдаю комнату", "Аренда офиса"],
                 ["Рядом метро.", "Без посредников.", "Залог один месяц."]),
        "cue": ["Тел.: {n}", "Звоните {n}", "Тел/Viber {n}", "WhatsApp {n}", "Telegram {n}", "Телефон {n}", "Ватсап {n}"],
        "cue2": ["или {n}", "Доп. номер {n}"],
        "place": ["г. {p}.", "Район {p}.", "{p}, центр."],
        "tplace": ["{p}: "],
    },
    "uk": {
        "escort": (["{name}, нова", "Масаж від {name}"],
                   ["Затишні апартаменти.", "Тільки серйозні."]),
        "job": (["Потрібні водії", "Робота за кордоном"],
                ["Висока зарплата.", "Досвід не потрібен."]),
        "sale": (["Продам iPhone 13", "Продаю авто"],
                 ["Стан відмінний.", "Торг."]),
        "rent": (["Здам квартиру", "Здаю кімнату"],
                 ["Поруч метро.", "Без посередників."]),
        "cue": ["Тел.: {n}", "Дзвоніть {n}", "Viber {n}", "Телеграм {n}"],
        "cue2": ["або {n}"],
        "place": ["м. {p}.", "{p}, центр."],
        "tplace": ["{p}: "],
    },
    "uz": {
        "escort": (["{name} massaj"], ["Toza va xavfsiz."]),
        "job": (["Ishga taklif", "Haydovchi kerak"], ["Maosh yaxshi.", "Tajriba shart emas."]),
        "sale": (["Telefon sotiladi", "Mashina sotiladi"], ["Holati a'lo.", "Kelishamiz."]),
        "rent": (["Kvartira ijaraga", "Xona ijaraga"], ["Metroga yaqin."]),
        "cue": ["Tel: {n}", "Murojaat uchun {n}", "Telegram {n}", "Aloqa {n}"],
        "cue2": ["yoki {n}"],
        "place": ["{p} shahri.", "Manzil: {p}."],
        "tplace": ["{p}: "],
    },
    "ro": {
        "escort": (["{name}, {age} ani, nouă", "Masaj relaxant cu {name}"],
                   ["Discretă, locație proprie.", "Doar persoane serioase."]),
        "job": (["Angajăm șoferi", "Muncă în străinătate"],
                ["Salariu atractiv + cazare.", "Fără experiență."]),
        "sale": (["Vând iPhone 13", "Vând mașină", "Canapea de vânzare"],
                 ["Stare impecabilă.", "Preț negociabil."]),
        "rent": (["Închiriez garsonieră", "Apartament de închiriat"],
                 ["Aproape de metrou.", "Garanție o lună."]),
        "cue": ["Tel: {n}", "Sunați la {n}", "WhatsApp {n}", "Contact {n}", "Telefon: {n}"],
        "cue2": ["sau {n}"],
        "place": ["Zona {p}.", "În {p}."],
        "tplace": ["{p}: "],
    },
    "pl": {
        "escort": (["{name}, {age} lat, nowa", "Masaż relaksacyjny {name}"],
                   ["Dyskretnie, własne mieszkanie.", "Tylko poważne oferty."]),
        "job": (["Zatrudnię kierowców", "Praca za granicą"],
                ["Atrakcyjne wynagrodzenie.", "Bez doświadczenia."]),
        "sale": (["Sprzedam iPhone 13", "Sprzedam auto"],
                 ["Stan idealny.", "Cena do negocjacji."]),
        "rent": (["Wynajmę kawalerkę", "Pokój do wynajęcia"],
                 ["Blisko metra.", "Kaucja jeden miesiąc."]),
        "cue": ["Tel. {n}", "Dzwoń {n}", "Kontakt: {n}", "WhatsApp {n}", "tel: {n}"],
        "cue2": ["lub {n}"],
        "place": ["Okolice {p}.", "Miasto: {p}."],
        "tplace": ["{p}: "],
    },
    "sr": {
        "escort": (["{name}, {age} godina", "Masaža {name}"],
                   ["Diskretno i čisto.", "Samo ozbiljni."]),
        "job": (["Potrebni vozači", "Posao u inostranstvu"],
                ["Dobra plata i smeštaj.", "Bez iskustva."]),
        "sale": (["Prodajem iPhone 13", "Prodajem auto"],
                 ["Odlično stanje.", "Cena po dogovoru."]),
        "rent": (["Izdajem stan", "Izdajem sobu"],
                 ["Blizu centra.", "Depozit jedan mesec."]),
        "cue": ["Tel: {n}", "Pozovite {n}", "Viber {n}", "Kontakt {n}", "Viber/WhatsApp {n}"],
        "cue2": ["ili {n}"],
        "place": ["Lokacija {p}.", "U {p}."],
        "tplace": ["{p}: "],
    },
    "tr": {
        "escort": (["{name}, {age} yaşında", "Masaj salonu - {name}"],
                   ["Temiz ve güvenli ortam.", "Sadece ciddi kişiler."]),
        "job": (["Eleman aranıyor", "Yurt dışında iş", "Acil şoför aranıyor"],
                ["Maaş + yemek + yol.", "Tecrübe şart değil."]),
        "sale": (["Satılık iPhone 13", "Sahibinden satılık araba", "Satılık koltuk takımı"],
                 ["Temiz, hatasız.", "Pazarlık payı var."]),
        "rent": (["Kiralık daire", "Kiralık oda"],
                 ["Metroya yakın.", "Depozito bir kira."]),
        "cue": ["Tel: {n}", "Arayın {n}", "WhatsApp {n}", "İletişim: {n}", "Gsm: {n}"],
        "cue2": ["veya {n}"],
        "place": ["{p} bölgesi.", "Konum: {p}."],
        "tplace": ["{p}: "],
    },
    "de": {
        "escort": (["{name}, {age}, neu in der Stadt", "Entspannungsmassage mit {name}"],
                   ["Diskret und sauber.", "Haus- und Hotelbesuche.", "Keine unterdrückten Nummern."]),
        "job": (["Fahrer gesucht", "Reinigungskraft gesucht"],
                ["Gute Bezahlung, sofort.", "Keine Erfahrung nötig."]),
        "sale": (["Verkaufe iPhone 13", "VW Golf zu verkaufen", "Sofa abzugeben"],
                 ["Top Zustand.", "Preis VB.", "Nur Abholung."]),
        "rent": (["WG-Zimmer frei", "2-Zimmer-Wohnung zu vermieten"],
                 ["Nähe U-Bahn.", "Kaution zwei Monatsmieten."]),
        "cue": ["Tel. {n}", "Anrufen unter {n}", "WhatsApp {n}", "Handy: {n}", "Kontakt: {n}"],
        "cue2": ["oder {n}"],
        "place": ["Raum {p}.", "In {p}."],
        "tplace": ["{p}: "],
    },
    "it": {
        "escort": (["{name}, {age} anni, novità", "Massaggio rilassante {name}"],
                   ["Ambiente riservato e pulito.", "Solo persone educate."]),
        "job": (["Cercasi autisti", "Lavoro all'estero"],
                ["Ottimo stipendio.", "Anche senza esperienza."]),
        "sale": (["Vendo iPhone 13", "Vendo auto usata"],
                 ["Come nuovo.", "Prezzo trattabile."]),
        "rent": (["Affittasi monolocale", "Stanza in affitto"],
                 ["Vicino metro.", "Caparra un mese."]),
        "cue": ["Tel. {n}", "Chiama {n}", "WhatsApp {n}", "Cell. {n}", "Contatto {n}"],
        "cue2": ["oppure {n}"],
        "place": ["Zona {p}.", "A {p}."],
        "tplace": ["{p}: "],
    },
}
NAMES = {
    "africa": "Amina Chioma Ama Wanjiru Neema Zawadi Fatou Aïcha Mariam Tigist Naledi Esi Adaeze Akosua Halima".split(),
    "s_asia": "Priya Riya Ayesha Mehwish Nusrat Tania Dilani Sita Anjali Mehak Hina Puja".split(),
    "se_asia": "Maria Angel Dewi Putri Siti Nurul Ploy Linh Thảo Mai Sreyneang Bella".split(),
    "mena": "Yasmin Nour Salma Leila Rania Dina Hiba Samira Lina Imane".split(),
    "latam": "Valeria Camila Daniela Ana Luciana Mariana Paola Fernanda Yuli Karen Bruna Thaís".split(),
    "eeca": "Olga Natasha Alina Kristina Dilnoza Aigerim Ioana Elif Ayşe Kasia Milica Oksana".split(),
    "west": "Lily Emma Chloe Mia Hannah Giulia Lucía Camille Jessica Sophie".split(),
}


# ---------------------------------------------------------------- pool
def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        nums = json.load(f)["numbers"]
    by = {}
    for p in nums:
        by.setdefault((p["region"], p["type"]), []).append(p)
    halves = {"dev": {}, "heldout": {}}
    for k, lst in sorted(by.items()):
        halves["dev"][k] = lst[0::2]
        halves["heldout"][k] = lst[1::2]
    return halves


def can_cc_noplus(p):
    return all(r == p["region"] for r in p["ccnsn_mobile_in"])


def format_unique(p, form):
    """the national (or no-trunk) digits are a valid mobile number in exactly one region of all libphonenumber knows"""
    m = p["national_mobile_in"] if form == "national" else p["nsn_mobile_in"]
    return m is not None and list(m) == [p["region"]] and p["type"] == "mobile"


def ambiguous_regions(p):
    """regions (of this set's countries) where the national digits are a valid mobile number"""
    return sorted(r for r in p["national_mobile_in"] if r in C)


# ---------------------------------------------------------------- rendering a number
def groups_of(fmt):
    out, cur = [], ""
    for ch in fmt:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def regroup(rng, digits):
    """split a digit string into 2-4 chunks of 2-4 digits, the way people retype numbers"""
    out, i = [], 0
    while i < len(digits):
        left = len(digits) - i
        if left <= 4:
            size = left
        else:
            size = rng.choice((2, 3, 3, 4, 4))
            if left - size == 1:
                size += 1
        out.append(digits[i:i + size])
        i += size
    return out


def base_form(rng, p, form):
    """(prefix, groups, literal_fmt or None); prefix is '+', '00', '011' or ''"""
    if form == "national":
        g = groups_of(p["national_fmt"])
        lit = p["national_fmt"]
        return "", g, lit
    if form == "nsn":
        g = regroup(rng, p["nsn"]) if rng.random() < 0.5 else groups_of(p["national_fmt"])
        joined = "".join(g)
        if joined != p["nsn"]:  # drop the trunk prefix from the national grouping
            tr = joined[:len(joined) - len(p["nsn"])]
            g = [x for x in g]
            g[0] = g[0][len(tr):]
            g = [x for x in g if x]
        return "", g, None
    ig = groups_of(p["intl_fmt"])  # [cc, ...]
    if form == "intl_plus":
        return "+", ig, p["intl_fmt"]
    if form == "intl_00":
        return "00", ig, None
    if form == "intl_011":
        return "011", ig, None
    if form == "intl_trunk0":
        return "+", [ig[0], "(0)"] + ig[1:], None
    if form in ("cc_noplus", "wa_me"):
        return "", [p["cc"] + p["nsn"]], None
    raise ValueError(form)


def spelled_of(prefix, groups):
    s = "+" if prefix == "+" else prefix
    return s + "".join(g.replace("(", "").replace(")", "") for g in groups)


def join_plain(rng, prefix, groups, style, country):
    sep = {"space": " ", "dash": "-", "dot": ".", "slash": "/", "none": ""}[style]
    gs = list(groups)
    if prefix in ("+", "00", "011") and style != "none":
        head = prefix + gs[0]
        rest = gs[1:]
        if rng.random() < 0.25 and len(rest) > 1 and rest[0] != "(0)":
            return head + " (" + rest[0] + ") " + sep.join(rest[1:])
        return head + " " + sep.join(rest) if rng.random() < 0.6 else head + sep + sep.join(rest)
    if style == "slash" and len(gs) > 1:  # German/Central-European habit: area code / rest
        return gs[0] + "/" + " ".join(gs[1:]) if rng.random() < 0.5 else gs[0] + "/" + "".join(gs[1:])
    return prefix + sep.join(gs)


def native(d, script):
    return "".join(chr(SCRIPT_ZERO[script] + int(c)) if c.isdigit() else c for c in d)


STYLED = {"math_bold": 0x1D7CE, "double_struck": 0x1D7D8, "sans_bold": 0x1D7EC, "monospace": 0x1D7F6}
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"


def words_for(lang, d, rng, glue=False):
    w = WORDS[lang]
    parts = []
    for c in d:
        word = w[int(c)]
        if lang == "pt" and c == "6" and rng.random() < 0.5:
            word = "meia"
        parts.append(word)
    if glue:
        return "".join(parts)
    sep = rng.choice((" ", " ", "-", ", ")) if not glue else ""
    return sep.join(parts)


def en_oh_double(d, rng):
    out, i = [], 0
    names = WORDS["en"][:]
    names[0] = "oh"
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        run = j - i
        if run == 3 and rng.random() < 0.8:
            out.append("triple " + names[int(d[i])])
        elif run >= 2 and rng.random() < 0.85:
            out.append("double " + names[int(d[i])])
            j = i + 2
        else:
            out.append(names[int(d[i])])
            j = i + 1
        i = j
    return " ".join(out)


def pairs_words(lang, g):
    f = fr_pair if lang == "fr" else es_pair
    out = []
    if len(g) % 2:
        out.append(WORDS[lang][int(g[0])])
        g = g[1:]
    for k in range(0, len(g), 2):
        out.append(f(int(g[k:k + 2])))
    return " ".join(out)


def render(rng, p, form, disguise, country):
    """returns (raw, spelled, class, form actually written)"""
    raw, spelled, cls, form = _render(rng, p, form, disguise, country)
    return raw, spelled, cls, form


def _render(rng, p, form, disguise, country):
    if form == "intl_trunk0" and disguise not in ("plain", "parens"):
        form = "intl_plus"  # "+234 (0)803..." is only written plainly here; spelled out, the 0 would be read as a digit
    prefix, groups, lit = base_form(rng, p, form)
    spelled = spelled_of(prefix, groups)
    wl = rng.choice(WORDLANG[country].split())
    cls_form = {"national": "national", "nsn": "no_trunk", "intl_plus": "intl_plus", "intl_00": "intl_00",
                "intl_011": "intl_011", "intl_trunk0": "intl_trunk0", "cc_noplus": "cc_noplus", "wa_me": "wa_me"}[form]
    if form == "wa_me":
        return groups[0], spelled, "link.wa_me", form
    digs = [g.replace("(", "").replace(")", "") for g in groups]
    if disguise == "plain":
        if lit is not None and rng.random() < 0.45:
            raw = lit
        else:
            style = rng.choice(("space", "space", "dash", "dot", "none", "slash" if country in ("DE", "RS", "PL", "IT", "RO", "AR") else "space"))
            raw = join_plain(rng, prefix, groups, style, country)
        return raw, spelled, "plain." + cls_form, form
    if disguise == "parens":
        if prefix:
            raw = prefix + digs[0] + " (" + digs[1] + ") " + "-".join(digs[2:]) if len(digs) > 2 else prefix + " ".join(digs)
        else:
            raw = "(" + digs[0] + ") " + rng.choice(("-", " ")).join(digs[1:])
        return raw, spelled, "plain.parens", form
    if disguise == "every_digit":
        sep = rng.choice(("-", ".", " ", "*", "•", "|", "_", "@", "~", "'", ";", ":", "/", " . ", "^"))
        alld = (prefix if prefix in ("00", "011") else "") + "".join(digs)
        raw = ("+" if prefix == "+" else "") + sep.join(alld)
        return raw, spelled, "sep.every_digit", form
    if disguise == "odd_sep":
        sep = rng.choice((" • ", "~", "_", " / ", "·", " — ", " – ", "..", " ** ", ")(", " ~ ", "•"))
        raw = (prefix if prefix != "+" else "+") + sep.join(digs)
        return raw, spelled, "sep.odd", form
    if disguise == "line_break":
        k = rng.randrange(1, len(digs)) if len(digs) > 1 else 0
        if k == 0:
            d = digs[0]
            cut = len(d) // 2
            digs = [d[:cut], d[cut:]]
            k = 1
        sep = " "
        raw = prefix + sep.join(digs[:k]) + rng.choice(("\n", " \n", "\n\n", "-\n")) + sep.join(digs[k:])
        return raw, spelled, "split.line", form
    if disguise == "words":
        lang = wl
        pre = (PLUS_WORD[lang] + " ") if prefix == "+" else ""
        if prefix in ("00", "011"):
            digs = [prefix] + digs
        raw = pre + rng.choice((" ", "  ", " - ", ", ")).join(words_for(lang, g, rng) for g in digs)
        if rng.random() < 0.3:
            raw = raw.upper()
        return raw, spelled, ("words.intl" if prefix == "+" else "words." + lang), form
    if disguise == "oh_double":
        pre = "plus " if prefix == "+" else ""
        raw = pre + ", ".join(en_oh_double(g, rng) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return raw, spelled, "words.en_oh_double", form
    if disguise == "pairs":
        lang = "fr" if wl == "fr" else "es"
        pre = (PLUS_WORD[lang] + " ") if prefix == "+" else ""
        raw = pre + ", ".join(pairs_words(lang, g) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return raw, spelled, "words.pairs_" + lang, form
    if disguise == "glued":
        pre = "plus" if prefix == "+" else ""
        raw = pre + " ".join(words_for("en", g, rng, glue=True) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return raw, spelled, "words.glued", form
    if disguise == "mixed":
        lang = wl
        out = []
        for g in ([prefix] if prefix in ("00", "011") else []) + digs:
            r = rng.random()
            if r < 0.35:
                out.append(words_for(lang, g, rng, glue=rng.random() < 0.3))
            elif r < 0.7:  # one digit of the group spelled and glued in: 7ZERO3
                k = rng.randrange(len(g))
                w = WORDS[lang][int(g[k])]
                out.append(g[:k] + (w.upper() if rng.random() < 0.5 else w) + g[k + 1:])
            else:
                out.append(g)
        raw = ("+" if prefix == "+" else "") + " ".join(out)
        return raw, spelled, "words.mixed", form
    if disguise == "letters":
        s = prefix + " ".join(digs)
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in "01" and not (prefix in ("00", "011") and i < len(prefix))]
        if not idx:
            return _render(rng, p, form, "plain", country)
        picks = set(rng.sample(idx, max(1, min(len(idx), rng.randint(1, 4)))))
        for i in picks:
            chars[i] = rng.choice(("O", "o", "O")) if chars[i] == "0" else rng.choice(("l", "I", "l"))
        return "".join(chars), spelled, "glyph.letters", form
    if disguise == "keycap":
        s = " ".join("".join(c + "\ufe0f\u20e3" for c in g) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return ("+" if prefix == "+" else "") + s, spelled, "glyph.keycap", form
    if disguise == "fullwidth":
        s = rng.choice((" ", "－", "")).join("".join(chr(0xFF10 + int(c)) for c in g) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return ("＋" if prefix == "+" else "") + s, spelled, "glyph.fullwidth", form
    if disguise == "styled":
        kind = rng.choice(sorted(STYLED) + ["circled"])
        def conv(c):
            return CIRCLED[int(c)] if kind == "circled" else chr(STYLED[kind] + int(c))
        s = " ".join("".join(conv(c) for c in g) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return ("+" if prefix == "+" else "") + s, spelled, "glyph.styled", form
    if disguise == "native":
        script = SCRIPT_OF[country]
        s = rng.choice((" ", "-", " ")).join(native(g, script) for g in ([prefix] if prefix in ("00", "011") else []) + digs)
        return ("+" if prefix == "+" else "") + s, spelled, "glyph." + script, form
    raise ValueError(disguise)


# ---------------------------------------------------------------- decoys
def price_num(rng, country):
    base = rng.choice((150, 200, 250, 500, 800, 1000, 1500, 2500, 3000, 5000, 15000, 25000, 45000, 120000, 350000, 1500000))
    if country in ("VN", "ID", "CO", "UZ", "IQ") and base < 10000:
        base *= 1000
    return base


def fmt_thousands(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def decoy(rng, kind, country, lang, neutral):
    r = rng.random
    if kind == "price":
        n = price_num(rng, country)
        sep = "." if country in ("ID", "VN", "CO", "AR", "CL", "BR", "DE", "IT", "ES", "TR", "RO", "RS", "PE") else ","
        if country in ("RU", "UA", "KZ", "UZ", "PL", "FR", "SN", "CI", "CM", "MD"):
            sep = " "
        p = fmt_thousands(n, sep) if n >= 1000 and r() < 0.8 else str(n)
        if neutral:
            return rng.choice(("Price: {p}", "{p} only", "Rate {p}/hr", "{p} per night", "Budget {p}")).format(p=p)
        cur = rng.choice(C[country][5].split("|"))
        return rng.choice(("Price: ", "", "")) + cur.format(p=p, k=max(1, n // 1000))
    if kind == "age":
        a = rng.randint(19, 34)
        t = {"fr": "{a} ans", "es": "{a} años", "pt": "{a} anos", "ru": "{a} года", "tr": "{a} yaşında", "id": "umur {a}",
             "de": "{a} Jahre", "it": "{a} anni", "ro": "{a} ani", "pl": "{a} lat", "vi": "{a} tuổi", "sr": "{a} godina",
             "ar": "العمر {a}"}.get(lang, rng.choice(("age {a}", "{a} yrs", "{a}yo", "Age: {a}")))
        return t.format(a=a)
    if kind == "height":
        return rng.choice(("{f}'{i}\"".format(f=5, i=rng.randint(1, 9)), "{c}cm".format(c=rng.randint(152, 178)),
                           "1,{c} m".format(c=rng.randint(52, 78)), "height {c} cm".format(c=rng.randint(152, 178))))
    if kind == "weight":
        return rng.choice(("{k}kg".format(k=rng.randint(45, 70)), "{k} kg".format(k=rng.randint(45, 70)),
                           "{l} lbs".format(l=rng.randint(100, 150))))
    if kind == "measurement":
        return rng.choice(("34-24-36", "90-60-90", "36-26-38", "size 36D", "room {a}x{b} m".format(a=rng.randint(3, 5), b=rng.randint(3, 6)),
                           "{m} m²".format(m=rng.randint(25, 140)), "{k} km".format(k=fmt_thousands(rng.randint(20, 190) * 1000, ",")),
                           "{g}GB / {r}GB RAM".format(g=rng.choice((64, 128, 256)), r=rng.choice((4, 6, 8)))))
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026))
        return rng.choice(("{d:02d}/{m:02d}/{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{y}", "{d}-{m}-{y}",
                           "posted {d:02d}/{m:02d}/{y}")).format(d=d, m=m, y=y)
    if kind == "time":
        return rng.choice(("10:00-22:00", "9am - 11pm", "24/7", "21h-06h", "from 18:30", "8:00 a 17:00", "open 09:00–21:00"))
    if kind == "listing_id":
        n = rng.randint(10 ** 7, 10 ** 10 - 1)
        t = {"fr": "Annonce n° {n}", "ru": "ID объявления: {n}", "uk": "ID оголошення: {n}", "tr": "İlan no: {n}", "es": "Código: {n}",
             "pt": "Código do anúncio: {n}", "de": "Anzeigen-ID: {n}", "it": "Rif. annuncio {n}", "id": "ID iklan: {n}",
             "vi": "Mã tin: {n}", "ro": "ID anunț: {n}", "pl": "Nr ogłoszenia: {n}"}.get(lang)
        return (t or rng.choice(("Ad ID: {n}", "Ref. {n}", "Post #{n}", "Listing {n}"))).format(n=n)
    if kind == "postcode":
        pc = {"US": "ZIP 770{a:02d}", "GB": "SW1A 2AA", "IN": "PIN 4000{a:02d}", "BR": "CEP 01310-1{a:02d}", "MX": "CP 067{a:02d}",
              "RU": "индекс 1010{a:02d}", "DE": "PLZ 101{a:02d}", "FR": "750{a:02d}", "ES": "CP 280{a:02d}", "IT": "CAP 001{a:02d}",
              "PK": "Postal code 540{a:02d}", "PH": "Zip 1{a:02d}0", "TR": "34{a:02d}0", "RO": "cod poștal 0101{a:02d}"}
        t = pc.get(country, "P.O. Box {b}")
        return t.format(a=rng.randint(1, 99), b=rng.randint(100, 99999))
    if kind == "order_number":
        n = rng.randint(10 ** 8, 10 ** 10 - 1)
        t = {"fr": "N° commande {n}", "es": "Pedido {n}", "pt": "Pedido {n}", "ru": "Заказ №{n}", "tr": "Sipariş no {n}",
             "de": "Bestellnr. {n}"}.get(lang)
        return (t or rng.choice(("Order #{n}", "Invoice {n}", "Order no. {n}"))).format(n=n)
    if kind == "tracking":
        if r() < 0.5:
            a = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
            return "Tracking 1Z {} {}{} {} {}".format(a[:3], a[3:], rng.randint(10, 99), rng.randint(1000, 9999), rng.randint(1000, 9999))
        return "Tracking: {}{}{}{}".format(rng.choice(("RR", "EE", "LP", "CP")), rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(0, 9),
                                          rng.choice(("CN", "NG", "IN", "BR", "TR")))
    if kind == "bank_account":
        t = {"NG": "nuban", "GH": "nuban", "MX": "clabe", "IN": "ac", "PK": "iban", "TR": "iban", "RO": "iban", "SA": "iban",
             "JO": "iban", "AE": "iban", "DE": "iban"}.get(country) or rng.choice(("nuban", "iban", "clabe", "ac"))
        if t == "nuban":
            return "Acct No: 0{} ({})".format(rng.randint(10 ** 8, 10 ** 9 - 1), rng.choice(("GTBank", "Access", "Opay", "UBA")))
        if t == "iban":
            return "IBAN {}{:02d} {:04d} {:04d} {:04d} {:04d} {:04d} {:02d}".format(country if country in ("TR", "RO", "DE", "JO", "SA", "PK", "AE") else "DE", rng.randint(10, 99),
                                                                                 *[rng.randint(0, 9999) for _ in range(5)], rng.randint(0, 99))
        if t == "clabe":
            return "CLABE {}".format(rng.randint(10 ** 17, 10 ** 18 - 1))
        return "A/C {} IFSC SBIN000{}".format(rng.randint(10 ** 10, 10 ** 12 - 1), rng.randint(1000, 9999))
    if kind == "national_id":
        t = {"PK": "cnic", "BR": "cpf", "AR": "dni", "PE": "dni", "ES": "dni", "NG": "nin", "CL": "rut"}.get(country) or \
            rng.choice(("cnic", "cpf", "dni", "nin", "rut"))
        if t == "cnic":
            return "CNIC {}-{}-{}".format(rng.randint(31000, 42999), rng.randint(10 ** 6, 10 ** 7 - 1), rng.randint(1, 9))
        if t == "cpf":
            return "CPF {:03d}.{:03d}.{:03d}-{:02d}".format(rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 99))
        if t == "dni":
            return "DNI {}.{:03d}.{:03d}".format(rng.randint(10, 45), rng.randint(0, 999), rng.randint(0, 999))
        if t == "nin":
            return "NIN: {}".format(rng.randint(10 ** 10, 10 ** 11 - 1))
        return "RUT {}.{:03d}.{:03d}-{}".format(rng.randint(8, 25), rng.randint(0, 999), rng.randint(0, 999), rng.choice("0123456789K"))
    if kind == "year":
        return rng.choice(("since {y}", "model {y}", "{y} model", "registered {y}", "built in {y}")).format(y=rng.randint(2008, 2024))
    if kind == "range":
        a = rng.choice((100, 200, 500, 1000, 1500, 2000))
        return rng.choice(("{a}-{b}", "{a} - {b}", "between {a} and {b}", "{x}-{y} years experience")).format(a=a, b=a * 2, x=2, y=5)
    if kind == "payment_code":
        if country in ("KE", "TZ"):
            return rng.choice(("Paybill {a} Acc {b}", "Till No. {c}", "Lipa na M-Pesa till {c}")).format(
                a=rng.randint(100000, 999999), b=rng.randint(10 ** 6, 10 ** 7 - 1), c=rng.randint(10 ** 6, 10 ** 7 - 1))
        if country == "PH":
            return "GCash ref {d}".format(d=rng.randint(10 ** 12, 10 ** 13 - 1))
        return rng.choice(("Paybill {a} Acc {b}", "Till No. {c}", "GCash ref {d}", "Lipa na M-Pesa till {c}")).format(
            a=rng.randint(100000, 999999), b=rng.randint(10 ** 6, 10 ** 7 - 1), c=rng.randint(10 ** 6, 10 ** 7 - 1), d=rng.randint(10 ** 12, 10 ** 13 - 1))
    if kind == "imei":
        return "IMEI: 35{}".format(rng.randint(10 ** 12, 10 ** 13 - 1))
    raise ValueError(kind)


DECOYS_BY_CAT = {
    "escort": ["price", "age", "height", "weight", "measurement", "time", "date", "listing_id", "range"],
    "job": ["price", "age", "date", "listing_id", "range", "order_number", "postcode", "year", "national_id"],
    "sale": ["price", "year", "imei", "order_number", "tracking", "bank_account", "measurement", "listing_id", "payment_code", "range"],
    "rent": ["price", "measurement", "postcode", "date", "bank_account", "payment_code", "listing_id", "year", "range"],
}
NEUTRAL_OK = {"age", "height", "weight", "measurement", "date", "time", "listing_id", "order_number", "tracking", "year", "range", "imei", "price"}


# ---------------------------------------------------------------- posts
def pick_country(rng):
    ws = [AREA_WEIGHT[C[c][0]] for c in COUNTRIES]
    return rng.choices(COUNTRIES, weights=ws)[0]


def pick_disguise(rng, country, form):
    opts = [("plain", 34), ("parens", 3), ("every_digit", 6), ("odd_sep", 5), ("line_break", 4), ("words", 8),
            ("mixed", 5), ("letters", 6), ("keycap", 4), ("fullwidth", 3), ("styled", 3)]
    wl = WORDLANG[country].split()
    if "en" in wl:
        opts += [("oh_double", 3), ("glued", 3)]
    if "fr" in wl or "es" in wl:
        opts += [("pairs", 4)]
    if country in SCRIPT_OF:
        opts += [("native", 24)]
    if form == "wa_me":
        return "plain"
    if form in ("cc_noplus",):
        opts = [o for o in opts if o[0] not in ("parens",)]
    names, ws = zip(*opts)
    return rng.choices(names, weights=ws)[0]


def url_for(rng, country, mode_url, pid):
    slug = rng.choice(("ads", "annonces", "anuncios", "board", "classifieds", "market", "elan", "ilan"))
    n = rng.randint(100000, 9999999)
    if not mode_url:
        host = rng.choice(("adsboard-demo.com", "classy-listings.net", "postfree-ads.org", "quickpost-demo.com"))
        return "https://{}/{}/{}".format(host, slug, n)
    tld = C[country][4]
    if not tld:  # US: a city subdomain
        city = C[country][2].split("|")[0].lower().replace(" ", "")
        return "https://{}.postfree-ads.com/{}/{}".format(city, slug, n)
    return "https://www.{}-demo{}/{}/{}".format(slug, tld, slug, n)


def make_post(rng, pid, pool, used):
    country = pick_country(rng)
    area, langs, cities, cname, tld, _cur = C[country]
    lang = rng.choice(langs.split())
    bank = BANK[lang]
    cat = rng.choice(("escort", "escort", "job", "sale", "rent"))
    n_ph = rng.choices((0, 1, 2, 3), weights=(9, 66, 21, 4))[0]
    mode = rng.choices(("record", "location", "text", "url", "none"), weights=(13, 16, 18, 14, 39))[0]
    amb_post = mode == "none" and n_ph >= 1 and rng.random() < 0.28
    trap = (mode == "none" and not amb_post and n_ph == 1 and cat == "job" and rng.random() < 0.5)

    mobiles = pool[(country, "mobile")]
    fixed = pool[(country, "fixed")]
    phones = []  # (entry, form)
    if amb_post:
        cands = [p for p in mobiles if len(ambiguous_regions(p)) >= 2]
        if not cands:
            amb_post = False
    if amb_post:
        phones.append((rng.choice(cands), "national"))
        n_ph = 1
    else:
        has_intl = False
        for k in range(n_ph):
            e = rng.choice(fixed) if (rng.random() < 0.08 and mode != "none") else rng.choice(mobiles)
            if any(e is q for q, _ in phones):  # two numbers in one ad are different numbers
                e = rng.choice([q for q in mobiles if not any(q is x for x, _ in phones)])
            if mode != "none":
                form = rng.choices(("national", "nsn", "intl_plus", "intl_00", "intl_011", "intl_trunk0", "cc_noplus", "wa_me"),
                                   weights=(50, 8, 20, 6, 2, 3, 6, 5))[0]
            else:
                uniq = [p for p in mobiles if format_unique(p, "national")]
                if (k > 0 and has_intl) and rng.random() < 0.6:
                    form = "national"
                elif uniq and rng.random() < 0.6 and [q for q in uniq if not any(q is x for x, _ in phones)]:
                    e, form = rng.choice([q for q in uniq if not any(q is x for x, _ in phones)]), "national"
                else:
                    form = rng.choices(("intl_plus", "intl_00", "intl_011", "intl_trunk0", "cc_noplus", "wa_me"),
                                       weights=(50, 14, 4, 6, 14, 12))[0]
            if form == "nsn" and not (e["national"].endswith(e["nsn"]) and len(e["national"]) > len(e["nsn"])):
                form = "national"
            if form in ("cc_noplus", "wa_me") and not can_cc_noplus(e):
                form = "intl_plus"
            if form == "intl_trunk0" and e["national"] != "0" + e["nsn"]:
                form = "intl_plus"
            if form == "intl_011" and (cat not in ("job", "sale") or e["national"].startswith("01")):
                form = "intl_plus"  # 011 is the North American exit code: only in job/sale posts, never where 01... is national
            if form.startswith("intl") or form in ("cc_noplus", "wa_me"):
                has_intl = True
            phones.append((e, form))
        # a national number in a post without region evidence must be told by format or by another number's code
        fixed_up = []
        for e, form in phones:
            if mode == "none" and form == "national" and not has_intl and not format_unique(e, "national"):
                form = "intl_plus"
                has_intl = True
            fixed_up.append((e, form))
        phones = fixed_up
    if trap and not (phones and phones[0][1] == "national" and format_unique(phones[0][0], "national")):
        trap = False

    # evidence
    rec = {"id": pid}
    place = rng.choice(cities.split("|"))
    if rng.random() < 0.2:
        place = rng.choice((place + ", " + cname, cname))
    text_place = place if mode == "text" else None
    if trap:  # a job abroad: a foreign place is named, but the number is only valid at home
        dest = rng.choice([c for c in ("AE", "SA", "GB", "DE", "US", "FR", "IT", "ES", "RU", "TR") if c != country])
        text_place = C[dest][2].split("|")[0]
        if any(r == dest for r in phones[0][0]["national_mobile_in"]):
            trap, text_place = False, None

    # labels
    labels_ph, ambs, decoy_kinds = [], [], []
    name = rng.choice(NAMES[area])
    title_t = rng.choice(bank[cat][0])
    title = title_t.format(name=name, age=rng.randint(19, 33))
    lines = rng.sample(bank[cat][1], min(len(bank[cat][1]), rng.randint(1, 3)))
    if "{age}" in title_t:
        decoy_kinds.append("age")
    if text_place:
        if rng.random() < 0.4 or text_place == cname:  # a bare country name goes in front of the title
            title = rng.choice(bank["tplace"]).format(p=text_place) + title
        else:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(bank["place"]).format(p=text_place))
    # decoys
    nd = rng.choices((0, 1, 2, 3), weights=(20, 40, 28, 12))[0]
    if n_ph == 0:
        nd = max(nd, 2)
    neutral = mode == "none"
    kinds = [k for k in DECOYS_BY_CAT[cat] if (not neutral or k in NEUTRAL_OK)]
    for k in rng.sample(kinds, min(nd, len(kinds))):
        lines.insert(rng.randrange(len(lines) + 1), decoy(rng, k, country, lang, neutral))
        decoy_kinds.append(k)

    contact_lines = []
    title_phone = None
    for i, (e, form) in enumerate(phones):
        dis = "plain" if amb_post and rng.random() < 0.6 else pick_disguise(rng, country, form)
        if amb_post and dis in ("words", "mixed", "oh_double", "pairs", "glued", "keycap", "letters"):
            dis = "plain"
        raw, spelled, cls, form = render(rng, e, form, dis, country)
        if form == "wa_me":
            link = rng.choice(("https://wa.me/{n}", "wa.me/{n}", "https://api.whatsapp.com/send?phone={n}"))
            line = rng.choice(("WhatsApp: {l}", "Chat: {l}", "{l}", "👉 {l}")).format(l=link.format(n=raw))
        else:
            cue = rng.choice(bank["cue"] if i == 0 else bank["cue2"] + bank["cue"])
            line = cue.format(n=raw)
        if form in ("national", "nsn"):
            if mode in ("record", "location", "text", "url"):
                src = mode
            elif any(f not in ("national", "nsn") for _, f in phones):
                src = "calling_code"
            elif format_unique(e, form):
                src = "format"
            else:
                src = None
        else:
            src = "calling_code"
        if src is None:
            cands = {}
            for r in ambiguous_regions(e):
                cands[r] = e["national_mobile_in"][r]
            for r, v in sorted(e["national_mobile_in"].items()):
                cands.setdefault(r, v)
            ambs.append({"raw": raw, "digits": spelled, "regions": sorted(ambiguous_regions(e)),
                         "e164_candidates": sorted(set(cands.values())), "true_region_in_generator": e["region"]})
        else:
            lab = {"e164": e["e164"], "raw": raw, "class": cls, "region": e["region"], "region_source": src, "spelled": spelled,
                   "form": form}
            if trap:
                lab["tags"] = ["foreign_place_named"]
            labels_ph.append(lab)
        if i == 0 and src is not None and rng.random() < 0.12 and not title_phone:
            title_phone = (e, form, src)
        contact_lines.append(line)
    if title_phone:  # the same number again in the title, written plainly: a second mention
        e, form, src = title_phone
        raw, spelled, cls, form = render(rng, e, form if form != "wa_me" else "intl_plus", "plain", country)
        title = title + rng.choice((" - ", " | ", " ☎ ", " 📞 ")) + raw
        labels_ph.insert(0, {"e164": e["e164"], "raw": raw, "class": cls, "region": e["region"], "region_source": src,
                             "spelled": spelled, "form": form, "field": "title"})
        if trap:
            labels_ph[0]["tags"] = ["foreign_place_named"]
    body_parts = lines[:]
    pos = rng.random()
    for cl in contact_lines:
        if pos < 0.7:
            body_parts.append(cl)
        else:
            body_parts.insert(rng.randrange(len(body_parts) + 1), cl)
    joiner = rng.choice(("\n", "\n", " | ", ". ", "\n\n", " ✨ "))
    if joiner == ". ":
        body_parts = [x[:-1] if x.endswith(".") else x for x in body_parts]
    body = joiner.join(body_parts)
    if rng.random() < 0.1:
        body = "<p>" + body.replace("\n", "<br>") + "</p>"
        for lab in labels_ph:
            lab["raw"] = lab["raw"].replace("\n", "<br>") if lab.get("field") != "title" else lab["raw"]
        for a in ambs:
            a["raw"] = a["raw"].replace("\n", "<br>")
    rec["title"] = title
    rec["body"] = body
    # fields carrying evidence (only those of the chosen mode, so the label's region_source is unique)
    if mode == "record":
        rec["region"] = country
    elif mode == "location":
        rec["location"] = place
    if mode == "url":
        rec["url"] = url_for(rng, country, True, pid)
    elif rng.random() < 0.4:
        rec["url"] = url_for(rng, country, False, pid)
    if rng.random() < 0.5:
        rec["site"] = rng.choice(("demo-classifieds", "listings-demo", "board-demo"))
    rec["posted_at"] = "2026-{:02d}-{:02d}T{:02d}:{:02d}:00Z".format(rng.randint(1, 10), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    for lab in labels_ph:
        lab.setdefault("field", "body")
    rec["labels"] = {"group": area, "country": country, "lang": lang, "category": cat, "evidence": mode,
                     "phones": labels_ph, "ambiguous": ambs, "decoys": sorted(set(decoy_kinds))}
    return rec


def generate(split):
    name, prefix, n, seed = [s for s in SPLITS if s[0] == split][0]
    rng = random.Random(seed)
    pool = load_pool()[split]
    used = set()
    out = []
    for i in range(1, n + 1):
        out.append(make_post(rng, "%s-%04d" % (prefix, i), pool, used))
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    check = "--check" in sys.argv
    bad = False
    for split, _, _, _ in SPLITS:
        text = dumps(generate(split))
        path = os.path.join(HERE, split + ".jsonl")
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("differs:", path)
                    bad = True
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
