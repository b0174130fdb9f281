"""Checks for the phones13 evaluation files.  Run from this folder:  python3 -m unittest"""
import importlib.util
import itertools
import json
import os
import re
import sys
import unicodedata
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

# ------------------------------------------------------------------ an independent decoder
# Its own tables: number words of the post languages, the homophones and leet forms, tens words
# (with the Italian elided forms) for spoken country codes, and words that carry no digit.
VOCAB = {}
for ws in ("zero one two three four five six seven eight nine",
           "cero uno dos tres cuatro cinco seis siete ocho nueve",
           "zero um dois três quatro cinco seis sete oito nove",
           "zéro un deux trois quatre cinq six sept huit neuf",
           "zero uno due tre quattro cinque sei sette otto nove",
           "sıfır bir iki üç dört beş altı yedi sekiz dokuz"):
    for d, w in enumerate(ws.split()):
        VOCAB[w] = ("w", str(d))
VOCAB["tré"] = ("w", "3")
for w, d in (("for", "4"), ("fore", "4"), ("to", "2"), ("too", "2"), ("won", "1"), ("ate", "8")):
    VOCAB[w] = ("w", d)
for ws in ("twenty thirty forty fifty sixty seventy eighty ninety",
           "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
           "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
           "vingt trente quarante cinquante soixante - - -",
           "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
           "vent trent quarant cinquant sessant settant ottant novant",
           "yirmi otuz kırk elli altmış yetmiş seksen doksan"):
    for d, w in enumerate(ws.split(), 2):
        if w != "-":
            VOCAB[w] = ("t", str(d))
VOCAB["veinti"] = ("t", "2")
SKIP = {"plus", "más", "mas", "mais", "più", "artı", "y", "e", "et"}
LEET = [("zer0", "zero"), ("f0ur", "four"), ("tw0", "two"), ("n1ne", "nine"), ("0ne", "one")]
ESC = re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|&#x[0-9a-fA-F]+;|&#\d+;|&[a-z]+;")


def segment(run):
    """every way to cut a letter run into vocabulary words (skip words only stand alone)."""
    if run in SKIP:
        return [[]]
    out = []

    def go(i, acc):
        if len(out) > 50:
            return
        if i == len(run):
            out.append(list(acc))
            return
        for j in range(len(run), i, -1):
            w = run[i:j]
            if w in VOCAB:
                go(j, acc + [VOCAB[w]])
    go(0, [])
    return out


