#!/usr/bin/env python3
"""Stdlib tests for eval/phones4: python3 -m unittest eval/phones4/test_write.py  (or run this file)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {"record", "location", "text", "url", "calling_code", "format"}
GROUPS = {"region": 300, "disguise": 150, "spoken": 90, "decoy": 100, "ambiguous": 60}


def load():
    with open(os.path.join(HERE, "heldout.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def digits_of(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


class TestHeldout(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.recs = load()
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            cls.pool = json.load(f)

    def test_committed_file_equals_generator_output(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "h.jsonl")
            subprocess.run([sys.executable, os.path.join(HERE, "write.py"), out], check=True, capture_output=True)
            with open(out, "rb") as a, open(os.path.join(HERE, "heldout.jsonl"), "rb") as b:
                self.assertEqual(a.read(), b.read())

    def test_ids_groups_fields(self):
        self.assertEqual([r["id"] for r in self.recs], ["ph4-%04d" % i for i in range(1, 701)])
        counts = {}
        for r in self.recs:
            lab = r["labels"]
            counts[lab["group"]] = counts.get(lab["group"], 0) + 1
            self.assertTrue(r.get("title") or r.get("body"))
            self.assertTrue(set(r) <= {"id", "title", "body", "url", "site", "region", "location", "posted_at", "labels"}, r["id"])
            for ph in lab["phones"]:
                self.assertIn(ph["region_source"], SOURCES, r["id"])
                self.assertTrue(ph["e164"].startswith("+"))
            if lab["group"] == "ambiguous":
                self.assertEqual(lab["phones"], [], r["id"])
                self.assertTrue(lab["ambiguous"], r["id"])
        self.assertEqual(counts, GROUPS)

    def test_every_raw_occurs_in_title_or_body(self):
        for r in self.recs:
            text = (r.get("title") or "") + "\n" + (r.get("body") or "")
            for ph in r["labels"]["phones"]:
                self.assertIn(ph["raw"], text, r["id"])
            for a in r["labels"]["ambiguous"]:
                self.assertIn(a["raw"], text, r["id"])
                self.assertEqual(digits_of(a["raw"]), a["digits"], r["id"])

    def test_every_e164_in_pool(self):
        pool = {n["e164"] for n in self.pool["numbers"]}
        amb = {a["digits"]: a for a in self.pool["ambiguous"]}
        for r in self.recs:
            for ph in r["labels"]["phones"]:
                self.assertIn(ph["e164"], pool, r["id"])
            for a in r["labels"]["ambiguous"]:
                self.assertIn(a["digits"], amb, r["id"])
                self.assertEqual(a["e164_candidates"], amb[a["digits"]]["e164_candidates"], r["id"])
                self.assertGreaterEqual(len(a["regions"]), 2)

    def test_disguises_spell_their_number(self):
        sys.path.insert(0, HERE)
        import write
        nsn = {n["e164"]: n["nsn"] for n in self.pool["numbers"]}
        for r in self.recs:
            for ph in r["labels"]["phones"]:
                if ph["class"].startswith("disguise."):
                    self.assertTrue(write.spell(ph["raw"]).endswith(nsn[ph["e164"]]), (r["id"], ph["raw"]))

    def test_no_region_or_location_in_cueless_posts(self):
        for r in self.recs:
            srcs = {ph["region_source"] for ph in r["labels"]["phones"]}
            if r["labels"]["group"] == "ambiguous" or srcs == {"format"}:
                self.assertNotIn("region", r, r["id"])
                self.assertNotIn("location", r, r["id"])


if __name__ == "__main__":
    unittest.main()
