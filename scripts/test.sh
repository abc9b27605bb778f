#!/usr/bin/env bash
# The project's one test command: builds with the layering check and runs every test.
# Usage: scripts/test.sh [extra swift test args]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build "$@"
