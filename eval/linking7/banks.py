"""Text banks for linking7 (all invented). Slots: {name} {name2} {age} {city} {CITY} {hood}
{rate} {newintown} {leave} {e} {agency} {spa} {worker} {hours} {price} {dates} {item} {year}."""

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
}
LEET_WORDS = {"seven": "sev3n", "three": "thr33", "one": "0ne", "zero": "zer0", "five": "f1ve",
              "eight": "e1ght", "nine": "n1ne", "four": "f0ur", "two": "tw0", "six": "s1x"}

CUES = {
    "en": ["call", "text", "txt", "TXT ME", "SMS", "WhatsApp", "WA", "cell", "Call/Text", "text only"],
    "es": ["llamame", "hablame", "WhatsApp", "texto", "cel", "escribeme"],
    "fr": ["textez-moi", "appelez", "texto", "cell", "SMS", "écrivez-moi"],
}

EMOJI_SETS = [
    ["💋", "🔥", "😘"], ["🌹", "✨", "💕"], ["🍒", "💦", "😈"], ["👑", "💎", "✨"], ["🦋", "🌸", "💖"],
    ["🍑", "🔥", "💯"], ["⭐", "💫", "🌙"], ["❤️", "💋", "🥰"], ["🌺", "🌴", "😍"], ["💜", "🖤", "⛓️"],
    ["🍭", "🍬", "😋"], ["💄", "👠", "💋"],
]

NAMES = {
    "en": ["Jade", "Mia", "Lexi", "Bella", "Candy", "Destiny", "Diamond", "Amber", "Roxy", "Luna", "Kiki",
           "Nikki", "Star", "Honey", "Cherry", "Sasha", "Tiffany", "Brandy", "Crystal", "Jasmine", "Angel",
           "Bunny", "Summer", "Skye", "Raven", "Harley", "Ivy", "Kayla", "Layla", "Maddie", "Paris",
           "Remi", "Sierra", "Tori", "Vanessa", "Willow", "Zoe", "Aria", "Britney", "Chloe", "Daisy",
           "Ebony", "Gigi", "Heaven", "Jenna", "Kendra", "Lola", "Misty", "Nova", "Peaches", "Ruby",
           "Sapphire", "Trinity", "Unique", "Venus", "Alexis", "Autumn", "Barbie", "Cinnamon", "Dior",
           "Essence", "Faith", "Gia", "Hailey", "India", "Juicy", "Kitty", "Lacey", "Mocha", "Nia",
           "Precious", "Queen", "Raquel", "Shay", "Tasha", "Velvet", "Whitney", "Xena", "Yasmin", "Zara"],
    "es": ["Valentina", "Daniela", "Camila", "Sofia", "Paola", "Luciana", "Mariana", "Gabriela", "Isabella",
           "Yesenia", "Carolina", "Karla", "Lupita", "Marisol", "Natalia", "Paloma", "Rosa", "Ximena",
           "Alejandra", "Brisa", "Catalina", "Dulce", "Esmeralda", "Fernanda", "Guadalupe", "Jimena",
           "Leticia", "Milagros", "Nayeli", "Perla", "Rocio", "Salome", "Tatiana", "Vianey", "Yuliana"],
    "fr": ["Chloé", "Océane", "Mélodie", "Léa", "Camille", "Manon", "Justine", "Élodie", "Noémie",
           "Sabrina", "Audrey", "Maëlle", "Rosalie", "Juliette", "Marie-Ève", "Annabelle", "Florence",
           "Gabrielle", "Jade", "Laurence", "Maude", "Sarah-Ève", "Virginie", "Coralie", "Ariane"],
    "cjk": ["Amy", "Lily", "Cindy", "Jenny", "Mimi", "Coco", "Lucy", "Nana", "Yuki", "Mina", "Sunny",
            "Kelly", "Tina", "Vivian", "Grace", "Helen", "Judy", "Sophie", "Anna", "Joy", "Ming", "Hana"],
}

