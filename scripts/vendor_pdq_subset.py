#!/usr/bin/env python3
"""Copy the PDQ reference images the conformance tests need into the repository, with the
rows of the two reference CSVs that describe them.

The full set (31 MB, BSD, Meta ThreatExchange) lives outside the repository in
../shared/data/pdq; CI runs without it, so the tests read only this subset and fail when an
image or a row is missing. Run from the repository root:

    python3 scripts/vendor_pdq_subset.py ../shared/data/pdq

Every row of the vendored `expected_hashes.csv` and `oracle_pdqhash_pypi_0.2.8.csv` names a
vendored image (the tests rely on it); rows are copied unchanged, in their upstream order.
"""
import csv
import io
import shutil
import sys
from pathlib import Path

DEST = Path("crates/plainsight-imagehash/tests/data/pdq")

# About 5.5 MB: small images whole, the 1600x1004 photo in every rotation and flip, the
# colour modes where decoders differ most (CMYK, palette, 1-bit), 16-bit grey. Left out: the
# four 12-megapixel EXIF photos (13 MB; the tests build EXIF-tagged copies of a vendored photo
# instead, see tests/it/conformance.rs) and the other large PNG/WebP mode variants.
IMAGES = [
    "images/misc-images/small.jpg",
    "images/misc-images/wee.jpg",
    "images/misc-images/modes/CMYK.jpg",
    "images/misc-images/modes/P.png",
    "images/misc-images/modes/1.png",
    "images/bridge-mods/shrink-a-lot.jpg",
    "images/bridge-mods/square-128x128.jpg",
    "images/bridge-mods/square-256x256.jpg",
    "images/bridge-mods/square-512x512.jpg",
    "images/bridge-mods/blur-a-lot.jpg",
    "images/reg-test-input/labelme-subset/q0003.jpg",
    "images/reg-test-input/labelme-subset/q0004.jpg",
    "images/reg-test-input/labelme-subset/q0122.jpg",
    "images/reg-test-input/labelme-subset/q0291.jpg",
    "images/reg-test-input/labelme-subset/q0746.jpg",
    "images/reg-test-input/labelme-subset/q1050.jpg",
    "images/reg-test-input/labelme-subset/q2821.jpg",
    "images/reg-test-input/dih/bridge-1-original.jpg",
    "images/reg-test-input/dih/bridge-2-rotate-90.jpg",
    "images/reg-test-input/dih/bridge-3-rotate-180.jpg",
    "images/reg-test-input/dih/bridge-4-rotate-270.jpg",
    "images/reg-test-input/dih/bridge-5-flipx.jpg",
    "images/reg-test-input/dih/bridge-6-flipy.jpg",
    "images/reg-test-input/dih/bridge-7-flip-plus-1.jpg",
    "images/reg-test-input/dih/bridge-8-flip-minus-1.jpg",
    "images/pytx-resources/LA.png",
    "images/pytx-resources/I16.png",
    "images/pytx-resources/rgb.jpeg",
    "images/pytx-resources/random_image_from_test.png",
    "images/reg-test-input/needles.txt",
    "images/reg-test-input/haystack.txt",
]


def filter_csv(src: Path, dst: Path, wanted: set) -> int:
    text = src.read_text()
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(rows[0])
    n = 0
    for row in rows[1:]:
        if row and row[0] in wanted:
            w.writerow(row)
            n += 1
    dst.write_text(out.getvalue())
    return n


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/pdq")
    for rel in IMAGES:
        to = DEST / rel
        to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, to)
    shutil.copyfile(src / "LICENSE", DEST / "LICENSE")
    wanted = set(IMAGES)
    e = filter_csv(src / "expected_hashes.csv", DEST / "expected_hashes.csv", wanted)
    o = filter_csv(
        src / "oracle_pdqhash_pypi_0.2.8.csv",
        DEST / "oracle_pdqhash_pypi_0.2.8.csv",
        wanted,
    )
    size = sum((DEST / rel).stat().st_size for rel in IMAGES)
    print(f"{len(IMAGES)} files, {size / 1e6:.1f} MB; {e} expected rows, {o} oracle rows")


if __name__ == "__main__":
    main()
