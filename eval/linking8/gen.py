#!/usr/bin/env python3
"""linking8 corpus generator (SPEC.md is normative). Python 3.11 standard library only.

    python3 eval/linking8/gen.py --seed 1 --posts 20000 --out posts.jsonl \
        --truth truth.jsonl --selectors sel.jsonl

Deterministic: every random draw comes from random.Random seeded with the seed and a fixed
string label (string seeding is hashed with SHA-512, not hash()), and no set is ever iterated,
so output is byte-identical for a seed and post count whatever PYTHONHASHSEED is.
"""
import argparse
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import places as P  # noqa: E402
import text_escort as TE  # noqa: E402
import text_misc as TM  # noqa: E402
import text_work as TW  # noqa: E402

START = datetime(2025, 1, 1, tzinfo=timezone.utc)
END = datetime(2026, 3, 1, tzinfo=timezone.utc)
SPAN = (END - START).days  # 424 days
RECYCLE_FROM = (datetime(2025, 6, 1, tzinfo=timezone.utc) - START).days

SHARES = [("ring", .28), ("lover", .08), ("indep", .22), ("agency", .08), ("studio", .07),
          ("employer", .08), ("scam", .06), ("seller", .13)]

TRANSLIT = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "à": "a", "á": "a", "â": "a",
    "ă": "a", "î": "i", "í": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t", "ł": "l", "ń": "n", "ó": "o",
    "ś": "s", "ź": "z", "ż": "z", "ć": "c", "ę": "e", "ą": "a", "ú": "u", "ñ": "n", "ç": "c", "ô": "o",
    "'": "", "&": "and",
})


def slug(s, sep="-"):
    s = s.lower().translate(TRANSLIT)
    out, prev = [], False
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            prev = False
        elif not prev:
            out.append(sep)
            prev = True
    return "".join(out).strip(sep)


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def digits_of(s):
    return "".join(ch for ch in s if ch.isdigit())


# ----------------------------------------------------------------------------------------------
# numbers

class Num:
    __slots__ = ("region", "cc", "nsn", "national", "intl", "trunk")

    def __init__(self, region, cc, nsn, national, intl, trunk):
        self.region, self.cc, self.nsn, self.national, self.intl, self.trunk = region, cc, nsn, national, intl, trunk

    @property
    def e164(self):
        return "+" + self.cc + self.nsn


class Pool:
    def __init__(self, rng):
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as fh:
            data = json.load(fh)
        self.mobile, self.fixed, self.toll = {}, {}, {}
        for region in sorted(data["countries"]):
            c = data["countries"][region]
            mk = lambda row, r=region, c=c: Num(r, c["cc"], row[0], row[1], row[2], c["trunk"])  # noqa: E731
            ms = [mk(row) for row in c["mobile"]]
            rng.shuffle(ms)
            self.mobile[region] = ms
            for city in sorted(c["fixed"]):
                fs = [mk(row) for row in c["fixed"][city]]
                rng.shuffle(fs)
                self.fixed[city] = fs
            self.toll[region] = [mk(row) for row in c["tollfree"]]
        self.nanp = [Num(r[0], "1", r[1], r[2], r[3], "1") for r in data["nanp"]]
        rng.shuffle(self.nanp)

    def take_mobile(self, region):
        if region in ("US", "CA", "NANP"):
            if not self.nanp:
                raise RuntimeError("number pool exhausted for NANP 555-01XX")
            return self.nanp.pop()
        lst = self.mobile[region]
        if not lst:
            raise RuntimeError(f"number pool exhausted for {region} mobiles; use fewer posts")
        return lst.pop()

    def take_fixed(self, city):
        lst = self.fixed[city]
        if not lst:
            raise RuntimeError(f"number pool exhausted for fixed lines in {city}; use fewer posts")
        return lst.pop()


# ----------------------------------------------------------------------------------------------
# photos

class Photo:
    __slots__ = ("id", "bits", "owner")

    def __init__(self, pid, bits, owner):
        self.id, self.bits, self.owner = pid, bits, owner


def photo_use(rng, photo, role, owner=None):
    if role == "own":
        r = rng.random()
        k = 0 if r < .3 else (rng.randint(1, 4) if r < .8 else rng.randint(5, 10))
    elif role == "stolen":
        k = rng.randint(4, 16)
    else:
        k = rng.randint(0, 3)
    bits = photo.bits
    for b in rng.sample(range(256), k):
        bits ^= 1 << b
    return {"hash": format(bits, "064x"), "photo": photo.id, "role": role, "owner": owner or photo.owner}


# ----------------------------------------------------------------------------------------------
# posts

def sel(kind, value, raw, role, owner, platform=None, form=None, **extra):
    d = {"kind": kind, "platform": platform, "value": value, "raw": raw, "role": role, "owner": owner}
    d.update(extra)
    if form:
        d["_form"] = form
    return d


class Post:
    def __init__(self, ctx, cls, actor, network, board, lang, city, day, rng, style):
        self.cls, self.actor, self.network, self.board, self.lang = cls, actor, network, board, lang
        self.city, self.day, self.style = city, day, style
        self.country = P.CITIES[city][0]
        self.items = []
        self.photos = []
        self.templates = []
        self.persona = None
        self.dest = None
        self.no_contact = False
        self.author = None
        self.author_role = None
        self.location = None
        self.region = None
        self.region_wrong = False
        self.url = None
        self.tiebreak = rng.random()
        self.victim = None
        self.id = None
        ctx.posts.append(self)

    def add(self, field, item, sec="c"):
        if item:
            self.items.append((field, item, sec))

    def emit_lines(self, field, lines, sep, sec="c"):
        first = True
        for line in lines:
            if not line:
                continue
            if not first:
                self.add(field, sep, sec)
            first = False
            for it in line:
                self.add(field, it, sec)


def time_str(dt, local):
    if not local:
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    y = dt.year

    def last_sunday(month):
        d = datetime(y, month, 31, 1, tzinfo=timezone.utc)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    off = 2 if last_sunday(3) <= dt < last_sunday(10) else 1
    loc = dt + timedelta(hours=off)
    return loc.strftime("%Y-%m-%dT%H:%M:%S") + f"+0{off}:00"


# ----------------------------------------------------------------------------------------------
# context: shared pools, hubs, registries

class Ctx:
    def __init__(self, seed, n_posts):
        self.seed = seed
        self.n_posts = n_posts
        self.rng = Random(f"linking8/{seed}/main")
        self.pool = Pool(Random(f"linking8/{seed}/pool"))
        self.posts = []
        self.used = set()          # membership only, never iterated
        self.sig_used = set()
        self.recycled = set()      # e164 of recycled numbers (membership only)
        self.recycled_jobs = []    # (num, first ring day)
        self.photo_seq = 0
        self.rings = []
        self.victims = {"ring": [], "indep": []}  # posts that scammers may copy
        hr = Random(f"linking8/{seed}/hubs")
        self.stock = {}
        for kind in ("escort", "interior", "job", "item"):
            self.stock[kind] = [Photo(f"stock-{kind}-{i:02d}", hr.getrandbits(256), "stock") for i in range(15)]
        self.board_hub = {}
        for b in P.BOARDS:
            info = P.BOARDS[b]
            local, path = TM.BOARD_SUPPORT[b]
            phone = None
            if info["cc"]:
                capital = {"DE": "Berlin", "NL": "Amsterdam", "BE": "Brussel", "CH": "Zürich", "AT": "Wien",
                           "IT": "Milano", "ES": "Madrid", "GB": "London", "RO": "Bucureşti", "BG": "Sofia",
                           "PL": "Warszawa", "UA": "Kyiv"}[info["cc"]]
                phone = self.pool.take_fixed(capital)
            self.board_hub[b] = {"email": f"{local}@{info['site']}", "phone": phone,
                                 "url": (info["site"], "/" + path if path else "")}
        self.ngo = {}
        for cc in sorted(P.NGOS):
            dom, _ = P.NGOS[cc]
            self.ngo[cc] = {"phone": self.pool.toll[cc][0], "domain": dom, "short": "/help-" + cc.lower()}
        self.accounts_seq = 0

    def rng_for(self, *label):
        return Random("linking8/" + str(self.seed) + "/" + "/".join(str(x) for x in label))

    def unique(self, base, rng, sep=""):
        name = base
        while name in self.used:
            name = f"{base}{sep}{rng.randint(2, 999)}"
        self.used.add(name)
        return name

    def new_photo(self, rng, owner):
        self.photo_seq += 1
        return Photo(f"ph-{self.photo_seq:06d}", rng.getrandbits(256), owner)

    def short_code(self, rng):
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        while True:
            code = "".join(rng.choice(alphabet) for _ in range(6))
            if ("short:" + code) not in self.used:
                self.used.add("short:" + code)
                return code

    def account(self, rng, board):
        self.accounts_seq += 1
        n = rng.randint(10000, 999999)
        fmt = {"rb-nl": "lid{}", "vl-uk": "vl_u{}", "ab-ro": "u{}", "op-bg": "id{}", "ot-pl": "uzytkownik-{}",
               "do-ua": "user{}"}.get(board, "acc{}")
        return self.unique(fmt.format(n), rng, "")


# ----------------------------------------------------------------------------------------------
# writing selectors

PLAIN_FORMATS = [("intl", .18), ("e164", .12), ("00s", .05), ("00c", .03), ("nat", .22), ("natc", .10),
                 ("natsep", .08), ("plus0", .03), ("pairs", .04)]
NATIONAL_FORMS = ("nat", "natc", "natsep", "plus0", "pairs")
HABITS = ["intl", "e164", "nat", "natc", "natsep", "00s", "pairs"]
KEYCAP = "\ufe0f\u20e3"


