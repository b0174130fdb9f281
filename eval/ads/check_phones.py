#!/usr/bin/env python3
"""Check every labelled phone with libphonenumber (needs `pip install phonenumbers`; not needed
to generate or score the set). Usage: check_phones.py dev.jsonl [heldout.jsonl]"""
import json
import sys

import phonenumbers

bad = 0
n = 0
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        post = json.loads(line)
        for e164 in post["labels"]["phones"]:
            n += 1
            num = phonenumbers.parse(e164)
            if not phonenumbers.is_valid_number(num) or phonenumbers.format_number(
                    num, phonenumbers.PhoneNumberFormat.E164) != e164:
                print(f"{post['id']}: invalid {e164}")
                bad += 1
print(f"{n} phones, {bad} invalid")
sys.exit(1 if bad else 0)
