"""Checks for eval/selectors-tenth. Run from this folder: python3 -m unittest test_write.py"""

from __future__ import annotations

import importlib.util
import json
import re
import unittest
from pathlib import Path

import write

HERE = Path(__file__).resolve().parent
SCORE_PY = HERE.parent / "ads" / "score.py"


def load(split):
    with open(HERE / f"{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def selector_keys(rec, score):
    """Labelled handles, URLs and emails of a record, normalised as score.py compares them."""
    L = rec["labels"]
    keys = {("handle",) + score.norm_handle(h["platform"], h["value"]) for h in L["handles"]}
    keys |= {("url", score.norm_url(u)) for u in L["urls"]}
    keys |= {("email", e.lower()) for e in L["emails"]}
    return keys


class TestSelectorsTenth(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {split: load(split) for split, *_ in write.SPLITS}
        cls.score = load_score()

    def test_files_equal_generator_output(self):
        built = write.build()
        for split, recs in built.items():
            self.assertEqual((HERE / f"{split}.jsonl").read_bytes(), write.render(recs), split)

    def test_deterministic(self):
        a, b = write.build(), write.build()
        for split in a:
            self.assertEqual(write.render(a[split]), write.render(b[split]))

    def test_counts_and_ids(self):
        seen = set()
        for split, prefix, count, _ in write.SPLITS:
            recs = self.data[split]
            self.assertEqual(len(recs), count)
            for i, r in enumerate(recs, 1):
                self.assertEqual(r["id"], f"{prefix}-{i:03d}")
                self.assertNotIn(r["id"], seen)
                seen.add(r["id"])

    def test_label_format(self):
        for split, recs in self.data.items():
            for r in recs:
                L = r["labels"]
                for k in ("post_type", "indicators", "handles", "urls", "emails", "phones"):
                    self.assertIn(k, L, r["id"])
                self.assertIn(L["post_type"], self.score.POST_TYPES)
                for h in L["handles"]:
                    self.assertEqual(set(h), {"platform", "value"})
                    self.assertEqual(h["value"], h["value"].lower())
                    self.assertFalse(h["value"].startswith("@"))
                    self.assertNotIn(h["platform"], self.score.PLATFORM_ALIASES, "canonical platform names")
                for u in L["urls"]:
                    self.assertEqual(u, self.score.norm_url(u), r["id"])
                for e in L["emails"]:
                    self.assertRegex(e, r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
                for p in L["phones"]:
                    self.assertRegex(p, r"^\+[1-9]\d{7,14}$")
                self.score.gold_sets(r, False)          # the scorer can read it

    def test_every_label_has_raw_text_in_the_ad(self):
        for split, recs in self.data.items():
            for r in recs:
                text = r["title"] + "\n" + r["body"]
                L = r["labels"]
                raws = L["raw"]
                for x in raws:
                    self.assertIn(x["raw"], text, f"{r['id']}: {x}")
                have = {(x["kind"], x.get("platform"), x["value"]) for x in raws}
                want = {("handle", h["platform"], h["value"]) for h in L["handles"]}
                want |= {("url", None, u) for u in L["urls"]}
                want |= {("email", None, e) for e in L["emails"]}
                want |= {("phone", None, p) for p in L["phones"]}
                self.assertEqual(have, want, r["id"])
                for x in raws:
                    if x["kind"] == "handle":
                        self.assertIn(x["value"], x["raw"].lower(), r["id"])
                    elif x["kind"] == "url":
                        self.assertEqual(self.score.norm_url(x["raw"]), x["value"], r["id"])
                    elif x["kind"] == "email" and "@" in x["raw"] and " " not in x["raw"]:
                        self.assertEqual(x["raw"].lower(), x["value"], r["id"])
                    elif x["kind"] == "phone":
                        self.assertEqual(re.sub(r"\D", "", x["raw"])[-7:], x["value"][-7:], r["id"])

    def test_no_value_in_both_splits(self):
        dev = set().union(*(selector_keys(r, self.score) for r in self.data["dev"]))
        held = set().union(*(selector_keys(r, self.score) for r in self.data["heldout"]))
        self.assertFalse(dev & held, sorted(dev & held)[:5])
        dev_v = {k[-1] for k in dev}
        held_v = {k[-1] for k in held}
        self.assertFalse(dev_v & held_v, "a value string recurs across splits under another kind or platform")

    def test_hard_negative_share(self):
        for split, recs in self.data.items():
            share = sum(1 for r in recs if r["labels"]["hard_negatives"]) / len(recs)
            self.assertTrue(0.4 <= share <= 0.6, (split, share))

    def test_english_about_half(self):
        for split, recs in self.data.items():
            share = sum(1 for r in recs if r["language"] == "en") / len(recs)
            self.assertTrue(0.4 <= share <= 0.6, (split, share))
            self.assertEqual({r["language"] for r in recs}, set(write.T), split)


if __name__ == "__main__":
    unittest.main()
