"""Hand-written phrase banks for the selectors-nineteenth set.

Everything here is invented for this set: names, businesses, word pools for domains, handles and
mailboxes, ad lines and decoys. Real names appear only where the set needs them as what they are:
platform and shortener hosts, free-mail providers, public suffixes, and the home pages of real
classified sites and payment services used as decoys (``platform_home``).

Conventions used by write.py:

* ``{name}`` a first name, ``{NAME}`` the same in capitals, ``{city}``/``{CITY}`` the post's city,
  ``{area}`` a generic area of the city in the post's language, ``{biz}`` the business name,
  ``{e}`` an emoji run of the category, ``{price}`` a plain price without dots.
* In decoy templates the decoy text is written between ``⟦`` and ``⟧``; a template may hold more than
  one decoy. Filler lines never contain a dot between two letters or digits, an ``@``, ``www``, ``http``
  or a spelled dot or at word; the generator's self-check enforces it.
* Every bank of two or more entries is split between dev and held-out by a hash of each entry
  (``write.side``); see README.md.
"""

# ---------------------------------------------------------------------------------------------
# Regions, languages, places
# ---------------------------------------------------------------------------------------------

EN_REGIONS = ["US", "CA", "GB", "IE", "AU", "NZ", "ZA"]
EU_REGIONS = ["DE", "AT", "CH", "NL", "BE", "DK", "SE", "NO"]
# Relative weights of the regions inside the English-speaking and the European groups.
REGION_WEIGHTS = {
    "US": 22, "CA": 10, "GB": 17, "IE": 6, "AU": 11, "NZ": 5, "ZA": 7,
    "DE": 14, "AT": 5, "CH": 6, "NL": 10, "BE": 6, "DK": 6, "SE": 7, "NO": 6,
}
LOCAL_LANG = {"DE": "de", "AT": "de", "CH": "de", "NL": "nl", "BE": "nl", "DK": "da", "SE": "sv", "NO": "no"}

CITIES = {
    "US": ["Houston", "Phoenix", "Atlanta", "Las Vegas", "Miami", "Denver", "Seattle", "Chicago", "Dallas",
           "Orlando", "Newark", "Sacramento", "San Diego", "Charlotte", "Tampa", "Nashville"],
    "CA": ["Toronto", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Mississauga", "Halifax"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Liverpool", "Edinburgh",
           "Cardiff", "Newcastle", "Nottingham", "Brighton"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Gold Coast", "Canberra"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Tauranga"],
    "ZA": ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Sandton", "Gqeberha"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Düsseldorf", "Stuttgart", "Leipzig", "Hannover"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "CH": ["Zürich", "Basel", "Bern", "Luzern", "Winterthur", "Lugano"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Breda"],
    "BE": ["Antwerpen", "Gent", "Brugge", "Leuven", "Brussel", "Hasselt"],
    "DK": ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås"],
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Kristiansand"],
}

AREAS = {
    "en": ["the city centre", "downtown", "the airport area", "the north side", "the west end", "the waterfront",
           "the east side", "the business district"],
    "de": ["Zentrum", "Nähe Hauptbahnhof", "Altstadt", "Westend", "Nordstadt", "Südviertel"],
    "nl": ["het centrum", "de buurt van het station", "de oude binnenstad", "Noord", "de zuidkant"],
    "da": ["centrum", "nær banegården", "indre by", "Nordvest", "havnen"],
    "sv": ["centrum", "nära stationen", "gamla stan", "söder", "hamnen"],
    "no": ["sentrum", "nær stasjonen", "gamlebyen", "vestkanten", "havna"],
}

# ---------------------------------------------------------------------------------------------
# Phones: mobile prefixes (national number with trunk prefix where the country has one) whose
# random completions libphonenumber 9.0.43 accepts as valid mobile (or fixed-line-or-mobile for
# NANP and Denmark), and display templates (# = one digit).
# US/Canadian numbers use the fictional 555-01xx exchange.
# ---------------------------------------------------------------------------------------------

PHONES = {
    "US": {"cc": "1", "trunk": "", "areas": ["713", "602", "404", "702", "305", "303", "206", "312", "214", "407",
                                              "973", "916", "619", "704", "832", "480", "678", "725", "786", "720"]},
    "CA": {"cc": "1", "trunk": "", "areas": ["416", "604", "403", "514", "613", "780", "204", "905", "647", "778",
                                              "587", "437", "236", "825"]},
    "GB": {"cc": "44", "trunk": "0", "prefixes": [("074", 11), ("075", 11), ("077", 11), ("078", 11), ("0793", 11),
                                                   ("0795", 11), ("0797", 11)]},
    "IE": {"cc": "353", "trunk": "0", "prefixes": [("083", 10), ("085", 10), ("086", 10), ("087", 10), ("089", 10)]},
    "AU": {"cc": "61", "trunk": "0", "prefixes": [("040", 10), ("041", 10), ("042", 10), ("043", 10), ("046", 10)]},
    "NZ": {"cc": "64", "trunk": "0", "prefixes": [("021", 9), ("021", 10), ("022", 10), ("027", 10)]},
    "ZA": {"cc": "27", "trunk": "0", "prefixes": [("060", 10), ("061", 10), ("062", 10), ("064", 10), ("071", 10),
                                                   ("072", 10), ("073", 10), ("076", 10), ("078", 10), ("079", 10),
                                                   ("081", 10), ("082", 10), ("083", 10), ("084", 10)]},
    "DE": {"cc": "49", "trunk": "0", "prefixes": [("0151", 12), ("0160", 11), ("0162", 11), ("0170", 11),
                                                   ("0171", 11), ("0172", 11), ("0173", 11), ("0174", 11),
                                                   ("0175", 11), ("0176", 12), ("0177", 11), ("0178", 11),
                                                   ("0179", 11)]},
    "AT": {"cc": "43", "trunk": "0", "prefixes": [("0650", 11), ("0660", 11), ("0664", 11), ("0676", 11),
                                                   ("0680", 11), ("0681", 11), ("0688", 11), ("0699", 11),
                                                   ("0664", 12), ("0676", 12)]},
    "CH": {"cc": "41", "trunk": "0", "prefixes": [("075", 10), ("076", 10), ("077", 10), ("078", 10), ("079", 10)]},
    "NL": {"cc": "31", "trunk": "0", "prefixes": [("061", 10), ("062", 10), ("063", 10), ("064", 10), ("065", 10)]},
    "BE": {"cc": "32", "trunk": "0", "prefixes": [("046", 10), ("047", 10), ("048", 10), ("049", 10)]},
    "DK": {"cc": "45", "trunk": "", "prefixes": [("26", 8), ("27", 8), ("28", 8)]},
    "SE": {"cc": "46", "trunk": "0", "prefixes": [("070", 10), ("072", 10), ("073", 10), ("076", 10), ("079", 10)]},
    "NO": {"cc": "47", "trunk": "", "prefixes": [("40", 8), ("41", 8), ("46", 8), ("47", 8), ("48", 8), ("90", 8),
                                                  ("91", 8), ("92", 8), ("93", 8), ("94", 8), ("95", 8), ("97", 8),
                                                  ("98", 8), ("99", 8)]},
}

# Display templates. "nat" and "dotted" apply to the national number (with trunk), "intl" and "intl00"
# to the national significant number; a template is used only when its # count equals the length.
PHONE_FORMATS = {
    "NANP": {"nat": ["(###) ###-####", "###-###-####", "### ### ####", "(###)###-####"],
             "dotted": ["###.###.####"],
             "intl": ["+1 ###-###-####", "+1 (###) ###-####", "+1 ### ### ####", "+1##########"],
             "intl00": ["001 ### ### ####"]},
    "GB": {"nat": ["##### ######", "###########", "##### ### ###"], "dotted": ["#####.###.###"],
           "intl": ["+44 #### ######", "+44 (0)#### ######", "+44##########"], "intl00": ["0044 #### ######"]},
    "IE": {"nat": ["### ### ####", "##########", "### #######"], "dotted": ["###.###.####"],
           "intl": ["+353 ## ### ####", "+353 (0)## ### ####", "+353#########"], "intl00": ["00353 ## #######"]},
    "AU": {"nat": ["#### ### ###", "##########", "####-###-###"], "dotted": ["####.###.###"],
           "intl": ["+61 ### ### ###", "+61 (0)### ### ###", "+61#########"], "intl00": ["0061 ### ### ###"]},
    "NZ": {"nat": ["### ### ###", "### ### ####", "### #######", "###-###-####"], "dotted": ["###.###.####"],
           "intl": ["+64 ## ### ###", "+64 ## ### ####", "+64 ## #######"], "intl00": ["0064 ## ### ####"]},
    "ZA": {"nat": ["### ### ####", "###-###-####", "##########"], "dotted": ["###.###.####"],
           "intl": ["+27 ## ### ####", "+27#########", "+27 (0)## ### ####"], "intl00": ["0027 ## ### ####"]},
    "DE": {"nat": ["#### #######", "####/#######", "####-#######", "#### ########", "####/########"],
           "dotted": [],
           "intl": ["+49 ### #######", "+49 (0)### #######", "+49 ### ########", "+49 (0)### ########"],
           "intl00": ["0049 ### #######", "0049 ### ########"]},
    "AT": {"nat": ["#### #######", "####/#######", "#### ########"], "dotted": [],
           "intl": ["+43 ### #######", "+43 (0)### #######", "+43 ### ########"],
           "intl00": ["0043 ### #######", "0043 ### ########"]},
    "CH": {"nat": ["### ### ## ##", "##########", "###/### ## ##"], "dotted": ["###.###.##.##"],
           "intl": ["+41 ## ### ## ##", "+41 (0)## ### ## ##", "+41#########"], "intl00": ["0041 ## ### ## ##"]},
    "NL": {"nat": ["## ########", "##-########", "## ## ## ## ##"], "dotted": [],
           "intl": ["+31 # ########", "+31 (0)# ########", "+31 # ## ## ## ##"], "intl00": ["0031 # ########"]},
    "BE": {"nat": ["#### ## ## ##", "####/## ## ##", "#### ######"], "dotted": ["####/##.##.##", "####.##.##.##"],
           "intl": ["+32 ### ## ## ##", "+32 (0)### ## ## ##", "+32#########"], "intl00": ["0032 ### ## ## ##"]},
    "DK": {"nat": ["## ## ## ##", "########", "#### ####"], "dotted": ["##.##.##.##"],
           "intl": ["+45 ## ## ## ##", "+45########", "+45 #### ####"], "intl00": ["0045 ## ## ## ##"]},
    "SE": {"nat": ["###-### ## ##", "### ### ## ##", "###-#######"], "dotted": [],
           "intl": ["+46 ## ### ## ##", "+46 (0)## ### ## ##", "+46#########"], "intl00": ["0046 ## ### ## ##"]},
    "NO": {"nat": ["### ## ###", "## ## ## ##", "########"], "dotted": ["##.##.##.##"],
           "intl": ["+47 ### ## ###", "+47 ## ## ## ##", "+47########"], "intl00": ["0047 ### ## ###"]},
}

# Glued telephone abbreviations (hard negative kind tel_abbrev_glued): the abbreviation is the decoy,
# the number after it is a phone.
TEL_ABBREV = {
    "en": ["Tel.", "Ph.", "Mob.", "Cell."],
    "de": ["Tel.", "Mobil.", "Tel.Nr."],
    "nl": ["Tel.", "Mob.", "Tel.nr."],
    "da": ["Tlf.", "Mob.", "Tlf.nr."],
    "sv": ["Tel.", "Mob.", "Tel.nr."],
    "no": ["Tlf.", "Mob.", "Tlf.nr."],
}

# ---------------------------------------------------------------------------------------------
# People, businesses and word pools (split by hash)
# ---------------------------------------------------------------------------------------------

FIRST_NAMES_EN = [
    "Mia", "Lexi", "Jade", "Chloe", "Amber", "Skye", "Ruby", "Bella", "Kayla", "Tiana", "Destiny", "Aaliyah",
    "Brooke", "Hailey", "Jasmine", "Lola", "Nina", "Sasha", "Roxy", "Kendra", "Aria", "Layla", "Paige", "Tori",
    "Zara", "Ivy", "Summer", "Sienna", "Macy", "Kiki", "Remi", "Gigi", "Cleo", "Ember", "Harley", "Nova",
    "Raven", "Scarlett", "Stella", "Willow", "Daisy", "Autumn", "Brielle", "Cassie", "Dakota", "Eden", "Faith",
    "Honey", "Indie", "Jolene", "Keira", "Luna", "Maddie", "Nikki", "Olivia", "Peyton", "Quinn", "Reese",
    "Savannah", "Tessa", "Unity", "Vanessa", "Winter", "Yasmin", "Zoey", "Chantelle", "Thandi", "Lerato",
    "Aroha", "Mackenzie", "Siobhan", "Aoife", "Niamh", "Caitlin", "Shannon", "Kirra", "Tahlia", "Jaylene",
]
FIRST_NAMES_EU = [
    "Lena", "Anja", "Mila", "Sofie", "Emma", "Freya", "Ingrid", "Linnea", "Saga", "Maja", "Nora", "Liv",
    "Astrid", "Femke", "Sanne", "Lotte", "Fleur", "Jana", "Katja", "Leonie", "Svenja", "Ida", "Frida", "Ronja",
    "Elin", "Tuva", "Thea", "Yara", "Noor", "Eva", "Lisa", "Sara", "Nadia", "Alina", "Daria", "Bianca",
    "Larissa", "Valentina", "Carmen", "Luana", "Natalia", "Selma", "Wiebke", "Merle", "Imke", "Fenna", "Isa",
    "Marit", "Sigrid", "Tove", "Kaja", "Malin", "Ebba", "Wilma", "Hedda", "Silje", "Mette", "Signe", "Karla",
    "Romy", "Zoe", "Amira", "Jolien", "Elke", "Nele", "Lien", "Ilse", "Britt", "Vera", "Greta", "Johanna",
]
SURNAMES = [
    "carter", "hughes", "walsh", "murphy", "byrne", "nguyen", "botha", "naidoo", "dlamini", "mueller",
    "schneider", "huber", "gruber", "keller", "devries", "jansen", "peeters", "maes", "jensen", "nielsen",
    "lindqvist", "berg", "hansen", "johansen", "dahl", "oconnor", "kelly", "wilson", "taylor", "brown",
    "morgan", "reid", "fraser", "patel", "singh", "khumalo", "vanwyk", "fischer", "wagner", "bauer",
    "meier", "brunner", "visser", "bakker", "smit", "claes", "willems", "larsen", "pedersen", "holm",
    "lund", "strand", "nilsson", "karlsson", "eriksen", "haugen", "moen", "bergstrom", "sandberg", "vogel",
]

ESCORT_WORDS = ["vip", "companion", "luxe", "xo", "dreams", "secrets", "diary", "desire", "angel", "kisses",
                "elite", "private", "official", "amour", "muse", "velvet", "bliss", "darling", "glam", "exclusive",
                "allure", "charm", "temptation", "rendezvous", "escapade", "affair"]
SPA_WORDS = ["lotus", "jade", "orchid", "bamboo", "zen", "harmony", "serenity", "lavender", "jasmine", "sakura",
             "goldenhand", "bluelagoon", "silktouch", "riverstone", "moonlight", "coconut", "palmtree", "siam",
             "bali", "ocean", "redlantern", "tranquil", "whitelily", "happyfeet", "spring", "sunrise"]
SPA_KINDS = {
    "en": ["spa", "massage", "bodywork", "wellness", "dayspa", "thaimassage", "bodyrub"],
    "de": ["massage", "wellness", "thaimassage", "massagestudio", "oase"],
    "nl": ["massage", "wellness", "massagesalon", "ontspanning", "thaimassage"],
    "da": ["massage", "wellness", "thaimassage", "massageklinik"],
    "sv": ["massage", "thaimassage", "friskvard", "halsa"],
    "no": ["massasje", "thaimassasje", "velvaere", "helse"],
}
AGENCY_WORDS = ["northstar", "meridian", "silverline", "bluewave", "evergreen", "pinnacle", "horizon", "atlas",
                "compass", "summit", "harbour", "keystone", "lighthouse", "crescent", "apex", "globe", "unity",
                "beacon", "vantage", "crown", "falcon", "aurora", "sterling", "emerald", "cobalt", "zenith"]
JOB_KINDS = {
    "en": ["staffing", "recruitment", "talent", "careers", "jobs", "models", "hostessjobs", "aupair", "events",
           "hiring"],
    "de": ["personal", "jobs", "karriere", "models", "aupair", "hostessen"],
    "nl": ["werving", "vacatures", "uitzendbureau", "models", "aupair"],
    "da": ["vikar", "job", "rekruttering", "models", "aupair"],
    "sv": ["bemanning", "jobb", "rekrytering", "models"],
    "no": ["bemanning", "jobb", "rekruttering", "models"],
}
PLACE_WORDS = ["oakfield", "riverside", "parkview", "elmwood", "brookside", "hillcrest", "lakeside", "maplecourt",
               "rosewood", "sunnyside", "westgate", "kingsley", "ashford", "birchwood", "clearwater", "greenhill",
               "harborview", "millbrook", "stonebridge", "willowbank", "foxglove", "heather", "linden", "thornbury"]
RENT_KINDS = {
    "en": ["lettings", "rentals", "homes", "property", "apartments"],
    "de": ["wohnen", "immobilien", "vermietung"],
    "nl": ["verhuur", "wonen", "makelaardij"],
    "da": ["bolig", "udlejning", "ejendomme"],
    "sv": ["bostad", "uthyrning", "fastigheter"],
    "no": ["bolig", "utleie", "eiendom"],
}
CLASS_KINDS = {
    "en": ["furniture", "bikes", "tutoring", "vintage", "secondhand", "petcare"],
    "de": ["moebel", "fahrrad", "nachhilfe", "flohmarkt"],
    "nl": ["meubels", "fietsen", "bijles", "tweedehands"],
    "da": ["moebler", "cykler", "lektiehjaelp", "genbrug"],
    "sv": ["mobler", "cyklar", "laxhjalp", "loppis"],
    "no": ["mobler", "sykler", "leksehjelp", "bruktmarked"],
}
CAM_WORDS = ["cams", "live", "xoxo", "fanpage", "vipclub", "exclusive", "premium", "babe", "content", "uncut",
             "afterdark", "private"]
SUGAR_WORDS = ["sugarbabe", "sugar", "spoilme", "arrangement", "mentor", "darling", "sweetdeal", "pamper"]
HANDLE_WORDS = ["xo", "babe", "baby", "doll", "kitty", "honey", "rose", "peach", "angel", "vip", "official",
                "sweet", "luv", "bby", "x", "xx", "love", "dreams", "cutie", "real"]
BIZ_TITLE = {
    "spa": ["Spa", "Massage", "Day Spa", "Thai Massage", "Wellness", "Bodywork"],
    "agency": ["Talent", "Staffing", "Models", "Events", "Recruitment", "Careers"],
}

# ---------------------------------------------------------------------------------------------
# Hosts and suffixes (shared by both splits)
# ---------------------------------------------------------------------------------------------

NATIONAL_SUFFIXES = {
    "US": ["us"], "CA": ["ca"], "GB": ["co.uk", "co.uk", "uk"], "IE": ["ie"], "AU": ["com.au", "com.au", "au"],
    "NZ": ["co.nz", "co.nz", "nz"], "ZA": ["co.za"], "DE": ["de"], "AT": ["at"], "CH": ["ch"], "NL": ["nl"],
    "BE": ["be"], "DK": ["dk"], "SE": ["se"], "NO": ["no"],
}
GENERIC_SUFFIXES = ["com"] * 9 + ["net", "net", "org", "eu", "io", "me", "xyz", "online", "site", "club", "vip",
                                  "live", "pro", "agency", "info", "biz"]
SEX_SUFFIXES = ["xxx", "sexy", "vip", "club", "live", "me"]
# Two-label public suffixes that occur in the set (for the registrable domain).
MULTI_SUFFIXES = ["co.uk", "org.uk", "com.au", "net.au", "co.nz", "co.za", "org.za"]
# Hosts that give each user a subdomain: the user's subdomain is kept in the label.
USER_SITE_HOSTS = ["carrd.co"]

LINK_IN_BIO = ["linktr.ee", "beacons.ai", "allmylinks.com", "lnk.bio", "bio.link"]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "rebrand.ly", "cutt.ly", "shorturl.at"]
TRACKERS = ["utm_source", "utm_medium", "utm_campaign", "utm_content", "fbclid", "gclid", "igshid", "igsh",
            "ttclid"]
