//! Country outlines for drawing maps offline: Natural Earth's 1:110m admin-0 countries (public
//! domain), derived by `scripts/outlines.py` into `data/outlines.tsv` and keyed by the
//! gazetteer's ISO 3166-1 alpha-2 codes. Parsed once on first use (175 countries, about
//! 10,000 points); each country carries its bounding box and each ring its own, so a map
//! draws only what its view shows.
//!
//! Rings are continuous across the antimeridian: a ring that crosses it goes on past 180 (or
//! -180) degrees, and a drawing shifts it by 360 degrees where its view needs the other side
//! (see [`CountryOutline::bbox`]). Antarctica's ring is closed along the South Pole's latitude.

use std::sync::OnceLock;

static TABLE: &str = include_str!("../data/outlines.tsv");

/// One closed ring of a country's outline, with its bounding box.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    /// West, south, east, north (degrees; east may pass 180, west -180).
    pub bbox: [f64; 4],
    /// Index of the polygon (of its country) the ring belongs to: its first ring is the outer
    /// one, later rings are holes.
    pub polygon: u32,
    start: u32,
    end: u32,
}

/// A country's outline: its polygons' rings, as (longitude, latitude) points.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryOutline {
    /// ISO 3166-1 alpha-2, as the gazetteer spells it ("NG").
    pub iso2: &'static str,
    /// Natural Earth's short name ("Nigeria").
    pub name: &'static str,
    /// West, south, east, north over every ring (degrees). East passes 180 (west -180) when a
    /// ring crosses the antimeridian.
    pub bbox: [f64; 4],
    /// The bounding box of the polygon with the largest box: the mainland, without overseas
    /// territories (France without French Guiana), for fitting a view to a country.
    pub main_bbox: [f64; 4],
    rings: Vec<Ring>,
    points: Vec<[f32; 2]>,
}

impl CountryOutline {
    /// The rings, each with its points (first point repeated last).
    pub fn rings(&self) -> impl Iterator<Item = (&Ring, &[[f32; 2]])> + '_ {
        self.rings
            .iter()
            .map(|r| (r, &self.points[r.start as usize..r.end as usize]))
    }

    /// Number of points over every ring.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Whether the point (degrees) lies inside the outline (even-odd over every ring, so holes
    /// are outside), trying the longitude 360 degrees either way for rings past the
    /// antimeridian.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        [lon, lon - 360.0, lon + 360.0].into_iter().any(|lon| {
            let mut inside = false;
            for (r, pts) in self.rings() {
                let [w, s, e, n] = r.bbox;
                if lon < w || lon > e || lat < s || lat > n {
                    continue;
                }
                for seg in pts.windows(2) {
                    let (x1, y1) = (seg[0][0] as f64, seg[0][1] as f64);
                    let (x2, y2) = (seg[1][0] as f64, seg[1][1] as f64);
                    if (y1 > lat) != (y2 > lat) && lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1) {
                        inside = !inside;
                    }
                }
            }
            inside
        })
    }

    /// Distance in degrees (planar, on latitude/longitude) from the point to the outline's
    /// nearest edge: how far outside a generalised coastline a coastal place falls.
    pub fn edge_distance_deg(&self, lat: f64, lon: f64) -> f64 {
        let mut best = f64::INFINITY;
        for shift in [0.0, -360.0, 360.0] {
            let lon = lon + shift;
            for (_, pts) in self.rings() {
                for seg in pts.windows(2) {
                    let (x1, y1) = (seg[0][0] as f64, seg[0][1] as f64);
                    let (dx, dy) = (seg[1][0] as f64 - x1, seg[1][1] as f64 - y1);
                    let len2 = dx * dx + dy * dy;
                    let t = if len2 > 0.0 {
                        (((lon - x1) * dx + (lat - y1) * dy) / len2).clamp(0.0, 1.0)
                    } else {
                        0.0
                    };
                    let (px, py) = (x1 + t * dx - lon, y1 + t * dy - lat);
                    best = best.min((px * px + py * py).sqrt());
                }
            }
        }
        best
    }
}

/// Every country outline, sorted by ISO code; parsed once on first use.
pub fn outlines() -> &'static [CountryOutline] {
    static O: OnceLock<Vec<CountryOutline>> = OnceLock::new();
    O.get_or_init(|| parse(TABLE))
}

/// The outline of the country with this ISO 3166-1 alpha-2 code (any case).
pub fn outline(iso2: &str) -> Option<&'static CountryOutline> {
    let all = outlines();
    all.binary_search_by(|o| {
        o.iso2
            .bytes()
            .cmp(iso2.bytes().map(|b| b.to_ascii_uppercase()))
    })
    .ok()
    .map(|i| &all[i])
}

fn grow(b: &mut [f64; 4], lon: f64, lat: f64) {
    b[0] = b[0].min(lon);
    b[1] = b[1].min(lat);
    b[2] = b[2].max(lon);
    b[3] = b[3].max(lat);
}

const EMPTY: [f64; 4] = [
    f64::INFINITY,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NEG_INFINITY,
];

/// Parses the embedded table (its format is in `scripts/outlines.py`). The table is ours and
/// checked by the tests, so a malformed point is skipped rather than reported.
fn parse(table: &'static str) -> Vec<CountryOutline> {
    let mut out = Vec::new();
    for line in table.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut f = line.splitn(3, '\t');
        let (Some(iso2), Some(name), Some(polys)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let mut c = CountryOutline {
            iso2,
            name,
            bbox: EMPTY,
            main_bbox: EMPTY,
            rings: Vec::new(),
            points: Vec::new(),
        };
        let mut main_area = -1.0;
        for (pi, poly) in polys.split('|').enumerate() {
            let mut pb = EMPTY;
            for ring in poly.split(';') {
                let start = c.points.len() as u32;
                let mut rb = EMPTY;
                for p in ring.split(' ') {
                    let Some((lon, lat)) = p.split_once(',') else {
                        continue;
                    };
                    let (Ok(lon), Ok(lat)) = (lon.parse::<f64>(), lat.parse::<f64>()) else {
                        continue;
                    };
                    let (lon, lat) = (lon as f32, lat as f32);
                    grow(&mut rb, lon as f64, lat as f64);
                    c.points.push([lon, lat]);
                }
                let end = c.points.len() as u32;
                if end > start {
                    for b in [&mut pb, &mut c.bbox] {
                        grow(b, rb[0], rb[1]);
                        grow(b, rb[2], rb[3]);
                    }
                    c.rings.push(Ring {
                        bbox: rb,
                        polygon: pi as u32,
                        start,
                        end,
                    });
                }
            }
            let area = (pb[2] - pb[0]) * (pb[3] - pb[1]);
            if area > main_area {
                main_area = area;
                c.main_bbox = pb;
            }
        }
        if !c.rings.is_empty() {
            out.push(c);
        }
    }
    out.sort_by(|a, b| a.iso2.cmp(b.iso2));
    out
}
