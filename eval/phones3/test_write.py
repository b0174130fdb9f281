#!/usr/bin/env python3
"""Self-checks for eval/phones3 (Python 3.11 standard library only).

    python3 -m unittest eval/phones3/test_write.py      (or: python3 eval/phones3/test_write.py)

- the committed dev.jsonl / heldout.jsonl equal write.py's output byte for byte;
- the splits share no number (labelled E.164, ambiguous digits, pool halves) and no bank entry
  (places, sites, separators, escapes, glued names, templates, decoy phrasings) beyond a short
  list of unavoidable ones;
- every `raw` occurs in the title or body, every labelled E.164 is in its split's pool half;
- the label schema is what eval/phones/score.py reads.
"""
import json
import os
import re
import sys
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import banks as B  # noqa: E402
import texts as X  # noqa: E402
import write as W  # noqa: E402

SPLITS = ("dev", "heldout")
SOURCES = {"record", "location", "text", "url", "calling_code", "format"}
GROUPS = {"region", "disguise", "spoken", "decoy", "ambiguous"}
# entries both halves must share: a country has one name, Singapore is a city and a country
SHARED_OK = {"Singapore", "Australia", "India", "Japan", "Ecuador", "Kenya", "Colombia", "Argentina", "France", "Egypt",
             "Thailand", "Indonesia", "Malaysia", "Canada", "Ireland", "Portugal", "Ethiopia", "Ghana", "Chile"}


def load(split):
    with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from strings(v)


def halves(bank):
    return B.half(bank, "dev"), B.half(bank, "heldout")


