#!/usr/bin/env python3
"""Fresh synthetic ad test set for plainsight contact-selector extraction. Deterministic (seed 4242)."""
import os
import json, random, re

R = random.Random(4242)
N = 150

FIRST = ["luna","mia","jade","kira","roxy","bella","nina","zoe","coco","ivy","sasha","lexi","amber","dani",
         "ruby","tara","vivi","nova","sky","mel","kat","gigi","lola","india","yuki","mara","celia","fleur"]
SUFF = ["rose","kiss","baby","doll","xo","vip","love","honey","star","angel","bae","sweet","muse","glow"]
DOMW1 = ["velvet","silk","lotus","amber","harbor","golden","blue","maple","crystal","orchid","pearl","river",
         "northpeak","brightway","sunset","cedar","opal","zen","tidal","ember"]
DOMW2 = ["spa","touch","relax","jobs","staffing","care","lounge","agency","careers","wellness","studio",
         "recruit","massage","talent","group","homes"]
TLDS = ["com","com","com","net","co.uk","org","biz","ca","com.au","es","fr","com.br"]
PATHS = ["", "", "", "/booking", "/apply", "/jobs", "/contact", "/gallery", "/rates", "/vacancies/2024", "/book-now"]
MAILHOST = ["gmail.com","yahoo.com","outlook.com","hotmail.com","protonmail.com","mail.ru","icloud.com"]

def handle_name():
    f = R.choice(FIRST)
    s = R.random()
    if s < 0.3: return f + "_" + R.choice(SUFF)
    if s < 0.55: return f + R.choice(SUFF) + str(R.randint(2, 99))
    if s < 0.75: return f + "." + R.choice(SUFF)
    if s < 0.9: return f + "_" + str(R.randint(18, 29))
    return R.choice(SUFF) + f

def domain():
    a, b = R.choice(DOMW1), R.choice(DOMW2)
    return (a + R.choice(["", "-"]) + b + "." + R.choice(TLDS))

def phone():
    return "%03d-%03d-%04d" % (R.randint(201, 989), R.randint(200, 989), R.randint(1000, 9999))

def intl():
    return R.choice(["1", "44", "34", "33", "351", "55", "971"]) + "".join(str(R.randint(0, 9)) for _ in range(9))

def E(): return {"handles": [], "urls": [], "emails": []}

# ---------- positive snippet generators: return (text, labels) ----------
def p_ig():
    n = handle_name(); L = E(); L["handles"].append({"platform": "instagram", "value": n})
    t = R.choice(["IG: {n}", "insta - {n}", "📷 insta @{n}", "follow my IG ➡️ {n}", "mi insta: {n} 💋",
                  "meu insta @{n}", "Instagram : {n}", "ig 👉 @{n}"]).format(n=n)
    return t, L

def p_igurl():
    n = handle_name(); L = E(); L["handles"].append({"platform": "instagram", "value": n})
    L["urls"].append("instagram.com/" + n)
    t = R.choice(["more pics instagram.com/{n}", "https://www.instagram.com/{n}/ for daily stories",
                  "👀 www.instagram.com/{n}", "see instagram.com/{n} !!"]).format(n=n)
    return t, L

def p_snap():
    n = handle_name(); L = E(); L["handles"].append({"platform": "snapchat", "value": n})
    t = R.choice(["snap👻 {n}", "SC: {n}", "add my snap - {n}", "👻 snapchat @{n}", "mon snap 👻 {n}",
                  "snapchat ID {n} (add me)"]).format(n=n)
    return t, L

def p_kik():
    n = handle_name(); L = E(); L["handles"].append({"platform": "kik", "value": n})
    t = R.choice(["add me on kik: {n}", "KIK = {n}", "kik me 💬 {n}"]).format(n=n)
    return t, L

def p_tg():
    n = handle_name().replace(".", "_"); L = E(); L["handles"].append({"platform": "telegram", "value": n})
    if R.random() < 0.5:
        L["urls"].append("t.me/" + n)
        t = R.choice(["Telegram t.me/{n}", "✈️ https://t.me/{n}", "write to our agent t.me/{n}"]).format(n=n)
    else:
        t = R.choice(["telegram @{n}", "TG: {n}", "✈️ telegram - {n}"]).format(n=n)
    return t, L

