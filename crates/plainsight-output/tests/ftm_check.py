#!/usr/bin/env python3
"""Validates a plainsight FollowTheMoney export with the `followthemoney` package.

Every line must be an entity `{"id", "schema", "properties"}` that `model.get_proxy` accepts
when re-cleaning every value (`cleaned=False`, as for untrusted input), that its schema
validates, whose property values all survive cleaning, and whose entity references point at
entities of the same file. Exit status 0 when all hold, 1 otherwise.

    python3 -m venv /tmp/ftm && /tmp/ftm/bin/pip install followthemoney
    cargo run -p plainsight-engine --example export -- demo/posts.jsonl /tmp/exports --reveal
    /tmp/ftm/bin/python crates/plainsight-output/tests/ftm_check.py /tmp/exports/case.ftm.jsonl
"""

import json
import sys
from collections import Counter

from followthemoney import model


def main(path):
    problems = []
    ids = set()
    refs = []
    schemata = Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            data = json.loads(line)
            if set(data) != {"id", "schema", "properties"}:
                problems.append(f"{n}: keys {sorted(data)}")
            schema = model.get(data["schema"])
            if schema is None:
                problems.append(f"{n}: unknown schema {data['schema']}")
                continue
            try:
                schema.validate(data)
                proxy = model.get_proxy(data, cleaned=False)
            except Exception as e:  # noqa: BLE001 - report every failure, keep going
                problems.append(f"{n}: {data['schema']}: {e}")
                continue
            for prop, values in data["properties"].items():
                if not all(isinstance(v, str) for v in values):
                    problems.append(f"{n}: {prop} values are not all strings")
                p = schema.get(prop)
                if p is None:
                    problems.append(f"{n}: {data['schema']} has no property {prop}")
                    continue
                kept = proxy.get(prop)
                if len(kept) != len(values):
                    problems.append(
                        f"{n}: {data['schema']}.{prop}: {len(values)} values, {len(kept)} survive cleaning"
                    )
                if p.type.name == "entity":
                    refs.extend((n, v) for v in values)
            if data["id"] in ids:
                problems.append(f"{n}: repeated id")
            ids.add(data["id"])
            schemata[data["schema"]] += 1
    for n, ref in refs:
        if ref not in ids:
            problems.append(f"{n}: reference to missing entity {ref}")
    print(f"{sum(schemata.values())} entities: " + ", ".join(f"{k} {v}" for k, v in sorted(schemata.items())))
    for p in problems[:50]:
        print("problem:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
