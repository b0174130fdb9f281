#!/usr/bin/env python3
"""Tests for the linking4 generator. Development seeds 1, 2, 3 only.

    python3 -m unittest eval/linking4/test_gen.py      (or: python3 eval/linking4/test_gen.py)

Held-out seeds 401-409 are never generated here: every generation goes through
`_gen`, which refuses any seed outside DEV_SEEDS, and the last test checks the log.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest
from collections import Counter, defaultdict
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import stats  # noqa: E402

DEV_SEEDS = (1, 2, 3)
USED_SEEDS = []
_CACHE = {}
HEX64 = re.compile(r"^[0-9a-f]{64}$")
RFC3339Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
BIG_N = 20000


def _gen(seed, n):
    if seed not in DEV_SEEDS:
        raise AssertionError("tests may only use development seeds 1-3, not %r" % seed)
    USED_SEEDS.append(seed)
    key = (seed, n)
    if key not in _CACHE:
        t = time.time()
        posts, truth, sel, meta = gen.generate(seed, n)
        _CACHE[key] = {"posts_raw": posts, "truth_raw": truth,
                       "posts": [json.loads(x) for x in posts], "truth": [json.loads(x) for x in truth],
                       "sel": [json.loads(x) for x in sel], "meta": meta, "secs": time.time() - t}
    return _CACHE[key]


def cls_of(net):
    return net.rsplit("-", 1)[0]


class TestGenerator(unittest.TestCase):
    def test_determinism_in_process(self):
        a = gen.generate(3, 1500)
        USED_SEEDS.append(3)
        b = gen.generate(3, 1500)
        self.assertEqual(a[0], b[0])
        self.assertEqual(a[1], b[1])
        self.assertEqual(a[2], b[2])
        c = _gen(2, 1500)
        self.assertNotEqual(a[0], c["posts_raw"])

    def test_determinism_cli_byte_identical(self):
        with tempfile.TemporaryDirectory() as d:
            outs = []
            for k, hashseed in enumerate(("0", "12345")):
                p = os.path.join(d, "p%d.jsonl" % k)
                t = os.path.join(d, "t%d.jsonl" % k)
                env = dict(os.environ, PYTHONHASHSEED=hashseed)
                USED_SEEDS.append(2)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--seed", "2", "--posts", "600",
                                "--out", p, "--truth", t], check=True, env=env)
                with open(p, "rb") as f1, open(t, "rb") as f2:
                    outs.append((f1.read(), f2.read()))
            self.assertEqual(outs[0], outs[1])
            self.assertEqual(outs[0][0].count(b"\n"), 600)

    def test_exact_n(self):
        for seed, n in ((1, 300), (2, 301), (3, 777), (1, 2500)):
            g = _gen(seed, n)
            self.assertEqual(len(g["posts"]), n)
            self.assertEqual(len(g["truth"]), n)

    def test_truth_ids_match_posts(self):
        g = _gen(1, BIG_N)
        ids = [p["id"] for p in g["posts"]]
        self.assertEqual(len(set(ids)), len(ids))
        self.assertEqual(ids, [t["id"] for t in g["truth"]])
        for t in g["truth"]:
            self.assertEqual(set(t), {"id", "network"})
            self.assertRegex(t["network"], r"^[a-z]+-\d{4,}$")

    def test_schema(self):
        g = _gen(1, BIG_N)
        t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
        t1 = datetime(2025, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
        allowed = ["id", "title", "body", "url", "site", "posted_at", "location", "region", "image_hashes", "author"]
        countries = set(gen.X.SITES)
        for p in g["posts"]:
            keys = list(p)
            self.assertEqual(keys, [k for k in allowed if k in p])
            for k in ("id", "title", "body", "url", "site", "posted_at", "image_hashes"):
                self.assertIn(k, p)
            for k in ("id", "title", "body", "url", "site", "posted_at"):
                self.assertIsInstance(p[k], str)
                self.assertTrue(p[k].strip())
            self.assertRegex(p["posted_at"], RFC3339Z)
            ts = datetime.strptime(p["posted_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            self.assertTrue(t0 <= ts <= t1)
            self.assertTrue(p["url"].startswith("https://" + p["site"] + "/"))
            self.assertTrue(p["site"].endswith(".example"))
            if "region" in p:
                self.assertIn(p["region"], countries)
            if "author" in p:
                self.assertRegex(p["author"], r"^u\d{7}$")
            if "location" in p:
                self.assertIsInstance(p["location"], str)
            self.assertIsInstance(p["image_hashes"], list)
            self.assertNotIn("\x01", p["body"] + p["title"])

    def test_only_example_domains(self):
        g = _gen(1, BIG_N)
        host = re.compile(r"(?:https?://|www\.|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
        for p in g["posts"]:
            for text in (p["title"], p["body"], p["url"]):
                for h in host.findall(text):
                    self.assertTrue(h.lower().endswith(".example"), (h, p["id"]))
        for s in g["sel"]:
            for e in s["emails"]:
                self.assertTrue(e.endswith(".example"))
            for d in s["domains"]:
                self.assertTrue(d.endswith(".example"))

    def test_pdq_hashes(self):
        g = _gen(1, BIG_N)
        n = 0
        for p in g["posts"]:
            for h in p["image_hashes"]:
                self.assertRegex(h, HEX64)
                n += 1
        self.assertGreater(n, BIG_N)

    def test_every_class_present_and_quotas(self):
        g = _gen(1, BIG_N)
        cnt = Counter(cls_of(t["network"]) for t in g["truth"])
        for cls, share in gen.SHARES:
            self.assertIn(cls, cnt)
            self.assertLessEqual(abs(cnt[cls] / BIG_N - share), 0.02 * share + 1.0 / BIG_N, cls)
        for seed, n in ((2, 300), (3, 2500)):
            cnt = Counter(cls_of(t["network"]) for t in _gen(seed, n)["truth"])
            for cls, share in gen.SHARES:
                self.assertLessEqual(abs(cnt[cls] - n * share), 1.0, (seed, n, cls))
        nets = defaultdict(set)
        for t in g["truth"]:
            nets[cls_of(t["network"])].add(t["network"])
        self.assertTrue(60 <= len(nets["massage"]) <= 120, len(nets["massage"]))

    def test_phones_shared_only_by_recycling(self):
        for seed, n in ((1, BIG_N), (2, 2500)):
            g = _gen(seed, n)
            owners = defaultdict(set)
            times = defaultdict(list)
            for s, p in zip(g["sel"], g["posts"]):
                for ph in s["phones"]:
                    owners[ph].add(s["network"])
                    times[(ph, s["network"])].append(p["posted_at"])
            recycled = {r["e164"]: r for r in g["meta"]["recycled"]}
            shared = {ph for ph, o in owners.items() if len(o) > 1}
            self.assertEqual(shared, set(recycled))
            for ph in shared:
                r = recycled[ph]
                self.assertEqual(owners[ph], {r["first_owner"], r["second_owner"]})
                last1 = max(times[(ph, r["first_owner"])])
                first2 = min(times[(ph, r["second_owner"])])
                gap = (datetime.strptime(first2, "%Y-%m-%dT%H:%M:%SZ")
                       - datetime.strptime(last1, "%Y-%m-%dT%H:%M:%SZ")).days
                self.assertGreaterEqual(gap, 274)
            if n == BIG_N:
                share = len(shared) / len(owners)
                self.assertTrue(0.004 <= share <= 0.015, share)

    def test_copycats_reuse_images_not_contacts(self):
        g = _gen(1, BIG_N)
        by_net_imgs = defaultdict(set)
        for s, p in zip(g["sel"], g["posts"]):
            by_net_imgs[s["network"]].update(p["image_hashes"])
        img_owner = defaultdict(set)
        for net, imgs in by_net_imgs.items():
            for h in imgs:
                img_owner[h].add(net)
        cc_nets = [n for n in by_net_imgs if n.startswith("copycat-")]
        exact_hits = sum(1 for n in cc_nets
                         if any(len(img_owner[h] - {n}) > 0 for h in by_net_imgs[n]))
        self.assertGreater(exact_hits, len(cc_nets) // 5)
        recycled = {r["e164"] for r in g["meta"]["recycled"]}
        owners = defaultdict(set)
        for s in g["sel"]:
            for ph in s["phones"]:
                owners[ph].add(s["network"])
        for s in g["sel"]:
            if s["class"] == "copycat":
                self.assertTrue(s["phones"])
                for ph in s["phones"]:
                    if ph not in recycled:
                        self.assertEqual(owners[ph], {s["network"]})

    def test_noise_and_languages(self):
        g = _gen(1, BIG_N)
        langs = Counter(s["lang"] for s in g["sel"])
        for lang in ("en", "es", "fr", "pt", "ar"):
            self.assertGreater(langs[lang], 300, lang)
        ctry = Counter(s["country"] for s in g["sel"])
        self.assertEqual(set(ctry), {"US", "GB", "FR", "ES", "BR", "AE", "MA"})
        bodies = [p["body"] for p in g["posts"]]
        self.assertTrue(any(any("\u0660" <= ch <= "\u0669" for ch in b) for b in bodies))
        region = sum(1 for p in g["posts"] if "region" in p) / BIG_N
        loc = sum(1 for p in g["posts"] if "location" in p) / BIG_N
        self.assertTrue(0.35 <= region <= 0.45, region)
        self.assertTrue(0.65 <= loc <= 0.75, loc)
        # footers: identical per site and language
        footers = defaultdict(set)
        for p, s in zip(g["posts"], g["sel"]):
            if p["site"] in {r["B"] for r in gen.X.SITES.values()}:
                footers[(p["site"], s["lang"])].add(p["body"].rsplit("\n", 1)[-1])
        self.assertTrue(footers)
        for k, v in footers.items():
            self.assertEqual(len(v), 1, k)
        hot = sum(1 for b in bodies if "hotline" in b or "trata" in b or "traite" in b or "tráfico" in b)
        self.assertGreater(hot, 500)
        noc = Counter(s["class"] for s in g["sel"] if s["no_contact"])
        ag = sum(1 for s in g["sel"] if s["class"] == "agency")
        self.assertTrue(0.20 <= noc["agency"] / ag <= 0.30)
        self.assertGreater(sum(1 for s in g["sel"] if s["repost"]), BIG_N // 20)

    def test_speed_20k(self):
        g = _gen(1, BIG_N)
        self.assertLess(g["secs"], 15.0)

    def test_stats_scoring(self):
        truth = {"a": "x", "b": "x", "c": "y", "d": "z"}
        s = stats.score(truth, dict(truth))
        self.assertAlmostEqual(s["pair_f1"], 1.0)
        self.assertAlmostEqual(s["b3_f1"], 1.0)
        s = stats.score(truth, {"a": 1, "b": 2, "c": 3, "d": 4})
        self.assertEqual(s["pair_r"], 0.0)
        self.assertAlmostEqual(s["b3_p"], 1.0)
        with tempfile.TemporaryDirectory() as d:
            p1 = os.path.join(d, "assign.jsonl")
            p2 = os.path.join(d, "nets.jsonl")
            with open(p1, "w") as f:
                f.write('{"id": "a", "network": "N1"}\n{"id": "b", "network": "N1"}\n{"id": "c", "network": "N2"}\n')
            with open(p2, "w") as f:
                f.write('{"network": "N1", "size": 2, "posts": ["a", "b"]}\n{"network": "N2", "posts": ["c"]}\n')
            l1, i1 = stats.read_pred(p1, truth)
            l2, i2 = stats.read_pred(p2, truth)
            self.assertEqual(i1["missing_as_singletons"], 1)
            self.assertEqual(stats.score(truth, l1), stats.score(truth, l2))
            self.assertAlmostEqual(stats.score(truth, l1)["pair_f1"], 1.0)

    def test_zz_only_dev_seeds_used(self):
        with self.assertRaises(AssertionError):
            _gen(gen.HELD_OUT_SEEDS[0], 300)
        self.assertTrue(USED_SEEDS)
        self.assertTrue(set(USED_SEEDS) <= set(DEV_SEEDS), USED_SEEDS)
        self.assertFalse(set(USED_SEEDS) & set(gen.HELD_OUT_SEEDS))


if __name__ == "__main__":
    unittest.main()
