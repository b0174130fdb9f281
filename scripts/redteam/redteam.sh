#!/usr/bin/env bash
# Red-team re-check of issue 13 items 1 (orient/I16), 3 and 4. Synthetic data only.
# Usage: BIN=target/release/plainsight bash scripts/redteam/redteam.sh [case-filter-regex]
set -u
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
BIN=${BIN:-$ROOT/target/release/plainsight}; BIN=$(realpath "$BIN")
W=${WORK:-/tmp/plainsight-redteam}; rm -rf "$W"; mkdir -p "$W"; cd "$W" || exit 1
FILTER=${1:-.}
PDQ=$ROOT/crates/plainsight-imagehash/tests/data/pdq/images
echo "binary: $BIN ($(stat -c '%y %s' "$BIN"))"
NP=0; NF=0
# run NAME CMD... : runs under /usr/bin/time -v, timeout 30, sets RC, RSS(KB), EL, ERR(file)
run() { local n=$1; shift; ERR=$W/$n.err; OUTF=$W/$n.out
  /usr/bin/time -v -o $W/$n.time timeout 30 "$@" >"$OUTF" 2>"$ERR"; RC=$?
  RSS=$(awk -F: '/Maximum resident/{gsub(/ /,"",$2);print $2}' $W/$n.time)
  EL=$(awk '/Elapsed \(wall/{print $NF}' $W/$n.time)
  if grep -q 'Command exited with non-zero status' $W/$n.time; then RC=$(awk '/Command exited with non-zero status/{print $NF}' $W/$n.time); fi; }
