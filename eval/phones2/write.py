#!/usr/bin/env python3
"""Write the second phone evaluation set (issue 9): dev.jsonl and heldout.jsonl.

    python3 eval/phones2/write.py            # rewrites both files byte for byte
    python3 eval/phones2/write.py --check    # exit 1 when a committed file differs

Python 3.11 standard library only. Every number comes from number_pool.json (vetted with
libphonenumber by build_pool.py); every text is invented. The two splits use different seeds,
different halves of the number pool and disjoint banks (places, country names, qualified
names, site stems, URL shapes, templates, glued names, separators, escapes, digit scripts,
decoy phrasings, demonyms); see README.md.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))
COUNTRIES = POOL["countries"]

# Regions whose people write the trunk prefix 0 in front of a national mobile. A digit string
# read "strictly" as a number of such a region must start with 0; of any other region, must not
# (IN writes both ways). Derived from libphonenumber's national format of the pool's numbers.
TRUNK = sorted(cc for cc in COUNTRIES if POOL["pool"][cc][0]["national"].startswith("0"))
BOTH_WAYS = {"IN"}

SPLITS = {
    "dev": {"bank": "A", "seeds": [7101, 7102, 7103], "parity": 0},
    "heldout": {"bank": "B", "seeds": [9301, 9302, 9303], "parity": 1},
}
PER_SEED = 200

# --------------------------------------------------------------------------------------------
# Banks. Every list keyed "A" (dev) / "B" (held-out) is disjoint between the two (test_write.py).

LANG = {"US": "en", "CA": "en", "GB": "en", "NG": "en", "KE": "en", "ZA": "en", "IN": "en",
        "PK": "en", "PH": "en", "MY": "en", "SG": "en", "HK": "en", "AU": "en", "NZ": "en",
        "ET": "en", "SO": "en", "JP": "en", "KR": "en", "TH": "en", "TR": "en", "PL": "en",
        "NL": "en", "IT": "en",
        "MX": "es", "CO": "es", "AR": "es", "ES": "es",
        "BR": "pt", "PT": "pt",
        "FR": "fr", "SN": "fr", "ML": "fr", "NE": "fr", "MA": "fr",
        "DE": "de",
        "AE": "ar", "SA": "ar", "LY": "ar", "SD": "ar"}

# (cities, suburbs/districts/neighbourhoods) per country and split
PLACES = {
    "US": {"A": (["Houston", "Atlanta", "Las Vegas"], ["Buckhead", "Harlem", "the Bronx"]),
           "B": (["Denver", "Seattle", "Nashville"], ["Brooklyn", "Scottsdale", "Bushwick"])},
    "CA": {"A": (["Toronto", "Calgary"], ["Mississauga", "Etobicoke"]),
           "B": (["Vancouver", "Montréal"], ["Burnaby", "Laval"])},
    "MX": {"A": (["Monterrey", "Tijuana"], ["Polanco", "Zapopan"]),
           "B": (["Cancún", "Puebla"], ["Coyoacán", "Tlalnepantla"])},
    "BR": {"A": (["São Paulo", "Belo Horizonte"], ["Ipanema", "Moema"]),
           "B": (["Rio de Janeiro", "Curitiba"], ["Barra da Tijuca", "Pinheiros"])},
    "CO": {"A": (["Medellín", "Bogotá"], ["El Poblado", "Chapinero"]),
           "B": (["Cali", "Barranquilla"], ["Envigado", "Usaquén"])},
    "AR": {"A": (["Buenos Aires", "Rosario"], ["Recoleta", "San Telmo"]),
           "B": (["Mendoza", "Mar del Plata"], ["Caballito", "Palermo Soho"])},
    "GB": {"A": (["Manchester", "Leeds"], ["Croydon", "Shoreditch"]),
           "B": (["Glasgow", "Bristol"], ["Peckham", "Salford"])},
    "FR": {"A": (["Lyon", "Marseille"], ["Montmartre", "Saint-Denis"]),
           "B": (["Toulouse", "Nice"], ["La Défense", "Boulogne-Billancourt"])},
    "DE": {"A": (["Berlin", "Hamburg"], ["Kreuzberg", "St. Pauli"]),
           "B": (["München", "Köln"], ["Schwabing", "Sachsenhausen"])},
    "ES": {"A": (["Madrid", "Barcelona"], ["Malasaña", "Lavapiés"]),
           "B": (["Sevilla", "Málaga"], ["Eixample", "Triana"])},
    "IT": {"A": (["Milano", "Roma"], ["Navigli", "Trastevere"]),
           "B": (["Napoli", "Torino"], ["Brera", "Vomero"])},
    "NL": {"A": (["Amsterdam", "Rotterdam"], ["De Pijp", "Jordaan"]),
           "B": (["Utrecht", "Den Haag"], ["Scheveningen", "Bijlmer"])},
    "PL": {"A": (["Warszawa", "Kraków"], ["Mokotów", "Praga-Północ"]),
           "B": (["Wrocław", "Gdańsk"], ["Nowa Huta", "Wola"])},
    "PT": {"A": (["Lisboa", "Porto"], ["Alfama", "Cascais"]),
           "B": (["Faro", "Coimbra"], ["Bairro Alto", "Matosinhos"])},
    "NG": {"A": (["Lagos", "Abuja"], ["Lekki", "Ikeja"]),
           "B": (["Port Harcourt", "Ibadan"], ["Wuse 2", "Surulere"])},
    "NE": {"A": (["Niamey", "Zinder"], ["Yantala", "Lazaret"]),
           "B": (["Maradi", "Agadez"], ["Koira Kano", "Talladjé"])},
    "ML": {"A": (["Bamako", "Ségou"], ["Hamdallaye", "Badalabougou"]),
           "B": (["Sikasso", "Mopti"], ["Lafiabougou", "Kalaban Coura"])},
    "ET": {"A": (["Addis Ababa", "Bahir Dar"], ["Bole", "Piassa"]),
           "B": (["Hawassa", "Dire Dawa"], ["Kazanchis", "Sarbet"])},
    "SO": {"A": (["Mogadishu", "Hargeisa"], ["Hodan", "Waberi"]),
           "B": (["Kismayo", "Bosaso"], ["Wadajir", "Hamarweyne"])},
    "SD": {"A": (["Khartoum", "Port Sudan"], ["Amarat", "Khartoum Bahri"]),
           "B": (["Kassala", "Wad Madani"], ["Burri", "Arkaweet"])},
    "LY": {"A": (["Tripoli", "Benghazi"], ["Gargaresh", "Souq al-Juma"]),
           "B": (["Misrata", "Sabha"], ["Hay Andalus", "Tajoura"])},
    "KE": {"A": (["Nairobi", "Mombasa"], ["Westlands", "Kilimani"]),
           "B": (["Kisumu", "Nakuru"], ["Kileleshwa", "Nyali"])},
    "ZA": {"A": (["Johannesburg", "Cape Town"], ["Sandton", "Sea Point"]),
           "B": (["Durban", "Pretoria"], ["Umhlanga", "Soweto"])},
    "SN": {"A": (["Dakar", "Thiès"], ["Almadies", "Mermoz"]),
           "B": (["Mbour", "Ziguinchor"], ["Ouakam", "Yoff"])},
    "MA": {"A": (["Casablanca", "Marrakech"], ["Maârif", "Guéliz"]),
           "B": (["Rabat", "Tanger"], ["Agdal", "Ain Diab"])},
    "AE": {"A": (["Dubai", "Abu Dhabi"], ["JBR", "Deira"]),
           "B": (["Sharjah", "Ajman"], ["Al Barsha", "Business Bay"])},
    "SA": {"A": (["Riyadh", "Jeddah"], ["Al Olaya", "Al Malaz"]),
           "B": (["Dammam", "Khobar"], ["Al Sulimaniyah", "Al Hamra"])},
    "TR": {"A": (["İstanbul", "Ankara"], ["Beşiktaş", "Kadıköy"]),
           "B": (["İzmir", "Antalya"], ["Şişli", "Bornova"])},
    "IN": {"A": (["Mumbai", "Pune"], ["Andheri", "Bandra"]),
           "B": (["Bangalore", "Chennai"], ["Koramangala", "Gachibowli"])},
    "PK": {"A": (["Karachi", "Lahore"], ["Gulshan-e-Iqbal", "Gulberg"]),
           "B": (["Islamabad", "Rawalpindi"], ["Bahria Town", "Johar Town"])},
    "JP": {"A": (["Tokyo", "Osaka"], ["Shinjuku", "Roppongi"]),
           "B": (["Nagoya", "Fukuoka"], ["Shibuya", "Namba"])},
    "KR": {"A": (["Seoul", "Busan"], ["Gangnam", "Itaewon"]),
           "B": (["Incheon", "Daegu"], ["Hongdae", "Haeundae"])},
    "TH": {"A": (["Bangkok", "Pattaya"], ["Sukhumvit", "Silom"]),
           "B": (["Chiang Mai", "Phuket"], ["Patong", "Thonglor"])},
    "PH": {"A": (["Manila", "Cebu"], ["Makati", "Malate"]),
           "B": (["Davao", "Quezon City"], ["Pasay", "BGC Taguig"])},
    "MY": {"A": (["Kuala Lumpur", "Penang"], ["Bukit Bintang", "Petaling Jaya"]),
           "B": (["Johor Bahru", "Ipoh"], ["Cheras", "Bangsar"])},
    "SG": {"A": (["Singapore"], ["Geylang", "Orchard Road"]),
           "B": (["Singapura"], ["Tanjong Pagar", "Jurong East"])},
    "HK": {"A": (["Hong Kong"], ["Mong Kok", "Wan Chai"]),
           "B": (["Kowloon"], ["Tsim Sha Tsui", "Causeway Bay"])},
    "AU": {"A": (["Melbourne", "Brisbane"], ["St Kilda", "Fortitude Valley"]),
           "B": (["Gold Coast", "Adelaide"], ["Bondi", "Surfers Paradise"])},
    "NZ": {"A": (["Auckland", "Christchurch"], ["Ponsonby", "Mount Eden"]),
           "B": (["Tauranga", "Dunedin, Otago"], ["Te Aro", "Remuera"])},
}

COUNTRY_NAMES = {
    "A": {"US": "the USA", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "CO": "Colombia",
          "AR": "Argentina", "GB": "the UK", "FR": "France", "DE": "Germany", "ES": "Spain",
          "IT": "Italy", "NL": "the Netherlands", "PL": "Poland", "PT": "Portugal",
          "NG": "Nigeria", "NE": "Niger", "ML": "Mali", "ET": "Ethiopia", "SO": "Somalia",
          "SD": "Sudan", "LY": "Libya", "KE": "Kenya", "ZA": "South Africa", "SN": "Senegal",
          "MA": "Morocco", "AE": "the UAE", "SA": "Saudi Arabia", "TR": "Turkey", "IN": "India",
          "PK": "Pakistan", "JP": "Japan", "KR": "South Korea", "TH": "Thailand",
          "PH": "the Philippines", "MY": "Malaysia", "SG": "Singapore", "HK": "Hong Kong",
          "AU": "Australia", "NZ": "New Zealand"},
    "B": {"US": "United States", "CA": "Canadá", "MX": "México", "BR": "Brasil",
          "CO": "Colombie", "AR": "Argentine", "GB": "Great Britain", "FR": "la France",
          "DE": "Deutschland", "ES": "España", "IT": "Italia", "NL": "Nederland",
          "PL": "Polska", "PT": "terras lusas (PT)", "NG": "Naija (Nigeria)",
          "NE": "République du Niger", "ML": "République du Mali", "ET": "Ityopya (Ethiopia)",
          "SO": "Soomaaliya", "SD": "as-Sudan", "LY": "Libia", "KE": "Jamhuri ya Kenya",
          "ZA": "Mzansi", "SN": "Sénégal", "MA": "Maroc", "AE": "Emirates (UAE)",
          "SA": "KSA", "TR": "Türkiye", "IN": "Bharat", "PK": "Pakistan (PK)", "JP": "Nippon",
          "KR": "Korea (ROK)", "TH": "Prathet Thai", "PH": "Pilipinas", "MY": "Semenanjung (MY)",
          "SG": "the Lion City (SG)", "HK": "HK SAR", "AU": "Oz", "NZ": "Aotearoa"},
}

# names that are ambiguous alone: the qualified form places the post, the bare one is read as
# the better-known place
QUALIFIED = {
    "A": [("Paris, TX", "US"), ("Paris", "FR"), ("London, Ontario", "CA"), ("London", "GB"),
          ("Birmingham, Alabama", "US"), ("Córdoba, Argentina", "AR"), ("Valencia", "ES"),
          ("Alexandria, VA", "US"), ("Santiago de Querétaro", "MX")],
    "B": [("Perth, Scotland", "GB"), ("Perth", "AU"), ("Sydney, Nova Scotia", "CA"),
          ("Sydney", "AU"), ("Hyderabad, Sindh", "PK"), ("Hyderabad, Telangana", "IN"),
          ("Toledo, Ohio", "US"), ("Toledo, España", "ES"), ("Manchester, NH", "US"),
          ("Victoria, BC", "CA"), ("Mérida, Yucatán", "MX"), ("Wellington, Florida", "US")],
}

DEMONYMS = {
    "A": ["Brazilian", "Colombian", "Russian", "Thai", "Venezuelan", "Ukrainian", "Filipina",
          "Ethiopian"],
    "B": ["Latina", "Nigerian", "Romanian", "Vietnamese", "Dominican", "Chinese", "Kenyan",
          "Moroccan"],
}

CCTLD = {"A": {"AU": ".com.au", "GB": ".co.uk", "DE": ".de", "NG": ".com.ng", "BR": ".com.br",
               "ZA": ".co.za", "IN": ".co.in", "FR": ".fr", "KE": ".co.ke", "MX": ".com.mx",
               "NZ": ".co.nz", "AE": ".ae", "JP": ".jp", "ET": ".et", "SN": ".sn"},
         "B": {"AU": ".net.au", "GB": ".uk", "DE": ".com.de", "NG": ".ng", "BR": ".net.br",
               "ZA": ".za", "IN": ".in", "FR": ".com.fr", "KE": ".ke", "MX": ".mx",
               "NZ": ".nz", "TH": ".co.th", "PK": ".pk", "TR": ".com.tr", "MY": ".com.my",
               "SO": ".so", "LY": ".ly"}}

SITE_STEMS = {"A": ["nightpal", "velvetads", "citylove", "adzone", "hotlist", "meetnow"],
              "B": ["lustboard", "datepost", "sweetclassified", "pinkpages", "adloop", "glowcity"]}

NAMES = {"A": ["Lexi", "Candy", "Mia", "Bella", "Jasmine", "Roxy", "Nina", "Kiki"],
         "B": ["Destiny", "Amber", "Zara", "Luna", "Sasha", "Ruby", "Cleo", "Tiffany"]}

SEP_EACH = {"A": ["@", "!", "'", ";", "*", "~", "•"], "B": ["#", "^", "=", "♥", "_", ":", "·"]}
SEP_PAIR = {"A": [";", "|", "/", "~~", ".."], "B": [",", "+", "><", "--", "♡"]}
ESCAPES = {"A": ["\\u2022", "&#8226;", "&bull;"], "B": ["&#x2022;", "\\u00b7", "&middot;", "&#183;"]}
STYLED = {"A": ["bold", "circled", "keycap"], "B": ["double", "mono", "sansbold"]}
SCRIPTS = {"A": [("arabic", ["AE", "SA", "LY", "SD"]), ("devanagari", ["IN"]),
                 ("fullwidth", ["JP", "KR", "HK"])],
           "B": [("persian", ["PK"]), ("bengali", ["IN"]), ("thai", ["TH"]),
                 ("gujarati", ["IN"])]}
DIGIT_BASE = {"bold": 0x1D7CE, "double": 0x1D7D8, "mono": 0x1D7F6, "sansbold": 0x1D7EC,
              "arabic": 0x0660, "gujarati": 0x0AE6, "persian": 0x06F0, "devanagari": 0x0966,
              "bengali": 0x09E6, "thai": 0x0E50, "fullwidth": 0xFF10}

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "ar": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
}
PLUS_WORD = {"en": ["plus", "Plus", "PLUS"], "es": ["más", "mas"], "fr": ["plus"],
             "pt": ["mais"], "de": ["plus"], "ar": ["زائد"]}
HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"]}
LEET = {"0": ["zer0", "z3r0"], "1": ["0ne", "on3"], "2": ["tw0"], "3": ["thr33", "thr3e"],
        "4": ["f0ur"], "5": ["f1ve", "f1v3"], "6": ["s1x"], "7": ["s3v3n", "sev3n"],
        "8": ["e1ght", "31ght"], "9": ["n1ne", "n1n3"]}

# ad templates: per split, language, ad kind. {p} is the phone phrase slot filled later.
INTROS = {
    "A": {
        "en": {"escort": ["New girl in town 💋 sweet, discreet and playful.",
                          "Hi gentlemen! Real pics, no rush, GFE.",
                          "INCALL/OUTCALL available now 🔥 upscale only.",
                          "Young & fun, 100% independent, no agency.",
                          "NEW PICS!! 🍑 open minded, party friendly, ask about 2 girl special.",
                          "Classy companion for dinner dates and more, discretion guaranteed 🥂"],
               "massage": ["Relaxing full body massage by a gentle therapist 💆",
                           "Asian massage spa, new staff every week, walk-ins welcome.",
                           "Deep tissue + hot stone, private room, shower available.",
                           "Nuru & body slide, beautiful young therapists 🌺 table shower."],
               "job": ["HIRING NOW: hostesses and waitresses, no experience needed, free flight and visa!",
                       "Modelling agency looking for girls 18-25, salary paid weekly, accommodation provided.",
                       "Caregivers and nannies wanted abroad, we arrange your passport and tickets.",
                       "Girls 18+ wanted for promo work overseas, earn in one month what you earn in a year!",
                       "Easy job abroad: cleaning and hotel work, agency fee paid back from salary."],
               "classified": ["Selling my iPhone, like new, box included.",
                              "Room for rent, furnished, bills included.",
                              "Used car for sale, one owner, full service history.",
                              "Puppies for sale, vaccinated, ready for a new home 🐶"]},
        "es": {"escort": ["Chica nueva en la ciudad 💋 cariñosa y discreta.",
                          "Hola amor, fotos reales, sin prisas."],
               "massage": ["Masaje relajante cuerpo completo, ambiente privado."],
               "job": ["SE BUSCAN chicas para trabajar en el extranjero, pasaje y alojamiento pagados."],
               "classified": ["Vendo moto en buen estado, papeles al día."]},
        "fr": {"escort": ["Nouvelle en ville 💋 douce et discrète.",
                          "Coucou messieurs, photos réelles, pas de prise de tête."],
               "massage": ["Massage relaxant aux huiles, salon privé et propre."],
               "job": ["Recrutement urgent : hôtesses pour l'étranger, billet et logement offerts."],
               "classified": ["Vends canapé trois places, très bon état."]},
        "pt": {"escort": ["Novinha na cidade 💋 carinhosa e discreta.",
                          "Oi amor, fotos reais, atendo com calma."],
               "massage": ["Massagem relaxante com óleos, ambiente climatizado."],
               "job": ["Vagas para trabalhar no exterior, passagem e moradia pagas!"],
               "classified": ["Vendo celular seminovo, aceito troca."]},
        "de": {"escort": ["Neu in der Stadt 💋 zärtlich und diskret.",
                          "Hallo ihr Lieben, echte Fotos, kein Zeitdruck."],
               "massage": ["Entspannende Ganzkörpermassage in privatem Ambiente."],
               "job": ["Hostessen gesucht für Jobs im Ausland, Flug und Unterkunft frei!"],
               "classified": ["Verkaufe Fahrrad, kaum benutzt."]},
        "ar": {"escort": ["بنت جديدة في المدينة 💋 لطيفة وسرية.",
                          "مرحبا، صور حقيقية، خدمة راقية."],
               "massage": ["مساج استرخاء كامل الجسم، مكان خاص ونظيف."],
               "job": ["مطلوب فتيات للعمل في الخارج، تذكرة وسكن مجاني!"],
               "classified": ["للبيع سيارة بحالة ممتازة."]},
    },
    "B": {
        "en": {"escort": ["Just arrived ✈️ sexy curvy babe, your secret is safe with me.",
                          "Sweet Ebony princess, outcalls to hotels only 😘",
                          "Busty blonde visiting for a few days only!!!",
                          "Tall slim student, clean & classy, ask for specials.",
                          "Mature lady, very experienced, unhurried sessions 🌹 couples ok",
                          "PARTY GIRL 🎉 available all night, overnight rates on request"],
               "massage": ["Best Thai-style body rub, open late, very clean rooms 🌸",
                           "Soothing tantra session with warm oils, couples welcome.",
                           "Professional sports massage, new management, parking at the back.",
                           "Four hands massage by two lovely ladies, happy ending not guaranteed 😉"],
               "job": ["Work in a luxury hotel abroad! Good English not required, we pay your ticket.",
                       "Dancers wanted for clubs overseas, earn big in 3 months, visa sorted.",
                       "Housemaids needed abroad, salary sent home monthly, apply today.",
                       "Models wanted for overseas photo shoots, no portfolio needed, we keep your documents safe.",
                       "Restaurant staff abroad, loan for the journey repaid from wages, leave next week!"],
               "classified": ["Laptop for sale, 16GB RAM, charger included.",
                              "Studio flat available from next month, near the station.",
                              "Baby stroller, barely used, pick up only.",
                              "Gaming console with two controllers, swap considered."]},
        "es": {"escort": ["Recién llegada ✈️ morena ardiente, trato de novios.",
                          "Jovencita universitaria, solo hoteles y domicilios."],
               "massage": ["Masajes tántricos con aceites calientes, atención de lujo."],
               "job": ["Trabaja en Europa como camarera, te pagamos el boleto, sin experiencia."],
               "classified": ["Se alquila cuarto amueblado, zona céntrica."]},
        "fr": {"escort": ["Tout juste arrivée ✈️ métisse pulpeuse, discrétion assurée.",
                          "Étudiante câline, uniquement à l'hôtel."],
               "massage": ["Massage tantrique aux huiles chaudes, cadre zen."],
               "job": ["Travail en Europe pour jeunes filles, voyage payé, gros salaire."],
               "classified": ["À vendre : ordinateur portable, peu servi."]},
        "pt": {"escort": ["Recém-chegada ✈️ morena gostosa, sigilo total.",
                          "Universitária safadinha, só motel e hotel."],
               "massage": ["Massagem tântrica com óleo quente, atendimento VIP."],
               "job": ["Trabalhe na Europa como garçonete, passagem paga, sem experiência!"],
               "classified": ["Aluga-se quarto mobiliado perto do metrô."]},
        "de": {"escort": ["Frisch angekommen ✈️ kurvige Schönheit, absolut diskret.",
                          "Studentin, nur Hotelbesuche."],
               "massage": ["Tantra-Massage mit warmem Öl, ruhige Atmosphäre."],
               "job": ["Arbeit im Ausland für junge Frauen, Ticket bezahlt, hoher Verdienst!"],
               "classified": ["Gebrauchter Kinderwagen abzugeben."]},
        "ar": {"escort": ["وصلت حديثا ✈️ جميلة وسرية تامة.",
                          "طالبة جامعية، فنادق فقط."],
               "massage": ["مساج بالزيوت الساخنة، جو هادئ."],
               "job": ["فرص عمل في أوروبا للفتيات، التذكرة مدفوعة، راتب عالي!"],
               "classified": ["للبيع لابتوب مستعمل بحالة جيدة."]},
    },
}

TITLES = {
    "A": {"en": {"escort": ["💋 {Name} – new and sexy", "Hot & Ready ❤️", "VIP companion", "Sweet girl available"],
                 "massage": ["Relax massage 💆", "Body rub special", "Spa open now"],
                 "job": ["JOBS ABROAD - APPLY NOW", "Hostess wanted", "Work overseas $$$"],
                 "classified": ["For sale", "Room to let", "Great deal"]},
          "es": {"escort": ["💋 {Name} – nueva y ardiente", "Chica VIP"], "massage": ["Masajes relax 💆"],
                 "job": ["TRABAJO EN EL EXTRANJERO"], "classified": ["Se vende"]},
          "fr": {"escort": ["💋 {Name} – nouvelle et coquine", "Escorte VIP"], "massage": ["Massage détente 💆"],
                 "job": ["EMPLOI À L'ÉTRANGER"], "classified": ["À vendre"]},
          "pt": {"escort": ["💋 {Name} – novinha e gostosa", "Acompanhante VIP"], "massage": ["Massagem relax 💆"],
                 "job": ["EMPREGO NO EXTERIOR"], "classified": ["Vendo"]},
          "de": {"escort": ["💋 {Name} – neu und heiß", "VIP Begleitung"], "massage": ["Massage entspannt 💆"],
                 "job": ["JOBS IM AUSLAND"], "classified": ["Zu verkaufen"]},
          "ar": {"escort": ["💋 {Name} – جديدة", "رفيقة VIP"], "massage": ["مساج 💆"],
                 "job": ["عمل في الخارج"], "classified": ["للبيع"]}},
    "B": {"en": {"escort": ["✨{Name}✨ just landed", "YOUR FANTASY GIRL 😈", "Upscale playmate", "Girlfriend experience"],
                 "massage": ["Tantra & body rub 🌸", "Open late massage", "Soothing hands"],
                 "job": ["EARN BIG OVERSEAS ✈️", "Dancers wanted", "Housemaid jobs abroad"],
                 "classified": ["Bargain!!", "Flat available", "Must go this week"]},
          "es": {"escort": ["✨{Name}✨ recién llegada", "Tu fantasía 😈"], "massage": ["Masajes tántricos 🌸"],
                 "job": ["GANA EN EUROPA ✈️"], "classified": ["Se alquila"]},
          "fr": {"escort": ["✨{Name}✨ tout juste arrivée", "Ton fantasme 😈"], "massage": ["Tantra 🌸"],
                 "job": ["GROS SALAIRE EN EUROPE ✈️"], "classified": ["Bonne affaire"]},
          "pt": {"escort": ["✨{Name}✨ recém-chegada", "Sua fantasia 😈"], "massage": ["Massagem tântrica 🌸"],
                 "job": ["GANHE NA EUROPA ✈️"], "classified": ["Aluga-se"]},
          "de": {"escort": ["✨{Name}✨ frisch angekommen", "Deine Fantasie 😈"], "massage": ["Tantra 🌸"],
                 "job": ["VIEL VERDIENEN IM AUSLAND ✈️"], "classified": ["Abzugeben"]},
          "ar": {"escort": ["✨{Name}✨ وصلت", "فتاة أحلامك 😈"], "massage": ["مساج تانترا 🌸"],
                 "job": ["اربح في أوروبا ✈️"], "classified": ["فرصة"]}},
}

PLACE_SENT = {
    "A": {"en": ["Now in {place}.", "Available in {place} tonight.", "Based in {place}, incall only.", "📍{place}"],
          "es": ["Estoy en {place}.", "Disponible en {place} hoy."],
          "fr": ["Je suis à {place}.", "Disponible sur {place} ce soir."],
          "pt": ["Estou em {place}.", "Atendo em {place} hoje."],
          "de": ["Jetzt in {place}.", "Heute in {place} erreichbar."],
          "ar": ["موجودة في {place}.", "متاحة الليلة في {place}."]},
    "B": {"en": ["Visiting {place} this week only!", "Location: {place}", "{place} area, hotels welcome.", "Come see me in {place} 😘"],
          "es": ["Esta semana en {place}.", "Zona {place}, hoteles."],
          "fr": ["De passage à {place} cette semaine.", "Secteur {place}, hôtels."],
          "pt": ["De passagem por {place}.", "Região de {place}, hotéis."],
          "de": ["Nur diese Woche in {place}!", "Raum {place}, Hotels willkommen."],
          "ar": ["هذا الأسبوع في {place}.", "منطقة {place}، فنادق."]},
}

PHONE_SENT = {
    "A": {"en": ["Call {p}", "Txt {p}", "WhatsApp {p}", "📞 {p}", "Contact: {p}", "Book now {p}",
                 "Call {p} 💋", "{p} (call or text)", "Number: {p}.", "{p} - text first"],
          "es": ["Llámame al {p}", "WhatsApp {p}", "📞 {p}"],
          "fr": ["Appelle-moi au {p}", "WhatsApp {p}", "📞 {p}"],
          "pt": ["Liga pra mim {p}", "Zap {p}", "📞 {p}"],
          "de": ["Ruf an: {p}", "WhatsApp {p}", "📞 {p}"],
          "ar": ["اتصل على {p}", "واتساب {p}", "📞 {p}"]},
    "B": {"en": ["Ring me on {p}", "SMS only {p}", "Hit me up at {p}", "☎ {p}", "Appointments: {p}", "Text/WA {p}",
                 "Reach me: {p}!", "{p} ← WhatsApp", "booking line {p} 🌹", "[{p}]"],
          "es": ["Escríbeme {p}", "Solo WhatsApp: {p}", "☎ {p}"],
          "fr": ["Texto uniquement {p}", "Contact : {p}", "☎ {p}"],
          "pt": ["Chama no whats {p}", "Contato: {p}", "☎ {p}"],
          "de": ["Nur SMS: {p}", "Kontakt: {p}", "☎ {p}"],
          "ar": ["راسلني {p}", "للتواصل: {p}", "☎ {p}"]},
}

CLOSERS = {"A": ["No blocked calls.", "Serious clients only 🙏", "xoxo", "", "", "NO TEXT GAMES!!"],
           "B": ["Private numbers ignored.", "Time wasters blocked 🚫", "Kisses 😘", "", "", "LIMITED SPOTS"]}

# --------------------------------------------------------------------------------------------
# Decoys: (kind, phrase). Country-specific ones carry their country; neutral ones name none.


def decoy_bank(bank):
    r_age = {"A": ["Age {a}", "{a}yo", "{a} years young"], "B": ["I'm {a}", "{a} y/o", "aged {a}"]}[bank]
    r_height = {"A": ["5'{i}\"", "Height 5'{i}", "{cm} cm tall"], "B": ["5’{i}", "{cm}cm", "height: 5 ft {i}"]}[bank]
    r_weight = {"A": ["{kg} kg", "weight {lb} lbs"], "B": ["{kg}kg", "{lb}lb"]}[bank]
    r_meas = {"A": ["34-24-36", "36DD-26-38", "32B-24-34"], "B": ["38-28-40", "34C 25 36", "36-24-36 curves"]}[bank]
    r_time = {"A": ["open 10am-11pm", "from 22:30", "24/7", "until 3 am"], "B": ["9:00 to 21:00", "late night till 04:00", "daily 11-7", "Mon-Sat 8pm-2am"]}[bank]
    r_date = {"A": ["till 12/06/2026", "from 2026-12-03", "on 15.12.2026"], "B": ["until 24/12/2026", "starting 2027-01-05", "06.01.2027 only"]}[bank]
    r_year = {"A": ["since 2019", "2026 model"], "B": ["est. 2015", "reg. 2021"]}[bank]
    r_rating = {"A": ["4.9/5 from 312 reviews", "rated 5 stars (1000+ clients)"], "B": ["98% positive (1,204 ratings)", "★ 4.8 of 5, 420 reviews"]}[bank]
    r_room = {"A": ["Room 1204", "Suite 318, 12th floor"], "B": ["Apt 4B, door 2210", "room no. 707"]}[bank]
    r_order = {"A": ["Order #4481 2290 1133", "Ad ID 88213047", "Ref: 20261130-7781"], "B": ["Invoice no. 55190 2281", "Listing #7723019", "Booking ref 3390-1172-55"]}[bank]
    r_track = {"A": ["Tracking 1Z 999 AA1 01 2345 6784", "FedEx 7712 3456 7890", "USPS 9400 1000 0000 0000 0000 00"],
               "B": ["UPS 1Z 4E2 77X 03 1193 2255", "DHL waybill 3401 5566 72", "parcel no. 9405 5112 0620 3111 4455 90"]}[bank]
    r_price = {"A": [("$200/hr", "US"), ("£150 an hour", "GB"), ("€120 / 30min", None), ("R$ 300", "BR"), ("₹5000 full night", "IN")],
               "B": [("250 USD per hour", "US"), ("GBP 180 overnight", "GB"), ("1.200 € pro Woche", None), ("300 reais", "BR"), ("Rs. 8,000", "IN")]}[bank]
    r_post = {"A": [("SW1A 1AA", "GB"), ("75011 Paris", "FR"), ("CEP 01310-100", "BR"), ("10115 Berlin", "DE")],
              "B": [("EC2V 7HH", "GB"), ("69003 Lyon", "FR"), ("CEP 22071-000", "BR"), ("80331 München", "DE")]}[bank]
    r_iban = {"A": [("IBAN FR76 3000 6000 0112 3456 7890 189", "FR"), ("IBAN DE89 3704 0044 0532 0130 00", "DE")],
              "B": [("IBAN GB29 NWBK 6016 1331 9268 19", "GB"), ("IBAN ES91 2100 0418 4502 0005 1332", "ES")]}[bank]
    return {"age": r_age, "height": r_height, "weight": r_weight, "measurements": r_meas,
            "time": r_time, "date": r_date, "year": r_year, "rating": r_rating, "room": r_room,
            "order": r_order, "tracking": r_track, "price": r_price, "postcode": r_post, "iban": r_iban}


NEUTRAL_DECOYS = ["age", "height", "weight", "measurements", "time", "date", "year", "rating",
                  "room"]
REFERENCE_DECOYS = ["order", "tracking"]  # carrier names hint at a country: not in no-cue posts
PLACED_DECOYS = ["price", "postcode", "iban"]


def make_decoy(rng, bank, kind):
    d = decoy_bank(bank)[kind]
    t = rng.choice(d)
    country = None
    if isinstance(t, tuple):
        t, country = t
    t = t.format(a=rng.randint(19, 29), i=rng.randint(0, 9), cm=rng.randint(152, 180),
                 kg=rng.randint(45, 70), lb=rng.randint(100, 150))
    return t, country


# --------------------------------------------------------------------------------------------
# Numbers


class Numbers:
    """Per-split view of the vetted pool: dev takes even positions, held-out odd ones."""

    def __init__(self, parity):
        self.by_cc = {cc: [n for i, n in enumerate(POOL["pool"][cc]) if i % 2 == parity] for cc in COUNTRIES}

    def pick(self, rng, cc, pred=None):
        cands = [n for n in self.by_cc[cc] if pred is None or pred(n)]
        return rng.choice(cands) if cands else None


def habitual_form(n, cc):
    """The digits a local writes without a country code (trunk 0 where the country uses it)."""
    if cc == "IN":
        return n["nsn"]
    return n["forms"]["nat"]["digits"]


def readings(n, digits):
    for f in n["forms"].values():
        if f["digits"] == digits:
            return f["readings"]
    raise KeyError(digits)


def mobile_readings(n, digits, strict):
    out = []
    for r in readings(n, digits):
        if r["region"] not in COUNTRIES:  # the pool keeps MOBILE / FIXED_LINE_OR_MOBILE readings only
            continue
        if strict and r["region"] not in BOTH_WAYS:
            if digits.startswith("0") != (r["region"] in TRUNK):
                continue
        out.append(r)
    return out


def is_format_unique(n, cc):
    d = habitual_form(n, cc)
    return [r["region"] for r in mobile_readings(n, d, strict=False)] == [cc]


def is_ambiguous(n, cc):
    d = habitual_form(n, cc)
    return len(mobile_readings(n, d, strict=True)) >= 2


def national_text(rng, n, cc):
    """The number written plainly the way locals do, with a few grouping habits."""
    if cc == "IN":
        s = n["nsn"]
        base = rng.choice([s[:5] + " " + s[5:], s, s[:5] + "-" + s[5:], s[:3] + " " + s[3:6] + " " + s[6:]])
        return base
    nat = n["national"]
    style = rng.random()
    if style < 0.55:
        return nat
    if style < 0.7:
        return "".join(c for c in nat if c.isdigit())
    bare = nat.replace("(", "").replace(")", "")
    if style < 0.85:
        return bare.replace(" ", ".").replace("-", ".")
    return bare.replace(" ", "-")


def intl_text(rng, n, cc):
    intl = n["international"]
    nsn = n["nsn"]
    code = str(n["cc"])
    rest = intl[len(code) + 2:]
    style = rng.random()
    if style < 0.4:
        return intl
    if style < 0.55:
        return "+" + code + nsn
    if style < 0.7:
        return "00" + code + " " + rest
    if style < 0.8 and cc in TRUNK:
        return "+" + code + " (0)" + rest
    if style < 0.9:
        return "(+" + code + ") " + rest
    return "+" + code + "-" + rest.replace(" ", "-")


# --------------------------------------------------------------------------------------------
# Disguises: each maps a digit string (maybe with a leading '+') to advertiser text.


def styled(d, style):
    out = []
    for c in d:
        if not c.isdigit():
            out.append(c)
        elif style == "circled":
            out.append("\u24ea" if c == "0" else chr(0x2460 + int(c) - 1))
        elif style == "keycap":
            out.append(c + "\ufe0f\u20e3")
        else:
            out.append(chr(DIGIT_BASE[style] + int(c)))
    return "".join(out)


def groups_of(d, rng):
    """Split a digit string into chunks of 2-4, as people group when they disguise."""
    out, i = [], 0
    while i < len(d):
        k = rng.choice([2, 3, 3, 4])
        if len(d) - i - k == 1:
            k += 1
        out.append(d[i:i + k])
        i += k
    return out


def dg_sep_each(rng, d, bank):
    sep = rng.choice(SEP_EACH[bank])
    if rng.random() < 0.3:
        # doubled separator between groups
        return (sep * 2).join(sep.join(g) for g in groups_of(d, rng))
    return sep.join(d)


def dg_sep_pairs(rng, d, bank):
    sep = rng.choice(SEP_PAIR[bank])
    pairs = [d[i:i + 2] for i in range(0, len(d), 2)]
    if len(pairs[-1]) == 1:
        pairs[-2] += pairs[-1]
        pairs.pop()
    return sep.join(pairs)


def dg_homophone(rng, d, bank):
    idx = [i for i, c in enumerate(d) if c in HOMOPHONES]
    rng.shuffle(idx)
    chosen = set(idx[:max(2, len(idx) * 2 // 3)])
    s = "".join(rng.choice(HOMOPHONES[c]) if i in chosen else c for i, c in enumerate(d))
    return s


def dg_glued_words(rng, d, bank, lang="en"):
    caps = rng.choice(["lower", "title", "upper"])
    parts = []
    for g in groups_of(d, rng):
        ws = [WORDS[lang][int(c)] for c in g]
        if caps == "title":
            ws = [w.capitalize() for w in ws]
        elif caps == "upper":
            ws = [w.upper() for w in ws]
        parts.append("".join(ws))
    return rng.choice(["-", " ", ".", " "]).join(parts)


def dg_words_glued_digits(rng, d, bank):
    caps = rng.random() < 0.5
    out = []
    for c in d:
        if rng.random() < 0.4:
            w = WORDS["en"][int(c)]
            out.append(w.upper() if caps else w)
        else:
            out.append(c)
    if all(len(x) == 1 for x in out):
        out[1] = WORDS["en"][int(d[1])]
    gs, i = [], 0
    for g in groups_of(d, rng):
        gs.append("".join(out[i:i + len(g)]))
        i += len(g)
    return " ".join(gs)


def dg_leet(rng, d, bank):
    ws = [rng.choice(LEET[c]) if rng.random() < 0.75 else WORDS["en"][int(c)] for c in d]
    if not any(any(ch.isdigit() for ch in w) for w in ws):
        ws[0] = LEET[d[0]][0]
    return rng.choice([" ", " ", ", ", "-"]).join(ws)


def multiplier_spots(d):
    """Positions where 'X thousand' (X000) or 'X hundred' (X00) can stand for digits."""
    spots = []
    for i in range(len(d) - 2):
        if d[i] != "0" and d[i + 1:i + 4] == "000" and i + 4 <= len(d):
            spots.append((i, 4))
        elif d[i] != "0" and d[i + 1:i + 3] == "00" and (i + 3 == len(d) or d[i + 3] != "0"):
            spots.append((i, 3))
    return spots


def dg_multiplier(rng, d, bank):
    spots = multiplier_spots(d)
    i, k = rng.choice(spots)
    word = "thousand" if k == 4 else "hundred"
    if rng.random() < 0.3:
        word = {"thousand": "th0usand", "hundred": "hundr3d"}[word]
    num = d[i] if rng.random() < 0.5 else WORDS["en"][int(d[i])]
    pre, post = d[:i], d[i + k:]
    parts = []
    if pre:
        parts.append(pre)
    parts.append(num + " " + word)
    if post:
        parts.append(post)
    # the multiplier closes a group: a separator follows it, so "8 hundred - 1" is 800 then 1
    return rng.choice([" - ", ", ", " / "]).join(parts)


def dg_o_zero(rng, d, bank):
    up = rng.random() < 0.4
    s = "".join(("O" if up else "o") if c == "0" and rng.random() < 0.85 else c for c in d)
    if "o" not in s.lower():
        s = s.replace("0", "o", 1)
    gs, i = [], 0
    for g in groups_of(d, rng):
        gs.append(s[i:i + len(g)])
        i += len(g)
    return rng.choice(["-", " ", "."]).join(gs)


def dg_name_glued(rng, d, bank, name):
    body = d if rng.random() < 0.6 else "-".join(groups_of(d, rng))
    tail = rng.choice(["", "", "xoxo", "💋"])
    return name + body + tail


def dg_escape(rng, d, bank):
    esc = rng.choice(ESCAPES[bank])
    if rng.random() < 0.5:
        return esc.join(d)
    return esc.join(groups_of(d, rng))


def dg_styled(rng, d, bank):
    st = rng.choice(STYLED[bank])
    gs = groups_of(d, rng)
    return " ".join(styled(g, st) for g in gs)


def dg_script(rng, d, script):
    gs = groups_of(d, rng)
    return " ".join(styled(g, script) for g in gs)


FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
FR_TEEN = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]


def fr_pair(p):
    n = int(p)
    if p[0] == "0":
        return "zéro " + WORDS["fr"][n]
    if n < 20:
        return FR_TEEN[n - 10]
    t, u = divmod(n, 10)
    if t in FR_TENS:
        return FR_TENS[t] + ("" if u == 0 else " et un" if u == 1 else "-" + WORDS["fr"][u])
    if t == 7:
        return "soixante-" + ("et-onze" if u == 1 else FR_TEEN[u])
    if t == 8:
        return "quatre-vingt" + ("s" if u == 0 else "-" + WORDS["fr"][u])
    return "quatre-vingt-" + FR_TEEN[u]


def dg_words_lang(rng, d, bank, lang):
    if lang == "fr" and len(d) % 2 == 0 and rng.random() < 0.5:
        return ", ".join(fr_pair(d[i:i + 2]) for i in range(0, len(d), 2))
    ws = [WORDS[lang][int(c)] for c in d]
    if lang == "pt":
        ws = ["meia" if w == "seis" and rng.random() < 0.6 else w for w in ws]
    if lang == "en":
        ws = ["oh" if w == "zero" and rng.random() < 0.5 else w for w in ws]
    return rng.choice([" ", " ", ", ", "-"]).join(ws)


def dg_mixed(rng, d, bank):
    """Several disguises inside one number: per digit a word, homophone, leet word, O for 0,
    or the digit, with separators between every digit or group."""
    toks = []
    for c in d:
        opts = ["digit", "digit", "word"]
        if c in HOMOPHONES:
            opts.append("homo")
        if c == "0":
            opts.append("o")
        opts.append("leet")
        k = rng.choice(opts)
        toks.append({"digit": c, "word": WORDS["en"][int(c)], "homo": rng.choice(HOMOPHONES.get(c, [c])),
                     "o": "o", "leet": rng.choice(LEET[c])}[k])
    if all(t.isdigit() for t in toks):
        toks[2] = WORDS["en"][int(d[2])]
    sep = rng.choice(SEP_EACH[bank] + SEP_PAIR[bank])
    if rng.random() < 0.5:
        return sep.join(toks)
    gs, i, out = groups_of(d, rng), 0, []
    for g in gs:
        out.append("".join(toks[i:i + len(g)]))
        i += len(g)
    return (sep + sep).join(out) if rng.random() < 0.4 else sep.join(out)


def dg_plus_prefix(rng, lang, plus_digits, bank, code):
    """Spoken international prefix for a mixed disguise: '+44', 'plus 44', 'plus four four'."""
    k = rng.random()
    if k < 0.4:
        return "+" + code
    if k < 0.7:
        return rng.choice(PLUS_WORD[lang]) + " " + code
    return rng.choice(PLUS_WORD[lang]) + " " + " ".join(WORDS[lang][int(c)] for c in code)


# --------------------------------------------------------------------------------------------
# Post assembly


class Post:
    def __init__(self, pid):
        self.rec = {"id": pid}
        self.title = ""
        self.body = []
        self.labels = {"group": "", "phones": [], "ambiguous": [], "decoys": []}

    def phone(self, e164, source, cls, raw):
        self.labels["phones"].append({"e164": e164, "region_source": source, "class": cls, "raw": raw})

    def done(self, rng, joiner=None):
        body = (joiner or rng.choice([" ", " ", "\n", " ", "<br>"])).join(s for s in self.body if s)
        if self.title:
            self.rec["title"] = self.title
        self.rec["body"] = body
        self.rec["labels"] = self.labels
        return self.rec


class Writer:
    def __init__(self, split):
        cfg = SPLITS[split]
        self.split = split
        self.bank = cfg["bank"]
        self.nums = Numbers(cfg["parity"])
        self.seq = 0

    def new(self, group):
        self.seq += 1
        p = Post("ph2-%s-%04d" % ("d" if self.split == "dev" else "h", self.seq))
        p.labels["group"] = group
        return p

    # --- text pieces
    def place(self, rng, cc, kind=None):
        cities, subs = PLACES[cc][self.bank]
        kind = kind or rng.choice(["city", "city", "suburb", "country"])
        if kind == "city":
            return rng.choice(cities), kind
        if kind == "suburb":
            s = rng.choice(subs)
            return s, kind
        return COUNTRY_NAMES[self.bank][cc], kind

    def intro(self, rng, lang, ad):
        return rng.choice(INTROS[self.bank][lang][ad])

    def title(self, rng, lang, ad, caps=False):
        t = rng.choice(TITLES[self.bank][lang][ad]).replace("{Name}", rng.choice(NAMES[self.bank]))
        return t.upper() if caps else t

    def phone_sent(self, rng, lang, raw):
        if lang != "en" and rng.random() < 0.2:
            lang = "en"  # mixed-language ads: local intro, English contact line
        return rng.choice(PHONE_SENT[self.bank][lang]).replace("{p}", raw)

    def place_sent(self, rng, lang, place):
        return rng.choice(PLACE_SENT[self.bank][lang]).replace("{place}", place)

    def add_decoys(self, rng, post, n, neutral_only=False, country=None):
        kinds = list(NEUTRAL_DECOYS)
        if not neutral_only:
            kinds += REFERENCE_DECOYS + PLACED_DECOYS
        rng.shuffle(kinds)
        added = 0
        for k in kinds:
            if added >= n:
                break
            text, c = make_decoy(rng, self.bank, k)
            if c is not None and country is not None and c != country:
                continue
            post.body.append(text + rng.choice([".", "!", "", " ✔"]))
            post.labels["decoys"].append(k)
            added += 1

    def base(self, rng, post, lang, ad, caps=False):
        post.title = self.title(rng, lang, ad, caps)
        intro = self.intro(rng, lang, ad)
        post.body.append(intro.upper() if caps else intro)

    def closer(self, rng, post):
        c = rng.choice(CLOSERS[self.bank])
        if c:
            post.body.append(c)


# --------------------------------------------------------------------------------------------
# Classes

AD_KINDS = ["escort", "escort", "massage", "job", "classified"]


def pick_country(rng, exclude=()):
    return rng.choice([c for c in COUNTRIES if c not in exclude])


def region_post(w, rng, cls):
    post = w.new("region")
    ad = rng.choice(AD_KINDS)
    caps = rng.random() < 0.1
    if cls == "region.format":
        cands = [(cc, n) for cc in COUNTRIES for n in w.nums.by_cc[cc] if is_format_unique(n, cc)]
        cc, n = rng.choice(cands)
        lang = "en"
        w.base(rng, post, lang, ad, caps)
        raw = national_text(rng, n, cc)
        post.body.append(w.phone_sent(rng, lang, raw))
        post.phone(n["e164"], "format", cls, raw)
        if rng.random() < 0.4:
            w.add_decoys(rng, post, rng.randint(1, 2), neutral_only=True)
        w.closer(rng, post)
        return post.done(rng)
    if cls == "region.text_qualified":
        place, cc = rng.choice(QUALIFIED[w.bank])
    else:
        cc = pick_country(rng)
        place = None
    n = w.nums.pick(rng, cc)
    lang = LANG[cc] if rng.random() < 0.6 else "en"
    w.base(rng, post, lang, ad, caps)
    raw = national_text(rng, n, cc)
    source = "text"
    if cls in ("region.text_city", "region.text_suburb", "region.text_country"):
        place, _ = w.place(rng, cc, {"region.text_city": "city", "region.text_suburb": "suburb",
                                     "region.text_country": "country"}[cls])
    if cls == "region.text_demonym":
        place, _ = w.place(rng, cc, "city")
        dem = rng.choice(DEMONYMS[w.bank])
        post.title = dem + " " + post.title
    if cls.startswith("region.text"):
        if rng.random() < 0.3:
            post.title = post.title + " – " + place
        else:
            post.body.append(w.place_sent(rng, lang, place))
    elif cls == "region.record":
        post.rec["region"] = cc
        source = "record"
    elif cls == "region.location":
        loc, _ = w.place(rng, cc, "city")
        if cc == "US":
            loc += rng.choice([", TX", ", GA", ", NV"] if w.bank == "A" else [", CO", ", WA", ", TN"])
        post.rec["location"] = loc
        source = "location"
    elif cls.startswith("region.url") or cls == "region.site":
        source = "url"
        stem = rng.choice(SITE_STEMS[w.bank])
        if cls == "region.url_cctld":
            cc = rng.choice(sorted(CCTLD[w.bank]))
            n = w.nums.pick(rng, cc)
            raw = national_text(rng, n, cc)
            tld = CCTLD[w.bank][cc]
            post.rec["url"] = ("https://www.%s%s/listing/%d" if w.bank == "A" else "https://%s%s/ad?id=%d") % (stem, tld, rng.randint(1000, 99999))
        else:
            city = PLACES[cc][w.bank][0][0]
            slug = city.lower().replace(" ", "").replace(",", "")
            slug = slug.translate(str.maketrans("ãáéíóúüçèêôöşıİ", "aaeiouuceeoosii"))
            if cls == "region.url_subdomain":
                post.rec["url"] = ("https://%s.%s.com/ads/%d" if w.bank == "A" else "http://%s.%s.net/post/%d") % (slug, stem, rng.randint(100, 9999))
            elif cls == "region.url_path":
                post.rec["url"] = ("https://%s.com/%s/escorts/%d" if w.bank == "A" else "https://www.%s.org/listings/%s/%d") % (stem, slug, rng.randint(100, 9999))
            else:
                post.rec["site"] = (slug + stem + ".com") if w.bank == "A" else (stem + "-" + slug + ".com")
    elif cls == "region.calling_code_written":
        raw = intl_text(rng, n, cc)
        source = "calling_code"
    elif cls == "region.calling_code_elsewhere":
        source = "calling_code"
        code = str(n["cc"])
        if rng.random() < 0.5:
            other = w.nums.pick(rng, cc, lambda m: m["e164"] != n["e164"])
            oraw = intl_text(rng, other, cc)
            post.body.append(w.phone_sent(rng, lang, oraw))
            post.phone(other["e164"], "calling_code", "region.calling_code_written", oraw)
        else:
            post.body.append(rng.choice(["(+%s numbers only)", "Country code +%s.", "From abroad dial +%s first."]
                                        if w.bank == "A" else
                                        ["Intl callers: +%s first.", "Prefix +%s", "Overseas? add +%s"]) % code)
    post.body.append(w.phone_sent(rng, lang, raw))
    post.phone(n["e164"], source, cls, raw)
    if rng.random() < 0.35:
        w.add_decoys(rng, post, rng.randint(1, 2), country=cc)
    w.closer(rng, post)
    return post.done(rng)


DISGUISES = ["disguise.sep_each_digit", "disguise.sep_pairs", "disguise.homophone",
             "disguise.glued_words", "disguise.words_glued_digits", "disguise.leet_words",
             "disguise.multiplier", "disguise.o_as_zero", "disguise.name_glued",
             "disguise.escape_literal", "disguise.styled_digits", "disguise.non_latin_digits",
             "disguise.number_words_es", "disguise.number_words_fr", "disguise.number_words_pt", "disguise.number_words_ar",
             "disguise.mixed", "disguise.combo_intl", "disguise.combo_url", "disguise.combo_format"]

LANG_COUNTRIES = {"es": ["MX", "CO", "AR", "ES"], "fr": ["FR", "SN", "ML", "NE", "MA"],
                  "pt": ["BR", "PT"], "ar": ["AE", "SA", "LY", "SD"]}


def disguise_post(w, rng, cls):
    post = w.new("disguise")
    ad = rng.choice(AD_KINDS)
    caps = rng.random() < 0.1
    script = None
    pred = None
    if cls.startswith("disguise.number_words_"):
        lang = cls.split("_")[-1]
        cc = rng.choice(LANG_COUNTRIES[lang])
    elif cls == "disguise.non_latin_digits":
        script, ccs = rng.choice(SCRIPTS[w.bank])
        cc = rng.choice(ccs)
        lang = LANG[cc]
    else:
        cc = rng.choice(["US", "US", "CA", "GB", "AU", "IN", "NG", "ZA", "FR", "ES", "MX", "BR",
                         "PH", "KE", "DE", "ET", "AE", "TH", "NZ", "SO"])
        lang = LANG[cc] if rng.random() < 0.5 else "en"
    if cls == "disguise.multiplier":
        pred = lambda m: bool(multiplier_spots(habitual_form(m, cc)))
        if not [m for m in w.nums.by_cc[cc] if pred(m)]:
            cc = rng.choice([c for c in COUNTRIES if any(pred2(m, c) for m in w.nums.by_cc[c])])
            pred = lambda m: bool(multiplier_spots(habitual_form(m, cc)))
    if cls == "disguise.homophone":
        pred = lambda m: sum(1 for c in habitual_form(m, cc) if c in HOMOPHONES) >= 2
    if cls == "disguise.combo_format":
        cands = [(c, m) for c in COUNTRIES for m in w.nums.by_cc[c] if is_format_unique(m, c)]
        cc, n = rng.choice(cands)
        lang = "en"
    else:
        n = w.nums.pick(rng, cc, pred)
    d = habitual_form(n, cc)
    w.base(rng, post, lang, ad, caps)
    source = None
    # the cue
    if cls == "disguise.combo_format":
        source = "format"
    elif cls == "disguise.combo_intl":
        source = "calling_code"
    elif cls == "disguise.combo_url":
        source = "url"
        city = PLACES[cc][w.bank][0][0]
        slug = city.lower().replace(" ", "").translate(str.maketrans("ãáéíóúüçèêôöşıİ", "aaeiouuceeoosii"))
        stem = rng.choice(SITE_STEMS[w.bank])
        post.rec["url"] = "https://%s.%s.com/ad/%d" % (slug, stem, rng.randint(100, 9999))
    else:
        k = rng.random()
        if k < 0.45:
            post.rec["region"] = cc
            source = "record"
        elif k < 0.85:
            place, _ = w.place(rng, cc, rng.choice(["city", "suburb"]))
            post.body.append(w.place_sent(rng, lang, place))
            source = "text"
        else:
            loc, _ = w.place(rng, cc, "city")
            post.rec["location"] = loc
            source = "location"
    if cls == "disguise.sep_each_digit":
        raw = dg_sep_each(rng, d, w.bank)
    elif cls == "disguise.sep_pairs":
        raw = dg_sep_pairs(rng, d, w.bank)
    elif cls == "disguise.homophone":
        raw = dg_homophone(rng, d, w.bank)
    elif cls == "disguise.glued_words":
        raw = dg_glued_words(rng, d, w.bank)
    elif cls == "disguise.words_glued_digits":
        raw = dg_words_glued_digits(rng, d, w.bank)
    elif cls == "disguise.leet_words":
        raw = dg_leet(rng, d, w.bank)
    elif cls == "disguise.multiplier":
        raw = dg_multiplier(rng, d, w.bank)
    elif cls == "disguise.o_as_zero":
        raw = dg_o_zero(rng, d, w.bank)
    elif cls == "disguise.name_glued":
        raw = dg_name_glued(rng, d, w.bank, rng.choice(NAMES[w.bank]))
    elif cls == "disguise.escape_literal":
        raw = dg_escape(rng, d, w.bank)
    elif cls == "disguise.styled_digits":
        raw = dg_styled(rng, d, w.bank)
    elif cls == "disguise.non_latin_digits":
        raw = dg_script(rng, d, script)
    elif cls.startswith("disguise.number_words_"):
        raw = dg_words_lang(rng, d, w.bank, cls.split("_")[-1])
    elif cls == "disguise.combo_intl":
        code = str(n["cc"])
        raw = dg_plus_prefix(rng, lang, None, w.bank, code) + " " + dg_mixed(rng, n["nsn"], w.bank)
    else:  # mixed, combo_url, combo_format
        raw = dg_mixed(rng, d, w.bank)
        if cls == "disguise.combo_format" and rng.random() < 0.5:
            raw = rng.choice(NAMES[w.bank]) + raw
    sent = w.phone_sent(rng, lang, raw)
    post.body.append(sent.upper() if caps and raw == raw.upper() else sent)
    post.phone(n["e164"], source, cls, raw)
    if rng.random() < 0.25 and cls not in ("disguise.combo_format",):
        plain = national_text(rng, n, cc)
        post.body.append(rng.choice(["or", "backup:", "/"]) + " " + plain)
        post.phone(n["e164"], source, "disguise.repeat_plain", plain)
        # list the plain mention first: score.py matches labels greedily in order, so a tool
        # that reads only the plain mention is credited for it, and the miss lands on the disguise
        post.labels["phones"].insert(0, post.labels["phones"].pop())
    if rng.random() < 0.3:
        w.add_decoys(rng, post, 1, neutral_only=(source in ("format",)), country=cc)
    w.closer(rng, post)
    return post.done(rng)


def pred2(m, c):
    return bool(multiplier_spots(habitual_form(m, c)))


SPOKEN = ["spoken.plus_words", "spoken.double_zero_words", "spoken.sign_then_words",
          "spoken.code_words_rest_digits", "spoken.recruiter_abroad"]
SPOKEN_COUNTRIES = ["NG", "ET", "SO", "SD", "LY", "KE", "ML", "NE", "SN", "GB", "FR", "AE", "SA",
                    "TR", "PH", "IN", "PK", "ES", "BR", "MA", "US", "MX", "CO", "TH"]
DOUBLE_ZERO = {"en": ["zero zero", "double zero", "oh oh"], "es": ["cero cero"], "fr": ["zéro zéro"],
               "pt": ["zero zero"], "de": ["null null"], "ar": ["صفر صفر"]}
RECRUIT = {"A": ["Interviews held in {place} next week, travel arranged.",
                 "Office in {place}, we handle the visa."],
           "B": ["Our agent meets you in {place}.", "Flights leave from {place} every Friday."]}


def spoken_post(w, rng, cls):
    post = w.new("spoken")
    cc = rng.choice(SPOKEN_COUNTRIES)
    n = w.nums.pick(rng, cc)
    lang = LANG[cc] if LANG[cc] in ("es", "fr", "pt", "ar") and rng.random() < 0.7 else "en"
    ad = "job" if cls == "spoken.recruiter_abroad" or rng.random() < 0.5 else rng.choice(AD_KINDS)
    w.base(rng, post, lang, ad)
    code, nsn = str(n["cc"]), n["nsn"]

    def words(s):
        ws = [WORDS[lang][int(c)] for c in s]
        if lang == "en" and rng.random() < 0.3:
            # 'double'/'triple' runs
            out, i = [], 0
            while i < len(s):
                j = i
                while j < len(s) and s[j] == s[i]:
                    j += 1
                run = j - i
                if run == 2:
                    out.append("double " + WORDS["en"][int(s[i])])
                elif run == 3:
                    out.append("triple " + WORDS["en"][int(s[i])])
                else:
                    out.extend(WORDS["en"][int(s[i])] for _ in range(run))
                i = j
            return " ".join(out)
        return rng.choice([" ", " ", ", "]).join(ws)

    k = cls if cls != "spoken.recruiter_abroad" else rng.choice(SPOKEN[:4])
    if k == "spoken.plus_words":
        raw = rng.choice(PLUS_WORD[lang]) + " " + words(code + nsn)
    elif k == "spoken.double_zero_words":
        raw = rng.choice(DOUBLE_ZERO[lang]) + " " + words(code + nsn)
    elif k == "spoken.sign_then_words":
        raw = "+ " + words(code + nsn)
    else:
        rest = n["international"][len(code) + 2:]
        raw = rng.choice(PLUS_WORD[lang]) + " " + words(code) + " " + rest
    if cls == "spoken.recruiter_abroad":
        other = pick_country(rng, exclude=(cc,))
        place, _ = w.place(rng, other, "city")
        post.body.append(rng.choice(RECRUIT[w.bank]).replace("{place}", place))
    post.body.append(w.phone_sent(rng, lang, raw))
    post.phone(n["e164"], "calling_code", cls, raw)
    if rng.random() < 0.3:
        w.add_decoys(rng, post, 1)
    w.closer(rng, post)
    return post.done(rng)


def decoy_post(w, rng, with_phone):
    post = w.new("decoy")
    cc = rng.choice(["US", "GB", "FR", "DE", "BR", "IN", "ES", "AU", "NG", "ZA", "MX", "KE"])
    lang = LANG[cc] if rng.random() < 0.5 else "en"
    ad = rng.choice(AD_KINDS)
    w.base(rng, post, lang, ad, rng.random() < 0.1)
    if rng.random() < 0.6:
        post.rec["region"] = cc
        source = "record"
    else:
        place, _ = w.place(rng, cc, "city")
        post.body.append(w.place_sent(rng, lang, place))
        source = "text"
    # one decoy that belongs to the post's country (price, postcode, IBAN) where the bank has one
    placed = [(k, t) for k in PLACED_DECOYS for t in decoy_bank(w.bank)[k] if t[1] == cc]
    if placed and rng.random() < 0.8:
        k, (t, _) = rng.choice(placed)
        post.body.append(t + rng.choice([".", "", " ✔"]))
        post.labels["decoys"].append(k)
    w.add_decoys(rng, post, rng.randint(3, 5), country=cc)
    if with_phone:
        n = w.nums.pick(rng, cc)
        raw = national_text(rng, n, cc)
        # a decoy glued right before the phone, as in real ads
        if rng.random() < 0.3:
            text, _ = make_decoy(rng, w.bank, rng.choice(["age", "height", "time"]))
            post.body.append(text + ", " + w.phone_sent(rng, lang, raw))
        else:
            post.body.insert(rng.randint(1, len(post.body)), w.phone_sent(rng, lang, raw))
        post.phone(n["e164"], source, "decoy_context.phone", raw)
    w.closer(rng, post)
    return post.done(rng)


def ambiguous_post(w, rng):
    post = w.new("ambiguous")
    cands = [(cc, n) for cc in COUNTRIES for n in w.nums.by_cc[cc] if is_ambiguous(n, cc)]
    cc, n = rng.choice(cands)
    d = habitual_form(n, cc)
    ad = rng.choice(AD_KINDS)
    w.base(rng, post, "en", ad)
    raw = d if rng.random() < 0.7 else "-".join(groups_of(d, rng))
    post.body.append(w.phone_sent(rng, "en", raw))
    rs = mobile_readings(n, d, strict=False)
    post.labels["ambiguous"].append({"raw": raw, "digits": d, "regions": sorted(r["region"] for r in rs),
                                     "e164_candidates": [r["e164"] for r in sorted(rs, key=lambda r: r["region"])],
                                     "class": "ambiguous.no_cue"})
    if rng.random() < 0.4:
        w.add_decoys(rng, post, rng.randint(1, 2), neutral_only=True)
    w.closer(rng, post)
    return post.done(rng)


REGION_CLASSES = ["region.record", "region.location", "region.text_city", "region.text_suburb",
                  "region.text_country", "region.text_qualified", "region.text_demonym",
                  "region.url_cctld", "region.url_subdomain", "region.url_path", "region.site",
                  "region.calling_code_written", "region.calling_code_elsewhere", "region.format"]


def plan(rng):
    """The classes of one seed's 200 posts, in a shuffled order."""
    jobs = []
    for i in range(56):
        jobs.append(("region", REGION_CLASSES[i % len(REGION_CLASSES)]))
    for i in range(80):
        jobs.append(("disguise", DISGUISES[i % len(DISGUISES)]))
    for i in range(20):
        jobs.append(("spoken", SPOKEN[i % len(SPOKEN)]))
    for i in range(26):
        jobs.append(("decoy", i % 2 == 0))
    for i in range(18):
        jobs.append(("ambiguous", None))
    rng.shuffle(jobs)
    return jobs


