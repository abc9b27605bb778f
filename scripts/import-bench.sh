#!/usr/bin/env bash
# Bulk-import benchmark on the SaudiNewsNet file (issue 22): imports it twice into a live
# release server with a fresh --data folder, times one POST on the full corpus, then restarts
# the server to time the load from the journal; prints wall times and resident memory.
# Usage: scripts/import-bench.sh [FILE.jsonl.gz]   (skips when the file is absent)
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/data/saudinewsnet/articles.jsonl.gz}
[ -f "$FILE" ] || { echo "skip: $FILE not found"; exit 0; }
BIN=.build/release/marsad
[ -x "$BIN" ] || swift build -c release --product marsad >/dev/null
DATA=$(mktemp -d); LOG=$DATA.log; PORT=${PORT:-18631}
export MARSAD_API_TOKEN=bench-token
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA" "$LOG"' EXIT
start() {
  "$BIN" --port "$PORT" --data "$DATA" --log-level info >"$LOG" 2>&1 & PID=$!
  until grep -q "listening on" "$LOG" 2>/dev/null; do sleep 0.2; done
}
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' /proc/$PID/status; echo; }
start
echo "== first import"; /usr/bin/time -f "wall %e s" "$BIN" import "$FILE" --server "http://127.0.0.1:$PORT" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print({k:(len(v) if k=="rejected" else v) for k,v in d.items()})'
rss
echo "== second import"; /usr/bin/time -f "wall %e s" "$BIN" import "$FILE" --server "http://127.0.0.1:$PORT" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print({k:(len(v) if k=="rejected" else v) for k,v in d.items()})'
echo "== one POST on the full corpus"
for i in 1 2 3; do
  curl -s -o /dev/null -w "POST %{http_code} %{time_total} s\n" -H "Authorization: Bearer $MARSAD_API_TOKEN" \
    -H 'Content-Type: application/json' --data "{\"title\":\"اختبار $i\",\"text\":\"قال وزير الداخلية إن الوضع مستقر يوم $i مارس.\"}" \
    "http://127.0.0.1:$PORT/api/articles"
done
rss
kill $PID; wait $PID 2>/dev/null || true
echo "== restart: load from the journal"; T0=$(date +%s.%N); start; T1=$(date +%s.%N)
echo "listening after $(echo "$T1 - $T0" | bc) s"; grep -E "loaded|replayed" "$LOG" | cut -c1-200
rss
