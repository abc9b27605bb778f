#!/bin/bash
# Whole start-up CPU of two marsad builds on the same SaudiNewsNet articles, alternated: each run
# serves a folder of N articles (title, blank line, text; written to /tmp, never to the repo) and
# is measured at its first /readyz 200 (user + system CPU from /proc, resident memory).
# Usage: scripts/ner/startup-compare.sh BASELINE_BIN NEW_BIN [MORE_BIN...] [ROUNDS=5] [N=8000]
# Every build after the first is set against the first, in the same alternation.
# Skips when ../shared/data/saudinewsnet is absent. Prints one line per round and the ratios.
set -euo pipefail
bins=()
while [ $# -gt 0 ] && [ -x "$1" ] && [ -f "$1" ]; do bins+=("$1"); shift; done
[ ${#bins[@]} -ge 2 ] || { echo "usage: $0 BASELINE_BIN NEW_BIN [MORE_BIN...] [ROUNDS] [N]"; exit 2; }
rounds=${1:-5}; n=${2:-8000}
articles=$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/saudinewsnet/articles.jsonl.gz
[ -f "$articles" ] || { echo "skipped: $articles not found"; exit 0; }
corpus=/tmp/marsad-startup-$n
if [ ! -f "$corpus/$(printf %05d $((n - 1))).txt" ]; then
    mkdir -p "$corpus"
    python3 - "$articles" "$corpus" "$n" <<'PY'
import gzip, json, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with gzip.open(src, "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= n: break
        a = json.loads(line)
        open(f"{out}/{i:05d}.txt", "w", encoding="utf-8").write((a.get("title") or "") + "\n\n" + (a.get("content") or a.get("text") or ""))
PY
fi
one() {  # BIN PORT -> "cpu_seconds rss_mib"
    "$1" --corpus "$corpus" --port "$2" > /dev/null 2>&1 &
    local pid=$! tck; tck=$(getconf CLK_TCK)
    for _ in $(seq 1 3000); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/readyz")" = 200 ] && break
        sleep 0.1
    done
    read -r ut st < <(awk '{print $14, $15}' "/proc/$pid/stat")
    local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    python3 -c "print('%.2f %.1f' % (($ut + $st) / $tck, $rss / 1024))"
}
results=()
for _ in $(seq 1 "$rounds"); do
    row=""; line=""
    for i in "${!bins[@]}"; do
        r=$(one "${bins[$i]}" $((18871 + i))); row="$row $r"; line="$line | ${bins[$i]##*/} $r"
    done
    echo "${line# | }"; results+=("$row")
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
cpu = [[r[2 * k] for r in rows] for k in range(len(rows[0]) // 2)]
rss = [[r[2 * k + 1] for r in rows] for k in range(len(rows[0]) // 2)]
a = cpu[0]
print("baseline: CPU s %.2f-%.2f, resident %.1f MiB" % (min(a), max(a), statistics.median(rss[0])))
for k in range(1, len(cpu)):
    b = cpu[k]
    print("build %d: least %.2fx, median %.2fx (CPU s %.2f-%.2f), resident %.1f MiB" % (k + 1, min(b) / min(a), statistics.median(b) / statistics.median(a), min(b), max(b), statistics.median(rss[k])))'