HANDLE_SUFFIXES = ["baby", "luv", "xo", "vip", "doll", "bae", "kitten", "queen", "honey", "sweet",
                   "babe", "official", "real", "xoxo", "tx", "la", "vibes", "4u", "dream", "bby"]
HANDLE_PREFIXES = ["its", "the", "miss", "xo", "real", "lil", "sexy", "just", "only", "sweet"]

# ---------------------------------------------------------------- escort ads (circ / ind / agy)
NEW_IN_TOWN = {
    "en": ["NEW IN TOWN", "JUST ARRIVED", "LAST DAYS", "BACK BY DEMAND", "VISITING", "NEW NEW NEW"],
    "es": ["RECIÉN LLEGADA", "NUEVA EN LA CIUDAD", "ÚLTIMOS DÍAS", "DE VISITA"],
    "fr": ["NOUVELLE EN VILLE", "DE PASSAGE", "DERNIERS JOURS", "DE RETOUR"],
}

TITLES = {
    "en": ["{name} {e} {newintown} IN {CITY} {e}", "Sexy {name} - {age} - {hood}", "{e} {newintown} {e} {name}",
           "Sweet {name} {e} {city} incall", "{e}{e} {name} {age} {e}{e}", "Petite Cutie {name} {e}",
           "{name} - Upscale Companion - {city}", "Your Girl {name} {e} {hood} {e}", "{CITY} {e} {name} available now",
           "Exotic {name} {age} {e} Just arrived", "{e} Playful {name} in {hood} {e}", "Busty {name} {e} {city}"],
    "es": ["{e} {name} {newintown} {e}", "Latina {name} {age} {e} {city}", "Colombianita {name} {e} {hood}",
           "{name} caliente {e} {city}", "{e} Nueva {name} {age} {e}"],
    "fr": ["{e} {name} {newintown} {e}", "Belle {name} {age} ans {e} {city}", "{name} douce et coquine {e}",
           "{e} {name} - {hood} {e}", "Sensuelle {name} {e} {city}"],
}

OPENERS = {
    "en": ["{newintown} {e}{e}", "{e} {NAME} IS HERE {e}", "Just arrived in {city} {e}", "** {newintown} ** {CITY} **",
           "{e} Sweet {name} in {city} {e}", "Hey gentlemen {e}", "{e}{e} Available NOW {e}{e}",
           "Your dream girl is finally here {e}", "Visiting {city} for a few days only {e}", "Hello {city}!! {e}",
           "Fresh face in town {e}", "Ready to play {e} {hood}", "{e} Treat yourself today {e}",
           "Come see me before I leave {e}", "{e} Hi boys {e}"],
    "es": ["{e} {newintown} a {city} {e}", "Hola papis {e}", "Latina caliente en {city} {e}",
           "{e} Nueva en la ciudad {e}", "Solo por pocos días en {city}", "Disponible ahora mismo {e}",
           "{e} Hola mis amores {e}"],
    "fr": ["{e} {newintown} {e}", "Salut messieurs {e}", "{e} De passage à {city} {e}", "Disponible maintenant {e}",
           "Belle découverte à {city} {e}", "{e} Bonjour les gentlemen {e}"],
}

