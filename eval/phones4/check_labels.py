#!/usr/bin/env python3
"""Re-check eval/phones4/heldout.jsonl labels with `phonenumbers` (not stdlib: use the throwaway venv).

    /tmp/venv-p4/bin/python eval/phones4/check_labels.py

Checks, for every labelled phone: the E.164 value is a valid mobile number and is in the pool; the
digits the raw text spells (digits in any script, keycaps, number words, homophones won/to/too/for/
fore/ate, letters O/o/l/I) end with the national significant number; national-format raws are read
the way people write numbers at home in the number's country; `format` numbers are valid mobiles
in no other scenario country; `calling_code` raws carry a code ("+", "00", words or a label).
For every labelled ambiguous number: its digits are what the raw spells, and reading those digits at
home is a valid mobile in exactly the listed regions (two or more), giving the listed candidates.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_pool import profile, MOBILE_TYPES  # noqa: E402

WORDS = {"zero": "0", "oh": "0", "one": "1", "won": "1", "two": "2", "too": "2", "to": "2", "three": "3", "four": "4",
         "fore": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9",
         "o": "0", "l": "1", "i": "1"}
TOK = re.compile(r"zero|oh|one|won|two|too|to|three|four|fore|for|five|six|seven|eight|ate|nine|o|l|i|\d")


def digits_of(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


def spelled(raw):
    out = []
    for m in TOK.finditer(raw.lower()):
        t = m.group(0)
        out.append(WORDS[t] if t in WORDS else str(unicodedata.digit(t)))
    return "".join(out)


def main():
    pool = json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))
    by_e164 = {n["e164"]: n for n in pool["numbers"]}
    recs = [json.loads(l) for l in open(os.path.join(HERE, "heldout.jsonl"), encoding="utf-8") if l.strip()]
    bad = []
    n_ph = n_amb = 0
    nat_ambiguous_without_cue = 0
    nat_total = 0
    for r in recs:
        text = r.get("title", "") + "\n" + r.get("body", "")
        lab = r["labels"]
        for ph in lab["phones"]:
            n_ph += 1
            e, raw, src = ph["e164"], ph["raw"], ph["region_source"]
            p = phonenumbers.parse(e)
            if not phonenumbers.is_valid_number(p) or phonenumbers.number_type(p) not in MOBILE_TYPES:
                bad.append((r["id"], raw, "not a valid mobile"))
            n = by_e164.get(e)
            if n is None:
                bad.append((r["id"], raw, "not in pool"))
                continue
            if raw not in text:
                bad.append((r["id"], raw, "raw not in text"))
            sp = spelled(raw) if ph["class"].startswith("disguise.") else digits_of(raw)
            if not sp.endswith(n["nsn"]):
                bad.append((r["id"], raw, "spells %s, not ...%s" % (sp, n["nsn"])))
            if src == "calling_code":
                code = str(n["code"])
                if not ("+" in raw or raw.startswith("00") or re.search(r"[a-zA-Zà-ü]", raw) or digits_of(raw).startswith(code)):
                    bad.append((r["id"], raw, "calling_code without a code"))
            elif not ph["class"].startswith("disguise.") or ph["class"] == "disguise.repeat_plain":
                d = digits_of(raw)
                if d not in n["home"]:
                    bad.append((r["id"], raw, "national raw %s not a home form %s" % (d, n["home"])))
                else:
                    nat_total += 1
                    valid, mobile, _ = profile(d)
                    if len(mobile) > 1:
                        nat_ambiguous_without_cue += 1
                    if src == "format" and mobile != [n["cc"]]:
                        bad.append((r["id"], raw, "format but mobile in %s" % mobile))
        for a in lab.get("ambiguous", []):
            n_amb += 1
            if a["raw"] not in text:
                bad.append((r["id"], a["raw"], "ambiguous raw not in text"))
            if digits_of(a["raw"]) != a["digits"]:
                bad.append((r["id"], a["raw"], "digits mismatch"))
            valid, mobile, e164 = profile(a["digits"])
            if len(mobile) < 2 or sorted(mobile) != sorted(a["regions"]):
                bad.append((r["id"], a["raw"], "mobile in %s, labelled %s" % (mobile, a["regions"])))
            if sorted(e164[c] for c in mobile) != sorted(a["e164_candidates"]):
                bad.append((r["id"], a["raw"], "candidates differ"))
    for b in bad:
        print("FAIL", *b)
    print("%d posts, %d phones, %d ambiguous checked; %d failures" % (len(recs), n_ph, n_amb, len(bad)))
    print("national-format phones whose digits alone are a valid mobile in 2+ countries (the cue decides): %d of %d"
          % (nat_ambiguous_without_cue, nat_total))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
