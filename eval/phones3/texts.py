"""Ad-text phrasing banks for eval/phones3/write.py, written for this set (invented, not copied).

Placeholders: {C} place, {K} country name, {P}/{Q} phone mentions, {D:kind} a decoy of that kind.
Lists are split between dev and heldout by position (banks.half).
"""

TITLES = {
 "en": {
  "escort": ["💋 Sweet and discreet 💋", "NEW GIRL just arrived 🔥", "Upscale GFE ✨ genuine pics", "Your secret treat tonight 😘",
             "Petite playful brunette 💕", "Curvy and fun, 100% real", "❤️ Tall blonde companion ❤️", "Last nights before I leave!!",
             "Exotic beauty, sweet smile", "Young fresh and friendly 🍓", "Mature elegant lady 🌹", "Party girl ready now 🎉"],
  "massage": ["Relaxing full body massage", "Deep tissue & hot stones", "🌸 Oriental spa - new staff 🌸", "Body to body relaxation",
              "Best massage in town", "Open late: spa & sauna", "Foot reflexology special", "Four hands massage 💆"],
  "job": ["Hostesses wanted - high salary", "URGENT: waitresses needed abroad", "Models wanted for promo work", "Spa therapists needed, free visa",
          "Dancers wanted, accommodation provided", "Caregivers needed overseas", "Hotel staff hiring now", "Nannies & housekeepers wanted"],
  "classified": ["Selling iPhone, like new", "Room for rent, bills included", "Sofa bed for sale", "Car for sale, low mileage",
                 "Gaming laptop barely used", "Puppies ready for new homes", "Bike for sale cheap", "Moving sale - everything must go"],
 },
 "es": {
  "escort": ["💋 Chica nueva, muy cariñosa", "Morena ardiente 🔥 solo hoy", "Complaciente y discreta", "❤️ Tu novia por una noche ❤️",
             "Colegiala traviesa 😈", "Latina de fuego 💃"],
  "massage": ["Masajes relajantes a domicilio", "Spa con final feliz", "Masaje tántrico profesional", "Masajista nueva en la zona"],
  "job": ["Se buscan señoritas para trabajar en el exterior", "Empleo bien pagado para chicas", "Oferta: camareras, viaje pagado", "Buscamos modelos webcam"],
  "classified": ["Vendo celular en buen estado", "Se arrienda habitación amoblada", "Vendo moto, papeles al día", "Se vende refrigeradora"],
 },
 "fr": {
  "escort": ["💋 Nouvelle, douce et coquine", "Belle métisse disponible 🔥", "Jeune femme pour moments complices", "❤️ Discrétion assurée ❤️"],
  "massage": ["Massage relaxant à domicile", "Salon de massage - nouvelle masseuse", "Massage naturiste et tantrique", "Détente totale garantie"],
  "job": ["Recrute hôtesses pour l'étranger", "Offre d'emploi: serveuses logées", "Cherche jeunes femmes pour salon", "Emploi bien payé, voyage offert"],
  "classified": ["Vends téléphone comme neuf", "Chambre à louer meublée", "Vends scooter révisé", "Canapé à donner contre petit prix"],
 },
 "pt": {
  "escort": ["💋 Novinha safada e carinhosa", "Morena gostosa 🔥 atendo hoje", "Loira discreta com local", "❤️ Acompanhante de luxo ❤️"],
  "massage": ["Massagem relaxante com final feliz", "Massoterapeuta nova na área", "Massagem tântrica profissional", "Spa aberto até tarde"],
  "job": ["Vagas para moças no exterior", "Trabalho bem remunerado, passagem paga", "Contrata-se recepcionistas", "Procuramos modelos para eventos"],
  "classified": ["Vendo celular seminovo", "Alugo quarto mobiliado", "Vendo moto documentada", "Geladeira à venda"],
 },
}