INTROS = {
    "en": ["Hi, I'm {name}, {age} years young, petite and playful.", "My name is {name}, {age}, sweet & sexy with a bubbly personality.",
           "I'm {name} {e} {age} yrs, curvy, classy and fun.", "Hey loves it's {name}, {age}, your new favorite girl.",
           "{name} here, {age}, 5'4, soft skin and a warm smile.", "They call me {name}. {age}. Exotic beauty, friendly and discreet.",
           "I am {name}, {age} y/o, natural body, long hair, great vibes.", "Call me {name} {e} {age}, thick in all the right places.",
           "I'm {name}, a {age} year old sweetheart who loves to laugh.", "{name} {e} {age} {e} slim, tan and always smiling."],
    "es": ["Soy {name}, {age} añitos, colombiana cariñosa.", "Me llamo {name}, tengo {age} años, muy complaciente.",
           "{name} aquí, {age}, latina de cuerpo natural.", "Hola amor soy {name}, {age}, dominicana, sexy y discreta.",
           "Soy {name} {e} {age} años, venezolana, piel suave."],
    "fr": ["Je suis {name}, {age} ans, douce et coquine.", "Moi c'est {name}, {age} ans, sensuelle et discrète.",
           "{name}, {age} ans, belle Québécoise naturelle.", "Bonjour, je m'appelle {name}, {age} ans, pulpeuse et souriante.",
           "{name} {e} {age} ans, petite brunette pleine d'énergie."],
}
DUO_INTROS = {
    "en": ["{name} & {name2} together {e} duo available!", "2 girls {e} {name} and {name2} {e} double the fun",
           "Ask about our duo special {e} {name} + {name2}"],
    "es": ["{name} y {name2} juntas {e} duo disponible", "Dos latinas {e} {name} y {name2}"],
    "fr": ["{name} et {name2} ensemble {e} duo disponible", "Deux filles {e} {name} et {name2}"],
}

DESCR = {
    "en": ["Located in {hood} area.", "Private & discreet incall near {hood}.", "I love to make you feel relaxed and spoiled.",
           "Come enjoy a sweet time with me.", "Very friendly and open minded.", "Satisfaction is my priority.",
           "Clean, safe and classy environment.", "I only see respectful gentlemen.", "Short notice welcome.",
           "Late night available.", "Booking in advance is appreciated.", "Ask about my specials.",
           "Hotel friendly, easy parking.", "Girlfriend experience, no rushing.", "Let's make your day better.",
           "Outcall to hotels only.", "Sweet face, naughty mind.", "Good vibes only.", "Always clean and smelling good.",
           "Mature gentlemen are my favorite.", "I'm the girl next door you always wanted.", "Stress relief guaranteed.",
           "Classy outside, wild inside.", "Pictures taken this week.", "Quick reply, friendly conversation."],
    "es": ["Ambiente privado y limpio cerca de {hood}.", "Trato de novia, sin prisa.", "Atiendo caballeros respetuosos.",
           "Incall y outcall.", "Llámame y pasamos un rato rico.", "Hablo poco inglés.", "Me encanta consentir.",
           "Servicio de calidad.", "Fotos reales y recientes.", "Discreción total.", "Ven a relajarte conmigo."],
    "fr": ["Incall discret près de {hood}.", "Ambiance propre et sécuritaire.", "Gentlemen respectueux seulement.",
           "Expérience copine, sans presse.", "Disponible tard le soir.", "Réservation à l'avance appréciée.",
           "Photos récentes et réelles.", "Je parle aussi anglais.", "Viens te détendre avec moi.", "Discrétion assurée."],
}

RATES_LINES = {
    "en": ["Rates: {rate}", "{e} {rate} {e}", "Specials: {rate}", "$$ {rate} $$", "Donations {rate}", "{rate}"],
    "es": ["Donación {rate}", "Precios: {rate}", "{e} {rate}"],
    "fr": ["Tarifs : {rate}", "Dons : {rate}", "{e} {rate}"],
}

CLOSINGS = {
    "en": ["Don't miss out, I'm only here till {leave}!", "See you soon {e}", "Xoxo {name}", "Available 24/7",
           "Serious inquiries only.", "Can't wait to meet you {e}", "Hurry, last days in {city}!", "No blocked numbers.",
           "Text first, no calls please.", "Kisses {e}", "Be nice and polite {e}", "Ask for {name} {e}"],
    "es": ["Te espero papi {e}", "Solo hasta el {leave}", "Besitos {name}", "No contesto números privados.",
           "Llama ya {e}"],
    "fr": ["À bientôt {e}", "Seulement jusqu'au {leave}!", "Bisous, {name}", "Pas de numéros masqués.",
           "Au plaisir {e}"],
}

