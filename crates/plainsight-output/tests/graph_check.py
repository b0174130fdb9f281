#!/usr/bin/env python3
"""Opens plainsight GEXF and GraphML exports with networkx and checks their shape.

Both files must parse; every node has a `type` of post, selector or image; every edge joins a
post to a selector or an image with a positive weight; both files give the same graph.
Exit status 0 when all hold, 1 otherwise.

    /tmp/ftm/bin/pip install networkx
    /tmp/ftm/bin/python crates/plainsight-output/tests/graph_check.py /tmp/exports/case.gexf /tmp/exports/case.graphml
"""

import sys
from collections import Counter

import networkx as nx


def check(g, name):
    problems = []
    types = Counter(d.get("type") for _, d in g.nodes(data=True))
    if set(types) - {"post", "selector", "image"}:
        problems.append(f"{name}: node types {dict(types)}")
    for u, v, d in g.edges(data=True):
        kinds = {g.nodes[u]["type"], g.nodes[v]["type"]}
        if "post" not in kinds or len(kinds) != 2:
            problems.append(f"{name}: edge {u}-{v} joins {kinds}")
        if not float(d.get("weight", 0)) > 0:
            problems.append(f"{name}: edge {u}-{v} weight {d.get('weight')}")
    print(f"{name}: {g.number_of_nodes()} nodes {dict(types)}, {g.number_of_edges()} edges")
    return problems


def main(gexf, graphml):
    g1 = nx.read_gexf(gexf, version="1.3")
    g2 = nx.read_graphml(graphml)
    problems = check(g1, "gexf") + check(g2, "graphml")
    if sorted(g1.nodes) != sorted(g2.nodes) or g1.number_of_edges() != g2.number_of_edges():
        problems.append("gexf and graphml differ")
    timed = sum(1 for _, d in g1.nodes(data=True) if "start" in d)
    print(f"gexf: {timed} nodes with a start time")
    for p in problems[:50]:
        print("problem:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
