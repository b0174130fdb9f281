"""Tests of the second phone evaluation set (standard library only).

    python3 -m unittest eval/phones2/test_write.py

They check that the generator is deterministic and matches the committed files, that every
label's `raw` is in the post's text and reads back (by an independent reference reader below)
to the labelled number, that the splits share no number, id or bank entry, and that the label
shapes are what eval/phones/score.py reads.
"""
import json
import os
import sys
import unicodedata
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402


def load(split):
    with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ---------------------------------------------------------------------------------------------
# A reference reader for the disguises, written from the class descriptions: longest vocabulary
# match first, then any Unicode decimal digit, then a letter O as zero; everything else is a
# separator. Returns (is_international, digits).

def _vocab():
    v = {}
    for lang, ws in write.WORDS.items():
        for d, w in enumerate(ws):
            v[w.lower()] = str(d)
    for d, ws in write.HOMOPHONES.items():
        for w in ws:
            v[w] = d
    for d, ws in write.LEET.items():
        for w in ws:
            v[w] = d
    v["oh"] = "0"
    v["meia"] = "6"
    for n in range(100):
        p = "%02d" % n
        v[write.fr_pair(p)] = p
    return v


VOCAB = _vocab()
PLUS = {w.lower() for ws in write.PLUS_WORD.values() for w in ws} | {"+"}
MULT = {"hundred": "00", "hundr3d": "00", "thousand": "000", "th0usand": "000"}
REPEAT = {"double": 2, "triple": 3}
ALL_NAMES = write.NAMES["A"] + write.NAMES["B"]
ESC = write.ESCAPES["A"] + write.ESCAPES["B"]
KEYS = sorted(list(VOCAB) + list(PLUS) + list(MULT) + list(REPEAT), key=len, reverse=True)


def read_back(raw):
    s = raw
    for n in ALL_NAMES:
        if s.startswith(n):
            s = s[len(n):]
    for tail in ("xoxo", "💋"):
        if s.endswith(tail):
            s = s[:-len(tail)]
    for e in ESC:
        s = s.replace(e, " ")
    out, intl, rep, i = [], False, 1, 0
    low = s.lower()
    while i < len(s):
        for k in KEYS:
            if low.startswith(k, i):
                if k in PLUS:
                    if not out:
                        intl = True
                elif k in MULT:
                    out.append(MULT[k])
                elif k in REPEAT:
                    rep = REPEAT[k]
                else:
                    out.append(VOCAB[k] * rep)
                    rep = 1
                i += len(k)
                break
        else:
            d = unicodedata.digit(s[i], None)
            if d is not None:
                out.append(str(d) * rep)
                rep = 1
            elif s[i] in "oO":
                out.append("0")
            i += 1
    return intl, "".join(out)


def number_of(e164):
    for cc in write.COUNTRIES:
        for n in write.POOL["pool"][cc]:
            if n["e164"] == e164:
                return cc, n
    raise KeyError(e164)


