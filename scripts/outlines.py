#!/usr/bin/env python3
"""Derives plainsight-geo's embedded country outlines from Natural Earth's 1:110m admin-0 countries.

Input:
  countries-110m.json  Natural Earth admin-0 countries at 1:110m (public domain), as TopoJSON in
                       the npm package world-atlas 2.0.2 (ISC; `npm pack world-atlas@2.0.2` and
                       take package/countries-110m.json from the tarball). Features carry ISO
                       3166-1 numeric ids and a name.
  countries.json       the GeoNames country table the gazetteer is made from (shared/data/gazetteer,
                       CC-BY-4.0): its `isonumeric` column maps the numeric ids to ISO alpha-2, so
                       the outlines use the gazetteer's own country codes.

Three features have no ISO id (Natural Earth draws them apart): Kosovo is XK (GeoNames' code),
Somaliland is drawn as part of SO and Northern Cyprus as part of CY, as ISO 3166-1 counts them.

Output: crates/plainsight-geo/data/outlines.tsv, one country per line, tab-separated:
  ISO2  name  polygons
`polygons` are `|`-separated; a polygon is its rings `;`-separated, the outer ring first, holes
after; a ring is `lon,lat` points (degrees, rounded to 0.1) separated by spaces, closed (the last
point repeats the first). TopoJSON arcs are decoded (quantized, delta-encoded) and joined into
rings. Rings are continuous across the antimeridian: a ring that crosses it keeps going past 180
(or -180) degrees instead of jumping to the other side, so a reader can draw it shifted by 360
degrees where it is needed; a ring around a pole (Antarctica) is closed along that pole's
latitude. Consecutive repeated points (after rounding) are dropped, and rings left with fewer than
three distinct points.

Also writes crates/plainsight-geo/tests/it/capitals.tsv (ISO2, then GeoNames' capital name, for
every outlined country with one): the test that every capital the gazetteer knows lies in its
country's outline reads it.

Usage: python3 scripts/outlines.py COUNTRIES_110M_JSON [GEONAMES_COUNTRIES_JSON] [OUTPUT] [CAPITALS]
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/countries-110m.json"
ISO = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/gazetteer/countries.json"
OUT = sys.argv[3] if len(sys.argv) > 3 else "crates/plainsight-geo/data/outlines.tsv"
CAPITALS = sys.argv[4] if len(sys.argv) > 4 else "crates/plainsight-geo/tests/it/capitals.tsv"

# Natural Earth features without an ISO 3166-1 numeric id, by their world-atlas name.
NO_ID = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}


def decode_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def join(arcs, indices):
    ring = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def unwrap(ring):
    """Longitudes made continuous (no step over 180 degrees); a ring around a pole closed along
    the pole's latitude."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    drift = out[-1][0] - out[0][0]
    if abs(drift) > 180:
        # Around a pole: go to the pole's latitude and back along it to the start.
        pole = -90.0 if sum(p[1] for p in out) < 0 else 90.0
        out += [(out[-1][0], pole), (out[0][0], pole), out[0]]
    # The bulk of the ring inside [-180, 180].
    mid = (min(p[0] for p in out) + max(p[0] for p in out)) / 2
    shift = 360 * round(mid / 360) if abs(mid) > 180 else 0
    return [(lon - shift, lat) for lon, lat in out]


def fmt(v):
    s = f"{round(v, 1):.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def ring_text(ring):
    pts = []
    for lon, lat in ring:
        p = f"{fmt(lon)},{fmt(lat)}"
        if not pts or pts[-1] != p:
            pts.append(p)
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    if len(set(pts)) < 3:
        return None
    return " ".join(pts)


def main():
    topo = json.load(open(SRC, encoding="utf-8"))
    geonames = json.load(open(ISO, encoding="utf-8"))
    numeric = {int(c["isonumeric"]): iso for iso, c in geonames.items() if c.get("isonumeric")}
    arcs = decode_arcs(topo)
    countries = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        iso = numeric.get(int(g["id"])) if g.get("id") else NO_ID.get(name)
        if iso is None:
            sys.exit(f"no ISO alpha-2 code for {name} ({g.get('id')})")
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        entry = countries.setdefault(iso, {"name": name, "polys": []})
        if g.get("id"):
            entry["name"] = name
        for poly in polys:
            rings = [ring_text(unwrap(join(arcs, r))) for r in poly]
            if rings[0] is None:
                continue
            entry["polys"].append(";".join(r for r in rings if r))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2; "
            "made by scripts/outlines.py\n"
        )
        for iso in sorted(countries):
            c = countries[iso]
            if c["polys"]:
                f.write(f"{iso}\t{c['name']}\t{'|'.join(c['polys'])}\n")
    with open(CAPITALS, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Capitals of the outlined countries (GeoNames); made by scripts/outlines.py\n")
        for iso in sorted(countries):
            capital = geonames.get(iso, {}).get("capital")
            if countries[iso]["polys"] and capital:
                f.write(f"{iso}\t{capital}\n")


if __name__ == "__main__":
    main()
