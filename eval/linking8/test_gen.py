#!/usr/bin/env python3
"""Tests for the linking8 generator (python3 -m unittest eval/linking8/test_gen.py, or run it).

Held-out seeds 801, 802, 803 are documented in README.md and must never be used for tuning;
these tests only use dev seeds (1) and throwaway seeds (7, 11)."""
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen  # noqa: E402
import stats  # noqa: E402

HELD_OUT = (801, 802, 803)
DEV = (1, 2, 3)
N_BIG = 20000


def run_gen(seed, n, d, hashseed="0"):
    paths = [os.path.join(d, x) for x in ("posts.jsonl", "truth.jsonl", "sel.jsonl")]
    env = dict(os.environ, PYTHONHASHSEED=str(hashseed))
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--seed", str(seed), "--posts", str(n),
                    "--out", paths[0], "--truth", paths[1], "--selectors", paths[2]], check=True, env=env)
    return paths


def read_text(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def load(paths):
    return [stats.read_jsonl(p) for p in paths]


class Big(unittest.TestCase):
    """One 20,000-post dev-seed corpus shared by the tests below."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.posts, cls.truth, cls.side = load(run_gen(1, N_BIG, cls.tmp.name))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_counts_and_truth_cover_every_post(self):
        ids = [p["id"] for p in self.posts]
        self.assertEqual(len(ids), N_BIG)
        self.assertEqual(len(set(ids)), N_BIG)
        self.assertEqual(ids, [t["id"] for t in self.truth])
        self.assertEqual(ids, [s["id"] for s in self.side])
        for t, s in zip(self.truth, self.side):
            self.assertTrue(t["network"])
            self.assertEqual(t["network"], s["network"])
            self.assertEqual(t["class"], s["class"])

    def test_class_shares_within_tolerance(self):
        n = len(self.truth)
        for cls, share in gen.SHARES:
            got = sum(1 for t in self.truth if t["class"] == cls) / n
            self.assertAlmostEqual(got, share, delta=0.005, msg=cls)

    def test_other_shares(self):
        n = len(self.posts)
        loc = sum(1 for p in self.posts if p.get("location")) / n
        reg = sum(1 for p in self.posts if p.get("region")) / n
        self.assertTrue(0.46 < loc < 0.54, loc)
        self.assertTrue(0.17 < reg < 0.23, reg)
        ring = [s for s in self.side if s["class"] == "ring"]
        nc = sum(1 for s in ring if s["no_contact"]) / len(ring)
        self.assertTrue(0.17 < nc < 0.23, nc)
        for s in ring:
            if s["no_contact"]:
                self.assertFalse([x for x in s["selectors"] if x["role"] == "own"], s["id"])
        lovers = {t["actor"]: t["network"] for t in self.truth if t["class"] == "lover"}
        in_ring = sum(1 for v in lovers.values() if v.startswith("ring-")) / len(lovers)
        self.assertTrue(0.25 < in_ring < 0.55, in_ring)
        langs = {s["language"] for s in self.side}
        for lang in ("de", "nl", "fr", "it", "es", "en", "ro", "bg", "uk", "ru", "pl"):
            self.assertIn(lang, langs)
        emp_langs = {s["language"] for s in self.side if s["class"] == "employer"}
        self.assertGreaterEqual(len(emp_langs), 5)

    def test_every_planted_selector_is_in_the_text_as_raw(self):
        for p, s in zip(self.posts, self.side):
            for x in s["selectors"]:
                text = p[x["field"]]
                self.assertTrue(x["raw"], s["id"])
                self.assertEqual(text[x["start"]:x["end"]], x["raw"], s["id"])
                self.assertIn(x["role"], ("own", "hub", "stolen"))
                self.assertIn(x["kind"], ("phone", "email", "handle", "url", "licence"))

    def test_phone_values_are_e164_from_the_pool(self):
        pool = json.loads(read_text("number_pool.json"))
        known = set()
        for c in pool["countries"].values():
            for row in c["mobile"] + c["tollfree"] + [r for v in c["fixed"].values() for r in v]:
                known.add("+" + c["cc"] + row[0])
        for row in pool["nanp"]:
            known.add("+1" + row[1])
        for s in self.side:
            for x in s["selectors"]:
                if x["kind"] == "phone":
                    self.assertRegex(x["value"], r"^\+\d{8,15}$")
                    self.assertIn(x["value"], known)
                    if x["value"].startswith("+1"):
                        self.assertRegex(x["value"], r"^\+1\d{3}55501\d\d$")

    def test_hubs_touch_many_networks(self):
        nets = {}
        for s in self.side:
            for x in s["selectors"]:
                if x["role"] == "hub":
                    nets.setdefault((x["kind"], x["value"]), set()).add(s["network"])
        self.assertGreater(len(nets), 40)
        for k, v in nets.items():
            self.assertGreaterEqual(len(v), 3, k)

    def test_own_values_only_shared_when_recycled(self):
        owners = {}
        for s in self.side:
            for x in s["selectors"]:
                if x["role"] == "own":
                    owners.setdefault((x["kind"], x["value"]), set()).add(s["network"])
        recycled = {x["value"] for s in self.side for x in s["selectors"] if x.get("recycled")}
        self.assertGreater(len(recycled), 0)
        for (kind, value), nets in owners.items():
            if len(nets) > 1:
                self.assertEqual(kind, "phone")
                self.assertIn(value, recycled)
        # a recycled number is used by a seller first and by a ring later, never overlapping
        for v in recycled:
            users = [(s["class"], p["posted_at"]) for p, s in zip(self.posts, self.side)
                     if any(x["value"] == v for x in s["selectors"])]
            sellers = [t for c, t in users if c == "seller"]
            others = [t for c, t in users if c != "seller"]
            if sellers and others:
                self.assertLess(max(sellers)[:10], min(others)[:10])

    def test_stolen_content_belongs_to_the_scammer(self):
        by_id = {s["id"]: s for s in self.side}
        n_stolen = 0
        for s in self.side:
            if s["class"] != "scam":
                for ph in s["photos"]:
                    self.assertNotEqual(ph["role"], "stolen")
                continue
            self.assertTrue(s["network"].startswith("scam-"))
            victim = [t for t in s["templates"] if t.startswith("stolen-from:")]
            self.assertEqual(len(victim), 1)
            v = by_id[victim[0].split(":", 1)[1]]
            self.assertIn(v["class"], ("ring", "indep"))
            self.assertLess(v["id"], s["id"])
            for ph in s["photos"]:
                if ph["role"] == "stolen":
                    n_stolen += 1
                    self.assertEqual(ph["owner"], v["network"])
            for x in s["selectors"]:
                if x["role"] == "stolen":
                    self.assertNotEqual(x["owner"], s["actor"])
        self.assertGreater(n_stolen, 0)

    def test_stock_templates_span_networks(self):
        nets = {}
        for s in self.side:
            for t in s["templates"]:
                if t.startswith("stock-studio:") or t.startswith("stock-job:"):
                    nets.setdefault(t, set()).add(s["network"])
        self.assertTrue(any(len(v) >= 2 for k, v in nets.items() if k.startswith("stock-studio:")))
        self.assertTrue(all(len(v) >= 5 for k, v in nets.items() if k.startswith("stock-job:")))

    def test_record_fields(self):
        rfc = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|\+0[12]:00)$")
        for p in self.posts:
            self.assertTrue(p.get("title") or p.get("body"))
            self.assertRegex(p["posted_at"], rfc)
            self.assertTrue("2025-01-01" <= p["posted_at"][:10] <= "2026-03-01")
            for h in p.get("image_hashes", []):
                self.assertRegex(h, r"^[0-9a-f]{64}$")
            if "region" in p:
                self.assertRegex(p["region"], r"^[A-Z]{2}$")

    def test_oracle_and_scoring(self):
        perfect = stats.score(self.truth, {t["id"]: t["network"] for t in self.truth})
        self.assertEqual(perfect["all"]["pairwise"]["f1"], 1.0)
        self.assertEqual(perfect["all"]["bcubed"]["f1"], 1.0)
        single = stats.score(self.truth, {})
        self.assertEqual(single["all"]["bcubed"]["precision"], 1.0)
        orc = stats.score(self.truth, stats.oracle(self.side))
        ph = stats.score(self.truth, stats.oracle(self.side, phones_only=True))
        self.assertGreater(orc["all"]["pairwise"]["f1"], ph["all"]["pairwise"]["f1"])
        self.assertLess(orc["all"]["pairwise"]["precision"], 1.0)  # recycled numbers
        self.assertLess(ph["all"]["pairwise"]["recall"], 0.8)      # rotation, no-contact posts


class Determinism(unittest.TestCase):
    def test_byte_identical_whatever_hashseed(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            pa = run_gen(11, 2500, a, hashseed="0")
            pb = run_gen(11, 2500, b, hashseed="4242")
            for x, y in zip(pa, pb):
                with open(x, "rb") as fx, open(y, "rb") as fy:
                    self.assertEqual(fx.read(), fy.read(), x)

    def test_seeds_differ(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            pa = run_gen(7, 500, a)
            pb = run_gen(11, 500, b)
            with open(pa[0], "rb") as fx, open(pb[0], "rb") as fy:
                self.assertNotEqual(fx.read(), fy.read())


class Docs(unittest.TestCase):
    def test_held_out_seeds_documented(self):
        readme = read_text("README.md")
        for seed in HELD_OUT + DEV:
            self.assertIn(str(seed), readme)
        self.assertIn("HELD-OUT", readme)
        self.assertIn("nobody tunes on them", readme)
        self.assertIn("written blind", readme)
        self.assertTrue(os.path.exists(os.path.join(HERE, "SPEC.md")))

    def test_generator_is_stdlib_only(self):
        allowed = {"argparse", "json", "os", "re", "sys", "datetime", "random", "places", "text_escort",
                   "text_misc", "text_work"}
        for name in ("gen.py", "places.py", "text_escort.py", "text_misc.py", "text_work.py", "stats.py"):
            tree = ast.parse(read_text(name))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    mods = [a.name.split(".")[0] for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    mods = [(node.module or "").split(".")[0]]
                else:
                    continue
                for m in mods:
                    self.assertIn(m, allowed | {"collections"}, f"{name} imports {m}")


if __name__ == "__main__":
    unittest.main()
