#!/usr/bin/env python3
"""linking4 corpus generator (see SPEC.md). Python 3.11 standard library only.

    python3 eval/linking4/gen.py --seed S --posts N --out POSTS.jsonl --truth TRUTH.jsonl
                                 [--selectors SEL.jsonl]

Seeds 1-3 are development seeds; seeds 401-409 are held out and must never be
generated while tuning a tool.
"""
import argparse
import bisect
import json
import math
import os
import random
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
import texts as X  # noqa: E402

DEV_SEEDS = (1, 2, 3)
HELD_OUT_SEEDS = tuple(range(401, 410))

T0 = int(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
T1 = int(datetime(2025, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp())
DAY = 86400
RECYCLE_GAP = 274 * DAY

SHARES = [("agency", 0.22), ("independent", 0.18), ("copycat", 0.03), ("massage", 0.14),
          ("recruiter", 0.10), ("employer", 0.13), ("seller", 0.20)]
CLASSES = [c for c, _ in SHARES]
HOME_W = [("US", .25), ("GB", .16), ("FR", .12), ("ES", .13), ("BR", .14), ("AE", .11), ("MA", .09)]
RECRUITER_HOME_W = [("AE", .2), ("MA", .2), ("BR", .15), ("ES", .12), ("US", .13), ("GB", .1), ("FR", .1)]
SITE_ROLES = [("A", .40), ("B", .35), ("C", .25)]
LOC_P = {"A": .9, "B": .6, "C": .5}
REPOST_P = {"agency": .15, "independent": .25, "copycat": .20, "massage": .20, "recruiter": .20,
            "employer": .10, "seller": .30}
PHONE_STYLES = [("nat", .28), ("e164", .12), ("intl", .14), ("nat_dash", .10), ("nat_dot", .06),
                ("nat_compact", .12), ("00", .05), ("spaced", .06), ("words", .07)]
FOREIGN_STYLES = [("e164", .4), ("intl", .4), ("00", .2)]
MASSAGE_BASE = {"US": (40, 70, 100), "GB": (35, 60, 85), "FR": (30, 55, 80), "ES": (30, 55, 80),
                "BR": (80, 150, 220), "AE": (150, 250, 350), "MA": (150, 300, 450)}
ESCORTISH = {"agency", "independent", "copycat"}
HOTLINE_CLASSES = {"agency", "independent", "copycat", "massage", "recruiter", "employer"}


def wchoice(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def lognorm(rng, m, s, lo, hi):
    return max(lo, min(hi, int(rng.lognormvariate(math.log(m), s))))


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in "àáâãä":
            out.append("a")
        elif ch in "èéêë":
            out.append("e")
        elif ch in "ìíîï":
            out.append("i")
        elif ch in "òóôõö":
            out.append("o")
        elif ch in "ùúûü":
            out.append("u")
        elif ch == "ç":
            out.append("c")
        else:
            out.append("-")
    s2 = "-".join(p for p in "".join(out).split("-") if p)
    return s2


def iso(t):
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------ numbers
class Num:
    __slots__ = ("entry", "cc", "kind", "owner", "first", "last", "recycled_from", "uid")

    def __init__(self, entry, cc, kind, owner, uid):
        self.entry = entry
        self.cc = cc
        self.kind = kind
        self.owner = owner
        self.first = None
        self.last = None
        self.recycled_from = None
        self.uid = uid


class Bank:
    """Draws pool numbers without replacement; extends a dry pool deterministically."""

    def __init__(self, pool, rng):
        self.rng = rng
        self.lists = {}
        self.pos = {}
        self.all_e164 = set()
        for cc, kinds in pool["countries"].items():
            for kind in ("mobile", "fixed"):
                lst = [tuple(e) for e in kinds[kind]]
                for e in lst:
                    self.all_e164.add(e[0])
                rng.shuffle(lst)
                self.lists[(cc, kind)] = lst
                self.pos[(cc, kind)] = 0
        self.extended = 0
        self.uid = 0

    def _take(self, cc, kind):
        key = (cc, kind)
        if self.pos[key] < len(self.lists[key]):
            e = self.lists[key][self.pos[key]]
            self.pos[key] += 1
            return e
        return None

    def _extend(self, cc, kind):
        # derive a new number from a pool entry by changing its last two digits
        base_list = self.lists[(cc, kind)]
        while True:
            base = base_list[self.rng.randrange(len(base_list))]
            d2 = "%02d" % self.rng.randrange(100)
            e164 = base[0][:-2] + d2
            if e164 in self.all_e164:
                continue
            self.all_e164.add(e164)
            self.extended += 1
            return (e164, _replace_last_digits(base[1], d2), _replace_last_digits(base[2], d2))

    def draw(self, cc, kind, owner):
        e = self._take(cc, kind)
        if e is None and kind == "mobile":
            e = self._take(cc, "fixed")
        if e is None:
            e = self._extend(cc, kind)
        self.uid += 1
        return Num(e, cc, kind, owner, self.uid)


def _replace_last_digits(s, d2):
    chars = list(s)
    k = len(d2) - 1
    for i in range(len(chars) - 1, -1, -1):
        if chars[i].isdigit():
            chars[i] = d2[k]
            k -= 1
            if k < 0:
                break
    return "".join(chars)


def _digits(s):
    return "".join(ch for ch in s if ch.isdigit())


def format_phone(entry, style, lang, rng_words):
    e164, nat, intl = entry
    if style == "e164":
        return e164
    if style == "intl":
        return intl
    if style == "00":
        return "00" + intl[1:]
    if style == "intl_compact":
        return e164[:len(e164)]
    nd = _digits(nat)
    if style == "nat":
        return nat
    if style in ("nat_dash", "nat_dot"):
        sep = "-" if style == "nat_dash" else "."
        groups = [g for g in nat.replace("(", " ").replace(")", " ").replace("-", " ").split() if g]
        return sep.join(groups)
    if style == "nat_compact":
        return nd
    if style == "spaced":
        return " ".join(nd)
    if style == "words":
        s, k = rng_words
        s = max(1, min(s, len(nd) - k - 1))
        words = X.DIGIT_WORDS[lang]
        mid = " ".join(words[int(c)] for c in nd[s:s + k])
        return nd[:s] + " " + mid + " " + nd[s + k:]
    return nat


def to_arabic_indic(s):
    return s.translate(str.maketrans("0123456789", X.ARABIC_INDIC))


# ------------------------------------------------------------------ model objects
class Actor:
    __slots__ = ("cls", "idx", "net", "home", "pref_site", "lang_pref", "t0", "t1", "posts",
                 "accounts", "extra")

    def __init__(self, cls, idx, home):
        self.cls = cls
        self.idx = idx
        self.net = "%s-%04d" % (cls, idx)
        self.home = home
        self.pref_site = {}
        self.lang_pref = {}
        self.t0 = T0
        self.t1 = T1
        self.posts = []
        self.accounts = {}
        self.extra = {}


class Post:
    __slots__ = ("actor", "cc", "role", "site", "t", "lang", "city", "district", "location",
                 "title", "lines", "phones", "emails", "handles", "domains", "images", "category",
                 "repost", "no_contact", "account", "ar_digits", "see_also", "bold_phone",
                 "typo", "persona_key")

    def __init__(self):
        self.phones = []
        self.emails = []
        self.handles = []
        self.domains = []
        self.images = []
        self.lines = []
        self.repost = False
        self.no_contact = False
        self.account = None
        self.ar_digits = False
        self.see_also = False
        self.bold_phone = False
        self.typo = False
        self.location = None
        self.district = None
        self.persona_key = None


class Persona:
    __slots__ = ("name", "age", "images", "bio", "titles", "stops", "key")


# ------------------------------------------------------------------ generator
class Gen:
    def __init__(self, seed, n):
        self.seed = seed
        self.n = n
        self.rng = random.Random(seed)
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)
        self.bank = Bank(pool, self.rng)
        self.used_handles = set()
        self.used_emails = set()
        self.used_domains = set()
        self.used_accounts = set()
        self.used_names = set()
        self.nums = []
        self.actors = []
        self.personas = []  # (actor, persona) for copycat victims
        self.name_pairs = [(sp, w) for w, sp in X.PERSONA_NAMES]
        r = self.rng
        self.stock = [r.getrandbits(256) for _ in range(50)]
        self.massage_stock = [r.getrandbits(256) for _ in range(20)]
        # sites: support phone and footer template fixed per site
        self.site_info = {}
        for cc, roles in X.SITES.items():
            for role, site in roles.items():
                info = {"site": site, "role": role, "cc": cc}
                if role == "B":
                    num = self.bank.draw(cc, "fixed", None)
                    info["phone"] = num.entry[1]
                    info["footer_idx"] = r.randrange(2)
                    info["email"] = "help@" + site
                self.site_info[(cc, role)] = info
        self.hotline = {cc: self.bank.draw(cc, "fixed", None).entry[1] for cc in X.SITES}
        self.recycled = []

    # ---------------------------------------------------------- helpers
    def new_num(self, cc, kind, owner):
        n = self.bank.draw(cc, kind, owner)
        self.nums.append(n)
        return n

    def img(self):
        return self.rng.getrandbits(256)

    def flip(self, h, k):
        if k <= 0:
            return h
        pos = self.rng.sample(range(256), k)
        for p in pos:
            h ^= (1 << p)
        return h

    def persona_name(self):
        names = wchoice(self.rng, self.name_pairs)
        return names[0] if self.rng.random() < 0.6 else self.rng.choice(names)

    def unique(self, used, make):
        for i in range(1000):
            v = make(i)
            if v not in used:
                used.add(v)
                return v
        v = make(0) + str(len(used))
        used.add(v)
        return v

    def handle(self, base):
        r = self.rng
        base = slugify(base).replace("-", "_") or "x"
        return self.unique(self.used_handles, lambda i: base + r.choice(["", "_", "__", "x"]) +
                           (r.choice(["vip", "xo", "bb", "official", "real", ""]) if i < 3 else "") +
                           (str(r.randrange(10, 9999)) if r.random() < 0.6 or i > 2 else ""))

    def domain(self, base):
        r = self.rng
        base = slugify(base) or "site"
        return self.unique(self.used_domains, lambda i: base + ("" if i == 0 else "-" + str(r.randrange(2, 999))) + ".example")

    def freemail(self, lang):
        r = self.rng
        first = r.choice(X.FIRST_NAMES[lang])
        last = r.choice(X.LAST_NAMES[lang])
        dom = r.choice(X.FREEMAIL_BY_LANG[lang])

        def mk(i):
            form = r.randrange(4)
            yy = str(r.randrange(60, 100) if r.random() < .5 else r.randrange(1, 999))
            local = [first + "." + last, first + last[0] + yy, first[0] + last + yy, first + "_" + last + yy][form]
            return local + "@" + dom
        return self.unique(self.used_emails, mk)

    def account(self, actor, site, key, t):
        k = (site, key)
        acc = actor.accounts.get(k)
        r = self.rng
        if acc is None:
            a1 = self.unique(self.used_accounts, lambda i: "u%07d" % r.randrange(10 ** 6, 10 ** 7))
            a2 = None
            sw = None
            if r.random() < 0.3:
                a2 = self.unique(self.used_accounts, lambda i: "u%07d" % r.randrange(10 ** 6, 10 ** 7))
                sw = r.randint(actor.t0, max(actor.t0, actor.t1))
            acc = (a1, a2, sw)
            actor.accounts[k] = acc
        a1, a2, sw = acc
        return a2 if (a2 is not None and t >= sw) else a1

    def lang_for(self, actor, cc):
        langs = X.COUNTRIES[cc]["langs"]
        if cc not in actor.lang_pref:
            actor.lang_pref[cc] = wchoice(self.rng, langs)
        if len(langs) > 1 and "fixed_lang" not in actor.extra and self.rng.random() < 0.15:
            return self.rng.choice(langs)[0]
        return actor.lang_pref[cc]

    def site_for(self, actor, cc):
        if cc not in actor.pref_site:
            actor.pref_site[cc] = wchoice(self.rng, SITE_ROLES)
        if self.rng.random() < 0.7:
            return actor.pref_site[cc]
        return wchoice(self.rng, SITE_ROLES)

    def city_name(self, city, lang):
        if lang == "ar" and city[3] and self.rng.random() < 0.7:
            return city[3]
        return city[0]

    def location_text(self, cc, city, district, lang):
        r = self.rng
        x = r.random()
        if lang == "ar" and city[3] and x < 0.12:
            return city[3]
        if x < 0.40:
            return city[0]
        if x < 0.65:
            if city[1]:
                return city[0] + (" - " if cc == "BR" and r.random() < .5 else ", ") + city[1]
            cname = X.COUNTRIES[cc]["name"]
            return city[0] + ", " + cname.get(lang, next(iter(cname.values())))
        if x < 0.88:
            return district + ", " + city[0]
        return district

    def price(self, cc, amount):
        sym, pos = X.COUNTRIES[cc]["currency"]
        if pos == "before":
            return (sym + " " if len(sym) > 1 else sym) + str(amount)
        return str(amount) + " " + sym

    def rand_time(self, a, b):
        a = max(T0, a)
        b = min(T1, b)
        if b <= a:
            return a
        return self.rng.randint(a, b)

    def window(self, min_days, max_days):
        d = self.rng.randint(min_days, max_days) * DAY
        d = min(d, T1 - T0)
        s = self.rng.randint(T0, T1 - d)
        return s, s + d

    def periods(self, t0, t1, k):
        seg = max(1, (t1 - t0)) / k
        out = []
        for i in range(k):
            s = t0 + i * seg
            e = s + seg
            st = seg * self.rng.uniform(0.15, 0.4)
            out.append((t0 if i == 0 else s - st / 2, t1 if i == k - 1 else e + st / 2))
        return out

    def active(self, nums, periods, t):
        act = [n for n, (s, e) in zip(nums, periods) if s <= t <= e]
        if not act:
            best = min(range(len(nums)), key=lambda i: min(abs(t - periods[i][0]), abs(t - periods[i][1])))
            act = [nums[best]]
        return act

    def phone_style(self, post, num):
        if num.cc != post.cc:
            return (wchoice(self.rng, FOREIGN_STYLES), None)
        st = wchoice(self.rng, PHONE_STYLES)
        words = None
        if st == "words":
            words = (self.rng.randint(2, 5), self.rng.randint(2, 3))
        return (st, words)

    def ptoken(self, post, num):
        for i, (n, _) in enumerate(post.phones):
            if n is num:
                return "\x01%d\x01" % i
        post.phones.append((num, self.phone_style(post, num)))
        return "\x01%d\x01" % (len(post.phones) - 1)

    def base_post(self, actor, cc, t, category, city=None, district=None, persona_key=None):
        r = self.rng
        p = Post()
        p.actor = actor
        p.cc = cc
        p.role = self.site_for(actor, cc)
        p.site = X.SITES[cc][p.role]
        p.t = t
        p.lang = self.lang_for(actor, cc)
        if city is None:
            city = r.choice(X.COUNTRIES[cc]["cities"])
        p.city = city
        p.district = district or r.choice(city[2])
        p.category = category
        p.persona_key = persona_key
        if r.random() < LOC_P[p.role]:
            p.location = self.location_text(cc, city, p.district, p.lang)
        if p.role == "C":
            p.account = self.account(actor, p.site, persona_key, t)
        p.ar_digits = p.lang == "ar" and r.random() < 0.35
        p.see_also = r.random() < 0.10
        p.bold_phone = r.random() < 0.10
        p.typo = r.random() < 0.05
        actor.posts.append(p)
        return p

    def add_images(self, p, imgs, flip_p=0.25, max_flip=2):
        r = self.rng
        for h in imgs:
            p.images.append(self.flip(h, r.randint(1, max_flip)) if r.random() < flip_p else h)

    def add_stock(self, p, pool, k=1):
        r = self.rng
        for _ in range(k):
            p.images.append(self.flip(r.choice(pool), r.randint(0, 8)))

    def mix_fr(self, p):
        if p.cc == "MA" and p.lang == "ar":
            r = self.rng
            for _ in range(r.randint(1, 2)):
                kind = {"agency": "escort", "independent": "escort", "copycat": "escort", "massage": "massage",
                        "recruiter": "job", "employer": "job"}.get(p.actor.cls, "sale")
                pool = X.FR_MIX[kind] + X.FR_MIX["any"]
                p.lines.insert(r.randint(0, len(p.lines)), ("text", r.choice(pool) + "."))

    def date_text(self, t, lang):
        d = datetime.fromtimestamp(t, tz=timezone.utc)
        return "%d %s" % (d.day, X.MONTHS[lang][d.month - 1])

    # ---------------------------------------------------------- escorts
    def make_bio(self, n_phr, with_sig=True, intro=True):
        r = self.rng
        npool = 25
        picks = r.sample(range(1, npool), n_phr)
        bio = []
        if intro:
            bio.append(("phrase", 0))
        bio.extend(("phrase", i) for i in picks)
        if with_sig:
            bio.insert(r.randint(1, len(bio)), ("sig", r.randrange(4), r.randrange(14), r.randrange(14)))
        return bio

    def render_bio(self, bio, lang, name, age, city):
        E = X.ESCORT[lang]
        out = []
        for item in bio:
            if item[0] == "phrase":
                s = E["phrases"][item[1] % len(E["phrases"])]
            elif item[0] == "house":
                hs = X.HOUSE_EXTRA[lang]
                s = hs[item[1] % len(hs)]
            elif item[0] == "sig":
                hb = E["hobbies"]
                sg = E["signature"]
                h1 = hb[item[2] % len(hb)]
                h2 = hb[item[3] % len(hb)]
                if h2 == h1:
                    h2 = hb[(item[3] + 1) % len(hb)]
                s = X.fill(sg[item[1] % len(sg)], HOBBY=h1, HOBBY2=h2)
            elif item[0] == "raw":
                s = item[1]
            else:
                continue
            out.append(X.fill(s, NAME=name, AGE=str(age), CITY=city))
        return out

    def new_persona(self, home_cities, n_stops, t0, t1, bio):
        r = self.rng
        pe = Persona()
        pe.name = self.persona_name()
        pe.age = r.randint(19, 35)
        pe.images = [self.img() for _ in range(r.randint(2, 6))]
        pe.bio = bio
        pe.titles = r.sample(range(8), 2)
        pe.stops = []
        t = r.randint(t0, max(t0, t1 - 30 * DAY))
        for _ in range(n_stops):
            cc, city = r.choice(home_cities)
            dur = r.randint(3, 21) * DAY
            s = min(t, T1 - dur)
            pe.stops.append((cc, city, s, s + dur))
            t = s + dur + r.randint(0, 30) * DAY
            if t > t1:
                t = r.randint(t0, max(t0, t1 - dur))
        return pe

    def escort_post(self, actor, pe, cc, city, t, tour_stop_end=None):
        r = self.rng
        p = self.base_post(actor, cc, t, r.choice(X.CATEGORY_SLUGS["escort"]), city=city,
                           persona_key=pe.key)
        L = p.lang
        E = X.ESCORT[L]
        cname = self.city_name(city, L)
        ti = pe.titles[0] if r.random() < 0.6 else (pe.titles[1] if r.random() < 0.6 else r.randrange(8))
        p.title = X.fill(E["titles"][ti], NAME=pe.name, AGE=str(pe.age), CITY=cname)
        lines = self.render_bio(pe.bio, L, pe.name, pe.age, cname)
        if len(lines) > 3 and r.random() < 0.3:
            del lines[r.randrange(1, len(lines))]
        p.lines = [("text", s) for s in lines]
        if tour_stop_end is not None and r.random() < 0.5:
            tl = X.fill(r.choice(E["tour"]), CITY=cname, DATE=self.date_text(tour_stop_end, L))
            p.lines.insert(0, ("text", tl))
        p.images = []
        self.add_images(p, r.sample(pe.images, r.randint(1, len(pe.images))))
        if r.random() < 0.12:
            self.add_stock(p, self.stock)
        return p

    def contact_phone_line(self, p, num, wa=False):
        lead = self.rng.choice(X.WA_LEAD[p.lang] if wa else X.CONTACT_LEAD[p.lang])
        sep = self.rng.choice([": ", " ", " - "])
        return ("contact", lead + sep + self.ptoken(p, num))

    def handle_line(self, p, plat, h):
        p.handles.append(plat + ":" + h.lower())
        return ("contact", X.fill(self.rng.choice(X.HANDLE_FMT[plat]), H=h))

    def web_line(self, p, dom, path=""):
        p.domains.append(dom)
        r = self.rng
        form = r.choice(["{D}", "www.{D}", "https://{D}", "https://www.{D}/"])
        return ("contact", r.choice(X.WEB_LEAD[p.lang]) + ": " + X.fill(form, D=dom) + path)

    def email_line(self, p, email):
        p.emails.append(email)
        return ("contact", self.rng.choice(X.EMAIL_LEAD[p.lang]) + ": " + email)

    def gen_agency(self, actor, size):
        r = self.rng
        ccs = [actor.home]
        if r.random() < 0.3:
            other = wchoice(r, [(c, w) for c, w in HOME_W if c != actor.home])
            ccs.append(other)
        cities = [(cc, c) for cc in ccs for c in r.sample(X.COUNTRIES[cc]["cities"], min(6, len(X.COUNTRIES[cc]["cities"])))]
        n_pers = max(1, min(30, max(3, round(size / r.uniform(8, 20))), size))
        house = None
        if r.random() < 0.5:
            house = []
            for _ in range(r.randint(2, 4)):
                tpl = [("house", r.randrange(6))]
                tpl += [("phrase", i) for i in r.sample(range(1, 25), r.randint(2, 4))]
                tpl.insert(r.randint(0, len(tpl)), ("house", r.randrange(6)))
                house.append(tpl)
        a0, a1 = self.window(90, 730)
        personas = []
        for i in range(n_pers):
            bio = r.choice(house) if house else self.make_bio(r.randint(3, 6), with_sig=r.random() < 0.5)
            pe = self.new_persona(cities, r.randint(3, 10), a0, a1, bio)
            pe.key = "p%d" % i
            personas.append(pe)
            self.personas.append((actor, pe))
        # window = span of stops
        actor.t0 = max(T0, min(s for pe in personas for (_, _, s, _) in pe.stops))
        actor.t1 = min(T1, max(e for pe in personas for (_, _, _, e) in pe.stops))
        k = min(8, 2 + size // 60 + r.randint(0, 2))
        nums = [self.new_num(actor.home, "mobile", actor) for _ in range(k)]
        pers = self.periods(actor.t0, actor.t1, k)
        msg = None
        if r.random() < 0.4:
            if r.random() < 0.5:
                msg = ("tg", self.handle(r.choice(X.AGENCY_BRAND_A) + r.choice(X.AGENCY_BRAND_B)))
            else:
                msg = ("wa", self.new_num(actor.home, "mobile", actor))
        brand = None
        dom = None
        if r.random() < 0.5:
            brand = self.unique(self.used_names, lambda i: r.choice(X.AGENCY_BRAND_A) + " " + r.choice(X.AGENCY_BRAND_B)
                                + ("" if i < 5 else " " + str(i)))
            if r.random() < 0.5:
                dom = self.domain(brand)
        # split posts among personas
        w = [r.expovariate(1.0) + 0.2 for _ in personas]
        sw = sum(w)
        counts = [max(1, int(size * x / sw)) for x in w]
        while sum(counts) > size:
            j = max(range(len(counts)), key=lambda i: counts[i])
            counts[j] -= 1
        while sum(counts) < size:
            counts[r.randrange(len(counts))] += 1
        n_rep_total = 0
        for pe, cnt in zip(personas, counts):
            n_rep = sum(1 for _ in range(cnt) if r.random() < REPOST_P["agency"]) if cnt > 1 else 0
            n_rep = min(n_rep, cnt - 1)
            n_rep_total += n_rep
            fresh = []
            for _ in range(cnt - n_rep):
                cc, city, s, e = r.choice(pe.stops)
                t = self.rand_time(s, e)
                p = self.escort_post(actor, pe, cc, city, t, tour_stop_end=e)
                E = X.ESCORT[p.lang]
                if brand and r.random() < 0.3:
                    p.lines.insert(0, ("text", X.fill(r.choice(E["brand"]), BRAND=brand, NAME=pe.name)))
                if r.random() < 0.3:
                    p.lines.append(("text", X.fill(r.choice(E["agency"]), NAME=pe.name)))
                if r.random() < 0.25:
                    p.no_contact = True
                    p.lines.append(("text", r.choice(E["no_contact"])))
                else:
                    act = self.active(nums, pers, t)
                    use = r.sample(act, 2) if (len(act) > 1 and r.random() < 0.15) else [r.choice(act)]
                    for n in use:
                        p.lines.append(self.contact_phone_line(p, n))
                    if msg and r.random() < 0.5:
                        if msg[0] == "tg":
                            p.lines.append(self.handle_line(p, "tg", msg[1]))
                        else:
                            p.lines.append(self.contact_phone_line(p, msg[1], wa=True))
                    if dom and r.random() < 0.3:
                        p.lines.append(self.web_line(p, dom))
                    if r.random() < 0.1:
                        n = use[0]
                        p.title += " — " + self.ptoken(p, n)
                self.mix_fr(p)
                fresh.append(p)
            for _ in range(n_rep):
                self.repost(actor, r.choice(fresh))

    def gen_independent(self, actor, size):
        r = self.rng
        cc = actor.home
        cities = X.COUNTRIES[cc]["cities"]
        dur = min(730, max(7, int(size * r.uniform(3, 15))))
        a0, a1 = self.window(dur, dur)
        home_city = r.choice(cities)
        if r.random() < 0.2:
            n_st = r.randint(2, 4)
            tour = [(cc, c) for c in r.sample(cities, n_st)]
        else:
            tour = [(cc, home_city)]
        bio = self.make_bio(r.randint(3, 6), with_sig=True, intro=r.random() < 0.6)
        pe = Persona()
        pe.name = self.persona_name()
        pe.age = r.randint(19, 38)
        pe.images = [self.img() for _ in range(r.randint(2, 6))]
        pe.bio = bio
        pe.titles = r.sample(range(8), 2)
        pe.key = "p0"
        stops = []
        if len(tour) > 1:
            seg = (a1 - a0) // len(tour)
            for i, (tc, c) in enumerate(tour):
                stops.append((tc, c, a0 + i * seg, a0 + (i + 1) * seg))
        else:
            stops.append((cc, home_city, a0, a1))
        pe.stops = stops
        actor.t0, actor.t1 = a0, a1
        self.personas.append((actor, pe))
        n1 = self.new_num(cc, "mobile", actor)
        nums = [n1]
        pers = [(a0, a1)]
        if r.random() < 0.35:
            n2 = self.new_num(cc, "mobile", actor)
            sw = r.randint(a0, a1)
            ov = r.randint(0, 30) * DAY
            nums = [n1, n2]
            pers = [(a0, sw + ov), (sw, a1)]
        hnd = None
        if r.random() < 0.4:
            plat = r.choice(["ig", "snap", "of"])
            hnd = (plat, self.handle(pe.name))
        dom = self.domain(pe.name + "-" + home_city[0]) if r.random() < 0.15 else None
        email = self.freemail(r.choice(["en", X.COUNTRIES[cc]["langs"][0][0]])) if r.random() < 0.1 else None
        n_rep = min(size - 1, sum(1 for _ in range(size) if r.random() < REPOST_P["independent"])) if size > 1 else 0
        fresh = []
        for _ in range(size - n_rep):
            tc, city, s, e = r.choice(stops)
            t = self.rand_time(s, e)
            p = self.escort_post(actor, pe, tc, city, t, tour_stop_end=e if len(stops) > 1 else None)
            E = X.ESCORT[p.lang]
            if r.random() < 0.05:
                if hnd:
                    p.lines.append(self.handle_line(p, hnd[0], hnd[1]))
                else:
                    p.no_contact = True
                    p.lines.append(("text", E["no_contact"][4]))
            else:
                for n in self.active(nums, pers, t)[:1 if r.random() < 0.8 else 2]:
                    p.lines.append(self.contact_phone_line(p, n))
                if hnd and r.random() < 0.5:
                    p.lines.append(self.handle_line(p, hnd[0], hnd[1]))
                if dom and r.random() < 0.4:
                    p.lines.append(self.web_line(p, dom))
                if email and r.random() < 0.4:
                    p.lines.append(self.email_line(p, email))
                if r.random() < 0.1 and p.phones:
                    p.title += " " + self.ptoken(p, p.phones[0][0])
            self.mix_fr(p)
            fresh.append(p)
        for _ in range(n_rep):
            self.repost(actor, r.choice(fresh))

    def gen_copycat(self, actor, size):
        r = self.rng
        if not self.personas:
            return self.gen_independent(actor, size)
        victims = [r.choice(self.personas)]
        if r.random() < 0.2:
            victims.append(r.choice(self.personas))
        # copycats steal local ads: the victim's country and the victim's language there
        vactor0, vpe0 = victims[0]
        cc = vpe0.stops[0][0]
        actor.home = cc
        if cc not in vactor0.lang_pref:
            self.lang_for(vactor0, cc)
        actor.lang_pref[cc] = vactor0.lang_pref[cc]
        actor.extra["fixed_lang"] = True
        city = r.choice(X.COUNTRIES[cc]["cities"])
        a0, a1 = self.window(10, 240)
        actor.t0, actor.t1 = a0, a1
        fakes = []
        for vi, (vactor, vpe) in enumerate(victims):
            pe = Persona()
            pe.name = vpe.name if r.random() < 0.7 else self.persona_name()
            pe.age = vpe.age
            exact = r.random() < 0.5
            pe.images = [h if exact else self.flip(h, r.randint(1, 6)) for h in vpe.images]
            bio = list(vpe.bio)

            def fresh_phrase():
                have = {it[1] for it in bio if it[0] == "phrase"}
                return ("phrase", r.choice([i for i in range(1, 25) if i not in have]))
            for _ in range(r.randint(1, 2)):
                op = r.randrange(3)
                if op == 0 and len(bio) > 2:
                    del bio[r.randrange(1, len(bio))]
                elif op == 1:
                    j = r.randrange(len(bio))
                    if bio[j][0] == "phrase":
                        bio[j] = fresh_phrase()
                    else:
                        bio.append(fresh_phrase())
                else:
                    bio.insert(r.randint(0, len(bio)), fresh_phrase())
            pe.bio = bio
            pe.titles = list(vpe.titles)
            pe.key = "p%d" % vi
            pe.stops = [(cc, city, a0, a1)]
            fakes.append(pe)
        nums = [self.new_num(cc, "mobile", actor)]
        pers = [(a0, a1)]
        if r.random() < 0.15:
            nums.append(self.new_num(cc, "mobile", actor))
            sw = r.randint(a0, a1)
            pers = [(a0, sw), (sw, a1)]
        n_rep = min(size - 1, sum(1 for _ in range(size) if r.random() < REPOST_P["copycat"])) if size > 1 else 0
        fresh = []
        for i in range(size - n_rep):
            pe = fakes[i % len(fakes)]
            t = self.rand_time(a0, a1)
            p = self.escort_post(actor, pe, cc, city, t)
            # copycats show the stolen set less trimmed: exact image set more often
            for n in self.active(nums, pers, t)[:1]:
                p.lines.append(self.contact_phone_line(p, n))
            self.mix_fr(p)
            fresh.append(p)
        for _ in range(n_rep):
            self.repost(actor, r.choice(fresh))

    # ---------------------------------------------------------- massage
    def gen_massage(self, actor, size):
        r = self.rng
        cc = actor.home
        city = r.choice(X.COUNTRIES[cc]["cities"])
        name = self.unique(self.used_names, lambda i: r.choice(X.MASSAGE_NAME_A) + " " + r.choice(X.MASSAGE_NAME_B)
                           + ("" if i < 3 else " " + city[0]) + ("" if i < 6 else " " + str(i)))
        dur = min(730, max(30, int(size * r.uniform(5, 20))))
        a0, a1 = self.window(dur, dur)
        actor.t0, actor.t1 = a0, a1
        nums = [self.new_num(cc, "mobile" if r.random() < 0.6 else "fixed", actor)]
        if r.random() < 0.2:
            nums = [self.new_num(cc, "fixed", actor), self.new_num(cc, "mobile", actor)]
        dom = self.domain(name + ("-" + city[0] if r.random() < 0.4 else "")) if r.random() < 0.5 else None
        own_imgs = [self.img() for _ in range(r.randint(1, 4))] if r.random() < 0.3 else []
        n_addr = r.randint(1, 3)
        addr_n = [r.randint(1, 999) for _ in range(n_addr)]
        addr_s = [r.randrange(10) for _ in range(n_addr)]
        hours_i = r.randrange(4)
        base = MASSAGE_BASE[cc]
        jit = r.uniform(0.8, 1.3)
        prices = [int(round(b * jit / 5.0)) * 5 for b in base]
        fav = r.sample(range(4), r.randint(1, 2))
        svc = r.sample(range(10), 5)
        n_rep = min(size - 1, sum(1 for _ in range(size) if r.random() < REPOST_P["massage"])) if size > 1 else 0
        fresh = []
        for _ in range(size - n_rep):
            t = self.rand_time(a0, a1)
            p = self.base_post(actor, cc, t, r.choice(X.CATEGORY_SLUGS["massage"]), city=city)
            L = p.lang
            M = X.MASSAGE[L]
            cname = self.city_name(city, L)
            ti = r.choice(fav) if r.random() < 0.7 else r.randrange(4)
            services = ("، " if L == "ar" else ", ").join(M["services"][i % len(M["services"])] for i in r.sample(svc, r.randint(3, 5)))
            pr = " · ".join(X.fill(M["price"][j], P0=self.price(cc, prices[0]), P1=self.price(cc, prices[1]),
                                   P2=self.price(cc, prices[2])) for j in (1, 2, 0)[:r.randint(1, 3)])
            ai = r.randrange(n_addr)
            address = X.fill(M["street"][addr_s[ai] % len(M["street"])], N=str(addr_n[ai]))
            slots = dict(NAME=name, CITY=cname, SERVICES=services, HOURS=M["hours"][hours_i % len(M["hours"])],
                         PRICES=pr, ADDRESS=address)
            p.title = X.fill(r.choice(M["titles"]), NAME=name, CITY=cname)
            show_phone = r.random() < 0.95
            lines = []
            for tl in M["templates"][ti]:
                if "{PHONE}" in tl:
                    if not show_phone:
                        continue
                    tok = " / ".join(self.ptoken(p, n) for n in (nums if r.random() < 0.5 else nums[:1]))
                    lines.append(("contact", X.fill(tl, PHONE=tok, **slots)))
                else:
                    lines.append(("text", X.fill(tl, **slots)))
            p.lines = lines
            if not show_phone:
                p.no_contact = True
            if dom and r.random() < 0.4:
                p.lines.append(self.web_line(p, dom))
                p.no_contact = False
            if r.random() < 0.65:
                self.add_stock(p, self.massage_stock, r.randint(1, 2))
            if own_imgs and r.random() < 0.6:
                self.add_images(p, r.sample(own_imgs, r.randint(1, len(own_imgs))))
            self.mix_fr(p)
            fresh.append(p)
        for _ in range(n_rep):
            self.repost(actor, r.choice(fresh))

    # ---------------------------------------------------------- recruiters
    def gen_recruiter(self, actor, size):
        r = self.rng
        home = actor.home
        ccs = [home] + r.sample([c for c, _ in HOME_W if c != home], r.randint(1, 3))
        ccw = [(c, 2.0 if c == home else 1.0) for c in ccs]
        dur = min(730, max(30, int(size * r.uniform(4, 15))))
        a0, a1 = self.window(dur, dur)
        actor.t0, actor.t1 = a0, a1
        k = r.randint(2, 3)
        nums = [self.new_num(home, "mobile", actor) for _ in range(k)]
        pers = self.periods(a0, a1, k)
        wa = self.new_num(home if r.random() < 0.7 else "AE", "mobile", actor)
        boss = r.choice(X.BOSS_NAMES)
        tg = self.handle(boss.replace("Mr.", "mr").replace("Miss", "miss") + r.choice(["jobs", "work", "recruit", "agency"])) \
            if r.random() < 0.4 else None
        favs = r.sample(range(10), r.randint(3, 5))
        dests = r.sample(X.RECRUIT_DEST, r.randint(2, 4))
        jobs = r.sample(range(9), r.randint(2, 4))
        own_img = self.img() if r.random() < 0.2 else None
        n_rep = min(size - 1, sum(1 for _ in range(size) if r.random() < REPOST_P["recruiter"])) if size > 1 else 0
        fresh = []
        for _ in range(size - n_rep):
            t = self.rand_time(a0, a1)
            cc = wchoice(r, ccw)
            p = self.base_post(actor, cc, t, r.choice(X.CATEGORY_SLUGS["job"]))
            L = p.lang
            R = X.RECRUIT[L]
            job = R["jobs"][r.choice(jobs) % len(R["jobs"])]
            dest = r.choice(dests)
            p.title = X.fill(r.choice(R["titles"]), JOB=job, DEST=dest)
            sal = r.choice(X.RECRUIT_SALARY[L])
            lines = [("text", X.fill(s, SALARY=sal)) for s in r.sample(R["shared"], r.randint(3, 5))]
            for fi in r.sample(favs, r.randint(1, 2)):
                lines.append(("text", X.fill(R["fav"][fi % len(R["fav"])], BOSS=boss)))
            p.lines = lines
            if r.random() < 0.15:
                p.no_contact = True
                p.lines.append(("text", r.choice(R["no_contact"])))
            else:
                shown = False
                if r.random() < 0.75:
                    n = r.choice(self.active(nums, pers, t))
                    p.lines.append(("contact", r.choice(R["apply"]) + ": " + self.ptoken(p, n)))
                    shown = True
                if r.random() < 0.7 or not shown:
                    p.lines.append(self.contact_phone_line(p, wa, wa=True))
                if tg and r.random() < 0.4:
                    p.lines.append(self.handle_line(p, "tg", tg))
            if r.random() < 0.4:
                self.add_stock(p, self.stock)
            if own_img is not None and r.random() < 0.5:
                self.add_images(p, [own_img])
            self.mix_fr(p)
            fresh.append(p)
        for _ in range(n_rep):
            self.repost(actor, r.choice(fresh))

    # ---------------------------------------------------------- employers
    def gen_employer(self, actor, size):
        r = self.rng
        home = actor.home
        ccs = [home]
        if r.random() < 0.15:
            ccs.append(wchoice(r, [(c, w) for c, w in HOME_W if c != home]))
        sector = r.choice(list(X.EMPLOYER_SECTORS))
        company = self.unique(self.used_names, lambda i: r.choice(X.COMPANY_A) + " " + r.choice(X.COMPANY_B[sector])
                              + ("" if i < 4 else " " + r.choice(["Group", "International", "Services", str(i)])))
        dom = self.domain(company)
        url_styles = r.sample(range(4), r.randint(1, 2))
        dur = min(730, max(30, int(size * r.uniform(5, 25))))
        a0, a1 = self.window(dur, dur)
        actor.t0, actor.t1 = a0, a1
        k = r.randint(1, 4)
        nums = [self.new_num(home, "fixed" if r.random() < 0.6 else "mobile", actor) for _ in range(k)]
        pers = self.periods(a0, a1, k)
        emails = []
        for _ in range(r.randint(1, 2)):
            lang0 = X.COUNTRIES[home]["langs"][0][0]
            local = r.choice(X.HR_LOCALPART[lang0])
            e = local + "@" + dom
            if e not in self.used_emails:
                self.used_emails.add(e)
                emails.append(e)
        logo = self.img()
        city_by_cc = {cc: r.sample(X.COUNTRIES[cc]["cities"], r.randint(1, 3)) for cc in ccs}
        n_rep = min(size - 1, sum(1 for _ in range(size) if r.random() < REPOST_P["employer"])) if size > 1 else 0
        fresh = []
        for _ in range(size - n_rep):
            t = self.rand_time(a0, a1)
            cc = ccs[0] if len(ccs) == 1 or r.random() < 0.7 else ccs[1]
            city = r.choice(city_by_cc[cc])
            p = self.base_post(actor, cc, t, r.choice(X.CATEGORY_SLUGS["job"]), city=city)
            L = p.lang
            EM = X.EMPLOYER[L]
            job = r.choice(X.EMPLOYER_SECTORS[sector][L])
            cname = self.city_name(city, L)
            cn = X.COUNTRIES[cc]["name"]
            country = cn.get(L, next(iter(cn.values())))
            pays = X.EMPLOYER_PAY[cc].get(L) or next(iter(X.EMPLOYER_PAY[cc].values()))
            slots = dict(COMPANY=company, JOB=job, CITY=cname, COUNTRY=country, PAY=r.choice(pays))
            p.title = X.fill(r.choice(EM["titles"]), **slots)
            lines = [("text", X.fill(EM["lines"][0], **slots))]
            lines += [("text", X.fill(s, **slots)) for s in r.sample(EM["lines"][1:], r.randint(2, 4))]
            legal = [("text", X.fill(s, **slots)) for s in r.sample(EM["legal"], r.randint(2, 3))]
            p.lines = lines
            if r.random() < 0.9:
                st = r.choice(url_styles)
                jid = r.randint(1000, 99999)
                url = ["https://careers.{D}/jobs/{J}", "{D}/careers", "https://www.{D}/careers/{S}",
                       "https://jobs.{D}/{J}"][st]
                url = X.fill(url, D=dom, J=str(jid), S=slugify(job) + "-" + str(jid))
                p.domains.append(dom)
                p.lines.append(("contact", X.fill(r.choice(EM["apply"]), URL=url)))
            if emails and r.random() < 0.6:
                e = r.choice(emails)
                p.emails.append(e)
                p.lines.append(("contact", X.fill(r.choice(EM["mail"]), EMAIL=e)))
            if r.random() < 0.6:
                n = r.choice(self.active(nums, pers, t))
                p.lines.append(("contact", X.fill(r.choice(EM["phone"]), PHONE=self.ptoken(p, n))))
            p.lines += legal
            if not (p.phones or p.emails or p.domains):
                p.no_contact = True
            if r.random() < 0.6:
                self.add_images(p, [logo], flip_p=0.3)
            if r.random() < 0.25:
                self.add_stock(p, self.stock)
            self.mix_fr(p)
            fresh.append(p)
        for _ in range(n_rep):
            self.repost(actor, r.choice(fresh))

    # ---------------------------------------------------------- sellers
    def gen_seller(self, actor, size):
        r = self.rng
        cc = actor.home
        city = r.choice(X.COUNTRIES[cc]["cities"])
        district = r.choice(city[2])
        a0, a1 = self.window(1, 60)
        actor.t0, actor.t1 = a0, a1
        num = self.new_num(cc, "mobile", actor)
        lang0 = self.lang_for(actor, cc)
        email = self.freemail(lang0) if r.random() < 0.35 else None
        landlord = r.random() < 0.25
        n_items = 1 if size < 3 or r.random() < 0.7 else 2
        items = []
        for _ in range(n_items):
            items.append({"i": r.randrange(11), "r": r.randrange(3), "imgs": [self.img() for _ in range(r.randint(1, 4))]
                          if r.random() < 0.7 else [], "pf": r.random()})
        times = sorted(self.rand_time(a0, a1) for _ in range(size))
        first_post = {}
        for k, t in enumerate(times):
            it = items[k % n_items]
            if id(it) in first_post and r.random() < 0.85:
                self.repost(actor, first_post[id(it)], t=t)
                continue
            p = self.base_post(actor, cc, t, r.choice(X.CATEGORY_SLUGS["rent" if landlord else "sale"]),
                               city=city, district=district)
            L = p.lang
            S = X.SELLER[L]
            if landlord:
                base = {"US": 900, "GB": 750, "FR": 650, "ES": 600, "BR": 1500, "AE": 3500, "MA": 3000}[cc]
                price = self.price(cc, int(base * (0.6 + it["pf"])) // 10 * 10)
                p.title = X.fill(S["rent"][it["r"]], DISTRICT=p.district)
                lines = [("text", X.fill(S["rent_price"], PRICE=price))]
                lines += [("text", s) for s in r.sample(S["rent_lines"], r.randint(2, 4))]
            else:
                name, lo, hi = S["items"][it["i"] % len(S["items"])]
                price = self.price(cc, int(lo + (hi - lo) * it["pf"]))
                p.title = X.fill(r.choice(S["titles"]), ITEM=name, PRICE=price)
                lines = [("text", X.fill(S["lines"][0], ITEM=name))]
                lines += [("text", X.fill(s, ITEM=name, PRICE=price, DISTRICT=p.district))
                          for s in r.sample(S["lines"][1:], r.randint(1, 4))]
            p.lines = lines
            if r.random() < 0.92:
                p.lines.append(("contact", X.fill(r.choice(S["contact"]), PHONE=self.ptoken(p, num))))
            if email and r.random() < 0.6:
                p.lines.append(self.email_line(p, email))
            if not p.phones and not p.emails:
                p.no_contact = True
                p.lines.append(("text", r.choice(S["no_phone"])))
            if it["imgs"]:
                self.add_images(p, it["imgs"], flip_p=0.1, max_flip=1)
            if r.random() < 0.05:
                self.add_stock(p, self.stock)
            self.mix_fr(p)
            first_post[id(it)] = p

    # ---------------------------------------------------------- reposts
    def repost(self, actor, orig, t=None):
        r = self.rng
        p = Post()
        for f in ("actor", "cc", "role", "site", "lang", "city", "district", "location", "title",
                  "category", "no_contact", "ar_digits", "see_also", "bold_phone", "persona_key"):
            setattr(p, f, getattr(orig, f))
        p.t = min(T1, orig.t + r.randint(1, 14) * DAY + r.randint(0, DAY)) if t is None else t
        if r.random() < 0.2:
            p.role = wchoice(r, SITE_ROLES)
            p.site = X.SITES[p.cc][p.role]
            if p.location is None and r.random() < LOC_P[p.role]:
                p.location = self.location_text(p.cc, p.city, p.district, p.lang)
        p.account = None
        if p.role == "C":
            p.account = self.account(actor, p.site, p.persona_key, p.t)
        p.lines = list(orig.lines)
        p.phones = [(n, st) for n, st in orig.phones]
        p.emails = list(orig.emails)
        p.handles = list(orig.handles)
        p.domains = list(orig.domains)
        p.images = list(orig.images)
        p.repost = True
        p.typo = r.random() < 0.05
        ops = r.sample(range(5), r.randint(1, 2))
        for op in ops:
            text_idx = [i for i, (k, _) in enumerate(p.lines) if k == "text"]
            if op == 0:
                mark = r.choice(X.UPDATED[p.lang])
                if r.random() < 0.5:
                    p.title = mark + " " + p.title
                else:
                    p.lines.insert(0, ("text", mark))
            elif op == 1 and len(text_idx) >= 2:
                i, j = r.sample(text_idx, 2)
                p.lines[i], p.lines[j] = p.lines[j], p.lines[i]
            elif op == 2 and len(text_idx) >= 3:
                del p.lines[r.choice(text_idx)]
            elif op == 3:
                p.phones = [(n, self.phone_style(p, n)) for n, _ in p.phones]
            elif op == 4 and text_idx:
                i = r.choice(text_idx)
                p.lines[i] = ("text", _bump_number(p.lines[i][1], r))
        actor.posts.append(p)
        return p

    # ---------------------------------------------------------- driver
    def quotas(self):
        raw = [(c, self.n * s) for c, s in SHARES]
        q = {c: int(math.floor(v)) for c, v in raw}
        rest = self.n - sum(q.values())
        order = sorted(range(len(raw)), key=lambda i: (-(raw[i][1] - math.floor(raw[i][1])), i))
        for i in order[:rest]:
            q[raw[i][0]] += 1
        return q

    def size_for(self, cls):
        r = self.rng
        if cls == "agency":
            return lognorm(r, 50, 0.8, 6, 1200)
        if cls == "independent":
            return lognorm(r, 7, 0.9, 1, 250)
        if cls == "copycat":
            return lognorm(r, 3, 0.7, 1, 40)
        if cls == "massage":
            return lognorm(r, 22, 0.7, 3, 400)
        if cls == "recruiter":
            return lognorm(r, 20, 0.8, 3, 600)
        if cls == "employer":
            return lognorm(r, 15, 1.0, 2, 1000)
        return wchoice(r, [(1, .45), (2, .25), (3, .15), (4, .10), (5, .05)])

    def run(self):
        r = self.rng
        q = self.quotas()
        gens = {"agency": self.gen_agency, "independent": self.gen_independent, "copycat": self.gen_copycat,
                "massage": self.gen_massage, "recruiter": self.gen_recruiter, "employer": self.gen_employer,
                "seller": self.gen_seller}
        for cls in CLASSES:
            left = q[cls]
            idx = 0
            while left > 0:
                size = min(left, self.size_for(cls))
                idx += 1
                home = wchoice(r, RECRUITER_HOME_W if cls == "recruiter" else HOME_W)
                a = Actor(cls, idx, home)
                gens[cls](a, size)
                if len(a.posts) != size:
                    raise RuntimeError("size mismatch %s %d %d" % (a.net, size, len(a.posts)))
                self.actors.append(a)
                left -= size
        self.recycle()

    def recycle(self):
        r = self.rng
        for a in self.actors:
            for p in a.posts:
                for n, _ in p.phones:
                    if n.first is None or p.t < n.first:
                        n.first = p.t
                    if n.last is None or p.t > n.last:
                        n.last = p.t
        used = [n for n in self.nums if n.first is not None and n.kind == "mobile"]
        k = round(0.01 * len(used))
        by_cc = {}
        for n in used:
            by_cc.setdefault(n.cc, []).append(n)
        firsts = {}
        for cc, lst in by_cc.items():
            lst.sort(key=lambda n: (n.first, n.uid))
            firsts[cc] = [n.first for n in lst]
        donors = list(used)
        r.shuffle(donors)
        taken = set()
        done = 0
        for d in donors:
            if done >= k:
                break
            if d.uid in taken:
                continue
            lst = by_cc[d.cc]
            i = bisect.bisect_left(firsts[d.cc], d.last + RECYCLE_GAP)
            if i >= len(lst):
                continue
            for _ in range(20):
                c = lst[r.randrange(i, len(lst))]
                if c.uid in taken or c.owner is d.owner:
                    continue
                taken.add(c.uid)
                taken.add(d.uid)
                c.entry = d.entry
                c.recycled_from = d
                self.recycled.append({"e164": d.entry[0], "first_owner": d.owner.net, "second_owner": c.owner.net,
                                      "first_owner_last_use": iso(d.last), "second_owner_first_use": iso(c.first)})
                done += 1
                break

    # ---------------------------------------------------------- rendering
    def render(self):
        r = self.rng
        posts = [p for a in self.actors for p in a.posts]
        r.shuffle(posts)
        used_ids = set()
        out_posts, out_truth, out_sel = [], [], []
        for p in posts:
            pid = self.unique(used_ids, lambda i: "L4-%08x" % r.getrandbits(32))
            url = "https://%s/%s/%s-%07d" % (p.site, p.category,
                                             "-".join(r.sample(X.SLUG_WORDS, r.randint(2, 4))), r.randrange(10 ** 7))
            phone_txt = []
            for n, (st, words) in p.phones:
                s = format_phone(n.entry, st, p.lang, words)
                if p.ar_digits:
                    s = to_arabic_indic(s)
                if p.bold_phone:
                    s = "<b>" + s + "</b>"
                phone_txt.append(s)

            def sub(s):
                if "\x01" not in s:
                    return s
                parts = s.split("\x01")
                for i in range(1, len(parts), 2):
                    parts[i] = phone_txt[int(parts[i])]
                return "".join(parts)
            lines = []
            typo_lines = set()
            if p.typo:
                tl = [i for i, (k, _) in enumerate(p.lines) if k == "text"]
                if tl:
                    typo_lines = set(r.sample(tl, min(len(tl), r.randint(1, 3))))
            for i, (k, s) in enumerate(p.lines):
                if i in typo_lines:
                    s = typo(s, r)
                lines.append(sub(s))
            L = p.lang
            if p.see_also:
                lines.append(X.fill(X.SEE_ALSO[L], URL=url))
            if p.role == "C" and p.actor.cls in HOTLINE_CLASSES:
                lines.append(X.fill(X.HOTLINE[L], PHONE=self.hotline[p.cc]))
            if p.role == "B":
                info = self.site_info[(p.cc, "B")]
                lines.append(X.fill(X.FOOTER[L][info["footer_idx"]], SITE=p.site, PHONE=info["phone"],
                                    EMAIL=info["email"]))
            if p.role == "A":
                body = "<br>".join(lines)
            elif p.role == "C":
                if lines and r.random() < 0.4:
                    lines[0] = "<b>" + lines[0] + "</b>"
                body = "\n".join(lines)
            else:
                body = "\n".join(lines)
            rec = {"id": pid, "title": sub(p.title), "body": body, "url": url, "site": p.site,
                   "posted_at": iso(p.t)}
            if p.location is not None:
                rec["location"] = p.location
            if p.role == "A":
                rec["region"] = p.cc
            rec["image_hashes"] = ["%064x" % h for h in p.images]
            if p.account is not None:
                rec["author"] = p.account
            out_posts.append(json.dumps(rec, ensure_ascii=False))
            out_truth.append(json.dumps({"id": pid, "network": p.actor.net}))
            phones = []
            for n, _ in p.phones:
                if n.entry[0] not in phones:
                    phones.append(n.entry[0])
            sel = {"id": pid, "network": p.actor.net, "class": p.actor.cls, "country": p.cc, "lang": L,
                   "phones": phones, "emails": _dedup(p.emails), "handles": _dedup(p.handles),
                   "domains": _dedup(p.domains), "repost": p.repost, "no_contact": p.no_contact}
            out_sel.append(json.dumps(sel, ensure_ascii=False))
        return out_posts, out_truth, out_sel


def _dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _bump_number(s, r):
    # change the first run of digits (a price, an age) slightly, or a word
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    if digs:
        i = digs[0]
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        v = int(s[i:j])
        nv = max(1, v + r.choice([-1, 1]) * max(1, v // 10))
        return s[:i] + str(nv) + s[j:]
    return s.rstrip(".!") + r.choice(["!", "!!", " :)", "."])


def typo(s, r):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not cand:
        return s
    i = r.choice(cand)
    w = words[i]
    j = r.randrange(1, len(w) - 1)
    op = r.randrange(3)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def generate(seed, n):
    """Return (post lines, truth lines, selector lines, meta) as lists of JSON strings."""
    if n < 1:
        raise ValueError("n must be positive")
    g = Gen(seed, n)
    g.run()
    posts, truth, sel = g.render()
    meta = {"recycled": g.recycled, "extended_numbers": g.bank.extended,
            "actors": {c: sum(1 for a in g.actors if a.cls == c) for c in CLASSES}}
    return posts, truth, sel, meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors", help="optional sidecar with planted selectors per post (for stats.py)")
    ap.add_argument("--meta", help="optional JSON with recycled numbers and actor counts")
    a = ap.parse_args(argv)
    if a.seed in HELD_OUT_SEEDS:
        print("note: seed %d is a held-out evaluation seed (401-409); never use it while tuning" % a.seed,
              file=sys.stderr)
    posts, truth, sel, meta = generate(a.seed, a.posts)
    for path, lines in ((a.out, posts), (a.truth, truth), (a.selectors, sel)):
        if path:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
    if a.meta:
        with open(a.meta, "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
