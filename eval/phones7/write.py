#!/usr/bin/env python3
"""Generator for eval/phones7 (blind phone-extraction set, written from a
scenario spec).

    python3 write.py          # writes dev.jsonl and heldout.jsonl
    python3 write.py --check  # exits 1 if the files differ from what it would write

Standard library only.  Reads number_pool.json (made once by build_pool.py,
which is the only script that needs the `phonenumbers` package).  Output is
deterministic: fixed seeds, no set iteration, sorted keys where order matters.

dev uses the even-indexed pool entries of every country and heldout the
odd-indexed ones, so no number is shared between the splits.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = (
    # name, file, id prefix, posts, seed, pool parity
    ("dev", "dev.jsonl", "ph7d", 300, 70071, 0),
    ("heldout", "heldout.jsonl", "ph7h", 500, 70073, 1),
)
GROUPS = ("script", "qualified", "caps", "url", "mixed")

LISTED = ("AU IN GB JP SG EC US CA MX CO PE CL AR BR ES FR DE IT PL RO UA RU "
          "TR AE SA EG MA NG KE GH ZA TH VN ID MY PH KR CN TW BD PK").split()

CALLING = {"AU": "61", "IN": "91", "GB": "44", "JP": "81", "SG": "65", "EC": "593",
           "US": "1", "CA": "1", "MX": "52", "CO": "57", "PE": "51", "CL": "56",
           "AR": "54", "BR": "55", "ES": "34", "FR": "33", "DE": "49", "IT": "39",
           "PL": "48", "RO": "40", "UA": "380", "RU": "7", "TR": "90", "AE": "971",
           "SA": "966", "EG": "20", "MA": "212", "NG": "234", "KE": "254", "GH": "233",
           "ZA": "27", "TH": "66", "VN": "84", "ID": "62", "MY": "60", "PH": "63",
           "KR": "82", "CN": "86", "TW": "886", "BD": "880", "PK": "92"}

# languages that several listed countries share: an unplaced national number
# in such an ad cannot be placed by its language either
LANG_COUNTRIES = {
    "en": ["GB", "IN", "KE", "ZA", "NG", "PH", "US", "CA", "AU", "GH", "SG", "MY", "PK"],
    "es": ["EC", "PE", "CL", "CO", "MX", "AR", "ES"],
    "fr": ["FR", "MA"],
    "ar": ["AE", "SA", "EG", "MA"],
}


# ---------------------------------------------------------------------------
# number pool

def load_pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        return json.load(f)["countries"]


def digits(s):
    return "".join(ch for ch in s if ch.isdigit() and ch.isascii())


class Numbers:
    """Hands out pool entries of one split, each at most once."""

    def __init__(self, pool, parity, rng):
        self.lists = {}
        for c in LISTED:
            entries = [e for i, e in enumerate(pool[c]) if i % 2 == parity]
            rng.shuffle(entries)
            self.lists[c] = entries
        self.used = set()

    def take(self, country, want=None):
        for e in self.lists[country]:
            if e["e164"] in self.used:
                continue
            if want is not None and not want(e):
                continue
            self.used.add(e["e164"])
            return e
        return None


# ---------------------------------------------------------------------------
# writing numbers down

# national patterns: '#' takes the next digit of the national digit string
# (as in the pool's national format); a leading '@' uses the digits without
# the trunk prefix (India).  A pattern is only used when its '#' count fits.
NAT_PATTERNS = {
    "AU": ["#### ### ###", "##########", "#### ######", "## #### ####", "####-###-###", "####.###.###"],
    "IN": ["@##### #####", "@##########", "@#####-#####", "@### ### ####", "@###-###-####",
           "@##### #####", "# ##### #####", "###########"],
    "GB": ["##### ######", "###########", "##### ### ###", "#### ### ####", "#####-######", "(#####) ######"],
    "JP": ["###-####-####", "###########", "### #### ####", "###.####.####", "###-####-####"],
    "SG": ["#### ####", "########", "####-####", "#### ####"],
    "EC": ["### ### ####", "##########", "###-###-####", "## #### ####", "#### ### ###"],
    "US": ["(###) ###-####", "###-###-####", "###.###.####", "##########", "### ### ####",
           "(###)###-####", "1-###-###-####", "1 (###) ###-####"],
    "CA": ["(###) ###-####", "###-###-####", "###.###.####", "##########", "### ### ####",
           "1-###-###-####"],
    "MX": ["## #### ####", "(##) ####-####", "##########", "###-###-####", "### ### ####", "##-####-####"],
    "CO": ["### #######", "### ### ####", "##########", "###-###-####", "### ### ## ##", "###-#######"],
    "PE": ["### ### ###", "#########", "###-###-###", "### ######"],
    "CL": ["# #### ####", "#########", "##### ####", "(#) #### ####", "#-####-####"],
    "AR": [],
    "BR": ["(##) #####-####", "## #####-####", "(##)#####-####", "## # ####-####", "(##) # ####-####",
           "###########", "## #####.####", "(##) #####.####"],
    "ES": ["### ## ## ##", "### ### ###", "#########", "###-##-##-##", "### ######", "###.##.##.##"],
    "FR": ["## ## ## ## ##", "##.##.##.##.##", "##########", "##-##-##-##-##", "## ## ## ## ##", "####-######"],
    "DE": ["#### #######", "####/#######", "####-#######", "###########", "##### ######",
           "#### ########", "####/########", "############", "##### #######", "#### ### #####"],
    "IT": ["### ### ####", "### #######", "##########", "###.###.####", "###-#######", "### ## ## ###"],
    "PL": ["### ### ###", "#########", "###-###-###", "### ## ## ##"],
    "RO": ["#### ### ###", "##########", "####.###.###", "#### ## ## ##", "####-###-###"],
    "UA": ["### ### ####", "###-###-##-##", "(###) ###-##-##", "##########", "### ### ## ##", "(###) ### ## ##"],
    "RU": ["# (###) ###-##-##", "#-###-###-##-##", "###########", "# ### ### ## ##", "#(###)###-##-##",
           "# ### ###-##-##"],
    "TR": ["#### ### ## ##", "###########", "# ### ### ## ##", "#(###) ### ## ##", "#### ### ####"],
    "AE": ["### ### ####", "###-#######", "##########", "### #######", "###-###-####"],
    "SA": ["### ### ####", "##########", "### #######", "## #### ####", "###-###-####"],
    "EG": ["### ########", "#### ### ####", "###########", "###-####-####", "#### #######"],
    "MA": ["##########", "## ## ## ## ##", "####-######", "##.##.##.##.##", "#### ## ## ##"],
    "NG": ["#### ### ####", "###########", "####-###-####", "### #### ####", "#### #######"],
    "KE": ["#### ######", "#### ### ###", "##########", "####-###-###"],
    "GH": ["### ### ####", "##########", "### #######", "###-###-####"],
    "ZA": ["### ### ####", "##########", "###-###-####", "### ### ## ##"],
    "TH": ["###-###-####", "### ### ####", "##########", "##-####-####", "###-#######"],
    "VN": ["#### ### ###", "####.###.###", "##########", "### ### ####", "#### ######", "###.###.####"],
    "ID": ["####-####-###", "####-###-####", "#### #### ###", "####-####-####", "#### #### ####",
           "############", "###########", "####-####-#####"],
    "MY": ["###-### ####", "###-#######", "###-########", "###-#### ####", "##########", "###########",
           "### ### ####"],
    "PH": ["#### ### ####", "###########", "####-###-####", "#### #######"],
    "KR": ["###-####-####", "### #### ####", "###########", "###.####.####"],
    "CN": ["### #### ####", "###########", "###-####-####", "###########"],
    "TW": ["####-###-###", "#### ### ###", "##########", "####-######"],
    "BD": ["#####-######", "##### ######", "###########", "#####-###-###"],
    "PK": ["#### #######", "####-#######", "###########", "#### ### ####"],
}

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def nat_digits(country, entry, bare=False):
    d = digits(entry["national"])
    if bare:
        d = entry["e164"][1 + len(CALLING[country]):]
    return d


def amb_form(country, entry):
    """The digit string the pool's ambiguity lists were computed on."""
    return nat_digits(country, entry, bare=(country == "IN"))


def apply_pattern(pat, d):
    out = []
    it = iter(d)
    for ch in pat:
        out.append(next(it) if ch == "#" else ch)
    return "".join(out)


def pattern_fits(pat, country, entry):
    bare = pat.startswith("@")
    return pat.lstrip("@").count("#") == len(nat_digits(country, entry, bare))


def classify_national(raw, standard):
    if any(ch.isdigit() and not ch.isascii() for ch in raw):
        if any("０" <= ch <= "９" for ch in raw):
            return "national.fullwidth"
        if any("٠" <= ch <= "٩" for ch in raw) or any("۰" <= ch <= "۹" for ch in raw):
            return "national.arabic_digits"
        if any("০" <= ch <= "৯" for ch in raw):
            return "national.bengali_digits"
        return "national.native_digits"
    if raw == standard:
        return "national.standard"
    if "(" in raw:
        return "national.parens"
    seps = sorted({ch for ch in raw if not ch.isdigit()})
    if not seps:
        return "national.plain"
    if seps == [" "]:
        return "national.spaced"
    if seps == ["-"]:
        return "national.dashed"
    if seps == ["."]:
        return "national.dotted"
    if seps == ["/"]:
        return "national.slashed"
    return "national.mixed"


def render_national(rng, country, entry, script=None, same_digits_as=None):
    """Returns (raw, class).  same_digits_as: the raw must have exactly these
    ASCII digits (used for ambiguous numbers, whose ambiguity was computed on
    one digit string)."""
    std = entry["national"]
    options = ["std", "std"] + [p for p in NAT_PATTERNS[country] if pattern_fits(p, country, entry)]
    if country == "AR":
        options = ["std", "std", "tok: ", "tok:-", "paren", "tok:"]
    for _ in range(50):
        o = rng.choice(options)
        if o == "std":
            raw = std
        elif o.startswith("tok:"):
            raw = o[4:].join(re.findall(r"\d+", std))
        elif o == "paren":
            toks = re.findall(r"\d+", std)
            raw = "(%s) %s-%s" % (toks[0], toks[1], "-".join(toks[2:]))
        else:
            raw = apply_pattern(o.lstrip("@"), nat_digits(country, entry, o.startswith("@")))
        if same_digits_as is not None and digits(raw) != same_digits_as:
            continue
        break
    else:
        raw = std
    if script == "fullwidth":
        raw = raw.translate(FULLWIDTH)
    elif script == "arabic":
        raw = raw.translate(ARABIC_INDIC)
    elif script == "persian":
        raw = raw.translate(PERSIAN)
    elif script == "bengali":
        raw = raw.translate(BENGALI)
    return raw, classify_national(raw, std)


def render_intl(rng, country, entry, style=None):
    intl = entry["intl"]
    cc = CALLING[country]
    nsn = entry["e164"][1 + len(cc):]
    rest = intl[len(cc) + 2:]
    styles = ["std", "std", "std", "compact", "dash", "space1", "00", "pcc"]
    if country in ("GB", "DE", "AU", "FR"):
        styles.append("trunk")
    if country in ("US", "CA"):
        styles = ["std", "compact", "dash", "nanp_paren", "space1", "dots"]
    s = style or rng.choice(styles)
    if s == "std":
        return intl, "intl.standard"
    if s == "compact":
        return entry["e164"], "intl.compact"
    if s == "dash":
        return "+" + cc + "-" + re.sub(r"[ ]", "-", rest), "intl.dashed"
    if s == "space1":
        return "+" + cc + " " + nsn, "intl.cc_space"
    if s == "00":
        return "00" + cc + " " + rest, "intl.00"
    if s == "pcc":
        return "(+" + cc + ") " + rest, "intl.paren_cc"
    if s == "trunk":
        first, _, more = rest.partition(" ")
        return "+%s (0)%s %s" % (cc, first, more), "intl.trunk_in_parens"
    if s == "nanp_paren":
        return "+1 (%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "intl.standard"
    if s == "dots":
        return "+1.%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]), "intl.dotted"
    raise ValueError(s)


def render_split(rng, country, entry):
    std = entry["national"]
    toks = re.split(r"([ \-]+)", std)
    # positions of separators
    seps = [i for i in range(1, len(toks), 2)]
    brk = rng.choice(["<br>", "\n", "<br>\n", "<br/>"])
    if not seps:
        d = std
        cut = len(d) // 2
        raw = d[:cut] + brk + d[cut:]
    else:
        i = rng.choice(seps)
        toks[i] = brk
        raw = "".join(toks)
    return raw, "split." + ("br" if "<br" in brk else "newline")


def render_spaced(rng, country, entry):
    d = nat_digits(country, entry, bare=(country == "IN"))
    sep = rng.choice([" ", " ", " ", "-", "-", ".", " . ", "_"])
    return sep.join(d), "spaced.every_digit"


NUM_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "ms": ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "ro": ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
    "tr": ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}


def render_words(rng, country, entry, lang, upper=False):
    words = list(NUM_WORDS.get(lang, NUM_WORDS["en"]))
    d = nat_digits(country, entry, bare=(country == "IN"))
    if lang == "en" and rng.random() < 0.5:
        words[0] = "oh"
    if lang == "pt" and rng.random() < 0.5:
        words[6] = "meia"
    mode = rng.choice(["full", "full", "partial"])
    sep = rng.choice([" ", " ", "-", ", "])
    if mode == "full":
        raw = sep.join(words[int(x)] for x in d)
    else:
        k = rng.choice([3, 4])
        raw = d[:k] + " " + sep.join(words[int(x)] for x in d[k:])
    if upper:
        raw = raw.upper()
    return raw, "words." + mode


# ---------------------------------------------------------------------------
# decoys and filler

def group3(n, sep):
    s = "%d" % n
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


# currency formats (with {} for the amount), thousands separator, service
# price range (lo, hi, step)
PRICE = {
    "AU": (["${}", "${}/hr", "A${}", "$ {}"], ",", 150, 450, 50),
    "IN": (["₹{}", "Rs {}", "Rs.{}/-", "₹ {}"], ",", 2000, 12000, 500),
    "GB": (["£{}", "£{}ph", "£ {}"], ",", 80, 250, 10),
    "JP": (["{}円", "¥{}", "{}円〜"], ",", 12000, 30000, 1000),
    "SG": (["S${}", "${}", "SGD {}"], ",", 120, 350, 10),
    "EC": (["${}", "US$ {}", "$ {}"], ".", 30, 120, 5),
    "US": (["${}", "${}/hr", "$ {}", "${} hh"], ",", 150, 450, 50),
    "CA": (["${}", "${}/hr", "{}$", "CAD {}"], ",", 150, 400, 20),
    "MX": (["${} MXN", "$ {}", "${}"], ",", 800, 3500, 100),
    "CO": (["${}", "$ {}", "{} COP"], ".", 120000, 400000, 10000),
    "PE": (["S/ {}", "S/.{}", "{} soles"], ",", 100, 450, 10),
    "CL": (["${}", "$ {}", "{} CLP"], ".", 40000, 120000, 5000),
    "AR": (["${}", "$ {}", "{} pesos"], ".", 30000, 150000, 5000),
    "BR": (["R$ {}", "R${}", "R$ {},00"], ".", 150, 600, 50),
    "ES": (["{}€", "{} €", "€{}", "{} euros"], ".", 60, 250, 10),
    "FR": (["{}€", "{} €", "{} euros"], " ", 80, 300, 10),
    "DE": (["{}€", "{} €", "{} Euro", "{},- €"], ".", 80, 300, 10),
    "IT": (["{}€", "€ {}", "{} euro"], ".", 60, 250, 10),
    "PL": (["{} zł", "{}zł", "{} PLN"], " ", 250, 800, 50),
    "RO": (["{} lei", "{} RON", "{}lei"], ".", 300, 900, 50),
    "UA": (["{} грн", "{} грн.", "{}₴"], " ", 1000, 4000, 100),
    "RU": (["{} руб.", "{} ₽", "{}р", "{} рублей"], " ", 3000, 15000, 500),
    "TR": (["{} TL", "₺{}", "{}₺"], ".", 1500, 6000, 250),
    "AE": (["AED {}", "{} AED", "{} درهم", "{} dhs"], ",", 300, 1000, 50),
    "SA": (["{} ريال", "SAR {}", "{} ر.س"], ",", 300, 1200, 50),
    "EG": (["{} جنيه", "EGP {}", "{} ج.م"], ",", 500, 3000, 100),
    "MA": (["{} DH", "{} dhs", "{} درهم", "{}DH"], " ", 300, 1200, 50),
    "NG": (["₦{}", "N{}", "{} naira"], ",", 20000, 80000, 5000),
    "KE": (["KSh {}", "Ksh{}", "{}/="], ",", 3000, 10000, 500),
    "GH": (["GH₵ {}", "GHS {}", "GH₵{}"], ",", 300, 1500, 50),
    "ZA": (["R{}", "R {}", "ZAR {}"], " ", 500, 1500, 50),
    "TH": (["{} บาท", "฿{}", "{}฿"], ",", 1000, 4000, 100),
    "VN": (["{}đ", "{} VNĐ", "{}₫"], ".", 300000, 900000, 50000),
    "ID": (["Rp {}", "Rp{}", "IDR {}"], ".", 300000, 900000, 50000),
    "MY": (["RM{}", "RM {}", "MYR {}"], ",", 150, 450, 10),
    "PH": (["₱{}", "P{}", "PHP {}"], ",", 1500, 5000, 100),
    "KR": (["{}만원", "{}만", "₩{}0000"], ",", 10, 25, 1),
    "CN": (["{}元", "¥{}", "{}块"], "", 300, 1500, 100),
    "TW": (["{}元", "NT${}", "{}"], ",", 2000, 6000, 100),
    "BD": (["৳{}", "{} টাকা", "{} tk"], ",", 2000, 8000, 500),
    "PK": (["Rs. {}", "{} روپے", "PKR {}"], ",", 3000, 15000, 500),
}

PRICE_MULT = {"service": [1], "rent": [6, 8, 10, 12], "salary": [10, 15, 20], "item": [2, 3, 5],
              "car": [30, 40, 50, 60]}


def price(rng, country, kind="service", neutral=False):
    fmts, sep, lo, hi, step = PRICE[country]
    n = rng.randrange(lo, hi + 1, step) * rng.choice(PRICE_MULT[kind])
    if country == "KR":
        return rng.choice(["{}만원", "{}만"]).format(n)
    amount = group3(n, sep) if sep else str(n)
    if neutral:
        return amount
    return rng.choice(fmts).format(amount)


AGE_FMT = {
    "en": ["{} y/o", "{}yo", "age {}", "{} years old", "{}yrs"],
    "es": ["{} años", "edad {}", "{} añitos"],
    "pt": ["{} anos", "{}a"],
    "fr": ["{} ans"], "de": ["{} Jahre", "{} J."], "it": ["{} anni"], "pl": ["{} lat"],
    "ro": ["{} ani"], "tr": ["{} yaşında", "{} yaş"], "ja": ["{}歳"], "zh": ["{}岁"],
    "zh-TW": ["{}歲"], "ko": ["{}세", "{}살"], "th": ["{} ปี"], "vi": ["{} tuổi"],
    "ar": ["{} سنة", "{} عاما"], "bn": ["{} বছর"], "hi": ["{} साल"], "ur": ["{} سال"],
    "id": ["{} thn", "umur {}", "usia {}"], "ms": ["{} tahun", "umur {}"], "tl": ["{} yrs old", "{} y/o"],
    "sw": ["miaka {}", "{} yrs"],
}


def age(rng, lang):
    n = rng.randint(19, 34)
    if lang == "ru":
        if n % 10 == 1 and n != 11:
            w = "год"
        elif n % 10 in (2, 3, 4) and n not in (12, 13, 14):
            w = "года"
        else:
            w = "лет"
        return "%d %s" % (n, w)
    if lang == "uk":
        if n % 10 == 1 and n != 11:
            w = "рік"
        elif n % 10 in (2, 3, 4) and n not in (12, 13, 14):
            w = "роки"
        else:
            w = "років"
        return "%d %s" % (n, w)
    return rng.choice(AGE_FMT.get(lang, AGE_FMT["en"])).format(n)


def height(rng, lang):
    cm = rng.randint(150, 178)
    if lang in ("en", "tl", "sw"):
        inches = round(cm / 2.54)
        ft, inch = divmod(inches, 12)
        return rng.choice(["%d'%d" % (ft, inch), "%d'%d\"" % (ft, inch), "%dft %din" % (ft, inch),
                           "%d cm" % cm])
    if lang in ("ja", "zh", "zh-TW", "ko", "th", "vi"):
        return "%dcm" % cm
    if lang in ("ru", "uk"):
        return "%d см" % cm
    return rng.choice(["1,%02d m" % (cm - 100), "1.%02d" % (cm - 100), "%d cm" % cm, "1,%02d" % (cm - 100)])


def measurements(rng, lang):
    if lang in ("en", "tl", "sw"):
        b = rng.choice([32, 34, 34, 36, 38])
        return rng.choice(["%d-%d-%d" % (b, rng.randint(23, 28), rng.randint(34, 38)),
                           "%d%s-%d-%d" % (b, rng.choice("BCDD"), rng.randint(23, 28), rng.randint(34, 38)),
                           "%d%s" % (b, rng.choice(["C", "D", "DD"]))])
    if lang == "ja":
        return "B%d(%s) W%d H%d" % (rng.randint(80, 95), rng.choice("CDEFG"), rng.randint(55, 60),
                                    rng.randint(82, 90))
    return "%d-%d-%d" % (rng.choice([85, 88, 90, 92, 95]), rng.choice([58, 60, 62, 65]),
                         rng.choice([88, 90, 92, 95]))


def date(rng, lang, country):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = 2026
    if lang in ("ja", "zh", "zh-TW"):
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d月%d日" % (m, d)])
    if lang == "ko":
        return rng.choice(["%d.%02d.%02d" % (y, m, d), "%d월 %d일" % (m, d)])
    if country == "US":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d" % (m, d)])
    if lang in ("de", "pl", "ru", "uk", "ro", "tr"):
        return rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d.%02d." % (d, m)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d" % (d, m), "%d-%02d-%02d" % (y, m, d),
                       "%02d-%02d-%d" % (d, m, y)])


