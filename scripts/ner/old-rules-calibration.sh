#!/bin/bash
# Scores another build's rules on exactly the texts `evaluate` scores (all ten development blocks),
# to set the dev figures beside the hidden ANERcorp test figures the issue reports for the rules
# from before the model (785958c: 0.55 lenient there, PER 0.42 / ORG 0.35 / LOC 0.79).
# A throw-away checkout of that commit gets one extra executable (never committed), which reads
# the texts written by `marsad-train-ner export-texts`, runs that build's EntityRecognizer, and
# scores it with this checkout's SpanScore.swift.
# With a second argument, a file of paragraphs in the project's markup is scored instead of
# ANERcorp (the Wikipedia-style gold set: the issue reports 0.40 for those rules on its hidden
# Wikipedia set).
# The report is also left in /tmp/marsad-calibration-report.txt (read by hidden-mix-estimate.py).
# Usage: scripts/ner/old-rules-calibration.sh [COMMIT [MARKUP-FILE]]   (run from the repository root)
set -euo pipefail
commit=${1:-785958c}
work=/tmp/marsad-calibration-$commit
texts=/tmp/marsad-calibration-texts.jsonl
swift build -c release --product marsad-train-ner > /dev/null
if [ -n "${2:-}" ]; then
    .build/release/marsad-train-ner export-texts --markup "$2" --out "$texts"
else
    .build/release/marsad-train-ner export-texts --out "$texts"
fi
[ -d "$work" ] || git worktree add --detach "$work" "$commit" > /dev/null
mkdir -p "$work/Sources/old-rules-score"
cp Sources/marsad-train-ner/SpanScore.swift "$work/Sources/old-rules-score/"
cat > "$work/Sources/old-rules-score/main.swift" <<'SWIFT'
import ArabicText
import Foundation

struct Record: Decodable { var block: Int; var text: String; var gold: [[String]] }
let lines = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8).split(separator: "\n")
var pooled = SpanScore()
var blocks: [Int: SpanScore] = [:]
let recognizer = EntityRecognizer()
for line in lines {
    let r = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
    let gold = r.gold.map { SpanScore.Span(type: EntityType(rawValue: $0[0])!, start: Int($0[1])!, end: Int($0[2])!) }
    let predicted = recognizer.recognize(in: r.text).map { SpanScore.Span(type: $0.type, start: $0.start, end: $0.end) }
    let scalars = Array(r.text.unicodeScalars)
    pooled.add(gold: gold, predicted: predicted, scalars: scalars)
    blocks[r.block, default: SpanScore()].add(gold: gold, predicted: predicted, scalars: scalars)
}
print(pooled.report("rules of this build, all texts pooled"))
for (k, s) in blocks.sorted(by: { $0.key < $1.key }) {
    var all = SpanScore.Counts()
    for c in s.lenient.values { all.truePositives += c.truePositives; all.predicted += c.predicted; all.gold += c.gold }
    print(String(format: "block %d lenient F1 %.3f", k, all.f1))
}
SWIFT
if ! grep -q old-rules-score "$work/Package.swift"; then
    python3 - "$work/Package.swift" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
anchor = '.executableTarget(name: "marsad-bench"'
s = s.replace(anchor, '.executableTarget(name: "old-rules-score", dependencies: ["ArabicText"]),\n        ' + anchor, 1)
open(p, "w").write(s)
PY
fi
(cd "$work" && swift build -c release --product old-rules-score > /dev/null && .build/release/old-rules-score "$texts") \
    | tee /tmp/marsad-calibration-report.txt
