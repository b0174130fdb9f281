#!/usr/bin/env python3
"""Generator for the selectors-licences evaluation set.

Writes dev.jsonl (seed 1, 150 ads) and heldout.jsonl (seed 2, 250 ads) next to this
file.  Python 3.11 standard library only; the output is deterministic, so running
`python3 gen.py` again rewrites both files byte for byte.

    python3 gen.py            # (re)write dev.jsonl and heldout.jsonl
    python3 gen.py --check    # exit 1 if the files on disk differ from a fresh run
    python3 gen.py --stats    # counts per file

Written blind to plainsight's implementation: only the real-world description of
licence numbers in recruitment / placement / massage ads was used.  Every agency,
name, number, phone, e-mail and web address is invented.

Labelling rule (see README.md): the span is the licence code as an analyst would
copy it.  Cue words in front ("Licence No.", "OEP Licence #", "SLBFE Lic. No.",
"CAMTC #", "ترخيص رقم") are outside the span; prefix letters that belong to the
official code and are written attached to it ("RL-1234", "OEP-1234/LHR", "PEA/1234",
"POEA-123-LB-031220-R", "JTKSM 123", "MM12345") are inside.  A code written in
pieces or with spaces ("1234 / LHR", "B-0585 / MUM / ...") is covered whole.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# dev / heldout split of phrase banks
# ---------------------------------------------------------------------------

SPLIT = "dev"


def pool(items):
    """Part of a bank for the current split.

    Banks of three or more items are cut so that dev sees items i%3 in {0,1} and
    heldout sees items i%3 in {1,2}: a third is shared, a third is only in dev and
    a third only in heldout.  Shorter banks are shared whole.
    """
    items = list(items)
    if len(items) < 3:
        return items
    keep = (0, 1) if SPLIT == "dev" else (1, 2)
    return [x for i, x in enumerate(items) if i % 3 in keep]


def ch(R, items):
    return R.choice(pool(items))


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯",
    "deva": "०१२३४५६७८९",
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
}


def native(s, script):
    digits = NATIVE[script]
    return "".join(digits[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def fill(R, pattern):
    """Replace every '#' with a random digit, every 'N' with a digit 2-9."""
    return "".join(str(R.randint(0, 9)) if c == "#" else str(R.randint(2, 9)) if c == "N" else c
                   for c in pattern)


def num(R, lo, hi, width=0):
    n = R.randint(lo, hi)
    return f"{n:0{width}d}" if width else str(n)


# ---------------------------------------------------------------------------
# country contexts
# ---------------------------------------------------------------------------

DESTS = {
    "gulf": [("Saudi Arabia", "SAR", "🇸🇦"), ("UAE", "AED", "🇦🇪"), ("Dubai", "AED", "🇦🇪"),
             ("Qatar", "QAR", "🇶🇦"), ("Kuwait", "KWD", "🇰🇼"), ("Oman", "OMR", "🇴🇲"),
             ("Bahrain", "BHD", "🇧🇭"), ("Riyadh", "SAR", "🇸🇦")],
    "asia": [("Malaysia", "RM", "🇲🇾"), ("South Korea", "KRW", "🇰🇷"), ("Japan", "JPY", "🇯🇵"),
             ("Singapore", "SGD", "🇸🇬")],
    "europe": [("Poland", "EUR", "🇵🇱"), ("Romania", "EUR", "🇷🇴"), ("Croatia", "EUR", "🇭🇷"),
               ("Portugal", "EUR", "🇵🇹"), ("Malta", "EUR", "🇲🇹"), ("Serbia", "EUR", "🇷🇸")],
    "spain": [("Spain", "EUR", "🇪🇸"), ("Almería", "EUR", "🇪🇸"), ("Huelva", "EUR", "🇪🇸")],
    "portugal": [("Portugal", "EUR", "🇵🇹"), ("Algarve", "EUR", "🇵🇹"), ("Alentejo", "EUR", "🇵🇹")],
}

JOBS = ["Electrician", "Plumber", "Heavy Driver", "Light Driver", "Mason", "Steel Fixer",
        "Cleaner", "Housemaid", "Cook", "Waiter", "Security Guard", "Welder",
        "Factory Worker", "Caregiver", "Staff Nurse", "Forklift Operator", "Farm Worker",
        "Barista", "Delivery Rider", "AC Technician", "Carpenter", "Shuttering Carpenter",
        "Painter", "Scaffolder", "Pipe Fitter", "Tile Fixer", "Kitchen Helper",
        "Hotel Housekeeping", "Poultry Farm Worker", "Packing Helper"]

CTX = {
    "PK": dict(
        sites=["naukriwall.pk", "gulfkaam.pk", "classifiedhub-pk", "fb:overseas-jobs-pk"],
        phones=["030#-#######", "+92 31# #######", "0333#######", "+92-34#-#######", "032#-#######"],
        cities=["Lahore", "Rawalpindi", "Karachi", "Islamabad", "Peshawar", "Faisalabad",
                "Multan", "Sialkot", "Quetta"],
        dest=["gulf", "gulf", "europe", "asia"],
        greet=["Fori rabta karein", "Naukri ka sunehri mauqa!", "Bahir mulk naukri",
               "ویزا اور ٹکٹ فری", "فوری رابطہ کریں", "Interview jald shuru",
               "Khushkhabri! Saudi visa open", "بیرون ملک ملازمت کے مواقع"],
        contact=["Rabta: {p}", "رابطہ: {p}", "Call/WhatsApp {p}", "Contact: {p}",
                 "WhatsApp only {p}", "Mob: {p}"],
        fee=["Service charges Rs 45,000 only", "Fee Rs 1,20,000 after visa",
             "Rs 35,000/month training stipend", "Total package Rs 3,50,000"],
        names=(["Al-Rehmat", "Shaheen Star", "Green Crescent", "Indus Gate", "Barakah Link",
                "Zamzam Bridge", "Noor-e-Sahar", "Falcon Route", "Saqib & Sons",
                "Pak Crown"],
               ["Overseas Employment Promoters", "Overseas Employment Corporation",
                "Manpower Services", "OEP", "Overseas (Pvt) Ltd"]),
    ),
    "BD": dict(
        sites=["bideshjobs.bd", "kajerkhobor.com.bd", "fb:probashi-kaj", "bdclassified.net"],
        phones=["017##-######", "+88019########", "018########", "+880 15##-######", "013##-######"],
        cities=["Dhaka", "Chattogram", "Sylhet", "Cumilla", "Banani", "Motijheel", "Paltan"],
        dest=["gulf", "gulf", "asia", "europe"],
        greet=["বিদেশে চাকরির সুবর্ণ সুযোগ", "Bidesh jete chan?", "সরকার অনুমোদিত রিক্রুটিং এজেন্সি",
               "Fast visa processing", "যোগাযোগ করুন এখনই", "Probashi bhaider jonno sujog"],
        contact=["যোগাযোগ: {p}", "Call: {p}", "Imo/WhatsApp: {p}", "Hotline {p}",
                 "মোবাইল: {p}"],
        fee=["Package Tk 3,50,000", "Tk 1,80,000 (visa + ticket)", "Tk 25,000 advance",
             "BMET fee included"],
        names=(["Shapla Sky", "Padma Link", "Sonar Tori", "Meghna Gate", "Sundarban Bridge",
                "Rupali Path", "Nodi Tara", "Kashful Way", "Shonar Horin"],
               ["Recruiting Agency", "Overseas Ltd.", "International", "Manpower Services",
                "Travels & Recruiting"]),
    ),
    "IN": dict(
        sites=["gulfnaukri.in", "videshkaam.co.in", "fb:gulf-jobs-india", "jobkhabar.in"],
        phones=["+91 9#### #####", "98########", "+91-7###-######", "9#########"],
        cities=["Mumbai", "Delhi", "Kochi", "Chennai", "Hyderabad", "Lucknow", "Kolkata",
                "Trivandrum"],
        dest=["gulf", "gulf", "europe", "asia"],
        greet=["विदेश में नौकरी का सुनहरा मौका", "Gulf jobs - direct company visa",
               "Urgent requirement", "संपर्क करें", "Free recruitment for nurses",
               "Videsh me naukri, turant sampark karein"],
        contact=["संपर्क: {p}", "Call/WhatsApp: {p}", "Contact {p}", "Mob. {p}",
                 "WhatsApp CV: {p}"],
        fee=["Service charge Rs 30,000 as per MEA rules", "Rs 45,000/month stipend during training",
             "No advance payment", "Fee ₹ 20,000 after visa"],
        names=(["Sagarika", "Navdeep", "Trishul Gate", "Kaveri Link", "Sahyadri", "Ganga Pearl",
                "Vistara Bridge", "Malabar Sun", "Deccan Star"],
               ["Placement Services", "Manpower Consultants", "Overseas Pvt Ltd",
                "International Recruiters", "HR Consultancy"]),
    ),
    "NP": dict(
        sites=["rojgarkhabar.np", "bideshjob.com.np", "fb:malaysia-job-nepal", "kaamdaam.np"],
        phones=["98########", "+977-98########", "01-4######", "97########"],
        cities=["Kathmandu", "Lalitpur", "Pokhara", "Butwal", "Biratnagar", "Chitwan"],
        dest=["gulf", "asia", "asia", "europe"],
        greet=["वैदेशिक रोजगारको सुनौलो अवसर", "Malaysia ko lagi free visa free ticket",
               "सम्पर्क गर्नुहोस्", "Demand aayeko chha!", "शून्य लागत (Free Visa Free Ticket)",
               "Japan SSW ko lagi interview"],
        contact=["सम्पर्क: {p}", "Contact: {p}", "Viber/WhatsApp {p}", "Phone {p}",
                 "Sampark: {p}"],
        fee=["NPR 60,000/- only", "Rs. 10,000 (service charge)", "Cost NPR 1,25,000",
             "Zero cost - free visa free ticket"],
        names=(["Himal Path", "Sagarmatha Link", "Gaurishankar", "Annapurna Gate", "Lumbini Star",
                "Mechi Kali", "Koshi Bridge", "Everest Trail"],
               ["Manpower Pvt. Ltd.", "Overseas Pvt. Ltd.", "Human Resources Pvt. Ltd.",
                "Employment Service"]),
    ),
    "LK": dict(
        sites=["rakiyawebata.lk", "lankajobs-abroad.lk", "fb:lk-foreign-jobs"],
        phones=["07# ### ####", "+94 7# ### ####", "07########", "011 2######"],
        cities=["Colombo", "Kandy", "Negombo", "Kurunegala", "Galle", "Jaffna"],
        dest=["gulf", "asia", "europe"],
        greet=["විදේශ රැකියා අවස්ථා", "வெளிநாட்டு வேலை வாய்ப்பு", "Urgent vacancies",
               "Free visa & air ticket", "Interviews this week"],
        contact=["Call {p}", "Hotline: {p}", "WhatsApp {p}", "අමතන්න {p}", "அழைக்கவும் {p}"],
        fee=["Rs 150,000 package", "No charges for housemaids", "LKR 95,000 (after visa)"],
        names=(["Lanka Star", "Ceylon Pearl", "Serendib Gate", "Ruhuna Link", "Kelani Bridge",
                "Sigiri Way"],
               ["Employment Agency", "Foreign Employment (Pvt) Ltd", "Manpower Services",
                "International"]),
    ),
    "PH": dict(
        sites=["trabahoabroad.ph", "fb:ofw-hiring-ph", "pinoyjobs-abroad.ph", "hanapbuhay.ph"],
        phones=["09## ### ####", "+63 9## ### ####", "09#########", "(02) 8###-####"],
        cities=["Manila", "Makati", "Quezon City", "Pasay", "Cebu", "Davao", "Ermita"],
        dest=["gulf", "asia", "europe"],
        greet=["Mag-apply na!", "Walang placement fee!", "Hiring ASAP", "Direct hiring",
               "OFW hiring for qualified applicants", "Libre ang medical at visa"],
        contact=["Tawag o text: {p}", "Viber {p}", "Call/Text {p}", "Contact: {p}",
                 "Landline {p}"],
        fee=["PHP 25,000 monthly allowance", "₱ 45,000/month", "No placement fee",
             "Salary PHP 35,000 - 40,000"],
        names=(["Bagong Araw", "Perlas Bridge", "Mabuhay Link", "Tala Star", "Luzvimin Gate",
                "Bayanihan Path", "Sampaguita Way"],
               ["Manpower Agency Inc.", "International Services Corp.", "Placement Agency",
                "Recruitment Inc."]),
    ),
    "NG": dict(
        sites=["naijajobs-abroad.ng", "fb:travel-and-work-ng", "ojajobs.ng"],
        phones=["080# ### ####", "+234 80# ### ####", "070########", "+234 90# ### ####"],
        cities=["Lagos", "Ikeja", "Abuja", "Port Harcourt", "Ibadan", "Kano"],
        dest=["gulf", "europe", "asia"],
        greet=["Travel & work abroad!", "Genuine visa, no 419", "Limited slots!",
               "Japa the right way", "Apply now"],
        contact=["Call/WhatsApp: {p}", "Contact: {p}", "Tel {p}", "Text {p}"],
        fee=["Processing fee ₦850,000", "N1.2m all inclusive", "₦ 250,000 deposit"],
        names=(["Zenith Bridge", "Lekki Gate", "Niger Star", "Eko Path", "Arewa Link"],
               ["Recruitment Ltd", "Manpower Services", "International Agency",
                "Global Placement Ltd"]),
    ),
    "GH": dict(
        sites=["ghanajobs-abroad.gh", "fb:work-abroad-gh"],
        phones=["024 ### ####", "+233 24 ### ####", "055 ### ####", "020#######"],
        cities=["Accra", "Kumasi", "Tema", "Takoradi", "Madina"],
        dest=["gulf", "europe"],
        greet=["Work abroad opportunity", "Genuine agency", "Akwaaba to new jobs",
               "Limited slots"],
        contact=["Call {p}", "WhatsApp {p}", "Contact: {p}"],
        fee=["GH₵ 12,000 processing", "GHS 8,500 all inclusive", "Fee GH₵ 5,000"],
        names=(["Volta Bridge", "Adinkra Gate", "Golden Stool Link", "Kente Path"],
               ["Recruitment Agency", "Employment Services", "Manpower Ltd"]),
    ),
    "KE": dict(
        sites=["kazinje.co.ke", "fb:jobs-abroad-kenya", "ajirakenya.co.ke"],
        phones=["07## ### ###", "+254 7## ### ###", "07########", "+254 1## ######"],
        cities=["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"],
        dest=["gulf", "gulf", "europe"],
        greet=["Nafasi za kazi nje ya nchi", "Wasiliana nasi leo", "Kazi Saudi Arabia",
               "Genuine agency - usidanganywe", "Apply now"],
        contact=["Wasiliana nasi: {p}", "Call/WhatsApp {p}", "Piga simu {p}",
                 "Contact: {p}"],
        fee=["KES 45,000 processing fee", "Ksh 15,000 medical", "KSh 80,000 all in"],
        names=(["Simba Gate", "Jambo Link", "Savanna Bridge", "Kilele Star", "Tana Path"],
               ["Recruitment Agency", "Employment Bureau", "Manpower Ltd",
                "International Agencies"]),
    ),
    "UG": dict(
        sites=["kampalajobs.ug", "fb:ug-external-jobs"],
        phones=["07## ######", "+256 7## ######", "07########", "+256 39# ######"],
        cities=["Kampala", "Entebbe", "Jinja", "Mbarara", "Gulu"],
        dest=["gulf", "gulf"],
        greet=["Jobs in Saudi and UAE", "Apply now", "Genuine placements",
               "Omulimu ebweru (jobs abroad)"],
        contact=["Call {p}", "WhatsApp {p}", "Contact: {p}"],
        fee=["UGX 1,500,000 processing", "Shs 800,000 medical & passport"],
        names=(["Pearl Nile", "Rwenzori Gate", "Kabaka Link", "Victoria Path"],
               ["Recruitment Agency", "External Employment Ltd", "Manpower Services"]),
    ),
    "ET": dict(
        sites=["ethiojobs-abroad.et", "fb:ethio-gulf-jobs"],
        phones=["09## ### ###", "+251 9## ### ###", "011 ### ####"],
        cities=["Addis Ababa", "Bole", "Adama", "Bahir Dar", "Hawassa"],
        dest=["gulf", "gulf"],
        greet=["የውጭ ሀገር ስራ", "Jobs in Saudi Arabia", "Legal overseas employment",
               "Apply now"],
        contact=["Call {p}", "ስልክ: {p}", "Contact: {p}"],
        fee=["ETB 15,000 service fee", "Birr 8,000 medical"],
        names=(["Abay Gate", "Lalibela Link", "Entoto Bridge", "Axum Star"],
               ["Foreign Employment Agency", "Employment Agency PLC", "Manpower Services"]),
    ),
    "ID": dict(
        sites=["lokerluarnegeri.id", "fb:tki-resmi", "kerjaluar.co.id"],
        phones=["08##-####-####", "+62 8## #### ####", "08##########"],
        cities=["Jakarta", "Surabaya", "Semarang", "Malang", "Cirebon", "Indramayu"],
        dest=["asia", "asia", "gulf"],
        greet=["Lowongan kerja luar negeri", "Hubungi kami segera", "Proses cepat & resmi",
               "Tanpa potongan gaji", "Berangkat gratis"],
        contact=["Hubungi: {p}", "WA {p}", "Telp {p}", "Info: {p}"],
        fee=["Gaji Rp 9.500.000/bulan", "Biaya Rp 0 (gratis)", "Rp 2.500.000 pelatihan"],
        names=(["Cahaya Samudra", "Sinar Harapan Jaya", "Bintang Timur", "Garuda Mandiri",
                "Mutiara Karya"],
               ["PT", "Sejahtera", "Abadi", "Indah"]),
    ),
    "MY": dict(
        sites=["jawatankosong.my", "fb:pekerja-asing-my", "mycarijob.my"],
        phones=["01#-### ####", "+60 1#-### ####", "01########", "03-#### ####"],
        cities=["Kuala Lumpur", "Shah Alam", "Johor Bahru", "Penang", "Klang", "Ipoh"],
        dest=["asia"],
        greet=["Jawatan kosong", "Maid agency - fast approval", "Hubungi kami",
               "Pembantu rumah dari Indonesia & Filipina", "Fast permit processing"],
        contact=["WhatsApp {p}", "Hubungi {p}", "Call {p}", "Tel: {p}"],
        fee=["RM 8,800 package", "RM 1,500/month salary", "Deposit RM 2,000"],
        names=(["Harmoni", "Sri Permata", "Bunga Raya", "Teratai Emas", "Cahaya Bulan"],
               ["Maid Agency Sdn Bhd", "Employment Agency", "Recruitment Sdn Bhd",
                "HR Services Sdn Bhd"]),
    ),
    "LB": dict(
        sites=["lebanon-classifieds.lb", "fb:maid-office-lb", "souqlb.net"],
        phones=["03 ### ###", "+961 3 ### ###", "71/######", "+961 71 ### ###", "01 ######"],
        cities=["Beirut", "Achrafieh", "Jounieh", "Jdeideh", "Zalka", "Tripoli", "Dora"],
        greet=["مكتب استقدام عاملات منزليات", "عاملات من الفلبين وإثيوبيا وكينيا",
               "Bureau de placement de domestiques", "Housemaids available immediately",
               "كفالة 3 أشهر"],
        contact=["للتواصل: {p}", "Tel: {p}", "WhatsApp {p}", "اتصل على {p}",
                 "Contactez-nous : {p}"],
        fee=["$2,500 all inclusive", "USD 1800 per maid", "Monthly salary $250",
             "Fees $1,500 + visa"],
        names=(["Cedar Hands", "Arz Home", "Zahrat", "Phoenicia", "Byblos Care"],
               ["Office", "Home Services", "Maid Bureau", "Recruitment Office"]),
    ),
    "JO": dict(
        sites=["amman-ads.jo", "fb:maids-jordan", "opensooq-like.jo"],
        phones=["07 9### ####", "+962 7# ### ####", "079#######", "06 5######"],
        cities=["Amman", "Zarqa", "Irbid", "Aqaba", "Wadi Saqra", "Sweifieh"],
        greet=["مكتب استقدام واستخدام", "عاملات من سريلانكا وبنغلادش",
               "Domestic helpers available", "تنازل عاملات"],
        contact=["للتواصل: {p}", "هاتف {p}", "WhatsApp {p}", "Call {p}"],
        fee=["JOD 2,200 all inclusive", "Salary JD 200/month", "Fees 1,800 JOD"],
        names=(["Al Yasmeen", "Petra Home", "Al Waha", "Jasmine Hands"],
               ["Recruitment Office", "Domestic Workers Office", "Services"]),
    ),
    "GULF": dict(
        sites=["gulfmaids.ae", "fb:maid-services-ksa", "qatarliving-like.qa", "kw-ads.com.kw"],
        phones=["+971 5# ### ####", "05# ### ####", "+974 #### ####", "+965 #### ####",
                "+966 5# ### ####"],
        cities=["Dubai", "Sharjah", "Riyadh", "Jeddah", "Doha", "Kuwait City", "Al Nahda"],
        greet=["مكتب استقدام مرخص", "Maids available - monthly / live-in",
               "عاملات منزليات للتنازل", "Tadbeer-style packages", "نقل كفالة"],
        contact=["للتواصل: {p}", "Call/WhatsApp {p}", "اتصل {p}", "Tel {p}"],
        fee=["AED 14,000 package", "SAR 16,500 recruitment", "QAR 9,000 all inclusive",
             "AED 3,500/month live-out"],
        names=(["Al Mawada", "Sahara Home", "Lulu Hands", "Al Barakah", "Najma"],
               ["Recruitment Office", "Labour Recruitment LLC", "Maid Services",
                "Manpower Supply"]),
    ),
    "LATAM": dict(
        sites=["empleosexterior.pe", "fb:trabajo-en-europa-co", "clasificados-latam.com"],
        phones=["9## ### ###", "+51 9## ### ###", "+57 3## ### ####", "3#########"],
        cities=["Lima", "Miraflores", "Bogotá", "Medellín", "Cali", "Arequipa"],
        dest=["spain", "europe"],
        greet=["Se busca personal para España y Polonia", "Trabajo en Europa con contrato",
               "Contacto inmediato", "Viaje con visa de trabajo", "¡Postula ya!"],
        contact=["Contacto: {p}", "WhatsApp {p}", "Llamar al {p}", "Informes {p}"],
        fee=["S/ 1,500 trámite", "COP 2.500.000 gestión", "USD 300 de inscripción"],
        names=(["Puente Andino", "Horizonte Sur", "Cóndor", "Sol de Oro", "Nueva Ruta"],
               ["Agencia de Empleo", "Colocaciones SAC", "Recursos Humanos SAS",
                "Consultores"]),
    ),
    "ES": dict(
        sites=["empleo-es.net", "fb:trabajo-espana"],
        phones=["6## ### ###", "+34 6## ## ## ##", "9## ## ## ##"],
        cities=["Madrid", "Murcia", "Almería", "Huelva", "Lleida", "Valencia"],
        dest=["spain", "spain", "europe"],
        greet=["Se busca personal de temporada", "Campaña de la fresa", "Contrato en origen",
               "Alojamiento incluido"],
        contact=["Contacto: {p}", "WhatsApp {p}", "Tel. {p}"],
        fee=["Salario 1.260 €/mes", "€9,50/hora", "Sin coste para el trabajador"],
        names=(["Campo Abierto", "Levante", "Huerta Sur", "Mar Menor"],
               ["Agencia de Colocación", "Empleo SL", "Selección SL"]),
    ),
    "PT": dict(
        sites=["emprego-pt.net", "fb:trabalho-portugal"],
        phones=["9## ### ###", "+351 9## ### ###", "2## ### ###"],
        cities=["Lisboa", "Porto", "Faro", "Braga", "Setúbal", "Odemira"],
        dest=["portugal", "portugal", "europe"],
        greet=["Recrutamento para agricultura e construção", "Trabalho com contrato",
               "Contacte-nos", "Alojamento incluído"],
        contact=["Contacto: {p}", "WhatsApp {p}", "Tel. {p}", "Ligue {p}"],
        fee=["Salário 820 €/mês", "€ 5,50/hora", "Sem custos"],
        names=(["Atlântico", "Ribeira", "Alentejo Vivo", "Tejo Azul"],
               ["Recursos Humanos Lda", "Trabalho Temporário Lda", "Emprego Lda"]),
    ),
    "FR": dict(
        sites=["emploi-afrique-europe.fr", "fb:recrutement-maroc", "annonces-ma.com"],
        phones=["06 ## ## ## ##", "+212 6## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##"],
        cities=["Casablanca", "Rabat", "Tanger", "Paris", "Lyon", "Marseille", "Agadir"],
        dest=["europe", "gulf"],
        greet=["Recrutement international", "Contactez-nous", "Offre d'emploi au Canada",
               "Postulez vite", "Travail saisonnier en Espagne"],
        contact=["Contactez-nous : {p}", "Tél. {p}", "WhatsApp {p}", "Appelez le {p}"],
        fee=["Salaire 1 800 €/mois", "Frais de dossier 2 500 DH", "Aucun frais"],
        names=(["Atlas", "Méditerranée", "Sahel", "Oasis", "Horizon"],
               ["Recrutement", "Intérim SARL", "Conseil RH", "Placement"]),
    ),
    "US": dict(
        sites=["spa-listings.us", "bodyrub-board.com", "localads-us.net", "massage-finder.us"],
        phones=["(N##) N##-####", "N##-N##-####", "N##.N##.####", "+1 N## N## ####"],
        cities=["Miami", "Orlando", "Tampa", "Houston", "Dallas", "San Antonio",
                "Los Angeles", "San Jose", "Flushing", "Brooklyn", "Queens"],
        greet=["Grand opening!", "New staff this week", "Walk-ins welcome", "Se habla español",
               "Relax & unwind", "Best massage in town", "Clean, quiet, professional"],
        contact=["Call {p}", "Text {p}", "☎ {p}", "Book: {p}", "Call or text {p}"],
        fee=["$60/hr", "$40/hh", "$200/hh", "Reg 150/hr", "$80 / 60 min", "150 per hour",
             "Couples $120/hr"],
        names=(["Lotus", "Golden Touch", "Jade Garden", "Blue Orchid", "Palm Breeze",
                "Sunrise", "Serenity", "Happy Feet"],
               ["Spa", "Massage", "Wellness Center", "Day Spa", "Bodywork"]),
    ),
}

GULF_KEYS = ("AE", "SA", "QA", "KW")
_GULF_OVERRIDES = {
    "AE": dict(sites=["gulfmaids.ae", "uae-classifieds.ae"], phones=["+971 5# ### ####", "05# ### ####"],
               cities=["Dubai", "Sharjah", "Ajman", "Al Nahda", "Abu Dhabi"],
               fee=["AED 14,000 package", "AED 3,500/month live-out", "AED 9,500 2-year contract"]),
    "SA": dict(sites=["fb:maid-services-ksa", "ksa-haraj-like.sa"], phones=["05# ### ####", "+966 5# ### ####"],
               cities=["Riyadh", "Jeddah", "Dammam", "Khobar"],
               fee=["SAR 16,500 recruitment", "SAR 1,500/month salary", "SAR 18,000 all inclusive"]),
    "QA": dict(sites=["qatar-classifieds.qa", "fb:maids-doha"], phones=["+974 #### ####", "+974 3### ####"],
               cities=["Doha", "Al Wakrah", "Al Rayyan"],
               fee=["QAR 9,000 all inclusive", "QAR 1,300/month salary"]),
    "KW": dict(sites=["kw-ads.com.kw", "fb:kuwait-maids"], phones=["+965 #### ####", "+965 6### ####"],
               cities=["Kuwait City", "Hawalli", "Salmiya", "Farwaniya"],
               fee=["KWD 950 all inclusive", "KWD 120/month salary"]),
}
for _k, _o in _GULF_OVERRIDES.items():
    CTX[_k] = dict(CTX["GULF"], **_o)

US_STATES = {"FL": ["Miami", "Orlando", "Tampa", "Hialeah", "Fort Lauderdale"],
             "TX": ["Houston", "Dallas", "San Antonio", "Austin", "Plano"],
             "CA": ["Los Angeles", "San Jose", "Irvine", "Sacramento", "Garden Grove"],
             "NY": ["Flushing", "Brooklyn", "Queens", "Manhattan", "Yonkers"]}
US_ZIP = {"FL": "33###", "TX": "77###", "CA": "9####", "NY": "11###"}
STREETS = ["Oak Ave", "Main St", "Bellaire Blvd", "Coral Way", "W Colonial Dr",
           "Westheimer Rd", "Valley Blvd", "Roosevelt Ave", "Kings Hwy", "Biscayne Blvd",
           "Harwin Dr", "El Camino Real"]

# ---------------------------------------------------------------------------
# licence kinds: each makes one agency licence and the ways it gets written
# ---------------------------------------------------------------------------
#
# A variant is (code, mode) or (code, mode, cue_bank).  mode "full": the code carries
# its own prefix / shape and may stand without a cue; mode "num": bare number that
# needs a cue in front.  cue_bank overrides the kind's cue bank (e.g. a code in
# Bengali digits goes with a Bengali cue).

PK_CITY = [("LHR", "Lahore"), ("RWP", "Rawalpindi"), ("KHI", "Karachi"), ("ISB", "Islamabad"),
           ("PSH", "Peshawar"), ("FSD", "Faisalabad"), ("MUX", "Multan"), ("SKT", "Sialkot"),
           ("QTA", "Quetta")]
PK_CUES = ["OEP Licence No. ", "OEP License # ", "Overseas Employment Promoter License # ",
           "Lic No: ", "Govt. Licence No. ", "OEP Lic# ", "License No.", "Licence: ",
           "Govt Approved OEP ", "Bureau of Emigration Licence No. ", "OEP Lic. No ",
           "Lic.No.", "Licence # ", "OEP License No: ", "Govt. Licensed OEP No. "]
UR_CUES = ["لائسنس نمبر ", "لائسنس نمبر: ", "او ای پی لائسنس "]


def k_pk(R):
    n = num(R, 1000, 5999)
    c, city = R.choice(PK_CITY)
    canon = (f"{n}/{c}", "full")
    others = [
        (f"OEP-{n}/{c}", "full"),
        (f"{n} / {c}", "num"),
        (f"{n}/{c.lower()}", "num"),
        (f"{n}-{c}", "num"),
        (f"{native(n, 'ur')}/{c}", "num", UR_CUES),
        (f"{n}/{city}", "num"),
        (f"{n} /{c}", "num"),
        (f"OEP-{n}-{c}", "full"),
        (f"oep-{n}/{c.lower()}", "full"),
        (f"{n} - {c}", "num"),
    ]
    return dict(lid=f"PK-OEP-{n}/{c}", key=n, canon=canon, others=others,
                cues=PK_CUES, num_cues=PK_CUES + UR_CUES[:1])


BD_CUES_FULL = ["Govt. Lic. No. ", "BMET ", "Govt. Approved ", "Licence: ", "License No. ",
                "লাইসেন্স নং ", "Recruiting Licence No. ", "Lic: ", "Govt Licence ",
                "Govt. Reg. ", "সরকার অনুমোদিত ", "License # "]
BD_CUES_NUM = ["R.L. No. ", "Recruiting Licence ", "Recruiting License No: ", "Govt. Licence No. ",
               "RL No. ", "লাইসেন্স নং ", "R.L. No.", "Licence No-", "R/L No. ",
               "রিক্রুটিং লাইসেন্স নং ", "Recruiting Lic. ", "RL no: "]
BN_CUES = ["লাইসেন্স নং ", "আর.এল নং ", "রিক্রুটিং লাইসেন্স নং "]


def k_bd(R):
    n = num(R, 100, 2499, 4)
    canon = (f"RL-{n}", "full")
    others = [
        (f"RL {n}", "full"),
        (n, "num"),
        (f"RL{n}", "full"),
        (f"rl-{n}", "full"),
        (f"R.L-{n}", "full"),
        (native(n, "bn"), "num", BN_CUES),
        (f"RL - {n}", "full"),
        (f"R/L-{n}", "full"),
        (f"RL-{native(n, 'bn')}", "full", BN_CUES),
        (f"RL.{n}", "full"),
        (f"R L {n}", "full"),
    ]
    return dict(lid=f"BD-RL-{n}", key=n, canon=canon, others=others,
                cues=BD_CUES_FULL, num_cues=BD_CUES_NUM)


IN_CITY = ["MUM", "DEL", "KOL", "CHE", "HYD", "TVM", "BLR", "LKO", "KOC"]
IN_CAT = ["PER", "PART", "COM", "PROP"]
IN_CAP = ["1000+", "500", "100", "300", "1000+"]
IN_CUES = ["RA Licence No. ", "MEA Reg. No. ", "Regn No. ", "Recruiting Agent Licence No: ",
           "Govt. Approved RA Lic. ", "RA Lic: ", "Registration No. ", "लाइसेंस नं. ",
           "MEA RA Licence ", "Reg. No.", "R.A. Lic. No. ", "Licence No. ",
           "MEA Regd. RA No. ", "पंजीकरण संख्या ", "Lic No - "]


def k_in(R):
    n = num(R, 100, 2999, 4)
    city = R.choice(IN_CITY)
    cat = R.choice(IN_CAT)
    cap = R.choice(IN_CAP)
    x = num(R, 1, 9)
    ser = num(R, 1000, 9999)
    yr = num(R, 2004, 2023)
    full = f"B-{n}/{city}/{cat}/{cap}/{x}/{ser}/{yr}"
    canon = (full, "full")
    others = [
        (full.lower(), "full"),
        (f"B-{n}/{city}", "full"),
        (" / ".join(full.split("/")), "full"),
        (f"B{n}/{city}/{cat}/{cap}/{x}/{ser}/{yr}", "full"),
        (f"B - {n} / {city}", "full"),
        (f"B-{n}/{city.lower()}", "full"),
        (f"B-{n}/{city}/{cat}/{cap}/{x}/{ser}/{yr[2:]}", "full"),
        (f"B {n}/{city}/{cat}/{cap}/{x}/{ser}/{yr}", "full"),
        (f"B-{n} / {city} / {cat} / {cap} / {x} / {ser} / {yr}", "full"),
        (f"B-{n}/{city}/{cat}/{cap}/{x}/{ser}", "full"),
        (f"B-{n}/{city}/{cat}", "full"),
    ]
    return dict(lid=f"IN-RA-B-{n}/{city}", key=n, canon=canon, others=others,
                cues=IN_CUES, num_cues=IN_CUES)


NP_CUES = ["Govt. Lic. No. ", "Lic. No: ", "DoFE Lic. ", "Licence No. ", "इजाजतपत्र नं. ",
           "Govt. Regd. Lic. No. ", "Manpower Lic No ", "Lic No.", "License No- ",
           "Regd. Lic. ", "सरकारी इजाजत प्राप्त, लाइसेन्स नं. ", "DoFE License No: ",
           "Lic. ", "इजाजत पत्र नं ", "Govt. Licence "]
NP_DEV_CUES = ["इजाजतपत्र नं. ", "लाइसेन्स नं. ", "इजाजत पत्र नं "]


def k_np(R):
    n = num(R, 100, 1499)
    y1 = R.randint(62, 79)
    a, b = f"{y1:03d}", f"{y1 + 1:02d}"
    canon = (f"{n}/{a}/{b}", "full")
    others = [
        (f"{n}/{a}/{y1 + 1:03d}", "full"),
        (f"{n} / {a} / {b}", "full"),
        (f"{n}/{a}-{b}", "full"),
        (native(f"{n}/{a}/{b}", "deva"), "num", NP_DEV_CUES),
        (f"{n}/{y1}/{b}", "full"),
        (f"{n}/{a}/{b}", "num"),
        (f"{n}/{a}/0{b}", "full"),
        (f"{n} /{a}/{b}", "full"),
        (f"{n}-{a}/{b}", "full"),
        (f"{n}/ {a}/{b}", "full"),
        (f"{n}/{y1}-{b}", "full"),
    ]
    return dict(lid=f"NP-DOFE-{n}/{a}/{b}", key=n, canon=canon, others=others,
                cues=NP_CUES, num_cues=NP_CUES)


LK_CUES = ["SLBFE Licence No. ", "License No: ", "SLBFE Lic. No. ", "SLBFE Reg. No. ",
           "Licence No ", "බලපත්‍ර අංකය ", "SLBFE Licensed Agency No. ", "உரிமம் எண் ",
           "Lic # ", "SLBFE Approved - Licence ", "Lic.No:", "SLBFE License # ",
           "Bureau Licence No. ", "SLBFE No. ", "Licence No.: "]


def k_lk(R):
    n = num(R, 100, 3999, 4)
    canon = (n, "num")
    others = [
        (n, "num"),
        (f"{n[:2]} {n[2:]}", "num"),
        (n, "num"),
        (f"{n[:2]}-{n[2:]}", "num"),
    ]
    return dict(lid=f"LK-SLBFE-{n}", key=n, canon=canon, others=others,
                cues=LK_CUES, num_cues=LK_CUES)


PH_CUES = ["{P} License No. ", "{P} Lic. No. ", "License No. ", "Lisensya Blg. ",
           "Licensed by {P}: ", "{P} Lic# ", "Lic. No.: ", "{P}-licensed agency ",
           "License: ", "{P} Lic No ", "Licensed by the {P} - ", "License # "]
PH_CUES_NUM = ["{P} License No. ", "{P} Lic. No. ", "Licensed by {P}, Lic. No. ",
               "{P} Lic# ", "Lisensya ng {P} Blg. ", "{P} Lic No "]


def k_ph(R):
    P = R.choice(["POEA", "POEA", "DMW"])
    n = num(R, 10, 899, 3)
    t = R.choice(["LB", "LB", "LB", "SB"])
    mm, dd = R.randint(1, 12), R.randint(1, 28)
    yy = R.randint(2012, 2024)
    d = f"{mm:02d}{dd:02d}{yy % 100:02d}" if P == "POEA" else f"{mm:02d}{dd:02d}{yy}"
    base = f"{P}-{n}-{t}-{d}-R"
    canon = (base, "full")
    others = [
        (base.lower(), "full"),
        (f"{P} {n}-{t}-{d}-R", "full"),
        (f"{n}-{t}-{d}-R", "full"),
        (f"{P} - {n} - {t} - {d} - R", "full"),
        (f"{P}-{n}-{t}-{d}", "full"),
        (f"{P}-{n}-{t}-{d}-r", "full"),
        (f"{P} {n} {t} {d} R", "full"),
        (f"{n}-{t}-{d}", "full"),
        (f"{P}-{n}-{t}-{d}-R", "full"),
        (f"{P}–{n}–{t}–{d}–R", "full"),
        (f"{P}/{n}-{t}-{d}-R", "full"),
    ]
    cues = [c.replace("{P}", P) for c in PH_CUES]
    return dict(lid=f"PH-{P}-{n}-{t}-{d}", key=n, canon=canon, others=others,
                cues=cues, num_cues=cues)


AF_CUES = ["Licence No. ", "Lic. No: ", "Reg. No. ", "Licence: ", "License # ",
           "Licensed by the Ministry of Labour, Licence No. ", "Registration: ",
           "Govt. licensed - ", "Lic# ", "Licence no ", "Approved agency, Lic. No. ",
           "License Number: "]


def k_ng(R):
    n = num(R, 100, 3999)
    canon = (f"PEA/{n}", "full")
    others = [
        (f"PEA-{n}", "full"),
        (f"PEA {n}", "full"),
        (f"pea/{n}", "full"),
        (f"FMLE/PEA/{n}", "full"),
        (n, "num", ["PEA Licence No. ", "PEA Lic. No: ", "Private Employment Agency Licence No. ",
                    "PEA Licence: ", "FMLE PEA No. ", "PEA Reg. No. "]),
        (f"PEA / {n}", "full"),
        (f"PEA/{n}", "full"),
        (f"FMLE-PEA-{n}", "full"),
        (f"P.E.A/{n}", "full"),
        (f"PEA{n}", "full"),
    ]
    return dict(lid=f"NG-PEA-{n}", key=n, canon=canon, others=others,
                cues=AF_CUES + ["Licensed by the Federal Ministry of Labour, Licence No. ",
                                "FMLE Licence: "], num_cues=AF_CUES)


def k_gh(R):
    n = num(R, 100, 3999)
    canon = (f"MOL/LRA/{n}", "full")
    others = [
        (f"MOL-LRA-{n}", "full"),
        (f"MOL/LRA {n}", "full"),
        (f"mol/lra/{n}", "full"),
        (f"LRA/{n}", "full"),
        (f"MOL/LRA/ {n}", "full"),
        (n, "num", ["Labour Dept. Licence No. ", "MOL Licence No. ", "Lic. No. (MOL) "]),
        (f"MOL / LRA / {n}", "full"),
        (f"MoL/LRA/{n}", "full"),
        (f"MOL/LRA/{n}", "full"),
        (f"MOL.LRA.{n}", "full"),
        (f"LRA-{n}", "full"),
    ]
    return dict(lid=f"GH-MOLLRA-{n}", key=n, canon=canon, others=others,
                cues=AF_CUES, num_cues=AF_CUES)


KE_CUES = ["NEA Reg. No. ", "NEA Registration No: ", "Registered by NEA, Reg. No. ",
           "Licensed by the National Employment Authority, Reg. No. ", "NEA Reg# ",
           "Reg. No. ", "NEA Licence No. ", "NEA Cert. No. ", "NEA No: ",
           "Imesajiliwa NEA, Nambari ", "NEA Accreditation No. ", "NEA reg no "]


def k_ke(R):
    n = num(R, 10, 1999, 4)
    y = num(R, 2015, 2023)
    canon = (f"{n}/{y}", "num")
    others = [
        (f"{n} / {y}", "num"),
        (f"NEA/{n}/{y}", "full"),
        (f"{n}/{y[2:]}", "num"),
        (f"{n}-{y}", "num"),
        (f"NEA/RA/{n}/{y}", "full"),
        (f"{n}/{y}", "num"),
        (f"NEA {n}/{y}", "full"),
        (f"NEA-{n}-{y}", "full"),
        (f"{n} /{y}", "num"),
        (f"NEA/{n}/{y[2:]}", "full"),
        (f"{n}/{y}", "num"),
    ]
    return dict(lid=f"KE-NEA-{n}/{y}", key=n, canon=canon, others=others,
                cues=KE_CUES[5:] + AF_CUES[:5], num_cues=KE_CUES)


def k_ug(R):
    n = num(R, 100, 899)
    canon = (f"ELB/{n}", "full")
    others = [
        (f"ELB-{n}", "full"),
        (f"ELB {n}", "full"),
        (f"MGLSD/ELB/{n}", "full"),
        (f"elb/{n}", "full"),
        (n, "num", ["ELB Reg. No. ", "External Employment Licence No. ", "MGLSD Licence No. ",
                    "ELB Licence # "]),
        (f"ELB / {n}", "full"),
        (f"MGLSD-ELB-{n}", "full"),
        (f"ELB/{n}", "full"),
        (f"E.L.B/{n}", "full"),
        (f"ELB/0{n}", "full"),
    ]
    return dict(lid=f"UG-ELB-{n}", key=n, canon=canon, others=others,
                cues=AF_CUES + ["Licensed by MGLSD, Reg. No. "], num_cues=AF_CUES)


ET_CUES = ["Licence No. ", "Lic. No: ", "ፈቃድ ቁጥር ", "Reg. No. ", "MoLS Licence ",
           "License # ", "Licensed by MoLS - ", "Licence: ", "የፈቃድ ቁጥር "]


def k_et(R):
    n = num(R, 10, 499, 3)
    y = num(R, 2012, 2023)
    canon = (f"MoLS/FEA/{n}/{y}", "full")
    others = [
        (f"FEA/{n}/{y}", "full"),
        (f"MOLS/FEA/{n}/{y}", "full"),
        (f"MoLS / FEA / {n} / {y}", "full"),
        (f"mols/fea/{n}/{y}", "full"),
        (f"FEA-{n}-{y}", "full"),
        (f"MoLS/FEA/{n}", "full"),
        (f"MoLS-FEA-{n}/{y}", "full"),
        (f"FEA/{n}/{y}", "full"),
        (f"FEA {n}/{y}", "full"),
    ]
    return dict(lid=f"ET-FEA-{n}/{y}", key=n, canon=canon, others=others,
                cues=ET_CUES, num_cues=ET_CUES)


ID_CUES = ["SIP3MI No. ", "Izin SIP3MI Nomor ", "SIP3MI: ", "P3MI resmi, SIP3MI No. ",
           "No. SIP3MI ", "Izin Resmi Kemnaker No. ", "SIP3MI Nomor: ", "SIP3MI No.",
           "Berizin resmi SIP3MI ", "Nomor SIP3MI: ", "SIP3MI Kemnaker RI No. ", "SIP3MI # "]


def k_id(R):
    n = num(R, 10, 499, 3)
    y = num(R, 2017, 2023)
    canon = (f"{n} Tahun {y}", "num")
    others = [
        (f"{n} TAHUN {y}", "num"),
        (f"{n}/{y}", "num"),
        (f"{n} tahun {y}", "num"),
        (f"{n} Th. {y}", "num"),
        (f"{n} Tahun {y}", "num"),
        (f"{n}-{y}", "num"),
        (f"{n} / {y}", "num"),
        (f"{n} Thn {y}", "num"),
        (f"{n}/TAHUN/{y}", "num"),
    ]
    return dict(lid=f"ID-SIP3MI-{n}/{y}", key=n, canon=canon, others=others,
                cues=ID_CUES, num_cues=ID_CUES)


MY_CUES = ["JTK License No. ", "Lesen JTK No. ", "Licensed agency, Lic. No. ", "No. Lesen: ",
           "License: ", "Lesen: ", "Lic. No. ", "Agensi berlesen ", "JTK Lic# ",
           "Lesen JTK: ", "License # ", "Berlesen - "]
MY_CUES_NUM = ["JTK License No. ", "Lesen JTK No. ", "No. Lesen JTKSM: ", "JTKSM Lic. ",
               "JTKSM Licence No. ", "Lesen JTKSM # "]


def k_my(R):
    n = num(R, 10, 1499)
    canon = (f"JTKSM {n}", "full")
    others = [
        (f"JTKSM{n}", "full"),
        (f"JTKSM-{n}", "full"),
        (f"jtksm {n}", "full"),
        (n, "num"),
        (f"JTKSM/{n}", "full"),
        (f"JTKSM {n}", "full"),
        (f"JTK SM {n}", "full"),
        (f"JTKSM - {n}", "full"),
        (f"Jtksm{n}", "full"),
    ]
    return dict(lid=f"MY-JTKSM-{n}", key=n, canon=canon, others=others,
                cues=MY_CUES, num_cues=MY_CUES_NUM)


AR_CUES = ["ترخيص رقم ", "رخصة رقم ", "ترخيص وزارة العمل رقم ", "رقم الترخيص: ",
           "مكتب مرخص رقم ", "ترخيص رقم: ", "مرخص من وزارة العمل - رقم الترخيص "]
LB_CUES = ["Licence No. ", "Licence n° ", "Lic. No. ", "License # ", "Licence MoL n° ",
           "Agrément n° ", "Licence N°", "Permis n° "] + AR_CUES


def k_lb(R):
    n = num(R, 100, 2999)
    y = num(R, 2010, 2023)
    canon = (f"{n}/{y}", "num")
    others = [
        (native(f"{n}/{y}", "ar"), "num", AR_CUES),
        (n, "num"),
        (f"{n} / {y}", "num"),
        (f"{n}/{y[2:]}", "num"),
        (f"{n}/{y}", "num", AR_CUES),
        (native(n, "ar"), "num", AR_CUES),
        (f"{n}-{y}", "num"),
        (f"{n} /{y}", "num"),
        (f"{n}/{y}", "num"),
    ]
    return dict(lid=f"LB-MOL-{n}/{y}", key=n, canon=canon, others=others,
                cues=LB_CUES, num_cues=LB_CUES)


JO_CUES = ["رخصة رقم ", "ترخيص رقم ", "Licence No. ", "مكتب مرخص رقم ", "License no. ",
           "رقم الرخصة ", "Lic. # ", "ترخيص وزارة العمل ", "Licence: "]


def k_jo(R):
    n = num(R, 100, 899)
    canon = (n, "num")
    others = [
        (native(n, "ar"), "num", [c for c in JO_CUES if not c.isascii()]),
        (n, "num"),
        (f"{n[0]} {n[1:]}", "num"),
        (native(n, "ar"), "num", [c for c in JO_CUES if not c.isascii()]),
        (n, "num"),
    ]
    return dict(lid=f"JO-MOL-{n}", key=n, canon=canon, others=others,
                cues=JO_CUES, num_cues=JO_CUES)


GULF_CUES = ["ترخيص رقم ", "ترخيص وزارة الموارد البشرية رقم ", "Licence No. ", "License # ",
             "رقم الترخيص: ", "MoL Licence No. ", "Lic. No. ", "Licensed office no. ",
             "MOHRE Licence No. ", "ترخيص رقم: ", "License No: ", "Recruitment licence "]


def k_gulf(R):
    n = num(R, 1000, 49999)
    canon = (n, "num")
    others = [
        (native(n, "ar"), "num", [c for c in GULF_CUES if not c.isascii()]),
        (n, "num"),
        (f"{n[:2]} {n[2:]}", "num"),
        (f"{n}", "num", [c for c in GULF_CUES if c.isascii()]),
        (native(n, "ar"), "num", [c for c in GULF_CUES if not c.isascii()]),
        (f"L-{n}", "full"),
    ]
    return dict(lid=f"GULF-MOL-{n}", key=n, canon=canon, others=others,
                cues=GULF_CUES, num_cues=GULF_CUES)


LATAM_CUES = ["Licencia N° ", "Licencia Nº ", "Lic. N° ", "Registro N° ", "Autorización N° ",
              "Licencia Nro. ", "Licencia MTPE N° ", "Registro RENEEIL N° ", "Licencia No. ",
              "Autorizada con licencia N° ", "Lic. Nro ", "Resolución N° "]


def k_latam(R):
    n = num(R, 10, 899, 3)
    y = num(R, 2015, 2023)
    canon = (f"{n}-{y}", "num")
    others = [
        (f"{n} - {y}", "num"),
        (f"{n}/{y}", "num"),
        (f"{n}-{y}", "num"),
        (f"{n}-{y[2:]}", "num"),
        (f"{n}-{y}-MTPE", "num"),
        (f"{n} -{y}", "num"),
        (f"0{n}-{y}", "num"),
        (f"{n}.{y}", "num"),
    ]
    return dict(lid=f"LATAM-LIC-{n}-{y}", key=n, canon=canon, others=others,
                cues=LATAM_CUES, num_cues=LATAM_CUES)


ES_CUES = ["Agencia de colocación autorizada nº ", "Agencia de Colocación Nº ", "Autorización nº ",
           "Nº de autorización: ", "Agencia autorizada Nº ", "Autorización SEPE nº ",
           "Agencia de colocación n.º ", "Id. agencia de colocación: ", "Nº agencia: "]


def k_es(R):
    n = "99" + fill(R, "000#####")
    canon = (n, "num")
    others = [
        (f"{n[:2]} {n[2:6]} {n[6:]}", "num"),
        (n, "num"),
        (f"{n[:2]}-{n[2:]}", "num"),
        (f"{n[:5]} {n[5:]}", "num"),
    ]
    return dict(lid=f"ES-AC-{n}", key=n, canon=canon, others=others,
                cues=ES_CUES, num_cues=ES_CUES)


PT_CUES = ["Licença nº ", "Licença n.º ", "Alvará nº ", "Agência licenciada, licença nº ",
           "Licença IEFP nº ", "Alvará n.º ", "Licença: ", "Licença N.º ", "Alvará: "]


def k_pt(R):
    n = num(R, 100, 899)
    y = num(R, 2008, 2023)
    canon = (f"{n}/{y}", "num")
    others = [
        (f"{n} / {y}", "num"),
        (f"{n}/{y[2:]}", "num"),
        (f"{n}-{y}", "num"),
        (f"{n}/{y}", "num"),
        (f"{n}.{y}", "num"),
    ]
    return dict(lid=f"PT-IEFP-{n}/{y}", key=n, canon=canon, others=others,
                cues=PT_CUES, num_cues=PT_CUES)


FR_CUES = ["Agrément n° ", "Agrément N° ", "Agréée sous le n° ", "Autorisation n° ",
           "Autorisation ministérielle n° ", "Licence n° ", "Agrément No ", "Agrément : ",
           "N° d'agrément ", "Agréé n° "]


def k_fr(R):
    n = num(R, 100, 999)
    y = num(R, 2010, 2023)
    canon = (f"{n}/{y}", "num")
    others = [
        (n, "num"),
        (f"{n} / {y}", "num"),
        (f"{n}-{y}", "num"),
        (f"{n}/{y}", "num"),
        (f"{n}/{y[2:]}", "num"),
        (native(f"{n}/{y}", "ar"), "num", ["رخصة رقم ", "ترخيص رقم "]),
    ]
    return dict(lid=f"FR-AGR-{n}/{y}", key=n, canon=canon, others=others,
                cues=FR_CUES, num_cues=FR_CUES)


MM_CUES = ["Lic# ", "Lic #", "License # ", "FL Lic. ", "Massage Establishment Lic. ",
           "Est. Lic# ", "State Lic. ", "Licensed Establishment ", "FL DOH Lic: ",
           "Lic: ", "License ", "Establishment # ", "Lic. No. ", "FL Lic#"]
MA_CUES = ["LMT #", "LMT ", "Lic# ", "Therapist Lic. ", "FL LMT Lic: ", "License ",
           "LMT Lic# ", "Lic. ", "Licensed Massage Therapist ", "LMT No. "]


def k_mm(R):
    n = str(R.randint(10000, 99999))
    canon = (f"MM{n}", "full")
    others = [
        (f"MM {n}", "full"),
        (f"MM#{n}", "full"),
        (f"mm{n}", "full"),
        (f"MM-{n}", "full"),
        (f"MM {n[:2]} {n[2:]}", "full"),
        (f"MM{n}", "full"),
        (f"M.M. {n}", "full"),
        (f"MM# {n}", "full"),
        (f"Mm{n}", "full"),
        (f"MM {n}", "full"),
    ]
    return dict(lid=f"US-FL-MM{n}", key=n, canon=canon, others=others,
                cues=MM_CUES, num_cues=MM_CUES)


def k_ma(R):
    n = str(R.randint(10000, 99999)) if R.random() < 0.5 else str(R.randint(100000, 199999))
    canon = (f"MA{n}", "full")
    others = [
        (f"MA {n}", "full"),
        (f"MA#{n}", "full"),
        (f"ma{n}", "full"),
        (f"MA-{n}", "full"),
        (f"MA{n}", "full"),
        (f"MA {n[:3]} {n[3:]}", "full"),
        (f"M.A. {n}", "full"),
        (f"MA# {n}", "full"),
        (f"Ma{n}", "full"),
    ]
    return dict(lid=f"US-FL-MA{n}", key=n, canon=canon, others=others,
                cues=MA_CUES, num_cues=MA_CUES)


TX_CUES = ["TX Lic. ", "TDLR Lic# ", "LMT ", "License # ", "Texas Lic. ", "Lic# ", "TX License ",
           "TDLR ", "State Lic: ", "TX Lic#"]


def k_mt(R):
    n = str(R.randint(100000, 199999))
    canon = (f"MT{n}", "full")
    others = [
        (f"MT {n}", "full"),
        (f"MT#{n}", "full"),
        (f"mt{n}", "full"),
        (f"MT-{n}", "full"),
        (f"MT{n}", "full"),
        (f"M.T. {n}", "full"),
        (f"MT {n[:3]} {n[3:]}", "full"),
        (f"MT# {n}", "full"),
    ]
    return dict(lid=f"US-TX-MT{n}", key=n, canon=canon, others=others,
                cues=TX_CUES, num_cues=TX_CUES)


def k_me(R):
    n = str(R.randint(1000, 9999))
    canon = (f"ME{n}", "full")
    others = [
        (f"ME {n}", "full"),
        (f"ME#{n}", "full"),
        (f"me{n}", "full"),
        (f"ME-{n}", "full"),
        (f"ME{n}", "full"),
        (f"M.E. {n}", "full"),
        (f"ME# {n}", "full"),
    ]
    return dict(lid=f"US-TX-ME{n}", key=n, canon=canon, others=others,
                cues=["Establishment Lic. ", "TDLR Est. Lic# ", "Est. License ", "Lic# ",
                      "TX Establishment ", "License # ", "Texas Lic. ", "TDLR "],
                num_cues=TX_CUES)


CAMTC_CUES = ["CAMTC #", "CAMTC # ", "CAMTC ", "CAMTC Cert. #", "CAMTC Certified #",
              "CAMTC No. ", "CAMTC Certificate # ", "CAMTC Cert# ", "CAMTC certified, #",
              "CAMTC#", "CAMTC cert no. ", "CA CAMTC #"]


def k_camtc(R):
    n = str(R.randint(10000, 99999))
    canon = (n, "num")
    others = [
        (n, "num"),
        (f"{n[:2]} {n[2:]}", "num"),
        (n, "num"),
        (f"{n[:2]}-{n[2:]}", "num"),
    ]
    return dict(lid=f"US-CA-CAMTC-{n}", key=n, canon=canon, others=others,
                cues=CAMTC_CUES, num_cues=CAMTC_CUES)


NY_CUES = ["NYS LMT Lic# ", "NY License # ", "NYS Lic. ", "NYS Licensed LMT #", "Lic. #",
           "NY LMT ", "NYS License No. ", "LMT Lic. #", "NYSED Lic# ", "NY Lic# "]


def k_ny(R):
    n = f"0{R.randint(10000, 39999)}"
    canon = (n, "num")
    others = [
        (n, "num"),
        (n[1:], "num"),
        (f"{n[:3]} {n[3:]}", "num"),
        (f"{n[:3]}-{n[3:]}", "num"),
        (n, "num"),
    ]
    return dict(lid=f"US-NY-LMT-{n}", key=n, canon=canon, others=others,
                cues=NY_CUES, num_cues=NY_CUES)


# kind -> (maker, country context, category, region choices, weight)
KINDS = {
    "pk_oep": (k_pk, "PK", "overseas", ["PK"], 12),
    "bd_rl": (k_bd, "BD", "overseas", ["BD"], 10),
    "in_ra": (k_in, "IN", "overseas", ["IN"], 10),
    "np_dofe": (k_np, "NP", "overseas", ["NP"], 9),
    "lk_slbfe": (k_lk, "LK", "overseas", ["LK"], 5),
    "ph_poea": (k_ph, "PH", "overseas", ["PH"], 9),
    "ng_pea": (k_ng, "NG", "overseas", ["NG"], 4),
    "gh_mol": (k_gh, "GH", "overseas", ["GH"], 3),
    "ke_nea": (k_ke, "KE", "overseas", ["KE"], 4),
    "ug_elb": (k_ug, "UG", "overseas", ["UG"], 3),
    "et_mols": (k_et, "ET", "overseas", ["ET"], 3),
    "id_sip3mi": (k_id, "ID", "overseas", ["ID"], 3),
    "my_jtk": (k_my, "MY", "domestic_my", ["MY"], 4),
    "lb_mol": (k_lb, "LB", "domestic", ["LB"], 4),
    "jo_mol": (k_jo, "JO", "domestic", ["JO"], 3),
    "gulf": (k_gulf, "GULF", "domestic", ["AE", "SA", "QA", "KW"], 4),
    "latam": (k_latam, "LATAM", "overseas", ["PE", "CO"], 3),
    "es_ac": (k_es, "ES", "overseas", ["ES"], 2),
    "pt_iefp": (k_pt, "PT", "overseas", ["PT"], 2),
    "fr_agr": (k_fr, "FR", "overseas", ["MA", "MA", "FR"], 3),
    "us_mm": (k_mm, "US", "massage", ["US"], 5),
    "us_ma": (k_ma, "US", "massage", ["US"], 3),
    "us_mt": (k_mt, "US", "massage", ["US"], 3),
    "us_me": (k_me, "US", "massage", ["US"], 2),
    "us_camtc": (k_camtc, "US", "massage", ["US"], 3),
    "us_ny": (k_ny, "US", "massage", ["US"], 2),
}
US_STATE_OF = {"us_mm": "FL", "us_ma": "FL", "us_mt": "TX", "us_me": "TX", "us_camtc": "CA",
               "us_ny": "NY"}


def agency_name(R, ctxkey):
    a, b = CTX[ctxkey]["names"]
    if ctxkey == "ID":
        return f"PT {R.choice(a)} {R.choice(b[1:])}"
    return f"{R.choice(a)} {R.choice(b)}"


def new_agency(R, kind, used):
    maker, ctxkey, cat, regions, _ = KINDS[kind]
    while True:  # the main number of every licence in a file is unique
        spec = maker(R)
        key = str(int(spec["key"]))
        if key not in used:
            break
    used.add(key)
    others = pool(spec["others"])
    region = R.choice(regions)
    cues, num_cues = spec["cues"], spec["num_cues"]
    if ctxkey == "GULF":
        ctxkey = region

        def fit(bank):  # a ministry named in a cue must be the region's own
            return [c for c in bank if ("MOHRE" not in c or region == "AE")
                    and ("الموارد البشرية" not in c or region == "SA")]
        cues, num_cues = fit(cues), fit(num_cues)
        others = [v if len(v) < 3 else v[:2] + (fit(v[2]),) for v in others]
    if region == "FR":  # Arabic-digit writings only for Moroccan agencies
        others = [v for v in others if v[0].isascii()]
    ag = dict(kind=kind, ctx=ctxkey, cat=cat, region=region, lid=spec["lid"],
              canon=spec["canon"], others=others, cues=cues,
              num_cues=num_cues, name=agency_name(R, ctxkey))
    if cat == "massage":
        ag["state"] = US_STATE_OF[kind]
        ag["city"] = R.choice(US_STATES[ag["state"]])
    else:
        ag["city"] = city_for(R, ctxkey, region)
    # a "house" cue the agency mostly reuses, as real agencies do
    ag["house_cue"] = R.choice(pool(cues))
    return ag


# ---------------------------------------------------------------------------
# documents made of labelled pieces
# ---------------------------------------------------------------------------


class Line:
    """A line of text as pieces: (text, licence_id or None)."""

    def __init__(self, *parts):
        self.parts = []
        for p in parts:
            self.add(p)

    def add(self, p, lid=None):
        if isinstance(p, Line):
            self.parts.extend(p.parts)
        elif isinstance(p, tuple):
            self.parts.append(p)
        elif p:
            self.parts.append((p, lid))
        return self

    def text(self):
        return "".join(t for t, _ in self.parts)

    def has_lic(self):
        return any(l for _, l in self.parts)


def write_licence(R, ag, decoys, allow_bare=True, suffix=True):
    """One written mention of the agency's licence: a Line with cue, code, suffix."""
    if R.random() < 0.4:
        v = ag["canon"]
    else:
        v = R.choice(ag["others"]) if ag["others"] else ag["canon"]
    code, mode = v[0], v[1]
    cue_bank = v[2] if len(v) > 2 else (ag["cues"] if mode == "full" else ag["num_cues"])
    if mode == "full" and allow_bare and R.random() < 0.22:
        cue = ""
    elif len(v) > 2:
        cue = R.choice(pool(cue_bank))
    elif ag["house_cue"] in cue_bank and R.random() < 0.45:
        cue = ag["house_cue"]
    else:
        cue = R.choice(pool(cue_bank))
    if "#" in code and cue.rstrip().endswith("#"):
        cue = cue.rstrip()[:-1].rstrip() + " "
    # ALL CAPS cue sometimes
    if cue and R.random() < 0.12:
        cue = cue.upper()
    line = Line()
    if cue:
        line.add(cue)
    line.add(code, ag["lid"])
    r = R.random() if suffix else 1.0
    if r < 0.10:
        line.add(".")
    elif r < 0.16:
        d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2025, 2027)}"
        line.add(ch(R, [f" (valid till {d})", f" valid upto {d}", f", expiry {d}",
                        f" (renewed {d})", f" - valid until {d}", f" exp. {d}"]))
        decoys.append("date")
    elif r < 0.21:
        y = R.randint(1995, 2019)
        line.add(ch(R, [f" since {y}", f", est. {y}", f" (since {y})", f" | Since {y}",
                        f", serving since {y}", f" - est {y}"]))
        decoys.append("year")
    elif r < 0.25 and ag["cat"] != "massage":
        line.add(ch(R, [" | ISO 9001:2015 Certified", ", ISO 9001:2015", " (ISO 9001:2008)",
                        " & ISO 9001:2015 certified", " - ISO 14001:2015"]))
        decoys.append("certification")
    return line, cue, code


