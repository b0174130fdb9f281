#!/usr/bin/env python3
"""Baseline for benches/find_phones.rs: Python phonenumbers' PhoneNumberMatcher (what analysts
use today) over the same synthetic posts, one thread. Prints posts/s and MB/s per kind and how
many numbers it found (the 'obfuscated' posts hold two numbers each).
Run: python3 scripts/python_baseline.py  (needs `pip install phonenumbers`)
"""
import time
import phonenumbers


def posts(kind):
    out = []
    for i in range(2000):
        n = i % 10_000
        if kind == "plain":
            out.append(f"New in town, sweet and fun. Available 24/7. Call or text 713-555-{n:04}, $200/hr, 22 yo, 5'6\" 120 lbs. Ask for Lily.")
        elif kind == "obfuscated":
            out.append(f"Ｎｅｗ in town 🌹 call ７one３ five5five o1two3 or 832 555 {n:04} 🌹 seventy one double five, $150/hh, 34-24-36")
        else:
            out.append(f"Lovely evening in the city, {100 + i % 300} roses, posted 2023-05-12 10:30pm, ad #{100_000 + i}.")
    return out


for kind in ["plain", "obfuscated", "no_numbers"]:
    ps = posts(kind)
    size = sum(len(p.encode()) for p in ps)
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        found = sum(1 for p in ps for _ in phonenumbers.PhoneNumberMatcher(p, "US"))
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    print(f"{kind}: {len(ps) / best:,.0f} posts/s, {size / best / 2**20:.3f} MiB/s, found {found} in {len(ps)} posts")
