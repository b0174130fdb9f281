#!/usr/bin/env python3
"""Write eval/selectors-seventeenth/{dev,heldout}.jsonl: ads from Eastern Europe, Turkey, the Gulf,
Central and Southeast Asia and West Africa, labelled with every website, e-mail, handle and phone.

    python3 eval/selectors-seventeenth/write.py            # write both files
    python3 eval/selectors-seventeenth/write.py --check    # exit 1 if the files differ from the output
    python3 eval/selectors-seventeenth/write.py --stats    # counts by form and decoy kind

Python 3.11, standard library only, deterministic (fixed seeds, no iteration over hashed sets).
Every post is self-checked before anything is written (see `check_post`).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks as B  # noqa: E402

SPLITS = ("dev", "heldout")
N_POSTS = {"dev": 200, "heldout": 300}
ID_PREFIX = {"dev": "sel17d", "heldout": "sel17h"}
SEED = {"dev": 1717001, "heldout": 1717909}
DEV_SHARE = 0.4  # share of each bank (3+ entries) that goes to dev; the rest is held-out material

# Two-label public suffixes used here (the registrable domain is one label more).
MULTI_SUFFIXES = ("com.pl", "com.ua", "com.tr", "co.th", "com.vn", "co.id", "com.my", "com.gh", "com.ng")
GENERIC_SUFFIXES = ["com", "net", "org", "info", "online", "site", "club", "agency", "biz", "pro", "vip", "live"]
TRACKING = ("utm_", "fbclid", "gclid", "igshid", "igsh", "yclid", "ttclid")

# ----------------------------------------------------------------------------- bank splitting

_SIDE = {}


def side(key, items, split, allow_empty=False):
    """The part of a bank that a split may use. Entries are ordered by a hash; of 3+ entries about 40 % go
    to dev and the rest to held-out; of two, one each; a single entry is shared, or with allow_empty goes
    to one side only (the other side then has nothing and the caller falls back)."""
    ck = (key, split, allow_empty)
    if ck not in _SIDE:
        items = list(items)
        order = sorted(items, key=lambda x: hashlib.sha256(
            (key + "\x00" + json.dumps(x, ensure_ascii=False)).encode()).hexdigest())
        if len(items) == 1:
            own = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == (split == "dev")
            out = items if (own or not allow_empty) else []
        elif len(items) == 2:
            out = order[:1] if split == "dev" else order[1:]
        else:
            k = max(1, round(len(items) * DEV_SHARE))
            out = order[:k] if split == "dev" else order[k:]
        _SIDE[ck] = out
    return _SIDE[ck]


CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґқәөүұғңһ",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "k", "a",
                "o", "u", "u", "g", "n", "h"]))


def slug(s, sep="-"):
    s = s.lower().replace("ł", "l").replace("đ", "d").replace("ı", "i").replace("ß", "ss")
    s = "".join(CYR.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", sep, s).strip(sep)
    return s


# ----------------------------------------------------------------------------- readers (label <- raw)
# These read a span's raw text back into its label, independently of how the span was written.

DOT_WORDS = ["dot", "kropka", "punct", "nokta", "titik", "chấm", "точка", "крапка"]
AT_WORDS = ["at", "małpa", "malpa", "собака", "arond", "a còng", "равлик"]
_DW = "|".join(DOT_WORDS)
_AW = "|".join(AT_WORDS)
RE_DOT_BRACKET = re.compile(r"\s*[\(\[\{<]\s*(?:\.|" + _DW + r")\s*[\)\]\}>]\s*", re.I)
RE_DOT_WORD = re.compile(r"\s+(?:" + _DW + r")\s+", re.I)
RE_AT_BRACKET = re.compile(r"\s*[\(\[\{<]\s*(?:" + _AW + r")\s*[\)\]\}>]\s*", re.I)
RE_AT_WORD = re.compile(r"\s+(?:" + _AW + r")\s+", re.I)


def registrable(host):
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in MULTI_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_tracking(key):
    key = key.lower()
    return key.startswith("utm_") or key in TRACKING


def read_url(raw):
    s = html.unescape(raw).strip()
    s = RE_DOT_BRACKET.sub(".", s)
    s = RE_DOT_WORD.sub(".", s)
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", s, flags=re.I)
    s = s.split("#", 1)[0]
    q = ""
    if "?" in s:
        s, q = s.split("?", 1)
    host, _, path = s.partition("/")
    host = registrable(host.lower().split(":")[0])
    path = ("/" + path).lower().rstrip("/") if path else ""
    params = [p for p in q.split("&") if p and not is_tracking(p.split("=", 1)[0])]
    return host + path + ("?" + "&".join(params).lower() if params else "")


def read_email(raw):
    s = html.unescape(raw).strip()
    s = re.sub(r"^mailto:", "", s, flags=re.I)
    s = RE_AT_BRACKET.sub("@", s)
    s = RE_AT_WORD.sub("@", s)
    s = RE_DOT_BRACKET.sub(".", s)
    s = RE_DOT_WORD.sub(".", s)
    return re.sub(r"\s+", "", s).lower()


def read_handle(raw):
    s = html.unescape(raw).strip()
    if "/" in s:
        s = re.sub(r"^[a-z]+://", "", s, flags=re.I).split("?", 1)[0].split("#", 1)[0]
        s = s.split("/")[1]
    return s.lstrip("@").lower()


def read_phone(raw, region):
    s = html.unescape(raw)
    m = re.search(r"wa\.me/\+?(\d+)|phone=\+?(\d+)", s)
    if m:
        return "+" + (m.group(1) or m.group(2))
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    r = B.REGIONS[region]
    return "+" + r["cc"] + digits[len(r["trunk"]):]


# ----------------------------------------------------------------------------- pieces of a field
# A field is a list of pieces: ("t", text) | ("s", [span, ...], raw) | ("h", kind, raw)


def T(text):
    return ("t", text)


def S(raw, *spans):
    return ("s", list(spans), raw)


def H(kind, raw):
    return ("h", kind, raw)


def span(kind, value, form, platform=None):
    return {"kind": kind, "platform": platform, "value": value, "form": form}


# ----------------------------------------------------------------------------- the post context


CAT_LETTER = {"escort": "e", "massage": "m", "jobs": "j", "rental": "r", "classifieds": "c"}
SHARED_USE = []  # tagged-bank choices that had to use an entry of the other split (reported by --stats)


def fits(entry, letter):
    tag, bar, _ = entry.partition("|")
    return not bar or len(tag) > 5 or letter in tag


def untag(entry):
    tag, bar, rest = entry.partition("|")
    return rest if bar and len(tag) <= 5 else entry


class Ctx:
    def __init__(self, split, rng, used, region, lang, category, city):
        self.split, self.rng, self.used = split, rng, used
        self.region, self.lang, self.category, self.city = region, lang, category, city
        self.name = self.pick("names", self.name_pool())
        self.biz_slug = self.pick("biz", B.BIZ[region])
        self.biz = " ".join(w.capitalize() for w in self.biz_slug.split("-"))
        self.age = rng.randint(21, 34)
        self.phone_used = []

    # pools -------------------------------------------------------------
    def name_pool(self):
        if self.lang == "ru":
            return B.NAMES["RU"]
        return B.NAMES[self.region]

    def pick(self, key, items):
        # keyed by the list's content, so a list shared by several regions splits the same way everywhere
        key = key + ":" + hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()[:12]
        return self.rng.choice(side(key, items, self.split))

    def bank(self, key, items):
        return side(key, items, self.split)

    def choice(self, key, items):
        return self.rng.choice(self.bank(key, items))

    def lang_of(self, table, lang=None):
        lang = lang or self.lang
        return table.get(lang) or table["en"]

    def tchoice(self, key, table):
        """Choose from a per-language bank of tagged entries ("jm|text"), keeping to this split's side and to
        entries that fit the post's category; the post's language first, then English."""
        letter = CAT_LETTER[self.category]
        for lg in (self.lang, "en"):
            items = table.get(lg) or []
            # each entry's side does not depend on the category, so no entry is on both sides
            mine = [x for x in side(f"{key}:{lg}", items, self.split, allow_empty=True) if fits(x, letter)]
            if mine:
                return untag(self.rng.choice(mine))
        SHARED_USE.append((key, self.lang, self.category))
        ok = [x for x in table.get(self.lang) or table["en"] if fits(x, letter)]
        return untag(self.rng.choice(ok))

    def fill(self, s):
        return s.format(name=self.name, NAME=self.name.upper(), city=self.city, CITY=self.city.upper(),
                        age=self.age, biz=self.biz, Biz=self.biz, n=self.rng.randint(2, 9))

    def name_slug(self, sep=""):
        return slug(self.name, sep)

    def claim(self, value):
        if value in self.used:
            return False
        self.used.add(value)
        return True

    # sites -------------------------------------------------------------
    def catword(self):
        words = B.CATWORDS.get(self.lang, B.CATWORDS["en"])
        return self.rng.choice(words.get(self.category) or words["massage"])

    def sld(self):
        rng = self.rng
        cw = self.catword()
        nm = self.name_slug(rng.choice(["", "-"]))
        bz = self.biz_slug
        cs = slug(self.city)
        cs = cs.split("-")[0] if len(cs) > 9 else cs
        form = rng.randrange(8)
        if self.category in ("jobs", "rental", "massage", "classifieds") and form < 3:
            form += 4
        glued = f"{bz}{cw}" if "-" not in bz else f"{bz}-{cw}"
        return [f"{nm}-{cw}", f"{cw}{nm.replace('-', '')}", f"{nm}{rng.randint(2, 99)}", f"{bz}-{cs}",
                f"{bz}-{cw}", f"{cw}-{bz}", glued, f"{glued}-{cs}"][form]

    def host(self, generic=False):
        for _ in range(200):
            suf = self.rng.choice(GENERIC_SUFFIXES if generic else B.REGIONS[self.region]["suffixes"])
            h = f"{self.sld()}.{suf}"
            if h not in self.used:
                self.used.add(h)
                return h
            self.biz_slug = self.pick("biz", B.BIZ[self.region])
            self.name = self.pick("names", self.name_pool())
        raise RuntimeError("no fresh host")

    def path(self, depth=None):
        table = B.PATHS[self.category]
        segs = self.bank(f"path:{self.category}:{self.lang if self.lang in table else 'en'}",
                         table.get(self.lang) or table["en"])
        depth = depth or self.rng.choice([1, 1, 2])
        p = "/" + self.rng.choice(segs)
        if depth == 2 and "/" not in p[1:]:
            p += "/" + self.rng.choice([self.name_slug("-"), str(self.rng.randint(10, 999)), slug(self.city)])
        return p

    def token(self, n, alphabet="abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def own_params(self, k=1):
        out = []
        for key, kind in self.rng.sample(B.OWN_PARAMS[self.category], k):
            val = {"n": str(self.rng.randint(100, 99999)), "s": str(self.rng.randint(1, 6)),
                   "lang": self.rng.choice(["en", self.lang if self.lang != "ms" else "my"]),
                   "w": slug(self.catword()), "city": slug(self.city)}[kind]
            out.append(f"{key}={val}")
        return out

    def tracking_params(self, k=1):
        out = []
        for key in self.rng.sample(B.TRACKING_KEYS, k):
            if key in B.TRACKING_VALUES:
                val = self.rng.choice(B.TRACKING_VALUES[key])
            elif key == "fbclid":
                val = "IwAR" + self.token(22)
            elif key == "gclid":
                val = "Cj0KCQ" + self.token(16)
            elif key == "yclid":
                val = str(self.rng.randint(10 ** 9, 10 ** 10))
            else:
                val = self.token(12)
            out.append(f"{key}={val}")
        return out

    # people ------------------------------------------------------------
    def local_part(self):
        rng = self.rng
        for _ in range(100):
            nm = self.name_slug("")
            sur = self.pick("sur", B.SURNAMES[self.region])
            form = rng.randrange(7)
            cw = slug(self.city).split("-")[0]
            cw = cw if len(cw) >= 4 else slug(self.city, "")
            loc = [f"{nm}.{sur}", f"{nm}{rng.randint(85, 99) if rng.random() < .5 else rng.randint(1, 9999)}",
                   f"{nm}_{sur[0]}", f"{sur}.{nm[0]}", f"{nm}.{cw}", f"{nm}-{sur}",
                   f"{sur}{rng.randint(1, 99)}"][form]
            if loc not in self.used:
                return loc
            self.name = self.pick("names", self.name_pool())
        raise RuntimeError("no fresh mailbox")

    def freemail(self):
        return self.rng.choice(B.REGIONS[self.region]["freemail"])

    def handle_value(self, platform, domainlike=False):
        rng = self.rng
        for _ in range(100):
            nm = self.name_slug("")
            cw = slug(self.catword(), "")
            if domainlike:
                v = f"{nm}{rng.choice(['', '.', '_'])}{rng.choice([cw, slug(self.city, ''), str(rng.randint(1, 99))])}"
                tails = [t for t in B.DOMAINLIKE_TAILS[self.region] if t not in v]
                v = v + "." + rng.choice(tails or ["vip"])
                if platform not in ("instagram", "vk", "tiktok", "facebook"):
                    raise ValueError(platform)
            elif platform in ("telegram", "twitter"):
                v = rng.choice([f"{nm}_{cw}", f"{nm}{cw}{rng.randint(1, 99)}", f"{cw}_{nm}", f"{self.biz_slug.replace('-', '_')}_{nm}"])
                v = (v[:15] if platform == "twitter" else v).strip("_")
                if len(v) < 5:
                    v += "_" + str(rng.randint(10, 99))
            else:
                v = rng.choice([f"{nm}.{cw}", f"{nm}_{slug(self.city, '')}", f"{cw}.{nm}{rng.randint(1, 99)}",
                                f"{self.biz_slug.replace('-', '.')}.{slug(self.city, '')}", f"{nm}_{cw}",
                                f"{nm}.{cw}{rng.randint(1, 99)}"])
            if platform == "facebook":
                v = re.sub(r"[._]+", ".", v).strip(".")
            if v not in self.used and not v.endswith(".") and len(v) >= 5:
                self.used.add(v)
                return v
            self.name = self.pick("names", self.name_pool())
        raise RuntimeError("no fresh handle")

    def phone(self, region=None, national=None):
        region = region or self.region
        rng = self.rng
        prefixes, rest = B.MOBILE[region]
        for _ in range(100):
            nsn = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            e164 = "+" + B.REGIONS[region]["cc"] + nsn
            if e164 not in self.used:
                self.used.add(e164)
                break
        else:
            raise RuntimeError("no fresh phone")
        if national is None:
            national = region == self.region and rng.random() < 0.6
        layouts = (B.PHONE_NAT if national else B.PHONE_INT)[region]
        layouts = [x for x in layouts if x.count("#") == len(nsn)]
        lay = rng.choice(layouts)
        it = iter(nsn)
        raw = "".join(next(it) if c == "#" else c for c in lay)
        form = "national" if national else ("international_00" if raw.startswith("00") else "international")
        if "." in lay:
            form = "dotted"
        return raw, e164, form


# ----------------------------------------------------------------------------- URL forms

WRAPS = [("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ('"', '"'), ("'", "'"), ("«", "»"), ("„", "”"),
         ("“", "”"), ("‘", "’"), ("「", "」"), ("【", "】"), ("*", "*"), ("(", ")."), ("[", "]!")]
PUNCT_AFTER = [".", ",", "!", "?", ";", ":", "...", "…", "!!!", "!?"]
IDN_SUFFIX = {"ru": ["рф", "рф", "рф"], "tr": ["com.tr"], "vi": ["vn"], "pl": ["pl"]}


def profile(ctx, platform, domainlike=False):
    """A platform profile URL: returns (raw, url value, handle value)."""
    rng = ctx.rng
    h = ctx.handle_value(platform, domainlike)
    shown = h if rng.random() < .75 else h.capitalize()
    scheme = rng.choice(["", "", "https://", "https://www.", "http://", "www."])
    trail = rng.choice(["", "", "/"])
    if platform == "instagram":
        host = "instagram.com"
        extra = rng.choice(["", "", "?igshid=" + ctx.token(12), "?utm_source=ig_web_copy_link"])
        raw = f"{scheme}{host}/{shown}{trail if not extra else '/'}{extra}"
        return raw, f"{host}/{h}", h
    if platform == "telegram":
        sch = rng.choice(["", "https://", "http://"])
        return f"{sch}t.me/{shown}", f"t.me/{h}", h
    if platform == "tiktok":
        host = "tiktok.com"
        scheme = scheme if "www" in scheme or scheme == "" else scheme + "www."
        extra = rng.choice(["", "", "", "?utm_source=share", "?utm_source=share&utm_medium=copy_link"])
        return f"{scheme}{host}/@{shown}{extra}", f"{host}/@{h}", h
    if platform == "facebook":
        sch = rng.choice(["", "https://www.", "https://m.", "m.", "www."])
        return f"{sch}facebook.com/{shown}{trail}", f"facebook.com/{h}", h
    if platform == "twitter":
        host = rng.choice(["x.com", "x.com", "twitter.com"])
        sch = rng.choice(["", "https://"])
        return f"{sch}{host}/{shown}", f"{host}/{h}", h
    if platform == "vk":
        sch = rng.choice(["", "https://", "m.", "https://m."])
        return f"{sch}vk.com/{shown}", f"vk.com/{h}", h
    raise ValueError(platform)


def url_task(ctx, form, plat=None):
    """Return (pieces, spans-summary) for one URL of the given form; pieces is a list of pieces."""
    rng = ctx.rng
    lang = ctx.lang
    cue = T(ctx.fill(ctx.tchoice("urlcue", B.URL_CUES)))

    def U(raw, value, f=form):
        return S(raw, span("url", value, f))

    if form in ("bare_national", "bare_generic"):
        h = ctx.host(generic=form == "bare_generic")
        return [cue, U(h, h)]
    if form == "www":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .4 else ""
        return [cue, U(f"www.{h}{p}", h + p)]
    if form in ("https", "http"):
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .5 else ""
        w = rng.choice(["", "www."])
        sl = rng.choice(["", "/"]) if not p else rng.choice(["", "", "/"])
        return [cue, U(f"{form}://{w}{h}{p}{sl}", h + p)]
    if form == "subdomain":
        h = ctx.host()
        sub = rng.choice(["booking", "m", "praca", ctx.name_slug(""), "en", "ru", "jobs", "careers", "shop", "vip",
                          "rezerwacje", "kayit"])
        p = ctx.path() if rng.random() < .5 else ""
        sch = rng.choice(["", "https://", "http://", ""])
        return [cue, U(f"{sch}{sub}.{h}{p}", h + p)]
    if form == "path":
        h = ctx.host(generic=rng.random() < .25)
        p = ctx.path(depth=rng.choice([1, 2, 2]))
        sl = rng.choice(["", "/"])
        pre = rng.choice(["", "www.", "https://"])
        shown = p if rng.random() < .8 else p.title()
        return [cue, U(f"{pre}{h}{shown}{sl}", h + p)]
    if form in ("query_tracking", "query_own", "query_mixed"):
        h = ctx.host(generic=rng.random() < .25)
        p = ctx.path() if rng.random() < .8 else ""
        own = ctx.own_params(rng.choice([1, 2])) if form != "query_tracking" else []
        trk = ctx.tracking_params(rng.choice([1, 2, 3])) if form != "query_own" else []
        params = own + trk
        if form == "query_mixed":
            rng.shuffle(params)
        pre = rng.choice(["https://", "https://www.", "", "www."])
        sep = "/" if not p and rng.random() < .5 else ""
        raw = f"{pre}{h}{p}{sep}?{'&'.join(params)}"
        val = h + p + ("?" + "&".join(x for x in params if x in own) if own else "")
        return [cue, U(raw, val)]
    if form == "fragment":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .7 else ""
        frag = rng.choice(["#kontakt", "#contact", "#prices", "#galeria", "#top", "#apply", "#booking", "#cennik"])
        pre = rng.choice(["https://", "", "www."])
        sep = "/" if not p else ""
        return [cue, U(f"{pre}{h}{p}{sep}{frag}", h + p)]
    if form == "port":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .7 else ""
        port = rng.choice([":8080", ":443", ":8000", ":80", ":8443"])
        pre = rng.choice(["http://", "https://", ""])
        return [cue, U(f"{pre}{h}{port}{p}", h + p)]
    if form == "capitals":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .4 else ""
        style = rng.randrange(3)
        base = rng.choice(["www.", "", "https://www.", "http://"]) + h + p
        raw = base.upper() if style == 0 else (base.title() if style == 1 else
                                               re.sub(r"[a-z]+", lambda m: m.group(0).capitalize(), base, count=2))
        return [cue, U(raw, h + p)]
    if form == "wrapped":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .4 else ""
        pre = rng.choice(["", "www.", "https://", "www."])
        a, b = rng.choice(WRAPS)
        return [cue, T(a), U(f"{pre}{h}{p}", h + p), T(b)]
    if form == "sentence_punct":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .5 else ""
        pre = rng.choice(["", "www.", "https://www.", "http://"])
        sl = "/" if rng.random() < .2 else ""
        return [cue, U(f"{pre}{h}{p}{sl}", h + p), T(rng.choice(PUNCT_AFTER))]
    if form == "glued_emoji":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .4 else ""
        pre = rng.choice(["", "www.", "https://"])
        e1, e2 = rng.choice(B.EMOJI), rng.choice(B.EMOJI)
        side_ = rng.randrange(3)
        pieces = [cue if rng.random() < .5 else T("")]
        pieces += [T(e1)] if side_ in (0, 2) else []
        pieces += [U(f"{pre}{h}{p}", h + p)]
        pieces += [T(e2 + e2)] if side_ in (1, 2) else []
        return pieces
    if form == "glued_next_sentence":
        h = ctx.host(generic=rng.random() < .2)
        p = ctx.path() if rng.random() < .3 else ""
        pre = rng.choice(["", "www.", "www.", "https://"])
        word, rest = tuple(ctx.choice("gluedtail:" + lang, ctx.lang_of(B.GLUED_TAILS)))
        return [cue, U(f"{pre}{h}{p}", h + p), H("glued_after_selector", "." + word), T(rest)]
    if form == "html_href":
        h = ctx.host(generic=rng.random() < .3)
        p = ctx.path() if rng.random() < .6 else ""
        sch = rng.choice(["https://", "http://", "https://www."])
        q = "?" + "&".join(ctx.tracking_params(1)) if rng.random() < .3 else ""
        attr = rng.choice(["", ' target="_blank"', ' rel="nofollow"'])
        qt = rng.choice(['"', '"', "'"])
        pieces = [T(f"<a href={qt}"), U(f"{sch}{h}{p}{q}", h + p), T(f"{qt}{attr}>")]
        if rng.random() < .5:
            pieces += [U(f"{rng.choice(['', 'www.'])}{h}{p}", h + p)]
        else:
            pieces += [T(ctx.tchoice("anchor", B.ANCHOR_WORDS))]
        pieces += [T("</a>")]
        return [cue] + pieces if rng.random() < .5 else pieces
    if form == "html_entity":
        h = ctx.host(generic=rng.random() < .3)
        if rng.random() < .55:
            p = ctx.path()
            own = ctx.own_params(2)
            trk = ctx.tracking_params(1) if rng.random() < .5 else []
            raw = f"{rng.choice(['https://', 'www.', ''])}{h}{p}?{'&amp;'.join(own + trk)}"
            return [cue, U(raw, h + p + "?" + "&".join(own))]
        pre = rng.choice(["", "www."])
        return [T(cue[1].rstrip() + "&nbsp;"), U(f"{pre}{h}", h), T(rng.choice(["&nbsp;", "&nbsp;|", "&nbsp;&nbsp;"]))]
    if form in ("idn_unicode", "idn_punycode"):
        il = lang if lang in B.IDN_WORDS else None
        if il is None:
            raise ValueError("idn needs ru/tr/vi/pl")
        for _ in range(100):
            word = ctx.choice("idnword:" + il, B.IDN_WORDS[il])
            nm = ctx.pick("idnname:" + il, B.IDN_NAMES[il])
            sld = rng.choice([f"{word}-{nm}", f"{nm}-{word}"])
            suf = rng.choice(IDN_SUFFIX[il])
            if il == "ru" and ctx.region == "UA" and rng.random() < .5:
                suf = "укр"
            if il == "ru" and ctx.region == "KZ" and rng.random() < .5:
                suf = "қаз"
            host = unicodedata.normalize("NFC", f"{sld}.{suf}")
            if host not in ctx.used:
                ctx.used.add(host)
                break
        p = ctx.path() if rng.random() < .3 else ""
        if form == "idn_unicode":
            pre = rng.choice(["", "www.", "https://", "http://www."])
            return [cue, U(f"{pre}{host}{p}", host + p)]
        puny = ".".join(lab.encode("idna").decode("ascii") for lab in host.split("."))
        pre = rng.choice(["", "https://", "http://www."])
        return [cue, U(f"{pre}{puny}{p}", puny + p)]
    if form.startswith("spelled_dot"):
        h = ctx.host(generic=rng.random() < .2)
        words = B.SPELLED_DOT.get(lang, B.SPELLED_DOT["en"])
        w = rng.choice(words)
        if lang == "ru" and ctx.region == "UA" and rng.random() < .5:
            w = B.UA_DOT
        labels = h.split(".")
        www = ["www"] if rng.random() < .3 else []
        raw = f" {w} ".join(www + labels)
        return [cue, U(raw, h)]
    if form == "bracket_dot":
        h = ctx.host(generic=rng.random() < .3)
        br = rng.choice(B.DOT_BRACKETS)
        spaced = rng.random() < .4
        joiner = f" {br} " if spaced else br
        labels = h.split(".")
        if len(labels) == 3 and rng.random() < .5:
            raw = f"{labels[0]}{joiner}{labels[1]}.{labels[2]}"
        else:
            raw = joiner.join(labels)
        return [cue, U(raw, h)]
    if form == "shortener":
        sh = rng.choice(B.SHORTENERS)
        for _ in range(50):
            code = ctx.token(rng.choice([6, 7, 5]))
            val = f"{sh}/{code.lower()}"
            if ctx.claim(val):
                break
        pre = rng.choice(["", "https://", "http://"])
        return [cue, U(f"{pre}{sh}/{code}", val)]
    if form == "link_in_bio":
        host = rng.choice(B.LINK_IN_BIO)
        h = ctx.handle_value("instagram")
        pre = rng.choice(["", "https://", ""])
        cue = T(rng.choice(["Link in bio ", "All my links: ", "👉 ", "Links: ", "Все ссылки ", "Linkler "])
                if rng.random() < .5 else cue[1])
        return [cue, U(f"{pre}{host}/{h}", f"{host}/{h}")]
    if form in ("profile_url", "profile_url_domainlike"):
        dl = form == "profile_url_domainlike"
        raw, uval, hval = profile(ctx, plat, dl)
        lead = T(ctx.tchoice("hlead", B.HANDLE_LEADS))
        return [lead, S(raw, span("url", uval, form), span("handle", hval, form, plat))]
    if form == "wa_me":
        region = ctx.region
        if ctx.category == "jobs" and rng.random() < .3:
            region = rng.choice(["AE", "TR", "PL", "TH"])
        nat_raw, e164, _ = ctx.phone(region, national=False)
        digits = e164[1:]
        kind = rng.randrange(4)
        if kind == 3:
            raw = f"https://api.whatsapp.com/send?phone={digits}"
            uval = f"whatsapp.com/send?phone={digits}"
        else:
            raw = ["wa.me/", "https://wa.me/", "http://wa.me/"][kind] + digits
            uval = f"wa.me/{digits}"
        lead = T(rng.choice(["WhatsApp: ", "WA ", "💬 ", "Chat: ", "📲 "]))
        ctx.phone_used.append(e164)
        return [lead, S(raw, span("url", uval, "wa_me"), span("phone", e164, "wa_me"))]
    raise ValueError(form)


# ----------------------------------------------------------------------------- e-mail forms


def email_task(ctx, form):
    rng = ctx.rng
    lang = ctx.lang
    cue = T(ctx.tchoice("mailcue", B.EMAIL_CUES))

    def mailbox(own=None):
        if own is None:
            own = form in ("own_role", "own_personal")
        if own:
            dom = ctx.host(generic=rng.random() < .25)
            if form == "own_role" or (form not in ("own_personal",) and rng.random() < .5):
                roles = B.ROLE_LOCALS[ctx.category]
                loc = ctx.choice(f"role:{ctx.category}:{lang if lang in roles else 'en'}", roles.get(lang) or roles["en"])
            else:
                loc = ctx.local_part()
        else:
            dom = ctx.freemail()
            loc = ctx.local_part()
        addr = f"{loc}@{dom}"
        if not ctx.claim(addr):
            return mailbox(own)
        ctx.used.add(loc)
        return loc, dom

    def E(raw, value, f=form):
        return S(raw, span("email", value, f))

    if form in ("freemail", "own_role", "own_personal"):
        loc, dom = mailbox()
        return [cue, E(f"{loc}@{dom}", f"{loc}@{dom}")]
    if form == "plus_tag":
        loc, dom = mailbox(own=False)
        tag = rng.choice(["ads", "cv", {"pl": "praca", "ru": "rabota", "tr": "is", "ro": "munca", "id": "kerja",
                                        "ms": "kerja", "vi": "viec"}.get(lang, "work")])
        ctx.claim(f"{loc}+{tag}@{dom}")
        return [cue, E(f"{loc}+{tag}@{dom}", f"{loc}+{tag}@{dom}")]
    if form.startswith("spelled_at_local"):
        loc, dom = mailbox(own=rng.random() < .2)
        key = "ua" if (lang == "ru" and ctx.region == "UA" and rng.random() < .5) else lang
        w = rng.choice(B.SPELLED_AT[key])
        return [cue, E(f"{loc} {w} {dom}", f"{loc}@{dom}")]
    if form.startswith("spelled_dot_local"):
        loc, dom = mailbox(own=rng.random() < .2)
        aw = {"pl": ["małpa", "malpa"], "ru": ["собака", "(собака)"], "ro": ["arond", "(at)"],
              "vi": ["a còng", "(at)"]}.get(lang, ["at", "(at)", "[at]"])
        dw = B.SPELLED_DOT.get(lang, B.SPELLED_DOT["en"])
        a, d = rng.choice(aw), rng.choice(dw)
        raw = f"{loc} {a} " + f" {d} ".join(dom.split("."))
        return [cue, E(raw, f"{loc}@{dom}")]
    if form == "at_bracket":
        loc, dom = mailbox(own=rng.random() < .25)
        br = rng.choice(B.AT_BRACKETS)
        raw = f"{loc}{br}{dom}" if rng.random() < .5 else f"{loc} {br} {dom}"
        return [cue, E(raw, f"{loc}@{dom}")]
    if form == "at_dot_words":
        loc, dom = mailbox(own=rng.random() < .25)
        style = rng.randrange(4)
        if style == 0:
            raw = f"{loc} at " + " dot ".join(dom.split("."))
        elif style == 1:
            raw = f"{loc} (at) " + " (dot) ".join(dom.split("."))
        elif style == 2:
            raw = f"{loc}[at]" + "[dot]".join(dom.split("."))
        else:
            raw = f"{loc.upper()} AT " + " DOT ".join(dom.upper().split("."))
        return [cue, E(raw, f"{loc}@{dom}")]
    if form == "spaced_symbols":
        loc, dom = mailbox(own=rng.random() < .25)
        a, b = dom.split(".", 1)
        raw = rng.choice([f"{loc} @ {a} . {b}", f"{loc} @ {dom}", f"{loc}@ {dom}", f"{loc} @{dom}", f"{loc} @ {a}. {b}"])
        return [cue, E(raw, f"{loc}@{dom}")]
    if form == "glued_phone":
        loc, dom = mailbox(own=rng.random() < .2)
        praw, e164, pform = ctx.phone(national=True)
        praw = re.sub(r"\D", "", praw)
        ctx.phone_used.append(e164)
        return [cue, E(f"{loc}@{dom}", f"{loc}@{dom}"), S(praw, span("phone", e164, "glued_to_email"))]
    if form == "glued_capital_word":
        loc, dom = mailbox(own=rng.random() < .2)
        w = ctx.choice("capword:" + lang, ctx.lang_of(B.CAPITAL_WORDS))
        return [cue, E(f"{loc}@{dom}", f"{loc}@{dom}"), T(w + rng.choice([" ", "! ", " 😘", ""]))]
    if form == "mailto":
        loc, dom = mailbox(own=rng.random() < .6)
        addr = f"{loc}@{dom}"
        qt = rng.choice(['"', "'"])
        subj = rng.choice(["", "?subject=CV", "?subject=Booking"])
        if rng.random() < .5:
            return [T(f"<a href={qt}mailto:"), E(addr, addr), T(f"{subj}{qt}>"), E(addr, addr), T("</a>")]
        return [T(f"<a href={qt}mailto:"), E(addr, addr),
                T(f"{subj}{qt}>{ctx.tchoice('anchor', B.ANCHOR_WORDS)}</a>")]
    if form == "sentence_end":
        loc, dom = mailbox(own=rng.random() < .4)
        return [cue, E(f"{loc}@{dom}", f"{loc}@{dom}"), T(rng.choice([".", "!", "!!", "…", ".)", "?", ";"]))]
    if form == "wrapped":
        loc, dom = mailbox(own=rng.random() < .4)
        a, b = rng.choice(WRAPS[:12])
        return [cue, T(a), E(f"{loc}@{dom}", f"{loc}@{dom}"), T(b)]
    if form == "capitals":
        loc, dom = mailbox(own=rng.random() < .3)
        addr = f"{loc}@{dom}"
        raw = addr.upper() if rng.random() < .6 else ".".join(x.capitalize() for x in addr.split("."))
        return [cue, E(raw, addr)]
    if form == "html_entity_at":
        loc, dom = mailbox(own=rng.random() < .3)
        ent = rng.choice(["&#64;", "&#x40;", "&commat;"])
        return [cue, E(f"{loc}{ent}{dom}", f"{loc}@{dom}")]
    raise ValueError(form)


# ----------------------------------------------------------------------------- handles and phones


def handle_task(ctx, form, plat):
    rng = ctx.rng
    v = ctx.handle_value(plat, domainlike=form == "domainlike")
    cues = B.PLATFORM_CUES[plat]
    cue = rng.choice(cues.get(ctx.lang, cues["default"]))
    shown = v if rng.random() < .8 else v.capitalize()
    lead = T(ctx.tchoice("hlead", B.HANDLE_LEADS))
    sp = span("handle", v, form, plat)
    if form == "cue_at":
        return [lead, T(f"{cue} "), S("@" + shown, sp)]
    if form == "cue_colon":
        at = "@" if rng.random() < .5 else ""
        return [lead, T(f"{cue}: "), S(at + shown, sp)]
    if form == "cue_word":
        return [lead, T(f"{cue} "), S(shown, sp)]
    if form == "domainlike":
        style = rng.randrange(3)
        if style == 0:
            return [lead, T(f"{cue} "), S("@" + shown, sp)]
        if style == 1:
            return [lead, T(f"{cue}: "), S(shown, sp)]
        return [lead, T(f"{cue}: "), S("@" + shown, sp)]
    raise ValueError(form)


def phone_task(ctx, foreign=False, glued_tel=False):
    rng = ctx.rng
    region = ctx.region
    if foreign:
        region = rng.choice([r for r in ("AE", "TR", "PL", "TH", "RU", "MY") if r != ctx.region])
    raw, e164, form = ctx.phone(region)
    cue = T(ctx.tchoice("phonecue", B.PHONE_CUES))
    if glued_tel:
        ab = {"pl": ["tel.", "nr.tel."], "ru": ["тел.", "Тел."], "ro": ["tel.", "Tel."], "tr": ["Tel."],
              "id": ["Telp."], "vi": ["ĐT."]}.get(ctx.lang, ["Tel.", "tel.", "Ph."])
        return [H("tel_abbrev_glued", rng.choice(ab)), S(raw, span("phone", e164, form))]
    return [cue, S(raw, span("phone", e164, form))]


# ----------------------------------------------------------------------------- hard negatives


def hn_line(ctx, kind):
    """A line holding one (or a few) hard negatives of the given kind."""
    rng = ctx.rng
    lang = ctx.lang
    if kind in ("spelled_word_prose", "glued_sentence", "abbrev_prose"):
        table = B.SPELLED_WORD_PROSE if kind == "spelled_word_prose" else B.HN_TEMPLATES[kind]
        s = ctx.fill(ctx.tchoice("hn:" + kind, table))
        rx = {"spelled_word_prose": RE_SPELLED, "glued_sentence": re.compile(r"\S+(?<=\w)\.(?=\w)\S+"),
              "abbrev_prose": re.compile(r"\S*(?<=\w)\.(?=\w)\S*")}[kind]
        m = rx.search(s)
        x = m.group(0).rstrip(",;:") if kind == "abbrev_prose" else m.group(0)
        return [T(s[:m.start()]), H(kind, x), T(s[m.start() + len(x):])]
    if kind == "shouted_dotted":
        x = ctx.tchoice("hn:shout", B.HN_TEMPLATES[kind])
        e = rng.choice(B.EMOJI)
        return rng.choice([[H(kind, x)], [T(e + " "), H(kind, x), T(" " + e)], [H(kind, x), T("!!!")]])
    if kind == "hashtag":
        tags = list(ctx.bank("tags:" + lang, ctx.lang_of(B.SHORT_TAGS)))
        own = ["#" + slug(ctx.city, "") + slug(ctx.catword(), ""), "#" + ctx.name_slug("") + slug(ctx.city, "")]
        chosen = rng.sample(tags + own, rng.choice([2, 3]))
        out = []
        for i, t in enumerate(chosen):
            if i:
                out.append(T(" "))
            out.append(H(kind, t))
        return out
    x = HN_MAKERS[kind](ctx)
    tmpl = ctx.tchoice("hnt:" + kind, B.HN_TEMPLATES[kind])
    return split_tmpl(ctx.fill(tmpl.replace("{X}", "\x00")).replace("\x00", "{X}"), kind, x)


def split_tmpl(tmpl, kind, x):
    a, _, b = tmpl.partition("{X}")
    out = []
    if a:
        out.append(T(a))
    out.append(H(kind, x))
    if b:
        out.append(T(b))
    return out


def _price(ctx):
    r, rng = ctx.region, ctx.rng
    th = rng.choice([1, 2, 3, 4, 5, 12, 15, 25])
    hund = rng.choice(["000", "200", "500", "800", "250"])
    return {
        "PL": rng.choice([f"{th}.{hund} zł", f"{th}.{hund},00 zł", f"{th}.{hund} PLN"]),
        "RO": rng.choice([f"{th}.{hund} lei", f"{th}.{hund} RON", f"{th}.{hund} €"]),
        "UA": rng.choice([f"{th}.{hund} грн", f"{th}.{hund} UAH"]),
        "RU": rng.choice([f"{th}.{hund} руб", f"{th}.{hund} ₽", f"{th}.{hund} р"]),
        "KZ": rng.choice([f"{th}0.{hund} тг", f"{th}.{hund} ₸"]),
        "TR": rng.choice([f"{th}.{hund} TL", f"{th}.{hund},00 ₺"]),
        "AE": rng.choice([f"AED {th},{hund}.00", f"{th},{hund}.00 AED", f"{th}.5k AED"]),
        "TH": rng.choice([f"{th},{hund}.00 THB", f"฿{th},{hund}.00"]),
        "VN": rng.choice([f"{th}.{hund}.000đ", f"{th * 100}.000 VND", f"{th}.{hund}.000 đồng"]),
        "ID": rng.choice([f"Rp {th * 100}.000", f"Rp{th}.{hund}.000", f"IDR {th}.{hund}.000"]),
        "MY": rng.choice([f"RM {th},{hund}.00", f"RM{th * 10}.00"]),
        "GH": rng.choice([f"GH₵ {th},{hund}.00", f"GHS {th * 100}.00"]),
        "NG": rng.choice([f"₦{th * 10},{hund}.00", f"N{th * 10}.{hund}"]),
    }[r]


def _measurement(ctx):
    rng = ctx.rng
    if ctx.category == "rental":
        return rng.choice([f"{rng.randint(25, 90)}.5 m²", f"{rng.randint(1, 4)}.{rng.randint(1, 9)} km",
                           f"{rng.randint(30, 75)}.{rng.randint(1, 9)} m2"])
    if ctx.category == "jobs":
        return rng.choice([f"1.{rng.randint(60, 72)} m", f"1.{rng.randint(60, 72)}"])
    return rng.choice([f"1.{rng.randint(55, 80)} m", f"{rng.randint(45, 62)}.5 kg", f"1.{rng.randint(58, 78)}"])


def _time(ctx):
    rng = ctx.rng
    a, b = rng.randint(8, 12), rng.randint(19, 23)
    m1, m2 = rng.choice(["00", "30"]), rng.choice(["00", "30"])
    return rng.choice([f"{a}.{m1}-{b}.{m2}", f"{a}.{m1}–{b}.{m2}", f"{a}.{m1} - {b}.{m2}"]) if rng.random() < .8 \
        else f"{b}.{m2}"


def _date(ctx):
    rng = ctx.rng
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d:02d}.{m:02d}.2025", f"{d:02d}.{m:02d}.", f"{d}.{m:02d}.24", f"{d:02d}.{m:02d}.2024"])


def _file(ctx):
    rng = ctx.rng
    nm = ctx.name_slug("")
    img = [f"IMG_{rng.randint(1000, 9999)}", f"DSC{rng.randint(1000, 9999)}"]
    stems, exts = {
        "escort": ([f"{nm}_{rng.randint(1, 30):02d}", f"video_{nm}", f"{nm}_new"] + img,
                   ["jpg", "JPG", "jpeg", "mov", "mp4", "heic", "zip"]),
        "massage": ([f"{ctx.biz_slug.replace('-', '_')}_menu", f"cennik_{slug(ctx.catword(), '_')}", "price_list"] + img,
                    ["pdf", "jpg", "png", "PDF"]),
        "jobs": ([f"cv_{nm}", f"oferta_{slug(ctx.catword(), '_')}", f"portfolio_{nm}", "application_form"],
                 ["pdf", "docx", "zip", "jpg", "doc"]),
        "rental": (img + [f"plan_{slug(ctx.city, '_')}", "umowa_najmu"], ["jpg", "heic", "pdf", "mov", "png"]),
        "classifieds": (img + ["video_test", "photos"], ["jpg", "png", "mov", "zip", "mp4"]),
    }[ctx.category]
    return rng.choice(stems) + "." + rng.choice(exts)


def _version(ctx):
    rng = ctx.rng
    return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}",
                       f"Android {rng.randint(11, 15)}.0.{rng.randint(1, 9)}",
                       f"MIUI {rng.randint(12, 14)}.0.{rng.randint(1, 9)}",
                       f"One UI {rng.randint(4, 6)}.{rng.randint(0, 1)}",
                       f"Windows 11 build 22631.{rng.randint(1000, 4999)}",
                       f"Telegram {rng.randint(9, 11)}.{rng.randint(0, 9)}.{rng.randint(0, 5)}"])


def _street(ctx):
    return ctx.pick("street", B.STREETS[ctx.region])


def _company(ctx):
    key = f"en:{ctx.region}" if ctx.lang == "en" else ctx.lang
    tmpl = B.COMPANY_FORMS.get(key) or B.COMPANY_FORMS.get(ctx.lang) or B.COMPANY_FORMS["en"]
    sur = ctx.pick("sur", B.SURNAMES[ctx.region]).capitalize()
    if ctx.lang == "ru":
        sur = ctx.pick("sur_cyr", ["Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Лебедева", "Козлова",
                                   "Новикова", "Морозова", "Волкова", "Орлова", "Зайцева"])
    return tmpl.format(Biz=ctx.biz, Sur=sur)


def _dangling(ctx):
    return ctx.local_part() + "@"


def _provider(ctx):
    return "@" + ctx.freemail()


def _ip(ctx):
    rng = ctx.rng
    return rng.choice([f"192.168.{rng.choice([0, 1, 8, 100])}.{rng.randint(1, 254)}",
                       f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
                       f"172.16.{rng.randint(0, 31)}.{rng.randint(2, 250)}",
                       f"192.168.{rng.choice([0, 1])}.1:{rng.choice([8080, 8000, 80])}"])


def _code(ctx):
    rng = ctx.rng
    if ctx.category == "rental":
        return rng.choice([f"{ctx.biz_slug.split('-')[0].capitalize()}.{rng.randint(2019, 2025)}",
                           f"{ctx.name_slug('').capitalize()}.Guest{rng.randint(1, 99)}",
                           f"Home.{slug(ctx.city, '').capitalize()}{rng.randint(1, 9)}"])
    if ctx.category == "classifieds" and rng.random() < .6:
        return f"ORD.2025.{rng.randint(100, 999)}"
    return rng.choice([f"SPA.VIP{rng.randint(10, 30)}", f"HOT.{rng.randint(10, 50)}",
                       f"PROMO.{ctx.name_slug('').upper()[:6]}", f"{ctx.biz_slug.split('-')[0].upper()}.{rng.randint(10, 30)}"])


def _platform_home(ctx):
    return ctx.pick("home", B.PLATFORM_HOMES[ctx.region])


def _letters(ctx):
    rng = ctx.rng
    w = rng.choice(["SPA", "VIP", "GFE", "NEW", ctx.name_slug("").upper()[:6], "HOT"])
    return ".".join(w)


def _at_prep(ctx):
    return "@ " + ctx.city


HN_MAKERS = {"price": _price, "measurement": _measurement, "time": _time, "date": _date, "file_name": _file,
             "version": _version, "abbrev_glued": _street, "company_form": _company, "dangling_name_at": _dangling,
             "at_provider_no_mailbox": _provider, "private_ip": _ip, "code_token": _code,
             "platform_home": _platform_home, "spelled_letters": _letters, "at_as_preposition": _at_prep}

# ----------------------------------------------------------------------------- triggers (self-check)

RE_SPELLED = re.compile(r"(?<!\w)(?:" + "|".join(DOT_WORDS + ["نقطة", "małpa", "malpa", "собака", "arond", "a còng",
                                                                "равлик", "kukac"]) + r")(?!\w)", re.I)
TRIGGERS = [
    ("dotted word", re.compile(r"(?<=\w)\.(?=\w)")),
    ("at sign", re.compile(r"@|&#64;|&#x40;|&commat;")),
    ("www", re.compile(r"www", re.I)),
    ("http", re.compile(r"http", re.I)),
    ("spelled dot/at", RE_SPELLED),
    ("bracketed dot/at", re.compile(r"[\(\[\{<]\s*(?:\.|at|dot)\s*[\)\]\}>]", re.I)),
]

# ----------------------------------------------------------------------------- plan

URL_QUOTA = {"bare_national": 5, "bare_generic": 4, "www": 4, "https": 4, "http": 3, "subdomain": 4, "path": 4,
             "query_tracking": 4, "query_own": 4, "query_mixed": 3, "fragment": 3, "port": 3, "capitals": 4,
             "wrapped": 6, "sentence_punct": 5, "glued_emoji": 4, "glued_next_sentence": 4, "html_href": 4,
             "html_entity": 4, "idn_unicode": 6, "idn_punycode": 4, "bracket_dot": 4, "shortener": 4,
             "link_in_bio": 4, "profile_url": 9, "profile_url_domainlike": 3, "wa_me": 4,
             "spelled_dot:pl": 2, "spelled_dot:ro": 2, "spelled_dot:tr": 2, "spelled_dot:id": 2,
             "spelled_dot:vi": 2, "spelled_dot:ru": 2, "spelled_dot:en": 2, "spelled_dot:ms": 1}
EMAIL_QUOTA = {"freemail": 9, "own_role": 4, "own_personal": 3, "at_bracket": 5, "at_dot_words": 4,
               "spaced_symbols": 4, "glued_phone": 3, "glued_capital_word": 3, "mailto": 4, "sentence_end": 4,
               "wrapped": 4, "capitals": 3, "html_entity_at": 3, "plus_tag": 2,
               "spelled_at_local:pl": 2, "spelled_at_local:ru": 2, "spelled_at_local:ro": 1,
               "spelled_at_local:vi": 1,
               "spelled_dot_local:pl": 1, "spelled_dot_local:ru": 1, "spelled_dot_local:tr": 1,
               "spelled_dot_local:id": 1, "spelled_dot_local:vi": 1, "spelled_dot_local:ro": 1,
               "spelled_dot_local:en": 1}
HANDLE_QUOTA = {"cue_at": 5, "cue_colon": 5, "cue_word": 3, "domainlike": 5}
HN_KINDS = ["file_name", "version", "abbrev_glued", "abbrev_prose", "company_form", "price", "measurement", "time",
            "date", "glued_sentence", "shouted_dotted", "hashtag", "dangling_name_at", "at_provider_no_mailbox",
            "private_ip", "code_token", "platform_home", "spelled_letters", "spelled_word_prose", "at_as_preposition"]
HN_QUOTA = {k: 4 for k in HN_KINDS if k not in ("spelled_word_prose", "shouted_dotted")}
HN_QUOTA.update({"price": 6, "abbrev_glued": 6, "glued_sentence": 5, "platform_home": 5})
HN_QUOTA.update({f"spelled_word_prose:{lg}": 1 for lg in ("en", "pl", "ro", "ru", "tr", "id", "vi", "ms", "ar")})
HN_QUOTA.update({f"shouted_dotted:{lg}": 1 for lg in ("pl", "ro", "ru", "tr", "id", "vi")})
HN_QUOTA["shouted_dotted:en"] = 2
LANG_NEEDS = {"idn_unicode": ("ru", "tr", "vi", "pl"), "idn_punycode": ("ru", "tr", "vi", "pl")}
FORM_CATS = {"email/own_role": ("massage", "jobs", "rental", "classifieds"),
             "email/mailto": ("massage", "jobs", "rental", "classifieds"),
             "url/link_in_bio": ("escort", "massage", "classifieds", "jobs"),
             "url/html_href": ("massage", "jobs", "rental", "escort")}
KIND_CATS = {"company_form": ("jobs",), "private_ip": ("rental", "classifieds"), "version": ("classifieds",),
             "at_as_preposition": ("escort", "massage"), "dangling_name_at": ("escort", "classifieds", "jobs"),
             "code_token": ("rental", "massage", "classifieds"), "spelled_letters": ("escort", "massage"),
             "measurement": ("escort", "rental", "jobs")}
PROFILE_PLATFORMS = {"profile_url": ["instagram", "telegram", "tiktok", "facebook", "twitter", "vk"],
                     "profile_url_domainlike": ["instagram", "tiktok", "vk", "facebook"]}
HANDLE_PLATFORMS = {"cue_at": ["instagram", "tiktok", "twitter", "telegram", "vk"],
                    "cue_colon": ["telegram", "vk", "instagram", "facebook", "twitter"],
                    "cue_word": ["telegram", "instagram", "vk"],
                    "domainlike": ["instagram", "vk", "tiktok", "facebook", "instagram"]}
CATEGORY_W = {"escort": 28, "massage": 22, "jobs": 28, "rental": 11, "classifieds": 11}
POST_TYPE = {"escort": "sex_ad", "massage": "massage", "jobs": "job_offer", "rental": "other", "classifieds": "other"}


def scaled(q, split):
    return {k: (v if split == "dev" else -(-v * 3 // 2)) for k, v in q.items()}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def plan_posts(split, rng):
    n = N_POSTS[split]
    regions = [(r, d["w"]) for r, d in B.REGIONS.items()]
    posts = []
    for _ in range(n):
        region = wchoice(rng, regions)
        lang = wchoice(rng, B.REGIONS[region]["langs"])
        cats = [(c, w) for c, w in CATEGORY_W.items() if c in B.TEXT[lang]]
        category = wchoice(rng, cats)
        city = rng.choice(B.REGIONS[region]["cities"])
        posts.append({"region": region, "lang": lang, "category": category, "city": city,
                      "sel": [], "hn": [], "handles": []})
    return posts


# ----------------------------------------------------------------------------- assembling a post


def fields_of(pieces):
    text, spans, hns = "", [], []
    for p in pieces:
        if p[0] == "t":
            text += p[1]
        elif p[0] == "s":
            s = len(text)
            text += p[2]
            for sp in p[1]:
                spans.append((s, len(text), dict(sp, raw=p[2])))
        else:
            s = len(text)
            text += p[2]
            hns.append((s, len(text), {"kind": p[1], "raw": p[2]}))
    return text, spans, hns


def build_post(split, rng, used, spec, idx):
    ctx = Ctx(split, rng, used, spec["region"], spec["lang"], spec["category"], spec["city"])
    lang, cat = ctx.lang, ctx.category
    text = B.TEXT[lang][cat]
    contact = []  # lines with selectors
    for task in spec["sel"]:
        kind, form, plat, _ = parse_task(task)
        if kind == "url":
            contact.append(url_task(ctx, form, plat))
        else:
            contact.append(email_task(ctx, form))
    for task in spec["handles"]:
        _, form, plat, _ = parse_task(task)
        contact.append(handle_task(ctx, form, plat))
    # phones
    n_phone = 0
    p_phone = {"escort": .8, "massage": .7, "jobs": .75, "rental": .6, "classifieds": .6}[cat]
    if rng.random() < p_phone:
        n_phone = 1 + (rng.random() < .12)
    for k in range(n_phone):
        foreign = cat == "jobs" and rng.random() < .25
        contact.append(phone_task(ctx, foreign=foreign, glued_tel=rng.random() < .12))
    hn_lines = [hn_line(ctx, parse_task(k)[1]) for k in spec["hn"]]

    # filler
    lines_bank = ctx.bank(f"lines:{lang}:{cat}", text["lines"])
    k = rng.choice([1, 2, 2, 3, 3, 4])
    fill = [[T(ctx.fill(x))] for x in rng.sample(lines_bank, min(k, len(lines_bank)))]
    for line in fill:
        if rng.random() < .12:
            line[0] = T(line[0][1].upper())
        elif rng.random() < .15:
            line[0] = T(line[0][1] + " " + rng.choice(B.EMOJI) * rng.randint(1, 3))
    body_lines = fill[:1] + []
    rest = fill[1:] + hn_lines
    rng.shuffle(rest)
    body_lines += rest
    rng.shuffle(contact)
    # a selector in the title now and then
    title = ctx.fill(ctx.choice(f"title:{lang}:{cat}", text["title"]))
    if rng.random() < .2:
        title = title.upper()
    title_pieces = [T(title)]
    simple = [c for c in contact if len(c) == 2 and c[0][0] == "t" and c[1][0] == "s"
              and c[1][1][0]["kind"] in ("url", "phone", "email")]
    if simple and rng.random() < .12:
        c = simple[0]
        contact.remove(c)
        title_pieces += [T(rng.choice([" | ", " – ", " ✨ ", " "])), c[1]]
    # where the contact block goes: mostly at the end, sometimes mixed in
    if rng.random() < .25 and contact:
        c = contact.pop(0)
        body_lines.insert(rng.randrange(len(body_lines) + 1), c)
    body_lines += contact
    if rng.random() < .4:
        body_lines.append([T(ctx.choice("closing:" + lang, ctx.lang_of(B.CLOSINGS)))])
    sep = rng.choice(B.SEPARATORS)
    body = []
    for i, line in enumerate(body_lines):
        if i:
            body.append(T(sep if rng.random() < .85 else rng.choice(B.SEPARATORS)))
        body.extend(line)
    # doubled spaces in some text pieces
    if rng.random() < .2:
        body = [T(p[1].replace(" ", "  ", 1)) if p[0] == "t" and " " in p[1] and rng.random() < .3 else p
                for p in body]
    post_id = f"{ID_PREFIX[split]}-{idx:03d}"
    return assemble(post_id, ctx, title_pieces, body)


def assemble(post_id, ctx, title_pieces, body_pieces):
    rng = ctx.rng
    labels = {"post_type": POST_TYPE[ctx.category], "indicators": [], "handles": [], "urls": [], "emails": [],
              "phones": []}
    spans_out, hns_out = [], []
    fields = {}
    for field, pieces in (("title", title_pieces), ("body", body_pieces)):
        text, spans, hns = fields_of(pieces)
        fields[field] = (text, spans, hns)
        for s, e, sp in spans:
            spans_out.append({"kind": sp["kind"], "platform": sp["platform"], "value": sp["value"],
                              "raw": sp["raw"], "form": sp["form"], "field": field})
            if sp["kind"] == "url" and sp["value"] not in labels["urls"]:
                labels["urls"].append(sp["value"])
            elif sp["kind"] == "email" and sp["value"] not in labels["emails"]:
                labels["emails"].append(sp["value"])
            elif sp["kind"] == "phone" and sp["value"] not in labels["phones"]:
                labels["phones"].append(sp["value"])
            elif sp["kind"] == "handle":
                h = {"platform": sp["platform"], "value": sp["value"]}
                if h not in labels["handles"]:
                    labels["handles"].append(h)
        for s, e, hn in hns:
            hns_out.append({"kind": hn["kind"], "raw": hn["raw"], "field": field})
    day = rng.randrange(0, 540)
    y, rem = (2024, day) if day < 366 else (2025, day - 366)
    mdays = [31, 29 if y == 2024 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while rem >= mdays[m]:
        rem -= mdays[m]
        m += 1
    posted = f"{y}-{m + 1:02d}-{rem + 1:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
    rec = {"id": post_id, "title": fields["title"][0], "body": fields["body"][0], "region": ctx.region,
           "location": ctx.city, "posted_at": posted, "lang": ctx.lang, "category": ctx.category,
           "labels": labels, "spans": spans_out, "hard_negatives": hns_out}
    check_post(rec, fields)
    return rec


# ----------------------------------------------------------------------------- self-check


class CheckError(Exception):
    pass


def check_post(rec, fields):
    pid = rec["id"]
    for field, (text, spans, hns) in fields.items():
        if text != rec[field]:
            raise CheckError(f"{pid}: {field} text mismatch")
        covered = [(s, e) for s, e, _ in spans] + [(s, e) for s, e, _ in hns]
        # 1. every span reads back from its raw text, and the raw text is where it says
        for s, e, sp in spans:
            if text[s:e] != sp["raw"]:
                raise CheckError(f"{pid}: span raw not at offset")
            kind, raw, val = sp["kind"], sp["raw"], sp["value"]
            got = {"url": lambda: read_url(raw), "email": lambda: read_email(raw),
                   "handle": lambda: read_handle(raw), "phone": lambda: read_phone(raw, rec["region"])}[kind]()
            if got != val:
                raise CheckError(f"{pid}: {kind} {raw!r} reads {got!r}, labelled {val!r}")
            if kind in ("url", "email", "handle") and val != val.lower():
                raise CheckError(f"{pid}: label not lower-case {val!r}")
            if kind == "phone" and not re.fullmatch(r"\+[1-9]\d{6,14}", val):
                raise CheckError(f"{pid}: phone not E.164 {val!r}")
        # 2. no hard negative overlaps a labelled span
        for hs, he, hn in hns:
            if text[hs:he] != hn["raw"]:
                raise CheckError(f"{pid}: hard negative raw not at offset")
            for s, e, _ in spans:
                if hs < e and s < he:
                    raise CheckError(f"{pid}: hard negative {hn['raw']!r} overlaps a span")
        # 3. every trigger lies inside a span or a hard negative
        for name, rx in TRIGGERS:
            for m in rx.finditer(text):
                pos = m.start()
                if not any(s <= pos < e for s, e in covered):
                    ctx_ = text[max(0, pos - 25):pos + 25]
                    raise CheckError(f"{pid}: uncovered {name} in {field}: {ctx_!r}")
    # 4. labels are exactly the spans' values
    L = rec["labels"]
    vals = {"url": set(L["urls"]), "email": set(L["emails"]), "phone": set(L["phones"]),
            "handle": {(h["platform"], h["value"]) for h in L["handles"]}}
    seen = {k: set() for k in vals}
    for sp in rec["spans"]:
        seen[sp["kind"]].add((sp["platform"], sp["value"]) if sp["kind"] == "handle" else sp["value"])
    if seen != vals:
        raise CheckError(f"{pid}: labels differ from spans")
    for hn in rec["hard_negatives"]:
        if hn["raw"] not in rec[hn["field"]]:
            raise CheckError(f"{pid}: hard negative not in text")


# ----------------------------------------------------------------------------- generation


def parse_task(task):
    """'kind/form#platform:lang' -> (kind, form, platform or None, lang or None)."""
    kind, _, rest = task.partition("/")
    rest, _, lang = rest.partition(":")
    form, _, plat = rest.partition("#")
    return kind, form, plat or None, lang or None


def rotate(quota, platforms):
    out = []
    for form, n in quota.items():
        plats = platforms.get(form)
        for i in range(n):
            if plats:
                p = plats[i % len(plats)]
                out.append(f"{form}#{p}" + (":ru" if p == "vk" else ""))
            else:
                out.append(form)
    return out


def fits_post(p, task, i, control):
    kind, form, plat, lang = parse_task(task)
    if lang and p["lang"] != lang:
        return False
    if form in LANG_NEEDS and p["lang"] not in LANG_NEEDS[form]:
        return False
    cats = FORM_CATS.get(f"{kind}/{form}") or KIND_CATS.get(form)
    if cats and p["category"] not in cats:
        return False
    return not (kind in ("url", "email") and i in control)


def place(rng, posts, tasks, slot, cap, control, split):
    for task in tasks:
        ok = [i for i, p in enumerate(posts) if len(p[slot]) < cap and fits_post(p, task, i, control)
              and task not in p[slot]]
        if not ok:
            raise RuntimeError(f"{split}: no post for {task}")
        least = min(len(posts[i][slot]) for i in ok)
        posts[rng.choice([i for i in ok if len(posts[i][slot]) == least])][slot].append(task)


def generate():
    used = set()
    bodies = set()
    out = {}
    for split in SPLITS:
        rng = random.Random(SEED[split])
        posts = plan_posts(split, rng)
        n = len(posts)
        # control posts: no URL or e-mail at all (rentals and classifieds first)
        order = sorted(range(n), key=lambda i: (posts[i]["category"] not in ("rental", "classifieds"), rng.random()))
        control = set(order[: n // 10])
        tasks = ["url/" + t for t in rotate(scaled(URL_QUOTA, split), PROFILE_PLATFORMS)]
        tasks += ["email/" + t for t in rotate(scaled(EMAIL_QUOTA, split), {})]
        rng.shuffle(tasks)
        # the most constrained first
        tasks.sort(key=lambda t: -sum(map(bool, (parse_task(t)[3], parse_task(t)[1] in LANG_NEEDS,
                                                  FORM_CATS.get(t.split("#")[0].split(":")[0])))))
        place(rng, posts, tasks, "sel", 3, control, split)
        htasks = ["handle/" + t for t in rotate(scaled(HANDLE_QUOTA, split), HANDLE_PLATFORMS)]
        rng.shuffle(htasks)
        htasks.sort(key=lambda t: parse_task(t)[3] is None)
        for t in htasks:
            ok = [i for i, p in enumerate(posts) if not p["handles"] and fits_post(p, t, i, control)]
            pref = [i for i in ok if posts[i]["category"] in ("escort", "massage")]
            posts[rng.choice(pref if pref and rng.random() < .7 else ok)]["handles"].append(t)
        ntasks = ["hn/" + k for k, v in scaled(HN_QUOTA, split).items() for _ in range(v)]
        rng.shuffle(ntasks)
        ntasks.sort(key=lambda t: (parse_task(t)[3] is None, parse_task(t)[1] not in KIND_CATS))
        place(rng, posts, ntasks, "hn", 2, control, split)
        recs = []
        for i, spec in enumerate(posts):
            for _ in range(20):  # a body seen before (a short ad without selectors) is written again
                rec = build_post(split, rng, used, spec, i + 1)
                if rec["body"] not in bodies:
                    break
            bodies.add(rec["body"])
            recs.append(rec)
        out[split] = recs
    check_splits(out)
    return out


def check_splits(out):
    def values(recs):
        v = set()
        for r in recs:
            L = r["labels"]
            v.update(L["urls"]); v.update(L["emails"]); v.update(L["phones"])
            v.update(f"{h['platform']}:{h['value']}" for h in L["handles"])
        return v
    both = values(out["dev"]) & values(out["heldout"])
    if both:
        raise CheckError(f"selector values in both splits: {sorted(both)[:5]}")
    bodies = [r["body"] for s in SPLITS for r in out[s]]
    if len(set(bodies)) != len(bodies):
        raise CheckError("identical bodies")


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def stats(out):
    lines = []
    for split in SPLITS:
        recs = out[split]
        lines.append(f"== {split}: {len(recs)} posts")
        c = Counter(r["category"] for r in recs)
        lines.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        c = Counter(r["lang"] for r in recs)
        lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        c = Counter(r["region"] for r in recs)
        lines.append("regions: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        for kind in ("urls", "emails", "handles", "phones"):
            n = sum(len(r["labels"][kind]) for r in recs)
            p = sum(1 for r in recs if r["labels"][kind])
            lines.append(f"{kind}: {n} labels in {p} posts")
        for kind in ("url", "email", "handle", "phone"):
            c = Counter(s["form"] for r in recs for s in r["spans"] if s["kind"] == kind)
            lines.append(f"{kind} spans by form: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        c = Counter(h["platform"] for r in recs for h in r["labels"]["handles"])
        lines.append("handle platforms: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        c = Counter(h["kind"] for r in recs for h in r["hard_negatives"])
        lines.append("hard negatives by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        lines.append(f"posts without url or email: {sum(1 for r in recs if not r['labels']['urls'] and not r['labels']['emails'])}")
    lines.append(f"tagged-bank choices that crossed splits: {len(SHARED_USE)}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if dev.jsonl/heldout.jsonl differ from the output")
    ap.add_argument("--stats", action="store_true", help="print counts by form and decoy kind")
    args = ap.parse_args(argv)
    out = generate()
    texts = {s: dump(out[s]) for s in SPLITS}
    if args.stats:
        print(stats(out))
    if args.check:
        bad = []
        for s in SPLITS:
            path = os.path.join(HERE, f"{s}.jsonl")
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != texts[s]:
                        bad.append(s)
            except FileNotFoundError:
                bad.append(s)
        if bad:
            print("differs from generator output: " + ", ".join(f"{s}.jsonl" for s in bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and heldout.jsonl match the generator")
        return 0
    if not args.stats:
        for s in SPLITS:
            with open(os.path.join(HERE, f"{s}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
                f.write(texts[s])
        print(f"wrote dev.jsonl ({len(out['dev'])}) and heldout.jsonl ({len(out['heldout'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
