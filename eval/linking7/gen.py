#!/usr/bin/env python3
"""linking7 generator: synthetic North American escort-circuit / massage-board corpus.

    gen.py --seed N --posts M --out posts.jsonl --truth truth.jsonl --selectors sidecar.jsonl

Follows SPEC.md. Standard library only; deterministic for a given (seed, posts) whatever
PYTHONHASHSEED is (one seeded random.Random, sorted/insertion-ordered iteration only)."""
import argparse
import datetime as _dt
import json
import math
import os
import re
import sys
import time
import unicodedata

import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks as B  # noqa: E402
from metros import METROS, CIRCUITS  # noqa: E402

DAY = 86400
T0 = 1735689600  # 2025-01-01T00:00:00Z
NDAYS = 365
T_END = T0 + NDAYS * DAY

CLASS_SHARES = [("circ", 0.25), ("agy", 0.10), ("spa", 0.15), ("ind", 0.25), ("cpy", 0.10), ("rev", 0.05),
                ("sel", 0.10)]

HOTLINES = {"H1": ("+12025550100", "Freedom Line"), "H2": ("+12125550100", "North Star Helpline"),
            "H3": ("+14165550100", "SafeHarbour Canada"), "H4": ("+15145550100", "Ligne Liberté")}

# board: tz standard offset (None = UTC), accounts, title probability, footer format, hotlines (id, form)
BOARDS = {
    "nightlist.example": dict(tz=-8, accounts=True, title=1.0,
                              footer="Support: {email} | Help: {help} | Report trafficking: Freedom Line {h0}",
                              hot=[("H1", "one_dash")]),
    "velvetboard.example": dict(tz=-5, accounts=False, title=0.5,
                                footer="If you see something, report it: Freedom Line {h0}. Questions? {email} / {help}",
                                hot=[("H1", "paren")]),
    "citypulse.example": dict(tz=-7, accounts=False, title=1.0,
                              footer="Report exploitation: North Star Helpline {h0} · Support {email} · {help}",
                              hot=[("H2", "dash")]),
    "spa-finder.example": dict(tz=-6, accounts=False, title=1.0,
                               footer="Report trafficking: North Star Helpline {h0} | {email} | {help}",
                               hot=[("H2", "dot")]),
    "maplenights.example": dict(tz=-5, accounts=False, title=1.0,
                                footer="Support {email} · {help} · Report trafficking: SafeHarbour Canada {h0} / Ligne Liberté {h1}",
                                hot=[("H3", "one_dash"), ("H4", "one_dash")]),
    "nuitsduquebec.example": dict(tz=-5, accounts=False, title=1.0,
                                  footer="Soutien : {email} · {help} · Signaler la traite : Ligne Liberté {h0}",
                                  hot=[("H4", "paren")]),
    "reviewden.example": dict(tz=-6, accounts=True, title=1.0,
                              footer="Forum rules: {help} · Contact mods: {email} · Trafficking tip lines: Freedom Line {h0}, SafeHarbour Canada {h1}",
                              hot=[("H1", "dash"), ("H3", "dash")]),
    "pennyads.example": dict(tz=-5, accounts=False, title=1.0,
                             footer="Help: {help} · {email} · Report human trafficking: North Star Helpline {h0} or SafeHarbour Canada {h1}",
                             hot=[("H2", "paren"), ("H3", "paren")]),
    "linkpage.example": dict(tz=None, accounts=True, title=1.0, footer=None, hot=[]),
    "tapbio.example": dict(tz=None, accounts=True, title=1.0, footer=None, hot=[]),
}
PAGE_BOARDS = ("linkpage.example", "tapbio.example")
AD_US = [("nightlist.example", 40), ("velvetboard.example", 33), ("citypulse.example", 27)]

METRO_TZ = {}
for _k in ["nyc", "phl", "jax", "col", "clt", "ind", "dc", "bos", "det", "lou", "bal", "atl", "mia", "orl", "tpa", "tor",
           "mtl", "ott", "qc"]:
    METRO_TZ[_k] = -5
for _k in ["chi", "hou", "sat", "dal", "aus", "ftw", "nash", "okc", "mem", "mil", "kc", "msp", "nola", "wpg"]:
    METRO_TZ[_k] = -6
for _k in ["phx", "den", "abq", "tuc", "cal", "edm"]:
    METRO_TZ[_k] = -7
for _k in ["la", "sd", "sj", "sf", "sea", "pdx", "lv", "sac", "van"]:
    METRO_TZ[_k] = -8

PHONE_FORMS = [("paren", 15), ("dash", 15), ("dot", 8), ("plain", 8), ("intl", 5), ("one_dash", 4), ("spaced", 4),
               ("letters", 6), ("words", 4), ("homoglyph", 5), ("keycap", 3), ("mixed", 6), ("split", 4),
               ("cue_groups", 4), ("shared_npa", 2), ("local7", 3), ("fullwidth", 1)]

STOCK = [("massage", 25), ("badge", 6), ("glam", 9)]
SCREENING = ["screening@safedate.example", "verify@clientcheck.example"]
SLOT_RE = re.compile(r"\{(\w+)\}")
DST_START = T0 + 67 * DAY  # 2025-03-09
DST_END = T0 + 305 * DAY  # 2025-11-02


def fmt_time(ts, tz):
    if tz is None:
        off = 0
    else:
        off = tz
        if DST_START + (2 - tz) * 3600 <= ts < DST_END + (1 - tz) * 3600:
            off = tz + 1
    d = _dt.datetime.fromtimestamp(ts + off * 3600, _dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ("%+03d:00" % off)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Line:
    """A phone epoch: one number held by one owner (an actor) for a while."""
    __slots__ = ("e164", "owner", "metro", "uses", "recycled", "hub", "lid")

    def __init__(self, lid, e164, owner, metro, hub=False):
        self.lid, self.e164, self.owner, self.metro, self.hub = lid, e164, owner, metro, hub
        self.uses, self.recycled = [], False


class Sel:
    __slots__ = ("kind", "platform", "value", "disp", "owner", "line", "extra")

    def __init__(self, kind, value, owner, platform=None, disp=None, line=None, extra=None):
        self.kind, self.value, self.owner, self.platform = kind, value, owner, platform
        self.disp, self.line, self.extra = disp if disp is not None else value, line, extra


class Photo:
    __slots__ = ("pid", "base", "owner", "kind")

    def __init__(self, pid, base, owner, kind):
        self.pid, self.base, self.owner, self.kind = pid, base, owner, kind


class Actor:
    def __init__(self, aid, cls):
        self.id, self.cls = aid, cls
        self.posts = []


class Post:
    __slots__ = ("key", "cls", "actor", "persona", "board", "metro", "ts", "lang", "kind", "sels", "photos",
                 "tpl", "fill", "author", "title_phone", "extra", "title_pieces", "body_pieces", "src", "no_contact")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))
        if self.sels is None:
            self.sels = []
        if self.photos is None:
            self.photos = []
        if self.extra is None:
            self.extra = {}


