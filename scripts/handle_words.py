#!/usr/bin/env python3
"""Derives plainsight-text's common-word lists (crates/plainsight-text/data/words/*.txt).

The extractor refuses a common word of the ad's language as a handle after a weak cue ("100% real
pics 📷 guaranteed", "STOP 👻 wasting time") and refuses the commonest ones even after an explicit
cue, and reads a dotted run of common words ("CALL.ME") as words, not a domain.

Input: the word-frequency dictionaries shipped in the `pyspellchecker` package (MIT licence,
Copyright Tyler Barrus; built by its author from the OpenSubtitles2018 corpus of OPUS):
  pip download --no-deps -d /tmp/psc pyspellchecker==0.9.1 && unzip -q /tmp/psc/*.whl -d /tmp/psc
  python3 scripts/handle_words.py /tmp/psc/spellchecker/resources

Output, per language (en, es, fr, pt, de, it, nl): the most frequent words (20,000 for English, 12,000 for
the others), one a line, most frequent
first (the line number is the rank the extractor uses). A word is kept in the form a handle token
can take: ASCII letters only, lower case; an accented word is written without its accents
("está" -> "esta") and a word with an apostrophe without it ("don't" -> "dont"), as ads write
them; a form already listed higher is not repeated. Words of one letter are kept (they are the
commonest stop-words: "i", "a", "y", "o", "e").

Usage: python3 scripts/handle_words.py RESOURCES_DIR [OUT_DIR]
"""
import gzip
import json
import os
import sys
import unicodedata

SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/psc/spellchecker/resources"
OUT = sys.argv[2] if len(sys.argv) > 2 else "crates/plainsight-text/data/words"
# English gets more words: ads borrow its social-media vocabulary in every language
# ("marketplace", "highlights", "reels"), which subtitles rank low.
TOP = {"en": 20000, "es": 12000, "fr": 12000, "pt": 12000, "de": 12000, "it": 12000, "nl": 12000}
LANGS = ["en", "es", "fr", "pt", "de", "it", "nl"]


def ascii_form(word):
    decomposed = unicodedata.normalize("NFKD", word.lower())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = out.replace("'", "").replace("\u2019", "")
    out = out.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
    return out if out.isascii() and out.isalpha() else None


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang in LANGS:
        with gzip.open(os.path.join(SRC, f"{lang}.json.gz"), "rt", encoding="utf-8") as f:
            freq = json.load(f)
        ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
        seen = set()
        words = []
        for word, _ in ranked:
            form = ascii_form(word)
            if form is None or form in seen:
                continue
            seen.add(form)
            words.append(form)
            if len(words) == TOP[lang]:
                break
        path = os.path.join(OUT, f"{lang}.txt")
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write("\n".join(words) + "\n")
        print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