TITLES_CITY = {
 "en": ["💋 New in {C} 💋", "{C} incall & outcall", "{C} escorts - sweet Lily", "Hot girl visiting {C} 🔥", "{C}: best massage in the CBD",
        "Just landed in {C} ✈️", "Massage near {C} centre", "Hiring in {C} now", "{C} outcall only 24/7", "Sexy latina in {C} tonight",
        "Relax in {C} - oriental spa", "{C} companion, discreet"],
 "es": ["Nueva en {C} 💋", "Masajes en {C}", "{C}: chica disponible ya", "Recién llegada a {C}", "{C} - empleo para señoritas", "Escort en {C} sin prisas"],
 "fr": ["Nouvelle à {C} 💋", "Massage à {C}", "{C} - jolie étudiante", "De passage à {C}", "{C} : recrutement hôtesses", "Escort {C} centre"],
 "pt": ["Novidade em {C} 💋", "Massagem em {C}", "{C}: acompanhante top", "Chegando em {C}", "Vagas em {C}", "{C} com local discreto"],
}

OPENERS = {
 "en": {
  "escort": ["Hey gentlemen 😘", "Hi guys, I'm sweet, naughty and very discreet.", "✨✨✨", "Genuine independent lady, no agency.",
             "Looking for some fun tonight?", "🔥🔥 HOT HOT HOT 🔥🔥", "Hello darling, welcome to my page 💕", "Real photos, no games, no drama.",
             "Open-minded and easy going.", "Let me be your little secret 🤫"],
  "massage": ["Welcome to our peaceful spa 🌿", "Stressed? Let our experienced girls take care of you.", "New management, new beautiful staff!",
              "Clean private rooms with shower.", "Professional and friendly therapists.", "Walk-ins welcome, parking at the back."],
  "job": ["We are recruiting young ladies for work abroad.", "Good opportunity for hardworking girls!", "Agency with many years of experience.",
          "No experience needed, training provided.", "Visa, flight ticket and housing arranged by the company.", "Earn more than at home!"],
  "classified": ["Selling because I'm moving.", "Great condition, barely used.", "Price is firm, no lowballers.", "Pick up only.",
                 "First come first served.", "Serious buyers only please."],
 },
 "es": {
  "escort": ["Hola amor 😘", "Soy una chica muy cariñosa y complaciente.", "Fotos reales 100%", "Sin prisas, trato de novia."],
  "massage": ["Bienvenido a nuestro spa 🌿", "Masajistas con experiencia.", "Ambiente limpio y discreto.", "Atención personalizada."],
  "job": ["Empresa seria busca chicas para trabajar fuera del país.", "No se necesita experiencia.", "Pasaje y hospedaje incluidos.", "Pago semanal garantizado."],
  "classified": ["Vendo por viaje.", "Poco uso, como nuevo.", "Precio conversable.", "Solo interesados."],
 },
 "fr": {
  "escort": ["Coucou les messieurs 😘", "Je suis douce, câline et discrète.", "Photos 100% réelles.", "Pas de numéro masqué svp."],
  "massage": ["Bienvenue dans notre salon 🌿", "Masseuses diplômées et souriantes.", "Cadre propre et discret.", "Sur rendez-vous uniquement."],
  "job": ["Nous recrutons des jeunes femmes pour travailler à l'étranger.", "Aucune expérience requise.", "Logement et billet d'avion pris en charge.", "Salaire très motivant."],
  "classified": ["Vends cause déménagement.", "Très bon état.", "Prix ferme.", "À récupérer sur place."],
 },
 "pt": {
  "escort": ["Oi amor 😘", "Sou carinhosa, educada e discreta.", "Fotos reais, sem enganação.", "Atendo casais também."],
  "massage": ["Bem-vindo ao nosso espaço 🌿", "Massagistas experientes.", "Ambiente limpo e climatizado.", "Atendimento com hora marcada."],
  "job": ["Agência contrata moças para trabalhar fora do país.", "Não precisa de experiência.", "Passagem e moradia por conta da empresa.", "Pagamento semanal."],
  "classified": ["Vendo por motivo de mudança.", "Pouco uso.", "Aceito propostas.", "Retirar no local."],
 },
}

