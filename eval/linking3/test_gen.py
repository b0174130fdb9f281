"""Tests of the linking3 generator. Development seeds only (1, 2, 3); never the held-out ones.

    python3 -m unittest discover -s eval/linking3 -p 'test_*.py'
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
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

DEV_SEEDS = (1, 2, 3)
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")

_cache = {}


def corpus(seed, n):
    if (seed, n) not in _cache:
        _cache[(seed, n)] = gen.generate(seed, n)
    return _cache[(seed, n)]


def run_cli(seed, n, outdir, env=None):
    posts = os.path.join(outdir, "posts.jsonl")
    truth = os.path.join(outdir, "truth.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--seed", str(seed), "--posts", str(n),
                    "--out", posts, "--truth", truth], check=True, env=env)
    with open(posts, "rb") as f:
        pb = f.read()
    with open(truth, "rb") as f:
        tb = f.read()
    return pb, tb


class TestDeterminism(unittest.TestCase):
    def test_same_seed_same_bytes_across_hash_seeds(self):
        outs = []
        for hs in ("0", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            with tempfile.TemporaryDirectory() as d:
                outs.append(run_cli(2, 1500, d, env))
        self.assertEqual(outs[0][0], outs[1][0])
        self.assertEqual(outs[0][1], outs[1][1])

    def test_different_seed_differs(self):
        a, _ = corpus(1, 800)
        b, _ = corpus(2, 800)
        self.assertNotEqual([p["body"] for p in a], [p["body"] for p in b])

    def test_in_process_matches_cli(self):
        posts, truth = gen.generate(3, 600)
        with tempfile.TemporaryDirectory() as d:
            pb, tb = run_cli(3, 600, d)
        self.assertEqual(pb.decode("utf-8"),
                         "".join(gen.dumps(p, gen.POST_KEYS) + "\n" for p in posts))
        self.assertEqual(tb.decode("utf-8"),
                         "".join(gen.dumps(t, gen.TRUTH_KEYS) + "\n" for t in truth))


class TestSchema(unittest.TestCase):
    def setUp(self):
        self.posts, self.truth = corpus(1, 4000)

    def test_count_and_unique_ids(self):
        self.assertEqual(len(self.posts), 4000)
        ids = [p["id"] for p in self.posts]
        self.assertEqual(len(set(ids)), len(ids))

    def test_truth_aligned(self):
        self.assertEqual([p["id"] for p in self.posts], [t["id"] for t in self.truth])
        for t in self.truth:
            self.assertEqual(list(t.keys())[:2], ["id", "network"])
            for k in ("role", "phones", "mentions", "contacts", "lang"):
                self.assertIn(k, t)

    def test_post_fields(self):
        start = datetime(2023, 1, 1, tzinfo=timezone.utc)
        end = datetime(2024, 7, 1, tzinfo=timezone.utc) + timedelta(days=1)
        author_sites = {s[0] for s in gen.SITES if s[3]}
        for p in self.posts:
            self.assertTrue(p["title"] and p["body"])
            self.assertTrue(p["url"].startswith("https://%s/" % p["site"]))
            self.assertTrue(p["site"].endswith(".example"))
            t = datetime.strptime(p["posted_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            self.assertTrue(start <= t <= end)
            if "region" in p:
                self.assertIn(p["region"], gen.COUNTRIES)
            for h in p.get("image_hashes", []):
                self.assertRegex(h, HEX64)
            if "author" in p:
                self.assertIn(p["site"], author_sites)
            self.assertEqual(set(p) - set(gen.POST_KEYS), set())

    def test_sorted_by_time(self):
        ts = [p["posted_at"] for p in self.posts]
        self.assertEqual(ts, sorted(ts))


class TestTruth(unittest.TestCase):
    def setUp(self):
        self.posts, self.truth = corpus(1, 4000)

    def test_mentions_verbatim_in_field(self):
        for p, t in zip(self.posts, self.truth):
            for m in t["mentions"]:
                self.assertIn(m["field"], ("title", "body"))
                self.assertIn(m["raw"], p[m["field"]], (p["id"], m))
                self.assertRegex(m["phone"], E164)

    def test_phones_are_mentions(self):
        for t in self.truth:
            firsts = []
            for m in t["mentions"]:
                if m["phone"] not in firsts:
                    firsts.append(m["phone"])
            self.assertEqual(t["phones"], firsts)

    def test_contacts_in_text(self):
        for p, t in zip(self.posts, self.truth):
            text = (p["title"] + "\n" + p["body"]).lower()
            for c in t["contacts"]:
                kind, _, rest = c.partition(":")
                if kind == "handle":
                    rest = rest.partition(":")[2]
                self.assertIn(rest.lower(), text, (p["id"], c))

    def test_one_role_per_network(self):
        roles = defaultdict(set)
        for t in self.truth:
            roles[t["network"]].add(t["role"])
        self.assertTrue(all(len(v) == 1 for v in roles.values()))

    def test_contacts_and_accounts_never_cross_networks(self):
        owner = {}
        for p, t in zip(self.posts, self.truth):
            keys = list(t["contacts"])
            if "author" in p:
                keys.append("author:%s:%s" % (p["site"], p["author"]))
            for k in keys:
                self.assertEqual(owner.setdefault(k, t["network"]), t["network"], k)

    def test_shared_numbers_are_recycled_after_a_gap(self):
        uses = defaultdict(lambda: defaultdict(list))
        for p, t in zip(self.posts, self.truth):
            for ph in t["phones"]:
                uses[ph][t["network"]].append(p["posted_at"])
        shared = 0
        for ph, nets in uses.items():
            if len(nets) < 2:
                continue
            shared += 1
            self.assertEqual(len(nets), 2, ph)
            spans = sorted((min(v), max(v)) for v in nets.values())
            a_end = datetime.strptime(spans[0][1], "%Y-%m-%dT%H:%M:%SZ")
            b_start = datetime.strptime(spans[1][0], "%Y-%m-%dT%H:%M:%SZ")
            self.assertGreaterEqual((b_start - a_end).days, 182, ph)
        n_actors = len({t["network"] for t in self.truth})
        self.assertLessEqual(shared, max(2, 0.03 * n_actors))

    def test_noise_numbers_not_labelled(self):
        # the site footers' and hotlines' numbers are never an actor's own
        g = gen.Gen(1, 10, os.path.join(HERE, "number_pool.json"))
        noise = [s["footer_text"] for s in g.sites if s.get("footer")]
        noise += [n.e164 for n in g.hotline.values()]
        own = {ph for t in self.truth for ph in t["phones"]}
        for text in noise:
            digits = re.sub(r"\D", "", text)
            for ph in own:
                self.assertNotIn(ph[1:], digits)


class TestScenarioShape(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        t0 = time.time()
        cls.posts, cls.truth = gen.generate(1, 20000)
        cls.elapsed = time.time() - t0

    def test_speed(self):
        self.assertLess(self.elapsed, 60.0)

    def test_role_mix(self):
        c = Counter(t["role"] for t in self.truth)
        n = len(self.truth)
        esc = c["trafficking"] + c["independent"] + c["copycat"] + c["spa"]
        jobs = c["recruiter"] + c["employer"]
        sell = c["seller"] + c["landlord"]
        self.assertAlmostEqual(esc / n, 0.60, delta=0.02)
        self.assertAlmostEqual(jobs / n, 0.20, delta=0.02)
        self.assertAlmostEqual(sell / n, 0.20, delta=0.02)

    def test_heavy_tail(self):
        size = Counter(t["network"] for t in self.truth)
        sizes = sorted(size.values())
        self.assertLessEqual(sizes[len(sizes) // 2], 2)
        self.assertGreaterEqual(sizes[-1], 100)

    def test_region_about_half(self):
        share = sum(1 for p in self.posts if "region" in p) / len(self.posts)
        self.assertTrue(0.35 <= share <= 0.65, share)

    def test_trafficking_no_contact_share(self):
        tr = [t for t in self.truth if t["role"] == "trafficking"]
        none = sum(1 for t in tr if not t["phones"] and not t["contacts"]) / len(tr)
        self.assertTrue(0.08 <= none <= 0.22, none)

    def test_reposts_share(self):
        seen, rep = set(), 0
        for p, t in zip(self.posts, self.truth):
            k = (t["network"], p["body"])
            rep += k in seen
            seen.add(k)
        self.assertTrue(0.04 <= rep / len(self.posts) <= 0.16)

    def test_languages(self):
        langs = Counter(t["lang"] for t in self.truth)
        for lg in ("en", "es", "fr", "de", "it", "ro", "pt", "th"):
            self.assertGreater(langs[lg], 50, lg)


class TestTiny(unittest.TestCase):
    def test_tiny_n(self):
        for seed in DEV_SEEDS:
            for n in (1, 2, 3, 7, 25):
                posts, truth = gen.generate(seed, n)
                self.assertEqual(len(posts), n)
                self.assertEqual(len(truth), n)
                self.assertEqual(len({p["id"] for p in posts}), n)
                for p, t in zip(posts, truth):
                    for m in t["mentions"]:
                        self.assertIn(m["raw"], p[m["field"]])

    def test_cli_tiny(self):
        with tempfile.TemporaryDirectory() as d:
            pb, tb = run_cli(1, 1, d)
        self.assertEqual(len(pb.decode().splitlines()), 1)
        t = json.loads(tb.decode().splitlines()[0])
        self.assertTrue(t["network"].startswith("n"))


if __name__ == "__main__":
    unittest.main()
