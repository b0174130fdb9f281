#!/usr/bin/env python3
"""Write the phones9 evaluation set: dev.jsonl (200 posts) and heldout.jsonl (400 posts).

    python3 write.py            # (re)write dev.jsonl and heldout.jsonl
    python3 write.py --check    # exit 1 if the committed files differ from what this writes

Python 3.11 standard library only; seeded and deterministic (same bytes every run). Numbers come
from number_pool.json (built by build_pool.py with phonenumbers): even-indexed entries of each
country feed dev, odd-indexed entries feed held-out, so no number is in both splits.

Scenario: an analyst's dump of ads scraped from sites in 24 countries (escort and massage ads,
"job abroad" recruitment, rooms, things for sale), run with no flags. Few posts carry `region`
or `location`; the country must come from the post itself. See README.md for the groups and the
labelling rules. All text is synthetic; all domains are example-style names.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- text data (synthetic)
# Every static phrase below is digit-free: the only digits in a post are its phone mentions and
# its labelled decoys (write.py asserts this for every post).

COUNTRIES = ["AU", "IN", "GB", "JP", "SG", "EC", "US", "CA", "NZ", "ZA",
             "NG", "KE", "PH", "MY", "TH", "AE", "MX", "CO", "BR", "ES", "FR", "DE", "IT", "IE"]
TOP10 = COUNTRIES[:10]

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "ms": ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"],
}
EMOJI_SEPS = ["💋", "🔥", "❤️", "💦", "⭐", "✨", "🌹", "💕"]
BULLET_SEPS = ["•", " • ", "·", " ▪ ", "-•-", "_"]

# ---------------------------------------------------------------- languages

EN = dict(
    sep=",",
    loc_title=[" in {p}", " – {p}", " | {p}", " ({p})", " near {p}"],
    names=["Jess", "Chloe", "Mia", "Ruby", "Sophie", "Amber", "Lily", "Bella", "Jade", "Sasha", "Kiki", "Nikki",
           "Angel", "Candy", "Tiffany", "Luna", "Holly", "Zara", "Maya"],
    items=["iPhone", "PlayStation", "sofa bed", "gaming laptop", "baby stroller", "mountain bike", "washing machine",
           "fridge freezer", "office chair"],
    titles=dict(
        escort=["{name} – sweet & discreet{loc}", "NEW{loc}: {name}, genuine pics", "Busty {name}{loc} – incall/outcall",
                "GFE {name}{loc} ❤️", "Independent lady{loc} – {name}", "Real pics, no rush – {name}{loc}",
                "Young & playful {name}{loc}", "Classy companion{loc} – {name}"],
        massage=["Relaxing full body massage{loc}", "Thai massage{loc} – new therapist", "Asian massage, open late{loc}",
                 "Deep tissue & hot stones{loc}", "Sensual massage by {name}{loc}", "Mobile massage{loc} – hotel visits"],
        job=["URGENT hiring – jobs abroad, free visa & ticket", "Work overseas: waitress / hotel staff needed",
             "Caregivers wanted for overseas employer", "Overseas jobs – factory, cleaning, hospitality",
             "Recruiting now: massage therapists for work abroad", "Recruitment agency{loc} – overseas jobs, apply now",
             "Licensed agency{loc} hiring for jobs abroad"],
        room=["Room for rent{loc} – bills included", "Furnished room{loc}, close to transport",
              "Shared house{loc}: double room available", "Private room{loc}, female only", "Studio for rent{loc}"],
        sale=["{item} for sale{loc}", "Selling my {item}{loc} – good condition", "{item}, hardly used{loc}",
              "Moving out sale{loc}: {item}"],
    ),
    open=dict(
        escort=["Hi gentlemen, I'm {name}, a friendly and open-minded girl.", "Hello boys! {name} here, new to this site.",
                "Sweet, playful and real – what you see is what you get.", "Mature and discreet lady for respectful gents only.",
                "Stunning petite brunette, fun and down to earth.", "Curvy blonde with a naughty smile, let's have fun."],
        massage=["Professional relaxing massage by a qualified therapist.", "Clean private room, shower available, soft music.",
                 "Full body oil massage, Swedish or deep tissue, your choice.", "Tired after work? Treat yourself to a proper massage.",
                 "Experienced female therapist, gentle or firm pressure."],
        job=["We are a licensed agency hiring for overseas employers.", "Looking for hardworking men and women for jobs abroad.",
             "No experience needed, training provided, accommodation included.", "Free visa, free air ticket, free accommodation.",
             "Apply now, limited slots!"],
        room=["Clean and quiet room in a shared house.", "Fully furnished room with wifi, fridge and aircon.",
              "Looking for a tidy working professional.", "Bright and spacious, shared kitchen and bathroom.",
              "No pets, no smoking, no parties."],
        sale=["Selling my {item}, works perfectly.", "{item} in great condition, barely used.", "Reason for sale: moving overseas.",
              "Pick up only, cash on pick up.", "Genuine buyers only, no time wasters."],
    ),
    place=dict(
        escort=["Incall in {p}, outcall to hotels nearby.", "Private apartment in {p}.", "Based in {p} this week only.",
                "Discreet location near {p}."],
        massage=["Located in {p}, easy parking.", "Our shop is in {p}, walk-ins welcome.", "Home and hotel visits around {p}."],
        job=["Our office is in {p}, walk-in applicants welcome.", "Interviews at our {p} office every weekday.", "Agency based in {p}."],
        room=["The house is in {p}, close to shops and transport.", "Quiet street in {p}.", "Great location in {p}."],
        sale=["Pick up from {p}.", "Located in {p}, can meet nearby.", "Collection in {p} only."],
    ),
    close=dict(
        escort=["No private numbers please.", "Respect is a must.", "Serious gents only xx", "No texts asking for discounts.", ""],
        massage=["No sexual services.", "Appointment preferred.", ""],
        job=["Send your CV today.", "Processing is fast.", "Beware of fake recruiters.", ""],
        room=["Inspection by appointment.", "References required.", ""],
        sale=["Price is firm.", "First come first served.", ""],
    ),
    contact=["Call or text {ph}", "Text me on {ph}", "Call {ph} now", "📞 {ph}", "Ph: {ph}", "Mob: {ph}", "Contact: {ph}",
             "Bookings: {ph}", "For appointments call {ph}", "Enquiries {ph}"],
    messenger=["{app} {ph}", "{app}: {ph}", "{app} only {ph}", "Call/{app} {ph}", "Text or {app} {ph}"],
    again=["Or {app} {ph}", "Again: {ph}", "{app} same number {ph}", "Save my number {ph}"],
    two=["Second line {ph}", "Other number {ph}", "Office {ph}", "Or call {ph}"],
    joiners=[" · ", " | ", ", ", "\n", " ✨ "],
    cat_slug=dict(escort=["escorts", "adult"], massage=["massage", "wellness"], job=["jobs", "employment"],
                  room=["rooms", "rentals"], sale=["for-sale", "buy-sell"]),
    m1=["Call {nat} (overseas: {intl})", "Local {nat} | Intl {intl}", "{app} {intl} – or call {nat}",
        "Calls: {nat}. {app}: {intl}"],
    m2_job=["Agency office in {p1}: {ph1}. Employer in {p2}: {ph2}.",
            "Apply at our {p1} office, call {ph1}. Our partner in {p2} answers on {ph2}.",
            "Recruiter ({p1}) {ph1} · Employer ({p2}) {ph2}"],
    m2_tour=["Based in {p1} – {ph1}. Touring {p2} next week – {ph2}.", "{p1}: {ph1} | {p2} tour: {ph2}"],
    m4_away=["Touring {p} this week!", "Now in {p} for a few days only.", "Just arrived in {p}."],
    m4_here=["Now in {p}.", "Back in {p}!", "Available in {p} all week."],
    dem_city=["{dem} girl in {p}", "{dem} lady based in {p}", "Sexy {dem} babe in {p}"],
    visit=["{dem} girl visiting {p}", "{dem} lady in {p} for a few days", "{dem} babe now in {p}"],
    visit_cue=["Call my {adj} number {ph}", "{adj} number: {ph}", "Text my {adj} mobile {ph}"],
    decoy=dict(
        age=["{v} yo", "Age {v}", "{v} years old", "{v} y.o."],
        age_range=["Age {a}-{b}", "Aged {a} to {b}"],
        height=["{v}cm", "{v} cm tall", "Height {v}cm"],
        measurements=["{b}-{w}-{h}", "Stats {b}-{w}-{h}", "{b}D-{w}-{h}"],
        weight=["{v}kg", "{v} kg"],
        time=["10am–2am", "24/7", "9am till late", "11am-11pm", "Open 10am to 10pm", "from 6pm"],
        date=["Available from {dm}", "Until {dm}", "Start date {dm}/{y}", "Available {dm}"],
        ad_ref=["Ref: {n}", "Ad ID {n}", "Listing #{n}", "Ref no. {n}"],
        year=dict(escort=["since {y}"], massage=["Est. {y}", "since {y}"], job=["Licensed since {y}", "est. {y}"],
                  room=["Renovated in {y}", "built {y}"], sale=["Bought in {y}", "{y} model"]),
        street=["Unit {a}, {n} King St", "Flat {a}, {n} High St", "{n} Main St"],
        salary=["Salary USD {a}/month", "Salary up to USD {a} a month", "USD {a} monthly + bonus"],
        price=dict(escort=["Rates from {p}/hr", "{p} per hour", "{p}/hr", "Donation {p}"],
                   massage=["{p} per hour", "Full body {p}", "Special {p}/hr"],
                   room=["Rent {p} per month", "{p} per month incl. bills", "{p}/month"],
                   sale=["Asking {p}", "{p} ono", "Price {p}", "{p} or best offer"]),
        price_neutral=dict(escort=["{a}/hr", "{a} per hour"], massage=["{a} per hour", "Full body {a}"],
                           room=["Rent {a} per month", "{a}/month"], sale=["Asking {a}", "{a} ono"]),
    ),
)

ES = dict(
    sep=".",
    loc_title=[" en {p}", " – {p}", " ({p})", " | {p}", " zona {p}"],
    names=["Valentina", "Camila", "Daniela", "Sofía", "Luna", "Mariana", "Lucía", "Paola"],
    items=["celular", "moto", "laptop", "bicicleta", "sofá"],
    titles=dict(
        escort=["{name}, chica nueva{loc}", "Scort independiente{loc} – {name}", "Nena complaciente{loc}",
                "{name}, morena ardiente{loc}"],
        massage=["Masajes relajantes{loc}", "Masaje tántrico{loc} con {name}", "Masajes a domicilio{loc}",
                 "Spa y masajes{loc}, atención todos los días"],
        job=["Trabajo en el extranjero – visa y pasaje incluidos", "Se busca personal para trabajar fuera del país",
             "Oportunidad laboral en el exterior, sin experiencia", "Agencia de empleo{loc}: trabajos en el exterior"],
        room=["{rent} habitación{loc}", "Habitación {furn}{loc}, servicios incluidos", "{rent} cuarto para señorita{loc}"],
        sale=["Vendo {item}{loc}", "{item} en venta{loc}, buen estado", "Remato {item}{loc}"],
    ),
    open=dict(
        escort=["Hola amor, soy {name}, cariñosa y discreta.", "Chica real, fotos reales.",
                "Complaciente, educada y muy discreta.", "Atiendo caballeros respetuosos."],
        massage=["Masajes profesionales con aceites esenciales.", "Ambiente limpio y privado, con ducha.",
                 "Masaje relajante, descontracturante y de piedras calientes."],
        job=["Agencia seria busca personal con ganas de trabajar.", "No se necesita experiencia, te capacitamos.",
             "Alojamiento y comida incluidos."],
        room=["Habitación limpia y tranquila en casa compartida.", "Con baño privado, wifi y servicios incluidos.",
              "Ideal para estudiante o persona que trabaje."],
        sale=["Vendo por viaje, en perfecto estado.", "Poco uso, funciona perfecto.", "Precio negociable."],
    ),
    place=dict(
        escort=["Atiendo en {p}, también a domicilio y hoteles.", "Estoy en {p} solo esta semana.", "Apartamento privado en {p}."],
        massage=["Estamos en {p}, fácil estacionamiento.", "Servicio a domicilio en {p} y alrededores."],
        job=["Oficina en {p}, entrevistas de lunes a viernes."],
        room=["Ubicada en {p}, cerca de transporte y comercios.", "Zona tranquila de {p}."],
        sale=["Entrego en {p}.", "Retiro en {p}."],
    ),
    close=["No contesto números privados.", "Solo personas serias.", "Besos.", ""],
    contact=["Llama o escribe al {ph}", "Info al {ph}", "Cel. {ph}", "Tel. {ph}", "Escríbeme al {ph}", "Llámame: {ph}"],
    messenger=["{app} {ph}", "{app}: {ph}", "Solo {app} {ph}"],
    again=["O por {app} al {ph}", "Repito: {ph}"],
    two=["Otro número: {ph}", "Oficina {ph}", "También al {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["escorts", "acompanantes"], massage=["masajes"], job=["empleo", "trabajo"],
                  room=["habitaciones", "alquiler"], sale=["venta", "compra-venta"]),
    m1=["Llama al {nat} (desde el exterior {intl})", "{app} {intl} / llamadas {nat}"],
    m2_job=["Oficina en {p1}: {ph1}. Empleador en {p2}: {ph2}.",
            "Agencia en {p1}, llama al {ph1}. Contacto del empleador en {p2}: {ph2}."],
    m2_tour=["Normalmente en {p1} ({ph1}), la próxima semana en {p2}: {ph2}"],
    m4_away=["¡De gira por {p} esta semana!", "Recién llegada a {p}.", "Unos días en {p}."],
    m4_here=["Ahora en {p}.", "De vuelta en {p}."],
    dem_city=["Chica {dem} en {p}", "{Dem} en {p}"],
    visit=["{Dem} de visita en {p}", "Chica {dem} unos días en {p}"],
    visit_cue=["Mi número {adj}: {ph}", "Número {adj} {ph}"],
    decoy=dict(
        age=["{v} años", "Edad {v}"],
        age_range=["Edad {a} a {b} años", "Entre {a} y {b} años"],
        height=["1,{w} m", "Mido 1.{w}"],
        measurements=["{mb}-{mw}-{mh}", "Medidas {mb}-{mw}-{mh}"],
        weight=["{v} kg", "Peso {v} kg"],
        time=["de 10 a 22 h", "de 9:00 a 21:00", "24 horas", "desde las 18 h"],
        date=["desde el {dm}", "hasta el {dm}", "disponible a partir del {dm}/{y}"],
        ad_ref=["Ref. {n}", "Anuncio n.º {n}", "Cód. {n}"],
        year=dict(escort=["desde {y}"], massage=["desde {y}"], job=["Licencia desde {y}"],
                  room=["remodelado en {y}"], sale=["modelo {y}", "comprado en {y}"]),
        street=["Calle {n}", "Av. Central {n}"],
        salary=["Sueldo USD {a} al mes", "Salario de USD {a} mensuales"],
        price=dict(escort=["{p} la hora", "Tarifa {p}", "Desde {p}"], massage=["{p} la hora", "Masaje completo {p}"],
                   room=["{p} al mes", "Arriendo {p} mensual"], sale=["{p} negociable", "Precio {p}"]),
        price_neutral=dict(escort=["{a} la hora"], massage=["{a} la hora"], room=["{a} al mes"], sale=["Precio {a}"]),
    ),
)

PT = dict(
    sep=".",
    loc_title=[" em {p}", " – {p}", " ({p})", " | {p}", " região {p}"],
    names=["Bruna", "Larissa", "Camila", "Juliana", "Fernanda", "Bia", "Gabi"],
    items=["celular", "moto", "geladeira", "notebook", "carrinho de bebê"],
    titles=dict(
        escort=["{name}, acompanhante{loc}", "Garota de programa{loc} – {name}", "Morena linda{loc}, atendo hoje",
                "{name}, loira safada{loc}"],
        massage=["Massagem relaxante{loc}", "Massagem tântrica{loc} com {name}", "Massoterapeuta a domicílio{loc}"],
        job=["Trabalho no exterior – passagem e visto pagos", "Vagas no exterior: garçonete e camareira",
             "Oportunidade de emprego fora do país, sem experiência", "Agência{loc} – vagas no exterior"],
        room=["Aluga-se quarto{loc}", "Quarto mobiliado para alugar{loc}", "Vaga em república{loc}, só meninas"],
        sale=["Vendo {item}{loc}", "{item} à venda{loc}, bom estado", "Passo {item}{loc}, barato"],
    ),
    open=dict(
        escort=["Oi amor, sou {name}, carinhosa e discreta.", "Fotos reais, sem surpresas.", "Atendo homens educados e respeitosos."],
        massage=["Massagem profissional com óleos aromáticos.", "Ambiente limpo e climatizado, com chuveiro.",
                 "Massagem relaxante e terapêutica."],
        job=["Agência séria contrata com urgência.", "Não precisa de experiência.", "Moradia e alimentação por conta do empregador."],
        room=["Quarto limpo e arejado em casa tranquila.", "Com wifi, água e luz inclusos.", "Ideal para estudante ou quem trabalha fora."],
        sale=["Vendo por motivo de viagem.", "Pouco uso, funcionando perfeitamente.", "Aceito proposta."],
    ),
    place=dict(
        escort=["Atendo em {p}, com local próprio.", "Estou em {p} só esta semana.", "Local discreto em {p}."],
        massage=["Estamos em {p}, fácil estacionamento.", "Atendimento a domicílio em {p} e região."],
        job=["Escritório em {p}, entrevistas de segunda a sexta."],
        room=["Fica em {p}, perto de tudo.", "Rua tranquila em {p}."],
        sale=["Entrego em {p}.", "Retirar em {p}."],
    ),
    close=["Não atendo número privado.", "Só pessoas sérias.", "Beijos!", ""],
    contact=["Ligue {ph}", "Contato: {ph}", "Tel: {ph}", "Chama no {ph}", "Fone {ph}"],
    messenger=["Chama no zap {ph}", "{app} {ph}", "Zap {ph}", "Tel/Zap {ph}"],
    again=["Ou chama no zap {ph}", "Repetindo: {ph}"],
    two=["Outro número: {ph}", "Ou ligue {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["acompanhantes"], massage=["massagem"], job=["empregos", "vagas"], room=["quartos", "aluguel"],
                  sale=["venda", "compra-e-venda"]),
    m1=["Ligue {nat} (do exterior {intl})", "{app} {intl} / ligações {nat}"],
    m2_job=["Escritório em {p1}: {ph1}. Empregador em {p2}: {ph2}."],
    m2_tour=["Normalmente em {p1} ({ph1}), semana que vem em {p2}: {ph2}"],
    m4_away=["Em turnê por {p} esta semana!", "Acabei de chegar em {p}."],
    m4_here=["Agora em {p}."],
    dem_city=["{Dem} em {p}", "Morena {dem} em {p}"],
    visit=["{Dem} de passagem por {p}"],
    visit_cue=["Meu número {adj}: {ph}"],
    decoy=dict(
        age=["{v} anos", "Idade {v}"],
        age_range=["Idade de {a} a {b} anos"],
        height=["1,{w}m", "Altura 1,{w}"],
        measurements=["{mb}-{mw}-{mh}", "Medidas {mb}-{mw}-{mh}"],
        weight=["{v}kg", "Peso {v}kg"],
        time=["das 10h às 22h", "24 horas", "a partir das 18h"],
        date=["a partir de {dm}", "até {dm}", "início {dm}/{y}"],
        ad_ref=["Cód. {n}", "Anúncio nº {n}", "Ref. {n}"],
        year=dict(escort=["desde {y}"], massage=["desde {y}"], job=["Licenciada desde {y}"], room=["reformado em {y}"],
                  sale=["ano {y}", "comprado em {y}"]),
        street=["Rua das Flores, {n}", "Av. Brasil, {n}"],
        salary=["Salário USD {a} por mês", "Ganhos de até USD {a} mensais"],
        price=dict(escort=["{p} a hora", "Cachê {p}"], massage=["{p} a sessão", "Massagem completa {p}"],
                   room=["{p} por mês", "Aluguel {p}"], sale=["{p}", "Valor {p}"]),
        price_neutral=dict(escort=["{a} a hora"], massage=["{a} a sessão"], room=["{a} por mês"], sale=["Valor {a}"]),
    ),
)

FR = dict(
    sep=" ",
    loc_title=[" à {p}", " – {p}", " ({p})", " | {p}", " sur {p}"],
    names=["Chloé", "Léa", "Manon", "Inès", "Camille", "Sarah", "Jade"],
    items=["iPhone", "scooter", "frigo", "canapé", "poussette"],
    titles=dict(
        escort=["{name}, escort indépendante{loc}", "Nouvelle{loc} – {name}, discrète", "Charmante {name}{loc}",
                "{name}, jolie brune{loc}"],
        massage=["Massage relaxant{loc}", "Massage naturiste{loc}", "Massage californien à domicile{loc}"],
        job=["Emploi à l'étranger – visa et billet payés", "Recrutement à l'étranger : serveuses, hôtesses",
             "Travail à l'étranger, logement fourni", "Agence{loc} : emplois à l'étranger"],
        room=["Chambre à louer{loc}", "Colocation{loc} – chambre meublée", "Studio meublé à louer{loc}"],
        sale=["À vendre : {item}{loc}", "Vends {item}{loc}, très bon état", "{item} à saisir{loc}"],
    ),
    open=dict(
        escort=["Bonjour messieurs, je suis {name}, douce et discrète.", "Photos réelles, pas de mauvaise surprise.",
                "Pour hommes respectueux uniquement."],
        massage=["Massage professionnel aux huiles essentielles.", "Cadre propre et discret, douche disponible.",
                 "Massage relaxant, suédois ou aux pierres chaudes."],
        job=["Agence sérieuse recrute en urgence.", "Aucune expérience requise.", "Logement et repas pris en charge."],
        room=["Chambre propre et calme dans appartement partagé.", "Wifi et charges comprises.", "Idéal étudiant ou jeune actif."],
        sale=["Vends pour cause de déménagement.", "Très peu servi, fonctionne parfaitement.", "Prix à débattre."],
    ),
    place=dict(
        escort=["Je reçois à {p}, déplacements en hôtel.", "De passage à {p} cette semaine seulement."],
        massage=["Cabinet situé à {p}, parking facile.", "Déplacements à domicile sur {p} et alentours."],
        job=["Bureau à {p}, entretiens du lundi au vendredi."],
        room=["Situé à {p}, proche commerces et transports."],
        sale=["À récupérer à {p}.", "Remise en main propre à {p}."],
    ),
    close=["Numéros masqués s'abstenir.", "Personnes sérieuses uniquement.", "Bisous.", ""],
    contact=["Appelle-moi au {ph}", "Tél : {ph}", "Contact : {ph}", "Joignable au {ph}", "Appelez le {ph}"],
    messenger=["SMS/{app} {ph}", "{app} : {ph}", "{app} uniquement {ph}"],
    again=["Ou sur {app} au {ph}", "Je répète : {ph}"],
    two=["Autre numéro : {ph}", "Ou au {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["rencontres", "escort"], massage=["massage", "bien-etre"], job=["emploi"], room=["colocation", "location"],
                  sale=["vente", "a-vendre"]),
    m1=["Appelez le {nat} (depuis l'étranger {intl})", "{app} {intl} / appels {nat}"],
    m2_job=["Bureau à {p1} : {ph1}. Employeur à {p2} : {ph2}."],
    m2_tour=["D'habitude à {p1} ({ph1}), la semaine prochaine à {p2} : {ph2}"],
    m4_away=["En tournée à {p} cette semaine !", "Tout juste arrivée à {p}."],
    m4_here=["Actuellement à {p}."],
    dem_city=["{Dem} à {p}", "Jolie {dem} à {p}"],
    visit=["{Dem} de passage à {p}", "Jolie {dem} quelques jours à {p}"],
    visit_cue=["Mon numéro {adj} : {ph}", "Numéro {adj} {ph}"],
    decoy=dict(
        age=["{v} ans", "Âge {v} ans"],
        age_range=["Âge {a} à {b} ans", "Entre {a} et {b} ans"],
        height=["1m{w}", "Taille 1,{w} m"],
        measurements=["{mb}-{mw}-{mh}", "Mensurations {mb}-{mw}-{mh}"],
        weight=["{v} kg", "Poids {v} kg"],
        time=["de 10h à 22h", "à partir de 18h", "7j/7"],
        date=["à partir du {dm}", "jusqu'au {dm}", "dès le {dm}/{y}"],
        ad_ref=["Réf. {n}", "Annonce n° {n}"],
        year=dict(escort=["depuis {y}"], massage=["depuis {y}"], job=["Agréée depuis {y}"], room=["rénové en {y}"],
                  sale=["acheté en {y}", "modèle {y}"]),
        street=["{n} rue des Lilas", "{n} avenue de la République"],
        salary=["Salaire USD {a} par mois", "Jusqu'à USD {a} mensuels"],
        price=dict(escort=["{p} l'heure", "Tarif {p}"], massage=["{p} l'heure", "Massage complet {p}"],
                   room=["{p} par mois", "Loyer {p} CC"], sale=["{p}", "Prix {p}"]),
        price_neutral=dict(escort=["{a} l'heure"], massage=["{a} l'heure"], room=["{a} par mois"], sale=["Prix {a}"]),
    ),
)

DE = dict(
    sep=".",
    loc_title=[" in {p}", " – {p}", " ({p})", " | {p}"],
    names=["Lena", "Mia", "Anna", "Lara", "Sophie", "Jessy", "Nina"],
    items=["Fahrrad", "Kühlschrank", "Laptop", "Kinderwagen", "Sofa"],
    titles=dict(
        escort=["{name}, neu in der Stadt{loc}", "Escort {name}{loc} – diskret & sinnlich",
                "Privat: {name}{loc}, Haus- und Hotelbesuche", "Süße {name}{loc} verwöhnt dich"],
        massage=["Entspannungsmassage{loc}", "Thai-Massage{loc} – neue Masseurin", "Erotische Massage{loc}"],
        job=["Job im Ausland – Visum und Flug bezahlt", "Arbeiten im Ausland: Servicekräfte gesucht",
             "Gut bezahlte Jobs im Ausland, ohne Erfahrung", "Agentur{loc} vermittelt Jobs im Ausland"],
        room=["WG-Zimmer zu vermieten{loc}", "Möbliertes Zimmer{loc}", "Zimmer frei{loc}, warm inkl. NK"],
        sale=["Verkaufe {item}{loc}", "{item} zu verkaufen{loc}, wie neu", "{item} abzugeben{loc}"],
    ),
    open=dict(
        escort=["Hallo, ich bin {name}, zärtlich und diskret.", "Echte Fotos, keine Überraschungen.", "Nur für respektvolle Herren."],
        massage=["Professionelle Massage mit warmen Ölen.", "Saubere, diskrete Räume mit Dusche.",
                 "Klassische Massage, Hot Stone oder Thai."],
        job=["Seriöse Agentur sucht dringend Personal.", "Keine Erfahrung nötig.", "Unterkunft und Verpflegung inklusive."],
        room=["Helles, ruhiges Zimmer in netter WG.", "Internet und Nebenkosten inklusive.", "Ideal für Studenten oder Berufstätige."],
        sale=["Verkaufe wegen Umzug.", "Kaum benutzt, funktioniert einwandfrei.", "Nur Abholung, Barzahlung."],
    ),
    place=dict(
        escort=["Ich empfange in {p}, auch Hotelbesuche.", "Nur diese Woche in {p}!"],
        massage=["Studio in {p}, Parkplätze vorhanden.", "Hausbesuche in {p} und Umgebung."],
        job=["Büro in {p}, Vorstellungsgespräche werktags."],
        room=["Die Wohnung liegt in {p}, gute Anbindung.", "Ruhige Lage in {p}."],
        sale=["Abholung in {p}.", "Standort: {p}"],
    ),
    close=["Keine unterdrückten Nummern.", "Nur ernst gemeinte Anfragen.", "Küsschen!", ""],
    contact=["Ruf an: {ph}", "Tel. {ph}", "Handy: {ph}", "Erreichbar unter {ph}", "Kontakt: {ph}"],
    messenger=["{app}/SMS {ph}", "{app} {ph}", "Nur {app}: {ph}"],
    again=["Oder per {app}: {ph}", "Nochmal: {ph}"],
    two=["Zweitnummer {ph}", "Oder {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["erotik", "begleitung"], massage=["massage"], job=["jobs", "stellen"], room=["wg-zimmer", "wohnen"],
                  sale=["verkauf", "kleinanzeigen"]),
    m1=["Tel. {nat} (aus dem Ausland {intl})", "{app} {intl} / Anrufe {nat}"],
    m2_job=["Büro in {p1}: {ph1}. Arbeitgeber in {p2}: {ph2}."],
    m2_tour=["Sonst in {p1} ({ph1}), nächste Woche in {p2}: {ph2}"],
    m4_away=["Diese Woche auf Tour in {p}!", "Gerade in {p} angekommen."],
    m4_here=["Jetzt in {p}."],
    dem_city=["{Dem} in {p}"],
    visit=["{Dem} zu Besuch in {p}"],
    visit_cue=["Meine {adj} Nummer: {ph}"],
    decoy=dict(
        age=["{v} Jahre", "Alter {v}"],
        age_range=["Alter {a} bis {b} Jahre"],
        height=["1,{w} m", "Größe 1,{w}"],
        measurements=["{mb}-{mw}-{mh}", "Maße {mb}-{mw}-{mh}"],
        weight=["{v} kg"],
        time=["10–22 Uhr", "ab 18 Uhr", "rund um die Uhr"],
        date=["ab {dd}.{mm}.", "bis {dd}.{mm}.", "ab {dd}.{mm}.{y}"],
        ad_ref=["Anzeigen-Nr. {n}", "Ref. {n}"],
        year=dict(escort=["seit {y}"], massage=["seit {y}"], job=["seit {y} lizenziert"], room=["saniert {y}"],
                  sale=["Baujahr {y}", "gekauft {y}"]),
        street=["Hauptstr. {n}", "Bahnhofstr. {n}"],
        salary=["Gehalt USD {a} im Monat", "bis zu USD {a} monatlich"],
        price=dict(escort=["{p} die Stunde", "Std. {p}"], massage=["{p} die Stunde", "Ganzkörper {p}"],
                   room=["{p} warm", "Miete {p} im Monat"], sale=["{p} VB", "Preis {p}"]),
        price_neutral=dict(escort=["{a} die Stunde"], massage=["{a} die Stunde"], room=["Miete {a} im Monat"], sale=["Preis {a} VB"]),
    ),
)

IT = dict(
    sep=".",
    loc_title=[" a {p}", " – {p}", " ({p})", " | {p}", " zona {p}"],
    names=["Giulia", "Chiara", "Martina", "Sara", "Alessia", "Francesca", "Bianca"],
    items=["bici", "frigorifero", "portatile", "passeggino", "divano"],
    titles=dict(
        escort=["{name}, nuova{loc}", "Escort {name}{loc} – riservata", "Bella {name}{loc}, relax e coccole",
                "{name}, mora sensuale{loc}"],
        massage=["Massaggi rilassanti{loc}", "Massaggio thai{loc}", "Massaggiatrice a domicilio{loc}"],
        job=["Lavoro all'estero – viaggio e alloggio pagati", "Cerchiamo personale per lavoro all'estero",
             "Offerta di lavoro all'estero, senza esperienza", "Agenzia{loc}: lavoro all'estero"],
        room=["Affittasi stanza{loc}", "Camera singola in affitto{loc}", "Posto letto{loc}, solo ragazze"],
        sale=["Vendo {item}{loc}", "{item} in vendita{loc}, come nuovo", "Svendo {item}{loc}"],
    ),
    open=dict(
        escort=["Ciao, sono {name}, dolce e riservata.", "Foto reali, nessuna sorpresa.", "Solo per uomini educati."],
        massage=["Massaggi professionali con oli caldi.", "Ambiente pulito e riservato, con doccia.",
                 "Massaggio rilassante, decontratturante o thai."],
        job=["Agenzia seria cerca personale con urgenza.", "Non serve esperienza.", "Vitto e alloggio inclusi."],
        room=["Stanza luminosa e tranquilla in appartamento condiviso.", "Wifi e spese incluse.", "Ideale per studenti o lavoratori."],
        sale=["Vendo per trasloco.", "Usato pochissimo, perfettamente funzionante.", "Prezzo trattabile."],
    ),
    place=dict(
        escort=["Ricevo a {p}, anche in hotel.", "Solo questa settimana a {p}!"],
        massage=["Studio a {p}, parcheggio comodo.", "A domicilio a {p} e dintorni."],
        job=["Ufficio a {p}, colloqui dal lunedì al venerdì."],
        room=["Si trova a {p}, vicino ai mezzi."],
        sale=["Ritiro a {p}.", "Consegna a mano a {p}."],
    ),
    close=["No numeri privati.", "Solo persone serie.", "Baci.", ""],
    contact=["Chiamami al {ph}", "Tel. {ph}", "Cell. {ph}", "Info: {ph}", "Contatto: {ph}"],
    messenger=["{app} {ph}", "{app}/SMS {ph}", "Solo {app} {ph}"],
    again=["Oppure {app} {ph}", "Ripeto: {ph}"],
    two=["Altro numero: {ph}", "Oppure {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["incontri", "escort"], massage=["massaggi"], job=["lavoro", "offerte"], room=["stanze", "affitto"],
                  sale=["vendita", "usato"]),
    m1=["Chiama il {nat} (dall'estero {intl})", "{app} {intl} / chiamate {nat}"],
    m2_job=["Ufficio a {p1}: {ph1}. Datore di lavoro a {p2}: {ph2}."],
    m2_tour=["Di solito a {p1} ({ph1}), la prossima settimana a {p2}: {ph2}"],
    m4_away=["In tour a {p} questa settimana!", "Appena arrivata a {p}."],
    m4_here=["Ora a {p}."],
    dem_city=["{Dem} a {p}", "Bella {dem} a {p}"],
    visit=["{Dem} in visita a {p}", "Bella {dem} per pochi giorni a {p}"],
    visit_cue=["Numero {adj}: {ph}", "Il mio numero {adj} {ph}"],
    decoy=dict(
        age=["{v} anni", "Età {v}"],
        age_range=["Età {a}-{b} anni", "Tra {a} e {b} anni"],
        height=["1,{w}", "Alta 1,{w}"],
        measurements=["{mb}-{mw}-{mh}", "Misure {mb}-{mw}-{mh}"],
        weight=["{v} kg"],
        time=["dalle 10 alle 22", "h24", "dalle 18 in poi"],
        date=["dal {dm}", "fino al {dm}", "dal {dm}/{y}"],
        ad_ref=["Rif. {n}", "Annuncio n. {n}"],
        year=dict(escort=["dal {y}"], massage=["dal {y}"], job=["Autorizzata dal {y}"], room=["ristrutturato nel {y}"],
                  sale=["acquistato nel {y}", "anno {y}"]),
        street=["via Roma {n}", "via Garibaldi {n}"],
        salary=["Stipendio USD {a} al mese", "Fino a USD {a} mensili"],
        price=dict(escort=["{p} l'ora", "Tariffa {p}"], massage=["{p} l'ora", "Massaggio completo {p}"],
                   room=["{p} al mese", "Affitto {p} spese incluse"], sale=["{p} trattabili", "Prezzo {p}"]),
        price_neutral=dict(escort=["{a} l'ora"], massage=["{a} l'ora"], room=["{a} al mese"], sale=["Prezzo {a}"]),
    ),
)

JA = dict(
    sep=",",
    loc_title=["【{p}】", "{p}発 ", "{p}・"],
    names=["あやか", "ゆい", "みく", "りな", "さくら", "ひな", "まお"],
    items=["ロードバイク", "冷蔵庫", "ノートパソコン", "ベビーカー", "ソファ"],
    titles=dict(
        escort=["{loc}新人{name}ちゃん本日出勤", "{loc}清楚系{name} 出張OK", "{loc}癒し系美女{name}", "{loc}デリヘル 即ご案内"],
        massage=["{loc}出張マッサージ 深夜営業", "{loc}メンズエステ 新規オープン", "{loc}アロマオイルマッサージ"],
        job=["海外出稼ぎ 高収入保証", "海外求人 女性スタッフ募集", "未経験歓迎 海外リゾートバイト", "{loc}事務所で面接 海外のお仕事"],
        room=["{loc}シェアハウス 個室空きあり", "{loc}家具付き個室 即入居可", "{loc}ルームシェア 女性限定"],
        sale=["{loc}{item}売ります 美品", "{item} 譲ります", "{loc}{item} 中古 格安"],
    ),
    open=dict(
        escort=["写真本人です。", "優しくて明るい性格です。", "初めての方も安心してご利用ください。"],
        massage=["国家資格保有のセラピストが施術します。", "完全個室でゆったりお過ごしいただけます。", "ホテル・ご自宅へ出張いたします。"],
        job=["渡航費・住居費は会社負担。", "未経験の方も大歓迎です。", "日払い・週払い可能。"],
        room=["駅近で通勤便利です。", "家具家電付き、すぐに住めます。", "女性専用のシェアハウスです。"],
        sale=["使用感少なく綺麗です。", "引越しのため出品します。", "動作確認済みです。"],
    ),
    place=dict(
        escort=["{p}近辺のホテルへ伺います。", "{p}エリアで待ち合わせ可能です。"],
        massage=["{p}駅から徒歩圏内です。", "{p}周辺のホテル・ご自宅へ出張します。"],
        job=["面接は{p}の事務所で行います。"],
        room=["{p}エリア、買い物便利です。", "物件は{p}にあります。"],
        sale=["{p}で手渡し可能です。", "引き取りは{p}でお願いします。"],
    ),
    close=["お気軽にお問い合わせください。", "冷やかしはご遠慮ください。", ""],
    contact=["お問い合わせ：{ph}", "電話 {ph}", "TEL：{ph}", "ご予約は{ph}まで", "☎{ph}", "携帯 {ph}"],
    messenger=["LINE・電話 {ph}", "{app}：{ph}", "LINE ID兼電話番号 {ph}"],
    again=["もう一度：{ph}", "LINEも同じ番号 {ph}"],
    two=["別番号：{ph}", "事務所 {ph}"],
    joiners=["／", " ", "、", "\n"],
    cat_slug=dict(escort=["fuzoku", "deli"], massage=["esthe", "massage"], job=["kyujin"], room=["sharehouse"], sale=["uru"]),
    m1=["電話 {nat}（海外から {intl}）", "{app}：{intl} ／ 電話：{nat}"],
    m2_job=["{p1}事務所：{ph1}　{p2}の雇用先：{ph2}"],
    m2_tour=["普段は{p1}（{ph1}）、来週は{p2}に出張します：{ph2}"],
    m4_away=["今週は{p}に出張中！", "{p}に数日間滞在します。"],
    m4_here=["{p}で営業中。"],
    dem_city=["{p}在住の{dem}女性", "{dem}女性 {p}"],
    visit=["{dem}女性 {p}に滞在中", "{dem}美女 {p}に来ています"],
    visit_cue=["{adj}の番号：{ph}", "{adj}の携帯 {ph}"],
    decoy=dict(
        age=["{v}歳", "年齢{v}"],
        age_range=["{a}〜{b}歳"],
        height=["T{v}", "身長{v}cm"],
        measurements=["B{mb} W{mw} H{mh}", "{mb}-{mw}-{mh}"],
        weight=["{v}kg"],
        time=["10:00〜24:00", "18時〜翌5時", "24時間営業"],
        date=["{m}月{d}日まで", "{m}月{d}日から", "{y}年{m}月{d}日入居可"],
        ad_ref=["管理番号 {n}", "No.{n}"],
        year=dict(escort=["{y}年から在籍"], massage=["{y}年創業"], job=["{y}年設立"], room=["{y}年築"], sale=["{y}年購入"]),
        street=["{a}丁目{b}-{n}"],
        salary=["月給USD {a}以上", "月収USD {a}保証"],
        price=dict(escort=["{p}", "一時間{p}"], massage=["{p}", "コース料金{p}"], room=["家賃{p}", "月額{p}"],
                   sale=["{p}", "価格{p}"]),
        price_neutral=dict(escort=["料金{a}"], massage=["料金{a}"], room=["家賃{a}"], sale=["価格{a}"]),
    ),
)

TH = dict(
    sep=",",
    loc_title=[" {p}", " ย่าน{p}", " แถว{p}"],
    names=["มิ้นท์", "แพรว", "เมย์", "ฝน", "ปลา", "แนน", "ใบเตย"],
    items=["ไอโฟน", "มอเตอร์ไซค์", "โน้ตบุ๊ค", "ตู้เย็น", "รถเข็นเด็ก"],
    titles=dict(
        escort=["น้อง{name} รับงาน{loc}", "สาวสวยรับงานเอนเตอร์เทน{loc}", "น้องใหม่ ตรงปก{loc} – {name}", "รับงานนอกสถานที่{loc} น้อง{name}"],
        massage=["นวดแผนไทย นวดน้ำมัน{loc}", "ร้านนวดเปิดใหม่{loc}", "นวดผ่อนคลาย{loc} โดยน้อง{name}", "นวดนอกสถานที่{loc} บริการถึงห้อง"],
        job=["รับสมัครพนักงานทำงานต่างประเทศ", "งานต่างประเทศ รายได้ดี ไม่ต้องมีประสบการณ์", "หางานนวดต่างประเทศ ด่วน",
             "บริษัทจัดหางาน{loc} รับสมัครงานต่างประเทศ"],
        room=["ห้องเช่า{loc} ราคาถูก", "ห้องพักให้เช่า{loc} เฟอร์ครบ", "คอนโดให้เช่า{loc}", "ห้องว่าง{loc} พร้อมอยู่"],
        sale=["ขาย{item} สภาพดี{loc}", "ขายด่วน {item}{loc}", "{item} มือสอง ราคาถูก{loc}"],
    ),
    open=dict(
        escort=["ตัวจริงตรงปก ไม่ผิดหวังแน่นอน", "น่ารัก เป็นกันเอง ดูแลดี", "รับงานเอนเตอร์เทน ทานข้าว ดูหนัง"],
        massage=["นวดโดยหมอนวดมืออาชีพ", "ห้องสะอาด มีห้องอาบน้ำ", "นวดไทย นวดน้ำมัน นวดเท้า"],
        job=["ไม่เสียค่าใช้จ่ายก่อนเดินทาง", "มีที่พักให้ ทำวีซ่าให้", "ไม่จำเป็นต้องมีประสบการณ์ มีสอนงาน"],
        room=["ห้องสะอาด เงียบสงบ", "มีแอร์ เครื่องทำน้ำอุ่น เฟอร์นิเจอร์ครบ", "ใกล้ร้านสะดวกซื้อ"],
        sale=["ใช้งานได้ปกติทุกอย่าง", "ขายเพราะย้ายบ้าน", "ของแท้ ไม่เคยซ่อม"],
    ),
    place=dict(
        escort=["รับงานแถว{p}", "ห้องส่วนตัวย่าน{p}", "อยู่{p} สัปดาห์นี้เท่านั้น"],
        massage=["ร้านอยู่{p} มีที่จอดรถ", "บริการนวดถึงโรงแรมแถว{p}"],
        job=["สำนักงานอยู่{p} สมัครด้วยตนเองได้"],
        room=["ห้องอยู่{p} เดินทางสะดวก", "ทำเลดี ใจกลาง{p}"],
        sale=["นัดรับของแถว{p}", "อยู่{p} นัดรับได้"],
    ),
    close=["ไม่รับสายเบอร์ส่วนตัว", "สนใจทักมาได้เลยค่ะ", ""],
    contact=["โทร {ph}", "ติดต่อ {ph}", "สนใจโทร {ph}", "โทร/ไลน์ {ph}", "☎ {ph}", "ติดต่อได้ที่เบอร์ {ph}"],
    messenger=["{app} {ph}", "แอด{app} {ph}", "ไลน์ไอดี {ph}"],
    again=["ไลน์เบอร์เดียวกัน {ph}", "โทรซ้ำ {ph}"],
    two=["เบอร์ร้าน {ph}", "อีกเบอร์ {ph}"],
    joiners=[" ", " | ", "\n"],
    cat_slug=dict(escort=["entertain"], massage=["massage"], job=["jobs"], room=["rent"], sale=["sell"]),
    m1=["โทร {nat} (จากต่างประเทศ {intl})", "{app} {intl} / โทร {nat}"],
    m2_job=["สำนักงาน{p1} โทร {ph1} นายจ้างที่{p2} ติดต่อ {ph2}"],
    m2_tour=["ปกติอยู่{p1} โทร {ph1} สัปดาห์หน้าไป{p2} ติดต่อ {ph2}"],
    m4_away=["ตอนนี้อยู่{p}", "มา{p}ไม่กี่วัน"],
    m4_here=["อยู่{p}"],
    dem_city=["สาว{dem}ที่{p}"],
    visit=["สาว{dem}มาเที่ยว{p}"],
    visit_cue=["เบอร์{adj} {ph}"],
    decoy=dict(
        age=["อายุ {v}", "อายุ {v} ปี"],
        age_range=["อายุ {a}-{b} ปี"],
        height=["สูง {v}", "สูง {v} ซม."],
        measurements=["สัดส่วน {b}-{w}-{h}", "{b}-{w}-{h}"],
        weight=["หนัก {v}", "น้ำหนัก {v} กก."],
        time=["เวลา 10.00-22.00 น.", "เปิด 24 ชม.", "หลัง 18.00 น."],
        date=["ถึงวันที่ {d}/{m}", "เริ่ม {d}/{m}/{y}"],
        ad_ref=["รหัส {n}", "รหัสประกาศ {n}"],
        year=dict(escort=["ตั้งแต่ปี {be}"], massage=["เปิดตั้งแต่ปี {be}"], job=["ก่อตั้งปี {be}"], room=["สร้างปี {be}"],
                  sale=["ซื้อมาปี {be}", "รุ่นปี {y}"]),
        street=["ซอย {a}", "ซอย {a} แยก {b}"],
        salary=["รายได้ {a} USD/เดือน", "เงินเดือน {a} ดอลลาร์"],
        price=dict(escort=["ราคา {p}", "{p}"], massage=["ชั่วโมงละ {p}", "{p}"], room=["เดือนละ {p}", "ค่าเช่า {p}"],
                   sale=["ราคา {p}", "ขาย {p}"]),
        price_neutral=dict(escort=["ราคา {a}"], massage=["ชั่วโมงละ {a}"], room=["เดือนละ {a}"], sale=["ราคา {a}"]),
    ),
)

MS = dict(
    sep=",",
    loc_title=[" di {p}", " – {p}", " ({p})", " area {p}"],
    names=["Aina", "Nurul", "Mira", "Sofea", "Lisa", "Mei Ling", "Farah"],
    items=["motosikal", "telefon bimbit", "peti sejuk", "sofa", "kereta sorong bayi"],
    titles=dict(
        escort=["{name}, awek cun{loc} – incall/outcall", "Gadis manis{loc}, layanan mesra", "Baru sampai{loc}: {name}"],
        massage=["Urut tradisional{loc}", "Spa & urutan badan{loc} – terapis wanita", "Urut kaki & badan{loc}, buka lewat malam"],
        job=["Kerja di luar negara – gaji lumayan", "Jawatan kosong: kerja kilang di luar negara",
             "Peluang kerja luar negara, permit disediakan", "Agensi pekerjaan{loc} – kerja luar negara"],
        room=["Bilik untuk disewa{loc}", "Master room untuk disewa{loc}, fully furnished", "Bilik sewa{loc} – perempuan sahaja"],
        sale=["Dijual: {item}{loc}", "{item} untuk dijual{loc}, harga nego", "Jual murah {item}{loc}"],
    ),
    open=dict(
        escort=["Layanan mesra, gambar sebenar.", "Comel, manja dan peramah.", "Untuk lelaki yang menghormati sahaja."],
        massage=["Urutan oleh terapis berpengalaman.", "Bilik bersih dan selesa, ada bilik mandi.", "Urutan minyak, urut kaki dan bekam."],
        job=["Tiada pengalaman diperlukan, latihan disediakan.", "Tiket kapal terbang dan visa percuma.",
             "Penginapan disediakan oleh majikan."],
        room=["Bilik bersih, ada aircond dan wifi.", "Dekat dengan kedai dan pengangkutan awam.", "Sesuai untuk pelajar atau pekerja."],
        sale=["Keadaan masih elok, jarang guna.", "Dijual sebab pindah rumah.", "Boleh COD kawasan berdekatan."],
    ),
    place=dict(
        escort=["Incall di {p}, outcall ke hotel berdekatan.", "Berada di {p} minggu ini sahaja."],
        massage=["Kedai kami di {p}, ada tempat letak kereta.", "Servis ke rumah dan hotel sekitar {p}."],
        job=["Pejabat kami di {p}, boleh datang terus."],
        room=["Rumah terletak di {p}, dekat dengan kedai.", "Lokasi strategik di {p}."],
        sale=["COD di {p}.", "Ambil sendiri di {p}."],
    ),
    close=["Tiada panggilan private number.", "Serius sahaja.", "Terima kasih.", ""],
    contact=["Hubungi {ph}", "Call/WS {ph}", "Sila hubungi {ph}", "Tel: {ph}", "Untuk temujanji: {ph}"],
    messenger=["{app} {ph}", "{app} sahaja: {ph}", "WS {ph}"],
    again=["Atau {app} {ph}", "Sekali lagi: {ph}"],
    two=["Nombor lain {ph}", "Atau {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["teman"], massage=["urut", "spa"], job=["kerja"], room=["bilik-sewa"], sale=["dijual"]),
    m1=["Call {nat} (dari luar negara {intl})", "{app} {intl} / call {nat}"],
    m2_job=["Pejabat di {p1}: {ph1}. Majikan di {p2}: {ph2}."],
    m2_tour=["Biasanya di {p1} ({ph1}), minggu depan di {p2}: {ph2}"],
    m4_away=["Sekarang di {p} untuk beberapa hari!", "Baru sampai di {p}."],
    m4_here=["Sekarang di {p}."],
    dem_city=["Gadis {dem} di {p}"],
    visit=["Gadis {dem} melawat {p}", "Awek {dem} di {p} beberapa hari"],
    visit_cue=["Nombor {adj}: {ph}", "Guna nombor {adj} {ph}"],
    decoy=dict(
        age=["umur {v}", "{v} tahun"],
        age_range=["Umur {a}-{b} tahun"],
        height=["{v}cm", "tinggi {v}cm"],
        measurements=["{b}-{w}-{h}"],
        weight=["{v}kg", "berat {v}kg"],
        time=["10pg-11mlm", "buka 24 jam", "dari 6ptg"],
        date=["mulai {d}/{m}", "sehingga {d}/{m}/{y}"],
        ad_ref=["Ruj: {n}", "ID iklan {n}"],
        year=dict(escort=["sejak {y}"], massage=["sejak {y}"], job=["Berlesen sejak {y}"], room=["siap {y}"],
                  sale=["beli tahun {y}", "model {y}"]),
        street=["No. {n}, Jalan Mawar", "No. {n}, Jalan Melati"],
        salary=["Gaji USD {a} sebulan", "Pendapatan sehingga USD {a} sebulan"],
        price=dict(escort=["{p} sejam", "Harga {p}"], massage=["{p} sejam", "Pakej {p}"], room=["{p} sebulan", "Sewa {p}"],
                   sale=["Harga {p}", "{p} nego"]),
        price_neutral=dict(escort=["{a} sejam"], massage=["{a} sejam"], room=["Sewa {a} sebulan"], sale=["Harga {a}"]),
    ),
)

TL = dict(
    sep=",",
    loc_title=[" in {p}", " – {p}", " sa {p}", " ({p})"],
    names=["Jhen", "Kim", "Aira", "Bea", "Trixie", "Ella", "Joy"],
    items=["cellphone", "motor", "laptop", "ref", "stroller"],
    titles=dict(
        escort=["Hot Pinay{loc} – {name}, available now!", "Sexy morena{loc}, discreet ako", "New girl{loc}: {name}, legit po"],
        massage=["Home service massage{loc}", "Hilot & massage{loc}, male/female therapist", "Relaxing massage{loc} – Swedish, Shiatsu"],
        job=["HIRING! Caregiver abroad, walang placement fee", "Factory workers abroad – libre visa at ticket",
             "Urgent hiring: domestic helper abroad, direct hire", "Legit agency{loc} – work abroad, apply na!"],
        room=["Room for rent{loc}, kasama na tubig at kuryente", "Bedspace for rent{loc}, female only",
              "Apartment for rent{loc}, malapit sa mall"],
        sale=["For sale: {item}{loc}, pm lang po", "Benta ko {item}{loc}, slightly used", "{item} for sale{loc}, pwede nego"],
    ),
    open=dict(
        escort=["Legit po ako, real pics.", "Mabait, malambing at discreet.", "Para sa mga gentleman lang po."],
        massage=["Licensed therapist po, home service available.", "Malinis ang place, aircon room.", "Hilot, ventosa at foot massage."],
        job=["Walang placement fee, libre ang processing.", "Kailangan ng masipag at may experience.",
             "Free accommodation and food allowance."],
        room=["Malinis at tahimik na lugar.", "May sariling CR at kitchen.", "Pwede sa working or student."],
        sale=["Good as new, walang sira.", "Binebenta ko kasi need ng pera.", "Meet up or pick up lang po."],
    ),
    place=dict(
        escort=["Incall sa {p}, outcall sa hotel.", "Nandito ako sa {p} this week."],
        massage=["Home service around {p}.", "Located sa {p}, may parking."],
        job=["Office namin sa {p}, walk-in applicants welcome."],
        room=["Located sa {p}, malapit sa sakayan.", "Sa {p} po ang unit."],
        sale=["Meet up sa {p}.", "Pick up sa {p} lang po."],
    ),
    close=["Serious inquiries only po.", "Salamat po!", ""],
    contact=["Text/call po {ph}", "Contact {ph}", "Pm or text {ph}", "Tawag lang po sa {ph}", "CP: {ph}"],
    messenger=["{app} {ph}", "{app}/WhatsApp {ph}", "{app} lang po {ph}"],
    again=["Viber din {ph}", "Ulit: {ph}"],
    two=["Ibang number {ph}", "Or text {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["dating"], massage=["massage"], job=["jobs"], room=["rent"], sale=["buy-sell"]),
    m1=["Text {nat} (abroad: {intl})", "{app} {intl}, text {nat}"],
    m2_job=["Agency office sa {p1}: {ph1}. Employer sa {p2}: {ph2}.",
            "Apply sa {p1} office namin, call {ph1}. Employer sa {p2}, WhatsApp {ph2}."],
    m2_tour=["Nasa {p1} ako ({ph1}), next week sa {p2}: {ph2}"],
    m4_away=["Nandito ako sa {p} ngayong week!", "Bagong dating sa {p}."],
    m4_here=["Nasa {p} po ako."],
    dem_city=["{Dem} sa {p}", "Morena {dem} sa {p}"],
    visit=["{Dem} visiting {p}"],
    visit_cue=["{adj} number ko {ph}"],
    decoy=dict(
        age=["{v} y/o", "{v} yrs old"],
        age_range=["Age {a}-{b} years old"],
        height=["{v}cm", "Height {v}cm"],
        measurements=["{b}-{w}-{h}"],
        weight=["{v}kg"],
        time=["9am-9pm", "24/7", "6pm onwards"],
        date=["start {dm}", "until {dm}/{y}"],
        ad_ref=["Ref #{n}", "Post ID {n}"],
        year=dict(escort=["since {y}"], massage=["since {y}"], job=["Licensed since {y}"], room=["built {y}"],
                  sale=["binili ko noong {y}", "{y} model"]),
        street=["Blk {a} Lot {b}", "Unit {a}, {n} Rizal St"],
        salary=["Salary USD {a}/month", "Sahod USD {a} kada buwan"],
        price=dict(escort=["{p} per hour", "Rate {p}"], massage=["{p} per hour", "{p} lang"], room=["{p}/month", "Monthly {p}"],
                   sale=["{p} lang", "Price {p}"]),
        price_neutral=dict(escort=["{a} per hour"], massage=["{a} lang"], room=["{a}/month"], sale=["Price {a}"]),
    ),
)

AR = dict(
    sep=",",
    loc_title=[" in {p}", " – {p}", " | {p}"],
    names=["Natasha", "Lara", "Angel", "Nour", "Sara", "Mimi", "Yasmin"],
    items=["iPhone", "car", "sofa set", "PlayStation", "dining table"],
    titles=dict(
        escort=["New girl{loc} – {name} | فتاة جديدة", "VIP model{loc} – {name}", "Independent lady{loc} | مستقلة"],
        massage=["Massage center{loc} | مركز مساج", "Home service massage{loc} – مساج منزلي", "Relaxing massage{loc} | مساج استرخاء"],
        job=["وظائف شاغرة – Urgent hiring abroad", "Jobs abroad, visa provided | مطلوب موظفين", "Hiring hotel staff abroad – مطلوب",
             "Recruitment office{loc} | مكتب توظيف"],
        room=["Partition for rent{loc} | غرفة للإيجار", "Bed space available{loc} – سكن مشترك", "Master room for rent{loc} | غرفة ماستر"],
        sale=["{item} for sale{loc} | للبيع", "للبيع – {item}{loc}", "Urgent sale{loc}: {item}"],
    ),
    open=dict(
        escort=["Real photos, very discreet.", "Sweet and elegant, VIP service.", "خدمة راقية وسرية تامة"],
        massage=["Professional therapists, clean rooms. خدمة ممتازة", "Relaxing oil massage, hot stone.",
                 "Open daily, home and hotel service."],
        job=["Visa and ticket provided. التأشيرة والتذكرة مجاناً", "No experience needed.", "Accommodation and transport provided."],
        room=["Clean room with AC, wifi and all bills included.", "Family building, quiet area. مبنى عائلي", "Near metro and supermarket."],
        sale=["Excellent condition, like new. بحالة ممتازة", "Leaving the country, urgent sale.", "Price negotiable. السعر قابل للتفاوض"],
    ),
    place=dict(
        escort=["Incall in {p}, outcall to hotels.", "Available in {p} this week."],
        massage=["Located in {p}, free parking.", "Home service all over {p}."],
        job=["Our office is in {p}, walk-in interviews."],
        room=["Located in {p}, near metro.", "Nice building in {p}."],
        sale=["Pick up from {p}.", "Location: {p}"],
    ),
    close=["No private numbers.", "شكراً", ""],
    contact=["Call/WhatsApp {ph}", "اتصل {ph}", "للتواصل {ph}", "Call {ph}", "Contact: {ph}"],
    messenger=["واتساب {ph}", "{app} {ph}", "{app} only {ph}"],
    again=["{app} {ph}", "Again {ph}"],
    two=["Office {ph}", "Other number {ph}"],
    joiners=[" · ", " | ", ", ", "\n"],
    cat_slug=dict(escort=["models"], massage=["massage", "spa"], job=["jobs"], room=["rooms", "bed-space"], sale=["for-sale"]),
    m1=["Call {nat} | International {intl}", "{app} {intl} / اتصل {nat}"],
    m2_job=["Agency office in {p1}: {ph1}. Employer in {p2}: {ph2}."],
    m2_tour=["In {p1} now ({ph1}), next week in {p2}: {ph2}"],
    m4_away=["Now in {p} for a few days!", "Visiting {p} this week."],
    m4_here=["Available in {p}."],
    dem_city=["{dem} girl in {p}", "{dem} lady in {p}"],
    visit=["{dem} girl visiting {p}"],
    visit_cue=["My {adj} number {ph}"],
    decoy=dict(
        age=["age {v}", "{v} years"],
        age_range=["Age {a}-{b}"],
        height=["{v}cm", "height {v}cm"],
        measurements=["{b}-{w}-{h}"],
        weight=["{v}kg"],
        time=["10am-2am", "24/7", "from 6pm"],
        date=["from {dm}", "until {dm}/{y}"],
        ad_ref=["Ref: {n}", "Ad no. {n}"],
        year=dict(escort=["since {y}"], massage=["since {y}"], job=["est. {y}"], room=["built {y}"], sale=["model {y}", "bought {y}"]),
        street=["Building {a}, Flat {n}"],
        salary=["Salary USD {a}/month", "Salary USD {a} + accommodation"],
        price=dict(escort=["{p}/hr", "Rate {p}"], massage=["{p} per hour", "Offer {p}"], room=["{p} monthly", "Rent {p}/month"],
                   sale=["{p}", "Price {p}"]),
        price_neutral=dict(escort=["{a}/hr"], massage=["{a} per hour"], room=["{a} monthly"], sale=["Price {a}"]),
    ),
)

LANG = {"en": EN, "es": ES, "pt": PT, "fr": FR, "de": DE, "it": IT, "ja": JA, "th": TH, "ms": MS, "tl": TL, "ar-en": AR}

# ---------------------------------------------------------------- countries


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _L(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


def _gb_pc(rng):
    return "%s %d%s" % (rng.choice(["E1", "SW1A", "W1D", "N1", "EC2A", "M1", "M4", "B5", "LS6", "EH6", "G2", "BS8", "NW3", "SE1"]),
                        rng.randint(1, 9), _L(rng, 2))


def _ca_pc(rng):
    return "%s%d%s %d%s%d" % (rng.choice("MKLHVTR"), rng.randint(1, 9), _L(rng, 1), rng.randint(1, 9), _L(rng, 1), rng.randint(1, 9))


def _ie_pc(rng):
    return "%s %s%s" % (rng.choice(["D02", "D04", "D06", "D08", "D15", "D24", "T12", "H91", "V94"]), _L(rng, 1), _d(rng, 3))


def H(d, c=None, need=False):
    return (d, c, need)


COUNTRY = {
    "AU": dict(
        langs=[("en", 1)], tlds=["com.au"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["sydney", "melbourne", "brisbane", "adelaide", "goldcoast", "canberra"],
        cities={"en": ["Sydney", "Melbourne", "Brisbane", "Adelaide", "Gold Coast", "Canberra", "Darwin", "Hobart", "Cairns"]},
        country_name={"en": "Australia"},
        hoods={"en": [H("Bondi", "Sydney"), H("Surry Hills", "Sydney"), H("Parramatta", "Sydney"), H("Chatswood", "Sydney"),
                      H("Kings Cross", "Sydney", True), H("St Kilda", "Melbourne"), H("Fitzroy", "Melbourne", True),
                      H("South Yarra", "Melbourne"), H("Box Hill", "Melbourne"), H("Fortitude Valley", "Brisbane"),
                      H("Surfers Paradise", "Gold Coast"), H("Glenelg", "Adelaide"), H("Braddon", "Canberra")]},
        qual={"en": ["Perth, WA", "Perth, Western Australia", "Newcastle, NSW", "Richmond, VIC", "Sydney, NSW"]},
        dem={"en": ["Aussie", "Australian", "Brazilian", "Asian"]},
        money=["${a}", "A${a}", "AUD {a}"],
        amounts=dict(escort=(250, 500, 50), massage=(60, 150, 10), room=(200, 420, 10), sale=(50, 900, 10)),
        room_price={"en": ["{p} per week", "{p} pw incl. bills", "Rent {p}/week"]},
        postcode=lambda rng: "%d" % rng.randint(2000, 7999),
        street=lambda rng, lang: "%d/%d %s" % (rng.randint(2, 30), rng.randint(3, 200), rng.choice(["King St", "Smith St", "George St"])),
    ),
    "IN": dict(
        langs=[("en", 1)], tlds=["co.in", "in"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["mumbai", "delhi", "bangalore", "pune", "hyderabad", "chennai", "kolkata", "goa"],
        cities={"en": ["Mumbai", "Delhi", "Bengaluru", "Bangalore", "Pune", "Chennai", "Kolkata", "Goa", "Jaipur", "Chandigarh",
                       "Noida", "Gurugram"]},
        country_name={"en": "India"},
        hoods={"en": [H("Koramangala", "Bengaluru"), H("Indiranagar", "Bangalore"), H("Whitefield", "Bengaluru", True),
                      H("HSR Layout", "Bengaluru"), H("Andheri West", "Mumbai"), H("Bandra", "Mumbai"), H("Powai", "Mumbai"),
                      H("Juhu", "Mumbai"), H("Connaught Place", "Delhi"), H("Hauz Khas", "Delhi"), H("Saket", "Delhi"),
                      H("Banjara Hills", "Hyderabad"), H("Salt Lake", "Kolkata", True), H("Koregaon Park", "Pune"),
                      H("Viman Nagar", "Pune"), H("T Nagar", "Chennai"), H("Calangute", "Goa")]},
        qual={"en": ["Hyderabad, Telangana", "Aurangabad, Maharashtra", "Salem, Tamil Nadu"]},
        dem={"en": ["Indian", "Desi", "Punjabi", "Russian"]},
        names={"en": ["Riya", "Priya", "Neha", "Simran", "Anjali", "Kavya", "Pooja", "Sana", "Ishita"]},
        money=["₹{a}", "Rs {a}", "Rs. {a}", "INR {a}"],
        amounts=dict(escort=(3000, 15000, 500), massage=(1500, 5000, 500), room=(8000, 25000, 500), sale=(2000, 40000, 500)),
        postcode=lambda rng: rng.choice(["560", "400", "110", "500", "411", "600", "700"]) + "%03d" % rng.randint(1, 99),
        street=lambda rng, lang: rng.choice(["Flat No. %d, Block %s" % (rng.randint(101, 905), rng.choice("ABCD")),
                                             "House No. %d" % rng.randint(2, 900)]),
    ),
    "GB": dict(
        langs=[("en", 1)], tlds=["co.uk", "uk"], apps=["WhatsApp", "WA", "Telegram"], feet=True,
        slugs=["london", "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "liverpool"],
        cities={"en": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Liverpool", "Bristol", "Sheffield",
                       "Nottingham"]},
        country_name={"en": "the UK"},
        hoods={"en": [H("Shoreditch", "London"), H("Soho", "London", True), H("Mayfair", "London"), H("Canary Wharf", "London"),
                      H("Paddington", "London", True), H("Camden", "London", True), H("Kensington", "London", True),
                      H("Northern Quarter", "Manchester", True), H("Deansgate", "Manchester"), H("Digbeth", "Birmingham"),
                      H("Leith", "Edinburgh"), H("Headingley", "Leeds"), H("Clifton", "Bristol", True)]},
        qual={"en": ["Perth, Scotland", "Newcastle upon Tyne", "Cambridge, UK", "Birmingham, UK", "Richmond, London", "London, UK"]},
        dem={"en": ["English", "British", "Scottish", "Brazilian", "Romanian"]},
        money=["£{a}"],
        amounts=dict(escort=(120, 300, 10), massage=(40, 90, 5), room=(500, 1100, 25), sale=(40, 600, 5)),
        room_price={"en": ["{p} pcm", "{p} pcm incl. bills", "Rent {p} per month"]},
        postcode=_gb_pc,
        street=lambda rng, lang: "Flat %d, %d High Street" % (rng.randint(1, 30), rng.randint(2, 300)),
    ),
    "JP": dict(
        langs=[("ja", 8), ("en", 2)], tlds=["co.jp", "jp"], apps=["LINE", "WhatsApp"],
        slugs=["tokyo", "osaka", "nagoya", "fukuoka", "sapporo"],
        cities={"ja": ["東京", "大阪", "名古屋", "福岡", "札幌", "横浜", "京都", "神戸"],
                "en": ["Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Yokohama", "Kyoto"]},
        country_name={"en": "Japan"},
        hoods={"ja": [H("歌舞伎町", "新宿"), H("新宿"), H("渋谷"), H("池袋"), H("六本木"), H("上野"), H("銀座"), H("なんば", "大阪"),
                      H("梅田", "大阪"), H("心斎橋", "大阪"), H("中洲", "福岡"), H("すすきの", "札幌"), H("栄", "名古屋", True), H("錦糸町")],
               "en": [H("Shinjuku", "Tokyo"), H("Kabukicho", "Tokyo"), H("Shibuya", "Tokyo"), H("Ikebukuro", "Tokyo"), H("Roppongi", "Tokyo"),
                      H("Ginza", "Tokyo"), H("Namba", "Osaka"), H("Umeda", "Osaka"), H("Susukino", "Sapporo")]},
        dem={"ja": ["日本人", "韓国人", "ハーフ"], "en": ["Japanese", "Korean"]},
        money={"ja": ["{a}円", "¥{a}"], "en": ["¥{a}", "{a} yen", "JPY {a}"]},
        amounts=dict(escort=(15000, 40000, 1000), massage=(8000, 20000, 1000), room=(35000, 70000, 1000), sale=(3000, 80000, 1000)),
        postcode=lambda rng: "〒%03d-%04d" % (rng.randint(100, 999), rng.randint(1, 9999)),
        street=lambda rng, lang: ("%d丁目%d-%d" if lang == "ja" else "%d-%d-%d") % (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)),
    ),
    "SG": dict(
        langs=[("en", 1)], tlds=["com.sg", "sg"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["singapore"],
        cities={"en": ["Singapore"]},
        country_name={"en": "Singapore"},
        hoods={"en": [H("Orchard Rd"), H("Orchard Road"), H("Geylang"), H("Tanjong Pagar"), H("Bugis"), H("Jurong East"), H("Tampines"),
                      H("Ang Mo Kio"), H("Woodlands", "Singapore", True), H("Clarke Quay"), H("Little India", "Singapore", True),
                      H("Toa Payoh"), H("Sengkang"), H("Punggol")]},
        dem={"en": ["Local", "Singaporean", "Vietnamese", "Chinese"]},
        money=["${a}", "S${a}", "SGD {a}"],
        amounts=dict(escort=(150, 400, 10), massage=(50, 120, 5), room=(700, 1500, 50), sale=(50, 800, 10)),
        postcode=lambda rng: "%06d" % rng.randint(18000, 829999),
        street=lambda rng, lang: "Blk %d #%02d-%02d" % (rng.randint(100, 999), rng.randint(2, 25), rng.randint(1, 99)),
    ),
    "EC": dict(
        langs=[("es", 1)], tlds=["com.ec", "ec"], apps=["WhatsApp", "Whats", "WA"],
        slugs=["quito", "guayaquil", "cuenca"],
        cities={"es": ["Quito", "Guayaquil", "Manta", "Ambato", "Machala", "Salinas", "Riobamba"]},
        hoods={"es": [H("La Mariscal", "Quito"), H("La Carolina", "Quito", True), H("Cumbayá", "Quito"), H("El Batán", "Quito"),
                      H("La Floresta", "Quito", True), H("Urdesa", "Guayaquil"), H("Samborondón", "Guayaquil"),
                      H("Alborada", "Guayaquil", True), H("Kennedy Norte", "Guayaquil")]},
        qual={"es": ["Cuenca, Azuay", "Cuenca (Ecuador)", "Loja, Ecuador", "Santa Elena, Ecuador"]},
        dem={"es": ["ecuatoriana", "quiteña", "guayaquileña", "colombiana"]},
        words=dict(rent="Arriendo", furn="amoblada"),
        items={"es": ["celular", "moto", "refrigeradora", "laptop", "coche de bebé"]},
        money=["${a}", "{a} dólares", "USD {a}"],
        sep={"es": ","},
        amounts=dict(escort=(30, 80, 5), massage=(15, 40, 5), room=(120, 260, 10), sale=(50, 500, 10)),
        postcode=lambda rng: rng.choice(["170", "090", "010"]) + "%03d" % rng.randint(100, 999),
        street=lambda rng, lang: "Av. Amazonas N%d-%d" % (rng.randint(20, 40), rng.randint(10, 99)),
    ),
    "US": dict(
        langs=[("en", 85), ("es", 15)], tlds=["us"], apps=["WhatsApp", "Telegram", "Signal"], feet=True, mdy=True,
        slugs=["houston", "dallas", "atlanta", "miami", "lasvegas", "chicago", "newyork", "losangeles", "phoenix", "seattle"],
        cities={"en": ["Houston", "Dallas", "Atlanta", "Miami", "Las Vegas", "Chicago", "NYC", "Los Angeles", "Phoenix", "Seattle",
                       "San Diego", "Denver", "Orlando"],
                "es": ["Houston", "Los Ángeles", "Nueva York", "Miami", "Dallas", "Chicago"]},
        country_name={"en": "the USA"},
        hoods={"en": [H("Midtown Manhattan"), H("Williamsburg", "Brooklyn", True), H("Wicker Park", "Chicago"), H("Buckhead", "Atlanta"),
                      H("South Beach", "Miami", True), H("Montrose", "Houston", True), H("Deep Ellum", "Dallas"), H("Brickell", "Miami"),
                      H("Koreatown", "Los Angeles", True), H("Capitol Hill", "Seattle", True), H("Galleria", "Houston", True)],
               "es": [H("Little Havana", "Miami"), H("Pilsen", "Chicago", True), H("East Los Ángeles"), H("Gulfton", "Houston")]},
        qual={"en": ["Cambridge, MA", "Melbourne, FL", "Birmingham, AL", "Richmond, VA", "Paris, TX", "Dublin, OH", "Manchester, NH",
                     "Portland, OR"],
              "es": ["Houston, Texas", "Miami, Florida"]},
        dem={"en": ["Latina", "Ebony", "Asian"], "es": ["latina", "hondureña", "venezolana"]},
        words=dict(rent="Se renta", furn="amueblada"),
        money={"en": ["${a}"], "es": ["${a}", "{a} dólares"]},
        amounts=dict(escort=(200, 500, 20), massage=(60, 140, 10), room=(600, 1400, 50), sale=(40, 900, 10)),
        postcode=lambda rng: "%05d" % rng.randint(10001, 99950),
        street=lambda rng, lang: "%d Main St, Apt %d" % (rng.randint(100, 9800), rng.randint(1, 40)),
    ),
    "CA": dict(
        langs=[("en", 75), ("fr", 25)], tlds=["ca"], apps=["WhatsApp", "Telegram"],
        slugs=["toronto", "vancouver", "montreal", "calgary", "ottawa", "edmonton"],
        cities={"en": ["Toronto", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Mississauga"],
                "fr": ["Montréal", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières"]},
        country_name={"en": "Canada"},
        hoods={"en": [H("Yorkville", "Toronto", True), H("Liberty Village", "Toronto"), H("Scarborough", "Toronto", True),
                      H("Kitsilano", "Vancouver"), H("Yaletown", "Vancouver"), H("ByWard Market", "Ottawa"), H("Whyte Ave", "Edmonton", True),
                      H("Beltline", "Calgary", True), H("North York", "Toronto", True)],
               "fr": [H("Plateau-Mont-Royal", "Montréal"), H("Vieux-Montréal"), H("Quartier Latin", "Montréal", True),
                      H("Griffintown", "Montréal"), H("Vieux-Québec"), H("Saint-Roch", "Québec", True)]},
        qual={"en": ["London, Ontario", "Hamilton, ON", "Victoria, BC", "Sydney, Nova Scotia", "Cambridge, ON", "Richmond, BC",
                     "Windsor, ON"],
              "fr": ["Québec, QC", "Sherbrooke, QC"]},
        dem={"en": ["Canadian", "Latina", "Asian"], "fr": ["québécoise", "française", "latina"]},
        money={"en": ["${a}", "CAD {a}"], "fr": ["{a} $", "{a}$"]},
        sep={"fr": " "},
        amounts=dict(escort=(200, 400, 20), massage=(60, 140, 10), room=(600, 1300, 50), sale=(40, 900, 10)),
        postcode=_ca_pc,
        street=lambda rng, lang: ("%d rue Saint-Denis, app. %d" if lang == "fr" else "%d Maple Ave, Unit %d") % (rng.randint(100, 9000), rng.randint(1, 40)),
    ),
    "NZ": dict(
        langs=[("en", 1)], tlds=["co.nz", "nz"], apps=["WhatsApp", "Telegram"],
        slugs=["auckland", "wellington", "christchurch"],
        cities={"en": ["Auckland", "Wellington", "Christchurch", "Queenstown", "Tauranga", "Dunedin"]},
        country_name={"en": "NZ"},
        hoods={"en": [H("Ponsonby", "Auckland"), H("Parnell", "Auckland", True), H("Newmarket", "Auckland", True), H("Takapuna", "Auckland"),
                      H("Manukau"), H("Te Aro", "Wellington"), H("Riccarton", "Christchurch", True), H("Courtenay Place", "Wellington"),
                      H("Mt Eden", "Auckland")]},
        qual={"en": ["Hamilton, Waikato", "Hamilton NZ", "Wellington, NZ", "Richmond, Nelson"]},
        dem={"en": ["Kiwi", "Maori", "Asian"]},
        money=["${a}", "NZ${a}"],
        amounts=dict(escort=(250, 450, 10), massage=(60, 140, 10), room=(200, 380, 10), sale=(40, 800, 10)),
        room_price={"en": ["{p} per week", "{p} pw", "Rent {p}/week incl. power"]},
        postcode=lambda rng: "%04d" % rng.randint(600, 9999),
        street=lambda rng, lang: "%d Church Street" % rng.randint(2, 400),
    ),
    "ZA": dict(
        langs=[("en", 1)], tlds=["co.za"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["johannesburg", "capetown", "durban", "pretoria"],
        cities={"en": ["Johannesburg", "Joburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein"]},
        country_name={"en": "South Africa"},
        hoods={"en": [H("Sandton"), H("Rosebank", "Johannesburg", True), H("Randburg"), H("Midrand"), H("Sea Point", "Cape Town"),
                      H("Claremont", "Cape Town", True), H("Umhlanga"), H("Hatfield", "Pretoria", True), H("Menlyn", "Pretoria"),
                      H("Soweto"), H("Durbanville")]},
        qual={"en": ["East London, Eastern Cape", "Newcastle, KZN", "Hatfield, Pretoria", "Claremont, Cape Town"]},
        dem={"en": ["South African", "Zimbabwean", "coloured", "Xhosa"]},
        money=["R{a}", "R {a}", "ZAR {a}"],
        amounts=dict(escort=(1000, 3000, 100), massage=(300, 800, 50), room=(3000, 7000, 250), sale=(500, 8000, 100)),
        postcode=lambda rng: "%04d" % rng.randint(1, 9999),
        street=lambda rng, lang: "%d Church Street, Unit %d" % (rng.randint(2, 400), rng.randint(1, 30)),
    ),
    "NG": dict(
        langs=[("en", 1)], tlds=["com.ng", "ng"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["lagos", "abuja", "portharcourt"],
        cities={"en": ["Lagos", "Abuja", "Port Harcourt", "Ibadan", "Enugu", "Kano", "Owerri"]},
        country_name={"en": "Nigeria"},
        hoods={"en": [H("Lekki"), H("Victoria Island", "Lagos", True), H("Ikeja"), H("Surulere"), H("Yaba", "Lagos"), H("Ajah"),
                      H("Wuse", "Abuja"), H("Maitama", "Abuja"), H("Garki", "Abuja"), H("Gwarinpa"), H("GRA", "Port Harcourt", True)]},
        qual={"en": ["Benin City", "Warri, Delta State"]},
        dem={"en": ["Naija", "Nigerian", "Yoruba", "Igbo"]},
        names={"en": ["Tolu", "Chioma", "Amaka", "Funke", "Ada", "Bisola", "Ngozi"]},
        money=["₦{a}", "N{a}", "NGN {a}"],
        amounts=dict(escort=(20000, 100000, 5000), massage=(10000, 30000, 1000), room=(150000, 600000, 10000), sale=(20000, 400000, 5000)),
        room_price={"en": ["{p} per annum", "{p}/year", "Rent {p} per annum"]},
        postcode=lambda rng: rng.choice(["100", "101", "900", "500"]) + "%03d" % rng.randint(1, 299),
        street=lambda rng, lang: rng.choice(["Plot %d, Block %d" % (rng.randint(2, 300), rng.randint(1, 90)),
                                             "No. %d Church Street" % rng.randint(2, 99)]),
    ),
    "KE": dict(
        langs=[("en", 1)], tlds=["co.ke"], apps=["WhatsApp", "WA", "Telegram"],
        slugs=["nairobi", "mombasa", "kisumu"],
        cities={"en": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Diani"]},
        country_name={"en": "Kenya"},
        hoods={"en": [H("Westlands", "Nairobi"), H("Kilimani"), H("Kileleshwa"), H("Lavington", "Nairobi", True), H("Rongai"), H("Ruaka"),
                      H("Nyali", "Mombasa"), H("Bamburi", "Mombasa"), H("Karen", "Nairobi", True), H("Roysambu"), H("Kasarani")]},
        dem={"en": ["Kenyan", "Kikuyu", "Luo", "Ugandan"]},
        names={"en": ["Wanjiru", "Akinyi", "Njeri", "Wambui", "Achieng", "Shiro"]},
        money=["KSh {a}", "Ksh{a}", "KES {a}"],
        amounts=dict(escort=(3000, 10000, 500), massage=(1500, 4000, 500), room=(8000, 25000, 500), sale=(2000, 40000, 500)),
        postcode=lambda rng: rng.choice(["00100", "00200", "00600", "00502", "80100", "40100"]),
        street=lambda rng, lang: "House No. %d" % rng.randint(2, 400),
    ),
    "PH": dict(
        langs=[("tl", 65), ("en", 35)], tlds=["com.ph", "ph"], apps=["Viber", "WhatsApp", "Telegram"], feet=True,
        slugs=["manila", "cebu", "davao", "makati"],
        cities={"tl": ["Manila", "Cebu", "Davao", "Quezon City", "Pasay", "Angeles City", "Iloilo", "Baguio"],
                "en": ["Manila", "Cebu City", "Davao", "Quezon City", "Pasay", "Angeles City", "Baguio"]},
        country_name={"en": "the Philippines"},
        hoods={"tl": [H("Makati"), H("BGC"), H("Bonifacio Global City"), H("Malate", "Manila"), H("Ortigas"), H("Cubao"),
                      H("Eastwood", "QC", True), H("Lahug", "Cebu"), H("IT Park", "Cebu", True), H("Balibago", "Angeles"),
                      H("Poblacion", "Makati", True), H("Alabang"), H("Tomas Morato", "QC")]},
        qual={"tl": ["San Fernando, Pampanga", "San Fernando, La Union"], "en": ["San Fernando, Pampanga"]},
        dem={"tl": ["Pinay", "Cebuana", "Ilocana"], "en": ["Pinay", "Filipina"]},
        names={"en": ["Aira", "Bea", "Trixie", "Joy", "Kim", "Jhen"]},
        money=["₱{a}", "P{a}", "Php {a}"],
        amounts=dict(escort=(2000, 6000, 500), massage=(500, 1500, 100), room=(3000, 9000, 500), sale=(1500, 25000, 500)),
        postcode=lambda rng: "%04d" % rng.randint(1000, 1800),
    ),
    "MY": dict(
        langs=[("ms", 6), ("en", 4)], tlds=["com.my", "my"], apps=["WhatsApp", "WS", "Telegram"],
        slugs=["kualalumpur", "kl", "penang", "johorbahru"],
        cities={"ms": ["Kuala Lumpur", "KL", "Pulau Pinang", "Johor Bahru", "JB", "Ipoh", "Melaka", "Kota Kinabalu", "Kuching"],
                "en": ["Kuala Lumpur", "KL", "Penang", "Johor Bahru", "JB", "Ipoh", "Malacca", "Kota Kinabalu"]},
        country_name={"en": "Malaysia"},
        hoods={"ms": [H("Bukit Bintang"), H("Cheras"), H("Bangsar"), H("Mont Kiara"), H("Petaling Jaya"), H("PJ"), H("Subang Jaya"),
                      H("Puchong"), H("Chow Kit"), H("Kepong"), H("Bukit Jalil"), H("George Town", "Penang", True)]},
        dem={"ms": ["Melayu", "Cina", "Siam", "Indonesia"], "en": ["Malay", "Chinese", "Indonesian"]},
        money=["RM{a}", "RM {a}"],
        amounts=dict(escort=(200, 600, 50), massage=(60, 150, 10), room=(400, 900, 50), sale=(100, 2000, 50)),
        postcode=lambda rng: "%05d" % rng.randint(40000, 59999),
    ),
    "TH": dict(
        langs=[("th", 7), ("en", 3)], tlds=["co.th", "in.th"], apps=["Line", "LINE", "WhatsApp"],
        slugs=["bangkok", "pattaya", "chiangmai", "phuket"],
        cities={"th": ["กรุงเทพ", "กทม.", "พัทยา", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "อุดรธานี"],
                "en": ["Bangkok", "Pattaya", "Chiang Mai", "Phuket", "Hua Hin", "Khon Kaen"]},
        country_name={"en": "Thailand"},
        hoods={"th": [H("สุขุมวิท"), H("อโศก"), H("ทองหล่อ"), H("สีลม"), H("รัชดา"), H("ห้วยขวาง"), H("ป่าตอง", "ภูเก็ต"), H("นิมมาน", "เชียงใหม่"),
                      H("จอมเทียน", "พัทยา"), H("บางนา"), H("ลาดพร้าว")],
               "en": [H("Sukhumvit", "Bangkok"), H("Asok"), H("Thonglor"), H("Silom"), H("Ratchada"), H("Huai Khwang"), H("Patong", "Phuket"),
                      H("Nimman", "Chiang Mai"), H("Jomtien", "Pattaya"), H("Walking Street", "Pattaya", True)]},
        dem={"th": ["ไทย", "เหนือ", "อีสาน"], "en": ["Thai", "Isaan"]},
        money={"th": ["{a} บาท", "฿{a}"], "en": ["{a} baht", "฿{a}", "THB {a}"]},
        amounts=dict(escort=(1500, 5000, 500), massage=(300, 800, 50), room=(3000, 9000, 500), sale=(1000, 20000, 500)),
        postcode=lambda rng: rng.choice(["10", "20", "50", "83"]) + "%03d" % rng.randint(100, 260),
        street=lambda rng, lang: ("ซอย %d" if lang == "th" else "Soi %d") % rng.randint(2, 71),
    ),
    "AE": dict(
        langs=[("ar-en", 5), ("en", 5)], tlds=["ae"], apps=["WhatsApp", "Telegram", "Botim"],
        slugs=["dubai", "abudhabi", "sharjah"],
        cities={"ar-en": ["Dubai", "دبي", "Abu Dhabi", "أبوظبي", "Sharjah", "الشارقة", "Ajman"],
                "en": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"]},
        country_name={"en": "the UAE"},
        hoods={"ar-en": [H("Al Barsha"), H("البرشاء"), H("JLT"), H("Dubai Marina"), H("Deira"), H("ديرة"), H("Bur Dubai"), H("Business Bay"),
                         H("Al Nahda", "Dubai", True), H("JBR"), H("International City", "Dubai", True), H("Al Reem Island"), H("Khalidiya", "Abu Dhabi"),
                         H("Al Majaz", "Sharjah")],
               "en": [H("Al Barsha"), H("JLT"), H("Jumeirah Lake Towers"), H("Dubai Marina"), H("Deira"), H("Bur Dubai"), H("Business Bay"),
                      H("JBR"), H("Al Reem Island"), H("Khalidiya", "Abu Dhabi")]},
        dem={"ar-en": ["Filipina", "Russian", "Indian", "Moroccan"], "en": ["Filipina", "Russian", "Indian", "Moroccan", "Ukrainian"]},
        money={"ar-en": ["AED {a}", "{a} AED", "{a} درهم"], "en": ["AED {a}", "{a} AED", "{a} dhs"]},
        amounts=dict(escort=(500, 1500, 100), massage=(150, 400, 50), room=(1200, 3500, 100), sale=(200, 3000, 50)),
        postcode=lambda rng: "P.O. Box %d" % rng.randint(1000, 99999),
    ),
    "MX": dict(
        langs=[("es", 1)], tlds=["com.mx", "mx"], apps=["WhatsApp", "Whats", "Telegram"],
        slugs=["cdmx", "monterrey", "cancun", "puebla", "tijuana"],
        cities={"es": ["CDMX", "Ciudad de México", "Monterrey", "Cancún", "Puebla", "Tijuana", "Querétaro", "Playa del Carmen"]},
        hoods={"es": [H("Polanco"), H("Condesa", "CDMX"), H("Roma Norte"), H("Coyoacán"), H("Zona Rosa", "CDMX", True),
                      H("Santa Fe", "CDMX", True), H("Providencia", "Guadalajara", True), H("Zapopan"), H("San Pedro Garza García"),
                      H("Zona Hotelera", "Cancún", True), H("Del Valle", "CDMX", True), H("Narvarte")]},
        qual={"es": ["Guadalajara, Jalisco", "Mérida, Yucatán", "Córdoba, Veracruz", "León, Guanajuato", "Valladolid, Yucatán"]},
        dem={"es": ["mexicana", "tapatía", "regia", "veracruzana", "colombiana"]},
        words=dict(rent="Se renta", furn="amueblada"),
        items={"es": ["celular", "moto", "refrigerador", "laptop", "carriola"]},
        money=["${a}", "${a} MXN", "{a} pesos"],
        sep={"es": ","},
        amounts=dict(escort=(1500, 4000, 100), massage=(500, 1200, 50), room=(2500, 6000, 100), sale=(500, 10000, 100)),
        postcode=lambda rng: "C.P. %05d" % rng.randint(1000, 16999),
        street=lambda rng, lang: "Calle %d No. %d" % (rng.randint(2, 60), rng.randint(10, 900)),
    ),
    "CO": dict(
        langs=[("es", 1)], tlds=["com.co"], apps=["WhatsApp", "Whats", "WA"],
        slugs=["bogota", "medellin", "cali", "cartagena"],
        cities={"es": ["Bogotá", "Medellín", "Cali", "Cartagena", "Barranquilla", "Bucaramanga", "Pereira"]},
        hoods={"es": [H("El Poblado", "Medellín"), H("Laureles", "Medellín"), H("Envigado"), H("Chapinero", "Bogotá"), H("Usaquén"),
                      H("Zona Rosa", "Bogotá", True), H("Cedritos", "Bogotá"), H("Bocagrande", "Cartagena"), H("Getsemaní", "Cartagena"),
                      H("Granada", "Cali", True), H("Ciudad Jardín", "Cali"), H("Zona T", "Bogotá", True)]},
        qual={"es": ["Armenia, Quindío", "Florencia, Caquetá", "Palmira, Valle", "Santa Marta, Magdalena"]},
        dem={"es": ["colombiana", "paisa", "rola", "costeña", "caleña", "venezolana"]},
        words=dict(rent="Arriendo", furn="amoblada"),
        items={"es": ["celular", "moto", "nevera", "portátil", "coche de bebé"]},
        money=["${a}", "{a} pesos", "${a} COP"],
        amounts=dict(escort=(150000, 400000, 10000), massage=(60000, 150000, 10000), room=(500000, 1200000, 50000),
                     sale=(100000, 2000000, 50000)),
        postcode=lambda rng: rng.choice(["110", "050", "760", "130"]) + "%03d" % rng.randint(10, 999),
        street=lambda rng, lang: "%s %d # %d-%d" % (rng.choice(["Calle", "Cra."]), rng.randint(2, 120), rng.randint(2, 99), rng.randint(2, 99)),
    ),
    "BR": dict(
        langs=[("pt", 1)], tlds=["com.br"], apps=["WhatsApp", "Zap", "Telegram"],
        slugs=["saopaulo", "riodejaneiro", "belohorizonte", "brasilia"],
        cities={"pt": ["São Paulo", "Sampa", "Rio de Janeiro", "Belo Horizonte", "Brasília", "Salvador", "Curitiba", "Porto Alegre",
                       "Recife", "Fortaleza", "Florianópolis", "Floripa"]},
        hoods={"pt": [H("Copacabana", "Rio", True), H("Ipanema"), H("Barra da Tijuca"), H("Botafogo", "Rio"), H("Moema"), H("Pinheiros", "São Paulo"),
                      H("Vila Madalena"), H("Jardins", "São Paulo", True), H("Itaim Bibi"), H("Savassi", "BH"), H("Boa Viagem", "Recife", True),
                      H("Asa Sul", "Brasília")]},
        qual={"pt": ["Belém, Pará", "Santa Maria, RS", "Campina Grande, Paraíba"]},
        dem={"pt": ["brasileira", "carioca", "paulista", "gaúcha", "mineira"]},
        money=["R$ {a}", "R${a}"],
        amounts=dict(escort=(200, 600, 50), massage=(100, 300, 10), room=(600, 1500, 50), sale=(200, 3000, 50)),
        postcode=lambda rng: "CEP %05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999)),
    ),
    "ES": dict(
        langs=[("es", 1)], tlds=["es"], apps=["WhatsApp", "Telegram"],
        slugs=["madrid", "barcelona", "sevilla", "malaga", "valencia"],
        cities={"es": ["Madrid", "Barcelona", "Sevilla", "Málaga", "Marbella", "Bilbao", "Zaragoza", "Alicante", "Ibiza", "Palma de Mallorca"]},
        hoods={"es": [H("Malasaña", "Madrid"), H("Chueca", "Madrid"), H("barrio de Salamanca", "Madrid"), H("Lavapiés"), H("Chamberí"),
                      H("El Raval", "Barcelona"), H("Eixample"), H("Gràcia", "Barcelona"), H("Poblenou"), H("Ruzafa", "Valencia"),
                      H("Triana", "Sevilla"), H("Puerto Banús"), H("Nervión", "Sevilla")]},
        qual={"es": ["Guadalajara (España)", "Mérida, Badajoz", "Córdoba, Andalucía", "León, España", "Valladolid, España"]},
        dem={"es": ["española", "andaluza", "madrileña", "catalana", "brasileña"]},
        words=dict(rent="Alquilo", furn="amueblada"),
        items={"es": ["móvil", "moto", "frigorífico", "portátil", "carrito de bebé"]},
        money=["{a}€", "{a} €", "{a} euros"],
        amounts=dict(escort=(100, 300, 10), massage=(40, 100, 5), room=(300, 800, 25), sale=(30, 800, 10)),
        postcode=lambda rng: rng.choice(["28", "08", "41", "29", "46"]) + "%03d" % rng.randint(1, 99),
        street=lambda rng, lang: "C/ Mayor %d, %dº" % (rng.randint(2, 150), rng.randint(1, 8)),
    ),
    "FR": dict(
        langs=[("fr", 1)], tlds=["fr"], apps=["WhatsApp", "Telegram"],
        slugs=["paris", "lyon", "marseille", "nice", "toulouse"],
        cities={"fr": ["Paris", "Lyon", "Marseille", "Nice", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Cannes", "Montpellier", "Nantes"]},
        hoods={"fr": [H("Pigalle", "Paris"), H("Le Marais", "Paris"), H("Montmartre"), H("Champs-Élysées"), H("La Défense"),
                      H("Bastille", "Paris"), H("Saint-Germain-des-Prés"), H("Vieux-Port", "Marseille"), H("La Part-Dieu", "Lyon"),
                      H("Croix-Rousse", "Lyon"), H("Capitole", "Toulouse", True), H("Promenade des Anglais", "Nice")]},
        dem={"fr": ["française", "parisienne", "brésilienne", "marocaine"]},
        money=["{a} €", "{a}€"],
        amounts=dict(escort=(100, 300, 10), massage=(40, 100, 5), room=(300, 800, 25), sale=(30, 800, 10)),
        postcode=lambda rng: rng.choice(["750", "690", "130", "060", "310"]) + "%02d" % rng.randint(1, 20),
    ),
    "DE": dict(
        langs=[("de", 1)], tlds=["de"], apps=["WhatsApp", "Telegram"],
        slugs=["berlin", "hamburg", "muenchen", "koeln", "frankfurt"],
        cities={"de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Hannover", "Nürnberg"]},
        hoods={"de": [H("St. Pauli", "Hamburg"), H("Reeperbahn"), H("Kreuzberg", "Berlin"), H("Prenzlauer Berg"), H("Friedrichshain", "Berlin"),
                      H("Charlottenburg"), H("Schwabing", "München"), H("Bahnhofsviertel", "Frankfurt", True), H("Ehrenfeld", "Köln"),
                      H("Sachsenhausen", "Frankfurt", True), H("Connewitz", "Leipzig"), H("Altona", "Hamburg")]},
        dem={"de": ["Deutsche", "Russin", "Polin", "Brasilianerin"]},
        money=["{a} €", "{a} Euro", "{a},- €"],
        amounts=dict(escort=(100, 300, 10), massage=(40, 100, 5), room=(300, 800, 25), sale=(30, 800, 10)),
        postcode=lambda rng: "%05d" % rng.randint(10115, 99998),
    ),
    "IT": dict(
        langs=[("it", 1)], tlds=["it"], apps=["WhatsApp", "Telegram"],
        slugs=["milano", "roma", "napoli", "torino", "firenze"],
        cities={"it": ["Milano", "Roma", "Napoli", "Torino", "Firenze", "Bologna", "Venezia", "Verona", "Genova", "Palermo", "Rimini"]},
        hoods={"it": [H("Navigli", "Milano"), H("Brera", "Milano"), H("Porta Venezia", "Milano"), H("Trastevere", "Roma"), H("Prati", "Roma", True),
                      H("Testaccio"), H("Vomero", "Napoli"), H("Chiaia", "Napoli"), H("San Salvario", "Torino"), H("Santa Croce", "Firenze", True),
                      H("Bolognina", "Bologna")]},
        qual={"it": ["Alessandria, Piemonte", "Valenza, Alessandria"]},
        dem={"it": ["italiana", "milanese", "romana", "brasiliana", "napoletana"]},
        money=["{a}€", "{a} euro", "€ {a}"],
        amounts=dict(escort=(100, 300, 10), massage=(40, 100, 5), room=(300, 800, 25), sale=(30, 800, 10)),
        postcode=lambda rng: rng.choice(["201", "001", "801", "101", "501"]) + "%02d" % rng.randint(0, 99),
    ),
    "IE": dict(
        langs=[("en", 1)], tlds=["ie"], apps=["WhatsApp", "Telegram"],
        slugs=["dublin", "cork", "galway"],
        cities={"en": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny"]},
        country_name={"en": "Ireland"},
        hoods={"en": [H("Temple Bar", "Dublin"), H("Rathmines"), H("Ranelagh", "Dublin"), H("Ballsbridge"), H("Smithfield", "Dublin", True),
                      H("Sandyford"), H("Drumcondra"), H("Dún Laoghaire"), H("Swords", "Dublin", True), H("Salthill", "Galway"),
                      H("Ballincollig", "Cork"), H("Stoneybatter")]},
        qual={"en": ["Dublin, Ireland", "Cork city", "Waterford, Ireland"]},
        dem={"en": ["Irish", "Brazilian", "Polish"]},
        money=["€{a}", "{a} euro"],
        amounts=dict(escort=(120, 300, 10), massage=(50, 100, 5), room=(500, 1200, 25), sale=(30, 800, 10)),
        room_price={"en": ["{p} per month", "{p} pcm", "Rent {p}/month"]},
        postcode=_ie_pc,
        street=lambda rng, lang: "Apt %d, %d Main Street" % (rng.randint(1, 40), rng.randint(2, 200)),
    ),
}

SITE_STEMS = {
    "en": ["example-escorts", "example-classifieds", "example-adverts", "example-listings", "example-massage", "example-rooms"],
    "es": ["example-anuncios", "anuncios-example", "clasificados-example"],
    "pt": ["example-classificados", "anuncios-example"],
    "fr": ["example-annonces", "annonces-example"],
    "de": ["example-kleinanzeigen", "anzeigen-example"],
    "it": ["example-annunci", "annunci-example"],
    "ja": ["example-keijiban", "example-jobs"],
    "th": ["example-prakad", "example-board"],
    "ms": ["example-iklan", "iklan-example"],
    "tl": ["example-buyandsell", "example-ads"],
    "ar-en": ["example-classifieds", "example-souq"],
}
SUB_STEMS = {"en": "classifieds", "es": "anuncios", "pt": "classificados", "fr": "annonces", "de": "anzeigen", "it": "annunci",
             "ja": "keijiban", "th": "prakad", "ms": "iklan", "tl": "ads", "ar-en": "ads"}

# Visitors: (origin, visited). Demonym (person) and adjective (for "my Thai number") by language.
VISITS = [("TH", "AU"), ("NG", "GB"), ("MX", "US"), ("TH", "JP"), ("NZ", "AU"), ("SG", "MY"), ("ES", "FR"), ("PH", "AE"), ("CO", "ES"),
          ("IN", "AE"), ("KE", "AE"), ("BR", "ES"), ("TH", "SG"), ("PH", "SG"), ("BR", "IT"), ("CO", "MX"), ("EC", "ES"), ("JP", "US"),
          ("ZA", "GB"), ("IE", "AU")]
VIS_DEM = {
    "TH": {"en": ("Thai", "Thai"), "ja": ("タイ人", "タイ"), "ar-en": ("Thai", "Thai")},
    "NG": {"en": ("Nigerian", "Nigerian")},
    "MX": {"en": ("Mexican", "Mexican"), "es": ("mexicana", "mexicano")},
    "NZ": {"en": ("Kiwi", "NZ")},
    "SG": {"en": ("Singaporean", "Singapore"), "ms": ("Singapura", "Singapura")},
    "ES": {"fr": ("espagnole", "espagnol"), "en": ("Spanish", "Spanish")},
    "PH": {"en": ("Filipina", "Philippine"), "ar-en": ("Filipina", "Philippine")},
    "CO": {"es": ("colombiana", "colombiano"), "en": ("Colombian", "Colombian")},
    "IN": {"en": ("Indian", "Indian"), "ar-en": ("Indian", "Indian")},
    "KE": {"en": ("Kenyan", "Kenyan"), "ar-en": ("Kenyan", "Kenyan")},
    "BR": {"es": ("brasileña", "brasileño"), "it": ("brasiliana", "brasiliano"), "en": ("Brazilian", "Brazilian")},
    "EC": {"es": ("ecuatoriana", "ecuatoriano")},
    "JP": {"en": ("Japanese", "Japanese")},
    "ZA": {"en": ("South African", "South African")},
    "IE": {"en": ("Irish", "Irish")},
}

# Cities of one country as named in another country's posts.
FOREIGN_CITY = {
    "AE": {"en": ["Dubai", "Abu Dhabi"], "tl": ["Dubai", "Abu Dhabi"], "th": ["ดูไบ"], "ja": ["ドバイ"], "ms": ["Dubai"], "es": ["Dubái"],
           "ar-en": ["Dubai"], "pt": ["Dubai"]},
    "SG": {"en": ["Singapore"], "tl": ["Singapore"], "ms": ["Singapura"], "th": ["สิงคโปร์"]},
    "GB": {"en": ["London", "Manchester", "Birmingham"]},
    "JP": {"th": ["โตเกียว", "โอซาก้า"], "en": ["Tokyo", "Osaka"]},
    "ES": {"es": ["Madrid", "Barcelona", "Marbella"], "pt": ["Madri", "Barcelona"], "fr": ["Barcelone", "Madrid"],
           "en": ["Marbella", "Ibiza", "Barcelona"]},
    "US": {"es": ["Houston", "Los Ángeles", "Nueva York"], "en": ["Houston", "Miami", "Las Vegas"], "fr": ["Miami", "New York"]},
    "NZ": {"en": ["Auckland", "Wellington", "Christchurch"]},
    "IE": {"en": ["Dublin", "Cork"]},
    "CA": {"en": ["Toronto", "Vancouver"]},
    "FR": {"es": ["París", "Niza", "Marsella"], "de": ["Paris"]},
    "IT": {"de": ["Mailand", "Rom"], "es": ["Milán", "Roma"]},
    "DE": {"it": ["Monaco di Baviera", "Berlino"]},
    "AU": {"en": ["Sydney", "Melbourne", "the Gold Coast"]},
    "MY": {"en": ["Kuala Lumpur", "KL", "Johor Bahru"]},
    "IN": {"en": ["Mumbai", "Delhi"], "ar-en": ["Mumbai", "Delhi"]},
}

# Two countries in one post: (origin = where posted, other, kind).
M2_PAIRS = [("PH", "AE", "job"), ("PH", "SG", "job"), ("IN", "AE", "job"), ("KE", "AE", "job"), ("NG", "GB", "job"), ("TH", "JP", "job"),
            ("CO", "ES", "job"), ("EC", "ES", "job"), ("MX", "US", "job"), ("ZA", "AE", "job"), ("MY", "SG", "job"), ("IN", "SG", "job"),
            ("NG", "AE", "job"), ("BR", "ES", "job"),
            ("AU", "NZ", "tour"), ("GB", "IE", "tour"), ("US", "CA", "tour"), ("ES", "FR", "tour"), ("DE", "IT", "tour"),
            ("CA", "US", "tour"), ("NZ", "AU", "tour"), ("IE", "GB", "tour"), ("IT", "DE", "tour"), ("SG", "MY", "tour"),
            ("AE", "IN", "tour"), ("FR", "ES", "tour")]
# Site country versus a place named in the text: (site, place).
M4_PAIRS = [("AU", "NZ"), ("NZ", "AU"), ("GB", "IE"), ("IE", "GB"), ("US", "CA"), ("CA", "US"), ("SG", "MY"), ("MY", "SG"), ("ES", "FR"),
            ("FR", "ES"), ("AE", "IN"), ("DE", "IT"), ("GB", "ES"), ("IT", "DE")]


GROUPS = ["neighbourhood", "site_url", "text_city", "national_format", "mixed_evidence"]
CATS = [("escort", 35), ("massage", 20), ("job", 20), ("room", 13), ("sale", 12)]
SPLITS = [("dev", "ph9d", 200, 0, 90901), ("heldout", "ph9h", 400, 1, 90902)]
NEUTRAL_KINDS = {"age", "height", "measurements", "weight", "price", "time", "date", "ad_ref", "year"}
CAT_KINDS = {
    "escort": ["age", "height", "measurements", "weight", "price", "time", "date", "ad_ref"],
    "massage": ["price", "time", "date", "age", "ad_ref", "year", "postcode", "street_number"],
    "job": ["price", "age", "date", "ad_ref", "year", "street_number"],
    "room": ["price", "postcode", "street_number", "date", "year", "ad_ref", "time"],
    "sale": ["price", "year", "ad_ref", "date", "time", "postcode"],
}


KISSES = {"Besos.", "Beijos!", "Bisous.", "Küsschen!", "Baci."}
CAT_WORDS = {"escorts": "escort", "massage": "massage", "rooms": "room", "jobs": "job"}


def site_stems(lang, cat):
    """Site name stems that do not name another category ("example-escorts" for a room ad)."""
    out = []
    for s in SITE_STEMS[lang]:
        named = [c for w, c in CAT_WORDS.items() if w in s]
        if not named or cat in named:
            out.append(s)
    return out


class GenError(Exception):
    pass


# ---------------------------------------------------------------- numbers

class Numbers:
    """One split's share of the pool: even or odd entries, each used at most once."""

    def __init__(self, pool, parity, rng):
        self.free = {}
        for cc, nums in pool.items():
            mine = [dict(e, cc=cc) for i, e in enumerate(nums) if i % 2 == parity]
            rng.shuffle(mine)
            self.free[cc] = mine

    def take(self, cc, pred=None, kind=None):
        lst = self.free[cc]
        for i, e in enumerate(lst):
            if kind and e["type"] != kind:
                continue
            if pred is None or pred(e):
                return lst.pop(i)
        return None

    def need(self, cc, pred=None, kind=None):
        e = self.take(cc, pred, kind)
        if e is None:
            e = self.take(cc, pred)
        if e is None:
            raise GenError("pool for %s exhausted" % cc)
        return e


