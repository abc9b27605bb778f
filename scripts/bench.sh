#!/usr/bin/env bash
# Marsad benchmark: HTTP throughput/latency against nginx serving the same bytes, then the
# in-process scale benchmark (marsad-bench). One command:  scripts/bench.sh
#
#   scripts/bench.sh [--quick] [--duration SECONDS] [--sizes 1000,10000,100000]
#                    [--connections "64 256"] [--http-only | --scale-only]
#
# Pins the server (marsad, then nginx, one at a time) on core 0 and wrk on core 1.
# Results go to bench-results/<timestamp>/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${BENCH_DURATION:-10}
SIZES=${BENCH_SIZES:-1000,10000}
CONNECTIONS=${BENCH_CONNECTIONS:-"64 256"}
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
RUN_HTTP=1 RUN_SCALE=1 ROUNDS=30
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) DURATION=3; SIZES=1000; ROUNDS=10 ;;
        --duration) DURATION=$2; shift ;;
        --sizes) SIZES=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --http-only) RUN_SCALE=0 ;;
        --scale-only) RUN_HTTP=0 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

OUT=$ROOT/bench-results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
echo "results: $OUT"

# --- tools --------------------------------------------------------------------------------
need=()
if [ "$RUN_HTTP" = 1 ]; then
    command -v wrk >/dev/null || need+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
    command -v curl >/dev/null || need+=(curl)
    command -v taskset >/dev/null || need+=(util-linux)
fi
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# --- build --------------------------------------------------------------------------------
echo "building release (scratch path .build-release)…"
swift build -c release --scratch-path .build-release --product marsad >"$OUT/build.log" 2>&1
swift build -c release --scratch-path .build-release --product marsad-bench >>"$OUT/build.log" 2>&1
BIN=$(swift build -c release --scratch-path .build-release --show-bin-path)

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_ready() { # url, pid → waits for a 200
    for _ in $(seq 1 3000); do
        curl -fs -o /dev/null "$1" && return 0
        kill -0 "$2" 2>/dev/null || { echo "server exited" >&2; return 1; }
        sleep 0.01
    done
    echo "server not ready at $1" >&2; return 1
}

TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

run_wrk() { # url connections server-pid → "rps p50 p99 errors cpu-µs-per-request"
    # CPU per request (the server's user+system time over the requests served) is the figure
    # a loaded, shared machine distorts least; req/s and latency need a quiet machine.
    local url=$1 c=$2 pid=$3 raw before after
    before=$(cpu_ticks "$pid")
    raw=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$c" -d"${DURATION}s" --latency "$url" 2>&1)
    after=$(cpu_ticks "$pid")
    printf '### %s c=%s\n%s\n' "$url" "$c" "$raw" >>"$OUT/wrk.log"
    awk -v ticks=$((after - before)) -v hz="$TICK" -f scripts/bench/wrk-summary.awk <<<"$raw"
}

wrk_all() { # server-name base-url pid → appends "server endpoint conns figures…" to results
    local i c
    for i in "${!names[@]}"; do
        for c in $CONNECTIONS; do
            echo "wrk $1 ${names[$i]} c=$c (${DURATION}s)…" >&2
            results+=("$1 ${names[$i]} $c $(run_wrk "$2${paths[$i]}" "$c" "$3")")
        done
    done
}

if [ "$RUN_HTTP" = 1 ]; then
    ulimit -n 65536 2>/dev/null || ulimit -n 4096 2>/dev/null || true
    # --- marsad -----------------------------------------------------------------------------
    # The request log is written per request; MARSAD_LOG_LEVEL lowers it where supported.
    started=$(date +%s.%N)
    MARSAD_LOG_LEVEL=${MARSAD_LOG_LEVEL:-warning} taskset -c "$SERVER_CPU" "$BIN/marsad" \
        --port "$PORT" --corpus seeds --public Public >"$OUT/marsad.log" 2>&1 &
    MPID=$!; PIDS+=("$MPID")
    wait_ready "http://127.0.0.1:$PORT/healthz" "$MPID"
    ready=$(date +%s.%N)
    printf 'start-up over HTTP (exec -> /healthz 200, seeds): %.3f s\n' "$(awk -v a="$started" -v b="$ready" 'BEGIN{print b-a}')" | tee "$OUT/startup.txt"

    base=http://127.0.0.1:$PORT
    article=$(curl -fs "$base/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
    q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("بنغازي"))')
    names=(article search entities timeline)
    paths=("/api/articles/$article" "/api/search?q=$q" "/api/entities?limit=50" "/api/timeline")
    mkdir -p "$OUT/www" "$OUT/tmp"
    locations=""
    for i in "${!names[@]}"; do
        curl -fs "$base${paths[$i]}" -o "$OUT/www/${names[$i]}.json"
        locations+="        location = ${paths[$i]%%\?*} { alias $OUT/www/${names[$i]}.json; }"$'\n'
    done

    results=()
    wrk_all marsad "$base" "$MPID"
    grep -c '' "$OUT/marsad.log" | xargs printf 'marsad log lines during the run: %s\n' | tee -a "$OUT/startup.txt"
    kill "$MPID"; wait "$MPID" 2>/dev/null || true

    # --- nginx: the same bytes as static files ------------------------------------------------
    user_line=""; [ "$(id -u)" = 0 ] && user_line="user root;"
    sed -e "s|@DIR@|$OUT|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@USER@|$user_line|" scripts/bench/nginx.conf.in |
        awk -v loc="$locations" '{ if ($0 == "@LOCATIONS@") printf "%s", loc; else print }' >"$OUT/nginx.conf"
    taskset -c "$SERVER_CPU" "$NGINX" -p "$OUT" -c "$OUT/nginx.conf" >"$OUT/nginx.out" 2>&1 &
    NPID=$!; PIDS+=("$NPID")
    nbase=http://127.0.0.1:$NGINX_PORT
    wait_ready "$nbase${paths[0]}" "$NPID"
    for i in "${!names[@]}"; do
        curl -fs "$nbase${paths[$i]}" | cmp -s - "$OUT/www/${names[$i]}.json" || { echo "nginx body differs for ${names[$i]}" >&2; exit 1; }
    done
    wrk_all nginx "$nbase" "$NPID"
    kill "$NPID"; wait "$NPID" 2>/dev/null || true

    printf '%s\n' "${results[@]}" >"$OUT/http.txt"
    {
        echo
        echo "== HTTP (keep-alive; server on core $SERVER_CPU, wrk -t1 on core $CLIENT_CPU, ${DURATION}s each; latency in ms)"
        awk -f scripts/bench/http-table.awk "$OUT/http.txt"
    } | tee "$OUT/http-table.txt"
fi

if [ "$RUN_SCALE" = 1 ]; then
    echo
    "$BIN/marsad-bench" --sizes "$SIZES" --seeds seeds --rounds "$ROUNDS" | tee "$OUT/scale.txt"
fi