class TestWrite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(s) for s in write.SPLITS}

    def test_deterministic_and_committed(self):
        for split in write.SPLITS:
            a = write.write_split(split)
            b = write.write_split(split)
            self.assertEqual(a, b)
            with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
                self.assertEqual(f.read(), a, "%s.jsonl is not the generator's output" % split)

    def test_sizes_and_ids(self):
        ids = set()
        for split, recs in self.data.items():
            self.assertEqual(len(recs), 600)
            for r in recs:
                self.assertNotIn(r["id"], ids)
                ids.add(r["id"])

    def test_label_shape(self):
        sources = {"record", "location", "text", "url", "calling_code", "format"}
        for recs in self.data.values():
            for r in recs:
                lab = r["labels"]
                self.assertIn(lab["group"], {"region", "disguise", "spoken", "decoy", "ambiguous"})
                self.assertTrue(r.get("title") or r.get("body"))
                for p in lab["phones"]:
                    self.assertEqual(set(p), {"e164", "region_source", "class", "raw"})
                    self.assertIn(p["region_source"], sources)
                    self.assertTrue(p["e164"].startswith("+"))
                for a in lab["ambiguous"]:
                    self.assertGreaterEqual(len(a["regions"]), 2)
                    self.assertEqual(len(a["regions"]), len(a["e164_candidates"]))
                    self.assertEqual(a["digits"], "".join(c for c in a["raw"] if c.isdigit()))
                if lab["group"] == "ambiguous":
                    self.assertEqual(lab["phones"], [])
                    self.assertEqual(len(lab["ambiguous"]), 1)
                for d in lab["decoys"]:
                    self.assertIn(d, write.NEUTRAL_DECOYS + write.REFERENCE_DECOYS + write.PLACED_DECOYS)

    def test_raw_in_text(self):
        for recs in self.data.values():
            for r in recs:
                text = (r.get("title") or "") + "\n" + r.get("body", "")
                for p in r["labels"]["phones"] + r["labels"]["ambiguous"]:
                    self.assertIn(p["raw"], text, r["id"])

    def test_raw_reads_back_to_the_number(self):
        for recs in self.data.values():
            for r in recs:
                for p in r["labels"]["phones"]:
                    cc, n = number_of(p["e164"])
                    intl, d = read_back(p["raw"])
                    if intl or d.startswith("00"):
                        d = d[2:] if d.startswith("00") and not intl else d
                        code = str(n["cc"])
                        self.assertTrue(d.startswith(code), (r["id"], p["raw"], d))
                        rest = d[len(code):]
                        if cc in write.TRUNK and rest.startswith("0") and not n["nsn"].startswith("0"):
                            rest = rest[1:]  # +61 (0)4...
                        self.assertEqual(rest, n["nsn"], (r["id"], p["raw"]))
                    else:
                        forms = {f["digits"] for f in n["forms"].values()}
                        self.assertIn(d, forms, (r["id"], p["raw"], d))

    def test_numbers_come_from_the_split_half_of_the_pool(self):
        seen = {}
        for split, recs in self.data.items():
            parity = write.SPLITS[split]["parity"]
            own = {n["e164"] for cc in write.COUNTRIES
                   for i, n in enumerate(write.POOL["pool"][cc]) if i % 2 == parity}
            nums = set()
            for r in recs:
                for p in r["labels"]["phones"]:
                    self.assertIn(p["e164"], own)
                    nums.add(p["e164"])
                for a in r["labels"]["ambiguous"]:
                    cc, n = number_of(next(e for e in a["e164_candidates"] if any(
                        e == m["e164"] for c in write.COUNTRIES for m in write.POOL["pool"][c])))
                    self.assertIn(n["e164"], own)
                    nums.add(n["e164"])
            seen[split] = nums
        self.assertFalse(seen["dev"] & seen["heldout"])

    def test_format_and_ambiguous_rules(self):
        for recs in self.data.values():
            for r in recs:
                for p in r["labels"]["phones"]:
                    if p["region_source"] == "format":
                        cc, n = number_of(p["e164"])
                        self.assertTrue(write.is_format_unique(n, cc), p)
                        self.assertNotIn("region", r)
                        self.assertNotIn("location", r)
                        self.assertNotIn("url", r)
                        self.assertNotIn("site", r)
                for a in r["labels"]["ambiguous"]:
                    self.assertNotIn("region", r)
                    self.assertNotIn("url", r)

    def test_banks_are_disjoint(self):
        def flat(x):
            if isinstance(x, dict):
                for v in x.values():
                    yield from flat(v)
            elif isinstance(x, (list, tuple)):
                for v in x:
                    yield from flat(v)
            elif isinstance(x, str) and x and x not in write.COUNTRIES:  # country tags are not text
                yield x

        banks = {
            "places": {b: [PL[b] for PL in write.PLACES.values()] for b in "AB"},
            "country_names": write.COUNTRY_NAMES,
            "qualified": {b: [q[0] for q in write.QUALIFIED[b]] for b in "AB"},
            "demonyms": write.DEMONYMS,
            "cctld": write.CCTLD,
            "site_stems": write.SITE_STEMS,
            "names": write.NAMES,
            "sep_each": write.SEP_EACH,
            "sep_pair": write.SEP_PAIR,
            "escapes": write.ESCAPES,
            "styled": write.STYLED,
            "scripts": {b: [s[0] for s in write.SCRIPTS[b]] for b in "AB"},
            "intros": write.INTROS,
            "titles": write.TITLES,
            "place_sentences": write.PLACE_SENT,
            "phone_sentences": write.PHONE_SENT,
            "closers": write.CLOSERS,
            "recruiter": write.RECRUIT,
            "decoys": {b: write.decoy_bank(b) for b in "AB"},
        }
        for name, bank in banks.items():
            a, b = set(flat(bank["A"])), set(flat(bank["B"]))
            self.assertTrue(a and b, name)
            self.assertFalse(a & b, "%s shared: %s" % (name, sorted(a & b)[:5]))
        # the separator characters themselves too
        self.assertFalse(set(write.SEP_EACH["A"] + write.SEP_PAIR["A"]) & set(write.SEP_EACH["B"] + write.SEP_PAIR["B"]))
        # and digit scripts: no script (by code point base) in both
        a = {write.DIGIT_BASE[s[0]] for s in write.SCRIPTS["A"]} | {write.DIGIT_BASE.get(s, s) for s in write.STYLED["A"]}
        b = {write.DIGIT_BASE[s[0]] for s in write.SCRIPTS["B"]} | {write.DIGIT_BASE.get(s, s) for s in write.STYLED["B"]}
        self.assertFalse(a & b)

    def test_coverage(self):
        required = {"NG", "NE", "ML", "ET", "SO", "SD", "LY"}
        for split, recs in self.data.items():
            ccs, classes = set(), set()
            for r in recs:
                for p in r["labels"]["phones"]:
                    ccs.add(number_of(p["e164"])[0])
                    classes.add(p["class"])
            self.assertGreaterEqual(len(ccs), 25, split)
            self.assertTrue(required <= ccs, split)
            for c in write.REGION_CLASSES + write.DISGUISES + write.SPOKEN:
                self.assertIn(c, classes, split)
            decoys = {d for r in recs for d in r["labels"]["decoys"]}
            self.assertEqual(decoys, set(write.NEUTRAL_DECOYS + write.REFERENCE_DECOYS + write.PLACED_DECOYS))
            no_phone = [r for r in recs if r["labels"]["decoys"] and not r["labels"]["phones"]]
            with_phone = [r for r in recs if r["labels"]["decoys"] and r["labels"]["phones"]]
            self.assertTrue(no_phone and with_phone)

    def test_reader_reads_the_examples_it_was_written_from(self):
        # the reference reader itself can fail: these are the issue's own example shapes
        self.assertEqual(read_back("7one3 5for5-ate0to3"), (False, "7135458023"))
        self.assertEqual(read_back("sixsixtwo-threeninenine"), (False, "662399"))
        self.assertEqual(read_back("3oo71"), (False, "30071"))
        self.assertEqual(read_back("604 - 2 hundred - 9 thousand"), (False, "6042009000"))
        self.assertEqual(read_back("plus two five one nine one"), (True, "25191"))
        self.assertEqual(read_back("Lexi702&bull;5"), (False, "7025"))


if __name__ == "__main__":
    unittest.main()