ev() { echo "rc=$RC rss=${RSS}KB t=$EL | $(grep -v '^\s*$' "$ERR" | head -${1:-2} | cut -c1-220 | tr '\n' '|')"; }
verdict() { local id=$1 ok msg; if [ $# -ge 3 ]; then ok=$2; msg=$3; else ok=0; msg=$2; fi; if [ "$ok" = 1 ]; then echo "PASS  $id  $msg"; NP=$((NP+1)); else echo "FAIL  $id  $msg"; NF=$((NF+1)); fi; }
want() { [[ $1 =~ $FILTER ]]; }
cnt() { wc -l < "$1" | tr -d ' '; }
secs() { python3 -c "import sys;print(sum(float(x)*60**i for i,x in enumerate(reversed(sys.argv[1].split(':')))))" $1; }
# synthetic posts
gen() { python3 - "$@" <<'PY'
import sys,json
n=int(sys.argv[1]); pre=sys.argv[2] if len(sys.argv)>2 else "P"
for i in range(n): print(json.dumps({"id":f"{pre}{i}","title":"room for rent","body":f"nice quiet room number {i}, call 713 555 {i%10000:04d}","region":"US"}))
PY
}
gen 100001 > good.jsonl

### item 4: data loss
if want nul; then
python3 - <<'PY'
L=open('good.jsonl','rb').read().split(b'\n')
L.insert(3,b'{"id":"NUL1","body":"x\x00y"}')   # a NUL byte on line 4, well inside the first 8 KiB
open('nul.jsonl','wb').write(b'\n'.join(L))
PY
gzip -kf nul.jsonl
run nul "$BIN" extract nul.jsonl; n=$(cnt nul.out); verdict nul-jsonl $([ $RC = 0 ] && [ $n -ge 100001 ] && echo 1) "posts=$n/100001 $(ev)"
run nulgz "$BIN" extract nul.jsonl.gz; n=$(cnt nulgz.out); verdict nul-gz $([ $RC = 0 ] && [ $n -ge 100001 ] && echo 1) "posts=$n/100001 $(ev)"
fi
if want oin; then
gen 5 > in.jsonl; S=$(md5sum < in.jsonl); ln -sf in.jsonl inlink.jsonl
for spec in "in.jsonl:in.jsonl" "in.jsonl:./in.jsonl" "in.jsonl:$W/in.jsonl" "in.jsonl:inlink.jsonl" "-:in.jsonl"; do
  i=${spec%%:*}; o=${spec#*:}
  if [ "$i" = - ]; then run oin "$BIN" extract -o "$o" - < in.jsonl; else run oin "$BIN" extract "$i" -o "$o"; fi
  S2=$(md5sum < in.jsonl); verdict "o-names-input($i->$o)" $([ $RC = 2 ] && [ "$S" = "$S2" ] && echo 1) "input intact=$([ "$S" = "$S2" ] && echo yes || echo NO) $(ev 1)"
  [ "$S" = "$S2" ] || gen 5 > in.jsonl
done; fi
if want 1e400; then
printf '%s\n' '{"id":"A","body":"call 713 555 0100","region":"US","extra":1e400}' '{"id":"B","body":"hello","extra":{"n":[-1e400]}}' > big.jsonl
run e400 "$BIN" extract big.jsonl; n=$(cnt e400.out); verdict 1e400-unknown-field $([ $RC = 0 ] && [ $n = 2 ] && ! grep -q ': bad record' e400.err && echo 1) "posts=$n/2 $(ev)"
fi
if want zst; then
gen 20000 > z.jsonl; zstd -qf z.jsonl -o z.jsonl.zst; gzip -kf z.jsonl
head -c $(( $(stat -c%s z.jsonl.zst)/2 )) z.jsonl.zst > zt.jsonl.zst; head -c $(( $(stat -c%s z.jsonl.gz)/2 )) z.jsonl.gz > zt.jsonl.gz
run zst "$BIN" extract zt.jsonl.zst; nz=$(cnt zst.out); ez="$(ev)"
run gz "$BIN" extract zt.jsonl.gz; ng=$(cnt gz.out)
verdict truncated-zst $([ $nz -gt 5000 ] && grep -qi 'trunc' zst.err && echo 1) "zst kept $nz/20000 (gz kept $ng) $ez"
fi
### caps
if want cap; then
python3 - <<'PY'
import json
f="lorem ipsum dolor sit amet "*(300*1024//27)
print(json.dumps({"id":"BIG","body":f+" call me 713 555 0199","region":"US"}),file=open('field.jsonl','w'))
u=" ".join(f"junk{i}.com/p{i}" for i in range(1200))
print(json.dumps({"id":"URLS","body":u+" call me 713 555 0198","region":"US"}),file=open('urls.jsonl','w'))
PY
run f256 "$BIN" extract field.jsonl; ph=$(grep -c '+17135550199' f256.out); cap=$(grep -ci 'capped' f256.err)
if [ $RC = 0 ] && [ $ph -ge 1 ]; then verdict field-over-256KiB 1 "phone after 256 KiB found=$ph capped-reported=$cap $(ev)"
elif [ $RC = 0 ] && [ $cap -ge 1 ]; then echo "PARTIAL  field-over-256KiB  phone after 256 KiB NOT found, but post reported+counted as capped: $(ev)"; else verdict field-over-256KiB 0 "found=$ph capped=$cap $(ev)"; fi
run u1000 "$BIN" extract urls.jsonl; ph=$(grep -c '+17135550198' u1000.out); cap=$(grep -ci 'capped' u1000.err)
verdict 1200-urls-then-phone $([ $RC = 0 ] && [ $ph -ge 1 ] && [ $cap -ge 1 ] && echo 1) "phone found=$ph capped-reported=$cap $(ev)"
# link caps: two posts, 300 distinct emails each, then the same phone -> must link; 40 images -> capped
python3 - <<'PY'
import json
for p in "XY":
  e=" ".join(f"{p.lower()}mail{i}@example{i}.org" for i in range(300))
  print(json.dumps({"id":p,"body":e+" text 713 555 0177","region":"US","images":[f"img{i}.png" for i in range(40)]}),file=open('lcap.jsonl','a'))
PY
run lcap "$BIN" link lcap.jsonl; nets=$(grep -o '"network":"[^"]*"' lcap.out | sort -u | wc -l)
verdict link-caps $([ $RC = 0 ] && [ $nets = 1 ] && grep -qi capped lcap.err && echo 1) "networks=$nets (want 1) | $(grep -i capped lcap.err | head -3 | cut -c1-150 | tr '\n' '|')"
fi
### security: images paths
if want img; then
mkdir -p sec/in sec/outside; python3 "$HERE/mkimg.py" png sec/outside/secret.png 64 64 1; python3 "$HERE/mkimg.py" png sec/in/ctl.png 64 64 2
echo "not an image" > sec/outside/text.txt; ln -sf ../outside/secret.png sec/in/link.png; mkfifo sec/in/fifo.png; ln -sf /dev/zero sec/in/zero.png
printf '%s\n' '{"id":"A","body":"alpha one","images":["ctl.png"]}' '{"id":"B","body":"zulu two","images":["ctl.png"]}' > sec/in/ctl.jsonl
run ctl "$BIN" link sec/in/ctl.jsonl; nets=$(grep -o '"network":"[^"]*"' ctl.out | sort -u | wc -l); echo "      control: same image inside the folder -> networks=$nets (1 means images link posts, so networks=2 below is meaningful)"
for c in "dotdot:../outside/secret.png" "abs:$W/sec/outside/secret.png" "symlink:link.png" "environ:/proc/self/environ" "shadow:/etc/shadow" "fifo:fifo.png" "devzero:/dev/zero" "devzerolink:zero.png"; do
  n=${c%%:*}; p=${c#*:}
  printf '%s\n' "{\"id\":\"A\",\"body\":\"alpha one\",\"images\":[\"$p\"]}" "{\"id\":\"B\",\"body\":\"zulu two\",\"images\":[\"$p\"]}" > sec/in/$n.jsonl
  run img_$n "$BIN" link sec/in/$n.jsonl; nets=$(grep -o '"network":"[^"]*"' img_$n.out | sort -u | wc -l)
  verdict "images-$n" $([ $RC = 0 ] && [ $nets = 2 ] && [ "${RSS:-0}" -lt 300000 ] && echo 1) "networks=$nets (2=not linked) $(ev 2)"
done
# probe: does the message tell a missing outside file from a non-image one?
printf '%s\n' '{"id":"A","body":"a","images":["../outside/nosuch.png"]}' > sec/in/p1.jsonl; printf '%s\n' '{"id":"A","body":"a","images":["../outside/text.txt"]}' > sec/in/p2.jsonl
run p1 "$BIN" link sec/in/p1.jsonl; m1=$(grep -i image p1.err | sed 's/nosuch.png/X/;s/text.txt/X/;s/p[12].jsonl/pN.jsonl/' | head -1)
run p2 "$BIN" link sec/in/p2.jsonl; m2=$(grep -i image p2.err | sed 's/nosuch.png/X/;s/text.txt/X/;s/p[12].jsonl/pN.jsonl/' | head -1)
verdict images-probe $([ "$m1" = "$m2" ] && echo 1) "missing: '${m1:0:120}' vs non-image: '${m2:0:120}'"
fi
### resources
if want thr; then
gen 2 > two.jsonl
run thr "$BIN" extract --threads 100000 two.jsonl; verdict threads-100000 $([ $RC = 0 ] && [ "$RSS" -lt 200000 ] && echo 1) "$(ev 2)"
run thr0 "$BIN" extract --threads 0 two.jsonl; verdict threads-0 $([ $RC = 2 ] && echo 1) "$(ev 1)"
fi
if want hashmem; then
mkdir -p imgs; for i in 1 2 3 4 5 6 7 8; do python3 "$HERE/mkimg.py" jpeg imgs/i$i.jpg 1200 896 $i; done
run hm "$BIN" hash imgs/*.jpg; verdict hash-memory $([ $RC = 0 ] && [ "$RSS" -lt 300000 ] && [ $(grep -c '"pdq"' hm.out) = 8 ] && echo 1) "8x1.1MP hashed=$(grep -c '"pdq"' hm.out) $(ev 1)"
run hm1 "$BIN" hash --threads 1 imgs/*.jpg; verdict hash-threads1 $([ $RC = 0 ] && echo 1) "$(ev 1)"
run hmb "$BIN" hash --max-memory-mib 5 imgs/i1.jpg; verdict hash-budget-too-small $(grep -q '"error"' hmb.out && echo 1) "$(head -c 200 hmb.out) $(ev 1)"
fi
if want jpg11k; then
python3 "$HERE/mkimg.py" jpeg small.jpg 64 64 3
python3 - <<'PY'
import struct
b=bytearray(open('small.jpg','rb').read()); i=2
while i<len(b):
  m=b[i+1]; L=struct.unpack('>H',b[i+2:i+4])[0]
  if m in (0xC0,0xC1,0xC2): b[i+5:i+9]=struct.pack('>HH',11000,11000); break
  i+=2+L
open('huge.jpg','wb').write(b)
PY
run j11 bash -c "ulimit -v 2000000; exec $BIN hash huge.jpg"; verdict jpeg-claims-11000x11000 $([ $RC = 0 ] && [ "$RSS" -lt 400000 ] && echo 1) "size=$(stat -c%s huge.jpg)B out=$(head -c 160 j11.out) $(ev 1)"
fi
if want devzero; then
gen 3 > three.jsonl; printf '%s\n' '{"id":"P0","network":"N1"}' > pred.jsonl
run lz bash -c "ulimit -v 2000000; exec timeout 20 $BIN scan --lang /dev/zero three.jsonl"; verdict scan-lang-devzero $([ $RC = 2 ] && echo 1) "$(ev 1)"
run tz bash -c "ulimit -v 2000000; exec timeout 20 $BIN eval --truth /dev/zero --pred pred.jsonl"; verdict eval-truth-devzero $([ $RC = 2 ] && echo 1) "$(ev 1)"
fi
if want matchdup; then
H=$(printf 'a%.0s' $(seq 64)); yes "$H,dup" | head -1000000 > dup.txt; echo "$H" > q.txt
run md "$BIN" match --list dup.txt q.txt; ml=$(awk '{ if (length>m) m=length } END{print m+0}' md.out)
verdict match-1M-dup-list $([ $RC = 0 ] && [ "$RSS" -lt 500000 ] && [ "$ml" -lt 1000000 ] && echo 1) "longest-line=${ml}B $(ev 2)"
fi
### superlinear time
if want dots; then   # the 256 KiB field cap bounds one field, so test below it: 1 MB as 8x128 KiB and as 4x250 KiB bodies, and 4 MB as 16x250 KiB
gd() { python3 -c "import json
for i in range($1): print(json.dumps({'id':f'D{i}','body':'x.co.uk.'*($2*1024//8)}))"; }
gd 8 128 > d8x128.jsonl; python3 -c "import json
for i in range(4): print(json.dumps({'id':f'S{i}','body':'x.co.uk. '*(250*1024//9)}))" > d4x250s.jsonl
run dS "$BIN" extract --threads 1 d4x250s.jsonl; echo "      dotted hosts with spaces, 1 MB as 4x250KiB: $(ev 2)"; gd 4 250 > d4x250.jsonl; gd 16 250 > d16x250.jsonl
run dA "$BIN" extract --threads 1 d8x128.jsonl; tA=$EL; run dB "$BIN" extract --threads 1 d4x250.jsonl; tB=$EL; rB=$RC; cB=$(grep -c capped dB.err)
run dC "$BIN" extract --threads 1 d16x250.jsonl; tC=$EL
verdict dotted-hosts "$([ $RC = 0 ] && [ $cB = 0 ] && python3 -c "import sys;sys.exit(0 if $(secs $tC)<8 and $(secs $tB)<2.5*max($(secs $tA),0.05) else 1)" && echo 1)" "1MB as 8x128KiB t=$tA; 1MB as 4x250KiB t=$tB; 4MB as 16x250KiB t=$tC rss=${RSS}KB (1 thread)"
fi
if want shapes; then   # one-line fields of one repeated shape, 4x250 KiB each (each was quadratic once)
for u in 'ab.com ' 'Z1 ' 'A1' '1ZAB12' '1Z 999 AA1 ' '7 ' 'x9Y8'; do
  python3 -c "import json,sys
u=sys.argv[1]
for i in range(4): print(json.dumps({'id':f'R{i}','body':u*(250*1024//len(u))}))" "$u" > shape.jsonl
  run sh "$BIN" extract --threads 1 shape.jsonl
  verdict "shape-[$u]" "$([ $RC = 0 ] && python3 -c "import sys;sys.exit(0 if $(secs $EL)<5 else 1)" && echo 1)" "1 MB as 4x250KiB t=$EL rss=${RSS}KB (1 thread)"
done
fi
if want csv; then   # quoted fields full of newlines, kept under the 256 KiB field cap
python3 - <<'PY2'
q='"'+"l\n"*120000+'"'
open('nl1.csv','w').write('id,body\nC1,'+q+'\nC2,"call 713 555 0155"\n')
open('nl8.csv','w').write('id,body\n'+''.join(f'C{i},'+q+'\n' for i in range(8))+'C9,"call 713 555 0155"\n')
q='"'+"line\n"*100000+'"'
open('nl.csv','w').write('id,body\nC1,'+q+'\nC2,"call 713 555 0155"\n')
PY2
run csv1 "$BIN" extract --threads 1 --default-region US nl1.csv; t1=$EL; run csv8 "$BIN" extract --threads 1 --default-region US nl8.csv
verdict csv-newlines-time $([ $RC = 0 ] && [ $(cnt csv8.out) = 9 ] && echo 1) "1 field of 120k newlines: t=$t1; 8 such fields: t=$EL posts=$(cnt csv8.out)/9 $(ev 1)"
run csvm "$BIN" extract --default-region US --max-line-bytes 100000 nl.csv; bad=$(grep -c ': bad record:' csvm.err)
verdict csv-max-line-bytes $([ $RC = 0 ] && [ $bad = 1 ] && grep -q '"C2"' csvm.out && echo 1) "bad-records=$bad C2 kept=$(grep -c '"C2"' csvm.out) $(ev 2)"
fi
### wrong arguments
if want region; then gen 2 > r.jsonl
for r in XX ZZ uk UK; do run reg "$BIN" extract --default-region $r r.jsonl; verdict "default-region-$r" $([ $RC = 2 ] && echo 1) "$(ev 1)"; done
run reg "$BIN" extract --default-region gb r.jsonl; verdict "default-region-gb(accepted)" $([ $RC = 0 ] && echo 1) "$(ev 1)"
fi
if want list; then H=$(printf 'b%.0s' $(seq 64)); echo "$H" > l.txt; echo "$H" > q2.txt
run l999 "$BIN" match --list l.txt:999 q2.txt; verdict list-FILE:999 $([ $RC = 2 ] && echo 1) "$(ev 1)"
run l300 "$BIN" match --list l.txt --distance 300 q2.txt; verdict distance-300 $([ $RC = 2 ] && echo 1) "$(ev 1)"
fi
if want evalrep; then printf '%s\n' '{"id":"A","network":"N1"}' '{"id":"A","network":"N2"}' '{"id":"B","network":"N1"}' > rep.jsonl
run er "$BIN" eval --truth rep.jsonl --pred rep.jsonl; verdict eval-repeated-ids $([ $RC = 2 ] && echo 1) "$(ev 1)"; fi
if want unwr; then gen 2 > u.jsonl
run uw "$BIN" extract u.jsonl -o /nonexistent/dir/out.jsonl; verdict unwritable-o-missing-dir $([ $RC = 1 ] && echo 1) "$(ev 1)"
if [ "$(id -u)" != 0 ]; then mkdir -p ro; chmod 555 ro; run uw2 "$BIN" extract u.jsonl -o ro/out.jsonl; verdict unwritable-o-readonly-dir $([ $RC = 1 ] && echo 1) "$(ev 1)"; else echo "SKIP  unwritable-o-readonly-dir (running as root)"; fi
run uw3 "$BIN" extract u.jsonl -o /proc/version; verdict unwritable-o-procfile $([ $RC = 1 ] && echo 1) "$(ev 1)"
fi
if want pipe; then
( "$BIN" extract good.jsonl 2>pipe.err | head -1 >/dev/null; echo "${PIPESTATUS[0]}" > pipe.rc ); RC=$(cat pipe.rc); RSS=-; EL=-; ERR=pipe.err
verdict broken-pipe $([ $RC = 0 ] && ! grep -qi 'error\|broken' pipe.err && echo 1) "$(ev 2)"
gen 2 > u.jsonl; "$BIN" extract u.jsonl >&- 2>closed.err; RC=$?; ERR=closed.err; verdict closed-stdout $([ $RC = 1 ] && echo 1) "$(ev 2)"
# beyond the list: the same for the other commands (README: a closed stdout is exit 1)
python3 "$HERE/mkimg.py" jpeg cs.jpg 64 64 1; H=$(printf 'c%.0s' $(seq 64)); echo "$H" > csl.txt; echo "$H" > csq.txt; "$BIN" synth --seed 1 --posts 5 --truth cst.jsonl > csp.jsonl 2>/dev/null; "$BIN" link csp.jsonl > cspr.jsonl 2>/dev/null
gen 2 > cs.jsonl; for c in "scan cs.jsonl" "link cs.jsonl" "hash cs.jpg" "match --list csl.txt csq.txt" "synth --seed 1 --posts 5" "eval --truth cst.jsonl --pred cspr.jsonl"; do
  "$BIN" $c >&- 2>closed.err; RC=$?; verdict "closed-stdout-${c%% *}" $([ $RC = 1 ] && echo 1) "$(ev 1)"; done
fi
if want symout; then gen 4 > s.jsonl; mkdir -p sout; echo VICTIM > victim.txt
for f in networks.jsonl networks.csv report.html; do ln -sf $W/victim.txt sout/$f; done
run so "$BIN" link s.jsonl --out sout; v=$(cat victim.txt)
verdict out-dir-symlink $([ "$v" = VICTIM ] && [ ! -L sout/networks.jsonl ] && echo 1) "victim intact=$([ "$v" = VICTIM ] && echo yes || echo NO) links-left=$(find sout -type l | wc -l) $(ev 1)"
fi
if want trunc; then python3 "$HERE/mkimg.py" jpeg full.jpg 256 256 5; head -c $(( $(stat -c%s full.jpg)/2 )) full.jpg > half.jpg
run tj "$BIN" hash half.jpg; verdict half-truncated-jpeg $(grep -q '"error"' tj.out && echo 1) "$(head -c 200 tj.out) $(ev 1)"; fi
### item 3
if want item3; then gen 3 > d.jsonl; gen 1 >> d.jsonl
run nd "$BIN" link --no-duplicate-check d.jsonl; verdict link-no-dup-check-repeated-id $(grep -qi 'repeat' nd.err && echo 1) "lines out=$(cnt nd.out)/4 $(ev 3)"
for c in extract scan link; do run sum_$c "$BIN" $c d.jsonl; echo "      summary($c): $(tail -1 sum_$c.err)"; done
fi
### item 1: orient / I16
if want item1; then
run i16 "$BIN" hash $PDQ/pytx-resources/I16.png; verdict I16-png $(grep -q 'de2ef0e99ecdfc1d248a0eb055f023d1d61e79c3920cbb55d561c02accab1763' i16.out && grep -q '"quality":36' i16.out && echo 1) "$(grep -o '"pdq":"[0-9a-f]\{8\}[^,]*,"quality":[0-9]*' i16.out)"
hd() { python3 -c "print(bin(int('$1',16)^int('$2',16)).count('1'))"; }
h() { "$BIN" hash "$@" | grep -o '"pdq":"[0-9a-f]*"' | head -1 | cut -d'"' -f4; }
for sz in "320 200" "256 256"; do t=${sz/ /x}
  python3 "$HERE/mkimg.py" jpeg base$t.jpg $sz 9; python3 "$HERE/mkimg.py" jpeg o6$t.jpg $sz 9 6; python3 "$HERE/mkimg.py" jpeg rot$t.jpg $sz 9 0 rotcw   # rot = pixels really rotated 90 CW (what EXIF 6 shows)
  a=$(h base$t.jpg); s=$(h o6$t.jpg); e=$(h --orient exif o6$t.jpg); r=$(h rot$t.jpg)
  verdict orient-$t $([ $(hd $a $s) = 0 ] && [ $(hd $e $r) -le 2 ] && echo 1) "EXIF 6: --orient stored = no-EXIF twin (dist $(hd $a $s)); --orient exif vs truly rotated pixels dist $(hd $e $r)"
echo "$a,orig" > dl$t.txt
  run md$t "$BIN" match --dihedral --list dl$t.txt rot$t.jpg; d=$(grep -o '"distance":[0-9]*' md$t.out | head -1)
  "$BIN" match --dihedral --distance 256 --list dl$t.txt rot$t.jpg 2>/dev/null > md256$t.out
  echo "INFO  match-dihedral-synthetic-$t  list=original, query=truly rotated copy: $(grep -q '"distance"' md$t.out && echo matched || echo 'no match at 31'); nearest variant $(grep -o '"distance":[0-9]*' md256$t.out | head -1) $(grep -o '"variant":"[a-z0-9_]*"' md256$t.out | head -1) (reference bridge dih/ images match at 0-8 bits)"
done
fi
if want summary; then   # beyond the list: does every command end with the summary?
python3 "$HERE/mkimg.py" jpeg ok.jpg 64 64 1; H=$(printf 'a%.0s' $(seq 64)); echo "$H" > sl.txt; echo "$H" > sq.txt
"$BIN" hash ok.jpg >/dev/null 2>sh.err; "$BIN" match --list sl.txt sq.txt >/dev/null 2>sm.err
echo "INFO  summary-hash(all good): '$(tail -1 sh.err)'   summary-match: '$(tr '\n' '|' < sm.err)'"
fi
echo "== $NP PASS, $NF FAIL"
