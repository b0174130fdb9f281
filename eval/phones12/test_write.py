"""Checks for the phones12 evaluation files.  Run from this folder:  python3 -m unittest"""
import importlib.util
import json
import os
import re
import sys
import unicodedata
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks  # noqa: E402
import write  # noqa: E402

# ------------------------------------------------------------------ an independent decoder
# Its own tables (not write.py's): number words of the languages the posts use, tens words
# for spoken country codes, and the connectors "y" / "e" that join tens and units.
UNITS = {}
for ws in ("zero one two three four five six seven eight nine",
           "zéro un deux trois quatre cinq six sept huit neuf",
           "cero uno dos tres cuatro cinco seis siete ocho nueve",
           "zero um dois três quatro cinco seis sete oito nove",
           "null eins zwei drei vier fünf sechs sieben acht neun",
           "ноль один два три четыре пять шесть семь восемь девять",
           "shunya ek do teen char paanch chhe saat aath nau",
           "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
           "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
           "zero isa dalawa tatlo apat lima anim pito walo siyam",
           "sifuri moja mbili tatu nne tano sita saba nane tisa",
           "nul een twee drie vier vyf ses sewe agt nege",
           "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة"):
    for d, w in enumerate(ws.split()):
        assert UNITS.get(w, str(d)) == str(d), w
        UNITS[w] = str(d)
TENS_WORDS = {}
for ws in ("twenty thirty forty fifty sixty seventy eighty ninety",
           "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
           "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"):
    for d, w in enumerate(ws.split(), 2):
        TENS_WORDS[w] = str(d)
JOIN = {"y", "e"}
CCS = ["1", "7", "27", "34", "44", "49", "51", "52", "55", "57", "60", "61", "63", "65", "66", "91", "254", "593", "971"]


def tokens(raw):
    raw = re.sub(r"<[^>]+>", " ", raw)
    out, cur = [], ""
    for ch in raw:
        d = unicodedata.digit(ch, None)
        if d is not None or unicodedata.category(ch)[0] not in "LM":
            if cur:
                out.append(cur.lower())
                cur = ""
            if d is not None:
                out.append(str(d))
        else:
            cur += ch
    if cur:
        out.append(cur.lower())
    return out


def decode(raw):
    """Digits a reader gets from a raw mention: digits in any script, number words, tens words."""
    t = tokens(raw)
    out, i = [], 0
    while i < len(t):
        w = t[i]
        if len(w) == 1 and w.isdigit():
            out.append(w)
        elif w in UNITS:
            out.append(UNITS[w])
        elif w in TENS_WORDS:
            if i + 2 < len(t) and t[i + 1] in JOIN and t[i + 2] in UNITS:
                out += [TENS_WORDS[w], UNITS[t[i + 2]]]
                i += 2
            elif i + 1 < len(t) and t[i + 1] in UNITS and t[i + 1] != "0":
                out += [TENS_WORDS[w], UNITS[t[i + 1]]]
                i += 1
            else:
                out += [TENS_WORDS[w], "0"]
        i += 1
    return "".join(out)


