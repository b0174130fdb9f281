#!/usr/bin/env python3
"""Tests for score.py and the generated files: python3 -m unittest eval/ads/test_score.py"""
import argparse
import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402


def args(**kw):
    d = {"no_profile_urls": False, "errors": 0}
    d.update(kw)
    return argparse.Namespace(**d)


def gold_post(pid="a", **labels):
    base = {"post_type": "sex_ad", "indicators": [], "handles": [], "urls": [], "emails": [], "phones": []}
    base.update(labels)
    return {"id": pid, "body": "x", "labels": base}


class ScoreTests(unittest.TestCase):
    def test_perfect_output_scores_one(self):
        gold = [json.loads(line) for line in open(HERE / "dev.jsonl", encoding="utf-8")]
        preds = []
        for g in gold:
            L = g["labels"]
            sels = ([{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                    + [{"kind": "url", "value": u} for u in L["urls"]]
                    + [{"kind": "email", "value": e} for e in L["emails"]]
                    + [{"kind": "phone", "value": p} for p in L["phones"]])
            preds.append({"id": g["id"], "selectors": sels, "indicators": [{"code": c} for c in L["indicators"]],
                          "post_type": L["post_type"]})
        res = score.score(gold, preds, args())
        for k, d in res["selectors"].items():
            self.assertEqual((d["fp"], d["fn"]), (0, 0), k)
        for c, d in res["indicators"].items():
            self.assertEqual(d["tp"], d["support"], c)
            self.assertEqual(d["predicted"], d["support"], c)
        self.assertEqual(res["post_type"]["accuracy"], 1.0)

    def test_indicator_counted_once_per_post_and_scope_rate(self):
        gold = [gold_post("a", indicators=["S006"]), gold_post("b")]
        preds = [{"id": "a", "selectors": [], "indicators": [{"code": "S006"}, {"code": "S006"}]},
                 {"id": "b", "selectors": [], "indicators": [{"code": "S006"}, {"code": "J006"}]}]
        res = score.score(gold, preds, args())
        s6 = res["indicators"]["S006"]
        self.assertEqual((s6["support"], s6["predicted"], s6["tp"]), (1, 2, 1))
        self.assertAlmostEqual(s6["precision"], 0.5)
        self.assertAlmostEqual(res["indicators"]["J006"]["fires_on_sex_ads"], 0.5)
        self.assertFalse(res["indicators"]["J006"]["meets_precision_target"] is True)

    def test_selector_normalisation(self):
        gold = [gold_post("a", handles=[{"platform": "twitter", "value": "lily_xo"}], urls=["velvet-spa.com/booking"],
                          emails=["lily@gmail.com"], phones=["+17135550123"])]
        preds = [{"id": "a", "indicators": [], "selectors": [
            {"kind": "handle", "platform": "X", "value": "@Lily_XO"},
            {"kind": "handle", "platform": "whatsapp", "value": "+17135550123"},
            {"kind": "url", "value": "https://www.Velvet-Spa.com/booking/"},
            {"kind": "email", "value": "LILY@gmail.com"},
            {"kind": "phone", "value": "+17135550123"},
            {"kind": "handle", "platform": "snapchat", "value": "fun"}]}]
        res = score.score(gold, preds, args())
        self.assertEqual(res["selectors"]["handles"]["tp"], 1)
        self.assertEqual(res["selectors"]["handles"]["fp"], 1)  # snapchat:fun; the WhatsApp phone is not a handle
        for k in ("urls", "emails", "phones"):
            self.assertEqual((res["selectors"][k]["tp"], res["selectors"][k]["fp"]), (1, 0), k)

    def test_no_profile_urls(self):
        gold = [gold_post("a", urls=["instagram.com/lily", "velvet-spa.com"])]
        preds = [{"id": "a", "indicators": [], "selectors": [{"kind": "url", "value": "velvet-spa.com"}]}]
        self.assertEqual(score.score(gold, preds, args())["selectors"]["urls"]["fn"], 1)
        self.assertEqual(score.score(gold, preds, args(no_profile_urls=True))["selectors"]["urls"]["fn"], 0)

    def test_missing_post_counts_as_missed(self):
        gold = [gold_post("a", phones=["+17135550123"])]
        res = score.score(gold, [], args())
        self.assertEqual(res["missing_in_output"], 1)
        self.assertEqual(res["selectors"]["phones"]["fn"], 1)


class DataTests(unittest.TestCase):
    def test_files_are_well_formed(self):
        for name, minimum in (("dev.jsonl", 350), ("heldout.jsonl", 200)):
            ids = set()
            posts = [json.loads(line) for line in open(HERE / name, encoding="utf-8")]
            self.assertGreaterEqual(len(posts), minimum)
            for p in posts:
                self.assertNotIn(p["id"], ids)
                ids.add(p["id"])
                self.assertTrue(p.get("title") or p.get("body"))
                L = p["labels"]
                self.assertIn(L["post_type"], score.POST_TYPES)
                for c in L["indicators"]:
                    self.assertIn(c, score.WEIGHTS)
                    self.assertEqual(c[0] == "J", L["post_type"] == "job_offer", (p["id"], c))
                for ph in L["phones"]:
                    self.assertRegex(ph, r"^\+[1-9]\d{6,14}$")
                for h in L["handles"]:
                    self.assertEqual(h["value"], h["value"].lower().lstrip("@"))
                for u in L["urls"]:
                    self.assertEqual(u, u.lower().rstrip("/"))
                    self.assertNotRegex(u, r"^(https?://|www\.)")


if __name__ == "__main__":
    unittest.main()
