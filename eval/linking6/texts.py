"""Language material for the linking6 generator: sites, places, names and phrase pools.

Everything here is invented for the corpus. City and country names are real places; streets,
companies, agencies, NGOs, people, handles and all advert texts are made up. Templates use
str.format slots ({n}, {role}, {dest}, ...), filled in gen.py.

Languages: en, pcm (English + Nigerian Pidgin phrases), fr, ar, it, es, hi, ne, bn.
"""

# --------------------------------------------------------------------------------------------
# Sites. country: first entry is the site's "own" country (footer line, default region).
# langs: the languages the site carries, main language first (footer language).
# author: None, "username", "acct" (account id with prefix) or "display" (groups).

SITES = {
    "naijaboard.example": dict(countries=["NG"], langs=["en", "pcm"], author="username",
                               html=True, offset="+01:00", kind="classifieds", ngo=0.15),
    "ghjobsmart.example": dict(countries=["GH"], langs=["en"], author="acct:gh-", html=False,
                               offset="Z", kind="jobs", ngo=0.15),
    "teranga-annonces.example": dict(countries=["SN", "ML", "CI"], langs=["fr"], author=None,
                                     html=False, offset="Z", kind="classifieds", ngo=0.15),
    "souqlibya.example": dict(countries=["LY"], langs=["ar", "en"], author=None, html=False,
                              offset="+02:00", kind="classifieds", ngo=0.15),
    "bacheca-italia.example": dict(countries=["IT"], langs=["it", "en"], author=None, html=True,
                                   offset="Z", kind="classifieds", ngo=0.10),
    "anuncios-es.example": dict(countries=["ES"], langs=["es", "en"], author=None, html=False,
                                offset="EU", kind="classifieds", ngo=0.10),
    "naukri-bazaar.example": dict(countries=["IN"], langs=["en", "hi"], author="acct:rc-",
                                  html=False, offset="+05:30", kind="jobs", ngo=0.15),
    "rojgar-nepal.example": dict(countries=["NP"], langs=["ne", "en"], author=None, html=False,
                                 offset="+05:45", kind="jobs", ngo=0.15),
    "chakri-bd.example": dict(countries=["BD"], langs=["bn", "en"], author="username", html=True,
                              offset="+06:00", kind="jobs", ngo=0.15),
    "gulfclassifieds.example": dict(countries=["AE", "QA", "SA"], langs=["en", "ar"],
                                    author="acct:u-", html=True, offset="Z",
                                    kind="classifieds", ngo=0.15),
    "beirut-ads.example": dict(countries=["LB"], langs=["ar", "en", "fr"], author=None,
                               html=False, offset="LB", kind="classifieds", ngo=0.15),
    "andes-clasificados.example": dict(countries=["CO", "PE"], langs=["es"], author=None,
                                       html=False, offset="-05:00", kind="classifieds", ngo=0.15),
    "mingle.example": dict(countries=["NG"], langs=["en", "pcm", "fr", "es", "it", "ar"],
                           author="display", html=False, offset="Z", kind="groups", ngo=0.06),
    "kutumb.example": dict(countries=["IN"], langs=["en", "hi", "ne", "bn", "ar", "fr"],
                           author="display", html=False, offset="Z", kind="groups", ngo=0.06),
}

# The board each home country posts on, and its groups site.
HOME_SITE = {
    "NG": "naijaboard.example", "GH": "ghjobsmart.example", "SN": "teranga-annonces.example",
    "ML": "teranga-annonces.example", "CI": "teranga-annonces.example",
    "LY": "souqlibya.example", "IT": "bacheca-italia.example", "ES": "anuncios-es.example",
    "IN": "naukri-bazaar.example", "NP": "rojgar-nepal.example", "BD": "chakri-bd.example",
    "AE": "gulfclassifieds.example", "QA": "gulfclassifieds.example",
    "SA": "gulfclassifieds.example", "LB": "beirut-ads.example",
    "CO": "andes-clasificados.example", "PE": "andes-clasificados.example",
    "VE": "andes-clasificados.example", "KE": "mingle.example",
}
GROUPS_SITE = {cc: "mingle.example" for cc in
               ["NG", "GH", "SN", "ML", "CI", "LY", "IT", "ES", "CO", "PE", "VE", "KE"]}
GROUPS_SITE.update({cc: "kutumb.example" for cc in ["IN", "NP", "BD", "AE", "QA", "SA", "LB"]})

# Languages a poster from a country writes in, with weights. "pcm" = English + Pidgin phrases.
HOME_LANGS = {
    "NG": [("en", 70), ("pcm", 30)], "GH": [("en", 100)], "SN": [("fr", 100)],
    "ML": [("fr", 100)], "CI": [("fr", 100)], "LY": [("ar", 85), ("en", 15)],
    "IT": [("it", 85), ("en", 15)], "ES": [("es", 90), ("en", 10)],
    "IN": [("en", 55), ("hi", 45)], "NP": [("ne", 55), ("en", 45)],
    "BD": [("bn", 55), ("en", 45)], "AE": [("en", 60), ("ar", 40)],
    "QA": [("en", 60), ("ar", 40)], "SA": [("en", 55), ("ar", 45)],
    "LB": [("ar", 45), ("en", 35), ("fr", 20)], "CO": [("es", 100)], "PE": [("es", 100)],
    "VE": [("es", 100)], "KE": [("en", 100)],
}

# Group names per groups site and topic.
GROUPS = {
    "mingle.example": {
        "jobs": ["jobs-abroad-naija", "dubai-jobs-ghana", "travel-and-work-africa",
                 "emplois-a-l-etranger", "trabajo-en-espana-venezolanos"],
        "travel": ["europe-travel-info", "japa-gist", "voyage-europe-infos", "canada-dreams"],
        "adult": ["naija-in-italia", "latinas-en-madrid"],
        "community": ["naija-in-italia", "ghana-diaspora-connect", "teranga-family",
                      "venezolanos-en-lima", "kenya-gulf-family"],
    },
    "kutumb.example": {
        "jobs": ["gulf-jobs-india", "nepali-in-qatar", "saudi-probashi-jobs",
                 "dubai-job-alerts", "lebanon-helpers"],
        "travel": ["gulf-visa-help"],
        "domestic": ["lebanon-helpers", "maids-gulf-network"],
        "community": ["nepali-in-qatar", "saudi-probashi-jobs", "desi-in-dubai",
                      "kerala-gulf-family"],
    },
}

TZ_DST = ("2025-03-30", "2025-10-25")   # Italy, Spain, Lebanon summer time (inclusive days)

# --------------------------------------------------------------------------------------------
# Places. city: (districts for free-text locations).

CITIES = {
    "NG": {"Lagos": ["Ikeja", "Lekki", "Surulere", "Yaba", "Victoria Island"],
           "Abuja": ["Wuse 2", "Garki", "Kubwa"], "Benin City": ["Ugbowo", "Ring Road"],
           "Port Harcourt": ["GRA", "Rumuola"], "Ibadan": ["Bodija", "Dugbe"],
           "Enugu": ["Independence Layout"], "Warri": ["Effurun"], "Kano": ["Sabon Gari"]},
    "GH": {"Accra": ["Osu", "Madina", "Kaneshie", "Adabraka"], "Kumasi": ["Adum", "Asafo"],
           "Takoradi": ["Market Circle"], "Tamale": ["Central"]},
    "SN": {"Dakar": ["Plateau", "Médina", "Pikine", "Parcelles Assainies"], "Thiès": ["Centre"],
           "Touba": ["Darou Marnane"], "Saint-Louis": ["Sor"]},
    "ML": {"Bamako": ["ACI 2000", "Hamdallaye", "Badalabougou"], "Kayes": ["Centre"],
           "Sikasso": ["Centre"]},
    "CI": {"Abidjan": ["Cocody", "Yopougon", "Treichville", "Plateau", "Adjamé"],
           "Bouaké": ["Centre"], "San-Pédro": ["Bardot"]},
    "LY": {"طرابلس": ["قرقارش", "سوق الجمعة"], "مصراتة": ["وسط المدينة"], "سبها": ["المنشية"],
           "زوارة": ["الميناء"], "بنغازي": ["الفويهات"]},
    "IT": {"Milano": ["Centrale", "Loreto", "Porta Venezia"], "Roma": ["Termini", "Tiburtina"],
           "Torino": ["Porta Nuova", "Barriera di Milano"], "Napoli": ["Garibaldi"],
           "Castel Volturno": ["Pescopagano"], "Bologna": ["Stazione"], "Firenze": ["Novoli"],
           "Verona": ["Borgo Roma"], "Padova": ["Arcella"], "Brescia": ["Centro"],
           "Genova": ["Sampierdarena"], "Palermo": ["Ballarò"], "Bari": ["Libertà"],
           "Catania": ["Centro"]},
    "ES": {"Madrid": ["Centro", "Usera", "Tetuán"], "Barcelona": ["Raval", "Sants"],
           "Valencia": ["Ruzafa"], "Sevilla": ["Triana"], "Málaga": ["Centro"],
           "Bilbao": ["San Francisco"], "Zaragoza": ["Delicias"], "Murcia": ["Centro"],
           "Alicante": ["Benalúa"], "Palma": ["Son Gotleu"]},
    "IN": {"Mumbai": ["Andheri East", "Kurla"], "Delhi": ["Laxmi Nagar", "Paharganj"],
           "Hyderabad": ["Tolichowki", "Ameerpet"], "Kochi": ["Kaloor"],
           "Chennai": ["T. Nagar"], "Lucknow": ["Aminabad"], "Patna": ["Boring Road"],
           "Jaipur": ["Sindhi Camp"], "Amritsar": ["Ranjit Avenue"]},
    "NP": {"Kathmandu": ["Bagbazar", "Putalisadak", "Koteshwor"], "Pokhara": ["Lakeside"],
           "Biratnagar": ["Main Road"], "Butwal": ["Traffic Chowk"], "Birgunj": ["Adarsha Nagar"]},
    "BD": {"Dhaka": ["Naya Paltan", "Banani", "Mirpur"], "Chattogram": ["Agrabad"],
           "Sylhet": ["Zindabazar"], "Cumilla": ["Kandirpar"], "Khulna": ["Sonadanga"]},
    "AE": {"Dubai": ["Deira", "Al Qusais", "Karama", "Al Barsha"], "Abu Dhabi": ["Musaffah"],
           "Sharjah": ["Al Nahda", "Rolla"], "Ajman": ["Al Nuaimiya"]},
    "QA": {"Doha": ["Al Sadd", "Najma", "Al Mansoura"], "Al Wakrah": ["Centre"]},
    "SA": {"Riyadh": ["Olaya", "Batha"], "Jeddah": ["Al Balad", "Sharafiya"],
           "Dammam": ["Al Faisaliyah"], "Khobar": ["Al Thuqbah"]},
    "LB": {"Beirut": ["Hamra", "Achrafieh", "Dora"], "Jounieh": ["Kaslik"],
           "Tripoli": ["Mina"], "Saida": ["Centre"], "Zahle": ["Centre"]},
    "CO": {"Bogotá": ["Chapinero", "Kennedy"], "Medellín": ["El Poblado", "Laureles"],
           "Cali": ["Granada"], "Barranquilla": ["El Prado"], "Cúcuta": ["La Parada"]},
    "PE": {"Lima": ["Miraflores", "San Juan de Lurigancho", "Los Olivos"],
           "Arequipa": ["Cercado"], "Trujillo": ["Centro"]},
    "VE": {"Caracas": ["Chacao", "Catia"], "Maracaibo": ["Bella Vista"],
           "Valencia": ["San Diego"], "San Cristóbal": ["Centro"]},
    "KE": {"Nairobi": ["Westlands", "Eastleigh", "CBD"], "Mombasa": ["Nyali"],
           "Kisumu": ["Milimani"]},
}