# ---------------------------------------------------------------------------
# decoys
# ---------------------------------------------------------------------------


REGION_PHONES = {"MA": ["06 ## ## ## ##", "+212 6## ## ## ##", "07 ## ## ## ##"],
                 "FR": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##"],
                 "PE": ["9## ### ###", "+51 9## ### ###"],
                 "CO": ["3## ### ####", "+57 3## ### ####"]}
REGION_CITIES = {"MA": ["Casablanca", "Rabat", "Tanger", "Agadir", "Fès"],
                 "FR": ["Paris", "Lyon", "Marseille", "Lille"],
                 "PE": ["Lima", "Miraflores", "Arequipa", "Trujillo"],
                 "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla"]}


def city_for(R, ctxkey, region):
    return R.choice(REGION_CITIES.get(region) or CTX[ctxkey]["cities"])


def phone(R, ctxkey, region=None):
    return fill(R, R.choice(pool(REGION_PHONES.get(region) or CTX[ctxkey]["phones"])))


def email(R, name):
    base = "".join(c for c in name.lower() if c.isascii() and c.isalpha())[:10] or "jobs"
    user = R.choice([f"{base}{R.randint(1, 999)}", f"hr.{base}{R.randint(10, 99)}",
                     f"{base}.jobs{R.randint(2015, 2024)}", f"cv{R.randint(100, 9999)}.{base}",
                     f"info{R.randint(1, 99)}{base}"])
    return f"{user}@{R.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'])}"


