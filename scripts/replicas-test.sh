#!/usr/bin/env bash
# Integration test: two marsad replicas on one real PostgreSQL, nginx in front (issue 20).
# Starts a throwaway PostgreSQL cluster (initdb in a temp folder, its own port, as a non-root
# user), two replicas A and B with --store postgres://..., and nginx balancing over both (with
# deploy/compose-nginx.conf), then
# checks: a write through A is served by B within 1 s; 100 writes in a row are all seen on B;
# a bulk import through nginx is complete on both; kill -9 of a replica during writes loses no
# acknowledged article and the restarted replica catches up; stopping PostgreSQL makes writes
# answer 503 problem+json while reads go on and /readyz turns 503 after the staleness;
# PostgreSQL back, writes work again; no log shows the URL's password.
# Prints one line per check and "N passed, M failed". Needs root only to install postgresql,
# nginx-light and curl when they are missing (and then runs PostgreSQL as the user postgres).
# Usage: scripts/replicas-test.sh [path/to/marsad]   (default: swift build, then .build/debug/marsad)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

passed=0
failed=0
work=""
pids=()
pg_bin=""
pg_user=""

pass() { passed=$((passed + 1)); printf 'PASS %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [[ $failed -eq 0 ]] || exit 1
    exit 0
}
abort() { fail "$@"; finish; }

