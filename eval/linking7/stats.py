#!/usr/bin/env python3
"""linking7 corpus statistics, oracle baselines and scoring of a prediction.

    stats.py --posts P --truth T [--selectors S] [--pred PRED] [--json]

PRED: JSONL {"id", "network"}; posts missing from it are singletons, unknown ids are ignored.
Oracle (needs the sidecar): union-find over every selector with role "own", keyed by
(kind, value, owner), and every own photo id. Phones-only oracle: own phones only.
Pairwise and B-cubed P/R/F1 overall and per class (the class of a post is its true network's
prefix; a predicted pair counts for the class of each of its two posts)."""
import argparse
import json
import sys

CLASSES = ["circ", "agy", "spa", "ind", "cpy", "rev", "sel"]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


class UF:
    def __init__(self, items):
        self.p = {x: x for x in items}

    def find(self, x):
        p = self.p
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.p[rb] = ra
            else:
                self.p[ra] = rb


def c2(n):
    return n * (n - 1) // 2


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(ids, truth, pred):
    """ids: list of post ids; truth, pred: id -> label. Returns metrics dict."""
    cls = {i: truth[i].split("-")[0] for i in ids}
    cell, tsize, psize = {}, {}, {}
    pcls = {}
    for i in ids:
        t, p = truth[i], pred[i]
        cell[(t, p)] = cell.get((t, p), 0) + 1
        tsize[t] = tsize.get(t, 0) + 1
        psize[p] = psize.get(p, 0) + 1
        k = (p, cls[i])
        pcls[k] = pcls.get(k, 0) + 1
    N = len(ids)
    out = {}
    tp = sum(c2(n) for n in cell.values())
    pp = sum(c2(n) for n in psize.values())
    tt = sum(c2(n) for n in tsize.values())
    P = tp / pp if pp else 1.0
    R = tp / tt if tt else 1.0
    out["pairwise"] = {"p": P, "r": R, "f1": f1(P, R), "tp": tp, "pred_pairs": pp, "true_pairs": tt}
    bp = sum(n * n / psize[p] for (t, p), n in cell.items())
    br = sum(n * n / tsize[t] for (t, p), n in cell.items())
    P, R = bp / N, br / N
    out["bcubed"] = {"p": P, "r": R, "f1": f1(P, R)}
    loss_p_tot = N - bp
    loss_r_tot = N - br
    per = {}
    for c in CLASSES:
        nc = sum(1 for i in ids if cls[i] == c)
        if not nc:
            continue
        tp_c = sum(c2(n) for (t, p), n in cell.items() if t.split("-")[0] == c)
        tt_c = sum(c2(n) for t, n in tsize.items() if t.split("-")[0] == c)
        pp_c = sum(c2(psize[p]) - c2(psize[p] - n) for (p, cc), n in pcls.items() if cc == c)
        Pp = tp_c / pp_c if pp_c else 1.0
        Rp = tp_c / tt_c if tt_c else 1.0
        bp_c = sum(n * n / psize[p] for (t, p), n in cell.items() if t.split("-")[0] == c)
        br_c = sum(n * n / tsize[t] for (t, p), n in cell.items() if t.split("-")[0] == c)
        Pb, Rb = bp_c / nc, br_c / nc
        per[c] = {"posts": nc,
                  "pairwise": {"p": Pp, "r": Rp, "f1": f1(Pp, Rp)},
                  "bcubed": {"p": Pb, "r": Rb, "f1": f1(Pb, Rb)},
                  "bcubed_precision_loss": 1 - Pb, "bcubed_recall_loss": 1 - Rb,
                  "precision_loss_contrib": (nc - bp_c) / N, "recall_loss_contrib": (nc - br_c) / N,
                  "precision_loss_share": (nc - bp_c) / loss_p_tot if loss_p_tot > 1e-12 else 0.0,
                  "recall_loss_share": (nc - br_c) / loss_r_tot if loss_r_tot > 1e-12 else 0.0}
    out["per_class"] = per
    out["clusters"] = len(psize)
    return out


def unreunited(ids, truth, pred):
    """Networks (size >= 2) split over more than one predicted cluster."""
    parts = {}
    for i in ids:
        parts.setdefault(truth[i], {})
        parts[truth[i]][pred[i]] = 1
    sizes = {}
    for i in ids:
        sizes[truth[i]] = sizes.get(truth[i], 0) + 1
    multi = [t for t in parts if sizes[t] >= 2]
    split = [t for t in multi if len(parts[t]) > 1]
    per = {}
    for c in CLASSES:
        m = [t for t in multi if t.startswith(c + "-")]
        s = [t for t in split if t.startswith(c + "-")]
        if m:
            per[c] = {"networks": len(m), "split": len(s), "share": len(s) / len(m)}
    return {"networks": len(multi), "split": len(split), "share": len(split) / len(multi) if multi else 0.0,
            "per_class": per}


