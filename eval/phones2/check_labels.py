#!/usr/bin/env python3
"""Re-check every label of dev.jsonl / heldout.jsonl against libphonenumber (build-time only).

    /tmp/pnvenv/bin/python eval/phones2/check_labels.py   # needs `phonenumbers`

Independently of the pool's stored readings: every labelled E.164 is a valid number; a `record`
label's number belongs to the post's `region`; a `format` label's written digits are a valid
mobile in exactly one of the set's countries; an `ambiguous` label's digits are a valid mobile
in each region it lists, and in two or more under the strict trunk-prefix reading.
"""
import json
import os
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import write  # noqa: E402

MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def mobile_regions(digits, strict):
    out = []
    for r in write.COUNTRIES:
        if strict and r not in write.BOTH_WAYS and digits.startswith("0") != (r in write.TRUNK):
            continue
        try:
            n = phonenumbers.parse(digits, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == r \
                and phonenumbers.number_type(n) in MOBILE:
            out.append(r)
    return out


def main():
    bad = 0
    counts = {}
    for split in write.SPLITS:
        with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                for p in r["labels"]["phones"]:
                    n = phonenumbers.parse(p["e164"])
                    reg = phonenumbers.region_code_for_number(n)
                    ok = phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in MOBILE
                    if p["region_source"] == "record":
                        ok = ok and r["region"] == reg
                    if p["region_source"] == "format":
                        digits = "".join(c for c in p["raw"] if c.isdigit())
                        if p["class"] == "region.format":
                            ok = ok and mobile_regions(digits, False) == [reg]
                    if not ok:
                        bad += 1
                        print("BAD", split, r["id"], p)
                    counts[split] = counts.get(split, 0) + 1
                for a in r["labels"]["ambiguous"]:
                    lenient = mobile_regions(a["digits"], False)
                    strict = mobile_regions(a["digits"], True)
                    if sorted(lenient) != a["regions"] or len(strict) < 2:
                        bad += 1
                        print("BAD", split, r["id"], a, lenient, strict)
    print("checked", counts, "bad", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
