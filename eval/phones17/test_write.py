#!/usr/bin/env python3
"""Checks for the phones17 set (unittest, no pytest needed):

    python3 eval/phones17/test_write.py        # python3.11 + phonenumbers 9.0.43

- the committed files equal a fresh run of write.py into a temp dir (determinism, byte for byte);
- ids, counts and record layout;
- spans exact (field[start:end] == raw), disjoint, never touching another digit, and every digit of
  a title or body (Unicode digits included: full-width, Thai, Khmer, Myanmar, Lao, Bengali,
  Devanagari) inside a labelled span; non-ASCII digits only in the post's own digit set;
- every labelled e164 valid for its country per phonenumbers, of its labelled type, and `digits`
  reading back to it; class and region_source consistent with the post's group; the only numbers of
  another country are destination numbers written with their calling code;
- `format` mentions read as exactly one number in the 28 countries; ambiguous candidates equal the
  readings (two or more);
- no number in both splits, no number in two posts, disjoint site names;
- no place name of the set outside `text` posts of its own country; destinations only in job posts,
  never the poster's country, named in the text; only shared currencies (US$ / USDT) in posts whose
  cue is not a place;
- shares (no-phone, two or more numbers, region/location, mobile) and coverage (every language,
  every family, every country; every applicable family in every country of held-out);
- README.md carries the current --stats tables;
- gold fed back as predictions scores recall 1.0 / precision 1.0 / region_source agreement 1.0 with
  eval/phones/score.py, and an empty prediction scores recall 0.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import unittest
from collections import Counter

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCORE = os.path.join(ROOT, "eval", "phones", "score.py")

spec = importlib.util.spec_from_file_location("phones17_write", os.path.join(HERE, "write.py"))
W = importlib.util.module_from_spec(spec)
spec.loader.exec_module(W)

SPLITS = {"dev": 300, "heldout": 500}
FAMILIES = {"grouped", "digit_sep", "words", "leet", "letter_o", "glued", "escape", "spoken_cc", "local_digits", "split"}
SOURCES = {"text", "url", "calling_code", "format", "region", "location", "international"}
GROUPS = {"text", "url", "calling_code", "format", "region", "location", "region_location", "international",
          "ambiguous", "no_phone"}
CATEGORIES = {"scam_recruitment", "agency", "escort", "massage", "ktv", "classifieds"}
NEG_KINDS = {"price", "salary", "age", "height", "measurements", "weight", "hours", "percent", "date", "booking_ref",
             "room", "post_id", "order", "tracking", "account"}
SHARED_MARKS = ["USDT", "US$", "USD", "美元", "美金"]


def isdigit(c):
    return unicodedata.digit(c, None) is not None


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def spans_of(rec):
    lab = rec["labels"]
    return ([("phone", s) for s in lab["phones"]] + [("ambiguous", s) for s in lab["ambiguous"]] +
            [("neg", s) for s in lab["negatives"]])


def digits_parse(d, country, intl):
    if intl:
        return pn.parse("+" + (d[2:] if d.startswith("00") else d))
    return pn.parse(d, country)


def perfect_prediction(recs):
    out = []
    for r in recs:
        lab = r["labels"]
        out.append({"id": r["id"],
                    "selectors": [{"kind": "phone", "value": p["e164"], "raw": p["raw"], "region_source": p["region_source"]}
                                  for p in lab["phones"]],
                    "ambiguous": [{"raw": a["digits"], "candidates": a["e164_candidates"]} for a in lab["ambiguous"]]})
    return out


class Phones17(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(os.path.join(HERE, s + ".jsonl")) for s in SPLITS}
        cls.tmp = tempfile.mkdtemp(prefix="phones17-")
        subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--out", cls.tmp], check=True)

    def test_files_equal_fresh_run(self):
        for s in SPLITS:
            with open(os.path.join(HERE, s + ".jsonl"), "rb") as a, open(os.path.join(self.tmp, s + ".jsonl"), "rb") as b:
                self.assertEqual(a.read(), b.read(), s)

    def test_layout(self):
        for s, n in SPLITS.items():
            recs = self.data[s]
            self.assertEqual(len(recs), n)
            pre = W.ID_PREFIX[s]
            self.assertEqual([r["id"] for r in recs], [pre + "%04d" % (i + 1) for i in range(n)])
            for r in recs:
                for k in ("id", "title", "body", "url", "site", "posted_at", "labels"):
                    self.assertIn(k, r)
                self.assertTrue(set(r) <= {"id", "title", "body", "url", "site", "posted_at", "region", "location", "labels"})
                lab = r["labels"]
                self.assertEqual(set(lab), {"group", "cue", "url_form", "category", "country", "language", "destination",
                                            "phones", "ambiguous", "negatives", "decoys"})
                self.assertIn(lab["group"], GROUPS)
                self.assertIn(lab["category"], CATEGORIES)
                self.assertIn(lab["language"], W.L)
                self.assertEqual(lab["decoys"], sorted({n["kind"] for n in lab["negatives"]}))
                self.assertTrue({n["kind"] for n in lab["negatives"]} <= NEG_KINDS)
                self.assertTrue(2 <= len(lab["negatives"]) <= 6, r["id"])
                if lab["group"] == "ambiguous":
                    self.assertIsNone(lab["country"])
                    self.assertIsNone(lab["cue"])
                    self.assertTrue(lab["ambiguous"])
                    self.assertFalse(lab["phones"])
                else:
                    self.assertIn(lab["country"], W.COUNTRIES)
                    self.assertIn(lab["language"], [l for l, _ in W.LANGS[lab["country"]]])
                    self.assertFalse(lab["ambiguous"])
                if lab["group"] == "no_phone":
                    self.assertFalse(lab["phones"])
                elif lab["group"] != "ambiguous":
                    self.assertTrue(lab["phones"])
                if lab["group"] in ("region", "region_location"):
                    self.assertEqual(r["region"], lab["country"])
                if lab["group"] in ("location", "region_location"):
                    self.assertIn(r["location"], W.PLACES[lab["country"]]["loc"])
                if "region" in r or "location" in r:
                    self.assertIn(lab["group"], ("region", "location", "region_location", "no_phone"))

    def test_spans(self):
        for s in SPLITS:
            for r in self.data[s]:
                lang = r["labels"]["language"]
                own = set(W.LOCAL_DIGITS.get(lang, ""))
                cover = {"title": [False] * len(r["title"]), "body": [False] * len(r["body"])}
                for kind, sp in spans_of(r):
                    f = r[sp["field"]]
                    self.assertEqual(f[sp["start"]:sp["end"]], sp["raw"], r["id"])
                    self.assertTrue(sp["raw"].strip() == sp["raw"], (r["id"], sp["raw"]))
                    for i in range(sp["start"], sp["end"]):
                        self.assertFalse(cover[sp["field"]][i], ("overlap", r["id"], sp["raw"]))
                        cover[sp["field"]][i] = True
                    if sp["start"] > 0:
                        self.assertFalse(isdigit(f[sp["start"] - 1]), ("touch", r["id"], sp["raw"]))
                    if sp["end"] < len(f):
                        self.assertFalse(isdigit(f[sp["end"]]), ("touch", r["id"], sp["raw"]))
                for fld in ("title", "body"):
                    for i, c in enumerate(r[fld]):
                        if isdigit(c):
                            self.assertTrue(cover[fld][i], ("uncovered digit", r["id"], fld, i, r[fld][max(0, i - 10):i + 10]))
                            if ord(c) > 127:
                                self.assertIn(c, own, ("foreign digit", r["id"], c))

    def test_phones_valid(self):
        for s in SPLITS:
            for r in self.data[s]:
                lab = r["labels"]
                for p in lab["phones"]:
                    fam, scope = p["class"].split(".")
                    self.assertIn(fam, FAMILIES)
                    self.assertIn(scope, ("intl", "national"))
                    self.assertIn(p["region_source"], SOURCES)
                    intl = scope == "intl"
                    if p["country"] != lab["country"]:
                        # a number in the destination abroad, always with its calling code
                        self.assertTrue(intl, p)
                        self.assertEqual(p["country"], lab["destination"], (r["id"], p))
                        self.assertIn(lab["group"], W.DEST_NUMBER_GROUPS)
                    n = pn.parse(p["e164"])
                    self.assertTrue(pn.is_valid_number_for_region(n, p["country"]), p)
                    self.assertEqual(pn.format_number(n, PNF.E164), p["e164"])
                    t = pn.number_type(n)
                    ok = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE) if p["type"] == "mobile" else (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
                    self.assertIn(t, ok, p)
                    self.assertTrue(p["digits"].isascii() and p["digits"].isdigit(), p)
                    self.assertEqual(pn.format_number(digits_parse(p["digits"], p["country"], intl), PNF.E164), p["e164"], p)
                    if intl:
                        self.assertEqual(p["region_source"], "international", p)
                    else:
                        want = {"region_location": "region"}.get(lab["group"], lab["group"])
                        self.assertEqual(p["region_source"], want, (r["id"], p))
                        self.assertEqual(p["region_source"], lab["cue"])
                    if fam == "spoken_cc":
                        self.assertTrue(intl)
                    if fam == "local_digits":
                        self.assertTrue(any(ord(c) > 127 and isdigit(c) for c in p["raw"]), p)
                        self.assertIn(lab["language"], W.LOCAL_DIGITS)
                    if fam == "leet":
                        self.assertIn(lab["language"], W.LATIN_LANGS)
                    if fam == "split":
                        self.assertEqual(p["field"], "body")
                    if fam == "letter_o":
                        self.assertTrue("o" in p["raw"].lower(), p)
                    if lab["group"] == "international":
                        self.assertTrue(intl)
                    if lab["group"] in ("text", "url", "region", "location", "region_location", "format") and p["country"] == lab["country"]:
                        self.assertFalse(intl)
                    if p["region_source"] == "format":
                        self.assertEqual(list(W.readings(p["digits"])), [p["e164"]], p)
                if lab["group"] == "calling_code":
                    self.assertTrue(any(p["region_source"] == "international" for p in lab["phones"]))
                    self.assertTrue(any(p["region_source"] == "calling_code" for p in lab["phones"]))
                    self.assertTrue(all(p["country"] == lab["country"] for p in lab["phones"]))
                for a in lab["ambiguous"]:
                    rd = W.readings(a["digits"])
                    self.assertGreaterEqual(len(rd), 2)
                    self.assertEqual(a["e164_candidates"], sorted(rd))
                    self.assertEqual(a["country_candidates"], sorted({c for v in rd.values() for c in v}))
                    self.assertTrue(a["class"].endswith(".national"))
                    self.assertNotIn(lab["destination"], a["country_candidates"])

    def test_split_and_reuse(self):
        seen = {}
        for s in SPLITS:
            for r in self.data[s]:
                nums = {p["e164"] for p in r["labels"]["phones"]} | {a["digits"] for a in r["labels"]["ambiguous"]}
                for e in nums:
                    self.assertNotIn(e, seen, (e, r["id"], seen.get(e)))
                    seen[e] = r["id"]
        sites = {s: {r["site"].split(".")[0] for r in self.data[s]} for s in SPLITS}
        self.assertFalse(sites["dev"] & sites["heldout"])

    def test_places_destinations_currency(self):
        names = {}
        for c in W.COUNTRIES:
            for nm in W.place_names(c):
                self.assertNotIn(nm, names, "place in two countries: %s" % nm)
                names[nm] = c
        for a in names:
            for b in names:
                if a != b and names[a] != names[b]:
                    self.assertNotIn(a.lower(), b.lower(), (a, b))
        pats = [(re.compile((r"(?<!\w)" + re.escape(nm) + r"(?!\w)") if nm.isascii() else re.escape(nm), re.I), c)
                for nm, c in names.items()]
        for s in SPLITS:
            for r in self.data[s]:
                lab = r["labels"]
                text = r["title"] + "\n" + r["body"]
                found = {c for p, c in pats if p.search(text)}
                if lab["cue"] == "text":
                    self.assertEqual(found, {lab["country"]}, r["id"])
                else:
                    self.assertEqual(found, set(), (r["id"], found))
                if lab["cue"] == "url":
                    self.assertNotEqual(lab["url_form"], "generic")
                else:
                    self.assertEqual(lab["url_form"], "generic")
                if lab["category"] in W.JOB_CATS:
                    self.assertIsNotNone(lab["destination"])
                    self.assertNotEqual(lab["destination"], lab["country"])
                    self.assertTrue(any(d in text for d in W.DEST[lab["language"]][lab["destination"]]), r["id"])
                else:
                    self.assertIsNone(lab["destination"])
                if lab["group"] in ("format", "calling_code", "international", "ambiguous") or lab["cue"] is None:
                    for n in lab["negatives"]:
                        if n["kind"] in ("price", "salary"):
                            raw = n["raw"]
                            for m in SHARED_MARKS:
                                raw = raw.replace(m, "")
                            self.assertTrue(all(isdigit(c) or c in ",.-$U /month" for c in raw), (r["id"], n["raw"]))

    def test_shares(self):
        for s, n in SPLITS.items():
            recs = self.data[s]
            nophone = sum(1 for r in recs if r["labels"]["group"] == "no_phone")
            multi = sum(1 for r in recs if len(r["labels"]["phones"]) + len(r["labels"]["ambiguous"]) >= 2)
            regloc = sum(1 for r in recs if "region" in r or "location" in r)
            self.assertTrue(0.06 <= nophone / n <= 0.10, nophone)
            self.assertTrue(0.20 <= multi / n <= 0.40, multi)
            self.assertTrue(0.14 <= regloc / n <= 0.21, regloc)
            ments = [p for r in recs for p in r["labels"]["phones"]]
            mob = sum(1 for p in ments if p["type"] == "mobile") / len(ments)
            self.assertTrue(0.7 <= mob <= 0.9, mob)
            fams = Counter(p["class"].split(".")[0] for p in ments)
            self.assertEqual(set(fams), FAMILIES)
            countries = Counter(p["country"] for p in ments)
            self.assertEqual(set(countries), set(W.COUNTRIES))
            self.assertEqual({r["labels"]["language"] for r in recs}, set(W.L))
            self.assertEqual({r["labels"]["category"] for r in recs}, CATEGORIES)

    def test_heldout_family_coverage(self):
        # every disguise family that makes sense for a country in every country of the held-out file
        cov = {}
        for r in self.data["heldout"]:
            for p in r["labels"]["phones"]:
                cov.setdefault(p["country"], set()).add(p["class"].split(".")[0])
        for c in W.COUNTRIES:
            self.assertEqual(W.country_families(c) - cov.get(c, set()), set(), c)

    def test_readme_tables(self):
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        tables = W.stats(self.data).split("\nDisguise families missing")[0].strip()
        self.assertTrue(tables in readme, "README.md count tables differ from write.py --stats; paste them again")

    def test_scorer(self):
        for s in SPLITS:
            gold = os.path.join(HERE, s + ".jsonl")
            pred = os.path.join(self.tmp, s + ".perfect.jsonl")
            with open(pred, "w", encoding="utf-8") as f:
                for p in perfect_prediction(self.data[s]):
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
            out = subprocess.run([sys.executable, SCORE, gold, pred, "--json"], check=True, capture_output=True, text=True)
            res = json.loads(out.stdout)
            self.assertEqual(res["overall"]["recall"], 1.0)
            self.assertEqual(res["overall"]["precision"], 1.0)
            self.assertEqual(res["overall"]["region_source_agreement"], 1.0)
            self.assertEqual(res["ambiguous"]["reported_as_ambiguous"], res["ambiguous"]["labelled"])
            empty = os.path.join(self.tmp, s + ".empty.jsonl")
            with open(empty, "w", encoding="utf-8") as f:
                for r in self.data[s]:
                    f.write(json.dumps({"id": r["id"], "selectors": [], "ambiguous": []}) + "\n")
            out = subprocess.run([sys.executable, SCORE, gold, empty, "--json"], check=True, capture_output=True, text=True)
            self.assertEqual(json.loads(out.stdout)["overall"]["recall"], 0.0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
