#!/usr/bin/env python3
"""linking6 corpus generator: migration-route adverts grouped into ground-truth networks.

    python3 eval/linking6/gen.py --seed 1 --posts 20000 \
        --out posts.jsonl --truth truth.jsonl --selectors sidecar.jsonl

The design (sites, actor classes, parameters, hubs, the ground-truth rule) is in SPEC.md; this
file follows it section by section. Python 3.11, standard library only. Every random stream is
a `random.Random` seeded with a string, and nothing iterates a set or depends on hash order, so
the same --seed and --posts give byte-identical files whatever PYTHONHASHSEED is.
"""
import argparse
import html
import json
import math
import os
import re
import sys
import random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402  (language material, same folder)

HELD_OUT = range(601, 610)       # SPEC 9: never generate these while tuning
MIN_POSTS, MAX_POSTS = 300, 200_000
DAYS = 365                       # 2025-01-01 .. 2025-12-31
EPOCH = datetime(2025, 1, 1)     # local times are EPOCH + day + seconds of day
DST_DAYS = (88, 297)             # 2025-03-30 .. 2025-10-25 (day index, inclusive)

# SPEC 4: share of --posts per class. "repost" posts belong to the networks they repost.
SHARES = [("emp", 0.10), ("rec", 0.22), ("vis", 0.09), ("dom", 0.09), ("sex", 0.15),
          ("ind", 0.11), ("cpy", 0.04), ("repost", 0.04), ("repown", 0.04), ("sel", 0.12)]

# Local hour-of-day weights (00..23): quiet nights, evening peak.
HOUR_W = [1, 1, 1, 1, 1, 1, 2, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 9, 9, 9, 8, 6, 4]

# Marker around a rendered phone so an HTML site can wrap it in a tel: link (SPEC 2).
TEL_RE = re.compile("\ue000([^\ue001]*)\ue001([^\ue002]*)\ue002")


# ============================================================================================
# Small random helpers

def wchoice(rng, pairs):
    """Pick from [(item, weight), ...]."""
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def lognorm(rng, median, sigma, lo, hi):
    """round(exp(gauss(ln median, sigma))), clamped to [lo, hi]."""
    return max(lo, min(hi, round(math.exp(rng.gauss(math.log(median), sigma)))))


def window(rng, lo, hi):
    """An activity window of lo..hi days placed uniformly inside the year: (start, end) days."""
    length = min(DAYS - 1, rng.uniform(lo, hi))
    start = rng.uniform(0, DAYS - 1 - length)
    return start, start + length


def post_days(rng, n, a, b):
    """n post days in [a, b]: 65% uniform, 35% around 1-4 burst days (sd 3 days)."""
    bursts = [rng.uniform(a, b) for _ in range(rng.randint(1, 4))]
    days = []
    for _ in range(n):
        if rng.random() < 0.65:
            d = rng.uniform(a, b)
        else:
            d = min(b, max(a, rng.gauss(rng.choice(bursts), 3.0)))
        days.append(d)
    days.sort()
    return days


def chain(rng, items, a, b, ov_lo, ov_hi):
    """Rotation: items active one after another over [a, b]; each overlaps the next by
    ov_lo..ov_hi days. Returns [(item, start, end), ...]."""
    k = len(items)
    cuts = sorted(rng.uniform(a, b) for _ in range(k - 1))
    bounds = [a] + cuts + [b]
    out = []
    for i, item in enumerate(items):
        start, end = bounds[i], bounds[i + 1]
        if i < k - 1:
            end = min(b, end + rng.uniform(ov_lo, ov_hi))
        out.append((item, start, end))
    return out


def active(ch, day):
    """Items of a chain active on day (oldest first); the nearest one if none is."""
    act = [it for it, s, e in ch if s <= day <= e]
    if act:
        return act
    best = min(ch, key=lambda x: min(abs(x[1] - day), abs(x[2] - day)))
    return [best[0]]


def rotation(rng, take, a, b, period_lo, period_hi, ov_lo, ov_hi):
    """A chain with one new item per period_lo..period_hi days of the window."""
    k = max(1, math.ceil((b - a) / rng.uniform(period_lo, period_hi)))
    return chain(rng, [take() for _ in range(k)], a, b, ov_lo, ov_hi)


def utc_seconds(post):
    """The post's instant as seconds from 2025-01-01T00:00Z."""
    return int(post.day) * 86400 + post.sod - offset_minutes(post.site, post.day) * 60


