# Input lines: "server endpoint connections rps p50 p99 errors cpu_us"; prints marsad next to nginx.
# "CPU µs/req" is the server's CPU time per request served: on a busy shared machine it is the
# steadiest figure, and its inverse ratio estimates the req/s ratio on a dedicated core.
{ key = $2 " " $3; rps[$1, key] = $4; p50[$1, key] = $5; p99[$1, key] = $6; err[$1, key] = $7; cpu[$1, key] = $8
  if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
END {
    printf "%-9s %5s | %8s %7s %7s %7s | %8s %7s %7s %7s | %7s %6s %8s | %s\n", "endpoint", "conns", "marsad/s", "p50", "p99", "CPUµs", "nginx/s", "p50", "p99", "CPUµs", "req/s x", "p99 x", "CPU-est x", "errors (marsad; nginx)"
    for (i = 1; i <= n; i++) {
        k = order[i]; split(k, parts, " ")
        r = rps["nginx", k] > 0 ? rps["marsad", k] / rps["nginx", k] : 0
        q = p99["nginx", k] > 0 ? p99["marsad", k] / p99["nginx", k] : 0
        c = cpu["marsad", k] > 0 ? cpu["nginx", k] / cpu["marsad", k] : 0
        printf "%-9s %5s | %8d %7.2f %7.2f %7.1f | %8d %7.2f %7.2f %7.1f | %7.2f %6.2f %8.2f | %s; %s\n", parts[1], parts[2], rps["marsad", k], p50["marsad", k], p99["marsad", k], cpu["marsad", k], rps["nginx", k], p50["nginx", k], p99["nginx", k], cpu["nginx", k], r, q, c, err["marsad", k], err["nginx", k]
    }
}
