#!/usr/bin/env python3
"""Re-decode every labelled mention of the phones9 set with phonenumbers and check the labels.

    pip install phonenumbers
    python3 check_labels.py [FILE.jsonl ...]      # default: dev.jsonl heldout.jsonl

Independent of write.py: it reads only the JSONL files. For each mention it undoes the written
disguise itself (spelled digits, O for zero, any script's digits, emoji and bullets between
groups, "00" for "+"), then asks phonenumbers:

  phones     -- parse(mention, label.region) gives label.e164 and is valid for that region;
                undisguised mentions must parse to the same number as written, untouched;
                calling_code mentions carry the region's own calling code; "format" mentions
                are valid in exactly one of the 24 countries, the labelled one.
  ambiguous  -- the mention is valid in two or more of the 24 countries, exactly `regions`,
                with `e164_candidates` in that order, and `digits` are its digits.
Also: every raw occurs verbatim in its field, and a place cue, where given, occurs in the post.
Prints each problem, then "N problems".
"""
import json
import os
import re
import sys
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["AU", "IN", "GB", "JP", "SG", "EC", "US", "CA", "NZ", "ZA",
             "NG", "KE", "PH", "MY", "TH", "AE", "MX", "CO", "BR", "ES", "FR", "DE", "IT", "IE"]
SOURCES = {"record", "location", "text", "url", "calling_code", "format"}

WORDS = {
    0: ["zero", "cero", "zéro", "null", "kosong"],
    1: ["one", "uno", "um", "un", "eins", "satu"],
    2: ["two", "dos", "dois", "deux", "zwei", "due", "dua"],
    3: ["three", "tres", "três", "trois", "drei", "tre", "tiga"],
    4: ["four", "cuatro", "quatro", "quatre", "vier", "quattro", "empat"],
    5: ["five", "cinco", "cinq", "fünf", "cinque", "lima"],
    6: ["six", "seis", "sechs", "sei", "enam"],
    7: ["seven", "siete", "sete", "sept", "sieben", "sette", "tujuh"],
    8: ["eight", "ocho", "oito", "huit", "acht", "otto", "lapan"],
    9: ["nine", "nueve", "nove", "neuf", "neun", "sembilan"],
}
WORD_LIST = sorted(((w, d) for d, ws in WORDS.items() for w in ws), key=lambda x: -len(x[0]))


def decode(raw):
    """The dialable string behind a written mention: '+' and ASCII digits only."""
    s = raw
    for w, d in WORD_LIST:
        s = re.sub(re.escape(w), str(d), s, flags=re.IGNORECASE)
    s = re.sub(r"[Oo]", "0", s)
    out = []
    for c in s:
        if c == "+" and not out:
            out.append("+")
            continue
        d = unicodedata.digit(c, None)
        if d is not None:
            out.append(str(d))
    t = "".join(out)
    if t.startswith("00"):
        t = "+" + t[2:]
    return t


def parse(s, region):
    try:
        return phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return None


def valid_set(s):
    out = {}
    for r in COUNTRIES:
        n = parse(s, r)
        if n is not None and phonenumbers.is_valid_number_for_region(n, r):
            out[r] = phonenumbers.format_number(n, F.E164)
    return out


def check_record(rec, where):
    probs = []
    lab = rec.get("labels") or {}

    def bad(msg):
        probs.append("%s %s: %s" % (where, rec.get("id"), msg))

    text = {"title": rec.get("title") or "", "body": rec.get("body") or "", "url": rec.get("url") or ""}
    for p in lab.get("phones", []):
        raw, field, region, src = p.get("raw"), p.get("field"), p.get("region"), p.get("region_source")
        if field not in text or raw not in text[field]:
            bad("raw %r not in %s" % (raw, field))
        if src not in SOURCES:
            bad("region_source %r" % src)
        if region not in COUNTRIES:
            bad("region %r" % region)
            continue
        s = decode(raw)
        n = parse(s, region)
        if n is None:
            bad("%r does not parse as %s" % (raw, region))
            continue
        e164 = phonenumbers.format_number(n, F.E164)
        if e164 != p.get("e164"):
            bad("%r as %s is %s, labelled %s" % (raw, region, e164, p.get("e164")))
        if not phonenumbers.is_valid_number_for_region(n, region):
            bad("%r is not a valid %s number" % (raw, region))
        if p.get("class", "").endswith(".plain"):
            n2 = parse(raw, region)
            if n2 is None or phonenumbers.format_number(n2, F.E164) != e164:
                bad("plain %r does not parse directly to %s" % (raw, e164))
        if src == "calling_code" and p.get("class", "").startswith("intl."):
            cc = phonenumbers.country_code_for_region(region)
            if not (s.startswith("+%d" % cc) or s.startswith("%d" % cc)):
                bad("%r does not carry +%d" % (raw, cc))
        if src == "format":
            vs = sorted(valid_set(s))
            if vs != [region]:
                bad("format label %r valid in %s" % (raw, vs))
        if p.get("class", "").startswith("national.") and s.startswith("+"):
            bad("national mention %r has a +" % raw)
    for a in lab.get("ambiguous", []):
        raw, field = a.get("raw"), a.get("field")
        if field not in text or raw not in text[field]:
            bad("ambiguous raw %r not in %s" % (raw, field))
        s = decode(raw)
        if s.startswith("+"):
            bad("ambiguous %r carries a calling code" % raw)
        vs = valid_set(s)
        regs = sorted(vs)
        if regs != a.get("regions"):
            bad("ambiguous %r valid in %s, labelled %s" % (raw, regs, a.get("regions")))
        if len(regs) < 2:
            bad("ambiguous %r valid in fewer than two countries" % raw)
        if [vs[r] for r in regs] != a.get("e164_candidates"):
            bad("ambiguous %r candidates differ" % raw)
        if a.get("digits") != s.lstrip("+"):
            bad("ambiguous %r digits %r, decoded %r" % (raw, a.get("digits"), s))
        if a.get("e164_true") not in vs.values():
            bad("ambiguous %r: true number %s not among candidates" % (raw, a.get("e164_true")))
    cue = lab.get("place_cue")
    if cue:
        hay = " ".join(str(rec.get(k) or "") for k in ("title", "body", "url", "site", "location"))
        for part in re.split(r" / | vs ", cue):
            if part not in hay:
                bad("place cue %r not in the post" % part)
    return probs


def main():
    files = sys.argv[1:] or [os.path.join(HERE, "dev.jsonl"), os.path.join(HERE, "heldout.jsonl")]
    probs = []
    n_ph = n_amb = 0
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                n_ph += len(rec["labels"]["phones"])
                n_amb += len(rec["labels"]["ambiguous"])
                probs.extend(check_record(rec, "%s:%d" % (os.path.basename(fn), ln)))
    for p in probs:
        print(p)
    print("checked %d phone labels and %d ambiguous labels (phonenumbers %s)" % (n_ph, n_amb, phonenumbers.__version__))
    print("%d problems" % len(probs))
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
