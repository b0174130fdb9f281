#!/usr/bin/env python3
"""linking3 corpus generator (see SPEC.md). Python 3.11, standard library only.

    python3 gen.py --seed 1 --posts 20000 --out posts.jsonl --truth truth.jsonl

Same seed, same N, same number_pool.json -> byte-identical files. Seeds 1-3 are for
development; 301-303 are held out (do not generate them while developing).
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

START = datetime(2023, 1, 1, tzinfo=timezone.utc)
END = datetime(2024, 7, 1, tzinfo=timezone.utc)
SPAN = int((END - START).total_seconds())
DAY = 86400
HELD_OUT = (301, 302, 303)

COUNTRIES = ["US", "GB", "ES", "FR", "DE", "IT", "RO", "BR", "MX", "CO", "TH", "PH"]
COUNTRY_W = [16, 10, 10, 7, 8, 7, 6, 9, 8, 6, 6, 7]
ROUTES = {"RO": ["GB", "ES", "IT", "DE", "FR"], "CO": ["ES", "MX", "US"], "BR": ["ES", "IT", "FR"],
          "TH": ["US", "GB", "DE"], "PH": ["US", "GB"], "MX": ["US"]}
RECRUIT_ORIGIN = [("RO", 20), ("PH", 20), ("CO", 12), ("MX", 12), ("BR", 12), ("TH", 12),
                  ("ES", 6), ("IT", 6)]
RECRUIT_DEST = ["GB", "DE", "US", "ES", "IT", "FR", "CA", "JP", "AE", "PL", "NL", "AU"]

QUOTAS = [("trafficking", 0.24), ("independent", 0.18), ("copycat", 0.03), ("spa", 0.15),
          ("recruiter", 0.10), ("employer", 0.10), ("seller", 0.12), ("landlord", 0.08)]

ALL = COUNTRIES
# domain, kinds, countries, author, footer, hotline, region_p, html
SITES = [
    ("nightlist.example", ["escort", "massage"], ["US", "GB", "PH"], True, True, False, 1.0, False),
    ("companions-board.example", ["escort"], ALL, False, False, False, 0.5, False),
    ("anuncios-rosa.example", ["escort", "massage"], ["ES", "MX", "CO", "US"], True, True, True, 0.0, True),
    ("petites-nuits.example", ["escort", "massage"], ["FR"], False, False, True, 0.0, False),
    ("kontaktmarkt.example", ["escort", "massage"], ["DE"], True, True, False, 1.0, False),
    ("incontri-annunci.example", ["escort", "massage"], ["IT"], False, False, True, 0.0, True),
    ("escorte-ro.example", ["escort"], ["RO"], False, False, False, 0.5, False),
    ("acompanhantes.example", ["escort", "massage"], ["BR"], True, True, False, 0.0, False),
    ("bangkok-nights.example", ["escort", "massage"], ["TH"], False, False, False, 1.0, False),
    ("manila-companions.example", ["escort"], ["PH"], True, False, False, 0.5, False),
    ("massage-finder.example", ["massage"], ALL, True, True, False, 1.0, False),
    ("jobboard-global.example", ["jobs", "recruit"], ALL, False, True, True, 1.0, False),
    ("empleos-ya.example", ["jobs", "recruit"], ["ES", "MX", "CO", "US"], False, False, False, 0.0, True),
    ("stellenmarkt.example", ["jobs"], ["DE"], False, True, False, 1.0, False),
    ("locuri-de-munca.example", ["jobs", "recruit"], ["RO"], False, False, True, 0.5, False),
    ("vagas-brasil.example", ["jobs", "recruit"], ["BR"], False, False, False, 0.0, False),
    ("offres-emploi.example", ["jobs"], ["FR"], False, False, False, 0.5, True),
    ("lavoro-annunci.example", ["jobs", "recruit"], ["IT"], False, False, False, 0.0, False),
    ("overseas-jobs.example", ["recruit"], ["PH", "TH", "RO", "CO", "MX", "BR", "ES", "IT"], True, False, False, 0.5, False),
    ("classifieds-hub.example", ["sell", "rooms", "massage", "jobs", "recruit"], ALL, True, True, False, 0.5, False),
    ("mercadillo.example", ["sell", "rooms"], ["ES", "MX", "CO"], False, False, False, 0.0, False),
    ("petites-annonces.example", ["sell", "rooms"], ["FR"], False, False, False, 0.5, False),
    ("kleinanzeigen-markt.example", ["sell", "rooms"], ["DE"], True, False, False, 0.5, False),
    ("annunci-casa.example", ["sell", "rooms"], ["IT"], False, False, False, 0.0, True),
    ("vinde-rapid.example", ["sell", "rooms"], ["RO"], False, True, False, 0.5, False),
    ("classificados.example", ["sell", "rooms"], ["BR"], False, False, False, 0.0, False),
    ("taladnad.example", ["sell", "rooms"], ["TH"], False, False, False, 1.0, False),
    ("buysell-ph.example", ["sell", "rooms"], ["PH"], True, False, False, 1.0, False),
    ("cityboard-us.example", ["sell", "rooms", "jobs"], ["US", "GB"], False, True, False, 0.5, False),
    ("roomfinder.example", ["rooms"], ALL, True, True, False, 1.0, False),
]

HANDLE_W1 = ["vip", "sweet", "luxury", "elite", "dream", "night", "honey", "angel", "velvet",
             "secret", "pink", "cherry", "silk", "star", "candy", "moon"]
HANDLE_W2 = ["girls", "models", "angels", "dolls", "club", "service", "booking", "kisses", "time",
             "agency", "ladies", "house"]
B36 = "abcdefghijklmnopqrstuvwxyz0123456789"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def slug(s, sep="-"):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if ord(ch) < 128).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s).strip(sep)
    return s


def iso(t):
    return (START + timedelta(seconds=int(t))).strftime("%Y-%m-%dT%H:%M:%SZ")


class Num:
    __slots__ = ("cc", "kind", "e164", "nat", "intl")

    def __init__(self, cc, kind, e164, nat, intl):
        self.cc, self.kind, self.e164, self.nat, self.intl = cc, kind, e164, nat, intl


class Persona:
    def __init__(self):
        self.name = self.age = self.rare = self.selfdesc = None
        self.lang = None
        self.photos = []
        self.std = None          # standard ad choices
        self.first_ad = None     # (title, lines) of the first standard ad rendered
        self.nposts = 0
        self.first_t = None
        self.country = None
        self.owner = None


class Actor:
    def __init__(self, aid, role):
        self.aid = aid
        self.role = role
        self.nums = []
        self.plans = []
        self.d = {}


class Builder:
    """Builds title/body text and records own-phone mentions and own contacts."""

    def __init__(self):
        self.title = ""
        self.lines = []
        self.mentions = []  # (field, e164, raw) in order of writing
        self.contacts = []

    def phone(self, field, num, raw):
        self.mentions.append((field, num.e164, raw))
        return raw

    def contact(self, c):
        if c not in self.contacts:
            self.contacts.append(c)


class Gen:
    def __init__(self, seed, n, pool_path):
        self.rng = random.Random(seed)
        self.n = n
        with open(pool_path, encoding="utf-8") as f:
            data = json.load(f)["countries"]
        self.pool = {}
        for cc in COUNTRIES:
            for kind in ("mobile", "fixed"):
                rows = list(data[cc][kind])
                self.rng.shuffle(rows)
                self.pool[(cc, kind)] = rows
        self.cc_code = {cc: data[cc]["calling_code"] for cc in COUNTRIES}
        self.used = set()       # uniqueness of handles, e-mails, domains, slugs, accounts
        self.actors = []
        self.personas_popular = []
        self.spa_names = []     # (lang, city, name)
        self.sites = []
        for (dom, kinds, ccs, author, footer, hotline, region_p, html) in SITES:
            self.sites.append({"domain": dom, "kinds": kinds, "countries": ccs, "author": author,
                               "footer": footer, "hotline": hotline, "region_p": region_p,
                               "html": html})
        for s in self.sites:
            if s["footer"]:
                home = s["countries"][0] if len(s["countries"]) < len(ALL) else "US"
                num = self.take(home, "fixed")
                lang = T.COUNTRY_LANG[home] if len(s["countries"]) < len(ALL) else "en"
                if lang == "th":
                    lang = "en"
                app = self.rng.choice(["https://app.%s/get" % s["domain"],
                                       "https://apps.example/%s" % slug(s["domain"].split(".")[0]),
                                       "https://lnk.example/app-%s" % slug(s["domain"].split(".")[0])])
                s["footer_text"] = T.FOOTER[lang].format(
                    site=s["domain"], phone=num.intl,
                    mail=self.rng.choice(["help", "support", "info"]) + "@" + s["domain"], app=app)
        self.hotline = {cc: self.take(cc, "fixed") for cc in COUNTRIES}
        r = self.rng
        self.stock = {k: [r.getrandbits(256) for _ in range(m)] for k, m in
                      [("escort", 150), ("spa", 80), ("travel", 60), ("rooms", 60),
                       ("products", 80), ("office", 40)]}

    # ------------------------------------------------------------ helpers
    def take(self, cc, kind):
        lst = self.pool[(cc, kind)]
        if not lst:
            raise SystemExit("number pool exhausted for %s %s: rebuild number_pool.json with "
                             "build_pool.py --mobile/--fixed larger, or use a smaller --posts" % (cc, kind))
        e164, nat, intl = lst.pop()
        return Num(cc, kind, e164, nat, intl)

    def pick_country(self, ccs=None, w=None):
        if ccs is None:
            ccs, w = COUNTRIES, COUNTRY_W
        return self.rng.choices(ccs, weights=w)[0]

    def pareto(self, xm, alpha, lo, hi):
        u = 1.0 - self.rng.random()
        return clamp(int(xm * u ** (-1.0 / alpha)), lo, hi)

    def uniq(self, make):
        for i in range(1000):
            v = make(i)
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def rand_code(self, k, alphabet=B36):
        return "".join(self.rng.choice(alphabet) for _ in range(k))

    def sites_for(self, kind, cc):
        return [s for s in self.sites if kind in s["kinds"] and cc in s["countries"]]

    def pick_sites(self, kind, cc, lo=1, hi=3):
        c = self.sites_for(kind, cc)
        k = self.rng.randint(lo, min(hi, len(c)))
        return self.rng.sample(c, k)

    def account(self, key, site, store):
        k = (key, site["domain"])
        if k not in store:
            store[k] = self.uniq(lambda i: ("acct", site["domain"], "u%08d" % self.rng.randint(0, 99999999)))[2]
        return store[k]

    def noisy(self, h):
        k = self.rng.randint(0, 16)
        for b in self.rng.sample(range(256), k):
            h ^= 1 << b
        return "%064x" % h

    def window(self, min_days, max_days):
        dur = int(self.rng.uniform(min_days, max_days) * DAY)
        dur = min(dur, SPAN - 1)
        start = self.rng.randint(0, SPAN - 1 - dur)
        return start, start + dur

    def times(self, start, end, k):
        return sorted(self.rng.randint(start, max(start, end)) for _ in range(k))

    def split_reposts(self, size):
        """-> (originals, reposts)"""
        if size < 2:
            return size, 0
        r = self.rng.uniform(0.0, 0.2)
        rep = sum(1 for _ in range(size - 1) if self.rng.random() < r)
        return size - rep, rep

    def add_reposts(self, actor, nrep):
        origs = list(actor.plans)
        for _ in range(nrep):
            o = self.rng.choice(origs)
            t = o["t"] + self.rng.randint(1 * DAY, 21 * DAY)
            if t >= SPAN:
                t = max(o["t"], SPAN - 1 - self.rng.randint(0, 3600))
                t = max(t, o["t"])
            p = dict(o)
            p["t"] = t
            p["repost_of"] = o
            actor.plans.append(p)
        actor.plans.sort(key=lambda p: p["t"])

    def city(self, cc):
        return self.rng.choice(T.CITIES[cc])

    def new_persona(self, lang, cc, rare=True, name_lang=None):
        r = self.rng
        p = Persona()
        p.lang = lang
        p.country = cc
        nl = name_lang or lang
        if nl == "th" and lang != "th":
            p.name = r.choice(T.TH_EN_NAMES)
        else:
            p.name = r.choice(T.NAMES[nl])
        p.age = r.randint(19, 29)
        if rare:
            parts = T.RARE[lang]

            def mk(i):
                return parts["fmt"].format(a=r.choice(parts["a"]), b=r.choice(parts["b"]),
                                           c=r.choice(parts["c"]), d=r.choice(parts["d"]))
            p.rare = self.uniq(lambda i: ("rare", mk(i)))[1]
            p.selfdesc = T.SELFDESC[lang].format(name=p.name, age=p.age, rare=p.rare)
        p.std = {"title": r.randrange(6), "intro": r.randrange(6), "serv": r.randrange(5),
                 "avail": r.randrange(5), "grid": r.randrange(len(T.PRICE_GRIDS)),
                 "emo": r.choice(T.EMOJI), "contact": r.randrange(6)}
        return p

    def handle(self, platform, base=None):
        r = self.rng

        def mk(i):
            if base and i < 20:
                b = slug(base, "")
                if b:
                    return "%s%s%s" % (b, r.choice(["_", ".", "", "_vip", "xo"]), r.randint(1, 99))
            return "%s%s%s%s" % (r.choice(HANDLE_W1), r.choice(["_", ".", ""]), r.choice(HANDLE_W2),
                                 r.randint(1, 999))
        return (platform, self.uniq(lambda i: ("h", mk(i)))[1])

    def email(self, base=None, domain=None):
        r = self.rng

        def mk(i):
            b = slug(base or "", ".") if base else ""
            if not b:
                b = r.choice(HANDLE_W1) + "." + r.choice(HANDLE_W2)
            return "%s%d@%s" % (b, r.randint(1, 9999), domain or r.choice(T.FREEMAIL))
        return self.uniq(lambda i: ("e", mk(i)))[1]

    def shortlink(self):
        dom = self.rng.choice(["lnk.example", "s.example"])
        return self.uniq(lambda i: ("s", "%s/%s" % (dom, self.rand_code(6, B62))))[1]

    def location(self, cityrec):
        r = self.rng
        if r.random() >= 0.8:
            return None
        x = r.random()
        if x < 0.5:
            return cityrec[1]
        if x < 0.8:
            return cityrec[0]
        return "%s - %s" % (cityrec[0], r.choice(cityrec[2]))

    # ------------------------------------------------------------ phone writing
    def write_phone(self, num, ad_cc, lang, disguise=0.0, words=0.0):
        r = self.rng
        foreign = num.cc != ad_cc
        groups = re.findall(r"\d+", num.nat)
        if words and r.random() < words:
            cc = str(self.cc_code[num.cc])
            rest = num.intl[len(cc) + 2:]
            w = " ".join(T.DIGIT_WORDS[lang][int(d)] for d in cc)
            return r.choice(["%s %s %s", "(%s %s) %s"]) % (T.PLUS_WORD[lang], w, rest)
        if foreign:
            s = r.choices([num.intl, num.e164, "00" + num.intl[1:]], weights=[5, 3, 2])[0]
        else:
            s = r.choices([num.nat, "".join(groups), ".".join(groups), "-".join(groups),
                           num.intl, num.e164, "00" + num.intl[1:]],
                          weights=[40, 15, 8, 5, 17, 10, 5])[0]
        if disguise and r.random() < disguise:
            kind = r.choice(["O", "spell", "emoji", "spaced", "star"])
            s = self.disguise(s, lang, kind)
            if kind in ("O", "spell") and r.random() < 0.2:
                s = self.disguise(s, lang, "emoji")
        return s

    def disguise(self, s, lang, kind):
        r = self.rng
        if kind == "O" and "0" in s:
            return "".join((r.choice("Oo") if ch == "0" and r.random() < 0.8 else ch) for ch in s)
        if kind in ("O", "spell"):
            pos = [i for i, ch in enumerate(s) if ch.isdigit()]
            if not pos:
                return s
            pick = set(r.sample(pos, min(len(pos), r.randint(1, 2))))
            return "".join((T.DIGIT_WORDS[lang][int(ch)] if i in pick else ch) for i, ch in enumerate(s))
        parts = [p for p in re.split(r"[\s.\-()]+", s) if p]
        if len(parts) < 2:
            if not re.fullmatch(r"\+?\d+", s):
                return s
            # split a run of digits into groups of 3-4
            d, parts = s, []
            while d:
                k = r.choice([3, 4])
                parts.append(d[:k])
                d = d[k:]
        if kind == "emoji":
            e = r.choice(T.PHONE_EMOJI)
            return r.choice([" %s " % e, e]).join(parts)
        if kind == "star":
            return "*".join(parts)
        return " ".join(ch for ch in "".join(parts))

    # ------------------------------------------------------------ planning
    def plan_all(self):
        n = self.n
        base = [(role, n * share) for role, share in QUOTAS]
        quota = {role: int(x) for role, x in base}
        rest = n - sum(quota.values())
        order = sorted(range(len(base)), key=lambda i: (-(base[i][1] - int(base[i][1])), i))
        for i in order[:rest]:
            quota[base[i][0]] += 1
        planners = {"trafficking": self.plan_trafficking, "independent": self.plan_independent,
                    "copycat": self.plan_copycat, "spa": self.plan_spa,
                    "recruiter": self.plan_recruiter, "employer": self.plan_employer,
                    "seller": self.plan_seller, "landlord": self.plan_landlord}
        sizes = {"trafficking": (12, 1.3, 12, 800), "independent": (1, 1.5, 1, 30),
                 "copycat": (1, 1.8, 1, 10), "spa": (2, 1.3, 1, 60),
                 "recruiter": (1, 1.1, 1, 80), "employer": (1, 1.0, 1, 150)}
        for role, _ in QUOTAS:
            left = quota[role]
            while left > 0:
                if role in sizes:
                    size = self.pareto(*sizes[role])
                elif role == "seller":
                    size = self.rng.choices([1, 2, 3], weights=[70, 20, 10])[0]
                else:
                    size = self.rng.choices([1, 2, 3], weights=[60, 30, 10])[0]
                size = min(size, left)
                left -= size
                a = Actor(len(self.actors), role)
                planners[role](a, size)
                assert len(a.plans) == size, (role, size, len(a.plans))
                self.actors.append(a)
        self.recycle()

    # trafficking operations -------------------------------------------------
    def plan_trafficking(self, a, size):
        r = self.rng
        home = self.pick_country()
        cross = home in ROUTES and r.random() < 0.35
        dests = r.sample(ROUTES[home], r.randint(1, min(3, len(ROUTES[home])))) if cross else []
        months = r.uniform(2, 18)
        start, end = self.window(months * 30, months * 30)
        dur = end - start
        ncities = clamp(2 + size // 40 + r.randint(0, 2), 2, 10)
        cities = []  # (cc, cityrec)
        if cross:
            for cc in dests:
                cities.append((cc, self.city(cc)))
            if r.random() < 0.5:
                cities.append((home, self.city(home)))
            cand = [(cc, c) for cc in dests for c in T.CITIES[cc]]
        else:
            cand = [(home, c) for c in T.CITIES[home]]
        r.shuffle(cand)
        for c in cand:
            if len(cities) >= ncities:
                break
            if c not in cities:
                cities.append(c)
        ccs = []
        for cc, _ in cities:
            if cc not in ccs:
                ccs.append(cc)
        a.country, a.d["cross"], a.d["home"] = home, cross, home
        a.d["massage"] = r.random() < 0.2
        a.d["shared_accounts"] = r.random() < 0.3
        a.d["accounts"] = {}
        a.d["none_rate"] = r.uniform(0.10, 0.20)
        kind = "massage" if a.d["massage"] else "escort"
        a.d["sites"] = {cc: self.pick_sites(kind, cc) for cc in ccs}
        # phone lines
        line_ccs = [home]
        if cross and r.random() < 0.7:
            line_ccs.append(dests[0])
        K = clamp(2 + int(months // 3) + r.randint(0, 1), 2, 8)
        K = max(K, len(line_ccs))
        counts = [1] * len(line_ccs)
        for _ in range(K - len(line_ccs)):
            counts[r.randrange(len(line_ccs))] += 1
        a.d["lines"] = {}
        for cc, k in zip(line_ccs, counts):
            cuts = sorted(r.randint(start, end) for _ in range(k - 1))
            bounds = [start] + cuts + [end]
            line = []
            for i in range(k):
                idx = len(a.nums)
                a.nums.append(self.take(cc, "mobile"))
                s = bounds[i]
                e = bounds[i + 1] + (r.randint(3, 14) * DAY if i < k - 1 else 0)
                line.append((idx, s, e))
            a.d["lines"][cc] = line
        # handles
        a.d["handles"] = []
        for _ in range(r.choices([1, 2, 3], weights=[50, 35, 15])[0]):
            plat = "line" if home in ("TH", "PH") and r.random() < 0.5 else "telegram"
            hs = r.randint(start, start + dur // 2)
            he = min(end, hs + int(dur * r.uniform(0.4, 1.0)))
            a.d["handles"].append((self.handle(plat), hs, he))
        a.d["short"] = self.shortlink() if r.random() < 0.3 else None
        # women and personas
        nw = clamp(3 + size // 20 + r.randint(0, 3), 3, 25)
        women = []
        for _ in range(nw):
            wcc_opts = [cc for cc in ccs if cc != home] if cross and any(cc != home for cc in ccs) else ccs
            wcc = home if (cross and home in ccs and r.random() < 0.15) else r.choice(wcc_opts)
            wcities = [i for i, c in enumerate(cities) if c[0] == wcc]
            wlen = max(14 * DAY, int(dur * r.uniform(0.3, 1.0)))
            wlen = min(wlen, dur)
            ws = r.randint(start, end - wlen)
            we = ws + wlen
            stays, t = [], ws
            while t < we:
                stays.append((t, r.choice(wcities)))
                t += r.randint(5, 30) * DAY
            npers = r.choices([1, 2, 3], weights=[50, 35, 15])[0]
            lang = T.COUNTRY_LANG[wcc]
            if wcc == "TH" and r.random() < 0.4:
                lang = "en"
            if cross and r.random() < 0.2:
                lang = "en"
            name_lang = lang
            if cross and r.random() < 0.3:
                name_lang = T.COUNTRY_LANG[home]
                if lang == "en" and name_lang == "th":
                    name_lang = "th"
            photos = [r.getrandbits(256) for _ in range(r.randint(3, 10))]
            if r.random() < 0.2:
                photos[:2] = r.sample(self.stock["escort"], 2)
            pers = []
            for k in range(npers):
                p = self.new_persona(lang, wcc, rare=True, name_lang=name_lang)
                p.owner = a
                if k == 0:
                    p.photos = photos
                else:
                    prev = pers[-1][0].photos
                    keep = r.sample(prev, max(1, len(prev) // 2))
                    p.photos = keep + [r.getrandbits(256) for _ in range(r.randint(2, 6))]
                ps = ws + (wlen * k) // npers
                pers.append((p, ps))
            women.append({"s": ws, "e": we, "stays": stays, "pers": pers})
        a.d["women"] = women
        norig, nrep = self.split_reposts(size)
        for t in self.times(start, end, norig):
            act = [w for w in women if w["s"] <= t <= w["e"]]
            if not act:
                act = [min(women, key=lambda w: min(abs(w["s"] - t), abs(w["e"] - t)))]
            w = r.choice(act)
            ci = w["stays"][0][1]
            for st, c in w["stays"]:
                if st <= t:
                    ci = c
            p = w["pers"][0][0]
            for pp, ps in w["pers"]:
                if ps <= t:
                    p = pp
            cc, crec = cities[ci]
            site = r.choice(a.d["sites"][cc])
            plan = {"t": t, "cc": cc, "city": crec, "site": site, "persona": p,
                    "repost_of": None}
            # numbers
            line = a.d["lines"].get(cc)
            if line is None or (cc != home and r.random() < 0.2):
                line = a.d["lines"][home]
            active = sorted([x for x in line if x[1] <= t < x[2]], key=lambda x: -x[1])
            if not active:
                active = [min(line, key=lambda x: min(abs(x[1] - t), abs(x[2] - t)))]
            if len(active) >= 2 and r.random() < 0.6:
                nums = [active[0][0], active[1][0]]
            else:
                nums = [active[0][0] if r.random() < 0.7 else active[-1][0]]
            hand = [h for h, hs, he in a.d["handles"] if hs <= t <= he]
            x = r.random()
            if x < a.d["none_rate"]:
                plan["contact"], plan["nums"], plan["handles"] = "none", [], []
            elif x < a.d["none_rate"] + 0.12:
                if hand and r.random() < 0.7:
                    plan["contact"], plan["nums"], plan["handles"] = "handle", [], [r.choice(hand)]
                else:
                    plan["contact"], plan["nums"], plan["handles"] = "wa", nums[:1], []
            else:
                plan["contact"], plan["nums"] = "phone", nums
                plan["handles"] = [r.choice(hand)] if hand and r.random() < 0.3 else []
            a.plans.append(plan)
            p.nposts += 1
            if p.first_t is None or t < p.first_t:
                p.first_t = t
        self.add_reposts(a, nrep)
        for w in women:
            for p, _ in w["pers"]:
                if p.nposts >= 5:
                    self.personas_popular.append(p)

    # independents -----------------------------------------------------------
    def plan_independent(self, a, size, persona=None):
        r = self.rng
        cc = self.pick_country()
        lang = T.COUNTRY_LANG[cc]
        if cc == "US" and r.random() < 0.1:
            lang = "es"
        if cc == "TH" and r.random() < 0.4:
            lang = "en"
        a.country = cc
        c1 = self.city(cc)
        cities = [c1]
        if r.random() < 0.25:
            c2 = self.city(cc)
            if c2 != c1:
                cities.append(c2)
        p = persona or self.new_persona(lang, cc, rare=r.random() < 0.6,
                                        name_lang="th" if (cc == "TH") else lang)
        p.owner = a
        if not p.photos:
            p.photos = [r.getrandbits(256) for _ in range(r.randint(2, 8))]
        a.d["persona"] = p
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites("escort", cc, 1, 2)
        a.nums.append(self.take(cc, "mobile"))
        a.d["handle"] = None
        if r.random() < 0.25:
            a.d["handle"] = self.handle(r.choice(["telegram", "snapchat"]) if cc not in ("TH", "PH")
                                        else r.choice(["line", "telegram"]), base=p.name)
        a.d["email"] = self.email(p.name) if r.random() < 0.1 else None
        a.d["short"] = self.shortlink() if r.random() < 0.15 else None
        start, end = self.window(3, min(540, 20 + 20 * size))
        norig, nrep = self.split_reposts(size)
        ts = self.times(start, end, norig)
        change = None
        if r.random() < 0.2 and norig >= 2:
            a.nums.append(self.take(cc, "mobile"))
            change = r.randint(max(1, int(norig * 0.3)), max(1, int(norig * 0.7)))
            both = {change} | ({change + 1} if r.random() < 0.5 else set())
        for i, t in enumerate(ts):
            if change is None:
                nums = [0]
            elif i in both:
                nums = [1, 0]
            elif i < change:
                nums = [0]
            else:
                nums = [1]
            contact = "phone"
            hl = []
            if a.d["handle"] and r.random() < 0.3:
                hl = [a.d["handle"]]
                if r.random() < 0.15:
                    contact, nums = "handle", []
            a.plans.append({"t": t, "cc": cc, "city": r.choice(cities), "site": r.choice(a.d["sites"]),
                            "persona": p, "repost_of": None, "contact": contact, "nums": nums,
                            "handles": hl})
            p.nposts += 1
            if p.first_t is None or t < p.first_t:
                p.first_t = t
        self.add_reposts(a, nrep)
        if persona is None and p.selfdesc and p.nposts >= 5:
            self.personas_popular.append(p)

    # copycats ---------------------------------------------------------------
    def plan_copycat(self, a, size):
        r = self.rng
        src = None
        if self.personas_popular:
            cands = [p for p in self.personas_popular if p.first_t < SPAN - 30 * DAY]
            if cands:
                src = r.choices(cands, weights=[p.nposts for p in cands])[0]
        if src is None:
            a.role = "independent"
            return self.plan_independent(a, size)
        lang = src.lang
        cc = src.country
        a.country = cc
        src_cities = [p["city"] for p in src.owner.plans if p.get("persona") is src]
        cityrec = r.choice(src_cities) if (src_cities and r.random() < 0.6) else self.city(cc)
        p = self.new_persona(lang, cc, rare=False)
        p.owner = a
        p.photos = [r.getrandbits(256) for _ in range(r.randint(2, 5))]
        a.d["persona"] = p
        a.d["src"] = src
        a.d["swap"] = r.random() < 0.5 and p.name != src.name
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites("escort", cc, 1, 2)
        a.nums.append(self.take(cc, "mobile"))
        s0 = src.first_t + DAY
        dur = int(r.uniform(3, 10 + 15 * size) * DAY)
        start = r.randint(s0, max(s0, min(SPAN - 1 - dur, s0 + 120 * DAY)))
        end = min(SPAN - 1, start + dur)
        norig, nrep = self.split_reposts(size)
        for t in self.times(start, end, norig):
            a.plans.append({"t": t, "cc": cc, "city": cityrec, "site": r.choice(a.d["sites"]),
                            "persona": p, "repost_of": None, "contact": "phone", "nums": [0],
                            "handles": []})
        self.add_reposts(a, nrep)

    # spas -------------------------------------------------------------------
    def plan_spa(self, a, size):
        r = self.rng
        cc = self.pick_country()
        lang = T.COUNTRY_LANG[cc]
        if cc == "TH" and r.random() < 0.4:
            lang = "en"
        a.country, a.d["lang"] = cc, lang
        cityrec = self.city(cc)
        name = None
        if r.random() < 0.25:
            same = [nm for (lg, cy, nm) in self.spa_names if lg == lang and cy != cityrec[0]]
            if same:
                name = r.choice(same)
        if name is None:
            name = "%s %s %s" % (r.choice(T.SPA_WORDS_A), r.choice(T.SPA_WORDS_B), r.choice(T.SPA_TYPE[lang]))
        self.spa_names.append((lang, cityrec[0], name))
        a.d["name"], a.d["city"] = name, cityrec
        a.d["addr"] = self.address(cc)
        a.d["hours"] = r.choice(T.SPA_HOURS)
        unit = T.PRICE_UNIT[cc]
        a.d["price"] = self.round_price(unit * r.uniform(0.3, 0.6))
        a.nums.append(self.take(cc, "fixed" if r.random() < 0.6 else "mobile"))
        if r.random() < 0.15:
            a.nums.append(self.take(cc, "mobile"))
        a.d["web"] = None
        if r.random() < 0.4:
            a.d["web"] = self.uniq(lambda i: "%s%s.example" % (
                slug(name) or "spa", "" if i == 0 else "-" + slug(cityrec[0]) + ("" if i == 1 else str(i))))
        a.d["email"] = None
        if r.random() < 0.3:
            a.d["email"] = ("info@" + a.d["web"]) if a.d["web"] else self.email(name)
        a.d["templates"] = r.sample(range(4), r.randint(1, 2))
        a.d["photos"] = [r.getrandbits(256) for _ in range(r.randint(2, 4))]
        a.d["stock"] = r.sample(self.stock["spa"], 4)
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites("massage", cc, 1, 3)
        start, end = self.window(30, min(540, 30 + 25 * size))
        norig, nrep = self.split_reposts(size)
        for t in self.times(start, end, norig):
            nums = [0] if len(a.nums) == 1 or r.random() < 0.5 else [0, 1]
            a.plans.append({"t": t, "cc": cc, "city": cityrec, "site": r.choice(a.d["sites"]),
                            "repost_of": None, "contact": "phone", "nums": nums, "handles": []})
        self.add_reposts(a, nrep)

    def address(self, cc):
        r = self.rng
        st = r.choice(T.STREETS[cc])
        n = r.randint(1, 250)
        if cc in ("US", "PH"):
            return "%d %s" % (r.randint(100, 9999) if cc == "US" else n, st)
        if cc in ("GB",):
            return "%d %s" % (n, st)
        if cc == "FR":
            return "%d %s" % (n, st)
        if cc == "BR":
            return "%s, %d" % (st, n)
        if cc == "CO":
            return "%s # %d-%d" % (st, r.randint(10, 120), r.randint(1, 99))
        if cc == "TH":
            return "%d/%d %s" % (n, r.randint(1, 30), st)
        return "%s %d" % (st, n)

    def round_price(self, x):
        if x >= 100000:
            return int(round(x, -4))
        if x >= 1000:
            return int(round(x, -2))
        if x >= 100:
            return int(round(x, -1))
        return int(round(x))

    # recruiters -------------------------------------------------------------
    def plan_recruiter(self, a, size):
        r = self.rng
        cc = self.pick_country([c for c, _ in RECRUIT_ORIGIN], [w for _, w in RECRUIT_ORIGIN])
        lang = T.COUNTRY_LANG[cc]
        a.country, a.d["lang"] = cc, lang
        a.d["dests"] = r.sample([d for d in RECRUIT_DEST if d != cc], r.randint(1, 3))
        a.d["cities"] = [self.city(cc) for _ in range(r.randint(1, 2))]
        start, end = self.window(14, min(540, 60 + 10 * size))
        k = r.choices([1, 2, 3, 4], weights=[45, 30, 15, 10])[0]
        cuts = sorted(r.randint(start, end) for _ in range(k - 1))
        bounds = [start] + cuts + [end]
        a.d["life"] = []
        for i in range(k):
            ncc = cc
            foreign = [d for d in a.d["dests"] if d in COUNTRIES]
            if foreign and r.random() < 0.2:
                ncc = r.choice(foreign)
            a.nums.append(self.take(ncc, "mobile"))
            e = bounds[i + 1] + (r.randint(0, 5) * DAY if i < k - 1 else 0)
            a.d["life"].append((i, bounds[i], e))
        a.d["email"] = self.email(r.choice(["jobs", "work", "hr", "career", "apply", "recruit"]) + "."
                                  + r.choice(["abroad", "europe", "global", "visa", "overseas", "intl"]))
        a.d["company"] = None
        if r.random() < 0.5:
            a.d["company"] = r.sample(T.RECRUIT_COMPANIES, 2)
            a.d["switch"] = r.random() < 0.1
        a.d["careers"] = None
        if r.random() < 0.2:
            base = slug(a.d["company"][0]) if a.d["company"] else slug(r.choice(T.RECRUIT_COMPANIES))
            a.d["careers"] = self.uniq(lambda i: "%s%d.example" % (base, r.randint(1, 999)))
        a.d["scripts"] = r.sample(range(3), r.randint(1, 3))
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites("recruit", cc, 1, 3)
        norig, nrep = self.split_reposts(size)
        for t in self.times(start, end, norig):
            act = [i for i, s, e in a.d["life"] if s <= t < e] or [a.d["life"][-1][0]]
            nums = act[-1:] if len(act) == 1 or r.random() < 0.6 else [act[-1], act[0]]
            a.plans.append({"t": t, "cc": cc, "city": r.choice(a.d["cities"]),
                            "site": r.choice(a.d["sites"]), "repost_of": None, "contact": "phone",
                            "nums": nums, "handles": [], "dest": r.choice(a.d["dests"]),
                            "late": t > (start + end) // 2})
        self.add_reposts(a, nrep)

    # employers --------------------------------------------------------------
    def plan_employer(self, a, size):
        r = self.rng
        cc = self.pick_country()
        lang = T.COUNTRY_LANG[cc]
        if lang == "th":
            lang = "en"
        a.country, a.d["lang"] = cc, lang
        sector = r.choice(T.EMP_SECTORS)
        a.d["sector"] = sector
        cities = [self.city(cc)]
        for _ in range(r.randint(0, 2)):
            c = self.city(cc)
            if c not in cities:
                cities.append(c)
        a.d["cities"] = cities
        fmt = T.EMP_NAME_FMT[sector][lang]
        name = self.uniq(lambda i: ("emp", fmt.format(x=r.choice(T.EMP_NAME_PARTS), city=cities[0][0])
                                    + ("" if i < 10 else " %d" % i)))[1]
        a.d["name"] = name
        a.d["domain"] = self.uniq(lambda i: slug(name) + ("" if i == 0 else str(i)) + ".example")
        a.d["mail"] = r.choice(T.HR_MAILBOX[lang]) + "@" + a.d["domain"]
        a.nums.append(self.take(cc, "fixed"))
        if r.random() < 0.3:
            a.nums.append(self.take(cc, "mobile"))
        a.d["ats"] = self.uniq(lambda i: ("ats", slug(name) + ("" if i == 0 else str(i))))[1] \
            if r.random() < 0.3 else None
        a.d["careers"] = r.choice(["https://careers.%s/jobs/%%d", "https://www.%s/careers/%%d",
                                   "https://%s/jobs?id=%%d"]) % a.d["domain"]
        a.d["logo"] = r.getrandbits(256) if r.random() < 0.7 else None
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites("jobs", cc, 1, 3)
        start, end = self.window(30, 540)
        norig, nrep = self.split_reposts(size)
        for t in self.times(start, end, norig):
            via_ats = a.d["ats"] is not None and r.random() < 0.7
            bare = via_ats and r.random() < 0.5
            nums = [] if bare else ([0] if len(a.nums) == 1 or r.random() < 0.6 else [0, 1])
            a.plans.append({"t": t, "cc": cc, "city": r.choice(cities), "site": r.choice(a.d["sites"]),
                            "repost_of": None, "contact": "none" if bare else "phone", "nums": nums,
                            "handles": [], "ats": via_ats, "job": r.randrange(len(T.EMP_JOBS[sector][lang])),
                            "jobid": r.randint(1000, 99999)})
        self.add_reposts(a, nrep)

    # sellers and landlords --------------------------------------------------
    def plan_small(self, a, size, kind):
        r = self.rng
        cc = self.pick_country()
        lang = T.COUNTRY_LANG[cc]
        if cc == "US" and r.random() < 0.1:
            lang = "es"
        a.country, a.d["lang"] = cc, lang
        cityrec = self.city(cc)
        a.nums.append(self.take(cc, "mobile"))
        a.d["email"] = self.email() if r.random() < 0.15 else None
        a.d["photos"] = [r.getrandbits(256) for _ in range(r.randint(1, 5))]
        a.d["accounts"] = {}
        a.d["sites"] = self.pick_sites(kind, cc, 1, 2)
        a.d["item"] = r.randrange(len(T.SELL_ITEMS[lang]))
        a.d["area"] = r.choice(cityrec[2])
        a.d["tmpl"] = r.randrange(3)
        start, end = self.window(1, 30)
        norig, nrep = self.split_reposts(size)
        for i, t in enumerate(self.times(start, end, norig)):
            a.plans.append({"t": t, "cc": cc, "city": cityrec, "site": r.choice(a.d["sites"]),
                            "repost_of": None, "contact": "phone", "nums": [0], "handles": [],
                            "item": a.d["item"] if i == 0 or r.random() < 0.5
                            else r.randrange(len(T.SELL_ITEMS[lang]))})
        self.add_reposts(a, nrep)

    def plan_seller(self, a, size):
        self.plan_small(a, size, "sell")

    def plan_landlord(self, a, size):
        self.plan_small(a, size, "rooms")

    # recycled numbers -------------------------------------------------------
    def recycle(self):
        r = self.rng
        target = round(0.015 * len(self.actors))
        if target == 0:
            return
        usage = {}  # e164 -> [actor, last_t, last_city, num]
        for a in self.actors:
            if a.role not in ("trafficking", "independent", "seller"):
                continue
            for p in a.plans:
                for i in p["nums"]:
                    num = a.nums[i]
                    if num.kind != "mobile":
                        continue
                    u = usage.get(num.e164)
                    if u is None or p["t"] >= u[1]:
                        usage[num.e164] = [a, p["t"], p["city"][0], num]
        donors = {}
        for e164, u in usage.items():
            donors.setdefault(u[3].cc, []).append(u)
        rec = [a for a in self.actors
               if a.role in ("independent", "copycat", "seller", "landlord", "recruiter")
               and len(a.nums) == 1 and a.plans]
        r.shuffle(rec)
        done = 0
        taken = set()
        recipients, donor_owners = set(), set()
        for a in rec:
            if done >= target:
                break
            if a.aid in donor_owners:
                continue
            num = a.nums[0]
            first = min(p["t"] for p in a.plans)
            mycities = [p["city"][0] for p in a.plans]
            cands = [u for u in donors.get(num.cc, [])
                     if u[0] is not a and u[1] + 183 * DAY <= first and u[2] not in mycities
                     and u[3].e164 not in taken and u[0].aid not in recipients]
            if not cands:
                continue
            u = r.choice(cands)
            taken.add(u[3].e164)
            recipients.add(a.aid)
            donor_owners.add(u[0].aid)
            a.nums[0] = u[3]
            a.d["recycled_from"] = u[0].aid
            done += 1
        self.recycled = done

    # ------------------------------------------------------------ rendering
    def render_all(self):
        out = []
        order = [a for a in self.actors if a.role != "copycat"] + [a for a in self.actors if a.role == "copycat"]
        for a in order:
            fn = {"trafficking": self.r_escort, "independent": self.r_escort, "copycat": self.r_escort,
                  "spa": self.r_spa, "recruiter": self.r_recruiter, "employer": self.r_employer,
                  "seller": self.r_seller, "landlord": self.r_landlord}[a.role]
            done = {}
            for k, p in enumerate(a.plans):
                if p["repost_of"] is not None:
                    rec = self.r_repost(a, p, done[id(p["repost_of"])])
                else:
                    rec = fn(a, p)
                    done[id(p)] = rec
                rec["_t"] = p["t"]
                rec["_actor"] = a
                rec["_k"] = k
                out.append(rec)
        return out

    def finish(self, a, p, b, lang, photo_bases, kind_section):
        """Common post fields; returns the record with its truth."""
        r = self.rng
        site = p["site"]
        cc = p["cc"]
        crec = p["city"]
        body_lines = list(b.lines)
        if site["hotline"] and a.role in ("trafficking", "independent", "copycat", "recruiter", "employer", "spa"):
            hl = self.hotline[cc]
            hl_lang = lang if lang in T.HOTLINE else "en"
            body_lines.append(T.HOTLINE[hl_lang].format(phone=hl.nat))
        if site["footer"]:
            body_lines.append(site["footer_text"])
        if site["html"]:
            body = "<p>" + "<br>\n".join(body_lines) + "</p>"
        else:
            body = "\n".join(body_lines)
        post = {"id": None, "title": b.title, "body": body}
        code = self.uniq(lambda i: ("url", self.rand_code(r.randint(8, 10))))[1]
        post["url"] = "https://%s/%s/%s/%s" % (site["domain"], slug(crec[0]), kind_section, code)
        post["site"] = site["domain"]
        post["posted_at"] = iso(p["t"])
        if r.random() < site["region_p"]:
            post["region"] = cc
        loc = self.location(crec)
        if loc:
            post["location"] = loc
        if photo_bases:
            post["image_hashes"] = [self.noisy(h) for h in photo_bases]
        if site["author"]:
            key = a.aid
            if a.role == "trafficking" and not a.d["shared_accounts"]:
                key = (a.aid, id(p["persona"]))
            post["author"] = self.account(key, site, a.d["accounts"])
        phones = []
        mentions = []
        for field, e164, raw in b.mentions:
            if e164 not in phones:
                phones.append(e164)
            mentions.append({"phone": e164, "field": field, "raw": raw})
        truth = {"id": None, "network": None, "role": a.role, "phones": phones,
                 "mentions": mentions, "contacts": list(b.contacts), "lang": lang}
        return {"post": post, "truth": truth, "photo_bases": photo_bases, "body_lines": body_lines}

    def r_repost(self, a, p, orig):
        r = self.rng
        post = dict(orig["post"])
        truth = dict(orig["truth"])
        truth["mentions"] = [dict(m) for m in orig["truth"]["mentions"]]
        truth["phones"] = list(orig["truth"]["phones"])
        truth["contacts"] = list(orig["truth"]["contacts"])
        if r.random() < 0.5:
            x = r.random()
            if x < 0.6:
                post["title"] = "%s %s" % (r.choice(T.REPOST_TAGS), post["title"])
            else:
                post["title"] = "%s %s" % (post["title"], r.choice(T.EMOJI))
        code = self.uniq(lambda i: ("url", self.rand_code(r.randint(8, 10))))[1]
        post["url"] = post["url"].rsplit("/", 1)[0] + "/" + code
        post["posted_at"] = iso(p["t"])
        if orig["photo_bases"]:
            post["image_hashes"] = [self.noisy(h) for h in orig["photo_bases"]]
        return {"post": post, "truth": truth, "photo_bases": orig["photo_bases"],
                "body_lines": orig["body_lines"]}

    def contact_phone_line(self, b, a, nums, cc, lang, disguise, tmpl=None, words=0.0):
        r = self.rng
        raws = [self.write_phone(a.nums[i], cc, lang, disguise, words) for i in nums]
        if len(raws) == 2:
            line = T.CONTACT_TWO[lang].format(new=raws[0], old=raws[1])
        else:
            t = T.CONTACT_PHONE[lang][tmpl if tmpl is not None else r.randrange(6)]
            line = t.format(p=raws[0])
        for i, raw in zip(nums, raws):
            b.phone("body", a.nums[i], raw)
        return line

    def handle_line(self, b, h):
        plat, name = h
        tmpl = self.rng.choice(T.CONTACT_HANDLE[plat])
        b.contact("handle:%s:%s" % (plat, name.lower()))
        return tmpl.format(h=name)

    def r_escort(self, a, p):
        r = self.rng
        per = p["persona"]
        lang = per.lang
        cc = p["cc"]
        crec = p["city"]
        city = crec[0]
        b = Builder()
        massage = a.role == "trafficking" and a.d["massage"]
        disguise = 0.45 if a.role == "trafficking" else 0.35
        unit = T.PRICE_UNIT[cc]
        cur = T.CURRENCY[cc]
        grid_vals = {"c": cur, "p05": self.round_price(unit * 0.6), "p1": unit,
                     "p15": self.round_price(unit * 1.4), "p2": self.round_price(unit * 1.8),
                     "p8": unit * 6}
        lines = []
        if a.role == "copycat":
            src = a.d["src"]
            if src.first_ad is None:
                # the source never showed its standard ad with its self-description: build it
                std = src.std
                src.first_ad = (T.ESCORT_TITLES[lang][std["title"]].format(
                    name=src.name, age=src.age, city=city, emo=std["emo"]),
                    [T.ESCORT_INTROS[lang][std["intro"]].format(city=city), src.selfdesc,
                     T.ESCORT_SERVICES[lang][std["serv"]], T.AVAILABILITY[lang][std["avail"]]])
            title, core = src.first_ad
            if a.d["swap"]:
                title = title.replace(src.name, per.name)
                core = [x.replace(src.name, per.name) for x in core]
            b.title = title
            lines = list(core)
        else:
            std = per.std
            use_std = r.random() < 0.7
            titles = T.MASSAGE_TITLES[lang] if massage else T.ESCORT_TITLES[lang]
            intros = T.MASSAGE_INTROS[lang] if massage else T.ESCORT_INTROS[lang]
            ti = std["title"] % len(titles) if use_std else r.randrange(len(titles))
            ii = std["intro"] % len(intros) if use_std else r.randrange(len(intros))
            emo = std["emo"] if use_std else r.choice(T.EMOJI)
            b.title = titles[ti].format(name=per.name, age=per.age, city=city, emo=emo)
            core = []
            if cc == "PH" and lang == "en" and r.random() < 0.5:
                core.append(r.choice(T.PH_TAGALOG))
            core.append(intros[ii].format(city=city))
            if per.selfdesc and (r.random() < 0.85 or (p["contact"] == "none" and not per.photos)):
                core.append(per.selfdesc)
            core.append(T.ESCORT_SERVICES[lang][std["serv"] if use_std else r.randrange(5)])
            if use_std or r.random() < 0.6:
                core.append(T.PRICE_GRIDS[std["grid"] if use_std else r.randrange(len(T.PRICE_GRIDS))].format(**grid_vals))
            if use_std or r.random() < 0.7:
                core.append(T.AVAILABILITY[lang][std["avail"] if use_std else r.randrange(5)])
            if use_std and per.first_ad is None and per.selfdesc and per.selfdesc in core:
                per.first_ad = (b.title, list(core))
            lines = core
        # contact
        contact = p["contact"]
        if contact == "phone":
            if r.random() < 0.15:
                i = p["nums"][0]
                raw = self.write_phone(a.nums[i], cc, lang, disguise)
                b.title = "%s %s" % (b.title, raw)
                b.phone("title", a.nums[i], raw)
            lines.append(self.contact_phone_line(b, a, p["nums"], cc, lang, disguise,
                                                 tmpl=per.std["contact"] if r.random() < 0.6 else None))
            for h in p["handles"]:
                lines.append(self.handle_line(b, h))
        elif contact == "handle":
            for h in p["handles"]:
                lines.append(self.handle_line(b, h))
        elif contact == "wa":
            num = a.nums[p["nums"][0]]
            wa = "wa.me/" + num.e164[1:]
            lines.append(r.choice(T.CONTACT_WA).format(wa=wa))
            b.phone("body", num, wa)
        if contact != "none":
            if a.d.get("email") and r.random() < 0.5:
                lines.append(T.EMAIL_LINE[lang].format(e=a.d["email"]))
                b.contact("email:" + a.d["email"].lower())
            if a.d.get("short") and r.random() < 0.4:
                lines.append(T.MORE_PICS[lang].format(u="https://" + a.d["short"]))
                b.contact("url:" + a.d["short"])
        if r.random() < 0.3:
            lines.append(r.choice(T.EMOJI))
        b.lines = lines
        # photos
        photos = []
        own = per.photos
        if own:
            k = r.randint(1, min(5, len(own)))
            if contact == "none":
                k = max(1, k)
            photos = r.sample(own, k)
        if r.random() < 0.15:
            photos.append(r.choice(self.stock["escort"]))
        section = "massage" if massage else "escorts"
        return self.finish(a, p, b, lang, photos, section)

    def r_spa(self, a, p):
        r = self.rng
        lang = a.d["lang"]
        cc = p["cc"]
        crec = p["city"]
        b = Builder()
        name = a.d["name"]
        raws = [self.write_phone(a.nums[i], cc, lang) for i in p["nums"]]
        for i, raw in zip(p["nums"], raws):
            b.phone("body", a.nums[i], raw)
        tpl_i = r.choice(a.d["templates"]) if r.random() < 0.8 else r.randrange(4)
        cur = T.CURRENCY[cc]
        body = T.SPA_TEMPLATES[lang][tpl_i].format(spa=name, city=crec[0], hours=a.d["hours"],
                                                   price=a.d["price"], c=cur, addr=a.d["addr"],
                                                   phone=" / ".join(raws))
        lines = body.split("\n")
        if a.d["web"] and r.random() < 0.7:
            lines.append(T.SPA_WEB_LINE[lang].format(
                w=r.choice(["https://www.%s", "www.%s", "https://%s/"]) % a.d["web"]))
            b.contact("url:" + a.d["web"])
        if a.d["email"] and r.random() < 0.6:
            lines.append(T.EMAIL_LINE[lang].format(e=a.d["email"]))
            b.contact("email:" + a.d["email"].lower())
        if r.random() < 0.3:
            lines.append(r.choice(T.EMOJI))
        b.lines = lines
        b.title = r.choice(["{n} {c}", "{n} - {c}", "{n} | {h}", "Massage {c} - {n}", "{e} {n} {e}"]).format(
            n=name, c=crec[0], h=a.d["hours"], e=r.choice(T.EMOJI))
        photos = r.sample(a.d["photos"], r.randint(0, len(a.d["photos"]))) + \
            r.sample(a.d["stock"], r.randint(0, 2))
        return self.finish(a, p, b, lang, photos, "massage")

    def r_recruiter(self, a, p):
        r = self.rng
        lang = a.d["lang"]
        cc = p["cc"]
        b = Builder()
        dest = p["dest"]
        dname = T.COUNTRY_NAME[lang][dest]
        jobs = T.RECRUIT_JOBS[lang]
        job = r.choice(jobs)
        salary = T.RECRUIT_SALARY[dest]
        b.title = r.choice(T.RECRUIT_TITLES[lang]).format(dest=dname, job=job, salary=salary)
        parts = []
        raws = []
        for i in p["nums"]:
            raw = self.write_phone(a.nums[i], cc, lang, 0.0, words=0.15)
            raws.append(raw)
            b.phone("body", a.nums[i], raw)
        x = r.choice(T.RECRUIT_CONTACT[lang]).format(x=" / ".join(raws))
        parts.append(x)
        if r.random() < 0.8:
            parts.append(a.d["email"])
            b.contact("email:" + a.d["email"].lower())
        contact = " · ".join(parts)
        script = T.RECRUIT_SCRIPTS[lang][r.choice(a.d["scripts"])]
        lines = [script.format(dest=dname, job=job, salary=salary, contact=contact)]
        comp = a.d["company"]
        if comp:
            cname = comp[1] if (a.d.get("switch") and p.get("late")) else comp[0]
            lines.insert(0, r.choice(["{c}", "{c} - licensed agency", "Agency: {c}", "★ {c} ★"]).format(c=cname))
        if a.d["careers"] and r.random() < 0.7:
            lines.append(T.CAREERS_LINE[lang].format(u="https://%s/%s" % (a.d["careers"], r.choice(["apply", "jobs", "careers", ""]))))
            b.contact("url:" + a.d["careers"])
        if r.random() < 0.3:
            lines.append(r.choice(["✈️🌍💶", "🔥🔥🔥", "✅✅✅", "💯"]))
        b.lines = lines
        photos = r.sample(self.stock["travel"], r.randint(0, 2)) if r.random() < 0.6 else []
        return self.finish(a, p, b, lang, photos, "jobs")

    def r_employer(self, a, p):
        r = self.rng
        lang = a.d["lang"]
        cc = p["cc"]
        crec = p["city"]
        b = Builder()
        sector = a.d["sector"]
        job = T.EMP_JOBS[sector][lang][p["job"]]
        emp = a.d["name"]
        b.title = T.EMP_TITLE[lang].format(job=job, emp=emp, city=crec[0])
        lines = [T.EMP_INTRO[lang].format(emp=emp, job=job, city=crec[0])]
        ben = r.sample(T.HR_BENEFITS[lang], r.randint(3, 5))
        lines.append(T.HR_BENEFITS_HEAD[lang])
        lines.extend("• " + x for x in ben)
        if p["nums"]:
            raws = []
            for i in p["nums"]:
                raw = self.write_phone(a.nums[i], cc, lang, 0.0)
                raws.append(raw)
                b.phone("body", a.nums[i], raw)
            lines.append(T.HR_CONTACT[lang].format(phone=" / ".join(raws), mail=a.d["mail"]))
            b.contact("email:" + a.d["mail"].lower())
        if p["ats"]:
            u = "apply.jobhost.example/%s/%d" % (a.d["ats"], p["jobid"])
            lines.append(T.CAREERS_LINE[lang].format(u="https://" + u))
            b.contact("url:apply.jobhost.example/" + a.d["ats"])
        else:
            lines.append(T.CAREERS_LINE[lang].format(u=a.d["careers"] % p["jobid"]))
            b.contact("url:" + a.d["domain"])
        lines.append(T.HR_EEO[lang])
        b.lines = lines
        photos = []
        if a.d["logo"] is not None:
            photos.append(a.d["logo"])
        if r.random() < 0.3:
            photos.append(r.choice(self.stock["office"]))
        return self.finish(a, p, b, lang, photos, "jobs")

    def r_small(self, a, p, kind):
        r = self.rng
        lang = a.d["lang"]
        cc = p["cc"]
        crec = p["city"]
        b = Builder()
        raw = self.write_phone(a.nums[0], cc, lang)
        b.phone("body", a.nums[0], raw)
        cur = T.CURRENCY[cc]
        if kind == "sell":
            item, f = T.SELL_ITEMS[lang][p["item"]]
            price = self.round_price(T.SELL_PRICE_UNIT[cc] * f * r.uniform(0.5, 1.5))
            text = T.SELL_TEMPLATES[lang][a.d["tmpl"]].format(item=item, price=price, c=cur,
                                                             city=crec[0], phone=raw)
            b.title = T.SELL_TITLES[lang].format(item=item, price=price, c=cur)
            photos = r.sample(a.d["photos"], r.randint(1, len(a.d["photos"]))) if r.random() < 0.9 else []
            if r.random() < 0.1:
                photos.append(r.choice(self.stock["products"]))
            section = "for-sale"
        else:
            price = self.round_price(T.ROOM_PRICE_UNIT[cc] * r.uniform(0.7, 1.4))
            text = T.ROOM_TEMPLATES[lang][a.d["tmpl"]].format(area=a.d["area"], city=crec[0],
                                                             price=price, c=cur, phone=raw)
            b.title = T.ROOM_TITLES[lang].format(area=a.d["area"])
            photos = r.sample(a.d["photos"], r.randint(1, len(a.d["photos"]))) if r.random() < 0.8 else []
            if r.random() < 0.2:
                photos.append(r.choice(self.stock["rooms"]))
            section = "rooms"
        lines = [text]
        if a.d["email"] and r.random() < 0.7:
            lines.append(T.EMAIL_LINE[lang].format(e=a.d["email"]))
            b.contact("email:" + a.d["email"].lower())
        b.lines = lines
        return self.finish(a, p, b, lang, photos, section)

    def r_seller(self, a, p):
        return self.r_small(a, p, "sell")

    def r_landlord(self, a, p):
        return self.r_small(a, p, "rooms")


def generate(seed, n, pool_path=None):
    """-> (posts, truths) as lists of dicts, in output order."""
    g = Gen(seed, n, pool_path or os.path.join(HERE, "number_pool.json"))
    g.plan_all()
    recs = g.render_all()
    recs.sort(key=lambda x: (x["_t"], x["_actor"].aid, x["_k"]))
    net = {}
    posts, truths = [], []
    for i, x in enumerate(recs):
        a = x["_actor"]
        if a.aid not in net:
            net[a.aid] = "n%05d" % (len(net) + 1)
        pid = "p%06d" % (i + 1)
        post = dict(x["post"])
        post["id"] = pid
        truth = dict(x["truth"])
        truth["id"] = pid
        truth["network"] = net[a.aid]
        posts.append(post)
        truths.append(truth)
    return posts, truths


POST_KEYS = ["id", "title", "body", "url", "site", "posted_at", "region", "location",
             "image_hashes", "author"]
TRUTH_KEYS = ["id", "network", "role", "phones", "mentions", "contacts", "lang"]


def dumps(obj, keys):
    return json.dumps({k: obj[k] for k in keys if k in obj}, ensure_ascii=False)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pool", default=None)
    a = ap.parse_args(argv)
    if a.posts < 1:
        ap.error("--posts must be at least 1")
    posts, truths = generate(a.seed, a.posts, a.pool)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for p in posts:
            f.write(dumps(p, POST_KEYS) + "\n")
    with open(a.truth, "w", encoding="utf-8", newline="\n") as f:
        for t in truths:
            f.write(dumps(t, TRUTH_KEYS) + "\n")


if __name__ == "__main__":
    main()
