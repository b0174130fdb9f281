#!/usr/bin/env python3
"""Unit tests for the linking7 generator (standard library only).

    python3 eval/linking7/test_gen.py            (or python3 -m unittest from this folder)"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen.py")
STATS = os.path.join(HERE, "stats.py")
SEED = int(os.environ.get("L7_TEST_SEED", "2"))
POSTS = int(os.environ.get("L7_TEST_POSTS", "4000"))
SHARES = {"circ": 0.25, "agy": 0.10, "spa": 0.15, "ind": 0.25, "cpy": 0.10, "rev": 0.05, "sel": 0.10}


def run_gen(d, seed=SEED, posts=POSTS, hashseed="0", tag="a"):
    paths = [os.path.join(d, "%s.%s.jsonl" % (tag, k)) for k in ("posts", "truth", "side")]
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, GEN, "--seed", str(seed), "--posts", str(posts), "--out", paths[0],
                    "--truth", paths[1], "--selectors", paths[2], "--quiet"], check=True, env=env)
    return paths


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def instant(s):
    return dt.datetime.fromisoformat(s).timestamp()


class LinkingSevenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="linking7-test-")
        cls.paths = run_gen(cls.dir)
        cls.posts = load(cls.paths[0])
        cls.truth = load(cls.paths[1])
        cls.side = load(cls.paths[2])
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            cls.pool = {r["e164"]: r for r in json.load(f)["numbers"]}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_determinism(self):
        other = run_gen(self.dir, hashseed="12345", tag="b")
        for a, b in zip(self.paths, other):
            with open(a, "rb") as fa, open(b, "rb") as fb:
                self.assertEqual(fa.read(), fb.read(), "%s differs from %s" % (a, b))
        third = run_gen(self.dir, seed=SEED + 1, tag="c")
        with open(self.paths[0], "rb") as fa, open(third[0], "rb") as fc:
            self.assertNotEqual(fa.read(), fc.read())

    def test_post_count_ids_and_order(self):
        self.assertEqual(len(self.posts), POSTS)
        ids = [p["id"] for p in self.posts]
        self.assertEqual(ids, ["L7-%06d" % (i + 1) for i in range(POSTS)])
        ts = [instant(p["posted_at"]) for p in self.posts]
        self.assertEqual(ts, sorted(ts))
        lo, hi = instant("2025-01-01T00:00:00+00:00"), instant("2026-01-01T00:00:00+00:00")
        self.assertTrue(all(lo <= t < hi for t in ts))
        for p in self.posts:
            self.assertTrue(p.get("title") or p.get("body"))
            self.assertRegex(p["posted_at"], r"^2025-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:00$")
            for h in p["image_hashes"]:
                self.assertRegex(h, r"^[0-9a-f]{64}$")
            if "region" in p:
                self.assertIn(p["region"], ("US", "CA"))

    def test_truth_ids_present(self):
        ids = [p["id"] for p in self.posts]
        self.assertEqual([t["id"] for t in self.truth], ids)
        self.assertEqual([s["id"] for s in self.side], ids)
        for t, s in zip(self.truth, self.side):
            self.assertRegex(t["network"], r"^(circ|agy|spa|ind|cpy|rev|sel)-\d{4}$")
            self.assertEqual(t["network"], s["actor"])
            self.assertEqual(t["network"].split("-")[0], s["class"])

    def test_class_shares(self):
        n = {}
        for t in self.truth:
            c = t["network"].split("-")[0]
            n[c] = n.get(c, 0) + 1
        for c, share in SHARES.items():
            self.assertAlmostEqual(n.get(c, 0) / POSTS, share, delta=0.01, msg=c)
        nets = len({t["network"] for t in self.truth})
        # ~2,000-3,500 networks per 20,000 posts
        self.assertTrue(0.09 * POSTS <= nets <= 0.18 * POSTS, nets)

    def test_phones_valid_per_pool(self):
        n = 0
        for s in self.side:
            for x in s["selectors"]:
                if x["kind"] == "phone":
                    n += 1
                    self.assertIn(x["value"], self.pool, x)
        self.assertGreater(n, POSTS // 2)

    def test_raw_text_in_post(self):
        for p, s in zip(self.posts, self.side):
            text = (p.get("title") or "") + "\n" + p["body"]
            for x in s["selectors"]:
                if x["kind"] == "account":
                    self.assertEqual(x["raw"], p.get("author"))
                else:
                    self.assertIn(x["raw"], text, (p["id"], x))
            self.assertEqual(s["no_own_selector"], not any(x["role"] == "own" for x in s["selectors"]))
            self.assertEqual([ph["hash"] for ph in s["photos"]], p["image_hashes"])

    def test_hubs_shared_by_two_actors(self):
        actors = {}
        photo_actors = {}
        hubs, hub_photos = [], []
        for s in self.side:
            for x in s["selectors"]:
                k = (x["kind"], x["value"])
                actors.setdefault(k, {})[s["actor"]] = 1
                if x["hub"]:
                    hubs.append(k)
                self.assertEqual(x["hub"], x["role"] != "own")
                if x["role"] == "own":
                    self.assertEqual(x["owner"], s["actor"])
                else:
                    self.assertNotEqual(x["owner"], s["actor"])
            for ph in s["photos"]:
                photo_actors.setdefault(ph["photo"], {})[s["actor"]] = 1
                if ph["hub"]:
                    hub_photos.append(ph["photo"])
                if ph["role"] == "own":
                    self.assertEqual(ph["owner"], s["actor"])
        self.assertTrue(hubs and hub_photos)
        for k in sorted(set(hubs)):
            self.assertGreaterEqual(len(actors[k]), 2, k)
        for k in sorted(set(hub_photos)):
            self.assertGreaterEqual(len(photo_actors[k]), 2, k)
        # own selectors (keyed with their owner) never belong to two actors, except recycled numbers
        own = {}
        for s in self.side:
            for x in s["selectors"]:
                if x["role"] == "own" and not x.get("recycled"):
                    own.setdefault((x["kind"], x["value"]), {})[s["actor"]] = 1
        for k, v in own.items():
            self.assertEqual(len(v), 1, k)

    def test_recycled_numbers_do_not_overlap(self):
        spans = {}
        for p, s in zip(self.posts, self.side):
            for x in s["selectors"]:
                if x["kind"] == "phone" and x.get("recycled") and x["role"] == "own":
                    spans.setdefault(x["value"], {}).setdefault(x["owner"], []).append(instant(p["posted_at"]))
        self.assertTrue(spans)
        for num, owners in spans.items():
            rng = sorted((min(v), max(v)) for v in owners.values())
            for (a0, a1), (b0, b1) in zip(rng, rng[1:]):
                self.assertLess(a1, b0, num)

    def test_no_real_looking_domains(self):
        pat_host = [re.compile(r"https?://([^/\s<>()]+)"), re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)"),
                    re.compile(r"\bwww\.([\w-]+(?:\.[\w-]+)+)"), re.compile(r"(?<![\w@/.])([a-z][\w-]*(?:\.[a-z][\w-]*)+)/")]
        real_tld = re.compile(r"\b[\w-]+\.(com|net|org|io|me|co|ca|us|ly|gg|app|xyz|info|biz|tv|fm|to|link)\b", re.I)
        for p in self.posts:
            for f in ("title", "body", "url", "author", "location", "site"):
                v = p.get(f) or ""
                for pat in pat_host:
                    for host in pat.findall(v):
                        self.assertTrue(host.lower().endswith((".example", ".test")), (p["id"], host))
                self.assertIsNone(real_tld.search(v), (p["id"], v))
        for s in self.side:
            for x in s["selectors"]:
                if x["kind"] in ("email", "domain", "url") or x.get("platform") == "zelle":
                    host = x["value"].split("@")[-1].split("/")[0]
                    self.assertTrue(host.endswith((".example", ".test")), x)

    def test_photo_bit_flips(self):
        seen = {}
        for s in self.side:
            for ph in s["photos"]:
                seen.setdefault(ph["photo"], []).append(int(ph["hash"], 16))
        checked = 0
        for pid, hs in sorted(seen.items()):
            for h in hs[1:4]:
                self.assertLessEqual(bin(h ^ hs[0]).count("1"), 24, pid)
                checked += 1
        self.assertGreater(checked, 100)
        firsts = [hs[0] for _, hs in sorted(seen.items())][:200]
        for a, b in zip(firsts, firsts[1:]):
            self.assertGreater(bin(a ^ b).count("1"), 60)

    def test_copy_and_review_links(self):
        by_id = {s["id"]: s for s in self.side}
        ncopy = nrev = 0
        for s in self.side:
            if s["class"] == "cpy":
                ncopy += 1
                src = by_id[s["text"]["copied_post"]]
                self.assertEqual(src["actor"], s["text"]["copied_from"])
                self.assertIn(src["class"], ("ind", "circ"))
                self.assertNotEqual(src["actor"], s["actor"])
            if s["class"] == "rev":
                nrev += 1
                self.assertEqual(s["board"], "reviewden.example")
                for x in s["selectors"]:
                    if x["role"] == "quoted":
                        self.assertEqual(x["owner"], s["text"]["reviewed_actor"])
        self.assertGreater(ncopy, 0)
        self.assertGreater(nrev, 0)

    def test_stats_oracle_and_pred(self):
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        out = subprocess.run([sys.executable, STATS, "--posts", self.paths[0], "--truth", self.paths[1], "--selectors",
                              self.paths[2], "--pred", self.paths[1], "--json"], check=True, env=env,
                             capture_output=True, text=True).stdout
        res = json.loads(out)
        self.assertEqual(res["oracle"]["pairwise"]["p"], 1.0)
        self.assertEqual(res["oracle"]["bcubed"]["p"], 1.0)
        self.assertLess(res["oracle"]["bcubed"]["r"], 1.0)
        self.assertLess(res["phones_oracle"]["bcubed"]["r"], res["oracle"]["bcubed"]["r"])
        self.assertAlmostEqual(res["pred"]["bcubed"]["f1"], 1.0)
        self.assertAlmostEqual(res["pred"]["pairwise"]["f1"], 1.0)
        self.assertTrue(0.18 <= res["no_own_selector_share"] <= 0.32, res["no_own_selector_share"])


if __name__ == "__main__":
    unittest.main()
