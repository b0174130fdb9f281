#!/usr/bin/env python3
"""Generate the selectors-nineteenth evaluation set (dev.jsonl, heldout.jsonl).

    write.py              write both files
    write.py --check      exit 1 if the committed files differ from the generator's output
    write.py --stats      counts by form and decoy kind, per split
    write.py --examples   one dev example per form and decoy kind (the README tables)

Python 3.11, standard library only. Deterministic: fixed seeds, and no iteration over a hashed set,
so the output is byte-identical under any PYTHONHASHSEED. Every post is self-checked before anything
is written (see README.md, "Self-checks").
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import math
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks as B  # noqa: E402

SPLITS = (("dev", 1919001, 200, "sel19d"), ("heldout", 1919707, 300, "sel19h"))
HELDOUT_FACTOR = 1.5
CATEGORY_TYPE = {"escort": "sex_ad", "sugar": "sex_ad", "webcam": "sex_ad", "massage": "massage",
                 "jobs": "job_offer", "rental": "other", "classifieds": "other"}
GROUP = {"escort": "sex", "sugar": "sex", "webcam": "sex", "massage": "mas", "jobs": "job", "rental": "ren",
         "classifieds": "cla"}
# Finer tags used by the decoy banks (sex = escort, sug = sugar, cam = webcam).
TAGS = {"escort": {"sex"}, "sugar": {"sug"}, "webcam": {"cam"}, "massage": {"mas"}, "jobs": {"job"},
        "rental": {"ren"}, "classifieds": {"cla"}}
CATEGORY_WEIGHTS = [("escort", 29), ("massage", 17), ("sugar", 7), ("webcam", 10), ("jobs", 21), ("rental", 8),
                    ("classifieds", 8)]
EN_SHARE = 0.52
CONTROL_SHARE = 0.10

# ---------------------------------------------------------------------------------------------
# Quotas (dev; held-out gets ceil(1.5 x) of each)
# ---------------------------------------------------------------------------------------------

URL_QUOTA = [
    ("bare_generic", 12), ("bare_national", 18), ("www", 12), ("http", 7), ("https", 12), ("path", 16),
    ("query_own", 8), ("query_tracking", 8), ("query_mixed", 5), ("fragment", 6), ("port", 5), ("subdomain", 8),
    ("carrd_site", 6), ("link_in_bio", 14), ("shortener", 14), ("wa_me", 8), ("bracket_dot", 8),
    ("spaced_dot", 6), ("spelled_www", 5), ("capitals", 8), ("glued_next_sentence", 8), ("glued_emoji", 8),
    ("wrapped", 10), ("sentence_punct", 8), ("html_href", 10), ("html_link_text", 4), ("html_entity", 6),
    ("dropped_dot", 5), ("line_break", 6), ("nbsp_wrapped", 4), ("escape_glued", 6),
]
PROFILE_QUOTA = [("onlyfans", 7), ("instagram", 6), ("twitter", 4), ("tiktok", 3), ("telegram", 3),
                 ("snapchat", 3), ("fansly", 2), ("reddit", 2), ("facebook", 2)]
SPELLED_DOT_QUOTA = [("en", 5), ("de", 3), ("nl", 3), ("da", 2), ("sv", 2), ("no", 2)]
EMAIL_QUOTA = [
    ("freemail", 16), ("own_role", 8), ("own_personal", 5), ("at_word", 5), ("at_bracket", 6), ("capitals", 4),
    ("spaced_symbols", 4), ("mailto", 6), ("html_entity_at", 3), ("plus_tag", 3), ("sentence_end", 4),
    ("wrapped", 4), ("glued_capital_word", 3), ("glued_phone", 3),
]
EMAIL_LANG_QUOTA = [("spelled_at_local", "de", 2), ("spelled_at_local", "nl", 1), ("spelled_at_local", "da", 1),
                    ("spelled_at_local", "sv", 1), ("spelled_at_local", "no", 1),
                    ("spelled_dot_local", "de", 2), ("spelled_dot_local", "nl", 2), ("spelled_dot_local", "da", 1),
                    ("spelled_dot_local", "sv", 1), ("spelled_dot_local", "no", 1)]
HANDLE_QUOTA = [
    ("cue_colon", "instagram", 2), ("cue_colon", "snapchat", 3), ("cue_colon", "kik", 2), ("cue_colon", "onlyfans", 2),
    ("cue_colon", "telegram", 2), ("cue_colon", "twitter", 1), ("cue_colon", "tiktok", 1), ("cue_colon", "facebook", 1),
    ("cue_colon", "reddit", 1), ("cue_colon", "fansly", 1),
    ("cue_at", "instagram", 3), ("cue_at", "telegram", 3), ("cue_at", "twitter", 2), ("cue_at", "tiktok", 2),
    ("cue_at", "snapchat", 1),
    ("cue_word", "snapchat", 2), ("cue_word", "kik", 1), ("cue_word", "instagram", 2), ("cue_word", "telegram", 1),
    ("cue_arrow", "onlyfans", 2), ("cue_arrow", "snapchat", 1), ("cue_arrow", "instagram", 1), ("cue_arrow", "kik", 1),
    ("emoji_cue", "snapchat", 5), ("emoji_cue", "instagram", 3),
    ("domainlike", "instagram", 2), ("domainlike", "telegram", 1), ("domainlike", "twitter", 1),
]
PHONE_FORM_QUOTA = [("dotted", 8), ("international_00", 6), ("tel_abbrev", 10)]
DECOY_QUOTA = [
    ("abbrev_prose", 8), ("abbrev_glued", 8), ("shouted_dotted", 12), ("price", 8), ("measurement", 8),
    ("time", 6), ("date", 5), ("file_name", 6), ("version", 4), ("platform_home", 10), ("glued_sentence", 8),
    ("prose_dot_tld", 5), ("spelled_word_prose", 8), ("spelled_letters", 4), ("company_form", 5),
    ("code_token", 3), ("private_ip", 2), ("hashtag", 5), ("at_as_preposition", 4), ("dangling_name_at", 2),
    ("at_provider_no_mailbox", 2), ("cue_without_account", 10),
]
CAP = {"url": 4, "email": 2, "handle": 3, "decoy": 4, "phone": 1}
TITLE_FORMS = {"bare_generic", "bare_national", "www", "link_in_bio", "shortener", "cue_colon", "cue_at",
               "freemail", "capitals", "profile_url"}
TITLE_DECOYS = {"shouted_dotted", "spelled_letters", "platform_home", "price"}

# ---------------------------------------------------------------------------------------------
# The split of phrase banks
# ---------------------------------------------------------------------------------------------

_SIDE = {}


def _frac(bank: str, entry) -> int:
    key = entry if isinstance(entry, str) else json.dumps(entry, ensure_ascii=False, sort_keys=True)
    return int(hashlib.sha256((bank + "\x00" + key).encode("utf-8")).hexdigest()[:16], 16)


def sided(bank: str, entries, split: str) -> list:
    """The entries of a bank on one side. About 40 % (by rank of a SHA-256 of bank name and entry)
    go to dev, the rest to held-out; a bank of one entry is shared."""
    entries = list(entries)
    if len(entries) < 2:
        return entries
    key = (bank, split)
    if key not in _SIDE:
        order = sorted(range(len(entries)), key=lambda i: (_frac(bank, entries[i]), i))
        n_dev = max(1, min(len(entries) - 1, round(0.4 * len(entries))))
        dev_idx = order[:n_dev]
        _SIDE[(bank, "dev")] = [e for i, e in enumerate(entries) if i in dev_idx]
        _SIDE[(bank, "heldout")] = [e for i, e in enumerate(entries) if i not in dev_idx]
    return _SIDE[key]


# ---------------------------------------------------------------------------------------------
# Segments
# ---------------------------------------------------------------------------------------------

class Sel:
    """One selector occurrence: kind url|email|handle|phone."""
    __slots__ = ("kind", "value", "raw", "form", "platform")

    def __init__(self, kind, value, raw, form, platform=None):
        self.kind, self.value, self.raw, self.form, self.platform = kind, value, raw, form, platform


class Dec:
    """One hard negative occurrence."""
    __slots__ = ("kind", "raw")

    def __init__(self, kind, raw):
        self.kind, self.raw = kind, raw


def parse_marked(text: str, kind: str) -> list:
    """Split a template filled with ⟦decoy⟧ markers into segments."""
    out, pos = [], 0
    for m in re.finditer(r"⟦(.*?)⟧", text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
        out.append(Dec(kind, m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


# ---------------------------------------------------------------------------------------------
# Readers: the labelling conventions as code (used to check every span)
# ---------------------------------------------------------------------------------------------

TRACKER_NAMES = ("fbclid", "gclid", "igshid", "igsh", "ttclid", "yclid")
SPELLED_DOT_RE = r"dot|punkt|punktum|punt|prik"
BRACKET_DOT_RE = r"\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\)|\(punkt\)|\[punkt\]|\(punt\)"
AT_WORD_RE = r"at|ät|klammeraffe|apenstaartje|snabel-a|krøllalfa"
BRACKET_AT_RE = r"\(at\)|\[at\]|\{at\}|<at>"


def is_tracker(name: str) -> bool:
    return name.startswith("utm_") or name in TRACKER_NAMES


def registrable(host: str) -> str:
    labels = host.split(".")
    for h in B.USER_SITE_HOSTS:
        if host.endswith("." + h):
            return ".".join(labels[-(h.count(".") + 2):])
    if len(labels) >= 3 and ".".join(labels[-2:]) in B.MULTI_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def read_url(raw: str) -> str:
    s = html.unescape(raw)
    s = re.sub(r"\s*\n\s*", "", s)
    s = re.sub(r"(?i)^w\s+w\s+w\b", "www", s)
    s = re.sub(r"(?i)^w\.w\.w\.", "www.", s)
    s = re.sub(r"(?i)\s*(" + BRACKET_DOT_RE + r")\s*", ".", s)
    s = re.sub(r"(?i)\s+(" + SPELLED_DOT_RE + r")\s+", ".", s)
    s = re.sub(r"\s*\.\s*", ".", s).strip()
    if " " in s:  # a dropped dot: "anna-vip com"
        a, b = s.rsplit(" ", 1)
        s = a + "." + b
    s = s.lower()
    s = re.sub(r"^https?://", "", s)
    m = re.match(r"([^/?#]*)(.*)$", s)
    host, rest = m.group(1), m.group(2)
    host = host.split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    host = registrable(host)
    rest = rest.split("#")[0]
    path, _, query = rest.partition("?")
    params = [p for p in query.split("&") if p and not is_tracker(p.split("=")[0])]
    label = host + path.rstrip("/")
    if params:
        label += "?" + "&".join(params)
    return label


def read_email(raw: str) -> str:
    s = html.unescape(raw)
    s = re.sub(r"(?i)\s*(" + BRACKET_AT_RE + r")\s*", "@", s)
    s = re.sub(r"(?i)\s+(" + AT_WORD_RE + r")\s+", "@", s)
    s = re.sub(r"(?i)\s*(" + BRACKET_DOT_RE + r")\s*", ".", s)
    s = re.sub(r"(?i)\s+(" + SPELLED_DOT_RE + r")\s+", ".", s)
    return re.sub(r"\s+", "", s).lower()


def read_phone(raw: str, region: str) -> str:
    m = re.search(r"wa\.me/(\d+)|phone=(\d+)", raw)
    if m:
        return "+" + (m.group(1) or m.group(2))
    s = raw.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    info = B.PHONES[region]
    if info["trunk"] and digits.startswith(info["trunk"]):
        digits = digits[len(info["trunk"]):]
    return "+" + info["cc"] + digits


def read_handle(raw: str) -> str:
    s = raw.strip()
    if re.search(r"\.[a-z]{2,}/", s.lower()):  # a profile URL
        s = re.sub(r"(?i)^https?://", "", s)
        path = s.split("/", 1)[1].split("?")[0].strip("/")
        parts = path.split("/")
        if parts[0].lower() in ("add", "user", "u") and len(parts) > 1:
            return parts[1].lower()
        return parts[0].lstrip("@").lower()
    if s.lower().startswith("u/"):
        s = s[2:]
    return s.lstrip("@").lower()


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------

FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "å": "a", "ø": "o", "æ": "ae", "é": "e", "è": "e", "ß": "ss"})


def slug(s: str, sep: str = "") -> str:
    s = s.lower().translate(FOLD)
    return re.sub(r"[^a-z0-9]+", sep, s).strip(sep)


class Registry:
    """Values already used in either split (membership only; never iterated)."""

    def __init__(self):
        self._used = set()

    def take(self, value: str) -> bool:
        if value in self._used:
            return False
        self._used.add(value)
        return True


class Gen:
    def __init__(self, split: str, seed: int, registry: Registry):
        self.split = split
        self.r = random.Random(seed)
        self.reg = registry
        self._dc = {}
        self.n_mailto = 0

    # -- bank access -----------------------------------------------------------------------
    def bank(self, name, entries):
        return sided(name, entries, self.split)

    def pick(self, name, entries):
        return self.r.choice(self.bank(name, entries))

    def lang_bank(self, name, table, lang):
        """A language's entries on this side, falling back to English."""
        got = self.bank(f"{name}/{lang}", table[lang]) if lang in table else []
        return got or self.bank(f"{name}/en", table["en"])

    def lpick(self, name, table, lang):
        return self.r.choice(self.lang_bank(name, table, lang))

    def gpick(self, name, table, lang, group):
        """Entries of a language and category group (table[lang][group]), falling back to English."""
        if lang in table and group in table[lang]:
            got = self.bank(f"{name}/{lang}/{group}", table[lang][group])
            if got:
                return self.r.choice(got)
        return self.r.choice(self.bank(f"{name}/en/{group}", table["en"][group]))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def emoji_run(self, group):
        e = self.r.choice(B.EMOJI[group])
        return e * self.r.choice([1, 1, 2, 3])

    # -- persona -----------------------------------------------------------------------------
    def persona(self, post):
        r = self.r
        eu = post["region"] in B.EU_REGIONS
        pool = ("FIRST_NAMES_EU", B.FIRST_NAMES_EU) if (eu and r.random() < 0.75) else ("FIRST_NAMES_EN",
                                                                                        B.FIRST_NAMES_EN)
        name = self.pick(*pool)
        lang, group = post["lang"], post["group"]
        city = r.choice(B.CITIES[post["region"]])
        if group == "mas":
            w = self.pick("SPA_WORDS", B.SPA_WORDS)
            biz = f"{w.title()} {r.choice(B.BIZ_TITLE['spa'])}"
        elif group == "job":
            w = self.pick("AGENCY_WORDS", B.AGENCY_WORDS)
            biz = f"{w.title()} {r.choice(B.BIZ_TITLE['agency'])}"
        elif group == "ren":
            w = self.pick("PLACE_WORDS", B.PLACE_WORDS)
            biz = f"{w.title()} Lettings"
        else:
            biz = f"{name}'s"
        price = r.randrange(80, 260, 10)
        return {"name": name, "NAME": name.upper(), "lname": slug(name), "city": city, "CITY": city.upper(),
                "area": r.choice(B.AREAS[lang]), "biz": biz, "price": str(price),
                "price2": str(price * 2 if group != "ren" else r.randrange(600, 2400, 50)),
                "surname": self.pick("SURNAMES", B.SURNAMES)}

    def fill(self, text, post):
        c = post["ctx"]
        return text.format(name=c["name"], NAME=c["NAME"], city=c["city"], CITY=c["CITY"], area=c["area"],
                           biz=c["biz"], price=c["price"], price2=c["price2"], lname=c["lname"],
                           e=self.emoji_run(post["group"]))

    # -- domains, handles, mailboxes, phones ------------------------------------------------
    def suffix(self, post, kind):
        r = self.r
        if kind == "national" or (kind == "any" and r.random() < 0.55):
            return r.choice(B.NATIONAL_SUFFIXES[post["region"]])
        if post["group"] == "sex" and r.random() < 0.35:
            return r.choice(B.SEX_SUFFIXES)
        s = r.choice(B.GENERIC_SUFFIXES)
        if s == "agency" and post["group"] not in ("job", "sex"):
            s = "com"
        return s

    def sld(self, post):
        r, c, g, lang = self.r, post["ctx"], post["group"], post["lang"]
        n = c["lname"]
        cs = slug(c["city"], "")
        num = str(r.randrange(2, 99))
        cat = post["category"]
        if g == "sex":
            if cat == "webcam":
                w = self.pick("CAM_WORDS", B.CAM_WORDS)
            elif cat == "sugar":
                w = self.pick("SUGAR_WORDS", B.SUGAR_WORDS)
            else:
                w = self.pick("ESCORT_WORDS", B.ESCORT_WORDS)
            pats = [f"{n}-{w}", f"{n}{w}", f"{w}-{n}", f"{n}-{w}-{cs}", f"{n}{num}-{w}", f"{n}{w}{num}"]
        elif g == "mas":
            w = self.pick("SPA_WORDS", B.SPA_WORDS)
            k = self.lpick("SPA_KINDS", B.SPA_KINDS, lang)
            pats = [f"{w}-{k}", f"{w}{k}-{cs}", f"{k}-{w}", f"{w}-{k}-{cs}"]
        elif g == "job":
            w = self.pick("AGENCY_WORDS", B.AGENCY_WORDS)
            k = self.lpick("JOB_KINDS", B.JOB_KINDS, lang)
            pats = [f"{w}-{k}", f"{w}{k}", f"{k}-{w}-{cs}", f"{w}-{k}-{cs}"]
        elif g == "ren":
            w = self.pick("PLACE_WORDS", B.PLACE_WORDS)
            k = self.lpick("RENT_KINDS", B.RENT_KINDS, lang)
            pats = [f"{w}-{k}", f"{k}-{w}", f"{w}{k}-{cs}"]
        else:
            w = self.pick("PLACE_WORDS", B.PLACE_WORDS)
            k = self.lpick("CLASS_KINDS", B.CLASS_KINDS, lang)
            pats = [f"{n}s-{k}", f"{w}-{k}", f"{k}-{n}{num}"]
        return r.choice(pats)

    def domain(self, post, kind="any", need_hyphen=False):
        for _ in range(500):
            sld = self.sld(post)
            if need_hyphen and "-" not in sld:
                continue
            d = f"{sld}.{self.suffix(post, kind)}"
            if self.reg.take("dom:" + d):
                post["domains"].append(d)
                return d
        raise RuntimeError("no fresh domain")

    def any_domain(self, post, kind="any"):
        """A new domain, or (sometimes) one the post already uses."""
        if post["domains"] and kind == "any" and self.r.random() < 0.3:
            return self.r.choice(post["domains"])
        return self.domain(post, kind)

    def handle(self, post, domainlike=False):
        r, c = self.r, post["ctx"]
        n = c["lname"]
        for _ in range(500):
            w = self.pick("HANDLE_WORDS", B.HANDLE_WORDS)
            num = str(r.randrange(1, 99)) if r.random() < 0.7 else str(r.randrange(1990, 2006))
            if domainlike:
                end = r.choice(B.DOMAINLIKE_ENDS)
                h = r.choice([f"{n}.{end}", f"{n}{num}.{end}", f"{n}.{w}.{end}", f"{n}_{w}.{end}"])
            else:
                h = r.choice([f"{n}_{w}{num}", f"{n}.{w}", f"its{n}{w}", f"{n}{num}", f"the{n}{w}",
                              f"{n}_{slug(c['city'])}", f"lil{n}{num}", f"{n}.{c['surname']}", f"{n}{w}_{num}",
                              f"{w}.{n}{num}"])
            if self.reg.take("h:" + h):
                return h
        raise RuntimeError("no fresh handle")

    def show_handle(self, h):
        """How an account is written: mostly as is, sometimes with capitals."""
        x = self.r.random()
        if x < 0.12:
            return h[:1].upper() + h[1:]
        if x < 0.18:
            return h.upper()
        return h

    def local_part(self, post):
        r, c = self.r, post["ctx"]
        n, s = c["lname"], c["surname"]
        w = self.pick("HANDLE_WORDS", B.HANDLE_WORDS)
        return r.choice([f"{n}{r.randrange(1, 99)}", f"{n}.{s}", f"{n}_{s}{r.randrange(1, 99)}", f"{n[0]}{s}",
                         f"{n}.{w}", f"{n}{s[:3]}{r.randrange(80, 99)}", f"{s}.{n}"])

    def freemail(self, post, private_ok=True):
        if private_ok and self.r.random() < 0.12:
            return self.r.choice(B.PRIVATE_MAIL)
        return self.r.choice(B.FREEMAIL[post["region"]])

    def mailbox(self, post, host=None):
        for _ in range(500):
            a = f"{self.local_part(post)}@{host or self.freemail(post)}"
            if self.reg.take("e:" + a):
                return a
        raise RuntimeError("no fresh mailbox")

    def phone(self, region):
        r = self.r
        info = B.PHONES[region]
        for _ in range(500):
            if "areas" in info:
                nat = r.choice(info["areas"]) + "55501" + self.digits(2)
                nsn = nat
            else:
                pre, n = r.choice(info["prefixes"])
                nat = pre + self.digits(n - len(pre))
                nsn = nat[len(info["trunk"]):]
            e164 = "+" + info["cc"] + nsn
            if self.reg.take("p:" + e164):
                return nat, nsn, e164
        raise RuntimeError("no fresh phone")

    def fmt_phone(self, region, nat, nsn, style):
        fm = B.PHONE_FORMATS["NANP" if region in ("US", "CA") else region]
        src = nsn if style in ("intl", "intl00") else nat
        cands = [t for t in fm[style] if t.count("#") == len(src)]
        if not cands:
            return None
        t = self.r.choice(cands)
        it = iter(src)
        return "".join(next(it) if ch == "#" else ch for ch in t)

    def path(self, post):
        r, c = self.r, post["ctx"]
        p = self.gpick("PATHS", B.PATHS, post["lang"], post["group"])
        return p.format(n=c["lname"], num=str(r.randrange(100, 9999)), role=r.choice(B.ROLES))

    def show_path(self, p):
        x = self.r.random()
        if x < 0.12:
            p = "/".join(q[:1].upper() + q[1:] for q in p.split("/"))
        return p

    def param_value(self, name, post):
        """A plausible value for a site's own query parameter."""
        r, c = self.r, post["ctx"]
        if name in ("id", "page", "ref_id", "listing", "item", "room", "rooms"):
            return str(r.randrange(1, 9999) if name not in ("page", "rooms") else r.randrange(2, 9))
        if name in ("girl", "model", "therapist"):
            return c["lname"]
        if name == "city":
            return slug(c["city"], "-")
        if name == "lang":
            return r.choice(["en", "de", "nl", "da", "sv", "no"])
        if name in ("job", "position"):
            return r.choice(B.ROLES)
        if name == "service":
            return r.choice(["thai", "deep-tissue", "hot-stone", "couples", "foot"])
        if name == "cat":
            return r.choice(["furniture", "bikes", "kids", "garden", "books"])
        if name == "date":
            return f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        return str(r.randrange(1, 99))

    # -- URL builders: each returns (cue type, segments) --------------------------------------
    def u_sel(self, raw, form, value=None):
        return Sel("url", value if value is not None else read_url(raw), raw, form)

    def scheme(self, weights=(0.35, 0.2, 0.25, 0.2)):
        return self.r.choices(["", "www.", "https://", "https://www."], weights=weights)[0]

    def build_url(self, form, post, platform=None):
        r = self.r
        lang, g = post["lang"], post["group"]
        if form == "bare_generic":
            d = self.domain(post, "generic")
            return "url", [self.u_sel(d, form, d)]
        if form == "bare_national":
            d = self.domain(post, "national")
            return "url", [self.u_sel(d, form, d)]
        if form == "www":
            d = self.domain(post)
            p = self.path(post) if r.random() < 0.3 else ""
            raw = "www." + d + ("/" + p if p else "")
            return "url", [self.u_sel(raw, form, d + ("/" + p.lower() if p else ""))]
        if form == "http":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.4 else ""
            raw = r.choice(["http://", "http://www."]) + d + ("/" + p if p else "")
            return "url", [self.u_sel(raw, form, d + ("/" + p.lower() if p else ""))]
        if form == "https":
            d = self.domain(post)
            raw = r.choice(["https://", "https://www."]) + d + ("/" if r.random() < 0.35 else "")
            return "url", [self.u_sel(raw, form, d)]
        if form == "path":
            d = self.any_domain(post)
            p = self.path(post)
            raw = self.scheme() + d + "/" + self.show_path(p) + ("/" if r.random() < 0.25 else "")
            return "url", [self.u_sel(raw, form, d + "/" + p.lower())]
        if form in ("query_own", "query_tracking", "query_mixed", "html_entity"):
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.7 else r.choice(B.FILE_PATHS[g])
            own = []
            names = list(B.OWN_PARAMS[g])
            r.shuffle(names)
            for nm in names[: r.choice([1, 1, 2])]:
                own.append(f"{nm}={self.param_value(nm, post)}")
            trk = []
            tnames = list(B.TRACKERS)
            r.shuffle(tnames)
            for nm in tnames[: r.choice([1, 2, 2, 3])]:
                if nm in B.TRACKER_VALUES:
                    val = r.choice(B.TRACKER_VALUES[nm])
                else:
                    val = "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                                  for _ in range(r.randrange(10, 22)))
                trk.append(f"{nm}={val}")
            if form == "query_own":
                params = own
            elif form == "query_tracking":
                params = trk
            elif form == "query_mixed":
                params = own + trk
                r.shuffle(params)
            else:  # html_entity: an &amp; between parameters
                params = own + (trk[:1] if r.random() < 0.5 else [])
                if len(params) < 2:
                    params = own + [f"lang={r.choice(['en', 'de', 'nl'])}"] if not any(
                        x.startswith("lang=") for x in own) else own + [f"page={r.randrange(2, 9)}"]
            amp = "&amp;" if form == "html_entity" else "&"
            raw = self.scheme((0.3, 0.15, 0.4, 0.15)) + d + "/" + p + "?" + amp.join(params)
            kept = [x for x in params if not is_tracker(x.split("=")[0])]
            label = d + "/" + p.lower() + ("?" + "&".join(kept).lower() if kept else "")
            return "url", [self.u_sel(raw, form, label)]
        if form == "fragment":
            d = self.any_domain(post)
            frag = r.choice(B.FRAGMENTS)
            if r.random() < 0.3:
                raw, label = self.scheme() + d + "/#" + frag, d
            else:
                p = self.path(post)
                raw, label = self.scheme() + d + "/" + p + "#" + frag, d + "/" + p.lower()
            return "url", [self.u_sel(raw, form, label)]
        if form == "port":
            d = self.any_domain(post)
            port = r.choice(["8080", "443", "8443", "3000", "80", "8000"])
            p = self.path(post) if r.random() < 0.6 else ""
            raw = r.choice(["", "http://", "https://"]) + d + ":" + port + ("/" + p if p else "")
            return "url", [self.u_sel(raw, form, d + ("/" + p.lower() if p else ""))]
        if form == "subdomain":
            d = self.any_domain(post)
            sub = r.choice(B.SUBDOMAINS[g]).format(n=post["ctx"]["lname"])
            p = self.path(post) if r.random() < 0.5 else ""
            raw = r.choice(["", "https://", "http://"]) + sub + "." + d + ("/" + p if p else "")
            return "url", [self.u_sel(raw, form, d + ("/" + p.lower() if p else ""))]
        if form == "carrd_site":
            for _ in range(100):
                user = r.choice([post["ctx"]["lname"] + r.choice(["xo", "links", "official", "vip", "info"]),
                                 post["ctx"]["lname"] + "-" + slug(post["ctx"]["city"], "-"),
                                 post["ctx"]["lname"] + str(r.randrange(2, 99))])
                host = user + ".carrd.co"
                if self.reg.take("dom:" + host):
                    break
            else:
                raise RuntimeError("no fresh value")
            raw = r.choice(["", "https://"]) + host + r.choice(["", "", "/", "/#rates", "/#links"])
            return "links", [self.u_sel(raw, form, host)]
        if form == "link_in_bio":
            host = r.choice(B.LINK_IN_BIO)
            h = self.handle(post)
            raw = r.choice(["", "", "https://"]) + host + "/" + self.show_handle(h)
            return "links", [self.u_sel(raw, form, host + "/" + h)]
        if form == "shortener":
            host = r.choice(B.SHORTENERS)
            for _ in range(100):
                if host in ("rebrand.ly", "tinyurl.com") and r.random() < 0.4:
                    code = post["ctx"]["lname"] + "-" + r.choice(["rates", "links", "apply", "menu", "pics", "info"])
                else:
                    code = "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                   for _ in range(r.choice([6, 7])))
                if self.reg.take("s:" + host + "/" + code.lower()):
                    break
            else:
                raise RuntimeError("no fresh value")
            raw = r.choice(["", "https://"]) + host + "/" + code
            return "url", [self.u_sel(raw, form, host + "/" + code.lower())]
        if form == "profile_url":
            return self.build_profile(post, platform)
        if form == "wa_me":
            region = post["region"]
            if g == "job" and r.random() < 0.3:
                region = r.choice([x for x in B.EN_REGIONS + B.EU_REGIONS if x != post["region"]])
            nat, nsn, e164 = self.phone(region)
            digits = e164[1:]
            if r.random() < 0.7:
                raw = r.choice(["", "https://", "http://"]) + "wa.me/" + digits
                label = "wa.me/" + digits
            else:
                raw = r.choice(["", "https://"]) + "api.whatsapp.com/send?phone=" + digits
                label = "whatsapp.com/send?phone=" + digits
            return "wa", [Sel("url", label, raw, form), ]  # the phone span is added by the caller
        if form == "spelled_dot":
            d = self.domain(post)
            w = r.choice(B.SPELLED_DOT[post["spell_lang"]])
            raw = f" {w} ".join(d.split("."))
            if r.random() < 0.3:
                raw = f"www {w} " + raw
            label = d
            if r.random() < 0.15:
                p = self.path(post)
                raw += "/" + p
                label += "/" + p.lower()
            return "url", [self.u_sel(raw, form, label)]
        if form == "bracket_dot":
            d = self.domain(post)
            toks = ["(dot)", "[dot]", "[.]", "(.)", "{dot}", "(DOT)"]
            if lang in ("de", "sv", "no", "da"):
                toks += ["(punkt)", "[punkt]"]
            if lang == "nl":
                toks += ["(punt)"]
            tok = r.choice(toks)
            sp = r.choice(["", " "])
            raw = f"{sp}{tok}{sp}".join(d.split("."))
            return "url", [self.u_sel(raw, form, d)]
        if form == "spaced_dot":
            d = self.domain(post)
            raw = " . ".join(d.split("."))
            if r.random() < 0.35:
                raw = "www . " + raw
            return "url", [self.u_sel(raw, form, d)]
        if form == "spelled_www":
            d = self.domain(post)
            v = r.random()
            if v < 0.4:
                raw = "w w w . " + " . ".join(d.split("."))
            elif v < 0.7:
                w = r.choice(B.SPELLED_DOT[post["spell_lang"]]) if post["spell_lang"] in B.SPELLED_DOT else "dot"
                raw = f"w w w {w} " + f" {w} ".join(d.split("."))
            else:
                raw = "w.w.w." + d
            return "url", [self.u_sel(raw, form, d)]
        if form == "capitals":
            d = self.domain(post)
            v = r.random()
            if v < 0.35:
                raw, label = "WWW." + d.upper(), d
            elif v < 0.65:
                p = self.path(post)
                raw, label = "HTTPS://" + d.upper() + "/" + p.upper(), d + "/" + p.lower()
            else:
                raw, label = ".".join(x[:1].upper() + x[1:] for x in d.split(".")), d
                raw = "-".join(x[:1].upper() + x[1:] for x in raw.split("-"))
            return "url", [self.u_sel(raw, form, label)]
        if form == "glued_next_sentence":
            d = self.domain(post)
            p = self.path(post) if r.random() < 0.3 else ""
            raw = r.choice(["", "www.", "https://"]) + d + ("/" + p if p else "")
            nxt = self.lpick("GLUED_NEXT", B.GLUED_NEXT, lang)
            first, _, rest = nxt.partition(" ")
            segs = [self.u_sel(raw, form, d + ("/" + p.lower() if p else "")), Dec("glued_after_selector",
                                                                                    "." + first)]
            if rest:
                segs.append(" " + rest)
            return "url", segs
        if form == "glued_emoji":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.3 else ""
            raw = r.choice(["", "www.", "https://"]) + d + ("/" + p if p else "")
            e1 = r.choice(B.GLUE_EMOJI)
            e2 = r.choice(B.GLUE_EMOJI)
            pre = e1 * r.choice([0, 1, 2])
            return "url_glued", [pre, self.u_sel(raw, form, d + ("/" + p.lower() if p else "")),
                                 e2 * r.choice([1, 2, 3])]
        if form == "wrapped":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.4 else ""
            raw = r.choice(["", "www.", "https://", "http://www."]) + d + ("/" + p if p else "")
            o, c = r.choice([("(", ")"), ("[", "]"), ('"', '"'), ("'", "'"), ("«", "»"), ("<", ">"), ("“", "”"),
                             ("{", "}")])
            return "url", [o, self.u_sel(raw, form, d + ("/" + p.lower() if p else "")), c]
        if form == "sentence_punct":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.4 else ""
            raw = r.choice(["", "www.", "https://"]) + d + ("/" + p if p else "") + ("/" if p and r.random() < 0.3
                                                                                       else "")
            return "url", [self.u_sel(raw, form, d + ("/" + p.lower() if p else "")),
                           r.choice(["!", "!!", "?", ",", ";", ".", ":)", "...", "!?"])]
        if form == "html_href":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.6 else ""
            url = r.choice(["https://", "https://www.", "http://"]) + d + ("/" + p if p else "")
            text = self.lpick("LINK_TEXT", B.LINK_TEXT, lang)
            q = r.choice(['"', "'", '"', ""])
            attrs = r.choice(["", ' target="_blank"', ' rel="nofollow"', ' target="_blank" rel="noopener"'])
            return "url", ["<a href=" + q, self.u_sel(url, form, d + ("/" + p.lower() if p else "")),
                           q + attrs + ">" + text + "</a>"]
        if form == "html_link_text":
            host = r.choice(B.SHORTENERS)
            for _ in range(100):
                code = "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                               for _ in range(r.choice([6, 7])))
                if self.reg.take("s:" + host + "/" + code.lower()):
                    break
            else:
                raise RuntimeError("no fresh value")
            href = "https://" + host + "/" + code
            d = self.domain(post)
            p = self.path(post) if r.random() < 0.4 else ""
            vis = r.choice(["", "www."]) + d + ("/" + p if p else "")
            return "url", ['<a href="', Sel("url", host + "/" + code.lower(), href, "html_link_href"),
                           '" target="_blank">', self.u_sel(vis, "html_link_text", d + ("/" + p.lower() if p else "")),
                           "</a>"]
        if form == "dropped_dot":
            for _ in range(50):
                d = self.domain(post, r.choice(["national", "generic"]))
                if d.count(".") == 1:
                    break
            else:
                raise RuntimeError("no fresh value")
            sld, tld = d.split(".")
            return "site", [self.u_sel(f"{sld} {tld}", form, d)]
        if form == "line_break":
            if r.random() < 0.5:
                d = self.domain(post, need_hyphen=True)
                sld = d.split(".")[0]
                cut = [i for i, ch in enumerate(sld) if ch == "-"]
                i = r.choice(cut)
                raw = r.choice(["", "www.", "https://"]) + d[:i + 1] + "\n" + d[i + 1:]
            else:
                d = self.domain(post)
                i = d.index(".")
                raw = r.choice(["", "www.", "https://"]) + d[:i + 1] + "\n" + d[i + 1:]
            return "url", [self.u_sel(raw, form, d)]
        if form == "nbsp_wrapped":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.4 else ""
            raw = r.choice(["", "www.", "https://"]) + d + ("/" + p if p else "")
            return "url_glued", ["&nbsp;", self.u_sel(raw, form, d + ("/" + p.lower() if p else "")), "&nbsp;"]
        if form == "escape_glued":
            d = self.any_domain(post)
            p = self.path(post) if r.random() < 0.3 else ""
            raw = r.choice(["", "www.", "https://"]) + d + ("/" + p if p else "")
            pre = r.choice(["\\u2022", "&#8226;", "&bull;", "\\n", "\\t", "\\u00a0"])
            post_ = r.choice(["", "", "\\u2022", "\\n"])
            return "url_glued", [pre, self.u_sel(raw, form, d + ("/" + p.lower() if p else "")), post_]
        raise ValueError(form)

    def build_profile(self, post, platform):
        r = self.r
        h = self.handle(post)
        hs = self.show_handle(h)
        sch = r.choice(["", "", "https://", "https://www."])
        if platform == "instagram":
            host, pth = "instagram.com", hs + r.choice(["", "", "/", "?igshid=" + "".join(
                r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789") for _ in range(12))])
            label = "instagram.com/" + h
        elif platform == "onlyfans":
            host, pth, label = "onlyfans.com", hs, "onlyfans.com/" + h
            sch = sch.replace("www.", "")
        elif platform == "fansly":
            host, pth, label = "fansly.com", hs, "fansly.com/" + h
            sch = sch.replace("www.", "")
        elif platform == "twitter":
            host = r.choice(["x.com", "twitter.com", "mobile.twitter.com"])
            pth = hs
            label = ("x.com/" if host == "x.com" else "twitter.com/") + h
            if host == "mobile.twitter.com":
                sch = sch.replace("www.", "")
        elif platform == "tiktok":
            host, pth, label = "tiktok.com", "@" + hs, "tiktok.com/@" + h
        elif platform == "telegram":
            host, pth, label = "t.me", hs, "t.me/" + h
            sch = sch.replace("www.", "")
        elif platform == "snapchat":
            host, pth, label = "snapchat.com", "add/" + hs, "snapchat.com/add/" + h
        elif platform == "reddit":
            seg = r.choice(["user", "u"])
            host, pth, label = "reddit.com", seg + "/" + hs + r.choice(["", "/"]), "reddit.com/" + seg + "/" + h
        elif platform == "facebook":
            host = r.choice(["facebook.com", "m.facebook.com"])
            pth, label = hs, "facebook.com/" + h
            if host.startswith("m."):
                sch = sch.replace("www.", "")
        else:
            raise ValueError(platform)
        raw = sch + host + "/" + pth
        return "profile", [Sel("url", label, raw, "profile_url"), Sel("handle", h, raw, "profile_url", platform)]

    # -- e-mail builders ----------------------------------------------------------------------
    def build_email(self, form, post):
        r, lang = self.r, post["lang"]
        if form == "freemail":
            a = self.mailbox(post)
            return "email", [Sel("email", a, a, form)]
        if form == "own_role":
            d = self.domain(post)
            for _ in range(50):
                a = f"{self.gpick('ROLE_MAILBOXES', B.ROLE_MAILBOXES, lang, post['group'])}@{d}"
                if self.reg.take("e:" + a):
                    break
            else:
                raise RuntimeError("no fresh value")
            return "email", [Sel("email", a, a, form)]
        if form == "own_personal":
            d = self.domain(post)
            c = post["ctx"]
            for _ in range(50):
                loc = r.choice([f"{c['lname']}.{c['surname']}", f"{c['lname'][0]}{c['surname']}", c["lname"],
                                f"{c['lname']}{r.randrange(1, 9)}"])
                a = f"{loc}@{d}"
                if self.reg.take("e:" + a):
                    break
            else:
                raise RuntimeError("no fresh value")
            return "email", [Sel("email", a, a, form)]
        if form == "at_word":
            a = self.mailbox(post)
            loc, host = a.split("@")
            at = r.choice(["at", "AT", "at", "(at)"])
            if r.random() < 0.6:
                dw = r.choice(["dot", "DOT"]) if at.isupper() else "dot"
                host_s = f" {dw} ".join(host.split("."))
            else:
                host_s = host
            raw = f"{loc} {at} {host_s}"
            return "email", [Sel("email", a, raw, form)]
        if form == "at_bracket":
            a = self.mailbox(post)
            loc, host = a.split("@")
            tok = r.choice(B.BRACKET_ATS)
            sp = r.choice(["", " "])
            host_s = host
            if r.random() < 0.35:
                dt_ = r.choice(["(dot)", "[dot]"])
                host_s = f"{sp}{dt_}{sp}".join(host.split("."))
            raw = f"{loc}{sp}{tok}{sp}{host_s}"
            return "email", [Sel("email", a, raw, form)]
        if form == "spelled_at_local":
            a = self.mailbox(post, None)
            loc, host = a.split("@")
            w = r.choice(B.AT_WORDS[lang])
            host_s = host
            if r.random() < 0.5:
                dw = r.choice(B.SPELLED_DOT[lang])
                host_s = f" {dw} ".join(host.split("."))
            raw = f"{loc} {w} {host_s}"
            return "email", [Sel("email", a, raw, form)]
        if form == "spelled_dot_local":
            a = self.mailbox(post)
            loc, host = a.split("@")
            dw = r.choice(B.SPELLED_DOT[lang])
            sp = r.choice(["", " "])
            raw = f"{loc}{sp}@{sp}" + f" {dw} ".join(host.split("."))
            return "email", [Sel("email", a, raw, form)]
        if form == "capitals":
            a = self.mailbox(post)
            return "email", [Sel("email", a, a.upper(), form)]
        if form == "spaced_symbols":
            a = self.mailbox(post)
            loc, host = a.split("@")
            v = r.random()
            if v < 0.4:
                raw = f"{loc} @ " + " . ".join(host.split("."))
            elif v < 0.7:
                raw = f"{loc} @{host}"
            else:
                raw = f"{loc} @ {host}"
            return "email", [Sel("email", a, raw, form)]
        if form == "mailto":
            a = self.mailbox(post) if r.random() < 0.5 else None
            if a is None:
                d = self.domain(post)
                for _ in range(50):
                    a = f"{self.gpick('ROLE_MAILBOXES', B.ROLE_MAILBOXES, lang, post['group'])}@{d}"
                    if self.reg.take("e:" + a):
                        break
                else:
                    raise RuntimeError("no fresh value")
            q = r.choice(["", "?subject=" + r.choice(["Booking", "Application", "Viewing", "Hi"])])
            self.n_mailto += 1
            if self.n_mailto % 3 == 1:  # every third mailto link repeats the address as its text
                return "email_glued", ['<a href="mailto:', Sel("email", a, a, form), q + '">',
                                       Sel("email", a, a, "mailto_text"), "</a>"]
            text = self.lpick("MAILTO_TEXT", B.MAILTO_TEXT, lang)
            return "email_glued", ['<a href="mailto:', Sel("email", a, a, form), q + '">' + text + "</a>"]
        if form == "html_entity_at":
            a = self.mailbox(post)
            loc, host = a.split("@")
            return "email", [Sel("email", a, loc + r.choice(B.ENTITY_ATS) + host, form)]
        if form == "plus_tag":
            for _ in range(50):
                loc = self.local_part(post) + "+" + r.choice(["bookings", "jobs", "ads", "cv", "vip", "rent"])
                a = f"{loc}@{self.freemail(post, private_ok=False)}"
                if self.reg.take("e:" + a):
                    break
            else:
                raise RuntimeError("no fresh value")
            return "email", [Sel("email", a, a, form)]
        if form == "sentence_end":
            a = self.mailbox(post)
            return "email", [Sel("email", a, a, form), r.choice([".", "!", "!!", "?", " !", "..."])]
        if form == "wrapped":
            a = self.mailbox(post)
            o, c = r.choice([("(", ")"), ("<", ">"), ("[", "]"), ('"', '"'), ("“", "”")])
            return "email", [o, Sel("email", a, a, form), c]
        if form == "glued_capital_word":
            d = self.domain(post, "national") if r.random() < 0.5 else None
            if d:
                for _ in range(50):
                    a = f"{self.gpick('ROLE_MAILBOXES', B.ROLE_MAILBOXES, lang, post['group'])}@{d}"
                    if self.reg.take("e:" + a):
                        break
                else:
                    raise RuntimeError("no fresh value")
            else:
                a = self.mailbox(post)
            word = self.lpick("GLUED_NEXT", B.GLUED_NEXT, lang)
            word = word[:1].upper() + word[1:]
            return "email", [Sel("email", a, a, form), word]
        if form == "glued_phone":
            a = self.mailbox(post)
            nat, nsn, e164 = self.phone(post["region"])
            return "email", [Sel("email", a, a, form), Sel("phone", e164, nat, "glued_to_email")]
        raise ValueError(form)

    # -- handle builders ----------------------------------------------------------------------
    def build_handle(self, form, post, platform):
        r, lang = self.r, post["lang"]
        h = self.handle(post, domainlike=(form == "domainlike"))
        hs = self.show_handle(h)
        if form in ("cue_colon", "domainlike"):
            cue = r.choice(B.PLATFORM_COLON[platform])
            if platform == "reddit" and r.random() < 0.6:
                raw = "u/" + hs
            elif platform in ("instagram", "telegram", "twitter", "tiktok") and r.random() < 0.5:
                raw = "@" + hs
            else:
                raw = hs
            return [cue + " ", Sel("handle", h, raw, form, platform)]
        if form == "cue_at":
            word = r.choice(B.PLATFORM_WORD[platform])
            lead = self.lpick("HANDLE_LEADS", B.HANDLE_LEADS, lang) + " " if r.random() < 0.6 else ""
            return [lead + word + " ", Sel("handle", h, "@" + hs, form, platform)]
        if form == "cue_word":
            # a bare "X" before a plain word is too weak a cue; cue_word uses the platform's name
            word = r.choice([w for w in B.PLATFORM_WORD[platform] if w != "X"])
            lead = self.lpick("HANDLE_LEADS", B.HANDLE_LEADS, lang) + " " if r.random() < 0.5 else ""
            return [lead + word + " ", Sel("handle", h, hs, form, platform)]
        if form == "cue_arrow":
            cue = r.choice(B.PLATFORM_ARROW[platform])
            return [cue + " ", Sel("handle", h, hs, form, platform)]
        if form == "emoji_cue":
            cue = r.choice(B.EMOJI_CUE[platform])
            if not re.search(r"[0-9_.]", h):
                h2 = h + "_" + str(r.randrange(10, 99))
                if self.reg.take("h:" + h2):
                    h = h2
                hs = self.show_handle(h)
            return [cue + " ", Sel("handle", h, hs, form, platform)]
        raise ValueError(form)

    # -- phones ---------------------------------------------------------------------------------
    def build_phone(self, form, post):
        r, region = self.r, post["region"]
        foreign = post["group"] == "job" and r.random() < 0.3
        reg = r.choice([x for x in B.EN_REGIONS + B.EU_REGIONS if x != region]) if foreign else region
        nat, nsn, e164 = self.phone(reg)
        if foreign and form in ("national", "dotted", "tel_abbrev"):
            form = "international"
        style = {"national": "nat", "dotted": "dotted", "international": "intl", "international_00": "intl00",
                 "tel_abbrev": "nat"}[form]
        raw = self.fmt_phone(reg, nat, nsn, style)
        if raw is None:  # no dotted layout for this country
            form, raw = "national", self.fmt_phone(reg, nat, nsn, "nat")
        if form == "tel_abbrev":
            ab = self.lpick("TEL_ABBREV", B.TEL_ABBREV, post["lang"])
            return [Dec("tel_abbrev_glued", ab), Sel("phone", e164, raw, "national")]
        cue = self.lpick("PHONE_CUES", B.PHONE_CUES, post["lang"])
        return [cue + " ", Sel("phone", e164, raw, form)]

    # -- decoys ---------------------------------------------------------------------------------
    def decoy_candidates(self, kind, post):
        key = (kind, post["lang"], post["category"], post["region"])
        if key not in self._dc:
            self._dc[key] = self._decoy_candidates(kind, post)
        return self._dc[key]

    def _decoy_candidates(self, kind, post):
        entries = [d for d in B.DECOYS if d[0] == kind]
        side = self.bank("DECOYS/" + kind, entries)
        tags = TAGS[post["category"]]

        def ok(d, lang):
            k, l, cats, region, _ = d
            if l != lang:
                return False
            if region and region != post["region"]:
                return False
            return cats == "any" or bool(tags & set(cats.split("|")))

        got = [d for d in side if ok(d, post["lang"])]
        if not got and post["lang"] != "en":
            got = [d for d in side if ok(d, "en") and d[3] is None]
        return got

    def build_decoy(self, kind, post):
        d = self.r.choice(self.decoy_candidates(kind, post))
        return parse_marked(self.fill(d[4], post), kind)


# ---------------------------------------------------------------------------------------------
# Split generation
# ---------------------------------------------------------------------------------------------

def exact_counts(n, weights):
    tot = sum(w for _, w in weights)
    raw = [(k, n * w / tot) for k, w in weights]
    out = {k: int(math.floor(x)) for k, x in raw}
    rest = n - sum(out.values())
    for k, x in sorted(raw, key=lambda kx: -(kx[1] - math.floor(kx[1]))):
        if rest <= 0:
            break
        out[k] += 1
        rest -= 1
    return out


def scaled(q, split):
    return q if split == "dev" else int(math.ceil(q * HELDOUT_FACTOR))


def skeletons(g: Gen, n: int):
    r = g.r
    cats = []
    for k, c in exact_counts(n, CATEGORY_WEIGHTS).items():
        cats += [k] * c
    r.shuffle(cats)
    n_en = round(n * EN_SHARE)
    regions = []
    for pool, m in ((B.EN_REGIONS, n_en), (B.EU_REGIONS, n - n_en)):
        for k, c in exact_counts(m, [(x, B.REGION_WEIGHTS[x]) for x in pool]).items():
            regions += [k] * c
    r.shuffle(regions)
    posts = []
    for i in range(n):
        cat = cats[i]
        region = regions[i]
        if region in B.LOCAL_LANG:
            p_local = 0.45 if cat in ("sugar", "webcam") else 0.82
            lang = B.LOCAL_LANG[region] if r.random() < p_local else "en"
        else:
            lang = "en"
        if (cat, lang) not in B.TITLES or (cat, lang) not in B.LINES:
            lang = "en"
        post = {"i": i, "category": cat, "group": GROUP[cat], "region": region, "lang": lang, "domains": [],
                "control": False, "items": [], "load": Counter()}
        post["spell_lang"] = lang
        post["ctx"] = g.persona(post)
        posts.append(post)
    # Controls: about a tenth of the posts carry no URL and no e-mail (rentals and classifieds first).
    n_ctrl = round(n * CONTROL_SHARE)
    order = sorted(range(n), key=lambda i: (posts[i]["group"] not in ("ren", "cla"), r.random()))
    for i in order[:n_ctrl]:
        posts[i]["control"] = True
    return posts


def make_items(split):
    items = []
    for form, q in URL_QUOTA:
        items += [("url", form, None)] * scaled(q, split)
    for plat, q in PROFILE_QUOTA:
        items += [("url", "profile_url", plat)] * scaled(q, split)
    for lang, q in SPELLED_DOT_QUOTA:
        items += [("url", "spelled_dot", lang)] * scaled(q, split)
    for form, q in EMAIL_QUOTA:
        items += [("email", form, None)] * scaled(q, split)
    for form, lang, q in EMAIL_LANG_QUOTA:
        items += [("email", form, lang)] * scaled(q, split)
    for form, plat, q in HANDLE_QUOTA:
        items += [("handle", form, plat)] * scaled(q, split)
    for form, q in PHONE_FORM_QUOTA:
        items += [("phone", form, None)] * scaled(q, split)
    for kind, q in DECOY_QUOTA:
        items += [("decoy", kind, None)] * scaled(q, split)
    return items


SEX_ONLY_PLATFORMS = ("onlyfans", "fansly", "reddit", "snapchat", "kik")


def fits(g: Gen, item, post) -> bool:
    kind, form, arg = item
    grp, lang = post["group"], post["lang"]
    if kind in ("url", "email") and post["control"]:
        return False
    if post["load"][kind] >= CAP[kind]:
        return False
    if kind == "url":
        if form == "profile_url":
            if arg in SEX_ONLY_PLATFORMS:
                return grp == "sex"
            if arg == "facebook":
                return grp != "sex" or post["category"] == "sugar"
            return True
        if form == "spelled_dot":
            return lang == arg
        if form in ("carrd_site", "link_in_bio"):
            return grp in ("sex", "mas", "job")
        return True
    if kind == "email":
        if arg is not None:
            return lang == arg
        if form in ("own_role", "mailto") and post["category"] in ("webcam",):
            return False
        return True
    if kind == "handle":
        if form == "emoji_cue" or arg in SEX_ONLY_PLATFORMS:
            return grp == "sex"
        return arg in B.HANDLE_PLATFORMS[grp]
    if kind == "phone":
        if form == "dotted" and not B.PHONE_FORMATS["NANP" if post["region"] in ("US", "CA")
                                                   else post["region"]]["dotted"]:
            return False
        return post["category"] not in ("webcam",)
    if kind == "decoy":
        if form == "at_provider_no_mailbox" and not post["control"]:
            return False  # a provider name must not sit inside a labelled address of the same post
        return bool(g.decoy_candidates(form, post))
    return False


def place(g: Gen, posts, items):
    r = g.r
    # Most constrained first; a stable order among equals.
    keyed = []
    for idx, it in enumerate(items):
        n_fit = sum(1 for p in posts if fits(g, it, p))
        keyed.append((n_fit, r.random(), idx, it))
    keyed.sort()
    for n_fit, _, _, it in keyed:
        cands = [p for p in posts if fits(g, it, p)]
        if not cands:
            raise RuntimeError(f"no post fits {it}")
        low = min(p["load"][it[0]] + 0.25 * sum(p["load"].values()) for p in cands)
        best = [p for p in cands if p["load"][it[0]] + 0.25 * sum(p["load"].values()) == low]
        p = r.choice(best)
        p["items"].append(it)
        p["load"][it[0]] += 1


def cue_text(g: Gen, post, cue):
    lang, grp = post["lang"], post["group"]
    if cue in ("url", "url_glued"):
        return g.gpick("URL_CUES", B.URL_CUES, lang, grp)
    if cue == "site":
        return g.lpick("SITE_WORDS", B.SITE_WORDS, lang)
    if cue == "links":
        return g.lpick("LINKS_CUES", B.LINKS_CUES, lang)
    if cue == "profile":
        return g.lpick("PROFILE_CUES", B.PROFILE_CUES, lang)
    if cue == "wa":
        return g.lpick("WA_CUES", B.WA_CUES, lang)
    if cue in ("email", "email_glued"):
        return g.gpick("EMAIL_CUES", B.EMAIL_CUES, lang, grp)
    raise ValueError(cue)


LINE_ICONS = {"url": ["🌐 ", "👉 ", "", "", "", ""], "email": ["✉️ ", "📧 ", "", "", ""],
              "phone": ["", "", ""], "handle": ["", "", "💬 "]}


def contact_line(g: Gen, post, item):
    """Segments of one contact line for an item."""
    r = g.r
    kind, form, arg = item
    if kind == "url":
        if form == "profile_url":
            cue, segs = g.build_profile(post, arg)
        else:
            if form == "spelled_dot":
                post["spell_lang"] = arg
            cue, segs = g.build_url(form, post)
            post["spell_lang"] = post["lang"]
        if form == "wa_me":
            u = segs[0]
            segs = [u, Sel("phone", read_phone(u.raw, post["region"]), u.raw, "wa_me")]
        ct = cue_text(g, post, cue)
        icon = r.choice(LINE_ICONS["url"])
        if cue == "url_glued":
            return [icon + ct] + segs
        return [icon + ct + " "] + segs
    if kind == "email":
        cue, segs = g.build_email(form, post)
        ct = cue_text(g, post, cue)
        if cue == "email_glued":
            return [ct + " "] + segs
        return [r.choice(LINE_ICONS["email"]) + ct + " "] + segs
    if kind == "handle":
        plat = arg
        return [r.choice(LINE_ICONS["handle"])] + g.build_handle(form, post, plat)
    if kind == "phone":
        return g.build_phone(form, post)
    raise ValueError(kind)


SEPARATORS = {"lines": "\n", "br": "<br>", "br_nl": "<br />\n", "pipes": " | ", "bullets": None,
              "bullet_entity": " &#8226; ", "bullet_escape": " \\u2022 ", "emoji": None, "double_space": "  "}


def render_post(g: Gen, post):
    r = g.r
    lang, grp, cat = post["lang"], post["group"], post["category"]
    # Phones: most posts give one, some two, webcam pages none.
    p_phone = {"sex": 0.9, "mas": 0.92, "job": 0.75, "ren": 0.75, "cla": 0.8}[grp]
    if cat == "webcam":
        p_phone = 0.15
    if cat == "sugar":
        p_phone = 0.4
    extra_phones = 0
    if not any(it[0] == "phone" for it in post["items"]) and r.random() < p_phone:
        extra_phones = 1
    if r.random() < 0.12 and p_phone > 0.5:
        extra_phones += 1

    # Decide which item (if any) goes into the title (by index: equal items are one tuple object).
    items = post["items"]
    title_item = None
    if r.random() < 0.14:
        cands = [k for k, it in enumerate(items) if it[1] in TITLE_FORMS and it[0] in ("url", "email", "handle")]
        if cands:
            title_item = r.choice(cands)
    title_decoy = None
    if r.random() < 0.25:
        cands = [k for k, it in enumerate(items) if it[0] == "decoy" and it[1] in TITLE_DECOYS]
        if cands:
            title_decoy = r.choice(cands)

    title_tpl = g.pick(f"TITLES/{cat}/{lang}", B.TITLES[(cat, lang)])
    title = [g.fill(title_tpl, post)]
    if title_decoy is not None:
        title += [" " + r.choice(["|", "~", "–", "·"]) + " "] + g.build_decoy(items[title_decoy][1], post)
    if title_item is not None:
        segs = contact_line(g, post, items[title_item])
        title += [" " + r.choice(["|", "~", "–", "💋", "✨", "-"]) + " "] + segs

    lines_bank = g.bank(f"LINES/{cat}/{lang}", B.LINES[(cat, lang)])
    n_fill = r.randrange(2, 6)
    fill = r.sample(lines_bank, min(n_fill, len(lines_bank)))
    filler = [[g.fill(t, post)] for t in fill]
    if lang != "en" and grp in B.EN_MIXINS and r.random() < 0.6:
        mix = g.bank(f"EN_MIXINS/{grp}", B.EN_MIXINS[grp])
        for t in r.sample(mix, min(len(mix), r.choice([1, 1, 2]))):
            filler.insert(r.randrange(0, len(filler) + 1), [g.fill(t, post)])
    # Capitals, doubled spaces, &nbsp; and &amp; residue on filler lines only.
    html_like = post["layout"] in ("br", "br_nl") or r.random() < 0.15
    for ln in filler:
        t = ln[0]
        if r.random() < (0.22 if grp == "sex" else 0.08):
            t = t.upper()
        if r.random() < 0.12 and " " in t:
            i = r.choice([m.start() for m in re.finditer(" ", t)])
            t = t[:i] + (" &nbsp;" if html_like and r.random() < 0.5 else "  ") + t[i + 1:]
        if html_like:
            t = t.replace(" & ", " &amp; ")
        ln[0] = t

    decoys = [it for k, it in enumerate(items) if it[0] == "decoy" and k != title_decoy]
    for it in decoys:
        segs = g.build_decoy(it[1], post)
        filler.insert(r.randrange(0, len(filler) + 1), segs)

    contacts = []
    for k, it in enumerate(items):
        if it[0] in ("url", "email", "handle", "phone") and k != title_item:
            contacts.append(contact_line(g, post, it))
    for _ in range(extra_phones):
        f = r.choices(["national", "international"], weights=[0.65, 0.35])[0]
        contacts.append(g.build_phone(f, post))
    r.shuffle(contacts)
    # Phones tend to come first or last in the contact block.
    body = filler[:1] + (filler[1:] + contacts if r.random() < 0.75 else contacts + filler[1:])
    if r.random() < 0.6:
        ck = f"{grp}_{lang}" if f"{grp}_{lang}" in B.CLOSINGS else f"{grp}_en"
        body.append([g.fill(g.pick(f"CLOSINGS/{ck}", B.CLOSINGS[ck]), post)])

    sep = SEPARATORS[post["layout"]]
    out = []
    for k, ln in enumerate(body):
        if k:
            if post["layout"] == "bullets":
                out.append(r.choice([" • ", " ▪️ ", " ● "]))
            elif post["layout"] == "emoji":
                out.append(" " + r.choice(B.EMOJI[grp]) + " ")
            else:
                out.append(sep)
        out += ln
    return title, out


def flatten_field(segs):
    # Two Sel objects in a row with the same raw are one occurrence (URL + handle, URL + phone).
    text, spans, decs, pos = [], [], [], 0
    prev = None
    for s in segs:
        if isinstance(s, str):
            text.append(s)
            pos += len(s)
            prev = None
            continue
        if isinstance(s, Sel) and isinstance(prev, Sel) and prev.raw == s.raw:
            spans.append((pos - len(s.raw), s))
            prev = s
            continue
        if isinstance(s, Sel):
            spans.append((pos, s))
        else:
            decs.append((pos, s))
        text.append(s.raw)
        pos += len(s.raw)
        prev = s
    return "".join(text), spans, decs


def gen_split(split, seed, n, prefix, registry):
    g = Gen(split, seed, registry)
    posts = skeletons(g, n)
    for p in posts:
        p["layout"] = g.r.choice(B.LAYOUTS)
    place(g, posts, make_items(split))
    base = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
    records = []
    for p in posts:
        title_segs, body_segs = render_post(g, p)
        title, t_spans, t_decs = flatten_field(title_segs)
        body, b_spans, b_decs = flatten_field(body_segs)
        rec = {"id": f"{prefix}-{p['i'] + 1:03d}", "title": title, "body": body, "region": p["region"]}
        if g.r.random() >= 0.12:
            rec["location"] = p["ctx"]["city"]
        when = base + dt.timedelta(seconds=g.r.randrange(0, 600 * 86400))
        rec["posted_at"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        rec["lang"] = p["lang"]
        rec["category"] = p["category"]
        spans, hns = [], []
        for field, sp, dc in (("title", t_spans, t_decs), ("body", b_spans, b_decs)):
            for pos, s in sp:
                spans.append({"kind": s.kind, "platform": s.platform, "value": s.value, "raw": s.raw,
                              "form": s.form, "field": field, "_pos": pos})
            for pos, d in dc:
                hns.append({"kind": d.kind, "raw": d.raw, "field": field, "_pos": pos})
        labels = {"post_type": CATEGORY_TYPE[p["category"]], "indicators": [], "handles": [], "urls": [],
                  "emails": [], "phones": []}
        seen = []
        for s in spans:
            key = (s["kind"], s["platform"], s["value"])
            if key in seen:
                continue
            seen.append(key)
            if s["kind"] == "handle":
                labels["handles"].append({"platform": s["platform"], "value": s["value"]})
            else:
                labels[s["kind"] + "s"].append(s["value"])
        rec["labels"] = labels
        rec["spans"] = spans
        rec["hard_negatives"] = hns
        records.append(rec)
    return records


# ---------------------------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------------------------

TRIGGERS = [
    r"(?<=\w)\.(?=\w)", r"@", r"&#64;", r"&#x40;", r"&commat;", r"(?i)www", r"(?i)http",
    r"(?i)\b(" + SPELLED_DOT_RE + r")\b", r"(?i)\(at\)|\[at\]|\{at\}|<at>|\bät\b|klammeraffe|apenstaartje|snabel-a|krøllalfa",
    r"\[\.\]|\(\.\)", r"\w \. \w",
]


def read_span(s, region):
    if s["kind"] == "url":
        return read_url(s["raw"])
    if s["kind"] == "email":
        return read_email(s["raw"])
    if s["kind"] == "phone":
        return read_phone(s["raw"], region)
    return read_handle(s["raw"])


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_records(records):
    errs = []
    for rec in records:
        rid = rec["id"]
        cover = {"title": [], "body": []}
        for s in rec["spans"]:
            text = rec[s["field"]]
            pos = s.get("_pos")
            if pos is None or text[pos:pos + len(s["raw"])] != s["raw"]:
                errs.append(f"{rid}: span not at its place: {s['raw']!r}")
            got = read_span(s, rec["region"])
            if got != s["value"]:
                errs.append(f"{rid}: {s['kind']} {s['raw']!r} reads {got!r}, labelled {s['value']!r}")
            cover[s["field"]].append((pos, pos + len(s["raw"])))
        L = rec["labels"]
        sv = {"url": [], "email": [], "phone": [], "handle": []}
        for s in rec["spans"]:
            v = (s["platform"], s["value"]) if s["kind"] == "handle" else s["value"]
            if v not in sv[s["kind"]]:
                sv[s["kind"]].append(v)
        if sorted(sv["url"]) != sorted(L["urls"]) or sorted(sv["email"]) != sorted(L["emails"]) or \
                sorted(sv["phone"]) != sorted(L["phones"]) or \
                sorted(sv["handle"]) != sorted((h["platform"], h["value"]) for h in L["handles"]):
            errs.append(f"{rid}: labels differ from spans")
        dcover = {"title": [], "body": []}
        for d in rec["hard_negatives"]:
            text = rec[d["field"]]
            pos = d["_pos"]
            if text[pos:pos + len(d["raw"])] != d["raw"]:
                errs.append(f"{rid}: decoy not at its place: {d['raw']!r}")
            a, b = pos, pos + len(d["raw"])
            for x, y in cover[d["field"]]:
                if a < y and x < b:
                    errs.append(f"{rid}: decoy {d['raw']!r} overlaps a span")
            # the same check on every occurrence (what test_write.py can see)
            for a2, b2 in occurrences(text, d["raw"]):
                for s in rec["spans"]:
                    if s["field"] != d["field"]:
                        continue
                    for x, y in occurrences(text, s["raw"]):
                        if a2 < y and x < b2:
                            errs.append(f"{rid}: decoy {d['raw']!r} overlaps span {s['raw']!r} (by occurrence)")
            dcover[d["field"]].append((a, b))
        for field in ("title", "body"):
            text = rec[field]
            allc = cover[field] + dcover[field]
            for pat in TRIGGERS:
                for m in re.finditer(pat, text):
                    if not any(x <= m.start() and m.end() <= y for x, y in allc):
                        ctx_ = text[max(0, m.start() - 25):m.end() + 25]
                        errs.append(f"{rid}: uncovered trigger {m.group(0)!r} in {field}: {ctx_!r}")
    return errs


def check_splits(out):
    errs = []
    vals = {}
    for split in ("dev", "heldout"):
        vs = set()
        for rec in out[split]:
            L = rec["labels"]
            for k in ("urls", "emails", "phones"):
                for v in L[k]:
                    vs.add((k, v))
            for h in L["handles"]:
                vs.add(("handles", h["platform"] + ":" + h["value"]))
        vals[split] = vs
    both = sorted(vals["dev"] & vals["heldout"])
    if both:
        errs.append(f"values in both splits: {both[:10]}")
    bodies = [rec["body"] for split in ("dev", "heldout") for rec in out[split]]
    if len(set(bodies)) != len(bodies):
        errs.append("duplicate bodies")
    return errs


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def generate():
    _SIDE.clear()
    reg = Registry()
    out = {}
    for split, seed, n, prefix in SPLITS:
        out[split] = gen_split(split, seed, n, prefix, reg)
    return out


def strip_private(rec):
    r = dict(rec)
    r["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in rec["spans"]]
    r["hard_negatives"] = [{k: v for k, v in d.items() if not k.startswith("_")} for d in rec["hard_negatives"]]
    return r


def serialise(records) -> str:
    return "".join(json.dumps(strip_private(r), ensure_ascii=False) + "\n" for r in records)


def path_of(split):
    return os.path.join(HERE, f"{split}.jsonl")


def build_checked():
    out = generate()
    errs = []
    for split in ("dev", "heldout"):
        errs += check_records(out[split])
    errs += check_splits(out)
    if errs:
        for e in errs[:60]:
            print(e, file=sys.stderr)
        raise SystemExit(f"self-check failed: {len(errs)} problems")
    return out


def stats(out):
    res = {}
    for split in ("dev", "heldout"):
        recs = out[split]
        st = {"posts": len(recs), "category": Counter(r["category"] for r in recs),
              "lang": Counter(r["lang"] for r in recs), "region": Counter(r["region"] for r in recs),
              "labels": {k: sum(len(r["labels"][k]) for r in recs) for k in ("urls", "handles", "emails", "phones")},
              "posts_with": {k: sum(1 for r in recs if r["labels"][k]) for k in ("urls", "handles", "emails",
                                                                                 "phones")},
              "no_url_no_email": sum(1 for r in recs if not r["labels"]["urls"] and not r["labels"]["emails"]),
              "spans_in_title": sum(1 for r in recs for s in r["spans"] if s["field"] == "title"),
              "platforms": Counter(h["platform"] for r in recs for h in r["labels"]["handles"]),
              "forms": {k: Counter(s["form"] for r in recs for s in r["spans"] if s["kind"] == k)
                        for k in ("url", "email", "handle", "phone")},
              "hard_negatives": Counter(d["kind"] for r in recs for d in r["hard_negatives"])}
        st["hard_negatives_total"] = sum(st["hard_negatives"].values())
        res[split] = st
    return res


def print_stats(res):
    def table(title, getter):
        keys = sorted(set(getter(res["dev"])) | set(getter(res["heldout"])))
        print(f"\n| {title} | dev | held-out |\n|---|---|---|")
        for k in keys:
            print(f"| `{k}` | {getter(res['dev']).get(k, 0)} | {getter(res['heldout']).get(k, 0)} |")

    d, h = res["dev"], res["heldout"]
    print("| | dev | held-out |\n|---|---|---|")
    print(f"| posts | {d['posts']} | {h['posts']} |")
    for k in ("urls", "handles", "emails", "phones"):
        print(f"| {k} labels (posts with any) | {d['labels'][k]} ({d['posts_with'][k]}) | "
              f"{h['labels'][k]} ({h['posts_with'][k]}) |")
    print(f"| posts with no URL and no e-mail | {d['no_url_no_email']} | {h['no_url_no_email']} |")
    print(f"| selector spans in titles | {d['spans_in_title']} | {h['spans_in_title']} |")
    print(f"| hard negatives | {d['hard_negatives_total']} | {h['hard_negatives_total']} |")
    for k in ("category", "lang", "region", "platforms"):
        print(f"| {k} | " + ", ".join(f"{a} {b}" for a, b in sorted(d[k].items())) + " | " +
              ", ".join(f"{a} {b}" for a, b in sorted(h[k].items())) + " |")
    for k in ("url", "email", "handle", "phone"):
        table(f"{k} spans by form", lambda s, k=k: s["forms"][k])
    table("hard negatives by kind", lambda s: s["hard_negatives"])


def examples(out):
    """One dev example per form and decoy kind, with a little context."""
    def ctx(text, raw, pos):
        a, b = max(0, pos - 28), min(len(text), pos + len(raw) + 28)
        s = ("…" if a else "") + text[a:pos] + "⟦" + raw + "⟧" + text[pos + len(raw):b] + ("…" if b < len(text) else "")
        return s.replace("\n", " ⏎ ").replace("|", "\\|")

    recs = out["dev"]
    for kind in ("url", "email", "handle", "phone"):
        print(f"\n| form | dev example | context | label |\n|---|---|---|---|")
        done = []
        for r in recs:
            for s in r["spans"]:
                if s["kind"] != kind or s["form"] in done:
                    continue
                done.append(s["form"])
                lab = f"{s['platform']}: {s['value']}" if kind == "handle" else s["value"]
                print(f"| `{s['form']}` | {r['id']} ({r['lang']}) | `{ctx(r[s['field']], s['raw'], s['_pos'])}` | "
                      f"`{lab}` |")
    print("\n| kind | dev example | context |\n|---|---|---|")
    done = []
    for r in recs:
        for d in r["hard_negatives"]:
            if d["kind"] in done:
                continue
            done.append(d["kind"])
            print(f"| `{d['kind']}` | {r['id']} ({r['lang']}) | `{ctx(r[d['field']], d['raw'], d['_pos'])}` |")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed files differ")
    ap.add_argument("--stats", action="store_true", help="counts by form and decoy kind, per split")
    ap.add_argument("--examples", action="store_true", help="one dev example per form and decoy kind")
    args = ap.parse_args(argv)
    out = build_checked()
    if args.stats:
        print_stats(stats(out))
        return 0
    if args.examples:
        examples(out)
        return 0
    if args.check:
        bad = []
        for split in ("dev", "heldout"):
            want = serialise(out[split])
            try:
                with open(path_of(split), encoding="utf-8") as f:
                    have = f.read()
            except FileNotFoundError:
                have = None
            if have != want:
                bad.append(split)
        if bad:
            print("differs from the generator's output: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and heldout.jsonl are the generator's output")
        return 0
    for split in ("dev", "heldout"):
        with open(path_of(split), "w", encoding="utf-8", newline="\n") as f:
            f.write(serialise(out[split]))
    print("wrote " + ", ".join(f"{split}.jsonl ({len(out[split])} posts)" for split in ("dev", "heldout")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