TRACKER_VALUES = {"utm_source": ["ig", "instagram", "tiktok", "facebook", "newsletter", "linktree", "google"],
                  "utm_medium": ["bio", "social", "cpc", "email", "story"],
                  "utm_campaign": ["summer", "newgirls", "launch", "jobs2025", "tour", "spring"],
                  "utm_content": ["link1", "header", "button", "post"]}

FREEMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"],
    "CA": ["gmail.com", "yahoo.ca", "outlook.com", "hotmail.com", "icloud.com"],
    "GB": ["hotmail.co.uk", "yahoo.co.uk", "outlook.com", "gmail.com", "btinternet.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.com"],
    "AU": ["yahoo.com.au", "bigpond.com", "gmail.com", "hotmail.com", "outlook.com"],
    "NZ": ["xtra.co.nz", "gmail.com", "hotmail.com", "outlook.com"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com", "chello.at"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch"],
    "NL": ["ziggo.nl", "hotmail.nl", "gmail.com", "kpnmail.nl", "live.nl"],
    "BE": ["telenet.be", "skynet.be", "hotmail.be", "gmail.com"],
    "DK": ["live.dk", "hotmail.dk", "gmail.com", "outlook.dk", "mail.dk"],
    "SE": ["hotmail.se", "gmail.com", "telia.com", "live.se", "outlook.com"],
    "NO": ["online.no", "gmail.com", "hotmail.no", "outlook.com"],
}
PRIVATE_MAIL = ["protonmail.com", "proton.me", "tutanota.com"]
ROLE_MAILBOXES = {
    "en": {"sex": ["bookings", "info", "hello", "vip", "appointments", "diary"],
           "mas": ["bookings", "info", "reception", "hello", "spa"],
           "job": ["jobs", "careers", "hr", "casting", "apply", "recruitment"],
           "ren": ["lettings", "info", "rentals", "office", "viewings"],
           "cla": ["info", "hello", "shop", "sales"]},
    "de": {"sex": ["termine", "info", "kontakt", "privat"], "mas": ["termine", "info", "kontakt", "empfang"],
           "job": ["bewerbung", "jobs", "karriere", "personal"], "ren": ["vermietung", "info", "buero"],
           "cla": ["info", "kontakt", "verkauf"]},
    "nl": {"sex": ["afspraak", "info", "contact"], "mas": ["afspraak", "info", "receptie"],
           "job": ["vacatures", "sollicitatie", "werk"], "ren": ["verhuur", "info", "contact"],
           "cla": ["info", "verkoop"]},
    "da": {"sex": ["booking", "info", "kontakt"], "mas": ["booking", "info"], "job": ["job", "ansoegning", "hr"],
           "ren": ["udlejning", "info"], "cla": ["info", "salg"]},
    "sv": {"sex": ["bokning", "info", "kontakt"], "mas": ["bokning", "info"], "job": ["jobb", "ansokan", "rekrytering"],
           "ren": ["uthyrning", "info"], "cla": ["info", "salj"]},
    "no": {"sex": ["booking", "info", "kontakt"], "mas": ["booking", "info"], "job": ["jobb", "soknad", "rekruttering"],
           "ren": ["utleie", "info"], "cla": ["info", "salg"]},
}

SPELLED_DOT = {"en": ["dot", "DOT", "Dot"], "de": ["punkt", "Punkt", "PUNKT"], "nl": ["punt", "Punt", "PUNT"],
               "da": ["punktum", "prik", "Punktum"], "sv": ["punkt", "Punkt"], "no": ["punktum", "punkt", "Punktum"]}
BRACKET_DOTS = ["(dot)", "[dot]", "[.]", "(.)", "{dot}", "(DOT)", "[punkt]", "(punkt)", "(punt)"]
AT_WORDS = {"en": ["at", "AT"], "de": ["ät", "Klammeraffe"], "nl": ["apenstaartje"], "da": ["snabel-a"],
            "sv": ["snabel-a"], "no": ["krøllalfa"]}
BRACKET_ATS = ["(at)", "[at]", "{at}", "(AT)", "[AT]", "<at>"]
ENTITY_ATS = ["&#64;", "&#x40;", "&commat;"]

