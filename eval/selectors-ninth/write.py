#!/usr/bin/env python3
"""Write eval/selectors-ninth: a labelled set for handle / URL / e-mail extraction.

    python3 write.py            # (re)write dev.jsonl and heldout.jsonl
    python3 write.py --check    # exit 1 unless the committed files equal the generator's output
    python3 write.py --stats    # print the count tables that README.md carries

Every ad is invented here from phrase banks and name pools; no text comes from a real ad or
from the other eval sets. Labels are built only from what the generator inserted: each
selector element returns its text together with what a careful reader would label in it,
and everything else in an ad (generic lines, hard negatives, footers) carries no label.

Python 3.11, standard library only. Output is byte-identical from run to run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name, id prefix, size, seed, pool half (dev and heldout draw names from disjoint halves)
SPLITS = (("dev", "sel9d", 150, 90_901_151, 0), ("heldout", "sel9h", 300, 90_902_303, 1))

LANGS = ("en", "es", "fr", "pt", "de", "it", "nl", "ro", "pl", "tr", "id", "vi", "tl", "ru", "ar")
KINDS = ("sex_ad", "massage", "job_offer", "other")
KIND_SHARE = {"sex_ad": 0.4, "massage": 0.2, "job_offer": 0.2, "other": 0.2}
EN_SHARE = 0.3

# --------------------------------------------------------------------------------------------
# Generic text: titles ("t") and body lines ("b") per language and kind. No selectors in here.
# --------------------------------------------------------------------------------------------
TEXT = {
    "en": {
        "sex_ad": {"t": ["NEW IN TOWN 🔥 Sweet & Discreet", "Your Favorite Girl Next Door 💋", "VIP Companion ✨ Incall / Outcall",
                         "Petite Brunette 🌹 Available Now", "Upscale Mature Lady ❤️ Last Days Here"],
                   "b": ["hi gentlemen I'm only visiting for a few days", "100% independent no agency no drama",
                         "upscale respectful clients only", "incall in a clean private apartment near downtown",
                         "outcall to hotels only", "I love good conversation and a glass of wine",
                         "donations discussed in person only", "screening required for first time friends",
                         "short notice ok but booking ahead is appreciated", "petite curvy and always smiling"]},
        "massage": {"t": ["Relaxing Full Body Massage 💆‍♀️", "GRAND OPENING 🎉 Asian Massage", "Deep Tissue & Swedish ✨ Walk-ins Welcome",
                          "Sports Massage – Mobile Therapist"],
                    "b": ["professional therapists with years of experience", "hot stones aromatherapy and four hands",
                          "clean quiet rooms with shower", "open daily until late", "walk ins welcome but appointments preferred",
                          "first visit 20% off", "free parking behind the building", "gift cards available"]},
        "job_offer": {"t": ["HIRING NOW – Cleaners Needed", "Warehouse Staff Wanted ASAP", "Hostess / Promo Models – High Pay 💰",
                            "Nanny Needed for Family of 4", "Delivery Drivers – Own Car"],
                      "b": ["no experience needed we train you", "weekly pay flexible hours", "must be 18+ with valid ID",
                            "accommodation and travel help provided", "full time and part time positions available",
                            "send your CV with a recent photo", "interviews this week", "English not required"]},
        "other": {"t": ["iPhone 13 Pro 128GB for sale", "Room for Rent – All Bills Included", "Used Honda Civic 2014 Low Miles",
                        "Math & English Tutoring", "Moving Sale – Sofa, Table, TV"],
                  "b": ["great condition barely used", "price is firm no lowballers", "pick up only cash or transfer",
                        "serious buyers only please", "available from the 1st of next month", "can deliver for a small fee",
                        "message for more pictures"]},
    },
    "es": {
        "sex_ad": {"t": ["NOVEDAD 🔥 Chica dulce y discreta", "Latina cariñosa 💋 recién llegada", "Acompañante VIP ✨",
                         "Madurita elegante ❤️ solo hoy"],
                   "b": ["hola cariño estoy de paso pocos días", "100% independiente sin agencia", "solo caballeros educados",
                         "piso privado y discreto en el centro", "salidas a hotel y domicilio", "me encanta charlar y tomar algo",
                         "atiendo con cita previa", "trato de novia sin prisas"]},
        "massage": {"t": ["Masaje relajante cuerpo completo 💆‍♀️", "Centro de masajes – INAUGURACIÓN 🎉",
                          "Masaje descontracturante y deportivo"],
                    "b": ["masajistas profesionales con experiencia", "piedras calientes y aromaterapia", "cabinas limpias con ducha",
                          "abierto todos los días", "primera visita 20% de descuento", "aparcamiento gratuito"]},
        "job_offer": {"t": ["SE BUSCA personal de limpieza", "Trabajo en almacén – incorporación inmediata",
                            "Azafatas y modelos – buen sueldo 💰", "Se necesita niñera interna"],
                      "b": ["no se requiere experiencia", "pago semanal y horario flexible", "mayores de 18 con documentación",
                            "alojamiento incluido", "jornada completa o media jornada", "envía tu CV con foto reciente",
                            "entrevistas esta semana"]},
        "other": {"t": ["Vendo iPhone 12 como nuevo", "Alquilo habitación en piso compartido", "Vendo coche Seat Ibiza 2015",
                        "Clases particulares de inglés"],
                  "b": ["en perfecto estado", "precio no negociable", "solo recogida en mano", "abstenerse curiosos",
                        "disponible a partir del mes que viene", "envío posible"]},
    },
    "fr": {
        "sex_ad": {"t": ["NOUVELLE 🔥 Douce et discrète", "Belle métisse 💋 de passage", "Compagne VIP ✨ reçoit et se déplace",
                         "Femme mûre élégante ❤️"],
                   "b": ["bonjour messieurs je suis de passage quelques jours", "100% indépendante pas d'agence",
                         "hommes respectueux uniquement", "appartement privé et discret", "déplacement à l'hôtel",
                         "j'adore les bonnes conversations", "sur rendez-vous uniquement", "sans prise de tête"]},
        "massage": {"t": ["Massage relaxant corps entier 💆‍♀️", "Institut de massage – OUVERTURE 🎉", "Massage suédois et tissus profonds"],
                    "b": ["masseuses diplômées et expérimentées", "pierres chaudes et huiles essentielles", "cabines propres avec douche",
                          "ouvert 7j/7", "première visite -20%", "parking gratuit"]},
        "job_offer": {"t": ["ON RECRUTE agents d'entretien", "Préparateurs de commandes H/F", "Hôtesses d'accueil – bien payé 💰",
                            "Cherche nounou à domicile"],
                      "b": ["débutants acceptés formation assurée", "paie chaque semaine horaires flexibles",
                            "18 ans minimum papiers en règle", "logement fourni", "temps plein ou temps partiel",
                            "envoyez votre CV avec photo", "entretiens cette semaine"]},
        "other": {"t": ["Vends iPhone 12 comme neuf", "Chambre à louer charges comprises", "Vends Peugeot 208 de 2016",
                        "Cours particuliers de maths"],
                  "b": ["très bon état", "prix ferme", "à récupérer sur place", "pas sérieux s'abstenir", "disponible le mois prochain",
                        "livraison possible"]},
    },
    "pt": {
        "sex_ad": {"t": ["NOVIDADE 🔥 Morena discreta", "Loira carinhosa 💋 recém chegada", "Acompanhante VIP ✨ local próprio",
                         "Coroa elegante ❤️ só hoje"],
                   "b": ["oi amor estou de passagem por poucos dias", "100% independente sem agência", "só homens educados",
                         "local próprio discreto e limpo", "atendo em hotel e motel", "adoro um bom papo",
                         "atendimento com hora marcada", "sem pressa"]},
        "massage": {"t": ["Massagem relaxante corpo inteiro 💆‍♀️", "Espaço de massagem – INAUGURAÇÃO 🎉", "Massagem terapêutica e desportiva"],
                    "b": ["massoterapeutas com experiência", "pedras quentes e aromaterapia", "salas limpas com chuveiro",
                          "aberto todos os dias", "primeira sessão com desconto", "estacionamento grátis"]},
        "job_offer": {"t": ["CONTRATA-SE auxiliar de limpeza", "Vagas para estoquista", "Recepcionistas e promotoras – ótimo salário 💰",
                            "Procura-se babá"],
                      "b": ["não precisa de experiência", "pagamento semanal", "maiores de 18 anos", "moradia inclusa",
                            "vagas de meio período", "envie seu currículo com foto", "entrevistas esta semana"]},
        "other": {"t": ["Vendo iPhone 11 seminovo", "Alugo quarto mobiliado", "Vendo Gol 2013 completo", "Aulas particulares de inglês"],
                  "b": ["em ótimo estado", "preço fixo", "retirada no local", "só interessados", "disponível a partir do mês que vem",
                        "entrego na região"]},
    },
    "de": {
        "sex_ad": {"t": ["NEU 🔥 Süße diskrete Lady", "Zärtliche Blondine 💋 nur kurz hier", "VIP Begleitung ✨ Haus- und Hotelbesuche",
                         "Reife Dame ❤️ mit Stil"],
                   "b": ["hallo ihr Lieben ich bin nur ein paar Tage in der Stadt", "100% privat keine Agentur",
                         "nur für niveauvolle Herren", "diskrete Privatwohnung zentral", "Hotelbesuche möglich",
                         "ich liebe gute Gespräche", "nur mit Termin", "ohne Zeitdruck"]},
        "massage": {"t": ["Entspannende Ganzkörpermassage 💆‍♀️", "Massagestudio – NEUERÖFFNUNG 🎉", "Thai- und Sportmassage"],
                    "b": ["erfahrene Masseurinnen", "Hot Stone und Aromaöl", "saubere Räume mit Dusche", "täglich geöffnet",
                          "erster Besuch 20% Rabatt", "kostenlose Parkplätze"]},
        "job_offer": {"t": ["WIR SUCHEN Reinigungskräfte", "Lagerhelfer (m/w/d) gesucht", "Hostessen gesucht – Top Bezahlung 💰",
                            "Kinderbetreuung gesucht"],
                      "b": ["keine Erfahrung nötig", "wöchentliche Bezahlung flexible Zeiten", "ab 18 mit gültigem Ausweis",
                            "Unterkunft wird gestellt", "Vollzeit oder Teilzeit", "Bewerbung mit aktuellem Foto",
                            "Vorstellungsgespräche diese Woche"]},
        "other": {"t": ["Verkaufe iPhone 12 wie neu", "WG-Zimmer zu vermieten", "VW Golf 2014 zu verkaufen", "Nachhilfe in Mathe"],
                  "b": ["sehr guter Zustand", "Festpreis", "nur Abholung", "nur ernst gemeinte Anfragen", "frei ab nächstem Monat",
                        "Versand möglich"]},
    },
    "it": {
        "sex_ad": {"t": ["NOVITÀ 🔥 Dolce e riservata", "Bionda coccolona 💋 appena arrivata", "Accompagnatrice VIP ✨",
                         "Signora matura elegante ❤️"],
                   "b": ["ciao amore sono in città per pochi giorni", "100% indipendente niente agenzia", "solo uomini educati",
                         "ambiente riservato e pulito", "anche in hotel", "adoro una bella chiacchierata", "solo su appuntamento",
                         "senza fretta"]},
        "massage": {"t": ["Massaggio rilassante total body 💆‍♀️", "Centro massaggi – NUOVA APERTURA 🎉", "Massaggio sportivo e decontratturante"],
                    "b": ["massaggiatrici esperte", "pietre calde e aromaterapia", "cabine pulite con doccia", "aperto tutti i giorni",
                          "prima visita sconto 20%", "parcheggio gratuito"]},
        "job_offer": {"t": ["CERCASI addetti alle pulizie", "Magazzinieri cercasi subito", "Hostess e promoter – ottima paga 💰",
                            "Cercasi babysitter"],
                      "b": ["nessuna esperienza richiesta", "paga settimanale orari flessibili", "maggiorenni con documenti",
                            "alloggio fornito", "tempo pieno o part time", "invia il CV con foto recente", "colloqui questa settimana"]},
        "other": {"t": ["Vendo iPhone 12 come nuovo", "Affittasi stanza singola", "Vendo Fiat Panda 2015", "Ripetizioni di matematica"],
                  "b": ["ottime condizioni", "prezzo fisso", "solo ritiro a mano", "niente scambi", "libera dal mese prossimo",
                        "possibile spedizione"]},
    },
    "nl": {
        "sex_ad": {"t": ["NIEUW 🔥 Lieve discrete dame", "Sexy brunette 💋 net in de stad", "VIP escort ✨ privé en hotel"],
                   "b": ["hoi heren ik ben maar een paar dagen hier", "100% zelfstandig geen bureau", "alleen nette heren",
                         "discrete privé locatie", "ook hotelbezoek", "ik hou van een goed gesprek", "alleen op afspraak"]},
        "massage": {"t": ["Ontspannende massage 💆‍♀️", "Massagesalon – OPENING 🎉", "Sportmassage en Thaise massage"],
                    "b": ["ervaren masseuses", "hot stone en aromatherapie", "schone kamers met douche", "elke dag open",
                          "eerste bezoek 20% korting", "gratis parkeren"]},
        "job_offer": {"t": ["GEZOCHT schoonmakers", "Magazijnmedewerkers gezocht", "Hostesses gezocht – goed loon 💰"],
                      "b": ["geen ervaring nodig", "wekelijks betaald flexibele uren", "18+ met geldig ID", "huisvesting geregeld",
                            "fulltime of parttime", "stuur je cv met recente foto"]},
        "other": {"t": ["iPhone 12 te koop als nieuw", "Kamer te huur", "Opel Corsa 2015 te koop", "Bijles wiskunde"],
                  "b": ["in perfecte staat", "vaste prijs", "alleen ophalen", "alleen serieuze reacties",
                        "beschikbaar vanaf volgende maand"]},
    },
    "ro": {
        "sex_ad": {"t": ["NOUĂ 🔥 Dulce și discretă", "Brunetă senzuală 💋 doar câteva zile", "Damă de companie VIP ✨"],
                   "b": ["bună domnilor sunt în oraș doar câteva zile", "100% independentă fără agenție", "doar domni educați",
                         "locație privată și discretă", "și deplasări la hotel", "îmi plac conversațiile bune", "doar cu programare"]},
        "massage": {"t": ["Masaj relaxant de corp 💆‍♀️", "Salon de masaj – DESCHIDERE 🎉", "Masaj terapeutic și sportiv"],
                    "b": ["maseuze cu experiență", "pietre calde și aromaterapie", "camere curate cu duș", "deschis zilnic",
                          "prima vizită reducere 20%", "parcare gratuită"]},
        "job_offer": {"t": ["ANGAJĂM personal curățenie", "Lucrători depozit – angajare imediată", "Hostess – salariu bun 💰"],
                      "b": ["nu necesită experiență", "plata săptămânal program flexibil", "peste 18 ani cu acte", "cazare asigurată",
                            "normă întreagă sau jumătate", "trimite CV cu poză recentă"]},
        "other": {"t": ["Vând iPhone 12 ca nou", "Închiriez cameră", "Vând Dacia Logan 2016", "Meditații la matematică"],
                  "b": ["stare impecabilă", "preț fix", "doar ridicare personală", "doar persoane serioase",
                        "disponibil de luna viitoare"]},
    },
    "pl": {
        "sex_ad": {"t": ["NOWA 🔥 Słodka i dyskretna", "Namiętna brunetka 💋 tylko kilka dni", "Towarzyszka VIP ✨"],
                   "b": ["cześć panowie jestem w mieście tylko kilka dni", "100% prywatnie bez agencji", "tylko kulturalni panowie",
                         "dyskretne mieszkanie w centrum", "dojazd do hotelu", "uwielbiam dobre rozmowy", "tylko po umówieniu"]},
        "massage": {"t": ["Masaż relaksacyjny całego ciała 💆‍♀️", "Salon masażu – OTWARCIE 🎉", "Masaż sportowy i tajski"],
                    "b": ["doświadczone masażystki", "gorące kamienie i aromaterapia", "czyste gabinety z prysznicem",
                          "czynne codziennie", "pierwsza wizyta 20% taniej", "bezpłatny parking"]},
        "job_offer": {"t": ["ZATRUDNIMY osoby do sprzątania", "Pracownik magazynu od zaraz", "Hostessy – dobre zarobki 💰"],
                      "b": ["bez doświadczenia", "wypłata co tydzień elastyczne godziny", "tylko osoby pełnoletnie",
                            "zakwaterowanie zapewnione", "pełny etat lub pół etatu", "wyślij CV ze zdjęciem"]},
        "other": {"t": ["Sprzedam iPhone 12 jak nowy", "Pokój do wynajęcia", "Sprzedam Opel Astra 2014", "Korepetycje z matematyki"],
                  "b": ["stan idealny", "cena do negocjacji", "tylko odbiór osobisty", "tylko poważne oferty",
                        "dostępny od przyszłego miesiąca"]},
    },
    "tr": {
        "sex_ad": {"t": ["YENİ 🔥 Tatlı ve gizli", "Esmer güzel 💋 şehre yeni geldi", "VIP eşlikçi ✨"],
                   "b": ["merhaba beyler birkaç günlüğüne buradayım", "100% bağımsız ajans yok", "sadece kibar beyler",
                         "gizli ve temiz ev", "otele gelirim", "güzel sohbeti severim", "randevu ile"]},
        "massage": {"t": ["Rahatlatıcı tüm vücut masajı 💆‍♀️", "Masaj salonu – YENİ AÇILDI 🎉", "Spor ve Thai masajı"],
                    "b": ["deneyimli terapistler", "sıcak taş ve aromaterapi", "duşlu temiz odalar", "her gün açık",
                          "ilk ziyarete %20 indirim", "ücretsiz otopark"]},
        "job_offer": {"t": ["ELEMAN ARANIYOR temizlik", "Depo personeli alınacak", "Hostes aranıyor – yüksek maaş 💰"],
                      "b": ["tecrübe gerekmez", "haftalık ödeme esnek saatler", "18 yaş üstü", "konaklama sağlanır",
                            "tam zamanlı veya yarı zamanlı", "fotoğraflı CV gönderin"]},
        "other": {"t": ["Satılık iPhone 12 temiz", "Kiralık oda eşyalı", "Satılık Fiat Egea 2018", "Matematik özel ders"],
                  "b": ["çok temiz kullanıldı", "fiyat sabit", "elden teslim", "sadece ciddi alıcılar", "gelecek aydan itibaren müsait"]},
    },
    "id": {
        "sex_ad": {"t": ["BARU 🔥 Manis dan discreet", "Cewek cantik 💋 baru datang", "Teman VIP ✨ bisa hotel"],
                   "b": ["halo om aku cuma beberapa hari di kota", "100% independen tanpa agen", "hanya tamu yang sopan",
                         "tempat privat bersih dan aman", "bisa ke hotel", "suka ngobrol santai", "booking dulu ya"]},
        "massage": {"t": ["Pijat relaksasi seluruh badan 💆‍♀️", "Spa pijat – GRAND OPENING 🎉", "Pijat tradisional dan refleksi"],
                    "b": ["terapis berpengalaman", "batu panas dan aromaterapi", "kamar bersih dengan shower", "buka setiap hari",
                          "kunjungan pertama diskon 20%", "parkir gratis"]},
        "job_offer": {"t": ["DICARI tenaga kebersihan", "Lowongan staf gudang", "Dicari SPG – gaji tinggi 💰"],
                      "b": ["tidak perlu pengalaman", "gaji mingguan jam fleksibel", "minimal 18 tahun", "mess disediakan",
                            "full time atau part time", "kirim CV dengan foto terbaru"]},
        "other": {"t": ["Dijual iPhone 12 mulus", "Kamar kos disewakan", "Dijual Honda Jazz 2015", "Les privat matematika"],
                  "b": ["kondisi mulus", "harga pas", "COD saja", "serius saja", "tersedia mulai bulan depan"]},
    },
    "vi": {
        "sex_ad": {"t": ["MỚI 🔥 Dễ thương kín đáo", "Em gái xinh 💋 mới lên", "Người đi cùng VIP ✨"],
                   "b": ["chào anh em chỉ ở đây vài ngày", "100% tự do không qua môi giới", "chỉ tiếp khách lịch sự",
                         "phòng riêng sạch sẽ kín đáo", "có đi khách sạn", "thích nói chuyện vui vẻ", "hẹn trước nhé"]},
        "massage": {"t": ["Massage thư giãn toàn thân 💆‍♀️", "Tiệm massage – KHAI TRƯƠNG 🎉", "Massage Thái và bấm huyệt"],
                    "b": ["kỹ thuật viên nhiều kinh nghiệm", "đá nóng và tinh dầu", "phòng sạch có vòi sen", "mở cửa mỗi ngày",
                          "lần đầu giảm 20%", "có chỗ đậu xe"]},
        "job_offer": {"t": ["TUYỂN nhân viên tạp vụ", "Tuyển nhân viên kho gấp", "Tuyển PG – lương cao 💰"],
                      "b": ["không cần kinh nghiệm", "lương tuần giờ linh hoạt", "trên 18 tuổi", "có chỗ ở",
                            "toàn thời gian hoặc bán thời gian", "gửi CV kèm ảnh"]},
        "other": {"t": ["Bán iPhone 12 như mới", "Cho thuê phòng trọ", "Bán xe Honda Vision 2019", "Dạy kèm toán"],
                  "b": ["còn rất mới", "giá cố định", "chỉ giao dịch trực tiếp", "thiện chí mua", "có từ tháng sau"]},
    },
    "tl": {
        "sex_ad": {"t": ["BAGO 🔥 Sweet at discreet", "Morena 💋 bagong dating", "VIP kasama ✨"],
                   "b": ["hi po ilang araw lang ako dito", "100% independent walang agency", "magalang na kliyente lang",
                         "malinis at pribadong lugar", "pwede sa hotel", "mahilig akong makipagkwentuhan", "booking muna po"]},
        "massage": {"t": ["Relaxing na masahe 💆‍♀️", "Massage spa – GRAND OPENING 🎉", "Hilot at Swedish massage"],
                    "b": ["may karanasang therapist", "hot stone at aromatherapy", "malinis na kwarto may shower", "bukas araw-araw",
                          "unang bisita 20% discount", "libreng parking"]},
        "job_offer": {"t": ["HIRING mga tagalinis", "Kailangan ng bodegero", "Hiring promo girls – malaking sweldo 💰"],
                      "b": ["walang experience okay lang", "lingguhan ang sweldo flexible oras", "18 pataas", "may libreng tirahan",
                            "full time o part time", "magpadala ng resume na may litrato"]},
        "other": {"t": ["For sale iPhone 12 parang bago", "Room for rent sa Makati", "Benta Toyota Vios 2016", "Tutor sa Math"],
                  "b": ["maayos pa", "fixed price", "meet up lang", "seryosong buyer lang po", "available sa susunod na buwan"]},
    },
    "ru": {
        "sex_ad": {"t": ["НОВЕНЬКАЯ 🔥 Милая и скромная", "Страстная брюнетка 💋 только несколько дней", "VIP спутница ✨"],
                   "b": ["привет мужчины я в городе всего несколько дней", "100% индивидуалка без агентства",
                         "только воспитанные мужчины", "уютная квартира в центре", "выезд в отель", "люблю хорошие разговоры",
                         "только по записи"]},
        "massage": {"t": ["Расслабляющий массаж всего тела 💆‍♀️", "Массажный салон – ОТКРЫТИЕ 🎉", "Спортивный и тайский массаж"],
                    "b": ["опытные массажистки", "горячие камни и ароматерапия", "чистые кабинеты с душем", "работаем ежедневно",
                          "первый визит скидка 20%", "бесплатная парковка"]},
        "job_offer": {"t": ["ТРЕБУЮТСЯ уборщицы", "Работник склада срочно", "Хостес – высокая оплата 💰"],
                      "b": ["опыт не нужен", "оплата еженедельно гибкий график", "от 18 лет", "жильё предоставляется",
                            "полная или частичная занятость", "присылайте резюме с фото"]},
        "other": {"t": ["Продам iPhone 12 как новый", "Сдаю комнату", "Продам Ладу Весту 2018", "Репетитор по математике"],
                  "b": ["в отличном состоянии", "цена окончательная", "только самовывоз", "только серьёзные покупатели",
                        "свободна со следующего месяца"]},
    },
    "ar": {
        "sex_ad": {"t": ["جديدة 🔥 لطيفة وكتومة", "سمراء جميلة 💋 وصلت حديثاً", "مرافقة VIP ✨"],
                   "b": ["مرحبا أنا في المدينة لأيام قليلة فقط", "مستقلة 100% بدون وكالة", "للمحترمين فقط", "مكان خاص ونظيف",
                         "زيارات للفنادق", "أحب الحديث الجميل", "بموعد مسبق فقط"]},
        "massage": {"t": ["مساج استرخاء للجسم كامل 💆‍♀️", "مركز مساج – افتتاح جديد 🎉", "مساج تايلندي ورياضي"],
                    "b": ["معالجات ذوات خبرة", "أحجار ساخنة وزيوت عطرية", "غرف نظيفة مع دش", "مفتوح يومياً",
                          "خصم 20% للزيارة الأولى", "موقف سيارات مجاني"]},
        "job_offer": {"t": ["مطلوب عاملات نظافة", "مطلوب موظفين مستودع", "مطلوب مضيفات – راتب ممتاز 💰"],
                      "b": ["لا يشترط الخبرة", "راتب أسبوعي وساعات مرنة", "العمر فوق 18", "السكن مؤمن", "دوام كامل أو جزئي",
                            "أرسل سيرتك الذاتية مع صورة"]},
        "other": {"t": ["للبيع ايفون 12 نظيف", "غرفة للإيجار", "للبيع تويوتا كامري 2017", "دروس خصوصية رياضيات"],
                  "b": ["بحالة ممتازة", "السعر نهائي", "الاستلام باليد فقط", "للجادين فقط", "متاحة من الشهر القادم"]},
    },
}

# --------------------------------------------------------------------------------------------
# Hard negatives: text a careful reader does not label. Per class, per language; "en" is the
# fallback (these ads mix English in freely) and "*" is drawn for every language.
# --------------------------------------------------------------------------------------------
NEG = {
    "neg_emoji_decor": {
        "*": ["100% real pics 📷", "📸 pictures are recent", "STOP 👻 WASTING my time", "📷 ARE 100% ME", "📸 OPEN24 HOURS",
              "👻 ghosters get blocked", "📱 text first", "✈️ touring next week", "📸 no fake pics", "📷 photos 📷 real",
              "👻 no ghosting please", "📸: 100% real", "💋 kisses 💋", "🔥 hot deal 🔥", "📸 PICTURES ARE REAL",
              "STOP 👻 WASTING TIME", "📷 open24 🕛"],
        "biz": ["📷 camera works perfectly", "📱 phone in perfect condition", "✈️ travel costs paid", "📸 photos are of the actual item",
                "📱 battery 89%", "📷 pictures below 👇", "📸 OPEN24 HOURS", "👻 no ghosting after the interview please"],
        "es": ["fotos 📸 100% reales", "📷 son mías", "👻 no me hagas perder el tiempo", "📱 solo mensajes", "✈️ de paso por la ciudad"],
        "fr": ["photos 📷 100% réelles", "📸 récentes", "👻 pas de lapins svp", "📱 sms uniquement", "✈️ de passage"],
        "pt": ["fotos 📸 reais", "📷 sem filtro", "👻 não me faça perder tempo", "📱 só whats", "✈️ de passagem"],
        "de": ["Bilder 📸 echt", "📷 aktuelle Fotos", "👻 keine Zeitverschwender", "📱 nur SMS", "✈️ nur kurz in der Stadt"],
        "it": ["foto 📸 reali", "📷 recenti", "👻 no perditempo", "📱 solo sms", "✈️ di passaggio"],
        "nl": ["foto's 📸 echt", "📷 recent", "👻 geen tijdverspillers", "📱 alleen sms"],
        "ro": ["poze 📸 reale", "📷 recente", "👻 fără pierde-vară", "📱 doar sms"],
        "pl": ["zdjęcia 📸 prawdziwe", "📷 aktualne", "👻 bez ściemy", "📱 tylko sms"],
        "tr": ["fotoğraflar 📸 gerçek", "📷 güncel", "👻 vakit kaybı yok", "📱 sadece mesaj"],
        "id": ["foto 📸 asli", "📷 terbaru", "👻 jangan php", "📱 chat dulu"],
        "vi": ["ảnh 📸 thật 100%", "📷 mới chụp", "👻 không tiếp người ảo", "📱 nhắn tin trước"],
        "tl": ["totoong pics 📸", "📷 bago lang", "👻 bawal ang paasa", "📱 text muna"],
        "ru": ["фото 📸 реальные", "📷 свежие", "👻 не тратьте моё время", "📱 только смс"],
        "ar": ["صور 📸 حقيقية", "📷 جديدة", "👻 بدون تضييع وقت", "📱 رسائل فقط"],
    },
    "neg_platform_word": {
        "*": ["I'm on snap", "no instagram models here", "facebook page coming soon", "follow me for more", "dm me on insta",
              "snap me today", "snapchat today only", "snap fun with me", "add me on kik for more pics", "find me on OnlyFans",
              "not on telegram sorry", "I don't do snapchat", "message me on WhatsApp", "link in bio", "Insta famous but down to earth",
              "twitter banned me lol", "Telegram only", "no IG stalkers", "SC premium available", "kik me", "top 1% on OnlyFans.com",
              "not on Instagram.com anymore", "email me for pics", "my facebook page got deleted"],
        "biz": ["check our facebook page for photos of the team", "follow us for new openings", "no instagram needed for this job",
                "apply via LinkedIn or in person", "facebook page coming soon", "more pics on facebook marketplace",
                "as seen on TikTok", "can send more pics on WhatsApp", "we are on telegram too", "email us your questions"],
        "es": ["estoy en snap", "no tengo instagram", "página de facebook próximamente", "sígueme para más", "escríbeme por insta",
               "snap hoy", "búscame en OnlyFans"],
        "fr": ["je suis sur snap", "pas d'instagram", "page facebook bientôt", "suivez-moi pour plus", "écris-moi sur insta",
               "snap ce soir"],
        "pt": ["tô no snap", "sem instagram", "página do facebook em breve", "me segue para mais", "chama no insta", "snap hoje"],
        "de": ["bin auf Snap", "kein Instagram", "Facebook-Seite kommt bald", "folgt mir für mehr", "schreib mir auf Insta",
               "Snapchat heute"],
        "it": ["sono su snap", "niente instagram", "pagina facebook in arrivo", "seguimi per altro", "scrivimi su insta"],
        "nl": ["ik zit op snap", "geen instagram", "facebookpagina komt eraan", "stuur me een dm op insta"],
        "ro": ["sunt pe snap", "fără instagram", "pagina de facebook în curând", "scrie-mi pe insta"],
        "pl": ["jestem na snapie", "bez instagrama", "strona na facebooku wkrótce", "napisz na insta"],
        "tr": ["snap'te varım", "instagram yok", "facebook sayfası yakında", "insta'dan yaz"],
        "id": ["ada di snap", "gak main instagram", "halaman facebook segera", "dm aja di ig"],
        "vi": ["có snap", "không dùng instagram", "trang facebook sắp ra mắt", "nhắn qua insta"],
        "tl": ["nasa snap ako", "walang instagram", "facebook page soon", "i-dm mo ako sa ig"],
        "ru": ["есть в снапе", "инстаграма нет", "страница в фейсбуке скоро", "пиши в инсту"],
        "ar": ["موجودة على سناب", "ما عندي انستغرام", "صفحة فيسبوك قريباً", "راسلني على انستا"],
    },
    "neg_platform_abbrev_word": {
        "*": ["LOTS OF FUN", "FULL OF ENERGY", "COLUMBIA SC VISITING", "GREENVILLE SC TODAY", "X RATED FUN", "TONS OF TIME FOR YOU",
              "BEST OF BOTH WORLDS", "CHARLESTON SC ONLY", "2X THE FUN"],
        "biz": ["LOTS OF HOURS", "PLENTY OF WORK", "COLUMBIA SC AREA", "BEST OF THE BEST", "2X SPEED"],
    },
    "neg_dotted_caps": {
        "*": ["CALL.ME", "NO.RUSH", "TEXT.ONLY", "READ.BEFORE.CALLING", "100%.REAL", "TEXT.ME", "REAL.PICS", "NEW.IN.TOWN",
              "BOOK.TODAY", "SWEET.LOVE", "NO.GAMES", "VIP.FUN", "GOOD.VIBES.ONLY", "INCALL.OUTCALL", "CASH.ONLY", "call.me now",
              "new.in.town"],
        "massage": ["RELAX.MASSAGE", "DAY.SPA", "WALK.INS.WELCOME", "NO.RUSH", "BOOK.TODAY", "CASH.ONLY"],
        "biz": ["APPLY.NOW", "START.TODAY", "NO.EXPERIENCE.NEEDED", "CASH.DAILY", "PRICE.FIRM", "LIKE.NEW", "PICKUP.ONLY",
                "NO.SWAPS"],
        "es": ["SIN.PRISAS", "SOLO.WHATSAPP", "LLÁMAME.YA", "FOTOS.REALES"],
        "fr": ["PHOTOS.RÉELLES", "PAS.DE.NUMÉRO.MASQUÉ", "APPELLE.MOI"],
        "pt": ["FOTOS.REAIS", "SÓ.WHATS", "SEM.PRESSA"],
        "de": ["NUR.SMS", "KEIN.STRESS", "ECHTE.BILDER"],
        "it": ["SOLO.CHIAMATE", "FOTO.REALI", "NO.PERDITEMPO"],
        "nl": ["ALLEEN.SMS", "ECHTE.FOTO"],
        "ro": ["DOAR.SMS", "POZE.REALE"],
        "pl": ["TYLKO.SMS", "ZDJĘCIA.PRAWDZIWE"],
        "tr": ["SADECE.MESAJ", "GERÇEK.FOTO"],
        "id": ["NO.TIPU", "CHAT.DULU"],
        "vi": ["ẢNH.THẬT", "KHÔNG.LỪA"],
        "tl": ["TEXT.MUNA", "NO.JOKE"],
        "ru": ["ТОЛЬКО.СМС", "ФОТО.РЕАЛ"],
        "ar": ["رسائل.فقط"],
    },
    "neg_filename": {
        "*": ["new selfie.jpg on request", "video.mov on request", "see IMG_4471.JPG", "pics sent as photos.zip",
              "rates in menu.pdf"],
        "biz": ["send cv.pdf + photo.jpg", "resume.docx only", "price list in menu.pdf", "attach CV.pdf and ID.png",
                "manual.pdf included", "floorplan.png on request", "photos.zip with all pictures"],
        "es": ["manda tu cv.pdf", "fotos en fotos.zip"],
        "fr": ["envoyez cv.pdf et photo.jpg", "plan.pdf sur demande"],
        "pt": ["mande o curriculo.pdf", "fotos.zip no privado"],
        "de": ["Lebenslauf.pdf und Foto.jpg schicken", "Grundriss.pdf auf Anfrage"],
        "it": ["invia cv.pdf", "foto.jpg recente"],
        "nl": ["stuur cv.pdf", "foto.jpg graag"],
        "ro": ["trimite cv.pdf", "poza.jpg recentă"],
        "pl": ["wyślij cv.pdf", "zdjecie.jpg aktualne"],
        "tr": ["cv.pdf gönderin", "foto.jpg ekleyin"],
        "id": ["kirim cv.pdf", "foto.jpg terbaru"],
        "vi": ["gửi cv.pdf", "anh.jpg mới"],
        "tl": ["ipadala ang resume.pdf", "litrato.jpg"],
        "ru": ["резюме в rezume.pdf", "фото.jpg обязательно"],
        "ar": ["أرسل cv.pdf", "صورة photo.jpg"],
    },
    "neg_version": {
        "*": ["new pics v2.0 😜", "updated v3.1", "website v2.0 coming soon"],
        "biz": ["iOS 17.2", "Android 14 updated", "firmware 3.1.4", "app v1.2 required", "runs Windows 11 v23.2",
                "macOS 14.5 installed"],
    },
    "neg_time": {
        "*": ["available from 10.30pm", "open 9.00-22.00", "from 10.30 a.m. till late", "last booking 11.45pm", "9.30–21.30 daily"],
        "es": ["de 10.00 a 22.00", "hasta las 23.30"],
        "fr": ["de 10h30 à 22h", "jusqu'à 23.30"],
        "pt": ["das 10.00 às 22.00", "até 23.30"],
        "de": ["Mo–Sa 9.00–20.00 Uhr", "ab 10.30 Uhr"],
        "it": ["dalle 9.30 alle 21.30"],
        "nl": ["van 10.00 tot 22.00 uur"],
        "ro": ["între 10.00 și 22.00"],
        "pl": ["od 10.00 do 22.00"],
        "tr": ["10.00–22.00 arası"],
        "id": ["jam 10.00 - 22.00"],
        "vi": ["từ 9.30 đến 21.30"],
        "tl": ["10.30am hanggang 11pm"],
        "ru": ["с 10.00 до 22.00"],
        "ar": ["من 10.00 إلى 22.00"],
    },
    "neg_price": {
        "*": ["rates from $200/hr $1.500 overnight", "$1.500 per week", "only $1.200", "specials from $1.000 for the weekend"],
        "biz": ["$1.500 per week", "only $1.200", "£1.250 a month", "€2.000/month", "asking $1.850"],
        "es": ["1.500 € al mes", "desde 150 €"],
        "fr": ["1.200 € par mois"],
        "pt": ["R$ 1.200,00", "a partir de R$ 250"],
        "de": ["1.500 € brutto", "VB 2.300 €"],
        "it": ["€ 1.300 al mese"],
        "nl": ["€ 1.450 per maand"],
        "ro": ["1.500 lei"],
        "pl": ["1.200 zł", "5.500 zł brutto"],
        "tr": ["₺2.500", "15.000 TL"],
        "id": ["Rp 750.000", "gaji Rp 4.500.000"],
        "vi": ["150.000đ", "8.000.000 VND"],
        "tl": ["₱1.500", "₱18.000 kada buwan"],
        "ru": ["5.000 ₽", "от 3.000 руб."],
        "ar": ["1.000 درهم", "AED 1.500"],
    },
    "neg_abbrev": {
        "*": ["e.g. dinner dates, travel etc.", "from 9 a.m. to 5 p.m.", "approx. 20 min from the airport",
              "i.e. no last minute changes", "a.k.a. your new favorite", "near St. Mary's Hospital"],
        "biz": ["e.g. cleaning, ironing etc.", "from 9 a.m. to 5 p.m.", "approx. 20 min from the city centre",
                "i.e. Monday to Friday", "Mon.–Fri. only", "near St. Mary's Hospital"],
        "es": ["p.ej. cenas", "aprox. 10 min del centro", "Avda. de la Paz"],
        "fr": ["p.ex. dîners", "env. 10 min de la gare", "M. Dupont"],
        "pt": ["p.ex. jantares", "aprox. 15 min", "Av. Paulista"],
        "de": ["z.B. Dinner", "ca. 10 Min. vom Bahnhof", "bzw. nach Absprache", "Hauptstr. 12"],
        "it": ["ad es. cene", "ca. 10 min dalla stazione", "P.za Garibaldi"],
        "nl": ["bijv. diners", "ca. 10 min.", "o.a. hotels"],
        "ro": ["de ex. cine", "aprox. 10 min", "str. Mihai Eminescu nr. 4"],
        "pl": ["np. kolacje", "ok. 10 min", "ul. Długa 5"],
        "tr": ["vb. işler", "yakl. 10 dk"],
        "id": ["dll.", "Jl. Sudirman No. 12"],
        "vi": ["v.v.", "P. Bến Thành, Q.1"],
        "tl": ["atbp.", "Brgy. San Antonio"],
        "ru": ["и т.д.", "ул. Ленина д. 5", "т.е. без опозданий"],
        "ar": ["إلخ.", "ش. الملك فهد"],
    },
    "neg_fake_email": {
        "*": ["more pics@home", "fun@night only", "Incall@Hotel or your place", "dinner@8 then dessert", "drinks@7pm first",
              "kisses@door", "me@yours or you@mine"],
        "biz": ["start@6am", "viewing@weekends", "pickup@store only", "interviews@office mondays"],
    },
    "neg_at_time": {
        "*": ["available @10pm", "specials @ $150", "meet @ the lobby", "outcall @ your hotel", "open @9am", "@ 200 roses"],
        "biz": ["interviews @10am", "viewing @ 6pm", "pickup @ the station", "from @ $300"],
    },
    "neg_placeholder": {
        "*": ["IG: ask me", "Snap: on request", "OF: coming soon", "Kik: no", "Insta: private", "Twitter: none", "IG: DM for link",
              "Snapchat: ask for it", "Telegram: soon"],
        "es": ["Insta: privado", "Snap: pregunta", "OF: próximamente"],
        "fr": ["Snap : sur demande", "Insta : privé", "OF : bientôt"],
        "pt": ["Insta: privado", "Snap: só pedir"],
        "de": ["Insta: privat", "Snap: auf Anfrage", "OF: bald"],
        "it": ["IG: privato", "Snap: su richiesta"],
        "nl": ["Insta: privé", "Snap: op aanvraag"],
        "ro": ["Insta: privat", "Snap: la cerere"],
        "pl": ["Insta: prywatne", "Snap: na prośbę"],
        "tr": ["Insta: gizli", "Snap: sorun"],
        "id": ["IG: private", "Snap: tanya aja"],
        "vi": ["IG: riêng tư", "Snap: hỏi em"],
        "tl": ["IG: private", "Snap: pm lang"],
        "ru": ["Инста: закрыта", "Snap: по запросу"],
        "ar": ["انستا: خاص", "سناب: عند الطلب"],
    },
}

HASHTAGS = {
    "*": ["#newintown", "#instagood", "#snapchat", "#onlyfans", "#kik", "#telegram", "#tiktok", "#IGdaily", "#snapme",
          "#photooftheday", "#followme", "#vip", "#24hrs", "#realpics"],
    "sex_ad": ["#escort", "#companion", "#gfe", "#incall", "#outcall", "#upscale"],
    "massage": ["#massage", "#spa", "#relax", "#wellness", "#bodywork"],
    "job_offer": ["#hiring", "#jobs", "#nowhiring", "#work", "#career"],
    "other": ["#forsale", "#deal", "#marketplace", "#secondhand"],
    "city": {"en": ["#NYC", "#London", "#Miami", "#Sydney", "#Toronto"], "es": ["#Madrid", "#Barcelona", "#CDMX"],
             "fr": ["#Paris", "#Lyon", "#Bruxelles"], "pt": ["#SaoPaulo", "#Rio", "#Lisboa"], "de": ["#Berlin", "#Wien", "#Zürich"],
             "it": ["#Milano", "#Roma"], "nl": ["#Amsterdam", "#Rotterdam"], "ro": ["#Bucuresti", "#Cluj"],
             "pl": ["#Warszawa", "#Krakow"], "tr": ["#Istanbul", "#Ankara"], "id": ["#Jakarta", "#Bali"],
             "vi": ["#Saigon", "#Hanoi"], "tl": ["#Manila", "#Cebu"], "ru": ["#Москва", "#СПб"], "ar": ["#دبي", "#الدوحة"]},
}

FOOTER_TEMPLATES = {
    "en": ["Posted on {site} · Report this ad · Terms", "© 2025 {site} – All rights reserved",
           "Ad ID {num} | {site} | Contact support", "Follow us on Facebook | Instagram | X — {site}"],
    "es": ["Anuncio publicado en {site} · Denunciar", "© 2025 {site} – Todos los derechos reservados"],
    "fr": ["Annonce publiée sur {site} – Signaler", "© 2025 {site} · Mentions légales"],
    "pt": ["Anúncio publicado em {site} · Denunciar", "© 2025 {site} – Todos os direitos reservados"],
    "de": ["Inserat auf {site} · Melden · Impressum", "© 2025 {site} – Alle Rechte vorbehalten"],
    "it": ["Annuncio pubblicato su {site} · Segnala", "© 2025 {site}"],
    "nl": ["Geplaatst op {site} · Melden", "© 2025 {site}"],
    "ro": ["Anunț publicat pe {site} · Raportează", "© 2025 {site}"],
    "pl": ["Ogłoszenie dodane na {site} · Zgłoś", "© 2025 {site}"],
    "tr": ["İlan {site} üzerinden yayınlandı · Şikayet et", "© 2025 {site}"],
    "id": ["Iklan dipasang di {site} · Laporkan", "© 2025 {site}"],
    "vi": ["Tin đăng trên {site} · Báo cáo", "© 2025 {site}"],
    "tl": ["Naka-post sa {site} · I-report", "© 2025 {site}"],
    "ru": ["Объявление размещено на {site} · Пожаловаться", "© 2025 {site}"],
    "ar": ["نُشر الإعلان على {site} · إبلاغ", "© 2025 {site}"],
}
# Invented hosting sites; the first half of each list goes to dev, the second to heldout.
FOOTER_SITES = {
    "en": ["CityNightAds.com", "localboard24.net", "ClassifiedHubUK.co.uk", "adpostnow.com", "NightPagesDirect.com",
           "ListCrawlerPlus.net", "metroclassy.com", "backpagealt.net"],
    "es": ["anunciosya.es", "clasificadosmx.com.mx", "contactosya.es", "avisoscl.com"],
    "fr": ["annonces-nuit.fr", "petitesannoncesbe.be", "vivastreetalt.fr", "annoncesduweb.fr"],
    "pt": ["classificadosbr.com.br", "anunciosja.pt", "vivalocalalt.com.br", "acompanhantesnet.com.br"],
    "de": ["anzeigenmarkt24.de", "kleinanzeigenplus.at", "erotikmarktalt.de", "inseratecheck.ch"],
    "it": ["annunciatutti.it", "bachecalocale.it", "incontriweb.it", "piccoliannunci24.it"],
    "nl": ["advertentiesnu.nl", "kinkyalt.nl", "zoekplaats.nl", "marktpleinalt.be"],
    "ro": ["anunturinoi.ro", "publi24alt.ro", "escortalt.ro", "micapublicitate.ro"],
    "pl": ["ogloszenia24.pl", "roksaalt.pl", "tablicanet.pl", "anonse-miasto.pl"],
    "tr": ["ilanlar24.com.tr", "sahibindenalt.com", "ilanpazari.net", "kentilan.com.tr"],
    "id": ["iklanbaris24.co.id", "pasangiklan.id", "iklankota.co.id", "jualbeli24.id"],
    "vi": ["raovat24.vn", "chotot-alt.vn", "tinrao.com.vn", "muaban24.vn"],
    "tl": ["anunsyo.ph", "benta24.com.ph", "buysellph.net", "classifiedsmnl.ph"],
    "ru": ["doska24.ru", "objyavleniya.net", "avitoalt.ru", "razvlechenia24.ru"],
    "ar": ["e3lanat24.ae", "souqads.net", "mazadalt.com", "q8classifieds.com"],
}
# Bare platform home pages used in hard negatives (a platform, not an account).
PLATFORM_HOMEPAGES = ("OnlyFans.com", "Instagram.com")

# --------------------------------------------------------------------------------------------
# Pools for invented selectors. Dev draws from even indices, heldout from odd ones.
# --------------------------------------------------------------------------------------------
STEMS = """luna bella mia nina roxy jade amber candy kitty sasha lola gigi coco ruby zara ivy chloe daisy eva kira lexi maya
nora sofia tina vera yara zoe ana carla dana elsa gaby hana iris julia katya lana mila nadia olga paula rita sara tanya una
valya wendy xenia yasmin zina alina bianca camila diana elena fiona greta helena ines jasmin karina leila marina natasha oksana
petra raquel selena tamara ursula violeta wanda yolanda adriana beatriz cintia dalia esther flora gisela ingrid joana kamila
lidia monika nikola oriana paloma renata silvia teodora vanessa xiomara yesenia zuzanna aylin berna ceren defne ebru dewi sari
putri ayu lan mai linh thu hoa tuyet jessa kristine mariel rowena sheena alyona dasha irina lena masha polina nour rania salma
dounia farah hiba layla mona noor reem sana abril brisa celeste dulce estrella fabiola ximena noemi giulia chiara ilaria
martina ottavia sanne femke lotte marloes anouk ioana bianka roxana larisa agata kinga ola wiktoria basia""".split()

PARTS = """rose love baby doll kiss star angel honey sugar sweet vip real official xo bae queen bunny lux diva glam fit cherry
belle dreams luv babe peach kitten muse vibes secret bliss gold pink jolie chic style moon sky""".split()
# Parts that are also real top-level domains: "name.love" is an Instagram handle, not a URL.
TLD_PARTS = ["love", "vip", "fit", "style", "club", "fun", "life", "art", "gold", "pink", "baby", "beauty", "studio", "live",
             "world", "yoga", "makeup", "photo"]

PLAIN_WORDS = """cinnamon peaches marmalade stardust honeybee moonbeam butterscotch sunflower lollipop bluebell seashell sapphire
caramel meadow pistachio nutmeg tangerine cupcake firefly saffron lavender juniper dandelion hazelnut truffle rosebud starlight
twilight magnolia gumdrop snowflake raindrop buttercup cranberry marshmallow peppermint wildflower moonstone goldfinch
nightingale songbird sweetpea blossom clementine apricot bonbon cocoa jellybean lemondrop macaron meringue nectarine papaya
persimmon quince raspberry sorbet toffee vanilla waffle zinnia amethyst opal topaz garnet emerald velvet satin tulip lilac
poppy""".split()

BIZ_ADJ = """golden blue silver green royal urban happy bright sunny prime pure nova alpha velvet crystal coral amber jade lotus
ocean maple cedar orchid zen star lucky fresh smart swift north south east west metro grand oak pearl sky sun moon river stone
iron silk cloud peak true rapid bamboo harbor willow summit""".split()
BIZ_NOUN = {
    "sex_ad": ["vip", "companion", "angels", "dolls", "club", "elite"],
    "massage": ["spa", "massage", "wellness", "relax", "thaispa", "bodywork", "touch", "retreat", "oasis", "therapy", "dayspa",
                "healing"],
    "job_offer": ["staffing", "recruit", "cleaning", "logistics", "care", "jobs", "hospitality", "talent", "workforce",
                  "services", "personnel", "events", "promo"],
    "other": ["motors", "rentals", "tutors", "shop", "store", "repairs", "homes", "deals", "market", "electronics",
              "furniture", "cars"],
}
CITIES = {"en": ["london", "nyc", "miami", "sydney", "toronto", "leeds", "dallas"], "es": ["madrid", "bcn", "sevilla", "cdmx"],
          "fr": ["paris", "lyon", "bruxelles", "nice"], "pt": ["rio", "sp", "lisboa", "porto"],
          "de": ["berlin", "wien", "zh", "hamburg"], "it": ["milano", "roma", "napoli"], "nl": ["amsterdam", "rotterdam", "utrecht"],
          "ro": ["bucuresti", "cluj", "iasi"], "pl": ["warszawa", "krakow", "gdansk"], "tr": ["istanbul", "ankara", "izmir"],
          "id": ["jakarta", "bali", "surabaya"], "vi": ["saigon", "hanoi", "danang"], "tl": ["manila", "cebu", "davao"],
          "ru": ["moskva", "spb", "kazan"], "ar": ["dubai", "doha", "riyadh"]}
SUFFIXES = {"en": ["com", "co.uk", "com.au", "io", "me", "xyz", "club", "agency", "net", "org", "online", "site", "ca"],
            "es": ["es", "com", "com.mx", "com.ar", "club"], "fr": ["fr", "com", "be", "ch", "agency"],
            "pt": ["com.br", "pt", "com", "net.br"], "de": ["de", "at", "ch", "com", "eu"], "it": ["it", "com", "eu"],
            "nl": ["nl", "be", "com", "eu"], "ro": ["ro", "com", "eu"], "pl": ["pl", "com.pl", "com", "eu"],
            "tr": ["com.tr", "com", "net"], "id": ["co.id", "id", "com", "web.id"], "vi": ["vn", "com.vn", "com"],
            "tl": ["ph", "com.ph", "com"], "ru": ["ru", "com", "su"], "ar": ["ae", "com", "com.sa", "qa"]}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com"],
            "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"], "fr": ["gmail.com", "orange.fr", "hotmail.fr", "laposte.net", "free.fr"],
            "pt": ["gmail.com", "hotmail.com", "bol.com.br", "uol.com.br", "sapo.pt"], "de": ["gmx.de", "web.de", "gmail.com", "t-online.de", "gmx.at"],
            "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it"], "nl": ["gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl"],
            "ro": ["yahoo.com", "gmail.com", "yahoo.ro"], "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
            "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"], "id": ["gmail.com", "yahoo.co.id"], "vi": ["gmail.com", "yahoo.com.vn"],
            "tl": ["gmail.com", "yahoo.com.ph"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"],
            "ar": ["gmail.com", "hotmail.com", "yahoo.com"]}
ROLES = {"en": ["jobs", "hr", "careers", "recruitment", "apply", "info", "hello", "bookings"],
         "es": ["empleo", "rrhh", "info", "trabajo", "seleccion", "reservas"], "fr": ["recrutement", "rh", "contact", "emploi"],
         "pt": ["vagas", "rh", "contato", "curriculos"], "de": ["bewerbung", "jobs", "karriere", "info", "kontakt", "personal"],
         "it": ["lavoro", "selezione", "info", "candidature"], "nl": ["vacatures", "werk", "info", "sollicitatie"],
         "ro": ["cariere", "hr", "joburi", "contact"], "pl": ["praca", "rekrutacja", "kadry", "biuro"],
         "tr": ["ik", "kariyer", "info", "basvuru"], "id": ["hrd", "lowongan", "rekrutmen", "info"],
         "vi": ["tuyendung", "hr", "lienhe"], "tl": ["hiring", "hr", "careers"], "ru": ["hr", "rabota", "vakansii", "info"],
         "ar": ["hr", "jobs", "careers", "info"]}
PATHS = {"*": ["/gallery", "/booking", "/en/rates", "/contact.html", "/?ref=ad", "/about-me", "/p/new", "/tour-dates"],
         "job_offer": ["/jobs/apply", "/careers", "/careers/{num}", "/jobs", "/apply?src=ad", "/vacancies/{num}"],
         "other": ["/listing/{num}", "/item/{num}", "/rooms", "/cars/{num}", "/shop"],
         "massage": ["/booking", "/prices", "/en/massage", "/gift-cards", "/team"],
         # per language: (job paths, booking paths)
         "es": (["/empleo"], ["/reservas", "/galeria"]), "pt": (["/vagas"], ["/agenda", "/fotos"]),
         "de": (["/stellenangebote"], ["/termine"]), "it": (["/lavora-con-noi"], ["/prenota"]),
         "pl": (["/oferty-pracy"], ["/cennik"]), "tr": (["/kariyer"], ["/randevu"]), "id": (["/lowongan"], ["/booking"]),
         "vi": (["/tuyen-dung"], ["/bang-gia"]), "ru": (["/vakansii"], ["/ceny"]), "fr": (["/recrutement"], ["/tarifs"]),
         "nl": (["/vacatures"], ["/afspraak"]), "ro": (["/cariere"], ["/preturi"])}
SHORTENERS = ["bit.ly", "tinyurl.com", "cutt.ly", "is.gd", "t.ly", "rebrand.ly"]
LINKINBIO = ["linktr.ee", "beacons.ai", "allmylinks.com", "solo.to", "bio.link"]

DOT_WORD = {"en": "dot", "es": "punto", "pt": "ponto", "fr": "point", "de": "punkt", "it": "punto", "nl": "punt",
            "ro": "punct", "pl": "kropka", "tr": "nokta", "id": "titik", "vi": "chấm", "tl": "dot", "ru": "точка", "ar": "dot"}
# (at-form, dot-form) used to disguise an address; the dot form is applied to the domain only.
EMAIL_DISGUISE = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" @ ", "."), ("[at]", ".")],
    "es": [(" arroba ", " punto "), (" (arroba) ", "."), ("[arroba]", "[punto]")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", ".")],
    "fr": [(" arobase ", " point "), (" [arobase] ", "."), (" (at) ", ".")],
    "it": [(" chiocciola ", " punto "), ("[at]", ".")],
    "de": [("(at)", "."), (" [at] ", " [punkt] "), (" (at) ", " (punkt) ")],
    "nl": [(" apenstaartje ", " punt "), ("(at)", ".")],
    "ro": [(" arond ", " punct "), ("[at]", ".")],
    "pl": [(" małpa ", " kropka "), ("(at)", ".")],
    "tr": [(" at ", " nokta "), ("[at]", ".")],
    "id": [(" at ", " titik "), ("[at]", ".")],
    "vi": [(" a còng ", " chấm "), ("[at]", ".")],
    "tl": [(" at ", " dot "), (" [at] ", " [dot] ")],
    "ru": [(" собака ", " точка "), ("(at)", ".")],
    "ar": [(" at ", " dot "), ("[at]", "[dot]")],
}

SITE_CUE = {"en": ["website:", "visit", "more at", "book online:", "🌐", "full gallery:", "info:"], "es": ["web:", "mi página:", "más fotos en", "🌐"],
            "fr": ["site :", "plus de photos sur", "🌐"], "pt": ["site:", "mais fotos em", "🌐"], "de": ["Webseite:", "mehr unter", "🌐"],
            "it": ["sito:", "altre foto su", "🌐"], "nl": ["website:", "meer op", "🌐"], "ro": ["site:", "mai multe pe", "🌐"],
            "pl": ["strona:", "więcej na", "🌐"], "tr": ["web sitesi:", "detaylar:", "🌐"], "id": ["website:", "info lengkap di", "🌐"],
            "vi": ["web:", "xem thêm tại", "🌐"], "tl": ["website:", "tingnan sa", "🌐"], "ru": ["сайт:", "подробнее на", "🌐"],
            "ar": ["الموقع:", "🌐"]}
APPLY_CUE = {"en": ["apply at", "apply online:", "details:"], "es": ["inscríbete en", "más info:"], "fr": ["postulez sur", "infos :"],
             "pt": ["candidate-se em", "mais info:"], "de": ["jetzt bewerben:", "Infos:"], "it": ["candidati su", "info:"],
             "nl": ["solliciteer via", "info:"], "ro": ["aplică pe", "detalii:"], "pl": ["aplikuj na", "szczegóły:"],
             "tr": ["başvuru:", "detay:"], "id": ["daftar di", "info:"], "vi": ["ứng tuyển tại", "chi tiết:"],
             "tl": ["mag-apply sa", "detalye:"], "ru": ["отклик на", "подробности:"], "ar": ["قدم على", "التفاصيل:"]}
EMAIL_CUE = {"en": ["email:", "📧", "e-mail me:", "write to", "contact:"], "es": ["correo:", "📧", "escribe a"],
             "fr": ["mail :", "📧", "écrire à"], "pt": ["e-mail:", "📧", "manda para"], "de": ["E-Mail:", "📧", "schreib an"],
             "it": ["email:", "📧", "scrivi a"], "nl": ["mail:", "📧"], "ro": ["email:", "📧"], "pl": ["e-mail:", "📧"],
             "tr": ["e-posta:", "📧"], "id": ["email:", "📧"], "vi": ["email:", "📧"], "tl": ["email:", "📧"],
             "ru": ["почта:", "📧"], "ar": ["البريد:", "📧"]}
JOB_EMAIL_CUE = {"en": ["send your CV to", "apply by email:", "CVs to"], "es": ["envía tu CV a", "CV a"], "fr": ["CV à", "candidature à"],
                 "pt": ["currículo para", "envie para"], "de": ["Bewerbung an", "Lebenslauf an"], "it": ["CV a", "candidature a"],
                 "nl": ["cv naar", "sollicitatie naar"], "ro": ["CV la", "trimite la"], "pl": ["CV na", "zgłoszenia na"],
                 "tr": ["CV:", "başvuru için"], "id": ["kirim lamaran ke", "CV ke"], "vi": ["gửi CV về", "CV:"],
                 "tl": ["ipadala ang resume sa", "email:"], "ru": ["резюме на", "пишите на"], "ar": ["أرسل السيرة إلى", "البريد:"]}
PHONE_CUE = {"en": ["call/text", "📞", "Tel:", "WhatsApp"], "es": ["llama al", "WhatsApp", "📞"], "fr": ["appelle-moi au", "Tél :", "📞"],
             "pt": ["chama no whats", "📞", "Tel:"], "de": ["Tel.:", "ruf an", "📞"], "it": ["chiamami al", "📞"], "nl": ["bel", "📞"],
             "ro": ["sună la", "📞"], "pl": ["dzwoń", "📞", "tel."], "tr": ["ara", "📞"], "id": ["hubungi", "WA", "📞"],
             "vi": ["gọi", "📞"], "tl": ["tawag o text", "📞"], "ru": ["звоните", "📞"], "ar": ["اتصل", "📞", "واتساب"]}
US_NPA = ["916", "213", "305", "312", "404", "702", "713", "917", "646", "415", "503", "206", "602", "214", "786", "347",
          "210", "619", "480", "512", "615", "704", "813", "954"]

# --------------------------------------------------------------------------------------------
# Handle templates. {n} is the account name; platforms are the canonical names the scorer uses.
# --------------------------------------------------------------------------------------------
H_AT = {
    "*": [(("instagram",), "insta @{n}"), (("instagram",), "IG @{n}"), (("instagram",), "Instagram: @{n}"),
          (("instagram",), "follow me on instagram @{n}"), (("instagram",), "my insta is @{n}"), (("telegram",), "telegram @{n}"),
          (("telegram",), "TG: @{n}"), (("twitter",), "twitter/x @{n}"), (("twitter",), "X: @{n}"), (("tiktok",), "tiktok @{n}"),
          (("tiktok",), "TikTok: @{n}"), (("snapchat",), "snapchat @{n}"), (("onlyfans",), "OF @{n}"), (("kik",), "kik: @{n}")],
    "biz": [(("instagram",), "follow us on Instagram @{n}"), (("instagram",), "IG: @{n}"), (("tiktok",), "TikTok @{n}"),
            (("twitter",), "X @{n}"), (("telegram",), "Telegram channel @{n}"), (("instagram",), "insta @{n}")],
    "es": [(("instagram",), "sígueme en insta @{n}"), (("tiktok",), "mi tiktok: @{n}"), (("telegram",), "telegram: @{n}")],
    "fr": [(("instagram",), "mon insta : @{n}"), (("snapchat",), "ajoute-moi sur snap @{n}")],
    "pt": [(("instagram",), "me segue no insta @{n}"), (("tiktok",), "meu tiktok @{n}")],
    "de": [(("instagram",), "folgt mir auf Instagram @{n}"), (("telegram",), "Telegram: @{n}")],
    "it": [(("instagram",), "seguimi su IG @{n}")],
    "nl": [(("instagram",), "volg me op insta @{n}")],
    "ro": [(("instagram",), "urmărește-mă pe insta @{n}")],
    "pl": [(("instagram",), "obserwuj mnie na IG @{n}")],
    "tr": [(("instagram",), "instagram hesabım: @{n}")],
    "id": [(("instagram",), "follow ig aku @{n}")],
    "vi": [(("instagram",), "theo dõi IG: @{n}")],
    "tl": [(("instagram",), "i-follow niyo ako sa IG @{n}")],
    "ru": [(("instagram",), "мой инстаграм: @{n}"), (("telegram",), "пишите в телеграм @{n}")],
    "ar": [(("instagram",), "تابعوني على انستغرام @{n}")],
}
# (platforms, template, needs an account-like name: a digit or an underscore)
H_ABBREV = [(("instagram",), "IG: {n}", False), (("snapchat",), "SC {n}", True), (("snapchat",), "snap - {n}", False),
            (("snapchat",), "SC: {n}", False), (("kik",), "kik {n}", True), (("kik",), "KIK: {n}", False),
            (("onlyfans",), "OF: {n}", False), (("telegram",), "Telegram: {n}", False), (("instagram",), "insta: {n}", False),
            (("snapchat",), "snap: {n}", False), (("snapchat",), "snapchat ➡️ {n}", False), (("instagram",), "IG ➜ {n}", False),
            (("snapchat",), "Snap 👉 {n}", False), (("telegram",), "TG {n}", True), (("snapchat",), "snap : {n}", False),
            (("twitter",), "twitter: {n}", False), (("twitter",), "X/twitter - {n}", False), (("tiktok",), "TT: {n}", False)]
H_EMOJI = [(("snapchat",), "👻: {n}"), (("snapchat",), "👻 - {n}"), (("snapchat",), "👻➡️ {n}"), (("snapchat",), "👻 : {n}"),
           (("instagram",), "📸: {n}"), (("instagram",), "📷: @{n}"), (("instagram",), "📸 ➜ @{n}")]
H_PLAIN = [(("snapchat",), "snapchat: {n}"), (("kik",), "kik: {n}"), (("instagram",), "IG: @{n}"), (("snapchat",), "Snap ➡️ {n}"),
           (("telegram",), "telegram: @{n}"), (("instagram",), "insta: {n}"), (("kik",), "Kik ➜ {n}"), (("onlyfans",), "OF: {n}"),
           (("snapchat",), "my snap is {n} add me")]
H_SCRIPT = {"ar": [(("snapchat",), "سناب: {n}"), (("snapchat",), "سناب شات: {n}"), (("instagram",), "انستا: {n}"),
                   (("instagram",), "انستقرام: @{n}")],
            "ru": [(("telegram",), "тг: @{n}"), (("telegram",), "телеграм: {n}"), (("instagram",), "инста: {n}"),
                   (("snapchat",), "снап: {n}")]}
H_MULTI = [(("instagram", "snapchat"), "IG + SC: {n}"), (("snapchat", "instagram"), "snap/insta: {n}"),
           (("instagram", "tiktok"), "IG & TikTok @{n}"), (("kik", "snapchat"), "kik/snap: {n}"),
           (("instagram", "twitter"), "insta + twitter: @{n}")]
# Profile URLs: labelled as a URL and as a handle (the scorer's PROFILE_HOSTS).
H_PROFILE = [("instagram", "instagram.com/{n}"), ("instagram", "https://www.instagram.com/{n}/"), ("instagram", "www.instagram.com/{n}"),
             ("telegram", "t.me/{n}"), ("telegram", "https://t.me/{n}"), ("onlyfans", "onlyfans.com/{n}"),
             ("onlyfans", "https://onlyfans.com/{n}"), ("twitter", "x.com/{n}"), ("twitter", "twitter.com/{n}"),
             ("tiktok", "tiktok.com/@{n}"), ("snapchat", "snapchat.com/add/{n}"), ("facebook", "facebook.com/{n}")]
H_PROFILE_BIZ = [("facebook", "facebook.com/{n}"), ("facebook", "https://www.facebook.com/{n}"), ("instagram", "instagram.com/{n}"),
                 ("telegram", "t.me/{n}"), ("tiktok", "tiktok.com/@{n}")]
PROFILE_CUE = ["", "", "👉 ", "my page: ", "link: ", "🔗 ", "➡️ "]
PROFILE_CUE_BIZ = ["", "👉 ", "our page: ", "🔗 ", "follow us: "]
# Platforms whose account names take no dots / need at least five characters.
NO_DOT = {"telegram", "twitter", "onlyfans"}

# Classes and how often each kind of ad draws them.
POS_WEIGHTS = {
    "sex_ad": {"handle_at": 5, "handle_abbrev": 5, "handle_emoji": 4, "handle_plainword": 3, "handle_multi": 2,
               "handle_profile_url": 5, "handle_script": 0, "url_site": 2, "url_path": 1, "url_shortener": 1,
               "url_linkinbio": 3, "url_spelled": 1, "url_glued": 2, "email_plain": 2, "email_disguised": 2, "wa_link": 1},
    "massage": {"handle_at": 3, "handle_abbrev": 2, "handle_plainword": 1, "handle_profile_url": 3, "handle_script": 0,
                "url_site": 3, "url_path": 2, "url_spelled": 2, "url_glued": 2, "url_shortener": 1, "email_plain": 2,
                "email_disguised": 2, "wa_link": 2},
    "job_offer": {"email_role": 6, "email_plain": 2, "email_disguised": 2, "url_site": 3, "url_path": 3, "url_shortener": 2,
                  "handle_at": 1, "handle_profile_url": 2, "url_spelled": 1, "wa_link": 1},
    "other": {"email_plain": 3, "email_disguised": 2, "url_site": 2, "url_path": 1, "url_spelled": 1, "url_shortener": 1,
              "handle_at": 2, "handle_profile_url": 2, "url_glued": 1, "handle_abbrev": 1, "handle_script": 0, "wa_link": 1},
}
NEG_WEIGHTS = {
    "sex_ad": {"neg_emoji_decor": 4, "neg_platform_word": 4, "neg_dotted_caps": 3, "neg_callme_phone": 2, "neg_time": 1,
               "neg_price": 1, "neg_abbrev": 1, "neg_hashtag": 2, "neg_fake_email": 2, "neg_at_time": 2, "neg_placeholder": 3,
               "neg_footer": 2, "neg_platform_abbrev_word": 2, "neg_filename": 1, "neg_version": 1},
    "massage": {"neg_emoji_decor": 3, "neg_platform_word": 3, "neg_dotted_caps": 3, "neg_callme_phone": 1, "neg_time": 2,
                "neg_price": 1, "neg_abbrev": 1, "neg_hashtag": 2, "neg_fake_email": 1, "neg_at_time": 1, "neg_placeholder": 1,
                "neg_footer": 2, "neg_filename": 1},
    "job_offer": {"neg_emoji_decor": 2, "neg_platform_word": 3, "neg_dotted_caps": 2, "neg_filename": 3, "neg_version": 1,
                  "neg_time": 2, "neg_price": 2, "neg_abbrev": 2, "neg_hashtag": 2, "neg_footer": 2, "neg_fake_email": 1,
                  "neg_at_time": 1, "neg_platform_abbrev_word": 1},
    "other": {"neg_emoji_decor": 3, "neg_platform_word": 3, "neg_dotted_caps": 2, "neg_filename": 2, "neg_version": 3,
              "neg_time": 1, "neg_price": 2, "neg_abbrev": 1, "neg_hashtag": 2, "neg_footer": 2, "neg_fake_email": 1,
              "neg_at_time": 1},
}
SEPARATORS = [" ", " ", " ", "  ", " ✨ ", " 💋 ", " | ", "\n", "\n", "\n\n", " - ", ". ", "!! ", " 🌹 ", " ~ ", " *** ", " 💕 "]
SPRINKLES = ["💋", "🔥", "✨", "🌹", "💕", "😘", "👑", "🌸", "⭐", "💎", "🍒", "❤️"]


# --------------------------------------------------------------------------------------------
class Element:
    """A piece of ad text, with what a careful reader labels in it (`inserts`) and its classes."""

    def __init__(self, text, inserts=(), tags=(), keep_case=False):
        self.text = text
        self.inserts = list(inserts)
        self.tags = list(tags)
        self.keep_case = keep_case


def ins(kind, value, written, platform=None):
    d = {"kind": kind, "value": value, "written": written}
    if platform is not None:
        d["platform"] = platform
    return d


class Ctx:
    """Per-split state: the pool half this split may use, and every value taken so far (both splits)."""

    def __init__(self, rng, half, used):
        self.rng = rng
        self.half = half
        self.used = used

    def pool(self, seq):
        return seq[self.half::2]

    def unique(self, make, tries=5000):
        for _ in range(tries):
            c = make()
            if c is None:
                continue
            k = c.lower()
            if k not in self.used:
                self.used.add(k)
                return c
        raise RuntimeError("pool exhausted")


def is_acct_like(n):
    return any(ch.isdigit() for ch in n) or "_" in n


def person_name(ctx, *, acct=False, dot=True, minlen=5, maxlen=15, tld=False):
    rng = ctx.rng
    stems = ctx.pool(STEMS)

    def make():
        s, p = rng.choice(stems), rng.choice(PARTS)
        dd = str(rng.randint(1, 99)) if rng.random() < 0.7 else str(rng.randint(1994, 2005))
        pat = 14 if tld else rng.randrange(16)
        n = [f"{s}{dd}", f"{s}_{p}", f"{s}.{p}", f"{s.capitalize()}{p.capitalize()}", f"{s}_{p}{dd}", f"{s}{p}_",
             f"the{s}{p}", f"{s}x{dd}", f"xo{s}{p}", f"{s}.{p}{dd}", f"{s.capitalize()}_{p.capitalize()}{dd[-1]}",
             f"{s}{p}{dd}", f"{s}__{p}", f"{s.capitalize()}{dd}", f"{s}.{rng.choice(TLD_PARTS)}", f"{s.upper()}_{dd}"][pat]
        if acct and not is_acct_like(n):
            return None
        if not dot and "." in n:
            return None
        if not (minlen <= len(n) <= maxlen):
            return None
        return n

    return ctx.unique(make)


def plain_word(ctx, minlen=3):
    words = [w for w in ctx.pool(PLAIN_WORDS) if len(w) >= minlen]
    return ctx.unique(lambda: ctx.rng.choice(words))


def new_domain(ctx, lang, kind, person=None):
    rng = ctx.rng
    adjs = ctx.pool(BIZ_ADJ)

    def make():
        suf = rng.choice(SUFFIXES[lang])
        city = rng.choice(CITIES[lang])
        if kind == "sex_ad" or (person and rng.random() < 0.5):
            s = rng.choice(ctx.pool(STEMS))
            p = rng.choice(PARTS)
            label = rng.choice([f"{s}{p}", f"miss{s}", f"{s}-{city}", f"the{s}{p}", f"{s}{p}{city}", f"{s}-{p}"])
        else:
            a, n = rng.choice(adjs), rng.choice(BIZ_NOUN[kind])
            label = rng.choice([f"{a}{n}", f"{a}-{n}", f"{a}{n}-{city}", f"{a}{n}{city}", f"{city}{a}{n}"])
        return f"{label}.{suf}"

    return ctx.unique(make)


def biz_handle(ctx, kind, lang, dot=True):
    rng = ctx.rng
    adjs = ctx.pool(BIZ_ADJ)
    noun_kind = kind if kind != "sex_ad" else "massage"

    def make():
        a, n, c = rng.choice(adjs), rng.choice(BIZ_NOUN[noun_kind]), rng.choice(CITIES[lang])
        h = rng.choice([f"{a}{n}", f"{a}_{n}", f"{a}{n}.{c}", f"{a}{n}{c}", f"{a.capitalize()}{n.capitalize()}",
                        f"{a}{n}_{c}", f"{a.capitalize()}{n.capitalize()}{c.capitalize()}"])
        if not dot and "." in h:
            return None
        if not (5 <= len(h) <= 15) and "." not in h:
            return None
        return h

    return ctx.unique(make)


def new_code(ctx, n=7):
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return ctx.unique(lambda: "".join(ctx.rng.choice(alphabet) for _ in range(n)))


def new_phone(ctx, country):
    rng = ctx.rng

    def make():
        if country == "us":
            return f"+1{rng.choice(US_NPA)}55501{rng.randint(0, 99):02d}"
        if country == "uk":
            return f"+447700900{rng.randint(0, 999):03d}"
        return f"+3363998{rng.randint(0, 9999):04d}"

    return ctx.unique(make)


def phone_written(ctx, e164, national):
    rng = ctx.rng
    if e164.startswith("+1"):
        a, b, c = e164[2:5], e164[5:8], e164[8:]
        if national:
            return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
        return rng.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"])
    if e164.startswith("+44"):
        s = e164[3:]  # 7700900xxx
        if national:
            return rng.choice([f"0{s[:4]} {s[4:]}", f"0{s}", f"0{s[:4]} {s[4:7]} {s[7:]}"])
        return rng.choice([f"+44 {s[:4]} {s[4:]}", f"+44{s}", f"+44 (0){s[:4]} {s[4:]}"])
    s = e164[3:]  # 639981234
    pairs = " ".join([s[1:3], s[3:5], s[5:7], s[7:9]])
    if national:
        return rng.choice([f"0{s[0]} {pairs}", f"0{s[0]}." + pairs.replace(" ", "."), f"0{s}"])
    return rng.choice([f"+33 {s[0]} {pairs}", f"+33{s}", f"0033 {s[0]} {pairs}"])


# --------------------------------------------------------------------------------------------
class AdState:
    def __init__(self, ctx, lang, kind, caps):
        self.ctx, self.lang, self.kind, self.caps = ctx, lang, kind, caps
        self.person = None   # reused across handle elements of one ad, like one poster's accounts
        self.domain = None   # reused by site URLs and role addresses of one employer

    def cue(self, s):
        return s.upper() if self.caps else s

    def val(self, s):
        # In ALL CAPS ads some posters shout their account names too; the label keeps the written form.
        return s.upper() if self.caps and self.ctx.rng.random() < 0.3 else s

    def name(self, platforms, *, acct=False):
        dot = not any(p in NO_DOT for p in platforms)
        if self.person and self.ctx.rng.random() < 0.5 and (dot or "." not in self.person) \
                and (not acct or is_acct_like(self.person)) and len(self.person) >= 5:
            return self.person
        if not acct and (self.kind in ("job_offer", "massage") or (self.kind == "other" and self.ctx.rng.random() < 0.5)):
            n = biz_handle(self.ctx, self.kind, self.lang, dot=dot)
        elif dot and not acct and "linkinbio" not in platforms and self.ctx.rng.random() < 0.15:
            n = person_name(self.ctx, tld=True)  # "mia.love": an account name, not a domain
        else:
            n = person_name(self.ctx, acct=acct, dot=dot)
        if self.person is None:
            self.person = n
        return n

    def site(self):
        if self.domain is None:
            self.domain = new_domain(self.ctx, self.lang, self.kind)
        return self.domain


def pick(rng, lang, table, kind=None, biz=False):
    """Draw a phrase from a per-language bank, mixing in the shared (English) phrases."""
    own = table.get(lang, []) if lang != "en" else []
    shared = table.get("biz") if biz and table.get("biz") else table.get("*", [])
    if kind and kind in table and rng.random() < 0.6:
        return rng.choice(table[kind])
    if own and rng.random() < 0.65:
        return rng.choice(own)
    return rng.choice(shared)


def glue_after(rng):
    return rng.choice(["", "", "", "💋", "!!", ".", "💕", " 😘", "🔥", "!", ",", " ✨"])


def handle_el(st, cls):
    rng, lang, kind = st.ctx.rng, st.lang, st.kind
    tags = [cls]
    if cls == "handle_at":
        pool = H_AT["biz"] + H_AT.get(lang, []) if kind == "job_offer" else H_AT["*"] + H_AT.get(lang, []) * 3
        plats, tpl = rng.choice(pool)
        acct = False
    elif cls == "handle_abbrev":
        plats, tpl, acct = rng.choice(H_ABBREV)
    elif cls == "handle_emoji":
        (plats, tpl), acct = rng.choice(H_EMOJI), True
    elif cls == "handle_script":
        (plats, tpl), acct = rng.choice(H_SCRIPT[lang]), False
    elif cls == "handle_multi":
        (plats, tpl), acct = rng.choice(H_MULTI), False
    else:  # handle_plainword
        plats, tpl = rng.choice(H_PLAIN)
        n = plain_word(st.ctx, 5 if "telegram" in plats else 3)
        if st.caps and rng.random() < 0.3:
            n = n.upper()
        head, tail = tpl.split("{n}")
        written = st.cue(head) + n + st.cue(tail)
        return Element(written + glue_after(rng), [ins("handle", n, written, p) for p in plats], tags)
    n = st.val(st.name(plats, acct=acct))
    head, tail = tpl.split("{n}")
    written = st.cue(head) + n + st.cue(tail)
    if "." in n and n.rsplit(".", 1)[1].lower() in TLD_PARTS:
        tags.append("handle_dotted_tld")
    return Element(written + glue_after(rng), [ins("handle", n, written, p) for p in plats], tags)


def profile_el(st):
    rng = st.ctx.rng
    biz = st.kind in ("job_offer", "massage") or (st.kind == "other" and rng.random() < 0.5)
    plat, tpl = rng.choice(H_PROFILE_BIZ if biz else H_PROFILE)
    dot = plat not in NO_DOT
    if biz:
        n = biz_handle(st.ctx, st.kind, st.lang, dot=dot)
        if plat == "facebook" and rng.random() < 0.5:
            n = n.replace("_", "").replace(".", "")
            n = n[0].upper() + n[1:]
    else:
        n = st.name((plat,))
    url = tpl.format(n=n)
    cue = st.cue(rng.choice(PROFILE_CUE_BIZ if biz else PROFILE_CUE))
    glue = rng.choice(["", "", "", " 💋", "!!", " 🔥", ")"])
    text = cue + ("(" if glue == ")" else "") + url + glue
    tags = ["handle_profile_url"]
    if "." in n and n.rsplit(".", 1)[1].lower() in TLD_PARTS:
        tags.append("handle_dotted_tld")
    return Element(text, [ins("url", url, url), ins("handle", n, url, plat)], tags)


def url_el(st, cls):
    rng, lang, kind = st.ctx.rng, st.lang, st.kind
    cue_pool = APPLY_CUE[lang] if kind == "job_offer" and rng.random() < 0.6 else SITE_CUE[lang]
    cue = st.cue(rng.choice(cue_pool))
    if cls == "url_shortener":
        host = rng.choice(SHORTENERS)
        code = new_code(st.ctx, rng.choice([6, 7]))
        url = rng.choice(["", "", "https://"]) + f"{host}/{code}"
        return Element(f"{cue} {url}", [ins("url", url, url)], [cls])
    if cls == "url_linkinbio":
        host = rng.choice(LINKINBIO)
        n = st.name(("linkinbio",))
        url = rng.choice(["", "", "https://"]) + f"{host}/{n}"
        cue = st.cue(rng.choice(["all my links 👉", "link in bio:", "everything here:", "🔗", "my links:", "links ➡️"]))
        return Element(f"{cue} {url}" + glue_after(rng), [ins("url", url, url)], [cls])
    dom = st.site()
    if st.caps and rng.random() < 0.3:
        dom = dom.upper()
    path = ""
    if cls == "url_path" or (cls == "url_glued" and rng.random() < 0.4):
        job_paths, book_paths = PATHS.get(lang, ([], []))
        own = job_paths if kind == "job_offer" else [] if kind == "other" else book_paths
        choices = (PATHS["*"] if kind != "job_offer" else []) + PATHS.get(kind, []) * 2 + own * 2
        path = rng.choice(choices).replace("{num}", str(rng.randint(100, 99999)))
    if cls == "url_spelled":
        tok = DOT_WORD[lang] if rng.random() < 0.8 else "dot"
        tok = st.cue(tok)
        form = rng.choice([" {t} ", " ({t}) ", " [{t}] ", "[{t}]"])
        www = rng.random() < 0.3
        labels = (["www"] if www else []) + dom.split(".")
        written = form.format(t=tok).join(labels)
        value = ".".join(labels)
        return Element(f"{cue} {written}", [ins("url", value, written)], [cls])
    scheme = rng.choice(["", "", "www.", "www.", "https://", "https://www.", "http://"])
    if st.caps and scheme.startswith("www") and dom.isupper():
        scheme = "WWW."
    url = scheme + dom + path
    if cls == "url_glued":
        pre = rng.choice(["👉", "(", "➡️", "[", "«", "“", "🌐", "", ""])
        post = {"(": ")", "[": "]", "«": "»", "“": "”"}.get(pre) or rng.choice(["!!!", ".", ",", "💋", "👈", "🔥", "!", "✨"])
        lead = "" if pre in ("(", "[", "«", "“") and rng.random() < 0.5 else cue + " "
        return Element(f"{lead}{pre}{url}{post}", [ins("url", url, url)], [cls])
    return Element(f"{cue} {url}", [ins("url", url, url)], [cls])


def email_el(st, cls):
    rng, lang, kind = st.ctx.rng, st.lang, st.kind
    if cls == "email_role":
        local = rng.choice(ROLES[lang])
        dom = st.site()
    else:
        dom = rng.choice(FREEMAIL[lang])
        base = st.person if st.person and rng.random() < 0.4 else None
        while True:
            if base is None:
                base = person_name(st.ctx, dot=True, minlen=4, maxlen=20)
            local = base.lower().strip("_.") if rng.random() < 0.8 else base.strip("_.")
            if f"{local}@{dom}".lower() not in st.ctx.used:
                break
            base = None
    if st.caps and rng.random() < 0.3:
        local, dom = local.upper(), dom.upper()
    cue_pool = JOB_EMAIL_CUE[lang] if kind == "job_offer" and rng.random() < 0.6 else EMAIL_CUE[lang]
    cue = st.cue(rng.choice(cue_pool))
    value = f"{local}@{dom}"
    st.ctx.used.add(value.lower())
    if cls == "email_disguised":
        at, dot = rng.choice(EMAIL_DISGUISE[lang])
        if st.caps:
            at, dot = at.upper(), dot.upper()
        written = local + at + dot.join(dom.split("."))
        return Element(f"{cue} {written}", [ins("email", value, written)], [cls])
    glue = rng.choice(["plain", "plain", "plain", "paren", "angle", "emoji", "dot"])
    if glue == "paren":
        text = f"{cue} ({value})"
    elif glue == "angle":
        text = f"{cue} <{value}>"
    elif glue == "emoji":
        text = f"📧{value}{rng.choice(['💋', '✨', '👈', '🔥'])}"
    elif glue == "dot":
        text = f"{cue} {value}."
    else:
        text = f"{cue} {value}"
    return Element(text, [ins("email", value, value)], [cls])


def phone_country(st, rng):
    if st.lang == "en":
        return rng.choice(["us", "uk"]), True
    if st.lang == "fr":
        return "fr", rng.random() < 0.7
    return rng.choice(["us", "uk", "fr"]), False


def phone_el(st):
    rng = st.ctx.rng
    country, national = phone_country(st, rng)
    e164 = new_phone(st.ctx, country)
    w = phone_written(st.ctx, e164, national)
    return Element(f"{st.cue(rng.choice(PHONE_CUE[st.lang]))} {w}", [ins("phone", e164, w)], ["phone"], keep_case=True)


def wa_el(st):
    rng = st.ctx.rng
    e164 = new_phone(st.ctx, rng.choice(["us", "uk", "fr"]))
    url = rng.choice(["", "", "https://"]) + "wa.me/" + e164[1:]
    cue = st.cue(rng.choice(["WhatsApp 👉", "chat:", "📲", "WA:", "whatsapp me"]))
    return Element(f"{cue} {url}", [ins("url", url, url), ins("phone", e164, url)], ["wa_link", "phone"], keep_case=True)


def callme_el(st):
    rng = st.ctx.rng
    country, _ = phone_country(st, rng)
    e164 = new_phone(st.ctx, country)
    if e164.startswith("+1"):
        a, b, c = e164[2:5], e164[5:8], e164[8:]
        w = rng.choice([f"({a}){b}-{c}", f"{a}.{b}.{c}", f"({a}) {b}-{c}"])
    else:
        w = phone_written(st.ctx, e164, rng.random() < 0.5)
    lead = rng.choice(["CALL.ME.", "TEXT.ME.", "CALL.ME ", "CALL.OR.TEXT.", "CALL.ME📞"])
    return Element(lead + w, [ins("phone", e164, w)], ["neg_callme_phone", "phone"], keep_case=True)


def neg_el(st, cls, footer_sites):
    rng, lang, kind = st.ctx.rng, st.lang, st.kind
    biz = kind in ("job_offer", "other")
    if cls == "neg_callme_phone":
        return callme_el(st)
    if cls == "neg_hashtag":
        tags = [rng.choice(HASHTAGS["*"]) for _ in range(rng.randint(1, 3))]
        tags += [rng.choice(HASHTAGS[kind]) for _ in range(rng.randint(1, 2))]
        tags.append(rng.choice(HASHTAGS["city"][lang]))
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        rng.shuffle(seen)
        return Element(" ".join(seen), [], [cls], keep_case=True)
    if cls == "neg_footer":
        site = rng.choice(footer_sites[lang])
        tpl = rng.choice(FOOTER_TEMPLATES[lang])
        return Element(tpl.format(site=site, num=rng.randint(100000, 999999)), [], [cls], keep_case=True)
    table = NEG[cls]
    if cls == "neg_dotted_caps" and kind == "massage" and rng.random() < 0.5:
        return Element(rng.choice(table["massage"]), [], [cls])
    return Element(pick(rng, lang, table, biz=biz), [], [cls])


POS_FUNCS = {
    "handle_at": lambda st: handle_el(st, "handle_at"),
    "handle_abbrev": lambda st: handle_el(st, "handle_abbrev"),
    "handle_emoji": lambda st: handle_el(st, "handle_emoji"),
    "handle_plainword": lambda st: handle_el(st, "handle_plainword"),
    "handle_script": lambda st: handle_el(st, "handle_script"),
    "handle_multi": lambda st: handle_el(st, "handle_multi"),
    "handle_profile_url": profile_el,
    "url_site": lambda st: url_el(st, "url_site"),
    "url_path": lambda st: url_el(st, "url_path"),
    "url_shortener": lambda st: url_el(st, "url_shortener"),
    "url_linkinbio": lambda st: url_el(st, "url_linkinbio"),
    "url_spelled": lambda st: url_el(st, "url_spelled"),
    "url_glued": lambda st: url_el(st, "url_glued"),
    "email_plain": lambda st: email_el(st, "email_plain"),
    "email_disguised": lambda st: email_el(st, "email_disguised"),
    "email_role": lambda st: email_el(st, "email_role"),
    "wa_link": wa_el,
}


def weighted_sample(rng, weights, k):
    items = [(c, w) for c, w in weights.items() if w > 0]
    out = []
    for _ in range(min(k, len(items))):
        total = sum(w for _, w in items)
        r = rng.uniform(0, total)
        acc = 0.0
        for i, (c, w) in enumerate(items):
            acc += w
            if r <= acc:
                out.append(c)
                items.pop(i)
                break
        else:
            out.append(items.pop()[0])
    return out


def norm_url(u):
    """The scorer's URL key: no scheme, no www., no trailing slash, lower case."""
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def labels_from(inserts):
    """The label block of an ad, from what was inserted (deduplicated as the scorer compares)."""
    handles, urls, emails, phones = [], [], [], []
    seen = set()
    for d in inserts:
        k, v = d["kind"], d["value"]
        key = (k, d.get("platform"), norm_url(v) if k == "url" else v.lower())
        if key in seen:
            continue
        seen.add(key)
        if k == "handle":
            handles.append({"platform": d["platform"], "value": v})
        elif k == "url":
            urls.append(v)
        elif k == "email":
            emails.append(v)
        elif k == "phone":
            phones.append(v)
    return {"handles": handles, "urls": urls, "emails": emails, "phones": phones, "post_type": None, "indicators": []}


