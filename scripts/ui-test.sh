#!/usr/bin/env bash
# Browser test of the UI in Public/: builds and starts marsad on a free port, renders every view
# in headless Chromium, checks the DOM and writes screenshots to test-artifacts/ui-screenshots/.
# Usage: scripts/ui-test.sh
#   MARSAD_UI_BASE=http://host:port   test that server instead of building and starting one
#   MARSAD_UI_PREFIX=/marsad          also test the UI under that --base-path prefix
#   MARSAD_UI_TOKEN=…                 that server's write token (the corrections checks need one)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
command -v python3 >/dev/null 2>&1 || { echo "python3 is required"; exit 1; }
# The GraphML export is read back with networkx.
python3 -c 'import networkx' 2>/dev/null || pip install -q networkx

OUT=test-artifacts/ui-screenshots
mkdir -p "$OUT"
rm -f "$OUT"/*.png

SERVER_PID=""
LOG=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  [[ -n "$LOG" ]] && rm -f "$LOG"
}
trap cleanup EXIT INT TERM

BASE="${MARSAD_UI_BASE:-}"
PREFIX_ARGS=()
if [[ -z "$BASE" ]]; then
  swift build --product marsad
  LOG=$(mktemp)
  # With --base-path the same server also answers under /marsad/, so the UI is checked there too.
  PREFIX_ARGS=()
  if .build/debug/marsad --help 2>&1 | grep -q -- '--base-path'; then PREFIX_ARGS=(--base-path /marsad); fi
  # A write token (in memory only: no --data) so that the corrections panel can be driven.
  export MARSAD_UI_TOKEN="${MARSAD_UI_TOKEN:-ui-test-token}"
  MARSAD_API_TOKEN="$MARSAD_UI_TOKEN" .build/debug/marsad --host 127.0.0.1 --port 0 --corpus seeds --public Public "${PREFIX_ARGS[@]}" >"$LOG" 2>&1 &
  SERVER_PID=$!
  PORT=""
  deadline=$((SECONDS + 60))
  while (( SECONDS < deadline )); do
    PORT=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$LOG" | head -n1)
    [[ -n "$PORT" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "marsad exited:"; cat "$LOG"; exit 1; }
    sleep 0.1
  done
  [[ -n "$PORT" ]] || { echo "marsad never logged its port:"; cat "$LOG"; exit 1; }
  BASE="http://127.0.0.1:$PORT"
fi

healthy=""
deadline=$((SECONDS + 30))
while (( SECONDS < deadline )); do
  if python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1] + "/healthz", timeout=2)' "$BASE" 2>/dev/null; then
    healthy=yes; break
  fi
  sleep 0.2
done
[[ -n "$healthy" ]] || { echo "no healthy server at $BASE/healthz"; [[ -n "$LOG" ]] && cat "$LOG"; exit 1; }
echo "testing the UI at $BASE"

PREFIX="${MARSAD_UI_PREFIX:-}"
if [[ -z "${MARSAD_UI_BASE:-}" && ${#PREFIX_ARGS[@]} -gt 0 ]]; then PREFIX=/marsad; fi
python3 scripts/ui_test.py --base "$BASE" --out "$OUT" ${PREFIX:+--prefix "$PREFIX"}