def slug(name):
    return "".join(c for c in name.lower() if c.isascii() and c.isalnum())[:14] or "jobs"


def dest_of(R, ctxkey):
    group = R.choice(CTX[ctxkey].get("dest", ["gulf"]))
    return R.choice(DESTS[group])


def ordinal(n):
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }"


SAL_WORD = {"PK": ["Salary", "Tankhwa", "Salary"], "IN": ["Salary", "Vetan", "Pay"],
            "PH": ["Sweldo", "Salary"], "ID": ["Gaji", "Salary"], "MY": ["Gaji", "Salary"],
            "LATAM": ["Sueldo", "Salario"], "ES": ["Salario", "Sueldo"], "PT": ["Salário"],
            "FR": ["Salaire", "Rémunération"], "KE": ["Mshahara", "Salary"],
            "BD": ["Beton", "Salary", "বেতন"], "NP": ["Talab", "तलब", "Salary"]}
AGE_FMT = {"PK": "Umar {a}-{b} saal", "IN": "Umar {a}-{b} varsh", "LATAM": "Edad {a}-{b} años",
           "ES": "Edad {a}-{b} años", "PT": "Idade {a}-{b} anos", "FR": "Âge {a}-{b} ans",
           "ID": "Usia {a}-{b} tahun", "MY": "Umur {a}-{b} tahun", "KE": "Umri miaka {a}-{b}",
           "NP": "Umer {a}-{b} barsa", "BD": "Boyosh {a}-{b} bochor", "PH": "Edad {a}-{b}",
           "LB": "العمر {a}-{b}", "JO": "العمر {a}-{b}", "GULF": "Age {a}-{b}"}
