"""Checks for the selectors-eleventh eval set. Run `python3 -m unittest` from this directory."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE.parent / "ads" / "score.py"
SPLITS = {"dev": ("dev.jsonl", 150, "sel11d"), "heldout": ("heldout.jsonl", 300, "sel11h")}
KINDS = ("handles", "urls", "emails", "phones")


def load(name):
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def values(ads):
    out = set()
    for a in ads:
        L = a["labels"]
        out |= {h["value"] for h in L["handles"]}
        for k in ("urls", "emails", "phones"):
            out |= set(L[k])
    return out


class TestEvalSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {k: load(f) for k, (f, _, _) in SPLITS.items()}
        cls.score = load_module(SCORE, "score_mod")
        cls.write = load_module(HERE / "write.py", "write_mod")

    def test_files_equal_generator_output(self):
        r = subprocess.run([sys.executable, str(HERE / "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = self.write.outputs()
        for name, text in files.items():
            self.assertEqual((HERE / name).read_text(encoding="utf-8"), text, name)

    def test_sizes_and_ids(self):
        all_ids = []
        for k, (_, n, prefix) in SPLITS.items():
            ads = self.data[k]
            self.assertEqual(len(ads), n)
            self.assertEqual([a["id"] for a in ads], [f"{prefix}-{i:03d}" for i in range(1, n + 1)])
            all_ids += [a["id"] for a in ads]
        self.assertEqual(len(all_ids), len(set(all_ids)))

    def test_record_fields(self):
        for ads in self.data.values():
            for a in ads:
                for f in ("id", "title", "body", "region", "site", "language", "url", "posted_at", "labels"):
                    self.assertIn(f, a)
                self.assertNotIn("\n", a["body"])
                self.assertRegex(a["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                L = a["labels"]
                for k in KINDS + ("post_type", "indicators", "spans", "hard_negatives"):
                    self.assertIn(k, L)

    def test_raw_text_occurs(self):
        for ads in self.data.values():
            for a in ads:
                for s in a["labels"]["spans"]:
                    self.assertIn(s["raw"], a[s["field"]], a["id"])
                for n in a["labels"]["hard_negatives"]:
                    self.assertIn(n["raw"], a[n["field"]], a["id"])

    def test_every_label_has_a_span_and_back(self):
        for ads in self.data.values():
            for a in ads:
                L = a["labels"]
                from_spans = {k: set() for k in KINDS}
                for s in L["spans"]:
                    if s["kind"] == "handle":
                        from_spans["handles"].add((s["platform"], s["value"]))
                    else:
                        from_spans[s["kind"] + "s"].add(s["value"])
                self.assertEqual(from_spans["handles"], {(h["platform"], h["value"]) for h in L["handles"]}, a["id"])
                for k in ("urls", "emails", "phones"):
                    self.assertEqual(from_spans[k], set(L[k]), a["id"])
                    self.assertEqual(len(L[k]), len(set(L[k])), a["id"])

    def test_values_normalised(self):
        platforms = {"instagram", "snapchat", "kik", "telegram", "twitter", "tiktok", "onlyfans", "facebook"}
        for ads in self.data.values():
            for a in ads:
                L = a["labels"]
                for h in L["handles"]:
                    self.assertIn(h["platform"], platforms)
                    self.assertEqual(h["value"], h["value"].lower())
                    self.assertFalse(h["value"].startswith("@"))
                for u in L["urls"]:
                    self.assertEqual(u, self.score.norm_url(u))
                for e in L["emails"]:
                    self.assertRegex(e, r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
                for p in L["phones"]:
                    self.assertRegex(p, r"^\+[1-9]\d{7,14}$")
                for s in L["spans"]:
                    if s["kind"] == "url":
                        self.assertEqual(self.score.norm_url(s["raw"]), s["value"], a["id"])
                    if s["kind"] == "email" and s["form"] in ("plain", "disclaimer"):
                        self.assertEqual(s["raw"].lower(), s["value"], a["id"])

    def test_no_value_in_both_splits(self):
        self.assertFalse(values(self.data["dev"]) & values(self.data["heldout"]))

    def test_hard_negatives_share(self):
        for k, ads in self.data.items():
            with_neg = sum(1 for a in ads if a["labels"]["hard_negatives"])
            self.assertGreaterEqual(with_neg, len(ads) / 2, k)
            for a in ads:
                for n in a["labels"]["hard_negatives"]:
                    self.assertIn(n["kind"], self.write.NEG_KINDS)

    def test_no_unlabelled_lookalikes(self):
        for ads in self.data.values():
            for a in ads:
                self.write.lint(a)

    def test_labels_score_perfectly(self):
        for k, (fname, _, _) in SPLITS.items():
            with tempfile.TemporaryDirectory() as tmp:
                pred = Path(tmp) / "pred.jsonl"
                with open(pred, "w", encoding="utf-8") as f:
                    for a in self.data[k]:
                        L = a["labels"]
                        sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                        sel += [{"kind": "url", "value": u} for u in L["urls"]]
                        sel += [{"kind": "email", "value": e} for e in L["emails"]]
                        sel += [{"kind": "phone", "value": p} for p in L["phones"]]
                        f.write(json.dumps({"id": a["id"], "selectors": sel}) + "\n")
                r = subprocess.run([sys.executable, str(SCORE), str(HERE / fname), str(pred), "--json"],
                                   capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
                res = json.loads(r.stdout)
                self.assertEqual(res["missing_in_output"], 0)
                for kind in KINDS:
                    d = res["selectors"][kind]
                    self.assertGreater(d["tp"], 0, (k, kind))
                    self.assertEqual((d["precision"], d["recall"], d["fp"], d["fn"]), (1.0, 1.0, 0, 0), (k, kind))


if __name__ == "__main__":
    unittest.main()
