#!/usr/bin/env python3
"""Checks for the sixth selector set.  python3 -m unittest test_write  (stdlib only)."""

from __future__ import annotations

import json
import re
import unittest
from pathlib import Path

import write

HERE = Path(__file__).resolve().parent
KINDS = {"sex_ad", "massage", "job_offer", "other"}
LANGS = set(write.LANG_COUNTRIES)
PLATFORMS = {"instagram", "snapchat", "telegram", "onlyfans", "twitter", "tiktok", "facebook"}


def norm_url(u):  # same as eval/ads/score.py
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def host(u):
    return norm_url(u).split("/")[0]


def decode_phone(surface, lang):
    s = surface.replace("\ufe0f\u20e3", "")
    s = "".join(str("٠١٢٣٤٥٦٧٨٩".index(c)) if c in "٠١٢٣٤٥٦٧٨٩" else c for c in s)
    s = "".join(str("๐๑๒๓๔๕๖๗๘๙".index(c)) if c in "๐๑๒๓๔๕๖๗๘๙" else c for c in s)
    words = {w: str(i) for i, w in enumerate(write.DIGIT_WORDS[lang])}
    toks = []
    for t in re.split(r"\s+", s.strip()):
        toks.append(words.get(t.lower(), t))
    s = " ".join(toks)
    s = s.replace("O", "0").replace("l", "1")
    plus = s.lstrip().startswith("+")
    d = re.sub(r"\D", "", s)
    return ("+" if plus else "") + d


def decode_email(surface, lang):
    at, dot = write.OBF[lang]
    s = surface
    s = s.replace(f" {dot} ", ".")
    for a in (f" {at} ", "(at)", " [at] ", " @ "):
        s = s.replace(a, "@")
    return s.replace(" ", "")