POSTAL = {"PK": ["#####"], "IN": ["######", "### ###"], "BD": ["####", "- ####"],
          "NP": ["#####"], "LK": ["#####", "0####"], "PH": ["####"], "NG": ["######"],
          "GH": ["GA-###-####", "AK-###-####"], "KE": ["00###", "- 00###"],
          "UG": ["P.O. Box ####"], "ET": ["P.O. Box ####"], "ID": ["#####"], "MY": ["#####"],
          "LB": ["P.O. Box ##-####"], "JO": ["P.O. Box ####, #####"],
          "GULF": ["P.O. Box #####", "PO Box ####"], "LATAM": ["#####", "Lima ##"],
          "ES": ["#####"], "PT": ["####-###"], "FR": ["#####"]}
ARABIC_CTX = ("LB", "JO") + GULF_KEYS
for _k in GULF_KEYS:
    AGE_FMT[_k] = AGE_FMT["GULF"]
    POSTAL[_k] = POSTAL["GULF"]


def salary(R, cur, ck=None):
    if cur in ("KRW",):
        a = R.randint(20, 28) * 100000
        return f"KRW {a:,}/month"
    if cur == "JPY":
        return f"¥{R.randint(16, 24) * 10000:,}/month"
    if cur == "EUR":
        a = R.randint(8, 16) * 100
        return R.choice([f"€{a}/month", f"EUR {a} - {a + 300}", f"{a}-{a + 200} € net",
                         f"€ {a:,} per month"])
    if cur in ("KWD", "OMR", "BHD"):
        a = R.randint(9, 30) * 10
        return R.choice([f"{cur} {a}/month", f"{a}-{a + 40} {cur}", f"{cur} {a}"])
    a = R.randint(10, 40) * 100
    return R.choice([f"{cur} {a}/month", f"{a}-{a + 300} {cur}", f"{cur} {a:,} + OT",
                     f"{a}-{a + 500} {cur}", f"{cur} {a} per month"])


