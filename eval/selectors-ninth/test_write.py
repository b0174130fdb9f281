#!/usr/bin/env python3
"""Checks for eval/selectors-ninth (standard-library unittest).

    python3 -m unittest eval/selectors-ninth/test_write.py     # from the repository root
    python3 test_write.py                                      # from this folder
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unittest
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "ads" / "score.py"

_spec = importlib.util.spec_from_file_location("selectors_ninth_write", HERE / "write.py")
W = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(W)

BUILT = W.build_all()
FILES = {name: HERE / f"{name}.jsonl" for name, *_ in W.SPLITS}

PLATFORMS = {"instagram", "snapchat", "kik", "telegram", "onlyfans", "twitter", "tiktok", "facebook"}
PROFILE_PLATFORM = {"instagram.com/": "instagram", "t.me/": "telegram", "twitter.com/": "twitter", "x.com/": "twitter",
                    "onlyfans.com/": "onlyfans", "tiktok.com/": "tiktok", "facebook.com/": "facebook",
                    "snapchat.com/": "snapchat"}

# Written by hand here, not imported, so that the decoding is checked independently of the generator.
AT_WORDS = ["at", "arroba", "arobase", "chiocciola", "apenstaartje", "arond", "małpa", "a còng", "собака"]
DOT_WORDS = ["dot", "punto", "ponto", "point", "punkt", "punt", "punct", "kropka", "nokta", "titik", "chấm", "точка"]


def decode(written: str) -> str:
    """Undo a spelled-out address or domain: 'ana at gmail dot com' -> 'ana@gmail.com'."""
    s = written
    for words, ch in ((AT_WORDS, "@"), (DOT_WORDS, ".")):
        alt = "|".join(re.escape(w) for w in words)
        s = re.sub(rf"\s*[\[\(]\s*(?:{alt})\s*[\]\)]\s*", ch, s, flags=re.I)
        s = re.sub(rf"\s+(?:{alt})\s+", ch, s, flags=re.I)
    return re.sub(r"\s*@\s*", "@", s)


def norm_url(u: str) -> str:
    u = u.strip().lower()
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            u = u[len(scheme):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_of(rec):
    return rec["title"] + "\n" + rec["body"]


class FilesMatchGenerator(unittest.TestCase):
    def test_files_equal_generator_output(self):
        for name, path in FILES.items():
            self.assertEqual(path.read_text(encoding="utf-8"), W.render(BUILT[name]), f"{name}: run write.py")

    def test_generator_is_deterministic(self):
        again = W.build_all()
        for name in FILES:
            self.assertEqual(W.render(again[name]), W.render(BUILT[name]))

    def test_check_flag(self):
        r = subprocess.run([sys.executable, str(HERE / "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)


class Records(unittest.TestCase):
    def setUp(self):
        self.recs = {name: read(path) for name, path in FILES.items()}

    def test_sizes_and_ids(self):
        for name, prefix, n, _seed, _half in W.SPLITS:
            recs = self.recs[name]
            self.assertEqual(len(recs), n)
            self.assertEqual([r["id"] for r in recs], [f"{prefix}-{i:04d}" for i in range(1, n + 1)])
        ids = [r["id"] for recs in self.recs.values() for r in recs]
        self.assertEqual(len(ids), len(set(ids)))

    def test_schema(self):
        e164 = re.compile(r"^\+[1-9]\d{6,14}$")
        for recs in self.recs.values():
            for r in recs:
                self.assertEqual(list(r), ["id", "title", "body", "lang", "kind", "labels", "tags"])
                self.assertIn(r["lang"], W.LANGS)
                self.assertIn(r["kind"], W.KINDS)
                L = r["labels"]
                self.assertEqual(list(L), ["handles", "urls", "emails", "phones", "post_type", "indicators"])
                self.assertIsNone(L["post_type"])
                self.assertEqual(L["indicators"], [])
                for h in L["handles"]:
                    self.assertEqual(set(h), {"platform", "value"})
                    self.assertIn(h["platform"], PLATFORMS)
                    self.assertFalse(h["value"].startswith("@"), r["id"])
                    self.assertRegex(h["value"], r"^[A-Za-z0-9_.]+$", r["id"])
                for p in L["phones"]:
                    self.assertRegex(p, e164)
                for e in L["emails"]:
                    self.assertRegex(e, r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
                for u in L["urls"]:
                    self.assertNotRegex(u, r"\s")
                    self.assertNotRegex(u, r"[!,)\]»”]$", r["id"])

    def test_every_language_and_kind(self):
        for recs in self.recs.values():
            self.assertEqual({r["lang"] for r in recs}, set(W.LANGS))
            self.assertEqual({r["kind"] for r in recs}, set(W.KINDS))

    def test_half_carry_selectors(self):
        for recs in self.recs.values():
            groups = Counter(r["tags"][0] for r in recs)
            self.assertEqual(groups["has_selectors"], groups["no_selectors"])
            for r in recs:
                L = r["labels"]
                has = bool(L["handles"] or L["urls"] or L["emails"])
                self.assertEqual(has, r["tags"][0] == "has_selectors", r["id"])

    def test_splits_disjoint(self):
        def values(recs):
            out = set()
            for r in recs:
                L = r["labels"]
                out |= {("h", h["value"].lower()) for h in L["handles"]}
                out |= {("u", norm_url(u)) for u in L["urls"]}
                out |= {("e", e.lower()) for e in L["emails"]}
                out |= {("p", p) for p in L["phones"]}
            return out

        dev, held = self.recs["dev"], self.recs["heldout"]
        self.assertEqual(values(dev) & values(held), set())
        self.assertEqual({r["body"] for r in dev} & {r["body"] for r in held}, set())
        self.assertEqual({text_of(r) for r in dev} & {text_of(r) for r in held}, set())
        # Inside a split, no two ads share a body either.
        for recs in self.recs.values():
            self.assertEqual(len({r["body"] for r in recs}), len(recs))

    def test_hosting_site_footers_disjoint(self):
        dev = {s for l in W.FOOTER_SITES for s in W.FOOTER_SITES[l] if any(s in r["body"] for r in self.recs["dev"])}
        held = {s for l in W.FOOTER_SITES for s in W.FOOTER_SITES[l] if any(s in r["body"] for r in self.recs["heldout"])}
        self.assertEqual(dev & held, set())


class LabelsComeFromInserts(unittest.TestCase):
    def test_labels_equal_inserts(self):
        for name, pairs in BUILT.items():
            for rec, inserts in pairs:
                want = {"handles": set(), "urls": set(), "emails": set(), "phones": set()}
                for d in inserts:
                    if d["kind"] == "handle":
                        want["handles"].add((d["platform"], d["value"].lower()))
                    elif d["kind"] == "url":
                        want["urls"].add(norm_url(d["value"]))
                    else:
                        want[d["kind"] + "s"].add(d["value"].lower())
                L = rec["labels"]
                got = {"handles": {(h["platform"], h["value"].lower()) for h in L["handles"]},
                       "urls": {norm_url(u) for u in L["urls"]}, "emails": {e.lower() for e in L["emails"]},
                       "phones": set(L["phones"])}
                self.assertEqual(got, want, rec["id"])
                # No duplicates under the scorer's normalisation.
                for k in got:
                    self.assertEqual(len(L[k]), len(got[k]), (rec["id"], k))

    def test_written_forms_in_text(self):
        for pairs in BUILT.values():
            for rec, inserts in pairs:
                text = text_of(rec)
                for d in inserts:
                    self.assertIn(d["written"], text, rec["id"])
                    v, w = d["value"], d["written"]
                    if d["kind"] == "handle":
                        self.assertIn(v, w, rec["id"])
                    elif d["kind"] in ("url", "email"):
                        # Written as is, or spelled out ("site dot com") and decoding to the label.
                        self.assertEqual(w if w == v else decode(w), v, (rec["id"], w))
                    else:
                        digits = re.sub(r"\D", "", w)
                        self.assertEqual(digits[-9:], v[-9:], (rec["id"], w))

    def test_every_label_value_appears_in_text(self):
        """A literal value is in the text; a spelled-out one is in the text in its written form."""
        for pairs in BUILT.values():
            for rec, inserts in pairs:
                text = text_of(rec)
                written = {}
                for d in inserts:
                    written.setdefault((d["kind"], d["value"].lower()), []).append(d["written"])
                L = rec["labels"]
                for h in L["handles"]:
                    self.assertIn(h["value"], text, rec["id"])
                for kind, vals in (("url", L["urls"]), ("email", L["emails"])):
                    for v in vals:
                        if v not in text:
                            forms = written[(kind, v.lower())]
                            self.assertTrue(any(f in text and decode(f) == v for f in forms), (rec["id"], v))

    def test_profile_urls_are_also_handles(self):
        for pairs in BUILT.values():
            for rec, _ in pairs:
                L = rec["labels"]
                handles = {(h["platform"], h["value"].lower()) for h in L["handles"]}
                for u in L["urls"]:
                    n = norm_url(u)
                    if n.startswith("wa.me/"):
                        self.assertIn("+" + n[len("wa.me/"):], L["phones"], rec["id"])
                        continue
                    for host, plat in PROFILE_PLATFORM.items():
                        if n.startswith(host):
                            name = n[len(host):].removeprefix("add/").lstrip("@").split("/")[0]
                            self.assertIn((plat, name), handles, (rec["id"], u))

    def test_no_unlabelled_selector_left(self):
        """Outside the inserted selectors, no address, scheme, www. or common-TLD domain is left,
        except the hosting site in a footer and a bare platform home page (both unlabelled by convention)."""
        email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*[A-Za-z]{2,}")
        dotted = re.compile(r"[\w-]+(?:\.[\w-]+)+")
        tlds = set("com net org de es fr it nl pl ro ru uk br io xyz agency ae vn ph id tr au at ch be pt eu ly ee ai gd "
                   "qa sa mx ar ca online site su".split())
        allowed = {s.lower() for l in W.FOOTER_SITES.values() for s in l} | {p.lower() for p in W.PLATFORM_HOMEPAGES}
        for pairs in BUILT.values():
            for rec, inserts in pairs:
                text = text_of(rec)
                for w in sorted({d["written"] for d in inserts}, key=len, reverse=True):
                    text = text.replace(w, " ")
                self.assertIsNone(email.search(text), rec["id"])
                self.assertNotIn("http", text.lower(), rec["id"])
                self.assertNotIn("www.", text.lower(), rec["id"])
                for m in dotted.finditer(text):
                    if m.group(0).rsplit(".", 1)[1].lower() in tlds:
                        self.assertIn(m.group(0).lower(), allowed, (rec["id"], m.group(0)))


class Scorer(unittest.TestCase):
    def run_scorer(self, labels, preds):
        r = subprocess.run([sys.executable, str(SCORER), str(labels), str(preds), "--json"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    @unittest.skipUnless(SCORER.exists(), "eval/ads/score.py not present")
    def test_scorer_reads_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            empty = Path(tmp) / "empty.jsonl"
            empty.write_text("", encoding="utf-8")
            for name, path in FILES.items():
                res = self.run_scorer(path, empty)
                self.assertEqual(res["posts"], len(BUILT[name]))
                total = sum(len(r["labels"]["handles"]) for r, _ in BUILT[name])
                self.assertEqual(res["selectors"]["handles"]["fn"], total)

    @unittest.skipUnless(SCORER.exists(), "eval/ads/score.py not present")
    def test_labels_as_predictions_score_perfectly(self):
        """Feeding the labels back as predictions gives P = R = 1: formats and platforms fit the scorer."""
        with tempfile.TemporaryDirectory() as tmp:
            for name, path in FILES.items():
                preds = Path(tmp) / f"{name}.pred.jsonl"
                with preds.open("w", encoding="utf-8") as f:
                    for r in read(path):
                        L = r["labels"]
                        sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                        sel += [{"kind": "url", "value": u} for u in L["urls"]]
                        sel += [{"kind": "email", "value": e} for e in L["emails"]]
                        sel += [{"kind": "phone", "value": p} for p in L["phones"]]
                        f.write(json.dumps({"id": r["id"], "selectors": sel}) + "\n")
                res = self.run_scorer(path, preds)
                for k in ("handles", "urls", "emails", "phones"):
                    d = res["selectors"][k]
                    self.assertEqual((d["fp"], d["fn"]), (0, 0), (name, k))


class Readme(unittest.TestCase):
    def test_readme_tables_match(self):
        readme = (HERE / "README.md").read_text(encoding="utf-8")
        self.assertIn(W.stats(BUILT), readme, "README count tables are stale: paste `python3 write.py --stats`")


if __name__ == "__main__":
    unittest.main()
