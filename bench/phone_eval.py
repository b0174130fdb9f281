#!/usr/bin/env python3
"""Independent phone-extraction check: writes adversarial synthetic posts with ground truth,
or scores `plainsight extract` output against that truth.

The posts are synthetic (numbers generated from libphonenumber's metadata through the Python
`phonenumbers` package, never real ads). Obfuscations and decoys are written here independently
of the Rust code's own test tables, so this is a check of generality, not of memorised cases.

  python3 bench/phone_eval.py gen --n 3000 --seed 1 --out /tmp/adv.jsonl --truth /tmp/adv.truth.json
  plainsight extract /tmp/adv.jsonl > /tmp/adv.out.jsonl
  python3 bench/phone_eval.py score --truth /tmp/adv.truth.json --pred /tmp/adv.out.jsonl
"""
import argparse
import collections
import json
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGIONS = ["US", "GB", "NG", "ES", "FR", "BR", "MX", "IN", "PH", "TH", "RU", "DE", "IT", "GH",
           "KE", "ET", "SA", "AE", "CA", "AU", "PT", "AR", "CO", "ZA", "EG", "MA", "SN", "CI",
           "NE", "LY", "TR", "PL", "RO", "UA", "VN", "ID", "CN", "JP", "NL", "BE", "CH", "SE"]
CITY = {"US": "Houston, TX", "GB": "London, UK", "NG": "Lagos", "ES": "Madrid", "FR": "Paris, France",
        "BR": "São Paulo", "MX": "Mexico City", "IN": "Mumbai", "DE": "Berlin", "IT": "Rome, Italy",
        "GH": "Accra", "KE": "Nairobi", "AE": "Dubai, UAE", "SA": "Riyadh", "CA": "Toronto",
        "AU": "Sydney", "PH": "Manila", "TH": "Bangkok", "RU": "Moscow", "EG": "Cairo"}

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
DOUBLE = {"en": "double", "es": "doble", "fr": "double", "pt": "duplo"}
SEPS = [" ", "-", ".", " - ", "  ", "🌹", " 🌹 ", "💋", "*", "_", "~", " . ", "/", "•", "|"]
LOOK = {"0": ["O", "o"], "1": ["l", "I"]}
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
MATHBOLD = {str(d): chr(0x1D7CE + d) for d in range(10)}
ARABIC = {str(d): chr(0x0660 + d) for d in range(10)}
PERSIAN = {str(d): chr(0x06F0 + d) for d in range(10)}
DEVANAGARI = {str(d): chr(0x0966 + d) for d in range(10)}
CIRCLED = {"0": "⓪", **{str(d): chr(0x2460 + d - 1) for d in range(1, 10)}}
KEYCAP = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}

INTRO = ["call me", "text", "txt me at", "whatsapp", "wa", "contact", "reach me", "hit me up",
         "llámame", "llama al", "appelle-moi au", "liga para", "mi número", "mon numéro",
         "booking:", "available now", "📞", "☎️", "ph:", "tel", "cell", "new number", "", ""]

DECOYS = [
    "$200 per hour", "150/hr", "rates: 100 hh / 180 h / 300 2h", "200 roses", "1,500.00 USD",
    "posted 2023-05-12", "on 12/05/2023", "5.12.2023", "at 10:30pm", "from 9:00 to 17:30",
    "I am 22 yo", "age 24", "5'6\" tall", "height 165 cm", "120 lbs", "weight 55kg",
    "34-24-36", "36DD-26-38", "zip 77002", "postcode 90210", "Ad #7135550123", "ad id: 48213377",
    "ref: 20230512001", "order no 4455667788", "invoice 2023-000145-77", "IBAN GB82 WEST 1234 5698 7654 32",
    "IBAN ES91 2100 0418 4502 0005 1332", "flight UA 1234", "flight AF1680", "since 2019", "year 2024",
    "ISBN 978-3-16-148410-0", "tracking 1Z999AA10123456784", "card 4111 1111 1111 1111",
    "coords 29.7604, -95.3698", "post 1234567", "views: 1,234,567", "ID 123-45-6789",
    "€80 / 30 min", "R$ 250,00", "₦50,000 per night", "2 girls 300$", "call before 10", "room 1204",
    "suite 305, 1200 Main St", "between 8 and 11", "10/10 reviews", "99% real", "100% discreet",
    "pics 2024/03/15 22:41", "tel. hours 10-22", "10-15 min away", "size 8-10", "version 2.3.14",
]

FILLER = ["sweet and discreet", "new in town", "independent", "real pics", "no rush", "clean",
          "serious inquiries only", "job offer", "we are hiring", "good salary", "visa provided",
          "beautiful smile", "classy and fun", "available today", "outcall and incall"]


def random_valid(region, rng):
    ex = phonenumbers.example_number_for_type(region, rng.choice(
        [PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]))
    if ex is None:
        ex = phonenumbers.example_number(region)
    if ex is None:
        return None
    nsn = str(ex.national_number)
    for _ in range(50):
        keep = max(3, len(nsn) - 4)
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        try:
            p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            return p
    return ex


def digits_to_words(s, lang, rng, frac):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit() and rng.random() < frac:
            if i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.3:
                out.append(f" {DOUBLE[lang]} {WORDS[lang][int(c)]} ")
                i += 2
                continue
            out.append(WORDS[lang][int(c)])
        else:
            out.append(c)
        i += 1
    return "".join(out)


