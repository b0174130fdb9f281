"""Tests of the selectors-nineteenth set: python3 -m unittest eval/selectors-nineteenth/test_write.py"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks as B  # noqa: E402
import write as W  # noqa: E402

SCORE_PY = os.path.join(HERE, "..", "ads", "score.py")
SPLIT_SIZES = {"dev": (200, "sel19d"), "heldout": (300, "sel19h")}
KEYS = ["id", "title", "body", "region", "location", "posted_at", "lang", "category", "labels", "spans",
        "hard_negatives"]


def load(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_score():
    spec = importlib.util.spec_from_file_location("score_for_s19", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def overlaps(text, a_raw, b_raw):
    """Does any occurrence of a_raw overlap any occurrence of b_raw in text?"""
    for x0, x1 in W.occurrences(text, a_raw):
        for y0, y1 in W.occurrences(text, b_raw):
            if x0 < y1 and y0 < x1:
                return True
    return False


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(s) for s in ("dev", "heldout")}

    def records(self):
        for split in ("dev", "heldout"):
            for rec in self.data[split]:
                yield split, rec

    # -- the files are the generator's deterministic output -------------------------------
    def test_committed_files_are_the_generators_output(self):
        p = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True,
                           text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_output_is_identical_under_any_hash_seed(self):
        code = ("import sys, hashlib; sys.path.insert(0, %r); import write as W; out = W.build_checked(); "
                "print(hashlib.sha256((W.serialise(out['dev']) + W.serialise(out['heldout'])).encode()).hexdigest())"
                % HERE)
        digests = []
        for seed in ("0", "1", "4242", "random"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
            self.assertEqual(p.returncode, 0, p.stderr)
            digests.append(p.stdout.strip())
        with open(os.path.join(HERE, "dev.jsonl"), encoding="utf-8") as f:
            files = f.read()
        with open(os.path.join(HERE, "heldout.jsonl"), encoding="utf-8") as f:
            files += f.read()
        digests.append(hashlib.sha256(files.encode()).hexdigest())
        self.assertEqual(len(set(digests)), 1, digests)

    # -- shape ------------------------------------------------------------------------------
    def test_ids_and_counts(self):
        for split, (n, prefix) in SPLIT_SIZES.items():
            ids = [r["id"] for r in self.data[split]]
            self.assertEqual(ids, [f"{prefix}-{i:03d}" for i in range(1, n + 1)])

    def test_schema(self):
        for split, rec in self.records():
            keys = [k for k in KEYS if k in rec]
            self.assertEqual(list(rec), keys, rec["id"])
            for k in KEYS:
                if k != "location":
                    self.assertIn(k, rec, rec["id"])
            self.assertIn(rec["region"], B.EN_REGIONS + B.EU_REGIONS)
            self.assertIn(rec["lang"], ("en", "de", "nl", "da", "sv", "no"))
            self.assertEqual(rec["labels"]["post_type"], W.CATEGORY_TYPE[rec["category"]])
            self.assertEqual(rec["labels"]["indicators"], [])
            self.assertEqual(list(rec["labels"]), ["post_type", "indicators", "handles", "urls", "emails", "phones"])
            for s in rec["spans"]:
                self.assertEqual(list(s), ["kind", "platform", "value", "raw", "form", "field"])
                self.assertIn(s["field"], ("title", "body"))
                self.assertEqual(s["platform"] is not None, s["kind"] == "handle")
            for d in rec["hard_negatives"]:
                self.assertEqual(list(d), ["kind", "raw", "field"])

    # -- labels and spans ---------------------------------------------------------------------
    def test_every_span_raw_is_in_its_field(self):
        for split, rec in self.records():
            for s in rec["spans"]:
                self.assertIn(s["raw"], rec[s["field"]], (rec["id"], s))
            for d in rec["hard_negatives"]:
                self.assertIn(d["raw"], rec[d["field"]], (rec["id"], d))

    def test_every_label_has_a_span_and_every_span_a_label(self):
        for split, rec in self.records():
            L = rec["labels"]
            got = {"url": set(), "email": set(), "phone": set(), "handle": set()}
            for s in rec["spans"]:
                got[s["kind"]].add((s["platform"], s["value"]) if s["kind"] == "handle" else s["value"])
            self.assertEqual(got["url"], set(L["urls"]), rec["id"])
            self.assertEqual(got["email"], set(L["emails"]), rec["id"])
            self.assertEqual(got["phone"], set(L["phones"]), rec["id"])
            self.assertEqual(got["handle"], {(h["platform"], h["value"]) for h in L["handles"]}, rec["id"])
            for k in ("urls", "emails", "phones"):
                self.assertEqual(len(L[k]), len(set(L[k])), (rec["id"], k))

    def test_every_span_reads_back_to_its_label(self):
        for split, rec in self.records():
            for s in rec["spans"]:
                self.assertEqual(W.read_span(s, rec["region"]), s["value"], (rec["id"], s["raw"]))

    def test_no_hard_negative_overlaps_a_labelled_selector(self):
        for split, rec in self.records():
            for d in rec["hard_negatives"]:
                for s in rec["spans"]:
                    if s["field"] == d["field"]:
                        self.assertFalse(overlaps(rec[d["field"]], d["raw"], s["raw"]), (rec["id"], d, s["raw"]))

    def test_labels_are_fixed_points_of_score_py(self):
        score = load_score()
        for split, rec in self.records():
            L = rec["labels"]
            for u in L["urls"]:
                self.assertEqual(score.norm_url(u), u, rec["id"])
            for h in L["handles"]:
                self.assertEqual(score.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]), rec["id"])
            for e in L["emails"]:
                self.assertEqual(e, e.lower().strip(), rec["id"])
            for p in L["phones"]:
                self.assertRegex(p, r"^\+[1-9]\d{6,14}$", rec["id"])

    def test_gold_fed_back_scores_perfectly(self):
        score = load_score()
        args = argparse.Namespace(no_profile_urls=False, errors=0)
        for split in ("dev", "heldout"):
            gold = self.data[split]
            preds = []
            for rec in gold:
                L = rec["labels"]
                sel = [{"kind": "url", "value": u} for u in L["urls"]]
                sel += [{"kind": "email", "value": e} for e in L["emails"]]
                sel += [{"kind": "phone", "value": p} for p in L["phones"]]
                sel += [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                preds.append({"id": rec["id"], "selectors": sel, "indicators": []})
            res = score.score(gold, preds, args)
            for k in ("handles", "urls", "emails", "phones"):
                d = res["selectors"][k]
                self.assertEqual((d["fp"], d["fn"]), (0, 0), (split, k))

    # -- splits -------------------------------------------------------------------------------
    def test_splits_share_no_selector_value_and_no_body(self):
        vals = {}
        for split in ("dev", "heldout"):
            v = set()
            for rec in self.data[split]:
                L = rec["labels"]
                v |= {("u", x) for x in L["urls"]} | {("e", x) for x in L["emails"]} | {("p", x) for x in L["phones"]}
                v |= {("h", h["platform"], h["value"]) for h in L["handles"]}
            vals[split] = v
        self.assertEqual(vals["dev"] & vals["heldout"], set())
        bodies = [rec["body"] for _, rec in self.records()]
        self.assertEqual(len(bodies), len(set(bodies)))

    def test_every_form_and_decoy_kind_is_in_both_splits(self):
        seen = {}
        for split in ("dev", "heldout"):
            seen[split] = {(s["kind"], s["form"]) for rec in self.data[split] for s in rec["spans"]}
            seen[split] |= {("hard_negative", d["kind"]) for rec in self.data[split] for d in rec["hard_negatives"]}
        self.assertEqual(seen["dev"], seen["heldout"])
        kinds = {k for _, k in seen["dev"] if _ == "hard_negative"}
        for k, _ in W.DECOY_QUOTA:
            self.assertIn(k, kinds)

    def test_bank_split_is_a_partition(self):
        banks = [("TITLES/" + "/".join(k), v) for k, v in B.TITLES.items()]
        banks += [("LINES/" + "/".join(k), v) for k, v in B.LINES.items()]
        banks += [("CLOSINGS/" + k, v) for k, v in B.CLOSINGS.items()]
        banks += [("FIRST_NAMES_EN", B.FIRST_NAMES_EN), ("FIRST_NAMES_EU", B.FIRST_NAMES_EU),
                  ("SURNAMES", B.SURNAMES), ("ESCORT_WORDS", B.ESCORT_WORDS), ("SPA_WORDS", B.SPA_WORDS),
                  ("AGENCY_WORDS", B.AGENCY_WORDS), ("PLACE_WORDS", B.PLACE_WORDS)]
        kinds = []
        for d in B.DECOYS:
            if d[0] not in kinds:
                kinds.append(d[0])
        banks += [("DECOYS/" + k, [d for d in B.DECOYS if d[0] == k]) for k in kinds]
        for name, entries in banks:
            dev, held = W.sided(name, entries, "dev"), W.sided(name, entries, "heldout")
            if len(entries) < 2:
                self.assertEqual(dev, held)
                continue
            self.assertTrue(dev and held, name)
            self.assertEqual(sorted(map(repr, dev + held)), sorted(map(repr, entries)), name)
            self.assertFalse([e for e in dev if e in held], name)

    def test_no_decoy_template_crossed_the_split(self):
        kinds = []
        for d in B.DECOYS:
            if d[0] not in kinds:
                kinds.append(d[0])
        for k in kinds:
            entries = [d for d in B.DECOYS if d[0] == k]
            for split in ("dev", "heldout"):
                other = "heldout" if split == "dev" else "dev"
                mine = [d for d in W.sided("DECOYS/" + k, entries, split) if "{" not in d[4]]
                theirs = [d for d in W.sided("DECOYS/" + k, entries, other) if "{" not in d[4]]
                mine_raw = {r.kind + "\x00" + r.raw for d in mine for r in W.parse_marked(d[4], k)
                            if isinstance(r, W.Dec)}
                only_theirs = {r.kind + "\x00" + r.raw for d in theirs for r in W.parse_marked(d[4], k)
                               if isinstance(r, W.Dec)} - mine_raw
                for rec in self.data[split]:
                    for d in rec["hard_negatives"]:
                        self.assertNotIn(d["kind"] + "\x00" + d["raw"], only_theirs, (split, rec["id"], d))

    # -- phones ----------------------------------------------------------------------------------
    def test_phones_are_valid(self):
        try:
            import phonenumbers
            from phonenumbers import PhoneNumberType as T
        except ImportError:
            self.skipTest("phonenumbers is not installed")
        ok_types = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
        for split, rec in self.records():
            for p in rec["labels"]["phones"]:
                n = phonenumbers.parse(p, None)
                self.assertTrue(phonenumbers.is_valid_number(n), (rec["id"], p))
                self.assertIn(phonenumbers.number_type(n), ok_types, (rec["id"], p))
            for s in rec["spans"]:
                if s["kind"] == "phone" and s["form"] in ("national", "dotted", "glued_to_email"):
                    n = phonenumbers.parse(s["raw"], rec["region"])
                    self.assertEqual(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), s["value"],
                                     (rec["id"], s["raw"]))


if __name__ == "__main__":
    unittest.main()
