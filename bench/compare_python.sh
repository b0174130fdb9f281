#!/usr/bin/env bash
# Whole-program benchmark: `plainsight extract` against Python phonenumbers' PhoneNumberMatcher
# on the same synthetic posts, timed by hyperfine and scored against the corpus's ground truth.
# Results go into BENCHMARKS.md by hand, with the machine and the date.
#
#   bench/compare_python.sh [POSTS] [SEED]     (defaults: 100000 posts, seed 7)
#
# Needs: hyperfine (apt-get install hyperfine), python3 with phonenumbers (pip install phonenumbers).
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-100000}
seed=${2:-7}
work=${WORK:-/tmp/plainsight-bench}
mkdir -p "$work"
cargo build --release -p plainsight >&2
bin=target/release/plainsight
$bin synth --seed "$seed" --posts "$posts" -o "$work/posts.jsonl" --truth "$work/truth.jsonl"
echo "corpus: $posts posts, $(du -h "$work/posts.jsonl" | cut -f1), seed $seed" >&2
hyperfine --warmup 1 --runs "${RUNS:-3}" --export-markdown "$work/hyperfine.md" \
  -n plainsight "$bin extract -q $work/posts.jsonl -o $work/plainsight.jsonl" \
  -n python-phonenumbers "python3 bench/python_matcher.py $work/posts.jsonl > $work/python.jsonl"
cat "$work/hyperfine.md"
python3 - "$work" <<'PY'
import collections, json, sys
work = sys.argv[1]
truth = {}
for line in open(f"{work}/truth.jsonl"):
    r = json.loads(line)
    truth[r["id"]] = [s["value"] for s in r["selectors"] if s["kind"] == "phone"]
for name in ("plainsight", "python"):
    got = {}
    for line in open(f"{work}/{name}.jsonl"):
        r = json.loads(line)
        got[r["id"]] = [s["value"] for s in r["selectors"] if s["kind"] == "phone"]
    tp = fp = fn = 0
    for pid, want in truth.items():
        g, w = collections.Counter(got.get(pid, [])), collections.Counter(want)
        hit = sum((g & w).values())
        tp, fp, fn = tp + hit, fp + sum(g.values()) - hit, fn + sum(w.values()) - hit
    print(f"{name}: phones found {tp + fp}, true {tp}, false {fp}, missed {fn}, "
          f"precision {tp / max(tp + fp, 1):.4f}, recall {tp / max(tp + fn, 1):.4f}")
PY
