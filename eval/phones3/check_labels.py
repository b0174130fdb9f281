#!/usr/bin/env python3
"""Re-check the labels of eval/phones3 with phonenumbers (run from a venv that has it).

    /tmp/venv-p3/bin/python eval/phones3/check_labels.py [--matcher]

For every labelled phone: the E.164 is a valid mobile number of its region and is in the
split's half of number_pool.json; the raw text, decoded by a small independent decoder of the
disguises used here (words in en/es/fr/pt, homophones, leet, double/triple, hundred/thousand,
letter O, escapes, other digit scripts, keycaps), spells that number in one of its written
forms; a `format` label's digits read as a valid mobile in exactly one region of the country
set. For every ambiguous label the candidates are recomputed and must be two or more.
--matcher also lists what phonenumbers' own PhoneNumberMatcher finds in dev posts that is not
labelled (informational: it only reads plain digits, and it has no notion of decoys).
"""
import json
import os
import re
import sys
import unicodedata

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import banks as B  # noqa: E402
import write as W  # noqa: E402

MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)

# ------------------------------------------------------------------ decoder
PHRASES = {}


def add(p, v):
    PHRASES[p.lower()] = v


for lang in (W.EN, W.ES, W.FR, W.PT):
    for i, w in enumerate(lang):
        add(w, str(i))
for w, d in (("oh", "0"), ("o", "0"), ("meia", "6"), ("for", "4"), ("fore", "4"), ("to", "2"), ("too", "2"),
             ("won", "1"), ("ate", "8")):
    add(w, d)
for leet in B.LEET:
    for word, lw in leet.items():
        if word != "thousand":
            add(lw, str(W.EN.index(word)))
for n in range(10, 100):
    add(W.en_2(n), str(n))
for n in range(100):
    add(W.es_2("%02d" % n), "%02d" % n)
    add(W.fr_2("%02d" % n), "%02d" % n)
    if n >= 10:
        add(W.es_2(str(n)), str(n))
        add(W.fr_2(str(n)), str(n))
for p in ("plus sign", "plus", "más", "mas", "mais"):
    add(p, "+")
SPECIAL = {"thousand": "T", "hundred": "H", "double": "D", "triple": "R"}
for leet in B.LEET:
    SPECIAL[leet["thousand"]] = "T"
KEYS = sorted(set(PHRASES) | set(SPECIAL), key=len, reverse=True)
CJK = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
CJK["〇"] = "0"
ESC = re.compile(r"\\u[0-9a-fA-F]{4}|&#x?[0-9a-fA-F]+;|&[a-z]+;")


def decode(raw):
    s = ESC.sub(" ", raw)
    s = s.replace("\ufe0f", "").replace("\u20e3", "")
    s = unicodedata.normalize("NFKC", s).lower()
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        k = next((k for k in KEYS if s.startswith(k, i)), None)
        if k is not None and any(ch.isdigit() for ch in k):  # leet words such as 0ne, zer0
            toks.append(SPECIAL.get(k) or PHRASES[k])
            i += len(k)
            continue
        d = unicodedata.digit(c, None) if not c.isascii() else (int(c) if c.isdigit() else None)
        if c in CJK:
            d = int(CJK[c])
        if d is not None:
            j, run = i, ""
            while j < len(s):
                cj = s[j]
                dj = CJK.get(cj) or (str(unicodedata.digit(cj)) if unicodedata.digit(cj, None) is not None else None)
                if dj is None:
                    break
                run += dj
                j += 1
            toks.append(run)
            i = j
            continue
        if c == "+":
            toks.append("+")
            i += 1
            continue
        for k in KEYS:
            if s.startswith(k, i):
                toks.append(SPECIAL.get(k) or PHRASES[k])
                i += len(k)
                break
        else:
            i += 1
    out = []
    mult = 1
    for t in toks:
        if t == "T" and out:
            out[-1] += "000"
        elif t == "H" and out:
            out[-1] += "00"
        elif t == "D":
            mult = 2
        elif t == "R":
            mult = 3
        else:
            out.append(t * mult)
            mult = 1
    return "".join(out)