def set_after(post, src, delta_days):
    """Time a repost / copy delta_days after its source (clamped to the end of 2025)."""
    t = utc_seconds(src) + int(delta_days * 86400)
    local = t + offset_minutes(post.site, t / 86400) * 60
    local = max(0, min(local, DAYS * 86400 - 1))
    post.day, post.sod = float(local // 86400), local % 86400


def slugify(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("é", "e").replace("ó", "o")
                  .replace("í", "i").replace("á", "a").replace("ú", "u").replace("ñ", "n"))


def new_base(rng):
    """A photo: a random 256-bit base hash."""
    return rng.getrandbits(256)


def noisy(rng, base, max_flips):
    """One appearance of a photo: the base with 0..max_flips random bits flipped, as hex."""
    h = base
    for _ in range(rng.randint(0, max_flips)):
        h ^= 1 << rng.randrange(256)
    return f"{h:064x}"


# ============================================================================================
# Numbers (SPEC 3)

class Num:
    """One pool number: country, E.164, library national and international formats."""
    __slots__ = ("cc", "e164", "national", "intl")

    def __init__(self, cc, e164, national, intl):
        self.cc, self.e164, self.national, self.intl = cc, e164, national, intl

    @property
    def digits(self):          # country code + national number, no plus (wa.me form)
        return self.e164[1:]


class Pool:
    """number_pool.json, each list shuffled with the run seed, handed out without replacement."""

    def __init__(self, seed):
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            data = json.load(f)["pool"]
        self.lists, self.pos = {}, {}
        for cc in sorted(data):
            for typ in ("mobile", "fixed", "tollfree"):
                lst = [Num(cc, *e) for e in data[cc][typ]]
                random.Random(f"linking6:{seed}:pool:{cc}:{typ}").shuffle(lst)
                self.lists[(cc, typ)] = lst
                self.pos[(cc, typ)] = 0

    def take(self, cc, typ="mobile"):
        key = (cc, typ)
        if typ == "tollfree" and not self.lists[key]:
            key = (cc, "fixed")
        i = self.pos[key]
        if i >= len(self.lists[key]):
            raise SystemExit(f"gen.py: number pool exhausted for {key}; use fewer --posts")
        self.pos[key] = i + 1
        return self.lists[key][i]


PHONE_FORMS = [("national", 30), ("intl", 20), ("e164", 6), ("cc_digits", 8), ("compact", 12),
               ("dashed", 8), ("dotted", 3), ("slashed", 3), ("regroup", 5), ("intl00", 3)]


def _compact(num):
    return re.sub(r"\D", "", num.national)


def _regroup(rng, digits):
    """Regroup digits 3-3-rest, 4-3-rest, 3-4-rest or in pairs after a 2-3 digit head."""
    pat = rng.choice(["334", "434", "344", "pairs"])
    if pat == "pairs":
        head = rng.choice([2, 3])
        parts = [digits[:head]] + [digits[i:i + 2] for i in range(head, len(digits), 2)]
    else:
        a, b = int(pat[0]), int(pat[1])
        parts = [digits[:a], digits[a:a + b], digits[a + b:]]
    return " ".join(p for p in parts if p)


FOREIGN_FORMS = [("intl", 45), ("e164", 15), ("cc_digits", 15), ("intl00", 5), ("national", 12),
                 ("compact", 8)]


def phone_text(rng, num, lang, allow_odd=True, foreign=False):
    """Write one phone occurrence. Returns (text, form). SPEC 3. A foreign number (not of the
    post's place or site) is mostly written with its country code."""
    base_lang = "en" if lang == "pcm" else lang
    if allow_odd and base_lang in T.DIGIT_WORDS and rng.random() < 0.02:
        words = T.DIGIT_WORDS[base_lang]
        return " ".join(words[int(c)] for c in _compact(num)), "words"
    forms = list(FOREIGN_FORMS if foreign else PHONE_FORMS)
    if num.cc == "NP":
        forms = [(f, w * 3 if f == "compact" else w) for f, w in forms]
    if num.cc == "LB":
        forms = [(f, w * 3 if f == "slashed" else w) for f, w in forms]
    form = wchoice(rng, forms)
    nat = num.national
    if form == "national":
        text = nat
        if num.cc in ("CO", "PE") and rng.random() < 0.5:   # 300 123 4567
            d = _compact(num)
            text = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif form == "intl":
        text = num.intl
    elif form == "e164":
        text = num.e164
    elif form == "cc_digits":
        text = num.digits
    elif form == "compact":
        text = _compact(num)
    elif form == "dashed":
        text = re.sub(r"[ ]+", "-", nat.replace("(", "").replace(")", ""))
    elif form == "dotted":
        text = re.sub(r"[ \-]+", ".", nat.replace("(", "").replace(")", ""))
    elif form == "slashed":
        text = re.sub(r"[ \-]", "/", nat.replace("(", "").replace(")", ""), count=1)
    elif form == "regroup":
        text = _regroup(rng, _compact(num))
    else:  # intl00
        text = "00" + num.intl[1:]
    if allow_odd and base_lang in T.NATIVE_DIGITS and rng.random() < 0.25:
        table = T.NATIVE_DIGITS[base_lang]
        text = "".join(table[int(c)] if c.isdigit() else c for c in text)
        form = "native"
    return text, form


def wa_link(rng, num):
    return rng.choice(["wa.me/{d}", "https://wa.me/{d}", "wa.me/{d}",
                       "https://api.whatsapp.com/send?phone={d}"]).format(d=num.digits)


# ============================================================================================
# Posts

class Post:
    """One post under construction: content lines (tag, text) plus the planted selectors."""

    def __init__(self, actor, site, day, lang, rng, place_cc, kind="original"):
        self.seq = 0
        self.actor = actor
        self.net = actor["id"]
        self.cls = actor["cls"]
        self.poster = actor["id"]
        self.kind = kind
        self.ref = None                # source post of a repost / copy
        self.site = site
        self.day = min(DAYS - 1, max(0.0, day))
        self.sod = rng.choices(range(24), HOUR_W)[0] * 3600 + rng.randrange(3600)
        self.lang = lang
        self.place_cc = place_cc       # country of the post's place (region, NGO notice)
        self.title = None
        self.lines = []                # [(tag, text)]; tags: text, contact, web, ats, boiler
        self.author = None
        self.location = None
        self.group = None
        self.category = None
        self.images = []               # [(base, hub_reason or None)]
        self.phones, self.forms, self.wallets, self.emails = [], [], [], []
        self.domains, self.urls, self.handles, self.accounts = [], [], [], []
        self.licences, self.addresses, self.names, self.hub = [], [], [], []
        self.deceptive = actor.get("deceptive")

    # selector bookkeeping ---------------------------------------------------------------
    def add(self, field, value):
        lst = getattr(self, field)
        if value not in lst:
            lst.append(value)

    def hubbed(self, item):
        if item not in self.hub:
            self.hub.append(item)

    def phone(self, rng, num, lang=None, odd=True):
        """Render a contact phone, record it, return the text (with tel marker)."""
        site = T.SITES[self.site]
        foreign = num.cc != self.place_cc or (site["kind"] != "groups"
                                              and num.cc not in site["countries"])
        text, form = phone_text(rng, num, lang or self.lang, odd, foreign)
        self.add("phones", num.e164)
        self.forms.append(f"{num.e164}:{form}")
        if form in ("words", "native"):
            return text
        return f"\ue000{num.e164}\ue001{text}\ue002"

    def wa(self, rng, num):
        self.add("phones", num.e164)
        self.forms.append(f"{num.e164}:wa")
        return wa_link(rng, num)

    def line(self, text, tag="text"):
        self.lines.append((tag, text))

    def image(self, rng, base, flips=8, hub=None):
        self.images.append((noisy(rng, base, flips), base, hub))


class Ctx:
    """Shared state: the number pool, site hubs, stock photos, all posts, unique names."""

    def __init__(self, seed):
        self.seed = seed
        self.pool = Pool(seed)
        self.posts = []
        self.e164_cc = {}
        self.slugs, self.usernames, self.acct_ids = set(), set(), set()
        self.names, self.handles, self.offices = set(), set(), set()
        rng = self.rng("hubs")
        # SPEC 2: footer of each site (support line of its first country).
        self.footer = {}
        for site, s in T.SITES.items():
            num = self.take(s["countries"][0], "fixed")
            self.footer[site] = dict(num=num, email=f"support@{site}", url=f"https://{site}/help")
        # NGO hotlines, one or two per country.
        self.hotlines = {}
        for cc in sorted(T.NGO):
            k = 2 if len(T.NGO[cc]) > 1 else 1
            self.hotlines[cc] = [(self.take(cc, "tollfree"), T.NGO[cc][i]) for i in range(k)]
        # Stock photos shared by many actors.
        self.stock = {name: new_base(rng) for name in T.STOCK_IMAGES}

    def rng(self, name):
        return random.Random(f"linking6:{self.seed}:{name}")

    def take(self, cc, typ="mobile"):
        num = self.pool.take(cc, typ)
        self.e164_cc[num.e164] = cc
        return num

    def unique_name(self, rng, make):
        """A company / agency name no other actor uses (names identify an actor)."""
        for _ in range(30):
            name = make()
            if name not in self.names:
                break
        while name in self.names:
            name = f"{make()} {rng.choice(NAME_EXTRA)}"
        self.names.add(name)
        return name

    def unique_handle(self, rng, base):
        """A messaging / social handle no other actor uses."""
        h = base
        while h in self.handles:
            h = f"{base}{rng.randint(1, 9999)}"
        self.handles.add(h)
        return h

    def unique_slug(self, rng, base):
        slug = slugify(base) or "agency"
        while slug in self.slugs:
            slug = slugify(base) + str(rng.randint(2, 99))
        self.slugs.add(slug)
        return slug

    def add(self, post):
        post.seq = len(self.posts)
        self.posts.append(post)
        return post

    # site account of an actor (SPEC 2, author) ----------------------------------------------
    def author(self, rng, actor, site, day):
        kind = T.SITES[site]["author"]
        if kind is None:
            return None, False
        if kind == "display":
            disp = actor.get("display")
            if disp is None:
                disp = actor["display"] = display_name(rng, site)
                actor["display_hub"] = True
            return disp, actor.get("display_hub", False)
        accs = actor.setdefault("accounts", {})
        if site not in accs:
            first = self.new_account(rng, kind, actor)
            second = None
            if rng.random() < 0.15:
                second = (self.new_account(rng, kind, actor), rng.uniform(0, DAYS))
            accs[site] = (first, second)
        first, second = accs[site]
        if second and day >= second[1]:
            return second[0], False
        return first, False

    def new_account(self, rng, kind, actor):
        if kind == "username":
            base = actor.get("uname") or rng.choice(["user", "seller", "deals", "ads"])
            name = base
            while name in self.usernames:
                name = f"{base}{rng.choice(['_', '', '.'])}{rng.randint(1, 999)}"
            self.usernames.add(name)
            return name
        prefix = kind.split(":", 1)[1]
        width = 6 if prefix == "gh-" else (5 if prefix == "rc-" else 7)
        while True:
            acc = prefix + str(rng.randrange(10 ** (width - 1), 10 ** width))
            if acc not in self.acct_ids:
                self.acct_ids.add(acc)
                return acc


NAME_EXTRA = ["Group", "Co.", "& Partners", "Int'l", "Est.", "Bureau", "Global", "Plus", "One",
              "Express", "Hub", "Centre", "Ltd"]


def display_name(rng, site):
    """A common first name as a groups-site display name (a hub)."""
    return rng.choice(T.DISPLAY_NAMES[site]) + rng.choice(T.DISPLAY_SUFFIX)


def pick_lang(rng, home, site):
    """The poster's language if the site carries it, else English (SPEC 2)."""
    lang = wchoice(rng, T.HOME_LANGS[home])
    langs = T.SITES[site]["langs"]
    if lang in langs or (lang == "pcm" and "en" in langs):
        return lang
    return "en" if "en" in langs else langs[0]


def base_lang(lang):
    return "en" if lang == "pcm" else lang


def tpl(table, lang):
    """The template dict of a language, English as the fallback."""
    return table.get(base_lang(lang)) or table["en"]


def pick_city(rng, cc):
    cities = list(T.CITIES[cc])
    return cities[0] if rng.random() < 0.4 else rng.choice(cities)


def location_text(rng, cc, city):
    districts = T.CITIES[cc][city]
    r = rng.random()
    if r < 0.35:
        return city
    if r < 0.6:
        return f"{rng.choice(districts)}, {city}"
    if r < 0.75:
        return f"{city}, {T.COUNTRY_NAME[cc]}"
    if r < 0.85:
        return city.upper()
    return f"{city} - {rng.choice(districts)}"


def place(post, rng, cc, city, topic):
    """Location (65% on boards, never on groups), author, group/category of a post."""
    site = T.SITES[post.site]
    if site["kind"] == "groups":
        groups = T.GROUPS[post.site]
        post.group = rng.choice(groups.get(topic) or groups["community"])
    else:
        post.category = {"jobs": "jobs", "travel": "travel", "adult": "adult",
                         "domestic": "domestic", "community": "community",
                         "services": "services"}.get(topic, "items")
        if rng.random() < 0.65:
            post.location = location_text(rng, cc, city)
    author, hub = post_author(post, rng)
    if author:
        post.author = author
        acc = f"{post.site}:{author}"
        post.add("accounts", acc)
        if hub:
            post.hubbed("account:" + acc)


_CTX = None


def post_author(post, rng):
    return _CTX.author(rng, post.actor, post.site, post.day)


def fill(template, **kw):
    """str.format with keyword slots; templates need not use every slot."""
    return template.format(**kw)


def shows_title(site):
    return T.SITES[site]["kind"] != "groups"


# ============================================================================================
# Class generators (SPEC 4). Each returns nothing; posts go to ctx.posts.

def sizes_for(rng, quota, sizer):
    """Actor sizes drawn until the quota is filled; the last one is truncated."""
    out, total = [], 0
    while total < quota:
        s = min(sizer(), quota - total)
        out.append(s)
        total += s
    return out


def agency_name(rng, region, suffixes):
    return f"{rng.choice(T.AGENCY_PREFIX[region])} {rng.choice(T.AGENCY_CORE)} {rng.choice(suffixes)}"


REGION_OF = {"NG": "west", "GH": "west", "SN": "west", "ML": "west", "CI": "west",
             "IN": "south", "NP": "south", "BD": "south", "VE": "latin", "CO": "latin",
             "KE": "east", "LB": "gulf", "AE": "gulf", "QA": "gulf", "SA": "gulf"}
REC_DEST = {
    "west": [("AE", 25), ("QA", 15), ("SA", 10), ("PL", 12), ("RO", 6), ("HR", 6), ("IT", 6),
             ("ES", 5), ("CA", 10), ("MT", 5)],
    "south": [("AE", 35), ("QA", 25), ("SA", 25), ("PL", 5), ("RO", 5), ("HR", 5)],
    "latin": [("ES", 50), ("PE", 20), ("IT", 10), ("PT", 10), ("CA", 10)],
    "east": [("AE", 30), ("QA", 25), ("SA", 35), ("PL", 10)],
}
LICENCE_PREFIX = {"NG": ("PEA", ["LAG", "ABJ", "BEN"]), "GH": ("LPA", ["ACC", "KSI"]),
                  "SN": ("AGR", ["DKR"]), "ML": ("AGR", ["BKO"]), "CI": ("AGR", ["ABJ"]),
                  "IN": ("RL", ["MUM", "DEL", "HYD", "COK", "PESH"]), "NP": ("DOFE", ["KTM"]),
                  "BD": ("RL", ["DHK", "CTG"]), "KE": ("NEA", ["NBI"]), "VE": ("RE", ["CCS"]),
                  "CO": ("RE", ["BOG", "CUC"]), "LB": ("ML", ["BEY"]), "AE": ("MOL", ["DXB"]),
                  "QA": ("MOL", ["DOH"]), "SA": ("MOL", ["RUH", "JED"])}
OTHER_BOARD = {"west": ["naijaboard.example", "ghjobsmart.example", "teranga-annonces.example"],
               "south": ["naukri-bazaar.example", "rojgar-nepal.example", "chakri-bd.example"],
               "latin": ["anuncios-es.example"], "east": ["gulfclassifieds.example"]}
STOCK_FOR = {"rec": ["dubai_skyline", "passport_ticket", "office_desk", "airplane_wing",
                     "construction_site", "handshake"],
             "vis": ["passport_ticket", "airplane_wing", "europe_map", "colosseum", "church_spires"],
             "sex": ["massage_room", "hotel_room"], "ind": ["massage_room", "hotel_room"],
             "dom": ["office_desk", "handshake"],
             "emp": {"hotel": "hotel_lobby", "hospital": "hospital_ward",
                     "construction": "construction_site", "facility": "office_desk",
                     "agri_it": "construction_site", "agri_es": "construction_site",
                     "care_it": "hospital_ward", "care_es": "hospital_ward",
                     "hotel_it": "hotel_lobby", "hotel_es": "hotel_lobby"},
             "rep": ["gm_flowers", "bible_verse"]}


def licence_variants(rng, pre, num, code):
    """The canonical licence and one inconsistent way of writing it."""
    canon = f"{pre}-{num}/{code}"
    written = rng.choice([canon, f"{pre} {num} / {code}", f"Lic. No: {pre}{num}-{code}",
                          canon.lower(), f"Licence {pre}/{num}/{code}",
                          f"{'.'.join(pre)}. No. {num}/{code}"])
    return canon, written


def address_variants(rng, num, street, city, cc):
    """Canonical office address and one written variant (abbreviations, No./Plot, case)."""
    canon = f"{num} {street}, {city}"
    s = street
    if rng.random() < 0.4:
        for full, short in T.STREET_ABBR:
            s = s.replace(full, short)
    form = rng.randrange(6)
    if form == 0:
        text = f"{num} {s}, {city}"
    elif form == 1:
        text = f"No. {num} {s}, {city}"
    elif form == 2:
        text = f"Plot {num}, {s}, {city}" + (" State" if cc == "NG" else "")
    elif form == 3:
        text = f"{num}, {s} {city}"
    elif form == 4:
        text = f"{num} {s} {city}".upper()
    else:
        text = f"{s} {num}, {city}, {T.COUNTRY_NAME[cc]}"
    return canon, text


def gen_rec(ctx, quota):
    """SPEC 4.1 overseas recruitment agencies."""
    rng = ctx.rng("rec")
    homes = [("NG", 20), ("GH", 10), ("SN", 4), ("ML", 4), ("CI", 4), ("IN", 20), ("NP", 13),
             ("BD", 15), ("VE", 2), ("CO", 3), ("KE", 5)]
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 10, 0.9, 2, 200))):
        home = wchoice(rng, homes)
        region = REGION_OF[home]
        suffixes = (T.SUFFIX_FR if home in ("SN", "ML", "CI") and rng.random() < 0.5 else
                    T.SUFFIX_ES if home in ("VE", "CO") else T.AGENCY_SUFFIX)
        name = ctx.unique_name(rng, lambda: agency_name(rng, region, suffixes))
        slug = ctx.unique_slug(rng, name)
        a = dict(id=f"rec-{i + 1:04d}", cls="rec", home=home, name=name,
                 uname=slug[:14] + rng.choice(["", "_ng", "_jobs", "_agency", "1"]),
                 deceptive=rng.random() < 0.45)
        if rng.random() < 0.45:
            a["display"] = name
        start, end = window(rng, 90, 365)
        k = wchoice(rng, [(1, 30), (2, 35), (3, 22), (4, 13)])
        a["chain"] = chain(rng, [ctx.take(home) for _ in range(k)], start, end, 10, 40)
        a["landline"] = ctx.take(home, "fixed") if rng.random() < 0.2 else None
        emails = []
        a["domain"] = f"{slug}.example" if rng.random() < 0.3 else None
        if a["domain"]:
            emails.append(f"{rng.choice(['info', 'recruitment', 'cv'])}@{a['domain']}")
        if rng.random() < 0.55:
            local = rng.choice([slug[:16], slug[:10] + str(rng.randint(1, 99)),
                                slug[:8] + ".recruit", slug[:8] + ".jobs"])
            local = ctx.unique_handle(rng, local)        # free-mail local parts are unique
            emails.append(f"{local}@{rng.choice(T.FREEMAIL)}")
        a["emails"] = emails
        if rng.random() < 0.6:
            pre, codes = LICENCE_PREFIX[home]
            a["licence"] = (pre, str(rng.randint(100, 9999)).zfill(4), rng.choice(codes))
        else:
            a["licence"] = None
        city = pick_city(rng, home)
        street = rng.choice(T.STREETS[home][city])
        while True:                       # one agency per address
            a["office"] = (rng.randint(1, 250), street, city)
            if a["office"] not in ctx.offices:
                ctx.offices.add(a["office"])
                break
        a["fb"] = (ctx.unique_handle(rng, re.sub(r"[^A-Za-z]", "", name) + home)
                   if rng.random() < 0.25 else None)
        a["slogan"] = f"{rng.choice(T.SLOGAN_A)} {rng.choice(T.SLOGAN_B)}"
        a["flyer"] = new_base(rng)
        a["roles"] = rng.sample(T.REC_ROLES, rng.randint(3, 6))
        a["dests"] = [wchoice(rng, REC_DEST[region]) for _ in range(rng.randint(1, 3))]
        home_site = T.HOME_SITE[home]
        sites = [(home_site, 70), (T.GROUPS_SITE[home], 15), ("gulfclassifieds.example", 10),
                 (rng.choice(OTHER_BOARD[region]), 5)]
        for day in post_days(rng, size, start, end):
            site = wchoice(rng, sites)
            rec_post(ctx, rng, a, site, day, city)


