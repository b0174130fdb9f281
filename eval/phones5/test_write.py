"""Tests for the phones5 evaluation set (Python 3.11 standard library only).

    python3 -m unittest eval/phones5/test_write.py

The decoder below is written separately from write.py's renderers (its own word tables and rules), so
"every disguised number spells its number" is checked by reading the raw text back, not by re-running the
generator's code.
"""
import json
import os
import re
import sys
import unicodedata
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402


def fold(s):
    s = s.lower().replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# word -> (kind, value); kinds: d (0-9), t (10-19), x (tens), c (connector), m (multiplier), p (plus)
V = {}


def _add(kind, words, start=0):
    for i, w in enumerate(words.split()):
        V[fold(w)] = (kind, start + i)


for line in ("zero one two three four five six seven eight nine", "cero uno dos tres cuatro cinco seis siete ocho nueve",
             "zero um dois três quatro cinco seis sete oito nove", "zéro un deux trois quatre cinq six sept huit neuf",
             "nol satu dua tiga empat lima enam tujuh delapan sembilan", "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
             "sifuri moja mbili tatu nne tano sita saba nane tisa", "ноль один два три четыре пять шесть семь восемь девять",
             "sıfır bir iki üç dört beş altı yedi sekiz dokuz", "null eins zwei drei vier fünf sechs sieben acht neun",
             "zero uno due tre quattro cinque sei sette otto nove"):
    _add("d", line)
V["oh"] = ("d", 0)
V["meia"] = ("d", 6)
_add("t", "dix onze douze treize quatorze quinze seize", 10)
_add("t", "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve", 10)
_add("t", "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve", 20)
for w, v in (("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("treinta", 30),
             ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90)):
    V[fold(w)] = ("x", v)
for w in ("y", "e", "et"):
    V[w] = ("c", 0)
V["double"] = ("m", 2)
V["triple"] = ("m", 3)
for w in ("plus", "más", "mais", "плюс", "artı", "più"):
    V[fold(w)] = ("p", 0)
UNITS = sorted((w for w, kv in V.items() if (kv[0] == "d" and w != "oh") or kv[0] == "p"), key=len, reverse=True)


def segment(run):
    """split a glued letter run into digit words (shortest number of words), or None"""
    best = {0: []}
    for i in range(len(run)):
        if i not in best:
            continue
        for w in UNITS:
            if run.startswith(w, i) and (i + len(w)) not in best:
                best[i + len(w)] = best[i] + [w]
    return best.get(len(run))


def decode(raw):
    """the digits (and a leading '+') that a raw phone mention spells"""
    s = re.sub(r"<[^>]+>", " ", raw)
    s = unicodedata.normalize("NFKC", s)
    # tokens: ('d', digit) ('w', word) ('+',) ('h',) hyphen ('s',) other separator
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if unicodedata.digit(c, None) is not None:
            toks.append(("d", str(unicodedata.digit(c))))
            i += 1
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            toks.append(("w", fold(s[i:j])))
            i = j
        else:
            toks.append(("+",) if c == "+" else ("h",) if c == "-" else ("s",))
            i += 1
    # letters standing for digits (O/o for 0, l/I for 1) next to digits; glued number words
    items = []  # (kind, value, hyphen_before)
    hy = False
    for k, t in enumerate(toks):
        if t[0] == "h":
            hy = True
            continue
        if t[0] == "s":
            hy = False
            continue
        if t[0] == "d":
            items.append(("digit", t[1], hy))
        elif t[0] == "+":
            items.append(("p", 0, hy))
        else:
            w = t[1]
            near_digit = any(x[0] == "d" for x in toks)  # a mention that has digits: o/l/i runs are digits
            if w in V:
                items.append((V[w][0], V[w][1], hy))
            elif set(w) <= set("oli") and near_digit:
                for ch in w:
                    items.append(("digit", "0" if ch == "o" else "1", hy))
            else:
                seg = segment(w)
                if seg is None:
                    raise ValueError("cannot read %r in %r" % (w, raw))
                for x in seg:
                    items.append((V[x][0], V[x][1], hy))
        hy = False
    out, i = [], 0
    while i < len(items):
        kind, v, _ = items[i]
        if kind == "digit":
            out.append(v)
        elif kind == "p":
            out.append("+")
        elif kind == "m":
            nk, nv, _ = items[i + 1]
            out.append(str(nv) * v)
            i += 1
        elif kind == "c":
            raise ValueError("stray connector in %r" % raw)
        else:
            val = v
            # quatre-vingt(s) = 80 ; dix-sept = 17
            if kind == "d" and v == 4 and i + 1 < len(items) and items[i + 1][2] and items[i + 1][0] == "x" and items[i + 1][1] == 20:
                val, kind = 80, "x"
                i += 1
            if kind == "t" and v == 10 and i + 1 < len(items) and items[i + 1][2] and items[i + 1][0] == "d" and items[i + 1][1] >= 7:
                val += items[i + 1][1]
                i += 1
            if kind == "x" and i + 1 < len(items):
                j = i + 1
                linked = items[j][2]
                if items[j][0] == "c":
                    linked, j = True, j + 1
                if linked and j < len(items):
                    nk, nv, _ = items[j]
                    if nk == "d" and nv > 0:
                        val += nv
                        i = j
                    elif nk == "t" and val in (60, 80) and nv < 20:
                        val += nv
                        i = j
                        if nv == 10 and i + 1 < len(items) and items[i + 1][2] and items[i + 1][0] == "d" and items[i + 1][1] >= 7:
                            val += items[i + 1][1]
                            i += 1
            out.append(str(val))
        i += 1
    return "".join(out)