def make_ad(ctx, ad_id, lang, kind, positive, footer_sites, primary=None):
    rng = ctx.rng
    caps = rng.random() < 0.22
    st = AdState(ctx, lang, kind, caps)
    bank = TEXT[lang][kind]
    title = rng.choice(bank["t"])
    if caps:
        title = title.upper()
    if rng.random() < 0.4:
        e = rng.choice(SPRINKLES)
        title = f"{e} {title} {e}" if rng.random() < 0.5 else f"{title} {e}{e}"
    lines = [Element(l) for l in rng.sample(bank["b"], rng.randint(2, min(4, len(bank["b"]))))]
    elements = []
    if positive:
        w = dict(POS_WEIGHTS[kind])
        if primary == "handle_script" and lang not in H_SCRIPT:
            primary = "handle_abbrev" if kind != "job_offer" else "handle_at"
        if lang in H_SCRIPT and "handle_script" in w:
            w["handle_script"] = 12
        w.pop(primary, None)
        chosen = [primary] + weighted_sample(rng, w, rng.choices([0, 1, 2, 3], [25, 40, 25, 10])[0])
        if lang in H_SCRIPT and kind != "job_offer" and "handle_script" not in chosen and rng.random() < 0.6:
            chosen.append("handle_script")  # Arabic / Cyrillic platform cue before a Latin account name
        for c in chosen:
            elements.append(POS_FUNCS[c](st))
        n_neg = rng.choices([1, 2, 3], [40, 40, 20])[0]
    else:
        n_neg = rng.choices([2, 3, 4], [35, 40, 25])[0]
    negs = [neg_el(st, c, footer_sites) for c in weighted_sample(rng, NEG_WEIGHTS[kind], n_neg)]
    if rng.random() < 0.3 and not any("phone" in e.tags for e in elements + negs):
        elements.append(phone_el(st))
    tail = [e for e in negs if e.tags[0] in ("neg_hashtag", "neg_footer")]
    tail.sort(key=lambda e: e.tags[0] == "neg_footer")
    middle = lines + elements + [e for e in negs if e not in tail]
    rng.shuffle(middle)
    if caps:
        for e in middle:
            if not e.inserts and not e.keep_case:
                e.text = e.text.upper()
    selector_in_title = False
    if positive and rng.random() < 0.1:
        movable = [e for e in middle if e.inserts and "phone" not in e.tags]
        if movable:
            e = movable[0]
            middle.remove(e)
            title = f"{title}{rng.choice([' – ', ' | ', ' '])}{e.text}"
            selector_in_title = True
            title_inserts = e.inserts
            title_tags = e.tags
    parts = []
    for i, e in enumerate(middle + tail):
        if i:
            parts.append(rng.choice(SEPARATORS) if e not in tail else rng.choice(["\n", "\n\n", "  ", "\n---\n"]))
        parts.append(e.text)
        if rng.random() < 0.15 and e not in tail:
            parts.append(" " + rng.choice(SPRINKLES))
    body = "".join(parts)
    inserts = [d for e in middle + tail for d in e.inserts]
    tags = [t for e in middle + tail for t in e.tags]
    if selector_in_title:
        inserts = title_inserts + inserts
        tags = title_tags + tags + ["selector_in_title"]
    has_sel = any(d["kind"] in ("handle", "url", "email") for d in inserts)
    assert has_sel == positive, ad_id
    group = "has_selectors" if has_sel else "no_selectors"
    tag_list = [group] + sorted(set(tags)) + (["all_caps"] if caps else [])
    rec = {"id": ad_id, "title": title, "body": body, "lang": lang, "kind": kind, "labels": labels_from(inserts),
           "tags": tag_list}
    return rec, inserts


