#!/usr/bin/env python3
"""Baseline for the whole-program benchmark: Python `phonenumbers`' PhoneNumberMatcher (the
port of libphonenumber's text matcher that analysts use today) over the same JSONL posts that
`plainsight extract` reads. Writes one JSONL line per post with the E.164 numbers it found,
so the two can be timed and scored on the same input.

  python3 bench/python_matcher.py posts.jsonl --default-region US > py.jsonl
"""
import argparse
import json
import sys

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--default-region", default="US")
    ap.add_argument("--leniency", default="VALID", choices=["POSSIBLE", "VALID", "STRICT_GROUPING"])
    a = ap.parse_args()
    leniency = getattr(Leniency, a.leniency)
    out = sys.stdout
    with open(a.input, encoding="utf-8") as f:
        for line in f:
            try:
                post = json.loads(line)
            except ValueError:
                continue
            region = post.get("region") or a.default_region
            sels = []
            for field in ("title", "body"):
                text = post.get(field)
                if not isinstance(text, str):
                    continue
                for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
                    sels.append({"kind": "phone",
                                 "value": phonenumbers.format_number(m.number, PhoneNumberFormat.E164),
                                 "field": field, "start": m.start, "end": m.end})
            out.write(json.dumps({"id": post.get("id"), "selectors": sels}) + "\n")


if __name__ == "__main__":
    main()