def p_wa():
    num = intl(); L = E(); L["urls"].append("wa.me/" + num)
    t = R.choice(["WhatsApp wa.me/{x}", "📲 https://wa.me/{x}", "chat now ➡️ wa.me/{x}", "zap: wa.me/{x}"]).format(x=num)
    return t, L

def p_tw():
    n = handle_name().replace(".", "_"); L = E(); L["handles"].append({"platform": "twitter", "value": n})
    t = R.choice(["twitter @{n}", "🐦 {n} on twitter", "X/twitter: @{n}"]).format(n=n)
    return t, L

def p_of():
    n = handle_name().replace(".", ""); L = E(); L["handles"].append({"platform": "onlyfans", "value": n})
    if R.random() < 0.5:
        L["urls"].append("onlyfans.com/" + n)
        t = R.choice(["🔥 onlyfans.com/{n}", "spicy content https://onlyfans.com/{n}"]).format(n=n)
    else:
        t = R.choice(["OF: {n}", "onlyfans 💦 @{n}"]).format(n=n)
    return t, L

def p_tiktok():
    n = handle_name(); L = E(); L["handles"].append({"platform": "tiktok", "value": n})
    return R.choice(["tiktok @{n}", "TT - {n} 🎵"]).format(n=n), L

def p_fb():
    n = handle_name().replace("_", "."); L = E(); L["handles"].append({"platform": "facebook", "value": n})
    L["urls"].append("facebook.com/" + n)
    return R.choice(["facebook.com/{n}", "FB page: https://www.facebook.com/{n}"]).format(n=n), L

def p_line():
    n = handle_name(); L = E(); L["handles"].append({"platform": "line", "value": n})
    return R.choice(["LINE ID: {n}", "line id = {n}"]).format(n=n), L

def p_wechat():
    n = handle_name().replace(".", "_"); L = E(); L["handles"].append({"platform": "wechat", "value": n})
    return R.choice(["WeChat: {n}", "wechat ID {n}", "微信 wechat: {n}"]).format(n=n), L

def p_signal():
    n = handle_name().replace(".", "") + "." + "%02d" % R.randint(1, 99)
    L = E(); L["handles"].append({"platform": "signal", "value": n})
    return R.choice(["Signal username: {n}", "signal ➡️ {n}"]).format(n=n), L

def p_email():
    local = handle_name().replace("_", "."); host = R.choice(MAILHOST + [domain()])
    addr = local + "@" + host; L = E(); L["emails"].append(addr)
    h1, tld = host.split(".", 1)
    tld_dot = tld.replace(".", " dot ")
    form = R.random()
    if form < 0.35:
        t = R.choice(["email: {a}", "send CV to {a}", "📧 {a}", "contacto: {a}", "écrivez à {a}"]).format(a=addr)
    elif form < 0.6:
        t = "{l} at {h} dot {t}".format(l=local, h=h1, t=tld_dot)
        t = R.choice(["mail me {x}", "email {x}", "cv -> {x}"]).format(x=t)
    elif form < 0.85:
        t = "{l} [at] {h} [dot] {t}".format(l=local, h=h1, t=tld.replace(".", " [dot] "))
        t = R.choice(["email: {x}", "write {x}", "{x} (no spam)"]).format(x=t)
    else:
        t = "{l} arroba {h} punto {t}".format(l=local, h=h1, t=tld.replace(".", " punto "))
        t = "correo: " + t
    return t, L

def p_site():
    d = domain(); p = R.choice(PATHS); L = E(); L["urls"].append(d + p)
    pre = R.choice(["", "www.", "https://", "https://www.", "http://www."])
    tail = "/" if (p and R.random() < 0.3) or (not p and pre.startswith("http") and R.random() < 0.5) else ""
    u = pre + d + p + tail
    t = R.choice(["book online {u}", "visit us online at {u}", "full menu ➡️ {u}", "apply: {u}",
                  "more info {u} 🌐", "🌐 {u}", "details on our site {u}", "reservas en {u}",
                  "infos sur {u}", "site: {u}"]).format(u=u)
    return t, L