# Emoji runs per category group (decoration only).
EMOJI = {
    "sex": ["💋", "🔥", "✨", "💦", "😘", "😈", "💕", "🍑", "👅", "💎"],
    "mas": ["💆", "🌸", "✨", "🌿", "🧖", "💮", "🪷"],
    "job": ["💰", "✈️", "🌍", "⭐", "✅", "📢"],
    "ren": ["🏠", "🔑", "✨", "🛋️"],
    "cla": ["✅", "📦", "⭐", "👍"],
}
GLUE_EMOJI = ["💋", "🔥", "✨", "💕", "😘", "👈", "👇", "💦", "🌸", "⭐", "😈"]

# Separators between lines of a flattened post.
LAYOUTS = ["lines", "lines", "br", "br_nl", "pipes", "bullets", "bullet_entity", "bullet_escape", "emoji",
           "double_space"]

# ---------------------------------------------------------------------------------------------
# Paths (split by hash)
# ---------------------------------------------------------------------------------------------

PATHS = {
    "en": {"sex": ["rates", "gallery/{n}", "about-me", "booking", "book", "photos", "tour-dates", "contact",
                   "faq", "reviews", "{n}/gallery", "verify", "rates-and-services", "bio"],
           "mas": ["menu", "prices", "book-online", "our-team", "specials", "gift-vouchers", "treatments",
                   "opening-hours"],
           "job": ["jobs/{role}", "apply", "vacancies/{num}", "careers/{role}", "job/{num}", "positions",
                   "apply-now", "openings/{role}"],
           "ren": ["listing/{num}", "rooms/{num}", "property/{num}", "to-let", "apartments/{num}"],
           "cla": ["shop", "item/{num}", "for-sale", "lessons", "gallery"]},
    "de": {"sex": ["preise", "galerie/{n}", "ueber-mich", "termine", "kontakt", "bilder"],
           "mas": ["preise", "angebote", "termin-buchen", "team", "gutscheine"],
           "job": ["stellen/{role}", "bewerbung", "jobs/{num}", "karriere"],
           "ren": ["wohnung/{num}", "expose/{num}", "angebote"],
           "cla": ["angebote", "artikel/{num}"]},
    "nl": {"sex": ["tarieven", "galerij/{n}", "over-mij", "afspraak", "fotos"],
           "mas": ["prijzen", "behandelingen", "afspraak-maken", "cadeaubon"],
           "job": ["vacatures/{role}", "solliciteren", "vacature/{num}"],
           "ren": ["woning/{num}", "aanbod", "kamer/{num}"],
           "cla": ["aanbod", "artikel/{num}"]},
    "da": {"sex": ["priser", "galleri/{n}", "om-mig", "booking"],
           "mas": ["priser", "behandlinger", "book-tid"],
           "job": ["job/{role}", "ansoeg", "stilling/{num}"],
           "ren": ["bolig/{num}", "ledige-boliger"],
           "cla": ["til-salg", "vare/{num}"]},
    "sv": {"sex": ["priser", "galleri/{n}", "om-mig", "boka"],
           "mas": ["priser", "behandlingar", "boka-tid"],
           "job": ["jobb/{role}", "ansok", "tjanst/{num}"],
           "ren": ["bostad/{num}", "lediga"],
           "cla": ["till-salu", "annons/{num}"]},
    "no": {"sex": ["priser", "galleri/{n}", "om-meg", "bestill"],
           "mas": ["priser", "behandlinger", "bestill-time"],
           "job": ["stilling/{role}", "sok", "jobb/{num}"],
           "ren": ["bolig/{num}", "ledige"],
           "cla": ["til-salgs", "annonse/{num}"]},
}
ROLES = ["hostess", "aupair", "model", "waitress", "receptionist", "nanny", "dancer", "promoter", "housekeeping",
         "bartender", "spa-therapist", "cleaner", "barista", "chambermaid"]
FILE_PATHS = {"sex": ["rates.html", "index.php", "gallery.html"], "mas": ["menu.html", "index.php"],
              "job": ["jobs.php", "index.php", "apply.html"], "ren": ["listing.php", "index.php"],
              "cla": ["index.php", "listing.php"]}
OWN_PARAMS = {"sex": ["id", "girl", "model", "lang", "city", "page", "date"],
              "mas": ["id", "service", "lang", "room", "page", "therapist"],
              "job": ["id", "job", "lang", "city", "ref_id", "page", "position"],
              "ren": ["id", "listing", "rooms", "city", "page"],
              "cla": ["id", "item", "cat", "page"]}
SUBDOMAINS = {"sex": ["m", "book", "en", "gallery", "vip", "{n}"],
              "mas": ["m", "book", "booking", "en", "shop"],
              "job": ["careers", "jobs", "apply", "m", "en", "karriere"],
              "ren": ["m", "listings", "en", "portal"],
              "cla": ["m", "shop", "en"]}
FRAGMENTS = ["prices", "rates", "contact", "gallery", "top", "book", "apply", "photos", "details", "map"]

# ---------------------------------------------------------------------------------------------
# Ad text (split by hash). Categories: escort, massage, sugar, webcam, jobs, rental, classifieds.
# ---------------------------------------------------------------------------------------------

TITLES = {
    ("escort", "en"): [
        "{e} {NAME} {e} NEW IN {CITY} {e}", "Sweet {name} ✨ upscale companion in {city}",
        "{NAME} 💋 INCALL / OUTCALL 💋", "Hey gents, {name} here {e}", "Petite blonde {name} visiting {city} this week",
        "{e}{e} Exotic beauty {name} {e}{e}", "GFE with {name} {e} available now", "Luxury companion {name} | {city}",
        "{NAME} BACK IN {CITY}!! {e}", "Busty brunette {name} ~ {area}", "Ur new favourite girl {name} {e}",
        "{name} xo ~ classy & discreet ~ {city}", "LAST NIGHT IN {CITY} {e} {NAME}", "Independent {name} 💎 {city}",
        "Curvy Latina {name} {e} {area}", "{NAME} {e} SPECIAL TODAY ONLY", "Elegant {name}, your private escape",
    ],
    ("escort", "de"): [
        "{e} {NAME} {e} NEU IN {CITY}", "Süße {name} – privat und diskret in {city}", "{NAME} 💋 Haus- und Hotelbesuche",
        "Heiße {name} wartet auf dich {e}", "Neu! {name} nur kurz in {city}", "Sexy {name} ✨ Termine ab sofort",
        "Zärtliche {name} verwöhnt dich {e}", "{NAME} {e} NUR DIESE WOCHE",
    ],
    ("escort", "nl"): [
        "{e} {NAME} {e} NIEUW IN {CITY}", "Lieve {name} ontvangt in {city}", "{NAME} 💋 privé en discreet",
        "Sexy {name} ✨ ook escort", "Nieuw! {name} maar kort in {city}", "Verwenmeid {name} {e}",
    ],
    ("escort", "da"): [
        "{e} {NAME} {e} NY I {CITY}", "Søde {name} i {city}", "{NAME} 💋 diskret og privat",
        "Ny pige {name} ✨ kun kort tid", "Lækre {name} venter på dig {e}",
    ],
    ("escort", "sv"): [
        "{e} {NAME} {e} NY I {CITY}", "Söta {name} i {city}", "{NAME} 💋 diskret och privat",
        "Ny tjej {name} ✨ bara en kort tid", "Het {name} väntar på dig {e}",
    ],
    ("escort", "no"): [
        "{e} {NAME} {e} NY I {CITY}", "Søte {name} i {city}", "{NAME} 💋 diskret og privat",
        "Ny jente {name} ✨ kun kort tid", "Deilige {name} venter på deg {e}",
    ],
    ("massage", "en"): [
        "{biz} – Asian massage & body rub in {area}", "NEW STAFF at {biz} {e}", "Relaxing full body massage {city}",
        "{biz} 💆 open 7 days", "Body rub by {name} {e} {area}", "Grand opening! {biz} {city}",
        "Deep tissue & hot stone at {biz}", "{e} {biz} {e} best massage in {city}", "Late night body rub {e} {area}",
    ],
    ("massage", "de"): [
        "Thai-Massage und Wellness {biz}", "Neue Masseurinnen bei {biz} {e}", "Entspannende Ganzkörpermassage in {city}",
        "{biz} 💆 täglich geöffnet", "Massage bei {name} {e} {area}",
    ],
    ("massage", "nl"): [
        "Thaise massage {biz} in {city}", "Nieuwe masseuses bij {biz} {e}", "Ontspannende massage in {city}",
        "{biz} 💆 elke dag open",
    ],
    ("massage", "da"): [
        "Thai massage {biz} i {city}", "Nye massøser hos {biz} {e}", "Afslappende massage i {city}",
        "{biz} 💆 åbent alle dage",
    ],
    ("massage", "sv"): [
        "Thaimassage {biz} i {city}", "Nya massöser hos {biz} {e}", "Avslappnande massage i {city}",
        "{biz} 💆 öppet alla dagar",
    ],
    ("massage", "no"): [
        "Thaimassasje {biz} i {city}", "Nye massører hos {biz} {e}", "Avslappende massasje i {city}",
        "{biz} 💆 åpent alle dager",
    ],
    ("sugar", "en"): [
        "Generous gent seeking sugar baby in {city}", "Sugar baby {name} looking for a mentor {e}",
        "Mutually beneficial arrangement ~ {city}", "SD wanted 💸 {name}", "Spoil me daddy {e}",
        "Allowance based arrangement, {city}", "Student seeks generous gentleman {e}", "{name} 💕 SB looking for SD",
    ],
    ("sugar", "de"): [
        "Großzügiger Gentleman sucht Sugarbabe in {city}", "Sugarbabe {name} sucht Mentor {e}",
        "Diskretes Arrangement in {city}",
    ],
    ("sugar", "nl"): [
        "Gulle heer zoekt sugarbaby in {city}", "Sugarbaby {name} zoekt mentor {e}", "Discreet arrangement in {city}",
    ],
    ("webcam", "en"): [
        "{name} 🔥 new content every day", "Subscribe to my page 😈 {name}", "Custom vids & live cam shows {e}",
        "{NAME} FREE TRIAL THIS WEEK", "Cam girl {name} online tonight {e}", "50% off my VIP page 💦",
        "{name} 💦 spicy content creator", "Your favourite e-girl {name} {e}",
    ],
    ("webcam", "de"): [
        "{name} 🔥 jeden Tag neue Videos", "Livecam mit {name} heute Abend {e}", "{NAME} GRATIS TESTZUGANG",
    ],
    ("webcam", "nl"): [
        "{name} 🔥 elke dag nieuwe content", "Live cam met {name} vanavond {e}", "{NAME} GRATIS PROEF",
    ],
    ("webcam", "sv"): ["{name} 🔥 nytt innehåll varje dag", "Livecam med {name} i kväll {e}"],
    ("webcam", "da"): ["{name} 🔥 nyt indhold hver dag", "Livecam med {name} i aften {e}"],
    ("webcam", "no"): ["{name} 🔥 nytt innhold hver dag", "Livecam med {name} i kveld {e}"],
    ("jobs", "en"): [
        "Hostesses wanted for VIP events in Dubai – all expenses paid", "Au pair needed for family in Munich",
        "Models wanted 💰 earn up to 5000 a week", "Hiring: spa receptionist in {area}", "Promo girls needed this weekend",
        "Work abroad: hotel staff for Zurich", "Nanny / au pair position – Amsterdam", "Hiring girls 💰 2000 a week",
        "Bar staff needed, {city}", "Dancers wanted for club in Oslo", "Modelling agency casting in {city}",
        "Cleaners wanted for hotels in Norway", "Waitresses for summer season in Mallorca {e}",
        "Massage therapists wanted – visa sponsored", "URGENT: housekeeping staff, start Monday",
        "Receptionist (full time) – {biz}", "Event hostesses for Formula 1 weekend {e}",
    ],
    ("jobs", "de"): [
        "Hostessen gesucht für Messe in {city}", "Au-pair für Familie in Zürich gesucht",
        "Models gesucht 💰 bis zu 4000 Euro im Monat", "Servicekraft (m/w/d) in {area} gesucht",
        "Arbeit im Ausland: Hotelpersonal für Norwegen", "Tänzerinnen gesucht {e}", "Promoterinnen fürs Wochenende gesucht",
        "Rezeptionistin (Vollzeit) bei {biz}",
    ],
    ("jobs", "nl"): [
        "Hostesses gezocht voor evenementen in Dubai", "Au pair gezocht voor gezin in {city}", "Modellen gezocht 💰",
        "Bediening gezocht in {city}", "Werken in het buitenland: hotelpersoneel", "Receptioniste gezocht bij {biz}",
    ],
    ("jobs", "da"): [
        "Værtinder søges til events i Dubai", "Au pair søges til familie i {city}", "Modeller søges 💰",
        "Tjener søges i {city}", "Job i udlandet: hotelpersonale",
    ],
    ("jobs", "sv"): [
        "Värdinnor sökes till event i Dubai", "Au pair sökes till familj i {city}", "Modeller sökes 💰",
        "Servitör sökes i {city}", "Jobb utomlands: hotellpersonal",
    ],
    ("jobs", "no"): [
        "Vertinner søkes til eventer i Dubai", "Au pair søkes til familie i {city}", "Modeller søkes 💰",
        "Servitør søkes i {city}", "Jobb i utlandet: hotellpersonale",
    ],
    ("rental", "en"): [
        "Room for rent in {area}, bills included", "Bright 2 bed flat near {area}", "Studio apartment available now – {city}",
        "Double room in shared house, {area}", "Furnished 1 bedroom, short let ok", "Granny flat to rent {e}",
        "3 bedroom townhouse for rent, {city}",
    ],
    ("rental", "de"): ["WG-Zimmer in {area} frei", "Helle 2-Zimmer-Wohnung in {city}", "Möbliertes Apartment auf Zeit",
                       "Nachmieter gesucht {e}"],
    ("rental", "nl"): ["Kamer te huur in {city}", "Appartement te huur in {city}", "Studio per direct beschikbaar"],
    ("rental", "da"): ["Værelse til leje i {city}", "Lejlighed til leje i {city}", "Fremleje af 2 værelser"],
    ("rental", "sv"): ["Rum att hyra i {city}", "Lägenhet uthyres i {city}", "Andrahand 2 rok"],
    ("rental", "no"): ["Hybel til leie i {city}", "Leilighet til leie i {city}", "Rom i kollektiv ledig"],
    ("classifieds", "en"): [
        "Solid oak dining table, barely used", "Kids bike for sale, {area}", "Maths tutoring for high school students",
        "Lost cat near {area} – reward", "Moving sale: sofa, desk, lamps", "Wedding dress size 10, never worn",
        "Dog walking and pet sitting in {area}", "Vintage record player, works perfectly",
    ],
    ("classifieds", "de"): ["Esstisch aus Eiche zu verkaufen", "Kinderfahrrad abzugeben", "Nachhilfe in Mathe",
                            "Katze entlaufen in {area}", "Umzugsflohmarkt: Sofa, Regal, Lampen"],
    ("classifieds", "nl"): ["Eettafel te koop", "Kinderfiets te koop", "Bijles wiskunde", "Kat vermist in {area}"],
    ("classifieds", "da"): ["Spisebord sælges", "Børnecykel sælges", "Lektiehjælp i matematik", "Kat bortløbet i {area}"],
    ("classifieds", "sv"): ["Matbord säljes", "Barncykel säljes", "Läxhjälp i matte", "Katt försvunnen i {area}"],
    ("classifieds", "no"): ["Spisebord selges", "Barnesykkel selges", "Leksehjelp i matte", "Katt savnet i {area}"],
}

