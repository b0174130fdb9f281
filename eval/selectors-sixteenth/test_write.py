"""Tests of eval/selectors-sixteenth: python3 -m unittest eval/selectors-sixteenth/test_write.py

Python 3.11, standard library (libphonenumber checks run only where `phonenumbers` is installed, the
Public Suffix List checks only where /usr/share/publicsuffix/public_suffix_list.dat exists).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unittest
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


W = _load("sel16_write", os.path.join(HERE, "write.py"))
SCORE = _load("ads_score", os.path.join(ROOT, "eval", "ads", "score.py"))
# The ICANN section of the Public Suffix List the repository vendors (a copy of the real list,
# not the extractor's rules): the invented domains must end in real suffixes.
PSL = os.path.join(ROOT, "crates", "plainsight-extract", "data", "public_suffixes.txt")

_CACHE = {}


def generated():
    if "ads" not in _CACHE:
        _CACHE["ads"], _CACHE["logs"] = W.generate_all(with_logs=True)
    return _CACHE["ads"], _CACHE["logs"]


def on_disk(split):
    with open(os.path.join(HERE, f"{split}.jsonl"), encoding="utf-8", newline="") as f:
        return f.read()


def posts(split):
    return [json.loads(line) for line in on_disk(split).splitlines() if line.strip()]


def all_posts():
    return {s: posts(s) for s in W.SPLITS}


class FilesAndDeterminism(unittest.TestCase):
    def test_files_are_the_generator_output(self):
        ads, _ = generated()
        for split in W.SPLITS:
            self.assertEqual(on_disk(split), W.render(ads[split]), f"{split}.jsonl differs: run write.py")

    def test_byte_identical_under_any_hash_seed(self):
        code = ("import sys, hashlib; sys.path.insert(0, %r); import write; r = write.rendered(); "
                "print(hashlib.sha256((r['dev'] + r['heldout']).encode()).hexdigest())") % HERE
        digests = set()
        for seed in ("0", "1", "4242", "random"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            digests.add(out.stdout.strip())
        ads, _ = generated()
        digests.add(hashlib.sha256((W.render(ads["dev"]) + W.render(ads["heldout"])).encode()).hexdigest())
        self.assertEqual(len(digests), 1)

    def test_check_option(self):
        out = subprocess.run([sys.executable, os.path.join(HERE, "write.py"), "--check"], capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)

    def test_self_check_passes(self):
        ads, _ = generated()
        self.assertEqual(W.check(ads), [])


class Schema(unittest.TestCase):
    KEYS = ["id", "title", "body", "region", "location", "posted_at", "lang", "category", "labels", "spans", "hard_negatives"]

    def test_sizes_ids_and_keys(self):
        for split, ps in all_posts().items():
            self.assertEqual(len(ps), W.SIZES[split])
            self.assertEqual([p["id"] for p in ps], [f"{W.ID_PREFIX[split]}-{i:03d}" for i in range(1, W.SIZES[split] + 1)])
            for p in ps:
                self.assertEqual(list(p), self.KEYS)
                self.assertEqual(list(p["labels"]), ["post_type", "indicators", "handles", "urls", "emails", "phones"])
                self.assertEqual(p["labels"]["indicators"], [])
                self.assertEqual(p["labels"]["post_type"], W.POST_TYPE[p["category"]])
                self.assertIn(p["lang"], W.LANGS)
                self.assertIn(p["region"], W.REGIONS)
                self.assertRegex(p["posted_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                for s in p["spans"]:
                    self.assertEqual(list(s), ["kind", "platform", "value", "raw", "form", "field"])
                    self.assertIn(s["field"], ("title", "body"))
                for n in p["hard_negatives"]:
                    self.assertEqual(list(n), ["kind", "raw", "field"])
                    self.assertIn(n["kind"], W.DECOY_KINDS)

    def test_score_stats_runs(self):
        for split in W.SPLITS:
            for extra in ([], ["--json"]):
                out = subprocess.run([sys.executable, os.path.join(ROOT, "eval", "ads", "score.py"),
                                      os.path.join(HERE, f"{split}.jsonl"), "--stats"] + extra, capture_output=True, text=True)
                self.assertEqual(out.returncode, 0, out.stderr)


class Labels(unittest.TestCase):
    def test_every_raw_occurs_in_its_field(self):
        for ps in all_posts().values():
            for p in ps:
                for s in p["spans"]:
                    self.assertIn(s["raw"], p[s["field"]], (p["id"], s))
                for n in p["hard_negatives"]:
                    self.assertIn(n["raw"], p[n["field"]], (p["id"], n))

    def test_labels_are_exactly_the_span_values(self):
        for ps in all_posts().values():
            for p in ps:
                L = p["labels"]
                for kind in ("url", "email", "phone"):
                    want = []
                    for s in p["spans"]:
                        if s["kind"] == kind and s["value"] not in want:
                            want.append(s["value"])
                    self.assertEqual(L[kind + "s"], want, p["id"])
                want = []
                for s in p["spans"]:
                    h = {"platform": s["platform"], "value": s["value"]}
                    if s["kind"] == "handle" and h not in want:
                        want.append(h)
                self.assertEqual(L["handles"], want, p["id"])

    def test_labels_read_back_from_their_raw(self):
        for ps in all_posts().values():
            for p in ps:
                for s in p["spans"]:
                    got = {"url": lambda: W.url_value(s["raw"]), "email": lambda: W.email_value(s["raw"]),
                           "handle": lambda: W.handle_value(s["raw"], s["platform"]),
                           "phone": lambda: W.phone_value(s["raw"], p["region"])}[s["kind"]]()
                    self.assertEqual(got, s["value"], (p["id"], s["raw"]))

    def test_labels_in_score_normal_form(self):
        for ps in all_posts().values():
            for p in ps:
                L = p["labels"]
                for u in L["urls"]:
                    self.assertEqual(SCORE.norm_url(u), u)
                    host = u.split("/")[0]
                    self.assertEqual(W.registrable(host), host, u)
                    self.assertNotIn("?", u)
                    self.assertNotIn("#", u)
                    self.assertNotRegex(host, r":\d+$")
                for e in L["emails"]:
                    self.assertEqual(e, e.lower())
                    self.assertRegex(e, r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
                for h in L["handles"]:
                    self.assertEqual(SCORE.norm_handle(h["platform"], h["value"]), (h["platform"], h["value"]))
                for ph in L["phones"]:
                    self.assertRegex(ph, r"^\+[1-9]\d{7,14}$")

    def test_lint_clean(self):
        for ps in all_posts().values():
            for p in ps:
                self.assertEqual(W.lint_ad(p), [], p["id"])

    def test_lint_catches_unlabelled_selectors(self):
        p = posts("dev")[0]
        for extra in (" see kavimoru.com", " mail kavi@gmail.com", " kavimoru dot co dot uk", " www . x", " zi (at) gmx (punkt) de"):
            bad = dict(p, body=p["body"] + extra)
            self.assertNotEqual(W.lint_ad(bad), [], extra)

    def test_gold_scores_one(self):
        args = argparse.Namespace(no_profile_urls=False, errors=0)
        for ps in all_posts().values():
            preds = []
            for p in ps:
                L = p["labels"]
                sel = [{"kind": "handle", "platform": h["platform"], "value": h["value"]} for h in L["handles"]]
                sel += [{"kind": "url", "value": u} for u in L["urls"]] + [{"kind": "email", "value": e} for e in L["emails"]]
                sel += [{"kind": "phone", "value": x} for x in L["phones"]]
                preds.append({"id": p["id"], "selectors": sel, "indicators": []})
            res = SCORE.score(ps, preds, args)
            for k in ("handles", "urls", "emails", "phones"):
                d = res["selectors"][k]
                self.assertEqual((d["fp"], d["fn"]), (0, 0), k)

    def test_hard_negatives_yield_no_url_or_email(self):
        for ps in all_posts().values():
            for p in ps:
                vals = set(p["labels"]["urls"]) | set(p["labels"]["emails"])
                for n in p["hard_negatives"]:
                    raw = n["raw"].strip()
                    for cand in (W.url_value(raw.lstrip("@#")) if "." in raw else None, raw.lower().lstrip("@")):
                        if cand and n["kind"] not in ("spaced_letters",):
                            self.assertNotIn(cand, vals, (p["id"], n))
                    # a hard negative never overlaps a URL or e-mail span
                    text = p[n["field"]]
                    for a, b in W.occurrences(text, n["raw"]):
                        for s in p["spans"]:
                            if s["field"] != n["field"] or s["kind"] not in ("url", "email"):
                                continue
                            for sa, sb in W.occurrences(text, s["raw"]):
                                self.assertFalse(a < sb and sa < b, (p["id"], n, s))

    def test_negatives_with_a_selector_hold_only_a_handle(self):
        for ps in all_posts().values():
            for p in ps:
                for n in p["hard_negatives"]:
                    if n["kind"] in W.NEG_WITH_SELECTOR:
                        inside = [s for s in p["spans"] if s["field"] == n["field"] and n["raw"] in s["raw"]]
                        self.assertTrue(inside and all(s["kind"] == "handle" for s in inside), (p["id"], n))

    def test_profile_urls_and_wa_me_labelled_twice(self):
        for ps in all_posts().values():
            for p in ps:
                for s in p["spans"]:
                    if s["kind"] == "url" and s["form"] == "profile_url":
                        self.assertTrue(any(t["kind"] == "handle" and t["raw"] == s["raw"] for t in p["spans"]), p["id"])
                    if s["kind"] == "url" and s["form"] == "wa_me":
                        self.assertTrue(any(t["kind"] == "phone" and t["raw"] == s["raw"] for t in p["spans"]), p["id"])
                        self.assertIn(s["value"].replace("wa.me/", "+"), p["labels"]["phones"])

    def test_conventions(self):
        """The labelling decisions of README.md, checked on the spans."""
        seen = Counter()
        for ps in all_posts().values():
            for p in ps:
                for s in p["spans"]:
                    r, v = s["raw"], s["value"]
                    if s["kind"] == "url":
                        if s["form"] == "subdomain":
                            self.assertGreater(W.url_value("x." + r.split("://")[-1]).count("."), 0)
                            self.assertFalse(v.startswith(r.split("://")[-1].split(".")[0] + "."), (p["id"], r))
                            seen["subdomain"] += 1
                        if s["form"] == "punycode":
                            self.assertTrue(v.startswith("xn--"))
                            seen["punycode"] += 1
                        if s["form"] == "idn":
                            self.assertFalse(v.split("/")[0].isascii())
                            seen["idn"] += 1
                        if s["form"] == "encoded":
                            self.assertIn("%", v)
                            seen["encoded"] += 1
                        if s["form"] in ("query", "fragment", "port"):
                            self.assertRegex(r, r"[?#]|:\d+")
                            seen[s["form"]] += 1
                    if s["kind"] == "email" and s["form"] == "mailto":
                        self.assertNotIn("mailto", " ".join(p["labels"]["urls"]))
                for u in p["labels"]["urls"]:
                    self.assertNotIn(u, W.SERVICE_HOSTS, "a bare platform home page is never a URL label")
                for e in p["labels"]["emails"]:
                    dom = e.split("@")[1]
                    self.assertFalse(any(u == dom or u.startswith(dom + "/") for u in p["labels"]["urls"]
                                         if not any(s["kind"] == "url" and W.url_value(s["raw"]) == u for s in p["spans"])))
        for k in ("subdomain", "punycode", "idn", "encoded", "query", "fragment", "port"):
            self.assertGreater(seen[k], 0, k)


class Inventions(unittest.TestCase):
    BRIEF_STEMS = ("rosespa", "maria-massage", "acme", "kenyajobs", "spa.in", "xyz.ie", "agency.com.ng")

    def test_domains_on_real_public_suffixes(self):
        for ps in all_posts().values():
            for p in ps:
                for u in p["labels"]["urls"]:
                    host = u.split("/")[0]
                    if host in W.SERVICE_HOSTS:
                        continue
                    self.assertIn(host.split(".", 1)[1], W.SUFFIXES, u)
                for e in p["labels"]["emails"]:
                    self.assertIn(W.registrable(e.split("@")[1]).split(".", 1)[1], W.SUFFIXES, e)
                self.assertNotRegex(p["title"] + p["body"], r"(?i)\.(?:example|test|invalid|localhost)\b")

    def test_suffix_sets_against_the_public_suffix_list(self):
        psl = set()
        with open(PSL, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("//"):
                    psl.add(line)
        self.assertEqual(sorted(W.SUFFIXES - psl), [])
        self.assertEqual(sorted(W.REAL_TLDS - psl), [])
        for h in W.SERVICE_HOSTS:
            self.assertIn(h.split(".", 1)[1], psl, h)

    def test_no_brief_example_domain(self):
        for ps in all_posts().values():
            for p in ps:
                low = (p["title"] + " " + p["body"]).lower()
                for stem in self.BRIEF_STEMS:
                    self.assertIsNone(re.search(r"(?<![\w.-])" + re.escape(stem) + r"(?![\w-])", low), (p["id"], stem))

    def test_phones_made_up(self):
        for ps in all_posts().values():
            for p in ps:
                for ph in p["labels"]["phones"]:
                    if ph.startswith("+1"):
                        self.assertRegex(ph, r"^\+1\d{3}55501\d\d$")

    @unittest.skipUnless(importlib.util.find_spec("phonenumbers"), "phonenumbers not installed")
    def test_phones_valid_in_libphonenumber(self):
        import phonenumbers
        for ps in all_posts().values():
            for p in ps:
                for ph in p["labels"]["phones"]:
                    self.assertTrue(phonenumbers.is_valid_number(phonenumbers.parse(ph)), ph)


class Splits(unittest.TestCase):
    def test_no_value_domain_email_or_text_in_both_splits(self):
        ap = all_posts()
        vals, doms, mails, texts = {}, {}, {}, {}
        for split, ps in ap.items():
            vals[split] = {h["value"] for p in ps for h in p["labels"]["handles"]} | {
                x for p in ps for k in ("urls", "emails", "phones") for x in p["labels"][k]}
            doms[split] = {d for p in ps for d in W.invented_domains(p)}
            mails[split] = {e for p in ps for e in p["labels"]["emails"]}
            texts[split] = {p["body"] for p in ps} | {p["title"] for p in ps if len(p["title"]) > 40}
        self.assertEqual(vals["dev"] & vals["heldout"], set())
        self.assertEqual(doms["dev"] & doms["heldout"], set())
        self.assertEqual(mails["dev"] & mails["heldout"], set())
        self.assertEqual(texts["dev"] & texts["heldout"], set())
        self.assertGreater(len(doms["dev"]), 50)

    def test_banks_split_by_hash(self):
        held_n = total = 0
        for name, bank in W.all_banks().items():
            s = W.sides(name, bank)
            keys = [W.entry_key(e) for e in bank]
            self.assertEqual(len(set(keys)), len(keys), f"duplicate entry in {name}")
            if len(bank) < 3 or name in W.SHARED_BANKS or name.startswith(("wrap/", "mail_sub/")):
                self.assertEqual(set(s.values()), {"both"}, name)
                continue
            h = [k for k in keys if s[k] == "heldout"]
            self.assertTrue(h, name)
            self.assertTrue([k for k in keys if s[k] == "dev"], name)
            self.assertFalse([k for k in h if W.is_public(k)], name)
            held_n += len(h)
            total += len(keys)
        self.assertGreater(held_n / total, 0.25)

    def test_each_split_draws_only_from_its_side(self):
        _, logs = generated()
        for split, log in logs.items():
            banks = W.all_banks()
            for name, key in log:
                side = W.sides(name, banks[name])[key]
                self.assertIn(side, (split, "both"), (split, name, key))

    def test_heldout_decoy_phrasings_absent_from_dev(self):
        dev_text = "\n".join(p["title"] + "\n" + p["body"] for p in posts("dev"))
        n = 0
        for name, bank in W.all_banks().items():
            if not name.startswith("decoy/"):
                continue
            s = W.sides(name, bank)
            for e in bank:
                k = W.entry_key(e)
                if s[k] != "heldout":
                    continue
                for raw in re.findall(r"«(.*?)»", W.text_of(e)):
                    if "{" in raw:
                        continue
                    n += 1
                    found = re.search(r"(?<![\w.])" + re.escape(raw) + r"(?![\w])", dev_text)
                    self.assertIsNone(found, (name, raw))
        self.assertGreater(n, 40)


class Readme(unittest.TestCase):
    def test_readme_quotes_nothing_held_out(self):
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read().lower()
        held = set()
        for p in posts("heldout"):
            L = p["labels"]
            held |= {h["value"] for h in L["handles"]} | set(L["urls"]) | set(L["emails"]) | set(W.invented_domains(p))
        for name, bank in W.all_banks().items():
            if name.startswith("decoy/"):
                s = W.sides(name, bank)
                held |= {r for e in bank if s[W.entry_key(e)] == "heldout" for r in re.findall(r"«(.*?)»", W.text_of(e))
                         if "{" not in r}
        for v in sorted(held):
            if len(v) >= 4 and v.lower() not in W.SERVICE_HOSTS:   # the real services' hosts are classes, shared
                self.assertIsNone(re.search(r"(?<![\w.])" + re.escape(v.lower()) + r"(?![\w])", readme), v)

    def test_readme_sample_record_is_in_dev(self):
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            rec = json.loads(re.search(r"```json\n(.*?)```", f.read(), re.S).group(1))
        self.assertIn(rec, posts("dev"))

    def test_readme_tables_are_current(self):
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        ads, _ = generated()
        self.assertIn(W.stats_md(ads).strip(), readme)


class Proportions(unittest.TestCase):
    def test_proportions(self):
        for split, ps in all_posts().items():
            n = len(ps)
            ue = [len(p["labels"]["urls"]) + len(p["labels"]["emails"]) for p in ps]
            self.assertGreaterEqual(sum(1 for x in ue if x) / n, 0.55, split)
            self.assertGreaterEqual(sum(1 for x in ue if x >= 2) / n, 0.25, split)
            self.assertGreaterEqual(sum(1 for p in ps if p["hard_negatives"]) / n, 0.65, split)
            langs = Counter(p["lang"] for p in ps)
            self.assertAlmostEqual(langs["en"] / n, 0.5, delta=0.05)
            self.assertEqual(set(langs), set(W.LANGS))
            self.assertEqual({p["region"] for p in ps}, set(W.REGIONS))

    def test_every_form_and_decoy_kind_in_both_splits(self):
        forms = {}
        for split, ps in all_posts().items():
            forms[split] = Counter((s["kind"], s["form"]) for p in ps for s in p["spans"])
            negs = Counter(n["kind"] for p in ps for n in p["hard_negatives"])
            for kind in W.DECOY_KINDS:
                self.assertGreaterEqual(negs[kind], 3, (split, kind))
            for f in W.URL_FORMS:
                self.assertGreaterEqual(forms[split][("url", f)], 1, (split, f))
            for f in ("shortener", "link_in_bio", "profile_url", "wa_me"):
                self.assertGreaterEqual(forms[split][("url", f)], 3, (split, f))
            for f in W.EMAIL_FORMS:
                self.assertGreaterEqual(forms[split][("email", f)], 2, (split, f))

    def test_capitals_and_scrape_residue(self):
        for split, ps in all_posts().items():
            text = "\n".join(p["title"] + "\n" + p["body"] for p in ps)
            for residue in ("&amp;", "&nbsp;", "<br>", "<a href=", "mailto:"):
                self.assertTrue(residue in text, (split, residue))
            caps = [p for p in ps if W.is_shouted(p["body"])]
            self.assertGreaterEqual(len(caps), 5, split)
            self.assertTrue(any(s["raw"] == s["raw"].upper() and s["kind"] in ("url", "email") and any(c.isalpha() for c in s["raw"])
                                for p in ps for s in p["spans"]), split)


if __name__ == "__main__":
    unittest.main()