def decode_url(surface):
    return surface.replace(" dot ", ".").replace("[.]", ".").replace("(.)", ".")


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pool = {}
        for nums in json.loads(write.pool_path().read_text(encoding="utf-8"))["pool"].values():
            for n in nums:
                cls.pool[n["e164"]] = n
        cls.dev, cls.dev_ev = write.build(write.SEED_DEV, 0, write.N_DEV)
        cls.held, cls.held_ev = write.build(write.SEED_HELD, 1, write.N_HELD)

    def test_determinism_and_files(self):
        again, _ = write.build(write.SEED_DEV, 0, write.N_DEV)
        self.assertEqual(write.dump(again), write.dump(self.dev))
        for name, ads in (("dev.jsonl", self.dev), ("heldout.jsonl", self.held)):
            p = HERE / name
            if p.exists():
                self.assertEqual(p.read_text(encoding="utf-8"), write.dump(ads), f"{name} is stale: rerun write.py")

    def test_format(self):
        ids = [a["id"] for a in self.dev + self.held]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual(len(self.dev), 200)
        self.assertEqual(len(self.held), 300)
        for prefix, ads in (("sel6-d-", self.dev), ("sel6-h-", self.held)):
            for i, a in enumerate(ads, 1):
                self.assertEqual(a["id"], f"{prefix}{i:04d}")
                self.assertEqual(set(a), {"id", "title", "body", "lang", "kind", "labels", "tags"})
                self.assertIn(a["kind"], KINDS)
                self.assertIn(a["lang"], LANGS)
                L = a["labels"]
                self.assertEqual(set(L), {"handles", "urls", "emails", "phones", "post_type", "indicators"})
                self.assertIsNone(L["post_type"])
                self.assertEqual(L["indicators"], [])
                for p in L["phones"]:
                    self.assertRegex(p, r"^\+[1-9]\d{6,14}$")
                    self.assertIn(p, self.pool)  # only vetted pool numbers
                for h in L["handles"]:
                    self.assertIn(h["platform"], PLATFORMS)
                    self.assertRegex(h["value"], r"^[a-z0-9_.]+$")
                for e in L["emails"]:
                    self.assertRegex(e, r"^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$")
                self.assertEqual(len(L["phones"]), len(set(L["phones"])))

    def test_labels_recoverable(self):
        for ads, evs in ((self.dev, self.dev_ev), (self.held, self.held_ev)):
            for a, ev in zip(ads, evs):
                text = a["title"] + "\n" + a["body"]
                seen = {"phones": set(), "urls": set(), "emails": set(), "handles": set()}
                for kind, lab, surf, rule, extra in ev:
                    self.assertIn(surf, text, a["id"])
                    if kind == "phones":
                        n = self.pool[lab]
                        got = decode_phone(surf, a["lang"])
                        if rule in ("wa_link", "intl00"):
                            got = "+" + got.lstrip("+")[2 if rule == "intl00" else 0:]
                        if got.startswith("+"):
                            self.assertEqual(got, lab, a["id"])
                        else:  # national: the ad names a city of the number's country
                            self.assertEqual(got, re.sub(r"\D", "", n["national"]), a["id"])
                        seen["phones"].add(lab)
                    elif kind == "emails":
                        self.assertEqual(decode_email(surf, a["lang"]).lower(), lab, a["id"])
                        seen["emails"].add(lab)
                    elif kind == "urls":
                        self.assertEqual(norm_url(decode_url(surf)), norm_url(lab), a["id"])
                        seen["urls"].add(norm_url(lab))
                    else:
                        self.assertIn(lab["value"], surf.lower(), a["id"])
                        self.assertIn(lab["value"], text.lower())
                        seen["handles"].add((lab["platform"], lab["value"]))
                L = a["labels"]
                self.assertEqual(seen["phones"], set(L["phones"]), a["id"])
                self.assertEqual(seen["emails"], set(L["emails"]), a["id"])
                self.assertEqual(seen["urls"], {norm_url(u) for u in L["urls"]}, a["id"])
                self.assertEqual(seen["handles"], {(h["platform"], h["value"]) for h in L["handles"]}, a["id"])

    def test_national_numbers_have_place(self):
        # a national-format number must come with a city of its own country in the ad
        for ads, evs in ((self.dev, self.dev_ev), (self.held, self.held_ev)):
            for a, ev in zip(ads, evs):
                text = a["title"] + "\n" + a["body"]
                for kind, lab, surf, rule, n in ev:
                    if kind == "phones" and not decode_phone(surf, a["lang"]).startswith("+") \
                            and rule not in ("wa_link", "intl00"):
                        cc = next(c for c, nums in self._pool_by_cc().items() if lab in nums)
                        self.assertTrue(any(city.lower() in text.lower() for city in write.CITIES[cc]), (a["id"], cc))

    def _pool_by_cc(self):
        if not hasattr(self, "_pbc"):
            d = json.loads(write.pool_path().read_text(encoding="utf-8"))["pool"]
            self._pbc = {cc: {n["e164"] for n in nums} for cc, nums in d.items()}
        return self._pbc

    def test_splits_disjoint(self):
        def collect(ads):
            ph, hd, dom, em = set(), set(), set(), set()
            for a in ads:
                L = a["labels"]
                ph |= set(L["phones"])
                hd |= {h["value"] for h in L["handles"]}
                dom |= {host(u) for u in L["urls"] if not host(u) in ("wa.me", "instagram.com", "t.me", "x.com",
                                                                       "onlyfans.com", "tiktok.com", "facebook.com")}
                em |= set(L["emails"])
                em |= {"@" + e.split("@")[1] for e in L["emails"]}  # provider domains too
            return ph, hd, dom, em
        for x, y in zip(collect(self.dev), collect(self.held)):
            self.assertFalse(x & y, sorted(x & y)[:5])

    def test_shares(self):
        for ads in (self.dev, self.held):
            n = len(ads)
            share = lambda k: sum(1 for a in ads if a["labels"][k]) / n
            self.assertGreater(share("phones"), 0.7)
            self.assertTrue(0.25 <= share("handles") <= 0.45, share("handles"))
            self.assertTrue(0.1 <= share("urls") <= 0.35, share("urls"))
            self.assertTrue(0.08 <= share("emails") <= 0.25, share("emails"))
            self.assertGreater(sum(1 for a in ads if "no_selector" in a["tags"]), 5)
            en = sum(1 for a in ads if a["lang"] == "en") / n
            self.assertAlmostEqual(en, 0.45, delta=0.02)
            for a in ads:  # shouted dotted phrases are never URLs
                for u in a["labels"]["urls"]:
                    self.assertNotIn(norm_url(u).upper(), write.DOTTED_SHOUT)


if __name__ == "__main__":
    unittest.main()
