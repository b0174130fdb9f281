#!/usr/bin/env python3
"""linking5 corpus generator (standard library only). See SPEC.md.

    python3 eval/linking5/gen.py --seed 1 --posts 20000 --out posts.jsonl --truth truth.jsonl [--selectors sel.jsonl]
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as TX  # noqa: E402

DEV_SEEDS = (1, 2, 3)
HELD_OUT_SEEDS = tuple(range(501, 510))

T0 = int(dt.datetime(2024, 7, 1, tzinfo=dt.timezone.utc).timestamp())
T1 = int(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400
REC_A = (T0, int(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc).timestamp()))
REC_B = (int(dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc).timestamp()), T1)

SHARES = [("emp", 0.08), ("sel", 0.12), ("ind", 0.25), ("agy", 0.25), ("rec", 0.20), ("dep", 0.06), ("cpy", 0.04)]
COUNTRY_W = {"TH": 14, "VN": 10, "PH": 9, "MY": 6, "ID": 7, "KH": 4, "JP": 6, "KR": 5,
             "TW": 5, "HK": 4, "PL": 6, "UA": 7, "RO": 5, "MD": 3, "RU": 6, "GE": 3}
GROUPS = {"SEA": ["TH", "VN", "PH", "MY", "ID", "KH"], "EA": ["JP", "KR", "TW", "HK"],
          "EE": ["PL", "UA", "RO", "MD", "RU", "GE"]}
GROUP_OF = {cc: g for g, ccs in GROUPS.items() for cc in ccs}
TOUR = {"TH": ["MY", "HK", "JP", "KR", "TW"], "VN": ["KH", "MY", "TW", "JP", "KR"], "PH": ["HK", "MY", "JP", "KR"],
        "MY": ["TH", "HK", "ID"], "ID": ["MY", "TH"], "KH": ["TH", "VN"], "JP": ["KR", "TW", "HK"], "KR": ["JP", "HK"],
        "TW": ["HK", "JP"], "HK": ["TW", "JP", "MY"], "PL": ["RO", "UA"], "UA": ["PL", "RO", "GE", "TH"],
        "RO": ["PL", "MD"], "MD": ["RO", "PL", "RU"], "RU": ["GE", "TH", "VN"], "GE": ["RU", "UA", "PL"]}
# preferred messaging app per country: (app for the phone number, kind of messaging id)
APP = {"TH": ("line", "line"), "VN": ("zalo", "telegram"), "PH": ("viber", "telegram"), "MY": ("whatsapp", "wechat"),
       "ID": ("whatsapp", "telegram"), "KH": ("telegram", "telegram"), "JP": ("phone", "line"), "KR": ("phone", "kakao"),
       "TW": ("phone", "line"), "HK": ("whatsapp", "wechat"), "PL": ("whatsapp", "telegram"), "UA": ("viber", "telegram"),
       "RO": ("whatsapp", "telegram"), "MD": ("viber", "telegram"), "RU": ("phone", "telegram"), "GE": ("whatsapp", "telegram")}
ACTOR_LANGS = {"MY": [("ms", 5), ("en", 3), ("zhs", 2)], "HK": [("zht", 7), ("en", 3)], "KH": [("km", 3), ("en", 4), ("zhs", 3)],
               "GE": [("ka", 3), ("ru", 4), ("en", 3)], "MD": [("ro", 6), ("ru", 4)], "UA": [("uk", 7), ("ru", 3)],
               "PH": [("tl", 7), ("en", 3)], "TH": [("th", 9), ("en", 1)]}
FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def heldout_notice(seed):
    if seed in HELD_OUT_SEEDS:
        return (f"linking5: seed {seed} is a HELD-OUT evaluation seed (501-509). Use it only for final "
                f"evaluation; do not tune against it.")
    return None


class Sel:
    __slots__ = ("phones", "emails", "handles", "urls", "payments", "hub")

    def __init__(self):
        self.phones, self.emails, self.handles, self.urls, self.payments, self.hub = [], [], [], [], [], []

    def add(self, kind, value, hub=False):
        lst = getattr(self, kind)
        if value not in lst:
            lst.append(value)
        if hub:
            tag = {"phones": "phone:", "emails": "email:", "handles": "handle:", "urls": "url:",
                   "payments": "payment:"}.get(kind, "") + value
            if tag not in self.hub:
                self.hub.append(tag)

    def hubtag(self, tag):
        if tag not in self.hub:
            self.hub.append(tag)

    def copy(self):
        s = Sel()
        for k in Sel.__slots__:
            setattr(s, k, list(getattr(self, k)))
        return s

    def as_dict(self, pid):
        return {"id": pid, "phones": self.phones, "emails": self.emails, "handles": self.handles,
                "urls": self.urls, "payments": self.payments, "hub": self.hub}


class Gen:
    def __init__(self, seed, n):
        self.r = random.Random(seed)
        self.n = n
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as fh:
            pool = json.load(fh)["countries"]
        self.pool = {}
        for cc in sorted(pool):
            for kind in ("mobile", "fixed"):
                lst = [tuple(x) + (cc,) for x in pool[cc][kind]]
                self.r.shuffle(lst)
                self.pool[(cc, kind)] = lst
        self.pool_pos = {k: 0 for k in self.pool}
        self.pool_wrapped = 0
        self.used_handles = set()
        self.used_emails = set()
        self.used_urls = set()
        self.sites = []
        self.site_of = {}
        for i, (dom, cc, langs, author, html, tz) in enumerate(TX.SITES):
            self.sites.append({"i": i, "domain": dom, "cc": cc, "langs": langs, "author": author, "html": html, "tz": tz})
            self.site_of[cc] = i
        self.posts = []
        self.victims = []       # profiles that copycats / scammers steal from
        self.counters = {}
        self.accounts = {}
        self._make_hubs()

    # ------------------------------------------------------------ primitives
    def phone(self, cc, kind="mobile"):
        key = (cc, kind)
        lst = self.pool[key]
        pos = self.pool_pos[key]
        if pos >= len(lst):
            self.pool_wrapped += 1
            pos = 0
        self.pool_pos[key] = pos + 1
        return lst[pos]

    def hashbits(self):
        return self.r.getrandbits(256)

    def hexhash(self, h, flips=0):
        for _ in range(flips):
            h ^= 1 << self.r.randrange(256)
        return "%064x" % h

    def handle(self, minlen=5, stem=None):
        r = self.r
        while True:
            a = stem or r.choice(TX.LATIN_STEMS)
            style = r.random()
            if style < 0.35:
                h = a + r.choice(["_", ".", ""]) + r.choice(TX.LATIN_STEMS)
            elif style < 0.75:
                h = a + r.choice(["", "_", ""]) + str(r.randint(1, 9999))
            else:
                h = a + r.choice(TX.LATIN_STEMS) + str(r.randint(10, 99))
            h = h.lower()
            if len(h) < minlen:
                h += str(r.randint(100, 999))
            if h not in self.used_handles:
                self.used_handles.add(h)
                return h

    def email(self, local_hint=None, domain=None):
        r = self.r
        while True:
            local = local_hint or r.choice(TX.LATIN_STEMS)
            local = local + r.choice(["", ".", "_"]) + (r.choice(TX.LATIN_STEMS) if r.random() < 0.5 else str(r.randint(1, 999)))
            addr = local.lower() + "@" + (domain or r.choice(TX.WEBMAIL))
            if addr not in self.used_emails:
                self.used_emails.add(addr)
                return addr
            local_hint = None

    def lang_for(self, cc):
        opts = ACTOR_LANGS.get(cc)
        if not opts:
            return TX.HOME_LANG[cc]
        return self.wchoice(opts)

    def wchoice(self, opts):
        tot = sum(w for _, w in opts)
        x = self.r.random() * tot
        for v, w in opts:
            x -= w
            if x < 0:
                return v
        return opts[-1][0]

    def pick(self, lang, key):
        return self.r.choice(TX.get(lang, key))

    def name(self, lang):
        return self.r.choice(TX.FEMALE.get(lang) or TX.FEMALE["en"])

    def staff(self, lang):
        return self.r.choice(TX.STAFF.get(lang) or TX.STAFF["en"])

    def city(self, cc):
        return self.r.randrange(len(TX.CITIES[cc]))

    def cityname(self, cc, ci, latin=False):
        sp = TX.CITIES[cc][ci]
        if latin:
            lat = [s for s in sp if s.isascii()]
            if lat:
                return lat[0]
        return sp[0] if self.r.random() < 0.6 else self.r.choice(sp)

    def country(self):
        return self.wchoice(list(COUNTRY_W.items()))

    def salary(self, cc, lang):
        r = self.r
        usd = r.choice([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000])
        if lang in ("th",):
            return f"{usd * 35:,} บาท"
        if lang == "vi":
            return f"{usd * 25 // 1000} triệu"
        if lang == "ja":
            return f"{usd * 150 // 10000}万円"
        if lang == "ko":
            return f"{usd * 1350 // 10000}만원"
        if lang == "zht" and r.random() < 0.6:
            return f"{usd * 31:,}元"
        if lang in ("zhs", "zht", "km", "ms", "id", "tl", "en"):
            return r.choice([f"{usd}$", f"USD {usd}", f"{usd}-{usd + 500} USD", f"${usd:,}"])
        return r.choice([f"{usd} USD", f"{usd}-{usd + 400} €", f"від {usd}$" if lang == "uk" else f"{usd}$"])

    def money(self, cc):
        r = self.r
        cur = TX.CURRENCY.get(cc, "$")
        base = {"TH": 500, "VN": 300, "PH": 1000, "MY": 50, "ID": 200, "KH": 20, "JP": 5000, "KR": 5, "TW": 1000,
                "HK": 300, "PL": 100, "UA": 500, "RO": 100, "MD": 300, "RU": 2000, "GE": 50}.get(cc, 50)
        return f"{base * r.choice([1, 1, 2, 3])} {cur}"

    def window(self, size, cls, force=None):
        r = self.r
        if cls in ("emp", "sel"):
            dur = r.randint(1, 60) * DAY
        elif cls == "ind":
            dur = int(min(540, 10 + size * r.uniform(3, 15)) * DAY)
        elif cls in ("cpy", "dep"):
            dur = int(min(300, 7 + size * r.uniform(2, 6)) * DAY)
        else:
            dur = int(min(548, 60 + size * r.uniform(1.5, 4)) * DAY)
        lo, hi = force if force else (T0, T1)
        dur = min(dur, hi - lo - DAY)
        s = r.randint(lo, hi - dur - 1)
        return s, s + dur

    def times(self, n, s, e):
        r = self.r
        out = []
        bursts = [r.randint(s, e) for _ in range(max(1, n // 15))]
        for _ in range(n):
            if r.random() < 0.3:
                t = min(e, max(s, r.choice(bursts) + r.randint(0, 3 * DAY)))
            else:
                t = r.randint(s, e)
            out.append(t - t % 60)
        out.sort()
        return out

    # ------------------------------------------------------------ rendering of contacts
    def fmt_number(self, ph, lang, site_cc, force_intl=None, plain=False):
        r = self.r
        e164, nat, intl, cc = ph
        if plain:
            return nat if cc == site_cc else intl
        foreign = cc != site_cc
        if force_intl is not None:
            use_intl = force_intl
        else:
            use_intl = r.random() < (0.85 if foreign else 0.3)
        digits = re.sub(r"\D", "", nat)
        if not use_intl:
            x = r.random()
            if x < 0.45:
                s = nat
            elif x < 0.70:
                s = digits
            elif x < 0.85:
                s = self.regroup(digits, "-")
            elif x < 0.97:
                s = self.regroup(digits, ".")
            else:
                s = " ".join(digits)
        else:
            ccode, rest = intl.split(" ", 1)
            x = r.random()
            if x < 0.40:
                s = intl
            elif x < 0.70:
                s = e164
            elif x < 0.78:
                s = "00" + e164[1:]
            elif x < 0.85 and digits.startswith("0"):
                s = ccode + " (0)" + rest
            elif x < 0.95:
                s = ccode[1:] + " " + rest
            else:
                s = ccode + "-" + rest.replace(" ", "-")
        x = r.random()
        if lang in ("ja", "zht", "zhs") and x < 0.30:
            s = s.translate(FULLWIDTH)
        elif lang == "th" and x < 0.04:
            s = s.translate(THAI)
        elif x < 0.03 and " " in s.strip():
            parts = s.split(" ")
            k = r.randint(1, len(parts) - 1)
            s = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
        elif lang in ("en", "tl", "ru") and x < 0.04:
            words = TX.DIGIT_WORDS["ru" if lang == "ru" else "en"]
            s = ("plus " if s.startswith("+") and lang != "ru" else ("плюс " if s.startswith("+") else "")) + \
                " ".join(words[int(d)] for d in re.sub(r"\D", "", s))
        elif x < 0.045:
            s = "".join(d + "\ufe0f\u20e3" if d.isdigit() else d for d in s)
        return s

    SHAPES = {7: [(3, 4)], 8: [(4, 4)], 9: [(3, 3, 3), (2, 3, 4), (3, 2, 2, 2)], 10: [(3, 3, 4), (4, 3, 3), (3, 4, 3)],
              11: [(3, 4, 4), (4, 3, 4), (1, 3, 3, 2, 2)], 12: [(4, 4, 4), (3, 4, 5)]}

    def regroup(self, digits, sep):
        shapes = self.SHAPES.get(len(digits))
        if not shapes:
            return digits[:3] + sep + digits[3:]
        out, pos = [], 0
        for g in self.r.choice(shapes):
            out.append(digits[pos:pos + g])
            pos += g
        return sep.join(out)

    def label(self, lang, kind):
        return self.r.choice(TX.get(lang, "labels")[kind])

    def phone_text(self, ph, lang, site_cc, sel, app="phone", hub=False, force_intl=None, plain=False):
        r = self.r
        sel.add("phones", ph[0], hub)
        if app == "whatsapp" and r.random() < 0.08:
            u = "wa.me/" + ph[0][1:]
            sel.add("urls", u, hub)
            return self.label(lang, "whatsapp") + " " + (r.choice(["https://", ""]) + u)
        if app == "line":
            app = "line" if r.random() < 0.5 else "phone"
        num = self.fmt_number(ph, lang, site_cc, force_intl, plain)
        lab = self.label(lang, app if app in ("whatsapp", "viber", "zalo", "line") else "phone")
        if app == "phone" and r.random() < 0.25:
            lab = lab.rstrip(":：") + "/" + r.choice(["WhatsApp", "Viber", "LINE", "Zalo", "SMS"]) + ":"
        sep = "" if lab.endswith(("：", "#")) else " "
        return lab + sep + num

    def handle_text(self, kind, h, lang, sel, hub=False):
        r = self.r
        sel.add("handles", kind + ":" + h.lstrip("@").lower(), hub)
        lab = self.label(lang, kind)
        x = r.random()
        if kind == "telegram":
            if x < 0.35:
                return lab + " @" + h
            if x < 0.65:
                u = "t.me/" + h
                sel.add("urls", u, hub)
                return lab + " " + r.choice(["https://", ""]) + u if r.random() < 0.5 else r.choice(["", "👉 "]) + "https://" + u
            if x < 0.85:
                return "@" + h
            return lab + " " + h
        if kind == "line":
            if x < 0.15:
                u = "line.me/ti/p/~" + h
                sel.add("urls", u, hub)
                return lab + " https://" + u
            if x < 0.4:
                return lab + " @" + h
            return lab + (" " if not lab.endswith("：") else "") + h
        return lab + (" " if not lab.endswith("：") else "") + h

    def email_text(self, addr, lang, sel, hub=False):
        sel.add("emails", addr, hub)
        x = self.r.random()
        if x < 0.06:
            return self.label(lang, "email") + " " + addr.replace("@", " (at) ")
        return self.label(lang, "email") + " " + addr

    # ------------------------------------------------------------ hubs
    def _make_hubs(self):
        r = self.r
        self.footers = {}
        f = self.footers
        f["TH"] = [("line", "siamboard.help"), ("email", "support@siamboard.example")]
        f["VN"] = [("zalo", self.phone("VN"))]
        f["PH"] = [("email", "help@pinoypost.example"), ("viber", self.phone("PH"))]
        f["MY"] = [("whatsapp", self.phone("MY"))]
        f["KH"] = [("telegram", "phsaronline_support")]
        f["JP"] = [("line", "keijiban_support"), ("email", "info@keijiban-j.example")]
        f["KR"] = [("url", "open.kakao.com/o/sMoimHelp")]
        f["TW"] = [("line", "baotie")]
        f["HK"] = [("whatsapp", self.phone("HK")), ("email", "cs@gangtie-hk.example")]
        f["UA"] = [("telegram", "doshka_help_bot"), ("url", "t.me/doshka_news")]
        f["RO"] = [("phone", self.phone("RO", "fixed"))]
        f["MD"] = [("viber", self.phone("MD"))]
        f["GE"] = [("whatsapp", self.phone("GE")), ("email", "info@gancxadeba-ge.example")]
        for v in f.values():
            for k, x in v:
                if isinstance(x, str) and k in ("line", "telegram"):
                    self.used_handles.add(x)
        # NGOs: coverage, short codes per country, one WhatsApp number each
        self.ngos = []
        spec = [("TH", ["TH", "KH", "VN", "MY"]), ("PH", ["PH", "ID", "MY"]), ("HK", ["JP", "KR", "TW", "HK"]),
                ("PL", ["PL", "UA", "RO", "MD", "RU", "GE"])]
        for base, cov in spec:
            codes = {cc: str(r.randint(1100, 1999)) for cc in cov}
            self.ngos.append({"wa": self.phone(base), "cov": cov, "codes": codes})
        self.ngo_of = {}
        for ngo in self.ngos:
            for cc in ngo["cov"]:
                self.ngo_of.setdefault(cc, ngo)
        # visa agents
        self.visa = []
        for cc in ["TH", "KH", "VN", "PH", "MY", "ID", "PL", "UA"]:
            lang = TX.HOME_LANG[cc]
            self.visa.append({"cc": cc, "name": "Visa " + self.staff("en" if lang == "km" else lang),
                              "phone": self.phone(cc), "tg": self.handle(stem=r.choice(["visa", "docs", "agent", "pass"]))})
        # stock photos
        self.stock = {s: [self.hashbits() for _ in range(6)] for s in TX.STOCK_SUBJECTS}

    def stock_img(self, subjects, sel):
        s = self.r.choice(subjects)
        h = self.r.choice(self.stock[s])
        hx = self.hexhash(h, self.r.choice([0, 0, 0, 1, 2]))
        sel.hubtag("image:" + hx)
        return hx

    def visa_text(self, agent, lang, site_cc, sel):
        r = self.r
        if r.random() < 0.6:
            c = self.phone_text(agent["phone"], lang, site_cc, sel, app=r.choice(["whatsapp", "phone", "viber"]), hub=True)
        else:
            c = self.handle_text("telegram", agent["tg"], lang, sel, hub=True)
        return self.pick(lang, "visa").format(agent=agent["name"], contact=c)

    # ------------------------------------------------------------ posts
    def site_cc(self, si):
        return self.sites[si]["cc"]

    def post_lang(self, actor_lang, actor_cc, si):
        site = self.sites[si]
        if site["cc"] == actor_cc:
            return actor_lang
        return "en" if self.r.random() < 0.6 else site["langs"][0]

    def author(self, key, si, k=1):
        if not self.sites[si]["author"]:
            return None
        if self.r.random() < 0.15:
            return "guest"
        accs = self.accounts.get((key, si))
        if accs is None:
            accs = ["u" + str(self.r.randint(100000, 9999999)) for _ in range(k)]
            self.accounts[(key, si)] = accs
        return self.r.choice(accs)

    def emit(self, net, cls, si, t, lang, title, parts, sel, images, ci, home_cc, author=None, cc=None):
        self.posts.append({"net": net, "cls": cls, "si": si, "t": t, "lang": lang, "title": title, "parts": parts,
                           "sel": sel, "img": images, "ci": ci, "cc": cc or self.site_cc(si), "home": home_cc,
                           "author": author})

    def nid(self, cls):
        self.counters[cls] = self.counters.get(cls, 0) + 1
        return "%s-%04d" % (cls, self.counters[cls])

    def photos_use(self, bases, k, exact_p=0.4, maxflip=8):
        r = self.r
        out = []
        for h in r.sample(bases, min(k, len(bases))):
            out.append(self.hexhash(h, 0 if r.random() < exact_p else r.randint(1, maxflip)))
        return out

    # ------------------------------------------------------------ classes
    def gen_ind(self, spec):
        r = self.r
        net = self.nid("ind")
        cc = spec["cc"]
        lang = self.lang_for(cc)
        nm, age, ci = self.name(lang), r.randint(20, 38), self.city(cc)
        home = self.site_of[cc]
        k = self.wchoice([(1, 45), (2, 30), (3, 15), (4, 10)])
        others = [self.site_of[c] for c in GROUPS[GROUP_OF[cc]] if c != cc]
        if r.random() < 0.1:
            others = [self.site_of[c] for c in TOUR[cc]]
        r.shuffle(others)
        sites = [home] + others[:k - 1]
        app, idkind = APP[cc]
        if lang == "zhs":
            idkind = "wechat"
        phones = [spec.get("recycled") or self.phone(cc)]
        mid = None
        if r.random() < 0.6 or app == "phone" and r.random() < 0.5:
            mid = self.handle()
        if mid and r.random() < 0.3 and not spec.get("recycled"):
            phones = []
        change_at = None
        photos = [self.hashbits() for _ in range(r.randint(2, 5))]
        s, e = spec["win"]
        times = self.times(spec["size"], s, e)
        if phones and r.random() < 0.15 and len(times) > 3 and not spec.get("recycled"):
            phones.append(self.phone(cc))
            change_at = times[len(times) // 2]
        bio_t = r.sample(TX.get(lang, "ind_bio"), min(len(TX.get(lang, "ind_bio")), r.randint(2, 4)))
        cname = self.cityname(cc, ci)
        bio = [b.format(name=nm, age=age, city=cname) for b in bio_t]
        self.victims.append({"name": nm, "age": age, "lang": lang, "cc": cc, "ci": ci, "bio": bio, "photos": photos,
                             "start": s, "net": net, "kind": "ind"})
        i = 0
        shown_change = False
        while i < len(times):
            t = times[i]
            ev_sites = [r.choice(sites)]
            if len(sites) > 1 and r.random() < 0.35:
                more = [x for x in sites if x != ev_sites[0]]
                ev_sites += r.sample(more, min(len(more), r.randint(1, 2)))
            ev_sites = ev_sites[:len(times) - i]
            si0 = ev_sites[0]
            plang = self.post_lang(lang, cc, si0)
            pci = ci if self.site_cc(si0) == cc else self.city(self.site_cc(si0))
            pcity = self.cityname(self.site_cc(si0), pci)
            sel = Sel()
            title = self.pick(lang if plang == lang else plang, "ind_title").format(name=nm, age=age, city=pcity)
            body = list(bio)
            if r.random() < 0.3 and len(body) > 1:
                body.pop(r.randrange(len(body)))
            cur = phones
            if change_at is not None:
                if t < change_at:
                    cur = phones[:1]
                elif not shown_change:
                    shown_change = True
                    cur = phones[::-1]
                else:
                    cur = phones[1:]
            contact = []
            if cur and (t >= (change_at or T1) and len(cur) == 2):
                contact.append(self.pick(plang, "newnum") + " " + self.phone_text(cur[0], plang, self.site_cc(si0), sel, app))
                contact.append("(old: " + self.fmt_number(cur[1], plang, self.site_cc(si0)) + ")")
                sel.add("phones", cur[1][0])
            elif cur:
                contact.append(self.phone_text(cur[0], plang, self.site_cc(si0), sel, app))
            if mid and (not cur or r.random() < 0.7):
                contact.append(self.handle_text(idkind, mid, plang, sel))
            if contact:
                body.append(self.pick(plang, "cta") + " " + " ".join(contact) if r.random() < 0.5 else "\n".join(contact))
            imgs = self.photos_use(photos, r.randint(1, 3), exact_p=0.4)
            if r.random() < 0.05:
                imgs.append(self.stock_img(["flowers", "beach", "spa_room"], sel))
            for si in ev_sites:
                self.emit(net, "ind", si, t + r.randint(0, 6 * 3600) * (si != si0) // 60 * 60, plang, title, list(body),
                          sel.copy(), list(imgs), pcity if si == si0 else self.cityname(self.site_cc(si), self.city(self.site_cc(si))),
                          cc, self.author(net, si))
            i += len(ev_sites)

    def gen_agy(self, spec):
        r = self.r
        net = self.nid("agy")
        cc = spec["cc"]
        lang = self.lang_for(cc)
        home = self.site_of[cc]
        app, idkind = APP[cc]
        if lang == "zhs":
            idkind = "wechat"
        workers = []
        for _ in range(r.randint(2, 10)):
            w = {"name": self.name(lang if r.random() < 0.8 else "en"), "age": r.randint(19, 33), "ci": self.city(cc),
                 "photos": [self.hashbits() for _ in range(r.randint(2, 6))]}
            workers.append(w)
        s, e = spec["win"]
        # booker numbers rotating with overlaps
        sched = []
        t = s
        while True:
            span = r.randint(90, 180) * DAY
            end = t + span
            if end >= e:
                sched.append([t, e + 1, self.phone(cc)])
                break
            sched.append([t, end + r.randint(14, 42) * DAY, self.phone(cc)])
            t = end
        if r.random() < 0.3:
            sched.append([s, e + 1, self.phone(cc)])
        ids = [self.handle()]
        id_switch = None
        if r.random() < 0.2:
            ids.append(self.handle())
            id_switch = r.randint(s, e)
        kakao_open = "open.kakao.com/o/s" + "".join(r.choice(B58) for _ in range(7)) if cc == "KR" else None
        touring = r.random() < 0.6
        tour_sim = {}
        times = self.times(spec["size"], s, e)
        for w in workers:
            cname = self.cityname(cc, w["ci"])
            self.victims.append({"name": w["name"], "age": w["age"], "lang": lang, "cc": cc, "ci": w["ci"],
                                 "bio": [b.format(name=w["name"], age=w["age"], city=cname)
                                         for b in r.sample(TX.get(lang, "esc_body"), 3)],
                                 "photos": w["photos"], "start": s, "net": net, "kind": "agy"})
        for t in times:
            w = r.choice(workers)
            x = r.random()
            if touring and x < 0.2:
                dcc = r.choice(TOUR[cc])
            else:
                dcc = cc
            si = self.site_of[dcc] if dcc != cc else home
            if dcc == cc:
                ci = w["ci"] if x < 0.6 or not touring and x < 0.8 else self.city(cc)
            else:
                ci = self.city(dcc)
            plang = self.post_lang(lang, cc, si)
            pcity = self.cityname(dcc, ci, latin=(plang == "en"))
            sel = Sel()
            title = self.pick(plang, "esc_title").format(name=w["name"], age=w["age"], city=pcity)
            body = [b.format(name=w["name"], age=w["age"], city=pcity) for b in r.sample(TX.get(plang, "esc_body"), r.randint(2, 4))]
            if ci != w["ci"] or dcc != cc:
                d0 = dt.datetime.fromtimestamp(t, dt.timezone.utc)
                d1 = d0 + dt.timedelta(days=r.randint(3, 10))
                dates = f"{d0.day}/{d0.month}-{d1.day}/{d1.month}"
                body.append(self.pick(plang, "tour").format(name=w["name"], city=pcity, dates=dates))
            if r.random() < 0.15 and len(workers) > 2:
                body.append("+ " + ", ".join(o["name"] for o in r.sample(workers, 3) if o is not w))
            act = [p for a, b, p in sched if a <= t < b] or [sched[-1][2]]
            if len(act) > 1 and r.random() < 0.5:
                act = [r.choice(act)]
            contact = [self.phone_text(p, plang, self.site_cc(si), sel, app) for p in act] if r.random() < 0.8 else []
            if dcc != cc and r.random() < 0.25:
                if dcc not in tour_sim:
                    tour_sim[dcc] = self.phone(dcc)
                contact.append(self.phone_text(tour_sim[dcc], plang, self.site_cc(si), sel, APP[dcc][0]))
            if r.random() < 0.5 or not contact:
                h = ids[0] if id_switch is None or t < id_switch else ids[1]
                contact.append(self.handle_text(idkind, h, plang, sel))
            if kakao_open and r.random() < 0.3:
                sel.add("urls", kakao_open)
                contact.append(kakao_open)
            body.append(self.pick(plang, "cta") + " " + " / ".join(contact))
            imgs = self.photos_use(w["photos"], r.randint(1, 4), exact_p=0.4)
            if r.random() < 0.1:
                imgs.append(self.stock_img(["spa_room", "flowers", "beach"], sel))
            self.emit(net, "agy", si, t, plang, title, body, sel, imgs, pcity, cc, self.author(net, si, r.randint(1, 3)))

    def gen_rec(self, spec):
        r = self.r
        net = self.nid("rec")
        scheme = r.choice(sorted(TX.SCHEMES))
        sc = TX.SCHEMES[scheme]
        srcs = r.sample(sc["src"], r.randint(2, min(4, len(sc["src"]))))
        company = " ".join([r.choice(TX.COMPANY_A), r.choice(TX.COMPANY_B), r.choice(TX.COMPANY_C)])
        domain = re.sub(r"[^a-z]", "", company.lower())[:18] + r.choice(["", "-hr", "-jobs", "group"]) + ".example"
        while domain in self.used_urls:
            domain = domain[:-8] + str(r.randint(2, 99)) + ".example"
        self.used_urls.add(domain)
        channel = self.handle(stem=r.choice(["jobs", "hr", "work", "career", "vacancy"]))
        office = [self.hashbits() for _ in range(r.randint(2, 4))]
        agents = r.sample(self.visa, r.randint(1, 2))
        s, e = spec["win"]
        k = min(8, max(3, spec["size"] // 15 + r.randint(0, 2)))
        personas = []
        D = e - s
        for i in range(k):
            pcc = r.choice(srcs)
            plang = self.lang_for(pcc)
            a = s + int(D * i / k) - r.randint(0, D // (2 * k))
            b = s + int(D * (i + 1) / k) + r.randint(0, D // k)
            ph_cc = pcc if r.random() < 0.6 or sc["dest"] in ("PL",) else sc["dest"]
            pers = {"cc": pcc, "lang": plang, "name": self.staff(plang), "tg": self.handle(), "phone": self.phone(ph_cc),
                    "app": r.choice(["whatsapp", "line"]) if pcc in ("TH", "JP", "TW") else
                    ("zalo" if pcc == "VN" and ph_cc == "VN" else r.choice(["whatsapp", "whatsapp", "viber", "telegram"])),
                    "line": self.handle() if pcc in ("TH", "TW") and r.random() < 0.3 else None,
                    "email": self.email(r.choice(["hr", "job", "recruit", "career"]) + "." + r.choice(TX.LATIN_STEMS), domain)
                    if r.random() < 0.5 else None,
                    "a": max(s, a), "b": min(e + 1, b), "key": (net, i)}
            personas.append(pers)
        times = self.times(spec["size"], s, e)
        for t in times:
            act = [p for p in personas if p["a"] <= t < p["b"]] or personas
            p = r.choice(act)
            si = self.site_of[p["cc"]]
            plang = p["lang"]
            if scheme in ("cs_kh", "cs_mm") and p["cc"] in ("MY", "KH", "TW") and r.random() < 0.4:
                plang = "zhs"
            elif r.random() < 0.15:
                plang = "en"
            sel = Sel()
            job = r.choice(TX.get(plang, "jobs").get(scheme) or TX.T["en"]["jobs"][scheme])
            sal = self.salary(p["cc"], plang)
            title = self.pick(plang, "rec_title").format(job=job, salary=sal)
            body = [b.format(salary=sal, job=job) for b in r.sample(TX.get(plang, "rec_body"), r.randint(3, 5))]
            if r.random() < 0.35:
                body.append(self.pick(plang, "company").format(company=company))
            nocontact = r.random() < 0.2
            if nocontact:
                body.append(self.pick(plang, "nocontact"))
            else:
                if r.random() < 0.25:
                    u = "t.me/" + channel
                    sel.add("urls", u)
                    sel.add("handles", "telegram:" + channel)
                    body.append(self.pick(plang, "channel").format(url="https://" + u if r.random() < 0.6 else u))
                contact = []
                x = r.random()
                if x < 0.8:
                    contact.append(self.phone_text(p["phone"], plang, p["cc"], sel, p["app"]))
                if x >= 0.5:
                    contact.append(self.handle_text("telegram", p["tg"], plang, sel))
                if p["line"] and r.random() < 0.5:
                    contact.append(self.handle_text("line", p["line"], plang, sel))
                if r.random() < 0.3:
                    contact.append(self.email_text(p["email"] or ("hr@" + domain), plang, sel))
                body.append(p["name"] + " - " + self.pick(plang, "cta") + " " + " ".join(contact))
                if r.random() < 0.15:
                    body.append(self.visa_text(r.choice(agents), plang, p["cc"], sel))
            imgs = []
            if r.random() < 0.3:
                imgs += self.photos_use(office, r.randint(1, 2), exact_p=0.6, maxflip=4)
            if r.random() < 0.25:
                imgs.append(self.stock_img(["office", "airplane", "passport", "handshake", "money"], sel))
            ci = self.city(p["cc"])
            self.emit(net, "rec", si, t, plang, title, body, sel, imgs, self.cityname(p["cc"], ci), p["cc"],
                      self.author(p["key"], si))

    def pay_instrument(self, cc, holder):
        """-> (text, payment selector, phone or None)"""
        r = self.r
        x = r.random()
        if cc in TX.EWALLET and x < 0.5:
            w = r.choice(TX.EWALLET[cc])
            if w != "aba_pay":
                ph = self.phone(cc)
                label = {"promptpay": "PromptPay", "truemoney": "TrueMoney Wallet", "gcash": "GCash", "maya": "Maya",
                         "momo": "MoMo", "dana": "DANA", "ovo": "OVO", "tng": "Touch 'n Go"}[w]
                return label + " " + ph[1] + " (" + holder + ")", w + ":" + ph[0], ph
        if cc in ("UA", "RU") and x < 0.6 or cc in TX.IBAN_CC and x < 0.3:
            digits = r.choice("45") + "".join(str(r.randint(0, 9)) for _ in range(15))
            txt = " ".join(digits[i:i + 4] for i in range(0, 16, 4))
            return r.choice(TX.BANKS[cc]) + " " + txt + " " + holder, "card:" + digits, None
        if cc in TX.IBAN_CC and x < 0.8:
            iban = self.iban(cc)
            return "IBAN " + " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) + " (" + holder + ")", "iban:" + iban, None
        if x < 0.85:
            n = r.randint(10, 12)
            digits = "".join(str(r.randint(0, 9)) for _ in range(n))
            txt = digits if r.random() < 0.5 else digits[:3] + "-" + digits[3:4] + "-" + digits[4:9] + "-" + digits[9:]
            return r.choice(TX.BANKS.get(cc, ["Bank"])) + " " + txt + " " + holder, "bank:" + digits, None
        addr = "T" + "".join(r.choice(B58) for _ in range(33))
        return "USDT (TRC20) " + addr, "usdt:" + addr, None

    def iban(self, cc):
        r = self.r
        if cc == "RO":
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(r.randint(0, 9)) for _ in range(16))
        elif cc == "GE":
            bban = r.choice(["TB", "BG"]) + "".join(str(r.randint(0, 9)) for _ in range(16))
        elif cc == "MD":
            bban = "AG" + "".join(str(r.randint(0, 9)) for _ in range(18))
        elif cc == "UA":
            bban = "".join(str(r.randint(0, 9)) for _ in range(25))
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(24))
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(num) % 97
        return cc + "%02d" % check + bban

    def gen_dep(self, spec):
        r = self.r
        net = self.nid("dep")
        cc = spec["cc"]
        lang = self.lang_for(cc)
        si = self.site_of[cc]
        app = APP[cc][0]
        holder = self.name(lang if lang not in ("km", "ka") else "en") + r.choice(["", " " + r.choice(TX.LATIN_STEMS).upper()])
        ptxt, psel, pph = self.pay_instrument(cc, holder)
        stolen = []
        if self.victims and r.random() < 0.7:
            for v in r.sample(self.victims, min(len(self.victims), r.randint(1, 3))):
                stolen += v["photos"]
        s, e = spec["win"]
        times = self.times(spec["size"], s, e)
        ph = spec.get("recycled") or self.phone(cc)
        left = r.randint(2, 5)
        amount = self.money(cc)
        for t in times:
            if left == 0:
                ph = self.phone(cc)
                left = r.randint(2, 5)
            left -= 1
            sel = Sel()
            ci = self.city(cc)
            cname = self.cityname(cc, ci)
            title = self.pick(lang, "dep_title").format(city=cname)
            body = r.sample(TX.get(lang, "dep_body"), r.randint(1, 2))
            body.append(self.pick(lang, "dep_pay").format(amount=amount, pay=ptxt))
            sel.add("payments", psel)
            if pph:
                sel.add("phones", pph[0])
            body.append(self.pick(lang, "cta") + " " + self.phone_text(ph, lang, cc, sel, app))
            imgs = []
            if stolen and r.random() < 0.3 / 0.7:
                imgs = self.photos_use(stolen, r.randint(1, 3), exact_p=0.5)
            elif r.random() < 0.5:
                imgs = [self.stock_img(["flowers", "spa_room", "beach", "money"], sel)]
            self.emit(net, "dep", si, t, lang, title, body, sel, imgs, cname, cc, self.author(net, si, 3))

    def gen_cpy(self, spec):
        r = self.r
        net = self.nid("cpy")
        if not self.victims:
            return self.gen_ind(spec)
        v = r.choice(self.victims)
        cc = v["cc"] if r.random() < 0.6 else r.choice(GROUPS[GROUP_OF[v["cc"]]])
        si = self.site_of[cc]
        lang = v["lang"] if cc == v["cc"] else ("en" if r.random() < 0.5 else v["lang"])
        app, idkind = APP[cc]
        ph = self.phone(cc)
        mid = self.handle() if r.random() < 0.5 else None
        nm = v["name"] if r.random() < 0.7 else self.name(lang)
        ci = v["ci"] if cc == v["cc"] else self.city(cc)
        cname = self.cityname(cc, ci)
        dur = r.randint(10, 200) * DAY
        lo = min(max(v["start"], T0), T1 - dur - DAY)
        s = r.randint(lo, T1 - dur - 1)
        times = self.times(spec["size"], s, s + dur)
        asks_deposit = r.random() < 0.5
        if asks_deposit:
            ptxt, psel, pph = self.pay_instrument(cc, nm)
        for t in times:
            sel = Sel()
            title = self.pick(lang, "ind_title" if r.random() < 0.6 else "esc_title").format(name=nm, age=v["age"], city=cname)
            body = [b.replace(v["name"], nm) for b in v["bio"]]
            if len(body) > 2 and r.random() < 0.5:
                body.pop(r.randrange(len(body)))
            if asks_deposit and r.random() < 0.7:
                body.append(self.pick(lang, "dep_pay").format(amount=self.money(cc), pay=ptxt))
                sel.add("payments", psel)
                if pph:
                    sel.add("phones", pph[0])
            contact = [self.phone_text(ph, lang, cc, sel, app)]
            if mid and r.random() < 0.6:
                contact.append(self.handle_text(idkind, mid, lang, sel))
            body.append(self.pick(lang, "cta") + " " + " ".join(contact))
            imgs = self.photos_use(v["photos"], r.randint(1, len(v["photos"])), exact_p=0.6)
            self.emit(net, "cpy", si, t, lang, title, body, sel, imgs, cname, cc, self.author(net, si))
        self.copy_pairs.append((net, v["net"]))

    def gen_emp(self, spec):
        r = self.r
        net = self.nid("emp")
        cc = spec["cc"]
        lang = self.lang_for(cc)
        si = self.site_of[cc]
        ci = self.city(cc)
        company = r.choice(TX.BIZ) + " " + r.choice(TX.CITIES[cc][ci]).split(",")[0]
        dom = re.sub(r"[^a-z0-9]", "", company.lower())[:20]
        dom = dom + r.choice(["", "-" + cc.lower()]) + ".example"
        while dom in self.used_urls:
            dom = dom[:-8] + "-" + str(r.randint(2, 99)) + ".example"
        self.used_urls.add(dom)
        ph = self.phone(cc, "fixed" if r.random() < 0.6 else "mobile")
        mail = self.email(r.choice(["jobs", "hr", "info", "contact"]), dom if r.random() < 0.7 else None) if r.random() < 0.6 else None
        web = ("www." + dom) if r.random() < 0.4 else None
        role = self.pick(lang, "roles")
        s, e = spec["win"]
        for t in self.times(spec["size"], s, e):
            sel = Sel()
            title = self.pick(lang, "emp_title").format(role=role, company=company)
            sal = self.salary(cc, lang)
            body = [b.format(hours=r.choice([6, 8, 9, 10]), salary=sal) for b in r.sample(TX.get(lang, "emp_body"), r.randint(2, 3))]
            contact = [self.phone_text(ph, lang, cc, sel, "phone", force_intl=False if r.random() < 0.8 else None)]
            if mail:
                contact.append(self.email_text(mail, lang, sel))
            if web:
                sel.add("urls", web)
                contact.append(web)
            body.append(company + " - " + self.pick(lang, "cta") + " " + ", ".join(contact))
            if r.random() < 0.05:
                body.append(self.visa_text(r.choice(self.visa), lang, cc, sel))
            imgs = [self.stock_img(["office", "handshake"], sel)] if r.random() < 0.3 else []
            self.emit(net, "emp", si, t, lang, title, body, sel, imgs, self.cityname(cc, ci), cc, self.author(net, si))

    def gen_sel(self, spec):
        r = self.r
        net = self.nid("sel")
        cc = spec["cc"]
        lang = self.lang_for(cc)
        si = self.site_of[cc]
        ci = self.city(cc)
        app, idkind = APP[cc]
        ph = spec.get("recycled") or (self.phone(cc) if r.random() < 0.85 else None)
        mid = self.handle() if (ph is None or r.random() < 0.3) else None
        items = TX.get(lang, "items")
        item = r.choice(items)
        photos = [self.hashbits() for _ in range(r.randint(1, 3))]
        price = str(r.choice([15, 30, 45, 80, 120]) * 100) + " " + TX.CURRENCY.get(cc, "")
        cname = self.cityname(cc, ci)
        s, e = spec["win"]
        for t in self.times(spec["size"], s, e):
            sel = Sel()
            title = item[0].format(city=cname)
            body = [item[1].format(price=price)]
            if r.random() < 0.5:
                body.append(self.pick(lang, "sel_extra"))
            contact = []
            if ph:
                contact.append(self.phone_text(ph, lang, cc, sel, app))
            if mid:
                contact.append(self.handle_text(idkind, mid, lang, sel))
            body.append(self.pick(lang, "cta") + " " + " ".join(contact))
            imgs = self.photos_use(photos, len(photos), exact_p=0.8, maxflip=3)
            if r.random() < 0.25:
                imgs.append(self.stock_img(["phone", "motorbike"], sel))
            self.emit(net, "sel", si, t, lang, title, body, sel, imgs, cname, cc, self.author(net, si))

    # ------------------------------------------------------------ plan
    def size(self, cls):
        r = self.r
        if cls == "rec":
            return int(min(400, max(15, math.exp(r.gauss(math.log(60), 0.8)))))
        if cls == "agy":
            return int(min(500, max(15, math.exp(r.gauss(math.log(80), 0.8)))))
        if cls == "ind":
            return int(min(60, 1 + r.expovariate(1 / 6)))
        if cls == "cpy":
            return int(min(20, max(2, math.exp(r.gauss(math.log(5), 0.6)))))
        if cls == "dep":
            return int(min(60, max(6, math.exp(r.gauss(math.log(18), 0.6)))))
        return self.wchoice([(1, 35), (2, 25), (3, 15), (4, 10), (5, 8), (6, 7)])

    def plan(self):
        specs = []
        done = 0
        for j, (cls, share) in enumerate(SHARES):
            budget = self.n - done if j == len(SHARES) - 1 else round(self.n * share)
            done += budget
            while budget > 0:
                sz = min(self.size(cls), budget)
                budget -= sz
                specs.append({"cls": cls, "size": sz, "cc": self.country()})
        # recycled numbers: pairs (A in 2024H2, B in 2025-09..12) among ind/sel/dep with the same country
        want = max(1, self.n // 500)
        cand = [i for i, sp in enumerate(specs) if sp["cls"] in ("ind", "sel", "dep") and sp["size"] <= 40]
        self.r.shuffle(cand)
        self.recycled = []
        used = set()
        by_cc = {}
        for i in cand:
            by_cc.setdefault(specs[i]["cc"], []).append(i)
        for i in cand:
            if len(self.recycled) >= want:
                break
            if i in used:
                continue
            partners = [j for j in by_cc[specs[i]["cc"]] if j != i and j not in used]
            if not partners:
                continue
            j = partners[0]
            used.add(i)
            used.add(j)
            ph = self.phone(specs[i]["cc"])
            specs[i]["recycled"] = ph
            specs[j]["recycled"] = ph
            specs[i]["force"] = REC_A
            specs[j]["force"] = REC_B
            self.recycled.append(ph[0])
        for sp in specs:
            sp["win"] = self.window(sp["size"], sp["cls"], sp.get("force"))
        return specs

    def run(self):
        self.copy_pairs = []
        specs = self.plan()
        fn = {"rec": self.gen_rec, "agy": self.gen_agy, "ind": self.gen_ind, "cpy": self.gen_cpy,
              "dep": self.gen_dep, "emp": self.gen_emp, "sel": self.gen_sel}
        for sp in specs:
            fn[sp["cls"]](sp)
        assert len(self.posts) == self.n, (len(self.posts), self.n)
        self.finish()

    # ------------------------------------------------------------ finishing
    def finish(self):
        r = self.r
        for p in self.posts:
            site = self.sites[p["si"]]
            sel = p["sel"]
            lang = p["lang"]
            scc = site["cc"]
            hot = 0.12 if p["cls"] == "rec" else 0.07
            if r.random() < hot:
                ngo = self.ngo_of[scc]
                code = ngo["codes"].get(scc) or next(iter(ngo["codes"].values()))
                wa = self.fmt_number(ngo["wa"], lang, scc, force_intl=True)
                sel.add("phones", ngo["wa"][0], hub=True)
                sel.hubtag("shortcode:%s:%s" % (scc, code))
                p["parts"].append(self.pick(lang, "hotline").format(code=code, wa=wa))
            if scc in self.footers and r.random() < 0.98:
                flang = site["langs"][0] if r.random() < 0.8 else "en"
                bits = []
                for kind, val in self.footers[scc]:
                    if kind == "email":
                        bits.append(self.email_text(val, flang, sel, hub=True))
                    elif kind == "url":
                        sel.add("urls", val, hub=True)
                        if val.startswith("t.me/"):
                            sel.add("handles", "telegram:" + val[5:], hub=True)
                        bits.append("https://" + val)
                    elif kind in ("line", "telegram"):
                        bits.append(self.handle_text(kind, val, flang, sel, hub=True))
                    else:
                        bits.append(self.phone_text(val, flang, scc, sel, kind, hub=True, plain=True))
                p["parts"].append("— " + self.pick(flang, "footer").format(contacts=" · ".join(bits)))
        order = list(range(len(self.posts)))
        r.shuffle(order)
        order.sort(key=lambda i: self.posts[i]["t"])
        self.order = order

    def write(self, out, truth, selectors=None):
        r = self.r
        fo = open(out, "w", encoding="utf-8")
        ft = open(truth, "w", encoding="utf-8")
        fs = open(selectors, "w", encoding="utf-8") if selectors else None
        for k, i in enumerate(self.order):
            p = self.posts[i]
            site = self.sites[p["si"]]
            pid = "L5-%06d" % (k + 1)
            while True:
                u = "https://%s/%s/%d" % (site["domain"], r.choice(TX.SECTIONS[p["cls"]]), r.randint(100000, 99999999))
                if u not in self.used_urls:
                    self.used_urls.add(u)
                    break
            if site["html"]:
                body = "".join("<p>" + x.replace("&", "&amp;").replace("\n", "<br>") + "</p>" for x in p["parts"])
            else:
                body = "\n".join(p["parts"])
            rec = {"id": pid, "title": p["title"], "body": body, "url": u, "site": site["domain"],
                   "posted_at": self.stamp(p["t"], site), "location": p["ci"]}
            if r.random() < 0.4:
                rec["region"] = p["cc"] if r.random() < 0.75 else p["home"]
            if p["img"]:
                rec["image_hashes"] = p["img"]
            if p["author"]:
                rec["author"] = p["author"]
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
            ft.write(json.dumps({"id": pid, "network": p["net"]}) + "\n")
            if fs:
                fs.write(json.dumps(p["sel"].as_dict(pid), ensure_ascii=False) + "\n")
        fo.close()
        ft.close()
        if fs:
            fs.close()

    @staticmethod
    def stamp(t, site):
        tz = site["tz"]
        if tz is None:
            return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
        if site["cc"] == "UA":
            tz = "+03:00" if 4 <= d.month <= 10 else "+02:00"
        h, m = int(tz[1:3]), int(tz[4:6])
        off = dt.timedelta(hours=h, minutes=m) * (1 if tz[0] == "+" else -1)
        return (d + off).strftime("%Y-%m-%dT%H:%M:%S") + tz


def main(argv=None):
    ap = argparse.ArgumentParser(description="linking5 corpus generator")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    a = ap.parse_args(argv)
    if not 300 <= a.posts <= 200000:
        ap.error("--posts must be between 300 and 200000")
    note = heldout_notice(a.seed)
    if note:
        print(note, file=sys.stderr)
    g = Gen(a.seed, a.posts)
    g.run()
    g.write(a.out, a.truth, a.selectors)
    if g.pool_wrapped:
        print(f"linking5: warning: number pool wrapped {g.pool_wrapped} times (numbers reused across actors)", file=sys.stderr)


if __name__ == "__main__":
    main()
