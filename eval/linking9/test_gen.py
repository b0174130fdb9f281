#!/usr/bin/env python3
"""Tests for the linking9 generator. python3 -m unittest test_gen  (or python3 test_gen.py)."""
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen.py")
STATS = os.path.join(HERE, "stats.py")
sys.path.insert(0, HERE)
import gen  # noqa: E402

CLASSES = {"independent", "operator", "massage", "recruiter", "employer", "copycat", "seller"}
REQUIRED = ["id", "title", "body", "url", "site", "posted_at"]
HEX64 = re.compile(r"^[0-9a-f]{64}$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def run_gen(seed, n, d, hashseed="0", name="x"):
    out, tr, sel = (os.path.join(d, f"{name}.{k}.jsonl") for k in ("posts", "truth", "sel"))
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    subprocess.run([sys.executable, GEN, "--seed", str(seed), "--posts", str(n), "--out", out, "--truth", tr,
                    "--selectors", sel], check=True, env=env, capture_output=True)
    return out, tr, sel


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def digest(paths):
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


class Corpus(unittest.TestCase):
    N = 20000

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        t0 = time.time()
        cls.paths = run_gen(7, cls.N, cls.tmp.name, name="big")
        cls.elapsed = time.time() - t0
        cls.posts = load(cls.paths[0])
        cls.truth = load(cls.paths[1])
        cls.sel = load(cls.paths[2])
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)["countries"]
        cls.pool = {e["e164"] for c in pool for e in pool[c]}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_speed(self):
        self.assertLess(self.elapsed, 20.0, "20,000 posts should take ~10 s at most")

    def test_counts_and_shares(self):
        self.assertEqual(len(self.posts), self.N)
        self.assertEqual(len(self.truth), self.N)
        self.assertEqual(len(self.sel), self.N)
        c = Counter(t["class"] for t in self.truth)
        acc = 0
        for i, (name, share) in enumerate(gen.SHARES):
            want = self.N - acc if i == len(gen.SHARES) - 1 else round(share * self.N)
            acc += want
            self.assertEqual(c[name], want, name)
        nets = defaultdict(set)
        for t in self.truth:
            nets[t["class"]].add(t["network"])
        self.assertTrue(60 <= len(nets["massage"]) <= 80, len(nets["massage"]))
        self.assertGreater(len(nets["operator"]), 10)
        self.assertGreater(len(nets["copycat"]), 30)
        self.assertGreater(len(nets["seller"]), 1000)

    def test_schema(self):
        ids = set()
        countries = set(gen.COUNTRIES)
        domains = {s["domain"] for s in gen.SITES}
        for p in self.posts:
            for k in REQUIRED:
                self.assertIn(k, p)
                self.assertIsInstance(p[k], str)
            self.assertNotIn(p["id"], ids)
            ids.add(p["id"])
            self.assertTrue(p["title"] and p["body"])
            self.assertRegex(p["posted_at"], TS)
            dt.datetime.strptime(p["posted_at"], "%Y-%m-%dT%H:%M:%SZ")
            self.assertIn(p["site"], domains)
            self.assertTrue(p["url"].startswith("https://") and p["site"] in p["url"])
            for k in ("location", "region", "author"):
                if k in p:
                    self.assertIsInstance(p[k], str)
                    self.assertTrue(p[k])
            if "region" in p:
                self.assertIn(p["region"], countries)
            if "image_hashes" in p:
                self.assertTrue(p["image_hashes"])
                for h in p["image_hashes"]:
                    self.assertRegex(h, HEX64)
            for v in p.values():
                self.assertIsNotNone(v)

    def test_posts_sorted_and_window(self):
        ts = [p["posted_at"] for p in self.posts]
        self.assertEqual(ts, sorted(ts))
        first = dt.datetime.strptime(ts[0], "%Y-%m-%dT%H:%M:%SZ")
        last = dt.datetime.strptime(ts[-1], "%Y-%m-%dT%H:%M:%SZ")
        self.assertGreaterEqual(first, dt.datetime(2023, 2, 1))
        self.assertLessEqual((last - dt.datetime(2023, 2, 1)).days, 540)
        self.assertGreaterEqual((last - first).days, 300)

    def test_truth_covers_each_post_once(self):
        self.assertEqual([p["id"] for p in self.posts], [t["id"] for t in self.truth])
        self.assertEqual([p["id"] for p in self.posts], [s["id"] for s in self.sel])
        cls_of = {}
        for t, s in zip(self.truth, self.sel):
            self.assertIn(t["class"], CLASSES)
            self.assertEqual(cls_of.setdefault(t["network"], t["class"]), t["class"])
            self.assertEqual((s["network"], s["class"]), (t["network"], t["class"]))

    def test_actor_phones_not_shared_except_recycled(self):
        owners = defaultdict(set)
        recycled = set()
        for s in self.sel:
            for ph in s["phones"]:
                owners[ph].add(s["network"])
            recycled.update(s["flags"]["recycled_phones"])
        shared = {ph for ph, n in owners.items() if len(n) > 1}
        self.assertTrue(recycled, "recycled numbers must be planted")
        self.assertEqual(shared, recycled)
        for ph in recycled:
            self.assertEqual(len(owners[ph]), 2)
            classes = {t for t in owners[ph]}
            self.assertEqual(len(classes), 2)

    def test_recycled_gap(self):
        uses = defaultdict(list)
        for p, s in zip(self.posts, self.sel):
            for ph in s["flags"]["recycled_phones"]:
                uses[ph].append((p["posted_at"], s["network"]))
        for ph, u in uses.items():
            u.sort()
            nets = [n for _, n in u]
            # the first owner's posts all come before the second owner's
            k = nets.index(nets[-1])
            self.assertTrue(all(n == nets[0] for n in nets[:k]), ph)
            self.assertTrue(all(n == nets[-1] for n in nets[k:]), ph)
            a = dt.datetime.strptime(u[k - 1][0], "%Y-%m-%dT%H:%M:%SZ")
            b = dt.datetime.strptime(u[k][0], "%Y-%m-%dT%H:%M:%SZ")
            self.assertGreaterEqual((b - a).days, 30)

    def test_hubs_never_actor_selectors(self):
        hub_phones = set(gen.Gen(7, 10).hub_phone_set)
        actor_phones = {ph for s in self.sel for ph in s["phones"]}
        self.assertFalse(hub_phones & actor_phones)
        hub_emails = {e for s in self.sel for e in s["hub_emails"]}
        actor_emails = {e for s in self.sel for e in s["emails"]}
        self.assertFalse(hub_emails & actor_emails)
        # footers: one support phone+email per site, on every post of that site
        per_site = defaultdict(set)
        for p, s in zip(self.posts, self.sel):
            per_site[p["site"]].add(tuple(sorted(e for e in s["hub_emails"])))
            self.assertIn("support@" + p["site"], p["body"])
        for site, v in per_site.items():
            self.assertEqual(len(v), 1, site)
        # aggregator numbers are shared by several independents
        agg = set(a["phone"].entry["e164"] for a in gen.Gen(7, 10).aggregator.values())
        users = defaultdict(set)
        for s in self.sel:
            for h in s["hub_phones"]:
                if h in agg:
                    users[h].add(s["network"])
        self.assertTrue(any(len(u) >= 3 for u in users.values()))

    def test_phones_valid_from_pool_and_mentions_in_text(self):
        for p, s in zip(self.posts, self.sel):
            for ph in s["phones"] + s["hub_phones"]:
                self.assertIn(ph, self.pool)
            self.assertEqual(sorted({m["value"] for m in s["mentions"]}), sorted(s["phones"]))
            for m in s["mentions"]:
                self.assertTrue(m["raw"] in p["title"] or m["raw"] in p["body"], (p["id"], m))
            for d in s["domains"]:  # an e-mail on the own domain may write the dots as " dot "
                self.assertIn(d.split(".")[0], p["body"])
            for e in s["emails"]:
                local, dom = e.split("@")
                self.assertIn(local, p["body"])
            for h in s["handles"]:
                self.assertIn(h.split(":", 1)[1], p["body"])
            own = s["phones"] or s["emails"] or s["handles"] or s["domains"]
            self.assertEqual(s["flags"]["no_contact"], not own)

    def test_phone_forms_and_arabic_digits(self):
        forms = Counter(m["form"].split("+")[0] for s in self.sel for m in s["mentions"])
        for f in ("e164", "intl", "national", "nat_sep", "intl_sep", "00", "words", "spaced", "digit_sep",
                  "letter_o", "emoji", "split"):
            self.assertGreater(forms[f], 20, f)
        arabic = [m for s in self.sel for m in s["mentions"] if m["form"].endswith("+arabic")]
        self.assertGreater(len(arabic), 50)
        self.assertTrue(all(re.search("[٠-٩]", m["raw"]) for m in arabic))
        langs = Counter()
        for p in self.posts:
            b = p["body"]
            if re.search("[\u0600-\u06ff]", b):
                langs["ar"] += 1
        self.assertGreater(langs["ar"], 500)

    def test_field_coverage(self):
        n = len(self.posts)
        region = sum("region" in p for p in self.posts) / n
        loc = sum("location" in p for p in self.posts) / n
        self.assertTrue(0.30 <= region <= 0.40, region)
        self.assertTrue(0.60 <= loc <= 0.70, loc)
        authored = {p["site"] for p in self.posts if "author" in p}
        self.assertEqual(authored, {s["domain"] for s in gen.SITES if s["author"]})
        esc = [p for p, t in zip(self.posts, self.truth) if t["class"] in ("independent", "operator", "copycat")]
        self.assertGreater(sum("image_hashes" in p for p in esc) / len(esc), 0.75)

    def test_copycats(self):
        cls_of = {t["network"]: t["class"] for t in self.truth}
        photos = defaultdict(list)
        for p, t in zip(self.posts, self.truth):
            for h in p.get("image_hashes", []):
                photos[t["network"]].append(int(h, 16))
        n = 0
        for s in self.sel:
            v = s["flags"]["copy_of"]
            if s["class"] != "copycat":
                self.assertIsNone(v)
                continue
            n += 1
            self.assertNotEqual(v, s["network"])
            self.assertIn(cls_of[v], ("independent", "operator"))
        self.assertEqual(n, sum(1 for t in self.truth if t["class"] == "copycat"))
        # a copycat's photos are near-duplicates (<= 12 bits) of its victim's
        victims = {}
        for s in self.sel:
            if s["class"] == "copycat":
                victims[s["network"]] = s["flags"]["copy_of"]
        near = 0
        for cc, v in sorted(victims.items())[:30]:
            vh = photos[v]
            for h in photos[cc][:3]:
                if any(bin(h ^ x).count("1") <= 12 for x in vh):
                    near += 1
                    break
        self.assertGreater(near, 20)

    def test_massage_lookalikes_and_templates(self):
        names = defaultdict(set)
        for p, t in zip(self.posts, self.truth):
            if t["class"] != "massage":
                continue
            for core in gen.MASSAGE_CORES:
                if core in p["title"]:
                    names[core].add(t["network"])
        self.assertTrue(any(len(v) >= 3 for v in names.values()), "look-alike names must recur")

    def test_oracle_runs(self):
        r = subprocess.run([sys.executable, STATS, "--posts", self.paths[0], "--truth", self.paths[1],
                            "--selectors", self.paths[2]], capture_output=True, text=True, check=True)
        self.assertIn("oracle phone", r.stdout)
        self.assertIn("oracle both", r.stdout)