def plain_phone(rng, num, f):
    if num.cc == "1":
        area, ex, line = num.nsn[:3], num.nsn[3:6], num.nsn[6:]
        if f in ("intl", "00s"):
            return rng.choice([num.intl, f"+1 ({area}) {ex}-{line}", f"001 {area} {ex} {line}"])
        if f in ("e164", "00c"):
            return "+1" + num.nsn
        if f == "natc":
            return num.nsn
        if f == "natsep":
            return f"{area}.{ex}.{line}"
        if f == "pairs":
            return f"{area}-{ex}-{line}"
        return num.national
    if f == "intl":
        return num.intl
    if f == "e164":
        return "+" + num.cc + num.nsn
    if f == "00s":
        return "00" + num.intl[1:]
    if f == "00c":
        return "00" + num.cc + num.nsn
    if f == "nat":
        return num.national
    if f == "natc":
        return digits_of(num.national)
    if f == "natsep":
        sep = rng.choice(["-", "/", "."])
        groups = num.national.split(" ")
        if sep == "/" and len(groups) > 1:
            return groups[0] + "/" + "".join(groups[1:])
        return num.national.replace(" ", sep)
    if f == "plus0":
        if num.trunk == "0" and num.national.startswith("0"):
            return "+" + num.cc + " (0)" + num.national[1:].lstrip()
        return num.intl
    if f == "pairs":
        groups = num.national.split(" ")
        if len(groups) < 2:
            return num.national
        tail = "".join(groups[1:])
        chunks = []
        if len(tail) % 2:
            chunks.append(tail[:3])
            tail = tail[3:]
        chunks += [tail[i:i + 2] for i in range(0, len(tail), 2)]
        return groups[0] + " " + " ".join(chunks)
    raise ValueError(f)


def phone_raw(rng, num, lang, habit, board_cc, city_cc):
    """One written occurrence: returns (raw, form, platform-or-None)."""
    r = rng.random()
    intl_digits = num.cc + num.nsn
    nat_digits = num.nsn if num.cc == "1" else digits_of(num.national)
    if r < .03:
        plus, words = TM.DIGITS.get(lang, TM.DIGITS["en"])
        joiner = " " if rng.random() < .7 else "-"
        if rng.random() < .3:
            return plus + " " + joiner.join(words[int(d)] for d in intl_digits), "spelled", None
        return joiner.join(words[int(d)] for d in nat_digits), "spelled", None
    if r < .05:
        if rng.random() < .4:
            return "+" + "".join(d + KEYCAP for d in intl_digits), "emoji", None
        return "".join(d + KEYCAP for d in nat_digits), "emoji", None
    if r < .09:
        if rng.random() < .3:
            return "+" + " ".join(intl_digits), "spaced", None
        return " ".join(nat_digits), "spaced", None
    if r < .15:
        return rng.choice(["wa.me/", "https://wa.me/"]) + intl_digits, "wa", "whatsapp"
    f = habit if (habit and rng.random() < .5) else wchoice(rng, PLAIN_FORMATS)
    if f in NATIONAL_FORMS and num.region not in (board_cc, city_cc) and rng.random() < .75:
        f = rng.choice(["intl", "e164", "00s"])
    return plain_phone(rng, num, f), f, None


def phone_items(ctx, rng, post, num, role, owner, habit=None, label=True, platform_hint=None, allow_disguise=True):
    board_cc = P.BOARDS[post.board]["cc"]
    if allow_disguise:
        raw, form, plat = phone_raw(rng, num, post.lang, habit, board_cc, post.country)
    else:
        f = habit or "nat"
        if f in NATIONAL_FORMS and num.region not in (board_cc, post.country):
            f = "intl"
        raw, form, plat = plain_phone(rng, num, f), f, None
    items = []
    platform = plat or platform_hint or "phone"
    if label:
        if plat == "whatsapp":
            if rng.random() < .6:
                items.append(rng.choice(TM.MSG_LABELS["whatsapp"]) + " ")
        else:
            kind = platform_hint or wchoice(rng, [("phone", .55), ("whatsapp", .25), ("viber", .05),
                                                  ("telegram", .05), ("signal", .02), ("none", .08)])
            if kind == "phone":
                if rng.random() < .15:
                    items.append(TM.LABEL_LINE[post.lang] + ": ")
                else:
                    items.append(rng.choice(TM.LABELS[post.lang]["phone"]) + " ")
                platform = "phone"
            elif kind != "none":
                items.append(rng.choice(TM.MSG_LABELS[kind]) + " ")
                platform = kind
    value = num.e164
    if post.style == "html" and form == "wa":
        items += ['<a href="', sel("phone", value, raw, role, owner, "whatsapp", "wa"), '">WhatsApp</a>']
    elif post.style == "html" and form not in ("spelled", "emoji", "spaced") and rng.random() < .4:
        items += ['<a href="', sel("phone", value, "tel:" + value, role, owner, platform, "tel"), '">',
                  sel("phone", value, raw, role, owner, platform, form), "</a>"]
    else:
        items.append(sel("phone", value, raw, role, owner, platform, form))
    return items


def email_items(rng, post, addr, role, owner, label=True):
    local, dom = addr.split("@", 1)
    r = rng.random()
    items = []
    if label and rng.random() < .6:
        items.append(rng.choice(TM.LABELS[post.lang]["email"]) + " ")
    if r < .80:
        raw = addr
    elif r < .87:
        raw = f"{local}(at){dom}"
    elif r < .93:
        raw = f"{local} at {dom.replace('.', ' dot ')}"
    elif r < .97:
        raw = f"{local} [at] {dom.replace('.', ' [dot] ')}"
    else:
        raw = None
    if raw is None:
        if post.style == "html":
            items += ['<a href="', sel("email", addr, "mailto:" + addr, role, owner, form="mailto"), '">',
                      sel("email", addr, addr, role, owner), "</a>"]
            return items
        raw = addr
    items.append(sel("email", addr, raw, role, owner))
    return items


def handle_items(rng, post, platform, name, role, owner):
    if platform == "telegram":
        f = rng.choice(["at", "at", "tme", "https", "label"])
        if f == "at":
            pre = rng.choice(["Telegram ", "TG ", "✈️ ", ""])
            return [pre, sel("handle", name, "@" + name, role, owner, "telegram")]
        if f == "tme":
            return [sel("handle", name, "t.me/" + name, role, owner, "telegram")]
        if f == "https":
            return [sel("handle", name, "https://t.me/" + name, role, owner, "telegram")]
        return [sel("handle", name, rng.choice(["Telegram: ", "TG: "]) + name, role, owner, "telegram")]
    if platform == "instagram":
        f = rng.choice(["ig", "insta", "url"])
        if f == "ig":
            return ["IG: ", sel("handle", name, "@" + name, role, owner, "instagram")]
        if f == "insta":
            return ["Insta ", sel("handle", name, "@" + name, role, owner, "instagram")]
        return [sel("handle", name, rng.choice(["instagram.com/", "https://instagram.com/", "www.instagram.com/"]) + name,
                    role, owner, "instagram")]
    if platform == "tiktok":
        if rng.random() < .5:
            return ["TikTok ", sel("handle", name, "@" + name, role, owner, "tiktok")]
        return [sel("handle", name, rng.choice(["tiktok.com/@", "https://www.tiktok.com/@"]) + name, role, owner, "tiktok")]
    if platform == "snapchat":
        return [sel("handle", name, rng.choice(["Snap: ", "Snapchat: "]) + name, role, owner, "snapchat")]
    raise ValueError(platform)


def url_items(rng, post, domain, path, role, owner, domain_role, www=True, text=None):
    forms = ["https://", "bare", "https://www.", "www."] if www else ["https://", "bare", "http://"]
    f = rng.choice(forms)
    raw = ("" if f == "bare" else f) + domain + path
    value = domain + path
    s = sel("url", value, raw, role, owner, None, "url", domain=domain, domain_role=domain_role)
    if post.style == "html" and rng.random() < .3:
        href = ("https://www." if www else "https://") + domain + path
        s = sel("url", value, href, role, owner, None, "href", domain=domain, domain_role=domain_role)
        return ['<a href="', s, '">' + (text or (domain + path)) + "</a>"]
    return [s]


# ----------------------------------------------------------------------------------------------
# board-level additions (hubs)

def add_footer(ctx, rng, post):
    info = P.BOARDS[post.board]
    if rng.random() >= info["footer"]:
        return
    hub = ctx.board_hub[post.board]
    owner = "board:" + post.board
    pattern = rng.choice(TM.BOARD_FOOTER[post.board])
    line = []
    for chunk in split_markers(pattern):
        if chunk == "{EMAIL}":
            line += email_items(rng, post, hub["email"], "hub", owner, label=False)
        elif chunk == "{PHONE}":
            if hub["phone"] is None:
                continue
            line += phone_items(ctx, rng, post, hub["phone"], "hub", owner, habit="nat", label=False,
                                platform_hint="phone", allow_disguise=False)
        elif chunk == "{URL}":
            dom, path = hub["url"]
            line += url_items(rng, post, dom, path, "hub", owner, "hub", www=False)
        else:
            line.append(chunk)
    sep = {"html": "<br>\n<small>", "plain": "\n\n", "tg": "\n—\n", "title_price": " · ", "bio": "\n\n"}[post.style]
    post.add("body", sep, "f")
    for it in line:
        post.add("body", it, "f")
    if post.style == "html":
        post.add("body", "</small>", "f")
    post.templates.append("footer:" + post.board)


MARKER = re.compile(r"(\{[A-Z]+\})")


def split_markers(pattern):
    """Split a pattern on {PHONE}-style markers, keeping the markers; lower-case {name} stays in text."""
    return [c for c in MARKER.split(pattern) if c]