LINES = {
    ("escort", "en"): [
        "Hi gentlemen, I'm {name}, a sweet and classy girl with a naughty side {e}",
        "Incall in {area} and outcall to hotels", "100% real pics, what u see is what u get",
        "Available 10am till late, short notice ok", "Rates: 30min {price} / 1hr {price2} / overnight ask",
        "Serious gentlemen only, no blocked numbers", "Text me ur name, age and the time u want",
        "I love meeting new people and making u feel relaxed", "Discreet, clean and always on time",
        "Fun GFE, dinner dates and travel companion", "Visiting for a few days only so dont miss out",
        "Hygiene is a must, shower available", "Screening required for first time clients",
        "Deposit needed for outcalls", "Duos available with my gf", "No rush, no clock watching",
        "Please read my whole ad before texting babe", "im very friendly girl, u wont regret",
        "Upscale private apartment, free parking", "CASH ONLY, NO DEPOSITS", "Mature gentlemen preferred",
        "I speak English and a little Spanish", "Sexy lingerie and heels on request {e}",
        "Available for overnights and weekends away", "No explicit texts please, keep it classy",
    ],
    ("escort", "de"): [
        "Hallo ihr Lieben, ich bin {name} und neu in {city}",
        "Besuchbar in meinem Apartment, Haus- und Hotelbesuche möglich", "Echte Bilder, keine Fakes",
        "Termine nur nach Absprache", "Diskretion ist selbstverständlich", "Ich spreche Deutsch und Englisch",
        "Keine unterdrückten Nummern", "Nur für kurze Zeit in der Stadt", "Kuscheln, Massage und viel Zeit für dich",
        "Bitte melde dich mindestens eine Stunde vorher", "Dusche vorhanden, Hygiene ist Pflicht",
        "Rund um die Uhr erreichbar", "Preise am Telefon", "Halbe Stunde {price} Euro, Stunde {price2} Euro",
    ],
    ("escort", "nl"): [
        "Hoi schatjes, ik ben {name}, nieuw in {city}", "Ontvangst in mijn appartement of escort naar hotel",
        "Echte foto's, geen nep", "Alleen op afspraak", "Discretie gegarandeerd", "Geen anonieme nummers",
        "Ik spreek Nederlands en Engels", "Douche aanwezig, hygiëne is belangrijk", "Bel of app voor een afspraak",
        "Tarieven via de telefoon", "Dag en nacht bereikbaar", "Half uur {price} euro, uur {price2} euro",
    ],
    ("escort", "da"): [
        "Hej søde, jeg er {name} og ny i {city}", "Modtager privat, tager også ud på hotel", "Ægte billeder",
        "Kun efter aftale", "Diskretion er en selvfølge", "Ingen skjulte numre", "Jeg taler dansk og engelsk",
        "Bad og rene håndklæder", "Ring eller sms for tid", "Priser over telefonen", "Halv time {price} kr",
    ],
    ("escort", "sv"): [
        "Hej älskling, jag heter {name} och är ny i {city}", "Tar emot privat, besöker även hotell", "Äkta bilder",
        "Endast efter överenskommelse", "Diskretion garanteras", "Inga dolda nummer", "Jag pratar svenska och engelska",
        "Dusch finns", "Ring eller sms för tid", "Priser i telefon", "Halvtimme {price} kr",
    ],
    ("escort", "no"): [
        "Hei kjære, jeg heter {name} og er ny i {city}", "Tar imot privat, kommer også på hotell", "Ekte bilder",
        "Kun etter avtale", "Diskresjon er en selvfølge", "Ingen skjulte nummer", "Jeg snakker norsk og engelsk",
        "Dusj tilgjengelig", "Ring eller send sms for time", "Priser på telefon", "Halvtime {price} kr",
    ],
    ("massage", "en"): [
        "Swedish, deep tissue, hot stone and body rub", "Walk-ins welcome, appointments preferred",
        "Clean private rooms with showers", "Open daily 10am to 10pm", "Friendly staff, relaxing atmosphere",
        "Free parking at the back", "Couples massage available", "Gift vouchers available", "Call reception to book",
        "Our therapists are trained and friendly", "Specials every Tuesday", "Table shower and steam room",
        "New therapists every week", "Cash and card accepted", "Ask about our membership deals",
        "60 min {price} / 90 min {price2}", "Beautiful Asian staff {e}", "Open late Friday and Saturday",
    ],
    ("massage", "de"): [
        "Thai-Massage, Ölmassage, Fußreflexzonen und Kräuterstempel", "Termine auch ohne Voranmeldung",
        "Saubere Räume mit Dusche", "Täglich geöffnet von 10 bis 22 Uhr", "Gutscheine erhältlich",
        "Parkplätze vor dem Haus", "Paarmassage möglich", "Kartenzahlung möglich",
        "Unser freundliches Team freut sich auf Sie", "Ruhige Atmosphäre mitten in {area}", "60 Minuten {price} Euro",
    ],
    ("massage", "nl"): [
        "Thaise massage, olie massage, voetreflex en hot stone", "Binnenlopen mag, afspraak heeft de voorkeur",
        "Schone kamers met douche", "Elke dag open van 10 tot 22 uur", "Cadeaubonnen verkrijgbaar", "Gratis parkeren",
        "Pinnen mogelijk", "Duo massage mogelijk", "60 minuten {price} euro",
    ],
    ("massage", "da"): [
        "Thai massage, olie massage, fodmassage og hot stone", "Drop-in velkommen", "Rene rum med bad",
        "Åbent alle dage 10 til 22", "Gavekort kan købes", "Gratis parkering", "MobilePay og kort", "Parmassage muligt",
        "60 minutter {price} kr",
    ],
    ("massage", "sv"): [
        "Thaimassage, oljemassage, fotmassage och hot stone", "Drop-in välkommen", "Rena rum med dusch",
        "Öppet alla dagar 10 till 22", "Presentkort finns", "Gratis parkering", "Swish och kort", "Parmassage",
        "60 minuter {price} kr",
    ],
    ("massage", "no"): [
        "Thaimassasje, oljemassasje, fotmassasje og hot stone", "Drop-in velkommen", "Rene rom med dusj",
        "Åpent alle dager 10 til 22", "Gavekort selges", "Gratis parkering", "Vipps og kort", "Parmassasje",
        "60 minutter {price} kr",
    ],
    ("sugar", "en"): [
        "Looking for a generous and respectful gentleman", "Allowance discussed privately",
        "I love travel, fine dining and shopping", "Student on a budget, loves good company",
        "Weekly allowance for the right girl", "No meet and greets without a deposit", "Discreet arrangements only",
        "Verification before we meet", "I don't do sessions, only arrangements", "Send a nice message, not just hi",
        "Gifts and trips for the right person", "Must be over 21", "Busy exec, travels a lot, wants company",
        "Monthly allowance negotiable {e}",
    ],
    ("sugar", "de"): [
        "Taschengeld nach Absprache", "Diskrete Treffen", "Reisen und Shopping für die Richtige",
        "Bitte nur ernst gemeinte Nachrichten", "Kein Sofort-Treffen ohne Kennenlernen",
    ],
    ("sugar", "nl"): [
        "Zakgeld in overleg", "Discrete afspraken", "Reizen en shoppen voor de juiste meid",
        "Alleen serieuze berichten", "Eerst kennismaken",
    ],
    ("webcam", "en"): [
        "New content dropping every single day", "Customs, sexting and live shows", "Free trial link below",
        "Bundle deals this week only", "I reply to every DM", "Tip menu on my page", "Live on cam tonight from 9pm",
        "Rate my pics for a discount", "Personal videos with ur name", "Subscribe for full access, no PPV spam",
        "Couples content available", "Verified creator, 18+", "Top 2% creator {e}", "Girl next door vibes {e}",
    ],
    ("webcam", "de"): ["Jeden Tag neuer Content", "Livecam heute Abend ab 21 Uhr", "Individuelle Videos auf Anfrage",
                       "Ich antworte auf jede Nachricht", "Gratis Testzugang diese Woche"],
    ("webcam", "nl"): ["Elke dag nieuwe content", "Vanavond live op cam", "Persoonlijke video's op aanvraag",
                       "Ik reageer op elk bericht", "Gratis proefperiode deze week"],
    ("webcam", "sv"): ["Nytt innehåll varje dag", "Live på kamera i kväll", "Personliga videos på beställning",
                       "Jag svarar på alla meddelanden"],
    ("webcam", "da"): ["Nyt indhold hver dag", "Live på cam i aften", "Personlige videoer efter ønske",
                       "Jeg svarer på alle beskeder"],
    ("webcam", "no"): ["Nytt innhold hver dag", "Live på kamera i kveld", "Personlige videoer på bestilling",
                       "Jeg svarer på alle meldinger"],
    ("jobs", "en"): [
        "Free flights and accommodation provided", "No experience needed, training given",
        "Must be 18 to 25, slim and attractive", "Send 3 recent photos and your age", "Visa arranged by us",
        "Contract 6 months, renewable", "Salary paid weekly in cash", "Interviews this week only, places are limited",
        "Full time position, 38 hours per week", "Valid work permit and references required",
        "Competitive salary plus tips", "Bring your passport to the interview", "We are an equal opportunities employer",
        "Fluent English required, German is a plus", "Job starts Monday", "Accommodation available for the first month",
        "We cover your ticket and deduct it from your first salary", "Apply with your CV and a short cover letter",
        "Girls only, open minded", "Pay up to 5000 EUR per month", "Interview by video call",
        "Friendly international team", "Uniform and meals provided",
    ],
    ("jobs", "de"): [
        "Keine Erfahrung nötig", "Unterkunft und Flug werden bezahlt", "Bewerbung mit Foto", "Vollzeit, 40 Stunden pro Woche",
        "Bezahlung über Tarif", "Gültige Arbeitserlaubnis erforderlich", "Nur Frauen zwischen 18 und 28",
        "Sofortiger Arbeitsbeginn", "Wir übernehmen das Visum", "Deutschkenntnisse von Vorteil",
        "Schick uns deinen Lebenslauf", "Vorstellungsgespräch per Videoanruf",
    ],
    ("jobs", "nl"): [
        "Geen ervaring nodig", "Vlucht en verblijf betaald", "Solliciteer met foto", "Fulltime, 38 uur per week",
        "Goed salaris plus fooi", "Geldige werkvergunning vereist", "Alleen meiden van 18 tot 25", "Direct beginnen",
        "Wij regelen je visum", "Stuur je cv en een korte motivatie",
    ],
    ("jobs", "da"): [
        "Ingen erfaring nødvendig", "Fly og bolig betales", "Send ansøgning med billede", "Fuldtid, 37 timer om ugen",
        "God løn plus drikkepenge", "Gyldig arbejdstilladelse kræves", "Kun piger mellem 18 og 25",
        "Start med det samme", "Vi ordner dit visum", "Send dit CV og en kort ansøgning",
    ],
    ("jobs", "sv"): [
        "Ingen erfarenhet krävs", "Flyg och boende betalas", "Ansök med bild", "Heltid, 40 timmar i veckan",
        "Bra lön plus dricks", "Giltigt arbetstillstånd krävs", "Endast tjejer mellan 18 och 25", "Start direkt",
        "Vi ordnar ditt visum", "Skicka ditt CV och ett personligt brev",
    ],
    ("jobs", "no"): [
        "Ingen erfaring nødvendig", "Fly og bolig betales", "Søk med bilde", "Heltid, 37 timer i uken",
        "God lønn pluss tips", "Gyldig arbeidstillatelse kreves", "Kun jenter mellom 18 og 25",
        "Oppstart med en gang", "Vi ordner visum", "Send CV og en kort søknad",
    ],
    ("rental", "en"): [
        "Rent {price2} per month, bills included", "Available from the 1st", "Close to shops and public transport",
        "No pets, no smokers please", "Deposit one month rent", "Viewing by appointment",
        "Fully furnished with washing machine", "Professional tenants only", "Fast wifi included", "Off street parking",
        "Quiet street, friendly neighbours", "Minimum stay 6 months",
    ],
    ("rental", "de"): ["Warmmiete {price2} Euro", "Frei ab sofort", "Nähe U-Bahn", "Keine Haustiere",
                       "Kaution zwei Monatsmieten", "Besichtigung nach Vereinbarung", "Möbliert mit Waschmaschine"],
    ("rental", "nl"): ["Huur {price2} euro per maand", "Per direct beschikbaar", "Dichtbij openbaar vervoer",
                       "Geen huisdieren", "Borg een maand huur", "Bezichtiging op afspraak"],
    ("rental", "da"): ["Husleje {price2} kr om måneden", "Ledig nu", "Tæt på metro", "Ingen husdyr",
                       "Depositum tre måneders husleje", "Fremvisning efter aftale"],
    ("rental", "sv"): ["Hyra {price2} kr i månaden", "Ledig direkt", "Nära tunnelbanan", "Inga husdjur",
                       "Visning enligt överenskommelse", "Möblerad"],
    ("rental", "no"): ["Leie {price2} kr i måneden", "Ledig nå", "Nær trikken", "Ingen dyr", "Depositum tre måneder",
                       "Visning etter avtale"],
    ("classifieds", "en"): [
        "Good condition, pick up only", "Price is firm", "Cash on collection", "Can deliver locally for a small fee",
        "Message me for more photos", "First come first served", "Reward for any information",
        "Reasonable offers considered", "From a smoke free home", "Asking {price}",
    ],
    ("classifieds", "de"): ["Guter Zustand, nur Abholung", "Festpreis", "Barzahlung bei Abholung", "Versand möglich",
                            "Tierfreier Nichtraucherhaushalt", "Preis {price} Euro"],
    ("classifieds", "nl"): ["Goede staat, ophalen", "Vaste prijs", "Contant bij ophalen", "Verzenden kan",
                            "Prijs {price} euro"],
    ("classifieds", "da"): ["God stand, skal afhentes", "Fast pris", "Kontant ved afhentning", "Kan sendes",
                            "Pris {price} kr"],
    ("classifieds", "sv"): ["Bra skick, hämtas", "Fast pris", "Kontant vid hämtning", "Kan skickas", "Pris {price} kr"],
    ("classifieds", "no"): ["God stand, må hentes", "Fast pris", "Kontant ved henting", "Kan sendes", "Pris {price} kr"],
}

