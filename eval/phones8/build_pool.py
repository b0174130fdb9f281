"""Build number_pool.json: 60 seeded random valid mobile numbers per country.

Uses phonenumbers (pip install phonenumbers==9.0.43). Dev uses even indices,
held-out uses odd indices of each country's list.
"""
import json
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

COUNTRIES = ["US", "CA", "GB", "FR", "ES", "BR", "MX", "AR", "CO", "DE",
             "IT", "RU", "AE", "SA", "NG", "KE", "GH", "PH", "IN", "AU"]
US_AREAS = ["212", "213", "214", "305", "312", "323", "404", "415", "469", "503",
            "602", "615", "617", "646", "702", "713", "718", "720", "786", "813",
            "832", "901", "917", "954", "972", "480", "510", "619", "702", "347"]
CA_AREAS = ["416", "647", "437", "604", "778", "514", "438", "403", "587", "613", "905"]
OK_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
PER_COUNTRY = 60


def candidate(rng, cc, i, example):
    if cc in ("US", "CA"):
        area = rng.choice(US_AREAS if cc == "US" else CA_AREAS)
        exch = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2))
        line = "".join(rng.choice("0123456789") for _ in range(4))
        if cc == "US" and i % 10 == 3:      # room for "N thousand"
            line = str(rng.randint(1, 9)) + "000"
        if cc == "US" and i % 10 == 4:      # room for "N hundred"
            exch = str(rng.randint(2, 9)) + "00"
        return area + exch + line
    nsn = phonenumbers.national_significant_number(example)
    keep = 2 if len(nsn) > 8 else 1
    if cc == "AR":
        keep = 3
    return nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))


def main():
    rng = random.Random(880808)
    pool = {}
    for cc in COUNTRIES:
        example = phonenumbers.example_number_for_type(cc, T.MOBILE)
        code = example.country_code
        seen, out, i = set(), [], 0
        while len(out) < PER_COUNTRY:
            nsn = candidate(rng, cc, i, example)
            try:
                num = phonenumbers.parse("+%d%s" % (code, nsn))
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != cc:
                continue
            if phonenumbers.number_type(num) not in OK_TYPES or nsn in seen:
                continue
            nat = phonenumbers.format_number(num, F.NATIONAL)
            nat_digits = "".join(c for c in nat if c.isdigit())
            try:
                back = phonenumbers.parse(nat_digits, cc)
                nat_ok = phonenumbers.format_number(back, F.E164) == phonenumbers.format_number(num, F.E164)
            except phonenumbers.NumberParseException:
                nat_ok = False
            seen.add(nsn)
            out.append({
                "cc": cc,
                "code": str(code),
                "nsn": nsn,
                "e164": phonenumbers.format_number(num, F.E164),
                "national": nat,
                "nat_digits": nat_digits,
                "nat_ok": nat_ok,
                "intl": phonenumbers.format_number(num, F.INTERNATIONAL),
            })
            i += 1
        pool[cc] = out
    with open("number_pool.json", "w", encoding="utf-8") as fh:
        json.dump(pool, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for cc in COUNTRIES:
        print(cc, len(pool[cc]), sum(e["nat_ok"] for e in pool[cc]), pool[cc][0]["national"], pool[cc][0]["intl"])


if __name__ == "__main__":
    main()