def map_digits(s, table, rng, frac=1.0):
    return "".join(table.get(c, c) if c.isdigit() and rng.random() < frac else c for c in s)


def lookalike(s, rng):
    return "".join(rng.choice(LOOK[c]) if c in LOOK and rng.random() < 0.5 else c for c in s)


def reseparate(s, rng):
    sep = rng.choice(SEPS)
    groups = []
    digits = [c for c in s if c.isdigit()]
    plus = s.strip().startswith("+")
    i = 0
    while i < len(digits):
        k = rng.choice([2, 3, 3, 4])
        groups.append("".join(digits[i:i + k]))
        i += k
    return ("+" if plus else "") + sep.join(groups)


def render(p, region, rng):
    """Returns (text, record_region, location) for number p."""
    style = rng.random()
    record_region = None
    location = None
    if style < 0.45:
        base = phonenumbers.format_number(p, PhoneNumberFormat.INTERNATIONAL)
        if rng.random() < 0.3:
            base = base.replace("+", "00", 1) if rng.random() < 0.5 else base
    elif style < 0.55:
        base = phonenumbers.format_number(p, PhoneNumberFormat.E164)
    else:
        base = phonenumbers.format_number(p, PhoneNumberFormat.NATIONAL)
        if rng.random() < 0.5:
            record_region = region
        else:
            location = CITY.get(region)
            if location is None:
                record_region = region
    o = rng.random()
    if o < 0.15:
        text = base
    elif o < 0.25:
        text = reseparate(base, rng)
    elif o < 0.45:
        lang = rng.choice(list(WORDS))
        text = digits_to_words(reseparate(base, rng) if rng.random() < 0.5 else base, lang, rng,
                               rng.choice([0.3, 0.6, 1.0]))
    elif o < 0.55:
        text = lookalike(base, rng)
    elif o < 0.62:
        text = map_digits(base, FULLWIDTH, rng)
    elif o < 0.68:
        text = map_digits(base, MATHBOLD, rng)
    elif o < 0.72:
        text = map_digits(base, rng.choice([ARABIC, PERSIAN, DEVANAGARI]), rng)
    elif o < 0.76:
        text = map_digits(base, CIRCLED, rng, 0.7)
    elif o < 0.80:
        text = map_digits(reseparate(base, rng), KEYCAP, rng)
    elif o < 0.90:
        # mixed: words + lookalikes + odd separators ("7one3 five5five o1two3")
        text = lookalike(digits_to_words(reseparate(base, rng), "en", rng, 0.4), rng)
    else:
        text = reseparate(base, rng).replace(" ", rng.choice(["🌹", "..", " * ", "--"]))
    return text, record_region, location


def gen(args):
    rng = random.Random(args.seed)
    posts, truth = [], {}
    for i in range(args.n):
        pid = f"A{i:06d}"
        region = rng.choice(REGIONS)
        parts = [rng.choice(FILLER)]
        phones = []
        rec_region, location = None, None
        n_phones = rng.choice([0, 1, 1, 1, 2])
        for _ in range(n_phones):
            p = random_valid(region, rng)
            if p is None:
                continue
            text, rr, loc = render(p, region, rng)
            rec_region = rec_region or rr
            location = location or loc
            parts.append(f"{rng.choice(INTRO)} {text}")
            phones.append(phonenumbers.format_number(p, PhoneNumberFormat.E164))
        for _ in range(rng.choice([1, 2, 3])):
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(DECOYS))
        body = rng.choice([" ", ". ", " | ", "\n", " ~ "]).join(parts)
        post = {"id": pid, "body": body}
        if rec_region:
            post["region"] = rec_region
        elif location:
            post["location"] = location
        else:
            post["region"] = region  # decoy-only posts still carry a region hint
        posts.append(post)
        truth[pid] = phones
    with open(args.out, "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(args.truth, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=0, sort_keys=True)


def score(args):
    truth = json.load(open(args.truth, encoding="utf-8"))
    tp = fp = fn = 0
    misses, false = [], []
    seen = set()
    for line in open(args.pred, encoding="utf-8"):
        rec = json.loads(line)
        pid = rec["id"]
        seen.add(pid)
        got = collections.Counter(s["value"] for s in rec.get("selectors", []) if s["kind"] == "phone")
        want = collections.Counter(truth.get(pid, []))
        t = sum((got & want).values())
        tp += t
        fp += sum(got.values()) - t
        fn += sum(want.values()) - t
        if sum(want.values()) - t:
            misses.append(pid)
        if sum(got.values()) - t:
            false.append(pid)
    for pid, want in truth.items():
        if pid not in seen:
            fn += len(want)
            misses.append(pid)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print(f"phones: tp={tp} fp={fp} fn={fn} precision={prec:.4f} recall={rec:.4f}")
    if args.show:
        print("missed:", " ".join(misses[: args.show]))
        print("false:", " ".join(false[: args.show]))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("--n", type=int, default=3000)
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--out", required=True)
    g.add_argument("--truth", required=True)
    s = sub.add_parser("score")
    s.add_argument("--truth", required=True)
    s.add_argument("--pred", required=True)
    s.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    gen(a) if a.cmd == "gen" else score(a)


if __name__ == "__main__":
    sys.exit(main())
