# Reads wrk --latency output; prints "req/s p50_ms p99_ms errors cpu_us_per_request"
# (with -v ticks=<server CPU ticks during the run> -v hz=<ticks per second>).
function ms(v) {
    if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
    if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
    if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
    return v + 0
}
/Requests\/sec:/ { rps = $2 }
/ requests in / { requests = $1 }
/^ +50%/ { p50 = ms($2) }
/^ +99%/ { p99 = ms($2) }
/Socket errors:/ { errors = $0; sub(/.*Socket errors: /, "", errors); gsub(/ /, "", errors) }
/Non-2xx or 3xx responses:/ { non2xx = $5 }
END {
    e = (errors == "" ? "-" : errors)
    if (non2xx != "") e = e ",non2xx:" non2xx
    cpu = (requests > 0 && hz > 0) ? ticks / hz * 1e6 / requests : 0
    printf "%.0f %.3f %.3f %s %.1f\n", rps, p50, p99, e, cpu
}
