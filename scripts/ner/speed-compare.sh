#!/bin/bash
# CPU time of the entity analysis, alternating builds in one sitting (a shared, noisy machine:
# compare only figures measured side by side). Each argument is a checkout whose
# .build/release/marsad-train-ner is built; the first line of each run is that build's model,
# and the old rules' figure is the "rules" of a checkout from before the model (e.g. 7f180d8).
# Usage: scripts/ner/speed-compare.sh ROUNDS CHECKOUT... (articles: the first 8,000 of SaudiNewsNet)
set -euo pipefail
rounds=$1; shift
articles=$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/saudinewsnet/articles.jsonl.gz
for i in $(seq "$rounds"); do
    for checkout in "$@"; do
        echo "$checkout: $(cd "$checkout" && .build/release/marsad-train-ner read-through --articles "$articles" --limit 8000 --speed-only --rounds 1 2>&1 | grep least)"
    done
done
