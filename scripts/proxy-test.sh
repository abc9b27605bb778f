#!/usr/bin/env bash
# Integration test: marsad behind real nginx.
# Starts marsad (debug build) on a free port, serving the seeds copied 60 times (300 articles, so
# that list responses reach megabytes), and nginx with a generated configuration in a temp
# dir, with three servers on free ports:
#   plain   - nginx's defaults: HTTP/1.0 to the upstream, a new connection per request;
#   sample  - deploy/nginx.conf itself (upstream keep-alive pool, forwarded headers, gzip), with
#             only its addresses, ports and log paths rewritten;
#   prefix  - the sample's commented /marsad/ variant, against a second marsad with --base-path.
# Checks that responses arrive intact through each, gzip round-trips, X-Forwarded-For is honoured
# per marsad's trust rules, X-Request-Id is passed, and a short wrk run sees no 502.
# Prints one line per check and "N passed, M failed[, K skipped]". Needs root only to install
# nginx-light, wrk and curl when they are missing.
# Usage: scripts/proxy-test.sh [path/to/marsad]   (default: swift build, then .build/debug/marsad)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

passed=0
failed=0
skipped=0
work=""
pids=()

pass() { passed=$((passed + 1)); printf 'PASS %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
skip() { skipped=$((skipped + 1)); printf 'SKIP %s\n' "$*"; }
finish() {
    if [[ $skipped -gt 0 ]]; then
        printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
    else
        printf '%d passed, %d failed\n' "$passed" "$failed"
    fi
    [[ $failed -eq 0 ]] || exit 1
    exit 0
}
abort() { fail "$@"; finish; }

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local status=$? pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ -n $work ]]; then
        if [[ $status -ne 0 && -d $work ]]; then
            for log in "$work"/*.log "$work"/logs/*.log; do
                [[ -f $log ]] || continue
                echo "--- tail of $log" >&2
                tail -n 15 "$log" >&2
            done
        fi
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- prerequisites ---------------------------------------------------------------------------
need_packages=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need_packages+=(nginx-light)
command -v wrk >/dev/null || need_packages+=(wrk)
command -v curl >/dev/null || need_packages+=(curl)
if [[ ${#need_packages[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "proxy-test: needs ${need_packages[*]} (run as root to install them)" >&2
        exit 2
    fi
    echo "proxy-test: installing ${need_packages[*]}" >&2
    apt-get update -qq
    # policy-rc.d in Debian images keeps the packaged nginx service from starting.
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends "${need_packages[@]}" >/dev/null
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

if [[ $# -ge 1 ]]; then
    marsad=$1
else
    swift build --product marsad >/dev/null
    marsad="$(swift build --show-bin-path)/marsad"
fi
started_at=$SECONDS

work=$(mktemp -d /tmp/marsad-proxy-test.XXXXXX)
mkdir -p "$work/logs" "$work/temp" "$work/out"
# Started as root, nginx runs its workers as an unprivileged user, which must reach the temp
# files it buffers large responses in (mktemp -d is 0700): found when CI ran as root.
chmod 755 "$work"
chmod 1777 "$work/temp"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_healthy() { # url, pid to watch[, seconds (default 30)]
    local _
    for _ in $(seq 1 "$(( ${3:-30} * 10 ))"); do
        if curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null; then
            return 0
        fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

marsad_help=$("$marsad" --help 2>&1 || true)
has_flag() { [[ $marsad_help == *"$1"* ]]; }

# ---- marsad ------------------------------------------------------------------------------------
# The seeds copied COPIES times (default 60: 300 articles) so that list responses are large:
# /api/timeline?limit=1000 is then about 2.7 MB, more than nginx's proxy buffers, so it also
# goes through nginx's temp-file path.
copies=${MARSAD_PROXY_TEST_COPIES:-60}
mkdir -p "$work/corpus"
for seed in "$repo"/seeds/*.txt; do
    name=$(basename "$seed" .txt)
    for copy in $(seq -w 1 "$copies"); do
        cp "$seed" "$work/corpus/${name}_copy$copy.txt"
    done
done
marsad_port=$(free_port)
marsad_args=(--host 127.0.0.1 --port "$marsad_port" --corpus "$work/corpus" --public "$repo/Public")
if has_flag --trusted-proxy; then
    marsad_args+=(--trusted-proxy 127.0.0.1)
fi
env -u MARSAD_API_TOKEN -u MARSAD_DATA "$marsad" "${marsad_args[@]}" >"$work/marsad.log" 2>&1 &
pids+=($!)
main_pid=${pids[-1]}
direct="http://127.0.0.1:$marsad_port"

prefix_port=""
prefix_pid=""
if has_flag --base-path; then
    prefix_port=$(free_port)
    env -u MARSAD_API_TOKEN -u MARSAD_DATA "$marsad" --host 127.0.0.1 --port "$prefix_port" \
        --corpus "$work/corpus" --public "$repo/Public" --base-path /marsad \
        >"$work/marsad-prefix.log" 2>&1 &
    prefix_pid=$!
    pids+=("$prefix_pid")
fi
# Loading and analysing the corpus takes about 10 s in a debug build on an idle machine.
wait_healthy "$direct/healthz" "$main_pid" 180 || abort "marsad did not start (see marsad.log)"

# ---- nginx ---------------------------------------------------------------------------------------
plain_port=$(free_port)
sample_port=$(free_port)
nginx_prefix_port=$(free_port)

# deploy/nginx.conf with the upstream, listen port and log path rewritten for this run.
sed -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$marsad_port;|" \
    -e "s|listen 80;|listen 127.0.0.1:$sample_port;|" \
    -e "s|/var/log/nginx/marsad.access.log|$work/logs/sample.access.log|" \
    "$repo/deploy/nginx.conf" >"$work/sample.conf"
grep -q "listen 127.0.0.1:$sample_port;" "$work/sample.conf" || abort "could not adapt deploy/nginx.conf (listen 80; not found)"

prefix_server=""
if [[ -n $prefix_port ]]; then
    # The sample's commented /marsad/ locations, uncommented, in a server of their own.
    locations=$(sed -n '/^    # location [= ]*\/marsad/,/^    # }$/p' \
        "$repo/deploy/nginx.conf" | sed -e 's/^    # \{0,1\}/    /' -e 's/proxy_pass http:\/\/marsad;/proxy_pass http:\/\/marsad_prefix;/')
    prefix_server="
    upstream marsad_prefix {
        server 127.0.0.1:$prefix_port;
        keepalive 8;
    }
    server {
        listen 127.0.0.1:$nginx_prefix_port;
        access_log $work/logs/prefix.access.log marsad;
$locations
    }"
fi

cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $work/temp/body;
    proxy_temp_path $work/temp/proxy;
    fastcgi_temp_path $work/temp/fastcgi;
    uwsgi_temp_path $work/temp/uwsgi;
    scgi_temp_path $work/temp/scgi;
    default_type application/octet-stream;

    include $work/sample.conf;

    # nginx's defaults: HTTP/1.0 upstream, "Connection: close", no keep-alive pool.
    server {
        listen 127.0.0.1:$plain_port;
        access_log $work/logs/plain.access.log marsad;
        location / {
            proxy_pass http://127.0.0.1:$marsad_port;
        }
    }
$prefix_server
}
EOF

if ! "$nginx" -t -p "$work" -c "$work/nginx.conf" >"$work/nginx-t.log" 2>&1; then
    cat "$work/nginx-t.log" >&2
    abort "nginx -t rejects the generated configuration"
fi
pass "nginx -t accepts deploy/nginx.conf$([[ -n $prefix_server ]] && echo ' and its /marsad/ variant')"
"$nginx" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' >"$work/nginx.log" 2>&1 &
pids+=($!)
plain="http://127.0.0.1:$plain_port"
sample="http://127.0.0.1:$sample_port"
wait_healthy "$plain/healthz" "${pids[-1]}" || abort "nginx did not start (see logs/error.log)"
wait_healthy "$sample/healthz" "${pids[-1]}" || abort "nginx sample server did not answer"

# ---- both upstream flavours answer, large bodies intact ------------------------------------------
fetch() { # name url [curl options...] -> body in $work/out/name, prints status
    local name=$1 url=$2
    shift 2
    curl -sS -o "$work/out/$name" -w '%{http_code}' "$@" "$url"
}

for flavour in plain sample; do
    base=${!flavour}
    status=$(fetch "$flavour-health" "$base/healthz")
    body=$(cat "$work/out/$flavour-health")
    if [[ $status == 200 && $body == *'"ok"'* ]]; then
        pass "$flavour: GET /healthz through nginx -> 200 $body"
    else
        fail "$flavour: GET /healthz through nginx -> $status $body"
    fi
done

# The exports are streamed: chunked to the HTTP/1.1 pool (sample), ended by closing to plain's HTTP/1.0.
for resource in 'api/articles?limit=1000' 'api/entities?limit=1000' 'api/timeline?limit=1000' 'openapi.json' \
        'api/export/articles.jsonl' 'api/export/mentions.csv' 'api/export/graph.gexf'; do
    name=$(echo "$resource" | tr -c 'a-z0-9\n' '_')
    fetch "direct-$name" "$direct/$resource" >/dev/null
    size=$(stat -c %s "$work/out/direct-$name")
    for flavour in plain sample; do
        base=${!flavour}
        status=$(fetch "$flavour-$name" "$base/$resource")
        if [[ $status == 200 ]] && cmp -s "$work/out/direct-$name" "$work/out/$flavour-$name"; then
            pass "$flavour: /$resource identical to direct ($size bytes)"
        else
            fail "$flavour: /$resource differs from direct (status $status, $(stat -c %s "$work/out/$flavour-$name") vs $size bytes)"
        fi
    done
done

# gzip on the sample server: compressed on the wire, same bytes once decompressed.
resource='api/entities?limit=1000'
name=$(echo "$resource" | tr -c 'a-z0-9\n' '_')
headers=$(curl -sS -D - -o "$work/out/gzip-$name.gz" -H 'Accept-Encoding: gzip' "$sample/$resource" | tr -d '\r')
if [[ ${headers,,} == *"content-encoding: gzip"* ]] && gzip -dc "$work/out/gzip-$name.gz" | cmp -s - "$work/out/direct-$name"; then
    pass "sample: gzip /$resource: $(stat -c %s "$work/out/gzip-$name.gz") bytes on the wire, decompresses to the same $(stat -c %s "$work/out/direct-$name") bytes"
else
    fail "sample: gzip /$resource (headers: $(echo "$headers" | grep -i -E '^(content-(encoding|type|length)|vary):' | tr '\n' ' '))"
fi
problem_headers=$(curl -sS -D - -o /dev/null -H 'Accept-Encoding: gzip' "$sample/api/articles?limit=0" | tr -d '\r')
if [[ ${problem_headers,,} == *"application/problem+json"* ]]; then
    pass "sample: problem+json errors pass through ($(echo "$problem_headers" | head -n1))"
else
    fail "sample: problem+json error: $(echo "$problem_headers" | head -n1)"
fi

# HEAD through the proxy: no body, the same Content-Length as GET direct.
head_length=$(curl -sS -I "$sample/api/articles?limit=1000" | tr -d '\r' | awk 'tolower($1)=="content-length:" {print $2}')
direct_length=$(stat -c %s "$work/out/direct-api_articles_limit_1000")
if [[ $head_length == "$direct_length" ]]; then
    pass "sample: HEAD /api/articles?limit=1000 -> Content-Length $head_length"
else
    fail "sample: HEAD Content-Length '$head_length', GET body $direct_length bytes"
fi

# /metrics is marsad's, not the public's: served direct, refused by the sample proxy.
metrics_direct=$(curl -sS -o "$work/out/metrics" -w '%{http_code}' "$direct/metrics")
metrics_proxied=$(curl -sS -o /dev/null -w '%{http_code}' "$sample/metrics")
if [[ $metrics_direct == 200 && $metrics_proxied == 403 ]]; then
    pass "sample: /metrics refused by nginx (403), served by marsad directly ($(grep -c '^marsad_' "$work/out/metrics") samples)"
elif [[ $metrics_direct == 404 ]]; then
    skip "/metrics: this marsad has no metrics endpoint"
else
    fail "/metrics: direct $metrics_direct, through the sample proxy $metrics_proxied (want 200, 403)"
fi

# ---- keep-alive: the plain server opens and closes a connection per request, the sample reuses --
upstream_sockets() { # prints "established time_wait" for TCP sockets with marsad's port at one end
    python3 - "$marsad_port" <<'PY'
import sys
port = int(sys.argv[1])
established = time_wait = 0
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        rows = open(table).read().splitlines()[1:]
    except OSError:
        continue
    for row in rows:
        fields = row.split()
        local, remote, state = (int(fields[1].rsplit(":", 1)[1], 16),
                                int(fields[2].rsplit(":", 1)[1], 16), fields[3])
        if state == "01" and remote == port:
            established += 1  # nginx's end of an open upstream connection
        elif state == "06" and port in (local, remote):
            time_wait += 1  # a closed connection (either end), kept 60 s by the kernel
print(established, time_wait)
PY
}
read -r _ closed_before < <(upstream_sockets)
for _ in $(seq 1 20); do curl -fsS -o /dev/null "$plain/api/articles?limit=5"; done
read -r _ closed_after_plain < <(upstream_sockets)
for _ in $(seq 1 20); do curl -fsS -o /dev/null "$sample/api/articles?limit=5"; done
read -r open_after_sample closed_after_sample < <(upstream_sockets)
plain_closed=$((closed_after_plain - closed_before))
sample_closed=$((closed_after_sample - closed_after_plain))
if [[ $plain_closed -ge 20 ]]; then
    pass "plain: HTTP/1.0 upstream: 20 requests, $plain_closed upstream connections opened and closed"
else
    fail "plain: 20 requests closed only $plain_closed upstream connections (expected one per request)"
fi
if [[ $sample_closed -eq 0 && $open_after_sample -ge 1 && $open_after_sample -le 32 ]]; then
    pass "sample: HTTP/1.1 keep-alive pool: 20 requests, 0 upstream connections closed, $open_after_sample kept open"
else
    fail "sample: 20 requests closed $sample_closed upstream connections, $open_after_sample open (want 0 closed, 1-32 open)"
fi

# ---- X-Forwarded-For and the trust rules ------------------------------------------------------------
log_line_for() { # unique path -> marsad's log line for it (waits briefly for the write)
    local _
    for _ in $(seq 1 20); do
        if grep -F -- "$1" "$work/marsad.log"; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}
if has_flag --trusted-proxy; then
    # nginx (127.0.0.1, trusted) appends its peer to the client's header. marsad walks the list
    # from the right past trusted proxies: a client connecting from 127.0.0.2 (untrusted) is that
    # address whatever it claims; one connecting from 127.0.0.1 (trusted itself) is the address
    # it forwarded.
    probe="/api/articles/xff-probe-untrusted-$RANDOM"
    curl -sS -o /dev/null --interface 127.0.0.2 -H 'X-Forwarded-For: 203.0.113.7' "$sample$probe"
    line=$(log_line_for "$probe" || true)
    if [[ $line == *127.0.0.2* && $line != *"203.0.113.7"* ]]; then
        pass "XFF via nginx from 127.0.0.2 claiming 203.0.113.7: marsad logs the real client 127.0.0.2"
    else
        fail "XFF via nginx from 127.0.0.2: log line '${line:-none}'"
    fi
    probe="/api/articles/xff-probe-forwarded-$RANDOM"
    curl -sS -o /dev/null -H 'X-Forwarded-For: 203.0.113.7' "$sample$probe"
    line=$(log_line_for "$probe" || true)
    if [[ $line == *"203.0.113.7"* ]]; then
        pass "XFF via nginx from trusted 127.0.0.1 forwarding 203.0.113.7: marsad logs 203.0.113.7"
    else
        fail "XFF via nginx from 127.0.0.1 forwarding 203.0.113.7: log line '${line:-none}'"
    fi
    probe="/api/articles/xff-probe-direct-$RANDOM"
    curl -sS -o /dev/null --interface 127.0.0.2 -H 'X-Forwarded-For: 203.0.113.9' "$direct$probe"
    line=$(log_line_for "$probe" || true)
    if [[ $line == *127.0.0.2* && $line != *"203.0.113.9"* ]]; then
        pass "XFF sent straight to marsad by untrusted 127.0.0.2 is ignored (logs 127.0.0.2)"
    else
        fail "XFF sent straight to marsad by 127.0.0.2: log line '${line:-none}'"
    fi
else
    skip "X-Forwarded-For checks: this marsad has no --trusted-proxy flag yet (branch http)"
fi

# ---- X-Request-Id ------------------------------------------------------------------------------------
rid="proxy-test-$RANDOM$RANDOM"
direct_rid=$(curl -sS -D - -o /dev/null -H "X-Request-Id: $rid" "$direct/healthz" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id" {print $2}')
if [[ $direct_rid == "$rid" ]]; then
    probe="/api/articles/rid-probe-$RANDOM"
    proxied_rid=$(curl -sS -D - -o /dev/null -H "X-Request-Id: $rid" "$sample$probe" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id" {print $2}' | tr '\n' ' ')
    line=$(log_line_for "$probe" || true)
    if [[ $proxied_rid == "$rid " && $line == *"$rid"* ]]; then
        pass "X-Request-Id $rid passed through nginx, echoed once and logged by marsad"
    else
        fail "X-Request-Id through nginx: response '$proxied_rid', log '${line:-none}'"
    fi
    generated=$(curl -sS -D - -o /dev/null "$sample/healthz" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id" {print $2}' | tr '\n' ' ')
    if [[ $generated =~ ^[0-9a-f]{32}\ $ ]]; then
        pass "X-Request-Id without one from the client: nginx's \$request_id (${generated% })"
    else
        fail "X-Request-Id without one from the client: '$generated'"
    fi
else
    skip "X-Request-Id checks: this marsad does not echo X-Request-Id yet (branch http)"
fi

# ---- /marsad/ prefix variant ---------------------------------------------------------------------
if [[ -n $prefix_port ]]; then
    prefixed="http://127.0.0.1:$nginx_prefix_port"
    if wait_healthy "http://127.0.0.1:$prefix_port/marsad/healthz" "$prefix_pid" 180; then
        status=$(fetch prefix-articles "$prefixed/marsad/api/articles?limit=1000")
        if [[ $status == 200 ]] && cmp -s "$work/out/prefix-articles" "$work/out/direct-api_articles_limit_1000"; then
            pass "prefix: /marsad/api/articles?limit=1000 through nginx identical to direct"
        else
            fail "prefix: /marsad/api/articles?limit=1000 -> $status"
        fi
        status=$(fetch prefix-index "$prefixed/marsad/")
        if [[ $status == 200 ]] && grep -qi '<html' "$work/out/prefix-index"; then
            pass "prefix: /marsad/ serves the UI"
        else
            fail "prefix: /marsad/ -> $status"
        fi
        status=$(curl -sS -o /dev/null -w '%{http_code}' "$prefixed/marsad/metrics")
        if [[ $status == 403 ]]; then
            pass "prefix: /marsad/metrics refused by nginx (403)"
        else
            fail "prefix: /marsad/metrics -> $status (want 403)"
        fi
        redirect=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "$prefixed/marsad")
        if [[ $redirect == "301 "*/marsad/ ]]; then
            pass "prefix: /marsad redirects to /marsad/"
        else
            fail "prefix: /marsad -> $redirect"
        fi
    else
        fail "prefix: marsad --base-path /marsad did not become healthy"
    fi