def lang_digits(lang):
    return DIGIT_WORDS.get(lang, DIGIT_WORDS["en"])


def to_script(s, lang):
    if lang == "ja":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else ("－" if c == "-" else c) for c in s)
    if lang == "th":
        return "".join(chr(0x0E50 + int(c)) if c.isdigit() else c for c in s)
    if lang == "ar-en":
        return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)
    return s


def disguise(s, style, lang, rng):
    """A digit-preserving disguise of a plain written number s (national or '+CC ...')."""
    plus = "+" if s.startswith("+") else ""
    body = s[1:] if plus else s
    groups = re.findall(r"\d+", body)
    if style == "spaced":
        return plus + " ".join("".join(groups))
    if style == "dotted":
        return plus + ".".join(groups)
    if style == "letter_o":
        if "0" not in body:
            return None
        o = rng.choice(["O", "O", "o"])
        return plus + body.replace("0", o)
    if style == "spelled":
        words = lang_digits(lang)
        gi = 0 if not plus else (1 if len(groups) > 1 else 0)
        g = groups[gi]
        if len(g) <= 4 and rng.random() < 0.6:
            sp = " ".join(words[int(c)] for c in g)
        else:
            sp = words[int(g[0])] + (" " + g[1:] if len(g) > 1 else "")
        idx = [m for m in re.finditer(r"\d+", body)][gi]
        return plus + body[:idx.start()] + sp + body[idx.end():]
    if style == "emoji":
        e = rng.choice(EMOJI_SEPS)
        sep = rng.choice([" %s " % e, e])
        return plus + sep.join(groups)
    if style == "bullets":
        b = rng.choice(BULLET_SEPS)
        return plus + b.join(groups)
    if style == "script":
        if lang not in ("ja", "th", "ar-en"):
            return None
        return to_script(s, lang)
    if style == "keycap":
        return plus + " ".join("".join(c + "\ufe0f\u20e3" for c in g) for g in groups)
    raise ValueError(style)


