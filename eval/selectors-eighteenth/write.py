#!/usr/bin/env python3
"""Write eval/selectors-eighteenth/{dev,heldout}.jsonl: synthetic ads that test how an extractor reads
websites (URLs) — and what is not a website — in ads from Latin America, South Asia, Francophone
Africa and the Middle East, with e-mails, handles and phones labelled too.

    python3 write.py            # (re)write dev.jsonl and heldout.jsonl
    python3 write.py --check    # exit 1 if the committed files differ from the generator's output
    python3 write.py --stats    # counts by form and hard-negative kind, per split
    python3 write.py --digest   # sha256 of both outputs (determinism checks)

Python 3.11, standard library only, deterministic (fixed seeds; no set iteration; no hash()).
Written from the scenario, not from any extractor's code. Every post is self-checked before it is
written: each label reads back from its raw text, every dotted word / @ / www / http / spelled or
bracketed dot or at lies inside a label span or a listed hard negative, and no hard negative
overlaps a label span.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import banks as B  # noqa: E402

SEEDS = {"dev": 1808201, "held": 1808377}
N_POSTS = {"dev": 200, "held": 300}
PREFIX = {"dev": "sel18d", "held": "sel18h"}
FILES = {"dev": "dev.jsonl", "held": "heldout.jsonl"}
HELD_SHARE = 55  # percent of each bank's entries that go to the held-out side

# ---------------------------------------------------------------------------------------------
# Splitting banks
# ---------------------------------------------------------------------------------------------


def side_of(x) -> str:
    key = x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, sort_keys=True)
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16)
    return "held" if h % 100 < HELD_SHARE else "dev"


def split(lst, side):
    """This side's share of a bank (banks of fewer than two entries are shared)."""
    lst = list(lst)
    if len(lst) < 2:
        return lst
    d = [x for x in lst if side_of(x) == "dev"]
    h = [x for x in lst if side_of(x) == "held"]
    if not d:
        d = [h.pop()]
    elif not h:
        h = [d.pop()]
    return d if side == "dev" else h


# ---------------------------------------------------------------------------------------------
# Reading back: value of a raw text (independent of how the generator built it)
# ---------------------------------------------------------------------------------------------

MULTI_SUFFIX = {"com.mx", "com.co", "com.pe", "com.ar", "com.do", "co.in", "com.pk", "com.bd", "com.np", "co.ma",
                "com.eg", "com.sa"}
TRACKING_PARAM = re.compile(r"^(utm_[a-z]+|fbclid|gclid|igshid)$")
SPELLED_DOT_WORDS = "dot|punto|point|ponto"
SCRIPT_DOTS = "نقطة|ڈاٹ|डॉट|ডট"
SPELLED_AT_WORDS = "at|arroba|arobase"


def registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in MULTI_SUFFIX:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def read_url(raw: str) -> str:
    s = re.sub(r"(?i)&amp;", "&", raw)
    s = re.sub(r"(?i)\s*[\[\(\{]\s*(?:\.|%s)\s*[\]\)\}]\s*" % SPELLED_DOT_WORDS, ".", s)
    s = re.sub(r"(?i)\s+(?:%s)\s+" % SPELLED_DOT_WORDS, ".", s)
    s = re.sub(r"\s*(?:%s)\s*" % SCRIPT_DOTS, ".", s)
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"(?i)^https?://", "", s)
    m = re.match(r"([^/?#]+)(.*)$", s)
    host, rest = m.group(1).lower(), m.group(2)
    host = host.split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    host = registrable(host)
    rest = rest.split("#")[0]
    path, _, query = rest.partition("?")
    path = path.lower()
    kept = [p for p in query.split("&") if p and not TRACKING_PARAM.match(p.split("=")[0].lower())]
    if not kept:
        path = path.rstrip("/")
    out = host + path
    if kept:
        out += "?" + "&".join(kept)
    return out.lower()


def read_email(raw: str) -> str:
    s = re.sub(r"(?i)&amp;", "&", raw)
    s = re.sub(r"(?i)^mailto:", "", s)
    s = re.sub(r"(?i)\s*[\[\(\{]\s*(?:@|%s)\s*[\]\)\}]\s*" % SPELLED_AT_WORDS, "@", s)
    s = re.sub(r"(?i)\s+(?:%s)\s+" % SPELLED_AT_WORDS, "@", s)
    s = re.sub(r"(?i)\s*[\[\(\{]\s*(?:\.|%s)\s*[\]\)\}]\s*" % SPELLED_DOT_WORDS, ".", s)
    s = re.sub(r"(?i)\s+(?:%s)\s+" % SPELLED_DOT_WORDS, ".", s)
    s = re.sub(r"\s*(?:%s)\s*" % SCRIPT_DOTS, ".", s)
    return s.strip().lower()


PROFILE_PATTERNS = [
    ("instagram", r"instagram\.com/([^/?#]+)"), ("facebook", r"(?:facebook|fb)\.com/([^/?#]+)"),
    ("tiktok", r"tiktok\.com/@([^/?#]+)"), ("twitter", r"(?:x|twitter)\.com/([^/?#]+)"),
    ("telegram", r"(?:t|telegram)\.me/([^/?#]+)"), ("youtube", r"youtube\.com/@([^/?#]+)"),
    ("snapchat", r"snapchat\.com/add/([^/?#]+)"), ("onlyfans", r"onlyfans\.com/([^/?#]+)"),
]


def read_handle(raw: str, platform: str) -> str:
    s = raw.strip()
    for p, pat in PROFILE_PATTERNS:
        m = re.search(r"(?i)(?:^|[/.])" + pat, s)
        if m and p == platform:
            return m.group(1).lower()
    s = re.sub(r"(?i)^(?:ig|insta|snap|tt)@", "", s)
    return s.lstrip("@").lower()


DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९", "0123456789" * 4)
TRUNK_ZERO = {"IN", "PK", "BD", "LK", "CD", "MA", "EG", "JO", "LB", "SA"}
CC = {"MX": "52", "CO": "57", "PE": "51", "AR": "54", "DO": "1", "IN": "91", "PK": "92", "BD": "880", "LK": "94",
      "NP": "977", "SN": "221", "CI": "225", "CM": "237", "CD": "243", "MA": "212", "EG": "20", "JO": "962",
      "LB": "961", "SA": "966", "AE": "971", "QA": "974", "KW": "965", "OM": "968"}


def read_phone(raw: str, region: str) -> str:
    s = raw.translate(DIGITS)
    m = re.search(r"(?i)wa\.me/(\d+)", s) or re.search(r"(?i)phone=(\d+)", s)
    if m:
        return "+" + m.group(1)
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + d
    if d.startswith("00"):
        return "+" + d[2:]
    if region in TRUNK_ZERO and d.startswith("0"):
        d = d[1:]
    return "+" + CC[region] + d


# ---------------------------------------------------------------------------------------------
# Triggers the self-check looks for
# ---------------------------------------------------------------------------------------------

L = r"[^\W\d_]"
TRIGGERS = [
    ("dotted_word", re.compile(r"(?<=%s)\.(?=%s)" % (L, L))),
    ("at_sign", re.compile(r"@")),
    ("www", re.compile(r"(?i)www")),
    ("http", re.compile(r"(?i)https?")),
    ("spelled_dot", re.compile(r"(?i)(?<!%s)(?:%s)(?!%s)" % (L, SPELLED_DOT_WORDS, L))),
    ("script_dot", re.compile(SCRIPT_DOTS)),
    ("bracketed_dot", re.compile(r"(?i)[\[\(\{]\s*(?:\.|%s)\s*[\]\)\}]" % SPELLED_DOT_WORDS)),
    ("bracketed_at", re.compile(r"(?i)[\[\(\{]\s*(?:@|%s)\s*[\]\)\}]" % SPELLED_AT_WORDS)),
    ("spelled_at", re.compile(r"(?i)(?<!%s)(?:arroba|arobase)(?!%s)" % (L, L))),
    ("spelled_at_en", re.compile(r"(?i)(?<!%s)at(?=\s+\S+\s+(?:%s)(?!%s))" % (L, SPELLED_DOT_WORDS, L))),
]


