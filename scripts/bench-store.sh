#!/usr/bin/env bash
# Case-store figures for BENCHMARKS.md ("The case store"). Usage: scripts/bench-store.sh DIR [N]
# Builds nothing: expects target/release/plainsight and the search_latency example built with
#   CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo build --release -p plainsight
#   CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo build --release -p plainsight-engine --example search_latency
set -euo pipefail
DIR=${1:?usage: bench-store.sh DIR [N]}
N=${2:-100000}
P=${P:-target/release/plainsight}
Q=${Q:-target/release/examples/search_latency}
mkdir -p "$DIR"
T=$(( N / 10 ))                       # the added batch: 10% of N
$P synth --seed 1 --posts $((N + T)) -o "$DIR/all.jsonl" 2>/dev/null
head -n "$N" "$DIR/all.jsonl" > "$DIR/base.jsonl"
tail -n "$T" "$DIR/all.jsonl" > "$DIR/batch.jsonl"
t() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "link N=$N (stdout only):            $(t $P link -q "$DIR/base.jsonl") s"
echo "link N=$N --out (summaries, risk):  $(t $P link -q "$DIR/base.jsonl" --out "$DIR/out") s"
rm -f "$DIR/case.db"*
echo "ingest N=$N into an empty store:    $(t $P ingest -q --db "$DIR/case.db" "$DIR/base.jsonl") s"
echo "store size: $(stat -c %s "$DIR/case.db") bytes; JSONL: $(stat -c %s "$DIR/base.jsonl") bytes"
echo "re-ingest N unchanged:              $(t $P ingest -q --db "$DIR/case.db" "$DIR/base.jsonl") s"
echo "ingest +$T into the store of N:     $(t $P ingest -q --db "$DIR/case.db" "$DIR/batch.jsonl") s"
echo "link N+$T from scratch --out:       $(t $P link -q "$DIR/all.jsonl" --out "$DIR/out2") s"
$Q "$DIR/case.db" 1000 1