NO_CONTACT = {
    "en": ["Text the number in my pics {e}", "DM me here on the site {e}", "Contact info in my photos",
           "Message me through the site only", "Number on my pictures, no calls"],
    "es": ["Mi número está en las fotos {e}", "Escríbeme por aquí {e}"],
    "fr": ["Mon numéro est sur mes photos {e}", "Écrivez-moi ici sur le site {e}"],
}

IND_OPENERS = {
    "en": ["Independent {city} companion {e}", "Hi, it's {name} {e}", "Back in {city}!", "{e} Your independent girlfriend {e}",
           "Hello lovers {e}", "{name} {e} independent & verified", "Hi there, I'm an independent provider in {hood}"],
    "es": ["Independiente en {city} {e}", "Hola, soy {name} {e}", "{e} Chica independiente {e}"],
    "fr": ["Indépendante à {city} {e}", "Coucou, c'est {name} {e}", "{e} Accompagnatrice indépendante {e}"],
}
IND_LINES = {
    "en": ["I'm not an agency, you will only deal with me.", "Screening required for first time friends.",
           "References from other providers welcome.", "I take my time and expect the same.",
           "Please read my ad fully before reaching out.", "I love good conversation and a nice glass of wine.",
           "Tall, tattooed and friendly.", "Busy professional, limited availability.", "Weekends book quickly.",
           "My incall is private and upscale.", "Deposits secure your booking.", "I keep a small, regular clientele."],
    "es": ["No soy agencia, solo trato conmigo.", "Se requiere verificación.", "Tengo poca disponibilidad.",
           "Mi lugar es privado y seguro."],
    "fr": ["Je ne suis pas une agence.", "Vérification requise pour les nouveaux.", "Disponibilités limitées.",
           "Mon incall est privé et chic."],
}
TOUR_LINES = {
    "en": ["Visiting {city} {dates} {e}", "On tour: {city} {dates}", "{CITY} TOUR {dates} {e} book early",
           "Touring {city} {dates}, limited spots"],
    "es": ["De visita en {city} {dates} {e}", "Gira: {city} {dates}"],
    "fr": ["De passage à {city} {dates} {e}", "Tournée : {city} {dates}"],
}

AGY_OPENERS = ["{agency} presents {name} {e}", "{e} {agency} {e} {name} available today in {city}",
               "New at {agency}: {name}, {age}", "{agency} - {city}'s finest companions {e}",
               "Meet {name} from {agency} {e}"]
AGY_LINES = ["Elite companionship since {year}.", "All our ladies are verified and discreet.",
             "Incall and outcall across {city}.", "Ask about our other models.", "Same day bookings available.",
             "Professional, safe and confidential.", "Upscale hotels and residences only.",
             "Our receptionist answers 10am to 2am.", "Dinner dates and overnights welcome.",
             "See our full roster online."]
AGY_FOOTERS = ["Book via {www}", "Book online at {www}", "Full gallery: {www}", "Reservations: {www}"]

# ---------------------------------------------------------------- massage parlours
SPA_NAMES_A = ["Golden", "Blue", "Jade", "Lucky", "Silk", "Pearl", "Orchid", "Bamboo", "Lotus", "Harmony", "Zen",
               "Oriental", "Royal", "Sunrise", "Crystal", "Pink", "Heavenly", "Relax", "Tranquil", "Cherry Blossom",
               "Dragon", "Spring", "Moonlight", "Happy", "Ocean", "Paradise", "Serenity", "Emerald", "Ruby", "Star"]
SPA_NAMES_B = ["Spa", "Massage", "Day Spa", "Foot Spa", "Wellness", "Bodywork", "Massage Therapy", "Health Spa",
               "Reflexology", "Spa & Massage"]
STREET_A = ["Maple", "Cedar", "Oak Valley", "Willow", "Pine Ridge", "Birch", "Juniper", "Magnolia", "Harbor",
            "Sunset", "Lakeview", "Meadow", "Crescent", "Granite", "Hollow Creek", "Silver Leaf", "Amber Hill",
            "Fox Run", "Brookside", "Cobalt", "Elm Park", "Quarry", "Redwood", "Aspen", "Coral", "Kestrel",
            "Lantern", "Orchard", "Pebble", "Sparrow", "Thistle", "Wren", "Larkspur", "Hawthorn", "Ivory"]