def triggers(text):
    out = []
    for name, rx in TRIGGERS:
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), name))
    return out


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def fmt_dot(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def rdigits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def ralnum(rng, n, alphabet="abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def P(text, *metas):
    return (text, list(metas))


def span(kind, value, form, platform=None):
    return {"t": "span", "kind": kind, "value": value, "form": form, "platform": platform}


def hn(kind):
    return {"t": "hn", "kind": kind}


def parse_marked(template, kind):
    """'Rate ⟦Rs.1500⟧ per hour' -> pieces, the marked parts as hard negatives of `kind`."""
    out = []
    for part in re.split(r"(⟦[^⟧]*⟧)", template):
        if not part:
            continue
        if part.startswith("⟦"):
            out.append(P(part[1:-1], hn(kind)))
        else:
            out.append(P(part))
    return out


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------


def gen_nsn(rng, region):
    c = rng.choice
    if region == "MX":
        area = c(["55", "33", "81", "998", "664", "222", "999", "442"])
        return area + rdigits(rng, 10 - len(area), "23456789")
    if region == "CO":
        return "3" + c(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20",
                        "21", "23"]) + rdigits(rng, 7, "23456789")
    if region == "PE":
        return "9" + rdigits(rng, 8)
    if region == "AR":
        return "911" + rdigits(rng, 8, "2345678")
    if region == "DO":
        return c(["809", "829", "849"]) + rdigits(rng, 7, "23456789")
    if region == "IN":
        return c("9876") + rdigits(rng, 9, "0123456789")
    if region == "PK":
        return "3" + c(["00", "01", "03", "05", "11", "13", "21", "33", "45", "42"]) + rdigits(rng, 7)
    if region == "BD":
        return "1" + c("3456789") + rdigits(rng, 8)
    if region == "LK":
        return "7" + c("0125678") + rdigits(rng, 7)
    if region == "NP":
        return c(["980", "981", "982", "984", "985", "986"]) + rdigits(rng, 7)
    if region == "SN":
        return "7" + c("05678") + rdigits(rng, 7)
    if region == "CI":
        return c(["01", "05", "07"]) + rdigits(rng, 8)
    if region == "CM":
        return "6" + c("5789") + rdigits(rng, 7)
    if region == "CD":
        return c(["81", "82", "84", "85", "89", "97", "98", "99"]) + rdigits(rng, 7)
    if region == "MA":
        return c(["60", "61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78"]) + rdigits(rng, 7)
    if region == "EG":
        return "1" + c("0125") + rdigits(rng, 8)
    if region == "JO":
        return c(["770", "771", "772", "775", "776", "777", "778", "779", "780", "781", "785", "786", "787", "788",
                  "789", "790", "791", "795", "796", "797", "799"]) + rdigits(rng, 6)
    if region == "LB":
        return "3" + rdigits(rng, 6) if rng.random() < 0.5 else c(["70", "71", "81"]) + rdigits(rng, 6)
    if region == "SA":
        return "5" + c("034569") + rdigits(rng, 7)
    if region == "AE":
        return "5" + c("024568") + rdigits(rng, 7)
    if region == "QA":
        return c("3567") + rdigits(rng, 7)
    if region == "KW":
        return c(["50", "55", "66", "90", "94", "96", "97", "99"]) + rdigits(rng, 6)
    if region == "OM":
        return "9" + c("12589") + rdigits(rng, 6)
    raise KeyError(region)


def group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def national_format(rng, region, nsn):
    c = rng.choice
    if region == "MX":
        a = 2 if nsn[:2] in ("55", "33", "81") else 3
        g = group(nsn, [a, 4, 4] if a == 2 else [3, 3, 4])
        return c([" ".join(g), "-".join(g), f"({g[0]}) {g[1]} {g[2]}"])
    if region == "CO":
        g = group(nsn, [3, 3, 4])
        return c([" ".join(g), "-".join(g), nsn])
    if region == "PE":
        g = group(nsn, [3, 3, 3])
        return c([" ".join(g), "-".join(g), nsn])
    if region == "DO":
        g = group(nsn, [3, 3, 4])
        return c(["-".join(g), f"({g[0]}) {g[1]}-{g[2]}", ".".join(g)])
    if region == "IN":
        g = group(nsn, [5, 5])
        return c([" ".join(g), "0" + " ".join(g), nsn, "0" + nsn])
    if region == "PK":
        return c(["0" + nsn[:3] + "-" + nsn[3:], "0" + nsn[:3] + " " + nsn[3:], "0" + nsn])
    if region == "BD":
        return c(["0" + nsn[:4] + "-" + nsn[4:], "0" + nsn[:4] + " " + nsn[4:7] + " " + nsn[7:], "0" + nsn])
    if region == "LK":
        return c(["0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:], "0" + nsn])
    if region == "NP":
        return c([nsn[:3] + "-" + nsn[3:], nsn])
    if region == "SN":
        return c([" ".join(group(nsn, [2, 3, 2, 2])), nsn])
    if region == "CI":
        return c([" ".join(group(nsn, [2, 2, 2, 2, 2])), nsn])
    if region == "CM":
        return c([nsn[0] + " " + " ".join(group(nsn[1:], [2, 2, 2, 2])), " ".join(group(nsn, [3, 2, 2, 2])), nsn])
    if region == "CD":
        return c(["0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:], "0" + nsn])
    if region == "MA":
        g = group("0" + nsn, [2, 2, 2, 2, 2])
        return c([" ".join(g), "0" + nsn, ".".join(g)])
    if region == "EG":
        return c(["0" + nsn[:2] + " " + nsn[2:6] + " " + nsn[6:], "0" + nsn])
    if region == "JO":
        return c(["0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:], "0" + nsn])
    if region == "LB":
        if nsn[0] == "3":
            return c(["0" + nsn[0] + " " + nsn[1:4] + " " + nsn[4:], "0" + nsn[0] + "/" + nsn[1:]])
        return nsn[:2] + " " + nsn[2:5] + " " + nsn[5:]
    if region == "SA":
        return c(["0" + nsn[:2] + " " + nsn[2:5] + " " + nsn[5:], "0" + nsn])
    raise KeyError(region)


def intl_format(rng, region, nsn, prefix="+"):
    cc = CC[region]
    sizes = {"MX": [2, 4, 4], "CO": [3, 3, 4], "PE": [3, 3, 3], "AR": [1, 2, 4, 4], "DO": [3, 3, 4],
             "IN": [5, 5], "PK": [3, 7], "BD": [4, 6], "LK": [2, 3, 4], "NP": [3, 7], "SN": [2, 3, 2, 2],
             "CI": [2, 2, 2, 2, 2], "CM": [1, 2, 2, 2, 2], "CD": [2, 3, 4], "MA": [3, 6], "EG": [2, 4, 4],
             "JO": [1, 4, 4], "LB": [1, 3, 3] if nsn[0] == "3" else [2, 3, 3], "SA": [2, 3, 4], "AE": [2, 3, 4],
             "QA": [4, 4], "KW": [4, 4], "OM": [4, 4]}[region]
    g = group(nsn, sizes)
    sep = rng.choice([" ", " ", "-", ""])
    return f"{prefix}{cc} " + sep.join(g) if sep else f"{prefix}{cc}{nsn}"


NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ur": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९"}


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------

URL_CORES = ["national", "generic", "subdomain", "deep_path", "query_tracking", "query_own", "query_mixed",
             "fragment", "port", "capitals", "idn_accented", "idn_nonlatin", "punycode", "spelled_dot",
             "bracketed_dot", "spaced", "shortener", "link_in_bio", "profile", "whatsapp_link"]
URL_CONTEXTS = ["plain", "bracket", "trailing_punct", "emoji_glued", "glued_word", "href", "anchor_text",
                "prefix_glued", "rtl"]
CONTEXT_WEIGHT = {"plain": 2.5}
EMAIL_FORMS = ["plain", "caps", "spelled", "bracketed", "mailto", "own_domain", "trailing_punct", "wrapped",
               "emoji_glued"]
HANDLE_FORMS = ["at_cue", "word_cue", "emoji_cue", "cue_at", "at_then_platform"]
PHONE_FORMS = ["intl", "intl_00", "national", "native_digits"]
HN_KINDS = list(B.HARD_NEG.keys())

NO_SCHEME_CORES = {"spelled_dot", "bracketed_dot", "spaced"}
GLUE_CORES = {"national", "generic", "subdomain", "idn_accented", "idn_nonlatin", "punycode"}

BRACKETS = [("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'),
            ("'", "'"), ("【", "】"), ("（", "）"), ("「", "」"), ("‹", "›"), ("„", "“")]
RTL_BRACKETS = [("«", "»"), ("(", ")"), ('"', '"'), ("[", "]")]
TRAIL_LATIN = [".", ",", ";", ":", "!", "?", "…", "...", "!!", "?!", "،", "؟"]
SPELLED = {"en": ("at", "dot"), "hi-Latn": ("at", "dot"), "ur-Latn": ("at", "dot"), "es": ("arroba", "punto"),
           "fr": ("arobase", "point"), "pt": ("arroba", "ponto"), "hi": ("at", "डॉट"), "bn": ("at", "ডট"),
           "ar": ("at", "نقطة"), "ur": ("at", "ڈاٹ")}
PROFILE_PLATFORMS = {
    "escort": ["instagram", "tiktok", "twitter", "telegram", "snapchat", "onlyfans", "facebook", "youtube"],
    "massage": ["instagram", "facebook", "tiktok", "youtube", "telegram", "snapchat", "twitter"],
    "jobs": ["facebook", "telegram", "youtube", "instagram", "tiktok", "twitter"],
    "rental": ["facebook", "instagram", "youtube", "tiktok", "telegram"],
    "classifieds": ["facebook", "instagram", "telegram", "youtube", "tiktok", "twitter"],
}
HANDLE_PLATFORMS = {
    "escort": ["instagram", "snapchat", "telegram", "onlyfans", "twitter", "tiktok"],
    "massage": ["instagram", "facebook", "tiktok", "telegram"],
    "jobs": ["telegram", "facebook", "instagram", "youtube"],
    "rental": ["facebook", "instagram", "telegram"],
    "classifieds": ["facebook", "instagram", "telegram", "tiktok", "youtube"],
}
CUE_AT_TAIL = {"MX": ["mx"], "CO": ["co"], "PE": ["pe"], "AR": ["ar"], "DO": ["do", "rd"], "IN": ["in"],
               "PK": ["pk"], "BD": ["bd"], "LK": ["lk"], "NP": ["np"], "SN": ["sn"], "CI": ["ci"], "CM": ["cm"],
               "CD": ["cd"], "MA": ["ma"], "EG": ["eg"], "JO": ["jo"], "LB": ["lb"], "SA": ["sa"]}
FOREIGN_PHONE = ["AE", "QA", "SA", "KW", "OM"]


class Ctx:
    def __init__(self, side, forbidden):
        self.side = side
        self.rng = random.Random(SEEDS[side])
        self.forbidden = forbidden  # selector values (and domains) used by the other split
        self.used = set()
        self.count = Counter()
        self._cache = {}
        # languages by quota (largest remainder), in a shuffled order
        tot = sum(B.LANG_WEIGHT.values())
        n = N_POSTS[side]
        exact = {lg: n * w / tot for lg, w in B.LANG_WEIGHT.items()}
        quota = {lg: int(x) for lg, x in exact.items()}
        for lg in sorted(exact, key=lambda lg: (-(exact[lg] - quota[lg]), lg))[: n - sum(quota.values())]:
            quota[lg] += 1
        self.lang_queue = [lg for lg in B.LANG_WEIGHT for _ in range(quota[lg])]
        self.rng.shuffle(self.lang_queue)

    def bank(self, key, lst):
        """This split's share of a bank (cached by the bank's content; `key` only documents the call)."""
        k = tuple(lst)
        if k not in self._cache:
            self._cache[k] = split(lst, self.side)
        return self._cache[k]

    def pick(self, key, lst):
        return self.rng.choice(self.bank(key, lst))

    def fresh(self, value):
        return value not in self.used and value not in self.forbidden

    def claim(self, value):
        self.used.add(value)
        return value

    def balanced(self, prefix, options, weights=None):
        """The option used least so far (ties broken at random)."""
        best, cands = None, []
        for o in options:
            w = (weights or {}).get(o, 1.0)
            n = self.count[(prefix, o)] / w
            if best is None or n < best - 1e-9:
                best, cands = n, [o]
            elif abs(n - best) < 1e-9:
                cands.append(o)
        return self.rng.choice(cands)


class Post:
    def __init__(self, ctx, n):
        self.ctx = ctx
        rng = ctx.rng
        self.n = n
        self.lang = ctx.lang_queue[n - 1]
        cats = [c for c in B.CAT_WEIGHT if (self.lang, c) in B.LANG_CAT_REGIONS]
        self.cat = rng.choices(cats, weights=[B.CAT_WEIGHT[c] for c in cats])[0]
        self.region = ctx.balanced("region", B.LANG_CAT_REGIONS[(self.lang, self.cat)])
        ctx.count[("region", self.region)] += 1
        self.city = rng.choice(B.CITIES[self.region])
        self.family = B.FAMILY[self.lang] if self.lang != "en" else B.REGION_FAMILY.get(self.region, "en")
        if self.lang == "en" and self.family in ("es", "fr") and rng.random() < 0.5:
            self.family = "en"
        self.namefam = {"es": "es", "fr": "fr", "en": "en", "sa": "sa", "ar": "ar"}[self.family]
        if self.lang == "pt":
            self.namefam = "pt"
        self.name = ctx.pick("names", B.NAMES[self.namefam])
        self.own_domain = None
        self.rtl = self.lang in ("ar", "ur")

    # -- words --------------------------------------------------------------------------------
    def wfam(self):
        return self.family

    def new_domain(self, suffix_kind="national", plain_label=False):
        ctx, rng = self.ctx, self.ctx.rng
        fam = self.family
        for _ in range(500):
            a = ctx.pick(("wa", fam), B.WORD_A[fam])
            b = ctx.pick(("wb", fam, self.cat), B.WORD_B[(fam, self.cat)])
            abbr = rng.choice(B.CITY_ABBR[self.region])
            if plain_label:
                label = rng.choice([a + b, b + a])
                if len(label) > 12:
                    continue
            else:
                label = rng.choice([a + b, a + "-" + b, b + a, b + "-" + a, a + b + abbr, a + "-" + b + "-" + abbr,
                                    a + b + str(rng.randint(2, 99)), b + "-" + abbr])
            pool = {"national": B.NATIONAL_SUFFIX[self.region], "abroad": B.ABROAD_SUFFIX,
                    "generic": B.GENERIC_SUFFIX}[suffix_kind]
            suf = ctx.balanced("suffix", pool)
            d = label + "." + suf
            if ctx.fresh(d):
                ctx.count[("suffix", suf)] += 1
                return ctx.claim(d)
        raise RuntimeError("no fresh domain")

    def site_domain(self):
        """A domain for the post's own site (national mostly; jobs sometimes abroad)."""
        r = self.ctx.rng.random()
        if self.cat == "jobs" and r < 0.2:
            kind = "abroad"
        elif r < 0.6:
            kind = "national"
        else:
            kind = "generic"
        d = self.new_domain(kind)
        if self.own_domain is None:
            self.own_domain = d
        return d

    def handle_value(self, platform, must_end=None):
        ctx, rng = self.ctx, self.ctx.rng
        for _ in range(500):
            base = fold(ctx.pick("names", B.NAMES[self.namefam]))
            base = re.sub(r"[^a-z]", "", base)
            sfam = self.namefam if self.namefam != "pt" else "es"
            sur = re.sub(r"[^a-z]", "", ctx.pick("sur", B.SURNAMES[sfam]))
            d2 = str(rng.randint(1, 99))
            if self.cat == "escort" or (self.cat == "massage" and rng.random() < 0.3):
                tail = ctx.pick("tails", B.HANDLE_TAILS)
                v = rng.choice([base + d2, base + "_" + tail, base + "." + tail, "the" + base + tail,
                                base + "x" + str(rng.randint(100, 999)), tail + "_" + base + d2, base + "_" + sur,
                                base + "." + sur + d2, base + tail + d2])
            else:
                a = ctx.pick("wa", B.WORD_A[self.family])
                b = ctx.pick("wb", B.WORD_B[(self.family, self.cat)])
                tail = ctx.pick("ntails", B.HANDLE_TAILS_NEUTRAL)
                abbr = rng.choice(B.CITY_ABBR[self.region])
                v = rng.choice([a + b, a + "." + b, a + "_" + b + "_" + abbr, b + a + d2, a + b + "." + tail,
                                base + "." + sur, base + "_" + sur + d2, b + "." + abbr])
            if must_end:
                v = re.sub(r"[._]+$", "", v.split(".")[0]) + "." + must_end
            if platform in ("telegram", "twitter", "youtube", "onlyfans"):
                v = v.replace(".", "_")
            if platform in ("twitter", "snapchat") and len(v) > 15:
                continue
            if platform == "telegram" and len(v) < 5:
                continue
            key = platform + ":" + v
            if ctx.fresh(key) and ctx.fresh(v):
                ctx.claim(key)
                return ctx.claim(v)
        raise RuntimeError("no fresh handle")

    def phone(self, foreign=False):
        ctx, rng = self.ctx, self.ctx.rng
        region = rng.choice(FOREIGN_PHONE) if foreign else self.region
        for _ in range(500):
            nsn = gen_nsn(rng, region)
            e164 = "+" + CC[region] + nsn
            if ctx.fresh(e164):
                ctx.claim(e164)
                return region, nsn, e164
        raise RuntimeError("no fresh phone")

    def url_cue(self):
        rng = self.ctx.rng
        if self.cat == "jobs" and rng.random() < 0.6:
            return self.cue("url_cue_jobs", B.URL_CUE_JOBS)
        if self.cat in ("escort", "massage", "rental") and rng.random() < 0.4:
            return self.cue("url_cue_book", B.URL_CUE_BOOK)
        return self.cue("url_cue", B.URL_CUE)

    def group_ok(self, group, core=None):
        if group == "any":
            return True
        if group == "jobs":
            return self.cat == "jobs"
        if group == "book":
            return self.cat in ("escort", "massage", "rental")
        if group == "sale":
            return self.cat == "classifieds"
        if group == "site":
            return core not in ("profile", "whatsapp_link", "shortener", "link_in_bio")
        raise KeyError(group)

    def grouped(self, bank, core=None):
        """Entries of this split's share of a (group, text) bank that fit the post (falling back to
        the 'any' entries, then to every entry whose group is not 'site')."""
        mine = self.ctx.bank("grouped", bank)
        for cands in ([t for g, t in mine if self.group_ok(g, core)], [t for g, t in mine if g == "any"],
                      [t for g, t in mine if g != "site"]):
            if cands:
                return cands
        raise RuntimeError("empty grouped bank")

    def cue(self, bank_name, bank):
        lst = bank.get(self.lang) or bank["en"]
        return self.ctx.pick((bank_name, self.lang), lst)

    # -- paths and queries ----------------------------------------------------------------------
    def path_words(self):
        return self.ctx.bank("path", B.PATH_WORDS[(self.family, self.cat)])

    def short_path(self):
        return "/" + self.ctx.rng.choice(self.path_words())

    def deep_path(self):
        rng = self.ctx.rng
        w = self.path_words()
        a, b = rng.sample(w, 2) if len(w) > 1 else (w[0], w[0] + "-2")
        ext = rng.choice(B.FILE_EXT)
        n = str(rng.randint(2, 9999))
        return rng.choice([
            f"/{a}/{b}/{n}", f"/{a}/{b}.{ext}", f"/{a}/2025/{rng.randint(1, 12):02d}/{b}-{n}.{ext}",
            f"/{a}/{b}_{n}", f"/{a}/{n}-{b}.{ext}", f"/{a}/{b}/detalle_{n}.{ext}",
        ])

    def own_query(self):
        rng = self.ctx.rng
        names = rng.sample(B.OWN_PARAMS[self.cat], rng.choice([1, 2, 2]))
        out = []
        for p in names:
            if p in ("id", "p", "job", "item", "room", "vacancy", "pid", "oferta"):
                v = str(rng.randint(10, 99999))
            elif p == "page":
                v = str(rng.randint(2, 12))
            elif p == "lang":
                v = rng.choice(["es", "fr", "en", "ar", "pt", "hi", "bn", "ur"])
            elif p == "ref_no":
                v = ralnum(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + str(rng.randint(100, 9999))
            elif p in ("city", "ville", "zona"):
                v = rng.choice(B.CITY_ABBR[self.region])
            elif p == "sort":
                v = rng.choice(["price", "new", "recent", "asc"])
            elif p == "size":
                v = rng.choice(["1bhk", "2bhk", "3bhk", "studio", "f2", "f3"])
            elif p == "service":
                v = rng.choice(["thai", "sueco", "deep", "hammam", "duo", "relax", "ayurveda", "reflexo"])
            elif p == "tipo":
                v = rng.choice(["depa", "cuarto", "casa", "estudio"])
            elif p == "model":
                v = re.sub(r"[^a-z]", "", fold(self.name))
            else:
                v = rng.choice(self.path_words()).split("-")[0].split("_")[0]
            out.append(f"{p}={v}")
        return out

    def tracking_query(self):
        rng = self.ctx.rng
        if rng.random() < 0.35:
            cid = rng.choice(B.CLICK_IDS)
            pre = {"fbclid": "IwAR", "gclid": "Cj0KCQjw", "igshid": ""}[cid]
            return [f"{cid}={pre}{ralnum(rng, rng.randint(10, 22))}"]
        k = rng.randint(1, 3)
        out = []
        for name, vals in B.TRACKING[:k] if rng.random() < 0.6 else rng.sample(B.TRACKING, k):
            out.append(f"{name}={rng.choice(vals)}")
        return out

    def amp(self, html_ctx):
        return "&amp;" if (html_ctx or self.ctx.rng.random() < 0.4) else "&"

    # -- URL cores ------------------------------------------------------------------------------
    def host_prefix(self, need_scheme):
        rng = self.ctx.rng
        if need_scheme:
            return rng.choice(["https://", "https://www.", "http://", "http://www.", "https://"])
        return rng.choice(["", "", "www.", "https://", "https://www.", "http://www.", "www."])

    def url_core(self, core, need_scheme=False, no_path=False, html_ctx=False):
        """-> (raw, value, extra_metas, suffix_note)"""
        rng = self.ctx.rng
        extra = []
        if core in ("national", "generic", "capitals"):
            if core == "capitals":
                d = self.site_domain()
            else:
                d = self.new_domain(core)
                if self.own_domain is None:
                    self.own_domain = d
            path = "" if no_path or rng.random() < 0.55 else self.short_path()
            raw = self.host_prefix(need_scheme) + d + path
            if rng.random() < 0.15 and path and core != "capitals":
                raw += "/"
            if core == "capitals":
                raw = self.capitalise(raw, d)
            return raw, d + path, extra
        if core == "subdomain":
            d = self.site_domain()
            sub = rng.choice(B.SUBDOMAINS)
            path = "" if no_path or rng.random() < 0.4 else self.short_path()
            pre = rng.choice(["https://", "http://", ""]) if not need_scheme else rng.choice(["https://", "http://"])
            return pre + sub + "." + d + path, d + path, extra
        if core == "deep_path":
            d = self.site_domain()
            path = self.deep_path()
            return self.host_prefix(need_scheme) + d + path, d + path.lower(), extra
        if core in ("query_tracking", "query_own", "query_mixed", "fragment", "port"):
            d = self.site_domain()
            path = rng.choice([self.short_path(), self.deep_path()])
            pre = self.host_prefix(need_scheme)
            amp = self.amp(html_ctx)
            value = d + path.lower()
            if core == "query_tracking":
                q = self.tracking_query()
                return pre + d + path + "?" + amp.join(q), value, extra
            if core == "query_own":
                q = self.own_query()
                return pre + d + path + "?" + amp.join(q), value + "?" + "&".join(q).lower(), extra
            if core == "query_mixed":
                own, tr = self.own_query(), self.tracking_query()
                q = own[:1] + tr + own[1:] if rng.random() < 0.5 else tr + own
                return pre + d + path + "?" + amp.join(q), value + "?" + "&".join(own).lower(), extra
            if core == "fragment":
                frag = "#" + rng.choice(["contacto", "tarifas", "galeria", "apply", "rates", "form", "mapa", "top",
                                         "fotos", "offres", "reservar", "section-2", "prix", "booking"])
                if rng.random() < 0.3:
                    q = self.own_query()
                    return pre + d + path + "?" + amp.join(q) + frag, value + "?" + "&".join(q).lower(), extra
                return pre + d + path + frag, value, extra
            port = ":" + rng.choice(["8080", "8443", "3000", "8000", "81", "8888"])
            if rng.random() < 0.3:
                return pre + d + port, d, extra
            return pre + d + port + path, value, extra
        if core == "idn_accented":
            fam = "fr" if self.lang == "fr" else "es"
            for _ in range(200):
                w = self.ctx.pick(("idn_acc", fam), B.IDN_ACCENTED[fam])
                s2 = self.ctx.pick(("idn_sec", fam), B.WORD_B[(fam, self.cat)])
                label = rng.choice([w, w + "-" + s2, s2 + "-" + w, w + s2])
                suf = rng.choice(B.NATIONAL_SUFFIX[self.region] + ["com"]) if fam == "es" else rng.choice(["com", "com", B.NATIONAL_SUFFIX[self.region][0]])
                d = label + "." + suf
                if self.ctx.fresh(d) and self.ctx.fresh(self.puny(d)):
                    self.ctx.claim(d)
                    self.ctx.claim(self.puny(d))
                    break
            path = "" if no_path or rng.random() < 0.6 else self.short_path()
            raw = rng.choice(["", "www.", "https://", "https://www."]) if not need_scheme else "https://"
            return raw + d + path, d + path, extra
        if core == "idn_nonlatin":
            d = self.nonlatin_domain()
            raw = ("https://" if need_scheme or rng.random() < 0.3 else "") + d
            return raw, d, extra
        if core == "punycode":
            if self.lang in ("es", "fr", "pt") or self.script() is None:
                fam = "fr" if self.lang == "fr" else "es"
                for _ in range(200):
                    w = self.ctx.pick(("idn_acc", fam), B.IDN_ACCENTED[fam])
                    s2 = self.ctx.pick(("idn_sec", fam), B.WORD_B[(fam, self.cat)])
                    label = rng.choice([w + "-" + s2, w + s2, w])
                    suf = rng.choice(B.NATIONAL_SUFFIX[self.region] + ["com"])
                    u = label + "." + suf
                    if self.ctx.fresh(u) and self.ctx.fresh(self.puny(u)):
                        self.ctx.claim(u)
                        break
            else:
                u = self.nonlatin_domain()
            d = self.puny(u)
            self.ctx.claim(d)
            path = "" if no_path or rng.random() < 0.7 else self.short_path()
            pre = rng.choice(["", "https://", "http://", "www."]) if not need_scheme else "https://"
            return pre + d + path, d + path, extra
        if core == "spelled_dot":
            d = self.site_domain()
            at, dot = SPELLED[self.lang]
            if rng.random() < 0.25 and dot == "dot":
                dot = "DOT"
            parts = d.split(".")
            www = rng.random() < 0.3
            raw = (f"www {dot} " if www else "") + f" {dot} ".join(parts)
            return raw, d, extra
        if core == "bracketed_dot":
            d = self.site_domain()
            at, dot = SPELLED[self.lang]
            word = dot if dot in ("dot", "punto", "point", "ponto") else "dot"
            style = rng.choice(["[.]", "(.)", "{.}", f"[{word}]", f"({word})", f" ({word}) ", f" [{word}] ", "(.)"])
            parts = d.split(".")
            if rng.random() < 0.5:
                raw = style.join(parts)
            else:
                raw = ".".join(parts[:-1]) + style + parts[-1] if len(parts) > 2 else style.join(parts)
            return raw, d, extra
        if core == "spaced":
            style = rng.choice(["www", "letters", "dots"])
            if style == "letters":
                d = self.new_domain(rng.choice(["national", "generic"]), plain_label=True)
                label, _, suf = d.partition(".")
                raw = " ".join(label) + " . " + " . ".join(" ".join(p) for p in suf.split("."))
                if rng.random() < 0.5:
                    raw = " ".join(label) + "." + suf
            elif style == "www":
                d = self.site_domain()
                raw = "w w w . " + " . ".join(d.split("."))
            else:
                d = self.site_domain()
                raw = " . ".join(d.split("."))
            return raw, d, extra
        if core == "shortener":
            host = rng.choice(B.SHORTENERS)
            for _ in range(100):
                if host == "tinyurl.com" and rng.random() < 0.5:
                    code = rng.choice(self.path_words()).replace("_", "-") + "-" + str(rng.randint(2, 999))
                elif host in ("rb.gy", "wa.link"):
                    code = ralnum(rng, 6, "abcdefghijkmnpqrstuvwxyz0123456789")
                else:
                    code = ralnum(rng, rng.randint(5, 8))
                v = host + "/" + code.lower()
                if self.ctx.fresh(v):
                    self.ctx.claim(v)
                    break
            pre = rng.choice(["", "https://", "http://"]) if not need_scheme else "https://"
            return pre + host + "/" + code, v, extra
        if core == "link_in_bio":
            host = rng.choice(B.LINK_IN_BIO)
            h = self.handle_value("instagram")
            pre = rng.choice(["", "https://"]) if not need_scheme else "https://"
            return pre + host + "/" + h, host + "/" + h, extra
        if core == "profile":
            plat = rng.choice(PROFILE_PLATFORMS[self.cat])
            h = self.handle_value(plat)
            H = h if rng.random() < 0.8 else h.capitalize()
            pre = rng.choice(["", "https://", "https://www.", "www."]) if not need_scheme else rng.choice(["https://", "https://www."])
            if plat == "instagram":
                tail = rng.choice(["", "/", "?igshid=" + ralnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                   "/?utm_source=ig_profile_share"]) if True else ""
                raw, value = pre + "instagram.com/" + H + tail, "instagram.com/" + h
            elif plat == "facebook":
                host = rng.choice(["facebook.com", "m.facebook.com", "fb.com", "facebook.com"])
                if host == "m.facebook.com":
                    pre = pre.replace("www.", "")
                raw = pre + host + "/" + H + rng.choice(["", "/"])
                value = ("fb.com/" if host == "fb.com" else "facebook.com/") + h
            elif plat == "tiktok":
                raw, value = pre + "tiktok.com/@" + H, "tiktok.com/@" + h
            elif plat == "twitter":
                host = rng.choice(["x.com", "twitter.com"])
                raw, value = pre.replace("www.", "") + host + "/" + H, host + "/" + h
            elif plat == "telegram":
                host = rng.choice(["t.me", "t.me", "telegram.me"])
                raw, value = pre.replace("www.", "") + host + "/" + H, host + "/" + h
            elif plat == "youtube":
                host = rng.choice(["youtube.com", "m.youtube.com"])
                p2 = pre.replace("www.", "") if host.startswith("m.") else pre
                raw, value = p2 + host + "/@" + H, "youtube.com/@" + h
            elif plat == "snapchat":
                raw, value = pre + "snapchat.com/add/" + H, "snapchat.com/add/" + h
            else:
                raw, value = pre + "onlyfans.com/" + H, "onlyfans.com/" + h
            extra.append(span("handle", h, "profile_url", plat))
            return raw, value, extra
        if core == "whatsapp_link":
            foreign = self.cat == "jobs" and rng.random() < 0.4
            region, nsn, e164 = self.phone(foreign)
            digits = e164[1:]
            pre = rng.choice(["", "https://"]) if not need_scheme else "https://"
            amp = self.amp(html_ctx)
            word = rng.choice(["Hola", "Info", "Bonjour", "Hi", "Salam", "Namaste", "Hello"])
            if rng.random() < 0.55:
                if rng.random() < 0.3:
                    raw, value = pre + "wa.me/" + digits + "?text=" + word, "wa.me/" + digits + "?text=" + word.lower()
                else:
                    raw, value = pre + "wa.me/" + digits, "wa.me/" + digits
            else:
                pre = "https://" if need_scheme or rng.random() < 0.7 else ""
                raw = pre + "api.whatsapp.com/send?phone=" + digits
                value = "whatsapp.com/send?phone=" + digits
                if rng.random() < 0.4:
                    raw += amp + "text=" + word
                    value += "&text=" + word.lower()
            extra.append(span("phone", e164, "wa_link"))
            return raw, value, extra
        raise KeyError(core)

    def capitalise(self, raw, d):
        rng = self.ctx.rng
        style = rng.choice(["upper", "title", "label"])
        if style == "upper":
            return raw.upper()
        if style == "title":
            return re.sub(r"[a-z]+", lambda m: m.group(0).capitalize(), raw)
        label = d.split(".")[0]
        parts = re.split(r"(-)", label)
        newlabel = "".join(p.capitalize() for p in parts)
        return raw.replace(label, newlabel, 1)

    def script(self):
        if self.lang in B.SCRIPT_OF:
            return B.SCRIPT_OF[self.lang]
        if self.lang == "en" or (self.lang == "fr" and self.region in ("MA", "LB")):
            return B.REGION_SCRIPT.get(self.region)
        return None

    def nonlatin_domain(self):
        sc = self.script()
        tld = B.IDN_TLD.get(self.region)
        if tld is None or (sc == "hi" and self.region != "IN"):
            tld = "com"
        for _ in range(200):
            label = self.ctx.pick(("idn_nl", sc), B.IDN_NONLATIN[sc])
            if self.ctx.rng.random() < 0.4:
                other = self.ctx.pick(("idn_nl", sc), B.IDN_NONLATIN[sc]).split("-")[-1]
                if other not in label:
                    label = label + "-" + other
            d = label + "." + tld
            if self.ctx.fresh(d) and self.ctx.fresh(self.puny(d)):
                self.ctx.claim(d)
                self.ctx.claim(self.puny(d))
                return d
        raise RuntimeError("no fresh non-Latin domain")

    @staticmethod
    def puny(d):
        return ".".join(p.encode("idna").decode("ascii") if not p.isascii() else p for p in d.split("."))

    # -- URL contexts ---------------------------------------------------------------------------
    def core_ok(self, core):
        if core == "idn_accented":
            return self.lang in ("es", "fr", "pt")
        if core == "idn_nonlatin":
            return self.script() is not None
        if core == "punycode":
            return True
        if core == "link_in_bio":
            return self.cat in ("escort", "massage", "classifieds", "jobs")
        return True

    def context_ok(self, core, context):
        if context == "rtl":
            return self.rtl and core not in ("spaced",)
        if context in ("href", "anchor_text"):
            return core not in NO_SCHEME_CORES
        if context == "glued_word":
            return core in GLUE_CORES
        if context == "emoji_glued":
            return core not in ("spaced",)
        if context == "prefix_glued":
            return core not in ("spaced",)
        return True

    def url_line(self, core, context):
        rng = self.ctx.rng
        html_ctx = context in ("href", "anchor_text")
        raw, value, extra = self.url_core(core, need_scheme=html_ctx, no_path=(context == "glued_word"),
                                          html_ctx=html_ctx)
        form = core if context == "plain" else core + "+" + context
        metas = [span("url", value, form)] + extra
        up = P(raw, *metas)
        if core == "profile":
            cue = self.cue("profile_cue", B.PROFILE_CUE)
        elif core == "whatsapp_link":
            cue = self.cue("wa_cue", B.WA_CUE)
        elif core == "link_in_bio":
            cue = self.cue("bio_cue", B.BIO_CUE)
        else:
            cue = self.url_cue()
        if context == "plain":
            return [P(cue + " "), up]
        if context == "bracket":
            o, c = self.ctx.balanced("bracket", RTL_BRACKETS if self.rtl else BRACKETS)
            self.ctx.count[("bracket", (o, c))] += 1
            return [P(cue + " " + o), up, P(c)]
        if context == "trailing_punct":
            punct = self.ctx.balanced("punct", B.ARABIC_PUNCT + ["."] if self.rtl else TRAIL_LATIN)
            self.ctx.count[("punct", punct)] += 1
            after = rng.choice(self.ctx.bank(("after", self.lang), B.AFTER_PUNCT[self.lang]))
            return [P(cue + " "), up, P(punct + " " + after)]
        if context == "emoji_glued":
            e1, e2 = rng.choice(B.GLUE_EMOJI), rng.choice(B.GLUE_EMOJI)
            side = rng.choice(["both", "before", "after"])
            out = [P(cue + " ")] if rng.random() < 0.5 else []
            if side in ("both", "before"):
                out.append(P(e1))
            out.append(up)
            if side in ("both", "after"):
                out.append(P(e2))
            elif rng.random() < 0.5:
                out.append(P(" " + e2))
            return out
        if context == "glued_word":
            sent = rng.choice(self.grouped(B.GLUED_SENTENCE[self.lang], core))
            word, _, tail = sent.partition(" ")
            latin_end = re.search(r"[a-z]$", raw) is not None
            camel = latin_end and word[:1].isupper() and word.isascii() and rng.random() < 0.35
            glued = word if camel else "." + word
            return [P(cue + " "), up, P(glued, hn("glued_word")), P(" " + tail)]
        if context == "href":
            q = rng.choice(['"', '"', "'"])
            anchor = rng.choice(self.ctx.bank(("anchor", self.lang), B.ANCHOR[self.lang]))
            return [P(f"<a href={q}"), up, P(f"{q}>{anchor}</a>")]
        if context == "anchor_text":
            q = rng.choice(['"', '"', "'"])
            disp = self.display_of(raw, core, value)
            dform = core + "+anchor_text"
            dmetas = [span("url", value, dform)] + [dict(m, form=m["form"]) for m in extra]
            hmetas = [span("url", value, core + "+href")] + extra
            return [P(f"<a href={q}"), P(raw, *hmetas), P(f"{q}>"), P(disp, *dmetas), P("</a>")]
        if context == "prefix_glued":
            c = cue.rstrip(" :→-")
            glue = rng.choice([":", ":", "→", ">", "=", "»"])
            return [P(c + glue), up]
        if context == "rtl":
            tmpl = rng.choice(self.grouped(B.RTL_TEMPLATES[self.lang], core))
            a, b = tmpl.split("{u}")
            return [P(a), up, P(b)]
        raise KeyError(context)

    def display_of(self, raw, core, value):
        """Anchor text showing the same link without scheme, tracking or fragment."""
        rng = self.ctx.rng
        s = re.sub(r"(?i)^https?://", "", raw)
        if core in ("query_tracking",):
            s = s.split("?")[0]
        if core == "fragment":
            s = s.split("#")[0]
        if core == "query_mixed" or core == "query_own":
            s = value if rng.random() < 0.5 else s
        if rng.random() < 0.3 and not s.lower().startswith("www.") and core in ("national", "generic", "deep_path"):
            s = "www." + s
        return s

    # -- e-mails ----------------------------------------------------------------------------------
    def email_value(self, own=False):
        ctx, rng = self.ctx, self.ctx.rng
        fam = self.namefam if self.namefam != "pt" else "es"
        for _ in range(500):
            if own:
                d = self.own_domain or self.site_domain()
                if rng.random() < 0.2:
                    d = rng.choice(["mail.", "correo.", "rh."]) + d
                local = ctx.pick(("role", fam), B.MAIL_LOCAL_ROLE[fam])
                if rng.random() < 0.3:
                    local += str(rng.randint(1, 9))
            else:
                d = ctx.pick(("prov", fam), B.MAIL_PROVIDERS[fam])
                n = re.sub(r"[^a-z]", "", fold(ctx.pick(("em_names", fam), B.NAMES[self.namefam])))
                s = re.sub(r"[^a-z]", "", ctx.pick(("sur", fam), B.SURNAMES[fam]))
                local = rng.choice([n + "." + s, n + str(rng.randint(1, 99)), n + "_" + s + str(rng.randint(1, 9)),
                                    n[0] + s, s + "." + n, n + "." + s + str(rng.randint(70, 99))])
            v = local + "@" + d
            if ctx.fresh(v):
                return ctx.claim(v)
        raise RuntimeError("no fresh email")

    def email_line(self, form):
        rng = self.ctx.rng
        own = form == "own_domain" or (self.cat == "jobs" and rng.random() < 0.3)
        v = self.email_value(own=own)
        cue = (self.cue("email_cue_jobs", B.EMAIL_CUE_JOBS) if self.cat == "jobs" and rng.random() < 0.6
               else self.cue("email_cue", B.EMAIL_CUE))
        local, _, dom = v.partition("@")
        if form == "caps":
            raw = v.upper()
        elif form == "spelled":
            at, dot = SPELLED[self.lang]
            if self.lang in ("en", "hi-Latn", "ur-Latn") and rng.random() < 0.3:
                at, dot = at.upper(), dot.upper()
            raw = local + f" {at} " + f" {dot} ".join(dom.split("."))
        elif form == "bracketed":
            at, dot = SPELLED[self.lang]
            at = at if at != "at" or rng.random() < 0.7 else "@"
            dot = dot if dot in ("dot", "punto", "point", "ponto") else "dot"
            style = rng.choice(["sq", "round", "curly", "mixed"])
            if style == "sq":
                raw = local + f"[{at}]" + f"[{dot}]".join(dom.split("."))
            elif style == "round":
                raw = local + f" ({at}) " + f" ({dot}) ".join(dom.split("."))
            elif style == "curly":
                raw = local + "{" + at + "}" + dom
            else:
                raw = local + f"[{at}]" + dom
        else:
            raw = v
        metas = [span("email", v, form)]
        if form == "mailto":
            anchor = rng.choice([None, None, self.ctx.pick("eanchor", B.EMAIL_ANCHOR[self.lang])])
            out = [P(cue + " <a href=\"mailto:" if rng.random() < 0.5 else "<a href=\"mailto:"), P(v, *metas),
                   P("\">")]
            if anchor is None:
                out += [P(v.upper() if rng.random() < 0.2 else v, span("email", v, "mailto")), P("</a>")]
            else:
                out += [P(anchor + "</a>")]
            return out
        if form == "trailing_punct":
            punct = rng.choice(B.ARABIC_PUNCT + ["."]) if self.rtl else rng.choice(TRAIL_LATIN)
            return [P(cue + " "), P(raw, *metas), P(punct)]
        if form == "wrapped":
            o, c = rng.choice(RTL_BRACKETS if self.rtl else BRACKETS)
            return [P(cue + " " + o), P(raw, *metas), P(c)]
        if form == "emoji_glued":
            return [P(rng.choice(["📧", "✉️", "📩", "💌"])), P(raw, *metas), P(rng.choice(["", "✅", " 📌"]))]
        return [P(cue + " "), P(raw, *metas)]

    # -- handles ----------------------------------------------------------------------------------
    def handle_line(self, form):
        rng = self.ctx.rng
        if form == "cue_at":
            plat = rng.choice(["instagram", "instagram", "snapchat", "tiktok"])
            tail = rng.choice(CUE_AT_TAIL[self.region])
            v = self.handle_value(plat, must_end=tail)
            cue = {"instagram": rng.choice(["IG", "Insta"]), "snapchat": "Snap", "tiktok": "TT"}[plat]
            return [P(cue + "@" + v, span("handle", v, "cue_at", plat))]
        if form == "at_then_platform":
            lst = B.HANDLE_AFTER.get(self.lang) or B.HANDLE_AFTER["en"]
            word, plat = rng.choice(lst)
            v = self.handle_value(plat)
            return [P("@" + v, span("handle", v, form, plat)), P(" " + word)]
        plat = rng.choice(HANDLE_PLATFORMS[self.cat])
        v = self.handle_value(plat)
        cues = B.HANDLE_CUE[plat]
        emoji_cues = [c for c in cues if not re.search(r"[A-Za-z]", c)]
        word_cues = [c for c in cues if re.search(r"[A-Za-z]", c)]
        if form == "emoji_cue" and emoji_cues:
            return [P(rng.choice(emoji_cues) + " "), P(v, span("handle", v, form, plat))]
        if form == "emoji_cue":
            form = "word_cue"
        cue = rng.choice(word_cues)
        if form == "at_cue":
            return [P(cue + " "), P("@" + v, span("handle", v, form, plat))]
        return [P(cue + " "), P(v, span("handle", v, form, plat))]

    # -- phones -----------------------------------------------------------------------------------
    def phone_line(self, form):
        rng = self.ctx.rng
        foreign = self.cat == "jobs" and rng.random() < 0.3
        region, nsn, e164 = self.phone(foreign)
        if region != self.region or region == "AR":
            if form in ("national",):
                form = "intl"
        if form == "native_digits" and self.lang not in NATIVE_DIGITS:
            form = "intl"
        if form == "intl":
            raw = intl_format(rng, region, nsn)
        elif form == "intl_00":
            raw = intl_format(rng, region, nsn, prefix="00")
        elif form == "national":
            raw = national_format(rng, region, nsn)
        else:
            base = national_format(rng, region, nsn) if region == self.region and region != "AR" else intl_format(rng, region, nsn)
            raw = base.translate(str.maketrans("0123456789", NATIVE_DIGITS[self.lang]))
        cue = self.cue("phone_cue", B.PHONE_CUE)
        return [P(cue + " "), P(raw, span("phone", e164, form))], region


# ---------------------------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------------------------


def hn_templates(ctx, kind, lang, cat):
    langs = [lang] + B.HN_FALLBACK.get(lang, [])
    bank = ctx.bank(("hn", kind), B.HARD_NEG[kind])
    out = []
    for lg in langs:
        for tl, tmpl in bank:
            if tl != lg:
                continue
            cats = None
            for sub, cs in B.HN_CAT_HINTS:
                if sub in tmpl:
                    cats = cs
                    break
            if cats is None or cat in cats:
                out.append(tmpl)
        if out:
            break
    return out


def price(rng, region):
    c = rng.choice
    r = rng.randint
    f = {
        "MX": [lambda: f"{fmt_dot(r(10, 90) * 100)} MXN", lambda: f"${fmt_dot(r(10, 90) * 100)} MXN"],
        "CO": [lambda: f"${fmt_dot(r(8, 90) * 10000)} COP", lambda: f"{fmt_dot(r(8, 90) * 10000)} pesos"],
        "PE": [lambda: f"S/.{r(8, 90) * 10}", lambda: f"S/.{fmt_dot(r(10, 50) * 100)}"],
        "AR": [lambda: f"AR$ {fmt_dot(r(20, 200) * 1000)}", lambda: f"${fmt_dot(r(20, 200) * 1000)} ARS"],
        "DO": [lambda: f"RD${fmt_dot(r(15, 90) * 100)}"],
        "IN": [lambda: f"Rs.{r(5, 50) * 100}", lambda: f"Rs.{r(10, 60):d},000"],
        "PK": [lambda: f"Rs.{r(10, 90) * 100}", lambda: f"Rs.{r(20, 90):d},000"],
        "BD": [lambda: f"Tk.{r(5, 50) * 100}", lambda: f"Tk.{r(10, 40):d},000"],
        "LK": [lambda: f"Rs.{r(20, 150) * 100}"],
        "NP": [lambda: f"Rs.{r(10, 90) * 100}", lambda: f"NRs.{r(10, 90) * 100}"],
        "SN": [lambda: f"{fmt_dot(r(4, 100) * 500)} FCFA"], "CI": [lambda: f"{fmt_dot(r(4, 100) * 500)} FCFA"],
        "CM": [lambda: f"{fmt_dot(r(4, 100) * 500)} FCFA", lambda: f"{fmt_dot(r(4, 60) * 500)} F"],
        "CD": [lambda: f"USD {fmt_dot(r(10, 30) * 100)}", lambda: f"{fmt_dot(r(10, 90) * 1000)} FC"],
        "MA": [lambda: f"{fmt_dot(r(10, 90) * 100)} DH", lambda: f"Dh.{r(20, 90) * 10}"],
        "EG": [lambda: f"LE {fmt_dot(r(10, 90) * 100)}", lambda: f"ج.م {r(20, 90) * 10}",
               lambda: f"{fmt_dot(r(10, 90) * 100)} ج.م"],
        "JO": [lambda: f"JD {r(20, 90)}.500", lambda: f"{r(100, 900)}.000 JD"],
        "LB": [lambda: f"${fmt_dot(r(10, 30) * 100)}", lambda: f"LBP {fmt_dot(r(10, 90) * 100000)}"],
        "SA": [lambda: f"SAR {fmt_dot(r(10, 90) * 100)}", lambda: f"{fmt_dot(r(10, 90) * 100)} ر.س"],
    }[region]
    return c(f)()


def slot_value(rng, slot, region, city="", post=None):
    r = rng.randint
    if slot == "dangle":
        fam = post.namefam
        n = re.sub(r"[^a-z]", "", fold(post.ctx.pick("names", B.NAMES[fam])))
        sur = re.sub(r"[^a-z]", "", post.ctx.pick("sur", B.SURNAMES[fam if fam != "pt" else "es"]))
        return rng.choice([f"{n}.{sur[0]}@", f"{n}{r(1, 99)}@", f"{n}_{sur}@", f"{n}.{sur}@", f"{sur}.{n[0]}@"])
    if slot == "ctag":
        return "".join(w[:1].upper() + w[1:] for w in re.split(r"[\s\-']+", city) if w)
    if slot == "time_pm":
        m = rng.choice(["00", "30", "45"])
        return rng.choice([f"{r(7, 11)}.{m}pm", f"{r(19, 23)}.{m}h", f"{r(19, 23)}.{m}hrs", f"{r(8, 11)}.{m} p.m.",
                           f"{r(8, 11)}.{m}PM"])
    if slot == "price":
        return price(rng, region)
    if slot == "time":
        m = rng.choice(["00", "15", "30", "45"])
        return rng.choice([f"{r(1, 11)}.{m}pm", f"{r(13, 23)}.{m}h", f"{r(6, 11)}.{m}am", f"{r(13, 23)}.{m}hrs",
                           f"{r(1, 11)}.{m} p.m.", f"{r(1, 11)}.{m}PM", f"{r(7, 11)}.{m} a.m."])
    if slot == "date":
        d, mo = r(1, 28), r(1, 12)
        return rng.choice([f"{d:02d}.{mo:02d}.2025", f"{d}.{mo:02d}.2025", f"{d:02d}.{mo:02d}.25", f"{d:02d}.{mo:02d}.2026"])
    if slot == "height_ft":
        return rng.choice([f"5.{r(1, 9)}ft", f"5.{r(1, 9)} ft", f"5.{r(1, 9)}feet"])
    if slot == "height_m":
        return rng.choice([f"1.{r(50, 78)}m", f"1.{r(50, 78)} m", f"1.{r(50, 78)} mts"])
    if slot == "figure":
        return f"{rng.choice([32, 34, 36, 38])}.{rng.choice([24, 25, 26, 28])}.{rng.choice([34, 36, 38, 40])}"
    if slot == "area":
        return rng.choice([f"{r(30, 160)}.5m2", f"{r(30, 160)}.5 m²", f"{r(30, 160)}.75 sq.m", f"{r(300, 1800)}.0 sqft"])
    if slot == "screen":
        return rng.choice([f"6.{r(1, 8)} inch", f"15.6in", f"6.{r(1, 8)}\"", f"{rng.choice([13, 14])}.{r(1, 9)} in"])
    if slot == "ton":
        return rng.choice(["1.5 ton", "2.0 ton", "1.0 ton", "2.5 tons"])
    if slot == "ip":
        a, b = r(0, 254), r(1, 254)
        return rng.choice([f"192.168.{a}.{b}", f"10.0.{a}.{b}", f"172.16.{a}.{b}", f"192.168.1.{b}"])
    raise KeyError(slot)


def hn_line(post, kind):
    ctx, rng = post.ctx, post.ctx.rng
    tmpls = hn_templates(ctx, kind, post.lang, post.cat)
    if not tmpls:
        return None
    t = rng.choice(tmpls)
    t = re.sub(r"\{(\w+)\}", lambda m: slot_value(rng, m.group(1), post.region, post.city, post), t)
    return parse_marked(t, kind)


def hn_kind_ok(post, kind):
    if post.cat not in B.HN_CATS[kind]:
        return False
    return bool(hn_templates(post.ctx, kind, post.lang, post.cat))


# ---------------------------------------------------------------------------------------------
# Assembling a post
# ---------------------------------------------------------------------------------------------


def fill(post, text):
    rng = post.ctx.rng
    return (text.replace("{name}", post.name).replace("{NAME}", post.name.upper())
            .replace("{city}", post.city)
            .replace("{spa}", post._spa).replace("{SPA}", post._spa.upper())
            .replace("{e}", rng.choice(B.EMOJI[post.cat]))
            .replace("{role}", post._role).replace("{ROLE}", post._role.upper())
            .replace("{dest}", post._dest))


def assemble(pieces_by_field):
    """-> {field: (text, [(start, end, meta)])}"""
    out = {}
    for field, pieces in pieces_by_field.items():
        text, marks = "", []
        for t, metas in pieces:
            s = len(text)
            text += t
            for m in metas:
                marks.append((s, len(text), m))
        out[field] = (text, marks)
    return out


def make_post(ctx, n):
    rng = ctx.rng
    post = Post(ctx, n)
    lang, cat = post.lang, post.cat
    post._spa = ctx.pick(("spa", lang), B.SPA_NAMES.get(lang) or B.SPA_NAMES["en"])
    post._role = ctx.pick(("role", lang), B.ROLES.get(lang) or B.ROLES["en"])
    post._dest = ctx.pick(("dest", lang), B.DESTS.get(lang) or B.DESTS["en"])

    # how many of each
    n_url = rng.choices([0, 1, 2, 3], weights=[8, 40, 38, 14])[0]
    n_hn = rng.choices([1, 2, 3], weights=[40, 40, 20])[0]
    p_email = {"jobs": 0.6, "escort": 0.2, "massage": 0.35, "rental": 0.3, "classifieds": 0.3}[cat]
    n_email = (1 if rng.random() < p_email else 0) + (1 if rng.random() < 0.08 else 0)
    p_handle = {"escort": 0.65, "massage": 0.35, "jobs": 0.25, "rental": 0.15, "classifieds": 0.3}[cat]
    n_handle = (1 if rng.random() < p_handle else 0) + (1 if rng.random() < 0.12 else 0)
    n_phone = rng.choices([0, 1, 2], weights=[25, 60, 15])[0]

    contact_lines, title_extra, decoy_lines, title_decoy = [], None, [], None
    has_glued = False
    for _ in range(n_url):
        cores = [c for c in URL_CORES if post.core_ok(c)]
        core = ctx.balanced("core", cores)
        ctxs = [x for x in URL_CONTEXTS if post.context_ok(core, x)]
        context = ctx.balanced("ctx", ctxs, CONTEXT_WEIGHT)
        ctx.count[("core", core)] += 1
        ctx.count[("ctx", context)] += 1
        has_glued |= context == "glued_word"
        line = post.url_line(core, context)
        if title_extra is None and context in ("plain", "emoji_glued", "bracket") and rng.random() < 0.12:
            title_extra = line
        else:
            contact_lines.append(line)
    for _ in range(n_email):
        f = ctx.balanced("email", EMAIL_FORMS)
        ctx.count[("email", f)] += 1
        contact_lines.append(post.email_line(f))
    for _ in range(n_handle):
        f = ctx.balanced("handle", HANDLE_FORMS)
        ctx.count[("handle", f)] += 1
        contact_lines.append(post.handle_line(f))
    for _ in range(n_phone):
        forms = [f for f in PHONE_FORMS if f != "native_digits" or lang in NATIVE_DIGITS]
        f = ctx.balanced("phone", forms)
        ctx.count[("phone", f)] += 1
        line, _region = post.phone_line(f)
        contact_lines.append(line)
    kinds_here = []
    for _ in range(n_hn):
        ok = [k for k in HN_KINDS if hn_kind_ok(post, k) and k not in kinds_here]
        if not ok:
            break
        k = ctx.balanced("hn", ok)
        kinds_here.append(k)
        line = hn_line(post, k)
        ctx.count[("hn", k)] += 1
        if k in ("spaced_letters", "shouted_dotted", "hashtag") and title_decoy is None and rng.random() < 0.25:
            title_decoy = line
        else:
            decoy_lines.append((k, line))

    # filler
    fb = ctx.bank(("filler", lang, cat), B.FILLER[(lang, cat)])
    n_fill = min(len(fb), rng.randint(2, 4))
    fillers = [[P(fill(post, t))] for t in rng.sample(fb, n_fill)]
    title_t = fill(post, ctx.pick(("title", lang, cat), B.TITLES[(lang, cat)]))

    body_lines = fillers[:1]
    middle = fillers[1:] + [l for k, l in decoy_lines if k != "hashtag"]
    rng.shuffle(middle)
    body_lines += middle
    rng.shuffle(contact_lines)
    if contact_lines and len(body_lines) > 1 and rng.random() < 0.3:
        body_lines.insert(rng.randint(1, len(body_lines) - 1), contact_lines.pop())
    body_lines += contact_lines
    body_lines += [l for k, l in decoy_lines if k == "hashtag"]

    # title
    title = [P(title_t)]
    if title_decoy is not None:
        title = title_decoy + [P(" " + rng.choice(["|", "-", "💋", "✨", "•"]) + " ")] + title
    if title_extra is not None:
        title = title + [P(" " + rng.choice(["|", "-", "•", "👉", ""]) + " ")] + title_extra

    # flatten
    style = rng.choices(["nl", "pipes", "bullets", "emoji", "br", "p", "double", "mixed"],
                        weights=[26, 14, 10, 10, 14, 8, 8, 10])[0]
    html_style = style in ("br", "p")
    body = []
    seps = {"nl": "\n", "pipes": " | ", "bullets": rng.choice([" • ", " ● ", " ▪️ ", " ◾ "]),
            "emoji": " " + rng.choice(B.EMOJI[cat]) + " ", "br": rng.choice(["<br>", "<br/>", "<br />", "<br>\n"]),
            "double": "  ", "mixed": None, "p": ""}
    for i, line in enumerate(body_lines):
        line = [(t.replace(" & ", " &amp; ") if html_style and not m else t, m) for t, m in line]
        if html_style and rng.random() < 0.25:
            line = [(t.replace(" ", "&nbsp;", 1) if not m and " " in t.strip() else t, m) for t, m in line]
        if style == "p":
            body += [P("<p>")] + line + [P("</p>")]
            continue
        if i:
            sep = seps[style] if style != "mixed" else rng.choice(["\n", " | ", " • ", "\n", " ✨ "])
            body.append(P(sep))
        body += line
    caps = (not has_glued and lang in ("en", "es", "fr", "pt", "hi-Latn") and cat in ("escort", "massage", "classifieds")
            and rng.random() < 0.1)
    if caps:
        body = [(t.upper(), m) for t, m in body]
    if rng.random() < 0.3 and lang in ("en", "es", "fr", "pt", "hi-Latn"):
        title = [(t.upper() if not m else t, m) for t, m in title]

    fields = assemble({"title": title, "body": body})
    posted = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=rng.randint(0, 364 * 86400))
    return post, fields, posted.strftime("%Y-%m-%dT%H:%M:%SZ")


def to_record(ctx, post, fields, posted, n):
    spans, hns = [], []
    for field in ("title", "body"):
        text, marks = fields[field]
        for s, e, m in sorted(marks, key=lambda x: (x[0], x[1])):
            if m["t"] == "span":
                spans.append({"kind": m["kind"], "platform": m["platform"], "value": m["value"], "raw": text[s:e],
                              "form": m["form"], "field": field, "_s": s, "_e": e})
            else:
                hns.append({"kind": m["kind"], "raw": text[s:e], "field": field, "_s": s, "_e": e})
    labels = {"post_type": B.POST_TYPE[post.cat], "indicators": [], "handles": [], "urls": [], "emails": [],
              "phones": []}
    for sp in spans:
        k = sp["kind"]
        if k == "handle":
            h = {"platform": sp["platform"], "value": sp["value"]}
            if h not in labels["handles"]:
                labels["handles"].append(h)
        else:
            key = {"url": "urls", "email": "emails", "phone": "phones"}[k]
            if sp["value"] not in labels[key]:
                labels[key].append(sp["value"])
    rec = {"id": f"{PREFIX[ctx.side]}-{n:03d}", "title": fields["title"][0], "body": fields["body"][0],
           "region": post.region, "location": post.city, "posted_at": posted, "lang": post.lang,
           "category": post.cat, "labels": labels, "spans": spans, "hard_negatives": hns}
    self_check(rec, fields)
    for x in spans + hns:
        del x["_s"], x["_e"]
    return rec


def readback(sp, region):
    if sp["kind"] == "url":
        return read_url(sp["raw"])
    if sp["kind"] == "email":
        return read_email(sp["raw"])
    if sp["kind"] == "handle":
        return read_handle(sp["raw"], sp["platform"])
    return read_phone(sp["raw"], region)


def self_check(rec, fields=None):
    """Raise AssertionError if the post breaks a labelling rule. With `fields` (generator side) the
    exact offsets are used; without (tests) every occurrence of each raw text counts."""
    errs = []
    region = rec["region"]
    for sp in rec["spans"]:
        got = readback(sp, region)
        if got != sp["value"]:
            errs.append(f"{sp['kind']} {sp['raw']!r} reads back as {got!r}, labelled {sp['value']!r}")
        if sp["raw"] not in rec[sp["field"]]:
            errs.append(f"raw {sp['raw']!r} not in {sp['field']}")
    for h in rec["hard_negatives"]:
        if h["raw"] not in rec[h["field"]]:
            errs.append(f"hard negative {h['raw']!r} not in {h['field']}")
    # labels = spans
    L_ = rec["labels"]
    want = {"urls": [], "emails": [], "phones": [], "handles": []}
    for sp in rec["spans"]:
        if sp["kind"] == "handle":
            h = {"platform": sp["platform"], "value": sp["value"]}
            if h not in want["handles"]:
                want["handles"].append(h)
        else:
            k = sp["kind"] + "s"
            if sp["value"] not in want[k]:
                want[k].append(sp["value"])
    for k in want:
        if want[k] != L_[k]:
            errs.append(f"labels {k} {L_[k]} != spans {want[k]}")
    for field in ("title", "body"):
        text = rec[field]
        if fields is not None:
            sp_iv = [(x["_s"], x["_e"]) for x in rec["spans"] if x["field"] == field]
            hn_iv = [(x["_s"], x["_e"]) for x in rec["hard_negatives"] if x["field"] == field]
        else:
            sp_iv = occurrences(text, [x["raw"] for x in rec["spans"] if x["field"] == field])
            hn_iv = occurrences(text, [x["raw"] for x in rec["hard_negatives"] if x["field"] == field])
            # a hard negative counts where one of its occurrences stays clear of every label span
            hn_iv = [iv for iv in hn_iv if not any(iv[0] < e and s < iv[1] for s, e in sp_iv)]
        for s, e, name in triggers(text):
            if not any(a <= s and e <= b for a, b in sp_iv + hn_iv):
                errs.append(f"{field}: uncovered {name} at {s}: {text[max(0, s - 25):e + 25]!r}")
        if fields is not None:
            for a, b in hn_iv:
                for s, e in sp_iv:
                    if a < e and s < b:
                        errs.append(f"{field}: hard negative {text[a:b]!r} overlaps label {text[s:e]!r}")
    if fields is None:
        for h in rec["hard_negatives"]:
            occ = occurrences(rec[h["field"]], [h["raw"]])
            sp_iv = occurrences(rec[h["field"]], [x["raw"] for x in rec["spans"] if x["field"] == h["field"]])
            if not any(not any(a < e and s < b for s, e in sp_iv) for a, b in occ):
                errs.append(f"hard negative {h['raw']!r} overlaps a label span everywhere")
    if errs:
        raise AssertionError(rec["id"] + ": " + "; ".join(errs))


def occurrences(text, raws):
    out = []
    for r in raws:
        i = text.find(r)
        while i >= 0:
            out.append((i, i + len(r)))
            i = text.find(r, i + 1)
    return out


# ---------------------------------------------------------------------------------------------
# Whole splits
# ---------------------------------------------------------------------------------------------


def selector_values(rec):
    L_ = rec["labels"]
    out = set(L_["urls"]) | set(L_["emails"]) | set(L_["phones"])
    out |= {h["platform"] + ":" + h["value"] for h in L_["handles"]}
    for u in L_["urls"]:
        out.add(u.split("/")[0].split("?")[0])
    return out


def build_split(side, forbidden):
    ctx = Ctx(side, forbidden)
    recs = []
    for n in range(1, N_POSTS[side] + 1):
        post, fields, posted = make_post(ctx, n)
        recs.append(to_record(ctx, post, fields, posted, n))
    return recs, ctx


def build():
    dev, dctx = build_split("dev", frozenset())
    forb = set(dctx.used)
    for r in dev:
        forb |= selector_values(r)
    held, hctx = build_split("held", frozenset(forb))
    return {"dev": dev, "held": held}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------------------------------------
# Stats
# ---------------------------------------------------------------------------------------------


def stats(recs):
    c = {k: Counter() for k in ("category", "lang", "region", "url_core", "url_context", "email_form", "handle_form",
                                "handle_platform", "phone_form", "hard_negative", "decoy_handle_not_email")}
    for r in recs:
        c["category"][r["category"]] += 1
        c["lang"][r["lang"]] += 1
        c["region"][r["region"]] += 1
        for sp in r["spans"]:
            if sp["kind"] == "url":
                core, _, context = sp["form"].partition("+")
                c["url_core"][core] += 1
                c["url_context"][context or "plain"] += 1
            elif sp["kind"] == "email":
                c["email_form"][sp["form"]] += 1
            elif sp["kind"] == "handle":
                c["handle_form"][sp["form"]] += 1
                c["handle_platform"][sp["platform"]] += 1
                if sp["form"] == "cue_at":
                    c["decoy_handle_not_email"]["cue_at"] += 1
            else:
                c["phone_form"][sp["form"]] += 1
        for h in r["hard_negatives"]:
            c["hard_negative"][h["kind"]] += 1
    totals = {
        "posts": len(recs),
        "url_labels": sum(len(r["labels"]["urls"]) for r in recs),
        "email_labels": sum(len(r["labels"]["emails"]) for r in recs),
        "handle_labels": sum(len(r["labels"]["handles"]) for r in recs),
        "phone_labels": sum(len(r["labels"]["phones"]) for r in recs),
        "posts_without_url": sum(1 for r in recs if not r["labels"]["urls"]),
        "hard_negatives": sum(len(r["hard_negatives"]) for r in recs),
    }
    return totals, c


def print_stats(out):
    for side in ("dev", "held"):
        totals, c = stats(out[side])
        print(f"== {FILES[side]} ==")
        print("  " + ", ".join(f"{k} {v}" for k, v in totals.items()))
        for k, cnt in c.items():
            if not cnt:
                continue
            print(f"  {k}: " + ", ".join(f"{a} {b}" for a, b in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))))


def examples(recs):
    """Markdown rows: the first dev example of every class (for README.md)."""
    seen, rows = set(), []

    def snip(text, raw):
        i = text.find(raw)
        a, b = max(0, i - 22), min(len(text), i + len(raw) + 22)
        t = text[a:b].replace("\n", " ⏎ ")
        return ("…" if a else "") + t + ("…" if b < len(text) else "")

    def esc(x):
        return x.replace("|", "\\|").replace("`", "'")

    for r in recs:
        for sp in r["spans"]:
            if sp["kind"] == "url":
                core, _, ctx = sp["form"].partition("+")
                keys = [("url core", core), ("url context", ctx or "plain")]
            else:
                keys = [(sp["kind"] + " form", sp["form"])]
            for key in keys:
                if key in seen:
                    continue
                seen.add(key)
                rows.append((key, r["id"], esc(snip(r[sp["field"]], sp["raw"])), esc(sp["value"])))
        for h in r["hard_negatives"]:
            key = ("hard negative", h["kind"])
            if key in seen:
                continue
            seen.add(key)
            rows.append((key, r["id"], esc(snip(r[h["field"]], h["raw"])), "— (`" + esc(h["raw"]) + "`)"))
    order = {"url core": 0, "url context": 1, "email form": 2, "handle form": 3, "phone form": 4, "hard negative": 5}
    rows.sort(key=lambda x: (order[x[0][0]], x[0][1]))
    out = ["| class | dev id | text | label |", "|---|---|---|---|"]
    for (t, k), rid, text, val in rows:
        out.append(f"| {t}: `{k}` | {rid} | `{text}` | {val if val.startswith('—') else '`' + val + '`'} |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed files differ")
    ap.add_argument("--stats", action="store_true", help="print counts by form and decoy kind")
    ap.add_argument("--digest", action="store_true", help="print the sha256 of both outputs")
    ap.add_argument("--examples", action="store_true", help="print a dev example of every class (markdown)")
    args = ap.parse_args()
    out = build()
    texts = {side: dumps(out[side]) for side in out}
    if args.digest:
        for side in ("dev", "held"):
            print(FILES[side], hashlib.sha256(texts[side].encode("utf-8")).hexdigest())
        return 0
    if args.stats:
        print_stats(out)
        return 0
    if args.examples:
        print(examples(out["dev"]))
        return 0
    if args.check:
        bad = []
        for side in ("dev", "held"):
            p = HERE / FILES[side]
            if not p.exists() or p.read_text(encoding="utf-8") != texts[side]:
                bad.append(FILES[side])
        if bad:
            print("differs from the generator: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and heldout.jsonl match the generator")
        return 0
    for side in ("dev", "held"):
        (HERE / FILES[side]).write_text(texts[side], encoding="utf-8")
    print(f"wrote {FILES['dev']} ({len(out['dev'])}) and {FILES['held']} ({len(out['held'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
