"""Tests of eval/selectors-eighteenth: python3 -m unittest eval/selectors-eighteenth/test_write.py"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import write  # noqa: E402

_spec = importlib.util.spec_from_file_location("ads_score", HERE.parent / "ads" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

KEYS = ["id", "title", "body", "region", "location", "posted_at", "lang", "category", "labels", "spans",
        "hard_negatives"]
LABEL_KEYS = ["post_type", "indicators", "handles", "urls", "emails", "phones"]
REGIONS = set(write.B.CITIES)
SHARED_HOSTS = set(write.B.SHORTENERS) | set(write.B.LINK_IN_BIO) | {
    "instagram.com", "facebook.com", "fb.com", "tiktok.com", "x.com", "twitter.com", "t.me", "telegram.me",
    "youtube.com", "snapchat.com", "onlyfans.com", "wa.me", "whatsapp.com"}


def load(side):
    with open(HERE / write.FILES[side], encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


FILES = {side: load(side) for side in ("dev", "held")}


def lines_of(text):
    parts = re.split(r"\n|<br\s*/?>|</?p>|\s\|\s|\s[•●▪️◾✨]+\s|\s{2,}", text)
    return {p.strip() for p in parts if len(p.split()) >= 3}


def classes(recs):
    out = set()
    for r in recs:
        out.add(("category", r["category"]))
        out.add(("post_type", r["labels"]["post_type"]))
        out.add(("lang", r["lang"]))
        for sp in r["spans"]:
            if sp["kind"] == "url":
                core, _, ctx = sp["form"].partition("+")
                out.add(("url_core", core))
                out.add(("url_context", ctx or "plain"))
            else:
                out.add((sp["kind"] + "_form", sp["form"]))
            if sp["kind"] == "handle":
                out.add(("platform", sp["platform"]))
        for h in r["hard_negatives"]:
            out.add(("hard_negative", h["kind"]))
    return out


class Generator(unittest.TestCase):
    def test_deterministic_in_process(self):
        a, b = write.build(), write.build()
        for side in ("dev", "held"):
            self.assertEqual(write.dumps(a[side]), write.dumps(b[side]))

    def test_deterministic_under_hash_seeds(self):
        outs = []
        for seed in ("0", "4242", "random"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, str(HERE / "write.py"), "--digest"], capture_output=True, text=True,
                               env=env, check=True)
            outs.append(r.stdout)
        self.assertEqual(len(set(outs)), 1, outs)
        committed = "".join(
            f"{write.FILES[s]} {hashlib.sha256((HERE / write.FILES[s]).read_bytes()).hexdigest()}\n"
            for s in ("dev", "held"))
        self.assertEqual(outs[0], committed, "committed files differ from the generator (run write.py)")

    def test_check_flag(self):
        r = subprocess.run([sys.executable, str(HERE / "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_files_equal_generator_output(self):
        out = write.build()
        for side in ("dev", "held"):
            self.assertEqual((HERE / write.FILES[side]).read_text(encoding="utf-8"), write.dumps(out[side]))


class Shape(unittest.TestCase):
    def test_counts_and_ids(self):
        for side, n in (("dev", 200), ("held", 300)):
            recs = FILES[side]
            self.assertEqual(len(recs), n)
            self.assertEqual([r["id"] for r in recs], [f"{write.PREFIX[side]}-{i:03d}" for i in range(1, n + 1)])

    def test_record_schema(self):
        for side, recs in FILES.items():
            for r in recs:
                self.assertEqual(list(r), KEYS, r["id"])
                self.assertEqual(list(r["labels"]), LABEL_KEYS, r["id"])
                self.assertIn(r["region"], REGIONS)
                self.assertIn(r["location"], write.B.CITIES[r["region"]])
                self.assertRegex(r["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                self.assertIn(r["category"], write.B.CAT_WEIGHT)
                self.assertEqual(r["labels"]["post_type"], write.B.POST_TYPE[r["category"]])
                for sp in r["spans"]:
                    self.assertEqual(list(sp), ["kind", "platform", "value", "raw", "form", "field"])
                    self.assertIn(sp["field"], ("title", "body"))
                    self.assertEqual(sp["platform"] is not None, sp["kind"] == "handle")
                for h in r["hard_negatives"]:
                    self.assertEqual(list(h), ["kind", "raw", "field"])
                    self.assertIn(h["kind"], write.HN_KINDS + ["glued_word"])

    def test_labels_present_and_equal_to_spans(self):
        for side, recs in FILES.items():
            for r in recs:
                L = r["labels"]
                want = {"urls": [], "emails": [], "phones": [], "handles": []}
                for sp in r["spans"]:
                    if sp["kind"] == "handle":
                        h = {"platform": sp["platform"], "value": sp["value"]}
                        if h not in want["handles"]:
                            want["handles"].append(h)
                    elif sp["value"] not in want[sp["kind"] + "s"]:
                        want[sp["kind"] + "s"].append(sp["value"])
                for k, v in want.items():
                    self.assertEqual(L[k], v, (r["id"], k))
        for side, recs in FILES.items():
            self.assertTrue(sum(len(r["labels"]["urls"]) for r in recs) > len(recs))

    def test_every_label_reads_back_and_every_trigger_is_covered(self):
        for side, recs in FILES.items():
            for r in recs:
                write.self_check(r)

    def test_labels_unchanged_by_score_normalisation(self):
        for side, recs in FILES.items():
            for r in recs:
                L = r["labels"]
                for u in L["urls"]:
                    self.assertEqual(score.norm_url(u), u, r["id"])
                    self.assertNotRegex(u, r"^(https?://|www\.)|#|:\d|/$", r["id"])
                    self.assertNotRegex(u, r"(?:[?&])(utm_[a-z]+|fbclid|gclid|igshid)=", r["id"])
                for e in L["emails"]:
                    self.assertEqual(e.lower(), e)
                    self.assertEqual(e.count("@"), 1)
                for h in L["handles"]:
                    self.assertEqual(score.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))
                for p in L["phones"]:
                    self.assertRegex(p, r"^\+\d{8,15}$")

    def test_phones_valid_if_libphonenumber_available(self):
        try:
            import phonenumbers  # noqa: F401
        except ImportError:
            self.skipTest("phonenumbers not installed")
        import phonenumbers
        for side, recs in FILES.items():
            for r in recs:
                for p in r["labels"]["phones"]:
                    self.assertTrue(phonenumbers.is_valid_number(phonenumbers.parse(p, None)), (r["id"], p))

    def test_self_check_catches_mistakes(self):
        r = copy.deepcopy(next(x for x in FILES["dev"] if x["labels"]["urls"] and x["hard_negatives"]))
        bad = copy.deepcopy(r)
        bad["body"] += " visit nowhere.example too"
        with self.assertRaises(AssertionError):
            write.self_check(bad)
        bad = copy.deepcopy(r)
        sp = next(s for s in bad["spans"] if s["kind"] == "url")
        sp["value"] = sp["value"] + "x"
        with self.assertRaises(AssertionError):
            write.self_check(bad)
        bad = copy.deepcopy(r)
        bad["hard_negatives"].append({"kind": "file_name", "raw": sp["raw"], "field": sp["field"]})
        with self.assertRaises(AssertionError):
            write.self_check(bad)


class Splits(unittest.TestCase):
    def test_selector_values_disjoint(self):
        vals = {}
        for side, recs in FILES.items():
            s = set()
            for r in recs:
                L = r["labels"]
                s |= set(L["urls"]) | set(L["emails"]) | set(L["phones"]) | {h["value"] for h in L["handles"]}
                # own sites: no registrable domain in both splits (shared services excepted)
                s |= {u.split("/")[0].split("?")[0] for u in L["urls"]} - SHARED_HOSTS
            vals[side] = s
        self.assertEqual(vals["dev"] & vals["held"], set())

    def test_bodies_and_lines_disjoint(self):
        self.assertEqual({r["body"] for r in FILES["dev"]} & {r["body"] for r in FILES["held"]}, set())
        self.assertEqual({r["title"] for r in FILES["dev"]} & {r["title"] for r in FILES["held"]}, set())
        dl, hl = set(), set()
        for r in FILES["dev"]:
            dl |= lines_of(r["body"]) | lines_of(r["title"])
        for r in FILES["held"]:
            hl |= lines_of(r["body"]) | lines_of(r["title"])
        self.assertEqual(dl & hl, set())

    def test_every_class_in_both_splits(self):
        d, h = classes(FILES["dev"]), classes(FILES["held"])
        self.assertEqual(d ^ h, set())
        kinds = {k for _, k in (x for x in d if x[0] == "hard_negative")}
        self.assertEqual(kinds, set(write.HN_KINDS) | {"glued_word"})
        cores = {k for t, k in d if t == "url_core"}
        self.assertEqual(cores, set(write.URL_CORES))
        ctxs = {k for t, k in d if t == "url_context"}
        self.assertEqual(ctxs, set(write.URL_CONTEXTS))

    def test_several_instances_per_form_more_in_heldout(self):
        from collections import Counter
        cnt = {}
        for side, recs in FILES.items():
            c = Counter()
            for r in recs:
                for sp in r["spans"]:
                    if sp["kind"] == "url":
                        core, _, ctx = sp["form"].partition("+")
                        c[("core", core)] += 1
                        c[("ctx", ctx or "plain")] += 1
                for hn in r["hard_negatives"]:
                    c[("hn", hn["kind"])] += 1
            cnt[side] = c
        for k, n in cnt["dev"].items():
            self.assertGreaterEqual(n, 5, k)
            self.assertGreater(cnt["held"][k], n, k)


if __name__ == "__main__":
    unittest.main()