def rec_post(ctx, rng, a, site, day, city):
    home = a["home"]
    lang = pick_lang(rng, home, site)
    L = tpl(T.REC, lang)
    bl = base_lang(lang)
    p = Post(a, site, day, lang, rng, home)
    role_key = rng.choice(a["roles"])
    dest = rng.choice(a["dests"])
    kw = dict(n=rng.choice([5, 10, 15, 20, 30, 50, 100]),
              role=T.ROLES[role_key][bl if bl in T.ROLES[role_key] else "en"],
              dest=rng.choice(T.DEST[dest].get(bl) or T.DEST[dest]["en"]),
              salary=rng.choice(T.SALARY[dest]), city=city,
              weekday=rng.choice(T.WEEKDAYS.get(bl, T.WEEKDAYS["en"])),
              fee=rng.choice(T.FEES.get(home, T.FEES["NG"])))
    kw["a1"], kw["a2"] = rng.choice([(21, 35), (20, 40), (22, 45), (18, 35), (25, 40)])
    p.title = fill(rng.choice(L["title"]), **kw)
    p.names.append(a["name"])
    if home in ("SN", "ML", "CI") and rng.random() < 0.25:
        p.line(rng.choice(T.GREETINGS_WA_BM))
    if rng.random() < 0.6:
        p.line(a["name"])
    p.line(fill(rng.choice(L["open"]), **kw))
    for s in rng.sample(L["benefit"], rng.randint(2, min(4, len(L["benefit"])))):
        p.line("✅ " + fill(s, **kw) if rng.random() < 0.4 else fill(s, **kw))
    for s in rng.sample(L["req"], rng.randint(1, 3)):
        p.line(fill(s, **kw))
    if rng.random() < 0.5:
        p.line(fill(rng.choice(L["interview"]), **kw))
    if lang == "pcm":
        for s in rng.sample(T.PIDGIN, rng.randint(1, 3)):
            p.line(s)
    if a["deceptive"]:
        if rng.random() < 0.6:
            p.line(fill(rng.choice(L["fee"]), **kw))
        if rng.random() < 0.3:
            p.line(rng.choice(L["passport"]))
    elif rng.random() < 0.3:
        p.line(rng.choice(L["nofee"]))
    if rng.random() < 0.35:
        p.line(a["slogan"])
    # contact (SPEC 4.1)
    if rng.random() < 0.08:
        p.line(rng.choice(L["nocontact"]))
    else:
        act = active(a["chain"], day)
        if len(act) > 1:
            r = rng.random()
            shown = act[-2:] if r < 0.55 else ([act[-1]] if r < 0.85 else [act[0]])
        else:
            shown = act
        lead = rng.choice(L["contact"])
        if rng.random() < 0.35:                  # WhatsApp link of the current number
            link = p.wa(rng, act[-1])
            if rng.random() < 1 / 3:
                p.line(f"WhatsApp: {link}", "contact")
            else:
                p.line(f"{lead} " + " / ".join(p.phone(rng, n) for n in shown), "contact")
                p.line(link, "contact")
        else:
            p.line(f"{lead} " + rng.choice([", ", " / ", " | ", " or "]).join(
                p.phone(rng, n) for n in shown), "contact")
        if a["landline"] and rng.random() < 0.3:
            p.line("Tel: " + p.phone(rng, a["landline"]), "contact")
        if a["emails"] and rng.random() < 0.4:
            e = rng.choice(a["emails"])
            p.add("emails", e)
            if e.split("@")[1] in T.FREEMAIL:
                p.hubbed("domain:" + e.split("@")[1])
            p.line(fill(rng.choice(L["email"]), email=e), "contact")
        if a["domain"] and rng.random() < 0.3:
            p.add("domains", a["domain"])
            p.line(fill(rng.choice(L["web"]), domain=a["domain"]), "web")
        if a["fb"] and rng.random() < 0.2:
            p.add("handles", "facebook:" + a["fb"].lower())
            p.line(fill(rng.choice(L["fb"]), fb=a["fb"]), "contact")
    if a["licence"] and rng.random() < 0.5:
        canon, written = licence_variants(rng, *a["licence"])
        p.add("licences", canon)
        p.line(fill(rng.choice(L["licence"]), lic=written))
    if rng.random() < 0.45:
        canon, written = address_variants(rng, *a["office"], home)
        p.add("addresses", canon)
        p.line(fill(rng.choice(L["office"]), addr=written))
    if rng.random() < 0.4:
        if rng.random() < 0.7:
            name = rng.choice(STOCK_FOR["rec"])
            p.image(rng, ctx.stock[name], 10, "stock")
        else:
            p.image(rng, a["flyer"], 8)
    place(p, rng, home, city, "jobs")
    ctx.add(p)


