#!/usr/bin/env python3
"""Writes a large synthetic JSONL corpus for whole-program memory and speed measurements of
`plainsight extract` (no real ads: every post is generated from a seeded RNG).

Usage: python3 scripts/big_jsonl.py OUT.jsonl [SIZE_MB=1024] [SEED=7]
Then:  /usr/bin/time -v target/release/plainsight extract OUT.jsonl -o /dev/null
"""
import json
import random
import sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

CITIES = ["Houston, TX", "Dallas, TX", "Lagos", "Madrid", "London UK", "Dubai, UAE", "Paris, France", "Abuja"]
WORDS = ("new in town sweet young girl available now incall outcall discreet friendly "
         "satisfaction guaranteed no rush real pics call text anytime special today only").split()
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def phone():
    d = "713" + "".join(rng.choice("0123456789") for _ in range(7))
    style = rng.randrange(4)
    if style == 0:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == 1:
        return f"({d[:3]}) {d[3:6]} {d[6:]}"
    if style == 2:
        return " ".join(NUMBER_WORDS[int(c)] if rng.random() < 0.3 else c for c in d)
    return d


def text(n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


target = size * 1024 * 1024
written = 0
i = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        body = f"{text(rng.randint(40, 140))} call {phone()} or email girl{i % 5000} at gmail dot com. snap: kitty_{i % 7000} {text(20)}"
        if rng.random() < 0.2:
            body = "<p>" + body.replace(". ", ".</p><p>") + "</p>"
        post = {"id": f"B{i}", "title": text(rng.randint(4, 12)), "body": body,
                "location": rng.choice(CITIES), "site": "synthetic.example", "posted_at": "2024-05-01T10:00:00Z"}
        line = json.dumps(post, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        i += 1
print(f"{out}: {i} posts, {written / 1e6:.0f} MB")