STREET_B = ["Blvd", "Ave", "St", "Rd", "Pkwy", "Dr", "Ln", "Way"]
SPA_TITLES = {
    "en": ["{spa} {e} Asian massage", "{spa} - Grand Opening", "New staff {e} {spa}", "Best massage in {city} - {spa}",
           "{spa} {e} {hood}", "{e} {spa} open late {e}", "{worker} today at {spa}"],
    "cjk": ["{spa} 按摩 Asian Massage 新到", "新开张 Grand Opening {spa}", "{spa} 한국 마사지 Korean massage",
            "{e} {spa} 年轻漂亮 new staff", "{worker} 今天 today {spa}"],
    "fr": ["{spa} {e} massage asiatique", "{spa} - Grande ouverture", "Nouvelles masseuses {e} {spa}"],
}
SPA_LINES = {
    "en": ["Welcome to {spa}!", "Professional massage by friendly staff.", "New girls weekly!", "Walk-ins welcome.",
           "Clean private rooms, hot shower.", "Open 7 days, {hours}.", "Table shower available.",
           "Full body massage ${price}/hr", "Deep tissue, Swedish, hot stone.", "Free parking in the back.",
           "Young beautiful Asian staff.", "Couples room available.", "Best massage in town.", "Relax your body and mind.",
           "Grand opening special ${price}/hr!", "Appointment or walk in.", "Credit cards accepted."],
    "cjk": ["欢迎光临 Welcome to {spa}!", "按摩 Body massage {e} relax", "新到 New girls weekly", "Walk-ins welcome 欢迎",
            "干净房间 Clean rooms, hot shower", "每天营业 Open daily {hours}", "年轻漂亮 young pretty staff",
            "한국 마사지 Korean massage", "친절한 서비스 friendly service", "환영합니다 Welcome", "Full body ${price}/hr 特价",
            "Deep tissue 指压 foot massage 足疗"],
    "fr": ["Bienvenue chez {spa}!", "Massage professionnel, personnel accueillant.", "Nouvelles filles chaque semaine!",
           "Sans rendez-vous.", "Salles privées propres, douche.", "Ouvert 7 jours, {hours}.", "Massage complet {price}$/h"],
}
SPA_SHIFT = {
    "en": ["Today: {worker} {hours}", "{worker} is working today {e} {hours}", "Now on shift: {worker}, {age}, soft hands",
           "{worker} ({age}) here until late {e}"],
    "cjk": ["今天 Today: {worker} {hours}", "{worker} 上班 working today {hours}", "New girl {worker} 新到 {age}"],
    "fr": ["Aujourd'hui : {worker} {hours}", "{worker} est là aujourd'hui {e}"],
}
SPA_HOURS = ["10am-10pm", "9:30am-10:30pm", "10am-midnight", "11am-11pm", "9am-9pm", "10am-2am"]

# ---------------------------------------------------------------- copycats
DEPOSIT_LINES = {
    "en": ["Deposit required via gift card before meeting.", "Serious only: ${dep} deposit by gift card to confirm.",
           "No deposit no meet. Gift cards accepted.", "Send ${dep} deposit first, then address.",
           "Deposit required to lock your time (gift card or cash app).", "New clients must pay ${dep} deposit via gift card.",
           "First time? ${dep} deposit, gift card only, no exceptions."],
    "es": ["Se requiere depósito con tarjeta de regalo.", "Depósito de ${dep} antes de la cita.",
           "Sin depósito no hay cita."],
    "fr": ["Dépôt requis par carte-cadeau.", "Dépôt de {dep}$ avant le rendez-vous.", "Pas de dépôt, pas de rencontre."],
}

# ---------------------------------------------------------------- reviews
REV_TITLES = ["Review: {name} in {city}", "{name} ({city}) - legit", "RE: {name} {city} experience", "Saw {name} last week",
              "{name} @ {hood} - my review", "{city}: {name} - YMMV", "Warning about {name} ({city})",
              "Another {name} review ({city})"]
