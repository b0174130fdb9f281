#!/usr/bin/env python3
"""linking2: an independent synthetic corpus for evaluating network linking.

    python3 eval/linking2/gen.py --seed S --posts N --out posts.jsonl --truth truth.jsonl

Writes N posts (the plainsight input record, one JSON object a line) and, in the same order, one
truth line per post: {"id", "network", "role", "phones", "mentions", "contacts", "lang"}.
A network is one real-world actor; see SPEC.md. Standard library only; the same seed and N give
the same bytes. Seeds 1, 2, 3 are for development, 201, 202, 203 are held out; the generator
treats every seed alike.
"""
import argparse
import datetime
import json
import math
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as TX  # noqa: E402

T0 = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
DAYS = 547                      # 2023-01-01 .. 2024-06-30
DAY = 86400
SPAN_S = DAYS * DAY

ROLES = [  # role, share of posts
    ("escort_independent", 0.20),
    ("escort_operator", 0.18),
    ("massage_business", 0.15),
    ("recruiter_deceptive", 0.09),
    ("employer", 0.14),
    ("seller", 0.24),
]
SITE_CAT = {"escort_independent": "escort", "escort_operator": "escort", "massage_business": "massage",
            "recruiter_deceptive": "recruit", "employer": "employer", "seller": "seller"}

# (country, language, weight): where each kind of actor lives and what it writes
MARKETS = {
    "escort_independent": [("US", "en", 30), ("GB", "en", 7), ("CA", "en", 3), ("CA", "fr", 2), ("ES", "es", 8),
                           ("MX", "es", 5), ("CO", "es", 4), ("AR", "es", 2), ("FR", "fr", 7), ("BE", "fr", 2),
                           ("BR", "pt", 8), ("PT", "pt", 3), ("AE", "en", 2), ("AE", "ar", 2), ("DE", "de", 5),
                           ("IT", "it", 4), ("RO", "ro", 3), ("TR", "tr", 2)],
    "escort_operator": [("US", "en", 30), ("GB", "en", 6), ("CA", "en", 3), ("ES", "es", 10), ("MX", "es", 4),
                        ("CO", "es", 3), ("FR", "fr", 8), ("BE", "fr", 2), ("BR", "pt", 7), ("PT", "pt", 2),
                        ("AE", "en", 2), ("AE", "ar", 2), ("DE", "de", 7), ("IT", "it", 5), ("RO", "ro", 4), ("TR", "tr", 2)],
    "massage_business": [("US", "en", 35), ("GB", "en", 5), ("CA", "en", 4), ("ES", "es", 8), ("MX", "es", 5),
                         ("FR", "fr", 7), ("BE", "fr", 2), ("BR", "pt", 6), ("PT", "pt", 3), ("DE", "de", 6),
                         ("IT", "it", 5), ("AE", "ar", 3), ("AE", "en", 2), ("TR", "tr", 2)],
    "recruiter_deceptive": [("NG", "en", 12), ("PH", "en", 8), ("GB", "en", 3), ("MX", "es", 6), ("CO", "es", 5),
                            ("MA", "fr", 5), ("MA", "ar", 4), ("EG", "ar", 6), ("BR", "pt", 6), ("RO", "ro", 5),
                            ("TR", "tr", 4)],
    "employer": [("US", "en", 25), ("GB", "en", 6), ("CA", "en", 4), ("NG", "en", 2), ("AE", "en", 2), ("ES", "es", 8),
                 ("MX", "es", 6), ("CO", "es", 3), ("AR", "es", 2), ("FR", "fr", 8), ("BE", "fr", 2), ("CA", "fr", 2),
                 ("MA", "fr", 2), ("BR", "pt", 8), ("PT", "pt", 3), ("DE", "de", 8), ("IT", "it", 5), ("AE", "ar", 3),
                 ("SA", "ar", 2), ("EG", "ar", 2)],
    "seller": [("US", "en", 22), ("GB", "en", 6), ("CA", "en", 3), ("NG", "en", 4), ("PH", "en", 3), ("ES", "es", 8),
               ("MX", "es", 7), ("CO", "es", 4), ("AR", "es", 3), ("FR", "fr", 8), ("BE", "fr", 2), ("MA", "fr", 2),
               ("BR", "pt", 8), ("PT", "pt", 3), ("DE", "de", 6), ("IT", "it", 5), ("RO", "ro", 3), ("TR", "tr", 3),
               ("EG", "ar", 3), ("SA", "ar", 2), ("AE", "ar", 2), ("MA", "ar", 1)],
}

# network size (posts per actor): (low, high, weight); sizes inside a band are log-uniform
SIZES = {
    "escort_independent": [(1, 1, 34), (2, 2, 14), (3, 3, 10), (4, 9, 24), (10, 30, 14), (31, 90, 4)],
    "escort_operator": [(6, 30, 40), (31, 100, 38), (101, 250, 16), (251, 450, 6)],
    "massage_business": [(1, 3, 32), (4, 10, 38), (11, 30, 24), (31, 80, 6)],
    "recruiter_deceptive": [(1, 3, 22), (4, 15, 33), (16, 60, 30), (61, 150, 10), (151, 320, 5)],
    "employer": [(1, 3, 28), (4, 12, 34), (13, 40, 26), (41, 160, 12)],
    "seller": [(1, 1, 60), (2, 2, 18), (3, 5, 15), (6, 25, 7)],
}

# how phones are written: (style, weight)
PHONE_STYLES = {
    "escort": [("nat", 30), ("natdots", 8), ("natdash", 6), ("natdigits", 10), ("intl", 10), ("e164", 5), ("wa", 4),
               ("spaced", 4), ("obf_o", 4), ("words", 4), ("keycap", 2), ("intl00", 3), ("cctrunk", 2)],
    "business": [("nat", 60), ("intl", 15), ("natdash", 10), ("natdots", 5), ("e164", 5), ("natdigits", 5)],
    "recruit": [("intl", 30), ("e164", 15), ("wa", 15), ("nat", 10), ("ccwords", 15), ("intl00", 8), ("intlcompact", 7)],
    "seller": [("nat", 50), ("natdigits", 15), ("natdash", 10), ("natdots", 10), ("intl", 10), ("wa", 5), ("spaced", 3),
               ("obf_o", 2)],
}
INTL_STYLES = {"intl", "e164", "intl00", "wa", "intlcompact", "ccwords"}

NOISE_BANDS = [((0, 0), 30), ((1, 4), 40), ((5, 8), 20), ((9, 12), 10)]


