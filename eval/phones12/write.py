#!/usr/bin/env python3
"""Write dev.jsonl and heldout.jsonl for the phones12 evaluation (scraped escort, massage and
job ads from 20 countries, most posts without region/location fields).

    python3 eval/phones12/write.py           # (re)writes dev.jsonl and heldout.jsonl
    python3 eval/phones12/write.py --check   # exit 1 when the files differ from what it would write

Standard library only; reads number_pool.json (see build_pool.py). Seeds 121212 (dev) and
129901 (heldout); numbers are split between dev and heldout before any post is written, so no
number occurs in both files.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

from banks import (APP_BY_COUNTRY, APPS, C, CITY_NAMES, FILLER, NAMES, PLUS, SITES, SPLIT, TENS, TEXT, WORDS)

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["US", "CA", "GB", "AU", "IN", "TH", "MY", "SG", "PH", "CO",
             "EC", "PE", "MX", "BR", "ES", "DE", "RU", "KE", "ZA", "AE"]
SPLITS = [("dev", "ph12d", 200, 121212), ("heldout", "ph12h", 400, 129901)]
PARTITION_SEED = 121212 + 129901
DEV_SHARE = 0.4
# primary region evidence of a post, per 100 posts (the first three: fields present, 30 %)
EVIDENCE = [("region_field", 10), ("location_field", 10), ("region_location", 10), ("district", 16),
            ("city_title", 12), ("url", 12), ("currency", 10), ("other_number", 7), ("touring", 6),
            ("international", 7)]
DISGUISES = [("grouped", 16), ("compact", 10), ("regrouped", 9), ("split_words", 9), ("html_break", 8),
             ("number_words", 9), ("spoken_cc", 7), ("digit_sep", 8), ("keycap", 6), ("script", 8), ("app_label", 10)]
SCRIPT_BASE = {"fullwidth": 0xFF10, "thai": 0x0E50, "arabic_indic": 0x0660, "devanagari": 0x0966}
NATIVE_SCRIPT = {"TH": "thai", "AE": "arabic_indic", "IN": "devanagari"}
KEYCAP = "\ufe0f\u20e3"
LATIN_CITY = {"Москва": "Moscow", "Санкт-Петербург": "St Petersburg", "Казань": "Kazan", "Новосибирск": "Novosibirsk"}
DOLLAR = {"US", "EC", "CA", "AU", "SG", "MX", "CO"}
BY_LANG = {
    "street": {"en": ["{x} Main Street, 2nd floor.", "Building {x}, side entrance."], "es": ["Calle {x}, local 2."],
               "pt": ["Rua {x}, fundos."], "de": ["Nr. {x}, Hinterhaus."], "ru": ["Дом {x}, второй подъезд."]},
    "ad": {"en": ["Ad #{x}", "Ad ID {x}.", "(post {x})"], "es": ["Ref. anuncio {x}.", "(anuncio {x})"],
           "pt": ["Anúncio nº {x}."], "de": ["Anzeige Nr. {x}."], "ru": ["Объявление №{x}."]},
    "percent": {"en": ["{x} real photos.", "{x} real!"], "es": ["Fotos {x} reales."], "pt": ["Fotos {x} reais."],
                "de": ["{x} echt."], "ru": ["Фото {x} реальные."]},
    "highway": {"en": ["Easy access, {x}.", "Near {x}.", "{x}, free parking."], "es": ["Cerca del {x}."],
                "pt": ["Perto do {x}."], "de": ["Nahe {x}."], "ru": ["Рядом {x}."]},
}
NEUTRAL_PRICE = {"en": "{n} roses", "es": "{n} rosas", "pt": "{n} rosas", "de": "{n} Rosen", "ru": "{n} роз"}


# ---------------------------------------------------------------- number pool

def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        data = json.load(f)
    by = {c: [] for c in COUNTRIES}
    for r in data["numbers"]:
        by[r["country"]].append(r)
    for c in by:
        by[c].sort(key=lambda r: r["e164"])
    return by


def partition(by):
    rng = random.Random(PARTITION_SEED)
    out = {"dev": {}, "heldout": {}}
    for c in COUNTRIES:
        lst = list(by[c])
        rng.shuffle(lst)
        k = int(len(lst) * DEV_SHARE)
        out["dev"][c] = lst[:k]
        out["heldout"][c] = lst[k:]
    return out


def draw(pool, c, prefer=None):
    lst = pool[c]
    for i, r in enumerate(lst):
        if prefer is None or r["type"] == prefer:
            return lst.pop(i)
    return lst.pop(0)


# ---------------------------------------------------------------- writing numbers

def digit_groups(s):
    return re.findall(r"\d+", s)


def national_written(r):
    """National grouping with the country's writing habit (IN: no trunk 0)."""
    s = r["national"]
    d = "".join(re.findall(r"\d", s))
    if d != r["written_national"]:
        assert d[0] == "0" and d[1:] == r["written_national"], r
        s = s.replace("0", "", 1)
    return s