WALLETS = {"NG": ["MTN MoMo"], "GH": ["MTN MoMo"], "SN": ["Wave", "Orange Money"],
           "ML": ["Orange Money", "Wave"], "CI": ["Orange Money", "Wave", "MTN MoMo"],
           "KE": ["M-Pesa"], "VE": ["Pago Móvil"], "LY": []}
WALLET_KEY = {"MTN MoMo": "momo", "Orange Money": "orange", "Wave": "wave",
              "Pago Móvil": "pagomovil", "M-Pesa": "mpesa"}
VIS_DEST = {"west": ["IT", "ES", "DE", "CA", "PT", "MT", "EU"], "LY": ["IT", "MT", "EU"],
            "east": ["CA", "DE", "EU", "PL"], "latin": ["ES", "PE", "EU"]}


def gen_vis(ctx, quota):
    """SPEC 4.2 travel / visa facilitators."""
    rng = ctx.rng("vis")
    homes = [("NG", 30), ("GH", 15), ("SN", 8), ("ML", 5), ("CI", 7), ("LY", 10), ("KE", 10),
             ("VE", 15)]
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 6, 0.9, 1, 100))):
        home = wchoice(rng, homes)
        person = rng.choice(T.VIS_PERSON)
        name = ctx.unique_name(rng, lambda: fill(rng.choice(T.VIS_NAMES), p=person,
                                                 c=rng.choice(list(T.CITIES[home]))))
        a = dict(id=f"vis-{i + 1:04d}", cls="vis", home=home, name=name,
                 uname=slugify(person)[:10] + rng.choice(["_visa", "travels", "_japa", "01"]),
                 deceptive=True)
        if rng.random() < 0.2:
            a["display"] = name
        start, end = window(rng, 60, 300)

        def phone_src(home=home):
            if rng.random() < 0.2:
                return ctx.take(rng.choice(["IT", "ES"]))
            if home == "VE":
                return ctx.take("VE" if rng.random() < 0.6 else "CO")
            return ctx.take(home)

        a["phones"] = rotation(rng, phone_src, start, end, 15, 60, 0, 5)
        providers = WALLETS[home]
        wallets = []
        for _ in range(1 if rng.random() < 0.7 else 2):
            if not providers:
                break
            prov = rng.choice(providers)
            if prov == "M-Pesa":
                if rng.random() < 0.5:
                    till = str(rng.randint(100000, 9999999))
                    wallets.append((prov, f"mpesa:till:{till}", None, f"Till No. {till}"))
                else:
                    pb, acc = str(rng.randint(100000, 999999)), str(rng.randint(1000, 99999999))
                    wallets.append((prov, f"mpesa:paybill:{pb}:{acc}", None,
                                    f"Paybill {pb}, Account {acc}"))
            else:
                num = ctx.take("VE" if home == "VE" else home)
                wallets.append((prov, f"{WALLET_KEY[prov]}:{num.e164}", num, None))
        a["wallets"] = chain(rng, wallets, start, end, 5, 20) if wallets else None
        a["holder"] = rng.choice(T.WALLET_HOLDERS)
        a["idn"] = f"V-{rng.randint(8000000, 29999999)}"
        a["tg"] = (ctx.unique_handle(rng, slugify(person) + rng.choice(
            ["_visa_plug", "travels", "_euro", "_japa"])) if rng.random() < 0.3 else None)
        a["flyer"] = new_base(rng)
        region = "LY" if home == "LY" else REGION_OF[home]
        a["dests"] = rng.sample(VIS_DEST[region], min(3, len(VIS_DEST[region])))
        city = pick_city(rng, home)
        sites = [(T.HOME_SITE[home], 55), (T.GROUPS_SITE[home], 45)]
        for day in post_days(rng, size, start, end):
            vis_post(ctx, rng, a, wchoice(rng, sites), day, city)


def vis_post(ctx, rng, a, site, day, city):
    home = a["home"]
    lang = pick_lang(rng, home, site)
    L = tpl(T.VIS, lang)
    bl = base_lang(lang)
    p = Post(a, site, day, lang, rng, home)
    dest = rng.choice(a["dests"])
    kw = dict(dest=rng.choice(T.DEST[dest].get(bl) or T.DEST[dest]["en"]),
              fee=rng.choice(T.FEES.get(home, T.FEES["NG"])), n=rng.randint(3, 40))
    p.title = fill(rng.choice(L["title"]), **kw)
    for s in rng.sample(L["line"], rng.randint(3, min(5, len(L["line"])))):
        p.line(fill(s, **kw))
    if lang == "pcm":
        for s in rng.sample(T.PIDGIN, rng.randint(1, 2)):
            p.line(s)
    # contact mix (SPEC 4.2)
    r = rng.random()
    if a["wallets"]:
        mode = "both" if r < 0.65 else "wallet" if r < 0.85 else "phone" if r < 0.95 else "none"
    else:
        mode = "phone" if r < 0.95 else "none"
    if mode in ("both", "phone"):
        act = active(a["phones"], day)
        num = act[-1] if len(act) == 1 or rng.random() < 0.7 else act[0]
        lead = rng.choice(L["contact"])
        if rng.random() < 0.4:
            link = p.wa(rng, num)
            if rng.random() < 0.15:
                p.line(f"WhatsApp {link}", "contact")
            else:
                p.line(f"{lead} {p.phone(rng, num)}", "contact")
                p.line(link, "contact")
        else:
            p.line(f"{lead} {p.phone(rng, num)}", "contact")
    if mode in ("both", "wallet"):
        prov, key, num, text = rng.choice(active(a["wallets"], day))
        if num is not None:
            tx, form = phone_text(rng, num, lang)
            text = tx
        p.add("wallets", key)
        p.line(fill(rng.choice(L["wallet"]), wallet=prov, acct=text, holder=a["holder"],
                    idn=a["idn"]), "contact")
    if mode == "none":
        p.line(rng.choice(L["nocontact"]))
    elif a["tg"] and rng.random() < 0.25:
        p.add("handles", "telegram:" + a["tg"])
        p.line(fill(rng.choice(L["tg"]), tg=a["tg"]), "contact")
    r = rng.random()
    if r < 0.5:
        p.image(rng, ctx.stock[rng.choice(STOCK_FOR["vis"])], 10, "stock")
    elif r < 0.7:
        p.image(rng, a["flyer"], 8)
    place(p, rng, home, city, "travel")
    ctx.add(p)


def ascii_name(s):
    return slugify(s)


def gen_sex(ctx, quota):
    """SPEC 4.3 sex-trafficking operations in Italy and Spain."""
    rng = ctx.rng("sex")
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 40, 0.8, 8, 400))):
        main = "IT" if rng.random() < 0.55 else "ES"
        countries = [main] + ([("ES" if main == "IT" else "IT")] if rng.random() < 0.1 else [])
        a = dict(id=f"sex-{i + 1:04d}", cls="sex", home=main)
        start, end = window(rng, 120, 365)
        # personas
        n_p = wchoice(rng, [(2, 25), (3, 25), (4, 20), (5, 12), (6, 8), (7, 5), (8, 5)])
        ng_share = 0.7 if main == "IT" else 0.35
        mixed = rng.random() < 0.2
        op_origin = "ng" if rng.random() < ng_share else "latam"
        personas, used = [], []
        for _ in range(n_p):
            origin = (rng.choice(["ng", "latam"]) if mixed else op_origin)
            names = [n for n in T.PERSONA_NAMES[origin] if n not in used]
            pname = rng.choice(names)
            used.append(pname)
            personas.append(dict(
                name=pname, origin=origin, age=rng.randint(19, 29),
                photos=[new_base(rng) for _ in range(rng.randint(2, 6))],
                tg=ctx.unique_handle(rng, ascii_name(pname) + rng.choice(
                    ["_roma", "_bella", "_vip", "x", "_new"]) + str(rng.randint(1, 99)))
                if rng.random() < 0.2 else None))
        weights = [1.0 / (j + 1) for j in range(n_p)]
        # phone lines: each a chain of national mobiles (5% Nigerian WhatsApp numbers)
        n_lines = wchoice(rng, [(1, 50), (2, 35), (3, 15)])
        lines = []
        for li in range(n_lines):
            lcc = countries[li % len(countries)]

            def take(lcc=lcc):
                return ctx.take("NG" if rng.random() < 0.05 else lcc)

            lines.append((lcc, rotation(rng, take, start, end, 14, 45, 0, 4)))
        a["lines"] = lines
        a["cities"] = {cc: rng.sample(list(T.CITIES[cc]), rng.randint(3, 6)) for cc in countries}
        for day in post_days(rng, size, start, end):
            persona = rng.choices(personas, weights)[0]
            sex_post(ctx, rng, a, persona, day)