COUNTRY_NAME = {
    "NG": "Nigeria", "GH": "Ghana", "SN": "Sénégal", "ML": "Mali", "CI": "Côte d'Ivoire",
    "LY": "ليبيا", "IT": "Italia", "ES": "España", "IN": "India", "NP": "Nepal",
    "BD": "Bangladesh", "AE": "UAE", "QA": "Qatar", "SA": "KSA", "LB": "Lebanon",
    "CO": "Colombia", "PE": "Perú", "VE": "Venezuela", "KE": "Kenya",
}

# Destination names per language (first is the most common).
DEST = {
    "AE": {"en": ["Dubai", "UAE", "Abu Dhabi"], "fr": ["Dubaï", "les Émirats"],
           "hi": ["दुबई", "यूएई"], "ne": ["दुबई", "युएई"], "bn": ["দুবাই", "আরব আমিরাত"],
           "ar": ["دبي", "الإمارات"], "es": ["Dubái"], "it": ["Dubai"]},
    "QA": {"en": ["Qatar", "Doha"], "fr": ["Qatar"], "hi": ["कतर"], "ne": ["कतार"],
           "bn": ["কাতার"], "ar": ["قطر", "الدوحة"], "es": ["Catar"], "it": ["Qatar"]},
    "SA": {"en": ["Saudi Arabia", "Saudi", "KSA"], "fr": ["Arabie Saoudite"], "hi": ["सऊदी अरब"],
           "ne": ["साउदी अरब"], "bn": ["সৌদি আরব"], "ar": ["السعودية"], "es": ["Arabia Saudita"],
           "it": ["Arabia Saudita"]},
    "PL": {"en": ["Poland"], "fr": ["Pologne"], "hi": ["पोलैंड"], "ne": ["पोल्याण्ड"],
           "bn": ["পোল্যান্ড"], "ar": ["بولندا"], "es": ["Polonia"], "it": ["Polonia"]},
    "RO": {"en": ["Romania"], "fr": ["Roumanie"], "hi": ["रोमानिया"], "ne": ["रोमानिया"],
           "bn": ["রোমানিয়া"], "ar": ["رومانيا"], "es": ["Rumanía"], "it": ["Romania"]},
    "HR": {"en": ["Croatia"], "fr": ["Croatie"], "hi": ["क्रोएशिया"], "ne": ["क्रोएसिया"],
           "bn": ["ক্রোয়েশিয়া"], "ar": ["كرواتيا"], "es": ["Croacia"], "it": ["Croazia"]},
    "IT": {"en": ["Italy"], "fr": ["Italie"], "hi": ["इटली"], "ne": ["इटाली"], "bn": ["ইতালি"],
           "ar": ["إيطاليا"], "es": ["Italia"], "it": ["Italia"]},
    "ES": {"en": ["Spain"], "fr": ["Espagne"], "hi": ["स्पेन"], "ne": ["स्पेन"], "bn": ["স্পেন"],
           "ar": ["إسبانيا"], "es": ["España"], "it": ["Spagna"]},
    "CA": {"en": ["Canada"], "fr": ["Canada"], "hi": ["कनाडा"], "ne": ["क्यानडा"],
           "bn": ["কানাডা"], "ar": ["كندا"], "es": ["Canadá"], "it": ["Canada"]},
    "MT": {"en": ["Malta"], "fr": ["Malte"], "hi": ["माल्टा"], "ne": ["माल्टा"], "bn": ["মাল্টা"],
           "ar": ["مالطا"], "es": ["Malta"], "it": ["Malta"]},
    "DE": {"en": ["Germany"], "fr": ["Allemagne"], "hi": ["जर्मनी"], "ne": ["जर्मनी"],
           "bn": ["জার্মানি"], "ar": ["ألمانيا"], "es": ["Alemania"], "it": ["Germania"]},
    "PT": {"en": ["Portugal"], "fr": ["Portugal"], "hi": ["पुर्तगाल"], "ne": ["पोर्चुगल"],
           "bn": ["পর্তুগাল"], "ar": ["البرتغال"], "es": ["Portugal"], "it": ["Portogallo"]},
    "EU": {"en": ["Europe"], "fr": ["l'Europe"], "hi": ["यूरोप"], "ne": ["युरोप"], "bn": ["ইউরোপ"],
           "ar": ["أوروبا"], "es": ["Europa"], "it": ["Europa"]},
    "PE": {"en": ["Peru"], "fr": ["Pérou"], "es": ["Perú", "Lima"], "it": ["Perù"], "ar": ["بيرو"],
           "hi": ["पेरू"], "ne": ["पेरु"], "bn": ["পেরু"]},
}

SALARY = {
    "AE": ["AED 1,200", "AED 1,500", "AED 1,800", "AED 2,000", "AED 2,500", "AED 3,500"],
    "QA": ["QAR 1,000", "QAR 1,300", "QAR 1,800", "QAR 2,200", "QAR 3,000"],
    "SA": ["SAR 1,200", "SAR 1,500", "SAR 2,000", "SAR 2,800"],
    "PL": ["PLN 4,300", "PLN 5,000", "€900", "€1,100"], "RO": ["€700", "€850"],
    "HR": ["€900", "€1,000"], "IT": ["€1,100", "€1,300", "€1,500"],
    "ES": ["€1,134", "€1,300", "€1,500"], "CA": ["CAD 3,000", "CAD 3,500"],
    "MT": ["€1,000", "€1,200"], "DE": ["€1,800", "€2,200"], "PT": ["€870", "€1,000"],
    "EU": ["€1,200", "€1,500", "€2,000"], "PE": ["S/ 1,200", "S/ 1,500"],
}

# Fees asked by deceptive recruiters / facilitators, by home country.
FEES = {
    "NG": ["₦350,000", "N450k", "₦1.2m", "₦250,000", "N800,000", "₦600k"],
    "GH": ["GH₵ 8,000", "GHS 12,500", "GH₵ 5,000", "GHS 20,000"],
    "SN": ["350 000 FCFA", "500.000 F CFA", "1 500 000 FCFA", "250 000 F"],
    "ML": ["350 000 FCFA", "750.000 F CFA", "1 000 000 FCFA"],
    "CI": ["400 000 FCFA", "600.000 F CFA", "1 200 000 FCFA"],
    "IN": ["₹1,20,000", "85,000 rs", "₹60,000", "1.5 lakh"],
    "NP": ["Rs 3,50,000", "रु २,५०,०००", "Rs. 1,80,000"],
    "BD": ["BDT 4,50,000", "৳ ৩,৫০,০০০", "5 lakh taka"],
    "KE": ["KSh 85,000", "Ksh 120k", "KES 60,000"],
    "VE": ["USD 1.500", "$800", "US$ 1.200", "$2.000"],
    "CO": ["USD 1.500", "$800", "COP 3.000.000"],
    "LY": ["1500 دينار", "٢٠٠٠ دولار", "3000 دولار"],
    "AE": ["AED 5,000", "AED 3,500"], "QA": ["QAR 4,000"], "SA": ["SAR 5,000"],
}

# Streets are invented names of a local flavour, a short list per city so that several
# agencies share a street (a near-hub) while the number differs.
STREETS = {
    "NG": {"Lagos": ["Olumide Avenue", "Akinwale Street", "Balogun Close", "Ebute Road"],
           "Abuja": ["Chukwuma Crescent", "Danladi Way"], "Benin City": ["Osaro Road", "Igbinedion Street"],
           "Port Harcourt": ["Amadi Road"], "Ibadan": ["Oyelaran Street"], "Enugu": ["Okeke Avenue"],
           "Warri": ["Ejiro Road"], "Kano": ["Sani Abacha-Lane"]},
    "GH": {"Accra": ["Nii Adjei Road", "Korle Street", "Akwaboa Avenue"], "Kumasi": ["Asantewaa Road"],
           "Takoradi": ["Essikado Street"], "Tamale": ["Dagbon Road"]},
    "SN": {"Dakar": ["Rue Ndiaye Coumba", "Avenue Lat Sukabe", "Rue 42 Médina"], "Thiès": ["Rue Sérère"],
           "Touba": ["Route de Ndame"], "Saint-Louis": ["Quai Ndar"]},
    "ML": {"Bamako": ["Rue Kanaga", "Avenue du Djoliba"], "Kayes": ["Rue Khasso"], "Sikasso": ["Rue Kénédougou"]},
    "CI": {"Abidjan": ["Boulevard Akwaba", "Rue des Fromagers", "Rue Lagunaire"], "Bouaké": ["Rue Baoulé"],
           "San-Pédro": ["Rue du Port"]},
    "IN": {"Mumbai": ["Sahyadri Marg", "Chandan Lane"], "Delhi": ["Yamuna Vihar Road", "Gulmohar Lane"],
           "Hyderabad": ["Charminar Cross Road"], "Kochi": ["Periyar Road"], "Chennai": ["Kaveri Street"],
           "Lucknow": ["Gomti Marg"], "Patna": ["Sone Path"], "Jaipur": ["Aravali Marg"], "Amritsar": ["Beas Road"]},
    "NP": {"Kathmandu": ["Bagmati Marg", "Chandragiri Galli"], "Pokhara": ["Phewa Marg"],
           "Biratnagar": ["Koshi Marg"], "Butwal": ["Tinau Marg"], "Birgunj": ["Narayani Path"]},
    "BD": {"Dhaka": ["Shapla Sarani", "Padma Road", "Kadam Lane"], "Chattogram": ["Karnaphuli Road"],
           "Sylhet": ["Surma Road"], "Cumilla": ["Gomti Road"], "Khulna": ["Rupsha Lane"]},
    "KE": {"Nairobi": ["Mwangi Avenue", "Jacaranda Lane"], "Mombasa": ["Pwani Road"], "Kisumu": ["Nyanza Road"]},
    "VE": {"Caracas": ["Avenida Los Samanes", "Calle Araguaney"], "Maracaibo": ["Calle Las Palmas"],
           "Valencia": ["Avenida Cabriales Sur"], "San Cristóbal": ["Calle Táchira"]},
    "CO": {"Bogotá": ["Calle de los Almendros"], "Medellín": ["Carrera Las Orquídeas"], "Cali": ["Calle Ceiba"],
           "Barranquilla": ["Carrera Manglar"], "Cúcuta": ["Avenida Frontera Verde"]},
    "LB": {"Beirut": ["Rue Arz", "Rue Zeitoun"], "Jounieh": ["Rue du Cèdre"], "Tripoli": ["Rue Mina Nord"],
           "Saida": ["Rue Sidon Sea"], "Zahle": ["Rue Bardouni"]},
    "AE": {"Dubai": ["Al Ghaf Street", "Sidr Road"], "Abu Dhabi": ["Al Samar Street"], "Sharjah": ["Al Arta Road"],
           "Ajman": ["Al Nakheel Lane"]},
    "QA": {"Doha": ["Al Sidra Street", "Al Bidda Lane"], "Al Wakrah": ["Al Shamal Lane"]},
    "SA": {"Riyadh": ["Al Khuzama Street", "Al Yasmin Road"], "Jeddah": ["Al Murjan Street"],
           "Dammam": ["Al Dana Road"], "Khobar": ["Al Lulu Street"]},
    "LY": {"طرابلس": ["شارع الزيتون"], "مصراتة": ["شارع النخيل"], "سبها": ["شارع الواحة"],
           "زوارة": ["شارع البحر"], "بنغازي": ["شارع الورد"]},
}
STREET_ABBR = [("Avenue", "Ave."), ("Street", "St."), ("Road", "Rd"), ("Crescent", "Cres."),
               ("Boulevard", "Bd"), ("Avenida", "Av."), ("Carrera", "Cra."), ("Calle", "Cl.")]