def decode(raw):
    """the digit strings a reader can get from a raw mention."""
    s = ESC.sub(" ", raw).lower()
    for a, b in LEET:
        s = s.replace(a, b)
    pieces, cur = [], ""
    chars = list(s)
    for i, ch in enumerate(chars):
        d = unicodedata.digit(ch, None)
        if unicodedata.category(ch)[0] in "LM" and d is None:
            cur += ch
            continue
        if cur:
            pieces.append(cur)
            cur = ""
        if d is not None:
            pieces.append(("d", str(d)))
    if cur:
        pieces.append(cur)
    options = []
    for i, p in enumerate(pieces):
        if isinstance(p, tuple):
            options.append([[p]])
        elif set(p) == {"o"} and 0 < i < len(pieces) - 1 and isinstance(pieces[i - 1], tuple) and isinstance(pieces[i + 1], tuple):
            options.append([[("d", "0")] * len(p)])  # letter O as zero inside a digit run
        else:
            seg = segment(p)
            if not seg:
                return set()
            options.append(seg)
    res = set()
    for combo in itertools.islice(itertools.product(*options), 2000):
        items = [x for part in combo for x in part]
        out, i = "", 0
        while i < len(items):
            k, v = items[i]
            if k == "t":
                # a tens word takes a following unit *word* ("cuarenta y cuatro"), never a written digit
                if i + 1 < len(items) and items[i + 1][0] == "w" and items[i + 1][1] != "0":
                    out += v + items[i + 1][1]
                    i += 1
                else:
                    out += v + "0"
            else:
                out += v
            i += 1
        res.add(out)
    return res


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def load_score():
    spec = importlib.util.spec_from_file_location("ph_score", os.path.join(HERE, "..", "phones", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def digits(s):
    return "".join(c for c in s if c.isdigit())


class Files(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dev = load("dev.jsonl")
        cls.held = load("heldout.jsonl")
        cls.all = cls.dev + cls.held
        cls.pool = {n["e164"]: n for n in write.load_pool()}

    def test_files_equal_generator_output(self):
        out = write.build()
        for split in ("dev", "heldout"):
            with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
                self.assertEqual(f.read(), out[split], split)

    def test_counts_and_ids(self):
        self.assertEqual([p["id"] for p in self.dev], ["ph13d-%04d" % i for i in range(1, 161)])
        self.assertEqual([p["id"] for p in self.held], ["ph13h-%04d" % i for i in range(1, 321)])

    def test_fields(self):
        keys = {"id", "title", "body", "url", "site", "posted_at", "region", "location", "labels"}
        for posts in (self.dev, self.held):
            with_fields = 0
            for p in posts:
                for k in ("id", "title", "body", "url", "site", "posted_at", "labels"):
                    self.assertIn(k, p)
                self.assertTrue(set(p) <= keys)
                with_fields += ("region" in p or "location" in p)
            self.assertAlmostEqual(with_fields / len(posts), 0.25, delta=0.02)

    def test_no_number_in_both_splits(self):
        a = {ph["e164"] for p in self.dev for ph in p["labels"]["phones"]}
        a |= {e for p in self.dev for x in p["labels"]["ambiguous"] for e in x["e164_candidates"]}
        b = {ph["e164"] for p in self.held for ph in p["labels"]["phones"]}
        self.assertFalse(a & b)

    def test_spans_slice_raw_and_nothing_touches(self):
        for p in self.all:
            lab = p["labels"]
            spans = []
            for kind, items in (("phone", lab["phones"]), ("ambiguous", lab["ambiguous"]), ("negative", lab["negatives"])):
                for x in items:
                    self.assertIn(x["field"], ("title", "body"))
                    self.assertEqual(p[x["field"]][x["start"]:x["end"]], x["raw"], (p["id"], x["raw"]))
                    spans.append((kind, x["field"], x["start"], x["end"]))
            for k1, f, a, b in spans:
                for k2, g, c, d in spans:
                    if (k1, f, a, b) != (k2, g, c, d) and f == g:
                        self.assertTrue(b <= c or d <= a, (p["id"], k1, k2))
                s = p[f]
                for k in (a - 1, b):
                    if 0 <= k < len(s):
                        self.assertIsNone(unicodedata.digit(s[k], None), (p["id"], s[a:b]))
            for f in ("title", "body"):  # every digit of the text belongs to a labelled span
                cov = set()
                for _, g, a, b in spans:
                    if g == f:
                        cov |= set(range(a, b))
                for i, ch in enumerate(p[f]):
                    if unicodedata.digit(ch, None) is not None:
                        self.assertIn(i, cov, (p["id"], f, p[f][max(0, i - 10):i + 10]))

    def test_raws_decode_to_their_number(self):
        for p in self.all:
            lab = p["labels"]
            for x in lab["phones"] + lab["ambiguous"]:
                self.assertIn(x["digits"], decode(x["raw"]), (p["id"], x["raw"]))
                e = x["e164"] if "e164" in x else None
                cands = [e] if e else x["e164_candidates"]
                ok = False
                for e in cands:
                    n = self.pool.get(e)
                    if n and x["digits"] in (digits(n["national"]), n["cc"] + n["nsn"], "00" + n["cc"] + n["nsn"]):
                        ok = True
                self.assertTrue(ok, (p["id"], x["raw"]))
                if "e164" in x:
                    n = self.pool[x["e164"]]
                    if x["class"].endswith(".intl"):
                        self.assertIn(x["digits"], (n["cc"] + n["nsn"], "00" + n["cc"] + n["nsn"]), p["id"])
                    else:
                        self.assertEqual(x["digits"], digits(n["national"]), p["id"])

    def test_ambiguous_really_ambiguous(self):
        n_amb = n_all = 0
        for p in self.all:
            lab = p["labels"]
            n_all += len(lab["phones"]) + len(lab["ambiguous"])
            for x in lab["ambiguous"]:
                n_amb += 1
                self.assertGreaterEqual(len(x["e164_candidates"]), 2)
                self.assertTrue(x["class"].endswith(".national"))
                self.assertEqual(lab["group"], "ambiguous")
                self.assertNotIn("region", p)
                self.assertNotIn("location", p)
                self.assertNotIn("price", lab["decoys"])
        self.assertAlmostEqual(n_amb / n_all, 0.05, delta=0.02)

    def test_region_evidence_present(self):
        for p in self.all:
            lab = p["labels"]
            text = p["title"] + "\n" + p["body"]
            for ph in lab["phones"]:
                c, src = ph["country"], ph["region_source"]
                info = write.C[c]
                if src == "international":
                    self.assertTrue(ph["class"].endswith(".intl"), p["id"])
                    continue
                self.assertTrue(ph["class"].endswith(".national"), p["id"])
                if src == "region_field":
                    self.assertEqual(p.get("region"), c, p["id"])
                elif src == "location_field":
                    self.assertIn(p.get("location"), info["cities"], p["id"])
                elif src == "text_place":
                    names = info["cities"] + [info["country"], info["demonym"]]
                    self.assertTrue(any(x in text or x.upper() in text for x in names), p["id"])
                elif src == "url":
                    self.assertTrue(any(p["site"].endswith(t) for t in info["tlds"])
                                    or any(write.slug(x) in p["url"] for x in info["cities"]), p["id"])
                elif src == "currency":
                    sym, code = info["cur"]
                    self.assertTrue(any(n["kind"] == "price" and ((sym.strip() and sym.strip() in n["raw"]) or code in n["raw"])
                                        for n in lab["negatives"]), p["id"])
                elif src == "calling_code":
                    self.assertTrue(any(o["country"] == c and o["region_source"] == "international" for o in lab["phones"]), p["id"])
                elif src == "format":
                    self.assertEqual(len(set(self.pool[ph["e164"]]["national_mobile_e164"].values())), 1, p["id"])
                else:
                    self.fail(src)

    def test_every_post_has_negatives(self):
        for p in self.all:
            self.assertGreaterEqual(len(p["labels"]["negatives"]), 3, p["id"])
            self.assertEqual(p["labels"]["decoys"], sorted({n["kind"] for n in p["labels"]["negatives"]}))

    def test_gold_scores_one(self):
        score = load_score()
        for posts in (self.dev, self.held):
            preds = [{"id": p["id"], "selectors": [{"kind": "phone", "value": ph["e164"], "raw": ph["raw"],
                                                     "region_source": ph["region_source"]} for ph in p["labels"]["phones"]],
                      "ambiguous": [{"raw": a["digits"]} for a in p["labels"]["ambiguous"]]}
                     for p in posts]
            res = score.score(posts, preds)
            self.assertEqual(res["overall"]["recall"], 1.0)
            self.assertEqual(res["overall"]["precision"], 1.0)
            self.assertEqual(res["overall"]["region_source_agreement"], 1.0)
            self.assertEqual(res["ambiguous"]["reported_as_ambiguous"], res["ambiguous"]["labelled"])


if __name__ == "__main__":
    unittest.main()