def pick_style(lang, rng, allow_spelled=True):
    styles = ["spaced", "dotted", "letter_o", "emoji", "bullets", "keycap"]
    weights = [16, 16, 16, 16, 12, 4]
    if allow_spelled:
        styles.append("spelled")
        weights.append(14)
    if lang in ("ja", "th", "ar-en"):
        styles.append("script")
        weights.append(18)
    return rng.choices(styles, weights)[0]


def write_number(e, form, rng, lang, disg=None, variant=None):
    """Return (raw, cls, national_variant_or_None). form: national | intl | code (disguised code)."""
    if form == "national":
        if variant is None:
            choices = e["national"]
            if disg:
                grouped = [v for v in choices if re.search(r"\d\D+\d", v["s"])]
                choices = grouped or choices
            variant = rng.choice(choices)
        v = variant
        base = v["s"]
        if disg:
            for _ in range(8):
                st = pick_style(lang, rng)
                d = disguise(base, st, lang, rng)
                if d and d != base:
                    return d, "national." + st, v
        return base, "national.plain", v
    if form == "intl":
        choices = e["intl"]
        if disg:
            choices = [s for s in choices if re.search(r"\d\D+\d", s) and "(" not in s] or choices
        base = rng.choice(choices)
        if disg:
            for _ in range(8):
                st = pick_style(lang, rng)
                d = disguise(base, st, lang, rng)
                if d and d != base:
                    return d, "intl." + st, None
        return base, "intl.plain", None
    if form == "code":
        keys = sorted(e["intl_disguised"])
        k = rng.choice(keys)
        return e["intl_disguised"][k], "intl." + k, None
    raise ValueError(form)


