"""Checks for eval/phones14.  Run from the repository root:

    /tmp/py/bin/python -m unittest eval/phones14/test_write.py
"""
import importlib.util
import json
import os
import re
import sys
import unicodedata
import unittest
from functools import lru_cache

import phonenumbers as pn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


W = _load("phones14_write", os.path.join(HERE, "write.py"))
SCORE = _load("phones_score", os.path.join(ROOT, "eval", "phones", "score.py"))
SPLITS = ("dev", "heldout")


def udigit(c):
    return unicodedata.digit(c, None)


# ---- an independent reader: does raw read as exactly these digits?
VOCAB = {}
for _ws in W.DIGW.values():
    for _d, _w in enumerate(_ws):
        VOCAB[_w.lower()] = str(_d)
for _d, _ws in W.HOMO.items():
    for _w in _ws:
        VOCAB[_w] = _d
for _d, _w in W.BANKS["leet"]:
    VOCAB[_w] = _d
NOISE = sorted(W.BANKS["escapes"] + ["<br />", "<br/>", "<br>"], key=len, reverse=True)
PLUSW = sorted(set(W.PLUS.values()), key=len, reverse=True)


def reads_as(raw, digits, cls):
    s = raw
    for n in NOISE:
        s = s.replace(n, " ")
    if cls.startswith("spoken_cc"):
        for p in PLUSW:
            if s.startswith(p + " "):
                s = s[len(p):]
                break
        for (lang, cc), card in sorted(W.CARD.items(), key=lambda kv: -len(kv[1])):
            if s.lstrip().startswith(card + " "):
                s = " " + cc + " " + s.lstrip()[len(card):]
                break
    low = s.lower()
    vocab = sorted(VOCAB.items(), key=lambda kv: -len(kv[0]))

    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(low):
            return j == len(digits)
        c = low[i]
        d = udigit(s[i])
        if d is not None and j < len(digits) and digits[j] == str(d) and go(i + 1, j + 1):
            return True
        for w, v in vocab:
            if low.startswith(w, i) and digits.startswith(v, j) and go(i + len(w), j + len(v)):
                return True
        if c == "o" and j < len(digits) and digits[j] == "0" and go(i + 1, j + 1):
            return True
        if d is None and not c.isalpha():
            return go(i + 1, j)
        return False

    sys.setrecursionlimit(10000)
    return go(0, 0)


