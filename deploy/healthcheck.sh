#!/bin/bash
# Container HEALTHCHECK for marsad without curl or wget: one HTTP/1.0 GET through bash's
# /dev/tcp, healthy only on a 200 status line. The image's HEALTHCHECK runs it as
# /usr/local/bin/marsad-healthcheck.
#
# Environment: MARSAD_PORT, else PORT, else 8080 (as marsad itself reads them);
# MARSAD_HEALTHCHECK_HOST (default 127.0.0.1: marsad listens on 0.0.0.0 in the image);
# MARSAD_HEALTHCHECK_PATH (default /healthz).
set -euo pipefail

host=${MARSAD_HEALTHCHECK_HOST:-127.0.0.1}
port=${MARSAD_PORT:-${PORT:-8080}}
path=${MARSAD_HEALTHCHECK_PATH:-/healthz}

if ! { exec 3<>"/dev/tcp/${host}/${port}"; } 2>/dev/null; then
    echo "unhealthy: cannot connect to ${host}:${port}" >&2
    exit 1
fi
printf 'GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: marsad-healthcheck\r\n\r\n' "$path" "$host" >&3
IFS=$' \t\r' read -r -t 5 version code _ <&3 || true
status="${version:-} ${code:-}"
exec 3>&-
if [[ ${code:-} == 200 ]]; then
    exit 0
fi
echo "unhealthy: GET ${path} answered '${status# }'" >&2
exit 1
