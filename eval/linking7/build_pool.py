#!/usr/bin/env python3
"""Build number_pool.json for linking7: every NPA-555-0100..0199 number of the corpus metros,
validated with phonenumbers (run with /tmp/pyv/bin/python or any env that has phonenumbers)."""
import json
import os
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from metros import METROS  # noqa: E402


def main():
    out = []
    bad = []
    for m in METROS:
        for npa in m["npas"]:
            for line in range(100, 200):
                e164 = "+1%s555%04d" % (npa, line)
                num = phonenumbers.parse(e164)
                if not phonenumbers.is_valid_number(num):
                    bad.append(e164)
                    continue
                region = phonenumbers.region_code_for_number(num)
                if region != m["country"]:
                    bad.append(e164)
                    continue
                out.append({"e164": e164, "region": region, "metro": m["key"], "npa": npa})
    doc = {
        "description": "Fictional NANP numbers NPA-555-0100..0199 for the linking7 metros, "
                       "validated with phonenumbers %s (is_valid_number, region)." % phonenumbers.__version__,
        "count": len(out),
        "rejected": bad,
        "numbers": out,
    }
    with open(os.path.join(HERE, "number_pool.json"), "w", encoding="utf-8") as f:
        f.write("{\"description\": %s,\n" % json.dumps(doc["description"]))
        f.write("\"count\": %d,\n\"rejected\": %s,\n\"numbers\": [\n" % (doc["count"], json.dumps(bad)))
        f.write(",\n".join(json.dumps(x, sort_keys=True) for x in out))
        f.write("\n]}\n")
    print("valid %d rejected %d" % (len(out), len(bad)))


if __name__ == "__main__":
    main()