# --------------------------------------------------------------------------------------------
# Names.

AGENCY_PREFIX = {
    "west": ["Global", "Royal", "Crown", "Bright", "Golden", "Swift", "Blue Star", "Eagle",
             "Sunrise", "Zenith", "Prime", "Kingdom", "Baobab", "Sahel", "Teranga", "Kente",
             "Harmattan", "Niger Delta", "Akwaba", "Djoliba", "Ashanti", "Savannah"],
    "south": ["Himalayan", "Everest", "Shapla", "Padma", "Ganga", "Lotus", "Sagarmatha",
              "Annapurna", "Meghna", "Jamuna", "Kaveri", "Bodhi", "Saffron", "Moonlight",
              "Sunrise", "Prime", "Global", "Royal", "Swift", "Golden"],
    "latin": ["Andes", "Orinoco", "Caribe", "Cóndor", "Llanos", "Araguaney", "Sol", "Horizonte"],
    "gulf": ["Al Noor", "Al Waha", "Cedar", "Arz", "Phoenicia", "Al Sanabel", "Al Reem",
             "Jasmine", "Al Faris", "Byblos", "Al Diyar", "Zahra"],
    "east": ["Kilimanjaro", "Savannah", "Jambo", "Tana", "Baraka", "Simba"],
}
AGENCY_CORE = ["Path", "Link", "Bridge", "Way", "Connect", "Gate", "Wings", "Star", "Line", "Crest"]
AGENCY_SUFFIX = ["Travels", "Manpower", "Recruitment Agency", "Overseas Services", "Consult",
                 "Employment Services", "HR Solutions", "International", "Overseas Pvt Ltd",
                 "Travel & Tours", "Placement Agency"]
SUFFIX_FR = ["Voyages", "Recrutement", "Placement International", "Services"]
SUFFIX_ES = ["Viajes", "Reclutamiento", "Empleos Internacionales", "Asesores"]
DOM_SUFFIX = ["Manpower", "Domestic Services", "Recruitment Office", "Maid Agency",
              "Labour Supply", "Home Services", "Office for Domestic Workers"]

VIS_NAMES = ["{p} Travel Consult", "Visa Express {c}", "{p} Japa Plug", "EuroDream {p}",
             "{p} Visa Hub", "Dr. {p} Travels", "Uncle {p} Consult", "{p} Global Trips",
             "{p} Voyages Express", "Agence {p} Visa", "Viajes {p} Express"]
VIS_PERSON = ["Kennedy", "Emeka", "Chidi", "Osas", "Kofi", "Yaw", "Moussa", "Ousmane", "Ibrahima",
              "Seydou", "Koffi", "Wanjiku", "Otieno", "Kamau", "Yorman", "Wilmer", "Jhonny",
              "Salem", "Khaled", "Mabrouk", "Tunde", "Segun", "Kwame", "Abdoulaye", "Mamadou"]

# Common first names used as display names on the groups sites (not unique!).
DISPLAY_NAMES = {
    "mingle.example": ["Blessing", "Mary", "Favour", "Precious", "Grace", "Joy", "Faith",
                       "Esther", "Mercy", "Gift", "Aminata", "Fatou", "Awa", "Mariama",
                       "Ibrahim", "Musa", "John", "Emmanuel", "Daniel", "Kofi", "Ama", "Maria",
                       "Carmen", "Daniela", "Peter", "Samuel", "Fatoumata", "Aïcha", "José"],
    "kutumb.example": ["Priya", "Pooja", "Anjali", "Sita", "Gita", "Rahul", "Amit", "Rajesh",
                       "Sunita", "Ram", "Hari", "Krishna", "Fatima", "Nasrin", "Rahim", "Karim",
                       "Mohammed", "Ahmed", "Ali", "Maya", "Mary", "Joseph", "Suresh", "Ramesh",
                       "Shanti", "Rita", "Salma", "Jasmine"],
}
DISPLAY_SUFFIX = ["", "", "", "", " O.", " A.", " 💕", " 🙏", " Official", " K.", " M.", " ❤️"]

PERSONA_NAMES = {
    "ng": ["Joy", "Precious", "Blessing", "Favour", "Mercy", "Gift", "Esther", "Peace",
           "Success", "Queen", "Rita", "Sandra", "Vivian", "Princess", "Faith", "Osas", "Efe",
           "Osaro", "Happiness", "Glory"],
    "latam": ["Yorgelis", "Daniela", "Yuleisy", "Mariangel", "Dayana", "Yusmary", "Andreina",
              "Génesis", "Oriana", "Rosmery", "Valentina", "Camila", "Paola", "Luisa", "Sara",
              "Manuela", "Tatiana", "Yesenia", "Karen", "Dulce"],
}
IND_NAMES = {
    "IT": ["Giulia", "Sofia", "Chiara", "Martina", "Alessia", "Elena", "Bianca", "Greta",
           "Nicole", "Lara", "Sabrina", "Monica", "Valeria", "Irina", "Natasha", "Jasmine"],
    "ES": ["Lucía", "Carla", "Nerea", "Alba", "Marta", "Paula", "Irene", "Noelia", "Ainhoa",
           "Sandra", "Raquel", "Vanesa", "Camila", "Kiara", "Naiara"],
    "CO": ["Valentina", "Isabella", "Mariana", "Salomé", "Juliana", "Laura", "Ximena"],
    "PE": ["Milagros", "Rosa", "Kiara", "Fiorella", "Xiomara", "Jhoselyn"],
    "LB": ["Nour", "Maya", "Lina", "Rima", "Yara", "Tala", "Rana"],
    "AE": ["Lina", "Maya", "Angel", "Sasha", "Nina", "Amira", "Lily", "Bella"],
}

WORKER_NAMES = {
    "ET": ["Tigist", "Hirut", "Meron", "Selamawit", "Almaz", "Bethlehem", "Genet", "Mekdes",
           "Tsehay", "Yeshi", "Hana", "Aster"],
    "KE": ["Wanjiru", "Achieng", "Nafula", "Mwende", "Akinyi", "Faith", "Mercy", "Jane", "Njeri"],
    "PH": ["Maricel", "Jocelyn", "Rowena", "Analyn", "Jennelyn", "Marites", "Lorna", "Rosalie",
           "Mylene"],
    "LK": ["Kumari", "Nirosha", "Chamari", "Sandya", "Dilani", "Malkanthi", "Nadeeka"],
    "UG": ["Nakato", "Babirye", "Namusoke", "Sarah", "Florence", "Aisha"],
    "GH": ["Abena", "Akosua", "Efua", "Adwoa", "Akua"],
    "NP": ["Sita", "Gita", "Sunita", "Kamala", "Laxmi", "Bimala"],
    "BD": ["Rokeya", "Shahana", "Moriom", "Nasima", "Rupa"],
    "SL": ["Fatmata", "Isatu", "Kadiatu", "Mariama", "Hawa"],
}
WORKER_NAT = {
    "ET": {"en": "Ethiopian", "ar": "إثيوبية", "fr": "Éthiopienne"},
    "KE": {"en": "Kenyan", "ar": "كينية", "fr": "Kényane"},
    "PH": {"en": "Filipina", "ar": "فلبينية", "fr": "Philippine"},
    "LK": {"en": "Sri Lankan", "ar": "سريلانكية", "fr": "Sri-lankaise"},
    "UG": {"en": "Ugandan", "ar": "أوغندية", "fr": "Ougandaise"},
    "GH": {"en": "Ghanaian", "ar": "غانية", "fr": "Ghanéenne"},
    "NP": {"en": "Nepali", "ar": "نيبالية", "fr": "Népalaise"},
    "BD": {"en": "Bangladeshi", "ar": "بنغلاديشية", "fr": "Bangladaise"},
    "SL": {"en": "Sierra Leonean", "ar": "سيراليونية", "fr": "Sierra-léonaise"},
}
RELIGION = {
    "Christian": {"en": "Christian", "ar": "مسيحية", "fr": "Chrétienne"},
    "Muslim": {"en": "Muslim", "ar": "مسلمة", "fr": "Musulmane"},
    "Buddhist": {"en": "Buddhist", "ar": "بوذية", "fr": "Bouddhiste"},
    "Hindu": {"en": "Hindu", "ar": "هندوسية", "fr": "Hindoue"},
}
NAT_RELIGION = {"ET": ["Christian", "Muslim"], "KE": ["Christian"], "PH": ["Christian"],
                "LK": ["Buddhist", "Christian"], "UG": ["Christian", "Muslim"],
                "GH": ["Christian"], "NP": ["Hindu", "Buddhist"], "BD": ["Muslim"],
                "SL": ["Muslim", "Christian"]}
WORKER_LANGS = {"en": {},
                "ar": {"Arabic": "عربي", "English": "إنكليزي", "Amharic": "أمهري",
                       "Swahili": "سواحيلي", "Tagalog": "تاغالوغ", "Sinhala": "سنهالي",
                       "Nepali": "نيبالي", "Bengali": "بنغالي"},
                "fr": {"Arabic": "arabe", "English": "anglais", "Amharic": "amharique",
                       "Swahili": "swahili", "Tagalog": "tagalog", "Sinhala": "cingalais",
                       "Nepali": "népalais", "Bengali": "bengali"}}

# Employers.
EMP_ADJ = ["Grand", "Royal", "Golden", "Pearl", "Silver", "Emerald", "Desert", "Crescent",
           "Azure", "Coral", "Falcon", "Oasis", "Harbour", "Summit", "Ivory", "Amber", "Sapphire"]
