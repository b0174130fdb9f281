#!/usr/bin/env python3
"""Write eval/phones6/dev.jsonl and heldout.jsonl: invented ads with labelled contact phones.

    python3 eval/phones6/write.py            # (re)write both files
    python3 eval/phones6/write.py --check    # compare with the committed files

Python 3.11 standard library only; seeded and deterministic. The numbers come from
number_pool.json (built by build_pool.py with libphonenumber); dev draws the pool's even-indexed
entries and heldout the odd-indexed ones. See README.md for the groups and the conventions.
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as _f:
    POOL = json.load(_f)
# ----------------------------------------------------------------------------------------------
# Phrase banks. Invented text. No digits anywhere in these lines (digits only come from phones and
# labelled decoys), and no place names (places only come from the evidence tables).
# ----------------------------------------------------------------------------------------------
EMOJI = ["💋", "🔥", "✨", "💦", "🌹", "😘", "❤️", "👅", "🍑", "💯", "😍", "🥂", "💎", "⭐", "🌸", "😈", "💕", "🎀", "👑", "🍒"]
CONTACT_EMOJI = ["📞", "📲", "☎️", "📱", "👉", "➡️", "✆"]

L = {}
L["en"] = dict(
    esc_t=["{name} 💋 new in town", "Sweet {name} available now", "HOT {name} ready to play", "{name} - genuine pics, no rush",
           "Petite {name} incall/outcall", "Busty {name} just arrived", "Classy companion {name}", "{name} the girl next door",
           "Exotic beauty {name} 🔥", "Your secret pleasure {name}"],
    esc=["Hi gentlemen, I am a sweet and open minded lady.", "Available for incall and outcall.", "No rush, full girlfriend experience.",
         "Real photos, what you see is what you get.", "Clean, discreet and very friendly.", "No blocked numbers, no texts asking for pics.",
         "Hotel visits welcome.", "Serious gentlemen only, no time wasters.", "Text me first, I reply fast.", "Deposit required for outcall.",
         "Shower available, private and safe place.", "Let me make your night special.", "Available late tonight.", "Kisses and cuddles included.",
         "Booking in advance is appreciated.", "Sorry, no law enforcement.", "Overnight and dinner dates possible."],
    mas_t=["Relaxing body massage by {name}", "Full body massage, new therapist {name}", "Deep tissue & oil massage", "Nuru massage with {name}",
           "Professional massage, home service", "Stress relief massage 💆"],
    mas=["Professional therapist with warm hands.", "Oil, hot stone and deep tissue.", "Clean private room with shower.", "Home and hotel service available.",
         "Walk-ins welcome, appointment preferred.", "Relax your body and mind.", "Table shower available.", "Gentlemen and couples welcome.",
         "Aromatherapy and foot reflexology.", "Open every day."],
    job_t=["Drivers wanted urgently", "Hiring: waitresses and hostesses", "Security guards needed", "Cleaners wanted, start immediately",
           "Sales reps needed, good commission", "Warehouse packers wanted", "Receptionist needed for busy office"],
    job=["No experience needed, training provided.", "Must be hardworking and honest.", "Send your CV or call for an interview.",
         "Weekly pay, overtime available.", "Free accommodation for the right candidate.", "Apply today, limited positions.",
         "Must have a valid licence.", "Women are encouraged to apply.", "Interview this week.", "Good communication skills required."],
    abr_t=["URGENT HIRING for {dest}", "Jobs in {dest}: free visa and ticket", "Work abroad in {dest} - housemaids, drivers, waiters",
           "{dest} company hiring now", "Direct hiring to {dest}, no agency fee*"],
    abr=["Free visa, free ticket and accommodation.", "No experience needed, all ages welcome.", "Salary paid in dollars every month.",
         "Small processing fee before travel.", "Limited slots, apply now before the deadline.", "Passport required, we arrange the rest.",
         "Our agent will call you back, do not call twice.", "We do not use normal numbers here because of bans, read the agent's number carefully.",
         "Send your passport photo by WhatsApp only.", "Travel within two weeks."],
    room_t=["Room for rent, all bills included", "Private room with own bathroom", "Furnished room in a shared flat", "Spacious room, quiet street",
            "Studio room available now"],
    room=["Close to shops and transport.", "Fully furnished with wifi.", "Water and electricity included.", "Suitable for a working professional.",
          "No pets, no smoking.", "Viewing by appointment.", "Deposit and first month in advance.", "Secure building with parking."],
    sale_t=["iPhone for sale, like new", "Toyota in good condition", "Sofa set for sale", "Gaming laptop, barely used", "Baby stroller for sale",
            "Fridge for quick sale"],
    sale=["Clean, no scratches.", "Serious buyers only.", "Price slightly negotiable.", "Reason for selling: relocating.",
          "Comes with original box and charger.", "Buyer collects.", "First come first served.", "No swaps please."],
    cue=["Call or text {n}", "WhatsApp: {n}", "Call me {n}", "Text {n}", "Contact: {n}", "Calls & SMS {n}", "Book now {n}", "WA only {n}",
         "My number is {n}", "Hit me up {n}", "Reach me on {n}", "Tel: {n}"],
    place=["📍 {p}", "Located in {p}", "In {p} area", "{p} based", "Incall {p}", "Now in {p}"],
    tplace=["{t} - {p}", "{t} ({p})", "{p}: {t}", "{t} in {p}"],
    names=["Jessica", "Amber", "Lexi", "Mia", "Bella", "Nikki", "Candy", "Destiny", "Ruby", "Jasmine", "Honey", "Crystal", "Kayla", "Tiffany",
           "Roxy", "Nina", "Sasha", "Layla", "Ivy", "Scarlett"],
    dest=["Dubai", "Qatar", "Saudi Arabia", "Oman", "Kuwait", "Poland", "Malaysia", "Lebanon", "Croatia", "Romania"],
)
# regional English names and a few regional lines, used only when the post has region evidence
EN_NAMES = {
    "NG": ["Chioma", "Amaka", "Tolu", "Blessing", "Favour", "Ada", "Kemi", "Zainab"],
    "KE": ["Wanjiru", "Akinyi", "Njeri", "Achieng", "Wambui", "Nyokabi"],
    "GH": ["Akosua", "Ama", "Efua", "Abena", "Adjoa", "Esi"],
    "ZA": ["Thandi", "Lerato", "Naledi", "Zanele", "Palesa", "Lindiwe"],
    "IN": ["Priya", "Neha", "Riya", "Pooja", "Anjali", "Simran", "Kavya"],
    "PH": ["Jhoanna", "Kristine", "Mae", "Aira", "Joy", "Bea", "Trisha"],
    "PK": ["Ayesha", "Hira", "Sana", "Mahnoor", "Rabia"],
    "BD": ["Mim", "Nusrat", "Tania", "Sumaiya"],
    "MY": ["Aina", "Mira", "Farah", "Sofea", "Mei"],
    "SG": ["Mei", "Xin Yi", "Jia Hui", "Nadia"],
}
EN_LOCAL = {
    "NG": ["Serious clients only, no pre-payment wahala.", "Light and water steady.", "Neat apartment, secure estate."],
    "KE": ["Piga simu ama WhatsApp.", "Serious clients only.", "Secure apartment with lift and parking."],
    "GH": ["Strictly serious people.", "Chale, no time wasting please."],
    "ZA": ["Lekker and discreet.", "Eish, no time wasters please."],
    "IN": ["Genuine service, no advance payment.", "Independent call girl, cash only.", "Fully furnished flat, family preferred."],
    "PH": ["Legit and discreet.", "Pm me for rates."],
    "AU": ["Fully legit, no dramas.", "Cheers, see you soon."],
    "GB": ["Lovely clean flat, easy parking.", "Cheers, see you soon."],
    "US": ["Upscale, no games.", "Ask about my specials."],
    "CA": ["Upscale and discreet, eh.", "No games please."],
    "PK": ["Full privacy guaranteed.", "Only decent people contact."],
    "AE": ["Five star hotels only.", "Visa services available."],
    "SG": ["Very discreet, no problem one.", "Can come to your condo."],
    "MY": ["Very discreet, boleh nego.", "Condo with pool."],
    "BD": ["Full privacy guaranteed.", "Only serious persons."],
}
L["es"] = dict(
    esc_t=["{name} 💋 recién llegada", "Hermosa {name} disponible", "{name}, morenita cariñosa", "{name} ardiente y complaciente",
           "Chica nueva {name}, fotos reales", "{name} 🔥 atención a domicilio"],
    esc=["Hola amor, soy una chica muy cariñosa y discreta.", "Atiendo en hotel y a domicilio.", "Fotos cien por ciento reales.",
         "No contesto números privados.", "Sin prisas, trato de novia.", "Depósito previo para salidas.", "Lugar privado y seguro.",
         "Escríbeme por WhatsApp, respondo rápido.", "Besos, caricias y mucho más.", "Solo caballeros educados."],
    mas_t=["Masajes relajantes con {name}", "Masaje tántrico a domicilio", "Masajista profesional, masaje completo"],
    mas=["Masaje con aceites y piedras calientes.", "Ambiente limpio y discreto.", "Atención con cita previa.", "Ducha disponible.",
         "Relájate después del trabajo.", "Atiendo caballeros y parejas."],
    job_t=["Se solicita personal de limpieza", "Vacante: meseras y cajeras", "Se busca chofer con licencia", "Empleo inmediato en bodega"],
    job=["No se requiere experiencia.", "Pago semanal más prestaciones.", "Interesados enviar CV o llamar.", "Turnos rotativos.",
         "Buena presencia y ganas de trabajar.", "Entrevistas esta semana."],
    abr_t=["Trabajo en {dest} con visa incluida", "Se buscan meseras para {dest}", "Empleo en {dest}, pasaje pagado"],
    abr=["Pasaje y alojamiento pagados.", "Sueldo en dólares.", "Solo pagas el trámite.", "Cupos limitados.",
         "Nuestra agente te explica todo por WhatsApp.", "Escribimos el número en letras por los bloqueos."],
    room_t=["Se renta cuarto amueblado", "Habitación en alquiler, servicios incluidos", "Cuarto para estudiante"],
    room=["Cerca del metro y del mercado.", "Incluye agua, luz e internet.", "Solo personas tranquilas.", "Sin mascotas.",
          "Entrada independiente.", "Depósito y primer mes por adelantado."],
    sale_t=["Vendo celular seminuevo", "Se vende refrigerador", "Vendo moto en buen estado", "Remato sala completa"],
    sale=["Todo funcionando perfecto.", "Precio negociable.", "Entrega personal.", "Solo interesados.", "Con factura y caja original."],
    cue=["Llámame al {n}", "WhatsApp {n}", "Escríbeme al wasap {n}", "Cel: {n}", "Info al {n}", "Contacto {n}", "Llamadas y WhatsApp: {n}"],
    place=["📍 {p}", "Zona {p}", "Atiendo en {p}", "Ubicada en {p}", "Sector {p}"],
    tplace=["{t} - {p}", "{t} en {p}", "{p}: {t}"],
    names=["Valentina", "Camila", "Daniela", "Sofía", "Mariana", "Luciana", "Paola", "Ximena", "Karla", "Fernanda"],
    dest=["España", "Estados Unidos", "Japón", "Dubái", "Italia"],
)
L["pt"] = dict(
    esc_t=["{name} 💋 novidade na cidade", "Loira {name} atendendo agora", "{name} acompanhante de luxo", "Morena {name} carinhosa"],
    esc=["Oi amor, sou carinhosa e discreta.", "Atendo em local próprio, motel e hotel.", "Fotos reais, sem enganação.",
         "Não atendo número privado.", "Chama no zap que respondo rápido.", "Beijo na boca e muito carinho.", "Sem pressa."],
    mas_t=["Massagem relaxante com {name}", "Massagem tântrica completa", "Massoterapeuta profissional"],
    mas=["Massagem com óleos e pedras quentes.", "Ambiente climatizado e discreto.", "Atendo com hora marcada.", "Banho incluso."],
    job_t=["Contrata-se auxiliar de limpeza", "Vaga para motorista", "Precisa-se de atendente"],
    job=["Não precisa de experiência.", "Salário mais benefícios.", "Enviar currículo ou ligar.", "Início imediato."],
    room_t=["Alugo quarto mobiliado", "Quarto para moça, contas inclusas"],
    room=["Perto do metrô.", "Internet e água inclusas.", "Não aceito animais.", "Ambiente familiar."],
    sale_t=["Vendo celular seminovo", "Vendo geladeira", "Vendo moto revisada"],
    sale=["Tudo funcionando.", "Aceito proposta.", "Entrego em mãos.", "Só interessados."],
    cue=["Chama no zap {n}", "WhatsApp {n}", "Ligue {n}", "Contato: {n}", "Zap: {n}", "Tel/Zap {n}"],
    place=["📍 {p}", "Atendo em {p}", "Região {p}", "Bairro {p}"],
    tplace=["{t} - {p}", "{t} em {p}"],
    names=["Bruna", "Larissa", "Gabi", "Thaís", "Letícia", "Carol", "Bianca"],
)
L["fr"] = dict(
    esc_t=["{name} 💋 nouvelle en ville", "Charmante {name} disponible", "{name}, douce et coquine", "Belle {name} reçoit et se déplace"],
    esc=["Bonjour messieurs, je suis douce et discrète.", "Je reçois dans un cadre propre et climatisé.", "Photos réelles garanties.",
         "Appels masqués ignorés.", "Pas sérieux s'abstenir.", "Déplacements à l'hôtel possibles.", "Joignable par SMS ou WhatsApp."],
    mas_t=["Massage relaxant avec {name}", "Massage californien à domicile", "Masseuse diplômée, massage complet"],
    mas=["Massage aux huiles chaudes.", "Cadre zen et discret.", "Sur rendez-vous uniquement.", "Douche disponible."],
    job_t=["Recrutement : chauffeurs", "Offre d'emploi : serveuses", "Cherche agent de nettoyage"],
    job=["Déposez vos CV rapidement.", "Aucune expérience exigée.", "Salaire motivant.", "Entretien cette semaine."],
    abr_t=["Travail au {dest}, visa offert", "Recrutement pour le {dest}"],
    abr=["Billet d'avion et logement pris en charge.", "Salaire en dollars.", "Frais de dossier à payer avant le départ.",
         "Places limitées.", "Écrivez à notre agent par WhatsApp."],
    room_t=["Chambre meublée à louer", "Studio disponible de suite"],
    room=["Proche des transports.", "Charges comprises.", "Non-fumeur de préférence.", "Visite sur rendez-vous."],
    sale_t=["Vends téléphone comme neuf", "À vendre : frigo", "Vends scooter"],
    sale=["Très bon état.", "Prix à débattre.", "Remise en main propre.", "Pas d'échange."],
    cue=["Appelle-moi au {n}", "Tél : {n}", "WhatsApp : {n}", "Joignable au {n}", "Contact {n}", "SMS {n}"],
    place=["📍 {p}", "Secteur {p}", "Je reçois à {p}", "Sur {p}"],
    tplace=["{t} - {p}", "{t} à {p}"],
    names=["Chloé", "Léa", "Inès", "Manon", "Yasmine", "Camille", "Océane"],
    dest=["Canada", "Qatar", "Koweït", "Dubaï"],
)
L["de"] = dict(
    esc_t=["{name} 💋 neu in der Stadt", "Sexy {name} privat", "{name} verwöhnt dich", "Zärtliche {name} Haus- und Hotelbesuche"],
    esc=["Hallo, ich bin {name}, zärtlich und diskret.", "Haus- und Hotelbesuche.", "Echte Bilder.", "Keine unterdrückten Nummern.",
         "Termine nach Absprache.", "Ich freue mich auf dich."],
    mas_t=["Entspannende Massage mit {name}", "Tantra Massage privat", "Ganzkörpermassage"],
    mas=["Massage mit warmem Öl.", "Saubere und diskrete Räume.", "Nur mit Termin.", "Dusche vorhanden."],
    job_t=["Fahrer gesucht", "Reinigungskraft gesucht", "Aushilfe für Lager gesucht"],
    job=["Keine Erfahrung nötig.", "Gute Bezahlung.", "Bewerbung per WhatsApp.", "Sofortiger Start."],
    room_t=["WG-Zimmer frei", "Möbliertes Zimmer zu vermieten"],
    room=["Nähe U-Bahn.", "Nebenkosten inklusive.", "Nichtraucher bevorzugt.", "Besichtigung nach Absprache."],
    sale_t=["Handy zu verkaufen", "Kühlschrank abzugeben", "Fahrrad zu verkaufen"],
    sale=["Top Zustand.", "Nur Abholung.", "Preis verhandelbar.", "Privatverkauf, keine Garantie."],
    cue=["Ruf mich an {n}", "Tel. {n}", "WhatsApp {n}", "Handy: {n}", "Kontakt {n}", "Anrufe & SMS {n}"],
    place=["📍 {p}", "in {p}", "Raum {p}", "Nähe {p}"],
    tplace=["{t} - {p}", "{t} in {p}"],
    names=["Lena", "Jana", "Nina", "Sophie", "Lara", "Mia"],
)
L["it"] = dict(
    esc_t=["{name} 💋 novità", "Bellissima {name} appena arrivata", "{name} dolce e coccolona", "Splendida {name} riceve"],
    esc=["Ciao amore, sono dolce e riservata.", "Ricevo in ambiente pulito e discreto.", "Foto reali al cento per cento.",
         "No numeri privati.", "Solo uomini educati.", "Anche hotel."],
    mas_t=["Massaggio rilassante con {name}", "Massaggi orientali", "Massaggiatrice professionale"],
    mas=["Massaggio con olio caldo.", "Ambiente climatizzato.", "Solo su appuntamento.", "Doccia disponibile."],
    job_t=["Cercasi autista", "Cercasi cameriera", "Offerta di lavoro magazzino"],
    job=["Nessuna esperienza richiesta.", "Pagamento settimanale.", "Inviare curriculum.", "Inizio immediato."],
    room_t=["Affittasi stanza singola", "Camera arredata in affitto"],
    room=["Vicino alla metro.", "Spese incluse.", "No animali.", "Solo referenziati."],
    sale_t=["Vendo cellulare come nuovo", "Vendo frigorifero", "Vendo scooter"],
    sale=["Perfette condizioni.", "Prezzo trattabile.", "Consegna a mano.", "No perditempo."],
    cue=["Chiamami al {n}", "Tel {n}", "WhatsApp {n}", "Cell. {n}", "Info {n}"],
    place=["📍 {p}", "zona {p}", "Ricevo a {p}"],
    tplace=["{t} - {p}", "{t} a {p}"],
    names=["Giulia", "Chiara", "Martina", "Sara", "Alessia"],
)
L["nl"] = dict(
    esc_t=["{name} 💋 nieuw in de stad", "Lieve {name} ontvangt", "Sexy {name} privé"],
    esc=["Hoi, ik ben lief en discreet.", "Ontvangst en hotelbezoek.", "Echte foto's.", "Geen anonieme nummers.", "Alleen op afspraak."],
    mas_t=["Ontspannende massage met {name}", "Tantra massage"],
    mas=["Massage met warme olie.", "Schone en rustige ruimte.", "Douche aanwezig."],
    room_t=["Kamer te huur", "Gemeubelde studio"],
    room=["Dicht bij het station.", "Inclusief gas, water en licht.", "Geen huisdieren."],
    sale_t=["Telefoon te koop", "Fiets te koop"],
    sale=["In nieuwstaat.", "Ophalen.", "Prijs in overleg."],
    cue=["Bel me {n}", "Tel: {n}", "WhatsApp {n}", "Contact {n}"],
    place=["📍 {p}", "in {p}", "regio {p}"],
    tplace=["{t} - {p}", "{t} in {p}"],
    names=["Sanne", "Fleur", "Lotte", "Noa"],
)
L["pl"] = dict(
    esc_t=["{name} 💋 nowa w mieście", "Słodka {name} zaprasza", "{name} dyskretnie"],
    esc=["Cześć, jestem miła i dyskretna.", "Przyjmuję u siebie i dojeżdżam do hotelu.", "Prawdziwe zdjęcia.", "Nie odbieram zastrzeżonych numerów."],
    mas_t=["Masaż relaksacyjny {name}", "Masaż tantryczny"],
    mas=["Masaż ciepłym olejkiem.", "Czyste i dyskretne miejsce.", "Tylko po umówieniu."],
    job_t=["Praca: kierowca", "Zatrudnię sprzątaczkę", "Praca na magazynie od zaraz"],
    job=["Doświadczenie nie jest wymagane.", "Wypłata co tydzień.", "CV proszę wysyłać na WhatsApp."],
    room_t=["Pokój do wynajęcia", "Wynajmę kawalerkę"],
    room=["Blisko metra.", "Media w cenie.", "Bez zwierząt."],
    sale_t=["Sprzedam telefon", "Sprzedam lodówkę"],
    sale=["Stan idealny.", "Odbiór osobisty.", "Cena do negocjacji."],
    cue=["Zadzwoń {n}", "Tel. {n}", "WhatsApp {n}", "Kontakt: {n}"],
    place=["📍 {p}", "okolice: {p}", "lokalizacja: {p}"],
    tplace=["{t} - {p}", "{p}: {t}"],
    names=["Kasia", "Ola", "Natalia", "Zuzia", "Wiktoria"],
)
L["ro"] = dict(
    esc_t=["{name} 💋 nouă în oraș", "Dulce {name} te așteaptă", "{name} discretă"],
    esc=["Bună, sunt o fată dulce și discretă.", "Primesc la mine sau vin la hotel.", "Poze reale.", "Nu răspund la număr privat."],
    mas_t=["Masaj de relaxare cu {name}", "Masaj tantric"],
    mas=["Masaj cu ulei cald.", "Spațiu curat și discret.", "Doar cu programare."],
    job_t=["Angajăm șofer", "Angajăm femeie de serviciu"],
    job=["Nu este necesară experiența.", "Plata săptămânal.", "Trimiteți CV-ul pe WhatsApp."],
    abr_t=["Muncă în {dest}, cazare asigurată", "Angajăm pentru {dest}, plecare rapidă"],
    abr=["Transport și cazare gratuite.", "Salariu în euro.", "Taxă mică de înscriere.", "Locuri limitate, sunați agentul."],
    room_t=["Închiriez cameră", "Garsonieră de închiriat"],
    room=["Aproape de metrou.", "Utilități incluse.", "Fără animale."],
    sale_t=["Vând telefon", "Vând frigider"],
    sale=["Stare foarte bună.", "Preț negociabil.", "Predare personală."],
    cue=["Sună-mă {n}", "Tel: {n}", "WhatsApp {n}", "Contact {n}"],
    place=["📍 {p}", "zona {p}", "în {p}"],
    tplace=["{t} - {p}", "{t} în {p}"],
    names=["Andreea", "Bianca", "Ioana", "Roxana", "Alexandra"],
    dest=["Germania", "Olanda", "Anglia", "Danemarca"],
)
L["ru"] = dict(
    esc_t=["{name} 💋 новенькая", "Милая {name} ждёт тебя", "{name}, только реальные фото", "Индивидуалка {name}"],
    esc=["Привет, я ласковая и нежная.", "Апартаменты и выезд.", "Фото мои, без обмана.", "На скрытые номера не отвечаю.",
         "Только порядочные мужчины.", "Пишите в Telegram или WhatsApp."],
    mas_t=["Расслабляющий массаж от {name}", "Массаж для мужчин", "Тайский массаж"],
    mas=["Массаж с тёплым маслом.", "Чисто и уютно.", "Только по записи.", "Есть душ."],
    job_t=["Требуются водители", "Работа: уборщицы", "Склад, вахта, срочно"],
    job=["Опыт не нужен.", "Оплата каждую неделю.", "Жильё предоставляем.", "Звоните или пишите."],
    abr_t=["Работа в {dest}, виза бесплатно", "Вакансии в {dest} для девушек"],
    abr=["Перелёт и проживание за счёт работодателя.", "Зарплата в долларах.", "Небольшой сбор за оформление.",
         "Количество мест ограничено.", "Номер пишем словами из-за блокировок."],
    room_t=["Сдам комнату", "Сдаётся квартира-студия"],
    room=["Рядом метро.", "Коммунальные включены.", "Без животных.", "Только славяне, без вредных привычек."],
    sale_t=["Продам телефон", "Продаю холодильник"],
    sale=["Состояние отличное.", "Торг уместен.", "Самовывоз."],
    cue=["Тел: {n}", "Звони {n}", "WhatsApp/Telegram {n}", "Тел/Viber {n}", "Пиши {n}"],
    place=["📍 {p}", "г. {p}", "район {p}"],
    tplace=["{t} - {p}", "{p}: {t}"],
    names=["Алина", "Вика", "Настя", "Катя", "Юля", "Даша"],
    dest=["Дубай", "Турция", "Израиль", "Польша"],
)
L["uk"] = dict(
    esc_t=["{name} 💋 новенька", "Мила {name} чекає", "{name}, реальні фото"],
    esc=["Привіт, я ніжна і ласкава.", "Апартаменти та виїзд.", "Фото мої.", "На приховані номери не відповідаю."],
    mas_t=["Розслаблюючий масаж від {name}", "Масаж для чоловіків"],
    mas=["Масаж з теплою олією.", "Чисто і затишно.", "Тільки за записом."],
    job_t=["Потрібні водії", "Робота для дівчат"],
    job=["Досвід не потрібен.", "Оплата щотижня.", "Житло надаємо."],
    abr_t=["Робота в {dest}, віза безкоштовно", "Вакансії в {dest}"],
    abr=["Переліт і житло за рахунок роботодавця.", "Зарплата в євро.", "Невеликий збір за оформлення.", "Номер агента пишемо словами."],
    cue=["Тел: {n}", "Дзвони {n}", "Viber/Telegram {n}", "Пиши {n}"],
    place=["📍 {p}", "м. {p}"],
    tplace=["{t} - {p}", "{p}: {t}"],
    names=["Оксана", "Соломія", "Іра", "Марічка"],
    dest=["Польща", "Чехія", "Німеччина"],
)
L["tr"] = dict(
    esc_t=["{name} 💋 yeni", "Güzel {name} seni bekliyor", "{name} eve otele gelir"],
    esc=["Merhaba, ben tatlı ve gizli bir kızım.", "Ev ve otel kabul.", "Fotoğraflar gerçek.", "Gizli numaralara cevap vermem.", "Sadece kibar beyler."],
    mas_t=["{name} ile rahatlatıcı masaj", "Bay bayan masaj salonu"],
    mas=["Sıcak yağ ile masaj.", "Temiz ve sakin ortam.", "Randevu ile.", "Duş mevcut."],
    job_t=["Şoför aranıyor", "Bayan garson aranıyor", "Depo elemanı alınacak"],
    job=["Tecrübe şartı yok.", "Haftalık ödeme.", "Yemek ve yol bizden.", "Hemen başla."],
    room_t=["Kiralık oda", "Eşyalı stüdyo daire"],
    room=["Metroya yakın.", "Faturalar dahil.", "Evcil hayvan yok."],
    sale_t=["Satılık telefon", "Satılık buzdolabı"],
    sale=["Temiz kullanılmış.", "Pazarlık payı var.", "Elden teslim."],
    cue=["Arayın {n}", "Tel: {n}", "WhatsApp {n}", "İletişim {n}"],
    place=["📍 {p}", "Konum: {p}", "{p} bölgesi"],
    tplace=["{t} - {p}", "{p}: {t}"],
    names=["Elif", "Melis", "Ece", "Derya", "Buse", "Aslı"],
)
L["ar"] = dict(
    esc_t=["{name} 💋 جديدة", "الجميلة {name} متاحة الآن", "{name} مساج وخدمة فنادق"],
    esc=["مرحبا، أنا لطيفة وهادئة.", "استقبال وزيارات للفنادق.", "صور حقيقية.", "لا أرد على الأرقام الخاصة.", "للجادين فقط."],
    mas_t=["مساج استرخاء مع {name}", "مركز مساج للرجال", "مساج تايلندي"],
    mas=["مساج بالزيت الدافئ.", "مكان نظيف وهادئ.", "بموعد مسبق.", "يوجد دش."],
    job_t=["مطلوب سائق", "مطلوب عاملة نظافة", "وظائف شاغرة في مطعم"],
    job=["لا يشترط خبرة.", "راتب أسبوعي.", "سكن مجاني.", "أرسل سيرتك الذاتية."],
    abr_t=["عمل في {dest} مع فيزا مجانية", "مطلوب عمال لـ{dest}"],
    abr=["تذكرة وسكن على الشركة.", "الراتب بالدولار.", "رسوم بسيطة قبل السفر.", "الأماكن محدودة."],
    room_t=["غرفة للإيجار", "شقة مفروشة للإيجار"],
    room=["قريب من المترو.", "الفواتير مشمولة.", "للعزاب فقط.", "بدون حيوانات."],
    sale_t=["للبيع جوال", "للبيع ثلاجة"],
    sale=["بحالة ممتازة.", "السعر قابل للتفاوض.", "التسليم يدا بيد."],
    cue=["واتساب {n}", "اتصل {n}", "للتواصل {n}", "جوال: {n}", "تواصل واتس {n}"],
    place=["📍 {p}", "في {p}", "منطقة {p}"],
    tplace=["{t} - {p}", "{t} في {p}"],
    names=["نور", "ريم", "ليلى", "سارة", "ياسمين", "هبة", "مريم"],
    dest=["السعودية", "قطر", "الكويت", "دبي"],
)
L["ur"] = dict(
    esc_t=["{name} 💋 nayi aayi hai", "خوبصورت {name} دستیاب", "{name} home service"],
    esc=["Full privacy, decent log contact karein.", "ہوٹل اور گھر سروس دستیاب ہے۔", "Real pics, koi fake nahi.", "پرائیویٹ نمبر سے کال نہ کریں۔"],
    mas_t=["{name} se relaxing massage", "مساج سروس"],
    mas=["گرم تیل سے مساج۔", "Saaf suthri jagah.", "Appointment zaroori hai."],
    job_t=["Driver ki zaroorat hai", "ملازمت کے مواقع"],
    job=["Tajurba zaroori nahi.", "ہفتہ وار تنخواہ۔", "Rehaish muft."],
    abr_t=["{dest} mein naukri, visa free", "{dest} کے لیے ورکرز درکار"],
    abr=["Ticket aur rehaish company ki taraf se.", "تنخواہ ڈالر میں۔", "Thori si processing fee.", "Agent ka number lafzon mein likha hai."],
    cue=["Call/WhatsApp {n}", "رابطہ {n}", "WhatsApp {n}", "Contact karein {n}"],
    place=["📍 {p}", "{p} میں", "{p} area"],
    tplace=["{t} - {p}", "{t} ({p})"],
    names=["Ayesha", "Hira", "Sana", "Mahnoor", "Rabia", "عائشہ", "حرا"],
    dest=["Dubai", "Saudia", "Qatar", "دبئی", "سعودی عرب"],
)
L["hi"] = dict(
    esc_t=["{name} 💋 new hai", "{name} independent call girl", "सुंदर {name} उपलब्ध", "{name} hotel service"],
    esc=["Genuine service, koi advance nahi.", "होटल और घर दोनों सर्विस।", "Real photos, no fake.", "केवल सीरियस लोग संपर्क करें।", "Cash payment only, full privacy."],
    mas_t=["{name} body to body massage", "स्पा और मसाज सेंटर"],
    mas=["गर्म तेल से मसाज।", "Female to male massage.", "Saaf aur safe jagah.", "Appointment pe aayein."],
    job_t=["Driver chahiye urgent", "नौकरी: हेल्पर चाहिए", "Delivery boys wanted"],
    job=["Experience zaroori nahi.", "हर हफ्ते पेमेंट।", "Rehna khana free.", "Aaj hi call karein."],
    abr_t=["{dest} mein job, visa free", "{dest} के लिए भर्ती"],
    abr=["Ticket aur visa company dega.", "सैलरी डॉलर में।", "Thodi si processing fee lagegi.", "Agent ka number shabdon mein hai, dhyan se padhein."],
    room_t=["Room on rent", "कमरा किराये पर"],
    room=["Fully furnished, family preferred.", "बिजली पानी शामिल।", "Bachelors allowed."],
    cue=["Call/WhatsApp {n}", "संपर्क करें {n}", "WhatsApp {n}", "Call karo {n}"],
    place=["📍 {p}", "{p} में", "{p} area"],
    tplace=["{t} - {p}", "{t} ({p})"],
    names=["Priya", "Neha", "Riya", "Pooja", "प्रिया", "नेहा"],
    dest=["Dubai", "Saudi", "Kuwait", "दुबई"],
)
L["bn"] = dict(
    mas_t=["বডি ম্যাসাজ সার্ভিস", "স্পা সেন্টার"],
    mas=["গরম তেল দিয়ে ম্যাসাজ।", "পরিষ্কার ও নিরাপদ পরিবেশ।", "অগ্রিম সময় নিন।"],
    job_t=["ড্রাইভার চাই", "চাকরির সুযোগ"],
    job=["অভিজ্ঞতা লাগবে না।", "সাপ্তাহিক বেতন।", "থাকা খাওয়া ফ্রি।"],
    abr_t=["{dest} যেতে চান? ভিসা ফ্রি", "{dest} কাজের ভিসা"],
    abr=["টিকিট ও থাকা কোম্পানির।", "বেতন ডলারে।", "অল্প প্রসেসিং ফি।", "এজেন্টের নম্বর কথায় লেখা।"],
    sale_t=["মোবাইল বিক্রি হবে", "ফ্রিজ বিক্রি"],
    sale=["একদম নতুনের মতো।", "দাম আলোচনা সাপেক্ষে।"],
    cue=["যোগাযোগ {n}", "কল করুন {n}", "WhatsApp {n}", "ইমো/হোয়াটসঅ্যাপ {n}"],
    place=["📍 {p}", "{p} এলাকা"],
    tplace=["{t} - {p}", "{t} ({p})"],
    names=["মিম", "নুসরাত", "তানিয়া"],
    dest=["সৌদি আরব", "মালয়েশিয়া", "দুবাই"],
)
L["id"] = dict(
    esc_t=["{name} 💋 baru", "Cewek cantik {name} ready", "{name} bisa BO", "{name} open booking"],
    esc=["Halo kak, aku ramah dan bersih.", "Bisa ke hotel atau apartemen.", "Foto asli, bukan tipu.", "Tidak angkat nomor privat.",
         "Serius saja ya kak.", "Chat dulu sebelum datang."],
    mas_t=["Pijat relaksasi dengan {name}", "Pijat panggilan", "Spa dan pijat tradisional"],
    mas=["Pijat dengan minyak hangat.", "Tempat bersih dan aman.", "Harus janjian dulu.", "Ada kamar mandi."],
    job_t=["Lowongan sopir", "Dicari pelayan restoran", "Loker admin gudang"],
    job=["Tidak perlu pengalaman.", "Gaji mingguan.", "Mess disediakan.", "Kirim CV lewat WA."],
    abr_t=["Kerja di {dest}, visa gratis", "Lowongan ke {dest}, tanpa biaya*"],
    abr=["Tiket dan mess ditanggung.", "Gaji dalam dolar.", "Ada biaya proses kecil.", "Nomor agen ditulis pakai huruf karena diblokir."],
    room_t=["Kos putri disewakan", "Kamar kos bulanan"],
    room=["Dekat stasiun.", "Sudah termasuk listrik dan air.", "Khusus karyawati."],
    sale_t=["Jual HP mulus", "Dijual kulkas", "Jual motor"],
    sale=["Mulus, normal semua.", "Harga nego tipis.", "COD saja."],
    cue=["WA {n}", "Hub {n}", "Hp/WA {n}", "Kontak {n}", "Telp {n}"],
    place=["📍 {p}", "Area {p}", "di {p}", "Lokasi {p}"],
    tplace=["{t} - {p}", "{t} di {p}"],
    names=["Putri", "Sinta", "Ayu", "Dewi", "Nadia", "Intan", "Rara"],
    dest=["Malaysia", "Taiwan", "Hong Kong", "Arab Saudi"],
)
L["ms"] = dict(
    esc_t=["{name} 💋 baru sampai", "Awek cun {name}", "{name} boleh datang hotel"],
    esc=["Hai, saya peramah dan bersih.", "Boleh datang hotel.", "Gambar betul, bukan tipu.", "Serius sahaja."],
    mas_t=["Urut badan dengan {name}", "Urutan tradisional"],
    mas=["Urut guna minyak panas.", "Tempat bersih dan selamat.", "Kena buat temujanji."],
    job_t=["Kerja kosong: pemandu", "Jawatan kosong pelayan"],
    job=["Tiada pengalaman diperlukan.", "Gaji mingguan.", "Asrama disediakan."],
    room_t=["Bilik untuk disewa", "Bilik sewa bulanan"],
    room=["Dekat stesen.", "Termasuk api dan air.", "Untuk pekerja wanita sahaja."],
    cue=["WhatsApp {n}", "Hubungi {n}", "Tel: {n}", "Call/WA {n}"],
    place=["📍 {p}", "Kawasan {p}", "di {p}"],
    tplace=["{t} - {p}", "{t} di {p}"],
    names=["Aina", "Mira", "Farah", "Sofea"],
)
L["vi"] = dict(
    esc_t=["{name} 💋 mới", "Em {name} xinh đẹp", "{name} phục vụ tận tình"],
    esc=["Chào anh, em dễ thương và kín đáo.", "Có phòng riêng, nhận khách sạn.", "Ảnh thật trăm phần trăm.", "Không nghe số ẩn.", "Liên hệ Zalo nhé."],
    mas_t=["Massage thư giãn cùng {name}", "Massage body"],
    mas=["Massage bằng dầu nóng.", "Phòng sạch sẽ, kín đáo.", "Cần đặt lịch trước."],
    job_t=["Tuyển tài xế", "Tuyển nhân viên phục vụ"],
    job=["Không cần kinh nghiệm.", "Lương tuần.", "Bao ăn ở."],
    abr_t=["Đi làm {dest}, miễn phí visa", "Tuyển lao động đi {dest}"],
    abr=["Vé máy bay và chỗ ở miễn phí.", "Lương bằng đô la.", "Chỉ đóng phí hồ sơ nhỏ.", "Số của đại lý viết bằng chữ vì bị chặn."],
    room_t=["Cho thuê phòng", "Phòng trọ giá rẻ"],
    room=["Gần chợ.", "Bao điện nước.", "Không nuôi thú cưng."],
    cue=["Zalo {n}", "Liên hệ {n}", "Gọi {n}", "SĐT/Zalo {n}", "ĐT: {n}"],
    place=["📍 {p}", "Khu vực {p}", "tại {p}"],
    tplace=["{t} - {p}", "{t} tại {p}"],
    names=["Linh", "Trang", "Ngọc", "Hương", "Mai", "Thảo"],
    dest=["Nhật Bản", "Đài Loan", "Hàn Quốc"],
)
L["th"] = dict(
    esc_t=["{name} 💋 มาใหม่", "{name} น่ารัก รับงาน", "{name} ฟิวแฟน"],
    esc=["สวัสดีค่ะ น่ารัก เป็นกันเอง", "รับงานโรงแรมและห้องส่วนตัว", "รูปตรงปก", "ไม่รับสายเบอร์ส่วนตัว", "แอดไลน์ก่อนนะคะ"],
    mas_t=["นวดผ่อนคลายกับ{name}", "นวดน้ำมัน นวดไทย"],
    mas=["นวดน้ำมันอุ่น", "ห้องสะอาด เป็นส่วนตัว", "กรุณานัดล่วงหน้า", "มีห้องอาบน้ำ"],
    job_t=["รับสมัครพนักงานขับรถ", "รับสมัครพนักงานเสิร์ฟ"],
    job=["ไม่ต้องมีประสบการณ์", "จ่ายรายสัปดาห์", "มีที่พักให้"],
    room_t=["ห้องให้เช่า", "คอนโดให้เช่า"],
    room=["ใกล้รถไฟฟ้า", "รวมค่าน้ำค่าไฟ", "ห้ามเลี้ยงสัตว์"],
    sale_t=["ขายมือถือ", "ขายตู้เย็น"],
    sale=["สภาพดี", "ต่อรองได้", "นัดรับได้"],
    cue=["โทร {n}", "LINE/โทร {n}", "ติดต่อ {n}", "เบอร์ {n}"],
    place=["📍 {p}", "ย่าน{p}", "แถว{p}"],
    tplace=["{t} - {p}", "{t} ({p})"],
    names=["น้องมิว", "น้องแพรว", "น้องเมย์", "น้องฝ้าย"],
)
L["zh"] = dict(
    esc_t=["{name} 💋 新到", "{name} 温柔可爱", "{name} 上门服务"],
    esc=["你好，我温柔体贴。", "可以到酒店。", "真实照片。", "不接隐藏号码。", "请先加微信。"],
    mas_t=["{name} 放松按摩", "泰式按摩 精油按摩"],
    mas=["热油按摩。", "环境干净安全。", "需要预约。", "可以洗澡。"],
    job_t=["招聘司机", "招聘服务员"],
    job=["无需经验。", "周结工资。", "包吃包住。"],
    room_t=["单间出租", "房间出租"],
    room=["近地铁。", "包水电网。", "不养宠物。"],
    cue=["电话 {n}", "微信/电话 {n}", "联系 {n}", "手机 {n}", "WhatsApp {n}"],
    place=["📍 {p}", "地址：{p}", "{p}附近"],
    tplace=["{t} - {p}", "{p} {t}"],
    names=["小雪", "丽丽", "婷婷", "美美", "小优"],
)
L["ja"] = dict(
    esc_t=["{name} 💋 新人", "癒し系{name}", "{name} 出張OK"],
    esc=["はじめまして、優しい性格です。", "ホテル出張できます。", "写真は本人です。", "非通知はお断り。", "ご予約はお早めに。"],
    mas_t=["{name}のリラクゼーション", "出張マッサージ"],
    mas=["オイルマッサージ。", "清潔な個室です。", "完全予約制。", "シャワーあり。"],
    room_t=["ルームシェア募集", "部屋貸します"],
    room=["駅近。", "光熱費込み。", "ペット不可。"],
    cue=["電話 {n}", "TEL {n}", "お問い合わせ {n}", "携帯 {n}"],
    place=["📍 {p}", "{p}エリア", "{p}駅近く"],
    tplace=["{t} - {p}", "【{p}】{t}"],
    names=["ゆい", "さくら", "みゆ", "あやか", "りな"],
)
L["ko"] = dict(
    mas_t=["{name} 힐링 마사지", "출장 마사지"],
    mas=["따뜻한 오일 마사지.", "깨끗한 개인실.", "예약제.", "샤워 가능."],
    job_t=["운전기사 모집", "서빙 알바 구함"],
    job=["경력 무관.", "주급 지급.", "숙소 제공."],
    room_t=["원룸 임대", "하숙 방 있음"],
    room=["역세권.", "관리비 포함.", "반려동물 불가."],
    cue=["전화 {n}", "문의 {n}", "연락처 {n}", "카톡/전화 {n}"],
    place=["📍 {p}", "{p} 지역", "{p}역 근처"],
    tplace=["{t} - {p}", "[{p}] {t}"],
    names=["지수", "하나", "유리", "민지"],
)
L["sw"] = dict(
    esc_t=["{name} 💋 mrembo mpya", "{name} anapatikana sasa", "Msichana mrembo {name}"],
    esc=["Habari, mimi ni mpole na msiri.", "Napatikana hoteli na nyumbani.", "Picha ni halisi.", "Sipokei namba za siri.", "Wanaume wa heshima tu."],
    mas_t=["Massage ya kupumzika na {name}", "Huduma ya massage"],
    mas=["Massage kwa mafuta ya moto.", "Mahali safi na salama.", "Panga miadi kwanza."],
    job_t=["Nafasi za kazi: madereva", "Tunatafuta wahudumu"],
    job=["Hakuna uzoefu unaohitajika.", "Malipo kila wiki.", "Malazi bure."],
    abr_t=["Kazi {dest}, visa bure", "Nafasi za kazi {dest}"],
    abr=["Tiketi na malazi bure.", "Mshahara kwa dola.", "Ada ndogo ya usajili kabla ya safari.", "Namba ya wakala imeandikwa kwa maneno."],
    room_t=["Chumba cha kupanga", "Bedsitter inapatikana"],
    room=["Karibu na stage.", "Maji na umeme ni pamoja.", "Hakuna wanyama."],
    sale_t=["Simu inauzwa", "Friji inauzwa"],
    sale=["Iko safi kabisa.", "Bei maelewano.", "Wanunuzi wa kweli tu."],
    cue=["Piga {n}", "WhatsApp {n}", "Nipigie {n}", "Mawasiliano {n}", "Tuma SMS {n}"],
    place=["📍 {p}", "Tupo {p}", "Eneo la {p}"],
    tplace=["{t} - {p}", "{t} {p}"],
    names=["Wanjiru", "Akinyi", "Zawadi", "Neema", "Rehema"],
    dest=["Dubai", "Saudi", "Qatar", "Oman"],
)
L["tl"] = dict(
    esc_t=["{name} 💋 bagong salta", "Chinita {name} available", "{name} legit, no scam"],
    esc=["Hi po, mabait at discreet ako.", "Pwede sa hotel o condo.", "Real pics po, walang scam.", "Hindi sumasagot sa private number.", "Serious lang po."],
    mas_t=["Relaxing massage ni {name}", "Home service massage"],
    mas=["Hilot with warm oil.", "Malinis at safe na place.", "Text muna para sa sched."],
    job_t=["Hiring: driver", "Hiring agad: waitress"],
    job=["No experience needed po.", "Weekly ang sahod.", "May stay-in."],
    abr_t=["Work sa {dest}, libre visa", "Hiring papuntang {dest}"],
    abr=["Libre ticket at tirahan.", "Sweldo in dollars.", "May maliit na processing fee.", "Nakasulat sa letra ang number ng agent dahil sa ban."],
    room_t=["Room for rent, all in", "Bedspace for rent"],
    room=["Malapit sa MRT.", "Kasama na ang kuryente at tubig.", "Bawal ang pets."],
    cue=["Text/Call {n}", "CP# {n}", "Viber {n}", "Contact {n}"],
    place=["📍 {p}", "Sa {p}", "{p} area"],
    tplace=["{t} - {p}", "{t} sa {p}"],
    names=["Jhoanna", "Kristine", "Mae", "Aira", "Joy", "Bea"],
    dest=["Dubai", "Saudi", "Kuwait", "Hong Kong"],
)
# neutral English for posts whose region must stay unknowable
EN_NEUTRAL = dict(L["en"])

SCRAPER_LINES = ["Report this ad", "« Back to results", "Share: Facebook | X | Telegram", "Read more »", "[[IMG]]", "<!-- ad -->",
                 "Add to favourites ♡", "Posted by: verified user", "&nbsp;", "Login to see more", "{{contact_button}}",
                 "<div class=\"ad-meta\"></div>", "Safety tips: never send money in advance.", "Show phone number"]
# ----------------------------------------------------------------------------------------------
# Countries: weights, languages, places (region evidence), web addresses, money.
# A place list holds names a careful reader places in exactly one of the set's countries; names
# shared between countries only ever appear with their qualifier ("Paris, TX", "London, Ontario").
# ----------------------------------------------------------------------------------------------
C = {}


def country(code, weight, langs, latin, native=(), qualified=(), cctld=(), sub=(), name=(), money=(), local_id=()):
    C[code] = dict(weight=weight, langs=langs, latin=list(latin), native=list(native), qualified=list(qualified),
                   cctld=list(cctld), sub=list(sub), name=list(name), money=list(money), local_id=list(local_id))


country("AU", 3, [("en", 1)], ["Sydney", "Melbourne", "Brisbane", "Adelaide", "Gold Coast", "Parramatta", "St Kilda", "Fortitude Valley", "Surfers Paradise"],
        qualified=["Perth WA", "Newcastle NSW"], cctld=["com.au"], sub=["sydney", "melbourne", "brisbane"], name=["Australia"],
        money=["${a}", "AUD {a}", "${a}/hr"], local_id=["abn"])
country("IN", 3, [("en", 5), ("hi", 5)], ["Mumbai", "Delhi", "Bengaluru", "Pune", "Chennai", "Kolkata", "Andheri", "Bandra", "Koramangala", "Gurgaon", "Connaught Place"],
        native=["मुंबई", "दिल्ली", "पुणे", "अंधेरी", "बांद्रा"], qualified=["Hyderabad, Telangana"], cctld=["co.in", "in"], sub=["mumbai", "delhi", "bangalore"],
        name=["India", "भारत"], money=["₹{a}", "Rs. {a}", "INR {a}"], local_id=["aadhaar", "pin"])
country("GB", 1, [("en", 1)], ["London", "Manchester", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Shoreditch", "Hackney"],
        qualified=["Birmingham, West Midlands", "Perth, Scotland"], cctld=["co.uk"], sub=["london", "manchester", "leeds"], name=["UK"],
        money=["£{a}", "£{a}/hr", "GBP {a}"], local_id=["uk_postcode", "ni_number"])
country("JP", 3, [("ja", 8), ("en", 2)], ["Tokyo", "Osaka", "Shinjuku", "Shibuya", "Roppongi"],
        native=["東京", "大阪", "新宿", "渋谷", "池袋", "六本木", "難波", "梅田", "横浜"], cctld=["jp", "co.jp"], sub=["tokyo", "osaka"], name=["Japan", "日本"],
        money=["¥{a}", "{a}円"], local_id=["jp_postcode"])
country("SG", 3, [("en", 7), ("zh", 3)], ["Orchard Road", "Geylang", "Tanjong Pagar", "Jurong East", "Tampines", "Bugis", "Singapore"],
        native=["新加坡", "牛车水", "芽笼"], cctld=["com.sg", "sg"], sub=["singapore"], name=["Singapore", "新加坡"],
        money=["S${a}", "SGD {a}"], local_id=["nric"])
country("EC", 3, [("es", 1)], ["Quito", "Guayaquil", "La Mariscal", "Samborondón", "Ambato", "Manta", "Machala"],
        qualified=["Cuenca, Azuay"], cctld=["com.ec", "ec"], sub=["quito", "guayaquil"], name=["Ecuador"],
        money=["${a}", "USD {a}"], local_id=["cedula_ec"])
country("PH", 3, [("en", 5), ("tl", 5)], ["Manila", "Makati", "Quezon City", "Cebu City", "Pasay", "Davao City", "Taguig", "BGC", "Parañaque", "Angeles City"],
        cctld=["com.ph", "ph"], sub=["manila", "cebu"], name=["Philippines", "Pinas"], money=["₱{a}", "Php {a}", "PHP {a}"], local_id=["gcash"])
country("NG", 3, [("en", 1)], ["Lagos", "Abuja", "Lekki", "Ikeja", "Victoria Island", "Port Harcourt", "Ibadan", "Enugu", "Wuse II", "Maitama", "Surulere", "Ajah"],
        cctld=["com.ng", "ng"], sub=["lagos", "abuja"], name=["Nigeria", "Naija"], money=["₦{a}", "N{a}", "NGN {a}"], local_id=["nuban", "nin"])
country("KE", 3, [("en", 5), ("sw", 5)], ["Nairobi", "Mombasa", "Kisumu", "Westlands", "Kilimani", "Nyali", "Thika", "Nakuru", "Eldoret", "Kasarani", "Ruaka", "Rongai"],
        cctld=["co.ke"], sub=["nairobi", "mombasa"], name=["Kenya"], money=["Ksh {a}", "KES {a}", "sh. {a}"], local_id=["mpesa"])
country("GH", 3, [("en", 1)], ["Accra", "Kumasi", "East Legon", "Tema", "Takoradi", "Spintex", "Cantonments"],
        cctld=["com.gh"], sub=["accra", "kumasi"], name=["Ghana"], money=["GH₵ {a}", "GHS {a}", "{a} cedis"], local_id=["momo"])
country("ZA", 3, [("en", 1)], ["Johannesburg", "Joburg", "Cape Town", "Durban", "Sandton", "Pretoria", "Randburg", "Umhlanga", "Sea Point", "Midrand", "Soweto", "Centurion"],
        cctld=["co.za"], sub=["joburg", "capetown", "durban"], name=["South Africa", "Mzansi"], money=["R{a}", "R {a}", "ZAR {a}"], local_id=["za_id"])
country("BR", 3, [("pt", 1)], ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Copacabana", "Ipanema", "Moema", "Curitiba", "Porto Alegre", "Brasília", "Campinas", "Florianópolis"],
        qualified=["Salvador, BA"], cctld=["com.br"], sub=["saopaulo", "rio"], name=["Brasil"], money=["R$ {a}", "R${a}"], local_id=["cpf", "cep"])
country("MX", 3, [("es", 1)], ["CDMX", "Ciudad de México", "Monterrey", "Polanco", "Condesa", "Cancún", "Puebla", "Tijuana", "Zapopan", "Querétaro"],
        qualified=["Guadalajara, Jal.", "León, Gto.", "Mérida, Yucatán", "Córdoba, Veracruz"], cctld=["com.mx", "mx"], sub=["cdmx", "monterrey", "cancun"],
        name=["México"], money=["${a} MXN", "${a}", "{a} pesos"], local_id=["curp", "mx_cp"])
country("CO", 3, [("es", 1)], ["Bogotá", "Medellín", "Cali", "Barranquilla", "Chapinero", "El Poblado", "Usaquén", "Bucaramanga", "Pereira"],
        qualified=["Cartagena de Indias"], cctld=["com.co"], sub=["bogota", "medellin"], name=["Colombia"], money=["${a}", "{a} COP"], local_id=["cc_co"])
country("AR", 3, [("es", 1)], ["Buenos Aires", "CABA", "Belgrano", "Mendoza", "Mar del Plata", "Microcentro", "San Telmo", "La Plata"],
        qualified=["Palermo, CABA", "Nueva Córdoba"], cctld=["com.ar"], sub=["buenosaires", "mendoza"], name=["Argentina"], money=["${a}", "ARS {a}"], local_id=["dni_ar"])
country("PE", 3, [("es", 1)], ["Lima", "Arequipa", "Cusco", "Surco", "Chiclayo", "Piura"],
        qualified=["Miraflores, Lima", "San Isidro, Lima", "Trujillo, La Libertad"], cctld=["com.pe", "pe"], sub=["lima", "arequipa"], name=["Perú"],
        money=["S/ {a}", "S/.{a}"], local_id=["dni_pe"])
country("CL", 3, [("es", 1)], ["Santiago Centro", "Las Condes", "Ñuñoa", "Viña del Mar", "Valparaíso", "Antofagasta", "Temuco", "Iquique"],
        qualified=["Concepción, Biobío"], cctld=["cl"], sub=["vinadelmar", "lascondes", "valparaiso"], name=["Chile"], money=["${a}", "{a} CLP"], local_id=["rut"])
country("DE", 2, [("de", 85), ("en", 15)], ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Düsseldorf", "Kreuzberg", "St. Pauli", "Stuttgart", "Leipzig"],
        cctld=["de"], sub=["berlin", "hamburg"], name=["Deutschland"], money=["{a} €", "{a}€", "EUR {a}"], local_id=["iban_de", "plz"])
country("FR", 2, [("fr", 1)], ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Bordeaux", "Lille", "Montmartre", "La Défense", "Strasbourg", "Nantes"],
        cctld=["fr"], sub=["paris", "lyon"], name=["France"], money=["{a} €", "{a}€"], local_id=["iban_fr", "siret"])
country("IT", 2, [("it", 1)], ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Trastevere", "Navigli", "Verona", "Genova", "Rimini"],
        cctld=["it"], sub=["roma", "milano"], name=["Italia"], money=["€{a}", "{a} euro"], local_id=["iban_it", "cap"])
country("ES", 2, [("es", 1)], ["Madrid", "Barcelona", "Sevilla", "Málaga", "Bilbao", "Malasaña", "Eixample", "Marbella", "Ibiza", "Alicante", "Zaragoza"],
        qualified=["Valencia, España", "Córdoba (Andalucía)"], cctld=["es"], sub=["madrid", "barcelona"], name=["España"], money=["{a}€", "{a} €"], local_id=["iban_es", "dni_es"])
country("NL", 2, [("nl", 6), ("en", 4)], ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "De Pijp", "Groningen", "Haarlem"],
        cctld=["nl"], sub=["amsterdam", "rotterdam"], name=["Nederland"], money=["€ {a}", "€{a}"], local_id=["iban_nl", "nl_postcode"])
country("PL", 2, [("pl", 1)], ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Mokotów", "Katowice"],
        cctld=["pl"], sub=["warszawa", "krakow"], name=["Polska"], money=["{a} zł", "{a} PLN"], local_id=["iban_pl", "pesel"])
country("RO", 2, [("ro", 1)], ["București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Brașov", "Pipera", "Floreasca"],
        cctld=["ro"], sub=["bucuresti", "cluj"], name=["România"], money=["{a} lei", "{a} RON"], local_id=["iban_ro", "cnp"])
country("UA", 2, [("uk", 5), ("ru", 5)], ["Kyiv", "Kharkiv", "Odesa", "Lviv"], native=["Київ", "Харків", "Одеса", "Львів", "Дніпро"],
        cctld=["com.ua", "ua"], sub=["kyiv", "odesa"], name=["Україна"], money=["{a} грн", "{a} UAH"], local_id=["iban_ua"])
country("RU", 2, [("ru", 1)], ["Moscow", "St Petersburg"], native=["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Сочи", "Краснодар"],
        cctld=["ru"], sub=["moskva", "spb"], name=["Россия"], money=["{a} руб", "{a} ₽"], local_id=["inn"])
country("TR", 2, [("tr", 1)], ["İstanbul", "Ankara", "İzmir", "Antalya", "Kadıköy", "Beşiktaş", "Şişli", "Bodrum", "Bursa", "Ataşehir"],
        cctld=["com.tr"], sub=["istanbul", "ankara"], name=["Türkiye"], money=["{a} TL", "₺{a}"], local_id=["iban_tr", "tckn"])
country("AE", 2, [("en", 5), ("ar", 5)], ["Dubai", "Abu Dhabi", "Sharjah", "Dubai Marina", "JBR", "Deira", "Bur Dubai", "Al Barsha", "Ajman"],
        native=["دبي", "أبوظبي", "الشارقة", "ديرة", "عجمان"], cctld=["ae"], sub=["dubai", "abudhabi"], name=["UAE", "الإمارات"],
        money=["AED {a}", "{a} AED", "{a} درهم"], local_id=["iban_ae", "emirates_id"])
country("SA", 2, [("ar", 8), ("en", 2)], ["Riyadh", "Jeddah", "Dammam", "Khobar"], native=["الرياض", "جدة", "الدمام", "الخبر", "مكة"],
        cctld=["com.sa", "sa"], sub=["riyadh", "jeddah"], name=["KSA", "السعودية"], money=["{a} ريال", "SAR {a}", "{a} SR"], local_id=["iban_sa", "iqama"])
country("EG", 2, [("ar", 8), ("en", 2)], ["Cairo", "Giza", "Zamalek", "Maadi", "Nasr City", "Heliopolis", "Sharm El Sheikh", "Hurghada"],
        native=["القاهرة", "الجيزة", "الزمالك", "المعادي", "مدينة نصر", "الإسكندرية", "الغردقة"], cctld=["com.eg"], sub=["cairo"], name=["Egypt", "مصر"],
        money=["{a} جنيه", "EGP {a}", "{a} LE"], local_id=["eg_nid"])
country("MA", 2, [("fr", 6), ("ar", 4)], ["Casablanca", "Marrakech", "Rabat", "Tanger", "Agadir", "Fès", "Guéliz", "Maârif"],
        native=["الدار البيضاء", "مراكش", "الرباط", "طنجة", "أكادير"], cctld=["ma"], sub=["casablanca", "marrakech"], name=["Maroc", "المغرب"],
        money=["{a} DH", "{a} dhs", "{a} درهم"], local_id=["cin"])
country("TH", 2, [("th", 8), ("en", 2)], ["Bangkok", "Pattaya", "Phuket", "Chiang Mai", "Sukhumvit", "Silom", "Asok"],
        native=["กรุงเทพ", "พัทยา", "ภูเก็ต", "เชียงใหม่", "สุขุมวิท", "สีลม", "รัชดา"], cctld=["co.th"], sub=["bangkok", "pattaya"], name=["Thailand", "ประเทศไทย"],
        money=["{a} บาท", "฿{a}", "{a} THB"], local_id=["th_id"])
country("VN", 2, [("vi", 1)], ["Hà Nội", "TP.HCM", "Sài Gòn", "Đà Nẵng", "Nha Trang", "Hải Phòng", "Cầu Giấy", "Bình Thạnh"],
        cctld=["vn", "com.vn"], sub=["hanoi", "saigon"], name=["Việt Nam"], money=["{a}k", "{a}đ", "{a} VND"], local_id=["cccd"])
country("ID", 2, [("id", 1)], ["Jakarta", "Jakarta Selatan", "Surabaya", "Bandung", "Denpasar", "Kuta", "Seminyak", "Medan", "Yogyakarta", "Bekasi", "Tangerang"],
        cctld=["co.id"], sub=["jakarta", "bali"], name=["Indonesia"], money=["Rp {a}rb", "Rp {a}", "IDR {a}"], local_id=["nik"])
country("MY", 2, [("ms", 4), ("en", 4), ("zh", 2)], ["Kuala Lumpur", "Bukit Bintang", "Petaling Jaya", "Johor Bahru", "Penang", "Cheras", "Subang Jaya", "Shah Alam", "Mont Kiara"],
        native=["吉隆坡", "新山", "槟城"], cctld=["com.my"], sub=["kualalumpur", "penang"], name=["Malaysia"], money=["RM{a}", "RM {a}"], local_id=["mykad"])
country("PK", 2, [("ur", 6), ("en", 4)], ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "DHA Lahore", "Gulberg", "Faisalabad", "Peshawar"],
        native=["کراچی", "لاہور", "اسلام آباد", "راولپنڈی"], qualified=["Hyderabad, Sindh"], cctld=["com.pk", "pk"], sub=["karachi", "lahore"],
        name=["Pakistan", "پاکستان"], money=["Rs {a}", "PKR {a}"], local_id=["cnic"])
country("BD", 2, [("bn", 6), ("en", 4)], ["Dhaka", "Chittagong", "Gulshan", "Banani", "Dhanmondi", "Uttara", "Sylhet"],
        native=["ঢাকা", "চট্টগ্রাম", "গুলশান", "উত্তরা", "ধানমন্ডি"], cctld=["com.bd"], sub=["dhaka"], name=["Bangladesh", "বাংলাদেশ"],
        money=["৳{a}", "Tk {a}", "{a} টাকা"], local_id=["bd_nid"])
country("CN", 2, [("zh", 1)], ["Beijing", "Shanghai"], native=["北京", "上海", "广州", "深圳", "成都", "杭州", "朝阳区", "浦东"],
        cctld=["cn", "com.cn"], sub=["beijing", "shanghai"], name=["中国"], money=["¥{a}", "{a}元"], local_id=["cn_id"])
country("KR", 2, [("ko", 1)], ["Seoul", "Gangnam", "Busan"], native=["서울", "부산", "강남", "홍대", "인천", "해운대", "이태원"],
        cctld=["co.kr", "kr"], sub=["seoul", "busan"], name=["한국"], money=["{a}원", "₩{a}"], local_id=["kr_rrn"])
country("CA", 1, [("en", 7), ("fr", 3)], ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Mississauga", "Brampton", "Winnipeg"],
        qualified=["London, Ontario", "Victoria, BC", "Halifax, NS"], cctld=["ca"], sub=["toronto", "vancouver", "montreal"], name=["Canada"],
        money=["${a}", "${a} CAD"], local_id=["ca_postcode", "sin"])
country("US", 1, [("en", 8), ("es", 2)], ["Houston", "Miami", "Las Vegas", "Atlanta", "Chicago", "Los Angeles", "Dallas", "Phoenix", "Brooklyn", "Orlando"],
        qualified=["Paris, TX", "Birmingham, AL", "Alexandria, VA", "Toledo, OH", "Athens, GA", "Portland, OR"], sub=["houston", "miami", "lasvegas", "atlanta", "chicago"],
        name=["USA"], money=["${a}", "${a}/hr", "{a} roses"], local_id=["zip"])

NON_LATIN_LANGS = {"ru", "uk", "ar", "ur", "hi", "bn", "th", "zh", "ja", "ko"}
# languages whose speakers a careful reader would place in these of the set's countries
SPEAKERS = {
    "en": {"AU", "IN", "GB", "SG", "PH", "NG", "KE", "GH", "ZA", "MY", "PK", "BD", "AE", "CA", "US"},
    "es": {"EC", "MX", "CO", "AR", "PE", "CL", "ES", "US"},
    "fr": {"FR", "MA", "CA"},
    "ar": {"AE", "SA", "EG", "MA"},
    "ru": {"RU", "UA"},
    "pt": {"BR"},
}
# generic top-level domains, never region evidence
GENERIC_TLDS = ["com", "net", "co", "me", "tv", "io", "ws", "cc", "xyz", "club"]
SITE_WORDS = ["adsnest", "nightlist", "citybabes", "classiboard", "lokalads", "pinboard", "sweetdates", "jobhub", "rentroom", "marketsquare",
              "velvetads", "hotlist", "backstage", "moonads", "adcity"]

# hard place names, each used once per split in the region group
SCENARIOS = [("US", "Paris, TX"), ("FR", "Paris"), ("CA", "London, Ontario"), ("GB", "London"), ("AU", "Perth WA"), ("GB", "Perth, Scotland"),
             ("MX", "Córdoba, Veracruz"), ("ES", "Córdoba (Andalucía)"), ("AR", "Nueva Córdoba"), ("IN", "Hyderabad, Telangana"),
             ("PK", "Hyderabad, Sindh"), ("US", "Birmingham, AL"), ("GB", "Birmingham, West Midlands"), ("US", "Alexandria, VA"),
             ("EG", "الإسكندرية"), ("CA", "Victoria, BC"), ("NG", "Victoria Island"), ("PE", "Trujillo, La Libertad"), ("MX", "Guadalajara, Jal."),
             ("CA", "Halifax, NS"), ("ES", "Valencia, España"), ("CL", "Concepción, Biobío"), ("AR", "Palermo, CABA"), ("US", "Portland, OR")]
# ----------------------------------------------------------------------------------------------
# Writing a number: forms (which digits) and disguises (how they are written).
# ----------------------------------------------------------------------------------------------
WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
    "ur": "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
    "zh": "零 一 二 三 四 五 六 七 八 九",
    "ja": "〇 一 二 三 四 五 六 七 八 九",
    "ko": "공 일 이 삼 사 오 육 칠 팔 구",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
}
WORDS = {k: v.split(" ") for k, v in WORDS.items()}
PLUS = {"en": "plus", "es": "más", "pt": "mais", "fr": "plus", "de": "plus", "it": "più", "nl": "plus", "pl": "plus", "ro": "plus",
        "ru": "плюс", "uk": "плюс", "tr": "artı", "ar": "زائد", "ur": "پلس", "hi": "प्लस", "bn": "প্লাস", "id": "plus", "ms": "plus",
        "vi": "cộng", "th": "บวก", "zh": "加", "ja": "プラス", "ko": "플러스", "sw": "plus"}
GLUED_SCRIPTS = {"zh", "ja", "ko", "th"}
SCRIPTS = {
    "arabic_indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९", "thai": "๐๑๒๓๔๕๖๗๘๙",
    "bengali": "০১২৩৪৫৬৭৮৯", "fullwidth": "０１２３４５６７８９",
}
EVERY_SEPS = ["-", ".", "*", "•", "|", "_", "@", "~", "'", ";", ":", "/", "^", "!", " ", "\"", "`", "#", "=", ","]
PAIR_SEPS = [";", "!", "/", "'", "*", ".", "-", "~", "\"", "|"]
ODD_SEPS = ["•", "~", "·", "—", ")(", "**", " / ", "|", "..", "_", " . ", "~*~", "››"]
EMOJI_SEPS = ["💋", "🔥", "❤️", "😘", "🌹", "⭐", "💦", "✨", "🍒", "👅", "🌸", "💕"]
ESCAPES = ["\\u2022", "&#8226;", "&bull;", "&nbsp;", "&#x2022;", "\\u00a0", "&#160;", "&middot;", "\\u00b7", "&#9679;", "&#183;"]
LEET = {"zero": ["zer0", "z3ro"], "one": ["0ne", "on3"], "two": ["tw0"], "three": ["thr33", "thre3"], "four": ["f0ur"], "five": ["f1ve", "fiv3"],
        "six": ["s1x"], "seven": ["s3ven", "sev3n"], "eight": ["e1ght", "31ght"], "nine": ["n1ne", "nin3"]}
HOMO = {"1": ["won", "Won"], "2": ["to", "too", "To"], "4": ["for", "fore", "For"], "8": ["ate", "Ate"]}
FR_UNITS = WORDS["fr"]
FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
ES_UNITS = WORDS["es"]
ES_SMALL = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
            "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}


def fr_pair(s):
    if s[0] == "0":
        return "zéro " + FR_UNITS[int(s[1])]
    n = int(s)
    t, u = divmod(n, 10)
    if t == 1:
        return FR_TEENS[u]
    if t in FR_TENS:
        if u == 0:
            return FR_TENS[t]
        if u == 1:
            return FR_TENS[t] + " et un"
        return FR_TENS[t] + "-" + FR_UNITS[u]
    if t == 7:
        if u == 1:
            return "soixante et onze"
        return "soixante-" + FR_TEENS[u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_UNITS[u]
    return "quatre-vingt-" + FR_TEENS[u]


def es_pair(s):
    if s[0] == "0":
        return "cero " + ES_UNITS[int(s[1])]
    n = int(s)
    if n < 30:
        return ES_SMALL[n - 10]
    t, u = divmod(n, 10)
    return ES_TENS[t] if u == 0 else ES_TENS[t] + " y " + ES_UNITS[u]


def chunk(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


def regroup(rng, s):
    """Split a digit string into groups of 2-4 digits, the way people retype numbers."""
    pat = rng.choice([[4, 3, 4], [3, 3, 4], [4, 4], [3, 4, 4], [2, 2, 2, 2, 2], [4, 3, 2, 2], [3, 3, 3, 3], [5, 6], [4, 6], [3, 2, 2, 2]])
    out = [g for g in chunk(s, pat) if g]
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2:] = [out[-2] + out[-1]]
    return out


def groups_of(formatted):
    out, cur = [], ""
    for ch in formatted:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def word_case(rng, w, caps):
    if caps:
        return w.upper()
    r = rng.random()
    if r < 0.15:
        return w.upper()
    if r < 0.3:
        return w[:1].upper() + w[1:]
    return w


def digit_words(lang, d, rng, variant=True):
    w = WORDS[lang][int(d)]
    if variant:
        if lang == "en" and d == "0" and rng.random() < 0.35:
            w = "oh"
        elif lang == "pt" and d == "6" and rng.random() < 0.5:
            w = "meia"
        elif lang == "zh" and d == "1" and rng.random() < 0.3:
            w = "幺"
        elif lang == "zh" and d == "0" and rng.random() < 0.3:
            w = "〇"
        elif lang == "de" and d == "2" and rng.random() < 0.3:
            w = "zwo"
        elif lang == "id" and d == "0" and rng.random() < 0.3:
            w = "kosong"
    return w


class Disguise:
    """Each function takes (rng, plus, groups, ctx) and returns the raw text. plus is "+" or "".
    groups are digit strings; their concatenation is what the raw spells (after the plus)."""

    @staticmethod
    def plain(rng, plus, groups, ctx):
        sep = rng.choice([" ", " ", "-", ".", " - "])
        return plus + sep.join(groups)

    @staticmethod
    def sep_every(rng, plus, groups, ctx):
        sep = rng.choice(EVERY_SEPS)
        body = sep.join("".join(groups))
        if rng.random() < 0.2 and sep not in " \"'`":
            body = body.replace(sep, " " + sep + " ")
        return plus + body

    @staticmethod
    def sep_pairs(rng, plus, groups, ctx):
        sep = rng.choice(PAIR_SEPS)
        s = "".join(groups)
        parts = chunk(s, [rng.choice([2, 3]) for _ in range(10)])
        return plus + sep.join(parts)

    @staticmethod
    def sep_odd(rng, plus, groups, ctx):
        sep = rng.choice(ODD_SEPS)
        return plus + sep.join(groups)

    @staticmethod
    def sep_emoji(rng, plus, groups, ctx):
        e = rng.choice(EMOJI_SEPS)
        if rng.random() < 0.5:
            return plus + e.join("".join(groups))
        return plus + e.join(groups)

    @staticmethod
    def keycap(rng, plus, groups, ctx):
        return plus + " ".join("".join(c + "\ufe0f\u20e3" for c in g) for g in groups)

    @staticmethod
    def escape(rng, plus, groups, ctx):
        e = rng.choice(ESCAPES)
        if rng.random() < 0.4:
            return plus + e.join("".join(groups))
        return plus + e.join(groups)

    @staticmethod
    def split_line(rng, plus, groups, ctx):
        gs = list(groups)
        if len(gs) < 2:
            gs = chunk(gs[0], [len(gs[0]) // 2])
        k = rng.randrange(1, len(gs))
        br = ctx["br"]
        return plus + " ".join(gs[:k]) + br + " ".join(gs[k:])

    @staticmethod
    def letters(rng, plus, groups, ctx):
        caps = ctx["caps"]
        zero = ["O"] if caps else ["O", "o"]
        one = ["I"] if caps else ["l", "I"]
        for _ in range(20):
            n = 0
            out = []
            for g in groups:
                t = ""
                for c in g:
                    if c == "0" and rng.random() < 0.75:
                        t += rng.choice(zero)
                        n += 1
                    elif c == "1" and rng.random() < 0.75:
                        t += rng.choice(one)
                        n += 1
                    else:
                        t += c
                out.append(t)
            if n:
                return plus + rng.choice([" ", "-", "."]).join(out)
        return None

    @staticmethod
    def glyph(rng, plus, groups, ctx):
        table = SCRIPTS[ctx["script"]]
        conv = ["".join(table[int(c)] for c in g) for g in groups]
        sep = rng.choice([" ", "-", " "]) if ctx["script"] != "fullwidth" else rng.choice(["－", " ", "　", "-"])
        p = plus
        if plus and ctx["script"] == "fullwidth":
            p = "＋"
        return p + sep.join(conv)

    @staticmethod
    def words(rng, plus, groups, ctx):
        lang = ctx["wlang"]
        caps = ctx["caps"]
        ws = [[word_case(rng, digit_words(lang, c, rng), caps) if lang not in GLUED_SCRIPTS else digit_words(lang, c, rng) for c in g] for g in groups]
        if lang in GLUED_SCRIPTS:
            inner, outer = "", rng.choice([" ", "-", "，" if lang == "zh" else " "])
        else:
            inner, outer = " ", rng.choice([", ", " - ", " ", " / ", "... "])
        body = outer.join(inner.join(w) for w in ws)
        if plus:
            pw = PLUS[lang]
            body = (pw.upper() if caps else pw) + " " + body
        return body

    @staticmethod
    def pairs(rng, plus, groups, ctx):
        lang = ctx["wlang"]
        fn = fr_pair if lang == "fr" else es_pair
        s = "".join(groups)
        parts = []
        if plus:
            cc = ctx["cc"]
            parts.append(PLUS[lang] + " " + (fn(cc) if len(cc) == 2 else " ".join(WORDS[lang][int(c)] for c in cc)))
            s = s[len(cc):]
        if len(s) % 2:
            parts.append(WORDS[lang][int(s[0])])
            s = s[1:]
        parts += [fn(s[i:i + 2]) for i in range(0, len(s), 2)]
        out = rng.choice([", ", ", ", " - ", " / "]).join(parts)
        return out.upper() if ctx["caps"] else out

    @staticmethod
    def glued(rng, plus, groups, ctx):
        caps = ctx["caps"]
        style = "upper" if caps else rng.choice(["lower", "lower", "title", "upper"])

        def w(c):
            x = digit_words("en", c, rng, variant=False)
            return x.upper() if style == "upper" else x.title() if style == "title" else x
        body = rng.choice([" ", "-", "", " "]).join("".join(w(c) for c in g) for g in groups)
        return (("PLUS" if caps else "plus") + body if plus else body)

    @staticmethod
    def mixed(rng, plus, groups, ctx):
        lang = ctx.get("mlang", "en")
        caps = ctx["caps"]
        for _ in range(20):
            n, out = 0, []
            for g in groups:
                t = ""
                for c in g:
                    if rng.random() < 0.4:
                        x = digit_words(lang, c, rng, variant=False)
                        t += x.upper() if (caps or rng.random() < 0.5) else x
                        n += 1
                    else:
                        t += c
                out.append(t)
            if n:
                return plus + rng.choice([" ", "-", " "]).join(out)
        return None

    @staticmethod
    def leet(rng, plus, groups, ctx):
        caps = ctx["caps"]
        ws = []
        for g in groups:
            t = []
            for c in g:
                base = WORDS["en"][int(c)]
                x = rng.choice(LEET[base]) if rng.random() < 0.7 else base
                t.append(x.upper() if caps else x)
            ws.append(t)
        return plus + rng.choice([", ", " - ", " "]).join(" ".join(t) for t in ws)

    @staticmethod
    def homophone(rng, plus, groups, ctx):
        caps = ctx["caps"]
        n, out = 0, []
        for g in groups:
            t = ""
            for c in g:
                if c in HOMO and rng.random() < 0.85:
                    h = rng.choice(HOMO[c])
                    t += h.upper() if caps else h
                    n += 1
                else:
                    t += c
            out.append(t)
        if n < 2:
            return None
        return plus + rng.choice([" ", "-", " "]).join(out)

    @staticmethod
    def multiplier(rng, plus, groups, ctx):
        caps = ctx["caps"]
        s = "".join(groups)
        toks, i, mult = [], 0, 0

        def word(c):
            if c == "0" and rng.random() < 0.4:
                return "oh"
            return WORDS["en"][int(c)] if rng.random() < 0.75 else c
        while i < len(s):
            c = s[i]
            if c != "0" and s[i + 1:i + 4] == "000" and s[i + 4:i + 5] != "0":
                toks.append(word(c) + " thousand")
                i += 4
                mult += 1
                continue
            if c != "0" and s[i + 1:i + 3] == "00" and s[i + 3:i + 4] != "0":
                toks.append(word(c) + " hundred")
                i += 3
                mult += 1
                continue
            j = i
            while j < len(s) and s[j] == c:
                j += 1
            run = j - i
            if run == 3:
                toks.append("triple " + word(c))
                mult += 1
            elif run == 2:
                toks.append("double " + word(c))
                mult += 1
            elif run >= 4:
                toks.append(" ".join(word(c) for _ in range(run)))
            else:
                toks.append(word(c))
            i = j
        if not mult:
            return None
        out = " ".join(toks)
        if plus:
            out = "plus " + out
        return out.upper() if caps else out


DISGUISES = {
    "plain": Disguise.plain, "sep.every_digit": Disguise.sep_every, "sep.pairs": Disguise.sep_pairs, "sep.odd": Disguise.sep_odd,
    "sep.emoji": Disguise.sep_emoji, "glyph.keycap": Disguise.keycap, "escape.literal": Disguise.escape, "split.line": Disguise.split_line,
    "glyph.letters": Disguise.letters, "glyph": Disguise.glyph, "words": Disguise.words, "words.pairs": Disguise.pairs,
    "words.glued": Disguise.glued, "words.mixed": Disguise.mixed, "words.leet": Disguise.leet, "words.homophone": Disguise.homophone,
    "words.multiplier": Disguise.multiplier,
}
# ----------------------------------------------------------------------------------------------
# Decoys: digit strings that are not phones. Each returns a line of text; the kind is labelled.
# "local" decoys name a currency or a national document, so they only go into posts whose region
# is already told by other evidence.
# ----------------------------------------------------------------------------------------------
AGE = {"en": ["Age {v}", "{v} yrs", "{v}yo", "{v} years young"], "es": ["{v} años", "Edad: {v}"], "pt": ["{v} anos", "Idade {v}"],
       "fr": ["{v} ans", "Âge : {v}"], "de": ["{v} Jahre", "Alter {v}"], "it": ["{v} anni"], "nl": ["{v} jaar"], "pl": ["{v} lat"],
       "ro": ["{v} ani"], "ru": ["{v} лет", "Возраст {v}"], "uk": ["{v} років"], "tr": ["{v} yaş", "Yaş: {v}"], "ar": ["العمر {v}", "{v} سنة"],
       "ur": ["Age {v}", "عمر {v}"], "hi": ["उम्र {v}", "Age {v}"], "bn": ["বয়স {v}"], "id": ["umur {v}", "{v} thn"], "ms": ["umur {v}"],
       "vi": ["{v} tuổi"], "th": ["อายุ {v}"], "zh": ["{v}岁"], "ja": ["{v}歳"], "ko": ["{v}살"], "sw": ["miaka {v}"], "tl": ["{v} yrs old"]}
HEIGHT_LABEL = {"en": "Height", "es": "Altura", "pt": "Altura", "fr": "Taille", "de": "Größe", "it": "Altezza", "ru": "Рост", "uk": "Зріст",
                "tr": "Boy", "ar": "الطول", "id": "Tinggi", "ms": "Tinggi", "vi": "Chiều cao", "th": "ส่วนสูง", "zh": "身高", "ja": "身長", "ko": "키",
                "pl": "Wzrost", "ro": "Înălțime", "nl": "Lengte", "sw": "Urefu", "hi": "Height", "ur": "Height", "bn": "উচ্চতা", "tl": "Height"}
LISTING_LABEL = {"en": ["Ad ID: {v}", "Listing #{v}", "Post ID {v}", "Ref. no. {v}"], "es": ["Anuncio n.º {v}", "Código: {v}", "ID del aviso {v}"],
                 "pt": ["Código do anúncio: {v}", "Anúncio nº {v}"], "fr": ["Annonce n° {v}", "Réf. {v}"], "de": ["Anzeigen-ID: {v}", "Anzeigennr. {v}"],
                 "it": ["Annuncio n. {v}", "Rif. {v}"], "ru": ["Объявление № {v}", "ID {v}"], "tr": ["İlan no: {v}"], "ar": ["رقم الإعلان {v}"],
                 "id": ["ID iklan {v}", "Kode {v}"], "vi": ["Mã tin {v}"], "th": ["รหัสประกาศ {v}"], "zh": ["编号 {v}"], "ja": ["広告番号 {v}"],
                 "ko": ["게시물 번호 {v}"], "pl": ["Nr ogłoszenia {v}"], "ro": ["Cod anunț {v}"], "sw": ["Tangazo namba {v}"]}
ORDER_LABEL = {"en": ["Order #{v}", "Invoice {v}", "Receipt no. {v}"], "es": ["Pedido #{v}", "Factura {v}"], "pt": ["Pedido nº {v}", "Nota fiscal {v}"],
               "fr": ["Commande n° {v}", "Facture {v}"], "de": ["Bestellnr. {v}", "Rechnung {v}"], "ru": ["Заказ № {v}"], "tr": ["Sipariş no {v}"],
               "id": ["No. pesanan {v}", "Resi {v}"], "ar": ["رقم الطلب {v}"], "vi": ["Mã đơn {v}"], "th": ["เลขที่คำสั่งซื้อ {v}"], "zh": ["订单号 {v}"]}


def rdig(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def luhn_complete(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def iban(rng, cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    s = "%s%02d%s" % (cc, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_BBAN = {"iban_de": ("DE", "", 18), "iban_fr": ("FR", "", 23), "iban_it": ("IT", "X", 22), "iban_es": ("ES", "", 20),
             "iban_nl": ("NL", "ABNA", 10), "iban_pl": ("PL", "", 24), "iban_ro": ("RO", "BTRL", 16), "iban_ua": ("UA", "", 25),
             "iban_tr": ("TR", "", 22), "iban_ae": ("AE", "", 19), "iban_sa": ("SA", "", 20)}


def local_decoy(rng, kind):
    """A national document, account or postcode of the post's country."""
    r = rdig
    if kind in IBAN_BBAN:
        cc, head, n = IBAN_BBAN[kind]
        return "IBAN: " + iban(rng, cc, head + r(rng, n, False)), "iban"
    table = {
        "abn": lambda: ("ABN %s %s %s %s" % (r(rng, 2), r(rng, 3, False), r(rng, 3, False), r(rng, 3, False)), "national_id"),
        "aadhaar": lambda: ("Aadhaar verified: %s %s %s" % (r(rng, 4), r(rng, 4, False), r(rng, 4, False)), "national_id"),
        "pin": lambda: ("PIN %s" % rng.choice(["400050", "110001", "560034", "411001", "600017", "700019"]), "postcode"),
        "uk_postcode": lambda: (rng.choice(["M1 4BT", "LS1 6AP", "G2 3JD", "BS1 5TR", "EH1 1YZ", "E8 3RL"]), "postcode"),
        "ni_number": lambda: ("NI no. QQ %s %s %s C" % (r(rng, 2), r(rng, 2, False), r(rng, 2, False)), "national_id"),
        "jp_postcode": lambda: ("〒%s-%s" % (r(rng, 3), r(rng, 4, False)), "postcode"),
        "nric": lambda: ("NRIC S%sD" % r(rng, 7), "national_id"),
        "cedula_ec": lambda: ("Cédula %s" % ("17" + r(rng, 8, False)), "national_id"),
        "gcash": lambda: ("GCash Ref No. %s %s %s" % (r(rng, 4), r(rng, 3, False), r(rng, 6, False)), "payment_code"),
        "nuban": lambda: ("Acct No: %s (GTBank)" % ("0" + r(rng, 9)), "bank_account"),
        "nin": lambda: ("NIN %s" % r(rng, 11), "national_id"),
        "mpesa": lambda: ("M-Pesa Paybill %s, Account %s" % (r(rng, 6), r(rng, 7)), "payment_code"),
        "momo": lambda: ("MoMo Transaction ID: %s" % r(rng, 11), "payment_code"),
        "za_id": lambda: ("ID no. %s" % (r(rng, 6) + r(rng, 7, False)), "national_id"),
        "cpf": lambda: ("CPF %s.%s.%s-%s" % (r(rng, 3), r(rng, 3, False), r(rng, 3, False), r(rng, 2, False)), "national_id"),
        "cep": lambda: ("CEP %s-%s" % (r(rng, 5), r(rng, 3, False)), "postcode"),
        "curp": lambda: ("CURP GOMA%sMDFRRN0%s" % (r(rng, 6), r(rng, 1)), "national_id"),
        "mx_cp": lambda: ("C.P. %s" % r(rng, 5, False), "postcode"),
        "cc_co": lambda: ("C.C. 1.%s.%s.%s" % (r(rng, 3, False), r(rng, 3, False), r(rng, 3, False)), "national_id"),
        "dni_ar": lambda: ("DNI %s.%s.%s" % (r(rng, 2), r(rng, 3, False), r(rng, 3, False)), "national_id"),
        "dni_pe": lambda: ("DNI %s" % r(rng, 8), "national_id"),
        "rut": lambda: ("RUT %s.%s.%s-%s" % (r(rng, 2), r(rng, 3, False), r(rng, 3, False), rng.choice("0123456789K")), "national_id"),
        "plz": lambda: ("PLZ %s" % r(rng, 5), "postcode"),
        "siret": lambda: ("SIRET %s %s %s %s" % (r(rng, 3), r(rng, 3, False), r(rng, 3, False), r(rng, 5, False)), "national_id"),
        "cap": lambda: ("CAP %s" % r(rng, 5), "postcode"),
        "dni_es": lambda: ("DNI %s%s" % (r(rng, 8), rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")), "national_id"),
        "nl_postcode": lambda: ("%s %s" % (r(rng, 4), rng.choice(["AB", "CK", "GH", "LP", "TX"])), "postcode"),
        "pesel": lambda: ("PESEL %s" % r(rng, 11), "national_id"),
        "cnp": lambda: ("CNP %s" % (rng.choice("12") + r(rng, 12, False)), "national_id"),
        "inn": lambda: ("ИНН %s" % r(rng, 12), "national_id"),
        "tckn": lambda: ("TC Kimlik No: %s" % r(rng, 11), "national_id"),
        "emirates_id": lambda: ("Emirates ID 784-%s-%s-%s" % (r(rng, 4), r(rng, 7, False), r(rng, 1, False)), "national_id"),
        "iqama": lambda: ("Iqama %s" % ("2" + r(rng, 9, False)), "national_id"),
        "eg_nid": lambda: ("الرقم القومي %s" % ("2" + r(rng, 13, False)), "national_id"),
        "cin": lambda: ("CIN BE%s" % r(rng, 6), "national_id"),
        "th_id": lambda: ("บัตรประชาชน %s %s %s %s %s" % (r(rng, 1), r(rng, 4, False), r(rng, 5, False), r(rng, 2, False), r(rng, 1, False)), "national_id"),
        "cccd": lambda: ("CCCD %s" % ("0" + r(rng, 11)), "national_id"),
        "nik": lambda: ("NIK %s" % r(rng, 16), "national_id"),
        "mykad": lambda: ("IC %s-%s-%s" % (r(rng, 6), r(rng, 2, False), r(rng, 4, False)), "national_id"),
        "cnic": lambda: ("CNIC %s-%s-%s" % (r(rng, 5), r(rng, 7, False), r(rng, 1)), "national_id"),
        "bd_nid": lambda: ("NID %s" % r(rng, 10), "national_id"),
        "cn_id": lambda: ("身份证 %s%s" % (r(rng, 17), rng.choice("0123456789X")), "national_id"),
        "kr_rrn": lambda: ("주민번호 %s-%s" % (r(rng, 6), r(rng, 7)), "national_id"),
        "ca_postcode": lambda: (rng.choice(["M5V 2T6", "H2X 1Y4", "V6B 3K9", "T2P 1J9", "K1P 5G8"]), "postcode"),
        "sin": lambda: ("SIN %s" % " ".join([r(rng, 3), r(rng, 3, False), r(rng, 3, False)]), "national_id"),
        "zip": lambda: ("ZIP %s" % r(rng, 5), "postcode"),
    }
    return table[kind]()


def neutral_decoy(rng, kind, lang, cat=None):
    """Decoys that say nothing about the country."""
    r = rdig
    pick = lambda d: rng.choice(d.get(lang) or d["en"])
    if kind == "age":
        return pick(AGE).format(v=rng.randint(19, 39))
    if kind == "height":
        lab = HEIGHT_LABEL.get(lang, "Height")
        v = rng.choice(["%d'%d" % (5, rng.randint(0, 11)), "%d'%d\"" % (5, rng.randint(0, 11)), "%d cm" % rng.randint(150, 182),
                        "%dcm" % rng.randint(150, 182), "1,%d m" % rng.randint(50, 82), "1.%dm" % rng.randint(50, 82)])
        return rng.choice(["%s: %s" % (lab, v), "%s %s" % (lab, v), v])
    if kind == "weight":
        return rng.choice(["%d kg" % rng.randint(45, 70), "%dkg" % rng.randint(45, 70), "%d lbs" % rng.randint(100, 150)])
    if kind == "measurement":
        return rng.choice(["%d-%d-%d" % (rng.randint(32, 38), rng.randint(22, 28), rng.randint(34, 40)),
                           "%d-%d-%d" % (rng.randint(86, 100), rng.randint(58, 66), rng.randint(88, 100)),
                           "%d%s" % (rng.randint(32, 38), rng.choice(["B", "C", "D", "DD"])), "%d m²" % rng.randint(12, 95),
                           "%d sq ft" % rng.randint(350, 1600), "%dGB/%dGB" % (rng.choice([4, 6, 8, 12]), rng.choice([64, 128, 256, 512])),
                           "%d.%d inch" % (rng.randint(5, 6), rng.randint(1, 9))])
    if kind == "time":
        h1, h2 = rng.randint(7, 12), rng.randint(18, 23)
        return rng.choice(["%02d:00 - %02d:00" % (h1, h2), "%d:30-%d:00" % (h1, h2), "%dam - %dpm" % (h1, h2 - 12), "24/7", "%dh-%dh" % (h1, h2),
                           "%02d:00 – 02:00" % (h2 - 6)])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(["%02d/%02d/2026" % (d, m), "2026-%02d-%02d" % (m, d), "%02d.%02d.2026" % (d, m), "%d-%d-2026" % (d, m),
                           "posted %02d/%02d/2026" % (d, m)])
    if kind == "year":
        return rng.choice(["since %d" % rng.randint(2012, 2024), "model %d" % rng.randint(2009, 2023), "© %d" % rng.randint(2019, 2026),
                           "%d model" % rng.randint(2009, 2023)])
    if kind == "listing_id":
        return pick(LISTING_LABEL).format(v=r(rng, rng.choice([8, 9, 10, 10, 11])))
    if kind == "order_number":
        v = rng.choice(["%s-%s-%s" % (r(rng, 3), r(rng, 7), r(rng, 7)), r(rng, 10), "%s %s %s" % (r(rng, 4), r(rng, 3), r(rng, 4))])
        return pick(ORDER_LABEL).format(v=v)
    if kind == "tracking":
        return rng.choice(["Tracking: 1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)), r(rng, 10, False)),
                           "AWB %s %s %s" % (r(rng, 3), r(rng, 4, False), r(rng, 4, False)), "Tracking no. %s" % r(rng, 12)])
    if kind == "reference":
        return rng.choice(["Ref: %s %s %s" % (r(rng, 4), r(rng, 3, False), r(rng, 4, False)), "Ref. %s" % ("0" + r(rng, 9)),
                           "Reference %s-%s" % (r(rng, 8), r(rng, 4, False)), "Case no. %s/%s" % (r(rng, 6), r(rng, 4))])
    if kind == "imei":
        return "IMEI %s" % luhn_complete(r(rng, 14))
    if kind == "range":
        a = rng.randint(2, 6)
        if lang != "en":
            return rng.choice(["%d-%d" % (a * 100, a * 200), "%d~%d" % (a * 100, a * 200), "%d - %d" % (a * 50, a * 100)])
        return rng.choice(["%d-%d years experience" % (a, a + 3) if cat in ("job", "abroad") else "%d-%d guests max" % (a - 1, a),
                           "between %d and %d" % (a * 50, a * 100), "%d-%d" % (a * 100, a * 200)])
    if kind == "price_bare":
        a = rng.choice([100, 150, 200, 250, 300, 400, 500, 800, 1000, 1500])
        return rng.choice(["%d/hr" % a, "Rates: %d / %d / %d" % (a, a * 2, a * 4), "%d per hour" % a, "1hr %d • 2hr %d" % (a, a * 2), "%d only" % a])
    if kind == "counter":
        return rng.choice(["Views: %d" % rng.randint(120, 98000), "%d likes" % rng.randint(10, 900), "Posted %d min ago" % rng.randint(2, 59)])
    raise KeyError(kind)


NEUTRAL_KINDS = ["age", "height", "weight", "measurement", "time", "date", "year", "listing_id", "order_number", "tracking", "reference",
                 "imei", "range", "price_bare", "counter"]
KIND_OF = {"price_bare": "price", "counter": "counter"}


def money(rng, ctry, a=None):
    a = a or rng.choice([50, 80, 100, 150, 200, 250, 300, 350, 400, 500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 5000, 8000, 10000, 15000,
                    20000, 25000, 50000, 150000])
    s = "{:,}".format(a)
    if rng.random() < 0.5:
        s = s.replace(",", rng.choice([".", " ", ",", ""]))
    return rng.choice(C[ctry]["money"]).format(a=s)


def local_money_decoy(rng, ctry, lang):
    if rng.random() < 0.3:
        lo = rng.choice([100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 10000, 20000, 50000, 150000])
        hi = lo * rng.choice([3, 4, 5, 6]) // 2
        tpl = rng.choice(C[ctry]["money"])
        sep = rng.choice([",", ".", " ", ""])
        f = lambda a: tpl.format(a="{:,}".format(a).replace(",", sep))
        return rng.choice(["%s - %s", "%s – %s", "%s to %s"]) % (f(lo), f(hi)), "salary_range"
    return rng.choice(["{m}", "💰 {m}", "Price: {m}", "{m} only", "{m}/hr", "Rate {m}"]).format(m=money(rng, ctry)), "price"
# ----------------------------------------------------------------------------------------------
# Posts
# ----------------------------------------------------------------------------------------------
GROUPS = ["region", "disguise", "spoken", "decoy", "ambiguous"]
CATS = ["escort", "massage", "job", "abroad", "room", "sale"]
CAT_KEYS = {"escort": "esc", "massage": "mas", "job": "job", "abroad": "abr", "room": "room", "sale": "sale"}
SCRIPT_OF = {"AE": "arabic_indic", "SA": "arabic_indic", "EG": "arabic_indic", "PK": "persian", "IN": "devanagari", "TH": "thai",
             "BD": "bengali", "JP": "fullwidth", "CN": "fullwidth", "KR": "fullwidth", "SG": "fullwidth"}
SPOKEN_LANGS = ["en", "es", "pt", "fr", "de", "it", "nl", "pl", "ro", "ru", "uk", "tr", "ar", "ur", "hi", "bn", "id", "ms", "vi", "th", "zh",
                "ja", "ko", "sw"]


class Split:
    def __init__(self, name, seed, n, prefix):
        self.name, self.n, self.prefix = name, n, prefix
        self.rng = random.Random(seed)
        self.parity = 0 if name == "dev" else 1
        self.used = set()
        self.used_amb = set()
        self.queues = {}
        self.scenarios = list(SCENARIOS)
        self.rng.shuffle(self.scenarios)

    def quota(self, key, weights, n):
        """Next item of a shuffled list in which each item appears in proportion to its weight."""
        if key not in self.queues:
            tot = sum(w for _, w in weights)
            exact = [(v, n * w / tot) for v, w in weights]
            counts = {v: int(x) for v, x in exact}
            rest = n - sum(counts.values())
            for v, x in sorted(exact, key=lambda vx: -(vx[1] - int(vx[1])))[:rest]:
                counts[v] += 1
            q = [v for v, _ in weights for _ in range(counts[v])]
            self.rng.shuffle(q)
            self.queues[key] = q
        q = self.queues[key]
        return q.pop() if q else wpick(self.rng, weights)

    def numbers(self, ctry, kind="mobile", pred=None):
        lst = POOL["countries"][ctry][kind]
        return [x for i, x in enumerate(lst) if i % 2 == self.parity and x["e164"] not in self.used and (pred is None or pred(x))]

    def draw(self, ctry, kind="mobile", pred=None):
        c = self.numbers(ctry, kind, pred)
        if not c:
            return None
        x = self.rng.choice(c)
        self.used.add(x["e164"])
        return x

    def ambiguous(self, pred):
        c = [x for i, x in enumerate(POOL["ambiguous"]) if i % 2 == self.parity and x["digits"] not in self.used_amb and pred(x)]
        if not c:
            return None
        x = self.rng.choice(c)
        self.used_amb.add(x["digits"])
        return x


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def pick_country(rng, allowed=None):
    pairs = [(c, C[c]["weight"]) for c in C if allowed is None or c in allowed]
    return wpick(rng, pairs)


def has_cat(lang, cat):
    k = CAT_KEYS[cat]
    return k in L[lang] and k + "_t" in L[lang]


def pick_lang(rng, ctry, cat=None, langs=None):
    pairs = [(l, w) for l, w in C[ctry]["langs"] if (cat is None or has_cat(l, cat)) and (langs is None or l in langs)]
    return wpick(rng, pairs) if pairs else None


def pick_cat(rng, lang, weights):
    pairs = [(c, w) for c, w in weights if has_cat(lang, c)]
    return wpick(rng, pairs)


class Post:
    def __init__(self, sp, group, ctry, lang, cat):
        self.sp, self.rng = sp, sp.rng
        self.group, self.ctry, self.lang, self.cat = group, ctry, lang, cat
        rng = self.rng
        self.caps = lang in ("en", "es", "pt", "fr", "it", "de", "id", "sw", "nl", "tl", "ms", "ro", "pl") and cat in ("escort", "massage", "job", "abroad") and rng.random() < 0.15
        self.html = rng.random() < 0.15
        self.runon = (not self.html) and rng.random() < 0.25
        self.emoji = cat in ("escort", "massage") and rng.random() < 0.6
        self.br = rng.choice(["<br>", "<br/>", "<br />"]) if self.html else rng.choice(["\n", "\n", "\n\n"])
        self.title = ""
        self.lines = []
        self.title_extra = []
        self.phones = []
        self.ambig = []
        self.decoys = []
        self.evidence = {"kind": "none"}
        self.url = None
        self.site = None
        self.location = None
        self.region = None
        self.tags = []
        self.local_ok = True

    # text ----------------------------------------------------------------------------------
    def bank(self, key):
        return L[self.lang].get(key) or L["en"][key]

    def name(self):
        if self.lang == "en" and self.ctry in EN_NAMES and self.local_ok and self.rng.random() < 0.6:
            return self.rng.choice(EN_NAMES[self.ctry])
        return self.rng.choice(L[self.lang]["names"] if "names" in L[self.lang] else L["en"]["names"])

    def fill(self, k, dest=None):
        rng = self.rng
        key = CAT_KEYS[self.cat]
        self.dest = dest
        t = rng.choice(self.bank(key + "_t"))
        self.title = t.replace("{name}", self.name()).replace("{dest}", dest or "")
        lines = list(self.bank(key))
        rng.shuffle(lines)
        out = [x.replace("{name}", self.name()).replace("{dest}", dest or "") for x in lines[:k]]
        if self.lang == "en" and self.local_ok and self.ctry in EN_LOCAL and self.cat in ("escort", "massage") and rng.random() < 0.5:
            out.insert(rng.randrange(len(out) + 1), rng.choice(EN_LOCAL[self.ctry]))
        self.lines = out

    def add_line(self, text, pos=None):
        if pos is None:
            pos = self.rng.randrange(len(self.lines) + 1)
        self.lines.insert(pos, text)

    # evidence ------------------------------------------------------------------------------
    def place_name(self):
        c = C[self.ctry]
        rng = self.rng
        if self.lang in NON_LATIN_LANGS and c["native"] and rng.random() < 0.8:
            return rng.choice(c["native"])
        pool = c["latin"] + c["qualified"] * 2
        if not pool:
            return rng.choice(c["native"])
        return rng.choice(pool)

    def put_place(self, p=None, where=None):
        rng = self.rng
        p = p or self.place_name()
        where = where or ("title" if rng.random() < 0.45 else "body")
        if where == "title":
            self.title = rng.choice(self.bank("tplace")).format(t=self.title, p=p)
        else:
            self.add_line(rng.choice(self.bank("place")).format(p=p))
        self.evidence = {"kind": "text", "value": p, "field": where, "region": self.ctry}

    def put_country_name(self):
        p = self.rng.choice(C[self.ctry]["name"])
        self.title = self.rng.choice(["{t} - {p}", "{t} ({p})", "{p} | {t}"]).format(t=self.title, p=p)
        self.evidence = {"kind": "text", "value": p, "field": "title", "region": self.ctry, "how": "country_name"}

    def set_url(self, how):
        rng = self.rng
        c = C[self.ctry]
        word = rng.choice(SITE_WORDS)
        cat = {"escort": "escorts", "massage": "massage", "job": "jobs", "abroad": "jobs", "room": "rooms", "sale": "for-sale"}[self.cat]
        adid = rdig(rng, rng.choice([6, 7, 7, 8]))
        if how == "cctld" and not c["cctld"]:
            how = "subdomain"
        if how == "cctld":
            tld = rng.choice(c["cctld"])
            self.url = "https://www.%s-demo.%s/%s/%s" % (word, tld, cat, adid)
            self.evidence = {"kind": "url", "how": "cctld", "value": "." + tld, "region": self.ctry}
            if rng.random() < 0.4:
                self.site = "%s-demo.%s" % (word, tld)
        elif how == "subdomain":
            sub = rng.choice(c["sub"])
            self.url = "https://%s.%s-demo.com/%s/%s" % (sub, word, cat, adid)
            self.evidence = {"kind": "url", "how": "subdomain", "value": sub, "region": self.ctry}
        else:
            sub = rng.choice(c["sub"])
            self.url = "https://www.%s-demo.com/%s/%s/%s" % (word, sub, cat, adid)
            self.evidence = {"kind": "url", "how": "path", "value": "/%s/" % sub, "region": self.ctry}

    def generic_url(self, p=0.5):
        rng = self.rng
        if rng.random() >= p:
            if rng.random() < 0.3:
                self.site = rng.choice(SITE_WORDS)
            return
        word = rng.choice(SITE_WORDS)
        tld = rng.choice(GENERIC_TLDS)
        cat = {"escort": "escorts", "massage": "massage", "job": "jobs", "abroad": "jobs", "room": "rooms", "sale": "for-sale"}[self.cat]
        if rng.random() < 0.15:
            adid = rdig(rng, 10)
            self.decoys.append("listing_id")
        else:
            adid = rdig(rng, rng.choice([5, 6, 7]))
        self.url = "https://www.%s-demo.%s/%s/%s" % (word, tld, cat, adid)
        if tld not in ("com", "net"):
            self.tags.append("generic_cctld")

    # numbers -------------------------------------------------------------------------------
    def render(self, x, form, disguise, mlang=None, wlang=None, script=None):
        """Write pool number x in form and disguise. Returns a mention dict (without field)."""
        rng = self.rng
        cc, nsn, nd = x["cc"], x["nsn"], x["national_digits"]
        ctx = {"caps": self.caps, "br": self.br, "wlang": wlang, "mlang": mlang or "en", "script": script, "cc": cc}
        plus = ""
        if form == "national":
            spelled = nd
            groups = groups_of(x["national"]) if rng.random() < 0.6 else regroup(rng, nd)
        elif form == "national_no_trunk":
            spelled = nsn
            g = groups_of(x["national"])
            tp = POOL["countries"][x["region"]]["national_prefix"]
            if rng.random() < 0.5 and tp and g[0].startswith(tp) and len(g[0]) > len(tp):
                groups = [g[0][len(tp):]] + g[1:]
            else:
                groups = regroup(rng, nsn)
        elif form == "intl_plus":
            plus, spelled = "+", "+" + cc + nsn
            groups = [cc] + (groups_of(x["intl"])[1:] if rng.random() < 0.6 else regroup(rng, nsn))
        elif form == "intl_plus_trunk":
            plus, spelled = "+", "+" + cc + "0" + nsn
            groups = [cc, "0"] + regroup(rng, nsn)
        elif form == "intl_00":
            spelled = "00" + cc + nsn
            groups = ["00" + cc] + (groups_of(x["intl"])[1:] if rng.random() < 0.6 else regroup(rng, nsn))
        elif form == "intl_bare":
            spelled = cc + nsn
            groups = [cc] + regroup(rng, nsn)
        elif form == "wa_me":
            spelled = cc + nsn
            raw = rng.choice(["wa.me/", "https://wa.me/", "https://api.whatsapp.com/send?phone=", "http://wa.me/"]) + cc + nsn
            if rng.random() < 0.3:
                raw += rng.choice(["?text=Hi", "?text=Hola%20amor", "?text=hello"])
            if self.caps:
                raw = raw.upper()
            return {"e164": x["e164"], "raw": raw, "class": "link.wa_me", "region": x["region"], "spelled": spelled, "form": form}
        else:
            raise ValueError(form)
        assert "".join(groups) == spelled.lstrip("+"), (groups, spelled, x)
        if disguise == "plain" and form == "intl_bare":
            raw = cc + rng.choice(["", " "]) + nsn
        elif disguise == "plain" and form == "national" and rng.random() < 0.5:
            raw = x["national"]
        elif disguise == "plain" and form == "intl_plus" and rng.random() < 0.4:
            raw = rng.choice([x["intl"], x["e164"]])
        elif disguise == "plain" and form == "intl_plus_trunk":
            raw = "+" + cc + rng.choice([" (0)", " (0) ", "(0)"]) + " ".join(groups[2:])
        elif disguise == "plain" and form == "intl_00":
            raw = "00" + cc + " " + " ".join(groups[1:])
        else:
            raw = DISGUISES[disguise](rng, plus, groups, ctx)
        if raw is None:
            return None
        if self.caps:
            raw = raw.upper()
        if disguise == "plain":
            cls = "plain." + form
        elif disguise == "glyph":
            cls = "glyph." + script
        elif disguise == "words":
            cls = "words.intl" if plus else "words." + wlang
        elif disguise == "words.pairs":
            cls = "words.pairs_" + wlang
        elif disguise == "words.mixed" and mlang and mlang != "en":
            cls = "words.mixed_" + mlang
        else:
            cls = disguise
        m = {"e164": x["e164"], "raw": raw, "class": cls, "region": x["region"], "spelled": spelled, "form": form}
        if disguise in ("words", "words.pairs"):
            m["spoken_lang"] = wlang
        return m

    def source_for(self, m):
        if m["form"] in ("intl_plus", "intl_plus_trunk", "intl_00", "intl_bare", "wa_me"):
            return "calling_code"
        k = self.evidence["kind"]
        assert k in ("text", "url", "location", "record", "calling_code", "format"), (k, m)
        return k

    def contact(self, m, where="body", glue=None):
        """Place a mention in the post."""
        rng = self.rng
        raw = m["raw"]
        if where == "title":
            self.title_extra.append(raw)
        else:
            if glue:
                line = glue + raw
            else:
                cue = rng.choice(self.bank("cue"))
                if self.emoji and rng.random() < 0.5:
                    cue = rng.choice(CONTACT_EMOJI) + " " + cue
                line = cue.replace("{n}", raw)
            self.add_line(line, pos=None if rng.random() < 0.4 else len(self.lines))
        mm = dict(m)
        mm["field"] = where
        mm["region_source"] = self.source_for(m)
        self.phones.append(mm)

    def decoy(self, kind=None, local=None):
        rng = self.rng
        if local is None:
            local = self.local_ok and rng.random() < 0.45
        if local:
            if rng.random() < 0.5 and C[self.ctry]["local_id"]:
                text, k = local_decoy(rng, rng.choice(C[self.ctry]["local_id"]))
            else:
                text, k = local_money_decoy(rng, self.ctry, self.lang)
        else:
            kind = kind or rng.choice(NEUTRAL_KINDS)
            text = neutral_decoy(rng, kind, self.lang, self.cat)
            k = KIND_OF.get(kind, kind)
        self.add_line(text)
        self.decoys.append(k)

    # output --------------------------------------------------------------------------------
    def finish(self, pid):
        rng = self.rng
        title = self.title
        for raw in self.title_extra:
            title = title + rng.choice([" ", " 📞 ", " - ", " | ", " ☎ ", " WA "]) + raw
        lines = list(self.lines)
        if self.emoji:
            lines = [(rng.choice(EMOJI) + " " + l if rng.random() < 0.4 else l) + (" " + rng.choice(EMOJI) if rng.random() < 0.3 else "") for l in lines]
            if rng.random() < 0.5:
                title = title + " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.12:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(SCRAPER_LINES))
            self.tags.append("scraper_leftover")
        if self.html:
            if rng.random() < 0.5:
                body = "<p>" + (self.br + "\n").join(lines) + "</p>"
            else:
                body = "\n".join("<p>%s</p>" % l for l in lines)
            self.tags.append("html")
        elif self.runon:
            body = rng.choice([" 👉 ", " ✅ ", " 🔸 ", " ▪️ ", " 💌 "]).join(lines)
            self.tags.append("run_on")
        else:
            body = "\n".join(lines)
        if self.caps:
            title, body = title.upper(), body.upper()
            self.tags.append("all_caps")
            if self.evidence.get("value") and self.evidence["kind"] == "text":
                self.evidence["value"] = self.evidence["value"].upper()
        for m in self.phones:
            fld = title if m["field"] == "title" else body
            assert m["raw"] in fld, (pid, m["raw"], fld)
        for a in self.ambig:
            assert a["raw"] in (title if a["field"] == "title" else body), (pid, a)
        if getattr(self, "dest", None):
            assert all(m["form"] in ("intl_plus", "intl_plus_trunk", "intl_00", "intl_bare", "wa_me") for m in self.phones), pid
            self.evidence["destination"] = self.dest
        rec = {"id": pid, "title": title, "body": body}
        if self.site:
            rec["site"] = self.site
        if self.url:
            rec["url"] = self.url
        if self.location:
            rec["location"] = self.location
        if self.region:
            rec["region"] = self.region
        d = datetime.datetime(2026, 1, 1) + datetime.timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
        rec["posted_at"] = d.strftime("%Y-%m-%dT%H:%M:00Z")
        phones = []
        for m in self.phones:
            p = {"e164": m["e164"], "raw": m["raw"], "class": m["class"], "region": m["region"], "region_source": m["region_source"],
                 "field": m["field"], "spelled": m["spelled"], "form": m["form"]}
            if "spoken_lang" in m:
                p["spoken_lang"] = m["spoken_lang"]
            phones.append(p)
        rec["labels"] = {"group": self.group, "country": self.ctry, "lang": self.lang, "category": self.cat, "evidence": self.evidence,
                         "phones": phones, "ambiguous": self.ambig, "decoys": sorted(set(self.decoys)), "tags": sorted(set(self.tags))}
        return rec
def no_trunk_ok(x):
    tp = POOL["countries"][x["region"]]["national_prefix"]
    return bool(tp) and x["national_digits"] == tp + x["nsn"]


def spelled_digits(x, form):
    return {"national": x["national_digits"], "national_no_trunk": x["nsn"]}.get(form, x["cc"] + x["nsn"])


def has_mult(s):
    return any(s[i] != "0" and s[i + 1:i + 3] == "00" for i in range(len(s) - 2)) or any(s[i] == s[i + 1] for i in range(len(s) - 1))


def has_hundred(s):
    return any(s[i] != "0" and s[i + 1:i + 3] == "00" and s[i + 3:i + 4] != "0" for i in range(1, len(s) - 2))


def has_thousand(s):
    return any(s[i] != "0" and s[i + 1:i + 4] == "000" and s[i + 4:i + 5] != "0" for i in range(1, len(s) - 3))


PREDS = {
    "glyph.letters": lambda s: "0" in s or "1" in s,
    "words.homophone": lambda s: sum(c in "1248" for c in s) >= 3,
    "words.multiplier": has_mult,
}


def intl_form(rng, x, allow_bare=True):
    forms = [("intl_plus", 6), ("intl_00", 2), ("wa_me", 2)]
    if allow_bare and len(x["cc"]) >= 2:
        forms.append(("intl_bare", 1))
    if no_trunk_ok(x) and x["national_digits"][0] == "0":
        forms.append(("intl_plus_trunk", 1))
    return wpick(rng, forms)


def national_form(rng, x, evidence_kind):
    if evidence_kind not in ("format",) and no_trunk_ok(x) and rng.random() < 0.2:
        return "national_no_trunk"
    return "national"


def add_evidence(p, kind):
    """Give the post one kind of region evidence for its national numbers."""
    rng = p.rng
    if kind == "text":
        if rng.random() < 0.1:
            p.put_country_name()
        else:
            p.put_place()
        p.generic_url(0.35)
    elif kind in ("cctld", "subdomain", "path"):
        p.set_url(kind)
    elif kind == "location":
        p.location = p.place_name()
        if p.ctry == "US" and rng.random() < 0.5:
            p.location = rng.choice(["Houston, TX", "Miami, FL", "Atlanta, GA", "Las Vegas, NV", "Chicago, IL", "Dallas, TX"])
        p.evidence = {"kind": "location", "value": p.location, "region": p.ctry}
        p.generic_url(0.35)
    elif kind == "record":
        p.region = p.ctry
        p.evidence = {"kind": "record", "value": p.ctry, "region": p.ctry}
        p.generic_url(0.35)
    elif kind == "format":
        p.evidence = {"kind": "format", "region": p.ctry}
        p.generic_url(0.35)
    elif kind == "none":
        p.generic_url(0.45)
    else:
        raise ValueError(kind)


def cc_text_line(p):
    cc = POOL["countries"][p.ctry]["cc"]
    tp = POOL["countries"][p.ctry]["national_prefix"]
    opts = {"en": ["Country code +{cc}", "Calling from abroad? Use +{cc}", "(+{cc}) local line below"],
            "es": ["Desde el exterior: +{cc}", "Código de país +{cc}"], "pt": ["Do exterior: +{cc}", "DDI +{cc}"],
            "fr": ["Depuis l'étranger : +{cc}", "Indicatif +{cc}"], "de": ["Aus dem Ausland: +{cc}", "Vorwahl +{cc}"],
            "ru": ["Код страны +{cc}"], "tr": ["Yurt dışından +{cc}"], "ar": ["من الخارج +{cc}"], "id": ["Dari luar negeri +{cc}"]}
    t = p.rng.choice(opts.get(p.lang, opts["en"]))
    if tp == "0" and p.lang == "en" and p.rng.random() < 0.5:
        t = "From abroad dial +{cc} and drop the first 0"
    return t.format(cc=cc)


# -- group: region -------------------------------------------------------------------------
def build_region(sp):
    rng = sp.rng
    kind = wpick(rng, [("text", 24), ("cctld", 12), ("subdomain", 9), ("path", 11), ("cc_number", 12), ("cc_text", 7), ("format", 25)])
    scen = None
    if sp.scenarios and rng.random() < 0.4:
        scen = sp.scenarios.pop()
        kind = "text"
    if scen:
        ctry = scen[0]
        native = not scen[1].isascii() and not any("À" <= ch <= "ɏ" for ch in scen[1])
        lang = pick_lang(rng, ctry, langs=[l for l, _ in C[ctry]["langs"] if (l in NON_LATIN_LANGS) == native]) or pick_lang(rng, ctry)
    elif kind == "format":
        ok = [c for c in C if len(sp.numbers(c, pred=lambda x: x["unique_format"])) >= 3]
        ctry = pick_country(rng, ok)
    else:
        ctry = pick_country(rng)
    if not scen:
        lang = pick_lang(rng, ctry)
    cat = pick_cat(rng, lang, [("escort", 4), ("massage", 2), ("job", 1), ("room", 1.5), ("sale", 1.5)])
    p = Post(sp, "region", ctry, lang, cat)
    if kind in ("format", "cc_number", "cc_text"):
        p.local_ok = False
    p.fill(rng.randint(2, 6))
    n = wpick(rng, [(1, 6), (2, 3), (3, 1)])
    if kind == "cc_number":
        n = max(n, 2)
    pred = (lambda x: x["unique_format"]) if kind == "format" else None
    nums = []
    for i in range(n):
        k = "fixed" if (kind != "format" and rng.random() < 0.1) else "mobile"
        x = sp.draw(ctry, k, pred) or sp.draw(ctry, "mobile", pred)
        if x is None:
            break
        nums.append(x)
    if scen:
        p.put_place(scen[1])
        p.evidence["how"] = "hard_place_name"
        p.generic_url(0.35)
    elif kind in ("text", "cctld", "subdomain", "path", "format"):
        add_evidence(p, kind)
    elif kind == "cc_text":
        p.add_line(cc_text_line(p))
        p.evidence = {"kind": "calling_code", "how": "text", "value": "+" + POOL["countries"][ctry]["cc"], "region": ctry}
        p.generic_url(0.35)
    else:
        p.evidence = {"kind": "calling_code", "how": "number", "value": "+" + POOL["countries"][ctry]["cc"], "region": ctry}
        p.generic_url(0.35)
    for i, x in enumerate(nums):
        if kind == "cc_number" and i == 0:
            form = wpick(rng, [("intl_plus", 5), ("wa_me", 2), ("intl_00", 1)])
        else:
            form = national_form(rng, x, "format" if kind in ("format", "cc_text") else kind)
        dis = "plain" if rng.random() < 0.85 else rng.choice(["sep.odd", "split.line", "sep.every_digit"])
        m = p.render(x, form, dis)
        if i == 0 and rng.random() < 0.2 and dis == "plain":
            p.contact(m, "title")
            m = p.render(x, form, "plain")
        p.contact(m)
        if rng.random() < 0.1:
            p.contact(p.render(x, form, "plain"))
    # a foreign number with its own code, beside the post's national ones
    if kind in ("text", "cctld", "subdomain", "path") and rng.random() < 0.15:
        other = pick_country(rng, [c for c in C if c != ctry and POOL["countries"][c]["cc"] != POOL["countries"][ctry]["cc"]])
        y = sp.draw(other)
        p.contact(p.render(y, "intl_plus", "plain"))
        p.tags.append("foreign_intl_number")
    for _ in range(wpick(rng, [(0, 3), (1, 4), (2, 2)])):
        p.decoy()
    return p


# -- group: disguise -----------------------------------------------------------------------
DISGUISE_W = [("sep.every_digit", 9), ("sep.pairs", 6), ("sep.odd", 5), ("sep.emoji", 6), ("glyph.keycap", 3), ("escape.literal", 9),
              ("split.line", 6), ("glyph.letters", 8), ("glyph.arabic_indic", 3), ("glyph.persian", 2), ("glyph.devanagari", 3),
              ("glyph.thai", 3), ("glyph.bengali", 2), ("glyph.fullwidth", 3), ("words.glued", 6), ("words.mixed", 8), ("words.leet", 4),
              ("words.homophone", 7), ("words.multiplier", 7), ("glued.name", 6)]
EN_TRICKS = {"words.glued", "words.leet", "words.homophone", "words.multiplier"}


def build_disguise(sp):
    rng = sp.rng
    dis = sp.quota("disguise", DISGUISE_W, sp.n // len(GROUPS))
    if dis.startswith("glyph.") and dis.split(".")[1] in SCRIPTS:
        script = dis.split(".")[1]
        dis = "glyph"
        if script == "fullwidth" and rng.random() < 0.3:
            ctry = pick_country(rng)
        else:
            ctry = pick_country(rng, [c for c, v in SCRIPT_OF.items() if v == script])
    else:
        script = None
        if dis in EN_TRICKS and rng.random() < 0.6:
            ctry = pick_country(rng, [c for c in C if any(l == "en" for l, _ in C[c]["langs"])])
        else:
            ctry = pick_country(rng)
    pred_mult = None
    if dis == "words.multiplier" and rng.random() < 0.6:
        # "five hundred", "2 thousand": only numbers with such a run
        f = has_thousand if rng.random() < 0.4 else has_hundred
        pred_mult = lambda x: f(x["national_digits"]) and f(x["cc"] + x["nsn"])
        ok = [c for c in C if sp.numbers(c, pred=pred_mult)]
        if ok:
            ctry = pick_country(rng, ok)
        else:
            pred_mult = None
    lang = pick_lang(rng, ctry, langs=["en"] if (dis in EN_TRICKS and rng.random() < 0.6) else None) or pick_lang(rng, ctry)
    cat = pick_cat(rng, lang, [("escort", 6), ("massage", 2), ("job", 1), ("abroad", 1), ("room", 0.5), ("sale", 0.5)])
    p = Post(sp, "disguise", ctry, lang, cat)
    ev = wpick(rng, [("intl", 50), ("text", 14), ("cctld", 5), ("subdomain", 3), ("location", 9), ("record", 7), ("format", 12)])
    if cat == "abroad":
        ev = "intl"
    pred0 = PREDS.get(dis)
    if ev == "format":
        cands = [c for c in C if sp.numbers(c, pred=lambda x: x["unique_format"])]
        if ctry not in cands:
            ev = "intl"
    if pred_mult:
        ev = "intl" if ev == "format" else ev
        x = sp.draw(ctry, pred=pred_mult)
    elif ev == "format":
        upred = lambda x: x["unique_format"] and (pred0 is None or pred0(x["national_digits"]))
        x = sp.draw(ctry, pred=upred) or sp.draw(ctry, pred=lambda x: x["unique_format"])
    else:
        x = sp.draw(ctry, pred=(lambda x: pred0(x["national_digits"]) and pred0(x["cc"] + x["nsn"])) if pred0 else None) or sp.draw(ctry)
    if ev == "format" and not x["unique_format"]:
        ev = "intl"
    p.local_ok = ev != "format"
    dest = rng.choice(L[lang].get("dest") or L["en"]["dest"]) if cat == "abroad" else None
    p.fill(rng.randint(2, 6), dest)
    if ev == "intl":
        add_evidence(p, "none")
        form = wpick(rng, [("intl_plus", 7), ("intl_00", 2), ("intl_bare", 1)])
    else:
        add_evidence(p, ev)
        form = national_form(rng, x, ev)
    if dis == "words.multiplier" and not has_mult(spelled_digits(x, form)):
        form = "national" if ev != "intl" else "intl_plus"
    mlang = None
    if dis == "words.mixed" and lang in ("es", "pt", "fr", "id", "de", "it") and rng.random() < 0.5:
        mlang = lang
    m = None
    if dis == "glued.name":
        m = p.render(x, form, "plain")
        m["class"] = "glued.name"
        glue = rng.choice([p.name(), p.name(), "WA:", "Call", "TEL", p.name() + "💋", "☎"])
        if p.caps:
            glue = glue.upper()
        if rng.random() < 0.25:
            p.title = p.title + " " + glue + m["raw"]
            mm = dict(m)
            mm["field"] = "title"
            mm["region_source"] = p.source_for(m)
            p.phones.append(mm)
        else:
            p.contact(m, glue=glue)
    else:
        for _ in range(5):
            m = p.render(x, form, dis, mlang=mlang, script=script)
            if m is not None:
                break
        if m is None:
            m = p.render(x, form, "sep.every_digit")
        p.contact(m)
    if rng.random() < 0.15:
        p.contact(p.render(x, form, rng.choice(["plain", "sep.odd", "sep.every_digit"])), where="title" if rng.random() < 0.5 else "body")
    if rng.random() < 0.25:
        # a second line, written plainly with its code
        other = ctry if rng.random() < 0.8 else pick_country(rng)
        y = sp.draw(other)
        if y:
            p.contact(p.render(y, intl_form(rng, y), "plain"))
    for _ in range(wpick(rng, [(0, 3), (1, 4), (2, 2)])):
        p.decoy()
    return p


# -- group: spoken -------------------------------------------------------------------------
ABROAD_DEST_NUM = ["AE", "SA", "TR", "PL", "RO", "MY", "TH", "RU", "JP", "KR"]


def build_spoken(sp):
    rng = sp.rng
    mode = wpick(rng, [("intl", 42), ("intl_00", 10), ("national", 36), ("pairs", 12)])
    if mode == "pairs":
        ctry = rng.choice(["FR", "FR", "MA", "ES", "MX", "AR", "CO", "CL", "PE", "EC"])
        lang = "fr" if ctry in ("FR", "MA") else "es"
    else:
        # spread the spoken languages: pick the language first, then a country that writes it
        lang = sp.quota("spoken_lang", [(l, 3 if l in ("en", "es", "ar", "ru") else 1) for l in SPOKEN_LANGS], sp.n // len(GROUPS) * 88 // 100)
        ctry = pick_country(rng, [c for c in C if any(l == lang for l, _ in C[c]["langs"])])
    cats = [("escort", 4), ("massage", 2), ("job", 1.5), ("abroad", 4 if mode in ("intl", "intl_00") else 0), ("room", 0.7), ("sale", 0.7)]
    cat = pick_cat(rng, lang, cats)
    p = Post(sp, "spoken", ctry, lang, cat)
    wlang = lang if lang in WORDS else "en"
    if rng.random() < 0.1 and mode != "pairs":
        wlang = "en"
    ev = "none"
    if mode in ("national", "pairs"):
        ev = wpick(rng, [("text", 40), ("cctld", 12), ("subdomain", 5), ("location", 15), ("record", 10), ("format", 18)])
        if ev == "format" and not sp.numbers(ctry, pred=lambda x: x["unique_format"]):
            ev = "text"
    p.local_ok = ev != "format"
    dest = None
    if cat == "abroad":
        dest = rng.choice(L[lang].get("dest") or L["en"]["dest"])
    p.fill(rng.randint(2, 6), dest)
    if cat == "abroad" and rng.random() < 0.6:
        nctry = rng.choice(ABROAD_DEST_NUM)
    else:
        nctry = ctry
    if mode in ("intl", "intl_00"):
        x = sp.draw(nctry)
        add_evidence(p, "none")
        if mode == "intl":
            m = p.render(x, "intl_plus", "words", wlang=wlang)
        else:
            m = p.render(x, "intl_00", "words", wlang=wlang)
    else:
        pred = (lambda x: x["unique_format"]) if ev == "format" else None
        x = sp.draw(ctry, pred=pred)
        add_evidence(p, ev)
        form = national_form(rng, x, ev)
        if mode == "pairs":
            m = p.render(x, form, "words.pairs", wlang=lang)
        elif rng.random() < 0.2 and lang in ("es", "pt", "fr", "id", "de", "it"):
            m = p.render(x, form, "words.mixed", mlang=lang) or p.render(x, form, "words", wlang=wlang)
        else:
            m = p.render(x, form, "words", wlang=wlang)
    p.contact(m)
    if rng.random() < 0.2:
        # the same number again, in digits
        form2 = "intl_plus" if m["form"].startswith("intl") else m["form"]
        p.contact(p.render(x, form2, "plain"))
    elif rng.random() < 0.15:
        y = sp.draw(ctry if rng.random() < 0.7 else pick_country(rng))
        p.contact(p.render(y, "intl_plus", "words", wlang="en"))
    for _ in range(wpick(rng, [(0, 3), (1, 4), (2, 2)])):
        p.decoy()
    return p


# -- group: decoy --------------------------------------------------------------------------
HARD_KINDS = ["listing_id", "order_number", "tracking", "reference", "imei", "listing_id", "reference"]


def build_decoy(sp):
    rng = sp.rng
    ctry = pick_country(rng)
    lang = pick_lang(rng, ctry)
    cat = pick_cat(rng, lang, [("escort", 3), ("massage", 1), ("job", 2), ("abroad", 1), ("room", 2), ("sale", 3)])
    p = Post(sp, "decoy", ctry, lang, cat)
    has_phone = rng.random() < 0.65 or cat == "abroad"
    dest = rng.choice(L[lang].get("dest") or L["en"]["dest"]) if cat == "abroad" else None
    p.fill(rng.randint(1, 4), dest)
    ev = wpick(rng, [("intl", 35), ("text", 30), ("cctld", 10), ("location", 15), ("record", 10)])
    if cat == "abroad":
        ev = "intl"
    if ev == "intl":
        add_evidence(p, "none")
    else:
        add_evidence(p, ev)
    if has_phone:
        x = sp.draw(ctry)
        form = intl_form(rng, x) if ev == "intl" else national_form(rng, x, ev)
        p.contact(p.render(x, form, "plain" if rng.random() < 0.8 else rng.choice(["sep.odd", "sep.every_digit", "split.line"])))
        if rng.random() < 0.15:
            p.contact(p.render(x, form, "plain"))
    nd = rng.randint(3, 5)
    for i in range(nd):
        r = rng.random()
        if r < 0.4:
            p.decoy(rng.choice(HARD_KINDS), local=False)
        elif r < 0.75 and p.local_ok:
            p.decoy(local=True)
        else:
            p.decoy(local=False)
    return p


# -- group: ambiguous ----------------------------------------------------------------------
def amb_ok(lang):
    sp_ = SPEAKERS.get(lang)

    def ok(a):
        if sp_ is None:
            return False
        n = len(sp_ & set(a["regions"]))
        # English is written everywhere; any other language must fit at least two of the readings
        return n != 1 if lang == "en" else n >= 2
    return ok


def build_ambiguous(sp):
    rng = sp.rng
    lang = wpick(rng, [("en", 62), ("es", 18), ("fr", 10), ("ar", 7), ("ru", 2), ("pt", 1)])
    a = sp.ambiguous(amb_ok(lang))
    if a is None:
        lang = "en"
        a = sp.ambiguous(amb_ok(lang))
    ctry = a["base"]
    cat = pick_cat(rng, lang, [("escort", 4), ("massage", 2), ("job", 1.5), ("room", 1.5), ("sale", 1.5)])
    p = Post(sp, "ambiguous", ctry, lang, cat)
    p.local_ok = False
    p.fill(rng.randint(2, 6))
    add_evidence(p, "none")
    p.evidence = {"kind": "none"}

    def put(a, where="body"):
        dis = wpick(rng, [("lib", 5), ("regroup", 2), ("sep.every_digit", 1), ("split.line", 1), ("glyph", 0.5)])
        d = a["digits"]
        if dis == "lib":
            raw = a["national"]
        elif dis == "regroup":
            raw = rng.choice([" ", "-", "."]).join(regroup(rng, d))
        elif dis == "sep.every_digit":
            raw = rng.choice(["-", ".", " ", "*"]).join(d)
        elif dis == "split.line":
            g = regroup(rng, d)
            k = rng.randrange(1, len(g))
            raw = " ".join(g[:k]) + p.br + " ".join(g[k:])
        else:
            raw = " ".join("".join(SCRIPTS["fullwidth"][int(c)] for c in g) for g in regroup(rng, d))
        if where == "title":
            p.title_extra.append(raw)
        else:
            cue = rng.choice(p.bank("cue"))
            p.add_line(cue.replace("{n}", raw), pos=len(p.lines) if rng.random() < 0.6 else None)
        p.ambig.append({"raw": raw.upper() if p.caps else raw, "digits": d, "regions": a["regions"], "e164_candidates": a["e164_candidates"],
                        "field": where, "true_region_in_generator": a["base"]})
    r = rng.random()
    put(a)
    if r < 0.15:
        put(a, "title")
    elif r < 0.25:
        b = sp.ambiguous(amb_ok(lang))
        if b:
            put(b)
    for _ in range(wpick(rng, [(0, 2), (1, 4), (2, 3), (3, 1)])):
        p.decoy(local=False)
    return p


BUILDERS = {"region": build_region, "disguise": build_disguise, "spoken": build_spoken, "decoy": build_decoy, "ambiguous": build_ambiguous}


def build_split(name, seed, n, prefix):
    sp = Split(name, seed, n, prefix)
    per = n // len(GROUPS)
    seq = [g for g in GROUPS for _ in range(per)]
    sp.rng.shuffle(seq)
    out = []
    for i, g in enumerate(seq, 1):
        p = BUILDERS[g](sp)
        out.append(p.finish("%s-%04d" % (prefix, i)))
    return out


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files instead of writing them")
    a = ap.parse_args()
    bad = 0
    for fname, name, seed, n, prefix in SPLITS:
        text = dump(build_split(name, seed, n, prefix))
        path = os.path.join(HERE, fname)
        if a.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("%s differs from the generator's output" % fname)
                    bad += 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote %s" % fname)
    if a.check:
        print("ok" if not bad else "%d file(s) differ" % bad)
        sys.exit(1 if bad else 0)


SPLITS = [("dev.jsonl", "dev", 20260611, 400, "ph6d"), ("heldout.jsonl", "heldout", 20260917, 600, "ph6h")]

if __name__ == "__main__":
    main()