def decoded_digits(raw):
    """Digits of a raw mention, reading spelled words, O-for-zero and any script's digits."""
    s = raw
    words = []
    for lst in DIGIT_WORDS.values():
        words.extend((w, i) for i, w in enumerate(lst))
    for w, i in sorted(set(words), key=lambda x: (-len(x[0]), x[0], x[1])):
        s = re.sub(re.escape(w), str(i), s, flags=re.IGNORECASE)
    s = s.replace("O", "0").replace("o", "0")
    out = []
    for c in s:
        d = unicodedata.digit(c, None)
        if d is not None:
            out.append(str(d))
    return "".join(out)


# ---------------------------------------------------------------- text helpers

def fmt_amount(v, sep):
    s = "{:,}".format(v)
    return s.replace(",", sep)


class Post:
    def __init__(self, pid, group, cc, lang, cat, rng):
        self.id = pid
        self.group = group
        self.cc = cc
        self.lang = lang
        self.cat = cat
        self.rng = rng
        self.L = LANG[lang]
        self.C = COUNTRY[cc]
        self.title = ""
        self.lines = []
        self.mentions = []  # (token, label_or_amb)
        self.decoys = []
        self.decoy_strings = []
        self.place_cue = None
        self.site = None
        self.url = None
        self.location = None
        self.region = None
        self.case = None
        self.name = None
        self.item = None

    # slots for phone mentions are private-use tokens replaced at the end
    def token(self, raw, label):
        t = "\ue000%d\ue001" % len(self.mentions)
        self.mentions.append((t, raw, label))
        return t