else
    skip "/marsad/ prefix variant: this marsad has no --base-path flag yet (branch http)"
fi

# ---- load: no 502 through either flavour ---------------------------------------------------------
for flavour in sample plain; do
    base=${!flavour}
    wrk -t 2 -c 64 -d 5s "$base/api/articles?limit=20" >"$work/wrk-$flavour.txt" 2>&1 || true
    requests=$(awk '/requests in/ {print $1}' "$work/wrk-$flavour.txt")
    non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' "$work/wrk-$flavour.txt")
    socket_errors=$(grep -F 'Socket errors' "$work/wrk-$flavour.txt" || true)
    bad_gateway=$(grep -c '" 502 ' "$work/logs/$flavour.access.log" || true)
    rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$flavour.txt")
    # nginx's view of marsad's response times during the run: 99th percentile and maximum.
    upstream_times=$(grep -o 'urt=[0-9.]*' "$work/logs/$flavour.access.log" | cut -d= -f2 | sort -n \
        | awk '{v[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; if (NR) printf "upstream p99 %.3fs max %.3fs", v[i], v[NR]}')
    if [[ -n $requests && ${non2xx:-0} -eq 0 && $bad_gateway -eq 0 ]]; then
        pass "$flavour: wrk 5s x 64 connections: $requests requests ($rate/s), 0 non-2xx, 0 502 in nginx's log, $upstream_times${socket_errors:+, wrk: $(echo "$socket_errors" | xargs)}"
    else
        fail "$flavour: wrk: ${requests:-?} requests, ${non2xx:-0} non-2xx, $bad_gateway 502 in nginx's log ${socket_errors}"
    fi
done
upstream_errors=$(grep -c -E 'upstream prematurely closed|Connection reset by peer|connect\(\) failed' "$work/logs/error.log" || true)
if [[ $upstream_errors -eq 0 ]]; then
    pass "nginx error log: no upstream connection errors"
else
    fail "nginx error log: $upstream_errors upstream errors: $(grep -m1 -E 'upstream|connect' "$work/logs/error.log")"
fi

echo "proxy-test: $((SECONDS - started_at))s after the build" >&2
finish
