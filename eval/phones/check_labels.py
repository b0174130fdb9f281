#!/usr/bin/env python3
"""Check an evaluation file against libphonenumber (needs `phonenumbers`; not needed to score).

    /tmp/phvenv/bin/python check_labels.py dev.jsonl heldout.jsonl

Fails (exit 1) when a labelled phone is not valid for its country, a label's raw text is not in
the post as often as it is labelled, an ambiguous number is placeable (fewer than two candidate
regions), or a post carries an unknown region_source. Also reports, for information, decoys that
libphonenumber's own matcher reads as valid phones (the adversarial ones).
"""
import json
import sys
from collections import Counter

import phonenumbers

SOURCES = {"record", "location", "text", "url", "calling_code", "format"}


def main(paths):
    bad = 0
    stats = Counter()
    for path in paths:
        ids = set()
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            r = json.loads(line)
            lab = r["labels"]
            if r["id"] in ids:
                print("%s:%d duplicate id" % (path, ln)); bad += 1
            ids.add(r["id"])
            text = r.get("title", "") + "\n" + r.get("body", "")
            raws = Counter(p["raw"] for p in lab["phones"])
            for raw, k in raws.items():
                if text.count(raw) < k:
                    print("%s:%d raw %r found %d times, labelled %d" % (path, ln, raw, text.count(raw), k)); bad += 1
            for p in lab["phones"]:
                n = phonenumbers.parse(p["e164"])
                if not phonenumbers.is_valid_number(n):
                    print("%s:%d invalid %s" % (path, ln, p["e164"])); bad += 1
                if phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != p["e164"]:
                    print("%s:%d not E.164 %s" % (path, ln, p["e164"])); bad += 1
                if p["region_source"] not in SOURCES:
                    print("%s:%d bad source %s" % (path, ln, p["region_source"])); bad += 1
                stats["phones"] += 1
            for a in lab["ambiguous"]:
                if len(a["regions"]) < 2 or a["raw"] not in text:
                    print("%s:%d ambiguous not ambiguous %r" % (path, ln, a)); bad += 1
                for e in a["e164_candidates"]:
                    if not phonenumbers.is_valid_number(phonenumbers.parse(e)):
                        print("%s:%d ambiguous candidate invalid %s" % (path, ln, e)); bad += 1
                stats["ambiguous"] += 1
            # information: what does libphonenumber's matcher find that is not labelled?
            region = r.get("region")
            if not region and lab["phones"]:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(lab["phones"][0]["e164"]))
            if region and lab["decoys"]:
                gold = Counter(p["e164"] for p in lab["phones"])
                for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
                    e = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                    if gold[e] > 0:
                        gold[e] -= 1
                    else:
                        stats["decoy_read_as_phone_by_libphonenumber"] += 1
            stats["posts"] += 1
        print("%s: %d posts checked" % (path, len(ids)))
    print(dict(stats))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