def pick(rng, lst):
    return rng.choice(lst)


def names_for(post):
    C, L = post.C, post.L
    return C.get("names", {}).get(post.lang) or L["names"]


def fill_text(post, tpl, **kw):
    d = {"name": post.name or "", "item": post.item or "", "loc": "", "rent": "Alquilo", "furn": "amueblada"}
    d.update(post.C.get("words", {}))
    d.update(kw)
    return tpl.format(**d)


def decoy_phrase(post, kind, neutral):
    rng, L, C, cat, lang, cc = post.rng, post.L, post.C, post.cat, post.lang, post.cc
    D = L["decoy"]
    if kind == "price":
        if cat == "job":
            a = rng.randrange(800, 3001, 100)
            amt = fmt_amount(a, L["sep"])
            return pick(rng, D["salary"]).format(a=amt)
        lo, hi, step = C["amounts"][cat]
        a = rng.randrange(lo, hi + 1, step)
        amt = fmt_amount(a, C.get("sep", {}).get(lang, L["sep"]))
        if neutral:
            return pick(rng, D["price_neutral"][cat]).format(a=amt)
        money = pick(rng, money_list(C, lang)).format(a=amt)
        tpls = D["price"][cat]
        if cat == "room" and "room_price" in C and lang in C["room_price"]:
            tpls = C["room_price"][lang]
        return pick(rng, tpls).format(p=money)
    if kind == "age":
        if cat == "job":
            a = rng.randint(18, 25)
            return pick(rng, D["age_range"]).format(a=a, b=a + rng.choice([15, 17, 20]))
        return pick(rng, D["age"]).format(v=rng.randint(19, 38))
    if kind == "height":
        if lang == "en" and C.get("feet"):
            return "%d'%d" % (5, rng.randint(1, 9)) + rng.choice(["", '"', " tall"])
        return pick(rng, D["height"]).format(v=rng.randint(150, 178), w=rng.randint(50, 78))
    if kind == "measurements":
        b, w, h = rng.choice([(34, 24, 36), (36, 26, 38), (32, 24, 34), (34, 26, 36), (36, 24, 36)])
        mb, mw, mh = rng.choice([(90, 60, 90), (86, 58, 85), (92, 62, 94), (88, 60, 90), (95, 65, 98)])
        return pick(rng, D["measurements"]).format(b=b, w=w, h=h, mb=mb, mw=mw, mh=mh)
    if kind == "weight":
        return pick(rng, D["weight"]).format(v=rng.randint(45, 65), lb=rng.randint(100, 140))
    if kind == "time":
        return pick(rng, D["time"])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        y = rng.choice([2024, 2025])
        tpl = pick(rng, D["date"])
        if C.get("mdy") and "{dm}" in tpl:
            dm = "%d/%d" % (m, d)
        else:
            dm = "%02d/%02d" % (d, m)
        return tpl.format(dm=dm, d=d, m=m, y=y, dd="%02d" % d, mm="%02d" % m)
    if kind == "ad_ref":
        n = rng.randint(10000, 9999999)
        return pick(rng, D["ad_ref"]).format(n=n, a=rng.randint(10, 999), b=rng.randint(10000, 99999))
    if kind == "year":
        y = rng.randint(2008, 2024)
        return pick(rng, D["year"][cat]).format(y=y, be=y + 543)
    if kind == "postcode":
        return C["postcode"](rng)
    if kind == "street_number":
        return C["street"](rng, lang) if "street" in C else pick(rng, D["street"]).format(n=rng.randint(2, 180), a=rng.randint(2, 40), b=rng.randint(2, 60))
    raise ValueError(kind)


