"""Phrasing banks for eval/phones3/write.py (stdlib only).

Every list is split by position: dev takes items 0, 2, 4, ... and heldout items 1, 3, 5, ...
(see `half`), so the two splits share class definitions but not wording, places, separators,
names or sites. Lists of length one are shared (unavoidable, e.g. a country's only name).
"""

def half(bank, split):
    if len(bank) < 2:
        return list(bank)
    return list(bank[0::2] if split == "dev" else bank[1::2])


LANG = {"EC": "es", "MX": "es", "CO": "es", "AR": "es", "ES": "es", "CL": "es", "PE": "es",
        "BR": "pt", "PT": "pt", "FR": "fr", "MA": "fr"}

CITIES = {
    "AU": ["Melbourne", "Sydney", "Brisbane", "Adelaide", "Gold Coast", "Canberra", "Hobart", "Darwin",
           "Cairns", "Geelong", "Parramatta", "Townsville", "Wollongong", "Surfers Paradise"],
    "IN": ["Pune", "Mumbai", "Delhi", "Bangalore", "Chennai", "Kolkata", "Goa", "Jaipur", "Gurgaon",
           "Noida", "Ahmedabad", "Chandigarh", "Lucknow", "Bengaluru"],
    "GB": ["London", "Manchester", "Leeds", "Glasgow", "Liverpool", "Bristol", "Edinburgh", "Cardiff",
           "Nottingham", "Sheffield", "Leicester", "Coventry", "Brighton", "Croydon"],
    "JP": ["Tokyo", "Osaka", "Shinjuku", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Fukuoka",
           "Roppongi", "Kobe", "Ikebukuro", "Shibuya"],
    "SG": ["Singapore", "Orchard Road Singapore", "Singapore", "Geylang, Singapore", "Singapore",
           "Tanjong Pagar, Singapore", "Bugis, Singapore", "Jurong East, Singapore"],
    "EC": ["Quito", "Guayaquil", "Cuenca", "Manta", "Ambato", "Loja", "Machala", "Portoviejo",
           "Riobamba", "Ibarra", "Samborondón", "Esmeraldas"],
    "US": ["Houston", "Las Vegas", "Miami", "Atlanta", "Chicago", "Phoenix", "Dallas", "Seattle",
           "Denver", "Orlando", "Brooklyn", "San Diego", "Newark", "Tampa", "Charlotte", "Nashville"],
    "NG": ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Lekki", "Ikeja", "Benin City", "Enugu"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Westlands Nairobi", "Eldoret"],
    "ZA": ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Sandton", "Gqeberha"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Brasília", "Florianópolis",
           "Recife", "Fortaleza"],
    "MX": ["CDMX", "Monterrey", "Cancún", "Tijuana", "Puebla", "Playa del Carmen", "Querétaro",
           "Ciudad de México"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena de Indias", "Bucaramanga",
           "Pereira", "Santa Marta"],
    "AR": ["Buenos Aires", "Rosario", "Mendoza", "La Plata", "Mar del Plata", "Tucumán"],
    "DE": ["Berlin", "Hamburg", "München", "Frankfurt", "Köln", "Düsseldorf", "Stuttgart", "Leipzig"],
    "FR": ["Lyon", "Marseille", "Nice", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Montpellier"],
    "ES": ["Madrid", "Barcelona", "Sevilla", "Málaga", "Bilbao", "Alicante", "Marbella", "Ibiza"],
    "IT": ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze", "Rimini", "Genova"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen"],
    "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
    "RO": ["București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Brașov"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Antalya", "Bodrum", "Bursa"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Dubai Marina", "Al Barsha, Dubai"],
    "SA": ["Riyadh", "Jeddah", "Dammam", "Al Khobar"],
    "EG": ["Cairo", "Giza", "Sharm El Sheikh", "Hurghada", "Nasr City, Cairo", "Luxor"],
    "MA": ["Casablanca", "Marrakech", "Rabat", "Agadir", "Tanger", "Fès"],
    "PH": ["Manila", "Makati", "Cebu City", "Quezon City", "Pasay", "Davao", "Taguig", "Angeles City"],
    "TH": ["Bangkok", "Pattaya", "Phuket", "Chiang Mai", "Sukhumvit, Bangkok", "Hua Hin"],
    "VN": ["Hà Nội", "Ho Chi Minh City", "Đà Nẵng", "Saigon", "Nha Trang", "Hanoi"],
    "ID": ["Jakarta", "Bali", "Surabaya", "Bandung", "Denpasar", "Yogyakarta", "Seminyak, Bali", "Medan"],
    "MY": ["Kuala Lumpur", "Penang", "Johor Bahru", "Bukit Bintang", "Petaling Jaya", "Kota Kinabalu", "Ipoh", "KL Sentral"],
    "CN": ["Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Chengdu", "Hangzhou"],
    "KR": ["Seoul", "Busan", "Gangnam, Seoul", "Incheon", "Itaewon", "Daegu"],
    "CA": ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa", "Edmonton", "Mississauga", "Winnipeg"],
    "NZ": ["Auckland", "Christchurch", "Wellington", "Queenstown", "Tauranga", "Dunedin"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Dublin 2", "Kilkenny"],
    "PT": ["Lisboa", "Porto", "Faro", "Braga", "Albufeira", "Coimbra"],
    "HK": ["Hong Kong", "Kowloon", "Mong Kok", "Tsim Sha Tsui", "Causeway Bay", "Wan Chai"],
    "ET": ["Addis Ababa", "Bahir Dar", "Hawassa", "Adama"],
    "GH": ["Accra", "Kumasi", "East Legon, Accra", "Takoradi", "Tema", "Osu, Accra"],
    "CL": ["Viña del Mar", "Valparaíso", "Antofagasta", "Temuco", "Iquique", "Santiago de Chile"],
    "PE": ["Lima", "Miraflores, Lima", "Arequipa", "Cusco", "Piura", "Chiclayo"],
}