CITY_LINES = {
 "en": ["Now available in {C}!", "Visiting {C} for a few days only.", "Incall in central {C}, outcall to hotels.", "Based in {C} 📍",
        "Located near {C} city centre.", "Touring {C} this week 🚗", "Position is in {C}, start next month.", "Item is in {C}, pick up only.",
        "Serving all of {C} and nearby.", "{C} girls, call now", "Come see me in {C} 💕", "Free delivery within {C}."],
 "es": ["Ahora en {C}.", "Estoy en {C} por pocos días.", "Atiendo en {C} y alrededores.", "Ubicada en {C} 📍", "Trabajo en {C}, sueldo fijo.", "Entrega en {C}."],
 "fr": ["Disponible sur {C}.", "De passage à {C} quelques jours.", "Je reçois à {C} centre.", "Située à {C} 📍", "Poste basé à {C}.", "Remise en main propre à {C}."],
 "pt": ["Agora em {C}.", "Estou em {C} só esta semana.", "Atendo em {C} e região.", "Localizada em {C} 📍", "Vaga em {C}.", "Entrego em {C}."],
}

COUNTRY_LINES = {
 "en": ["Travelling all over {K}.", "Work permit for {K} arranged.", "Only local calls from within {K}.", "Best service in {K}!",
        "Ship anywhere in {K}.", "New in {K}, here for 2 weeks.", "We are the biggest agency in {K}.", "Genuine {K} based girl."],
 "es": ["Viajo por todo {K}.", "Trabajo en {K}, todo legal.", "Envíos a todo {K}.", "Recién llegada a {K}."],
 "fr": ["Je me déplace dans toute la {K}.", "Travail en {K}, tout est légal.", "Envoi partout en {K}.", "Nouvelle en {K}."],
 "pt": ["Atendo em todo {K}.", "Trabalho em {K}, tudo legalizado.", "Envio para todo {K}.", "Recém-chegada em {K}."],
}

DETAILS = {
 "en": {
  "escort": ["{D:age}, {D:height}, {D:measure}.", "{D:measure}, {D:age}, {D:height} tall.",
             "Rates: {D:price} half hour, {D:price2} full hour.", "Donation {D:price}, no negotiation.",
             "Available {D:time}.", "Working hours {D:time}.", "{D:age} slim {D:weight}.", "Petite {D:weight}, {D:age}.",
             "Here until {D:date}.", "Leaving town on {D:date}.", "Outcall only {D:price}.", "Incall {D:price}, outcall +{D:price2}."],
  "massage": ["{D:duration} {D:price}, {D:duration2} {D:price2}.", "{D:duration} just {D:price}.",
              "Open daily {D:time}.", "Hours {D:time}, 7 days.", "{D:address}", "Find us at {D:address}",
              "Special {D:percent} off this week!", "Students {D:percent} discount.",
              "Licensed therapists, lic. no. {D:license}.", "Registered clinic {D:license}.", "Since {D:year}.", "Established {D:year}."],
  "job": ["Salary {D:salary}.", "Monthly pay {D:salary}, paid {D:percent} upfront.", "Age {D:agerange} only.", "Girls aged {D:agerange}.",
          "Contract {D:duration} with bonus.", "Shifts of {D:duration}.", "Departure {D:date}.", "Interviews on {D:date}.",
          "Ref. {D:adid}", "Job code {D:adid}"],
  "classified": ["Asking {D:price}.", "Price {D:price} ono.", "Bought in {D:year}, {D:percent} battery health.", "Used since {D:year}, {D:percent} condition.",
                 "Order number {D:order} available as proof.", "Receipt with order {D:order}.",
                 "Tracking number will be sent: {D:tracking}", "Ships same day, tracking {D:tracking}", "Ad ID {D:adid}", "Listing {D:adid}",
                 "Size {D:measure2}, {D:weight}.", "Dimensions {D:measure2}, weighs {D:weight}."],
 },
 "es": {
  "escort": ["Tengo {D:age}, mido {D:height}.", "Tarifa {D:price} la hora.", "Horario {D:time}.", "Estoy hasta el {D:date}."],
  "massage": ["{D:duration} por {D:price}.", "Abierto {D:time}.", "{D:address}", "Promoción {D:percent} de descuento."],
  "job": ["Sueldo {D:salary}.", "Edad {D:agerange}.", "Salida el {D:date}.", "Ref. {D:adid}"],
  "classified": ["Precio {D:price}.", "Comprado en {D:year}.", "Número de pedido {D:order}.", "Código de envío {D:tracking}"],
 },
 "fr": {
  "escort": ["J'ai {D:age}, je mesure {D:height}.", "Tarif {D:price} l'heure.", "Dispo {D:time}.", "Présente jusqu'au {D:date}."],
  "massage": ["{D:duration} pour {D:price}.", "Ouvert {D:time}.", "{D:address}", "Promo {D:percent} cette semaine."],
  "job": ["Salaire {D:salary}.", "Âge {D:agerange}.", "Départ le {D:date}.", "Réf. {D:adid}"],
  "classified": ["Prix {D:price}.", "Acheté en {D:year}.", "Numéro de commande {D:order}.", "Numéro de suivi {D:tracking}"],
 },
 "pt": {
  "escort": ["Tenho {D:age}, {D:height}.", "Cachê {D:price} a hora.", "Atendo {D:time}.", "Fico até {D:date}."],
  "massage": ["{D:duration} por {D:price}.", "Aberto {D:time}.", "{D:address}", "Promoção {D:percent} de desconto."],
  "job": ["Salário {D:salary}.", "Idade {D:agerange}.", "Embarque dia {D:date}.", "Ref. {D:adid}"],
  "classified": ["Valor {D:price}.", "Comprado em {D:year}.", "Número do pedido {D:order}.", "Código de rastreio {D:tracking}"],
 },
}

