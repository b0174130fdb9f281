#!/usr/bin/env bash
# Incremental ingest figures for BENCHMARKS.md ("The case store"). Usage:
#   scripts/bench-store-incremental.sh ALL.jsonl DIR N BATCH
# ALL.jsonl holds at least N + BATCH posts (e.g. `plainsight synth --seed 1 --posts 1010000`).
# Builds nothing: expects target/release/plainsight and the search_latency example, built with
#   CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo build --release -p plainsight
# Runs one step at a time under nice; prints the load average before each step.
set -euo pipefail
ALL=${1:?usage}; DIR=${2:?usage}; N=${3:?usage}; T=${4:?usage}
P=${P:-target/release/plainsight}
Q=${Q:-target/release/examples/search_latency}
mkdir -p "$DIR"
head -n "$N" "$ALL" > "$DIR/base.jsonl"
head -n $((N + T)) "$ALL" | tail -n "$T" > "$DIR/batch.jsonl"
cat "$DIR/base.jsonl" "$DIR/batch.jsonl" > "$DIR/all.jsonl"
rm -f "$DIR"/case*.db*
step() { echo "== $1 (load: $(cut -d' ' -f1-3 /proc/loadavg))"; shift
  /usr/bin/time -f "   wall %e s, user %U s, sys %S s, max RSS %M kB" nice "$@"; }
step "ingest N=$N into an empty store" $P ingest -q --db "$DIR/case.db" "$DIR/base.jsonl"
echo "   store: $(stat -c %s "$DIR/case.db") bytes (+wal $(stat -c %s "$DIR/case.db-wal" 2>/dev/null || echo 0)); JSONL $(stat -c %s "$DIR/base.jsonl") bytes"
cp "$DIR/case.db" "$DIR/case-full.db"
step "ingest +$T, neighbourhood" $P ingest --db "$DIR/case.db" "$DIR/batch.jsonl"
step "ingest +$T, --full-relink (all $((N + T)))" $P ingest --db "$DIR/case-full.db" --full-relink "$DIR/batch.jsonl"
step "link $((N + T)) from scratch (stdout)" sh -c "$P link -q '$DIR/all.jsonl' > '$DIR/link.jsonl'"
sqlite3 "$DIR/case.db" -json "SELECT post_id AS id, network FROM memberships" > "$DIR/incremental.json"
python3 - "$DIR/link.jsonl" "$DIR/incremental.json" <<'PY'
import json, sys, collections
def part(pairs):
    by = collections.defaultdict(set)
    for i, n in pairs: by[n].add(i)
    return {frozenset(s) for s in by.values()}
a = part((r["id"], r["network"]) for r in map(json.loads, open(sys.argv[1])))
b = part((r["id"], r["network"]) for r in json.load(open(sys.argv[2])))
posts = lambda p: sum(len(s) for s in p)
d = a ^ b
print(f"   partition: scratch {len(a)} networks, incremental {len(b)}; differing networks {len(d)} "
      f"({posts(a - b)} posts in scratch-only networks, {posts(b - a)} in incremental-only)")
PY
echo "   store after: $(stat -c %s "$DIR/case.db") bytes; JSONL $(stat -c %s "$DIR/all.jsonl") bytes"
echo "== search (load: $(cut -d' ' -f1-3 /proc/loadavg))"
nice $Q "$DIR/case.db" 1000 1
