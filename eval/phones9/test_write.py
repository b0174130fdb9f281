#!/usr/bin/env python3
"""Tests for the phones9 evaluation files (stdlib only).

    cd eval/phones9 && python3 -m unittest test_write
"""
import json
import os
import sys
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import write  # noqa: E402

SPLITS = {"dev.jsonl": ("ph9d", 200, 0), "heldout.jsonl": ("ph9h", 400, 1)}
GROUPS = ["neighbourhood", "site_url", "text_city", "national_format", "mixed_evidence"]
SOURCES = {"record", "location", "text", "url", "calling_code", "format"}


def load(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def numbers_of(rec):
    lab = rec["labels"]
    return [p["e164"] for p in lab["phones"]] + [a["e164_true"] for a in lab["ambiguous"]]


class TestFiles(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.recs = {fn: load(fn) for fn in SPLITS}
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            cls.pool = json.load(f)["numbers"]

    def test_files_equal_generator_output(self):
        out = write.outputs()
        for fn in SPLITS:
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                self.assertEqual(f.read(), out[fn], "%s differs from write.py output" % fn)

    def test_generator_is_deterministic(self):
        self.assertEqual(write.outputs(), write.outputs())

    def test_every_raw_occurs_verbatim_in_its_field(self):
        for fn, recs in self.recs.items():
            for r in recs:
                lab = r["labels"]
                for m in lab["phones"] + lab["ambiguous"]:
                    self.assertIn(m["field"], ("title", "body"), r["id"])
                    self.assertIn(m["raw"], r[m["field"]], "%s: %r not in %s" % (r["id"], m["raw"], m["field"]))

    def test_mentions_are_counted_once_each(self):
        # a number written twice is labelled twice: labels never outnumber the raw's occurrences
        for fn, recs in self.recs.items():
            for r in recs:
                lab = r["labels"]
                per = Counter((m["field"], m["raw"]) for m in lab["phones"] + lab["ambiguous"])
                for (field, raw), k in per.items():
                    self.assertGreaterEqual(r[field].count(raw), k, r["id"])

    def test_ids_unique_and_sequential(self):
        seen = set()
        for fn, (prefix, n, _) in SPLITS.items():
            ids = [r["id"] for r in self.recs[fn]]
            self.assertEqual(len(ids), n)
            self.assertEqual(ids, ["%s-%04d" % (prefix, i) for i in range(1, n + 1)])
            self.assertFalse(seen & set(ids))
            seen |= set(ids)

    def test_no_pool_number_in_both_splits(self):
        dev = {e for r in self.recs["dev.jsonl"] for e in numbers_of(r)}
        held = {e for r in self.recs["heldout.jsonl"] for e in numbers_of(r)}
        self.assertFalse(dev & held, "numbers in both splits: %s" % sorted(dev & held)[:5])

    def test_numbers_come_from_the_split_parity(self):
        index = {}
        for cc, nums in self.pool.items():
            for i, e in enumerate(nums):
                index[e["e164"]] = i % 2
        for fn, (_, _, parity) in SPLITS.items():
            for r in self.recs[fn]:
                for e in numbers_of(r):
                    self.assertIn(e, index, "%s: %s not in the pool" % (r["id"], e))
                    self.assertEqual(index[e], parity, "%s: %s has the other split's parity" % (r["id"], e))

    def test_no_number_reused_across_posts(self):
        for fn, recs in self.recs.items():
            owner = {}
            for r in recs:
                for e in set(numbers_of(r)):
                    self.assertNotIn(e, owner, "%s and %s share %s" % (owner.get(e), r["id"], e))
                    owner[e] = r["id"]

    def test_group_shares_equal_and_countries_spread(self):
        for fn, (_, n, _) in SPLITS.items():
            recs = self.recs[fn]
            g = Counter(r["labels"]["group"] for r in recs)
            self.assertEqual(g, Counter({x: n // 5 for x in GROUPS}))
            for grp in GROUPS:
                ccs = {r["labels"]["country"] for r in recs if r["labels"]["group"] == grp}
                self.assertEqual(ccs, set(write.COUNTRIES), "%s %s" % (fn, grp))
            c = Counter(r["labels"]["country"] for r in recs)
            top = min(c[x] for x in write.TOP10)
            rest = max(c[x] for x in write.COUNTRIES if x not in write.TOP10)
            self.assertGreater(top, rest)

    def test_record_shape(self):
        for fn, recs in self.recs.items():
            n = len(recs)
            self.assertLessEqual(sum(1 for r in recs if "region" in r), n // 10)
            self.assertTrue(0.10 * n <= sum(1 for r in recs if "location" in r) <= 0.17 * n)
            for r in recs:
                for k in ("id", "title", "body", "posted_at", "labels"):
                    self.assertIn(k, r)
                lab = r["labels"]
                self.assertTrue(2 <= len(lab["decoys"]) <= 4, r["id"])
                self.assertTrue(lab["phones"] or lab["ambiguous"], r["id"])
                for p in lab["phones"]:
                    self.assertEqual(set(p), {"e164", "raw", "field", "class", "region_source", "region"})
                    self.assertIn(p["region_source"], SOURCES)
                    self.assertIn(p["region"], write.COUNTRIES)
                    if p["region_source"] == "record":
                        self.assertEqual(r.get("region"), p["region"])
                    if p["region_source"] == "location":
                        self.assertIn("location", r)
                for a in lab["ambiguous"]:
                    self.assertGreaterEqual(len(a["regions"]), 2)
                    self.assertEqual(len(a["regions"]), len(a["e164_candidates"]))
                    self.assertIn(a["e164_true"], a["e164_candidates"])
                if lab["group"] == "national_format":
                    self.assertNotIn("region", r)
                    self.assertNotIn("location", r)
                    self.assertTrue(all(p["region_source"] == "format" for p in lab["phones"]), r["id"])
                if lab["group"] == "site_url":
                    self.assertNotIn("region", r)
                    self.assertNotIn("location", r)
                    self.assertTrue(lab["place_cue"] in (r.get("site") or "") + (r.get("url") or ""))

    def test_domains_are_example_names(self):
        for fn, recs in self.recs.items():
            for r in recs:
                for k in ("site", "url"):
                    if k in r:
                        self.assertIn("example", r[k], r["id"])


if __name__ == "__main__":
    unittest.main()
