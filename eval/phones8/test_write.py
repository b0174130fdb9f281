"""Stdlib checks for the phones8 eval set: python3 -m unittest test_write"""
import json
import os
import unittest

import write

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


class TestEvalSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gen = write.generate()
        cls.dev = load("dev.jsonl")
        cls.held = load("heldout.jsonl")

    def test_files_equal_generator_output(self):
        for name, text in self.gen.items():
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                self.assertEqual(fh.read(), text, name)

    def test_sizes_and_groups(self):
        for recs, n in ((self.dev, 200), (self.held, 400)):
            self.assertEqual(len(recs), n)
            counts = {}
            for r in recs:
                counts[r["labels"]["group"]] = counts.get(r["labels"]["group"], 0) + 1
            self.assertEqual(sorted(counts), sorted(write.GROUPS))
            self.assertEqual(set(counts.values()), {n // 5})

    def test_ids_unique_and_prefixed(self):
        ids = [r["id"] for r in self.dev + self.held]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertTrue(all(r["id"].startswith("ph8d-") for r in self.dev))
        self.assertTrue(all(r["id"].startswith("ph8h-") for r in self.held))

    def test_raw_occurs_in_field(self):
        for r in self.dev + self.held:
            for p in r["labels"]["phones"]:
                self.assertIn(p["field"], ("title", "body"))
                self.assertIn(p["raw"], r[p["field"]], r["id"])

    def test_no_number_in_both_splits(self):
        d = {p["e164"] for r in self.dev for p in r["labels"]["phones"]}
        h = {p["e164"] for r in self.held for p in r["labels"]["phones"]}
        self.assertFalse(d & h)

    def test_schema(self):
        keys = {"id", "title", "body", "posted_at", "labels"}
        opt = {"region", "location", "url", "site"}
        for r in self.dev + self.held:
            self.assertTrue(keys <= set(r) <= keys | opt, r["id"])
            lab = r["labels"]
            self.assertEqual(set(lab), {"group", "country", "lang", "phones", "ambiguous", "decoys", "place_cue"})
            for p in lab["phones"]:
                self.assertEqual(set(p), {"e164", "raw", "field", "class", "region_source", "region"})
                self.assertIn(p["region_source"], ("record", "text", "calling_code", "spoken_plus"))
                self.assertTrue(p["e164"].startswith("+"))


if __name__ == "__main__":
    unittest.main()
