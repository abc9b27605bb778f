#!/usr/bin/env python3
"""Writes Sources/EntityModel/Resources/wiki-name-words.tsv: the words of Arabic Wikipedia's names
of people, sports clubs and cities, as translated by ArWikiCats (PyPI `arwikicats` 0.2.3, MIT
licence, © its authors, https://pypi.org/project/arwikicats/; files jsons/people/peoples.json,
jsons/sports/Clubs_key.json, jsons/cities/cities_full.json: English → Arabic titles of Arabic
Wikipedia). One `word<TAB>class` line per word and class (`per`, `club`, `city`). The entity model
reads "this word is a word of some Wikipedia person's / club's / city's name" as lexicon classes
(features, never decisions). Linking words (بن، أبو…), the heads and complements of club names
(نادي، لكرة، القدم…) and words of two letters or fewer are left out, and so is every word of the
project's own evaluation texts (the seeds and the gold sets in Tests/), as for person-name-words.txt.

Rebuild (PyPI is the only registry needed):
    pip download --no-deps --no-build-isolation arwikicats==0.2.3 -d /tmp/arwikicats
    python3 scripts/ner/export-wiki-names.py /tmp/arwikicats/arwikicats-0.2.3-py3-none-any.whl
"""
import glob
import json
import re
import sys
import zipfile

sys.path.insert(0, __import__("os").path.dirname(__file__))
from evaluation_words import evaluation_words, fold  # noqa: E402

LINKS = set("بن ابن بنت أبو ابو أبي ابي أبا ابا عبد آل ال ام أم ولد دي دو دا فان فون لا لي دل ديل".split())
CLUB_WORDS = set("نادي لكرة القدم السلة اليد الطائرة فريق رياضي الرياضي الرياضية النادي اتحاد الاتحاد".split())
SOURCES = {
    "per": "ArWikiCats/jsons/people/peoples.json",
    "club": "ArWikiCats/jsons/sports/Clubs_key.json",
    "city": "ArWikiCats/jsons/cities/cities_full.json",
}


def main(wheel: str, out: str) -> None:
    excluded = evaluation_words()
    rows = set()
    with zipfile.ZipFile(wheel) as z:
        for cls, path in SOURCES.items():
            table = json.loads(z.read(path).decode("utf-8"))
            for arabic in table.values():
                if not isinstance(arabic, str):
                    continue
                arabic = re.sub(r"\(.*?\)", " ", arabic)
                for w in arabic.split():
                    if w in LINKS or len(w) < 3 or fold(w) in excluded:
                        continue
                    if cls == "club" and w in CLUB_WORDS:
                        continue
                    if not all("\u0621" <= c <= "\u064a" or c in "\u0671\u067e\u0686\u06a4\u06af" for c in w):
                        continue
                    rows.add((w, cls))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Words of Arabic Wikipedia's names of people, sports clubs and cities, from ArWikiCats 0.2.3\n")
        f.write("# (PyPI arwikicats, MIT licence; jsons/people/peoples.json, jsons/sports/Clubs_key.json,\n")
        f.write("# jsons/cities/cities_full.json). Changed: only the Arabic side kept, split into words; linking\n")
        f.write("# words, club-name heads, short words and every word of the project's evaluation texts left out.\n")
        f.write("# Rebuilt by scripts/ner/export-wiki-names.py. Format: word<TAB>class (per, club, city).\n")
        for w, cls in sorted(rows):
            f.write(f"{w}\t{cls}\n")
    print(f"wrote {out}: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Sources/EntityModel/Resources/wiki-name-words.tsv")