HOURS = {
    "en": ["10am-2am", "9am - 11pm", "24/7", "10:00-22:00", "11am till late", "24 hrs"],
    "es": ["10:00 a 22:00", "de 9 a 21 hs", "24 hs", "10am-10pm", "lunes a sábado 10:00-20:00"],
    "pt": ["das 9h às 22h", "24h", "10h-20h", "seg a sáb 9h às 21h"],
    "fr": ["de 10h à 20h", "9h-21h", "7j/7 10h-22h", "24h/24"],
    "de": ["10-22 Uhr", "Mo-Sa 10:00-20:00", "täglich 9-21 Uhr", "rund um die Uhr"],
    "it": ["dalle 10 alle 22", "h24", "10:00-21:00"],
    "pl": ["10:00-22:00", "pon-sob 9-21", "całą dobę"],
    "ro": ["10:00-22:00", "non-stop", "L-S 9-21"],
    "tr": ["10:00-22:00", "7/24", "09.00-21.00"],
    "ru": ["с 10:00 до 23:00", "круглосуточно", "10:00-22:00"],
    "uk": ["з 10:00 до 22:00", "цілодобово", "9:00-21:00"],
    "ja": ["10:00～24:00", "12時～翌5時", "24時間営業"],
    "zh": ["10:00-24:00", "24小时", "上午10点到凌晨2点"],
    "zh-TW": ["10:00-24:00", "24小時", "中午12點至凌晨3點"],
    "ko": ["오전 10시~새벽 4시", "24시간", "10:00~24:00"],
    "th": ["10.00-22.00 น.", "เปิด 24 ชม.", "11:00-23:00"],
    "vi": ["9h-22h", "8h - 23h", "24/7"],
    "ar": ["من 10 صباحاً إلى 12 مساءً", "24 ساعة", "10am-12am"],
    "bn": ["সকাল ১০টা - রাত ১০টা", "24 ঘণ্টা"],
    "hi": ["सुबह 10 से रात 10 बजे तक", "24 घंटे"],
    "ur": ["صبح 10 سے رات 11 بجے تک", "24 گھنٹے"],
    "id": ["10.00-22.00 WIB", "24 jam", "jam 9 pagi - 9 malam"],
    "ms": ["10pg - 12mlm", "24 jam"],
    "tl": ["10am-12mn", "24/7"],
    "sw": ["saa nne asubuhi hadi saa nne usiku", "24/7"],
}

ORDER = {
    "en": ["Order #{}", "order no. {}", "Ref: {}", "Invoice {}", "Booking ref {}"],
    "es": ["Pedido #{}", "N° de orden {}", "Ref. {}", "Folio {}"],
    "pt": ["Pedido nº {}", "Protocolo {}", "Ref. {}"],
    "fr": ["Commande n° {}", "Réf. {}"], "de": ["Bestellnr. {}", "Auftragsnummer {}", "Ref.-Nr. {}"],
    "it": ["Ordine n. {}", "Rif. {}"], "pl": ["Zamówienie nr {}"], "ro": ["Comanda nr. {}"],
    "tr": ["Sipariş no: {}"], "ru": ["Заказ № {}"], "uk": ["Замовлення № {}"], "ja": ["注文番号 {}"],
    "zh": ["订单号 {}"], "zh-TW": ["訂單編號 {}"], "ko": ["주문번호 {}"], "id": ["No. pesanan {}"],
    "ms": ["No. tempahan {}"], "ar": ["رقم الطلب {}"], "vi": ["Mã đơn {}"], "th": ["เลขที่คำสั่งซื้อ {}"],
}


def order_number(rng, lang):
    shape = rng.choice(["d7", "d10", "amz", "alnum", "year"])
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if shape == "d7":
        v = str(rng.randint(1, 9)) + r(6)
    elif shape == "d10":
        v = str(rng.randint(1, 9)) + r(9)
    elif shape == "amz":
        v = "%s-%s-%s" % (r(3), r(7), r(7))
    elif shape == "alnum":
        v = "%s%s-%s" % (rng.choice("ABCDEFGHKMNPRSTWXZ"), rng.choice("ABCDEFGHKMNPRSTWXZ"), r(6))
    else:
        v = "2026%02d%02d-%s" % (rng.randint(1, 12), rng.randint(1, 28), r(4))
    return rng.choice(ORDER.get(lang, ORDER["en"])).format(v)


def tracking_number(rng, country, neutral=False):
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if neutral:  # nothing that names a country
        shape = rng.choice(["ups", "dhl10", "dhlde"])
    else:
        shape = rng.choice(["ups", "s10", "dhl10", "usps", "dhlde", "s10"])
    if shape == "ups":
        v = "1Z%s%s%s" % (L(3), r(3), r(10))
    elif shape == "s10":
        v = "%s%s%s" % (rng.choice(["RR", "LB", "EE", "RA", "LP", "CP"]), r(9), country)
    elif shape == "dhl10":
        v = r(10)
    elif shape == "usps":
        v = "9400 " + " ".join(r(4) for _ in range(4)) + " " + r(2)
    else:
        v = "00" + r(18)
    label = {"ups": "UPS", "s10": "tracking", "dhl10": "DHL waybill", "usps": "USPS", "dhlde": "DHL"}[shape]
    return "%s %s" % (label, v)


def _rut(rng):
    n = rng.randint(6000000, 24999999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return "%s-%s" % (group3(n, "."), dv)


def _cpf(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        d.append((s * 10) % 11 % 10)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def _dni_es(rng):
    n = rng.randint(10000000, 79999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def natid(rng, country):
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    f = {
        "CL": lambda: "RUT " + _rut(rng),
        "AR": lambda: "DNI " + group3(rng.randint(20000000, 45999999), "."),
        "ES": lambda: "DNI " + _dni_es(rng),
        "BR": lambda: "CPF " + _cpf(rng),
        "MX": lambda: "CURP " + L(4) + "%02d%02d%02d" % (rng.randint(70, 99), rng.randint(1, 12), rng.randint(1, 28))
        + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "MC", "PL"]) + L(3) + r(2),
        "CO": lambda: "C.C. " + group3(rng.randint(1000000000, 1099999999), "."),
        "PE": lambda: "DNI " + str(rng.randint(40000000, 79999999)),
        "EC": lambda: "C.I. 09" + str(rng.randint(0, 5)) + r(7),
        "IN": lambda: "Aadhaar " + str(rng.randint(2, 9)) + r(3) + " " + r(4) + " " + r(4),
        "PL": lambda: "PESEL " + "%02d%02d%02d" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28)) + r(5),
        "RO": lambda: "CNP " + rng.choice("12") + "%02d%02d%02d" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28)) + r(6),
        "TR": lambda: "TC Kimlik No " + str(rng.randint(1, 9)) + r(10),
        "ZA": lambda: "ID " + "%02d%02d%02d" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28)) + r(7),
        "NG": lambda: "NIN " + str(rng.randint(1, 9)) + r(10),
        "KE": lambda: "ID No. " + str(rng.randint(2, 3)) + r(7),
        "EG": lambda: "الرقم القومي " + rng.choice("23") + r(13),
        "FR": lambda: "n° sécu " + rng.choice("12") + " " + " ".join([r(2), r(2), r(2), r(3), r(3), r(2)]),
        "DE": lambda: "Steuer-ID " + " ".join([r(2), r(3), r(3), r(3)]),
        "IT": lambda: "C.F. " + L(6) + r(2) + L(1) + r(2) + L(1) + r(3) + L(1),
        "GB": lambda: "NI No. " + L(2) + " " + " ".join([r(2), r(2), r(2)]) + " " + rng.choice("ABCD"),
        "US": lambda: "SSN %s-%s-%s" % (str(rng.randint(100, 665)), r(2), r(4)),
        "PH": lambda: "TIN %s-%s-%s-000" % (r(3), r(3), r(3)),
        "MY": lambda: "IC %02d%02d%02d-%02d-%s" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 14), r(4)),
        "ID": lambda: "NIK 31" + r(14),
        "TH": lambda: "เลขบัตร " + "%s %s %s %s %s" % (rng.randint(1, 3), r(4), r(5), r(2), r(1)),
        "VN": lambda: "CCCD 0" + r(11),
        "CN": lambda: "身份证 " + rng.choice(["110105", "310115", "440106", "440305"]) + "19%02d%02d%02d" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28)) + r(3) + rng.choice("0123456789X"),
        "JP": lambda: "マイナンバー " + " ".join([r(4), r(4), r(4)]),
        "KR": lambda: "주민번호 %02d%02d%02d-%s******" % (rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28), rng.choice("12")),
        "TW": lambda: "身分證 " + L(1) + rng.choice("12") + r(8),
        "BD": lambda: "NID " + r(10),
        "PK": lambda: "CNIC %s-%s-%s" % (rng.choice(["35202", "42101", "61101", "37405"]), r(7), r(1)),
        "AE": lambda: "Emirates ID 784-19%02d-%s-%s" % (rng.randint(80, 99), r(7), r(1)),
        "SA": lambda: "رقم الهوية 1" + r(9),
        "MA": lambda: "CIN " + rng.choice(["BE", "BK", "BH", "J", "A"]) + r(6),
        "RU": lambda: "ИНН " + r(12),
        "UA": lambda: "РНОКПП " + r(10),
        "CA": lambda: "SIN %s %s %s" % (r(3), r(3), r(3)),
        "AU": lambda: "TFN %s %s %s" % (r(3), r(3), r(3)),
        "GH": lambda: "GHA-%s-%s" % (r(9), r(1)),
        "SG": lambda: "NRIC S%s%s" % (r(7), L(1)),
    }
    return f[country]()


def bizid(rng, country):
    """Company / tax registration numbers in their local shape."""
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    f = {
        "AU": lambda: "ABN %s %s %s %s" % (r(2), r(3), r(3), r(3)),
        "GB": lambda: "Company No. " + r(8),
        "US": lambda: "EIN %s-%s" % (r(2), r(7)),
        "CA": lambda: "BN %sRC0001" % r(9),
        "MX": lambda: "RFC %s%02d%02d%02d%s" % (L(3), rng.randint(0, 24), rng.randint(1, 12), rng.randint(1, 28), L(1) + r(2)),
        "CO": lambda: "NIT 900.%s.%s-%s" % (r(3), r(3), r(1)),
        "PE": lambda: "RUC 20" + r(9),
        "CL": lambda: "RUT empresa 7" + _rut(rng)[1:],
        "AR": lambda: "CUIT 30-%s-%s" % (r(8), r(1)),
        "EC": lambda: "RUC 09%s001" % r(8),
        "BR": lambda: "CNPJ %s.%s.%s/0001-%s" % (r(2), r(3), r(3), r(2)),
        "ES": lambda: "CIF B" + r(8),
        "FR": lambda: "SIRET %s %s %s %s" % (r(3), r(3), r(3), r(5)),
        "DE": lambda: "USt-IdNr. DE" + r(9),
        "IT": lambda: "P.IVA " + r(11),
        "PL": lambda: "NIP %s-%s-%s-%s" % (r(3), r(3), r(2), r(2)),
        "RO": lambda: "CUI RO" + r(8),
        "UA": lambda: "ЄДРПОУ " + r(8),
        "RU": lambda: "ИНН " + str(rng.randint(1, 9)) + r(9),
        "TR": lambda: "Vergi No " + r(10),
        "AE": lambda: "TRN 100" + r(12),
        "SA": lambda: "س.ت 10" + r(8),
        "EG": lambda: "سجل تجاري " + r(6),
        "MA": lambda: "ICE " + r(15),
        "NG": lambda: "RC " + r(7),
        "KE": lambda: "KRA PIN P05%s%s" % (r(7), L(1)),
        "GH": lambda: "TIN C00" + r(8),
        "ZA": lambda: "Reg. No. 20%s/%s/07" % (r(2), r(6)),
        "IN": lambda: "GSTIN %02d%s%s1Z%s" % (rng.randint(1, 36), L(5) + r(4) + L(1), r(1), rng.choice("0123456789ABCD")),
        "PK": lambda: "NTN %s-%s" % (r(7), r(1)),
        "BD": lambda: "BIN %s-%s" % (r(9), r(4)),
        "TH": lambda: "เลขผู้เสียภาษี 0105" + r(9),
        "VN": lambda: "MST 03" + r(8),
        "ID": lambda: "NPWP %s.%s.%s.%s-%s.000" % (r(2), r(3), r(3), r(1), r(3)),
        "MY": lambda: "SSM %s (%s-%s)" % ("2019010" + r(5), r(7), L(1)),
        "PH": lambda: "DTI Reg. No. " + r(7),
        "SG": lambda: "UEN 2019%s%s" % (r(5), L(1)),
        "JP": lambda: "法人番号 " + r(13),
        "KR": lambda: "사업자등록번호 %s-%s-%s" % (r(3), r(2), r(5)),
        "CN": lambda: "统一社会信用代码 91%s%s" % (r(14), L(2)),
        "TW": lambda: "統一編號 " + r(8),
    }
    return f[country]()


def imei(rng):
    d = [int(x) for x in rng.choice(["35", "86", "35", "01"]) + "".join(rng.choice("0123456789") for _ in range(12))]
    total = 0
    for i, x in enumerate(reversed(d)):
        y = x * 2 if i % 2 == 0 else x
        total += y - 9 if y > 9 else y
    return "IMEI " + "".join(map(str, d)) + str((10 - total % 10) % 10)


# IBAN: country -> BBAN shape ('n' digit, 'a' capital letter, 'c' alnum)
IBAN_BBAN = {
    "GB": "aaaannnnnnnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnncccccccccccnn",
    "DE": "nnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "RO": "aaaacccccccccccccccc", "UA": "nnnnnnccccccccccccccccccc", "TR": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "AE": "nnnnnnnnnnnnnnnnnnn", "SA": "nnnnnnnnnnnnnnnnnnnnnn", "EG": "nnnnnnnnnnnnnnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnnnac", "PK": "aaaannnnnnnnnnnnnnnn",
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
              "PK": ["SCBL", "HABB", "MUCB"]}


