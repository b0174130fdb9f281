"""Places, boards and name banks for linking8 (SPEC.md §2, §3). All sites and names invented;
cities are real. Plain data, no logic."""

# canonical city -> country, spellings for `location` / text, postcodes, street names
CITIES = {
    # DE
    "Berlin": ("DE", ["Berlin", "Berlin-Mitte", "Berlin (DE)", "10115 Berlin"], ["10115", "10785", "12043", "13353"]),
    "Hamburg": ("DE", ["Hamburg", "Hamburg St. Pauli", "20359 Hamburg"], ["20095", "22767", "20359"]),
    "Köln": ("DE", ["Köln", "Koeln", "Cologne", "50667 Köln"], ["50667", "50823", "51063"]),
    "Frankfurt am Main": ("DE", ["Frankfurt am Main", "Frankfurt", "Frankfurt/Main", "60329 Frankfurt"], ["60311", "60329", "60486"]),
    "München": ("DE", ["München", "Muenchen", "Munich", "80335 München"], ["80331", "80335", "81669"]),
    "Düsseldorf": ("DE", ["Düsseldorf", "Duesseldorf", "40210 Düsseldorf"], ["40210", "40212", "40477"]),
    "Stuttgart": ("DE", ["Stuttgart", "Stuttgart-Mitte", "70173 Stuttgart"], ["70173", "70178", "70372"]),
    "Hannover": ("DE", ["Hannover", "Hanover", "30159 Hannover"], ["30159", "30161", "30449"]),
    # NL
    "Amsterdam": ("NL", ["Amsterdam", "Amsterdam-Centrum", "A'dam"], ["1012 AB", "1017 CT", "1073 HE"]),
    "Rotterdam": ("NL", ["Rotterdam", "Rotterdam Centrum"], ["3011 AA", "3012 CL", "3024 BP"]),
    "Den Haag": ("NL", ["Den Haag", "'s-Gravenhage", "The Hague"], ["2511 BT", "2512 CR", "2526 AD"]),
    "Utrecht": ("NL", ["Utrecht", "Utrecht-Centrum"], ["3511 AX", "3512 JE"]),
    "Eindhoven": ("NL", ["Eindhoven", "Eindhoven (NB)"], ["5611 AB", "5612 KR"]),
    # BE
    "Antwerpen": ("BE", ["Antwerpen", "Anvers", "Antwerp", "2000 Antwerpen"], ["2000", "2018", "2060"]),
    "Brussel": ("BE", ["Brussel", "Bruxelles", "Brussels", "1000 Bruxelles"], ["1000", "1030", "1210"]),
    "Liège": ("BE", ["Liège", "Luik", "4000 Liège"], ["4000", "4020"]),
    "Gent": ("BE", ["Gent", "Gand", "Ghent"], ["9000", "9040"]),
    "Charleroi": ("BE", ["Charleroi", "6000 Charleroi"], ["6000", "6001"]),
    # CH
    "Zürich": ("CH", ["Zürich", "Zurich", "8004 Zürich", "Zürich (ZH)"], ["8001", "8004", "8005"]),
    "Genève": ("CH", ["Genève", "Genf", "Geneva", "1201 Genève"], ["1201", "1202", "1207"]),
    "Basel": ("CH", ["Basel", "Bâle", "4057 Basel"], ["4051", "4057"]),
    "Bern": ("CH", ["Bern", "Berne"], ["3011", "3013"]),
    "Lausanne": ("CH", ["Lausanne", "1003 Lausanne"], ["1003", "1004"]),
    # AT
    "Wien": ("AT", ["Wien", "Vienna", "Wien, AT", "1150 Wien"], ["1010", "1050", "1150"]),
    "Graz": ("AT", ["Graz", "8020 Graz"], ["8010", "8020"]),
    "Linz": ("AT", ["Linz", "Linz/Donau"], ["4020"]),
    "Salzburg": ("AT", ["Salzburg", "5020 Salzburg"], ["5020"]),
    "Innsbruck": ("AT", ["Innsbruck", "6020 Innsbruck"], ["6020"]),
    # IT
    "Milano": ("IT", ["Milano", "Milan", "Milano (MI)"], ["20121", "20124"]),
    "Roma": ("IT", ["Roma", "Rome", "Roma (RM)"], ["00184", "00185"]),
    "Bologna": ("IT", ["Bologna", "Bologna (BO)"], ["40121", "40126"]),
    "Torino": ("IT", ["Torino", "Turin"], ["10121", "10128"]),
    "Napoli": ("IT", ["Napoli", "Naples"], ["80133", "80142"]),
    # ES
    "Madrid": ("ES", ["Madrid", "Madrid centro"], ["28004", "28013"]),
    "Barcelona": ("ES", ["Barcelona", "Barcelona (BCN)"], ["08001", "08015"]),
    "Valencia": ("ES", ["Valencia", "València"], ["46001", "46004"]),
    "Sevilla": ("ES", ["Sevilla", "Seville"], ["41001", "41004"]),
    "Málaga": ("ES", ["Málaga", "Malaga"], ["29001", "29002"]),
    # GB
    "London": ("GB", ["London", "Central London", "London W1"], ["E1 6AN", "W1D 3QF", "SE1 7PB"]),
    "Manchester": ("GB", ["Manchester", "Manchester City Centre"], ["M1 1AE", "M4 5JD"]),
    "Birmingham": ("GB", ["Birmingham", "B'ham"], ["B5 4BU", "B1 1HQ"]),
    "Leeds": ("GB", ["Leeds", "Leeds LS1"], ["LS1 4DY", "LS2 7EY"]),
    "Glasgow": ("GB", ["Glasgow", "Glasgow G1"], ["G1 1XQ", "G2 4JR"]),
    # RO
    "Bucureşti": ("RO", ["Bucureşti", "București", "Bucuresti", "Bucharest", "Sector 3, București"], ["030167", "011011"]),
    "Constanţa": ("RO", ["Constanţa", "Constanța", "Constanta"], ["900178"]),
    "Iaşi": ("RO", ["Iaşi", "Iași", "Iasi"], ["700259"]),
    "Timişoara": ("RO", ["Timişoara", "Timișoara", "Timisoara"], ["300011"]),
    "Cluj-Napoca": ("RO", ["Cluj-Napoca", "Cluj"], ["400001"]),
    # BG
    "Sofia": ("BG", ["Sofia", "София", "гр. София"], ["1000"]),
    "Varna": ("BG", ["Varna", "Варна", "гр. Варна"], ["9000"]),
    "Plovdiv": ("BG", ["Plovdiv", "Пловдив"], ["4000"]),
    "Burgas": ("BG", ["Burgas", "Бургас"], ["8000"]),
    # PL
    "Warszawa": ("PL", ["Warszawa", "Warsaw", "Warszawa, Mokotów"], ["00-001", "02-495"]),
    "Kraków": ("PL", ["Kraków", "Krakow", "Kraków, Podgórze"], ["30-001", "31-154"]),
    "Wrocław": ("PL", ["Wrocław", "Wroclaw"], ["50-001"]),
    "Gdańsk": ("PL", ["Gdańsk", "Gdansk"], ["80-001"]),
    "Poznań": ("PL", ["Poznań", "Poznan"], ["60-001"]),
    # UA
    "Kyiv": ("UA", ["Київ", "Kyiv", "Киев", "м. Київ"], ["01001"]),
    "Odesa": ("UA", ["Одеса", "Odesa", "Одесса"], ["65000"]),
    "Lviv": ("UA", ["Львів", "Lviv", "Львов"], ["79000"]),
    "Kharkiv": ("UA", ["Харків", "Kharkiv", "Харьков"], ["61000"]),
    "Dnipro": ("UA", ["Дніпро", "Dnipro", "Днепр"], ["49000"]),
    # MD
    "Chişinău": ("MD", ["Chişinău", "Chișinău", "Chisinau", "Кишинёв"], ["MD-2001"]),
    "Bălţi": ("MD", ["Bălţi", "Bălți", "Balti"], ["MD-3100"]),
}