POS = [p_ig, p_ig, p_igurl, p_snap, p_snap, p_kik, p_tg, p_tg, p_wa, p_wa, p_tw, p_of, p_tiktok,
       p_fb, p_line, p_wechat, p_signal, p_email, p_email, p_email, p_site, p_site, p_site]

# ---------- hard negatives (no labels) ----------
HARDNEG = [
    "real pics 📸 guaranteed", "no games 👻 serious only", "find me on snapchat tonight",
    "my instagram is private", "facebook page coming soon", "text only no calls",
    "CALL.ME.NOW", "NO.RUSH", "TEXT.ONLY", "SERIOUS.ONLY", "CALL.ME.NOW.{ph}", "TEXT.ONLY.{ph}",
    "I'm at home dot com", "apply online at our office", "meet me at hotel lobby",
    "incall @ midtown", "available @ 9pm tonight", "DM on insta for rates", "snap is in my bio",
    "whatsapp only, no private numbers", "telegram preferred, ask for it", "kik me later babe",
    "tiktok famous 😂 jk", "follow us on twitter soon", "line up early, doors 6 p.m.",
    "hours 10 a.m. - 11 p.m.", "duties e.g. cleaning, cooking, ironing", "approx. 40 hrs/week",
    "ask for Dr. Lee at reception", "St. Louis area only", "Relax.Refresh.Renew",
    "💋 kisses @ the right price", "email me later for details", "signal strong, wifi free",
    "new girl 🆕 just arrived at airport", "contact at the front desk", "100% real 💯 no fake",
    "SNAPCHAT.ME.ONLY.IF.SERIOUS", "IG.VERIFIED.ONLY", "PAYMENT.AT.DOOR",
    "👻 ghosting = blocked", "📞 call me at 8 tonight", "solo whatsapp, no llamadas",
    "estoy en el hotel centro", "pas de sms masqués", "chama no zap, fotos reais 📸",
    "rating 4.8 ⭐ from clients", "open Mon.-Sat.", "we are at www dot nowhere, just kidding",
]

PRICE = ["$180/hr", "$250 1hr 💰", "QV 100 HH 150 H 220", "80€ 30min", "120 roses", "R$ 300 a hora",
         "special $60 before 2pm", "£140/h", "150€ la nuit", "$25/hr + tips", "salary 3000 USD/month",
         "€1.800 net/mes"]
TIME = ["open 9am-10pm daily", "24/7 outcall", "available 11 a.m. till late", "Mon-Fri 8:00-17:00",
        "de 10h à 22h", "todos los días 10-23h", "tonight only!!!", "shift 6am-2pm"]

HARDNEG_GEN = ["facebook page coming soon", "text only no calls", "TEXT.ONLY", "SERIOUS.ONLY", "NO.RUSH",
    "CALL.ME.NOW.{ph}", "TEXT.ONLY.{ph}", "apply online at our office", "I'm at home dot com",
    "line up early, doors 6 p.m.", "hours 10 a.m. - 11 p.m.", "duties e.g. cleaning, cooking, ironing",
    "approx. 40 hrs/week", "ask for Dr. Lee at reception", "St. Louis area only", "email me later for details",
    "contact at the front desk", "follow us on twitter soon", "whatsapp only, no private numbers",
    "telegram preferred, ask for it", "PAYMENT.AT.DOOR", "📞 call me at 8 tonight", "solo whatsapp, no llamadas",
    "pas de sms masqués", "chama no zap 📲", "open Mon.-Sat.", "we are at www dot nowhere, just kidding",
    "no games 👻 serious only", "real pics 📸 guaranteed", "rating 4.8 ⭐ from clients", "signal strong, wifi free"]