def add_ngo(ctx, rng, post):
    lang = post.lang
    bcc = P.BOARDS[post.board]["cc"]
    cc = bcc if (bcc in ctx.ngo and lang in P.COUNTRY_LANGS.get(bcc, [])) else TM.NGO_LANG_CC[lang]
    ngo = ctx.ngo[cc]
    owner = "ngo:" + cc
    pattern = rng.choice(TM.NGO_NOTICE[lang])
    line = []
    for chunk in split_markers(pattern):
        if chunk == "{PHONE}":
            line += phone_items(ctx, rng, post, ngo["phone"], "hub", owner, habit="nat", label=False,
                                platform_hint="phone", allow_disguise=False)
        elif chunk == "{URL}":
            line += url_items(rng, post, ngo["domain"], "", "hub", owner, "hub")
        elif chunk == "{SHORT}":
            line += url_items(rng, post, P.SHORTENER, ngo["short"], "hub", owner, "hub", www=False)
        else:
            line.append(chunk)
    sep = {"html": "<br>\n<i>", "plain": "\n\n", "tg": "\n\n", "title_price": " · ", "bio": "\n"}[post.style]
    post.add("body", sep, "f")
    for it in line:
        post.add("body", it, "f")
    if post.style == "html":
        post.add("body", "</i>", "f")
    post.templates.append("ngo:" + cc)


def set_author(ctx, rng, post, actor, kind):
    """Telegram: aggregator (hub) or own channel; bio: own page; boards with accounts: actor accounts."""
    b = post.board
    if b == "tg":
        if rng.random() < .5:
            chans = [c for c in P.TG_AGGREGATORS if P.TG_AGGREGATORS[c][1] == kind]
            ch = rng.choice(chans)
            post.author, post.author_role = ch, "hub"
            post.url = f"https://{P.BOARDS['tg']['site']}/c/{ch}/{rng.randint(1000, 99999)}"
            if rng.random() < .5:
                admin = P.TG_AGGREGATORS[ch][0]
                pattern = rng.choice(TM.TG_AGG_LINE)
                pre, post_txt = pattern.split("{HANDLE}")
                post.add("body", "\n\n" + pre, "f")
                post.add("body", sel("handle", admin, "@" + admin, "hub", "tgagg:" + ch, "telegram"), "f")
                post.add("body", post_txt, "f")
        else:
            if actor.get("tg_channel") is None:
                actor["tg_channel"] = ctx.unique(slug(actor["label"], "_") + rng.choice(["", "_official", "_eu", "_vip"]), rng, "_")
            ch = actor["tg_channel"]
            post.author, post.author_role = ch, "own"
            post.url = f"https://{P.BOARDS['tg']['site']}/c/{ch}/{rng.randint(10, 9999)}"
        return
    if b == "bio":
        if actor.get("bio_page") is None:
            actor["bio_page"] = ctx.unique(slug(actor["label"], ".") or "page", rng, "")
        post.author, post.author_role = actor["bio_page"], "own"
        post.url = f"https://{P.BIOHOST}/{actor['bio_page']}"
        return
    info = P.BOARDS[b]
    post.url = f"https://{info['site']}/{info['path']}/{rng.randint(100000, 9999999)}"
    if info["author"]:
        accs = actor.setdefault("accounts", {})
        if b not in accs:
            accs[b] = [ctx.account(rng, b) for _ in range(actor.get("n_accounts", 1))]
        post.author, post.author_role = rng.choice(accs[b]), "own"


def set_place_fields(rng, post):
    alts = P.CITIES[post.city][1]
    if rng.random() < .5:
        post.location = rng.choice(alts)
    if rng.random() < .2:
        bcc = P.BOARDS[post.board]["cc"]
        if bcc and bcc != post.country and rng.random() < .5:
            post.region, post.region_wrong = bcc, True
        else:
            post.region = post.country


def city_text(rng, lang, city):
    if rng.random() < .75:
        return P.CITY_IN_LANG.get(lang, {}).get(city, city)
    return rng.choice([a for a in P.CITIES[city][1] if not any(ch.isdigit() for ch in a)] or [city])


def add_photos(rng, post, photos, k_lo, k_hi, role="own", owner=None):
    if not photos:
        return
    k = min(len(photos), rng.randint(k_lo, k_hi))
    for ph in rng.sample(photos, k):
        post.photos.append(photo_use(rng, ph, role, owner))


def add_stock(ctx, rng, post, kind):
    post.photos.append(photo_use(rng, rng.choice(ctx.stock[kind]), "stock", "stock"))


def finish(ctx, rng, post, actor, agg_kind, ngo_p=0.0):
    set_author(ctx, rng, post, actor, agg_kind)
    if ngo_p and rng.random() < ngo_p:
        add_ngo(ctx, rng, post)
    add_footer(ctx, rng, post)
    set_place_fields(rng, post)


# ----------------------------------------------------------------------------------------------
# escort composer (rings, indeps)

def escort_template(rng, tid, lang, style, with_origin):
    L = TE.ESCORT[lang]
    opt = lambda slot, p: rng.randrange(len(L[slot])) if rng.random() < p else None  # noqa: E731
    middle = ["looks", "services", "popular", "avail", "place", "emoji"]
    rng.shuffle(middle)
    return {
        "id": tid, "lang": lang, "style": style,
        "title": rng.randrange(len(L["title"])), "greet": opt("greet", .6), "intro": rng.randrange(len(L["intro"])),
        "origin": opt("origin", .7 if with_origin else 0), "city_line": rng.randrange(len(L["city_line"])),
        "looks": opt("looks", .8), "services": opt("services", .7), "avail": opt("avail", .7),
        "place": opt("place", .7), "price": rng.randrange(len(L["price"])), "cta": rng.randrange(len(L["cta"])),
        "close": opt("close", .6), "no_contact": rng.randrange(len(L["no_contact"])),
        "popular": rng.sample(range(len(TE.POPULAR[lang])), rng.randint(2, 3)),
        "emoji": rng.randrange(len(TE.EMOJI_LINES)) if rng.random() < .6 else None,
        "order": middle, "sep": rng.choice(["<br>\n", "<br>", "<br />\n"]),
        "bullet": rng.choice(["🔸 ", "💋 ", "✅ ", "▪️ ", "❤️ "]),
        "habit": rng.choice(HABITS), "lanes": [rng.random() + .5, rng.random() * .8 + .1, .25],
    }