EMP_NOUN = ["Palm", "Dune", "Marina", "Cedar", "Horizon", "Lagoon", "Sands", "Crest",
            "Meridian", "Lantern", "Minaret", "Mirage", "Corniche", "Jasmine", "Tamarind"]
EMP_KIND_NAME = {
    "hotel": ["{a} {n} Hotel & Suites", "The {a} {n} Resort", "{n} {a} Hotel"],
    "hospital": ["{n} Specialty Hospital", "{a} {n} Medical Center", "{n} Care Hospital"],
    "construction": ["{n} Contracting LLC", "{a} {n} Construction Co.", "{n} Builders W.L.L."],
    "facility": ["{a} {n} Facility Services", "{n} Cleaning & Maintenance LLC"],
    "agri_it": ["Azienda Agricola {s}", "Ortofrutta {s} S.r.l.", "Cooperativa Agricola {s}"],
    "agri_es": ["Agrícola {s} S.L.", "Frutas {s} S.A.", "Cooperativa Huerta {s}"],
    "care_it": ["Residenza {s}", "RSA Villa {s}"],
    "care_es": ["Residencia {s}", "Centro de Mayores {s}"],
    "hotel_it": ["Hotel {s} ****", "Grand Hotel {s}"],
    "hotel_es": ["Hotel {s} Playa", "Hostal {s}"],
}
EMP_SURNAME = {"IT": ["Ferraresi", "Lombardini", "Castelvetri", "Monteverdi", "Santangeli",
                      "Bellafiore", "Rovereto", "Fontanari"],
               "ES": ["Almendral", "Robledo", "Valdeolmos", "Peñalver", "Castañar", "Miravalle",
                      "Sotomonte", "Alcaraván"]}
EMP_ROLES = {
    "hotel": ["receptionist", "waiter", "housekeeping", "cook", "barista"],
    "hospital": ["nurse", "lab_tech", "caregiver"],
    "construction": ["mason", "electrician", "steel_fixer", "welder", "plumber"],
    "facility": ["cleaner", "security", "driver"],
    "agri_it": ["farm_worker", "fruit_picker"], "agri_es": ["farm_worker", "fruit_picker"],
    "care_it": ["caregiver", "nurse"], "care_es": ["caregiver", "nurse"],
    "hotel_it": ["waiter", "cook", "housekeeping"], "hotel_es": ["waiter", "cook", "housekeeping"],
}

FREEMAIL = ["mailbox.example", "quickpost.example", "yeahmail.example", "fastinbox.example"]

NGO = {
    "NG": ["Kite Network Nigeria", "Harbourlight Initiative"], "GH": ["Lanternwise Ghana"],
    "SN": ["Fanal Sahel"], "ML": ["Fanal Sahel Mali"], "CI": ["Fanal Côte d'Ivoire"],
    "LY": ["مرصد المنارة"], "IT": ["Bussola Libera", "Rete Approdo"], "ES": ["Faro Libre"],
    "IN": ["Diya Helpline Trust", "Setu Sahayata"], "NP": ["Batti Sahayog"],
    "BD": ["Prodip Shahajjo"], "AE": ["Oasis Lantern"], "QA": ["Nakhla Help"],
    "SA": ["Sanad Line"], "LB": ["Arz Refuge"], "CO": ["Puente Claro"], "PE": ["Puente Claro Perú"],
    "VE": ["Faro Andino"], "KE": ["Kimbo Rescue"],
}

# --------------------------------------------------------------------------------------------
# Roles in every language used by job adverts.

ROLES = {
    "driver": dict(en="driver", fr="chauffeur", hi="ड्राइवर", ne="ड्राइभर", bn="ড্রাইভার", ar="سائق", es="conductor", it="autista"),
    "cleaner": dict(en="cleaner", fr="agent d'entretien", hi="क्लीनर", ne="क्लिनर", bn="ক্লিনার", ar="عامل نظافة", es="limpiador", it="addetto pulizie"),
    "security": dict(en="security guard", fr="agent de sécurité", hi="सिक्योरिटी गार्ड", ne="सुरक्षा गार्ड", bn="সিকিউরিটি গার্ড", ar="حارس أمن", es="guardia de seguridad", it="guardia giurata"),
    "waiter": dict(en="waiter", fr="serveur", hi="वेटर", ne="वेटर", bn="ওয়েটার", ar="نادل", es="camarero", it="cameriere"),
    "cook": dict(en="cook", fr="cuisinier", hi="कुक", ne="कुक", bn="বাবুর্চি", ar="طباخ", es="cocinero", it="cuoco"),
    "nurse": dict(en="nurse", fr="infirmier", hi="नर्स", ne="नर्स", bn="নার্স", ar="ممرض", es="enfermero", it="infermiere"),
    "electrician": dict(en="electrician", fr="électricien", hi="इलेक्ट्रीशियन", ne="इलेक्ट्रिसियन", bn="ইলেকট্রিশিয়ান", ar="كهربائي", es="electricista", it="elettricista"),
    "mason": dict(en="mason", fr="maçon", hi="मिस्त्री", ne="डकर्मी", bn="রাজমিস্ত্রি", ar="بنّاء", es="albañil", it="muratore"),
    "farm_worker": dict(en="farm worker", fr="ouvrier agricole", hi="खेत मजदूर", ne="कृषि कामदार", bn="কৃষি শ্রমিক", ar="عامل زراعي", es="peón agrícola", it="bracciante agricolo"),
    "fruit_picker": dict(en="fruit picker", fr="cueilleur de fruits", hi="फल तोड़ने वाला", ne="फलफूल टिप्ने कामदार", bn="ফল সংগ্রাহক", ar="عامل قطف فواكه", es="recolector de fruta", it="raccoglitore di frutta"),
    "caregiver": dict(en="caregiver", fr="aide-soignant", hi="केयरगिवर", ne="केयरगिभर", bn="কেয়ারগিভার", ar="مقدم رعاية", es="cuidador", it="operatore socio-sanitario"),
    "welder": dict(en="welder", fr="soudeur", hi="वेल्डर", ne="वेल्डर", bn="ওয়েল্ডার", ar="لحام", es="soldador", it="saldatore"),
    "forklift": dict(en="forklift operator", fr="cariste", hi="फोर्कलिफ्ट ऑपरेटर", ne="फोर्कलिफ्ट अपरेटर", bn="ফর্কলিফট অপারেটর", ar="مشغل رافعة شوكية", es="operador de montacargas", it="carrellista"),
    "receptionist": dict(en="receptionist", fr="réceptionniste", hi="रिसेप्शनिस्ट", ne="रिसेप्सनिस्ट", bn="রিসেপশনিস্ট", ar="موظف استقبال", es="recepcionista", it="receptionist"),
    "plumber": dict(en="plumber", fr="plombier", hi="प्लंबर", ne="प्लम्बर", bn="প্লাম্বার", ar="سباك", es="fontanero", it="idraulico"),
    "steel_fixer": dict(en="steel fixer", fr="ferrailleur", hi="स्टील फिक्सर", ne="स्टिल फिक्सर", bn="স্টিল ফিক্সার", ar="حداد مسلح", es="ferrallista", it="ferraiolo"),
    "housekeeping": dict(en="housekeeping attendant", fr="femme de chambre", hi="हाउसकीपिंग स्टाफ", ne="हाउसकिपिङ स्टाफ", bn="হাউসকিপিং স্টাফ", ar="عامل تدبير فندقي", es="camarera de pisos", it="cameriera ai piani"),
    "factory": dict(en="factory worker", fr="ouvrier d'usine", hi="फैक्ट्री वर्कर", ne="कारखाना कामदार", bn="ফ্যাক্টরি শ্রমিক", ar="عامل مصنع", es="operario de fábrica", it="operaio"),
    "delivery": dict(en="delivery rider", fr="livreur", hi="डिलीवरी राइडर", ne="डेलिभरी राइडर", bn="ডেলিভারি রাইডার", ar="مندوب توصيل", es="repartidor", it="rider"),
    "barista": dict(en="barista", fr="barista", hi="बरिस्ता", ne="बरिस्ता", bn="বারিস্তা", ar="باريستا", es="barista", it="barista"),
    "lab_tech": dict(en="lab technician", fr="technicien de laboratoire", hi="लैब टेक्नीशियन", ne="ल्याब टेक्निसियन", bn="ল্যাব টেকনিশিয়ান", ar="فني مختبر", es="técnico de laboratorio", it="tecnico di laboratorio"),
    "housemaid": dict(en="housemaid", fr="femme de ménage", hi="घरेलू कामगार", ne="घरेलु कामदार", bn="গৃহকর্মী", ar="عاملة منزلية", es="empleada doméstica", it="colf"),
}
REC_ROLES = ["driver", "cleaner", "security", "waiter", "cook", "electrician", "mason",
             "farm_worker", "welder", "forklift", "plumber", "steel_fixer", "housekeeping",
             "factory", "delivery", "housemaid", "caregiver", "nurse"]

# --------------------------------------------------------------------------------------------
# Recruitment agency adverts (class rec). "pcm" uses "en" plus PIDGIN lines.

