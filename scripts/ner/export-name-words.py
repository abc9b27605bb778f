#!/usr/bin/env python3
"""Writes Sources/EntityModel/Resources/person-name-words.txt: the Arabic words of the
person names in arabnamer's English -> Arabic name dictionary (arabnamer 0.1.3,
`arabnamer/data/dict_FINAL.json`, 22,797 pairs, CC BY 4.0, Elsayed Yousef,
https://github.com/sayedyousef/arabnamer). The entity model reads "this word is a word of some
person's name" as one more lexicon class (a feature, never a decision).

Rebuild (PyPI is the only registry needed):
    pip download --no-deps --no-build-isolation arabnamer==0.1.3 -d /tmp/arabnamer
    python3 scripts/ner/export-name-words.py /tmp/arabnamer/arabnamer-0.1.3-py3-none-any.whl
"""
import glob
import json
import re
import sys
import zipfile

sys.path.insert(0, __import__("os").path.dirname(__file__))
from evaluation_words import evaluation_words, fold  # noqa: E402

# Words that link or introduce the parts of a name rather than being one (kept out of the list):
# lineage (بن، ابن، بنت، أبو…), the servant-of compound's first word, family prefixes, and
# European particles.
LINKS = set("بن ابن بنت أبو ابو أبي ابي أبا ابا عبد آل ال ام أم ولد دي دو دا فان فون لا لي دل ديل".split())

def main(wheel: str, out: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        pairs = json.loads(z.read("arabnamer/data/dict_FINAL.json").decode("utf-8"))
    excluded = evaluation_words()
    words = set()
    for arabic in pairs.values():
        for w in arabic.split():
            if w in LINKS or len(w) < 2 or fold(w) in excluded:
                continue
            if not all("\u0621" <= c <= "\u064a" or c in "\u0671\u067e\u0686\u06a4\u06af" for c in w):
                continue
            words.add(w)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Words of person names, from arabnamer 0.1.3's English -> Arabic name dictionary\n")
        f.write("# (arabnamer/data/dict_FINAL.json, 22,797 pairs; (c) Elsayed Yousef 2026,\n")
        f.write("# https://github.com/sayedyousef/arabnamer), licensed CC BY 4.0\n")
        f.write("# (https://creativecommons.org/licenses/by/4.0/). Changed: only the Arabic side is kept,\n")
        f.write("# split into words, linking words (بن، أبو، عبد، آل…) left out, and every word of the\n")
        f.write("# project's own evaluation texts (seeds/, the gold sets in Tests/) left out, sorted.\n")
        f.write("# Rebuilt by scripts/ner/export-name-words.py. One word a line.\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(f"wrote {out}: {len(words)} words")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Sources/EntityModel/Resources/person-name-words.txt")
