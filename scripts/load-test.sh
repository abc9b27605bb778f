#!/usr/bin/env bash
# Load and memory figures for the HTTP layer. Starts a release marsad on a free port, then:
#  1. opens N idle keep-alive connections (Python stdlib), reads the server's RSS from /proc
#     before and after, and prints bytes per connection;
#  2. runs a short `wrk -c C` pass against /healthz and /api/articles and prints errors.
# Usage: scripts/load-test.sh [idle-connections=10000] [wrk-connections=1000] [wrk-seconds=10]
# Only ever targets 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE="${1:-10000}"
CONNS="${2:-1000}"
DURATION="${3:-10}"
ulimit -n "$(ulimit -Hn)" || true
mkdir -p test-artifacts
BIN="${MARSAD_BIN:-}"
if [ -z "$BIN" ]; then
  swift build -c release --product marsad > test-artifacts/load-build.log 2>&1 || { tail -20 test-artifacts/load-build.log; exit 1; }
  BIN="$(swift build -c release --show-bin-path)/marsad"
fi
LOG=test-artifacts/load-server.log
"$BIN" --port 0 --max-connections $((IDLE + CONNS + 100)) > "$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "listening on" "$LOG" && break; sleep 0.1; done
PORT="$(grep -o 'listening on http://[^ ]*' "$LOG" | grep -o '[0-9]*$' | head -1)"
echo "marsad pid $PID on 127.0.0.1:$PORT"
curl -s "http://127.0.0.1:$PORT/healthz" > /dev/null   # warm up

rss() { awk '/^VmRSS/ {print $2 * 1024}' "/proc/$PID/status"; }

python3 - "$PORT" "$IDLE" "$PID" <<'PY'
import os, socket, sys, time
port, count, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) * 1024
def open_conns():
    for line in urlopen_metrics().splitlines():
        if line.startswith("marsad_http_open_connections "):
            return int(float(line.split()[1]))
def urlopen_metrics():
    import urllib.request
    return urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics").read().decode()
before = rss()
socks = []
for i in range(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("127.0.0.1", port))
    socks.append(s)
# Let the server accept and arm every connection.
for _ in range(100):
    if open_conns() >= count: break
    time.sleep(0.1)
time.sleep(0.5)
after = rss()
n = open_conns()
print(f"idle connections: {n} open (asked {count})")
print(f"RSS before: {before/1048576:.1f} MiB, after: {after/1048576:.1f} MiB")
print(f"memory per idle connection: {(after - before) / max(1, count):.0f} bytes")
for s in socks: s.close()
PY

if command -v wrk > /dev/null; then
  for path in /healthz "/api/articles?limit=5"; do
    echo "== wrk -t2 -c$CONNS -d${DURATION}s http://127.0.0.1:$PORT$path"
    wrk -t2 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$PORT$path" | tee test-artifacts/wrk.txt \
      | grep -E "Requests/sec|Socket errors|Non-2xx|requests in|Latency"
    grep -q "Socket errors\|Non-2xx" test-artifacts/wrk.txt && echo "!! errors above" || echo "errors: 0"
  done
else
  echo "wrk not installed (apt-get install wrk); skipping the throughput pass"
fi
echo "server RSS at end: $(( $(rss) / 1048576 )) MiB"
