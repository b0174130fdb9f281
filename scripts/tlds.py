#!/usr/bin/env python3
"""Writes crates/plainsight-extract/data/public_suffixes.txt (every rule of the ICANN section:
`co.uk`, `my.id`, `*.ck`, `!www.ck`), read from the Public Suffix List (Mozilla Public License
2.0). The extractor takes the delegated TLDs from the same rules (their last labels).

    python3 scripts/tlds.py /usr/share/publicsuffix/public_suffix_list.dat "Debian publicsuffix 20230209.2326-1"

Only the last label of each ICANN rule is kept, ASCII (punycode) form, sorted and unique.
"""
import sys

def main(path: str, version: str) -> None:
    tlds, rules, icann = set(), set(), False
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line == "// ===BEGIN ICANN DOMAINS===":
            icann = True
        elif line == "// ===END ICANN DOMAINS===":
            icann = False
        elif icann and line and not line.startswith("//"):
            label = line.lstrip("!*.").rsplit(".", 1)[-1]
            label = label.encode("idna").decode("ascii") if not label.isascii() else label
            tlds.add(label.lower())
            prefix = "!" if line.startswith("!") else ""
            body = line.lstrip("!")
            parts = []
            for part in body.split("."):
                parts.append(part if part.isascii() else part.encode("idna").decode("ascii"))
            rules.add(prefix + ".".join(parts).lower())
    out = "crates/plainsight-extract/data/public_suffixes.txt"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# The ICANN section of the Public Suffix List (https://publicsuffix.org/, Mozilla Public\n")
        f.write(f"# License 2.0), {version}: one rule a line, IDN labels in punycode, sorted.\n")
        f.write("# '*.' is a wildcard label, '!' an exception. Regenerate with scripts/tlds.py.\n")
        for r in sorted(rules):
            f.write(r + "\n")
    print(f"{len(rules)} rules written to {out}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "unknown")