REC = {
    "en": dict(
        title=["URGENT: {n} {role}s needed in {dest}", "Jobs in {dest} – {role} ({n} slots)",
               "{dest} work visa – {role} wanted", "Free visa free ticket – {role} for {dest}",
               "Hiring {role}s for {dest} company", "{n} {role}s for {dest} – interview this week",
               "Genuine {dest} job: {role}"],
        open=["Urgent need {n} {role}s for a big company in {dest}.",
              "We are recruiting {role}s for our client in {dest}.",
              "{dest} job opportunity for hardworking {role}s!",
              "Genuine job in {dest}. {n} vacancies for {role}.",
              "Our client in {dest} needs {n} {role}s urgently.",
              "Travel and work in {dest} as {role}."],
        benefit=["Salary {salary} + overtime", "Free visa, free ticket",
                 "Free accommodation and transport", "Food allowance provided",
                 "2 years contract renewable", "Medical insurance by company",
                 "Salary {salary} per month", "Duty 8 hours, 6 days a week"],
        req=["Age {a1}-{a2} years", "Valid passport required", "Experience 1-2 years preferred",
             "Basic English needed", "Gulf return candidates preferred",
             "Light driving licence required", "Male and female can apply"],
        interview=["Interview on {weekday} at our office", "Client interview in {city} this week",
                   "Limited slots, first come first serve", "Visa ready in 30 days"],
        fee=["Processing fee {fee} (medical, visa, ticket)", "Pay {fee} to start your process",
             "Registration fee {fee} non-refundable", "Pay half now, half after visa ({fee})",
             "Service charge {fee} only"],
        passport=["Bring your original passport to office for processing",
                  "Submit original passport + 4 photos",
                  "Passport will be kept in our office until departure"],
        nofee=["No fees charged to candidates", "Free recruitment – we never ask for money"],
        contact=["Call/WhatsApp:", "Contact:", "For more info call", "Apply now:", "Call us on",
                 "Call or WhatsApp"],
        email=["Send CV to {email}", "Email: {email}", "CV: {email}"],
        web=["Website: {domain}", "Visit {domain}", "www.{domain}"],
        nocontact=["Visit our office for details.", "Inbox us for more details.",
                   "Comment 'interested' and we will reach you.", "Details at our office."],
        office=["Office: {addr}", "Our office: {addr}", "Address: {addr}", "Visit us: {addr}"],
        licence=["{lic}", "Govt. licence {lic}", "Licensed agency {lic}"],
        fb=["FB: {fb}", "Facebook page: {fb}", "Like our page facebook.com/{fb}"],
    ),
    "fr": dict(
        title=["URGENT : {n} {role}s pour {dest}", "Offre d'emploi à {dest} – {role}",
               "Recrutement {role} pour {dest}, visa gratuit", "{dest} : {n} postes de {role}",
               "Travail à {dest} – {role} recherché"],
        open=["Nous recrutons {n} {role}s pour une grande société à {dest}.",
              "Vrai travail à {dest}, contrat de 2 ans.",
              "Notre client à {dest} cherche {n} {role}s rapidement.",
              "Opportunité de travail à {dest} pour {role}s sérieux."],
        benefit=["Salaire {salary} + heures sup", "Visa et billet gratuits",
                 "Logement et transport assurés", "Nourriture prise en charge",
                 "Contrat de 2 ans renouvelable", "Salaire {salary} par mois"],
        req=["Âge {a1}-{a2} ans", "Passeport valide obligatoire", "Expérience souhaitée",
             "Hommes et femmes acceptés", "Permis de conduire exigé"],
        interview=["Entretien {weekday} à notre bureau", "Places limitées",
                   "Visa prêt en 30 jours"],
        fee=["Frais de dossier {fee}", "Payez {fee} pour lancer la procédure",
             "Avance {fee}, le reste après le visa", "Frais de visite médicale {fee}"],
        passport=["Déposez votre passeport original au bureau",
                  "Amenez passeport original + 4 photos"],
        nofee=["Aucun frais demandé aux candidats", "Recrutement gratuit"],
        contact=["Appelez/WhatsApp :", "Contact :", "Infos au", "Appelez le", "Tél :"],
        email=["Envoyez votre CV à {email}", "Email : {email}"],
        web=["Site : {domain}", "Visitez {domain}"],
        nocontact=["Passez au bureau pour plus d'infos.", "Écrivez en privé pour les détails.",
                   "Commentez 'intéressé'."],
        office=["Bureau : {addr}", "Adresse : {addr}", "Nos bureaux : {addr}"],
        licence=["Agrément {lic}", "{lic}", "Agence agréée {lic}"],
        fb=["Facebook : {fb}", "Page FB : {fb}"],
    ),
    "hi": dict(
        title=["तुरंत भर्ती: {dest} में {n} {role}", "{dest} में नौकरी – {role}",
               "फ्री वीज़ा फ्री टिकट – {dest} के लिए {role}", "{dest} के लिए {n} {role} चाहिए"],
        open=["{dest} की बड़ी कंपनी के लिए {n} {role} चाहिए।",
              "हमारे क्लाइंट के लिए {dest} में {role} की भर्ती।",
              "{dest} में काम करने का सुनहरा मौका!"],
        benefit=["वेतन {salary} + ओवरटाइम", "फ्री वीज़ा, फ्री टिकट", "रहना और खाना कंपनी की ओर से",
                 "2 साल का कॉन्ट्रैक्ट", "मेडिकल इंश्योरेंस कंपनी देगी"],
        req=["उम्र {a1}-{a2} साल", "वैध पासपोर्ट ज़रूरी", "अनुभव वालों को प्राथमिकता",
             "गल्फ रिटर्न को प्राथमिकता"],
        interview=["इंटरव्यू {weekday} को ऑफिस में", "सीटें सीमित हैं", "30 दिन में वीज़ा"],
        fee=["प्रोसेसिंग फीस {fee}", "{fee} जमा करके प्रोसेस शुरू करें",
             "आधा पैसा अभी, आधा वीज़ा के बाद ({fee})"],
        passport=["ओरिजिनल पासपोर्ट ऑफिस में जमा करें", "पासपोर्ट और 4 फोटो लेकर आएं"],
        nofee=["उम्मीदवारों से कोई फीस नहीं"],
        contact=["कॉल/व्हाट्सएप:", "संपर्क करें:", "अभी कॉल करें:", "संपर्क:"],
        email=["सीवी भेजें: {email}", "ईमेल: {email}"],
        web=["वेबसाइट: {domain}"],
        nocontact=["ज़्यादा जानकारी के लिए ऑफिस आएं।", "डिटेल के लिए मैसेज करें।"],
        office=["ऑफिस: {addr}", "पता: {addr}"],
        licence=["लाइसेंस {lic}", "{lic}"],
        fb=["फेसबुक: {fb}"],
    ),
    "ne": dict(
        title=["तुरुन्त माग: {dest}मा {n} जना {role}", "{dest}मा रोजगार – {role}",
               "फ्री भिसा फ्री टिकट – {dest}", "{dest}का लागि {role} माग"],
        open=["{dest}को ठूलो कम्पनीका लागि {n} जना {role} आवश्यक।",
              "हाम्रो क्लाइन्टका लागि {dest}मा {role} माग।",
              "{dest}मा काम गर्ने सुनौलो अवसर!"],
        benefit=["तलब {salary} + ओभरटाइम", "फ्री भिसा, फ्री टिकट", "खाना बस्ना कम्पनीले",
                 "२ वर्षको सम्झौता", "बीमा कम्पनीले"],
        req=["उमेर {a1}-{a2} वर्ष", "पासपोर्ट अनिवार्य", "अनुभवीलाई प्राथमिकता"],
        interview=["अन्तर्वार्ता {weekday} अफिसमा", "सीमित कोटा", "३० दिनमा भिसा"],
        fee=["सेवा शुल्क {fee}", "{fee} बुझाएर प्रक्रिया सुरु गर्नुहोस्"],
        passport=["सक्कल पासपोर्ट अफिसमा बुझाउनुहोस्", "पासपोर्ट र ४ प्रति फोटो लिएर आउनुहोस्"],
        nofee=["कामदारसँग कुनै शुल्क लिइँदैन", "फ्री भिसा फ्री टिकट, कुनै शुल्क छैन"],
        contact=["सम्पर्क:", "फोन/ह्वाट्सएप:", "थप जानकारीका लागि:"],
        email=["सीभी पठाउनुहोस्: {email}", "इमेल: {email}"],
        web=["वेबसाइट: {domain}"],
        nocontact=["थप जानकारीका लागि अफिसमा आउनुहोस्।", "म्यासेज गर्नुहोस्।"],
        office=["कार्यालय: {addr}", "ठेगाना: {addr}"],
        licence=["इजाजत नं. {lic}", "{lic}"],
        fb=["फेसबुक: {fb}"],
    ),
    "bn": dict(
        title=["জরুরি নিয়োগ: {dest}-এ {n} জন {role}", "{dest}-এ চাকরি – {role}",
               "ফ্রি ভিসা ফ্রি টিকিট – {dest}", "{dest} যেতে চান? {role} নিয়োগ"],
        open=["{dest}-এর বড় কোম্পানির জন্য {n} জন {role} প্রয়োজন।",
              "আমাদের ক্লায়েন্টের জন্য {dest}-এ {role} নিয়োগ।",
              "{dest}-এ কাজের সুবর্ণ সুযোগ!"],
        benefit=["বেতন {salary} + ওভারটাইম", "ফ্রি ভিসা, ফ্রি টিকিট", "থাকা খাওয়া কোম্পানির",
                 "২ বছরের চুক্তি", "মেডিকেল বীমা কোম্পানির"],
        req=["বয়স {a1}-{a2} বছর", "বৈধ পাসপোর্ট আবশ্যক", "অভিজ্ঞদের অগ্রাধিকার"],
        interview=["ইন্টারভিউ {weekday} অফিসে", "সীমিত আসন", "৩০ দিনে ভিসা"],
        fee=["প্রসেসিং ফি {fee}", "{fee} জমা দিয়ে প্রসেস শুরু করুন"],
        passport=["আসল পাসপোর্ট অফিসে জমা দিন", "পাসপোর্ট ও ৪ কপি ছবি নিয়ে আসুন"],
        nofee=["প্রার্থীদের কাছ থেকে কোনো ফি নেওয়া হয় না"],
        contact=["যোগাযোগ:", "কল/হোয়াটসঅ্যাপ:", "বিস্তারিত জানতে কল করুন:"],
        email=["সিভি পাঠান: {email}", "ইমেইল: {email}"],
        web=["ওয়েবসাইট: {domain}"],
        nocontact=["বিস্তারিত জানতে অফিসে আসুন।", "ইনবক্সে মেসেজ দিন।"],
        office=["অফিস: {addr}", "ঠিকানা: {addr}"],
        licence=["লাইসেন্স নং {lic}", "{lic}"],
        fb=["ফেসবুক: {fb}"],
    ),
    "ar": dict(
        title=["مطلوب بشكل عاجل {n} {role} في {dest}", "وظائف في {dest} – {role}",
               "فيزا مجانية وتذكرة مجانية – {role}", "مطلوب {role} للعمل في {dest}"],
        open=["مطلوب {n} {role} لشركة كبرى في {dest}.", "نقوم بتوظيف {role} لعميلنا في {dest}.",
              "فرصة عمل في {dest} للجادين فقط."],
        benefit=["الراتب {salary} + إضافي", "فيزا وتذكرة مجانية", "سكن ومواصلات مجانية",
                 "عقد سنتين قابل للتجديد", "تأمين طبي"],
        req=["العمر {a1}-{a2} سنة", "جواز سفر ساري المفعول", "الخبرة مفضلة"],
        interview=["المقابلة يوم {weekday} في المكتب", "الأماكن محدودة"],
        fee=["رسوم المعاملة {fee}", "ادفع {fee} لبدء الإجراءات"],
        passport=["تسليم جواز السفر الأصلي للمكتب", "إحضار الجواز الأصلي و٤ صور"],
        nofee=["لا توجد أي رسوم على العمال"],
        contact=["للتواصل:", "اتصال/واتساب:", "للاستفسار:"],
        email=["أرسل السيرة الذاتية إلى {email}", "البريد: {email}"],
        web=["الموقع: {domain}"],
        nocontact=["لمزيد من التفاصيل زورونا في المكتب.", "راسلونا على الخاص."],
        office=["المكتب: {addr}", "العنوان: {addr}"],
        licence=["ترخيص رقم {lic}", "{lic}"],
        fb=["فيسبوك: {fb}"],
    ),
    "es": dict(
        title=["URGENTE: {n} {role} para {dest}", "Trabajo en {dest} – {role}",
               "Visa de trabajo {dest} – {role}", "Se buscan {role} para {dest}"],
        open=["Se necesitan {n} {role} para empresa en {dest}.",
              "Reclutamos {role} para cliente en {dest}.",
              "Oportunidad real de trabajo en {dest}."],
        benefit=["Sueldo {salary} + horas extra", "Visa y pasaje incluidos",
                 "Alojamiento y transporte", "Contrato de 2 años", "Sueldo {salary} mensual"],
        req=["Edad {a1}-{a2} años", "Pasaporte vigente", "Experiencia deseable"],
        interview=["Entrevista el {weekday} en la oficina", "Cupos limitados"],
        fee=["Gastos de trámite {fee}", "Pague {fee} para iniciar el proceso",
             "Mitad ahora, mitad con la visa ({fee})"],
        passport=["Entregar pasaporte original en la oficina", "Traer pasaporte original y 4 fotos"],
        nofee=["No cobramos a los trabajadores"],
        contact=["Llama/WhatsApp:", "Contacto:", "Información al", "Escríbenos al"],
        email=["Envía tu CV a {email}", "Correo: {email}"],
        web=["Web: {domain}"],
        nocontact=["Pase por la oficina para más información.", "Escríbenos por privado."],
        office=["Oficina: {addr}", "Dirección: {addr}"],
        licence=["Registro {lic}", "{lic}"],
        fb=["Facebook: {fb}"],
    ),
}