CLOSINGS = {
    "sex_en": ["xoxo {name}", "see u soon {e}", "Kisses, {name}", "Thank u for reading", "Don't be shy {e}",
               "Can't wait to meet u", "Love, {name} {e}"],
    "sex_de": ["Bis bald, deine {name} {e}", "Küsschen {e}", "Ich freu mich auf dich", "Liebe Grüße, {name}"],
    "sex_nl": ["Tot snel, {name} {e}", "Kusjes {e}", "Liefs, {name}"],
    "sex_da": ["Kys {name} {e}", "Vi ses {e}", "Kærlig hilsen {name}"],
    "sex_sv": ["Puss {name} {e}", "Vi ses snart {e}", "Kram {name}"],
    "sex_no": ["Klem {name} {e}", "Sees snart {e}", "Hilsen {name}"],
    "mas_en": ["See you soon at {biz}", "Treat yourself today {e}", "Thank you for choosing {biz}"],
    "mas_de": ["Wir freuen uns auf Ihren Besuch", "Ihr Team von {biz}"],
    "mas_nl": ["Tot ziens bij {biz}", "Team {biz}"],
    "mas_da": ["Vi glæder os til at se dig", "Venlig hilsen {biz}"],
    "mas_sv": ["Välkommen till {biz}", "Hälsningar {biz}"],
    "mas_no": ["Velkommen til {biz}", "Hilsen {biz}"],
    "job_en": ["Apply now!", "Don't miss this chance", "Good luck", "We look forward to your application"],
    "job_de": ["Wir freuen uns auf deine Bewerbung", "Jetzt bewerben!", "Viel Erfolg"],
    "job_nl": ["Solliciteer nu!", "Tot snel", "Succes"],
    "job_da": ["Søg nu!", "Vi glæder os til at høre fra dig"],
    "job_sv": ["Sök nu!", "Vi ser fram emot din ansökan"],
    "job_no": ["Søk nå!", "Vi gleder oss til å høre fra deg"],
    "ren_en": ["Serious enquiries only", "Thanks for looking", "Won't last long"],
    "ren_de": ["Nur ernst gemeinte Anfragen", "Danke fürs Lesen"],
    "ren_nl": ["Alleen serieuze reacties", "Bedankt voor het kijken"],
    "ren_da": ["Kun seriøse henvendelser", "Tak fordi du kiggede"],
    "ren_sv": ["Endast seriösa intressenter", "Tack för att du tittade"],
    "ren_no": ["Kun seriøse henvendelser", "Takk for at du så"],
    "cla_en": ["Thanks for looking", "No time wasters please", "Collection only"],
    "cla_de": ["Danke fürs Schauen", "Nur Abholung"],
    "cla_nl": ["Bedankt voor het kijken", "Alleen ophalen"],
    "cla_da": ["Tak fordi du kiggede", "Kun afhentning"],
    "cla_sv": ["Tack för att du tittade", "Endast hämtning"],
    "cla_no": ["Takk for at du så", "Kun henting"],
}

# English lines mixed into German, Dutch and Scandinavian adult posts.
EN_MIXINS = {
    "sex": ["English spoken", "Real pics 100%", "No rush", "Text first please", "Outcall only", "Welcome {e}",
            "New pics", "Discreet & clean", "No games", "Sweet & friendly"],
    "mas": ["English spoken", "Walk ins welcome", "Relax & enjoy", "Open late"],
    "job": ["English speakers welcome", "Start asap", "Good pay", "Apply today"],
    "ren": ["English ok", "Expats welcome"],
    "cla": ["English ok"],
}

# ---------------------------------------------------------------------------------------------
# Cues before selectors (split by hash). Group: sex (escort, sugar, webcam), mas, job, ren, cla.
# ---------------------------------------------------------------------------------------------

URL_CUES = {
    "en": {"sex": ["Website:", "More pics on my site", "Full gallery:", "Rates & reviews:", "Verify me here:",
                   "My site", "Book online:", "Check my page", "Pics here 👉", "Everything about me:",
                   "Info and rates at", "See more at"],
           "mas": ["Website:", "Book online:", "Menu & prices:", "Visit us:", "Online booking:", "See our prices at",
                   "Full menu:"],
           "job": ["Apply here:", "Apply online:", "More info and application:", "Job details:",
                   "Visit our careers page:", "Full job description:", "Register at"],
           "ren": ["Photos and floor plan:", "More photos:", "Listing:", "Details:", "Apply for a viewing:"],
           "cla": ["More photos:", "Details:", "Website:", "See more at", "Info:"]},
    "de": {"sex": ["Webseite:", "Mehr Bilder auf", "Alle Infos:", "Meine Seite:", "Galerie:", "Homepage:"],
           "mas": ["Online buchen:", "Preise und Termine:", "Website:", "Mehr Infos:"],
           "job": ["Jetzt bewerben:", "Mehr Infos:", "Stellenanzeige:", "Bewerbung online:"],
           "ren": ["Fotos und Grundriss:", "Exposé:", "Mehr Fotos:"],
           "cla": ["Mehr Fotos:", "Details:", "Infos:"]},
    "nl": {"sex": ["Website:", "Meer foto's op", "Alle info:", "Mijn site:", "Kijk op"],
           "mas": ["Online boeken:", "Prijzen:", "Website:", "Meer info:"],
           "job": ["Solliciteer via", "Meer info:", "Vacature:", "Aanmelden:"],
           "ren": ["Foto's en plattegrond:", "Meer foto's:", "Details:"],
           "cla": ["Meer foto's:", "Info:", "Details:"]},
    "da": {"sex": ["Hjemmeside:", "Flere billeder på", "Al info:", "Min side:"],
           "mas": ["Book online:", "Priser:", "Hjemmeside:"],
           "job": ["Søg her:", "Mere info:", "Stillingsopslag:"],
           "ren": ["Billeder og plantegning:", "Flere billeder:", "Info:"],
           "cla": ["Flere billeder:", "Info:", "Se mere:"]},
    "sv": {"sex": ["Hemsida:", "Fler bilder på", "All info:", "Min sida:"],
           "mas": ["Boka online:", "Priser:", "Hemsida:"],
           "job": ["Ansök här:", "Mer info:", "Annons:"],
           "ren": ["Bilder och planritning:", "Fler bilder:", "Info:"],
           "cla": ["Fler bilder:", "Info:", "Se mer:"]},
    "no": {"sex": ["Hjemmeside:", "Flere bilder på", "All info:", "Min side:"],
           "mas": ["Bestill online:", "Priser:", "Hjemmeside:"],
           "job": ["Søk her:", "Mer info:", "Stillingsannonse:"],
           "ren": ["Bilder og plantegning:", "Flere bilder:", "Info:"],
           "cla": ["Flere bilder:", "Info:", "Se mer:"]},
}
# Cues for the dropped-dot form: a word that says a website follows.
SITE_WORDS = {"en": ["my site:", "website:", "site:", "web:", "homepage:"],
              "de": ["Webseite:", "Homepage:", "Seite:"], "nl": ["website:", "site:", "webadres:"],
              "da": ["hjemmeside:", "web:"], "sv": ["hemsida:", "webb:"], "no": ["hjemmeside:", "nettside:"]}
LINKS_CUES = {"en": ["All my links:", "Links 👇", "Everything here:", "My socials:", "Link tree:", "Find all my pages:"],
              "de": ["Alle Links:", "Meine Links:", "Alles hier:"], "nl": ["Al mijn links:", "Links:", "Alles hier:"],
              "da": ["Alle mine links:", "Links:"], "sv": ["Alla mina länkar:", "Länkar:"],
              "no": ["Alle lenkene mine:", "Lenker:"]}