def decoy_line(R, kind, ctx):
    """(text, decoy kind) for one decoy of the given kind."""
    ck = ctx["ctx"]
    cat = ctx["cat"]
    massage = cat == "massage"
    domestic = cat in ("domestic", "domestic_my")
    if kind == "price":
        if massage:
            return ch(R, ["Reg 150/hr", "$60/hr", "$40/hh", "$200/hh", "150 per hour",
                          "$80/60min, $50/30min", "Special $45/hr", "Couples $120/hr",
                          "4 hands $160/hr", "Table shower $30 extra", "$70 hr / $45 hh",
                          "Reg $65/hr"]), "price"
        if domestic:
            return ch(R, CTX[ck]["fee"]), "price"
        return ch(R, CTX[ck]["fee"] + ["USD 1500/month", "AED 300/hr overtime",
                                       "USD 1,800 all inclusive"]), "price"
    if kind == "salary_range":
        _, cur, _ = ctx["dest"]
        w = R.choice(SAL_WORD.get(ck, ["Salary", "Pay", "Basic salary"]))
        return f"{w}: {salary(R, cur)}", "salary_range"
    if kind == "year":
        y = R.randint(1996, 2020)
        if massage:
            return ch(R, [f"Licensed since {y}", f"Est. {y}", f"Licensed {y}",
                          f"Serving {ctx['city']} since {y}", f"Family owned since {y}",
                          f"Licensed & insured since {y}"]), "year"
        return ch(R, [f"Licensed since {y}", f"Est. {y}", f"licensed {y}",
                      f"Serving since {y}", f"Trusted since {y}", f"In business since {y}",
                      f"{2024 - y}+ years experience (est. {y})", f"Founded {y}"]), "year"
    if kind == "address":
        if massage:
            st = ctx["state"]
            n = R.randint(100, 9999)
            z = fill(R, US_ZIP[st])
            return ch(R, [f"Our licensed therapists, {n} {R.choice(STREETS)}",
                          f"{n} {R.choice(STREETS)}, {ctx['city']}, {st} {z}",
                          f"Licensed staff @ {n} {R.choice(STREETS)} #{R.randint(100, 399)}",
                          f"Located at {n} {R.choice(STREETS)}, Suite {R.randint(100, 399)}",
                          f"licensed {n} {R.choice(STREETS)}",
                          f"{n} {R.choice(STREETS)} Unit {R.randint(1, 40)}/{R.choice('ABCD')}"]), "address"
        a = R.randint(1, 60)
        return ch(R, [f"Office No. {a}/{R.choice('ABCD')}, {ordinal(R.randint(1, 5))} Floor, {ctx['city']}",
                      f"House {a}/{R.randint(1, 9)}, Road {R.randint(1, 30)}, {ctx['city']}",
                      f"Plot {a}/{R.choice('AB')}, Block {R.choice('CDEFG')}, {ctx['city']}",
                      f"Shop # {a}, Ground Floor, Star Arcade, {ctx['city']}",
                      f"Bldg {a}, {ordinal(R.randint(1, 9))} floor, {ctx['city']}",
                      f"Flat {R.randint(1, 12)}/{R.choice('ABC')}, {ctx['city']}",
                      f"Office {R.randint(100, 999)}, {ctx['city']} Business Centre",
                      f"{R.randint(10, 999)}/{R.randint(1, 9)} Main Road, {ctx['city']}"]), "address"
    if kind == "driving_licence":
        if domestic:
            opts = ["Family driver with valid licence", "Private driver - local licence holder",
                    "Driver available (licence transferred)", "Driver with valid driving licence"]
            if ck in ARABIC_CTX:
                opts.append("سائق خاص مع رخصة قيادة")
            if ck == "LB":
                opts.append("Chauffeur avec permis valide")
            return ch(R, opts), "driving_licence"
        extra = ["HTV licence with 5 years experience", "LTV/HTV licence required"] \
            if ck in ("PK", "IN") else ["Heavy duty licence 3 years", "Class B licence holders"]
        return ch(R, ["Valid driving licence required", "UAE driving license holders preferred",
                      "GCC driving licence holders", "Saudi driving license (transferable iqama)",
                      "Must have valid driving license", "Driving licence: Light & Heavy",
                      "Original driving license + 3 yrs experience",
                      "Driving licence No. must be verified", "Gulf licence holders apply",
                      "Licence holders only (heavy vehicle)"] + extra), "driving_licence"
    if kind == "licence_req":
        return ch(R, ["licence type B", "Category C+E licence", "Licence class 3",
                      "Wireman licence preferred", "Forklift licence (valid)",
                      "Licence cat. D", "Welding licence 6G", "Nursing licence (PRC/DHA) required",
                      "Electrician licence Grade A", "Licence type C1 + code 95"]), "licence_requirement"
    if kind == "passport":
        pp = fill(R, R.choice(["AB#######", "E#######", "P#######", "BN#######", "EA#######",
                               "K#######"]))
        if domestic:
            return ch(R, [f"Passport No. {pp}", "Passport with the office", "Passport copy on request",
                          f"جواز سفر رقم {pp}", "Passport valid 2 years"]), "passport"
        return ch(R, ["Send passport copy + CV", f"Passport No. {pp} visa ready",
                      "Passport valid for 2 years minimum", f"Selected: passport no. {pp}",
                      "WhatsApp your passport copy and photo",
                      f"Visa stamped - PP# {pp}", "Passport copy required (6 months validity)"]), "passport"
    if kind == "job_ref":
        y = R.randint(2022, 2025)
        return ch(R, [f"Ref: JOB-{y}-{R.randint(100, 999)}", f"Vacancy ID {R.randint(10000, 99999)}",
                      f"Demand Letter No. {y}/DL/{R.randint(10, 999)}",
                      f"Job Code: {R.choice(['MY', 'KSA', 'QA', 'EU'])}-{y % 100}/{R.randint(1, 300):03d}",
                      f"Advt. No. {R.randint(1, 40)}/{y}", f"Ref No. {y}/{R.randint(100, 999)}",
                      f"Job ID #{R.randint(1000, 99999)}", f"Requisition {R.randint(1, 99)}/{y}"]), "job_ref"
    if kind == "tracking":
        if massage:
            return ch(R, [f"Gift card no. {R.randint(10000, 99999)}", f"Booking #{R.randint(1000, 9999)}",
                          f"Order #{R.randint(10000, 99999)} for gift cards"]), "tracking"
        return ch(R, [f"Tracking No. {fill(R, '#### #### ####')}", f"Order #{R.randint(10000, 99999)}",
                      f"Courier CN: {fill(R, '#########')}", f"Courier slip {fill(R, '##########')}",
                      f"Receipt No. {R.randint(1000, 9999)}/{R.randint(1, 99)}"]), "tracking"
    if kind == "phone":
        p1, p2 = phone(R, ck, ctx["region"]), phone(R, ck, ctx["region"])
        t = R.choice(pool(CTX[ck]["contact"]))
        return ch(R, [t.replace("{p}", p1), t.replace("{p}", f"{p1} / {p2}"),
                      t.replace("{p}", f"{p1}/{p2}"), f"📞 {p1}"]), "phone"
    if kind == "whatsapp":
        p = phone(R, ck, ctx["region"])
        opts = [f"WhatsApp {p}", f"WA: {p}", f"📱 WhatsApp only: {p}", f"WhatsApp 👉 {p}",
                f"Whatsapp/Viber {p}"]
        if ck in ARABIC_CTX:
            opts.append(f"واتساب {p}")
        if massage:
            opts = [f"Text only {p}", f"WhatsApp {p}", f"📱 {p} (text)", f"Txt {p}"]
        return ch(R, opts), "whatsapp"
    if kind == "date":
        d, m = R.randint(1, 28), R.randint(1, 12)
        if massage:
            return ch(R, [f"Grand opening {m}/{d}", f"Special until {m}/{d}/2025",
                          f"Closed {m}/{d}", f"New staff from {m}/{d}", f"Promo ends {m:02d}/{d:02d}"]), "date"
        if domestic:
            return ch(R, [f"Arrival {d}/{m}", f"Available from {d:02d}/{m:02d}/2025",
                          f"Offer valid till {d}/{m}", f"تاريخ الوصول {d}/{m}"]), "date"
        return ch(R, [f"Interview on {d:02d}/{m:02d}/2024", f"Deadline {d}/{m}",
                      f"Interview date: {d}-{m:02d}-2025", f"Last date {d}/{m}/2024",
                      f"Trade test {d}/{m}", f"Flight date {d:02d}.{m:02d}.2025",
                      f"Apply before {d}/{m:02d}"]), "date"
    if kind == "height":
        return ch(R, [f"Height 5'{R.randint(2, 9)}\" +", f"height {R.randint(155, 175)} cm minimum",
                      f"Min height 5'{R.randint(3, 8)}", f"Ht: 5'{R.randint(2, 8)}\""]), "height"
    if kind == "age":
        a = R.randint(18, 25)
        b = a + R.randint(10, 20)
        opts = [f"Age {a}-{b}", f"age {a} to {b} years", f"Age limit: {a}-{b}"]
        if ck in AGE_FMT:
            opts.append(AGE_FMT[ck].format(a=a, b=b))
        return ch(R, opts), "age"
    if kind == "visa_count":
        n = R.choice([10, 20, 25, 30, 50, 60, 80, 100, 120, 200])
        return ch(R, [f"{n} visas", f"Visa: {n} nos", f"Total demand: {n}", f"{n} posts",
                      f"Demand {n} workers", f"{n} seats only"]), "visa_count"
    if kind == "flight":
        return ch(R, [f"Flight EK {R.randint(500, 699)}", f"QR {R.randint(600, 699)} on departure",
                      f"Departure by PK {R.randint(700, 799)}", f"Flight SV {R.randint(800, 899)}",
                      f"Ticket: MH {R.randint(100, 199)} via KUL", f"Flight no. EY {R.randint(200, 299)}"]), "flight"
    if kind == "model_code":
        return ch(R, ["Forklift (Toyota 8FD-25/30)", "CAT 320D/L excavator operator",
                      "GTX-1080/TI rig technician", "JCB 3CX/4CX operator", "Hyster H2.5/3.0",
                      "Komatsu PC200-8/10 operator", "CNC Fanuc 0i-MF/TF"]), "model_code"
    if kind == "room":
        if massage:
            return ch(R, [f"Suite {R.randint(100, 450)}", f"Room {R.randint(1, 12)}",
                          f"Unit {R.randint(1, 20)}-{R.choice('ABC')}", f"2nd floor, #{R.randint(200, 299)}"]), "room"
        return ch(R, [f"Room {R.randint(100, 999)}", f"Suite {R.randint(100, 450)}",
                      f"Room No. {R.randint(1, 40)}/{R.choice('AB')}", f"Office #{R.randint(100, 999)}",
                      f"Unit {R.randint(1, 20)}-{R.randint(1, 30)}"]), "room"
    if kind == "postal":
        if massage:
            st = ctx["state"]
            return f"{ctx['city']}, {st} {fill(R, US_ZIP[st])}", "postal_code"
        return f"{ctx['city']} {fill(R, R.choice(POSTAL[ck]))}", "postal_code"
    if kind == "url":
        s = slug(ctx["name"])
        tld = R.choice([".com", ".net", ".org", ".co"])
        if massage:
            return ch(R, [f"Book online: {s}{tld}/book/{R.randint(100, 999)}",
                          f"www.{s}{tld}/specials/2025/{R.randint(1, 12)}",
                          f"{s}{tld}/staff?id={R.randint(10, 99)}"]), "url"
        return ch(R, [f"Apply: www.{s}{tld}/jobs/{R.randint(100, 9999)}/apply",
                      f"https://{s}{tld}/vacancy/{R.randint(2022, 2025)}/{R.randint(10, 999)}",
                      f"{s}{tld}/cv?id={R.randint(1000, 99999)}",
                      f"More: {s}{tld}/p/{R.randint(10, 99)}/{R.randint(100, 999)}"]), "url"
    if kind == "email":
        cues = ["Email: ", "📧 ", "E-mail: "] if massage or domestic else \
            ["Email: ", "CV: ", "Send CV to ", "📧 ", "E-mail: "]
        return ch(R, cues) + email(R, ctx["name"]), "email"
    if kind == "id_number":
        if ck == "PK":
            return ch(R, [f"CNIC {fill(R, '3####-#######-#')} required", "Bring original CNIC"]), "id_number"
        if ck == "IN":
            return ch(R, [f"Aadhaar copy ({fill(R, '#### #### ####')})", "Bring Aadhaar & PAN"]), "id_number"
        if ck in GULF_KEYS:
            return ch(R, [f"Iqama {fill(R, '2#########')}", f"Emirates ID 784-{fill(R, '####-#######-#')}",
                          f"QID {fill(R, '2##########')}"]), "id_number"
        if ck in ("LB", "JO"):
            return ch(R, [f"Residence permit {fill(R, '#########')}", f"إقامة رقم {fill(R, '#######')}",
                          f"Work permit no. {fill(R, '######')}"]), "id_number"
        if ck == "MY":
            return ch(R, [f"IC {fill(R, '######-##-####')}", "Bring MyKad copy",
                          f"Permit no. {fill(R, 'PLKS########')}"]), "id_number"
        return ch(R, [f"NID {fill(R, '##########')}", "Bring national ID + 2 photos",
                      f"ID No. {fill(R, '########')} (sample)"]), "id_number"
    if kind == "licence_word":
        if massage:
            return ch(R, ["Licensed & insured", "Licensed therapists only", "State licensed",
                          "Licensed staff", "All therapists licensed", "License on display"]), "licence_word"
        return ch(R, ["Govt. licensed agency", "Licence no. available on request",
                      "Fully licensed office", "100% legal, govt approved",
                      "Registered & licensed", "Licence: pending renewal",
                      "License number on request", "Licensed by the ministry",
                      "Licensed agency - no fake promises"]), "licence_word"
    if kind == "hours":
        return ch(R, ["Open 10-22", "9am-9pm daily", "Open 24/7", "Mon-Sat 10:00-20:00",
                      "Hours 9:30am - 10pm", "7 days 10am-11pm", "Sun 12/6"]), "hours"
    if kind == "visa_number":
        return ch(R, [f"Visa No. {fill(R, '19########')}", f"Visa # {fill(R, '11########')}",
                      f"Block visa {fill(R, '#######')}", f"E-visa {fill(R, '####-####-##')}"]), "visa_number"
    raise ValueError(kind)


