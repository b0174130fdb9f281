#!/usr/bin/env bash
# Runs the fuzz targets one at a time under `nice -n 19` (the machine is shared), each for an
# equal share of the time left until END (epoch seconds, first argument), then minimises its
# corpus into corpus/TARGET (committed). SECS=N gives every target N seconds instead (END is then
# only a floor). Two lanes run side by side with two invocations on disjoint TARGETS. Logs go to $LOGDIR/TARGET.log; crashes to
# artifacts/TARGET/. Needs the targets built first:
#   RUSTC_BOOTSTRAP=1 cargo fuzz build      (address sanitizer, release, debug assertions)
set -u
cd "$(dirname "$0")"
END=${1:?end time (epoch seconds)}
LOGDIR=${LOGDIR:-/tmp/plainsight-fuzz}
TARGETS=${TARGETS:-"posts_jsonl posts_csv posts_archive lang_pack hash_list image_decode services_import services_package"}
BIN=target/x86_64-unknown-linux-gnu/release
mkdir -p "$LOGDIR"
set -- $TARGETS
left=$#
for t in "$@"; do
  now=$(date +%s)
  secs=$(( (END - now) / left - 20 ))
  left=$((left - 1))
  [ "$secs" -lt 60 ] && secs=60
  [ -n "${SECS:-}" ] && secs=$SECS
  mkdir -p "corpus/$t" "artifacts/$t" "work/$t"
  case $t in
    image_decode|services_xlsx) maxlen=65536 ;;
    lang_pack) maxlen=16384 ;;
    *) maxlen=4096 ;;
  esac
  echo "$t: start $(date -u +%H:%M:%S) for ${secs}s" >> "$LOGDIR/campaign.log"
  nice -n 19 "$BIN/$t" "work/$t" "corpus/$t" "seeds/$t" \
    -max_total_time="$secs" -max_len="$maxlen" -rss_limit_mb=2048 -timeout=25 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 > "$LOGDIR/$t.log" 2>&1
  echo "$t: end $(date -u +%H:%M:%S) rc=$?" >> "$LOGDIR/campaign.log"
  # Minimise: keep the inputs that add coverage, into corpus/TARGET.
  mkdir -p "min/$t"
  nice -n 19 "$BIN/$t" -merge=1 -max_len="$maxlen" -rss_limit_mb=2048 -timeout=25 \
    "min/$t" "corpus/$t" "work/$t" > "$LOGDIR/$t.merge.log" 2>&1
  rm -rf "corpus/$t" && mv "min/$t" "corpus/$t" && rm -rf "work/$t"
done
echo "done $(date -u +%H:%M:%S)" >> "$LOGDIR/campaign.log"