PIDGIN = ["Una no go regret am!", "E dey urgent o!", "No dulling, call now!",
          "Na real job, no be scam.", "Oya hurry before slot finish!", "Make you no miss this one o.",
          "Japa the correct way!", "God don butter your bread!", "Sharp sharp process.",
          "Who get eye, make im see.", "No story, na straight process.", "Abeg share am for your people."]
GREETINGS_WA_BM = ["Salaam aleekum !", "Nanga def ?", "Na nga def waay !", "Jërëjëf !",
                   "I ni ce !", "Aw ni ce !", "I ni sogoma !", "Aw ni wula !"]

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
    "ne": ["सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार"],
    "bn": ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
}

SLOGAN_A = ["Your gateway to", "Trusted partner for", "Your bridge to", "Connecting talent to",
            "Serving workers for", "Honest route to", "Since 2009, your way to"]
SLOGAN_B = ["the Gulf", "a better future", "global careers", "Europe and the Gulf",
            "decent work abroad", "your dream job", "safe migration"]

# --------------------------------------------------------------------------------------------
# Visa facilitators (class vis).

VIS = {
    "en": dict(
        title=["Europe work visa 100% guaranteed", "Travel to {dest} – visa in 3 weeks",
               "{dest} visa processing, pay small small", "Schengen work visa, no IELTS",
               "Japa to {dest} now!", "{dest} job + visa package"],
        line=["We process {dest} work visa 100% guaranteed.",
              "No need for bank statement, we handle everything.",
              "Pay small small, balance after visa.", "Deposit {fee} to start, balance when you land.",
              "Already {n} people travelled this month.", "Flight + job + accommodation.",
              "Legit process, no story.", "Visa approval in 21 working days.",
              "Free consultation, limited slots."],
        wallet=["Pay deposit to {wallet} {acct} ({holder})", "{wallet}: {acct} Name: {holder}",
                "Send deposit via {wallet} {acct}", "{wallet} number {acct} – {holder}"],
        contact=["Call/WhatsApp:", "Contact me:", "Chat me on", "Call now"],
        nocontact=["DM for details.", "Inbox me now.", "Comment 'info' and I will reach you."],
        tg=["Telegram: @{tg}", "t.me/{tg}"],
    ),
    "fr": dict(
        title=["Visa travail Europe garanti à 100%", "Voyage vers {dest} – visa en 3 semaines",
               "Procédure visa {dest}, payez petit à petit", "Partir en {dest} légalement",
               "Visa + contrat de travail {dest}"],
        line=["Nous faisons le visa de travail pour {dest}, 100% garanti.",
              "Pas besoin de relevé bancaire.", "Payez petit à petit, le reste après le visa.",
              "Avance {fee} pour commencer.", "Déjà {n} personnes sont parties ce mois.",
              "Billet + travail + logement.", "Rendez-vous à l'ambassade en 3 semaines."],
        wallet=["Envoyez l'avance par {wallet} au {acct} ({holder})",
                "{wallet} : {acct} au nom de {holder}", "Dépôt {wallet} {acct}"],
        contact=["Appelez/WhatsApp :", "Contactez-moi :", "Infos :"],
        nocontact=["Écrivez en privé.", "Inbox pour les détails."],
        tg=["Telegram : @{tg}", "t.me/{tg}"],
    ),
    "ar": dict(
        title=["رحلة إلى إيطاليا مضمونة", "تأشيرة عمل أوروبا مضمونة ١٠٠٪",
               "سفر إلى {dest} بأسعار مناسبة", "فيزا {dest} مع عقد عمل"],
        line=["نوفر تأشيرة عمل إلى {dest} مضمونة.", "الدفع على دفعات.",
              "العربون {fee} والباقي بعد الوصول.", "رحلات أسبوعية.", "سافر معنا بأمان.",
              "عدد المقاعد محدود."],
        wallet=["الدفع عبر {wallet} {acct}"],
        contact=["للتواصل:", "واتساب:", "اتصل على"],
        nocontact=["راسلنا على الخاص.", "التفاصيل في الخاص."],
        tg=["تيليجرام: @{tg}"],
    ),
    "es": dict(
        title=["Viaje a España con contrato de trabajo", "Visa de trabajo {dest} 100% garantizada",
               "Te llevamos a {dest}, paga en cuotas", "Trabajo y papeles en {dest}"],
        line=["Tramitamos visa de trabajo para {dest}, 100% garantizado.",
              "Paga en cuotas, el resto al llegar.", "Inicial {fee}.",
              "Ya viajaron {n} personas este mes.", "Pasaje + trabajo + alojamiento.",
              "Sin cuenta bancaria, nosotros hacemos todo."],
        wallet=["Pago Móvil {acct} C.I. {idn} ({holder})", "Inicial por Pago Móvil: {acct}, {idn}",
                "Pago Móvil {acct} titular {holder}"],
        contact=["Llama/WhatsApp:", "Escríbeme al", "Info:"],
        nocontact=["Escríbeme por privado.", "Info por interno."],
        tg=["Telegram: @{tg}", "t.me/{tg}"],
    ),
}
WALLET_HOLDERS = ["Chinedu O.", "Kelechi A.", "Kofi M.", "Abena S.", "Moussa D.", "Awa N.",
                  "Seydou T.", "Koffi K.", "Yao B.", "Wanjiru K.", "Otieno J.", "Yorman P.",
                  "Wilmer R.", "Ese I.", "Osagie E.", "Fatou S.", "Mariam C."]

# --------------------------------------------------------------------------------------------
# Sex-trafficking operations (class sex) and independents (class ind).

ORIGIN = {
    "ng": {"it": ["nigeriana", "africana", "dolce africana"], "es": ["nigeriana", "africana"],
           "en": ["Nigerian", "African", "chocolate"]},
    "latam": {"it": ["venezuelana", "colombiana", "latina", "caraibica"],
              "es": ["venezolana", "colombiana", "latina", "caribeña"],
              "en": ["Venezuelan", "Colombian", "Latina"]},
}
SEX = {
    "it": dict(
        title=["{name} nuova in città – {city}", "{name} {age}enne {origin} dolcissima",
               "Novità {city}: {name}, ragazza {origin}", "{name} appena arrivata a {city}",
               "{city} – {name} {origin} bellissima", "Prima volta a {city}: {name}"],
        line=["Ciao sono {name}, {age} anni, ragazza {origin} molto dolce e paziente.",
              "Ricevo in ambiente riservato e pulito.", "Solo per pochi giorni a {city}!",
              "Disponibile tutti i giorni dalle 10 alle 24.", "Foto reali al 100%.",
              "Senza fretta, ti aspetto.", "Zona {district}, parcheggio comodo.",
              "Anche la notte."],
        contact=["Chiamami:", "Tel.", "WhatsApp:", "Solo chiamate:", "Chiama ora"],
        nocontact=["Contatto in foto.", "Scrivimi in privato.", "Numero nelle foto.",
                   "Contattami in privato."],
        tg=["Telegram @{tg}", "Tg: {tg}"],
    ),
    "es": dict(
        title=["{name} recién llegada a {city}", "{name}, {origin} de {age} años",
               "Novedad en {city}: {name}", "{city} – {name} {origin} cariñosa",
               "Primera vez en {city}: {name}"],
        line=["Hola soy {name}, {origin} de {age} años, cariñosa y discreta.",
              "Piso discreto y limpio.", "Solo unos días en {city}.", "Disponible 24 horas.",
              "Fotos reales.", "Zona {district}.", "Salidas a hotel y domicilio."],
        contact=["Llámame:", "Tlf:", "WhatsApp:", "Solo llamadas:"],
        nocontact=["Número en la foto.", "Escríbeme por privado.", "Contacto en las fotos."],
        tg=["Telegram @{tg}"],
    ),
    "en": dict(
        title=["{name} new in {city}", "Sweet {origin} girl {name} {age}",
               "{name} just arrived in {city}", "{city}: {name}, {origin} beauty"],
        line=["Hi I'm {name}, {age}, sweet {origin} girl.", "Clean private place.",
              "Only few days in {city}!", "Real photos 100%.", "Available day and night.",
              "Area {district}."],
        contact=["Call me:", "WhatsApp:", "Text me:"],
        nocontact=["Contact in the picture.", "DM me.", "Number in my photos."],
        tg=["Telegram @{tg}"],
    ),
}
IND = {
    "it": dict(
        title=["{name} indipendente a {city}", "Massaggi rilassanti – {name}",
               "{name}, {age} anni, solo {city}", "{name} in tour a {city}"],
        line=["Sono {name}, indipendente, riservata e sorridente.", "Massaggi rilassanti e trattamenti.",
              "Ricevo su appuntamento.", "Niente anonimi.", "Sono in tour a {city} per pochi giorni.",
              "Foto mie e recenti."],
        contact=["Tel.", "Chiamami:", "WhatsApp:"],
        nocontact=["Scrivimi in privato.", "Contatti nel profilo."],
        tg=["Instagram @{tg}", "Telegram @{tg}"],
    ),
    "es": dict(
        title=["{name} independiente en {city}", "Masajes relajantes – {name}",
               "{name}, {age} años, {city}", "{name} de gira por {city}"],
        line=["Soy {name}, independiente y discreta.", "Masajes relajantes en piso privado.",
              "Solo con cita previa.", "No contesto números ocultos.", "De gira en {city} unos días.",
              "Fotos propias y recientes."],
        contact=["Tlf:", "Llámame:", "WhatsApp:"],
        nocontact=["Escríbeme por privado.", "Contacto en mi perfil."],
        tg=["Instagram @{tg}", "Telegram @{tg}"],
    ),
    "en": dict(
        title=["{name} independent in {city}", "Relaxing massage by {name}",
               "{name}, {age}, {city}", "{name} touring {city}"],
        line=["I'm {name}, independent and discreet.", "Relaxing massage in a private studio.",
              "By appointment only.", "No hidden numbers.", "Touring {city} for a few days.",
              "My own recent photos."],
        contact=["Call:", "Call me:", "WhatsApp:"],
        nocontact=["Message me privately.", "Contacts in my profile."],
        tg=["Instagram @{tg}", "Telegram @{tg}"],
    ),
    "ar": dict(
        title=["مساج استرخائي في {city}", "{name} – جلسات مساج", "مساج احترافي {city}"],
        line=["جلسات مساج احترافية للاسترخاء.", "بموعد مسبق فقط.", "مكان نظيف وهادئ.",
              "متواجدة في {city} لفترة محدودة."],
        contact=["للحجز:", "واتساب:", "اتصل:"],
        nocontact=["راسلني على الخاص."],
        tg=["إنستغرام @{tg}"],
    ),
}

