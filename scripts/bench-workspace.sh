#!/usr/bin/env bash
# Load figures of the workspace server (issue 11): network pages under load, POST /api/v1/scan
# throughput, 503 past capacity, and no lost writes under concurrent labelling.
#
#   scripts/bench-workspace.sh BIN DIR POSTS [PORT]
#
# BIN: a release `plainsight`; DIR: a work folder (the corpus and store are made there once and
# reused); POSTS: corpus size (synth --seed 1). Needs wrk and python3. Prints one block per
# measurement; nothing here is a pass/fail test (timings never go in tests).
set -euo pipefail
BIN=$(realpath "$1"); DIR=$2; POSTS=$3; PORT=${4:-18181}
mkdir -p "$DIR"; cd "$DIR"
if [ ! -f store.db ]; then
  [ -f posts.jsonl ] || "$BIN" synth --seed 1 --posts "$POSTS" -o posts.jsonl
  /usr/bin/time -f "ingest: %e s wall, %M KB max RSS" "$BIN" ingest --db store.db posts.jsonl
fi
PW='bench passphrase 123'
echo "$PW" | "$BIN" users add bench --role analyst --db store.db 2>/dev/null
TOKEN=$("$BIN" users token bench --db store.db 2>/dev/null)
URL=http://127.0.0.1:$PORT

serve() {
  "$BIN" serve --db store.db --bind 127.0.0.1:$PORT "$@" 2>serve.log &
  SERVER=$!
  for _ in $(seq 100); do curl -s -o /dev/null "$URL/login" && return; sleep 0.1; done
  echo "server did not start"; exit 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }

serve
COOKIE=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d "{\"name\":\"bench\",\"password\":\"$PW\"}" "$URL/api/login" | grep -i '^set-cookie' | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
# The first 500 networks of the queue (riskiest first, the biggest among them).
python3 - "$URL" "$TOKEN" > ids.txt <<'PY'
import json, sys, urllib.request
url, token = sys.argv[1], sys.argv[2]
ids = []
for off in range(0, 500, 50):
    req = urllib.request.Request(f"{url}/api/v1/networks?offset={off}", headers={"Authorization": f"Bearer {token}"})
    ids += [n["id"] for n in json.load(urllib.request.urlopen(req))["networks"]]
print("\n".join(ids))
PY
echo "networks sampled: $(wc -l < ids.txt)"
cat > pages.lua <<LUA
ids = {}
for line in io.lines("ids.txt") do ids[#ids + 1] = line end
i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/networks/" .. ids[(i % #ids) + 1], {["Cookie"] = "$COOKIE"})
end
LUA
echo "== network pages, closed loop, 4 connections, 30 s"
wrk -t2 -c4 -d30s --latency -s pages.lua "$URL" | sed -n '/Latency Distribution/,/Transfer/p'

echo "== network pages at a fixed 100 requests/s for 30 s (open loop, python threads)"
python3 - "$URL" "$COOKIE" <<'PY'
import sys, threading, time, http.client, statistics
url, cookie = sys.argv[1], sys.argv[2]
host, port = url.split("//")[1].split(":")
ids = open("ids.txt").read().split()
lat, errors, lock = [], [0], threading.Lock()
def one(i):
    t0 = time.perf_counter()
    c = http.client.HTTPConnection(host, int(port), timeout=30)
    c.request("GET", f"/networks/{ids[i % len(ids)]}", headers={"Cookie": cookie})
    r = c.getresponse(); r.read(); c.close()
    with lock:
        lat.append(time.perf_counter() - t0)
        if r.status != 200: errors[0] += 1
start = time.perf_counter(); threads = []
for i in range(3000):
    delay = start + i / 100 - time.perf_counter()
    if delay > 0: time.sleep(delay)
    t = threading.Thread(target=one, args=(i,)); t.start(); threads.append(t)
for t in threads: t.join()
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
print(f"requests {len(lat)}, errors {errors[0]}, rate {len(lat)/(time.perf_counter()-start):.1f}/s, "
      f"p50 {q(.5):.1f} ms, p99 {q(.99):.1f} ms, max {lat[-1]*1000:.1f} ms")
PY

cat > scan.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"id":"q","title":"new in town","body":"sweet young girl, new in town, call seven one three 555 0123 or lily22 at gmail dot com, passport kept by the agency, incall only","location":"Houston, TX"}'
LUA
echo "== POST /api/v1/scan, 8 connections, 30 s"
wrk -t2 -c8 -d30s --latency -s scan.lua "$URL/api/v1/scan" | grep -E "Requests/sec|99%|Non-2xx|Socket errors"
stop

echo "== past capacity: --max-in-flight 4, scan with 64 connections, 15 s"
serve --max-in-flight 4
wrk -t2 -c64 -d15s -s scan.lua "$URL/api/v1/scan" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors"
curl -s -o /dev/null -w "after the burst: %{http_code}\n" -H "Authorization: Bearer $TOKEN" "$URL/api/v1/me"
stop

echo "== no lost writes: 16 connections labelling for 15 s"
serve
NET=$(head -1 ids.txt)
BEFORE=$(python3 -c "import sqlite3; print(sqlite3.connect('store.db').execute('select count(*) from labels').fetchone()[0])")
cat > label.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"category":"spam","score":2}'
LUA
wrk -t1 -c16 -d15s -s label.lua "$URL/api/v1/networks/$NET/labels" | grep -E "requests in|Non-2xx|Socket errors|99%"
stop
AFTER=$(python3 -c "import sqlite3; print(sqlite3.connect('store.db').execute('select count(*) from labels').fetchone()[0])")
echo "labels stored during the run: $((AFTER - BEFORE))"
"$BIN" audit verify --db store.db