CONTACT = {
 "en": ["Call or text {P}", "📞 {P} 📞", "WhatsApp me: {P}", "Text only {P}, no private numbers", "Bookings {P}", "My number {P} 💋",
        "Reach me at {P} (no blocked calls)", "📲 {P}", "Call me now {P}", "Contact our agent on {P}", "SMS {P} for pics", "Call {P} anytime",
        "Viber/WA {P}", "Hit me up {P}", "For appointment ring {P}", "Enquiries: {P}"],
 "es": ["Llámame al {P}", "WhatsApp {P}", "Info y citas: {P}", "Escríbeme al {P} 💋", "Contacto: {P}", "Solo mensajes {P}"],
 "fr": ["Appelle-moi au {P}", "Contact : {P}", "Dispo par SMS au {P}", "Réservation au {P}", "WhatsApp {P}", "Tél {P}"],
 "pt": ["Liga pra mim {P}", "Chama no zap {P}", "WhatsApp: {P}", "Contato {P}", "Só mensagem {P}", "Agende pelo {P}"],
}

CONTACT2 = {
 "en": ["Call {P} or WhatsApp {Q}", "Line 1: {P} / Line 2: {Q}", "{P} (calls) {Q} (WA only)", "Main {P}, backup {Q}",
        "Text {P}. If no answer try {Q}", "Call me {P} ... or my friend {Q}"],
 "es": ["Llamadas {P} o WhatsApp {Q}", "Fijo {P} / celular {Q}", "{P} o {Q}", "Principal {P}, secundario {Q}"],
 "fr": ["Appel {P} ou WhatsApp {Q}", "{P} / {Q}", "Ligne 1 {P}, ligne 2 {Q}", "SMS {P} sinon {Q}"],
 "pt": ["Ligações {P} ou zap {Q}", "{P} / {Q}", "Principal {P}, reserva {Q}", "Chama {P} ou {Q}"],
}

CLOSERS = {
 "en": ["Kisses xx 💋", "No rush, no drama.", "Don't miss out!", "Serious only.", "Hygiene a must 🚿", "See you soon 😘",
        "Thanks for looking!", "Limited spots.", "No police, no time wasters.", "Apply today!", "God bless 🙏", "Cash only."],
 "es": ["Besos 💋", "No pierdas tiempo.", "Solo caballeros.", "Te espero 😘"],
 "fr": ["Bisous 💋", "Pas sérieux s'abstenir.", "À très vite 😘", "Merci."],
 "pt": ["Beijos 💋", "Sem enrolação.", "Te espero 😘", "Obrigada."],
}

# short local-script lines for posts whose phone is written in that script
SCRIPT_LINES = {
 "arabic": ["للحجز والاستفسار", "متوفرة الآن", "اتصل أو واتساب", "خدمة راقية"],
 "devanagari": ["संपर्क करें", "अभी कॉल करें", "व्हाट्सएप करें", "सेवा उपलब्ध"],
 "thai": ["โทรจองได้เลย", "นวดแผนไทย", "ติดต่อ", "เปิดทุกวัน"],
 "fullwidth": ["お問い合わせはこちら", "联系电话", "연락처", "電話予約"],
 "cjk": ["联系电话", "微信同号", "电话", "欢迎来电"],
}
