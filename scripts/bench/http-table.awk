# Input lines: "server endpoint connections rps p50 p99 errors"; prints marsad next to nginx.
{ key = $2 " " $3; rps[$1, key] = $4; p50[$1, key] = $5; p99[$1, key] = $6; err[$1, key] = $7
  if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
END {
    printf "%-10s %5s | %9s %8s %8s | %9s %8s %8s | %7s %7s | %s\n", "endpoint", "conns", "marsad/s", "p50", "p99", "nginx/s", "p50", "p99", "req/s x", "p99 x", "errors (marsad; nginx)"
    for (i = 1; i <= n; i++) {
        k = order[i]; split(k, parts, " ")
        r = rps["nginx", k] > 0 ? rps["marsad", k] / rps["nginx", k] : 0
        q = p99["nginx", k] > 0 ? p99["marsad", k] / p99["nginx", k] : 0
        printf "%-10s %5s | %9d %8.2f %8.2f | %9d %8.2f %8.2f | %7.2f %7.2f | %s; %s\n", parts[1], parts[2], rps["marsad", k], p50["marsad", k], p99["marsad", k], rps["nginx", k], p50["nginx", k], p99["nginx", k], r, q, err["marsad", k], err["nginx", k]
    }
}
