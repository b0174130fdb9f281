#!/usr/bin/env python3
"""Tests for the linking5 generator and scorer. Run: python3 -m unittest eval/linking5/test_gen.py

Uses dev seeds only (1, 2, 3); never a held-out seed.
"""
import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from collections import defaultdict
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import stats  # noqa: E402

SEEDS_USED = (1, 2, 3)
N = 3000


def read(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


class Corpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cls.paths = {k: os.path.join(d, k + ".jsonl") for k in ("posts", "truth", "sel")}
        gen.main(["--seed", "1", "--posts", str(N), "--out", cls.paths["posts"], "--truth", cls.paths["truth"],
                  "--selectors", cls.paths["sel"]])
        cls.posts = read(cls.paths["posts"])
        cls.truth = {t["id"]: t["network"] for t in read(cls.paths["truth"])}
        cls.sel = {s["id"]: s for s in read(cls.paths["sel"])}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_held_out_seeds_never_used(self):
        self.assertFalse(set(SEEDS_USED) & set(gen.HELD_OUT_SEEDS))
        self.assertEqual(gen.HELD_OUT_SEEDS, tuple(range(501, 510)))
        self.assertEqual(gen.DEV_SEEDS, (1, 2, 3))
        self.assertIsNotNone(gen.heldout_notice(505))   # the notice text only; nothing is generated
        self.assertIsNone(gen.heldout_notice(1))

    def test_determinism_across_hash_seeds(self):
        digests = []
        for hs in ("0", "12345"):
            with tempfile.TemporaryDirectory() as d:
                p, t, s = (os.path.join(d, x) for x in ("p", "t", "s"))
                env = dict(os.environ, PYTHONHASHSEED=hs)
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--seed", "2", "--posts", "1200",
                                "--out", p, "--truth", t, "--selectors", s], check=True, env=env)
                h = hashlib.sha256()
                for x in (p, t, s):
                    with open(x, "rb") as fh:
                        h.update(fh.read())
                digests.append(h.hexdigest())
        self.assertEqual(digests[0], digests[1])

    def test_records(self):
        self.assertEqual(len(self.posts), N)
        ids = [p["id"] for p in self.posts]
        self.assertEqual(len(set(ids)), N)
        prev = None
        for p in self.posts:
            self.assertRegex(p["id"], r"^L5-\d{6}$")
            self.assertTrue(p.get("title") or p.get("body"))
            self.assertTrue(p["site"].endswith(".example"))
            t = instant(p["posted_at"])
            if prev is not None:
                self.assertGreaterEqual(t, prev)
            prev = t
            for h in p.get("image_hashes", []):
                self.assertRegex(h, r"^[0-9a-f]{64}$")
            if "region" in p:
                self.assertRegex(p["region"], r"^[A-Z]{2}$")
        share = sum(1 for p in self.posts if "region" in p) / N
        self.assertTrue(0.3 < share < 0.5, share)

    def test_truth_covers_every_post(self):
        self.assertEqual(set(self.truth), {p["id"] for p in self.posts})
        self.assertEqual(set(self.sel), {p["id"] for p in self.posts})
        classes = {v.split("-")[0] for v in self.truth.values()}
        self.assertEqual(classes, {"rec", "agy", "ind", "cpy", "dep", "emp", "sel"})

    def test_phones_from_pool(self):
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as fh:
            pool = json.load(fh)["countries"]
        known = {x[0] for c in pool.values() for k in ("mobile", "fixed") for x in c[k]}
        for s in self.sel.values():
            for ph in s["phones"]:
                self.assertIn(ph, known)
        try:
            import phonenumbers
        except ImportError:
            return
        for s in list(self.sel.values())[:500]:
            for ph in s["phones"]:
                self.assertTrue(phonenumbers.is_valid_number(phonenumbers.parse(ph, None)), ph)

    def test_hubs_span_several_actors(self):
        nets = defaultdict(set)
        for i, s in self.sel.items():
            for h in s["hub"]:
                nets[h].add(self.truth[i])
        footer = [h for h in nets if h in ("email:support@siamboard.example", "handle:line:siamboard.help")]
        self.assertTrue(footer)
        for h in footer:
            self.assertGreaterEqual(len(nets[h]), 10)
        contact_hubs = [h for h in nets if not h.startswith(("image:", "shortcode:"))]
        self.assertGreaterEqual(sum(1 for h in contact_hubs if len(nets[h]) >= 5), 10)
        self.assertTrue(any(h.startswith("shortcode:") and len(nets[h]) >= 3 for h in nets))   # NGO hotline
        self.assertTrue(any(h.startswith("image:") and len(nets[h]) >= 3 for h in nets))       # stock photos
        # every hub item is listed in the main lists too
        for s in self.sel.values():
            for h in s["hub"]:
                kind, _, val = h.partition(":")
                if kind == "phone":
                    self.assertIn(val, s["phones"])
                elif kind == "handle":
                    self.assertIn(val, s["handles"])

    def test_recycled_numbers(self):
        cut_a = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc).timestamp()
        cut_b = dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc).timestamp()
        when = {p["id"]: instant(p["posted_at"]) for p in self.posts}
        ph_posts = defaultdict(lambda: defaultdict(list))
        for i, s in self.sel.items():
            hub = set(s["hub"])
            for ph in s["phones"]:
                if "phone:" + ph not in hub:
                    ph_posts[ph][self.truth[i]].append(when[i])
        found = 0
        for ph, by in ph_posts.items():
            if len(by) < 2:
                continue
            early = [n for n, ts in by.items() if max(ts) < cut_a]
            late = [n for n, ts in by.items() if min(ts) >= cut_b]
            self.assertTrue(early and late, (ph, dict(by)))
            found += 1
        self.assertGreaterEqual(found, max(1, N // 500) - 1)

    def test_copycats_share_photos_with_victims(self):
        owner = defaultdict(set)
        for p in self.posts:
            for h in p.get("image_hashes", []):
                owner[h].add(self.truth[p["id"]])
        other_hashes = [int(h, 16) for h, ns in owner.items() if any(not n.startswith("cpy-") for n in ns)]
        cpy_hashes = defaultdict(set)
        for p in self.posts:
            n = self.truth[p["id"]]
            if n.startswith("cpy-"):
                cpy_hashes[n].update(p.get("image_hashes", []))
        self.assertTrue(cpy_hashes)
        for n, hs in cpy_hashes.items():
            ok = False
            for h in hs:
                if any(not m.startswith("cpy-") for m in owner[h]):
                    ok = True
                    break
                x = int(h, 16)
                if any(bin(x ^ y).count("1") <= 16 for y in other_hashes):
                    ok = True
                    break
            self.assertTrue(ok, n)
        # and copycats never share the victim's own contacts
        contacts = defaultdict(set)
        for i, s in self.sel.items():
            hub = set(s["hub"])
            for ph in s["phones"]:
                if "phone:" + ph not in hub:
                    contacts[ph].add(self.truth[i])
        for ph, ns in contacts.items():
            if any(n.startswith("cpy-") for n in ns):
                self.assertEqual(len([n for n in ns if not n.startswith(("cpy-", "ind-", "sel-", "dep-"))]), 0)

    def test_scoring_sanity(self):
        ids = list(self.truth)
        s = stats.score(ids, self.truth, dict(self.truth))
        self.assertEqual(s["pairwise"], (1.0, 1.0, 1.0))
        for v in s["bcubed"]:
            self.assertAlmostEqual(v, 1.0)
        single = stats.score(ids, self.truth, {})
        self.assertEqual(single["pairwise"][1], 0.0)
        self.assertAlmostEqual(single["bcubed"][0], 1.0)
        one = stats.score(ids, self.truth, {i: "x" for i in ids})
        self.assertAlmostEqual(one["pairwise"][1], 1.0)
        self.assertLess(one["pairwise"][0], 0.1)
        with tempfile.TemporaryDirectory() as d:
            pred = os.path.join(d, "pred.jsonl")
            with open(pred, "w") as fh:
                for i in ids:
                    fh.write(json.dumps({"id": i, "network": self.truth[i]}) + "\n")
            buf = io.StringIO()
            with redirect_stdout(buf):
                stats.main(["--posts", self.paths["posts"], "--truth", self.paths["truth"], "--selectors",
                            self.paths["sel"], "--pred", pred])
            out = buf.getvalue()
        last = out.strip().splitlines()[-1]
        self.assertIn("pairwise P 1.000 R 1.000 F1 1.000", last)
        self.assertIn("B3 P 1.000 R 1.000 F1 1.000", last)


class Sizes(unittest.TestCase):
    def test_small_corpus(self):
        with tempfile.TemporaryDirectory() as d:
            p, t = os.path.join(d, "p"), os.path.join(d, "t")
            gen.main(["--seed", "3", "--posts", "300", "--out", p, "--truth", t])
            self.assertEqual(len(read(p)), 300)
            self.assertEqual(len(read(t)), 300)


if __name__ == "__main__":
    unittest.main()
