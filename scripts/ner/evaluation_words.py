"""What the lexicon exports share: Marsad's folding of a word, and the words of the project's own
evaluation texts, which no exported list may hold (imported by export-name-words.py and
export-wiki-names.py; run them from the repository root)."""
import glob
import re


def fold(word: str) -> str:
    """Hamza forms, alef maqsura and taa marbuta folded, as Marsad's normaliser does."""
    return re.sub("[أإآ]", "ا", word).replace("ى", "ي").replace("ة", "ه")


def evaluation_words() -> set:
    """Every word of the project's own evaluation texts: the seed articles and the gold sets in
    Tests/. The list must not hand the model the names those texts are judged on."""
    words = set()
    paths = glob.glob("seeds/*") + glob.glob("Tests/**/*.swift", recursive=True) + glob.glob("Tests/**/*.txt", recursive=True)
    for path in paths:
        with open(path, encoding="utf-8", errors="ignore") as f:
            for w in re.findall(r"[\u0621-\u064a]+", f.read()):
                words.add(fold(w))
                for clitic in ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل"):
                    if w.startswith(clitic) and len(w) > len(clitic) + 2:
                        words.add(fold(w[len(clitic):]))
    return words