PROFILE_CUES = {"en": ["Subscribe:", "Follow me:", "My page:", "Find me here:", "Join me:", "Come say hi:"],
                "de": ["Abonnieren:", "Folg mir:", "Meine Seite:"], "nl": ["Abonneer:", "Volg me:", "Mijn pagina:"],
                "da": ["Følg mig:", "Min side:"], "sv": ["Följ mig:", "Min sida:"], "no": ["Følg meg:", "Min side:"]}
WA_CUES = {"en": ["WhatsApp me:", "Chat on WhatsApp:", "WA:", "Message me:"], "de": ["WhatsApp:", "Schreib mir:"],
           "nl": ["App me:", "WhatsApp:"], "da": ["WhatsApp:", "Skriv:"], "sv": ["WhatsApp:", "Skriv:"],
           "no": ["WhatsApp:", "Skriv:"]}
LINK_TEXT = {"en": ["my rates", "click here", "Book now", "website", "see my gallery", "apply here", "more info",
                    "view listing", "menu"],
             "de": ["hier klicken", "meine Seite", "Jetzt buchen", "Bewerben", "Mehr Infos"],
             "nl": ["klik hier", "mijn site", "Boek nu", "Solliciteren", "Meer info"],
             "da": ["klik her", "min side", "Book nu", "Søg her"],
             "sv": ["klicka här", "min sida", "Boka nu", "Ansök här"],
             "no": ["klikk her", "min side", "Bestill nå", "Søk her"]}
GLUED_NEXT = {"en": ["Call me anytime", "Text first", "Live shows on Fridays", "Online booking only", "Top rated",
                     "Info by text", "Call now", "See you soon"],
              "de": ["Ruf mich an", "Online buchen", "Info per SMS", "Jetzt anrufen"],
              "nl": ["Nu bellen", "Bel me", "Online boeken", "Info via app"],
              "da": ["Ring nu", "Skriv til mig", "Online booking"],
              "sv": ["Ring mig", "Nu kör vi", "Online bokning"],
              "no": ["Ring meg", "Online bestilling", "Send sms"]}

EMAIL_CUES = {
    "en": {"sex": ["Email:", "E-mail me:", "Mail:", "Bookings:", "Write to", "Contact:"],
           "mas": ["Email:", "Bookings:", "Enquiries:", "Contact:", "Gift vouchers:"],
           "job": ["Send CV to", "Apply by email:", "Email:", "Questions? Email", "Applications to"],
           "ren": ["Email:", "Enquiries:", "Contact:", "Questions? Email"],
           "cla": ["Email:", "Contact:", "Mail:", "Questions? Email"]},
    "de": {"sex": ["E-Mail:", "Mail:", "Schreib mir an", "Kontakt:"], "mas": ["E-Mail:", "Kontakt:", "Termine per Mail:"],
           "job": ["Bewerbung an", "E-Mail:", "Lebenslauf an"], "ren": ["E-Mail:", "Kontakt:", "Anfragen an"],
           "cla": ["E-Mail:", "Mail:", "Fragen an"]},
    "nl": {"sex": ["E-mail:", "Mail:", "Mail naar"], "mas": ["E-mail:", "Reserveren via", "Mail:"],
           "job": ["Stuur je cv naar", "Solliciteren via", "E-mail:"], "ren": ["E-mail:", "Reacties naar", "Mail:"],
           "cla": ["E-mail:", "Mail:"]},
    "da": {"sex": ["E-mail:", "Mail:", "Skriv til"], "mas": ["E-mail:", "Booking:"],
           "job": ["Send CV til", "Ansøgning til", "E-mail:"], "ren": ["E-mail:", "Henvendelser til"],
           "cla": ["E-mail:", "Mail:"]},
    "sv": {"sex": ["E-post:", "Maila", "Mejla"], "mas": ["E-post:", "Bokning:"],
           "job": ["Skicka CV till", "Ansökan till", "E-post:"], "ren": ["E-post:", "Intresseanmälan till"],
           "cla": ["E-post:", "Maila"]},
    "no": {"sex": ["E-post:", "Mail:", "Skriv til"], "mas": ["E-post:", "Bestilling:"],
           "job": ["Send CV til", "Søknad til", "E-post:"], "ren": ["E-post:", "Henvendelser til"],
           "cla": ["E-post:", "Mail:"]},
}
MAILTO_TEXT = {"en": ["Email me", "Send email", "Apply by email", "Contact us"], "de": ["Mail an mich", "E-Mail senden"],
               "nl": ["Mail me", "Stuur een mail"], "da": ["Send mail", "Skriv til os"],
               "sv": ["Skicka mejl", "Mejla oss"], "no": ["Send e-post", "Skriv til oss"]}
PHONE_CUES = {"en": ["Call/text", "Text", "Ph", "Mobile:", "Call", "WhatsApp", "📞", "📱", "Tel:", "Call reception on",
                     "Txt"],
              "de": ["Tel:", "Handy:", "Ruf an:", "WhatsApp", "📞", "Anruf oder SMS:"],
              "nl": ["Tel:", "Bel of app", "Bel:", "📞", "Mobiel:"],
              "da": ["Tlf:", "Ring eller sms:", "Mobil:", "📞"],
              "sv": ["Tel:", "Ring eller sms", "Mobil:", "📞"],
              "no": ["Tlf:", "Ring eller send sms:", "Mobil:", "📞"]}

# Handle cues. Platform words are shared syntax; lead-in phrases are split by hash.
PLATFORM_COLON = {
    "instagram": ["IG:", "Insta:", "Instagram:", "IG -", "insta:"],
    "snapchat": ["Snap:", "SC:", "Snapchat:", "snap -", "SNAP:"],
    "telegram": ["TG:", "Telegram:", "telegram -", "TG -"],
    "twitter": ["X:", "Twitter:", "twitter -"],
    "onlyfans": ["OF:", "OnlyFans:", "Onlyfans -", "OF -"],
    "kik": ["Kik:", "KIK:", "kik -"],
    "tiktok": ["TikTok:", "TT:", "tiktok -"],
    "facebook": ["FB:", "Facebook:"],
    "reddit": ["Reddit:", "reddit -"],
    "fansly": ["Fansly:"],
}
PLATFORM_WORD = {"instagram": ["insta", "Instagram", "IG"], "snapchat": ["snap", "Snapchat", "snapchat"],
                 "telegram": ["Telegram", "telegram"], "twitter": ["Twitter", "X"], "kik": ["kik", "Kik"],
                 "tiktok": ["TikTok", "tiktok"], "onlyfans": ["OnlyFans", "onlyfans"], "facebook": ["Facebook"]}
PLATFORM_ARROW = {"onlyfans": ["OF ➡️", "OF 👉", "OnlyFans ->"], "snapchat": ["snap ->", "👻➡️", "SC 👉"],
                  "instagram": ["IG 👉", "insta ->", "IG ➡️"], "telegram": ["TG 👉", "Telegram ->"],
                  "kik": ["kik ->"], "twitter": ["X 👉"]}
EMOJI_CUE = {"snapchat": ["👻"], "instagram": ["📸"]}
HANDLE_LEADS = {"en": ["Add me on", "Follow me on", "Find me on", "Hit me up on", "Message me on", "DM me on",
                       "Chat with me on"],
                "de": ["Folg mir auf", "Schreib mir auf", "Adde mich auf", "Du findest mich auf"],
                "nl": ["Volg me op", "Stuur een bericht op", "Voeg me toe op", "Je vindt me op"],
                "da": ["Følg mig på", "Skriv på", "Tilføj mig på"],
                "sv": ["Följ mig på", "Skriv på", "Lägg till mig på"],
                "no": ["Følg meg på", "Skriv på", "Legg meg til på"]}
# Which platforms a handle item may use, by category group.
HANDLE_PLATFORMS = {"sex": ["snapchat", "instagram", "onlyfans", "telegram", "kik", "twitter", "tiktok", "reddit",
                            "fansly"],
                    "mas": ["instagram", "facebook", "telegram", "tiktok"],
                    "job": ["telegram", "instagram", "facebook", "tiktok"],
                    "ren": ["facebook", "instagram", "telegram"],
                    "cla": ["facebook", "instagram", "tiktok"]}
DOMAINLIKE_ENDS = ["vip", "me", "de", "nl", "se", "no", "dk", "uk", "club", "live", "xxx", "co", "ch", "at"]

# ---------------------------------------------------------------------------------------------
# Hard negatives. Each entry: kind, language, category groups ("any" or a |-list of sex, mas, job,
# ren, cla), optional region, and a template with the decoy between ⟦ ⟧.
# ---------------------------------------------------------------------------------------------

