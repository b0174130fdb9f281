"""Tests of eval/selectors-fourteenth: run `python3 -m unittest` in this folder (Python 3.11, stdlib)."""

import argparse
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

_spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "ads", "score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

PLATFORMS = {"instagram", "snapchat", "telegram"}
# Made-up numbers, valid in libphonenumber: NANP 555-01XX, UK 07911 12xxxx / 07400 1xxxxx, FR 06 12 34 xx xx /
# 07 81 23 xx xx, AU 0412 345 xxx, ES 612 34x xxx, MX 55 1234 xxxx, BR (11) 91234-xxxx, PH 0917 123 xxxx.
PHONE_RANGES = {"US": r"\+1\d{3}55501\d\d", "GB": r"\+44(?:791112\d{4}|74001\d{5})", "FR": r"\+33(?:61234|78123)\d{4}",
                "AU": r"\+61412345\d{3}", "ES": r"\+3461234\d{4}", "MX": r"\+52551234\d{4}", "BR": r"\+551191234\d{4}",
                "PH": r"\+63917123\d{4}"}
PHONE_RANGES["CA"] = PHONE_RANGES["US"]
PUBLIC_SUFFIXES = ("com", "net", "org", "info", "biz", "co.uk", "ca", "com.au", "es", "com.mx", "com.br", "fr", "ph",
                   "com.ph")
BRAND_STEMS = {b[1] for pool in (write.SPAS, write.AGENCIES, write.COMPANIES, write.SITES) for sp in write.SPLITS
               for b in pool[sp]} | {b[1] for sp in write.SPLITS for b in write.DEALERS[sp].values()}
