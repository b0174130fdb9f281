"""Checks for the selectors-licences generator and scorer.

    cd eval/selectors-licences && python3 -m unittest test_gen.py
"""

import contextlib
import io
import json
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen  # noqa: E402
import score  # noqa: E402

SIZES = {"dev.jsonl": 150, "heldout.jsonl": 250}


def load(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = gen.render()
        cls.recs = {name: load(text) for name, text in cls.out.items()}

    def test_deterministic(self):
        again = gen.render()
        self.assertEqual(again, self.out)

    def test_files_on_disk_match_generator(self):
        for name, text in self.out.items():
            path = os.path.join(HERE, name)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), text, f"{name} is stale: run python3 gen.py")

    def test_sizes_and_ids(self):
        for name, recs in self.recs.items():
            self.assertEqual(len(recs), SIZES[name])
            ids = [r["id"] for r in recs]
            self.assertEqual(len(set(ids)), len(ids))
            prefix = "lic-dev-" if name == "dev.jsonl" else "lic-ho-"
            for rid in ids:
                self.assertRegex(rid, "^" + prefix + r"\d{4}$")

    def test_record_shape(self):
        for recs in self.recs.values():
            for r in recs:
                self.assertEqual(set(r), {"id", "title", "body", "region", "site", "labels"})
                self.assertEqual(set(r["labels"]), {"licences", "decoys"})
                self.assertTrue(r["title"] and r["body"])
                self.assertTrue(r["labels"]["decoys"], r["id"])

    def test_spans_are_byte_slices_of_the_raw(self):
        for recs in self.recs.values():
            for r in recs:
                for l in r["labels"]["licences"]:
                    self.assertIn(l["field"], ("title", "body"))
                    b = r[l["field"]].encode("utf-8")
                    self.assertTrue(0 <= l["start"] < l["end"] <= len(b))
                    self.assertEqual(b[l["start"]:l["end"]].decode("utf-8"), l["raw"], r["id"])

    def test_spans_point_at_a_code(self):
        for recs in self.recs.values():
            for r in recs:
                spans = []
                for l in r["labels"]["licences"]:
                    raw = l["raw"]
                    self.assertEqual(raw, raw.strip(), r["id"])
                    self.assertTrue(any(c.isdigit() for c in raw), (r["id"], raw))
                    # the cue words are outside the span
                    self.assertNotRegex(raw.lower(), r"licen[cs]e|lic\b|lic\.|no\.|ترخيص|رخصة",
                                        (r["id"], raw))
                    self.assertFalse(raw[-1] in ".,;:)(]", (r["id"], raw))
                    spans.append((l["field"], l["start"], l["end"]))
                spans.sort()
                for a, b in zip(spans, spans[1:]):
                    self.assertTrue(a[0] != b[0] or a[2] <= b[1], r["id"])

    def test_agencies_appear_in_two_to_six_ads(self):
        for recs in self.recs.values():
            ads = {}
            for r in recs:
                for lid in {l["licence_id"] for l in r["labels"]["licences"]}:
                    ads[lid] = ads.get(lid, 0) + 1
            self.assertTrue(ads)
            for lid, n in ads.items():
                self.assertTrue(2 <= n <= 6, (lid, n))

    def test_same_agency_written_more_than_one_way(self):
        for recs in self.recs.values():
            raws = {}
            for r in recs:
                for l in r["labels"]["licences"]:
                    raws.setdefault(l["licence_id"], set()).add(l["raw"])
            varied = sum(1 for v in raws.values() if len(v) > 1)
            self.assertGreater(varied / len(raws), 0.5)

    def test_share_without_licence(self):
        for recs in self.recs.values():
            share = sum(1 for r in recs if not r["labels"]["licences"]) / len(recs)
            self.assertTrue(0.18 <= share <= 0.32, share)

    def test_heldout_has_unseen_writings(self):
        def shapes(recs):
            out = set()
            for r in recs:
                for l in r["labels"]["licences"]:
                    out.add(re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", l["raw"])))
            return out

        dev, ho = shapes(self.recs["dev.jsonl"]), shapes(self.recs["heldout.jsonl"])
        self.assertGreater(len(ho - dev), 10)
        self.assertTrue(ho & dev)


class ScorerTest(unittest.TestCase):
    def run_score(self, gold_path, preds):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                         encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
            path = f.name
        try:
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                score.main([gold_path, path, "--json", "--errors", "2"])
            return json.loads(buf.getvalue().strip().splitlines()[-1])
        finally:
            os.unlink(path)

    def test_perfect_and_broken_predictions(self):
        gold_path = os.path.join(HERE, "dev.jsonl")
        with open(gold_path, encoding="utf-8") as f:
            gold = load(f.read())
        perfect = [{"id": r["id"], "selectors": [
            {"kind": "licence", "value": l["licence_id"], "field": l["field"],
             "start": l["start"], "end": l["end"], "raw": l["raw"]}
            for l in r["labels"]["licences"]]} for r in gold]
        m = self.run_score(gold_path, perfect)
        self.assertEqual((m["precision"], m["recall"], m["consistency"], m["collisions"]),
                         (1.0, 1.0, 1.0, 0))
        # one value for everything: fully consistent, but every cross pair collides
        merged = [{"id": p["id"], "selectors": [dict(s, value="X") for s in p["selectors"]]}
                  for p in perfect]
        m = self.run_score(gold_path, merged)
        self.assertEqual(m["consistency"], 1.0)
        self.assertEqual(m["collisions"], m["different_id_pairs"])
        # other kinds are ignored; a licence in the wrong place is a false positive
        noise = [{"id": r["id"], "selectors": [
            {"kind": "phone", "value": "1", "field": "body", "start": 0, "end": 1, "raw": "x"},
            {"kind": "licence", "value": "2", "field": "title", "start": 0, "end": 1, "raw": "x"}]}
            for r in gold if not r["labels"]["licences"]]
        m = self.run_score(gold_path, noise)
        self.assertEqual((m["tp"], m["fp"]), (0, len(noise)))


if __name__ == "__main__":
    unittest.main()