def sex_post(ctx, rng, a, persona, day):
    li = rng.randrange(len(a["lines"]))
    cc, ch = a["lines"][li]
    site = T.HOME_SITE[cc] if rng.random() < 0.92 else "mingle.example"
    if site == "mingle.example":
        lang = "en" if rng.random() < 0.6 else ("it" if cc == "IT" else "es")
    elif cc == "IT":
        lang = "it" if rng.random() < (0.75 if persona["origin"] == "ng" else 0.85) else "en"
    else:
        lang = "es" if rng.random() < 0.9 else "en"
    L = tpl(T.SEX, lang)
    p = Post(a, site, day, lang, rng, cc)
    city = rng.choice(a["cities"][cc])
    age = persona["age"] + (1 if rng.random() < 0.1 else 0)
    kw = dict(name=persona["name"], age=age, city=city,
              origin=rng.choice(T.ORIGIN[persona["origin"]][base_lang(lang)]),
              district=rng.choice(T.CITIES[cc][city]))
    p.title = fill(rng.choice(L["title"]), **kw)
    for s in rng.sample(L["line"], rng.randint(3, 5)):
        p.line(fill(s, **kw))
    if rng.random() < 0.15:
        p.line(rng.choice(L["nocontact"]))
    else:
        nums = [active(ch, day)[-1]]
        if len(a["lines"]) > 1 and rng.random() < 0.1:
            other = a["lines"][(li + 1) % len(a["lines"])][1]
            nums.append(active(other, day)[-1])
        lead = rng.choice(L["contact"])
        if rng.random() < 0.2:
            link = p.wa(rng, nums[0])
            if rng.random() < 0.4:
                p.line(link, "contact")
            else:
                p.line(f"{lead} " + " - ".join(p.phone(rng, n) for n in nums), "contact")
                p.line(link, "contact")
        else:
            p.line(f"{lead} " + " - ".join(p.phone(rng, n) for n in nums), "contact")
        if persona["tg"] and rng.random() < 0.25:
            p.add("handles", "telegram:" + persona["tg"])
            p.line(fill(rng.choice(L["tg"]), tg=persona["tg"]), "contact")
    for base in rng.sample(persona["photos"], min(len(persona["photos"]), rng.randint(1, 4))):
        p.image(rng, base, 6)
    if rng.random() < 0.1:
        p.image(rng, ctx.stock[rng.choice(STOCK_FOR["sex"])], 10, "stock")
    a["display"] = persona["name"]          # groups display name = persona name (a hub)
    a["display_hub"] = True
    place(p, rng, cc, city, "adult")
    ctx.add(p)


WORKER_LANG_OF = {"ET": ["Arabic", "English", "Amharic"], "KE": ["English", "Swahili", "Arabic"],
                  "PH": ["English", "Tagalog", "Arabic"], "LK": ["Sinhala", "English", "Arabic"],
                  "UG": ["English", "Luganda", "Arabic"], "GH": ["English", "Twi"],
                  "NP": ["Nepali", "English", "Arabic"], "BD": ["Bengali", "Arabic"],
                  "SL": ["English", "Krio"]}
DOM_NAT = [("ET", 25), ("KE", 15), ("PH", 15), ("LK", 10), ("UG", 10), ("GH", 8), ("NP", 7),
           ("BD", 5), ("SL", 5)]


def gen_dom(ctx, quota):
    """SPEC 4.4 domestic-worker placement agencies, with worker transfers between agencies."""
    rng = ctx.rng("dom")
    agencies = []
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 15, 0.8, 3, 200))):
        cc = wchoice(rng, [("LB", 50), ("AE", 20), ("QA", 10), ("SA", 20)])
        name = ctx.unique_name(rng, lambda: " ".join(
            [rng.choice(T.AGENCY_PREFIX["gulf"])] + ([rng.choice(T.AGENCY_CORE)]
                                                    if rng.random() < 0.5 else [])
            + [rng.choice(T.DOM_SUFFIX)]))
        slug = ctx.unique_slug(rng, name)
        a = dict(id=f"dom-{i + 1:04d}", cls="dom", home=cc, name=name, uname=slug[:14],
                 size=size)
        if rng.random() < 0.45:
            a["display"] = name
        a["start"], a["end"] = window(rng, 150, 365)
        mobiles = [ctx.take(cc) for _ in range(rng.randint(1, 2) if rng.random() < 0.7 else 0)]
        if mobiles:
            a["landline"] = ctx.take(cc, "fixed")
        else:
            a["landline"] = None
            mobiles = [ctx.take(cc) for _ in range(rng.randint(1, 3))]
        a["chain"] = chain(rng, mobiles, a["start"], a["end"], 10, 30)
        a["domain"] = f"{slug}.example" if rng.random() < 0.4 else None
        a["email"] = f"{rng.choice(['info', 'office', 'maids'])}@{a['domain']}" if a["domain"] else None
        a["city"] = pick_city(rng, cc)
        workers = []
        for _ in range(max(4, round(size * 0.6))):
            nat = wchoice(rng, DOM_NAT)
            workers.append(dict(name=rng.choice(T.WORKER_NAMES[nat]), nat=nat,
                                age=rng.randint(21, 45), rel=rng.choice(T.NAT_RELIGION[nat]),
                                exp=rng.randint(1, 10), photo=new_base(rng),
                                langs=rng.sample(WORKER_LANG_OF[nat], rng.randint(1, 2)),
                                owners=[(a["id"], 0.0, DAYS)], hub=False))
        a["workers"] = workers
        a["pool"] = list(workers)       # workers this agency may present (incl. transfers in)
        agencies.append(a)
    # Transfers (resale): 10% of workers move to another agency of the same market.
    market = {a["id"]: ("LB" if a["home"] == "LB" else "GULF") for a in agencies}
    for a in agencies:
        others = [b for b in agencies if b is not a and market[b["id"]] == market[a["id"]]]
        for w in a["workers"]:
            if not others or rng.random() >= 0.10:
                continue
            b = rng.choice(others)
            lo, hi = max(a["start"], b["start"]), min(a["end"], b["end"])
            if hi - lo < 10:
                continue
            t = rng.uniform(lo, hi)
            w["owners"] = [(a["id"], 0.0, t), (b["id"], t, DAYS)]
            w["hub"] = True
            b["pool"].append(w)
    for a in agencies:
        site_home = T.HOME_SITE[a["home"]]
        for day in post_days(rng, a["size"], a["start"], a["end"]):
            site = site_home if rng.random() < 0.88 else "kutumb.example"
            dom_post(ctx, rng, a, site, day)


def dom_post(ctx, rng, a, site, day):
    cc = a["home"]
    lang = pick_lang(rng, cc, site)
    L = tpl(T.DOM, lang)
    bl = base_lang(lang)
    bl = bl if bl in ("en", "ar", "fr") else "en"
    p = Post(a, site, day, lang, rng, cc)
    avail = [w for w in a["pool"]
             if any(o == a["id"] and s <= day < e for o, s, e in w["owners"])]
    if not avail:
        avail = a["workers"][:1]
    shown = rng.sample(avail, min(len(avail), wchoice(rng, [(1, 50), (2, 25), (3, 15), (4, 10)])))
    nat0 = T.WORKER_NAT[shown[0]["nat"]][bl]
    nats = ", ".join(dict.fromkeys(T.WORKER_NAT[w["nat"]][bl] for w in shown))
    p.title = fill(rng.choice(L["title"]), nat=nat0, n=len(avail))
    p.names.append(a["name"])
    if rng.random() < 0.7:
        p.line(a["name"])
    for s in rng.sample(L["line"], rng.randint(1, 3)):
        p.line(fill(s, nats=nats))
    for w in shown:
        langs = " / ".join(T.WORKER_LANGS[bl].get(x, x) for x in w["langs"])
        p.line(fill(rng.choice(L["bio"]), wname=w["name"], age=w["age"],
                    nat=T.WORKER_NAT[w["nat"]][bl], rel=T.RELIGION[w["rel"]][bl],
                    exp=w["exp"], langs=langs))
        p.image(rng, w["photo"], 8, "transfer" if w["hub"] else None)
    if rng.random() < 0.05:
        p.line(rng.choice(L["nocontact"]))
    else:
        act = active(a["chain"], day)
        shown_nums = act[-2:] if len(act) > 1 and rng.random() < 0.5 else [act[-1]]
        if a["landline"] and rng.random() < 0.6:
            shown_nums = [a["landline"]] + shown_nums
        p.line(f"{rng.choice(L['contact'])} " + " / ".join(p.phone(rng, n) for n in shown_nums),
               "contact")
        if rng.random() < 0.2:
            p.line(p.wa(rng, act[-1]), "contact")
        if a["email"] and rng.random() < 0.3:
            p.add("emails", a["email"])
            p.line(fill(rng.choice(L["email"]), email=a["email"]), "contact")
        if a["domain"] and rng.random() < 0.3:
            p.add("domains", a["domain"])
            p.line(fill(rng.choice(L["web"]), domain=a["domain"]), "web")
    if rng.random() < 0.25:
        p.image(rng, ctx.stock[rng.choice(STOCK_FOR["dom"])], 10, "stock")
    place(p, rng, cc, a["city"], "domestic")
    ctx.add(p)