SYLLABLE = r"[bdfgklmnprstvz][aeiou][bdfgklmnprstvz][aeiou]"
FREEMAIL = {"gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "protonmail.com"}
KIND_KEY = {"handle": "handles", "url": "urls", "email": "emails", "phone": "phones"}


def load(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def values(ad):
    L = ad["labels"]
    return ({("handle", h["platform"], h["value"]) for h in L["handles"]} | {("url", None, u) for u in L["urls"]}
            | {("email", None, e) for e in L["emails"]} | {("phone", None, p) for p in L["phones"]})


def split_domain(dom):
    """(stem, public suffix) of a brand domain, the longest listed suffix first; None if no listed suffix."""
    for suf in sorted(PUBLIC_SUFFIXES, key=len, reverse=True):
        if dom.endswith("." + suf) and "." not in dom[:-len(suf) - 1]:
            return dom[:-len(suf) - 1], suf
    return None


def domain_ok(dom, region):
    """A free-mail host (then the local part is invented), or an invented brand name on a real public suffix
    that fits the post's country (checked where the post shows its region)."""
    if dom in FREEMAIL:
        return True
    sd = split_domain(dom)
    if sd is None:
        return False
    stem, suf = sd
    if not (stem in BRAND_STEMS or re.search(SYLLABLE, stem)):
        return False
    return region is None or suf in write.REGION_TLDS[region]


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ads = {s: load(s) for s in write.SPLITS}
        cls.all = cls.ads["dev"] + cls.ads["heldout"]

    # ---- determinism ------------------------------------------------------------------------
    def test_generator_is_deterministic(self):
        self.assertEqual(write.rendered(), write.rendered())

    def test_files_equal_generator_output(self):
        texts = write.rendered()
        for split in write.SPLITS:
            with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), texts[split], f"{split}.jsonl differs from write.py output")

    def test_check_flag_in_fresh_process(self):
        # a fresh interpreter (another hash seed) gives the same bytes
        r = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True,
                           env=dict(os.environ, PYTHONHASHSEED="12345"))
        self.assertEqual(r.returncode, 0, r.stderr)

    # ---- shape ------------------------------------------------------------------------------
    def test_sizes_and_ids(self):
        self.assertEqual(len(self.ads["dev"]), 160)
        self.assertEqual(len(self.ads["heldout"]), 200)
        ids = [a["id"] for a in self.all]
        self.assertEqual(len(ids), len(set(ids)))
        for split, prefix in (("dev", "sel14d"), ("heldout", "sel14h")):
            for n, a in enumerate(self.ads[split], 1):
                self.assertEqual(a["id"], f"{prefix}-{n:03d}")

    def test_schema(self):
        for a in self.all:
            self.assertEqual(list(a), ["id", "title", "body", "region", "location", "posted_at", "lang", "category",
                                       "labels", "spans", "hard_negatives"])
            self.assertTrue(a["region"] is None or re.fullmatch(r"[A-Z]{2}", a["region"]))
            self.assertTrue(a["region"] is not None or a["location"] is not None)
            self.assertRegex(a["posted_at"], r"^20(1[5-9]|2[0-4])-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            self.assertIn(a["lang"], ("en", "es", "pt", "fr", "tl"))
            L = a["labels"]
            self.assertEqual(list(L), ["post_type", "indicators", "handles", "urls", "emails", "phones"])
            self.assertIn(L["post_type"], score.POST_TYPES)
            self.assertEqual(L["post_type"], write.POST_TYPE[a["category"]])
            self.assertEqual(L["indicators"], [])
            for s in a["spans"]:
                self.assertEqual(list(s), ["kind", "platform", "value", "raw", "form", "field"])
            for n in a["hard_negatives"]:
                self.assertEqual(list(n), ["kind", "raw", "field"])
                self.assertIn(n["kind"], write.DECOY_KINDS)

    def test_region_and_location_sometimes_absent(self):
        for split in write.SPLITS:
            ads = self.ads[split]
            self.assertGreater(sum(a["region"] is None for a in ads), 0, split)
            self.assertGreater(sum(a["location"] is None for a in ads), 0, split)

    # ---- spans and labels -------------------------------------------------------------------
    def test_raws_occur_in_their_field(self):
        for a in self.all:
            for s in a["spans"] + a["hard_negatives"]:
                self.assertIn(s["field"], ("title", "body"))
                self.assertIn(s["raw"], a[s["field"]], f"{a['id']}: {s['raw']!r}")

    def test_every_labelled_value_has_a_span_and_back(self):
        for a in self.all:
            from_spans = {(s["kind"], s["platform"], s["value"]) for s in a["spans"]}
            self.assertEqual(from_spans, values(a), a["id"])
            L = a["labels"]
            for k in ("urls", "emails", "phones"):
                self.assertEqual(len(L[k]), len(set(L[k])), a["id"])

    def test_email_recoverable_from_its_raw(self):
        for a in self.all:
            for s in a["spans"]:
                if s["kind"] == "email":
                    self.assertIn(s["value"], write.decode_email(s["raw"]), f"{a['id']}: {s['raw']!r}")

    def test_no_labelled_email_in_hard_negative(self):
        for a in self.all:
            for n in a["hard_negatives"]:
                dec = write.decode_email(n["raw"])
                for e in a["labels"]["emails"]:
                    self.assertNotIn(e, dec, a["id"])

    def test_lint_every_ad(self):
        for a in self.all:
            self.assertEqual(write.lint_ad(a), [], a["id"])

    def test_labels_in_normal_form(self):
        for a in self.all:
            L = a["labels"]
            for h in L["handles"]:
                self.assertIn(h["platform"], PLATFORMS)
                self.assertEqual(score.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))
            for u in L["urls"]:
                self.assertEqual(score.norm_url(u), u)
                self.assertNotRegex(u, r"^(https?://|www\.)|/$")
            for e in L["emails"]:
                self.assertEqual(e, e.strip().lower())
                self.assertRegex(e, r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

    def test_gold_as_prediction_scores_perfectly(self):
        for split in write.SPLITS:
            gold = self.ads[split]
            preds = []
            for a in gold:
                L = a["labels"]
                sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                sel += [{"kind": k[:-1], "value": v} for k in ("urls", "emails", "phones") for v in L[k]]
                preds.append({"id": a["id"], "selectors": sel, "indicators": []})
            for npu in (False, True):
                res = score.score(gold, preds, argparse.Namespace(no_profile_urls=npu, errors=0))
                self.assertEqual(res["missing_in_output"], 0)
                for k in ("handles", "urls", "emails", "phones"):
                    d = res["selectors"][k]
                    if d["tp"]:
                        self.assertEqual((d["precision"], d["recall"]), (1.0, 1.0), f"{split} {k} {npu}")

    # ---- no real-looking personal data --------------------------------------------------------
    def test_phones_made_up_ranges(self):
        for a in self.all:
            for p in a["labels"]["phones"]:
                self.assertTrue(any(re.fullmatch(r, p) for r in PHONE_RANGES.values()), p)
                if a["region"] is not None:  # each ad gives its own country's numbers
                    self.assertRegex(p, "^" + PHONE_RANGES[a["region"]] + "$", a["id"])

    def test_national_phone_only_where_country_is_known(self):
        # national writing where `region` gives the country; for ES, MX, BR and PH also where only the
        # post's `location` (in that country) does
        n = Counter()
        for a in self.all:
            for s in a["spans"]:
                if s["kind"] == "phone" and not s["raw"].startswith("+"):
                    n[a["region"]] += 1
                    if a["region"] is None:
                        self.assertIsNotNone(a["location"], a["id"])
                        self.assertRegex(s["value"], r"^\+(34|52|55|63)", a["id"])
        for c in ("ES", "MX", "BR", "PH"):
            self.assertGreater(n[c], 0, c)

    def test_no_reserved_tld(self):
        for a in self.all:
            for f in ("title", "body"):
                self.assertNotRegex(a[f], r"(?i)[a-z0-9-]\.(?:example|test|invalid|localhost)\b", a["id"])

    def test_email_domains_real_suffix_or_freemail(self):
        for a in self.all:
            for e in a["labels"]["emails"]:
                local, dom = e.split("@")
                self.assertTrue(domain_ok(dom, a["region"]), e)
                if dom in FREEMAIL:
                    # invented local parts only: always a made-up syllable word, never a bare real name
                    self.assertRegex(local, r"[a-z]*[bdfgklmnprstvz][aeiou][bdfgklmnprstvz][aeiou]", e)
            for u in a["labels"]["urls"]:
                host = u.split("/")[0].split("?")[0]
                self.assertTrue(domain_ok(host, a["region"]) or host in ("instagram.com", "t.me"), u)

    def test_address_in_url_query_is_also_an_email(self):
        # the URL is labelled (query kept) and the address written in it, decoded from %40, is an e-mail
        seen = Counter()
        for a in self.all:
            for s in a["spans"]:
                if s["kind"] == "url" and s["form"] == "email_query":
                    m = re.search(r"=([a-z0-9._-]+)(@|%40)([a-z0-9.-]+)", s["value"])
                    self.assertTrue(m, s["value"])
                    addr = f"{m.group(1)}@{m.group(3)}"
                    seen[m.group(2)] += 1
                    self.assertIn(s["value"], a["labels"]["urls"])
                    self.assertIn(addr, a["labels"]["emails"], a["id"])
                    self.assertTrue(any(e["kind"] == "email" and e["form"] == "url_query" and e["value"] == addr
                                        and e["raw"] in s["raw"] for e in a["spans"]), a["id"])
            for n in a["hard_negatives"]:
                self.assertNotIn(n["kind"], ("email_in_url",))
        self.assertGreater(seen["@"], 0)
        self.assertGreater(seen["%40"], 0)

    def test_placeholders_are_placeholders(self):
        for a in self.all:
            for n in a["hard_negatives"]:
                if n["kind"] == "placeholder":
                    local = n["raw"].split("@")[0].lower()
                    self.assertIn(local, write.PLACEHOLDER_LOCALS, n["raw"])

    def test_no_value_in_both_splits(self):
        dev = {v[2] for a in self.ads["dev"] for v in values(a)}
        held = {v[2] for a in self.ads["heldout"] for v in values(a)}
        self.assertEqual(dev & held, set())

    # ---- design -----------------------------------------------------------------------------
    def test_every_class_in_both_splits(self):
        for split in write.SPLITS:
            ads = self.ads[split]
            forms = {s["form"] for a in ads for s in a["spans"] if s["kind"] == "email"}
            self.assertEqual(forms, set(write.EMAIL_FORMS), split)
            kinds = {n["kind"] for a in ads for n in a["hard_negatives"]}
            self.assertEqual(kinds, set(write.DECOY_KINDS), split)
            self.assertEqual({a["category"] for a in ads}, {c for c, _ in write.CATEGORIES}, split)
            self.assertEqual({a["lang"] for a in ads}, {"en", "es", "pt", "fr", "tl"}, split)
            self.assertEqual({a["region"] for a in ads} - {None},
                             {"US", "GB", "CA", "AU", "ES", "MX", "BR", "FR", "PH"}, split)

    def test_volume(self):
        for split in write.SPLITS:
            ads = self.ads[split]
            n = len(ads)
            emails = sum(len(a["labels"]["emails"]) for a in ads) / n
            negs = sum(len(a["hard_negatives"]) for a in ads) / n
            self.assertTrue(1.0 <= emails <= 3.0, (split, emails))
            self.assertTrue(1.0 <= negs <= 3.0, (split, negs))
            self.assertGreater(sum(1 for a in ads if not a["labels"]["emails"]), 0, split)
            self.assertGreater(sum(1 for a in ads if not a["hard_negatives"]), 0, split)
            en = sum(1 for a in ads if a["lang"] == "en") / n
            self.assertAlmostEqual(en, 0.6, delta=0.02)
            handles = sum(len(a["labels"]["handles"]) for a in ads)
            self.assertLess(handles, sum(len(a["labels"]["emails"]) for a in ads) / 3, split)

    def test_heldout_templates_differ(self):
        # held-out posts are not copies of dev posts, and the domain labels of brands differ
        dev_bodies = {a["body"] for a in self.ads["dev"]}
        self.assertFalse(any(a["body"] in dev_bodies for a in self.ads["heldout"]))
        brand = lambda ads: {e.split("@")[1] for a in ads for e in a["labels"]["emails"]} - FREEMAIL  # noqa: E731
        self.assertEqual(brand(self.ads["dev"]) & brand(self.ads["heldout"]), set())
        dev_titles = {a["title"] for a in self.ads["dev"]}
        self.assertLess(sum(a["title"] in dev_titles for a in self.ads["heldout"]), 10)


if __name__ == "__main__":
    unittest.main()
