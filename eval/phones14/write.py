#!/usr/bin/env python3
"""Generate eval/phones14 (dev.jsonl, heldout.jsonl): a blind phone-extraction set.

    /tmp/py/bin/python eval/phones14/write.py            # write both files
    /tmp/py/bin/python eval/phones14/write.py --check    # exit 1 if files differ from output
    /tmp/py/bin/python eval/phones14/write.py --stats    # print count tables (markdown)

Python 3.11, standard library plus `phonenumbers`. Deterministic: same seeds, same bytes.
Every phrase bank / template list with 3+ entries is split by phrasing: entries with index
i % 3 == 0 go to dev, the others to heldout (see `B` and `BANKS`).
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {"dev": 1414, "heldout": 141499}
POOL_SEED = 14014
N_POSTS = {"dev": 160, "heldout": 320}
PREFIX = {"dev": "ph14d", "heldout": "ph14h"}
COUNTRIES = ["EG", "MA", "TN", "SN", "CI", "CM", "NG", "ET", "KE", "UG", "TZ", "RU", "UA", "RO",
             "BG", "TH", "MY", "BD", "LK", "CO", "PE", "MX", "BR", "DE"]

# ---------------------------------------------------------------- phrase banks, split by phrasing
BANKS = {}


def B(name, entries):
    assert name not in BANKS, name
    BANKS[name] = list(entries)
    return name


def part(name, split):
    lst = BANKS[name]
    if len(lst) < 3:
        return lst
    return [x for i, x in enumerate(lst) if (i % 3 == 0) == (split == "dev")]


def pick(rng, name, split):
    return rng.choice(part(name, split))


LANGS = {"EG": ["ar", "ar", "en"], "MA": ["ar", "fr"], "TN": ["ar", "fr"], "SN": ["fr"], "CI": ["fr"],
         "CM": ["fr", "fr", "en"], "NG": ["en"], "ET": ["en"], "KE": ["en", "sw"], "UG": ["en"],
         "TZ": ["sw", "en"], "RU": ["ru"], "UA": ["uk", "uk", "ru"], "RO": ["ro"], "BG": ["bg"],
         "TH": ["th", "th", "en"], "MY": ["ms", "en"], "BD": ["bn", "bn", "en"], "LK": ["en"],
         "CO": ["es"], "PE": ["es"], "MX": ["es"], "BR": ["pt"], "DE": ["de"]}

TEXT = {
    "en": dict(svc=("companion", "body massage"), item=["Toyota Corolla", "room to let", "used iPhone"],
               job=(("hotel staff", "nail technicians"), "housemaids", "models"),
               ta=["{svc} available now 💋 {name}", "New in town: {name} ✨ {svc}", "{name} — discreet {svc}, VIP only"],
               tj=["Urgent hiring: {job} in {dest} ✈️", "{job} wanted for {dest} — visa paid", "Work abroad 🌍 {job}, {dest}"],
               ts=["For sale: {item}", "{item} — good condition, quick sale", "Selling my {item} 🔥"],
               da=["Clean, friendly and discreet.", "Incall and outcall, hotels welcome.", "Real photos, no games please."],
               dj=["Free accommodation and meals provided.", "No experience needed, training on arrival.", "Passport required, agency handles the visa."],
               ds=["Serious buyers only.", "Price slightly negotiable.", "Viewing by appointment."],
               cta=["Call or WhatsApp", "Text me on", "Contact:"],
               close=["No private numbers.", "Thank you 🙏", "Don't miss out!"]),
    "fr": dict(svc=("escorte", "massage relaxant"), item=["Peugeot d'occasion", "chambre meublée", "Samsung Galaxy"],
               job=(("personnel d'hôtel", "prothésistes ongulaires"), "aides ménagères", "modèles"),
               ta=["{name} ✨ {svc} disponible", "Nouvelle en ville : {name}, {svc}", "{svc} discret — {name} 💋"],
               tj=["Recrutement urgent : {job} à {dest}", "On cherche {job} pour {dest} ✈️", "Travail à l'étranger 🌍 {job} — {dest}"],
               ts=["À vendre : {item}", "{item} en bon état", "Je vends {item} 🔥"],
               da=["Propre, douce et discrète.", "Reçois et me déplace, hôtels acceptés.", "Photos réelles, pas de masqués."],
               dj=["Logement et repas offerts.", "Sans expérience, formation sur place.", "Passeport exigé, l'agence s'occupe du visa."],
               ds=["Acheteurs sérieux uniquement.", "Prix à débattre.", "Visite sur rendez-vous."],
               cta=["Appelez ou WhatsApp", "Contact :", "Écrivez-moi au"],
               close=["Pas d'appels masqués.", "Merci 🙏", "À bientôt !"]),
    "ar": dict(svc=("مرافقة", "مساج استرخاء"), item=["سيارة هيونداي", "غرفة مفروشة", "هاتف سامسونج"],
               job=(("موظفي فنادق", "عاملات صالون أظافر"), "عاملات منزليات", "عارضات أزياء"),
               ta=["{name} ✨ {svc} متاحة الآن", "جديدة في المدينة: {name} — {svc}", "{svc} بسرية تامة 💋 {name}"],
               tj=["مطلوب فورا: {job} في {dest}", "فرصة عمل بالخارج 🌍 {job} — {dest}", "توظيف {job} للعمل في {dest} ✈️"],
               ts=["للبيع: {item}", "{item} بحالة ممتازة", "عرض خاص 🔥 {item}"],
               da=["نظيفة ولطيفة وسرية.", "استقبال وخروج للفنادق.", "صور حقيقية بدون تلاعب."],
               dj=["سكن ووجبات مجانية.", "لا حاجة للخبرة، تدريب عند الوصول.", "جواز السفر مطلوب والوكالة تتكفل بالتأشيرة."],
               ds=["للجادين فقط.", "السعر قابل للتفاوض.", "المعاينة بموعد."],
               cta=["اتصل أو واتساب", "للتواصل:", "راسلني على"],
               close=["لا أرد على الأرقام المخفية.", "شكرا 🙏", "لا تفوت الفرصة!"]),
    "ru": dict(svc=("досуг", "расслабляющий массаж"), item=["Лада Гранта", "комнату в общежитии", "айфон"],
               job=(("персонал в отель", "мастера маникюра"), "домработницы", "модели"),
               ta=["{name} ✨ {svc} без предоплаты", "Новенькая: {name}, {svc}", "{svc} конфиденциально 💋 {name}"],
               tj=["Срочно: {job} в {dest}", "Работа за границей 🌍 {job}, {dest}", "Набор: {job} для {dest} ✈️"],
               ts=["Продам {item}", "{item} в отличном состоянии", "Срочно продаю {item} 🔥"],
               da=["Чистоплотная, приятная, без спешки.", "Апартаменты и выезд в отели.", "Фото реальные, без обмана."],
               dj=["Жильё и питание бесплатно.", "Опыт не нужен, обучение на месте.", "Нужен загранпаспорт, визу оформляем."],
               ds=["Торг уместен.", "Только серьёзным покупателям.", "Осмотр по договорённости."],
               cta=["Звоните или WhatsApp", "Телефон:", "Пишите в Telegram"],
               close=["Скрытые номера не беру.", "Спасибо 🙏", "Жду звонка!"]),
    "uk": dict(svc=("дозвілля", "розслаблюючий масаж"), item=["Шкода Октавія", "кімнату біля метро", "смартфон"],
               job=(("персонал у готель", "майстри манікюру"), "хатні працівниці", "моделі"),
               ta=["{name} ✨ {svc} без передоплати", "Новенька: {name}, {svc}", "{svc} конфіденційно 💋 {name}"],
               tj=["Терміново: {job} у {dest}", "Робота за кордоном 🌍 {job}, {dest}", "Набір: {job} до {dest} ✈️"],
               ts=["Продам {item}", "{item} у гарному стані", "Терміново продаю {item} 🔥"],
               da=["Охайна, приємна, без поспіху.", "Апартаменти та виїзд у готелі.", "Фото реальні, без обману."],
               dj=["Житло та харчування безкоштовно.", "Досвід не потрібен, навчання на місці.", "Потрібен закордонний паспорт, візу оформлюємо."],
               ds=["Торг доречний.", "Тільки серйозним покупцям.", "Огляд за домовленістю."],
               cta=["Дзвоніть або Viber", "Телефон:", "Пишіть у Telegram"],
               close=["Приховані номери не приймаю.", "Дякую 🙏", "Чекаю на дзвінок!"]),
    "ro": dict(svc=("companie", "masaj de relaxare"), item=["Dacia Logan", "cameră de închiriat", "telefon Samsung"],
               job=(("personal hotelier", "manichiuriste"), "menajere", "modele"),
               ta=["{name} ✨ {svc} disponibilă acum", "Nouă în oraș: {name}, {svc}", "{svc} discret 💋 {name}"],
               tj=["Angajăm urgent {job} în {dest}", "Muncă în străinătate 🌍 {job}, {dest}", "Căutăm {job} pentru {dest} ✈️"],
               ts=["Vând {item}", "{item} în stare foarte bună", "Ofertă rapidă 🔥 {item}"],
               da=["Curată, drăguță și discretă.", "Primesc și mă deplasez la hotel.", "Poze reale, fără surprize."],
               dj=["Cazare și masă gratuite.", "Nu necesită experiență, instruire la sosire.", "Pașaport obligatoriu, agenția se ocupă de viză."],
               ds=["Doar cumpărători serioși.", "Preț negociabil.", "Vizionare cu programare."],
               cta=["Sună sau WhatsApp", "Contact:", "Scrie-mi la"],
               close=["Nu răspund la numere ascunse.", "Mulțumesc 🙏", "Te aștept!"]),
    "bg": dict(svc=("компания", "релаксиращ масаж"), item=["Опел Астра", "стая под наем", "телефон Xiaomi"],
               job=(("хотелски персонал", "маникюристки"), "домашни помощнички", "модели"),
               ta=["{name} ✨ {svc} на разположение", "Нова в града: {name}, {svc}", "{svc} дискретно 💋 {name}"],
               tj=["Спешно търсим {job} за {dest}", "Работа в чужбина 🌍 {job}, {dest}", "Набираме {job} за {dest} ✈️"],
               ts=["Продавам {item}", "{item} в отлично състояние", "Бърза продажба 🔥 {item}"],
               da=["Чиста, мила и дискретна.", "Приемам и излизам до хотел.", "Истински снимки, без измама."],
               dj=["Безплатна квартира и храна.", "Без опит, обучение на място.", "Нужен е паспорт, агенцията урежда визата."],
               ds=["Само за сериозни купувачи.", "Цената е по договаряне.", "Оглед след уговорка."],
               cta=["Обаждай се или Viber", "Телефон:", "Пиши ми на"],
               close=["Не вдигам на скрити номера.", "Благодаря 🙏", "Очаквам те!"]),
    "th": dict(svc=("เพื่อนเที่ยว", "นวดผ่อนคลาย"), item=["รถเก๋งฮอนด้า", "ห้องเช่า", "มือถือไอโฟน"],
               job=(("พนักงานโรงแรม", "ช่างทำเล็บ"), "แม่บ้าน", "นางแบบ"),
               ta=["{name} ✨ {svc} พร้อมบริการ", "น้องใหม่ {name} — {svc}", "{svc} ส่วนตัว 💋 {name}"],
               tj=["รับด่วน {job} ที่ {dest}", "งานต่างประเทศ 🌍 {job} {dest}", "รับสมัคร {job} ไป {dest} ✈️"],
               ts=["ขาย {item}", "{item} สภาพดี", "ขายด่วน 🔥 {item}"],
               da=["สะอาด น่ารัก ปลอดภัย", "รับนอกสถานที่และโรงแรม", "รูปจริง ไม่จกตา"],
               dj=["มีที่พักและอาหารฟรี", "ไม่ต้องมีประสบการณ์ สอนงานให้", "ต้องมีพาสปอร์ต เอเจนซี่ทำวีซ่าให้"],
               ds=["สนใจจริงเท่านั้น", "ราคาต่อรองได้", "นัดดูของได้"],
               cta=["โทร หรือ LINE", "ติดต่อ:", "ไลน์/โทร"],
               close=["ไม่รับสายเบอร์ซ่อน", "ขอบคุณค่ะ 🙏", "รีบจองนะคะ!"]),
    "ms": dict(svc=("teman sosial", "urut badan"), item=["Perodua Myvi", "bilik sewa", "telefon Oppo"],
               job=(("pekerja hotel", "juruteknik kuku"), "pembantu rumah", "model"),
               ta=["{name} ✨ {svc} tersedia sekarang", "Baru di bandar: {name}, {svc}", "{svc} sulit 💋 {name}"],
               tj=["Kerja segera: {job} di {dest}", "Kerja luar negara 🌍 {job}, {dest}", "Jawatan kosong {job} ke {dest} ✈️"],
               ts=["Dijual {item}", "{item} keadaan baik", "Jual cepat 🔥 {item}"],
               da=["Bersih, mesra dan sulit.", "Incall dan outcall, hotel ok.", "Gambar sebenar, tiada tipu."],
               dj=["Penginapan dan makan percuma.", "Tiada pengalaman diperlukan.", "Pasport wajib, ejen uruskan visa."],
               ds=["Pembeli serius sahaja.", "Harga boleh runding.", "Tengok dengan temujanji."],
               cta=["Call atau WhatsApp", "Hubungi:", "Mesej saya di"],
               close=["Nombor tersembunyi tidak dilayan.", "Terima kasih 🙏", "Jangan lepaskan peluang!"]),
    "bn": dict(svc=("সঙ্গী", "বডি ম্যাসাজ"), item=["টয়োটা এক্সিও", "রুম ভাড়া", "মোবাইল ফোন"],
               job=(("হোটেল কর্মী", "নেইল সেলুন কর্মী"), "গৃহকর্মী", "মডেল"),
               ta=["{name} ✨ {svc} এখন পাওয়া যাচ্ছে", "নতুন: {name}, {svc}", "গোপনীয় {svc} 💋 {name}"],
               tj=["জরুরি নিয়োগ: {job}, {dest}", "বিদেশে চাকরি 🌍 {job} — {dest}", "{dest} যেতে {job} চাই ✈️"],
               ts=["বিক্রি হবে {item}", "{item} ভালো অবস্থায়", "জরুরি বিক্রি 🔥 {item}"],
               da=["পরিষ্কার, বন্ধুসুলভ ও গোপনীয়।", "হোটেলে যাওয়া যায়।", "আসল ছবি, কোনো প্রতারণা নয়।"],
               dj=["থাকা ও খাওয়া ফ্রি।", "অভিজ্ঞতা লাগবে না।", "পাসপোর্ট লাগবে, ভিসা এজেন্সি করবে।"],
               ds=["শুধু আগ্রহীরা যোগাযোগ করুন।", "দাম আলোচনা সাপেক্ষে।", "দেখতে আগে জানান।"],
               cta=["কল বা হোয়াটসঅ্যাপ", "যোগাযোগ:", "মেসেজ করুন"],
               close=["লুকানো নম্বর ধরি না।", "ধন্যবাদ 🙏", "দেরি করবেন না!"]),
    "es": dict(svc=("acompañante", "masaje relajante"), item=["Chevrolet Spark", "cuarto amoblado", "celular Motorola"],
               job=(("personal de hotel", "manicuristas"), "empleadas domésticas", "modelos"),
               ta=["{name} ✨ {svc} disponible", "Nueva en la ciudad: {name}, {svc}", "{svc} discreto 💋 {name}"],
               tj=["Se busca {job} para {dest}", "Trabajo en el extranjero 🌍 {job}, {dest}", "Contratación urgente: {job} en {dest} ✈️"],
               ts=["Vendo {item}", "{item} en buen estado", "Remato {item} 🔥"],
               da=["Limpia, cariñosa y discreta.", "Atiendo en depto y hoteles.", "Fotos reales, sin engaños."],
               dj=["Alojamiento y comida incluidos.", "Sin experiencia, capacitación al llegar.", "Se requiere pasaporte, la agencia tramita la visa."],
               ds=["Solo interesados.", "Precio conversable.", "Se muestra con cita."],
               cta=["Llama o WhatsApp", "Contacto:", "Escríbeme al"],
               close=["No contesto números privados.", "Gracias 🙏", "¡No te lo pierdas!"]),
    "pt": dict(svc=("acompanhante", "massagem relaxante"), item=["Fiat Uno", "quarto para alugar", "celular Samsung"],
               job=(("camareiras de hotel", "manicures"), "empregadas domésticas", "modelos"),
               ta=["{name} ✨ {svc} disponível", "Novidade: {name}, {svc}", "{svc} com discrição 💋 {name}"],
               tj=["Vagas para {job} em {dest}", "Trabalho no exterior 🌍 {job}, {dest}", "Contratamos {job} para {dest} ✈️"],
               ts=["Vendo {item}", "{item} em ótimo estado", "Oportunidade 🔥 {item}"],
               da=["Limpinha, carinhosa e discreta.", "Atendo em local próprio e hotéis.", "Fotos reais, sem enganação."],
               dj=["Moradia e alimentação por conta da empresa.", "Não precisa de experiência.", "Passaporte obrigatório, a agência cuida do visto."],
               ds=["Só interessados.", "Aceito proposta.", "Visita com hora marcada."],
               cta=["Ligue ou WhatsApp", "Contato:", "Chama no zap"],
               close=["Não atendo número privado.", "Obrigada 🙏", "Não perca!"]),
    "de": dict(svc=("Begleitung", "Entspannungsmassage"), item=["VW Golf", "WG-Zimmer", "gebrauchtes Handy"],
               job=(("Hotelpersonal", "Nageldesignerinnen"), "Haushaltshilfen", "Models"),
               ta=["{name} ✨ {svc} jetzt verfügbar", "Neu in der Stadt: {name}, {svc}", "Diskrete {svc} 💋 {name}"],
               tj=["Dringend gesucht: {job} für {dest}", "Arbeit im Ausland 🌍 {job}, {dest}", "Wir stellen ein: {job} in {dest} ✈️"],
               ts=["Verkaufe {item}", "{item} in gutem Zustand", "Schnäppchen 🔥 {item}"],
               da=["Sauber, herzlich und diskret.", "Haus- und Hotelbesuche möglich.", "Echte Fotos, keine Fakes."],
               dj=["Unterkunft und Verpflegung frei.", "Keine Erfahrung nötig, Einarbeitung vor Ort.", "Reisepass nötig, Visum über die Agentur."],
               ds=["Nur ernst gemeinte Anfragen.", "Preis VB.", "Besichtigung nach Absprache."],
               cta=["Anrufen oder WhatsApp", "Kontakt:", "Schreib mir unter"],
               close=["Keine unterdrückten Nummern.", "Danke 🙏", "Bis bald!"]),
    "sw": dict(svc=("mwenza", "masaji ya kupumzika"), item=["Toyota Probox", "chumba cha kupanga", "simu ya Tecno"],
               job=(("wafanyakazi wa hoteli", "wasusi wa kucha"), "wasaidizi wa ndani", "wanamitindo"),
               ta=["{name} ✨ {svc} ninapatikana sasa", "Mpya mjini: {name}, {svc}", "{svc} kwa siri 💋 {name}"],
               tj=["Nafasi za kazi: {job} {dest}", "Kazi nje ya nchi 🌍 {job}, {dest}", "Tunaajiri {job} kwenda {dest} ✈️"],
               ts=["Nauza {item}", "{item} iko safi", "Bei poa 🔥 {item}"],
               da=["Msafi, mchangamfu na msiri.", "Nakuja hadi hotelini.", "Picha halisi, hakuna utapeli."],
               dj=["Malazi na chakula bure.", "Hakuna uzoefu unaohitajika.", "Pasipoti inahitajika, wakala atashughulikia viza."],
               ds=["Wanunuzi wa kweli tu.", "Bei inajadilika.", "Kuona kwa miadi."],
               cta=["Piga au WhatsApp", "Mawasiliano:", "Nitumie ujumbe"],
               close=["Sipokei namba zilizofichwa.", "Asante 🙏", "Karibu sana!"]),
}
for _lang, _d in TEXT.items():
    for _k in ("item", "ta", "tj", "ts", "da", "dj", "ds", "cta", "close"):
        B("%s.%s" % (_k, _lang), _d[_k])

DIGW = {
    "en": "zero one two three four five six seven eight nine",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "bg": "нула едно две три четири пет шест седем осем девет",
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "bn": "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
}
DIGW = {k: v.split() for k, v in DIGW.items()}
SPACED_ONLY = {"th", "bn", "ar"}
PLUS = {"en": "plus", "fr": "plus", "es": "más", "pt": "mais", "de": "plus", "ru": "плюс", "uk": "плюс",
        "ro": "plus", "bg": "плюс", "th": "บวก", "ms": "tambah", "bn": "প্লাস", "ar": "زائد", "sw": "jumlisha"}
CARD = {("fr", "212"): "deux cent douze", ("fr", "216"): "deux cent seize", ("fr", "221"): "deux cent vingt et un",
        ("fr", "225"): "deux cent vingt-cinq", ("fr", "237"): "deux cent trente-sept",
        ("es", "57"): "cincuenta y siete", ("es", "51"): "cincuenta y uno", ("es", "52"): "cincuenta y dos",
        ("pt", "55"): "cinquenta e cinco", ("de", "49"): "neunundvierzig", ("ru", "7"): "семь",
        ("uk", "380"): "триста вісімдесят", ("ru", "380"): "триста восемьдесят", ("ro", "40"): "patruzeci",
        ("bg", "359"): "триста петдесет и девет", ("th", "66"): "หกสิบหก", ("ms", "60"): "enam puluh",
        ("ar", "20"): "عشرين", ("en", "234"): "two thirty-four", ("en", "254"): "two fifty-four"}
CARD_VALUE = {"two thirty-four": "234", "two fifty-four": "254"}
HOMO = {"4": ["for", "fore"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}
B("leet", [("0", "zer0"), ("4", "f0ur"), ("1", "0ne"), ("2", "tw0"), ("9", "n1ne"), ("7", "sev3n")])
SCRIPT = {"EG": 0x0660, "BD": 0x09E6, "TH": 0x0E50}

B("seps", ["@", "!", ";", "'", "•", "·", "~", "|", "/", "-", "*", "_", ":", ",", "^"])
B("escapes", ["\\u2022", "\\xa0", "&#8226;", "&nbsp;", "&middot;", "%20", "\\u00a0", "&#160;", "&bull;"])
B("breaks", ["<br>", "<br/>", "\r\n", "\n", "<br />", " <br>\n"])
B("title_join", [" 📞 ", " ☎ ", " - ", " | ", " 📲 ", " :: "])
B("body_join", [" | ", "\n", " ✨ ", " 🌸 ", " — ", "\n\n", " • ", " 💫 ", " ▪ "])
B("place_fmt", ["📍 {p}", "({p})", "— {p}", "@ {p}", "📌{p}", "[{p}]"])
B("names", ["Lexi", "Amina", "Sveta", "Nadia", "Joy", "Mira", "Kiki", "Lola", "Bella", "Tami", "Rosa", "Yasmin",
            "Dasha", "Nina", "Zara"])
B("dest", ["Dubai", "Doha", "Warsaw", "Riyadh", "Istanbul", "Kuwait", "Cyprus", "Malta", "Muscat"])
B("site_a", ["pink", "night", "velvet", "star", "city", "lux", "sun", "blue", "happy"])
B("site_b", ["board", "ads", "list", "market", "spot", "hub", "line", "post", "desk"])
B("gtld", ["com", "net", "org", "info", "xyz", "online"])
B("hotline", ["Hotline", "Support", "Service", "Helpdesk", "Info", "Agency"])

PLACES = {"EG": ["القاهرة", "الإسكندرية", "Cairo", "Giza"], "MA": ["الدار البيضاء", "Casablanca", "Marrakech", "Rabat"],
          "TN": ["تونس العاصمة", "Sfax", "Sousse", "Tunis"], "SN": ["Dakar", "Thiès", "Saint-Louis du Sénégal"],
          "CI": ["Abidjan", "Cocody", "Yopougon"], "CM": ["Douala", "Yaoundé", "Bafoussam"],
          "NG": ["Lagos", "Abuja", "Lekki", "Port Harcourt"], "ET": ["Addis Ababa", "አዲስ አበባ", "Bole", "Hawassa"],
          "KE": ["Nairobi", "Mombasa", "Westlands", "Kisumu"], "UG": ["Kampala", "Entebbe", "Ntinda"],
          "TZ": ["Dar es Salaam", "Arusha", "Zanzibar", "Mwanza"], "RU": ["Москва", "Санкт-Петербург", "Moskva", "Казань"],
          "UA": ["Київ", "Одеса", "Kiev", "Харків"], "RO": ["București", "Cluj-Napoca", "Timișoara", "Bucharest"],
          "BG": ["София", "Варна", "Пловдив", "Sofia"], "TH": ["กรุงเทพ", "พัทยา", "Pattaya", "ภูเก็ต"],
          "MY": ["Kuala Lumpur", "Johor Bahru", "Penang", "KL Sentral"], "BD": ["ঢাকা", "চট্টগ্রাম", "Dhaka", "Dakka"],
          "LK": ["Colombo", "Kandy", "Negombo"], "CO": ["Bogotá", "Medellín", "Cali"], "PE": ["Lima", "Miraflores", "Arequipa"],
          "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "CDMX"], "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte"],
          "DE": ["München", "Berlin", "Hamburg", "Köln"]}
SLUGS = {"EG": ["cairo", "giza", "alexandria"], "MA": ["casablanca", "rabat", "marrakech"], "TN": ["tunis", "sfax", "sousse"],
         "SN": ["dakar", "thies", "ziguinchor"], "CI": ["abidjan", "bouake", "yamoussoukro"], "CM": ["douala", "yaounde", "bafoussam"],
         "NG": ["lagos", "abuja", "port-harcourt"], "ET": ["addis-ababa", "adama", "hawassa"], "KE": ["nairobi", "mombasa", "kisumu"],
         "UG": ["kampala", "entebbe", "jinja"], "TZ": ["dar-es-salaam", "arusha", "mwanza"], "RU": ["moskva", "spb", "kazan"],
         "UA": ["kyiv", "odesa", "kharkiv"], "RO": ["bucuresti", "cluj", "iasi"], "BG": ["sofia", "varna", "plovdiv"],
         "TH": ["bangkok", "pattaya", "phuket"], "MY": ["kuala-lumpur", "penang", "johor-bahru"], "BD": ["dhaka", "chittagong", "sylhet"],
         "LK": ["colombo", "kandy", "galle"], "CO": ["bogota", "medellin", "barranquilla"], "PE": ["lima", "arequipa", "cusco"],
         "MX": ["cdmx", "guadalajara", "monterrey"], "BR": ["sao-paulo", "rio", "belo-horizonte"], "DE": ["muenchen", "berlin", "hamburg"]}
SUFFIX = {"EG": "com.eg", "MA": "ma", "TN": "tn", "SN": "sn", "CI": "ci", "CM": "cm", "NG": "com.ng", "ET": "com.et",
          "KE": "co.ke", "UG": "co.ug", "TZ": "co.tz", "RU": "ru", "UA": "com.ua", "RO": "ro", "BG": "bg", "TH": "co.th",
          "MY": "com.my", "BD": "com.bd", "LK": "lk", "CO": "com.co", "PE": "com.pe", "MX": "com.mx", "BR": "com.br", "DE": "de"}
CURRENCY = {"EG": ["EGP {n}", "{n} ج.م", "{n} جنيه"], "MA": ["{n} DH", "MAD {n}", "{n} درهم"], "TN": ["{n} TND", "{n} DT", "{n} د.ت"],
            "NG": ["₦{n}", "NGN {n}", "{n} naira"], "ET": ["ETB {n}", "{n} birr", "{n} ብር"], "KE": ["KSh {n}", "Ksh.{n}", "KES {n}"],
            "UG": ["UGX {n}", "USh {n}", "{n} UGX"], "TZ": ["TSh {n}", "TZS {n}", "Tsh.{n}"], "RU": ["{n} ₽", "{n} руб.", "{n} рублей"],
            "UA": ["{n} грн", "₴{n}", "{n} гривень"], "RO": ["{n} lei", "{n} RON", "RON {n}"], "BG": ["{n} лв", "{n} лв.", "BGN {n}"],
            "TH": ["฿{n}", "{n} บาท", "THB {n}"], "MY": ["RM{n}", "RM {n}", "MYR {n}"], "BD": ["৳{n}", "Tk {n}", "{n} টাকা"],
            "LK": ["LKR {n}", "{n} LKR", "LKR{n}"], "CO": ["COP {n}", "{n} COP", "${n} COP"], "PE": ["S/ {n}", "S/.{n}", "PEN {n}"],
            "MX": ["MXN {n}", "${n} MXN", "{n} pesos MXN"], "BR": ["R$ {n}", "R${n}", "{n} reais"]}
for _c, _l in CURRENCY.items():
    B("cur.%s" % _c, _l)
B("price_neutral", ["${n}", "{n} USD", "€{n}", "US${n}", "{n} $", "USD {n}"])
NEUTRAL_EXTRA = {"SN": ["{n} FCFA", "{n} F CFA", "XOF {n}"], "CI": ["{n} FCFA", "XOF {n}", "{n} F CFA"],
                 "CM": ["{n} FCFA", "XAF {n}", "{n} F CFA"], "DE": ["{n} €", "€{n}", "{n} EUR"], "LK": ["Rs {n}", "Rs.{n}", "Rs. {n}"]}
for _c, _l in NEUTRAL_EXTRA.items():
    B("pricex.%s" % _c, _l)
AGE = {"en": "age {r}", "fr": "{r} ans", "es": "{r} años", "pt": "{r} anos", "de": "{r} Jahre", "ru": "{r} лет",
       "uk": "{r} років", "ro": "{r} ani", "bg": "{r} г.", "th": "อายุ {r}", "ms": "umur {r}", "bn": "বয়স {r}",
       "ar": "العمر {r}", "sw": "miaka {r}"}
NEG_CTX = {"ad_id": ["ID: {r}", "🆔 {r}", "Ad ID {r}", "ID {r}", "№ {r}", "Ref ID {r}"],
           "order_ref": ["Ref. {r}", "Order {r}", "Invoice {r}"], "booking_ref": ["Code {r}", "Booking {r}", "Quote {r}"],
           "tracking": ["📦 {r}", "Tracking {r}", "Track: {r}"], "price": ["💰 {r}", "💵 {r}", "= {r}", "~{r}", "💸 {r}", "👉 {r}"],
           "height": ["📏 {r}", "↕ {r}", "H: {r}"], "weight": ["⚖️ {r}", "W: {r}", "{r} 💪"],
           "time": ["⏰ {r}", "🕘 {r}", "⌚ {r}"], "hours": ["{r}", "🕐 {r}", "({r})"], "date": ["📅 {r}", "🗓 {r}", "⏳ {r}"],
           "year": ["© {r}", "Est. {r}", "({r})"], "postcode": ["ZIP {r}", "CP {r}", "✉ {r}"],
           "iban": ["IBAN {r}", "Bank {r}", "Acc. {r}"], "mileage": ["🚗 {r}", "Odo {r}", "{r} ✔"],
           "rooms": ["🛏 {r}", "🚪 {r}", "Rooms: {r}"], "percent": ["{r} real", "✔ {r}", "{r} ✅"]}
for _k, _l in NEG_CTX.items():
    B("neg.%s" % _k, _l)
CAT_PATH = {"escort": "escorts", "massage": "massage", "work_abroad": "jobs", "domestic": "domestic",
            "modelling": "models", "classifieds": "for-sale"}

# ---------------------------------------------------------------- number pool


def digits_of(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


def make_number(rng, region, fixed):
    t = PNT.FIXED_LINE if fixed else PNT.MOBILE
    ok = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE) if fixed else (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    ex = pn.example_number_for_type(region, t)
    nsn = pn.national_significant_number(ex)
    for _ in range(20000):
        cand = nsn[0] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - 1))
        try:
            n = pn.parse("+%d%s" % (ex.country_code, cand))
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(n) and pn.region_code_for_number(n) == region and pn.number_type(n) in ok:
            return n
    raise RuntimeError(region)


def num_info(n, region):
    e164 = pn.format_number(n, PNF.E164)
    nat = pn.format_number(n, PNF.NATIONAL)
    intl = pn.format_number(n, PNF.INTERNATIONAL)
    natd = digits_of(nat)
    readings = {}
    for r in COUNTRIES:
        try:
            m = pn.parse(natd, r)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(m):
            readings[r] = pn.format_number(m, PNF.E164)
    assert readings.get(region) == e164, (region, e164, readings)
    return {"e164": e164, "country": region, "cc": str(n.country_code), "nsn": pn.national_significant_number(n),
            "national": nat, "international": intl, "natd": natd,
            "readings": readings, "n_e164": len(set(readings.values()))}


def build_pools():
    pools = {"dev": {}, "heldout": {}}
    for i, c in enumerate(COUNTRIES):
        rng = random.Random(POOL_SEED * 100 + i)
        seen = set()
        allnums = []
        while len(allnums) < 66:
            n = make_number(rng, c, rng.random() < 0.2)
            info = num_info(n, c)
            if info["e164"] in seen:
                continue
            seen.add(info["e164"])
            allnums.append(info)
        pools["dev"][c] = allnums[:22]
        pools["heldout"][c] = allnums[22:]
    return pools


# ---------------------------------------------------------------- disguises


def to_script(s, base):
    return "".join(chr(base + int(ch)) if ch.isdigit() and ch.isascii() else ch for ch in s)


def groups_of(fmt):
    return re.findall(r"\d+", fmt)


def chunk(rng, s, mode):
    out, i = [], 0
    while i < len(s):
        k = 1 if mode == "each" else 2 if mode == "pairs" else rng.choice([1, 2, 3, 4])
        out.append(s[i:i + k])
        i += k
    return out


def m_grouped(rng, num, intl, split):
    c = num["country"]
    if not intl:
        v = rng.choice(["nat", "nat", "compact", "dash", "dot"] + (["script"] * 4 if c in SCRIPT else []))
        g = groups_of(num["national"])
        raw = {"nat": num["national"], "compact": num["natd"], "dash": "-".join(g), "dot": ".".join(g),
               "script": to_script(num["national"], SCRIPT.get(c, 0x30))}[v]
        return raw, num["natd"]
    intl_digits = num["cc"] + num["nsn"]
    rest = num["international"].split(" ", 1)[1]
    opts = ["intl", "intl", "e164", "00", "paren"]
    if num["natd"] == "0" + num["nsn"]:
        opts += ["trunk", "trunk"]
    if c in SCRIPT:
        opts += ["script"] * 3
    v = rng.choice(opts)
    if v == "intl":
        return num["international"], intl_digits
    if v == "e164":
        return num["e164"], intl_digits
    if v == "00":
        return "00" + num["cc"] + " " + rest, "00" + intl_digits
    if v == "paren":
        return "(+" + num["cc"] + ") " + rest, intl_digits
    if v == "trunk":
        return "+" + num["cc"] + " (0)" + num["national"][1:], num["cc"] + "0" + num["nsn"]
    return to_script(num["international"], SCRIPT[c]), intl_digits


def m_digit_sep(rng, num, intl, split):
    s = num["cc"] + num["nsn"] if intl else num["natd"]
    parts = chunk(rng, s, rng.choice(["each", "each", "pairs", "irregular"]))
    seps = part("seps", split)
    a = rng.choice(seps)
    b = rng.choice(seps) if rng.random() < 0.4 else a
    out = parts[0]
    for j, p in enumerate(parts[1:]):
        sp = a if j % 2 == 0 else b
        if rng.random() < 0.15:
            sp = sp + sp
        out += sp + p
    return ("+" + out if intl else out), s


def word_for(rng, d, lang, split, style):
    if style == "homo" and d in HOMO and rng.random() < 0.7:
        return rng.choice(HOMO[d])
    if style == "leet":
        leet = dict(part("leet", split))
        if d in leet and rng.random() < 0.7:
            return leet[d]
    return DIGW[lang][int(d)]


def m_words(rng, num, intl, split, lang):
    s = num["cc"] + num["nsn"] if intl else num["natd"]
    wl = lang if rng.random() < 0.75 else "en"
    styles = ["spaced", "glued", "mixed", "caps"]
    if wl == "en":
        styles += ["homo", "leet"]
    if "0" in s:
        styles += ["oh"]
    style = rng.choice(styles)
    if wl in SPACED_ONLY and style in ("glued", "caps"):
        style = "spaced"
    if style == "oh":
        raw = "".join(rng.choice("Oo") if ch == "0" else ch for ch in s)
        if raw == s:
            raw = s.replace("0", "O", 1)
    elif style == "spaced":
        j = rng.choice([" ", " ", "-"]) if wl not in SPACED_ONLY else " "
        raw = j.join(DIGW[wl][int(d)] for d in s)
    elif style in ("glued", "caps", "homo", "leet"):
        ws = [word_for(rng, d, wl, split, style) for d in s]
        raw = "".join(ws)
        if style == "caps":
            raw = raw.upper()
    else:  # mixed: chunks alternate between digits and words
        parts = chunk(rng, s, "irregular")
        sepw = " " if wl in SPACED_ONLY else ""
        out, any_word = [], False
        for j, p in enumerate(parts):
            if rng.random() < 0.5 or (j == len(parts) - 1 and not any_word):
                w = sepw.join(DIGW[wl][int(d)] for d in p)
                if wl not in SPACED_ONLY and rng.random() < 0.5:
                    w = w.upper()
                out.append(w)
                any_word = True
            else:
                out.append(p)
        raw = ""
        for j, p in enumerate(out):
            if j and (wl in SPACED_ONLY or (raw[-1].isdigit() and p[0].isdigit())):
                raw += " "
            raw += p
    return ("+" + raw if intl else raw), s


def m_escape(rng, num, intl, split):
    g = groups_of(num["international"] if intl else num["national"])
    if intl:
        g = g[1:]
    if len(g) < 3:
        flat = "".join(g)
        g = chunk(rng, flat, "irregular")
        while len(g) > 5 or len(g[0]) < 2:
            g = chunk(rng, flat, "irregular")
    escs = part("escapes", split)
    a = rng.choice(escs)
    b = rng.choice(escs) if rng.random() < 0.3 else a
    out = g[0]
    for j, p in enumerate(g[1:]):
        out += (a if j % 2 == 0 else b) + p
    if intl:
        return "+" + num["cc"] + a + out, num["cc"] + "".join(g)
    return out, "".join(g)


def m_split(rng, num, intl, split):
    fmt = num["international"] if intl else num["national"]
    if rng.random() < 0.3:
        fmt = num["e164"] if intl else num["natd"]
    br = pick(rng, "breaks", split)
    if " " in fmt and rng.random() < 0.7:
        idx = [i for i, ch in enumerate(fmt) if ch == " "]
        i = rng.choice(idx)
        raw = fmt[:i] + br + fmt[i + 1:]
    else:
        ds = [i for i, ch in enumerate(fmt) if ch.isdigit()]
        i = rng.choice(ds[3:-3])
        raw = fmt[:i] + br + fmt[i:]
    d = digits_of(fmt)
    return raw, d


def m_spoken(rng, num, split, lang):
    cc = num["cc"]
    zz = rng.random() < 0.2
    w = DIGW[lang]
    if zz:
        head = " ".join([w[0], w[0]] + [w[int(x)] for x in cc])
    elif (lang, cc) in CARD and rng.random() < 0.6:
        head = PLUS[lang] + " " + CARD[(lang, cc)]
    else:
        head = PLUS[lang] + " " + " ".join(w[int(x)] for x in cc)
    rest_opts = ["grp", "compact", "words"]
    v = rng.choice(rest_opts)
    if v == "grp":
        rest = num["international"].split(" ", 1)[1]
    elif v == "compact":
        rest = num["nsn"]
    else:
        rest = " ".join(w[int(x)] for x in num["nsn"])
    return head + " " + rest, ("00" if zz else "") + cc + num["nsn"]


def make_mention(rng, num, disguise, intl, lang, split):
    if disguise == "spoken_cc":
        raw, d = m_spoken(rng, num, split, lang)
        return raw, d, "spoken_cc.intl"
    if disguise == "grouped":
        raw, d = m_grouped(rng, num, intl, split)
    elif disguise == "digit_sep":
        raw, d = m_digit_sep(rng, num, intl, split)
    elif disguise == "words":
        raw, d = m_words(rng, num, intl, split, lang)
    elif disguise == "escape":
        raw, d = m_escape(rng, num, intl, split)
    else:
        raw, d = m_split(rng, num, intl, split)
    return raw, d, "%s.%s" % (disguise, "intl" if intl else "national")


# ---------------------------------------------------------------- negatives

def neg_raw(rng, kind, ctx):
    r = rng.randint
    if kind == "ad_id":
        return str(r(10 ** 6, 10 ** 10 - 1))
    if kind == "order_ref":
        return rng.choice(["#%d" % r(100000, 9999999), "ORD-%d" % r(10000, 999999)])
    if kind == "booking_ref":
        return "%s-%d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), r(1000, 9999))
    if kind == "tracking":
        return rng.choice(["RR%09d%s" % (r(0, 10 ** 9 - 1), rng.choice(["CN", "DE", "RU", "TH", "BR"])),
                           "LP%014d" % r(0, 10 ** 14 - 1)])
    if kind == "age":
        return str(r(19, 39))
    if kind == "height":
        return "%d cm" % r(150, 185)
    if kind == "weight":
        return "%d kg" % r(45, 75)
    if kind == "time":
        return "%02d:%02d" % (r(0, 23), rng.choice([0, 15, 30, 45]))
    if kind == "hours":
        return rng.choice(["24/7", "%02d:00-%02d:00" % (r(8, 12), r(18, 23)), "%d-%d" % (r(8, 11), r(20, 23))])
    if kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2023, 2025)
        return rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    if kind == "year":
        return str(r(1995, 2024))
    if kind == "postcode":
        return "%05d" % r(1000, 99999)
    if kind == "iban":
        return "****%04d %04d" % (r(0, 9999), r(0, 9999))
    if kind == "mileage":
        return rng.choice(["%d %03d km" % (r(20, 250), r(0, 999)), "%d,%03d km" % (r(20, 250), r(0, 999))])
    if kind == "rooms":
        return str(r(1, 4))
    if kind == "percent":
        return "100%"
    raise KeyError(kind)


def amount(rng):
    n = rng.choice([rng.randint(2, 99) * 10, rng.randint(1, 60) * 500, rng.randint(1, 200) * 1000])
    if n >= 1000 and rng.random() < 0.7:
        s = "{:,}".format(n)
        return s.replace(",", rng.choice([",", ".", " "]))
    return str(n)


def price_raw(rng, country, group, split):
    if group == "currency":
        t = pick(rng, "cur." + country, split)
    elif country in NEUTRAL_EXTRA and rng.random() < 0.6 and not (country == "LK" and group == "ambiguous"):
        t = pick(rng, "pricex." + country, split)
    else:
        t = pick(rng, "price_neutral", split)
    return t.replace("{n}", amount(rng))


# ---------------------------------------------------------------- posts

GROUPS = [("region_field", 6), ("location_field", 6), ("region_location", 5), ("text_place", 20), ("url", 17),
          ("calling_code", 12), ("currency", 12), ("format", 8), ("international", 9), ("ambiguous", 5)]
CATS = [("escort", 30), ("massage", 17), ("work_abroad", 20), ("domestic", 10), ("modelling", 8), ("classifieds", 15)]
DISGUISES = ["grouped", "digit_sep", "words", "escape", "spoken_cc", "split"]


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


class Field:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s):
        self.text += s

    def span(self, raw, info):
        start = len(self.text)
        self.text += raw
        self.spans.append((start, len(self.text), raw, info))


def build_post(rng, split, idx, pools, used_amb):
    group = wchoice(rng, GROUPS)
    cands = list(COUNTRIES)
    if group == "currency":
        cands = [c for c in COUNTRIES if c in CURRENCY]
    if group == "ambiguous":
        cands = [c for c in COUNTRIES if any(n["n_e164"] >= 2 and n["e164"] not in used_amb for n in pools[split][c])]
    if group == "format":
        cands = [c for c in COUNTRIES if any(n["n_e164"] == 1 for n in pools[split][c])]
    country = rng.choice(cands)
    pool = pools[split][country]
    lang = rng.choice(LANGS[country])
    if group in ("ambiguous", "format") and lang not in ("en", "fr"):
        lang = "en" if "en" in LANGS[country] else "fr" if "fr" in LANGS[country] else lang
    if group == "ambiguous":
        lang = "en" if "en" in LANGS[country] else "fr"
    cat = wchoice(rng, CATS)
    T = TEXT[lang]
    fam = {"escort": "a", "massage": "a", "classifieds": "s"}.get(cat, "j")
    name = pick(rng, "names", split)
    if cat == "work_abroad":
        job = rng.choice(T["job"][0])
    elif cat == "domestic":
        job = T["job"][1]
    else:
        job = T["job"][2]
    title_t = pick(rng, "t%s.%s" % (fam, lang), split)
    title_s = title_t.format(name=name, svc=T["svc"][0 if cat == "escort" else 1], job=job,
                             dest=pick(rng, "dest", split), item=pick(rng, "item." + lang, split))

    # numbers and mentions
    if group == "format":
        pool = [n for n in pool if n["n_e164"] == 1]
    nm = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
    if group == "calling_code":
        nm = max(nm, 2)
    mentions = []  # (num, disguise, intl, region_source)
    first = rng.choice(pool)
    for k in range(nm if group != "ambiguous" else 0):
        num = first if k == 0 else (mentions[-1][0] if rng.random() < 0.3 else rng.choice(pool))
        national_only = group in ("format", "ambiguous") or (group == "calling_code" and k > 0)
        disg = rng.choice(DISGUISES[:4] + DISGUISES[5:] if national_only else DISGUISES)
        if national_only:
            intl = False
        elif disg == "spoken_cc" or group == "international" or group == "calling_code":
            intl = True
        else:
            intl = rng.random() < 0.15
        if intl:
            src = "international"
        else:
            src = {"region_location": "region_field"}.get(group, group)
        mentions.append((num, disg, intl, src))
    amb = None
    if group == "ambiguous":
        an = [n for n in pools[split][country] if n["n_e164"] >= 2 and n["e164"] not in used_amb]
        amb = rng.choice(an)
        used_amb.add(amb["e164"])
    footer = group == "international" and rng.random() < 0.35

    # negatives
    kinds = ["price", "age", "height", "weight", "time", "hours", "date", "year", "ad_id", "order_ref",
             "booking_ref", "tracking", "postcode", "iban", "percent"]
    if cat == "classifieds":
        kinds += ["mileage", "rooms", "mileage", "rooms"]
    nneg = rng.randint(2, 5)
    negk = []
    if group == "currency":
        negk.append("price")
    while len(negk) < nneg:
        k = rng.choice(kinds)
        if k not in negk:
            negk.append(k)

    pieces = []  # list of (kind, payload)
    pieces.append(("text", pick(rng, "d%s.%s" % (fam, lang), split)))
    for k in negk:
        pieces.append(("neg", k))
    ms = list(mentions)
    title_m = None
    if ms and rng.random() < 0.2:
        title_m = ms.pop(rng.randrange(len(ms)))
    for m in ms:
        pieces.append(("phone", m))
    if amb is not None:
        pieces.append(("amb", amb))
    place = None
    if group == "text_place":
        place = pick(rng, "places." + country, split)
        if rng.random() < 0.5:
            pieces.append(("text", pick(rng, "place_fmt", split).replace("{p}", place)))
        else:
            title_s = title_s + " " + pick(rng, "place_fmt", split).replace("{p}", place)
    head = pieces[:1]
    rest = pieces[1:]
    rng.shuffle(rest)
    pieces = head + rest + [("text", pick(rng, "close." + lang, split))]
    if footer:
        pieces.append(("footer", None))
    join = pick(rng, "body_join", split)

    title, body = Field(), Field()
    title.add(title_s)
    phones_out, amb_out, neg_out = [], [], []

    def put_phone(f, fname, m):
        num, disg, intl, src = m
        raw, d, cls = make_mention(rng, num, disg, intl, lang, split)
        f.span(raw, ("phone", dict(e164=num["e164"], country=num["country"], cls=cls, src=src, digits=d, fname=fname)))

    if title_m is not None:
        title.add(pick(rng, "title_join", split))
        put_phone(title, "title", title_m)
    for j, (kind, pl) in enumerate(pieces):
        if j:
            body.add(join)
        if kind == "text":
            body.add(pl)
        elif kind == "neg":
            r = price_raw(rng, country, group, split) if pl == "price" else neg_raw(rng, pl, None)
            ctx = AGE[lang] if pl == "age" else pick(rng, "neg." + pl, split)
            a, b = ctx.split("{r}")
            body.add(a)
            body.span(r, ("neg", pl))
            body.add(b)
        elif kind in ("phone", "amb"):
            cta = pick(rng, "cta." + lang, split)
            if kind == "phone":
                m = pl
                glue = m[1] == "words" and rng.random() < 0.25
                body.add(cta + " " + (pick(rng, "names", split) if glue else ""))
                put_phone(body, "body", m)
            else:
                disg = rng.choice(DISGUISES[:4] + DISGUISES[5:])
                raw, d, cls = make_mention(rng, pl, disg, False, lang, split)
                body.add(cta + " ")
                body.span(raw, ("amb", dict(cls=cls, digits=d, num=pl)))
            if rng.random() < 0.3:
                body.add(rng.choice([" 💋", " ✅", " 📲", " 🙏"]))
        elif kind == "footer":
            fn = rng.choice(pool)
            body.add(pick(rng, "hotline", split) + ": ")
            body.span(fn["international"] if rng.random() < 0.6 else fn["e164"],
                      ("phone", dict(e164=fn["e164"], country=fn["country"], cls="grouped.intl", src="international",
                                     digits=fn["cc"] + fn["nsn"], fname="body")))

    for fname, f in (("title", title), ("body", body)):
        for (s, e, raw, (kind, info)) in f.spans:
            if kind == "phone":
                phones_out.append(dict(e164=info["e164"], country=info["country"], **{"class": info["cls"]},
                                       region_source=info["src"], raw=raw, digits=info["digits"], field=fname,
                                       start=s, end=e))
            elif kind == "amb":
                num = info["num"]
                cc_ = sorted(num["readings"])
                amb_out.append({"raw": raw, "digits": info["digits"], "class": info["cls"], "field": fname,
                                "start": s, "end": e, "country_candidates": cc_,
                                "e164_candidates": sorted(set(num["readings"].values()))})
            else:
                neg_out.append({"kind": info, "raw": raw, "field": fname, "start": s, "end": e})

    # site / url
    sa, sb = pick(rng, "site_a", split), pick(rng, "site_b", split)
    base = sa + sb
    adid = rng.randint(100000, 9999999)
    path = CAT_PATH[cat]
    if group == "url":
        v = rng.choice(["cctld", "cctld", "sub", "path"])
        slug = rng.choice(SLUGS[country])
        if v == "cctld":
            site = "%s.%s" % (base, SUFFIX[country])
            url = "https://www.%s/%s/%d" % (site, path, adid)
        elif v == "sub":
            site = "%s.%s" % (base, pick(rng, "gtld", split))
            url = "https://%s.%s/%s/%d" % (slug, site, path, adid)
        else:
            site = "%s.%s" % (base, pick(rng, "gtld", split))
            url = "https://%s/%s/%s/%d" % (site, slug, path, adid)
    else:
        site = "%s.%s" % (base, pick(rng, "gtld", split))
        url = "https://%s/%s/%d" % (site, path, adid)
    posted = "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    rec = {"id": "%s-%04d" % (PREFIX[split], idx), "title": title.text, "body": body.text, "url": url, "site": site,
           "posted_at": posted}
    if group in ("region_field", "region_location"):
        rec["region"] = country
    if group in ("location_field", "region_location"):
        rec["location"] = pick(rng, "places." + country, split)
    rec["labels"] = {"group": group, "category": cat, "country": None if group == "ambiguous" else country,
                     "language": lang, "phones": phones_out, "ambiguous": amb_out, "negatives": neg_out,
                     "decoys": sorted(set(n["kind"] for n in neg_out))}
    return rec


for _c, _l in PLACES.items():
    B("places." + _c, _l)


def generate(split, pools=None):
    pools = pools or build_pools()
    rng = random.Random(SEEDS[split])
    used_amb = set()
    recs = [build_post(rng, split, i + 1, pools, used_amb) for i in range(N_POSTS[split])]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(texts):
    rows = {}
    for split, t in texts.items():
        recs = [json.loads(l) for l in t.splitlines()]
        c = Counter()
        for r in recs:
            L = r["labels"]
            c["posts"] += 1
            c["phone mentions"] += len(L["phones"])
            c["ambiguous mentions"] += len(L["ambiguous"])
            c["hard negatives"] += len(L["negatives"])
            c["posts with region/location"] += ("region" in r or "location" in r)
            for p in L["phones"]:
                c["class " + p["class"]] += 1
                c["family " + p["class"].split(".")[0]] += 1
                c["source " + p["region_source"]] += 1
                c["country " + p["country"]] += 1
            for a in L["ambiguous"]:
                c["ambclass " + a["class"]] += 1
            c["group " + L["group"]] += 1
            c["category " + L["category"]] += 1
            c["language " + L["language"]] += 1
        c["distinct labelled numbers"] = len({p["e164"] for r in recs for p in r["labels"]["phones"]})
        rows[split] = c
    keys = sorted(set(rows["dev"]) | set(rows["heldout"]))
    print("| | dev | heldout |\n|---|---:|---:|")
    for k in keys:
        print("| %s | %d | %d |" % (k, rows["dev"][k], rows["heldout"][k]))


def main():
    pools = build_pools()
    texts = {s: generate(s, pools) for s in ("dev", "heldout")}
    if "--stats" in sys.argv:
        stats(texts)
        return
    if "--check" in sys.argv:
        bad = 0
        for s, t in texts.items():
            with open(os.path.join(HERE, s + ".jsonl"), encoding="utf-8") as f:
                bad |= f.read() != t
        sys.exit(1 if bad else 0)
    for s, t in texts.items():
        with open(os.path.join(HERE, s + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            f.write(t)


if __name__ == "__main__":
    main()