def regroup(d, rng, seps):
    out, i = [], 0
    while i < len(d):
        k = rng.choice([2, 3, 3, 4]) if len(d) - i > 4 else len(d) - i
        out.append(d[i:i + k])
        i += k
    return rng.choice(seps).join(out)


def cc_words(cc, lang, rng):
    w = WORDS[lang]
    if lang in TENS and len(cc) == 2 and cc[0] != "1" and rng.random() < 0.6:
        tens, joiner = TENS[lang]
        return tens[int(cc[0])] + ("" if cc[1] == "0" else joiner + w[int(cc[1])])
    return " ".join(w[int(x)] for x in cc)


def write_number(r, disguise, intl, ctx, rng):
    """Return (raw, digits, app) for one mention. digits: what a reader decodes from raw."""
    cc, nsn, wn = r["cc"], r["nsn"], r["written_national"]
    lang, wlang = ctx["lang"], ctx["words"]
    if intl:
        zero_zero = rng.random() < 0.15 and disguise not in ("spoken_cc", "app_label")
        digits = ("00" + cc + nsn) if zero_zero else (cc + nsn)
        lead = ("00" + cc) if zero_zero else ("+" + cc)
        groups = digit_groups(r["international"])[1:]
    else:
        digits, lead = wn, ""
        groups = digit_groups(national_written(r))
    body_digits = "".join(groups)
    app = None

    def joined(gs, sep=" "):
        return ((lead + " ") if lead else "") + sep.join(gs)

    if disguise == "grouped":
        raw = (r["international"] if lead == "+" + cc else joined(groups)) if intl else national_written(r)
        if intl and lead.startswith("00"):
            raw = joined(groups)
        elif intl and rng.random() < 0.2:
            raw = "(+" + cc + ") " + " ".join(groups)
    elif disguise == "compact":
        raw = lead + body_digits
    elif disguise == "regrouped":
        seps = [" ", ".", "-", " - ", "/"] if not intl else [" ", ".", "-"]
        raw = (lead + rng.choice([" ", "-", ""]) if lead else "") + regroup(body_digits, rng, seps)
    elif disguise == "split_words":
        pre, mid, mid2 = rng.choice(SPLIT.get(lang, SPLIT["en"]))
        full = lead + body_digits
        parts = [full[:len(full) // 3 + 1], full[len(full) // 3 + 1:2 * len(full) // 3 + 1], full[2 * len(full) // 3 + 1:]]
        if mid2.strip() == "":
            parts = [parts[0], parts[1] + " " + parts[2]]
            raw = pre + parts[0] + mid + parts[1]
        else:
            raw = pre + parts[0] + mid + parts[1] + mid2 + parts[2]
    elif disguise == "html_break":
        gs = groups if len(groups) > 1 else [body_digits[:len(body_digits) // 2], body_digits[len(body_digits) // 2:]]
        k = rng.randrange(1, len(gs))
        brk = rng.choice(["<br>", "<br/>", "<br />\n", "</p><p>"])
        raw = joined(gs[:k]) + brk + " ".join(gs[k:])
    elif disguise == "number_words":
        w = WORDS[wlang]
        full = body_digits
        k = rng.randint(3, min(6, len(full) - 2))
        start = 0 if rng.random() < 0.6 else len(full) - k
        words = " ".join(w[int(x)] for x in full[start:start + k])
        rest = full[k:] if start == 0 else full[:start]
        rest = regroup(rest, rng, [" "])
        mid = (words + " " + rest) if start == 0 else (rest + " " + words)
        raw = ((lead + " ") if lead else "") + mid
    elif disguise == "spoken_cc":
        assert intl
        wl = lang if lang in PLUS else "en"
        raw = PLUS[wl] + " " + cc_words(cc, wl, rng) + " " + " ".join(groups)
    elif disguise == "digit_sep":
        sep = rng.choice(["-", ".", " ", "·", " - ", "_"])
        raw = (lead[0] if lead == "+" + cc else "") + sep.join(lead.lstrip("+") + body_digits)
    elif disguise == "keycap":
        kc = lambda s: "".join(ch + KEYCAP for ch in s)
        if rng.random() < 0.5:
            raw = ("➕" if lead.startswith("+") else "") + kc(lead.lstrip("+") + body_digits)
        else:
            raw = ((("+" + kc(cc)) if lead.startswith("+") else kc(lead)) + " " if lead else "") + " ".join(kc(g) for g in groups)
    elif disguise == "script":
        native = NATIVE_SCRIPT.get(ctx["country"])
        base = SCRIPT_BASE[native if native and rng.random() < 0.75 else "fullwidth"]
        conv = lambda s: "".join(chr(base + int(ch)) if ch.isdigit() else ch for ch in s)
        raw = conv(joined(groups) if rng.random() < 0.7 else lead + body_digits)
        if base == 0xFF10:
            raw = raw.replace("+", "＋")
    elif disguise == "app_label":
        app = rng.choice(APP_BY_COUNTRY.get(ctx["country"], APPS))
        if intl and rng.random() < 0.3:
            app = "wa.me/"
            raw, digits = cc + nsn, cc + nsn
        else:
            raw = rng.choice([lead + body_digits, joined(groups)]) if intl else rng.choice([wn, national_written(r)])
    else:
        raise KeyError(disguise)
    return raw, digits, app


def pick_disguise(rng, no_intl=False):
    while True:
        d = weighted(rng, DISGUISES)
        if no_intl and d == "spoken_cc":
            continue
        return d


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


# ---------------------------------------------------------------- text parts

class Text:
    """A field built from plain strings, phone mentions and hard negatives, with exact spans."""

    def __init__(self):
        self.parts = []

    def add(self, *items):
        for it in items:
            if isinstance(it, list):
                self.add(*it)
            elif it is not None and it != "":
                self.parts.append(it)
        return self

    def render(self):
        s, phones, negs = "", [], []
        for p in self.parts:
            if isinstance(p, str):
                s += p
                continue
            start = len(s)
            s += p["raw"]
            (phones if p["t"] == "phone" else negs).append(dict(p, start=start, end=len(s)))
        return s, phones, negs


def fill(template, **kw):
    """Split a template into parts; values may be strings, part dicts or lists of parts."""
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        out.append(template[pos:m.start()])
        v = kw[m.group(1)]
        out.extend(v if isinstance(v, list) else [v])
        pos = m.end()
    out.append(template[pos:])
    return [x for x in out if x != ""]


def neg(kind, raw):
    return {"t": "neg", "kind": kind, "raw": raw}


def money(c, rng, local, job=False):
    info = C[c]
    lo, hi = info.get("amt", (100, 400))
    n = rng.randrange(lo, hi) // 10 * 10
    if local and info["cur"]:
        fmt = rng.choice(info["cur"])
        if "{m}" in fmt:
            return fmt.replace("{m}", "{:,}".format(n * 1000).replace(",", info.get("thousands", ",")))
        return fmt.replace("{n}", "{:,}".format(n) if n >= 10000 else str(n))
    if job:
        return str(n)
    if c in DOLLAR:
        return "$" + str(n)
    return NEUTRAL_PRICE[info["lang"]].replace("{n}", str(n))


def postcode(c, rng):
    r = rng.randrange
    return {"US": "%05d" % r(10000, 99999), "CA": "M5V 2T6", "GB": rng.choice(["E1 6AN", "LS6 3BN", "M4 1HN"]),
            "AU": "%04d" % r(2000, 4999), "IN": "%06d" % r(110001, 560099), "TH": "%05d" % r(10100, 10999),
            "MY": "%05d" % r(50000, 59999), "SG": "%06d" % r(100000, 799999), "PH": "%04d" % r(1000, 1999),
            "CO": "%06d" % r(110111, 110999), "EC": "%06d" % r(90101, 170999), "PE": "Lima %02d" % r(1, 43),
            "MX": "%05d" % r(11000, 11599), "BR": "%05d-%03d" % (r(1000, 99999), r(0, 999)),
            "ES": "%05d" % r(28001, 28099), "DE": "%05d" % r(10115, 14199), "RU": "%06d" % r(101000, 129999),
            "KE": "%05d" % r(100, 999), "ZA": "%04d" % r(2000, 8099), "AE": "P.O. Box %d" % r(1000, 99999)}[c]


def decoy(kind, c, lang, rng):
    """Return a list of parts: one sentence holding one hard negative of this kind."""
    r = rng.randrange
    en = lang == "en"
    if kind == "height":
        raw = rng.choice(["5'%d" % r(0, 11), "%d cm" % r(150, 182), "1,%d m" % r(50, 82)])
        lab = {"es": "Estatura", "pt": "Altura", "de": "Größe", "ru": "Рост"}.get(lang, "Height")
    elif kind == "weight":
        raw = rng.choice(["%d kg" % r(45, 70), "%d lbs" % r(100, 150)])
        lab = {"es": "Peso", "pt": "Peso", "de": "Gewicht", "ru": "Вес"}.get(lang, "Weight")
    elif kind == "measurements":
        raw = rng.choice(["%d%s-%d-%d" % (r(32, 38), rng.choice("ABCD"), r(23, 27), r(34, 38)), "%d-%d-%d" % (r(85, 95), r(58, 64), r(86, 96))])
        lab = {"es": "Medidas", "pt": "Medidas", "de": "Maße", "ru": "Параметры"}.get(lang, "Stats")
    elif kind == "time":
        raw = rng.choice(["%dpm" % r(6, 12), "%d:%02d" % (r(18, 24), rng.choice([0, 15, 30, 45])), "%d:30am" % r(1, 5)])
        lab = {"es": "Desde las", "pt": "A partir das", "de": "Ab", "ru": "С"}.get(lang, "From")
    elif kind == "hours":
        raw = rng.choice(["%dam-%dpm" % (r(9, 12), r(6, 12)), "%d:00-%d:00" % (r(9, 13), r(20, 24)), "24/7"])
        lab = {"es": "Horario", "pt": "Horário", "de": "Öffnungszeiten", "ru": "Часы"}.get(lang, "Open")
    elif kind == "date":
        y = r(2024, 2026)
        raw = rng.choice(["%02d/%02d" % (r(1, 29), r(1, 13)), "%d-%02d-%02d" % (y, r(1, 13), r(1, 29)), "%02d.%02d.%d" % (r(1, 29), r(1, 13), y)])
        lab = {"es": "Hasta el", "pt": "Até", "de": "Bis", "ru": "До"}.get(lang, "Available until")
    elif kind == "year":
        raw = str(r(2012, 2025))
        lab = {"es": "Desde", "pt": "Desde", "de": "Seit", "ru": "С"}.get(lang, "In business since")
    elif kind == "postcode":
        raw = postcode(c, rng)
        lab = {"es": "CP", "pt": "CEP", "de": "PLZ", "ru": "Индекс"}.get(lang, "Postcode")
    elif kind == "street_number":
        raw = str(r(2, 9800))
        return fill(rng.choice(BY_LANG["street"][lang]), x=neg(kind, raw))
    elif kind == "ad_id":
        return fill(rng.choice(BY_LANG["ad"][lang]), x=neg(kind, str(r(10 ** 7, 10 ** 9))))
    elif kind == "tracking":
        raw = rng.choice(["1Z%d%s%d" % (r(100, 999), rng.choice(["W8", "AA", "X4"]), r(10 ** 9, 10 ** 10)),
                          "%d %d %d %d" % (r(1000, 9999), r(1000, 9999), r(1000, 9999), r(1000, 9999)), "JD%d" % r(10 ** 13, 10 ** 14)])
        lab = "Tracking no." if en else {"es": "Guía", "pt": "Rastreio", "de": "Sendungsnummer", "ru": "Трек"}[lang]
    elif kind == "order_ref":
        raw = rng.choice(["ORD-%d-%d" % (r(2023, 2026), r(100000, 999999)), "#%d-%d" % (r(100, 999), r(1000, 9999))])
        lab = "Order" if en else "Pedido" if lang in ("es", "pt") else "Bestellung" if lang == "de" else "Заказ"
    elif kind == "booking_code":
        raw = rng.choice(["BK%d" % r(10 ** 6, 10 ** 7), "RES-%d" % r(10 ** 5, 10 ** 6), "%d%s" % (r(10 ** 5, 10 ** 6), rng.choice("XKQ"))])
        lab = "Booking code" if en else "Reserva" if lang in ("es", "pt") else "Buchung" if lang == "de" else "Бронь"
    elif kind == "iban":
        cc2 = c if c in ("GB", "ES", "DE", "AE", "BR") else "GB"
        if c in ("GB", "ES", "DE", "AE", "BR"):
            raw = cc2 + "%02d" % r(10, 99) + " " + " ".join("%04d" % r(0, 10000) for _ in range(4)) + " %02d" % r(0, 100)
            lab = "IBAN"
        else:
            kind, raw = "bank_account", "%d %d %d" % (r(100, 999), r(1000, 9999), r(1000, 9999))
            lab = {"es": "Depósito a cuenta", "pt": "Depósito na conta", "de": "Konto", "ru": "Счёт"}.get(lang, "Deposit to a/c")
    elif kind == "percent":
        return fill(rng.choice(BY_LANG["percent"][lang]), x=neg(kind, "100%"))
    elif kind == "highway_exit":
        raw = {"US": "Exit %d" % r(5, 99), "GB": "J%d" % r(1, 31), "DE": "Ausfahrt %d" % r(5, 60)}.get(c, "km %d" % r(3, 40))
        return fill(rng.choice(BY_LANG["highway"][lang]), x=neg(kind, raw))
    elif kind == "room":
        raw = str(rng.choice([r(101, 1999), r(2, 40)]))
        lab = {"es": "Habitación", "pt": "Quarto", "de": "Zimmer", "ru": "Номер"}.get(lang, "Room")
    elif kind == "station":
        raw = str(r(1, 40))
        lab = {"es": "Estación", "pt": "Estação", "de": "Haltestelle", "ru": "Выход"}.get(lang, "Station exit")
    else:
        raise KeyError(kind)
    return fill(rng.choice(["{lab} {x}.", "{lab}: {x}", "{lab} {x};"]), lab=lab, x=neg(kind, raw))


DECOYS = {"escort": ["height", "weight", "measurements", "time", "date", "ad_id", "percent", "room", "year", "highway_exit"],
          "massage": ["hours", "room", "station", "street_number", "postcode", "ad_id", "percent", "date", "booking_code"],
          "job": ["date", "year", "order_ref", "tracking", "iban", "postcode", "ad_id", "hours", "booking_code", "street_number"]}


# ---------------------------------------------------------------- posts

def slug(s):
    s = LATIN_CITY.get(s, s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def plan(n, rng):
    ev = []
    for k, w in EVIDENCE:
        ev += [k] * round(w * n / 100)
    ev = (ev + ["district"] * n)[:n]
    rng.shuffle(ev)
    cs = []
    while len(cs) < n:
        block = list(COUNTRIES)
        rng.shuffle(block)
        cs += block
    cs = cs[:n]
    for i in range(n):
        if ev[i] == "currency" and not C[cs[i]]["cur"]:
            ev[i] = "district"
    return list(zip(cs, ev))


def phone_part(r, ctx, rng, source, intl=None, disguise=None):
    if disguise is None:
        disguise = pick_disguise(rng, no_intl=intl is False)
    if disguise == "spoken_cc":
        intl = True
    if intl is None:
        intl = rng.random() < 0.25
    raw, digits, app = write_number(r, disguise, intl, ctx, rng)
    fmt = "intl" if intl else "national"
    p = {"t": "phone", "raw": raw, "e164": r["e164"], "country": r["country"], "class": disguise + "." + fmt,
         "region_source": "international" if intl else source, "digits": digits}
    if app == "wa.me/":
        return ["https://wa.me/", p]
    if app:
        return fill(rng.choice(TEXT[ctx["lang"]]["app"]), app=app, p=p)
    return p


def contact(p, T, rng):
    return fill(rng.choice(T["contact"]), p=p)


def make_post(pid, c, ev, pool, rng):
    info = C[c]
    lang = info["lang"]
    T = TEXT[lang]
    ctx = {"country": c, "lang": lang, "words": info["words"]}
    cat = weighted(rng, [("escort", 5), ("massage", 2.5), ("job", 2.5)])
    district, dcity = rng.choice(info["districts"])
    city = rng.choice(info["cities"])
    name = rng.choice(NAMES)
    trap = None
    if ev in ("district", "region_field", "location_field", "region_location", "url") and rng.random() < 0.2:
        trap = rng.choice([n for n, k in CITY_NAMES.items() if k != c])
        name = trap
    src = {"region_field": "region_field", "location_field": "location_field", "region_location": "region_field",
           "district": "district", "city_title": "city", "url": "url", "currency": "currency",
           "international": "international", "touring": "city", "other_number": "other_number"}[ev]
    title, body = Text(), Text()
    # title
    what = rng.choice(T["what"][cat])
    if ev == "city_title":
        title.add(rng.choice(T["title_shout"]).format(CITY=city.upper(), what=what.upper() if rng.random() < 0.5 else what))
    else:
        title.add(rng.choice(T["title"]).format(what=what[0].upper() + what[1:], name=name))
    # phones
    r1 = draw(pool, c, "fixed" if cat == "massage" and rng.random() < 0.3 else "mobile")
    sentences = []
    if ev == "international":
        p1 = phone_part(r1, ctx, rng, src, intl=True)
        sentences.append(contact(p1, T, rng))
    elif ev == "other_number":
        r2 = draw(pool, c, "mobile")
        pa = phone_part(r1, ctx, rng, src, intl=True)
        pb = phone_part(r2, ctx, rng, src, intl=False)
        sentences.append(fill(rng.choice(T["other"]), p1=pa, p2=pb))
    elif ev == "touring":
        c2 = rng.choice([x for x in COUNTRIES if x != c])
        r2 = draw(pool, c2, "mobile")
        ctx2 = {"country": c2, "lang": lang, "words": C[c2]["words"] if lang == "en" else info["words"]}
        city2 = rng.choice(C[c2]["cities"])
        cn1 = city if lang == "ru" else LATIN_CITY.get(city, city)
        cn2 = LATIN_CITY.get(city2, city2) if lang != "ru" else city2
        pa = phone_part(r1, ctx, rng, "city", intl=False if rng.random() < 0.7 else None)
        pb = phone_part(r2, ctx2, rng, "city", intl=False if rng.random() < 0.6 else None)
        sentences.append(fill(rng.choice(T["tour"]), c1=cn1, c2=cn2, p1=pa, p2=pb))
    else:
        p1 = phone_part(r1, ctx, rng, src)
        sentences.append(contact(p1, T, rng))
    # place evidence in text
    intro = fill(rng.choice(T["intro"][cat]), name=name, age=neg("age", str(rng.randrange(18, 39))))
    if ev == "district":
        place = fill(rng.choice(T["place"]), place=district, city=dcity)
    else:
        place = None
    # decoys
    kinds = rng.sample(DECOYS[cat], rng.randint(2, 4))
    dec = [decoy(k, c, lang, rng) for k in kinds]
    price = fill(rng.choice(T["price"][-1:] if cat == "job" else T["price"][:-1]), x=neg("price", money(c, rng, ev == "currency", cat == "job")))
    dec.append(price)
    rng.shuffle(dec)
    fillers = rng.sample(FILLER[lang], 2)
    body_s = [intro]
    if place:
        body_s.append(place)
    body_s += [[fillers[0]]] + dec[:2] + sentences + dec[2:] + [[fillers[1]]]
    if rng.random() < 0.12 and ev not in ("touring", "other_number"):
        # a second mention of the first number, written plainly
        again = phone_part(r1, ctx, rng, src, intl=None if ev != "international" else True,
                           disguise=rng.choice(["compact", "grouped"]))
        if rng.random() < 0.5:
            title.add(" ", again)
        else:
            body_s.append(fill({"en": "Again: {p}", "es": "Repito: {p}", "pt": "De novo: {p}", "de": "Nochmal: {p}",
                                "ru": "Ещё раз: {p}"}[lang], p=again))
    html = any(isinstance(x, dict) and x.get("t") == "phone" and x["class"].startswith("html_break")
               for s in body_s for x in (s if isinstance(s, list) else [s]))
    sep = "<br>\n" if html else rng.choice([" ", "\n", " | ", "\n\n", " "])
    if html:
        body.add("<p>")
    for i, s in enumerate(body_s):
        if i:
            body.add(sep)
        body.add(s)
    if html:
        body.add("</p>")
    # url and site
    site = rng.choice(SITES)
    adn = str(rng.randrange(10 ** 6, 10 ** 8))
    catp = {"escort": "escorts", "massage": "massage", "job": "jobs"}[cat]
    if ev == "url":
        city = rng.choice([x for x in info["cities"] if len(x) > 3])
        how = rng.choice(["sub", "path", "tld"] if info["tld"] else ["sub", "path"])
        if how == "sub":
            host = "%s.%s.example" % (slug(city), site)
            url = "https://%s/%s/%s" % (host, catp, adn)
        elif how == "path":
            host = site + ".example"
            url = "https://%s/%s/%s/%s/%s" % (host, info["path"], slug(city), catp, adn)
        else:
            host = "%s-example.%s" % (site, info["tld"])
            url = "https://www.%s/%s/%s" % (host, catp, adn)
    else:
        host = site + ".example"
        url = "https://%s/%s/%s" % (host, rng.choice(["post", "ad", "view", catp]), adn)
    t, tp, tn = title.render()
    b, bp, bn = body.render()
    phones = [dict(p, field="title") for p in tp] + [dict(p, field="body") for p in bp]
    negs = [dict(p, field="title") for p in tn] + [dict(p, field="body") for p in bn]
    for p in phones + negs:
        s = t if p["field"] == "title" else b
        for k in (p["start"] - 1, p["end"]):
            if 0 <= k < len(s):
                assert unicodedata.digit(s[k], None) is None, (pid, s[k], p["raw"])
    rec = {"id": pid, "title": t, "body": b, "url": url, "site": host,
           "posted_at": "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29),
                                                          rng.randrange(24), rng.randrange(60), rng.randrange(60))}
    if ev in ("region_field", "region_location"):
        rec["region"] = c
    if ev in ("location_field", "region_location"):
        rec["location"] = rng.choice([city, "%s, %s" % (district, dcity), dcity])
    rec["labels"] = {
        "group": ev,
        "category": cat,
        "country": c,
        "name_trap": trap,
        "phones": [{k: p[k] for k in ("e164", "country", "class", "region_source", "raw", "digits", "field", "start", "end")}
                   for p in phones],
        "ambiguous": [],
        "negatives": [{k: p[k] for k in ("kind", "raw", "field", "start", "end")} for p in negs],
        "decoys": sorted({p["kind"] for p in negs}),
    }
    return rec


def build():
    parts = partition(load_pool())
    out = {}
    for split, prefix, n, seed in SPLITS:
        rng = random.Random(seed)
        pool = parts[split]
        posts = []
        for i, (c, ev) in enumerate(plan(n, rng), 1):
            posts.append(make_post("%s-%04d" % (prefix, i), c, ev, pool, rng))
        out[split] = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk; exit 1 on any difference")
    a = ap.parse_args()
    out = build()
    bad = 0
    for split, text in out.items():
        path = os.path.join(HERE, split + ".jsonl")
        if a.check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except FileNotFoundError:
                same = False
            if not same:
                print("differs: " + path, file=sys.stderr)
                bad = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("%s: %d posts" % (path, text.count("\n")))
    sys.exit(bad)


if __name__ == "__main__":
    main()
