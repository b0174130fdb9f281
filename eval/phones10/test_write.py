#!/usr/bin/env python3
"""Checks for the phones10 set. Run from this directory:  python3 -m unittest

Standard library only (the libphonenumber cross-check runs only where `phonenumbers` is installed).
The decoder below is written independently of write.py's renderers: it reads a labelled raw mention
the way a careful person would (digits in any script, number words in the set's languages,
homophones, leet, letter O, 'double', 'thousand', escapes) and must arrive at the labelled number.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "phones", "score.py")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # importing write.py leaves nothing behind


def load(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


# ---------------------------------------------------------------- reference decoder
DIGIT_WORDS = {
    "0": ["zero", "oh", "cero", "zéro", "null", "ноль", "o", "о"],
    "1": ["one", "won", "uno", "um", "un", "eins", "один"],
    "2": ["two", "to", "too", "dos", "dois", "deux", "zwei", "zwo", "due", "два"],
    "3": ["three", "tres", "três", "trois", "drei", "tre", "три"],
    "4": ["four", "for", "fore", "cuatro", "quatro", "quatre", "vier", "quattro", "четыре"],
    "5": ["five", "cinco", "cinq", "fünf", "cinque", "пять"],
    "6": ["six", "seis", "meia", "sechs", "sei", "шесть"],
    "7": ["seven", "siete", "sete", "sept", "sieben", "sette", "семь"],
    "8": ["eight", "ate", "ocho", "oito", "huit", "acht", "otto", "восемь"],
    "9": ["nine", "nueve", "nove", "neuf", "neun", "девять"],
}
LEET_WORDS = {"0": ["zer0", "z3r0"], "1": ["0ne", "on3"], "2": ["tw0"], "3": ["thr33", "thr3e"], "4": ["f0ur"],
              "5": ["f1ve", "fiv3"], "6": ["s1x"], "7": ["s3ven", "sev3n"], "8": ["e1ght", "eigh7"], "9": ["n1ne", "nin3"]}
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_TEENS = {10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize"}
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def french(n):
    if n in FR_TEENS:
        return FR_TEENS[n]
    if 17 <= n <= 19:
        return "dix-" + FR_UNITS[n - 10]
    if n == 80:
        return "quatre-vingts"
    if n >= 80:
        return "quatre-vingt-" + (FR_UNITS[n - 80] if n < 90 else french(n - 80))
    if n >= 70:
        return "soixante et onze" if n == 71 else "soixante-" + french(n - 60)
    t = n - n % 10
    return FR_TENS[t] if n == t else FR_TENS[t] + (" et un" if n % 10 == 1 else "-" + FR_UNITS[n % 10])


VOCAB = {}
for dg, ws in list(DIGIT_WORDS.items()) + list(LEET_WORDS.items()):
    for w in ws:
        VOCAB[w] = dg
for n in range(10, 100):
    VOCAB[french(n)] = "%02d" % n
for w in ("plus", "más", "mas", "mais"):
    VOCAB[w] = "+"
VOCAB.update({"double": "x2", "triple": "x3", "thousand": "*000", "hundred": "*00"})
KEYS = sorted(VOCAB, key=len, reverse=True)
ESCAPES = ["\\u2022", "\\u00b7", "\\u25cf", "\\u2013", "&#8226;", "&bull;", "&middot;", "&#183;", "&#x2022;", "&nbsp;"]
SEPARATOR_LETTERS = {"ー"}  # katakana long mark used as a dash


class DecodeError(Exception):
    pass


def decode(raw):
    s = raw
    for e in ESCAPES:
        s = s.replace(e, " ")
    s = s.replace("(0)", " ").replace("＋", "+").lower()
    toks = []
    i = 0
    while i < len(s):
        ch = s[i]
        hit = None
        if ch.isalpha() or ch.isdigit():
            for k in KEYS:
                if s.startswith(k, i):
                    hit = k
                    break
        if hit and not (hit in ("o", "о") and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] not in "oо"):
            toks.append(VOCAB[hit])
            i += len(hit)
            continue
        d = unicodedata.digit(ch, None)
        if d is not None:
            toks.append(str(d))
        elif ch == "+":
            toks.append("+")
        elif ch.isalpha() and ch not in SEPARATOR_LETTERS:
            raise DecodeError("unreadable %r in %r" % (s[i:i + 12], raw))
        i += 1
    out = ""
    rep = 1
    for t in toks:
        if t == "+":
            if out:
                raise DecodeError("plus inside %r" % raw)
            out = "+"
        elif t in ("x2", "x3"):
            rep = int(t[1])
        elif t.startswith("*"):
            if not out or not out[-1].isdigit():
                raise DecodeError("multiplier without digit in %r" % raw)
            out += t[1:]
        else:
            out += t * rep
            rep = 1
    return out


# ---------------------------------------------------------------- tests
class SetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dev = load("dev.jsonl")
        cls.held = load("heldout.jsonl")
        with open(os.path.join(HERE, "number_pool.json"), encoding="utf-8") as f:
            cls.pool = json.load(f)
        cls.by_e164 = {n["e164"]: n for n in cls.pool["numbers"]}

    def splits(self):
        return (("dev", "ph10d", 200, self.dev), ("heldout", "ph10h", 400, self.held))

    def test_files_equal_generator_output(self):
        import write
        files = write.generate()
        for fn, content in files.items():
            with open(os.path.join(HERE, fn), "rb") as f:
                self.assertEqual(f.read(), content.encode("utf-8"), "%s differs from write.py output" % fn)

    def test_ids(self):
        for name, prefix, n, recs in self.splits():
            ids = [r["id"] for r in recs]
            self.assertEqual(len(ids), n)
            self.assertEqual(ids, ["%s-%04d" % (prefix, i + 1) for i in range(n)])

    def test_record_fields(self):
        allowed = ["id", "title", "body", "region", "location", "url", "site", "posted_at", "language", "labels"]
        for _, _, _, recs in self.splits():
            for r in recs:
                self.assertTrue(set(r) <= set(allowed), r["id"])
                self.assertEqual(list(r), [k for k in allowed if k in r], r["id"])
                self.assertRegex(r["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                for k in ("url", "site"):
                    if k in r:
                        host = r[k].split("/")[2] if k == "url" else r[k]
                        self.assertRegex(host, r"(^|\.)example(\.[a-z]{2,3}){0,2}$|^[a-z]+\.example$", r["id"])

    def test_raw_in_field_and_decodes(self):
        for name, _, _, recs in self.splits():
            for r in recs:
                lab = r["labels"]
                pos = {"title": 0, "body": 0}
                for p in lab["phones"]:
                    self.assertIn(p["field"], ("title", "body"))
                    t = r[p["field"]]
                    k = t.find(p["raw"], pos[p["field"]])
                    self.assertGreaterEqual(k, 0, "%s: raw %r not in %s (in order)" % (r["id"], p["raw"], p["field"]))
                    pos[p["field"]] = k + len(p["raw"])
                    e = self.by_e164[p["e164"]]
                    d = decode(p["raw"])
                    cc, nsn = str(e["cc"]), e["nsn"]
                    if d.startswith("+"):
                        ok = d[1:] == cc + nsn or (p["class"] == "plain.intl_trunk0" and d[1:] == cc + "0" + nsn)
                        self.assertEqual(p["region_source"], "international", r["id"])
                    elif d.startswith("00") and p["class"] in ("plain.intl_00", "plain.intl_paren", "words.intl_en"):
                        ok = d[2:] == cc + nsn
                        self.assertEqual(p["region_source"], "international", r["id"])
                    else:
                        ok = d in (e["written"]["national"]["digits"], nsn if e["region"] == "IN" else None, "1" + nsn if cc == "1" else None)
                        self.assertNotEqual(p["region_source"], "international", r["id"])
                    self.assertTrue(ok, "%s: %r decodes to %s, label %s" % (r["id"], p["raw"], d, p["e164"]))
                for a in lab["ambiguous"]:
                    self.assertIn(a["raw"], r[a["field"]], r["id"])
                    self.assertEqual(decode(a["raw"]), a["digits"], r["id"])

    def test_labels_match_pool(self):
        for name, _, _, recs in self.splits():
            for r in recs:
                for p in r["labels"]["phones"]:
                    e = self.by_e164.get(p["e164"])
                    self.assertIsNotNone(e, p["e164"])
                    self.assertEqual(e["region"], p["region"])
                    self.assertEqual("dev" if zlib.crc32(p["e164"].encode()) % 3 == 0 else "heldout", name)
                for a in r["labels"]["ambiguous"]:
                    e = self.by_e164[a["pool_e164"]]
                    self.assertEqual(e["written"]["national"]["digits"], a["digits"])
                    self.assertEqual(sorted(e["written"]["national"]["e164s"]), a["e164_candidates"])
                    scen = set(e164 for e164, regs in e["written"]["national"]["e164s"].items() if set(regs) & set(self.pool["regions"]))
                    self.assertGreaterEqual(len(scen), 2, r["id"])

    def test_evidence(self):
        for _, _, _, recs in self.splits():
            for r in recs:
                lab = r["labels"]
                intl_raws = {p["raw"]: p for p in lab["phones"] if p["region_source"] == "international"}
                for p in lab["phones"]:
                    src, ev = p["region_source"], p.get("evidence")
                    e = self.by_e164[p["e164"]]
                    if src == "text":
                        self.assertTrue(ev and (ev in r["title"] or ev in r["body"]), r["id"])
                    elif src == "url":
                        self.assertEqual(ev, r.get("url"), r["id"])
                    elif src == "site":
                        self.assertEqual(ev, r.get("site"), r["id"])
                    elif src == "region_field":
                        self.assertEqual(r.get("region"), p["region"], r["id"])
                    elif src == "location_field":
                        self.assertEqual(ev, r.get("location"), r["id"])
                    elif src == "calling_code":
                        self.assertTrue(ev in r["body"] or ev in r["title"], r["id"])
                        if ev in intl_raws:
                            self.assertEqual(intl_raws[ev]["region"], p["region"], r["id"])
                        else:
                            self.assertIn(ev, ("+%d" % e["cc"], "00%d" % e["cc"], "%d" % e["cc"]), r["id"])
                    elif src == "national_format":
                        self.assertEqual(p["raw"], e["national"], r["id"])
                        self.assertTrue(e["written"]["national"]["fmt_unique"], r["id"])
                    else:
                        self.assertEqual(src, "international", r["id"])
                if lab["hint"] not in ("region_field",):
                    self.assertNotIn("region", r, r["id"])
                if lab["hint"] not in ("location_field",):
                    self.assertNotIn("location", r, r["id"])

    def test_no_place_names_where_the_text_is_not_the_evidence(self):
        import write
        names = set()
        for c in write.C.values():
            for city, alts, _, _ in c["cities"]:
                names.add(city)
                names.update(a for a in alts if len(a) >= 3)
            names.update(c["districts"])
            for lst in c.get("native", {}).values():
                names.update(lst)
            names.update(c["cname"].values())
        for _, _, _, recs in self.splits():
            for r in recs:
                lab = r["labels"]
                if lab["hint"] in ("text", "intl", "nophone"):
                    continue
                text = (r["title"] + "\n" + r["body"])
                if lab["group"] == "recruit":
                    for _, dn in write.DESTS:
                        for v in dn.values():
                            text = re.sub(re.escape(v), " ", text, flags=re.I)
                for n in names:
                    if re.search(r"(?<!\w)%s(?!\w)" % re.escape(n), text, re.I if n.isascii() and len(n) > 3 else 0):
                        self.fail("%s (%s post) names %r" % (r["id"], lab["hint"], n))

    def test_recruitment_destination_is_not_the_numbers_country(self):
        import write
        for _, _, _, recs in self.splits():
            for r in recs:
                if r["labels"]["group"] != "recruit":
                    continue
                text = r["title"] + "\n" + r["body"]
                dests = [reg for reg, names in write.DESTS if any(v.lower() in text.lower() for v in names.values())]
                for p in r["labels"]["phones"]:
                    if p["region_source"] == "international":
                        continue
                    e = self.by_e164[p["e164"]]
                    form = "nsn" if ("nsn" in e["written"] and decode(p["raw"]) == e["nsn"]) else "national"
                    cands = set(e["written"][form]["e164s"])
                    for reg in dests:
                        if reg == p["region"]:
                            continue
                        cc = "+%d" % write.DEST_CC[reg]
                        self.assertFalse(any(x.startswith(cc) for x in cands), "%s: %s also a %s number" % (r["id"], p["raw"], reg))

    def test_no_number_in_both_splits(self):
        def nums(recs):
            s = set()
            for r in recs:
                for p in r["labels"]["phones"]:
                    s.add(p["e164"])
                for a in r["labels"]["ambiguous"]:
                    s.add(a["pool_e164"])
                    s.update(a["e164_candidates"])
            return s
        self.assertFalse(nums(self.dev) & nums(self.held))
        dig = lambda recs: set(re.sub(r"\D", "", p["e164"])[-8:] for r in recs for p in r["labels"]["phones"])
        self.assertFalse(dig(self.dev) & dig(self.held), "same last 8 digits in both splits")

    def test_coverage(self):
        import write
        need_decoys = {"price", "age", "height", "time", "date", "street_number", "postcode", "tracking", "order_ref", "bank",
                       "year", "measurement"}
        need_regions = {"US", "CA", "GB", "IE", "AU", "NZ", "IN", "SG", "MY", "PH", "TH", "JP", "NG", "KE", "ZA", "AE", "MX", "CO",
                        "EC", "BR", "ES", "FR", "DE", "IT"}
        for name, _, _, recs in self.splits():
            classes = {}
            for r in recs:
                for p in r["labels"]["phones"]:
                    classes[p["class"]] = classes.get(p["class"], 0) + 1
            for c in write.CLASS_DOC:
                self.assertGreaterEqual(classes.get(c, 0), 4, "%s: class %s has %d" % (name, c, classes.get(c, 0)))
            decoys = set(d for r in recs for d in r["labels"]["decoys"])
            self.assertTrue(need_decoys <= decoys, need_decoys - decoys)
            regions = set(p["region"] for r in recs for p in r["labels"]["phones"])
            self.assertTrue(need_regions <= regions, need_regions - regions)
            langs = set(r["labels"]["lang"] for r in recs)
            self.assertTrue({"en", "es", "pt", "fr", "de", "it"} <= langs)
            self.assertGreaterEqual(len(langs & {"ru", "ar", "th", "ja", "hi"}), 2)
            self.assertTrue(any(r["labels"]["ambiguous"] for r in recs))
            srcs = set(p["region_source"] for r in recs for p in r["labels"]["phones"])
            self.assertEqual(srcs, {"international", "text", "url", "site", "calling_code", "national_format", "region_field",
                                    "location_field"})

    def test_scorer_reads_labels(self):
        for fn in ("dev.jsonl", "heldout.jsonl"):
            recs = load(fn)
            pred_path = os.path.join(HERE, ".pred_%s" % fn)
            try:
                with open(pred_path, "w", encoding="utf-8") as f:
                    for r in recs:
                        sels = [{"kind": "phone", "value": p["e164"], "raw": p["raw"], "region_source": p["region_source"]}
                                for p in r["labels"]["phones"]]
                        amb = [{"raw": a["raw"]} for a in r["labels"]["ambiguous"]]
                        f.write(json.dumps({"id": r["id"], "selectors": sels, "ambiguous": amb}, ensure_ascii=False) + "\n")
                out = subprocess.run([sys.executable, SCORER, os.path.join(HERE, fn), pred_path, "--json"],
                                     capture_output=True, text=True, check=True).stdout
            finally:
                if os.path.exists(pred_path):
                    os.remove(pred_path)
            res = json.loads(out)
            o = res["overall"]
            self.assertEqual(o["recall"], 1.0)
            self.assertEqual(o["precision"], 1.0)
            self.assertEqual(o["missing_posts"], 0)
            self.assertEqual(o["region_source_agreement"], 1.0)
            a = res["ambiguous"]
            self.assertGreater(a["labelled"], 0)
            self.assertEqual(a["reported_as_ambiguous"], a["labelled"])
            self.assertEqual(a["emitted_as_phone"], 0)
            # and an extractor that emits the ambiguous numbers as phones is caught
            self.assertTrue(all(len(r["labels"]["ambiguous"][0]["e164_candidates"]) >= 2 for r in recs if r["labels"]["ambiguous"]))

    def test_libphonenumber(self):
        try:
            import phonenumbers
        except ImportError:
            self.skipTest("phonenumbers not installed")
        for _, _, _, recs in self.splits():
            for r in recs:
                for p in r["labels"]["phones"]:
                    n = phonenumbers.parse(p["e164"], None)
                    self.assertTrue(phonenumbers.is_valid_number(n), p["e164"])
                    self.assertEqual(phonenumbers.region_code_for_number(n), p["region"])
                    if p["region_source"] != "international":
                        d = decode(p["raw"])
                        m = phonenumbers.parse(d, p["region"])
                        self.assertEqual(phonenumbers.format_number(m, phonenumbers.PhoneNumberFormat.E164), p["e164"], r["id"])
                for a in r["labels"]["ambiguous"]:
                    for e in a["e164_candidates"]:
                        self.assertTrue(phonenumbers.is_valid_number(phonenumbers.parse(e, None)), e)


if __name__ == "__main__":
    unittest.main()
