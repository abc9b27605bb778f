#!/bin/bash
# Restart time and resident memory of a data folder, as the README's issue 22 tables report them.
# Usage: scripts/restart-measure.sh DATA_FOLDER [BINARY] [PORT]
#   DATA_FOLDER  a --data folder (journal + analysis cache), e.g. one made by `marsad import`
#                of ../shared/data/saudinewsnet (never inside the repository); it is copied first,
#                so the folder itself is left as it was.
#   BINARY       default .build/release/marsad (run from the repository root, which holds seeds/)
# Prints the wall time from exec to the first /healthz 200, the process CPU at that moment
# (/proc/PID/stat), and VmRSS/VmHWM (/proc/PID/status), then stops the server.
set -euo pipefail
SRC=${1:?usage: scripts/restart-measure.sh DATA_FOLDER [BINARY] [PORT]}
BIN=${2:-.build/release/marsad}
PORT=${3:-18690}
D=$(mktemp -d /tmp/marsad-restart.XXXXXX)
trap 'rm -rf "$D"' EXIT
cp -r "$SRC"/. "$D"/
sync
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
T0=$(date +%s.%N)
MARSAD_API_TOKEN=${MARSAD_API_TOKEN:-measure} "$BIN" --port "$PORT" --data "$D" > "$D.log" 2>&1 &
P=$!
until curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$PORT/healthz" 2>/dev/null | grep -q 200; do
  kill -0 "$P" 2>/dev/null || { echo "the server stopped:"; tail -3 "$D.log"; exit 1; }
  sleep 0.2
done
T1=$(date +%s.%N)
TCK=$(getconf CLK_TCK)
read -r U S <<<"$(awk '{print $14, $15}' /proc/$P/stat)"
echo "restart wall $(echo "$T1 - $T0" | bc) s, CPU $(echo "scale=1; ($U + $S) / $TCK" | bc) s"
grep -E "VmRSS|VmHWM" /proc/$P/status | tr -s ' ' | tr '\n' ' '; echo
kill -INT "$P"; wait "$P" 2>/dev/null || true
rm -f "$D.log"
