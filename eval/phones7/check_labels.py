#!/usr/bin/env python3
"""Re-check every label of eval/phones7 with libphonenumber.

    pip install phonenumbers==9.0.43
    python3 check_labels.py

For every labelled phone:
  * the E.164 is a valid number and belongs to the labelled region;
  * the raw text, read the way a person reads it (separators, <br>, digit
    words and non-ASCII digits removed or turned into digits), gives that
    E.164: national raws parsed in the labelled region, international raws
    (+CC / 00CC) parsed as they stand;
  * the region_source holds: "record" -> the post's region field equals the
    region; "location" -> the post has a location field and the cue is it;
    "url" -> the cue is in url/site; "text" -> the cue is in title/body;
    "calling_code" -> the number is international, or another number of the
    post is international with the same calling code; "format" -> the
    national digits are valid in no other listed country;
  * numbers placed by anything but a calling code are from the ad's country.
For every ambiguous entry: the digits are valid in exactly the listed
regions (two or more, with different E.164s), and are not labelled as phones.
Ends with "N problems".
"""
import json
import os
import re
import sys
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

HERE = os.path.dirname(os.path.abspath(__file__))
LISTED = ("AU IN GB JP SG EC US CA MX CO PE CL AR BR ES FR DE IT PL RO UA RU "
          "TR AE SA EG MA NG KE GH ZA TH VN ID MY PH KR CN TW BD PK").split()
GROUPS = {"script", "qualified", "caps", "url", "mixed"}
SOURCES = {"record", "location", "text", "url", "calling_code", "format"}

# digit words, written independently of the generator's tables
WORDS = {}
for digit, names in enumerate([
        "zero oh cero zéro null nol kosong sıfır ноль",
        "one uno um un eins satu jeden unu bir один",
        "two dos dois deux due zwei dua dwa doi iki два",
        "three tres três trois tre drei tiga trzy trei üç три",
        "four cuatro quatro quatre quattro vier empat cztery patru dört четыре",
        "five cinco cinq cinque fünf lima pięć cinci beş пять",
        "six seis meia sei sechs enam sześć șase altı шесть",
        "seven siete sete sept sette sieben tujuh siedem șapte yedi семь",
        "eight ocho oito huit otto acht delapan lapan osiem opt sekiz восемь",
        "nine nueve nove neuf neun sembilan dziewięć nouă dokuz девять"]):
    for w in names.split():
        WORDS[w] = str(digit)


def read_digits(raw):
    """The digit string a reader takes from raw ("+" kept in front)."""
    s = re.sub(r"<br\s*/?>", " ", raw)
    s = s.replace("(0)", " ")
    out = []
    for tok in re.findall(r"[^\W\d_]+|\d|\+", s):
        if tok == "+":
            if not out:
                out.append("+")
            continue
        if len(tok) == 1 and unicodedata.category(tok) == "Nd":
            out.append(str(unicodedata.digit(tok)))
            continue
        w = tok.lower()
        if w in WORDS:
            out.append(WORDS[w])
    d = "".join(out)
    if d.startswith("00"):
        d = "+" + d[2:]
    return d


def e164(x):
    return phonenumbers.format_number(x, F.E164)


