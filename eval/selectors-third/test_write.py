"""Tests of the third selector set: python3 -m unittest eval/selectors-third/test_write.py"""

import importlib.util
import json
import re
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("selset3_write", HERE / "write.py")
W = importlib.util.module_from_spec(spec)
spec.loader.exec_module(W)

# The score.py conventions this set follows (eval/ads/score.py normalises the same way).
PLATFORMS = {"instagram", "snapchat", "telegram", "twitter", "onlyfans", "kik", "tiktok",
             "facebook", "line", "wechat", "signal"}
PROFILE = re.compile(r"^(instagram\.com/|t\.me/(?![+]|joinchat/)|x\.com/|twitter\.com/|onlyfans\.com/"
                     r"|tiktok\.com/@|snapchat\.com/add/|facebook\.com/)([^/]+)$")


def load(split):
    return [json.loads(l) for l in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]


class TestSet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = {s: W.generate(s) for s in W.SPLITS}

    def test_deterministic(self):
        for s in W.SPLITS:
            self.assertEqual(W.render(W.generate(s)), W.render(self.rows[s]))

    def test_files_are_generator_output(self):
        for s in W.SPLITS:
            self.assertEqual((HERE / f"{s}.jsonl").read_text(encoding="utf-8"), W.render(self.rows[s]),
                             f"{s}.jsonl is stale: run write.py")

    def test_sizes_and_shape(self):
        self.assertEqual(len(self.rows["dev"]), 150)
        self.assertEqual(len(self.rows["heldout"]), 300)
        for s, rows in self.rows.items():
            ids = [r["id"] for r in rows]
            self.assertEqual(len(ids), len(set(ids)))
            for r in rows:
                L = r["labels"]
                self.assertEqual(set(L), {"handles", "urls", "emails", "phones", "indicators", "post_type"})
                self.assertEqual((L["phones"], L["indicators"], L["post_type"]), ([], [], None))
                for h in L["handles"]:
                    self.assertIn(h["platform"], PLATFORMS)
                    self.assertEqual(h["value"], h["value"].lower().lstrip("@"))
                for u in L["urls"]:
                    self.assertEqual(u, u.lower())
                    self.assertFalse(u.startswith(("http", "www.")) or u.endswith("/"), u)
                for e in L["emails"]:
                    self.assertRegex(e, r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

    def test_labels_come_from_inserted_text(self):
        for s, rows in self.rows.items():
            for r in rows:
                text = (r["title"] + "\n" + r["body"])
                ins = r["inserted"]
                for i in ins:
                    self.assertIn(i["raw"], text, r["id"])
                L = r["labels"]
                got_h = [{"platform": i["platform"], "value": i["value"]} for i in ins if i["kind"] == "handle"]
                self.assertEqual(sorted(map(str, L["handles"])), sorted(set(map(str, got_h))))
                self.assertEqual(sorted(L["urls"]), sorted({i["value"] for i in ins if i["kind"] == "url"}))
                self.assertEqual(sorted(L["emails"]), sorted({i["value"] for i in ins if i["kind"] == "email"}))
                low = text.lower()
                for u in L["urls"]:  # URLs are written out (case aside) in the text
                    self.assertIn(u, low, r["id"])
                for h in L["handles"]:  # handles too, whatever cue precedes them
                    self.assertIn(h["value"], low, r["id"])
                for e in L["emails"]:  # the mailbox's parts are in the text, in order
                    local, dom = e.split("@")
                    squeezed = re.sub(r"\s", "", low)
                    self.assertIn(local, squeezed, r["id"])
                    self.assertIn(dom.split(".")[0], squeezed, r["id"])

    def test_profile_urls_are_also_handles(self):
        for rows in self.rows.values():
            for r in rows:
                hs = {(h["platform"], h["value"]) for h in r["labels"]["handles"]}
                for u in r["labels"]["urls"]:
                    m = PROFILE.match(u)
                    if m:
                        self.assertIn(m.group(2).lstrip("@"), {v for _, v in hs}, (r["id"], u))

    def test_negatives_carry_no_labels(self):
        # every hard negative, alone, would be an ad with nothing to label: none of its text
        # is a label value of the bank's split
        for s in W.SPLITS:
            values = set()
            for r in self.rows[s]:
                values |= {h["value"] for h in r["labels"]["handles"]} | set(r["labels"]["urls"])
                values |= set(r["labels"]["emails"])
            for _, text in W.NEGATIVES[s]:
                for tok in re.findall(r"[\w.@/-]+", text.lower()):
                    self.assertNotIn(tok, values, text)

    def test_splits_disjoint(self):
        for bank in (W.NAMES, W.WORDS, W.CITIES, W.SITE_WORDS, W.PATHS, W.PROVIDERS, W.EMAIL_CTX,
                     W.URL_CTX, W.CLOSERS):
            self.assertFalse(set(bank["dev"]) & set(bank["heldout"]))
        self.assertFalse({t for _, t in W.NEGATIVES["dev"]} & {t for _, t in W.NEGATIVES["heldout"]})
        for kind in W.TITLES:
            self.assertFalse(set(W.TITLES[kind]["dev"]) & set(W.TITLES[kind]["heldout"]))
            self.assertFalse(set(W.OPENERS[kind]["dev"]) & set(W.OPENERS[kind]["heldout"]))
        lower = lambda xs: {x.lower() for x in xs}
        self.assertFalse(lower(W.NAMES["dev"] + W.WORDS["dev"]) & lower(W.NAMES["heldout"] + W.WORDS["heldout"]))

        def vals(rows):
            out = set()
            for r in rows:
                out |= {h["value"] for h in r["labels"]["handles"]} | set(r["labels"]["urls"])
                out |= set(r["labels"]["emails"])
            return out
        self.assertFalse(vals(self.rows["dev"]) & vals(self.rows["heldout"]))
        texts = lambda rows: {r["body"] for r in rows}
        self.assertFalse(texts(self.rows["dev"]) & texts(self.rows["heldout"]))


if __name__ == "__main__":
    unittest.main()