# --------------------------------------------------------------------------------------------
# Domestic-worker placement agencies (class dom).

DOM = {
    "en": dict(
        title=["Maids available from {nat} – ready to work", "Housemaid {nat}, transfer available",
               "Domestic workers available now", "{nat} maid available immediately",
               "Experienced housemaids – {n} available"],
        line=["Available now: experienced housemaids from {nats}.", "Monthly and yearly contracts.",
              "Visa transfer possible.", "Replacement guarantee 3 months.",
              "Workers already inside the country, no waiting.", "Cooking, cleaning, baby care."],
        bio=["Name: {wname} | Age: {age} | Nationality: {nat} | Religion: {rel} | Experience: {exp} years | Languages: {langs}",
             "{wname}, {age} yrs, {nat}, {rel}, {exp} yrs exp, speaks {langs}",
             "• {wname} – {nat} – {age} – {rel} – exp. {exp} yrs"],
        contact=["Call office:", "For booking:", "Tel:", "Call/WhatsApp:"],
        nocontact=["Visit our office.", "Message us for the full list."],
        email=["Email: {email}"], web=["{domain}"],
    ),
    "ar": dict(
        title=["عاملات منزليات من {nat} متوفرات", "خادمة {nat} للتنازل",
               "متوفر عاملات جاهزات للعمل", "عاملة {nat} جاهزة فوراً"],
        line=["يتوفر لدينا عاملات من {nats} بخبرة.", "عقود شهرية وسنوية.", "إمكانية نقل الكفالة.",
              "ضمان استبدال ٣ أشهر.", "العاملات داخل البلد بدون انتظار."],
        bio=["الاسم: {wname} | العمر: {age} | الجنسية: {nat} | الديانة: {rel} | الخبرة: {exp} سنوات",
             "{wname} – {nat} – {age} سنة – {rel} – خبرة {exp} سنوات"],
        contact=["للتواصل:", "للحجز:", "هاتف:"],
        nocontact=["زورونا في المكتب.", "راسلونا للقائمة الكاملة."],
        email=["البريد: {email}"], web=["{domain}"],
    ),
    "fr": dict(
        title=["Employées de maison de {nat} disponibles", "Aide ménagère {nat}, transfert possible",
               "Domestiques disponibles immédiatement"],
        line=["Disponibles : aides ménagères de {nats} avec expérience.", "Contrats mensuels et annuels.",
              "Transfert de parrainage possible.", "Garantie de remplacement 3 mois."],
        bio=["Nom : {wname} | Âge : {age} | Nationalité : {nat} | Religion : {rel} | Expérience : {exp} ans",
             "{wname}, {age} ans, {nat}, {rel}, {exp} ans d'expérience"],
        contact=["Bureau :", "Réservation :", "Tél :"],
        nocontact=["Passez au bureau.", "Écrivez-nous pour la liste."],
        email=["Email : {email}"], web=["{domain}"],
    ),
}

# --------------------------------------------------------------------------------------------
# Lawful employers (class emp). Mandated boilerplate is per employer country and language.

EMP = {
    "en": dict(
        title=["{company} – {role} vacancies ({city})", "Now hiring: {role} at {company}",
               "{company} is recruiting {role}s", "Career opportunity: {role}, {city}"],
        open=["{company} is hiring {role}s for our {city} property.",
              "Join {company} — {n} positions for {role}.",
              "{company}, {city}, invites applications for the post of {role}."],
        req=["Requirements: minimum 2 years' experience, good communication skills.",
             "Requirements: relevant certificate and experience.",
             "Requirements: physically fit, willing to work shifts."],
        offer=["We offer: competitive salary, accommodation, transport and annual leave.",
               "Package: salary as per experience, medical insurance, annual air ticket.",
               "Employer-paid visa, flights and medical checks."],
        apply=["Apply online: {ats}", "Apply here: {ats}"],
        email=["Send your CV to {email}", "CVs to {email}", "Email: {email}"],
        web=["Website: {domain}", "Learn more at {domain}", "{domain}/careers"],
        phone=["Tel: {phone}", "HR: {phone}", "Switchboard {phone}"],
        nocontact=["Apply in person at our front desk.", "Walk-in interviews at the hotel."],
    ),
    "ar": dict(
        title=["{company} – وظائف {role}", "مطلوب {role} لدى {company}",
               "فرص عمل في {company} – {city}"],
        open=["تعلن {company} عن حاجتها إلى {role} للعمل في {city}.",
              "انضم إلى {company} — {n} وظائف {role}."],
        req=["الشروط: خبرة لا تقل عن سنتين.", "الشروط: شهادة وخبرة مناسبة."],
        offer=["نقدم: راتب مجزٍ وسكن ومواصلات.", "تأشيرة وتذاكر وفحص طبي على حساب الشركة."],
        apply=["التقديم عبر الرابط: {ats}"],
        email=["يرجى إرسال السيرة الذاتية إلى {email}"],
        web=["الموقع: {domain}"],
        phone=["هاتف: {phone}"],
        nocontact=["المقابلات الشخصية في مقر الشركة."],
    ),
    "it": dict(
        title=["{company} cerca {role}", "Offerta di lavoro: {role} – {company}",
               "{role} per la stagione {year} – {city}"],
        open=["{company} cerca {role} per la stagione {year} a {city}.",
              "{company} ricerca {n} {role} con contratto regolare."],
        req=["Requisiti: esperienza nel ruolo, permesso di soggiorno valido o nulla osta.",
             "Requisiti: disponibilità immediata, serietà."],
        offer=["Offriamo: contratto CCNL, alloggio, vitto.", "Contratto stagionale con alloggio."],
        apply=["Candidati qui: {ats}"],
        email=["Inviare CV a {email}", "CV a {email}"],
        web=["Sito: {domain}"],
        phone=["Tel. {phone}"],
        nocontact=["Colloqui in sede."],
    ),
    "es": dict(
        title=["{company} busca {role}", "Oferta de empleo: {role} – {company}",
               "{role} para campaña {year} – {city}"],
        open=["{company} busca {role} para la campaña {year} en {city}.",
              "{company} selecciona {n} {role} con contrato en origen."],
        req=["Requisitos: experiencia en el puesto.", "Requisitos: disponibilidad inmediata."],
        offer=["Ofrecemos: contrato legal, alojamiento y transporte.",
               "Contratación en origen con vuelo pagado."],
        apply=["Inscríbete aquí: {ats}"],
        email=["Envía tu CV a {email}"],
        web=["Web: {domain}"],
        phone=["Tel. {phone}"],
        nocontact=["Entrevistas presenciales en la empresa."],
    ),
    "fr": dict(
        title=["{company} recrute des {role}s", "Offre : {role} – {company}"],
        open=["{company} recrute {n} {role}s pour {city}.",
              "{company}, {city}, recherche des {role}s."],
        req=["Profil : 2 ans d'expérience minimum."],
        offer=["Nous offrons : salaire attractif, logement, assurance."],
        apply=["Postulez ici : {ats}"],
        email=["CV à {email}"],
        web=["Site : {domain}"],
        phone=["Tél : {phone}"],
        nocontact=["Entretiens sur place."],
    ),
}
BOILERPLATE = {
    ("AE", "en"): "This employer charges no recruitment fees to workers. Licensed by the Ministry of Labour.",
    ("AE", "ar"): "لا يتقاضى صاحب العمل أي رسوم توظيف من العمال. مرخص من وزارة العمل.",
    ("QA", "en"): "Recruitment is free of charge for all candidates as required by the Labour Law.",
    ("QA", "ar"): "التوظيف مجاني لجميع المرشحين وفقاً لقانون العمل.",
    ("SA", "en"): "In line with the Labour Law, no fees are charged to applicants at any stage.",
    ("SA", "ar"): "وفقاً لنظام العمل، لا تُفرض أي رسوم على المتقدمين في أي مرحلة.",
    ("LB", "en"): "Employer registered with the Ministry of Labour. No fees are charged to workers.",
    ("LB", "fr"): "Employeur enregistré auprès du Ministère du Travail. Aucun frais n'est demandé aux travailleurs.",
    ("IT", "it"): "Annuncio rivolto a candidati di entrambi i sessi nel rispetto della normativa vigente. Nessun costo per i lavoratori.",
    ("IT", "en"): "Open to candidates of all genders. No costs are charged to workers.",
    ("ES", "es"): "Empresa comprometida con la igualdad de oportunidades. Proceso de selección gratuito para los candidatos.",
    ("ES", "en"): "Equal opportunity employer. The selection process is free for candidates.",
}
EEO = {"en": "We are an equal opportunity employer and value diversity.",
       "ar": "نحن جهة عمل تلتزم بتكافؤ الفرص.",
       "it": "Siamo un datore di lavoro che garantisce pari opportunità.",
       "es": "Somos una empresa que garantiza la igualdad de oportunidades.",
       "fr": "Nous sommes un employeur garantissant l'égalité des chances."}

# Copycat additions.
CPY_CONTACT = {"en": ["WhatsApp HR: {phone}", "Chat with HR on WhatsApp: {phone}",
                      "For fast processing WhatsApp {phone}"],
               "ar": ["واتساب الموارد البشرية: {phone}"],
               "it": ["WhatsApp HR: {phone}"], "es": ["WhatsApp RRHH: {phone}"],
               "fr": ["WhatsApp RH : {phone}"]}
CPY_EMAIL = {"en": "Send CV to {email}", "ar": "أرسل السيرة إلى {email}", "it": "CV a {email}",
             "es": "CV a {email}", "fr": "CV à {email}"}
CPY_FEE = ["Registration fee {fee} applies — pay to secure your slot.",
           "Pay {fee} for medical and processing to our agent.",
           "Only shortlisted candidates pay {fee} visa charge."]

# --------------------------------------------------------------------------------------------
# Reposters' own posts and repost prefaces (class rep), private sellers (class sel).