def allocate(rng, n, shares):
    """Exact counts per key from shares (largest remainder, ties by seeded order), as a shuffled list."""
    keys = list(shares)
    raw = {k: n * shares[k] for k in keys}
    counts = {k: int(raw[k]) for k in keys}
    order = sorted(keys, key=lambda k: (-(raw[k] - counts[k]), rng.random()))
    for k in order[: n - sum(counts.values())]:
        counts[k] += 1
    out = [k for k in keys for _ in range(counts[k])]
    rng.shuffle(out)
    return out


def build_split(name, prefix, n, seed, half, used):
    rng = random.Random(seed)
    ctx = Ctx(rng, half, used)
    lang_shares = {"en": EN_SHARE, **{l: (1 - EN_SHARE) / (len(LANGS) - 1) for l in LANGS[1:]}}
    langs = allocate(rng, n, lang_shares)
    kinds = allocate(rng, n, KIND_SHARE)
    positives = allocate(rng, n, {True: 0.5, False: 0.5})
    footer_sites = {l: s[half * len(s) // 2:(half + 1) * len(s) // 2] for l, s in FOOTER_SITES.items()}
    decks = {k: [] for k in KINDS}
    out = []
    for i in range(n):
        ad_id = f"{prefix}-{i + 1:04d}"
        primary = None
        if positives[i]:
            # The first selector class of a positive ad is dealt from a per-kind deck, so that every
            # class of a kind is covered in proportion to its weight; further ones are drawn freely.
            deck = decks[kinds[i]]
            if not deck:
                deck.extend(c for c, w in POS_WEIGHTS[kinds[i]].items() for _ in range(w))
                rng.shuffle(deck)
            primary = deck.pop()
        out.append(make_ad(ctx, ad_id, langs[i], kinds[i], positives[i], footer_sites, primary))
    return out


def build_all():
    """{split: [(record, inserts)]}; dev is built first and heldout never reuses one of its values."""
    used = set()
    return {name: build_split(name, prefix, n, seed, half, used) for name, prefix, n, seed, half in SPLITS}


def render(pairs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in pairs)


def stats(built):
    """Markdown count tables for README.md."""
    out = []
    names = [s[0] for s in SPLITS]
    recs = {k: [r for r, _ in built[k]] for k in names}

    def table(title, key_fn, keys=None, per_value=False):
        counts = {k: Counter() for k in names}
        for k in names:
            for r in recs[k]:
                for key in key_fn(r):
                    counts[k][key] += 1
        all_keys = keys or sorted(set().union(*[set(c) for c in counts.values()]))
        out.append(f"| {title} | " + " | ".join(names) + " |")
        out.append("|---|" + "---:|" * len(names))
        for key in all_keys:
            out.append(f"| {key} | " + " | ".join(str(counts[k][key]) for k in names) + " |")
        out.append("")

    out.append("Ads per kind:\n")
    table("kind", lambda r: [r["kind"]], list(KINDS))
    out.append("Ads per language:\n")
    table("lang", lambda r: [r["lang"]], list(LANGS))
    out.append("Ads per class (an ad carries several classes):\n")
    table("class", lambda r: r["tags"])
    out.append("Labelled values:\n")
    table("labels", lambda r: ["handles"] * len(r["labels"]["handles"]) + ["urls"] * len(r["labels"]["urls"])
          + ["emails"] * len(r["labels"]["emails"]) + ["phones"] * len(r["labels"]["phones"])
          + ["  of which profile URLs (also labelled as handles)"] * sum(1 for u in r["labels"]["urls"] if profile_url(u) and "wa.me/" not in u)
          + ["  of which wa.me links (also labelled as phones)"] * sum(1 for u in r["labels"]["urls"] if "wa.me/" in u),
          ["handles", "urls", "  of which profile URLs (also labelled as handles)", "  of which wa.me links (also labelled as phones)",
           "emails", "phones"])
    out.append("Handles per platform:\n")
    table("platform", lambda r: [h["platform"] for h in r["labels"]["handles"]])
    return "\n".join(out).rstrip() + "\n"


PROFILE_HOSTS = ("instagram.com/", "t.me/", "twitter.com/", "x.com/", "onlyfans.com/", "tiktok.com/", "facebook.com/",
                 "snapchat.com/", "wa.me/")


def profile_url(u):
    return norm_url(u).startswith(PROFILE_HOSTS)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    ap.add_argument("--stats", action="store_true", help="print the README count tables")
    args = ap.parse_args()
    built = build_all()
    if args.stats:
        sys.stdout.write(stats(built))
        return 0
    bad = 0
    for name, *_ in SPLITS:
        path = HERE / f"{name}.jsonl"
        text = render(built[name])
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path.name}: differs from generator output", file=sys.stderr)
                bad = 1
        else:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.name}: {len(built[name])} ads")
    return bad


if __name__ == "__main__":
    sys.exit(main())