def iban(rng, country):
    shape = IBAN_BBAN[country]
    bban = []
    for ch in shape:
        if ch == "n":
            bban.append(rng.choice("0123456789"))
        elif ch == "a":
            bban.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            bban.append(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    bban = "".join(bban)
    if country in IBAN_BANKS:
        bban = rng.choice(IBAN_BANKS[country]) + bban[4:]
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (country, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def postcode(rng, country):
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTUWXY")
    f = {
        "GB": lambda: "%s%s%d %d%s%s" % (L(), L(), rng.randint(1, 20), rng.randint(1, 9), L(), L()),
        "AU": lambda: str(rng.choice([2, 3, 4, 5, 6])) + r(3),
        "US": lambda: str(rng.randint(10000, 99950)),
        "CA": lambda: "%s%d%s %d%s%d" % (rng.choice("KLMNPRTV"), rng.randint(1, 9), L(), rng.randint(1, 9), L(), rng.randint(1, 9)),
        "DE": lambda: "%05d" % rng.randint(10115, 99998), "FR": lambda: "%05d" % rng.randint(1000, 95999),
        "ES": lambda: "%05d" % rng.randint(1001, 52999), "IT": lambda: "%05d" % rng.randint(10, 98168),
        "BR": lambda: "%05d-%s" % (rng.randint(1000, 99999), r(3)), "IN": lambda: str(rng.randint(110001, 855999)),
        "PL": lambda: "%02d-%s" % (rng.randint(0, 99), r(3)), "RO": lambda: "%06d" % rng.randint(10011, 927180),
        "RU": lambda: str(rng.randint(101000, 692999)), "UA": lambda: "%05d" % rng.randint(1001, 99999),
        "TR": lambda: "%05d" % rng.randint(1000, 81999), "MX": lambda: "%05d" % rng.randint(1000, 99999),
        "CO": lambda: str(rng.randint(110111, 999999)), "AR": lambda: "%s%04d%s" % (rng.choice("CBSX"), rng.randint(1000, 9999), "".join(L() for _ in range(3))),
        "CL": lambda: str(rng.randint(7500000, 9999999)), "PE": lambda: "%05d" % rng.randint(15001, 15999),
        "EC": lambda: "%06d" % rng.randint(90101, 170999), "PH": lambda: str(rng.randint(1000, 9999)),
        "MY": lambda: "%05d" % rng.randint(10000, 98999), "ID": lambda: "%05d" % rng.randint(10110, 99999),
        "TH": lambda: "%05d" % rng.randint(10100, 96220), "VN": lambda: "%06d" % rng.randint(100000, 999999),
        "KR": lambda: "%05d" % rng.randint(1000, 63644), "JP": lambda: "〒%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999)),
        "CN": lambda: str(rng.randint(100000, 850000)), "TW": lambda: str(rng.randint(100, 983)),
        "SG": lambda: "Singapore %06d" % rng.randint(10000, 829999),
        "ZA": lambda: "%04d" % rng.randint(1, 9999), "NG": lambda: str(rng.randint(100001, 982002)),
        "KE": lambda: "%05d" % rng.randint(100, 90100), "EG": lambda: "%05d" % rng.randint(11311, 82999),
        "MA": lambda: "%05d" % rng.randint(10000, 93000), "SA": lambda: "%05d" % rng.randint(11564, 99999),
        "AE": lambda: "P.O. Box %d" % rng.randint(1000, 99999), "GH": lambda: "GA-%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999)),
        "BD": lambda: str(rng.randint(1000, 9999)), "PK": lambda: "%05d" % rng.randint(10000, 97000),
    }
    return f[country]()


EMOJI = ["💋", "🔥", "💦", "❤️", "😘", "🌹", "✨", "💯", "👉", "🍑", "🥰", "😍", "⭐", "💎", "🌸", "👑",
         "😈", "💕", "🎀", "🌺", "💖", "😉", "🙈", "✅", "📲"]
PHONE_EMOJI = ["📞", "📱", "☎️", "☎", "📲", "📞📞", "👉📱"]

NAMES = {
    "en": ["Jessica", "Amber", "Chloe", "Mia", "Ruby", "Sophie", "Bella", "Jade", "Lily", "Candy", "Nikki", "Sasha", "Destiny", "Kayla"],
    "es": ["Valentina", "Camila", "Daniela", "Sofía", "Mariana", "Luciana", "Paola", "Karla", "Lupita", "Ximena", "Yuli", "Dayana"],
    "pt": ["Bianca", "Larissa", "Thaís", "Gabi", "Jéssica", "Fernanda", "Bruna", "Rafaela", "Manu", "Duda"],
    "fr": ["Chloé", "Manon", "Léa", "Inès", "Camille", "Yasmine", "Sarah", "Océane"],
    "de": ["Lena", "Nina", "Jana", "Mia", "Sandra", "Anja", "Vanessa", "Jessy"],
    "it": ["Giulia", "Chiara", "Martina", "Sara", "Alessia", "Valeria"],
    "pl": ["Kasia", "Ola", "Magda", "Ania", "Natalia", "Monika"],
    "ro": ["Andreea", "Bianca", "Ioana", "Roxana", "Denisa", "Alina"],
    "tr": ["Elif", "Derya", "Selin", "Ece", "Buse", "Ceren"],
    "ru": ["Алина", "Катя", "Настя", "Ольга", "Вика", "Юля", "Кристина", "Даша"],
    "uk": ["Оксана", "Марина", "Ірина", "Соломія", "Юлія", "Наталя"],
    "ja": ["ゆい", "あいり", "みく", "さくら", "れな", "ひな", "まりな", "ここみ"],
    "zh": ["小雪", "小美", "莉莉", "晓晓", "佳佳", "丽丽", "欣欣"],
    "zh-TW": ["小雨", "佳佳", "Mina", "小薰", "琪琪"],
    "ko": ["지은", "수아", "민지", "하나", "유리", "서연"],
    "th": ["มายด์", "เบล", "แพรว", "ฝน", "มิ้นท์", "ปุ๊กกี้", "ไอซ์"],
    "vi": ["Linh", "Trang", "Vy", "Ngọc", "Hân", "Thảo", "My"],
    "ar": ["ليلى", "نور", "ياسمين", "سارة", "ريم", "دانة"],
    "bn": ["রিয়া", "মিম", "নুসরাত", "তানিয়া", "সাথী"],
    "hi": ["प्रिया", "नेहा", "रिया", "सिमरन", "पूजा"],
    "ur": ["عائشہ", "سارہ", "ماہی", "حنا"],
    "id": ["Putri", "Ayu", "Dewi", "Mira", "Intan", "Lina", "Sinta"],
    "ms": ["Siti", "Nurul", "Aisyah", "Mira", "Farah", "Lina"],
    "tl": ["Jasmine", "Angel", "Joy", "Princess", "Kim", "Mae", "Cherry"],
    "sw": ["Amani", "Wanjiku", "Zawadi", "Achieng", "Neema", "Shiro"],
}

BRANDS = ["classiboard", "adzone", "nightlist", "quickads", "relaxads", "vipmodels", "locals-board",
          "sugarlist", "divasclub", "postfree", "anunciate", "ad-street", "massage-guide", "citygirls",
          "hotlist", "bazaarhub", "rentboard", "jobsnow", "freeads24", "escortlist", "ads4all"]

FOOTERS = {
    "en": ["Posted via {brand}.com", "Report this ad", "© 2026 {Brand}. All rights reserved.",
           "Terms &amp; Conditions | Privacy | Contact", "Ad ID: {adid}", "Views: {views}",
           "Mention you saw me on {Brand}!", "Reply to this ad · Save · Share", "Posted {hours} hours ago"],
    "es": ["Publicado en {Brand}", "Denunciar anuncio", "Anuncio ID {adid}", "Visitas: {views}",
           "© 2026 {Brand} - Todos los derechos reservados", "Dime que me viste en {Brand} 😘"],
    "pt": ["Anúncio publicado no {Brand}", "Denunciar anúncio", "Cód. anúncio {adid}", "Visualizações: {views}"],
    "fr": ["Annonce publiée sur {Brand}", "Signaler l'annonce", "Réf. annonce {adid}", "Vues : {views}"],
    "de": ["Anzeige melden", "Anzeigen-ID {adid}", "Aufrufe: {views}", "Gepostet über {Brand}"],
    "it": ["Segnala annuncio", "Annuncio n. {adid}", "Visite: {views}"],
    "pl": ["Zgłoś ogłoszenie", "ID ogłoszenia: {adid}", "Wyświetlenia: {views}"],
    "ro": ["Raportează anunțul", "ID anunț: {adid}", "Vizualizări: {views}"],
    "tr": ["İlanı şikayet et", "İlan no: {adid}", "Görüntülenme: {views}"],
    "ru": ["Пожаловаться на объявление", "№ объявления {adid}", "Просмотров: {views}"],
    "uk": ["Поскаржитися", "ID оголошення: {adid}", "Переглядів: {views}"],
    "ja": ["広告ID：{adid}", "この広告を通報する", "閲覧数 {views}"],
    "zh": ["信息编号：{adid}", "举报此信息", "浏览 {views} 次"],
    "zh-TW": ["刊登編號：{adid}", "檢舉此廣告", "瀏覽 {views} 次"],
    "ko": ["게시물 번호 {adid}", "신고하기", "조회수 {views}"],
    "th": ["รหัสประกาศ {adid}", "แจ้งลบ", "เข้าชม {views} ครั้ง"],
    "vi": ["Mã tin: {adid}", "Báo cáo tin", "Lượt xem: {views}"],
    "ar": ["رقم الإعلان {adid}", "الإبلاغ عن الإعلان", "المشاهدات: {views}"],
    "bn": ["বিজ্ঞাপন আইডি {adid}", "রিপোর্ট করুন"],
    "hi": ["विज्ञापन आईडी {adid}", "रिपोर्ट करें"],
    "ur": ["اشتہار نمبر {adid}", "رپورٹ کریں"],
    "id": ["ID iklan: {adid}", "Laporkan iklan", "Dilihat {views} kali"],
    "ms": ["ID iklan: {adid}", "Laporkan iklan ini"],
    "tl": ["Ad ID: {adid}", "I-report ang ad"],
    "sw": ["Tangazo namba {adid}", "Ripoti tangazo"],
}


def footer(rng, lang):
    f = rng.choice(FOOTERS.get(lang, FOOTERS["en"]))
    b = rng.choice(BRANDS)
    kinds = []
    if "{adid}" in f:
        kinds.append("ad_id")
    if "{views}" in f:
        kinds.append("counter")
    s = f.format(brand=b, Brand=b.replace("-", " ").title().replace(" ", ""),
                 adid=str(rng.randint(100000, 99999999)), views=group3(rng.randint(80, 25000), ","),
                 hours=rng.randint(2, 23))
    return s, kinds


def neutral_url(rng):
    b = rng.choice(BRANDS)
    tld = rng.choice([".com", ".com", ".net", ".org", ".xxx", ".io", ".app"])
    path = rng.choice(["/ad/", "/ads/", "/listing/", "/post/", "/item/", "/v/"])
    slug = rng.choice(["massage", "escort", "companion", "room", "job", "sale", "vip", "new", "relax", "spa"])
    return "https://%s%s%s%s-%d" % (rng.choice(["www.", "", "m."]), b, tld, path + slug, rng.randint(100000, 9999999))


# ---------------------------------------------------------------------------
# a post under construction

SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Post:
    def __init__(self, ctx, group, country, lang):
        self.ctx = ctx
        self.rng = ctx.rng
        self.group = group
        self.country = country
        self.lang = lang
        self.vals = {}
        self.phones = {}      # slot -> dict(e164, raw, region, class, region_source)
        self.ambs = {}        # slot -> dict(raw, regions)
        self.decoys = []
        self.neutral = False  # no currency, IDs, postcodes or other country cues
        self.occ = []         # (field, position, slot)
        self.extra = {}       # url, site, location, region
        self.place_cue = None

    # -- numbers -------------------------------------------------------------
    def take(self, country, want=None):
        e = self.ctx.numbers.take(country, want)
        if e is None:
            raise SystemExit("pool exhausted for %s (%s)" % (country, self.ctx.split))
        return e

    def add_phone(self, slot, country, form, source, entry=None, **kw):
        rng = self.rng
        e = entry or self.take(country)
        if form == "national":
            raw, cls = render_national(rng, country, e, script=kw.get("script"))
        elif form == "intl":
            raw, cls = render_intl(rng, country, e, kw.get("style"))
        elif form == "split":
            raw, cls = render_split(rng, country, e)
        elif form == "spaced":
            raw, cls = render_spaced(rng, country, e)
        elif form == "words":
            raw, cls = render_words(rng, country, e, kw.get("lang", self.lang), kw.get("upper", False))
        else:
            raise ValueError(form)
        self.phones[slot] = {"e164": e["e164"], "raw": raw, "region": country, "class": cls,
                             "region_source": source}
        return e

    def add_ambiguous(self, slot, country, entry):
        raw, _ = render_national(self.rng, country, entry, same_digits_as=amb_form(country, entry))
        regions = sorted([country] + entry["amb"])
        self.ambs[slot] = {"raw": raw, "regions": regions}

    # -- slots ---------------------------------------------------------------
    def slot(self, name):
        rng = self.rng
        c, lang = self.country, self.lang
        if name == "e":
            return rng.choice(EMOJI)
        if name == "ee":
            return "".join(rng.sample(EMOJI, 2))
        if name == "eee":
            return "".join(rng.sample(EMOJI, 3))
        if name == "ep":
            return rng.choice(PHONE_EMOJI)
        if name.endswith("_U"):
            return self.slot(name[:-2]).upper()
        if name in self.vals:
            return self.vals[name]
        v = self.make_slot(name)
        self.vals[name] = v
        return v

    def decoy(self, kind):
        if kind not in self.decoys:
            self.decoys.append(kind)

    def make_slot(self, name):
        rng, c, lang = self.rng, self.country, self.lang
        base = lang.split("-")[0] if lang != "zh-TW" else lang
        if name == "name":
            return rng.choice(NAMES.get(lang, NAMES.get(base, NAMES["en"])))
        if name in ("price", "price2", "rent", "salary", "item", "car"):
            kind = {"price": "service", "price2": "service", "rent": "rent", "salary": "salary", "item": "item",
                    "car": "car"}[name]
            self.decoy("price")
            return price(rng, c, kind, neutral=self.neutral)
        if name == "age":
            self.decoy("age")
            return age(rng, lang)
        if name == "height":
            self.decoy("height")
            return height(rng, lang)
        if name == "meas":
            self.decoy("measurements")
            return measurements(rng, lang)
        if name == "date":
            self.decoy("date")
            return date(rng, lang, c if not self.neutral else "ZZ")
        if name == "hours":
            self.decoy("time")
            return rng.choice(HOURS.get(lang, HOURS.get(base, HOURS["en"])))
        if name == "order":
            self.decoy("order_number")
            return order_number(rng, lang)
        if name == "track":
            self.decoy("tracking_number")
            return tracking_number(rng, c, self.neutral)
        if name == "natid":
            self.decoy("national_id")
            return natid(rng, c)
        if name == "iban":
            self.decoy("iban")
            return iban(rng, c)
        if name == "bizid":
            self.decoy("business_id")
            return bizid(rng, c)
        if name == "imei":
            self.decoy("imei")
            return imei(rng)
        if name == "postcode":
            self.decoy("postcode")
            return postcode(rng, c)
        if name == "footer":
            s, kinds = footer(rng, lang)
            for k in kinds:
                self.decoy(k)
            return s
        if name == "km":
            self.decoy("mileage")
            n = rng.randrange(15000, 190000, 500)
            return rng.choice([group3(n, ",") + " km", group3(n, ".") + " km", "%dkm" % n, group3(n, " ") + " km"])
        if name == "weight":
            self.decoy("weight")
            return rng.choice(["%dkg" % rng.randint(45, 65), "%d kg" % rng.randint(45, 65)])
        if name == "year":
            self.decoy("year")
            return str(rng.randint(2012, 2023))
        if name == "lineid":
            return rng.choice(["yui", "momo", "rena", "hina", "sakura", "miku", "love", "angel"]) + \
                rng.choice(["_", ".", ""]) + rng.choice(["chan", "xx", "jp", "777", "88", "99"])
        raise KeyError("unknown slot %s" % name)

    def fill(self, tpl, field):
        out = []
        pos = 0
        n = 0
        for m in SLOT_RE.finditer(tpl):
            chunk = tpl[pos:m.start()]
            out.append(chunk)
            n += len(chunk)
            name = m.group(1)
            if name in self.phones:
                v = self.phones[name]["raw"]
                self.occ.append((field, n, name))
            elif name in self.ambs:
                v = self.ambs[name]["raw"]
                self.occ.append((field, n, name))
            else:
                v = self.slot(name)
            out.append(v)
            n += len(v)
            pos = m.end()
        out.append(tpl[pos:])
        return "".join(out)

    def finish(self, pid, title_tpl, body_tpl, posted_at):
        if "{footer}" not in body_tpl and self.rng.random() < 0.15:
            body_tpl = body_tpl + self.rng.choice(["\n", "\n\n", "\n---\n"]) + "{footer}"
        title = self.fill(title_tpl, "title")
        body = self.fill(html_dress(self.rng, body_tpl), "body")
        phones, ambs = [], []
        order = {"title": 0, "body": 1}
        for field, n, slot in sorted(self.occ, key=lambda t: (order[t[0]], t[1])):
            if slot in self.phones:
                p = self.phones[slot]
                phones.append({"e164": p["e164"], "raw": p["raw"], "field": field, "class": p["class"],
                               "region_source": p["region_source"], "region": p["region"]})
            else:
                a = self.ambs[slot]
                ambs.append({"raw": a["raw"], "field": field, "regions": a["regions"]})
        rec = {"id": pid, "title": title, "body": body, "posted_at": posted_at}
        for k in ("url", "site", "location", "region"):
            if k in self.extra:
                rec[k] = self.extra[k]
        rec["labels"] = {
            "group": self.group,
            "country": self.country,
            "lang": self.lang,
            "phones": phones,
            "ambiguous": ambs,
            "decoys": sorted(self.decoys),
            "place_cue": self.place_cue,
        }
        return rec


def html_dress(rng, body):
    """HTML left-overs of scraped ads, applied to the template (never inside a
    filled-in value)."""
    x = rng.random()
    if x < 0.14:
        body = body.replace("\n", "<br>\n")
    elif x < 0.22:
        body = body.replace("\n", "<br>")
    elif x < 0.27:
        body = body.replace("\n", "<br />")
    elif x < 0.31:
        body = "<p>" + body.replace("\n", "</p><p>") + "</p>"
    elif x < 0.36:
        lines = body.split("\n")
        lines[0] = "<b>" + lines[0] + "</b>"
        body = "<br>".join(lines)
    if rng.random() < 0.12:
        idx = [m.start() for m in re.finditer(" ", body)]
        # only spaces outside {slots}
        depth = []
        inside = set()
        for m in SLOT_RE.finditer(body):
            inside.update(range(m.start(), m.end()))
        idx = [i for i in idx if i not in inside]
        for i in sorted(rng.sample(idx, min(len(idx), rng.randint(1, 3))), reverse=True):
            body = body[:i] + "&nbsp;" + body[i + 1:]
    if " & " in body and rng.random() < 0.6:
        body = body.replace(" & ", " &amp; ")
    return body


# ===========================================================================
# group 1: script -- the place is named in the country's own script
# ===========================================================================

# (ward or city, area, nearest station)
JP_PLACES = [("新宿区", "歌舞伎町", "新宿駅"), ("豊島区", "池袋", "池袋駅"), ("渋谷区", "渋谷", "渋谷駅"),
             ("品川区", "五反田", "五反田駅"), ("台東区", "鶯谷", "鶯谷駅"), ("墨田区", "錦糸町", "錦糸町駅"),
             ("港区", "六本木", "六本木駅"), ("大田区", "蒲田", "蒲田駅"), ("大阪市北区", "梅田", "梅田駅"),
             ("大阪市中央区", "難波", "なんば駅"), ("大阪市淀川区", "十三", "十三駅"), ("名古屋市中区", "栄", "栄駅"),
             ("福岡市博多区", "中洲", "中洲川端駅"), ("札幌市中央区", "すすきの", "すすきの駅"),
             ("横浜市中区", "関内", "関内駅"), ("川崎市川崎区", "堀之内", "川崎駅"), ("神戸市中央区", "三宮", "三宮駅"),
             ("仙台市青葉区", "国分町", "勾当台公園駅"), ("広島市中区", "流川", "八丁堀駅"),
             ("さいたま市大宮区", "大宮", "大宮駅"), ("町田市", "町田", "町田駅"), ("船橋市", "船橋", "船橋駅"),
             ("千葉市中央区", "栄町", "千葉駅"), ("那覇市", "国際通り", "県庁前駅")]
CN_PLACES = [("北京", "朝阳区"), ("上海", "浦东新区"), ("广州", "天河区"), ("深圳", "福田区"), ("深圳", "南山区"),
             ("成都", "锦江区"), ("杭州", "西湖区"), ("重庆", "渝中区"), ("武汉", "江汉区"), ("西安", "雁塔区"),
             ("南京", "玄武区"), ("天津", "和平区"), ("长沙", "岳麓区"), ("郑州", "金水区"), ("东莞", "南城"),
             ("佛山", "南海区"), ("青岛", "市南区"), ("大连", "中山区"), ("厦门", "思明区"), ("昆明", "五华区"),
             ("合肥", "蜀山区"), ("济南", "历下区"), ("南宁", "青秀区"), ("三亚", "吉阳区"), ("苏州", "姑苏区"),
             ("宁波", "鄞州区"), ("无锡", "滨湖区"), ("沈阳", "沈河区")]
TW_PLACES = [("台北市", "信義區"), ("台北市", "大安區"), ("台北市", "中山區"), ("新北市", "板橋區"),
             ("新北市", "三重區"), ("桃園市", "中壢區"), ("台中市", "西屯區"), ("台中市", "北屯區"),
             ("高雄市", "苓雅區"), ("高雄市", "左營區"), ("台南市", "東區"), ("新竹市", "東區"),
             ("基隆市", "仁愛區"), ("嘉義市", "西區"), ("臺北市", "萬華區")]
SEA_ZH_PLACES = {"SG": ["新加坡芽笼", "新加坡乌节路", "牛车水", "裕廊东", "兀兰", "淡滨尼", "盛港", "新加坡"],
                 "MY": ["吉隆坡", "吉隆坡武吉免登", "新山", "槟城", "怡保", "马六甲", "八打灵再也", "巴生",
                        "蒲种", "吉隆坡甲洞"]}
KR_PLACES = [("서울", "강남구", "강남역"), ("서울", "마포구", "홍대입구역"), ("서울", "관악구", "신림역"),
             ("부산", "부산진구", "서면"), ("부산", "해운대구", "해운대"), ("인천", "부평구", "부평역"),
             ("대구", "중구", "동성로"), ("수원", "팔달구", "인계동"), ("대전", "유성구", "유성온천역"),
             ("성남", "분당구", "서현역"), ("고양", "일산동구", "라페스타"), ("광주", "서구", "상무지구"),
             ("울산", "남구", "삼산동"), ("제주", "제주시", "연동")]
TH_PLACES = [("กรุงเทพฯ", "สุขุมวิท"), ("กรุงเทพฯ", "รัชดา"), ("กรุงเทพฯ", "สีลม"), ("กรุงเทพฯ", "อโศก"),
             ("กรุงเทพฯ", "บางนา"), ("กรุงเทพฯ", "ห้วยขวาง"), ("ชลบุรี", "พัทยา"), ("เชียงใหม่", "นิมมาน"),
             ("ภูเก็ต", "ป่าตอง"), ("ขอนแก่น", "ในเมือง"), ("สงขลา", "หาดใหญ่"), ("นนทบุรี", "งามวงศ์วาน"),
             ("นครราชสีมา", "โคราช"), ("อุดรธานี", "ยูดีทาวน์")]
# (nominative, locative with preposition)
RU_PLACES = [("Москва", "в Москве"), ("Санкт-Петербург", "в Санкт-Петербурге"), ("Новосибирск", "в Новосибирске"),
             ("Екатеринбург", "в Екатеринбурге"), ("Казань", "в Казани"), ("Нижний Новгород", "в Нижнем Новгороде"),
             ("Самара", "в Самаре"), ("Краснодар", "в Краснодаре"), ("Тюмень", "в Тюмени"), ("Ижевск", "в Ижевске"),
             ("Барнаул", "в Барнауле"), ("Ульяновск", "в Ульяновске"), ("Иркутск", "в Иркутске"),
             ("Хабаровск", "в Хабаровске"), ("Ярославль", "в Ярославле"), ("Владивосток", "во Владивостоке"),
             ("Махачкала", "в Махачкале"), ("Томск", "в Томске"), ("Оренбург", "в Оренбурге"),
             ("Кемерово", "в Кемерово"), ("Рязань", "в Рязани"), ("Астрахань", "в Астрахани"), ("Пенза", "в Пензе"),
             ("Липецк", "в Липецке"), ("Киров", "в Кирове"), ("Чебоксары", "в Чебоксарах"), ("Тула", "в Туле"),
             ("Калининград", "в Калининграде"), ("Курск", "в Курске"), ("Сочи", "в Сочи"),
             ("Ставрополь", "в Ставрополе"), ("Тверь", "в Твери"), ("Иваново", "в Иваново"), ("Брянск", "в Брянске"),
             ("Белгород", "в Белгороде"), ("Сургут", "в Сургуте"), ("Владимир", "во Владимире"),
             ("Архангельск", "в Архангельске"), ("Чита", "в Чите"), ("Смоленск", "в Смоленске"),
             ("Калуга", "в Калуге"), ("Вологда", "в Вологде"), ("Череповец", "в Череповце"),
             ("Мурманск", "в Мурманске"), ("Тамбов", "в Тамбове"), ("Кострома", "в Костроме"),
             ("Петрозаводск", "в Петрозаводске"), ("Новороссийск", "в Новороссийске"), ("Таганрог", "в Таганроге"),
             ("Сыктывкар", "в Сыктывкаре"), ("Нальчик", "в Нальчике"), ("Стерлитамак", "в Стерлитамаке"),
             ("Йошкар-Ола", "в Йошкар-Оле")]
# Ukrainian cities written in Russian (Russian-language ads from Ukraine)
UA_RU_PLACES = [("Киев", "в Киеве"), ("Харьков", "в Харькове"), ("Одесса", "в Одессе"), ("Днепр", "в Днепре"),
                ("Запорожье", "в Запорожье"), ("Львов", "во Львове"), ("Николаев", "в Николаеве"),
                ("Винница", "в Виннице"), ("Полтава", "в Полтаве"), ("Черкассы", "в Черкассах"),
                ("Житомир", "в Житомире"), ("Сумы", "в Сумах"), ("Кривой Рог", "в Кривом Роге"),
                ("Херсон", "в Херсоне"), ("Чернигов", "в Чернигове")]
UA_UK_PLACES = [("Київ", "у Києві"), ("Харків", "у Харкові"), ("Одеса", "в Одесі"), ("Дніпро", "у Дніпрі"),
                ("Львів", "у Львові"), ("Запоріжжя", "у Запоріжжі"), ("Вінниця", "у Вінниці"),
                ("Полтава", "у Полтаві"), ("Чернігів", "у Чернігові"), ("Черкаси", "у Черкасах"),
                ("Житомир", "у Житомирі"), ("Суми", "у Сумах"), ("Хмельницький", "у Хмельницькому"),
                ("Чернівці", "у Чернівцях"), ("Рівне", "у Рівному"), ("Івано-Франківськ", "в Івано-Франківську"),
                ("Тернопіль", "у Тернополі"), ("Луцьк", "у Луцьку"), ("Миколаїв", "у Миколаєві"),
                ("Кривий Ріг", "у Кривому Розі"), ("Ужгород", "в Ужгороді"), ("Біла Церква", "у Білій Церкві")]
AR_PLACES = {"AE": ["دبي", "أبوظبي", "الشارقة", "عجمان", "العين", "رأس الخيمة", "دبي مارينا", "ديرة", "البرشاء"],
             "SA": ["الرياض", "جدة", "مكة المكرمة", "الدمام", "الخبر", "المدينة المنورة", "الطائف", "أبها", "تبوك"],
             "EG": ["القاهرة", "الإسكندرية", "الجيزة", "مدينة نصر", "المعادي", "الزمالك", "المنصورة", "طنطا",
                    "أسيوط", "الغردقة", "شرم الشيخ"],
             "MA": ["الدار البيضاء", "الرباط", "مراكش", "طنجة", "فاس", "أكادير", "مكناس", "وجدة", "القنيطرة"]}
BN_PLACES = {"BD": ["ঢাকা", "গুলশান", "বনানী", "ধানমন্ডি", "উত্তরা", "মিরপুর", "চট্টগ্রাম", "সিলেট", "খুলনা",
                    "রাজশাহী", "কুমিল্লা", "নারায়ণগঞ্জ", "গাজীপুর"],
             "IN": ["কলকাতা", "সল্টলেক", "হাওড়া", "শিলিগুড়ি", "দুর্গাপুর", "আসানসোল", "নিউ টাউন"]}
HI_PLACES = ["दिल्ली", "नई दिल्ली", "मुंबई", "पुणे", "जयपुर", "लखनऊ", "कानपुर", "पटना", "इंदौर", "भोपाल",
             "नोएडा", "गुरुग्राम", "अहमदाबाद", "वाराणसी", "चंडीगढ़", "आगरा", "नागपुर", "सूरत", "रांची",
             "देहरादून", "लुधियाना"]
UR_PLACES = ["کراچی", "لاہور", "اسلام آباد", "راولپنڈی", "فیصل آباد", "ملتان", "پشاور", "گوجرانوالہ",
             "سیالکوٹ", "کوئٹہ", "گلبرگ لاہور", "ڈیفنس کراچی"]
VN_PLACES = [("Quận 1", "TP.HCM"), ("Quận 3", "TP.HCM"), ("Quận 7", "Sài Gòn"), ("Bình Thạnh", "TP.HCM"),
             ("Gò Vấp", "TP. Hồ Chí Minh"), ("Tân Bình", "Sài Gòn"), ("Cầu Giấy", "Hà Nội"), ("Đống Đa", "Hà Nội"),
             ("Hoàn Kiếm", "Hà Nội"), ("Hải Châu", "Đà Nẵng"), ("Ninh Kiều", "Cần Thơ"), ("Lê Chân", "Hải Phòng"),
             ("Lộc Thọ", "Nha Trang"), ("Thắng Tam", "Vũng Tàu"), ("Tân Phong", "Biên Hòa"), ("Vĩnh Ninh", "Huế")]

# variant -> (lang, countries, templates).  Place slots per variant are set in
# gen_script.  Templates: (title, body).
SCRIPT_T = {
    "ja": [
        ("【{area}】癒しのメンズエステ♡{name}",
         "{ward}{area}徒歩3分のマンションルーム✨\n完全予約制・完全個室\n{name}（{age}）身長{height}\n60分 {price}\nご予約☎ {P1}\n営業 {hours}\n※当日予約OK{e}"),
        ("{area}デリヘル★新人入店{e}",
         "{area}エリア限定！ホテル・ご自宅へお伺いします\n{name}ちゃん {age} {meas}\n🔥今だけ指名料無料🔥\nTEL：{P1}\n（非通知NG）"),
        ("急募！{ward}でフロアスタッフ",
         "{ward}{area}の店舗でスタッフ募集中\n日給{price}以上可能・寮完備\n未経験歓迎／学歴不問\n面接希望の方はお気軽にお電話ください\n📱{P1}（担当：田中）"),
        ("{area}徒歩7分 ワンルーム賃貸",
         "{ward}{area}徒歩7分、築浅ワンルーム\n家賃 {rent}／月\n敷金礼金なし・即入居可\n内見予約：{P1}\n{footer}"),
        ("{ward}在住の{name}です♡",
         "はじめまして、{ward}在住の{name}です{e}\n{area}周辺ならすぐ会えます\nLINE ID: {lineid}\nお電話はこちら {P1}\n{hours}"),
        ("{station}から徒歩2分♪新人{name}ちゃん",
         "{station}東口からすぐのプライベートルーム\n{name}（{age}）{meas}\n70分 {price}\n🈳今すぐご案内できます\n☎{P1}\n{footer}"),
        ("{station}近く 家具付き個室",
         "{ward}の{station}まで歩いて5分\n家具付き個室 {rent}\n女性限定・即入居可\n問い合わせ {P1}"),
        ("中古ロードバイク譲ります",
         "ロードバイク（{year}年モデル）を譲ります\n価格 {item}\n{ward}{area}まで取りに来られる方\n連絡先 {P1}"),
    ],
    "zh-CN": [
        ("{city}{district}上门按摩 spa{e}",
         "{city}{district}本地妹子 上门服务🌸\n{age} 身高{height} 皮肤白\n价格：{price}/小时\n电话/微信同号：{P1}\n{hours} 随叫随到"),
        ("招聘 {city}KTV 女公关 日结",
         "{city}{district}高端KTV招聘\n要求：{age}以下 形象好 气质佳\n日结工资 {price}起 包住\n联系人：王经理\n电话 {P1}"),
        ("{district}单间出租 拎包入住",
         "{city}{district}地铁口 单间出租\n月租{rent} 押一付三\n房东直租 无中介费\n看房电话：{P1}（李女士）"),
        ("二手 iPhone 15 出售",
         "自用 iPhone 15 256G 九成新\n价格 {item} 可小刀\n{city}{district}可面交\n联系：{P1}\n{footer}"),
        ("{city}同城交友 {name}",
         "我是{name}，{age}，刚来{city}{e}\n住{district}附近 周末有空\n想认识新朋友的加我\n手机 {P1}"),
    ],
    "zh-TW": [
        ("{city}{district} 舒壓按摩 新人報到",
         "{city}{district}車站旁 獨立工作室\n{name} {age} 身材好 服務優{e}\n價格：{price}\n預約請撥 {P1}\nLINE同號"),
        ("誠徵 {city}酒店公關 日領",
         "{city}{district}知名酒店 誠徵公關小姐\n日領 {price}以上 可借支\n年滿十八歲 無經驗可\n聯絡電話：{P1} 陳小姐"),
        ("{district} 套房出租 近車站",
         "{city}{district} 近車站 獨立套房\n月租 {rent} 含網路\n可養寵物 可報稅\n意者請電 {P1}"),
        ("全新 Switch 出售 {city}面交",
         "全新未拆 Switch OLED\n售價 {item}\n{city}{district}面交或超商店到店\n電話 {P1}"),
    ],
    "zh-SEA": [
        ("{place} 中国按摩 新到{e}",
         "{place}附近 中国女孩 按摩 spa\n{age} 温柔 服务好\n价格 {price}\nWhatsApp / 电话：{P1}\n欢迎预约"),
        ("{place} 招聘按摩师 包吃住",
         "{place}按摩店招聘女按摩师\n包吃包住 月入{salary}以上\n工作准证可办\n有意者请联系 {P1}"),
        ("{place} 房间出租",
         "{place} 普通房出租\n月租 {rent}\n只限女生 不煮食\n电话 {P1}（微信同号）"),
        ("{place}二手冰箱便宜卖",
         "搬家清货 冰箱 洗衣机 都要卖\n{place}自取\n价格 {item}\n联系 {P1}"),
    ],
    "ko": [
        ("{area} 스웨디시 신규오픈",
         "{city} {district} {area} 도보 3분\n1인샵 프라이빗 스웨디시 💆‍♀️\n{name} 관리사 {age}\n60분 {price}\n예약 문의 ☎ {P1}\n{hours}"),
        ("{district} 고수익 알바 구해요",
         "{city} {district} 고수익 알바\n당일지급 {price} 이상\n{age} 이상 초보 환영{e}\n문자 주세요 📱 {P1}"),
        ("{area} 역세권 원룸 월세",
         "{city} {district} {area} 역세권 원룸\n월세 {rent}\n풀옵션 즉시입주\n연락처 {P1}"),
        ("{city} 아이패드 팝니다",
         "아이패드 에어 5세대 팝니다\n{item} 네고 가능\n{city} {district} 직거래만\n{P1} 로 문자주세요"),
        ("{city}{district} 출장마사지",
         "{city}{district} 전지역 출장 가능\n20대 관리사 대기중 {e}\n{price}부터\n☎{P1}"),
    ],
    "th": [
        ("นวดผ่อนคลาย {area} น้องใหม่{e}",
         "ร้านนวด {area} {city} 💆‍♀️\nน้อง{name} อายุ {age} หุ่นดี\nราคา {price}\nโทรจอง {P1}\nเปิด {hours}"),
        ("รับสมัครพนักงานนวด {city}",
         "รับสมัครพนักงานนวด สาขา{area}\nรายได้ดี {price}/วัน มีที่พักให้\nอายุ {age}ขึ้นไป\nสนใจโทร {P1} หรือแอดไลน์"),
        ("ห้องเช่า {area} รายเดือน",
         "ให้เช่าห้องพัก {area} {city}\nเดือนละ {rent} รวมเน็ต\nเข้าอยู่ได้ทันที\nติดต่อ {P1} (พี่แอน)"),
        ("ขาย iPhone มือสอง",
         "ขาย iPhone 13 สภาพ 95%\nราคา {item}\nนัดรับ{area} {city}\nโทร {P1}"),
    ],
    "ru": [
        ("Массаж {place_in} — новая девушка",
         "Приглашаю на расслабляющий массаж 💆‍♀️\n{name}, {age}, рост {height}\nЦена: {price}/час\nЗвоните: {P1}\nВремя работы {hours}"),
        ("Работа для девушек г. {place}",
         "Требуются девушки в агентство, г. {place}\nВысокий доход от {price} в день\nВозраст: {age} и старше\nЖильё предоставляем\nТел. {P1} (Анна)"),
        ("Сдам комнату, {place}",
         "Сдаю комнату {place_in}, 10 минут до центра\n{rent} в месяц + свет\nБез животных, без вредных привычек\n{P1} Ольга"),
        ("Продам диван б/у",
         "Продам диван, состояние хорошее\nСамовывоз {place_in}\nЦена {item}\nТелефон {P1}\n{footer}"),
        ("Индивидуалка {place}{e}",
         "Индивидуалка {place_in}\n{name}, {age}, рост {height}, {meas}\n☎ {P1}\nТолько звонки, смс не читаю"),
    ],
    "uk": [
        ("Масаж {place_in} 💆‍♀️",
         "Професійний релакс-масаж {place_in}\n{name}, {age}\nВартість {price}/година\nЗапис за телефоном {P1}\nПрацюю {hours}"),
        ("Робота для дівчат, м. {place}",
         "Шукаємо дівчат на високооплачувану роботу\nм. {place}, дохід від {price} на день\nЖитло надаємо\nДзвоніть {P1}"),
        ("Здам квартиру {place_in}",
         "Здам 1-кімнатну квартиру {place_in}\n{rent}/міс + комуналка\nВласник, без посередників\nТел.: {P1}"),
        ("Продам велосипед",
         "Продам велосипед у гарному стані\n{place}, самовивіз\nЦіна {item}\n{P1} Андрій"),
    ],
    "ar": [
        ("مساج استرخاء في {place}",
         "مركز مساج في {place} 💆‍♀️\nمدلكات محترفات، خدمة فندقية\nالسعر {price}\nللحجز اتصل {P1}\nمتاح {hours}"),
        ("مطلوب موظفات - {place}",
         "مطلوب موظفات لشركة في {place}\nالراتب {salary} + عمولة\nالعمر {age}\nللتواصل واتساب أو اتصال: {P1}"),
        ("شقة للإيجار في {place}",
         "شقة مفروشة للإيجار {place}\nغرفتين وصالة، {rent} شهرياً\nقريبة من الخدمات\nالتواصل: {P1}"),
        ("للبيع ايفون مستعمل",
         "للبيع ايفون 14 برو مستعمل بحالة ممتازة\nالسعر {item} قابل للتفاوض\nالموقع: {place}\nجوال {P1}"),
        ("عاملة تبحث عن عمل {place}",
         "عاملة منزلية تبحث عن عمل في {place}\nخبرة خمس سنوات، تتكلم العربية والإنجليزية\nللتواصل {P1}"),
    ],
    "bn": [
        ("{place} এ বডি ম্যাসাজ সার্ভিস",
         "{place} এলাকায় হোম সার্ভিস বডি ম্যাসাজ 💆‍♀️\nবয়স {age}\nচার্জ {price}\nযোগাযোগ: {P1}\nসময় {hours}"),
        ("চাকরি - {place}",
         "{place} এ একটি কোম্পানিতে মহিলা কর্মী নিয়োগ\nবেতন {salary}\nবয়স {age}\nআগ্রহীরা কল করুন {P1}"),
        ("বাসা ভাড়া {place}",
         "{place} এ ২ রুমের ফ্ল্যাট ভাড়া দেওয়া হবে\nভাড়া {rent}\nব্যাচেলর নিষেধ\nমোবাইল: {P1}"),
        ("পুরাতন মোবাইল বিক্রি",
         "স্যামসাং ফোন বিক্রি হবে\nদাম {item}\n{place} থেকে নিতে হবে\nফোন {P1}"),
    ],
    "hi": [
        ("{place} में बॉडी मसाज सर्विस",
         "{place} में होटल और होम सर्विस उपलब्ध 💆‍♀️\nउम्र {age}\nचार्ज {price}\nकॉल/व्हाट्सएप {P1}\n{hours}"),
        ("{place} में नौकरी - महिला स्टाफ चाहिए",
         "{place} के स्पा सेंटर में रिसेप्शनिस्ट चाहिए\nवेतन {salary} प्रति माह\nउम्र {age} तक\nसंपर्क करें: {P1}"),
        ("कमरा किराये पर - {place}",
         "{place} में 1 BHK कमरा किराये पर\nकिराया {rent}/माह\nसिर्फ फैमिली के लिए\nमोबाइल {P1}"),
        ("पुरानी स्कूटी बेचनी है",
         "होंडा एक्टिवा {year} मॉडल बेचनी है\nकीमत {item}\n{place} में देख सकते हैं\nफोन: {P1}"),
    ],
    "ur": [
        ("{place} میں مساج سروس",
         "{place} میں ہوٹل اور گھر پر سروس دستیاب ہے\nعمر {age}\nریٹ {price}\nرابطہ کریں: {P1}\nواٹس ایپ بھی دستیاب"),
        ("نوکری - {place}",
         "{place} میں ایک کمپنی کو خواتین اسٹاف کی ضرورت ہے\nتنخواہ {salary}\nرابطہ: {P1}"),
        ("مکان کرایہ کے لیے - {place}",
         "{place} میں 2 کمرے کا پورشن کرایہ پر دستیاب ہے\nکرایہ {rent} ماہانہ\nفون {P1}"),
        ("موبائل برائے فروخت",
         "آئی فون 12 برائے فروخت\nقیمت {item}\n{place}\nکال کریں {P1}"),
    ],
    "vi": [
        ("Massage thư giãn {district} {city}",
         "Spa massage {district}, {city} 💆‍♀️\nNhân viên nữ {age}, phục vụ nhiệt tình\nGiá {price}/giờ\nĐặt lịch: {P1}\nMở cửa {hours}"),
        ("Tuyển nhân viên nữ - {city}",
         "Tuyển gấp nhân viên phục vụ quán karaoke {district}, {city}\nLương {salary}/tháng + tip\nYêu cầu {age} trở lên\nLiên hệ {P1} (chị Hoa)"),
        ("Cho thuê phòng trọ {district}",
         "Cho thuê phòng trọ {district}, {city}\nGiá {rent}/tháng, có gác, giờ giấc tự do\nLH: {P1}"),
        ("Bán xe đạp thể thao",
         "Bán xe đạp thể thao mua năm {year}\nGiá {item}\nXem xe tại {district}, {city}\nĐiện thoại {P1}"),
    ],
}

SCRIPT_LANG = {"ja": "ja", "zh-CN": "zh", "zh-TW": "zh-TW", "zh-SEA": "zh", "ko": "ko", "th": "th",
               "ru": "ru", "uk": "uk", "ar": "ar", "bn": "bn", "hi": "hi", "ur": "ur", "vi": "vi"}
SCRIPT_SECOND = {"ja": "\n予備：{P2}", "zh-CN": "\n备用电话 {P2}", "zh-TW": "\n另一支 {P2}", "zh-SEA": "\n备用 {P2}",
                 "ko": "\n다른 번호 {P2}", "th": "\nหรือ {P2}", "ru": "\nили {P2}", "uk": "\nабо {P2}",
                 "ar": "\nأو {P2}", "bn": "\nবিকল্প নম্বর {P2}", "hi": "\nदूसरा नंबर {P2}", "ur": "\nیا {P2}",
                 "vi": "\nHoặc {P2}"}


def gen_script(ctx, post_id, posted_at):
    rng = ctx.rng
    variant = ctx.deck("script-variant", sorted(SCRIPT_T))
    title, body = ctx.deck("script-" + variant, SCRIPT_T[variant])
    lang = SCRIPT_LANG[variant]
    places = {}
    if variant == "ja":
        country = "JP"
        ward, area, station = rng.choice(JP_PLACES)
        places = {"ward": ward, "area": area, "station": station}
    elif variant == "zh-CN":
        country = "CN"
        city, district = rng.choice(CN_PLACES)
        places = {"city": city, "district": district}
    elif variant == "zh-TW":
        country = "TW"
        city, district = rng.choice(TW_PLACES)
        if "{city}{district}" in body and rng.random() < 0.5:
            city = city[:-1]  # "台北信義區"
        places = {"city": city, "district": district}
    elif variant == "zh-SEA":
        country = rng.choice(["SG", "MY"])
        places = {"place": rng.choice(SEA_ZH_PLACES[country])}
    elif variant == "ko":
        country = "KR"
        city, district, area = rng.choice(KR_PLACES)
        places = {"city": city, "district": district, "area": area}
    elif variant == "th":
        country = "TH"
        city, area = rng.choice(TH_PLACES)
        places = {"city": city, "area": area}
    elif variant == "ru":
        country = "RU" if rng.random() < 0.7 else "UA"
        nom, loc = rng.choice(RU_PLACES if country == "RU" else UA_RU_PLACES)
        places = {"place": nom, "place_in": loc}
    elif variant == "uk":
        country = "UA"
        nom, loc = rng.choice(UA_UK_PLACES)
        places = {"place": nom, "place_in": loc}
    elif variant == "ar":
        country = rng.choice(["AE", "SA", "EG", "MA"])
        places = {"place": rng.choice(AR_PLACES[country])}
    elif variant == "bn":
        country = "BD" if rng.random() < 0.7 else "IN"
        places = {"place": rng.choice(BN_PLACES[country])}
    elif variant == "hi":
        country = "IN"
        places = {"place": rng.choice(HI_PLACES)}
    elif variant == "ur":
        country = "PK"
        places = {"place": rng.choice(UR_PLACES)}
    else:
        country = "VN"
        district, city = rng.choice(VN_PLACES)
        places = {"district": district, "city": city}
    p = Post(ctx, "script", country, lang)
    p.vals.update(places)
    script = None
    x = rng.random()
    if variant in ("ja", "zh-CN", "zh-TW") and x < 0.2:
        script = "fullwidth"
    elif variant == "ar" and x < 0.35:
        script = "arabic"
    elif variant == "ur" and x < 0.3:
        script = "persian"
    elif variant == "bn" and country == "BD" and x < 0.3:
        script = "bengali"
    p.add_phone("P1", country, "national", "text", script=script)
    if rng.random() < 0.18:
        body = body + SCRIPT_SECOND[variant]
        p.add_phone("P2", country, "national", "text")
    if rng.random() < 0.15 and "{P1}" not in title:
        title = title + rng.choice([" ", " ☎", " TEL ", " 📞"]) + "{P1}"
    if rng.random() < 0.3:
        p.extra["url"] = neutral_url(rng)
    rec = p.finish(post_id, title, body, posted_at)
    order = ["city", "ward", "station", "place_in", "place", "district", "area"]
    rec["labels"]["place_cue"] = first_present(rec, [places[k] for k in order if k in places])
    return rec


def first_present(rec, candidates):
    """The first candidate (in order of how much it tells) found in the text."""
    text = rec["title"] + "\n" + rec["body"]
    for c in candidates:
        if c in text:
            return c
    return None


# ===========================================================================
# group 2: qualified -- a city name found in several countries, with its
# province/state/country after it; or a district with a cue word / as a
# title label
# ===========================================================================

# (lang, country, bare city, qualified form)
QUAL_CITIES = [
    ("en", "CA", "London", "London, Ontario"), ("en", "CA", "London", "London ON"), ("en", "GB", "London", "London, UK"),
    ("en", "AU", "Perth", "Perth WA"), ("en", "AU", "Perth", "Perth, Western Australia"),
    ("en", "GB", "Perth", "Perth, Scotland"), ("en", "PK", "Hyderabad", "Hyderabad, Sindh"),
    ("en", "IN", "Hyderabad", "Hyderabad, Telangana"), ("en", "US", "Birmingham", "Birmingham, Alabama"),
    ("en", "GB", "Birmingham", "Birmingham, West Midlands"), ("en", "US", "Manchester", "Manchester, NH"),
    ("en", "CA", "Cambridge", "Cambridge, Ontario"), ("en", "US", "Cambridge", "Cambridge, MA"),
    ("en", "CA", "Richmond", "Richmond, BC"), ("en", "US", "Richmond", "Richmond, VA"),
    ("en", "AU", "Richmond", "Richmond VIC"), ("en", "AU", "Newcastle", "Newcastle NSW"),
    ("en", "ZA", "Newcastle", "Newcastle, KZN"), ("en", "CA", "Victoria", "Victoria, BC"),
    ("en", "CA", "Kingston", "Kingston, Ontario"), ("en", "CA", "Windsor", "Windsor, ON"),
    ("en", "GB", "Windsor", "Windsor, Berkshire"), ("en", "GB", "Boston", "Boston, Lincolnshire"),
    ("en", "US", "Durham", "Durham, NC"), ("en", "GB", "Plymouth", "Plymouth, Devon"),
    ("en", "IN", "Salem", "Salem, Tamil Nadu"), ("en", "US", "Salem", "Salem, Oregon"),
    ("en", "US", "Alexandria", "Alexandria, VA"), ("en", "US", "Paris", "Paris, Texas"),
    ("en", "US", "Toledo", "Toledo, Ohio"), ("en", "US", "Lima", "Lima, Ohio"), ("en", "US", "Naples", "Naples, FL"),
    ("en", "CA", "Sydney", "Sydney, Nova Scotia"), ("en", "CA", "Hamilton", "Hamilton, ON"),
    ("en", "ZA", "East London", "East London, Eastern Cape"), ("en", "SG", "Queenstown", "Queenstown, Singapore"),
    ("en", "PH", "Rosario", "Rosario, Cavite"), ("en", "PH", "San Fernando", "San Fernando, Pampanga"),
    ("en", "US", "Santa Ana", "Santa Ana, California"), ("en", "US", "San Jose", "San Jose, CA"),
    ("en", "MY", "George Town", "George Town, Penang"), ("en", "AU", "Brighton", "Brighton VIC"),
    ("en", "GB", "Brighton", "Brighton, East Sussex"), ("en", "GB", "Aberdeen", "Aberdeen, Scotland"),
    ("en", "US", "Aberdeen", "Aberdeen, WA"), ("en", "CA", "Stratford", "Stratford, Ontario"),
    ("en", "NG", "Lagos", "Lagos, Nigeria"), ("en", "PH", "Santa Rosa", "Santa Rosa, Laguna"),
    ("en", "US", "Santa Rosa", "Santa Rosa, CA"), ("en", "PH", "Naga", "Naga, Camarines Sur"),
    ("en", "US", "Athens", "Athens, GA"), ("en", "US", "Memphis", "Memphis, TN"),
    ("en", "CA", "Waterloo", "Waterloo, Ontario"), ("en", "US", "Bangor", "Bangor, Maine"),
    ("es", "ES", "Córdoba", "Córdoba, Andalucía"), ("es", "AR", "Córdoba", "Córdoba, Argentina"),
    ("es", "MX", "Córdoba", "Córdoba, Veracruz"), ("es", "CL", "Santiago", "Santiago, Chile"),
    ("es", "CL", "Santiago", "Santiago, Región Metropolitana"), ("es", "ES", "Santiago", "Santiago de Compostela, Galicia"),
    ("es", "ES", "Valencia", "Valencia, España"), ("es", "MX", "Mérida", "Mérida, Yucatán"),
    ("es", "ES", "Mérida", "Mérida, Badajoz"), ("es", "MX", "Guadalajara", "Guadalajara, Jalisco"),
    ("es", "ES", "Guadalajara", "Guadalajara, España"), ("es", "MX", "León", "León, Guanajuato"),
    ("es", "ES", "León", "León, Castilla y León"), ("es", "PE", "Trujillo", "Trujillo, La Libertad"),
    ("es", "ES", "Trujillo", "Trujillo, Cáceres"), ("es", "CO", "Cartagena", "Cartagena, Bolívar"),
    ("es", "ES", "Cartagena", "Cartagena, Murcia"), ("es", "MX", "La Paz", "La Paz, Baja California Sur"),
    ("es", "AR", "Rosario", "Rosario, Santa Fe"), ("es", "ES", "San Fernando", "San Fernando, Cádiz"),
    ("es", "AR", "San Fernando", "San Fernando, Buenos Aires"), ("es", "AR", "Santa Fe", "Santa Fe, Argentina"),
    ("es", "CL", "Concepción", "Concepción, Biobío"), ("es", "AR", "San Juan", "San Juan, Argentina"),
    ("es", "ES", "Toledo", "Toledo, Castilla-La Mancha"), ("es", "PE", "Lima", "Lima, Perú"),
    ("es", "MX", "Salamanca", "Salamanca, Guanajuato"), ("es", "ES", "Salamanca", "Salamanca, España"),
    ("es", "MX", "Valladolid", "Valladolid, Yucatán"), ("es", "ES", "Valladolid", "Valladolid, España"),
    ("es", "CO", "Palmira", "Palmira, Valle del Cauca"), ("es", "EC", "Cuenca", "Cuenca, Ecuador"),
    ("es", "ES", "Cuenca", "Cuenca, Castilla-La Mancha"), ("es", "EC", "Loja", "Loja, Ecuador"),
    ("es", "EC", "Santo Domingo", "Santo Domingo de los Tsáchilas"), ("es", "CL", "Los Ángeles", "Los Ángeles, Biobío"),
    ("es", "CL", "Osorno", "Osorno, Chile"), ("es", "MX", "Durango", "Durango, México"),
    ("es", "ES", "Santa Cruz", "Santa Cruz de Tenerife"), ("es", "MX", "San José", "San José del Cabo, BCS"),
    ("es", "PE", "San Isidro", "San Isidro, Lima"), ("es", "AR", "San Isidro", "San Isidro, Buenos Aires"),
    ("pt", "BR", "Natal", "Natal, RN"), ("pt", "BR", "Vitória", "Vitória, ES"), ("pt", "BR", "São José", "São José, SC"),
    ("pt", "BR", "Santa Maria", "Santa Maria, RS"), ("pt", "BR", "Belém", "Belém do Pará"),
    ("pt", "BR", "Toledo", "Toledo, PR"), ("pt", "BR", "Colombo", "Colombo, PR"), ("pt", "BR", "Palmas", "Palmas, TO"),
    ("fr", "FR", "Valence", "Valence, Drôme"), ("fr", "CA", "London", "London (Ontario)"),
    ("fr", "CA", "Laval", "Laval, Québec"), ("fr", "FR", "Laval", "Laval, Mayenne"),
    ("fr", "FR", "Orléans", "Orléans, Loiret"), ("fr", "CA", "Orléans", "Orléans, Ontario"),
    ("fr", "CA", "Granby", "Granby, Québec"), ("fr", "FR", "Saint-Denis", "Saint-Denis (93)"),
    ("fr", "MA", "Fès", "Fès, Maroc"), ("fr", "FR", "Tours", "Tours, Indre-et-Loire"),
    ("de", "DE", "Frankfurt", "Frankfurt (Oder)"), ("de", "DE", "Halle", "Halle (Saale)"),
    ("de", "DE", "Neustadt", "Neustadt an der Weinstraße"), ("de", "DE", "Freiburg", "Freiburg im Breisgau"),
    ("de", "DE", "Offenbach", "Offenbach am Main"),
    ("it", "IT", "Palermo", "Palermo, Sicilia"), ("it", "IT", "Roma", "Roma, Lazio"),
    ("it", "IT", "Venezia", "Venezia Mestre"), ("it", "IT", "Verona", "Verona, Veneto"),
    ("tl", "PH", "San Fernando", "San Fernando, La Union"), ("tl", "PH", "Santa Rosa", "Santa Rosa, Laguna"),
    ("tl", "PH", "San Pablo", "San Pablo City, Laguna"), ("tl", "PH", "Victoria", "Victoria, Tarlac"),
    ("ms", "MY", "George Town", "George Town, Pulau Pinang"), ("ms", "MY", "Victoria", "Victoria, Labuan"),
]
PREP = {"en": "in", "es": "en", "pt": "em", "fr": "à", "de": "in", "it": "a", "tl": "sa", "ms": "di"}

# (lang, country, phrase with its cue word, title label)
QUAL_DISTRICTS = [
    ("es", "CO", "en la zona de Chapinero", "Chapinero"), ("es", "AR", "en el barrio Palermo", "Palermo"),
    ("es", "PE", "en el sector Miraflores", "Miraflores"), ("es", "MX", "en zona Polanco", "Polanco"),
    ("es", "MX", "en la colonia Roma", "Col. Roma"), ("es", "MX", "en la col. Condesa", "Condesa"),
    ("es", "ES", "en el barrio de Salamanca", "Barrio de Salamanca"), ("es", "ES", "en zona Malasaña", "Malasaña"),
    ("es", "CO", "en el sector El Poblado", "El Poblado"), ("es", "CO", "en la zona de Usaquén", "Usaquén"),
    ("es", "CL", "en la comuna de Providencia", "Providencia"), ("es", "CL", "en el sector Las Condes", "Las Condes"),
    ("es", "AR", "en el barrio Belgrano", "Belgrano"), ("es", "EC", "en el sector Urdesa", "Urdesa"),
    ("es", "PE", "en el distrito de Surco", "Surco"), ("es", "PE", "en zona Barranco", "Barranco"),
    ("es", "CL", "en la comuna de Ñuñoa", "Ñuñoa"), ("es", "ES", "en el barrio de Gràcia", "Gràcia"),
    ("es", "EC", "en el sector de Cumbayá", "Cumbayá"),
    ("en", "IN", "based in Bandra", "Bandra"), ("en", "NG", "based in Lekki", "Lekki"),
    ("en", "KE", "based in Westlands", "Westlands"), ("en", "ZA", "based in Sandton", "Sandton"),
    ("en", "GB", "based in Shoreditch", "Shoreditch"), ("en", "AU", "based in Bondi", "Bondi"),
    ("en", "PH", "based in Makati", "Makati"), ("en", "MY", "based in Bukit Bintang", "Bukit Bintang"),
    ("en", "KE", "based in Kilimani", "Kilimani"), ("en", "GH", "based in East Legon", "East Legon"),
    ("en", "GH", "based in Airport Residential", "Airport Residential"), ("en", "NG", "based in Victoria Island", "Victoria Island"),
    ("en", "IN", "based in Koramangala", "Koramangala"), ("en", "PK", "based in Gulberg", "Gulberg"),
    ("en", "TH", "based in Sukhumvit", "Sukhumvit"), ("en", "ID", "based in Seminyak", "Seminyak"),
    ("en", "VN", "based in Thao Dien", "Thao Dien"), ("en", "AE", "based in Jumeirah", "Jumeirah"),
    ("en", "EG", "based in Zamalek", "Zamalek"), ("en", "MA", "based in Gueliz", "Gueliz"),
    ("en", "US", "based in Brickell", "Brickell"), ("en", "CA", "based in Kitsilano", "Kitsilano"),
    ("en", "AU", "based in Fitzroy", "Fitzroy"), ("en", "SG", "based in Tanjong Pagar", "Tanjong Pagar"),
    ("en", "ZA", "based in Sea Point", "Sea Point"), ("en", "IN", "based in Andheri West", "Andheri West"),
    ("en", "SA", "based in Al Olaya", "Al Olaya"), ("en", "GB", "based in Canary Wharf", "Canary Wharf"),
    ("en", "US", "based in Midtown Manhattan", "Midtown Manhattan"), ("en", "KR", "based in Itaewon", "Itaewon"),
    ("en", "JP", "based in Roppongi", "Roppongi"), ("en", "CN", "based in Sanlitun", "Sanlitun"),
    ("en", "BD", "based in Dhanmondi", "Dhanmondi"),
    ("de", "DE", "im Bezirk Kreuzberg", "Kreuzberg"), ("de", "DE", "im Bezirk Neukölln", "Neukölln"),
    ("de", "DE", "im Stadtteil Schwabing", "Schwabing"), ("de", "DE", "im Stadtteil St. Pauli", "St. Pauli"),
    ("de", "DE", "im Bezirk Charlottenburg", "Charlottenburg"), ("de", "DE", "im Stadtteil Sachsenhausen", "Sachsenhausen"),
    ("fr", "FR", "dans le quartier du Marais", "Le Marais"), ("fr", "MA", "dans le quartier Guéliz", "Guéliz"),
    ("fr", "MA", "quartier Maârif", "Maârif"), ("fr", "CA", "dans le Plateau-Mont-Royal", "Plateau Mont-Royal"),
    ("fr", "MA", "secteur Agdal", "Agdal"), ("fr", "FR", "quartier de la Croix-Rousse", "Croix-Rousse"),
    ("pt", "BR", "no bairro Copacabana", "Copacabana"), ("pt", "BR", "no bairro Moema", "Moema"),
    ("pt", "BR", "no bairro Savassi", "Savassi"), ("pt", "BR", "no bairro Boa Viagem", "Boa Viagem"),
    ("pt", "BR", "na região da Av. Paulista", "Av. Paulista"), ("pt", "BR", "no bairro Batel", "Batel"),
    ("it", "IT", "in zona Navigli", "Navigli"), ("it", "IT", "in zona Trastevere", "Trastevere"),
    ("it", "IT", "al Vomero", "Vomero"), ("it", "IT", "in zona San Salvario", "San Salvario"),
    ("ru", "RU", "район Хамовники", "Хамовники"), ("ru", "RU", "район Купчино", "Купчино"),
    ("ru", "UA", "район Оболонь", "Оболонь"), ("ru", "UA", "район Салтовка", "Салтовка"),
    ("ru", "UA", "район Аркадия", "Аркадия"), ("ru", "RU", "район Митино", "Митино"),
    ("ar", "SA", "منطقة الملز", "الملز"), ("ar", "SA", "منطقة العليا", "العليا"), ("ar", "AE", "منطقة الجميرا", "الجميرا"),
    ("ar", "AE", "منطقة البرشاء", "البرشاء"), ("ar", "EG", "منطقة المعادي", "المعادي"),
    ("ar", "EG", "منطقة مدينة نصر", "مدينة نصر"), ("ar", "MA", "منطقة المعاريف", "المعاريف"),
    ("tr", "TR", "Moda semtinde", "Moda"), ("tr", "TR", "Kadıköy'de", "Kadıköy"), ("tr", "TR", "Çankaya ilçesinde", "Çankaya"),
    ("tr", "TR", "Alsancak semtinde", "Alsancak"), ("tr", "TR", "Beşiktaş'ta", "Beşiktaş"),
    ("pl", "PL", "dzielnica Mokotów", "Mokotów"), ("pl", "PL", "osiedle Ursynów", "Ursynów"),
    ("pl", "PL", "dzielnica Nowa Huta", "Nowa Huta"), ("pl", "PL", "dzielnica Wrzeszcz", "Wrzeszcz"),
    ("ro", "RO", "în cartierul Floreasca", "Floreasca"), ("ro", "RO", "în zona Pipera", "Pipera"),
    ("ro", "RO", "în cartierul Drumul Taberei", "Drumul Taberei"), ("ro", "RO", "în cartierul Mănăștur", "Mănăștur"),
    ("id", "ID", "di kawasan Kemang", "Kemang"), ("id", "ID", "di daerah Seminyak", "Seminyak"),
    ("id", "ID", "di area SCBD", "SCBD"), ("id", "ID", "di daerah Dago", "Dago"),
    ("ms", "MY", "di kawasan Bukit Bintang", "Bukit Bintang"), ("ms", "MY", "di area Bangsar", "Bangsar"),
    ("ms", "MY", "di kawasan Cheras", "Cheras"),
    ("tl", "PH", "sa Poblacion, Makati", "Poblacion"), ("tl", "PH", "sa Cubao", "Cubao"), ("tl", "PH", "sa Malate", "Malate"),
]

# (lang, title, body); {where} = place with preposition, {label} = district as title label
QUAL_T = [
    ("en", "Independent Asian lady {where} {e}",
     "Hi gentlemen, I'm {name}, {age}, petite and friendly.\nIncall {where}, outcall to hotels.\n{price} per hour, no rush.\nText or call {P1}\nNo private numbers please."),
    ("en", "Relaxing full body massage",
     "Professional massage {where}.\nClean private room, hot towels, shower available.\n{hours}\n60 min {price}\nBook now: {P1}\n{footer}"),
    ("en", "NOW HIRING: hostesses & waitresses",
     "Busy bar {where} is looking for friendly hostesses and waitresses.\nGreat tips, flexible shifts, paid weekly.\nNo experience needed.\nWhatsApp your photo to {P1}"),
    ("en", "Room for rent {where}",
     "Furnished room available {where}.\nAll bills included, fast wifi.\n{rent} per month, bond required.\nFemales only.\nCall {P1} after work hours"),
    ("en", "New in town 💋 {name}",
     "{name} here {eee}\nJust arrived {where} for a few days only!\n{age} • {height} • {meas}\nIncall/outcall\n{ep} {P1}"),
    ("en", "Selling my sofa – must go this week",
     "Three-seater sofa, good condition.\nPick up {where}.\n{item} ono\nCall/text {P1}"),
    ("en", "Tantric & Nuru massage {e}",
     "Tantric massage by {name} {where}\n{hours}, by appointment only\nRates from {price}\n📞 {P1}\nGenuine clients only, time wasters will be blocked"),
    ("en", "Caregivers wanted",
     "Home care agency {where} needs caregivers for day and night shifts.\nExperience with elderly clients preferred.\nSend your CV or call {P1}"),
    ("en", "{name} – GFE companion",
     "Sweet and discreet companion {where}\nDinner dates, overnights, travel\n{price}/hr\nSMS only: {P1}"),
    ("en", "Babysitter available weekends",
     "Reliable babysitter {where}, CPR trained, own car.\nAvailable Friday to Sunday.\nCall me on {P1}"),
    ("en", "Spa therapists needed ASAP",
     "Day spa {where} hiring massage therapists.\nAccommodation can be arranged.\nCall {P1} or walk in during {hours}."),
    ("en", "Hot new babe in town {ee}",
     "Hey boys, {name} here {e}\nCurvy {meas}, {age}\nStaying {where} until {date}\nCall me {P1}"),
    ("en", "iPhone 14 Pro for sale",
     "iPhone 14 Pro 256GB, unlocked, small scratch on the back.\n{item}, no swaps.\nCollection {where}.\n{P1}"),
    ("en", "Thai Massage | {label}",
     "Traditional Thai and oil massage.\nClean, quiet room, free parking.\n{hours}\n{price} / 60 min\nCall {P1}"),
    ("en", "Room to let - {label}",
     "Double room in a shared flat, close to shops and transport.\nAvailable from {date}.\n{rent} pcm incl. bills\nContact {P1}"),
    ("en", "Escort VIP – {label} {e}",
     "Elegant companion for gentlemen\n{age}, {height}\nIncall and outcall\n{P1}"),
    ("es", "Masajes relajantes {where} {e}",
     "Hola amor, soy {name} {e}\nMasajes relajantes y eróticos {where}\nDepartamento privado, discreto y limpio\n{price} la hora\nLlámame o WhatsApp {P1}"),
    ("es", "Se busca chica para trabajar",
     "Agencia seria busca señoritas mayores de edad\nTrabajo {where}, buenas ganancias diarias\nSe ofrece alojamiento\nInformes al {P1}"),
    ("es", "Rento cuarto amueblado",
     "Rento cuarto amueblado {where}\nIncluye luz, agua e internet\n{rent} mensuales\nSolo personas tranquilas\nTel {P1}"),
    ("es", "Colombiana recién llegada 🔥",
     "Hola papi, soy {name}, colombiana recién llegada {where} {e}\n{age}, {meas}, {height}\nAtiendo en mi depa o en hotel\n📲 {P1}"),
    ("es", "Vendo refrigerador en buen estado",
     "Vendo refrigerador, funciona perfecto\n{item}\nEntrega {where}\nInteresados llamar al {P1}"),
    ("es", "Empleo: camareras y meseras",
     "Restaurante-bar {where} necesita personal femenino\nSueldo {salary} + propinas\nTurno noche\nEnviar foto al WhatsApp {P1}"),
    ("es", "Masaje tántrico para caballeros",
     "Masaje tántrico profesional {where}\nAmbiente climatizado, duchas\nHorario: {hours}\nValor {price}\nCitas: {P1}"),
    ("es", "{name}, tu chica ideal 💋",
     "Soy {name}, {age}, estoy {where}\nTrato de novios, sin apuro\nSolo llamadas {P1}\n{footer}"),
    ("es", "Departamento en arriendo",
     "Arriendo departamento 1 dormitorio {where}\n{rent} + gastos comunes\nDisponible desde el {date}\nContacto: {P1}"),
    ("es", "Niñera con experiencia busca trabajo",
     "Me ofrezco como niñera {where}\nExperiencia y referencias\nDisponibilidad inmediata\nCel. {P1}"),
    ("es", "Trabajo para chicas lindas {e}",
     "Buscamos chicas bonitas para club nocturno {where}\nPagos diarios de {price}\nNo se necesita experiencia\nEscribe al {P1}"),
    ("es", "Masaje relajante - {label}",
     "Masajes con aceites calientes, piedras y final feliz 😉\n{hours}\nDesde {price}\nWhatsApp {P1}"),
    ("es", "Escort VIP | {label}",
     "Chica universitaria, {age}\nAtención en hotel o a domicilio\nDiscreción total\n{P1}"),
    ("es", "Habitación en renta • {label}",
     "Habitación amplia, baño privado\n{rent} al mes\nLlamar {P1}"),
    ("pt", "Massagem relaxante {where}",
     "Oi amor, sou a {name} {e}\nMassagem relaxante e tântrica {where}\nLocal discreto com estacionamento\nValor {price}\nChama no Zap {P1}"),
    ("pt", "Vaga para recepcionista",
     "Clínica de estética {where} contrata recepcionista\nSalário {salary} + benefícios\nEnviar currículo ou ligar {P1}"),
    ("pt", "Alugo quarto mobiliado",
     "Alugo quarto mobiliado {where}\nÁgua e luz inclusas\n{rent}/mês\nSomente mulheres\nContato {P1}"),
    ("pt", "Acompanhante de luxo 💋 {name}",
     "{name}, {age}, {height}, corpo escultural\nAtendo {where} em motel ou hotel\n{P1}"),
    ("pt", "Massagem tântrica • {label}",
     "Massagem tântrica com final feliz 🔥\nAmbiente climatizado\n{hours}\n{price}\n{P1}"),
    ("fr", "Massage relaxant {where}",
     "Bonjour messieurs, je suis {name} {e}\nMassage relaxant et naturiste {where}\nSur rendez-vous, {hours}\n{price} la séance\nAppelez-moi au {P1}"),
    ("fr", "Recherche hôtesses - urgent",
     "Bar à hôtesses {where} recrute\nRémunération {salary} par mois + pourboires\nDébutantes acceptées\nTél. {P1}"),
    ("fr", "Chambre à louer",
     "Chambre meublée à louer {where}\n{rent} charges comprises\nLibre de suite\nContact : {P1}"),
    ("fr", "Massage naturiste - {label}",
     "Massage naturiste complet, douche disponible\n{price} l'heure\n{P1}"),
    ("de", "Entspannende Massage {where}",
     "Hallo, ich bin {name} {e}\nErotische Massage {where}, diskret und sauber\n{hours}\n{price}/Std\nTel./WhatsApp {P1}"),
    ("de", "Zimmer frei",
     "Möbliertes Zimmer {where} zu vermieten\nWarmmiete {rent}\nAb sofort frei\nAnrufen unter {P1}"),
    ("de", "WG-Zimmer – {label}",
     "Helles WG-Zimmer, möbliert, mit Balkon\n{rent} warm\nBesichtigung nach Absprache: {P1}"),
    ("it", "Massaggio rilassante {where}",
     "Ciao, sono {name} {e}\nMassaggi rilassanti {where}, ambiente riservato\n{price} mezz'ora\nChiamami al {P1}"),
    ("it", "Cercasi ragazze immagine",
     "Locale {where} cerca ragazze immagine e cameriere\nPaga {salary} al mese\nInfo {P1}"),
    ("it", "Massaggi orientali - {label}",
     "Massaggi orientali professionali\n{hours}\n{P1}"),
    ("ru", "Массаж, {where}",
     "Расслабляющий массаж, {where}\n{name}, {age}\n{price}/час\nЗвоните {P1}"),
    ("ru", "Сдаю комнату — {label}",
     "Сдаю комнату, рядом магазины и транспорт\n{rent} в месяц\n{P1}"),
    ("ar", "مساج {where}",
     "مساج استرخاء في {where}\nخدمة راقية\nالسعر {price}\nللحجز {P1}"),
    ("ar", "شقة للإيجار - {label}",
     "شقة للإيجار غرفتين وصالة\n{rent} شهرياً\nللتواصل {P1}"),
    ("tr", "Masaj salonu {where}",
     "Rahatlatıcı masaj {where}\n{name}, {age}\nÜcret {price}\nRandevu için {P1}"),
    ("tr", "Kiralık oda - {label}",
     "Eşyalı kiralık oda, öğrenciye uygun\nAylık {rent}\nTel: {P1}"),
    ("pl", "Masaż relaksacyjny",
     "Zapraszam na masaż relaksacyjny, {where}\n{name}, {age}\n{price} za godzinę\nTel. {P1}"),
    ("pl", "Pokój do wynajęcia - {label}",
     "Pokój dla studentki, blisko komunikacji\n{rent} + media\nKontakt {P1}"),
    ("ro", "Masaj de relaxare",
     "Masaj de relaxare {where}\n{name}, {age}\n{price} ora\nSună la {P1}"),
    ("ro", "Garsonieră de închiriat - {label}",
     "Garsonieră mobilată, utilată\n{rent}/lună\nTel {P1}"),
    ("id", "Pijat panggilan {where}",
     "Terima pijat panggilan ke hotel {where}\nTerapis {name}, {age}\nTarif {price}\nWA/telp {P1}"),
    ("id", "Kost putri - {label}",
     "Kost khusus putri, AC, kamar mandi dalam\n{rent}/bulan\nHubungi {P1}"),
    ("ms", "Urutan tradisional {where}",
     "Urutan tradisional {where}\nTukang urut wanita, {age}\nHarga {price}\nCall/WhatsApp {P1}"),
    ("ms", "Bilik untuk disewa - {label}",
     "Bilik sederhana untuk disewa, dekat LRT\n{rent} sebulan\n{P1}"),
    ("tl", "Hiring: waitress {where}",
     "Hiring po kami ng waitress at cashier {where}\nSahod {salary} kada buwan\nMay libreng tirahan\nTawag o text {P1}"),
    ("tl", "Bedspace for rent - {label}",
     "Bedspace for ladies only, may aircon at wifi\n{rent} kada buwan\nText lang po {P1}"),
]


def gen_qualified(ctx, post_id, posted_at):
    rng = ctx.rng
    lang, title, body = ctx.deck("qualified", QUAL_T)
    uses_label = "{label}" in title or "{label}" in body
    cities = [q for q in QUAL_CITIES if q[0] == lang]
    districts = [d for d in QUAL_DISTRICTS if d[0] == lang]
    as_location = False
    qmode = ctx.deck("qualified-mode", ["location"] * 4 + ["city"] * 3 + ["district"] * 3)
    if uses_label or not cities or (districts and qmode == "district"):
        _, country, phrase, label = rng.choice(districts)
        if lang == "en" and rng.random() < 0.4:
            phrase = "in the %s area" % label
        vals = {"where": phrase, "label": label}
        cue = label if uses_label else phrase
    else:
        _, country, bare, qualified = rng.choice(cities)
        if qmode == "location":
            as_location = True
            vals = {"where": PREP[lang] + " " + bare}
            cue = qualified
        else:
            vals = {"where": PREP[lang] + " " + qualified}
            cue = qualified
    p = Post(ctx, "qualified", country, lang)
    p.vals.update(vals)
    source = "location" if as_location else "text"
    if as_location:
        p.extra["location"] = cue
    p.add_phone("P1", country, "national", source)
    if rng.random() < 0.12 and "{P1}" not in title:
        title = title + rng.choice([" ", " - ", " 📞 "]) + "{P1}"
    if rng.random() < 0.3:
        p.extra["url"] = neutral_url(rng)
    p.place_cue = cue
    return p.finish(post_id, title, body, posted_at)


# ===========================================================================
# group 3: caps -- shouted ads; ordinary (and foreign-town-like) words in
# capitals are no place; the place comes from a cue, URL, calling code or
# the record
# ===========================================================================

CAPS_CITIES = {
    "AU": ["Sydney", "Melbourne", "Brisbane", "Parramatta", "Gold Coast", "Adelaide", "Canberra", "Chatswood"],
    "GB": ["Leeds", "Liverpool", "Glasgow", "Croydon", "Sheffield", "Nottingham", "Leicester", "Edinburgh", "Cardiff"],
    "US": ["Houston", "Atlanta", "Miami", "Las Vegas", "Phoenix", "Dallas", "Chicago", "Denver", "Orlando", "Philadelphia"],
    "CA": ["Toronto", "Mississauga", "Calgary", "Montreal", "Vancouver", "Winnipeg", "Edmonton", "Brampton"],
    "NG": ["Lekki", "Ikeja", "Abuja", "Port Harcourt", "Ibadan", "Victoria Island"],
    "KE": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Westlands", "Eldoret", "Thika"],
    "GH": ["Accra", "Kumasi", "Tema", "East Legon", "Takoradi"],
    "ZA": ["Johannesburg", "Joburg", "Cape Town", "Durban", "Sandton", "Pretoria", "Soweto"],
    "SG": ["Geylang", "Jurong East", "Tampines", "Orchard Road", "Bugis", "Yishun"],
    "PH": ["Makati", "Quezon City", "Cebu City", "Davao City", "Pasay", "Mandaluyong", "Angeles City"],
    "MY": ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Shah Alam", "Subang Jaya", "Kota Kinabalu"],
    "IN": ["Mumbai", "Andheri", "Pune", "Bangalore", "Gurgaon", "Chennai", "Kolkata", "Noida"],
    "MX": ["CDMX", "Monterrey", "Tijuana", "Cancún", "Puebla", "Zapopan", "Querétaro"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira"],
    "AR": ["Buenos Aires", "CABA", "Mar del Plata", "La Plata", "Mendoza", "Tucumán"],
    "CL": ["Santiago Centro", "Viña del Mar", "Antofagasta", "Temuco", "Iquique", "Rancagua"],
    "PE": ["Lima", "Arequipa", "Cusco", "Chiclayo", "Huancayo"],
    "EC": ["Quito", "Guayaquil", "Manta", "Ambato", "Machala"],
    "ES": ["Madrid", "Barcelona", "Sevilla", "Málaga", "Bilbao", "Zaragoza", "Alicante"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Fortaleza", "Recife", "Florianópolis"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Strasbourg"],
    "MA": ["Casablanca", "Marrakech", "Rabat", "Tanger", "Agadir"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Düsseldorf", "Stuttgart", "Dortmund"],
    "IT": ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze"],
    "ID": ["Jakarta Selatan", "Surabaya", "Bandung", "Medan", "Bekasi", "Denpasar", "Tangerang"],
}

COUNTRY_NAME = {"AU": "Australia", "GB": "United Kingdom", "US": "USA", "CA": "Canada", "NG": "Nigeria",
                "KE": "Kenya", "GH": "Ghana", "ZA": "South Africa", "SG": "Singapore", "PH": "Philippines",
                "MY": "Malaysia", "IN": "India", "MX": "México", "CO": "Colombia", "AR": "Argentina", "CL": "Chile",
                "PE": "Perú", "EC": "Ecuador", "ES": "España", "BR": "Brasil", "FR": "France", "MA": "Maroc",
                "DE": "Deutschland", "IT": "Italia", "ID": "Indonesia"}

CAPS_LANG_COUNTRIES = {
    "en": ["AU", "GB", "US", "CA", "NG", "KE", "GH", "ZA", "SG", "PH", "MY", "IN"],
    "es": ["MX", "CO", "AR", "CL", "PE", "EC", "ES"], "pt": ["BR"], "fr": ["FR", "MA"], "de": ["DE"],
    "it": ["IT"], "id": ["ID"], "ms": ["MY"], "tl": ["PH"], "sw": ["KE"],
}

CAPS_CUES = {
    # lang: (text cues, calling-code lines, neutral lines)
    "en": (["📍 {CITY}", "IN {CITY} NOW!!!", "Location: {City}", "Based in {City}", "{CITY} AREA ONLY",
            "AVAILABLE IN {CITY} {e}", "INCALL IN {CITY}"],
           ["WHATSAPP: {P2}", "INTERNATIONAL / WHATSAPP {P2}", "TEXT ON WHATSAPP {P2}", "OR WHATSAPP ME {P2}"],
           ["INCALL & OUTCALL", "100% REAL PICS", "NO RUSH", "DISCREET SERVICE", "TEXT FIRST PLEASE",
            "SERIOUS ENQUIRIES ONLY"]),
    "es": (["📍 {CITY}", "ESTOY EN {CITY}", "ZONA: {CITY}", "Ubicación: {City}", "ATIENDO EN {CITY}"],
           ["WHATSAPP {P2}", "WSP: {P2}", "TAMBIÉN AL {P2}"],
           ["DISCRECIÓN TOTAL", "FOTOS 100% REALES", "SERIEDAD ANTE TODO"]),
    "pt": (["📍 {CITY}", "ESTOU EM {CITY}", "Local: {City}", "ATENDO EM {CITY}"],
           ["ZAP {P2}", "WHATSAPP {P2}"], ["FOTOS REAIS", "SIGILO TOTAL"]),
    "fr": (["📍 {CITY}", "SUR {CITY}", "Secteur : {City}", "À {CITY}"],
           ["WHATSAPP {P2}", "OU SUR WHATSAPP {P2}"], ["PHOTOS RÉELLES", "DISCRÉTION ASSURÉE"]),
    "de": (["📍 {CITY}", "IN {CITY}", "Ort: {City}"], ["WHATSAPP {P2}"], ["100% ECHT", "DISKRET"]),
    "it": (["📍 {CITY}", "A {CITY}", "Zona: {City}"], ["WHATSAPP {P2}"], ["MASSIMA DISCREZIONE"]),
    "id": (["📍 {CITY}", "AREA {CITY}", "Lokasi: {City}"], ["WA {P2}"], ["FOTO ASLI", "AMAN DAN NYAMAN"]),
    "ms": (["📍 {CITY}", "KAWASAN {CITY}", "Lokasi: {City}"], ["WHATSAPP {P2}"], ["SELAMAT DAN BERSIH"]),
    "tl": (["📍 {CITY}", "DITO SA {CITY}", "Location: {City}"], ["WHATSAPP {P2}", "VIBER {P2}"],
           ["LEGIT PO ITO", "NO SCAM"]),
    "sw": (["📍 {CITY}", "TUKO {CITY}", "Mahali: {City}"], ["WHATSAPP {P2}"], ["HUDUMA YA UHAKIKA"]),
}

CAPS_T = [
    ("en", "NEW GIRL IN TOWN!!! CALL {P1}",
     "NEW GIRL IN TOWN!!! {ee}\nNICE AND CLEAN PLACE, VERY DISCREET\n{cue}\nCALL OR TEXT {P1}\nNO PRIVATE NUMBERS!!!"),
    ("en", "HOT ASIAN MASSAGE {e}",
     "HOT ASIAN MASSAGE - FULL BODY - HOT BATH AVAILABLE\nNEW STAFF EVERY WEEK\n{cue}\nOPEN {hours_U}\nCALL {P1}"),
    ("en", "BUSTY BLONDE • OUTCALL ONLY",
     "BUSTY BLONDE {age_U} READY TO PLAY {e}\nOUTCALL ONLY - HOTELS AND HOMES\nREADING THIS? DON'T WAIT, TEXT ME NOW\n{cue}\n{P1}"),
    ("en", "MOBILE MASSAGE - WE COME TO YOU",
     "MOBILE MASSAGE SERVICE\nWE COME TO YOUR HOTEL OR HOME\nDEEP TISSUE / SWEDISH / HOT STONE\n{cue}\nBOOKINGS {P1}"),
    ("en", "HUGE SALE!!! EVERYTHING MUST GO",
     "HUGE SALE!!! MOVING OUT\nBED, SOFA, TV, FRIDGE - ALL CHEAP\nNO DEAL TOO SMALL\n{cue}\nCALL {P1} ASAP"),
    ("en", "HIRING NOW - CASH DAILY",
     "HIRING NOW!!! GIRLS WANTED\nCASH PAID DAILY - NO EXPERIENCE NEEDED\nSAFE AND FRIENDLY PLACE\n{cue}\nTEXT {P1} FOR DETAILS"),
    ("en", "BEST GFE IN THE CITY {ee}",
     "{name_U} - BEST GFE IN THE CITY\nSWEET, SEXY AND DISCREET\n{meas_U}\n{cue}\nINCALL/OUTCALL\n{ep} {P1}"),
    ("en", "CLEANING LADY AVAILABLE",
     "CLEANING LADY AVAILABLE MON-SAT\nHOMES AND OFFICES, HONEST AND RELIABLE\nHOPE TO HEAR FROM YOU\n{cue}\nCALL {P1}"),
    ("en", "ROOM FOR RENT - FEMALES ONLY",
     "ROOM FOR RENT!!! FEMALES ONLY\nCLOSE TO SHOPS AND BUS STOP\nSPLIT BILLS, FAST WIFI\n{cue}\nCALL/TEXT {P1}"),
    ("en", "SEXY EBONY GODDESS 🔥🔥",
     "SEXY EBONY GODDESS {age_U}\nREAL PICS - NO GAMES\nSPECIAL TODAY ONLY!!!\n{cue}\nCALL ME {P1}"),
    ("en", "UNLOCKED IPHONES FOR SALE",
     "BRAND NEW UNLOCKED IPHONES FOR SALE\nORIGINAL, WITH WARRANTY\nBEST PRICES IN TOWN - WHOLESALE AVAILABLE\n{cue}\nCALL {P1}"),
    ("en", "TS NEW IN TOWN",
     "TS {name_U} NEW IN TOWN {e}\nFULLY FUNCTIONAL, VERY NICE BODY\n{cue}\nCALL {P1} NOW!!!"),
    ("en", "NURU BODY TO BODY",
     "NURU BODY TO BODY MASSAGE\nHAPPY ENDING, NO RUSH\nWALK INS WELCOME\n{cue}\nCALL {P1}"),
    ("en", "NEED A DRIVER? CALL ME",
     "PROFESSIONAL DRIVER AVAILABLE {hours_U}\nAIRPORT PICK UP, CITY TRIPS, SAFE DRIVING\nGOOD RATES\n{cue}\nCALL/WHATSAPP {P1}"),
    ("es", "CHICA NUEVA EN TU CIUDAD!!!",
     "CHICA NUEVA, LINDA Y COMPLACIENTE {ee}\nSOLO POR POCOS DÍAS\n{cue}\nLLÁMAME {P1}\nNO NÚMEROS PRIVADOS"),
    ("es", "MASAJES A DOMICILIO",
     "MASAJES A DOMICILIO Y HOTELES\nRELAJANTES Y DESCONTRACTURANTES\nATENCIÓN {hours_U}\n{cue}\nWHATSAPP {P1}"),
    ("es", "SE BUSCAN SEÑORITAS",
     "SE BUSCAN SEÑORITAS PARA TRABAJAR\nPAGO DIARIO, SALTA A LA VISTA LA DIFERENCIA\nBUEN AMBIENTE Y SEGURIDAD\n{cue}\nINFORMES {P1}"),
    ("es", "VENDO TODO POR VIAJE",
     "VENDO TODO POR VIAJE!!!\nCAMA, ROPERO, TELE, COCINA\nPRECIOS DE REMATE\n{cue}\nLLAMAR AL {P1}"),
    ("es", "PAZ Y RELAX - MASAJES",
     "PAZ Y RELAX PARA EL HOMBRE MODERNO\nMASAJE TÁNTRICO CON FINAL FELIZ\n{cue}\nCITAS AL {P1}"),
    ("es", "ESCORT VIP {e}",
     "{name_U} ESCORT VIP {age_U}\nCUERPAZO {meas_U}\nHOTEL O DEPARTAMENTO\n{cue}\n{ep} {P1}"),
    ("es", "ARRIENDO PIEZA A SEÑORITA",
     "ARRIENDO PIEZA AMOBLADA A SEÑORITA SOLA\nVILLA TRANQUILA, CERCA DE TODO\n{cue}\nFONO {P1}"),
    ("es", "TRABAJO URGENTE!!!",
     "TRABAJO URGENTE PARA CHICAS MAYORES DE EDAD\nGANA EL DOBLE QUE EN TU TRABAJO ACTUAL\nNOSOTROS TE DAMOS HOSPEDAJE\n{cue}\nESCRIBE AL {P1}"),
    ("pt", "GAROTA NOVA NA CIDADE!!!",
     "GAROTA NOVA NA CIDADE {ee}\nLINDA, CARINHOSA E SEM FRESCURA\nPROMOÇÃO DE NATAL!!!\n{cue}\nCHAMA NO ZAP {P1}"),
    ("pt", "MASSAGEM TÂNTRICA - ATENDIMENTO VIP",
     "MASSAGEM TÂNTRICA E RELAXANTE\nAMBIENTE DISCRETO COM ESTACIONAMENTO\n{cue}\nLIGUE {P1}"),
    ("pt", "VENDO GELADEIRA SEMINOVA",
     "VENDO GELADEIRA SEMINOVA, FUNCIONANDO PERFEITAMENTE\nMOTIVO: MUDANÇA\n{cue}\nFALAR COM JOÃO {P1}"),
    ("pt", "CONTRATA-SE MOÇAS",
     "CONTRATA-SE MOÇAS PARA TRABALHAR EM CASA DE MASSAGEM\nGANHOS DIÁRIOS, SEM EXPERIÊNCIA\n{cue}\nWHATSAPP {P1}"),
    ("fr", "NOUVELLE EN VILLE!!!",
     "NOUVELLE EN VILLE, TRÈS COQUINE {e}\nREÇOIT EN TOUTE DISCRÉTION\n{cue}\nAPPELLE-MOI AU {P1}"),
    ("fr", "MASSAGE NATURISTE - PROMO",
     "MASSAGE NATURISTE ET TANTRIQUE\nPROMO CETTE SEMAINE SEULEMENT\n{cue}\nRDV AU {P1}"),
    ("fr", "URGENT RECRUTE SERVEUSES",
     "URGENT!!! RECRUTE SERVEUSES ET HÔTESSES\nLOGEMENT POSSIBLE\n{cue}\nTÉL {P1}"),
    ("de", "NEU IN DER STADT!!!",
     "NEU IN DER STADT - SÜSSE {name_U} {e}\nHAUS- UND HOTELBESUCHE\nALLES OHNE ZEITDRUCK\n{cue}\nRUF AN: {P1}"),
    ("de", "ZIMMER FREI - SOFORT",
     "ZIMMER FREI, SOFORT BEZIEHBAR\nMÖBLIERT, NUR AN FRAUEN\n{cue}\nTEL {P1}"),
    ("it", "NOVITÀ ASSOLUTA!!!",
     "NOVITÀ ASSOLUTA {name_U} APPENA ARRIVATA\nDOLCE E SENSUALE\n{cue}\nCHIAMAMI {P1}"),
    ("it", "CERCASI RAGAZZE",
     "CERCASI RAGAZZE PER CENTRO MASSAGGI\nGUADAGNI ALTI, MASSIMA SERIETÀ\n{cue}\nINFO {P1}"),
    ("id", "PIJAT PANGGILAN {hours_U}",
     "PIJAT PANGGILAN KE HOTEL / APARTEMEN\nTERAPIS CANTIK DAN RAMAH\nLIMA MENIT LANGSUNG DATANG\n{cue}\nHUB {P1}"),
    ("id", "DICARI KARYAWATI SPA",
     "DICARI KARYAWATI SPA, GAJI BESAR\nMESS DISEDIAKAN, BISA LANGSUNG KERJA\n{cue}\nWA {P1}"),
    ("id", "DIJUAL MOTOR BEKAS MURAH",
     "DIJUAL MOTOR BEKAS MURAH, SURAT LENGKAP\nMESIN HALUS, HARGA BISA NEGO\n{cue}\nTELP {P1}"),
    ("ms", "URUT TRADISIONAL & RELAKSASI",
     "URUT TRADISIONAL DAN RELAKSASI\nTUKANG URUT CANTIK, BARU SAMPAI\nDATANG KE HOTEL ANDA\n{cue}\nCALL {P1}"),
    ("ms", "BILIK SEWA MURAH",
     "BILIK SEWA MURAH UNTUK PEREMPUAN\nDEKAT KEDAI DAN STESEN BAS\n{cue}\nHUBUNGI {P1}"),
    ("tl", "BAGONG DATING!!! {e}",
     "BAGONG DATING, MAGANDA AT MABAIT\nHOME SERVICE O HOTEL\nBAGO LANG DITO KAYA TAWAG NA\n{cue}\nTEXT O TAWAG {P1}"),
    ("tl", "HIRING: MASSEUSE",
     "HIRING AGAD!!! MASSEUSE AT RECEPTIONIST\nMAY ALLOWANCE AT LIBRENG TIRAHAN\n{cue}\nTAWAG LANG PO {P1}"),
    ("tl", "FOR SALE MURA LANG",
     "FOR SALE!!! MURA LANG, SLIGHTLY USED\nREF, TV AT WASHING MACHINE\n{cue}\nTXT {P1}"),
    ("sw", "KARIBU MASSAGE SPA",
     "KARIBU SANA! MASSAGE NZURI YA KUPUMZISHA MWILI\nWADADA WAREMBO, HUDUMA SAFI\nLEO TU BEI POA\n{cue}\nPIGA SIMU {P1}"),
    ("sw", "KAZI KWA WASICHANA",
     "NAFASI ZA KAZI KWA WASICHANA\nMSHAHARA MZURI, MALAZI YAPO\nNJOO SASA\n{cue}\nWHATSAPP {P1}"),
    ("sw", "CHUMBA KINAPANGISHWA",
     "CHUMBA KINAPANGISHWA, MAJI NA UMEME VIPO\nKARIBU NA STAGE\n{cue}\nPIGA {P1}"),
]


def unplaced_entry(ctx, lang, countries=None):
    """A country and pool entry whose national form is a valid mobile number
    in another country sharing the ad's language: nothing in such an ad can
    place it."""
    rng = ctx.rng
    pool = LANG_COUNTRIES[lang]
    cands = list(countries or pool)
    rng.shuffle(cands)
    for c in cands:
        others = set(pool) - {c}
        e = ctx.numbers.take(c, lambda e: any(r in others for r in e["amb_mob"]))
        if e is not None:
            return c, e
    raise SystemExit("no unplaced entry for %s" % lang)


CAPS_MODES = ["unplaced"] * 3 + ["text"] * 9 + ["url"] * 5 + ["calling_code"] * 4 + ["record"] * 2 + ["location"] * 2


def gen_caps(ctx, post_id, posted_at):
    rng = ctx.rng
    mode = ctx.deck("caps-mode", CAPS_MODES)
    if mode == "unplaced":
        lang, title, body = ctx.deck("caps-unplaced", [t for t in CAPS_T if t[0] in ("en", "es", "fr")])
    else:
        lang, title, body = ctx.deck("caps", CAPS_T)
    texts, ccs, neutrals = CAPS_CUES[lang]
    entry = None
    if mode == "unplaced" and lang == "es" and rng.random() < 0.3:
        entry = ctx.numbers.take("AR", lambda e: not e["amb"])
        if entry is not None:
            country, mode = "AR", "format"
    if mode == "unplaced":
        country, entry = unplaced_entry(ctx, lang, [c for c in CAPS_LANG_COUNTRIES[lang] if c in LANG_COUNTRIES[lang]])
    elif mode != "format":
        country = rng.choice(CAPS_LANG_COUNTRIES[lang])
    p = Post(ctx, "caps", country, lang)
    if mode == "text":
        cue = rng.choice(texts)
    elif mode == "calling_code":
        cue = rng.choice(ccs)
    else:
        cue = rng.choice(neutrals)
    body = body.replace("{cue}", cue)
    if mode in ("url", "record", "unplaced", "format", "location"):
        p.neutral = True
    if mode == "unplaced":
        p.add_ambiguous("P1", country, entry)
        p.place_cue = None
    elif mode == "format":
        p.add_phone("P1", country, "national", "format", entry=entry)
        p.place_cue = None
    else:
        source = mode
        if rng.random() < 0.1 and lang in NUM_WORDS:
            p.add_phone("P1", country, "words", source, upper=True)
        else:
            p.add_phone("P1", country, "national", source)
        if mode == "calling_code":
            e2 = p.take(country) if rng.random() < 0.7 else None
            if e2 is None:  # the same number again, internationally
                e2 = next(e for e in ctx.numbers.lists[country] if e["e164"] == p.phones["P1"]["e164"])
            p.add_phone("P2", country, "intl", "calling_code", entry=e2)
            p.place_cue = "+" + CALLING[country]
        elif mode == "text":
            city = rng.choice(CAPS_CITIES[country])
            p.vals["CITY"] = city.upper()
            p.vals["City"] = city
            p.place_cue = city.upper() if "{CITY}" in cue else city
        elif mode == "location":
            city = rng.choice(CAPS_CITIES[country])
            loc = rng.choice([city, city.upper(), "%s, %s" % (city, COUNTRY_NAME[country])])
            p.extra["location"] = loc
            p.place_cue = loc
        elif mode == "url":
            url, site, cue_part = country_url(rng, country, lang)
            if url:
                p.extra["url"] = url
            else:
                p.extra["site"] = site
            p.place_cue = cue_part
        else:
            p.extra["region"] = country
            p.place_cue = country
    if mode in ("text", "calling_code") and rng.random() < 0.25:
        p.extra["url"] = neutral_url(rng)
    return p.finish(post_id, title, body, posted_at)


# ===========================================================================
# group 4: url -- the region is only in the ad's URL or site
# ===========================================================================

# country -> (ccTLDs, city slugs for subdomains/paths, known site names)
URL_SPEC = {
    "AU": ([".com.au", ".au"], ["sydney", "melbourne", "brisbane", "adelaide", "gold-coast", "canberra"],
           ["gumtree.com.au", "locanto.com.au"]),
    "GB": ([".co.uk", ".uk"], ["leeds", "glasgow", "liverpool", "edinburgh", "cardiff", "sheffield"],
           ["gumtree.co.uk", "vivastreet.co.uk"]),
    "US": ([], ["houston", "atlanta", "las-vegas", "phoenix", "dallas", "chicago", "new-york", "los-angeles",
                "miami", "seattle", "denver"], ["houston.craigslist.org", "miami.craigslist.org", "dallas.craigslist.org"]),
    "CA": ([".ca"], ["toronto", "montreal", "vancouver", "calgary", "edmonton", "ottawa", "winnipeg", "mississauga"],
           ["kijiji.ca", "toronto.craigslist.org"]),
    "MX": ([".com.mx", ".mx"], ["cdmx", "monterrey", "tijuana", "cancun", "puebla"], ["mercadolibre.com.mx", "vivanuncios.com.mx"]),
    "CO": ([".com.co"], ["bogota", "medellin", "cali", "barranquilla"], ["anuncios.com.co"]),
    "PE": ([".com.pe", ".pe"], ["arequipa", "cusco", "chiclayo"], ["olx.com.pe"]),
    "CL": ([".cl"], ["vina-del-mar", "antofagasta", "temuco"], ["yapo.cl"]),
    "AR": ([".com.ar"], ["buenos-aires", "caba", "mar-del-plata", "mendoza"], ["mercadolibre.com.ar"]),
    "EC": ([".com.ec", ".ec"], ["quito", "guayaquil"], ["olx.com.ec"]),
    "ES": ([".es"], ["madrid", "barcelona", "sevilla", "malaga", "bilbao"], ["milanuncios.es", "pasion.es"]),
    "BR": ([".com.br"], ["sao-paulo", "rio-de-janeiro", "belo-horizonte", "curitiba", "porto-alegre"], ["olx.com.br"]),
    "FR": ([".fr"], ["paris", "lyon", "marseille", "toulouse"], ["leboncoin.fr", "vivastreet.fr"]),
    "DE": ([".de"], ["berlin", "hamburg", "muenchen", "koeln", "duesseldorf"], ["kleinanzeigen.de", "markt.de"]),
    "IT": ([".it"], ["milano", "napoli", "torino", "bologna"], ["subito.it", "bakeca.it"]),
    "PL": ([".pl"], ["warszawa", "krakow", "wroclaw", "gdansk"], ["olx.pl"]),
    "RO": ([".ro"], ["bucuresti", "cluj-napoca", "iasi", "timisoara"], ["olx.ro", "publi24.ro"]),
    "UA": ([".com.ua", ".ua"], ["kyiv", "kharkiv", "odesa", "lviv"], ["olx.ua"]),
    "RU": ([".ru"], ["moskva", "spb", "novosibirsk", "kazan", "ekaterinburg"], ["avito.ru"]),
    "TR": ([".com.tr"], ["istanbul", "ankara", "izmir", "antalya"], ["ilanlar.com.tr"]),
    "AE": ([".ae"], ["dubai", "abu-dhabi", "sharjah"], ["dubai.dubizzle.com", "abudhabi.dubizzle.com"]),
    "SA": ([".com.sa", ".sa"], ["riyadh", "jeddah", "dammam"], ["haraj.com.sa"]),
    "EG": ([".com.eg", ".eg"], ["cairo", "giza"], ["olx.com.eg"]),
    "MA": ([".ma"], ["casablanca", "rabat", "marrakech"], ["avito.ma"]),
    "NG": ([".com.ng", ".ng"], ["abuja", "port-harcourt", "ibadan"], ["jiji.ng"]),
    "KE": ([".co.ke"], ["nairobi", "mombasa"], ["jiji.co.ke"]),
    "GH": ([".com.gh"], ["accra", "kumasi"], ["jiji.com.gh"]),
    "ZA": ([".co.za"], ["johannesburg", "cape-town", "durban", "pretoria"], ["gumtree.co.za"]),
    "SG": ([".sg", ".com.sg"], ["singapore"], ["carousell.sg"]),
    "PH": ([".ph", ".com.ph"], ["manila", "makati", "cebu", "davao"], ["carousell.ph"]),
    "MY": ([".my", ".com.my"], ["kuala-lumpur", "penang", "johor-bahru"], ["mudah.my"]),
    "ID": ([".co.id", ".id"], ["jakarta", "surabaya", "bandung", "bali"], ["olx.co.id"]),
    "TH": ([".co.th", ".in.th"], ["bangkok", "pattaya", "phuket", "chiang-mai"], ["kaidee.co.th"]),
    "VN": ([".vn", ".com.vn"], ["hanoi", "ho-chi-minh", "da-nang"], ["raovat.com.vn"]),
    "JP": ([".jp", ".co.jp"], ["tokyo", "osaka", "fukuoka", "sapporo", "nagoya"], ["jmty.jp"]),
    "KR": ([".co.kr", ".kr"], ["seoul", "busan", "incheon"], ["joonggo.co.kr"]),
    "CN": ([".cn", ".com.cn"], ["beijing", "shanghai", "shenzhen", "guangzhou"], ["fenlei.com.cn"]),
    "TW": ([".tw", ".com.tw"], ["taipei", "kaohsiung", "taichung"], ["591.com.tw"]),
    "IN": ([".in", ".co.in"], ["mumbai", "delhi", "bangalore", "pune", "chennai"], ["olx.in"]),
    "PK": ([".pk", ".com.pk"], ["karachi", "lahore", "islamabad"], ["olx.com.pk"]),
    "BD": ([".com.bd"], ["dhaka", "chittagong"], ["bikroy.com.bd"]),
}
URL_CATS = {"en": ["escorts", "massage", "jobs", "rooms", "for-sale", "personals"],
            "es": ["escorts", "masajes", "empleos", "habitaciones", "venta"],
            "pt": ["acompanhantes", "massagem", "empregos", "quartos", "venda"],
            "fr": ["escort", "massage", "emploi", "location", "vente"],
            "de": ["erotik", "massage", "jobs", "zimmer", "verkauf"],
            "it": ["incontri", "massaggi", "lavoro", "stanze", "vendita"]}


def country_url(rng, country, lang):
    """(url or None, site or None, cue substring)"""
    tlds, cities, sites = URL_SPEC[country]
    kinds = ["sub", "path", "site"] + (["tld", "tld", "tld"] if tlds else [])
    k = rng.choice(kinds)
    brand = rng.choice(BRANDS)
    cat = rng.choice(URL_CATS.get(lang, URL_CATS["en"]))
    adid = rng.randint(100000, 9999999)
    if k == "site":
        site = rng.choice(sites)
        cue = site
        if rng.random() < 0.5:
            if site.split(".")[0] in ("houston", "miami", "dallas", "toronto", "dubai", "abudhabi"):
                return "https://%s/%s/%d.html" % (site, cat, adid), None, cue
            return "https://www.%s/%s/%d" % (site, cat, adid), None, cue
        return None, site, cue
    if k == "tld":
        tld = rng.choice(tlds)
        return "https://www.%s%s/%s/%s-%d" % (brand, tld, cat, rng.choice(["ad", "anuncio", "post", "item"]), adid), None, tld
    city = rng.choice(cities)
    gtld = rng.choice([".com", ".net", ".com", ".xxx"])
    if k == "sub":
        return "https://%s.%s%s/%s/%d" % (city, brand, gtld, cat, adid), None, city
    return "https://www.%s%s/%s/%s/%d" % (brand, gtld, city, cat, adid), None, "/" + city + "/"


URL_LANG_COUNTRIES = {
    "en": ["AU", "GB", "US", "CA", "NG", "KE", "GH", "ZA", "SG", "PH", "MY", "IN", "PK"],
    "es": ["MX", "CO", "AR", "CL", "PE", "EC", "ES"], "pt": ["BR"], "fr": ["FR", "MA", "CA"], "de": ["DE"],
    "it": ["IT"], "pl": ["PL"], "ro": ["RO"], "tr": ["TR"], "ru": ["RU", "UA"], "uk": ["UA"],
    "ar": ["AE", "SA", "EG", "MA"], "id": ["ID"], "vi": ["VN"], "th": ["TH"], "ja": ["JP"], "ko": ["KR"],
    "zh": ["CN", "SG", "MY"],
}

URL_T = [
    ("en", "Sexy Latina available now {e}",
     "Hi guys, I'm {name} {ee}\n{age}, {meas}, curvy and fun\nIncall or outcall, no rush\nRates: {price} per hour\nCall/text {P1}"),
    ("en", "Deep tissue & relaxation massage",
     "Certified massage therapist.\nDeep tissue, Swedish, hot stones.\nMobile service available.\n{hours}\nBook: {P1}"),
    ("en", "Live-in nanny needed",
     "Family with two kids looking for a live-in nanny.\nMust speak English, non-smoker.\nGood salary, own room.\nCall {P1} in the evening."),
    ("en", "2 bed apartment for rent",
     "Spacious 2 bedroom apartment, recently renovated.\nClose to schools and public transport.\nAvailable {date}.\nInspections: {P1}"),
    ("en", "Busty blonde – outcall only 💋",
     "{name} here, {age}, {height}\nOutcall to hotels and homes only\nNo texts from private numbers\n{ep} {P1}"),
    ("en", "PS5 with 2 controllers",
     "Selling my PS5 disc edition with 2 controllers and 3 games.\nBarely used.\nPrice {item}, cash only.\n{P1}"),
    ("en", "Sensual massage by {name}",
     "Let me take care of you {e}\nSensual body massage, shower available\n{price} / hour\nText me first: {P1}\n{footer}"),
    ("en", "Warehouse staff wanted – start Monday",
     "Warehouse pickers and packers needed.\nDay and night shifts, weekly pay.\nNo experience required.\nCall the office: {P1}"),
    ("en", "Mature lady offers company",
     "Elegant mature lady, {age}\nFor dinner dates and more\nVery discreet\n{P1}"),
    ("en", "Looking for a flatmate",
     "Looking for a clean, quiet flatmate.\nRoom has its own bathroom.\nBills split equally.\nMessage or call {P1}"),
    ("en", "Brazilian girl just arrived 🇧🇷",
     "Brazilian girl just arrived {e}\n{name}, {age}, {meas}\nVery sweet and naughty\nCall me {P1}"),
    ("es", "Colombiana ardiente 🔥",
     "Hola mi amor, soy {name} {e}\n{age}, {meas}\nAtiendo en privado o a domicilio\nTarifa {price}\nLlámame {P1}"),
    ("es", "Masajes relajantes a domicilio",
     "Masajista profesional con experiencia\nMasajes relajantes y descontracturantes\n{hours}\nReserva al {P1}"),
    ("es", "Se solicita ayudante de cocina",
     "Se solicita ayudante de cocina con experiencia\nHorario {hours}\nPresentarse con CV o llamar al {P1}"),
    ("es", "Vendo celular Samsung",
     "Vendo Samsung Galaxy A54, poco uso, con caja\nPrecio {item}\nInteresados al {P1}"),
    ("es", "Chica independiente 💋",
     "Chica independiente, {age}, {height}\nTrato de novios, muy cariñosa\nSolo caballeros educados\nWhatsApp {P1}"),
    ("es", "Alquilo habitación",
     "Alquilo habitación amplia con baño compartido\nIdeal estudiante\n{rent} mensuales\nCel {P1}"),
    ("pt", "Loira safada 😈",
     "Oi, sou a {name} {e}\n{age}, {height}, bumbum grande\nAtendo com local\nCachê {price}\nWhats {P1}"),
    ("pt", "Vendo bicicleta aro 29",
     "Vendo bicicleta aro 29, 21 marchas, revisada\nValor {item}\nTratar {P1}"),
    ("pt", "Precisa-se de diarista",
     "Precisa-se de diarista para duas vezes por semana\nPagamento {price} por dia\nLigar {P1}"),
    ("fr", "Jolie brune pour moments câlins",
     "Jolie brune de {age}, douce et coquine {e}\nReçoit ou se déplace\n{price} la demi-heure\nAppelle-moi au {P1}"),
    ("fr", "Femme de ménage disponible",
     "Femme de ménage sérieuse, disponible en semaine\nRepassage, vitres, courses\nContact : {P1}"),
    ("fr", "Vends canapé d'angle",
     "Vends canapé d'angle gris, très bon état\n{item}, à venir chercher\nTél {P1}"),
    ("de", "Heiße Blondine privat {e}",
     "Hallo Männer, ich bin {name}, {age}\nPrivat und diskret, Haus- und Hotelbesuche\nTaschengeld {price}\nRuf mich an: {P1}"),
    ("de", "Putzhilfe gesucht",
     "Wir suchen eine zuverlässige Putzhilfe für unseren Haushalt\nZweimal pro Woche, gute Bezahlung\nBitte melden unter {P1}"),
    ("de", "Verkaufe E-Bike",
     "Verkaufe gebrauchtes E-Bike, Akku neu\nVB {item}\nNur Abholung\nTel. {P1}"),
    ("it", "Bella mora, massaggi rilassanti",
     "Ciao, sono {name}, {age} {e}\nMassaggi rilassanti in ambiente riservato\n{hours}\nChiamami: {P1}"),
    ("it", "Affittasi stanza singola",
     "Affittasi stanza singola arredata a studentessa\n{rent} al mese spese incluse\nCell. {P1}"),
    ("pl", "Masaż relaksacyjny – nowa",
     "Cześć, jestem {name}, {age}\nMasaż relaksacyjny, dyskrecja\n{price} / godz.\nTel. {P1}"),
    ("pl", "Sprzedam rower",
     "Sprzedam rower górski, stan bardzo dobry\nCena {item}\nKontakt {P1}"),
    ("ro", "Masaj de relaxare la domiciliu",
     "Masaj de relaxare, {name}, {age}\nDeplasare la hotel sau domiciliu\n{price} ora\nTel: {P1}"),
    ("ro", "Vând canapea extensibilă",
     "Vând canapea extensibilă, stare foarte bună\nPreț {item}\nSunați la {P1}"),
    ("tr", "Rahatlatıcı masaj - yeni",
     "Merhaba, ben {name}, {age}\nRahatlatıcı masaj, otele gelirim\nÜcret {price}\nArayın: {P1}"),
    ("tr", "Satılık buzdolabı",
     "Az kullanılmış buzdolabı satılık\nFiyat {item}\nTel {P1}"),
    ("ru", "Массаж на дому {e}",
     "Приеду к вам, {name}, {age}\nРасслабляющий массаж\nСтоимость {price}\nТел. {P1}"),
    ("ru", "Требуется официантка",
     "В кафе требуется официантка, сменный график\nОплата {salary}\nЗвонить {P1}"),
    ("uk", "Масаж, виїзд",
     "Розслабляючий масаж, виїзд до готелю\n{name}, {age}\nЦіна {price}\n{P1}"),
    ("ar", "مساج منزلي",
     "خدمة مساج في المنزل أو الفندق\nمدلكة محترفة {age}\nالسعر {price}\nاتصل {P1}"),
    ("ar", "مطلوب سائق خاص",
     "مطلوب سائق خاص لعائلة\nراتب {salary}\nسكن ومواصلات\nللتواصل {P1}"),
    ("ar", "للبيع غسالة",
     "للبيع غسالة سامسونج مستعملة بحالة ممتازة\nالسعر {item}\nجوال {P1}"),
    ("id", "Pijat refleksi panggilan",
     "Pijat refleksi dan tradisional, panggilan ke rumah/hotel\nTerapis {name}, {age}\nTarif {price}\nWA {P1}"),
    ("id", "Dijual HP bekas",
     "Dijual HP Oppo bekas, mulus, fullset\nHarga {item} nego\nHub {P1}"),
    ("vi", "Massage tại nhà",
     "Massage thư giãn tại nhà/khách sạn\n{name}, {age}\nGiá {price}\nGọi {P1}"),
    ("th", "นวดนอกสถานที่",
     "รับนวดนอกสถานที่ โรงแรม/คอนโด\nน้อง{name} {age}\nราคา {price}\nโทร {P1}"),
    ("ja", "出張マッサージ {name}",
     "ホテル・ご自宅へ出張します\n{name}（{age}）\n60分 {price}\nご予約 {P1}"),
    ("ja", "家具まとめて譲ります",
     "引っ越しのため家具をまとめて譲ります\nベッド・机・冷蔵庫\n{item}\n連絡先 {P1}"),
    ("ko", "출장 마사지",
     "출장 마사지 전문\n{name} 관리사 {age}\n{price}\n문의 {P1}"),
    ("zh", "上门按摩 随叫随到",
     "专业上门按摩\n{name} {age}\n价格 {price}\n电话 {P1}"),
    ("zh", "二手电脑出售",
     "九成新笔记本电脑出售\n价格 {item}\n联系 {P1}"),
]


def gen_url(ctx, post_id, posted_at):
    rng = ctx.rng
    lang, title, body = ctx.deck("url", URL_T)
    country = rng.choice(URL_LANG_COUNTRIES[lang])
    p = Post(ctx, "url", country, lang)
    p.neutral = True
    url, site, cue = country_url(rng, country, lang)
    if url:
        p.extra["url"] = url
        if rng.random() < 0.3:
            p.extra["site"] = url.split("/")[2].replace("www.", "")
    else:
        p.extra["site"] = site
    p.place_cue = cue
    p.add_phone("P1", country, "national", "url")
    if rng.random() < 0.12:
        body = body + rng.choice(["\n{ep} {P2}", "\n/ {P2}", "\n2nd: {P2}"])
        p.add_phone("P2", country, "national", "url")
    if rng.random() < 0.1 and "{P1}" not in title:
        title = title + " {ep} {P1}"
    return p.finish(post_id, title, body, posted_at)


# ===========================================================================
# group 5: mixed -- several numbers (one with +CC, the other national),
# numbers split over lines, spaced digit by digit or spelled in words, and
# decoys next to them
# ===========================================================================

MIXED_LANG_COUNTRIES = {
    "en": ["AU", "GB", "US", "CA", "NG", "KE", "GH", "ZA", "SG", "PH", "MY", "IN", "PK", "AE"],
    "es": ["MX", "CO", "AR", "CL", "PE", "EC", "ES"], "pt": ["BR"], "fr": ["FR", "MA"], "de": ["DE"],
    "it": ["IT"], "id": ["ID"], "tr": ["TR"], "ru": ["RU", "UA"], "pl": ["PL"], "ro": ["RO"],
    "ar": ["AE", "SA", "EG", "MA"], "tl": ["PH"],
}

MIXED_T = [
    ("en", "Sweet Asian girl {e} new this week",
     "Hi darling, I'm {name} {ee}\n{age} | {height} | {meas}\nIncall {price}/hr, outcall +taxi\nWhatsApp {P1}\nCalls/SMS {P2}{X}\nAvailable from {date}, {hours}"),
    ("en", "Massage therapist – call or WhatsApp",
     "Swedish & deep tissue massage, 60/90 min\nNew clients: quote your booking ({order}) when you call\nCall {P2} or WhatsApp {P1}{X}\nOpen {hours}"),
    ("en", "Phone cases wholesale – fast shipping",
     "Wholesale phone cases & chargers\nLast shipment ({order}) went out today, {track}\nPayment details on request\nOrders: {P1}\nShop line: {P2}{X}"),
    ("en", "Room available from {date}",
     "Single room in a shared house\n{rent} per month + deposit\nPostcode {postcode}\nViewing: call {P2}\nOverseas? WhatsApp {P1}{X}"),
    ("en", "VIP companion {name} {e}",
     "{name} • {age} • {height} • {meas} • {weight}\nRates from {price}\nText {P2}\nWhatsApp {P1}{X}\nNo withheld numbers."),
    ("en", "FOUND wallet – owner please call",
     "Found a brown wallet on {date}.\nInside: ID card ({natid}), some cash and bank cards.\nOwner please call {P2} or WhatsApp {P1}{X}\nYou'll need to describe it."),
    ("en", "Car for sale – one owner",
     "Toyota Corolla {year}, {km}, full service history\nAsking {car}\nCall {P2} (day) / {P1} (WhatsApp){X}"),
    ("en", "Tutoring – maths & English",
     "Experienced tutor, all ages\n{price} per hour, first lesson free\nLessons {hours}\nCall {P2}\nWhatsApp {P1}{X}"),
    ("en", "New girl {name} 💋 available today",
     "NEW!!! {name} {age}\n{meas} natural\nIncall only, {price}\nBooking: {P2}\nWA: {P1}{X}\nSorry no calls after midnight"),
    ("en", "Delivery drivers needed – own van",
     "Courier company needs drivers with their own van\nPaid per drop, invoices weekly\nApply: call {P2} or WhatsApp {P1}{X}\nQuote {order}"),
    ("en", "Flat share – all bills included",
     "Double room, {rent} all in, one month deposit\nAvailable {date}\nPostcode {postcode}\nWhatsApp {P1}\nLandlord {P2}{X}"),
    ("en", "Escort agency – girls available now",
     "Agency with {name} and six more girls\nHotels and airports\n{hours}\nBookings: {P2} | {P1}{X}\nCards accepted, quote {order}"),
    ("en", "Bridal makeup artist",
     "Bridal & party makeup, hair styling\nBooking for {date} and later\nDeposit by bank transfer to {iban}\nCall {P2} / WhatsApp {P1}{X}"),
    ("en", "Selling concert tickets x2",
     "Two tickets, standing, for {date}\n{order}, will transfer in the app\n{item} each\nCall {P2} or {P1}{X}"),
    ("es", "Chica nueva {name} 💋",
     "Hola papi, soy {name}, {age}\n{meas}, {height}\nTarifa {price} la hora\nWhatsApp {P1}\nLlamadas {P2}{X}\nAtiendo {hours}"),
    ("es", "Vendo auto por viaje",
     "Vendo Chevrolet Spark {year}, {km}\nPrecio {car}\nPapeles al día\nCel {P2} / WhatsApp {P1}{X}"),
    ("es", "Encontré una billetera",
     "Encontré una billetera el {date}\nTiene documento {natid}\nEl dueño puede llamar al {P2} o escribir al {P1}{X}"),
    ("es", "Arriendo departamento",
     "Arriendo depto 2 dormitorios, {rent}\nDisponible desde el {date}\nCódigo postal {postcode}\nLlamar {P2}\nWhatsApp {P1}{X}"),
    ("es", "Clases particulares de inglés",
     "Profesora nativa da clases de inglés\n{price} la hora\nHorarios {hours}\nTel {P2} - WhatsApp {P1}{X}"),
    ("es", "Masajes para caballeros {e}",
     "Masajes eróticos, final feliz\nDepto privado\n{price}\nReservas al {P2} o WhatsApp {P1}{X}\nConfirma tu reserva: {order}"),
    ("es", "Venta de celulares por mayor",
     "Venta de celulares por mayor\nHoy sale {order}, {track}\nConsultas {P2}\nWhatsApp {P1}{X}"),
    ("es", "Busco trabajo de niñera",
     "Hola, soy {name}, {age}\nBusco trabajo de niñera o limpieza\nTengo referencias, mi documento {natid}\nMi cel {P2}, WhatsApp {P1}{X}"),
    ("pt", "Novinha {name} 🔥",
     "Oi amor, sou {name}, {age}\n{height}, {meas}\nCachê {price}\nZap {P1}\nLigação {P2}{X}"),
    ("pt", "Vendo carro",
     "Vendo Gol {year}, {km}\nValor {car}\nDocumentos em dia\nTel {P2} / Zap {P1}{X}"),
    ("pt", "Achei documentos",
     "Achei uma carteira no dia {date}\nCom {natid} e cartões\nDono ligar {P2} ou WhatsApp {P1}{X}"),
    ("pt", "Aluguel de quarto",
     "Quarto para alugar {rent}\nCEP {postcode}\nDisponível a partir de {date}\nFalar com Dona Maria {P2} / {P1}{X}"),
    ("fr", "Nouvelle, {name} {e}",
     "Coucou, moi c'est {name}, {age}\n{meas}, {height}\n{price} la demi-heure\nWhatsApp {P1}\nAppels {P2}{X}"),
    ("fr", "Vends voiture",
     "Vends Clio {year}, {km}\nPrix {car}\nTél {P2} ou WhatsApp {P1}{X}"),
    ("fr", "Colocation disponible",
     "Chambre en colocation, {rent} CC\nCode postal {postcode}\nLibre le {date}\nContact {P2} / {P1}{X}"),
    ("de", "Neu: {name} {e}",
     "Hallo, ich bin {name}, {age}, {height}\nTaschengeld ab {price}\nWhatsApp {P1}\nAnrufe {P2}{X}\nTermine {hours}"),
    ("de", "Verkaufe Auto",
     "VW Golf, Baujahr {year}, {km}\nVB {car}\nTel. {P2} oder WhatsApp {P1}{X}\nAnzahlung auf {iban}"),
    ("de", "Fundsache: Geldbörse",
     "Geldbörse gefunden am {date}\nDarin: {natid}\nBitte melden: {P2} / {P1}{X}"),
    ("it", "Novità {name} 💋",
     "Ciao, sono {name}, {age}, {meas}\n{price} mezz'ora\nWhatsApp {P1}\nChiamate {P2}{X}"),
    ("it", "Vendo auto",
     "Vendo Fiat Panda {year}, {km}\nPrezzo {car}\nTel {P2} / WhatsApp {P1}{X}\nAnticipo con bonifico su {iban}"),
    ("id", "Pijat plus {name}",
     "Halo kak, aku {name}, {age}\nPijat + terapi, {price}\nWA {P1}\nTelp {P2}{X}\nBuka {hours}"),
    ("id", "Jual motor",
     "Jual Honda Beat {year}, {km}\nHarga {car} nego\nSurat lengkap, pajak hidup\nHub {P2} / WA {P1}{X}"),
    ("tr", "Yeni: {name} {e}",
     "Merhaba, ben {name}, {age}\n{height}, {meas}\nÜcret {price}\nWhatsApp {P1}\nArama {P2}{X}"),
    ("tr", "Satılık araba",
     "Satılık Fiat Egea {year}, {km}\nFiyat {car}\nKapora için IBAN: {iban}\nTel {P2} / WhatsApp {P1}{X}"),
    ("ru", "Новенькая {name} {e}",
     "Привет, я {name}, {age}, рост {height}\n{meas}\n{price}/час\nWhatsApp {P1}\nЗвонки {P2}{X}"),
    ("ru", "Продам авто",
     "Продам Ладу Весту {year} г.в., пробег {km}\nЦена {car}\nТел. {P2}, WhatsApp {P1}{X}"),
    ("pl", "Nowa {name} {e}",
     "Cześć, jestem {name}, {age}\n{price} / godz.\nWhatsApp {P1}\nTel. {P2}{X}"),
    ("ro", "Vând mașină",
     "Vând Dacia Logan {year}, {km}\nPreț {car}\nTel {P2} / WhatsApp {P1}{X}"),
    ("ar", "مساج {name}",
     "مساج احترافي، {name} {age}\nالسعر {price}\nواتساب {P1}\nاتصال {P2}{X}"),
    ("ar", "للبيع سيارة",
     "للبيع سيارة موديل {year}، الممشى {km}\nالسعر {car}\nللتواصل {P2} أو واتساب {P1}{X}"),
    ("tl", "Sideline girl {name}",
     "Hi po, {name} here, {age}\n{price} short time\nViber/WhatsApp {P1}\nText {P2}{X}"),
]

EXTRA_LINE = {
    "en": ["\nBackup: {P3}", "\nOr text {P3}", "\n2nd line {P3}", "\n(spelled out so the site doesn't block it: {P3})",
           "\nOther number:\n{P3}"],
    "es": ["\nOtro número: {P3}", "\nTambién {P3}", "\n(te lo escribo en letras: {P3})"],
    "pt": ["\nOutro número: {P3}", "\nRecado: {P3}", "\n(por extenso: {P3})"],
    "fr": ["\nAutre numéro : {P3}", "\n(en lettres : {P3})"],
    "de": ["\nZweitnummer: {P3}", "\n(ausgeschrieben: {P3})"],
    "it": ["\nAltro numero: {P3}", "\n(in lettere: {P3})"],
    "id": ["\nNo lain: {P3}", "\n(ditulis huruf: {P3})"],
    "tr": ["\nDiğer numara: {P3}"], "ru": ["\nВторой номер: {P3}", "\n(прописью: {P3})"],
    "pl": ["\nDrugi numer: {P3}"], "ro": ["\nAlt număr: {P3}"], "ar": ["\nرقم آخر: {P3}"],
    "tl": ["\nOther no. {P3}"],
}

POSTCODE_WORD = {"en": "Postcode", "es": "C.P.", "pt": "CEP", "fr": "Code postal", "de": "PLZ", "it": "CAP",
                 "id": "Kode pos", "tr": "Posta kodu", "ru": "Индекс", "pl": "Kod pocztowy", "ro": "Cod poștal",
                 "ar": "الرمز البريدي", "tl": "Zip code", "uk": "Індекс", "vi": "Mã bưu chính"}
SALE_WORDS = ["{item}", "{car}", "celular", "phone", "Vendo", "Verkaufe", "Vends", "Satılık", "Продам", "Vând",
              "Jual", "للبيع", "tickets", "Venta"]
PHONE_WORDS = ["celular", "phone"]
DECOY_LINES = {
    "iban": "IBAN {iban}", "bizid": "{bizid}", "natid": "{natid}", "order": "{order}", "track": "{track}",
    "imei": "{imei}", "postcode": "{pc_word} {postcode}",
}


def add_decoy_line(p, body, neutral):
    """One more line of numbers that are no phone numbers."""
    rng = p.rng
    kinds = ["order"]
    if any(w in body for w in SALE_WORDS):
        kinds += ["track"]
    if any(w in body for w in PHONE_WORDS):
        kinds += ["imei", "imei"]
    if not neutral:
        kinds += ["natid", "bizid", "bizid", "postcode"]
        if p.country in IBAN_BBAN:
            kinds += ["iban", "iban"]
    kinds = [k for k in kinds if "{%s}" % k not in body]
    if not kinds:
        return body
    k = rng.choice(kinds)
    p.vals["pc_word"] = POSTCODE_WORD.get(p.lang, "Postcode")
    return body + "\n" + rng.choice(["", "", "• ", "— ", "📄 "]) + DECOY_LINES[k]


# destination name of a job abroad, per ad language
DEST = {
    "AE": {"en": "Dubai", "es": "Dubái", "id": "Dubai", "vi": "Dubai"},
    "SA": {"en": "Saudi Arabia", "id": "Arab Saudi"},
    "PL": {"en": "Poland", "uk": "Польщі", "es": "Polonia", "vi": "Ba Lan"},
    "RO": {"en": "Romania"},
    "GB": {"en": "the UK"},
    "CA": {"en": "Canada", "es": "Canadá"},
    "MY": {"en": "Malaysia", "id": "Malaysia"},
    "JP": {"en": "Japan", "vi": "Nhật Bản"},
    "KR": {"en": "South Korea", "vi": "Hàn Quốc", "id": "Korea Selatan"},
    "DE": {"en": "Germany", "uk": "Німеччині"},
    "TW": {"id": "Taiwan", "vi": "Đài Loan"},
    "ES": {"es": "España"},
    "US": {"es": "Estados Unidos"},
}
# local country -> (ad language, office places, destinations)
RECRUIT = {
    "PH": ("en", ["Ermita, Manila", "Malate, Manila", "Mandaluyong City", "Quezon City", "Cebu City"], ["AE", "SA", "CA", "JP", "GB"]),
    "IN": ("en", ["Kochi, Kerala", "Chennai", "Kurla West, Mumbai", "Hyderabad, Telangana", "Lucknow"], ["AE", "SA", "PL"]),
    "NG": ("en", ["Ikeja, Lagos", "Wuse 2, Abuja", "Port Harcourt"], ["AE", "SA", "PL", "RO", "CA"]),
    "KE": ("en", ["Nairobi CBD", "Mombasa", "Westlands, Nairobi"], ["AE", "SA", "PL", "RO"]),
    "GH": ("en", ["Accra Central", "Kumasi", "East Legon, Accra"], ["AE", "SA", "PL", "CA"]),
    "BD": ("en", ["Motijheel, Dhaka", "Banani, Dhaka", "Chittagong"], ["AE", "SA", "MY", "RO"]),
    "PK": ("en", ["Saddar, Rawalpindi", "Blue Area, Islamabad", "Gulberg, Lahore"], ["AE", "SA", "MY"]),
    "EG": ("en", ["Nasr City, Cairo", "Dokki, Giza"], ["SA", "AE"]),
    "ID": ("id", ["Jakarta Timur", "Surabaya", "Malang", "Cirebon"], ["MY", "TW", "KR", "SA"]),
    "UA": ("uk", ["Львів, вул. Городоцька", "Київ, Оболонь", "Рівне"], ["PL", "DE"]),
    "VN": ("vi", ["Cầu Giấy, Hà Nội", "Quận 10, TP.HCM"], ["JP", "KR", "TW", "PL"]),
    "CO": ("es", ["Bogotá, Chapinero", "Medellín, El Poblado"], ["ES", "CA", "US"]),
    "PE": ("es", ["Lima, Jesús María", "Arequipa"], ["ES", "US"]),
    "EC": ("es", ["Quito, La Mariscal", "Guayaquil"], ["ES", "US"]),
}
RECRUIT_T = {
    "en": [
        ("URGENT HIRING FOR {dest_U}",
         "URGENT HIRING!!! {dest_U} {e}\nFactory workers, cleaners, drivers\nFree visa & ticket, salary {dsalary}\nApply at our office in {office}\nCall {P2}\nEmployer WhatsApp {P1}"),
        ("Jobs in {dest} – caregivers & nurses",
         "Licensed agency, no placement fee\nCaregivers and nurses needed for {dest}\nVisit us: {office}\nTel {P2}\nOverseas HR: {P1}"),
        ("Work abroad – hotel staff",
         "Hotel staff needed in {dest}: housekeeping, waiters, cooks\nInterviews this week at {office}\nBring passport copy\nContact {P2} / WhatsApp HR {P1}"),
        ("Drivers wanted – {dest}",
         "Heavy & light drivers wanted for {dest}\nGood salary + accommodation\nOffice: {office}\nMobile {P2}\nClient in {dest}: {P1}"),
    ],
    "es": [
        ("Trabajo en {dest} – temporada de fruta",
         "Se buscan trabajadores para campaña de fruta en {dest}\nSalario {dsalary}, alojamiento incluido\nOficina en {office}\nInformes {P2}\nWhatsApp empresa {P1}"),
        ("Empleo en {dest} para cuidadoras",
         "Agencia busca cuidadoras de adultos mayores para {dest}\nContrato legal, pasaje pagado\nEntrevistas en {office}\nLlamar al {P2} o escribir al {P1}"),
    ],
    "id": [
        ("Lowongan kerja ke {dest}",
         "Dibutuhkan TKW/TKI untuk {dest}\nGaji {dsalary}, tiket ditanggung\nKantor: {office}\nHub {P2}\nWA agen {P1}"),
    ],
    "uk": [
        ("Робота в {dest}",
         "Робота на заводі в {dest}\nЗарплата {dsalary}\nОфіс: {office}\nТел. {P2}\nViber роботодавця {P1}"),
    ],
    "vi": [
        ("Tuyển lao động đi {dest}",
         "Tuyển lao động đi {dest}, lương {dsalary}\nVăn phòng: {office}\nLH {P2}\nZalo đối tác {P1}"),
    ],
}


def mixed_extra(p, country, lang):
    rng = p.rng
    forms = ["split", "spaced", "national"] + (["words", "words"] if lang in NUM_WORDS else [])
    form = rng.choice(forms)
    lines = EXTRA_LINE[lang]
    if form == "words":
        line = next((l for l in lines if "(" in l), lines[0])
    else:
        line = rng.choice([l for l in lines if "(" not in l] or lines)
    return form, line


MIXED_MODES = ["recruiter"] * 4 + ["unplaced"] * 4 + ["record"] * 2 + ["cc"] * 9 + ["decoy_only"]

# ads with numbers in them but no phone number at all
DECOY_ONLY_T = [
    ("en", ["GB", "US", "AU", "CA", "IN", "ZA"], "Selling iPhone 13 – messages only",
     "iPhone 13 128GB, unlocked\n{imei}\nBought {date}, receipt {order}\n{item}\nMessage me through the site, no calls please."),
    ("en", ["GB", "AU", "US", "NG", "KE"], "Lost parcel – did anyone take it in?",
     "My parcel ({track}) was left at the wrong door on {date}.\nIt's a small grey box.\nPlease reply here, thanks!"),
    ("en", ["GB", "US", "SG", "MY", "PH"], "Escort agency – book online only",
     "Girls available {hours}\nAll ladies {age} and over\nBookings only through our website, no phone bookings.\n{bizid}"),
    ("es", ["CL", "AR", "ES", "MX", "CO"], "Vendo moto – solo mensajes",
     "Moto año {year}, {km}\n{car}\nSolo mensajes por la página, no doy teléfono.\nPapeles a nombre del dueño, {natid}"),
    ("es", ["MX", "CO", "PE", "EC"], "Busco cuarto en renta",
     "Busco cuarto hasta {rent}\nCódigo postal {postcode}\nMe mudo el {date}\nResponder por mensaje privado."),
    ("de", ["DE"], "Wohnung gesucht",
     "Suche 2-Zimmer-Wohnung bis {rent} warm\nPLZ {postcode}\nEinzug ab {date}\nBitte nur über das Portal antworten."),
    ("pt", ["BR"], "Procuro quarto",
     "Procuro quarto até {rent}\nCEP {postcode}\nMudança dia {date}\nSó mensagens pelo site, por favor."),
    ("fr", ["FR", "MA"], "Cherche colocation",
     "Budget {rent}\nCode postal {postcode}\nDisponible à partir du {date}\nRéponse par la messagerie du site uniquement."),
]


def gen_mixed(ctx, post_id, posted_at):
    rng = ctx.rng
    mode = ctx.deck("mixed-mode", MIXED_MODES)
    if mode == "recruiter":
        return gen_recruiter(ctx, post_id, posted_at)
    if mode == "decoy_only":
        lang, countries, title, body = ctx.deck("mixed-decoy-only", DECOY_ONLY_T)
        p = Post(ctx, "mixed", rng.choice(countries), lang)
        return p.finish(post_id, title, body, posted_at)
    if mode == "unplaced":
        cands = [t for t in MIXED_T if (t[0] in LANG_COUNTRIES or t[0] == "pt") and
                 not any(s in t[2] for s in ("{natid}", "{iban}", "{postcode}"))]
        while True:
            lang, title, body = ctx.deck("mixed-unplaced", cands)
            fmt_only = lang == "pt" or (lang == "es" and rng.random() < 0.3)
            if not fmt_only:
                break
            # Brazilian and Argentine mobiles (with the 9 / the 15) whose
            # national form is valid nowhere else: the format places them
            country = "BR" if lang == "pt" else "AR"
            e1 = ctx.numbers.take(country, lambda e: not e["amb"])
            if e1 is None:
                continue
            e2 = (ctx.numbers.take(country, lambda e: not e["amb"]) if rng.random() < 0.6 else None) or e1
            break
        if not fmt_only:
            country, e1 = unplaced_entry(ctx, lang)
            e2 = ctx.numbers.take(country, lambda e: any(r in LANG_COUNTRIES[lang] and r != country for r in e["amb_mob"]))
        p = Post(ctx, "mixed", country, lang)
        p.neutral = True
        if fmt_only:
            p.add_phone("P1", country, "national", "format", entry=e1)
            p.add_phone("P2", country, "national", "format", entry=e2)
        else:
            p.add_ambiguous("P1", country, e1)
            if e2 is not None:
                p.add_ambiguous("P2", country, e2)
            else:
                p.add_ambiguous("P2", country, e1)
        body = body.replace("{X}", "")
        if rng.random() < 0.5:
            body = add_decoy_line(p, body, True)
        return p.finish(post_id, title, body, posted_at)

    lang, title, body = ctx.deck("mixed", MIXED_T)
    country = rng.choice(MIXED_LANG_COUNTRIES[lang])
    if "{iban}" in body and country not in IBAN_BBAN:
        body = body.replace("{iban}", "{natid}")
    p = Post(ctx, "mixed", country, lang)
    if mode == "record":
        p.extra["region"] = country
        p.place_cue = country
        if rng.random() < 0.5:
            p.add_phone("P1", country, "intl", "calling_code")
        else:
            p.add_phone("P1", country, "national", "record")
        src = "record"
    else:
        p.add_phone("P1", country, "intl", "calling_code")
        p.place_cue = "+" + CALLING[country]
        src = "calling_code"
    form2 = ctx.deck("mixed-form2", ["national"] * 4 + ["split"] * 2 + ["spaced"] * 2 + ["words"] * 2)
    if form2 == "words" and lang not in NUM_WORDS:
        form2 = "spaced"
    p.add_phone("P2", country, form2, src)
    if rng.random() < 0.5:
        form, line = mixed_extra(p, country, lang)
        body = body.replace("{X}", line)
        p.add_phone("P3", country, form, src)
    else:
        body = body.replace("{X}", "")
    if rng.random() < 0.6:
        body = add_decoy_line(p, body, False)
    if rng.random() < 0.3:
        p.extra["url"] = neutral_url(rng)
    return p.finish(post_id, title, body, posted_at)


def gen_recruiter(ctx, post_id, posted_at):
    rng = ctx.rng
    country = ctx.deck("recruit-country", sorted(RECRUIT))
    lang, offices, dests = RECRUIT[country]
    title, body = ctx.deck("recruit-" + lang, RECRUIT_T[lang])
    dest = rng.choice([d for d in dests if lang in DEST[d]])
    p = Post(ctx, "mixed", country, lang)
    office = rng.choice(offices)
    p.vals["office"] = office
    p.vals["dest"] = DEST[dest][lang]
    p.vals["dsalary"] = price(rng, dest, "salary")
    if "{dsalary}" in body:
        p.decoy("price")
    p.place_cue = office
    p.add_phone("P1", dest, "intl", "calling_code")
    p.add_phone("P2", country, "national", "text")
    if rng.random() < 0.5:
        body = body + "\n" + rng.choice(["", "Licence: ", "Reg: ", "📄 "]) + "{bizid}"
    return p.finish(post_id, title, body, posted_at)


# ===========================================================================
# driver
# ===========================================================================

GEN = {"script": gen_script, "qualified": gen_qualified, "caps": gen_caps, "url": gen_url, "mixed": gen_mixed}


class Ctx:
    def __init__(self, split, seed, parity, pool):
        self.split = split
        self.rng = random.Random(seed)
        self.numbers = Numbers(pool, parity, random.Random(seed + 1))
        self.decks = {}

    def deck(self, name, items):
        """Items in shuffled rounds, so every template gets used."""
        d = self.decks.get(name)
        if not d:
            d = list(items)
            self.rng.shuffle(d)
            self.decks[name] = d
        return d.pop()


def posted_at(rng):
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 6), rng.randint(1, 28), rng.randint(0, 23),
                                              rng.randint(0, 59), rng.randint(0, 59))


def build(split, n, seed, parity, prefix, pool):
    ctx = Ctx(split, seed, parity, pool)
    groups = [GROUPS[i % len(GROUPS)] for i in range(n)]
    ctx.rng.shuffle(groups)
    out = []
    for i, g in enumerate(groups, 1):
        rec = GEN[g](ctx, "%s-%04d" % (prefix, i), posted_at(ctx.rng))
        out.append(rec)
    return out


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)


def outputs():
    pool = load_pool()
    res = {}
    for split, fname, prefix, n, seed, parity in SPLITS:
        res[fname] = render(build(split, n, seed, parity, prefix, pool))
    return res


def main(argv):
    check = "--check" in argv
    bad = 0
    for fname, text in outputs().items():
        path = os.path.join(HERE, fname)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            except FileNotFoundError:
                old = None
            if old != text:
                print("DIFFERS: %s" % fname)
                bad += 1
            else:
                print("ok: %s" % fname)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            print("wrote %s (%d posts)" % (fname, text.count("\n")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