DECOYS = [
    # dotted abbreviations in running text
    ("abbrev_prose", "en", "sex|mas", None, "Outcall to hotels only, ⟦e.g.⟧ near the airport"),
    ("abbrev_prose", "en", "any", None, "Open from 10 ⟦a.m.⟧ till late"),
    ("abbrev_prose", "en", "sex|mas|cla", None, "Last booking 11 ⟦p.m.⟧ sharp"),
    ("abbrev_prose", "en", "sex|cam", None, "Visiting from the ⟦U.S.A.⟧ for two weeks"),
    ("abbrev_prose", "en", "sex", None, "Incall only, ⟦i.e.⟧ at my place"),
    ("abbrev_prose", "en", "job", None, "Must hold a passport from the ⟦E.U.⟧ or the UK"),
    ("abbrev_prose", "en", "ren|cla", None, "All extras included, ⟦e.g.⟧ parking and wifi"),
    ("abbrev_prose", "en", "job|ren", None, "Available 9 ⟦a.m.⟧ to 5 ⟦p.m.⟧ weekdays"),
    ("abbrev_prose", "de", "sex|mas", None, "Haus- und Hotelbesuche, ⟦z.B.⟧ im Zentrum"),
    ("abbrev_prose", "de", "sex|mas", None, "Massage ⟦u.a.⟧ auch für Paare"),
    ("abbrev_prose", "de", "any", None, "Termine ⟦d.h.⟧ nur nach Absprache"),
    ("abbrev_prose", "de", "job|ren", None, "Arbeitsbeginn ⟦z.B.⟧ zum Monatsanfang"),
    ("abbrev_prose", "de", "sex|mas", None, "Dauer ⟦ca.⟧ eine Stunde, Hotel ⟦bzw.⟧ Wohnung"),
    ("abbrev_prose", "nl", "sex|mas", None, "Ontvangst ⟦o.a.⟧ in het centrum"),
    ("abbrev_prose", "nl", "any", None, "Alleen op afspraak, ⟦d.w.z.⟧ even bellen"),
    ("abbrev_prose", "nl", "cla|ren", None, "Vraagprijs 150 euro ⟦t.e.a.b.⟧"),
    ("abbrev_prose", "nl", "cla", None, "Tafel is ⟦z.g.a.n.⟧ en heel stevig"),
    ("abbrev_prose", "nl", "any", None, "Liever appen ⟦i.p.v.⟧ bellen"),
    ("abbrev_prose", "da", "sex|mas", None, "Massage ⟦bl.a.⟧ thai og olie"),
    ("abbrev_prose", "da", "sex|mas|job", None, "Hoteller ⟦f.eks.⟧ i centrum"),
    ("abbrev_prose", "da", "job|ren|cla", None, "Ledig ⟦pr.⟧ 1 juni, ⟦m.v.⟧"),
    ("abbrev_prose", "sv", "sex|mas", None, "Massage ⟦bl.a.⟧ thai och olja"),
    ("abbrev_prose", "sv", "sex|mas|job", None, "Hotell ⟦t.ex.⟧ i centrum"),
    ("abbrev_prose", "sv", "sex|mas|ren", None, "Handdukar ⟦m.m.⟧ ingår"),
    ("abbrev_prose", "sv", "job|ren", None, "Ledig ⟦p.g.a.⟧ flytt"),
    ("abbrev_prose", "no", "sex|mas", None, "Massasje ⟦bl.a.⟧ thai og olje"),
    ("abbrev_prose", "no", "sex|mas|job", None, "Hotell ⟦f.eks.⟧ i sentrum"),
    ("abbrev_prose", "no", "sex|mas|ren", None, "Håndklær ⟦m.m.⟧ inkludert"),
    # abbreviations glued to the next word
    ("abbrev_glued", "en", "sex|mas|ren", "AU", "Incall near ⟦St.Kilda⟧ beach"),
    ("abbrev_glued", "en", "any", "AU", "Two minutes from ⟦St.Kilda⟧ Road"),
    ("abbrev_glued", "en", "any", "NZ", "Close to ⟦Mt.Eden⟧ shops"),
    ("abbrev_glued", "en", "sex|mas", "US", "Visiting ⟦Ft.Lauderdale⟧ next week"),
    ("abbrev_glued", "en", "sex|sug", None, "Waiting for my ⟦Mr.Big⟧ tonight"),
    ("abbrev_glued", "en", "sug", None, "Looking for ⟦Mr.Right⟧ or ⟦Mr.Generous⟧"),
    ("abbrev_glued", "en", "ren|cla", None, "Flat 4, ⟦No.12⟧ Harbour Street"),
    ("abbrev_glued", "en", "any", "CA", "Right by ⟦St.Clair⟧ West station"),
    ("abbrev_glued", "en", "any", "IE", "Near ⟦St.Stephens⟧ Green"),
    ("abbrev_glued", "de", "any", "DE", "Nähe ⟦St.Pauli⟧ und Reeperbahn"),
    ("abbrev_glued", "de", "any", "CH", "Zentrum ⟦St.Gallen⟧ und Umgebung"),
    ("abbrev_glued", "de", "any", "AT", "Auch ⟦St.Pölten⟧ und Umgebung"),
    ("abbrev_glued", "de", "any", None, "Im ⟦1.OG⟧ rechts klingeln"),
    ("abbrev_glued", "de", "ren|cla|mas", None, "Adresse ⟦Hauptstr.45⟧ im Hinterhaus"),
    ("abbrev_glued", "de", "sex", None, "Kleidergröße ⟦Gr.36⟧, schlank"),
    ("abbrev_glued", "nl", "ren|cla|mas", None, "Adres ⟦Kerkstr.12⟧ bovenwoning"),
    ("abbrev_glued", "nl", "any", "BE", "Vlakbij ⟦St.Pietersplein⟧"),
    ("abbrev_glued", "da", "any", None, "Tæt på metro i ⟦Kbh.K⟧"),
    ("abbrev_glued", "da", "ren", None, "Lejligheden ligger ⟦st.tv⟧ med have"),
    ("abbrev_glued", "no", "any", None, "Adresse ⟦Storgt.5⟧, inngang bak"),
    # shouted dotted phrases
    ("shouted_dotted", "en", "sex", None, "⟦NO.RUSH⟧ ⟦NO.STRESS⟧"),
    ("shouted_dotted", "en", "sex|cam", None, "⟦CALL.ME⟧ 🔥"),
    ("shouted_dotted", "en", "sex", None, "⟦TEXT.ONLY⟧ NO CALLS"),
    ("shouted_dotted", "en", "sex|cam", None, "⟦REAL.PICS⟧ 100%"),
    ("shouted_dotted", "en", "sex|mas", None, "⟦BOOK.NOW⟧"),
    ("shouted_dotted", "en", "sex", None, "⟦NEW.GIRL⟧ IN TOWN"),
    ("shouted_dotted", "en", "sex|cam", None, "⟦STAY.SEXY⟧ 😘"),
    ("shouted_dotted", "en", "cam", None, "⟦JOIN.THE.CLUB⟧"),
    ("shouted_dotted", "en", "sex|sug", None, "⟦TEXT.ME⟧ BABY"),
    ("shouted_dotted", "en", "sex|sug", None, "⟦NO.GAMES⟧ ⟦NO.DRAMA⟧"),
    ("shouted_dotted", "en", "job", None, "⟦APPLY.TODAY⟧"),
    ("shouted_dotted", "en", "mas", None, "⟦WALK.INS⟧ WELCOME"),
    ("shouted_dotted", "en", "cam", None, "⟦SUBSCRIBE.NOW⟧"),
    ("shouted_dotted", "en", "ren|cla", None, "⟦MUST.GO⟧ THIS WEEK"),
    ("shouted_dotted", "de", "sex", None, "⟦RUF.MICH.AN⟧"),
    ("shouted_dotted", "de", "sex", None, "⟦NUR.SMS⟧"),
    ("shouted_dotted", "de", "sex|mas", None, "⟦ECHTE.BILDER⟧"),
    ("shouted_dotted", "de", "job", None, "⟦JETZT.BEWERBEN⟧"),
    ("shouted_dotted", "nl", "sex|mas", None, "⟦BEL.NU⟧"),
    ("shouted_dotted", "nl", "sex", None, "⟦ECHTE.FOTOS⟧"),
    ("shouted_dotted", "nl", "sex", None, "⟦ALLEEN.SMS⟧"),
    ("shouted_dotted", "da", "sex|mas", None, "⟦RING.NU⟧"),
    ("shouted_dotted", "da", "sex", None, "⟦KUN.SMS⟧"),
    ("shouted_dotted", "sv", "sex|mas", None, "⟦RING.NU⟧"),
    ("shouted_dotted", "sv", "sex", None, "⟦BARA.SMS⟧"),
    ("shouted_dotted", "no", "sex|mas", None, "⟦RING.NÅ⟧"),
    ("shouted_dotted", "no", "sex", None, "⟦KUN.SMS⟧"),
    # prices
    ("price", "en", "sex|mas", "US", "Half hour ⟦$150.00⟧, hour ⟦$250.00⟧"),
    ("price", "en", "sex|mas", "CA", "Specials from ⟦$120.00⟧"),
    ("price", "en", "sex|mas", "GB", "1hr ⟦£120.00⟧ incall"),
    ("price", "en", "sex|mas", "AU", "Special ⟦A$180.00⟧ this week"),
    ("price", "en", "sex|mas", "NZ", "⟦NZ$200.00⟧ per hour"),
    ("price", "en", "sex|mas|cla", "ZA", "From ⟦R850.00⟧ per hour"),
    ("price", "en", "ren", "US", "Rent ⟦$1,450.00⟧ a month"),
    ("price", "en", "cla", "IE", "Asking ⟦€120.00⟧ or best offer"),
    ("price", "en", "job", None, "Salary ⟦€2.800⟧ net per month"),
    ("price", "en", "cam|sug", None, "Only ⟦$9.99⟧ for the first month"),
    ("price", "de", "sex|mas", None, "30 Minuten ⟦€80,-⟧"),
    ("price", "de", "ren", None, "Miete ⟦1.150,00 €⟧ warm"),
    ("price", "de", "job", None, "Gehalt ⟦3.200 €⟧ brutto"),
    ("price", "de", "any", "CH", "Pauschal ⟦CHF 250.-⟧"),
    ("price", "nl", "ren", None, "Huur ⟦€ 1.250,-⟧ per maand"),
    ("price", "nl", "cla", None, "Vraagprijs ⟦€ 1.100⟧"),
    ("price", "nl", "sex|mas", None, "Uur ⟦€ 150,-⟧"),
    ("price", "da", "ren", None, "Husleje ⟦6.500 kr.⟧ plus forbrug"),
    ("price", "da", "sex|mas", None, "En time ⟦1.500 kr⟧"),
    ("price", "sv", "sex|mas|cla", None, "Pris ⟦1.500:-⟧"),
    ("price", "no", "ren", None, "Leie ⟦9.500,-⟧ pr mnd"),
    ("price", "no", "sex|mas", None, "En time ⟦2.000,-⟧"),
    # measurements
    ("measurement", "en", "sex", None, "Measurements ⟦36.24.36⟧"),
    ("measurement", "en", "sex", None, "⟦5.6ft⟧ tall, slim and sporty"),
    ("measurement", "en", "sex", None, "Height ⟦1.68m⟧, natural curves"),
    ("measurement", "en", "sex|mas", None, "Minimum ⟦1.5hr⟧ booking for outcalls"),
    ("measurement", "en", "sex|mas", None, "Long sessions of ⟦1.5 hrs⟧ or more"),
    ("measurement", "en", "ren", None, "Bedroom is ⟦12.5 sqm⟧ with built-in wardrobe"),
    ("measurement", "en", "cla", None, "Frame size ⟦26.5 inch⟧"),
    ("measurement", "de", "sex", None, "Maße ⟦90.60.90⟧, ⟦1.70m⟧ groß"),
    ("measurement", "de", "ren", None, "Wohnfläche ⟦54.5 m²⟧"),
    ("measurement", "nl", "sex", None, "Lengte ⟦1.75 m⟧"),
    ("measurement", "nl", "ren", None, "Woonoppervlak ⟦45.5 m²⟧"),
    ("measurement", "da", "sex", None, "Højde ⟦1.70⟧ og slank"),
    ("measurement", "sv", "sex", None, "Längd ⟦1.68⟧ och smal"),
    ("measurement", "no", "sex", None, "Høyde ⟦1.74⟧ og slank"),
    # times
    ("time", "en", "sex|mas|cla", None, "Open till ⟦10.30pm⟧"),
    ("time", "en", "sex|mas", None, "From ⟦9.30am⟧ daily"),
    ("time", "en", "job", None, "Shifts ⟦10.00-18.00⟧ or ⟦18.00-02.00⟧"),
    ("time", "de", "sex|mas", None, "Ab ⟦18.00⟧ Uhr erreichbar"),
    ("time", "de", "mas|cla", None, "Geöffnet ⟦10.00–22.00⟧"),
    ("time", "de", "any", None, "Heute bis ⟦23.30⟧ Uhr"),
    ("time", "nl", "any", None, "Open van ⟦10.00⟧ tot ⟦22.00⟧"),
    ("time", "da", "any", None, "Åbent kl ⟦10.00-22.00⟧"),
    ("time", "sv", "any", None, "Öppet ⟦10.00–22.00⟧"),
    ("time", "no", "any", None, "Fra kl ⟦18.30⟧ i kveld"),
    # dates
    ("date", "en", "sex", None, "Tour dates ⟦12.06.⟧ to ⟦15.06.⟧"),
    ("date", "en", "job|ren", None, "Start date ⟦01.09.2025⟧"),
    ("date", "de", "sex", None, "Nur bis ⟦24.12.⟧ in der Stadt"),
    ("date", "de", "ren|job", None, "Frei ab ⟦1.3.⟧"),
    ("date", "de", "mas", None, "Urlaub vom ⟦15.8.⟧ bis ⟦30.8.⟧"),
    ("date", "nl", "any", None, "Beschikbaar tot ⟦31.12.⟧"),
    ("date", "da", "ren|job", None, "Ledig fra ⟦1.4.⟧"),
    ("date", "sv", "any", None, "Gäller till ⟦30.6.⟧"),
    ("date", "no", "ren|job", None, "Ledig fra ⟦01.08.2025⟧"),
    # file names
    ("file_name", "en", "job", None, "Send your CV as ⟦CV_fullname.pdf⟧"),
    ("file_name", "en", "sex|mas|cam", None, "Rates in ⟦rates.pdf⟧ on request"),
    ("file_name", "en", "sex|cam|cla", None, "Photo ⟦IMG_2041.jpg⟧ is unedited"),
    ("file_name", "en", "ren", None, "Floor plan in ⟦floorplan.pdf⟧"),
    ("file_name", "en", "cam|sex", None, "Preview ⟦clip_03.mov⟧ on request"),
    ("file_name", "en", "mas", None, "Menu: ⟦menu2025.pdf⟧"),
    ("file_name", "de", "job", None, "Bewerbung als ⟦Lebenslauf.pdf⟧"),
    ("file_name", "de", "sex|cla", None, "Bild ⟦IMG_5521.JPG⟧ ist echt"),
    ("file_name", "nl", "job", None, "Stuur je ⟦cv.docx⟧ mee"),
    ("file_name", "da", "job", None, "Vedhæft ⟦ansoegning.pdf⟧"),
    ("file_name", "sv", "job", None, "Bifoga ⟦CV.pdf⟧"),
    ("file_name", "no", "job", None, "Legg ved ⟦soknad.pdf⟧"),
    # versions
    ("version", "en", "cam", None, "Use the app ⟦v2.1⟧ or newer"),
    ("version", "en", "cla", None, "Runs ⟦iOS 17.5⟧, battery 91%"),
    ("version", "en", "sex|cam", None, "Update to ⟦Telegram 10.2.1⟧ for secret chats"),
    ("version", "en", "cla", None, "Firmware ⟦v3.2.1⟧ installed"),
    ("version", "de", "cla", None, "Android ⟦14.0.2⟧ installiert"),
    ("version", "nl", "cla", None, "Software ⟦v4.0.1⟧"),
    # platform home pages named in passing
    ("platform_home", "en", "any", "AU", "Also on ⟦Gumtree.com.au⟧"),
    ("platform_home", "en", "any", "CA", "Found me on ⟦Kijiji.ca⟧?"),
    ("platform_home", "en", "any", "US", "Posted on ⟦Craigslist.org⟧ too"),
    ("platform_home", "en", "ren|cla", "IE", "Also listed on ⟦DoneDeal.ie⟧"),
    ("platform_home", "en", "ren|cla", "NZ", "Also listed on ⟦TradeMe.co.nz⟧"),
    ("platform_home", "en", "any", "ZA", "As seen on ⟦Gumtree.co.za⟧"),
    ("platform_home", "en", "any", "GB", "Also on ⟦Gumtree.com⟧"),
    ("platform_home", "en", "sex|cam|sug", None, "Pay safely via ⟦PayPal.com⟧"),
    ("platform_home", "en", "mas|ren", None, "Reviews on ⟦Booking.com⟧"),
    ("platform_home", "en", "sex|cam", None, "Not on ⟦OnlyFans.com⟧ anymore"),
    ("platform_home", "en", "ren", None, "Or book through ⟦Airbnb.com⟧"),
    ("platform_home", "en", "cam|sug", None, "Wishlist on ⟦Amazon.com⟧"),
    ("platform_home", "en", "job", None, "Also advertised on ⟦Indeed.com⟧"),
    ("platform_home", "de", "any", "DE", "Auch auf ⟦Kleinanzeigen.de⟧"),
    ("platform_home", "de", "any", "AT", "Auch auf ⟦willhaben.at⟧"),
    ("platform_home", "de", "any", "CH", "Auch auf ⟦tutti.ch⟧"),
    ("platform_home", "de", "sex|mas", None, "Zahlung auch über ⟦PayPal.com⟧"),
    ("platform_home", "nl", "any", "NL", "Ook op ⟦Marktplaats.nl⟧"),
    ("platform_home", "nl", "any", "BE", "Ook op ⟦2dehands.be⟧"),
    ("platform_home", "da", "any", None, "Også på ⟦dba.dk⟧"),
    ("platform_home", "sv", "any", None, "Finns även på ⟦Blocket.se⟧"),
    ("platform_home", "no", "any", None, "Også på ⟦Finn.no⟧"),
    # two sentences glued without a space
    ("glued_sentence", "en", "sex", None, "Available ⟦now.Call⟧ me anytime"),
    ("glued_sentence", "en", "sex", None, "Outcall ⟦only.Text⟧ first"),
    ("glued_sentence", "en", "cam", None, "New pics ⟦weekly.Live⟧ shows on Fridays"),
    ("glued_sentence", "en", "mas", None, "Booking ⟦essential.Online⟧ payment ok"),
    ("glued_sentence", "en", "ren", None, "Great ⟦location.Top⟧ floor with a view"),
    ("glued_sentence", "en", "mas|cla", None, "Open ⟦daily.No⟧ appointment needed"),
    ("glued_sentence", "en", "sex|sug", None, "I'm ⟦back.Info⟧ by text only"),
    ("glued_sentence", "en", "job", None, "Weekly ⟦pay.Fun⟧ team, good vibes"),
    ("glued_sentence", "en", "job|ren", None, "Start ⟦asap.Contact⟧ us today"),
    ("glued_sentence", "de", "sex", None, "Neu in der ⟦Stadt.Ruf⟧ mich an"),
    ("glued_sentence", "de", "mas", None, "Jetzt ⟦verfügbar.Online⟧ buchen"),
    ("glued_sentence", "de", "ren|job", None, "Ab sofort ⟦frei.Info⟧ per SMS"),
    ("glued_sentence", "nl", "sex|mas", None, "Vandaag ⟦beschikbaar.Nu⟧ bellen"),
    ("glued_sentence", "nl", "sex", None, "Nieuw in de ⟦stad.Bel⟧ me"),
    ("glued_sentence", "da", "sex|mas", None, "Ny i ⟦byen.Ring⟧ nu"),
    ("glued_sentence", "sv", "sex|mas", None, "Ny i ⟦stan.Ring⟧ mig"),
    ("glued_sentence", "no", "sex|mas", None, "Ny i ⟦byen.Ring⟧ meg"),
    # a sentence word glued to a TLD-like word
    ("prose_dot_tld", "en", "sex", None, "see you in ⟦the.club⟧ tonight"),
    ("prose_dot_tld", "en", "sex|sug", None, "come over to ⟦my.place⟧ babe"),
    ("prose_dot_tld", "en", "sex|cam|sug", None, "only ⟦the.best⟧ for you"),
    ("prose_dot_tld", "en", "sex|sug", None, "drinks at ⟦the.bar⟧ first"),
    ("prose_dot_tld", "en", "sex", None, "dinner at ⟦my.house⟧ then dessert"),
    ("prose_dot_tld", "en", "sex|mas", None, "meet me at ⟦the.hotel⟧ lobby"),
    ("prose_dot_tld", "en", "ren", None, "this is ⟦the.place⟧ for you"),
    # spelled dot or at word in its ordinary sense
    ("spelled_word_prose", "en", "sex|mas|job", None, "Always on time, ⟦on the dot⟧"),
    ("spelled_word_prose", "en", "sex|cla", None, "Cute ⟦polka dot⟧ dress for sale"),
    ("spelled_word_prose", "en", "sex|cam", None, "Wearing my ⟦polka dot⟧ bikini today"),
    ("spelled_word_prose", "de", "any", None, "Termin ⟦Punkt 20 Uhr⟧"),
    ("spelled_word_prose", "de", "sex|mas", None, "Pünktlich um ⟦Punkt zehn⟧"),
    ("spelled_word_prose", "nl", "any", None, "Vaste prijs, ⟦punt uit⟧"),
    ("spelled_word_prose", "nl", "job|ren", None, "⟦Op dit punt⟧ zoeken we nog twee mensen"),
    ("spelled_word_prose", "da", "any", None, "Pris 500 og ⟦så er det punktum⟧"),
    ("spelled_word_prose", "da", "mas|sex", None, "Massagen er ⟦prikken⟧ over i'et"),
    ("spelled_word_prose", "sv", "any", None, "Fast pris, ⟦punkt slut⟧"),
    ("spelled_word_prose", "no", "any", None, "Fast pris, ⟦punktum finale⟧"),
    # dotted letter runs
    ("spelled_letters", "en", "sex", None, "Full ⟦G.F.E⟧ service"),
    ("spelled_letters", "en", "sex|mas", None, "⟦V.I.P⟧ treatment for regulars"),
    ("spelled_letters", "en", "sex", None, "⟦B.B.W⟧ and proud"),
    ("spelled_letters", "en", "sug", None, "⟦N.S.A⟧ arrangement preferred"),
    ("spelled_letters", "en", "job", None, "Start ⟦A.S.A.P⟧"),
    ("spelled_letters", "de", "sex|mas", None, "⟦V.I.P⟧ Service"),
    # company forms
    ("company_form", "en", "job|mas", "AU", "Employer: {biz} ⟦Pty.Ltd⟧"),
    ("company_form", "en", "job", "GB", "{biz} ⟦p.l.c.⟧ is hiring"),
    ("company_form", "en", "job|ren", "US", "Managed by {biz} ⟦L.L.C.⟧"),
    ("company_form", "en", "job", "ZA", "{biz} ⟦(Pty).Ltd⟧ is an equal opportunity employer"),
    ("company_form", "de", "job|ren", "DE", "{biz} ⟦GmbH & Co.KG⟧"),
    ("company_form", "de", "job|mas", "AT", "{biz} ⟦e.U.⟧"),
    ("company_form", "de", "job|mas", "DE", "Inhaberin {name} Huber ⟦e.K.⟧"),
    ("company_form", "nl", "job|ren", None, "{biz} ⟦B.V.⟧"),
    ("company_form", "nl", "job", None, "Onderdeel van {biz} ⟦N.V.⟧"),
    ("company_form", "nl", "mas|cla", "NL", "{biz} ⟦v.o.f.⟧"),
    # codes with dots
    ("code_token", "en", "ren", None, "WiFi password ⟦Sunny.2024⟧"),
    ("code_token", "en", "cam|mas", None, "Use code ⟦VIP.20⟧ for 20% off"),
    ("code_token", "en", "cla", None, "Order ref ⟦ORD.4471⟧"),
    ("code_token", "de", "ren", None, "WLAN-Passwort ⟦Gast.2025⟧"),
    ("code_token", "nl", "mas|cla", None, "Kortingscode ⟦ZOMER.25⟧"),
    # private IP addresses
    ("private_ip", "en", "ren", None, "Router login ⟦192.168.0.1⟧"),
    ("private_ip", "en", "cla", None, "Camera page at ⟦192.168.1.20:8080⟧"),
    ("private_ip", "de", "ren", None, "Router unter ⟦192.168.178.1⟧"),
    # hashtags (must yield no URL, e-mail or handle)
    ("hashtag", "en", "sex", None, "⟦#gfe⟧ ⟦#incall⟧"),
    ("hashtag", "en", "job", None, "⟦#aupair⟧ ⟦#jobsabroad⟧"),
    ("hashtag", "en", "mas", None, "⟦#massage⟧ ⟦#relax⟧"),
    ("hashtag", "en", "sug", None, "⟦#sugarbaby⟧"),
    ("hashtag", "en", "cam", None, "⟦#contentcreator⟧ ⟦#camgirl⟧"),
    ("hashtag", "en", "ren", None, "⟦#forrent⟧"),
    ("hashtag", "de", "mas", None, "⟦#thaimassage⟧"),
    ("hashtag", "nl", "job", None, "⟦#vacature⟧"),
    # @ as a preposition
    ("at_as_preposition", "en", "sex", None, "Incall ⟦@ the Hilton⟧ tonight"),
    ("at_as_preposition", "en", "mas", None, "Massage ⟦@ home⟧ available"),
    ("at_as_preposition", "en", "job", None, "Interviews ⟦@ our office⟧ on Monday"),
    ("at_as_preposition", "en", "sex", None, "Outcall ⟦@ your hotel⟧ only"),
    ("at_as_preposition", "de", "sex", None, "Heute ⟦@ Zentrum⟧"),
    # mailbox fragments
    ("dangling_name_at", "en", "sex|sug", None, "my email starts with ⟦{lname}2x@⟧ ask for the rest"),
    ("dangling_name_at", "en", "job", None, "Write to ⟦jobs@⟧ our company domain"),
    ("at_provider_no_mailbox", "en", "any", None, "reach me via ⟦@gmail.com⟧ or text"),
    ("at_provider_no_mailbox", "de", "any", None, "Mail an ⟦@web.de⟧ auf Anfrage"),
    # platform words with no account after them (must yield no handle)
    ("cue_without_account", "en", "sex|cam", None, "⟦DM me on insta⟧"),
    ("cue_without_account", "en", "sex|cam|sug", None, "⟦ig in bio⟧"),
    ("cue_without_account", "en", "sex", None, "⟦STOP 👻 wasting time⟧"),
    ("cue_without_account", "en", "sex|cam", None, "⟦I do snap fun too⟧"),
    ("cue_without_account", "en", "cam", None, "⟦follow my insta for more⟧"),
    ("cue_without_account", "en", "sex|sug", None, "⟦no kik no snap⟧"),
    ("cue_without_account", "en", "cam", None, "⟦OF link below⟧"),
    ("cue_without_account", "en", "sex|cam", None, "⟦100% real pics 📸⟧"),
    ("cue_without_account", "en", "sex", None, "⟦ask about my snapchat⟧"),
    ("cue_without_account", "en", "job", None, "⟦telegram only⟧"),
    ("cue_without_account", "en", "mas|cla|ren", None, "⟦follow our facebook page⟧"),
    ("cue_without_account", "de", "sex|cam", None, "⟦Schreib mir auf Insta⟧"),
    ("cue_without_account", "de", "sex", None, "⟦Snap nur für Stammkunden⟧"),
    ("cue_without_account", "nl", "sex|cam", None, "⟦stuur me een DM op insta⟧"),
    ("cue_without_account", "nl", "sex", None, "⟦ook op snap⟧"),
    ("cue_without_account", "da", "sex|cam", None, "⟦skriv på snap⟧"),
    ("cue_without_account", "sv", "sex|cam", None, "⟦skriv på snap⟧"),
    ("cue_without_account", "no", "sex|cam", None, "⟦send meg en melding på insta⟧"),
]
