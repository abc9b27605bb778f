#!/usr/bin/env bash
# API fuzzing: starts marsad on a free port over ./seeds and runs schemathesis against its
# /openapi.json for a bounded time. Fails on any 5xx (not_a_server_error) or any response that
# breaks the schema (response_schema_conformance, status_code_conformance,
# content_type_conformance). Only 127.0.0.1 is targeted. The bulk import is left out: its
# body is application/x-ndjson, which schemathesis cannot generate without a custom serializer.
# Usage: scripts/schemathesis.sh [seconds=120]       (needs: pip install schemathesis)
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET="${1:-120}"
command -v st > /dev/null || pip install -q schemathesis
mkdir -p test-artifacts/schemathesis
BIN="${MARSAD_BIN:-}"
if [ -z "$BIN" ]; then
  swift build --product marsad > test-artifacts/schemathesis/build.log 2>&1 || { tail -20 test-artifacts/schemathesis/build.log; exit 1; }
  BIN="$(swift build --show-bin-path)/marsad"
fi
LOG=test-artifacts/schemathesis/server.log
# A token enables the write endpoints so they are exercised too; a throwaway data folder.
DATA="$(mktemp -d)"
MARSAD_API_TOKEN=schemathesis-token "$BIN" --port 0 --data "$DATA" > "$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$LOG" && break; sleep 0.1; done
PORT="$(grep -o 'listening on http://[^ ]*' "$LOG" | grep -o '[0-9]*$' | head -1)"
URL="http://127.0.0.1:$PORT"
echo "marsad on $URL, schemathesis for ${BUDGET}s"
st run "$URL/openapi.json" --url "$URL" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --header "Authorization: Bearer schemathesis-token" \
  --exclude-path /api/articles/bulk \
  --max-time "$BUDGET" --request-timeout 10 --generation-database none \
  --report junit --report-dir test-artifacts/schemathesis \
  2>&1 | tee test-artifacts/schemathesis/run.log | tail -60
status=${PIPESTATUS[0]}
kill -0 $PID 2>/dev/null || { echo "!! marsad died during the run"; exit 1; }
exit "$status"
