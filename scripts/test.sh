#!/usr/bin/env bash
# The project's one test command (CI's .ci/run calls it). On a fresh Debian machine it installs,
# with apt-get and pip, whatever the later steps need.
#   1. builds everything with the layering check (--explicit-target-dependency-import-check);
#   2. runs the Swift tests: unit tests per layer, end-to-end tests over real sockets, the real
#      executable under SIGTERM and SIGKILL;
#   3. browser tests of the UI in headless Chromium (Debian's chromium);
#   4. the reverse-proxy integration test with real nginx (Debian's nginx-light, wrk), and two
#      replicas on one real PostgreSQL behind nginx (Debian's postgresql);
#   5. a bounded schemathesis pass against /openapi.json (PyPI's schemathesis);
#   6. the container recipe replayed in a debootstrapped Debian root (debootstrap; needs root).
# MARSAD_TEST_QUICK=1 stops after step 2; MARSAD_TEST_CONTAINER=0 skips step 6.
# Usage: scripts/test.sh [extra swift test args]
set -euo pipefail
cd "$(dirname "$0")/.."

# Build-time C libraries: libxml2 (NewsFetch's parsers), libpq (PostgresStore), zlib (CompactText) and libcurl
# (NewsFetch's transfers).
if ! pkg-config --exists libxml-2.0 || ! pkg-config --exists libpq || ! pkg-config --exists zlib || ! command -v curl-config >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev libpq-dev zlib1g-dev libcurl4-openssl-dev >/dev/null
fi
swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build "$@"

if [[ "${MARSAD_TEST_QUICK:-0}" == "1" ]]; then
  exit 0
fi
if ! command -v chromium >/dev/null || ! command -v nginx >/dev/null || ! command -v wrk >/dev/null \
   || ! command -v debootstrap >/dev/null || ! command -v curl >/dev/null \
   || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium nginx-light wrk debootstrap curl postgresql >/dev/null
fi
command -v st >/dev/null || pip install -q schemathesis
python3 -c 'import networkx' 2>/dev/null || pip install -q networkx   # the UI test reads the GraphML export

bin="$(swift build --show-bin-path)/marsad"
scripts/ui-test.sh
scripts/proxy-test.sh "$bin"
scripts/replicas-test.sh "$bin"
MARSAD_BIN="$bin" scripts/schemathesis.sh "${MARSAD_SCHEMATHESIS_SECONDS:-60}"
if [[ "${MARSAD_TEST_CONTAINER:-1}" == "1" ]]; then
  scripts/container-check.sh
fi