def gen_ind(ctx, quota):
    """SPEC 4.5 independent adults."""
    rng = ctx.rng("ind")
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 5, 0.9, 1, 80))):
        cc = wchoice(rng, [("IT", 35), ("ES", 35), ("CO", 10), ("PE", 5), ("LB", 7), ("AE", 8)])
        name = rng.choice(T.IND_NAMES[cc])
        a = dict(id=f"ind-{i + 1:04d}", cls="ind", home=cc, name=name)
        start, end = window(rng, 30, 365)
        nums = [ctx.take(cc) for _ in range(2 if rng.random() < 0.12 else 1)]
        a["chain"] = chain(rng, nums, start, end, 0, 10)
        a["photos"] = [new_base(rng) for _ in range(rng.randint(1, 5))]
        a["cities"] = (rng.sample(list(T.CITIES[cc]), min(len(T.CITIES[cc]), rng.randint(2, 5)))
                       if rng.random() < 0.3 else [pick_city(rng, cc)])
        a["handle"] = ((rng.choice(["instagram", "telegram"]), ctx.unique_handle(
            rng, ascii_name(name) + rng.choice(["_relax", ".massage", "_tour", "_vip"])
            + str(rng.randint(1, 999)))) if rng.random() < 0.15 else None)
        a["age"] = rng.randint(21, 45)
        for day in post_days(rng, size, start, end):
            ind_post(ctx, rng, a, day)


def ind_post(ctx, rng, a, day):
    cc = a["home"]
    site = T.HOME_SITE[cc]
    if cc == "LB":
        lang = "ar" if rng.random() < 0.5 else "en"
    else:
        lang = pick_lang(rng, cc, site)
    L = tpl(T.IND, lang)
    p = Post(a, site, day, lang, rng, cc)
    city = rng.choice(a["cities"])
    kw = dict(name=a["name"], age=a["age"], city=city)
    p.title = fill(rng.choice(L["title"]), **kw)
    for s in rng.sample(L["line"], rng.randint(2, min(4, len(L["line"])))):
        p.line(fill(s, **kw))
    if rng.random() < 0.07:
        p.line(rng.choice(L["nocontact"]))
    else:
        num = active(a["chain"], day)[-1]
        lead = rng.choice(L["contact"])
        if rng.random() < 0.25:
            link = p.wa(rng, num)
            if rng.random() < 0.3:
                p.line(link, "contact")
            else:
                p.line(f"{lead} {p.phone(rng, num)}", "contact")
                p.line(link, "contact")
        else:
            p.line(f"{lead} {p.phone(rng, num)}", "contact")
        if a["handle"] and rng.random() < 0.3:
            kind, h = a["handle"]
            p.add("handles", f"{kind}:{h}")
            p.line(f"{'Instagram' if kind == 'instagram' else 'Telegram'} @{h}", "contact")
    for base in rng.sample(a["photos"], min(len(a["photos"]), rng.randint(1, 3))):
        p.image(rng, base, 6)
    if rng.random() < 0.2:
        p.image(rng, ctx.stock[rng.choice(STOCK_FOR["ind"])], 10, "stock")
    place(p, rng, cc, city, "services")
    ctx.add(p)


EMP_KINDS = {"GULF": [("hotel", 35), ("hospital", 25), ("construction", 25), ("facility", 15)],
             "IT": [("agri_it", 40), ("care_it", 30), ("hotel_it", 30)],
             "ES": [("agri_es", 40), ("care_es", 30), ("hotel_es", 30)]}
EMP_SITES = {"GULF": [("naukri-bazaar.example", 18), ("rojgar-nepal.example", 14),
                      ("chakri-bd.example", 14), ("naijaboard.example", 10),
                      ("ghjobsmart.example", 8), ("gulfclassifieds.example", 31),
                      ("kutumb.example", 5)],
             "IT": [("bacheca-italia.example", 55), ("naijaboard.example", 20),
                    ("ghjobsmart.example", 20), ("mingle.example", 5)],
             "ES": [("anuncios-es.example", 45), ("andes-clasificados.example", 25),
                    ("naijaboard.example", 15), ("ghjobsmart.example", 10),
                    ("mingle.example", 5)]}
ATS = "jobs.hirepath.example"


def gen_emp(ctx, quota):
    """SPEC 4.6 lawful employers."""
    rng = ctx.rng("emp")
    employers = []
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 8, 0.8, 1, 100))):
        cc = wchoice(rng, [("AE", 28), ("QA", 17), ("SA", 17), ("IT", 16), ("ES", 16), ("LB", 6)])
        grp = cc if cc in ("IT", "ES") else "GULF"
        kind = wchoice(rng, EMP_KINDS[grp])
        tmpl = rng.choice(T.EMP_KIND_NAME[kind])
        company = ctx.unique_name(rng, lambda: fill(
            tmpl, a=rng.choice(T.EMP_ADJ), n=rng.choice(T.EMP_NOUN),
            s=rng.choice(T.EMP_SURNAME.get(cc, ["Rovere"]))))
        slug = ctx.unique_slug(rng, company.replace("****", ""))
        a = dict(id=f"emp-{i + 1:04d}", cls="emp", home=cc, name=company, kind=kind,
                 uname=slug[:14] + rng.choice(["", "_hr", "_careers"]),
                 domain=f"{slug}.example", deceptive=False)
        if rng.random() < 0.45:
            a["display"] = company
        a["emails"] = [f"{b}@{slug}.example" for b in
                       rng.sample(["hr", "careers", "jobs", "recruitment"], rng.randint(1, 2))]
        a["switch"] = ctx.take(cc, "fixed")
        a["hr_mobile"] = ctx.take(cc) if rng.random() < 0.4 else None
        a["pair"] = {"GULF": ("en", "ar"), "IT": ("it", "en"), "ES": ("es", "en")}[grp]
        if cc == "LB":
            a["pair"] = ("en", "fr")
        a["city"] = pick_city(rng, cc)
        a["ats"] = rng.random() < 0.4
        a["vacancies"] = [(rng.choice(T.EMP_ROLES[kind]), str(rng.randint(1000000, 9999999)))
                          for _ in range(rng.randint(2, 8))]
        a["logo"] = new_base(rng) if rng.random() < 0.6 else None
        start, end = window(rng, 120, 365)
        for day in post_days(rng, size, start, end):
            emp_post(ctx, rng, a, wchoice(rng, EMP_SITES[grp]), day)
        employers.append(a)
    return employers


def emp_block(rng, a, lang, kw, p):
    """One language block of an employer advert."""
    L = T.EMP[lang]
    p.line(fill(rng.choice(L["open"]), **kw))
    p.line(rng.choice(L["req"]))
    p.line(rng.choice(L["offer"]))
    if rng.random() < 0.9:
        bp = T.BOILERPLATE.get((a["home"], lang))
        if bp:
            p.line(bp, "boiler")
    if rng.random() < 0.5:
        p.line(T.EEO[lang], "boiler")


def emp_post(ctx, rng, a, site, day):
    cc = a["home"]
    pair = a["pair"]
    bilingual = rng.random() < 0.35
    lang = pair[0] if bilingual or rng.random() < 0.5 else pair[1]
    p = Post(a, site, day, lang, rng, cc)
    role, vac = rng.choice(a["vacancies"])
    kw = dict(company=a["name"], city=a["city"], n=rng.randint(2, 40), year=2025,
              role=T.ROLES[role][lang])
    p.title = fill(rng.choice(T.EMP[lang]["title"]), **kw)
    p.names.append(a["name"])
    emp_block(rng, a, lang, kw, p)
    if bilingual:
        other = pair[1] if lang == pair[0] else pair[0]
        kw2 = dict(kw, role=T.ROLES[role][other])
        p.line("—")
        emp_block(rng, a, other, kw2, p)
    L = T.EMP[lang]
    if rng.random() < 0.03:
        p.line(rng.choice(L["nocontact"]))
    else:
        if a["ats"] and rng.random() < 0.8:
            url = f"https://{ATS}/apply?id={vac}"
            p.add("urls", url)
            p.add("domains", ATS)
            p.hubbed("domain:" + ATS)
            p.line(fill(rng.choice(L["apply"]), ats=url), "ats")
        if rng.random() < 0.7:
            e = rng.choice(a["emails"])
            p.add("emails", e)
            p.line(fill(rng.choice(L["email"]), email=e), "contact")
        if rng.random() < 0.6:
            p.add("domains", a["domain"])
            p.line(fill(rng.choice(L["web"]), domain=a["domain"]), "web")
        if rng.random() < 0.45:
            num = a["hr_mobile"] if a["hr_mobile"] and rng.random() < 0.5 else a["switch"]
            p.line(fill(rng.choice(L["phone"]), phone=p.phone(rng, num, lang, odd=False)),
                   "contact")
    if a["logo"] and rng.random() < 0.5:
        p.image(rng, a["logo"], 6)
    if rng.random() < 0.3:
        p.image(rng, ctx.stock[STOCK_FOR["emp"][a["kind"]]], 10, "stock")
    place(p, rng, cc, a["city"], "jobs")
    ctx.add(p)