REV_TITLES_FR = ["Critique : {name} à {city}", "{name} ({city}) - légit", "Vu {name} la semaine passée"]
REV_LINES = ["Location {hood}, easy parking.", "Would repeat.", "Pics are accurate, maybe a bit old.",
             "Not the girl in the pics, be careful.", "Asked for a deposit upfront, walked away.", "Friendly, no clock watching.",
             "Place was clean, felt safe.", "Communication was quick by text.", "Rates as advertised.",
             "Seemed rushed and nervous, someone else answered the phone.", "Driver dropped her off, red flag?",
             "Great conversation, very sweet.", "Waited 30 min in the parking lot.", "Legit, 100% real pics.",
             "Would not repeat.", "She mentioned she moves to another city next week.", "Spa was busy, short wait."]
REV_LINES_FR = ["Endroit propre, stationnement facile.", "Je retournerais.", "Photos fidèles.", "Demande de dépôt, attention.",
                "Très gentille, pas pressée."]
REV_QUOTE = ["Saw {name} {q} in {city}, legit.", "Went to see {name} ({q}) in {city}.", "{name} {q} - {city}, my experience:",
             "Booked {name} at {q} while in {city}.", "Number in ad: {q}. {name}, {city}."]
REV_QUOTE_NOQ = ["Saw {name} in {city} last week.", "Visited {name} in {city}.", "{name} from the {city} ads, finally met her."]
REV_QUOTE_FR = ["Vu {name} {q} à {city}, légit.", "Rencontré {name} ({q}) à {city}."]
REV_RATINGS = ["{n}/10", "Rating: {n}/10", "Score {n} out of 10", "{n} stars", "Overall {n}/10"]
REV_SIGS = ["- {user}", "YMMV, {user}", "Stay safe fellas", "Just my 2 cents.", "-- posted from my phone",
            "Hobby safe!", "Thanks for reading.", "Peace, {user}"]
REV_USER_A = ["TX", "Hobby", "Monty", "Lone", "Night", "Road", "Quiet", "Happy", "Old", "Big", "Slim", "Lucky", "North",
              "South", "West", "East", "Gentle", "Silver", "Blue", "Red", "Mr", "Doc", "Cap", "Sir", "Just"]
REV_USER_B = ["guy", "hobbyist", "wolf", "traveler", "rider", "dude", "mike", "joe", "dave", "fan", "reviewer", "punter",
              "gent", "john", "bear", "fox", "hawk", "sam", "steve", "nomad"]

# ---------------------------------------------------------------- sellers / personals
SEL_PERSONALS = {
    "en": ["SWM, 40s, seeking a kind woman for dinners and walks in {city}.", "Lonely guy looking for friendship in {city}.",
           "Couple seeking friends, no drama, {hood} area.", "Widower, 60, looking for companionship.",
           "Single mom, 35, looking for a nice man for coffee dates.", "Looking for a gym partner near {hood}.",
           "Retired teacher wants pen pals and hiking buddies.", "New to {city}, looking to meet people.",
           "Missed connection at the {hood} grocery store, you wore a red scarf.", "Seeking dance partner for salsa nights."],
    "es": ["Hombre soltero, 45, busca amistad en {city}.", "Busco compañera para bailar salsa en {hood}.",
           "Nuevo en {city}, quiero conocer gente."],
    "fr": ["Homme 50 ans cherche amitié à {city}.", "Nouvelle à {city}, cherche amies pour cafés."],
}
SEL_ITEMS = {
    "en": ["Selling {item}, good condition, ${price}.", "{item} for sale, pick up in {hood}, ${price} OBO.",
           "Moving sale: {item}, must go this week, ${price}.", "Barely used {item}, ${price} firm.",
           "{item} - ${price} - cash only, {hood}."],
    "es": ["Vendo {item}, buen estado, ${price}.", "Se vende {item} en {hood}, ${price}."],
    "fr": ["À vendre : {item}, bon état, {price}$.", "{item} à vendre, {hood}, {price}$."],
}
ITEMS = ["couch", "queen bed frame", "mountain bike", "PS5 controller", "dining table", "baby stroller", "mini fridge",
         "tool set", "office chair", "washer and dryer", "kayak", "guitar amp", "treadmill", "lawn mower", "bookshelf",
         "air conditioner", "crib", "golf clubs", "sewing machine", "bar stools"]