def add_decoys(post, neutral, nmin=2, nmax=4):
    rng = post.rng
    kinds = list(CAT_KINDS[post.cat])
    if neutral:
        kinds = [k for k in kinds if k in NEUTRAL_KINDS]
    if post.lang in ("ja",) and "weight" in kinds:
        kinds.remove("weight")
    n = rng.randint(nmin, min(nmax, len(kinds)))
    chosen = rng.sample(kinds, n)
    phrases = []
    for k in chosen:
        ph = decoy_phrase(post, k, neutral)
        phrases.append(ph)
        post.decoys.append(k)
        post.decoy_strings.append(ph)
    return phrases


# ---------------------------------------------------------------- post assembly

def start_post(post, place=None, title_place=True, body_place=True):
    """Title and opener; place (if any) goes into title and/or a place sentence."""
    rng, L = post.rng, post.L
    post.name = pick(rng, names_for(post))
    items = post.C.get("items", {}).get(post.lang) or L["items"]
    post.item = pick(rng, items)
    loc = ""
    in_title = False
    if place and title_place:
        forms = [f for f in L["loc_title"] if "(" not in f] if "(" in place else L["loc_title"]
        loc = pick(rng, forms).format(p=place)
        in_title = True
    tpl = pick(rng, L["titles"][post.cat])
    if place and in_title and "{loc}" not in tpl:
        tpl = pick(rng, [t for t in L["titles"][post.cat] if "{loc}" in t])
    post.title = fill_text(post, tpl, loc=loc)
    otpl = pick(rng, L["open"][post.cat])
    post.lines.append(fill_text(post, otpl))
    if place and (body_place or not in_title):
        post.lines.append(pick(rng, L["place"][post.cat]).format(p=place))
    others = [o for o in L["open"][post.cat] if o != otpl]
    if others and rng.random() < 0.5:
        post.lines.append(fill_text(post, pick(rng, others)))