DECOY_KINDS = {
    "overseas": ["price", "salary_range", "year", "address", "driving_licence", "licence_req",
                 "passport", "job_ref", "tracking", "phone", "whatsapp", "date", "height", "age",
                 "visa_count", "flight", "model_code", "room", "postal", "url", "email",
                 "id_number", "licence_word", "visa_number"],
    "domestic": ["price", "year", "address", "passport", "phone", "whatsapp", "date", "age",
                 "room", "postal", "email", "licence_word", "hours", "id_number",
                 "driving_licence"],
    "massage": ["price", "year", "address", "phone", "whatsapp", "date", "room", "postal", "url",
                "email", "licence_word", "hours", "tracking"],
}
DECOY_KINDS["domestic_my"] = DECOY_KINDS["domestic"]

# ---------------------------------------------------------------------------
# ad templates
# ---------------------------------------------------------------------------

OVERSEAS_TITLES = [
    "{DEST} Jobs - {job}", "URGENT REQUIRED {JOB}S FOR {DEST}", "Work in {dest} {flag} Free Visa",
    "{job} needed for {dest}", "Jobs in {dest} | Interview this week", "{dest} visa available - {job}",
    "Hiring {job}s ({dest})", "{flag} {dest} Job Opportunity {flag}", "Required: {job} & {job2} for {dest}",
    "Direct company visa {dest}", "{job} - {dest} - Apply now", "Overseas jobs: {dest}",
    "New demand from {dest}: {job}", "{job}/{job2} wanted - {dest}",
]
LOCAL_TITLES = {
    "PK": ["{dest} ke liye {job} chahiye", "{dest} mein naukri - {job}", "{dest} کے لیے {job} درکار",
           "{dest} visa - {job} - fori rabta"],
    "IN": ["{dest} me naukri - {job}", "{dest} के लिए {job} चाहिए", "Walk-in interview for {dest}",
           "Gulf job: {job} ({dest})"],
    "BD": ["{dest} এ চাকরি - {job}", "{dest} jete chan? {job} lagbe", "{dest} ভিসা - {job}"],
    "NP": ["{dest} को लागि {job} चाहियो", "{dest} ma {job} ko demand", "{dest} रोजगार - {job}"],
    "LK": ["{dest} රැකියා - {job}", "{dest} வேலை வாய்ப்பு - {job}"],
    "PH": ["Hiring {job} para sa {dest}", "{dest} direct hire - {job}", "Now hiring: {job} ({dest})"],
    "NG": ["Travel & work in {dest} - {job}", "Japa to {dest}: {job}s needed"],
    "KE": ["Nafasi za kazi {dest} - {job}", "Kazi {dest}: {job}"],
    "ID": ["Lowongan {dest} - {job}", "Loker {dest}: {job}", "Kerja ke {dest} - {job}"],
    "LATAM": ["Trabajo en {dest} - {job}", "Se busca {job} para {dest}"],
    "ES": ["Se busca personal: {job}", "Oferta de empleo - {job}"],
    "PT": ["Recrutamento {job} - {dest}", "Oferta de emprego: {job}"],
    "FR": ["Recrutement {job} pour {dest}", "Offre d'emploi - {job} ({dest})"],
}
DOMESTIC_TITLES = {
    "LB": ["Housemaids available", "عاملات منزليات للاستقدام", "Maid office - {city}",
           "مكتب استقدام {city}", "Domestic helpers from {nat} & {nat2}", "عاملة منزلية {nat_ar} للتنازل",
           "Bureau de placement - {city}", "Nannies & housemaids | {city}"],
    "JO": ["مكتب استقدام {city}", "عاملات من {nat_ar}", "Domestic helpers - {city}",
           "Housemaids available", "تنازل عاملة {nat_ar}"],
    "GULF": ["Maids available - {city}", "عاملات منزليات للتنازل", "Live-in maid available",
             "مكتب استقدام {city}", "Maid / nanny / cook", "Housemaid packages {city}"],
    "MY": ["Maid agency {city}", "Pembantu rumah - {city}", "Domestic helper from {nat}",
           "Agensi pembantu rumah", "Maid / nanny available"],
}
MASSAGE_TITLES = [
    "{name} - grand opening", "Relaxing massage in {city}", "NEW STAFF 💆 {city}",
    "Best massage {city} ⭐", "{name} | Swedish • Deep Tissue", "Asian massage - {city}",
    "Massage & spa ✨ walk-ins welcome", "{name} 💆‍♀️ {city}", "Stress relief massage {city}",
    "Hot stone & foot massage", "Masajes relajantes - {city}", "Body rub & massage {city} 🌸",
]