def oracle(ids, side, phones_only=False):
    uf = UF(ids)
    first = {}
    for i in ids:
        s = side[i]
        keys = []
        for x in s["selectors"]:
            if x["role"] != "own":
                continue
            if phones_only and x["kind"] != "phone":
                continue
            keys.append(("s", x["kind"], x["value"], x["owner"]))
        if not phones_only:
            for ph in s["photos"]:
                if ph["role"] == "own":
                    keys.append(("p", ph["photo"]))
        for k in keys:
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
    return {i: uf.find(i) for i in ids}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--selectors")
    ap.add_argument("--pred")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    posts = list(read_jsonl(a.posts))
    ids = [p["id"] for p in posts]
    truth = {r["id"]: r["network"] for r in read_jsonl(a.truth)}
    missing = [i for i in ids if i not in truth]
    if missing:
        sys.exit("truth lacks %d post ids (first %s)" % (len(missing), missing[0]))
    cls = {i: truth[i].split("-")[0] for i in ids}
    N = len(ids)
    res = {"posts": N}
    nets = {}
    for i in ids:
        nets[truth[i]] = nets.get(truth[i], 0) + 1
    res["networks"] = len(nets)
    pc = {}
    for c in CLASSES:
        n = sum(1 for i in ids if cls[i] == c)
        k = sum(1 for t in nets if t.startswith(c + "-"))
        sz = sorted(v for t, v in nets.items() if t.startswith(c + "-"))
        pc[c] = {"posts": n, "share": n / N if N else 0.0, "networks": k,
                 "median_size": sz[len(sz) // 2] if sz else 0, "max_size": sz[-1] if sz else 0}
    res["per_class"] = pc
    buckets = [(1, 1), (2, 5), (6, 20), (21, 100), (101, 10 ** 9)]
    dist = {}
    for lo, hi in buckets:
        name = "%d" % lo if lo == hi else ("%d-%d" % (lo, hi) if hi < 10 ** 9 else ">%d" % (lo - 1))
        sel = [v for v in nets.values() if lo <= v <= hi]
        dist[name] = {"networks": len(sel), "posts": sum(sel)}
    res["size_distribution"] = dist

    if a.selectors:
        side = {r["id"]: r for r in read_jsonl(a.selectors)}
        no_own = sum(1 for i in ids if side[i]["no_own_selector"])
        no_contact = sum(1 for i in ids if not any(x["role"] == "own" and x["kind"] != "account"
                                                  for x in side[i]["selectors"]))
        res["no_own_selector_share"] = no_own / N
        res["no_own_contact_selector_share"] = no_contact / N
        res["no_own_selector_share_per_class"] = {
            c: sum(1 for i in ids if cls[i] == c and side[i]["no_own_selector"]) / max(1, pc[c]["posts"]) for c in CLASSES}
        sel_only = oracle(ids, side, phones_only=False)
        # selector-only components (no photos)
        uf_sel = UF(ids)
        first = {}
        for i in ids:
            for x in side[i]["selectors"]:
                if x["role"] == "own":
                    k = (x["kind"], x["value"], x["owner"])
                    if k in first:
                        uf_sel.union(first[k], i)
                    else:
                        first[k] = i
        comp_sel, comp_all = {}, {}
        for i in ids:
            r1 = uf_sel.find(i)
            comp_sel[r1] = comp_sel.get(r1, 0) + 1
            comp_all[sel_only[i]] = comp_all.get(sel_only[i], 0) + 1
        photo_only = text_only = 0
        for i in ids:
            if nets[truth[i]] < 2:
                continue
            if comp_sel[uf_sel.find(i)] > 1:
                continue
            if comp_all[sel_only[i]] > 1:
                photo_only += 1
            else:
                text_only += 1
        res["only_photo_link_share"] = photo_only / N
        res["only_text_link_share"] = text_only / N
        res["only_text_or_photo_link_share"] = (photo_only + text_only) / N
        langs, forms, boards = {}, {}, {}
        recycled = {}
        for i in ids:
            s = side[i]
            langs[s["lang"]] = langs.get(s["lang"], 0) + 1
            boards[s["board"]] = boards.get(s["board"], 0) + 1
            for x in s["selectors"]:
                if x["kind"] == "phone" and x["role"] != "hub":
                    forms[x.get("form")] = forms.get(x.get("form"), 0) + 1
                if x["kind"] == "phone" and x.get("recycled"):
                    recycled.setdefault(x["value"], {})[x["owner"]] = 1
        res["languages"] = {k: v / N for k, v in sorted(langs.items())}
        res["boards"] = dict(sorted(boards.items()))
        tot = sum(forms.values())
        res["phone_forms"] = {k: round(v / tot, 4) for k, v in sorted(forms.items(), key=lambda x: -x[1])} if tot else {}
        res["recycled_numbers"] = sum(1 for v in recycled.values() if len(v) >= 2)
        res["oracle"] = score(ids, truth, sel_only)
        res["oracle"]["unreunited"] = unreunited(ids, truth, sel_only)
        ph = oracle(ids, side, phones_only=True)
        res["phones_oracle"] = score(ids, truth, ph)
        res["phones_oracle"]["unreunited"] = unreunited(ids, truth, ph)
    if a.pred:
        pred = {}
        for r in read_jsonl(a.pred):
            pred[r["id"]] = "p:" + str(r["network"])
        full = {i: pred.get(i, "single:" + i) for i in ids}
        res["pred"] = score(ids, truth, full)
        res["pred"]["missing_posts"] = sum(1 for i in ids if i not in pred)

    if a.json:
        print(json.dumps(res, indent=1, sort_keys=True))
        return
    out = print
    out("posts %d  networks %d" % (N, res["networks"]))
    out("%-5s %7s %6s %8s %7s %7s" % ("class", "posts", "share", "networks", "median", "max"))
    for c in CLASSES:
        x = pc[c]
        out("%-5s %7d %5.1f%% %8d %7d %7d" % (c, x["posts"], 100 * x["share"], x["networks"], x["median_size"], x["max_size"]))
    out("network sizes: " + ", ".join("%s: %d nets/%d posts" % (k, v["networks"], v["posts"]) for k, v in dist.items()))
    if a.selectors:
        out("posts with no own selector: %.1f%% (no own contact selector, accounts aside: %.1f%%)"
            % (100 * res["no_own_selector_share"], 100 * res["no_own_contact_selector_share"]))
        out("  per class: " + ", ".join("%s %.0f%%" % (c, 100 * v) for c, v in res["no_own_selector_share_per_class"].items()))
        out("posts whose only link to their network is a photo: %.1f%%, text only: %.1f%%"
            % (100 * res["only_photo_link_share"], 100 * res["only_text_link_share"]))
        out("languages: " + ", ".join("%s %.1f%%" % (k, 100 * v) for k, v in res["languages"].items()))
        out("boards: " + ", ".join("%s %d" % (k.replace(".example", ""), v) for k, v in res["boards"].items()))
        out("phone forms: " + ", ".join("%s %.1f%%" % (k, 100 * v) for k, v in res["phone_forms"].items()))
        out("recycled numbers: %d" % res["recycled_numbers"])
        for name in ("oracle", "phones_oracle"):
            _print_score(out, name.upper().replace("_", "-"), res[name])
            u = res[name]["unreunited"]
            out("  networks not reunited: %d of %d (%.1f%%); " % (u["split"], u["networks"], 100 * u["share"])
                + ", ".join("%s %d/%d" % (c, v["split"], v["networks"]) for c, v in u["per_class"].items()))
    if a.pred:
        _print_score(out, "PRED", res["pred"])
        out("  missing posts (singletons): %d" % res["pred"]["missing_posts"])


def _print_score(out, name, s):
    pw, bc = s["pairwise"], s["bcubed"]
    out("%s: %d clusters | pairwise P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f"
        % (name, s["clusters"], pw["p"], pw["r"], pw["f1"], bc["p"], bc["r"], bc["f1"]))
    out("  %-5s %6s | %-17s | %-17s | %-23s" % ("class", "posts", "pairwise P/R/F1", "B3 P/R/F1", "B3 loss P/R (of total)"))
    for c, x in s["per_class"].items():
        out("  %-5s %6d | %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f/%.3f (%.3f/%.3f)"
            % (c, x["posts"], x["pairwise"]["p"], x["pairwise"]["r"], x["pairwise"]["f1"], x["bcubed"]["p"],
               x["bcubed"]["r"], x["bcubed"]["f1"], x["bcubed_precision_loss"], x["bcubed_recall_loss"],
               x["precision_loss_contrib"], x["recall_loss_contrib"]))


if __name__ == "__main__":
    main()