as_pg() { # runs a PostgreSQL program as the cluster's owner
    if [[ -n $pg_user ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local status=$? pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ -n $work && -d $work ]]; then
        if [[ -n $pg_bin && -f $work/pg/data/postmaster.pid ]]; then
            as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        if [[ $status -ne 0 ]]; then
            for log in "$work"/*.log "$work"/pg/*.log; do
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
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
need_packages=()
[[ -n $(find_pg_bin) ]] || need_packages+=(postgresql)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need_packages+=(nginx-light)
command -v curl >/dev/null || need_packages+=(curl)
if [[ ${#need_packages[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "replicas-test: needs ${need_packages[*]} (run as root to install them)" >&2
        exit 2
    fi
    echo "replicas-test: installing ${need_packages[*]}" >&2
    apt-get update -qq
    # policy-rc.d in Debian images keeps the packaged services from starting.
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends "${need_packages[@]}" >/dev/null
fi
pg_bin=$(find_pg_bin)
nginx=$(command -v nginx || echo /usr/sbin/nginx)

if [[ $# -ge 1 ]]; then
    marsad=$1
else
    swift build --product marsad >/dev/null
    marsad="$(swift build --show-bin-path)/marsad"
fi
"$marsad" --help 2>&1 | grep -q -- '--store' || abort "$marsad has no --store option"

work=$(mktemp -d /tmp/marsad-replicas-test.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/pg" "$work/temp" "$work/out"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# ---- PostgreSQL --------------------------------------------------------------------------------
# initdb refuses to run as root: as root, the cluster belongs to the unprivileged user postgres
# (created by Debian's package; created here if absent).
if [[ $(id -u) -eq 0 ]]; then
    pg_user=postgres
    id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
    chown "$pg_user" "$work/pg"
fi
pg_port=$(free_port)
as_pg "$pg_bin/initdb" -D "$work/pg/data" -A trust -U marsad --no-sync -E UTF8 --locale C >"$work/pg/initdb.log" 2>&1 \
    || abort "initdb failed (see pg/initdb.log)"
pg_start() {
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w -t 60 \
        -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
}
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null; }
pg_start || abort "PostgreSQL did not start (see pg/postgres.log)"
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U marsad marsad || abort "createdb failed"
pass "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') cluster on port $pg_port"

# ---- replicas ------------------------------------------------------------------------------------
# trust authentication ignores the password; it is there to check that no log shows it.
secret="pw-$RANDOM$RANDOM"
store_url="postgres://marsad:$secret@127.0.0.1:$pg_port/marsad"
token="replicas-test-token"
port_a=$(free_port)
port_b=$(free_port)
declare -A replica_pid
start_replica() { # name port
    MARSAD_STORE=$store_url MARSAD_API_TOKEN=$token MARSAD_STORE_STALENESS=3 \
        "$marsad" --host 127.0.0.1 --port "$2" --corpus "$repo/seeds" --public "$repo/Public" \
        >>"$work/replica-$1.log" 2>&1 &
    replica_pid[$1]=$!
    pids+=($!)
}
wait_ready() { # url pid seconds
    local _
    for _ in $(seq 1 "$(( $3 * 10 ))"); do
        curl -fsS -o /dev/null --max-time 1 "$1/readyz" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
a="http://127.0.0.1:$port_a"
b="http://127.0.0.1:$port_b"
start_replica A "$port_a"
start_replica B "$port_b"
wait_ready "$a" "${replica_pid[A]}" 180 || abort "replica A did not start (see replica-A.log)"
wait_ready "$b" "${replica_pid[B]}" 180 || abort "replica B did not start (see replica-B.log)"
pass "replicas A and B ready on one PostgreSQL"

# ---- nginx ---------------------------------------------------------------------------------------
nginx_port=$(free_port)
# deploy/compose-nginx.conf with its upstream pointed at A and B and its listen address moved.
sed -e "s|^\( *\)server marsad-1:8080|\1server 127.0.0.1:$port_a|" \
    -e "s|^\( *\)server marsad-2:8080|\1server 127.0.0.1:$port_b|" \
    -e "/server marsad-3:8080/d" \
    -e "s|listen 80;|listen 127.0.0.1:$nginx_port;|" \
    "$repo/deploy/compose-nginx.conf" >"$work/compose-nginx.conf"
grep -q "server 127.0.0.1:$port_b" "$work/compose-nginx.conf" || abort "could not adapt deploy/compose-nginx.conf"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path $work/temp/body;
    proxy_temp_path $work/temp/proxy;
    fastcgi_temp_path $work/temp/fastcgi;
    uwsgi_temp_path $work/temp/uwsgi;
    scgi_temp_path $work/temp/scgi;
    access_log off;
    include $work/compose-nginx.conf;
}
EOF
"$nginx" -t -p "$work" -c "$work/nginx.conf" >"$work/nginx-t.log" 2>&1 || abort "nginx -t rejects deploy/compose-nginx.conf (see nginx-t.log)"
"$nginx" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' >"$work/nginx.log" 2>&1 &
pids+=($!)
proxy="http://127.0.0.1:$nginx_port"
wait_ready "$proxy" "${pids[-1]}" 30 || abort "nginx did not start (see nginx-error.log)"
pass "nginx with deploy/compose-nginx.conf in front of A and B"

# ---- helpers -------------------------------------------------------------------------------------
post_article() { # base id [text] -> HTTP status
    local text=${3:-"أعلنت وزارة الصحة في الرياض يوم الأحد عن افتتاح مستشفى جديد رقم $2."}
    curl -sS -o "$work/out/post" -w '%{http_code}' --max-time 20 -X POST "$1/api/articles" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data "{\"id\":\"$2\",\"title\":\"خبر $2\",\"text\":\"$text\"}" 2>/dev/null || echo 000
}
has_article() { # base id
    [[ $(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "$1/api/articles/$2" 2>/dev/null) == 200 ]]
}
article_total() { # base
    curl -sS --max-time 5 "$1/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}
now_ms() { date +%s%3N; }

# ---- 1. a write on A is served by B within 1 s ---------------------------------------------------
status=$(post_article "$a" first-1)
[[ $status == 201 ]] || abort "POST on A -> $status ($(cat "$work/out/post"))"
t0=$(now_ms)
seen=""
while (( $(now_ms) - t0 < 1000 )); do
    if has_article "$b" first-1; then seen=$(( $(now_ms) - t0 )); break; fi
    sleep 0.02
done
if [[ -n $seen ]]; then pass "write on A served by B after ${seen} ms (bar: 1000)"; else fail "write on A not on B within 1 s"; fi

# ---- 2. 100 writes in a row, all seen on B --------------------------------------------------------
t0=$(now_ms)
bad=0
for i in $(seq 1 100); do
    status=$(post_article "$a" "row-$i")
    [[ $status == 201 ]] || bad=$((bad + 1))
done
write_ms=$(( $(now_ms) - t0 ))
missing=100
for _ in $(seq 1 50); do
    missing=0
    for i in $(seq 1 100); do has_article "$b" "row-$i" || missing=$((missing + 1)); done
    [[ $missing -eq 0 ]] && break
    sleep 0.1
done
if [[ $bad -eq 0 && $missing -eq 0 ]]; then
    pass "100 writes in a row on A ($write_ms ms), all 100 served by B"
else
    fail "100 writes on A: $bad not acknowledged, $missing missing on B"
fi

# ---- 3. a bulk import through nginx is complete on both -------------------------------------------
python3 - "$work/bulk.ndjson" <<'EOF'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1, 301):
        f.write(json.dumps({"id": f"bulk-{i}", "title": f"خبر مجمّع {i}",
                            "text": f"قال المتحدث باسم وزارة التعليم في جدة إن المدرسة رقم {i} افتتحت عام 2015."},
                           ensure_ascii=False) + "\n")
EOF
bulk=$(curl -sS --max-time 120 -X POST "$proxy/api/articles/bulk" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$work/bulk.ndjson")
expected=$(( 5 + 1 + 100 + 300 ))
total_a=0 total_b=0
for _ in $(seq 1 50); do
    total_a=$(article_total "$a"); total_b=$(article_total "$b")
    [[ $total_a == "$expected" && $total_b == "$expected" ]] && break
    sleep 0.1
done
if [[ $bulk == *'"added":300'* && $total_a == "$expected" && $total_b == "$expected" ]]; then
    pass "bulk import of 300 through nginx: $expected articles on A and on B"
else
    fail "bulk import: answer $bulk; totals A=$total_a B=$total_b (want $expected)"
fi

# ---- 4. kill -9 of a replica during writes loses nothing acknowledged ---------------------------
: >"$work/acked"
(
    for i in $(seq 1 40); do
        [[ $(post_article "$a" "kill-$i") == 201 ]] && echo "kill-$i" >>"$work/acked"
    done
) &
writer=$!
for _ in $(seq 1 300); do
    [[ $(wc -l <"$work/acked") -ge 5 ]] && break
    sleep 0.1
done
kill -KILL "${replica_pid[A]}"
wait "${replica_pid[A]}" 2>/dev/null || true
wait "$writer" 2>/dev/null || true
acked=$(wc -l <"$work/acked")
start_replica A "$port_a"
wait_ready "$a" "${replica_pid[A]}" 180 || abort "replica A did not restart (see replica-A.log)"
lost_a=0 lost_b=0
while read -r id; do
    has_article "$a" "$id" || lost_a=$((lost_a + 1))
    has_article "$b" "$id" || lost_b=$((lost_b + 1))
done <"$work/acked"
if [[ $acked -ge 5 && $lost_a -eq 0 && $lost_b -eq 0 ]]; then
    pass "kill -9 of A during writes: all $acked acknowledged articles on the restarted A and on B"
else
    fail "kill -9 of A: $acked acknowledged, $lost_a missing on restarted A, $lost_b on B"
fi
applied_seq() { curl -sS --max-time 5 "$1/metrics" | awk '/^marsad_store_applied_seq / {print int($2)}'; }
total_a=$(article_total "$a"); total_b=$(article_total "$b")
seq_a=$(applied_seq "$a"); seq_b=$(applied_seq "$b")
if [[ $total_a == "$total_b" && -n $seq_a && $seq_a == "$seq_b" ]]; then
    pass "restarted A caught up: $total_a articles and change-log seq $seq_a, as B"
else
    fail "restarted A has $total_a articles (seq $seq_a), B $total_b (seq $seq_b)"
fi
# The one write in flight at the kill may have committed unacknowledged; B must agree with A.

# ---- 5. PostgreSQL stopped: writes 503, reads go on, /readyz 503 after the staleness ------------
stopped_at=$(now_ms)
pg_stop
status=$(post_article "$b" down-1)
body=$(cat "$work/out/post")
if [[ $status == 503 && $body == *'"status":503'* && $body == *PostgreSQL* ]]; then
    pass "PostgreSQL down: POST on B -> 503 problem+json: $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["detail"])' "$body")"
else
    fail "PostgreSQL down: POST on B -> $status $body"
fi
ctype=$(curl -sS -o /dev/null -w '%{content_type}' -X POST "$a/api/articles" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data '{"id":"down-2","title":"t","text":"نص قصير للتجربة."}')
[[ $ctype == application/problem+json* ]] && pass "the 503 is application/problem+json" || fail "the 503's Content-Type is $ctype"
reads_ok=1
for base in "$a" "$b" "$proxy"; do
    has_article "$base" row-50 || reads_ok=0
    [[ $(curl -sS -o /dev/null -w '%{http_code}' "$base/api/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6") == 200 ]] || reads_ok=0
done
[[ $reads_ok -eq 1 ]] && pass "PostgreSQL down: reads on A, B and through nginx answer 200" || fail "PostgreSQL down: a read failed"
stale=""
while (( $(now_ms) - stopped_at < 15000 )); do
    if [[ $(curl -sS -o /dev/null -w '%{http_code}' "$a/readyz") == 503 && \
          $(curl -sS -o /dev/null -w '%{http_code}' "$b/readyz") == 503 ]]; then
        stale=$(( $(now_ms) - stopped_at )); break
    fi
    sleep 0.2
done
if [[ -n $stale ]]; then pass "/readyz on A and B -> 503 ${stale} ms after PostgreSQL began to stop (staleness 3 s, polls every 2 s)"; else fail "/readyz stayed 200 with PostgreSQL down"; fi
[[ $(curl -sS -o /dev/null -w '%{http_code}' "$b/healthz") == 200 ]] && pass "/healthz stays 200 (the process is alive)" || fail "/healthz not 200"

# ---- 6. PostgreSQL back: writes work again --------------------------------------------------------
pg_start || abort "PostgreSQL did not restart"
t0=$(now_ms)
status=000
while (( $(now_ms) - t0 < 20000 )); do
    status=$(post_article "$b" back-1)
    [[ $status == 201 ]] && break
    sleep 0.25
done
back_ms=$(( $(now_ms) - t0 ))
seen=0
for _ in $(seq 1 50); do has_article "$a" back-1 && { seen=1; break; }; sleep 0.1; done
if [[ $status == 201 && $seen -eq 1 ]]; then
    pass "PostgreSQL back: a write on B accepted after ${back_ms} ms, served by A"
else
    fail "PostgreSQL back: POST on B -> $status, on A: $seen"
fi
ready=0
for _ in $(seq 1 100); do
    [[ $(curl -sS -o /dev/null -w '%{http_code}' "$a/readyz") == 200 && \
       $(curl -sS -o /dev/null -w '%{http_code}' "$b/readyz") == 200 ]] && { ready=1; break; }
    sleep 0.1
done
[[ $ready -eq 1 ]] && pass "/readyz on A and B -> 200 again" || fail "/readyz did not recover"

# ---- 7. the password never reaches a log ---------------------------------------------------------
if grep -q -- "$secret" "$work"/replica-*.log; then
    fail "a replica's log shows the store URL's password"
elif grep -q 'marsad:\*\*\*@' "$work/replica-A.log"; then
    pass "logs name the store as postgres://marsad:***@…, never with the password"
else
    fail "the log does not name the store (redacted)"
fi
finish
