"""Re-decode every labelled mention from its raw text and check it against the label.

Independent of write.py: its own vocabulary and decoding. Needs phonenumbers==9.0.43.
Prints problems and ends with "N problems".
"""
import json
import os
import re
import sys
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

DIGIT_WORDS = {
    # English + homophones
    "zero": "0", "oh": "0", "o": "0", "one": "1", "won": "1", "two": "2", "to": "2", "too": "2",
    "three": "3", "four": "4", "for": "4", "fore": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "ate": "8", "nine": "9",
    # Spanish
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9",
    # French (accents stripped)
    "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9",
    # Portuguese
    "um": "1", "dois": "2", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
    # Russian
    "ноль": "0", "нуль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5",
    "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
}
MULT = {"hundred": "00", "thousand": "000"}
REPEAT = {"double": 2, "triple": 3}
PLUS_WORDS = {"plus", "mas", "mais", "плюс"}


def leet_variants(w):
    """o->0 and i->1 at non-initial positions."""
    out = {w}
    for i, ch in enumerate(w):
        if i == 0:
            continue
        sub = {"o": "0", "i": "1"}.get(ch)
        if sub:
            out |= {v[:i] + sub + v[i + 1:] for v in out}
    return out


VOCAB = {}
for w, d in DIGIT_WORDS.items():
    for v in leet_variants(w):
        VOCAB[v] = ("d", d)
for w, z in MULT.items():
    for v in leet_variants(w):
        VOCAB[v] = ("m", z)
for w, n in REPEAT.items():
    VOCAB[w] = ("r", n)
for w in PLUS_WORDS:
    VOCAB[w] = ("p", None)
VOCAB_KEYS = sorted(VOCAB, key=len, reverse=True)

LEFTOVER_RE = re.compile(r"\\u[0-9a-fA-F]{4}|&#x[0-9a-fA-F]+;|&#\d+;|&[a-zA-Z]+;|<[^>]{0,20}>")


def strip_accents(s):
    # keep Cyrillic intact (й etc. are not in the vocabulary, but be safe): only strip Latin marks
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def decode(raw, cls):
    """Return (plus, digits, errors)."""
    s = LEFTOVER_RE.sub(" ", raw)
    s = strip_accents(s).lower()
    if cls == "name_glued":
        s = re.sub(r"^[^\W\d_]+", "", s)
    plus, digits, errors = False, "", []
    repeat = 1
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() and ch in "0123456789":
            digits += ch * repeat
            repeat = 1
            i += 1
            continue
        if ch == "+":
            if digits:
                errors.append("plus after digits")
            plus = True
            i += 1
            continue
        if ch.isalpha():
            for k in VOCAB_KEYS:
                if s.startswith(k, i):
                    kind, val = VOCAB[k]
                    if kind == "d":
                        digits += val * repeat
                        repeat = 1
                    elif kind == "m":
                        digits += val
                    elif kind == "r":
                        repeat = val
                    elif kind == "p":
                        if digits:
                            errors.append("plus word after digits")
                        plus = True
                    i += len(k)
                    break
            else:
                errors.append("unknown letters at %r" % s[i:i + 8])
                j = i
                while j < len(s) and s[j].isalpha():
                    j += 1
                i = j
            continue
        i += 1   # separator / punctuation / emoji / space
    return plus, digits, errors


def check_record(rec, split, problems):
    labels = rec["labels"]
    for lab in labels["phones"]:
        where = "%s %s %r" % (split, rec["id"], lab["raw"])
        field = rec.get(lab["field"], "")
        if lab["raw"] not in field:
            problems.append(where + ": raw not in " + lab["field"])
        else:
            for m in re.finditer(re.escape(lab["raw"]), field):
                before = field[m.start() - 1:m.start()]
                after = field[m.end():m.end() + 1]
                if (before and before.isalnum()) or (after and after.isalnum()):
                    problems.append(where + ": mention touches letters/digits %r...%r" % (before, after))
        plus, digits, errs = decode(lab["raw"], lab["class"])
        for e in errs:
            problems.append(where + ": " + e)
        intl = plus or digits.startswith("00")
        try:
            if intl:
                num = phonenumbers.parse("+" + (digits[2:] if digits.startswith("00") else digits), None)
            else:
                num = phonenumbers.parse(digits, lab["region"])
        except phonenumbers.NumberParseException as exc:
            problems.append(where + ": parse error %s (%s)" % (exc, digits))
            continue
        got = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if got != lab["e164"]:
            problems.append(where + ": decoded %s != label %s" % (got, lab["e164"]))
        lnum = phonenumbers.parse(lab["e164"], None)
        if not phonenumbers.is_valid_number(lnum):
            problems.append(where + ": label e164 not valid")
        if phonenumbers.region_code_for_number(lnum) != lab["region"]:
            problems.append(where + ": region %s != %s" % (lab["region"], phonenumbers.region_code_for_number(lnum)))
        src = lab["region_source"]
        if intl and src not in ("calling_code", "spoken_plus"):
            problems.append(where + ": international mention with region_source " + src)
        if not intl and src in ("calling_code", "spoken_plus"):
            problems.append(where + ": national mention with region_source " + src)
        if src == "record" and rec.get("region") != lab["region"]:
            problems.append(where + ": record region mismatch")
        if src == "text":
            cue = labels.get("place_cue")
            if rec.get("region") or not cue or cue not in (rec["title"] + " " + rec["body"] + " " + rec.get("location", "")):
                problems.append(where + ": text source without a place cue in text")
        if src == "spoken_plus" and not re.search(r"[^\W\d_]", lab["raw"].split()[0] if lab["raw"].split() else ""):
            problems.append(where + ": spoken_plus but mention starts with no word")
    if labels["group"] != "decoys" and not labels["phones"]:
        problems.append("%s %s: non-decoy post without phones" % (split, rec["id"]))
    if labels["group"] == "decoys" and not labels["decoys"]:
        problems.append("%s %s: decoy post without decoys" % (split, rec["id"]))
    if not rec.get("region") and not labels.get("place_cue"):
        if any(p["region_source"] not in ("calling_code", "spoken_plus") for p in labels["phones"]):
            problems.append("%s %s: no region and no place cue" % (split, rec["id"]))


def main():
    problems = []
    for split in ("dev", "heldout"):
        with open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8") as fh:
            for line in fh:
                check_record(json.loads(line), split, problems)
    for p in problems:
        print(p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