class Gen:
    def __init__(self, seed, nposts):
        self.r = random.Random(seed)
        self.M = nposts
        self.metros = METROS
        self.mk = {m["key"]: m for m in METROS}
        self.circ_metros = {c: [m for m in METROS if c in m["circuits"]] for c in CIRCUITS}
        self.npa_metro = {}
        for m in METROS:
            for n in m["npas"]:
                self.npa_metro[n] = m["key"]
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)["numbers"]
        reserved = [v[0] for k, v in sorted(HOTLINES.items())]
        self.free = {m["key"]: [] for m in METROS}
        for rec in pool:
            if rec["e164"] not in reserved:
                self.free[rec["metro"]].append(rec["e164"])
        for k in self.free:
            self.free[k].sort()
            self.r.shuffle(self.free[k])
        self.lines = []
        self.hot = {}
        for hid in sorted(HOTLINES):
            e, name = HOTLINES[hid]
            ln = Line(len(self.lines), e, None, self.npa_metro[e[2:5]], hub=True)
            self.lines.append(ln)
            self.hot[hid] = ln
        self.photos = []
        self.stock = {}
        for kind, n in STOCK:
            self.stock[kind] = [self.new_photo(None, "stock-" + kind) for _ in range(n)]
        self.count = {c: 0 for c, _ in CLASS_SHARES}
        self.used = {}  # namespace:value -> owner (uniqueness of invented identifiers)
        self.posts = []
        self.actors = []
        self.pkey = 0
        self.board_hub = {}
        for b in sorted(BOARDS):
            if BOARDS[b]["footer"]:
                self.board_hub[b] = (Sel("email", "support@" + b, None), Sel("url", b + "/help", None,
                                                                              disp="https://%s/help" % b))
        self.book_domain = Sel("domain", "book.example", None)
        self.screen = [Sel("email", e, None) for e in SCREENING]

    # ------------------------------------------------------------------ basic helpers
    def wchoice(self, items):
        tot = sum(w for _, w in items)
        x = self.r.random() * tot
        for it, w in items:
            x -= w
            if x < 0:
                return it
        return items[-1][0]

    def lognorm(self, median, sigma, lo, hi):
        v = int(round(math.exp(math.log(median) + sigma * self.r.gauss(0, 1))))
        return max(lo, min(hi, v))

    def pick_metro(self, circuit=None, country=None, exclude=None):
        ms = self.metros
        if circuit:
            ms = self.circ_metros[circuit]
        if country:
            ms = [m for m in ms if m["country"] == country] or self.metros
        if exclude:
            ms2 = [m for m in ms if m["key"] != exclude]
            ms = ms2 or ms
        return self.wchoice([(m["key"], m["weight"]) for m in ms])

    def pick_circuit(self):
        return self.wchoice([(c, sum(m["weight"] for m in self.circ_metros[c])) for c in CIRCUITS])

    def new_actor(self, cls):
        self.count[cls] += 1
        a = Actor("%s-%04d" % (cls, self.count[cls]), cls)
        self.actors.append(a)
        return a

    def new_photo(self, owner, kind):
        p = Photo("ph-%06d" % (len(self.photos) + 1), self.r.getrandbits(256), owner, kind)
        self.photos.append(p)
        return p

    def appear(self, photo, reencode=False):
        if reencode or self.r.random() < 0.10:
            k = self.r.randint(9, 12)
        else:
            k = self.r.randint(0, 8)
        mask = 0
        for i in self.r.sample(range(256), k):
            mask |= 1 << i
        return "%064x" % (photo.base ^ mask)

    def alloc_line(self, owner, metro):
        m = self.mk[metro]
        order = [metro]
        same = sorted(k for k in self.free if self.mk[k]["country"] == m["country"] and k != metro)
        other = sorted(k for k in self.free if self.mk[k]["country"] != m["country"])
        self.r.shuffle(same)
        self.r.shuffle(other)
        for k in order + same + other:
            if self.free[k]:
                e = self.free[k].pop()
                ln = Line(len(self.lines), e, owner, k)
                self.lines.append(ln)
                return ln
        raise SystemExit("number pool exhausted: use fewer posts")

    def alloc_line_same_npa(self, owner, other):
        npa = other.e164[2:5]
        lst = self.free[other.metro]
        for i in range(len(lst) - 1, -1, -1):
            if lst[i][2:5] == npa:
                e = lst.pop(i)
                ln = Line(len(self.lines), e, owner, other.metro)
                self.lines.append(ln)
                return ln
        return self.alloc_line(owner, other.metro)

    def unique(self, ns, make, owner):
        for i in range(200):
            v = make(i)
            key = ns + ":" + v.lower()
            if key not in self.used:
                self.used[key] = owner
                return v
        raise RuntimeError("could not make a unique " + ns)

    def pick_lang(self, metro, cls):
        r = self.r.random()
        if metro in ("mtl", "qc"):
            return "fr" if r < 0.7 else "en"
        if metro == "ott":
            return "fr" if r < 0.4 else "en"
        if self.mk[metro]["country"] == "US":
            p_es = {"circ": 0.18, "ind": 0.06, "sel": 0.08, "spa": 0.0, "agy": 0.0}.get(cls, 0.0)
            if metro in ("hou", "sat", "mia", "la", "dal", "aus", "phx", "sd", "nyc", "ftw", "orl", "tuc", "abq", "lv"):
                p_es *= 1.6
            return "es" if r < p_es else "en"
        return "en"

    def stage_name(self, lang, avoid=()):
        pool = B.NAMES.get(lang, B.NAMES["en"])
        for _ in range(20):
            n = self.r.choice(pool)
            if n not in avoid:
                return n
        return self.r.choice(pool)

    def make_handle(self, name, owner, platform):
        base = strip_accents(name).lower().replace(" ", "").replace("-", "").replace("'", "")
        r = self.r

        def mk(i):
            style = r.randint(0, 5)
            if style == 0:
                h = base + r.choice(B.HANDLE_SUFFIXES) + str(r.randint(1, 99))
            elif style == 1:
                h = r.choice(B.HANDLE_PREFIXES) + base + r.choice(["", str(r.randint(1, 999))])
            elif style == 2:
                h = base + "_" + r.choice(B.HANDLE_SUFFIXES)
            elif style == 3:
                h = "xo_" + base + "_" + r.choice(B.HANDLE_SUFFIXES)
            elif style == 4:
                h = base + str(r.randint(1990, 2006))
            else:
                h = r.choice(B.HANDLE_PREFIXES) + "_" + base + str(r.randint(1, 99))
            return h
        h = self.unique("handle", mk, owner)
        disp = h
        if r.random() < 0.3:
            disp = "".join(c.upper() if (i == 0 or h[i - 1] in "_0123456789") else c for i, c in enumerate(h))
        return Sel("handle", h, owner, platform=platform, disp=disp)

    def make_payment(self, name, owner):
        r = self.r
        plat = self.wchoice([("cashapp", 60), ("venmo", 30), ("zelle", 10)])
        base = strip_accents(name).replace(" ", "").replace("-", "").replace("'", "")
        if plat == "zelle":
            em = self.make_email(name, owner)
            return Sel("payment", em.value, owner, platform="zelle", disp=em.value)

        def mk(i):
            return base + r.choice(["Baby", "Luv", "Pay", "Vip", "Bae", "Xo", "Money", ""]) + str(r.randint(1, 999))
        v = self.unique("pay-" + plat, mk, owner)
        if plat == "cashapp":
            return Sel("payment", "$" + v.lower(), owner, platform="cashapp", disp="$" + v)
        v2 = v if r.random() < 0.5 else v.lower()
        if r.random() < 0.4:
            v2 = v2[:len(base)] + "-" + v2[len(base):]
            self.used["pay-venmo:" + v2.lower()] = owner
        return Sel("payment", v2.lower(), owner, platform="venmo", disp=v2)

    def make_email(self, name, owner):
        r = self.r
        base = strip_accents(name).lower().replace(" ", "").replace("-", "").replace("'", "")

        def mk(i):
            return base + r.choice(["", ".", "_"]) + r.choice(["xo", "vip", "bookings", "luv", "private", "real", "ny", "tx"]) + str(r.randint(1, 99))
        v = self.unique("email", mk, owner)
        return Sel("email", v + "@mail.example", owner)

    def make_site(self, words, owner):
        r = self.r

        def mk(i):
            w = words if i == 0 else words + r.choice(["-vip", "-elite", "-companions", "-club", str(r.randint(2, 99))])
            return w
        v = self.unique("site", mk, owner)
        return Sel("domain", v + ".example", owner)

    def make_book(self, name, owner):
        r = self.r
        base = strip_accents(name).lower().replace(" ", "-").replace("'", "")

        def mk(i):
            return base + "-" + r.choice(["bookings", "h", "vip", "schedule", "x", "appt"]) + (str(r.randint(2, 99)) if i else "")
        v = self.unique("book", mk, owner)
        return Sel("url", "book.example/" + v, owner)

    def make_account(self, name, owner, board="nightlist.example"):
        r = self.r
        base = strip_accents(name).lower().replace(" ", "_").replace("'", "")

        def mk(i):
            return r.choice([base + str(r.randint(10, 9999)), base + "_" + r.choice(["xo", "new", "vip", "ad", "tx", "la"]) + str(r.randint(1, 99)),
                             "user" + str(r.randint(10000, 999999))])
        v = self.unique("acct-" + board, mk, owner)
        return Sel("account", board + ":" + v, owner, disp=v)

    def make_address(self, metro, owner):
        r = self.r

        def mk(i):
            return "%d %s %s" % (r.randint(100, 9899), r.choice(B.STREET_A), r.choice(B.STREET_B))
        street = self.unique("addr-" + metro, mk, owner)
        m = self.mk[metro]
        return Sel("address", "%s, %s" % (street, m["name"]), owner, disp=street,
                   extra={"city": m["name"], "st": m["st"], "suite": "Ste %d" % (r.randint(1, 30) * 10)})

    def day_ts(self, day, metro):
        r = self.r
        day = max(0, min(NDAYS - 1, int(day)))
        hour = self.wchoice([(h, w) for h, w in enumerate([3, 2, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8, 9, 10, 10, 9, 7, 5])])
        loc = day * DAY + hour * 3600 + r.randint(0, 3599)
        ts = T0 + loc - METRO_TZ[metro] * 3600
        return max(T0, min(T_END - 1, ts))

    def pick_board(self, cls, metro):
        m = self.mk[metro]
        us = m["country"] == "US"
        if cls in ("circ", "ind", "agy", "cpy"):
            if us:
                return self.wchoice(AD_US)
            if metro in ("mtl", "qc"):
                return self.wchoice([("nuitsduquebec.example", 65), ("maplenights.example", 35)])
            if metro in ("tor", "ott"):
                return self.wchoice([("maplenights.example", 65), ("nuitsduquebec.example", 35)])
            return "maplenights.example"
        if cls == "spa":
            return self.wchoice([("spa-finder.example", 70), ("citypulse.example" if us else "maplenights.example", 20),
                                 ("pennyads.example", 10)])
        if cls == "sel":
            return self.wchoice([("pennyads.example", 75), ("citypulse.example", 25)]) if us else "pennyads.example"
        return "reviewden.example"

    def new_post(self, actor, **kw):
        self.pkey += 1
        p = Post(key=self.pkey, cls=actor.cls, actor=actor.id, **kw)
        actor.posts.append(p)
        return p

    def add_stock(self, p, kind, prob):
        if self.r.random() < prob:
            p.photos.append((self.r.choice(self.stock[kind]), "stock", False))

    def add_own_photos(self, p, photos, lo, hi):
        if photos:
            k = self.r.randint(lo, min(hi, len(photos)))
            for ph in self.r.sample(photos, k):
                p.photos.append((ph, "own", False))

    # ------------------------------------------------------------------ templates
    def escort_template(self, tid, lang, kind, agency=False):
        r = self.r
        L = lang if lang in ("en", "es", "fr") else "en"
        lines = []
        if agency:
            lines.append(r.choice(B.AGY_OPENERS))
        elif kind == "ind":
            lines.append(r.choice(B.IND_OPENERS[L]))
        else:
            lines.append(r.choice(B.OPENERS[L]))
        lines.append("@@INTRO@@")
        descr = r.sample(B.DESCR[L], r.randint(2, 3))
        lines += descr
        if kind == "ind":
            lines += r.sample(B.IND_LINES[L], r.randint(1, 2))
        if agency:
            lines += r.sample(B.AGY_LINES, r.randint(2, 3))
        lines.append("@@PHRASES@@")
        lines.append(r.choice(B.RATES_LINES[L]))
        pos = r.randint(len(lines) - 2, len(lines))
        lines.insert(pos, "@@CONTACT@@")
        if r.random() < 0.8:
            lines.append(r.choice(B.CLOSINGS[L]))
        return {"id": tid, "lang": L, "lines": lines, "title": r.choice(B.TITLES[L]),
                "intro": r.choice(B.INTROS[L]), "duo": r.choice(B.DUO_INTROS[L]), "descr_bank": B.DESCR[L]}

    def mutate(self, tpl, emo):
        r = self.r
        op = r.randint(0, 4)
        keys = [i for i, l in enumerate(tpl["lines"]) if not l.startswith("@@")]
        if not keys:
            return
        i = r.choice(keys)
        line = tpl["lines"][i]
        words = line.split(" ")
        plain = [j for j, w in enumerate(words) if w.isalpha() and "{" not in w]
        if op == 0 and plain:  # synonym swap
            cands = [j for j in plain if words[j].lower() in B.SYNONYMS]
            if cands:
                j = r.choice(cands)
                w = words[j]
                s = B.SYNONYMS[w.lower()]
                words[j] = s.capitalize() if w[0].isupper() else s
                tpl["lines"][i] = " ".join(words)
                return
            op = 2
        if op == 1:  # emoji added
            tpl["lines"][i] = line + " " + r.choice(emo)
            return
        if op == 2 and plain:  # typo
            j = r.choice(plain)
            w = words[j]
            if len(w) >= 4:
                k = r.randint(1, len(w) - 2)
                t = r.randint(0, 2)
                if t == 0:
                    w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                elif t == 1:
                    w = w[:k] + w[k + 1:]
                else:
                    w = w[:k] + w[k] + w[k:]
                words[j] = w
                tpl["lines"][i] = " ".join(words)
            return
        if op == 3:  # emoji removed
            for e in emo + [x for s in B.EMOJI_SETS for x in s]:
                if e in line:
                    tpl["lines"][i] = line.replace(" " + e, "", 1).replace(e, "", 1).strip() or line
                    return
            return
        # line dropped or re-added
        if len(keys) > 5 and r.random() < 0.5:
            del tpl["lines"][i]
        else:
            tpl["lines"].insert(i, r.choice(tpl["descr_bank"]))

    # ------------------------------------------------------------------ contact selection helper
    def contact_common(self, p, no_contact_p):
        p.no_contact = self.r.random() < no_contact_p
        return not p.no_contact

    # ------------------------------------------------------------------ class planners
    def plan_circ(self, budget):
        r = self.r
        out = []
        while len(out) < budget:
            a = self.new_actor("circ")
            target = min(self.lognorm(36, 0.6, 8, 220), budget - len(out))
            circuit = self.pick_circuit()
            home = self.pick_metro(circuit)
            lang = self.pick_lang(home, "circ")
            if circuit == "CE" and lang == "en" and r.random() < 0.3:
                lang = "fr"
            a.lang = lang
            emo = list(r.choice(B.EMOJI_SETS))
            a.emo = emo
            a.rate = {"qv": r.choice([100, 120, 140, 150, 160]), "hh": r.choice([160, 180, 200, 220, 250]),
                      "h": r.choice([250, 280, 300, 350, 400]), "style": r.choice(B.RATE_STYLES)}
            a.tpls = [self.escort_template("%s/t%d" % (a.id, i + 1), lang, "circ") for i in range(r.randint(1, 3))]
            a.sep = r.choice(["\n", " | ", " • ", "  "])
            npers = self.wchoice([(2, 25), (3, 30), (4, 25), (5, 12), (6, 8)])
            personas = []
            names = []
            for i in range(npers):
                nm = self.stage_name(lang if r.random() < 0.8 else "en", names)
                names.append(nm)
                ps = {"id": "%s/p%d" % (a.id, i + 1), "name": nm, "age": r.randint(19, 29),
                      "photos": [self.new_photo(a.id, "persona") for _ in range(r.randint(3, 8))],
                      "handle": self.make_handle(nm, a.id, r.choice(["snapchat", "instagram"])) if r.random() < 0.3 else None,
                      "line": None, "left": 0}
                personas.append(ps)
            opsel = []
            if r.random() < 0.35:
                opsel.append(["booking", None, r.uniform(0.3, 0.6)])
            if r.random() < 0.6:
                opsel.append(["pay", self.make_payment(r.choice(names), a.id), r.uniform(0.3, 0.6)])
            if r.random() < 0.7:
                plat = self.wchoice([("telegram", 30), ("snapchat", 20), ("instagram", 20), ("onlyfans", 15), ("generic", 15)])
                opsel.append(["social", self.make_handle(r.choice(names), a.id, plat), r.uniform(0.3, 0.6)])
            if r.random() < 0.15:
                opsel.append(["site", self.make_site(strip_accents(r.choice(names)).lower() + r.choice(["-vip", "-girls", "-models", "-escorts"]), a.id),
                              r.uniform(0.3, 0.6)])
            if r.random() < 0.15:
                opsel.append(["book", self.make_book(r.choice(names), a.id), r.uniform(0.3, 0.6)])
            day = r.randint(0, 300)
            prev = None
            mine = []
            stay_no = 0
            accounts = {}
            while len(mine) < target and day < NDAYS:
                metro = home if prev is None else (
                    self.pick_metro(circuit, exclude=prev) if r.random() < 0.9 else self.pick_metro(exclude=prev))
                prev = metro
                stay_no += 1
                stay = r.randint(3, 10)
                att = [ps for ps in personas if r.random() < 0.8] or [r.choice(personas)]
                for ps in att:
                    if ps["line"] is None or ps["left"] <= 0:
                        ps["line"] = self.alloc_line(a.id, metro)
                        ps["left"] = r.randint(1, 3)
                    ps["left"] -= 1
                for o in opsel:
                    if o[0] == "booking" and o[1] is None:
                        o[1] = Sel("phone", None, a.id, line=self.alloc_line(a.id, metro))
                boards = {}
                for ps in att:
                    b1 = self.pick_board("circ", metro)
                    bl = [b1]
                    if r.random() < 0.4:
                        b2 = self.pick_board("circ", metro)
                        if b2 != b1:
                            bl.append(b2)
                    boards[ps["id"]] = bl
                leave = _dt.date(2025, 1, 1) + _dt.timedelta(days=min(NDAYS - 1, day + stay - 1))
                for d in range(stay):
                    if day + d >= NDAYS:
                        break
                    for ps in att:
                        if r.random() < 0.4:
                            mine.append(self.circ_post(a, [ps], metro, day + d, r.choice(boards[ps["id"]]), opsel, stay_no,
                                                       accounts, leave))
                if len(att) >= 2 and r.random() < 0.15:
                    duo = r.sample(att, 2)
                    d = r.randint(0, stay - 1)
                    if day + d < NDAYS:
                        mine.append(self.circ_post(a, duo, metro, day + d, r.choice(boards[duo[0]["id"]]), opsel, stay_no,
                                                   accounts, leave))
                day += stay + r.randint(0, 4)
            mine.sort(key=lambda p: (p.ts, p.key))
            a.posts = mine[:target]
            out += a.posts
        return out

    def circ_post(self, a, pers, metro, day, board, opsel, stay_no, accounts, leave):
        r = self.r
        ps = pers[0]
        p = self.new_post(a, persona=ps["id"], board=board, metro=metro, ts=self.day_ts(day, metro), lang=a.lang,
                          kind="duo" if len(pers) > 1 else "ad")
        p.extra["personas"] = pers
        p.extra["leave"] = "%d/%d" % (leave.month, leave.day)
        if self.contact_common(p, 0.34):
            for q in pers:
                if r.random() < (0.7 if len(pers) == 1 else 0.55):
                    p.sels.append(Sel("phone", None, a.id, line=q["line"]))
                if q["handle"] is not None and r.random() < 0.35:
                    p.sels.append(q["handle"])
            for kind, s, frac in opsel:
                if s is not None and r.random() < frac:
                    p.sels.append(s)
                    if kind == "book":
                        p.sels.append(self.book_domain)
        own_p = 0.85 if not p.no_contact else 0.55
        for q in pers:
            if r.random() < own_p:
                self.add_own_photos(p, q["photos"], 1, 4)
        self.add_stock(p, "badge", 0.1)
        self.add_stock(p, "glam", 0.1)
        if board == "nightlist.example":
            k = (ps["id"], stay_no)
            if k not in accounts:
                accounts[k] = self.make_account(ps["name"], a.id)
            p.author = accounts[k]
        p.tpl = r.choice(a.tpls)
        if r.random() < 0.12:
            self.mutate(p.tpl, a.emo)
        p.tpl = {"id": p.tpl["id"], "lines": list(p.tpl["lines"]), "title": p.tpl["title"], "intro": p.tpl["intro"],
                 "duo": p.tpl["duo"], "lang": p.tpl["lang"]}
        if r.random() < 0.05:
            for k in ("qv", "hh", "h"):
                a.rate[k] += r.choice([-20, 20])
        p.fill = {"name": ps["name"], "name2": pers[1]["name"] if len(pers) > 1 else "", "age": str(ps["age"] + (1 if r.random() < 0.1 else 0)),
                  "rate": a.rate["style"].format(**a.rate)}
        p.title_phone = r.random() < 0.08
        return p

    def plan_agy(self, budget):
        r = self.r
        out = []
        while len(out) < budget:
            a = self.new_actor("agy")
            target = min(self.lognorm(45, 0.6, 10, 300), budget - len(out))
            circuit = self.pick_circuit()
            home = self.pick_metro(circuit)
            extra = [self.pick_metro(circuit, exclude=home) for _ in range(r.randint(0, 2))]
            a.lang = self.pick_lang(home, "agy")
            if a.lang == "es":
                a.lang = "en"
            a.emo = list(r.choice(B.EMOJI_SETS))
            word = r.choice(["Luxe", "Velvet Rose", "Diamond", "Elite", "Royal", "Silk", "Platinum", "Scarlet", "Ivory",
                             "Golden Hour", "Midnight", "Opal", "Amour", "Crimson", "Sapphire", "Belle"])
            suffix = r.choice(["Companions", "Agency", "Models", "Escorts", "Entertainment", "VIP", "Society"])
            aname = word + " " + suffix
            a.name = aname
            a.site = self.make_site((word + suffix).lower().replace(" ", "") + "-" + self.mk[home]["key"], a.id)
            ln1 = self.alloc_line(a.id, home)
            a.booking = [ln1]
            if r.random() < 0.45:
                a.booking.append(self.alloc_line_same_npa(a.id, ln1))
            a.email = None
            if r.random() < 0.4:
                a.email = Sel("email", "bookings." + a.site.value.replace(".example", "") + "@mail.example", a.id)
            a.screen = r.choice(self.screen) if r.random() < 0.3 else None
            a.acct = self.make_account(word + suffix, a.id)
            a.rate = {"qv": 200, "hh": r.choice([250, 300]), "h": r.choice([400, 450, 500]), "style": r.choice(B.RATE_STYLES)}
            a.tpl = self.escort_template(a.id + "/t1", a.lang, "agy", agency=True)
            a.footer = r.choice(B.AGY_FOOTERS)
            a.year = str(r.randint(2009, 2021))
            a.sep = r.choice(["\n", " | "])
            personas = []
            for i in range(r.randint(5, 20)):
                nm = self.stage_name(a.lang, [q["name"] for q in personas])
                personas.append({"id": "%s/p%d" % (a.id, i + 1), "name": nm, "age": r.randint(20, 32),
                                 "photos": [self.new_photo(a.id, "persona") for _ in range(r.randint(3, 8))]})
            active = r.randint(120, NDAYS)
            start = r.randint(0, NDAYS - active)
            days = sorted(r.randint(start, start + active - 1) for _ in range(target))
            for day in days:
                ps = r.choice(personas)
                metro = home if (not extra or r.random() < 0.75) else r.choice(extra)
                board = self.pick_board("agy", metro)
                p = self.new_post(a, persona=ps["id"], board=board, metro=metro, ts=self.day_ts(day, metro), lang=a.lang, kind="ad")
                p.extra["personas"] = [ps]
                if self.contact_common(p, 0.1):
                    if r.random() < 0.85:
                        p.sels.append(a.site)
                        p.extra["agy_footer"] = True
                    if r.random() < 0.7:
                        if len(a.booking) == 2 and r.random() < 0.35:
                            p.sels += [Sel("phone", None, a.id, line=a.booking[0]), Sel("phone", None, a.id, line=a.booking[1])]
                        else:
                            p.sels.append(Sel("phone", None, a.id, line=r.choice(a.booking)))
                    if a.email is not None and r.random() < 0.3:
                        p.sels.append(a.email)
                    if a.screen is not None and r.random() < 0.4:
                        p.sels.append(a.screen)
                if r.random() < 0.9:
                    self.add_own_photos(p, ps["photos"], 1, 4)
                self.add_stock(p, "badge", 0.2)
                if board == "nightlist.example":
                    p.author = a.acct
                if r.random() < 0.03:
                    self.mutate(a.tpl, a.emo)
                p.tpl = {"id": a.tpl["id"], "lines": list(a.tpl["lines"]), "title": a.tpl["title"], "intro": a.tpl["intro"],
                         "duo": a.tpl["duo"], "lang": a.tpl["lang"]}
                p.fill = {"name": ps["name"], "name2": "", "age": str(ps["age"]), "agency": aname,
                          "rate": a.rate["style"].format(**a.rate), "year": a.year}
                p.title_phone = False
            a.posts = a.posts[:target]
            out += a.posts
        return out

    def plan_spa(self, budget):
        r = self.r
        out = []
        while len(out) < budget:
            a = self.new_actor("spa")
            circuit = self.pick_circuit()
            home = self.pick_metro(circuit)
            a.lang = "cjk" if r.random() < 0.25 else self.pick_lang(home, "spa")
            a.emo = list(r.choice(B.EMOJI_SETS))
            L = a.lang if a.lang in B.SPA_LINES else "en"
            a.style = {"titles": r.sample(B.SPA_TITLES[L], 2), "lines": r.sample(B.SPA_LINES[L], r.randint(4, 6)),
                       "shift": r.choice(B.SPA_SHIFT[L]), "L": L, "sep": r.choice(["\n", " ~ ", " | "])}
            nstores = r.randint(2, 4) if r.random() < 0.2 else 1
            owner_cell = None
            if nstores > 1 or r.random() < 0.3:
                owner_cell = Sel("phone", None, a.id, line=self.alloc_line(a.id, home))
            mine = []
            for si in range(nstores):
                metro = home if si == 0 else (home if r.random() < 0.4 else self.pick_metro(circuit))
                name = self.unique("spa", lambda i: r.choice(B.SPA_NAMES_A) + " " + r.choice(B.SPA_NAMES_B) + (
                    "" if i < 20 else " " + r.choice(["II", "2", "Plus", "VIP", "of " + self.mk[metro]["name"], "& Co"])), a.id)
                st = {"id": "%s/s%d" % (a.id, si + 1), "name": name, "metro": metro,
                      "addr": self.make_address(metro, a.id),
                      "phone": Sel("phone", None, a.id, line=self.alloc_line(a.id, metro)),
                      "photos": [self.new_photo(a.id, "storefront") for _ in range(r.randint(2, 5))],
                      "site": self.make_site(strip_accents(name).lower().replace(" ", "").replace("&", "and") + "-" + metro, a.id)
                      if r.random() < 0.25 else None,
                      "workers": [self.stage_name("cjk" if a.lang == "cjk" else ("es" if r.random() < 0.2 else "en")) for _ in range(r.randint(3, 8))],
                      "hours": r.choice(B.SPA_HOURS)}
                n = self.lognorm(14, 0.6, 3, 80)
                active = r.randint(90, NDAYS)
                start = r.randint(0, NDAYS - active)
                for day in sorted(r.randint(start, start + active - 1) for _ in range(n)):
                    board = self.pick_board("spa", metro)
                    kind = self.wchoice([("shift", 55), ("rotation", 25), ("special", 20)])
                    p = self.new_post(a, persona=st["id"], board=board, metro=metro, ts=self.day_ts(day, metro), lang=a.lang, kind=kind)
                    p.extra["store"] = st
                    if self.contact_common(p, 0.2):
                        if r.random() < 0.75:
                            p.sels.append(st["addr"])
                        if r.random() < 0.7:
                            p.sels.append(st["phone"])
                        if owner_cell is not None and r.random() < 0.25:
                            p.sels.append(owner_cell)
                        if st["site"] is not None and r.random() < 0.5:
                            p.sels.append(st["site"])
                    if r.random() < 0.6:
                        self.add_own_photos(p, st["photos"], 1, 3)
                    self.add_stock(p, "massage", 0.45)
                    p.fill = {"spa": name, "worker": r.choice(st["workers"]), "hours": st["hours"],
                              "price": str(r.choice([40, 50, 60, 70, 80])), "age": str(r.randint(21, 35))}
                    mine.append(p)
            mine.sort(key=lambda p: (p.ts, p.key))
            a.posts = mine[:budget - len(out)]
            out += a.posts
        return out

    def plan_ind(self, budget):
        r = self.r
        out = []
        while len(out) < budget:
            a = self.new_actor("ind")
            target = min(self.lognorm(9, 0.7, 3, 40), budget - len(out))
            circuit = self.pick_circuit()
            home = self.pick_metro(circuit)
            a.lang = self.pick_lang(home, "ind")
            a.emo = list(r.choice(B.EMOJI_SETS))
            a.name = self.stage_name(a.lang)
            a.age = r.randint(21, 38)
            a.photos = [self.new_photo(a.id, "persona") for _ in range(r.randint(3, 10))]
            lines = [self.alloc_line(a.id, home)]
            active = r.randint(30, NDAYS)
            start = r.randint(0, NDAYS - active)
            switch = None
            if r.random() < 0.3:
                lines.append(self.alloc_line(a.id, home))
                switch = start + r.randint(1, max(1, active - 1))
            handles = []
            if r.random() < 0.75:
                for _ in range(r.randint(1, 2)):
                    plat = self.wchoice([("instagram", 25), ("snapchat", 20), ("onlyfans", 20), ("linktree", 10),
                                         ("telegram", 10), ("generic", 15)])
                    handles.append(self.make_handle(a.name, a.id, plat))
            pay = self.make_payment(a.name, a.id) if r.random() < 0.3 else None
            email = self.make_email(a.name, a.id) if r.random() < 0.2 else None
            book = self.make_book(a.name, a.id) if r.random() < 0.1 else None
            screen = r.choice(self.screen) if r.random() < 0.15 else None
            a.rate = {"qv": r.choice([150, 180, 200]), "hh": r.choice([200, 250, 300]), "h": r.choice([300, 350, 400, 500]),
                      "style": r.choice(B.RATE_STYLES)}
            a.tpls = [self.escort_template("%s/t%d" % (a.id, i + 1), a.lang, "ind") for i in range(r.randint(1, 2))]
            a.sep = r.choice(["\n", " | ", " ~ "])
            a.boiler = r.randint(0, len(B.BOILERPLATE) - 1) if r.random() < 0.3 else None
            page = None
            if handles and r.random() < 0.4:
                page = (r.choice(PAGE_BOARDS), handles[0])
                a.page_acct = Sel("account", page[0] + ":" + handles[0].value, a.id, disp=handles[0].value)
            acct = self.make_account(a.name, a.id)
            tours = []
            if r.random() < 0.3:
                for _ in range(max(1, target // 8)):
                    tm = self.pick_metro(circuit, exclude=home)
                    td = r.randint(start, start + active - 1)
                    tours.append((tm, td, r.randint(2, 4)))
            for _ in range(target):
                day = r.randint(start, start + active - 1)
                metro, kind, tour = home, "ad", None
                if tours and r.random() < 0.2:
                    tour = r.choice(tours)
                    metro, kind = tour[0], "tour"
                    day = max(0, min(NDAYS - 1, tour[1] + r.randint(-2, tour[2] - 1)))
                if page is not None and r.random() < 0.15:
                    kind, board = "page", page[0]
                else:
                    board = self.pick_board("ind", metro)
                p = self.new_post(a, board=board, metro=metro, ts=self.day_ts(day, metro), lang=a.lang, kind=kind)
                ln = lines[1] if (switch is not None and day >= switch) else lines[0]
                if kind == "page":
                    p.no_contact = False
                    p.author = a.page_acct
                    p.sels += handles
                    if pay is not None:
                        p.sels.append(pay)
                    if book is not None:
                        p.sels += [book, self.book_domain]
                    if r.random() < 0.3:
                        p.sels.append(Sel("phone", None, a.id, line=ln))
                    if email is not None and r.random() < 0.5:
                        p.sels.append(email)
                    self.add_own_photos(p, a.photos, 1, 1)
                    p.fill = {"name": a.name, "age": str(a.age)}
                    continue
                if tour is not None:
                    dd = _dt.date(2025, 1, 1) + _dt.timedelta(days=tour[1])
                    de = dd + _dt.timedelta(days=tour[2])
                    p.extra["dates"] = r.choice(["%d/%d–%d/%d" % (dd.month, dd.day, de.month, de.day),
                                                 "%d/%d-%d/%d" % (dd.month, dd.day, de.month, de.day),
                                                 "%s %d-%d" % (dd.strftime("%b"), dd.day, de.day)])
                if self.contact_common(p, 0.31):
                    if r.random() < 0.72:
                        p.sels.append(Sel("phone", None, a.id, line=ln))
                    if handles and r.random() < 0.45:
                        p.sels.append(r.choice(handles))
                    if pay is not None and r.random() < 0.3:
                        p.sels.append(pay)
                    if email is not None and r.random() < 0.4:
                        p.sels.append(email)
                    if book is not None and r.random() < 0.5:
                        p.sels += [book, self.book_domain]
                    if screen is not None and r.random() < 0.6:
                        p.sels.append(screen)
                self.add_own_photos(p, a.photos, 1, 5) if r.random() < (0.85 if not p.no_contact else 0.6) else None
                self.add_stock(p, "badge", 0.1)
                self.add_stock(p, "glam", 0.05)
                if board == "nightlist.example":
                    p.author = acct
                t = r.choice(a.tpls)
                if r.random() < 0.04:
                    self.mutate(t, a.emo)
                p.tpl = {"id": t["id"], "lines": list(t["lines"]), "title": t["title"], "intro": t["intro"], "duo": t["duo"],
                         "lang": t["lang"]}
                p.fill = {"name": a.name, "name2": "", "age": str(a.age), "rate": a.rate["style"].format(**a.rate)}
                p.extra["boiler"] = a.boiler if (a.boiler is not None and r.random() < 0.8) else None
                p.title_phone = r.random() < 0.08
            a.posts.sort(key=lambda p: (p.ts, p.key))
            out += a.posts
        return out

    def plan_sel(self, budget):
        r = self.r
        out = []
        while len(out) < budget:
            a = self.new_actor("sel")
            n = min(self.wchoice([(1, 40), (2, 25), (3, 15), (4, 12), (5, 8)]), budget - len(out))
            home = self.pick_metro()
            a.lang = self.pick_lang(home, "sel")
            L = a.lang
            line = self.alloc_line(a.id, home)
            email = self.make_email(r.choice(B.NAMES["en"] + ["mike", "dave", "carlos", "linda", "pat", "jo"]), a.id) if r.random() < 0.5 else None
            personal = r.random() < 0.5
            photos = [self.new_photo(a.id, "item") for _ in range(r.randint(1, 3))] if (not personal and r.random() < 0.4) else []
            text = r.choice(B.SEL_PERSONALS[L] if personal else B.SEL_ITEMS[L])
            item = r.choice(B.ITEMS)
            price = r.choice([20, 40, 60, 75, 100, 150, 200, 250, 400])
            d0 = r.randint(0, NDAYS - 1)
            for i in range(n):
                day = min(NDAYS - 1, d0 + r.randint(0, 60))
                p = self.new_post(a, board=self.pick_board("sel", home), metro=home, ts=self.day_ts(day, home), lang=L,
                                  kind="personal" if personal else "item")
                p.no_contact = True
                if r.random() < 0.6:
                    p.sels.append(Sel("phone", None, a.id, line=line))
                if email is not None and r.random() < 0.5:
                    p.sels.append(email)
                p.no_contact = not p.sels
                if photos and r.random() < 0.7:
                    self.add_own_photos(p, photos, 1, 3)
                p.fill = {"text": text, "item": item, "price": str(price)}
            a.posts.sort(key=lambda p: (p.ts, p.key))
            out += a.posts
        return out

    def plan_cpy(self, budget, victims):
        r = self.r
        out = []
        vict = [(v, len(v.posts)) for v in victims if v.posts]
        while len(out) < budget:
            a = self.new_actor("cpy")
            target = min(self.lognorm(7, 0.5, 3, 20), budget - len(out))
            home = self.pick_metro()
            nm = self.stage_name("en")
            lines = [self.alloc_line(a.id, home) for _ in range(r.randint(1, 2))]
            pay = None
            if r.random() < 0.7:
                pay = self.make_payment(nm, a.id)
                if pay.platform == "zelle":
                    pay = self.make_payment(nm + "x", a.id)
            email = self.make_email(nm, a.id) if r.random() < 0.2 else None
            a.dep = (r.randint(0, 100), r.choice([25, 30, 40, 50, 60, 100]))
            acct = self.make_account(nm, a.id)
            vs = []
            for _ in range(r.randint(1, 5)):
                vs.append(self.wchoice(vict))
            tries = 0
            mine = []
            while len(mine) < target and tries < target * 20:
                tries += 1
                v = r.choice(vs)
                cands = [q for q in v.posts if q.kind in ("ad", "tour", "duo") and q.ts < T_END - 2 * DAY]
                if not cands:
                    continue
                vp = r.choice(cands)
                ts = vp.ts + r.randint(DAY, 60 * DAY)
                if ts >= T_END:
                    ts = vp.ts + r.randint(3600, max(3601, T_END - 1 - vp.ts))
                metro = vp.metro if r.random() < 0.7 else home
                if vp.board in PAGE_BOARDS or r.random() > 0.6 or metro != vp.metro:
                    board = self.pick_board("cpy", metro) if r.random() < 0.6 else (
                        "pennyads.example" if self.mk[metro]["country"] == "CA" or r.random() < 0.5 else "citypulse.example")
                else:
                    board = vp.board
                p = self.new_post(a, persona=None, board=board, metro=metro, ts=ts, lang=vp.lang, kind="copy")
                p.src = vp
                if self.contact_common(p, 0.12):
                    if r.random() < 0.8:
                        p.sels.append(Sel("phone", None, a.id, line=r.choice(lines)))
                    if pay is not None and r.random() < 0.6:
                        p.sels.append(pay)
                    if email is not None and r.random() < 0.2:
                        p.sels.append(email)
                p.extra["keep_handle"] = r.random() < 0.1
                for ph, role, _re in vp.photos:
                    if role == "own":
                        p.photos.append((ph, "stolen", True))
                self.add_stock(p, "glam", 0.1)
                if board == "nightlist.example":
                    p.author = acct
                mine.append(p)
            a.posts = mine
            out += mine
        return out

    def plan_rev(self, budget, cands_by_metro):
        r = self.r
        out = []
        metros_with = [k for k in sorted(cands_by_metro) if cands_by_metro[k]]
        while len(out) < budget:
            a = self.new_actor("rev")
            target = min(self.lognorm(3, 0.9, 1, 30), budget - len(out))
            home = self.pick_metro()
            if home not in cands_by_metro or not cands_by_metro[home]:
                home = r.choice(metros_with)
            a.lang = "fr" if home in ("mtl", "qc") and r.random() < 0.6 else "en"
            user = self.unique("acct-reviewden.example",
                               lambda i: r.choice(B.REV_USER_A) + r.choice(B.REV_USER_B) + r.choice(["", str(r.randint(1, 99))]), a.id)
            a.acct = Sel("account", "reviewden.example:" + user, a.id, disp=user)
            a.user = user
            a.sig = r.choice(B.REV_SIGS) if r.random() < 0.3 else None
            a.rating = r.choice(B.REV_RATINGS)
            a.habit = r.sample(B.REV_LINES, 3)
            for _ in range(target):
                metro = home if r.random() < 0.8 else r.choice(metros_with)
                vp = r.choice(cands_by_metro[metro])
                ts = vp.ts + r.randint(DAY // 5, 45 * DAY)
                if ts >= T_END:
                    ts = vp.ts + r.randint(600, max(601, T_END - 1 - vp.ts))
                p = self.new_post(a, board="reviewden.example", metro=metro, ts=ts, lang=a.lang, kind="review")
                p.src = vp
                p.author = a.acct
                p.no_contact = False
                out.append(p)
        return out

    # ------------------------------------------------------------------ recycling
    def recycle(self, posts):
        r = self.r
        for p in posts:
            for s in p.sels:
                if s.kind == "phone" and s.line is not None:
                    s.line.uses.append(p.ts)
        used = [ln for ln in self.lines if ln.uses and not ln.hub]
        for ln in used:
            ln.uses.sort()
        want = int(round(0.02 * len(used)))
        bs = [ln for ln in used if ln.uses[0] >= T0 + 90 * DAY]
        bs = r.sample(bs, len(bs))
        by_last = sorted(used, key=lambda ln: (ln.uses[-1], ln.lid))
        done = 0
        self.recycled_pairs = []
        for b in bs:
            if done >= want:
                break
            if b.recycled:
                continue
            cut = b.uses[0] - 60 * DAY
            cands = [x for x in by_last if x.uses[-1] <= cut and x.owner != b.owner and not x.recycled and x is not b]
            if not cands:
                continue
            local = [x for x in cands if x.metro == b.metro]
            a = r.choice(local or cands)
            b.e164 = a.e164
            b.metro = a.metro
            a.recycled = b.recycled = True
            self.recycled_pairs.append((a.e164, a.owner, b.owner))
            done += 1

    # ------------------------------------------------------------------ rendering helpers
    def city_word(self, m, lang):
        if m["nick"] and self.r.random() < 0.2:
            return m["nick"]
        return m["name"]

    def fill_line(self, line, fill, emo):
        def rep(mo):
            k = mo.group(1)
            if k == "e":
                return self.r.choice(emo)
            if k == "CITY":
                return fill.get("city", "").upper()
            if k == "NAME":
                return fill.get("name", "").upper()
            return fill.get(k, "")
        return SLOT_RE.sub(rep, line)

    def phone_raw(self, e164, form, lang, metro):
        r = self.r
        d = e164[2:]
        a, b, c = d[:3], d[3:6], d[6:]
        W = B.DIGIT_WORDS.get(lang, B.DIGIT_WORDS["en"])
        if form == "paren":
            return "(%s) %s-%s" % (a, b, c)
        if form == "dash":
            return "%s-%s-%s" % (a, b, c)
        if form == "dot":
            return "%s.%s.%s" % (a, b, c)
        if form == "plain":
            return d
        if form == "intl":
            return r.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, b, c)
        if form == "one_dash":
            return r.choice(["1-%s-%s-%s", "1 %s %s %s"]) % (a, b, c)
        if form == "spaced":
            return " ".join(d)
        if form == "letters":
            while True:
                gs = []
                n = 0
                for g in (a, b, c):
                    out = ""
                    for ch in g:
                        if r.random() < 0.35:
                            w = W[int(ch)]
                            if lang == "en" and r.random() < 0.3:
                                w = B.LEET_WORDS.get(w, w)
                            out += w
                            n += 1
                        else:
                            out += ch
                    gs.append(out)
                if n:
                    return "-".join(gs)
        if form == "words":
            return r.choice([" ", " ", "-"]).join(W[int(ch)] for ch in d)
        if form == "homoglyph":
            while True:
                out = ""
                n = 0
                for ch in "%s.%s.%s" % (a, b, c) if r.random() < 0.6 else "%s-%s-%s" % (a, b, c):
                    if ch == "0" and r.random() < 0.8:
                        out += "O"
                        n += 1
                    elif ch == "1" and r.random() < 0.8:
                        out += r.choice("lI")
                        n += 1
                    else:
                        out += ch
                if n:
                    return out
        if form == "keycap":
            return "".join(ch + "\ufe0f\u20e3" for ch in d)
        if form == "mixed":
            k = r.randint(0, 4)
            if k == 0:
                return "%s**%s**%s" % (a, b, c)
            if k == 1:
                return "%s-%s-%s" % (".".join(a), ".".join(b), ".".join(c))
            if k == 2:
                return "%s~%s~%s" % (a, b, c)
            if k == 3:
                return "%s_%s_%s" % (a, b, c)
            return "%s -- %s -- %s" % (a, b, c)
        if form == "split":
            if r.random() < 0.5:
                return "%s %s %s" % (a, " ".join(W[int(ch)] for ch in b), c)
            return "%s\n%s\n%s" % (a, b, c)
        if form == "cue_groups":
            return "%s %s %s" % (a, b, c)
        if form == "local7":
            return r.choice(["%s-%s", "%s%s", "%s %s"]) % (b, c)
        if form == "fullwidth":
            return "".join(chr(0xFF10 + int(ch)) for ch in a) + "－" + "".join(chr(0xFF10 + int(ch)) for ch in b) + "－" + \
                "".join(chr(0xFF10 + int(ch)) for ch in c)
        raise ValueError(form)

    def sel_rec(self, s, raw, role, owner=None, form=None):
        rec = {"kind": s.kind}
        if s.platform:
            rec["platform"] = s.platform
        value = s.line.e164 if s.kind == "phone" else s.value
        rec["value"] = value
        rec["raw"] = raw
        if form:
            rec["form"] = form
        rec["role"] = role
        rec["hub"] = role != "own"
        rec["owner"] = owner if owner is not None else (s.owner if role in ("own", "quoted", "stolen") else None)
        if s.kind == "phone":
            rec["recycled"] = bool(s.line.recycled)
        return rec

    def render_phone(self, s, lang, metro, role="own", owner=None, partner=None, cue=True):
        """Returns (text, [recs], used_partner)."""
        r = self.r
        form = self.wchoice(PHONE_FORMS)
        e = s.line.e164
        used_partner = False
        if form == "shared_npa":
            if partner is not None and partner.line.e164[2:5] == e[2:5] and partner.line.e164 != e:
                raw1 = self.phone_raw(e, "paren", lang, metro)
                raw2 = self.phone_raw(partner.line.e164, "local7", lang, metro).replace(" ", "-")
                text = raw1 + r.choice([" or ", " / ", " & "]) + raw2
                recs = [self.sel_rec(s, raw1, role, owner, "shared_npa"), self.sel_rec(partner, raw2, role, owner, "shared_npa")]
                return self.cue(lang, text, cue), recs, True
            form = "dash"
        if form == "local7" and e[2:5] not in self.mk[metro]["npas"]:
            form = "dash"
        raw = self.phone_raw(e, form, lang, metro)
        if form == "cue_groups":
            text = "text/call " + raw
        else:
            text = self.cue(lang, raw, cue)
        return text, [self.sel_rec(s, raw, role, owner, form)], used_partner

    def cue(self, lang, text, cue=True):
        if cue and self.r.random() < 0.6:
            c = self.r.choice(B.CUES.get(lang, B.CUES["en"]))
            return self.r.choice(["%s %s", "%s: %s", "%s - %s", "%s %s 📲"]) % (c, text)
        return text

    def render_sel(self, s, lang, metro):
        """Non-phone selector -> (text, [recs])."""
        r = self.r
        if s.kind == "handle":
            h = s.disp
            p = s.platform
            if r.random() < 0.2 and p not in ("onlyfans", "linktree"):
                word = {"instagram": "IG", "snapchat": "snap", "telegram": "telegram", "generic": "ig"}[p]
                raw = r.choice(["@ " + h, h.replace("_", " ") + " (" + word + ")", " ".join(h)])
                if raw.startswith("@ ") and p in ("snapchat", "telegram"):
                    raw = word + " " + raw
            else:
                forms = {"instagram": ["IG: %s", "ig @%s", "Insta: %s", "📸 %s", "IG @%s"],
                         "snapchat": ["snap - %s", "👻 %s", "SC: %s", "snapchat @%s", "snap: %s"],
                         "telegram": ["TG @%s", "telegram @%s", "Telegram: %s"],
                         "onlyfans": ["onlyfans.example/%s", "OF: onlyfans.example/%s", "https://onlyfans.example/%s"],
                         "linktree": ["linktr.example/%s", "https://linktr.example/%s"],
                         "generic": ["@%s"]}[p]
                raw = r.choice(forms) % h
            return raw, [self.sel_rec(s, raw, "own")]
        if s.kind == "payment":
            if s.platform == "cashapp":
                raw = r.choice(["%s", "cashapp %s", "CashApp: %s", "CA %s"]) % s.disp
            elif s.platform == "venmo":
                raw = r.choice(["venmo: %s", "venmo @%s", "Venmo %s", "V: @%s"]) % s.disp
            else:
                raw = r.choice(["zelle: %s", "Zelle %s"]) % s.disp
            return raw, [self.sel_rec(s, raw, "own")]
        if s.kind == "email":
            role = "own" if s.owner else "hub"
            v = s.value
            if role == "own" and r.random() < 0.15:
                loc, dom = v.split("@")
                raw = loc + r.choice([" [at] ", " (at) "]) + dom
            else:
                raw = v
            return raw, [self.sel_rec(s, raw, role)]
        if s.kind == "domain":
            if s.owner is None:
                return "", []
            if r.random() < 0.08:
                raw = "www . " + s.value.replace(".example", "") + " . example"
            else:
                raw = r.choice(["www.%s", "%s", "https://www.%s", "https://%s", "www.%s"]) % s.value
            return raw, [self.sel_rec(s, raw, "own")]
        if s.kind == "url":
            raw = r.choice(["%s", "https://%s"]) % s.value
            return raw, [self.sel_rec(s, raw, "own"), self.sel_rec(self.book_domain, "book.example", "hub")]
        if s.kind == "address":
            x = s.extra
            raw = r.choice(["%s" % s.disp, "%s, %s" % (s.disp, x["city"]), "%s %s" % (s.disp, x["suite"]),
                            "%s, %s %s" % (s.disp, x["city"], x["st"]), "%s, %s, %s" % (s.disp, x["suite"], x["city"])])
            return raw, [self.sel_rec(s, raw, "own")]
        raise ValueError(s.kind)

    def contact_pieces(self, p, sels, lang, metro, sep):
        """Own contact selectors -> list of pieces [text, recs, tag, ids]."""
        r = self.r
        items = []
        phones = [s for s in sels if s.kind == "phone"]
        others = [s for s in sels if s.kind != "phone" and not (s.kind == "domain" and s.owner is None)]
        done = set()
        for i, s in enumerate(phones):
            if i in done:
                continue
            partner = phones[i + 1] if i + 1 < len(phones) else None
            text, recs, used = self.render_phone(s, lang, metro, partner=partner)
            if used:
                done.add(i + 1)
            items.append((text, recs))
        for s in others:
            if s.kind == "domain" and p.extra.get("agy_footer"):
                continue
            text, recs = self.render_sel(s, lang, metro)
            items.append((text, recs))
        r.shuffle(items) if r.random() < 0.3 else None
        if not items:
            return []
        if sep == "\n":
            return [[t, rc, "contact", []] for t, rc in items]
        return [[sep.join(t for t, _ in items), [x for _, rc in items for x in rc], "contact", []]]

    def footer_piece(self, board):
        cfg = BOARDS[board]
        if not cfg["footer"] or self.r.random() >= 0.95:
            return None
        em, hp = self.board_hub[board]
        recs = [self.sel_rec(em, em.value, "hub"), self.sel_rec(hp, hp.disp, "hub")]
        fill = {"email": em.value, "help": hp.disp}
        for i, (hid, form) in enumerate(cfg["hot"]):
            ln = self.hot[hid]
            raw = self.phone_raw(ln.e164, form, "en", "dc")
            fill["h%d" % i] = raw
            recs.append(self.sel_rec(Sel("phone", None, None, line=ln), raw, "hub", None, form))
        return ["— " + cfg["footer"].format(**fill), recs, "footer", []]

    def phrase_pieces(self, lang, n):
        L = lang if lang in B.HUB_PHRASES else "en"
        pool = B.HUB_PHRASES[L]
        if L != "en" and self.r.random() < 0.4:
            L, pool = "en", B.HUB_PHRASES["en"]
        idx = self.r.sample(range(len(pool)), n)
        txt = self.r.choice([" • ", " | ", ", ", " ✔ ", "\n"]).join(pool[i] for i in idx)
        return [txt, [], "text", ["ph-%s-%02d" % (L, i) for i in idx]]

    # ------------------------------------------------------------------ rendering per class
    def render_escort(self, p, a):
        r = self.r
        m = self.mk[p.metro]
        lang = p.tpl["lang"]
        emo = a.emo
        fill = dict(p.fill)
        fill["city"] = self.city_word(m, lang)
        fill["hood"] = r.choice(m["hoods"])
        fill["newintown"] = r.choice(B.NEW_IN_TOWN[lang])
        fill["leave"] = p.extra.get("leave", "Sunday")
        fill["dates"] = p.extra.get("dates", "")
        sep = getattr(a, "sep", "\n")
        pieces = []
        if p.kind == "tour":
            pieces.append([self.fill_line(r.choice(B.TOUR_LINES[lang]), fill, emo), [], "text", []])
        contact = self.contact_pieces(p, p.sels, lang, p.metro, sep)
        title_pieces = None
        if p.title_phone and any(s.kind == "phone" for s in p.sels):
            ph = [s for s in p.sels if s.kind == "phone"][0]
            text, recs, _ = self.render_phone(ph, lang, p.metro, cue=False)
            title_pieces = [[self.fill_line(p.tpl["title"], fill, emo) + " ", [], "text", []], [text, recs, "contact", []]]
        elif r.random() < BOARDS[p.board]["title"]:
            title_pieces = [[self.fill_line(p.tpl["title"], fill, emo), [], "text", []]]
        for line in p.tpl["lines"]:
            if line == "@@INTRO@@":
                t = p.tpl["duo"] if p.kind == "duo" else p.tpl["intro"]
                pieces.append([self.fill_line(t, fill, emo), [], "text", []])
            elif line == "@@PHRASES@@":
                pieces.append(self.phrase_pieces(lang, r.randint(1, 3)))
                if p.extra.get("boiler") is not None:
                    bi = p.extra["boiler"]
                    txt = B.BOILERPLATE[bi] if lang != "es" or bi >= len(B.BOILERPLATE_ES) else B.BOILERPLATE_ES[bi]
                    pieces.append([txt, [], "text", ["bp%02d" % (bi + 1)]])
            elif line == "@@CONTACT@@":
                if p.no_contact:
                    pieces.append([self.fill_line(r.choice(B.NO_CONTACT[lang]), fill, emo), [], "text", []])
                else:
                    pieces += contact
            else:
                pieces.append([self.fill_line(line, fill, emo), [], "text", []])
        if p.extra.get("agy_footer"):
            s = [x for x in p.sels if x.kind == "domain" and x.owner == a.id][0]
            raw = "www." + s.value
            pre, post = a.footer.split("{www}")
            pieces.append([pre + raw + post, [self.sel_rec(s, raw, "own")], "contact", []])
        if title_pieces is not None and p.title_phone and len(title_pieces) == 2:
            # the phone in the title also shows in the body as usual; nothing to remove
            pass
        return title_pieces, pieces

    def render_page(self, p, a):
        r = self.r
        m = self.mk[p.metro]
        emo = a.emo
        title = [[a.name + " " + r.choice(emo), [], "text", []]]
        pieces = [[r.choice(["%s based | %s | independent", "📍 %s · %s · indie", "%s girl, %s, books open"]) % (m["name"], a.age),
                   [], "text", []]]
        for s in p.sels:
            if s.kind == "phone":
                text, recs, _ = self.render_phone(s, p.lang, p.metro)
                pieces.append(["📞 " + text, recs, "contact", []])
            elif s.kind == "domain" and s.owner is None:
                continue
            else:
                text, recs = self.render_sel(s, p.lang, p.metro)
                pieces.append([r.choice(["🔗 ", "✨ ", "➡️ ", ""]) + text, recs, "contact", []])
        return title, pieces

    def render_spa(self, p, a):
        r = self.r
        m = self.mk[p.metro]
        st = p.extra["store"]
        sty = a.style
        L = sty["L"]
        fill = dict(p.fill)
        fill["city"] = m["name"]
        fill["hood"] = r.choice(m["hoods"])
        emo = a.emo
        title = [[self.fill_line(r.choice(sty["titles"]), fill, emo), [], "text", []]]
        pieces = []
        if p.kind == "shift":
            pieces.append([self.fill_line(sty["shift"], fill, emo), [], "text", []])
        lines = list(sty["lines"])
        r.shuffle(lines) if r.random() < 0.3 else None
        for ln in lines[:r.randint(3, len(lines))]:
            pieces.append([self.fill_line(ln, fill, emo), [], "text", []])
        if p.kind == "rotation":
            pieces.insert(0, [r.choice(["New girls weekly!", "NEW GIRLS THIS WEEK", "新到 New staff every week", "Rotation: new therapists every Monday"]),
                              [], "text", []])
        if r.random() < 0.4:
            pieces.append(self.phrase_pieces("en", 1))
        if p.no_contact:
            pieces.append([r.choice(["Call for appointment.", "Walk-ins welcome, come see us!", "Ask for directions by message."]), [], "text", []])
        else:
            pieces += self.contact_pieces(p, p.sels, "en" if L == "cjk" else L, p.metro, sty["sep"])
        return title, pieces

    def render_sel_post(self, p, a):
        r = self.r
        m = self.mk[p.metro]
        fill = dict(p.fill)
        fill["city"] = m["name"]
        fill["hood"] = r.choice(m["hoods"])
        text = self.fill_line(fill["text"], fill, ["🙂"])
        if p.kind == "item":
            title = [[r.choice(["%s for sale", "FS: %s", "%s - $%s", "%s"]).replace("%s", fill["item"], 1).replace("%s", fill["price"]), [], "text", []]]
        else:
            title = [[r.choice(["Seeking friendship", "Looking to meet someone", "Coffee?", "Hello from %s" % m["name"], "Missed connection"]),
                      [], "text", []]]
        pieces = [[text, [], "text", []]]
        if r.random() < 0.5:
            pieces.append([r.choice(B.SEL_EXTRA), [], "text", []])
        if p.sels:
            pieces += self.contact_pieces(p, p.sels, p.lang, p.metro, "\n")
        else:
            pieces.append([r.choice(["Reply through the site.", "Message me here.", "Respond via pennyads mail."]), [], "text", []])
        return title, pieces

    def render_copy(self, p, a):
        r = self.r
        vp = p.src
        vpieces = vp.body_pieces
        contact = self.contact_pieces(p, p.sels, p.lang, p.metro, "\n") if not p.no_contact else []
        out = []
        inserted = False
        for pc in vpieces:
            if pc[2] == "footer":
                continue
            if pc[2] == "contact":
                hs = [x for x in pc[1] if x["kind"] == "handle"]
                if p.extra.get("keep_handle") and hs and len(hs) == len(pc[1]):
                    recs = []
                    for x in pc[1]:
                        y = dict(x)
                        y["role"], y["hub"] = "stolen", True
                        recs.append(y)
                    out.append([pc[0], recs, "stolen", []])
                    continue
                if not inserted:
                    out += contact
                    inserted = True
                continue
            out.append([pc[0], [dict(x) for x in pc[1]], pc[2], list(pc[3])])
        if not inserted:
            at = max(0, len(out) - 1)
            out[at:at] = contact
        dl = B.DEPOSIT_LINES.get(p.lang, B.DEPOSIT_LINES["en"])
        di, dep = a.dep
        out.append([dl[di % len(dl)].replace("{dep}", str(dep)), [], "text", []])
        title = None
        if vp.title_pieces is not None:
            title = []
            for pc in vp.title_pieces:
                if pc[2] == "contact":
                    ph = [s for s in p.sels if s.kind == "phone"]
                    if ph:
                        text, recs, _ = self.render_phone(ph[0], p.lang, p.metro, cue=False)
                        title.append([text, recs, "contact", []])
                else:
                    title.append([pc[0], [], "text", []])
        return title, out

    def render_review(self, p, a):
        r = self.r
        vp = p.src
        m = self.mk[p.metro]
        va = self.actor_by_id[vp.actor]
        if vp.cls == "spa":
            name = vp.extra["store"]["name"]
        elif vp.cls == "ind":
            name = va.name
        else:
            name = vp.extra["personas"][0]["name"]
        fill = {"name": name, "city": self.city_word(m, "en"), "hood": r.choice(m["hoods"]), "user": a.user}
        fr = p.lang == "fr"
        title = [[self.fill_line(r.choice(B.REV_TITLES_FR if fr else B.REV_TITLES), fill, ["🙂"]), [], "text", []]]
        phones = [x for x in (vp.sels or []) if x.kind == "phone" and x.owner == vp.actor]
        handles = [x for x in (vp.sels or []) if x.kind == "handle"]
        if not handles and vp.cls in ("ind",):
            handles = [x for q in va.posts for x in q.sels if x.kind == "handle"][:1]
        pieces = []
        q = r.random()
        if phones and q < 0.7:
            s = r.choice(phones)
            text, recs, _ = self.render_phone(s, "en", p.metro, role="quoted", owner=vp.actor, cue=False)
            tmpl = r.choice(B.REV_QUOTE_FR if fr else B.REV_QUOTE)
            line = self.fill_line(tmpl.replace("{q}", "\x00"), fill, ["🙂"])
            pre, post = line.split("\x00")
            pieces.append([pre + text + post, recs, "quoted", []])
        elif handles and q < 0.85:
            s = r.choice(handles)
            text, recs = self.render_sel(s, "en", p.metro)
            for x in recs:
                x["role"], x["hub"], x["owner"] = "quoted", True, vp.actor
            line = self.fill_line(r.choice(B.REV_QUOTE).replace("{q}", "\x00"), fill, ["🙂"])
            pre, post = line.split("\x00")
            pieces.append([pre + text + post, recs, "quoted", []])
        else:
            pieces.append([self.fill_line(r.choice(B.REV_QUOTE_NOQ), fill, ["🙂"]), [], "text", []])
        body = r.sample(B.REV_LINES_FR if fr else B.REV_LINES, 2) + r.sample(a.habit, r.randint(1, 2))
        for b in body:
            pieces.append([self.fill_line(b, fill, ["🙂"]), [], "text", []])
        pieces.append([a.rating.replace("{n}", str(r.randint(3, 10))), [], "text", []])
        if a.sig:
            pieces.append([self.fill_line(a.sig, fill, ["🙂"]), [], "text", []])
        return title, pieces

    def render(self, p):
        a = self.actor_by_id[p.actor]
        if p.cls in ("circ", "agy", "ind") and p.kind != "page":
            t, b = self.render_escort(p, a)
        elif p.kind == "page":
            t, b = self.render_page(p, a)
        elif p.cls == "spa":
            t, b = self.render_spa(p, a)
        elif p.cls == "sel":
            t, b = self.render_sel_post(p, a)
        elif p.cls == "cpy":
            t, b = self.render_copy(p, a)
        else:
            t, b = self.render_review(p, a)
        if p.board not in PAGE_BOARDS:
            f = self.footer_piece(p.board)
            if f is not None:
                b.append(f)
        p.title_pieces, p.body_pieces = t, b

    # ------------------------------------------------------------------ location / region
    def location(self, m):
        r = self.r
        hood = r.choice(m["hoods"])
        opts = ["%s, %s" % (m["name"], m["st"]), "%s - %s" % (m["name"], hood), m["name"].upper(),
                "%s %s" % (hood.upper(), (m["nick"] or m["name"]).upper()), "%s (%s)" % (m["name"], hood),
                "%s, %s" % (hood, m["name"]), m["name"]]
        if m["nick"]:
            opts.append(m["nick"])
        return r.choice(opts)

    # ------------------------------------------------------------------ main
    def run(self):
        r = self.r
        M = self.M
        raw = [(c, s * M) for c, s in CLASS_SHARES]
        quota = {c: int(math.floor(v)) for c, v in raw}
        rest = M - sum(quota.values())
        for c, v in sorted(raw, key=lambda x: (-(x[1] - math.floor(x[1])), x[0]))[:rest]:
            quota[c] += 1
        posts = []
        posts += self.plan_circ(quota["circ"])
        posts += self.plan_agy(quota["agy"])
        posts += self.plan_spa(quota["spa"])
        ind_posts = self.plan_ind(quota["ind"])
        posts += ind_posts
        posts += self.plan_sel(quota["sel"])
        victims = [a for a in self.actors if a.cls in ("ind", "circ") and any(q.kind in ("ad", "tour", "duo") for q in a.posts)]
        cpy_posts = self.plan_cpy(quota["cpy"], victims) if quota["cpy"] else []
        self.recycle(posts + cpy_posts)
        self.actor_by_id = {a.id: a for a in self.actors}
        for p in posts:
            self.render(p)
        for p in cpy_posts:
            self.render(p)
        cands = {}
        for p in posts:
            if p.cls in ("circ", "agy", "spa", "ind") and p.kind != "page" and p.ts < T_END - DAY:
                cands.setdefault(p.metro, []).append(p)
        rev_posts = self.plan_rev(quota["rev"], cands) if quota["rev"] else []
        self.actor_by_id = {a.id: a for a in self.actors}
        for p in rev_posts:
            self.render(p)
        allp = posts + cpy_posts + rev_posts
        assert len(allp) == M, (len(allp), M)
        allp.sort(key=lambda p: (p.ts, p.key))
        return allp

    def emit(self, allp, out, truth, side):
        r = self.r
        ids = {}
        for i, p in enumerate(allp):
            ids[p.key] = "L7-%06d" % (i + 1)
        counters = {b: r.randint(1000000, 9000000) for b in sorted(BOARDS)}
        fo = open(out, "w", encoding="utf-8")
        ft = open(truth, "w", encoding="utf-8")
        fs = open(side, "w", encoding="utf-8") if side else None
        for p in allp:
            pid = ids[p.key]
            m = self.mk[p.metro]
            cfg = BOARDS[p.board]
            counters[p.board] += r.randint(1, 40)
            n = counters[p.board]
            b = p.board
            if b == "nightlist.example":
                url = "https://nightlist.example/%s/escorts/%d" % (m["key"], n)
            elif b == "velvetboard.example":
                url = "https://velvetboard.example/ad/%s-%d.html" % (m["key"], n)
            elif b == "citypulse.example":
                url = "https://%s.citypulse.example/dating/%d" % (m["key"], n)
            elif b == "spa-finder.example":
                url = "https://spa-finder.example/%s/listing/%d" % (m["key"], n)
            elif b == "maplenights.example":
                url = "https://maplenights.example/%s/ads/%d" % (m["key"], n)
            elif b == "nuitsduquebec.example":
                url = "https://nuitsduquebec.example/annonces/%s/%d" % (m["key"], n)
            elif b == "reviewden.example":
                url = "https://reviewden.example/forum/%s/thread-%d" % (m["key"], n)
            elif b == "pennyads.example":
                url = "https://pennyads.example/%s/personals/%d" % (m["key"], n)
            elif b == "linkpage.example":
                url = "https://linkpage.example/%s" % p.author.disp
            else:
                url = "https://tapbio.example/@%s" % p.author.disp
            joiner = "<br>" if b == "velvetboard.example" else "\n"
            body = joiner.join(pc[0] for pc in p.body_pieces if pc[0])
            rec = {"id": pid}
            if p.title_pieces:
                rec["title"] = "".join(pc[0] for pc in p.title_pieces)
            rec["body"] = body
            rec["url"] = url
            rec["site"] = b
            if cfg["accounts"] and p.author is not None:
                rec["author"] = p.author.disp
            loc_p = 0.3 if b in PAGE_BOARDS else (0.0 if b == "reviewden.example" else 0.7)
            if r.random() < loc_p:
                rec["location"] = self.location(m)
            if r.random() < 0.25:
                c = m["country"]
                if r.random() < 0.15:
                    c = "CA" if c == "US" else "US"
                rec["region"] = c
            rec["posted_at"] = fmt_time(p.ts, cfg["tz"])
            hashes = []
            photos = []
            for ph, role, reenc in p.photos:
                h = self.appear(ph, reenc)
                hashes.append(h)
                photos.append({"photo": ph.pid, "hash": h, "role": role, "hub": role != "own",
                               "owner": ph.owner})
            rec["image_hashes"] = hashes
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
            ft.write(json.dumps({"id": pid, "network": p.actor}) + "\n")
            if fs:
                sels = []
                for pc in (p.title_pieces or []) + p.body_pieces:
                    sels += pc[1]
                if p.author is not None and cfg["accounts"]:
                    sels.append(self.sel_rec(p.author, p.author.disp, "own"))
                phr, bps = [], []
                for pc in (p.title_pieces or []) + p.body_pieces:
                    for t in pc[3]:
                        (bps if t.startswith("bp") else phr).append(t)
                tpl = p.tpl["id"] if p.tpl else None
                if p.cls == "spa":
                    tpl = p.actor + "/style"
                side_rec = {"id": pid, "class": p.cls, "actor": p.actor, "persona": p.persona, "board": b, "lang": p.lang,
                            "city": m["key"], "no_own_selector": not any(s["role"] == "own" for s in sels),
                            "selectors": sels, "photos": photos,
                            "text": {"template": tpl,
                                     "copied_from": p.src.actor if p.cls == "cpy" else None,
                                     "copied_post": ids[p.src.key] if p.cls == "cpy" else None,
                                     "boilerplate": bps, "phrases": phr}}
                if p.cls == "rev":
                    side_rec["text"]["reviewed_post"] = ids[p.src.key]
                    side_rec["text"]["reviewed_actor"] = p.src.actor
                fs.write(json.dumps(side_rec, ensure_ascii=False) + "\n")
        fo.close()
        ft.close()
        if fs:
            fs.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors", default=None)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    g = Gen(args.seed, args.posts)
    allp = g.run()
    for path in (args.out, args.truth, args.selectors):
        if path and os.path.dirname(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
    g.emit(allp, args.out, args.truth, args.selectors)
    if not args.quiet:
        nets = len({p.actor for p in allp})
        sys.stderr.write("linking7: seed %d, %d posts, %d networks, %d numbers recycled, %.1fs\n"
                         % (args.seed, len(allp), nets, len(g.recycled_pairs), time.time() - t0))


if __name__ == "__main__":
    main()