def forms(rec):
    nsn, cc = rec["nsn"], rec["cc"]
    intl_digits = "".join(W.groups(rec["international"]))
    f = {rec["nat_digits"], nsn, "+" + intl_digits, "00" + intl_digits, "+" + cc + nsn}
    if rec["nat_digits"].startswith("0"):
        f.add("+" + cc + rec["nat_digits"])  # +44 (0)7...
    return f


def cands(written, regions):
    out = {}
    for r in regions:
        try:
            n = pn.parse(written, r)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(n, r) and pn.number_type(n) in MOBILE:
            out.setdefault(pn.format_number(n, pn.PhoneNumberFormat.E164), []).append(r)
    return out


def main():
    pool = json.load(open(os.path.join(HERE, "number_pool.json"), encoding="utf-8"))
    countries = pool["countries"]
    errors = 0

    def err(*a):
        nonlocal errors
        errors += 1
        print("ERROR", *a)
    pe = {s: {r["e164"]: r for r in pool[s]} for s in ("dev", "heldout")}
    if set(pe["dev"]) & set(pe["heldout"]):
        err("pool halves share numbers")
    n_ph = n_amb = 0
    for split in ("dev", "heldout"):
        for line in open(os.path.join(HERE, split + ".jsonl"), encoding="utf-8"):
            p = json.loads(line)
            text = (p.get("title") or "") + "\n" + (p.get("body") or "")
            for ph in p["labels"]["phones"]:
                n_ph += 1
                e = ph["e164"]
                n = pn.parse(e)
                if not pn.is_valid_number(n) or pn.number_type(n) not in MOBILE:
                    err(p["id"], e, "not a valid mobile")
                if pn.region_code_for_number(n) != ph["region"]:
                    err(p["id"], e, "region", pn.region_code_for_number(n), "!=", ph["region"])
                rec = pe[split].get(e)
                if rec is None:
                    err(p["id"], e, "not in the pool half of", split)
                    continue
                if ph["raw"] not in text:
                    err(p["id"], "raw not in text", ph["raw"])
                dec = decode(ph["raw"])
                if dec not in forms(rec):
                    err(p["id"], ph["class"], repr(ph["raw"]), "decodes to", dec, "not one of", sorted(forms(rec)))
                if ph["region_source"] == "format":
                    c = cands(dec, countries)
                    if list(c) != [e]:
                        err(p["id"], e, "format label but candidates", c)
                if ph["region_source"] == "record" and p.get("region") != ph["region"]:
                    err(p["id"], "record source without matching region field")
                if ph["region_source"] == "location" and not p.get("location"):
                    err(p["id"], "location source without location field")
            for a in p["labels"]["ambiguous"]:
                n_amb += 1
                if a["raw"] not in text:
                    err(p["id"], "ambiguous raw not in text", a["raw"])
                c = cands(a["digits"], countries)
                regs = sorted({r for v in c.values() for r in v})
                if len(c) < 2 or sorted(c) != a["e164_candidates"] or regs != a["regions"]:
                    err(p["id"], "ambiguous candidates differ", c, a)
    print("checked %d phone labels and %d ambiguous labels: %d errors (phonenumbers %s)" % (n_ph, n_amb, errors, pn.__version__))
    if "--matcher" in sys.argv[1:]:
        for line in open(os.path.join(HERE, "dev.jsonl"), encoding="utf-8"):
            p = json.loads(line)
            lab = {x["e164"] for x in p["labels"]["phones"]} | {c for a in p["labels"]["ambiguous"] for c in a["e164_candidates"]}
            reg = p.get("region") or next((x["region"] for x in p["labels"]["phones"]), None) or "US"
            for field in ("title", "body"):
                for m in pn.PhoneNumberMatcher(p.get(field) or "", reg, leniency=pn.Leniency.VALID):
                    e = pn.format_number(m.number, pn.PhoneNumberFormat.E164)
                    if e not in lab:
                        print("matcher-only", p["id"], p["labels"]["post_class"], repr(m.raw_string), e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