def load(split):
    with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def pool():
    with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
        return {p["e164"]: p for p in json.load(f)["numbers"]}


def expected_spellings(p, form):
    cc, nsn = p["cc"], p["nsn"]
    return {"national": p["national"], "nsn": nsn, "intl_plus": "+" + cc + nsn, "intl_00": "00" + cc + nsn,
            "intl_011": "011" + cc + nsn, "intl_trunk0": "+" + cc + "0" + nsn, "cc_noplus": cc + nsn, "wa_me": cc + nsn}[form]


class TestPhones5(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(s) for s in ("dev", "heldout")}
        cls.pool = pool()

    def test_committed_files_equal_generator_output(self):
        for split, _, n, _ in write.SPLITS:
            text = write.dumps(write.generate(split))
            with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
                self.assertEqual(f.read(), text, split)
            self.assertEqual(len(self.data[split]), n)

    def test_ids_unique_and_numbered(self):
        for split, prefix, n, _ in write.SPLITS:
            ids = [r["id"] for r in self.data[split]]
            self.assertEqual(ids, ["%s-%04d" % (prefix, i) for i in range(1, n + 1)])

    def test_splits_disjoint(self):
        d, h = self.data["dev"], self.data["heldout"]
        self.assertFalse({r["id"] for r in d} & {r["id"] for r in h})
        self.assertFalse({(r["title"], r["body"]) for r in d} & {(r["title"], r["body"]) for r in h})
        de = {p["e164"] for r in d for p in r["labels"]["phones"]}
        he = {p["e164"] for r in h for p in r["labels"]["phones"]}
        self.assertFalse(de & he, "a phone number appears in both splits")

    def test_raw_in_text_and_e164_in_pool(self):
        for split, recs in self.data.items():
            for r in recs:
                for p in r["labels"]["phones"]:
                    self.assertIn(p["raw"], r[p["field"]], (r["id"], p["raw"]))
                    self.assertIn(p["e164"], self.pool, r["id"])
                    self.assertEqual(self.pool[p["e164"]]["region"], p["region"], r["id"])
                for a in r["labels"]["ambiguous"]:
                    self.assertTrue(a["raw"] in r["body"] or a["raw"] in r["title"], r["id"])
                    self.assertIn(a["true_region_in_generator"], a["regions"])

    def test_every_raw_spells_its_number(self):
        n = 0
        for split, recs in self.data.items():
            for r in recs:
                for p in r["labels"]["phones"]:
                    self.assertEqual(decode(p["raw"]), p["spelled"], (r["id"], p["raw"], p["class"]))
                    self.assertEqual(p["spelled"], expected_spellings(self.pool[p["e164"]], p["form"]), (r["id"], p["form"]))
                    n += 1
                for a in r["labels"]["ambiguous"]:
                    self.assertEqual(decode(a["raw"]), a["digits"], r["id"])
        self.assertGreater(n, 1000)

    def test_region_sources_are_backed_by_the_post(self):
        for split, recs in self.data.items():
            for r in recs:
                lab = r["labels"]
                text = r["title"] + "\n" + r["body"]
                for p in lab["phones"]:
                    src, reg = p["region_source"], p["region"]
                    area, _, cities, cname, tld, _ = write.C[reg]
                    if src == "record":
                        self.assertEqual(r.get("region"), reg)
                    elif src == "location":
                        self.assertTrue(any(c in r["location"] for c in cities.split("|") + [cname]), r["id"])
                    elif src == "text":
                        self.assertTrue(any(c in text for c in cities.split("|") + [cname]), r["id"])
                        self.assertNotIn("region", r)
                        self.assertNotIn("location", r)
                    elif src == "url":
                        self.assertTrue(r["url"].split("/")[2].endswith(tld or ".postfree-ads.com"), r["id"])
                    elif src == "calling_code":
                        intl = ("intl_plus", "intl_00", "intl_011", "intl_trunk0", "cc_noplus", "wa_me")
                        self.assertTrue(p["form"] in intl or any(q["form"] in intl for q in lab["phones"]), r["id"])
                    elif src == "format":
                        self.assertEqual(self.pool[p["e164"]]["national_mobile_in"], {reg: p["e164"]}, r["id"])
                    else:
                        self.fail("unknown region_source %s" % src)
                if lab["ambiguous"]:
                    self.assertEqual(lab["phones"], [], r["id"])
                    for k in ("region", "location"):
                        self.assertNotIn(k, r, r["id"])
                    if "url" in r:
                        self.assertFalse(any(r["url"].split("/")[2].endswith(write.C[c][4]) for c in write.C if write.C[c][4]), r["id"])

    def test_decoder_examples(self):
        self.assertEqual(decode("zéro six, douze trente-quatre, cinquante-six soixante-dix-huit, quatre-vingt-dix-neuf"), "0612345678" + "99")
        self.assertEqual(decode("cincuenta y cinco, doce treinta y cuatro"), "551234")
        self.assertEqual(decode("oh eight double oh, triple seven"), "0800777")
        self.assertEqual(decode("7ZERO3 o1two3"), "703" + "0123")
        self.assertEqual(decode("plus two three four eightzerothree"), "+234803")
        self.assertEqual(decode("٠١٠ ۱۲۳ ০৪ ๕ ៦ 7️⃣ ８ 𝟗 ①"), "01012304567891")


if __name__ == "__main__":
    unittest.main()
