"""Tests of eval/selectors-thirteenth: run `python3 -m unittest` in this folder (Python 3.11, stdlib)."""

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

_spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "ads", "score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

CANONICAL = {"instagram", "snapchat", "kik", "telegram", "twitter", "tiktok", "onlyfans", "facebook"}
PHONE_RANGES = [r"\+1\d{3}55501\d\d", r"\+447700900\d{3}", r"\+61491570\d{3}", r"\+3363998\d{4}"]
KIND_KEY = {"handle": "handles", "url": "urls", "email": "emails", "phone": "phones"}


def load(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def values(ad):
    L = ad["labels"]
    return ({("handle", h["platform"], h["value"]) for h in L["handles"]} | {("url", None, u) for u in L["urls"]}
            | {("email", None, e) for e in L["emails"]} | {("phone", None, p) for p in L["phones"]})


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ads = {s: load(s) for s in write.SPLITS}
        cls.all = cls.ads["dev"] + cls.ads["heldout"]

    def test_files_equal_generator_output(self):
        texts = write.rendered()
        for split in write.SPLITS:
            with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), texts[split], f"{split}.jsonl differs from write.py output")

    def test_check_flag(self):
        r = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_sizes_and_ids(self):
        self.assertEqual(len(self.ads["dev"]), 200)
        self.assertEqual(len(self.ads["heldout"]), 300)
        ids = [a["id"] for a in self.all]
        self.assertEqual(len(ids), len(set(ids)))
        for split, prefix in (("dev", "sel13d"), ("heldout", "sel13h")):
            for n, a in enumerate(self.ads[split], 1):
                self.assertEqual(a["id"], f"{prefix}-{n:03d}")

    def test_schema(self):
        for a in self.all:
            self.assertEqual(list(a), ["id", "title", "body", "region", "location", "posted_at", "lang", "category",
                                       "labels", "spans", "hard_negatives"])
            self.assertTrue(a["region"] is None or re.fullmatch(r"[A-Z]{2}", a["region"]))
            self.assertTrue(a["region"] is not None or a["location"] is not None)
            self.assertRegex(a["posted_at"], r"^20(1[4-9]|2[0-4])-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            L = a["labels"]
            self.assertEqual(list(L), ["post_type", "indicators", "handles", "urls", "emails", "phones"])
            self.assertIn(L["post_type"], score.POST_TYPES)
            self.assertEqual(L["post_type"], write.POST_TYPE[a["category"]])
            self.assertEqual(L["indicators"], [])
            for s in a["spans"]:
                self.assertEqual(set(s), {"kind", "platform", "value", "raw", "form", "field"})
            for n in a["hard_negatives"]:
                self.assertEqual(set(n), {"kind", "raw", "field"})

    def test_raws_occur_in_their_field(self):
        for a in self.all:
            for s in a["spans"] + a["hard_negatives"]:
                self.assertIn(s["field"], ("title", "body"))
                self.assertIn(s["raw"], a[s["field"]], f"{a['id']}: {s['raw']!r}")

    def test_spans_agree_with_labels(self):
        for a in self.all:
            from_spans = {(s["kind"], s["platform"], s["value"]) for s in a["spans"]}
            self.assertEqual(from_spans, values(a), a["id"])
            L = a["labels"]
            for k in ("urls", "emails", "phones"):
                self.assertEqual(len(L[k]), len(set(L[k])), a["id"])
            self.assertEqual(len(L["handles"]), len({(h["platform"], h["value"]) for h in L["handles"]}), a["id"])
            # a platform profile URL is labelled as the URL and as the handle
            for s in a["spans"]:
                if s["kind"] == "url" and s["form"] == "profile_url":
                    self.assertTrue(any(t["kind"] == "handle" and t["raw"] == s["raw"] for t in a["spans"]), a["id"])

    def test_labels_in_normal_form(self):
        for a in self.all:
            L = a["labels"]
            for h in L["handles"]:
                self.assertIn(h["platform"], CANONICAL)
                self.assertEqual(score.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))
                self.assertRegex(h["value"], r"^[a-z][a-z0-9_.]*$")
            for u in L["urls"]:
                self.assertEqual(score.norm_url(u), u)
                self.assertNotRegex(u, r"^(https?://|www\.)|/$")
            for e in L["emails"]:
                self.assertEqual(e, e.strip().lower())
                self.assertRegex(e, r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
            for p in L["phones"]:
                self.assertTrue(any(re.fullmatch(r, p) for r in PHONE_RANGES), p)

    def test_no_value_in_both_splits(self):
        dev = {v[2] for a in self.ads["dev"] for v in values(a)}
        held = {v[2] for a in self.ads["heldout"] for v in values(a)}
        self.assertEqual(dev & held, set())

    def test_gold_as_prediction_scores_perfectly(self):
        for split in write.SPLITS:
            gold = self.ads[split]
            preds = []
            for a in gold:
                L = a["labels"]
                sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                sel += [{"kind": k[:-1], "value": v} for k in ("urls", "emails", "phones") for v in L[k]]
                preds.append({"id": a["id"], "selectors": sel, "indicators": []})
            for npu in (False, True):
                res = score.score(gold, preds, argparse.Namespace(no_profile_urls=npu, errors=0))
                self.assertEqual(res["missing_in_output"], 0)
                for k in ("handles", "urls", "emails", "phones"):
                    d = res["selectors"][k]
                    self.assertEqual((d["precision"], d["recall"]), (1.0, 1.0), f"{split} {k} {npu}")

    def test_lint_every_ad(self):
        for a in self.all:
            self.assertEqual(write.lint_ad(a), [], a["id"])

    def test_volume(self):
        handles = sum(len(a["labels"]["handles"]) for a in self.all)
        negs = sum(len(a["hard_negatives"]) for a in self.all)
        self.assertGreaterEqual(handles, 260)
        self.assertGreaterEqual(negs, 350)
        for split in write.SPLITS:
            ads = self.ads[split]
            self.assertGreaterEqual(sum(1 for a in ads if a["hard_negatives"]), len(ads) / 2, split)
            self.assertEqual({a["lang"] for a in ads}, {"en", "es", "pt", "fr", "it", "de", "tl"})
            kinds = {n["kind"] for a in ads for n in a["hard_negatives"]}
            self.assertEqual(kinds, {k for k, _ in write.DECOY_KINDS}, split)
            en = sum(1 for a in ads if a["lang"] == "en") / len(ads)
            self.assertAlmostEqual(en, 0.7, delta=0.02)

    def test_no_fansly_and_fictional_only(self):
        for split in write.SPLITS:
            with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
                self.assertNotIn("fansly", f.read().lower())

    def test_weak_cues_only_with_account_looking_tokens(self):
        for a in self.all:
            for s in a["spans"]:
                if s["kind"] == "handle" and s["form"] in ("weak_emoji", "weak_word", "name_before"):
                    m = re.search(re.escape(s["value"]), s["raw"], re.I)
                    self.assertTrue(m and write.looks_account(s["raw"][m.start():m.end()]), (a["id"], s["raw"]))


if __name__ == "__main__":
    unittest.main()