def write_split(split):
    w = Writer(split)
    out = []
    for seed in SPLITS[split]["seeds"]:
        rng = random.Random(seed)
        for kind, arg in plan(rng):
            if kind == "region":
                out.append(region_post(w, rng, arg))
            elif kind == "disguise":
                out.append(disguise_post(w, rng, arg))
            elif kind == "spoken":
                out.append(spoken_post(w, rng, arg))
            elif kind == "decoy":
                out.append(decoy_post(w, rng, arg))
            else:
                out.append(ambiguous_post(w, rng))
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in out)


def stats():
    """Per-split counts: posts per group, phones per class and per region_source, countries."""
    from collections import Counter
    e164_cc = {n["e164"]: cc for cc in COUNTRIES for n in POOL["pool"][cc]}
    for split in SPLITS:
        recs = [json.loads(line) for line in write_split(split).splitlines()]
        groups = Counter(r["labels"]["group"] for r in recs)
        classes = Counter(p["class"] for r in recs for p in r["labels"]["phones"])
        sources = Counter(p["region_source"] for r in recs for p in r["labels"]["phones"])
        decoys = Counter(d for r in recs for d in r["labels"]["decoys"])
        amb = sum(len(r["labels"]["ambiguous"]) for r in recs)
        ccs = Counter(e164_cc[p["e164"]] for r in recs for p in r["labels"]["phones"])
        print("## %s: %d posts, %d phones, %d ambiguous, %d countries" % (
            split, len(recs), sum(classes.values()), amb, len(ccs)))
        print("groups", dict(sorted(groups.items())))
        print("region_source", dict(sorted(sources.items())))
        print("decoys", dict(sorted(decoys.items())))
        print("countries", dict(sorted(ccs.items())))
        for k, v in sorted(classes.items()):
            print("  %-36s %4d" % (k, v))


def main():
    if "--stats" in sys.argv[1:]:
        stats()
        return
    check = "--check" in sys.argv[1:]
    bad = 0
    for split in SPLITS:
        text = write_split(split)
        path = os.path.join(HERE, split + ".jsonl")
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("%s differs from the generator" % path)
                    bad = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    sys.exit(bad)


if __name__ == "__main__":
    main()