NATS = [("Ethiopia", "إثيوبية"), ("Kenya", "كينية"), ("Philippines", "فلبينية"),
        ("Sri Lanka", "سريلانكية"), ("Bangladesh", "بنغلادشية"), ("Uganda", "أوغندية"),
        ("Ghana", "غانية"), ("Nepal", "نيبالية"), ("Indonesia", "إندونيسية")]

OVERSEAS_BODY = [
    "Urgent requirement for {dest}", "Company visa, free food & accommodation",
    "Contract 2 years, renewable", "Visa + ticket by company", "Experience 2 years required",
    "Medical GAMCA required", "Duty 8 hours + overtime", "Free accommodation & transport",
    "Interview in {city}", "Selected candidates fly within 30 days",
    "Trade test by company engineers", "Overtime available, yearly leave with ticket",
    "Only experienced candidates apply", "Women & men both can apply",
    "Job location: {dest}", "Apply with CV & photos",
]
DOMESTIC_BODY = {
    "LB": ["Housemaids from {nat} and {nat2} available", "Trial period 3 months, replacement guaranteed",
           "عاملات من {nat_ar} متوفرات فوراً", "كفالة 3 أشهر مع التبديل", "Live-in and live-out options",
           "Bonnes, nounous, cuisinières disponibles", "Experienced with kids and elderly",
           "Speaks English and some Arabic", "Arrival within 30 days"],
    "JO": ["عاملات من {nat_ar} متوفرات", "كفالة 3 أشهر مع التبديل", "تنازل عاملات بأسعار مناسبة",
           "Housemaids from {nat} and {nat2}", "Office open Saturday to Thursday",
           "Medical done, ready to work", "Speaks English and some Arabic"],
    "GULF": ["Housemaids from {nat} and {nat2} available", "Transfer of sponsorship available",
             "نقل كفالة متاح", "Live-in and live-out options", "Monthly / yearly packages",
             "Medical done, ready to work", "Experienced with kids and elderly",
             "Office open Saturday to Thursday"],
    "MY": ["Pembantu rumah dari {nat} & {nat2}", "Fast permit processing", "Replacement within 6 months",
           "Maid boleh masak & jaga anak", "Experienced with kids and elderly",
           "Proses cepat, harga berpatutan", "Arrival within 30 days"],
}
for _k in GULF_KEYS:
    DOMESTIC_TITLES[_k] = DOMESTIC_TITLES["GULF"]
    DOMESTIC_BODY[_k] = DOMESTIC_BODY["GULF"]

MASSAGE_BODY = [
    "Swedish • Deep tissue • Hot stone", "Clean, private rooms, hot shower",
    "Professional & friendly staff", "Walk-ins welcome, appointments preferred",
    "Free parking in the back", "Foot reflexology & body massage", "Couples massage available",
    "We accept cash and cards", "Se habla español", "New young staff", "Open 7 days",
    "Table shower available", "Aromatherapy & hot towel", "Gift cards available",
]

WRAPS = [
    "{L}", "{L}", "{L}", "✅ {L}", "👉 {L}", "Govt. approved agency - {L}", "{name} | {L}",
    "{name} ({L})", "({L})", "★ {L}", "{L} 🔒", "We are licensed: {L}", "🏛 {L}",
    "{name}, {L}", "Registered agency — {L}", "[{L}]", "{L} | {city}", "Legal agency, {L}",
]
MASSAGE_WRAPS = ["{L}", "{L}", "{L}", "{name} - {L}", "({L})", "🔑 {L}", "Licensed: {L}",
                 "{L} • licensed & insured", "State licensed: {L}", "{L} ✔", "[{L}]"]


def wrap(R, lic, ag, massage=False):
    w = ch(R, MASSAGE_WRAPS if massage else WRAPS)
    pre, post = w.split("{L}")
    pre = pre.replace("{name}", ag["name"]).replace("{city}", ag["city"])
    post = post.replace("{name}", ag["name"]).replace("{city}", ag["city"])
    return Line(pre, lic, post)


def fmt(s, ctx):
    d = ctx["dest"]
    return (s.replace("{DEST}", d[0].upper()).replace("{dest}", d[0]).replace("{flag}", d[2])
            .replace("{JOB}", ctx["job"].upper()).replace("{job}", ctx["job"])
            .replace("{job2}", ctx["job2"]).replace("{city}", ctx["city"])
            .replace("{name}", ctx["name"]).replace("{nat}", ctx["nat"][0])
            .replace("{nat2}", ctx["nat2"][0]).replace("{nat_ar}", ctx["nat"][1]))


def make_ctx(R, ctxkey, cat, ag=None, region=None):
    ctx = dict(ctx=ctxkey, cat=cat)
    if ag is not None:
        ctx["name"], ctx["city"] = ag["name"], ag["city"]
        ctx["state"] = ag.get("state")
        ctx["region"] = ag["region"]
    else:
        ctx["name"] = agency_name(R, ctxkey)
        if cat == "massage":
            ctx["state"] = R.choice(sorted(US_STATES))
            ctx["city"] = R.choice(US_STATES[ctx["state"]])
        else:
            ctx["city"] = city_for(R, ctxkey, region)
        ctx["region"] = region
    ctx["dest"] = dest_of(R, ctxkey)
    ctx["job"], ctx["job2"] = R.sample(JOBS, 2)
    ctx["nat"], ctx["nat2"] = R.sample(NATS, 2)
    return ctx


