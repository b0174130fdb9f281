"""Tests of eval/selectors-seventeenth: python3 -m unittest eval/selectors-seventeenth/test_write.py"""

import json
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

ADS = os.path.join(os.path.dirname(HERE), "ads")
REGIONS = {"PL", "RO", "UA", "RU", "KZ", "TR", "AE", "TH", "VN", "ID", "MY", "GH", "NG"}
CATEGORY_TYPE = {"escort": "sex_ad", "massage": "massage", "jobs": "job_offer", "rental": "other",
                 "classifieds": "other"}
PLATFORMS = {"instagram", "telegram", "tiktok", "facebook", "twitter", "vk"}


def load(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def values(recs):
    out = set()
    for r in recs:
        L = r["labels"]
        out.update("url:" + u for u in L["urls"])
        out.update("email:" + e for e in L["emails"])
        out.update("phone:" + p for p in L["phones"])
        out.update(f"handle:{h['platform']}:{h['value']}" for h in L["handles"])
    return out


class Generator(unittest.TestCase):
    def test_deterministic_in_process(self):
        a = write.generate()
        b = write.generate()
        for s in write.SPLITS:
            self.assertEqual(write.dump(a[s]), write.dump(b[s]))

    def test_files_are_generator_output_under_any_hash_seed(self):
        for seed in ("0", "1", "4242"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], env=env,
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)

    def test_no_choice_crossed_splits(self):
        write.SHARED_USE.clear()
        write.generate()
        self.assertEqual(write.SHARED_USE, [])


class Files(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dev, cls.heldout = load("dev"), load("heldout")

    def test_counts_and_ids(self):
        self.assertEqual(len(self.dev), 200)
        self.assertEqual(len(self.heldout), 300)
        self.assertEqual([r["id"] for r in self.dev], [f"sel17d-{i:03d}" for i in range(1, 201)])
        self.assertEqual([r["id"] for r in self.heldout], [f"sel17h-{i:03d}" for i in range(1, 301)])

    def test_schema(self):
        for r in self.dev + self.heldout:
            self.assertIn(r["region"], REGIONS)
            self.assertRegex(r["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            self.assertEqual(r["labels"]["post_type"], CATEGORY_TYPE[r["category"]])
            self.assertEqual(r["labels"]["indicators"], [])
            self.assertTrue(r["location"] and r["lang"] and r["title"] and r["body"])
            for h in r["labels"]["handles"]:
                self.assertIn(h["platform"], PLATFORMS)
            for p in r["labels"]["phones"]:
                self.assertRegex(p, r"^\+[1-9]\d{6,14}$")

    def test_labels_present_in_text(self):
        for r in self.dev + self.heldout:
            L = r["labels"]
            got = {"url": set(), "email": set(), "phone": set(), "handle": set()}
            for s in r["spans"]:
                self.assertIn(s["raw"], r[s["field"]], r["id"])
                read = {"url": lambda: write.read_url(s["raw"]), "email": lambda: write.read_email(s["raw"]),
                        "handle": lambda: write.read_handle(s["raw"]),
                        "phone": lambda: write.read_phone(s["raw"], r["region"])}[s["kind"]]()
                self.assertEqual(read, s["value"], (r["id"], s["raw"]))
                got[s["kind"]].add((s["platform"], s["value"]) if s["kind"] == "handle" else s["value"])
            self.assertEqual(got["url"], set(L["urls"]), r["id"])
            self.assertEqual(got["email"], set(L["emails"]), r["id"])
            self.assertEqual(got["phone"], set(L["phones"]), r["id"])
            self.assertEqual(got["handle"], {(h["platform"], h["value"]) for h in L["handles"]}, r["id"])
            for h in r["hard_negatives"]:
                self.assertIn(h["raw"], r[h["field"]], r["id"])

    def test_labels_are_in_scorer_normal_form(self):
        sys.path.insert(0, ADS)
        import score  # eval/ads/score.py
        for r in self.dev + self.heldout:
            for u in r["labels"]["urls"]:
                self.assertEqual(score.norm_url(u), u)
                self.assertFalse(re.search(r"[?&](utm_|fbclid|gclid|igshid|yclid|ttclid)", u), u)
                self.assertNotIn("#", u)
            for e in r["labels"]["emails"]:
                self.assertEqual(e, e.lower())
                self.assertEqual(e.count("@"), 1)
            for h in r["labels"]["handles"]:
                self.assertEqual(score.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))

    def test_splits_disjoint(self):
        self.assertEqual(values(self.dev) & values(self.heldout), set())
        bodies = [r["body"] for r in self.dev + self.heldout]
        self.assertEqual(len(bodies), len(set(bodies)))

    def test_every_class_in_both_splits(self):
        def classes(recs):
            return ({(s["kind"], s["form"]) for r in recs for s in r["spans"]},
                    {h["kind"] for r in recs for h in r["hard_negatives"]})
        d, h = classes(self.dev), classes(self.heldout)
        self.assertEqual(d, h)

    def test_phones_valid(self):
        try:
            import phonenumbers
        except ImportError:
            self.skipTest("phonenumbers not installed")
        for r in self.dev + self.heldout:
            for p in r["labels"]["phones"]:
                self.assertTrue(phonenumbers.is_valid_number(phonenumbers.parse(p)), (r["id"], p))


if __name__ == "__main__":
    unittest.main()