class TestWrite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.posts = {s: load(s) for s in SPLITS}
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            cls.pool = json.load(f)

    def test_files_equal_generator_output(self):
        for s in SPLITS:
            with open(os.path.join(HERE, s + ".jsonl"), "rb") as f:
                committed = f.read()
            self.assertEqual(committed, W.dump(W.build(s)).encode("utf-8"), s)

    def test_sizes_ids_groups(self):
        for s in SPLITS:
            ps = self.posts[s]
            self.assertEqual(len(ps), 600)
            self.assertEqual([p["id"] for p in ps], ["%s%04d" % (W.PREFIX[s], i) for i in range(1, 601)])
            g = Counter(p["labels"]["group"] for p in ps)
            self.assertEqual(g, Counter({"region": 180, "disguise": 210, "spoken": 60, "decoy": 90, "ambiguous": 60}))

    def test_numbers_disjoint(self):
        e = {s: {x["e164"] for p in self.posts[s] for x in p["labels"]["phones"]} for s in SPLITS}
        self.assertFalse(e["dev"] & e["heldout"])
        a = {s: {c for p in self.posts[s] for x in p["labels"]["ambiguous"] for c in x["e164_candidates"]} for s in SPLITS}
        self.assertFalse(a["dev"] & (a["heldout"] | e["heldout"]))
        self.assertFalse(a["heldout"] & e["dev"])
        d = {s: {x["digits"] for p in self.posts[s] for x in p["labels"]["ambiguous"]} for s in SPLITS}
        self.assertFalse(d["dev"] & d["heldout"])
        pe = {s: {r["e164"] for r in self.pool[s]} for s in SPLITS}
        pd = {s: {r["nat_digits"] for r in self.pool[s]} for s in SPLITS}
        self.assertFalse(pe["dev"] & pe["heldout"])
        self.assertFalse(pd["dev"] & pd["heldout"])

    def test_banks_disjoint(self):
        flat = [B.SITES, B.NAMES_GLUED, B.SEP_DIGIT, B.SEP_GROUP, B.ESCAPES, B.MIXED_SEPS, B.HOMO_JOIN, B.CASES,
                B.SPOKEN_PLUS_EN, B.SPOKEN_00_EN, B.WORD_JOIN, B.SPOKEN_MAS, B.SPOKEN_MAIS, B.SPOKEN_PLUS_FR,
                B.DESCRIPTORS, [q[0] for q in B.QUALIFIED], [h[0] for h in B.HOMONYMS], B.LEET, B.HOMOPHONES]
        flat += list(B.CITIES.values()) + list(B.COUNTRY_NAMES.values()) + list(B.LOCAL_NEW_IN.values())
        flat += list(B.POSTCODES.values())
        for tree in (X.TITLES, X.TITLES_CITY, X.OPENERS, X.CITY_LINES, X.COUNTRY_LINES, X.DETAILS, X.CONTACT,
                     X.CONTACT2, X.CLOSERS, X.SCRIPT_LINES, W.DECOY_SENTENCES):
            stack = [tree]
            while stack:
                t = stack.pop()
                if isinstance(t, dict):
                    stack.extend(t.values())
                else:
                    flat.append(t)
        for bank in flat:
            d, h = halves(bank)
            if bank and isinstance(bank[0], dict):  # HOMOPHONES / LEET: one mapping per split
                continue
            shared = {json.dumps(x, ensure_ascii=False) for x in d} & {json.dumps(x, ensure_ascii=False) for x in h}
            shared -= {json.dumps(x, ensure_ascii=False) for x in SHARED_OK}
            self.assertFalse(shared, (shared, bank[:3]))
        # leet spellings and homophones differ at least in most words
        self.assertGreaterEqual(sum(a != b for a, b in zip(B.LEET[0].values(), B.LEET[1].values())), 8)

    def test_sites_disjoint_in_data(self):
        sites = {s: {x for p in self.posts[s] for k in ("url", "site") if p.get(k) for x in B.SITES if x in p[k]} for s in SPLITS}
        self.assertTrue(sites["dev"] and sites["heldout"])
        self.assertFalse(sites["dev"] & sites["heldout"])

    def test_raw_in_text_and_labels_in_pool(self):
        for s in SPLITS:
            pool = {r["e164"]: r for r in self.pool[s]}
            for p in self.posts[s]:
                text = (p.get("title") or "") + "\n" + (p.get("body") or "")
                for x in p["labels"]["phones"]:
                    self.assertIn(x["raw"], text, p["id"])
                    self.assertIn(x["e164"], pool, p["id"])
                    self.assertEqual(pool[x["e164"]]["region"], x["region"], p["id"])
                for a in p["labels"]["ambiguous"]:
                    self.assertIn(a["raw"], text, p["id"])
                    for c in a["e164_candidates"]:
                        self.assertTrue(c.startswith("+"))
                    drawn = [r for r in self.pool[s] if r["nat_digits"] == a["digits"] and r["region"] == a["drawn_from"]]
                    self.assertEqual(len(drawn), 1, p["id"])
                    self.assertEqual(sorted(drawn[0]["nat_cands"]), a["e164_candidates"], p["id"])

    def test_schema(self):
        for s in SPLITS:
            for p in self.posts[s]:
                lab = p["labels"]
                self.assertIn(lab["group"], GROUPS)
                self.assertTrue(lab["post_class"].startswith(lab["group"] + "."))
                self.assertIsInstance(lab["decoys"], list)
                for x in lab["phones"]:
                    self.assertIn(x["region_source"], SOURCES)
                    self.assertTrue(re.fullmatch(r"\+\d{7,15}", x["e164"]))
                    self.assertTrue(x["class"].startswith(lab["group"] + "."), x)
                    if x["region_source"] == "record":
                        self.assertEqual(p.get("region"), x["region"])
                    if x["region_source"] == "location":
                        self.assertTrue(p.get("location"))
                    if x["region_source"] == "url":
                        self.assertTrue(p.get("url") or p.get("site"))
                for a in lab["ambiguous"]:
                    self.assertGreaterEqual(len(a["e164_candidates"]), 2)
                    self.assertEqual(a["digits"], "".join(c for c in a["raw"] if c.isdigit()))
                if lab["group"] == "ambiguous":
                    self.assertFalse(lab["phones"])
                    self.assertTrue(lab["ambiguous"])
                    self.assertNotIn("region", p)
                    self.assertNotIn("location", p)
                if lab["group"] in ("region", "spoken", "disguise"):
                    self.assertTrue(lab["phones"])
                if lab["group"] == "region":
                    self.assertNotIn("region", p)
                    self.assertNotIn("location", p)
            self.assertEqual(len({p["id"] for p in self.posts[s]}), 600)

    def test_score_reads_it(self):
        sys.path.insert(0, os.path.join(HERE, "..", "phones"))
        import score  # noqa: E402
        for s in SPLITS:
            gold = self.posts[s]
            perfect = [{"id": p["id"], "selectors": [{"kind": "phone", "value": x["e164"], "region_source": x["region_source"]}
                                                     for x in p["labels"]["phones"]],
                        "ambiguous": [{"raw": a["raw"]} for a in p["labels"]["ambiguous"]]} for p in gold]
            r = score.score(gold, perfect)
            self.assertEqual(r["overall"]["recall"], 1.0)
            self.assertEqual(r["overall"]["precision"], 1.0)
            self.assertEqual(r["overall"]["region_source_agreement"], 1.0)
            self.assertEqual(r["ambiguous"]["reported_as_ambiguous"], r["ambiguous"]["labelled"])
            r0 = score.score(gold, [{"id": p["id"], "selectors": []} for p in gold])
            self.assertEqual(r0["overall"]["tp"], 0)


if __name__ == "__main__":
    unittest.main()