PRICEK = {"escort": ["$180/hr", "$250 1hr 💰", "QV 100 HH 150 H 220", "80€ 30min", "120 roses", "R$ 300 a hora", "£140/h", "150€ la nuit"],
          "spa": ["$60 / 60min", "special $60 before 2pm", "1hr $80, 30min $50", "masaje 40€", "45€ la séance"],
          "job": ["$25/hr + tips", "salary 3000 USD/month", "€1.800 net/mes", "$17.50/hr", "2500€/mois nourri logé", "R$ 4.000 por mês"],
          "classified": ["$4,500 obo", "$650/month utilities incl.", "asking $320", "150€ à débattre", "precio 120€", "$30 per lesson"]}
ESCORT_T = ["✨ NEW IN TOWN ✨ {f} 22 sweet & discreet", "💋 UPSCALE COMPANION {F} 💋", "🔥 {F} - LATINA HOTTIE 🔥",
            "Petite Asian doll {f} ❤️ incall", "nueva chica {f} 💋 disponible", "{F} 🇧🇷 brasileira safada",
            "belle {f} 24 ans, discrète", "TS {F} visiting this week only", "YOUR GIRL NEXT DOOR {F} 😘"]
ESCORT_B = ["hi loves im {f}, very sweet and open minded 😘", "NO RUSH SERVICE 100% REAL",
            "i am new here, english little, come see me babe", "discreet upscale gentlemen only 🥂",
            "clean, safe, private apartment 🏠", "BOOK NOW BEFORE I LEAVE TOWN!!!",
            "me encanta conocer caballeros educados 🌹", "je reçois en privé, hygiène top",
            "atendo em local discreto com estacionamento", "GFE 💕 no drama", "outcall hotels only"]
SPA_T = ["🌸 GRAND OPENING 🌸 {D} Asian Massage", "NEW STAFF!! Relaxing Body Massage", "Oriental spa - table shower",
         "Masaje relajante 💆‍♀️ chicas nuevas", "Massage californien à domicile", "🌺 BEST MASSAGE IN TOWN 🌺"]
SPA_B = ["young beautiful asian staff, very nice", "deep tissue, hot stone, foot rub",
         "clean comfortable room, walk ins welcome", "NEW GIRLS EVERY WEEK 🆕", "parking in back",
         "ambiente privado y limpio", "massage relaxant par masseuse diplômée"]
JOB_T = ["Warehouse Associates Needed - Start Monday", "WORK IN DUBAI 🇦🇪 HIGH SALARY FREE VISA",
         "Hostess / waitress needed in Europe, free ticket", "Part-time Receptionist (dental office)",
         "MODELS WANTED 18-25 travel paid", "Trabajo en España 🇪🇸 cuidadoras, alojamiento incluido",
         "Recrutement : serveuses pour club à l'étranger", "Vaga para dançarinas no Japão ✈️",
         "Caregiver position - live in", "NANNY JOB IN CANADA NO EXPERIENCE NEEDED!!!"]
JOB_B = ["no experience needed, we pay flight and apartment 🏢", "passport arranged by agency",
         "must be reliable and have own transport", "young girls preferred, beautiful appearance",
         "benefits include health insurance and 401k", "salario alto, no necesitas papeles",
         "logement fourni, avance sur salaire possible", "pagamos a passagem, você devolve depois",
         "send photo full body with application", "equal opportunity employer"]
CLS_T = ["FOR SALE: 2015 Honda Civic low miles", "Room for rent near campus", "Lost cat 🐱 grey tabby",
         "Vendo bicicleta de montaña", "Sofa gratuit à venir chercher", "Garage sale Saturday!!",
         "iPhone 12 64GB like new", "Guitar lessons for beginners 🎸"]
CLS_B = ["serious buyers only, no lowballers", "cash only, pick up only", "reward if found 🙏",
         "bien cuidada, poco uso", "à récupérer avant dimanche", "lots of baby clothes, tools, books",
         "battery 89%, no scratches", "first lesson free"]

KINDS = [("escort", ESCORT_T, ESCORT_B, 0.35), ("spa", SPA_T, SPA_B, 0.2), ("job", JOB_T, JOB_B, 0.3),
         ("classified", CLS_T, CLS_B, 0.15)]

def pick_kind():
    r = R.random(); acc = 0
    for k in KINDS:
        acc += k[3]
        if r < acc: return k
    return KINDS[-1]

