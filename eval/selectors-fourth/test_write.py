#!/usr/bin/env python3
"""Tests for eval/selectors-fourth: python3 -m unittest eval/selectors-fourth/test_write.py"""

from __future__ import annotations

import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

PLATFORMS = {"instagram", "snapchat", "telegram", "whatsapp", "kik", "twitter", "tiktok", "onlyfans", "fansly",
             "line", "wechat", "signal", "viber", "facebook", "vk"}


def norm_url(u):
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


class WriteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = write.render(write.build())
        cls.ads = [json.loads(line) for line in cls.text.splitlines()]

    def test_deterministic(self):
        self.assertEqual(self.text, write.render(write.build()))

    def test_file_is_generator_output(self):
        with open(write.OUT, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.text, "heldout.jsonl differs from write.py output: rerun write.py")

    def test_shape(self):
        self.assertEqual(len(self.ads), 400)
        self.assertEqual(len({a["id"] for a in self.ads}), 400)
        for a in self.ads:
            L = a["labels"]
            self.assertEqual(set(L), {"handles", "urls", "emails", "post_type", "indicators", "phones"})
            self.assertIsNone(L["post_type"])
            self.assertEqual(L["indicators"], [])
            self.assertEqual(L["phones"], [])
            for h in L["handles"]:
                self.assertIn(h["platform"], PLATFORMS)
                self.assertFalse(h["value"].startswith("@"))
                self.assertRegex(h["value"], r"^[A-Za-z0-9._]+$")

    def test_handles_occur_in_their_ad(self):
        for a in self.ads:
            body = a["body"].lower()
            for h in a["labels"]["handles"]:
                v = h["value"].lower()
                # as a whole token: not preceded or followed by another account character
                self.assertRegex(body, r"(?<![a-z0-9_.])@?" + re.escape(v) + r"(?![a-z0-9_]|\.[a-z0-9])", a["id"])

    def test_urls_occur_in_their_ad(self):
        for a in self.ads:
            body = a["body"].lower()
            for u in a["labels"]["urls"]:
                self.assertIn(norm_url(u), body, a["id"])
                self.assertRegex(norm_url(u), r"^[a-z0-9.-]+\.[a-z]{2,}(/|$)", a["id"])

    def test_emails_occur_in_their_ad(self):
        for a in self.ads:
            body = a["body"].lower()
            for e in a["labels"]["emails"]:
                local, dom = e.split("@")
                self.assertEqual(e, e.lower())
                if "disguised-email" not in a["tags"]:
                    self.assertIn(e, body, a["id"])
                else:
                    i = body.find(local)
                    self.assertGreaterEqual(i, 0, a["id"])
                    for part in dom.split("."):
                        self.assertIn(part, body[i:], a["id"])

    def test_footer_sites_are_not_labelled(self):
        footer_hosts = set()
        for pools in write.T.values():
            for f in pools["footer"]:
                footer_hosts |= {m.lower() for m in re.findall(r"[A-Za-z0-9-]+(?:\.[A-Za-z]{2,})+", f)}
        self.assertGreater(len(footer_hosts), 20)
        n = 0
        for a in self.ads:
            hosts = {norm_url(u).split("/")[0] for u in a["labels"]["urls"]}
            self.assertFalse(hosts & footer_hosts, a["id"])
            if any(h in a["body"].lower() for h in footer_hosts):
                n += 1
                self.assertIn("site-footer", a["tags"], a["id"])
        self.assertGreater(n, 20)

    def test_every_class_and_language_present(self):
        langs = {a["lang"] for a in self.ads}
        self.assertEqual(langs, {lang for lang, _ in write.LANG_COUNTS})
        for k in ("handles", "urls", "emails"):
            self.assertGreater(sum(len(a["labels"][k]) for a in self.ads), 100, k)
        self.assertGreater(sum(1 for a in self.ads if not any(a["labels"][k] for k in ("handles", "urls", "emails"))), 20)


if __name__ == "__main__":
    unittest.main()
