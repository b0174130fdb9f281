#!/usr/bin/env python3
"""Checks for eval/selectors-eighth (stdlib unittest).

    python3 -m unittest eval/selectors-eighth/test_write.py      (from the repository root)
    python3 test_write.py                                         (from this folder)

1. heldout.jsonl is exactly what write.py generates (and write.py is deterministic).
2. Every labelled selector occurs in the ad, in the form it was written (plain or disguised),
   both by the generator's own record of surfaces and by an independent un-disguising check.
3. Labels are well formed and already in score.py's normal form.
"""

import importlib.util
import json
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "heldout.jsonl")
PLATFORMS = {"instagram", "snapchat", "telegram", "onlyfans", "twitter", "tiktok", "facebook"}
PROFILE_HOSTS = ("instagram.com/", "t.me/", "twitter.com/", "x.com/", "onlyfans.com/", "tiktok.com/",
                 "facebook.com/", "snapchat.com/", "wa.me/")
KINDS = {"sex_ad", "massage", "job_offer", "other"}
LANGS = {"en", "es", "pt", "fr", "it", "de", "nl", "pl", "tr", "ro", "id", "vi", "tl", "ru", "ar", "th"}

AT_WORDS = r"at|arroba|arobase|chiocciola|małpa|собака|a còng"
DOT_WORDS = r"dot|punto|ponto|point|punkt|punt|kropka|nokta|punct|titik|chấm|точка|\."


def load_writer():
    spec = importlib.util.spec_from_file_location("sel8_write", os.path.join(HERE, "write.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def norm_url(u):
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def undisguise(text):
    """Rewrite spelled-out '@' and '.' back into symbols (over-eager on purpose: only used to find labels)."""
    t = text.lower()
    t = re.sub(r"\s*[\(\[]\s*(?:%s)\s*[\)\]]\s*" % AT_WORDS, "@", t)
    t = re.sub(r"\s+(?:%s)\s+" % AT_WORDS, "@", t)
    t = re.sub(r"\s*[\(\[]\s*(?:%s)\s*[\)\]]\s*" % DOT_WORDS, ".", t)
    t = re.sub(r"\s+(?:%s)\s+" % DOT_WORDS, ".", t)
    return t


def read():
    with open(DATA, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class TestSelectorsEighth(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.w = load_writer()
        cls.records, cls.surfaces = cls.w.build()
        cls.file_records = read()

    def test_file_equals_generator(self):
        with open(DATA, encoding="utf-8") as f:
            committed = f.read()
        self.assertEqual(committed, self.w.render(self.records))
        again, _ = self.w.build()
        self.assertEqual(self.w.render(again), committed, "write.py is not deterministic")

    def test_shape(self):
        recs = self.file_records
        self.assertEqual(len(recs), 400)
        self.assertEqual([r["id"] for r in recs], [f"sel8-{i:04d}" for i in range(1, 401)])
        for r in recs:
            self.assertEqual(set(r), {"id", "title", "body", "lang", "kind", "labels", "tags"}, r["id"])
            self.assertIn(r["kind"], KINDS)
            self.assertIn(r["lang"], LANGS)
            L = r["labels"]
            self.assertEqual(set(L), {"handles", "urls", "emails", "phones", "post_type", "indicators"})
            self.assertIsNone(L["post_type"])
            self.assertEqual(L["indicators"], [])
            self.assertEqual(r["tags"], sorted(set(r["tags"])))

    def test_labels_normal_form(self):
        for r in self.file_records:
            L = r["labels"]
            for h in L["handles"]:
                self.assertIn(h["platform"], PLATFORMS, r["id"])
                self.assertFalse(h["value"].startswith("@"), r["id"])
                self.assertEqual(h["value"], h["value"].strip())
                self.assertRegex(h["value"], r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$", r["id"])
            for u in L["urls"]:
                self.assertEqual(u.lower(), norm_url(u), r["id"])
            for e in L["emails"]:
                self.assertRegex(e, r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9-]+)+$", r["id"])
            for u in L["urls"]:
                host = norm_url(u).split("/")[0]
                for part in host.split("."):
                    self.assertRegex(part, r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", f"{r['id']}: {u}")
            for p in L["phones"]:
                self.assertRegex(p, r"^\+[1-9]\d{6,14}$", r["id"])
            for k in ("urls", "emails", "phones"):
                self.assertEqual(len({x.lower() for x in L[k]}), len(L[k]), r["id"])
            keys = [(h["platform"], h["value"].lower()) for h in L["handles"]]
            self.assertEqual(len(set(keys)), len(keys), r["id"])

    def test_profile_urls_are_also_handles(self):
        for r in self.file_records:
            values = {h["value"].lower() for h in r["labels"]["handles"]}
            for u in r["labels"]["urls"]:
                if u.lower().startswith(PROFILE_HOSTS):
                    name = u.rstrip("/").rsplit("/", 1)[1].lstrip("@").lower()
                    self.assertIn(name, values, r["id"])

    def test_every_label_has_a_surface_in_the_text(self):
        for r in self.records:
            text = r["title"] + "\n" + r["body"]
            surf = self.surfaces[r["id"]]
            for kind, s, label in surf:
                self.assertIn(s, text, f"{r['id']}: surface of {label!r} missing")
            L = r["labels"]
            have = {(k, lab) for k, _, lab in surf}
            for h in L["handles"]:
                self.assertIn(("handle", h["value"]), have, r["id"])
            for u in L["urls"]:
                self.assertIn(("url", u), have, r["id"])
            for e in L["emails"]:
                self.assertIn(("email", e), have, r["id"])
            for p in L["phones"]:
                self.assertIn(("phone", p), have, r["id"])

    def test_labels_recoverable_from_text_independently(self):
        for r in self.file_records:
            text = r["title"] + "\n" + r["body"]
            low, plain = text.lower(), undisguise(text)
            digits = re.sub(r"\D", "", text)
            L = r["labels"]
            for h in L["handles"]:
                self.assertIn(h["value"].lower(), low, r["id"])
            for u in L["urls"]:
                self.assertTrue(u.lower() in low or u.lower() in plain, f"{r['id']}: {u}")
            for e in L["emails"]:
                self.assertTrue(e in low or e in plain, f"{r['id']}: {e}")
            for p in L["phones"]:
                self.assertIn(p[-8:], digits, f"{r['id']}: {p}")

    def test_no_selector_ads_have_no_selector_labels(self):
        n = 0
        for r in self.file_records:
            L = r["labels"]
            if "no_selector" in r["tags"]:
                n += 1
                self.assertFalse(L["handles"] or L["urls"] or L["emails"], r["id"])
            else:
                self.assertTrue(L["handles"] or L["urls"] or L["emails"], r["id"])
        self.assertGreater(n, 10)


if __name__ == "__main__":
    unittest.main()
