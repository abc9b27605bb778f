#!/usr/bin/env bash
# Builds the libFuzzer targets with `swiftc -sanitize=fuzzer,address` and runs each for a bounded
# time. Usage: scripts/fuzz.sh [seconds-per-target]   (default 60)
# Corpora go to fuzz-corpus/<target>/, crashes to test-artifacts/fuzz/<target>/ (both git-ignored).
# Targets: request-parser (HTTPCore.RequestParser) and arabic-text (ArabicNormalizer, Tokenizer,
# ArabicStemmer, EntityRecognizer, DateTagger). Each target is compiled into its module's
# sources directly, so no Package.swift product is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
OUT=.build-fuzz
mkdir -p "$OUT" fuzz-corpus test-artifacts/fuzz
SAN="-sanitize=fuzzer,address -parse-as-library -O -g"

# swift-http-types is HTTPCore's only dependency; build it as a static module first.
if [ ! -d .build/checkouts/swift-http-types ]; then swift package resolve; fi
HT=.build/checkouts/swift-http-types/Sources/HTTPTypes
if [ ! -f "$OUT/HTTPTypes.swiftmodule" ] || [ "$HT" -nt "$OUT/HTTPTypes.swiftmodule" ]; then
  echo "== building HTTPTypes"
  MACROS=()
  for v in 1.0 1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9; do
    MACROS+=(-enable-experimental-feature "AvailabilityMacro=HTTPTypes $v: macOS 10.0")
  done
  swiftc -module-name HTTPTypes -emit-module -emit-module-path "$OUT/HTTPTypes.swiftmodule" \
    -parse-as-library -O -g -sanitize=fuzzer,address -c -wmo "${MACROS[@]}" \
    "$HT"/*.swift -o "$OUT/HTTPTypes.o" 2> test-artifacts/fuzz/build-HTTPTypes.log \
    || { cat test-artifacts/fuzz/build-HTTPTypes.log; exit 1; }
fi

build() { # name module sources...
  local name=$1 module=$2; shift 2
  echo "== building $name"
  # shellcheck disable=SC2086
  swiftc $SAN -module-name "$module" -I "$OUT" "$@" -o "$OUT/fuzz-$name" 2> "test-artifacts/fuzz/build-$name.log" \
    || { grep -E "error" -A3 "test-artifacts/fuzz/build-$name.log"; exit 1; }
}

build request-parser HTTPCore Sources/HTTPCore/*.swift fuzz/RequestParserFuzz.swift "$OUT/HTTPTypes.o"
build arabic-text ArabicText $(find Sources/ArabicText -name '*.swift') fuzz/ArabicTextFuzz.swift

seed() { # target dir, then files to copy as seeds
  local dir=fuzz-corpus/$1; shift
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir" 2>/dev/null)" ] && return 0
  for f in "$@"; do cp "$f" "$dir/" 2>/dev/null || true; done
}
mkdir -p fuzz-corpus/request-parser
if [ -z "$(ls -A fuzz-corpus/request-parser)" ]; then
  printf 'GET /api/articles?limit=5 HTTP/1.1\r\nHost: a\r\n\r\n' > fuzz-corpus/request-parser/get
  printf 'POST /e HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: v\r\n\r\n' > fuzz-corpus/request-parser/chunked
  printf 'POST /e HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\nabcGET /x HTTP/1.0\r\n\r\n' > fuzz-corpus/request-parser/pipelined
  printf 'OPTIONS * HTTP/1.1\r\nHost: [::1]:80\r\n\r\n' > fuzz-corpus/request-parser/options
  printf 'GET http://h/%%2e%%2e/a/./b/../c?q=%%D8%%A8+x HTTP/1.1\r\nHost: h\r\n\r\n' > fuzz-corpus/request-parser/absolute
fi
seed arabic-text $(ls seeds/*.txt | head -20)

status=0
for name in request-parser arabic-text; do
  echo "== fuzzing $name for ${SECONDS_PER_TARGET}s"
  mkdir -p "test-artifacts/fuzz/$name"
  if ! "$OUT/fuzz-$name" "fuzz-corpus/$name" -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="test-artifacts/fuzz/$name/" 2> "test-artifacts/fuzz/$name.log"; then
    echo "!! $name found a crash: see test-artifacts/fuzz/$name/ and test-artifacts/fuzz/$name.log"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "test-artifacts/fuzz/$name.log" | tail -3 || true
done
exit $status