REP_OWN = {
    "en": ["Good morning my people, God bless you all 🙏", "Happy Sunday family!",
           "Please who knows a good agency for Canada?", "Anybody in {city} here?",
           "Thank God for another day", "Congratulations to my sister who travelled today 🎉",
           "Be careful of fake agents o, verify before you pay", "Happy new month everyone!",
           "Who is in this group from {city}?", "Selling {item}, call me {phone}"],
    "pcm": ["Abeg who sabi correct agent for Dubai?", "Good morning my people, una well done o",
            "E go better for all of us", "Who dey {city} for here?", "Make una pray for me today",
            "I dey sell {item}, call {phone}"],
    "fr": ["Bonjour la famille 🙏", "Quelqu'un connaît une bonne agence pour le Canada ?",
           "Bon vendredi à tous", "Qui est à {city} ici ?", "Faites attention aux faux démarcheurs",
           "Je vends {item}, appelez {phone}"],
    "es": ["Buenos días familia, bendiciones", "¿Alguien sabe de trabajo en {city}?",
           "Feliz domingo a todos", "Cuidado con las estafas", "Vendo {item}, llamar al {phone}"],
    "it": ["Buongiorno a tutti 🙏", "Qualcuno sa di lavoro a {city}?", "Vendo {item}, tel {phone}"],
    "hi": ["सुप्रभात दोस्तों 🙏", "कोई दुबई की अच्छी एजेंसी जानता है?", "सब लोग ठीक हैं?",
           "{city} में कौन कौन है?", "{item} बेचना है, कॉल करें {phone}"],
    "ne": ["शुभ प्रभात साथीहरू 🙏", "कतारको राम्रो म्यानपावर कसैलाई थाहा छ?", "सबैलाई नमस्ते",
           "{city}मा को को हुनुहुन्छ?", "{item} बिक्रीमा, फोन {phone}"],
    "bn": ["শুভ সকাল সবাইকে 🙏", "কেউ কি সৌদির ভালো এজেন্সি চেনেন?", "সবাই কেমন আছেন?",
           "{city}-এ কে কে আছেন?", "{item} বিক্রি হবে, কল {phone}"],
    "ar": ["صباح الخير يا جماعة 🌹", "جمعة مباركة", "حد يعرف مكتب استقدام موثوق؟",
           "مين موجود في {city}؟", "للبيع {item}، اتصل {phone}"],
}
REPOST_PREFACE = {"en": ["Pls share 👇", "Copied from another group, pls share",
                         "For those looking for job abroad 👇", "Seen this, who has tried them?"],
                  "pcm": ["Make una share am 👇", "See am o 👇"],
                  "fr": ["Partagez svp 👇", "Vu dans un autre groupe 👇"],
                  "es": ["Compartan por favor 👇"], "it": ["Condividete 👇"],
                  "hi": ["शेयर करें 👇"], "ne": ["सेयर गर्नुहोस् 👇"], "bn": ["শেয়ার করুন 👇"],
                  "ar": ["انشروا للفائدة 👇"]}

SEL_ITEMS = {
    "en": ["smartphone 128GB", "used car 2012", "2-bedroom flat", "sofa set", "fridge",
           "laptop", "generator", "room to let", "home tutoring", "cleaning services",
           "baby cot", "gas cooker"],
    "fr": ["smartphone 128 Go", "voiture d'occasion", "appartement 2 pièces", "salon complet",
           "réfrigérateur", "ordinateur portable", "chambre à louer", "cours à domicile"],
    "ar": ["هاتف ذكي 128 جيجا", "سيارة مستعملة", "شقة غرفتين", "طقم كنب", "ثلاجة",
           "لابتوب", "غرفة للإيجار"],
    "it": ["smartphone 128GB", "auto usata", "bilocale", "divano", "frigorifero", "portatile",
           "stanza in affitto", "ripetizioni"],
    "es": ["celular 128GB", "carro usado", "apartamento 2 habitaciones", "sofá", "nevera",
           "portátil", "habitación en alquiler", "clases particulares"],
    "hi": ["स्मार्टफोन 128GB", "पुरानी कार", "2BHK फ्लैट", "सोफा सेट", "फ्रिज", "लैपटॉप",
           "किराये का कमरा"],
    "ne": ["स्मार्टफोन 128GB", "पुरानो मोटरसाइकल", "कोठा भाडामा", "सोफा", "फ्रिज", "ल्यापटप"],
    "bn": ["স্মার্টফোন ১২৮জিবি", "পুরাতন গাড়ি", "ফ্ল্যাট ভাড়া", "সোফা সেট", "ফ্রিজ", "ল্যাপটপ"],
}
SEL = {
    "en": dict(title=["{item} for sale", "Neat {item}", "{item} – good price", "Urgent sale: {item}"],
               line=["Price: {price}", "Negotiable.", "Location {city}.", "Serious buyers only.",
                     "Still very neat."],
               contact=["Call {phone}", "Contact {phone}", "WhatsApp {phone}"]),
    "fr": dict(title=["{item} à vendre", "Vends {item}", "{item} – bon prix"],
               line=["Prix : {price}", "Négociable.", "À {city}.", "Sérieux s'abstenir."],
               contact=["Appelez le {phone}", "Contact : {phone}"]),
    "ar": dict(title=["للبيع {item}", "{item} بحالة ممتازة"],
               line=["السعر: {price}", "قابل للتفاوض.", "في {city}."],
               contact=["للتواصل {phone}", "اتصل {phone}"]),
    "it": dict(title=["Vendo {item}", "{item} ottimo stato"],
               line=["Prezzo: {price}", "Trattabile.", "Zona {city}."],
               contact=["Tel. {phone}", "Chiamare {phone}"]),
    "es": dict(title=["Vendo {item}", "{item} en buen estado", "Se vende {item}"],
               line=["Precio: {price}", "Negociable.", "En {city}."],
               contact=["Llamar al {phone}", "WhatsApp {phone}"]),
    "hi": dict(title=["{item} बिक्री के लिए", "{item} अच्छी हालत में"],
               line=["कीमत: {price}", "मोलभाव संभव।", "{city} में।"],
               contact=["कॉल करें {phone}", "संपर्क {phone}"]),
    "ne": dict(title=["{item} बिक्रीमा", "{item} राम्रो अवस्थामा"],
               line=["मूल्य: {price}", "मोलमोलाइ हुन्छ।", "{city}मा।"],
               contact=["सम्पर्क {phone}", "फोन {phone}"]),
    "bn": dict(title=["{item} বিক্রি হবে", "{item} ভালো অবস্থায়"],
               line=["দাম: {price}", "আলোচনা সাপেক্ষে।", "{city}-এ।"],
               contact=["যোগাযোগ {phone}", "কল করুন {phone}"]),
}
PRICE = {"NG": ["₦85,000", "₦1.2m", "₦350k"], "GH": ["GH₵ 2,500", "GHS 900"],
         "SN": ["75 000 FCFA", "150.000 F"], "ML": ["60 000 FCFA"], "CI": ["90 000 FCFA"],
         "LY": ["1200 دينار", "٣٠٠ دينار"], "IT": ["€150", "€2.300", "€450/mese"],
         "ES": ["150 €", "2.300 €", "450 €/mes"], "IN": ["₹12,000", "₹8,500/month"],
         "NP": ["रु २५,०००", "Rs 18,000"], "BD": ["৳ ১৮,০০০", "BDT 25,000"],
         "AE": ["AED 900", "AED 2,500"], "QA": ["QAR 800"], "SA": ["SAR 1,200"],
         "LB": ["$150", "$400"], "CO": ["$850.000", "$1.200.000"], "PE": ["S/ 900", "S/ 450"],
         "VE": ["$120"], "KE": ["KSh 15,000"]}

# --------------------------------------------------------------------------------------------
# NGO notices and site footers.

NGO_NOTICE = {
    "en": ["⚠️ If you or someone you know is being forced to work or cannot leave a job, call the free {ngo} hotline {hotline}.",
           "Never pay for a job or hand over your passport. Help: {hotline} ({ngo})."],
    "pcm": ["⚠️ If you or someone you know is being forced to work or cannot leave a job, call the free {ngo} hotline {hotline}."],
    "fr": ["⚠️ Si vous ou un proche êtes forcés de travailler, appelez gratuitement {ngo} au {hotline}.",
           "Ne payez jamais pour un emploi. Aide : {hotline} ({ngo})."],
    "it": ["⚠️ Se sei vittima di sfruttamento chiama il numero verde {hotline} ({ngo}), anonimo e gratuito."],
    "es": ["⚠️ Si eres víctima de trata llama gratis al {hotline} ({ngo})."],
    "ar": ["⚠️ إذا كنت ضحية للاتجار بالبشر أو العمل القسري اتصل مجاناً بالرقم {hotline} ({ngo})."],
    "hi": ["⚠️ अगर आपसे जबरन काम करवाया जा रहा है तो मुफ़्त हेल्पलाइन {hotline} ({ngo}) पर कॉल करें।"],
    "ne": ["⚠️ जबरजस्ती काम गराइएमा निःशुल्क हेल्पलाइन {hotline} ({ngo}) मा फोन गर्नुहोस्।"],
    "bn": ["⚠️ জোর করে কাজ করানো হলে ফ্রি হেল্পলাইন {hotline} ({ngo})-এ কল করুন।"],
}
FOOTER = {
    "en": "Need help? Call {phone} · {email} · {url}",
    "fr": "Besoin d'aide ? {phone} · {email} · {url}",
    "ar": "للمساعدة: {phone} · {email} · {url}",
    "it": "Assistenza: {phone} · {email} · {url}",
    "es": "Ayuda: {phone} · {email} · {url}",
    "hi": "सहायता: {phone} · {email} · {url}",
    "ne": "सहयोग: {phone} · {email} · {url}",
    "bn": "সহায়তা: {phone} · {email} · {url}",
}
FOOTER_WARN = {
    "en": "Never send money before you meet. Report suspicious ads.",
    "fr": "N'envoyez jamais d'argent avant de rencontrer. Signalez les annonces suspectes.",
    "ar": "لا ترسل المال قبل اللقاء. أبلغ عن الإعلانات المشبوهة.",
    "it": "Non inviare mai denaro in anticipo. Segnala gli annunci sospetti.",
    "es": "Nunca envíes dinero por adelantado. Denuncia los anuncios sospechosos.",
    "hi": "मिलने से पहले कभी पैसे न भेजें। संदिग्ध विज्ञापनों की रिपोर्ट करें।",
    "ne": "भेट नभई पैसा नपठाउनुहोस्। शंकास्पद विज्ञापन रिपोर्ट गर्नुहोस्।",
    "bn": "দেখা করার আগে টাকা পাঠাবেন না। সন্দেহজনক বিজ্ঞাপন রিপোর্ট করুন।",
}

# --------------------------------------------------------------------------------------------
# Number writing.

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
}
NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯"}

STOCK_IMAGES = ["dubai_skyline", "passport_ticket", "office_desk", "hotel_lobby",
                "massage_room", "airplane_wing", "construction_site", "hospital_ward",
                "handshake", "europe_map", "colosseum", "church_spires", "gm_flowers",
                "bible_verse", "hotel_room"]