def readings(d):
    """region -> E.164 for every listed region where d, dialled nationally,
    is a valid number of that region."""
    out = {}
    for r in LISTED:
        try:
            x = phonenumbers.parse(d, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(x) and phonenumbers.region_code_for_number(x) == r:
            out[r] = e164(x)
    return out


def check_file(path, problems, seen_ids, numbers_by_file):
    nums = set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        where = "%s:%d" % (os.path.basename(path), ln)

        def bad(msg):
            problems.append("%s %s" % (where, msg))

        rec = json.loads(line)
        pid = rec.get("id")
        where = "%s %s" % (os.path.basename(path), pid)
        if pid in seen_ids:
            bad("duplicate id")
        seen_ids.add(pid)
        for k in ("id", "title", "body", "posted_at", "labels"):
            if k not in rec:
                bad("missing " + k)
        if not re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$", rec.get("posted_at", "")):
            bad("posted_at")
        lab = rec["labels"]
        for k in ("group", "country", "lang", "phones", "ambiguous", "decoys"):
            if k not in lab:
                bad("labels missing " + k)
        if lab["group"] not in GROUPS:
            bad("group " + lab["group"])
        if lab["country"] not in LISTED:
            bad("country " + lab["country"])
        cue = lab.get("place_cue")
        phones = lab["phones"]
        intl_ccs = set()
        for ph in phones:
            if read_digits(ph["raw"]).startswith("+"):
                intl_ccs.add(phonenumbers.parse(ph["e164"]).country_code)
        phone_raws = set()
        for ph in phones:
            for k in ("e164", "raw", "field", "class", "region_source"):
                if k not in ph:
                    bad("phone missing " + k)
            raw, field, region = ph["raw"], ph["field"], ph.get("region")
            phone_raws.add((raw, field))
            if field not in ("title", "body") or raw not in rec[field]:
                bad("raw %r not in %s" % (raw, field))
            if not re.match(r"^[a-z]+\.[a-z0-9_]+$", ph["class"]):
                bad("class " + ph["class"])
            src = ph["region_source"]
            if src not in SOURCES:
                bad("region_source " + src)
            try:
                x = phonenumbers.parse(ph["e164"])
            except phonenumbers.NumberParseException:
                bad("unparsable e164 " + ph["e164"])
                continue
            if e164(x) != ph["e164"] or not phonenumbers.is_valid_number(x):
                bad("invalid e164 " + ph["e164"])
            if phonenumbers.region_code_for_number(x) != region:
                bad("e164 %s is %s, labelled %s" % (ph["e164"], phonenumbers.region_code_for_number(x), region))
            nums.add(ph["e164"])
            d = read_digits(raw)
            is_intl = d.startswith("+")
            if is_intl != ph["class"].startswith("intl."):
                bad("class %s for raw %r" % (ph["class"], raw))
            try:
                y = phonenumbers.parse(d, None if is_intl else region)
                got = e164(y)
            except phonenumbers.NumberParseException:
                got = None
            if got != ph["e164"]:
                bad("raw %r read in %s gives %s, labelled %s" % (raw, region, got, ph["e164"]))
            # where the region came from
            if src == "record" and rec.get("region") != region:
                bad("record source without region field %s" % region)
            if src == "location" and (not rec.get("location") or rec.get("location") != cue):
                bad("location source without location cue")
            if src == "url" and (not cue or cue not in (rec.get("url", "") + " " + rec.get("site", ""))):
                bad("url source, cue %r not in url/site" % cue)
            if src == "text" and (not cue or cue not in rec["title"] + "\n" + rec["body"]):
                bad("text source, cue %r not in text" % cue)
            if src == "calling_code" and x.country_code not in intl_ccs:
                bad("calling_code source but no +%d number in the post" % x.country_code)
            if src == "format":
                if is_intl:
                    bad("format source for an international number")
                others = {r: e for r, e in readings(d).items() if r != region and e != ph["e164"]}
                if others:
                    bad("format source but %r also valid in %s" % (raw, sorted(others)))
            if src != "calling_code" and region != lab["country"]:
                bad("%s placed by %s but ad is from %s" % (ph["e164"], src, lab["country"]))
            if src == "calling_code" and region != lab["country"] and not is_intl:
                bad("foreign national number %r" % raw)
        for a in lab["ambiguous"]:
            raw, field = a["raw"], a["field"]
            if raw not in rec.get(field, ""):
                bad("ambiguous raw %r not in %s" % (raw, field))
            if (raw, field) in phone_raws:
                bad("ambiguous raw %r also a phone" % raw)
            d = read_digits(raw)
            if d.startswith("+"):
                bad("ambiguous raw with calling code %r" % raw)
                continue
            rd = readings(d)
            if sorted(rd) != sorted(a["regions"]):
                bad("ambiguous %r valid in %s, labelled %s" % (raw, sorted(rd), a["regions"]))
            if len(set(rd.values())) < 2:
                bad("ambiguous %r has fewer than two readings" % raw)
            if lab["country"] not in rd:
                bad("ambiguous %r not valid in the ad's country" % raw)
            if cue:
                bad("post with ambiguous numbers names a place cue %r" % cue)
        if not isinstance(lab["decoys"], list) or lab["decoys"] != sorted(set(lab["decoys"])):
            bad("decoys not a sorted list of kinds")
    numbers_by_file[os.path.basename(path)] = nums


def main():
    problems = []
    seen = set()
    by_file = {}
    for name in ("dev.jsonl", "heldout.jsonl"):
        check_file(os.path.join(HERE, name), problems, seen, by_file)
    both = by_file["dev.jsonl"] & by_file["heldout.jsonl"]
    for n in sorted(both):
        problems.append("number %s in both splits" % n)
    for p in problems:
        print(p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
