#!/usr/bin/env python3
"""Tests for eval/selectors-fifth/write.py (stdlib unittest).

    python3 eval/selectors-fifth/test_write.py   # or: python3 -m unittest discover -s eval/selectors-fifth -p test_write.py
"""

import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

PLATFORMS = {"instagram", "snapchat", "telegram", "twitter", "onlyfans", "kik", "wechat", "line", "tiktok", "facebook"}
PROFILE_HOSTS = ("instagram.com/", "t.me/", "twitter.com/", "x.com/", "onlyfans.com/", "tiktok.com/", "facebook.com/",
                 "snapchat.com/", "fb.com/")


def norm_url(u):
    u = u.strip().lower()
    for s in ("https://", "http://"):
        if u.startswith(s):
            u = u[len(s):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def squash(text, at=True):
    """Undo the disguises the generator uses for emails (at=True) or URLs (for the occurrence check only)."""
    t = text.lower().replace("＠", "@")
    t = re.sub(r"\s*[\[(]\s*(at|dot|\.)\s*[\])]\s*", lambda m: ("@" if at else " at ") if m.group(1) == "at" else ".", t)
    if at:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s*@\s*", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+\.\s+", ".", t)
    return t


class WriteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ads = write.generate()
        cls.text = write.render(cls.ads)

    def test_deterministic(self):
        self.assertEqual(self.text, write.render(write.generate()))

    def test_file_is_generator_output(self):
        with open(write.OUT, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.text, "heldout.jsonl differs from write.py output: rerun write.py")

    def test_shape(self):
        self.assertEqual(len(self.ads), 300)
        ids = [a["id"] for a in self.ads]
        self.assertEqual(len(ids), len(set(ids)))
        for line in self.text.splitlines():
            a = json.loads(line)
            self.assertEqual(set(a["labels"]), {"handles", "urls", "emails", "post_type", "indicators", "phones"})
            self.assertIsNone(a["labels"]["post_type"])
            for h in a["labels"]["handles"]:
                self.assertIn(h["platform"], PLATFORMS)
                self.assertRegex(h["value"], r"^[A-Za-z0-9._]+$")

    def test_labels_occur_in_their_ad(self):
        for a in self.ads:
            raw = (a["title"] + "\n" + a["body"]).lower()
            sq = squash(a["title"] + "\n" + a["body"])
            sq_url = squash(a["title"] + "\n" + a["body"], at=False)
            L = a["labels"]
            for h in L["handles"]:
                self.assertRegex(raw, r"(?<![a-z0-9._])@?" + re.escape(h["value"].lower()) + r"(?![a-z0-9_])",
                                 f"{a['id']}: handle {h} not in ad")
            for u in L["urls"]:
                self.assertIn(norm_url(u), sq_url, f"{a['id']}: url {u} not in ad")
            for e in L["emails"]:
                self.assertIn(e.lower(), sq, f"{a['id']}: email {e} not in ad")

    def test_profile_urls_are_also_handles(self):
        for a in self.ads:
            vals = {h["value"].lower() for h in a["labels"]["handles"]}
            for u in a["labels"]["urls"]:
                n = norm_url(u)
                if n.startswith(PROFILE_HOSTS):
                    last = n.rstrip("/").split("/")[-1].lstrip("@")
                    self.assertIn(last, vals, f"{a['id']}: profile URL {u} without its handle")

    def test_footer_sites_never_labelled(self):
        sites = set(write.ADULT_SITES) | set(write.GENERAL_SITES)
        n = 0
        for a in self.ads:
            for u in a["labels"]["urls"]:
                self.assertNotIn(norm_url(u).split("/")[0], sites, a["id"])
            if "site-footer" in a["tags"]:
                n += 1
        self.assertGreater(n, 10)

    def test_classes_present(self):
        tags = [t for a in self.ads for t in a["tags"]]
        for t in ("common-word-handle", "site-footer", "hard-negative", "disguised-email", "profile-url", "no-selectors"):
            self.assertIn(t, tags)


if __name__ == "__main__":
    unittest.main()
