#!/usr/bin/env python3
"""Standard-library checks for eval/phones6.

    python3 -m unittest eval/phones6/test_write.py

The decoder here is written separately from write.py's renderers: its own word tables, its own
French and Spanish two-digit words, its own handling of escapes, links, letters and multipliers.
A raw passes only if this decoder reads back exactly the digits the label says it spells.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"dev": ("dev.jsonl", "ph6d"), "heldout": ("heldout.jsonl", "ph6h")}
GROUPS = {"region", "disguise", "spoken", "decoy", "ambiguous"}
INTL_FORMS = {"intl_plus", "intl_plus_trunk", "intl_00", "intl_bare", "wa_me"}


# -- the test's own decoder ------------------------------------------------------------------
def fold(s):
    """Case-fold; drop accents from Latin letters only (other scripts keep their marks)."""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s).casefold())
    out = []
    for ch in s:
        if unicodedata.category(ch) == "Mn" and out and "a" <= out[-1] <= "z":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


DIGIT_TABLES = [
    # one entry per digit 0..9; "|" separates spellings of the same digit
    "zero|oh ; one|won ; two|to|too ; three ; four|for|fore ; five ; six ; seven ; eight|ate ; nine",
    "cero ; uno|un ; dos ; tres ; cuatro ; cinco ; seis ; siete ; ocho ; nueve",
    "zero ; um ; dois ; tres ; quatro ; cinco ; seis|meia ; sete ; oito ; nove",
    "zero ; un ; deux ; trois ; quatre ; cinq ; six ; sept ; huit ; neuf",
    "null ; eins ; zwei|zwo ; drei ; vier ; funf|fuenf ; sechs ; sieben ; acht ; neun",
    "zero ; uno ; due ; tre ; quattro ; cinque ; sei ; sette ; otto ; nove",
    "nul ; een ; twee ; drie ; vier ; vijf ; zes ; zeven ; acht ; negen",
    "zero ; jeden ; dwa ; trzy ; cztery ; piec ; szesc ; siedem ; osiem ; dziewiec",
    "zero ; unu ; doi ; trei ; patru ; cinci ; sase ; sapte ; opt ; noua",
    "ноль|нуль ; один ; два ; три ; четыре ; пять ; шесть ; семь ; восемь ; девять",
    "нуль ; один ; два ; три ; чотири ; п'ять|п’ять ; шість ; сім ; вісім ; дев'ять|дев’ять",
    "sıfır|sifir ; bir ; iki ; uc ; dort ; bes ; altı|alti ; yedi ; sekiz ; dokuz",
    "صفر ; واحد ; اثنين|اثنان|اتنين ; ثلاثة|ثلاث|تلاتة ; أربعة|اربعة|أربعه|اربعه ; خمسة|خمسه ; ستة|سته ; سبعة|سبعه ; ثمانية|ثمانيه|تمانية ; تسعة|تسعه",
    "صفر ; ایک ; دو ; تین ; چار ; پانچ ; چھ ; سات ; آٹھ ; نو",
    "शून्य ; एक ; दो ; तीन ; चार ; पाँच|पांच ; छह|छः ; सात ; आठ ; नौ",
    "শূন্য ; এক ; দুই ; তিন ; চার ; পাঁচ ; ছয় ; সাত ; আট ; নয়",
    "nol|kosong ; satu ; dua ; tiga ; empat ; lima ; enam ; tujuh ; delapan|lapan ; sembilan",
    "khong ; mot ; hai ; ba ; bon ; nam ; sau ; bay ; tam ; chin",
    "ศูนย์ ; หนึ่ง ; สอง ; สาม ; สี่ ; ห้า ; หก ; เจ็ด ; แปด ; เก้า",
    "零|〇 ; 一|幺 ; 二|两 ; 三 ; 四 ; 五 ; 六 ; 七 ; 八 ; 九",
    "공|영 ; 일 ; 이 ; 삼 ; 사 ; 오 ; 육 ; 칠 ; 팔 ; 구",
    "sifuri ; moja ; mbili ; tatu ; nne ; tano ; sita ; saba ; nane ; tisa",
]
PLUS_WORDS = ["plus", "más", "mais", "più", "artı", "плюс", "زائد", "پلس", "प्लस", "প্লাস", "tambah", "cộng", "บวก", "加", "プラス", "플러스", "jumlisha"]
LEET_SUBS = {"o": "0", "e": "3", "i": "1"}


def _fr_two(n):
    u = ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
         "seize", "dix-sept", "dix-huit", "dix-neuf"]
    if n < 20:
        return [u[n]]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    t, r = divmod(n, 10)
    if t in tens:
        if r == 0:
            return [tens[t]]
        if r == 1:
            return [tens[t] + " et un", tens[t] + "-et-un"]
        return [tens[t] + "-" + u[r], tens[t] + " " + u[r]]
    if t == 7:
        if r == 1:
            return ["soixante et onze", "soixante-et-onze"]
        return ["soixante-" + u[10 + r], "soixante " + u[10 + r]]
    if t == 8:
        return ["quatre-vingts", "quatre-vingt"] if r == 0 else ["quatre-vingt-" + u[r]]
    return ["quatre-vingt-" + u[10 + r]]


def _es_two(n):
    small = {10: "diez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dieciseis", 17: "diecisiete", 18: "dieciocho",
             19: "diecinueve", 20: "veinte", 21: "veintiuno", 22: "veintidos", 23: "veintitres", 24: "veinticuatro", 25: "veinticinco",
             26: "veintiseis", 27: "veintisiete", 28: "veintiocho", 29: "veintinueve"}
    if n in small:
        return [small[n]]
    u = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
    tens = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
    t, r = divmod(n, 10)
    return [tens[t]] if r == 0 else [tens[t] + " y " + u[r]]


def _leet(w):
    """Every spelling of w with any of its o/e/i written as 0/3/1."""
    out = [""]
    for ch in w:
        out = [x + c for x in out for c in ({ch, LEET_SUBS[ch]} if ch in LEET_SUBS else {ch})]
    return set(out)


def build_lexicon():
    lex = {}

    def put(word, val):
        k = fold(word)
        if k in lex and lex[k] != val:
            raise AssertionError("lexicon clash: %r means %r and %r" % (word, lex[k], val))
        lex[k] = val
    for table in DIGIT_TABLES:
        for d, spellings in enumerate(table.split(";")):
            for w in spellings.split("|"):
                put(w.strip(), str(d))
    for d, w in enumerate("zero one two three four five six seven eight nine".split()):
        for v in _leet(w):
            if v != w:
                put(v, str(d))
    for n in range(10, 100):
        for w in _fr_two(n):
            put(w, "%02d" % n)
        for w in _es_two(n):
            put(w, "%02d" % n)
    for w in PLUS_WORDS:
        put(w, "+")
    put("double", "*2")
    put("doble", "*2")
    put("triple", "*3")
    put("hundred", "^00")
    put("thousand", "^000")
    return lex


LEX = build_lexicon()
MAXLEN = max(len(k) for k in LEX)
STRIP = [re.compile(p, re.I) for p in (r"\?text=\S*", r"(?:https?://)?(?:wa\.me/|api\.whatsapp\.com/send\?phone=)", r"\\[uU][0-9a-fA-F]{4}",
                                  r"&#[xX][0-9a-fA-F]+;", r"&#[0-9]+;", r"&[a-zA-Z]+;", r"<[^>]*>")]


def decode(raw):
    """The digits a written phone number spells, with a leading '+' when a plus is written or said."""
    s = raw
    for rx in STRIP:
        s = rx.sub(" ", s)
    s = fold(s)
    out, plus, rep, i = [], False, 1, 0
    while i < len(s):
        hit = None
        for n in range(min(MAXLEN, len(s) - i), 0, -1):
            if s[i:i + n] in LEX:
                hit = s[i:i + n]
                break
        val = LEX[hit] if hit else None
        if val is None:
            ch = s[i]
            if ch in "+＋":
                val = "+"
            elif unicodedata.digit(ch, None) is not None:
                val = str(unicodedata.digit(ch))
            elif ch == "o":
                val = "0"
            elif ch in "li":
                val = "1"
            hit = ch
        i += len(hit)
        if val is None:
            continue
        if val == "+":
            if out or plus:
                raise ValueError("plus inside a number: %r" % raw)
            plus = True
        elif val.startswith("*"):
            rep = int(val[1:])
        elif val.startswith("^"):
            out.append(val[1:])
        else:
            out.append(val * rep)
            rep = 1
    return ("+" if plus else "") + "".join(out)


def digits_of(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


# -- data ------------------------------------------------------------------------------------
def load(name):
    with open(os.path.join(HERE, FILES[name][0]), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as _f:
    POOL = json.load(_f)
BY_E164 = {x["e164"]: x for c in POOL["countries"].values() for k in ("mobile", "fixed") for x in c[k]}
AMBIG = {x["digits"]: x for x in POOL["ambiguous"]}
GENERIC = (".com", ".net", ".co", ".me", ".tv", ".io", ".ws", ".cc", ".xyz", ".club")


def expected_spelled(entry, form):
    cc, nsn = entry["cc"], entry["nsn"]
    return {"intl_plus": "+" + cc + nsn, "intl_plus_trunk": "+" + cc + "0" + nsn, "intl_00": "00" + cc + nsn, "intl_bare": cc + nsn,
            "wa_me": cc + nsn, "national": entry["national_digits"], "national_no_trunk": nsn}[form]


def host_of(url):
    return re.sub(r"^https?://", "", url).split("/")[0]


class TestPhones6(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {k: load(k) for k in FILES}

    def test_files_equal_generator_output(self):
        r = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_ids_unique_and_numbered(self):
        for k, recs in self.data.items():
            prefix = FILES[k][1]
            self.assertEqual([r["id"] for r in recs], ["%s-%04d" % (prefix, i) for i in range(1, len(recs) + 1)])
        self.assertEqual(len(self.data["dev"]), 400)
        self.assertEqual(len(self.data["heldout"]), 600)

    def test_splits_disjoint(self):
        def keys(recs):
            ids = {r["id"] for r in recs}
            texts = {(r["title"], r["body"]) for r in recs} | {r["body"] for r in recs}
            nums = {p["e164"] for r in recs for p in r["labels"]["phones"]}
            amb = {a["digits"] for r in recs for a in r["labels"]["ambiguous"]}
            return ids, texts, nums, amb
        a, b = keys(self.data["dev"]), keys(self.data["heldout"])
        for x, y, what in zip(a, b, ["ids", "texts", "numbers", "ambiguous numbers"]):
            self.assertFalse(x & y, "dev and heldout share %s: %s" % (what, sorted(x & y)[:3]))
        self.assertFalse((a[2] | {"+" + d for d in a[3]}) & (b[2] | {"+" + d for d in b[3]}))

    def test_groups_even(self):
        for k, recs in self.data.items():
            c = Counter(r["labels"]["group"] for r in recs)
            self.assertEqual(set(c), GROUPS)
            self.assertEqual(len(set(c.values())), 1, c)

    def test_raws_in_text(self):
        for recs in self.data.values():
            for r in recs:
                for p in r["labels"]["phones"] + r["labels"]["ambiguous"]:
                    self.assertIn(p["field"], ("title", "body"))
                    self.assertIn(p["raw"], r[p["field"]], r["id"])

    def test_mentions_counted_in_text(self):
        """A number written twice is labelled twice: each raw occurs in its field exactly as often as it is labelled."""
        for recs in self.data.values():
            for r in recs:
                c = Counter((p["field"], p["raw"]) for p in r["labels"]["phones"] + r["labels"]["ambiguous"])
                raws = [p["raw"] for p in r["labels"]["phones"] + r["labels"]["ambiguous"]]
                for (fld, raw), n in c.items():
                    if any(raw in o and raw != o for o in raws):
                        self.assertGreaterEqual(r[fld].count(raw), n, (r["id"], raw))
                    else:
                        self.assertEqual(r[fld].count(raw), n, (r["id"], raw))

    def test_raws_decode_to_their_numbers(self):
        n = 0
        for recs in self.data.values():
            for r in recs:
                for p in r["labels"]["phones"]:
                    entry = BY_E164.get(p["e164"])
                    self.assertIsNotNone(entry, (r["id"], p["e164"]))
                    self.assertEqual(entry["region"], p["region"], r["id"])
                    got = decode(p["raw"])
                    self.assertEqual(got, p["spelled"], "%s: %r decodes to %s, label says %s" % (r["id"], p["raw"], got, p["spelled"]))
                    self.assertEqual(p["spelled"], expected_spelled(entry, p["form"]), r["id"])
                    if p["form"] in ("intl_plus", "intl_bare", "wa_me"):
                        self.assertEqual("+" + got.lstrip("+"), p["e164"])
                    n += 1
        self.assertGreater(n, 1000)

    def test_ambiguous_entries(self):
        for recs in self.data.values():
            for r in recs:
                for a in r["labels"]["ambiguous"]:
                    self.assertEqual(digits_of(a["raw"]), a["digits"], r["id"])
                    self.assertEqual(decode(a["raw"]), a["digits"], r["id"])
                    pa = AMBIG[a["digits"]]
                    self.assertEqual(a["regions"], pa["regions"])
                    self.assertGreaterEqual(len(a["regions"]), 2)
                    self.assertEqual(a["e164_candidates"], pa["e164_candidates"])
                if r["labels"]["ambiguous"]:
                    self.assertEqual(r["labels"]["phones"], [], r["id"])
                    self.assertNotIn("+", r["title"] + r["body"], r["id"])
                    self.assertNotIn("location", r)
                    self.assertNotIn("region", r)
                    if "url" in r:
                        self.assertTrue(host_of(r["url"]).endswith(GENERIC), r["url"])
                    self.assertEqual(r["labels"]["evidence"], {"kind": "none"})

    def test_region_source_backed(self):
        for recs in self.data.values():
            for r in recs:
                ev = r["labels"]["evidence"]
                for p in r["labels"]["phones"]:
                    src = p["region_source"]
                    e = BY_E164[p["e164"]]
                    if p["form"] in INTL_FORMS:
                        self.assertEqual(src, "calling_code", r["id"])
                        continue
                    self.assertEqual(src, ev["kind"], r["id"])
                    self.assertEqual(ev.get("region"), p["region"], r["id"])
                    if src == "record":
                        self.assertEqual(r.get("region"), p["region"])
                    elif src == "location":
                        self.assertEqual(r.get("location"), ev["value"])
                    elif src == "text":
                        self.assertIn(ev["value"], r[ev["field"]], r["id"])
                    elif src == "url":
                        u = r.get("url", "")
                        if ev["how"] == "cctld":
                            self.assertTrue(host_of(u).endswith(ev["value"]), r["id"])
                        elif ev["how"] == "subdomain":
                            self.assertTrue(host_of(u).startswith(ev["value"] + "."), r["id"])
                        else:
                            self.assertIn(ev["value"], u, r["id"])
                    elif src == "calling_code":
                        cc = "+" + e["cc"]
                        self.assertEqual(ev["value"], cc)
                        others = [q for q in r["labels"]["phones"] if q["form"] in INTL_FORMS and BY_E164[q["e164"]]["cc"] == e["cc"]]
                        self.assertTrue(others or cc in r["title"] + r["body"], r["id"])
                    elif src == "format":
                        self.assertTrue(e["unique_format"], r["id"])
                        self.assertEqual(p["form"], "national")
                    else:
                        self.fail("unknown region_source %r" % src)
                if ev["kind"] in ("format", "calling_code", "none"):
                    self.assertNotIn("location", r)
                    self.assertNotIn("region", r)
                    if "url" in r:
                        self.assertTrue(host_of(r["url"]).endswith(GENERIC), r["id"])


if __name__ == "__main__":
    unittest.main()
