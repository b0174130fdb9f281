"""Checks for the phones11 set.  Run here:  python3 -m unittest

The decoder below is written apart from write.py's renderers (it imports nothing from write.py):
it reads a raw mention the way a careful reader would and must arrive at the labelled number.
"""
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE_PY = os.path.join(HERE, "..", "phones", "score.py")
SPLITS = {"dev": ("ph11d", 200), "heldout": ("ph11h", 400)}


def load(name):
    with open(os.path.join(HERE, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


# ------------------------------------------------------------------------------------------
# independent decoder

CC = {"US": "1", "CA": "1", "AU": "61", "IN": "91", "GB": "44", "JP": "81", "SG": "65", "EC": "593", "PH": "63",
      "TH": "66", "AE": "971", "MX": "52", "CO": "57", "BR": "55", "ZA": "27", "KE": "254", "NG": "234", "DE": "49",
      "ES": "34", "IT": "39", "RU": "7", "KZ": "7", "FR": "33"}
# national (trunk) prefix as people dial it inside the country; "" = none
TRUNK = {"US": "1", "CA": "1", "RU": "8", "KZ": "8", "MX": "", "CO": "", "BR": "", "ES": "", "IT": "", "SG": ""}

LEX = {
    "en": {"zero": "0", "oh": "0", "one": "1", "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "four": "4",
           "for": "4", "fore": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9", "nein": "9"},
    "es": {"cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7",
           "ocho": "8", "nueve": "9"},
    "pt": {"zero": "0", "um": "1", "dois": "2", "tres": "3", "quatro": "4", "cinco": "5", "seis": "6", "meia": "6",
           "sete": "7", "oito": "8", "nove": "9"},
    "it": {"zero": "0", "uno": "1", "due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7",
           "otto": "8", "nove": "9"},
    "de": {"null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "funf": "5", "sechs": "6",
           "sieben": "7", "acht": "8", "neun": "9"},
    "ru": {"ноль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6", "семь": "7",
           "восемь": "8", "девять": "9"},
}
FR_VAL = {"zero": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
          "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
PLUS_WORDS = {"plus", "mas", "mais", "piu", "плюс"}
FILLER = {"then", "and", "next", "last", "area", "code", "the", "rest", "is", "text"}
EN_LETTER_DIGIT = {"o": "0", "i": "1", "l": "1"}


class Undecodable(Exception):
    pass


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def to_ascii_digits(s):
    s = re.sub("([0-9])\ufe0f?\u20e3", r"\1", s)      # keycaps
    out = []
    for c in s:
        if c.isascii():
            out.append(c)
            continue
        d = unicodedata.digit(c, None)
        if d is None and "DIGIT ZERO" in unicodedata.name(c, ""):
            d = 0
        out.append(str(d) if d is not None else c)
    return "".join(out)


def en_word_parses(run):
    """all digit strings a run of letters reads as, English number words only"""
    memo = {}

    def go(i):
        if i == len(run):
            return {""}
        if i not in memo:
            memo[i] = {d + t for w, d in LEX["en"].items() if run.startswith(w, i) for t in go(i + len(w))}
        return memo[i]

    return go(0)


def en_parses(s):
    """Read a glued string of digits and English letters. A letter run made only of o/i/l is
    letters standing for digits (7o2, 6OO9, 4I6); any other letter run must be number words."""
    out = [""]
    for run in re.findall(r"[0-9]+|[^\W\d_]+", s):
        if run.isdigit():
            opts = {run}
        elif set(run) <= set(EN_LETTER_DIGIT):
            opts = {"".join(EN_LETTER_DIGIT[c] for c in run)}
        else:
            opts = en_word_parses(run)
        out = [a + b for a in out for b in opts]
    return set(out)


def fr_phrase(p):
    parts = [x for x in p.split("-") if x and x != "et"]
    if not parts:
        raise Undecodable(p)
    if all(x.isdigit() for x in parts):
        return "".join(parts)
    total = 0
    i = 0
    while i < len(parts):
        x = parts[i]
        if x == "quatre" and i + 1 < len(parts) and parts[i + 1] in ("vingt", "vingts"):
            total += 80
            i += 2
            continue
        if x not in FR_VAL:
            raise Undecodable(p)
        total += FR_VAL[x]
        i += 1
    return str(total)


def decode(raw):
    """-> (is_international, digits)"""
    s = re.sub(r"<[^>]+>", " ", raw)
    s = html.unescape(s)
    s = to_ascii_digits(s)
    s = s.replace("＋", "+").replace("－", "-")
    first_digit = re.search(r"[0-9]", s)
    plus = "+" in s[: first_digit.start() if first_digit else len(s)]
    if plus:
        s = re.sub(r"\(\s*0\s*\)", " ", s)     # +44 (0)7911 ...: the (0) is not dialled
    s = s.replace("+", " ")
    s = fold(s)
    toks = re.findall(r"[^\W_]+", s)
    if toks and toks[0] in PLUS_WORDS:
        plus = True
        toks = toks[1:]
        s = s.split(None, 1)[1] if len(s.split(None, 1)) > 1 else ""
    toks = [t for t in toks if t not in FILLER]
    if not toks:
        raise Undecodable(raw)
    results = set()
    if all(t.isdigit() for t in toks):
        results.add("".join(toks))
    else:
        for lang in ("es", "pt", "it", "de", "ru"):
            if all(t.isdigit() or t in LEX[lang] for t in toks):
                results.add("".join(t if t.isdigit() else LEX[lang][t] for t in toks))
        try:
            phrases = [p.strip("-") for p in re.split(r"[\s,.]+", s)]
            phrases = [p for p in phrases if p and p not in PLUS_WORDS]
            results.add("".join(fr_phrase(p) for p in phrases))
        except Undecodable:
            pass
        en = en_parses("".join(toks))
        if len(en) > 1:
            raise Undecodable("%r reads %d ways in English: %s" % (raw, len(en), sorted(en)[:4]))
        results |= en
    if len(results) != 1:
        raise Undecodable("%r: %s" % (raw, sorted(results)))
    digits = results.pop()
    if not plus and digits.startswith("00"):
        plus, digits = True, digits[2:]
    return plus, digits


def national_e164(digits, region):
    t = TRUNK.get(region, "0")
    if t == "0" and digits.startswith("0"):
        digits = digits[1:]
    elif t in ("1", "8") and len(digits) == 11 and digits.startswith(t):
        digits = digits[1:]
    return "+" + CC[region] + digits


def digits_of(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


# ------------------------------------------------------------------------------------------

SOURCES = {"international", "text", "url", "site", "calling_code", "national_format", "only_valid_here",
           "region_field", "location_field"}


class TestPhones11(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = {s: load(s) for s in SPLITS}

    def test_files_equal_generator_output(self):
        p = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_ids_and_counts(self):
        seen = set()
        for s, (prefix, n) in SPLITS.items():
            posts = self.data[s]
            self.assertEqual(len(posts), n)
            self.assertEqual([p["id"] for p in posts], ["%s-%04d" % (prefix, i) for i in range(1, n + 1)])
            for p in posts:
                self.assertNotIn(p["id"], seen)
                seen.add(p["id"])

    def test_raw_in_field_in_reading_order(self):
        for s, posts in self.data.items():
            for p in posts:
                lab = p["labels"]
                for kind in ("phones", "ambiguous"):
                    pos = {"title": 0, "body": 0}
                    last_field = "title"
                    for m in lab[kind]:
                        f = m["field"]
                        self.assertIn(f, ("title", "body"))
                        i = p[f].find(m["raw"], pos[f])
                        self.assertGreaterEqual(i, 0, (p["id"], m["raw"]))
                        if kind == "phones":
                            self.assertFalse(last_field == "body" and f == "title", p["id"])
                            last_field = f
                        pos[f] = i + len(m["raw"])
                        before = p[f][i - 1] if i else ""
                        after = p[f][i + len(m["raw"])] if i + len(m["raw"]) < len(p[f]) else ""
                        for c in (before, after):
                            self.assertIsNone(unicodedata.digit(c, None) if c else None, (p["id"], m["raw"], c))
                        self.assertNotIn(after, ("\u20e3", "\ufe0f"))

    def test_decoder_reads_each_phone(self):
        n = 0
        for s, posts in self.data.items():
            for p in posts:
                for m in p["labels"]["phones"]:
                    intl, digits = decode(m["raw"])
                    if intl:
                        got = "+" + digits
                        self.assertEqual(m["region_source"], "international", (p["id"], m["raw"]))
                    else:
                        got = national_e164(digits, m["region"])
                        self.assertNotEqual(m["region_source"], "international", (p["id"], m["raw"]))
                    self.assertEqual(got, m["e164"], (p["id"], m["raw"]))
                    n += 1
        self.assertGreater(n, 600)

    def test_decoder_reads_each_ambiguous(self):
        for s, posts in self.data.items():
            for p in posts:
                for a in p["labels"]["ambiguous"]:
                    intl, digits = decode(a["raw"])
                    self.assertFalse(intl)
                    self.assertEqual(digits, a["digits"], (p["id"], a["raw"]))
                    self.assertEqual(digits_of(a["raw"]), a["digits"], (p["id"], a["raw"]))
                    self.assertGreaterEqual(len(a["regions"]), 2)
                    want = sorted(set(national_e164(digits, r) for r in a["regions"]))
                    self.assertEqual(want, sorted(set(a["e164_candidates"])), (p["id"], a["raw"]))

    def test_label_shape(self):
        for s, posts in self.data.items():
            for p in posts:
                lab = p["labels"]
                for k in ("phones", "ambiguous", "decoys", "country", "lang", "group", "hint"):
                    self.assertIn(k, lab)
                for m in lab["phones"]:
                    self.assertEqual(set(m), {"e164", "raw", "field", "class", "region_source", "region", "evidence"})
                    self.assertIn(m["region_source"], SOURCES)
                    self.assertRegex(m["e164"], r"^\+[1-9][0-9]{6,14}$")
                    self.assertIn(m["class"].split(".")[0], ("na", "nat", "intl"))
                for a in lab["ambiguous"]:
                    self.assertEqual(set(a), {"raw", "digits", "field", "class", "e164_candidates", "regions"})
                # one kind of evidence for a post's national numbers
                kinds = {m["region_source"] for m in lab["phones"] if m["region_source"] != "international"}
                self.assertLessEqual(len(kinds), 1, p["id"])
                if lab["ambiguous"]:
                    self.assertEqual(kinds, set(), p["id"])
                    self.assertNotIn("region", p)
                    self.assertNotIn("location", p)
                if kinds & {"only_valid_here", "national_format"} or lab["ambiguous"]:
                    self.assertNotIn("region", p)
                    self.assertNotIn("location", p)
                    self.assertEqual(lab["lang"], "en")
                    self.assertIsNone(lab["hint"])
                hint = lab["hint"]
                hk = hint["kind"] if hint else None
                if kinds:
                    src = kinds.pop()
                    if src in ("only_valid_here", "national_format"):
                        self.assertIsNone(hk, p["id"])
                    else:
                        self.assertEqual(src, hk, p["id"])
                if hk == "region_field":
                    self.assertEqual(p["region"], hint["region"])
                else:
                    self.assertNotIn("region", p, p["id"])
                if hk == "location_field":
                    self.assertEqual(p["location"], hint["value"])
                else:
                    self.assertNotIn("location", p, p["id"])
                if hk == "site":
                    self.assertNotIn("url", p)
                    self.assertEqual(p["site"], hint["value"])
                if hk == "url":
                    self.assertIn(hint["value"], p["url"])
                if hk == "text":
                    self.assertIn(hint["value"].casefold(), (p["title"] + " " + p["body"]).casefold(), p["id"])
                if hk == "calling_code":
                    intl = any(m["region_source"] == "international" and m["e164"].startswith(hint["value"]) for m in lab["phones"])
                    said = hint["value"] in unicodedata.normalize("NFKC", p["title"] + p["body"]).replace(" ", "")
                    self.assertTrue(intl or said, p["id"])

    def test_no_number_in_both_splits(self):
        nums = {}
        for s, posts in self.data.items():
            ns = set()
            for p in posts:
                ns |= {m["e164"] for m in p["labels"]["phones"]}
                for a in p["labels"]["ambiguous"]:
                    ns |= set(a["e164_candidates"])
            nums[s] = ns
        self.assertEqual(nums["dev"] & nums["heldout"], set())

    def test_numbers_not_reused_across_posts(self):
        for s, posts in self.data.items():
            owner = {}
            for p in posts:
                for m in p["labels"]["phones"]:
                    self.assertEqual(owner.setdefault(m["e164"], p["id"]), p["id"], m["e164"])

    def test_gold_as_prediction_scores_one(self):
        spec = importlib.util.spec_from_file_location("phones_score", SCORE_PY)
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        for s, posts in self.data.items():
            preds = []
            for p in posts:
                lab = p["labels"]
                preds.append({
                    "id": p["id"],
                    "selectors": [{"kind": "phone", "value": m["e164"], "raw": m["raw"], "region_source": m["region_source"]}
                                  for m in lab["phones"]],
                    "ambiguous": [{"field": a["field"], "raw": a["raw"], "regions": a["regions"]} for a in lab["ambiguous"]],
                })
            res = score.score(posts, preds)
            o = res["overall"]
            self.assertEqual(o["recall"], 1.0, s)
            self.assertEqual(o["precision"], 1.0, s)
            self.assertEqual(o["region_source_agreement"], 1.0, s)
            self.assertEqual(res["ambiguous"]["reported_as_ambiguous"], res["ambiguous"]["labelled"])
            self.assertEqual(res["ambiguous"]["emitted_as_phone"], 0)
            self.assertGreater(res["ambiguous"]["labelled"], 0)

    @unittest.skipUnless(importlib.util.find_spec("phonenumbers"), "phonenumbers not installed")
    def test_libphonenumber_agrees(self):
        import phonenumbers as pn
        for s, posts in self.data.items():
            for p in posts:
                for m in p["labels"]["phones"]:
                    n = pn.parse(m["e164"], None)
                    self.assertTrue(pn.is_valid_number(n), m["e164"])
                    if m["region_source"] != "international":
                        self.assertTrue(pn.is_valid_number_for_region(n, m["region"]), (m["e164"], m["region"]))
                for a in p["labels"]["ambiguous"]:
                    for r in a["regions"]:
                        n = pn.parse(a["digits"], r)
                        self.assertTrue(pn.is_valid_number_for_region(n, r), (a["raw"], r))
                        self.assertEqual(re.sub(r"\D", "", pn.format_number(n, pn.PhoneNumberFormat.NATIONAL)), a["digits"])


if __name__ == "__main__":
    unittest.main()
