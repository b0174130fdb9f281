#!/usr/bin/env python3
"""Tests for the linking2 generator (standard-library unittest).

    python3 -m unittest discover -s eval/linking2 -p 'test_*.py'

Uses development seeds only (1 and 2); the held-out seeds are never generated here.
"""
import collections
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen.py")
STATS = os.path.join(HERE, "stats.py")
sys.path.insert(0, HERE)
import texts as TX  # noqa: E402

N = 3000


def run_gen(seed, n, folder, tag, hashseed="0"):
    out = os.path.join(folder, f"{tag}.posts.jsonl")
    truth = os.path.join(folder, f"{tag}.truth.jsonl")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    subprocess.run([sys.executable, GEN, "--seed", str(seed), "--posts", str(n), "--out", out, "--truth", truth],
                   check=True, env=env)
    return out, truth


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def decodings(raw):
    """every digit string the raw mention can be read as, one per language's number words"""
    s = raw.replace("\ufe0f", "").replace("\u20e3", "")
    s = "".join(str(TX.ARABIC_INDIC.index(c)) if c in TX.ARABIC_INDIC else c for c in s)
    for marker in ("wa.me/", "phone="):
        if marker in s:
            s = s.split(marker, 1)[1]
    out = set()
    for lang, words in TX.DIGIT_WORDS.items():
        t = s.lower()
        for w in sorted(words, key=len, reverse=True):
            t = t.replace(w, str(words.index(w)))
        t = t.replace("o", "0")
        out.add("".join(c for c in t if c.isdigit()))
    return out


class GenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cls.a = run_gen(1, N, d, "a", hashseed="1")
        cls.b = run_gen(1, N, d, "b", hashseed="2")
        cls.c = run_gen(2, N, d, "c")
        cls.posts = read(cls.a[0])
        cls.truth = read(cls.a[1])
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)
        cls.forms = {}
        for country, c in pool["countries"].items():
            cc = c["cc"]
            for kind in ("mobile", "fixed", "tollfree"):
                for intl, nat in c[kind]:
                    e164 = "+" + "".join(ch for ch in intl if ch.isdigit())
                    nsn = e164[1 + len(cc):]
                    natd = "".join(ch for ch in nat if ch.isdigit())
                    cls.forms[e164] = {cc + nsn, nsn, natd, "00" + cc + nsn, cc + natd}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_deterministic_byte_for_byte(self):
        self.assertEqual(sha(self.a[0]), sha(self.b[0]))
        self.assertEqual(sha(self.a[1]), sha(self.b[1]))

    def test_seed_changes_output(self):
        self.assertNotEqual(sha(self.a[0]), sha(self.c[0]))

    def test_counts_and_ids(self):
        self.assertEqual(len(self.posts), N)
        self.assertEqual(len(self.truth), N)
        ids = [p["id"] for p in self.posts]
        self.assertEqual(len(set(ids)), N)

    def test_truth_aligned(self):
        for p, t in zip(self.posts, self.truth):
            self.assertEqual(p["id"], t["id"])
            self.assertTrue(t["network"])
            self.assertTrue(t["role"])
        roles = collections.defaultdict(set)
        for t in self.truth:
            roles[t["network"]].add(t["role"])
        self.assertTrue(all(len(v) == 1 for v in roles.values()))

    def test_post_records_follow_contract(self):
        lo = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
        hi = datetime.datetime(2024, 7, 1, tzinfo=datetime.timezone.utc)
        for p in self.posts:
            self.assertTrue(p.get("title") or p.get("body"))
            ts = datetime.datetime.strptime(p["posted_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
            self.assertTrue(lo <= ts < hi, p["posted_at"])
            if "region" in p:
                self.assertRegex(p["region"], r"^[A-Z]{2}$")
            for h in p.get("image_hashes", []):
                self.assertRegex(h, r"^[0-9a-f]{64}$")
            self.assertTrue(p["url"].startswith("https://"))
        self.assertTrue(any("region" in p for p in self.posts))
        self.assertTrue(any("region" not in p for p in self.posts))
        self.assertLess(sum(1 for p in self.posts if "author" in p), N * 0.25)

    def test_labelled_phones_appear_in_text(self):
        checked = 0
        for p, t in zip(self.posts, self.truth):
            self.assertEqual(sorted({m["phone"] for m in t["mentions"]}), t["phones"])
            for ph in t["phones"]:
                self.assertRegex(ph, r"^\+[1-9]\d{6,14}$")
            for m in t["mentions"]:
                text = p["title"] if m["field"] == "title" else p["body"]
                self.assertIn(m["raw"], text, (p["id"], m))
                self.assertTrue(decodings(m["raw"]) & self.forms[m["phone"]], (p["id"], m))
                checked += 1
        self.assertGreater(checked, N // 2)

    def test_phone_belongs_to_one_actor_at_a_time(self):
        # a number is only ever shared by two networks when a carrier recycled it: 180+ days apart
        uses = collections.defaultdict(lambda: collections.defaultdict(list))
        for p, t in zip(self.posts, self.truth):
            for ph in t["phones"]:
                uses[ph][t["network"]].append(p["posted_at"])
        for ph, nets in uses.items():
            if len(nets) < 2:
                continue
            spans = sorted((min(v), max(v)) for v in nets.values())
            for (_, end1), (start2, _) in zip(spans, spans[1:]):
                d1 = datetime.datetime.strptime(end1, "%Y-%m-%dT%H:%M:%SZ")
                d2 = datetime.datetime.strptime(start2, "%Y-%m-%dT%H:%M:%SZ")
                self.assertGreater((d2 - d1).days, 170, ph)

    def test_traps_present(self):
        # footers, shared stock photos and shared templates cross network lines
        by_hash = collections.defaultdict(set)
        for p, t in zip(self.posts, self.truth):
            for h in p.get("image_hashes", []):
                by_hash[h[:12]].add(t["network"])
        nets_per_footer = collections.defaultdict(set)
        for p, t in zip(self.posts, self.truth):
            if "ListHub support" in p["body"]:
                nets_per_footer["listhub"].add(t["network"])
        self.assertGreater(len(nets_per_footer["listhub"]), 20)
        roles = collections.Counter(t["role"] for t in self.truth)
        self.assertEqual(len(roles), 6)

    def test_tiny_n(self):
        with tempfile.TemporaryDirectory() as d:
            for n in (0, 1, 2, 7, 25):
                out, truth = run_gen(3, n, d, f"tiny{n}")
                posts, tr = read(out), read(truth)
                self.assertEqual(len(posts), n)
                self.assertEqual([p["id"] for p in posts], [t["id"] for t in tr])

    def test_stats_runs(self):
        res = subprocess.run([sys.executable, STATS, self.a[0], self.a[1]], check=True, capture_output=True, text=True)
        self.assertIn("phones", res.stdout)
        m = re.search(r"^\s+phones\s+([\d.]+)", res.stdout, re.M)
        self.assertIsNotNone(m)
        self.assertGreater(float(m.group(1)), 0.99)  # phones are (nearly) never shared across actors


if __name__ == "__main__":
    unittest.main()