def app_name(post):
    return pick(post.rng, post.C.get("apps") or ["WhatsApp"])


def contact_line(post, tok, messenger=None):
    rng, L = post.rng, post.L
    if messenger is None:
        messenger = rng.random() < 0.35
    if messenger:
        return pick(rng, L["messenger"]).format(ph=tok, app=app_name(post))
    return pick(rng, L["contact"]).format(ph=tok)


def finish_post(post, decoy_phrases, contact_lines, closer=True):
    rng, L = post.rng, post.L
    if decoy_phrases:
        j = pick(rng, L["joiners"])
        if rng.random() < 0.5 and len(decoy_phrases) > 1:
            k = rng.randint(1, len(decoy_phrases) - 1)
            post.lines.append(j.join(decoy_phrases[:k]))
            post.lines.extend(contact_lines[:1])
            post.lines.append(j.join(decoy_phrases[k:]))
            post.lines.extend(contact_lines[1:])
        else:
            post.lines.append(j.join(decoy_phrases))
            post.lines.extend(contact_lines)
    else:
        post.lines.extend(contact_lines)
    if closer:
        closers = L["close"][post.cat] if isinstance(L["close"], dict) else L["close"]
        if post.cat not in ("escort", "massage"):
            closers = [c for c in closers if c not in KISSES]
        c = pick(rng, closers)
        if c:
            post.lines.append(c)


def national_label(e, raw, cls, region, source):
    return {"kind": "phone", "e164": e["e164"], "raw": raw, "class": cls, "region_source": source, "region": region}


def amb_label(e, raw, variant):
    vi = variant["valid_in"]
    regions = sorted(vi)
    return {"kind": "amb", "raw": raw, "regions": regions, "digits": decoded_digits(raw),
            "e164_candidates": [vi[r] for r in regions], "e164_true": e["e164"]}


def by_format(e, raw, cls, variant, cc):
    vi = variant["valid_in"]
    if cc not in vi:
        raise GenError("number not valid in its own country")
    if len(vi) == 1:
        return national_label(e, raw, cls, cc, "format")
    return amb_label(e, raw, variant)


def mention(post, e, form, source, disg=None, variant=None, region=None):
    """Write one mention of number e; returns the token to put in text.

    source: the region_source when the region is settled by evidence ("text", "url", ...);
            "format" means: decide by phonenumbers validity over the 24 countries.
    """
    rng = post.rng
    if disg is None:
        disg = rng.random() < 0.33
    raw, cls, v = write_number(e, form, rng, post.lang, disg, variant)
    ecc = region or e["cc"]
    if form in ("intl", "code"):
        lab = national_label(e, raw, cls, ecc, "calling_code")
    elif source == "format":
        lab = by_format(e, raw, cls, v, ecc)
    elif source == "amb":
        lab = amb_label(e, raw, v)
    else:
        lab = national_label(e, raw, cls, ecc, source)
    return post.token(raw, lab)


def national_source(post):
    if post.region:
        return "record"
    if post.location:
        return "location"
    return None


def choose_form(rng, p_intl=0.2):
    return "intl" if rng.random() < p_intl else "national"


def want_kind(post):
    if post.cat in ("massage", "room", "job") and post.rng.random() < 0.2:
        return "fixed"
    return "mobile"


def generic_site(post):
    rng = post.rng
    if rng.random() < 0.3:
        return
    site = pick(rng, ["example.com", "example.net", "example.org", "classifieds.example.com", "ads.example.net",
                      "listings.example.org", "www.example.com"])
    slug = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(6, 9)))
    post.site = site
    post.url = "https://%s/%s/%s" % (site, pick(rng, post.L["cat_slug"][post.cat]), slug)


def standard_contacts(post, e, form, source, extra_kind=None):
    """One number, sometimes written twice, sometimes a second number of the same country."""
    rng = post.rng
    lines = []
    r = rng.random()
    t1 = mention(post, e, form, source)
    lines.append(contact_line(post, t1))
    if r < 0.12:
        # same number again, in the title
        t = mention(post, e, "national" if form == "national" else form, source, disg=False)
        post.title = post.title + pick(rng, [" – ", " | ", " ☎ ", " "]) + t
    elif r < 0.22:
        t = mention(post, e, form, source)
        lines.append(pick(rng, post.L["again"]).format(ph=t, app=app_name(post)))
    elif r < 0.32 and extra_kind:
        e2 = post.numbers.need(post.cc, kind=extra_kind)
        t = mention(post, e2, choose_form(rng, 0.15), source)
        lines.append(pick(rng, post.L["two"]).format(ph=t, app=app_name(post)))
    return lines


# ---------------------------------------------------------------- places

def lang_list(d, lang):
    if not d:
        return None
    if lang in d:
        return d[lang]
    if "en" in d:
        return d["en"]
    return d[sorted(d)[0]]


def money_list(C, lang):
    m = C["money"]
    return lang_list(m, lang) if isinstance(m, dict) else m


def hood_place(post):
    rng, lang = post.rng, post.lang
    d, c, need = pick(rng, lang_list(post.C["hoods"], lang))
    if c and (need or rng.random() < 0.35):
        if lang == "ja":
            s = pick(rng, ["%s%s", "%s・%s"]) % (c, d)
        elif lang == "th":
            s = "%s %s" % (d, c)
        else:
            s = pick(rng, ["%s, %s", "%s (%s)"]) % (d, c)
    else:
        s = d
    return s, d, c


def city_place(post):
    return pick(post.rng, lang_list(post.C["cities"], post.lang))


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- groups

def g_neighbourhood(post, slot):
    rng = post.rng
    place, district, city = hood_place(post)
    post.place_cue = district
    if slot.get("location"):
        post.location = pick(rng, [x for x in (district, place, city) if x])
    if slot.get("region"):
        post.region = post.cc
    generic_site(post)
    r = rng.random()
    start_post(post, place, title_place=r < 0.6, body_place=r >= 0.3)
    src = national_source(post) or "text"
    e = post.numbers.need(post.cc, kind=want_kind(post))
    contacts = standard_contacts(post, e, choose_form(rng), src, extra_kind="mobile")
    finish_post(post, add_decoys(post, neutral=False), contacts)


def g_site_url(post, slot):
    rng, C, lang = post.rng, post.C, post.lang
    cat_slug = pick(rng, post.L["cat_slug"][post.cat])
    slug_id = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(6, 9)))
    r = rng.random()
    if post.cc == "US":
        r = 0.5 + r / 2 if r < 0.6 else r
    if r < 0.6:
        tld = pick(rng, C["tlds"])
        if rng.random() < 0.7:
            host = "%s.%s" % (pick(rng, site_stems(lang, post.cat)), tld)
            www = rng.random() < 0.4
        else:
            host = "%s.example.%s" % (SUB_STEMS[lang], tld)
            www = False
        post.site = host
        post.url = "https://%s%s/%s/%s" % ("www." if www else "", host, cat_slug, slug_id)
        post.place_cue = host
        post.case = "cctld"
    elif r < 0.8:
        slug = pick(rng, C["slugs"])
        host = "%s.example.%s" % (slug, pick(rng, ["com", "net", "org"]))
        post.site = host
        post.url = "https://%s/%s/%s" % (host, cat_slug, slug_id)
        post.place_cue = host
        post.case = "subdomain"
    else:
        slug = pick(rng, C["slugs"])
        base = pick(rng, ["www.example.com", "example.org", "example.net"])
        if rng.random() < 0.5:
            seg = "/%s/%s/" % (post.cc.lower(), slug)
        else:
            seg = "/%s/" % slug
        post.site = base
        post.url = "https://%s%s%s/%s" % (base, seg, cat_slug, slug_id)
        post.place_cue = seg
        post.case = "path"
    if rng.random() < 0.15 and post.case != "path":
        post.url = None
    start_post(post)
    e = post.numbers.need(post.cc, kind=want_kind(post))
    contacts = standard_contacts(post, e, choose_form(rng), "url", extra_kind="mobile")
    finish_post(post, add_decoys(post, neutral=True), contacts)


