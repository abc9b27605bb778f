#!/bin/bash
# Ten-block estimate of the entity model on ANERcorp's training portion: each tenth held out in
# turn (train --dev-block K, evaluate --dev-block K, without the known-names list), two at a time,
# then the ten "model + rules" tables pooled (true positives, predictions and gold summed).
# Usage: scripts/ner/ten-blocks.sh [OUTDIR] [extra train options…]   (run from the repository root)
set -euo pipefail
out=${1:-/tmp/ten-blocks}; shift || true
mkdir -p "$out"
bin=.build/release/marsad-train-ner
swift build -c release --product marsad-train-ner > /dev/null
one() {
    "$bin" train --dev-block "$1" --out "$out/b$1.bin" "${@:2}" > "$out/b$1.train"
    "$bin" evaluate --dev-block "$1" --weights "$out/b$1.bin" --no-known-names > "$out/b$1.eval"
}
for k in 0 1 2 3 4 5 6 7 8 9; do
    one "$k" "$@" &
    if (( $(jobs -r | wc -l) >= 2 )); then wait -n; fi
done
wait
python3 - "$out" <<'PY'
import glob, re, sys
totals, blocks = {}, []
for path in sorted(glob.glob(sys.argv[1] + "/b*.eval")):
    part = open(path).read().split("model + rules")[1]
    for line in part.splitlines():
        m = re.match(r"\s+(person|organization|location|all)\s+([\d.]+) / ([\d.]+) / ([\d.]+)\s+([\d.]+) / ([\d.]+) / ([\d.]+)\s+\(gold (\d+)\)", line)
        if not m:
            continue
        kind, gold = m.group(1), int(m.group(8))
        for mode, (p, r) in (("lenient", (float(m.group(5)), float(m.group(6)))), ("exact", (float(m.group(2)), float(m.group(3))))):
            tp = r * gold
            t = totals.setdefault((kind, mode), [0.0, 0.0, 0])
            t[0] += tp; t[1] += tp / p if p else 0; t[2] += gold
        if kind == "all":
            blocks.append(f"{path.split('/b')[-1].split('.')[0]}:{m.group(7)}")
for mode in ("lenient", "exact"):
    cells = []
    for kind in ("person", "organization", "location", "all"):
        tp, predicted, gold = totals[(kind, mode)]
        p, r = tp / predicted, tp / gold
        cells.append(f"{kind} {p:.3f}/{r:.3f}/{2 * p * r / (p + r):.3f}")
    print(f"{mode}: " + " | ".join(cells))
print("lenient F1 by block: " + " ".join(blocks))
PY