class Determinism(unittest.TestCase):
    def test_same_seed_same_bytes_any_hashseed(self):
        with tempfile.TemporaryDirectory() as d:
            a = run_gen(3, 3000, d, hashseed="1", name="a")
            b = run_gen(3, 3000, d, hashseed="12345", name="b")
            c = run_gen(3, 3000, d, hashseed="random", name="c")
            self.assertEqual(digest(a), digest(b))
            self.assertEqual(digest(a), digest(c))
            e = run_gen(4, 3000, d, name="e")
            self.assertNotEqual(digest(a), digest(e))

    def test_small_n(self):
        with tempfile.TemporaryDirectory() as d:
            for n in (1, 7, 150):
                out, tr, sel = run_gen(1, n, d, name=f"s{n}")
                self.assertEqual(len(load(out)), n)
                self.assertEqual(len(load(tr)), n)
                self.assertEqual(len(load(sel)), n)


class Scorer(unittest.TestCase):
    def test_perfect_and_singletons(self):
        import stats
        truth = {"a": "N1", "b": "N1", "c": "N2", "d": "N3", "e": "N3"}
        cls = {"N1": "independent", "N2": "seller", "N3": "operator"}
        r = stats.score(truth, cls, dict(truth))
        self.assertEqual(r["all"]["pair"], (1.0, 1.0, 1.0))
        self.assertEqual(r["all"]["b3"][2], 1.0)
        single = {k: k for k in truth}
        r = stats.score(truth, cls, single)
        self.assertEqual(r["all"]["pair"][1], 0.0)
        self.assertAlmostEqual(r["all"]["b3"][0], 1.0)
        merged = {k: "X" for k in truth}
        r = stats.score(truth, cls, merged)
        self.assertAlmostEqual(r["all"]["pair"][0], 2 / 10)
        self.assertEqual(r["all"]["pair"][1], 1.0)
        # per class: independent pairs touched = C(2,2) + 2*3 = 7, of which 1 true
        self.assertAlmostEqual(r["independent"]["pair"][0], 1 / 7)


if __name__ == "__main__":
    unittest.main()
