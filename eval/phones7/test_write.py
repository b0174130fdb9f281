"""Standard-library tests for eval/phones7.

    python3 -m unittest test_write.py      (from eval/phones7)
"""
import collections
import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import write  # noqa: E402

FILES = {"dev.jsonl": ("ph7d", 300), "heldout.jsonl": ("ph7h", 500)}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def ascii_digits(s):
    return "".join(str(int(ch)) for ch in s if ch.isdecimal())


class TestPhones7(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.records = {name: load(name) for name in FILES}
        cls.expected = write.outputs()

    def test_files_equal_generator_output(self):
        for name in FILES:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                self.assertEqual(f.read(), self.expected[name], name + " differs from write.py output")

    def test_ids_unique_and_numbered(self):
        seen = set()
        for name, (prefix, n) in FILES.items():
            recs = self.records[name]
            self.assertEqual(len(recs), n)
            for i, r in enumerate(recs, 1):
                self.assertEqual(r["id"], "%s-%04d" % (prefix, i))
                self.assertNotIn(r["id"], seen)
                seen.add(r["id"])

    def test_raw_strings_occur_in_their_field(self):
        for name in FILES:
            for r in self.records[name]:
                lab = r["labels"]
                for item in lab["phones"] + lab["ambiguous"]:
                    self.assertIn(item["field"], ("title", "body"))
                    self.assertIn(item["raw"], r[item["field"]], "%s %r" % (r["id"], item["raw"]))
                # one label per mention: a raw written k times is labelled k times
                counts = collections.Counter((p["field"], p["raw"]) for p in lab["phones"] + lab["ambiguous"])
                for (field, raw), k in counts.items():
                    self.assertGreaterEqual(r[field].count(raw), k, r["id"])

    def test_record_shape(self):
        groups = set(write.GROUPS)
        for name in FILES:
            for r in self.records[name]:
                self.assertTrue(re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r["posted_at"]))
                lab = r["labels"]
                self.assertIn(lab["group"], groups)
                self.assertIn(lab["country"], write.LISTED)
                for p in lab["phones"]:
                    self.assertTrue(p["e164"].startswith("+"))
                    self.assertRegex(p["class"], r"^[a-z]+\.[a-z0-9_]+$")
                    self.assertIn(p["region_source"],
                                  ("record", "location", "text", "url", "calling_code", "format"))
                for a in lab["ambiguous"]:
                    self.assertGreaterEqual(len(a["regions"]), 2)
                self.assertEqual(lab["decoys"], sorted(set(lab["decoys"])))

    def test_groups_equal_shares(self):
        for name, (_, n) in FILES.items():
            c = collections.Counter(r["labels"]["group"] for r in self.records[name])
            self.assertEqual(set(c.values()), {n // 5})

    def test_about_ninety_percent_without_region_or_location(self):
        for name in FILES:
            recs = self.records[name]
            with_field = sum(1 for r in recs if "region" in r or "location" in r)
            self.assertLess(abs(with_field / len(recs) - 0.10), 0.04, name)

    def test_no_number_in_both_splits(self):
        sets = {}
        for name in FILES:
            nums = set()
            for r in self.records[name]:
                nums.update(p["e164"] for p in r["labels"]["phones"])
                nums.update("amb:" + ascii_digits(a["raw"]) for a in r["labels"]["ambiguous"])
            sets[name] = nums
        self.assertEqual(sets["dev.jsonl"] & sets["heldout.jsonl"], set())

    def test_numbers_come_from_their_half_of_the_pool(self):
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)["countries"]
        parity = {}
        for entries in pool.values():
            for i, e in enumerate(entries):
                parity[e["e164"]] = i % 2
        for name, want in (("dev.jsonl", 0), ("heldout.jsonl", 1)):
            for r in self.records[name]:
                for p in r["labels"]["phones"]:
                    self.assertEqual(parity.get(p["e164"]), want, "%s %s" % (r["id"], p["e164"]))

    def test_no_number_reused_across_posts(self):
        for name in FILES:
            owner = {}
            for r in self.records[name]:
                for p in r["labels"]["phones"]:
                    self.assertEqual(owner.setdefault(p["e164"], r["id"]), r["id"], p["e164"])

    def test_size_budget(self):
        total = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE)
                    if os.path.isfile(os.path.join(HERE, f)))
        self.assertLess(total, 2 * 1024 * 1024)


if __name__ == "__main__":
    unittest.main()