class PoolExhausted(SystemExit):
    pass


# ----------------------------------------------------------------------------------------------
# small helpers
def wchoice(rng, items):
    """items: list of (value, weight) -> value"""
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def loguniform_int(rng, lo, hi):
    if lo >= hi:
        return lo
    return int(math.floor(math.exp(rng.uniform(math.log(lo), math.log(hi + 1)))))


def fill(tpl, values):
    def sub(m):
        k = m.group(1)
        if k not in values:
            raise KeyError(f"slot {k} unfilled in {tpl!r}")
        return str(values[k])
    return re.sub(r"\{(\w+)\}", sub, tpl)


def caps_template(tpl):
    return "".join(p if p.startswith("{") else p.upper() for p in re.split(r"(\{\w+\})", tpl))


def slug(text):
    t = unicodedata.normalize("NFKD", text.replace("İ", "I").replace("ı", "i"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


def iso(sec):
    return (T0 + datetime.timedelta(seconds=int(sec))).strftime("%Y-%m-%dT%H:%M:%SZ")


def digits(s):
    return "".join(c for c in s if c.isdigit())


def rand_hash(rng):
    return "%064x" % rng.getrandbits(256)


def noisy(h, rng):
    lo, hi = wchoice(rng, NOISE_BANDS)
    k = rng.randint(lo, hi)
    v = int(h, 16)
    for b in rng.sample(range(256), k):
        v ^= 1 << b
    return "%064x" % v


def money(amount, country, lang):
    sym, scale = TX.COUNTRIES[country]["cur"]
    v = amount * scale
    mag = 10 ** max(0, int(math.log10(max(v, 1))) - 1)
    v = int(round(v / mag) * mag)
    if v >= 10000:
        sep = "," if lang == "en" else "."
        s = f"{v:,}".replace(",", sep)
    else:
        s = str(v)
    if sym in ("DH", "AED", "SAR", "EGP", "lei") or (sym == "€" and lang in ("fr", "es", "de", "it", "ro")):
        return f"{s} {sym}" if len(sym) > 1 else f"{s}{sym}"
    return f"{sym}{s}"


def day_time(rng, day, profile):
    """seconds since T0 for a post on `day` (float days) with an hour-of-day profile"""
    hours = {"evening": [(h, 1 + (3 if 17 <= h <= 23 else 0) + (1 if h < 2 else 0)) for h in range(24)],
             "office": [(h, 1 + (4 if 8 <= h <= 17 else 0)) for h in range(24)],
             "any": [(h, 1 + (2 if 9 <= h <= 22 else 0)) for h in range(24)]}[profile]
    h = wchoice(rng, hours)
    return int(day) * DAY + h * 3600 + rng.randrange(3600)


# ----------------------------------------------------------------------------------------------
class Phone:
    __slots__ = ("e164", "intl", "nat", "cc", "nsn", "country", "kind")

    def __init__(self, intl, nat, cc, country, kind):
        self.intl, self.nat, self.cc, self.country, self.kind = intl, nat, cc, country, kind
        self.e164 = "+" + digits(intl)
        self.nsn = self.e164[1 + len(cc):]


class Pool:
    def __init__(self, path, rng):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.free = {}
        for country in sorted(data["countries"]):
            c = data["countries"][country]
            for kind in ("mobile", "fixed", "tollfree"):
                lst = [Phone(i, n, c["cc"], country, kind) for i, n in c[kind]]
                rng.shuffle(lst)
                self.free[(country, kind)] = lst
        self.recyclable = []  # [country, Phone, last day used]; numbers a carrier may hand to someone else

    def take(self, country, kind="mobile"):
        for k in (kind, "fixed", "mobile"):
            lst = self.free.get((country, k))
            if lst:
                return lst.pop()
        raise PoolExhausted(f"number pool exhausted for {country}; use fewer posts or grow build_pool.py COUNTS")

    def recycle(self, country, start_day, rng):
        """an old number of a departed seller/independent, idle for 180+ days, or None"""
        for i, (c, ph, last) in enumerate(self.recyclable):
            if c == country and last + 180 < start_day:
                del self.recyclable[i]
                return ph
        return None


class Site:
    def __init__(self, d):
        self.__dict__.update(d)
        self.support = {}
        self.hotline = {}


class World:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(f"linking2/{seed}/world")
        self.pool = Pool(os.path.join(HERE, "number_pool.json"), random.Random(f"linking2/{seed}/pool"))
        self.taken = set()          # handles, emails, domains, author ids: never shared by two actors
        self.stock = {k: [rand_hash(self.rng) for _ in range(n)]
                      for k, n in (("escort", 60), ("massage", 30), ("recruit", 24), ("office", 20), ("phone", 12),
                                   ("car", 10), ("room", 8))}
        self.sites = [Site(d) for d in TX.SITES]
        hotlines = {}
        for site in self.sites:
            for country in site.countries:
                if country == "*":
                    continue
                ph = self.pool.take(country, "tollfree")
                site.support[country] = ph.nat if len(site.countries) == 1 else ph.intl
                if country not in hotlines:
                    hotlines[country] = self.pool.take(country, "tollfree").nat
                site.hotline[country] = hotlines[country]

    def unique(self, make, rng, tries=50):
        for i in range(tries):
            v = make(i)
            if v not in self.taken:
                self.taken.add(v)
                return v
        v = make(tries) + str(rng.randrange(10 ** 6))
        self.taken.add(v)
        return v

    def sites_for(self, role, country, lang):
        cat = SITE_CAT[role]
        out = []
        for s in self.sites:
            if cat not in s.cats:
                continue
            if "*" not in s.countries and country not in s.countries:
                continue
            if "*" not in s.langs and lang not in s.langs:
                continue
            out.append(s)
        assert out, (role, country, lang)
        return out


def render_phone(ph, style, lang, rng):
    nat, intl = ph.nat, ph.intl
    g_nat = re.findall(r"\d+", nat)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return ph.e164
    if style == "natdigits":
        return "".join(g_nat)
    if style == "natdots":
        return ".".join(g_nat)
    if style == "natdash":
        return "-".join(g_nat)
    if style == "intl00":
        return "00" + " ".join(re.findall(r"\d+", intl))
    if style == "intlcompact":
        return "+" + ph.cc + " " + ph.nsn
    if style == "wa":
        return rng.choice(["wa.me/", "https://wa.me/", "api.whatsapp.com/send?phone="]) + ph.e164[1:]
    if style == "spaced":
        return " ".join("".join(g_nat))
    if style == "obf_o" and "0" in nat:
        return nat.replace("0", rng.choice("Oo"))
    if style in ("words", "obf_o"):
        words = TX.DIGIT_WORDS[lang]
        pos = [i for i, c in enumerate(nat) if c.isdigit()]
        pick = set(rng.sample(pos, min(len(pos), rng.randint(2, 4))))
        return "".join(words[int(c)] if i in pick else c for i, c in enumerate(nat))
    if style == "keycap":
        return "".join(c + TX.KEYCAP if c.isdigit() else c for c in nat)
    if style == "arabic":
        return "".join(TX.ARABIC_INDIC[int(c)] if c.isdigit() else c for c in nat)
    if style == "ccwords":
        rest = intl[len(ph.cc) + 1:].strip()
        cc_words = " ".join(TX.DIGIT_WORDS[lang][int(c)] for c in ph.cc)
        return rng.choice(["{p} {w} {r}", "({p} {w}) {r}", "{p} {w}, {r}"]).format(p=TX.PLUS_WORD[lang], w=cc_words, r=rest)
    if style == "cctrunk":
        if nat.startswith("0"):
            return "+" + ph.cc + " (0)" + nat[1:]
        return intl
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
class Actor:
    """One real-world actor: everything it posts is one network."""

    def __init__(self, world, idx, role, size):
        self.w, self.idx, self.role, self.size = world, idx, role, size
        self.rng = random.Random(f"linking2/{world.seed}/actor/{idx}")
        self.records = []
        self.accounts = {}
        r = self.rng
        self.country, self.lang = wchoice(r, [((c, l), w) for c, l, w in MARKETS[role]])
        self.html_style = r.choice(["br", "p"])
        cat = SITE_CAT[role]
        style_key = {"escort": "escort", "massage": "business", "employer": "business", "recruit": "recruit",
                     "seller": "seller"}[cat]
        styles = list(PHONE_STYLES[style_key])
        if self.lang == "ar":
            styles.append(("arabic", 12))
        self.styles = styles
        self.main_style = wchoice(r, styles)
        # the sites this actor uses, with its own preferences
        cand = world.sites_for(role, self.country, self.lang)
        k = min(len(cand), r.choice([1, 1, 2, 2, 3]))
        chosen = r.sample(cand, k)
        self.sites = [(s, r.uniform(0.3, 1.0) * (2.0 if s.name not in ("facebook.com", "t.me") else 1.2)) for s in chosen]

    # -- pieces shared by all roles
    def cities(self, country=None, lang=None):
        c = TX.COUNTRIES[country or self.country]
        if (lang or self.lang) == "fr" and "cities_fr" in c:
            return c["cities_fr"]
        return c["cities"]

    def city_display(self, city, lang=None):
        lang = lang or self.lang
        base = city.split(",")[0]
        if lang == "ar" and base in TX.CITY_AR:
            return TX.CITY_AR[base]
        return base

    def phone_style(self, ph, post_country):
        r = self.rng
        st = self.main_style if r.random() < 0.7 else wchoice(r, self.styles)
        if ph.country != post_country and st not in INTL_STYLES:
            st = r.choice(["intl", "e164", "intl00", "wa"])
        return st

    def say_phone(self, ph, post_country, mentions, field="body", style=None):
        raw = render_phone(ph, style or self.phone_style(ph, post_country), self.lang, self.rng)
        mentions.append({"phone": ph.e164, "field": field, "raw": raw})
        return raw

    def mobile(self, country, start_day, recycle=False):
        if recycle and self.rng.random() < 0.012:
            ph = self.w.pool.recycle(country, start_day, self.rng)
            if ph is not None:
                return ph
        return self.w.pool.take(country, "mobile")

    def new_handle(self, base, platform=None):
        r = self.rng
        platform = platform or wchoice(r, [("snapchat", 30), ("instagram", 20), ("telegram", 20), ("onlyfans", 15),
                                           ("kik", 10), ("signal", 5)])
        b = slug(base).replace("-", "") or "x"
        seps = ["", "_", "x", "_xo", "official", "vip", "real"] + (["."] if platform in ("instagram", "snapchat") else [])
        h = self.w.unique(lambda i: platform + ":" + b + r.choice(seps) + str(r.randrange(10, 9999)), r)
        return platform, h.split(":", 1)[1]

    def say_handle(self, handle, contacts):
        platform, h = handle
        contacts.append(f"handle:{platform}:{h.lower()}")
        return self.rng.choice(TX.HANDLE_FORMS[platform]).format(h=h)

    def new_email(self, base, domain=None):
        r = self.rng
        b = slug(base).replace("-", r.choice(["", ".", "_"])) or "contact"
        if domain:
            return self.w.unique(lambda i: f"{b}@{domain}" if i == 0 else f"{b}{i}@{domain}", r)
        return self.w.unique(lambda i: f"{b}{r.randrange(1, 999)}@{r.choice(TX.FREE_MAIL)}", r)

    def say_email(self, email, contacts, obfuscate=0.0):
        contacts.append("email:" + email.lower())
        if self.rng.random() < obfuscate:
            local, dom = email.split("@")
            return f"{local} at {dom.replace('.', ' dot ')}"
        return email

    def author(self, site, epoch=0):
        key = (site.name, epoch)
        if key not in self.accounts:
            r = self.rng
            fmt = {"nightlist.example": lambda i: "nl-%07d" % r.randrange(10 ** 7),
                   "listhub.example": lambda i: "lh%08d" % r.randrange(10 ** 8),
                   "facebook.com": lambda i: "1000%011d" % r.randrange(10 ** 11)}[site.name]
            self.accounts[key] = self.w.unique(fmt, r)
        return self.accounts[key]

    def pick_site(self):
        return wchoice(self.rng, self.sites)

    def join(self, lines, html):
        lines = [ln for ln in lines if ln]
        if not html:
            return "\n".join(lines)
        if self.html_style == "p":
            return "".join(f"<p>{ln}</p>" for ln in lines)
        return "<br>\n".join(lines)

    def emit(self, t, site, city, country, title, body_lines, images, mentions, contacts, epoch=0, lang=None):
        r = self.rng
        lang = lang or self.lang
        body = self.join(body_lines, site.html)
        if site.footers and r.random() < site.footer_p:
            ft = r.choice(site.footers)
            ft = fill(ft, {"SUPPORT": site.support.get(country, ""), "HOTLINE": site.hotline.get(country, "")})
            body += ("<br><br>" + ft) if site.html else r.choice(["\n\n", "\n---\n", "\n"]) + ft
        city_slug = slug(city.split(",")[0])
        n = r.randrange(10 ** 6, 10 ** 9)
        group = ""
        if site.name == "facebook.com":
            if self.role == "seller":
                group = TX.FB_MARKET_PREFIX[lang] + "." + city_slug
            else:
                group = r.choice(TX.FB_GROUPS[lang])
        elif site.name == "t.me":
            group = r.choice(TX.TG_CHANNELS.get(lang, TX.TG_CHANNELS["en"]))
        url = site.url.format(city=city_slug, n=n, group=group)
        post = {"id": None, "title": title, "body": body, "url": url, "site": site.name, "posted_at": iso(t)}
        if r.random() < 0.93:
            loc = city if lang != "ar" else (self.city_display(city, "ar") if r.random() < 0.6 else city)
            if r.random() < 0.15 and "," not in loc:
                loc = f"{loc}, {TX.COUNTRY_NAME[country]}"
            post["location"] = loc
        if r.random() < site.region:
            post["region"] = country
        if images:
            post["image_hashes"] = images
        if site.author and r.random() < site.author:
            post["author"] = self.author(site, epoch)
        for m in mentions:
            src = title if m["field"] == "title" else body
            assert m["raw"] in src, (m, src)
        truth = {"id": None, "network": None, "role": self.role,
                 "phones": sorted({m["phone"] for m in mentions}),
                 "mentions": mentions, "contacts": sorted(set(contacts)), "lang": lang}
        self.records.append((t, r.random(), post, truth))

    def span(self, lo_per_post, hi_per_post, min_days=0, max_days=DAYS - 1):
        r = self.rng
        if self.size <= 1:
            length = 0.0
        else:
            length = min(max_days, max(min_days, self.size * r.uniform(lo_per_post, hi_per_post)))
        length = min(length, DAYS - 1)
        start = r.uniform(0, DAYS - 1 - length)
        return start, start + length

    def times(self, start, end, profile, batch=1.0):
        """sorted post times; batch>1 posts several ads in one sitting"""
        r = self.rng
        out = []
        while len(out) < self.size:
            day = r.uniform(start, end + 0.999)
            t = day_time(r, min(day, DAYS - 1), profile)
            k = 1 if batch <= 1 else min(self.size - len(out), max(1, int(r.expovariate(1 / batch)) + 1))
            for i in range(k):
                out.append(min(SPAN_S - 1, t + i * r.randint(60, 900)))
        out.sort()
        return out

    def photos(self, own, k_lo, k_hi, stock_kind=None, stock_p=0.0):
        r = self.rng
        imgs = []
        if own:
            for h in r.sample(own, min(len(own), r.randint(k_lo, k_hi))):
                imgs.append(noisy(h, r))
        if stock_kind and r.random() < stock_p:
            imgs.append(noisy(r.choice(self.w.stock[stock_kind]), r))
        return imgs


# ----------------------------------------------------------------------------------------------
# escort ads
def rates(a):
    r = a.rng
    q = r.choice([60, 70, 80, 100, 120, 150])
    hh = q + r.choice([40, 50, 60, 80, 100])
    h = hh + r.choice([60, 80, 100, 120, 150])
    return {k: money(v, a.country, a.lang) for k, v in (("a", q), ("b", hh), ("c", h))}


def escort_style(a):
    r = a.rng
    L = TX.ESCORT[a.lang]
    a.L = L
    a.title_pool = r.sample(L["titles"], min(len(L["titles"]), r.randint(2, 4)))
    a.intro = r.choice(L["intro"])
    a.skeleton = r.sample(L["phrases"], min(len(L["phrases"]), r.randint(3, 6)))
    a.rates = rates(a) if r.random() < 0.7 else None
    a.signoff = r.choice(L["signoff"]) if r.random() < 0.5 else None
    a.caps = r.random() < 0.12
    a.title_phone = r.random() < 0.2
    a.sig = "".join(r.sample(TX.SIG_EMOJI, 3)) if (a.role == "escort_operator" or r.random() < 0.25) else None


def escort_text(a, name, age, city, country, visiting, phones, handle, email, name2=None):
    """phones: [] or [p] or [old, new]; returns title, lines, mentions, contacts"""
    r, L = a.rng, a.L
    mentions, contacts = [], []
    tpl = r.choice(a.title_pool)
    if a.caps:
        tpl = caps_template(tpl)
    cdisp = a.city_display(city)
    title = fill(tpl, {"name": name, "age": age, "city": cdisp, "adj": r.choice(L["adjs"])})
    if a.sig and r.random() < 0.5:
        title = f"{a.sig} {title}"
    if a.title_phone and phones and r.random() < 0.6:
        title += f" {r.choice(['☎', '📞', '-', '|', '📱'])} " + a.say_phone(phones[-1], country, mentions, "title")
    lines = [fill(a.intro, {"name": name, "age": age})]
    body = list(a.skeleton)
    if len(body) > 2 and r.random() < 0.3:
        body.pop(r.randrange(len(body)))
    if r.random() < 0.3:
        body.insert(r.randrange(len(body) + 1), r.choice(L["phrases"]))
    lines += [fill(p, {"city": cdisp}) for p in body]
    if visiting:
        lines.append(fill(r.choice(L["visiting"]), {"city": cdisp}))
    if name2:
        lines.append(fill(r.choice(L["duo"]), {"name2": name2}))
    if a.rates and r.random() < 0.75:
        lines.append(fill(r.choice(L["rates"]), a.rates))
    if len(phones) == 2:
        old, new = phones
        tpl = r.choice(L["contact2"])
        lines.append(fill(tpl, {"phone": a.say_phone(old, country, mentions), "phone2": a.say_phone(new, country, mentions)}))
    elif phones:
        lines.append(fill(r.choice(L["contact"]), {"phone": a.say_phone(phones[0], country, mentions)}))
    if handle:
        lines.append(fill(r.choice(L["handle"]), {"handle": a.say_handle(handle, contacts)}))
    if email:
        lines.append(a.say_email(email, contacts, obfuscate=0.4))
    if not phones and not handle and not email and r.random() < 0.6:
        lines.append(r.choice(L["nocontact"]))
    if a.signoff and r.random() < 0.7:
        lines.append(fill(a.signoff, {"name": name}))
    if a.sig and r.random() < 0.8:
        lines.append(a.sig * r.choice([1, 1, 2]))
    return title, lines, mentions, contacts


def gen_independent(a):
    r, w = a.rng, a.w
    escort_style(a)
    cities = a.cities()
    home = r.choice(cities)
    tour = [home] + (r.sample([c for c in cities if c != home], min(len(cities) - 1, r.randint(1, 3)))
                     if r.random() < 0.2 else [])
    name = r.choice(TX.NAMES[a.lang])
    alt = r.choice(TX.NAMES[a.lang]) if r.random() < 0.1 else name
    age = r.randint(20, 34)
    start, end = a.span(2, 10, min_days=3)
    phones = []
    if r.random() < 0.92:
        phones.append((a.mobile(a.country, start, recycle=True), start - 1, end + 1))
        if a.size >= 4 and r.random() < 0.12:  # changed number half-way, with a short overlap
            mid = r.uniform(start, end)
            ov = r.uniform(2, 14)
            phones[0] = (phones[0][0], start - 1, mid + ov)
            phones.append((a.mobile(a.country, mid), mid, end + 1))
    handle = a.new_handle(name) if r.random() < 0.4 else None
    email = a.new_email(name) if r.random() < 0.08 else None
    own = [rand_hash(r) for _ in range(r.randint(2, 6))]
    if r.random() < 0.1:  # uses only pictures found online (shared stock)
        own = r.sample(w.stock["escort"], 3)
    silent = 0.05
    times = a.times(start, end, "evening")
    stint = max(1.0, (end - start) / max(1, len(tour)))
    for t in times:
        day = t / DAY
        city = tour[min(len(tour) - 1, int((day - start) / stint))] if len(tour) > 1 else home
        active = [p for p, s, e in phones if s <= day <= e] or [p for p, _, _ in phones[-1:]]
        show = []
        if active and r.random() >= silent:
            show = active if (len(active) == 2 and r.random() < 0.4) else [r.choice(active)]
        h = handle if handle and (r.random() < 0.5 or not show) else None
        title, lines, mentions, contacts = escort_text(
            a, name if r.random() < 0.85 else alt, age, city, a.country, city != home, show, h,
            email if email and r.random() < 0.5 else None)
        imgs = a.photos(own, 1, 4, "escort", 0.15) if r.random() < 0.92 else []
        a.emit(t, a.pick_site(), city, a.country, title, lines, imgs, mentions, contacts)
    for p, _, e in phones:
        w.pool.recyclable.append([p.country, p, e])


def gen_operator(a):
    r, w = a.rng, a.w
    escort_style(a)
    start, end = a.span(0.8, 2.5, min_days=20)
    span = end - start
    # personas
    n_p = min(12, max(2, int(round(math.sqrt(a.size) * r.uniform(0.4, 0.8)))))
    pool = list(TX.NAMES[a.lang])
    r.shuffle(pool)
    personas = []
    for i in range(n_p):
        s = r.uniform(start, start + span * 0.7)
        e = min(end, s + span * r.uniform(0.3, 1.0))
        personas.append({"name": pool[i % len(pool)], "age": r.randint(20, 33),
                         "own": [rand_hash(r) for _ in range(r.randint(3, 8))], "s": s, "e": e})
    # numbers rotate: each one lives for a while, and the next one starts before it dies
    k = min(15, max(1 if a.size < 12 else 2, int(round(span / r.uniform(20, 60)))))
    bounds = [start + span * i / k for i in range(k + 1)]
    phones = []
    for i in range(k):
        ov = r.uniform(5, 25)
        phones.append((a.mobile(a.country, bounds[i]), bounds[i] - (0 if i == 0 else ov), bounds[i + 1] + ov))
    # itinerary: home market, tours of the country, sometimes across a border
    abroad = TX.NEIGHBOURS.get(a.country, [])
    stints, d = [], start
    home_cities = a.cities()
    home = r.choice(home_cities)
    handle = a.new_handle(r.choice(["vip", "agency", "girls", "models", "elite"]) + a.city_display(home, "en"),
                          r.choice(["telegram", "telegram", "instagram", "snapchat"])) if r.random() < 0.5 else None
    email = a.new_email(r.choice(["bookings", "vipgirls", "models"])) if r.random() < 0.1 else None
    silent = r.uniform(0.05, 0.2)
    while d <= end + 1:
        if abroad and r.random() < 0.15:
            c2 = r.choice(abroad)
            cities2 = a.cities(c2)
            stints.append((d, r.choice(cities2), c2))
        else:
            stints.append((d, home if r.random() < 0.4 else r.choice(home_cities), a.country))
        d += r.uniform(4, 20)
    times = a.times(start, end, "evening", batch=3.0)
    for t in times:
        day = t / DAY
        st = stints[0]
        for s in stints:
            if s[0] <= day:
                st = s
        _, city, country = st
        act = [p for p in personas if p["s"] <= day <= p["e"]] or personas
        p = r.choice(act)
        live = [(i, ph) for i, (ph, s, e) in enumerate(phones) if s <= day <= e]
        if not live:
            i = min(range(len(phones)), key=lambda j: abs(phones[j][1] - day))
            live = [(i, phones[i][0])]
        epoch = live[-1][0]
        show = []
        if r.random() >= silent:
            if len(live) >= 2:
                x = r.random()
                show = [live[0][1], live[-1][1]] if x < 0.35 else ([live[-1][1]] if x < 0.75 else [live[0][1]])
            else:
                show = [live[0][1]]
        h = handle if handle and show and r.random() < 0.25 else None
        if handle and not show and r.random() < 0.3:
            h = handle
        name2 = r.choice([q["name"] for q in personas if q is not p]) if r.random() < 0.08 else None
        title, lines, mentions, contacts = escort_text(a, p["name"], p["age"], city, country,
                                                       city != home, show, h,
                                                       email if email and show and r.random() < 0.3 else None, name2)
        own = p["own"]
        if r.random() < 0.05:
            own = r.choice(personas)["own"]
        imgs = a.photos(own, 1, 4, "escort", 0.2)
        a.emit(t, a.pick_site(), city, country, title, lines, imgs, mentions, contacts, epoch=epoch)


# ----------------------------------------------------------------------------------------------
# massage businesses
def massage_local(w, lang, tpl_i, city):
    """the per-city line of a template: every business in that city using it gets the same line"""
    rr = random.Random(f"linking2/{w.seed}/local/{lang}/{tpl_i}/{city}")
    M = TX.MASSAGE[lang]
    return fill(rr.choice(M["local"]), {"AREA": rr.choice(M["areas"]), "CITY": "{CITY}"})


def pick_variant(lines, v):
    return [ln[v % len(ln)] if isinstance(ln, tuple) else ln for ln in lines]


def gen_massage(a):
    r, w = a.rng, a.w
    M = TX.MASSAGE[a.lang]
    stem = r.choice(M["stems"])
    name = fill(r.choice(M["names"]), {"S": stem})
    cities = a.cities()
    n_b = 1 if r.random() < 0.85 else r.randint(2, 3)
    branches = []
    for c in r.sample(cities, min(n_b, len(cities))):
        kind = "fixed" if r.random() < 0.6 else "mobile"
        branches.append({"city": c, "phones": [w.pool.take(a.country, kind)]})
    if r.random() < 0.15:
        branches[0]["phones"].append(w.pool.take(a.country, "mobile"))
    domain = None
    if r.random() < 0.8:
        base = slug(name) or ("spa-" + slug(branches[0]["city"].split(",")[0]))
        cs = slug(branches[0]["city"].split(",")[0])
        domain = w.unique(lambda i: [f"{base}.example", f"{base}-{cs}.example", f"{base.replace('-', '')}{cs}.example",
                                     f"{base}{i}.example"][min(i, 3)], r)
    web_forms = r.sample(["www.{d}", "https://{d}", "{d}", "https://www.{d}/booking", "{d}/menu", "http://{d}/"], 2)
    email = None
    if r.random() < 0.2:
        email = ("info@" + domain) if domain and r.random() < 0.6 else a.new_email(name)
        if domain and email == "info@" + domain:
            w.taken.add(email)
    ti = wchoice(r, [(0, 5), (1, 3), (2, 2)])
    tpl = M["templates"][ti]
    variant = wchoice(r, [(0, 5), (1, 3), (2, 1)])
    hours = wchoice(r, [(h, 1.0 / (i + 1)) for i, h in enumerate(M["hours"])])
    services = wchoice(r, [(s, 1.0 / (i + 1)) for i, s in enumerate(M["services"])])
    use_local = r.random() < 0.7
    own = [rand_hash(r) for _ in range(r.randint(1, 3))] if r.random() < 0.4 else []
    start, end = a.span(4, 14)
    for t in a.times(start, end, "office"):
        b = r.choice(branches)
        city, country = b["city"], a.country
        cdisp = a.city_display(city)
        mentions, contacts = [], []
        show_phone = not (domain and r.random() < 0.08)
        vals = {"NAME": name, "CITY": cdisp, "HOURS": hours, "SERVICES": services,
                "LOCAL": fill(massage_local(w, a.lang, ti, city), {"CITY": cdisp}) if use_local else "",
                "PROMO": "", "PHONE": "", "WEB": ""}
        if r.random() < 0.2:
            vals["PROMO"] = fill(r.choice(M["promo"]), {"P1": money(r.choice([40, 45, 50, 60]), country, a.lang),
                                                        "P2": r.choice(["10%", "15%", "20%"])})
        if show_phone:
            ph = b["phones"][0] if len(b["phones"]) == 1 or r.random() < 0.7 else b["phones"][1]
            vals["PHONE"] = a.say_phone(ph, country, mentions)
        if domain and r.random() < 0.85:
            vals["WEB"] = r.choice(web_forms).format(d=domain)
            contacts.append("url:" + domain)
        v = variant if r.random() < 0.9 else r.randrange(3)
        title = fill(tpl["title"][v % len(tpl["title"])], vals)
        lines = []
        for ln in pick_variant(tpl["lines"], v):
            if ("{PHONE}" in ln and not vals["PHONE"]) or ("{WEB}" in ln and not vals["WEB"]):
                continue
            lines.append(fill(ln, vals))
        if email and r.random() < 0.5:
            lines.append(a.say_email(email, contacts))
        imgs = []
        if r.random() < 0.7:
            imgs += [noisy(h, r) for h in r.sample(w.stock["massage"], r.randint(1, 3))]
        if own and r.random() < 0.5:
            imgs += a.photos(own, 1, 2)
        a.emit(t, a.pick_site(), city, country, title, lines, imgs, mentions, contacts)


# ----------------------------------------------------------------------------------------------
# deceptive recruiters
def salary(a, dest):
    r = a.rng
    if a.lang == "en" and dest in TX.SALARY_BY_DEST:
        fmt, lo, hi = TX.SALARY_BY_DEST[dest]
        n = r.randrange(lo, hi, 50)
        return fmt.format(n=f"{n:,}")
    n = r.randrange(1200, 4000, 50)
    sep = {"en": ",", "fr": " "}.get(a.lang, ".")
    s = f"{n:,}".replace(",", sep)
    return r.choice(["{s} USD", "${s}", "€{s}", "{s} €", "{s} $"]).format(s=s)


def deadline(a, t):
    d = T0 + datetime.timedelta(seconds=t + a.rng.randint(5, 20) * DAY)
    if a.lang == "en":
        return d.strftime("%m/%d")
    if a.lang in ("de", "ro", "tr"):
        return d.strftime("%d.%m")
    return d.strftime("%d/%m")


def gen_recruiter(a):
    r, w = a.rng, a.w
    R = TX.RECRUIT[a.lang]
    scripts = r.sample(range(3), r.choice([1, 1, 2]))
    variant = r.randrange(2)
    jobs = r.sample(R["jobs"], r.randint(2, 4))
    dests = r.sample(R["dests"], r.randint(1, 3))
    pay = {d: salary(a, d) for d in dests}
    companies = r.sample(TX.RECRUIT_COMPANIES, r.randint(1, 3))
    age = r.choice(["21-45", "18-50", "20-40", "25-45", "18-35"])
    start, end = a.span(1, 4, min_days=5)
    span = end - start
    period = r.uniform(30, 90)
    n_ph = max(2, int(span / period) + 2)
    phones = [a.mobile(a.country, start) for _ in range(n_ph)]
    cc_words = r.random() < 0.35
    email = a.new_email(r.choice(companies).split()[0] + r.choice(["jobs", "recruit", "hr", "agency", ""])) \
        if r.random() < 0.6 else None
    handle = a.new_handle(r.choice(["jobs", "work", "visa", "careers"]) + r.choice(dests),
                          r.choice(["telegram", "telegram", "signal"])) if r.random() < 0.45 else None
    flyers = [rand_hash(r) for _ in range(n_ph)]
    for t in a.times(start, end, "any", batch=2.0):
        day = t / DAY
        j = min(n_ph - 2, int((day - start) / period))
        pair = [phones[j], phones[j + 1]]
        mentions, contacts = [], []
        x = r.random()
        modes = []
        if x < 0.6 or (not email and not handle):
            modes = ["phone"]
        elif x < 0.75 and email:
            modes = ["email"]
        elif x < 0.85 and handle:
            modes = ["handle"]
        else:
            modes = ["phone"] + (["email"] if email else []) + (["handle"] if handle and not email else [])
        contact_lines = []
        if "phone" in modes:
            def say(ph):
                st = "ccwords" if cc_words and r.random() < 0.4 else None
                return a.say_phone(ph, a.country, mentions, style=st)
            if r.random() < 0.4:
                contact_lines.append(fill(r.choice(R["c_two"]), {"PHONE": say(pair[0]), "PHONE2": say(pair[1])}))
            else:
                contact_lines.append(fill(r.choice(R["c_phone"]), {"PHONE": say(r.choice(pair))}))
        if "email" in modes:
            contact_lines.append(fill(r.choice(R["c_email"]), {"EMAIL": a.say_email(email, contacts, 0.1)}))
        if "handle" in modes:
            contact_lines.append(fill(r.choice(R["c_handle"]), {"HANDLE": a.say_handle(handle, contacts)}))
        dest = r.choice(dests)
        vals = {"JOB": r.choice(jobs), "DEST": dest, "SALARY": pay[dest], "COMPANY": r.choice(companies), "AGE": age,
                "SLOTS": r.choice([5, 10, 15, 20, 25, 30, 50, 100]),
                "URGENCY": fill(r.choice(R["urgency"]), {"DEADLINE": deadline(a, t)}), "CONTACT": "\n".join(contact_lines)}
        sc = R["scripts"][r.choice(scripts)]
        v = variant if r.random() < 0.8 else r.randrange(2)
        title = fill(sc["title"][v % len(sc["title"])], vals)
        if r.random() < 0.3:
            title = title.upper() if not mentions or all(m["field"] != "title" for m in mentions) else title
        lines = [fill(ln, vals) for ln in pick_variant(sc["lines"], v) if ln != "{CONTACT}"] + contact_lines
        imgs = []
        if r.random() < 0.5:
            imgs.append(noisy(r.choice(w.stock["recruit"]), r))
        if r.random() < 0.25:
            imgs.append(noisy(flyers[j], r))
        site = a.pick_site()
        a.emit(t, site, r.choice(a.cities()), a.country, title, lines, imgs, mentions, contacts, epoch=j)


# ----------------------------------------------------------------------------------------------
# ordinary employers
LEGAL = {"en": ["Inc.", "LLC", "Ltd", "Group"], "es": ["S.L.", "S.A.", "S.A. de C.V."], "fr": ["SAS", "SARL", "S.A."],
         "pt": ["Ltda.", "S.A.", "Lda."], "de": ["GmbH", "AG", "GmbH & Co. KG"], "it": ["S.r.l.", "S.p.A."],
         "ar": ["LLC", "ذ.م.م", "Co."]}
HR_MAIL = {"en": ["jobs", "careers", "hr", "recruiting"], "es": ["empleo", "rrhh", "seleccion"], "fr": ["recrutement", "rh", "emploi"],
           "pt": ["vagas", "rh", "curriculos"], "de": ["karriere", "bewerbung", "personal"], "it": ["lavora", "hr", "selezione"],
           "ar": ["careers", "hr", "jobs"]}
CAREER_PATHS = ["careers.{d}/jobs/{id}", "{d}/careers/{slug}", "https://jobs.{d}/{lang}/apply?req={id}",
                "https://www.{d}/work-with-us", "https://careers.{d}/", "https://{d}/{lang}/jobs/{slug}-{id}",
                "talent.{d}/job/{id}", "www.{d}/careers"]


def gen_employer(a):
    r, w = a.rng, a.w
    E = TX.EMPLOY[a.lang]
    stem = r.choice(TX.EMPLOYER_STEMS)
    sector = r.choice(E["sectors"])
    company = E["pattern"].format(S=stem, X=sector)
    if r.random() < 0.5:
        company += " " + r.choice(LEGAL[a.lang])
    base = slug(stem) + "-" + slug(sector)
    cc = a.country.lower()
    domain = w.unique(lambda i: [f"{base}.example", f"{base}-{cc}.example", f"{slug(stem)}{slug(sector)}{cc}.example",
                                 f"{base}{i}.example"][min(i, 3)], r)
    paths = r.sample(CAREER_PATHS, r.randint(1, 3))
    ats = ("apply.hirestream.example/" + slug(stem) + "-" + str(r.randrange(100, 999))) if r.random() < 0.25 else None
    cities = r.sample(a.cities(), min(len(a.cities()), r.randint(1, 5)))
    phones = [w.pool.take(a.country, "fixed") for _ in range(r.randint(2, 4))]
    city_phone = {c: phones[i % len(phones)] for i, c in enumerate(cities)}
    email = w.unique(lambda i: f"{r.choice(HR_MAIL[a.lang])}{'' if i == 0 else i}@{domain}", r) if r.random() < 0.6 else None
    jobs = r.sample(E["jobs"], min(len(E["jobs"]), r.randint(2, 6)))
    eeo = r.choice(E["eeo"])
    benefits = r.choice(E["benefits"])
    schedule = r.choice(E["schedule"])
    logo = rand_hash(r) if r.random() < 0.6 else None
    start, end = a.span(3, 12)
    for t in a.times(start, end, "office"):
        city = r.choice(cities)
        cdisp = a.city_display(city)
        job = r.choice(jobs)
        mentions, contacts = [], []
        x = r.random()
        mode = ("url",) if x < 0.4 else ("url", "phone") if x < 0.7 else ("phone",) if x < 0.8 else \
            ("url", "email") if x < 0.9 else ("email",) if x < 0.95 else ("phone", "email")
        if "email" in mode and not email:
            mode = tuple(m for m in mode if m != "email") or ("url",)
        vals = {"COMPANY": company, "JOB": job, "CITY": cdisp}
        lines = [fill(r.choice(E["intro"]), vals)]
        if r.random() < 0.8:
            reqs = ", ".join(r.sample(E["reqlist"], r.randint(2, 3)))
            lines.append(fill(r.choice(E["reqs"]), {"REQ": reqs}))
        if r.random() < 0.7:
            lines.append(schedule)
        if r.random() < 0.8:
            lines.append(benefits)
        if "url" in mode:
            if ats and r.random() < 0.4:
                url = "https://" + ats + "/" + str(r.randrange(10 ** 4, 10 ** 6))
                contacts.append("url:" + ats)
            else:
                url = r.choice(paths).format(d=domain, id=r.randrange(1000, 99999), slug=slug(job) or "job",
                                             lang=a.lang)
                contacts.append("url:" + domain)
            lines.append(fill(r.choice(E["apply_url"]), {"URL": url}))
        if "phone" in mode:
            lines.append(fill(r.choice(E["apply_phone"]), {"PHONE": a.say_phone(city_phone[city], a.country, mentions)}))
        if "email" in mode:
            lines.append(fill(r.choice(E["apply_email"]), {"EMAIL": a.say_email(email, contacts)}))
        if r.random() < 0.75:
            lines.append(fill(eeo, vals))
        title = fill(r.choice(E["titles"]), vals)
        imgs = []
        if logo and r.random() < 0.5:
            imgs.append(noisy(logo, r))
        if r.random() < 0.15:
            imgs.append(noisy(r.choice(w.stock["office"]), r))
        a.emit(t, a.pick_site(), city, a.country, title, lines, imgs, mentions, contacts)


# ----------------------------------------------------------------------------------------------
# private sellers
def gen_seller(a):
    r, w = a.rng, a.w
    S = TX.SELL[a.lang]
    city = r.choice(a.cities())
    cdisp = a.city_display(city)
    start, end = a.span(2, 12, max_days=150)
    phone = a.mobile(a.country, start, recycle=True) if r.random() < 0.88 else None
    person = r.choice(TX.MALE_NAMES[a.lang] + TX.NAMES[a.lang])
    email = a.new_email(person) if r.random() < 0.2 else None
    kind = r.choice(["car", "room", "phone"])
    n_items = max(1, int(round(a.size / r.uniform(1, 2.5))))
    items = []
    for _ in range(n_items):
        k = kind if r.random() < 0.8 else r.choice(["car", "room", "phone"])
        make, model = r.choice(TX.CAR_MODELS)
        it = {"kind": k, "MAKE": make, "MODEL": model, "YEAR": r.randint(2006, 2021),
              "KM": f"{r.randrange(20, 250) * 1000:,}".replace(",", "." if a.lang != "en" else ","),
              "PMODEL": r.choice(TX.PHONE_MODELS), "GB": r.choice([64, 128, 256]), "CITY": cdisp,
              "AREA": r.choice(S["areas"]), "COND": r.choice(S["cond"]), "NEG": r.choice(S["neg"]),
              "PRICE": money({"car": r.randrange(20, 180) * 100, "room": r.randrange(30, 90) * 10,
                              "phone": r.randrange(15, 90) * 10}[k], a.country, a.lang),
              "own": [rand_hash(r) for _ in range(r.randint(1, 5))] if (k != "phone" or r.random() < 0.5) else []}
        items.append(it)
    for t in a.times(start, end, "any"):
        it = r.choice(items)
        titles, body = S[it["kind"]]
        mentions, contacts = [], []
        title = fill(r.choice(titles), it)
        lines = [fill(ln, it) for ln in body if r.random() < 0.9 or "{PRICE}" in ln]
        silent = r.random() < 0.06
        if phone and not silent:
            lines.append(fill(r.choice(S["contact"]), {"PHONE": a.say_phone(phone, a.country, mentions)}))
        if email and not silent and (r.random() < 0.5 or not phone):
            lines.append(fill(r.choice(S["email"]), {"EMAIL": a.say_email(email, contacts, 0.2)}))
        if not mentions and not contacts:
            lines.append(r.choice(S["none"]))
        if r.random() < 0.4:
            lines.append(r.choice(["", "— ", "~"]) + person)
        imgs = a.photos(it["own"], 1, 4) if it["own"] else []
        if it["kind"] in ("phone", "car", "room") and (not imgs or r.random() < 0.2):
            imgs.append(noisy(r.choice(w.stock[it["kind"]]), r))
        a.emit(t, a.pick_site(), city, a.country, title, lines, imgs, mentions, contacts)
    if phone:
        w.pool.recyclable.append([phone.country, phone, end])


GEN = {"escort_independent": gen_independent, "escort_operator": gen_operator, "massage_business": gen_massage,
       "recruiter_deceptive": gen_recruiter, "employer": gen_employer, "seller": gen_seller}


# ----------------------------------------------------------------------------------------------
def budgets(n):
    raw = [(role, share * n) for role, share in ROLES]
    out = {role: int(math.floor(x)) for role, x in raw}
    left = n - sum(out.values())
    for role, x in sorted(raw, key=lambda rx: (-(rx[1] - math.floor(rx[1])), rx[0]))[:left]:
        out[role] += 1
    return out


def generate(seed, n):
    w = World(seed)
    size_rng = random.Random(f"linking2/{seed}/sizes")
    records, idx = [], 0
    actor_ids = []
    for role, _ in ROLES:
        left = budgets(n)[role]
        while left > 0:
            lo, hi = wchoice(size_rng, [((lo, hi), wt) for lo, hi, wt in SIZES[role]])
            size = min(left, loguniform_int(size_rng, lo, hi))
            a = Actor(w, idx, role, size)
            GEN[role](a)
            assert len(a.records) == size, (role, size, len(a.records))
            for rec in a.records:
                records.append((rec[0], rec[1], idx, rec[2], rec[3]))
            actor_ids.append(idx)
            left -= size
            idx += 1
    # network ids that say nothing about role or creation order
    perm = list(range(idx))
    w.rng.shuffle(perm)
    records.sort(key=lambda x: (x[0], x[1], x[2]))
    posts, truth = [], []
    for i, (_, _, aidx, post, tr) in enumerate(records):
        pid = f"L2-{i + 1:06d}"
        post["id"] = pid
        tr["id"] = pid
        tr["network"] = f"N{perm[aidx]:05d}"
        posts.append(post)
        truth.append(tr)
    return posts, truth


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True, help="1, 2, 3 for development; 201-203 are held out")
    ap.add_argument("--posts", type=int, required=True, help="number of posts to write")
    ap.add_argument("--out", required=True, help="posts JSONL path")
    ap.add_argument("--truth", required=True, help="truth JSONL path")
    args = ap.parse_args(argv)
    if args.posts < 0:
        ap.error("--posts must be >= 0")
    posts, truth = generate(args.seed, args.posts)
    write_jsonl(args.out, posts)
    write_jsonl(args.truth, truth)


if __name__ == "__main__":
    main()