COUNTRY_NAMES = {
    "AU": ["Australia", "Australia"], "IN": ["India", "India"], "GB": ["the UK", "England"],
    "JP": ["Japan", "Japan"], "SG": ["Singapore", "Singapore"], "EC": ["Ecuador", "Ecuador"],
    "US": ["the USA", "the United States"], "NG": ["Nigeria", "Naija"], "KE": ["Kenya", "Kenya"],
    "ZA": ["South Africa", "Mzansi"], "BR": ["Brasil", "Brazil"], "MX": ["México", "Mexico"],
    "CO": ["Colombia", "Colombia"], "AR": ["Argentina", "Argentina"], "DE": ["Germany", "Deutschland"],
    "FR": ["France", "France"], "ES": ["España", "Spain"], "IT": ["Italia", "Italy"],
    "NL": ["the Netherlands", "Holland"], "PL": ["Poland", "Polska"], "RO": ["Romania", "România"],
    "TR": ["Turkey", "Türkiye"], "AE": ["the UAE", "United Arab Emirates"], "SA": ["Saudi Arabia", "KSA"],
    "EG": ["Egypt", "Egypt"], "MA": ["Maroc", "Morocco"], "PH": ["the Philippines", "Philippines"],
    "TH": ["Thailand", "Thailand"], "VN": ["Vietnam", "Việt Nam"], "ID": ["Indonesia", "Indonesia"],
    "MY": ["Malaysia", "Malaysia"], "CN": ["China", "mainland China"], "KR": ["South Korea", "Korea"],
    "CA": ["Canada", "Canada"], "NZ": ["New Zealand", "Aotearoa NZ"], "IE": ["Ireland", "Ireland"],
    "PT": ["Portugal", "Portugal"], "HK": ["Hong Kong", "Hong Kong SAR"], "ET": ["Ethiopia", "Ethiopia"],
    "GH": ["Ghana", "Ghana"], "CL": ["Chile", "Chile"], "PE": ["Perú", "Peru"],
}

# ethnic / nationality descriptors that name a country the ad is NOT in
DESCRIPTORS = ["Thai massage", "Brazilian girl", "Japanese style spa", "Colombian latina", "Russian blonde",
               "Korean body scrub", "Filipina sweetheart", "Italian stallion", "Chinese foot reflexology",
               "Indian aunty", "Vietnamese nails & massage", "Ebony Nigerian queen", "Swedish massage",
               "Balinese massage", "Turkish bath", "Moroccan hammam", "Czech model", "Ukrainian beauty"]
DESC_COUNTRY = {"Thai massage": "TH", "Brazilian girl": "BR", "Japanese style spa": "JP", "Colombian latina": "CO",
                "Russian blonde": "RU", "Korean body scrub": "KR", "Filipina sweetheart": "PH",
                "Italian stallion": "IT", "Chinese foot reflexology": "CN", "Indian aunty": "IN",
                "Vietnamese nails & massage": "VN", "Ebony Nigerian queen": "NG", "Swedish massage": "SE",
                "Balinese massage": "ID", "Turkish bath": "TR", "Moroccan hammam": "MA", "Czech model": "CZ",
                "Ukrainian beauty": "UA"}

