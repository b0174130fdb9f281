"""Tests for the linking6 generator (development seeds only; never the held-out 601-609).

    python3 -m unittest eval/linking6/test_gen.py
"""
import html
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
import gen    # noqa: E402
import stats  # noqa: E402
import texts  # noqa: E402

GEN = os.path.join(HERE, "gen.py")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
NET = re.compile(r"^(rec|vis|sex|dom|ind|emp|cpy|rep|sel)-\d{4}$")


def run_gen(seed, posts, folder, hashseed="0"):
    paths = {k: os.path.join(folder, f"{k}.jsonl") for k in ("posts", "truth", "sel")}
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    subprocess.run([sys.executable, GEN, "--seed", str(seed), "--posts", str(posts),
                    "--out", paths["posts"], "--truth", paths["truth"],
                    "--selectors", paths["sel"]], check=True, env=env)
    return paths


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def instant(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(timezone.utc)


class Corpus(unittest.TestCase):
    """One development corpus (seed 1, 20,000 posts) shared by the tests."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        t0 = time.time()
        paths = run_gen(1, 20000, cls.tmp.name)
        cls.seconds = time.time() - t0
        cls.posts = read(paths["posts"])
        cls.truth = read(paths["truth"])
        cls.side = read(paths["sel"])
        cls.net = {t["id"]: t["network"] for t in cls.truth}
        cls.by_id = {p["id"]: p for p in cls.posts}
        cls.side_by_id = {s["id"]: s for s in cls.side}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # --- speed and shape -------------------------------------------------------------------
    def test_speed(self):
        self.assertLess(self.seconds, 30, "20,000 posts must generate well under a minute")

    def test_record_shape(self):
        self.assertEqual(len(self.posts), 20000)
        prev = None
        for i, p in enumerate(self.posts):
            self.assertEqual(p["id"], f"L6-{i + 1:06d}")
            site = texts.SITES[p["site"]]
            self.assertTrue(p["url"].startswith(f"https://{p['site']}/"))
            self.assertTrue(p["body"])
            if site["kind"] == "groups":
                self.assertNotIn("title", p)
                self.assertNotIn("location", p)
            else:
                self.assertTrue(p.get("title"))
            if site["author"] is None:
                self.assertNotIn("author", p)
            else:
                self.assertTrue(p.get("author"))
            ts = instant(p["posted_at"])
            self.assertTrue(p["posted_at"].startswith("2025-"))
            if prev is not None:
                self.assertLessEqual(prev, ts, "posts must be sorted by posted_at")
            prev = ts
            for h in p.get("image_hashes", []):
                self.assertRegex(h, HEX64)
            if "region" in p:
                self.assertRegex(p["region"], r"^[A-Z]{2}$")
        region = sum(1 for p in self.posts if "region" in p) / len(self.posts)
        self.assertGreater(region, 0.25)
        self.assertLess(region, 0.35)

    def test_unique_urls(self):
        urls = [p["url"] for p in self.posts]
        self.assertEqual(len(urls), len(set(urls)))

    # --- ground truth ------------------------------------------------------------------------
    def test_truth_covers_every_post_once(self):
        self.assertEqual([t["id"] for t in self.truth], [p["id"] for p in self.posts])
        for t in self.truth:
            self.assertRegex(t["network"], NET)

    def test_sidecar_agrees_with_truth(self):
        for s in self.side:
            self.assertEqual(s["network"], self.net[s["id"]])
            self.assertEqual(s["class"], s["network"].split("-")[0])
            self.assertEqual(s["actor"], s["network"])

    def test_class_mix(self):
        n = len(self.posts)
        cls = Counter(stats.class_of(t["network"]) for t in self.truth)
        for c in stats.CLASSES:
            self.assertGreater(cls[c] / n, 0.03, c)
        self.assertEqual(sum(1 for s in self.side if s["kind"] == "repost"), round(0.04 * n))

    def test_nonhub_selectors_identify_one_network(self):
        """Design invariant: every planted selector that is not a hub belongs to one network."""
        span = defaultdict(set)
        kinds = {"phone", "wallet", "email", "domain", "url", "handle", "account", "licence",
                 "address", "name", "image"}
        for s in self.side:
            hub = set(s["hub"])
            for k in stats.selector_keys(s, kinds):
                if k not in hub:
                    span[k].add(s["network"])
        shared = {k: v for k, v in span.items() if len(v) > 1}
        self.assertEqual(shared, {})

    def test_phones_come_from_the_pool(self):
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            pool = json.load(f)["pool"]
        valid = {e[0] for cc in pool.values() for lst in cc.values() for e in lst}
        for s in self.side:
            for e164 in s["phones"]:
                self.assertIn(e164, valid)
            for w in s["wallets"]:
                acct = w.split(":", 1)[1]
                if acct.startswith("+"):
                    self.assertIn(acct, valid)

    # --- reposts, copies, transfers ----------------------------------------------------------
    def test_reposts_belong_to_the_source(self):
        reposts = [s for s in self.side if s["kind"] == "repost"]
        self.assertTrue(reposts)
        for s in reposts:
            src = self.side_by_id[s["repost_of"]]
            self.assertEqual(self.net[s["id"]], self.net[src["id"]])
            self.assertNotEqual(s["poster"], s["network"])
            self.assertTrue(s["poster"].startswith("rep-"))
            self.assertEqual(texts.SITES[s["site"]]["kind"], "groups")
            self.assertFalse(s["no_contact"], "only adverts with a contact are reposted")
            self.assertLessEqual(instant(self.by_id[src["id"]]["posted_at"]),
                                 instant(self.by_id[s["id"]]["posted_at"]))
            own = [p for p in src["phones"] if "phone:" + p not in src["hub"]]
            self.assertTrue(set(own) <= set(s["phones"]))

    def test_copies_do_not_belong_to_the_employer(self):
        copies = [s for s in self.side if s["kind"] == "copy"]
        self.assertTrue(copies)
        for s in copies:
            src = self.side_by_id[s["copy_of"]]
            self.assertTrue(src["network"].startswith("emp-"))
            self.assertTrue(s["network"].startswith("cpy-"))
            company = src["names"][0]
            self.assertIn(company, html.unescape(self.by_id[s["id"]]["body"]))
            self.assertIn("name:" + company, s["hub"])
            emp_contacts = {x for x in src["phones"] + src["emails"]
                            if "phone:" + x not in src["hub"] and "email:" + x not in src["hub"]}
            self.assertFalse(emp_contacts & set(s["phones"] + s["emails"]))
            self.assertTrue([p for p in s["phones"] if "phone:" + p not in s["hub"]])

    def test_transferred_workers_span_two_agencies(self):
        owners = defaultdict(set)
        for s in self.side:
            if s["class"] == "dom":
                for b in s["images"]:
                    if "image:" + b in s["hub"]:
                        owners[b].add(s["network"])
        self.assertTrue(any(len(v) == 2 for v in owners.values()))

    # --- hubs ----------------------------------------------------------------------------------
    def hub_span(self, prefix):
        span = defaultdict(set)
        for s in self.side:
            for h in s["hub"]:
                if h.startswith(prefix):
                    span[h].add(s["network"])
        return span

    def test_site_footers_span_many_networks(self):
        for site in texts.SITES:
            span = self.hub_span(f"email:support@{site}")
            self.assertGreater(len(span[f"email:support@{site}"]), 20, site)

    def test_hotlines_stock_names_ats_are_hubs(self):
        phones = self.hub_span("phone:")
        footer_like = [k for k, v in phones.items() if len(v) > 20]
        self.assertGreater(len(footer_like), 20)       # 14 footers + hotlines
        images = self.hub_span("image:")
        self.assertGreaterEqual(sum(1 for v in images.values() if len(v) > 20), 10)
        accounts = self.hub_span("account:")
        self.assertTrue(any(len(v) > 10 for v in accounts.values()))
        ats = self.hub_span("domain:jobs.hirepath.example")
        self.assertGreater(len(ats["domain:jobs.hirepath.example"]), 10)

    def test_boilerplate_shared_by_employers(self):
        bp = texts.BOILERPLATE[("AE", "en")]
        nets = {self.net[p["id"]] for p in self.posts if bp in p["body"]}
        self.assertGreater(sum(1 for n in nets if n.startswith("emp-")), 5)

    # --- contact shares and phone writing -------------------------------------------------------
    def test_contact_shares(self):
        orig = [s for s in self.side if s["kind"] == "original"]

        def share(cls, pred):
            rows = [s for s in orig if s["class"] == cls]
            return sum(1 for s in rows if pred(s)) / len(rows)
        self.assertAlmostEqual(share("sex", lambda s: s["no_contact"]), 0.15, delta=0.04)
        wallet_only = share("vis", lambda s: s["wallets"] and not [
            p for p in s["phones"] if "phone:" + p not in s["hub"]])
        self.assertAlmostEqual(wallet_only, 0.20 * 0.9, delta=0.06)   # 90%: actors with a wallet

    def test_phone_forms(self):
        forms = Counter(f.rsplit(":", 1)[1] for s in self.side for f in s["phone_forms"])
        for form in ("national", "intl", "e164", "cc_digits", "compact", "dashed", "wa",
                     "native", "words", "regroup"):
            self.assertGreater(forms[form], 0, form)
        native = [p for p in self.posts if re.search("[٠-٩०-९০-৯]{3}", p["body"])]
        self.assertTrue(native)
        wa_only = [s for s in self.side if any(f.endswith(":wa") for f in s["phone_forms"]) and
                   all(f.endswith(":wa") for f in s["phone_forms"]
                       if "phone:" + f.rsplit(":", 1)[0] not in s["hub"])]
        self.assertTrue(wa_only)

    def test_scoring_extremes(self):
        truth = {t["id"]: t["network"] for t in self.truth}
        perfect = stats.score(truth, truth)
        self.assertAlmostEqual(perfect["all"]["pair_f1"], 1.0)
        self.assertAlmostEqual(perfect["all"]["b3_f1"], 1.0)
        single = stats.score(truth, {})
        self.assertEqual(single["all"]["pair_r"], 0.0)
        self.assertAlmostEqual(single["all"]["b3_p"], 1.0)
        one = stats.score(truth, {i: "x" for i in truth})
        self.assertAlmostEqual(one["all"]["b3_r"], 1.0)
        self.assertLess(one["all"]["pair_p"], 0.05)


class Determinism(unittest.TestCase):
    def test_same_seed_same_bytes_any_hashseed(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            pa = run_gen(2, 3000, a, hashseed="0")
            pb = run_gen(2, 3000, b, hashseed="4242")
            for k in pa:
                with open(pa[k], "rb") as fa, open(pb[k], "rb") as fb:
                    self.assertEqual(fa.read(), fb.read(), k)

    def test_other_seed_other_corpus(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            pa = run_gen(2, 1000, a)
            pb = run_gen(3, 1000, b)
            with open(pa["posts"], "rb") as fa, open(pb["posts"], "rb") as fb:
                self.assertNotEqual(fa.read(), fb.read())

    def test_size_bounds_and_held_out_list(self):
        self.assertEqual(list(gen.HELD_OUT), list(range(601, 610)))
        with tempfile.TemporaryDirectory() as a:
            r = subprocess.run([sys.executable, GEN, "--seed", "1", "--posts", "10", "--out",
                                os.path.join(a, "p"), "--truth", os.path.join(a, "t")],
                               capture_output=True)
            self.assertNotEqual(r.returncode, 0)


if __name__ == "__main__":
    unittest.main()
