#!/usr/bin/env python3
"""Generate eval/phones3/dev.jsonl and heldout.jsonl (Python 3.11 standard library only).

    python3 eval/phones3/write.py            # rewrites both files from number_pool.json
    python3 eval/phones3/write.py --check    # exits 1 if the committed files differ

Deterministic: each split has its own seeded random.Random and its own half of every bank
(banks.half), and draws numbers only from its own half of number_pool.json (build_pool.py).
"""
import json
import os
import re
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import banks as B  # noqa: E402
import texts as X  # noqa: E402

SEEDS = {"dev": 730211, "heldout": 918273}
PREFIX = {"dev": "ph3-d-", "heldout": "ph3-h-"}
WEIGHTED = ("AU", "IN", "GB", "JP", "SG", "EC", "US")

EN = "zero one two three four five six seven eight nine".split()
ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
FR = "zéro un deux trois quatre cinq six sept huit neuf".split()
PT = "zero um dois três quatro cinco seis sete oito nove".split()
EN_TEENS = {"11": "eleven", "12": "twelve", "13": "thirteen", "14": "fourteen", "15": "fifteen", "16": "sixteen",
            "17": "seventeen", "18": "eighteen", "19": "nineteen", "25": "twenty-five", "35": "thirty-five", "45": "forty-five"}
EN_TENS = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_10_19 = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
ES_10_29 = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
            "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
            "veintiocho", "veintinueve"]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
FR_0_19 = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
           "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
