#!/usr/bin/env python3
"""Checks for eval/selectors-seventh (Python 3.11, standard library only).

    python3 -m unittest eval/selectors-seventh/test_write.py      (from the repository root)
    python3 eval/selectors-seventh/test_write.py                  (from anywhere)

- dev.jsonl / heldout.jsonl equal write.py's output byte for byte;
- schema and label normalisation (as eval/ads/score.py compares them);
- the splits are disjoint (handles, site domains, e-mail addresses, phones, persona names, phrase banks);
- every labelled handle, URL, e-mail and phone is really in the title or body (disguised forms undone here
  with rules written independently of the generator).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = json.loads((HERE.parent / "phones2" / "number_pool.json").read_text(encoding="utf-8"))["pool"]
_spec = importlib.util.spec_from_file_location("sel7_write", HERE / "write.py")
W = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(W)

SPLIT_SIZES = {"dev": 150, "heldout": 350}
KINDS = {"sex_ad", "massage", "job_offer", "other"}
LANGS = {"en", "es", "pt", "fr", "it", "de", "nl", "pl", "ro", "tr", "id", "vi", "tl", "ru", "ar", "th"}
PLATFORMS = {"instagram", "snapchat", "telegram", "onlyfans", "twitter", "tiktok", "facebook"}
PROFILE_HOSTS = ("instagram.com/", "t.me/", "twitter.com/", "x.com/", "onlyfans.com/", "tiktok.com/",
                 "facebook.com/", "snapchat.com/", "wa.me/")
TAGS = {
    "caps_ad", "contact_in_title", "contacts_one_line", "decoration_emoji", "decoy_abbrev", "decoy_adid",
    "decoy_at_before_url", "decoy_at_dot_sentence", "decoy_date", "decoy_filename", "decoy_hashtag", "decoy_measure",
    "decoy_nospace_period", "decoy_platform_yesno", "decoy_price", "decoy_price_at", "decoy_time", "decoy_version",
    "dotted_shouting", "email_disguised", "email_plain", "handle_multi_platform", "handle_profile_url",
    "handle_sentence_punct", "handle_strong_at", "handle_strong_colon", "handle_weak_emoji", "handle_weak_word",
    "mixed_lang", "multi_contact", "no_selector", "phone_international", "phone_national", "phone_whatsapp",
    "platform_word_nohandle", "url_caps", "url_cc_second_level", "url_disguised", "url_plain", "url_profile",
    "url_then_phone", "url_trailing_punct",
}
E164 = {e["e164"]: (c, e) for c, lst in POOL.items() for e in lst}

DOT_WORDS = r"dot|punto|ponto|point|punkt|punt|kropka|punct|nokta|titik|chấm|tuldok|точка"
AT_WORDS = r"at|arroba|arobase|chiocciola|klammeraffe|apenstaartje|małpa|et|a còng|собака"


def undisguise(text: str) -> str:
    t = text.lower()
    t = re.sub(r"\s*[\[\(\{]\s*(?:" + DOT_WORDS + r"|\.)\s*[\]\)\}]\s*", ".", t)
    t = re.sub(r"\s*[\[\(\{]\s*(?:at|@)\s*[\]\)\}]\s*", "@", t)
    t = re.sub(r"\s+(?:" + DOT_WORDS + r")\s+", ".", t)
    t = re.sub(r"\s+(?:" + AT_WORDS + r")\s+", "@", t)
    t = re.sub(r"\s+@\s+", "@", t)
    t = re.sub(r"\s+\.\s+", ".", t)
    return t


def norm_url(u: str) -> str:
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def phone_runs(text: str):
    """(run, digits) for every stretch that looks like a written phone number."""
    for m in re.finditer(r"(?:\+|\b00|\()?\d[\d\s().\-/]{5,}\d", text):
        yield m.group(0), re.sub(r"\D", "", m.group(0))


def load(split):
    return [json.loads(x) for x in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(s) for s in SPLIT_SIZES}

    def test_files_equal_generator_output(self):
        built = W.build()
        for split in SPLIT_SIZES:
            self.assertEqual((HERE / f"{split}.jsonl").read_text(encoding="utf-8"), built[split], split)

    def test_schema(self):
        for split, rows in self.data.items():
            self.assertEqual(len(rows), SPLIT_SIZES[split])
            letter = "d" if split == "dev" else "h"
            self.assertEqual([r["id"] for r in rows], [f"sel7-{letter}-{i:04d}" for i in range(1, len(rows) + 1)])
            for r in rows:
                self.assertEqual(set(r), {"id", "title", "body", "lang", "kind", "labels", "tags"}, r["id"])
                self.assertIn(r["kind"], KINDS)
                self.assertIn(r["lang"], LANGS)
                L = r["labels"]
                self.assertEqual(set(L), {"handles", "urls", "emails", "phones", "post_type", "indicators"})
                self.assertIsNone(L["post_type"])
                self.assertEqual(L["indicators"], [])
                for h in L["handles"]:
                    self.assertEqual(set(h), {"platform", "value"})
                    self.assertIn(h["platform"], PLATFORMS, r["id"])
                    self.assertFalse(h["value"].startswith("@"), r["id"])
                    self.assertRegex(h["value"], r"^[A-Za-z0-9_.]+$", r["id"])
                keys = [(h["platform"], h["value"].lower()) for h in L["handles"]]
                self.assertEqual(len(keys), len(set(keys)), r["id"])
                for u in L["urls"]:
                    self.assertEqual(u, norm_url(u), r["id"])
                    self.assertNotIn(" ", u)
                for e in L["emails"]:
                    self.assertEqual(e, e.lower(), r["id"])
                    self.assertRegex(e, r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", r["id"])
                for p in L["phones"]:
                    self.assertIn(p, E164, f"{r['id']}: {p} not from the vetted pool")
                for k in ("handles", "urls", "emails", "phones"):
                    self.assertEqual(len(L[k]), len({json.dumps(x, sort_keys=True).lower() for x in L[k]}), r["id"])
                self.assertTrue(set(r["tags"]) <= TAGS, set(r["tags"]) - TAGS)
                self.assertEqual(r["tags"], sorted(set(r["tags"])))

    def test_profile_url_convention(self):
        """A profile URL is labelled as a URL and as the handle it names (wa.me: URL and phone)."""
        for rows in self.data.values():
            for r in rows:
                L = r["labels"]
                hv = {(h["platform"], h["value"].lower()) for h in L["handles"]}
                for u in L["urls"]:
                    if not u.startswith(PROFILE_HOSTS):
                        continue
                    host, _, rest = u.partition("/")
                    name = rest.split("/")[-1].lstrip("@")
                    if host == "wa.me":
                        self.assertIn("+" + name, L["phones"], r["id"])
                        continue
                    plat = {"instagram.com": "instagram", "t.me": "telegram", "twitter.com": "twitter",
                            "x.com": "twitter", "onlyfans.com": "onlyfans", "tiktok.com": "tiktok",
                            "facebook.com": "facebook", "snapchat.com": "snapchat"}[host]
                    self.assertIn((plat, name), hv, r["id"])

    def test_labels_present_in_text(self):
        for rows in self.data.values():
            for r in rows:
                text = r["title"] + "\n" + r["body"]
                low, und = text.lower(), undisguise(text)
                L = r["labels"]
                for h in L["handles"]:
                    self.assertIn(h["value"].lower(), low, f"{r['id']}: handle {h}")
                for u in L["urls"]:
                    self.assertIn(u, und, f"{r['id']}: url {u}")
                for e in L["emails"]:
                    self.assertIn(e, und, f"{r['id']}: email {e}")
                for p in L["phones"]:
                    country, entry = E164[p]
                    forms = {entry["nsn"], re.sub(r"\D", "", entry["national"])}
                    runs = [run for run, digits in phone_runs(text) if any(f in digits for f in forms)]
                    self.assertTrue(runs, f"{r['id']}: phone {p}")
                    for run in runs:
                        if run.startswith(("+", "00")) or ("wa.me/" + p[1:]) in text:
                            continue
                        # a national form is only written where the ad names a city of the number's country
                        self.assertTrue(any(c.lower() in low for c in W.CITIES[country]),
                                        f"{r['id']}: national {p} without a {country} city")

    def test_splits_disjoint(self):
        def collect(rows):
            h = {x["value"].lower() for r in rows for x in r["labels"]["handles"]}
            e = {x for r in rows for x in r["labels"]["emails"]}
            p = {x for r in rows for x in r["labels"]["phones"]}
            d = {u.split("/")[0] for r in rows for u in r["labels"]["urls"] if not u.startswith(PROFILE_HOSTS)}
            d |= {x.split("@")[1] for x in e if x.split("@")[1] not in sum(W.WEBMAIL.values(), [])}
            return h, e, p, d
        dev, held = collect(self.data["dev"]), collect(self.data["heldout"])
        for name, a, b in zip(("handles", "emails", "phones", "domains"), dev, held):
            self.assertFalse(a & b, f"{name} shared between splits: {sorted(a & b)[:5]}")
        self.assertFalse(set(W.part(W.PERSONAS, "dev")) & set(W.part(W.PERSONAS, "heldout")))
        # every phrase bank is partitioned
        for lang, bank in W.L.items():
            for key, items in bank.items():
                a, b = set(W.part(items, "dev")), set(W.part(items, "heldout"))
                self.assertFalse(a & b, f"{lang}.{key}")

    def test_tags_match_labels(self):
        for rows in self.data.values():
            for r in rows:
                L, tags = r["labels"], set(r["tags"])
                n = sum(len(L[k]) for k in ("handles", "urls", "emails", "phones"))
                self.assertEqual("no_selector" in tags, n == 0, r["id"])
                if any(t.startswith("handle_") for t in tags):
                    self.assertTrue(L["handles"], r["id"])
                if tags & {"email_plain", "email_disguised"}:
                    self.assertTrue(L["emails"], r["id"])
                if tags & {"phone_national", "phone_international"}:
                    self.assertTrue(L["phones"], r["id"])

    def test_language_mix(self):
        for split, rows in self.data.items():
            en = sum(r["lang"] == "en" for r in rows)
            self.assertAlmostEqual(en / len(rows), 0.45, delta=0.02)
            self.assertEqual({r["lang"] for r in rows}, LANGS)


if __name__ == "__main__":
    unittest.main()