# place names that exist in several countries, with a qualifier that settles it
QUALIFIED = [("Paris, TX", "US"), ("Paris, Ontario", "CA"), ("London, Ontario", "CA"), ("Birmingham, Alabama", "US"),
             ("Perth, Scotland", "GB"), ("Perth WA", "AU"), ("Cambridge, MA", "US"), ("Sydney, Nova Scotia", "CA"),
             ("Victoria, BC", "CA"), ("Santiago de Compostela", "ES"), ("Córdoba, Argentina", "AR"),
             ("Toledo, Ohio", "US"), ("Manchester, NH", "US"), ("Córdoba, Veracruz", "MX"),
             ("Valencia, España", "ES"), ("Trujillo, Perú", "PE"), ("San José, California", "US"),
             ("Kingston upon Thames", "GB"), ("Hamilton, Ontario", "CA"), ("Granada, Andalucía", "ES"),
             ("Alexandria, Egypt", "EG"), ("Richmond, Virginia", "US")]

# bare place names shared by two countries where the number is valid in both -> ambiguous
HOMONYMS = [("Santiago", ("ES", "CL")), ("San Fernando", ("ES", "CL")), ("Nogales", ("MX", "US")),
            ("Hamilton", ("US", "NZ")), ("Santa Cruz", ("ES", "CL")), ("Progreso", ("MX", "US"))]

LOCAL_NEW_IN = {"DE": ["Neu in {C}!", "Ganz neu in {C}"], "IT": ["Nuova a {C}", "Appena arrivata a {C}"],
                "NL": ["Nieuw in {C}", "Net nieuw in {C}"], "PL": ["Nowa w {C}", "Pierwszy raz w {C}"],
                "RO": ["Nouă în {C}", "Abia sosită în {C}"], "TR": ["{C}'da yeni", "{C} merkezde yeni"],
                "ID": ["Baru di {C}", "Ready di {C}"], "MY": ["Baru sampai {C}", "Ready {C} area"],
                "PH": ["Bagong dating sa {C}", "Available na sa {C}"]}

SITES = ["nightpins", "velvetboard", "lunalist", "amberpost", "mapleclassy", "quickwanted", "orchidads",
         "tealboard", "fogpost", "kivaads", "pebbleclassifieds", "zestlist", "copperlist", "nimbusads",
         "citrusboard", "rosewell-ads", "plumnotes", "harborlist", "saffronads", "driftboard"]

CCTLD = {"AU": "com.au", "IN": "co.in", "GB": "co.uk", "JP": "jp", "SG": "com.sg", "EC": "com.ec",
         "US": "us", "NG": "com.ng", "KE": "co.ke", "ZA": "co.za", "BR": "com.br", "MX": "com.mx",
         "CO": "com.co", "AR": "com.ar", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
         "PL": "pl", "RO": "ro", "TR": "com.tr", "AE": "ae", "SA": "com.sa", "EG": "com.eg", "MA": "ma",
         "PH": "com.ph", "TH": "co.th", "VN": "vn", "ID": "co.id", "MY": "com.my", "CN": "cn",
         "KR": "co.kr", "CA": "ca", "NZ": "co.nz", "IE": "ie", "PT": "pt", "HK": "com.hk", "ET": "et",
         "GH": "com.gh", "CL": "cl", "PE": "pe"}

CURRENCY = {"AU": ["$", "AUD "], "IN": ["₹", "Rs."], "GB": ["£", "£"], "JP": ["¥", "¥"], "SG": ["S$", "SGD "],
            "EC": ["$", "USD "], "US": ["$", "$"], "NG": ["₦", "N"], "KE": ["KSh ", "Ksh."], "ZA": ["R", "R"],
            "BR": ["R$ ", "R$"], "MX": ["$", "MXN "], "CO": ["$", "COP "], "AR": ["$", "ARS "],
            "DE": ["€", "EUR "], "FR": ["€", "€"], "ES": ["€", "€"], "IT": ["€", "€"], "NL": ["€", "€"],
            "PL": ["zł ", "PLN "], "RO": ["lei ", "RON "], "TR": ["₺", "TL "], "AE": ["AED ", "AED "],
            "SA": ["SAR ", "SR "], "EG": ["EGP ", "LE "], "MA": ["DH ", "MAD "], "PH": ["₱", "PHP "],
            "TH": ["฿", "THB "], "VN": ["VND ", "₫"], "ID": ["Rp ", "IDR "], "MY": ["RM", "RM "],
            "CN": ["¥", "RMB "], "KR": ["₩", "KRW "], "CA": ["$", "CAD "], "NZ": ["$", "NZD "],
            "IE": ["€", "€"], "PT": ["€", "€"], "HK": ["HK$", "HKD "], "ET": ["ETB ", "Birr "],
            "GH": ["GH₵", "GHS "], "CL": ["$", "CLP "], "PE": ["S/ ", "S/."]}
