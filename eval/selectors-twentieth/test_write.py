#!/usr/bin/env python3
"""Tests for eval/selectors-twentieth. Standard library only, no pytest:

    python3 eval/selectors-twentieth/test_write.py

Re-runs the writer into a temporary directory (twice, under different PYTHONHASHSEED values) and
checks byte identity with the committed files; checks the record schema, that every span and every
hard negative sits in its field at its stated position, that the labels are exactly the spans'
values, that no hard negative overlaps a span, that labels are fixed points of eval/ads/score.py's
normalisation, and that a perfect prediction built from the labels scores precision and recall 1.0
(an empty one recall 0) with eval/ads/score.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCORE = os.path.join(ROOT, "eval", "ads", "score.py")
SPLITS = {"dev": ("sel20d", 200), "heldout": ("sel20h", 350)}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


W = load("selectors_twentieth_write", os.path.join(HERE, "write.py"))
S = load("eval_ads_score", SCORE)


def read(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


DATA = {split: read(split) for split in SPLITS}
ARGS = argparse.Namespace(no_profile_urls=False, errors=0)


def perfect(recs):
    out = []
    for r in recs:
        L = r["labels"]
        sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
        sel += [{"kind": "url", "value": u} for u in L["urls"]]
        sel += [{"kind": "email", "value": e} for e in L["emails"]]
        sel += [{"kind": "phone", "value": p} for p in L["phones"]]
        out.append({"id": r["id"], "selectors": sel, "indicators": [], "post_type": L["post_type"]})
    return out


class TestDeterminism(unittest.TestCase):
    def test_byte_identical_rerun(self):
        for seed in ("0", "12345"):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--out", tmp], check=True, env=env)
                for split in SPLITS:
                    with open(os.path.join(tmp, f"{split}.jsonl"), "rb") as a, \
                            open(os.path.join(HERE, f"{split}.jsonl"), "rb") as b:
                        self.assertEqual(a.read(), b.read(), f"{split}.jsonl differs (PYTHONHASHSEED={seed})")


class TestSchema(unittest.TestCase):
    def test_ids_counts_keys(self):
        for split, (prefix, n) in SPLITS.items():
            recs = DATA[split]
            self.assertEqual(len(recs), n)
            self.assertEqual([r["id"] for r in recs], [f"{prefix}-{i:03d}" for i in range(1, n + 1)])
            for r in recs:
                for k in ("id", "title", "body", "region", "posted_at", "lang", "category", "route", "labels",
                          "spans", "hard_negatives"):
                    self.assertIn(k, r, r["id"])
                L = r["labels"]
                self.assertEqual(sorted(L), ["emails", "handles", "indicators", "phones", "post_type", "urls"])
                self.assertIn(L["post_type"], S.POST_TYPES)
                self.assertEqual(L["post_type"], W.POST_TYPE[r["category"]])
                self.assertEqual(L["indicators"], [])
                for h in L["handles"]:
                    self.assertEqual(sorted(h), ["platform", "value"])
                for sp in r["spans"]:
                    self.assertIn(sp["kind"], ("url", "email", "handle", "phone"))
                    self.assertIn(sp["field"], ("title", "body"))
                for n_ in r["hard_negatives"]:
                    self.assertIn(n_["field"], ("title", "body"))

    def test_controls(self):
        for split, (_, n) in SPLITS.items():
            ctrl = [r for r in DATA[split] if not any(r["labels"][k] for k in ("handles", "urls", "emails", "phones"))]
            self.assertEqual(len(ctrl), round(n * W.CONTROL_SHARE), split)
            for r in ctrl:
                self.assertEqual(r["spans"], [], r["id"])


class TestSpans(unittest.TestCase):
    def test_positions(self):
        for split in SPLITS:
            for r in DATA[split]:
                for sp in r["spans"] + r["hard_negatives"]:
                    text, a = r[sp["field"]], sp["start"]
                    self.assertEqual(text[a:a + len(sp["raw"])], sp["raw"], (r["id"], sp))

    def test_labels_are_span_values(self):
        for split in SPLITS:
            for r in DATA[split]:
                exp = {"handles": [], "urls": [], "emails": [], "phones": []}
                for sp in r["spans"]:
                    if sp["kind"] == "handle":
                        v = {"platform": sp["platform"], "value": sp["value"]}
                    else:
                        v = sp["value"]
                    lst = exp[sp["kind"] + "s"]
                    if v not in lst:
                        lst.append(v)
                for k in exp:
                    self.assertEqual(r["labels"][k], exp[k], (r["id"], k))

    def test_raw_reads_back(self):
        # the writer's own self-check: readers, trigger coverage, no decoy inside a span
        for split in SPLITS:
            for r in DATA[split]:
                W.self_check(r)

    def test_no_negative_overlaps_a_span(self):
        for split in SPLITS:
            for r in DATA[split]:
                for n_ in r["hard_negatives"]:
                    a, b = n_["start"], n_["start"] + len(n_["raw"])
                    for sp in r["spans"]:
                        if sp["field"] == n_["field"]:
                            self.assertFalse(sp["start"] < b and a < sp["start"] + len(sp["raw"]), (r["id"], n_, sp))

    def test_labels_fixed_points_of_score_normalisation(self):
        for split in SPLITS:
            for r in DATA[split]:
                L = r["labels"]
                for u in L["urls"]:
                    self.assertEqual(S.norm_url(u), u, r["id"])
                for e in L["emails"]:
                    self.assertEqual(e.lower(), e, r["id"])
                for h in L["handles"]:
                    self.assertEqual(S.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]), r["id"])
                    self.assertFalse(h["value"].startswith("+"), r["id"])
                for p in L["phones"]:
                    self.assertRegex(p, r"^\+[1-9]\d{6,14}$")

    def test_phones_valid(self):
        try:
            import phonenumbers
            from phonenumbers import PhoneNumberType as T
        except ImportError:
            self.skipTest("phonenumbers not installed")
        for split in SPLITS:
            for r in DATA[split]:
                for p in r["labels"]["phones"]:
                    x = phonenumbers.parse(p)
                    self.assertTrue(phonenumbers.is_valid_number(x), (r["id"], p))
                    self.assertIn(phonenumbers.number_type(x), (T.MOBILE, T.FIXED_LINE_OR_MOBILE), (r["id"], p))


class TestScore(unittest.TestCase):
    def test_perfect_prediction(self):
        for split in SPLITS:
            for no_profile in (False, True):
                args = argparse.Namespace(no_profile_urls=no_profile, errors=0)
                res = S.score(DATA[split], perfect(DATA[split]), args)
                self.assertEqual(res["missing_in_output"], 0)
                for k in ("handles", "urls", "emails", "phones"):
                    d = res["selectors"][k]
                    self.assertEqual((d["precision"], d["recall"]), (1.0, 1.0), (split, k, no_profile, d))
                self.assertEqual(res["post_type"]["accuracy"], 1.0)

    def test_empty_prediction(self):
        for split in SPLITS:
            empty = [{"id": r["id"], "selectors": [], "indicators": []} for r in DATA[split]]
            res = S.score(DATA[split], empty, ARGS)
            for k in ("handles", "urls", "emails", "phones"):
                d = res["selectors"][k]
                self.assertGreater(d["fn"], 0, k)
                self.assertEqual(d["recall"], 0.0, k)
                self.assertIsNone(d["precision"], k)

    def test_score_cli_runs(self):
        for split in SPLITS:
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
                for o in perfect(DATA[split]):
                    f.write(json.dumps(o) + "\n")
                path = f.name
            try:
                out = subprocess.run([sys.executable, SCORE, os.path.join(HERE, f"{split}.jsonl"), path, "--json"],
                                     check=True, capture_output=True, text=True).stdout
            finally:
                os.unlink(path)
            res = json.loads(out)
            for k in ("handles", "urls", "emails"):
                self.assertEqual(res["selectors"][k]["precision"], 1.0)
                self.assertEqual(res["selectors"][k]["recall"], 1.0)


class TestSplits(unittest.TestCase):
    def test_disjoint(self):
        vals = {s: {(sp["kind"], sp["value"]) for r in DATA[s] for sp in r["spans"]} for s in SPLITS}
        self.assertEqual(vals["dev"] & vals["heldout"], set())
        bodies = [r["body"] for s in SPLITS for r in DATA[s]]
        self.assertEqual(len(bodies), len(set(bodies)))

    def test_every_class_in_both_splits(self):
        forms = {s: {(sp["kind"], sp["form"]) for r in DATA[s] for sp in r["spans"]} for s in SPLITS}
        negs = {s: {n_["kind"] for r in DATA[s] for n_ in r["hard_negatives"]} for s in SPLITS}
        plats = {s: {h["platform"] for r in DATA[s] for h in r["labels"]["handles"]} for s in SPLITS}
        self.assertEqual(forms["dev"], forms["heldout"])
        self.assertEqual(negs["dev"], negs["heldout"])
        self.assertEqual(plats["dev"], plats["heldout"])
        want_negs = set(W.NEG_QUOTA) | {"glued_after_selector"}
        self.assertEqual(negs["dev"], want_negs)
        self.assertEqual(plats["dev"], {"telegram", "instagram", "tiktok", "snapchat", "twitter", "facebook", "wechat",
                                        "line", "kakaotalk", "signal"})

    def test_bank_sides_partition(self):
        banks = {"title": lambda b: b["title"], "line": lambda b: b["line"]}
        for (cat, lang), bank in W.BANK.items():
            for name, get in banks.items():
                items = get(bank)
                d = W.side(f"{name}:{cat}:{lang}", items, "dev")
                h = W.side(f"{name}:{cat}:{lang}", items, "heldout")
                self.assertEqual(sorted(d + h), sorted(items))
                if len(items) >= 2:
                    self.assertFalse(set(d) & set(h))


if __name__ == "__main__":
    unittest.main(verbosity=1)