class PhonesFourteen(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        pools = W.build_pools()
        cls.gen = {s: W.generate(s, pools) for s in SPLITS}
        cls.recs = {}
        for s in SPLITS:
            with open(os.path.join(HERE, s + ".jsonl"), encoding="utf-8") as f:
                cls.recs[s] = [json.loads(l) for l in f]

    def test_files_equal_generator_output(self):
        for s in SPLITS:
            with open(os.path.join(HERE, s + ".jsonl"), encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), self.gen[s], s)
        self.assertEqual(self.gen["dev"], W.generate("dev"), "rerun differs")

    def test_counts_and_ids(self):
        for s, n, p in (("dev", 160, "ph14d-"), ("heldout", 320, "ph14h-")):
            self.assertEqual([r["id"] for r in self.recs[s]], ["%s%04d" % (p, i) for i in range(1, n + 1)])
            rl = sum(1 for r in self.recs[s] if "region" in r or "location" in r)
            self.assertTrue(0.1 <= rl / n <= 0.3, (s, rl))

    def test_layout(self):
        top = {"id", "title", "body", "url", "site", "posted_at", "labels"}
        for s in SPLITS:
            for r in self.recs[s]:
                self.assertTrue(top <= set(r) <= top | {"region", "location"})
                L = r["labels"]
                self.assertEqual(list(L), ["group", "category", "country", "language", "phones", "ambiguous",
                                           "negatives", "decoys"])
                for p in L["phones"]:
                    self.assertEqual(list(p), ["e164", "country", "class", "region_source", "raw", "digits",
                                               "field", "start", "end"])
                for a in L["ambiguous"]:
                    self.assertEqual(list(a), ["raw", "digits", "class", "field", "start", "end",
                                               "country_candidates", "e164_candidates"])
                self.assertEqual(L["decoys"], sorted({n["kind"] for n in L["negatives"]}))

    def test_spans_exact_no_overlap_all_digits_labelled(self):
        for s in SPLITS:
            for r in self.recs[s]:
                L = r["labels"]
                spans = {"title": [], "body": []}
                for x in L["phones"] + L["ambiguous"] + L["negatives"]:
                    self.assertEqual(r[x["field"]][x["start"]:x["end"]], x["raw"], (r["id"], x))
                    spans[x["field"]].append((x["start"], x["end"]))
                for f, sp in spans.items():
                    sp.sort()
                    for (a, b), (c, d) in zip(sp, sp[1:]):
                        self.assertLessEqual(b, c, (r["id"], f))
                    text = r[f]
                    covered = set()
                    for a, b in sp:
                        covered.update(range(a, b))
                        if a > 0:
                            self.assertIsNone(udigit(text[a - 1]), (r["id"], f, a))
                        if b < len(text):
                            self.assertIsNone(udigit(text[b]), (r["id"], f, b))
                    for i, ch in enumerate(text):
                        if udigit(ch) is not None:
                            self.assertIn(i, covered, (r["id"], f, i, text))

    def test_numbers_valid_and_read_back(self):
        for s in SPLITS:
            for r in self.recs[s]:
                for p in r["labels"]["phones"]:
                    n = pn.parse(p["e164"])
                    self.assertTrue(pn.is_valid_number(n), p["e164"])
                    self.assertEqual(pn.region_code_for_number(n), p["country"])
                    self.assertIn(p["country"], W.COUNTRIES)
                    self.assertTrue(reads_as(p["raw"], p["digits"], p["class"]), (r["id"], p["raw"], p["digits"]))
                    d = p["digits"]
                    if p["class"].endswith(".intl"):
                        d = d[2:] if d.startswith("00") else d
                        cc, nsn = str(n.country_code), pn.national_significant_number(n)
                        self.assertTrue(d == cc + nsn or d == cc + "0" + nsn, (r["id"], p))
                        self.assertEqual(p["region_source"], "international")
                    else:
                        m = pn.parse(d, p["country"])
                        self.assertEqual(pn.format_number(m, pn.PhoneNumberFormat.E164), p["e164"], (r["id"], p))
                        self.assertNotEqual(p["region_source"], "international")
                for a in r["labels"]["ambiguous"]:
                    self.assertTrue(reads_as(a["raw"], a["digits"], a["class"]), (r["id"], a["raw"]))
                    self.assertGreaterEqual(len(a["e164_candidates"]), 2)
                    got = set()
                    for c in a["country_candidates"]:
                        m = pn.parse(a["digits"], c)
                        self.assertTrue(pn.is_valid_number(m))
                        got.add(pn.format_number(m, pn.PhoneNumberFormat.E164))
                    self.assertEqual(sorted(got), a["e164_candidates"])

    def test_format_posts_unique(self):
        for s in SPLITS:
            for r in self.recs[s]:
                for p in r["labels"]["phones"]:
                    if p["region_source"] != "format":
                        continue
                    seen = set()
                    for c in W.COUNTRIES:
                        try:
                            m = pn.parse(p["digits"], c)
                        except pn.NumberParseException:
                            continue
                        if pn.is_valid_number(m):
                            seen.add(pn.format_number(m, pn.PhoneNumberFormat.E164))
                    self.assertEqual(seen, {p["e164"]}, (r["id"], p["raw"]))

    def test_ambiguous_share(self):
        for s in SPLITS:
            ph = sum(len(r["labels"]["phones"]) for r in self.recs[s])
            am = sum(len(r["labels"]["ambiguous"]) for r in self.recs[s])
            self.assertGreater(am, 0)
            self.assertLess(am / (ph + am), 0.05)

    def test_no_number_in_both_splits(self):
        nums = {}
        for s in SPLITS:
            nums[s] = {p["e164"] for r in self.recs[s] for p in r["labels"]["phones"]}
            nums[s] |= {("amb", a["digits"]) for r in self.recs[s] for a in r["labels"]["ambiguous"]}
        self.assertFalse(nums["dev"] & nums["heldout"])

    def test_phrase_banks_disjoint(self):
        for name, lst in W.BANKS.items():
            if len(lst) < 3:
                continue
            dev, held = W.part(name, "dev"), W.part(name, "heldout")
            self.assertTrue(dev and held, name)
            self.assertFalse(set(map(str, dev)) & set(map(str, held)), name)
            self.assertEqual(len(dev) + len(held), len(lst), name)
        # long literal pieces of split-only entries never show up in the other split's text
        dev_all = {str(x) for n in W.BANKS for x in W.part(n, "dev")}
        held_all = {str(x) for n in W.BANKS for x in W.part(n, "heldout")}
        text = {s: "\n".join(r["title"] + "\n" + r["body"] for r in self.recs[s]) for s in SPLITS}
        for own, other, other_split in ((dev_all, held_all, "dev"), (held_all, dev_all, "heldout")):
            for e in other - own:
                for piece in re.split(r"\{\w+\}", e):
                    piece = piece.strip()
                    if len(piece) >= 10 and not any(piece in x for x in own):
                        self.assertNotIn(piece, text[other_split], (other_split, e))

    def test_gold_scores_one(self):
        for s in SPLITS:
            preds = [{"id": r["id"], "selectors": [{"kind": "phone", "value": p["e164"], "region_source": p["region_source"]}
                                                   for p in r["labels"]["phones"]]} for r in self.recs[s]]
            res = SCORE.score(self.recs[s], preds)
            self.assertEqual(res["overall"]["recall"], 1.0)
            self.assertEqual(res["overall"]["precision"], 1.0)
            self.assertEqual(res["overall"]["region_source_agreement"], 1.0)


if __name__ == "__main__":
    unittest.main()
