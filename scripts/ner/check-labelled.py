#!/usr/bin/env python3
"""Checks a file of labelled paragraphs ([[PER:…]] / [[ORG:…]] / [[LOC:…]] markup, one paragraph
a line) before the trainer reads it:
- the markup is well formed (balanced, no nesting, a known type, no empty name, no space at a
  name's edge, no proclitic inside the brackets: و[[LOC:بيروت]], not [[LOC:وبيروت]]);
- no paragraph repeats a line of the other labelled files;
- no marked person or organisation is a person or organisation of the project's gold sets (the
  seeds' gold and the sets the learned model is scored on: FixturesSeedGold, FixturesUnseenNews,
  HeldOutFixtures, Resources/wiki-style-eval.txt), hamza-folded, compared as whole names: the training data must not hand the model the names it is judged on. Places are exempt (countries
  and capitals recur everywhere).
Usage: python3 scripts/ner/check-labelled.py FILE [FILE…]; exits 1 on any problem.
"""
import glob
import re
import sys

MARK = re.compile(r"\[\[(PER|ORG|LOC):([^\[\]]+)\]\]")


def fold(text: str) -> str:
    text = re.sub("[\u064b-\u0652\u0670\u0640]", "", text)
    return re.sub("[أإآ]", "ا", text).replace("ى", "ي").replace("ة", "ه")


def evaluation_names() -> set:
    """The gold sets' persons and organisations, folded."""
    gold = ("FixturesSeedGold.swift", "FixturesUnseenNews.swift", "HeldOutFixtures.swift")
    names = set()
    sets = [p for p in glob.glob("Tests/**/*.swift", recursive=True) if p.endswith(gold)]
    # The Wikipedia-style paragraphs (round 10) are an evaluation set too.
    sets += glob.glob("Tests/EntityModelTests/Resources/*.txt")
    for path in sets:
        with open(path, encoding="utf-8") as f:
            for kind, name in MARK.findall(f.read()):
                if kind in ("PER", "ORG"):
                    names.add(fold(name))
    return names


def main(files) -> int:
    problems = 0
    evaluation = evaluation_names()
    others = {}
    for path in glob.glob("Sources/marsad-train-ner/Resources/marsad-labelled*.txt"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                others[line.strip()] = path
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            def problem(message):
                nonlocal problems
                problems += 1
                print(f"{where}: {message}")
            rest = MARK.sub("", line)
            if "[[" in rest or "]]" in rest:
                problem("unbalanced or malformed markup")
            if others.get(line.strip(), path) != path:
                problem(f"repeats a line of {others[line.strip()]}")
            for kind, name in MARK.findall(line):
                if name != name.strip() or not name.strip():
                    problem(f"space at the edge of «{name}»")
                if re.match(r"^(و|ف|ب|ل|وب|ول)ال", name):
                    problem(f"a proclitic inside «{name}»?")
                if kind in ("PER", "ORG"):
                    folded = fold(name)
                    hits = [folded] if folded in evaluation else []
                    if hits:
                        problem(f"«{name}» ({kind}) shares «{hits[0]}» with a gold set's person or organisation")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