def fmt(s, f):
    return s.replace("{f}", f).replace("{F}", f.upper()).replace("{D}", R.choice(DOMW1).title())

def merge(a, b):
    for k in a: a[k].extend(b[k])

def build(i):
    kind, TT, BB, _ = pick_kind()
    f = R.choice(FIRST).title()
    title = fmt(R.choice(TT), f)
    parts = [fmt(x, f) for x in R.sample(BB, R.randint(1, 3))]
    parts.append(R.choice(PRICEK[kind]))
    if R.random() < 0.5: parts.append(R.choice(TIME))
    labels = E()
    nsel = 0 if R.random() < 0.4 else R.choice([1, 1, 1, 2, 2, 3])
    seen = set()
    for _ in range(nsel):
        g = R.choice(POS)
        while g in seen: g = R.choice(POS)
        seen.add(g)
        t, L = g(); parts.append(t); merge(labels, L)
    for _ in range(R.choice([1, 1, 2, 2, 3])):
        parts.append(R.choice(HARDNEG if kind in ("escort", "spa") else HARDNEG_GEN).replace("{ph}", phone()))
    if R.random() < 0.5: parts.append(R.choice(["call ", "txt ", "☎️ ", "llama ", "appelle "]) + phone())
    R.shuffle(parts)
    sep = R.choice([" ", " | ", "\n", " ✨ ", ". ", " 💕 ", " ~ "])
    body = sep.join(parts)
    caps = R.random() < 0.2
    if caps:
        body = body.upper(); title = title.upper()
    # dedupe labels
    hs, seenh = [], set()
    for h in labels["handles"]:
        key = (h["platform"], h["value"].lower())
        if key not in seenh: seenh.add(key); hs.append({"platform": key[0], "value": key[1]})
    labels = {"handles": hs, "urls": sorted(set(u.lower() for u in labels["urls"])),
              "emails": sorted(set(e.lower() for e in labels["emails"]))}
    return {"id": "F%04d" % i, "title": title, "body": body, "labels": labels}

def deobf(t):
    t = t.lower()
    t = re.sub(r"\s*(\[at\]|\(at\)| at | arroba )\s*", "@", t)
    t = re.sub(r"\s*(\[dot\]|\(dot\)| dot | punto )\s*", ".", t)
    return t

def check(ad):
    txt = (ad["title"] + "\n" + ad["body"]).lower()
    dtxt = deobf(ad["title"] + "\n" + ad["body"])
    for h in ad["labels"]["handles"]:
        assert h["value"] in txt, (ad["id"], h)
        assert h["value"] == h["value"].lower() and not h["value"].startswith("@")
    for u in ad["labels"]["urls"]:
        assert u in txt and not u.startswith(("http", "www.")) and not u.endswith("/"), (ad["id"], u)
    for e in ad["labels"]["emails"]:
        assert e in txt or e in dtxt, (ad["id"], e)
    # nothing extra: every domain-like token in the text must be covered by a label
    for m in re.finditer(r"[a-z0-9.-]+\.(?:com|net|org|co\.uk|biz|ca|com\.au|es|fr|com\.br|ru)\b[/\w.-]*", txt):
        tok = m.group(0).rstrip("/.")
        tok = re.sub(r"^www\.", "", tok)
        ok = any(tok == u or u.startswith(tok) or tok.startswith(u) for u in ad["labels"]["urls"]) or \
             any(tok in e or e.split("@")[1] == tok for e in ad["labels"]["emails"])
        assert ok, (ad["id"], tok)

def main():
    ads = [build(i + 1) for i in range(N)]
    for a in ads: check(a)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ads.jsonl"), "w", encoding="utf-8") as fh:
        for a in ads: fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    nh = sum(len(a["labels"]["handles"]) for a in ads)
    nu = sum(len(a["labels"]["urls"]) for a in ads)
    ne = sum(len(a["labels"]["emails"]) for a in ads)
    none = sum(1 for a in ads if not any(a["labels"].values()))
    print(f"ads={len(ads)} handles={nh} urls={nu} emails={ne} no_selector_ads={none}")

if __name__ == "__main__":
    main()
