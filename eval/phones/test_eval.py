#!/usr/bin/env python3
"""Tests for the generator and the scorer (stdlib): python3 -m unittest eval/phones/test_eval.py"""
import io
import json
import os
import sys
import unittest
from collections import Counter
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402
import write_phones  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def post(pid, phones, ambiguous=(), decoys=(), group="region"):
    return {"id": pid, "title": "t", "body": "b", "labels": {
        "group": group, "phones": [{"e164": e, "region_source": s, "class": c, "raw": e} for e, s, c in phones],
        "ambiguous": list(ambiguous), "decoys": list(decoys)}}


def out(pid, values, ambiguous=()):
    return {"id": pid, "selectors": [{"kind": "phone", "value": v, "region_source": s} for v, s in values] +
            [{"kind": "email", "value": "a@b.c"}], "ambiguous": list(ambiguous)}


class ScoreTest(unittest.TestCase):
    def test_multiset_per_post(self):
        gold = [post("A", [("+61412345678", "text", "region.text"), ("+61412345678", "text", "region.repeat")]),
                post("B", [("+447911123456", "format", "region.format")])]
        # A: one of two mentions found plus a wrong number; B: found, with another region_source
        pred = [out("A", [("+61412345678", "text"), ("+61499999999", "format")]), out("B", [("+447911123456", "text")])]
        r = score.score(gold, pred)
        o = r["overall"]
        self.assertEqual((o["gold"], o["pred"], o["tp"], o["fp"], o["fn"]), (3, 3, 2, 1, 1))
        self.assertEqual(r["by_class"]["region.repeat"]["tp"], 0)
        self.assertEqual(r["by_class"]["region.text"]["tp"], 1)
        self.assertEqual(r["region_source"]["format"]["agrees"], 0)
        self.assertEqual(r["region_source_confusion"], {"format->text": 1})
        self.assertAlmostEqual(o["region_source_agreement"], 0.5)

    def test_same_number_in_two_posts_does_not_cross(self):
        gold = [post("A", [("+61412345678", "text", "c")]), post("B", [])]
        pred = [out("A", []), out("B", [("+61412345678", "text")])]
        o = score.score(gold, pred)["overall"]
        self.assertEqual((o["tp"], o["fp"], o["fn"]), (0, 1, 1))

    def test_ambiguous_emitted_and_reported(self):
        amb = {"raw": "0612345678", "digits": "0612345678", "regions": ["FR", "NL"],
               "e164_candidates": ["+33612345678", "+31612345678"], "class": "ambiguous.no_cue"}
        gold = [post("A", [], [amb], group="ambiguous"), post("B", [], [amb], group="ambiguous")]
        pred = [out("A", [("+33612345678", "format")]),
                out("B", [], [{"field": "body", "start": 0, "end": 10, "raw": "06 12 34 56 78", "regions": ["FR", "NL"]}])]
        r = score.score(gold, pred)
        self.assertEqual(r["ambiguous"], {"labelled": 2, "reported_as_ambiguous": 1, "emitted_as_phone": 1})
        self.assertEqual(r["overall"]["fp"], 1)

    def test_missing_output_line_counts_as_nothing(self):
        gold = [post("A", [("+61412345678", "text", "c")])]
        o = score.score(gold, [])["overall"]
        self.assertEqual((o["missing_posts"], o["recall"], o["precision"]), (1, 0.0, None))

    def test_decoy_false_positives_by_kind(self):
        gold = [post("A", [], decoys=["tracking", "price"], group="decoy")]
        r = score.score(gold, [out("A", [("+33612345678", "record")])])
        self.assertEqual(r["decoys"]["tracking"], {"posts": 1, "posts_with_fp": 1, "fp_in_those_posts": 1})

    def test_text_report_runs(self):
        gold = [post("A", [("+61412345678", "text", "region.text")])]
        buf = io.StringIO()
        with redirect_stdout(buf):
            score.print_text(score.score(gold, [out("A", [("+61412345678", "text")])], show=5))
        self.assertIn("RECALL 1.0000", buf.getvalue())


class GeneratorTest(unittest.TestCase):
    def gen(self, split, seed, count=120):
        return write_phones.Gen(split, seed, write_phones.load_pool()).generate(count)

    def test_deterministic(self):
        a = json.dumps(self.gen("dev", 4), ensure_ascii=False)
        b = json.dumps(self.gen("dev", 4), ensure_ascii=False)
        self.assertEqual(a, b)

    def test_labels_are_in_the_text(self):
        for split, seed in (("dev", 1), ("dev", 4), ("heldout", 1001)):
            for r in self.gen(split, seed):
                text = r["title"] + "\n" + r["body"]
                lab = r["labels"]
                for raw, k in Counter(p["raw"] for p in lab["phones"]).items():
                    self.assertGreaterEqual(text.count(raw), k, (r["id"], raw))
                for p in lab["phones"]:
                    self.assertTrue(p["e164"].startswith("+") and p["e164"][1:].isdigit(), p)
                    self.assertIn(p["region_source"], {"record", "location", "text", "url", "calling_code", "format"})
                for a in lab["ambiguous"]:
                    self.assertGreaterEqual(len(a["regions"]), 2)
                    self.assertIn(a["raw"], text)
                # cue-free posts carry no region or location field
                if lab["group"] == "ambiguous" or any(p["region_source"] == "format" for p in lab["phones"]):
                    self.assertNotIn("region", r)
                    self.assertNotIn("location", r)
                    self.assertNotIn("url", r)
                    self.assertNotIn("site", r)

    def test_splits_share_no_number(self):
        dev = {p["e164"] for s in (1, 4) for r in self.gen("dev", s) for p in r["labels"]["phones"]}
        ho = {p["e164"] for r in self.gen("heldout", 1001) for p in r["labels"]["phones"]}
        self.assertFalse(dev & ho)

    def test_committed_files_match_the_generator(self):
        for split, cfg in write_phones.SPLITS.items():
            recs = []
            for s in cfg["seeds"]:
                recs += self.gen(split, s, cfg["count"])
            want = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
            with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
                self.assertEqual(f.read(), want, split)


if __name__ == "__main__":
    unittest.main()