def gen_cpy(ctx, quota, employers):
    """SPEC 4.7 copycat scammers: employer adverts copied word for word, contact replaced."""
    rng = ctx.rng("cpy")
    by_emp = {}
    for p in ctx.posts:
        if p.cls == "emp" and p.kind == "original":
            by_emp.setdefault(p.net, []).append(p)
    targets_all = [e for e in employers if e["id"] in by_emp]
    home_site = {"NG": "naijaboard.example", "GH": "ghjobsmart.example",
                 "IN": "naukri-bazaar.example", "NP": "rojgar-nepal.example",
                 "BD": "chakri-bd.example", "KE": "mingle.example"}
    for i, size in enumerate(sizes_for(rng, quota, lambda: lognorm(rng, 4, 0.8, 1, 40))):
        home = wchoice(rng, [("NG", 25), ("GH", 10), ("IN", 20), ("NP", 15), ("BD", 15),
                             ("KE", 15)])
        a = dict(id=f"cpy-{i + 1:04d}", cls="cpy", home=home, deceptive=True,
                 uname=rng.choice(["hr", "jobs", "recruit", "careers"]) + rng.choice(
                     ["_desk", "_gulf", "_uae", "abroad", "_team"]))
        targets = rng.sample(targets_all, min(len(targets_all), rng.randint(1, 3)))
        sources = [rng.choice(by_emp[rng.choice(targets)["id"]]) for _ in range(size)]
        days = [min(DAYS - 1, s.day + rng.uniform(1, 40)) for s in sources]
        lo, hi = min(days), max(days)
        ncc = rng.choice(["AE", "QA", "SA"]) if rng.random() < 0.3 else home
        a["chain"] = chain(rng, [ctx.take(ncc) for _ in range(rng.randint(1, 2))], lo, hi, 0, 7)
        a["lookalike"] = rng.random() < 0.4
        a["emails"] = {}
        a["fee"] = rng.random() < 0.4
        a["via_wa"] = rng.random()
        for src, day in zip(sources, days):
            site = home_site[home] if rng.random() < 0.7 else T.GROUPS_SITE[home]
            cpy_post(ctx, rng, a, src, site, day)


def cpy_post(ctx, rng, a, src, site, day):
    emp = src.actor
    p = Post(a, site, day, src.lang, rng, a["home"], kind="copy")
    set_after(p, src, day - src.day)
    p.ref = src
    p.title = src.title
    keep_web = rng.random() < 0.3
    for tag, text in src.lines:
        if tag in ("contact", "ats"):
            continue
        if tag == "web":
            if not keep_web:
                continue
            p.add("domains", emp["domain"])
            p.hubbed("domain:" + emp["domain"])
        p.line(text, tag)
    p.add("names", emp["name"])
    p.hubbed("name:" + emp["name"])
    lang = src.lang if src.lang in T.CPY_CONTACT else "en"
    num = active(a["chain"], day)[-1]
    if rng.random() < 0.5:
        p.line(fill(rng.choice(T.CPY_CONTACT[lang]), phone=p.wa(rng, num)), "contact")
    else:
        p.line(fill(rng.choice(T.CPY_CONTACT[lang]), phone=p.phone(rng, num, lang, odd=False)),
               "contact")
    if a["lookalike"]:
        e = a["emails"].get(emp["id"])
        if e is None:
            base = slugify(emp["name"])[:14]
            e = f"{base}.hr{rng.randint(1, 99)}@fastinbox.example"
            while e in ctx.slugs:
                e = f"{base}.hr{rng.randint(100, 999)}@fastinbox.example"
            ctx.slugs.add(e)
            a["emails"][emp["id"]] = e
        p.add("emails", e)
        p.hubbed("domain:fastinbox.example")
        p.line(fill(T.CPY_EMAIL[lang], email=e), "contact")
    if a["fee"] and rng.random() < 0.8:
        p.line(fill(rng.choice(T.CPY_FEE), fee=rng.choice(T.FEES[a["home"]])))
    for h, base, hub in src.images:
        if rng.random() < 0.5:
            p.image(rng, base, 8, hub or "copied")
    place(p, rng, a["home"], pick_city(rng, a["home"]), "jobs")
    ctx.add(p)


REP_HOMES = {"mingle.example": [("NG", 40), ("GH", 20), ("SN", 10), ("CI", 8), ("KE", 10),
                                ("VE", 7), ("ML", 5)],
             "kutumb.example": [("IN", 35), ("NP", 25), ("BD", 25), ("AE", 5), ("QA", 5),
                                ("LB", 5)]}
REPOST_CLASS = [("rec", 50), ("vis", 25), ("cpy", 10), ("dom", 10), ("emp", 5)]
TOPIC = {"rec": "jobs", "vis": "travel", "cpy": "jobs", "dom": "domestic", "emp": "jobs"}


def groups_site_of(post):
    """The groups site whose region a post belongs to (for repost sources)."""
    if T.SITES[post.site]["kind"] == "groups":
        return post.site
    return T.GROUPS_SITE[T.SITES[post.site]["countries"][0]]


def gen_rep(ctx, own_quota, repost_quota):
    """SPEC 4.8 reposters: own posts (their network) and verbatim reposts (source network)."""
    rng = ctx.rng("rep")
    reposters = []
    for i, size in enumerate(sizes_for(rng, own_quota, lambda: lognorm(rng, 3, 0.8, 1, 30))):
        site = "mingle.example" if rng.random() < 0.55 else "kutumb.example"
        home = wchoice(rng, REP_HOMES[site])
        a = dict(id=f"rep-{i + 1:04d}", cls="rep", home=home, site=site,
                 display=display_name(rng, site), display_hub=True,
                 phone=ctx.take(home) if rng.random() < 0.25 else None)
        start, end = window(rng, 60, 365)
        for day in post_days(rng, size, start, end):
            rep_own_post(ctx, rng, a, day)
        reposters.append(a)
    # repost sources: posts with a contact, by groups site region and class
    sources = {}
    for p in ctx.posts:
        if p.cls in TOPIC and p.kind != "repost" and has_contact(p):
            sources.setdefault((groups_site_of(p), p.cls), []).append(p)
    order = list(reposters)
    rng.shuffle(order)
    weights = [1.0 / (j + 1) ** 0.8 for j in range(len(order))]
    for _ in range(repost_quota):
        r = rng.choices(order, weights)[0]
        cls = wchoice(rng, REPOST_CLASS)
        pool = sources.get((r["site"], cls))
        if not pool:
            pool = [q for c, _w in REPOST_CLASS for q in sources.get((r["site"], c), [])]
        if not pool:
            pool = [q for key in sorted(sources) for q in sources[key]]
        repost(ctx, rng, r, rng.choice(pool))


def has_contact(p):
    """SPEC 4: a phone, WhatsApp link, e-mail, own domain, wallet, handle or application link
    of the poster's network in the text (hubs do not count)."""
    hub = set(p.hub)
    return bool([x for x in p.phones if "phone:" + x not in hub] or p.wallets or
                [x for x in p.emails if "email:" + x not in hub] or p.handles or
                [x for x in p.domains if "domain:" + x not in hub] or
                [x for x in p.urls if "url:" + x not in hub])


def rep_own_post(ctx, rng, a, day):
    site = a["site"]
    lang = pick_lang(rng, a["home"], site)
    options = T.REP_OWN[lang] if lang in T.REP_OWN else T.REP_OWN["en"]
    use_phone = a["phone"] is not None and rng.random() < 0.5
    cands = [s for s in options if ("{phone}" in s) == use_phone]
    p = Post(a, site, day, lang, rng, a["home"])
    city = pick_city(rng, a["home"])
    items = T.SEL_ITEMS.get(base_lang(lang), T.SEL_ITEMS["en"])
    text = rng.choice(cands or options)
    phone = p.phone(rng, a["phone"]) if "{phone}" in text else ""
    p.line(fill(text, city=city, item=rng.choice(items), phone=phone))
    if rng.random() < 0.3:
        p.image(rng, ctx.stock[rng.choice(STOCK_FOR["rep"])], 10, "stock")
    place(p, rng, a["home"], city, "community")
    ctx.add(p)


def repost(ctx, rng, r, src):
    """A verbatim repost: truth = the source's network, poster = the reposter (SPEC 6.2)."""
    src_actor = src.actor
    p = Post(src_actor, r["site"], src.day, src.lang, rng, r["home"], kind="repost")
    set_after(p, src, rng.uniform(0.01, 30))
    p.poster = r["id"]
    p.ref = src
    p.deceptive = src.deceptive
    if rng.random() < 0.35:
        pre = T.REPOST_PREFACE.get(src.lang) or T.REPOST_PREFACE["en"]
        p.line(rng.choice(pre))
    if src.title and shows_title(src.site) and rng.random() < 0.5:
        p.line(src.title)
    for tag, text in src.lines:
        p.line(text, tag)
    for f in ("phones", "forms", "wallets", "emails", "domains", "urls", "handles", "licences",
              "addresses", "names"):
        setattr(p, f, list(getattr(src, f)))
    p.hub = [h for h in src.hub if not h.startswith("account:")]
    if rng.random() < 0.5:
        for h, base, hub in src.images:
            p.image(rng, base, 8, hub)
    # the reposter's account, not the source actor's
    p.author = r["display"]
    acc = f"{r['site']}:{r['display']}"
    p.add("accounts", acc)
    p.hubbed("account:" + acc)
    topic = TOPIC.get(src.cls, "jobs")
    groups = T.GROUPS[r["site"]]
    p.group = rng.choice(groups.get(topic) or groups["jobs"])
    ctx.add(p)


SEL_CC = [("NG", 15), ("GH", 8), ("SN", 6), ("ML", 3), ("CI", 5), ("LY", 5), ("IT", 10),
          ("ES", 10), ("IN", 10), ("NP", 6), ("BD", 7), ("AE", 5), ("QA", 2), ("SA", 3),
          ("LB", 4), ("CO", 4), ("PE", 2)]
SEL_NAMES = ["tunde", "ama", "moussa", "salem", "marco", "lucia", "ravi", "bikash", "rahim",
             "omar", "nadia", "carlos", "rosa", "kwesi", "fatou", "joseph"]


