"""Tests for eval/selectors-twelfth (run `python3 -m unittest` in this folder)."""

import importlib.util
import json
import os
import re
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402


def load_score():
    path = os.path.join(HERE, "..", "ads", "score.py")
    spec = importlib.util.spec_from_file_location("ads_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


SPLITS = {"dev": ("dev.jsonl", "sel12d", write.N_DEV), "heldout": ("heldout.jsonl", "sel12h", write.N_HELD)}
KINDS = ("handles", "urls", "emails", "phones")
KIND_OF = {"handle": "handles", "url": "urls", "email": "emails", "phone": "phones"}
FICTIONAL = [re.compile(r"^\+1\d{3}55501\d\d$"), re.compile(r"^\+447700900\d{3}$"),
             re.compile(r"^\+6149157[0-2]\d{3}$"), re.compile(r"^\+3363998\d{4}$")]
PLATFORMS = {"instagram", "snapchat", "telegram", "twitter", "tiktok", "onlyfans", "kik", "facebook"}


def values(ads):
    out = []
    for a in ads:
        L = a["labels"]
        out += [h["value"] for h in L["handles"]] + L["urls"] + L["emails"] + L["phones"]
    return out


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.outs = write.outputs()
        cls.ads = {k: read(v[0]) for k, v in SPLITS.items()}
        cls.score = load_score()

    def test_files_equal_generator(self):
        for name, text in self.outs.items():
            with open(os.path.join(HERE, name), "rb") as f:
                self.assertEqual(f.read(), text.encode("utf-8"), name)

    def test_generator_is_deterministic(self):
        self.assertEqual(write.outputs(), self.outs)

    def test_ids(self):
        seen = set()
        for split, (_, prefix, n) in SPLITS.items():
            ads = self.ads[split]
            self.assertEqual(len(ads), n)
            self.assertEqual([a["id"] for a in ads], [f"{prefix}-{i:03d}" for i in range(1, n + 1)])
            for a in ads:
                self.assertNotIn(a["id"], seen)
                seen.add(a["id"])

    def test_records_are_valid_input(self):
        for ads in self.ads.values():
            for a in ads:
                self.assertTrue(a["title"] and a["body"])
                self.assertIn(a["region"], write.REGIONS)
                self.assertRegex(a["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                self.assertIn(a["labels"]["post_type"], self.score.POST_TYPES)
                self.assertEqual(a["labels"]["indicators"], [])

    def test_spans_occur_in_field(self):
        for ads in self.ads.values():
            for a in ads:
                for s in a["spans"]:
                    self.assertIn(s["field"], ("title", "body"))
                    self.assertIn(s["raw"], a[s["field"]], (a["id"], s))
                for n in a["hard_negatives"]:
                    self.assertIn(n["raw"], a[n["field"]], (a["id"], n))

    def test_labels_match_spans(self):
        for ads in self.ads.values():
            for a in ads:
                L = a["labels"]
                from_spans = {k: set() for k in KINDS}
                for s in a["spans"]:
                    k = KIND_OF[s["kind"]]
                    from_spans[k].add((s["platform"], s["value"]) if k == "handles" else s["value"])
                self.assertEqual(from_spans["handles"], {(h["platform"], h["value"]) for h in L["handles"]}, a["id"])
                for k in ("urls", "emails", "phones"):
                    self.assertEqual(from_spans[k], set(L[k]), a["id"])
                    self.assertEqual(len(L[k]), len(set(L[k])))

    def test_labels_are_in_scorer_form(self):
        sc = self.score
        for ads in self.ads.values():
            for a in ads:
                L = a["labels"]
                for h in L["handles"]:
                    self.assertIn(h["platform"], PLATFORMS)
                    self.assertEqual(sc.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))
                    self.assertTrue(h["value"])
                for u in L["urls"]:
                    self.assertEqual(sc.norm_url(u), u)
                for e in L["emails"]:
                    self.assertEqual(e, e.lower())
                    self.assertRegex(e, r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
                for p in L["phones"]:
                    self.assertTrue(any(r.match(p) for r in FICTIONAL), p)

    def test_no_value_in_both_splits(self):
        self.assertEqual(set(values(self.ads["dev"])) & set(values(self.ads["heldout"])), set())

    def test_no_cashtags(self):
        for ads in self.ads.values():
            for a in ads:
                text = a["title"] + " " + a["body"]
                self.assertIsNone(re.search(r"\$[A-Za-z_]", text), a["id"])
                self.assertNotIn("cash.app", text.lower())

    def test_hard_negatives_are_not_labelled(self):
        for ads in self.ads.values():
            for a in ads:
                vals = set(values([a]))
                for n in a["hard_negatives"]:
                    raw = n["raw"].lower()
                    self.assertNotIn(raw, vals)
                    if n["kind"] == "cue_ordinary_word":
                        word = raw.split()[-1]
                        self.assertNotIn(word, vals)

    def test_weak_cue_handles_look_like_accounts(self):
        for ads in self.ads.values():
            for a in ads:
                for s in a["spans"]:
                    if s["form"] in ("weak_emoji", "weak_word", "socials_list", "shares_email_name", "glued_phone"):
                        self.assertTrue(write.account_looking(s["raw"]) or s["raw"].startswith("@"), s)

    def test_handles_valid_for_platform(self):
        for ads in self.ads.values():
            for a in ads:
                for h in a["labels"]["handles"]:
                    self.assertTrue(write.valid_for(h["value"], [h["platform"]]), (a["id"], h))
                    self.assertRegex(h["value"], r"^[a-z0-9_.]+$")

    def gold_as_prediction(self, ads):
        preds = []
        for a in ads:
            L = a["labels"]
            sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
            sel += [{"kind": "url", "value": u} for u in L["urls"]]
            sel += [{"kind": "email", "value": e} for e in L["emails"]]
            sel += [{"kind": "phone", "value": p} for p in L["phones"]]
            preds.append({"id": a["id"], "selectors": sel, "indicators": []})
        return preds

    def test_gold_scores_perfectly(self):
        for split, ads in self.ads.items():
            for no_profile in (False, True):
                args = types.SimpleNamespace(no_profile_urls=no_profile, errors=0)
                res = self.score.score(ads, self.gold_as_prediction(ads), args)
                self.assertEqual(res["missing_in_output"], 0)
                for k in KINDS:
                    d = res["selectors"][k]
                    self.assertGreater(d["tp"], 0, (split, k))
                    self.assertEqual((d["precision"], d["recall"]), (1.0, 1.0), (split, k, no_profile))

    def test_every_form_in_both_splits(self):
        forms = {k: {(s["kind"], s["form"]) for a in ads for s in a["spans"]} for k, ads in self.ads.items()}
        negs = {k: {n["kind"] for a in ads for n in a["hard_negatives"]} for k, ads in self.ads.items()}
        self.assertEqual(forms["dev"], forms["heldout"])
        self.assertEqual(negs["dev"], negs["heldout"])


if __name__ == "__main__":
    unittest.main()