def compose_escort(ctx, rng, post, tpl, ident, contact_lines, sig=None, payment=False, booking_site=False,
                   city_named=True):
    lang = tpl["lang"]
    L = TE.ESCORT[lang]
    city = city_text(rng, lang, post.city)
    p = ident["price"] + rng.choice([0, 0, 0, 20, -20])
    fm = dict(name=ident["name"], age=ident["age"], city=city,
              origin=TE.ORIGIN_NAME[lang].get(ident.get("origin") or "EAST", TE.ORIGIN_NAME[lang]["EAST"]),
              p=p, q=int(p * .6) // 10 * 10, h=ident["height"], cup=ident["cup"])
    if ident.get("origin") and rng.random() < .3:
        fm["origin"] = TE.ORIGIN_NAME[lang]["EAST"]
    titles = L["title"]
    tpat = titles[tpl["title"]]
    if not city_named and "{city}" in tpat:
        tpat = [t for t in titles if "{city}" not in t][tpl["title"] % 2]
    if "{origin}" in tpat and not ident.get("origin"):
        tpat = titles[0] if city_named else [t for t in titles if "{city}" not in t][0]
    title = tpat.format(**fm)
    price = L["price"][tpl["price"]].format(**fm)
    style = post.style

    if style == "title_price":
        post.add("title", title)
        if contact_lines and contact_lines[0]:
            post.add("title", " – ")
            for it in contact_lines[0]:
                post.add("title", it)
        post.add("body", price)
        return

    lines = []
    if tpl["greet"] is not None:
        lines.append([L["greet"][tpl["greet"]]])
    intro = L["intro"][tpl["intro"]].format(**fm)
    if tpl["origin"] is not None and ident.get("origin"):
        intro += ", " + L["origin"][tpl["origin"]].format(**fm)
    lines.append([intro + "."])
    if city_named and ("{city}" not in tpat or rng.random() < .7):
        lines.append([L["city_line"][tpl["city_line"]].format(**fm)])
    for slot in tpl["order"]:
        if slot == "popular":
            pops = [TE.POPULAR[lang][i] for i in tpl["popular"] if rng.random() < .75]
            if rng.random() < .2:
                pops.append(rng.choice(TE.POPULAR[lang]))
            if pops:
                lines.append([" · ".join(pops) if style != "tg" else ", ".join(pops)])
        elif slot == "emoji":
            if tpl["emoji"] is not None and rng.random() < .6:
                lines.append([TE.EMOJI_LINES[tpl["emoji"]]])
        elif tpl[slot] is not None and rng.random() < .8:
            lines.append([L[slot][tpl[slot]].format(**fm)])
    lines.append([price])
    if sig:
        lines.append([sig])
    if contact_lines:
        lines.append([L["cta"][tpl["cta"]]])
        lines += contact_lines
    else:
        lines.append([L["no_contact"][tpl["no_contact"]]])
    if payment:
        lines.append([rng.choice(L["payment"])])
    if booking_site:
        pre, suf = L["booking_site"]
        lines.append([pre] + url_items(rng, post, P.BOOKING, "", "hub", "booking", "hub", www=True) + [suf])
        post.templates.append("hub:booking")
    if tpl["close"] is not None and rng.random() < .6:
        lines.append([L["close"][tpl["close"]].format(**fm)])

    if style == "html":
        post.add("title", title)
        post.add("body", "<p><b>" + title + "</b><br>\n" if rng.random() < .5 else "<p>")
        post.emit_lines("body", lines, tpl["sep"])
        post.add("body", "</p>")
    elif style == "tg":
        post.add("title", title)
        lines = [[tpl["bullet"]] + ln for ln in lines]
        post.emit_lines("body", lines, "\n")
    elif style == "bio":
        post.add("title", TM.BIO["title"][tpl["title"] % len(TM.BIO["title"])].format(name=ident["name"]))
        blines = [[rng.choice(TM.BIO["tagline"])]] + (contact_lines or [[L["no_contact"][tpl["no_contact"]]]])
        post.emit_lines("body", blines, "\n")
    else:
        post.add("title", title)
        post.emit_lines("body", lines, "\n")


# ----------------------------------------------------------------------------------------------
# rings

def ring_board(rng, cc):
    r = rng.random()
    primary = P.ESCORT_BOARD[cc]
    if r < .85:
        return primary
    if r < .93:
        return rng.choice(P.NEIGHBOURS[primary])
    if r < .98:
        return "tg"
    return "bio"


def make_itinerary(rng, start, end, countries):
    out, d, prev = [], start, None
    while d < end:
        stint = rng.randint(14, 28)
        cc = rng.choice(countries)
        city = rng.choice([c for c in P.cities_of(cc) if c != prev])
        out.append((city, d, min(end, d + stint)))
        prev = city
        d += stint
    return out


def at(itin, day):
    for city, a, b in itin:
        if a <= day < b:
            return city
    return itin[-1][0]


def make_ring(ctx, i):
    rng = ctx.rng_for("ring", i)
    rid = f"ring-{i:03d}"
    origin = wchoice(rng, [("RO", .35), ("BG", .20), ("UA", .20), ("MD", .15), ("PL", .10)])
    length = rng.randint(120, SPAN)
    start = rng.randint(0, SPAN - length)
    end = start + length
    countries = rng.sample(P.WEST, rng.randint(2, 4))
    n_pers = wchoice(rng, [(k, w) for k, w in zip(range(3, 13), [2, 4, 5, 5, 4, 3, 2, 2, 1, 1])])
    n_cells = 2 if (n_pers >= 6 and rng.random() < .5) else 1
    cells = [make_itinerary(rng, start, end, countries) for _ in range(n_cells)]
    while True:
        a, b = rng.choice(TE.SIG_A), rng.choice(TE.SIG_B)
        if (a, b) not in ctx.sig_used:
            ctx.sig_used.add((a, b))
            brand = f"{a} {b}"
            break
        if len(ctx.sig_used) >= len(TE.SIG_A) * len(TE.SIG_B):
            brand = f"{a} {b} {rid[-3:]}"
            break
    motif = rng.choice(TE.SIG_MOTIF)
    sig = rng.choice(TE.SIG_FRAME).format(m=motif, brand=brand)
    ring = {"id": rid, "rng": rng, "origin": origin, "start": start, "end": end, "countries": countries,
            "cells": cells, "sig": sig, "label": slug(brand, "_"), "n_accounts": rng.randint(1, 3),
            "templates": {}, "styles": rng.sample(["html", "plain", "title_price"], 3), "style_i": 0,
            "habit": rng.choice(HABITS)}
    # phone lanes
    lanes = {}
    for lane in ("A", "B"):
        d = start - rng.randint(0, 20)
        seq = []
        while d < end:
            dur = rng.randint(21, 42)
            if rng.random() < .4:
                region = origin
            else:
                region = P.CITIES[at(cells[0], max(d, start))][0]
            num = ctx.pool.take_mobile(region)
            seq.append((num, d, d + dur))
            if region in P.EAST and d > RECYCLE_FROM and rng.random() < .05:
                ctx.recycled_jobs.append((num, d, rid))
            d += dur - rng.randint(3, 7)
        lanes[lane] = seq
    ring["lanes"] = lanes
    # booking contact
    ring["booking"] = None
    if rng.random() < .7:
        kind = wchoice(rng, [("telegram", .5), ("whatsapp", .25), ("email", .25)])
        if kind == "telegram":
            ring["booking"] = ("telegram", ctx.unique(slug(brand, "_") + rng.choice(["_booking", "_bookings", "_vip", "_agency"]), rng, "_"))
        elif kind == "whatsapp":
            ring["booking"] = ("whatsapp", ctx.pool.take_mobile(rng.choice([origin, countries[0]])))
        else:
            local = slug(brand, ".") + rng.choice([".booking", ".vip", "", ".bookings"])
            ring["booking"] = ("email", ctx.unique(local, rng, "") + "@" + rng.choice(P.MAIL_PROVIDERS))
    # personas
    personas = []
    for k in range(n_pers):
        name = rng.choice(P.POPULAR_NAMES) if rng.random() < .3 else rng.choice(P.WORK_NAMES)
        plen = rng.randint(min(42, length), length)
        pstart = start + rng.randint(0, length - plen)
        personas.append({"id": f"{rid}/p{k + 1}", "name": name, "age0": rng.randint(19, 30),
                         "start": pstart, "end": pstart + plen, "cell": rng.randrange(n_cells),
                         "photos": [ctx.new_photo(rng, rid) for _ in range(rng.randint(4, 10))],
                         "n": int(rng.triangular(4, 30, 10)), "height": rng.randint(155, 178),
                         "cup": rng.choice("ABCD"), "price": rng.choice([100, 120, 150, 150, 180, 200, 250])})
    ring["personas"] = personas
    ring["planned"] = sum(p["n"] for p in personas)
    return ring


def ring_numbers(ring, lane, day):
    seq = ring["lanes"][lane]
    act = [x for x in seq if x[1] <= day < x[2]]
    if not act:
        act = [min(seq, key=lambda x: abs(x[1] - day))]
    return act  # ordered old -> new


def ring_template(ring, board, lang_rng):
    if board not in ring["templates"]:
        rng = ring["rng"]
        if board == "tg":
            style, lang = "tg", rng.choice(["ru", "en"])
        elif board == "bio":
            style, lang = "bio", "en"
        else:
            style = ring["styles"][ring["style_i"] % 3]
            ring["style_i"] += 1
            lang = wchoice(rng, P.BOARDS[board]["langs"])
        ring["templates"][board] = escort_template(rng, f"{ring['id']}:{board}:{style}", lang, style, True)
    return ring["templates"][board]


def gen_rings(ctx, budget):
    used, i = 0, 0
    while used < budget:
        i += 1
        ring = make_ring(ctx, i)
        ctx.rings.append(ring)
        rng = ring["rng"]
        slots = []
        for pers in ring["personas"]:
            for _ in range(pers["n"]):
                slots.append((pers, rng.uniform(pers["start"], pers["end"])))
        if used + len(slots) > budget:
            slots = rng.sample(slots, budget - used)
            slots.sort(key=lambda s: (s[0]["id"], s[1]))
        for pers, day in slots:
            ring_post(ctx, ring, pers, day)
        used += len(slots)


def ring_post(ctx, ring, pers, day):
    rng = ring["rng"]
    city = at(ring["cells"][pers["cell"]], day)
    board = ring_board(rng, P.CITIES[city][0])
    tpl = ring_template(ring, board, rng)
    post = Post(ctx, "ring", ring["id"], ring["id"], board, tpl["lang"], city, day, rng, tpl["style"])
    years = int((day - ring["start"]) / 365)
    age = pers["age0"] + years + (rng.choice([-1, 1]) if rng.random() < .1 else 0)
    post.persona = {"id": pers["id"], "name": pers["name"], "age": age}
    post.templates.append(tpl["id"])
    ident = {"name": pers["name"], "age": age, "origin": ring["origin"], "height": pers["height"], "cup": pers["cup"],
             "price": pers["price"]}
    lines = []
    if rng.random() < .2:
        post.no_contact = True
    else:
        use_booking = ring["booking"] is not None and rng.random() < .3
        phones = not (use_booking and rng.random() < .25)
        if phones:
            lane = wchoice(rng, list(zip(["A", "B", "both"], tpl["lanes"])))
            if lane == "both":
                a = ring_numbers(ring, "A", day)[-1][0]
                b = ring_numbers(ring, "B", day)[-1][0]
                L = TE.ESCORT[post.lang]["both"]
                lines.append([L[0]] + phone_items(ctx, rng, post, a, "own", ring["id"], tpl["habit"], label=False)
                             + [L[1]] + phone_items(ctx, rng, post, b, "own", ring["id"], tpl["habit"], label=False,
                                                    platform_hint="whatsapp") + [L[2]])
            else:
                act = ring_numbers(ring, lane, day)
                if len(act) > 1 and rng.random() < .75:
                    old, new = act[0][0], act[-1][0]
                    L = TE.ESCORT[post.lang]["newnum"]
                    lines.append([L[0]] + phone_items(ctx, rng, post, new, "own", ring["id"], tpl["habit"], label=False)
                                 + [L[1]] + phone_items(ctx, rng, post, old, "own", ring["id"], tpl["habit"], label=False)
                                 + [L[2]])
                else:
                    num = rng.choice(act)[0]
                    lines.append(phone_items(ctx, rng, post, num, "own", ring["id"], tpl["habit"]))
        if use_booking:
            lines.append(booking_line(ctx, rng, post, ring, TE.ESCORT[post.lang]["booking"]))
        if post.style == "bio" and rng.random() < .5:
            code = ring.setdefault("short", ctx.short_code(rng))
            lines.append(url_items(rng, post, P.SHORTENER, "/" + code, "own", ring["id"], "hub", www=False))
    compose_escort(ctx, rng, post, tpl, ident, lines, sig=ring["sig"] if rng.random() < .6 else None,
                   payment=rng.random() < .10, booking_site=rng.random() < .04, city_named=rng.random() < .8)
    if ring["sig"] in "".join(it for _, it, _ in post.items if isinstance(it, str)):
        post.templates.append("sig:" + ring["id"])
    if rng.random() < .9:
        add_photos(rng, post, pers["photos"], 1, 4)
    if rng.random() < .08:
        add_stock(ctx, rng, post, "escort")
    finish(ctx, rng, post, ring, "escort", ngo_p=.06 if board not in ("tg", "bio") else .03)
    ctx.victims["ring"].append(post)
    return post


def booking_line(ctx, rng, post, ring, labels):
    kind, val = ring["booking"]
    line = [rng.choice(labels) + " "]
    if kind == "telegram":
        line += handle_items(rng, post, "telegram", val, "own", ring["id"])
    elif kind == "whatsapp":
        line += phone_items(ctx, rng, post, val, "own", ring["id"], ring["habit"], label=True, platform_hint="whatsapp")
    else:
        line += email_items(rng, post, val, "own", ring["id"], label=False)
    return line


# ----------------------------------------------------------------------------------------------
# lovers / recruiters

def salary_text(rng, lang):
    a, b = rng.choice([1500, 1800, 2000]), rng.choice([2500, 3000])
    style = rng.randrange(4)
    f = lambda x: [f"{x:,}".replace(",", "."), str(x), f"{x:,}".replace(",", " "), f"{x:,}"][style]  # noqa: E731
    return rng.choice(TW.LOVER[lang]["sal"]).format(a=f(a), b=f(b))


def gen_lovers(ctx, budget):
    used, i = 0, 0
    while used < budget:
        i += 1
        rng = ctx.rng_for("lover", i)
        lid = f"lover-{i:03d}"
        origin = wchoice(rng, [("RO", .30), ("BG", .20), ("UA", .20), ("PL", .15), ("MD", .15)])
        lang = {"RO": "ro", "BG": "bg", "PL": "pl", "UA": rng.choice(["uk", "uk", "ru"]),
                "MD": rng.choice(["ro", "ru"])}[origin]
        ring = None
        if ctx.rings and rng.random() < .4:
            same = [r for r in ctx.rings if r["origin"] == origin]
            ring = rng.choice(same or ctx.rings)
        length = rng.randint(60, 300)
        if ring:
            start = ring["start"] + rng.randint(0, max(0, ring["end"] - ring["start"] - 60))
        else:
            start = rng.randint(0, SPAN - 60)
        end = min(SPAN, start + length)
        network = ring["id"] if ring else lid
        name = rng.choice(P.RECRUITER_NAMES)
        platform = wchoice(rng, [("telegram", .5), ("instagram", .3), ("tiktok", .2)])
        sep = "_" if platform == "telegram" else rng.choice([".", "_"])
        handle = ctx.unique(slug(name, sep) + sep + rng.choice(P.BIZ_WORDS) + (str(rng.randint(1, 99)) if rng.random() < .5 else ""), rng, "")
        pool_dest = ring["countries"] if ring else P.WEST
        dests = rng.sample(pool_dest, 1 if rng.random() < .6 else 2)
        home = rng.choice(P.cities_of(origin))
        phones, d = [], start - rng.randint(0, 20)
        while d < end:
            dur = rng.randint(28, 56)
            phones.append((ctx.pool.take_mobile(origin if rng.random() < .7 else dests[0]), d, d + dur))
            d += dur
        photos = [ctx.new_photo(rng, network) for _ in range(rng.randint(1, 2))]
        actor = {"label": handle, "n_accounts": 1}
        n = min(int(rng.triangular(4, 40, 10)), budget - used)
        days = sorted(rng.uniform(start, end) for _ in range(n))
        link_idx = set()
        if ring:
            inside = [k for k, dd in enumerate(days) if ring["start"] <= dd < ring["end"]]
            if not inside:
                k0 = 0
                days[k0] = rng.uniform(max(start, ring["start"]), min(end, ring["end"]))
                inside = [k0]
            k = max(1, round(.1 * n))
            for j in rng.sample(inside, min(k, len(inside))):
                link_idx.add(j)
        habit = rng.choice(HABITS)
        for k, day in enumerate(days):
            r = rng.random()
            board = P.CLASSIFIEDS_BOARD[origin] if r < .7 else ("tg" if r < .9 else "bio")
            plang = lang
            if board == "tg" and origin in ("UA", "MD") and rng.random() < .5:
                plang = "ru"
            if board == "bio" and rng.random() < .3:
                plang = "en"
            style = {"tg": "tg", "bio": "bio"}.get(board, "plain")
            city = home if rng.random() < .8 else rng.choice(P.cities_of(origin))
            post = Post(ctx, "lover", lid, network, board, plang, city, day, rng, style)
            dest = rng.choice(dests)
            post.dest = dest
            post.templates.append(f"{lid}:{style}")
            Lb = TW.LOVER[plang]
            fm = {"dest": TW.DEST[plang][dest], "sal": salary_text(rng, plang), "job": rng.choice(Lb["job"])}
            post.add("title", rng.choice(Lb["title"]).format(**fm))
            offer = rng.choice(Lb["offer"]).format(**fm)
            lines = [[offer[:-1] if offer.endswith("..") else offer]]
            lines += [[x] for x in rng.sample(Lb["perks"], rng.randint(1, 2))]
            lines += [[x] for x in rng.sample(Lb["req"], rng.randint(1, 3))]
            if rng.random() < .5:
                lines.append([rng.choice(Lb["disc"])])
            use_h = rng.random() < .8
            use_p = rng.random() < .6
            if not (use_h or use_p):
                use_h = True
            cline = [rng.choice(Lb["cta"]) + " "]
            if use_h:
                cline += handle_items(rng, post, platform, handle, "own", lid)
            if use_p:
                num = [x for x in phones if x[1] <= day < x[2]] or [phones[-1]]
                if use_h:
                    cline.append(" · ")
                cline += phone_items(ctx, rng, post, num[-1][0], "own", lid, habit)
            lines.append(cline)
            if k in link_idx:
                link = [rng.choice(Lb["colleague"]) + " "]
                if ring["booking"] and rng.random() < .5:
                    link = booking_line(ctx, rng, post, ring, [rng.choice(Lb["colleague"])])
                else:
                    rn = ring_numbers(ring, "A", day)[-1][0]
                    link += phone_items(ctx, rng, post, rn, "own", ring["id"], habit)
                lines.append(link)
                post.templates.append("ring-link:" + ring["id"])
            if style == "bio":
                lines = [[rng.choice(TM.BIO["tagline"])]] + lines[-2:]
            post.emit_lines("body", lines, "\n")
            if rng.random() < .3:
                add_photos(rng, post, photos, 1, 1)
            if rng.random() < .3:
                add_stock(ctx, rng, post, "job")
            finish(ctx, rng, post, actor, "jobs", ngo_p=.15 if board not in ("tg", "bio") else .03)
        used += n


# ----------------------------------------------------------------------------------------------
# independents

def gen_indeps(ctx, budget):
    used, i = 0, 0
    while used < budget:
        i += 1
        rng = ctx.rng_for("indep", i)
        iid = f"indep-{i:04d}"
        cc = rng.choice(P.WEST)
        home = rng.choice(P.cities_of(cc))
        second = None
        if rng.random() < .3:
            cc2 = cc if rng.random() < .5 else rng.choice(P.WEST)
            second = rng.choice([c for c in P.cities_of(cc2) if c != home])
        name = rng.choice(P.POPULAR_NAMES) if rng.random() < .35 else rng.choice(P.WORK_NAMES)
        length = rng.randint(30, SPAN)
        start = rng.randint(0, SPAN - length)
        end = start + length
        n = min(min(40, int(2 + rng.expovariate(1 / 8))), budget - used)
        nums = [ctx.pool.take_mobile(cc if rng.random() < .8 else rng.choice(P.EAST + P.WEST))]
        switch = None
        if rng.random() < .35:
            nums.append(ctx.pool.take_mobile(cc))
            switch = rng.uniform(start, end)
        own = None
        if rng.random() < .3:
            kind = wchoice(rng, [("telegram", .35), ("instagram", .25), ("snapchat", .1), ("email", .3)])
            base = slug(name, "_") + "_" + rng.choice(P.HANDLE_WORDS) + (str(rng.randint(18, 99)) if rng.random() < .5 else "")
            if kind == "email":
                own = ("email", ctx.unique(base.replace("_", rng.choice([".", "_", ""])), rng, "") + "@" + rng.choice(P.MAIL_PROVIDERS))
            else:
                own = (kind, ctx.unique(base, rng, ""))
        actor = {"label": slug(name, "_") + "_" + slug(home, "_"), "n_accounts": 1}
        photos = [ctx.new_photo(rng, iid) for _ in range(rng.randint(3, 8))]
        ident = {"name": name, "age0": rng.randint(19, 40), "origin": rng.choice([None, None, "RO", "BG", "UA", "PL"]),
                 "height": rng.randint(155, 180), "cup": rng.choice("ABCDE"), "price": rng.choice([100, 150, 150, 200, 250, 300])}
        templates = {}
        habit = rng.choice(HABITS)
        days = sorted(rng.uniform(start, end) for _ in range(n))
        both_done = not (switch is not None and rng.random() < .5)
        for day in days:
            city = second if (second and rng.random() < .2) else home
            r = rng.random()
            ccity = P.CITIES[city][0]
            if r < .85:
                board = P.ESCORT_BOARD[ccity]
            elif r < .90:
                board = rng.choice(P.NEIGHBOURS[P.ESCORT_BOARD[ccity]])
            elif r < .95:
                board = "tg"
            else:
                board = "bio"
            if board not in templates:
                if board == "tg":
                    style, lang = "tg", rng.choice(["en", "ru"])
                elif board == "bio":
                    style, lang = "bio", "en"
                else:
                    style = rng.choice(["html", "plain", "plain", "title_price"])
                    lang = wchoice(rng, P.BOARDS[board]["langs"])
                templates[board] = escort_template(rng, f"{iid}:{board}:{style}", lang, style, True)
                templates[board]["habit"] = habit
            tpl = templates[board]
            post = Post(ctx, "indep", iid, iid, board, tpl["lang"], city, day, rng, tpl["style"])
            age = ident["age0"] + int((day - start) / 365) + (rng.choice([-1, 1]) if rng.random() < .1 else 0)
            post.persona = {"id": iid + "/p", "name": name, "age": age}
            post.templates.append(tpl["id"])
            lines = []
            if rng.random() < .05:
                post.no_contact = True
            else:
                if switch is not None and day >= switch and not both_done:
                    L = TE.ESCORT[post.lang]["newnum"]
                    lines.append([L[0]] + phone_items(ctx, rng, post, nums[1], "own", iid, habit, label=False) + [L[1]]
                                 + phone_items(ctx, rng, post, nums[0], "own", iid, habit, label=False) + [L[2]])
                    both_done = True
                else:
                    num = nums[1] if (switch is not None and day >= switch) else nums[0]
                    lines.append(phone_items(ctx, rng, post, num, "own", iid, habit))
                if own and rng.random() < .4:
                    if own[0] == "email":
                        lines.append(email_items(rng, post, own[1], "own", iid))
                    else:
                        lines.append(handle_items(rng, post, own[0], own[1], "own", iid))
            ident2 = dict(ident, age=age)
            compose_escort(ctx, rng, post, tpl, ident2, lines, payment=rng.random() < .08,
                           booking_site=rng.random() < .04, city_named=rng.random() < .8)
            if rng.random() < .85:
                add_photos(rng, post, photos, 1, 4)
            if rng.random() < .05:
                add_stock(ctx, rng, post, "escort")
            finish(ctx, rng, post, actor, "escort", ngo_p=.06 if board not in ("tg", "bio") else .03)
            ctx.victims["indep"].append(post)
        used += n


# ----------------------------------------------------------------------------------------------
# agencies

def gen_agencies(ctx, budget):
    used, i = 0, 0
    while used < budget:
        i += 1
        rng = ctx.rng_for("agency", i)
        aid = f"agency-{i:03d}"
        cc = wchoice(rng, [("DE", .30), ("NL", .20), ("CH", .15), ("GB", .15), ("AT", .10), ("BE", .10)])
        city = rng.choice(P.cities_of(cc))
        name = rng.choice(P.AGENCY_A) + " " + rng.choice(P.AGENCY_B)
        if rng.random() < .4:
            name += " " + city_text(rng, "en", city)
        domain = ctx.unique(slug(name), rng, "") + "." + P.AGENCY_TLD[cc]
        landline = ctx.pool.take_fixed(city)
        mobile = ctx.pool.take_mobile(cc)
        email = ("info@" + domain) if rng.random() < .5 else None
        year = rng.randint(2004, 2021)
        workers = []
        for w in range(rng.randint(8, 40)):
            wn = rng.choice(P.WORK_NAMES)
            workers.append({"id": f"{aid}/w{w + 1:02d}", "name": wn, "age0": rng.randint(20, 34),
                            "slug": slug(wn) + ("-" + str(w + 1) if rng.random() < .3 else ""),
                            "photos": [ctx.new_photo(rng, aid) for _ in range(rng.randint(2, 5))]})
        langs = {"DE": ["de"], "NL": ["nl"], "CH": ["de", "fr"], "GB": ["en"], "AT": ["de"], "BE": ["fr", "nl"]}[cc]
        actor = {"label": slug(name, "_"), "n_accounts": 1}
        habit = rng.choice(HABITS)
        styles = {}
        n = min(rng.randint(15, 120), budget - used)
        length = rng.randint(200, SPAN)
        start = rng.randint(0, SPAN - length)
        for _ in range(n):
            day = rng.uniform(start, start + length)
            r = rng.random()
            board = P.ESCORT_BOARD[cc] if r < .85 else (rng.choice(P.NEIGHBOURS[P.ESCORT_BOARD[cc]]) if r < .95 else "bio")
            bl = [l for l, _ in P.BOARDS[board]["langs"]] if board != "bio" else ["en"]
            lang = rng.choice([l for l in langs if l in bl] or ["en"]) if rng.random() < .85 else "en"
            if lang not in TE.AGENCY:
                lang = "en"
            if board not in styles:
                styles[board] = "bio" if board == "bio" else ("html" if rng.random() < .6 else "plain")
            style = styles[board]
            wk = rng.choice(workers)
            pcity = city if rng.random() < .8 else rng.choice(P.cities_of(cc))
            post = Post(ctx, "agency", aid, aid, board, lang, pcity, day, rng, style)
            age = wk["age0"] + int((day - start) / 365)
            post.persona = {"id": wk["id"], "name": wk["name"], "age": age}
            post.templates.append(f"{aid}:{style}")
            A = TE.AGENCY[lang]
            fm = {"name": wk["name"], "age": age, "agency": name, "city": city_text(rng, lang, pcity), "year": year}
            post.add("title", rng.choice(A["title"]).format(**fm))
            lines = [[rng.choice(A["intro"]).format(**fm)], [rng.choice(A["body"]).format(**fm)]]
            if rng.random() < .7:
                lines.append([rng.choice(A["profile"]) + " "] +
                             url_items(rng, post, domain, "/model/" + wk["slug"], "own", aid, "own"))
            if rng.random() < .9:
                post.templates.append(f"{aid}:footer")
                lines.append(["— " + rng.choice(A["footer"]).format(**fm)])
                lines.append(url_items(rng, post, domain, "", "own", aid, "own"))
                lines.append([rng.choice(A["tel"]) + " "] + phone_items(ctx, rng, post, landline, "own", aid, habit, label=False))
                lines.append([rng.choice(A["mob"]) + " "] + phone_items(ctx, rng, post, mobile, "own", aid, habit, label=False))
                if email:
                    lines.append([rng.choice(A["mail"]) + " "] + email_items(rng, post, email, "own", aid, label=False))
            else:
                lines.append(phone_items(ctx, rng, post, mobile, "own", aid, habit))
            if rng.random() < .04:
                lines.append([TE.ESCORT[lang]["booking_site"][0]] + url_items(rng, post, P.BOOKING, "", "hub", "booking", "hub"))
            if style == "html":
                post.add("body", "<div>")
                post.emit_lines("body", lines, "<br>\n")
                post.add("body", "</div>")
            else:
                post.emit_lines("body", lines, "\n")
            add_photos(rng, post, wk["photos"], 1, 3)
            finish(ctx, rng, post, actor, "escort", ngo_p=.06 if board != "bio" else 0)
        used += n


# ----------------------------------------------------------------------------------------------
# studios

def gen_studios(ctx, budget):
    used, i = 0, 0
    while used < budget:
        i += 1
        rng = ctx.rng_for("studio", i)
        sid = f"studio-{i:03d}"
        cc = rng.choice(P.WEST)
        city = rng.choice(P.cities_of(cc))
        lang = rng.choice(P.COUNTRY_LANGS[cc])
        name = rng.choice(P.STUDIO_A) + " " + rng.choice(P.STUDIO_B)
        street = f"{rng.choice(P.STREETS[cc])} {rng.randint(1, 180)}"
        zipc = rng.choice(P.CITIES[city][2])
        addr = f"{street}, {zipc} {city_text(rng, lang, city)}" if cc != "GB" else f"{street}, {city}, {zipc}"
        a, b = rng.randint(9, 12), rng.randint(20, 23)
        landline = ctx.pool.take_fixed(city)
        mobile = ctx.pool.take_mobile(cc) if rng.random() < .5 else None
        domain = None
        if rng.random() < .4:
            domain = ctx.unique(slug(name) + "-" + slug(city), rng, "") + "." + P.AGENCY_TLD.get(cc, {"IT": "it", "ES": "es"}.get(cc, "eu"))
        email = None
        if rng.random() < .3:
            email = ("info@" + domain) if domain else (ctx.unique(slug(name, "."), rng, "") + "@" + rng.choice(P.MAIL_PROVIDERS))
        stock = rng.randrange(4) if (lang in ("de", "nl", "fr", "en") and rng.random() < .45) else None
        S = TM.STUDIO[lang]
        hours = rng.choice(S["hours"]).format(a=a, b=b)
        length = rng.randint(100, SPAN)
        start = rng.randint(0, SPAN - length)
        roster, d = [], start
        while d < start + length:
            for _ in range(rng.randint(2, 4)):
                s0 = d + rng.randint(0, 10)
                roster.append((rng.choice(P.STUDIO_STAFF), s0, s0 + rng.randint(20, 90)))
            d += rng.randint(20, 45)
        own_photos = [ctx.new_photo(rng, sid) for _ in range(rng.randint(1, 3))]
        actor = {"label": slug(name, "_") + "_" + slug(city, "_"), "n_accounts": 1}
        habit = rng.choice(HABITS)
        tpl_id = f"stock-studio:{stock}" if stock is not None else f"{sid}:own"
        n = min(rng.randint(8, 60), budget - used)
        for _ in range(n):
            day = rng.uniform(start, start + length)
            board = P.ESCORT_BOARD[cc] if rng.random() < .95 else "bio"
            plang = lang if lang in [l for l, _ in P.BOARDS[board]["langs"]] or board == "bio" else P.BOARDS[board]["langs"][0][0]
            if plang not in TM.STUDIO:
                plang = "en"
            style = "bio" if board == "bio" else "plain"
            post = Post(ctx, "studio", sid, sid, board, plang, city, day, rng, style)
            post.templates.append(tpl_id)
            staff = [s for s, s0, s1 in roster if s0 <= day < s1] or [roster[0][0]]
            staff_txt = ", ".join(dict.fromkeys(staff[:4]))
            fm = {"name": name, "city": city_text(rng, plang, city), "hours": hours, "staff": staff_txt}
            if stock is not None and plang in TM.STUDIO_STOCK[stock]:
                plines = TM.STUDIO_STOCK[stock][plang]
                post.add("title", plines[0].format(**fm))
                lines = []
                for pl in plines[1:]:
                    line = []
                    for chunk in split_markers(pl):
                        if chunk == "{PHONE}":
                            num = landline if (mobile is None or rng.random() < .7) else mobile
                            line += phone_items(ctx, rng, post, num, "own", sid, habit, label=False)
                        elif chunk == "{ADDR}":
                            line.append(addr)
                        elif chunk == "{WEB}":
                            if domain:
                                line += url_items(rng, post, domain, "", "own", sid, "own")
                        else:
                            line.append(chunk.format(**fm))
                    lines.append(line)
            else:
                post.add("title", rng.choice(S["title"]).format(**fm))
                lines = [[rng.choice(S["intro"]).format(**fm)], [rng.choice(S["services"])],
                         [rng.choice(S["staff"]).format(**fm)], [hours], [rng.choice(S["addr"]) + " " + addr]]
                if rng.random() < .8 or mobile is None:
                    lines.append([rng.choice(S["tel"]) + " "] + phone_items(ctx, rng, post, landline, "own", sid, habit, label=False))
                if mobile and rng.random() < .5:
                    lines.append(phone_items(ctx, rng, post, mobile, "own", sid, habit))
                if domain and rng.random() < .6:
                    lines.append([rng.choice(S["web"]) + " "] + url_items(rng, post, domain, "", "own", sid, "own"))
                if email and rng.random() < .5:
                    lines.append(email_items(rng, post, email, "own", sid))
            post.emit_lines("body", lines, "\n")
            if rng.random() < .6:
                add_stock(ctx, rng, post, "interior")
            if rng.random() < .4:
                add_photos(rng, post, own_photos, 1, 2)
            finish(ctx, rng, post, actor, "escort", ngo_p=.06 if board != "bio" else 0)
        used += n


# ----------------------------------------------------------------------------------------------
# employers

def licence_for(rng, cc):
    n = rng.randint(100, 9999)
    y = rng.randint(2008, 2023)
    if cc == "RO":
        return [f"ITM {n}/{y}", f"ITM nr. {n}/{y}"], f"RO:ITM-{n}/{y}"
    if cc == "PL":
        n = rng.randint(1000, 39999)
        return [f"KRAZ {n}", f"KRAZ nr {n}"], f"PL:KRAZ-{n}"
    if cc == "BG":
        return [f"Лиценз № {n}", f"Лиценз №{n}"], f"BG:AZ-{n}"
    if cc == "UA":
        return [f"Ліцензія № {n}", f"Ліцензія №{n}"], f"UA:MSP-{n}"
    if cc == "GB":
        return [f"GLAA {n}", f"GLAA licence {n}"], f"GB:GLAA-{n}"
    if cc == "DE":
        n = rng.randint(100000, 999999)
        return [f"AÜG-Erlaubnis {n}", f"AÜG {n}"], f"DE:AUG-{n}"
    if cc == "NL":
        n = rng.randint(1000000, 9999999)
        return [f"SNA {n}", f"SNA-registratie {n}"], f"NL:SNA-{n}"
    if cc == "ES":
        a, b = rng.randint(10, 99), rng.randint(100, 999)
        return [f"ETT {a}/{b}"], f"ES:ETT-{a}/{b}"
    if cc == "IT":
        return [f"Aut. Min. {n}/{y}"], f"IT:ANPAL-{n}/{y}"
    if cc == "AT":
        n = rng.randint(10000, 99999)
        return [f"GewO {n}"], f"AT:GEWO-{n}"
    abc = "".join(rng.choice("ABCDEFGHKLMNPRSTVW") for _ in range(3))
    return [f"erkenning {n}-{abc}"], f"BE:ERK-{n}-{abc}"


def gen_employers(ctx, budget):
    used, i = 0, 0
    base_lang = {"DE": "de", "NL": "nl", "GB": "en", "ES": "es", "IT": "it", "AT": "de", "BE": "nl",
                 "RO": "ro", "PL": "pl", "BG": "bg", "UA": "uk"}
    boards_all = ["ab-ro", "op-bg", "ot-pl", "do-ua"]
    while used < budget:
        i += 1
        rng = ctx.rng_for("employer", i)
        eid = f"employer-{i:03d}"
        is_agency = rng.random() < .4
        cc = rng.choice(["RO", "PL", "BG", "UA"]) if is_agency else rng.choice(["DE", "NL", "GB", "ES", "IT", "AT", "BE"])
        bcity = rng.choice(P.cities_of(cc))
        sector = rng.choice(TW.SECTORS)
        cname = rng.choice(P.COMPANY_A) + rng.choice(P.COMPANY_B)
        cname = cname[0].upper() + cname[1:]
        company = f"{cname} {P.LEGAL[cc]}"
        domain = ctx.unique(slug(cname), rng, "") + "." + P.COMPANY_TLD[cc]
        targets = [P.CLASSIFIEDS_BOARD[cc]] if is_agency else rng.sample(boards_all, rng.randint(1, 3))
        if is_agency and rng.random() < .4:
            targets.append(rng.choice([b for b in boards_all if b not in targets]))
        langs = []
        for b in targets:
            for l, _ in P.BOARDS[b]["langs"]:
                if l not in langs:
                    langs.append(l)
        for l in [base_lang[cc], "en"] + rng.sample(["de", "nl", "es", "it", "ru"], 2):
            if l not in langs and len(langs) < 5:
                langs.append(l)
        dests = [cc] if not is_agency else rng.sample(P.WEST, rng.randint(1, 3))
        landline = ctx.pool.take_fixed(bcity)
        lic = licence_for(rng, cc) if (is_agency or rng.random() < .5) else None
        lic_p = .8 if is_agency else .3
        logo = ctx.new_photo(rng, eid)
        actor = {"label": slug(cname, "_") + "_jobs", "n_accounts": 1}
        habit = rng.choice(HABITS)
        n = min(rng.randint(5, 60), budget - used)
        length = rng.randint(60, SPAN)
        start = rng.randint(0, SPAN - length)
        for _ in range(n):
            day = rng.uniform(start, start + length)
            board = rng.choice(targets) if rng.random() < .85 else "tg"
            bl = [l for l, _ in P.BOARDS[board]["langs"]] if board != "tg" else []
            cand = [l for l in langs if l in bl]
            lang = rng.choice(cand) if (cand and rng.random() < .7) else rng.choice(langs)
            dest = rng.choice(dests)
            city = bcity if not is_agency else rng.choice(P.cities_of(dest))
            style = "tg" if board == "tg" else "plain"
            post = Post(ctx, "employer", eid, eid, board, lang, city, day, rng, style)
            post.dest = dest
            E = TW.EMPLOYER[lang]
            job = rng.choice(E["jobs"][sector])
            fm = {"job": job, "place": city_text(rng, lang, city), "dest": TW.DEST[lang][dest], "company": company,
                  "wage": rng.choice(["12,82", "13,50", "14", "15,20", "11.44", "12.60", "16"]),
                  "month": rng.choice(["1.900", "2.100", "2.400", "2,300", "2 600"])}
            post.add("title", rng.choice(E["title"]).format(**fm))
            post.templates.append(f"{eid}:{lang}")
            lines = [[rng.choice(E["intro"]).format(**fm)], [rng.choice(E["salary"]).format(**fm)]]
            if rng.random() < .7:
                k = rng.randrange(4)
                lines.append([TW.STOCK_JOB[lang][k]])
                post.templates.append(f"stock-job:{k}")
            lines += [[x] for x in rng.sample(E["req"], rng.randint(1, 2))]
            if rng.random() < .5:
                lines.append([E["contract"][0]])
            u, m, t = rng.random() < .6, rng.random() < .5, rng.random() < .6
            if not (u or m or t):
                u = True
            if u:
                path = rng.choice(["/careers/" + slug(job), "/jobs/" + str(rng.randint(1000, 99999)), "/careers"])
                if path.endswith("/"):
                    path = "/careers/" + sector
                lines.append([rng.choice(E["apply"]) + " "] + url_items(rng, post, domain, path, "own", eid, "own"))
            if m:
                lines.append([rng.choice(E["mail"]) + " "] + email_items(rng, post, "jobs@" + domain, "own", eid, label=False))
            if t:
                lines.append([rng.choice(E["tel"]) + " "] + phone_items(ctx, rng, post, landline, "own", eid, habit, label=False))
            if lic and rng.random() < lic_p:
                raws, val = lic
                lines.append([rng.choice(E["lic"]) + " ", sel("licence", val, rng.choice(raws), "own", eid)])
            lines.append([company])
            post.emit_lines("body", lines, "\n")
            if rng.random() < .4:
                post.photos.append(photo_use(rng, logo, "own"))
            if rng.random() < .3:
                add_stock(ctx, rng, post, "job")
            finish(ctx, rng, post, actor, "jobs", ngo_p=.15 if board != "tg" else .03)
        used += n


# ----------------------------------------------------------------------------------------------
# scammers

def gen_scams(ctx, budget):
    used, i = 0, 0
    victims = ctx.victims
    while used < budget:
        i += 1
        rng = ctx.rng_for("scam", i)
        sid = f"scam-{i:03d}"
        phones = []
        for _ in range(1 if rng.random() < .6 else 2):
            region = wchoice(rng, [("GB", .30), ("NANP", .15), ("NL", .15), ("DE", .15), ("UA", .15), ("ES", .05), ("FR", .05)])
            phones.append(ctx.pool.take_mobile(region))
        tg = ctx.unique(rng.choice(P.HANDLE_WORDS) + "_" + rng.choice(P.HANDLE_WORDS) + str(rng.randint(1, 999)), rng, "") \
            if rng.random() < .5 else None
        vset = []
        for _ in range(rng.randint(3, 12)):
            kind = "indep" if rng.random() < .6 else "ring"
            if not victims[kind]:
                kind = "ring" if kind == "indep" else "indep"
            vset.append(rng.choice(victims[kind]))
        actor = {"label": (tg or sid.replace("-", "_")) + "_ch", "n_accounts": rng.randint(1, 2)}
        habit = rng.choice(HABITS)
        n = min(rng.randint(5, 50), budget - used)
        for _ in range(n):
            v = rng.choice(vset)
            day = v.day + rng.uniform(1, 60)
            if day >= SPAN:
                day = rng.uniform(v.day, SPAN - 1e-6)
            vb = v.board
            if rng.random() < .8:
                board = vb if vb not in ("tg", "bio") else P.ESCORT_BOARD[v.country]
            else:
                board = "tg"
            city = v.city if rng.random() < .7 else rng.choice(P.cities_of(v.country))
            style = v.style
            if style == "bio":
                style = "plain"
            post = Post(ctx, "scam", sid, sid, board, v.lang, city, day, rng, style)
            post.victim = v
            post.templates.append("copied:" + (v.templates[0] if v.templates else "?"))
            keep = rng.random() < .15
            pmap = {}
            replaced_once = False
            for field, it, sec in v.items:
                if sec != "c":
                    continue
                if isinstance(it, str):
                    post.add(field, it)
                    continue
                if it["role"] != "own":
                    post.add(field, dict(it))
                    continue
                if it["kind"] in ("handle", "email", "url") and keep:
                    d = dict(it)
                    d["role"] = "stolen"
                    post.add(field, d)
                    continue
                replaced_once = True
                if it["kind"] != "phone" and tg:
                    post.add(field, sel("handle", tg, "@" + tg, "own", sid, "telegram"))
                    continue
                key = it["value"] if it["kind"] == "phone" else "_other"
                if key not in pmap:
                    pmap[key] = phones[len(pmap) % len(phones)]
                num = pmap[key]
                form = it.get("_form")
                if form == "tel":
                    post.add(field, sel("phone", num.e164, "tel:" + num.e164, "own", sid, it["platform"], "tel"))
                elif form == "wa":
                    post.add(field, sel("phone", num.e164, "https://wa.me/" + num.cc + num.nsn, "own", sid, "whatsapp", "wa"))
                else:
                    raw, f, plat = phone_raw(rng, num, post.lang, habit, P.BOARDS[board]["cc"], post.country)
                    if f == "wa" and style == "html":
                        raw, f, plat = plain_phone(rng, num, "intl"), "intl", None
                    post.add(field, sel("phone", num.e164, raw, "own", sid, plat or it["platform"] or "phone", f))
            L = TE.ESCORT[post.lang]
            post.add("body", "\n" if style != "html" else "<br>\n")
            post.add("body", rng.choice(L["deposit"]))
            if not replaced_once or rng.random() < .5:
                post.add("body", "\n" if style != "html" else "<br>\n")
                if tg and rng.random() < .5:
                    for it in handle_items(rng, post, "telegram", tg, "own", sid):
                        post.add("body", it)
                else:
                    for it in phone_items(ctx, rng, post, rng.choice(phones), "own", sid, habit):
                        post.add("body", it)
            if rng.random() < .5:
                post.add("body", " " + rng.choice(L["payment"]))
            for ph in v.photos:
                if ph["role"] == "own":
                    pobj = Photo(ph["photo"], int(ph["hash"], 16), ph["owner"])
                    post.photos.append(photo_use(rng, pobj, "stolen", ph["owner"]))
                else:
                    post.photos.append(dict(ph))
            finish(ctx, rng, post, actor, "escort", ngo_p=.06 if board != "tg" else .03)
        used += n


# ----------------------------------------------------------------------------------------------
# sellers

def gen_sellers(ctx, budget):
    used, i = 0, 0
    jobs = list(ctx.recycled_jobs)
    while used < budget:
        i += 1
        rng = ctx.rng_for("seller", i)
        sid = f"seller-{i:04d}"
        recycled = None
        if jobs:
            recycled = jobs.pop(0)
            num, first_day, _ = recycled
            cc = num.region
            board = P.CLASSIFIEDS_BOARD[cc]
            ctx.recycled.add(num.e164)
            w_end = first_day - 60
            start = rng.uniform(0, max(1, w_end - 30))
            end = w_end
        else:
            r = rng.random()
            cc = wchoice(rng, [("RO", .3), ("PL", .3), ("UA", .25), ("BG", .15)])
            board = P.CLASSIFIEDS_BOARD[cc] if r < .9 else "tg"
            num = ctx.pool.take_mobile(cc)
            start = rng.uniform(0, SPAN - 30)
            end = min(SPAN, start + rng.uniform(10, 120))
        lang = wchoice(rng, P.BOARDS[board]["langs"]) if board != "tg" else \
            {"RO": "ro", "PL": "pl", "UA": rng.choice(["uk", "ru"]), "BG": "bg", "MD": "ro"}[cc]
        city = rng.choice(P.cities_of(cc if cc != "MD" else "RO"))
        cat = rng.choice(["car", "flat", "phone", "furniture"])
        titles, bodies = TM.SELLER[lang][cat]
        fm = {"car": rng.choice(TM.CARS), "year": rng.randint(2005, 2021), "km": f"{rng.randint(40, 280)}.{rng.randint(100, 999)}",
              "rooms": rng.randint(1, 4), "sqm": rng.randint(28, 95), "model": rng.choice(TM.PHONE_MODELS),
              "item": rng.choice(TM.FURNITURE[lang])}
        base_price = {"car": rng.randint(15, 150) * 100, "flat": rng.randint(25, 90) * 10, "phone": rng.randint(40, 400) * 5,
                      "furniture": rng.randint(10, 200) * 5}[cat]
        title_t, body_t = rng.choice(titles), rng.choice(bodies)
        photos = [ctx.new_photo(rng, sid) for _ in range(rng.randint(1, 3))]
        email = (ctx.unique(slug(rng.choice(P.RECRUITER_NAMES), ".") + str(rng.randint(1, 99)), rng, "") + "@" +
                 rng.choice(P.MAIL_PROVIDERS)) if rng.random() < .2 else None
        k = wchoice(rng, [(1, .4), (2, .25), (3, .15), (4, .08), (5, .07), (6, .05)])
        n = min(k, budget - used)
        actor = {"label": sid.replace("-", "_"), "n_accounts": 1}
        habit = rng.choice(HABITS)
        days = sorted(rng.uniform(start, max(start + 1e-3, end)) for _ in range(n))
        for j, day in enumerate(days):
            post = Post(ctx, "seller", sid, sid, board, lang, city, day, rng, "tg" if board == "tg" else "plain")
            post.templates.append(f"{sid}:ad")
            fm["price"] = base_price - j * rng.choice([0, 5, 10, 50])
            post.add("title", title_t.format(**fm))
            lines = [[body_t.format(**fm)]]
            if recycled or rng.random() < .8:
                lines.append([rng.choice(TM.SELLER_CONTACT[lang]) + " "] + phone_items(ctx, rng, post, num, "own", sid, habit, label=False))
            if email and rng.random() < .75:
                lines.append(email_items(rng, post, email, "own", sid))
            post.emit_lines("body", lines, "\n")
            if rng.random() < .6:
                add_photos(rng, post, photos, 1, 3)
            if rng.random() < .1:
                add_stock(ctx, rng, post, "item")
            finish(ctx, rng, post, actor, "sale")
        used += n


# ----------------------------------------------------------------------------------------------
# output

def render(post):
    texts = {"title": [], "body": []}
    pos = {"title": 0, "body": 0}
    sels = []
    for field, it, _sec in post.items:
        if isinstance(it, str):
            texts[field].append(it)
            pos[field] += len(it)
            continue
        raw = it["raw"]
        s = {"kind": it["kind"], "platform": it["platform"], "value": it["value"], "raw": raw, "field": field,
             "start": pos[field], "end": pos[field] + len(raw), "role": it["role"], "owner": it["owner"]}
        for k in ("domain", "domain_role"):
            if k in it:
                s[k] = it[k]
        if it["kind"] == "phone" and "_form" in it:
            s["form"] = it["_form"]
        sels.append(s)
        texts[field].append(raw)
        pos[field] += len(raw)
    return "".join(texts["title"]), "".join(texts["body"]), sels


def budgets(n):
    out, total = {}, 0
    for cls, share in SHARES[:-1]:
        out[cls] = int(round(n * share))
        total += out[cls]
    out[SHARES[-1][0]] = n - total
    return out


def generate(seed, n_posts):
    ctx = Ctx(seed, n_posts)
    bud = budgets(n_posts)
    gen_rings(ctx, bud["ring"])
    gen_lovers(ctx, bud["lover"])
    gen_indeps(ctx, bud["indep"])
    gen_agencies(ctx, bud["agency"])
    gen_studios(ctx, bud["studio"])
    gen_employers(ctx, bud["employer"])
    gen_scams(ctx, bud["scam"])
    gen_sellers(ctx, bud["seller"])
    posts = ctx.posts
    for p in posts:
        p.dt = START + timedelta(days=p.day)
        p.dt = p.dt.replace(microsecond=0)
    posts.sort(key=lambda p: (p.dt, p.tiebreak))
    for k, p in enumerate(posts, 1):
        p.id = f"p{k:06d}"
    # recycled numbers: only those whose seller was actually generated
    return ctx, posts


def write(ctx, posts, out, truth, selectors):
    fo = open(out, "w", encoding="utf-8", newline="\n")
    ft = open(truth, "w", encoding="utf-8", newline="\n") if truth else None
    fs = open(selectors, "w", encoding="utf-8", newline="\n") if selectors else None
    for p in posts:
        title, body, sels = render(p)
        rec = {"id": p.id, "title": title, "body": body, "url": p.url, "site": P.BOARDS[p.board]["site"]}
        if p.author:
            rec["author"] = p.author
        if p.location:
            rec["location"] = p.location
        if p.region:
            rec["region"] = p.region
        rec["posted_at"] = time_str(p.dt, P.BOARDS[p.board]["local"])
        if p.photos:
            rec["image_hashes"] = [ph["hash"] for ph in p.photos]
        fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if ft:
            ft.write(json.dumps({"id": p.id, "network": p.network, "class": p.cls, "actor": p.actor},
                                ensure_ascii=False) + "\n")
        if fs:
            for s in sels:
                if s["kind"] == "phone" and s["value"] in ctx.recycled:
                    s["recycled"] = True
            templates = list(p.templates)
            if p.victim is not None:
                templates.insert(0, "stolen-from:" + p.victim.id)
            side = {"id": p.id, "class": p.cls, "actor": p.actor, "network": p.network, "persona": p.persona,
                    "board": p.board, "site": P.BOARDS[p.board]["site"], "language": p.lang, "city": p.city,
                    "country": p.country, "dest": p.dest, "style": p.style, "no_contact": p.no_contact,
                    "author": p.author, "author_role": p.author_role, "region_wrong": p.region_wrong, "selectors": sels,
                    "photos": p.photos, "templates": templates}
            fs.write(json.dumps(side, ensure_ascii=False) + "\n")
    fo.close()
    if ft:
        ft.close()
    if fs:
        fs.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--selectors")
    a = ap.parse_args(argv)
    if a.posts < 100:
        ap.error("--posts must be at least 100")
    ctx, posts = generate(a.seed, a.posts)
    write(ctx, posts, a.out, a.truth, a.selectors)


if __name__ == "__main__":
    main()