def build_ad(R, ad_id, agents, fallback):
    """agents: list of agencies mentioned in this ad (may be empty)."""
    if agents:
        main = agents[0]
        ctxkey, cat = main["ctx"], main["cat"]
        ctx = make_ctx(R, ctxkey, cat, ag=main)
    else:
        ctxkey, cat, region = fallback
        ctx = make_ctx(R, ctxkey, cat, region=region)
    ctx["site"] = R.choice(pool(CTX[ctxkey]["sites"]))
    massage = cat == "massage"
    decoys = []

    # ---- title
    if massage:
        title = Line(fmt(ch(R, MASSAGE_TITLES), ctx))
    elif cat in ("domestic", "domestic_my"):
        title = Line(fmt(ch(R, DOMESTIC_TITLES[ctxkey]), ctx))
    elif ctxkey in LOCAL_TITLES and R.random() < 0.4:
        title = Line(fmt(ch(R, LOCAL_TITLES[ctxkey]), ctx))
    else:
        title = Line(fmt(ch(R, OVERSEAS_TITLES), ctx))
    title_lic = False
    if agents and R.random() < 0.2:
        lic, _, _ = write_licence(R, agents[0], decoys, suffix=False)
        if R.random() < 0.5:
            title = Line(title, R.choice([" | ", " - ", " — ", " ", " • "]), lic)
        else:
            title = Line(lic, R.choice([" | ", " - ", " :: ", " ✅ "]), title)
        title_lic = True

    # ---- body
    lines = []
    bank = MASSAGE_BODY if massage else (DOMESTIC_BODY[ctxkey] if cat != "overseas" else OVERSEAS_BODY)
    for s in R.sample(pool(bank), R.randint(1, 4)):
        lines.append(Line(fmt(s, ctx)))
    if R.random() < 0.6:
        lines.insert(0, Line(ch(R, CTX[ctxkey]["greet"])))
    if cat == "overseas" and R.random() < 0.7:
        jobs = R.sample(JOBS, R.randint(2, 5))
        cur = ctx["dest"][1]
        jl = [f"{j} - {salary(R, cur)}" if R.random() < 0.5 else j for j in jobs]
        if ctxkey in ARABIC_CTX:
            jl = jobs
        if any(" - " in j for j in jl):
            decoys.append("salary_range")
        lines.extend(Line(j) for j in jl)

    kinds = DECOY_KINDS[cat]
    nd = R.randint(2, 6)
    picks = R.sample(kinds, nd)
    for k in picks:
        t, dk = decoy_line(R, k, ctx)
        lines.append(Line(t))
        decoys.append(dk)
    # always some contact
    if "phone" not in picks and "whatsapp" not in picks:
        p = phone(R, ctxkey, ctx["region"])
        lines.append(Line(R.choice(CTX[ctxkey]["contact"]).replace("{p}", p)))
        decoys.append("phone")

    R.shuffle(lines)

    # licence mentions in body
    for i, ag in enumerate(agents):
        need_body = not (i == 0 and title_lic and R.random() < 0.35)
        if not need_body:
            continue
        lic, _, _ = write_licence(R, ag, decoys)
        if i > 0 and massage and ag["kind"] in ("us_ma", "us_mt", "us_camtc", "us_ny"):
            ln = Line(ch(R, ["Therapist ", "LMT on site: ", "Our therapist: ", "Staff lic. ",
                             "Therapist on duty - ", ""]), lic)
        elif i > 0 and massage:
            ln = Line(ch(R, ["Establishment: ", "Spa ", "Est. ", "Facility: ", ""]), lic)
        elif i > 0:
            joint = ch(R, [" ", " (", ", ", " - "])
            ln = Line(ch(R, ["Partner agency: ", "In collaboration with ", "Sub-agent of ",
                             "Associate: ", "Local partner ", "Jointly with "]),
                      ag["name"], joint, lic)
            if joint == " (":
                ln.add(")")
        else:
            ln = wrap(R, lic, ag, massage)
        pos = R.choice(["top", "end", "end", "mid"])
        # sometimes glue a decoy onto the same line right after the licence
        if R.random() < 0.15 and lines:
            other = lines.pop(R.randrange(len(lines)))
            ln = Line(ln, R.choice([" | ", ", ", " - ", " · ", "  "]), other)
        if pos == "top":
            lines.insert(0, ln)
        elif pos == "mid":
            lines.insert(R.randint(0, len(lines)), ln)
        else:
            lines.append(ln)
        # the same licence twice in one ad
        if i == 0 and R.random() < 0.15:
            lic2, _, _ = write_licence(R, ag, decoys)
            lines.append(Line(ch(R, ["", "", "Reminder: ", "— ", "Again: ", "Agency ",
                                     "N.B. "]), lic2))

    # ---- style
    style = R.random()
    caps = R.random() < 0.08
    if caps:
        lines = [Line(*[(t.upper(), l) for t, l in ln.parts]) for ln in lines]
    if R.random() < 0.25:
        title = Line(*[(t.upper(), l) for t, l in title.parts])
    if R.random() < 0.25:
        emo = ["✅ ", "👉 ", "🔥 ", "⭐ ", "📌 ", "✈️ ", "💼 ", "🌟 "] if not massage else \
            ["💆 ", "🌸 ", "✨ ", "💋 ", "🌺 ", "⭐ "]
        lines = [Line(R.choice(emo), ln) if R.random() < 0.6 else ln for ln in lines]
    elif R.random() < 0.2:
        b = R.choice(["• ", "- ", "* ", "► ", "▪ "])
        lines = [Line(b, ln) for ln in lines]
    if style < 0.45:
        sep, pre, post = "\n", "", ""
    elif style < 0.6:
        sep, pre, post = "<br>", "", ""
    elif style < 0.68:
        sep, pre, post = "<br />\n", "", ""
    elif style < 0.78:
        sep, pre, post = "</p><p>", "<p>", "</p>"
    elif style < 0.86:
        sep, pre, post = " | ", "", ""
    elif style < 0.93:
        sep, pre, post = "\n\n", "", ""
    else:
        sep, pre, post = ". ", "", ""
    body = Line(pre)
    for i, ln in enumerate(lines):
        if i:
            body.add(sep)
        body.add(ln)
    body.add(post)
    if sep in ("<br>", "<br />\n", "</p><p>"):
        body = Line(*[(t.replace(" & ", " &amp; "), l) for t, l in body.parts])

    return finish(ad_id, title, body, ctx, decoys)


def finish(ad_id, title, body, ctx, decoys):
    labels = []
    out = {}
    for field, line in (("title", title), ("body", body)):
        text = ""
        pos = 0
        for t, lid in line.parts:
            b = len(t.encode("utf-8"))
            if lid:
                labels.append(dict(field=field, start=pos, end=pos + b, raw=t, licence_id=lid))
            text += t
            pos += b
        out[field] = text
    seen = []
    for d in decoys:
        if d not in seen:
            seen.append(d)
    region = ctx.get("region")
    return {"id": ad_id, "title": out["title"], "body": out["body"], "region": region,
            "site": ctx["site"], "labels": {"licences": labels, "decoys": seen}}


# ---------------------------------------------------------------------------
# whole files
# ---------------------------------------------------------------------------


SENDING = ("PK", "BD", "IN", "NP", "LK", "PH", "ID", "KE", "UG", "ET", "NG", "GH")


def compatible(a, b):
    """Can agency b be named in an ad of agency a (partner / therapist)?"""
    if a["cat"] == "massage" or b["cat"] == "massage":
        return (a["cat"] == b["cat"] == "massage" and a["state"] == b["state"]
                and a["kind"] != b["kind"])
    if a["ctx"] == b["ctx"]:
        return True
    # a sending-country agency naming its receiving partner in Malaysia or the Gulf
    return a["ctx"] in SENDING and b["ctx"] in ("MY",) + GULF_KEYS


def generate(seed, n_ads, split):
    global SPLIT
    SPLIT = split
    R = random.Random(seed)
    prefix = "lic-dev-" if split == "dev" else "lic-ho-"
    kinds = sorted(KINDS)
    weights = [KINDS[k][4] for k in kinds]

    # agencies and how many ads each appears in
    target_tokens = round(n_ads * 0.75 * 1.06)
    used = set()
    agencies = []
    tokens = []
    first = list(kinds)
    R.shuffle(first)  # every licence family at least once per file
    while len(tokens) < target_tokens:
        if first:
            kind = first.pop()
        else:
            kind = R.choices(kinds, [w * w for w in weights])[0]
        ag = new_agency(R, kind, used)
        k = R.choices([2, 3, 4, 5, 6], [30, 30, 20, 12, 8])[0]
        if first and kind not in ("pk_oep", "bd_rl", "in_ra", "np_dofe", "ph_poea", "us_mm"):
            k = 2  # the guaranteed agency of a small family stays small
        agencies.append(ag)
        tokens.extend([ag] * k)
    R.shuffle(tokens)

    # group tokens into ads: mostly one agency, a few ads with a second one
    groups = []
    rest = list(tokens)
    while rest:
        a = rest.pop(0)
        g = [a]
        if rest and R.random() < 0.12:
            for j, b in enumerate(rest):
                if b is a:
                    continue
                if compatible(a, b):
                    g.append(rest.pop(j))
                    break
        groups.append(g)
    # an agency must not appear twice in one ad: fold duplicates into their own ad
    fixed = []
    for g in groups:
        ids = [id(x) for x in g]
        if len(set(ids)) == len(ids):
            fixed.append(g)
        else:
            fixed.extend([[x] for x in g])
    groups = fixed
    n_lic_ads = len(groups)
    if n_lic_ads > n_ads - round(n_ads * 0.2):
        raise SystemExit("too many licensed ads; tune target_tokens")
    n_free = n_ads - n_lic_ads
    fallbacks = []
    for _ in range(n_free):
        kind = R.choices(kinds, weights)[0]
        _, ctxkey, cat, regions, _ = KINDS[kind]
        region = R.choice(regions)
        fallbacks.append((region if ctxkey == "GULF" else ctxkey, cat, region))
    slots = [("lic", g) for g in groups] + [("free", f) for f in fallbacks]
    R.shuffle(slots)

    ads = []
    for i, (what, x) in enumerate(slots, 1):
        ad_id = f"{prefix}{i:04d}"
        if what == "lic":
            rec = build_ad(R, ad_id, x, None)
        else:
            rec = build_ad(R, ad_id, [], x)
        check(rec)
        ads.append(rec)
    # ensure every agency was written 2+ times (a merged ad counts once per agency)
    counts = {}
    for rec in ads:
        for lid in {l["licence_id"] for l in rec["labels"]["licences"]}:
            counts[lid] = counts.get(lid, 0) + 1
    for ag in agencies:
        c = counts.get(ag["lid"], 0)
        if not 2 <= c <= 6:
            raise SystemExit(f"agency {ag['lid']} in {c} ads")
    return ads


def check(rec):
    for field in ("title", "body"):
        assert isinstance(rec[field], str)
    spans = sorted((l["field"], l["start"], l["end"]) for l in rec["labels"]["licences"])
    for l in rec["labels"]["licences"]:
        b = rec[l["field"]].encode("utf-8")
        raw = b[l["start"]:l["end"]].decode("utf-8")
        assert raw == l["raw"], (rec["id"], raw, l["raw"])
        assert raw and raw == raw.strip(), (rec["id"], raw)
    for (f1, s1, e1), (f2, s2, e2) in zip(spans, spans[1:]):
        assert f1 != f2 or e1 <= s2, (rec["id"], "overlapping spans")


def dump(ads):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads)


FILES = (("dev.jsonl", 1, 150, "dev"), ("heldout.jsonl", 2, 250, "heldout"))


def render():
    return {name: dump(generate(seed, n, split)) for name, seed, n, split in FILES}


def stats(text):
    recs = [json.loads(l) for l in text.splitlines()]
    labs = [l for r in recs for l in r["labels"]["licences"]]
    ids = {}
    for r in recs:
        for lid in {l["licence_id"] for l in r["labels"]["licences"]}:
            ids[lid] = ids.get(lid, 0) + 1
    dk = {}
    for r in recs:
        for d in r["labels"]["decoys"]:
            dk[d] = dk.get(d, 0) + 1
    no_lic = sum(1 for r in recs if not r["labels"]["licences"])
    kinds = {}
    for lid in ids:
        k = lid.split("-")[0] + "-" + lid.split("-")[1]
        kinds[k] = kinds.get(k, 0) + 1
    return dict(ads=len(recs), ads_without_licence=no_lic, licence_mentions=len(labs),
                in_title=sum(1 for l in labs if l["field"] == "title"),
                agencies=len(ids), distinct_raw=len({l["raw"] for l in labs}),
                ads_per_agency={k: sum(1 for v in ids.values() if v == k) for k in range(1, 8)},
                decoy_kinds=len(dk), decoys=dict(sorted(dk.items())),
                licence_families=dict(sorted(kinds.items())))


def main(argv):
    out = render()
    if "--stats" in argv:
        for name, text in out.items():
            print(name, json.dumps(stats(text), ensure_ascii=False, indent=1))
        return 0
    if "--check" in argv:
        bad = 0
        for name, text in out.items():
            path = os.path.join(HERE, name)
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"{name} differs from a fresh run")
                    bad = 1
        return bad
    for name, text in out.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        s = stats(text)
        print(f"wrote {name}: {s['ads']} ads, {s['licence_mentions']} licence mentions, "
              f"{s['agencies']} agencies, {s['ads_without_licence']} ads without licence")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