def visit_options(cc, lang):
    out = []
    for o, v in VISITS:
        if v == cc and lang in VIS_DEM.get(o, {}):
            out.append(o)
    return out


def g_text_city(post, slot):
    rng, C, L, lang, cc = post.rng, post.C, post.L, post.lang, post.cc
    flagged = slot.get("region")
    subs = [("city", 50)]
    if lang_list(C.get("dem"), lang):
        subs.append(("demonym", 15))
    if lang_list(C.get("qual"), lang):
        subs.append(("qualified", 18))
    vis = visit_options(cc, lang)
    if vis and not flagged:
        subs.append(("visitor", 40))
    sub = rng.choices([s for s, _ in subs], [w for _, w in subs])[0]
    post.case = sub
    if sub in ("visitor", "demonym") and post.cat not in ("escort", "massage"):
        post.cat = rng.choice(["escort", "escort", "massage"])
    if sub == "city":
        cn = C.get("country_name", {}).get(lang)
        if cn and rng.random() < 0.12:
            place = cn
        else:
            place = city_place(post)
        post.place_cue = place
    elif sub == "qualified":
        place = pick(rng, lang_list(C["qual"], lang))
        post.place_cue = place
    else:
        place = city_place(post)
        post.place_cue = place
    if slot.get("location"):
        post.location = place
    if slot.get("region"):
        post.region = cc
    generic_site(post)
    src = national_source(post) or "text"
    if sub in ("city", "qualified"):
        r = rng.random()
        start_post(post, place, title_place=r < 0.6, body_place=r >= 0.3)
        e = post.numbers.need(cc, kind=want_kind(post))
        contacts = standard_contacts(post, e, choose_form(rng), src, extra_kind="mobile")
        finish_post(post, add_decoys(post, neutral=False), contacts)
        return
    if sub == "demonym":
        dem = pick(rng, lang_list(C["dem"], lang))
        phrase = pick(rng, L["dem_city"]).format(dem=dem, Dem=cap(dem), p=place)
        start_post(post)
        if rng.random() < 0.5:
            post.title = phrase + pick(rng, [" – ", " | ", ". ", " · "]) + post.title
        else:
            post.lines.insert(0, phrase + ("" if lang in ("ja", "th") else "."))
        post.place_cue = place
        e = post.numbers.need(cc, kind=want_kind(post))
        contacts = standard_contacts(post, e, choose_form(rng), src, extra_kind="mobile")
        finish_post(post, add_decoys(post, neutral=False), contacts)
        return
    # visitor: a person from country o visiting cc; the number is o's
    mode = rng.choices(["intl", "amb", "cue"], [30, 45, 25])[0]
    amb_ok = [x for x in vis if AMB_CAPABLE.get((x, cc))]
    if mode == "amb" and not amb_ok:
        mode = rng.choice(["intl", "cue"])
    o = pick(rng, amb_ok if mode == "amb" else vis)
    dem, adj = VIS_DEM[o][lang]
    phrase = pick(rng, L["visit"]).format(dem=dem, Dem=cap(dem), p=place)
    start_post(post)
    if rng.random() < 0.5:
        post.title = phrase + pick(rng, [" – ", " | ", ". "]) + post.title
    else:
        post.lines.insert(0, phrase + ("" if lang in ("ja", "th") else "."))
    lines = []
    if mode == "amb":
        def both(e):
            return any(cc in v["valid_in"] and o in v["valid_in"] for v in e["national"])
        e = post.numbers.take(o, both, kind="mobile") or post.numbers.take(o, both)
        if e is None:
            mode = "intl"
        else:
            v = pick(rng, [v for v in e["national"] if cc in v["valid_in"] and o in v["valid_in"]])
            t = mention(post, e, "national", "amb", variant=v)
            lines.append(contact_line(post, t))
            post.case = "visitor_ambiguous"
    if mode == "cue":
        e = post.numbers.need(o, kind="mobile")
        t = mention(post, e, "national", "text")
        lines.append(pick(rng, L["visit_cue"]).format(adj=adj, ph=t))
        post.case = "visitor_cue"
        post.place_cue = adj
    if mode == "intl":
        e = post.numbers.need(o, kind="mobile")
        t = mention(post, e, pick(rng, ["intl", "intl", "code"]), "calling_code")
        lines.append(contact_line(post, t))
        post.case = "visitor_intl"
    finish_post(post, add_decoys(post, neutral=False), lines)


def g_national_format(post, slot):
    rng = post.rng
    generic_site(post)
    start_post(post)
    e, v = None, None
    if rng.random() < 0.7:
        def uniq(x):
            return any(len(vv["valid_in"]) == 1 for vv in x["national"])
        e = post.numbers.take(post.cc, uniq, kind="mobile") or post.numbers.take(post.cc, uniq)
        if e is not None:
            v = pick(rng, [vv for vv in e["national"] if len(vv["valid_in"]) == 1])
    if e is None:
        e = post.numbers.need(post.cc, kind=want_kind(post))
    lines = []
    t = mention(post, e, "national", "format", variant=v)
    lines.append(contact_line(post, t))
    r = rng.random()
    if r < 0.12:
        t2 = mention(post, e, "national", "format", variant=v, disg=False)
        post.title = post.title + pick(rng, [" – ", " | ", " ☎ "]) + t2
    elif r < 0.22:
        t2 = mention(post, e, "national", "format", variant=v)
        lines.append(pick(rng, post.L["again"]).format(ph=t2, app=app_name(post)))
    finish_post(post, add_decoys(post, neutral=True), lines)


def raw_of(post, tok):
    for t, raw, lab in post.mentions:
        if t == tok:
            return raw
    raise GenError("unknown token")


def g_mixed(post, slot):
    rng, cc, lang, L = post.rng, post.cc, post.lang, post.L
    subs = [("m1_code_elsewhere", 10), ("m3_code_disguised", 4)]
    m2 = [(o, d, k) for o, d, k in M2_PAIRS if o == cc and (lang_list(FOREIGN_CITY.get(d), lang))]
    m4 = [(s, t) for s, t in M4_PAIRS if s == cc and (lang_list(FOREIGN_CITY.get(t), lang))]
    if m2:
        subs.append(("m2_two_countries", 14))
    if m4:
        subs.append(("m4_site_vs_place", 26))
    sub = rng.choices([s for s, _ in subs], [w for _, w in subs])[0]
    if slot.get("location") or slot.get("region"):
        sub = "m3_code_disguised"
    post.case = sub
    if sub == "m1_code_elsewhere":
        generic_site(post)
        start_post(post)
        e = post.numbers.need(cc, kind="mobile")
        same = rng.random() < 0.4
        e2 = e if same else post.numbers.need(cc, kind="mobile")
        ti = mention(post, e, pick(rng, ["intl", "intl", "code"]), "calling_code", disg=rng.random() < 0.2)
        tn = mention(post, e2, "national", "calling_code")
        line = pick(rng, L["m1"]).format(nat=tn, intl=ti, app=app_name(post))
        post.case = sub + (".same_number" if same else ".two_numbers")
        post.place_cue = raw_of(post, ti)
        finish_post(post, add_decoys(post, neutral=True), [line])
        return
    if sub == "m3_code_disguised":
        if slot.get("location"):
            post.location = city_place(post)
        if slot.get("region"):
            post.region = cc
        generic_site(post)
        start_post(post)
        e = post.numbers.need(cc, kind="mobile")
        t = mention(post, e, "code", "calling_code")
        lines = [contact_line(post, t)]
        if not post.location and not post.region and rng.random() < 0.25:
            tn = mention(post, e, "national", "calling_code")
            lines.append(pick(rng, L["again"]).format(ph=tn, app=app_name(post)))
        elif rng.random() < 0.2:
            t2 = mention(post, e, "intl", "calling_code")
            lines.append(pick(rng, L["again"]).format(ph=t2, app=app_name(post)))
        post.place_cue = raw_of(post, t)
        finish_post(post, add_decoys(post, neutral=True), lines)
        return
    if sub == "m2_two_countries":
        o, d, kind = pick(rng, m2)
        post.cat = "job" if kind == "job" else "escort"
        p1 = city_place(post)
        p2 = pick(rng, lang_list(FOREIGN_CITY[d], lang))
        generic_site(post)
        start_post(post, p1 if kind == "tour" else None, title_place=True, body_place=False)
        # number of the post's own country (o)
        def not_in(other):
            return lambda e: any(other not in v["valid_in"] for v in e["national"])
        e1 = None
        if rng.random() < 0.75:
            e1 = post.numbers.take(o, not_in(d), kind="mobile")
        if e1 is not None:
            v1 = pick(rng, [v for v in e1["national"] if d not in v["valid_in"]])
            t1 = mention(post, e1, "national", "text", variant=v1)
        else:
            e1 = post.numbers.need(o, kind="mobile")
            t1 = mention(post, e1, pick(rng, ["intl", "code"]), "calling_code")
        e2 = None
        if rng.random() < 0.35:
            e2 = post.numbers.take(d, not_in(o), kind="mobile")
        if e2 is not None:
            v2 = pick(rng, [v for v in e2["national"] if o not in v["valid_in"]])
            t2 = mention(post, e2, "national", "text", variant=v2)
        else:
            e2 = post.numbers.need(d, kind="mobile")
            t2 = mention(post, e2, pick(rng, ["intl", "intl", "code"]), "calling_code")
        line = pick(rng, L["m2_job" if kind == "job" else "m2_tour"]).format(p1=p1, ph1=t1, p2=p2, ph2=t2)
        post.place_cue = "%s / %s" % (p1, p2)
        post.case = sub + "." + kind
        finish_post(post, add_decoys(post, neutral=False), [line])
        return
    # m4: site of country s, text names a place in country t (or, consistent, in s)
    s, t = pick(rng, m4)
    if post.cat in ("job", "room"):
        post.cat = rng.choice(["escort", "massage"])
    tld = pick(rng, COUNTRY[s]["tlds"])
    host = "%s.%s" % (pick(rng, site_stems(lang, post.cat)), tld)
    post.site = host
    post.url = "https://%s/%s/%s" % (host, pick(rng, L["cat_slug"][post.cat]),
                                     "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(7)))
    start_post(post)
    consistent = rng.random() < 0.3
    lines = []
    if consistent:
        place = city_place(post)
        post.lines.insert(0, pick(rng, L["m4_here"]).format(p=place))
        e = post.numbers.need(s, kind="mobile")
        tok = mention(post, e, choose_form(rng, 0.15), "text")
        post.case = sub + ".consistent"
    else:
        place = pick(rng, lang_list(FOREIGN_CITY[t], lang))
        post.lines.insert(0, pick(rng, L["m4_away"]).format(p=place))
        own = pick(rng, [s, t])
        e = post.numbers.need(own, kind="mobile")
        other = t if own == s else s
        if rng.random() < 0.2:
            tok = mention(post, e, "intl", "calling_code")
            post.case = sub + ".intl"
        else:
            v = pick(rng, e["national"])
            if other in v["valid_in"]:
                tok = mention(post, e, "national", "amb", variant=v)
                post.case = sub + ".ambiguous"
            else:
                tok = mention(post, e, "national", "url" if own == s else "text", variant=v)
                post.case = sub + (".number_of_site" if own == s else ".number_of_place")
    lines.append(contact_line(post, tok))
    post.place_cue = "%s vs %s" % (host, place)
    finish_post(post, add_decoys(post, neutral=False), lines)


GEN = {"neighbourhood": g_neighbourhood, "site_url": g_site_url, "text_city": g_text_city,
       "national_format": g_national_format, "mixed_evidence": g_mixed}


# ---------------------------------------------------------------- assembly

def allocate(n, rng):
    """Slots (group, country, flags): equal group shares; the first ten countries weigh double."""
    per = n // len(GROUPS)
    weights = {cc: (2 if cc in TOP10 else 1) for cc in COUNTRIES}
    tot = sum(weights.values())
    exact = {cc: n * w / tot for cc, w in weights.items()}
    count = {cc: int(x) for cc, x in exact.items()}
    rest = n - sum(count.values())
    for cc in sorted(COUNTRIES, key=lambda c: (-(exact[c] - count[c]), COUNTRIES.index(c)))[:rest]:
        count[cc] += 1
    seq = [cc for cc in COUNTRIES for _ in range(count[cc])]
    slots = [{"group": GROUPS[i % len(GROUPS)], "cc": cc} for i, cc in enumerate(seq)]
    assert all(sum(1 for s in slots if s["group"] == g) == per for g in GROUPS)
    rng.shuffle(slots)
    k = n // 200
    for group, n_region, n_loc in (("neighbourhood", 6, 11), ("text_city", 6, 11), ("mixed_evidence", 2, 6)):
        mine = [s for s in slots if s["group"] == group]
        chosen = rng.sample(mine, (n_region + n_loc) * k)
        for s in chosen[:n_region * k]:
            s["region"] = True
        for s in chosen[n_region * k:]:
            s["location"] = True
    return slots


def posted_at(rng):
    y = rng.choice([2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def join_body(post):
    r = post.rng.random()
    lines = [x for x in post.lines if x]
    if r < 0.7:
        return "\n".join(lines)
    if r < 0.85:
        return "<p>" + "<br>".join(lines) + "</p>"
    return " ".join(lines)


def has_digit(s):
    return any(unicodedata.digit(c, None) is not None for c in s)


def build_record(post):
    body = join_body(post)
    title = post.title
    # digit audit: only phone mentions and labelled decoys carry digits
    audit = title + "\n" + body
    for tok, raw, lab in post.mentions:
        audit = audit.replace(tok, " ")
    for ds in post.decoy_strings:
        if ds not in audit:
            raise GenError("%s: decoy %r not in text" % (post.id, ds))
        audit = audit.replace(ds, " ", 1)
    if has_digit(audit):
        raise GenError("%s: unlabelled digits in %r" % (post.id, audit))
    found = []
    for tok, raw, lab in post.mentions:
        if tok in title:
            field, pos = "title", title.index(tok)
        elif tok in body:
            field, pos = "body", 1000000 + body.index(tok)
        else:
            raise GenError("%s: mention token lost" % post.id)
        found.append((pos, tok, raw, lab, field))
    for tok, raw, lab in post.mentions:
        title = title.replace(tok, raw)
        body = body.replace(tok, raw)
    phones, amb = [], []
    for pos, tok, raw, lab, field in sorted(found, key=lambda x: x[0]):
        if lab["kind"] == "phone":
            phones.append({"e164": lab["e164"], "raw": raw, "field": field, "class": lab["class"],
                           "region_source": lab["region_source"], "region": lab["region"]})
        else:
            amb.append({"raw": raw, "field": field, "regions": lab["regions"], "digits": lab["digits"],
                        "e164_candidates": lab["e164_candidates"], "e164_true": lab["e164_true"]})
    rec = {"id": post.id, "title": title, "body": body, "posted_at": post.posted_at}
    if post.region:
        rec["region"] = post.region
    if post.location:
        rec["location"] = post.location
    if post.url:
        rec["url"] = post.url
    if post.site:
        rec["site"] = post.site
    rec["labels"] = {"group": post.group, "country": post.cc, "lang": post.lang, "category": post.cat,
                     "case": post.case or post.group, "phones": phones, "ambiguous": amb, "decoys": post.decoys,
                     "place_cue": post.place_cue}
    return rec


def pick_lang(cc, rng):
    langs = COUNTRY[cc]["langs"]
    return rng.choices([x for x, _ in langs], [w for _, w in langs])[0]


AMB_CAPABLE = {}


def generate_split(pool, name, prefix, n, parity, seed):
    rng = random.Random(seed)
    numbers = Numbers(pool, parity, random.Random(seed * 7 + 1))
    AMB_CAPABLE.clear()
    for o, v in VISITS:
        AMB_CAPABLE[(o, v)] = sum(1 for e in numbers.free[o] if any(v in x["valid_in"] and o in x["valid_in"] for x in e["national"]))
    slots = allocate(n, rng)
    out = []
    for i, slot in enumerate(slots, 1):
        pid = "%s-%04d" % (prefix, i)
        prng = random.Random("%d/%s" % (seed, pid))
        cc = slot["cc"]
        lang = pick_lang(cc, prng)
        cat = prng.choices([c for c, _ in CATS], [w for _, w in CATS])[0]
        post = Post(pid, slot["group"], cc, lang, cat, prng)
        post.numbers = numbers
        post.posted_at = posted_at(prng)
        GEN[slot["group"]](post, slot)
        out.append(build_record(post))
    return out


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def outputs():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        pool = json.load(f)["numbers"]
    res = {}
    for name, prefix, n, parity, seed in SPLITS:
        res[name + ".jsonl"] = render(generate_split(pool, name, prefix, n, parity, seed))
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files on disk differ from this generator's output")
    a = ap.parse_args()
    res = outputs()
    if a.check:
        bad = []
        for fn, text in res.items():
            p = os.path.join(HERE, fn)
            try:
                with open(p, encoding="utf-8") as f:
                    cur = f.read()
            except FileNotFoundError:
                cur = None
            if cur != text:
                bad.append(fn)
        if bad:
            print("differs from generator output: " + ", ".join(bad))
            sys.exit(1)
        print("ok: %s match the generator" % ", ".join(sorted(res)))
        return
    for fn, text in res.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s (%d posts)" % (fn, text.count("\n")))


if __name__ == "__main__":
    main()
