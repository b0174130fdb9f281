#!/usr/bin/env python3
"""Runs `plainsight hash` over the PDQ reference set and compares every hash with the
reference CSVs: expected_hashes.csv (per-row tolerance; empty = 31) and the C++ oracle
(within 10 bits when the reference quality is >= 80). Prints a Markdown table for
BENCHMARKS.md and exits 1 on any failure.

    python3 scripts/pdq_conformance.py target/release/plainsight ../shared/data/pdq
"""
import csv
import json
import subprocess
import sys
from pathlib import Path


def dist(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def main() -> int:
    exe, root = sys.argv[1], Path(sys.argv[2])
    extra = sys.argv[3:]
    oracle = list(csv.DictReader(open(root / "oracle_pdqhash_pypi_0.2.8.csv")))
    expected = list(csv.DictReader(open(root / "expected_hashes.csv")))
    images = sorted({r["image"] for r in oracle} | {r["image"] for r in expected})
    out = subprocess.run(
        [exe, "hash", *extra, *[str(root / i) for i in images]],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    got = {}
    for line, img in zip(out, images):
        v = json.loads(line)
        got[img] = v
    fails = 0
    print("| image | ref. quality | ours | bits from C++ oracle | expected rows (bits / tolerance) |")
    print("|---|---|---|---|---|")
    for img in images:
        v = got[img]
        if "error" in v:
            print(f"| {img} | | error: {v['error']} | | |")
            fails += 1
            continue
        o = next((r for r in oracle if r["image"] == img), None)
        cell = ""
        if o:
            d = dist(v["pdq"], o["pdq_hash_hex"] if "pdq_hash_hex" in o else o["pdqhash_pypi_hex"])
            bad = int(o["quality"]) >= 80 and d > 10
            fails += bad
            cell = f"{d}{' FAIL' if bad else ''}"
        rows = []
        for r in expected:
            if r["image"] != img:
                continue
            tol = int(r["tolerance_bits"]) if r["tolerance_bits"].strip() else 31
            d = dist(v["pdq"], r["expected_hex"])
            bad = d > tol
            fails += bad
            rows.append(f"{d}/{tol}{' FAIL' if bad else ''}")
        q = o["quality"] if o else ""
        print(f"| {img.removeprefix('images/')} | {q} | {v['quality']} | {cell} | {', '.join(rows)} |")
    print(f"\n{len(images)} images, {fails} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
