//! Maps drawn offline as inline SVG: no tiles, no script, no network. One writer for every
//! map plainsight draws (the workspace's network and gap pages and the standalone gap file):
//! a view fitted to its points ([`Frame`]), the country outlines of `plainsight-geo`
//! (Natural Earth 1:110m) that intersect it, a latitude/longitude graticule, then what the
//! map is about. Only presentation attributes are written (no `style` attribute), so the
//! workspace's strict CSP holds.
//!
//! The projection is equirectangular with longitude scaled by the cosine of the view's mean
//! latitude: places, outlines and graticule go through the same [`Frame`]. Outlines are
//! culled by their per-country and per-ring bounding boxes, drawn 360 degrees over where a
//! ring crosses the antimeridian (rings are continuous in the data, so none draws a line
//! across the map), and thinned to one point per half pixel; the view box clips the rest.

use crate::report::esc;
use serde::Serialize;

/// Drawing width and height (SVG user units).
pub const W: f64 = 640.0;
pub const H: f64 = 360.0;

/// A view: the degrees the drawing spans. `x` and `y` map longitude and latitude onto it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frame {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

impl Frame {
    /// Fits (latitude, longitude) points into the drawing: equirectangular, longitude scaled
    /// by the cosine of the mean latitude, at least 2 degrees across, a tenth of margin. `None`
    /// without points.
    ///
    /// Points on both sides of the antimeridian (Chukotka and Alaska, Fiji and Samoa) get a
    /// view across it when that is narrower: its east then passes 180 degrees.
    pub fn fit(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Frame> {
        let (mut s, mut n) = (90.0f64, -90.0f64);
        // Longitude extremes as given, and with western longitudes taken past 180.
        let (mut w, mut e, mut w2, mut e2) = (180.0f64, -180.0f64, 360.0f64, 0.0f64);
        let mut any = false;
        for (lat, lon) in points {
            if !(lat.is_finite() && lon.is_finite()) {
                continue;
            }
            let lon = (lon + 180.0).rem_euclid(360.0) - 180.0;
            any = true;
            s = s.min(lat);
            n = n.max(lat);
            w = w.min(lon);
            e = e.max(lon);
            let east = if lon < 0.0 { lon + 360.0 } else { lon };
            w2 = w2.min(east);
            e2 = e2.max(east);
        }
        if !any {
            return None;
        }
        if e2 - w2 < e - w {
            (w, e) = (w2, e2);
        }
        let k = ((s + n) / 2.0).to_radians().cos().max(0.2);
        // Degrees of latitude per drawing unit, the same both ways once longitude is scaled.
        let span_lat = (n - s).max(2.0);
        let span_lon = ((e - w) * k).max(2.0);
        let scale = (W / span_lon).min(H / span_lat) / 1.2;
        let (cx, cy) = ((w + e) / 2.0, (s + n) / 2.0);
        Some(Frame {
            west: cx - W / 2.0 / (k * scale),
            south: cy - H / 2.0 / scale,
            east: cx + W / 2.0 / (k * scale),
            north: cy + H / 2.0 / scale,
        })
    }

    /// The drawing's x of a longitude, taken 360 degrees over where that is nearer the view's
    /// centre (a view across the antimeridian).
    pub fn x(&self, lon: f64) -> f64 {
        let c = (self.west + self.east) / 2.0;
        let lon = lon + 360.0 * ((c - lon) / 360.0).round();
        W * (lon - self.west) / (self.east - self.west)
    }

    pub fn y(&self, lat: f64) -> f64 {
        H * (self.north - lat) / (self.north - self.south)
    }

    /// West, south, east, north, rounded to 0.1 degree (for JSON).
    pub fn bounds(&self) -> [f64; 4] {
        [
            round(self.west),
            round(self.south),
            round(self.east),
            round(self.north),
        ]
    }
}

/// Appends `v` rounded to one decimal, without a trailing ".0" (the hot path of a map: no
/// allocation, no formatting machinery).
fn push_num(out: &mut String, v: f64) {
    let t = (v * 10.0).round();
    // Far off the drawing: clamp (the view box clips it anyway) so the integer fits.
    let t = t.clamp(-1e12, 1e12) as i64;
    if t < 0 {
        out.push('-');
    }
    let a = t.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut q = a / 10;
    loop {
        i -= 1;
        buf[i] = b'0' + (q % 10) as u8;
        q /= 10;
        if q == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
    let d = (a % 10) as u8;
    if d != 0 {
        out.push('.');
        out.push((b'0' + d) as char);
    }
}

/// Fill of land with no other meaning, and of the sea behind it.
pub const LAND: &str = "#f6f3ea";
pub const SEA: &str = "#e6eef6";

/// Writes the outline of every country that intersects the frame, one `<path>` per country
/// (with its name as a tooltip), filled by `fill(iso2)` or [`LAND`].
pub fn outlines(out: &mut String, f: &Frame, fill: &dyn Fn(&str) -> Option<&'static str>) {
    let (sx, sy) = (W / (f.east - f.west), H / (f.north - f.south));
    out.push_str(r##"<g class="outlines" stroke="#aab4bf" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"##);
    let mut d = String::new();
    for c in plainsight_geo::outlines() {
        d.clear();
        for shift in [0.0, -360.0, 360.0] {
            let [w, s, e, n] = c.bbox;
            if w + shift > f.east || e + shift < f.west || s > f.north || n < f.south {
                continue;
            }
            for (r, pts) in c.rings() {
                let [w, s, e, n] = r.bbox;
                if w + shift > f.east || e + shift < f.west || s > f.north || n < f.south {
                    continue;
                }
                let start = d.len();
                let (mut lx, mut ly) = (f64::NAN, f64::NAN);
                let mut kept = 0;
                // The last point repeats the first: `Z` closes the ring.
                for p in &pts[..pts.len() - 1] {
                    let x = (p[0] as f64 + shift - f.west) * sx;
                    let y = (f.north - p[1] as f64) * sy;
                    if (x - lx).abs() < 0.5 && (y - ly).abs() < 0.5 {
                        continue;
                    }
                    d.push(if kept == 0 { 'M' } else { ' ' });
                    push_num(&mut d, x);
                    d.push(',');
                    push_num(&mut d, y);
                    (lx, ly, kept) = (x, y, kept + 1);
                }
                if kept < 3 {
                    // Smaller than a pixel or two at this scale.
                    d.truncate(start);
                } else {
                    d.push('Z');
                }
            }
        }
        if d.is_empty() {
            continue;
        }
        out.push_str(r#"<path d=""#);
        out.push_str(&d);
        out.push_str(r#"" fill=""#);
        out.push_str(fill(c.iso2).unwrap_or(LAND));
        out.push_str(r#""><title>"#);
        out.push_str(&esc(c.name));
        out.push_str("</title></path>");
    }
    out.push_str("</g>");
}

/// The step of the graticule: a round number of degrees giving a few lines across `span`.
fn step(span: f64) -> f64 {
    [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 45.0]
        .into_iter()
        .find(|s| span / s <= 8.0)
        .unwrap_or(90.0)
}

/// Opens the `<svg>` and draws the sea, the outlines (filled by `fill`) and the graticule.
pub fn open(
    out: &mut String,
    id: &str,
    label: &str,
    f: &Frame,
    fill: &dyn Fn(&str) -> Option<&'static str>,
) {
    out.push_str(&format!(
        r##"<svg id="{}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{}"><rect width="{W}" height="{H}" fill="{SEA}"/>"##,
        esc(id),
        esc(label)
    ));
    outlines(out, f, fill);
    let Frame {
        west: w,
        south: s,
        east: e,
        north: n,
    } = *f;
    let lat_step = step(n - s);
    let mut lat = (s / lat_step).ceil() * lat_step;
    while lat <= n {
        let y = round(f.y(lat));
        out.push_str(&format!(
            r##"<line x1="0" y1="{y}" x2="{W}" y2="{y}" stroke="#c9d3de" stroke-width="0.5"/><text x="3" y="{}" font-size="9" fill="#7a8796">{lat}°</text>"##,
            round(y - 2.0)
        ));
        lat += lat_step;
    }
    let lon_step = step(e - w);
    let mut lon = (w / lon_step).ceil() * lon_step;
    while lon <= e {
        let x = round(W * (lon - w) / (e - w));
        // Past the antimeridian the label is the longitude's usual name (190 is -170).
        let name = (lon + 180.0).rem_euclid(360.0) - 180.0;
        out.push_str(&format!(
            r##"<line x1="{x}" y1="0" x2="{x}" y2="{H}" stroke="#c9d3de" stroke-width="0.5"/><text x="{}" y="{}" font-size="9" fill="#7a8796">{name}°</text>"##,
            round(x + 2.0),
            H - 3.0
        ));
        lon += lon_step;
    }
}

/// Places labels beside their dots without overlapping one another: right of the dot, else
/// left, above or below; `None` when every side is taken (the dot keeps its tooltip).
#[derive(Default)]
pub struct Labels {
    taken: Vec<[f64; 4]>,
}

impl Labels {
    /// Reserves the area of a dot (centre and radius), so labels do not cover it.
    pub fn dot(&mut self, x: f64, y: f64, r: f64) {
        self.taken.push([x - r, y - r, x + r, y + r]);
    }

    /// The text's start point (10-unit font) for a label of `text` beside a dot of radius `r`.
    pub fn place(&mut self, x: f64, y: f64, r: f64, text: &str) -> Option<(f64, f64)> {
        // An estimate of the width at font size 10 (the label's font; no metrics offline).
        let w = 5.6 * text.chars().count() as f64;
        let h = 10.0;
        let candidates = [
            (x + r + 2.0, y + 3.5),
            (x - r - 2.0 - w, y + 3.5),
            (x - w / 2.0, y - r - 3.0),
            (x - w / 2.0, y + r + h),
        ];
        for (tx, ty) in candidates {
            let b = [tx, ty - h + 1.5, tx + w, ty + 1.5];
            let inside = b[0] >= 0.0 && b[2] <= W && b[1] >= 0.0 && b[3] <= H;
            let free = self
                .taken
                .iter()
                .all(|t| b[2] <= t[0] || b[0] >= t[2] || b[3] <= t[1] || b[1] >= t[3]);
            if inside && free {
                self.taken.push(b);
                return Some((round(tx), round(ty)));
            }
        }
        None
    }
}

// ---- a network's movement -------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MapPlace {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub posts: u64,
    /// 1 for the place the network appeared in first, and so on.
    pub order: usize,
    /// Position on the drawing.
    pub x: f64,
    pub y: f64,
}

/// A network's places on a map, in the order it first appeared in each.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MapView {
    pub places: Vec<MapPlace>,
    /// Places the gazetteer does not know (not drawn).
    pub unknown: Vec<String>,
    /// The drawing's bounds: west, south, east, north (degrees, rounded); east passes 180 when
    /// the view crosses the antimeridian.
    pub bounds: [f64; 4],
    /// The drawing's frame, exact (what outlines and graticule are projected with).
    #[serde(skip)]
    pub frame: Frame,
}

/// Fits a network's places (name, country, latitude, longitude, posts; in order of first
/// appearance) into the drawing.
pub fn layout(places: Vec<(String, String, f64, f64, u64)>, unknown: Vec<String>) -> MapView {
    let Some(frame) = Frame::fit(places.iter().map(|p| (p.2, p.3))) else {
        return MapView {
            unknown,
            ..MapView::default()
        };
    };
    MapView {
        places: places
            .into_iter()
            .enumerate()
            .map(|(i, (name, country, lat, lon, posts))| MapPlace {
                x: round(frame.x(lon)),
                y: round(frame.y(lat)),
                name,
                country,
                lat,
                lon,
                posts,
                order: i + 1,
            })
            .collect(),
        unknown,
        bounds: frame.bounds(),
        frame,
    }
}

/// A network's movement map: outlines, graticule, its places joined in order, sized by posts.
pub fn svg(m: &MapView) -> String {
    if m.places.is_empty() {
        return r#"<p class="muted">No place of this network is in the gazetteer.</p>"#.into();
    }
    let mut out = String::with_capacity(32 * 1024);
    open(
        &mut out,
        "map",
        "map of the network's places",
        &m.frame,
        &|_| None,
    );
    let path: Vec<String> = m
        .places
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect();
    out.push_str(&format!(
        r##"<polyline points="{}" fill="none" stroke="#8e44ad" stroke-width="1.2" stroke-dasharray="4 3"/>"##,
        path.join(" ")
    ));
    let radius = |p: &MapPlace| round(3.0 + (p.posts as f64).sqrt());
    let mut labels = Labels::default();
    for p in &m.places {
        labels.dot(p.x, p.y, radius(p));
    }
    for p in &m.places {
        let r = radius(p);
        let text = format!("{} {}", p.order, p.name);
        // Every place keeps its number: where no side is free, right of the dot anyway.
        let (tx, ty) = labels
            .place(p.x, p.y, r, &text)
            .unwrap_or((round(p.x + r + 2.0), round(p.y + 3.0)));
        out.push_str(&format!(
            r##"<circle cx="{}" cy="{}" r="{r}" fill="#c0392b" fill-opacity="0.75"><title>{} {}, {} ({} posts)</title></circle><text x="{tx}" y="{ty}" font-size="10" fill="#1d2330">{}</text>"##,
            p.x,
            p.y,
            p.order,
            esc(&p.name),
            esc(&p.country),
            p.posts,
            esc(&text)
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_fit_the_drawing_in_order() {
        let m = layout(
            vec![
                ("Houston".into(), "US".into(), 29.76, -95.36, 4),
                ("Dallas".into(), "US".into(), 32.78, -96.8, 1),
                ("New <Orleans>".into(), "US".into(), 29.95, -90.07, 9),
            ],
            vec!["Nowhere".into()],
        );
        assert_eq!(m.places.len(), 3);
        for p in &m.places {
            assert!(
                (0.0..=W).contains(&p.x) && (0.0..=H).contains(&p.y),
                "{p:?}"
            );
        }
        assert_eq!(m.places[2].order, 3);
        // East is right, north is up.
        assert!(m.places[2].x > m.places[0].x && m.places[1].y < m.places[0].y);
        let svg = svg(&m);
        assert!(svg.contains("New &lt;Orleans&gt;") && !svg.contains(" style="));
        let one = layout(vec![("Lagos".into(), "NG".into(), 6.45, 3.39, 2)], vec![]);
        assert_eq!((one.places[0].x, one.places[0].y), (W / 2.0, H / 2.0));
        assert!(svg.contains("<polyline"));
        assert!(layout(vec![], vec![]).places.is_empty());
    }

    #[test]
    fn labels_do_not_overlap() {
        let mut l = Labels::default();
        l.dot(100.0, 100.0, 4.0);
        l.dot(104.0, 100.0, 4.0);
        let a = l.place(100.0, 100.0, 4.0, "Tripoli").unwrap();
        let b = l.place(104.0, 100.0, 4.0, "Zuwarah").unwrap();
        // Two labels on one line are a label's width apart.
        assert!(a.1 != b.1 || (a.0 - b.0).abs() >= 5.6 * 7.0, "{a:?} {b:?}");
        // A crowded spot leaves a label out rather than overlap.
        let mut placed = 0;
        for _ in 0..10 {
            placed += usize::from(l.place(102.0, 100.0, 4.0, "Bani Walid").is_some());
        }
        assert!(placed <= 2, "{placed}");
        // Never off the drawing.
        let mut l = Labels::default();
        let (x, _) = l.place(W - 2.0, 50.0, 3.0, "Far east").unwrap();
        assert!(x + 5.6 * 8.0 <= W);
    }

    #[test]
    fn numbers_are_written_to_a_tenth() {
        for (v, s) in [
            (0.0, "0"),
            (-0.04, "0"),
            (12.34, "12.3"),
            (-7.25, "-7.3"),
            (640.0, "640"),
            (-0.5, "-0.5"),
            (1e300, "100000000000"),
        ] {
            let mut out = String::new();
            push_num(&mut out, v);
            assert_eq!(out, s, "{v}");
        }
    }

    /// Coordinates of every path point, parsed back.
    fn path_points(svg: &str) -> Vec<Vec<(f64, f64)>> {
        let mut rings = Vec::new();
        for d in svg.split(r#"<path d=""#).skip(1) {
            let d = &d[..d.find('"').unwrap()];
            for ring in d.split('Z').filter(|r| !r.is_empty()) {
                rings.push(
                    ring.trim_start_matches('M')
                        .split(' ')
                        .map(|p| {
                            let (x, y) = p.split_once(',').unwrap();
                            (x.parse().unwrap(), y.parse().unwrap())
                        })
                        .collect(),
                );
            }
        }
        rings
    }

    #[test]
    fn outlines_are_drawn_where_the_places_are_and_nowhere_else() {
        // Agadez and Tripoli: Niger and Libya are drawn, Australia is not.
        let m = layout(
            vec![
                ("Agadez".into(), "NE".into(), 16.97, 7.99, 3),
                ("Tripoli".into(), "LY".into(), 32.89, 13.19, 5),
            ],
            vec![],
        );
        let svg = svg(&m);
        for name in [
            "<title>Niger</title>",
            "<title>Libya</title>",
            "<title>Chad</title>",
        ] {
            assert!(svg.contains(name), "{name}");
        }
        assert!(!svg.contains("<title>Australia</title>"));
        assert!(!svg.contains(" style="));
        // Outlines come before (under) the places.
        assert!(svg.find("<path").unwrap() < svg.find("<circle").unwrap());
        // Agadez lies inside Niger's drawn outline: the places and the outlines share the
        // projection.
        let agadez = (m.places[0].x, m.places[0].y);
        let niger = svg
            .split("<path")
            .find(|p| p.contains("<title>Niger</title>"))
            .unwrap();
        let rings = path_points(&format!("<path{niger}"));
        let mut inside = false;
        for r in &rings {
            for i in 0..r.len() {
                let (a, b) = (r[i], r[(i + 1) % r.len()]);
                if (a.1 > agadez.1) != (b.1 > agadez.1)
                    && agadez.0 < a.0 + (agadez.1 - a.1) * (b.0 - a.0) / (b.1 - a.1)
                {
                    inside = !inside;
                }
            }
        }
        assert!(inside, "Agadez outside Niger's outline");
    }

    #[test]
    fn no_outline_crosses_the_map_at_the_antimeridian() {
        // A view over the Bering Strait and Fiji, and the whole world: no edge of any ring
        // spans more than half the drawing (what a ring jumping from 180 to -180 would draw).
        let views = [
            layout(
                vec![
                    ("Anadyr".into(), "RU".into(), 64.73, 177.5, 1),
                    ("Nome".into(), "US".into(), 64.5, -165.4, 1),
                ],
                vec![],
            ),
            layout(
                vec![
                    ("Suva".into(), "FJ".into(), -18.14, 178.44, 1),
                    ("Apia".into(), "WS".into(), -13.83, -171.77, 1),
                ],
                vec![],
            ),
            layout(
                vec![
                    ("a".into(), "X".into(), -60.0, -120.0, 1),
                    ("b".into(), "X".into(), 0.0, 0.0, 1),
                    ("c".into(), "X".into(), 80.0, 120.0, 1),
                ],
                vec![],
            ),
        ];
        for (i, m) in views.iter().enumerate() {
            let svg = svg(m);
            assert!(svg.contains("<path"), "view {i} draws outlines");
            // Antarctica's closing edge runs along the South Pole's latitude, as it should.
            let pole = round(m.frame.y(-90.0));
            for r in path_points(&svg) {
                for w in r.windows(2) {
                    assert!(
                        (w[0].0 - w[1].0).abs() < W / 2.0 || (w[0].1 == pole && w[1].1 == pole),
                        "view {i}: an edge from {:?} to {:?}",
                        w[0],
                        w[1]
                    );
                }
            }
        }
        // Across the antimeridian the view is narrow, not the whole world, and the places
        // on both sides are on the drawing, east of one another as on the globe.
        for m in &views[..2] {
            assert!(m.frame.east - m.frame.west < 60.0, "{:?}", m.frame);
            assert!(
                m.frame.east > 180.0 && m.frame.west < 180.0,
                "{:?}",
                m.frame
            );
            for p in &m.places {
                assert!((0.0..=W).contains(&p.x), "{p:?}");
            }
            assert!(m.places[1].x > m.places[0].x, "{:?}", m.places);
        }
        // Both sides of the strait are drawn in the first view.
        let svg = svg(&views[0]);
        assert!(
            svg.contains("<title>Russia</title>")
                && svg.contains("<title>United States of America</title>")
        );
    }
}