PRICE_SCALE = {"JP": 100, "IN": 50, "NG": 500, "KE": 80, "ZA": 10, "MX": 15, "CO": 3000, "AR": 800,
               "TR": 25, "PH": 40, "TH": 25, "VN": 20000, "ID": 12000, "CL": 700, "KR": 1000, "EG": 30,
               "PL": 4, "RO": 4, "MY": 4, "CN": 6, "HK": 7, "ET": 50, "GH": 12, "AE": 3, "SA": 3,
               "MA": 10, "BR": 5, "PE": 3}

POSTCODES = {"AU": ["VIC 3000", "NSW 2010", "QLD 4101", "SA 5000"], "GB": ["SW1A 2AA", "M1 4BT", "LS1 5DL", "EH2 2BY"],
             "US": ["TX 77002", "NV 89109", "FL 33131", "GA 30303"], "FR": ["75011", "69003", "13008", "31000"],
             "DE": ["10115", "20095", "80331", "50667"], "IN": ["PIN 411001", "PIN 400050", "PIN 110017", "PIN 560034"],
             "NL": ["1012 AB", "3011 HE"], "ES": ["28013", "08002"], "IT": ["20121", "00184"],
             "SG": ["S 238801", "S 189560"], "CA": ["M5V 2T6", "H2X 1Y4"], "IE": ["D02 XY45", "T12 R5CP"],
             "PT": ["1100-148", "4000-322"], "BR": ["CEP 01310-100", "CEP 22021-001"], "JP": ["〒160-0022", "〒530-0001"],
             "PL": ["00-950", "31-042"], "MX": ["C.P. 06700", "C.P. 64000"], "AR": ["C1425", "CP 5500"],
             "NZ": ["1010", "8011"], "ZA": ["2196", "8001"], "KE": ["00100", "80100"]}

NAMES_GLUED = ["Lexi", "Tasha", "Mia", "Zara", "Bella", "Ruby", "Nina", "Vicky", "Luna", "Honey", "Kiki", "Dani",
               "Jasmin", "Kayla", "Sophia", "Roxy", "Aurora", "Leah", "Candy", "Brianna"]

SEP_DIGIT = ["@", "♥", "!", "💋", ";", "^", "'", "=", "•", "★", "~", "_", "*", "°", " ", "›"]
SEP_GROUP = ["•", "♦", ";", "=", "!", "✨", "@", "^", ":", "|", "'", "»", "\"", "~"]
ESCAPES = ["\\u2022", "&middot;", "&bull;", "&#183;", "&#8226;", "\\u00b7", "&#x2022;", "&nbsp;", "\\u2013", "&ndash;"]
MIXED_SEPS = [":", "/", "::", "|", ";", "'", "@", "^"]
HOMOPHONES = [{"4": ["for"], "2": ["to"], "1": ["won"], "8": ["ate"], "0": ["oh"]},
              {"4": ["fore"], "2": ["too"], "1": ["won"], "8": ["ate"], "0": ["o"]}]
HOMO_JOIN = [" ", "-", ".", "  ", "_", "·"]
CASES = ["lower", "title", "upper", "random"]
LEET = [{"zero": "zer0", "one": "0ne", "two": "tw0", "three": "thr33", "four": "f0ur", "five": "f1ve",
         "six": "s1x", "seven": "s3ven", "eight": "e1ght", "nine": "n1ne", "thousand": "th0usand"},
        {"zero": "z3r0", "one": "on3", "two": "tw0", "three": "thr3e", "four": "f0ur", "five": "fiv3",
         "six": "s!x", "seven": "sev3n", "eight": "e!ght", "nine": "n!ne", "thousand": "th0u$and"}]
SPOKEN_PLUS_EN = ["plus", "Plus", "PLUS", "plus sign"]
SPOKEN_00_EN = ["zero zero", "double zero", "oh oh", "double oh"]
WORD_JOIN = [" ", ", ", "-", " / ", " . ", "; "]
SPOKEN_MAS = ["más", "mas", "MÁS", "Más"]
SPOKEN_MAIS = ["mais", "Mais", "MAIS"]
SPOKEN_PLUS_FR = ["plus", "Plus", "PLUS"]
