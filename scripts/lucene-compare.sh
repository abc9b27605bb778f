#!/usr/bin/env bash
# Marsad vs Lucene's ArabicAnalyzer on the labelled morphology set (issue 19):
# Tests/Fixtures/search-match-pairs.tsv, each (query, document) pair answered with the document
# indexed alone. Lucene: Debian's liblucene8-java, ArabicAnalyzer, classic QueryParser with AND
# (scripts/lucene/LuceneMatchPairs.java, compiled here with javac). Marsad: marsad-bench
# --match-pairs on a release build (.build-release, git-ignored).
#   scripts/lucene-compare.sh [--wrong]     (--wrong also lists the pairs each got wrong)
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=Tests/Fixtures/search-match-pairs.tsv
SHOW_WRONG=0
[ "${1:-}" = "--wrong" ] && SHOW_WRONG=1

jars() { ls /usr/share/java/lucene-core-8*.jar /usr/share/java/lucene-analyzers-common-8*.jar \
            /usr/share/java/lucene-queryparser-8*.jar 2>/dev/null | tr '\n' ':'; }
if ! command -v javac >/dev/null || [ -z "$(jars)" ]; then
    echo "installing default-jdk-headless liblucene8-java" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jdk-headless liblucene8-java >/dev/null
fi
CLASSPATH_JARS=$(jars)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
javac -d "$WORK" -cp "$CLASSPATH_JARS" scripts/lucene/LuceneMatchPairs.java
java -cp "$WORK:$CLASSPATH_JARS" LuceneMatchPairs "$PAIRS" > "$WORK/lucene.txt"

swift build -c release --scratch-path .build-release --product marsad-bench >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
BIN=$(swift build -c release --scratch-path .build-release --show-bin-path)
"$BIN/marsad-bench" --match-pairs "$PAIRS" > "$WORK/marsad.txt"

echo "| category | pairs | Marsad | Lucene ArabicAnalyzer |"
echo "|---|---:|---:|---:|"
join -t $'\t' <(awk -F'\t' '$1=="marsad"{print $2"\t"$3"\t"$4}' "$WORK/marsad.txt" | sort) \
              <(awk -F'\t' '$1=="lucene"{print $2"\t"$3"\t"$4}' "$WORK/lucene.txt" | sort) |
    awk -F'\t' '{ printf "| %s | %d | %d (%.1f%%) | %d (%.1f%%) |\n", $1, $3, $2, 100*$2/$3, $4, 100*$4/$5 }' |
    sort -t'|' -k2,2 | awk '/\| all \|/ {last=$0; next} {print} END {print last}'
if [ "$SHOW_WRONG" = 1 ]; then
    echo; echo "Marsad wrong:"; awk -F'\t' '$1=="marsad-wrong"' "$WORK/marsad.txt" | cut -f2-
    echo; echo "Lucene wrong:"; awk -F'\t' '$1=="lucene-wrong"' "$WORK/lucene.txt" | cut -f2-
fi
