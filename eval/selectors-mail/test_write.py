#!/usr/bin/env python3
"""Tests for the email-heavy selector set: python3 -m unittest eval/selectors-mail/test_write.py

Checks that the generator is deterministic, that the committed files are its output, that every
label can be found in its ad, that negatives carry no selector, and that the two splits share no
wording that tuning on dev could fit.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import write  # noqa: E402

SPLITS = ("dev", "heldout")


def skeleton(s: str) -> str:
    """Lower-case letters and digits only, after NFKC (so ＠ and ． fold, spacing and disguise vanish)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).lower() if ch.isalnum())


def text_of(ad) -> str:
    return ad["title"] + "\n" + ad["body"]


class Generated:
    cache: dict = {}

    @classmethod
    def get(cls, split):
        if split not in cls.cache:
            cls.cache[split] = write.generate(split)
        return cls.cache[split]


class TestDeterminism(unittest.TestCase):
    def test_same_output_twice(self):
        for split in SPLITS:
            self.assertEqual(write.render(split), write.render(split), split)

    def test_committed_files_are_generator_output(self):
        for split, name in write.FILES.items():
            committed = (HERE / name).read_text(encoding="utf-8")
            self.assertEqual(committed, write.render(split), f"{name} differs: run python3 write.py")


class TestFormat(unittest.TestCase):
    def test_shape_and_score_fields(self):
        for split in SPLITS:
            ads = [json.loads(line) for line in write.render(split).splitlines()]
            self.assertEqual(len(ads), write.N_ADS)
            self.assertEqual(len({a["id"] for a in ads}), len(ads))
            for a in ads:
                self.assertEqual(set(a), {"id", "title", "body", "labels"})
                L = a["labels"]
                self.assertEqual(set(L), {"handles", "urls", "emails", "post_type", "indicators", "phones"})
                self.assertIsNone(L["post_type"])
                self.assertEqual(L["indicators"], [])
                self.assertEqual(L["phones"], [])
                for e in L["emails"]:
                    self.assertEqual(e, e.lower())
                    self.assertRegex(e, r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
                for u in L["urls"]:
                    self.assertEqual(u, u.lower())
                    self.assertFalse(u.startswith(("http", "www.")), u)
                    self.assertFalse(u.endswith("/"), u)
                for h in L["handles"]:
                    self.assertEqual(set(h), {"platform", "value"})
                    self.assertEqual(h["value"], h["value"].lower())
                    self.assertFalse(h["value"].startswith("@"))
                    self.assertRegex(h["value"], r"^[a-z0-9._]+$")

    def test_email_heavy(self):
        for split in SPLITS:
            ads = [a for a, _ in Generated.get(split)]
            with_email = sum(1 for a in ads if a["labels"]["emails"])
            self.assertGreaterEqual(with_email / len(ads), 0.60, split)
            self.assertGreater(sum(1 for a in ads if a["labels"]["handles"]), 50)
            self.assertGreater(sum(1 for a in ads if a["labels"]["urls"]), 50)
            self.assertGreater(sum(1 for a in ads if not any(a["labels"][k] for k in ("emails", "urls", "handles"))), 10)


class TestLabelsInText(unittest.TestCase):
    def test_surface_of_every_label_is_in_the_ad(self):
        for split in SPLITS:
            for ad, meta in Generated.get(split):
                text = text_of(ad)
                for kind, value, surface, _ in meta["surfaces"]:
                    self.assertIn(surface, text, f"{ad['id']} {kind}")

    def test_every_label_value_occurs_in_some_form(self):
        # Independent of the generator's bookkeeping: read each label back from the text.
        for split in SPLITS:
            for ad, _ in Generated.get(split):
                sk = skeleton(text_of(ad))
                L = ad["labels"]
                for e in L["emails"]:
                    local, domain = e.split("@")
                    self.assertIn(skeleton(local), sk, ad["id"])
                    for part in domain.split("."):
                        self.assertIn(skeleton(part), sk, ad["id"])
                    # the local part and the domain's first label appear in that order
                    self.assertRegex(sk, re.escape(skeleton(local)) + r".{0,12}" + re.escape(skeleton(domain.split(".")[0])))
                for u in L["urls"]:
                    self.assertIn(skeleton(u), sk, ad["id"])
                    self.assertIn(u.split("/")[0].split(".")[0], ad["title"].lower() + ad["body"].lower(), ad["id"])
                for h in L["handles"]:
                    self.assertIn(skeleton(h["value"]), sk, ad["id"])
                    self.assertIn(h["value"], text_of(ad).lower(), ad["id"])

    def test_emails_and_urls_counted_once(self):
        for split in SPLITS:
            for ad, _ in Generated.get(split):
                for k in ("emails", "urls"):
                    self.assertEqual(len(ad["labels"][k]), len(set(ad["labels"][k])))


class TestNegatives(unittest.TestCase):
    def tlds(self):
        out = set()
        for split in SPLITS:
            b = write.BANKS[split]["bank"]
            for d in b["free_domains"] + b["agency_domains"] + b["sites"] + b["shorteners"] + b["linkpages"]:
                out.add(d.rsplit(".", 1)[1])
        return out

    def test_text_outside_labelled_surfaces_has_no_plain_selector(self):
        tlds = self.tlds()
        for split in SPLITS:
            for ad, meta in Generated.get(split):
                rest = text_of(ad)
                for _, _, surface, _ in sorted(meta["surfaces"], key=lambda s: -len(s[2])):
                    rest = rest.replace(surface, " ")
                low = rest.lower()
                for bad in ("www.", "http", "://", "＠", "t.me/", ".com", ".net", ".co.", "/@"):
                    self.assertNotIn(bad, low, f"{ad['id']}: {bad!r} outside labels")
                for m in re.finditer(r"[a-z0-9._+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", low):
                    self.assertNotIn(m.group(1).rsplit(".", 1)[1], tlds, ad["id"])

    def test_negatives_are_used_and_unlabelled(self):
        for split in SPLITS:
            negs = [n for _, meta in Generated.get(split) for n in meta["negatives"]]
            self.assertGreater(len(negs), 200)
            self.assertGreaterEqual(len(set(negs)), len(write.BANKS[split]["neg"]) - 3)

    def test_fillers_and_titles_hold_no_selector_shapes(self):
        for split in SPLITS:
            B = write.BANKS[split]
            texts = [t for v in B["fill"].values() for t in v] + [t for v in B["titles"].values() for t in v]
            for t in texts:
                self.assertNotIn("@", t)
                self.assertNotIn("＠", t)
                self.assertIsNone(re.search(r"[A-Za-z]\.[A-Za-z]", t), t)
                self.assertNotIn("www", t.lower())


class TestSplitsDisjoint(unittest.TestCase):
    def test_banks_disjoint(self):
        d, h = write.BANKS["dev"], write.BANKS["heldout"]
        for key in d["bank"]:
            self.assertFalse(set(d["bank"][key]) & set(h["bank"][key]), key)
        all_d = {x for v in d["bank"].values() for x in v}
        all_h = {x for v in h["bank"].values() for x in v}
        self.assertFalse(all_d & all_h)
        for key in ("fill", "titles", "email_intros"):
            for cat in d[key]:
                self.assertFalse(set(d[key][cat]) & set(h[key][cat]) - {""}, (key, cat))
        self.assertFalse(set(d["neg"]) & set(h["neg"]))
        for cat in d["url_intros"]:
            self.assertFalse(set(d["url_intros"][cat]) & set(h["url_intros"][cat]) - {""}, cat)
        self.assertFalse(set(d["phones"]) & set(h["phones"]))

    def test_disguise_and_cue_spellings_disjoint(self):
        d, h = write.BANKS["dev"], write.BANKS["heldout"]
        probe = [f(" x", "y.z") for k, f in d["email_forms"].items() if k != "plain"]
        probe_h = [f(" x", "y.z") for k, f in h["email_forms"].items() if k != "plain"]
        self.assertFalse(set(probe) & set(probe_h))
        self.assertFalse({t for _, t, _, _ in d["handle_forms"]} & {t for _, t, _, _ in h["handle_forms"]})
        self.assertEqual(set(d["url_forms"]) & set(h["url_forms"]), {"short", "linkpage"})

    def test_no_label_value_in_both_splits(self):
        def values(split):
            out = set()
            for ad, _ in Generated.get(split):
                L = ad["labels"]
                out |= set(L["emails"]) | set(L["urls"]) | {h["platform"] + ":" + h["value"] for h in L["handles"]}
            return out

        self.assertFalse(values("dev") & values("heldout"))

    def test_ids_disjoint(self):
        ids = [{a["id"] for a, _ in Generated.get(s)} for s in SPLITS]
        self.assertFalse(ids[0] & ids[1])


if __name__ == "__main__":
    unittest.main()