# how each language writes a few city names in running text (default: canonical name)
CITY_IN_LANG = {
    "en": {"Köln": "Cologne", "München": "Munich", "Wien": "Vienna", "Genève": "Geneva", "Brussel": "Brussels",
           "Antwerpen": "Antwerp", "Milano": "Milan", "Roma": "Rome", "Den Haag": "The Hague", "Zürich": "Zurich",
           "Bucureşti": "Bucharest", "Warszawa": "Warsaw", "Torino": "Turin", "Napoli": "Naples"},
    "fr": {"Brussel": "Bruxelles", "Antwerpen": "Anvers", "Köln": "Cologne", "München": "Munich", "Wien": "Vienne",
           "Basel": "Bâle", "Gent": "Gand", "Londres": "London", "Bern": "Berne", "Bucureşti": "Bucarest"},
    "nl": {"Liège": "Luik", "Brussel": "Brussel", "Genève": "Genève", "Wien": "Wenen", "Köln": "Keulen",
           "Bucureşti": "Boekarest"},
    "de": {"Genève": "Genf", "Brussel": "Brüssel", "Liège": "Lüttich", "Bucureşti": "Bukarest", "Milano": "Mailand",
           "Roma": "Rom", "Warszawa": "Warschau"},
    "it": {"Wien": "Vienna", "München": "Monaco di Baviera", "Genève": "Ginevra", "Zürich": "Zurigo"},
    "es": {"London": "Londres", "Milano": "Milán", "Roma": "Roma", "Genève": "Ginebra"},
    "ro": {"Wien": "Viena", "München": "München", "Bucureşti": "București", "Constanţa": "Constanța",
           "Iaşi": "Iași", "Timişoara": "Timișoara", "London": "Londra", "Bruxelles": "Bruxelles"},
    "bg": {"Sofia": "София", "Varna": "Варна", "Plovdiv": "Пловдив", "Burgas": "Бургас"},
    "uk": {"Kyiv": "Київ", "Odesa": "Одеса", "Lviv": "Львів", "Kharkiv": "Харків", "Dnipro": "Дніпро"},
    "ru": {"Kyiv": "Киев", "Odesa": "Одесса", "Lviv": "Львов", "Kharkiv": "Харьков", "Dnipro": "Днепр",
           "Chişinău": "Кишинёв", "Sofia": "София", "Varna": "Варна"},
    "pl": {"Warszawa": "Warszawa", "Kraków": "Kraków", "Wien": "Wiedeń", "London": "Londyn", "München": "Monachium"},
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Schillerstraße", "Industriestraße", "Am Markt"],
    "AT": ["Hauptstraße", "Mariahilfer Gasse", "Linzer Straße", "Gürtelgasse", "Kirchengasse"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Rue du Marché", "Dorfstrasse", "Langstrasse"],
    "NL": ["Kerkstraat", "Stationsweg", "Dorpsstraat", "Molenweg", "Havenstraat"],
    "BE": ["Stationsstraat", "Rue de la Gare", "Kerkstraat", "Rue du Moulin", "Chaussée de Gand"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Viale dei Mille"],
    "ES": ["Calle Mayor", "Calle del Sol", "Avenida del Puerto", "Calle de la Luna", "Paseo de la Estación"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Street"],
}

WEST = ["DE", "NL", "BE", "CH", "AT", "IT", "ES", "GB"]
EAST = ["RO", "BG", "PL", "UA", "MD"]


def cities_of(cc):
    return [c for c in CITIES if CITIES[c][0] == cc]


# board id -> site, country, kind, language shares, author given, footer share, path, local time
BOARDS = {
    "nf-de": dict(site="nachtfalter-inserate.de", cc="DE", kind="escort", langs=[("de", .85), ("en", .15)],
                  author=False, footer=.70, path="anzeige", local=True),
    "rb-nl": dict(site="roodlicht-buurtgids.nl", cc="NL", kind="escort", langs=[("nl", .70), ("en", .30)],
                  author=True, footer=.50, path="advertentie", local=True),
    "av-be": dict(site="annonces-velours.be", cc="BE", kind="escort", langs=[("fr", .50), ("nl", .40), ("en", .10)],
                  author=False, footer=.60, path="annonce", local=True),
    "lg-ch": dict(site="lustgarten-inserate.ch", cc="CH", kind="escort", langs=[("de", .60), ("fr", .30), ("en", .10)],
                  author=False, footer=.50, path="inserat", local=True),
    "as-at": dict(site="abendstern-kontakte.at", cc="AT", kind="escort", langs=[("de", .90), ("en", .10)],
                  author=False, footer=.60, path="kontakt", local=True),
    "la-it": dict(site="lucciole-annunci.it", cc="IT", kind="escort", langs=[("it", .90), ("en", .10)],
                  author=False, footer=.50, path="annuncio", local=True),
    "cm-es": dict(site="contactos-mediterraneo.es", cc="ES", kind="escort", langs=[("es", .90), ("en", .10)],
                  author=False, footer=.50, path="anuncio", local=True),
    "vl-uk": dict(site="velvetlounge-listings.co.uk", cc="GB", kind="escort", langs=[("en", 1.0)],
                  author=True, footer=.60, path="listing", local=False),
    "ab-ro": dict(site="anunturi-bazar.ro", cc="RO", kind="classifieds", langs=[("ro", 1.0)],
                  author=True, footer=.40, path="anunt", local=False),
    "op-bg": dict(site="obiavi-pazar.bg", cc="BG", kind="classifieds", langs=[("bg", 1.0)],
                  author=True, footer=.40, path="obiava", local=False),
    "ot-pl": dict(site="ogloszenia-targ.pl", cc="PL", kind="classifieds", langs=[("pl", 1.0)],
                  author=True, footer=.40, path="ogloszenie", local=False),
    "do-ua": dict(site="doshka-oholoshen.ua", cc="UA", kind="classifieds", langs=[("uk", .60), ("ru", .40)],
                  author=True, footer=.40, path="ogoloshennia", local=False),
    "tg": dict(site="tgarchive-mirror.net", cc=None, kind="mirror", langs=[("en", 1.0)],
               author=True, footer=.80, path="c", local=False),
    "bio": dict(site="biolinkpage.eu", cc=None, kind="bio", langs=[("en", 1.0)],
                author=True, footer=.90, path="", local=False),
}

ESCORT_BOARD = {"DE": "nf-de", "NL": "rb-nl", "BE": "av-be", "CH": "lg-ch", "AT": "as-at", "IT": "la-it",
                "ES": "cm-es", "GB": "vl-uk"}
CLASSIFIEDS_BOARD = {"RO": "ab-ro", "BG": "op-bg", "PL": "ot-pl", "UA": "do-ua", "MD": "ab-ro"}
NEIGHBOURS = {"nf-de": ["as-at", "lg-ch"], "as-at": ["nf-de", "lg-ch"], "lg-ch": ["nf-de", "as-at"],
              "rb-nl": ["av-be"], "av-be": ["rb-nl"], "la-it": ["lg-ch"], "cm-es": ["la-it"], "vl-uk": ["rb-nl"]}

# languages an escort-type post may be written in, per Western country (for indeps/agencies)
COUNTRY_LANGS = {"DE": ["de"], "AT": ["de"], "CH": ["de", "fr"], "NL": ["nl"], "BE": ["fr", "nl"],
                 "IT": ["it"], "ES": ["es"], "GB": ["en"], "RO": ["ro"], "BG": ["bg"], "PL": ["pl"],
                 "UA": ["uk", "ru"], "MD": ["ro", "ru"]}

# Telegram aggregator channels (hubs): channel -> (admin handle, kind)
TG_AGGREGATORS = {
    "escort_eu_board": ("eu_board_admin", "escort"),
    "vip_girls_europe_ads": ("vipads_manager", "escort"),
    "lucru_strainatate_anunturi": ("lucru_ads_admin", "jobs"),
    "rabota_za_granicey_ads": ("rabota_ads_bot", "jobs"),
    "praca_zagranica_ogloszenia": ("praca_ogl_admin", "jobs"),
    "bazar_ogoloshennia_chat": ("bazar_chat_admin", "sale"),
}

WORK_NAMES = [
    "Alina", "Bianca", "Ioana", "Andreea", "Denisa", "Roxana", "Larisa", "Daria", "Sonia", "Lara", "Vanessa",
    "Jessy", "Kim", "Mia", "Nina", "Lena", "Sara", "Julia", "Anna", "Maria", "Eva", "Vika", "Nata", "Katya",
    "Oksana", "Yulia", "Dasha", "Masha", "Sasha", "Kasia", "Magda", "Ola", "Zosia", "Gabi", "Mona", "Doina",
    "Cristina", "Mirela", "Elena", "Diana", "Monica", "Raluca", "Silvia", "Petra", "Lucy", "Chloe", "Amber",
    "Jade", "Ruby", "Bella", "Sofia", "Isabella", "Valentina", "Carla", "Lucia", "Paula", "Noemi", "Giulia",
    "Chiara", "Ines", "Camille", "Manon", "Léa", "Emma", "Lisa", "Jasmin", "Leonie", "Melina", "Angel", "Candy",
    "Cherry", "Roxy", "Lola", "Luna", "Stella", "Tina", "Nicole", "Jenny", "Kira", "Milena", "Alexa", "Zara",
    "Nadia", "Simona", "Ramona", "Viki", "Lili", "Dora", "Emilia", "Natasha", "Karina", "Adriana",
]
# popular names: drawn more often, so unrelated actors collide on name+age
POPULAR_NAMES = ["Mia", "Lara", "Bianca", "Alina", "Vanessa", "Nicole", "Sofia", "Anna", "Kira", "Jessy"]

RECRUITER_NAMES = ["Andrei", "Marius", "Florin", "Vlad", "Cosmin", "Ionuț", "Georgi", "Ivan", "Dimitar", "Sasha",
                   "Dima", "Artem", "Oleh", "Maks", "Paweł", "Kamil", "Tomek", "Diana", "Oana", "Lilia", "Sveta",
                   "Marta", "Bogdan", "Nikolay", "Radu", "Denis", "Roman", "Igor"]

HANDLE_WORDS = ["sweet", "angel", "honey", "vip", "luxury", "dream", "kitty", "bunny", "star", "velvet", "candy",
                "baby", "queen", "rose", "lily", "sunny", "happy", "real", "hot", "bella", "dolce", "cherry",
                "model", "xo", "love", "kiss", "diamond", "lux", "moon", "night", "secret", "silk"]
BIZ_WORDS = ["job", "work", "lucru", "rabota", "praca", "career", "hr", "team", "hostess", "club",
             "manager", "boss", "agent", "recruit", "euro", "abroad", "money", "travel", "dance"]

AGENCY_A = ["Velvet", "Diamond", "Golden", "Silk", "Royal", "Elite", "Amour", "Crystal", "Secret", "Luxe",
            "Orchid", "Pearl", "Scarlet", "Noble", "Sapphire", "Ivory", "Opal", "Bijou", "Grace", "Aurora"]
AGENCY_B = ["Escort", "Escorts", "Companions", "Ladies", "Dreams", "Angels", "Models", "Society", "Begleitservice",
            "Agentur", "Affairs", "Company", "Club"]
AGENCY_TLD = {"DE": "de", "NL": "nl", "CH": "ch", "AT": "at", "BE": "be", "GB": "co.uk"}

STUDIO_A = ["Lotus", "Bambus", "Jasmin", "Orchidee", "Zen", "Sakura", "Aroma", "Oase", "Paradise", "Sunrise",
            "Bali", "Kokos", "Palme", "Harmonie", "Siam", "Bamboo", "Mango", "Jade", "Amber", "Golden Hands"]
STUDIO_B = ["Wellness", "Massage", "Spa", "Studio", "Thai Massage", "Wellness Oase", "Relax", "Body & Soul",
            "Massagen", "Day Spa"]
STUDIO_STAFF = ["Nok", "Ploy", "Mali", "Dao", "Kanya", "Lin", "Mei", "Yuki", "Anna", "Maja", "Lena", "Tanja",
                "Olga", "Irina", "Nadia", "Vera", "Sina", "Ramona", "Sabrina", "Jana", "Ewa", "Pim", "Fah", "Noi"]

COMPANY_A = ["Agro", "Green", "Nord", "Fresh", "Care", "Logi", "Harvest", "Euro", "Alpen", "Polder", "Delta",
             "Sun", "Blue", "Kraft", "Vita", "Terra", "Rhein", "Baltic", "Mare", "Linden", "Falk", "Oak", "Tulip",
             "Helios", "Cedar", "Orbit", "Prima", "Vektor"]
COMPANY_B = ["feld", "hof", "fruit", "plus", "trans", "partner", "team", "staff", "work", "personal", "serwis",
             "job", "career", "group", "service", "farm", "pflege", "log", "hotels", "flex"]
LEGAL = {"DE": "GmbH", "NL": "B.V.", "GB": "Ltd", "ES": "S.L.", "IT": "S.r.l.", "AT": "GmbH", "BE": "BV",
         "RO": "S.R.L.", "PL": "Sp. z o.o.", "BG": "ЕООД", "UA": "ТОВ"}
COMPANY_TLD = {"DE": "de", "NL": "nl", "GB": "co.uk", "ES": "es", "IT": "it", "AT": "at", "BE": "be",
               "RO": "ro", "PL": "pl", "BG": "bg", "UA": "ua"}

# invented mail providers (never real ones)
MAIL_PROVIDERS = ["mailnest.example", "posteo-box.example", "inbox-eu.example", "kurier-mail.de",
                  "posta-rapida.example", "webpost.example", "pochta-bystro.example", "szybkapoczta.example",
                  "mailbox24.example", "postvak-online.nl"]

# hubs
SHORTENER = "lnkto.eu"
BIOHOST = "biolinkpage.eu"
BOOKING = "datebook-eu.net"
NGOS = {  # cc -> (ngo domain, language)
    "DE": ("hilfe-freiewege.de", "de"), "AT": ("hilfe-freiewege.at", "de"), "CH": ("ligne-cheminlibre.ch", "fr"),
    "NL": ("meldpunt-vrijeroute.nl", "nl"), "BE": ("cheminlibre-vrijeroute.be", "fr"),
    "IT": ("linea-stradaaperta.it", "it"), "ES": ("linea-caminolibre.es", "es"), "GB": ("saferoute-helpline.co.uk", "en"),
    "RO": ("linia-drumliber.ro", "ro"), "BG": ("svoboden-pat-liniya.bg", "bg"), "PL": ("linia-wolnadroga.pl", "pl"),
    "UA": ("vilnyi-shliakh.ua", "uk"), "MD": ("linia-drumliber.ro", "ro"),
}