def reads_as(digits, e164):
    """digits (international, 00-international or national with/without trunk) name e164."""
    full = e164[1:]
    if digits in (full, "00" + full):
        return True
    for cc in CCS:
        if full.startswith(cc):
            rest = full[len(cc):]
            if digits == rest or (digits[:1] in ("0", "8") and digits[1:] == rest):
                return True
    return False


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def load_score():
    spec = importlib.util.spec_from_file_location("ph_score", os.path.join(HERE, "..", "phones", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Files(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dev = load("dev.jsonl")
        cls.held = load("heldout.jsonl")
        cls.all = cls.dev + cls.held

    def test_files_equal_generator_output(self):
        out = write.build()
        for split in ("dev", "heldout"):
            with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
                self.assertEqual(f.read(), out[split], split)

    def test_counts_and_ids(self):
        self.assertEqual(len(self.dev), 200)
        self.assertEqual(len(self.held), 400)
        ids = [p["id"] for p in self.all]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual([p["id"] for p in self.dev], ["ph12d-%04d" % i for i in range(1, 201)])
        self.assertEqual([p["id"] for p in self.held], ["ph12h-%04d" % i for i in range(1, 401)])

    def test_fields(self):
        for posts in (self.dev, self.held):
            with_fields = 0
            for p in posts:
                for k in ("id", "title", "body", "url", "site", "posted_at", "labels"):
                    self.assertIn(k, p)
                with_fields += ("region" in p or "location" in p)
                self.assertTrue(set(p) <= {"id", "title", "body", "url", "site", "posted_at", "region", "location", "labels"})
            self.assertAlmostEqual(with_fields / len(posts), 0.30, delta=0.02)

    def test_no_number_in_both_splits(self):
        a = {ph["e164"] for p in self.dev for ph in p["labels"]["phones"]}
        b = {ph["e164"] for p in self.held for ph in p["labels"]["phones"]}
        self.assertFalse(a & b)

    def test_raws_in_fields_and_decode(self):
        for p in self.all:
            spans = []
            for ph in p["labels"]["phones"]:
                s = p[ph["field"]]
                self.assertEqual(s[ph["start"]:ph["end"]], ph["raw"], p["id"])
                self.assertEqual(decode(ph["raw"]), ph["digits"], (p["id"], ph["raw"]))
                self.assertTrue(reads_as(ph["digits"], ph["e164"]), (p["id"], ph["raw"], ph["e164"]))
                spans.append((ph["field"], ph["start"], ph["end"]))
            for n in p["labels"]["negatives"]:
                s = p[n["field"]]
                self.assertEqual(s[n["start"]:n["end"]], n["raw"], p["id"])
                spans.append((n["field"], n["start"], n["end"]))
            for f, a, b in spans:  # nothing overlaps, and no digit touches a mention
                for g, c, d in spans:
                    if (f, a, b) != (g, c, d) and f == g:
                        self.assertTrue(b <= c or d <= a, p["id"])
                s = p[f]
                for k in (a - 1, b):
                    if 0 <= k < len(s):
                        self.assertIsNone(unicodedata.digit(s[k], None), (p["id"], s[a:b]))

    def test_every_post_has_decoys_and_a_phone(self):
        for p in self.all:
            self.assertTrue(p["labels"]["phones"], p["id"])
            self.assertGreaterEqual(len(p["labels"]["decoys"]), 2, p["id"])
            self.assertEqual(p["labels"]["ambiguous"], [])

    def test_region_evidence_present(self):
        """each national mention's country is told where its region_source says."""
        for p in self.all:
            lab = p["labels"]
            for ph in lab["phones"]:
                c, src = ph["country"], ph["region_source"]
                info = banks.C[c]
                text = p["title"] + "\n" + p["body"]
                if src == "international":
                    self.assertTrue(ph["digits"].startswith(("00",)) or ph["e164"][1:] == ph["digits"], p["id"])
                elif src == "region_field":
                    self.assertEqual(p.get("region"), c, p["id"])
                elif src == "location_field":
                    self.assertTrue(p.get("location"), p["id"])
                elif src == "district":
                    self.assertTrue(any(d in p["body"] for d, _ in info["districts"]), p["id"])
                elif src == "city":
                    names = info["cities"] + [write.LATIN_CITY.get(x, "") for x in info["cities"]]
                    self.assertTrue(any(n and (n in text or n.upper() in p["title"]) for n in names), p["id"])
                elif src == "url":
                    self.assertTrue(("." + (info["tld"] or "-")) in p["site"] or "/" + info["path"] + "/" in p["url"]
                                    or any(write.slug(x) + "." in p["site"] for x in info["cities"]), p["id"])
                elif src == "currency":
                    self.assertTrue(any(n["kind"] == "price" for n in lab["negatives"]), p["id"])
                elif src == "other_number":
                    self.assertTrue(any(o["country"] == c and o["region_source"] == "international" for o in lab["phones"]), p["id"])
                else:
                    self.fail(src)

    def test_gold_scores_one(self):
        score = load_score()
        for posts in (self.dev, self.held):
            preds = [{"id": p["id"], "selectors": [{"kind": "phone", "value": ph["e164"], "raw": ph["raw"],
                                                     "region_source": ph["region_source"]} for ph in p["labels"]["phones"]]}
                     for p in posts]
            res = score.score(posts, preds)
            self.assertEqual(res["overall"]["recall"], 1.0)
            self.assertEqual(res["overall"]["precision"], 1.0)
            self.assertEqual(res["overall"]["region_source_agreement"], 1.0)


if __name__ == "__main__":
    unittest.main()