def gen_sel(ctx, quota):
    """SPEC 4.9 private sellers (noise)."""
    rng = ctx.rng("sel")
    sizer = lambda: wchoice(rng, [(1, 70), (2, 20), (3, 10)])  # noqa: E731
    for i, size in enumerate(sizes_for(rng, quota, sizer)):
        cc = wchoice(rng, SEL_CC)
        a = dict(id=f"sel-{i + 1:04d}", cls="sel", home=cc,
                 uname=rng.choice(SEL_NAMES) + rng.choice(["", "_", "."]) + str(rng.randint(1, 99)))
        num = ctx.take(cc)
        photos = [new_base(rng) for _ in range(rng.randint(1, 2))]
        start = rng.uniform(0, DAYS - 31)
        city = pick_city(rng, cc)
        site = T.HOME_SITE[cc]
        for day in post_days(rng, size, start, start + 30):
            lang = pick_lang(rng, cc, site)
            bl = base_lang(lang)
            L = T.SEL.get(bl) or T.SEL["en"]
            p = Post(a, site, day, lang, rng, cc)
            kw = dict(item=rng.choice(T.SEL_ITEMS.get(bl) or T.SEL_ITEMS["en"]),
                      price=rng.choice(T.PRICE[cc]), city=city)
            p.title = fill(rng.choice(L["title"]), **kw)
            for s in rng.sample(L["line"], rng.randint(1, min(3, len(L["line"])))):
                p.line(fill(s, **kw))
            if rng.random() < 0.02:
                p.line("Inbox me." if bl not in ("fr", "es", "it") else "Inbox.")
            else:
                p.line(fill(rng.choice(L["contact"]), phone=p.phone(rng, num)), "contact")
            if rng.random() < 0.4:
                p.image(rng, rng.choice(photos), 6)
            place(p, rng, cc, city, "items")
            ctx.add(p)


# ============================================================================================
# Finishing: time order, ids, NGO notices, footers, region, url, rendering (SPEC 2, 7)

def offset_minutes(site, day):
    off = T.SITES[site]["offset"]
    dst = DST_DAYS[0] <= int(day) <= DST_DAYS[1]
    if off == "EU":
        return 120 if dst else 60
    if off == "LB":
        return 180 if dst else 120
    if off == "Z":
        return 0
    sign = -1 if off[0] == "-" else 1
    return sign * (int(off[1:3]) * 60 + int(off[4:6]))


def fmt_offset(site, minutes):
    if T.SITES[site]["offset"] == "Z":
        return "Z"
    sign = "-" if minutes < 0 else "+"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


def render_text(text, html_site, rng):
    if not html_site:
        return TEL_RE.sub(r"\2", text)
    esc = html.escape(text, quote=False)

    def tel(m):
        if rng.random() < 0.2:
            return f'<a href="tel:{m.group(1)}">{m.group(2)}</a>'
        return m.group(2)
    return TEL_RE.sub(tel, esc)


def finish(ctx, rng):
    """Order posts by instant, give ids, add NGO notices and footers, render records."""
    for p in ctx.posts:
        off = offset_minutes(p.site, p.day)
        local = int(p.day) * 86400 + p.sod
        p.utc = local - off * 60
        p.local = local
        p.off = off
    ctx.posts.sort(key=lambda p: (p.utc, p.seq))
    urls_used = {}
    out = []
    for i, p in enumerate(ctx.posts):
        p.id = f"L6-{i + 1:06d}"
    for p in ctx.posts:
        site = T.SITES[p.site]
        main_lang = site["langs"][0]
        html_site = site["html"]
        lines = [render_text(t, html_site, rng) for _, t in p.lines]
        # NGO notice with the hotline(s) of the post's country
        ngo_line = None
        if rng.random() < site["ngo"]:
            if site["kind"] == "groups":          # the poster's country
                hcc = p.place_cc if p.place_cc in ctx.hotlines else site["countries"][0]
            else:                                   # the site's country (or the post's, on
                hcc = (p.place_cc if p.place_cc in site["countries"]   # multi-country sites)
                       else site["countries"][0])
            num, ngo = rng.choice(ctx.hotlines[hcc])
            lang = p.lang if p.lang in T.NGO_NOTICE else "en"
            p.add("phones", num.e164)
            p.forms.append(f"{num.e164}:national")
            p.hubbed("phone:" + num.e164)
            ngo_line = fill(rng.choice(T.NGO_NOTICE[lang]), ngo=ngo, hotline=num.national)
        # footer of the site
        ft = ctx.footer[p.site]
        footer = fill(T.FOOTER[main_lang], phone=ft["num"].intl, email=ft["email"], url=ft["url"])
        warn = T.FOOTER_WARN[main_lang]
        p.add("phones", ft["num"].e164)
        p.forms.append(f"{ft['num'].e164}:intl")
        p.add("emails", ft["email"])
        p.add("urls", ft["url"])
        for h in ("phone:" + ft["num"].e164, "email:" + ft["email"], "url:" + ft["url"]):
            p.hubbed(h)
        if html_site:
            body = "<div class=\"ad\"><p>" + "<br>\n".join(lines) + "</p>"
            if ngo_line:
                body += f"\n<p class=\"ngo\">{html.escape(ngo_line, quote=False)}</p>"
            body += (f"\n<div class=\"ft\">{html.escape(footer, quote=False)}<br>"
                     f"{html.escape(warn, quote=False)}</div></div>")
        else:
            body = "\n".join(lines)
            if ngo_line:
                body += "\n\n" + ngo_line
            body += "\n\n--\n" + footer + "\n" + warn
        # url: a per-site random number that says nothing about the actor
        used = urls_used.setdefault(p.site, set())
        n = rng.randrange(100000, 9999999)
        while n in used:
            n = rng.randrange(100000, 9999999)
        used.add(n)
        if site["kind"] == "groups":
            url = f"https://{p.site}/g/{p.group}/p/{n}"
        else:
            url = f"https://{p.site}/{p.category}/{n}"
        # region (SPEC 2): 30% of posts; the numbers' country 70% / the place's 30%
        region = None
        if rng.random() < 0.30:
            own = [x for x in p.phones if "phone:" + x not in p.hub]
            if own and rng.random() < 0.7:
                region = ctx.e164_cc[own[0]]
            else:
                region = p.place_cc
        local = EPOCH + timedelta(seconds=p.local)
        posted = local.strftime("%Y-%m-%dT%H:%M:%S") + fmt_offset(p.site, p.off)
        rec = {"id": p.id, "site": p.site, "url": url}
        if p.title and shows_title(p.site):
            rec["title"] = p.title
        rec["body"] = body
        rec["posted_at"] = posted
        if p.author:
            rec["author"] = p.author
        if p.location:
            rec["location"] = p.location
        if region:
            rec["region"] = region
        if p.images:
            rec["image_hashes"] = [h for h, _b, _hub in p.images]
        out.append((rec, p))
    return out


def sidecar(p):
    for _h, base, hub in p.images:
        if hub:
            p.hubbed(f"image:{base:064x}")
    side = {"id": p.id, "network": p.net, "class": p.cls, "actor": p.net, "kind": p.kind,
            "poster": p.poster}
    if p.kind == "repost":
        side["repost_of"] = p.ref.id
    if p.kind == "copy":
        side["copy_of"] = p.ref.id
    side.update(lang=p.lang, site=p.site, phones=p.phones, phone_forms=p.forms,
                wallets=p.wallets, emails=p.emails, domains=p.domains, urls=p.urls,
                handles=p.handles, accounts=p.accounts, licences=p.licences,
                addresses=p.addresses, names=p.names,
                images=[f"{b:064x}" for _h, b, _hub in p.images], hub=p.hub,
                no_contact=not has_contact(p))
    if p.deceptive is not None:
        side["deceptive"] = bool(p.deceptive)
    return side


def generate(seed, n_posts):
    """Build the corpus; returns [(record, Post)] in file order."""
    global _CTX
    ctx = _CTX = Ctx(seed)
    quota = {name: round(share * n_posts) for name, share in SHARES}
    quota["sel"] += n_posts - sum(quota.values())
    employers = gen_emp(ctx, quota["emp"])
    gen_rec(ctx, quota["rec"])
    gen_vis(ctx, quota["vis"])
    gen_dom(ctx, quota["dom"])
    gen_sex(ctx, quota["sex"])
    gen_ind(ctx, quota["ind"])
    gen_cpy(ctx, quota["cpy"], employers)
    gen_sel(ctx, quota["sel"])
    gen_rep(ctx, quota["repown"], quota["repost"])
    assert len(ctx.posts) == n_posts, (len(ctx.posts), n_posts)
    return finish(ctx, ctx.rng("finish"))


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--out", required=True, help="posts JSONL")
    ap.add_argument("--truth", required=True, help="truth JSONL ({id, network})")
    ap.add_argument("--selectors", help="sidecar JSONL (class, actor, planted selectors, hubs)")
    args = ap.parse_args(argv)
    if not MIN_POSTS <= args.posts <= MAX_POSTS:
        ap.error(f"--posts must be between {MIN_POSTS} and {MAX_POSTS}")
    if args.seed in HELD_OUT:
        print(f"gen.py: seed {args.seed} is a HELD-OUT evaluation seed (601-609); do not use it "
              "for development or tuning.", file=sys.stderr)
    out = generate(args.seed, args.posts)
    with open(args.out, "w", encoding="utf-8") as fp, \
            open(args.truth, "w", encoding="utf-8") as ft:
        for rec, p in out:
            fp.write(dumps(rec) + "\n")
            ft.write(dumps({"id": p.id, "network": p.net}) + "\n")
    if args.selectors:
        with open(args.selectors, "w", encoding="utf-8") as fs:
            for _rec, p in out:
                fs.write(dumps(sidecar(p)) + "\n")


if __name__ == "__main__":
    main()