SCRIPT_ZERO = {"arabic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966, "thai": 0x0E50, "fullwidth": 0xFF10, "bengali": 0x09E6}
CJK = {"dev": "零一二三四五六七八九", "heldout": "〇一二三四五六七八九"}


# ---------------------------------------------------------------- number words

def en_2(n):
    if n < 10:
        return EN[n]
    if n < 20:
        return EN_10_19[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN[u] if u else "")


def es_2(s):
    n = int(s)
    if s[0] == "0":
        return "cero " + ES[n]
    if n < 10:
        return ES[n]
    if n < 30:
        return ES_10_29[n - 10]
    t, u = divmod(n, 10)
    return ES_TENS[t] + (" y " + ES[u] if u else "")


def fr_2(s):
    n = int(s)
    if s[0] == "0":
        return "zéro " + FR_0_19[n]
    if n < 20:
        return FR_0_19[n]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_TENS[t] + ("" if u == 0 else "-et-un" if u == 1 else "-" + FR_0_19[u])
    if n < 80:
        return "soixante-et-onze" if n == 71 else "soixante-" + FR_0_19[n - 60]
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + FR_0_19[n - 80]


def cased(w, style, rng):
    if style == "upper":
        return w.upper()
    if style == "title":
        return w[:1].upper() + w[1:]
    if style == "random":
        return "".join(c.upper() if rng.random() < 0.5 else c for c in w)
    return w


def pairs(d):
    out = []
    if len(d) % 2:
        out.append(d[0])
        d = d[1:]
    out += [d[i:i + 2] for i in range(0, len(d), 2)]
    return out


# ---------------------------------------------------------------- numbers

def groups(s):
    return re.findall(r"\d+", s)


class Base:
    """A number as written: prefix ('' | '+' | '00') and digit groups."""

    def __init__(self, prefix, grps):
        self.prefix, self.groups = prefix, grps

    @property
    def digits(self):
        return ("00" if self.prefix == "00" else "") + "".join(self.groups)

    def text(self, sep=" "):
        p = {"": "", "+": "+", "00": "00"}[self.prefix]
        return p + sep.join(self.groups)


def national(rec):
    return Base("", groups(rec["national"]))


def intl(rec):
    return Base("+", groups(rec["international"]))


def dbl0(rec):
    return Base("00", groups(rec["international"]))


class Picker:
    def __init__(self, recs, rng):
        self.by = {}
        for r in recs:
            self.by.setdefault(r["region"], []).append(r)
        for k in sorted(self.by):
            rng.shuffle(self.by[k])
        self.used = set()
        self.rng = rng

    def take(self, region, pred=None):
        for r in self.by.get(region, []):
            if r["e164"] not in self.used and (pred is None or pred(r)):
                self.used.add(r["e164"])
                return r
        return None

    def has(self, region, pred=None):
        return any(r["e164"] not in self.used and (pred is None or pred(r)) for r in self.by.get(region, []))

    def region(self, choices, pred=None, weighted=True):
        ok = [c for c in choices if self.has(c, pred)]
        if not ok:
            raise SystemExit("no number left for %s" % (choices,))
        w = [4 if (weighted and c in WEIGHTED) else 1 for c in ok]
        return self.rng.choices(ok, weights=w)[0]


def ambiguous_entry(rec, raw, cls, key="nat"):
    c = rec[key + "_cands"]
    regs = sorted({r for v in c.values() for r in v})
    return {"raw": raw, "digits": "".join(ch for ch in raw if ch.isdigit() and ord(ch) < 128),
            "regions": regs, "e164_candidates": sorted(c), "class": cls, "drawn_from": rec["region"]}


def plain_national(rec, rng, split, keep_digits=True):
    """A plainly written national number; only separators vary."""
    g = national(rec)
    seps = B.half([" ", "-", ".", " ", "", "-", " ", " "], split)
    if rec["region"] in ("US", "CA") and rng.random() < 0.5:
        d = "".join(g.groups)
        return ("(%s) %s-%s" if split == "dev" else "%s/%s-%s") % (d[:3], d[3:6], d[6:])
    return g.text(rng.choice(seps))


def plain_any(rec, rng, split):
    """National or bare-NSN form, for posts where a cue settles the region."""
    if rec["region"] in ("IN", "CN", "ID", "PH") and rng.random() < 0.5:
        n = rec["nsn"]
        if rec["region"] == "IN":
            return n[:5] + rng.choice([" ", "-", ""]) + n[5:]
        return n
    return plain_national(rec, rng, split)


def plain_intl(rec, rng, split):
    g = intl(rec)
    forms = B.half(["spaced", "compact", "paren", "dash", "dots", "trunk"], split)
    f = rng.choice(forms)
    if f == "trunk" and not rec["nat_digits"].startswith("0"):
        f = "spaced"
    if f == "spaced":
        return g.text(" ")
    if f == "compact":
        return "+" + g.digits
    if f == "paren":
        return "(+%s) %s" % (g.groups[0], " ".join(g.groups[1:]))
    if f == "dash":
        return "+" + "-".join(g.groups)
    if f == "dots":
        return "+%s.%s" % (g.groups[0], ".".join(g.groups[1:]))
    nat = national(rec)
    return "+%s (0)%s %s" % (rec["cc"], nat.groups[0][1:], " ".join(nat.groups[1:]))


# ---------------------------------------------------------------- disguises

def r_sep_digit(base, rec, rng, split):
    sep = rng.choice(B.half(B.SEP_DIGIT, split))
    d = base.digits
    if base.prefix == "+":
        return "+" + sep.join(d)
    return sep.join(d)


def r_sep_group(base, rec, rng, split):
    sep = rng.choice(B.half(B.SEP_GROUP, split))
    d = "".join(base.groups)
    chunks = pairs(d) if rng.random() < 0.6 else base.groups
    s = sep.join(chunks)
    return {"": "", "+": "+", "00": "00" + sep}[base.prefix] + s


def words_for(d, rng, style, lang=EN):
    return [cased(lang[int(c)], style, rng) for c in d]


def pre(base, sep=" "):
    """Prefix digits kept as digits (+cc) for word renderings of international numbers."""
    if base.prefix == "+":
        return "+" + base.groups[0] + sep, base.groups[1:]
    if base.prefix == "00":
        return "00" + base.groups[0] + sep, base.groups[1:]
    return "", base.groups


def r_homophone(base, rec, rng, split):
    hom = B.HOMOPHONES[0 if split == "dev" else 1]
    join = rng.choice(B.half(B.HOMO_JOIN, split))
    while True:
        toks, n, nz = [], 0, 0
        p, gs = pre(base)
        d = "".join(gs)
        for c in d:
            if c in hom and rng.random() < 0.65:
                toks.append(hom[c][0])
                n += 1
                nz += c != "0"
            elif rng.random() < 0.3:
                toks.append(EN[int(c)])
            else:
                toks.append(c)
        if n >= 2 and (nz >= 1 or not set("1248") & set(d)):
            return p + join.join(toks)


def r_glued_words(base, rec, rng, split):
    style = rng.choice(B.half(B.CASES, split))
    p, gs = pre(base, "")
    return p + "".join(words_for("".join(gs), rng, style))


def r_words_digits_glued(base, rec, rng, split):
    style = rng.choice(B.half(B.CASES, split))
    p, gs = pre(base, "")
    d = "".join(gs)
    while True:
        toks = [cased(EN[int(c)], style, rng) if rng.random() < 0.45 else c for c in d]
        nw = sum(1 for t in toks if not t.isdigit())
        if 2 <= nw <= len(d) - 2:
            return p + "".join(toks)


def r_leet(base, rec, rng, split):
    leet = B.LEET[0 if split == "dev" else 1]
    join = rng.choice([" ", "-", " "])
    p, gs = pre(base)
    d = "".join(gs)
    while True:
        toks, n = [], 0
        for c in d:
            w = EN[int(c)]
            if rng.random() < 0.6:
                toks.append(leet[w])
                n += 1
            else:
                toks.append(w)
        if n >= 2:
            return p + join.join(toks)


def r_multiplier(base, rec, rng, split):
    leet = B.LEET[0 if split == "dev" else 1]
    d = rec["nat_digits"]
    tail = d[-4:]
    head_fmt = rec["national"]
    # drop the last four digits from the formatted national string
    k, cut = 0, len(head_fmt)
    for i in range(len(head_fmt) - 1, -1, -1):
        if head_fmt[i].isdigit():
            k += 1
            if k == 4:
                cut = i
                break
    head = head_fmt[:cut].rstrip(" -.")
    thousand = rng.choice(["thousand", "thousand", leet["thousand"], "THOUSAND"])
    if tail[1:] == "000":
        t = "%s %s" % (rng.choice([tail[0], EN[int(tail[0])]]), thousand)
    else:
        dd = tail[:2]
        t = "%s hundred" % rng.choice([dd, EN_TEENS[dd]])
    return head + rng.choice([" ", " ", "-"]) + t


def r_double_triple(base, rec, rng, split):
    zero = "oh" if split == "dev" else "zero"
    p, gs = pre(base)
    out = []
    for g in gs:
        toks, i = [], 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run, w = j - i, (zero if g[i] == "0" else EN[int(g[i])])
            if run == 2:
                toks.append("double " + w)
            elif run == 3:
                toks.append("triple " + w)
            elif run == 4:
                toks.append("double %s double %s" % (w, w))
            else:
                toks += [w] * run
            i = j
        out.append(" ".join(toks))
    return p + rng.choice([", ", " ", " - "]).join(out)


def has_run(rec):
    g = groups(rec["national"])
    return any(re.search(r"(\d)\1", x) for x in g)


def r_letter_o(base, rec, rng, split):
    sep = rng.choice(B.half([" ", "", "-", ".", " ", ""], split))
    s = base.text(sep)
    up = rng.random() < 0.5
    return "".join(("O" if up else "o") if c == "0" and rng.random() < 0.85 else c for c in s).replace(
        "+", "+") if "0" in s else s


def r_name_glued(base, rec, rng, split):
    raise AssertionError  # handled in disguise_post (name is outside raw)


def r_escape(base, rec, rng, split):
    esc = rng.choice(B.half(B.ESCAPES, split))
    if rng.random() < 0.3:
        d = base.digits
        return ("+" if base.prefix == "+" else "") + esc.join(d)
    return base.text(esc)


def r_mixed(base, rec, rng, split):
    seps = B.half(B.MIXED_SEPS, split)
    sep = rng.choice(seps)
    style = rng.choice(B.half(B.CASES, split))
    while True:
        out, nw = [], 0
        p, gs = pre(base, sep)
        for g in gs:
            t = []
            for c in g:
                x = rng.random()
                if x < 0.25:
                    t.append(cased(EN[int(c)], style, rng))
                    nw += 1
                elif c == "0" and x < 0.6:
                    t.append("o")
                    nw += 1
                else:
                    t.append(c)
            out.append("".join(t))
        joins = [sep if rng.random() < 0.7 else sep * 2 for _ in out[1:]]
        s = out[0] + "".join(j + o for j, o in zip(joins, out[1:]))
        if nw >= 2:
            return p + s


def r_words_caps(base, rec, rng, split):
    p, gs = pre(base)
    sep = rng.choice([", ", " - ", " "])
    return p + sep.join(" ".join(EN[int(c)].upper() for c in g) for g in gs)


def r_keycap(base, rec, rng, split):
    sep = rng.choice(B.half([" ", "", "  ", ""], split))
    k = lambda g: "".join(c + "\ufe0f\u20e3" for c in g)  # noqa: E731
    s = sep.join(k(g) for g in base.groups)
    return {"": "", "+": "+", "00": k("00")}[base.prefix] + s


def r_words_lang(lang_words, pairs_fn=None):
    def r(base, rec, rng, split):
        p, gs = pre(base)
        d = "".join(gs)
        if pairs_fn:
            return p + rng.choice([", ", " ", " - "]).join(pairs_fn(x) for x in pairs(d))
        sep = rng.choice(B.half([" ", "-", ", ", " "], split))
        return p + sep.join(lang_words[int(c)] for c in d)
    return r


def r_pt_meia(base, rec, rng, split):
    p, gs = pre(base)
    sep = rng.choice([" ", "-", " "])
    return p + sep.join("meia" if c == "6" else PT[int(c)] for c in "".join(gs))


def r_script(name):
    def r(base, rec, rng, split):
        z = SCRIPT_ZERO[name]
        sep = " "
        if name == "fullwidth":
            sep = rng.choice(["-", " "] if split == "dev" else ["－", "ー", " "])
        s = base.text(sep)
        return "".join(chr(z + int(c)) if c.isdigit() else ("＋" if (c == "+" and name == "fullwidth" and split == "heldout") else c)
                       for c in s)
    return r


def r_cjk(base, rec, rng, split):
    s = base.text(rng.choice([" ", "-", ""]))
    return "".join(CJK[split][int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- decoys

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STREETS = ["King St", "George Rd", "High Street", "Main Ave", "Station Rd", "Queen St", "Park Lane", "Market St",
           "Elm Road", "Church St", "Victoria Rd", "Bridge St"]
KIND = {"price2": "price", "duration2": "duration", "measure2": "measurements", "measure": "measurements",
        "agerange": "age", "adid": "ad_id"}


def nd(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def money(rng, region, lo=80, hi=500):
    amt = rng.choice([x for x in (80, 100, 120, 150, 180, 200, 250, 300, 350, 400, 500) if lo <= x <= hi])
    amt *= B.PRICE_SCALE.get(region, 1)
    s = "{:,}".format(amt)
    if B.LANG.get(region) in ("es", "pt", "fr") or region in ("DE", "IT", "NL", "ID", "VN"):
        s = s.replace(",", ".")
    return s


def decoy(kind, rng, region, lang, split):
    dev = split == "dev"
    if kind in ("price", "price2"):
        if region is None:
            return rng.choice(["%d roses" % rng.choice([150, 200, 250]), "%d donation" % rng.choice([120, 180, 300])] if dev
                              else ["%d gifts" % rng.choice([160, 220, 260]), "%d/hr" % rng.choice([140, 200, 350])])
        cur = rng.choice(B.CURRENCY[region])
        m = money(rng, region)
        return (cur + m) if rng.random() < 0.7 else (m + " " + cur.strip())
    if kind == "salary":
        cur = rng.choice(B.CURRENCY[region])
        m = "{:,}".format(rng.choice([1500, 1800, 2000, 2500, 3000, 3500]) * B.PRICE_SCALE.get(region, 1))
        if B.LANG.get(region) in ("es", "pt", "fr") or region in ("DE", "IT", "NL", "ID", "VN"):
            m = m.replace(",", ".")
        return cur + m + rng.choice(["/month", " per month", " monthly"] if lang == "en" else ["/mes", " mensuales"] if lang == "es" else ["/mois", " par mois"] if lang == "fr" else ["/mês", " por mês"])
    if kind == "age":
        n = rng.randint(19, 34)
        if lang == "es":
            return "%d años" % n
        if lang == "fr":
            return "%d ans" % n
        if lang == "pt":
            return "%d anos" % n
        return rng.choice(["%d yo" % n, "age %d" % n, "%d years" % n] if dev else ["%dyrs" % n, "(%d)" % n, "%d y/o" % n])
    if kind == "agerange":
        a = rng.randint(18, 21)
        return rng.choice(["%d-%d" % (a, a + rng.randint(8, 14))] if dev else ["%d to %d" % (a, a + rng.randint(8, 14))])
    if kind == "height":
        if lang != "en" or region not in (None, "US", "GB", "CA", "AU", "NZ", "IE"):
            cm = rng.randint(55, 78)
            return rng.choice(["1,%d m" % cm, "1m%d" % cm] if dev else ["1.%dm" % cm, "1%d cm" % cm])
        i = rng.randint(0, 11)
        return rng.choice(["5'%d\"" % i, "%dcm" % rng.randint(152, 178)] if dev else ["5’%d" % i, "5 ft %d" % i, "1.%dm" % rng.randint(55, 78)])
    if kind == "measure":
        b = rng.choice([32, 34, 36, 38])
        return rng.choice(["%d%s-%d-%d" % (b, rng.choice("BCD"), rng.randint(22, 28), rng.randint(34, 38)), "%d%s" % (b, rng.choice(["C", "DD", "B"]))]
                          if dev else ["%d-%d-%d" % (rng.randint(85, 95), rng.randint(58, 64), rng.randint(88, 96)), "size %d" % rng.choice([6, 8, 10])])
    if kind == "measure2":
        return rng.choice(["%dx%d cm" % (rng.randint(40, 200), rng.randint(40, 120))] if dev else ["%d x %d x %d in" % (rng.randint(10, 80), rng.randint(10, 60), rng.randint(5, 40))])
    if kind == "weight":
        return rng.choice(["%dkg" % rng.randint(45, 65), "%d lbs" % rng.randint(100, 140)] if dev else ["%d kg" % rng.randint(45, 65), "%dlb" % rng.randint(100, 140)])
    if kind == "time":
        if lang == "es":
            return rng.choice(["de %d a %d h" % (rng.randint(9, 12), rng.randint(20, 23)), "%d:00 a 02:00" % rng.randint(10, 12)])
        if lang == "fr":
            return rng.choice(["de %dh à %dh" % (rng.randint(9, 12), rng.randint(20, 23)), "%dh-%dh" % (rng.randint(9, 12), rng.randint(20, 23))])
        if lang == "pt":
            return rng.choice(["das %dh às %dh" % (rng.randint(8, 12), rng.randint(20, 23)), "%d:00 às 22:00" % rng.randint(9, 12)])
        return rng.choice(["%dam-%dam" % (rng.randint(9, 11), rng.randint(2, 4)), "%d:30 till late" % rng.randint(9, 11), "from %dam" % rng.randint(9, 11)]
                          if dev else ["%d:00–23:00" % rng.randint(9, 12), "noon to %dam" % rng.randint(1, 3), "%dh-%dh" % (rng.randint(9, 12), rng.randint(20, 23))])
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
        if lang != "en":
            return rng.choice(["%02d/%02d" % (d, m), "%d/%d/%d" % (d, m, y)] if dev else ["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
        return rng.choice(["%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y)] if dev else ["%02d.%02d.%d" % (d, m, y), "%d %s" % (d, MONTHS[m - 1]), "%d-%02d-%02d" % (y, m, d)])
    if kind in ("duration", "duration2"):
        return rng.choice(["30 min", "60min", "1 hr", "90 mins"] if dev else ["45min", "1h", "2 hours", "120 min"])
    if kind == "address":
        if lang == "es":
            return "Calle %s %d, local %d" % (rng.choice(["Mayor", "Sol", "Bolívar", "Colón"]), rng.randint(2, 399), rng.randint(1, 12))
        if lang == "fr":
            return "%d rue %s, %de étage" % (rng.randint(2, 150), rng.choice(["de la Paix", "Victor Hugo", "des Lilas"]), rng.randint(1, 6))
        if lang == "pt":
            return "Rua %s, %d - sala %d" % (rng.choice(["Augusta", "das Flores", "XV"]), rng.randint(2, 1999), rng.randint(1, 40))
        st = rng.choice(B.half(STREETS, split))
        return rng.choice(["Shop %d/%d %s" % (rng.randint(1, 12), rng.randint(2, 250), st), "%d %s, Level %d" % (rng.randint(2, 400), st, rng.randint(1, 9))]
                          if dev else ["Unit %d, %d %s" % (rng.randint(1, 30), rng.randint(2, 400), st), "Suite %d, %s" % (rng.randint(100, 950), st)])
    if kind == "percent":
        return "%d%%" % rng.choice([10, 15, 20, 25, 30, 50, 90, 95, 100])
    if kind == "license":
        return rng.choice(["MT%s" % nd(rng, 5)] if dev else ["LMT-%s" % nd(rng, 6)])
    if kind == "year":
        return str(rng.randint(2009, 2023))
    if kind == "adid":
        return rng.choice(["#%s" % nd(rng, 7), nd(rng, 8)] if dev else ["AD-%s" % nd(rng, 6), nd(rng, 9)])
    if kind == "order":
        return rng.choice(["%s-%s-%s" % (nd(rng, 3), nd(rng, 7), nd(rng, 7)), "#%s" % nd(rng, 10)] if dev
                          else ["ORD%s" % nd(rng, 8), "%s-%s-%s" % (nd(rng, 4), nd(rng, 4), nd(rng, 4))])
    if kind == "tracking":
        L = "ABCDEFGHJKLMNPRSTUVWXY"
        if dev:
            return rng.choice(["1Z %s %s%s %s %s %s" % (nd(rng, 3), rng.choice(L) + rng.choice(L), rng.randint(1, 9), "%02d" % rng.randint(0, 99), nd(rng, 4), nd(rng, 4)),
                               "%s%s %s %s %s GB" % (rng.choice(L), rng.choice(L), nd(rng, 3), nd(rng, 3), nd(rng, 3))])
        return rng.choice(["9400 %s %s %s %s %s" % (nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 2)),
                           "%s %s %s" % (nd(rng, 4), nd(rng, 4), nd(rng, 4)), "JJD%s" % nd(rng, 18)])
    if kind == "postcode":
        if region not in B.POSTCODES:
            return None  # a foreign postcode would be a false place cue
        return rng.choice(B.half(B.POSTCODES[region], split))
    if kind == "iban":
        if region == "DE":
            return "DE%02d %s %s %s %s %s" % (rng.randint(10, 99), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 2))
        if region == "ES":
            return "ES%02d %s %s %s %s %s" % (rng.randint(10, 99), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4))
        return "FR76 %s %s %s %s %s %s" % (nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 4), nd(rng, 3))
    raise KeyError(kind)


DECOY_SENTENCES = {
 "en": ["Parcel tracking: {D:tracking}", "Tracking {D:tracking} (arrives {D:date})", "Your order {D:order} has shipped.",
        "Invoice {D:order} paid in full.", "Payment by bank transfer: {D:iban}", "Deposit to {D:iban} to confirm.",
        "Listing ref {D:adid}, posted {D:date}.", "Ad #{D:adid} renewed {D:date}.", "Pickup address {D:address}, {D:postcode}.",
        "Post code {D:postcode}, open {D:time}."],
 "es": ["Seguimiento del paquete: {D:tracking}", "Guía de envío {D:tracking}", "Pedido {D:order} enviado.", "Factura {D:order} pagada.",
        "Transferencia: {D:iban}", "Depósito a la cuenta {D:iban}", "Anuncio ref. {D:adid}, publicado el {D:date}.", "Código postal {D:postcode}, horario {D:time}."],
 "fr": ["Suivi du colis : {D:tracking}", "Colis suivi n° {D:tracking}", "Commande {D:order} expédiée.", "Facture {D:order} réglée.",
        "Virement : {D:iban}", "Acompte sur {D:iban}", "Annonce réf. {D:adid} du {D:date}.", "Code postal {D:postcode}, horaires {D:time}."],
 "pt": ["Rastreio: {D:tracking}", "Código de envio {D:tracking}", "Pedido {D:order} enviado.", "Nota fiscal {D:order}.",
        "Transferência: {D:iban}", "Depósito na conta {D:iban}", "Anúncio ref. {D:adid}, publicado em {D:date}.", "CEP {D:postcode}, horário {D:time}."],
}


# ---------------------------------------------------------------- composing a post

def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class Ctx:
    def __init__(self, split):
        self.split = split
        self.rng = random.Random(SEEDS[split])
        pool = json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))
        self.countries = pool["countries"]
        self.pick = Picker(pool[split], self.rng)

    def h(self, bank):
        return B.half(bank, self.split)

    def choice(self, bank):
        return self.rng.choice(B.half(bank, self.split))


def fill(ctx, tpl, region, lang, decoys, allowed=None):
    def rep(m):
        kind = m.group(1)
        lab = KIND.get(kind, kind)
        if allowed is not None and lab not in allowed:
            return None
        v = decoy(kind, ctx.rng, region, lang, ctx.split)
        if v is not None:
            decoys.append(lab)
        return v
    out = []
    pos = 0
    for m in re.finditer(r"\{D:(\w+)\}", tpl):
        v = rep(m)
        if v is None:
            return None
        out.append(tpl[pos:m.start()])
        out.append(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out)


def detail_lines(ctx, lang, style, region, decoys, n, allowed=None, extra=False):
    bank = ctx.h(X.DETAILS[lang][style]) + (ctx.h(X.DECOY_SENTENCES[lang]) if False else [])
    if extra:
        bank = bank + ctx.h(DECOY_SENTENCES[lang])
    lines, tries = [], 0
    while len(lines) < n and tries < 50:
        tries += 1
        t = ctx.rng.choice(bank)
        snap = list(decoys)
        v = fill(ctx, t, region, lang, decoys, allowed)
        if v is None:
            decoys[:] = snap
            continue
        personal = {"age", "height", "weight", "measurements"}
        if v not in lines and not (personal & set(decoys[len(snap):]) & set(snap)):
            lines.append(v)
        else:
            decoys[:] = snap
    return lines


def compose(ctx, lang, style, *, region_for_decoys=None, title_city=None, city=None, country=None, place_line=None,
            contact=None, n_details=None, allowed=None, caps=False, extra_lines=(), decoy_extra=False, title=None):
    """Returns (title, body, decoy kinds); contact has {P}/{Q} placeholders still in it."""
    rng = ctx.rng
    decoys = []
    if title is None:
        if title_city:
            title = ctx.choice(X.TITLES_CITY[lang]).replace("{C}", title_city)
        else:
            title = ctx.choice(X.TITLES[lang][style])
    lines = []
    if rng.random() < 0.8:
        lines.append(ctx.choice(X.OPENERS[lang][style]))
    if n_details is None:
        n_details = rng.choice([0, 1, 1, 2])
    lines += detail_lines(ctx, lang, style, region_for_decoys, decoys, n_details, allowed, decoy_extra)
    rng.shuffle(lines)
    cue = None
    if city:
        cue = ctx.choice(X.CITY_LINES[lang]).replace("{C}", city)
    elif country:
        cue = ctx.choice(X.COUNTRY_LINES[lang]).replace("{K}", country)
    elif place_line:
        cue = place_line
    if cue:
        lines.insert(rng.randint(0, len(lines)), cue)
    for e in extra_lines:
        lines.insert(rng.randint(0, len(lines)), e)
    if contact is None:
        contact = ctx.choice(X.CONTACT[lang])
    if contact:
        lines.insert(rng.randint(max(0, len(lines) - 1), len(lines)), contact)
    if rng.random() < 0.6:
        lines.append(ctx.choice(X.CLOSERS[lang]))
    sep = ctx.choice(["\n", " ", "\n\n", " ✨ ", "\n", " ", " | ", "\n"])
    body = sep.join(lines)
    if caps:
        body = body.upper()
        title = title.upper()
    return title, body, sorted(set(decoys))


def put(text, slots):
    for k, v in slots.items():
        text = text.replace("{" + k + "}", v)
    return text


def phone(rec, raw, src, cls):
    return {"e164": rec["e164"], "region_source": src, "class": cls, "raw": raw, "region": rec["region"]}


def post(title, body, labels, **extra):
    p = {"title": title, "body": body}
    for k in ("url", "site", "region", "location"):
        if extra.get(k):
            p[k] = extra[k]
    p["labels"] = labels
    return p


def labels(group, phones=(), amb=(), decoys=()):
    return {"group": group, "phones": list(phones), "ambiguous": list(amb), "decoys": sorted(set(decoys))}


def lang_of(region):
    return B.LANG.get(region, "en")


def neutral_url(ctx, p):
    if ctx.rng.random() < 0.35:
        site = ctx.choice(B.SITES)
        p["url"] = "https://www.%s.com/ad/%s" % (site, nd(ctx.rng, 7))
        p["site"] = site + ".com"
        p = {k: p[k] for k in ("title", "body", "url", "site", "labels") if k in p} | {k: v for k, v in p.items() if k not in ("title", "body", "url", "site", "labels")}
    return p


def reorder(p):
    order = ["title", "body", "url", "site", "region", "location", "labels"]
    return {k: p[k] for k in order if k in p}


# posts whose only cue is the number itself: no currency, postcode or street address
AMB_ALLOWED = {"age", "duration", "percent", "measurements", "weight", "year", "time", "license"}
# id-like decoys (order, tracking, IBAN, ad ids) are kept to the decoy group
PLAIN_ALLOWED = AMB_ALLOWED | {"price", "salary", "height", "date", "address", "postcode"}

STYLES = ["escort", "escort", "escort", "massage", "massage", "job", "classified"]

# ---------------------------------------------------------------- group: region inference

def multi_cand(r):
    return len(r["nat_cands"]) >= 2


def gen_region(ctx, cls):
    rng = ctx.rng
    style = rng.choice(STYLES)
    allc = ctx.countries
    prefer = lambda reg: (multi_cand if ctx.pick.has(reg, multi_cand) else None)  # noqa: E731
    kw = {}
    extra = {}
    src = "text"
    if cls == "place_qualified":
        place, reg = ctx.choice(B.QUALIFIED)
        rec = ctx.pick.take(reg, prefer(reg))
        lang = lang_of(reg)
        if rng.random() < 0.4:
            kw["title_city"] = place
        else:
            kw["city"] = place
    else:
        if cls in ("city_local_phrase",):
            reg = ctx.pick.region(sorted(B.LOCAL_NEW_IN))
        elif cls == "format_unique":
            reg = ctx.pick.region(allc, lambda r: len(r["nat_cands"]) == 1 and r["region"] != "AR")
        else:
            reg = ctx.pick.region(allc)
        if cls == "format_unique":
            rec = ctx.pick.take(reg, lambda r: len(r["nat_cands"]) == 1)
        else:
            rec = ctx.pick.take(reg, prefer(reg))
        lang = lang_of(reg)
        city = ctx.choice(B.CITIES[reg])
        if cls == "city_in_title":
            kw["title_city"] = city
        elif cls == "city_in_body":
            kw["city"] = city
        elif cls == "city_local_phrase":
            kw["place_line"] = ctx.choice(B.LOCAL_NEW_IN[reg]).replace("{C}", city)
        elif cls == "country_in_body":
            kw["country"] = ctx.choice(B.COUNTRY_NAMES[reg])
        elif cls == "descriptor_vs_place":
            desc = ctx.rng.choice([d for d in ctx.h(B.DESCRIPTORS) if B.DESC_COUNTRY[d] != reg])
            lang = "en"
            kw["title"] = "%s in %s" % (desc, city) if rng.random() < 0.5 else desc
            if not kw["title"].endswith(city):
                kw["city"] = city
            style = "massage" if "massage" in desc or "spa" in desc or "bath" in desc or "hammam" in desc or "reflex" in desc or "scrub" in desc else "escort"
        elif cls in ("url_subdomain", "url_cctld", "url_path", "site_cctld"):
            src = "url"
            site = ctx.choice(B.SITES)
            cat = ctx.choice(["escorts", "massage", "jobs", "classifieds", "personals", "services", "dating", "adult"])
            aid = nd(rng, 7)
            if cls == "url_subdomain":
                extra["url"] = "https://%s.%s.com/%s/%s" % (slug(city), site, cat, aid)
                extra["site"] = "%s.com" % site
            elif cls == "url_cctld":
                extra["url"] = "https://www.%s.%s/%s/%s.html" % (site, B.CCTLD[reg], cat, aid)
                extra["site"] = "%s.%s" % (site, B.CCTLD[reg])
            elif cls == "url_path":
                place = slug(city) if rng.random() < 0.7 else slug(B.COUNTRY_NAMES[reg][0].replace("the ", ""))
                extra["url"] = "https://%s.com/%s/%s/%s" % (site, place, cat, aid)
                extra["site"] = "%s.com" % site
            else:
                extra["site"] = "%s.%s" % (site, B.CCTLD[reg])
        elif cls == "cc_elsewhere":
            src = "calling_code"
        elif cls == "format_unique":
            src = "format"
    if rec is None:
        raise SystemExit("pool exhausted for region class " + cls)
    if lang != "en" and style not in X.TITLES[lang]:
        style = "escort"
    if cls == "cc_elsewhere":
        rec2 = ctx.pick.take(reg)
        raw1 = plain_intl(rec, rng, ctx.split)
        raw2 = plain_any(rec2, rng, ctx.split)
        contact = ctx.choice(X.CONTACT2[lang])
        title, body, dec = compose(ctx, lang, style, region_for_decoys=reg, contact=contact, allowed=PLAIN_ALLOWED)
        ph = [("P", rec, raw1, "calling_code", "region.cc_self"), ("Q", rec2, raw2, "calling_code", "region.cc_elsewhere")]
        if rng.random() < 0.3:  # national first, international later in the post
            body = body.replace("{P}", "{T}").replace("{Q}", "{P}").replace("{T}", "{Q}")
        order = sorted(ph, key=lambda x: body.index("{" + x[0] + "}"))
        body = put(body, {k: raw for k, _, raw, _, _ in ph})
        phones = [phone(r, raw, s, c) for _, r, raw, s, c in order]
        return post(title, body, labels("region", phones, decoys=dec), **extra)
    if cls == "format_unique":
        raw = plain_national(rec, rng, ctx.split)
    else:
        raw = plain_any(rec, rng, ctx.split)
    caps = rng.random() < 0.12
    title, body, dec = compose(ctx, lang, style, region_for_decoys=reg, caps=caps,
                               allowed=(AMB_ALLOWED if cls == "format_unique" else PLAIN_ALLOWED), **kw)
    body = put(body, {"P": raw})
    p = post(title, body, labels("region", [phone(rec, raw, src, "region." + cls)], decoys=dec), **extra)
    return p


# ---------------------------------------------------------------- group: disguises

DISGUISE_CLASSES = {
    # class: (renderer, eligible regions or None for all, allowed modes)
    "sep_digit": (r_sep_digit, None, "rltcf"), "sep_group": (r_sep_group, None, "rltcf"),
    "homophone": (r_homophone, None, "rltcf"), "glued_words": (r_glued_words, None, "rltcf"),
    "words_digits_glued": (r_words_digits_glued, None, "rltcf"), "leet_words": (r_leet, None, "rltcf"),
    "multiplier": (r_multiplier, None, "rlt"), "double_triple": (r_double_triple, None, "rltc"),
    "letter_o_zero": (r_letter_o, None, "rltcf"), "name_glued": (None, None, "rltcf"),
    "escape_literal": (r_escape, None, "rltcf"), "mixed": (r_mixed, None, "rltcf"),
    "words_caps": (r_words_caps, None, "rltc"), "keycap_emoji": (r_keycap, None, "rltcf"),
    "words_es": (r_words_lang(ES), ["ES", "MX", "CO", "EC", "CL", "PE", "AR"], "rltc"),
    "words_es_pairs": (r_words_lang(ES, es_2), ["ES", "MX", "CO", "EC", "CL", "PE"], "rlt"),
    "words_fr": (r_words_lang(FR), ["FR", "MA", "CA"], "rltc"),
    "words_fr_pairs": (r_words_lang(FR, fr_2), ["FR", "MA"], "rltc"),
    "words_pt": (r_words_lang(PT), ["BR", "PT"], "rltc"), "words_pt_meia": (r_pt_meia, ["BR"], "rltc"),
    "script_arabic_indic": (r_script("arabic"), ["AE", "SA", "EG", "MA"], "rltc"),
    "script_persian": (r_script("persian"), ["AE", "SA"], "rtc"),
    "script_devanagari": (r_script("devanagari"), ["IN"], "rltc"), "script_bengali": (r_script("bengali"), ["IN"], "rlt"),
    "script_thai": (r_script("thai"), ["TH"], "rltc"), "script_fullwidth": (r_script("fullwidth"), ["JP", "CN", "KR"], "rltc"),
    "cjk_numerals": (r_cjk, ["CN"], "rltc"),
}
SCRIPT_OF = {"script_arabic_indic": "arabic", "script_persian": "arabic", "script_devanagari": "devanagari",
             "script_bengali": "devanagari", "script_thai": "thai", "script_fullwidth": "fullwidth", "cjk_numerals": "cjk"}
MODE_NAMES = {"r": "record", "l": "location", "t": "text", "c": "calling_code", "f": "format"}
MODE_W = {"r": 15, "l": 15, "t": 35, "c": 25, "f": 10}


def gen_disguise(ctx, cls):
    rng = ctx.rng
    rend, regions, modes = DISGUISE_CLASSES[cls]
    regions = regions or ctx.countries
    pred = None
    if cls == "multiplier":
        pred = lambda r: r["tag"] == "mult" and (r["nat_digits"][-3:] == "000" or r["nat_digits"][-2:] == "00")  # noqa: E731
    elif cls == "double_triple":
        pred = has_run
    elif cls == "letter_o_zero":
        pred = lambda r: "0" in r["nat_digits"][1:] or "0" in r["nsn"]  # noqa: E731
    elif cls == "words_pt_meia":
        pred = lambda r: "6" in r["nsn"]  # noqa: E731
    elif cls not in ("multiplier",):
        pred = lambda r: r["tag"] == "plain"  # noqa: E731
    reg = ctx.pick.region(regions, pred)
    ms = [m for m in modes]
    if reg == "AR":
        ms = [m for m in ms if m == "c"] or ["c"]
    fmt_ok = "f" in ms and ctx.pick.has(reg, lambda r: len(r["nat_cands"]) == 1 and (pred is None or pred(r)))
    if not fmt_ok and "f" in ms:
        ms.remove("f")
    mode = rng.choices(ms, weights=[MODE_W[m] for m in ms])[0]
    if mode == "f":
        rec = ctx.pick.take(reg, lambda r: len(r["nat_cands"]) == 1 and (pred is None or pred(r)))
    else:
        rec = ctx.pick.take(reg, pred)
    lang = lang_of(reg)
    if cls in ("words_es", "words_es_pairs"):
        lang = "es"
    elif cls in ("words_fr", "words_fr_pairs"):
        lang = "fr"
    elif cls in ("words_pt", "words_pt_meia"):
        lang = "pt"
    elif cls in ("homophone", "glued_words", "words_digits_glued", "leet_words", "multiplier", "double_triple", "words_caps"):
        lang = "en"
    if mode == "c":
        base = dbl0(rec) if rng.random() < 0.2 else intl(rec)
    else:
        base = national(rec)
        if cls == "letter_o_zero" and "0" not in base.digits:
            base = Base("", [rec["nsn"]])
    name = None
    if cls == "name_glued":
        name = rng.choice(B.half(B.NAMES_GLUED, ctx.split))
        raw = base.text(rng.choice([" ", "", "-", " "]))
    else:
        raw = rend(base, rec, rng, ctx.split)
    style = rng.choice(STYLES)
    if lang != "en" and style not in X.TITLES[lang]:
        style = "escort"
    kw, extra = {}, {}
    city = ctx.choice(B.CITIES[reg])
    if mode == "t":
        if rng.random() < 0.35:
            kw["title_city"] = city
        else:
            kw["city"] = city
    elif mode == "r":
        extra["region"] = reg
    elif mode == "l":
        extra["location"] = city if rng.random() < 0.6 else "%s, %s" % (city, B.COUNTRY_NAMES[reg][0].replace("the ", ""))
    if cls in SCRIPT_OF:
        kw["extra_lines"] = [ctx.rng.choice(X.SCRIPT_LINES[SCRIPT_OF[cls]])]
    contact = None
    if name:
        after = rng.random() < 0.3
        glued = ("{P}" + name) if after else (name + "{P}")
        contact = rng.choice(["Ask for %s 💋" % glued, "%s 📲" % glued, "%s call/text" % glued, "✨%s✨" % glued, "%s" % glued])
    caps = rng.random() < 0.1 and cls not in ("letter_o_zero", "mixed", "glued_words", "words_digits_glued") and not name
    title, body, dec = compose(ctx, lang, style, region_for_decoys=reg, caps=caps, contact=contact,
                               allowed=(AMB_ALLOWED if mode == "f" else PLAIN_ALLOWED), **kw)
    body = put(body, {"P": raw})
    src = MODE_NAMES[mode]
    phones = [phone(rec, raw, src, "disguise." + cls)]
    return post(title, body, labels("disguise", phones, decoys=dec), **extra)


# ---------------------------------------------------------------- group: spoken international

SPOKEN = {
    "plus_en": ("en", None), "double_zero_en": ("en", None), "cc_as_number_en": ("en", None),
    "mas_es": ("es", ["CO", "MX", "EC", "ES", "AR", "CL", "PE", "US"]), "mais_pt": ("pt", ["BR", "PT"]),
    "plus_fr": ("fr", ["FR", "MA", "CA"]), "mixed_plus": ("en", None), "caps_job": ("en", None),
}
JOB_DEST = ["AE", "SA", "MY", "TH", "JP", "SG", "GB", "US", "AU", "PL", "DE", "TR", "KR", "HK", "IT", "ES", "CA", "NZ", "IE"]


def gen_spoken(ctx, cls):
    rng = ctx.rng
    lang, regs = SPOKEN[cls]
    if regs is None:
        regs = JOB_DEST if cls in ("caps_job", "mixed_plus") else ctx.countries
    pred = None
    if cls == "cc_as_number_en":
        pred = lambda r: len(r["cc"]) == 2  # noqa: E731
    reg = ctx.pick.region(regs, pred)
    rec = ctx.pick.take(reg, pred)
    cc, nsn = rec["cc"], rec["nsn"]
    if reg == "AR":
        nsn = "".join(groups(rec["international"])[1:])
    words = {"en": EN, "es": ES, "fr": FR, "pt": PT}[lang]
    style = "lower"
    joiner = rng.choice(ctx.h(B.WORD_JOIN))
    grp = groups(rec["international"])[1:]

    def spell(d, ws=words):
        return joiner.join(ws[int(c)] for c in d)

    def spell_groups(ws=words):
        return rng.choice([", ", " ", " - "]).join(" ".join(ws[int(c)] for c in g) for g in grp)
    if cls == "plus_en":
        lead = rng.choice(ctx.h(B.SPOKEN_PLUS_EN))
        raw = "%s %s %s" % (lead, spell(cc), spell_groups() if rng.random() < 0.5 else spell(nsn))
    elif cls == "double_zero_en":
        lead = rng.choice(ctx.h(B.SPOKEN_00_EN))
        raw = "%s %s %s" % (lead, spell(cc), spell(nsn))
    elif cls == "cc_as_number_en":
        raw = "%s %s, %s" % (rng.choice(ctx.h(B.SPOKEN_PLUS_EN)), en_2(int(cc)), spell(nsn))
    elif cls == "mas_es":
        lead = rng.choice(ctx.h(B.SPOKEN_MAS))
        cc_w = es_2(cc) if (len(cc) == 2 and rng.random() < 0.4) else spell(cc)
        raw = "%s %s %s" % (lead, cc_w, spell(nsn) if rng.random() < 0.6 else ", ".join(es_2(x) for x in pairs(nsn)))
    elif cls == "mais_pt":
        lead = rng.choice(ctx.h(B.SPOKEN_MAIS))
        raw = "%s %s %s" % (lead, spell(cc), spell(nsn, [("meia" if i == 6 and reg == "BR" and rng.random() < 0.5 else w) for i, w in enumerate(PT)]))
    elif cls == "plus_fr":
        lead = rng.choice(ctx.h(B.SPOKEN_PLUS_FR))
        cc_w = fr_2(cc) if (len(cc) == 2 and rng.random() < 0.5) else spell(cc)
        raw = "%s %s %s" % (lead, cc_w, ", ".join(fr_2(x) for x in pairs(nsn)) if (reg != "CA" and rng.random() < 0.5) else spell(nsn))
    elif cls == "mixed_plus":
        toks = [c if rng.random() < 0.5 else EN[int(c)] for c in cc + nsn]
        raw = rng.choice(["+ ", "+", "plus "]) + " ".join(toks)
    else:  # caps_job
        raw = ("PLUS %s %s" % (spell(cc, [w.upper() for w in EN]), spell(nsn, [w.upper() for w in EN])))
    style = "job" if cls in ("caps_job", "mixed_plus") or rng.random() < 0.4 else rng.choice(STYLES)
    if lang != "en" and style not in X.TITLES[lang]:
        style = "escort"
    kw = {}
    if cls == "caps_job" or (style == "job" and rng.random() < 0.6):
        kw["country"] = rng.choice(B.COUNTRY_NAMES[reg])
    title, body, dec = compose(ctx, lang, style, region_for_decoys=reg, caps=(cls == "caps_job"), allowed=PLAIN_ALLOWED, **kw)
    body = put(body, {"P": raw})
    return post(title, body, labels("spoken", [phone(rec, raw, "calling_code", "spoken." + cls)], decoys=dec))


# ---------------------------------------------------------------- group: decoys

def gen_decoy(ctx, cls):
    rng = ctx.rng
    reg = ctx.pick.region(ctx.countries)
    lang = lang_of(reg)
    style = rng.choice(["escort", "massage", "job", "classified", "classified", "massage"])
    extra, kw, phones = {}, {}, []
    with_phone = cls in ("phone_among_decoys",) or (cls == "phone_near_ids" and rng.random() < 0.6)
    rec = ctx.pick.take(reg) if with_phone else None
    src = None
    if cls == "none_known_region":
        reg = rng.choice(ctx.h(["FR", "DE", "GB", "ES", "US", "AU", "IN", "BR", "FR", "IT", "NL", "FR"]))
        lang = lang_of(reg)
        if rng.random() < 0.7:
            extra["region"] = reg
        else:
            extra["location"] = ctx.choice(B.CITIES[reg])
    elif rec is not None:
        mode = rng.choice(["r", "t", "c", "l"])
        src = MODE_NAMES[mode]
        if mode == "r":
            extra["region"] = reg
        elif mode == "l":
            extra["location"] = ctx.choice(B.CITIES[reg])
        elif mode == "t":
            kw["city"] = ctx.choice(B.CITIES[reg])
    elif cls == "none" and rng.random() < 0.5:
        kw["city"] = ctx.choice(B.CITIES[reg])
    if lang != "en" and style not in X.TITLES[lang]:
        style = "escort"
    n = rng.randint(3, 5)
    title, body, dec = compose(ctx, lang, style, region_for_decoys=reg, n_details=n, decoy_extra=True,
                               contact=(None if rec else ""), **kw)
    # id-like decoys right next to the contact line
    if cls == "phone_near_ids":
        more = []
        for kind in rng.sample(["order", "tracking", "adid", "iban", "license"], 2):
            v = decoy(kind, rng, reg, lang, ctx.split)
            dec = sorted(set(dec) | {KIND.get(kind, kind)})
            more.append({"order": "Order %s", "tracking": "Tracking %s", "adid": "Ad ID %s", "iban": "IBAN %s",
                         "license": "Licence %s"}[kind] % v)
        body = body + ctx.choice(["\n", " ", " | "]) + " · ".join(more)
    if rec is not None:
        raw = plain_intl(rec, rng, ctx.split) if src == "calling_code" else plain_any(rec, rng, ctx.split)
        body = put(body, {"P": raw})
        phones = [phone(rec, raw, src, "decoy." + cls)]
    body = body.replace("\n\n\n", "\n").strip(" |\n")
    return post(title, body, labels("decoy", phones, decoys=dec), **extra)


# ---------------------------------------------------------------- group: ambiguous



def gen_ambiguous(ctx, cls):
    rng = ctx.rng
    amb = []
    kw = {}
    if cls == "place_homonym":
        place, pair = ctx.choice(B.HOMONYMS)
        both = lambda r: set(pair) <= {x for v in r["nat_cands"].values() for x in v} and len(r["nat_cands"]) >= 2  # noqa: E731
        reg = ctx.pick.region(list(pair), both, weighted=False)
        recs = [ctx.pick.take(reg, both)]
        lang = "es" if "ES" in pair else "en"
        kw["city"] = place
    else:
        def ok(r):
            if len(r["nat_cands"]) < 2:
                return False
            lg = lang_of(r["region"])
            if lg == "en":
                return True
            return sum(1 for v in r["nat_cands"].values() for x in v if lang_of(x) == lg) >= 2
        reg = ctx.pick.region(ctx.countries, ok)
        recs = [ctx.pick.take(reg, ok)]
        lang = lang_of(reg)
        if cls == "two_numbers":
            # the two numbers must not share exactly one region, or reading them jointly would settle it
            regs1 = {x for v in recs[0]["nat_cands"].values() for x in v}
            ok2 = lambda r: ok(r) and len(regs1 & {x for v in r["nat_cands"].values() for x in v}) != 1  # noqa: E731
            reg2 = ctx.pick.region([c for c in ctx.countries if lang_of(c) == lang], ok2)
            recs.append(ctx.pick.take(reg2, ok2))
    style = rng.choice(STYLES)
    if lang != "en" and style not in X.TITLES[lang]:
        style = "escort"
    contact = ctx.choice(X.CONTACT2[lang]) if len(recs) == 2 else None
    title, body, dec = compose(ctx, lang, style, region_for_decoys=None, allowed=AMB_ALLOWED, contact=contact, **kw)
    slots = {}
    for key, rec in zip(("P", "Q"), recs):
        raw = plain_national(rec, rng, ctx.split)
        slots[key] = raw
        amb.append(ambiguous_entry(rec, raw, "ambiguous." + cls))
    order = sorted(zip(("P", "Q"), amb), key=lambda x: body.index("{" + x[0] + "}"))
    body = put(body, slots)
    return post(title, body, labels("ambiguous", amb=[a for _, a in order], decoys=dec))


# ---------------------------------------------------------------- plan

PLAN = [
    ("region", {"city_in_title": 20, "city_in_body": 24, "city_local_phrase": 8, "country_in_body": 18, "place_qualified": 12,
                "descriptor_vs_place": 12, "url_subdomain": 14, "url_cctld": 14, "url_path": 10, "site_cctld": 8,
                "cc_elsewhere": 16, "format_unique": 24}),
    ("disguise", {"sep_digit": 14, "sep_group": 11, "homophone": 12, "glued_words": 11, "words_digits_glued": 10, "leet_words": 9,
                  "multiplier": 8, "double_triple": 8, "letter_o_zero": 12, "name_glued": 11, "escape_literal": 12, "mixed": 12,
                  "words_caps": 6, "keycap_emoji": 6, "words_es": 8, "words_es_pairs": 6, "words_fr": 5, "words_fr_pairs": 6,
                  "words_pt": 6, "words_pt_meia": 4, "script_arabic_indic": 7, "script_persian": 2, "script_devanagari": 5,
                  "script_bengali": 2, "script_thai": 5, "script_fullwidth": 7, "cjk_numerals": 5}),
    ("spoken", {"plus_en": 14, "double_zero_en": 8, "cc_as_number_en": 6, "mas_es": 9, "mais_pt": 6, "plus_fr": 6,
                "mixed_plus": 5, "caps_job": 6}),
    ("decoy", {"none": 30, "none_known_region": 15, "phone_among_decoys": 30, "phone_near_ids": 15}),
    ("ambiguous", {"no_cue": 44, "two_numbers": 8, "place_homonym": 8}),
]
GEN = {"region": gen_region, "disguise": gen_disguise, "spoken": gen_spoken, "decoy": gen_decoy, "ambiguous": gen_ambiguous}


def build(split):
    ctx = Ctx(split)
    plan = [(g, c) for g, cs in PLAN for c, n in cs.items() for _ in range(n)]
    ctx.rng.shuffle(plan)
    out = []
    for i, (g, c) in enumerate(plan, 1):
        p = GEN[g](ctx, c)
        p = neutral_url(ctx, p) if g in ("disguise", "spoken", "decoy") and "url" not in p and "site" not in p else p
        p = reorder(p)
        p["labels"] = {"group": g, "post_class": "%s.%s" % (g, c)} | {k: v for k, v in p["labels"].items() if k != "group"}
        out.append({"id": "%s%04d" % (PREFIX[split], i)} | p)
    return out


def dump(posts):
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main():
    check = "--check" in sys.argv[1:]
    bad = False
    for split in ("dev", "heldout"):
        text = dump(build(split))
        path = os.path.join(HERE, split + ".jsonl")
        if check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                print("differs:", path)
                bad = True
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if check:
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
