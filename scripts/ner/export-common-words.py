#!/usr/bin/env python3
"""Writes Sources/EntityModel/Resources/common-words.txt: the common Arabic words (nouns, verbal
nouns, participles, adjectives, verbs and function words, as written with their inflections) of
Ayaspell's Arabic Hunspell dictionary (Debian package hunspell-ar 3.2-1.2, file
/usr/share/hunspell/ar.dic; (c) 2006-2008 Mohamed Kebdani, http://ayaspell.sourceforge.net,
GPL 2.0 / LGPL 2.1 / MPL 1.1 — used here under the MPL 1.1). Its proper-name section (names.dic:
continents, countries, capitals, persons' names) is left out, so a listed word is a word of the
language, not a name. The entity model reads "this word is a common word" as one more lexicon
class (a feature, never a decision): Arabic has no capital letters, and a transliterated foreign
name (`ليبرمان`, `فولكسفاغن`) is exactly what a dictionary of the language lacks.

Rebuild (Debian is the only registry needed):
    cd /tmp && apt-get download hunspell-ar && dpkg-deb -x hunspell-ar_*_all.deb hunspell-ar
    python3 scripts/ner/export-common-words.py /tmp/hunspell-ar/usr/share/hunspell/ar.dic
"""
import re
import sys

HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def common_words(dic_path: str) -> list:
    words = set()
    in_names = False
    with open(dic_path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == 0:
                continue  # the entry count
            entry = line.split("\t")[0].split("/")[0].strip()
            # Sections are concatenated files, each under a "::::" banner with its file name.
            if entry.endswith(".dic"):
                in_names = entry == "names.dic"
                continue
            if in_names and entry.startswith("####الأسماء####"):
                in_names = False  # the general nouns that follow the names in the same file
                continue
            if in_names or not re.fullmatch("[\u0621-\u0652\u0670]+", entry):
                continue
            word = HARAKAT.sub("", entry)
            if len(word) >= 2:
                words.add(word)
    return sorted(words)


def main(dic_path: str, out: str) -> None:
    words = common_words(dic_path)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Common Arabic words, from Ayaspell's Arabic Hunspell dictionary (Debian hunspell-ar\n")
        f.write("# 3.2-1.2, /usr/share/hunspell/ar.dic; (c) 2006-2008 Mohamed Kebdani,\n")
        f.write("# http://ayaspell.sourceforge.net), licensed GPL 2.0 / LGPL 2.1 / MPL 1.1; this file is\n")
        f.write("# distributed under the MPL 1.1 (https://www.mozilla.org/MPL/1.1/). Changed: the\n")
        f.write("# proper-name section (names.dic) and affix flags left out, harakat removed, one word a\n")
        f.write("# line, sorted. Rebuilt by scripts/ner/export-common-words.py.\n")
        for w in words:
            f.write(w + "\n")
    print(f"wrote {out}: {len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Sources/EntityModel/Resources/common-words.txt")