SEL_EXTRA = ["Text only please.", "No lowballers.", "Serious buyers only.", "Still available!", "Price drop!", "REPOST",
             "First come first served.", "Can deliver nearby.", "Reply with your name."]

# ---------------------------------------------------------------- hubs: industry phrases & boilerplate
HUB_PHRASES = {
    "en": ["100% real pics", "no rush", "upscale gentlemen only", "incall/outcall", "no law enforcement",
           "donations are for time only", "GFE", "discreet & safe", "available 24/7", "no explicit talk",
           "serious inquiries only", "new pics", "outcall hotels only", "VIP treatment", "no blocked calls",
           "clean & classy", "ask about specials", "sweet & discreet", "not affiliated with LE", "short notice ok",
           "satisfaction guaranteed", "100% independent", "no drama", "real & verified", "lets have fun"],
    "es": ["fotos 100% reales", "sin prisa", "incall/outcall", "solo caballeros", "discreción total", "no policías"],
    "fr": ["photos 100% réelles", "sans presse", "incall/outcall", "gentlemen seulement", "discrétion assurée", "pas de police"],
}
BOILERPLATE = [
    "By contacting me you confirm that you are not affiliated with any law enforcement agency and that any money "
    "exchanged is for time and companionship only. Anything else that happens is a choice between consenting adults.",
    "DISCLAIMER: I am an adult entertainer. Donations are for my time only. Texting me explicit questions will get you "
    "blocked. Please be respectful, hygienic and on time.",
    "Screening is required for all new friends: full name, work email or two provider references. Your info is kept "
    "100% confidential and deleted after our date.",
    "Please do not ask for pics, prices on the phone or discounts. Everything you need is in this ad. No blocked numbers, "
    "no emails, no games.",
    "Time and companionship only. Any activities that may occur are between consenting adults and are not for sale. "
    "This ad is not an offer of prostitution.",
    "Deposits are required for outcalls and for all first time clients. Cancellations within 2 hours lose the deposit. "
    "Thank you for understanding.",
    "I am 100% independent, no pimp, no driver, no agency. If someone else answers my number it is not me.",
    "Respect my boundaries and I will respect yours. No means no. Intoxicated clients will be turned away at the door.",
]
BOILERPLATE_ES = [
    "Al contactarme confirmas que no eres policía y que el dinero es solo por mi tiempo y compañía.",
    "Depósito requerido para clientes nuevos. Cancelaciones pierden el depósito.",
]

RATE_STYLES = [
    "{qv} qv / {hh} hh / {h} h", "HH {hh} | H {h}", "💵 {hh}hh {h}h", "qv {qv}, hh {hh}, hr {h}", "{hh}/hh {h}/hr",
    "half hour {hh} - hour {h}", "{qv}qv {hh}hh {h}hr", "$ {hh} hh $ {h} hr",
]

SYNONYMS = {
    "sweet": "sexy", "sexy": "sweet", "petite": "tiny", "playful": "fun", "fun": "playful", "classy": "elegant",
    "elegant": "classy", "friendly": "nice", "discreet": "private", "private": "discreet", "gentlemen": "gents",
    "gents": "gentlemen", "available": "avail", "now": "today", "today": "now", "beautiful": "gorgeous",
    "gorgeous": "beautiful", "relaxed": "comfortable", "girl": "lady", "lady": "girl", "new": "fresh",
    "fresh": "new", "clean": "tidy", "love": "adore", "specials": "deals", "only": "just", "time": "moment",
    "caliente": "rica", "rica": "caliente", "cariñosa": "amorosa", "douce": "tendre", "coquine": "espiègle",
}
